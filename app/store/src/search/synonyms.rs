//! Synonym pairs, and the searches that found nothing.

use crate::db::{now_ms, Db};
use domain::search::{self as rules, Synonym};
use sqlx::AnyConnection;

/// Counts a query that found nothing (its folded words only).
pub async fn record_miss(db: &Db, plan_words: &str) -> Result<(), sqlx::Error> {
    if plan_words.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO search_misses (query, times, last_at) VALUES ($1, 1, $2) \
         ON CONFLICT (query) DO UPDATE SET times = search_misses.times + 1, last_at = $2",
    )
    .bind(plan_words)
    .bind(now_ms())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Every synonym pair, alphabetically.
pub async fn synonyms(db: &Db) -> Result<Vec<Synonym>, sqlx::Error> {
    let rows: Vec<(i64, String, String, Option<i64>)> =
        sqlx::query_as("SELECT id, one, other, added_by FROM search_synonyms ORDER BY one_key, other_key, id")
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.into_iter().map(|(id, one, other, added_by)| Synonym { id, one, other, added_by }).collect())
}

/// One synonym pair by id.
pub async fn synonym(conn: &mut AnyConnection, id: i64) -> Result<Option<Synonym>, sqlx::Error> {
    let row: Option<(i64, String, String, Option<i64>)> =
        sqlx::query_as("SELECT id, one, other, added_by FROM search_synonyms WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row.map(|(id, one, other, added_by)| Synonym { id, one, other, added_by }))
}

/// Adds a synonym pair (checked by `synonym_pair`); `false` when the same
/// pair, either way round, is already there.
pub async fn add_synonym(
    conn: &mut AnyConnection,
    one: &str,
    other: &str,
    by: Option<i64>,
) -> Result<bool, sqlx::Error> {
    let Ok((one_key, other_key)) = rules::synonym_pair(one, other) else { return Ok(false) };
    let exists: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM search_synonyms WHERE (one_key = $1 AND other_key = $2) OR (one_key = $2 AND other_key = $1)",
    )
    .bind(&one_key)
    .bind(&other_key)
    .fetch_optional(&mut *conn)
    .await?;
    if exists.is_some() {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO search_synonyms (one, other, one_key, other_key, added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (one, other) DO NOTHING",
    )
    .bind(one.trim())
    .bind(other.trim())
    .bind(one_key)
    .bind(other_key)
    .bind(by)
    .bind(now_ms())
    .execute(&mut *conn)
    .await
    .map(|done| done.rows_affected() == 1)
}

/// Removes a synonym pair; `false` if there was none with this id.
pub async fn remove_synonym(conn: &mut AnyConnection, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM search_synonyms WHERE id = $1").bind(id).execute(&mut *conn).await?;
    Ok(done.rows_affected() == 1)
}

/// The queries that found nothing most often.
pub async fn misses(db: &Db, limit: i64) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT query, times FROM search_misses ORDER BY times DESC, last_at DESC LIMIT $1")
        .bind(limit)
        .fetch_all(&db.pool)
        .await
}
