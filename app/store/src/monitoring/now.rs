//! What waits on whom now, in an official's scope: each step's count and
//! how many are late, and the list of one step, oldest first. Each step
//! reads its own rows through its own index (an order's status, a supply
//! order's stage, an open quote), never a scan of every order.

use crate::db::Db;
use crate::i18n::Text;
use crate::money::Money;
use crate::monitoring::types::{WaitCount, Waiting};
use crate::monitoring::waits::{is_late, Wait};
use crate::orders::state::OrderStatus;
use crate::procurement::state::SupplyStage;
use crate::trade::quotes::QuoteStatus;

/// Where one step's waits are read: the tables (joined to the group `g`),
/// the condition that picks them, and the expressions of the row.
struct Source {
    tables: &'static str,
    condition: String,
    id: &'static str,
    number: &'static str,
    since: &'static str,
    due: &'static str,
    value: &'static str,
    link: fn(i64, &str) -> String,
}

fn order_link(_: i64, number: &str) -> String {
    format!("/orders/{number}")
}

fn supply_link(id: i64, _: &str) -> String {
    format!("/procure/supply/{id}")
}

fn quote_link(id: i64, _: &str) -> String {
    format!("/review/quotes/{id}")
}

/// `column IN (…)` of enum values (their own names, never typed here).
fn one_of(column: &str, words: &[&str]) -> String {
    let list: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    format!("{column} IN ({})", list.join(", "))
}

fn source(wait: Wait) -> Source {
    const ORDER: &str = "orders o JOIN shg_groups g ON g.id = o.group_id";
    let order = |statuses: &[OrderStatus], extra: &str, since: &'static str| Source {
        tables: ORDER,
        condition: format!("{}{extra}", one_of("o.status", &statuses.iter().map(|s| s.as_str()).collect::<Vec<_>>())),
        id: "o.id",
        number: "o.number",
        since,
        due: "CAST(NULL AS BIGINT)",
        value: "o.total_paise",
        link: order_link,
    };
    let supply = |stage: SupplyStage, due: &'static str| Source {
        tables: "supply_orders s JOIN orders o ON o.id = s.order_id JOIN shg_groups g ON g.id = o.group_id",
        condition: one_of("s.stage", &[stage.as_str()]),
        id: "o.id",
        number: "o.number",
        since: "s.updated_at",
        due,
        value: "COALESCE(s.bill_paise, o.total_paise)",
        link: supply_link,
    };
    match wait {
        Wait::ToAccept => order(&[OrderStatus::Confirmed], "", "o.updated_at"),
        Wait::UpiToConfirm => {
            order(&[OrderStatus::AwaitingPayment], " AND o.paid_claimed_at IS NOT NULL", "o.paid_claimed_at")
        }
        Wait::ToDispatch => order(&[OrderStatus::Accepted, OrderStatus::Packed], "", "o.updated_at"),
        Wait::ToDeliver => order(&[OrderStatus::Dispatched], "", "o.updated_at"),
        Wait::ReturnToDecide => order(&[OrderStatus::ReturnRequested], "", "o.updated_at"),
        Wait::SupplyToAccept => supply(SupplyStage::Received, "s.accept_by"),
        Wait::BillToPay => supply(SupplyStage::Billed, "s.pay_by"),
        Wait::QuoteToAnswer => Source {
            tables: "quotes q JOIN shg_groups g ON g.id = q.group_id",
            condition: one_of("q.status", &[QuoteStatus::Asked.as_str(), QuoteStatus::Countered.as_str()]),
            id: "q.id",
            number: "'#' || CAST(q.id AS TEXT)",
            since: "q.waiting_since",
            due: "CAST(NULL AS BIGINT)",
            value: "CAST(NULL AS BIGINT)",
            link: quote_link,
        },
    }
}

/// The expression a step turns late on, and the moment (`$3`) it must be
/// before: the due date against now, or the start against now less what
/// the step allows (the SQL twin of `waits::is_late`).
fn late_test(wait: Wait, source: &Source, now: i64) -> (&'static str, i64) {
    match wait.allowed() {
        Some(allowed) => (source.since, now - allowed),
        None => (source.due, now),
    }
}

/// One step's count in a scope (`condition` over the group `g` with its
/// two numbers, as `accounts::scope::groups_in_scope` gives it).
pub async fn count(db: &Db, wait: Wait, scope: (&'static str, i64, i64), now: i64) -> Result<WaitCount, sqlx::Error> {
    let source = source(wait);
    let (late_on, cut) = late_test(wait, &source, now);
    let sql = format!(
        "SELECT COUNT(*), COUNT(CASE WHEN {late_on} < $3 THEN 1 END), MIN({since}) FROM {tables} WHERE {condition} AND {scope}",
        since = source.since,
        tables = source.tables,
        condition = source.condition,
        scope = scope.0,
    );
    // The fragments are this module's own, and the scope's fixed condition.
    let (total, late, oldest): (i64, i64, Option<i64>) =
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(scope.1).bind(scope.2).bind(cut).fetch_one(&db.pool).await?;
    Ok(WaitCount { wait, total, late, oldest })
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    number: String,
    group_hi: String,
    group_en: String,
    block_hi: String,
    block_en: String,
    district_hi: String,
    district_en: String,
    since: i64,
    due: Option<i64>,
    value: Option<i64>,
}

/// One step's waits in a scope, oldest (or soonest due) first: all of
/// them, or only the late ones; at most `limit`.
pub async fn list(
    db: &Db,
    wait: Wait,
    scope: (&'static str, i64, i64),
    now: i64,
    only_late: bool,
    limit: i64,
) -> Result<Vec<Waiting>, sqlx::Error> {
    let source = source(wait);
    let (late_on, cut) = late_test(wait, &source, now);
    let late_only = if only_late { format!(" AND {late_on} < $3") } else { " AND $3 = $3".to_string() };
    let sql = format!(
        "SELECT {id} AS id, {number} AS number, g.name_hi AS group_hi, g.name_en AS group_en, \
         b.name_hi AS block_hi, b.name_en AS block_en, d.name_hi AS district_hi, d.name_en AS district_en, \
         {since} AS since, {due} AS due, {value} AS value \
         FROM {tables} JOIN blocks b ON b.id = g.block_id JOIN districts d ON d.id = g.district_id \
         WHERE {condition} AND {scope}{late_only} ORDER BY {late_on}, {id} LIMIT $4",
        id = source.id,
        number = source.number,
        since = source.since,
        due = source.due,
        value = source.value,
        tables = source.tables,
        condition = source.condition,
        scope = scope.0,
    );
    // The fragments are this module's own, and the scope's fixed condition.
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(scope.1)
        .bind(scope.2)
        .bind(cut)
        .bind(limit)
        .fetch_all(&db.pool)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| Waiting {
            wait,
            link: (source.link)(r.id, &r.number),
            number: r.number,
            group: Text::new(r.group_hi, r.group_en),
            block: Text::new(r.block_hi, r.block_en),
            district: Text::new(r.district_hi, r.district_en),
            since: r.since,
            due: r.due,
            value: r.value.map(Money::from_paise),
            late: is_late(wait, r.since, r.due, now),
        })
        .collect())
}
