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
