//! Sales as officials read them: which orders count as sold, the period
//! asked about, and the level of place a table is drawn at (a state's
//! districts, a district's blocks, a block's groups, a group's products).

use crate::i18n::{Text, Tr};
use crate::money::Money;
use crate::orders::state::OrderStatus;
use serde::{Deserialize, Serialize};

/// Whether an order at `status` counts as sold: confirmed (paid, or on
/// terms that need no payment first) and not since undone. A return asked
/// for is still a sale until it is approved.
pub fn counts_as_sale(status: OrderStatus) -> bool {
    SOLD_STATUSES.contains(&status)
}

/// The statuses [`counts_as_sale`] counts (for the roll-up's SQL).
pub const SOLD_STATUSES: [OrderStatus; 8] = [
    OrderStatus::Confirmed,
    OrderStatus::Accepted,
    OrderStatus::Packed,
    OrderStatus::Dispatched,
    OrderStatus::Delivered,
    OrderStatus::Completed,
    OrderStatus::ReturnRequested,
    OrderStatus::ReturnRefused,
];

/// The period a table covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    Today,
    Week,
    Month,
    FinancialYear,
    Custom,
}

impl Period {
    pub const ALL: [Period; 5] = [Period::Today, Period::Week, Period::Month, Period::FinancialYear, Period::Custom];

    pub const fn as_str(self) -> &'static str {
        match self {
            Period::Today => "today",
            Period::Week => "week",
            Period::Month => "month",
            Period::FinancialYear => "fy",
            Period::Custom => "custom",
        }
    }

    pub fn parse(word: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.as_str() == word)
    }

    pub const fn label(self) -> Tr {
        match self {
            Period::Today => Tr::new("आज", "Today"),
            Period::Week => Tr::new("पिछले 7 दिन", "Last 7 days"),
            Period::Month => Tr::new("इस महीने", "This month"),
            Period::FinancialYear => Tr::new("इस वित्त वर्ष", "This financial year"),
            Period::Custom => Tr::new("तारीख़ें चुनें", "Choose dates"),
        }
    }
}

/// The longest custom period (three years).
pub const MAX_PERIOD_DAYS: i64 = 3 * 366;

/// The first and last day (inclusive) of a period, as of `today`; a custom
/// one needs both dates, in order, not in the future, and at most
/// [`MAX_PERIOD_DAYS`] long.
pub fn period_days(period: Period, today: i64, from: Option<i64>, to: Option<i64>) -> Result<(i64, i64), Text> {
    match period {
        Period::Today => Ok((today, today)),
        Period::Week => Ok((today - 6, today)),
        Period::Month => Ok((crate::dates::month_start(today), today)),
        Period::FinancialYear => Ok((crate::dates::financial_year_start(today), today)),
        Period::Custom => match (from, to) {
            (Some(from), Some(to)) if from <= to && to <= today && to - from < MAX_PERIOD_DAYS => Ok((from, to)),
            (Some(_), Some(_)) => Err(Text::new(
                "पहली तारीख़ दूसरी से पहले हो, आज के बाद नहीं, और अवधि तीन साल तक",
                "The first date must come before the second, neither after today, at most three years apart",
            )),
            _ => Err(Text::new("दोनों तारीख़ें चुनें", "Choose both dates")),
        },
    }
}

/// The period a form asks for: the one chosen, unless its two dates were
/// changed from that period's own (the form shows them filled in), in
/// which case the dates typed are meant.
pub fn chosen_period(
    period: Period,
    today: i64,
    from: Option<i64>,
    to: Option<i64>,
) -> Result<(Period, i64, i64), Text> {
    if period != Period::Custom {
        let own = period_days(period, today, None, None)?;
        if let (Some(from), Some(to)) = (from, to) {
            if (from, to) != own {
                let (from, to) = period_days(Period::Custom, today, Some(from), Some(to))?;
                return Ok((Period::Custom, from, to));
            }
        }
        return Ok((period, own.0, own.1));
    }
    let (from, to) = period_days(Period::Custom, today, from, to)?;
    Ok((Period::Custom, from, to))
}

/// How the sums of days `from..=to` are read: the calendar months lying
/// wholly inside it from the monthly roll-up, the days before and after
/// them from the daily one (a financial year to date is a few whole months
/// and a few days, so it sums thousands of rows, not lakhs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeriodParts {
    /// The first day of the first whole month; days `from..first_month`
    /// are read day by day.
    pub first_month: i64,
    /// The first day after the last whole month; days `after_months..=to`
    /// are read day by day. Months `first_month..after_months` are read
    /// whole; when no month is whole both equal `to + 1`, and every day is
    /// read day by day.
    pub after_months: i64,
}

/// Splits days `from..=to` into the whole months inside it and the days at
/// either edge ([`PeriodParts`]).
pub fn period_parts(from: i64, to: i64) -> PeriodParts {
    use crate::dates::{month_start, next_month_start};
    let first_month = if month_start(from) == from { from } else { next_month_start(from) };
    let after_months = month_start(to + 1);
    if first_month >= after_months {
        return PeriodParts { first_month: to + 1, after_months: to + 1 };
    }
    PeriodParts { first_month, after_months }
}

/// Where a table is drawn: the place whose parts are its rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Level {
    /// A state's districts.
    Districts,
    /// A district's blocks.
    Blocks { district: i64 },
    /// A block's groups.
    Groups { block: i64 },
    /// A group's products.
    Products { group: i64 },
}

/// The level a drill-down asks for (the narrowest place named wins); with
/// none named, where the official's own scope starts.
pub fn level_of(district: Option<i64>, block: Option<i64>, group: Option<i64>, scope_start: Level) -> Level {
    match (group, block, district) {
        (Some(group), _, _) => Level::Products { group },
        (None, Some(block), _) => Level::Groups { block },
        (None, None, Some(district)) => Level::Blocks { district },
        (None, None, None) => scope_start,
    }
}

/// What a row's place is called, for its column heading.
pub const fn level_heading(level: Level) -> Tr {
    match level {
        Level::Districts => Tr::new("ज़िला", "District"),
        Level::Blocks { .. } => Tr::new("ब्लॉक", "Block"),
        Level::Groups { .. } => Tr::new("समूह", "Group"),
        Level::Products { .. } => Tr::new("उत्पाद", "Product"),
    }
}

/// The query that drills one level down into a row (`None` for a product).
pub fn drill_query(level: Level, key: i64) -> Option<String> {
    match level {
        Level::Districts => Some(format!("district={key}")),
        Level::Blocks { .. } => Some(format!("block={key}")),
        Level::Groups { .. } => Some(format!("group={key}")),
        Level::Products { .. } => None,
    }
}

/// The width of a bar (0–100 %) for `value` against the largest row.
pub fn bar_percent(value: i64, largest: i64) -> f64 {
    if largest <= 0 || value <= 0 {
        0.0
    } else {
        (value.min(largest) as f64 * 100.0 / largest as f64 * 10.0).round() / 10.0
    }
}

/// What women in a group earn a month, as the seed's districts report it
/// (Hamirpur: ₹3,000–7,000): the reference beside each group's figure.
pub const MEMBER_MONTH_LOW_RUPEES: i64 = 3_000;
pub const MEMBER_MONTH_HIGH_RUPEES: i64 = 7_000;

/// Money a group received in a period of `days`, per member and per
/// 30-day month (to the rupee); `None` for a group without members or a
/// period without days.
pub fn per_member_month(received: Money, members: i64, days: i64) -> Option<Money> {
    if members <= 0 || days <= 0 {
        return None;
    }
    let paise = i128::from(received.to_paise()) * 30 / (i128::from(members) * i128::from(days));
    let rupees = (paise + 50).div_euclid(100);
    Some(Money::from_rupees(i64::try_from(rupees).unwrap_or(i64::MAX)))
}

/// Where a member's monthly earning stands against the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EarningBand {
    Below,
    Within,
    Above,
}

impl EarningBand {
    pub const fn label(self) -> Tr {
        match self {
            EarningBand::Below => Tr::new("₹3,000 से कम", "below ₹3,000"),
            EarningBand::Within => Tr::new("₹3,000–7,000 के बीच", "within ₹3,000–7,000"),
            EarningBand::Above => Tr::new("₹7,000 से ज़्यादा", "above ₹7,000"),
        }
    }
}

pub fn earning_band(per_member_month: Money) -> EarningBand {
    if per_member_month < Money::from_rupees(MEMBER_MONTH_LOW_RUPEES) {
        EarningBand::Below
    } else if per_member_month > Money::from_rupees(MEMBER_MONTH_HIGH_RUPEES) {
        EarningBand::Above
    } else {
        EarningBand::Within
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::{month_start, parse_iso_day};

    #[test]
    fn an_order_is_a_sale_once_confirmed_and_until_undone() {
        assert!(counts_as_sale(OrderStatus::Confirmed));
        assert!(counts_as_sale(OrderStatus::Completed));
        assert!(counts_as_sale(OrderStatus::ReturnRequested), "not undone until approved");
        for not in [
            OrderStatus::Placed,
            OrderStatus::AwaitingPayment,
            OrderStatus::Cancelled,
            OrderStatus::Rejected,
            OrderStatus::Expired,
            OrderStatus::ReturnApproved,
            OrderStatus::Refunded,
        ] {
            assert!(!counts_as_sale(not), "{not:?}");
        }
        assert_eq!(OrderStatus::ALL.into_iter().filter(|s| counts_as_sale(*s)).count(), SOLD_STATUSES.len());
    }

    #[test]
    fn a_period_is_read_as_its_whole_months_and_the_days_at_either_edge() {
        let day = |d: &str| parse_iso_day(d).unwrap();
        // This financial year on 2 Dec: April to November whole, then two days.
        let fy = period_parts(day("2026-04-01"), day("2026-12-02"));
        assert_eq!(fy, PeriodParts { first_month: day("2026-04-01"), after_months: day("2026-12-01") });
        // Partial months at both ends, across a year's end and a leap February.
        let across = period_parts(day("2027-12-20"), day("2028-03-05"));
        assert_eq!(across, PeriodParts { first_month: day("2028-01-01"), after_months: day("2028-03-01") });
        // Ending on a month's last day takes that month whole.
        let feb = period_parts(day("2028-02-01"), day("2028-02-29"));
        assert_eq!(feb, PeriodParts { first_month: day("2028-02-01"), after_months: day("2028-03-01") });
        // No whole month: every day is read day by day.
        for (from, to) in [("2026-12-02", "2026-12-02"), ("2026-11-15", "2026-12-14"), ("2026-12-01", "2026-12-30")] {
            let (from, to) = (day(from), day(to));
            assert_eq!(period_parts(from, to), PeriodParts { first_month: to + 1, after_months: to + 1 });
        }
        // Every day of any period is read exactly once.
        let start = day("2026-01-01");
        for from in start..start + 70 {
            for to in from..from + 100 {
                let p = period_parts(from, to);
                let read: i64 = (from..=to)
                    .map(|d| {
                        let daily = (d >= from && d < p.first_month) || (d >= p.after_months && d <= to);
                        let monthly = d >= p.first_month && d < p.after_months;
                        i64::from(daily) + i64::from(monthly)
                    })
                    .sum();
                assert_eq!(read, to - from + 1, "{from}..={to}");
                assert!(from <= p.first_month && p.first_month <= p.after_months && p.after_months <= to + 1);
                if p.first_month < p.after_months {
                    // The months read whole begin and end on a month's edge.
                    assert_eq!(month_start(p.first_month), p.first_month);
                    assert_eq!(month_start(p.after_months), p.after_months);
                }
            }
        }
    }

    #[test]
    fn a_period_ends_today_and_a_custom_one_is_checked() {
        let today = parse_iso_day("2026-12-15").unwrap();
        assert_eq!(period_days(Period::Today, today, None, None), Ok((today, today)));
        assert_eq!(period_days(Period::Week, today, None, None), Ok((today - 6, today)));
        assert_eq!(period_days(Period::Month, today, None, None), Ok((parse_iso_day("2026-12-01").unwrap(), today)));
        assert_eq!(
            period_days(Period::FinancialYear, today, None, None),
            Ok((parse_iso_day("2026-04-01").unwrap(), today))
        );
        assert_eq!(period_days(Period::Custom, today, Some(today - 3), Some(today - 1)), Ok((today - 3, today - 1)));
        assert!(period_days(Period::Custom, today, Some(today), Some(today - 1)).is_err(), "backwards");
        assert!(period_days(Period::Custom, today, Some(today), Some(today + 1)).is_err(), "the future");
        assert!(period_days(Period::Custom, today, None, Some(today)).is_err(), "one date");
        assert!(period_days(Period::Custom, today, Some(today - MAX_PERIOD_DAYS), Some(today)).is_err(), "too long");
        for p in Period::ALL {
            assert_eq!(Period::parse(p.as_str()), Some(p));
        }
    }

    #[test]
    fn dates_changed_on_the_form_are_meant_even_under_a_named_period() {
        let today = parse_iso_day("2026-12-15").unwrap();
        let month = parse_iso_day("2026-12-01").unwrap();
        assert_eq!(chosen_period(Period::Month, today, Some(month), Some(today)), Ok((Period::Month, month, today)));
        assert_eq!(chosen_period(Period::Month, today, None, None), Ok((Period::Month, month, today)));
        assert_eq!(
            chosen_period(Period::Month, today, Some(today - 40), Some(today - 35)),
            Ok((Period::Custom, today - 40, today - 35))
        );
        assert!(chosen_period(Period::Month, today, Some(today), Some(today + 3)).is_err(), "the future");
        assert_eq!(
            chosen_period(Period::Custom, today, Some(today - 2), Some(today)),
            Ok((Period::Custom, today - 2, today))
        );
    }

    #[test]
    fn the_narrowest_place_named_sets_the_level() {
        let start = Level::Blocks { district: 7 };
        assert_eq!(level_of(None, None, None, start), start);
        assert_eq!(level_of(Some(7), None, None, Level::Districts), Level::Blocks { district: 7 });
        assert_eq!(level_of(Some(7), Some(3), None, start), Level::Groups { block: 3 });
        assert_eq!(level_of(Some(7), Some(3), Some(9), start), Level::Products { group: 9 });
        assert_eq!(drill_query(Level::Districts, 4).as_deref(), Some("district=4"));
        assert_eq!(drill_query(Level::Products { group: 9 }, 4), None);
    }

    #[test]
    fn earnings_per_member_are_a_30_day_month_against_the_reference() {
        // ₹1,20,000 in 30 days among 10 members: ₹12,000 each.
        assert_eq!(per_member_month(Money::from_rupees(120_000), 10, 30), Some(Money::from_rupees(12_000)));
        // ₹9,000 in 90 days among 12 members: ₹250 a month each.
        assert_eq!(per_member_month(Money::from_rupees(9_000), 12, 90), Some(Money::from_rupees(250)));
        assert_eq!(per_member_month(Money::from_paise(1_00), 3, 1), Some(Money::from_rupees(10)));
        assert_eq!(per_member_month(Money::from_rupees(5), 0, 30), None);
        assert_eq!(per_member_month(Money::from_rupees(5), 10, 0), None);
        assert_eq!(earning_band(Money::from_rupees(2_999)), EarningBand::Below);
        assert_eq!(earning_band(Money::from_rupees(3_000)), EarningBand::Within);
        assert_eq!(earning_band(Money::from_rupees(7_000)), EarningBand::Within);
        assert_eq!(earning_band(Money::from_rupees(7_001)), EarningBand::Above);
    }

    #[test]
    fn bars_are_drawn_against_the_largest_row() {
        assert_eq!(bar_percent(50, 200), 25.0);
        assert_eq!(bar_percent(200, 200), 100.0);
        assert_eq!(bar_percent(0, 200), 0.0);
        assert_eq!(bar_percent(5, 0), 0.0);
        assert_eq!(bar_percent(1, 3), 33.3);
    }
}
