//! The catalogue: categories, listings, photos, prices, tiers and stock.

pub mod api;
pub mod gallery;
pub mod pages;
pub mod query;
#[cfg(feature = "ssr")]
pub mod store;
pub mod tax;
pub mod text;
pub mod tiers;
pub mod types;
