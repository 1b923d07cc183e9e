//! The accounts store (SQL), beside the domain types it reads and writes.

pub use domain::accounts::*;

pub mod rate_limit;
pub mod scope;
pub mod session;
pub mod store;
