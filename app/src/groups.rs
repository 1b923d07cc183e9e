//! Self-help groups and the geography they live in (state → district → block → village).

/// The domain crate's half of this domain: types, rules and text.
pub use domain::groups::{calls, gstin, phone, text, types, upi};

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub use haat_store::groups::store;
