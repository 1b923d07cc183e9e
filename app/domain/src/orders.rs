//! Orders: the state machine, delivery pricing, order numbers.

pub mod advance;
pub mod choice;
pub mod deadlines;
pub mod delivery;
pub mod errors;
pub mod holds;
pub mod notices;
pub mod number;
pub mod payment;
pub mod state;
pub mod text;
pub mod types;
