//! Search the way people type it: Hindi, English and Hinglish, with typos.
//!
//! - [`fold`]: one folded Latin spelling for every way a word is written;
//!   both the index and the query go through it.
//! - [`typos`]: which known words a mistyped word may mean.
//! - [`plan`]: what a query looks for, word by word.
//!
//! The index itself (SQLite FTS5, PostgreSQL full text) is in the store's
//! `search` module; the results page is the catalogue's listing page.

pub mod fold;
pub mod plan;
pub mod text;
pub mod typos;

use crate::accounts::types::Role;
use crate::error::AppError;
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

pub use fold::{key, query_words, words};

/// The most words of a query that are looked for.
pub const MAX_QUERY_WORDS: usize = 6;

/// What the results page says about how a query was read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchNote {
    /// The query as understood when a typo was corrected.
    pub corrected: Option<String>,
}

/// A synonym as an official enters it: one word on each side, different
/// once folded ("aam" and "mango", not "aam" and "am").
pub fn synonym_pair(word: &str, synonym: &str) -> Result<(String, String), AppError> {
    let one = |field: &str, text: &str| -> Result<String, AppError> {
        let words = words(text);
        match words.as_slice() {
            [only] => Ok(only.clone()),
            [] => Err(AppError::validation(field, Text::new("एक शब्द लिखें।", "Write one word."))),
            _ => Err(AppError::validation(
                field,
                Text::new(
                    "हर तरफ़ एक ही शब्द लिखें (जैसे \"आम\" और \"mango\")।",
                    "Write a single word on each side (like \"aam\" and \"mango\").",
                ),
            )),
        }
    };
    let (a, b) = (one("word", word)?, one("synonym", synonym)?);
    if a == b {
        return Err(AppError::validation(
            "synonym",
            Text::new("ये दोनों शब्द खोज में पहले से एक ही हैं।", "Search already treats these two as the same word."),
        ));
    }
    Ok((a, b))
}

/// A synonym pair as officials see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Synonym {
    pub id: i64,
    pub one: String,
    pub other: String,
    /// Who added it; `None` for the pairs Haat starts with.
    pub added_by: Option<i64>,
}

/// What a suggestion while typing leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SuggestionKind {
    Product,
    Category,
    Group,
}

/// One suggestion while typing: what it says and where it goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub kind: SuggestionKind,
    pub label: Text,
    pub href: String,
}

/// The most suggestions shown while typing.
pub const MAX_SUGGESTIONS: usize = 8;

/// Whether every typed word begins some word of `name` (folded): how a
/// category is suggested while its name is still being typed.
pub fn name_begins_with_all(name_words: &[String], typed: &[String]) -> bool {
    !typed.is_empty() && typed.iter().all(|t| name_words.iter().any(|w| w.starts_with(t.as_str())))
}

/// What the search-words page shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchWords {
    /// Each pair, and whether the caller may remove it.
    pub synonyms: Vec<(Synonym, bool)>,
    /// Queries that found nothing (folded), with how often.
    pub misses: Vec<(String, i64)>,
}

/// Synonyms serve the whole country, so any official may add one; a
/// district official removes only what she added, a state official any.
pub fn may_remove_synonym(role: Role, caller: i64, synonym: &Synonym) -> bool {
    match role {
        Role::StateOfficial => true,
        Role::DistrictOfficial => synonym.added_by == Some(caller),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_synonym_is_one_folded_word_each_side() {
        assert_eq!(synonym_pair("Aam", "आम्र").unwrap().0, "am");
        assert_eq!(synonym_pair("sabun", "soap").unwrap(), ("sabun".to_string(), "soap".to_string()));
        assert!(synonym_pair("aam", "am").is_err());
        assert!(synonym_pair("sarson tel", "mustard").is_err());
        assert!(synonym_pair("", "x").is_err());
    }

    #[test]
    fn a_category_is_suggested_by_the_beginnings_of_its_words() {
        let name = words("Pickles & jams अचार");
        assert!(name_begins_with_all(&name, &words("pick")));
        assert!(name_begins_with_all(&name, &words("ach ja")));
        assert!(!name_begins_with_all(&name, &words("honey")));
        assert!(!name_begins_with_all(&name, &[]));
    }

    #[test]
    fn a_district_official_removes_only_her_own_pairs() {
        let mine = Synonym { id: 1, one: "kairi".into(), other: "aam".into(), added_by: Some(7) };
        let built_in = Synonym { added_by: None, ..mine.clone() };
        assert!(may_remove_synonym(Role::DistrictOfficial, 7, &mine));
        assert!(!may_remove_synonym(Role::DistrictOfficial, 8, &mine));
        assert!(!may_remove_synonym(Role::DistrictOfficial, 7, &built_in));
        assert!(may_remove_synonym(Role::StateOfficial, 8, &built_in));
        assert!(!may_remove_synonym(Role::Seller, 7, &mine));
    }
}
