//! The payments store (SQL), beside the domain types it reads and writes.

pub use domain::payments::*;

pub mod gateway;
pub mod store;
