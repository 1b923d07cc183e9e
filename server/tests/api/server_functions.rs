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

#[tokio::test]
async fn malformed_input_that_used_to_crash_a_request_is_a_clear_4xx() {
    on_each_engine(|app| async move {
        // Price filters at Decimal's own limit: no panic, no dropped connection.
        let huge = "79228162514264337593543950335";
        for path in [format!("/products?min={huge}"), format!("/products?max={huge}&min=1e27")] {
            let response = app.client.get(app.url(&path)).send().await.expect("answered, not dropped");
            assert_eq!(response.status().as_u16(), 200, "{path}");
        }
        // The API takes a whole query: every field, as the page's own calls send it.
        let whole = |extra: &[(&'static str, String)]| {
            let mut form: Vec<(&'static str, String)> =
                vec![("query[in_stock_only]", "false".into()), ("query[sort]", "Recommended".into())];
            form.extend(extra.iter().cloned());
            if !extra.iter().any(|(k, _)| *k == "query[page]") {
                form.push(("query[page]", "1".into()));
            }
            form
        };
        let response = app
            .client
            .post(app.url("/api/listing"))
            .form(&whole(&[("query[min_price]", huge.into())]))
            .send()
            .await
            .expect("answered, not dropped");
        assert_eq!(response.status().as_u16(), 200, "a price limit beyond every price finds nothing");

        // Through the API, a search past the limit and a page out of range are refused plainly.
        for extra in [vec![("query[search]", "अ".repeat(60_000))], vec![("query[page]", "0".to_string())]] {
            let response = app.client.post(app.url("/api/listing")).form(&whole(&extra)).send().await.unwrap();
            assert_eq!(response.status().as_u16(), 422);
        }

        // The file forms without a multipart body: 400, signed in or not.
        for content_type in [None, Some("text/plain"), Some("multipart/form-data")] {
            let mut request = app.client.post(app.url("/api/upload_photos")).body("listing_id=1");
            if let Some(content_type) = content_type {
                request = request.header("Content-Type", content_type);
            }
            let response = request.send().await.expect("answered, not dropped");
            assert_eq!(response.status().as_u16(), 400, "{content_type:?}");
        }
        let response = app.client.post(app.url("/api/import_listings")).send().await.expect("answered");
        assert_eq!(response.status().as_u16(), 400);

        // A body that is not UTF-8.
        let response = app
            .client
            .post(app.url("/api/product"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(vec![b's', b'l', b'u', b'g', b'=', 0xff, 0xfe])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 400);
    })
    .await;
}
