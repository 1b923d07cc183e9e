//! Wholesale trade: verified traders compare a product type across every
//! group that makes it, at the quantity they want, delivered to their door.
//!
//! - [`types`]: the trade table's request and rows.
//! - [`rules`]: pricing a row (tiers, delivery, days), who may use the
//!   table, sorting, reading the request from the address bar.
//! - [`allocation`]: a quantity split over groups within the trader's
//!   limits (stock, making, minimum orders, packs, the GST rule, her date
//!   and price), and one group's line checked and priced.
//! - [`quotes`]: requests for quotes: the state machine, terms, expiry and the 48-hour rule.
//! - [`text`]: the strings of `/trade`.
//!
//! The rows are read in the store's `trade` module; `/trade` is the page.

pub mod allocation;
pub mod quotes;
pub mod rules;
pub mod text;
pub mod types;
