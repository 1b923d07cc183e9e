//! Every step of an order after checkout, each one conditional UPDATE from
//! the status read (an order moves once, however many taps or workers race
//! for it), with its event, notices, ledger row and returned stock on the
//! caller's transaction; and the deadlines the worker finds due.

use crate::db::{now_ms, Db};
use crate::error::AppError;
use crate::orders::errors;
use crate::orders::state::{next, returns_stock, Actor, OrderStatus, Refusal, Step};
use crate::orders::types::*;
use crate::words::{AWAITING_PAYMENT, CONFIRMED, DELIVERED, UPI};
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
        "SELECT status, number, group_id, payment_method, total_paise, utr, gateway_payment_id FROM orders WHERE id = $1",
    )
    .bind(order_id)
    .fetch_one(&mut *tx)
    .await?;
    let from = order.status;
    let to = crate::orders::payment::payment_allows(step, actor, order.payment_method, order.utr.is_some())
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

/// Writes the ledger row a step implies: UPI money the group confirmed,
/// cash handed over at delivery, or a refund of what was received. One row
/// per order, channel and amount (a retry adds nothing).
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
    let row = match (from, to, method) {
        (OrderStatus::AwaitingPayment, OrderStatus::Confirmed, PaymentMethod::UpiToGroup) => {
            Some((method, total, utr.unwrap_or_default()))
        }
        (OrderStatus::AwaitingPayment, OrderStatus::Confirmed, PaymentMethod::Gateway) => {
            Some((method, total, order.gateway_payment_id.clone().unwrap_or_default()))
        }
        (_, OrderStatus::Delivered, PaymentMethod::CashOnDelivery) => Some((method, total, String::new())),
        (_, OrderStatus::Refunded, _) => {
            let received: Option<i64> =
                sqlx::query_scalar("SELECT CAST(SUM(amount_paise) AS BIGINT) FROM payments WHERE order_id = $1")
                    .bind(order_id)
                    .fetch_one(&mut *conn)
                    .await?;
            // Refunded through the channel it was paid by (the ledger's
            // channel is the payment method's own word).
            received.filter(|r| *r > 0).map(|r| (method, -r, "refund".to_string()))
        }
        _ => None,
    };
    if let Some((channel, amount, reference)) = row {
        sqlx::query(
            "INSERT INTO payments (order_id, group_id, channel, amount_paise, reference, recorded_by, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
        )
        .bind(order_id)
        .bind(group_id)
        .bind(channel)
        .bind(amount)
        .bind(reference)
        .bind(user)
        .bind(now)
        .execute(conn)
        .await?;
    }
    Ok(())
}

/// The buyer's word that she paid the group by UPI: her UTR. The order
/// waits (it no longer expires) until the group confirms or denies it.
pub async fn claim_upi(tx: &mut AnyConnection, order_id: i64, buyer: i64, utr: &str) -> Result<(), AppError> {
    let now = now_ms();
    let claimed = sqlx::query(concatcp!(
        "UPDATE orders SET utr = $1, paid_claimed_at = $2, updated_at = $2 WHERE id = $3 AND buyer_id = $4 \
         AND status = ",
        AWAITING_PAYMENT,
        " AND payment_method = ",
        UPI,
        " AND utr IS NULL"
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
    let number: String =
        sqlx::query_scalar("SELECT number FROM orders WHERE id = $1").bind(order_id).fetch_one(&mut *tx).await?;
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
    let number: String =
        sqlx::query_scalar("SELECT number FROM orders WHERE id = $1").bind(order_id).fetch_one(&mut *tx).await?;
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
    let number: String =
        sqlx::query_scalar("SELECT number FROM orders WHERE id = $1").bind(order_id).fetch_one(&mut *tx).await?;
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
