//! How fast the storefront's queries are on a large catalogue.
//!
//! Loads the demo catalogue, adds `HAAT_BENCH_PRODUCTS` (default 200 000)
//! live products spread over its groups and categories, then times each
//! query a storefront page makes, on SQLite and on PostgreSQL. Prints the
//! median and 95th percentile of `HAAT_BENCH_RUNS` (default 30) runs.
//!
//!     cargo bench -p server --bench listing
//!     HAAT_BENCH_PRODUCTS=1000000 cargo bench -p server --bench listing
//!
//! Wall-clock figures vary with the machine: compare runs on one machine.

use app::catalog::store;
use app::catalog::types::{ListingQuery, Sort};
use app::db::testing::TestDb;
use app::db::{Db, Engine};
use app::money::Money;
use std::time::{Duration, Instant};

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Adds `count` live products (with a photo and stock) in batches.
async fn add_products(db: &Db, count: usize) {
    let groups: Vec<(i64, i64)> =
        sqlx::query_as("SELECT g.id, l.id FROM shg_groups g JOIN stock_locations l ON l.group_id = g.id")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    let categories: Vec<i64> = sqlx::query_scalar("SELECT id FROM categories WHERE parent_id IS NOT NULL")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    let words = ["pickle", "saree", "honey", "atta", "bag", "soap", "shawl", "oil", "masala", "basket"];
    let first_id: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM products").fetch_one(&db.pool).await.unwrap();
    let batch = 500;
    let mut done = 0;
    while done < count {
        let n = batch.min(count - done);
        let mut tx = db.pool.begin().await.unwrap();
        let mut products = String::from(
            "INSERT INTO products (id, group_id, category_id, slug, title_en, title_hi, description_en, description_hi, \
             unit_en, unit_hi, price_paise, market_price_paise, hsn, gst_rate_bp, weight_grams, min_order_qty, status, \
             featured, created_at, updated_at) VALUES ",
        );
        let mut photos = String::from("INSERT INTO product_photos (product_id, position, media_key, width, height) VALUES ");
        let mut stock = String::from("INSERT INTO stock (location_id, product_id, on_hand) VALUES ");
        for i in 0..n {
            let k = done + i;
            let id = first_id + k as i64;
            let (group, location) = groups[k % groups.len()];
            let category = categories[(k / 7) % categories.len()];
            let price = 2_000 + (k as i64 * 7919) % 500_000;
            let word = words[k % words.len()];
            let sep = if i == 0 { "" } else { "," };
            products.push_str(&format!(
                "{sep}({id}, {group}, {category}, 'bench-{k}', 'Bench {word} {k}', 'बेंच {k}', '', '', '1', '1', {price}, {}, '2001', 500, 500, 1, 'live', {}, {}, {})",
                price + price / 4,
                i64::from(k % 97 == 0),
                k,
                k
            ));
            photos.push_str(&format!("{sep}({id}, 0, 'bench.svg', 800, 800)"));
            stock.push_str(&format!("{sep}({location}, {id}, {})", k % 13));
        }
        for sql in [products, photos, stock] {
            sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut *tx).await.unwrap();
        }
        tx.commit().await.unwrap();
        done += n;
    }
    if db.engine == Engine::Postgres {
        // Keep identity columns ahead of the ids used above, and the planner informed.
        sqlx::query("SELECT setval(pg_get_serial_sequence('products', 'id'), (SELECT MAX(id) FROM products))")
            .execute(&db.pool)
            .await
            .unwrap();
        sqlx::query("ANALYZE").execute(&db.pool).await.unwrap();
    } else {
        sqlx::query("ANALYZE").execute(&db.pool).await.unwrap();
    }
}

async fn time<F, Fut, T>(runs: usize, mut f: F) -> (Duration, Duration)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = T>,
{
    f().await; // warm the cache
    let mut samples: Vec<Duration> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        std::hint::black_box(f().await);
        samples.push(start.elapsed());
    }
    samples.sort();
    (samples[samples.len() / 2], samples[(samples.len() * 95 / 100).min(samples.len() - 1)])
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

#[tokio::main]
async fn main() {
    let count = env_number("HAAT_BENCH_PRODUCTS", 200_000);
    let runs = env_number("HAAT_BENCH_RUNS", 30);
    println!("| engine | query | median ms | p95 ms |");
    println!("|---|---|---|---|");
    for engine in [Engine::Sqlite, Engine::Postgres] {
        let test_db = match engine {
            Engine::Sqlite => TestDb::sqlite().await,
            Engine::Postgres => TestDb::postgres().await,
        };
        let db = test_db.db.clone();
        let media_dir = std::env::temp_dir().join(format!("haat-bench-media-{}", std::process::id()));
        let media = app::media::ssr::LocalMediaStore::new(&media_dir);
        haat_server::demo::seed(&db, &media).await.unwrap();
        let loading = Instant::now();
        add_products(&db, count).await;
        eprintln!("{}: loaded {count} products in {:.1}s", engine.name(), loading.elapsed().as_secs_f64());

        let page = |query: ListingQuery| {
            let db = db.clone();
            move || {
                let (db, query) = (db.clone(), query.clone());
                async move { store::list_products(&db, &query).await.unwrap() }
            }
        };
        let base = ListingQuery { page: 1, ..Default::default() };
        let cases: Vec<(&str, ListingQuery)> = vec![
            ("all products, recommended, page 1", base.clone()),
            ("all products, price low→high, page 1", ListingQuery { sort: Sort::PriceLowToHigh, ..base.clone() }),
            ("all products, newest, page 200", ListingQuery { sort: Sort::Newest, page: 200, ..base.clone() }),
            ("category (parent) by price", ListingQuery { category: Some("food".into()), sort: Sort::PriceLowToHigh, ..base.clone() }),
            ("subcategory, recommended", ListingQuery { category: Some("sarees".into()), ..base.clone() }),
            (
                "state + price range + in stock",
                ListingQuery {
                    state: Some("madhya-pradesh".into()),
                    min_price: Some(Money::from_rupees(100)),
                    max_price: Some(Money::from_rupees(500)),
                    in_stock_only: true,
                    ..base.clone()
                },
            ),
            ("district, biggest saving", ListingQuery { district: Some("raipur".into()), sort: Sort::BiggestSaving, ..base.clone() }),
            ("group page", ListingQuery { group: Some("ekta-shg-tighra".into()), ..base.clone() }),
            ("search one word", ListingQuery { search: Some("honey".into()), ..base.clone() }),
            ("search two words", ListingQuery { search: Some("bench pickle".into()), ..base.clone() }),
        ];
        for (name, query) in cases {
            let (median, p95) = time(runs, page(query)).await;
            println!("| {} | {name} | {} | {} |", engine.name(), ms(median), ms(p95));
        }
        let (median, p95) = time(runs, || {
            let db = db.clone();
            async move { store::live_product_by_slug(&db, "bench-123456").await.unwrap() }
        })
        .await;
        println!("| {} | product page (4 queries) | {} | {} |", engine.name(), ms(median), ms(p95));
        let (median, p95) = time(runs, || {
            let db = db.clone();
            async move {
                (
                    store::category_trees(&db).await.unwrap(),
                    store::featured(&db, 8).await.unwrap(),
                    store::places(&db).await.unwrap(),
                )
            }
        })
        .await;
        println!("| {} | home page counts, uncached (once a minute per process) | {} | {} |", engine.name(), ms(median), ms(p95));
        test_db.remove().await;
        let _ = std::fs::remove_dir_all(media_dir);
    }
}
