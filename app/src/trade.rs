//! Wholesale trade (`/trade`): a verified trader compares a product type
//! across every group that makes it, at her quantity, to her door, and
//! downloads the table as CSV. The rules of a row are
//! `domain::trade::rules`; the reads are the store's `trade` module.

/// The domain crate's half: types, rules, text.
pub use domain::trade::{allocation, quotes, rules, text, types};

pub mod api;
pub mod pages;
pub mod quote_api;
pub mod quote_pages;
#[cfg(feature = "ssr")]
pub use haat_store::trade::quote_store;
#[cfg(feature = "ssr")]
pub use haat_store::trade::store;
