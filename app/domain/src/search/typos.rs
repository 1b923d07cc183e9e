//! Typos: "pickel", "santizer", "haldee powdr".
//!
//! Every word the index knows is stored with the words made by deleting one
//! of its letters; a typed word's own deletions are looked up among them
//! (the "symmetric delete" method). One lookup by an indexed column finds
//! every known word within reach, whatever the size of the vocabulary, and
//! [`distance`] then keeps those really within the allowed typos.

/// How many typos a folded word of this length may carry: none in short
/// words (too many words are one letter from each other), one from four
/// letters, two from eight.
pub fn allowed_typos(word: &str) -> usize {
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// What a known word is stored under: itself, its one-letter deletions
/// from four letters, and its two-letter deletions from eight (so two
/// changed letters in a long word meet too).
pub fn stored_variants(word: &str) -> Vec<String> {
    deletions(word, allowed_typos(word))
}

/// What a typed word is looked up by: the same deletions. A word longer
/// than any the vocabulary keeps (40 letters) is looked up as itself only:
/// its two-letter deletions would be thousands, for nothing.
pub fn lookup_variants(word: &str) -> Vec<String> {
    if word.len() > MAX_WORD {
        return vec![word.to_string()];
    }
    deletions(word, allowed_typos(word))
}

/// The longest word the vocabulary keeps (and the longest corrected).
pub const MAX_WORD: usize = 40;

fn deletions(word: &str, typos: usize) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if typos == 0 {
        return out;
    }
    push_deletions(word, &mut out);
    if typos > 1 {
        let once: Vec<String> = out[1..].to_vec();
        for shorter in once {
            push_deletions(&shorter, &mut out);
        }
    }
    // Each once, in the order made ("aab" loses either "a" the same way).
    let mut seen = std::collections::HashSet::new();
    out.retain(|v| seen.insert(v.clone()));
    out
}

fn push_deletions(word: &str, out: &mut Vec<String>) {
    let chars: Vec<char> = word.chars().collect();
    for skip in 0..chars.len() {
        let variant: String = chars.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, c)| *c).collect();
        out.push(variant);
    }
}

/// Edits between two words: insertions, deletions, substitutions and
/// swaps of neighbours ("pickel" is one from "pickle").
pub fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[n][m]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(typed: &str, known: &str) -> bool {
        let stored = stored_variants(known);
        lookup_variants(typed).iter().any(|v| stored.contains(v)) && distance(typed, known) <= allowed_typos(typed)
    }

    #[test]
    fn one_typo_in_a_word_of_four_or_more() {
        assert!(found("pikel", "pikle")); // swapped
        assert!(found("santijer", "sanitijer")); // dropped
        assert!(found("hony", "honey")); // dropped
        assert!(found("honei", "honey")); // changed
        assert!(found("honeey", "honey")); // added
        assert!(!found("hny", "honey")); // three letters: no typos
        assert!(!found("mony", "honey")); // two edits in a five-letter word
    }

    #[test]
    fn two_typos_in_a_long_word() {
        assert!(found("turmerik", "turmeric"));
        assert!(found("turrmerik", "turmeric")); // one added, one changed
        assert!(!found("tumerik", "turmeric")); // seven letters allow one
        assert!(found("santijer", "sanitiser")); // one added, one changed
        assert!(found("turmarik", "turmeric")); // two changed
        assert!(found("chandiri", "chanderi"));
        assert!(!found("chandelier", "chanderi"));
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("pikle", "pikle"), 0);
        assert_eq!(distance("pikel", "pikle"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn short_words_are_stored_only_as_themselves() {
        assert_eq!(stored_variants("am"), vec!["am"]);
        assert_eq!(lookup_variants("tel"), vec!["tel"]);
        assert_eq!(stored_variants("oils").len(), 5);
        assert_eq!(lookup_variants(&"a".repeat(200)).len(), 1, "too long to be corrected");
    }
}
