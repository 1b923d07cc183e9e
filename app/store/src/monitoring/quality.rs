//! The quality of the listings in an official's scope (SQL): the review
//! queue's waits, the reasons listings were sent back, and the groups with
//! no live listing. Each reads through an index (a listing's status, a
//! listing event's kind and time), never every product.

use crate::db::Db;
use crate::i18n::Text;
use crate::listings::types::RejectReason;
use crate::monitoring::types::IdleGroup;
use crate::words::{BACK_TO_REVIEW, DRAFT, EVENT_REJECTED, IN_REVIEW, LIVE, REJECTED, SUBMITTED};

/// The scope's condition over the group `g` with its two numbers
/// (`accounts::scope::groups_in_scope`).
pub type ScopeSql = (&'static str, i64, i64);

/// When each listing waiting for review in the scope was sent in (its last
/// submission, or its last change if it has none), oldest first.
pub async fn review_sent_times(db: &Db, scope: ScopeSql) -> Result<Vec<i64>, sqlx::Error> {
    // The fragments are the words' own and the scope's fixed condition; values are bound.
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT CAST(COALESCE((SELECT MAX(e.at) FROM listing_events e WHERE e.product_id = p.id \
         AND e.kind IN ({SUBMITTED}, {BACK_TO_REVIEW})), p.updated_at) AS BIGINT) AS sent \
         FROM products p JOIN shg_groups g ON g.id = p.group_id WHERE p.status = {IN_REVIEW} AND {} ORDER BY sent",
        scope.0
    )))
    .bind(scope.1)
    .bind(scope.2)
    .fetch_all(&db.pool)
    .await
}

/// How many times each reason was given for sending a listing back in
/// `[from_ms, to_ms)`, the commonest first.
pub async fn rejections(
    db: &Db,
    scope: ScopeSql,
    (from_ms, to_ms): (i64, i64),
) -> Result<Vec<(RejectReason, i64)>, sqlx::Error> {
    let mut rows: Vec<(RejectReason, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT e.reason, COUNT(*) FROM listing_events e JOIN products p ON p.id = e.product_id \
         JOIN shg_groups g ON g.id = p.group_id \
         WHERE e.kind = {EVENT_REJECTED} AND e.at >= $3 AND e.at < $4 AND {} GROUP BY e.reason",
        scope.0
    )))
    .bind(scope.1)
    .bind(scope.2)
    .bind(from_ms)
    .bind(to_ms)
    .fetch_all(&db.pool)
    .await?;
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.code().cmp(b.0.code())));
    Ok(rows)
}

/// Groups of the scope with no live listing, the longest onboarded first
/// (up to `limit`), with how many such groups there are and how many
/// groups the scope has.
pub async fn idle_groups(db: &Db, scope: ScopeSql, limit: i64) -> Result<(Vec<IdleGroup>, i64, i64), sqlx::Error> {
    let idle = format!("NOT EXISTS (SELECT 1 FROM products l WHERE l.group_id = g.id AND l.status = {LIVE})");
    let rows: Vec<(String, String, String, String, String, String, String, i64, i64, i64)> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT g.slug, g.name_hi, g.name_en, b.name_hi, b.name_en, d.name_hi, d.name_en, g.created_at, \
             (SELECT COUNT(*) FROM products p WHERE p.group_id = g.id AND p.status = {IN_REVIEW}), \
             (SELECT COUNT(*) FROM products p WHERE p.group_id = g.id AND p.status IN ({DRAFT}, {REJECTED})) \
             FROM shg_groups g JOIN blocks b ON b.id = g.block_id JOIN districts d ON d.id = g.district_id \
             WHERE {} AND {idle} ORDER BY g.created_at, g.id LIMIT $3",
            scope.0
        )))
        .bind(scope.1)
        .bind(scope.2)
        .bind(limit)
        .fetch_all(&db.pool)
        .await?;
    let (idle_total, groups_total): (i64, i64) = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT CAST(COALESCE(SUM(CASE WHEN {idle} THEN 1 ELSE 0 END), 0) AS BIGINT), COUNT(*) \
         FROM shg_groups g WHERE {}",
        scope.0
    )))
    .bind(scope.1)
    .bind(scope.2)
    .fetch_one(&db.pool)
    .await?;
    let groups = rows
        .into_iter()
        .map(|(slug, g_hi, g_en, b_hi, b_en, d_hi, d_en, since, in_review, unsent)| IdleGroup {
            slug,
            name: Text::new(g_hi, g_en),
            block: Text::new(b_hi, b_en),
            district: Text::new(d_hi, d_en),
            since,
            in_review,
            unsent,
        })
        .collect();
    Ok((groups, idle_total, groups_total))
}
