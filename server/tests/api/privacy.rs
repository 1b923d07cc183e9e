//! What shared caches and browsers may keep: a signed-in person's pages and
//! downloads never; the public pages, revalidated.

use crate::helpers::{id_of, on_each_engine};
use crate::payments::one_order;
use leptos::server_fn::ServerFn;

const SUNITA: &str = "9000000001"; // a shopper in Raipur
const KAMLA: &str = "9000000002"; // a seller of Maa Durga, Khorpa
const OFFICIAL: &str = "9000000008"; // the district official over Raipur

#[tokio::test]
async fn everything_a_signed_in_person_gets_is_private_and_never_stored() {
    on_each_engine(|app| async move {
        let sunita = app.session_for(SUNITA).await;
        let number = one_order(&app, &sunita, "cod", "private-key-000000000001").await;
        let kamla = app.session_for(KAMLA).await;
        for step in ["Accept", "Pack", "Dispatch"] {
            let answer = app
                .submit(app::orders::api::OrderStep::PATH, &[("number", &number), ("step", step)], Some(&kamla))
                .await;
            assert_eq!(answer.status, 302, "{step}: {}", answer.body);
        }
        let official = app.session_for(OFFICIAL).await;
        let listing = id_of(&app, "SELECT id FROM products WHERE slug = 'mango-pickle-khorpa'").await.to_string();

        // Every page the app routes (a new page is covered the day it is
        // added), with its parameters filled, and the two downloads.
        let mut paths: Vec<String> = haat_server::http::page_paths()
            .iter()
            .map(|p| p.replace("{number}", &number).replace("{id}", &listing).replace("{slug}", "mango-pickle-khorpa"))
            .collect();
        assert!(paths.len() > 25 && paths.iter().all(|p| !p.contains('{')), "{paths:?}");
        paths.push(format!("/orders/{number}/invoice.pdf"));
        paths.push("/sell/listings.csv".into());
        paths.push("/monitor/waiting.csv".into());
        paths.push("/monitor/sales.csv".into());
        paths.push("/monitor/sales.xlsx".into());
        paths.push("/monitor/quality.csv".into());
        paths.push("/monitor/flow.csv".into());
        for (who, cookie) in [("buyer", &sunita), ("seller", &kamla), ("official", &official)] {
            for path in &paths {
                let response = app.client.get(app.url(path)).header("Cookie", cookie).send().await.unwrap();
                assert!(response.status().as_u16() < 500, "{who} {path}: {}", response.status());
                let cache = response.headers().get("cache-control").map(|v| v.to_str().unwrap().to_string());
                assert_eq!(cache.as_deref(), Some("private, no-store"), "{who} {path}: {}", response.status());
            }
        }
        for (path, cookie) in
            [(format!("/orders/{number}/invoice.pdf"), &sunita), ("/sell/listings.csv".into(), &kamla)]
        {
            let response = app.client.get(app.url(&path)).header("Cookie", cookie).send().await.unwrap();
            assert_eq!(response.status().as_u16(), 200, "{path}");
        }
        // A server function's answer to her is hers too.
        let answer = app.call(app::cart::api::GetCart::PATH, &[], Some(&sunita)).await;
        assert_eq!(answer.header("cache-control").as_deref(), Some("private, no-store"));

        // A visitor's cart cookie alone makes her pages hers.
        let mango = id_of(&app, "SELECT id FROM products WHERE slug = 'mango-pickle-khorpa'").await.to_string();
        let added = app.submit(app::cart::api::AddToCart::PATH, &[("product_id", &mango), ("qty", "1")], None).await;
        let cart = added.set_cookies().into_iter().find(|c| c.starts_with("haat_cart=")).expect("a cart cookie");
        let cart = cart.split(';').next().unwrap().to_string();
        let response = app.client.get(app.url("/cart")).header("Cookie", &cart).send().await.unwrap();
        assert_eq!(response.headers()["cache-control"], "private, no-store");

        // Fonts and icons are everyone's, cookie or not. (The tests run
        // without a built site: put one public file where the site would be.)
        std::fs::create_dir_all(app.data_dir.join("site")).unwrap();
        std::fs::write(app.data_dir.join("site/favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").unwrap();
        let response = app.client.get(app.url("/favicon.svg")).header("Cookie", &sunita).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(response.headers()["cache-control"], "public, max-age=86400");

        // Without a cookie: public pages revalidate.
        let response = app.client.get(app.url("/p/mango-pickle-khorpa")).send().await.unwrap();
        assert_eq!(response.headers()["cache-control"], "no-cache");
        let response =
            app.client.get(app.url("/p/mango-pickle-khorpa")).header("Cookie", "haat_lang=en").send().await.unwrap();
        assert_eq!(response.headers()["cache-control"], "no-cache", "a language is not a person");
    })
    .await;
}
