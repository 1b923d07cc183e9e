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
        let digits: String =
            crate::i18n::latin_digits(input).chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '+')).collect();
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
        let value: String = crate::i18n::latin_digits(input).chars().filter(|c| !c.is_whitespace()).collect();
        if value.len() == 6 && value.chars().all(|c| c.is_ascii_digit()) && !value.starts_with('0') {
            Ok(Pincode(value))
        } else {
            Err(Text::new("पिन कोड 6 अंकों का होता है, जैसे 492001", "A PIN code has 6 digits, like 492001"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this PIN code can be in the state with this GST state code.
    /// India Post gives each postal circle ranges of the first two digits;
    /// the ranges here are deliberately generous (a circle that serves
    /// several states lends its range to each), because refusing a real
    /// address is worse than letting a rare typo through. A state not in the
    /// table is not checked.
    pub fn fits_state(&self, gst_state_code: &str) -> bool {
        let Ok(zone) = self.0[..2].parse::<u8>() else { return false };
        match PIN_PREFIXES.iter().find(|(code, _)| *code == gst_state_code) {
            Some((_, ranges)) => ranges.iter().any(|range| range.contains(&zone)),
            None => true,
        }
    }
}

/// GST state code → the first two digits its PIN codes can start with.
const PIN_PREFIXES: &[(&str, &[std::ops::RangeInclusive<u8>])] = &[
    ("01", &[18..=19]),                   // Jammu and Kashmir
    ("02", &[17..=17]),                   // Himachal Pradesh
    ("03", &[14..=16]),                   // Punjab
    ("04", &[16..=16]),                   // Chandigarh
    ("05", &[24..=26]),                   // Uttarakhand
    ("06", &[12..=13]),                   // Haryana
    ("07", &[11..=11]),                   // Delhi
    ("08", &[30..=34]),                   // Rajasthan
    ("09", &[20..=28]),                   // Uttar Pradesh
    ("10", &[80..=85]),                   // Bihar
    ("11", &[73..=73]),                   // Sikkim
    ("12", &[79..=79]),                   // Arunachal Pradesh
    ("13", &[79..=79]),                   // Nagaland
    ("14", &[79..=79]),                   // Manipur
    ("15", &[79..=79]),                   // Mizoram
    ("16", &[79..=79]),                   // Tripura
    ("17", &[79..=79]),                   // Meghalaya
    ("18", &[78..=78]),                   // Assam
    ("19", &[70..=74]),                   // West Bengal
    ("20", &[80..=83]),                   // Jharkhand
    ("21", &[75..=77]),                   // Odisha
    ("22", &[49..=49]),                   // Chhattisgarh
    ("23", &[45..=48]),                   // Madhya Pradesh
    ("24", &[36..=39]),                   // Gujarat
    ("26", &[36..=39]),                   // Dadra and Nagar Haveli and Daman and Diu
    ("27", &[40..=44]),                   // Maharashtra
    ("29", &[56..=59]),                   // Karnataka
    ("30", &[40..=40]),                   // Goa
    ("31", &[68..=68]),                   // Lakshadweep
    ("32", &[67..=69]),                   // Kerala
    ("33", &[60..=64]),                   // Tamil Nadu
    ("34", &[53..=53, 60..=60, 67..=67]), // Puducherry (Yanam, Puducherry and Karaikal, Mahe)
    ("35", &[74..=74]),                   // Andaman and Nicobar Islands
    ("36", &[50..=50]),                   // Telangana
    ("37", &[50..=53]),                   // Andhra Pradesh
    ("38", &[18..=19]),                   // Ladakh
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_typed_on_a_hindi_keyboard_are_read() {
        assert_eq!(Phone::parse("९८२६० १२३४५").unwrap().as_str(), "9826012345");
        assert_eq!(Pincode::parse("४९२००१").unwrap(), Pincode::parse("492001").unwrap());
        assert_eq!(
            crate::payments::upi::Utr::parse("१२३४५६७८९०१२").unwrap(),
            crate::payments::upi::Utr::parse("123456789012").unwrap()
        );
        assert_eq!(crate::accounts::otp::normalise_code("४८२ ९१०").as_deref(), Some("482910"));
    }

    #[test]
    fn a_pin_code_must_fit_the_state_chosen() {
        let pin = |p: &str| Pincode::parse(p).unwrap();
        assert!(pin("492001").fits_state("22"), "Raipur, Chhattisgarh");
        assert!(pin("474001").fits_state("23"), "Gwalior, Madhya Pradesh");
        assert!(pin("176001").fits_state("02"), "Hamirpur, Himachal Pradesh");
        assert!(pin("110001").fits_state("07"), "New Delhi");
        assert!(pin("403001").fits_state("30") && pin("403001").fits_state("27"), "Goa shares Maharashtra's circle");
        assert!(pin("605001").fits_state("34") && pin("533464").fits_state("34"), "Puducherry and Yanam");
        assert!(!pin("492001").fits_state("23"), "a Raipur PIN is not in Madhya Pradesh");
        assert!(!pin("110001").fits_state("22"), "a Delhi PIN is not in Chhattisgarh");
        assert!(pin("492001").fits_state("97"), "a code outside the table is not checked");
    }

    #[test]
    fn every_state_in_the_migration_has_pin_ranges() {
        let sql = include_str!("../../../../server/migrations/sqlite/0003_all_states.sql");
        let codes: Vec<&str> = sql.lines().filter_map(|l| l.trim().strip_prefix("('")).map(|l| &l[6..8]).collect();
        assert_eq!(codes.len(), 36);
        for code in codes {
            assert!(PIN_PREFIXES.iter().any(|(c, _)| *c == code), "no PIN ranges for state {code}");
        }
    }

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
