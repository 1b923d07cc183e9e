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
