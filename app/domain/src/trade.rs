//! Wholesale trade: verified traders compare a product type across every
//! group that makes it, at the quantity they want, delivered to their door.
//!
//! - [`types`]: the trade table's request and rows.
//! - [`rules`]: pricing a row (tiers, delivery, days), who may use the
//!   table, sorting, reading the request from the address bar.
//! - [`text`]: the strings of `/trade`.
//!
//! The rows are read in the store's `trade` module; `/trade` is the page.

pub mod rules;
pub mod text;
pub mod types;
