//! The catalog store (SQL), beside the domain types it reads and writes.

pub use domain::catalog::*;

pub mod store;
pub mod write;
