//! How far the orders placed in a period have come, in an official's
//! scope (SQL), read from the daily flow roll-up only.

use crate::db::Db;
use crate::monitoring::flow::FlowStep;
use crate::orders::types::OrderChannel;

/// A cell of the flow: a step, a band of time (-1 for placing), its orders
/// and their goods value in paise.
pub type FlowCell = (FlowStep, i64, i64, i64);

/// The flow of the orders placed on days `from..=to` in a scope (the
/// scope's condition over `g` with its two numbers), of one channel or all.
pub async fn cells(
    db: &Db,
    scope: (&'static str, i64, i64),
    (from, to): (i64, i64),
    channel: Option<OrderChannel>,
) -> Result<Vec<FlowCell>, sqlx::Error> {
    // The roll-up carries the group's place columns, so the scope's fixed
    // condition reads it as `g`; values are bound.
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT g.step, g.band, CAST(SUM(g.orders) AS BIGINT), CAST(SUM(g.value_paise) AS BIGINT) FROM daily_flow g \
         WHERE g.day >= $3 AND g.day <= $4 AND {} AND ($5 = '' OR g.channel = $5) GROUP BY g.step, g.band",
        scope.0
    )))
    .bind(scope.1)
    .bind(scope.2)
    .bind(from)
    .bind(to)
    .bind(channel.map_or("", |c| c.as_str()))
    .fetch_all(&db.pool)
    .await
}
