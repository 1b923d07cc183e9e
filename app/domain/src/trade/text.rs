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
pub const CSV_COLUMNS: [Tr; 17] = [
    COL_PRODUCT,
    COL_GROUP,
    Tr::new("ज़िला", "District"),
    Tr::new("राज्य", "State"),
    Tr::new("इकाई", "Unit"),
    COL_STOCK,
    COL_MIN,
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
