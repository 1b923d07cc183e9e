//! Money in rupees as a `Decimal`: never a float. The database keeps whole
//! paise in a BIGINT; [`Money::from_paise`] and [`Money::to_paise`] are the only
//! crossings, and a value with fractions of a paisa cannot be built.

use crate::i18n::{Lang, Text};
use rust_decimal::prelude::*;
use serde::{Deserialize, Serialize};
use std::fmt;

/// An amount of Indian rupees, exact to the paisa.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Money(Decimal);

/// The largest price a listing may carry: ₹1 crore per unit. Anything above is
/// a typing slip (an extra zero or two), not a real price.
pub const MAX_UNIT_PRICE_RUPEES: i64 = 1_00_00_000;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("not a number")]
    NotANumber,
    #[error("more than two decimal places")]
    FractionOfPaisa,
    #[error("zero or negative")]
    NotPositive,
    #[error("too large")]
    TooLarge,
}

impl MoneyError {
    /// What to tell the person who typed the amount.
    pub fn message(&self) -> Text {
        match self {
            MoneyError::NotANumber => {
                Text::new("राशि अंकों में लिखें, जैसे 120 या 120.50", "Write the amount in figures, like 120 or 120.50")
            }
            MoneyError::FractionOfPaisa => {
                Text::new("पैसे दो अंकों तक ही हो सकते हैं, जैसे 120.50", "Paise go to two decimal places at most, like 120.50")
            }
            MoneyError::NotPositive => Text::new("राशि शून्य से अधिक होनी चाहिए", "The amount must be more than zero"),
            MoneyError::TooLarge => Text::new(
                "राशि बहुत बड़ी है — कहीं एक शून्य अधिक तो नहीं लग गया?",
                "The amount is too large — is there an extra zero?",
            ),
        }
    }
}

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// From whole paise, as stored in the database.
    pub fn from_paise(paise: i64) -> Money {
        Money(Decimal::new(paise, 2))
    }

    /// From whole rupees.
    pub fn from_rupees(rupees: i64) -> Money {
        Money(Decimal::from(rupees))
    }

    /// Whole paise, for the database. Exact: a `Money` never holds a
    /// fraction of a paisa (arithmetic results are rounded by the caller
    /// with [`Money::round_to_paise`] before they are stored).
    pub fn to_paise(self) -> i64 {
        // Checked: an amount near Decimal's own limit (a typed filter of 28
        // nines) would overflow the multiplication and panic.
        let Some(paise) = self.0.checked_mul(Decimal::ONE_HUNDRED) else {
            return if self.0.is_sign_negative() { i64::MIN } else { i64::MAX };
        };
        paise.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero).to_i64().unwrap_or(i64::MAX)
    }

    pub fn rupees(self) -> Decimal {
        self.0
    }

    /// Rounds half a paisa away from zero, the convention on Indian bills.
    pub fn round_to_paise(self) -> Money {
        Money(self.0.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    }

    /// Parses a price typed by a person: "120", "120.5", "1,20,000.50",
    /// "₹ 99". Must be positive, at most two decimals, at most ₹1 crore.
    pub fn parse_price(input: &str) -> Result<Money, MoneyError> {
        let input = crate::i18n::latin_digits(input);
        let cleaned: String =
            input.trim().trim_start_matches('₹').chars().filter(|c| *c != ',' && !c.is_whitespace()).collect();
        if cleaned.is_empty() || cleaned.starts_with('+') {
            return Err(MoneyError::NotANumber);
        }
        let value = Decimal::from_str_exact(&cleaned).map_err(|_| MoneyError::NotANumber)?;
        if value.normalize().scale() > 2 {
            return Err(MoneyError::FractionOfPaisa);
        }
        if value <= Decimal::ZERO {
            return Err(MoneyError::NotPositive);
        }
        if value > Decimal::from(MAX_UNIT_PRICE_RUPEES) {
            return Err(MoneyError::TooLarge);
        }
        Ok(Money(value))
    }

    pub fn is_positive(self) -> bool {
        self.0 > Decimal::ZERO
    }

    /// `self × quantity`.
    pub fn times(self, quantity: i64) -> Money {
        Money(self.0 * Decimal::from(quantity))
    }

    /// The Indian way, dropping ".00" on whole rupees: ₹1,23,456.50, ₹120.
    /// Hindi pages use the same international digits, as Indian price tags do.
    pub fn format(self, _lang: Lang) -> String {
        format_indian(self.0, false)
    }

    /// Always with paise, for bills and ledgers: ₹120.00.
    pub fn format_exact(self) -> String {
        format_indian(self.0, true)
    }
}

impl std::ops::Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money(self.0 + other.0)
    }
}

impl std::ops::Sub for Money {
    type Output = Money;
    fn sub(self, other: Money) -> Money {
        Money(self.0 - other.0)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&format_indian(self.0, true))
    }
}

/// Groups digits the Indian way: the last three, then pairs (1,23,45,678).
fn format_indian(amount: Decimal, always_paise: bool) -> String {
    let rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let abs = rounded.abs();
    let rupees = abs.trunc().to_u128().unwrap_or(0);
    let paise = ((abs - abs.trunc()) * Decimal::ONE_HUNDRED).to_u32().unwrap_or(0);

    let grouped = group_indian(rupees);

    let sign = if negative { "−" } else { "" };
    if always_paise || paise != 0 {
        format!("{sign}₹{grouped}.{paise:02}")
    } else {
        format!("{sign}₹{grouped}")
    }
}

/// Whole paise formatted as [`Money::format`] does (₹1,23,456.50, ₹120),
/// with integers only: the browser's islands use it, so the WASM carries
/// no decimal arithmetic.
pub fn format_paise(paise: i64) -> String {
    let sign = if paise < 0 { "−" } else { "" };
    let abs = paise.unsigned_abs();
    let (rupees, rest) = (abs / 100, abs % 100);
    let grouped = group_indian(u128::from(rupees));
    if rest != 0 {
        format!("{sign}₹{grouped}.{rest:02}")
    } else {
        format!("{sign}₹{grouped}")
    }
}

/// Digits grouped the Indian way: 1,23,45,678.
pub fn group_indian(value: u128) -> String {
    let digits = value.to_string();
    if digits.len() <= 3 {
        return digits;
    }
    let (head, last3) = digits.split_at(digits.len() - 3);
    let mut parts: Vec<&str> = Vec::new();
    let mut rest = head;
    while rest.len() > 2 {
        let (front, pair) = rest.split_at(rest.len() - 2);
        parts.push(pair);
        rest = front;
    }
    parts.push(rest);
    parts.reverse();
    format!("{},{}", parts.join(","), last3)
}

/// What a shopper saves buying from the group instead of at market price.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saving {
    pub amount: Money,
    /// Whole percent, rounded down so the claim is never overstated.
    pub percent: u32,
}

/// The saving of `price` against `market_price`; `None` when there is none.
pub fn saving(price: Money, market_price: Money) -> Option<Saving> {
    if market_price <= price || !market_price.is_positive() {
        return None;
    }
    let amount = market_price - price;
    let percent = (amount.0 * Decimal::ONE_HUNDRED / market_price.0).floor().to_u32().unwrap_or(0);
    Some(Saving { amount, percent })
}

#[cfg(test)]
mod tests {

    #[test]
    fn whole_paise_format_exactly_as_money_does() {
        for paise in [0, 5, 100, 12_000, 12_050, 123_456_78, 1_00_00_000_00, -4_550] {
            assert_eq!(format_paise(paise), Money::from_paise(paise).format(Lang::En), "{paise}");
        }
    }

    use super::*;

    #[test]
    fn an_amount_at_decimals_limit_gives_the_largest_paise_and_never_panics() {
        // As the API can send it (a Money read straight from a request).
        let huge: Money = serde_json::from_str("\"79228162514264337593543950335\"").unwrap();
        assert_eq!(huge.to_paise(), i64::MAX);
        let negative: Money = serde_json::from_str("\"-79228162514264337593543950335\"").unwrap();
        assert_eq!(negative.to_paise(), i64::MIN);
        assert_eq!(Money::parse_price("79228162514264337593543950335"), Err(MoneyError::TooLarge));
    }

    fn rupees(s: &str) -> Money {
        Money(Decimal::from_str_exact(s).unwrap())
    }

    #[test]
    fn formats_lakhs_and_crores_the_indian_way() {
        assert_eq!(rupees("123456.50").format(Lang::En), "₹1,23,456.50");
        assert_eq!(rupees("12345678.5").format(Lang::En), "₹1,23,45,678.50");
        assert_eq!(rupees("1000").format(Lang::En), "₹1,000");
        assert_eq!(rupees("100000").format(Lang::En), "₹1,00,000");
        assert_eq!(rupees("999").format(Lang::En), "₹999");
        assert_eq!(rupees("0.5").format(Lang::En), "₹0.50");
        assert_eq!(rupees("1800000").format(Lang::En), "₹18,00,000");
    }

    #[test]
    fn counts_group_the_indian_way() {
        assert_eq!(group_indian(9600), "9,600");
        assert_eq!(group_indian(5000000), "50,00,000");
        assert_eq!(group_indian(12), "12");
    }

    #[test]
    fn hindi_pages_show_the_same_indian_grouping() {
        assert_eq!(rupees("123456.50").format(Lang::Hi), "₹1,23,456.50");
        assert_eq!(rupees("120").format(Lang::Hi), "₹120");
    }

    #[test]
    fn exact_format_always_shows_paise() {
        assert_eq!(rupees("120").format_exact(), "₹120.00");
        assert_eq!(rupees("1234567").format_exact(), "₹12,34,567.00");
        assert_eq!(rupees("-1500.5").format_exact(), "−₹1,500.50");
    }

    #[test]
    fn paise_round_trip_exactly() {
        for paise in [0, 1, 99, 100, 12_345, 1_00_00_000_00, i64::from(i32::MAX)] {
            assert_eq!(Money::from_paise(paise).to_paise(), paise);
        }
        assert_eq!(rupees("120.50").to_paise(), 12050);
    }

    #[test]
    fn a_typed_price_is_parsed_with_commas_and_rupee_sign() {
        assert_eq!(Money::parse_price("120").unwrap(), Money::from_rupees(120));
        assert_eq!(Money::parse_price(" ₹1,20,000.50 ").unwrap(), rupees("120000.50"));
        assert_eq!(Money::parse_price("99.9").unwrap(), rupees("99.90"));
    }

    #[test]
    fn nonsense_prices_are_refused_with_a_reason() {
        assert_eq!(Money::parse_price("abc"), Err(MoneyError::NotANumber));
        assert_eq!(Money::parse_price(""), Err(MoneyError::NotANumber));
        assert_eq!(Money::parse_price("1e5"), Err(MoneyError::NotANumber));
        assert_eq!(Money::parse_price("12.345"), Err(MoneyError::FractionOfPaisa));
        assert_eq!(Money::parse_price("0"), Err(MoneyError::NotPositive));
        assert_eq!(Money::parse_price("-5"), Err(MoneyError::NotPositive));
        assert_eq!(Money::parse_price("100000001"), Err(MoneyError::TooLarge));
        assert!(!MoneyError::TooLarge.message().hi.is_empty());
    }

    #[test]
    fn saving_is_rounded_down_and_absent_when_price_is_not_lower() {
        let s = saving(Money::from_rupees(120), Money::from_rupees(160)).unwrap();
        assert_eq!(s.amount, Money::from_rupees(40));
        assert_eq!(s.percent, 25);
        // 1 - 2/3 = 33.33…% → 33
        let s = saving(Money::from_rupees(200), Money::from_rupees(300)).unwrap();
        assert_eq!(s.percent, 33);
        assert_eq!(saving(Money::from_rupees(160), Money::from_rupees(160)), None);
        assert_eq!(saving(Money::from_rupees(170), Money::from_rupees(160)), None);
    }
}
