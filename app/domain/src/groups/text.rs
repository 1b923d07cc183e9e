//! Group interface strings, in Hindi and English.

use crate::i18n::{Text, Tr};

pub const SELF_HELP_GROUP: Tr = Tr::new("स्वयं सहायता समूह", "Self-Help Group");
pub const MEMBERS: Tr = Tr::new("सदस्य दीदियाँ", "women members");
pub const FOUNDED: Tr = Tr::new("स्थापना", "Founded");
pub const VILLAGE: Tr = Tr::new("गाँव", "Village");
pub const BLOCK: Tr = Tr::new("विकासखंड", "Block");
pub const DISTRICT: Tr = Tr::new("ज़िला", "District");
pub const STATE: Tr = Tr::new("राज्य", "State");
pub const NRLM_CODE: Tr = Tr::new("NRLM कोड", "NRLM code");
pub const GST: Tr = Tr::new("GST", "GST");
pub const GST_UNREGISTERED: Tr =
    Tr::new("GST में पंजीकृत नहीं — केवल अपने राज्य में बेचता है", "Not GST-registered — sells within its own state only");
pub const OUR_STORY: Tr = Tr::new("हमारी कहानी", "Our story");
pub const PRODUCTS_OF_GROUP: Tr = Tr::new("इस समूह के उत्पाद", "Products of this group");
pub const WHERE: Tr = Tr::new("कहाँ", "Where");
pub const CALL_TO_ORDER: Tr = Tr::new("फ़ोन पर ऑर्डर करें", "Order by phone");
pub const CALL_HOURS: Tr = Tr::new("फ़ोन उठाने का समय", "Calls answered");
pub const CALLS_FOR_ORDERS: Tr = Tr::new("फ़ोन पर ऑर्डर", "Orders by phone");
pub const CALLS_HELP: Tr = Tr::new(
    "जिन घंटों में समूह ऑर्डर के फ़ोन उठाता है, वे उत्पाद और समूह के पेज पर कॉल बटन के साथ दिखेंगे। दोनों ख़ाली छोड़ें तो कॉल बटन नहीं दिखेगा।",
    "The hours your group answers calls for orders show with a call button on your product and group pages. Leave both empty to show no call button.",
);
pub const CALLS_OFF: Tr = Tr::new("अभी कॉल बटन नहीं दिखता।", "No call button is shown now.");
pub const CALL_FROM: Tr = Tr::new("कितने बजे से (0–23)", "From (hour, 0–23)");
pub const CALL_TO: Tr = Tr::new("कितने बजे तक (1–24)", "Until (hour, 1–24)");
pub const SAVE_CALL_HOURS: Tr = Tr::new("समय सहेजें", "Save the hours");
pub const CALL_HOURS_SAVED: Tr = Tr::new("फ़ोन का समय सहेजा गया", "Calling hours saved");
pub const ONLY_LEADER_SETS: Tr = Tr::new("समय समूह की अध्यक्ष बदल सकती हैं।", "Your group's leader can change the hours.");

/// A group's stock location made on first use, for a group saved before
/// locations existed.
pub const A_GROUP_STORE: Tr = Tr::new("समूह का भंडार", "Group store");

/// The name of a group's own stock location: "Maa Durga SHG store".
pub fn store_name(group: &Text) -> Text {
    Text::new(format!("{} भंडार", group.hi), format!("{} store", group.en))
}
