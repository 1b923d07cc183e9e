//! The seller workspace and the district quality review: a group creates,
//! edits and stocks its listings from a phone; an official of its district
//! approves them for the storefront or sends them back with a reason.

/// The domain crate's half of this domain: types, rules and text.
pub use domain::listings::{rules, text, types};

pub mod api;
pub mod csv;
#[cfg(feature = "ssr")]
pub mod import;
pub mod pages;
#[cfg(feature = "ssr")]
pub use haat_store::listings::{drafts, lists, photos, store};
pub mod upload;
