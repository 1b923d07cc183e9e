//! The cart store (SQL), beside the domain types it reads and writes.

pub use domain::cart::*;

pub mod store;
