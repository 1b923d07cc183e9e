//! Catalogue types shared by server and browser.

use crate::catalog::tax::GstRate;
use crate::catalog::tiers::PriceTier;
use crate::groups::types::GroupCard;
use crate::i18n::Text;
use crate::media::Photo;
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// Where a listing stands between the seller's draft and the storefront.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ListingStatus {
    Draft,
    InReview,
    Live,
    Paused,
    Rejected,
}

impl ListingStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            ListingStatus::Draft => "draft",
            ListingStatus::InReview => "in_review",
            ListingStatus::Live => "live",
            ListingStatus::Paused => "paused",
            ListingStatus::Rejected => "rejected",
        }
    }

    pub fn parse(value: &str) -> Option<ListingStatus> {
        Some(match value {
            "draft" => ListingStatus::Draft,
            "in_review" => ListingStatus::InReview,
            "live" => ListingStatus::Live,
            "paused" => ListingStatus::Paused,
            "rejected" => ListingStatus::Rejected,
            _ => return None,
        })
    }
}

/// A category in the two-level tree, with how many live products it holds
/// (its subcategories included).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Category {
    pub id: i64,
    pub slug: String,
    pub name: Text,
    pub parent_id: Option<i64>,
    pub image: Option<Photo>,
    pub live_products: i64,
}

/// A category with its subcategories, for the home page and menus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoryTree {
    pub category: Category,
    pub children: Vec<Category>,
}

/// What a product tile in a grid shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProductCard {
    pub id: i64,
    pub slug: String,
    pub title: Text,
    pub unit: Text,
    pub price: Money,
    pub market_price: Money,
    pub cover: Option<Photo>,
    pub group_name: Text,
    pub district: Text,
    pub state: Text,
    pub on_hand: i64,
}

/// The breadcrumb of a product: its category and the category's parent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoryCrumb {
    pub slug: String,
    pub name: Text,
    pub parent: Option<(String, Text)>,
}

/// Everything the product page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProductDetail {
    pub id: i64,
    pub slug: String,
    pub title: Text,
    pub description: Text,
    pub unit: Text,
    pub price: Money,
    pub market_price: Money,
    pub hsn: String,
    pub gst_rate: Option<GstRate>,
    pub weight_grams: i64,
    pub min_order_qty: i64,
    pub status: ListingStatus,
    pub photos: Vec<Photo>,
    pub tiers: Vec<PriceTier>,
    pub on_hand: i64,
    /// Units held by orders awaiting payment: back on sale if not paid.
    pub held: i64,
    pub category: CategoryCrumb,
    pub group: GroupCard,
    /// The group's number and hours, when it takes orders by phone.
    #[serde(default)]
    pub call: Option<crate::groups::calls::CallLine>,
}

/// How a listing is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sort {
    /// Featured first, then newest: the storefront's own choice.
    #[default]
    Recommended,
    PriceLowToHigh,
    PriceHighToLow,
    Newest,
    BiggestSaving,
}

impl Sort {
    pub const ALL: [Sort; 5] =
        [Sort::Recommended, Sort::PriceLowToHigh, Sort::PriceHighToLow, Sort::Newest, Sort::BiggestSaving];

    pub const fn code(self) -> &'static str {
        match self {
            Sort::Recommended => "recommended",
            Sort::PriceLowToHigh => "price_asc",
            Sort::PriceHighToLow => "price_desc",
            Sort::Newest => "newest",
            Sort::BiggestSaving => "saving",
        }
    }

    pub fn from_code(code: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Products per listing page.
pub const PAGE_SIZE: i64 = 24;
/// The deepest page a listing serves (2,400 products); past it, narrow the
/// filters instead. It also bounds what a listing counts.
pub const MAX_PAGE: i64 = 100;
/// The longest search text accepted.
pub const MAX_SEARCH_CHARS: usize = 80;

/// A storefront listing request: everything optional, all already checked.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListingQuery {
    pub category: Option<String>,
    pub group: Option<String>,
    pub search: Option<String>,
    pub min_price: Option<Money>,
    pub max_price: Option<Money>,
    pub state: Option<String>,
    pub district: Option<String>,
    pub in_stock_only: bool,
    pub sort: Sort,
    pub page: i64,
}

impl ListingQuery {
    /// A query that came whole through the API (the pages build theirs with
    /// `query::parse_listing_params`, which trims as it goes): the search
    /// and the page within their limits, or a clear refusal.
    pub fn checked(self) -> Result<ListingQuery, crate::error::AppError> {
        if self.search.as_deref().is_some_and(|s| s.chars().count() > MAX_SEARCH_CHARS) {
            return Err(crate::error::AppError::validation(
                "search",
                crate::i18n::Text::new(
                    format!("खोज के शब्द {MAX_SEARCH_CHARS} अक्षरों तक रखें"),
                    format!("Keep the search to {MAX_SEARCH_CHARS} characters"),
                ),
            ));
        }
        if !(1..=MAX_PAGE).contains(&self.page) {
            return Err(crate::error::AppError::validation(
                "page",
                crate::i18n::Text::new(
                    format!("पृष्ठ 1 से {MAX_PAGE} तक होता है"),
                    format!("Pages run from 1 to {MAX_PAGE}"),
                ),
            ));
        }
        Ok(self)
    }
}

/// The most matches a listing counts; beyond it the count reads "2,400+".
pub const COUNT_CAP: i64 = MAX_PAGE * PAGE_SIZE;

/// One page of a listing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListingPage {
    pub items: Vec<ProductCard>,
    /// Matching products, counted up to [`COUNT_CAP`].
    pub total: i64,
    /// Whether there are more than `total` (the count stopped at the cap).
    pub more: bool,
    pub page: i64,
    /// How a search was read (a corrected typo); empty for other listings.
    #[serde(default)]
    pub note: crate::search::SearchNote,
}

impl ListingPage {
    pub fn page_count(&self) -> i64 {
        ((self.total + PAGE_SIZE - 1) / PAGE_SIZE).clamp(1, MAX_PAGE)
    }
}

/// A district with the number of live products from its groups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictCount {
    pub slug: String,
    pub name: Text,
    pub live_products: i64,
}

/// A state and its districts that have products, for "shop by place".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatePlaces {
    pub slug: String,
    pub name: Text,
    pub districts: Vec<DistrictCount>,
}

/// What the home page needs in one call.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomePage {
    pub categories: Vec<CategoryTree>,
    pub featured: Vec<ProductCard>,
    pub places: Vec<StatePlaces>,
    pub group_count: i64,
}

/// Counts over the whole catalogue, cached for a minute (see `AppState`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CatalogOverview {
    pub categories: Vec<CategoryTree>,
    pub places: Vec<StatePlaces>,
    pub group_count: i64,
}

/// Filter choices for a listing page: categories, states and districts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListingFacets {
    pub categories: Vec<CategoryTree>,
    pub places: Vec<StatePlaces>,
}
