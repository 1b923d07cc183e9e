//! People: roles and scopes, sign-in codes, session lifetimes.

pub mod errors;
pub mod otp;
pub mod session;
pub mod text;
pub mod types;
