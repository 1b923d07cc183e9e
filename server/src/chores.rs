//! Background chores: clearing out expired sessions, old sign-in codes,
//! rate-limit windows, old listing drafts and visitors' abandoned carts.
//! Each is one idempotent DELETE, so several server processes running them
//! against one database do no harm.

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
    let codes = app::accounts::codes::purge_old_codes(db, now).await;
    let limits = app::accounts::rate_limit::purge_old(db, now).await;
    let drafts = app::listings::drafts::purge_old_drafts(db, now).await;
    let carts = app::cart::store::purge_visitor_carts(db, now).await;
    match (sessions, codes, limits, drafts, carts) {
        (Ok(s), Ok(c), Ok(l), Ok(d), Ok(k)) => {
            tracing::debug!(sessions = s, codes = c, rate_limits = l, drafts = d, carts = k, "chores done")
        }
        (s, c, l, d, k) => tracing::warn!(?s, ?c, ?l, ?d, ?k, "a chore failed"),
    }
}

/// The order worker: expiries, overdue alerts, completions (see
/// `app::orders::worker`), quotes that ran out or wait 48 hours for a
/// group (`app::trade::quote_api::run_clock`), supply orders' acceptance
/// and payment clocks (`app::procurement::worker`), the daily sales
/// roll-ups (`app::monitoring::worker`), then notices by email when a mail server is
/// configured. Runs every `every` (`--worker-every-secs`). Safe to run in
/// every server process.
pub fn spawn_order_worker(
    db: Db,
    mailer: Option<std::sync::Arc<dyn app::orders::mail::Mailer>>,
    site: String,
    every: Duration,
) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        loop {
            ticker.tick().await;
            match app::orders::worker::run_once(&db, now_ms()).await {
                Ok(pass) if pass != app::orders::worker::Pass::default() => tracing::info!(?pass, "orders moved on"),
                Ok(_) => {}
                Err(error) => tracing::warn!(?error, "the order worker's pass failed"),
            }
            match app::trade::quote_api::run_clock(&db, now_ms()).await {
                Ok(pass) if pass != app::trade::quote_api::ClockPass::default() => {
                    tracing::info!(?pass, "quotes moved on")
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(?error, "the quotes' clock failed"),
            }
            match app::procurement::worker::run_clock(&db, now_ms()).await {
                Ok(pass) if pass != app::procurement::worker::ClockPass::default() => {
                    tracing::info!(?pass, "supply orders moved on")
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(?error, "the procurement clock failed"),
            }
            match app::monitoring::worker::run_rollup(&db, now_ms()).await {
                Ok(days) if days > 0 => tracing::debug!(days, "sales rolled up"),
                Ok(_) => {}
                Err(error) => tracing::warn!(?error, "the sales roll-up failed"),
            }
            if let Some(mailer) = &mailer {
                if let Err(error) = app::orders::mail::send_pending(&db, mailer.as_ref(), &site, now_ms()).await {
                    tracing::warn!(?error, "emailing notices failed");
                }
            }
        }
    });
}
