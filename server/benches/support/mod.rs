//! What the benchmarks share: a number from the environment, the median
//! and 95th percentile of repeated runs, milliseconds as printed.

use std::time::{Duration, Instant};

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
