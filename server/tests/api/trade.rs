//! The trader's table (`/trade`, `/trade.csv`) over HTTP, on both engines:
//! who may see it, what a row says, sorting and filters, and the CSV.

use crate::helpers::{on_each_engine, raipur_address};

/// Where each listing's row starts in the page, in order of appearance.
fn order_of(body: &str, slugs: &[&str]) -> Vec<usize> {
    slugs.iter().map(|s| body.find(&format!("href=\"/p/{s}\"")).unwrap_or_else(|| panic!("{s} in the table"))).collect()
}

#[tokio::test]
async fn a_verified_trader_compares_petticoats_across_groups_at_her_quantity() {
    on_each_engine(|app| async move {
        let trader = app.session_for("9000000005").await;
        let user = app::accounts::store::user_by_phone(&app.db, "9000000005").await.unwrap().unwrap();

        // Without an address: prices at her quantity, and a way to add one.
        let (status, body) = app.get_as("/trade?q=petticoat&qty=600", &format!("{trader}; haat_lang=en")).await;
        assert_eq!(status, 200, "{body}");
        assert!(body.contains("Add an address in your account"), "no address, no delivery");
        for slug in ["cotton-petticoat-bilaua", "cotton-petticoat-sankra", "cotton-petticoat-jalkoti"] {
            assert!(body.contains(&format!("href=\"/p/{slug}\"")), "{slug} listed");
        }
        assert!(!body.contains("href=\"/p/jute-shopping-bag-bilaua\""), "only petticoats");
        // Shakti's 500+ tier applies at 600.
        assert!(body.contains("₹170"), "the tier for 600");

        // To her Raipur address: Shakti (Gwalior, no GST) cannot send to
        // Chhattisgarh; Pragati (Raipur district) is nearest and cheapest.
        raipur_address(&app, user.id).await;
        let (_, body) = app.get_as("/trade?q=petticoat&qty=600", &format!("{trader}; haat_lang=en")).await;
        assert!(body.contains("not registered for GST"), "the GST rule in words");
        let order =
            order_of(&body, &["cotton-petticoat-sankra", "cotton-petticoat-jalkoti", "cotton-petticoat-bilaua"]);
        assert!(order[0] < order[1] && order[1] < order[2], "landed price first, the one that cannot ship last");
        // Pragati holds 180 and makes 150 a week: 420 more take three weeks.
        assert!(body.contains("420 more, ready in 21 days"), "{body}");

        // Only what can reach her, and only what is in stock.
        let (_, body) =
            app.get_as("/trade?q=petticoat&qty=250&ships=1&stock=1", &format!("{trader}; haat_lang=en")).await;
        assert!(body.contains("href=\"/p/cotton-petticoat-jalkoti\""));
        assert!(!body.contains("href=\"/p/cotton-petticoat-bilaua\""), "cannot ship to her");
        assert!(!body.contains("href=\"/p/cotton-petticoat-sankra\""), "holds only 180");

        // Sorted by stock, most first; a heading links to the other direction.
        let (_, body) = app.get_as("/trade?q=petticoat&qty=10&sort=stock", &format!("{trader}; haat_lang=en")).await;
        let order =
            order_of(&body, &["cotton-petticoat-bilaua", "cotton-petticoat-jalkoti", "cotton-petticoat-sankra"]);
        assert!(order[0] < order[1] && order[1] < order[2], "600, 300, 180");
        assert!(body.contains("sort=stock&amp;dir=asc") || body.contains("sort=stock&dir=asc"));

        // A category works too, in Hindi by default.
        let (_, body) = app.get_as("/trade?category=spices&q=haldi&qty=100", &trader).await;
        assert!(body.contains("थोक ख़रीद"));
        for slug in ["turmeric-powder-kangoo", "turmeric-powder-nimrani", "turmeric-powder-karanji"] {
            assert!(body.contains(&format!("href=\"/p/{slug}\"")), "{slug} found by haldi");
        }

        // Nonsense in the address bar: a notice, the table still works.
        let (status, body) =
            app.get_as("/trade?q=petticoat&qty=lots&sort=nope", &format!("{trader}; haat_lang=en")).await;
        assert_eq!(status, 200);
        assert!(body.contains("must be a whole number") && body.contains("href=\"/p/cotton-petticoat-bilaua\""));
    })
    .await;
}

#[tokio::test]
async fn the_csv_has_every_row_and_only_a_verified_trader_gets_it() {
    on_each_engine(|app| async move {
        let trader = app.session_for("9000000005").await;
        let user = app::accounts::store::user_by_phone(&app.db, "9000000005").await.unwrap().unwrap();
        raipur_address(&app, user.id).await;
        let response = app
            .client
            .get(app.url("/trade.csv?q=petticoat&qty=600&sort=price"))
            .header("Cookie", format!("{trader}; haat_lang=en"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
        assert_eq!(response.headers()["cache-control"], "private, no-store");
        let body = response.text().await.unwrap();
        assert!(body.starts_with('\u{feff}'), "a byte-order mark, for Excel");
        let lines: Vec<&str> = body.trim_end().lines().collect();
        assert!(lines[0].contains("Unit price (₹)"), "{}", lines[0]);
        assert_eq!(lines.len(), 1 + 4, "the header and four petticoat listings: {lines:#?}");
        assert!(
            lines[1].contains("Cotton petticoat, five-panel") && lines[1].contains("165.00"),
            "cheapest first: {}",
            lines[1]
        );
        assert!(
            lines.iter().any(|l| l.contains("Cotton petticoat, six-panel") && l.contains("170.00")),
            "the 500+ tier"
        );

        // Not a verified trader: refused, nothing leaks.
        for (phone, status) in [("9000000006", 403), ("9000000001", 403)] {
            let cookie = app.session_for(phone).await;
            let (got, body) = app.get_as("/trade.csv?q=petticoat", &cookie).await;
            assert_eq!(got, status, "{phone}");
            assert!(!body.contains("petticoat"), "{phone}: {body}");
        }
        let (got, _) = app.get("/trade.csv?q=petticoat", None).await;
        assert_eq!(got, 401);
    })
    .await;
}

#[tokio::test]
async fn others_are_told_why_the_table_is_closed_and_how_to_open_it() {
    on_each_engine(|app| async move {
        let unverified = app.session_for("9000000006").await;
        let (status, body) = app.get_as("/trade?q=petticoat", &format!("{unverified}; haat_lang=en")).await;
        assert_eq!(status, 200);
        assert!(body.contains("the district office is checking its GSTIN"), "{body}");
        assert!(!body.contains("href=\"/p/cotton-petticoat-bilaua\""));
        let shopper = app.session_for("9000000001").await;
        let (_, body) = app.get_as("/trade?q=petticoat", &shopper).await;
        assert!(body.contains("GST में पंजीकृत व्यापारियों के लिए"), "Hindi first");
        assert!(body.contains("href=\"/account#trader-heading\""));
        let (status, body) = app.get("/trade", Some("en")).await;
        assert_eq!(status, 401, "{body}");
    })
    .await;
}
