//! Payments and tax invoices: the rules first (UPI links and UTRs, the
//! gateway's signatures, GST on an invoice, invoice numbering); the pages
//! and the ledger build on them.

pub mod invoice;
#[cfg(feature = "ssr")]
pub mod signature;
pub mod upi;
