//! Background chores: clearing out expired sessions, old sign-in codes and
//! rate-limit windows. Each is one idempotent DELETE, so several server
//! processes running them against one database do no harm.

use app::db::{now_ms, Db};
use std::time::Duration;

const EVERY: Duration = Duration::from_secs(10 * 60);

pub fn spawn(db: Db) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(EVERY);
        loop {
            ticker.tick().await;
            run_once(&db).await;
        }
    });
}

pub async fn run_once(db: &Db) {
    let now = now_ms();
    let sessions = app::accounts::session::ssr::purge_expired(db, now).await;
    let codes = app::accounts::store::purge_old_codes(db, now).await;
    let limits = app::accounts::rate_limit::purge_old(db, now).await;
    match (sessions, codes, limits) {
        (Ok(s), Ok(c), Ok(l)) => tracing::debug!(sessions = s, codes = c, rate_limits = l, "chores done"),
        (s, c, l) => tracing::warn!(?s, ?c, ?l, "a chore failed"),
    }
}
