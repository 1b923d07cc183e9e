//! An advance part payment on a trade order. A group making 2,000 pieces
//! for a trader it has never met wants some money before it buys the
//! cloth: its leader sets a share of the total (the percentage) that the
//! trader pays first, straight to the group by UPI, and when the rest is
//! due — before the goods leave, or when they arrive. A shopper's cart
//! never carries these terms; only orders a trader places (a split, an
//! accepted quote, an order taken on the phone) do: which way such an
//! order is paid is [`PaymentMethod::on_trade_terms`](crate::orders::types::PaymentMethod::on_trade_terms).

use crate::i18n::{Text, Tr};
use crate::money::Money;
use crate::orders::state::OrderStatus;
use serde::{Deserialize, Serialize};

/// When the balance (the total less the advance) is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BalanceDue {
    /// The group sends nothing until the whole amount is in.
    BeforeDispatch,
    /// Paid to the group when the goods arrive (cash or UPI at the door).
    OnDelivery,
}

impl BalanceDue {
    pub const ALL: [BalanceDue; 2] = [BalanceDue::BeforeDispatch, BalanceDue::OnDelivery];

    pub const fn as_str(self) -> &'static str {
        match self {
            BalanceDue::BeforeDispatch => "before_dispatch",
            BalanceDue::OnDelivery => "on_delivery",
        }
    }

    pub fn parse(value: &str) -> Option<BalanceDue> {
        BalanceDue::ALL.into_iter().find(|b| b.as_str() == value.trim())
    }

    pub const fn label(self) -> Tr {
        match self {
            BalanceDue::BeforeDispatch => Tr::new("बाक़ी रक़म माल भेजने से पहले", "the rest before dispatch"),
            BalanceDue::OnDelivery => Tr::new("बाक़ी रक़म माल पहुँचने पर", "the rest on delivery"),
        }
    }
}

/// The smallest and largest advance a group may ask, in percent. Below 5
/// it is not worth a UPI payment; at 100 it is no longer a part payment
/// (a trader who wants to pay everything first pays by UPI in full).
pub const ADVANCE_PERCENT: std::ops::RangeInclusive<u8> = 5..=90;

/// A group's terms for trade orders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdvanceTerms {
    pub percent: u8,
    pub balance: BalanceDue,
}

impl AdvanceTerms {
    /// From the group's two columns (a percentage of 0: no advance).
    pub fn from_columns(percent: i64, balance: BalanceDue) -> Option<AdvanceTerms> {
        u8::try_from(percent)
            .ok()
            .filter(|p| ADVANCE_PERCENT.contains(p))
            .map(|percent| AdvanceTerms { percent, balance })
    }

    /// "30% in advance, the rest before dispatch".
    pub fn describe(self) -> Text {
        let rest = self.balance.label();
        Text::new(format!("{}% अग्रिम, {}", self.percent, rest.hi), format!("{}% in advance, {}", self.percent, rest.en))
    }
}

/// Reads the leader's form: an empty or zero percentage asks no advance;
/// anything else is a whole number in [`ADVANCE_PERCENT`].
pub fn parse_terms(percent: &str, balance: &str) -> Result<Option<AdvanceTerms>, Text> {
    let percent = percent.trim().trim_end_matches('%').trim();
    if percent.is_empty() || percent == "0" {
        return Ok(None);
    }
    let (low, high) = (ADVANCE_PERCENT.start(), ADVANCE_PERCENT.end());
    let percent = percent.parse::<u8>().ok().filter(|p| ADVANCE_PERCENT.contains(p)).ok_or_else(|| {
        Text::new(
            format!("अग्रिम {low} से {high} प्रतिशत के बीच पूरी संख्या में लिखें (या 0: अग्रिम नहीं)"),
            format!("Write the advance as a whole percentage from {low} to {high} (or 0: no advance)"),
        )
    })?;
    let balance =
        BalanceDue::parse(balance).ok_or_else(|| Text::new("बाक़ी रक़म कब लेंगी, चुनें", "Choose when the rest is due"))?;
    Ok(Some(AdvanceTerms { percent, balance }))
}

/// The advance on `total`: its `percent`, rounded up to a whole rupee (what
/// people type into a UPI app), never more than the total.
pub fn advance_of(total: Money, percent: u8) -> Money {
    // Whole paise, never negative: rounding up is adding the divisor less one.
    let total = total.to_paise().max(0);
    let share = (total * i64::from(percent) + 99) / 100;
    Money::from_paise(((share + 99) / 100 * 100).min(total))
}

/// An order paid in two parts, as its page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartPayment {
    pub advance: Money,
    pub balance: Money,
    pub balance_due: BalanceDue,
    /// The UTR the buyer gave for the balance, until the group records it.
    pub balance_utr: Option<String>,
    /// When the group recorded the balance received (ms).
    pub balance_received_at: Option<i64>,
}

/// Whether an order's goods must wait for its balance: due before
/// dispatch and not yet received (`None`: the order is paid in one). The
/// group's dispatch is refused until then.
pub fn holds_dispatch(balance_due: Option<BalanceDue>, balance_received: bool) -> bool {
    balance_due == Some(BalanceDue::BeforeDispatch) && !balance_received
}

/// The statuses in which a balance may be paid or recorded: after the
/// advance is in, until the goods have arrived (the store's
/// `steps::BALANCE_OPEN` says the same four in SQL).
pub const BALANCE_OPEN: [OrderStatus; 4] =
    [OrderStatus::Confirmed, OrderStatus::Accepted, OrderStatus::Packed, OrderStatus::Dispatched];

impl PartPayment {
    /// Whether the balance is still to pay on an order at `status`.
    pub fn balance_open(&self, status: OrderStatus) -> bool {
        self.balance_received_at.is_none() && BALANCE_OPEN.contains(&status)
    }

    /// Whether the goods must wait for the balance ([`holds_dispatch`]).
    pub fn holds_dispatch(&self) -> bool {
        holds_dispatch(Some(self.balance_due), self.balance_received_at.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rupees(paise: i64) -> Money {
        Money::from_paise(paise)
    }

    #[test]
    fn the_advance_is_the_share_rounded_up_to_a_rupee() {
        assert_eq!(advance_of(rupees(10_000_00), 30), rupees(3_000_00));
        // ₹10,450.50 × 30% = ₹3,135.15 → ₹3,136.
        assert_eq!(advance_of(rupees(10_450_50), 30), rupees(3_136_00));
        assert_eq!(advance_of(rupees(1_00), 5), rupees(1_00), "never below a rupee, never above the total");
        assert_eq!(advance_of(rupees(50), 90), rupees(50), "not above a total under a rupee");
        assert_eq!(advance_of(Money::ZERO, 50), Money::ZERO);
    }

    #[test]
    fn the_advance_and_the_balance_add_up_to_the_total() {
        for total in [1, 99, 100, 12_345, 10_450_50, 99_99_999] {
            for percent in ADVANCE_PERCENT {
                let advance = advance_of(rupees(total), percent);
                assert!(advance <= rupees(total) && advance.to_paise() > 0, "{total} {percent}");
                assert!(
                    advance.to_paise() * 100 >= total * i64::from(percent),
                    "at least the share: {total} {percent}"
                );
            }
        }
    }

    #[test]
    fn the_leaders_form_reads_a_percentage_or_no_advance() {
        assert_eq!(parse_terms("", "before_dispatch"), Ok(None));
        assert_eq!(parse_terms(" 0 ", "anything"), Ok(None));
        assert_eq!(
            parse_terms("30%", "on_delivery"),
            Ok(Some(AdvanceTerms { percent: 30, balance: BalanceDue::OnDelivery }))
        );
        assert_eq!(parse_terms("25", "before_dispatch").unwrap().unwrap().balance, BalanceDue::BeforeDispatch);
        for bad in ["4", "91", "100", "30.5", "-10", "thirty"] {
            assert!(parse_terms(bad, "before_dispatch").is_err(), "{bad}");
        }
        assert!(parse_terms("30", "later").is_err(), "when the rest is due must be chosen");
    }

    #[test]
    fn the_group_columns_outside_the_range_ask_nothing() {
        assert_eq!(AdvanceTerms::from_columns(0, BalanceDue::OnDelivery), None);
        assert_eq!(AdvanceTerms::from_columns(300, BalanceDue::OnDelivery), None);
        assert_eq!(AdvanceTerms::from_columns(40, BalanceDue::OnDelivery).map(|t| t.percent), Some(40));
    }

    #[test]
    fn the_goods_wait_only_for_a_balance_due_before_dispatch() {
        let mut part = PartPayment {
            advance: rupees(3_000_00),
            balance: rupees(7_000_00),
            balance_due: BalanceDue::BeforeDispatch,
            balance_utr: None,
            balance_received_at: None,
        };
        assert!(part.holds_dispatch());
        part.balance_utr = Some("412345678901".into());
        assert!(part.holds_dispatch(), "the buyer's word is not the money");
        part.balance_received_at = Some(1);
        assert!(!part.holds_dispatch());
        part.balance_received_at = None;
        part.balance_due = BalanceDue::OnDelivery;
        assert!(!part.holds_dispatch());
    }

    #[test]
    fn balance_words_read_back() {
        for due in BalanceDue::ALL {
            assert_eq!(BalanceDue::parse(due.as_str()), Some(due));
        }
        assert_eq!(BalanceDue::parse("whenever"), None);
    }
}
