//! Officials watching the marketplace in their scope (#17): what waits on
//! whom now, and for how long; what sold where; the listings' quality.
//!
//! - [`waits`]: THE rule of waiting: at which step an order, a supply
//!   order or a trader's request waits on someone, who that is, and when
//!   the wait turns late.
//! - [`sales`]: which orders count as sold, the period asked about, and
//!   the level of place (state → district → block → group → product).
//! - [`flow`]: the steps from placing to the group's money, their times
//!   in bands (so the median sums over days), supplied ÷ placed.
//! - [`quality`]: how long listings wait for review, in bands.
//! - [`targets`]: targets per block per financial year, who sets them,
//!   achieved against them, the furthest behind first.
//! - [`text`], [`types`]: the dashboard's words and what it shows.
//!
//! Monitoring reads every other domain and nothing uses it.

pub mod flow;
pub mod quality;
pub mod sales;
pub mod targets;
pub mod text;
pub mod types;
pub mod waits;
