//! Targets per block per financial year, as state and district officials
//! set them (Hamirpur's district office was given 3–4 more groups in every
//! block): groups selling, live listings and sales, each set against what
//! the block achieved, the blocks furthest behind first.

use crate::accounts::types::Scope;
use crate::i18n::{Text, Tr};
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// What a target counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Measure {
    /// Groups that sold at least once in the year.
    GroupsSelling,
    /// Listings on sale now.
    LiveListings,
    /// The goods value sold in the year.
    Sales,
}

impl Measure {
    pub const ALL: [Measure; 3] = [Measure::GroupsSelling, Measure::LiveListings, Measure::Sales];

    pub const fn as_str(self) -> &'static str {
        match self {
            Measure::GroupsSelling => "groups",
            Measure::LiveListings => "listings",
            Measure::Sales => "sales",
        }
    }

    pub fn parse(word: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.as_str() == word)
    }

    pub const fn label(self) -> Tr {
        match self {
            Measure::GroupsSelling => Tr::new("बेचने वाले समूह", "Groups selling"),
            Measure::LiveListings => Tr::new("बिक्री पर लिस्टिंग", "Live listings"),
            Measure::Sales => Tr::new("बिक्री (₹)", "Sales (₹)"),
        }
    }
}

/// A block's three targets for a year (sales in whole rupees).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    pub groups_selling: i64,
    pub live_listings: i64,
    pub sales: Money,
}

impl Figures {
    /// One measure as a number (sales in paise), for shares and bars.
    pub fn of(&self, measure: Measure) -> i64 {
        match measure {
            Measure::GroupsSelling => self.groups_selling,
            Measure::LiveListings => self.live_listings,
            Measure::Sales => self.sales.to_paise(),
        }
    }
}

/// The most a block's target may be: far above any block's year.
pub const MAX_GROUPS: i64 = 10_000;
pub const MAX_LISTINGS: i64 = 1_00_000;
pub const MAX_SALES_RUPEES: i64 = 1_000_00_00_000;

fn whole(text: &str, max: i64, what: Tr) -> Result<i64, Text> {
    let digits: String = crate::i18n::latin_digits(text).chars().filter(|c| *c != ',' && !c.is_whitespace()).collect();
    let digits = digits.trim_start_matches('₹');
    match digits.parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => Ok(n),
        _ => Err(Text::new(
            format!("{}: 0 से {max} तक की पूरी संख्या लिखें", what.hi),
            format!("{}: write a whole number from 0 to {max}", what.en),
        )),
    }
}

/// The targets a form sends, checked: whole numbers, none negative or absurd.
pub fn parse_targets(groups: &str, listings: &str, sales_rupees: &str) -> Result<Figures, Text> {
    Ok(Figures {
        groups_selling: whole(groups, MAX_GROUPS, Measure::GroupsSelling.label())?,
        live_listings: whole(listings, MAX_LISTINGS, Measure::LiveListings.label())?,
        sales: Money::from_rupees(whole(sales_rupees, MAX_SALES_RUPEES, Measure::Sales.label())?),
    })
}

/// Who sets targets: a state official, or a district official over a
/// whole district (a block official is measured, she does not set).
pub fn may_set_targets(scope: &Scope) -> bool {
    matches!(scope, Scope::State { .. } | Scope::District { block_id: None, .. })
}

/// How much of a target was achieved, in percent with one decimal (may be
/// above 100); `None` when no target was set (or it is zero).
pub fn achieved_percent(achieved: i64, target: i64) -> Option<f64> {
    (target > 0).then(|| (achieved.max(0) as f64 * 1000.0 / target as f64).round() / 10.0)
}

/// The blocks' shares, furthest behind first (blocks without a target
/// last, in their order), and the average share of those with one.
pub fn behind_first<T: Clone>(rows: &[(T, Option<f64>)]) -> (Vec<(T, Option<f64>)>, Option<f64>) {
    let mut sorted = rows.to_vec();
    sorted.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    let set: Vec<f64> = rows.iter().filter_map(|r| r.1).collect();
    let average = (!set.is_empty()).then(|| (set.iter().sum::<f64>() / set.len() as f64 * 10.0).round() / 10.0);
    (sorted, average)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_whole_numbers_within_reason() {
        assert_eq!(
            parse_targets("4", "२५", "₹12,00,000"),
            Ok(Figures { groups_selling: 4, live_listings: 25, sales: Money::from_rupees(12_00_000) })
        );
        assert!(parse_targets("-1", "0", "0").is_err());
        assert!(parse_targets("3.5", "0", "0").is_err());
        assert!(parse_targets("3", "lots", "0").is_err());
        assert!(parse_targets("3", "1", "99999999999999").is_err());
        assert_eq!(parse_targets("0", "0", "0"), Ok(Figures::default()));
        for m in Measure::ALL {
            assert_eq!(Measure::parse(m.as_str()), Some(m));
        }
    }

    #[test]
    fn a_state_or_a_whole_district_sets_targets_and_a_block_official_does_not() {
        assert!(may_set_targets(&Scope::State { state_id: 1 }));
        assert!(may_set_targets(&Scope::District { district_id: 2, block_id: None }));
        assert!(!may_set_targets(&Scope::District { district_id: 2, block_id: Some(3) }));
        assert!(!may_set_targets(&Scope::Own));
    }

    #[test]
    fn the_blocks_furthest_behind_come_first_with_the_average() {
        assert_eq!(achieved_percent(3, 4), Some(75.0));
        assert_eq!(achieved_percent(5, 4), Some(125.0));
        assert_eq!(achieved_percent(5, 0), None);
        assert_eq!(achieved_percent(1, 3), Some(33.3));
        let rows = [("a", Some(80.0)), ("b", None), ("c", Some(20.0)), ("d", Some(50.0))];
        let (sorted, average) = behind_first(&rows);
        assert_eq!(sorted.iter().map(|r| r.0).collect::<Vec<_>>(), vec!["c", "d", "a", "b"]);
        assert_eq!(average, Some(50.0));
        assert_eq!(behind_first::<&str>(&[]).1, None);
    }
}
