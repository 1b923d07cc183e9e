//! The background worker that moves orders on by the clock (server only):
//! unpaid orders expire (their stock comes back), a group that has not
//! accepted in time is reported to its officials, delivered orders complete
//! when the return window closes.
//!
//! Safe with several server processes on one database: every change is a
//! conditional UPDATE from the status (or mark) it expects, so when two
//! workers pick the same order, one changes it and the other finds it
//! already moved and skips it. Nothing is done twice.

use crate::db::Db;
use crate::error::AppError;
use crate::orders::state::{Actor, Step};
use crate::orders::steps::{self, Due};

/// What one pass did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pass {
    pub expired: usize,
    pub escalated: usize,
    pub completed: usize,
}

/// At most this many orders of each kind per pass (the next pass takes the rest).
const BATCH: i64 = 200;

/// Takes `step` on each order; one already moved by another worker is skipped.
async fn take(db: &Db, ids: Vec<i64>, step: Step) -> Result<usize, AppError> {
    let mut done = 0;
    for id in ids {
        // One transaction per order: a conflict on one leaves the others.
        let mut tx = db.begin().await?;
        match steps::advance(&mut tx, id, step, Actor::System, None, "", None).await {
            Ok(_) => {
                tx.commit().await?;
                done += 1;
            }
            Err(AppError::Conflict { .. }) => {}
            Err(other) => return Err(other),
        }
    }
    Ok(done)
}

/// One pass over every deadline that has passed at `now`.
pub async fn run_once(db: &Db, now: i64) -> Result<Pass, AppError> {
    let expired = take(db, steps::due(db, Due::Expire, now, BATCH).await?, Step::Expire).await?;
    let mut escalated = 0;
    for id in steps::due(db, Due::Escalate, now, BATCH).await? {
        let mut tx = db.begin().await?;
        if steps::escalate(&mut tx, id, now).await? {
            escalated += 1;
        }
        tx.commit().await?;
    }
    let completed = take(db, steps::due(db, Due::Complete, now, BATCH).await?, Step::Complete).await?;
    Ok(Pass { expired, escalated, completed })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::now_ms;
    use crate::db::testing::conn;
    use crate::db::testing::each_engine;
    use crate::money::Money;
    use crate::orders::checkout::{Checkout, ACCEPT_WITHIN_MS, PAY_WITHIN_MS};
    use crate::orders::delivery::DeliveryMethod;
    use crate::orders::state::OrderStatus;
    use crate::orders::types::{PaymentMethod, ShipTo};
    use crate::orders::{notify, store};
    use crate::testing::{catalogue, Fixture};
    use std::collections::HashMap;

    const HOUR: i64 = 60 * 60 * 1000;

    async fn buyer(db: &Db) -> i64 {
        crate::testing::shopper(db, "9333333333").await
    }

    async fn order(db: &Db, f: &Fixture, buyer: i64, key: &str, payment: PaymentMethod, qty: i64) -> i64 {
        let state_id: i64 =
            sqlx::query_scalar("SELECT id FROM states WHERE slug = 'chhattisgarh'").fetch_one(&db.pool).await.unwrap();
        let ship_to = ShipTo {
            name: "B".into(),
            phone: "9333333333".into(),
            line1: "1 Road".into(),
            line2: String::new(),
            city: "Raipur".into(),
            district: "Raipur".into(),
            state_id,
            pincode: "492001".into(),
        };
        let c = Checkout {
            buyer_id: buyer,
            idempotency_key: key.into(),
            ship_to,
            items: vec![(f.mango_pickle, qty)],
            choices: HashMap::from([(
                f.raipur_group,
                crate::orders::choice::GroupChoice { delivery: DeliveryMethod::Pickup, payment },
            )]),
            made: HashMap::new(),
            po_number: None,
            entered_by: None,
            agreed: HashMap::new(),
            channel: crate::orders::types::OrderChannel::Retail,
        };
        crate::testing::place(db, &c).await.unwrap()[0].id
    }

    async fn status(db: &Db, id: i64) -> OrderStatus {
        let s: String =
            sqlx::query_scalar("SELECT status FROM orders WHERE id = $1").bind(id).fetch_one(&db.pool).await.unwrap();
        OrderStatus::parse(&s).unwrap()
    }

    async fn stock(db: &Db, product: i64) -> i64 {
        sqlx::query_scalar("SELECT CAST(SUM(on_hand) AS BIGINT) FROM stock WHERE product_id = $1")
            .bind(product)
            .fetch_one(&db.pool)
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn unpaid_orders_expire_and_give_their_stock_back() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let b = buyer(&db).await;
            let id = order(&db, &f, b, "k", PaymentMethod::UpiToGroup, 3).await;
            assert_eq!(status(&db, id).await, OrderStatus::AwaitingPayment);
            assert_eq!(stock(&db, f.mango_pickle).await, 7);
            assert_eq!(run_once(&db, now_ms()).await.unwrap(), Pass::default(), "not yet due");
            // A UPI order waits an hour for the buyer's payment.
            assert_eq!(run_once(&db, now_ms() + PAY_WITHIN_MS + 1000).await.unwrap().expired, 0);
            let later = now_ms() + crate::orders::checkout::UPI_PAY_WITHIN_MS + 1000;
            assert_eq!(run_once(&db, later).await.unwrap().expired, 1);
            assert_eq!(status(&db, id).await, OrderStatus::Expired);
            assert_eq!(stock(&db, f.mango_pickle).await, 10);
            assert_eq!(run_once(&db, later).await.unwrap(), Pass::default(), "nothing twice");
        })
        .await;
    }

    #[tokio::test]
    async fn an_order_not_accepted_in_time_alerts_the_officials_once() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let b = buyer(&db).await;
            let official = crate::testing::official_over(&db, "9444444444", f.raipur_group).await;
            let id = order(&db, &f, b, "k", PaymentMethod::CashOnDelivery, 1).await;
            let later = now_ms() + ACCEPT_WITHIN_MS + 1000;
            assert_eq!(run_once(&db, later).await.unwrap().escalated, 1);
            assert_eq!(run_once(&db, later + HOUR).await.unwrap().escalated, 0, "alerted once");
            assert_eq!(status(&db, id).await, OrderStatus::Confirmed, "still the group's to accept");
            let (notices, unread) = notify::inbox(&db, official).await.unwrap();
            assert_eq!(unread, 1);
            assert!(notices[0].text.en.contains("not been accepted for 24 hours"));
        })
        .await;
    }

    #[tokio::test]
    async fn delivered_orders_complete_when_the_return_window_closes() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let b = buyer(&db).await;
            let id = order(&db, &f, b, "k", PaymentMethod::CashOnDelivery, 1).await;
            for step in [Step::Accept, Step::Dispatch, Step::Deliver] {
                steps::advance(&mut *conn(&db).await, id, step, Actor::Group, None, "", None).await.unwrap();
            }
            assert_eq!(run_once(&db, now_ms() + HOUR).await.unwrap().completed, 0, "the window is open");
            let after = now_ms() + steps::RETURN_WINDOW_MS + HOUR;
            assert_eq!(run_once(&db, after).await.unwrap().completed, 1);
            assert_eq!(status(&db, id).await, OrderStatus::Completed);
            let (notices, _) = notify::inbox(&db, b).await.unwrap();
            assert!(notices.iter().any(|n| n.text.en.ends_with("Completed")), "the buyer hears of each step");
        })
        .await;
    }

    /// A buyer who gave her UTR is not expired while the group checks it.
    #[tokio::test]
    async fn an_order_with_a_utr_waits_for_the_group_instead_of_expiring() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let b = buyer(&db).await;
            let id = order(&db, &f, b, "k", PaymentMethod::UpiToGroup, 1).await;
            steps::claim_upi(&mut *conn(&db).await, id, b, "412356789012").await.unwrap();
            let later = now_ms() + crate::orders::checkout::UPI_PAY_WITHIN_MS + HOUR;
            assert_eq!(run_once(&db, later).await.unwrap().expired, 0);
            steps::advance(&mut *conn(&db).await, id, Step::Confirm, Actor::Group, None, "", None).await.unwrap();
            assert_eq!(status(&db, id).await, OrderStatus::Confirmed);
        })
        .await;
    }

    /// The ledger: UPI money the group confirmed, cash at delivery, a refund.
    #[tokio::test]
    async fn the_ledger_balances_after_payments_and_refunds() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let b = buyer(&db).await;
            let upi = order(&db, &f, b, "u", PaymentMethod::UpiToGroup, 1).await; // ₹140
            steps::claim_upi(&mut *conn(&db).await, upi, b, "412356789012").await.unwrap();
            steps::advance(&mut *conn(&db).await, upi, Step::Confirm, Actor::Group, None, "", None).await.unwrap();
            let cod = order(&db, &f, b, "c", PaymentMethod::CashOnDelivery, 2).await; // ₹280
            for step in [Step::Accept, Step::Dispatch, Step::Deliver] {
                steps::advance(&mut *conn(&db).await, cod, step, Actor::Group, None, "", None).await.unwrap();
            }
            steps::advance(&mut *conn(&db).await, cod, Step::RequestReturn, Actor::Buyer, Some(b), "", None)
                .await
                .unwrap();
            steps::advance(&mut *conn(&db).await, cod, Step::ApproveReturn, Actor::Group, None, "", None)
                .await
                .unwrap();
            steps::advance(&mut *conn(&db).await, cod, Step::Refund, Actor::Group, None, "", None).await.unwrap();
            let months = store::earnings(&db, f.raipur_group).await.unwrap();
            assert_eq!(months.len(), 1);
            let m = &months[0];
            assert_eq!((m.upi, m.cash), (Money::from_rupees(140), Money::from_rupees(280)));
            assert_eq!(
                (m.received, m.refunded, m.net()),
                (Money::from_rupees(420), Money::from_rupees(280), Money::from_rupees(140))
            );
            assert_eq!(m.payments, 3);
            assert_eq!(stock(&db, f.mango_pickle).await, 10 - 1, "the returned jars are back; the UPI jar is sold");
        })
        .await;
    }

    /// Officials see a UPI payment a group has left unconfirmed for a day.
    #[tokio::test]
    async fn an_unconfirmed_upi_payment_is_flagged_to_officials_after_a_day() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let b = buyer(&db).await;
            let id = order(&db, &f, b, "u", PaymentMethod::UpiToGroup, 1).await;
            steps::claim_upi(&mut *conn(&db).await, id, b, "412356789012").await.unwrap();
            let district: i64 = sqlx::query_scalar("SELECT district_id FROM shg_groups WHERE id = $1")
                .bind(f.raipur_group)
                .fetch_one(&db.pool)
                .await
                .unwrap();
            let scope = crate::accounts::types::Scope::District { district_id: district, block_id: None };
            assert!(!store::for_scope(&db, &scope).await.unwrap()[0].overdue, "fresh");
            sqlx::query("UPDATE orders SET paid_claimed_at = paid_claimed_at - $1 WHERE id = $2")
                .bind(store::CONFIRM_UPI_WITHIN_MS + HOUR)
                .bind(id)
                .execute(&db.pool)
                .await
                .unwrap();
            assert!(store::for_scope(&db, &scope).await.unwrap()[0].overdue, "a day without the group's word");
        })
        .await;
    }

    /// Two workers (two server processes) on one database at once: every
    /// due order is moved exactly once.
    #[tokio::test]
    async fn two_workers_at_once_never_process_an_order_twice() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            sqlx::query("UPDATE stock SET on_hand = 1000 WHERE product_id = $1")
                .bind(f.mango_pickle)
                .execute(&db.pool)
                .await
                .unwrap();
            let b = buyer(&db).await;
            for n in 0..30 {
                order(&db, &f, b, &format!("k{n}"), PaymentMethod::UpiToGroup, 1).await;
                order(&db, &f, b, &format!("c{n}"), PaymentMethod::CashOnDelivery, 1).await;
            }
            let later = now_ms() + ACCEPT_WITHIN_MS + HOUR;
            let (a, b2) = tokio::join!(run_once(&db, later), run_once(&db, later));
            let (a, b2) = (a.unwrap(), b2.unwrap());
            assert_eq!(a.expired + b2.expired, 30, "{a:?} {b2:?}");
            assert_eq!(a.escalated + b2.escalated, 30, "{a:?} {b2:?}");
            let expiries: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM order_events WHERE to_status = 'expired'")
                .fetch_one(&db.pool)
                .await
                .unwrap();
            assert_eq!(expiries, 30, "one event per order");
            assert_eq!(stock(&db, f.mango_pickle).await, 1000 - 30, "expired units came back once each");
        })
        .await;
    }
}
