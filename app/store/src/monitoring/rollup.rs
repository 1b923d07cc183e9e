//! The roll-ups the worker keeps (SQL): what each group sold each day, by
//! channel, and by product and channel; how far each day's orders have
//! come (the flow), by block, channel, step and time band; and what each
//! group sold each month, by channel (the sum of its days). A day is
//! rolled up whole (deleted and summed again from its orders) whenever one
//! of its orders has changed since the last pass, so a later cancellation
//! or return leaves it, and its month is summed again from its days; the
//! dashboards read only these tables.

use crate::dates::{day_of, day_start_ms, month_start, next_month_start};
use crate::monitoring::flow::{band_of, steps_reached, FlowStep, OrderMoments};
use crate::monitoring::sales::SOLD_STATUSES;
use crate::orders::types::OrderChannel;
use crate::words::{ACCEPTED, CONFIRMED, DELIVERED, DISPATCHED, PART_BALANCE, PART_FULL};
use const_format::concatcp;
use sqlx::AnyConnection;
use std::collections::BTreeMap;

const MARK: &str = "sales";
/// Orders changed this long before the last pass are read again: a
/// transaction that began before it and committed after it is not missed
/// (rolling a day twice changes nothing).
const OVERLAP_MS: i64 = 10 * 60 * 1000;

fn sold() -> String {
    let words: Vec<String> = SOLD_STATUSES.iter().map(|s| format!("'{}'", s.as_str())).collect();
    format!("o.status IN ({})", words.join(", "))
}

/// Sums one day's sold orders into the roll-ups, replacing what was
/// there, and its month from its days.
pub async fn roll_day(conn: &mut AnyConnection, day: i64) -> Result<(), sqlx::Error> {
    roll_days(conn, &[day]).await
}

/// Rolls up each of `days`, then sums each of their months once (a first
/// pass over a year rolls 366 days and its 12 or 13 months once each).
async fn roll_days(conn: &mut AnyConnection, days: &[i64]) -> Result<(), sqlx::Error> {
    for day in days {
        roll_sales_and_flow(&mut *conn, *day).await?;
    }
    let mut months: Vec<i64> = days.iter().map(|day| month_start(*day)).collect();
    months.sort_unstable();
    months.dedup();
    for month in months {
        roll_month(&mut *conn, month).await?;
    }
    Ok(())
}

/// Sums a month's daily group sales into its monthly rows, replacing them.
async fn roll_month(conn: &mut AnyConnection, month: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM monthly_group_sales WHERE month = $1").bind(month).execute(&mut *conn).await?;
    sqlx::query(
        "INSERT INTO monthly_group_sales (month, group_id, channel, orders, value_paise) \
         SELECT $1, group_id, channel, CAST(SUM(orders) AS BIGINT), CAST(SUM(value_paise) AS BIGINT) \
         FROM daily_group_sales WHERE day >= $1 AND day < $2 GROUP BY group_id, channel",
    )
    .bind(month)
    .bind(next_month_start(month))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Sums one day's sold orders into the daily roll-ups, replacing what was there.
async fn roll_sales_and_flow(conn: &mut AnyConnection, day: i64) -> Result<(), sqlx::Error> {
    let (start, end) = (day_start_ms(day), day_start_ms(day + 1));
    for table in ["daily_group_sales", "daily_product_sales", "daily_flow"] {
        // `table` is one of the fixed names above.
        sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE day = $1")))
            .bind(day)
            .execute(&mut *conn)
            .await?;
    }
    // The statuses are the domain's own words (`SOLD_STATUSES`).
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO daily_group_sales (day, group_id, channel, orders, value_paise) \
         SELECT $1, o.group_id, o.channel, COUNT(*), CAST(SUM(o.goods_paise) AS BIGINT) FROM orders o \
         WHERE o.created_at >= $2 AND o.created_at < $3 AND {} GROUP BY o.group_id, o.channel",
        sold()
    )))
    .bind(day)
    .bind(start)
    .bind(end)
    .execute(&mut *conn)
    .await?;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO daily_product_sales (day, group_id, product_id, channel, units, value_paise) \
         SELECT $1, o.group_id, l.product_id, o.channel, CAST(SUM(l.qty) AS BIGINT), CAST(SUM(l.line_paise) AS BIGINT) \
         FROM orders o JOIN order_lines l ON l.order_id = o.id \
         WHERE o.created_at >= $2 AND o.created_at < $3 AND {} GROUP BY o.group_id, l.product_id, o.channel",
        sold()
    )))
    .bind(day)
    .bind(start)
    .bind(end)
    .execute(&mut *conn)
    .await?;
    roll_flow(&mut *conn, day, (start, end)).await
}

/// One order of the day, with its place, as the flow reads it.
type FlowOrder =
    (i64, i64, i64, OrderChannel, i64, i64, Option<i64>, Option<i64>, Option<i64>, Option<i64>, Option<i64>);

/// The day's orders by the steps they reached and the band of time each
/// took (`monitoring::flow::steps_reached`), summed by block and channel.
async fn roll_flow(conn: &mut AnyConnection, day: i64, (start, end): (i64, i64)) -> Result<(), sqlx::Error> {
    // The words are the enums' own (`crate::words`); values are bound.
    let orders: Vec<FlowOrder> = sqlx::query_as(concatcp!(
        "SELECT g.state_id, g.district_id, g.block_id, o.channel, o.goods_paise, o.created_at, ",
        "(SELECT MIN(e.at) FROM order_events e WHERE e.order_id = o.id AND e.to_status = ",
        CONFIRMED,
        "), ",
        "(SELECT MIN(e.at) FROM order_events e WHERE e.order_id = o.id AND e.to_status = ",
        ACCEPTED,
        "), ",
        "(SELECT MIN(e.at) FROM order_events e WHERE e.order_id = o.id AND e.to_status = ",
        DISPATCHED,
        "), ",
        "(SELECT MIN(e.at) FROM order_events e WHERE e.order_id = o.id AND e.to_status = ",
        DELIVERED,
        "), ",
        "(SELECT MIN(p.recorded_at) FROM payments p WHERE p.order_id = o.id AND p.part IN (",
        PART_FULL,
        ", ",
        PART_BALANCE,
        ")) ",
        "FROM orders o JOIN shg_groups g ON g.id = o.group_id WHERE o.created_at >= $1 AND o.created_at < $2"
    ))
    .bind(start)
    .bind(end)
    .fetch_all(&mut *conn)
    .await?;
    // (block, channel, step, band) → (state, district, orders, value)
    let mut cells: BTreeMap<(i64, OrderChannel, FlowStep, i64), (i64, i64, i64, i64)> = BTreeMap::new();
    for (state, district, block, channel, goods, placed, confirmed, accepted, dispatched, delivered, paid) in orders {
        let moments = OrderMoments { placed, confirmed, accepted, dispatched, delivered, paid };
        for (step, took) in steps_reached(&moments) {
            let band = took.map_or(-1, |ms| band_of(ms) as i64);
            let cell = cells.entry((block, channel, step, band)).or_insert((state, district, 0, 0));
            cell.2 += 1;
            cell.3 += goods;
        }
    }
    for ((block, channel, step, band), (state, district, orders, value)) in cells {
        sqlx::query(
            "INSERT INTO daily_flow (day, state_id, district_id, block_id, channel, step, band, orders, value_paise) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(day)
        .bind(state)
        .bind(district)
        .bind(block)
        .bind(channel)
        .bind(step)
        .bind(band)
        .bind(orders)
        .bind(value)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// One pass: claims the mark (so of two workers at once, one rolls up and
/// the other finds nothing to do), finds the days of orders changed since
/// the last pass, and rolls each up. Returns how many days it rolled.
pub async fn roll_up(conn: &mut AnyConnection, now: i64) -> Result<usize, sqlx::Error> {
    sqlx::query("INSERT INTO rollup_marks (name, rolled_to) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
        .bind(MARK)
        .bind(i64::MIN / 2)
        .execute(&mut *conn)
        .await?;
    let last: i64 = sqlx::query_scalar("SELECT rolled_to FROM rollup_marks WHERE name = $1")
        .bind(MARK)
        .fetch_one(&mut *conn)
        .await?;
    if last >= now {
        return Ok(0);
    }
    let claimed = sqlx::query("UPDATE rollup_marks SET rolled_to = $1 WHERE name = $2 AND rolled_to = $3")
        .bind(now)
        .bind(MARK)
        .bind(last)
        .execute(&mut *conn)
        .await?;
    if claimed.rows_affected() != 1 {
        return Ok(0);
    }
    let changed: Vec<i64> =
        sqlx::query_scalar("SELECT created_at FROM orders WHERE updated_at > $1 AND updated_at <= $2")
            .bind(last.saturating_sub(OVERLAP_MS))
            .bind(now)
            .fetch_all(&mut *conn)
            .await?;
    // A payment (a UPI confirmation, a bill paid) may leave its order as it was.
    let paid: Vec<i64> = sqlx::query_scalar(
        "SELECT o.created_at FROM payments p JOIN orders o ON o.id = p.order_id \
         WHERE p.recorded_at > $1 AND p.recorded_at <= $2",
    )
    .bind(last.saturating_sub(OVERLAP_MS))
    .bind(now)
    .fetch_all(&mut *conn)
    .await?;
    let mut days: Vec<i64> = changed.into_iter().chain(paid).map(day_of).collect();
    days.sort_unstable();
    days.dedup();
    roll_days(&mut *conn, &days).await?;
    Ok(days.len())
}

/// When the roll-ups were last brought up to date (`None`: never).
pub async fn rolled_to(conn: &mut AnyConnection) -> Result<Option<i64>, sqlx::Error> {
    let at: Option<i64> = sqlx::query_scalar("SELECT rolled_to FROM rollup_marks WHERE name = $1")
        .bind(MARK)
        .fetch_optional(conn)
        .await?;
    Ok(at.filter(|at| *at > 0))
}
