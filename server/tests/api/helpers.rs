use app::db::testing::TestDb;
use app::db::Engine;
use haat_server::config::{Config, DemoData};
use std::path::PathBuf;

/// A running server on its own port, database and data folder (cheap to clone).
#[derive(Clone)]
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub data_dir: PathBuf,
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
    haat_server::telemetry::init();
    let test_db = match engine {
        Engine::Sqlite => TestDb::sqlite().await,
        Engine::Postgres => TestDb::postgres().await,
    };
    let data_dir = std::env::temp_dir().join(format!(
        "haat-app-test-{}-{}",
        std::process::id(),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
    ));
    let config = Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        data_dir: data_dir.clone(),
        database_url: None,
        site_root: Some(data_dir.join("site")),
        demo_data: DemoData::Never,
    };
    let media = app::media::ssr::LocalMediaStore::new(config.media_dir());
    haat_server::demo::seed(&test_db.db, &media).await.expect("load the demo catalogue");
    let state = haat_server::app_state(&config, test_db.db.clone());
    let router = haat_server::http::router(state, config.media_dir());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind a random port");
    let address = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        axum::serve(listener, router.into_make_service()).await.expect("serve");
    });
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    Running { app: TestApp { address, client, data_dir }, test_db, server }
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
