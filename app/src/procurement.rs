//! Government departments buying in bulk (`/procure`): an indent from the
//! catalogue, sanctioned within the state's purchase rules, becomes supply
//! orders to the groups; the consignee receives and accepts, the paying
//! officer pays the bill. The rules and the state machine are
//! `domain::procurement`; the SQL is the store's `procurement` module.

/// The domain crate's half: the state machine, rules, types, errors.
pub use domain::procurement::{errors, rules, state, text, types};

#[cfg(feature = "ssr")]
pub use haat_store::procurement::{assess, offices, store, supply};
#[cfg(feature = "ssr")]
pub mod worker;

pub mod api;
pub mod pages;
