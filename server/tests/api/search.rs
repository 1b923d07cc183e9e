//! Search relevance over the demo catalogue: every query in
//! `tests/search/relevance.tsv` must have its listing among the first three
//! results, on both engines. Prints how many pass (`./dev.sh test` shows it).

use app::catalog::store::list_products;
use app::catalog::types::ListingQuery;
use app::db::testing::TestDb;
use app::db::Engine;

const SET: &str = include_str!("../search/relevance.tsv");

#[tokio::test]
async fn every_query_of_the_relevance_set_finds_its_listing_in_the_top_three() {
    let cases: Vec<(&str, &str)> = SET
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split_once('\t').expect("query<TAB>slug"))
        .collect();
    assert!(cases.len() >= 150, "the set holds at least 150 queries");
    for engine in [Engine::Sqlite, Engine::Postgres] {
        let test_db = match engine {
            Engine::Sqlite => TestDb::sqlite().await,
            Engine::Postgres => TestDb::postgres().await,
        };
        let media_dir = std::env::temp_dir().join(format!("haat-relevance-{}-{}", engine.name(), std::process::id()));
        let media = app::media::ssr::LocalMediaStore::new(&media_dir);
        haat_server::demo::seed(&test_db.db, &media).await.unwrap();
        let mut failed: Vec<String> = Vec::new();
        for (query, slug) in &cases {
            let page = list_products(
                &test_db.db,
                &ListingQuery { search: Some(query.to_string()), page: 1, ..Default::default() },
            )
            .await
            .unwrap();
            let top: Vec<&str> = page.items.iter().take(3).map(|p| p.slug.as_str()).collect();
            if !top.contains(slug) {
                failed.push(format!("  {query:?} → {top:?}, wanted {slug}"));
            }
        }
        println!(
            "search relevance ({}): {} of {} queries have their listing in the top 3",
            engine.name(),
            cases.len() - failed.len(),
            cases.len()
        );
        test_db.remove().await;
        let _ = std::fs::remove_dir_all(media_dir);
        assert!(failed.is_empty(), "{} failed on {}:\n{}", failed.len(), engine.name(), failed.join("\n"));
    }
}
