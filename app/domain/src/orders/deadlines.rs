//! How long each step of an order may wait before the clock moves it on
//! (the worker) or someone is told.

/// How long an online payment may take before the order expires.
pub const PAY_WITHIN_MS: i64 = 30 * 60 * 1000;
/// How long a buyer has to pay a group by UPI and give the UTR.
pub const UPI_PAY_WITHIN_MS: i64 = 2 * 60 * 60 * 1000;
/// How long a group has to accept a confirmed order before its district
/// official is alerted.
pub const ACCEPT_WITHIN_MS: i64 = 24 * 60 * 60 * 1000;
/// How long a group may leave a buyer's UPI payment unconfirmed before
/// officials see it flagged.
pub const CONFIRM_UPI_WITHIN_MS: i64 = 24 * 60 * 60 * 1000;
