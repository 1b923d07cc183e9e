//! Payments and tax invoices: the rules first (UPI links and UTRs, the
//! gateway's signatures, GST on an invoice, invoice numbering), then the
//! gateway's protocol, the invoice store, its page and its PDF.

/// The domain crate's half of this domain: types, rules and text.
pub use domain::payments::{invoice, text, types, upi};

pub mod api;
#[cfg(feature = "ssr")]
pub mod gateway;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod pdf;
#[cfg(feature = "ssr")]
pub mod signature;
#[cfg(feature = "ssr")]
pub use haat_store::payments::gateway as gateway_store;
#[cfg(feature = "ssr")]
pub use haat_store::payments::store;
