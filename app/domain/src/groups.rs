//! Self-help groups and their identities: GSTIN, phone, PIN code, UPI address.

pub mod gstin;
pub mod phone;
pub mod text;
pub mod types;
pub mod upi;
