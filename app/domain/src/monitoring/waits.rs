//! What waits on whom: each step at which an order, a government supply
//! order or a trader's request for a quote waits for someone to act, and
//! how long it may wait before officials see it as late.

use crate::i18n::Tr;
use crate::orders::deadlines::{ACCEPT_WITHIN_MS, CONFIRM_UPI_WITHIN_MS};
use crate::orders::state::OrderStatus;
use crate::procurement::state::SupplyStage;
use crate::trade::quotes::{QuoteSide, QuoteStatus, ANSWER_WITHIN_MS};
use serde::{Deserialize, Serialize};

const HOUR: i64 = 60 * 60 * 1000;
const DAY: i64 = 24 * HOUR;

/// How long an accepted order may wait to be sent (officials' "not
/// dispatched in N days").
pub const DISPATCH_WITHIN_MS: i64 = 3 * DAY;
/// How long a parcel may be on its way before it looks lost.
pub const DELIVER_WITHIN_MS: i64 = 7 * DAY;
/// How long a buyer's request to return may wait for an answer.
pub const DECIDE_RETURN_WITHIN_MS: i64 = 2 * DAY;

/// A step at which something waits on someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Wait {
    /// A confirmed order, for its group to accept.
    ToAccept,
    /// A UPI payment the buyer reported, for the group to confirm.
    UpiToConfirm,
    /// An accepted (or packed) order, for the group to send.
    ToDispatch,
    /// A parcel on its way, to be delivered.
    ToDeliver,
    /// A buyer's request to return, for the group or an official to decide.
    ReturnToDecide,
    /// A government supply received, for the office's consignee to accept.
    SupplyToAccept,
    /// A government bill, for the office's paying officer to pay.
    BillToPay,
    /// A trader's request (or counter), for the group to answer.
    QuoteToAnswer,
}

/// Who a wait is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WaitsOn {
    Group,
    Delivery,
    Office,
}

impl Wait {
    pub const ALL: [Wait; 8] = [
        Wait::ToAccept,
        Wait::UpiToConfirm,
        Wait::ToDispatch,
        Wait::ToDeliver,
        Wait::ReturnToDecide,
        Wait::SupplyToAccept,
        Wait::BillToPay,
        Wait::QuoteToAnswer,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Wait::ToAccept => "to_accept",
            Wait::UpiToConfirm => "upi_to_confirm",
            Wait::ToDispatch => "to_dispatch",
            Wait::ToDeliver => "to_deliver",
            Wait::ReturnToDecide => "return_to_decide",
            Wait::SupplyToAccept => "supply_to_accept",
            Wait::BillToPay => "bill_to_pay",
            Wait::QuoteToAnswer => "quote_to_answer",
        }
    }

    pub fn parse(word: &str) -> Option<Wait> {
        Wait::ALL.into_iter().find(|w| w.as_str() == word)
    }

    pub const fn waits_on(self) -> WaitsOn {
        match self {
            Wait::ToAccept | Wait::UpiToConfirm | Wait::ToDispatch | Wait::ReturnToDecide | Wait::QuoteToAnswer => {
                WaitsOn::Group
            }
            Wait::ToDeliver => WaitsOn::Delivery,
            Wait::SupplyToAccept | Wait::BillToPay => WaitsOn::Office,
        }
    }

    /// How long it may wait from when it began; `None` where the step
    /// carries its own due date (the state's days to accept and to pay).
    pub const fn allowed(self) -> Option<i64> {
        match self {
            Wait::ToAccept => Some(ACCEPT_WITHIN_MS),
            Wait::UpiToConfirm => Some(CONFIRM_UPI_WITHIN_MS),
            Wait::ToDispatch => Some(DISPATCH_WITHIN_MS),
            Wait::ToDeliver => Some(DELIVER_WITHIN_MS),
            Wait::ReturnToDecide => Some(DECIDE_RETURN_WITHIN_MS),
            Wait::QuoteToAnswer => Some(ANSWER_WITHIN_MS),
            Wait::SupplyToAccept | Wait::BillToPay => None,
        }
    }

    pub const fn label(self) -> Tr {
        match self {
            Wait::ToAccept => Tr::new("समूह को ऑर्डर स्वीकार करना है", "For the group to accept"),
            Wait::UpiToConfirm => Tr::new("समूह को UPI भुगतान पक्का करना है", "For the group to confirm a UPI payment"),
            Wait::ToDispatch => Tr::new("समूह को माल भेजना है", "For the group to dispatch"),
            Wait::ToDeliver => Tr::new("रास्ते में, पहुँचना बाक़ी", "On the way, to be delivered"),
            Wait::ReturnToDecide => Tr::new("वापसी के अनुरोध पर फ़ैसला", "A return to decide"),
            Wait::SupplyToAccept => {
                Tr::new("सरकारी माल, कार्यालय को स्वीकारना है", "Government supply, for the office to accept")
            }
            Wait::BillToPay => Tr::new("सरकारी बिल, भुगतान बाक़ी", "Government bill, to be paid"),
            Wait::QuoteToAnswer => {
                Tr::new("व्यापारी का अनुरोध, समूह का जवाब बाक़ी", "A trader's request, for the group to answer")
            }
        }
    }

    /// The words for when it turns late.
    pub const fn late_after(self) -> Tr {
        match self {
            Wait::ToAccept | Wait::UpiToConfirm => Tr::new("24 घंटे बाद", "after 24 hours"),
            Wait::ToDispatch => Tr::new("3 दिन बाद", "after 3 days"),
            Wait::ToDeliver => Tr::new("7 दिन बाद", "after 7 days"),
            Wait::ReturnToDecide | Wait::QuoteToAnswer => Tr::new("48 घंटे बाद", "after 48 hours"),
            Wait::SupplyToAccept | Wait::BillToPay => Tr::new("नियत तिथि के बाद", "after its due date"),
        }
    }
}

impl WaitsOn {
    pub const fn label(self) -> Tr {
        match self {
            WaitsOn::Group => Tr::new("समूह", "The group"),
            WaitsOn::Delivery => Tr::new("डिलीवरी", "Delivery"),
            WaitsOn::Office => Tr::new("सरकारी कार्यालय", "The office"),
        }
    }
}

/// The step an order at `status` waits at (`payment_claimed`: the buyer
/// reported a UPI payment), or `None` when it waits on no one (it is the
/// buyer's turn, or the order has ended).
pub fn order_wait(status: OrderStatus, payment_claimed: bool) -> Option<Wait> {
    match status {
        OrderStatus::Confirmed => Some(Wait::ToAccept),
        OrderStatus::AwaitingPayment if payment_claimed => Some(Wait::UpiToConfirm),
        OrderStatus::Accepted | OrderStatus::Packed => Some(Wait::ToDispatch),
        OrderStatus::Dispatched => Some(Wait::ToDeliver),
        OrderStatus::ReturnRequested => Some(Wait::ReturnToDecide),
        _ => None,
    }
}

/// The order statuses [`order_wait`] can name a wait for (for the SQL that
/// picks candidates; the unit test holds the two together).
pub const WAITING_STATUSES: [OrderStatus; 6] = [
    OrderStatus::AwaitingPayment,
    OrderStatus::Confirmed,
    OrderStatus::Accepted,
    OrderStatus::Packed,
    OrderStatus::Dispatched,
    OrderStatus::ReturnRequested,
];

/// The step a supply order waits at on its office's side.
pub fn supply_wait(stage: SupplyStage) -> Option<Wait> {
    match stage {
        SupplyStage::Received => Some(Wait::SupplyToAccept),
        SupplyStage::Billed => Some(Wait::BillToPay),
        _ => None,
    }
}

/// Whether a quote at `status` waits on its group.
pub fn quote_wait(status: QuoteStatus) -> Option<Wait> {
    (status.waits_for() == Some(QuoteSide::Group)).then_some(Wait::QuoteToAnswer)
}

/// When a wait that began at `since` turns late: its own due date where it
/// has one, else `since` plus what its step allows.
pub fn late_from(wait: Wait, since: i64, due: Option<i64>) -> i64 {
    match (wait.allowed(), due) {
        (_, Some(due)) => due,
        (Some(allowed), None) => since.saturating_add(allowed),
        (None, None) => i64::MAX,
    }
}

/// Whether it is late at `now`.
pub fn is_late(wait: Wait, since: i64, due: Option<i64>, now: i64) -> bool {
    now > late_from(wait, since, due)
}

/// How long something has waited, in the largest whole unit that fits.
pub fn age_words(lang: crate::i18n::Lang, ms: i64) -> String {
    let ms = ms.max(0);
    let (n, hi, en) = if ms >= DAY {
        (ms / DAY, "दिन", if ms / DAY == 1 { "day" } else { "days" })
    } else if ms >= HOUR {
        (ms / HOUR, "घंटे", if ms / HOUR == 1 { "hour" } else { "hours" })
    } else {
        (ms / 60_000, "मिनट", if ms / 60_000 == 1 { "minute" } else { "minutes" })
    };
    match lang {
        crate::i18n::Lang::Hi => format!("{n} {hi}"),
        crate::i18n::Lang::En => format!("{n} {en}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_order_waits_on_its_group_until_sent_and_then_on_delivery() {
        assert_eq!(order_wait(OrderStatus::Confirmed, false), Some(Wait::ToAccept));
        assert_eq!(order_wait(OrderStatus::AwaitingPayment, false), None, "the buyer's turn to pay");
        assert_eq!(order_wait(OrderStatus::AwaitingPayment, true), Some(Wait::UpiToConfirm));
        assert_eq!(order_wait(OrderStatus::Accepted, false), Some(Wait::ToDispatch));
        assert_eq!(order_wait(OrderStatus::Packed, false), Some(Wait::ToDispatch));
        assert_eq!(order_wait(OrderStatus::Dispatched, false), Some(Wait::ToDeliver));
        assert_eq!(order_wait(OrderStatus::ReturnRequested, false), Some(Wait::ReturnToDecide));
        for ended in [OrderStatus::Delivered, OrderStatus::Completed, OrderStatus::Cancelled, OrderStatus::Refunded] {
            assert_eq!(order_wait(ended, true), None, "{ended:?}");
        }
    }

    #[test]
    fn the_sql_reads_exactly_the_statuses_an_order_can_wait_at() {
        let waiting: Vec<OrderStatus> =
            OrderStatus::ALL.into_iter().filter(|s| order_wait(*s, true).is_some()).collect();
        assert_eq!(waiting, WAITING_STATUSES.to_vec());
    }

    #[test]
    fn a_supply_order_waits_on_its_office_after_receipt_and_after_the_bill() {
        assert_eq!(supply_wait(SupplyStage::Received), Some(Wait::SupplyToAccept));
        assert_eq!(supply_wait(SupplyStage::Billed), Some(Wait::BillToPay));
        assert_eq!(supply_wait(SupplyStage::Ordered), None, "the group's side: its order waits");
        assert_eq!(supply_wait(SupplyStage::Paid), None);
        assert_eq!(quote_wait(QuoteStatus::Asked), Some(Wait::QuoteToAnswer));
        assert_eq!(quote_wait(QuoteStatus::Countered), Some(Wait::QuoteToAnswer));
        assert_eq!(quote_wait(QuoteStatus::Offered), None, "the trader's turn");
    }

    #[test]
    fn a_wait_turns_late_past_its_allowance_or_its_due_date() {
        assert!(!is_late(Wait::ToAccept, 0, None, ACCEPT_WITHIN_MS));
        assert!(is_late(Wait::ToAccept, 0, None, ACCEPT_WITHIN_MS + 1));
        assert!(!is_late(Wait::ToDispatch, 0, None, 2 * DAY));
        assert!(is_late(Wait::ToDispatch, 0, None, 3 * DAY + 1));
        // A bill is late after its own due date, however long ago it began.
        assert!(!is_late(Wait::BillToPay, 0, Some(20 * DAY), 19 * DAY));
        assert!(is_late(Wait::BillToPay, 0, Some(20 * DAY), 20 * DAY + 1));
        // A bill with no due date recorded never shows as late.
        assert!(!is_late(Wait::BillToPay, 0, None, i64::MAX - 1));
    }

    #[test]
    fn every_wait_has_its_words_and_a_name_that_reads_back() {
        for wait in Wait::ALL {
            assert_eq!(Wait::parse(wait.as_str()), Some(wait));
            assert!(!wait.label().hi.is_empty() && !wait.label().en.is_empty());
            assert_eq!(wait.allowed().is_none(), wait.late_after().en == "after its due date", "{wait:?}");
        }
        assert_eq!(Wait::parse("nonsense"), None);
    }

    #[test]
    fn an_age_reads_in_its_largest_unit() {
        use crate::i18n::Lang;
        assert_eq!(age_words(Lang::En, 3 * DAY + 5 * HOUR), "3 days");
        assert_eq!(age_words(Lang::En, HOUR), "1 hour");
        assert_eq!(age_words(Lang::Hi, 26 * HOUR), "1 दिन");
        assert_eq!(age_words(Lang::En, 90_000), "1 minute");
        assert_eq!(age_words(Lang::En, -5), "0 minutes");
    }
}
