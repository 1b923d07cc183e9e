//! What the benchmarks share: a number from the environment, a fresh
//! database with the demo catalogue, the median and 95th percentile of
//! repeated runs, milliseconds as printed.

use app::db::testing::TestDb;
use app::db::Engine;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// A fresh database on one engine, seeded with the demo catalogue, and the
/// folder its photos were written to.
pub struct DemoDatabase {
    pub test_db: TestDb,
    media_dir: PathBuf,
}

impl DemoDatabase {
    pub async fn new(engine: Engine, bench: &str) -> DemoDatabase {
        let test_db = match engine {
            Engine::Sqlite => TestDb::sqlite().await,
            Engine::Postgres => TestDb::postgres().await,
        };
        let media_dir = std::env::temp_dir().join(format!("haat-bench-{bench}-{}", std::process::id()));
        let media = app::media::ssr::LocalMediaStore::new(&media_dir);
        haat_server::demo::seed(&test_db.db, &media).await.unwrap();
        DemoDatabase { test_db, media_dir }
    }

    /// Drops the database and its photos.
    pub async fn remove(self) {
        self.test_db.remove().await;
        let _ = std::fs::remove_dir_all(self.media_dir);
    }
}

pub fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Median and 95th percentile of `runs` runs of `f`, after one run to warm the caches.
pub async fn time<F, Fut, T>(runs: usize, mut f: F) -> (Duration, Duration)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = T>,
{
    f().await; // warm the cache
    let mut samples: Vec<Duration> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        std::hint::black_box(f().await);
        samples.push(start.elapsed());
    }
    samples.sort();
    (samples[samples.len() / 2], samples[(samples.len() * 95 / 100).min(samples.len() - 1)])
}

pub fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}
