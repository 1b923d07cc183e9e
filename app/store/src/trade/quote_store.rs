//! Requests for quotes (SQL): asking, every step as a conditional update
//! from the status and version the person saw, the kept versions, the
//! lists each side reads, and what the clock finds due. Which step is
//! allowed is the domain's (`trade::quotes::next`); the caller checks it
//! and owns the transaction.

use crate::db::{fetch_for_ids, Db};
use crate::i18n::Text;
use crate::money::Money;
use crate::orders::notify;
use crate::orders::state::OrderStatus;
use crate::trade::quotes::{QuoteSide, QuoteStatus, QuoteStep, Terms};
use crate::trade::types::{QuoteDetail, QuoteRequest, QuoteRow, QuoteVersion};
use crate::words::{
    LIVE, ORDER_CANCELLED, ORDER_EXPIRED, ORDER_REJECTED, QUOTE_ACCEPTED, QUOTE_ASKED, QUOTE_COUNTERED, QUOTE_OFFERED,
    QUOTE_STEP_OFFER,
};
use const_format::concatcp;
use sqlx::AnyConnection;

/// A trader's request, as her form sent it (checked).
#[derive(Clone, Debug)]
pub struct NewRequest {
    pub trader_id: i64,
    pub key: String,
    pub qty: i64,
    pub target_price: Option<Money>,
    pub needed_by: Option<i64>,
    pub open_until: i64,
    pub address_id: i64,
    pub place: String,
    pub po_number: Option<String>,
    pub note: String,
}

/// Asks the groups of `listings` (live ones only) for a quote: one
/// request, one quote per listing. A resent form (same key) finds the
/// request it made and asks nobody twice: `(request id, newly asked)`.
pub async fn ask(
    conn: &mut AnyConnection,
    request: &NewRequest,
    listings: &[i64],
    now: i64,
) -> Result<(i64, bool), sqlx::Error> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO quote_requests (trader_id, idempotency_key, qty, target_price_paise, needed_by, open_until, \
         address_id, place, po_number, note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         ON CONFLICT (trader_id, idempotency_key) DO NOTHING RETURNING id",
    )
    .bind(request.trader_id)
    .bind(&request.key)
    .bind(request.qty)
    .bind(request.target_price.map(Money::to_paise))
    .bind(request.needed_by)
    .bind(request.open_until)
    .bind(request.address_id)
    .bind(&request.place)
    .bind(&request.po_number)
    .bind(&request.note)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(id) = id else {
        let id = sqlx::query_scalar("SELECT id FROM quote_requests WHERE trader_id = $1 AND idempotency_key = $2")
            .bind(request.trader_id)
            .bind(&request.key)
            .fetch_one(&mut *conn)
            .await?;
        return Ok((id, false));
    };
    for listing in listings {
        sqlx::query(concatcp!(
            "INSERT INTO quotes (request_id, product_id, group_id, status, version, waiting_since, updated_at) \
             SELECT $1, id, group_id, ",
            QUOTE_ASKED,
            ", 0, $2, $2 FROM products WHERE id = $3 AND status = ",
            LIVE,
            " ON CONFLICT (request_id, product_id) DO NOTHING"
        ))
        .bind(id)
        .bind(now)
        .bind(listing)
        .execute(&mut *conn)
        .await?;
    }
    Ok((id, true))
}

/// The quotes of a request: `(quote id, group id, listing id)`.
pub async fn quotes_of_request(conn: &mut AnyConnection, request_id: i64) -> Result<Vec<(i64, i64, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT id, group_id, product_id FROM quotes WHERE request_id = $1 ORDER BY id")
        .bind(request_id)
        .fetch_all(conn)
        .await
}

/// Moves a quote from `from` (at `version`, as the person saw it) to
/// `to`: false when it moved meanwhile (someone else answered first).
/// Every step starts a new turn: the group's 48 hours count from it.
pub async fn step(
    conn: &mut AnyConnection,
    quote_id: i64,
    version: i64,
    from: QuoteStatus,
    to: QuoteStatus,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE quotes SET status = $1, version = version + 1, updated_at = $2, waiting_since = $2, \
         escalated_at = NULL WHERE id = $3 AND version = $4 AND status = $5",
    )
    .bind(to)
    .bind(now)
    .bind(quote_id)
    .bind(version)
    .bind(from)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// Keeps one step of a quote (and the terms it stated) as version `n`.
#[allow(clippy::too_many_arguments)]
pub async fn keep_version(
    conn: &mut AnyConnection,
    quote_id: i64,
    n: i64,
    step: QuoteStep,
    side: QuoteSide,
    by_user: Option<i64>,
    terms: Option<&Terms>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO quote_versions (quote_id, n, step, side, by_user, unit_price_paise, qty, dispatch_days, \
         valid_until, note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(quote_id)
    .bind(n)
    .bind(step)
    .bind(side)
    .bind(by_user)
    .bind(terms.map(|t| t.unit_price.to_paise()))
    .bind(terms.map(|t| t.qty))
    .bind(terms.map(|t| t.dispatch_days))
    .bind(terms.and_then(|t| t.valid_until))
    .bind(terms.map(|t| t.note.as_str()).unwrap_or(""))
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// The order an accepted quote became (`None`: its order ended unsent and
/// the offer stands again; the order keeps naming the quote it came from).
pub async fn set_order(conn: &mut AnyConnection, quote_id: i64, order_id: Option<i64>) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE quotes SET order_id = $1 WHERE id = $2")
        .bind(order_id)
        .bind(quote_id)
        .execute(&mut *conn)
        .await?;
    if let Some(order_id) = order_id {
        sqlx::query("UPDATE orders SET quote_id = $1 WHERE id = $2")
            .bind(quote_id)
            .bind(order_id)
            .execute(conn)
            .await?;
    }
    Ok(())
}

#[derive(sqlx::FromRow)]
struct DetailRow {
    id: i64,
    status: QuoteStatus,
    version: i64,
    waiting_since: i64,
    escalated_at: Option<i64>,
    request_id: i64,
    trader_id: i64,
    business_name: Option<String>,
    trader_name: String,
    qty: i64,
    target_price_paise: Option<i64>,
    needed_by: Option<i64>,
    open_until: i64,
    address_id: Option<i64>,
    place: String,
    po_number: Option<String>,
    note: String,
    asked_at: i64,
    product_id: i64,
    title_hi: String,
    title_en: String,
    unit_hi: String,
    unit_en: String,
    slug: String,
    price_paise: i64,
    on_hand: i64,
    group_id: i64,
    group_hi: String,
    group_en: String,
    group_slug: String,
    order_number: Option<String>,
}

#[derive(sqlx::FromRow)]
struct VersionRow {
    n: i64,
    step: QuoteStep,
    side: QuoteSide,
    by_name: Option<String>,
    unit_price_paise: Option<i64>,
    qty: Option<i64>,
    dispatch_days: Option<i64>,
    valid_until: Option<i64>,
    note: String,
    created_at: i64,
}

/// One quote with its request and every version, oldest first.
pub async fn detail(conn: &mut AnyConnection, quote_id: i64) -> Result<Option<QuoteDetail>, sqlx::Error> {
    let row: Option<DetailRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT q.id, q.status, q.version, q.waiting_since, q.escalated_at, r.id AS request_id, r.trader_id, \
         t.business_name, u.name AS trader_name, r.qty, r.target_price_paise, r.needed_by, r.open_until, r.address_id, \
         r.place, r.po_number, r.note, r.created_at AS asked_at, p.id AS product_id, p.title_hi, p.title_en, p.unit_hi, \
         p.unit_en, p.slug, p.price_paise, {on_hand} AS on_hand, g.id AS group_id, g.name_hi AS group_hi, \
         g.name_en AS group_en, g.slug AS group_slug, o.number AS order_number \
         FROM quotes q JOIN quote_requests r ON r.id = q.request_id JOIN users u ON u.id = r.trader_id \
         LEFT JOIN traders t ON t.user_id = r.trader_id JOIN products p ON p.id = q.product_id \
         JOIN shg_groups g ON g.id = q.group_id LEFT JOIN orders o ON o.id = q.order_id WHERE q.id = $1",
        on_hand = crate::inventory::ON_HAND_OF_P
    )))
    .bind(quote_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let versions: Vec<VersionRow> = sqlx::query_as(
        "SELECT v.n, v.step, v.side, u.name AS by_name, v.unit_price_paise, v.qty, v.dispatch_days, v.valid_until, \
         v.note, v.created_at FROM quote_versions v LEFT JOIN users u ON u.id = v.by_user WHERE v.quote_id = $1 \
         ORDER BY v.n",
    )
    .bind(quote_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Some(QuoteDetail {
        id: r.id,
        status: r.status,
        version: r.version,
        waiting_since: r.waiting_since,
        escalated: r.escalated_at.is_some(),
        request: QuoteRequest {
            id: r.request_id,
            trader_id: r.trader_id,
            trader: r.business_name.unwrap_or_else(|| r.trader_name.clone()),
            trader_name: r.trader_name,
            qty: r.qty,
            target_price: r.target_price_paise.map(Money::from_paise),
            needed_by: r.needed_by,
            open_until: r.open_until,
            address_id: r.address_id.unwrap_or(0),
            place: r.place,
            po_number: r.po_number,
            note: r.note,
            asked_at: r.asked_at,
        },
        product_id: r.product_id,
        product: Text::new(r.title_hi, r.title_en),
        unit: Text::new(r.unit_hi, r.unit_en),
        product_slug: r.slug,
        list_price: Money::from_paise(r.price_paise),
        on_hand: r.on_hand,
        group_id: r.group_id,
        group_name: Text::new(r.group_hi, r.group_en),
        group_slug: r.group_slug,
        versions: versions
            .into_iter()
            .map(|v| QuoteVersion {
                n: v.n,
                step: v.step,
                side: v.side,
                by_name: v.by_name,
                terms: match (v.unit_price_paise, v.qty, v.dispatch_days) {
                    (Some(price), Some(qty), Some(days)) => Some(Terms {
                        unit_price: Money::from_paise(price),
                        qty,
                        dispatch_days: days,
                        valid_until: v.valid_until,
                        note: v.note,
                    }),
                    _ => None,
                },
                at: v.created_at,
            })
            .collect(),
        order_number: r.order_number,
    }))
}

/// Who the lists are for.
#[derive(Clone, Copy, Debug)]
pub enum QuotesOf {
    Trader(i64),
    Group(i64),
    /// Waiting for a group under this official's scope since before `.2`
    /// (the scope's condition on `g` and its two values).
    Unanswered(&'static str, i64, i64, i64),
}

#[derive(sqlx::FromRow)]
struct ListRow {
    id: i64,
    request_id: i64,
    title_hi: String,
    title_en: String,
    unit_hi: String,
    unit_en: String,
    group_hi: String,
    group_en: String,
    trader: String,
    asked_qty: i64,
    target_price_paise: Option<i64>,
    status: QuoteStatus,
    updated_at: i64,
    waiting_since: i64,
}

/// The newest 200 quotes of a trader, a group, or waiting too long under
/// an official's scope, newest first, each with its latest terms.
pub async fn list(db: &Db, of: QuotesOf) -> Result<Vec<QuoteRow>, sqlx::Error> {
    const SELECT: &str =
        "SELECT q.id, q.request_id, p.title_hi, p.title_en, p.unit_hi, p.unit_en, g.name_hi AS group_hi, \
         g.name_en AS group_en, COALESCE(t.business_name, u.name) AS trader, r.qty AS asked_qty, r.target_price_paise, \
         q.status, q.updated_at, q.waiting_since FROM quotes q JOIN quote_requests r ON r.id = q.request_id \
         JOIN products p ON p.id = q.product_id JOIN shg_groups g ON g.id = q.group_id \
         JOIN users u ON u.id = r.trader_id LEFT JOIN traders t ON t.user_id = r.trader_id";
    let rows: Vec<ListRow> = match of {
        QuotesOf::Trader(user) => {
            sqlx::query_as(concatcp!(SELECT, " WHERE r.trader_id = $1 ORDER BY q.updated_at DESC, q.id DESC LIMIT 200"))
                .bind(user)
                .fetch_all(&db.pool)
                .await?
        }
        QuotesOf::Group(group) => {
            sqlx::query_as(concatcp!(SELECT, " WHERE q.group_id = $1 ORDER BY q.updated_at DESC, q.id DESC LIMIT 200"))
                .bind(group)
                .fetch_all(&db.pool)
                .await?
        }
        QuotesOf::Unanswered(scope, a, b, before) => {
            // `scope` is one of `groups_in_scope`'s fixed conditions.
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{SELECT} WHERE {scope} AND q.status IN ({QUOTE_ASKED}, {QUOTE_COUNTERED}) AND q.waiting_since <= $3 \
                 ORDER BY q.waiting_since, q.id LIMIT 200"
            )))
            .bind(a)
            .bind(b)
            .bind(before)
            .fetch_all(&db.pool)
            .await?
        }
    };
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let latest = latest_terms(&mut *db.pool.acquire().await?, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let terms = latest.get(&r.id);
            QuoteRow {
                id: r.id,
                request_id: r.request_id,
                product: Text::new(r.title_hi, r.title_en),
                unit: Text::new(r.unit_hi, r.unit_en),
                group_name: Text::new(r.group_hi, r.group_en),
                trader: r.trader,
                qty: terms.map_or(r.asked_qty, |t| t.1),
                unit_price: terms.map(|t| Money::from_paise(t.0)).or(r.target_price_paise.map(Money::from_paise)),
                status: r.status,
                updated_at: r.updated_at,
                waiting_since: r.waiting_since,
            }
        })
        .collect())
}

/// Each quote's latest stated terms: (unit price in paise, quantity).
async fn latest_terms(
    conn: &mut AnyConnection,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, (i64, i64)>, sqlx::Error> {
    let rows: Vec<(i64, i64, i64)> = fetch_for_ids(
        conn,
        "SELECT v.quote_id, v.unit_price_paise, v.qty FROM quote_versions v WHERE v.quote_id IN ({ids}) \
         AND v.unit_price_paise IS NOT NULL AND v.n = (SELECT MAX(w.n) FROM quote_versions w \
         WHERE w.quote_id = v.quote_id AND w.unit_price_paise IS NOT NULL)",
        ids,
    )
    .await?;
    Ok(rows.into_iter().map(|(id, price, qty)| (id, (price, qty))).collect())
}

/// A quote the clock has something to do with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DueQuote {
    pub id: i64,
    pub status: QuoteStatus,
    pub version: i64,
    pub open_until: i64,
    /// The latest offer's valid-until day, if there is an offer.
    pub offer_until: Option<i64>,
    pub waiting_since: i64,
    pub escalated: bool,
    /// Accepted, but its order ended before it was sent.
    pub order_ended: bool,
}

/// Quotes the clock must act on at `today` / `now`, longest waiting first:
/// those that ran out (`trade::quotes::has_run_out`, asked here in SQL),
/// those the group has left since before `unanswered_since` and nobody
/// reported yet, and accepted ones whose order ended unsent. Only quotes
/// that are due, so a pass never fills up with quotes that are merely open.
pub async fn due_quotes(db: &Db, today: i64, unanswered_since: i64, limit: i64) -> Result<Vec<DueQuote>, sqlx::Error> {
    #[allow(clippy::type_complexity)]
    let rows: Vec<(i64, QuoteStatus, i64, i64, Option<i64>, i64, Option<i64>, Option<OrderStatus>)> =
        sqlx::query_as(concatcp!(
            "WITH open AS (SELECT q.id, q.status, q.version, r.open_until, \
             (SELECT v.valid_until FROM quote_versions v WHERE v.quote_id = q.id AND v.step = ",
            QUOTE_STEP_OFFER,
            " ORDER BY v.n DESC LIMIT 1) AS offer_until, q.waiting_since, q.escalated_at, o.status AS order_status \
             FROM quotes q JOIN quote_requests r ON r.id = q.request_id LEFT JOIN orders o ON o.id = q.order_id \
             WHERE q.status IN (",
            QUOTE_ASKED,
            ", ",
            QUOTE_OFFERED,
            ", ",
            QUOTE_COUNTERED,
            ", ",
            QUOTE_ACCEPTED,
            ")) SELECT id, status, version, open_until, offer_until, waiting_since, escalated_at, order_status FROM open \
             WHERE (status = ",
            QUOTE_ASKED,
            " AND open_until < $1) OR (status = ",
            QUOTE_OFFERED,
            " AND COALESCE(offer_until, open_until) < $1) OR (status = ",
            QUOTE_COUNTERED,
            " AND open_until < $1 AND COALESCE(offer_until, open_until) < $1) OR (status IN (",
            QUOTE_ASKED,
            ", ",
            QUOTE_COUNTERED,
            ") AND escalated_at IS NULL AND waiting_since <= $2) OR (status = ",
            QUOTE_ACCEPTED,
            " AND order_status IN (",
            ORDER_CANCELLED,
            ", ",
            ORDER_REJECTED,
            ", ",
            ORDER_EXPIRED,
            ")) ORDER BY waiting_since, id LIMIT $3"
        ))
        .bind(today)
        .bind(unanswered_since)
        .bind(limit)
        .fetch_all(&db.pool)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, status, version, open_until, offer_until, waiting_since, escalated, order)| DueQuote {
            id,
            status,
            version,
            open_until,
            offer_until,
            waiting_since,
            escalated: escalated.is_some(),
            order_ended: status == QuoteStatus::Accepted
                && order.is_some_and(|o| {
                    matches!(o, OrderStatus::Cancelled | OrderStatus::Rejected | OrderStatus::Expired)
                }),
        })
        .collect())
}

/// Marks a quote as reported to the officials, once per turn: false when
/// another worker did it first or the group has answered.
pub async fn mark_escalated(
    conn: &mut AnyConnection,
    quote_id: i64,
    version: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done =
        sqlx::query("UPDATE quotes SET escalated_at = $1 WHERE id = $2 AND version = $3 AND escalated_at IS NULL")
            .bind(now)
            .bind(quote_id)
            .bind(version)
            .execute(conn)
            .await?
            .rows_affected();
    Ok(done == 1)
}

/// Where each side reads a quote.
pub fn trader_link(quote_id: i64) -> String {
    format!("/trade/quotes/{quote_id}")
}

pub fn group_link(quote_id: i64) -> String {
    format!("/sell/quotes/{quote_id}")
}

pub fn official_link(quote_id: i64) -> String {
    format!("/review/quotes/{quote_id}")
}

/// Who hears of a quote's step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hears {
    Trader,
    Group,
    /// The district and state officials over the group.
    Officials,
}

/// Tells the trader of a quote, the group's sellers, or the officials
/// over the group (each with their own link to it).
pub async fn tell(
    conn: &mut AnyConnection,
    quote_id: i64,
    who: Hears,
    text: &Text,
    now: i64,
) -> Result<(), sqlx::Error> {
    match who {
        Hears::Trader => {
            let trader: i64 = sqlx::query_scalar(
                "SELECT r.trader_id FROM quotes q JOIN quote_requests r ON r.id = q.request_id WHERE q.id = $1",
            )
            .bind(quote_id)
            .fetch_one(&mut *conn)
            .await?;
            notify::tell_user(conn, trader, text, &trader_link(quote_id), now).await
        }
        Hears::Group => {
            let group: i64 = sqlx::query_scalar("SELECT group_id FROM quotes WHERE id = $1")
                .bind(quote_id)
                .fetch_one(&mut *conn)
                .await?;
            notify::tell_group(conn, group, text, &group_link(quote_id), now).await
        }
        Hears::Officials => {
            let group: i64 = sqlx::query_scalar("SELECT group_id FROM quotes WHERE id = $1")
                .bind(quote_id)
                .fetch_one(&mut *conn)
                .await?;
            notify::tell_group_officials(conn, group, text, &official_link(quote_id), now).await
        }
    }
}

#[cfg(test)]
mod tests {
    //! Each test runs on a fresh SQLite database, then on PostgreSQL.

    use super::*;
    use crate::db::now_ms;
    use crate::db::testing::each_engine;
    use crate::orders::checkout::{self, Checkout};
    use crate::orders::choice::GroupChoice;
    use crate::orders::delivery::DeliveryMethod;
    use crate::orders::types::PaymentMethod;
    use crate::testing::{catalogue, Fixture};
    use crate::trade::quotes::next;
    use std::collections::HashMap;

    /// A trader (any signed-up person: the store does not check roles)
    /// with a saved address in Raipur.
    async fn trader_with_address(db: &Db) -> (i64, i64) {
        let trader = crate::testing::shopper(db, "9555555555").await;
        let state_id: i64 =
            sqlx::query_scalar("SELECT id FROM states WHERE slug = 'chhattisgarh'").fetch_one(&db.pool).await.unwrap();
        let address = crate::accounts::addresses::add_address(
            db,
            trader,
            &crate::accounts::addresses::NewAddress {
                name: "Rajesh Agrawal".into(),
                phone: "9555555555".into(),
                line1: "Godown 3, Pandri Market".into(),
                line2: String::new(),
                city: "Raipur".into(),
                district: "Raipur".into(),
                state_id,
                pincode: crate::groups::phone::Pincode::parse("492004").unwrap(),
            },
        )
        .await
        .unwrap();
        (trader, address)
    }

    fn request(trader: i64, address: i64, key: &str) -> NewRequest {
        NewRequest {
            trader_id: trader,
            key: key.into(),
            qty: 50,
            target_price: Some(Money::from_rupees(110)),
            needed_by: None,
            open_until: crate::dates::day_of(now_ms()) + 14,
            address_id: address,
            place: "Rajesh Agrawal, Raipur 492004".into(),
            po_number: Some("AW/PO/77".into()),
            note: String::new(),
        }
    }

    fn terms(rupees: i64, qty: i64, valid_until: Option<i64>) -> Terms {
        Terms { unit_price: Money::from_rupees(rupees), qty, dispatch_days: 10, valid_until, note: String::new() }
    }

    /// Takes `step` as the domain allows it, from the version last read.
    async fn take(db: &Db, id: i64, step: QuoteStep, side: QuoteSide, terms: Option<&Terms>) -> bool {
        let mut conn = db.pool.acquire().await.unwrap();
        let quote = detail(&mut conn, id).await.unwrap().unwrap();
        let to = next(quote.status, step, side).unwrap();
        let mut tx = db.begin().await.unwrap();
        let moved = super::step(&mut tx, id, quote.version, quote.status, to, now_ms()).await.unwrap();
        if moved {
            keep_version(&mut tx, id, quote.version + 1, step, side, None, terms, now_ms()).await.unwrap();
        }
        tx.commit().await.unwrap();
        moved
    }

    async fn asked(db: &Db, f: &Fixture, key: &str) -> (i64, Vec<(i64, i64, i64)>) {
        let (trader, address) = trader_with_address(db).await;
        let mut tx = db.begin().await.unwrap();
        let (request_id, new) =
            ask(&mut tx, &request(trader, address, key), &[f.mango_pickle, f.jute_bag, f.draft_candy], now_ms())
                .await
                .unwrap();
        assert!(new);
        let quotes = quotes_of_request(&mut tx, request_id).await.unwrap();
        tx.commit().await.unwrap();
        (request_id, quotes)
    }

    #[tokio::test]
    async fn a_request_asks_each_live_listings_group_once() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let (request_id, quotes) = asked(&db, &f, "k1").await;
            let groups: Vec<i64> = quotes.iter().map(|q| q.1).collect();
            assert_eq!(groups, vec![f.raipur_group, f.gwalior_group], "the draft listing is not asked");
            // The same form again: the same request, nobody asked twice.
            let trader: i64 = sqlx::query_scalar("SELECT trader_id FROM quote_requests WHERE id = $1")
                .bind(request_id)
                .fetch_one(&db.pool)
                .await
                .unwrap();
            let address: i64 = sqlx::query_scalar("SELECT address_id FROM quote_requests WHERE id = $1")
                .bind(request_id)
                .fetch_one(&db.pool)
                .await
                .unwrap();
            let mut tx = db.begin().await.unwrap();
            let again = ask(&mut tx, &request(trader, address, "k1"), &[f.mango_pickle], now_ms()).await.unwrap();
            tx.commit().await.unwrap();
            assert_eq!(again, (request_id, false));
            let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM quotes").fetch_one(&db.pool).await.unwrap();
            assert_eq!(count, 2);
            // Each side's list.
            assert_eq!(list(&db, QuotesOf::Trader(trader)).await.unwrap().len(), 2);
            let group = list(&db, QuotesOf::Group(f.raipur_group)).await.unwrap();
            assert_eq!(group.len(), 1);
            assert_eq!((group[0].qty, group[0].unit_price), (50, Some(Money::from_rupees(110))), "her ask, her target");
            assert_eq!(group[0].status, QuoteStatus::Asked);
        })
        .await;
    }

    /// Offer, counter, the group agrees, the trader accepts: one order at
    /// the agreed price, the units beyond stock made for it, every version kept.
    #[tokio::test]
    async fn an_accepted_counter_offer_becomes_an_order_at_the_agreed_price() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let (_, quotes) = asked(&db, &f, "k2").await;
            let id = quotes[0].0;
            let until = Some(crate::dates::day_of(now_ms()) + 7);
            assert!(take(&db, id, QuoteStep::Offer, QuoteSide::Group, Some(&terms(130, 50, until))).await);
            assert!(take(&db, id, QuoteStep::Counter, QuoteSide::Trader, Some(&terms(118, 50, None))).await);
            assert!(take(&db, id, QuoteStep::Offer, QuoteSide::Group, Some(&terms(118, 50, until))).await);
            let mut conn = db.pool.acquire().await.unwrap();
            let quote = detail(&mut conn, id).await.unwrap().unwrap();
            drop(conn);
            assert_eq!(quote.status, QuoteStatus::Offered);
            assert_eq!(quote.versions.len(), 3);
            assert_eq!(quote.latest_offer().unwrap().unit_price, Money::from_rupees(118));
            assert_eq!(
                list(&db, QuotesOf::Group(f.raipur_group)).await.unwrap()[0].unit_price,
                Some(Money::from_rupees(118))
            );

            let ship_to =
                checkout::ship_to(&db, quote.request.trader_id, quote.request.address_id).await.unwrap().unwrap();
            let agreed = HashMap::from([(f.mango_pickle, Money::from_rupees(118))]);
            let offer = checkout::quote_at(&db, &[(f.mango_pickle, 50)], &agreed, &ship_to).await.unwrap();
            assert_eq!(offer[0].goods, Money::from_rupees(118 * 50), "priced at the agreed price, not the tiers");
            let mut tx = db.begin().await.unwrap();
            assert!(super::step(&mut tx, id, quote.version, QuoteStatus::Offered, QuoteStatus::Accepted, now_ms())
                .await
                .unwrap());
            let placement = checkout::place(
                &mut tx,
                &Checkout {
                    buyer_id: quote.request.trader_id,
                    idempotency_key: "accept-k2".into(),
                    ship_to,
                    items: vec![(f.mango_pickle, 50)],
                    choices: HashMap::from([(
                        f.raipur_group,
                        GroupChoice { delivery: DeliveryMethod::Courier, payment: PaymentMethod::CashOnDelivery },
                    )]),
                    made: HashMap::from([(f.mango_pickle, 40)]),
                    po_number: quote.request.po_number.clone(),
                    entered_by: None,
                    agreed,
                    channel: crate::orders::types::OrderChannel::Trade,
                },
            )
            .await
            .unwrap();
            let order = &placement.orders[0];
            set_order(&mut tx, id, Some(order.id)).await.unwrap();
            tx.commit().await.unwrap();
            assert_eq!(order.goods, Money::from_rupees(5900));
            let line: (i64, i64, i64) =
                sqlx::query_as("SELECT qty, unit_price_paise, made_qty FROM order_lines WHERE order_id = $1")
                    .bind(order.id)
                    .fetch_one(&db.pool)
                    .await
                    .unwrap();
            assert_eq!(line, (50, 11800, 40));
            let stock: i64 = sqlx::query_scalar("SELECT CAST(SUM(on_hand) AS BIGINT) FROM stock WHERE product_id = $1")
                .bind(f.mango_pickle)
                .fetch_one(&db.pool)
                .await
                .unwrap();
            assert_eq!(stock, 0, "the 10 in stock taken, 40 to be made");
            let (po, quote_id): (Option<String>, Option<i64>) =
                sqlx::query_as("SELECT po_number, quote_id FROM orders WHERE id = $1")
                    .bind(order.id)
                    .fetch_one(&db.pool)
                    .await
                    .unwrap();
            assert_eq!((po.as_deref(), quote_id), (Some("AW/PO/77"), Some(id)));
            let mut conn = db.pool.acquire().await.unwrap();
            let accepted = detail(&mut conn, id).await.unwrap().unwrap();
            assert_eq!((accepted.status, accepted.order_number), (QuoteStatus::Accepted, Some(order.number.clone())));
        })
        .await;
    }

    /// The group answers and the trader withdraws at the same moment, from
    /// the same version: exactly one of them moves the quote.
    #[tokio::test]
    async fn two_answers_to_the_same_version_never_both_win() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let (_, quotes) = asked(&db, &f, "k3").await;
            let id = quotes[0].0;
            let mut conn = db.pool.acquire().await.unwrap();
            let seen = detail(&mut conn, id).await.unwrap().unwrap();
            drop(conn);
            let attempt = |to: QuoteStatus| {
                let db = db.clone();
                let version = seen.version;
                tokio::spawn(async move {
                    let mut tx = db.begin().await.unwrap();
                    let moved = super::step(&mut tx, id, version, QuoteStatus::Asked, to, now_ms()).await.unwrap();
                    tx.commit().await.unwrap();
                    moved
                })
            };
            let (a, b) = (attempt(QuoteStatus::Offered), attempt(QuoteStatus::Withdrawn));
            let (a, b) = (a.await.unwrap(), b.await.unwrap());
            assert!(a ^ b, "one wins: offered {a}, withdrawn {b}");
            let mut conn = db.pool.acquire().await.unwrap();
            let now = detail(&mut conn, id).await.unwrap().unwrap();
            assert_eq!(now.version, seen.version + 1);
        })
        .await;
    }

    /// The clock's list: only quotes that are due; reported once per turn.
    #[tokio::test]
    async fn the_clock_reads_only_what_is_due_and_reports_once_per_turn() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let official = crate::testing::official_over(&db, "9444444444", f.raipur_group).await;
            let (_, quotes) = asked(&db, &f, "k4").await;
            let id = quotes[0].0;
            let (today, now) = (crate::dates::day_of(now_ms()), now_ms());
            assert!(due_quotes(&db, today, now - 60_000, 10).await.unwrap().is_empty(), "nothing due yet");
            // Unanswered since before `now`: both due, neither reported yet.
            let due = due_quotes(&db, today, now, 10).await.unwrap();
            assert_eq!(due.len(), 2);
            let mine = due.iter().find(|q| q.id == id).copied().unwrap();
            assert_eq!(
                (mine.status, mine.offer_until, mine.escalated, mine.order_ended),
                (QuoteStatus::Asked, None, false, false)
            );
            let mut tx = db.begin().await.unwrap();
            assert!(mark_escalated(&mut tx, id, mine.version, now_ms()).await.unwrap());
            assert!(!mark_escalated(&mut tx, id, mine.version, now_ms()).await.unwrap(), "once");
            tell(&mut tx, id, Hears::Officials, &Text::new("अ", "a"), now_ms()).await.unwrap();
            tx.commit().await.unwrap();
            let (notices, _) = notify::inbox(&db, official).await.unwrap();
            assert_eq!(notices[0].link, official_link(id));
            assert!(
                due_quotes(&db, today, now_ms(), 10).await.unwrap().iter().all(|q| q.id != id),
                "reported: not due"
            );
            // Waiting under her scope since before now: on her list.
            let (condition, a, b) = crate::accounts::scope::groups_in_scope(&crate::accounts::types::Scope::District {
                district_id: sqlx::query_scalar("SELECT district_id FROM shg_groups WHERE id = $1")
                    .bind(f.raipur_group)
                    .fetch_one(&db.pool)
                    .await
                    .unwrap(),
                block_id: None,
            })
            .unwrap();
            let listed = list(&db, QuotesOf::Unanswered(condition, a, b, now_ms())).await.unwrap();
            assert_eq!(listed.iter().map(|q| q.id).collect::<Vec<_>>(), vec![id]);
            // The group offers until today + 3: a new turn, nothing due.
            let until = Some(today + 3);
            assert!(take(&db, id, QuoteStep::Offer, QuoteSide::Group, Some(&terms(130, 50, until))).await);
            assert!(list(&db, QuotesOf::Unanswered(condition, a, b, now_ms())).await.unwrap().is_empty());
            assert!(due_quotes(&db, today + 3, now_ms(), 10).await.unwrap().iter().all(|q| q.id != id));
            // The day after her offer's last: due to run out.
            let due = due_quotes(&db, today + 4, now_ms(), 10).await.unwrap();
            let mine = due.iter().find(|q| q.id == id).copied().unwrap();
            assert_eq!((mine.status, mine.offer_until), (QuoteStatus::Offered, until));
            // A counter to an offer that outlives the request is not due
            // while the offer stands.
            assert!(take(&db, id, QuoteStep::Counter, QuoteSide::Trader, Some(&terms(120, 50, None))).await);
            sqlx::query("UPDATE quote_requests SET open_until = $1").bind(today - 1).execute(&db.pool).await.unwrap();
            let due = due_quotes(&db, today, now_ms() - 60_000, 10).await.unwrap();
            assert!(due.iter().all(|q| q.id != id), "{due:?}");
            assert!(due_quotes(&db, today + 4, now_ms() - 60_000, 10).await.unwrap().iter().any(|q| q.id == id));
        })
        .await;
    }
}
