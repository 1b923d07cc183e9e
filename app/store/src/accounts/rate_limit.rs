//! Rate limits in fixed windows, counted in the database so every server
//! process shares them.

use crate::db::{now_ms, Db};
use crate::error::AppError;

/// A limit: at most `max` hits per `window_ms`.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub max: i64,
    pub window_ms: i64,
}

const MINUTE: i64 = 60_000;

/// Codes sent to one phone number.
pub const CODES_PER_PHONE: Limit = Limit { max: 3, window_ms: 15 * MINUTE };
/// Codes requested from one client (address).
pub const CODES_PER_CLIENT: Limit = Limit { max: 10, window_ms: 15 * MINUTE };
/// Sign-in attempts (code, password) for one phone number.
pub const SIGN_INS_PER_PHONE: Limit = Limit { max: 10, window_ms: 15 * MINUTE };
/// Sign-in attempts from one client.
pub const SIGN_INS_PER_CLIENT: Limit = Limit { max: 30, window_ms: 15 * MINUTE };
/// Second-factor attempts for one account.
pub const SECOND_FACTOR_PER_USER: Limit = Limit { max: 5, window_ms: 15 * MINUTE };

/// Counts a hit on `bucket`; refuses it (and says when to retry) past the limit.
pub async fn hit(db: &Db, bucket: &str, limit: Limit) -> Result<(), AppError> {
    let now = now_ms();
    let window_start = now - now.rem_euclid(limit.window_ms);
    let hits: i64 = sqlx::query_scalar(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) \
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits",
    )
    .bind(bucket)
    .bind(window_start)
    .fetch_one(&db.pool)
    .await?;
    if hits > limit.max {
        let minutes = ((window_start + limit.window_ms - now) + MINUTE - 1) / MINUTE;
        tracing::warn!(bucket, hits, "rate limit reached");
        return Err(crate::accounts::errors::rate_limited(minutes));
    }
    Ok(())
}

/// Removes windows older than a day (a background chore).
pub async fn purge_old(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
        .bind(now - 24 * 60 * MINUTE)
        .execute(&db.pool)
        .await?
        .rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::each_engine;

    #[tokio::test]
    async fn hits_past_the_limit_are_refused_per_bucket() {
        each_engine(|db| async move {
            let limit = Limit { max: 3, window_ms: 60 * MINUTE };
            for _ in 0..3 {
                hit(&db, "code:9826012345", limit).await.unwrap();
            }
            let refused = hit(&db, "code:9826012345", limit).await.unwrap_err();
            assert!(matches!(refused, AppError::RateLimited { .. }));
            assert_eq!(refused.status_code(), 429);
            hit(&db, "code:9826099999", limit).await.expect("another bucket is not affected");
        })
        .await;
    }

    #[tokio::test]
    async fn concurrent_hits_are_all_counted() {
        each_engine(|db| async move {
            let limit = Limit { max: 10, window_ms: 60 * MINUTE };
            let tries = (0..25).map(|_| {
                let db = db.clone();
                async move { hit(&db, "client:10.0.0.1", limit).await.is_ok() }
            });
            let allowed = futures::future::join_all(tries).await.into_iter().filter(|ok| *ok).count();
            assert_eq!(allowed, 10, "exactly the limit gets through, however the hits interleave");
        })
        .await;
    }
}
