//! Requests for quotes: a trader asks one or several groups for a quantity
//! or terms beyond the listed ones; each group answers (a price, the
//! quantity she can supply, days to dispatch, valid until); either side
//! counters; the trader accepts an offer and it becomes an order at the
//! agreed price. Every answer is a version that is kept.
//!
//! THE quote state machine is [`next`]: who may take which step from which
//! status. The store applies each step as a conditional update from the
//! status and version the person saw, so two answers at once cannot both win.

use crate::i18n::{Text, Tr};
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// Where one group's quote stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QuoteStatus {
    /// The trader asked; the group has not answered yet.
    Asked,
    /// The group offered terms; the trader's turn (accept, counter, decline).
    Offered,
    /// The trader countered; the group's turn (offer again, or decline).
    Countered,
    /// The trader accepted the group's offer: there is an order.
    Accepted,
    /// One side said no.
    Declined,
    /// The trader took her request back.
    Withdrawn,
    /// Nobody answered in time, or the offer ran out.
    Expired,
}

/// What someone does to a quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuoteStep {
    /// The group states her terms (a first answer, a counter, or agreeing to the trader's counter).
    Offer,
    /// The trader proposes other terms.
    Counter,
    /// The trader takes the group's offer (an order is placed with it).
    Accept,
    Decline,
    Withdraw,
    /// The clock: the request or the offer ran out.
    Expire,
    /// The clock: the order an acceptance placed ended before it was sent
    /// (unpaid, cancelled, refused), so the group's offer stands again.
    Reopen,
}

/// Who takes a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QuoteSide {
    Trader,
    Group,
    Clock,
}

impl QuoteStatus {
    pub const ALL: [QuoteStatus; 7] = [
        QuoteStatus::Asked,
        QuoteStatus::Offered,
        QuoteStatus::Countered,
        QuoteStatus::Accepted,
        QuoteStatus::Declined,
        QuoteStatus::Withdrawn,
        QuoteStatus::Expired,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            QuoteStatus::Asked => "asked",
            QuoteStatus::Offered => "offered",
            QuoteStatus::Countered => "countered",
            QuoteStatus::Accepted => "accepted",
            QuoteStatus::Declined => "declined",
            QuoteStatus::Withdrawn => "withdrawn",
            QuoteStatus::Expired => "expired",
        }
    }

    pub fn parse(word: &str) -> Option<QuoteStatus> {
        QuoteStatus::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// Still being talked about: someone can answer.
    pub const fn is_open(self) -> bool {
        matches!(self, QuoteStatus::Asked | QuoteStatus::Offered | QuoteStatus::Countered)
    }

    /// Whose answer the quote waits for.
    pub const fn waits_for(self) -> Option<QuoteSide> {
        match self {
            QuoteStatus::Asked | QuoteStatus::Countered => Some(QuoteSide::Group),
            QuoteStatus::Offered => Some(QuoteSide::Trader),
            _ => None,
        }
    }

    pub const fn label(self) -> Tr {
        match self {
            QuoteStatus::Asked => Tr::new("जवाब का इंतज़ार", "Waiting for the group"),
            QuoteStatus::Offered => Tr::new("समूह ने दाम बताया", "The group has offered"),
            QuoteStatus::Countered => Tr::new("व्यापारी ने नया दाम रखा", "The trader countered"),
            QuoteStatus::Accepted => Tr::new("मंज़ूर — ऑर्डर बना", "Accepted — an order was placed"),
            QuoteStatus::Declined => Tr::new("मना किया गया", "Declined"),
            QuoteStatus::Withdrawn => Tr::new("व्यापारी ने वापस लिया", "Withdrawn by the trader"),
            QuoteStatus::Expired => Tr::new("समय निकल गया", "Expired"),
        }
    }
}

impl QuoteSide {
    pub const fn as_str(self) -> &'static str {
        match self {
            QuoteSide::Trader => "trader",
            QuoteSide::Group => "group",
            QuoteSide::Clock => "clock",
        }
    }

    pub fn parse(word: &str) -> Option<QuoteSide> {
        [QuoteSide::Trader, QuoteSide::Group, QuoteSide::Clock].into_iter().find(|s| s.as_str() == word)
    }
}

impl QuoteStep {
    pub const ALL: [QuoteStep; 7] = [
        QuoteStep::Offer,
        QuoteStep::Counter,
        QuoteStep::Accept,
        QuoteStep::Decline,
        QuoteStep::Withdraw,
        QuoteStep::Expire,
        QuoteStep::Reopen,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            QuoteStep::Offer => "offer",
            QuoteStep::Counter => "counter",
            QuoteStep::Accept => "accept",
            QuoteStep::Decline => "decline",
            QuoteStep::Withdraw => "withdraw",
            QuoteStep::Expire => "expire",
            QuoteStep::Reopen => "reopen",
        }
    }

    pub fn parse(word: &str) -> Option<QuoteStep> {
        QuoteStep::ALL.into_iter().find(|s| s.as_str() == word)
    }
}

/// THE quote state machine: the status after `side` takes `step` on a
/// quote in `status`, or why it may not.
pub fn next(status: QuoteStatus, step: QuoteStep, side: QuoteSide) -> Result<QuoteStatus, Text> {
    use QuoteSide::*;
    use QuoteStatus::*;
    use QuoteStep::*;
    let to = match (status, step, side) {
        // The group answers a request or a counter (and may revise her own offer).
        (Asked | Countered | Offered, Offer, Group) => Offered,
        (Asked | Countered, Decline, Group) => Declined,
        // The trader's turn after an offer; she may also revise her counter.
        (Offered | Countered, Counter, Trader) => Countered,
        (Offered, Accept, Trader) => Accepted,
        (Offered, Decline, Trader) => Declined,
        (Asked | Offered | Countered, Withdraw, Trader) => Withdrawn,
        (Asked | Offered | Countered, Expire, Clock) => Expired,
        (Accepted, Reopen, Clock) => Offered,
        _ if !status.is_open() => {
            return Err(Text::new(
                format!("यह कोटेशन अब बंद है ({})", status.label().hi),
                format!("This quote is closed ({})", status.label().en),
            ))
        }
        _ => {
            return Err(Text::new(
                "अभी यह कदम आपकी ओर से नहीं उठाया जा सकता",
                "That is not yours to do on this quote now",
            ))
        }
    };
    Ok(to)
}

/// Whether `side` may ever take `step`, whatever the status: the group
/// offers and declines; the trader counters, accepts, declines and
/// withdraws; only the clock lets a quote run out. A step outside this is
/// refused as not hers, not as "the quote moved on".
pub const fn may_ever(step: QuoteStep, side: QuoteSide) -> bool {
    use QuoteSide::*;
    use QuoteStep::*;
    matches!(
        (step, side),
        (Offer | Decline, Group) | (Counter | Accept | Decline | Withdraw, Trader) | (Expire | Reopen, Clock)
    )
}

/// One side's terms: a version of the quote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Terms {
    pub unit_price: Money,
    pub qty: i64,
    /// Days from the order to dispatch.
    pub dispatch_days: i64,
    /// The last day (India) the terms stand; `None` on a counter (the
    /// request's own end applies).
    pub valid_until: Option<i64>,
    pub note: String,
}

/// The most one quote can ask for (ten lakh units), and the longest
/// anyone may promise or keep terms open.
pub const MAX_QUOTE_QTY: i64 = 10_00_000;
pub const MAX_DISPATCH_DAYS: i64 = 180;
pub const MAX_VALID_DAYS: i64 = 60;
/// A request with no needed-by date stays open this many days.
pub const REQUEST_OPEN_DAYS: i64 = 14;
/// A request (or counter) the group has not answered in this long shows
/// to her district official.
pub const ANSWER_WITHIN_MS: i64 = 48 * 60 * 60 * 1000;
/// The most groups one request goes to.
pub const MAX_GROUPS_PER_REQUEST: usize = 20;
/// A note's length, in characters.
pub const MAX_NOTE_CHARS: usize = 500;

fn whole_number(input: &str, min: i64, max: i64, why: Text) -> Result<i64, Text> {
    crate::i18n::latin_digits(input.trim()).parse::<i64>().ok().filter(|n| (min..=max).contains(n)).ok_or(why)
}

pub fn parse_qty(input: &str) -> Result<i64, Text> {
    whole_number(
        input,
        1,
        MAX_QUOTE_QTY,
        Text::new("मात्रा 1 से 10,00,000 के बीच पूरी संख्या लिखें", "Enter a quantity from 1 to 10,00,000"),
    )
}

pub fn parse_unit_price(input: &str) -> Result<Money, Text> {
    let price = Money::parse_price(&crate::i18n::latin_digits(input)).map_err(|e| e.message())?;
    if !price.is_positive() {
        return Err(Text::new("प्रति इकाई दाम शून्य से ज़्यादा लिखें", "Enter a unit price above zero"));
    }
    Ok(price)
}

pub fn parse_note(input: &str) -> Result<String, Text> {
    let note = input.trim();
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(Text::new("टिप्पणी 500 अक्षरों तक ही लिखें", "Keep the note to 500 characters"));
    }
    Ok(note.to_string())
}

/// A group's answer as her form sends it, checked against `today`.
pub fn parse_offer(
    price: &str,
    qty: &str,
    days: &str,
    valid_until: &str,
    note: &str,
    today: i64,
) -> Result<Terms, Text> {
    let unit_price = parse_unit_price(price)?;
    let qty = parse_qty(qty)?;
    let dispatch_days = whole_number(
        days,
        0,
        MAX_DISPATCH_DAYS,
        Text::new("भेजने के दिन 0 से 180 के बीच लिखें", "Enter the days to dispatch, 0 to 180"),
    )?;
    let valid_until = crate::dates::parse_iso_day(valid_until)
        .filter(|day| (today..=today + MAX_VALID_DAYS).contains(day))
        .ok_or_else(|| {
            Text::new(
                "दाम कब तक मान्य है: आज से 60 दिन के भीतर की तारीख़ चुनें",
                "Valid until: choose a date from today to 60 days ahead",
            )
        })?;
    Ok(Terms { unit_price, qty, dispatch_days, valid_until: Some(valid_until), note: parse_note(note)? })
}

/// The trader's counter: her price and quantity; the days to dispatch
/// stay those the group last offered.
pub fn parse_counter(price: &str, qty: &str, note: &str, last: &Terms) -> Result<Terms, Text> {
    Ok(Terms {
        unit_price: parse_unit_price(price)?,
        qty: parse_qty(qty)?,
        dispatch_days: last.dispatch_days,
        valid_until: None,
        note: parse_note(note)?,
    })
}

/// The last day (India) a request stays open: her needed-by date, or two
/// weeks, whichever comes first.
pub fn request_open_until(asked_on: i64, needed_by: Option<i64>) -> i64 {
    let latest = asked_on + REQUEST_OPEN_DAYS;
    needed_by.map_or(latest, |by| by.min(latest))
}

/// Whether the clock ends a quote on `today`: a request past its last
/// day; an offer past its valid-until day; a counter once both the request
/// and the offer it answers have run out (an offer may outlive the request,
/// and a counter to it must not end the moment it is sent). The store's
/// `open_quotes` asks the same in SQL.
pub fn has_run_out(status: QuoteStatus, open_until: i64, offer_valid_until: Option<i64>, today: i64) -> bool {
    let offer_until = offer_valid_until.unwrap_or(open_until);
    match status {
        QuoteStatus::Asked => today > open_until,
        QuoteStatus::Offered => today > offer_until,
        QuoteStatus::Countered => today > open_until.max(offer_until),
        _ => false,
    }
}

/// Whether a quote waiting for the group since `since` shows to her
/// district official at `now` (48 hours unanswered).
pub fn is_unanswered(status: QuoteStatus, since: i64, now: i64) -> bool {
    status.waits_for() == Some(QuoteSide::Group) && now - since >= ANSWER_WITHIN_MS
}

/// The whole order a set of terms makes, before delivery.
pub fn goods_of(terms: &Terms) -> Money {
    terms.unit_price.times(terms.qty)
}

#[cfg(test)]
mod tests {
    use super::*;
    use QuoteSide::*;
    use QuoteStatus::*;
    use QuoteStep::*;

    /// Every (status, step, side), and what the machine answers: the whole table.
    #[test]
    fn every_step_by_every_side_from_every_status() {
        let allowed = [
            (Asked, Offer, Group, Offered),
            (Countered, Offer, Group, Offered),
            (Offered, Offer, Group, Offered),
            (Asked, Decline, Group, Declined),
            (Countered, Decline, Group, Declined),
            (Offered, Counter, Trader, Countered),
            (Countered, Counter, Trader, Countered),
            (Offered, Accept, Trader, Accepted),
            (Offered, Decline, Trader, Declined),
            (Asked, Withdraw, Trader, Withdrawn),
            (Offered, Withdraw, Trader, Withdrawn),
            (Countered, Withdraw, Trader, Withdrawn),
            (Asked, Expire, Clock, Expired),
            (Offered, Expire, Clock, Expired),
            (Countered, Expire, Clock, Expired),
            (Accepted, Reopen, Clock, Offered),
        ];
        let mut checked = 0;
        for status in QuoteStatus::ALL {
            for step in QuoteStep::ALL {
                for side in [Trader, Group, Clock] {
                    let expected = allowed.iter().find(|a| (a.0, a.1, a.2) == (status, step, side)).map(|a| a.3);
                    match (next(status, step, side), expected) {
                        (Ok(to), Some(want)) => assert_eq!(to, want, "{status:?} {step:?} by {side:?}"),
                        (Err(_), None) => {}
                        (got, want) => panic!("{status:?} {step:?} by {side:?}: got {got:?}, want {want:?}"),
                    }
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 7 * 7 * 3);
    }

    #[test]
    fn every_allowed_step_is_one_its_side_may_ever_take() {
        for status in QuoteStatus::ALL {
            for step in QuoteStep::ALL {
                for side in [Trader, Group, Clock] {
                    if next(status, step, side).is_ok() {
                        assert!(may_ever(step, side), "{step:?} by {side:?}");
                    }
                }
            }
        }
        assert!(!may_ever(Offer, Trader) && !may_ever(Accept, Group) && !may_ever(Withdraw, Group));
    }

    #[test]
    fn the_group_cannot_accept_for_the_trader_nor_the_trader_offer_for_the_group() {
        assert!(next(Countered, Accept, Group).is_err());
        assert!(next(Asked, Offer, Trader).is_err());
        assert!(next(Asked, Counter, Trader).is_err(), "nothing to counter before an offer");
        assert!(next(Offered, Decline, Group).is_err(), "she withdraws her offer by offering again, not declining");
    }

    #[test]
    fn a_closed_quote_says_so() {
        let why = next(Accepted, Counter, Trader).unwrap_err();
        assert!(why.en.contains("closed"), "{}", why.en);
        assert!(why.hi.contains("बंद"));
    }

    #[test]
    fn whose_turn_it_is() {
        assert_eq!(Asked.waits_for(), Some(Group));
        assert_eq!(Countered.waits_for(), Some(Group));
        assert_eq!(Offered.waits_for(), Some(Trader));
        assert_eq!(Accepted.waits_for(), None);
    }

    #[test]
    fn statuses_and_steps_read_back_as_themselves() {
        for s in QuoteStatus::ALL {
            assert_eq!(QuoteStatus::parse(s.as_str()), Some(s));
        }
        for s in QuoteStep::ALL {
            assert_eq!(QuoteStep::parse(s.as_str()), Some(s));
        }
        assert_eq!(QuoteStatus::parse("pending"), None);
    }

    #[test]
    fn an_offer_is_checked_field_by_field() {
        let today = crate::dates::parse_iso_day("2026-12-01").unwrap();
        let ok = parse_offer("182.50", "२०००", "10", "2026-12-10", " ok ", today).unwrap();
        assert_eq!(ok.unit_price, Money::parse_price("182.50").unwrap());
        assert_eq!(ok.qty, 2000, "Devanagari digits read as numbers");
        assert_eq!(ok.valid_until, Some(today + 9));
        assert_eq!(ok.note, "ok");
        assert!(parse_offer("0", "2000", "10", "2026-12-10", "", today).is_err(), "no free goods");
        assert!(parse_offer("abc", "2000", "10", "2026-12-10", "", today).is_err());
        assert!(parse_offer("180", "0", "10", "2026-12-10", "", today).is_err());
        assert!(parse_offer("180", "2000", "181", "2026-12-10", "", today).is_err());
        assert!(parse_offer("180", "2000", "10", "2026-11-30", "", today).is_err(), "valid until the past");
        assert!(parse_offer("180", "2000", "10", "2027-03-01", "", today).is_err(), "more than 60 days");
        assert!(parse_offer("180", "2000", "10", "2026-12-10", &"x".repeat(501), today).is_err());
    }

    #[test]
    fn a_counter_keeps_the_groups_days() {
        let last = Terms {
            unit_price: Money::from_rupees(190),
            qty: 2000,
            dispatch_days: 12,
            valid_until: Some(5),
            note: String::new(),
        };
        let counter = parse_counter("175", "2000", "", &last).unwrap();
        assert_eq!((counter.dispatch_days, counter.valid_until), (12, None));
        assert_eq!(goods_of(&counter), Money::from_rupees(350_000));
    }

    #[test]
    fn a_request_runs_out_at_her_date_or_in_two_weeks() {
        assert_eq!(request_open_until(100, None), 114);
        assert_eq!(request_open_until(100, Some(105)), 105);
        assert_eq!(request_open_until(100, Some(200)), 114);
        assert!(!has_run_out(Asked, 114, None, 114), "open through its last day");
        assert!(has_run_out(Asked, 114, None, 115));
        assert!(has_run_out(Offered, 114, Some(110), 111), "the offer's own date");
        assert!(!has_run_out(Offered, 114, Some(120), 115), "an offer may outlive the request");
        assert!(!has_run_out(Countered, 114, Some(120), 115), "so may a counter to it");
        assert!(has_run_out(Countered, 114, Some(120), 121));
        assert!(has_run_out(Countered, 114, Some(110), 115), "both over");
        assert!(!has_run_out(Accepted, 114, None, 999));
    }

    #[test]
    fn unanswered_for_48_hours_goes_to_the_official() {
        assert!(!is_unanswered(Asked, 0, ANSWER_WITHIN_MS - 1));
        assert!(is_unanswered(Asked, 0, ANSWER_WITHIN_MS));
        assert!(is_unanswered(Countered, 0, ANSWER_WITHIN_MS));
        assert!(!is_unanswered(Offered, 0, ANSWER_WITHIN_MS * 3), "the trader's turn is not the group's delay");
    }
}
