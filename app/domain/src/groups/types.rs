//! Self-help group types shared by server and browser.

use crate::i18n::Text;
use crate::media::Photo;
use serde::{Deserialize, Serialize};

/// Village, block, district and state of a group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub village: Text,
    pub block: Text,
    pub district: Text,
    pub district_slug: String,
    pub state: Text,
    pub state_slug: String,
}

/// The short form of a group, shown on a product page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupCard {
    pub slug: String,
    pub name: Text,
    pub place: Place,
    pub members: i64,
    pub founded_year: i64,
    pub photo: Option<Photo>,
}

/// A group's own page: who they are and where (its products are a listing).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupProfile {
    pub card: GroupCard,
    pub nrlm_code: String,
    pub story: Text,
    /// `None` when the group is enrolled without GST registration.
    pub gstin: Option<String>,
    /// Its number and hours, when it takes orders by phone.
    #[serde(default)]
    pub call: Option<crate::groups::calls::CallLine>,
}
