//! Purchase rules by value, as a state sets them (GeM's direct purchase,
//! adapted): small buys from any group; larger ones only from the
//! lowest-priced of enough comparable live listings; the largest not
//! through Haat at all. One need split over several indents to stay under a
//! limit is caught; an approver approves only within her own limit. And
//! the two clocks after delivery: acceptance, then payment.

use crate::i18n::{Lang, Text};
use crate::money::Money;
use serde::{Deserialize, Serialize};

const DAY_MS: i64 = 86_400_000;

/// One state's purchase rules (the defaults until its officials change them).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurchaseRules {
    /// Up to this value an office may buy from any group.
    pub direct_up_to: Money,
    /// Up to this value, only from the lowest-priced comparable listing; above it, not through Haat.
    pub lowest_up_to: Money,
    /// How many comparable live listings (the chosen one included) the lowest-price rule needs.
    pub comparable_needed: usize,
    /// Indents of the same office for the same kind of item within these
    /// days count as one purchase.
    pub split_window_days: i64,
    /// Days the consignee has to accept after the goods arrive.
    pub accept_within_days: i64,
    /// Whether silence past those days counts as acceptance (the worker records it).
    pub deemed_acceptance: bool,
    /// Days the paying officer has to pay after acceptance.
    pub pay_within_days: i64,
}

impl Default for PurchaseRules {
    fn default() -> Self {
        PurchaseRules {
            direct_up_to: Money::from_rupees(50_000),
            lowest_up_to: Money::from_rupees(10_00_000),
            comparable_needed: 3,
            split_window_days: 30,
            accept_within_days: 10,
            deemed_acceptance: true,
            pay_within_days: 10,
        }
    }
}

/// Checks a state's rules as an official writes them: positive amounts,
/// the lowest-price band above the direct one, 2 to 10 comparable
/// listings, and days within sense (the database holds the same bounds).
pub fn check_rules(rules: &PurchaseRules) -> Result<(), Text> {
    if !rules.direct_up_to.is_positive() || rules.lowest_up_to < rules.direct_up_to {
        return Err(Text::new(
            "सीधी ख़रीद की सीमा शून्य से अधिक हो, और L1 की सीमा उससे कम न हो",
            "The direct purchase limit must be above zero, and the L1 limit not below it",
        ));
    }
    if !(2..=10).contains(&rules.comparable_needed) {
        return Err(Text::new("तुलना के लिए 2 से 10 लिस्टिंग", "Between 2 and 10 comparable listings"));
    }
    if !(0..=365).contains(&rules.split_window_days)
        || !(1..=90).contains(&rules.accept_within_days)
        || !(1..=90).contains(&rules.pay_within_days)
    {
        return Err(Text::new(
            "दिन: बँटवारे की अवधि 0 से 365, स्वीकृति और भुगतान 1 से 90",
            "Days: the split window 0 to 365, acceptance and payment 1 to 90",
        ));
    }
    Ok(())
}

/// Which rule a purchase falls under, from the least strict to the most.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PurchaseRule {
    /// From any group.
    Direct,
    /// Each line from the lowest-priced of enough comparable live listings.
    Lowest,
    /// Too large to buy through Haat.
    NotThroughHaat,
}

/// The rule for a purchase of this value.
pub fn rule_for(rules: &PurchaseRules, value: Money) -> PurchaseRule {
    if value <= rules.direct_up_to {
        PurchaseRule::Direct
    } else if value <= rules.lowest_up_to {
        PurchaseRule::Lowest
    } else {
        PurchaseRule::NotThroughHaat
    }
}

impl PurchaseRule {
    /// The rule in words, with the state's amounts.
    pub fn explain(self, rules: &PurchaseRules) -> Text {
        let (direct, lowest) = (rules.direct_up_to.format(Lang::En), rules.lowest_up_to.format(Lang::En));
        let n = rules.comparable_needed;
        match self {
            PurchaseRule::Direct => Text::new(
                format!("{direct} तक की ख़रीद: किसी भी समूह से सीधे ख़रीद सकते हैं।"),
                format!("A purchase up to {direct}: you may buy from any group."),
            ),
            PurchaseRule::Lowest => Text::new(
                format!(
                    "{direct} से {lowest} तक की ख़रीद: हर चीज़ कम से कम {n} तुलनीय लिस्टिंग में सबसे कम दाम वाली से ही (L1)।"
                ),
                format!(
                    "A purchase above {direct} up to {lowest}: each item only from the lowest-priced (L1) of at least {n} comparable live listings."
                ),
            ),
            PurchaseRule::NotThroughHaat => Text::new(
                format!("{lowest} से ऊपर की ख़रीद हाट से नहीं हो सकती; निविदा की सामान्य प्रक्रिया अपनाएँ।"),
                format!("A purchase above {lowest} cannot go through Haat; follow the usual tender process."),
            ),
        }
    }
}

/// A live listing that could supply a line: the same kind of item, sold by
/// the same unit. `unit_price` is its price at the line's quantity (tiers applied).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparable {
    pub listing_id: i64,
    pub group_name: Text,
    pub unit_price: Money,
}

/// Why a line fails the lowest-price rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LowestRefusal {
    /// Fewer comparable live listings than the rule needs (the chosen one counted).
    TooFew { found: usize, needed: usize },
    /// Another comparable listing is cheaper.
    NotLowest { lowest: Money },
}

/// Whether `chosen` is the lowest-priced of enough comparable listings (a
/// tie with the lowest is the lowest). `comparables` includes the chosen one.
pub fn check_lowest(rules: &PurchaseRules, chosen: i64, comparables: &[Comparable]) -> Result<(), LowestRefusal> {
    if comparables.len() < rules.comparable_needed {
        return Err(LowestRefusal::TooFew { found: comparables.len(), needed: rules.comparable_needed });
    }
    let lowest = comparables.iter().map(|c| c.unit_price).min().unwrap_or(Money::ZERO);
    match comparables.iter().find(|c| c.listing_id == chosen) {
        Some(c) if c.unit_price <= lowest => Ok(()),
        _ => Err(LowestRefusal::NotLowest { lowest }),
    }
}

/// An earlier indent of the same office, as the split check sees it:
/// one kind of item (a category) and what the indent asked of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlierBuy {
    pub indent_number: String,
    /// When it was sent for approval (ms).
    pub submitted_at: i64,
    pub category_id: i64,
    pub value: Money,
}

/// One need split over several indents: together they fall under a
/// stricter rule than this indent alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitFound {
    pub category_id: i64,
    pub earlier: Vec<String>,
    pub combined: Money,
    pub rule: PurchaseRule,
}

/// The rule an indent must meet: the rule for its own total, or, when the
/// same office bought the same kind of item within the window, the rule
/// for those purchases together if that is stricter (splitting one need to
/// stay under a limit buys nothing). `lines` are (category, value) of this indent.
pub fn rule_with_earlier(
    rules: &PurchaseRules,
    now_ms: i64,
    lines: &[(i64, Money)],
    earlier: &[EarlierBuy],
) -> (PurchaseRule, Option<SplitFound>) {
    let total = lines.iter().fold(Money::ZERO, |sum, (_, value)| sum + *value);
    let own = rule_for(rules, total);
    let since = now_ms - rules.split_window_days * DAY_MS;
    let mut strictest: Option<SplitFound> = None;
    let mut categories: Vec<i64> = lines.iter().map(|(category, _)| *category).collect();
    categories.sort_unstable();
    categories.dedup();
    for category in categories {
        let mine = lines.iter().filter(|(c, _)| *c == category).fold(Money::ZERO, |sum, (_, v)| sum + *v);
        let before: Vec<&EarlierBuy> =
            earlier.iter().filter(|e| e.category_id == category && e.submitted_at >= since).collect();
        if before.is_empty() {
            continue;
        }
        let combined = before.iter().fold(mine, |sum, e| sum + e.value);
        let rule = rule_for(rules, combined);
        if rule > own && strictest.as_ref().is_none_or(|s| rule > s.rule) {
            let mut numbers: Vec<String> = before.iter().map(|e| e.indent_number.clone()).collect();
            numbers.dedup();
            strictest = Some(SplitFound { category_id: category, earlier: numbers, combined, rule });
        }
    }
    match strictest {
        Some(split) => (split.rule, Some(split)),
        None => (own, None),
    }
}

/// Whether an approver with this limit may sanction this value. An
/// approver whose limit nobody has set may sanction nothing.
pub fn within_limit(limit: Option<Money>, value: Money) -> bool {
    limit.is_some_and(|limit| value <= limit)
}

/// Maker and checker: no one sanctions an indent she wrote herself, even
/// when she holds both duties.
pub fn may_sanction(indenter_id: i64, approver_id: i64) -> bool {
    indenter_id != approver_id
}

/// When the consignee must have accepted goods received at `received_at`.
pub fn acceptance_due(rules: &PurchaseRules, received_at: i64) -> i64 {
    received_at + rules.accept_within_days * DAY_MS
}

/// When a bill accepted at `accepted_at` must be paid.
pub fn payment_due(rules: &PurchaseRules, accepted_at: i64) -> i64 {
    accepted_at + rules.pay_within_days * DAY_MS
}

/// Whole days past `due` at `now` (0 when not yet due or due today).
pub fn days_late(due: i64, now: i64) -> i64 {
    if now <= due {
        0
    } else {
        (now - due) / DAY_MS
    }
}

/// Whether a payment date the paying officer gives can be true: not
/// before the day the goods were accepted, not after today (day numbers).
pub fn paid_on_possible(paid_on: i64, accepted_day: i64, today: i64) -> bool {
    (accepted_day..=today).contains(&paid_on)
}

/// What the consignee accepted of one line: all of it, part (with a
/// reason), or none (with a reason). `received` bounds `accepted`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineAcceptance {
    pub received: i64,
    pub accepted: i64,
    pub reason: Option<String>,
}

/// Why a line's receipt or acceptance is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuantityRefusal {
    /// Received more than was ordered, or a negative count.
    ReceivedOutOfRange,
    /// Accepted more than was received, or a negative count.
    AcceptedOutOfRange,
    /// Less than received was accepted, and no reason was given.
    ReasonMissing,
}

/// Checks one line's counts: received within 0..=ordered, accepted within
/// 0..=received, and a reason whenever less than received is accepted.
pub fn check_line(ordered: i64, line: &LineAcceptance) -> Result<(), QuantityRefusal> {
    if line.received < 0 || line.received > ordered {
        return Err(QuantityRefusal::ReceivedOutOfRange);
    }
    if line.accepted < 0 || line.accepted > line.received {
        return Err(QuantityRefusal::AcceptedOutOfRange);
    }
    let reason_given = line.reason.as_deref().is_some_and(|r| !r.trim().is_empty());
    if line.accepted < line.received && !reason_given {
        return Err(QuantityRefusal::ReasonMissing);
    }
    Ok(())
}

/// How many units of a line go back to the group, as a returned parcel
/// does: what arrived and was not accepted. Units short on arrival never
/// reached the office's store room, so there is nothing of them to send back.
pub fn units_returned(line: &LineAcceptance) -> i64 {
    (line.received - line.accepted).max(0)
}

/// The bill of a supply order: each line's accepted units at the order's
/// unit price, and delivery in proportion to the goods accepted (rounded to
/// the paisa), so a full acceptance bills exactly the order's total.
pub fn bill_amount(lines: &[(i64, Money)], delivery: Money, goods_ordered: Money) -> Money {
    let goods: Money = lines.iter().fold(Money::ZERO, |sum, (qty, unit)| sum + unit.times(*qty));
    if goods_ordered == Money::ZERO || goods == Money::ZERO {
        return goods;
    }
    let share = Money::from_paise(
        (i128::from(delivery.to_paise()) * i128::from(goods.to_paise()) / i128::from(goods_ordered.to_paise()))
            .try_into()
            .unwrap_or(i64::MAX),
    );
    goods + share
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rupees(r: i64) -> Money {
        Money::from_rupees(r)
    }

    #[test]
    fn each_threshold_falls_on_the_side_the_rule_says() {
        let rules = PurchaseRules::default();
        assert_eq!(rule_for(&rules, rupees(1)), PurchaseRule::Direct);
        assert_eq!(rule_for(&rules, rupees(50_000)), PurchaseRule::Direct);
        assert_eq!(rule_for(&rules, Money::from_paise(50_000_01)), PurchaseRule::Lowest);
        assert_eq!(rule_for(&rules, rupees(10_00_000)), PurchaseRule::Lowest);
        assert_eq!(rule_for(&rules, Money::from_paise(10_00_000_01)), PurchaseRule::NotThroughHaat);
        // A state's own amounts.
        let strict = PurchaseRules { direct_up_to: rupees(25_000), ..PurchaseRules::default() };
        assert_eq!(rule_for(&strict, rupees(30_000)), PurchaseRule::Lowest);
    }

    #[test]
    fn each_rule_reads_with_the_states_amounts_in_both_languages() {
        let rules = PurchaseRules::default();
        let words = PurchaseRule::Lowest.explain(&rules);
        assert!(words.en.contains("₹50,000") && words.en.contains("₹10,00,000") && words.en.contains("3"));
        assert!(words.hi.contains("₹50,000") && words.hi.contains("L1"));
        assert!(PurchaseRule::NotThroughHaat.explain(&rules).en.contains("cannot go through Haat"));
    }

    fn listing(id: i64, price: i64) -> Comparable {
        Comparable { listing_id: id, group_name: Text::new("समूह", "Group"), unit_price: rupees(price) }
    }

    #[test]
    fn the_lowest_rule_needs_enough_listings_and_the_cheapest_of_them() {
        let rules = PurchaseRules::default();
        let three = [listing(1, 90), listing(2, 95), listing(3, 120)];
        assert_eq!(check_lowest(&rules, 1, &three), Ok(()));
        assert_eq!(check_lowest(&rules, 2, &three), Err(LowestRefusal::NotLowest { lowest: rupees(90) }));
        assert_eq!(check_lowest(&rules, 1, &three[..2]), Err(LowestRefusal::TooFew { found: 2, needed: 3 }));
        // A tie with the lowest is the lowest.
        let tie = [listing(1, 90), listing(2, 90), listing(3, 120)];
        assert_eq!(check_lowest(&rules, 2, &tie), Ok(()));
        // A listing not among the comparables is not the lowest.
        assert!(matches!(check_lowest(&rules, 9, &three), Err(LowestRefusal::NotLowest { .. })));
    }

    fn earlier(number: &str, days_ago: i64, category: i64, value: i64) -> EarlierBuy {
        EarlierBuy {
            indent_number: number.into(),
            submitted_at: NOW - days_ago * DAY_MS,
            category_id: category,
            value: rupees(value),
        }
    }

    const NOW: i64 = 1_800_000_000_000;

    #[test]
    fn a_need_split_over_indents_within_the_window_meets_the_rule_of_the_whole() {
        let rules = PurchaseRules::default();
        // ₹40,000 of handwash (category 7) alone is a direct buy …
        let this = [(7, rupees(40_000))];
        assert_eq!(rule_with_earlier(&rules, NOW, &this, &[]), (PurchaseRule::Direct, None));
        // … but not after ₹30,000 of handwash 12 days ago.
        let before = [earlier("IND-1", 12, 7, 30_000), earlier("IND-2", 3, 9, 45_000)];
        let (rule, split) = rule_with_earlier(&rules, NOW, &this, &before);
        assert_eq!(rule, PurchaseRule::Lowest);
        let split = split.expect("a split");
        assert_eq!((split.category_id, split.combined, split.earlier), (7, rupees(70_000), vec!["IND-1".to_string()]));
        // Outside the window it is a new purchase.
        let old = [earlier("IND-1", 31, 7, 30_000)];
        assert_eq!(rule_with_earlier(&rules, NOW, &this, &old), (PurchaseRule::Direct, None));
        // Another kind of item is another need.
        let other = [earlier("IND-2", 3, 9, 45_000)];
        assert_eq!(rule_with_earlier(&rules, NOW, &this, &other), (PurchaseRule::Direct, None));
        // Together past the top limit: not through Haat.
        let big = [earlier("IND-3", 1, 7, 9_90_000)];
        let (rule, split) = rule_with_earlier(&rules, NOW, &this, &big);
        assert_eq!(rule, PurchaseRule::NotThroughHaat);
        assert_eq!(split.map(|s| s.rule), Some(PurchaseRule::NotThroughHaat));
    }

    #[test]
    fn an_indent_already_under_the_stricter_rule_is_no_split() {
        let rules = PurchaseRules::default();
        let this = [(7, rupees(60_000))];
        let before = [earlier("IND-1", 5, 7, 10_000)];
        assert_eq!(rule_with_earlier(&rules, NOW, &this, &before), (PurchaseRule::Lowest, None));
    }

    #[test]
    fn an_approver_sanctions_only_within_her_limit() {
        assert!(within_limit(Some(rupees(1_00_000)), rupees(1_00_000)));
        assert!(!within_limit(Some(rupees(1_00_000)), Money::from_paise(1_00_000_01)));
        assert!(!within_limit(None, rupees(1)), "no limit set: nothing");
    }

    #[test]
    fn a_states_rules_are_checked_before_they_are_kept() {
        let ok = PurchaseRules::default();
        assert_eq!(check_rules(&ok), Ok(()));
        let inverted = PurchaseRules { lowest_up_to: rupees(10_000), ..PurchaseRules::default() };
        assert!(check_rules(&inverted).is_err());
        assert!(check_rules(&PurchaseRules { direct_up_to: Money::ZERO, ..PurchaseRules::default() }).is_err());
        assert!(check_rules(&PurchaseRules { comparable_needed: 1, ..PurchaseRules::default() }).is_err());
        assert!(check_rules(&PurchaseRules { pay_within_days: 0, ..PurchaseRules::default() }).is_err());
        assert!(check_rules(&PurchaseRules { split_window_days: 400, ..PurchaseRules::default() }).is_err());
    }

    #[test]
    fn a_payment_is_dated_between_acceptance_and_today() {
        assert!(paid_on_possible(100, 100, 105));
        assert!(paid_on_possible(105, 100, 105));
        assert!(!paid_on_possible(99, 100, 105), "before the goods were accepted");
        assert!(!paid_on_possible(106, 100, 105), "in the future");
    }

    #[test]
    fn no_one_sanctions_her_own_indent() {
        assert!(may_sanction(1, 2));
        assert!(!may_sanction(7, 7));
    }

    #[test]
    fn the_clocks_count_whole_days() {
        let rules = PurchaseRules::default();
        assert_eq!(acceptance_due(&rules, NOW), NOW + 10 * DAY_MS);
        assert_eq!(payment_due(&rules, NOW), NOW + 10 * DAY_MS);
        assert_eq!(days_late(NOW, NOW), 0);
        assert_eq!(days_late(NOW, NOW + DAY_MS - 1), 0);
        assert_eq!(days_late(NOW, NOW + 3 * DAY_MS + 5), 3);
        assert_eq!(days_late(NOW, NOW - DAY_MS), 0);
    }

    #[test]
    fn a_line_is_received_within_the_order_and_accepted_within_the_receipt() {
        let line = |received, accepted, reason: Option<&str>| LineAcceptance {
            received,
            accepted,
            reason: reason.map(str::to_string),
        };
        assert_eq!(check_line(10, &line(10, 10, None)), Ok(()));
        assert_eq!(check_line(10, &line(10, 8, Some("2 bottles leaking"))), Ok(()));
        assert_eq!(check_line(10, &line(10, 0, Some("wrong item"))), Ok(()));
        assert_eq!(check_line(10, &line(10, 8, None)), Err(QuantityRefusal::ReasonMissing));
        assert_eq!(check_line(10, &line(10, 8, Some("  "))), Err(QuantityRefusal::ReasonMissing));
        assert_eq!(check_line(10, &line(11, 10, None)), Err(QuantityRefusal::ReceivedOutOfRange));
        assert_eq!(check_line(10, &line(-1, 0, None)), Err(QuantityRefusal::ReceivedOutOfRange));
        assert_eq!(check_line(10, &line(8, 9, None)), Err(QuantityRefusal::AcceptedOutOfRange));
        // Short delivery accepted in full needs no reason: the receipt says it.
        assert_eq!(check_line(10, &line(8, 8, None)), Ok(()));
    }

    #[test]
    fn what_arrived_and_was_not_accepted_goes_back_to_the_group() {
        let line = |received, accepted| LineAcceptance { received, accepted, reason: Some("leaking".into()) };
        assert_eq!(units_returned(&line(4, 3)), 1);
        assert_eq!(units_returned(&line(4, 0)), 4, "a rejected line goes back whole");
        assert_eq!(units_returned(&line(4, 4)), 0);
        // Ten ordered, six arrived, all six accepted: the four short are not the office's to return.
        assert_eq!(units_returned(&line(6, 6)), 0);
    }

    #[test]
    fn a_bill_is_the_accepted_goods_and_their_share_of_delivery() {
        let unit = rupees(50);
        // All of it: exactly the order's total.
        assert_eq!(bill_amount(&[(100, unit)], rupees(300), rupees(5_000)), rupees(5_300));
        // Half accepted: half the delivery.
        assert_eq!(bill_amount(&[(50, unit)], rupees(300), rupees(5_000)), rupees(2_650));
        // Nothing accepted: nothing billed.
        assert_eq!(bill_amount(&[(0, unit)], rupees(300), rupees(5_000)), Money::ZERO);
        // A third: the share rounds down to the paisa.
        assert_eq!(bill_amount(&[(1, rupees(1))], Money::from_paise(100), rupees(3)), Money::from_paise(100 + 33));
    }
}
