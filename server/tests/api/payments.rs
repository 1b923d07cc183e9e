//! Paying online through the gateway (its local simulator, speaking
//! Razorpay's protocol), its webhooks, and the invoice of a sent order.

use crate::helpers::{checkout_form, id_of, on_each_engine, pairs, raipur_address, TestApp};
use app::payments::signature::sign;
use haat_server::gateway_sim::{KEY_SECRET, WEBHOOK_SECRET};
use leptos::server_fn::ServerFn;

const SUNITA: &str = "9000000001";
const KAMLA: &str = "9000000002"; // Maa Durga, Khorpa (Raipur), registered for GST
const MEENA: &str = "9000000004"; // Ekta, Tighra (Gwalior): another group

/// The value of the form field `name` in a page.
fn field(page: &str, name: &str) -> Option<String> {
    let at = page.find(&format!("name=\"{name}\""))?;
    let rest = &page[at..];
    let value = rest.find("value=\"")? + 7;
    let end = rest[value..].find('"')?;
    Some(rest[value..value + end].replace("&amp;", "&").replace("&quot;", "\""))
}

async fn scalar(app: &TestApp, sql: &'static str, number: &str) -> String {
    sqlx::query_scalar::<_, String>(sql).bind(number).fetch_one(&app.db.pool).await.unwrap()
}

/// Sunita orders one jar from Khorpa for pickup, paying `payment`; returns the order number.
pub async fn one_order(app: &TestApp, session: &str, payment: &str, key: &str) -> String {
    let mango = id_of(app, "SELECT id FROM products WHERE slug = 'mango-pickle-khorpa'").await;
    let khorpa = id_of(app, "SELECT id FROM shg_groups WHERE slug = 'maa-durga-shg-khorpa'").await;
    app.submit(app::cart::api::AddToCart::PATH, &[("product_id", &mango.to_string()), ("qty", "1")], Some(session))
        .await;
    let user = app::accounts::store::user_by_phone(&app.db, SUNITA).await.unwrap().unwrap();
    let address_id = raipur_address(app, user.id).await.to_string();
    let mut form = checkout_form(app, session, &address_id, &[(khorpa, "pickup", payment)]).await;
    form.retain(|(k, _)| k != "key");
    form.push(("key".into(), key.into()));
    let answer = app.submit(app::orders::api::PlaceOrder::PATH, &pairs(&form), Some(session)).await;
    assert_eq!(answer.status, 302, "{}", answer.body);
    sqlx::query_scalar("SELECT number FROM orders WHERE buyer_id = $1 ORDER BY id DESC")
        .bind(user.id)
        .fetch_one(&app.db.pool)
        .await
        .unwrap()
}

/// Waits (briefly) until the simulator's webhooks have all been handled.
async fn webhooks_settled(app: &TestApp, at_least: i64) {
    for _ in 0..100 {
        let seen: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM gateway_events").fetch_one(&app.db.pool).await.unwrap();
        if seen >= at_least {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the simulator's webhooks did not arrive");
}

#[tokio::test]
async fn paying_online_through_the_gateway_confirms_the_order_once() {
    on_each_engine(|app| async move {
        let session = app.session_for(SUNITA).await;
        let number = one_order(&app, &session, "gateway", "gateway-key-000000000001").await;
        assert_eq!(scalar(&app, "SELECT status FROM orders WHERE number = $1", &number).await, "awaiting_payment");

        // The order page opens the gateway's order and posts to its checkout.
        let (status, page) = app.get_as(&format!("/orders/{number}"), &session).await;
        assert_eq!(status, 200);
        assert!(page.contains("/gateway-sim/v1/checkout/embedded"), "the hosted checkout form");
        let order_id = field(&page, "order_id").expect("the gateway's order id");
        assert!(order_id.starts_with("order_"));
        let callback = field(&page, "callback_url").unwrap();
        assert!(callback.ends_with("/payments/gateway/callback"));
        // Opening the page again does not open a second gateway order.
        let (_, again) = app.get_as(&format!("/orders/{number}"), &session).await;
        assert_eq!(field(&again, "order_id").as_deref(), Some(order_id.as_str()));

        // The gateway's page, then paying.
        let key_id = field(&page, "key_id").unwrap();
        let checkout = app
            .client
            .post(app.url("/gateway-sim/v1/checkout/embedded"))
            .form(&[("key_id", key_id.as_str()), ("order_id", &order_id), ("callback_url", &callback), ("name", "Haat")])
            .send()
            .await
            .unwrap();
        assert_eq!(checkout.status(), 200);
        assert!(checkout.text().await.unwrap().contains("₹140.00"));
        let paid = app
            .client
            .post(app.url("/gateway-sim/pay"))
            .form(&[("order_id", order_id.as_str()), ("callback_url", &callback), ("outcome", "success")])
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let back: Vec<(String, String)> = ["razorpay_payment_id", "razorpay_order_id", "razorpay_signature"]
            .iter()
            .map(|n| (n.to_string(), field(&paid, n).unwrap()))
            .collect();

        // A forged return is refused and changes nothing.
        let mut forged = back.clone();
        forged[2].1 = sign("not-the-secret", format!("{order_id}|{}", back[0].1).as_bytes());
        let answer = app.client.post(app.url("/payments/gateway/callback")).form(&forged).send().await.unwrap();
        assert_eq!(answer.headers()["location"], format!("/orders/{number}?payment=refused").as_str());

        // The genuine return confirms the order.
        let answer = app.client.post(app.url("/payments/gateway/callback")).form(&back).send().await.unwrap();
        assert_eq!(answer.status(), 303);
        assert_eq!(answer.headers()["location"], format!("/orders/{number}?payment=paid").as_str());
        // The simulator's webhooks (captured twice, order.paid, then authorized) change nothing more.
        webhooks_settled(&app, 3).await;
        assert_eq!(scalar(&app, "SELECT status FROM orders WHERE number = $1", &number).await, "confirmed");
        let ledger: Vec<(String, i64)> = sqlx::query_as(
            "SELECT p.channel, p.amount_paise FROM payments p JOIN orders o ON o.id = p.order_id WHERE o.number = $1",
        )
        .bind(&number)
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
        assert_eq!(ledger, vec![("gateway".to_string(), 14_000)], "one ledger row");
        let confirmations: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM order_events e JOIN orders o ON o.id = e.order_id WHERE o.number = $1 AND e.to_status = 'confirmed'",
        )
        .bind(&number)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
        assert_eq!(confirmations, 1, "confirmed once, though told four times");
        let (_, page) = app.get_as(&format!("/orders/{number}?payment=paid"), &session).await;
        assert!(page.contains("भुगतान मिल गया"));
        assert!(!page.contains("/gateway-sim/v1/checkout/embedded"), "nothing left to pay");
        let (_, earnings) = app.get_as("/earnings", &app.session_for(KAMLA).await).await;
        assert!(earnings.contains("₹140"), "{earnings}");
        // Paid online, the money is Haat's to pay on: due, with the order behind it.
        let due = earnings.split("id=\"due-heading\"").nth(1).expect("the online money is listed as due");
        assert!(due.contains(&format!("/orders/{number}")) && due.contains("₹140"), "{due}");
    })
    .await;
}

#[tokio::test]
async fn webhooks_need_a_genuine_signature_and_act_once() {
    on_each_engine(|app| async move {
        let session = app.session_for(SUNITA).await;
        let number = one_order(&app, &session, "gateway", "gateway-key-000000000002").await;
        let (_, page) = app.get_as(&format!("/orders/{number}"), &session).await;
        let order_id = field(&page, "order_id").unwrap();
        let post = |body: String, signature: String, event_id: &'static str| {
            let app = app.clone();
            async move {
                app.client
                    .post(app.url("/payments/gateway/webhook"))
                    .header("content-type", "application/json")
                    .header("x-razorpay-signature", signature)
                    .header("x-razorpay-event-id", event_id)
                    .body(body)
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            }
        };
        let event = |name: &str, amount: i64| {
            serde_json::json!({"event": name, "payload": {"payment": {"entity": {
                "id": "pay_test0000000001", "order_id": order_id, "amount": amount, "status": "captured",
                "error_description": "Card declined"}}}})
            .to_string()
        };
        let captured = event("payment.captured", 14_000);
        // Unsigned, wrongly signed, or altered after signing: refused.
        assert_eq!(post(captured.clone(), String::new(), "evt_a").await, 400);
        assert_eq!(post(captured.clone(), sign("whsec_other", captured.as_bytes()), "evt_a").await, 400);
        let altered = captured.replace("14000", "100");
        assert_eq!(post(altered, sign(WEBHOOK_SECRET, captured.as_bytes()), "evt_a").await, 400);
        // The wrong amount is not a payment for this order.
        let short = event("payment.captured", 100);
        assert_eq!(post(short.clone(), sign(WEBHOOK_SECRET, short.as_bytes()), "evt_short").await, 200);
        assert_eq!(scalar(&app, "SELECT status FROM orders WHERE number = $1", &number).await, "awaiting_payment");

        // Out of order: a failed attempt, then the capture twice, then a late failure.
        let failed = event("payment.failed", 14_000);
        assert_eq!(post(failed.clone(), sign(WEBHOOK_SECRET, failed.as_bytes()), "evt_fail").await, 200);
        assert_eq!(post(captured.clone(), sign(WEBHOOK_SECRET, captured.as_bytes()), "evt_cap").await, 200);
        assert_eq!(post(captured.clone(), sign(WEBHOOK_SECRET, captured.as_bytes()), "evt_cap").await, 200);
        assert_eq!(post(failed.clone(), sign(WEBHOOK_SECRET, failed.as_bytes()), "evt_fail_late").await, 200);
        assert_eq!(scalar(&app, "SELECT status FROM orders WHERE number = $1", &number).await, "confirmed");
        let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM payments").fetch_one(&app.db.pool).await.unwrap();
        assert_eq!(rows, 1);
        // A checkout signature from the key secret, for completeness: genuine.
        assert!(app::payments::signature::checkout_is_genuine(
            KEY_SECRET,
            &order_id,
            "pay_x",
            &sign(KEY_SECRET, format!("{order_id}|pay_x").as_bytes())
        ));
    })
    .await;
}

#[tokio::test]
async fn the_buyer_downloads_the_invoice_once_the_group_sends_the_goods() {
    on_each_engine(|app| async move {
        let session = app.session_for(SUNITA).await;
        let number = one_order(&app, &session, "cod", "cod-key-0000000000000003").await;
        let kamla = app.session_for(KAMLA).await;
        assert_eq!(app.get_as(&format!("/orders/{number}/invoice.pdf"), &session).await.0, 404, "not before dispatch");
        for step in ["Accept", "Pack", "Dispatch"] {
            let answer = app
                .submit(app::orders::api::OrderStep::PATH, &[("number", &number), ("step", step)], Some(&kamla))
                .await;
            assert_eq!(answer.status, 302, "{step}: {}", answer.body);
        }
        let (status, page) = app.get_as(&format!("/orders/{number}/invoice"), &session).await;
        assert_eq!(status, 200);
        let invoice_number = scalar(
            &app,
            "SELECT i.number FROM invoices i JOIN orders o ON o.id = i.order_id WHERE o.number = $1",
            &number,
        )
        .await;
        assert!(invoice_number.ends_with("/000001") && invoice_number.len() <= 16, "{invoice_number}");
        assert!(page.contains(&invoice_number) && page.contains("कर बीजक"), "a tax invoice: Maa Durga has a GSTIN");
        assert!(page.contains("CGST") && page.contains("SGST") && !page.contains(">IGST<"), "within Chhattisgarh");

        let pdf = app
            .client
            .get(app.url(&format!("/orders/{number}/invoice.pdf")))
            .header("cookie", &session)
            .send()
            .await
            .unwrap();
        assert_eq!(pdf.status(), 200);
        assert_eq!(pdf.headers()["content-type"], "application/pdf");
        let bytes = pdf.bytes().await.unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        // The group sees it; a stranger does not learn it exists.
        assert_eq!(app.get_as(&format!("/orders/{number}/invoice.pdf"), &kamla).await.0, 200);
        let meena = app.session_for(MEENA).await;
        assert_eq!(app.get_as(&format!("/orders/{number}/invoice.pdf"), &meena).await.0, 404);
        assert_eq!(app.get_as(&format!("/orders/{number}/invoice"), &meena).await.0, 404);
    })
    .await;
}
