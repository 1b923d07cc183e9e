//! Haat: a marketplace for products made by women's Self-Help Groups.
//!
//! This crate is the whole application except the process around it: pages
//! and islands (rendered on the server, islands woken in the browser),
//! server functions, and behind the `ssr` feature the database code they
//! call. See `docs/ARCHITECTURE.md` for the map.

// Deeply nested `view!` types need more than the default in release builds
// (debug builds erase component types and do not).
#![recursion_limit = "256"]

pub mod accounts;
pub mod app;
pub mod cart;
pub mod catalog;
#[cfg(feature = "ssr")]
pub mod download;
pub mod error;
pub mod groups;
pub mod i18n;
pub mod listings;
pub mod media;
pub use domain::{dates, money};
pub mod monitoring;
pub mod orders;
pub mod payments;
pub mod procurement;
pub mod search;
pub mod trade;
pub mod ui;

#[cfg(feature = "ssr")]
pub use haat_store::{db, inventory};
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(all(feature = "ssr", any(test, feature = "testing")))]
pub use haat_store::testing;
