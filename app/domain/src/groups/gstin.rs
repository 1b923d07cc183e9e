//! GSTIN: the 15-character GST identification number.
//!
//! Layout: 2-digit state code, 10-character PAN, 1 entity number, the letter
//! Z, and a check character computed over the first 14 (base-36, weights
//! alternating 1 and 2, as published by GSTN).

use crate::i18n::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Gstin(String);

const ALPHABET: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

impl Gstin {
    /// Parses a GSTIN typed in any case, with spaces ignored.
    pub fn parse(input: &str) -> Result<Gstin, Text> {
        let value: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
        let wrong = || {
            Text::new(
                "GSTIN 15 अक्षरों का होता है, जैसे 22AAAAA0000A1Z5 — कृपया अपने GST प्रमाणपत्र से देखकर लिखें",
                "A GSTIN has 15 characters, like 22AAAAA0000A1Z5 — please copy it from the GST certificate",
            )
        };
        let bytes = value.as_bytes();
        if bytes.len() != 15 || !bytes.iter().all(|b| ALPHABET.contains(b)) {
            return Err(wrong());
        }
        let state: u8 = value[0..2].parse().map_err(|_| wrong())?;
        let pan_ok = bytes[2..7].iter().all(u8::is_ascii_uppercase)
            && bytes[7..11].iter().all(u8::is_ascii_digit)
            && bytes[11].is_ascii_uppercase();
        let valid_state = (1..=38).contains(&state) || state == 97 || state == 99;
        if !valid_state || !pan_ok || bytes[12] == b'0' || bytes[13] != b'Z' {
            return Err(wrong());
        }
        if check_character(&bytes[..14]) != bytes[14] {
            return Err(Text::new(
                "यह GSTIN सही नहीं लगता (अंतिम जाँच अक्षर मेल नहीं खाता) — कोई अक्षर गलत तो नहीं लिखा?",
                "This GSTIN does not check out (its last character does not match) — is a character mistyped?",
            ));
        }
        Ok(Gstin(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The two-digit GST state code the number was issued in.
    pub fn state_code(&self) -> &str {
        &self.0[0..2]
    }
}

/// The GSTN check character over the first 14 characters.
fn check_character(first14: &[u8]) -> u8 {
    let sum: u32 = first14
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let value = ALPHABET.iter().position(|a| a == b).unwrap_or(0) as u32;
            let product = value * if i % 2 == 0 { 1 } else { 2 };
            product / 36 + product % 36
        })
        .sum();
    ALPHABET[((36 - sum % 36) % 36) as usize]
}

/// A group's standing under GST: it decides invoices (tax invoice or bill of
/// supply) and whether it may sell outside its own state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GstStatus {
    Registered(Gstin),
    /// Enrolled on Haat without GST registration: may sell only inside its own state.
    Unregistered,
}

impl GstStatus {
    pub fn from_column(gstin: Option<String>) -> GstStatus {
        match gstin.and_then(|g| Gstin::parse(&g).ok()) {
            Some(g) => GstStatus::Registered(g),
            None => GstStatus::Unregistered,
        }
    }

    pub fn gstin(&self) -> Option<&Gstin> {
        match self {
            GstStatus::Registered(g) => Some(g),
            GstStatus::Unregistered => None,
        }
    }
}

/// Builds a valid GSTIN from its first 14 characters (demo data, tests).
pub fn with_check_character(first14: &str) -> String {
    format!("{first14}{}", check_character(first14.as_bytes()) as char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_published_gstin_is_accepted() {
        let g = Gstin::parse("27AAPFU0939F1ZV").unwrap();
        assert_eq!(g.state_code(), "27");
        assert!(Gstin::parse("29aagcb7383j1z4").is_ok(), "lower case is accepted");
        assert!(Gstin::parse(" 29AAGCB 7383J1Z4 ").is_ok(), "spaces are ignored");
    }

    #[test]
    fn a_wrong_check_character_is_refused() {
        let err = Gstin::parse("27AAPFU0939F1ZW").unwrap_err();
        assert!(err.en.contains("does not check out"));
    }

    #[test]
    fn malformed_gstins_are_refused() {
        for bad in [
            "",
            "27AAPFU0939F1Z",
            "27AAPFU0939F1ZVX",
            "99AAPFU0939F1AV",
            "27AAPF10939F1ZV",
            "45AAPFU0939F1ZV",
            "27AAPFU0939F0ZV",
        ] {
            assert!(Gstin::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn the_check_character_helper_makes_valid_numbers() {
        let g = with_check_character("22AAATE1234F1Z");
        assert!(Gstin::parse(&g).is_ok());
    }
}
