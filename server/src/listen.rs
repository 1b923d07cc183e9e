//! Accepting connections, with the limits `axum::serve` does not set.
//!
//! A client must send a request's headers within [`Limits::header_read`] of
//! connecting, or of the last answer on a kept-alive connection; otherwise
//! the connection is closed. Without it, 500 idle or slow clients held 500
//! connections for as long as they liked. Answers are written without
//! Nagle's delay (`TCP_NODELAY`): a small response must not wait for the
//! client's delayed ACK.

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::time::Duration;
use tokio::net::TcpListener;
use tower::ServiceExt;

#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// How long a connection may take to send a request's headers.
    pub header_read: Duration,
    /// How long connections still open at shutdown may take to finish.
    pub drain: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { header_read: Duration::from_secs(30), drain: Duration::from_secs(10) }
    }
}

/// Serves `router` on `listener` until `shutdown` completes, then lets open
/// requests finish (up to `limits.drain`). Handlers see the client's
/// address as `ConnectInfo<SocketAddr>`, as with axum's own server.
pub async fn serve(listener: TcpListener, router: Router, limits: Limits, shutdown: impl Future<Output = ()>) {
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors, most likely: wait, do not spin.
                    tracing::warn!(%error, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        if let Err(error) = stream.set_nodelay(true) {
            tracing::debug!(%error, "TCP_NODELAY not set");
        }
        let service = router.clone().map_request(move |request: http::Request<Incoming>| {
            let mut request = request.map(Body::new);
            request.extensions_mut().insert(ConnectInfo(remote));
            request
        });
        // HTTP/1.1: what browsers speak to Haat without TLS, and what a
        // TLS-terminating proxy forwards.
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_read)
            .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, %remote, "connection ended");
            }
        });
    }
    drop(listener);
    if tokio::time::timeout(limits.drain, graceful.shutdown()).await.is_err() {
        tracing::warn!("some connections were still open at shutdown");
    }
}

/// Lets a test serve without a shutdown signal.
pub async fn serve_forever(listener: TcpListener, router: Router, limits: Limits) {
    serve(listener, router, limits, std::future::pending()).await;
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use axum::routing::get;
    use std::net::SocketAddr;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// A server with a one-second header limit whose one page echoes the client's address.
    async fn spawn() -> SocketAddr {
        let router =
            Router::new().route("/", get(|ConnectInfo(addr): ConnectInfo<SocketAddr>| async move { addr.to_string() }));
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let limits = Limits { header_read: Duration::from_secs(1), ..Limits::default() };
        tokio::spawn(serve_forever(listener, router, limits));
        addr
    }

    /// Reads until the server closes the connection; `None` if it is still
    /// open after ten seconds (ten times the limit).
    async fn read_to_close(stream: &mut tokio::net::TcpStream) -> Option<String> {
        let mut seen = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut seen)).await;
        read.ok().map(|_| String::from_utf8_lossy(&seen).into_owned())
    }

    #[tokio::test]
    async fn a_client_that_never_finishes_its_headers_is_let_go() {
        let addr = spawn().await;
        let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
        slow.write_all(b"GET / HTTP/1.1\r\nHost: haat\r\n").await.unwrap();
        assert!(read_to_close(&mut slow).await.is_some(), "the half-sent request is closed");
        let mut silent = tokio::net::TcpStream::connect(addr).await.unwrap();
        assert!(read_to_close(&mut silent).await.is_some(), "a connection that says nothing is closed");
    }

    #[tokio::test]
    async fn an_idle_kept_alive_connection_is_closed_after_its_answer() {
        let addr = spawn().await;
        let mut client = tokio::net::TcpStream::connect(addr).await.unwrap();
        let local = client.local_addr().unwrap();
        client.write_all(b"GET / HTTP/1.1\r\nHost: haat\r\n\r\n").await.unwrap();
        let seen = read_to_close(&mut client).await.expect("answered, then closed when idle");
        assert!(seen.starts_with("HTTP/1.1 200"), "{seen}");
        assert!(seen.ends_with(&local.to_string()), "handlers see the client's address: {seen}");
    }
}
