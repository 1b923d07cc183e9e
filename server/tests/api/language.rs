//! The language switch: a plain form post that sets a cookie and comes back.

use crate::helpers::on_each_engine;
use leptos::server_fn::ServerFn;

#[tokio::test]
async fn switching_language_sets_a_year_long_cookie_and_returns_to_the_page() {
    on_each_engine(|app| async move {
        let response = app
            .client
            .post(app.url(app::ui::layout::SetLanguage::PATH))
            .header("Accept", "text/html")
            .form(&[("lang", "en"), ("back", "/c/food?page=1")])
            .send()
            .await
            .unwrap();
        assert!(response.status().is_redirection(), "{}", response.status());
        assert_eq!(response.headers()["location"], "/c/food?page=1");
        let cookie = response.headers()["set-cookie"].to_str().unwrap().to_string();
        assert!(cookie.starts_with("haat_lang=en;"), "{cookie}");
        assert!(cookie.contains("Max-Age=31536000"));
        assert!(cookie.contains("SameSite=Lax"));
        assert!(cookie.contains("Path=/"));
    })
    .await;
}

#[tokio::test]
async fn an_unknown_language_is_refused_and_sets_nothing() {
    on_each_engine(|app| async move {
        let response = app
            .client
            .post(app.url(app::ui::layout::SetLanguage::PATH))
            .form(&[("lang", "fr"), ("back", "/")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 422);
        assert!(response.headers().get("set-cookie").is_none());
        let body = response.text().await.unwrap();
        assert!(body.contains("That language is not available") && body.contains("यह भाषा उपलब्ध नहीं है"), "{body}");
    })
    .await;
}

#[tokio::test]
async fn the_switch_never_redirects_to_another_site() {
    on_each_engine(|app| async move {
        for back in ["//evil.example/", "https://evil.example/", "/\\evil.example"] {
            let response = app
                .client
                .post(app.url(app::ui::layout::SetLanguage::PATH))
                .form(&[("lang", "hi"), ("back", back)])
                .send()
                .await
                .unwrap();
            let location = response.headers().get("location").map(|l| l.to_str().unwrap().to_string());
            assert!(location.as_deref().is_none_or(|l| !l.contains("evil")), "{back} → {location:?}");
        }
    })
    .await;
}

#[tokio::test]
async fn a_refused_switch_from_a_plain_form_goes_back_to_the_page_with_the_error() {
    on_each_engine(|app| async move {
        let response = app
            .client
            .post(app.url(app::ui::layout::SetLanguage::PATH))
            .header("Accept", "text/html")
            .header("Referer", app.url("/products"))
            .form(&[("lang", "fr"), ("back", "/products")])
            .send()
            .await
            .unwrap();
        assert!(response.status().is_redirection(), "{}", response.status());
        let location = response.headers()["location"].to_str().unwrap();
        assert!(location.contains("/products") && location.contains("__err="), "{location}");
        assert!(response.headers().get("set-cookie").is_none());
    })
    .await;
}

#[tokio::test]
async fn the_header_switch_also_changes_a_signed_in_persons_profile_language() {
    on_each_engine(|app| async move {
        let session = app.session_for("9000000001").await;
        let lang_of = || async {
            sqlx::query_scalar::<_, String>("SELECT lang FROM users WHERE phone = '9000000001'")
                .fetch_one(&app.db.pool)
                .await
                .unwrap()
        };
        let answer =
            app.submit(app::ui::layout::SetLanguage::PATH, &[("lang", "en"), ("back", "/")], Some(&session)).await;
        assert_eq!(answer.status, 302);
        assert_eq!(lang_of().await, "en", "notices and emails follow the switch");
        app.submit(app::ui::layout::SetLanguage::PATH, &[("lang", "hi"), ("back", "/")], Some(&session)).await;
        assert_eq!(lang_of().await, "hi");
    })
    .await;
}

#[tokio::test]
async fn the_cart_link_shows_how_many_products_are_in_the_cart() {
    on_each_engine(|app| async move {
        let session = app.session_for("9000000001").await;
        let (_, page) = app.get_as("/", &session).await;
        assert!(!page.contains("class=\"cart-count\""), "nothing in the cart, no count");
        let mango: i64 = sqlx::query_scalar("SELECT id FROM products WHERE slug = 'mango-pickle-khorpa'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        let form = [("product_id", mango.to_string()), ("qty", "2".to_string())];
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        app.submit(app::cart::api::AddToCart::PATH, &form, Some(&session)).await;
        let (_, page) = app.get_as("/", &session).await;
        assert!(page.contains("<span class=\"cart-count\">(1)</span>"), "one product in the cart");
    })
    .await;
}
