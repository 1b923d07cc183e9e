//! Listing-workspace types shared by server and browser.

use crate::catalog::tax::GstRate;
use crate::catalog::tiers::PriceTier;
use crate::catalog::types::ListingStatus;
use crate::i18n::{Text, Tr};
use crate::media::Photo;
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// Why an official sent a listing back: presets she can pick in one tap,
/// each readable by the seller in Hindi; a note adds detail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RejectReason {
    Photos,
    Price,
    Category,
    Description,
    Tax,
    NotGroupMade,
    Other,
}

impl RejectReason {
    pub const ALL: [RejectReason; 7] = [
        RejectReason::Photos,
        RejectReason::Price,
        RejectReason::Category,
        RejectReason::Description,
        RejectReason::Tax,
        RejectReason::NotGroupMade,
        RejectReason::Other,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            RejectReason::Photos => "photos",
            RejectReason::Price => "price",
            RejectReason::Category => "category",
            RejectReason::Description => "description",
            RejectReason::Tax => "tax",
            RejectReason::NotGroupMade => "not_group_made",
            RejectReason::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<RejectReason> {
        RejectReason::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn label(self) -> Tr {
        match self {
            RejectReason::Photos => Tr::new(
                "फ़ोटो साफ़ नहीं हैं या उत्पाद ठीक से नहीं दिखता",
                "The photos are unclear or do not show the product well",
            ),
            RejectReason::Price => {
                Tr::new("दाम या बाज़ार दाम ठीक नहीं लगता", "The price or the market price does not look right")
            }
            RejectReason::Category => Tr::new("श्रेणी ग़लत चुनी गई है", "The category is wrong"),
            RejectReason::Description => Tr::new(
                "नाम या विवरण अधूरा है (सामग्री, आकार, वज़न लिखें)",
                "The title or description is incomplete (write ingredients, size, weight)",
            ),
            RejectReason::Tax => Tr::new("HSN कोड या GST दर ग़लत है", "The HSN code or GST rate is wrong"),
            RejectReason::NotGroupMade => {
                Tr::new("यह उत्पाद समूह का बनाया हुआ नहीं लगता", "This does not look like a product the group makes")
            }
            RejectReason::Other => Tr::new("दूसरा कारण (नीचे लिखा है)", "Another reason (written below)"),
        }
    }
}

/// A listing's last rejection, shown to the seller until she resubmits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejection {
    pub reason: RejectReason,
    pub note: String,
    pub at: i64,
}

/// What happened to a listing: its history, for the seller and the official.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventKind {
    Created,
    Edited,
    Submitted,
    Approved,
    Rejected,
    BackToReview,
    Paused,
    Resumed,
    Imported,
}

impl EventKind {
    pub const ALL: [EventKind; 9] = [
        EventKind::Created,
        EventKind::Edited,
        EventKind::Submitted,
        EventKind::Approved,
        EventKind::Rejected,
        EventKind::BackToReview,
        EventKind::Paused,
        EventKind::Resumed,
        EventKind::Imported,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            EventKind::Created => "created",
            EventKind::Edited => "edited",
            EventKind::Submitted => "submitted",
            EventKind::Approved => "approved",
            EventKind::Rejected => "rejected",
            EventKind::BackToReview => "back_to_review",
            EventKind::Paused => "paused",
            EventKind::Resumed => "resumed",
            EventKind::Imported => "imported",
        }
    }

    pub fn parse(code: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn label(self) -> Tr {
        match self {
            EventKind::Created => Tr::new("बनाया गया", "Created"),
            EventKind::Edited => Tr::new("बदला गया", "Edited"),
            EventKind::Submitted => Tr::new("जाँच के लिए भेजा", "Sent for review"),
            EventKind::Approved => Tr::new("स्वीकृत — दुकान पर", "Approved — on the storefront"),
            EventKind::Rejected => Tr::new("लौटाया गया", "Sent back"),
            EventKind::BackToReview => Tr::new("बदलाव के कारण फिर जाँच में", "Back in review because of a change"),
            EventKind::Paused => Tr::new("रोका गया", "Paused"),
            EventKind::Resumed => Tr::new("फिर शुरू", "Resumed"),
            EventKind::Imported => Tr::new("CSV से बदला गया", "Changed by CSV import"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingEvent {
    pub kind: EventKind,
    pub actor: Option<String>,
    pub reason: Option<RejectReason>,
    pub note: String,
    pub at: i64,
}

/// One row of the seller's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListingSummary {
    pub id: i64,
    pub slug: String,
    pub title: Text,
    pub unit: Text,
    pub status: ListingStatus,
    pub price: Money,
    pub market_price: Money,
    pub on_hand: i64,
    /// Units held by the group's orders awaiting payment (off the shelf).
    pub held: i64,
    pub low_stock_at: i64,
    pub cover: Option<Photo>,
    pub rejection: Option<Rejection>,
}

impl ListingSummary {
    /// Low stock matters for listings that are or will be on sale, not for one sent back.
    pub fn low_stock(&self) -> bool {
        self.status != ListingStatus::Rejected && is_low_stock(self.on_hand, self.low_stock_at)
    }
}

/// The seller's list: her group's listings matching the filter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyListings {
    pub group: Text,
    pub items: Vec<ListingSummary>,
    /// Listings of the group in each status (whatever the filter).
    pub counts: Vec<(ListingStatus, i64)>,
    pub low_stock: i64,
}

/// The listing form's fields as typed: all text, so a mistake can be
/// explained rather than refused by the request decoder.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListingForm {
    pub category_id: String,
    pub title_hi: String,
    pub title_en: String,
    pub description_hi: String,
    pub description_en: String,
    pub unit_hi: String,
    pub unit_en: String,
    pub price: String,
    pub market_price: String,
    pub hsn: String,
    pub gst_rate: String,
    pub weight_grams: String,
    /// Packed size for bulky goods, "60 x 40 x 30" (cm); empty for small ones.
    pub size_cm: String,
    pub min_order_qty: String,
    pub tier1_qty: String,
    pub tier1_price: String,
    pub tier2_qty: String,
    pub tier2_price: String,
    pub tier3_qty: String,
    pub tier3_price: String,
    pub stock: String,
    pub low_stock_at: String,
    /// What the group can make beyond stock: units a week, and days until
    /// the first of them are ready (traders plan bulk orders on these).
    pub weekly_capacity: String,
    pub capacity_days: String,
    /// Units in the pack traders buy whole (a carton); empty or 1: loose.
    pub pack_size: String,
}

/// A category a listing can be put in, with the HSN heading most of its
/// products use (the editor offers it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryChoice {
    pub id: i64,
    pub name: Text,
    pub parent: Option<Text>,
    pub hsn_hint: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingPhoto {
    pub id: i64,
    pub photo: Photo,
}

/// A listing in the editor, its form filled from the database.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EditableListing {
    pub id: i64,
    pub slug: String,
    pub status: ListingStatus,
    pub title: Text,
    pub form: ListingForm,
    pub photos: Vec<ListingPhoto>,
    pub on_hand: i64,
    pub low_stock_at: i64,
    pub rejection: Option<Rejection>,
    pub history: Vec<ListingEvent>,
}

/// What the editor page loads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListingEditor {
    pub listing: Option<EditableListing>,
    pub categories: Vec<CategoryChoice>,
    /// What she typed when the server last refused this form (shown with
    /// the error, so a form sent without JavaScript is not lost).
    pub draft: Option<ListingForm>,
}

/// A listing waiting in an official's queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewQueueItem {
    pub id: i64,
    pub title: Text,
    pub group: Text,
    pub district: Text,
    pub cover: Option<Photo>,
    pub price: Money,
    pub market_price: Money,
    pub submitted_at: Option<i64>,
}

/// Everything an official checks before approving.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewListing {
    pub id: i64,
    pub slug: String,
    pub status: ListingStatus,
    pub title: Text,
    pub description: Text,
    pub unit: Text,
    pub price: Money,
    pub market_price: Money,
    pub hsn: String,
    pub hsn_hint: Option<String>,
    pub gst_rate: Option<GstRate>,
    pub weight_grams: i64,
    pub min_order_qty: i64,
    pub tiers: Vec<PriceTier>,
    pub on_hand: i64,
    pub category: Text,
    pub group: Text,
    pub group_slug: String,
    pub place: Text,
    pub photos: Vec<Photo>,
    pub history: Vec<ListingEvent>,
}

/// What became of one CSV row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportOutcome {
    Created { id: i64 },
    Updated { id: i64, back_to_review: bool },
    Unchanged { id: i64 },
    Refused { column: String, message: Text },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRow {
    /// The line in the file (the header is line 1).
    pub line: i64,
    pub title: String,
    pub outcome: ImportOutcome,
}

/// A CSV import's row-by-row report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub id: i64,
    pub rows: Vec<ImportRow>,
    pub created_at: i64,
}

impl ImportReport {
    pub fn applied(&self) -> usize {
        self.rows.iter().filter(|r| !matches!(r.outcome, ImportOutcome::Refused { .. })).count()
    }
    pub fn refused(&self) -> usize {
        self.rows.len() - self.applied()
    }
}

/// Whether stock is low enough to warn the seller.
pub fn is_low_stock(on_hand: i64, low_stock_at: i64) -> bool {
    on_hand <= low_stock_at
}
