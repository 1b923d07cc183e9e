//! People and what they may do: sign-in (phone + one-time code, password,
//! second factor for officials), sessions, roles with scopes, and the one
//! access module every server function asks.

/// The domain crate's half of this domain: types, rules and text.
pub use domain::accounts::{text, types};

pub mod access;
pub mod address;
pub mod api;
pub mod otp;
pub mod pages;
pub mod password;
#[cfg(not(feature = "ssr"))]
pub use domain::accounts::session;
#[cfg(feature = "ssr")]
pub use haat_store::accounts::session;
#[cfg(feature = "ssr")]
pub use haat_store::accounts::store;
#[cfg(feature = "ssr")]
pub use haat_store::accounts::{addresses, codes, people, places, rate_limit};
#[cfg(feature = "ssr")]
pub mod totp;
