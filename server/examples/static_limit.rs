//! The machine's own limit for the page benchmark (`./dev.sh bench`): one
//! page's bytes, read once from a file, answered from memory to every
//! request with no database, no rendering and no compression. A Haat page
//! is reported as a percentage of this.
//!
//!     cargo run --release -p server --example static_limit -- <address> <file>

use anyhow::Context;
use axum::body::Bytes;
use axum::routing::get;
use axum::serve::ListenerExt;
use axum::Router;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [address, file] = args.as_slice() else {
        anyhow::bail!("usage: static_limit <address> <file>");
    };
    let page = Bytes::from(std::fs::read(file).with_context(|| format!("reading {file}"))?);
    let answer = move || {
        let page = page.clone();
        async move { ([(http::header::CONTENT_TYPE, "text/html; charset=utf-8")], page) }
    };
    // Without Nagle's delay, as Haat's own connections (listen.rs).
    let listener = tokio::net::TcpListener::bind(address.as_str()).await?.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(listener, Router::new().fallback(get(answer))).await?;
    Ok(())
}
