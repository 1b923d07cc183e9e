//! The router and its middleware: pages and server functions from Leptos,
//! media and static files with cache headers, compression, security headers.

use crate::page_cache::{is_personal, PageCache};
use app::app::{shell, App};
use app::state::AppState;
use axum::body::Body;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use http::header::{self, HeaderValue};
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::path::PathBuf;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::services::ServeDir;
use tower_http::trace::TraceLayer;

/// A year: for files whose names change when their content does.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// A day: for the few public files with fixed names (icon, manifest, fonts).
const ONE_DAY: &str = "public, max-age=86400";
/// For anything answering a person's own request.
const PRIVATE: &str = "private, no-store";

/// `public_origin`: when set, state-changing requests must come from it.
pub fn router(state: AppState, media_dir: PathBuf, public_origin: Option<String>, pages: PageCache) -> Router {
    let routes = generate_route_list(App);
    let https = public_origin.as_deref().is_some_and(|o| o.starts_with("https://"));
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/sell/listings.csv", get(listings_csv))
        .route("/trade.csv", get(trade_csv))
        .route("/monitor/waiting.csv", get(waiting_csv))
        .route("/monitor/waiting.xlsx", get(waiting_csv))
        .route("/monitor/sales.csv", get(sales_csv))
        .route("/monitor/sales.xlsx", get(sales_csv))
        .route("/monitor/quality.csv", get(quality_csv))
        .route("/monitor/quality.xlsx", get(quality_csv))
        .route("/monitor/flow.csv", get(flow_csv))
        .route("/monitor/flow.xlsx", get(flow_csv))
        .route("/orders/{number}/invoice.pdf", get(invoice_pdf))
        .route("/orders/{number}/proforma.pdf", get(proforma_pdf))
        .route(app::payments::gateway::WEBHOOK_PATH, post(gateway_webhook))
        .route(app::payments::gateway::CALLBACK_PATH, post(gateway_callback))
        .nest_service("/media", ServeDir::new(media_dir))
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(middleware::from_fn(screen_input))
        .layer(middleware::from_fn(move |request, next| same_origin_only(public_origin.clone(), request, next)))
        .layer(middleware::from_fn(move |request, next| response_headers(https, request, next)))
        // Brotli at quality 4 (tower-http's default is 11, the slowest):
        // a page in about a millisecond, still smaller than gzip's best.
        // Files under /pkg are precompressed at build time and served as is.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
        // Outside compression and the headers: a kept storefront page is
        // sent as it was first sent, compressed, with its headers.
        .layer(middleware::from_fn(move |request, next| crate::page_cache::serve(pages.clone(), request, next)))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// The seller's listings as CSV (access is checked inside, as in a server function).
async fn listings_csv(axum::extract::State(state): axum::extract::State<AppState>, request: Request) -> Response<Body> {
    let (parts, _) = request.into_parts();
    app::listings::api::export_csv(state, parts).await
}

/// The trader's table as CSV (access is checked inside).
async fn trade_csv(axum::extract::State(state): axum::extract::State<AppState>, request: Request) -> Response<Body> {
    let (parts, _) = request.into_parts();
    app::trade::api::export_csv(state, parts).await
}

/// What waits in an official's area, as CSV or XLSX (access is checked inside).
async fn waiting_csv(axum::extract::State(state): axum::extract::State<AppState>, request: Request) -> Response<Body> {
    let (parts, _) = request.into_parts();
    app::monitoring::api::export_csv(state, parts).await
}

/// Sales by place and channel, as CSV or XLSX (access is checked inside).
async fn sales_csv(axum::extract::State(state): axum::extract::State<AppState>, request: Request) -> Response<Body> {
    let (parts, _) = request.into_parts();
    app::monitoring::api::export_sales_csv(state, parts).await
}

/// The listings' quality tables, as CSV or XLSX (access is checked inside).
async fn quality_csv(axum::extract::State(state): axum::extract::State<AppState>, request: Request) -> Response<Body> {
    let (parts, _) = request.into_parts();
    app::monitoring::quality_api::export_quality_csv(state, parts).await
}

/// How far a period's orders came, as CSV or XLSX (access is checked inside).
async fn flow_csv(axum::extract::State(state): axum::extract::State<AppState>, request: Request) -> Response<Body> {
    let (parts, _) = request.into_parts();
    app::monitoring::flow_api::export_flow_csv(state, parts).await
}

/// An order's invoice as a PDF (access is checked inside).
async fn invoice_pdf(
    axum::extract::State(state): axum::extract::State<AppState>,
    axum::extract::Path(number): axum::extract::Path<String>,
    request: Request,
) -> Response<Body> {
    let (parts, _) = request.into_parts();
    app::payments::api::invoice_pdf(state, parts, number, false).await
}

/// An order's proforma invoice as a PDF (access is checked inside).
async fn proforma_pdf(
    axum::extract::State(state): axum::extract::State<AppState>,
    axum::extract::Path(number): axum::extract::Path<String>,
    request: Request,
) -> Response<Body> {
    let (parts, _) = request.into_parts();
    app::payments::api::invoice_pdf(state, parts, number, true).await
}

/// The gateway's webhook: trusted only with a valid signature over the raw body.
async fn gateway_webhook(
    axum::extract::State(state): axum::extract::State<AppState>,
    headers: http::HeaderMap,
    body: axum::body::Bytes,
) -> Response<Body> {
    let Some(gateway) = state.config.gateway.clone() else {
        return plain(http::StatusCode::NOT_FOUND, "no payment gateway here\n");
    };
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let (status, _) = app::payments::gateway::receive_webhook(
        &state.db,
        &gateway,
        header("x-razorpay-signature"),
        header("x-razorpay-event-id"),
        &body,
    )
    .await;
    let status = http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    plain(status, if status.is_success() { "ok\n" } else { "refused\n" })
}

/// Where the gateway's checkout sends the buyer back: to her order.
async fn gateway_callback(
    axum::extract::State(state): axum::extract::State<AppState>,
    form: Result<axum::extract::Form<app::payments::gateway::Callback>, axum::extract::rejection::FormRejection>,
) -> Response<Body> {
    let Some(gateway) = state.config.gateway.clone() else {
        return plain(http::StatusCode::NOT_FOUND, "no payment gateway here\n");
    };
    let callback = form.map(|f| f.0).unwrap_or_default();
    let to = app::payments::gateway::receive_callback(&state.db, &gateway, &callback).await;
    let mut response = Response::new(Body::empty());
    *response.status_mut() = http::StatusCode::SEE_OTHER;
    if let Ok(location) = HeaderValue::from_str(&to) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

fn plain(status: http::StatusCode, text: &'static str) -> Response<Body> {
    let mut response = Response::new(Body::from(text));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response
}

/// Every page path the app routes (`/orders/{number}` …), for tests that
/// visit them all.
pub fn page_paths() -> Vec<String> {
    generate_route_list(App).into_iter().map(|route| route.path().to_string()).collect()
}

/// Cache and security headers, decided by path, content type and whether
/// the request is someone's own.
async fn response_headers(https: bool, request: Request, next: Next) -> Response<Body> {
    let path = request.uri().path().to_string();
    let is_static = path.starts_with("/pkg/") || path.starts_with("/media/");
    let cookie = is_personal(&request);
    let mut response = next.run(request).await;
    let status = response.status();
    let headers = response.headers_mut();
    let is_html =
        headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    // What may be someone's own: pages, server functions, the downloads
    // (whose handlers set their own Cache-Control), and any answer that is
    // not a file (a redirect after signing in, a refusal). Fonts, icons and
    // the bundle are the same for everyone, cookie or not.
    let personal = cookie
        && !is_static
        && (is_html
            || path.starts_with("/api/")
            || headers.contains_key(header::CACHE_CONTROL)
            || !status.is_success());

    if personal {
        // Whatever answers a signed-in person (or a cart's owner) is hers
        // alone: no shared cache may keep it, and no browser cache either
        // (a shared phone, the back button after signing out).
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(PRIVATE));
    } else if headers.contains_key(header::CACHE_CONTROL) {
        // The handler knows best (an invoice is `private, no-store` even
        // when fetched without cookies by a download manager).
    } else if status.is_success() || status == http::StatusCode::NOT_MODIFIED {
        let cache = if is_static {
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
    if https {
        // Only ever over https: a browser that has seen Haat once will not
        // be talked down to plain http.
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    response
}

/// The largest body of any form that is not a file upload (uploads stream
/// under their own limits): a listing form is a few kilobytes.
const FORM_BODY_LIMIT: usize = 2 * 1024 * 1024;
/// The longest file name a media key can have (and most file systems allow).
const MEDIA_NAME_LIMIT: usize = 255;

/// The two forms that send files: they stream their parts under their own
/// limits (photos 20 MB each, a CSV 2 MB) and read only ids as text.
fn streams_files(path: &str) -> bool {
    use leptos::server_fn::ServerFn;
    path == app::listings::api::UploadPhotos::PATH || path == app::listings::api::ImportListings::PATH
}

/// Turns away input that no page or server function can use, with the same
/// bilingual answer as every other error, before it can reach the database
/// or the file system as a 500: a NUL in the address or in a form (PostgreSQL
/// cannot store it), a body past [`FORM_BODY_LIMIT`] (except the two file
/// forms), a media name no file can have. The gateway's reports are left to
/// their own handler, which checks their signature over the raw body.
async fn screen_input(request: Request, next: Next) -> Response<Body> {
    let uri = request.uri();
    if uri.path().starts_with("/payments/gateway/") {
        return next.run(request).await;
    }
    let query = uri.query().unwrap_or_default();
    let has_nul = |text: &str| text.contains('\0') || text.to_ascii_lowercase().contains("%00");
    if has_nul(uri.path()) || has_nul(query) {
        return refusal(&request, app::error::AppError::Request);
    }
    if let Some(name) = uri.path().strip_prefix("/media/") {
        if name.split('/').any(|part| part.len() > MEDIA_NAME_LIMIT) {
            return refusal(&request, app::error::AppError::NotFound);
        }
    }
    if matches!(*request.method(), http::Method::GET | http::Method::HEAD | http::Method::OPTIONS) {
        return next.run(request).await;
    }
    if streams_files(uri.path()) {
        // The multipart reader expects a multipart body with its boundary;
        // anything else is refused here rather than reaching it.
        let content_type = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_ascii_lowercase();
        if !content_type.starts_with("multipart/form-data") || !content_type.contains("boundary=") {
            return refusal(&request, app::error::AppError::Request);
        }
        return next.run(request).await;
    }
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|length| length > FORM_BODY_LIMIT) {
        return refusal(&request, app::error::AppError::TooLarge);
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, FORM_BODY_LIMIT).await else {
        // Past the limit without saying so up front (chunked), or cut off.
        return refusal(&Request::from_parts(parts, Body::empty()), app::error::AppError::TooLarge);
    };
    // A NUL as itself, percent-encoded in a form, or escaped in JSON.
    let nul = bytes.contains(&0)
        || bytes.windows(3).any(|w| w.eq_ignore_ascii_case(b"%00"))
        || bytes.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000"));
    // Every form is text: bytes that are not UTF-8 are not one of ours.
    if nul || std::str::from_utf8(&bytes).is_err() {
        return refusal(&Request::from_parts(parts, Body::empty()), app::error::AppError::Request);
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

/// Answers `error` as the app would: JSON for a server-function call, a
/// short bilingual page for a browser.
fn refusal(request: &Request, error: app::error::AppError) -> Response<Body> {
    use app::i18n::Lang;
    let status = http::StatusCode::from_u16(error.status_code()).unwrap_or(http::StatusCode::BAD_REQUEST);
    let wants_html =
        request.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"));
    let (body, content_type) = if request.uri().path().starts_with("/api/") && !wants_html {
        (serde_json::to_string(&error).unwrap_or_default(), "application/json")
    } else {
        let page = format!(
            "<!doctype html><html lang=\"hi\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>हाट · Haat</title></head>\
             <body><main><p lang=\"hi\">{}</p><p lang=\"en\">{}</p><p><a href=\"/\">हाट · Haat</a></p></main></body></html>",
            error.message(Lang::Hi),
            error.message(Lang::En)
        );
        (page, "text/html; charset=utf-8")
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// Refuses a state-changing request (anything but GET, HEAD, OPTIONS) that a
/// browser says came from another site: the defence against cross-site
/// request forgery, which also works for plain forms without JavaScript.
/// Browsers send `Sec-Fetch-Site`; older ones send `Origin`, which must
/// match the host asked for (and the public URL, when configured). A request
/// with neither is not from a browser page, so it cannot be forged by one.
async fn same_origin_only(public_origin: Option<String>, request: Request, next: Next) -> Response<Body> {
    use http::Method;
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(request).await;
    }
    // The gateway posts here from its own site (the buyer's browser coming
    // back, and its servers): these are trusted by their signatures instead.
    if request.uri().path().starts_with("/payments/gateway/") {
        return next.run(request).await;
    }
    let headers = request.headers();
    let allowed = match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => site == "same-origin" || site == "none",
        None => match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
            Some(origin) => origin_matches(
                origin,
                headers.get(header::HOST).and_then(|v| v.to_str().ok()),
                public_origin.as_deref(),
            ),
            None => true,
        },
    };
    if allowed {
        next.run(request).await
    } else {
        tracing::warn!(path = %request.uri().path(), "refused a cross-site request");
        let mut response = Response::new(Body::from(
            "यह अनुरोध किसी दूसरी साइट से आया, इसलिए रोक दिया गया।\nThis request came from another site and was refused.\n",
        ));
        *response.status_mut() = http::StatusCode::FORBIDDEN;
        response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
        response
    }
}

/// Whether an `Origin` names the same host (and port) the request was sent to.
fn origin_matches(origin: &str, host: Option<&str>, public_origin: Option<&str>) -> bool {
    if let Some(public) = public_origin {
        return origin.eq_ignore_ascii_case(public);
    }
    let Some(host) = host else { return false };
    origin.split_once("://").is_some_and(|(_, origin_host)| origin_host.eq_ignore_ascii_case(host))
}

#[cfg(test)]
mod tests {
    use super::origin_matches;

    #[test]
    fn an_origin_must_name_the_host_asked_for() {
        assert!(origin_matches("http://127.0.0.1:3000", Some("127.0.0.1:3000"), None));
        assert!(!origin_matches("http://127.0.0.1:3001", Some("127.0.0.1:3000"), None));
        assert!(!origin_matches("https://evil.example", Some("127.0.0.1:3000"), None));
        assert!(!origin_matches("null", Some("127.0.0.1:3000"), None));
        assert!(origin_matches("https://haat.example", Some("10.0.0.5:3000"), Some("https://haat.example")));
        assert!(!origin_matches("http://10.0.0.5:3000", Some("10.0.0.5:3000"), Some("https://haat.example")));
    }
}
