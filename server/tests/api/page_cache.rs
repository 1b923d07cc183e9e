//! Storefront pages are kept per catalogue version (server/src/page_cache.rs):
//! served again to the next visitor, never after the catalogue changed,
//! never to a signed-in person.

use crate::helpers::{on_each_engine, TestApp};
use leptos::server_fn::ServerFn;

const KAMLA: &str = "9000000002"; // leader of Maa Durga SHG, Khorpa: sells the mango pickle
const MANGO: &str = "/p/mango-pickle-khorpa";

struct Visit {
    kept: bool,
    nonce: String,
    body: String,
}

async fn visit(app: &TestApp, path: &str, cookie: Option<&str>) -> Visit {
    let mut request = app.client.get(app.url(path));
    if let Some(cookie) = cookie {
        request = request.header("Cookie", cookie);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200, "{path}");
    let kept = response.headers().get("x-page-cache").is_some_and(|v| v == "hit");
    let policy = response.headers()["content-security-policy"].to_str().unwrap().to_string();
    let start = policy.find("'nonce-").unwrap() + "'nonce-".len();
    let nonce = policy[start..start + policy[start..].find('\'').unwrap()].to_string();
    let body = response.text().await.unwrap().replace("<!>", "");
    Visit { kept, nonce, body }
}

#[tokio::test]
async fn a_kept_page_is_served_again_until_a_price_or_stock_changes() {
    on_each_engine(|app| async move {
        assert!(!visit(&app, "/", None).await.kept);
        assert!(visit(&app, "/", None).await.kept);
        let first = visit(&app, MANGO, None).await;
        assert!(!first.kept, "the first visit renders");
        assert!(first.body.contains("₹140"), "the demo price");
        let again = visit(&app, MANGO, None).await;
        assert!(again.kept, "the second visit is the kept page");
        assert_eq!((again.body.as_str(), again.nonce.as_str()), (first.body.as_str(), first.nonce.as_str()));
        // Its policy still allows its own scripts.
        assert!(again.body.contains(&format!("nonce=\"{}\"", again.nonce)));
        // Another language is another page.
        let english = visit(&app, MANGO, Some("haat_lang=en")).await;
        assert!(!english.kept && english.body.contains("Mango pickle"));

        // A price changed by any path (here straight in the database) shows at once.
        sqlx::query("UPDATE products SET price_paise = 15500 WHERE slug = 'mango-pickle-khorpa'")
            .execute(&app.db.pool)
            .await
            .unwrap();
        let after = visit(&app, MANGO, None).await;
        assert!(!after.kept, "the catalogue changed: rendered afresh");
        assert!(after.body.contains("₹155") && !after.body.contains("₹140"), "the new price");
        assert!(visit(&app, MANGO, None).await.kept, "and kept again");
        // The home page's category counts are recomputed at most once a
        // minute: until then it shows the last counts but is not kept.
        assert!(!visit(&app, "/", None).await.kept);
        assert!(!visit(&app, "/", None).await.kept);

        // The seller sets her stock to nothing: the next visitor sees it sold out.
        let seller = app.session_for(KAMLA).await;
        let id = crate::helpers::id_of(&app, "SELECT id FROM products WHERE slug = 'mango-pickle-khorpa'").await;
        let answer = app
            .call(app::listings::api::ChangeStock::PATH, &[("id", &id.to_string()), ("set_to", "0")], Some(&seller))
            .await;
        assert_eq!(answer.body, "0");
        let sold_out = visit(&app, MANGO, None).await;
        assert!(!sold_out.kept && sold_out.body.contains("stock--out"), "sold out at once");

        // A signed-in person always gets her own render (her cart, her name).
        assert!(!visit(&app, MANGO, Some(&seller)).await.kept);
        assert!(!visit(&app, MANGO, Some(&seller)).await.kept);
    })
    .await;
}

#[tokio::test]
async fn only_storefront_pages_are_kept() {
    on_each_engine(|app| async move {
        for path in ["/", "/products?sort=price_asc", "/c/pickles-jams", "/g/ekta-shg-tighra"] {
            assert!(!visit(&app, path, None).await.kept, "{path}: first visit");
            assert!(visit(&app, path, None).await.kept, "{path}: second visit");
        }
        for path in ["/search?q=achar", "/products?q=achar", "/c/pickles-jams?q=aam", "/cart", "/signin"] {
            visit(&app, path, None).await;
            assert!(!visit(&app, path, None).await.kept, "{path} is never kept");
        }
        // Every Accept-Encoding line counts: a kept brotli page is not sent
        // to a client that asked for gzip first and brotli on another line.
        let send = |lines: &'static [&'static str]| {
            let mut request = app.client.get(app.url("/c/pickles-jams"));
            for line in lines {
                request = request.header("accept-encoding", *line);
            }
            request.send()
        };
        let two_lines = send(&["gzip", "br"]).await.unwrap();
        assert_eq!(two_lines.headers()["content-encoding"], "br");
        let gzip = send(&["gzip"]).await.unwrap();
        assert_eq!(gzip.headers()["content-encoding"], "gzip");
        let none = send(&[]).await.unwrap();
        assert!(none.headers().get("content-encoding").is_none());
        // A missing product is a 404, not kept.
        for _ in 0..2 {
            let response = app.client.get(app.url("/p/no-such-thing")).send().await.unwrap();
            assert_eq!(response.status().as_u16(), 404);
            assert!(response.headers().get("x-page-cache").is_none());
        }
    })
    .await;
}
