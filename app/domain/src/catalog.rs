//! The catalogue: categories, listings, prices, tiers, tax, and the
//! storefront's filters read from an address.

pub mod query;
pub mod tax;
pub mod text;
pub mod tiers;
pub mod types;
