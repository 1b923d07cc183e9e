//! Payments and invoices: UPI links and UTRs, GST on an invoice, numbering.

pub mod gateway;
pub mod invoice;
pub mod text;
pub mod types;
pub mod upi;
