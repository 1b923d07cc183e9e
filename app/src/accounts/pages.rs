//! Account pages: sign-in and sign-up, the second factor, my account, my
//! group (sellers) and people (officials).

pub mod account;
pub mod people;
pub mod signin;
