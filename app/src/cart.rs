//! The cart: kept for a signed-out visitor under a cookie, for a signed-in
//! person under her account; the two merge when she signs in. Prices are
//! always today's, with wholesale tiers applied by quantity.

/// The domain crate's half of this domain: types, rules and text.
pub use domain::cart::{rules, text, types};

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub use haat_store::cart::store;
