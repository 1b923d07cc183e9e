//! Invoice and payment wording, in Hindi and English.

use crate::i18n::Tr;

pub const TAX_INVOICE: Tr = Tr::new("कर बीजक", "Tax invoice");
pub const PROFORMA_INVOICE: Tr = Tr::new("प्रोफ़ॉर्मा बीजक", "Proforma invoice");
pub const PROFORMA_NOTE: Tr = Tr::new(
    "यह कर बीजक नहीं है: माल भेजते समय समूह कर बीजक जारी करेगा। भुगतान और ख़रीद की मंज़ूरी के लिए।",
    "This is not a tax invoice: the group issues the tax invoice when the goods are sent. For payment and purchase approval.",
);
pub const BILL_OF_SUPPLY: Tr = Tr::new("आपूर्ति का बिल", "Bill of supply");
pub const SUPPLIER: Tr = Tr::new("आपूर्तिकर्ता", "Supplier");
pub const RECIPIENT: Tr = Tr::new("प्राप्तकर्ता", "Recipient");
pub const INVOICE_NO: Tr = Tr::new("बीजक क्रमांक", "Invoice no.");
pub const DATE: Tr = Tr::new("दिनांक", "Date");
pub const ORDER_NO: Tr = Tr::new("ऑर्डर", "Order");
pub const PO_NO: Tr = Tr::new("क्रेता का ख़रीद आदेश (PO)", "Buyer's purchase order");
pub const PLACE_OF_SUPPLY: Tr = Tr::new("आपूर्ति का स्थान", "Place of supply");
pub const REVERSE_CHARGE: Tr = Tr::new("रिवर्स चार्ज", "Reverse charge");
pub const NO: Tr = Tr::new("नहीं", "No");
pub const STATE: Tr = Tr::new("राज्य", "State");
pub const NOT_REGISTERED: Tr = Tr::new("जीएसटी में पंजीकृत नहीं", "Not registered under GST");
pub const DELIVER_TO: Tr = Tr::new("डिलीवरी का पता", "Delivery address");
pub const DESCRIPTION: Tr = Tr::new("विवरण", "Description");
pub const QTY: Tr = Tr::new("मात्रा", "Qty");
pub const RATE: Tr = Tr::new("दर", "Rate");
pub const TAXABLE: Tr = Tr::new("कर योग्य मूल्य", "Taxable value");
pub const VALUE: Tr = Tr::new("मूल्य", "Value");
pub const TOTAL: Tr = Tr::new("कुल", "Total");
pub const TOTAL_TAX: Tr = Tr::new("कुल कर", "Total tax");
pub const INVOICE_TOTAL: Tr = Tr::new("बीजक की कुल राशि", "Invoice total");
pub const PRICES_INCLUDE: Tr = Tr::new(
    "क़ीमतों में जीएसटी शामिल है; कर योग्य मूल्य और कर हर पंक्ति से पैसे तक निकाले गए हैं।",
    "Prices include GST; each line's taxable value and tax are worked out from it to the paisa.",
);
pub const NO_TAX_CHARGED: Tr = Tr::new(
    "आपूर्तिकर्ता जीएसटी में पंजीकृत नहीं है, इसलिए कोई कर नहीं लिया गया (नियम 49)।",
    "The supplier is not registered under GST, so no tax is charged (Rule 49).",
);
/// "For Maa Durga SHG" / "माँ दुर्गा समूह की ओर से", above the signature.
pub fn for_supplier(lang: crate::i18n::Lang, name: &str) -> String {
    match lang {
        crate::i18n::Lang::Hi => format!("{name} की ओर से"),
        crate::i18n::Lang::En => format!("For {name}"),
    }
}
pub const SIGNATORY: Tr = Tr::new("अधिकृत हस्ताक्षरकर्ता", "Authorised signatory");
pub const ISSUED_THROUGH: Tr = Tr::new("हाट के ज़रिये बना कंप्यूटर बीजक", "Computer-generated invoice, issued through Haat");
pub const DOWNLOAD_PDF: Tr = Tr::new("PDF डाउनलोड करें", "Download PDF");
pub const PRINT: Tr = Tr::new("छापें", "Print");
pub const INVOICE: Tr = Tr::new("बीजक", "Invoice");
pub const NO_INVOICE_YET: Tr =
    Tr::new("बीजक तब बनता है जब समूह सामान भेजता है।", "The invoice is issued when the group sends the goods.");

// Paying online through the gateway.
pub const PAY_ONLINE: Tr = Tr::new("ऑनलाइन भुगतान करें", "Pay online");
pub const PAY_ONLINE_HOW: Tr = Tr::new(
    "आप भुगतान पेज पर जाएँगी (कार्ड, नेटबैंकिंग या UPI), फिर यहाँ लौटेंगी।",
    "You will go to the payment page (card, netbanking or UPI) and come back here.",
);
pub const PAID_ONLINE: Tr = Tr::new("भुगतान मिल गया। धन्यवाद!", "Payment received. Thank you!");
pub const PAYMENT_FAILED: Tr =
    Tr::new("भुगतान नहीं हुआ। आप फिर कोशिश कर सकती हैं।", "The payment did not go through. You can try again.");
pub const PAYMENT_REFUSED: Tr = Tr::new(
    "भुगतान की पुष्टि सही नहीं थी, इसलिए मानी नहीं गई। अगर पैसा कटा है तो वह अपने-आप दर्ज हो जाएगा।",
    "The payment confirmation did not check out and was not accepted. If money left your account, it will be recorded by itself.",
);
pub const PAYMENT_PENDING: Tr = Tr::new(
    "भुगतान की ख़बर आ रही है; कुछ ही पल में ऑर्डर पक्का हो जाएगा।",
    "The payment is being confirmed; the order will be confirmed in a moment.",
);
pub const GATEWAY_DOWN: Tr = Tr::new(
    "ऑनलाइन भुगतान अभी नहीं हो पा रहा। थोड़ी देर बाद यह पेज फिर खोलें।",
    "Online payment is not available just now. Open this page again shortly.",
);

// Notes on an order's timeline, written by the gateway's webhook. A note is
// stored once, so it carries both languages side by side.

pub fn paid_online_note(payment_id: &str) -> String {
    format!("ऑनलाइन भुगतान मिला / Paid online: {payment_id}")
}

pub fn paid_after_close_note(payment_id: &str) -> String {
    format!("ऑर्डर बंद होने के बाद भुगतान आया, लौटाना है / Paid online after the order closed ({payment_id}): refund due")
}

pub fn payment_failed_note(payment_id: &str, reason: &str) -> String {
    format!("ऑनलाइन भुगतान नहीं हुआ / Online payment failed ({payment_id}): {reason}")
}
