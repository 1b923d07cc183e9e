//! The database: one pool through sqlx's `Any` driver, SQLite or PostgreSQL.
//!
//! All queries are portable SQL with `$1 … $N` placeholders (both engines
//! accept them through `Any`). The few things that differ by engine go
//! through [`Engine`], never through string sniffing at call sites.

use sqlx::any::{install_default_drivers, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, AnyPool, Executor};
use std::time::Duration;

/// Which engine a pool talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    /// Tells the engine from a database URL.
    pub fn from_url(url: &str) -> Option<Engine> {
        if url.starts_with("sqlite:") {
            Some(Engine::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Engine::Postgres)
        } else {
            None
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Engine::Sqlite => "sqlite",
            Engine::Postgres => "postgres",
        }
    }
}

/// The pool and the engine behind it. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub engine: Engine,
}

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../../server/migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../../server/migrations/postgres");

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database URL (use sqlite:… or postgres://…): {0}")]
    UnsupportedUrl(String),
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl Db {
    /// Begins a transaction for a unit of work (a server function, a worker
    /// step). Store functions never begin one; their callers do, here, so
    /// everything one request changes lands together or not at all.
    ///
    /// On SQLite it is `BEGIN IMMEDIATE`: the transaction takes the write
    /// lock at once, waiting its turn (busy timeout), instead of reading
    /// under a shared lock and then failing to upgrade it ("database is
    /// locked") when another writer got there first.
    pub async fn begin(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.engine {
            Engine::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Engine::Postgres => self.pool.begin().await,
        }
    }

    /// Opens a pool. SQLite files are created when missing and run in WAL
    /// mode, so readers never wait for the one writer. PostgreSQL plans
    /// every statement for its own values (see below).
    pub async fn connect(url: &str) -> Result<Db, DbError> {
        install_default_drivers();
        let engine = Engine::from_url(url).ok_or_else(|| DbError::UnsupportedUrl(redact(url)))?;
        let options = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(10));
        let pool = match engine {
            Engine::Sqlite => {
                options
                    .max_connections(8)
                    .after_connect(|conn, _meta| {
                        Box::pin(async move {
                            conn.execute(
                                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                                 PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                            )
                            .await?;
                            Ok(())
                        })
                    })
                    .connect(url)
                    .await?
            }
            // A plan for each query's own values: prepared statements are
            // reused, and PostgreSQL's generic plan (after five runs) cannot
            // know a rare search word from a common one, nor a small group
            // from a large one; planning each time costs far less than a
            // full scan chosen blind.
            //
            // No JIT compilation: it is for long analytical queries, and a
            // page's query that reads a few thousand rows is costed high
            // enough to get it, then spends ~18 ms compiling to save less
            // (the trade table's select: 59–84 ms with it, 44–46 ms
            // without; docs/BENCHMARKS.md).
            Engine::Postgres => {
                options
                    .max_connections(16)
                    .after_connect(|conn, _meta| {
                        Box::pin(async move {
                            conn.execute("SET plan_cache_mode = force_custom_plan; SET jit = off").await?;
                            Ok(())
                        })
                    })
                    .connect(url)
                    .await?
            }
        };
        Ok(Db { pool, engine })
    }

    /// Brings the schema up to date.
    pub async fn migrate(&self) -> Result<(), DbError> {
        match self.engine {
            Engine::Sqlite => SQLITE_MIGRATIONS.run(&self.pool).await?,
            Engine::Postgres => POSTGRES_MIGRATIONS.run(&self.pool).await?,
        }
        Ok(())
    }
}

/// A URL with any password removed, safe for logs and error messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            match userinfo.split_once(':') {
                Some((user, _password)) => format!("{}://{user}:***@{}", &url[..scheme_end], &url[at + 1..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// Milliseconds since the Unix epoch: how Haat stores times.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or_default()
}

/// The unique key a failed write ran into, by the name PostgreSQL gives an
/// unnamed one (`{table}_{columns}_key`, e.g. `traders_gstin_key`). SQLite
/// reports the columns instead ("UNIQUE constraint failed: traders.gstin"),
/// which are turned into the same name, so callers match one name on both
/// engines. `None` for any other error.
pub fn violated_unique_key(error: &sqlx::Error) -> Option<String> {
    let sqlx::Error::Database(db) = error else { return None };
    if db.kind() != sqlx::error::ErrorKind::UniqueViolation {
        return None;
    }
    if let Some(name) = db.constraint() {
        return Some(name.to_string());
    }
    let columns = db.message().strip_prefix("UNIQUE constraint failed: ")?;
    let mut table = None;
    let mut names = Vec::new();
    for qualified in columns.split(',') {
        let (t, column) = qualified.trim().split_once('.')?;
        table.get_or_insert(t);
        names.push(column);
    }
    Some(format!("{}_{}_key", table?, names.join("_")))
}

/// Escapes `%`, `_` and `\` so user text matches literally inside `LIKE … ESCAPE '\'`.
pub fn like_pattern(text: &str) -> String {
    format!("%{}%", escape_like(text))
}

/// `text` with `%`, `_` and `\` escaped, for a pattern of one's own.
pub fn escape_like(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// Fresh databases for tests, on both engines.
///
/// Every store test calls [`testing::each_engine`], which runs it once on a
/// new SQLite file and once on a new PostgreSQL database. PostgreSQL is
/// expected (at `HAAT_TEST_POSTGRES_URL`, default the local server): when it
/// cannot be reached the test fails, it is not skipped.
#[cfg(any(test, feature = "testing"))]
#[allow(clippy::unwrap_used, clippy::expect_used)]
pub mod testing {
    use super::*;
    use std::future::Future;
    use std::sync::atomic::{AtomicU32, Ordering};

    /// A connection from the pool, to call a store function with in a test
    /// (each statement commits on its own; a test that needs a unit of work
    /// uses [`Db::begin`] like the app does).
    pub async fn conn(db: &Db) -> sqlx::pool::PoolConnection<sqlx::Any> {
        db.pool.acquire().await.unwrap()
    }

    pub const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";
    static COUNTER: AtomicU32 = AtomicU32::new(0);

    /// The server-level PostgreSQL URL tests create their databases on.
    pub fn postgres_admin_url() -> String {
        std::env::var("HAAT_TEST_POSTGRES_URL").unwrap_or_else(|_| DEFAULT_POSTGRES_URL.to_string())
    }

    fn unique_name() -> String {
        let secs =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default();
        format!("haat_test_{secs}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed))
    }

    /// A fresh, migrated database. Drop the returned guard to delete it.
    pub struct TestDb {
        pub db: Db,
        cleanup: Cleanup,
    }

    enum Cleanup {
        SqliteFile(std::path::PathBuf),
        PostgresDatabase { admin_url: String, name: String },
    }

    impl TestDb {
        pub async fn sqlite() -> TestDb {
            let dir = std::env::temp_dir().join("haat-tests");
            std::fs::create_dir_all(&dir).expect("create temp dir for test databases");
            let path = dir.join(format!("{}.db", unique_name()));
            let db = Db::connect(&format!("sqlite://{}?mode=rwc", path.display()))
                .await
                .expect("open a SQLite test database");
            db.migrate().await.expect("migrate the SQLite test database");
            TestDb { db, cleanup: Cleanup::SqliteFile(path) }
        }

        pub async fn postgres() -> TestDb {
            let admin_url = postgres_admin_url();
            let admin = Db::connect(&admin_url).await.unwrap_or_else(|e| {
                panic!(
                    "PostgreSQL is expected for store tests but cannot be reached at {} ({e}). \
                     Start it (see README) or set HAAT_TEST_POSTGRES_URL.",
                    redact(&admin_url)
                )
            });
            drop_stale_databases(&admin).await;
            let name = unique_name();
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&admin.pool)
                .await
                .expect("create a PostgreSQL test database");
            admin.pool.close().await;
            let url = with_database(&admin_url, &name);
            let db = Db::connect(&url).await.expect("connect to the PostgreSQL test database");
            db.migrate().await.expect("migrate the PostgreSQL test database");
            TestDb { db, cleanup: Cleanup::PostgresDatabase { admin_url, name } }
        }

        /// Closes the pool and deletes the database.
        pub async fn remove(self) {
            self.db.pool.close().await;
            match self.cleanup {
                Cleanup::SqliteFile(path) => {
                    for suffix in ["", "-wal", "-shm"] {
                        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                    }
                }
                Cleanup::PostgresDatabase { admin_url, name } => {
                    if let Ok(admin) = Db::connect(&admin_url).await {
                        let _ =
                            sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                                .execute(&admin.pool)
                                .await;
                        admin.pool.close().await;
                    }
                }
            }
        }
    }

    /// Test databases left behind by a crashed run more than an hour ago.
    async fn drop_stale_databases(admin: &Db) {
        let cutoff = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default()
            .saturating_sub(3600);
        let names: Vec<(String,)> =
            sqlx::query_as("SELECT datname FROM pg_database WHERE datname LIKE 'haat\\_test\\_%'")
                .fetch_all(&admin.pool)
                .await
                .unwrap_or_default();
        for (name,) in names {
            let created: Option<u64> = name.split('_').nth(2).and_then(|s| s.parse().ok());
            if created.is_some_and(|secs| secs < cutoff) {
                let _ = sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                    .execute(&admin.pool)
                    .await;
            }
        }
    }

    /// Replaces the database name at the end of a PostgreSQL URL.
    pub fn with_database(url: &str, name: &str) -> String {
        let (base, query) = match url.split_once('?') {
            Some((base, query)) => (base, format!("?{query}")),
            None => (url, String::new()),
        };
        let scheme_end = base.find("://").map_or(0, |i| i + 3);
        let host_part = match base[scheme_end..].find('/') {
            Some(slash) => &base[..scheme_end + slash],
            None => base,
        };
        format!("{host_part}/{name}{query}")
    }

    /// Runs `test` on a fresh SQLite database, then on a fresh PostgreSQL
    /// database, deleting each afterwards.
    pub async fn each_engine<F, Fut>(test: F)
    where
        F: Fn(Db) -> Fut,
        Fut: Future<Output = ()>,
    {
        for engine in [Engine::Sqlite, Engine::Postgres] {
            let test_db = match engine {
                Engine::Sqlite => TestDb::sqlite().await,
                Engine::Postgres => TestDb::postgres().await,
            };
            eprintln!("-- running on {}", engine.name());
            test(test_db.db.clone()).await;
            test_db.remove().await;
        }
    }

    #[test]
    fn the_database_name_is_replaced_in_postgres_urls() {
        assert_eq!(
            with_database("postgres://postgres@127.0.0.1:5432/postgres", "t1"),
            "postgres://postgres@127.0.0.1:5432/t1"
        );
        assert_eq!(with_database("postgres://u:p@h/db?sslmode=disable", "t2"), "postgres://u:p@h/t2?sslmode=disable");
        assert_eq!(with_database("postgres://h:5432", "t3"), "postgres://h:5432/t3");
    }
}

/// Ids per `IN (…)` list: well under either engine's limit on bound values
/// per statement (SQLite 32,766; PostgreSQL 65,535).
const IDS_PER_STATEMENT: usize = 500;

/// Splits `ids` into `IN (…)` lists: each chunk with its placeholders,
/// numbered from `$first` (a query binding other values first starts later).
pub fn id_lists(ids: &[i64], first: usize) -> impl Iterator<Item = (String, &[i64])> {
    ids.chunks(IDS_PER_STATEMENT).map(move |chunk| {
        let placeholders: Vec<String> = (first..first + chunk.len()).map(|i| format!("${i}")).collect();
        (placeholders.join(", "), chunk)
    })
}

/// Runs `sql`, whose `{ids}` stands for an `IN` list, over every id in as
/// few statements as the bind limit allows, and returns all rows. `sql` is a
/// fixed string; only placeholders are put in it.
pub async fn fetch_for_ids<T>(conn: &mut AnyConnection, sql: &'static str, ids: &[i64]) -> Result<Vec<T>, sqlx::Error>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
{
    let mut rows = Vec::new();
    for (list, chunk) in id_lists(ids, 1) {
        let mut query = sqlx::query_as::<_, T>(sqlx::AssertSqlSafe(sql.replace("{ids}", &list)));
        for id in chunk {
            query = query.bind(*id);
        }
        rows.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_unique_key_is_named_the_same_on_both_engines() {
        testing::each_engine(|db| async move {
            sqlx::query(
                "CREATE TABLE pairs (a BIGINT NOT NULL, b BIGINT NOT NULL, c TEXT NOT NULL UNIQUE, UNIQUE (a, b))",
            )
            .execute(&db.pool)
            .await
            .unwrap();
            let insert = |a: i64, b: i64, c: &'static str| {
                sqlx::query("INSERT INTO pairs (a, b, c) VALUES ($1, $2, $3)").bind(a).bind(b).bind(c).execute(&db.pool)
            };
            insert(1, 2, "x").await.unwrap();
            let same_c = insert(5, 6, "x").await.unwrap_err();
            assert_eq!(violated_unique_key(&same_c).as_deref(), Some("pairs_c_key"));
            let same_ab = insert(1, 2, "y").await.unwrap_err();
            assert_eq!(violated_unique_key(&same_ab).as_deref(), Some("pairs_a_b_key"));
            assert_eq!(violated_unique_key(&sqlx::Error::RowNotFound), None);
        })
        .await;
    }

    #[test]
    fn passwords_are_removed_from_urls_before_logging() {
        assert_eq!(redact("postgres://haat:s3cret@db:5432/haat"), "postgres://haat:***@db:5432/haat");
        assert_eq!(redact("sqlite://./data/haat.db"), "sqlite://./data/haat.db");
        assert_eq!(redact("postgres://postgres@127.0.0.1/test"), "postgres://postgres@127.0.0.1/test");
    }

    #[test]
    fn id_lists_number_placeholders_from_first_and_split_at_the_bind_limit() {
        let ids: Vec<i64> = (1..=1001).collect();
        let lists: Vec<(String, &[i64])> = id_lists(&ids, 2).collect();
        assert_eq!(lists.iter().map(|(_, c)| c.len()).collect::<Vec<_>>(), [500, 500, 1]);
        assert!(lists[0].0.starts_with("$2, $3, ") && lists[0].0.ends_with("$501"));
        assert_eq!(lists[2], ("$2".to_string(), &[1001][..]));
        assert_eq!(id_lists(&[], 1).count(), 0);
    }

    #[test]
    fn like_patterns_match_user_text_literally() {
        assert_eq!(like_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
        assert_eq!(like_pattern("अचार"), "%अचार%");
    }
}

/// A bind value for a query assembled from fixed fragments (listing filters).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Int(i64),
    Text(String),
}

/// Bind values collected while a query is assembled. Only placeholders
/// (`$1`, `$2` …) and fixed SQL fragments ever enter the SQL text; every value
/// a visitor typed goes through here as a bind parameter.
#[derive(Clone, Debug, Default)]
pub struct Args(pub Vec<Arg>);

impl Args {
    /// Adds a value and returns its placeholder.
    pub fn add(&mut self, arg: Arg) -> String {
        self.0.push(arg);
        format!("${}", self.0.len())
    }
}

/// Binds collected [`Args`] to a query, in order.
macro_rules! bind_args {
    ($query:expr, $args:expr) => {{
        let mut query = $query;
        for arg in $args.0.iter().cloned() {
            query = match arg {
                $crate::db::Arg::Int(value) => query.bind(value),
                $crate::db::Arg::Text(value) => query.bind(value),
            };
        }
        query
    }};
}
pub(crate) use bind_args;
