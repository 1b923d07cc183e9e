//! What a procurement step answers when it cannot go on, in Hindi and
//! English. The store and the server functions return these; the words
//! live here, beside the rules that decide them.

use crate::error::AppError;
use crate::i18n::{Lang, Text};
use crate::money::Money;
use crate::procurement::rules::{LowestRefusal, PurchaseRule, PurchaseRules, QuantityRefusal, SplitFound};
use crate::procurement::state::Refusal;

/// A step refused by the state machine.
pub fn refused(refusal: Refusal) -> AppError {
    match refusal {
        Refusal::NotNow => AppError::Conflict {
            message: Text::new(
                "यह क़दम अभी नहीं लिया जा सकता — शायद किसी ने पहले ही ले लिया। पन्ना फिर से खोलें।",
                "This step cannot be taken now — perhaps someone already took it. Open the page again.",
            ),
        },
        Refusal::NotYours => AppError::Forbidden,
    }
}

pub fn indent_not_found() -> AppError {
    AppError::NotFound
}

pub fn no_lines() -> AppError {
    AppError::validation("lines", Text::new("माँग-पत्र में कम से कम एक चीज़ जोड़ें", "Add at least one item to the indent"))
}

pub fn too_many_lines(max: usize) -> AppError {
    AppError::validation(
        "lines",
        Text::new(format!("एक माँग-पत्र में {max} से अधिक चीज़ें नहीं"), format!("No more than {max} items in one indent")),
    )
}

pub fn bad_quantity() -> AppError {
    AppError::validation(
        "qty",
        Text::new("मात्रा 1 से 10,00,000 के बीच पूरी संख्या हो", "The quantity must be a whole number from 1 to 10,00,000"),
    )
}

pub fn no_such_listing() -> AppError {
    AppError::validation(
        "listing",
        Text::new(
            "यह चीज़ अब बिक्री में नहीं है; सूची से दूसरी चुनें।",
            "This item is no longer on sale; choose another from the list.",
        ),
    )
}

pub fn no_such_consignee() -> AppError {
    AppError::validation(
        "consignee",
        Text::new(
            "माल प्राप्तकर्ता इसी ज़िले के किसी कार्यालय के प्राप्तकर्ता हों",
            "The consignee must be a consignee of an office in this district",
        ),
    )
}

pub fn needed_by_in_past() -> AppError {
    AppError::validation(
        "needed_by",
        Text::new("ज़रूरत की तारीख़ आज या आगे की हो", "The needed-by date must be today or later"),
    )
}

pub fn budget_head_missing() -> AppError {
    AppError::validation(
        "budget_head",
        Text::new("बजट शीर्ष लिखें (जैसे 2235-02-102)", "Write the budget head (e.g. 2235-02-102)"),
    )
}

pub fn remarks_missing() -> AppError {
    AppError::validation(
        "remarks",
        Text::new("लौटाने का कारण लिखें, ताकि माँग-पत्र ठीक हो सके", "Write why you send it back, so it can be put right"),
    )
}

pub fn sanction_missing() -> AppError {
    AppError::validation("sanction", Text::new("स्वीकृति क्रमांक लिखें", "Write the sanction number"))
}

pub fn reference_missing() -> AppError {
    AppError::validation(
        "reference",
        Text::new("PFMS या कोषालय का संदर्भ क्रमांक लिखें", "Write the PFMS or treasury reference"),
    )
}

pub fn not_through_haat(rules: &PurchaseRules) -> AppError {
    let words = PurchaseRule::NotThroughHaat.explain(rules);
    AppError::validation("lines", words)
}

pub fn split_found(rules: &PurchaseRules, split: &SplitFound) -> AppError {
    let numbers = split.earlier.join(", ");
    let combined = split.combined.format(Lang::En);
    let rule = split.rule.explain(rules);
    AppError::validation(
        "lines",
        Text::new(
            format!(
                "इसी चीज़ की माँग {numbers} में {} दिन के भीतर हो चुकी है; साथ मिलाकर ख़रीद {combined} की है। {}",
                rules.split_window_days, rule.hi
            ),
            format!(
                "This office asked for the same kind of item in {numbers} within {} days; together the purchase is {combined}. {}",
                rules.split_window_days, rule.en
            ),
        ),
    )
}

/// `title` names the line's item.
pub fn not_lowest(title: &Text, refusal: &LowestRefusal) -> AppError {
    let (hi, en) = (title.get(Lang::Hi), title.get(Lang::En));
    let message = match refusal {
        LowestRefusal::TooFew { found, needed } => Text::new(
            format!("\"{hi}\" की केवल {found} तुलनीय लिस्टिंग मिलीं, नियम को {needed} चाहिए। मात्रा घटाएँ या दूसरी चीज़ चुनें।"),
            format!(
                "Only {found} comparable listings of \"{en}\" were found; the rule needs {needed}. Lower the quantity or choose another item."
            ),
        ),
        LowestRefusal::NotLowest { lowest } => {
            let lowest = lowest.format(Lang::En);
            Text::new(
                format!("\"{hi}\" सबसे कम दाम (L1) वाली नहीं है: तुलना में {lowest} की इकाई मिलती है। L1 चुनें।"),
                format!(
                    "\"{en}\" is not the lowest-priced (L1): a comparable listing costs {lowest} a unit. Choose the L1."
                ),
            )
        }
    };
    AppError::validation("lines", message)
}

pub fn over_limit(limit: Option<Money>, value: Money) -> AppError {
    let value = value.format(Lang::En);
    let message = match limit {
        Some(limit) => {
            let limit = limit.format(Lang::En);
            Text::new(
                format!("आपकी स्वीकृति सीमा {limit} है और यह माँग-पत्र {value} का है; ऊपर के अधिकारी को भेजें।"),
                format!("Your approval limit is {limit} and this indent is {value}; send it to a higher authority."),
            )
        }
        None => Text::new(
            "आपकी स्वीकृति सीमा तय नहीं है; ज़िला कार्यालय से तय करवाएँ।",
            "Your approval limit is not set; ask the district office to set it.",
        ),
    };
    AppError::validation("sanction", message)
}

pub fn quantity(refusal: QuantityRefusal, title: &Text) -> AppError {
    let (hi, en) = (title.get(Lang::Hi), title.get(Lang::En));
    let message = match refusal {
        QuantityRefusal::ReceivedOutOfRange => Text::new(
            format!("\"{hi}\": प्राप्त मात्रा 0 से आदेश की मात्रा तक हो"),
            format!("\"{en}\": the quantity received must be from 0 up to the quantity ordered"),
        ),
        QuantityRefusal::AcceptedOutOfRange => Text::new(
            format!("\"{hi}\": स्वीकार की मात्रा 0 से प्राप्त मात्रा तक हो"),
            format!("\"{en}\": the quantity accepted must be from 0 up to the quantity received"),
        ),
        QuantityRefusal::ReasonMissing => Text::new(
            format!("\"{hi}\": कम स्वीकार करने का कारण लिखें"),
            format!("\"{en}\": write why less than received is accepted"),
        ),
    };
    AppError::validation("qty", message)
}

pub fn not_arrived() -> AppError {
    AppError::Conflict {
        message: Text::new(
            "समूह ने अभी माल नहीं भेजा है; भेजे जाने के बाद रसीद दर्ज करें।",
            "The group has not dispatched the goods yet; record the receipt after dispatch.",
        ),
    }
}

pub fn cannot_deliver() -> AppError {
    AppError::validation(
        "lines",
        Text::new(
            "कुछ चीज़ें उनके समूह कार्यालय तक नहीं पहुँचा सकते; वे पंक्तियाँ हटाएँ या दूसरी लिस्टिंग चुनें।",
            "Some items cannot be delivered to the office by their groups; remove those lines or choose other listings.",
        ),
    )
}

pub fn own_indent() -> AppError {
    AppError::validation(
        "sanction",
        Text::new(
            "अपना लिखा माँग-पत्र आप स्वयं स्वीकृत नहीं कर सकतीं; कार्यालय के दूसरे स्वीकृतिकर्ता से करवाएँ।",
            "You cannot sanction an indent you wrote; ask another approver of the office.",
        ),
    )
}

pub fn office_address_missing(office: &Text) -> AppError {
    AppError::validation(
        "lines",
        Text::new(
            format!("\"{}\" का पता दर्ज नहीं है; ज़िला कार्यालय से पता और पिन कोड जुड़वाएँ।", office.get(Lang::Hi)),
            format!(
                "\"{}\" has no address yet; ask the district office to add its address and PIN code.",
                office.get(Lang::En)
            ),
        ),
    )
}

pub fn paid_on_impossible() -> AppError {
    AppError::validation(
        "paid_on",
        Text::new(
            "भुगतान की तारीख़ स्वीकृति के दिन से आज तक के बीच हो",
            "The payment date must be between the day of acceptance and today",
        ),
    )
}
