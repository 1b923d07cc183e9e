//! The order state machine, as one plain function: which step may follow
//! which, and who may take it. Every change an order goes through is a call
//! to [`next`]; the store records each as an event.
//!
//! ```text
//! placed ─► awaiting_payment ─► confirmed ─► accepted ─► packed ─► dispatched ─► delivered ─► completed
//!   │              │                 │                                              │
//!   │              ├─► expired       ├─► cancelled (buyer, before acceptance)        └─► return_requested
//!   │              └─► cancelled     └─► rejected (group, with a reason)                   ├─► return_approved ─► refunded
//!   └─► confirmed (cash on delivery needs no payment first)                                └─► return_refused
//! ```

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrderStatus {
    Placed,
    AwaitingPayment,
    Confirmed,
    Accepted,
    Packed,
    Dispatched,
    Delivered,
    Completed,
    Cancelled,
    Rejected,
    Expired,
    ReturnRequested,
    ReturnApproved,
    ReturnRefused,
    Refunded,
}

/// Who takes a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Actor {
    Buyer,
    Group,
    Official,
    /// The background worker (deadlines) and the payment side.
    System,
}

/// A step an order can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Step {
    /// Online payment is due: the order waits for it.
    AwaitPayment,
    /// Paid, or cash on delivery chosen: the group is asked to accept.
    Confirm,
    Accept,
    Pack,
    Dispatch,
    Deliver,
    /// The return window passed with no return asked for.
    Complete,
    Cancel,
    Reject,
    /// Unpaid past the deadline.
    Expire,
    RequestReturn,
    ApproveReturn,
    RefuseReturn,
    Refund,
}

impl OrderStatus {
    pub const ALL: [OrderStatus; 15] = [
        OrderStatus::Placed,
        OrderStatus::AwaitingPayment,
        OrderStatus::Confirmed,
        OrderStatus::Accepted,
        OrderStatus::Packed,
        OrderStatus::Dispatched,
        OrderStatus::Delivered,
        OrderStatus::Completed,
        OrderStatus::Cancelled,
        OrderStatus::Rejected,
        OrderStatus::Expired,
        OrderStatus::ReturnRequested,
        OrderStatus::ReturnApproved,
        OrderStatus::ReturnRefused,
        OrderStatus::Refunded,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            OrderStatus::Placed => "placed",
            OrderStatus::AwaitingPayment => "awaiting_payment",
            OrderStatus::Confirmed => "confirmed",
            OrderStatus::Accepted => "accepted",
            OrderStatus::Packed => "packed",
            OrderStatus::Dispatched => "dispatched",
            OrderStatus::Delivered => "delivered",
            OrderStatus::Completed => "completed",
            OrderStatus::Cancelled => "cancelled",
            OrderStatus::Rejected => "rejected",
            OrderStatus::Expired => "expired",
            OrderStatus::ReturnRequested => "return_requested",
            OrderStatus::ReturnApproved => "return_approved",
            OrderStatus::ReturnRefused => "return_refused",
            OrderStatus::Refunded => "refunded",
        }
    }

    pub fn parse(value: &str) -> Option<OrderStatus> {
        OrderStatus::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// Whether the order is over (nothing more will happen to it).
    pub fn is_final(self) -> bool {
        matches!(
            self,
            OrderStatus::Completed
                | OrderStatus::Cancelled
                | OrderStatus::Rejected
                | OrderStatus::Expired
                | OrderStatus::ReturnRefused
                | OrderStatus::Refunded
        )
    }
}

impl Step {
    pub const ALL: [Step; 14] = [
        Step::AwaitPayment,
        Step::Confirm,
        Step::Accept,
        Step::Pack,
        Step::Dispatch,
        Step::Deliver,
        Step::Complete,
        Step::Cancel,
        Step::Reject,
        Step::Expire,
        Step::RequestReturn,
        Step::ApproveReturn,
        Step::RefuseReturn,
        Step::Refund,
    ];

    /// The step's name as forms send it ("Accept"; any letter case).
    pub const fn as_str(self) -> &'static str {
        match self {
            Step::AwaitPayment => "AwaitPayment",
            Step::Confirm => "Confirm",
            Step::Accept => "Accept",
            Step::Pack => "Pack",
            Step::Dispatch => "Dispatch",
            Step::Deliver => "Deliver",
            Step::Complete => "Complete",
            Step::Cancel => "Cancel",
            Step::Reject => "Reject",
            Step::Expire => "Expire",
            Step::RequestReturn => "RequestReturn",
            Step::ApproveReturn => "ApproveReturn",
            Step::RefuseReturn => "RefuseReturn",
            Step::Refund => "Refund",
        }
    }

    /// Reads a step a form sent; an unknown name is `None`.
    pub fn parse(value: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.as_str().eq_ignore_ascii_case(value.trim()))
    }
}

/// Why a step was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// This step cannot follow the order's status (e.g. pack before accept).
    NotNow,
    /// This person may not take this step (e.g. the buyer accepting).
    NotYours,
}

/// The status after `step`, taken by `actor`, from `status`.
pub fn next(status: OrderStatus, step: Step, actor: Actor) -> Result<OrderStatus, Refusal> {
    use Actor::*;
    use OrderStatus as S;
    let (to, allowed): (OrderStatus, &[Actor]) = match (status, step) {
        (S::Placed, Step::AwaitPayment) => (S::AwaitingPayment, &[System]),
        (S::Placed, Step::Confirm) => (S::Confirmed, &[System]),
        // The gateway confirms online payments; a group confirms UPI money it received.
        (S::AwaitingPayment, Step::Confirm) => (S::Confirmed, &[System, Group]),
        (S::AwaitingPayment, Step::Expire) => (S::Expired, &[System]),
        // The buyer may change her mind until the group has accepted.
        (S::Placed | S::AwaitingPayment | S::Confirmed, Step::Cancel) => (S::Cancelled, &[Buyer, Official]),
        (S::Confirmed, Step::Accept) => (S::Accepted, &[Group]),
        (S::Confirmed | S::Accepted, Step::Reject) => (S::Rejected, &[Group]),
        (S::Accepted, Step::Pack) => (S::Packed, &[Group]),
        (S::Accepted | S::Packed, Step::Dispatch) => (S::Dispatched, &[Group]),
        (S::Dispatched, Step::Deliver) => (S::Delivered, &[Group, Buyer]),
        (S::Delivered, Step::Complete) => (S::Completed, &[System]),
        (S::Delivered, Step::RequestReturn) => (S::ReturnRequested, &[Buyer]),
        (S::ReturnRequested, Step::ApproveReturn) => (S::ReturnApproved, &[Group, Official]),
        (S::ReturnRequested, Step::RefuseReturn) => (S::ReturnRefused, &[Group, Official]),
        (S::ReturnApproved, Step::Refund) => (S::Refunded, &[Group, System]),
        _ => return Err(Refusal::NotNow),
    };
    if allowed.contains(&actor) {
        Ok(to)
    } else {
        Err(Refusal::NotYours)
    }
}

/// Whether `actor` may ever take `step` (from some status): the question
/// of permission, apart from whether the order is at that point now.
pub fn may_ever(step: Step, actor: Actor) -> bool {
    OrderStatus::ALL.into_iter().any(|status| next(status, step, actor).is_ok())
}

/// Whether reaching `status` puts the order's units back on the shelf.
/// A returned parcel comes back to the group when the return is approved.
pub fn returns_stock(status: OrderStatus) -> bool {
    matches!(
        status,
        OrderStatus::Cancelled | OrderStatus::Rejected | OrderStatus::Expired | OrderStatus::ReturnApproved
    )
}

/// An order whose made-for-it units are still to be made: not yet packed
/// (a split counts them against the group's weekly making).
pub const NOT_YET_MADE: [OrderStatus; 4] =
    [OrderStatus::Placed, OrderStatus::AwaitingPayment, OrderStatus::Confirmed, OrderStatus::Accepted];

/// How many units of a line go back to stock when its order moves from
/// `from` to `to`: a returned order, or one that ends once packed, brings
/// every unit back (the made ones exist by then); one that ends before
/// that puts back only what it took from stock (units the group was to
/// make for it were never stock).
pub fn units_back(from: OrderStatus, to: OrderStatus, qty: i64, made: i64) -> i64 {
    if !returns_stock(to) {
        0
    } else if to == OrderStatus::ReturnApproved || !NOT_YET_MADE.contains(&from) {
        qty
    } else {
        (qty - made).max(0)
    }
}

/// Whether an order waits on its group (the seller's "new" tab): a
/// confirmed order to accept, or a UPI payment the buyer says she made,
/// for the group to confirm.
pub fn waits_on_group(status: OrderStatus, payment_claimed: bool) -> bool {
    status == OrderStatus::Confirmed || (status == OrderStatus::AwaitingPayment && payment_claimed)
}

/// The one thing the group should do next, for the big button on its order page.
pub fn groups_next_step(status: OrderStatus) -> Option<Step> {
    match status {
        OrderStatus::Confirmed => Some(Step::Accept),
        OrderStatus::Accepted => Some(Step::Pack),
        OrderStatus::Packed => Some(Step::Dispatch),
        OrderStatus::Dispatched => Some(Step::Deliver),
        OrderStatus::ReturnRequested => Some(Step::ApproveReturn),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_claimed_upi_payment_waits_on_the_group_like_a_new_order() {
        use super::*;
        assert!(waits_on_group(OrderStatus::Confirmed, false));
        assert!(waits_on_group(OrderStatus::AwaitingPayment, true), "the buyer says she paid: the group checks");
        assert!(!waits_on_group(OrderStatus::AwaitingPayment, false), "waits on the buyer");
        assert!(!waits_on_group(OrderStatus::Accepted, false));
    }

    use super::*;
    use Actor::*;

    #[test]
    fn every_step_reads_back_from_its_name_in_any_case() {
        for step in Step::ALL {
            assert_eq!(Step::parse(step.as_str()), Some(step));
            assert_eq!(Step::parse(&step.as_str().to_lowercase()), Some(step));
            assert_eq!(format!("{step:?}"), step.as_str(), "forms send the same name");
        }
        assert_eq!(Step::parse("ship"), None);
    }
    use OrderStatus as S;

    /// Every allowed (status, step, actor) → status, and nothing else.
    const ALLOWED: &[(OrderStatus, Step, Actor, OrderStatus)] = &[
        (S::Placed, Step::AwaitPayment, System, S::AwaitingPayment),
        (S::Placed, Step::Confirm, System, S::Confirmed),
        (S::AwaitingPayment, Step::Confirm, System, S::Confirmed),
        (S::AwaitingPayment, Step::Confirm, Group, S::Confirmed),
        (S::AwaitingPayment, Step::Expire, System, S::Expired),
        (S::Placed, Step::Cancel, Buyer, S::Cancelled),
        (S::Placed, Step::Cancel, Official, S::Cancelled),
        (S::AwaitingPayment, Step::Cancel, Buyer, S::Cancelled),
        (S::AwaitingPayment, Step::Cancel, Official, S::Cancelled),
        (S::Confirmed, Step::Cancel, Buyer, S::Cancelled),
        (S::Confirmed, Step::Cancel, Official, S::Cancelled),
        (S::Confirmed, Step::Accept, Group, S::Accepted),
        (S::Confirmed, Step::Reject, Group, S::Rejected),
        (S::Accepted, Step::Reject, Group, S::Rejected),
        (S::Accepted, Step::Pack, Group, S::Packed),
        (S::Accepted, Step::Dispatch, Group, S::Dispatched),
        (S::Packed, Step::Dispatch, Group, S::Dispatched),
        (S::Dispatched, Step::Deliver, Group, S::Delivered),
        (S::Dispatched, Step::Deliver, Buyer, S::Delivered),
        (S::Delivered, Step::Complete, System, S::Completed),
        (S::Delivered, Step::RequestReturn, Buyer, S::ReturnRequested),
        (S::ReturnRequested, Step::ApproveReturn, Group, S::ReturnApproved),
        (S::ReturnRequested, Step::ApproveReturn, Official, S::ReturnApproved),
        (S::ReturnRequested, Step::RefuseReturn, Group, S::ReturnRefused),
        (S::ReturnRequested, Step::RefuseReturn, Official, S::ReturnRefused),
        (S::ReturnApproved, Step::Refund, Group, S::Refunded),
        (S::ReturnApproved, Step::Refund, System, S::Refunded),
    ];

    #[test]
    fn every_allowed_transition_is_allowed_and_every_other_is_refused() {
        let actors = [Buyer, Group, Official, System];
        let mut checked = 0;
        for status in OrderStatus::ALL {
            for step in Step::ALL {
                for actor in actors {
                    let expected = ALLOWED.iter().find(|(s, t, a, _)| *s == status && *t == step && *a == actor);
                    match (next(status, step, actor), expected) {
                        (Ok(to), Some((_, _, _, want))) => assert_eq!(to, *want, "{status:?} {step:?} {actor:?}"),
                        (Err(_), None) => {}
                        (got, want) => panic!("{status:?} {step:?} {actor:?}: got {got:?}, expected {want:?}"),
                    }
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 15 * 14 * 4);
    }

    #[test]
    fn a_wrong_person_is_told_apart_from_a_wrong_moment() {
        assert_eq!(next(S::Confirmed, Step::Accept, Buyer), Err(Refusal::NotYours));
        assert_eq!(next(S::Placed, Step::Accept, Group), Err(Refusal::NotNow));
        assert_eq!(next(S::Accepted, Step::Cancel, Buyer), Err(Refusal::NotNow), "too late to cancel");
    }

    #[test]
    fn permission_is_told_apart_from_timing() {
        assert!(may_ever(Step::Accept, Group) && !may_ever(Step::Accept, Official) && !may_ever(Step::Accept, Buyer));
        assert!(may_ever(Step::Cancel, Buyer) && may_ever(Step::Cancel, Official) && !may_ever(Step::Cancel, Group));
        assert!(may_ever(Step::Expire, System) && !may_ever(Step::Expire, Official));
    }

    #[test]
    fn final_statuses_go_nowhere() {
        for status in OrderStatus::ALL.into_iter().filter(|s| s.is_final()) {
            for step in Step::ALL {
                for actor in [Buyer, Group, Official, System] {
                    assert!(next(status, step, actor).is_err(), "{status:?} {step:?}");
                }
            }
        }
    }

    #[test]
    fn stock_comes_back_when_an_order_ends_unsold() {
        let back: Vec<OrderStatus> = OrderStatus::ALL.into_iter().filter(|s| returns_stock(*s)).collect();
        assert_eq!(back, vec![S::Cancelled, S::Rejected, S::Expired, S::ReturnApproved]);
    }

    #[test]
    fn statuses_round_trip_through_their_codes() {
        for status in OrderStatus::ALL {
            assert_eq!(OrderStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(OrderStatus::parse("shipped"), None);
    }

    #[test]
    fn the_group_always_has_one_next_step_while_the_order_is_with_it() {
        assert_eq!(groups_next_step(S::Confirmed), Some(Step::Accept));
        assert_eq!(groups_next_step(S::Packed), Some(Step::Dispatch));
        assert_eq!(groups_next_step(S::AwaitingPayment), None);
        for status in OrderStatus::ALL {
            if let Some(step) = groups_next_step(status) {
                assert!(next(status, step, Group).is_ok(), "{status:?}");
            }
        }
    }

    #[test]
    fn an_order_ended_unsent_puts_back_only_what_it_took_from_stock() {
        use OrderStatus::*;
        assert_eq!(units_back(Confirmed, Cancelled, 600, 420), 180);
        assert_eq!(units_back(AwaitingPayment, Expired, 50, 0), 50);
        assert_eq!(units_back(Accepted, Rejected, 600, 420), 180);
        assert_eq!(units_back(Packed, Rejected, 600, 420), 600, "packed: the made ones exist");
        assert_eq!(units_back(ReturnRequested, ReturnApproved, 600, 420), 600, "returned goods exist");
        assert_eq!(units_back(Dispatched, Delivered, 600, 0), 0);
    }
}
