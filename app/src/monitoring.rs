//! Officials watching their area (`/monitor`, #17): what waits on whom
//! now, each row one tap from its page; how far a period's orders came;
//! sales by place and channel from
//! the daily roll-ups; targets per block; the listings' quality; a
//! district's month to print; every table as CSV. The rule of
//! waiting is `domain::monitoring::waits`; the SQL is the store's
//! `monitoring` module.

/// The domain crate's half: the rule of waiting, the words, the types.
pub use domain::monitoring::{flow, quality, sales, targets, text, types, waits};

/// The store's half of the listings' quality (the domain's is `quality`).
#[cfg(feature = "ssr")]
pub use haat_store::monitoring::quality as quality_store;
#[cfg(feature = "ssr")]
pub use haat_store::monitoring::{now, progress, rollup, sold, target_store};
#[cfg(feature = "ssr")]
pub mod worker;

pub mod api;
pub mod flow_api;
pub mod flow_pages;
pub mod pages;
pub mod quality_api;
pub mod quality_pages;
pub mod summary_api;
pub mod summary_pages;
pub mod targets_api;
pub mod targets_pages;
