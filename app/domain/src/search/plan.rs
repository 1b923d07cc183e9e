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
    /// Folded words to look for.
    pub words: Vec<String>,
    /// Word beginnings to look for ("diy" finds "diyas"): the typed word
    /// itself when the index knows it only as a beginning.
    pub prefixes: Vec<String>,
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
    /// Words of the index among the typed words, the joined neighbours
    /// ("hand" + "wash") and the beginnings of typed words ("wool" of
    /// "woolen").
    pub words: HashSet<String>,
    /// Synonyms of typed words and of their corrections, both ways.
    pub synonyms: HashMap<String, Vec<String>>,
    /// Known words that share a deletion with a typed word: (typed, known
    /// folded, known as shown). Not yet checked for distance.
    pub near: Vec<(String, String, String)>,
    /// Typed words that known words begin with, and those words when they
    /// are few (an empty list: too many to name, look for the beginning).
    pub beginnings: HashMap<String, Vec<String>>,
}

/// What a typed word may be a plural or an adjective of ("vul" of
/// "vulen", woollen; "biskuit" of "biskuits"): the word without one common
/// ending, at least three letters left. Used only when the index knows it.
pub fn stems(typed: &str) -> Vec<String> {
    ["s", "es", "en", "e"]
        .iter()
        .filter_map(|ending| typed.strip_suffix(ending))
        .filter(|stem| stem.len() >= 3)
        .map(str::to_string)
        .collect()
}

/// Joined neighbours worth asking the index about ("hand wash" → "handvash").
pub fn joined_pairs(words: &[String]) -> Vec<String> {
    words.windows(2).map(|pair| format!("{}{}", pair[0], pair[1])).collect()
}

/// Plans `words` (folded query words) against what the index knows.
pub fn plan(words: &[String], known: &Known) -> Plan {
    let mut out = Plan::default();
    let mut i = 0;
    while i < words.len() {
        // Two typed words that are one word of the index: "hand wash".
        let typed = match words.get(i + 1).map(|next| format!("{}{next}", words[i])) {
            Some(joined) if known.words.contains(&joined) => {
                i += 2;
                joined
            }
            _ => {
                i += 1;
                words[i - 1].clone()
            }
        };
        match term(&typed, known) {
            Some(term) => out.terms.push(term),
            None => out.unmatched.push(typed),
        }
    }
    out
}

fn term(typed: &str, known: &Known) -> Option<Term> {
    let synonyms = |w: &str| known.synonyms.get(w).cloned().unwrap_or_default();
    let mut words: Vec<String> = Vec::new();
    let add = |word: &str, words: &mut Vec<String>| {
        for w in std::iter::once(word.to_string()).chain(synonyms(word)) {
            if !words.contains(&w) {
                words.push(w);
            }
        }
    };
    let mut shown = Vec::new();
    // Numbers ("500", "a4") are in the index but not the vocabulary:
    // they are matched as typed, never corrected.
    let exact = known.words.contains(typed) || typed.bytes().any(|b| b.is_ascii_digit());
    let how = if exact {
        add(typed, &mut words);
        How::Exact
    } else {
        let has_synonyms = known.synonyms.contains_key(typed);
        if has_synonyms {
            add(typed, &mut words);
        }
        match corrections(typed, known) {
            Some((corrected, forms)) => {
                for word in &corrected {
                    add(word, &mut words);
                }
                shown = forms;
                if has_synonyms {
                    How::Synonym
                } else {
                    How::Corrected
                }
            }
            None if has_synonyms => How::Synonym,
            None => How::Prefix,
        }
    };
    for stem in stems(typed) {
        if known.words.contains(&stem) {
            add(&stem, &mut words);
        }
    }
    // A known word is matched whole: a beginning would also find longer
    // words, and costs the index a merge of every word it begins.
    let mut prefixes: Vec<String> = Vec::new();
    if !exact && typed.len() >= 2 {
        match known.beginnings.get(typed) {
            // The few known words it begins: matched as words, which the
            // indexes (and PostgreSQL's estimates) answer best.
            Some(completions) if !completions.is_empty() => {
                for word in completions {
                    add(word, &mut words);
                }
            }
            Some(_) => prefixes.push(typed.to_string()),
            None => {}
        }
    }
    words.retain(|w| !prefixes.contains(w));
    if words.is_empty() && prefixes.is_empty() {
        return None;
    }
    // A typed word known only as a beginning stays a Prefix term, whether
    // its completions were named or not.
    Some(Term { typed: typed.to_string(), how, words, prefixes, shown })
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
        known.beginnings.insert("sanit".into(), vec!["sanitijer".into()]);
        known.beginnings.insert("ho".into(), Vec::new());
        known
    }

    #[test]
    fn known_words_bring_their_synonyms() {
        let plan = plan(&strings(&["am", "achar"]), &known());
        assert!(plan.can_match());
        assert_eq!(plan.terms[0].words, strings(&["am", "mango", "kairi"]));
        assert!(plan.terms[0].prefixes.is_empty(), "two letters begin too many words");
        assert_eq!(plan.terms[1].words, strings(&["achar", "pikle"]));
        assert!(plan.terms[1].prefixes.is_empty(), "a known word is matched whole");
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
    fn two_typed_words_that_are_one_known_word_are_joined() {
        let mut known = known();
        known.words.insert("handvas".into());
        let plan = plan(&strings(&["hand", "vas", "am"]), &known);
        assert_eq!(plan.terms.iter().map(|t| t.typed.as_str()).collect::<Vec<_>>(), vec!["handvas", "am"]);
    }

    #[test]
    fn a_known_beginning_of_a_word_is_its_stem() {
        assert_eq!(stems("vulen"), strings(&["vul"]));
        assert_eq!(stems("biskuits"), strings(&["biskuit"]));
        assert_eq!(stems("mango"), Vec::<String>::new(), "not \"man\"");
        assert_eq!(stems("es"), Vec::<String>::new());
        let mut known = known();
        known.words.insert("vul".into());
        let plan = plan(&strings(&["vulen"]), &known);
        assert_eq!(plan.terms[0].words, strings(&["vul"]));
    }

    #[test]
    fn a_beginning_matches_when_nothing_else_does() {
        let plan = plan(&strings(&["sanit", "ho"]), &known());
        assert_eq!(plan.terms[0].how, How::Prefix);
        assert_eq!(plan.terms[0].words, strings(&["sanitijer"]), "the few words it begins, by name");
        assert_eq!(plan.terms[1].prefixes, strings(&["ho"]), "too many to name: the beginning itself");
    }

    #[test]
    fn one_word_nothing_answers_means_no_match() {
        let plan = plan(&strings(&["haldi", "zzzz"]), &known());
        assert!(!plan.can_match());
        assert_eq!(plan.unmatched, strings(&["zzzz"]));
        assert!(!Plan::default().can_match());
    }
}
