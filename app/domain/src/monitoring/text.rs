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
