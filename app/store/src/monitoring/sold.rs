//! Sales in an official's area for a period (SQL), read from the
//! roll-ups only: by district, block, group or product, split by channel.
//! A period's whole months come from the monthly rows, its edges from the
//! daily ones (`monitoring::sales::period_parts`).

use crate::db::Db;
use crate::i18n::Text;
use crate::money::Money;
use crate::monitoring::sales::{drill_query, period_parts, Level};
use crate::monitoring::types::SalesRow;
use crate::orders::types::OrderChannel;

/// What each group sold in a period by channel, as a table to read from:
/// the whole months from the monthly roll-up, the days before and after
/// them from the daily one, summed per group and channel before any join
/// (a state's year is then a few thousand rows to join, not one per day).
/// Its four parameters, from `$n`: the first and last day, then
/// [`period_parts`]'s first month and the day after the months;
/// [`bind_period`] binds them.
pub(crate) fn group_sales(n: u8) -> String {
    let (from, to, first, after) = (n, n + 1, n + 2, n + 3);
    format!(
        "(SELECT group_id, channel, SUM(orders) AS orders, SUM(value_paise) AS value_paise FROM (\
         SELECT group_id, channel, orders, value_paise FROM daily_group_sales WHERE day >= ${from} AND day < ${first} \
         UNION ALL SELECT group_id, channel, orders, value_paise FROM monthly_group_sales \
         WHERE month >= ${first} AND month < ${after} \
         UNION ALL SELECT group_id, channel, orders, value_paise FROM daily_group_sales \
         WHERE day >= ${after} AND day <= ${to}) u GROUP BY group_id, channel)"
    )
}

/// Binds [`group_sales`]'s four parameters for days `from..=to`.
pub(crate) fn bind_period<'q, O>(
    query: sqlx::query::QueryAs<'q, sqlx::Any, O, sqlx::any::AnyArguments>,
    (from, to): (i64, i64),
) -> sqlx::query::QueryAs<'q, sqlx::Any, O, sqlx::any::AnyArguments> {
    let parts = period_parts(from, to);
    query.bind(from).bind(to).bind(parts.first_month).bind(parts.after_months)
}

/// What each group sold of each product in days `$4..=$5` by channel.
const PRODUCT_SALES: &str = "(SELECT group_id, product_id, channel, units, value_paise FROM daily_product_sales \
    WHERE day >= $4 AND day <= $5)";

/// The rows of one level for days `from..=to` in a scope (`condition` over
/// the group `g` with its two numbers), the largest first. A place outside
/// the scope has no rows: the scope and the drill-down both hold.
pub async fn by_place(
    db: &Db,
    scope: (&'static str, i64, i64),
    level: Level,
    (from, to): (i64, i64),
) -> Result<Vec<SalesRow>, sqlx::Error> {
    let (count, key, names, join, drill, drill_id) = match level {
        Level::Districts => {
            ("s.orders", "d.id", "d.name_hi, d.name_en", "JOIN districts d ON d.id = g.district_id", "$3 = $3", 0)
        }
        Level::Blocks { district } => (
            "s.orders",
            "b.id",
            "b.name_hi, b.name_en",
            "JOIN blocks b ON b.id = g.block_id",
            "g.district_id = $3",
            district,
        ),
        Level::Groups { block } => ("s.orders", "g.id", "g.name_hi, g.name_en", "", "g.block_id = $3", block),
        Level::Products { group } => {
            ("s.units", "p.id", "p.title_hi, p.title_en", "JOIN products p ON p.id = s.product_id", "g.id = $3", group)
        }
    };
    // Every fragment is one of the fixed ones above, or the scope's fixed condition.
    let products = matches!(level, Level::Products { .. });
    let source = if products { PRODUCT_SALES.to_string() } else { group_sales(4) };
    let sql = format!(
        "SELECT {key}, {names}, s.channel, CAST(SUM({count}) AS BIGINT), CAST(SUM(s.value_paise) AS BIGINT) \
         FROM {source} s JOIN shg_groups g ON g.id = s.group_id {join} \
         WHERE {scope} AND {drill} \
         GROUP BY {key}, {names}, s.channel",
        scope = scope.0,
    );
    let query = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(scope.1).bind(scope.2).bind(drill_id);
    let rows: Vec<(i64, String, String, OrderChannel, i64, i64)> = if products {
        query.bind(from).bind(to).fetch_all(&db.pool).await?
    } else {
        bind_period(query, (from, to)).fetch_all(&db.pool).await?
    };
    let mut out: Vec<SalesRow> = Vec::new();
    for (id, hi, en, channel, count, paise) in rows {
        let value = Money::from_paise(paise);
        match out.iter_mut().find(|r| r.key == id) {
            Some(row) => {
                row.channels.push((channel, value));
                row.value = row.value + value;
                row.count += count;
            }
            None => out.push(SalesRow {
                key: id,
                name: Text::new(hi, en),
                drill: drill_query(level, id),
                channels: vec![(channel, value)],
                value,
                count,
                per_member_month: None,
            }),
        }
    }
    out.sort_by(|a, b| b.value.cmp(&a.value).then(a.key.cmp(&b.key)));
    Ok(out)
}

/// The sum of rows, by channel (a table's total line).
pub fn total(rows: &[SalesRow]) -> SalesRow {
    let channels = OrderChannel::ALL
        .into_iter()
        .map(|c| {
            (c, rows.iter().flat_map(|r| &r.channels).filter(|(rc, _)| *rc == c).fold(Money::ZERO, |s, (_, v)| s + *v))
        })
        .filter(|(_, v)| *v > Money::ZERO)
        .collect();
    SalesRow {
        key: 0,
        name: Text::new("कुल", "Total"),
        drill: None,
        channels,
        value: rows.iter().fold(Money::ZERO, |s, r| s + r.value),
        count: rows.iter().map(|r| r.count).sum(),
        per_member_month: None,
    }
}

/// The names of the places a drill-down passes through (district, block,
/// group), each with the query that returns to it; only those the scope covers.
pub async fn trail(
    db: &Db,
    scope: (&'static str, i64, i64),
    district: Option<i64>,
    block: Option<i64>,
    group: Option<i64>,
) -> Result<Vec<(Text, String)>, sqlx::Error> {
    let mut out = Vec::new();
    // Each place is named only if some group of the scope lies in it.
    let steps: [(Option<i64>, &str, &str, &str); 3] = [
        (district, "districts x", "g.district_id = x.id", "district"),
        (block, "blocks x", "g.block_id = x.id", "block"),
        (group, "shg_groups x", "g.id = x.id", "group"),
    ];
    let mut query = Vec::new();
    for (id, table, on, param) in steps {
        let Some(id) = id else { continue };
        let sql = format!(
            "SELECT x.name_hi, x.name_en FROM {table} WHERE x.id = $3 AND EXISTS \
             (SELECT 1 FROM shg_groups g WHERE {on} AND {scope})",
            scope = scope.0
        );
        // The fragments are fixed above, and the scope's fixed condition.
        let name: Option<(String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(scope.1)
            .bind(scope.2)
            .bind(id)
            .fetch_optional(&db.pool)
            .await?;
        let Some((hi, en)) = name else { break };
        query.push(format!("{param}={id}"));
        out.push((Text::new(hi, en), query.join("&")));
    }
    Ok(out)
}

/// What each group of a block (in the scope) received in `[from_ms,
/// to_ms)`, net of refunds, with its members: read from the ledger through
/// its (group, time) index, a block's groups at a time.
pub async fn received_by_group(
    db: &Db,
    scope: (&'static str, i64, i64),
    block: i64,
    (from_ms, to_ms): (i64, i64),
) -> Result<Vec<(i64, i64, Money)>, sqlx::Error> {
    // The scope's fixed condition; values are bound.
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT g.id, g.members, CAST(COALESCE((SELECT SUM(p.amount_paise) FROM payments p \
         WHERE p.group_id = g.id AND p.recorded_at >= $3 AND p.recorded_at < $4), 0) AS BIGINT) \
         FROM shg_groups g WHERE g.block_id = $5 AND {}",
        scope.0
    )))
    .bind(scope.1)
    .bind(scope.2)
    .bind(from_ms)
    .bind(to_ms)
    .bind(block)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.into_iter().map(|(id, members, paise)| (id, members, Money::from_paise(paise))).collect())
}
