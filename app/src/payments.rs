//! Payments and tax invoices: the rules first (UPI links and UTRs, the
//! gateway's signatures, GST on an invoice, invoice numbering), then the
//! gateway's protocol, the invoice store, its page and its PDF.

pub mod api;
#[cfg(feature = "ssr")]
pub mod gateway;
pub mod invoice;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod pdf;
#[cfg(feature = "ssr")]
pub mod signature;
#[cfg(feature = "ssr")]
pub mod store;
pub mod text;
pub mod types;
pub mod upi;
