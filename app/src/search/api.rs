//! Search server functions. Suggestions while typing are public, like the
//! storefront. The search words (synonyms, misses) are for officials only
//! (district or state): synonyms serve the whole country, so scope does not
//! narrow them; who may remove a pair is `domain::search::may_remove_synonym`.

use crate::error::AppError;
use crate::search::SearchWords;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::accounts::access::with_role;
    pub use crate::accounts::types::Role;
    pub use crate::error::AppError;
    pub use crate::search::store;
    pub use crate::state::{db, respond};

    pub const OFFICIALS: &[Role] = &[Role::DistrictOfficial, Role::StateOfficial];
}

/// Suggestions while typing, as the HTML of the list under the search box
/// (the island only places it). The storefront is public: anyone may ask,
/// and only live listings are suggested.
#[server(prefix = "/api", endpoint = "suggest", input = leptos::server_fn::codec::GetUrl)]
pub async fn get_suggestions(q: String) -> Result<String, AppError> {
    use ssr::*;
    respond(
        async {
            let q: String = q.chars().take(crate::catalog::types::MAX_SEARCH_CHARS).collect();
            let found = store::suggest(&db()?, &q).await?;
            Ok(crate::search::suggest::suggestion_list(&q, found, crate::i18n::request_lang()))
        }
        .await,
    )
}

/// The synonym pairs (with what the caller may remove) and the queries
/// that found nothing most often.
#[server(prefix = "/api", endpoint = "search_words")]
pub async fn get_search_words() -> Result<SearchWords, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = with_role(OFFICIALS).await?;
            let db = db()?;
            let synonyms = store::synonyms(&db)
                .await?
                .into_iter()
                .map(|s| {
                    let removable = domain::search::may_remove_synonym(caller.role, caller.user_id, &s);
                    (s, removable)
                })
                .collect();
            Ok(SearchWords { synonyms, misses: store::misses(&db, 50).await? })
        }
        .await,
    )
}

/// Pairs two words that mean the same thing; search uses it at once.
#[server(prefix = "/api", endpoint = "add_synonym")]
pub async fn add_synonym(one: String, other: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let caller = with_role(OFFICIALS).await?;
            let (one, other): (String, String) =
                (one.trim().chars().take(40).collect(), other.trim().chars().take(40).collect());
            domain::search::synonym_pair(&one, &other)?;
            let mut tx = db()?.begin().await?;
            if !store::add_synonym(&mut tx, &one, &other, Some(caller.user_id)).await? {
                return Err(AppError::Conflict { message: crate::search::text::SYNONYM_EXISTS.into() });
            }
            tx.commit().await?;
            leptos_axum::redirect("/search/words?saved=added");
            Ok(())
        }
        .await,
    )
}

/// Removes a pair: a state official any, a district official her own.
#[server(prefix = "/api", endpoint = "remove_synonym")]
pub async fn remove_synonym(id: i64) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let caller = with_role(OFFICIALS).await?;
            let mut tx = db()?.begin().await?;
            let synonym = store::synonym(&mut tx, id).await?.ok_or(AppError::NotFound)?;
            if !domain::search::may_remove_synonym(caller.role, caller.user_id, &synonym) {
                tracing::warn!(user = caller.user_id, id, "refused: another official's synonym");
                return Err(AppError::Forbidden);
            }
            store::remove_synonym(&mut tx, id).await?;
            tx.commit().await?;
            leptos_axum::redirect("/search/words?saved=removed");
            Ok(())
        }
        .await,
    )
}

#[cfg(test)]
mod tests {
    use leptos::server_fn::ServerFn;

    #[test]
    fn the_island_asks_where_the_suggestions_are() {
        assert_eq!(super::GetSuggestions::PATH, crate::search::suggest::SUGGEST_PATH);
    }
}
