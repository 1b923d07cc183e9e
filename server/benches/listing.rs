//! How fast the storefront's queries are on a large catalogue.
//!
//! Loads the demo catalogue, adds `HAAT_BENCH_PRODUCTS` (default 200 000)
//! live products spread over its groups and categories, then times each
//! query a storefront page makes, on SQLite and on PostgreSQL. Prints the
//! median and 95th percentile of `HAAT_BENCH_RUNS` (default 30) runs.
//!
//!     cargo bench -p server --bench listing
//!     HAAT_BENCH_PRODUCTS=1000000 cargo bench -p server --bench listing
//!     HAAT_BENCH_ENGINE=postgres cargo bench -p server --bench listing   (one engine)
//!
//! Wall-clock figures vary with the machine: compare runs on one machine.

// A benchmark: a failed step should stop it loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use app::catalog::store;
use app::catalog::types::{ListingQuery, Sort};
use app::db::Engine;
use app::money::Money;
use std::time::Instant;
use support::{env_number, ms, time, DemoDatabase};

mod support;

#[tokio::main]
async fn main() {
    let count = env_number("HAAT_BENCH_PRODUCTS", 200_000);
    let runs = env_number("HAAT_BENCH_RUNS", 30);
    let mut index_builds: Vec<String> = Vec::new();
    println!("| engine | query | median ms | p95 ms |");
    println!("|---|---|---|---|");
    // HAAT_BENCH_ENGINE=sqlite or postgres measures one engine only.
    let only = std::env::var("HAAT_BENCH_ENGINE").ok();
    for engine in [Engine::Sqlite, Engine::Postgres] {
        if only.as_deref().is_some_and(|name| name != engine.name()) {
            continue;
        }
        let demo = DemoDatabase::new(engine, "media").await;
        let db = demo.test_db.db.clone();
        let loading = Instant::now();
        app::testing::bulk_products_unindexed(&db, count).await;
        eprintln!("{}: loaded {count} products in {:.1}s", engine.name(), loading.elapsed().as_secs_f64());
        let indexing = Instant::now();
        let indexed = app::search::store::index_what_is_missing(&db).await.unwrap();
        let index_secs = indexing.elapsed().as_secs_f64();
        app::testing::analyze(&db).await;
        eprintln!("{}: built the search index for {indexed} products in {index_secs:.1}s", engine.name());
        index_builds.push(format!("{}: {indexed} products indexed in {index_secs:.1} s", engine.name()));

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
            (
                "all products, newest, page 100 (the last)",
                ListingQuery { sort: Sort::Newest, page: 100, ..base.clone() },
            ),
            (
                "category (parent) by price",
                ListingQuery { category: Some("food".into()), sort: Sort::PriceLowToHigh, ..base.clone() },
            ),
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
            (
                "district, biggest saving",
                ListingQuery { district: Some("raipur".into()), sort: Sort::BiggestSaving, ..base.clone() },
            ),
            ("group page", ListingQuery { group: Some("ekta-shg-tighra".into()), ..base.clone() }),
            // Search (#18): words matching a tenth of the catalogue, all of
            // it, a few listings, none; Hinglish, Devanagari, a typo, a
            // beginning, a synonym, and search with filters and sorting.
            ("search one word (a tenth match)", search(&base, "honey")),
            ("search two words", search(&base, "bench pickle")),
            ("search a word every listing has", search(&base, "bench")),
            ("search a word every listing has, page 100", ListingQuery { page: 100, ..search(&base, "bench") }),
            ("search a rare word (demo listings only)", search(&base, "chanderi")),
            ("search, no match (unknown word)", search(&base, "plugh")),
            ("search, no match (known words, never together)", search(&base, "chanderi honey")),
            ("search Hinglish synonym (shahad → honey)", search(&base, "shahad")),
            ("search Devanagari (अचार)", search(&base, "अचार")),
            ("search a typo (pickel)", search(&base, "pickel")),
            ("search a beginning (sanit)", search(&base, "sanit")),
            (
                "search + state + in stock, by price",
                ListingQuery {
                    state: Some("madhya-pradesh".into()),
                    in_stock_only: true,
                    sort: Sort::PriceLowToHigh,
                    ..search(&base, "honey")
                },
            ),
        ];
        for (name, query) in cases {
            let (median, p95) = time(runs, page(query)).await;
            println!("| {} | {name} | {} | {} |", engine.name(), ms(median), ms(p95));
        }
        for typed in ["h", "ho", "hon", "bench pi", "आम का अ", "chanderi s", "ekta", "plugh"] {
            let (median, p95) = time(runs, || {
                let db = db.clone();
                async move { app::search::store::suggest(&db, typed).await.unwrap() }
            })
            .await;
            println!("| {} | suggestions for \"{typed}\" | {} | {} |", engine.name(), ms(median), ms(p95));
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
        println!(
            "| {} | home page counts, uncached (once a minute per process) | {} | {} |",
            engine.name(),
            ms(median),
            ms(p95)
        );
        demo.remove().await;
    }
    println!();
    for line in index_builds {
        println!("- search index build, {line}");
    }
}

fn search(base: &ListingQuery, text: &str) -> ListingQuery {
    ListingQuery { search: Some(text.into()), ..base.clone() }
}
