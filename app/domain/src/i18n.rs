//! Hindi first, English alongside.
//!
//! Every fixed string in the interface is a [`Tr`]: a pair that cannot be
//! written without both languages, so a missing translation is a compile
//! error rather than a blank on a seller's phone. Text that comes from the
//! database (titles, stories) travels as [`Text`].
//!
//! The page's language and the language switch (Leptos context, a server
//! function) live in the app's `i18n`; this module is only the data.
//!
//! Why not `leptos_i18n`: it pulls the ICU data crates into both the server
//! and the WASM build (seconds of compile on 2 cores, kilobytes against the
//! 100 KB page budget) for plural and number rules Haat does not need yet.
//! Two languages of fixed pairs is all this module has to do.

use serde::{Deserialize, Serialize};

/// A language the interface speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Hindi, the default: most sellers and many buyers read it first.
    #[default]
    Hi,
    En,
}

/// The cookie that remembers the visitor's choice of language.
pub const LANG_COOKIE: &str = "haat_lang";

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Hi, Lang::En];

    /// The code used in the cookie, the form and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Hi => "hi",
            Lang::En => "en",
        }
    }

    /// Reads a language code; anything unknown is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim() {
            "hi" => Some(Lang::Hi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name, as shown in the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Hi => "हिन्दी",
            Lang::En => "English",
        }
    }

    /// Picks the language from a `Cookie:` header value.
    pub fn from_cookie_header(header: &str) -> Option<Lang> {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == LANG_COOKIE)
            .and_then(|(_, value)| Lang::from_code(value))
    }
}

/// A fixed interface string in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub hi: &'static str,
    pub en: &'static str,
}

impl Tr {
    pub const fn new(hi: &'static str, en: &'static str) -> Self {
        Tr { hi, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Hi => self.hi,
            Lang::En => self.en,
        }
    }

    pub fn to_text(self) -> Text {
        Text { hi: self.hi.to_string(), en: self.en.to_string() }
    }
}

/// Owned text in both languages: names from the database, error messages
/// built at run time. An empty side falls back to the other language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub hi: String,
    pub en: String,
}

impl Text {
    pub fn new(hi: impl Into<String>, en: impl Into<String>) -> Self {
        Text { hi: hi.into(), en: en.into() }
    }

    pub fn get(&self, lang: Lang) -> &str {
        let (first, other) = match lang {
            Lang::Hi => (&self.hi, &self.en),
            Lang::En => (&self.en, &self.hi),
        };
        if first.trim().is_empty() {
            other
        } else {
            first
        }
    }
}

impl From<Tr> for Text {
    fn from(tr: Tr) -> Self {
        tr.to_text()
    }
}

/// Interface strings shared by every page. Domain strings live beside their
/// domain (`catalog::text`, `groups::text`).
pub mod text {
    use super::Tr;

    pub const SITE_NAME: Tr = Tr::new("हाट", "Haat");
    pub const TAGLINE: Tr = Tr::new(
        "स्वयं सहायता समूहों की दीदियों के हाथ से बना सामान, सीधे उन्हीं से",
        "Made by women's Self-Help Groups, bought straight from them",
    );
    pub const LANGUAGE: Tr = Tr::new("भाषा", "Language");
    pub const SEARCH: Tr = Tr::new("खोजें", "Search");
    pub const SEARCH_PLACEHOLDER: Tr = Tr::new("अचार, साड़ी, शहद… खोजें", "Search pickles, sarees, honey…");
    pub const HOME: Tr = Tr::new("मुख्य पृष्ठ", "Home");
    pub const ALL_PRODUCTS: Tr = Tr::new("सभी उत्पाद", "All products");
    pub const NOT_FOUND_TITLE: Tr = Tr::new("यह पृष्ठ नहीं मिला", "Page not found");
    pub const NOT_FOUND_BODY: Tr = Tr::new(
        "जो पता आपने खोला वह हाट पर नहीं है। हो सकता है उत्पाद हटा दिया गया हो या पता गलत लिखा गया हो।",
        "The address you opened is not on Haat. The product may have been removed, or the address mistyped.",
    );
    pub const GO_HOME: Tr = Tr::new("मुख्य पृष्ठ पर जाएँ", "Go to the home page");
    pub const ERROR_TITLE: Tr = Tr::new("कुछ गड़बड़ हो गई", "Something went wrong");
    pub const FOOTER_ABOUT: Tr = Tr::new(
        "हाट ग्रामीण भारत के महिला स्वयं सहायता समूहों का बाज़ार है। हर खरीद सीधे बनाने वाले समूह तक पहुँचती है।",
        "Haat is the marketplace of rural India's women's Self-Help Groups. Every purchase goes straight to the group that made it.",
    );
    pub const SKIP_TO_CONTENT: Tr = Tr::new("मुख्य सामग्री पर जाएँ", "Skip to content");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devanagari_digits_read_as_latin_ones() {
        assert_eq!(latin_digits("१३०"), "130");
        assert_eq!(latin_digits("₹ १,२०,०००.५०"), "₹ 1,20,000.50");
        assert_eq!(latin_digits("९८२६०-१२३४५"), "98260-12345");
        assert_eq!(latin_digits("अचार 12"), "अचार 12", "letters and Latin digits stay");
    }

    #[test]
    fn hindi_is_the_default_language() {
        assert_eq!(Lang::default(), Lang::Hi);
    }

    #[test]
    fn the_cookie_header_picks_the_language() {
        assert_eq!(Lang::from_cookie_header("a=1; haat_lang=en; b=2"), Some(Lang::En));
        assert_eq!(Lang::from_cookie_header("haat_lang=hi"), Some(Lang::Hi));
        assert_eq!(Lang::from_cookie_header("haat_lang=fr"), None);
        assert_eq!(Lang::from_cookie_header("other=en"), None);
    }

    #[test]
    fn text_falls_back_to_the_other_language_when_one_side_is_empty() {
        let only_hindi = Text::new("आम का अचार", "");
        assert_eq!(only_hindi.get(Lang::En), "आम का अचार");
        assert_eq!(only_hindi.get(Lang::Hi), "आम का अचार");
        let both = Text::new("शहद", "Honey");
        assert_eq!(both.get(Lang::En), "Honey");
    }
}

/// Whether `path` is an address on this site (so a redirect to it cannot
/// send the visitor elsewhere).
/// A number as a phone's Hindi keyboard types it ("१३०") made plain ("130"):
/// Devanagari digits become Latin ones, everything else is left as it is.
/// Every parser of a typed number reads its input through this.
pub fn latin_digits(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{0966}'..='\u{096F}' => char::from(b'0' + (c as u32 - 0x0966) as u8),
            other => other,
        })
        .collect()
}

pub fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && path.len() <= 2048
        && !path.chars().any(|c| c.is_control())
}

#[cfg(test)]
mod path_tests {
    use super::is_local_path;

    #[test]
    fn only_addresses_on_this_site_are_local() {
        assert!(is_local_path("/"));
        assert!(is_local_path("/c/pickles?page=2"));
        assert!(!is_local_path("//evil.example/"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path("https://evil.example/"));
        assert!(!is_local_path("/a\nSet-Cookie: x"));
    }
}
