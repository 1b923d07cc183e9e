//! `haat`: serve the storefront, or run a one-off command. See `--help`.

use clap::Parser;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = haat_server::config::Cli::parse();
    haat_server::telemetry::init();
    haat_server::run(cli).await
}
