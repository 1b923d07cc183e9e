//! The seller workspace and the district quality review: a group creates,
//! edits and stocks its listings from a phone; an official of its district
//! approves them for the storefront or sends them back with a reason.

pub mod api;
pub mod csv;
#[cfg(feature = "ssr")]
pub mod import;
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub mod text;
pub mod types;
pub mod upload;
