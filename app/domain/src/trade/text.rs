//! Strings of the trader's workspace (`/trade`), in Hindi and English.

use crate::i18n::{Lang, Tr};

pub const TRADE: Tr = Tr::new("थोक ख़रीद", "Wholesale");
pub const TRADE_INTRO: Tr = Tr::new(
    "एक ही चीज़ हर समूह से: आपकी मात्रा पर दाम (थोक दर लगाकर), आपके पते तक डिलीवरी और दिन, और कितना माल तैयार है।",
    "One product type from every group: the price at your quantity (wholesale tiers applied), delivery and days to your address, and how much is ready.",
);
pub const WHAT: Tr = Tr::new("क्या चाहिए", "What you need");
pub const WHAT_PLACEHOLDER: Tr = Tr::new("जैसे पेटीकोट, हल्दी पाउडर", "e.g. petticoat, turmeric powder");
pub const CATEGORY: Tr = Tr::new("श्रेणी", "Category");
pub const ANY_CATEGORY: Tr = Tr::new("कोई भी", "Any");
pub const QTY: Tr = Tr::new("मात्रा", "Quantity");
pub const GROUP_STATE: Tr = Tr::new("समूह का राज्य", "Group's state");
pub const ANY_STATE: Tr = Tr::new("सभी राज्य", "All states");
pub const DELIVER_TO: Tr = Tr::new("कहाँ पहुँचाना है", "Deliver to");
pub const SHIPS_ONLY: Tr = Tr::new("केवल जो मेरे पते तक भेज सकें", "Only groups that can deliver to me");
pub const STOCK_ONLY: Tr = Tr::new("केवल जिनके पास पूरा माल तैयार है", "Only groups with the whole quantity in stock");
pub const SHOW: Tr = Tr::new("तुलना करें", "Compare");
pub const EXPORT_CSV: Tr = Tr::new("CSV डाउनलोड करें (Excel)", "Download CSV (Excel)");
pub const START: Tr = Tr::new(
    "ऊपर कोई चीज़ लिखें या श्रेणी चुनें — या इनमें से किसी से शुरू करें:",
    "Type a product above or pick a category — or start from one of these:",
);
pub const NO_ROWS: Tr = Tr::new(
    "इस मात्रा और इन फ़िल्टर पर कोई समूह नहीं मिला। मात्रा घटाएँ या फ़िल्टर हटाएँ।",
    "No group matches this quantity and these filters. Lower the quantity or remove a filter.",
);
pub const CAPPED: Tr = Tr::new(
    "बहुत सारी लिस्टिंग मिलीं — पहली 5,000 की तुलना दिखाई गई। श्रेणी या राज्य चुनकर छोटा करें।",
    "Too many listings matched — the first 5,000 are compared. Narrow it with a category or a state.",
);
pub const NO_ADDRESS: Tr = Tr::new(
    "डिलीवरी का ख़र्च और दिन देखने के लिए अपने खाते में पता जोड़ें।",
    "Add an address in your account to see delivery charges and days.",
);
pub const ADD_ADDRESS: Tr = Tr::new("पता जोड़ें", "Add an address");
pub const PRICES_FOR: Tr = Tr::new("इतनी मात्रा के दाम:", "Prices for");

// Column headings.
pub const COL_PRODUCT: Tr = Tr::new("उत्पाद", "Product");
pub const COL_GROUP: Tr = Tr::new("समूह", "Group");
pub const COL_PLACE: Tr = Tr::new("जगह", "Place");
pub const COL_STOCK: Tr = Tr::new("तैयार माल", "In stock");
pub const COL_MIN: Tr = Tr::new("न्यूनतम ऑर्डर", "Minimum order");
pub const COL_MAKES: Tr = Tr::new("और बना सकती है", "Can make more");
pub const COL_UNIT_PRICE: Tr = Tr::new("एक का दाम", "Unit price");
pub const COL_GOODS: Tr = Tr::new("माल का दाम", "Goods");
pub const COL_DELIVERY: Tr = Tr::new("डिलीवरी", "Delivery");
pub const COL_DAYS: Tr = Tr::new("पहुँचने में दिन", "Days to arrive");
pub const COL_LANDED: Tr = Tr::new("दरवाज़े तक, एक का", "Landed, per unit");

pub const BELOW_MINIMUM: Tr = Tr::new("न्यूनतम ऑर्डर से कम", "Below the minimum order");
pub const FROM_STOCK: Tr = Tr::new("पूरा तैयार", "All in stock");
pub const ONLY_STOCK: Tr = Tr::new("इतना नहीं है", "Not this many");
pub const NOT_MADE: Tr = Tr::new("—", "—");
pub const DAYS_UNKNOWN: Tr = Tr::new("—", "—");

/// The CSV's header row, column by column as `rules::csv_record` fills it.
pub const CSV_COLUMNS: [Tr; 18] = [
    COL_PRODUCT,
    COL_GROUP,
    Tr::new("ज़िला", "District"),
    Tr::new("राज्य", "State"),
    Tr::new("इकाई", "Unit"),
    COL_STOCK,
    COL_MIN,
    Tr::new("पैक में इकाइयाँ", "Units per pack"),
    Tr::new("हर हफ़्ते और बना सकती है", "Can make per week"),
    Tr::new("बाक़ी माल तैयार होने में दिन", "Days until the rest is made"),
    QTY,
    Tr::new("एक का दाम (₹)", "Unit price (₹)"),
    Tr::new("माल का दाम (₹)", "Goods (₹)"),
    Tr::new("डिलीवरी कैसे", "Delivery by"),
    Tr::new("डिलीवरी (₹)", "Delivery (₹)"),
    COL_DAYS,
    Tr::new("दरवाज़े तक, एक का (₹)", "Landed per unit (₹)"),
    Tr::new("लिंक", "Link"),
];

/// "makes 200 a week, first in 7 days".
pub fn makes_per_week(lang: Lang, weekly: i64, first_days: i64) -> String {
    match lang {
        Lang::Hi => format!("हर हफ़्ते {weekly}, पहले {first_days} दिन में"),
        Lang::En => format!("{weekly} a week, first in {first_days} days"),
    }
}

/// "400 more ready in 12 days".
pub fn making(lang: Lang, extra: i64, ready_days: i64) -> String {
    match lang {
        Lang::Hi => format!("{extra} और, {ready_days} दिन में तैयार"),
        Lang::En => format!("{extra} more, ready in {ready_days} days"),
    }
}

/// "only 120 in stock".
pub fn short(lang: Lang, on_hand: i64) -> String {
    match lang {
        Lang::Hi => format!("केवल {on_hand} हैं"),
        Lang::En => format!("only {on_hand} available"),
    }
}

/// "Showing 1–50 of 212 groups' listings".
pub fn showing(lang: Lang, from: usize, to: usize, total: usize) -> String {
    match lang {
        Lang::Hi => format!("{total} में से {from}–{to} लिस्टिंग"),
        Lang::En => format!("Listings {from}–{to} of {total}"),
    }
}

pub const NOT_TRADER: Tr = Tr::new(
    "थोक ख़रीद GST में पंजीकृत व्यापारियों के लिए है। अपने खाते में अपना व्यवसाय और GSTIN जोड़ें; ज़िला कार्यालय जाँच कर उसे सत्यापित करेगा।",
    "Wholesale buying is for GST-registered traders. Add your business and GSTIN in your account; the district office checks and verifies it.",
);
pub const UNVERIFIED: Tr = Tr::new(
    "आपका व्यवसाय पंजीकृत है और ज़िला कार्यालय उसका GSTIN जाँच रहा है। सत्यापित होते ही यहाँ सभी समूहों का माल एक साथ दिखेगा।",
    "Your business is registered and the district office is checking its GSTIN. Once it is verified, every group's stock shows here together.",
);
pub const OPEN_TRADE: Tr = Tr::new("सभी समूहों का माल एक साथ देखें (थोक)", "Compare every group's stock (wholesale)");
pub const GO_TO_ACCOUNT: Tr = Tr::new("मेरे खाते में जाएँ", "Go to my account");

/// "in packs of 24".
pub fn packs_of(lang: Lang, pack: i64) -> String {
    match lang {
        Lang::Hi => format!("{pack} के पैक में"),
        Lang::En => format!("in packs of {pack}"),
    }
}

// Splitting a quantity over groups.
pub const SPLIT: Tr = Tr::new("यह मात्रा समूहों में बाँटें", "Split this quantity over groups");
pub const SPLIT_INTRO: Tr = Tr::new(
    "हाट हर समूह का तैयार माल, हर हफ़्ते बनने वाला माल, न्यूनतम ऑर्डर, पैक, थोक दर, GST नियम और आपकी तारीख़ देखकर बँटवारा सुझाता है। आप मात्राएँ बदल सकते हैं।",
    "Haat proposes a split that respects each group's stock and weekly making, minimum order, packs, tiers, the GST rule and your date. You can change the quantities.",
);
pub const MAX_PRICE: Tr = Tr::new("एक का अधिकतम दाम (₹)", "Highest unit price (₹)");
pub const NEEDED_BY: Tr = Tr::new("कब तक चाहिए", "Needed by");
pub const STATES_ALLOWED: Tr = Tr::new("इन राज्यों के समूह (कोई न चुनें तो सभी)", "Groups in these states (none ticked: all)");
pub const AIM: Tr = Tr::new("किस बात को पहले रखें", "What matters most");
pub const AIM_CHEAPEST: Tr = Tr::new("दरवाज़े तक सबसे सस्ता", "Cheapest at my door");
pub const AIM_FEWEST: Tr = Tr::new("सबसे कम समूह", "Fewest groups");
pub const AIM_NEAREST: Tr = Tr::new("सबसे जल्दी पहुँचे", "Soonest to arrive");
pub const PROPOSE: Tr = Tr::new("बँटवारा सुझाएँ", "Propose a split");
pub const PROPOSAL: Tr = Tr::new("सुझाया बँटवारा", "Proposed split");
pub const YOUR_SPLIT: Tr = Tr::new("आपका बँटवारा", "Your split");
pub const COL_SOURCE: Tr = Tr::new("कहाँ से", "From");
pub const COL_ARRIVES: Tr = Tr::new("कब तक पहुँचेगा", "Arrives by");
pub const COL_WHY: Tr = Tr::new("क्यों", "Why");
pub const LEFT_OUT: Tr = Tr::new("छोड़े गए समूह", "Groups left out");
pub const UPDATE_SPLIT: Tr = Tr::new("मात्रा बदलकर कुल देखें", "See the total for these quantities");
pub const PO_NUMBER: Tr = Tr::new("आपका ख़रीद आदेश (PO) नंबर", "Your purchase order (PO) number");
pub const PO_OPTIONAL: Tr =
    Tr::new("(वैकल्पिक — हर ऑर्डर और बिल पर छपेगा)", "(optional — printed on every order and invoice)");
pub const ONLINE_NOT_FOR_SPLIT: Tr = Tr::new(
    "इस बँटवारे में किसी समूह का आधे से ज़्यादा माल है, इसलिए ऑनलाइन भुगतान (जो भुगतान तक माल रोकता है) नहीं — डिलीवरी पर भुगतान करें।",
    "This split takes more than half of a group's stock, so it cannot be held for an online payment: pay on delivery.",
);
pub const PAY_BY: Tr = Tr::new("भुगतान", "Payment");
pub const NEED_ADDRESS_TO_SPLIT: Tr = Tr::new(
    "बँटवारे के लिए पहले अपना पता जोड़ें: डिलीवरी और GST नियम उसी पर टिके हैं।",
    "Add your address first to split: delivery and the GST rule depend on it.",
);
pub const NOTHING_TO_SPLIT: Tr =
    Tr::new("आपकी शर्तों पर कोई समूह यह माल नहीं भेज सकता।", "No group can send this on your terms.");

/// "600 of 600 from 3 groups".
pub fn split_summary(lang: Lang, supplied: i64, wanted: i64, groups: usize) -> String {
    let (supplied, wanted) =
        (crate::money::group_indian(supplied.max(0) as u128), crate::money::group_indian(wanted.max(0) as u128));
    match (lang, groups) {
        (Lang::Hi, 1) => format!("{wanted} में से {supplied}, एक समूह से"),
        (Lang::Hi, _) => format!("{wanted} में से {supplied}, {groups} समूहों से"),
        (Lang::En, 1) => format!("{supplied} of {wanted} from one group"),
        (Lang::En, _) => format!("{supplied} of {wanted} from {groups} groups"),
    }
}

/// "Place 3 orders".
pub fn place_orders(lang: Lang, orders: usize) -> String {
    match (lang, orders) {
        (Lang::Hi, 1) => "ऑर्डर दें".to_string(),
        (Lang::Hi, n) => format!("{n} ऑर्डर दें"),
        (Lang::En, 1) => "Place the order".to_string(),
        (Lang::En, n) => format!("Place {n} orders"),
    }
}

/// "180 from stock", "420 made", "180 from stock + 420 made".
pub fn source(lang: Lang, from_stock: i64, made: i64) -> String {
    match (lang, from_stock, made) {
        (Lang::Hi, s, 0) => format!("{s} तैयार"),
        (Lang::En, s, 0) => format!("{s} from stock"),
        (Lang::Hi, 0, m) => format!("{m} बनेंगे"),
        (Lang::En, 0, m) => format!("{m} made"),
        (Lang::Hi, s, m) => format!("{s} तैयार + {m} बनेंगे"),
        (Lang::En, s, m) => format!("{s} from stock + {m} made"),
    }
}

// ── Requests for quotes ────────────────────────────────────────────────

pub const QUOTES: Tr = Tr::new("कोटेशन", "Quotes");
pub const MY_QUOTES: Tr = Tr::new("मेरे कोटेशन अनुरोध", "My requests for quotes");
pub const GROUP_QUOTES: Tr = Tr::new("व्यापारियों के कोटेशन अनुरोध", "Traders' requests for quotes");
pub const UNANSWERED_QUOTES: Tr = Tr::new("48 घंटे से बिना जवाब के अनुरोध", "Requests unanswered for 48 hours");
pub const UNANSWERED_INTRO: Tr = Tr::new(
    "आपके क्षेत्र के समूह, जिन्होंने व्यापारी के अनुरोध का 48 घंटे में जवाब नहीं दिया। समूह से बात करें।",
    "Groups in your area that have not answered a trader's request within 48 hours. Call the group.",
);
pub const NO_QUOTES: Tr = Tr::new("अभी कोई कोटेशन नहीं।", "No quotes yet.");
pub const QUOTES_HOW: Tr = Tr::new(
    "थोक तालिका में समूहों पर निशान लगाएँ और “कोटेशन माँगें” दबाएँ।",
    "Tick groups in the wholesale table and press “Ask for a quote”.",
);
pub const ASK_QUOTE: Tr = Tr::new("कोटेशन माँगें", "Ask for a quote");
pub const ASK_QUOTE_INTRO: Tr = Tr::new(
    "सूची से ज़्यादा मात्रा या अलग शर्तों के लिए: तालिका में जिन समूहों पर निशान लगाया है, उन सबसे दाम पूछें। हर समूह अपना दाम, मात्रा, भेजने के दिन बताएगा; आप मोलभाव कर सकते हैं।",
    "For quantities or terms beyond the listed ones: ask every group you ticked in the table. Each answers with a price, a quantity and days to dispatch; you can counter.",
);
pub const ASK_TICK: Tr = Tr::new("कोटेशन के लिए चुनें", "Ask for a quote");
pub const TARGET_PRICE: Tr = Tr::new("आपका लक्ष्य दाम, प्रति इकाई (₹)", "Your target price per unit (₹)");
pub const TRADER_TARGET: Tr = Tr::new("व्यापारी का लक्ष्य दाम, प्रति इकाई", "The trader's target price per unit");
pub const OPTIONAL: Tr = Tr::new("(ज़रूरी नहीं)", "(optional)");
pub const NOTE: Tr = Tr::new("टिप्पणी", "Note");
pub const SEND_REQUEST: Tr = Tr::new("चुने हुए समूहों से कोटेशन माँगें", "Ask the ticked groups for a quote");
pub const COL_STATUS: Tr = Tr::new("स्थिति", "Status");
pub const COL_TRADER: Tr = Tr::new("व्यापारी", "Trader");
pub const COL_UPDATED: Tr = Tr::new("अपडेट", "Updated");
pub const COL_WAITING_SINCE: Tr = Tr::new("कब से इंतज़ार", "Waiting since");
pub const OPEN_QUOTE: Tr = Tr::new("खोलें", "Open");
pub const QUOTE: Tr = Tr::new("कोटेशन", "Quote");
pub const FROM_QUOTE: Tr = Tr::new("मोलभाव से तय दाम पर:", "At the price agreed in");
pub const THE_REQUEST: Tr = Tr::new("अनुरोध", "The request");
pub const ASKED_QTY: Tr = Tr::new("माँगी मात्रा", "Quantity asked");
pub const LIST_PRICE: Tr = Tr::new("सूची का दाम", "Listed price");
pub const OPEN_UNTIL: Tr = Tr::new("अनुरोध खुला है", "Request open until");
pub const HISTORY: Tr = Tr::new("बातचीत", "History");
pub const BY_GROUP: Tr = Tr::new("समूह", "Group");
pub const BY_TRADER: Tr = Tr::new("व्यापारी", "Trader");
pub const BY_CLOCK: Tr = Tr::new("हाट (समय)", "Haat (the clock)");
pub const STEP_OFFER: Tr = Tr::new("दाम बताया", "Offered");
pub const STEP_COUNTER: Tr = Tr::new("नया दाम रखा", "Countered");
pub const STEP_ACCEPT: Tr = Tr::new("मंज़ूर किया", "Accepted");
pub const STEP_DECLINE: Tr = Tr::new("मना किया", "Declined");
pub const STEP_WITHDRAW: Tr = Tr::new("वापस लिया", "Withdrew");
pub const STEP_EXPIRE: Tr = Tr::new("समय निकल गया", "Ran out");
pub const UNIT_PRICE_RS: Tr = Tr::new("प्रति इकाई दाम (₹)", "Unit price (₹)");
pub const QTY_SUPPLY: Tr = Tr::new("कितनी दे सकती हैं", "Quantity you can supply");
pub const DISPATCH_DAYS: Tr = Tr::new("कितने दिन में भेजेंगी", "Days to dispatch");
pub const VALID_UNTIL: Tr = Tr::new("दाम कब तक मान्य", "Valid until");
pub const SEND_OFFER: Tr = Tr::new("दाम भेजें", "Send the offer");
pub const AGREE_COUNTER: Tr = Tr::new("व्यापारी का दाम मान लें", "Agree to the trader's terms");
pub const YOUR_ANSWER: Tr = Tr::new("आपका जवाब", "Your answer");
pub const DECLINE: Tr = Tr::new("मना करें", "Decline");
pub const WITHDRAW: Tr = Tr::new("अनुरोध वापस लें", "Withdraw the request");
pub const COUNTER: Tr = Tr::new("नया दाम रखें", "Counter-offer");
pub const SEND_COUNTER: Tr = Tr::new("नया दाम भेजें", "Send the counter-offer");
pub const ACCEPT_OFFER: Tr = Tr::new("यह दाम मंज़ूर करें", "Accept this offer");
pub const ACCEPT_AND_ORDER: Tr = Tr::new("मंज़ूर करें और ऑर्डर दें", "Accept and place the order");
pub const CANNOT_ACCEPT: Tr = Tr::new("अभी मंज़ूर नहीं हो सकता:", "This cannot be accepted now:");
pub const THE_ORDER: Tr = Tr::new("इससे बना ऑर्डर", "The order it became");
pub const WAITING_FOR_GROUP: Tr = Tr::new("समूह के जवाब का इंतज़ार है।", "Waiting for the group's answer.");
pub const WAITING_FOR_TRADER: Tr = Tr::new("व्यापारी के जवाब का इंतज़ार है।", "Waiting for the trader's answer.");
pub const REPORTED: Tr = Tr::new(
    "48 घंटे से जवाब नहीं मिला — समूह के अधिकारियों को बताया गया है।",
    "Unanswered for 48 hours — the group's officials have been told.",
);
pub const QUOTE_RAN_OUT: Tr =
    Tr::new("इस कोटेशन का समय निकल गया — नया अनुरोध भेजें", "This quote has run out of time — send a new request");
pub const ALREADY_ASKED: Tr = Tr::new(
    "यह अनुरोध पहले ही भेजा जा चुका है। और समूहों से पूछने के लिए तालिका फिर से खोलें।",
    "This request was already sent. Open the table again to ask more groups.",
);
pub const STEP_REOPEN: Tr = Tr::new("ऑर्डर बंद हुआ, दाम फिर खुला", "Order ended; offer open again");
pub const DISPATCH_IN: Tr = Tr::new("भेजने में दिन", "days to dispatch");
pub const QUOTE_CHANGED: Tr =
    Tr::new("इस बीच कोटेशन बदल गया — नया हाल नीचे देखें।", "The quote changed meanwhile — see where it stands below.");

/// "2 waiting": quotes waiting for the group's answer.
pub fn waiting_count(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Hi => format!("{count} जवाब बाक़ी"),
        Lang::En => format!("{count} waiting"),
    }
}

/// "Quote 12 · Mango pickle": a notice's subject.
fn subject(lang: Lang, quote_id: i64, product: &str) -> String {
    match lang {
        Lang::Hi => format!("कोटेशन {quote_id} · {product}"),
        Lang::En => format!("Quote {quote_id} · {product}"),
    }
}

/// The notice each step writes, for the side that must hear of it.
pub fn quote_notice(
    step: crate::trade::quotes::QuoteStep,
    quote_id: i64,
    product: &crate::i18n::Text,
    who: &crate::i18n::Text,
) -> crate::i18n::Text {
    use crate::trade::quotes::QuoteStep::*;
    let (hi, en) = match step {
        Offer => ("ने दाम बताया", "has offered a price"),
        Counter => ("ने नया दाम रखा", "has countered"),
        Accept => ("ने दाम मंज़ूर कर ऑर्डर दिया", "accepted and placed the order"),
        Decline => ("ने मना किया", "declined"),
        Withdraw => ("ने अनुरोध वापस लिया", "withdrew the request"),
        Expire => ("— समय निकल गया", "— ran out of time"),
        Reopen => (
            "— ऑर्डर भेजे जाने से पहले बंद हुआ, समूह का दाम फिर खुला है",
            "— the order ended before it was sent; the group's offer stands again",
        ),
    };
    // The clock's steps name nobody.
    let join = |subject: String, who: &str, what: &str| match who {
        "" => format!("{subject}: {what}"),
        who => format!("{subject}: {who} {what}"),
    };
    crate::i18n::Text::new(
        join(subject(Lang::Hi, quote_id, &product.hi), &who.hi, hi),
        join(subject(Lang::En, quote_id, &product.en), &who.en, en),
    )
}

/// To a group: a trader asks her for a quote.
pub fn asked_notice(quote_id: i64, product: &crate::i18n::Text, qty: i64, trader: &str) -> crate::i18n::Text {
    crate::i18n::Text::new(
        format!("{}: {trader} ने {qty} का दाम पूछा है", subject(Lang::Hi, quote_id, &product.hi)),
        format!("{}: {trader} asks for a price for {qty}", subject(Lang::En, quote_id, &product.en)),
    )
}

/// To the officials (and the group): unanswered for 48 hours.
pub fn unanswered_notice(quote_id: i64, product: &crate::i18n::Text, group: &crate::i18n::Text) -> crate::i18n::Text {
    crate::i18n::Text::new(
        format!("{}: {} ने 48 घंटे में व्यापारी को जवाब नहीं दिया", subject(Lang::Hi, quote_id, &product.hi), group.hi),
        format!("{}: {} has not answered the trader in 48 hours", subject(Lang::En, quote_id, &product.en), group.en),
    )
}

/// "2,000 × ₹182.00 · dispatch in 10 days · valid until 10 Dec".
pub fn terms_line(terms: &crate::trade::quotes::Terms, lang: Lang) -> String {
    let mut line = format!("{} × {}", terms.qty, terms.unit_price.format(lang));
    match lang {
        Lang::Hi => line.push_str(&format!(" · {} दिन में भेजेंगी", terms.dispatch_days)),
        Lang::En => line.push_str(&format!(" · dispatch in {} days", terms.dispatch_days)),
    }
    if let Some(until) = terms.valid_until {
        let day = crate::dates::day_label(until, lang);
        match lang {
            Lang::Hi => line.push_str(&format!(" · {day} तक मान्य")),
            Lang::En => line.push_str(&format!(" · valid until {day}")),
        }
    }
    line
}
