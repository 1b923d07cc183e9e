//! Loads a catalogue for the page benchmark (`./dev.sh bench`): the demo
//! data (groups in four states, categories, photos) plus `products`
//! generated listings spread over its groups and subcategories, then the
//! search index and fresh planner statistics.
//!
//!     cargo run --release -p server --example bench_catalogue -- <database-url> <data-dir> <products>
//!
//! The database must be empty (a new SQLite file or a new PostgreSQL
//! database); the same seed always gives the same catalogue.

use anyhow::Context;
use clap::Parser;
use haat_server::config::Config;
use std::time::Instant;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, data_dir, products] = args.as_slice() else {
        anyhow::bail!("usage: bench_catalogue <database-url> <data-dir> <products>");
    };
    let products: usize = products.parse().context("<products> is a whole number")?;
    let config = Config::try_parse_from(["haat", "--data-dir", data_dir, "--database-url", url])?;
    let db = haat_server::open_database(&config).await?;
    anyhow::ensure!(haat_server::demo::is_empty(&db).await?, "the database already holds a catalogue");
    let media = app::media::ssr::LocalMediaStore::new(config.media_dir());
    haat_server::demo::seed(&db, &media).await?;
    // The generated listings' photo (`bench.svg`), so their pages show one.
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 800\"><rect width=\"800\" height=\"800\" fill=\"#e7c9a0\"/></svg>";
    std::fs::write(config.media_dir().join("bench.svg"), svg).context("writing the listings' photo")?;
    let started = Instant::now();
    app::testing::bulk_products(&db, products).await;
    eprintln!(
        "{}: {products} listings loaded and indexed in {:.1} s",
        db.engine.name(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
