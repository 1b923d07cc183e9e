//! What a query will look for: each typed word turned into the folded
//! words that answer it (itself, its synonyms, the known words it is a
//! typo of, or the words it begins). A plain function of what the index
//! knows ([`Known`]), so every case is tested here without a database.

use super::typos::{allowed_typos, distance};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// How a typed word is matched; the order is the ranking's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum How {
    /// The index has the word itself (and maybe synonyms of it).
    Exact,
    /// Only a synonym of it is in the index ("kairi" → "am").
    Synonym,
    /// A known word one or two typos away ("pickel" → "pickle").
    Corrected,
    /// Known words begin with it ("sanit" → "sanitiser").
    Prefix,
}

/// One typed word and the folded words that answer it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// The typed word, folded.
    pub typed: String,
    pub how: How,
    /// Folded words to look for; with [`How::Prefix`], word beginnings.
    pub words: Vec<String>,
    /// The corrections as a person reads them, for "did you mean".
    pub shown: Vec<String>,
}

/// The plan of a whole query: every term must match (AND), any of a
/// term's words will do (OR). `unmatched` holds the typed words nothing
/// answers: then nothing can match, and no query needs to run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub terms: Vec<Term>,
    pub unmatched: Vec<String>,
}

impl Plan {
    /// Whether a query can find anything at all.
    pub fn can_match(&self) -> bool {
        !self.terms.is_empty() && self.unmatched.is_empty()
    }

    /// The query as it was understood when a word was corrected
    /// ("pickle honey" for "pickel honey"), for "showing results for".
    pub fn corrected(&self) -> Option<String> {
        if !self.terms.iter().any(|t| t.how == How::Corrected) {
            return None;
        }
        let words: Vec<String> = self
            .terms
            .iter()
            .map(|t| match t.how {
                How::Corrected => t.shown.first().cloned().unwrap_or_else(|| t.typed.clone()),
                _ => t.typed.clone(),
            })
            .collect();
        Some(words.join(" "))
    }
}

/// What the index knows about a query's words, read by the store in a
/// fixed number of lookups.
#[derive(Clone, Debug, Default)]
pub struct Known {
    /// Typed words that are words of the index.
    pub words: HashSet<String>,
    /// Synonyms of typed words and of their corrections, both ways.
    pub synonyms: HashMap<String, Vec<String>>,
    /// Known words that share a deletion with a typed word: (typed, known
    /// folded, known as shown). Not yet checked for distance.
    pub near: Vec<(String, String, String)>,
    /// Typed words that some known word begins with.
    pub beginnings: HashSet<String>,
}

/// Plans `words` (folded query words) against what the index knows.
pub fn plan(words: &[String], known: &Known) -> Plan {
    let mut out = Plan::default();
    for typed in words {
        let synonyms = |w: &str| known.synonyms.get(w).cloned().unwrap_or_default();
        // Numbers ("500", "a4") are in the index but not the vocabulary:
        // they are matched as typed, never corrected.
        let exact = known.words.contains(typed) || typed.bytes().any(|b| b.is_ascii_digit());
        let term = if exact {
            Some(Term { typed: typed.clone(), how: How::Exact, words: with(typed, synonyms(typed)), shown: Vec::new() })
        } else if known.synonyms.contains_key(typed) {
            Some(Term {
                typed: typed.clone(),
                how: How::Synonym,
                words: with(typed, synonyms(typed)),
                shown: Vec::new(),
            })
        } else if let Some((words, shown)) = corrections(typed, known) {
            let mut all: Vec<String> = Vec::new();
            for word in &words {
                for w in with(word, synonyms(word)) {
                    if !all.contains(&w) {
                        all.push(w);
                    }
                }
            }
            Some(Term { typed: typed.clone(), how: How::Corrected, words: all, shown })
        } else if known.beginnings.contains(typed) {
            Some(Term { typed: typed.clone(), how: How::Prefix, words: vec![typed.clone()], shown: Vec::new() })
        } else {
            None
        };
        match term {
            Some(term) => out.terms.push(term),
            None => out.unmatched.push(typed.clone()),
        }
    }
    out
}

fn with(word: &str, mut others: Vec<String>) -> Vec<String> {
    others.retain(|o| o != word);
    others.insert(0, word.to_string());
    others
}

/// The known words closest to `typed` within its allowed typos, nearest
/// first, ties all kept (their shown forms in the same order).
fn corrections(typed: &str, known: &Known) -> Option<(Vec<String>, Vec<String>)> {
    let allowed = allowed_typos(typed);
    if allowed == 0 {
        return None;
    }
    let mut near: Vec<(usize, &String, &String)> = known
        .near
        .iter()
        .filter(|(t, _, _)| t == typed)
        .map(|(_, word, shown)| (distance(typed, word), word, shown))
        .filter(|(d, _, _)| *d <= allowed)
        .collect();
    let best = near.iter().map(|(d, _, _)| *d).min()?;
    near.retain(|(d, _, _)| *d == best);
    near.sort_by(|a, b| a.1.cmp(b.1));
    near.dedup_by(|a, b| a.1 == b.1);
    Some((near.iter().map(|(_, w, _)| (*w).clone()).collect(), near.iter().map(|(_, _, s)| (*s).clone()).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn known() -> Known {
        let mut known = Known {
            words: ["am", "achar", "pikle", "mango", "haldi", "sanitijer"].iter().map(|w| w.to_string()).collect(),
            ..Default::default()
        };
        for (a, b) in [("am", "mango"), ("achar", "pikle"), ("kairi", "am")] {
            known.synonyms.entry(a.into()).or_default().push(b.into());
            known.synonyms.entry(b.into()).or_default().push(a.into());
        }
        known.near.push(("pikel".into(), "pikle".into(), "pickle".into()));
        known.near.push(("pikel".into(), "pil".into(), "pill".into()));
        known.beginnings.insert("sanit".into());
        known
    }

    #[test]
    fn known_words_bring_their_synonyms() {
        let plan = plan(&strings(&["am", "achar"]), &known());
        assert!(plan.can_match());
        assert_eq!(plan.terms[0].words, strings(&["am", "mango", "kairi"]));
        assert_eq!(plan.terms[1].words, strings(&["achar", "pikle"]));
        assert_eq!(plan.corrected(), None);
    }

    #[test]
    fn a_word_only_a_synonym_knows_is_matched_through_it() {
        let plan = plan(&strings(&["kairi"]), &known());
        assert_eq!(plan.terms[0].how, How::Synonym);
        assert_eq!(plan.terms[0].words, strings(&["kairi", "am"]));
    }

    #[test]
    fn a_typo_is_corrected_to_the_nearest_known_word_and_its_synonyms() {
        let plan = plan(&strings(&["pikel", "haldi"]), &known());
        assert_eq!(plan.terms[0].how, How::Corrected);
        assert_eq!(plan.terms[0].words, strings(&["pikle", "achar"]));
        assert_eq!(plan.corrected().as_deref(), Some("pickle haldi"));
    }

    #[test]
    fn a_beginning_matches_when_nothing_else_does() {
        let plan = plan(&strings(&["sanit"]), &known());
        assert_eq!(plan.terms[0].how, How::Prefix);
    }

    #[test]
    fn one_word_nothing_answers_means_no_match() {
        let plan = plan(&strings(&["haldi", "zzzz"]), &known());
        assert!(!plan.can_match());
        assert_eq!(plan.unmatched, strings(&["zzzz"]));
        assert!(!Plan::default().can_match());
    }
}
