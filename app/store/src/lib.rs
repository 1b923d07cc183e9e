//! Haat's store: the SQL behind every domain, one set of portable queries
//! for SQLite and PostgreSQL (sqlx's `Any` driver).
//!
//! Functions take a connection or a transaction they are given; the app's
//! server functions begin and commit. Rows come back as the domain crate's
//! types. The browser never sees this crate: only `app` with its `ssr`
//! feature and `server` depend on it.

// The domain's modules, so store code names them as the domain does.
pub use domain::{dates, error, i18n, media, money};

pub mod accounts;
pub mod cart;
pub mod catalog;
pub mod db;
pub mod groups;
pub mod inventory;
pub mod listings;
pub mod monitoring;
pub mod orders;
pub mod payments;
pub mod procurement;
pub mod search;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod trade;
pub mod words;
