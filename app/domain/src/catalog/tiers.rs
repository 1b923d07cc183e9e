//! Wholesale price tiers: from a minimum quantity upward, a lower unit price.

use crate::i18n::Text;
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// From `min_qty` units, each unit costs `unit_price`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceTier {
    pub min_qty: i64,
    pub unit_price: Money,
}

/// The unit price for buying `qty` units: the tier with the largest minimum
/// not above `qty`, else the listing's own price. `tiers` may be in any order.
pub fn unit_price_for(base_price: Money, tiers: &[PriceTier], qty: i64) -> Money {
    tiers
        .iter()
        .filter(|tier| tier.min_qty <= qty)
        .max_by_key(|tier| tier.min_qty)
        .map_or(base_price, |tier| tier.unit_price)
}

/// Checks a seller's tiers against the listing's price and minimum order and
/// returns them sorted. Rules: each tier starts above the minimum order, no
/// two tiers start at the same quantity, and buying more never costs more per
/// unit (each tier is cheaper than the one before it, and than the base price).
pub fn validate_tiers(base_price: Money, min_order_qty: i64, tiers: &[PriceTier]) -> Result<Vec<PriceTier>, Text> {
    let mut sorted = tiers.to_vec();
    sorted.sort_by_key(|tier| tier.min_qty);
    let mut previous_price = base_price;
    let mut previous_qty = min_order_qty;
    for tier in &sorted {
        if tier.min_qty <= previous_qty {
            return Err(Text::new(
                format!(
                    "थोक दर {} नग से शुरू नहीं हो सकती: हर दर न्यूनतम ऑर्डर और पिछली दर से अधिक मात्रा पर होनी चाहिए",
                    tier.min_qty
                ),
                format!(
                    "A wholesale tier cannot start at {} units: each tier must start above the minimum order and the tier before it",
                    tier.min_qty
                ),
            ));
        }
        if !tier.unit_price.is_positive() || tier.unit_price >= previous_price {
            return Err(Text::new(
                format!(
                    "{} नग पर दाम ({}) पिछली दर ({}) से कम होना चाहिए — ज़्यादा ख़रीदने पर दाम घटता है",
                    tier.min_qty,
                    tier.unit_price.format_exact(),
                    previous_price.format_exact()
                ),
                format!(
                    "The price at {} units ({}) must be lower than the tier before it ({}) — buying more must cost less per unit",
                    tier.min_qty,
                    tier.unit_price.format_exact(),
                    previous_price.format_exact()
                ),
            ));
        }
        previous_price = tier.unit_price;
        previous_qty = tier.min_qty;
    }
    Ok(sorted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(min_qty: i64, rupees: i64) -> PriceTier {
        PriceTier { min_qty, unit_price: Money::from_rupees(rupees) }
    }

    #[test]
    fn below_every_tier_the_listing_price_applies() {
        let tiers = [tier(10, 110), tier(50, 100)];
        assert_eq!(unit_price_for(Money::from_rupees(120), &tiers, 1), Money::from_rupees(120));
        assert_eq!(unit_price_for(Money::from_rupees(120), &tiers, 9), Money::from_rupees(120));
    }

    #[test]
    fn the_largest_reached_tier_applies_whatever_the_order_of_tiers() {
        let tiers = [tier(50, 100), tier(10, 110), tier(200, 90)];
        let base = Money::from_rupees(120);
        assert_eq!(unit_price_for(base, &tiers, 10), Money::from_rupees(110));
        assert_eq!(unit_price_for(base, &tiers, 49), Money::from_rupees(110));
        assert_eq!(unit_price_for(base, &tiers, 50), Money::from_rupees(100));
        assert_eq!(unit_price_for(base, &tiers, 5000), Money::from_rupees(90));
    }

    #[test]
    fn descending_tiers_are_accepted_and_sorted() {
        let sorted = validate_tiers(Money::from_rupees(120), 1, &[tier(50, 100), tier(10, 110)]).unwrap();
        assert_eq!(sorted, vec![tier(10, 110), tier(50, 100)]);
    }

    #[test]
    fn tiers_that_do_not_descend_are_refused() {
        let base = Money::from_rupees(120);
        assert!(validate_tiers(base, 1, &[tier(10, 120)]).is_err(), "equal to base price");
        assert!(validate_tiers(base, 1, &[tier(10, 110), tier(50, 115)]).is_err(), "rises");
        assert!(validate_tiers(base, 1, &[tier(10, 110), tier(10, 100)]).is_err(), "same quantity twice");
        assert!(validate_tiers(base, 20, &[tier(10, 110)]).is_err(), "below minimum order");
        assert!(validate_tiers(base, 1, &[tier(10, 0)]).is_err(), "free");
    }
}
