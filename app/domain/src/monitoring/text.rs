//! The strings of `/monitor`, in Hindi and English.

use crate::i18n::Tr;

pub const MONITOR: Tr = Tr::new("निगरानी", "Monitoring");
pub const NOW: Tr = Tr::new("अभी किसका इंतज़ार है", "Waiting now");
pub const NOW_HOW: Tr = Tr::new(
    "हर ऑर्डर जो किसी के क़दम का इंतज़ार कर रहा है, क़दम के हिसाब से। समय सीमा पार कर चुके ऑर्डर पहले।",
    "Every order waiting on someone, by step. Those past their time come first.",
);
pub const COL_STEP: Tr = Tr::new("क़दम", "Step");
pub const COL_WAITS_ON: Tr = Tr::new("किस पर", "Waiting on");
pub const COL_WAITING: Tr = Tr::new("इंतज़ार में", "Waiting");
pub const COL_LATE: Tr = Tr::new("देर से", "Late");
pub const COL_LATE_AFTER: Tr = Tr::new("देर कब से", "Late");
pub const COL_OLDEST: Tr = Tr::new("सबसे पुराना", "Oldest");
pub const COL_NUMBER: Tr = Tr::new("क्रमांक", "Number");
pub const COL_GROUP: Tr = Tr::new("समूह", "Group");
pub const COL_PLACE: Tr = Tr::new("ब्लॉक, ज़िला", "Block, district");
pub const COL_SINCE: Tr = Tr::new("कब से", "Since");
pub const COL_AGE: Tr = Tr::new("कितनी देर", "For");
pub const COL_VALUE: Tr = Tr::new("मूल्य", "Value");
pub const LATE: Tr = Tr::new("देर", "Late");
pub const LATE_ONES: Tr = Tr::new("जिनमें देर हो चुकी", "Past their time");
pub const NOTHING_LATE: Tr = Tr::new("कुछ भी देर से नहीं।", "Nothing is late.");
pub const NOTHING_WAITING: Tr = Tr::new("इस क़दम पर कुछ भी इंतज़ार में नहीं।", "Nothing waits at this step.");
pub const SHOW_ALL: Tr = Tr::new("सब देखें", "See all");
pub const ALL_STEPS: Tr = Tr::new("सभी क़दम", "All steps");
pub const MORE_IN_CSV: Tr =
    Tr::new("यहाँ पहले 100 दिखाए हैं; बाक़ी CSV में हैं।", "The first 100 are shown here; the CSV has the rest.");
pub const DOWNLOAD_CSV: Tr = Tr::new("CSV डाउनलोड करें", "Download CSV");
pub const DOWNLOAD_XLSX: Tr = Tr::new("Excel (XLSX) डाउनलोड करें", "Download Excel (XLSX)");
pub const NO_SCOPE: Tr = Tr::new("आपके खाते को कोई क्षेत्र नहीं मिला है।", "Your account has no area to watch.");

/// The columns of the waiting list's CSV.
pub const CSV_COLUMNS: [Tr; 10] = [
    COL_STEP,
    COL_WAITS_ON,
    COL_NUMBER,
    COL_GROUP,
    Tr::new("ब्लॉक", "Block"),
    Tr::new("ज़िला", "District"),
    COL_SINCE,
    Tr::new("नियत तिथि", "Due"),
    COL_VALUE,
    COL_LATE,
];

pub const SALES: Tr = Tr::new("बिक्री: जगह और चैनल के हिसाब से", "Sales by place and channel");
pub const SALES_HOW: Tr = Tr::new(
    "पक्के हुए ऑर्डरों का माल-मूल्य (डिलीवरी के बिना), रोज़ के जोड़ से। किसी जगह पर टैप करें तो उसके हिस्से दिखेंगे।",
    "The goods value of confirmed orders (delivery aside), from the daily roll-ups. Tap a place to see its parts.",
);
pub const COL_TOTAL: Tr = Tr::new("कुल", "Total");
pub const PERIOD: Tr = Tr::new("अवधि", "Period");
pub const FROM: Tr = Tr::new("से", "From");
pub const TO: Tr = Tr::new("तक", "To");
pub const SHOW: Tr = Tr::new("दिखाएँ", "Show");
pub const NO_SALES: Tr = Tr::new("इस अवधि में कोई बिक्री नहीं।", "No sales in this period.");
pub const CHART_TITLE: Tr = Tr::new("बिक्री (₹), सबसे बड़ी पहले", "Sales (₹), largest first");
pub const ROLLED_AT: Tr = Tr::new("आँकड़े इस समय तक के:", "Figures as of");
pub const NOT_ROLLED: Tr = Tr::new("आँकड़े अभी जोड़े नहीं गए।", "The figures have not been added up yet.");
pub const TO_SALES: Tr = Tr::new("बिक्री देखें", "See sales");
pub const TO_NOW: Tr = Tr::new("अभी किसका इंतज़ार है", "Waiting now");

/// What a sales table counts beside its value: orders, or a product's units.
pub const fn count_heading(level: crate::monitoring::sales::Level) -> Tr {
    match level {
        crate::monitoring::sales::Level::Products { .. } => Tr::new("इकाइयाँ", "Units"),
        _ => Tr::new("ऑर्डर", "Orders"),
    }
}

pub const QUALITY: Tr = Tr::new("लिस्टिंग की गुणवत्ता", "Listing quality");
pub const QUALITY_HOW: Tr = Tr::new(
    "जाँच के लिए रुकी लिस्टिंग, लौटाने के कारण, और वे समूह जिनका कुछ भी बिक्री पर नहीं है।",
    "Listings waiting for review, why listings were sent back, and the groups with nothing on sale.",
);
pub const REVIEW_WAITING: Tr = Tr::new("जाँच के लिए रुकी लिस्टिंग", "Listings waiting for review");
pub const COL_WAITED: Tr = Tr::new("कितने समय से", "Waiting for");
pub const COL_LISTINGS: Tr = Tr::new("लिस्टिंग", "Listings");
pub const TO_REVIEW: Tr = Tr::new("जाँच की सूची खोलें", "Open the review queue");
pub const REJECTIONS: Tr = Tr::new("लौटाने के कारण", "Why listings were sent back");
pub const COL_REASON: Tr = Tr::new("कारण", "Reason");
pub const COL_TIMES: Tr = Tr::new("कितनी बार", "Times");
pub const NO_REJECTIONS: Tr = Tr::new("इस अवधि में कोई लिस्टिंग नहीं लौटाई गई।", "No listing was sent back in this period.");
pub const REASONS_CHART: Tr = Tr::new("लौटाने के कारण, सबसे आम पहले", "Reasons for sending back, commonest first");
pub const IDLE_GROUPS: Tr = Tr::new("जिन समूहों का कुछ भी बिक्री पर नहीं", "Groups with nothing on sale");
pub const NO_IDLE_GROUPS: Tr = Tr::new("हर समूह का कुछ न कुछ बिक्री पर है।", "Every group has something on sale.");
pub const COL_ONBOARDED: Tr = Tr::new("जुड़ा", "Joined");
pub const COL_IN_REVIEW: Tr = Tr::new("जाँच में", "In review");
pub const COL_UNSENT: Tr = Tr::new("अधूरी या लौटाई", "Drafts or sent back");
pub const MORE_GROUPS_IN_CSV: Tr =
    Tr::new("यहाँ पहले 100 समूह दिखाए हैं; बाक़ी CSV में हैं।", "The first 100 groups are shown here; the CSV has the rest.");
pub const TO_QUALITY: Tr = Tr::new("लिस्टिंग की गुणवत्ता", "Listing quality");

/// "12 of 40 groups".
pub fn groups_of(lang: crate::i18n::Lang, idle: i64, total: i64) -> String {
    match lang {
        crate::i18n::Lang::Hi => format!("{total} में से {idle} समूह"),
        crate::i18n::Lang::En => format!("{idle} of {total} groups"),
    }
}

pub const FLOW: Tr = Tr::new("ऑर्डर कहाँ तक पहुँचे", "How far orders have come");
pub const FLOW_HOW: Tr = Tr::new(
    "इस अवधि में आए ऑर्डरों में से कितने हर क़दम तक पहुँचे, उनका माल-मूल्य, और हर क़दम में लगा आधा-समय (मीडियन), रोज़ के जोड़ से।",
    "Of the orders placed in the period, how many reached each step, their goods value, and the median time each step took, from the daily roll-ups.",
);
pub const CHANNEL: Tr = Tr::new("चैनल", "Channel");
pub const ALL_CHANNELS: Tr = Tr::new("सभी चैनल", "All channels");
pub const COL_ORDERS: Tr = Tr::new("ऑर्डर", "Orders");
pub const COL_MEDIAN: Tr = Tr::new("आधे ऑर्डरों में लगा समय (मीडियन)", "Median time");
pub const COL_COUNTED_FROM: Tr = Tr::new("समय कब से", "Timed");
pub const SUPPLIED_RATE: Tr = Tr::new("आपूर्ति दर (पहुँचे ÷ आए)", "Supplied ÷ placed");
pub const NO_ORDERS: Tr = Tr::new("इस अवधि में कोई ऑर्डर नहीं आया।", "No orders were placed in this period.");
pub const FLOW_CHART: Tr = Tr::new("हर क़दम तक पहुँचे ऑर्डर", "Orders that reached each step");

pub const COL_PER_MEMBER: Tr = Tr::new("हर सदस्य की महीने की आमदनी", "Received per member a month");
pub const PER_MEMBER_HOW: Tr = Tr::new(
    "इस अवधि में समूह को मिला पैसा (वापसी घटाकर), सदस्यों और 30 दिन के महीने के हिसाब से; तुलना: ज़िलों के अनुसार दीदियाँ ₹3,000–7,000 महीना कमाती हैं।",
    "What the group received in the period (refunds taken off), per member and per 30-day month; for reference, districts report women earning ₹3,000–7,000 a month.",
);

pub const TARGETS: Tr = Tr::new("ब्लॉक के लक्ष्य", "Block targets");
pub const TARGETS_HOW: Tr = Tr::new(
    "हर ब्लॉक का इस वित्त वर्ष का लक्ष्य और अब तक की उपलब्धि; सबसे पीछे वाले ब्लॉक पहले। बेचने वाले समूह और बिक्री रोज़ के जोड़ से, लिस्टिंग आज की।",
    "Each block's targets for the financial year and what it has achieved so far, the blocks furthest behind first. Groups selling and sales come from the daily roll-ups, listings are today's.",
);
pub const FY: Tr = Tr::new("वित्त वर्ष", "Financial year");
pub const DISTRICT: Tr = Tr::new("ज़िला", "District");
pub const MEASURE: Tr = Tr::new("किसका लक्ष्य", "Measure");
pub const COL_BLOCK: Tr = Tr::new("ब्लॉक", "Block");
pub const COL_TARGET: Tr = Tr::new("लक्ष्य", "Target");
pub const COL_ACHIEVED: Tr = Tr::new("उपलब्धि", "Achieved");
pub const NO_TARGET: Tr = Tr::new("लक्ष्य तय नहीं", "No target set");
pub const TARGETS_CHART: Tr = Tr::new(
    "लक्ष्य का कितना प्रतिशत पूरा, सबसे पीछे पहले; रेखा: औसत",
    "Share of target achieved, furthest behind first; line: the average",
);
pub const SET_TARGETS: Tr = Tr::new("लक्ष्य तय करें", "Set targets");
pub const SET_TARGETS_HOW: Tr = Tr::new(
    "हर ब्लॉक के लिए पूरी संख्याएँ लिखें; बिक्री पूरे रुपयों में।",
    "Write whole numbers for each block; sales in whole rupees.",
);
pub const SAVE: Tr = Tr::new("सहेजें", "Save");
pub const TARGETS_SAVED: Tr = Tr::new("लक्ष्य सहेज लिए गए।", "The targets are saved.");
pub const NO_BLOCKS: Tr = Tr::new("इस ज़िले में आपके देखने लायक कोई ब्लॉक नहीं।", "No block of this district is yours to see.");

/// "2026–27".
pub fn fy_label(fy: i64) -> String {
    format!("{fy}–{:02}", (fy + 1) % 100)
}

/// "Average 52.5 %".
pub fn average_words(lang: crate::i18n::Lang, percent: f64) -> String {
    match lang {
        crate::i18n::Lang::Hi => format!("औसत {percent:.1} %"),
        crate::i18n::Lang::En => format!("Average {percent:.1} %"),
    }
}

pub const SUMMARY: Tr = Tr::new("मासिक सारांश", "Monthly summary");
pub const SUMMARY_HOW: Tr = Tr::new(
    "ज़िले का महीना एक पन्ने पर, ऊपर भेजने के लिए: ब्राउज़र से छापें या PDF में सहेजें।",
    "The district's month on one page, to send up: print it or save it as PDF from the browser.",
);
pub const MONTH: Tr = Tr::new("महीना", "Month");
pub const LATE_NOW: Tr = Tr::new("अभी देर से चल रहे", "Late now");
pub const TARGETS_SO_FAR: Tr = Tr::new("ब्लॉक के लक्ष्य, वित्त वर्ष में अब तक", "Block targets, financial year so far");
pub const GROUPS_NOTHING_ON_SALE: Tr = Tr::new("जिन समूहों का कुछ भी बिक्री पर नहीं", "Groups with nothing on sale");
