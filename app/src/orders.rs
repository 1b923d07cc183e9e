//! Ordering straight from the producer: one order per group, delivery per
//! group, and an order life that moves on by itself. (The rules come
//! first; the cart, checkout and pages build on them.)

/// The domain crate's half of this domain: types, rules and text.
pub use domain::orders::{advance, choice, deadlines, delivery, errors, holds, number, payment, state, text, types};

pub mod api;
#[cfg(feature = "ssr")]
pub use haat_store::orders::checkout;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub use haat_store::orders::notify;
/// `/sell/phone-order`: orders a group member takes on the phone.
pub mod phone;
#[cfg(feature = "ssr")]
pub use haat_store::orders::phone as phone_store;
#[cfg(feature = "ssr")]
pub use haat_store::orders::steps;
#[cfg(feature = "ssr")]
pub mod worker;
#[cfg(feature = "ssr")]
pub use haat_store::orders::store;
pub mod pages;
pub mod total;
