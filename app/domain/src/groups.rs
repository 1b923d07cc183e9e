//! Self-help groups and their identities: GSTIN, phone, PIN code, UPI
//! address; and the hours they take calls for orders.

pub mod calls;
pub mod gstin;
pub mod phone;
pub mod text;
pub mod types;
pub mod upi;
