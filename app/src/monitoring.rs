//! Officials watching their area (`/monitor`, #17): what waits on whom
//! now, each row one tap from its page, every list as CSV. The rule of
//! waiting is `domain::monitoring::waits`; the SQL is the store's
//! `monitoring` module.

/// The domain crate's half: the rule of waiting, the words, the types.
pub use domain::monitoring::{text, types, waits};

#[cfg(feature = "ssr")]
pub use haat_store::monitoring::now;

pub mod api;
pub mod pages;
