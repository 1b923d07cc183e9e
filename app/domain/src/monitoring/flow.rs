//! The flow of orders as officials read it: of the orders placed in a
//! period, how many were accepted, dispatched, delivered and paid, and how
//! long each step took. Step times are kept in bands (an hour, two, four …
//! a month), so a day's roll-up can be summed over any period and the
//! median still read from it.

use crate::i18n::Tr;
use serde::{Deserialize, Serialize};

const HOUR: i64 = 60 * 60 * 1000;
const DAY: i64 = 24 * HOUR;

/// A step an order passes on its way from the buyer to the group's money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FlowStep {
    Placed,
    Accepted,
    Dispatched,
    Delivered,
    Paid,
}

impl FlowStep {
    pub const ALL: [FlowStep; 5] =
        [FlowStep::Placed, FlowStep::Accepted, FlowStep::Dispatched, FlowStep::Delivered, FlowStep::Paid];

    pub const fn as_str(self) -> &'static str {
        match self {
            FlowStep::Placed => "placed",
            FlowStep::Accepted => "accepted",
            FlowStep::Dispatched => "dispatched",
            FlowStep::Delivered => "delivered",
            FlowStep::Paid => "paid",
        }
    }

    pub fn parse(word: &str) -> Option<FlowStep> {
        FlowStep::ALL.into_iter().find(|s| s.as_str() == word)
    }

    pub const fn label(self) -> Tr {
        match self {
            FlowStep::Placed => Tr::new("ऑर्डर आए", "Placed"),
            FlowStep::Accepted => Tr::new("समूह ने स्वीकारे", "Accepted by the group"),
            FlowStep::Dispatched => Tr::new("भेजे गए", "Dispatched"),
            FlowStep::Delivered => Tr::new("पहुँचे (आपूर्ति हुई)", "Delivered (supplied)"),
            FlowStep::Paid => Tr::new("समूह को पैसा मिला", "Paid to the group"),
        }
    }

    /// From when a step's time is counted.
    pub const fn counted_from(self) -> Tr {
        match self {
            FlowStep::Placed => Tr::new("—", "—"),
            FlowStep::Accepted => Tr::new("ऑर्डर पक्का होने से", "from the order being confirmed"),
            FlowStep::Dispatched => Tr::new("स्वीकार से", "from acceptance"),
            FlowStep::Delivered => Tr::new("भेजने से", "from dispatch"),
            FlowStep::Paid => Tr::new("ऑर्डर आने से", "from placing"),
        }
    }
}

/// When one order reached each step (ms), as its events and ledger say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OrderMoments {
    pub placed: i64,
    pub confirmed: Option<i64>,
    pub accepted: Option<i64>,
    pub dispatched: Option<i64>,
    pub delivered: Option<i64>,
    /// When its money (in full, or its balance) reached the group's ledger.
    pub paid: Option<i64>,
}

/// The steps an order reached, each with how long it took (`None` for
/// placing, which starts the clock). A step is timed from the one before
/// it (acceptance from confirmation, when the order became the group's to
/// accept), the money from placing.
pub fn steps_reached(m: &OrderMoments) -> Vec<(FlowStep, Option<i64>)> {
    let mut out = vec![(FlowStep::Placed, None)];
    let since = |at: i64, from: Option<i64>| Some((at - from.unwrap_or(m.placed)).max(0));
    if let Some(at) = m.accepted {
        out.push((FlowStep::Accepted, since(at, m.confirmed)));
    }
    if let Some(at) = m.dispatched {
        out.push((FlowStep::Dispatched, since(at, m.accepted)));
    }
    if let Some(at) = m.delivered {
        out.push((FlowStep::Delivered, since(at, m.dispatched)));
    }
    if let Some(at) = m.paid {
        out.push((FlowStep::Paid, since(at, None)));
    }
    out
}

/// The upper ends of the time bands: under an hour, 1–2 h, 2–4 h, … a
/// month and more.
pub const BANDS: [i64; 12] =
    [HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, DAY, 2 * DAY, 3 * DAY, 5 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, i64::MAX];

/// The band a step time falls in.
pub fn band_of(ms: i64) -> usize {
    BANDS.iter().position(|upper| ms < *upper).unwrap_or(BANDS.len() - 1)
}

/// The band holding the middle order of `counts` (one count per band),
/// or `None` when there are none.
pub fn median_band(counts: &[i64]) -> Option<usize> {
    let total: i64 = counts.iter().sum();
    if total <= 0 {
        return None;
    }
    // The lower middle of an even count: the band where half is reached.
    let half = (total + 1) / 2;
    let mut seen = 0;
    counts.iter().position(|n| {
        seen += n;
        seen >= half
    })
}

/// A band in words ("2–4 घंटे", "2–4 hours").
pub fn band_words(lang: crate::i18n::Lang, band: usize) -> String {
    let lower = if band == 0 { 0 } else { BANDS[band - 1] };
    let upper = BANDS[band.min(BANDS.len() - 1)];
    let span = |ms: i64| if ms >= DAY && ms % DAY == 0 { (ms / DAY, true) } else { (ms / HOUR, false) };
    let unit = |days: bool, n: i64| match (lang, days, n == 1) {
        (crate::i18n::Lang::Hi, true, _) => "दिन",
        (crate::i18n::Lang::Hi, false, _) => "घंटे",
        (crate::i18n::Lang::En, true, true) => "day",
        (crate::i18n::Lang::En, true, false) => "days",
        (crate::i18n::Lang::En, false, true) => "hour",
        (crate::i18n::Lang::En, false, false) => "hours",
    };
    if upper == i64::MAX {
        let (n, days) = span(lower);
        return match lang {
            crate::i18n::Lang::Hi => format!("{n} {} से ज़्यादा", unit(days, n)),
            crate::i18n::Lang::En => format!("over {n} {}", unit(days, n)),
        };
    }
    if band == 0 {
        return match lang {
            crate::i18n::Lang::Hi => "एक घंटे से कम".to_string(),
            crate::i18n::Lang::En => "under an hour".to_string(),
        };
    }
    let ((a, a_days), (b, b_days)) = (span(lower), span(upper));
    if a_days == b_days {
        format!("{a}–{b} {}", unit(b_days, b))
    } else {
        format!("{a} {}–{b} {}", unit(a_days, a), unit(b_days, b))
    }
}

/// `part` of `whole` as a percentage with one decimal (supplied ÷ placed),
/// `None` when nothing was placed.
pub fn rate(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| (part.clamp(0, whole) as f64 * 1000.0 / whole as f64).round() / 10.0)
}

/// One step of the flow for a period: how many orders reached it, their
/// goods value (paise), and the band of its median time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowRow {
    pub step: FlowStep,
    pub orders: i64,
    pub value_paise: i64,
    pub median_band: Option<usize>,
}

/// The flow's rows, every step in order, from roll-up cells (a step, a
/// band or -1, orders, value) summed over days and places.
pub fn flow_rows(cells: &[(FlowStep, i64, i64, i64)]) -> Vec<FlowRow> {
    FlowStep::ALL
        .into_iter()
        .map(|step| {
            let mine = cells.iter().filter(|c| c.0 == step);
            let mut bands = [0i64; BANDS.len()];
            let (mut orders, mut value_paise) = (0, 0);
            for (_, band, n, value) in mine {
                orders += n;
                value_paise += value;
                if let Ok(band) = usize::try_from(*band) {
                    bands[band.min(BANDS.len() - 1)] += n;
                }
            }
            FlowRow { step, orders, value_paise, median_band: median_band(&bands) }
        })
        .collect()
}

/// Supplied ÷ placed: the delivered orders as a share of the placed.
pub fn supplied_rate(rows: &[FlowRow]) -> Option<f64> {
    let of = |step| rows.iter().find(|r| r.step == step).map_or(0, |r| r.orders);
    rate(of(FlowStep::Delivered), of(FlowStep::Placed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn each_step_is_timed_from_the_one_before_and_the_money_from_placing() {
        let m = OrderMoments {
            placed: 0,
            confirmed: Some(HOUR),
            accepted: Some(3 * HOUR),
            dispatched: Some(DAY),
            delivered: Some(3 * DAY),
            paid: Some(3 * DAY),
        };
        assert_eq!(
            steps_reached(&m),
            vec![
                (FlowStep::Placed, None),
                (FlowStep::Accepted, Some(2 * HOUR)),
                (FlowStep::Dispatched, Some(DAY - 3 * HOUR)),
                (FlowStep::Delivered, Some(2 * DAY)),
                (FlowStep::Paid, Some(3 * DAY)),
            ]
        );
        // Paid before anything else (UPI), never accepted (cancelled).
        let cancelled = OrderMoments { placed: 10, paid: Some(10 + HOUR), ..Default::default() };
        assert_eq!(steps_reached(&cancelled), vec![(FlowStep::Placed, None), (FlowStep::Paid, Some(HOUR))]);
        for step in FlowStep::ALL {
            assert_eq!(FlowStep::parse(step.as_str()), Some(step));
        }
    }

    #[test]
    fn the_median_is_read_from_the_bands() {
        assert_eq!(band_of(0), 0);
        assert_eq!(band_of(HOUR - 1), 0);
        assert_eq!(band_of(HOUR), 1);
        assert_eq!(band_of(5 * HOUR), 3);
        assert_eq!(band_of(40 * DAY), BANDS.len() - 1);
        assert_eq!(median_band(&[]), None);
        assert_eq!(median_band(&[0, 0, 0]), None);
        assert_eq!(median_band(&[1, 0, 0]), Some(0));
        assert_eq!(median_band(&[1, 1, 1]), Some(1));
        assert_eq!(median_band(&[2, 0, 3]), Some(2), "the third of five");
        assert_eq!(median_band(&[2, 2]), Some(0), "the lower middle of four");
    }

    #[test]
    fn bands_read_in_hours_and_days_in_both_languages() {
        assert_eq!(band_words(Lang::En, 0), "under an hour");
        assert_eq!(band_words(Lang::Hi, 2), "2–4 घंटे");
        assert_eq!(band_words(Lang::En, 4), "8 hours–1 day");
        assert_eq!(band_words(Lang::En, 6), "2–3 days");
        assert_eq!(band_words(Lang::Hi, BANDS.len() - 1), "30 दिन से ज़्यादा");
    }

    #[test]
    fn cells_sum_to_rows_with_their_medians() {
        let cells = [
            (FlowStep::Placed, -1, 4, 400),
            (FlowStep::Placed, -1, 6, 600),
            (FlowStep::Accepted, 0, 2, 200),
            (FlowStep::Accepted, 3, 5, 500),
            (FlowStep::Delivered, 6, 3, 300),
        ];
        let rows = flow_rows(&cells);
        assert_eq!(rows.iter().map(|r| r.step).collect::<Vec<_>>(), FlowStep::ALL.to_vec());
        assert_eq!(rows[0], FlowRow { step: FlowStep::Placed, orders: 10, value_paise: 1000, median_band: None });
        assert_eq!((rows[1].orders, rows[1].median_band), (7, Some(3)), "the fourth of seven is in band 3");
        assert_eq!((rows[2].orders, rows[2].median_band), (0, None));
        assert_eq!(supplied_rate(&rows), Some(30.0));
    }

    #[test]
    fn the_supplied_rate_is_a_share_of_the_placed() {
        assert_eq!(rate(9181, 10122), Some(90.7));
        assert_eq!(rate(0, 5), Some(0.0));
        assert_eq!(rate(3, 0), None);
        assert_eq!(rate(7, 5), Some(100.0));
    }
}
