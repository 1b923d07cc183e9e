//! Sign-in codes (server only): each stored hashed with its own salt,
//! tried at most five times, used once.

use crate::accounts::otp::StoredCode;
use crate::db::Db;

pub async fn insert_code(db: &Db, phone: &str, code_hash: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO login_codes (phone, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(phone)
        .bind(code_hash)
        .bind(now)
        .bind(now + crate::accounts::otp::CODE_TTL_MS)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The newest code sent to a phone: (id, hash, state).
pub async fn latest_code(db: &Db, phone: &str) -> Result<Option<(i64, String, StoredCode)>, sqlx::Error> {
    let row: Option<(i64, String, i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, code_hash, expires_at, attempts, used_at FROM login_codes WHERE phone = $1 \
         ORDER BY created_at DESC, id DESC LIMIT 1",
    )
    .bind(phone)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(id, hash, expires_at, attempts, used_at)| {
        (id, hash, StoredCode { expires_at, attempts, used: used_at.is_some() })
    }))
}

pub async fn record_code_attempt(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE login_codes SET attempts = attempts + 1 WHERE id = $1").bind(id).execute(&db.pool).await?;
    Ok(())
}

/// Uses up a code; false if it was already used (a double submit racing).
pub async fn use_code(db: &Db, id: i64, now: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query("UPDATE login_codes SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
        .bind(now)
        .bind(id)
        .execute(&db.pool)
        .await?
        .rows_affected()
        == 1)
}

pub async fn purge_old_codes(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM login_codes WHERE expires_at < $1")
        .bind(now - 24 * 60 * 60 * 1000)
        .execute(&db.pool)
        .await?
        .rows_affected())
}
