//! The search index (server only): each listing's folded keys, the words
//! the index knows, synonyms, and the queries that found nothing.
//!
//! - `index`: keys and vocabulary, written by every listing write inside
//!   its own transaction ([`index_products`]; the FTS5 table follows the
//!   `products` row by trigger, PostgreSQL's vectors are generated).
//! - `query`: a query's plan from what the index knows, the one function
//!   per engine that reads the index ([`matching`]), suggestions.
//! - `synonyms`: synonym pairs and the searches that found nothing.
//!
//! What the words mean is decided in `domain::search::plan`.

mod index;
mod query;
mod synonyms;

pub use domain::search::*;
pub use index::{index_product, index_products, index_what_is_missing};
pub use query::{matching, plan_query, suggest, Field};
pub use synonyms::{add_synonym, misses, record_miss, remove_synonym, synonym, synonyms};

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::catalog::store::list_products;
    use crate::catalog::types::{ListingPage, ListingQuery, Sort, COUNT_CAP, PAGE_SIZE};
    use crate::db::testing::each_engine;
    use crate::db::Db;
    use crate::testing::catalogue;

    fn search(text: &str) -> ListingQuery {
        ListingQuery { search: Some(text.to_string()), page: 1, ..Default::default() }
    }

    fn slugs(page: &ListingPage) -> Vec<&str> {
        page.items.iter().map(|p| p.slug.as_str()).collect()
    }

    async fn found(db: &Db, text: &str) -> Vec<String> {
        slugs(&list_products(db, &search(text)).await.unwrap()).into_iter().map(String::from).collect()
    }

    #[tokio::test]
    async fn hinglish_devanagari_and_typos_find_the_same_listings() {
        each_engine(|db| async move {
            catalogue(&db).await;
            assert_eq!(found(&db, "aam ka achaar").await, vec!["mango-pickle"]);
            assert_eq!(found(&db, "आम का अचार").await, vec!["mango-pickle"]);
            assert_eq!(found(&db, "Mango Pickle").await, vec!["mango-pickle"]);
            assert_eq!(found(&db, "moongphali tel").await, vec!["groundnut-oil"]);
            assert_eq!(found(&db, "मूंगफली").await, vec!["groundnut-oil"], "anusvara or chandrabindu");
            assert_eq!(found(&db, "groundn").await, vec!["groundnut-oil"], "a word typed half-way");
            // Sold out after in stock: the lemon pickle has none.
            assert_eq!(found(&db, "achar").await, vec!["mango-pickle", "lemon-pickle"]);
            let corrected = list_products(&db, &search("pickel")).await.unwrap();
            assert_eq!(slugs(&corrected), vec!["mango-pickle", "lemon-pickle"]);
            assert_eq!(corrected.note.corrected.as_deref(), Some("pickle"));
            assert!(found(&db, "candy").await.is_empty(), "a draft is not found");
        })
        .await;
    }

    #[tokio::test]
    async fn an_officials_synonym_finds_listings_at_once() {
        each_engine(|db| async move {
            catalogue(&db).await;
            assert!(found(&db, "peanut").await.is_empty());
            let mut tx = db.begin().await.unwrap();
            assert!(add_synonym(&mut tx, "Peanut", "मूँगफली", None).await.unwrap());
            tx.commit().await.unwrap();
            assert_eq!(found(&db, "peanut").await, vec!["groundnut-oil"]);
            let mut conn = db.pool.acquire().await.unwrap();
            assert!(!add_synonym(&mut conn, "मूंगफली", "peanut", None).await.unwrap(), "the same pair either way round");
            let id = synonyms(&db).await.unwrap().into_iter().find(|s| s.one == "Peanut").unwrap().id;
            assert!(remove_synonym(&mut conn, id).await.unwrap());
            drop(conn);
            assert!(found(&db, "peanut").await.is_empty());
        })
        .await;
    }

    #[tokio::test]
    async fn a_renamed_listing_is_found_by_its_new_title_only() {
        each_engine(|db| async move {
            let fixture = catalogue(&db).await;
            let mut tx = db.begin().await.unwrap();
            sqlx::query("UPDATE products SET title_en = 'Kachchi ghani oil' WHERE id = $1")
                .bind(fixture.groundnut_oil)
                .execute(&mut *tx)
                .await
                .unwrap();
            index_product(&mut tx, fixture.groundnut_oil).await.unwrap();
            tx.commit().await.unwrap();
            assert_eq!(found(&db, "kachi ghani").await, vec!["groundnut-oil"]);
            assert!(found(&db, "groundnut").await.is_empty());
        })
        .await;
    }

    #[tokio::test]
    async fn suggestions_while_typing_name_listings_categories_and_groups() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let labels = |s: Vec<Suggestion>| s.into_iter().map(|s| (s.kind, s.label.en, s.href)).collect::<Vec<_>>();
            let pick = labels(suggest(&db, "pick").await.unwrap());
            assert!(pick.contains(&(SuggestionKind::Product, "Mango pickle".into(), "/p/mango-pickle".into())));
            assert!(pick.contains(&(SuggestionKind::Product, "Lemon pickle".into(), "/p/lemon-pickle".into())));
            assert!(pick.contains(&(SuggestionKind::Category, "Pickles".into(), "/c/pickles".into())));
            assert!(!pick.iter().any(|(_, label, _)| label == "Amla candy"), "a draft is never suggested");
            let hindi = labels(suggest(&db, "आम का अ").await.unwrap());
            assert_eq!(hindi.first().map(|s| s.2.as_str()), Some("/p/mango-pickle"));
            let group = labels(suggest(&db, "ekta").await.unwrap());
            assert!(group.iter().any(|(kind, _, href)| *kind == SuggestionKind::Group && href == "/g/ekta-tighra"));
            assert!(suggest(&db, "  ").await.unwrap().is_empty());
            assert!(suggest(&db, "%_").await.unwrap().is_empty());
        })
        .await;
    }

    #[tokio::test]
    async fn queries_that_find_nothing_are_counted_without_who_asked() {
        each_engine(|db| async move {
            catalogue(&db).await;
            assert!(found(&db, "xyzzy plugh").await.is_empty());
            assert!(found(&db, "XYZZY  plugh").await.is_empty());
            assert_eq!(found(&db, "mango").await.len(), 1);
            assert_eq!(misses(&db, 10).await.unwrap(), vec![("xyjy plugh".to_string(), 2)]);
        })
        .await;
    }

    #[tokio::test]
    async fn a_word_in_thousands_of_listings_walks_the_sort_order() {
        each_engine(|db| async move {
            catalogue(&db).await;
            crate::testing::bulk_products(&db, COUNT_CAP as usize + 100).await;
            let first = list_products(&db, &ListingQuery { sort: Sort::Newest, ..search("bench") }).await.unwrap();
            assert!(first.more);
            assert_eq!(first.total, COUNT_CAP);
            assert_eq!(first.items.len(), PAGE_SIZE as usize);
            let newest: Vec<&str> = slugs(&first);
            assert_eq!(newest[0], format!("bench-{}", COUNT_CAP + 99), "the newest bench product first");
            let last =
                list_products(&db, &ListingQuery { page: 100, sort: Sort::Newest, ..search("bench") }).await.unwrap();
            assert_eq!(last.items.len(), PAGE_SIZE as usize);
            // Fewer matches: one word of ten, sorted rather than walked.
            let pickles = list_products(&db, &search("bench pickle")).await.unwrap();
            assert!(pickles.total >= (COUNT_CAP + 100) / 10, "every tenth is a pickle, more are in pickle categories");
            assert!(pickles.items.iter().all(|p| p.title.en.contains("pickle")), "pickles by title come first");
        })
        .await;
    }
}
