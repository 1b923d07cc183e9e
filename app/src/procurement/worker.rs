//! The procurement clock (server only): supply orders whose group refused
//! or lost them end unsupplied, silence past the acceptance days is
//! recorded as acceptance where the state says so (and billed at once),
//! and bills past their due date are flagged to the office and the
//! district. Each is a conditional update from the stage it expects, one
//! transaction per supply order: two workers never take a step twice.

use crate::db::Db;
use crate::error::AppError;
use crate::procurement::supply;

/// What one pass did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClockPass {
    pub voided: u64,
    pub deemed: usize,
    pub flagged: usize,
}

/// At most this many supply orders of each kind per pass (the next pass takes the rest).
const BATCH: i64 = 200;

pub async fn run_clock(db: &Db, now: i64) -> Result<ClockPass, AppError> {
    let mut tx = db.begin().await?;
    let voided = supply::void_unsupplied(&mut tx, now).await?;
    tx.commit().await?;
    let mut deemed = 0;
    for id in supply::due_for_deemed_acceptance(db, now, BATCH).await? {
        let mut tx = db.begin().await?;
        if supply::deem_accepted(&mut tx, id, now).await? {
            tx.commit().await?;
            deemed += 1;
        }
    }
    let mut flagged = 0;
    for id in supply::due_for_overdue_notice(db, now, BATCH).await? {
        let mut tx = db.begin().await?;
        if supply::flag_overdue(&mut tx, id, now).await? {
            tx.commit().await?;
            flagged += 1;
        }
    }
    Ok(ClockPass { voided, deemed, flagged })
}
