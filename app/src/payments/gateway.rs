//! The payment gateway, speaking Razorpay's protocol (server only).
//!
//! 1. When the buyer opens an unpaid order to pay online, Haat creates the
//!    gateway's order over its HTTP API (`POST /v1/orders`, basic auth with
//!    the key id and secret) for the order's total, once per order.
//! 2. The order page posts a plain form to the gateway's hosted checkout
//!    (`/v1/checkout/embedded`), so paying works without JavaScript.
//! 3. The gateway posts the buyer back to `callback_url` with
//!    `razorpay_order_id`, `razorpay_payment_id` and `razorpay_signature`
//!    (HMAC-SHA256 of `order_id|payment_id` with the key secret), or with
//!    `error[…]` fields when the payment failed.
//! 4. Independently, it sends webhooks signed over the raw body
//!    (`X-Razorpay-Signature`, with the webhook secret), each with an
//!    `X-Razorpay-Event-Id`. They may come before or after the callback,
//!    in any order, and more than once: each event id is acted on once
//!    (recorded in `gateway_events` in the same transaction as its effect),
//!    and every effect is itself conditional, so a late `payment.failed`
//!    never undoes a capture.
//!
//! The keys come from configuration. For the demo and the tests,
//! `--gateway-simulator` serves a local stand-in for the gateway (the server
//! crate's `gateway_sim`) and points these settings at it.

use crate::db::{now_ms, Db};
use crate::error::AppError;
use crate::payments::gateway_store as store;
pub use crate::payments::gateway_store::{Outcome, Report};
use crate::payments::signature;
use serde::Deserialize;

/// How to reach the gateway.
#[derive(Clone, Debug)]
pub struct Gateway {
    pub key_id: String,
    pub key_secret: String,
    pub webhook_secret: String,
    /// `https://api.razorpay.com`, or the simulator's address.
    pub api_url: String,
    /// Haat's own address, for the callback URL.
    pub site: String,
    pub client: reqwest::Client,
}

impl Gateway {
    pub fn checkout_url(&self) -> String {
        format!("{}/v1/checkout/embedded", self.api_url.trim_end_matches('/'))
    }

    /// The origin (`scheme://host[:port]`) the pay form posts to: the page's
    /// policy allows forms to leave for it and nowhere else. `None` for an
    /// address that is not a plain http(s) URL (then no form may leave).
    pub fn checkout_origin(&self) -> Option<String> {
        let (scheme, rest) = self.api_url.trim().split_once("://")?;
        let scheme = scheme.to_ascii_lowercase();
        let host = rest.split(['/', '?', '#']).next()?.to_ascii_lowercase();
        let plain = !host.is_empty()
            && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
        (matches!(scheme.as_str(), "http" | "https") && plain).then(|| format!("{scheme}://{host}"))
    }

    pub fn callback_url(&self) -> String {
        format!("{}{CALLBACK_PATH}", self.site.trim_end_matches('/'))
    }

    /// Creates the gateway's order for `amount_paise`, with Haat's order
    /// number as the receipt. Returns the gateway's order id.
    pub async fn create_order(&self, amount_paise: i64, receipt: &str) -> Result<String, AppError> {
        #[derive(Deserialize)]
        struct Created {
            id: String,
        }
        let response = self
            .client
            .post(format!("{}/v1/orders", self.api_url.trim_end_matches('/')))
            .basic_auth(&self.key_id, Some(&self.key_secret))
            .json(&serde_json::json!({
                "amount": amount_paise,
                "currency": "INR",
                "receipt": receipt,
                "notes": { "haat_order": receipt },
            }))
            .timeout(std::time::Duration::from_secs(15))
            .send()
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "gateway unreachable");
                unavailable()
            })?;
        let status = response.status();
        if !status.is_success() {
            let body = response.text().await.unwrap_or_default();
            tracing::error!(%status, body = %body.chars().take(300).collect::<String>(), "gateway refused the order");
            return Err(unavailable());
        }
        let created: Created = response.json().await.map_err(|e| {
            tracing::error!(error = %e, "gateway answered in an unknown shape");
            unavailable()
        })?;
        Ok(created.id)
    }
}

fn unavailable() -> AppError {
    AppError::Unavailable {
        message: domain::i18n::Text::new(
            "ऑनलाइन भुगतान अभी नहीं हो पा रहा। थोड़ी देर बाद फिर कोशिश करें, या नक़द/UPI चुनें।",
            "Online payment is not available just now. Try again shortly.",
        ),
    }
}

/// Where the gateway sends the buyer back, and where it posts webhooks.
pub const CALLBACK_PATH: &str = "/payments/gateway/callback";
pub const WEBHOOK_PATH: &str = "/payments/gateway/webhook";

/// The gateway order for a Haat order, created on first need. Two buyers'
/// tabs at once may both create one; the first stored wins and the other
/// is simply never paid.
pub async fn gateway_order_for(db: &Db, gateway: &Gateway, order_id: i64) -> Result<String, AppError> {
    let (existing, total, number) = store::gateway_order(&mut *db.pool.acquire().await?, order_id).await?;
    if let Some(id) = existing {
        return Ok(id);
    }
    // Over HTTP, outside any transaction; then kept unless another tab's came first.
    let created = gateway.create_order(total, &number).await?;
    let stored = store::keep_gateway_order(&mut *db.pool.acquire().await?, order_id, &created).await?;
    stored.ok_or(AppError::Internal)
}

/// Acts on one report, once per `event_id` (when there is one), in one
/// transaction with the event's record (see the store's `settle`).
pub async fn settle(db: &Db, event_id: Option<&str>, event: &str, report: &Report) -> Result<Outcome, AppError> {
    let mut tx = db.begin().await?;
    let outcome = store::settle(&mut tx, event_id, event, report, now_ms()).await?;
    tx.commit().await?;
    Ok(outcome)
}

/// Reads a webhook body into a report. `None`: not JSON of the gateway's shape.
pub fn parse_webhook(body: &[u8]) -> Option<(String, Report)> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    let event = value.get("event")?.as_str()?.to_string();
    let payment = value.pointer("/payload/payment/entity");
    let text = |v: Option<&serde_json::Value>, key: &str| {
        v.and_then(|e| e.get(key)).and_then(|x| x.as_str()).map(String::from)
    };
    let amount = |v: Option<&serde_json::Value>| v.and_then(|e| e.get("amount")).and_then(|x| x.as_i64());
    let report = match event.as_str() {
        "payment.captured" | "order.paid" => Report::Paid {
            gateway_order_id: text(payment, "order_id")?,
            payment_id: text(payment, "id")?,
            amount_paise: amount(payment)?,
        },
        "payment.failed" => Report::Failed {
            gateway_order_id: text(payment, "order_id")?,
            payment_id: text(payment, "id")?,
            reason: text(payment, "error_description").unwrap_or_default(),
        },
        "refund.processed" => {
            let refund = value.pointer("/payload/refund/entity");
            Report::Refunded {
                payment_id: text(refund, "payment_id")?,
                refund_id: text(refund, "id")?,
                amount_paise: amount(refund)?,
            }
        }
        _ => Report::Other,
    };
    Some((event, report))
}

/// Handles a webhook delivery: 400 unless the signature over the raw body
/// is genuine; otherwise acts on it (at most once) and answers 200, so the
/// gateway stops retrying. A database failure answers 500: the gateway
/// retries later, and the event id keeps the retry from acting twice.
pub async fn receive_webhook(
    db: &Db,
    gateway: &Gateway,
    signature_header: Option<&str>,
    event_id_header: Option<&str>,
    body: &[u8],
) -> (u16, Option<Outcome>) {
    let genuine = signature_header.is_some_and(|s| signature::webhook_is_genuine(&gateway.webhook_secret, body, s));
    if !genuine {
        tracing::warn!("gateway webhook with a missing or wrong signature: refused");
        return (400, None);
    }
    let Some((event, report)) = parse_webhook(body) else {
        tracing::warn!("gateway webhook of an unknown shape: ignored");
        return (200, Some(Outcome::Ignored));
    };
    // Without the header, the event and its entity still identify it.
    let fallback = match &report {
        Report::Paid { payment_id, .. } | Report::Failed { payment_id, .. } => format!("{event}:{payment_id}"),
        Report::Refunded { refund_id, .. } => format!("{event}:{refund_id}"),
        Report::Other => format!("{event}:{}", signature::sign("haat-event-id", body)),
    };
    let event_id = event_id_header
        .map(str::trim)
        .filter(|s| !s.is_empty() && s.len() <= 100)
        .map(String::from)
        .unwrap_or(fallback);
    match settle(db, Some(&event_id), &event, &report).await {
        Ok(outcome) => {
            tracing::info!(%event, %event_id, ?outcome, "gateway webhook");
            (200, Some(outcome))
        }
        Err(error) => {
            tracing::error!(%event, %event_id, ?error, "gateway webhook not handled; the gateway will retry");
            (500, None)
        }
    }
}

/// The fields the gateway posts back to `callback_url`.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Callback {
    pub razorpay_order_id: Option<String>,
    pub razorpay_payment_id: Option<String>,
    pub razorpay_signature: Option<String>,
    #[serde(rename = "error[description]")]
    pub error_description: Option<String>,
    #[serde(rename = "error[metadata]")]
    pub error_metadata: Option<String>,
}

/// Where the buyer lands after the gateway: her order, saying what happened.
pub async fn receive_callback(db: &Db, gateway: &Gateway, callback: &Callback) -> String {
    let order_of = |gateway_order_id: String| async move {
        let mut conn = db.pool.acquire().await.ok()?;
        store::order_of_gateway_order(&mut conn, &gateway_order_id).await.ok().flatten()
    };
    if let (Some(order_id), Some(payment_id), Some(sig)) =
        (&callback.razorpay_order_id, &callback.razorpay_payment_id, &callback.razorpay_signature)
    {
        let Some((number, total)) = order_of(order_id.clone()).await else { return "/orders?payment=unknown".into() };
        if !signature::checkout_is_genuine(&gateway.key_secret, order_id, payment_id, sig) {
            tracing::warn!(%number, "checkout callback with a wrong signature: not accepted");
            return format!("/orders/{number}?payment=refused");
        }
        // A genuine signature: the gateway order (made for the total) is paid.
        let report =
            Report::Paid { gateway_order_id: order_id.clone(), payment_id: payment_id.clone(), amount_paise: total };
        return match settle(db, None, "checkout.callback", &report).await {
            Ok(_) => format!("/orders/{number}?payment=paid"),
            Err(error) => {
                // The webhook will still confirm it.
                tracing::error!(?error, %number, "checkout callback not recorded");
                format!("/orders/{number}?payment=pending")
            }
        };
    }
    // A failed payment: the order id is in the error's metadata.
    let failed_order = callback
        .error_metadata
        .as_deref()
        .and_then(|m| serde_json::from_str::<serde_json::Value>(m).ok())
        .and_then(|m| m.get("order_id").and_then(|v| v.as_str()).map(String::from));
    match failed_order {
        Some(order_id) => match order_of(order_id).await {
            Some((number, _)) => format!("/orders/{number}?payment=failed"),
            None => "/orders?payment=unknown".into(),
        },
        None => "/orders?payment=unknown".into(),
    }
}

#[cfg(test)]
mod tests {
    //! Each test runs on a fresh SQLite database, then on PostgreSQL.

    use super::*;
    use crate::db::testing::each_engine;
    use crate::orders::delivery::DeliveryMethod;
    use crate::orders::state::{Actor, Step};
    use crate::orders::types::PaymentMethod;
    use crate::testing::{catalogue, order_of, shopper};

    fn gateway_at(api_url: &str) -> Gateway {
        Gateway {
            key_id: String::new(),
            key_secret: String::new(),
            webhook_secret: String::new(),
            api_url: api_url.into(),
            site: "https://haat.example".into(),
            client: reqwest::Client::new(),
        }
    }

    #[test]
    fn the_pay_form_may_leave_for_the_gateways_origin_only() {
        assert_eq!(
            gateway_at("https://api.razorpay.com").checkout_origin().as_deref(),
            Some("https://api.razorpay.com")
        );
        assert_eq!(
            gateway_at("http://127.0.0.1:3110/gateway-sim").checkout_origin().as_deref(),
            Some("http://127.0.0.1:3110")
        );
        assert_eq!(
            gateway_at("HTTPS://API.Razorpay.com/").checkout_origin().as_deref(),
            Some("https://api.razorpay.com")
        );
        // Nothing that could smuggle another directive into the policy.
        assert_eq!(gateway_at("https://a.example; script-src *").checkout_origin(), None);
        assert_eq!(gateway_at("javascript:alert(1)").checkout_origin(), None);
        assert_eq!(gateway_at("").checkout_origin(), None);
    }

    /// A gateway order awaiting payment; returns (order id, gateway order id, total).
    async fn awaiting(db: &Db, buyer: i64, key: &str, product: i64) -> (i64, String, i64) {
        let o =
            order_of(db, buyer, key, product, 1, "chhattisgarh", PaymentMethod::Gateway, DeliveryMethod::Pickup).await;
        let gateway_order = format!("order_{key}");
        sqlx::query("UPDATE orders SET gateway_order_id = $1 WHERE id = $2")
            .bind(&gateway_order)
            .bind(o.id)
            .execute(&db.pool)
            .await
            .unwrap();
        (o.id, gateway_order, o.total.to_paise())
    }

    async fn state_of(db: &Db, order_id: i64) -> (String, i64, i64) {
        let status: String = sqlx::query_scalar("SELECT status FROM orders WHERE id = $1")
            .bind(order_id)
            .fetch_one(&db.pool)
            .await
            .unwrap();
        let ledger: Option<i64> =
            sqlx::query_scalar("SELECT CAST(SUM(amount_paise) AS BIGINT) FROM payments WHERE order_id = $1")
                .bind(order_id)
                .fetch_one(&db.pool)
                .await
                .unwrap();
        let confirmations: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM order_events WHERE order_id = $1 AND to_status = 'confirmed'")
                .bind(order_id)
                .fetch_one(&db.pool)
                .await
                .unwrap();
        (status, ledger.unwrap_or(0), confirmations)
    }

    #[tokio::test]
    async fn each_event_acts_once_whatever_order_it_comes_in() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let buyer = shopper(&db, "9222222222").await;
            // The same four deliveries in different orders, with a duplicate each time.
            let orders: [&[&str]; 4] = [
                &["failed", "captured", "captured", "paid"],
                &["paid", "captured", "failed", "paid"],
                &["captured", "failed", "failed", "paid"],
                &["authorized", "paid", "captured", "captured"],
            ];
            for (n, sequence) in orders.iter().enumerate() {
                let (order_id, gateway_order, total) = awaiting(&db, buyer, &format!("seq{n}"), f.mango_pickle).await;
                let payment = format!("pay_{n}");
                let mut outcomes = Vec::new();
                for kind in *sequence {
                    let (event, report) = match *kind {
                        "failed" => (
                            "payment.failed",
                            Report::Failed {
                                gateway_order_id: gateway_order.clone(),
                                payment_id: "pay_declined".into(),
                                reason: "declined".into(),
                            },
                        ),
                        "captured" => (
                            "payment.captured",
                            Report::Paid {
                                gateway_order_id: gateway_order.clone(),
                                payment_id: payment.clone(),
                                amount_paise: total,
                            },
                        ),
                        "paid" => (
                            "order.paid",
                            Report::Paid {
                                gateway_order_id: gateway_order.clone(),
                                payment_id: payment.clone(),
                                amount_paise: total,
                            },
                        ),
                        _ => ("payment.authorized", Report::Other),
                    };
                    // Event ids per event kind: a repeat is the gateway retrying.
                    let event_id = format!("evt_{n}_{kind}");
                    outcomes.push(settle(&db, Some(&event_id), event, &report).await.unwrap());
                }
                assert_eq!(
                    outcomes.iter().filter(|o| **o == Outcome::Confirmed).count(),
                    1,
                    "{sequence:?}: {outcomes:?}"
                );
                assert!(outcomes.contains(&Outcome::Duplicate), "{sequence:?}: {outcomes:?}");
                assert_eq!(state_of(&db, order_id).await, ("confirmed".to_string(), total, 1), "{sequence:?}");
            }
        })
        .await;
    }

    #[tokio::test]
    async fn a_payment_of_the_wrong_amount_or_for_an_unknown_order_changes_nothing() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let buyer = shopper(&db, "9222222223").await;
            let (order_id, gateway_order, total) = awaiting(&db, buyer, "amt", f.mango_pickle).await;
            let short = Report::Paid {
                gateway_order_id: gateway_order.clone(),
                payment_id: "pay_s".into(),
                amount_paise: total - 1,
            };
            assert_eq!(settle(&db, Some("evt_short"), "payment.captured", &short).await.unwrap(), Outcome::Ignored);
            let stranger = Report::Paid {
                gateway_order_id: "order_nobody".into(),
                payment_id: "pay_n".into(),
                amount_paise: total,
            };
            assert_eq!(settle(&db, Some("evt_nobody"), "payment.captured", &stranger).await.unwrap(), Outcome::Ignored);
            assert_eq!(state_of(&db, order_id).await, ("awaiting_payment".to_string(), 0, 0));
        })
        .await;
    }

    #[tokio::test]
    async fn the_same_webhook_delivered_many_times_at_once_confirms_once() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let buyer = shopper(&db, "9222222224").await;
            let (order_id, gateway_order, total) = awaiting(&db, buyer, "race", f.mango_pickle).await;
            let report =
                Report::Paid { gateway_order_id: gateway_order, payment_id: "pay_r".into(), amount_paise: total };
            let outcomes = futures::future::join_all((0..10).map(|i| {
                let (db, report) = (db.clone(), report.clone());
                // Half the same event id (retries), half distinct (captured + order.paid + callbacks).
                let event_id = if i % 2 == 0 { "evt_same".to_string() } else { format!("evt_{i}") };
                async move {
                    for _ in 0..100 {
                        match settle(&db, Some(&event_id), "payment.captured", &report).await {
                            Ok(outcome) => return outcome,
                            // SQLite's "database is locked", PostgreSQL's unique-key race: the gateway retries.
                            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(5)).await,
                        }
                    }
                    panic!("never settled");
                }
            }))
            .await;
            assert_eq!(outcomes.iter().filter(|o| **o == Outcome::Confirmed).count(), 1, "{outcomes:?}");
            assert_eq!(state_of(&db, order_id).await, ("confirmed".to_string(), total, 1));
        })
        .await;
    }

    #[tokio::test]
    async fn a_refund_enters_the_ledger_once_and_a_late_payment_is_kept_for_refund() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let buyer = shopper(&db, "9222222225").await;
            let (order_id, gateway_order, total) = awaiting(&db, buyer, "refund", f.mango_pickle).await;
            let paid =
                Report::Paid { gateway_order_id: gateway_order, payment_id: "pay_f".into(), amount_paise: total };
            assert_eq!(settle(&db, Some("evt_p"), "payment.captured", &paid).await.unwrap(), Outcome::Confirmed);
            let refund =
                Report::Refunded { payment_id: "pay_f".into(), refund_id: "rfnd_1".into(), amount_paise: total };
            settle(&db, Some("evt_r"), "refund.processed", &refund).await.unwrap();
            assert_eq!(settle(&db, Some("evt_r"), "refund.processed", &refund).await.unwrap(), Outcome::Duplicate);
            assert_eq!(state_of(&db, order_id).await.1, 0, "paid, then refunded: the ledger balances");

            // Money that arrives after the order expired is noted, not turned into a sale.
            let (late_id, late_gateway, late_total) = awaiting(&db, buyer, "late", f.mango_pickle).await;
            crate::orders::steps::advance(
                &mut *crate::db::testing::conn(&db).await,
                late_id,
                Step::Expire,
                Actor::System,
                None,
                "",
                None,
            )
            .await
            .unwrap();
            let late =
                Report::Paid { gateway_order_id: late_gateway, payment_id: "pay_l".into(), amount_paise: late_total };
            assert_eq!(settle(&db, Some("evt_l"), "payment.captured", &late).await.unwrap(), Outcome::Late);
            assert_eq!(state_of(&db, late_id).await.0, "expired");
        })
        .await;
    }

    #[test]
    fn webhook_bodies_are_read_as_the_gateway_sends_them() {
        let body = br#"{"entity":"event","event":"payment.captured","payload":{"payment":{"entity":{"id":"pay_1","order_id":"order_9","amount":38550,"status":"captured"}}}}"#;
        assert_eq!(
            parse_webhook(body),
            Some((
                "payment.captured".into(),
                Report::Paid { gateway_order_id: "order_9".into(), payment_id: "pay_1".into(), amount_paise: 38550 }
            ))
        );
        let refund = br#"{"event":"refund.processed","payload":{"refund":{"entity":{"id":"rfnd_1","payment_id":"pay_1","amount":100}}}}"#;
        assert_eq!(
            parse_webhook(refund).map(|r| r.1),
            Some(Report::Refunded { payment_id: "pay_1".into(), refund_id: "rfnd_1".into(), amount_paise: 100 })
        );
        assert_eq!(parse_webhook(br#"{"event":"payment.authorized","payload":{}}"#).map(|r| r.1), Some(Report::Other));
        assert_eq!(parse_webhook(b"not json"), None);
        assert_eq!(
            parse_webhook(br#"{"event":"payment.captured","payload":{}}"#),
            None,
            "a capture without its payment"
        );
    }
}
