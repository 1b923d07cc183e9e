//! SQL for orders after checkout (server only): lists, the order page, and
//! every step, each a conditional UPDATE (an order moves once, however
//! many taps or workers race for it).

use crate::accounts::store::PlaceRef;
use crate::accounts::types::Scope;
use crate::db::{now_ms, Db};
use crate::error::AppError;
use crate::i18n::Text;
use crate::money::Money;
use crate::orders::delivery::DeliveryMethod;
use crate::orders::state::{next, returns_stock, Actor, OrderStatus, Refusal, Step};
use crate::orders::types::*;
use crate::words::{ACCEPTED, AWAITING_PAYMENT, CONFIRMED, DISPATCHED, PACKED, RETURN_REQUESTED, UPI};
use const_format::concatcp;
use sqlx::AnyConnection;

/// How long after delivery a buyer may ask to return.
pub const RETURN_WINDOW_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// The order's buyer, group, and the group's place (for access checks).
pub async fn order_parties(db: &Db, number: &str) -> Result<Option<(i64, i64, i64, PlaceRef)>, sqlx::Error> {
    let row: Option<(i64, i64, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT o.id, o.buyer_id, o.group_id, g.state_id, g.district_id, g.block_id FROM orders o \
         JOIN shg_groups g ON g.id = o.group_id WHERE o.number = $1",
    )
    .bind(number)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(id, buyer, group, state_id, district_id, block_id)| {
        (id, buyer, group, PlaceRef { state_id, district_id, block_id: Some(block_id) })
    }))
}

const SUMMARY: &str = "SELECT o.id, o.number, o.status, g.name_en, g.name_hi, o.ship_name, o.total_paise, \
    (SELECT CAST(SUM(l.qty) AS BIGINT) FROM order_lines l WHERE l.order_id = o.id) AS items, o.created_at, o.escalated_at, \
    o.paid_claimed_at \
    FROM orders o JOIN shg_groups g ON g.id = o.group_id";

type SummaryRow = (i64, String, OrderStatus, String, String, String, i64, Option<i64>, i64, Option<i64>, Option<i64>);

pub use crate::orders::deadlines::CONFIRM_UPI_WITHIN_MS;

fn summaries(rows: Vec<SummaryRow>) -> Vec<OrderSummary> {
    let now = now_ms();
    rows.into_iter()
        .map(|(id, number, status, g_en, g_hi, buyer, total, items, created_at, escalated, claimed)| OrderSummary {
            id,
            number,
            status,
            group: Text::new(g_hi, g_en),
            buyer,
            total: Money::from_paise(total),
            items: items.unwrap_or(0),
            created_at,
            overdue: crate::orders::deadlines::is_overdue(status, escalated, claimed, now),
        })
        .collect()
}

pub async fn for_buyer(db: &Db, user_id: i64) -> Result<Vec<OrderSummary>, sqlx::Error> {
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SUMMARY} WHERE o.buyer_id = $1 ORDER BY o.created_at DESC, o.id DESC LIMIT 200"
    )))
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(summaries(rows))
}

/// A group's orders, the ones needing it first (new, to pack, to send).
pub async fn for_group(db: &Db, group_id: i64) -> Result<Vec<OrderSummary>, sqlx::Error> {
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SUMMARY} WHERE o.group_id = $1 ORDER BY CASE o.status WHEN {CONFIRMED} THEN 0 WHEN {ACCEPTED} THEN 1 \
         WHEN {PACKED} THEN 2 WHEN {DISPATCHED} THEN 3 WHEN {RETURN_REQUESTED} THEN 4 ELSE 5 END, o.created_at DESC LIMIT 300"
    )))
    .bind(group_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(summaries(rows))
}

/// Orders of groups in an official's scope, overdue first.
pub async fn for_scope(db: &Db, scope: &Scope) -> Result<Vec<OrderSummary>, sqlx::Error> {
    let Some((clause, a, b)) = crate::accounts::scope::groups_in_scope(scope) else { return Ok(Vec::new()) };
    // `clause` is one of the fixed fragments of `groups_in_scope`.
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SUMMARY} WHERE {clause} ORDER BY CASE WHEN o.escalated_at IS NOT NULL AND o.status = {CONFIRMED} THEN 0 \
         WHEN o.status = {AWAITING_PAYMENT} AND o.paid_claimed_at IS NOT NULL THEN 1 ELSE 2 END, \
         o.created_at DESC LIMIT 300"
    )))
    .bind(a)
    .bind(b)
    .fetch_all(&db.pool)
    .await?;
    Ok(summaries(rows))
}

#[derive(sqlx::FromRow)]
struct DetailRow {
    id: i64,
    number: String,
    status: OrderStatus,
    group_en: String,
    group_hi: String,
    group_slug: String,
    group_phone: String,
    delivery_method: DeliveryMethod,
    payment_method: PaymentMethod,
    goods_paise: i64,
    delivery_paise: i64,
    total_paise: i64,
    ship_name: String,
    ship_phone: String,
    ship_line1: String,
    ship_line2: String,
    ship_city: String,
    ship_district: String,
    ship_state_id: i64,
    ship_pincode: String,
    state_en: String,
    state_hi: String,
    courier_name: Option<String>,
    tracking_number: Option<String>,
    tracking_url: Option<String>,
    created_at: i64,
}

/// The order page's content (actions are filled in by the caller's role).
pub async fn detail(db: &Db, order_id: i64, viewer: Viewer) -> Result<Option<OrderDetail>, sqlx::Error> {
    let row: Option<DetailRow> = sqlx::query_as(
        "SELECT o.id, o.number, o.status, g.name_en AS group_en, g.name_hi AS group_hi, g.slug AS group_slug, \
         g.phone AS group_phone, o.delivery_method, o.payment_method, o.goods_paise, o.delivery_paise, o.total_paise, \
         o.ship_name, o.ship_phone, o.ship_line1, o.ship_line2, o.ship_city, o.ship_district, o.ship_state_id, \
         o.ship_pincode, s.name_en AS state_en, s.name_hi AS state_hi, o.courier_name, o.tracking_number, \
         o.tracking_url, o.created_at FROM orders o JOIN shg_groups g ON g.id = o.group_id \
         JOIN states s ON s.id = o.ship_state_id WHERE o.id = $1",
    )
    .bind(order_id)
    .fetch_optional(&db.pool)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let lines: Vec<(String, String, String, String, i64, i64, i64, String)> = sqlx::query_as(
        "SELECT title_en, title_hi, unit_en, unit_hi, qty, unit_price_paise, line_paise, hsn FROM order_lines \
         WHERE order_id = $1 ORDER BY id",
    )
    .bind(order_id)
    .fetch_all(&db.pool)
    .await?;
    let events: Vec<(OrderStatus, Option<String>, String, i64)> = sqlx::query_as(
        "SELECT e.to_status, u.name, e.note, e.at FROM order_events e LEFT JOIN users u ON u.id = e.actor_id \
         WHERE e.order_id = $1 ORDER BY e.at, e.id",
    )
    .bind(order_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(Some(OrderDetail {
        id: r.id,
        number: r.number,
        status: r.status,
        group: Text::new(r.group_hi, r.group_en),
        group_slug: r.group_slug,
        group_phone: r.group_phone,
        buyer: r.ship_name.clone(),
        delivery: r.delivery_method,
        payment: r.payment_method,
        goods: Money::from_paise(r.goods_paise),
        delivery_fee: Money::from_paise(r.delivery_paise),
        total: Money::from_paise(r.total_paise),
        ship_to: ShipTo {
            name: r.ship_name,
            phone: r.ship_phone,
            line1: r.ship_line1,
            line2: r.ship_line2,
            city: r.ship_city,
            district: r.ship_district,
            state_id: r.ship_state_id,
            pincode: r.ship_pincode,
        },
        ship_state: Text::new(r.state_hi, r.state_en),
        courier_name: r.courier_name,
        tracking_number: r.tracking_number,
        tracking_url: r.tracking_url,
        lines: lines
            .into_iter()
            .map(|(t_en, t_hi, u_en, u_hi, qty, unit, total, hsn)| OrderLine {
                title: Text::new(t_hi, t_en),
                unit: Text::new(u_hi, u_en),
                qty,
                unit_price: Money::from_paise(unit),
                total: Money::from_paise(total),
                hsn,
            })
            .collect(),
        timeline: events.into_iter().map(|(to, actor, note, at)| OrderEvent { to, actor, note, at }).collect(),
        created_at: r.created_at,
        actions: Vec::new(),
        upi: None,
        online: None,
        invoice: None,
        viewer,
    }))
}

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
            Refusal::NotNow => AppError::Conflict {
                message: Text::new(
                    "ऑर्डर की स्थिति बदल चुकी है; यह क़दम अब नहीं हो सकता। पेज दोबारा खोलें।",
                    "The order has moved on; this step is no longer possible. Open the page again.",
                ),
            },
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
    .bind(to.as_str())
    .bind(now)
    .bind(accept_by)
    .bind(return_until)
    .bind(dispatch.map(|d| d.courier_name.clone()).filter(|s| !s.is_empty()))
    .bind(dispatch.map(|d| d.tracking_number.clone()).filter(|s| !s.is_empty()))
    .bind(dispatch.map(|d| d.tracking_url.clone()).filter(|s| !s.is_empty()))
    .bind(order_id)
    .bind(from.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::Conflict {
            message: Text::new(
                "ऑर्डर इसी बीच बदल गया। पेज दोबारा खोलें।",
                "The order changed meanwhile. Open the page again.",
            ),
        });
    }
    record_payment(&mut *tx, order_id, &order, from, to, user, now).await?;
    if to == OrderStatus::Dispatched {
        // The invoice is issued when the goods leave (CGST Act s. 31(1)(a)).
        crate::payments::store::issue_invoice(&mut *tx, order_id, now).await?;
    }
    if returns_stock(to) {
        let lines: Vec<(i64, i64, i64)> =
            sqlx::query_as("SELECT product_id, location_id, qty FROM order_lines WHERE order_id = $1")
                .bind(order_id)
                .fetch_all(&mut *tx)
                .await?;
        for (product, location, qty) in lines {
            crate::inventory::put_back(&mut *tx, product, location, qty).await?;
        }
    }
    record_event(&mut *tx, order_id, user, Some(from.as_str()), to.as_str(), note, now).await?;
    let text = crate::orders::notify::message(&order.number, to);
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
    from: Option<&str>,
    to: &str,
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
            Some(("upi", total, utr.unwrap_or_default()))
        }
        (OrderStatus::AwaitingPayment, OrderStatus::Confirmed, PaymentMethod::Gateway) => {
            Some(("gateway", total, order.gateway_payment_id.clone().unwrap_or_default()))
        }
        (_, OrderStatus::Delivered, PaymentMethod::CashOnDelivery) => Some(("cod", total, String::new())),
        (_, OrderStatus::Refunded, _) => {
            let received: Option<i64> =
                sqlx::query_scalar("SELECT CAST(SUM(amount_paise) AS BIGINT) FROM payments WHERE order_id = $1")
                    .bind(order_id)
                    .fetch_one(&mut *conn)
                    .await?;
            let channel = match method {
                PaymentMethod::CashOnDelivery => "cod",
                PaymentMethod::UpiToGroup => "upi",
                PaymentMethod::Gateway => "gateway",
            };
            received.filter(|r| *r > 0).map(|r| (channel, -r, "refund".to_string()))
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

/// A group's earnings by month (newest first): received, refunded, net, by channel.
pub async fn earnings(db: &Db, group_id: i64) -> Result<Vec<MonthEarnings>, sqlx::Error> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT channel, amount_paise, recorded_at FROM payments WHERE group_id = $1 ORDER BY recorded_at DESC",
    )
    .bind(group_id)
    .fetch_all(&db.pool)
    .await?;
    let mut months: Vec<MonthEarnings> = Vec::new();
    for (channel, amount, at) in rows {
        let (year, month) = crate::dates::year_month(at);
        if months.last().is_none_or(|m| (m.year, m.month) != (year, month)) {
            months.push(MonthEarnings { year, month, ..Default::default() });
        }
        if let Some(m) = months.last_mut() {
            let money = Money::from_paise(amount.abs());
            if amount >= 0 {
                m.received = m.received + money;
                match channel.as_str() {
                    "cod" => m.cash = m.cash + money,
                    "upi" => m.upi = m.upi + money,
                    _ => m.online = m.online + money,
                }
            } else {
                m.refunded = m.refunded + money;
            }
            m.payments += 1;
        }
    }
    Ok(months)
}

/// The orders of one checkout, if it is this buyer's.
pub async fn of_checkout(db: &Db, buyer_id: i64, checkout_id: i64) -> Result<Vec<OrderSummary>, sqlx::Error> {
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SUMMARY} WHERE o.checkout_id = $1 AND o.buyer_id = $2 ORDER BY o.id"
    )))
    .bind(checkout_id)
    .bind(buyer_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(summaries(rows))
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
        return Err(AppError::Conflict {
            message: Text::new("इस ऑर्डर का UTR पहले ही दिया जा चुका है", "A UTR was already given for this order"),
        });
    }
    let waiting = OrderStatus::AwaitingPayment.as_str();
    record_event(&mut *tx, order_id, Some(buyer), Some(waiting), waiting, &format!("UPI UTR {utr}"), now).await?;
    let number: String =
        sqlx::query_scalar("SELECT number FROM orders WHERE id = $1").bind(order_id).fetch_one(&mut *tx).await?;
    let text = Text::new(
        format!("ऑर्डर {number}: ख़रीदार ने UPI से भुगतान बताया (UTR {utr}) — जाँचकर पुष्टि करें"),
        format!("Order {number}: the buyer says she paid by UPI (UTR {utr}) — check and confirm"),
    );
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
        return Err(AppError::Conflict {
            message: Text::new("इस ऑर्डर पर कोई UTR जाँच के लिए नहीं है", "There is no UTR to check on this order"),
        });
    }
    let waiting = OrderStatus::AwaitingPayment.as_str();
    record_event(&mut *tx, order_id, Some(user), Some(waiting), waiting, "पैसा नहीं मिला / Payment not received", now)
        .await?;
    let number: String =
        sqlx::query_scalar("SELECT number FROM orders WHERE id = $1").bind(order_id).fetch_one(&mut *tx).await?;
    let text = Text::new(
        format!("ऑर्डर {number}: समूह को UPI भुगतान नहीं मिला — UTR जाँचकर फिर से दें"),
        format!("Order {number}: the group did not receive the UPI payment — check the UTR and give it again"),
    );
    crate::orders::notify::tell(&mut *tx, order_id, crate::orders::notify::Audience::Buyer, &text, now).await?;
    Ok(())
}

/// The UPI details of an order awaiting payment: the group's VPA and name,
/// and the UTR the buyer gave, if any.
pub async fn upi_details(db: &Db, order_id: i64) -> Result<Option<(String, String, Option<String>)>, sqlx::Error> {
    let row: Option<(Option<String>, String, Option<String>)> = sqlx::query_as(concatcp!(
        "SELECT o.upi_vpa, g.name_en, o.utr FROM orders o JOIN shg_groups g ON g.id = o.group_id \
         WHERE o.id = $1 AND o.payment_method = ",
        UPI,
        " AND o.status = ",
        AWAITING_PAYMENT
    ))
    .bind(order_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.and_then(|(vpa, name, utr)| Some((vpa?, name, utr))))
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
    let note = "समूह ने 24 घंटे में स्वीकार नहीं किया: ज़िला अधिकारी को सूचना दी गई / Not accepted within 24 hours: the district official was alerted";
    let confirmed = OrderStatus::Confirmed.as_str();
    record_event(&mut *tx, order_id, None, Some(confirmed), confirmed, note, now).await?;
    let number: String =
        sqlx::query_scalar("SELECT number FROM orders WHERE id = $1").bind(order_id).fetch_one(&mut *tx).await?;
    let text = Text::new(
        format!("ऑर्डर {number} 24 घंटे से स्वीकार नहीं हुआ"),
        format!("Order {number} has not been accepted for 24 hours"),
    );
    for audience in [crate::orders::notify::Audience::Group, crate::orders::notify::Audience::Officials] {
        crate::orders::notify::tell(&mut *tx, order_id, audience, &text, now).await?;
    }
    Ok(true)
}

/// A person's notices, newest first, and how many are unread.
pub async fn inbox(db: &Db, user_id: i64) -> Result<(Vec<Notice>, i64), sqlx::Error> {
    let rows: Vec<(i64, String, String, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, text_en, text_hi, link, created_at, read_at FROM notifications WHERE user_id = $1 \
         ORDER BY created_at DESC, id DESC LIMIT 100",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?;
    let unread = unread_count(db, user_id).await?;
    Ok((
        rows.into_iter()
            .map(|(id, en, hi, link, at, read)| Notice {
                id,
                text: Text::new(hi, en),
                link,
                at,
                unread: read.is_none(),
            })
            .collect(),
        unread,
    ))
}

pub async fn unread_count(db: &Db, user_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL")
        .bind(user_id)
        .fetch_one(&db.pool)
        .await
}

/// Marks all of a person's notices read.
pub async fn mark_read(db: &Db, user_id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
        .bind(now)
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}
