//! The accounts store (SQL), beside the domain types it reads and writes.

pub use domain::accounts::*;

pub mod addresses;
pub mod codes;
pub mod people;
pub mod places;
pub mod rate_limit;
pub mod scope;
pub mod session;
pub mod store;
