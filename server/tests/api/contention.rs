//! A market day on one database: buyers checking out while sellers count
//! stock, tap ±1 and accept orders, all at once. Nothing may fail for being
//! busy (SQLite's "database is locked" was a 500 for half the sellers' taps).

use crate::helpers::{checkout_form, id_of, on_each_engine, pairs, raipur_address, TestApp};
use leptos::server_fn::ServerFn;

const KAMLA: &str = "9000000002"; // a seller of Maa Durga, Khorpa (Raipur)
const SHOPPERS: usize = 8;
const CHECKOUTS_EACH: usize = 3;
const SELLER_CALLS: usize = 40;

/// One shopper: `CHECKOUTS_EACH` times, a jar of mango pickle into the cart
/// and a checkout. Returns every answer's status.
pub async fn shopper(app: TestApp, n: usize) -> Vec<u16> {
    let phone = format!("95000000{n:02}");
    let user = app::testing::shopper(&app.db, &phone).await;
    let address = raipur_address(&app, user).await.to_string();
    let session = app.session_for(&phone).await;
    let mango = id_of(&app, "SELECT id FROM products WHERE slug = 'mango-pickle-khorpa'").await.to_string();
    let khorpa = id_of(&app, "SELECT id FROM shg_groups WHERE slug = 'maa-durga-shg-khorpa'").await;
    let mut statuses = Vec::new();
    for round in 0..CHECKOUTS_EACH {
        let form = [("product_id", mango.as_str()), ("qty", "1")];
        statuses.push(app.call(app::cart::api::AddToCart::PATH, &form, Some(&session)).await.status);
        let key = format!("contention-{n:02}-{round:02}-0000000000");
        let mut form = checkout_form(&app, &session, &address, &[(khorpa, "pickup", "cod")]).await;
        form.retain(|(k, _)| k != "key");
        form.push(("key".into(), key));
        statuses.push(app.call(app::orders::api::PlaceOrder::PATH, &pairs(&form), Some(&session)).await.status);
    }
    statuses
}

/// The seller: counts, taps and accepts, as fast as the answers come.
async fn seller(app: TestApp) -> Vec<u16> {
    let session = app.session_for(KAMLA).await;
    let lemon = id_of(&app, "SELECT id FROM products WHERE slug = 'lemon-pickle-khorpa'").await.to_string();
    let mango = id_of(&app, "SELECT id FROM products WHERE slug = 'mango-pickle-khorpa'").await.to_string();
    let mut statuses = Vec::new();
    for i in 0..SELLER_CALLS {
        let form: Vec<(&str, String)> = match i % 3 {
            0 => vec![("id", lemon.clone()), ("set_to", (50 + i).to_string())],
            1 => vec![("id", lemon.clone()), ("delta", "1".into())],
            _ => vec![("id", mango.clone()), ("delta", "1".into())],
        };
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        statuses.push(app.call(app::listings::api::ChangeStock::PATH, &form, Some(&session)).await.status);
        // Accept whatever has come in meanwhile.
        let waiting: Vec<String> =
            sqlx::query_scalar("SELECT number FROM orders WHERE status = 'confirmed' ORDER BY id LIMIT 2")
                .fetch_all(&app.db.pool)
                .await
                .unwrap();
        for number in waiting {
            let form = [("number", number.as_str()), ("step", "Accept")];
            statuses.push(app.call(app::orders::api::OrderStep::PATH, &form, Some(&session)).await.status);
        }
    }
    statuses
}

#[tokio::test]
async fn buyers_and_sellers_at_once_never_meet_a_busy_database() {
    on_each_engine(|app| async move {
        let mut tasks: Vec<tokio::task::JoinHandle<Vec<u16>>> =
            (0..SHOPPERS).map(|n| tokio::spawn(shopper(app.clone(), n))).collect();
        tasks.push(tokio::spawn(seller(app.clone())));
        tasks.push(tokio::spawn(seller(app.clone())));
        let mut statuses = Vec::new();
        for task in tasks {
            statuses.extend(task.await.unwrap());
        }
        let failed: Vec<&u16> = statuses.iter().filter(|s| **s >= 500).collect();
        assert!(failed.is_empty(), "{} of {} calls failed: {failed:?}", failed.len(), statuses.len());
        // Every checkout placed its order (the jar was in stock throughout),
        // and an accepted order that raced another accept was told so (409).
        assert!(statuses.iter().all(|s| matches!(s, 200 | 409)), "{statuses:?}");
        let orders = id_of(&app, "SELECT COUNT(*) FROM orders").await;
        assert_eq!(orders, (SHOPPERS * CHECKOUTS_EACH) as i64);
    })
    .await;
}
