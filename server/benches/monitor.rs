//! How fast the officials' dashboard is at state scale (#17): the demo
//! data plus `HAAT_BENCH_GROUPS` (default 2,000) groups spread over
//! Chhattisgarh's blocks and `HAAT_BENCH_ORDERS` (default 10,00,000) orders
//! over the past year, each with its line, its steps' events and (once
//! delivered) its payment. Old orders are completed or cancelled, the last
//! week's still on their way, as in a live marketplace.
//!
//! Timed: rolling up one day's orders (median and 95th percentile over
//! `HAAT_BENCH_RUNS` days), the first pass over the whole year once, then
//! what each dashboard page reads for the state's official for the
//! financial year (median and p95 of `HAAT_BENCH_RUNS`, default 30, runs).
//!
//!     cargo bench -p server --bench monitor
//!     HAAT_BENCH_ENGINE=sqlite HAAT_BENCH_ORDERS=100000 cargo bench -p server --bench monitor

// A benchmark: a failed step should stop it loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use app::accounts::types::Scope;
use app::db::Engine;
use app::monitoring::sales::Level;
use app::monitoring::waits::Wait;
use app::orders::delivery::DeliveryMethod;
use app::orders::types::PaymentMethod;
use std::time::Instant;
use support::{env_number, ms, time, DemoDatabase};

mod support;

const HOUR: i64 = 60 * 60 * 1000;
const DAY: i64 = 24 * HOUR;

/// `WITH RECURSIVE n(i)` counting 1..=`$1`, the same on both engines.
const COUNT_TO: &str = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1) ";

#[tokio::main]
async fn main() {
    let groups = env_number("HAAT_BENCH_GROUPS", 2_000) as i64;
    let orders = env_number("HAAT_BENCH_ORDERS", 10_00_000) as i64;
    let runs = env_number("HAAT_BENCH_RUNS", 30);
    let only = std::env::var("HAAT_BENCH_ENGINE").ok();
    println!("| engine | what | rows | median ms | p95 ms |");
    println!("|---|---|---|---|---|");
    for engine in [Engine::Sqlite, Engine::Postgres] {
        if only.as_deref().is_some_and(|name| name != engine.name()) {
            continue;
        }
        let demo = DemoDatabase::new(engine, "monitor").await;
        let db = demo.test_db.db.clone();
        let now = app::db::now_ms();
        let generated = Instant::now();
        generate(&db, groups, orders, now).await;
        eprintln!(
            "-- {}: {orders} orders over {groups} groups made in {:.1} s",
            engine.name(),
            generated.elapsed().as_secs_f64()
        );
        let row = |what: &str, rows: String, (median, p95): (std::time::Duration, std::time::Duration)| {
            println!("| {} | {what} | {rows} | {} | {} |", engine.name(), ms(median), ms(p95));
        };

        // One day's roll-up, over the last `runs` days (each rolled whole again).
        let today = app::dates::day_of(now);
        let per_day = orders / 365;
        let mut day = today - 1;
        let one_day = time(runs, || {
            day -= 1;
            let (db, day) = (db.clone(), day.max(today - 360));
            async move {
                let mut tx = db.begin().await.unwrap();
                app::monitoring::rollup::roll_day(&mut tx, day).await.unwrap();
                tx.commit().await.unwrap();
            }
        })
        .await;
        row("roll up one day's orders", format!("{per_day} orders"), one_day);
        let first_pass = Instant::now();
        let mut tx = db.begin().await.unwrap();
        let days = app::monitoring::rollup::roll_up(&mut tx, now).await.unwrap();
        tx.commit().await.unwrap();
        let took = first_pass.elapsed();
        row("first pass: every day of the year", format!("{days} days"), (took, took));
        app::testing::settle(&db).await;

        // The state official's dashboard for this financial year.
        let state: i64 =
            sqlx::query_scalar("SELECT id FROM states WHERE slug = 'chhattisgarh'").fetch_one(&db.pool).await.unwrap();
        let raipur: i64 =
            sqlx::query_scalar("SELECT id FROM districts WHERE slug = 'raipur'").fetch_one(&db.pool).await.unwrap();
        let scope = app::accounts::access::groups_in_scope(&Scope::State { state_id: state }).unwrap();
        let fy = app::dates::financial_year_of(today);
        let (fy_first, _) = app::dates::financial_year_days(fy).unwrap();
        let year = (fy_first, today);
        let daily: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM daily_group_sales").fetch_one(&db.pool).await.unwrap();
        let monthly: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM monthly_group_sales").fetch_one(&db.pool).await.unwrap();
        row(
            "sales by district (/monitor/sales)",
            format!("{daily} daily and {monthly} monthly roll-up rows"),
            time(runs, || async { app::monitoring::sold::by_place(&db, scope, Level::Districts, year).await.unwrap() })
                .await,
        );
        // The periods that read the most daily rows: the last 365 days, and
        // the 2nd of a month to the second-last day of a month eleven
        // months on (nearly a month of days at each edge).
        let last_365 = (today - 364, today);
        let worst = (app::dates::month_start(today - 364) + 1, app::dates::month_start(today) - 2);
        for (what, period) in [("the last 365 days", last_365), ("2nd of a month to the second-last of another", worst)]
        {
            let parts = app::monitoring::sales::period_parts(period.0, period.1);
            let edge_days = (parts.first_month - period.0) + (period.1 + 1 - parts.after_months);
            row(
                &format!("sales by district, {what}"),
                format!("{edge_days} edge days"),
                time(runs, || async {
                    app::monitoring::sold::by_place(&db, scope, Level::Districts, period).await.unwrap()
                })
                .await,
            );
        }
        row(
            "sales of Raipur by block",
            String::new(),
            time(runs, || async {
                app::monitoring::sold::by_place(&db, scope, Level::Blocks { district: raipur }, year).await.unwrap()
            })
            .await,
        );
        row(
            "the flow of the year's orders (/monitor/flow)",
            String::new(),
            time(runs, || async { app::monitoring::progress::cells(&db, scope, year, None).await.unwrap() }).await,
        );
        row(
            "what waits now, every step (/monitor)",
            String::new(),
            time(runs, || async {
                for wait in Wait::ALL {
                    app::monitoring::now::count(&db, wait, scope, now).await.unwrap();
                }
            })
            .await,
        );
        row(
            "Raipur's blocks against their targets (/monitor/targets)",
            String::new(),
            time(runs, || async { app::monitoring::target_store::achieved(&db, raipur, year).await.unwrap() }).await,
        );
        row(
            "the listings' quality (/monitor/quality)",
            String::new(),
            time(runs, || async {
                app::monitoring::quality_store::review_sent_times(&db, scope).await.unwrap();
                app::monitoring::quality_store::idle_groups(&db, scope, 100).await.unwrap();
            })
            .await,
        );
        demo.remove().await;
    }
}

/// The generated groups and orders (see the top of this file).
async fn generate(db: &app::db::Db, groups: i64, orders: i64, now: i64) {
    let buyer = app::testing::shopper(db, "9800000017").await;
    let product: i64 = sqlx::query_scalar("SELECT id FROM products WHERE slug = 'mango-pickle-khorpa'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    // One real order, copied: every column as checkout writes it.
    let template = app::testing::order_of(
        db,
        buyer,
        "bench-template",
        product,
        2,
        "chhattisgarh",
        PaymentMethod::CashOnDelivery,
        DeliveryMethod::Courier,
    )
    .await;
    let blocks: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT b.id, b.district_id FROM blocks b JOIN districts d ON d.id = b.district_id \
         JOIN states s ON s.id = d.state_id WHERE s.slug = 'chhattisgarh' ORDER BY b.id",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    let per_block = groups / blocks.len() as i64 + 1;
    for (k, (block, district)) in blocks.iter().enumerate() {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "{COUNT_TO}INSERT INTO shg_groups (slug, nrlm_code, name_en, name_hi, village_id, block_id, district_id, state_id, \
             members, founded_year, story_en, story_hi, phone, created_at) \
             SELECT 'bench-{k}-' || n.i, 'BENCH{k}X' || n.i, 'Bench group ' || n.i, 'समूह ' || n.i, g.village_id, $2, $3, \
             g.state_id, 10 + n.i % 11, g.founded_year, g.story_en, g.story_hi, g.phone, g.created_at \
             FROM n CROSS JOIN shg_groups g WHERE g.slug = 'maa-durga-shg-khorpa'"
        )))
        .bind(per_block)
        .bind(block)
        .bind(district)
        .execute(&db.pool)
        .await
        .unwrap();
    }
    let (first_group, group_count): (i64, i64) =
        sqlx::query_as("SELECT MIN(id), COUNT(*) FROM shg_groups WHERE slug LIKE 'bench-%'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    // Orders evenly over the year; the last week's still moving, older ones
    // completed (one in ten cancelled); one in seven a trader's, one in
    // eleven a government supply.
    let year = 365 * DAY;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "{COUNT_TO}INSERT INTO orders (number, checkout_id, buyer_id, group_id, status, delivery_method, payment_method, \
         goods_paise, delivery_paise, total_paise, ship_name, ship_phone, ship_line1, ship_line2, ship_city, ship_district, \
         ship_state_id, ship_pincode, channel, created_at, updated_at) \
         SELECT 'BENCH-' || n.i, o.checkout_id, o.buyer_id, $2 + n.i % $3, \
         CASE WHEN $4 - n.i * ($5 / $1) < 2 * {DAY} THEN 'accepted' WHEN $4 - n.i * ($5 / $1) < 7 * {DAY} THEN 'dispatched' \
              WHEN n.i % 10 = 0 THEN 'cancelled' ELSE 'completed' END, \
         o.delivery_method, o.payment_method, 10000 + (n.i % 50) * 1000, o.delivery_paise, 10000 + (n.i % 50) * 1000 + o.delivery_paise, \
         o.ship_name, o.ship_phone, o.ship_line1, o.ship_line2, o.ship_city, o.ship_district, o.ship_state_id, o.ship_pincode, \
         CASE WHEN n.i % 7 = 0 THEN 'trade' WHEN n.i % 11 = 0 THEN 'government' ELSE 'retail' END, \
         $4 - n.i * ($5 / $1), $4 - n.i * ($5 / $1) \
         FROM n CROSS JOIN orders o WHERE o.id = $6"
    )))
    .bind(orders)
    .bind(first_group)
    .bind(group_count)
    .bind(now)
    .bind(year)
    .bind(template.id)
    .execute(&db.pool)
    .await
    .unwrap();
    for sql in [
        // One line each, the template's product at the order's value.
        "INSERT INTO order_lines (order_id, product_id, location_id, title_en, title_hi, unit_en, unit_hi, hsn, gst_rate_bp, \
         qty, unit_price_paise, line_paise) \
         SELECT o.id, l.product_id, l.location_id, l.title_en, l.title_hi, l.unit_en, l.unit_hi, l.hsn, l.gst_rate_bp, \
         1, o.goods_paise, o.goods_paise FROM orders o CROSS JOIN order_lines l \
         WHERE o.number LIKE 'BENCH-%' AND l.order_id = $1",
        // Each step it reached, hours and days apart.
        "INSERT INTO order_events (order_id, from_status, to_status, at) \
         SELECT o.id, 'placed', 'confirmed', o.created_at FROM orders o WHERE o.number LIKE 'BENCH-%' AND $1 > 0",
        "INSERT INTO order_events (order_id, from_status, to_status, at) \
         SELECT o.id, 'confirmed', 'accepted', o.created_at + (o.id % 30) * 3600000 FROM orders o \
         WHERE o.number LIKE 'BENCH-%' AND o.status <> 'cancelled' AND $1 > 0",
        "INSERT INTO order_events (order_id, from_status, to_status, at) \
         SELECT o.id, 'accepted', 'dispatched', o.created_at + 86400000 + (o.id % 40) * 3600000 FROM orders o \
         WHERE o.number LIKE 'BENCH-%' AND o.status IN ('dispatched', 'completed') AND $1 > 0",
        "INSERT INTO order_events (order_id, from_status, to_status, at) \
         SELECT o.id, 'dispatched', 'delivered', o.created_at + 4 * 86400000 FROM orders o \
         WHERE o.number LIKE 'BENCH-%' AND o.status = 'completed' AND $1 > 0",
        // Paid at the door.
        "INSERT INTO payments (order_id, group_id, channel, amount_paise, reference, recorded_at, part) \
         SELECT o.id, o.group_id, 'cod', o.total_paise, '', o.created_at + 4 * 86400000, 'full' FROM orders o \
         WHERE o.number LIKE 'BENCH-%' AND o.status = 'completed' AND $1 > 0",
    ] {
        sqlx::query(sql).bind(template.id).execute(&db.pool).await.unwrap();
    }
    // The template itself is no part of the year.
    sqlx::query("UPDATE orders SET status = 'cancelled' WHERE id = $1")
        .bind(template.id)
        .execute(&db.pool)
        .await
        .unwrap();
    app::testing::settle(db).await;
}
