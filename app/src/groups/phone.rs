//! Indian mobile numbers, stored as the ten digits.

use crate::i18n::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Phone(String);

impl Phone {
    /// Accepts `98765 43210`, `+91-98765-43210`, `09876543210`. An Indian
    /// mobile number has ten digits and starts with 6, 7, 8 or 9.
    pub fn parse(input: &str) -> Result<Phone, Text> {
        let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '+')).collect();
        let wrong = || {
            Text::new(
                "मोबाइल नंबर 10 अंकों का होता है और 6, 7, 8 या 9 से शुरू होता है",
                "A mobile number has 10 digits and starts with 6, 7, 8 or 9",
            )
        };
        if !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(wrong());
        }
        let national = match digits.len() {
            10 => digits.as_str(),
            11 if digits.starts_with('0') => &digits[1..],
            12 if digits.starts_with("91") => &digits[2..],
            _ => return Err(wrong()),
        };
        if !national.starts_with(['6', '7', '8', '9']) {
            return Err(wrong());
        }
        Ok(Phone(national.to_string()))
    }

    /// The ten digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// For display: `+91 98765 43210`.
    pub fn display(&self) -> String {
        format!("+91 {} {}", &self.0[..5], &self.0[5..])
    }
}

/// A six-digit Indian postal PIN code; the first digit is never 0.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Pincode(String);

impl Pincode {
    pub fn parse(input: &str) -> Result<Pincode, Text> {
        let value: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if value.len() == 6 && value.chars().all(|c| c.is_ascii_digit()) && !value.starts_with('0') {
            Ok(Pincode(value))
        } else {
            Err(Text::new("पिन कोड 6 अंकों का होता है, जैसे 492001", "A PIN code has 6 digits, like 492001"))
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
    fn mobile_numbers_in_everyday_forms_are_accepted() {
        for ok in ["9876543210", "98765 43210", "+91-98765-43210", "09876543210", "919876543210", "6000000000"] {
            assert_eq!(Phone::parse(ok).unwrap().as_str().len(), 10, "{ok}");
        }
        assert_eq!(Phone::parse("+91 98765 43210").unwrap().display(), "+91 98765 43210");
    }

    #[test]
    fn landlines_short_numbers_and_letters_are_refused() {
        for bad in ["", "12345", "0771234567", "5876543210", "98765432100", "98765abcde", "+1 415 555 0100"] {
            assert!(Phone::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn pin_codes_have_six_digits_not_starting_with_zero() {
        assert!(Pincode::parse("492001").is_ok());
        assert!(Pincode::parse(" 177 001 ").is_ok());
        for bad in ["", "49200", "4920011", "092001", "49200a"] {
            assert!(Pincode::parse(bad).is_err(), "{bad} should be refused");
        }
    }
}
