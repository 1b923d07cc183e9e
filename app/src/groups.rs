//! Self-help groups and the geography they live in (state → district → block → village).

pub mod api;
pub mod gstin;
pub mod pages;
pub mod phone;
#[cfg(feature = "ssr")]
pub mod store;
pub mod text;
pub mod types;
pub mod upi;
