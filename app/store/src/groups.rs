//! The groups store (SQL), beside the domain types it reads and writes.

pub use domain::groups::*;

pub mod store;
