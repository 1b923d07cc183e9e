//! The server functions as an API: JSON answers, real status codes, no leaks.

use crate::helpers::on_each_engine;

#[tokio::test]
async fn a_product_is_served_as_json_with_money_as_exact_decimals() {
    on_each_engine(|app| async move {
        let response =
            app.client.post(app.url("/api/product")).form(&[("slug", "groundnut-oil-tighra")]).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 200);
        let json: serde_json::Value = response.json().await.unwrap();
        assert_eq!(json["price"], "230.00", "money travels as a decimal string, never a float");
        assert_eq!(json["market_price"], "290.00");
        assert_eq!(json["group"]["slug"], "ekta-shg-tighra");
        assert_eq!(json["tiers"][0]["min_qty"], 12);
    })
    .await;
}

#[tokio::test]
async fn a_missing_product_is_a_404_with_a_bilingual_message() {
    on_each_engine(|app| async move {
        let response = app.client.post(app.url("/api/product")).form(&[("slug", "nothing")]).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 404);
        let body = response.text().await.unwrap();
        assert!(body.contains("NotFound"), "{body}");
    })
    .await;
}

#[tokio::test]
async fn malformed_arguments_are_a_400_not_a_500() {
    on_each_engine(|app| async move {
        let response = app
            .client
            .post(app.url("/api/product"))
            .body("%%%")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .send()
            .await
            .unwrap();
        assert!(response.status().is_client_error(), "{}", response.status());
        let response =
            app.client.post(app.url("/api/listing")).form(&[("query[page]", "not-a-number")]).send().await.unwrap();
        assert!(response.status().is_client_error(), "{}", response.status());
    })
    .await;
}

#[tokio::test]
async fn input_no_page_can_use_is_refused_in_both_languages_never_a_500() {
    on_each_engine(|app| async move {
        let both_languages =
            |body: &str| body.contains("अनुरोध पूरा नहीं हो सका") && body.contains("could not be completed");

        // A NUL in an address (PostgreSQL cannot even compare it).
        for path in ["/p/%00", "/search?q=aam%00", "/g/a%00b", "/c/%00?page=1"] {
            let response = app.client.get(app.url(path)).header("Accept", "text/html").send().await.unwrap();
            assert_eq!(response.status().as_u16(), 400, "{path}");
            assert!(both_languages(&response.text().await.unwrap()), "{path}");
        }
        // A NUL in a form, as a browser sends it and as a script does.
        let response = app
            .client
            .post(app.url("/api/product"))
            .form(&[("slug", "mango\0pickle")])
            .header("Accept", "text/html")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 400);
        assert!(both_languages(&response.text().await.unwrap()));
        let response = app.client.post(app.url("/api/product")).form(&[("slug", "a\0")]).send().await.unwrap();
        assert_eq!((response.status().as_u16(), response.text().await.unwrap()), (400, "\"Request\"".to_string()));

        // A file name no file system allows.
        let response = app.client.get(app.url(&format!("/media/{}", "a".repeat(300)))).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 404);

        // A body past any form's size: 413, said plainly.
        let big = "x".repeat(3 * 1024 * 1024);
        let response = app
            .client
            .post(app.url("/api/product"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(format!("slug={big}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 413);
        assert_eq!(response.text().await.unwrap(), "\"TooLarge\"");

        // Arguments that do not parse: 400, without the parser's words.
        let response = app.client.post(app.url("/api/language")).form(&[("back", "/")]).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 400);
        let body = response.text().await.unwrap();
        assert!(!body.contains("missing") && !body.contains("lang"), "{body}");
        let response = app.client.post(app.url("/api/listing")).form(&[("query[page]", "-1")]).send().await.unwrap();
        let body = response.text().await.unwrap();
        assert!(!body.contains("invalid") && !body.contains("variant"), "{body}");

        // A percent sign typed by a person is just text, in an address or a form.
        let response = app.client.get(app.url("/search?q=100%25")).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 200);
        let response = app.client.post(app.url("/api/product")).form(&[("slug", "100%00")]).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 404, "the slug \"100%00\" is looked up, and not found");
    })
    .await;
}
