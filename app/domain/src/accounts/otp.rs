//! One-time sign-in codes sent to a phone: 6 digits, valid 10 minutes, at
//! most 5 tries. The rules are plain functions; sending is pluggable.

use crate::i18n::Text;

/// How long a code stays valid.
pub const CODE_TTL_MS: i64 = 10 * 60 * 1000;
/// Wrong tries allowed on one code before it is dead.
pub const MAX_TRIES: i64 = 5;

/// A stored code, as the rules need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredCode {
    pub expires_at: i64,
    pub attempts: i64,
    pub used: bool,
}

/// What happens to a code typed by a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeCheck {
    Accepted,
    Wrong { tries_left: i64 },
    TooManyTries,
    Expired,
    NoCode,
}

/// Decides the outcome of a try. `matches` says whether the typed code
/// hashes to the stored one; it is only consulted for a live code, so a
/// dead code gives nothing away.
pub fn check_code(stored: Option<&StoredCode>, matches: impl FnOnce() -> bool, now: i64) -> CodeCheck {
    let Some(code) = stored else { return CodeCheck::NoCode };
    if code.used {
        return CodeCheck::NoCode;
    }
    if now >= code.expires_at {
        return CodeCheck::Expired;
    }
    if code.attempts >= MAX_TRIES {
        return CodeCheck::TooManyTries;
    }
    if matches() {
        CodeCheck::Accepted
    } else {
        let tries_left = MAX_TRIES - code.attempts - 1;
        if tries_left == 0 {
            CodeCheck::TooManyTries
        } else {
            CodeCheck::Wrong { tries_left }
        }
    }
}

impl CodeCheck {
    /// What to tell the person; `None` when accepted.
    pub fn message(self) -> Option<Text> {
        match self {
            CodeCheck::Accepted => None,
            CodeCheck::Wrong { tries_left } => Some(Text::new(
                format!("कोड सही नहीं है। {tries_left} बार और कोशिश कर सकती हैं।"),
                format!("That code is not right. {tries_left} more tries."),
            )),
            CodeCheck::TooManyTries => {
                Some(Text::new("बहुत बार गलत कोड डाला गया। नया कोड मँगाएँ।", "Too many wrong tries. Ask for a new code."))
            }
            CodeCheck::Expired => Some(Text::new(
                "यह कोड पुराना हो गया है (10 मिनट)। नया कोड मँगाएँ।",
                "This code has expired (10 minutes). Ask for a new code.",
            )),
            CodeCheck::NoCode => Some(Text::new(
                "इस नंबर के लिए कोई कोड नहीं भेजा गया है। पहले कोड मँगाएँ।",
                "No code has been sent to this number. Ask for a code first.",
            )),
        }
    }
}

/// Whether a typed code has the right shape (6 digits, spaces ignored).
pub fn normalise_code(input: &str) -> Option<String> {
    let digits: String = crate::i18n::latin_digits(input).chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
}
