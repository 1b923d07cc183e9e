//! One spelling for the many ways a word is typed.
//!
//! A shopper types "aam ka achaar", "अचार", "achar" or "Mango pickle"; a
//! title says "आम का अचार" and "Mango pickle (aam ka achar)". Both sides go
//! through [`words`]: Devanagari is written in Latin letters the way Hindi
//! is spoken (the silent "a" dropped), then the spellings people mix up are
//! folded into one (aa/a, ee/i, oo/u, sh/s, w/v, ph/f, doubled letters, a
//! final a …). The index and the query then meet on the folded word.

/// Words that carry no meaning on their own in a query ("aam ka achar",
/// "oil for hair"); dropped unless the query has nothing else.
const STOP_WORDS: &[&str] = &[
    "ka", "ki", "ke", "ko", "se", "me", "men", "aur", "or", "of", "and", "the", "for", "with", "in", "an", "vala",
    "vali", "vale",
];

/// The folded words of `text`, in order, repeats kept.
pub fn words(text: &str) -> Vec<String> {
    latin(text).split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(fold_word).collect()
}

/// The words of a query worth matching: folded, stop words dropped (unless
/// that would leave nothing), repeats removed, at most `max`.
pub fn query_words(text: &str, max: usize) -> Vec<String> {
    let all = words(text);
    // Stop words are compared folded, as the query's words are ("with" is "vith").
    let stop: Vec<String> = STOP_WORDS.iter().map(|w| fold_word(w)).collect();
    let meaningful: Vec<&String> = all.iter().filter(|w| !stop.contains(w)).collect();
    let chosen: Vec<&String> = if meaningful.is_empty() { all.iter().collect() } else { meaningful };
    let mut out: Vec<String> = Vec::new();
    for word in chosen {
        if !out.contains(word) {
            out.push(word.clone());
        }
        if out.len() == max {
            break;
        }
    }
    out
}

/// A search key: the folded words of all `texts`, each once, with a space
/// on both sides of every word, so " word " finds a whole word and " wor"
/// its beginning (what the walk of a big result set looks for).
pub fn key<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    let mut seen: Vec<String> = Vec::new();
    for text in texts {
        for word in words(text) {
            // A plural is also kept as its singular ("sarees" → "sari"), so
            // the singular a shopper types finds it.
            let singular = ["es", "s"]
                .iter()
                .find_map(|ending| word.strip_suffix(ending).filter(|stem| stem.len() >= 3))
                .map(fold_word);
            for w in std::iter::once(word).chain(singular) {
                if !seen.contains(&w) {
                    seen.push(w);
                }
            }
        }
    }
    if seen.is_empty() {
        // Not empty: an empty key marks a listing not yet indexed.
        return " ".to_string();
    }
    format!(" {} ", seen.join(" "))
}

/// One folded word from a lowercase Latin word.
fn fold_word(word: &str) -> String {
    let mut s = word.to_string();
    for (from, to) in [
        ("chch", "ch"),
        ("cch", "ch"),
        ("chh", "ch"),
        ("ph", "f"),
        ("sh", "s"),
        ("ck", "k"),
        ("w", "v"),
        ("z", "j"),
        ("q", "k"),
        ("ee", "i"),
        ("oo", "u"),
        ("au", "o"),
    ] {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    // A "c" that is not "ch" sounds as "k" ("biscut" and "बिस्किट").
    if s.contains('c') {
        let chars: Vec<char> = s.chars().collect();
        s = chars
            .iter()
            .enumerate()
            .map(|(i, &c)| if c == 'c' && chars.get(i + 1) != Some(&'h') { 'k' } else { c })
            .collect();
    }
    // Doubled letters are one (aa → a, ll → l, "achaar" → "achar").
    let mut folded = String::with_capacity(s.len());
    for c in s.chars() {
        if folded.ends_with(c) && c.is_ascii_alphabetic() {
            continue;
        }
        folded.push(c);
    }
    // A final "a" is often written and often not ("masala"/"masal", "achara").
    if folded.len() > 2 && folded.ends_with('a') && folded.bytes().all(|b| b.is_ascii_alphabetic()) {
        folded.pop();
    }
    folded
}

/// `text` in lowercase Latin letters: Devanagari transliterated, other
/// letters lowercased, everything else left for the word split to drop.
fn latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut run = String::new();
    for c in text.chars() {
        // Zero-width joiners belong to the word they sit in.
        if is_devanagari(c) || (!run.is_empty() && matches!(c, '\u{200C}' | '\u{200D}')) {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            out.push_str(&transliterate(&run));
            run.clear();
        }
        for lower in c.to_lowercase() {
            out.push(lower);
        }
    }
    if !run.is_empty() {
        out.push_str(&transliterate(&run));
    }
    out
}

fn is_devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Vowel {
    /// The "a" every consonant carries unless told otherwise.
    Inherent,
    Written(&'static str),
    /// Killed by a virama, or dropped as Hindi drops it.
    Silent,
}

#[derive(Debug)]
struct Syllable {
    consonants: Vec<&'static str>,
    vowel: Vowel,
    nasal: bool,
    visarga: bool,
}

fn consonant(c: char) -> Option<&'static str> {
    Some(match c {
        'क' => "k",
        'ख' => "kh",
        'ग' => "g",
        'घ' => "gh",
        'ङ' => "n",
        'च' => "ch",
        'छ' => "chh",
        'ज' => "j",
        'झ' => "jh",
        'ञ' => "n",
        'ट' => "t",
        'ठ' => "th",
        'ड' => "d",
        'ढ' => "dh",
        'ण' => "n",
        'त' => "t",
        'थ' => "th",
        'द' => "d",
        'ध' => "dh",
        'न' | 'ऩ' => "n",
        'प' => "p",
        'फ' => "ph",
        'ब' => "b",
        'भ' => "bh",
        'म' => "m",
        'य' | '\u{095F}' => "y",
        'र' | 'ऱ' => "r",
        'ल' | 'ळ' | 'ऴ' => "l",
        'व' => "v",
        'श' | 'ष' => "sh",
        'स' => "s",
        'ह' => "h",
        '\u{0958}' => "q",
        '\u{0959}' => "kh",
        '\u{095A}' => "g",
        '\u{095B}' => "z",
        // ड़ and ढ़ are flapped: "saree", "pakora".
        '\u{095C}' => "r",
        '\u{095D}' => "rh",
        '\u{095E}' => "f",
        _ => return None,
    })
}

fn nukta(consonant: &'static str) -> &'static str {
    match consonant {
        "k" => "q",
        "j" => "z",
        "ph" => "f",
        "d" => "r",
        "dh" => "rh",
        other => other,
    }
}

fn vowel_sign(c: char) -> Option<&'static str> {
    Some(match c {
        'ा' => "aa",
        'ि' => "i",
        'ी' => "ii",
        'ु' => "u",
        'ू' => "uu",
        'ृ' => "ri",
        'ॅ' | 'े' => "e",
        'ै' => "ai",
        'ॉ' | 'ो' => "o",
        'ौ' => "au",
        _ => return None,
    })
}

fn independent_vowel(c: char) -> Option<&'static str> {
    Some(match c {
        'अ' => "a",
        'आ' => "aa",
        'इ' => "i",
        'ई' => "ii",
        'उ' => "u",
        'ऊ' => "uu",
        'ऋ' => "ri",
        'ऍ' | 'ए' => "e",
        'ऐ' => "ai",
        'ऑ' | 'ओ' => "o",
        'औ' => "au",
        _ => return None,
    })
}

/// A run of Devanagari in Latin letters, the silent "a" dropped where
/// Hindi drops it (at the end of a word; inside it between a vowel and a
/// consonant followed by a vowel: सरसों → sarson, नमकीन → namkiin).
fn transliterate(run: &str) -> String {
    let mut out = String::new();
    let mut syllables: Vec<Syllable> = Vec::new();
    let mut joined = false; // the last sign was a virama
    let flush = |syllables: &mut Vec<Syllable>, out: &mut String| {
        if !syllables.is_empty() {
            out.push_str(&render(syllables));
            syllables.clear();
        }
    };
    for c in run.chars() {
        if matches!(c, '\u{200C}' | '\u{200D}') {
            continue;
        }
        if let Some(sound) = consonant(c) {
            match syllables.last_mut() {
                Some(last) if joined => {
                    last.consonants.push(sound);
                    last.vowel = Vowel::Inherent;
                }
                _ => syllables.push(Syllable {
                    consonants: vec![sound],
                    vowel: Vowel::Inherent,
                    nasal: false,
                    visarga: false,
                }),
            }
            joined = false;
            continue;
        }
        joined = false;
        if let Some(sound) = vowel_sign(c) {
            if let Some(last) = syllables.last_mut() {
                last.vowel = Vowel::Written(sound);
            }
        } else if let Some(sound) = independent_vowel(c) {
            syllables.push(Syllable {
                consonants: Vec::new(),
                vowel: Vowel::Written(sound),
                nasal: false,
                visarga: false,
            });
        } else if c == '\u{094D}' {
            // virama: no vowel here; a consonant after it joins this syllable
            if let Some(last) = syllables.last_mut() {
                last.vowel = Vowel::Silent;
                joined = true;
            }
        } else if c == '\u{093C}' {
            if let Some(last) = syllables.last_mut().and_then(|s| s.consonants.last_mut()) {
                *last = nukta(last);
            }
        } else if c == 'ं' || c == 'ँ' {
            if let Some(last) = syllables.last_mut() {
                last.nasal = true;
            }
        } else if c == 'ः' {
            if let Some(last) = syllables.last_mut() {
                last.visarga = true;
            }
        } else if ('०'..='९').contains(&c) {
            flush(&mut syllables, &mut out);
            out.push(char::from_u32(u32::from('0') + (u32::from(c) - u32::from('०'))).unwrap_or('0'));
        } else {
            // danda, om and the rest: a word break
            flush(&mut syllables, &mut out);
            out.push(' ');
        }
    }
    flush(&mut syllables, &mut out);
    out
}

fn render(syllables: &mut [Syllable]) -> String {
    let n = syllables.len();
    if n > 1 && syllables[n - 1].vowel == Vowel::Inherent && !syllables[n - 1].nasal {
        syllables[n - 1].vowel = Vowel::Silent;
    }
    for i in 1..n.saturating_sub(1) {
        let deletable = syllables[i].vowel == Vowel::Inherent
            && !syllables[i].nasal
            && !syllables[i].consonants.is_empty()
            && syllables[i - 1].vowel != Vowel::Silent
            && syllables[i + 1].vowel != Vowel::Silent
            && syllables[i + 1].consonants.len() == 1;
        if deletable {
            syllables[i].vowel = Vowel::Silent;
        }
    }
    let mut out = String::new();
    for (i, s) in syllables.iter().enumerate() {
        // ज्ञ is said, and typed, "gy" ("gyan").
        if s.consonants == ["j", "n"] {
            out.push_str("gy");
        } else {
            for c in &s.consonants {
                out.push_str(c);
            }
        }
        match s.vowel {
            Vowel::Inherent => out.push('a'),
            Vowel::Written(v) => out.push_str(v),
            Vowel::Silent => {}
        }
        if s.nasal {
            let next = syllables.get(i + 1).and_then(|n| n.consonants.first()).copied().unwrap_or("");
            out.push(if ["p", "b", "bh", "m"].contains(&next) { 'm' } else { 'n' });
        }
        if s.visarga {
            out.push('h');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> String {
        words(text).join(" ")
    }

    #[test]
    fn hindi_and_its_latin_spellings_meet() {
        for (devanagari, typed) in [
            ("अचार", "achaar"),
            ("अचार", "achar"),
            ("आम", "aam"),
            ("हल्दी", "haldi"),
            ("हल्दी", "haldee"),
            ("शहद", "shahad"),
            ("शहद", "sahad"),
            ("साबुन", "saabun"),
            ("सरसों", "sarson"),
            ("तेल", "tel"),
            ("चंदेरी", "chanderi"),
            ("साड़ी", "saree"),
            ("साड़ी", "sari"),
            ("नमकीन", "namkeen"),
            ("अदरक", "adrak"),
            ("मसाला", "masala"),
            ("आटा", "atta"),
            ("बादाम", "badam"),
            ("गमछा", "gamchha"),
            ("गमछा", "gamcha"),
            ("सौंफ", "saunf"),
            ("ज़ीरा", "jeera"),
            ("ज़ीरा", "zeera"),
            ("फ़िनाइल", "phinail"),
            ("पकौड़ा", "pakora"),
            ("ज्ञान", "gyan"),
            ("हल्\u{200D}दी", "haldi"),
        ] {
            let (a, b) = (one(devanagari), one(typed));
            assert_eq!(a, b, "{devanagari} and {typed}");
        }
    }

    #[test]
    fn the_listed_spellings_fold_together() {
        for (a, b) in [
            ("aam", "am"),
            ("sheesham", "sisam"),
            ("shahad", "sahad"),
            ("wool", "vul"),
            ("phenyl", "fenyl"),
            ("tulsee", "tulsi"),
            ("moong", "mung"),
            ("masala", "masal"),
            ("kachcha", "kacha"),
            ("Pickle", "pikle"),
            ("biscuit", "biskuit"),
            ("terracotta", "टेराकोटा"),
        ] {
            assert_eq!(one(a), one(b), "{a} and {b}");
        }
    }

    #[test]
    fn query_words_drop_the_little_words_and_repeats() {
        assert_eq!(query_words("Aam ka achaar", 6), vec!["am", "achar"]);
        assert_eq!(query_words("आम का अचार", 6), vec!["am", "achar"]);
        assert_eq!(query_words("ka", 6), vec!["ka"]);
        assert_eq!(query_words("soap with neem", 6), vec!["soap", "nim"]);
        assert_eq!(query_words("oil oil oil", 6), vec!["oil"]);
        assert_eq!(query_words("a b d e f g h", 3), vec!["a", "b", "d"]);
        assert_eq!(query_words("  -- ", 6), Vec::<String>::new());
    }

    #[test]
    fn digits_in_either_script_are_words() {
        assert_eq!(one("500 ग्राम"), "500 gram");
        assert_eq!(one("५०० ग्राम"), "500 gram");
        assert_eq!(one("A4"), "a4");
    }

    #[test]
    fn a_key_has_each_word_once_between_spaces() {
        assert_eq!(key(["Mango pickle (aam ka achar)", "आम का अचार"]), " mango pikle am ka achar ");
        assert_eq!(key(["", "???"]), " ", "indexed, with no words");
    }

    #[test]
    fn a_plural_in_a_key_is_kept_as_its_singular_too() {
        assert_eq!(key(["Sarees"]), " saris sari ");
        assert_eq!(key(["Terracotta diyas"]), " terakot diyas diy ");
        assert_eq!(key(["Bus"]), " bus ", "too short to lose its s");
    }

    #[test]
    fn marks_and_conjuncts_read_as_spoken() {
        assert_eq!(one("हैंडवॉश"), "haindvos");
        assert_eq!(one("मिर्च"), "mirch");
        assert_eq!(one("सांभर"), "sambhar");
        assert_eq!(one("दुःख"), "duhkh");
        assert_eq!(one("क़लम"), "kalam");
    }
}
