//! The router and its middleware: pages and server functions from Leptos,
//! media and static files with cache headers, compression, security headers.

use app::app::{shell, App};
use app::state::AppState;
use axum::body::Body;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use http::header::{self, HeaderValue};
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::path::PathBuf;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::trace::TraceLayer;

/// A year: for files whose names change when their content does.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// A day: for the few public files with fixed names (icon, manifest, fonts).
const ONE_DAY: &str = "public, max-age=86400";

pub fn router(state: AppState, media_dir: PathBuf) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .nest_service("/media", ServeDir::new(media_dir))
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(middleware::from_fn(response_headers))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Cache and security headers, decided by path and content type.
async fn response_headers(request: Request, next: Next) -> Response<Body> {
    let path = request.uri().path().to_string();
    let mut response = next.run(request).await;
    let status = response.status();
    let headers = response.headers_mut();
    let is_html =
        headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));

    if status.is_success() || status == http::StatusCode::NOT_MODIFIED {
        let cache = if path.starts_with("/pkg/") || path.starts_with("/media/") {
            Some(IMMUTABLE)
        } else if is_html || path.starts_with("/api/") {
            // Pages depend on the language cookie and on live stock.
            Some("no-cache")
        } else if path != "/healthz" {
            Some(ONE_DAY)
        } else {
            None
        };
        if let Some(cache) = cache {
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
        }
    }
    if is_html {
        headers.insert(header::VARY, HeaderValue::from_static("Cookie, Accept-Encoding"));
    }
    if path.starts_with("/media/") {
        // Media is only ever shown as an image; never let it run as a document.
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; sandbox"),
        );
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}
