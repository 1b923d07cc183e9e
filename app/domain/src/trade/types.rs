//! The trade table: what a trader asks for, and one row per live listing.

use crate::catalog::tiers::PriceTier;
use crate::i18n::Text;
use crate::money::Money;
use crate::orders::delivery::{DeliveryMethod, GroupDelivery};
use serde::{Deserialize, Serialize};

/// Rows on one page of the table (the CSV has them all).
pub const TRADE_PAGE_SIZE: usize = 50;
/// The most listings one table compares; past it, narrow the search
/// (a category, a state). Also bounds what one request reads.
pub const MAX_TRADE_ROWS: usize = 5_000;
/// The largest quantity a trader can price (ten lakh units).
pub const MAX_TRADE_QTY: i64 = 10_00_000;
/// The quantity priced when the trader has not typed one.
pub const DEFAULT_TRADE_QTY: i64 = 100;

/// What the table is sorted by. Each column a trader compares on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TradeSort {
    /// Price and delivery per unit, at her door.
    #[default]
    Landed,
    UnitPrice,
    Delivery,
    /// Days until the whole quantity reaches her.
    Days,
    Stock,
    MinOrder,
    Group,
    Place,
}

impl TradeSort {
    pub const ALL: [TradeSort; 8] = [
        TradeSort::Landed,
        TradeSort::UnitPrice,
        TradeSort::Delivery,
        TradeSort::Days,
        TradeSort::Stock,
        TradeSort::MinOrder,
        TradeSort::Group,
        TradeSort::Place,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            TradeSort::Landed => "landed",
            TradeSort::UnitPrice => "price",
            TradeSort::Delivery => "delivery",
            TradeSort::Days => "days",
            TradeSort::Stock => "stock",
            TradeSort::MinOrder => "min",
            TradeSort::Group => "group",
            TradeSort::Place => "place",
        }
    }

    pub fn from_code(code: &str) -> Option<TradeSort> {
        TradeSort::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether the first click on this column sorts high to low (stock:
    /// most first); the others start with the smallest (cheapest, soonest)
    /// or A to Z.
    pub const fn starts_descending(self) -> bool {
        matches!(self, TradeSort::Stock)
    }
}

/// What a trader asks the table for, as the address bar carries it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TradeQuery {
    /// A product type in her words ("petticoat", "haldi powder").
    pub q: Option<String>,
    /// A category slug (its subcategories included).
    pub category: Option<String>,
    /// The quantity she wants: prices, delivery and days are for this many.
    pub qty: i64,
    pub sort: TradeSort,
    pub desc: bool,
    /// Only groups in this state (slug).
    pub state: Option<String>,
    /// Only groups that can bring the goods to her address.
    pub ships_only: bool,
    /// Only groups holding the whole quantity now.
    pub stock_only: bool,
    /// Her saved address to price delivery to; her first one if not given.
    pub to: Option<i64>,
    pub page: i64,
    /// She asks Haat to split the quantity over groups (`buy=1`).
    #[serde(default)]
    pub buy: Option<BuyAsk>,
}

impl Default for TradeQuery {
    fn default() -> Self {
        TradeQuery {
            q: None,
            category: None,
            qty: DEFAULT_TRADE_QTY,
            sort: TradeSort::default(),
            desc: false,
            state: None,
            ships_only: false,
            stock_only: false,
            to: None,
            page: 1,
            buy: None,
        }
    }
}

impl TradeQuery {
    /// Whether the trader has said what she is looking for.
    pub fn asks(&self) -> bool {
        self.q.is_some() || self.category.is_some()
    }
}

/// A live listing as the trade table compares it, read from the store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TradeOffer {
    pub product_id: i64,
    pub slug: String,
    pub title: Text,
    pub unit: Text,
    pub group_id: i64,
    pub group_slug: String,
    pub group_name: Text,
    pub district: Text,
    pub state: Text,
    pub state_slug: String,
    pub on_hand: i64,
    pub min_order_qty: i64,
    /// Traders buy whole packs of this many units (a carton); 1: loose.
    pub pack_size: i64,
    pub price: Money,
    pub tiers: Vec<PriceTier>,
    pub weight_grams: i64,
    pub size_cm: Option<(i64, i64, i64)>,
    /// Units the group can make in a week beyond its stock (0: only stock).
    pub weekly_capacity: i64,
    /// Days until the first week's extra units are ready.
    pub capacity_days: i64,
    /// Units open orders already wait to have made: they come first out
    /// of the coming weeks.
    pub booked_making: i64,
    pub delivery: GroupDelivery,
    /// The advance the group asks on a trader's order (`orders::advance`).
    pub advance: Option<crate::orders::advance::AdvanceTerms>,
}

/// Where the trader wants the goods: one of her saved addresses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Destination {
    pub address_id: i64,
    /// "Agrawal Wholesale, Raipur 492001": how the page names it.
    pub label: String,
    pub pincode: String,
    pub state_id: i64,
}

impl Destination {
    /// A saved address (its addressee and town) as a place to deliver to.
    pub fn new(address_id: i64, name: &str, city: &str, pincode: String, state_id: i64) -> Destination {
        Destination { address_id, label: format!("{name}, {city} {pincode}"), pincode, state_id }
    }
}

/// How the whole quantity can be had from one group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Supply {
    /// All of it from stock, ready to pack.
    FromStock,
    /// Stock now and `extra` more made, all ready in `ready_days`.
    Making { extra: i64, ready_days: i64 },
    /// The group cannot supply this many: it holds `on_hand` and makes nothing more.
    Short { on_hand: i64 },
}

/// One row of the table: a listing priced for the trader's quantity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TradeRow {
    pub offer: TradeOffer,
    /// The unit price at this quantity (tiers applied).
    pub unit_price: Money,
    /// Unit price × quantity.
    pub goods: Money,
    pub supply: Supply,
    /// How it reaches her and what that costs, or why it cannot; `None`
    /// when she has no saved address to price delivery to.
    pub delivery: Option<Result<(DeliveryMethod, Money), Text>>,
    /// Why nothing brings the goods to her door, when she can only collect
    /// them (or nothing at all): the GST rule, usually.
    pub why_not_door: Option<Text>,
    /// Days from ordering until the goods reach her, when the group can
    /// supply them and deliver them.
    pub days: Option<i64>,
    /// (Goods + delivery) ÷ quantity, to the paisa, when the goods come to
    /// her door (collecting them costs what the page cannot know).
    pub landed_unit: Option<Money>,
    /// The quantity is below the listing's minimum order.
    pub below_minimum: bool,
}

/// A page of the table, with everything the page needs around it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TradeTable {
    pub query: TradeQuery,
    pub rows: Vec<TradeRow>,
    /// Rows after the filters, over all pages.
    pub total: usize,
    /// More listings matched than one table compares ([`MAX_TRADE_ROWS`]).
    pub capped: bool,
    pub to: Option<Destination>,
    /// Her saved addresses, to price delivery to another.
    pub destinations: Vec<Destination>,
    pub notices: Vec<Text>,
}

/// Why a signed-in person cannot use the trade table yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TradeStanding {
    /// No trader's registration: how to register.
    NotTrader,
    /// Registered, waiting for the district office to check the GSTIN.
    Unverified { business: String },
}

/// The choices of the table's form: categories and groups' states (slug, name).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TradeFacets {
    pub categories: Vec<(String, Text)>,
    pub states: Vec<(String, Text)>,
}

/// What `/trade` shows the caller.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TradeView {
    Closed(TradeStanding),
    /// A verified trader: the form, and the table once she has asked for something.
    Open {
        business: String,
        facets: TradeFacets,
        table: Option<Box<TradeTable>>,
        /// The split over groups she asked for (`buy=1`), with today's day
        /// number (its dates are counted from it) and a fresh key for placing it.
        buy: Option<Box<BuyPlan>>,
        today: i64,
        key: String,
        /// Whether paying online (the gateway) is offered.
        online: bool,
    },
}

/// What a split over groups aims for, after every limit is met.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Aim {
    /// The least paid for goods and delivery, per unit at her door.
    #[default]
    Cheapest,
    /// As few groups (and so orders, deliveries and invoices) as can supply it.
    FewestGroups,
    /// The soonest to arrive.
    Nearest,
}

impl Aim {
    pub const ALL: [Aim; 3] = [Aim::Cheapest, Aim::FewestGroups, Aim::Nearest];

    pub const fn code(self) -> &'static str {
        match self {
            Aim::Cheapest => "cheapest",
            Aim::FewestGroups => "fewest",
            Aim::Nearest => "nearest",
        }
    }

    pub fn from_code(code: &str) -> Option<Aim> {
        Aim::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// A trader's limits on a split over groups (the quantity is the table's).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuyAsk {
    /// The highest unit price she will pay (goods only, at the line's quantity).
    pub max_price: Option<Money>,
    /// The day (days since 1970, in India) by which the goods must reach her.
    pub by: Option<i64>,
    /// Groups' states she accepts (slugs); empty: any.
    pub states: Vec<String>,
    pub aim: Aim,
    /// Her own quantities per listing (`line[<id>]=<qty>`), after she
    /// changed a proposal: priced as they are, not proposed again.
    pub lines: Vec<(i64, i64)>,
    /// Her purchase-order number, kept while she changes the quantities.
    pub po_number: Option<String>,
}

/// One group's part of a split: how many, from where, what it costs, and
/// when it reaches her.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinePlan {
    pub qty: i64,
    /// Taken from the group's stock when the order is placed.
    pub from_stock: i64,
    /// Made for this order in the coming weeks.
    pub made: i64,
    pub unit_price: Money,
    pub goods: Money,
    pub method: DeliveryMethod,
    pub fee: Money,
    /// Days from today until it reaches her.
    pub days: i64,
    /// (Goods + delivery) ÷ quantity, to the paisa.
    pub landed_unit: Money,
}

/// A line of a split: the listing, the plan, and why it was chosen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuyLine {
    pub offer: TradeOffer,
    /// What the line comes to, or why that listing cannot supply it (a
    /// quantity she changed: below the minimum, not whole packs…).
    pub plan: Result<LinePlan, Text>,
    /// Why this group, in words.
    pub why: Text,
}

/// A split of the trader's quantity over groups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuyPlan {
    pub ask: BuyAsk,
    /// The quantity she asked for.
    pub wanted: i64,
    pub lines: Vec<BuyLine>,
    /// Units the lines that can be placed supply.
    pub supplied: i64,
    pub goods: Money,
    pub delivery: Money,
    /// Goods and delivery over every line that can be placed.
    pub total: Money,
    /// What is short and what more time would bring, in words.
    pub short: Option<Text>,
    /// Groups left out for a reason other than "not needed", with it.
    pub left_out: Vec<(Text, Text)>,
    /// Whether every line can be placed (and there is at least one).
    pub placeable: bool,
}

/// One quote in a list: the trader's (`/trade/quotes`), the group's
/// (`/sell/quotes`) or an official's (`/review/quotes`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRow {
    pub id: i64,
    pub request_id: i64,
    pub product: Text,
    pub unit: Text,
    pub group_name: Text,
    pub trader: String,
    /// The latest terms' quantity, else the quantity asked.
    pub qty: i64,
    /// The latest terms' unit price, else her target price, if any.
    pub unit_price: Option<Money>,
    pub status: crate::trade::quotes::QuoteStatus,
    pub updated_at: i64,
    /// Since when it waits for the group (for an official's list).
    pub waiting_since: i64,
}

/// A request for a quote as both sides read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRequest {
    pub id: i64,
    pub trader_id: i64,
    pub trader: String,
    pub trader_name: String,
    pub qty: i64,
    pub target_price: Option<Money>,
    pub needed_by: Option<i64>,
    pub open_until: i64,
    pub address_id: i64,
    /// Town and PIN code of the delivery place.
    pub place: String,
    pub po_number: Option<String>,
    pub note: String,
    pub asked_at: i64,
}

/// One step of a quote, with the terms it stated (offers and counters).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteVersion {
    pub n: i64,
    pub step: crate::trade::quotes::QuoteStep,
    pub side: crate::trade::quotes::QuoteSide,
    pub by_name: Option<String>,
    pub terms: Option<crate::trade::quotes::Terms>,
    pub at: i64,
}

/// A quote and its whole history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteDetail {
    pub id: i64,
    pub status: crate::trade::quotes::QuoteStatus,
    pub version: i64,
    pub waiting_since: i64,
    pub escalated: bool,
    pub request: QuoteRequest,
    pub product_id: i64,
    pub product: Text,
    pub unit: Text,
    pub product_slug: String,
    pub list_price: Money,
    pub on_hand: i64,
    pub group_id: i64,
    pub group_name: Text,
    pub group_slug: String,
    pub versions: Vec<QuoteVersion>,
    pub order_number: Option<String>,
}

impl QuoteDetail {
    /// The terms now on the table: the latest offer or counter.
    pub fn latest_terms(&self) -> Option<&crate::trade::quotes::Terms> {
        self.versions.iter().rev().find_map(|v| v.terms.as_ref())
    }

    /// The group's latest offer (what the trader would accept).
    pub fn latest_offer(&self) -> Option<&crate::trade::quotes::Terms> {
        self.versions
            .iter()
            .rev()
            .find(|v| v.step == crate::trade::quotes::QuoteStep::Offer)
            .and_then(|v| v.terms.as_ref())
    }
}

/// What accepting the group's offer would place: her order at the agreed
/// price, delivered the cheapest way that reaches her.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteAcceptance {
    pub goods: Money,
    pub method: DeliveryMethod,
    pub fee: Money,
    pub total: Money,
    /// Units beyond the group's stock, made for this order.
    pub made: i64,
    pub takes_upi: bool,
    /// The advance the group asks (paid first by UPI instead of cash on delivery).
    pub advance: Option<crate::orders::advance::AdvanceTerms>,
}

/// `/trade/quotes/:id`, `/sell/quotes/:id`, `/review/quotes/:id`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuotePage {
    pub quote: QuoteDetail,
    /// The viewer's side (`Clock` for an official, who only reads).
    pub viewer: crate::trade::quotes::QuoteSide,
    /// For the trader when the group's offer stands: what accepting places, or why it cannot.
    pub acceptance: Option<Result<QuoteAcceptance, Text>>,
    pub today: i64,
    pub key: String,
}
