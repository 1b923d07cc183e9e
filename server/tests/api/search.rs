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
        // As `haat` does at start: the seeded synonyms get their folded words.
        app::search::store::index_what_is_missing(&test_db.db).await.unwrap();
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

#[tokio::test]
async fn an_official_pairs_two_words_and_the_storefront_finds_them_at_once() {
    use crate::helpers::on_each_engine;
    use leptos::server_fn::ServerFn;
    on_each_engine(|app| async move {
        let (_, before) = app.get("/search?q=kairi", Some("en")).await;
        assert!(!before.contains("Mango pickle"), "no pair yet");
        let official = app.session_for("9000000008").await;
        // Bad input changes nothing, and says why in both languages.
        let answer = app
            .submit(app::search::api::AddSynonym::PATH, &[("one", "kairi aam"), ("other", "mango")], Some(&official))
            .await;
        assert_ne!(answer.status, 500);
        let (_, page) = app.get_as("/search/words", &official).await;
        assert!(!page.contains("kairi aam"));
        let answer =
            app.call(app::search::api::AddSynonym::PATH, &[("one", "aam"), ("other", "am")], Some(&official)).await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        assert!(answer.body.contains("Search already treats") && answer.body.contains("पहले से एक ही"));

        let answer = app
            .submit(app::search::api::AddSynonym::PATH, &[("one", "kairi"), ("other", "aam")], Some(&official))
            .await;
        assert_eq!(answer.status, 302);
        let (_, after) = app.get("/search?q=kairi", Some("en")).await;
        assert!(after.contains("Mango pickle"), "the pair works at once");
        let (_, page) = app.get_as("/search/words", &official).await;
        assert!(page.contains("kairi = aam"));

        // A typo is read, and the page says how.
        let (_, corrected) = app.get("/search?q=pickel", Some("en")).await;
        assert!(corrected.contains("Showing results for") && corrected.contains("<strong>pickle</strong>"));
        // Nothing found: counted for officials, with no person attached.
        let (_, nothing) = app.get("/search?q=xyzzy", Some("en")).await;
        assert!(nothing.contains("Nothing matched this search"));
        let (_, page) = app.get_as("/search/words", &official).await;
        assert!(page.contains("xyjy"));
    })
    .await;
}
