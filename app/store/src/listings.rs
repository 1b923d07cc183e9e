//! The listings store (SQL), beside the domain types it reads and writes.

pub use domain::listings::*;

pub mod drafts;
pub mod lists;
pub mod photos;
pub mod store;
