//! The Haat server process: configuration, database, router, demo data.
//! The application itself (pages, server functions, store) lives in `app`.

// The app's view types are deep in release builds (see app/src/lib.rs).
#![recursion_limit = "256"]

pub mod backup;
pub mod chores;
pub mod config;
pub mod demo;
pub mod gateway_sim;
pub mod http;
pub mod listen;
pub mod page_cache;
pub mod telemetry;

use anyhow::Context;
use app::db::Db;
use app::media::ssr::{LocalMediaStore, MediaStore};
use app::state::{AppConfig, AppState};
use config::{Cli, Command, Config, DemoData};
use leptos::config::LeptosOptions;
use std::sync::Arc;

/// Runs the command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = cli.config;
    let command = cli.command.unwrap_or(Command::Serve);
    // A restore must find no database, so it runs before one is opened.
    if let Command::Restore { from } = &command {
        let database = config
            .sqlite_path()
            .context("restore is for SQLite; restore PostgreSQL with pg_restore (see the README)")?;
        let report = backup::restore(from, &config.data_dir, &database).await?;
        tracing::info!(%report, "restored");
        return Ok(());
    }
    if let Command::Backup { to } = &command {
        // Never migrates: the server still running may be an older binary.
        let url = config.database_url();
        let db = Db::connect(&url).await.with_context(|| format!("opening the database {}", app::db::redact(&url)))?;
        let report = backup::backup(&db, &config.media_dir(), to).await?;
        tracing::info!(%report, "backed up");
        return Ok(());
    }
    let db = open_database(&config).await?;
    match command {
        Command::Migrate => Ok(()),
        Command::Backup { .. } => Ok(()),
        Command::Restore { .. } => Ok(()),
        Command::Seed { demo } => {
            anyhow::ensure!(demo, "nothing to seed: pass --demo to load the demo catalogue");
            let media = LocalMediaStore::new(config.media_dir());
            let report = demo::seed(&db, &media).await?;
            tracing::info!(%report, "demo data loaded");
            Ok(())
        }
        Command::Serve => serve(config, db).await,
    }
}

/// Connects and migrates.
pub async fn open_database(config: &Config) -> anyhow::Result<Db> {
    let url = config.database_url();
    if url.starts_with("sqlite:") {
        std::fs::create_dir_all(&config.data_dir)
            .with_context(|| format!("creating the data folder {}", config.data_dir.display()))?;
    }
    let db = Db::connect(&url).await.with_context(|| format!("opening the database {}", app::db::redact(&url)))?;
    db.migrate().await.context("applying database migrations")?;
    // Listings written before the search migration get their search keys
    // (and seeded synonyms their folded words); nothing to do on later starts.
    let indexed = app::search::store::index_what_is_missing(&db).await.context("indexing listings for search")?;
    if indexed > 0 {
        tracing::info!(listings = indexed, "indexed for search");
    }
    tracing::info!(engine = db.engine.name(), url = %app::db::redact(&url), "database ready");
    Ok(db)
}

/// The options Leptos needs, built from our configuration (not from Cargo.toml,
/// which a deployed binary does not have).
pub fn leptos_options(config: &Config) -> LeptosOptions {
    let hash_file_present = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt").is_file()))
        .unwrap_or(false);
    LeptosOptions::builder()
        .output_name("haat")
        .site_root(config.site_root().display().to_string())
        .site_pkg_dir("pkg")
        .site_addr(config.addr)
        .hash_files(hash_file_present)
        .build()
}

/// Builds the shared state: database, media store, options.
pub fn app_state(config: &Config, db: Db) -> AppState {
    let media: Arc<dyn MediaStore> = Arc::new(LocalMediaStore::new(config.media_dir()));
    let app_config = AppConfig {
        secure_cookies: config.https(),
        show_demo_codes: config.demo_show_codes,
        trust_forwarded_for: config.trust_forwarded_for,
        gateway: gateway(config).map(Arc::new),
    };
    AppState::new(leptos_options(config), db, media, app_config)
}

/// The payment gateway in effect: the simulator's, the configured keys', or none.
pub fn gateway(config: &Config) -> Option<app::payments::gateway::Gateway> {
    let client = reqwest::Client::builder().timeout(std::time::Duration::from_secs(20)).build().ok()?;
    let site = config.site();
    if config.gateway_simulator {
        return Some(app::payments::gateway::Gateway {
            key_id: gateway_sim::KEY_ID.into(),
            key_secret: gateway_sim::KEY_SECRET.into(),
            webhook_secret: gateway_sim::WEBHOOK_SECRET.into(),
            api_url: match config.gateway_simulator_addr {
                Some(addr) => format!("http://{addr}{}", gateway_sim::MOUNT),
                None => format!("{site}{}", gateway_sim::MOUNT),
            },
            site,
            client,
        });
    }
    match (&config.gateway_key_id, &config.gateway_key_secret, &config.gateway_webhook_secret) {
        (Some(key_id), Some(key_secret), Some(webhook_secret)) => Some(app::payments::gateway::Gateway {
            key_id: key_id.clone(),
            key_secret: key_secret.clone(),
            webhook_secret: webhook_secret.clone(),
            api_url: config.gateway_url.clone(),
            site,
            client,
        }),
        (None, None, None) => None,
        _ => {
            tracing::warn!("payment gateway half configured (key id, key secret and webhook secret are all needed): online payment is off");
            None
        }
    }
}

/// The whole router: the app, and the gateway simulator when asked for
/// and not served on its own address (see [`simulator_router`]).
pub fn router(config: &Config, state: AppState) -> axum::Router {
    let pages =
        if config.no_page_cache { page_cache::PageCache::off() } else { page_cache::PageCache::new(state.db.clone()) };
    let router = http::router(state, config.media_dir(), config.public_origin(), pages);
    match (config.gateway_simulator, config.gateway_simulator_addr) {
        (true, None) => {
            tracing::warn!("the gateway simulator is on: online payments are pretend (never do this in production)");
            router.nest(gateway_sim::MOUNT, gateway_sim::Simulator::new(&config.site(), &config.site_root()).routes())
        }
        _ => router,
    }
}

/// The gateway simulator on its own, for `--gateway-simulator-addr`.
pub fn simulator_router(config: &Config) -> axum::Router {
    axum::Router::new()
        .nest(gateway_sim::MOUNT, gateway_sim::Simulator::new(&config.site(), &config.site_root()).routes())
}

async fn serve(config: Config, db: Db) -> anyhow::Result<()> {
    let media = LocalMediaStore::new(config.media_dir());
    let load_demo = match config.demo_data {
        DemoData::Never => false,
        DemoData::Always => true,
        DemoData::Auto => db.engine == app::db::Engine::Sqlite,
    };
    if load_demo && demo::is_empty(&db).await? {
        tracing::info!("empty database: loading the demo catalogue");
        let report = demo::seed(&db, &media).await?;
        tracing::info!(%report, "demo data loaded");
    }
    let state = app_state(&config, db);
    let site_root = state.leptos_options.site_root.to_string();
    if !std::path::Path::new(&site_root).join("pkg").is_dir() {
        tracing::warn!(%site_root, "no built site here: pages will render without styles or scripts (build with `cargo leptos build`, or pass --site-root)");
    }
    if config.demo_show_codes {
        tracing::warn!("demo mode: sign-in codes are shown on the page (never do this in production)");
    }
    chores::spawn(state.db.clone());
    let mailer: Option<std::sync::Arc<dyn app::orders::mail::Mailer>> = match &config.smtp_url {
        Some(url) => Some(std::sync::Arc::new(
            app::orders::mail::SmtpMailer::new(url, &config.mail_from)
                .map_err(|e| anyhow::anyhow!("--smtp-url: {e}"))?,
        )),
        None => None,
    };
    let site = config.public_url.clone().unwrap_or_else(|| format!("http://{}", config.addr));
    chores::spawn_order_worker(
        state.db.clone(),
        mailer,
        site,
        std::time::Duration::from_secs(config.worker_every_secs.max(1)),
    );
    let router = router(&config, state);
    if let (true, Some(addr)) = (config.gateway_simulator, config.gateway_simulator_addr) {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("listening on {addr} (the gateway simulator)"))?;
        tracing::warn!(
            "the gateway simulator is on at http://{addr}: online payments are pretend (never do this in production)"
        );
        let simulator = simulator_router(&config);
        tokio::spawn(async move {
            if let Err(error) = axum::serve(listener, simulator).await {
                tracing::error!(%error, "the gateway simulator stopped");
            }
        });
    }
    let listener =
        tokio::net::TcpListener::bind(config.addr).await.with_context(|| format!("listening on {}", config.addr))?;
    tracing::info!("Haat is serving on http://{}", listener.local_addr()?);
    let limits = listen::Limits {
        header_read: std::time::Duration::from_secs(config.header_timeout_secs.max(1)),
        ..listen::Limits::default()
    };
    listen::serve(listener, router, limits, shutdown_signal()).await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
