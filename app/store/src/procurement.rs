//! The procurement store (SQL): indents and their assessment against the
//! purchase rules, sanction into supply orders, and the office's side of
//! each supply order (receipt, acceptance, bill, payment, the clocks).
//! The rules are the domain's (`domain::procurement`).

pub use domain::procurement::*;

pub mod assess;
pub mod offices;
pub mod store;
pub mod supply;

#[cfg(test)]
mod tests;
