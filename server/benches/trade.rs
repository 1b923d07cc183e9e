//! How fast a trader's cross-group table is (#15): the demo catalogue plus
//! `HAAT_BENCH_PRODUCTS` (default 50 000) generated listings, one in ten
//! titled "pickle", so "pickle" matches 5,000 of them (the most one table
//! compares), each with two tiers and a weekly capacity. Each case is what `/trade` does for a request: read the
//! listings, price every row for the quantity and the trader's address,
//! filter and sort. Median and 95th percentile of `HAAT_BENCH_RUNS`
//! (default 30) runs, on SQLite and on PostgreSQL.
//!
//! Then a split of a quantity over 500 groups (`/trade?buy=1`): the same
//! listings moved to 500 groups, read and split.
//!
//!     cargo bench -p server --bench trade
//!     HAAT_BENCH_ENGINE=sqlite cargo bench -p server --bench trade   (one engine)

// A benchmark: a failed step should stop it loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use app::db::Engine;
use app::i18n::Lang;
use app::trade::types::{Aim, BuyAsk, Destination, TradeQuery, TradeSort, MAX_TRADE_ROWS};
use support::{env_number, ms, time, DemoDatabase};

mod support;

#[tokio::main]
async fn main() {
    let count = env_number("HAAT_BENCH_PRODUCTS", 50_000);
    let runs = env_number("HAAT_BENCH_RUNS", 30);
    let only = std::env::var("HAAT_BENCH_ENGINE").ok();
    println!(
        "| engine | table | rows | median ms | p95 ms | reading the rows: median ms | p95 ms | pricing and sorting them: median ms | p95 ms |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for engine in [Engine::Sqlite, Engine::Postgres] {
        if only.as_deref().is_some_and(|name| name != engine.name()) {
            continue;
        }
        let demo = DemoDatabase::new(engine, "trade").await;
        let db = demo.test_db.db.clone();
        app::testing::bulk_products(&db, count).await;
        // What makes a row costly to price: tiers, and capacity to make
        // what a group does not hold (the generated stock is a dozen at most).
        for sql in [
            "UPDATE products SET weekly_capacity = 50 + id % 400, capacity_days = 3 + id % 10 WHERE slug LIKE 'bench-%'",
            "INSERT INTO price_tiers (product_id, min_qty, unit_price_paise) \
             SELECT id, 50, price_paise * 9 / 10 FROM products WHERE slug LIKE 'bench-%'",
            "INSERT INTO price_tiers (product_id, min_qty, unit_price_paise) \
             SELECT id, 500, price_paise * 8 / 10 FROM products WHERE slug LIKE 'bench-%'",
        ] {
            sqlx::query(sql).execute(&db.pool).await.unwrap();
        }
        app::testing::settle(&db).await;
        // A trader with a Raipur address, so every row is priced to her door.
        let trader = app::testing::shopper(&db, "9800000005").await;
        let state_id: i64 =
            sqlx::query_scalar("SELECT id FROM states WHERE slug = 'chhattisgarh'").fetch_one(&db.pool).await.unwrap();
        let address = app::accounts::addresses::NewAddress {
            name: "Agrawal Wholesale".into(),
            phone: "9800000005".into(),
            line1: "Godown 3, Pandri Market".into(),
            line2: String::new(),
            city: "Raipur".into(),
            district: "Raipur".into(),
            state_id,
            pincode: app::groups::phone::Pincode::parse("492004").unwrap(),
        };
        app::accounts::addresses::add_address(&db, trader, &address).await.unwrap();

        let asked = |q: &str, qty: i64| TradeQuery { q: Some(q.into()), qty, ..TradeQuery::default() };
        let cases: Vec<(&str, TradeQuery)> = vec![
            ("pickle × 100, landed price (5,000 listings)", asked("pickle", 100)),
            (
                "pickle × 2,000, by days, can deliver only",
                TradeQuery { sort: TradeSort::Days, ships_only: true, ..asked("pickle", 2000) },
            ),
            (
                "pickle in Madhya Pradesh, by stock",
                TradeQuery {
                    state: Some("madhya-pradesh".into()),
                    sort: TradeSort::Stock,
                    desc: true,
                    ..asked("pickle", 100)
                },
            ),
            ("category garments (no words)", TradeQuery { category: Some("garments".into()), ..TradeQuery::default() }),
            ("petticoat (demo listings only)", asked("petticoat", 600)),
        ];
        for (name, query) in cases {
            let table = app::trade::api::all_rows(&db, trader, query.clone(), Lang::Hi).await.unwrap();
            let (median, p95) = time(runs, || {
                let (db, query) = (db.clone(), query.clone());
                async move { app::trade::api::all_rows(&db, trader, query, Lang::Hi).await.unwrap() }
            })
            .await;
            // Of which the store's read (`trade::store::offers`) alone.
            let (read_median, read_p95) = time(runs, || {
                let (db, query) = (db.clone(), query.clone());
                async move { app::trade::store::offers(&db, &query, MAX_TRADE_ROWS).await.unwrap() }
            })
            .await;
            // And pricing, filtering and sorting the rows read
            // (`trade::api::table_of`), on copies made before the clock starts.
            let (offers, capped) = app::trade::store::offers(&db, &query, MAX_TRADE_ROWS).await.unwrap();
            let to = app::trade::store::destinations(&db, trader).await.unwrap().into_iter().next();
            let mut copies: Vec<_> = (0..=runs).map(|_| offers.clone()).collect();
            let (price_median, price_p95) = time(runs, || {
                let (offers, query, to) = (copies.pop().unwrap_or_default(), query.clone(), to.clone());
                async move { app::trade::api::table_of(offers, capped, query, to, Vec::new(), Vec::new(), Lang::Hi) }
            })
            .await;
            println!(
                "| {} | {name} | {} | {} | {} | {} | {} | {} | {} |",
                engine.name(),
                table.total,
                ms(median),
                ms(p95),
                ms(read_median),
                ms(read_p95),
                ms(price_median),
                ms(price_p95)
            );
        }

        // A split over 500 groups: the generated listings move to 500 new
        // groups (copies of a registered Chhattisgarh group, so each can
        // deliver to her) in runs of ten ids, so each group has ten of the
        // "pickle" listings; and one listing of each group goes into a
        // category of its own (500 listings, one per group). What
        // `/trade?buy=1` does: read the listings and split the quantity.
        sqlx::query(
            "INSERT INTO categories (slug, name_en, name_hi, position) VALUES ('bench-split', 'Bench split', 'बेंच', 99)",
        )
        .execute(&db.pool)
        .await
        .unwrap();
        let own_category: i64 = sqlx::query_scalar("SELECT id FROM categories WHERE slug = 'bench-split'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        let template: i64 = sqlx::query_scalar("SELECT id FROM shg_groups WHERE slug = 'maa-durga-shg-khorpa'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        for n in 0..500_i64 {
            let group: i64 = sqlx::query_scalar(
                "INSERT INTO shg_groups (slug, nrlm_code, name_en, name_hi, village_id, block_id, district_id, \
                 state_id, members, founded_year, story_en, story_hi, phone, upi_vpa, gstin, created_at, \
                 offers_pickup, local_pincodes, local_fee_paise, local_free_from_paise) \
                 SELECT $1, $2, name_en, name_hi, village_id, block_id, district_id, state_id, members, founded_year, \
                 story_en, story_hi, phone, upi_vpa, gstin, created_at, offers_pickup, local_pincodes, \
                 local_fee_paise, local_free_from_paise FROM shg_groups WHERE id = $3 RETURNING id",
            )
            .bind(format!("bench-group-{n}"))
            .bind(format!("BENCH{n:06}"))
            .bind(template)
            .fetch_one(&db.pool)
            .await
            .unwrap();
            sqlx::query("UPDATE products SET group_id = $1 WHERE slug LIKE 'bench-%' AND (id / 10) % 500 = $2")
                .bind(group)
                .bind(n)
                .execute(&db.pool)
                .await
                .unwrap();
            sqlx::query(
                "UPDATE products SET category_id = $1 WHERE id = \
                 (SELECT MIN(id) FROM products WHERE group_id = $2 AND slug LIKE 'bench-%')",
            )
            .bind(own_category)
            .bind(group)
            .execute(&db.pool)
            .await
            .unwrap();
        }
        app::testing::settle(&db).await;
        let today = app::trade::api::today();
        let by = |days: i64| Some(today + days);
        let split = |asked: TradeQuery, aim: Aim, by: Option<i64>| TradeQuery {
            buy: Some(BuyAsk { aim, by, ..BuyAsk::default() }),
            ..asked
        };
        let one_each = |qty: i64| TradeQuery { category: Some("bench-split".into()), qty, ..TradeQuery::default() };
        let to = app::trade::store::destinations(&db, trader).await.unwrap().remove(0);
        let cases: Vec<(&str, TradeQuery)> = vec![
            (
                "split 2,000 by 21 days over 500 groups × 1 listing, cheapest",
                split(one_each(2_000), Aim::Cheapest, by(21)),
            ),
            (
                "split 2,000 by 21 days over 500 groups × 1 listing, soonest",
                split(one_each(2_000), Aim::Nearest, by(21)),
            ),
            (
                "split 5,000 by 21 days over 500 groups × 1 listing, fewest groups",
                split(one_each(5_000), Aim::FewestGroups, by(21)),
            ),
            (
                "split 5,00,000 by 10 days over 500 groups × 1 listing (short: by when all?)",
                split(one_each(500_000), Aim::Cheapest, by(10)),
            ),
            (
                "split pickle × 2,000 by 21 days over 500 groups × 10 listings",
                split(asked("pickle", 2_000), Aim::Cheapest, by(21)),
            ),
        ];
        for (name, query) in cases {
            let propose = |db: app::db::Db, query: TradeQuery, to: Destination| async move {
                let (offers, _) = app::trade::store::offers(&db, &query, MAX_TRADE_ROWS).await.unwrap();
                app::trade::api::split_for(&offers, &query, Some(&to), today, &mut Vec::new()).unwrap()
            };
            let plan = propose(db.clone(), query.clone(), to.clone()).await;
            let groups: std::collections::BTreeSet<i64> = plan.lines.iter().map(|l| l.offer.group_id).collect();
            let (median, p95) = time(runs, || propose(db.clone(), query.clone(), to.clone())).await;
            println!(
                "| {} | {name} | {} lines, {} of {} | {} | {} |",
                engine.name(),
                groups.len(),
                plan.supplied,
                plan.wanted,
                ms(median),
                ms(p95)
            );
        }
        demo.remove().await;
    }
}
