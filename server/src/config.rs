//! Configuration: flags, each with an environment variable, and sane
//! defaults so that `haat` alone runs the storefront on SQLite.

use clap::{Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

#[derive(Debug, Parser)]
#[command(name = "haat", version, about = "Haat — the marketplace of women's Self-Help Groups")]
pub struct Cli {
    #[command(flatten)]
    pub config: Config,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the storefront (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Load data into the database and exit.
    Seed {
        /// Load the demo catalogue: groups in four states, their products and photos.
        #[arg(long)]
        demo: bool,
    },
    /// Back up the SQLite database (a consistent copy, while Haat serves)
    /// and the media into a new folder. With PostgreSQL, copies the media;
    /// dump the database with pg_dump (see the README).
    Backup {
        /// The folder to write (new, or empty).
        to: PathBuf,
    },
    /// Restore a backup made by `haat backup` into the data folder, whose
    /// database must not exist yet.
    Restore {
        /// The backup's folder.
        from: PathBuf,
    },
}

#[derive(Clone, Debug, Parser)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "HAAT_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// Folder for the SQLite database and uploaded media.
    #[arg(long, env = "HAAT_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,

    /// Database URL: `postgres://…` for PostgreSQL; by default SQLite at <data-dir>/haat.db.
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,

    /// Folder with the built site (`pkg/` and public assets). By default the
    /// `site` folder beside the binary's build folder, as cargo-leptos lays it out.
    #[arg(long, env = "HAAT_SITE_ROOT")]
    pub site_root: Option<PathBuf>,

    /// When to load demo data into an empty database on start: `auto` does
    /// so for SQLite only (the out-of-the-box demo), never for PostgreSQL.
    #[arg(long, env = "HAAT_DEMO_DATA", value_enum, default_value_t = DemoData::Auto)]
    pub demo_data: DemoData,

    /// The address people use to reach the site, e.g. `https://haat.example`.
    /// With https, session cookies are `Secure` with the `__Host-` prefix,
    /// and state-changing requests must come from this origin.
    #[arg(long, env = "HAAT_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Demo only: also show each sign-in code on the code page (codes are
    /// always written to the log until an SMS sender is configured).
    #[arg(long, env = "HAAT_DEMO_SHOW_CODES")]
    pub demo_show_codes: bool,

    /// Behind a trusted reverse proxy: read the client address from
    /// `X-Forwarded-For` (for rate limits). Never set this without a proxy.
    #[arg(long, env = "HAAT_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,

    /// A mail server for order notices by email, e.g. `smtp://127.0.0.1:25`
    /// (a local relay such as Postfix, which handles TLS onward). Without
    /// it, notices stay in the in-app inbox only.
    #[arg(long, env = "HAAT_SMTP_URL")]
    pub smtp_url: Option<String>,

    /// The sender of notice emails.
    #[arg(long, env = "HAAT_MAIL_FROM", default_value = "Haat <orders@haat.local>")]
    pub mail_from: String,

    /// The payment gateway's key id (Razorpay's `rzp_live_…`/`rzp_test_…`).
    /// With the key secret and webhook secret, checkout offers paying online.
    #[arg(long, env = "HAAT_GATEWAY_KEY_ID")]
    pub gateway_key_id: Option<String>,

    /// The gateway's key secret (signs checkout results; authenticates API calls).
    #[arg(long, env = "HAAT_GATEWAY_KEY_SECRET", hide_env_values = true)]
    pub gateway_key_secret: Option<String>,

    /// The secret the gateway signs webhooks with (set in its dashboard,
    /// pointing at <public URL>/payments/gateway/webhook).
    #[arg(long, env = "HAAT_GATEWAY_WEBHOOK_SECRET", hide_env_values = true)]
    pub gateway_webhook_secret: Option<String>,

    /// The gateway's API address.
    #[arg(long, env = "HAAT_GATEWAY_URL", default_value = "https://api.razorpay.com")]
    pub gateway_url: String,

    /// Render every storefront page afresh instead of keeping it per
    /// catalogue version (server/src/page_cache.rs): for measuring what the
    /// cache saves, and for ruling it out when looking for a fault.
    #[arg(long, env = "HAAT_NO_PAGE_CACHE")]
    pub no_page_cache: bool,

    /// Seconds a client may take to send a request's headers (after
    /// connecting, or between requests on a kept-alive connection) before
    /// its connection is closed. Behind a reverse proxy, keep the proxy's
    /// idle upstream connections shorter (nginx: `keepalive_timeout 25s`).
    #[arg(long, env = "HAAT_HEADER_TIMEOUT_SECS", default_value_t = 30)]
    pub header_timeout_secs: u64,

    /// Seconds between the order worker's passes: deadlines passed, quotes
    /// and supply orders' clocks, the sales roll-ups, notice emails. Each
    /// pass does only what changed, so a shorter one costs little; the
    /// browser tests use 5 so a dashboard shows a new order within seconds.
    #[arg(long, env = "HAAT_WORKER_EVERY_SECS", default_value_t = 60)]
    pub worker_every_secs: u64,

    /// Demo and tests: serve a local stand-in for the gateway at
    /// /gateway-sim (its checkout page and signed webhooks, with fixed test
    /// keys) and pay through it. Never in production.
    #[arg(long, env = "HAAT_GATEWAY_SIMULATOR")]
    pub gateway_simulator: bool,

    /// Serve the simulator on its own address (another origin, as the real
    /// gateway is) instead of under the site's; the browser tests do, so the
    /// page's policy must let the pay form leave for the gateway.
    #[arg(long, env = "HAAT_GATEWAY_SIMULATOR_ADDR", requires = "gateway_simulator")]
    pub gateway_simulator_addr: Option<SocketAddr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DemoData {
    Auto,
    Always,
    Never,
}

impl Config {
    /// The database URL in effect.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) if !url.trim().is_empty() => url.clone(),
            _ => format!("sqlite://{}?mode=rwc", self.data_dir.join("haat.db").display()),
        }
    }

    /// The origin (`scheme://host[:port]`) of the public URL, if one is set.
    pub fn public_origin(&self) -> Option<String> {
        let url = self.public_url.as_deref()?.trim().trim_end_matches('/');
        let (scheme, rest) = url.split_once("://")?;
        let host = rest.split('/').next()?;
        Some(format!("{}://{}", scheme.to_ascii_lowercase(), host.to_ascii_lowercase()))
    }

    /// Whether the site is served over HTTPS (decides cookie flags).
    pub fn https(&self) -> bool {
        self.public_origin().is_some_and(|o| o.starts_with("https://"))
    }

    /// The address people (and the gateway) reach the site at.
    pub fn site(&self) -> String {
        match &self.public_url {
            Some(url) if !url.trim().is_empty() => url.trim().trim_end_matches('/').to_string(),
            _ => format!("http://{}", self.addr),
        }
    }

    /// The SQLite database's file, when the database is SQLite.
    pub fn sqlite_path(&self) -> Option<PathBuf> {
        let url = self.database_url();
        let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
        let path = rest.split('?').next().filter(|p| !p.is_empty() && *p != ":memory:")?;
        Some(PathBuf::from(path))
    }

    pub fn media_dir(&self) -> PathBuf {
        self.data_dir.join("media")
    }

    /// The built site: flag, then cargo-leptos' `LEPTOS_SITE_ROOT`, then the
    /// `site` folder next to the binary's profile folder (`target/site` for
    /// `target/release/haat`), so the release binary runs from any directory.
    pub fn site_root(&self) -> PathBuf {
        if let Some(root) = &self.site_root {
            return root.clone();
        }
        if let Ok(root) = std::env::var("LEPTOS_SITE_ROOT") {
            if !root.is_empty() {
                return PathBuf::from(root);
            }
        }
        std::env::current_exe().ok().and_then(|exe| site_beside(&exe)).unwrap_or_else(|| PathBuf::from("target/site"))
    }
}

/// `<target>/site` for an executable at `<target>/<profile>/haat` (or one level deeper, for tests).
fn site_beside(exe: &Path) -> Option<PathBuf> {
    exe.ancestors().skip(1).take(3).map(|dir| dir.join("site")).find(|site| site.join("pkg").is_dir())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(public_url: Option<&str>) -> Config {
        let mut c = Config::parse_from(["haat"]);
        c.public_url = public_url.map(String::from);
        c
    }

    #[test]
    fn the_public_origin_decides_secure_cookies() {
        assert_eq!(config(Some("https://Haat.example/shop/")).public_origin().as_deref(), Some("https://haat.example"));
        assert!(config(Some("https://haat.example")).https());
        assert!(!config(Some("http://127.0.0.1:3000")).https());
        assert!(!config(None).https());
    }

    #[test]
    fn the_sqlite_file_is_found_from_the_database_url() {
        let mut c = config(None);
        c.data_dir = PathBuf::from("/srv/haat");
        assert_eq!(c.sqlite_path(), Some(PathBuf::from("/srv/haat/haat.db")));
        c.database_url = Some("sqlite:///var/lib/haat/shop.db?mode=rwc".into());
        assert_eq!(c.sqlite_path(), Some(PathBuf::from("/var/lib/haat/shop.db")));
        c.database_url = Some("postgres://haat@db/haat".into());
        assert_eq!(c.sqlite_path(), None);
    }

    #[test]
    fn the_site_is_found_beside_the_build_folder() {
        let dir = std::env::temp_dir().join(format!("haat-site-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("target/site/pkg")).unwrap();
        std::fs::create_dir_all(dir.join("target/release")).unwrap();
        assert_eq!(site_beside(&dir.join("target/release/haat")), Some(dir.join("target/site")));
        assert_eq!(site_beside(&dir.join("elsewhere/bin/haat")), None);
        let _ = std::fs::remove_dir_all(dir);
    }
}
