//! What the officials' dashboard shows.

use crate::i18n::Text;
use crate::money::Money;
use crate::monitoring::waits::Wait;
use serde::{Deserialize, Serialize};

/// One thing waiting on someone, one tap from its page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Waiting {
    pub wait: Wait,
    /// The order's number (or the request's, for a quote).
    pub number: String,
    /// Its page, as an official opens it.
    pub link: String,
    pub group: Text,
    pub block: Text,
    pub district: Text,
    /// When the wait began.
    pub since: i64,
    /// Its own due date, where the step has one (a bill, an acceptance).
    pub due: Option<i64>,
    /// The order's total (`None`: a request, priced by the talk).
    pub value: Option<Money>,
    pub late: bool,
}

/// How many wait at a step, how many of them are late, and since when the oldest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitCount {
    pub wait: Wait,
    pub total: i64,
    pub late: i64,
    pub oldest: Option<i64>,
}

/// The dashboard's "now": every step's count, and the list of one step
/// (or, when none is chosen, the late ones of every step).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NowView {
    /// The official's scope in words ("Raipur district").
    pub scope: Text,
    pub counts: Vec<WaitCount>,
    pub chosen: Option<Wait>,
    pub rows: Vec<Waiting>,
    /// More rows than the page shows (the CSV has them all).
    pub more: bool,
    pub now: i64,
}

/// One place (or product) in a sales table: its value by channel, its
/// total, and how many orders (units, for a product).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SalesRow {
    pub key: i64,
    pub name: Text,
    /// The query that opens its parts (`None` for a product).
    pub drill: Option<String>,
    pub channels: Vec<(crate::orders::types::OrderChannel, Money)>,
    pub value: Money,
    /// Orders (for a product: units).
    pub count: i64,
    /// For a group: what it received in the period, per member and per
    /// 30-day month (`sales::per_member_month`).
    pub per_member_month: Option<Money>,
}

/// Sales in the official's area for a period, at one level of place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SalesView {
    pub scope: Text,
    pub period: crate::monitoring::sales::Period,
    pub from: i64,
    pub to: i64,
    pub level: crate::monitoring::sales::Level,
    /// The places drilled through, each with the query that returns to it.
    pub trail: Vec<(Text, String)>,
    pub rows: Vec<SalesRow>,
    pub total: SalesRow,
    /// When the roll-ups were last brought up to date.
    pub rolled_to: Option<i64>,
}

/// A group in the official's area with no listing on sale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdleGroup {
    pub slug: String,
    pub name: Text,
    pub block: Text,
    pub district: Text,
    /// When the group was onboarded.
    pub since: i64,
    /// Its listings waiting for review, and its drafts and sent-back ones.
    pub in_review: i64,
    pub unsent: i64,
}

/// The quality of the listings in the official's area: the review queue
/// by age, why listings were sent back in a period, and the groups with
/// nothing on sale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QualityView {
    pub scope: Text,
    pub now: i64,
    /// Listings waiting for review, by how long (every band listed).
    pub review_ages: Vec<(crate::monitoring::quality::ReviewAge, i64)>,
    /// When the longest-waiting listing was sent in.
    pub oldest_in_review: Option<i64>,
    pub period: crate::monitoring::sales::Period,
    pub from: i64,
    pub to: i64,
    /// Listings sent back in the period, by reason, the commonest first.
    pub rejections: Vec<(crate::listings::types::RejectReason, i64)>,
    /// Groups with no live listing, the longest onboarded first (at most
    /// a page; the CSV has all), how many there are, and of how many groups.
    pub idle: Vec<IdleGroup>,
    pub idle_total: i64,
    pub groups_total: i64,
}

/// How far the orders placed in a period have come, in the official's
/// area: each step's orders, value and median time, and supplied ÷ placed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FlowView {
    pub scope: Text,
    pub period: crate::monitoring::sales::Period,
    pub from: i64,
    pub to: i64,
    /// One channel, or every one.
    pub channel: Option<crate::orders::types::OrderChannel>,
    pub rows: Vec<crate::monitoring::flow::FlowRow>,
    pub supplied_rate: Option<f64>,
    pub rolled_to: Option<i64>,
}

/// A block's targets for a year beside what it achieved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetRow {
    pub block_id: i64,
    pub name: Text,
    pub target: Option<crate::monitoring::targets::Figures>,
    pub achieved: crate::monitoring::targets::Figures,
}

/// Targets per block for a financial year in one district, with the
/// chosen measure's shares, the furthest behind first, and their average.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TargetsView {
    pub scope: Text,
    /// The year the financial year starts in.
    pub fy: i64,
    /// The districts a state official may choose from (empty otherwise).
    pub districts: Vec<(i64, Text)>,
    pub district: Option<i64>,
    pub measure: crate::monitoring::targets::Measure,
    /// Every block in the scope, by name.
    pub rows: Vec<TargetRow>,
    /// The chosen measure's share achieved per block, the furthest behind first.
    pub shares: Vec<(Text, Option<f64>)>,
    pub average: Option<f64>,
    pub may_set: bool,
}

/// A district's month, as an official sends it up: the flow of the
/// month's orders, its sales by place, the blocks' targets for the year
/// so far, the listings' quality, and what is late now.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SummaryView {
    pub district: Text,
    /// The districts a state official may choose from (empty otherwise).
    pub districts: Vec<(i64, Text)>,
    pub district_id: i64,
    /// The month's first day, and its last counted (today, for this month).
    pub first: i64,
    pub last: i64,
    /// The first days of the months to choose from, newest first.
    pub months: Vec<i64>,
    pub flow: FlowView,
    pub sales: SalesView,
    pub targets: TargetsView,
    pub quality: QualityView,
    pub waits: Vec<WaitCount>,
    pub now: i64,
}
