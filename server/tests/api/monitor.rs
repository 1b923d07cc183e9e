//! The officials' dashboard (#17) over HTTP, on both engines: Raipur's
//! official sees what waits in Raipur (a late order first, one tap from
//! its page) and never Gwalior's; the list downloads as an Excel-friendly
//! CSV; a step that does not exist gets a clear answer, not a 500.

use crate::helpers::{id_of, on_each_engine, product_id};
use app::orders::delivery::DeliveryMethod;
use app::orders::types::PaymentMethod;

#[tokio::test]
async fn raipurs_official_sees_raipurs_waiting_orders_late_first_and_as_csv() {
    on_each_engine(|app| async move {
        let sunita = id_of(&app, "SELECT id FROM users WHERE phone = '9000000001'").await;
        let pickle = product_id(&app, "mango-pickle-khorpa").await;
        let besan = product_id(&app, "chana-besan-tighra").await;
        let raipur = app::testing::order_of(
            &app.db,
            sunita,
            "monitor-1",
            pickle,
            1,
            "chhattisgarh",
            PaymentMethod::CashOnDelivery,
            DeliveryMethod::Courier,
        )
        .await;
        let gwalior = app::testing::order_of(
            &app.db,
            sunita,
            "monitor-2",
            besan,
            1,
            "madhya-pradesh",
            PaymentMethod::CashOnDelivery,
            DeliveryMethod::Courier,
        )
        .await;
        // Raipur's order has waited two days for its group to accept it.
        let two_days_ago = app::db::now_ms() - 48 * 60 * 60 * 1000;
        sqlx::query("UPDATE orders SET updated_at = $1 WHERE id = $2")
            .bind(two_days_ago)
            .bind(raipur.id)
            .execute(&app.db.pool)
            .await
            .unwrap();

        let priya = app.session_for("9000000008").await;
        let (status, page) = app.get_as("/monitor", &priya).await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("निगरानी") && page.contains("रायपुर"), "{page}");
        // The late list, opening on the order itself; Gwalior's is not there.
        assert!(page.contains(&format!("href=\"/orders/{}\"", raipur.number)), "{page}");
        assert!(page.contains("2 दिन"), "its age: {page}");
        assert!(!page.contains(&gwalior.number), "Gwalior's order on Raipur's page");
        // One step's list: Raipur's order waits to be accepted.
        let (_, step) = app.get_as("/monitor?wait=to_accept", &priya).await;
        assert!(step.contains(&raipur.number) && !step.contains(&gwalior.number), "{step}");
        let (_, other) = app.get_as("/monitor?wait=to_dispatch", &priya).await;
        assert!(other.contains("इस क़दम पर कुछ भी इंतज़ार में नहीं"), "{other}");

        // The CSV: a byte-order mark, the header in her language, the late order.
        let csv = app
            .client
            .get(app.url("/monitor/waiting.csv?wait=to_accept"))
            .header("Cookie", &priya)
            .send()
            .await
            .unwrap();
        assert_eq!(csv.status().as_u16(), 200);
        assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        let body = csv.text().await.unwrap();
        assert!(body.starts_with('\u{feff}'), "Excel reads UTF-8 by its byte-order mark");
        let lines: Vec<&str> = body.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 2, "{body}");
        assert!(lines[0].starts_with("क़दम,किस पर,क्रमांक"), "{}", lines[0]);
        assert!(lines[1].contains(&raipur.number) && lines[1].ends_with(",देर"), "{}", lines[1]);

        // Gwalior's official: Gwalior's order, not Raipur's.
        let vandana = app.session_for("9000000011").await;
        let (_, theirs) = app.get_as("/monitor?wait=to_accept", &vandana).await;
        assert!(theirs.contains(&gwalior.number) && !theirs.contains(&raipur.number), "{theirs}");

        // No such step: a clear answer in both languages, on the page and the CSV.
        let (status, page) = app.get_as("/monitor?wait=nonsense", &priya).await;
        assert_eq!(status, 422, "{page}");
        assert!(page.contains("ऐसा कोई क़दम नहीं"), "{page}");
        let bad = app
            .client
            .get(app.url("/monitor/waiting.csv?wait=nonsense"))
            .header("Cookie", &priya)
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status().as_u16(), 422);
        // A shopper and a seller may not watch.
        for phone in ["9000000001", "9000000002"] {
            let session = app.session_for(phone).await;
            let csv = app.client.get(app.url("/monitor/waiting.csv")).header("Cookie", &session).send().await.unwrap();
            assert_eq!(csv.status().as_u16(), 403, "{phone}");
        }
    })
    .await;
}
