//! The trader's table (`/trade`, `/trade.csv`) over HTTP, on both engines:
//! who may see it, what a row says, sorting and filters, and the CSV.

use crate::helpers::{field, on_each_engine, pairs, product_id, raipur_address};
use leptos::server_fn::ServerFn;

const PLACE: &str = app::trade::api::PlaceTradeBuy::PATH;

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
        assert_eq!(lines.len(), 1 + 5, "the header and five petticoat listings: {lines:#?}");
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

#[tokio::test]
async fn a_verified_trader_splits_600_petticoats_over_three_groups_adjusts_a_line_and_places_it() {
    on_each_engine(|app| async move {
        let trader = app.session_for("9000000005").await;
        let cookie = format!("{trader}; haat_lang=en");
        let user = app::accounts::store::user_by_phone(&app.db, "9000000005").await.unwrap().unwrap();
        let address = raipur_address(&app, user.id).await;
        let (sankra, khapri, jalkoti) = (
            product_id(&app, "cotton-petticoat-sankra").await,
            product_id(&app, "poplin-petticoat-khapri").await,
            product_id(&app, "cotton-petticoat-jalkoti").await,
        );
        // Needed in ten days: Pragati (4 days by courier) can send only
        // what it holds; Ujala holds 200; Narmada (6 days from Madhya
        // Pradesh) the rest. Shakti has no GST registration: left out.
        let by = app::dates::iso_day(app::trade::api::today() + 10);
        let (status, page) =
            app.get_as(&format!("/trade?q=petticoat&qty=600&buy=1&by={by}"), &cookie).await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("Proposed split") && page.contains("600 of 600 from 3 groups"), "{page}");
        assert_eq!(field(&page, &format!("line[{sankra}]")).as_deref(), Some("180"));
        assert_eq!(field(&page, &format!("line[{khapri}]")).as_deref(), Some("200"));
        assert_eq!(field(&page, &format!("line[{jalkoti}]")).as_deref(), Some("220"));
        assert!(page.contains("180 from stock; ₹180 a unit;"), "each line in words");
        assert!(page.contains("Groups left out") && page.contains("not registered for GST"));

        // Too soon for anyone: what is short, and when it could all come.
        let soon = app::dates::iso_day(app::trade::api::today() + 6);
        let (_, page) = app.get_as(&format!("/trade?q=petticoat&qty=600&buy=1&by={soon}"), &cookie).await;
        assert!(page.contains("380 of 600 can reach you by"), "Pragati and Ujala from stock: {page}");
        assert!(page.contains("; all 600 by"), "{page}");

        // She takes 250 from Narmada instead, and sees the new total.
        let (_, page) = app
            .get_as(
                &format!(
                    "/trade?q=petticoat&qty=600&buy=1&by={by}&line%5B{sankra}%5D=180&line%5B{khapri}%5D=200&line%5B{jalkoti}%5D=250"
                ),
                &cookie,
            )
            .await;
        assert!(page.contains("Your split") && page.contains("630 of 600 from 3 groups"), "{page}");
        let key = field(&page, "key").unwrap();
        let total = field(&page, "total").unwrap();
        let form = vec![
            ("address_id".to_string(), address.to_string()),
            ("key".into(), key.clone()),
            ("total".into(), total.clone()),
            ("payment".into(), "cod".into()),
            ("by".into(), by),
            ("po".into(), "AW/PO/2026/118".into()),
            (format!("line[{sankra}]"), "180".into()),
            (format!("line[{khapri}]"), "200".into()),
            (format!("line[{jalkoti}]"), "250".into()),
        ];

        // A line that breaks a rule: refused in words, nothing placed.
        let mut bad = form.clone();
        bad[7].1 = "205".into();
        let answer = app.call(PLACE, &pairs(&bad), Some(&cookie)).await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        assert!(answer.body.contains("whole packs of 10") && answer.body.contains("पूरे पैक"), "{}", answer.body);
        // A total she was not shown: refused, nothing placed.
        let mut stale = form.clone();
        stale[2].1 = "100".into();
        let answer = app.call(PLACE, &pairs(&stale), Some(&cookie)).await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        let orders = || async {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM orders").fetch_one(&app.db.pool).await.unwrap()
        };
        assert_eq!(orders().await, 0);

        // Placed: one order per group, one checkout, the page's done page.
        let answer = app.submit(PLACE, &pairs(&form), Some(&cookie)).await;
        assert!(matches!(answer.status, 302 | 303), "{} {}", answer.status, answer.body);
        let done = answer.headers["location"].to_str().unwrap().to_string();
        assert!(done.starts_with("/checkout/done/"), "{done}");
        assert_eq!(orders().await, 3);
        let (status, page) = app.get_as(&done, &cookie).await;
        assert_eq!(status, 200);
        assert!(page.contains("Pragati") && page.contains("Ujala") && page.contains("Narmada"), "{page}");
        // Her purchase order is on every order, and on the tax invoice once it is issued.
        let (first, number): (i64, String) = sqlx::query_as("SELECT id, number FROM orders ORDER BY id LIMIT 1")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        let (_, page) = app.get_as(&format!("/orders/{number}"), &cookie).await;
        assert!(page.contains("Buyer&#x27;s purchase order") || page.contains("Buyer's purchase order"), "{page}");
        assert!(page.contains("AW/PO/2026/118"), "{page}");
        let mut conn = app.db.pool.acquire().await.unwrap();
        app::payments::store::issue_invoice(&mut conn, first, app::db::now_ms()).await.unwrap();
        drop(conn);
        let (status, page) = app.get_as(&format!("/orders/{number}/invoice"), &cookie).await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("AW/PO/2026/118"), "{page}");
        // Taken from stock as a cart is; nothing to make here.
        let left: i64 = sqlx::query_scalar("SELECT CAST(SUM(on_hand) AS BIGINT) FROM stock WHERE product_id = $1")
            .bind(jalkoti)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(left, 50);
        // Sent again (a double tap): the same checkout, nothing more.
        let again = app.submit(PLACE, &pairs(&form), Some(&cookie)).await;
        assert_eq!(again.headers["location"].to_str().unwrap(), done);
        assert_eq!(orders().await, 3);

        // Without a date, Pragati makes what it does not hold: 600 from one group.
        let (_, page) = app.get_as("/trade?q=petticoat&qty=600&buy=1", &cookie).await;
        assert!(page.contains("600 of 600 from one group"), "{page}");
        assert!(page.contains("600 made for you"), "Pragati's stock went to the first split: {page}");
        let made = vec![
            ("address_id".to_string(), address.to_string()),
            ("key".into(), field(&page, "key").unwrap()),
            ("total".into(), field(&page, "total").unwrap()),
            ("payment".into(), "cod".into()),
            (format!("line[{sankra}]"), "600".into()),
        ];
        let answer = app.submit(PLACE, &pairs(&made), Some(&cookie)).await;
        assert!(matches!(answer.status, 302 | 303), "{} {}", answer.status, answer.body);
        let number: String = sqlx::query_scalar("SELECT number FROM orders ORDER BY id DESC LIMIT 1")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        let (_, page) = app.get_as(&format!("/orders/{number}"), &cookie).await;
        assert!(page.contains("All 600 to be made for this order"), "{page}");

        // Others are refused: an unverified trader, a shopper, anyone signed out.
        for phone in ["9000000006", "9000000001"] {
            let other = app.session_for(phone).await;
            let answer = app.call(PLACE, &pairs(&form), Some(&other)).await;
            assert_eq!(answer.status, 403, "{phone}: {}", answer.body);
        }
        let answer = app.call(PLACE, &pairs(&form), None).await;
        assert_eq!(answer.status, 401);
        assert_eq!(orders().await, 4);
    })
    .await;
}
