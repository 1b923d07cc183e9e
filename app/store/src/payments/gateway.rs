//! The gateway's payments in the database: which gateway order belongs to
//! which Haat order, and each report acted on once (its event id recorded
//! in the same transaction as its effect, every effect conditional), so
//! reports may arrive in any order, retried or duplicated.

use crate::error::AppError;
use crate::orders::state::{Actor, OrderStatus, Step};
use crate::payments::text;
use crate::words::{AWAITING_PAYMENT, GATEWAY};
use const_format::concatcp;
pub use domain::payments::gateway::{Outcome, Report};
use sqlx::AnyConnection;

/// An order's gateway order (if made yet), total and number.
pub async fn gateway_order(
    conn: &mut AnyConnection,
    order_id: i64,
) -> Result<(Option<String>, i64, String), sqlx::Error> {
    sqlx::query_as("SELECT gateway_order_id, total_paise, number FROM orders WHERE id = $1")
        .bind(order_id)
        .fetch_one(conn)
        .await
}

/// Keeps `created` as the order's gateway order unless one was stored
/// first (two tabs at once), and returns the one that stands.
pub async fn keep_gateway_order(
    conn: &mut AnyConnection,
    order_id: i64,
    created: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query("UPDATE orders SET gateway_order_id = $1 WHERE id = $2 AND gateway_order_id IS NULL")
        .bind(created)
        .bind(order_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query_scalar("SELECT gateway_order_id FROM orders WHERE id = $1").bind(order_id).fetch_one(conn).await
}

/// The number and total of the Haat order a gateway order was made for.
pub async fn order_of_gateway_order(
    conn: &mut AnyConnection,
    gateway_order_id: &str,
) -> Result<Option<(String, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT number, total_paise FROM orders WHERE gateway_order_id = $1")
        .bind(gateway_order_id)
        .fetch_optional(conn)
        .await
}

/// Acts on one report, once per `event_id` (when there is one), on the
/// caller's transaction, which also holds the event's record: a retried or
/// duplicated report finds its event id and changes nothing.
pub async fn settle(
    tx: &mut AnyConnection,
    event_id: Option<&str>,
    event: &str,
    report: &Report,
    now: i64,
) -> Result<Outcome, AppError> {
    if let Some(event_id) = event_id {
        let (order_ref, payment_ref) = match report {
            Report::Paid { gateway_order_id, payment_id, .. } | Report::Failed { gateway_order_id, payment_id, .. } => {
                (Some(gateway_order_id.as_str()), Some(payment_id.as_str()))
            }
            Report::Refunded { payment_id, .. } => (None, Some(payment_id.as_str())),
            Report::Other => (None, None),
        };
        let fresh = sqlx::query(
            "INSERT INTO gateway_events (event_id, event, gateway_order_id, payment_id, received_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO NOTHING",
        )
        .bind(event_id)
        .bind(event)
        .bind(order_ref)
        .bind(payment_ref)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if fresh == 0 {
            return Ok(Outcome::Duplicate);
        }
    }
    let outcome = match report {
        Report::Paid { gateway_order_id, payment_id, amount_paise } => {
            paid(&mut *tx, gateway_order_id, payment_id, *amount_paise, now).await?
        }
        Report::Failed { gateway_order_id, payment_id, reason } => {
            failed(&mut *tx, gateway_order_id, payment_id, reason, now).await?
        }
        Report::Refunded { payment_id, refund_id, amount_paise } => {
            refunded(&mut *tx, payment_id, refund_id, *amount_paise, now).await?
        }
        Report::Other => Outcome::Ignored,
    };
    Ok(outcome)
}

async fn paid(
    conn: &mut sqlx::AnyConnection,
    gateway_order_id: &str,
    payment_id: &str,
    amount_paise: i64,
    now: i64,
) -> Result<Outcome, AppError> {
    // Write first (SQLite takes its write lock here, not at a later upgrade).
    sqlx::query("UPDATE orders SET updated_at = updated_at WHERE gateway_order_id = $1")
        .bind(gateway_order_id)
        .execute(&mut *conn)
        .await?;
    let order: Option<(i64, OrderStatus, i64, Option<String>)> = sqlx::query_as(concatcp!(
        "SELECT id, status, total_paise, gateway_payment_id FROM orders WHERE gateway_order_id = $1 AND payment_method = ",
        GATEWAY
    ))
    .bind(gateway_order_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((order_id, status, total, recorded)) = order else {
        tracing::warn!(gateway_order_id, "payment for an order Haat doesn't know");
        return Ok(Outcome::Ignored);
    };
    if amount_paise != total {
        // The gateway order was made for the total, so this is not a payment for this order.
        tracing::error!(order = order_id, amount_paise, total, "gateway payment of the wrong amount: not accepted");
        return Ok(Outcome::Ignored);
    }
    if recorded.is_some() {
        return Ok(Outcome::AlreadyPaid);
    }
    sqlx::query("UPDATE orders SET gateway_payment_id = $1 WHERE id = $2 AND gateway_payment_id IS NULL")
        .bind(payment_id)
        .bind(order_id)
        .execute(&mut *conn)
        .await?;
    if status == OrderStatus::AwaitingPayment {
        let note = text::paid_online_note(payment_id);
        crate::orders::steps::advance(conn, order_id, Step::Confirm, Actor::System, None, &note, None).await?;
        Ok(Outcome::Confirmed)
    } else {
        tracing::warn!(
            order = order_id,
            status = status.as_str(),
            payment_id,
            "online payment arrived after the order closed: refund due"
        );
        crate::orders::steps::record_event(
            conn,
            order_id,
            None,
            Some(status),
            status,
            &text::paid_after_close_note(payment_id),
            now,
        )
        .await?;
        Ok(Outcome::Late)
    }
}

async fn failed(
    conn: &mut sqlx::AnyConnection,
    gateway_order_id: &str,
    payment_id: &str,
    reason: &str,
    now: i64,
) -> Result<Outcome, AppError> {
    // Only an order still waiting to be paid hears of a failed attempt: a
    // failure reported after the capture (out of order) changes nothing.
    let order: Option<i64> = sqlx::query_scalar(concatcp!(
        "SELECT id FROM orders WHERE gateway_order_id = $1 AND status = ",
        AWAITING_PAYMENT,
        " AND gateway_payment_id IS NULL"
    ))
    .bind(gateway_order_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(order_id) = order else { return Ok(Outcome::Ignored) };
    let reason: String = reason.chars().filter(|c| !c.is_control()).take(120).collect();
    let status = OrderStatus::AwaitingPayment;
    let note = text::payment_failed_note(payment_id, &reason);
    crate::orders::steps::record_event(conn, order_id, None, Some(status), status, &note, now).await?;
    Ok(Outcome::Noted)
}

async fn refunded(
    conn: &mut sqlx::AnyConnection,
    payment_id: &str,
    refund_id: &str,
    amount_paise: i64,
    now: i64,
) -> Result<Outcome, AppError> {
    let order: Option<(i64, i64)> = sqlx::query_as("SELECT id, group_id FROM orders WHERE gateway_payment_id = $1")
        .bind(payment_id)
        .fetch_optional(&mut *conn)
        .await?;
    let Some((order_id, group_id)) = order else { return Ok(Outcome::Ignored) };
    // One ledger row per order, part and amount: a refund the order's own Refund
    // step already wrote is not written twice.
    let channel = (crate::orders::types::PaymentMethod::Gateway, crate::orders::types::LedgerPart::Refund);
    crate::orders::steps::write_ledger(
        &mut *conn,
        order_id,
        group_id,
        channel,
        -amount_paise.abs(),
        refund_id,
        None,
        now,
    )
    .await?;
    Ok(Outcome::Noted)
}
