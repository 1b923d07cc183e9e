//! How long each step of an order may wait before the clock moves it on
//! (the worker) or someone is told.

use crate::orders::state::OrderStatus;

/// How long an online payment may take before the order expires.
pub const PAY_WITHIN_MS: i64 = 30 * 60 * 1000;
/// How long a buyer has to pay a group by UPI and give the UTR (the stock
/// is held for her meanwhile, so not long).
pub const UPI_PAY_WITHIN_MS: i64 = 60 * 60 * 1000;
/// How long a group has to accept a confirmed order before its district
/// official is alerted.
pub const ACCEPT_WITHIN_MS: i64 = 24 * 60 * 60 * 1000;
/// How long a group may leave a buyer's UPI payment unconfirmed before
/// officials see it flagged.
pub const CONFIRM_UPI_WITHIN_MS: i64 = 24 * 60 * 60 * 1000;

/// Whether an order waits too long on its group, as officials' lists flag
/// it: a confirmed order the worker marked (`escalated_at`) for not being
/// accepted in time, or a UPI payment the buyer reported (`paid_claimed_at`)
/// that the group has left unconfirmed past [`CONFIRM_UPI_WITHIN_MS`].
pub fn is_overdue(status: OrderStatus, escalated_at: Option<i64>, paid_claimed_at: Option<i64>, now: i64) -> bool {
    match status {
        OrderStatus::Confirmed => escalated_at.is_some(),
        OrderStatus::AwaitingPayment => paid_claimed_at.is_some_and(|at| at + CONFIRM_UPI_WITHIN_MS < now),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_order_is_overdue_when_not_accepted_in_time_or_its_upi_money_is_left_unconfirmed() {
        let now = 10 * CONFIRM_UPI_WITHIN_MS;
        assert!(is_overdue(OrderStatus::Confirmed, Some(1), None, now));
        assert!(!is_overdue(OrderStatus::Confirmed, None, None, now));
        assert!(!is_overdue(OrderStatus::Accepted, Some(1), None, now), "accepted since");
        let claimed = now - CONFIRM_UPI_WITHIN_MS - 1;
        assert!(is_overdue(OrderStatus::AwaitingPayment, None, Some(claimed), now));
        assert!(!is_overdue(OrderStatus::AwaitingPayment, None, Some(claimed + 2), now), "still within a day");
        assert!(!is_overdue(OrderStatus::AwaitingPayment, None, None, now), "no UTR yet: the buyer's turn");
    }
}
