//! What every request can reach: options, the database and media storage.
//! Handed to `leptos_routes`, which provides it as context to every page
//! and server function.

use crate::accounts::otp::ssr::{CodeSender, LogSender};
use crate::catalog::types::CatalogOverview;
use crate::db::Db;
use crate::error::AppError;
use crate::media::ssr::MediaStore;
use axum::extract::FromRef;
use leptos::prelude::*;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Settings the application reads at run time.
#[derive(Clone, Debug, Default)]
pub struct AppConfig {
    /// Serve over HTTPS: session cookies get `Secure` and the `__Host-` prefix.
    pub secure_cookies: bool,
    /// Demo only: show the sign-in code on the code page (it is always logged).
    pub show_demo_codes: bool,
    /// Behind a trusted reverse proxy: take the client address from `X-Forwarded-For`.
    pub trust_forwarded_for: bool,
    /// The payment gateway, when configured: checkout offers paying online.
    pub gateway: Option<Arc<crate::payments::gateway::Gateway>>,
}

#[derive(Clone, Debug, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub media: Arc<dyn MediaStore>,
    pub config: Arc<AppConfig>,
    /// Delivers sign-in codes (the log, in the demo; an SMS gateway in production).
    pub code_sender: Arc<dyn CodeSender>,
    /// The demo sender, for showing codes on the page when the demo flag is on.
    pub demo_codes: Arc<LogSender>,
    /// Category and place counts for menus and filters: a scan of the whole
    /// catalogue, so recomputed at most once a minute per process, and only
    /// after the catalogue changed.
    pub overview: Arc<PerVersion<CatalogOverview>>,
}

impl AppState {
    pub fn new(leptos_options: LeptosOptions, db: Db, media: Arc<dyn MediaStore>, config: AppConfig) -> Self {
        // A server function whose arguments do not parse answers with the
        // error's status (400), set through the current response.
        crate::error::set_status_hook(set_api_status);
        let sender = Arc::new(LogSender::new(config.show_demo_codes));
        AppState {
            leptos_options,
            db,
            media,
            config: Arc::new(config),
            code_sender: sender.clone(),
            demo_codes: sender,
            overview: Arc::new(PerVersion::new(Duration::from_secs(60))),
        }
    }
}

/// The client's address, for rate limits: the connection's peer, or the
/// first `X-Forwarded-For` entry when a trusted proxy is configured.
pub fn client_address() -> String {
    let Some(parts) = use_context::<http::request::Parts>() else { return "unknown".into() };
    let trust_proxy = use_context::<AppState>().is_some_and(|s| s.config.trust_forwarded_for);
    if trust_proxy {
        if let Some(forwarded) = parts.headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()) {
            if let Some(first) = forwarded.split(',').next().map(str::trim).filter(|s| !s.is_empty()) {
                return first.to_string();
            }
        }
    }
    parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|info| info.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// A value computed from the catalogue at one catalogue version: served
/// as current while the version stays, recomputed after the catalogue
/// changed, but at most once per `ttl` (in between, the last value is
/// served and said not to be current). Callers arriving while it is being
/// recomputed wait for that one computation instead of starting their own.
#[derive(Debug)]
pub struct PerVersion<T> {
    ttl: Duration,
    slot: tokio::sync::Mutex<Option<(i64, Instant, T)>>,
}

impl<T: Clone> PerVersion<T> {
    pub fn new(ttl: Duration) -> Self {
        PerVersion { ttl, slot: tokio::sync::Mutex::new(None) }
    }

    /// The value, and whether it was computed at `version`.
    pub async fn get<F, Fut, E>(&self, version: i64, load: F) -> Result<(T, bool), E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        let mut slot = self.slot.lock().await;
        if let Some((at_version, at, value)) = slot.as_ref() {
            // A request that read the version before the last reload must
            // not take the value back to an older version.
            if *at_version >= version || at.elapsed() < self.ttl {
                return Ok((value.clone(), *at_version == version));
            }
        }
        let value = load().await?;
        *slot = Some((version, Instant::now(), value.clone()));
        Ok((value, true))
    }
}

/// The response header by which a page says it showed something older
/// than the catalogue's version (see [`PerVersion`]): the page cache does
/// not keep such a page, and takes the header off.
pub const PROVISIONAL_HEADER: &str = "x-haat-provisional";

/// Marks the page being rendered as not to be kept.
pub fn provisional() {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(http::HeaderName::from_static(PROVISIONAL_HEADER), http::HeaderValue::from_static("1"));
    }
}

/// The state, from inside a server function or page.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from context: was the route registered through leptos_routes?");
        AppError::Internal
    })
}

/// The database, from inside a server function or page.
pub fn db() -> Result<Db, AppError> {
    app_state().map(|state| state.db)
}

/// Sets the HTTP status of the response to match `result`'s error, for
/// callers of the JSON API (a missing product is a 404, a bad input a 422).
/// Server functions end with `respond(…)`.
pub fn respond<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    if let Err(error) = &result {
        set_api_status(error.status_code());
    }
    result
}

/// Sets the status of an API response. Pages set their own status (the 404
/// page does), and a plain HTML form post must keep the redirect back to its
/// page that Leptos answers it with, so neither is touched here.
pub fn set_api_status(code: u16) {
    let api_call = use_context::<http::request::Parts>().is_some_and(|parts| {
        let accepts_html = parts
            .headers
            .get(http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"));
        parts.uri.path().starts_with("/api/") && !accepts_html
    });
    if api_call {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(http::StatusCode::from_u16(code).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[tokio::test]
    async fn a_value_is_recomputed_after_a_change_at_most_once_per_ttl() {
        let loads = AtomicU32::new(0);
        let cell = PerVersion::new(Duration::from_millis(50));
        let load = || async { Ok::<_, ()>(loads.fetch_add(1, Ordering::SeqCst)) };
        assert_eq!(cell.get(7, load).await, Ok((0, true)));
        assert_eq!(cell.get(7, load).await, Ok((0, true)), "same version: not recomputed");
        assert_eq!(cell.get(8, load).await, Ok((0, false)), "changed, but within the ttl: the last value, not current");
        tokio::time::sleep(Duration::from_millis(60)).await;
        assert_eq!(cell.get(7, load).await, Ok((0, true)), "the version it was computed at is still current");
        assert_eq!(cell.get(8, load).await, Ok((1, true)), "changed and past the ttl: recomputed");
        assert_eq!(
            cell.get(8, || async { Err::<u32, _>("down") }).await,
            Ok((1, true)),
            "a current value is served without loading"
        );
        assert_eq!(cell.get(9, || async { Err::<u32, _>("down") }).await, Ok((1, false)), "within the ttl again");
        tokio::time::sleep(Duration::from_millis(60)).await;
        assert_eq!(cell.get(7, load).await, Ok((1, false)), "an older version never reloads it");
    }
}
