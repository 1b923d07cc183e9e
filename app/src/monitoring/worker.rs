//! The roll-up clock (server only): brings the daily sales roll-ups up to
//! date with every order changed since the last pass, in one transaction
//! (of two workers at once, one rolls up; the other finds nothing to do).

use crate::db::Db;
use crate::error::AppError;

/// Rolls up the days whose orders changed; returns how many days.
pub async fn run_rollup(db: &Db, now: i64) -> Result<usize, AppError> {
    let mut tx = db.begin().await?;
    let days = haat_store::monitoring::rollup::roll_up(&mut tx, now).await?;
    tx.commit().await?;
    Ok(days)
}
