//! A local stand-in for the payment gateway, for the demo and the tests
//! (`--gateway-simulator`): it plays Razorpay's side of the protocol so the
//! whole online-payment flow runs here without the internet.
//!
//! - `POST /v1/orders` (basic auth with the key id and secret) creates an order.
//! - `POST /v1/checkout/embedded` is the hosted checkout page: it shows the
//!   amount and lets the person pay or fail the payment.
//! - Paying sends the browser back to the shop's `callback_url` with the
//!   signed result (HMAC-SHA256 of `order_id|payment_id`), and posts the
//!   webhooks (`payment.authorized`, `payment.captured`, `order.paid`, or
//!   `payment.failed`) signed over the raw body with the webhook secret.
//!   Like a real gateway under retries, it delivers them out of order and
//!   one of them twice, and retries any that fail.
//!
//! Orders live in memory: the simulator forgets them when the server stops.

use app::payments::signature::sign;
use axum::extract::{Form, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use base64::Engine as _;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Where the simulator is served.
pub const MOUNT: &str = "/gateway-sim";
/// Its fixed test keys (the simulator only ever moves pretend money).
pub const KEY_ID: &str = "rzp_test_haatsimulator";
pub const KEY_SECRET: &str = "haat-simulator-key-secret";
pub const WEBHOOK_SECRET: &str = "haat-simulator-webhook-secret";

#[derive(Clone)]
pub struct Simulator {
    orders: Arc<Mutex<HashMap<String, SimOrder>>>,
    webhook_url: String,
    /// The shop's Devanagari font, served beside the simulator's pages.
    font: std::path::PathBuf,
    client: reqwest::Client,
}

#[derive(Clone, Debug)]
struct SimOrder {
    amount: i64,
    paid_by: Option<String>,
}

/// A fresh id with the gateway's prefix, e.g. `order_3f9a…` (14 hex digits).
fn new_id(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
    static COUNT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{prefix}_{}", &sign("haat-simulator-ids", format!("{nanos}:{n}").as_bytes())[..14])
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

fn rupees(paise: i64) -> String {
    format!("₹{}.{:02}", paise / 100, paise % 100)
}

/// A page of the simulator's checkout. It may be served from another
/// origin than the shop's (as the real gateway is), and a font is only
/// fetched from its page's own origin: the simulator serves it too.
fn page(body: &str) -> Html<String> {
    Html(format!(
        "<!doctype html><html lang=\"hi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Haat test gateway · हाट परीक्षण गेटवे</title><style>\
         @font-face{{font-family:Deva;src:local(\"Noto Sans Devanagari\"),url({MOUNT}/font.woff2) format(\"woff2\");unicode-range:U+0900-097F,U+200C-200D}}\
         body{{font-family:Deva,system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;color:#222}}\
         button{{font-family:inherit}}\
         .banner{{background:#fff3cd;border:1px solid #e0c36a;padding:.6rem;border-radius:.4rem}}\
         button{{font-size:1.1rem;padding:.8rem 1rem;width:100%;margin:.4rem 0;border-radius:.4rem;border:1px solid #555;cursor:pointer}}\
         .pay{{background:#1b5e20;color:#fff}} .amount{{font-size:2rem;font-weight:700}}</style></head><body>\
         <p class=\"banner\">नकली भुगतान: असली पैसा नहीं कटता।<br>Simulated gateway: no real money moves.</p>{body}</body></html>"
    ))
}

fn refuse(status: StatusCode, description: &str) -> Response {
    (status, Json(serde_json::json!({ "error": { "code": "BAD_REQUEST_ERROR", "description": description } })))
        .into_response()
}

#[derive(Deserialize)]
struct NewOrder {
    amount: i64,
    currency: String,
    #[serde(default)]
    receipt: String,
}

#[derive(Deserialize)]
struct CheckoutForm {
    key_id: String,
    order_id: String,
    callback_url: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
struct PayForm {
    order_id: String,
    callback_url: String,
    outcome: String,
}

impl Simulator {
    /// A simulator that posts webhooks to the shop at `site` and serves
    /// the font from the shop's built site at `site_root`.
    pub fn new(site: &str, site_root: &std::path::Path) -> Simulator {
        Simulator {
            orders: Arc::default(),
            webhook_url: format!("{}{}", site.trim_end_matches('/'), app::payments::gateway::WEBHOOK_PATH),
            font: site_root.join("fonts/NotoSansDevanagari-Regular.woff2"),
            client: reqwest::Client::builder().timeout(Duration::from_secs(10)).build().unwrap_or_default(),
        }
    }

    pub fn routes(self) -> Router {
        Router::new()
            .route("/v1/orders", post(create_order))
            .route("/v1/checkout/embedded", post(checkout_page))
            .route("/pay", post(pay))
            .route("/font.woff2", axum::routing::get(font))
            .with_state(self)
    }

    /// Posts one webhook, signed, retrying (up to 5 tries) until the shop answers 2xx.
    async fn deliver(&self, event_id: &str, body: &str) {
        let signature = sign(WEBHOOK_SECRET, body.as_bytes());
        for attempt in 0..5u32 {
            let sent = self
                .client
                .post(&self.webhook_url)
                .header("content-type", "application/json")
                .header("x-razorpay-signature", &signature)
                .header("x-razorpay-event-id", event_id)
                .body(body.to_string())
                .send()
                .await;
            match sent {
                Ok(response) if response.status().is_success() => return,
                Ok(response) => {
                    tracing::warn!(status = %response.status(), event_id, attempt, "simulator: webhook refused")
                }
                Err(error) => tracing::warn!(%error, event_id, attempt, "simulator: webhook not delivered"),
            }
            tokio::time::sleep(Duration::from_millis(200 * 2u64.pow(attempt))).await;
        }
    }
}

async fn create_order(State(sim): State<Simulator>, headers: HeaderMap, Json(order): Json<NewOrder>) -> Response {
    let expected =
        format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{KEY_ID}:{KEY_SECRET}")));
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(expected.as_str()) {
        return refuse(StatusCode::UNAUTHORIZED, "Authentication failed");
    }
    if order.currency != "INR" || order.amount < 100 {
        return refuse(StatusCode::BAD_REQUEST, "The amount must be at least INR 1.00");
    }
    let id = new_id("order");
    sim.orders
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .insert(id.clone(), SimOrder { amount: order.amount, paid_by: None });
    Json(serde_json::json!({
        "id": id, "entity": "order", "amount": order.amount, "amount_paid": 0, "amount_due": order.amount,
        "currency": "INR", "receipt": order.receipt, "status": "created", "attempts": 0,
    }))
    .into_response()
}

async fn checkout_page(State(sim): State<Simulator>, Form(form): Form<CheckoutForm>) -> Response {
    let order = sim.orders.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(&form.order_id).cloned();
    let Some(order) = order.filter(|_| form.key_id == KEY_ID) else {
        return (StatusCode::BAD_REQUEST, page("<h1>भुगतान नहीं मिला / Unknown payment</h1>")).into_response();
    };
    if order.paid_by.is_some() {
        return page("<h1>इसका भुगतान हो चुका है / Already paid</h1>").into_response();
    }
    let hidden = format!(
        "<input type=\"hidden\" name=\"order_id\" value=\"{}\"><input type=\"hidden\" name=\"callback_url\" value=\"{}\">",
        esc(&form.order_id),
        esc(&form.callback_url)
    );
    page(&format!(
        "<h1>{}</h1><p>{}</p><p class=\"amount\">{}</p>\
         <form method=\"post\" action=\"{MOUNT}/pay\">{hidden}<input type=\"hidden\" name=\"outcome\" value=\"success\">\
         <button class=\"pay\" type=\"submit\">{} चुकाएँ / Pay {}</button></form>\
         <form method=\"post\" action=\"{MOUNT}/pay\">{hidden}<input type=\"hidden\" name=\"outcome\" value=\"failure\">\
         <button type=\"submit\">भुगतान विफल करें / Fail this payment</button></form>",
        esc(&form.name),
        esc(&form.description),
        rupees(order.amount),
        rupees(order.amount),
        rupees(order.amount),
    ))
    .into_response()
}

async fn font(State(sim): State<Simulator>) -> Response {
    match tokio::fs::read(&sim.font).await {
        Ok(bytes) => ([(axum::http::header::CONTENT_TYPE, "font/woff2")], bytes).into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn pay(State(sim): State<Simulator>, Form(form): Form<PayForm>) -> Response {
    let payment_id = new_id("pay");
    let success = form.outcome == "success";
    let amount = {
        let mut orders = sim.orders.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let Some(order) = orders.get_mut(&form.order_id) else {
            return (StatusCode::BAD_REQUEST, page("<h1>भुगतान नहीं मिला / Unknown payment</h1>")).into_response();
        };
        if order.paid_by.is_some() {
            return page("<h1>इसका भुगतान हो चुका है / Already paid</h1>").into_response();
        }
        if success {
            order.paid_by = Some(payment_id.clone());
        }
        order.amount
    };
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_secs();
    let payment = |status: &str| {
        serde_json::json!({
            "id": payment_id, "entity": "payment", "amount": amount, "currency": "INR", "status": status,
            "order_id": form.order_id, "method": "upi", "captured": status == "captured",
            "error_code": if status == "failed" { serde_json::json!("BAD_REQUEST_ERROR") } else { serde_json::Value::Null },
            "error_description": if status == "failed" { serde_json::json!("Payment failed") } else { serde_json::Value::Null },
            "created_at": now,
        })
    };
    let event = |name: &str, status: &str| {
        let mut payload = serde_json::json!({ "payment": { "entity": payment(status) } });
        if name == "order.paid" {
            payload["order"] = serde_json::json!({ "entity": { "id": form.order_id, "entity": "order", "amount": amount, "amount_paid": amount, "status": "paid" } });
        }
        (
            new_id("evt"),
            serde_json::json!({
                "entity": "event", "account_id": "acc_haatsimulator", "event": name, "contains": ["payment"],
                "payload": payload, "created_at": now,
            })
            .to_string(),
        )
    };
    let deliveries: Vec<(String, String)> = if success {
        let authorized = event("payment.authorized", "authorized");
        let captured = event("payment.captured", "captured");
        let paid = event("order.paid", "captured");
        // Out of order, and the capture twice (same event id), as retries do.
        vec![captured.clone(), paid, captured, authorized]
    } else {
        vec![event("payment.failed", "failed")]
    };
    let deliverer = sim.clone();
    tokio::spawn(async move {
        for (event_id, body) in deliveries {
            deliverer.deliver(&event_id, &body).await;
        }
    });

    let fields: Vec<(String, String)> = if success {
        vec![
            ("razorpay_payment_id".into(), payment_id.clone()),
            ("razorpay_order_id".into(), form.order_id.clone()),
            ("razorpay_signature".into(), sign(KEY_SECRET, format!("{}|{payment_id}", form.order_id).as_bytes())),
        ]
    } else {
        vec![
            ("error[code]".into(), "BAD_REQUEST_ERROR".into()),
            ("error[description]".into(), "Payment failed".into()),
            ("error[reason]".into(), "payment_failed".into()),
            (
                "error[metadata]".into(),
                serde_json::json!({ "payment_id": payment_id, "order_id": form.order_id }).to_string(),
            ),
        ]
    };
    let inputs: String = fields
        .iter()
        .map(|(name, value)| format!("<input type=\"hidden\" name=\"{}\" value=\"{}\">", esc(name), esc(value)))
        .collect();
    let heading = if success {
        "भुगतान हो गया / Payment successful"
    } else {
        "भुगतान विफल / Payment failed"
    };
    // Like the real hosted checkout, the result is posted back to the shop
    // at once; without JavaScript, the person presses the button.
    page(&format!(
        "<h1>{heading}</h1><form id=\"back\" method=\"post\" action=\"{}\">{inputs}\
         <button class=\"pay\" type=\"submit\">हाट पर लौटें / Return to Haat</button></form>\
         <script>document.getElementById('back').submit()</script>",
        esc(&form.callback_url)
    ))
    .into_response()
}
