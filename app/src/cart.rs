//! The cart: kept for a signed-out visitor under a cookie, for a signed-in
//! person under her account; the two merge when she signs in. Prices are
//! always today's, with wholesale tiers applied by quantity.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;
pub mod text;
pub mod types;
