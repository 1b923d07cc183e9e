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
