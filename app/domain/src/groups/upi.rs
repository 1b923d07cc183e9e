//! UPI virtual payment address (VPA), e.g. `mahilasangh@sbi`.

use crate::i18n::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Vpa(String);

impl Vpa {
    /// A handle before `@` of 2–256 letters, digits, `.`, `-` or `_`, and a
    /// payment provider after it of 2–64 letters and digits, starting with a letter.
    pub fn parse(input: &str) -> Result<Vpa, Text> {
        let value = input.trim().to_lowercase();
        let wrong = || {
            Text::new(
                "UPI आईडी ऐसी होती है: नाम@बैंक, जैसे sakhi.samooh@sbi",
                "A UPI ID looks like name@bank, for example sakhi.samooh@sbi",
            )
        };
        let (handle, provider) = value.split_once('@').ok_or_else(wrong)?;
        let handle_ok = (2..=256).contains(&handle.len())
            && handle.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
        let provider_ok = (2..=64).contains(&provider.len())
            && provider.starts_with(|c: char| c.is_ascii_alphabetic())
            && provider.chars().all(|c| c.is_ascii_alphanumeric());
        if handle_ok && provider_ok {
            Ok(Vpa(value))
        } else {
            Err(wrong())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_upi_ids_are_accepted_and_lower_cased() {
        assert_eq!(Vpa::parse("Jai.Maa-Durga_SHG@SBI").unwrap().as_str(), "jai.maa-durga_shg@sbi");
        assert!(Vpa::parse("9876543210@ybl").is_ok());
        assert!(Vpa::parse("mahila@okaxis").is_ok());
    }

    #[test]
    fn malformed_upi_ids_are_refused() {
        for bad in ["", "mahila", "@sbi", "m@sbi", "mahila@", "mahila@1bank", "mahi la@sbi", "a@b@c", "mahila@s"] {
            assert!(Vpa::parse(bad).is_err(), "{bad} should be refused");
        }
    }
}
