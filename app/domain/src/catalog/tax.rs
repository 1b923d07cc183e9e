//! HSN codes and GST rates on a listing.

use crate::i18n::Text;
use rust_decimal::prelude::*;
use serde::{Deserialize, Serialize};

/// Harmonised System of Nomenclature code: 4, 6 or 8 digits.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Hsn(String);

impl Hsn {
    pub fn parse(input: &str) -> Result<Hsn, Text> {
        let value: String =
            crate::i18n::latin_digits(input).chars().filter(|c| !c.is_whitespace() && *c != '.').collect();
        if matches!(value.len(), 4 | 6 | 8) && value.chars().all(|c| c.is_ascii_digit()) {
            Ok(Hsn(value))
        } else {
            Err(Text::new(
                "HSN कोड 4, 6 या 8 अंकों का होता है, जैसे 2001 (अचार)",
                "An HSN code has 4, 6 or 8 digits, like 2001 (pickles)",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A GST rate, kept in basis points (5% = 500) so it stays an integer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GstRate(u32);

/// The rates in force since the September 2025 rationalisation (nil, the
/// special rates for precious goods, 5%, 18%, 40%), plus 28% which still
/// applies to a few goods. A rate outside this list is a typing slip.
pub const GST_RATES_BP: [u32; 8] = [0, 25, 150, 300, 500, 1800, 2800, 4000];

impl GstRate {
    /// Accepts "5", "5%", "18.0", "0.25".
    pub fn parse(input: &str) -> Result<GstRate, Text> {
        let input = crate::i18n::latin_digits(input);
        let cleaned = input.trim().trim_end_matches('%').trim();
        // Checked: 28 nines typed into the field must not overflow and panic.
        let bp = Decimal::from_str_exact(cleaned)
            .ok()
            .and_then(|d| d.checked_mul(Decimal::ONE_HUNDRED))
            .filter(|d| d.fract().is_zero())
            .and_then(|d| d.to_u32());
        match bp {
            Some(bp) if GST_RATES_BP.contains(&bp) => Ok(GstRate(bp)),
            _ => Err(Text::new(
                "GST दर इनमें से एक होनी चाहिए: 0, 0.25, 1.5, 3, 5, 18, 28 या 40 प्रतिशत",
                "The GST rate must be one of 0, 0.25, 1.5, 3, 5, 18, 28 or 40 percent",
            )),
        }
    }

    /// From the database column; unknown values are refused the same way.
    pub fn from_basis_points(bp: i64) -> Option<GstRate> {
        u32::try_from(bp).ok().filter(|bp| GST_RATES_BP.contains(bp)).map(GstRate)
    }

    pub fn basis_points(self) -> u32 {
        self.0
    }

    /// "5%", "0.25%".
    pub fn display(self) -> String {
        let whole = self.0 / 100;
        let frac = self.0 % 100;
        if frac == 0 {
            format!("{whole}%")
        } else if frac.is_multiple_of(10) {
            format!("{whole}.{}%", frac / 10)
        } else {
            format!("{whole}.{frac:02}%")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hsn_codes_have_four_six_or_eight_digits() {
        assert_eq!(Hsn::parse("2001").unwrap().as_str(), "2001");
        assert_eq!(Hsn::parse("2001.90").unwrap().as_str(), "200190");
        assert!(Hsn::parse("62081900").is_ok());
        for bad in ["", "200", "20019", "2001a", "123456789"] {
            assert!(Hsn::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn gst_rates_in_force_are_accepted_in_everyday_forms() {
        assert_eq!(GstRate::parse("5").unwrap().basis_points(), 500);
        assert_eq!(GstRate::parse("18%").unwrap().basis_points(), 1800);
        assert_eq!(GstRate::parse(" 0.25 ").unwrap().basis_points(), 25);
        assert_eq!(GstRate::parse("0").unwrap().basis_points(), 0);
        assert_eq!(GstRate::parse("5.00").unwrap().basis_points(), 500);
        assert_eq!(GstRate::parse("१८").unwrap().basis_points(), 1800, "as a Hindi keyboard types it");
        assert!(GstRate::parse("79228162514264337593543950335").is_err(), "no overflow");
    }

    #[test]
    fn rates_not_in_force_are_refused() {
        for bad in ["", "7", "12.5", "-5", "abc", "500", "0.001"] {
            assert!(GstRate::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn rates_display_without_needless_zeros() {
        assert_eq!(GstRate::parse("5").unwrap().display(), "5%");
        assert_eq!(GstRate::parse("0.25").unwrap().display(), "0.25%");
        assert_eq!(GstRate::parse("1.5").unwrap().display(), "1.5%");
    }
}
