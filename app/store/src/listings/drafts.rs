//! What a seller typed and files she moved (server only): a no-JS form
//! kept for an hour after a refused save, the CSV export rows, and import
//! reports.

use crate::catalog::types::ListingStatus;
use crate::db::{now_ms, Db};
use crate::error::AppError;
use crate::listings::store::*;
use crate::listings::types::*;
use std::collections::HashMap;

/// Keeps what the seller typed when the server refused it (`listing_id` 0
/// for a new listing), replacing any earlier draft of hers for it.
pub async fn keep_draft(db: &Db, user_id: i64, listing_id: i64, form: &ListingForm) -> Result<(), AppError> {
    let json = serde_json::to_string(form).map_err(|_| AppError::Internal)?;
    sqlx::query(
        "INSERT INTO listing_drafts (user_id, listing_id, form, saved_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id, listing_id) DO UPDATE SET form = excluded.form, saved_at = excluded.saved_at",
    )
    .bind(user_id)
    .bind(listing_id)
    .bind(json)
    .bind(now_ms())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Her draft of this listing from the last hour, if any.
pub async fn draft(db: &Db, user_id: i64, listing_id: i64) -> Result<Option<ListingForm>, sqlx::Error> {
    let json: Option<String> =
        sqlx::query_scalar("SELECT form FROM listing_drafts WHERE user_id = $1 AND listing_id = $2 AND saved_at > $3")
            .bind(user_id)
            .bind(listing_id)
            .bind(now_ms() - DRAFT_KEPT_MS)
            .fetch_optional(&db.pool)
            .await?;
    Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
}

pub async fn drop_draft(db: &Db, user_id: i64, listing_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM listing_drafts WHERE user_id = $1 AND listing_id = $2")
        .bind(user_id)
        .bind(listing_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Deletes drafts older than [`DRAFT_KEPT_MS`] (a chore).
pub async fn purge_old_drafts(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM listing_drafts WHERE saved_at <= $1")
        .bind(now - DRAFT_KEPT_MS)
        .execute(&db.pool)
        .await?
        .rows_affected())
}

/// One listing as a CSV row: its id, its category's slug and status, and the form's fields.
pub struct ExportRow {
    pub id: i64,
    pub category_slug: String,
    pub status: ListingStatus,
    pub form: ListingForm,
}

/// Every listing of a group, for the CSV export.
pub async fn export_rows(db: &Db, group_id: i64) -> Result<Vec<ExportRow>, sqlx::Error> {
    let rows: Vec<ListingRow> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{LISTING_SELECT} WHERE p.group_id = $1 ORDER BY p.id")))
            .bind(group_id)
            .fetch_all(&db.pool)
            .await?;
    let slugs: HashMap<i64, String> = sqlx::query_as::<_, (i64, String)>("SELECT id, slug FROM categories")
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    let mut conn = db.pool.acquire().await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut tiers_by_id = crate::inventory::tiers_of_many(&mut conn, &ids).await?;
    for row in rows {
        let tiers = tiers_by_id.remove(&row.id).unwrap_or_default();
        out.push(ExportRow {
            id: row.id,
            category_slug: slugs.get(&row.category_id).cloned().unwrap_or_default(),
            status: row.status(),
            form: form_of(&row, &tiers),
        });
    }
    Ok(out)
}

/// Category ids by slug (for CSV rows, which name categories by slug).
pub async fn category_ids_by_slug(db: &Db) -> Result<HashMap<String, i64>, sqlx::Error> {
    Ok(sqlx::query_as::<_, (String, i64)>("SELECT slug, id FROM categories")
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .collect())
}

/// Keeps an import's report; returns its id.
pub async fn save_import(db: &Db, group_id: i64, user_id: i64, rows: &[ImportRow]) -> Result<i64, AppError> {
    let report = serde_json::to_string(rows).map_err(|e| {
        tracing::error!(error = %e, "serialising an import report failed");
        AppError::Internal
    })?;
    let applied = rows.iter().filter(|r| !matches!(r.outcome, ImportOutcome::Refused { .. })).count() as i64;
    Ok(sqlx::query_scalar(
        "INSERT INTO listing_imports (group_id, user_id, rows_total, rows_applied, report, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(group_id)
    .bind(user_id)
    .bind(rows.len() as i64)
    .bind(applied)
    .bind(report)
    .bind(now_ms())
    .fetch_one(&db.pool)
    .await?)
}

/// An import's report, if it belongs to the group.
pub async fn import_report(db: &Db, import_id: i64, group_id: i64) -> Result<Option<ImportReport>, sqlx::Error> {
    let row: Option<(String, i64)> =
        sqlx::query_as("SELECT report, created_at FROM listing_imports WHERE id = $1 AND group_id = $2")
            .bind(import_id)
            .bind(group_id)
            .fetch_optional(&db.pool)
            .await?;
    Ok(row.and_then(|(report, created_at)| {
        let rows = serde_json::from_str(&report).ok()?;
        Some(ImportReport { id: import_id, rows, created_at })
    }))
}
