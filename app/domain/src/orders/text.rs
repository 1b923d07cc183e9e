//! Checkout and order strings, in Hindi and English.

use crate::i18n::{Lang, Text, Tr};
use crate::orders::delivery::DeliveryMethod;
use crate::orders::state::{OrderStatus, Step};

pub const CHECKOUT: Tr = Tr::new("पता और डिलीवरी", "Address and delivery");
pub const DELIVER_TO: Tr = Tr::new("कहाँ पहुँचाएँ", "Deliver to");
pub const USE_ADDRESS: Tr = Tr::new("यह पता लें और डिलीवरी के दाम देखें", "Use this address and see delivery prices");
pub const ADD_ADDRESS_FIRST: Tr =
    Tr::new("पहले अपने खाते में डिलीवरी का पता जोड़ें।", "First add a delivery address to your account.");
pub const ADD_ADDRESS: Tr = Tr::new("पता जोड़ें", "Add an address");
pub const DELIVERY_FOR: Tr = Tr::new("डिलीवरी:", "Delivery:");
pub const NOT_POSSIBLE: Tr = Tr::new("नहीं हो सकता", "not possible");
pub const FREE: Tr = Tr::new("मुफ़्त", "free");
pub const PAYMENT: Tr = Tr::new("भुगतान", "Payment");
pub const GOODS: Tr = Tr::new("सामान", "Goods");
pub const DELIVERY: Tr = Tr::new("डिलीवरी", "Delivery");
pub const TOTAL: Tr = Tr::new("कुल", "Total");
pub const GRAND_TOTAL: Tr = Tr::new("सब मिलाकर देना है", "To pay in all");
pub const PLACE_ORDER: Tr = Tr::new("ऑर्डर पक्का करें", "Place the order");
pub const EVERY_CHARGE: Tr = Tr::new(
    "ऊपर हर समूह का सामान और डिलीवरी का पूरा ख़र्च है — इसके अलावा कुछ नहीं लगेगा।",
    "Above is every charge, group by group — nothing more will be added.",
);
pub const SEE_TOTAL: Tr = Tr::new("बदलाव के साथ कुल रक़म देखें", "See the total with these choices");
pub const PAYMENT_FOR: Tr = Tr::new("भुगतान:", "Payment:");

// Orders taken on the phone (`/sell/phone-order`).
pub const PHONE_ORDER: Tr = Tr::new("फ़ोन पर आया ऑर्डर दर्ज करें", "Enter an order taken by phone");
pub const PHONE_ORDER_HELP: Tr = Tr::new(
    "किसी पंजीकृत व्यापारी ने फ़ोन पर ऑर्डर दिया? उनका मोबाइल नंबर लिखें, उनका पता और मात्राएँ चुनें। ऑर्डर उन्हीं का होगा, और उस पर आपका नाम दर्ज होगा।",
    "A registered trader ordered on the phone? Type their mobile number, choose their address and the quantities. The order is theirs, and records that you entered it.",
);
pub const TRADER_PHONE: Tr = Tr::new("व्यापारी का मोबाइल नंबर", "Trader's mobile number");
pub const FIND_TRADER: Tr = Tr::new("व्यापारी खोजें", "Find the trader");
pub const TRADER_VERIFIED: Tr = Tr::new("GSTIN सत्यापित", "GSTIN verified");
pub const TRADER_NOT_VERIFIED: Tr = Tr::new("GSTIN अभी सत्यापित नहीं", "GSTIN not yet verified");
pub const TRADER_NO_ADDRESS: Tr = Tr::new(
    "इस व्यापारी का कोई पता सहेजा नहीं है। उनसे हाट पर अपने खाते में पता जोड़ने को कहें।",
    "This trader has no saved address. Ask them to add one in their Haat account.",
);
pub const DELIVER_TO_TRADER: Tr = Tr::new("कहाँ पहुँचाना है", "Deliver to");
pub const QTY_ORDERED: Tr = Tr::new("मात्रा", "Quantity");
pub const PLACE_PHONE_ORDER: Tr = Tr::new("ऑर्डर दर्ज करें", "Place the order");
pub const ENTER_PHONE_ORDER: Tr = Tr::new("फ़ोन ऑर्डर दर्ज करें", "Enter a phone order");

/// "in stock: 180".
pub fn in_stock(lang: Lang, on_hand: i64) -> String {
    match lang {
        Lang::Hi => format!("तैयार: {on_hand}"),
        Lang::En => format!("in stock: {on_hand}"),
    }
}

/// "Taken on the phone and entered by Kamla Sahu".
pub fn entered_by(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Hi => format!("फ़ोन पर लिया गया, {name} ने दर्ज किया"),
        Lang::En => format!("Taken on the phone and entered by {name}"),
    }
}
pub const NO_DOOR_DELIVERY: Tr = Tr::new(
    "यह समूह आपके इस पते तक सामान नहीं पहुँचा सकता (कारण नीचे)। आप सामान समूह से ख़ुद ले सकती हैं, या कोई और पता चुनें।",
    "This group cannot deliver to this address (the reason is below). You can collect from the group, or choose another address.",
);
pub const NOTHING_POSSIBLE: Tr = Tr::new(
    "इस पते के लिए इस समूह से कोई डिलीवरी नहीं हो सकती: कोई और पता चुनें या इसका सामान टोकरी से हटाएँ।",
    "Nothing from this group can reach this address: choose another address or remove its goods from the cart.",
);

/// Said when placing found a different total than the page showed: nothing
/// was ordered, and the page now shows the true total.
pub fn total_changed(lang: Lang, was: &str, now: &str) -> String {
    match lang {
        Lang::Hi => format!(
            "आपकी चुनी डिलीवरी के साथ कुल {now} है, {was} नहीं। अभी कोई ऑर्डर नहीं हुआ: नीचे देखकर फिर पक्का करें।"
        ),
        Lang::En => format!(
            "With the delivery you chose the total is {now}, not {was}. Nothing has been ordered yet: check below and place the order again."
        ),
    }
}

/// Before checkout: how the goods reach her address, and at what cost.
pub fn reaches_you(lang: Lang, pincode: &str, method: DeliveryMethod, fee: &str) -> String {
    let how = method_label(method).get(lang);
    match lang {
        Lang::Hi => format!("आपके पते ({pincode}) तक: {how} — {fee}"),
        Lang::En => format!("To your address ({pincode}): {how} — {fee}"),
    }
}

/// Before checkout: the group cannot send to her address.
pub fn cannot_reach_you(lang: Lang, pincode: &str) -> String {
    match lang {
        Lang::Hi => format!("यह समूह आपके पते ({pincode}) तक सामान नहीं भेज सकता।"),
        Lang::En => format!("This group cannot send to your address ({pincode})."),
    }
}
pub const CAN_COLLECT: Tr = Tr::new("आप सामान समूह से ख़ुद ले सकती हैं।", "You can collect it from the group.");

pub const THANK_YOU: Tr = Tr::new("धन्यवाद! ऑर्डर पक्का हो गया", "Thank you! Your order is placed");
pub const ONE_ORDER_EACH: Tr = Tr::new(
    "हर समूह को उसका ऑर्डर सीधे मिला है। हर ऑर्डर की प्रगति नीचे के लिंक पर देखें।",
    "Each group has received its own order. Follow each one at the links below.",
);
pub const MY_ORDERS: Tr = Tr::new("मेरे ऑर्डर", "My orders");
pub const ORDERS: Tr = Tr::new("ऑर्डर", "Orders");
pub const GROUP_ORDERS: Tr = Tr::new("समूह को मिले ऑर्डर", "Orders for my group");
pub const SCOPE_ORDERS: Tr = Tr::new("क्षेत्र के सभी ऑर्डर", "All orders in my area");
pub const NO_ORDERS: Tr = Tr::new("अभी कोई ऑर्डर नहीं।", "No orders yet.");
pub const OVERDUE: Tr = Tr::new("देर हो रही है", "Overdue");
pub const ORDER: Tr = Tr::new("ऑर्डर", "Order");
pub const FROM: Tr = Tr::new("समूह", "From");
pub const BUYER: Tr = Tr::new("ख़रीदार", "Buyer");
pub const ITEMS: Tr = Tr::new("सामान", "Items");
pub const TIMELINE: Tr = Tr::new("ऑर्डर की प्रगति", "Timeline");
pub const NOTE: Tr = Tr::new("संदेश", "Note");
pub const REJECT_REASON: Tr = Tr::new("लौटाने का कारण (ख़रीदार को दिखेगा)", "Why (the buyer will see it)");
pub const COURIER_NAME: Tr = Tr::new("कूरियर का नाम (अपनी डिलीवरी हो तो ख़ाली)", "Courier (empty for own delivery)");
pub const TRACKING_NUMBER: Tr = Tr::new("ट्रैकिंग नंबर", "Tracking number");
pub const TRACKING_URL: Tr = Tr::new("ट्रैकिंग लिंक", "Tracking link");
pub const TRACK: Tr = Tr::new("पार्सल कहाँ है, देखें", "Track the parcel");
pub const STEP_DONE: Tr = Tr::new("हो गया", "Done");
pub const UPI_HOW: Tr = Tr::new(
    "ऑर्डर के बाद समूह को उसके UPI पते पर भुगतान करें और UTR लिखें",
    "After ordering, pay the group at its UPI address and enter the UTR",
);
pub const PAY_BY_UPI: Tr = Tr::new("UPI से भुगतान करें", "Pay by UPI");
pub const UPI_TO: Tr = Tr::new("समूह का UPI पता:", "The group's UPI address:");
pub const OPEN_UPI_APP: Tr = Tr::new("UPI ऐप में खोलें", "Open in a UPI app");
pub const UTR_LABEL: Tr = Tr::new("भुगतान के बाद 12 अंकों का UTR", "The 12-digit UTR after paying");
pub const I_HAVE_PAID: Tr = Tr::new("मैंने भुगतान कर दिया", "I have paid");
pub const UTR_GIVEN: Tr = Tr::new("आपने UTR दिया:", "You gave the UTR");
pub const GROUP_WILL_CONFIRM: Tr = Tr::new("समूह पैसा मिलने की पुष्टि करेगा", "the group will confirm receiving it");
pub const BUYER_SAYS_PAID: Tr = Tr::new("ख़रीदार ने UPI से भुगतान बताया", "The buyer says she paid by UPI");
pub const CHECK_YOUR_BANK: Tr = Tr::new(
    "अपने बैंक या UPI ऐप में यह UTR और रक़म देखें, फिर बताएँ।",
    "Look for this UTR and amount in your bank or UPI app, then say.",
);
pub const MONEY_RECEIVED: Tr = Tr::new("पैसा मिल गया", "Money received");
pub const MONEY_NOT_RECEIVED: Tr = Tr::new("पैसा नहीं मिला", "Money not received");
pub const WAITING_FOR_UPI: Tr = Tr::new("ख़रीदार के UPI भुगतान की राह", "Waiting for the buyer's UPI payment");
pub const EARNINGS: Tr = Tr::new("कमाई", "Earnings");
pub const NO_EARNINGS: Tr = Tr::new("अभी कोई भुगतान दर्ज नहीं।", "No payments recorded yet.");
pub const MONTH: Tr = Tr::new("महीना", "Month");
pub const RECEIVED: Tr = Tr::new("मिला", "Received");
pub const REFUNDED: Tr = Tr::new("लौटाया", "Refunded");
pub const NET: Tr = Tr::new("शुद्ध", "Net");
pub const PAY_EACH: Tr =
    Tr::new("जिन ऑर्डर का भुगतान बाक़ी है, उन्हें खोलकर भुगतान करें।", "Open each order awaiting payment to pay for it.");
pub const CASH: Tr = Tr::new("नक़द", "Cash");
/// Paid by government offices against their bills (procurement).
pub const GOVERNMENT_BILLS: Tr = Tr::new("सरकारी बिल", "Government bills");
/// Money paid online reaches Haat's gateway account first; Haat owes it to the group.
pub const ONLINE_DUE: Tr = Tr::new("ऑनलाइन (हाट से मिलना है)", "Online (due from Haat)");
pub const ONLINE_DUE_HOW: Tr = Tr::new(
    "ऑनलाइन भुगतान हाट के पास आता है और हाट इसे समूह के बैंक खाते में भेजता है। इन ऑर्डरों का पैसा ऑनलाइन आया (लौटाए गए छोड़कर):",
    "Online payments come to Haat, which pays them on to the group's bank account. These orders were paid online (refunds left out):",
);
pub const TAB_NEW: Tr = Tr::new("नए", "New");
pub const TAB_PACK: Tr = Tr::new("पैक करने हैं", "To pack");
pub const TAB_SEND: Tr = Tr::new("भेजने हैं", "To send");
pub const TAB_ALL: Tr = Tr::new("सभी", "All");
pub const INBOX: Tr = Tr::new("सूचनाएँ", "Notices");
pub const NO_NOTICES: Tr = Tr::new("अभी कोई सूचना नहीं।", "No notices yet.");
pub const CALL_GROUP: Tr = Tr::new("समूह को फ़ोन करें", "Call the group");
pub const CALL_BUYER: Tr = Tr::new("ख़रीदार को फ़ोन करें", "Call the buyer");
pub const COURIER: Tr = Tr::new("कूरियर", "Courier");
pub const COLLECT_FROM: Tr = Tr::new("सामान यहाँ से लें", "Collect from");
pub const WHEN_TO_COLLECT: Tr = Tr::new(
    "ऑर्डर \"पैक हो गया\" होने पर सामान तैयार है। आने से पहले समूह को फ़ोन कर लें।",
    "The goods are ready once the order shows \"packed\". Call the group before you come.",
);
pub const CANCEL_SURE: Tr = Tr::new(
    "क्या आप सच में यह ऑर्डर रद्द करना चाहती हैं? यह वापस नहीं होगा।",
    "Do you really want to cancel this order? This cannot be undone.",
);
pub const YES_CANCEL: Tr = Tr::new("हाँ, रद्द करें", "Yes, cancel it");
pub const KEEP_ORDER: Tr = Tr::new("नहीं, ऑर्डर रहने दें", "No, keep the order");

pub fn status_label(status: OrderStatus) -> Tr {
    match status {
        OrderStatus::Placed => Tr::new("ऑर्डर मिला", "Placed"),
        OrderStatus::AwaitingPayment => Tr::new("भुगतान बाक़ी", "Awaiting payment"),
        OrderStatus::Confirmed => Tr::new("पक्का — समूह के स्वीकार की राह", "Confirmed — waiting for the group"),
        OrderStatus::Accepted => Tr::new("समूह ने स्वीकार किया", "Accepted by the group"),
        OrderStatus::Packed => Tr::new("पैक हो गया", "Packed"),
        OrderStatus::Dispatched => Tr::new("रवाना", "Dispatched"),
        OrderStatus::Delivered => Tr::new("पहुँच गया", "Delivered"),
        OrderStatus::Completed => Tr::new("पूरा", "Completed"),
        OrderStatus::Cancelled => Tr::new("रद्द", "Cancelled"),
        OrderStatus::Rejected => Tr::new("समूह ने लौटाया", "Rejected by the group"),
        OrderStatus::Expired => Tr::new("भुगतान न होने से रद्द", "Expired unpaid"),
        OrderStatus::ReturnRequested => Tr::new("वापसी माँगी", "Return requested"),
        OrderStatus::ReturnApproved => Tr::new("वापसी मंज़ूर", "Return approved"),
        OrderStatus::ReturnRefused => Tr::new("वापसी नामंज़ूर", "Return refused"),
        OrderStatus::Refunded => Tr::new("पैसा लौटाया", "Refunded"),
    }
}

/// The button that takes a step.
pub fn step_button(step: Step) -> Tr {
    match step {
        Step::Accept => Tr::new("ऑर्डर स्वीकार करें", "Accept the order"),
        Step::Pack => Tr::new("पैक हो गया", "Mark as packed"),
        Step::Dispatch => Tr::new("रवाना कर दिया", "Mark as dispatched"),
        Step::Deliver => Tr::new("पहुँच गया", "Mark as delivered"),
        Step::Cancel => Tr::new("ऑर्डर रद्द करें", "Cancel the order"),
        Step::Reject => Tr::new("ऑर्डर नहीं ले सकते", "Reject the order"),
        Step::RequestReturn => Tr::new("वापसी माँगें", "Ask to return"),
        Step::ApproveReturn => Tr::new("वापसी मंज़ूर करें", "Approve the return"),
        Step::RefuseReturn => Tr::new("वापसी नामंज़ूर करें", "Refuse the return"),
        Step::Refund => Tr::new("पैसा लौटा दिया", "Mark as refunded"),
        Step::AwaitPayment | Step::Confirm | Step::Complete | Step::Expire => Tr::new("आगे बढ़ाएँ", "Move on"),
    }
}

/// An order line partly made for the order: "180 from stock, 420 to be made".
pub fn to_make(lang: Lang, from_stock: i64, made: i64) -> String {
    match (lang, from_stock) {
        (Lang::Hi, 0) => format!("सभी {made} इस ऑर्डर के लिए बनेंगे"),
        (Lang::En, 0) => format!("All {made} to be made for this order"),
        (Lang::Hi, _) => format!("{from_stock} तैयार माल से, {made} इस ऑर्डर के लिए बनेंगे"),
        (Lang::En, _) => format!("{from_stock} from stock, {made} to be made for this order"),
    }
}

pub fn method_label(method: DeliveryMethod) -> Tr {
    match method {
        DeliveryMethod::Pickup => Tr::new("समूह से ख़ुद लें", "Collect from the group"),
        DeliveryMethod::Local => Tr::new("समूह घर पहुँचाएगा", "Home delivery by the group"),
        DeliveryMethod::Courier => Tr::new("कूरियर से", "By courier"),
    }
}

/// "3 items" on an order's row.
pub fn items_count(lang: Lang, count: i64) -> String {
    match (lang, count) {
        (Lang::Hi, _) => format!("{count} नग"),
        (Lang::En, 1) => "1 item".to_string(),
        (Lang::En, _) => format!("{count} items"),
    }
}

pub fn placed_on(lang: Lang, when: &str) -> String {
    match lang {
        Lang::Hi => format!("{when} को ऑर्डर किया"),
        Lang::En => format!("Ordered on {when}"),
    }
}

/// The notice each side gets when an order moves: "Order HT-2611-00042-7: Dispatched".
pub fn status_notice(number: &str, status: OrderStatus) -> Text {
    let label = status_label(status);
    Text::new(format!("ऑर्डर {number}: {}", label.hi), format!("Order {number}: {}", label.en))
}

/// To the group: the buyer gave a UTR, which the group checks against its bank.
pub fn upi_claimed_notice(number: &str, utr: &str) -> Text {
    Text::new(
        format!("ऑर्डर {number}: ख़रीदार ने UPI से भुगतान बताया (UTR {utr}) — जाँचकर पुष्टि करें"),
        format!("Order {number}: the buyer says she paid by UPI (UTR {utr}) — check and confirm"),
    )
}

/// To the buyer: the group found no money for her UTR.
pub fn upi_not_received_notice(number: &str) -> Text {
    Text::new(
        format!("ऑर्डर {number}: समूह को UPI भुगतान नहीं मिला — UTR जाँचकर फिर से दें"),
        format!("Order {number}: the group did not receive the UPI payment — check the UTR and give it again"),
    )
}

/// To the group and the officials: a paid order waits a day for the group.
pub fn not_accepted_notice(number: &str) -> Text {
    Text::new(
        format!("ऑर्डर {number} 24 घंटे से स्वीकार नहीं हुआ"),
        format!("Order {number} has not been accepted for 24 hours"),
    )
}

/// The timeline's note when a paid order waited a day for the group.
pub const NOT_ACCEPTED_NOTE: &str = "समूह ने 24 घंटे में स्वीकार नहीं किया: ज़िला अधिकारी को सूचना दी गई / Not accepted within 24 hours: the district official was alerted";

/// The timeline's note when the group finds no money for a UTR.
pub fn balance_claimed_notice(number: &str, utr: &str) -> Text {
    Text::new(
        format!("ऑर्डर {number}: ख़रीदार ने बाक़ी रक़म UPI से भेजी बताई (UTR {utr}) — जाँचकर दर्ज करें"),
        format!("Order {number}: the buyer says she paid the balance by UPI (UTR {utr}) — check and record it"),
    )
}

pub fn balance_received_notice(number: &str) -> Text {
    Text::new(
        format!("ऑर्डर {number}: समूह को बाक़ी रक़म मिल गई — पूरा भुगतान हो गया"),
        format!("Order {number}: the group received the balance — the order is paid in full"),
    )
}

pub fn balance_not_received_notice(number: &str) -> Text {
    Text::new(
        format!("ऑर्डर {number}: समूह को बाक़ी रक़म नहीं मिली — UTR जाँचकर फिर से दें"),
        format!("Order {number}: the group did not receive the balance — check the UTR and give it again"),
    )
}

pub const BALANCE_RECEIVED_NOTE: &str = "बाक़ी रक़म मिली / Balance received";
pub const BALANCE_NOT_RECEIVED_NOTE: &str = "बाक़ी रक़म नहीं मिली / Balance not received";

// The order page's advance and balance.
pub const PAYMENTS_SO_FAR: Tr = Tr::new("भुगतान का हिसाब", "Payments");
pub const ADVANCE_DUE: Tr = Tr::new("अग्रिम (पहले देना है)", "Advance (due first)");
pub const BALANCE_DUE: Tr = Tr::new("बाक़ी रक़म", "Balance");
pub const PART_RECEIVED: Tr = Tr::new("मिल गया", "received");
pub const NOT_YET: Tr = Tr::new("अभी बाक़ी", "not yet");
pub const PAY_BALANCE: Tr = Tr::new("बाक़ी रक़म UPI से भेजें", "Pay the balance by UPI");
pub const BALANCE_UTR_GIVEN: Tr = Tr::new("ख़रीदार ने बाक़ी रक़म का UTR दिया", "The buyer gave a UTR for the balance");
pub const RECORD_BALANCE: Tr = Tr::new("बाक़ी रक़म मिल गई", "Balance received");
pub const BALANCE_NOT_RECEIVED: Tr = Tr::new("बाक़ी रक़म नहीं मिली", "Balance not received");
pub const BALANCE_HOLDS_DISPATCH: Tr =
    Tr::new("बाक़ी रक़म मिलने के बाद ही माल भेजें।", "Send the goods only once the balance is in.");
pub const RECORD_BALANCE_HELP: Tr = Tr::new(
    "पैसा नक़द या UPI से मिलते ही दर्ज करें: यह समूह की कमाई में जुड़ता है।",
    "Record it as soon as the money is in, in cash or by UPI: it goes into the group's earnings.",
);

// The advance panel on /sell.
pub const ADVANCE_ON_TRADE: Tr = Tr::new("व्यापारी के ऑर्डर पर अग्रिम", "Advance on traders' orders");
pub const NO_ADVANCE: Tr = Tr::new("अग्रिम नहीं", "no advance");
pub const ADVANCE_HELP: Tr = Tr::new(
    "व्यापारी के बड़े ऑर्डर पर कुल रक़म का इतना प्रतिशत पहले UPI से समूह को आएगा; तभी ऑर्डर आपके पास आएगा। दुकान के ग्राहकों पर यह लागू नहीं।",
    "On a trader's bulk order, this share of the total comes to the group by UPI first; only then does the order reach you. Shoppers' orders are not affected.",
);
pub const ADVANCE_NEEDS_UPI: Tr = Tr::new(
    "अग्रिम UPI से आता है: पहले ज़िला कार्यालय से समूह का UPI पता जुड़वाएँ।",
    "An advance comes by UPI: ask the district office to add the group's UPI id first.",
);
pub const ADVANCE_PERCENT: Tr = Tr::new("अग्रिम (प्रतिशत, 0 = नहीं)", "Advance (percent, 0 = none)");
pub const BALANCE_WHEN: Tr = Tr::new("बाक़ी रक़म कब", "When the rest is due");
pub const GROUP_ASKS: Tr = Tr::new("समूह की शर्त:", "The group asks");
pub const ONLY_LEADER_ADVANCE: Tr =
    Tr::new("अग्रिम की शर्त समूह की अध्यक्ष बदल सकती हैं।", "Your group's leader can change the advance terms.");
pub const SAVE_ADVANCE: Tr = Tr::new("अग्रिम की शर्त सहेजें", "Save the advance terms");
pub const ADVANCE_SAVED: Tr = Tr::new("अग्रिम की शर्त सहेजी गई", "Advance terms saved");

pub const UPI_NOT_RECEIVED_NOTE: &str = "पैसा नहीं मिला / Payment not received";

#[cfg(test)]
mod notice_tests {
    use super::*;

    #[test]
    fn notices_name_the_order_in_both_languages() {
        let n = "HT-2611-00042-7";
        for text in [
            status_notice(n, OrderStatus::Dispatched),
            upi_claimed_notice(n, "123456789012"),
            upi_not_received_notice(n),
            not_accepted_notice(n),
        ] {
            assert!(text.hi.contains(n) && text.en.contains(n));
            assert_ne!(text.hi, text.en);
        }
        assert_eq!(status_notice(n, OrderStatus::Dispatched).en, "Order HT-2611-00042-7: Dispatched");
        assert!(upi_claimed_notice(n, "123456789012").hi.contains("UTR 123456789012"));
    }
}
