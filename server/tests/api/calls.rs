//! Orders by phone (#15) over HTTP, on both engines: a group's leader sets
//! the hours it answers calls, and its product and group pages show a call
//! button with them; nobody else changes them. A member enters an order a
//! trader gave on the phone: the trader's order, recording who entered it.

use crate::helpers::{field, on_each_engine, product_id, raipur_address};
use leptos::server_fn::ServerFn;

const SET: &str = app::groups::api::SetCallHours::PATH;
const PLACE: &str = app::orders::phone::PlacePhoneOrder::PATH;

#[tokio::test]
async fn a_leader_sets_calling_hours_and_her_pages_show_a_call_button() {
    on_each_engine(|app| async move {
        let product = "/p/mango-pickle-khorpa";
        let (_, page) = app.get(product, Some("en")).await;
        assert!(!page.contains("Order by phone"), "no hours, no call button");

        let kamla = app.session_for("9000000002").await;
        let cookie = format!("{kamla}; haat_lang=en");
        // Hours that make no sense: refused in both languages, nothing changes.
        let answer = app.call(SET, &[("from", "18"), ("to", "10")], Some(&cookie)).await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        assert!(answer.body.contains("the start before the end") && answer.body.contains("शुरू का घंटा"));
        // Rekha is a member, not the leader: she sees the hours, cannot change them.
        let rekha = app.session_for("9000000003").await;
        assert_eq!(app.call(SET, &[("from", "9"), ("to", "17")], Some(&rekha)).await.status, 403);
        let (_, sell) = app.get_as("/sell", &format!("{rekha}; haat_lang=en")).await;
        assert!(sell.contains("No call button is shown now") && sell.contains("leader can change"), "{sell}");

        let answer = app.submit(SET, &[("from", "10"), ("to", "18")], Some(&cookie)).await;
        assert!(matches!(answer.status, 302 | 303), "{}", answer.body);
        assert_eq!(answer.headers["location"], "/sell?saved=calls#calls");
        let (_, sell) = app.get_as("/sell?saved=calls", &cookie).await;
        assert!(sell.contains("Calling hours saved") && sell.contains("10 am to 6 pm"), "{sell}");

        // The product page (cached for visitors: the change shows at once) and the group page.
        for path in [product, "/g/maa-durga-shg-khorpa"] {
            let (status, page) = app.get(path, Some("en")).await;
            assert_eq!(status, 200);
            assert!(page.contains("href=\"tel:+91") && page.contains("Order by phone"), "{path}: {page}");
            assert!(page.contains("10 am to 6 pm"), "{path}");
        }
        let (_, page) = app.get(product, Some("hi")).await;
        assert!(page.contains("सुबह 10 से शाम 6 बजे तक"));

        // Both empty: no more calls, no button.
        app.submit(SET, &[("from", ""), ("to", "")], Some(&cookie)).await;
        let (_, page) = app.get(product, Some("en")).await;
        assert!(!page.contains("Order by phone"));
    })
    .await;
}

#[tokio::test]
async fn a_member_enters_an_order_a_trader_gave_on_the_phone() {
    on_each_engine(|app| async move {
        let rajesh = app::accounts::store::user_by_phone(&app.db, "9000000005").await.unwrap().unwrap();
        let rekha = app.session_for("9000000003").await; // a member of Maa Durga, Khorpa
        let cookie = format!("{rekha}; haat_lang=en");
        let (mango, petticoat) =
            (product_id(&app, "mango-pickle-khorpa").await, product_id(&app, "cotton-petticoat-sankra").await);

        // A shopper's number is not a trader's; a trader without an address cannot be delivered to.
        let (_, page) = app.get_as("/sell/phone-order?phone=9000000001", &cookie).await;
        assert!(page.contains("No registered trader has this number"), "{page}");
        let (_, page) = app.get_as("/sell/phone-order?phone=98260%2000005", &cookie).await;
        assert!(page.contains("No registered trader has this number"));
        let (_, page) = app.get_as("/sell/phone-order?phone=9000000005", &cookie).await;
        assert!(page.contains("Agrawal Wholesale") && page.contains("has no saved address"), "{page}");

        let address = raipur_address(&app, rajesh.id).await;
        let (status, page) = app.get_as("/sell/phone-order?phone=%2B91%2090000%2000005", &cookie).await;
        assert_eq!(status, 200);
        assert!(page.contains("GSTIN verified") && page.contains(&format!("name=\"line[{mango}]\"")), "{page}");
        assert!(!page.contains(&format!("name=\"line[{petticoat}]\"")), "only her own group's listings");
        let key = field(&page, "key").unwrap();
        let form = |line: (i64, &str)| {
            vec![
                ("phone".to_string(), "9000000005".to_string()),
                ("address_id".into(), address.to_string()),
                ("key".into(), key.clone()),
                ("payment".into(), "cod".into()),
                (format!("line[{}]", line.0), line.1.to_string()),
            ]
        };
        let orders = || async {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM orders").fetch_one(&app.db.pool).await.unwrap()
        };
        // Another group's listing, nonsense, nothing: refused, nothing placed.
        let answer = app.call(PLACE, &crate::helpers::pairs(&form((petticoat, "10"))), Some(&cookie)).await;
        assert_eq!(answer.status, 404, "{}", answer.body);
        let answer = app.call(PLACE, &crate::helpers::pairs(&form((mango, "lots"))), Some(&cookie)).await;
        assert_eq!(answer.status, 422);
        assert!(answer.body.contains("whole number") && answer.body.contains("पूरी संख्या"));
        let answer = app.call(PLACE, &crate::helpers::pairs(&form((mango, ""))), Some(&cookie)).await;
        assert_eq!(answer.status, 422);
        assert_eq!(orders().await, 0);

        // Twelve jars for Rajesh, cash on delivery: his order, entered by Rekha.
        let answer = app.submit(PLACE, &crate::helpers::pairs(&form((mango, "12"))), Some(&cookie)).await;
        assert!(matches!(answer.status, 302 | 303), "{} {}", answer.status, answer.body);
        let at = answer.headers["location"].to_str().unwrap().to_string();
        assert!(at.starts_with("/orders/HT-"), "{at}");
        // Sent twice (a double tap): one order.
        let again = app.submit(PLACE, &crate::helpers::pairs(&form((mango, "12"))), Some(&cookie)).await;
        assert_eq!(again.headers["location"].to_str().unwrap(), at);
        assert_eq!(orders().await, 1);
        let (buyer, entered_by): (i64, Option<i64>) =
            sqlx::query_as("SELECT buyer_id, entered_by FROM orders").fetch_one(&app.db.pool).await.unwrap();
        let rekha_id = app::accounts::store::user_by_phone(&app.db, "9000000003").await.unwrap().unwrap().id;
        assert_eq!((buyer, entered_by), (rajesh.id, Some(rekha_id)));
        let (_, page) = app.get_as(&at, &cookie).await;
        assert!(page.contains("Taken on the phone and entered by Rekha Nishad"), "{page}");
        // Rajesh sees it among his orders, the twelve-jar tier applied.
        let trader = app.session_for("9000000005").await;
        let (status, page) = app.get_as(&at, &format!("{trader}; haat_lang=en")).await;
        assert_eq!(status, 200);
        assert!(page.contains("₹130") && page.contains("× 12"), "{page}");
    })
    .await;
}
