//! The officials' dashboard (SQL): what waits on whom in a scope now
//! (`now`), the daily roll-ups the worker keeps (`rollup`), and what was
//! sold by place and channel, read from them (`sold`); the listings'
//! quality (`quality`); how far a period's orders have come (`progress`);
//! targets per block and what each block achieved (`target_store`).
//! The rule of waiting is the domain's (`domain::monitoring::waits`).

pub use domain::monitoring::*;

pub mod now;
pub mod progress;
pub mod quality;
pub mod rollup;
pub mod sold;
pub mod target_store;

#[cfg(test)]
mod tests;
