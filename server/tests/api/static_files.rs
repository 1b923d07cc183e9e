//! Media and assets: cache headers, compression, safety headers.

use crate::helpers::on_each_engine;

#[tokio::test]
async fn media_is_cached_for_a_year_and_cannot_run_as_a_document() {
    on_each_engine(|app| async move {
        let (_, body) = app.get("/p/honey-does-not-exist", None).await;
        drop(body);
        let (_, page) = app.get("/p/wild-forest-honey-karanji", None).await;
        let start = page.find("/media/").expect("a photo on the page");
        let end = start + page[start..].find('"').unwrap();
        let response = app.client.get(app.url(&page[start..end])).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 200);
        let headers = response.headers();
        assert_eq!(headers["cache-control"], "public, max-age=31536000, immutable");
        assert_eq!(headers["content-type"], "image/svg+xml");
        assert!(headers["content-security-policy"].to_str().unwrap().contains("sandbox"));
        assert_eq!(headers["x-content-type-options"], "nosniff");
    })
    .await;
}

#[tokio::test]
async fn pages_are_compressed_and_not_cached_stale() {
    on_each_engine(|app| async move {
        let response = app.client.get(app.url("/")).header("Accept-Encoding", "br").send().await.unwrap();
        assert_eq!(response.headers()["content-encoding"], "br");
        assert_eq!(response.headers()["cache-control"], "no-cache");
        assert!(response.headers()["vary"].to_str().unwrap().contains("Cookie"));
        assert_eq!(response.headers()["x-frame-options"], "DENY");
        let response = app.client.get(app.url("/")).header("Accept-Encoding", "gzip").send().await.unwrap();
        assert_eq!(response.headers()["content-encoding"], "gzip");
    })
    .await;
}

#[tokio::test]
async fn a_missing_media_file_is_a_404() {
    on_each_engine(|app| async move {
        let (status, _) = app.get("/media/0000000000000000.svg", None).await;
        assert_eq!(status, 404);
        let (status, _) = app.get("/media/../../etc/passwd", None).await;
        assert!(status == 404 || status == 400, "{status}");
    })
    .await;
}
