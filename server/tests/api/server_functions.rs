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
