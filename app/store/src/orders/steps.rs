//! Every step of an order after checkout, each one conditional UPDATE from
//! the status read (an order moves once, however many taps or workers race
//! for it), with its event, notices, ledger row and returned stock on the
//! caller's transaction; and the deadlines the worker finds due.

use crate::db::{now_ms, Db};
use crate::error::AppError;
use crate::orders::advance::BalanceDue;
use crate::orders::errors;
use crate::orders::state::{next, returns_stock, Actor, OrderStatus, Refusal, Step};
use crate::orders::types::*;
use crate::words::{ACCEPTED, ADVANCE, AWAITING_PAYMENT, CONFIRMED, DELIVERED, DISPATCHED, PACKED, UPI};
use const_format::concatcp;
use sqlx::AnyConnection;

/// How long after delivery a buyer may ask to return.
pub const RETURN_WINDOW_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// Takes `step` on an order as `actor` (with `user` for the timeline),
/// on the caller's transaction. The change is one conditional UPDATE from
/// the status read: if another tap or worker moved the order first, this
/// one changes nothing and says so. Stock comes back when the order ends
/// unsold; notices, the ledger row and (at dispatch) the invoice are
/// written in the same transaction (a gateway report records its event
/// id in it too).
pub async fn advance(
    tx: &mut sqlx::AnyConnection,
    order_id: i64,
    step: Step,
    actor: Actor,
    user: Option<i64>,
    note: &str,
    dispatch: Option<&Dispatch>,
) -> Result<OrderStatus, AppError> {
    // Write first: on SQLite the transaction takes the write lock now.
    sqlx::query("UPDATE orders SET updated_at = updated_at WHERE id = $1").bind(order_id).execute(&mut *tx).await?;
    let order: OrderFacts = sqlx::query_as(
        "SELECT status, number, group_id, payment_method, total_paise, utr, gateway_payment_id, advance_paise, \
         balance_due, balance_utr, balance_received_at FROM orders WHERE id = $1",
    )
    .bind(order_id)
    .fetch_one(&mut *tx)
    .await?;
    let from = order.status;
    let holds_dispatch = crate::orders::advance::holds_dispatch(order.balance_due, order.balance_received_at.is_some());
    if step == Step::Dispatch && holds_dispatch && next(from, step, actor).is_ok() {
        return Err(errors::balance_first());
    }
    let to =
        crate::orders::payment::payment_allows(step, actor, order.payment_method, order.utr.is_some(), holds_dispatch)
            .and_then(|()| next(from, step, actor))
            .map_err(|refusal| match refusal {
                Refusal::NotYours => AppError::Forbidden,
                Refusal::NotNow => errors::step_not_possible_now(),
            })?;
    let now = now_ms();
    let (accept_by, return_until) = match to {
        OrderStatus::Confirmed => (Some(now + crate::orders::deadlines::ACCEPT_WITHIN_MS), None),
        OrderStatus::Delivered => (None, Some(now + RETURN_WINDOW_MS)),
        _ => (None, None),
    };
    let changed = sqlx::query(
        "UPDATE orders SET status = $1, updated_at = $2, accept_by = $3, return_until = COALESCE($4, return_until), \
         courier_name = COALESCE($5, courier_name), tracking_number = COALESCE($6, tracking_number), \
         tracking_url = COALESCE($7, tracking_url) WHERE id = $8 AND status = $9",
    )
    .bind(to)
    .bind(now)
    .bind(accept_by)
    .bind(return_until)
    .bind(dispatch.map(|d| d.courier_name.clone()).filter(|s| !s.is_empty()))
    .bind(dispatch.map(|d| d.tracking_number.clone()).filter(|s| !s.is_empty()))
    .bind(dispatch.map(|d| d.tracking_url.clone()).filter(|s| !s.is_empty()))
    .bind(order_id)
    .bind(from)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(errors::changed_meanwhile());
    }
    record_payment(&mut *tx, order_id, &order, from, to, user, now).await?;
    if to == OrderStatus::Dispatched {
        // The invoice is issued when the goods leave (CGST Act s. 31(1)(a)).
        crate::payments::store::issue_invoice(&mut *tx, order_id, now).await?;
    }
    if returns_stock(to) {
        let lines: Vec<(i64, i64, i64, i64)> =
            sqlx::query_as("SELECT product_id, location_id, qty, made_qty FROM order_lines WHERE order_id = $1")
                .bind(order_id)
                .fetch_all(&mut *tx)
                .await?;
        for (product, location, qty, made) in lines {
            let back = crate::orders::state::units_back(from, to, qty, made);
            if back > 0 {
                crate::inventory::put_back(&mut *tx, product, location, back).await?;
            }
        }
    }
    record_event(&mut *tx, order_id, user, Some(from), to, note, now).await?;
    let text = crate::orders::text::status_notice(&order.number, to);
    for audience in crate::orders::notify::audiences(to) {
        crate::orders::notify::tell(&mut *tx, order_id, *audience, &text, now).await?;
    }
    Ok(to)
}

/// What `advance` reads of an order, once.
#[derive(sqlx::FromRow)]
struct OrderFacts {
    status: OrderStatus,
    number: String,
    group_id: i64,
    payment_method: PaymentMethod,
    total_paise: i64,
    utr: Option<String>,
    gateway_payment_id: Option<String>,
    /// The advance of an order paid in two parts (`None`: paid in one).
    advance_paise: Option<i64>,
    balance_due: Option<BalanceDue>,
    balance_utr: Option<String>,
    balance_received_at: Option<i64>,
}

/// Adds one line to an order's timeline.
pub async fn record_event(
    conn: &mut sqlx::AnyConnection,
    order_id: i64,
    actor: Option<i64>,
    from: Option<OrderStatus>,
    to: OrderStatus,
    note: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO order_events (order_id, actor_id, from_status, to_status, note, at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(order_id)
    .bind(actor)
    .bind(from)
    .bind(to)
    .bind(note)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Writes the ledger row a step implies: UPI money the group confirmed (in
/// full, or the advance), cash handed over at delivery (in full, or a
/// balance not yet recorded), or a refund of what was received. One row
/// per order, part and amount (a retry adds nothing).
async fn record_payment(
    conn: &mut sqlx::AnyConnection,
    order_id: i64,
    order: &OrderFacts,
    from: OrderStatus,
    to: OrderStatus,
    user: Option<i64>,
    now: i64,
) -> Result<(), sqlx::Error> {
    let (group_id, total, utr) = (order.group_id, order.total_paise, order.utr.clone());
    let method = order.payment_method;
    let advance = order.advance_paise.unwrap_or(0);
    let row = match (from, to, method) {
        (OrderStatus::AwaitingPayment, OrderStatus::Confirmed, PaymentMethod::UpiToGroup) => {
            Some((method, total, utr.unwrap_or_default(), LedgerPart::Full))
        }
        (OrderStatus::AwaitingPayment, OrderStatus::Confirmed, PaymentMethod::Advance) => {
            Some((method, advance, utr.unwrap_or_default(), LedgerPart::Advance))
        }
        (OrderStatus::AwaitingPayment, OrderStatus::Confirmed, PaymentMethod::Gateway) => {
            Some((method, total, order.gateway_payment_id.clone().unwrap_or_default(), LedgerPart::Full))
        }
        (_, OrderStatus::Delivered, PaymentMethod::CashOnDelivery) => {
            Some((method, total, String::new(), LedgerPart::Full))
        }
        // A balance not recorded before delivery: handed over at the door,
        // or paid by UPI with the UTR the buyer gave and the group had not checked yet.
        (_, OrderStatus::Delivered, PaymentMethod::Advance) if order.balance_received_at.is_none() => {
            sqlx::query("UPDATE orders SET balance_received_at = $1 WHERE id = $2")
                .bind(now)
                .bind(order_id)
                .execute(&mut *conn)
                .await?;
            let (channel, reference) = match &order.balance_utr {
                Some(utr) => (PaymentMethod::UpiToGroup, utr.clone()),
                None => (PaymentMethod::CashOnDelivery, String::new()),
            };
            Some((channel, total - advance, reference, LedgerPart::Balance))
        }
        (_, OrderStatus::Refunded, _) => {
            let received: Option<i64> =
                sqlx::query_scalar("SELECT CAST(SUM(amount_paise) AS BIGINT) FROM payments WHERE order_id = $1")
                    .bind(order_id)
                    .fetch_one(&mut *conn)
                    .await?;
            // Refunded through the channel it was paid by (`write_ledger`
            // writes the method's ledger channel: an advance is UPI money).
            received.filter(|r| *r > 0).map(|r| (method, -r, "refund".to_string(), LedgerPart::Refund))
        }
        _ => None,
    };
    if let Some((channel, amount, reference, part)) = row {
        write_ledger(conn, order_id, group_id, (channel, part), amount, &reference, user, now).await?;
    }
    Ok(())
}

/// One ledger row, in the channel money paid by `channel` arrives through
/// (`PaymentMethod::ledger_channel`); a second row for the same order, part
/// and amount adds nothing (a retried step, or a gateway report of a refund
/// the step wrote).
#[allow(clippy::too_many_arguments)]
pub async fn write_ledger(
    conn: &mut sqlx::AnyConnection,
    order_id: i64,
    group_id: i64,
    (channel, part): (PaymentMethod, LedgerPart),
    amount_paise: i64,
    reference: &str,
    user: Option<i64>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO payments (order_id, group_id, channel, amount_paise, reference, recorded_by, recorded_at, part) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
    )
    .bind(order_id)
    .bind(group_id)
    .bind(channel.ledger_channel())
    .bind(amount_paise)
    .bind(reference)
    .bind(user)
    .bind(now)
    .bind(part)
    .execute(conn)
    .await?;
    Ok(())
}

/// The order statuses in which a balance may be paid or recorded: after
/// the advance is in, until the goods have arrived.
pub const BALANCE_OPEN: &str = concatcp!("(", CONFIRMED, ", ", ACCEPTED, ", ", PACKED, ", ", DISPATCHED, ")");

/// The buyer's word that she paid the balance by UPI: her UTR, for the
/// group to check. Her own order, paid in two parts, balance not yet in.
pub async fn claim_balance(tx: &mut AnyConnection, order_id: i64, buyer: i64, utr: &str) -> Result<(), AppError> {
    let now = now_ms();
    let status: Option<OrderStatus> = sqlx::query_scalar(concatcp!(
        "UPDATE orders SET balance_utr = $1, updated_at = $2 WHERE id = $3 AND buyer_id = $4 AND payment_method = ",
        ADVANCE,
        " AND balance_received_at IS NULL AND balance_utr IS NULL AND status IN ",
        BALANCE_OPEN,
        " RETURNING status"
    ))
    .bind(utr)
    .bind(now)
    .bind(order_id)
    .bind(buyer)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(status) = status else { return Err(errors::no_balance_due()) };
    record_event(&mut *tx, order_id, Some(buyer), Some(status), status, &format!("UPI UTR {utr}"), now).await?;
    let number = number_of(&mut *tx, order_id).await?;
    let text = crate::orders::text::balance_claimed_notice(&number, utr);
    crate::orders::notify::tell(&mut *tx, order_id, crate::orders::notify::Audience::Group, &text, now).await?;
    Ok(())
}

/// The group records the balance received: by UPI when the buyer gave a
/// UTR for it, else in cash. Once: a second tap changes nothing and says so.
pub async fn balance_received(tx: &mut AnyConnection, order_id: i64, user: i64) -> Result<(), AppError> {
    let now = now_ms();
    let row: Option<(OrderStatus, i64, i64, i64, Option<String>)> = sqlx::query_as(concatcp!(
        "UPDATE orders SET balance_received_at = $1, updated_at = $1 WHERE id = $2 AND payment_method = ",
        ADVANCE,
        " AND balance_received_at IS NULL AND status IN ",
        BALANCE_OPEN,
        " RETURNING status, group_id, total_paise, advance_paise, balance_utr"
    ))
    .bind(now)
    .bind(order_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((status, group_id, total, advance, utr)) = row else { return Err(errors::no_balance_due()) };
    let channel = if utr.is_some() { PaymentMethod::UpiToGroup } else { PaymentMethod::CashOnDelivery };
    let reference = utr.unwrap_or_default();
    write_ledger(
        &mut *tx,
        order_id,
        group_id,
        (channel, LedgerPart::Balance),
        total - advance,
        &reference,
        Some(user),
        now,
    )
    .await?;
    let note = crate::orders::text::BALANCE_RECEIVED_NOTE;
    record_event(&mut *tx, order_id, Some(user), Some(status), status, note, now).await?;
    let number = number_of(&mut *tx, order_id).await?;
    let text = crate::orders::text::balance_received_notice(&number);
    crate::orders::notify::tell(&mut *tx, order_id, crate::orders::notify::Audience::Buyer, &text, now).await?;
    Ok(())
}

/// The group did not receive the balance the buyer reported: her UTR is
/// cleared and she is told.
pub async fn balance_not_received(tx: &mut AnyConnection, order_id: i64, user: i64) -> Result<(), AppError> {
    let now = now_ms();
    let status: Option<OrderStatus> = sqlx::query_scalar(
        "UPDATE orders SET balance_utr = NULL, updated_at = $1 WHERE id = $2 AND balance_utr IS NOT NULL \
         AND balance_received_at IS NULL RETURNING status",
    )
    .bind(now)
    .bind(order_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(status) = status else { return Err(errors::no_utr_to_check()) };
    let note = crate::orders::text::BALANCE_NOT_RECEIVED_NOTE;
    record_event(&mut *tx, order_id, Some(user), Some(status), status, note, now).await?;
    let number = number_of(&mut *tx, order_id).await?;
    let text = crate::orders::text::balance_not_received_notice(&number);
    crate::orders::notify::tell(&mut *tx, order_id, crate::orders::notify::Audience::Buyer, &text, now).await?;
    Ok(())
}

async fn number_of(conn: &mut AnyConnection, order_id: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT number FROM orders WHERE id = $1").bind(order_id).fetch_one(conn).await
}

/// The buyer's word that she paid the group by UPI: her UTR. The order
/// waits (it no longer expires) until the group confirms or denies it.
pub async fn claim_upi(tx: &mut AnyConnection, order_id: i64, buyer: i64, utr: &str) -> Result<(), AppError> {
    let now = now_ms();
    let claimed = sqlx::query(concatcp!(
        "UPDATE orders SET utr = $1, paid_claimed_at = $2, updated_at = $2 WHERE id = $3 AND buyer_id = $4 \
         AND status = ",
        AWAITING_PAYMENT,
        " AND payment_method IN (",
        UPI,
        ", ",
        ADVANCE,
        ") AND utr IS NULL"
    ))
    .bind(utr)
    .bind(now)
    .bind(order_id)
    .bind(buyer)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if claimed == 0 {
        return Err(errors::utr_already_given());
    }
    let waiting = OrderStatus::AwaitingPayment;
    record_event(&mut *tx, order_id, Some(buyer), Some(waiting), waiting, &format!("UPI UTR {utr}"), now).await?;
    let number = number_of(&mut *tx, order_id).await?;
    let text = crate::orders::text::upi_claimed_notice(&number, utr);
    crate::orders::notify::tell(&mut *tx, order_id, crate::orders::notify::Audience::Group, &text, now).await?;
    Ok(())
}

/// The group did not receive the UPI money: the UTR is cleared, the buyer
/// told, and she has the payment window again.
pub async fn upi_not_received(tx: &mut AnyConnection, order_id: i64, user: i64) -> Result<(), AppError> {
    let now = now_ms();
    let cleared = sqlx::query(concatcp!(
        "UPDATE orders SET utr = NULL, paid_claimed_at = NULL, pay_by = $1, updated_at = $2 WHERE id = $3 \
         AND status = ",
        AWAITING_PAYMENT,
        " AND utr IS NOT NULL"
    ))
    .bind(now + crate::orders::deadlines::UPI_PAY_WITHIN_MS)
    .bind(now)
    .bind(order_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if cleared == 0 {
        return Err(errors::no_utr_to_check());
    }
    let waiting = OrderStatus::AwaitingPayment;
    record_event(
        &mut *tx,
        order_id,
        Some(user),
        Some(waiting),
        waiting,
        crate::orders::text::UPI_NOT_RECEIVED_NOTE,
        now,
    )
    .await?;
    let number = number_of(&mut *tx, order_id).await?;
    let text = crate::orders::text::upi_not_received_notice(&number);
    crate::orders::notify::tell(&mut *tx, order_id, crate::orders::notify::Audience::Buyer, &text, now).await?;
    Ok(())
}

/// Marks an order as overdue for acceptance, once: tells the group and the
/// officials over it. `false` if it was already marked (another worker).
pub async fn escalate(tx: &mut AnyConnection, order_id: i64, now: i64) -> Result<bool, AppError> {
    let marked = sqlx::query(concatcp!(
        "UPDATE orders SET escalated_at = $1 WHERE id = $2 AND escalated_at IS NULL AND status = ",
        CONFIRMED
    ))
    .bind(now)
    .bind(order_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if marked == 0 {
        return Ok(false);
    }
    let note = crate::orders::text::NOT_ACCEPTED_NOTE;
    let confirmed = OrderStatus::Confirmed;
    record_event(&mut *tx, order_id, None, Some(confirmed), confirmed, note, now).await?;
    let number = number_of(&mut *tx, order_id).await?;
    let text = crate::orders::text::not_accepted_notice(&number);
    for audience in [crate::orders::notify::Audience::Group, crate::orders::notify::Audience::Officials] {
        crate::orders::notify::tell(&mut *tx, order_id, audience, &text, now).await?;
    }
    Ok(true)
}

/// The deadlines the worker watches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// Unpaid past `pay_by` (and no UTR waiting for the group to check).
    Expire,
    /// Confirmed but not accepted by `accept_by`, not yet flagged.
    Escalate,
    /// Delivered and the return window (`return_until`) is over.
    Complete,
}

/// Orders whose `due` deadline passed at `now`, oldest first, at most `limit`.
pub async fn due(db: &Db, due: Due, now: i64, limit: i64) -> Result<Vec<i64>, sqlx::Error> {
    let sql = match due {
        Due::Expire => concatcp!(
            "SELECT id FROM orders WHERE status = ",
            AWAITING_PAYMENT,
            " AND pay_by <= $1 AND utr IS NULL ORDER BY pay_by LIMIT $2"
        ),
        Due::Escalate => concatcp!(
            "SELECT id FROM orders WHERE status = ",
            CONFIRMED,
            " AND accept_by <= $1 AND escalated_at IS NULL ORDER BY accept_by LIMIT $2"
        ),
        Due::Complete => concatcp!(
            "SELECT id FROM orders WHERE status = ",
            DELIVERED,
            " AND return_until <= $1 ORDER BY return_until LIMIT $2"
        ),
    };
    sqlx::query_scalar(sql).bind(now).bind(limit).fetch_all(&db.pool).await
}

/// An order's status now.
pub async fn status_of(db: &Db, order_id: i64) -> Result<OrderStatus, sqlx::Error> {
    sqlx::query_scalar("SELECT status FROM orders WHERE id = $1").bind(order_id).fetch_one(&db.pool).await
}

#[cfg(test)]
mod tests {
    //! An order paid in two parts, on both engines.

    use super::*;
    use crate::db::testing::{conn, each_engine};
    use crate::money::Money;
    use crate::orders::advance::{advance_of, AdvanceTerms};
    use crate::orders::delivery::DeliveryMethod::Pickup;
    use crate::orders::types::PaymentMethod::CashOnDelivery;
    use crate::testing::{catalogue, checkout_of, place, shopper, Fixture};

    /// The Raipur group asks `percent` in advance; `trader` orders three
    /// mango pickles paying "later" and pays the advance by UPI, which the
    /// group confirms. The order's id and total.
    async fn advance_paid(
        db: &Db,
        f: &Fixture,
        trader: i64,
        (percent, balance): (u8, BalanceDue),
        key: &str,
    ) -> (i64, Money) {
        let terms = AdvanceTerms { percent, balance };
        crate::orders::store::set_advance_terms(&mut *conn(db).await, f.raipur_group, Some(terms)).await.unwrap();
        let mut checkout =
            checkout_of(db, trader, key, f.mango_pickle, 3, "chhattisgarh", CashOnDelivery, Pickup).await;
        checkout.channel = crate::orders::types::OrderChannel::Trade;
        let order = place(db, &checkout).await.unwrap().remove(0);
        assert_eq!((order.payment, order.status), (PaymentMethod::Advance, OrderStatus::AwaitingPayment));
        claim_upi(&mut *conn(db).await, order.id, trader, "412345678901").await.unwrap();
        let confirmed = advance(&mut *conn(db).await, order.id, Step::Confirm, Actor::Group, None, "", None).await;
        assert_eq!(confirmed.unwrap(), OrderStatus::Confirmed);
        (order.id, order.total)
    }

    /// A fresh catalogue and a trader.
    async fn setting(db: &Db) -> (Fixture, i64) {
        (catalogue(db).await, shopper(db, "9100000077").await)
    }

    async fn ledger(db: &Db, order_id: i64) -> Vec<(LedgerPart, String, i64)> {
        sqlx::query_as("SELECT part, channel, amount_paise FROM payments WHERE order_id = $1 ORDER BY id")
            .bind(order_id)
            .fetch_all(&db.pool)
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn a_trade_order_pays_its_advance_then_its_balance_before_the_goods_leave() {
        each_engine(|db| async move {
            // 50%: the advance and the balance can be the same amount, and are still two rows.
            let (f, trader) = setting(&db).await;
            let (id, total) = advance_paid(&db, &f, trader, (50, BalanceDue::BeforeDispatch), "adv-1").await;
            let advance_paise = advance_of(total, 50).to_paise();
            let page = crate::orders::store::detail(&db, id, Viewer::Buyer).await.unwrap().unwrap();
            let part = page.part_payment.expect("paid in two parts");
            assert_eq!((part.advance.to_paise(), (part.advance + part.balance)), (advance_paise, total));
            assert_eq!(ledger(&db, id).await, vec![(LedgerPart::Advance, "upi".into(), advance_paise)]);

            for step in [Step::Accept, Step::Pack] {
                advance(&mut *conn(&db).await, id, step, Actor::Group, None, "", None).await.unwrap();
            }
            let held = advance(&mut *conn(&db).await, id, Step::Dispatch, Actor::Group, None, "", None).await;
            assert!(matches!(held, Err(AppError::Conflict { .. })), "the goods wait for the balance: {held:?}");

            claim_balance(&mut *conn(&db).await, id, trader, "412345678902").await.unwrap();
            let again = claim_balance(&mut *conn(&db).await, id, trader, "412345678903").await;
            assert!(again.is_err(), "one UTR at a time");
            balance_received(&mut *conn(&db).await, id, trader).await.unwrap();
            assert!(balance_received(&mut *conn(&db).await, id, trader).await.is_err(), "recorded once");
            let rows = ledger(&db, id).await;
            assert_eq!(rows[1], (LedgerPart::Balance, "upi".into(), total.to_paise() - advance_paise));
            assert_eq!(rows.iter().map(|r| r.2).sum::<i64>(), total.to_paise(), "the parts make the total");

            for step in [Step::Dispatch, Step::Deliver] {
                advance(&mut *conn(&db).await, id, step, Actor::Group, None, "", None).await.unwrap();
            }
            assert_eq!(ledger(&db, id).await.len(), 2, "delivery adds nothing: the balance was in");
        })
        .await;
    }

    #[tokio::test]
    async fn a_balance_due_on_delivery_is_handed_over_at_the_door() {
        each_engine(|db| async move {
            let (f, trader) = setting(&db).await;
            let (cash, total) = advance_paid(&db, &f, trader, (30, BalanceDue::OnDelivery), "adv-2").await;
            // The other pays the balance by UPI on the way; the group has not checked it when the goods arrive.
            let (upi, _) = advance_paid(&db, &f, trader, (30, BalanceDue::OnDelivery), "adv-2b").await;
            for id in [cash, upi] {
                for step in [Step::Accept, Step::Dispatch] {
                    advance(&mut *conn(&db).await, id, step, Actor::Group, None, "", None).await.unwrap();
                }
            }
            claim_balance(&mut *conn(&db).await, upi, trader, "412345678904").await.unwrap();
            for id in [cash, upi] {
                advance(&mut *conn(&db).await, id, Step::Deliver, Actor::Buyer, Some(trader), "", None).await.unwrap();
            }
            let (advance_paise, rest) =
                (advance_of(total, 30).to_paise(), total.to_paise() - advance_of(total, 30).to_paise());
            assert_eq!(
                ledger(&db, cash).await,
                vec![(LedgerPart::Advance, "upi".into(), advance_paise), (LedgerPart::Balance, "cod".into(), rest)]
            );
            assert_eq!(ledger(&db, upi).await[1], (LedgerPart::Balance, "upi".into(), rest), "by the UTR she gave");
        })
        .await;
    }

    #[tokio::test]
    async fn a_shoppers_cart_never_carries_the_groups_advance() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let terms = AdvanceTerms { percent: 30, balance: BalanceDue::BeforeDispatch };
            crate::orders::store::set_advance_terms(&mut *conn(&db).await, f.raipur_group, Some(terms)).await.unwrap();
            let buyer = shopper(&db, "9100000078").await;
            let order =
                crate::testing::order_of(&db, buyer, "cart", f.mango_pickle, 1, "chhattisgarh", CashOnDelivery, Pickup)
                    .await;
            assert_eq!((order.payment, order.status), (CashOnDelivery, OrderStatus::Confirmed));
            let mut checkout =
                checkout_of(&db, buyer, "cart-2", f.mango_pickle, 1, "chhattisgarh", CashOnDelivery, Pickup).await;
            checkout.choices.values_mut().for_each(|c| c.payment = PaymentMethod::Advance);
            assert!(place(&db, &checkout).await.is_err(), "an advance is not a shopper's choice");
        })
        .await;
    }

    #[test]
    fn the_sql_names_the_same_statuses_a_balance_is_open_in_as_the_rule() {
        let words: Vec<String> =
            crate::orders::advance::BALANCE_OPEN.iter().map(|s| format!("'{}'", s.as_str())).collect();
        assert_eq!(BALANCE_OPEN, format!("({})", words.join(", ")));
    }

    /// Two sellers tap "balance received" at the same moment: one ledger row.
    #[tokio::test]
    async fn two_taps_at_once_record_the_balance_once() {
        each_engine(|db| async move {
            let (f, trader) = setting(&db).await;
            let (id, _) = advance_paid(&db, &f, trader, (40, BalanceDue::BeforeDispatch), "adv-3").await;
            let tap = || {
                let db = db.clone();
                tokio::spawn(async move {
                    let mut tx = db.begin().await.unwrap();
                    let done = balance_received(&mut tx, id, trader).await;
                    tx.commit().await.unwrap();
                    done.is_ok()
                })
            };
            let (a, b) = (tap(), tap());
            let (a, b) = (a.await.unwrap(), b.await.unwrap());
            assert!(a ^ b, "one records it: {a} {b}");
            let balances = ledger(&db, id).await.into_iter().filter(|r| r.0 == LedgerPart::Balance).count();
            assert_eq!(balances, 1);
        })
        .await;
    }
}
