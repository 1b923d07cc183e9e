//! The officials' dashboard (SQL): what waits on whom in a scope now.
//! The rule of waiting is the domain's (`domain::monitoring::waits`).

pub use domain::monitoring::*;

pub mod now;

#[cfg(test)]
mod tests;
