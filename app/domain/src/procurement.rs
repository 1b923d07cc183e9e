//! Government departments buying in bulk: an indent (a demand from the
//! catalogue) is sanctioned within the office's purchase rules, becomes one
//! supply order per group, is received and accepted by the consignee,
//! billed and paid — each step starting the next.
//!
//! - [`state`]: THE procurement state machine (indent and supply order),
//!   who of which office takes each step, and an indent's stage.
//! - [`rules`]: purchase rules by value (direct, lowest of comparable,
//!   not through Haat), split detection, approval limits, the acceptance
//!   and payment clocks, receipt counts and the bill.
//! - [`errors`]: what a refused step says, in Hindi and English.
//!
//! The store's `procurement` module keeps indents, supply orders, receipts
//! and bills; `/procure` is the department's workspace.

pub mod errors;
pub mod rules;
pub mod state;
pub mod text;
pub mod types;
