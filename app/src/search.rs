//! Search the way people type it. The results page is the catalogue's
//! listing page (`/search`); this domain adds the officials' page of
//! search words (`/search/words`): synonyms, and what found nothing.

/// The domain crate's half: folding, typos, the query plan, text.
pub use domain::search::{fold, plan, text, typos, SearchNote, SearchWords, Suggestion, SuggestionKind, Synonym};

pub mod api;
pub mod pages;
pub mod suggest;
#[cfg(feature = "ssr")]
pub use haat_store::search as store;
