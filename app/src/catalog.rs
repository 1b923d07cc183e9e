//! The catalogue: categories, listings, photos, prices, tiers and stock.

/// The domain crate's half of this domain: types, rules and text.
pub use domain::catalog::{query, tax, text, tiers, types};

pub mod api;
pub mod gallery;
pub mod pages;
#[cfg(feature = "ssr")]
pub use haat_store::catalog::{store, write};
