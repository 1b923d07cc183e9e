//! Officials watching the marketplace in their scope (#17): what waits on
//! whom now, and for how long.
//!
//! - [`waits`]: THE rule of waiting: at which step an order, a supply
//!   order or a trader's request waits on someone, who that is, and when
//!   the wait turns late.
//! - [`text`], [`types`]: the dashboard's words and what it shows.
//!
//! Monitoring reads every other domain and nothing uses it.

pub mod text;
pub mod types;
pub mod waits;
