//! Ordering straight from the producer: one order per group, delivery per
//! group, and an order life that moves on by itself. (The rules come
//! first; the cart, checkout and pages build on them.)

pub mod api;
#[cfg(feature = "ssr")]
pub mod checkout;
pub mod delivery;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod notify;
#[cfg(feature = "ssr")]
pub mod worker;
pub mod number;
pub mod state;
#[cfg(feature = "ssr")]
pub mod store;
pub mod text;
pub mod types;
pub mod pages;
