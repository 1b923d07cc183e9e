//! The orders store (SQL), beside the domain types it reads and writes.

pub use domain::orders::*;

pub mod checkout;
pub mod notify;
pub mod phone;
pub mod steps;
pub mod store;
