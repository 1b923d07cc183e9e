//! The strings of `/procure`, in Hindi and English.

use crate::i18n::Tr;

pub const PROCURE: Tr = Tr::new("सरकारी ख़रीद", "Government purchase");
pub const WAITING_FOR_ME: Tr = Tr::new("मेरी बारी", "Waiting for me");
pub const NOTHING_WAITING: Tr = Tr::new("अभी आपके लिए कुछ बाक़ी नहीं।", "Nothing waits for you now.");
pub const OFFICE_INDENTS: Tr = Tr::new("कार्यालय के माँग-पत्र", "The office's indents");
pub const NO_INDENTS: Tr = Tr::new("अभी कोई माँग-पत्र नहीं।", "No indents yet.");
pub const NEW_INDENT: Tr = Tr::new("नया माँग-पत्र", "New indent");
pub const INDENT: Tr = Tr::new("माँग-पत्र", "Indent");
pub const MY_DUTIES: Tr = Tr::new("आपके दायित्व", "Your duties");
pub const TO_APPROVE: Tr = Tr::new("स्वीकृति के लिए", "To sanction");
pub const TO_RECEIVE: Tr = Tr::new("प्राप्ति दर्ज करनी है", "To receive");
pub const TO_ACCEPT: Tr = Tr::new("स्वीकार करना है", "To accept");
pub const TO_PAY: Tr = Tr::new("भुगतान करना है", "Bills to pay");
pub const COL_NUMBER: Tr = Tr::new("क्रमांक", "Number");
pub const COL_STAGE: Tr = Tr::new("स्थिति", "Stage");
pub const COL_VALUE: Tr = Tr::new("मूल्य", "Value");
pub const COL_NEEDED_BY: Tr = Tr::new("ज़रूरत की तारीख़", "Needed by");
pub const COL_ITEM: Tr = Tr::new("चीज़", "Item");
pub const COL_GROUP: Tr = Tr::new("समूह", "Group");
pub const COL_QTY: Tr = Tr::new("मात्रा", "Quantity");
pub const COL_UNIT_PRICE: Tr = Tr::new("इकाई दाम", "Unit price");
pub const COL_LINE: Tr = Tr::new("राशि", "Amount");
pub const COL_CONSIGNEE: Tr = Tr::new("प्राप्तकर्ता", "Consignee");
pub const COL_ORDER: Tr = Tr::new("आपूर्ति आदेश", "Supply order");
pub const COL_OFFICE: Tr = Tr::new("कार्यालय", "Office");
pub const COL_SINCE: Tr = Tr::new("इस स्थिति में कब से", "At this stage since");
pub const COL_DUE: Tr = Tr::new("देय तिथि", "Due");
pub const FIND_ITEM: Tr = Tr::new("सूची में से चीज़ खोजें", "Find an item in the catalogue");
pub const FIND_HINT: Tr = Tr::new(
    "जैसे: हैंडवॉश, फ़ाइल फ़ोल्डर, फिनाइल। आपके राज्य के समूहों की चालू लिस्टिंग दिखेंगी।",
    "For example: handwash, file folders, phenyl. Live listings of groups in your state are shown.",
);
pub const SEARCH: Tr = Tr::new("खोजें", "Search");
pub const NO_HITS: Tr = Tr::new("इन शब्दों से कोई चालू लिस्टिंग नहीं मिली।", "No live listing matches these words.");
pub const ADD_TO_INDENT: Tr = Tr::new("माँग-पत्र में जोड़ें", "Add to the indent");
pub const IN_STOCK: Tr = Tr::new("स्टॉक", "In stock");
pub const PARTICULARS: Tr = Tr::new("विवरण", "Particulars");
pub const BUDGET_HEAD: Tr = Tr::new("बजट शीर्ष", "Budget head");
pub const NOTE: Tr = Tr::new("टिप्पणी", "Note");
pub const SAVE: Tr = Tr::new("सहेजें", "Save");
pub const SAVED: Tr = Tr::new("माँग-पत्र सहेजा गया", "The indent was saved");
pub const QTY_ZERO_REMOVES: Tr = Tr::new("मात्रा 0 करने से पंक्ति हट जाती है।", "A quantity of 0 removes the line.");
pub const ADD_ITEMS: Tr = Tr::new("और चीज़ें जोड़ें", "Add more items");
pub const ESTIMATE: Tr = Tr::new("अनुमान", "Estimate");
pub const GOODS: Tr = Tr::new("सामान", "Goods");
pub const DELIVERY: Tr = Tr::new("कार्यालय तक डिलीवरी", "Delivery to the office");
pub const TOTAL: Tr = Tr::new("कुल", "Total");
pub const RULE: Tr = Tr::new("लागू ख़रीद नियम", "Purchase rule that applies");
pub const CANNOT_GO_ON: Tr = Tr::new("इस रूप में आगे नहीं भेजा जा सकता", "It cannot go on as it stands");
pub const COMPARISON: Tr = Tr::new("तुलनीय लिस्टिंग (सबसे कम दाम पहले)", "Comparable listings (lowest price first)");
pub const CHOSEN: Tr = Tr::new("चुनी गई", "Chosen");
pub const SUBMIT: Tr = Tr::new("स्वीकृति के लिए भेजें", "Send for approval");
pub const WITHDRAW: Tr = Tr::new("माँग-पत्र वापस लें", "Withdraw the indent");
pub const SEND_BACK: Tr = Tr::new("टिप्पणी के साथ लौटाएँ", "Send back with remarks");
pub const REMARKS: Tr = Tr::new("टिप्पणी", "Remarks");
pub const APPROVE: Tr = Tr::new("स्वीकृत करें और आपूर्ति आदेश दें", "Sanction and place the supply orders");
pub const SANCTION_NO: Tr = Tr::new("स्वीकृति क्रमांक", "Sanction number");
pub const YOUR_LIMIT: Tr = Tr::new("आपकी स्वीकृति सीमा", "Your approval limit");
pub const NO_LIMIT: Tr = Tr::new("तय नहीं", "not set");
pub const REMARKS_FROM_APPROVER: Tr = Tr::new("स्वीकृतिकर्ता की टिप्पणी", "The approver's remarks");
pub const SANCTIONED: Tr = Tr::new("स्वीकृति", "Sanction");
pub const SUPPLY_ORDERS: Tr = Tr::new("आपूर्ति आदेश", "Supply orders");
pub const TIMELINE: Tr = Tr::new("क्रम", "Timeline");
pub const SYSTEM: Tr = Tr::new("हाट (स्वतः)", "Haat (automatic)");
pub const GOVERNMENT_SUPPLY: Tr = Tr::new("सरकारी आपूर्ति", "Government supply");
pub const SUPPLY_ORDER: Tr = Tr::new("आपूर्ति आदेश", "Supply order");
pub const RECEIPT: Tr = Tr::new("प्राप्ति (अस्थायी रसीद)", "Receipt (provisional)");
pub const RECEIVED: Tr = Tr::new("प्राप्त", "Received");
pub const ACCEPTED: Tr = Tr::new("स्वीकार", "Accepted");
pub const REASON: Tr = Tr::new("कम स्वीकार करने का कारण", "Reason for accepting less");
pub const RECORD_RECEIPT: Tr = Tr::new("प्राप्ति दर्ज करें", "Record the receipt");
pub const RECEIPT_HOW: Tr = Tr::new(
    "जितना पहुँचा उतना लिखें; ख़ाली छोड़ने पर पूरी मात्रा मानी जाएगी।",
    "Write how many arrived; a blank means all of it.",
);
pub const RECORD_ACCEPTANCE: Tr = Tr::new("स्वीकृति दर्ज करें (बिल बनेगा)", "Record the acceptance (the bill is made)");
pub const ACCEPT_HOW: Tr = Tr::new(
    "जो स्वीकार है उतना लिखें; कम हो तो कारण लिखें। कुछ भी स्वीकार न हो तो 0 लिखें।",
    "Write how many you accept; when less than received, write why. Write 0 to reject a line.",
);
pub const ACCEPT_BY: Tr = Tr::new("स्वीकार करने की अंतिम तिथि", "Accept by");
pub const DEEMED: Tr = Tr::new("समय पर जवाब न होने से स्वीकृत माना गया", "Deemed accepted: no answer in time");
pub const BILL: Tr = Tr::new("बिल", "Bill");
pub const PAY_BY: Tr = Tr::new("भुगतान की अंतिम तिथि", "Pay by");
pub const DAYS_LATE: Tr = Tr::new("दिन देर", "days late");
pub const PFMS_REFERENCE: Tr = Tr::new("PFMS / कोषालय संदर्भ", "PFMS / treasury reference");
pub const RECORD_PAYMENT: Tr = Tr::new("भुगतान दर्ज करें", "Record the payment");
pub const PAID_ON: Tr = Tr::new("भुगतान हुआ", "Paid on");
pub const WAITS_FOR_DISPATCH: Tr = Tr::new(
    "समूह के माल भेजने के बाद प्राप्ति दर्ज होगी।",
    "The receipt can be recorded once the group has dispatched the goods.",
);
pub const DEPARTMENT_ORDERS: Tr = Tr::new("सरकारी विभागों के ऑर्डर", "Department orders");
pub const DEPARTMENT_ORDERS_HOW: Tr = Tr::new(
    "आपके क्षेत्र के समूहों के सरकारी आपूर्ति आदेश, जो अभी भुगतान तक नहीं पहुँचे; सबसे देर से अटके पहले।",
    "Government supply orders of groups in your area not yet paid, the longest at their stage first.",
);
pub const NO_DEPARTMENT_ORDERS: Tr = Tr::new("कोई खुला सरकारी ऑर्डर नहीं।", "No open department orders.");
pub const ORDER_STATUS: Tr = Tr::new("समूह की ओर से", "On the group's side");
pub const OPEN_ORDER: Tr = Tr::new("ऑर्डर देखें", "Open the order");

pub const PURCHASE_RULES: Tr = Tr::new("सरकारी ख़रीद के नियम", "Purchase rules");
pub const RULES_SAVED: Tr = Tr::new("नियम सहेजे गए", "The rules were saved");
pub const CHANGE_RULES: Tr = Tr::new("राज्य के नियम बदलें", "Change the state's rules");
pub const DIRECT_UP_TO: Tr = Tr::new("किसी भी समूह से सीधी ख़रीद, ₹ तक", "Direct purchase from any group, up to ₹");
pub const LOWEST_UP_TO: Tr =
    Tr::new("केवल L1 से ख़रीद, ₹ तक (ऊपर: हाट से नहीं)", "Only from the L1, up to ₹ (above: not through Haat)");
pub const COMPARABLE_NEEDED: Tr = Tr::new("L1 के लिए कम से कम तुलनीय लिस्टिंग", "Comparable listings the L1 rule needs");
pub const SPLIT_WINDOW: Tr =
    Tr::new("एक ही चीज़ की माँगें इतने दिन में एक ख़रीद", "Indents for the same item within these days are one purchase");
pub const ACCEPT_DAYS: Tr = Tr::new("माल पहुँचने के बाद स्वीकार करने के दिन", "Days to accept after the goods arrive");
pub const DEEMED_RULE: Tr =
    Tr::new("समय पर जवाब न हो तो स्वीकृत माना जाए", "Silence past those days counts as acceptance");
pub const PAY_DAYS: Tr = Tr::new("स्वीकृति के बाद भुगतान के दिन", "Days to pay after acceptance");

pub fn split_words(lang: crate::i18n::Lang, days: i64) -> String {
    match lang {
        crate::i18n::Lang::Hi => {
            format!("एक ही कार्यालय की एक ही तरह की चीज़ की {days} दिन के भीतर की माँगें एक ख़रीद गिनी जाती हैं।")
        }
        crate::i18n::Lang::En => {
            format!("An office's indents for the same kind of item within {days} days count as one purchase.")
        }
    }
}

pub fn acceptance_words(lang: crate::i18n::Lang, days: i64, deemed: bool) -> String {
    match (lang, deemed) {
        (crate::i18n::Lang::Hi, true) => format!("माल पहुँचने के {days} दिन में स्वीकार करें; न करने पर स्वीकृत माना जाता है।"),
        (crate::i18n::Lang::Hi, false) => format!("माल पहुँचने के {days} दिन में स्वीकार करें।"),
        (crate::i18n::Lang::En, true) => format!("Accept within {days} days of arrival; silence counts as acceptance."),
        (crate::i18n::Lang::En, false) => format!("Accept within {days} days of arrival."),
    }
}

pub fn payment_words(lang: crate::i18n::Lang, days: i64) -> String {
    match lang {
        crate::i18n::Lang::Hi => format!("स्वीकृति के {days} दिन में भुगतान; देर होने पर कार्यालय और ज़िले को सूचना।"),
        crate::i18n::Lang::En => {
            format!("Pay within {days} days of acceptance; a late bill is flagged to the office and the district.")
        }
    }
}

pub const RETURNED_TO_GROUP: Tr = Tr::new("समूह को लौटाया", "Returned to the group");
pub const RETURNED_BY_OFFICE: Tr = Tr::new("कार्यालय ने लौटाया, स्टॉक में वापस", "Sent back by the office, back in stock");

/// The group's notice of what the office did not accept of a supply
/// order (each line: title, units, reason), now back in its stock.
pub fn returned_notice(order_number: &str, lines: &[(crate::i18n::Text, i64, String)]) -> crate::i18n::Text {
    let list = |lang| {
        lines
            .iter()
            .map(|(title, units, why)| format!("{units} × {} ({why})", title.get(lang)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    crate::i18n::Text::new(
        format!(
            "सरकारी आपूर्ति {order_number}: कार्यालय ने {} स्वीकार नहीं किया। ये आपके स्टॉक में वापस जोड़ दिए गए; कार्यालय से वापस ले आएँ।",
            list(crate::i18n::Lang::Hi)
        ),
        format!(
            "Government supply {order_number}: the office did not accept {}. They are back in your stock; collect them from the office.",
            list(crate::i18n::Lang::En)
        ),
    )
}

/// A duty's plural heading is the duty's own label (`Duty::label`).
pub fn step_label(step: &str) -> Tr {
    match step {
        "created" => Tr::new("माँग-पत्र बना", "Indent written"),
        "submit" => Tr::new("स्वीकृति के लिए भेजा", "Sent for approval"),
        "withdraw" => Tr::new("वापस लिया", "Withdrawn"),
        "send_back" => Tr::new("लौटाया गया", "Sent back"),
        "approve" => Tr::new("स्वीकृत", "Sanctioned"),
        "supply_ordered" => Tr::new("आपूर्ति आदेश दिया", "Supply order placed"),
        "receive" => Tr::new("माल प्राप्त", "Goods received"),
        "accept" => Tr::new("स्वीकार", "Accepted"),
        "reject" => Tr::new("अस्वीकार", "Rejected"),
        "bill" => Tr::new("बिल बना", "Bill made"),
        "pay" => Tr::new("भुगतान हुआ", "Paid"),
        "overdue" => Tr::new("भुगतान में देर की सूचना", "Payment overdue flagged"),
        _ => Tr::new("क़दम", "Step"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_groups_notice_names_each_returned_line_in_both_languages() {
        use crate::i18n::Text;
        let lines = [(Text::new("हैंडवॉश", "Handwash"), 2, "leaking".to_string())];
        let notice = super::returned_notice("HAAT-1", &lines);
        assert!(notice.en.contains("2 × Handwash (leaking)"), "{}", notice.en);
        assert!(notice.hi.contains("2 × हैंडवॉश (leaking)"), "{}", notice.hi);
    }

    #[test]
    fn every_step_the_store_records_has_words() {
        for step in [
            "created",
            "submit",
            "withdraw",
            "send_back",
            "approve",
            "supply_ordered",
            "receive",
            "accept",
            "reject",
            "bill",
            "pay",
            "overdue",
        ] {
            assert_ne!(super::step_label(step).en, "Step", "{step}");
        }
    }
}
