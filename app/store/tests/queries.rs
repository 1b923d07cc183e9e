//! The number of statements behind a cart does not grow with its lines:
//! a 20-line cart is read, priced and quoted with as many statements as a
//! 1-line cart (no query per line). Counted from sqlx's own statement log,
//! on both engines. Its own test binary, because the counter is global.

#![allow(clippy::unwrap_used)]

use haat_store::cart::store as cart;
use haat_store::db::testing::each_engine;
use haat_store::db::Db;
use haat_store::orders::checkout;
use haat_store::orders::types::ShipTo;
use std::sync::atomic::{AtomicUsize, Ordering};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::Layer;

static STATEMENTS: AtomicUsize = AtomicUsize::new(0);

/// Counts every statement sqlx logs (target `sqlx::query`), on any thread,
/// except a new connection's own setup (`Db::connect`'s PRAGMAs and `SET`s):
/// the pool opens connections when it likes, and a busy machine moves that
/// into or out of the work being counted.
struct CountStatements;

/// The statement's summary, as sqlx logs it.
#[derive(Default)]
struct Summary(String);

impl tracing::field::Visit for Summary {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        if field.name() == "summary" {
            self.0 = value.to_string();
        }
    }
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if field.name() == "summary" {
            self.0 = format!("{value:?}");
        }
    }
}

impl<S: tracing::Subscriber> Layer<S> for CountStatements {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        if event.metadata().target() == "sqlx::query" {
            let mut summary = Summary::default();
            event.record(&mut summary);
            let summary = summary.0.trim_start_matches('"').to_ascii_lowercase();
            // The work counted never issues PRAGMA or SET; a new connection's setup does.
            let setup = summary.starts_with("pragma ") || summary.starts_with("set ");
            if !setup {
                STATEMENTS.fetch_add(1, Ordering::SeqCst);
            }
        }
    }
}

async fn statements_for<F: std::future::Future>(work: F) -> usize {
    let before = STATEMENTS.load(Ordering::SeqCst);
    work.await;
    STATEMENTS.load(Ordering::SeqCst) - before
}

async fn cart_of(db: &Db, lines: &[i64]) -> i64 {
    let id = cart::find_or_create(
        &mut db.pool.acquire().await.unwrap(),
        &cart::Owner::Visitor(format!("lines-{}", lines.len())),
    )
    .await
    .unwrap();
    for product in lines {
        cart::set_qty(db, id, *product, 1).await.unwrap();
    }
    id
}

#[tokio::test]
async fn a_twenty_line_cart_takes_as_many_statements_as_a_one_line_cart() {
    tracing::subscriber::set_global_default(tracing_subscriber::registry().with(CountStatements)).unwrap();
    each_engine(|db| async move {
        haat_store::testing::catalogue(&db).await;
        haat_store::testing::bulk_products(&db, 40).await;
        let products: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM products WHERE slug LIKE 'bench-%' ORDER BY id LIMIT 20")
                .fetch_all(&db.pool)
                .await
                .unwrap();
        assert_eq!(products.len(), 20);
        let ship_to = ShipTo {
            name: "Sunita".into(),
            phone: "9000000001".into(),
            line1: "12 Station Road".into(),
            line2: String::new(),
            city: "Raipur".into(),
            district: "Raipur".into(),
            state_id: 22,
            pincode: "492001".into(),
        };
        let one = cart_of(&db, &products[..1]).await;
        let twenty = cart_of(&db, &products).await;

        let view_one = statements_for(async { cart::view(&db, Some(one)).await.unwrap() }).await;
        let view_twenty = statements_for(async {
            let view = cart::view(&db, Some(twenty)).await.unwrap();
            assert_eq!(view.groups.iter().map(|g| g.lines.len()).sum::<usize>(), 20);
        })
        .await;
        assert!(view_one > 0, "the counter sees sqlx's statements");
        assert_eq!(view_twenty, view_one, "the cart page: statements for 20 lines vs 1");

        let items = |ids: &[i64]| ids.iter().map(|id| (*id, 1)).collect::<Vec<_>>();
        let groups_of = |ids: &[i64]| {
            let db = db.clone();
            let ids = ids.to_vec();
            async move {
                let mut groups: Vec<i64> = Vec::new();
                for id in ids {
                    let g: i64 = sqlx::query_scalar("SELECT group_id FROM products WHERE id = $1")
                        .bind(id)
                        .fetch_one(&db.pool)
                        .await
                        .unwrap();
                    if !groups.contains(&g) {
                        groups.push(g);
                    }
                }
                groups.len()
            }
        };
        let (g1, g20) = (groups_of(&products[..1]).await, groups_of(&products).await);
        let quote_one =
            statements_for(async { checkout::quote(&db, &items(&products[..1]), &ship_to).await.unwrap() }).await;
        let quote_twenty =
            statements_for(async { checkout::quote(&db, &items(&products), &ship_to).await.unwrap() }).await;
        // Delivery is priced once per group (its own settings); lines add nothing.
        let per_group = 1;
        assert_eq!(
            quote_twenty - per_group * g20,
            quote_one - per_group * g1,
            "the checkout quote: statements beyond one per group, 20 lines vs 1"
        );

        // Placing: every listing is read in one query; what grows with the
        // lines is the two writes each line needs (its stock taken by the
        // conditional UPDATE, its order line written). One group, so the
        // per-order work (delivery, number, events, notices) is the same.
        let group: i64 = sqlx::query_scalar("SELECT group_id FROM products WHERE id = $1")
            .bind(products[0])
            .fetch_one(&db.pool)
            .await
            .unwrap();
        let same_group: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM products WHERE slug LIKE 'bench-%' AND group_id = $1 ORDER BY id LIMIT 20",
        )
        .bind(group)
        .fetch_all(&db.pool)
        .await
        .unwrap();
        assert_eq!(same_group.len(), 20);
        sqlx::query(
            "UPDATE stock SET on_hand = 100 WHERE product_id IN (SELECT id FROM products WHERE slug LIKE 'bench-%')",
        )
        .execute(&db.pool)
        .await
        .unwrap();
        let buyer = haat_store::testing::shopper(&db, "9800000001").await;
        let checkout = |key: &str, ids: &[i64]| checkout::Checkout {
            buyer_id: buyer,
            idempotency_key: key.into(),
            ship_to: ship_to.clone(),
            items: ids.iter().map(|id| (*id, 1)).collect(),
            choices: std::collections::HashMap::from([(
                group,
                haat_store::orders::choice::GroupChoice {
                    delivery: haat_store::orders::delivery::DeliveryMethod::Pickup,
                    payment: haat_store::orders::types::PaymentMethod::CashOnDelivery,
                },
            )]),
            made: Default::default(),
            po_number: None,
            entered_by: None,
            agreed: std::collections::HashMap::new(),
            channel: haat_store::orders::types::OrderChannel::Retail,
        };
        let (one, twenty) =
            (checkout("placing-one-line-01", &same_group[..1]), checkout("placing-twenty-lines", &same_group));
        let place_one = statements_for(async { haat_store::testing::place(&db, &one).await.unwrap() }).await;
        let place_twenty = statements_for(async { haat_store::testing::place(&db, &twenty).await.unwrap() }).await;
        assert_eq!(place_twenty - place_one, 2 * 19, "placing: only each line's stock take and line insert grow");
    })
    .await;
}
