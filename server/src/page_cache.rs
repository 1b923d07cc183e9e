//! Storefront pages rendered once per catalogue version, not once per visit.
//!
//! A visitor without a session or a cart sees the same home, category,
//! product or group page as every other such visitor in her language, so
//! the rendered HTML is kept per process and served again until the
//! catalogue changes. It cannot go stale: the key holds the catalogue's
//! version (`catalogue_version`, bumped by database triggers in the same
//! transaction as any change to a listing, price, photo, stock, category,
//! group, place or order), read before the page would be rendered, so the
//! request after a change, in any process, renders afresh.
//!
//! The answer is kept as sent, compressed and with its headers, once per
//! `Accept-Encoding` a browser sends: a kept page costs no rendering and no
//! compression. Its Content-Security-Policy nonce is kept with it. That is
//! safe here because everything in a kept page was fixed when it was
//! rendered, before anyone could read its nonce: a script slipped into the
//! catalogue or the address cannot carry the nonce of the page it ends up
//! in (a new address is a new page with a new nonce; a catalogue change
//! renders afresh with a new one).
//!
//! Search is not kept, on its page or as `?q=` on a listing (it reads
//! synonyms, which officials change without touching the catalogue, and
//! counts the searches that find nothing); nor is
//! an answer to a signed-in person or a cart's owner, an error, or one that
//! sets a cookie.

use app::db::Db;
use app::i18n::Lang;
use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::header::{self, HeaderMap, HeaderValue};
use std::sync::{Arc, Mutex};
use tokio::sync::watch;

/// What the kept pages may weigh together: a category or product page is
/// 30–60 KB of HTML, so a few hundred to a thousand pages.
const CAPACITY_BYTES: u64 = 32 * 1024 * 1024;

/// Set on an answer served from a kept page.
const HIT_HEADER: &str = "x-page-cache";

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    version: i64,
    lang: Lang,
    /// The path with its query (a category's sort, filters and page).
    target: String,
    /// The request's `Accept-Encoding`, as sent: the same header gets the
    /// same encoding from the compression layer.
    encodings: String,
}

struct Page {
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Clone)]
struct ByLength;

impl quick_cache::Weighter<Key, Arc<Page>> for ByLength {
    fn weight(&self, key: &Key, page: &Arc<Page>) -> u64 {
        (key.target.len() + key.encodings.len() + page.body.len()) as u64
    }
}

/// The pages kept by this process (none when turned off).
#[derive(Clone)]
pub struct PageCache {
    kept: Option<Kept>,
}

#[derive(Clone)]
struct Kept {
    pages: Arc<quick_cache::sync::Cache<Key, Arc<Page>, ByLength>>,
    versions: Arc<VersionReads>,
}

impl PageCache {
    /// Pages kept under the catalogue version read from `db`.
    pub fn new(db: Db) -> Self {
        let pages = Arc::new(quick_cache::sync::Cache::with_weighter(1_000, CAPACITY_BYTES, ByLength));
        let versions = Arc::new(VersionReads { db, batches: Mutex::new(Batches::default()) });
        PageCache { kept: Some(Kept { pages, versions }) }
    }

    /// Every page rendered afresh (`--no-page-cache`).
    pub fn off() -> Self {
        PageCache { kept: None }
    }
}

/// Reads of the catalogue version, shared by the requests that arrive
/// together: under load one query answers many requests instead of one
/// each. Still never stale: a request joins the batch whose read has not
/// started yet, so the version it gets was read after it arrived.
struct VersionReads {
    db: Db,
    batches: Mutex<Batches>,
}

#[derive(Default)]
struct Batches {
    /// A read is running (its task takes the next batch when it is done).
    reading: bool,
    /// The requests waiting for the next read to start.
    next: Option<watch::Sender<Option<Result<i64, ()>>>>,
}

impl VersionReads {
    async fn version(self: &Arc<Self>) -> Result<i64, ()> {
        let (mut answer, start) = {
            let mut batches = self.batches.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            let answer = batches.next.get_or_insert_with(|| watch::channel(None).0).subscribe();
            let start = !batches.reading;
            batches.reading = true;
            (answer, start)
        };
        if start {
            // In a task of its own: a visitor who goes away must not leave
            // the others waiting on a read that was dropped with her request.
            tokio::spawn(self.clone().read_batches());
        }
        let version = match answer.wait_for(Option::is_some).await {
            Ok(version) => (*version).unwrap_or(Err(())),
            Err(_) => Err(()),
        };
        version
    }

    async fn read_batches(self: Arc<Self>) {
        let mut reading = Reading { reads: &self, done: false };
        loop {
            let batch = {
                let mut batches = self.batches.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                match batches.next.take() {
                    Some(batch) => batch,
                    None => {
                        batches.reading = false;
                        reading.done = true;
                        return;
                    }
                }
            };
            let version = app::catalog::store::catalogue_version(&self.db).await.map_err(|error| {
                tracing::warn!(%error, "could not read the catalogue version");
            });
            batch.send_replace(Some(version));
        }
    }
}

/// Ends a read task that stops without saying so (a panic, the runtime
/// shutting down): its waiting requests get no version, so they render
/// afresh, and the next request starts a new task.
struct Reading<'a> {
    reads: &'a VersionReads,
    done: bool,
}

impl Drop for Reading<'_> {
    fn drop(&mut self) {
        if !self.done {
            let mut batches = self.reads.batches.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            batches.reading = false;
            batches.next = None;
        }
    }
}

/// The storefront pages that look the same to every visitor without a
/// session: home, all products, a category, a product, a group.
pub fn is_storefront(path: &str) -> bool {
    path == "/"
        || path == "/products"
        || ["/c/", "/p/", "/g/"].iter().any(|prefix| path.strip_prefix(prefix).is_some_and(|rest| !rest.is_empty()))
}

/// Whether a request carries a session or cart cookie: what it gets back may
/// be someone's own (her orders, her invoice, her cart).
pub fn is_personal(request: &Request) -> bool {
    use app::accounts::session::ssr as session;
    let names = [
        session::cookie_name(true),
        session::cookie_name(false),
        app::cart::api::cookie_name(true),
        app::cart::api::cookie_name(false),
    ];
    request.headers().get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).any(|cookies| {
        cookies
            .split(';')
            .filter_map(|c| c.trim().split_once('='))
            .any(|(name, value)| !value.is_empty() && names.contains(&name))
    })
}

/// Whether the address asks a listing page to search (`?q=…`): search
/// reads synonyms that change without the catalogue, and counts the
/// searches that find nothing.
fn searches(query: Option<&str>) -> bool {
    query.unwrap_or_default().split('&').any(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        name == "q" && !value.is_empty()
    })
}

/// The middleware: answers from the kept page when it may, else renders
/// and keeps what may be kept.
pub async fn serve(cache: PageCache, request: Request, next: Next) -> Response<Body> {
    let Some(Kept { pages, versions }) = cache.kept else { return render(request, next).await.0 };
    if request.method() != http::Method::GET
        || !is_storefront(request.uri().path())
        || searches(request.uri().query())
        || is_personal(&request)
    {
        return render(request, next).await.0;
    }
    let Ok(version) = versions.version().await else {
        // Render as if there were no cache; the page reports its own errors.
        return render(request, next).await.0;
    };
    let lang = app::i18n::lang_of(request.headers());
    let target = request.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/").to_string();
    // Every line, as the compression layer reads them all: keyed on the
    // first alone, `gzip` then `br` would keep brotli bytes under "gzip".
    let encodings = request
        .headers()
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .map(|v| v.to_str().unwrap_or("?"))
        .collect::<Vec<_>>()
        .join(", ");
    let key = Key { version, lang, target, encodings };
    if let Some(page) = pages.get(&key) {
        return answer(&page);
    }
    let (response, provisional) = render(request, next).await;
    if provisional || !may_keep(&response) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(error) => {
            tracing::warn!(%error, "could not read a rendered page");
            let mut response = Response::new(Body::empty());
            *response.status_mut() = http::StatusCode::INTERNAL_SERVER_ERROR;
            return response;
        }
    };
    pages.insert(key, Arc::new(Page { headers: parts.headers.clone(), body: body.clone() }));
    Response::from_parts(parts, Body::from(body))
}

/// The answer from inside, and whether the page said it showed something
/// older than the catalogue (its header is taken off).
async fn render(request: Request, next: Next) -> (Response<Body>, bool) {
    let mut response = next.run(request).await;
    let provisional = response.headers_mut().remove(app::state::PROVISIONAL_HEADER).is_some();
    (response, provisional)
}

/// A page that looks the same to the next visitor: a 200 with HTML and no
/// cookie set.
fn may_keep(response: &Response<Body>) -> bool {
    let headers = response.headers();
    response.status() == http::StatusCode::OK
        && !headers.contains_key(header::SET_COOKIE)
        && headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"))
}

/// The kept page, marked as such.
fn answer(page: &Page) -> Response<Body> {
    let mut response = Response::new(Body::from(page.body.clone()));
    *response.headers_mut() = page.headers.clone();
    // Says the page was kept (for the benchmark and the tests); nothing in
    // it is personal.
    response.headers_mut().insert(HIT_HEADER, HeaderValue::from_static("hit"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_storefront_pages_are_kept() {
        for path in ["/", "/products", "/c/pickles", "/p/mango-pickle-khorpa", "/g/ekta-shg-tighra"] {
            assert!(is_storefront(path), "{path}");
        }
        for path in ["/search", "/cart", "/c/", "/orders", "/sell/12", "/api/cart", "/pkg/haat.css", "/review"] {
            assert!(!is_storefront(path), "{path}");
        }
    }

    #[test]
    fn a_listing_that_searches_is_not_kept() {
        assert!(searches(Some("q=achar")));
        assert!(searches(Some("sort=price_asc&q=haldi&page=2")));
        assert!(!searches(Some("q=")));
        assert!(!searches(Some("sort=price_asc&page=2")));
        assert!(!searches(Some("qq=x")));
        assert!(!searches(None));
    }

    #[tokio::test]
    async fn a_version_read_together_is_read_after_each_request_arrived() {
        for test_db in [app::db::testing::TestDb::sqlite().await, app::db::testing::TestDb::postgres().await] {
            let reads = Arc::new(VersionReads { db: test_db.db.clone(), batches: Mutex::new(Batches::default()) });
            let first = reads.version().await.unwrap();
            let together: Vec<_> = (0..50)
                .map(|_| {
                    tokio::spawn({
                        let reads = reads.clone();
                        async move { reads.version().await }
                    })
                })
                .collect();
            for read in together {
                assert_eq!(read.await.unwrap(), Ok(first));
            }
            sqlx::query("UPDATE catalogue_version SET version = version + 1").execute(&test_db.db.pool).await.unwrap();
            let after = reads.version().await.unwrap();
            assert!(after > first, "a change committed before the request is seen: {first} → {after}");
            test_db.remove().await;
        }
    }
}
