//! The trade store (SQL): the listings a trader's table compares, and
//! where she can have them delivered. Pricing the rows is the domain's
//! (`domain::trade::rules`).

pub use domain::trade::*;

pub mod quote_store;
pub mod store;
