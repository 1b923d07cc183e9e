//! Backups while Haat serves, and restoring one.
//!
//! `haat backup DIR` writes DIR/haat.db, a consistent copy of the SQLite
//! database (`VACUUM INTO`: one read transaction, so the copy holds exactly
//! the orders committed when it began, whatever is being written
//! meanwhile), then copies the media folder to DIR/media. Media after the
//! database: a photo is written before the row naming it commits, so every
//! photo the copy names is already there to copy.
//!
//! `haat restore DIR` puts them back into an empty data folder, and checks
//! the database. PostgreSQL is backed up with its own tools (`pg_dump`,
//! `pg_restore`: see the README); `haat backup` then copies the media.

use anyhow::{bail, ensure, Context};
use app::db::{Db, Engine};
use std::path::{Path, PathBuf};

/// The database's file name, in a backup and in the data folder.
pub const DATABASE_FILE: &str = "haat.db";
/// The media folder's name, in a backup and in the data folder.
pub const MEDIA_DIR: &str = "media";

/// What a backup wrote.
#[derive(Debug, Default)]
pub struct Report {
    /// The database copy, when the engine is SQLite.
    pub database: Option<PathBuf>,
    pub media_files: usize,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.database {
            Some(path) => write!(f, "database copied to {}; ", path.display())?,
            None => write!(f, "database not copied (PostgreSQL: use pg_dump, see the README); ")?,
        }
        write!(f, "{} media files copied", self.media_files)
    }
}

/// Backs up `db` and the media in `media_dir` into `to`, a new or empty folder.
pub async fn backup(db: &Db, media_dir: &Path, to: &Path) -> anyhow::Result<Report> {
    ensure_empty(to)?;
    std::fs::create_dir_all(to).with_context(|| format!("creating {}", to.display()))?;
    let mut report = Report::default();
    if db.engine == Engine::Sqlite {
        let path = to.join(DATABASE_FILE);
        let target = path.to_str().context("the backup folder's path is not valid text")?;
        sqlx::query("VACUUM INTO $1").bind(target).execute(&db.pool).await.context("copying the database")?;
        report.database = Some(path);
    }
    report.media_files = copy_media(media_dir, &to.join(MEDIA_DIR))?;
    Ok(report)
}

/// Restores a backup into `data_dir` (whose database must not exist yet:
/// a restore never overwrites data), then checks the database's integrity.
pub async fn restore(from: &Path, data_dir: &Path, database: &Path) -> anyhow::Result<Report> {
    let source = from.join(DATABASE_FILE);
    ensure!(source.is_file(), "{} holds no {DATABASE_FILE}: not a Haat backup", from.display());
    // Its write-ahead log too: SQLite would replay an old log into the copy.
    for file in [database.to_path_buf(), sidecar(database, "-wal"), sidecar(database, "-shm")] {
        if file.exists() {
            bail!("{} exists: move it aside first (a restore never overwrites a database)", file.display());
        }
    }
    if let Some(parent) = database.parent() {
        std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    std::fs::copy(&source, database).with_context(|| format!("copying {}", source.display()))?;
    let media_files = copy_media(&from.join(MEDIA_DIR), &data_dir.join(MEDIA_DIR))?;
    let db = Db::connect(&format!("sqlite://{}", database.display())).await.context("opening the restored database")?;
    let check: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&db.pool).await?;
    ensure!(check == "ok", "the restored database fails its integrity check: {check}");
    db.pool.close().await;
    Ok(Report { database: Some(database.to_path_buf()), media_files })
}

/// `haat.db-wal` beside `haat.db`.
fn sidecar(database: &Path, suffix: &str) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn ensure_empty(dir: &Path) -> anyhow::Result<()> {
    if let Ok(mut entries) = std::fs::read_dir(dir) {
        ensure!(entries.next().is_none(), "{} is not empty: back up into a new folder", dir.display());
    }
    Ok(())
}

/// Copies the media files (content-named, so a file already there is the
/// same file); partial writes in progress are left behind.
fn copy_media(from: &Path, to: &Path) -> anyhow::Result<usize> {
    std::fs::create_dir_all(to).with_context(|| format!("creating {}", to.display()))?;
    let Ok(entries) = std::fs::read_dir(from) else { return Ok(0) };
    let mut copied = 0;
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') || !entry.file_type()?.is_file() {
            continue;
        }
        let target = to.join(&name);
        if !target.exists() {
            std::fs::copy(entry.path(), &target).with_context(|| format!("copying {}", entry.path().display()))?;
            copied += 1;
        }
    }
    Ok(copied)
}
