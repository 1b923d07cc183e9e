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

/// A group's stock location made on first use, for a group saved before
/// locations existed.
pub const A_GROUP_STORE: Tr = Tr::new("समूह का भंडार", "Group store");

/// The name of a group's own stock location: "Maa Durga SHG store".
pub fn store_name(group: &Text) -> Text {
    Text::new(format!("{} भंडार", group.hi), format!("{} store", group.en))
}
