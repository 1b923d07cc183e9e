use app::db::testing::TestDb;
use app::db::{Db, Engine};
use haat_server::config::{Config, DemoData};
use std::path::PathBuf;

/// A running server on its own port, database and data folder (cheap to clone).
#[derive(Clone)]
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub data_dir: PathBuf,
    pub db: Db,
    /// The session cookie's name for this app's transport.
    pub cookie_name: &'static str,
}

/// A response, read whole.
pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.get(name).map(|v| v.to_str().unwrap_or_default().to_string())
    }

    /// Every `Set-Cookie` of the response.
    pub fn set_cookies(&self) -> Vec<String> {
        self.headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap_or_default().to_string()).collect()
    }

    /// The new session token set by this response, if any.
    pub fn session_token(&self, cookie_name: &str) -> Option<String> {
        self.set_cookies().into_iter().find_map(|c| {
            c.strip_prefix(&format!("{cookie_name}="))
                .and_then(|rest| rest.split(';').next())
                .filter(|v| !v.is_empty())
                .map(String::from)
        })
    }
}

/// What to tear down when a test is over.
pub struct Running {
    pub app: TestApp,
    test_db: TestDb,
    server: tokio::task::JoinHandle<()>,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// The `Cookie:` header value for a session token.
    pub fn session_cookie(&self, token: &str) -> String {
        format!("{}={token}", self.cookie_name)
    }

    /// POSTs a form to a server function as the JSON API does (no HTML
    /// redirect), with an optional `Cookie:` header.
    pub async fn call(&self, path: &str, form: &[(&str, &str)], cookie: Option<&str>) -> Answer {
        self.post(path, form, cookie, "application/json").await
    }

    /// POSTs a form as a browser without JavaScript does (accepting HTML, so
    /// Leptos answers with redirects).
    pub async fn submit(&self, path: &str, form: &[(&str, &str)], cookie: Option<&str>) -> Answer {
        self.post(path, form, cookie, "text/html").await
    }

    /// POSTs a multipart form (text fields, then files as `(field, file name, bytes)`),
    /// as a browser without JavaScript does when `accept` is `text/html`.
    pub async fn multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, Vec<u8>)],
        cookie: Option<&str>,
        accept: &str,
    ) -> Answer {
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        for (name, file_name, bytes) in files {
            form = form.part(
                name.to_string(),
                reqwest::multipart::Part::bytes(bytes.clone()).file_name(file_name.to_string()),
            );
        }
        let mut request = self.client.post(self.url(path)).header("Accept", accept).multipart(form);
        if let Some(cookie) = cookie {
            request = request.header("Cookie", cookie);
        }
        let response = request.send().await.expect("request");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        Answer { status, headers, body: response.text().await.unwrap_or_default() }
    }

    async fn post(&self, path: &str, form: &[(&str, &str)], cookie: Option<&str>, accept: &str) -> Answer {
        let mut request = self.client.post(self.url(path)).header("Accept", accept).form(form);
        if let Some(cookie) = cookie {
            request = request.header("Cookie", cookie);
        }
        let response = request.send().await.expect("request");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        Answer { status, headers, body: response.text().await.unwrap_or_default() }
    }

    /// GET with a `Cookie:` header.
    pub async fn get_as(&self, path: &str, cookie: &str) -> (u16, String) {
        let response = self.client.get(self.url(path)).header("Cookie", cookie).send().await.expect("request");
        let status = response.status().as_u16();
        (status, response.text().await.expect("body").replace("<!>", ""))
    }

    /// A signed-in session for the demo login with this phone (officials get
    /// their second factor marked done); returns the `Cookie:` value.
    pub async fn session_for(&self, phone: &str) -> String {
        use app::accounts::session::ssr as session;
        let user = app::accounts::store::user_by_phone(&self.db, phone).await.unwrap().expect("demo login");
        let (token, _) = session::create(&self.db, user.id, user.role()).await.unwrap();
        if user.role().needs_second_factor() {
            session::mark_second_factor(&self.db, &session::token_hash(&token)).await.unwrap();
        }
        self.session_cookie(&token)
    }

    /// GET with an optional language cookie; returns status and body.
    pub async fn get(&self, path: &str, lang: Option<&str>) -> (u16, String) {
        let mut request = self.client.get(self.url(path));
        if let Some(lang) = lang {
            request = request.header("Cookie", format!("haat_lang={lang}"));
        }
        let response = request.send().await.expect("request");
        let status = response.status().as_u16();
        // Leptos separates adjacent text nodes with `<!>` markers; a reader does not see them.
        (status, response.text().await.expect("body").replace("<!>", ""))
    }
}

impl Running {
    /// Stops the server and deletes its database and files.
    pub async fn stop(self) {
        self.server.abort();
        let _ = self.server.await;
        self.test_db.remove().await;
        let _ = std::fs::remove_dir_all(&self.app.data_dir);
    }
}

/// Spawns the app on `engine` with the demo catalogue loaded.
pub async fn spawn_app(engine: Engine) -> Running {
    spawn_app_with(engine, None).await
}

/// Spawns the app, optionally with a public URL (`https://…` turns on secure cookies).
pub async fn spawn_app_with(engine: Engine, public_url: Option<&str>) -> Running {
    haat_server::telemetry::init();
    let test_db = match engine {
        Engine::Sqlite => TestDb::sqlite().await,
        Engine::Postgres => TestDb::postgres().await,
    };
    // Tests start in parallel: a counter, not the clock, keeps folders apart
    // (two apps sharing one folder deleted each other's media when stopped).
    static APPS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let data_dir = std::env::temp_dir().join(format!(
        "haat-app-test-{}-{}-{}",
        std::process::id(),
        APPS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
    ));
    // Bound first: the gateway simulator and its webhooks need the address.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind a random port");
    let bound = listener.local_addr().unwrap();
    let address = format!("http://{bound}");
    let config = Config {
        addr: bound,
        data_dir: data_dir.clone(),
        database_url: None,
        site_root: Some(data_dir.join("site")),
        demo_data: DemoData::Never,
        public_url: public_url.map(String::from),
        demo_show_codes: true,
        trust_forwarded_for: false,
        smtp_url: None,
        mail_from: "Haat <orders@haat.local>".into(),
        gateway_key_id: None,
        gateway_key_secret: None,
        gateway_webhook_secret: None,
        gateway_url: String::new(),
        gateway_simulator: true,
        gateway_simulator_addr: None,
        header_timeout_secs: 30,
        worker_every_secs: 60,
        no_page_cache: false,
    };
    let media = app::media::ssr::LocalMediaStore::new(config.media_dir());
    haat_server::demo::seed(&test_db.db, &media).await.expect("load the demo catalogue");
    // As `haat` does at start (open_database): fold the seeded synonyms.
    app::search::store::index_what_is_missing(&test_db.db).await.expect("index for search");
    let state = haat_server::app_state(&config, test_db.db.clone());
    let router = haat_server::router(&config, state);
    // Served as `haat` serves: the same connection loop and limits.
    let limits = haat_server::listen::Limits {
        header_read: std::time::Duration::from_secs(config.header_timeout_secs),
        ..Default::default()
    };
    let server = tokio::spawn(haat_server::listen::serve_forever(listener, router, limits));
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let cookie_name = app::accounts::session::ssr::cookie_name(config.https());
    Running { app: TestApp { address, client, data_dir, db: test_db.db.clone(), cookie_name }, test_db, server }
}

/// Runs `test` against a fresh app on each engine.
pub async fn on_each_engine<F, Fut>(test: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for engine in [Engine::Sqlite, Engine::Postgres] {
        let running = spawn_app(engine).await;
        eprintln!("-- app on {}", engine.name());
        test(running.app.clone()).await;
        running.stop().await;
    }
}

/// A real JPEG of `width` × `height` (a gradient), for upload tests.
/// The one number a query gives (an id, a count).
pub async fn id_of(app: &TestApp, sql: &'static str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql).fetch_one(&app.db.pool).await.unwrap()
}

/// A demo listing's id by its slug.
pub async fn product_id(app: &TestApp, slug: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM products WHERE slug = $1").bind(slug).fetch_one(&app.db.pool).await.unwrap()
}

/// Adds Sunita's Raipur address (Chhattisgarh, 492001) to account `user_id`; returns its id.
pub async fn raipur_address(app: &TestApp, user_id: i64) -> i64 {
    let state_id = id_of(app, "SELECT id FROM states WHERE slug = 'chhattisgarh'").await;
    let address = app::accounts::addresses::NewAddress {
        name: "Sunita Verma".into(),
        phone: "9000000001".into(),
        line1: "House 4, Station Road".into(),
        line2: String::new(),
        city: "Raipur".into(),
        district: "Raipur".into(),
        state_id,
        pincode: app::groups::phone::Pincode::parse("492001").unwrap(),
    };
    app::accounts::addresses::add_address(&app.db, user_id, &address).await.unwrap()
}

/// The checkout form as the page gives it for these choices (address; for
/// each group its delivery and payment): the page's key and the total it
/// shows, ready to post to `PlaceOrder`, as a browser's "see the total"
/// then "place the order" would.
pub async fn checkout_form(
    app: &TestApp,
    session: &str,
    address_id: &str,
    choices: &[(i64, &str, &str)],
) -> Vec<(String, String)> {
    let mut form = vec![("address_id".to_string(), address_id.to_string())];
    for (group, delivery, payment) in choices {
        form.push((format!("delivery[{group}]"), delivery.to_string()));
        form.push((format!("payment[{group}]"), payment.to_string()));
    }
    let query: Vec<String> =
        form.iter().map(|(k, v)| format!("{}={v}", k.replace('[', "%5B").replace(']', "%5D"))).collect();
    let (status, page) = app.get_as(&format!("/checkout?{}", query.join("&")), session).await;
    assert_eq!(status, 200, "{page}");
    form.push(("key".into(), field(&page, "key").expect("the checkout's key")));
    form.push(("total".into(), field(&page, "total").expect("the checkout's total")));
    form
}

/// The value of the form field `name` in a page (a form's key, its total).
pub fn field(page: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    page.split(marker.as_str()).nth(1).and_then(|rest| rest.split('"').next()).map(str::to_string)
}

/// A form as pairs of borrowed strings, for `call` and `submit`.
pub fn pairs(form: &[(String, String)]) -> Vec<(&str, &str)> {
    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let picture =
        image::ImageBuffer::from_fn(width, height, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90u8]));
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(picture)
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85))
        .unwrap();
    out
}
