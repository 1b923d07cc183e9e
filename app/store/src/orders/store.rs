//! Reading orders after checkout (server only): the lists (a buyer's, a
//! group's, an official's scope), the order page, earnings. Steps are in
//! `steps.rs`, notices in `notify.rs`.

use crate::accounts::places::PlaceRef;
use crate::accounts::types::Scope;
use crate::db::{now_ms, Db};
use crate::i18n::Text;
use crate::money::Money;
use crate::orders::advance::{AdvanceTerms, BalanceDue, PartPayment};
use crate::orders::delivery::DeliveryMethod;
use crate::orders::state::OrderStatus;
use crate::orders::types::*;
use crate::words::{ACCEPTED, ADVANCE, AWAITING_PAYMENT, CONFIRMED, DISPATCHED, PACKED, RETURN_REQUESTED, UPI};
use const_format::concatcp;
use sqlx::AnyConnection;

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
            waits_on_group: crate::orders::state::waits_on_group(status, claimed.is_some()),
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
        "{SUMMARY} WHERE o.group_id = $1 ORDER BY CASE WHEN o.status = {CONFIRMED} THEN 0 \
         WHEN o.status = {AWAITING_PAYMENT} AND o.paid_claimed_at IS NOT NULL THEN 0 WHEN o.status = {ACCEPTED} THEN 1 \
         WHEN o.status = {PACKED} THEN 2 WHEN o.status = {DISPATCHED} THEN 3 WHEN o.status = {RETURN_REQUESTED} THEN 4 \
         ELSE 5 END, o.created_at DESC LIMIT 300"
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
    po_number: Option<String>,
    entered_by: Option<String>,
    quote_id: Option<i64>,
    village_en: String,
    village_hi: String,
    block_en: String,
    block_hi: String,
    district_en: String,
    district_hi: String,
    group_state_en: String,
    group_state_hi: String,
    group_pincode: String,
    advance_paise: Option<i64>,
    balance_due: Option<BalanceDue>,
    balance_utr: Option<String>,
    balance_received_at: Option<i64>,
}

/// The order page's content (actions are filled in by the caller's role).
pub async fn detail(db: &Db, order_id: i64, viewer: Viewer) -> Result<Option<OrderDetail>, sqlx::Error> {
    let row: Option<DetailRow> = sqlx::query_as(
        "SELECT o.id, o.number, o.status, g.name_en AS group_en, g.name_hi AS group_hi, g.slug AS group_slug, \
         g.phone AS group_phone, o.delivery_method, o.payment_method, o.goods_paise, o.delivery_paise, o.total_paise, \
         o.ship_name, o.ship_phone, o.ship_line1, o.ship_line2, o.ship_city, o.ship_district, o.ship_state_id, \
         o.ship_pincode, s.name_en AS state_en, s.name_hi AS state_hi, o.courier_name, o.tracking_number, \
         o.tracking_url, o.created_at, o.po_number, \
         (SELECT u.name FROM users u WHERE u.id = o.entered_by) AS entered_by, o.quote_id, v.name_en AS village_en, v.name_hi AS village_hi, b.name_en AS block_en, \
         b.name_hi AS block_hi, d.name_en AS district_en, d.name_hi AS district_hi, gs.name_en AS group_state_en, \
         gs.name_hi AS group_state_hi, v.pincode AS group_pincode, o.advance_paise, o.balance_due, o.balance_utr, \
         o.balance_received_at FROM orders o JOIN shg_groups g ON g.id = o.group_id JOIN states s ON s.id = o.ship_state_id \
         JOIN villages v ON v.id = g.village_id JOIN blocks b ON b.id = g.block_id \
         JOIN districts d ON d.id = g.district_id JOIN states gs ON gs.id = g.state_id WHERE o.id = $1",
    )
    .bind(order_id)
    .fetch_optional(&db.pool)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let lines: Vec<(String, String, String, String, i64, i64, i64, String, i64)> = sqlx::query_as(
        "SELECT title_en, title_hi, unit_en, unit_hi, qty, unit_price_paise, line_paise, hsn, made_qty FROM order_lines \
         WHERE order_id = $1 ORDER BY id",
    )
    .bind(order_id)
    .fetch_all(&db.pool)
    .await?;
    let ledger: Vec<(LedgerPart, PaymentMethod, i64, String, i64)> = sqlx::query_as(
        "SELECT part, channel, amount_paise, reference, recorded_at FROM payments WHERE order_id = $1 ORDER BY recorded_at, id",
    )
    .bind(order_id)
    .fetch_all(&db.pool)
    .await?;
    let part_payment = match (r.advance_paise, r.balance_due) {
        (Some(advance), Some(balance_due)) => Some(PartPayment {
            advance: Money::from_paise(advance),
            balance: Money::from_paise(r.total_paise - advance),
            balance_due,
            balance_utr: r.balance_utr.clone(),
            balance_received_at: r.balance_received_at,
        }),
        _ => None,
    };
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
        group_place: Text::new(
            format!("{}, {}, {}, {} {}", r.village_hi, r.block_hi, r.district_hi, r.group_state_hi, r.group_pincode),
            format!("{}, {}, {}, {} {}", r.village_en, r.block_en, r.district_en, r.group_state_en, r.group_pincode),
        ),
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
            .map(|(t_en, t_hi, u_en, u_hi, qty, unit, total, hsn, made)| OrderLine {
                title: Text::new(t_hi, t_en),
                unit: Text::new(u_hi, u_en),
                qty,
                unit_price: Money::from_paise(unit),
                total: Money::from_paise(total),
                hsn,
                made,
            })
            .collect(),
        timeline: events.into_iter().map(|(to, actor, note, at)| OrderEvent { to, actor, note, at }).collect(),
        created_at: r.created_at,
        po_number: r.po_number,
        entered_by: r.entered_by,
        quote_id: r.quote_id,
        government: None,
        actions: Vec::new(),
        upi: None,
        online: None,
        invoice: None,
        viewer,
        part_payment,
        balance_upi: None,
        ledger: ledger
            .into_iter()
            .map(|(part, channel, amount, reference, at)| LedgerRow {
                part,
                channel,
                amount: Money::from_paise(amount),
                reference,
                at,
            })
            .collect(),
    }))
}

/// Makes an order's invoice out to someone other than its buyer (a
/// government office that bought through its indenter), with her GSTIN.
pub async fn set_bill_to(
    conn: &mut sqlx::AnyConnection,
    order_id: i64,
    name: &str,
    gstin: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE orders SET bill_to_name = $1, bill_to_gstin = $2 WHERE id = $3")
        .bind(name)
        .bind(gstin)
        .bind(order_id)
        .execute(conn)
        .await?;
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
                // Online money is Haat's to pay on: due, not received.
                match channel.as_str() {
                    "cod" => m.cash = m.cash + money,
                    "upi" => m.upi = m.upi + money,
                    "bill" => m.government = m.government + money,
                    _ => m.online = m.online + money,
                }
                m.received = m.cash + m.upi + m.government;
            } else {
                m.refunded = m.refunded + money;
            }
            m.payments += 1;
        }
    }
    Ok(months)
}

/// The online payments Haat has taken for a group and not refunded, newest
/// first: the orders behind the "due from Haat" figures. (Haat's payouts to
/// the group's bank are not recorded here yet.)
pub async fn online_due(db: &Db, group_id: i64) -> Result<Vec<OnlineDue>, sqlx::Error> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT o.number, p.amount_paise, p.recorded_at FROM payments p JOIN orders o ON o.id = p.order_id \
         WHERE p.group_id = $1 AND p.channel = 'gateway' AND p.amount_paise > 0 \
         AND NOT EXISTS (SELECT 1 FROM payments r WHERE r.order_id = p.order_id AND r.channel = 'gateway' \
         AND r.amount_paise < 0) ORDER BY p.recorded_at DESC LIMIT 500",
    )
    .bind(group_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(number, amount, paid_at)| OnlineDue { number, amount: Money::from_paise(amount), paid_at })
        .collect())
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

/// The UPI details of an order awaiting payment (in full, or its advance):
/// the group's VPA and name, and the UTR the buyer gave, if any.
pub async fn upi_details(db: &Db, order_id: i64) -> Result<Option<(String, String, Option<String>)>, sqlx::Error> {
    let row: Option<(Option<String>, String, Option<String>)> = sqlx::query_as(concatcp!(
        "SELECT o.upi_vpa, g.name_en, o.utr FROM orders o JOIN shg_groups g ON g.id = o.group_id \
         WHERE o.id = $1 AND o.payment_method IN (",
        UPI,
        ", ",
        ADVANCE,
        ") AND o.status = ",
        AWAITING_PAYMENT
    ))
    .bind(order_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.and_then(|(vpa, name, utr)| Some((vpa?, name, utr))))
}

/// Where the balance of an order paid in two parts goes by UPI while it is
/// still to pay: the group's VPA and name.
pub async fn balance_upi(db: &Db, order_id: i64) -> Result<Option<(String, String)>, sqlx::Error> {
    let row: Option<(Option<String>, String)> = sqlx::query_as(concatcp!(
        "SELECT o.upi_vpa, g.name_en FROM orders o JOIN shg_groups g ON g.id = o.group_id \
         WHERE o.id = $1 AND o.payment_method = ",
        ADVANCE,
        " AND o.balance_received_at IS NULL AND o.status IN ",
        crate::orders::steps::BALANCE_OPEN
    ))
    .bind(order_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.and_then(|(vpa, name)| Some((vpa?, name))))
}

/// The advance a group asks on trade orders (`None`: none), when the
/// balance is due as last chosen, and whether it has a UPI id (an advance
/// is paid by UPI, so it needs one).
pub async fn advance_settings(db: &Db, group_id: i64) -> Result<(Option<AdvanceTerms>, BalanceDue, bool), sqlx::Error> {
    let (percent, balance, upi): (i64, BalanceDue, Option<String>) =
        sqlx::query_as("SELECT advance_percent, balance_due, upi_vpa FROM shg_groups WHERE id = $1")
            .bind(group_id)
            .fetch_one(&db.pool)
            .await?;
    Ok((AdvanceTerms::from_columns(percent, balance), balance, upi.is_some()))
}

/// Sets the advance a group asks on trade orders placed from now on
/// (orders already placed keep their own copy of the terms).
pub async fn set_advance_terms(
    conn: &mut AnyConnection,
    group_id: i64,
    terms: Option<AdvanceTerms>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE shg_groups SET advance_percent = $1, balance_due = COALESCE($2, balance_due) WHERE id = $3")
        .bind(terms.map_or(0, |t| i64::from(t.percent)))
        .bind(terms.map(|t| t.balance))
        .bind(group_id)
        .execute(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::{conn, each_engine};
    use crate::orders::delivery::DeliveryMethod::Pickup;
    use crate::orders::state::{Actor, Step};
    use crate::orders::steps::{advance, escalate};
    use crate::orders::types::PaymentMethod::CashOnDelivery;
    use crate::testing::{catalogue, order_of, shopper};

    async fn take(db: &Db, order: i64, steps: &[Step]) {
        for step in steps {
            advance(&mut *conn(db).await, order, *step, Actor::Group, None, "", None).await.unwrap();
        }
    }

    #[tokio::test]
    async fn a_groups_list_puts_what_needs_it_first_and_an_official_sees_only_her_scope_overdue_first() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let buyer = shopper(&db, "9100000001").await;
            let order = |key: &'static str, product: i64| {
                let db = db.clone();
                async move { order_of(&db, buyer, key, product, 1, "chhattisgarh", CashOnDelivery, Pickup).await.id }
            };
            let packed = order("k1", f.mango_pickle).await;
            take(&db, packed, &[Step::Accept, Step::Pack]).await;
            let accepted = order("k2", f.mango_pickle).await;
            take(&db, accepted, &[Step::Accept]).await;
            let new = order("k3", f.mango_pickle).await;
            let gwalior = order("k4", f.jute_bag).await;

            let ids = |list: Vec<OrderSummary>| list.into_iter().map(|o| o.id).collect::<Vec<_>>();
            assert_eq!(ids(for_group(&db, f.raipur_group).await.unwrap()), vec![new, accepted, packed], "new first");
            assert_eq!(ids(for_group(&db, f.gwalior_group).await.unwrap()), vec![gwalior]);
            assert_eq!(for_buyer(&db, buyer).await.unwrap().len(), 4);

            let raipur: i64 = sqlx::query_scalar("SELECT district_id FROM shg_groups WHERE id = $1")
                .bind(f.raipur_group)
                .fetch_one(&db.pool)
                .await
                .unwrap();
            let official = Scope::District { district_id: raipur, block_id: None };
            let scoped = for_scope(&db, &official).await.unwrap();
            assert_eq!(scoped.len(), 3, "Gwalior's order is not in Raipur's list");
            assert!(scoped.iter().all(|o| !o.overdue));

            assert!(escalate(&mut *conn(&db).await, new, now_ms()).await.unwrap());
            let scoped = for_scope(&db, &official).await.unwrap();
            assert_eq!((scoped[0].id, scoped[0].overdue), (new, true), "the order not accepted in time comes first");
            assert!(for_scope(&db, &Scope::Own).await.unwrap().is_empty(), "no scope, no orders");
        })
        .await;
    }

    #[tokio::test]
    async fn an_order_page_shows_its_typed_timeline_to_its_buyer() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let buyer = shopper(&db, "9100000002").await;
            let order = order_of(&db, buyer, "k", f.mango_pickle, 2, "chhattisgarh", CashOnDelivery, Pickup).await;
            take(&db, order.id, &[Step::Accept]).await;
            let page = detail(&db, order.id, Viewer::Buyer).await.unwrap().expect("the order");
            assert_eq!(page.status, OrderStatus::Accepted);
            assert_eq!(
                page.timeline.iter().map(|e| e.to).collect::<Vec<_>>(),
                vec![OrderStatus::Placed, OrderStatus::Confirmed, OrderStatus::Accepted]
            );
            assert_eq!((page.payment, page.delivery), (CashOnDelivery, Pickup));
            assert_eq!(page.lines.iter().map(|l| l.qty).sum::<i64>(), 2);
            assert!(detail(&db, order.id + 1000, Viewer::Buyer).await.unwrap().is_none());
        })
        .await;
    }
}
