//! Requests for quotes over HTTP, on both engines: a trader asks two
//! groups, one offers, she counters, the group agrees, she accepts and an
//! order at the agreed price carries her PO number; refusals change
//! nothing; the clock reports a silent group to its official and ends a
//! request that ran out.

use crate::helpers::{field, on_each_engine, product_id, raipur_address, TestApp};
use app::trade::quote_api::{AcceptQuote, AnswerQuote, AskQuotes, ClockPass};
use leptos::server_fn::ServerFn;

async fn count(app: &TestApp, sql: &'static str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.db.pool).await.unwrap()
}

async fn status_of(app: &TestApp, quote: i64) -> String {
    sqlx::query_scalar("SELECT status FROM quotes WHERE id = $1").bind(quote).fetch_one(&app.db.pool).await.unwrap()
}

fn until(days: i64) -> String {
    app::dates::iso_day(app::dates::day_of(app::db::now_ms()) + days)
}

#[tokio::test]
async fn a_quote_for_2000_with_one_counter_offer_becomes_an_order_with_the_po_number() {
    on_each_engine(|app| async move {
        let trader = format!("{}; haat_lang=en", app.session_for("9000000005").await);
        let kamla = format!("{}; haat_lang=en", app.session_for("9000000002").await);
        let rekha = format!("{}; haat_lang=en", app.session_for("9000000003").await);
        let user = app::accounts::store::user_by_phone(&app.db, "9000000005").await.unwrap().unwrap();
        let address = raipur_address(&app, user.id).await;
        let (mango, jalkoti) =
            (product_id(&app, "mango-pickle-khorpa").await, product_id(&app, "cotton-petticoat-jalkoti").await);

        // The product page points a trader to the whole product type.
        let (_, product) = app.get("/p/mango-pickle-khorpa", Some("en")).await;
        assert!(product.contains("href=\"/trade?q=Mango+pickle&amp;qty=") || product.contains("href=\"/trade?q=Mango+pickle&qty="), "{product}");
        // The table has a tick per row and the request form under it.
        let (status, page) = app.get_as("/trade?q=pickle&qty=2000", &trader).await;
        assert_eq!(status, 200);
        assert!(page.contains(&format!("name=\"ask[{mango}]\"")) && page.contains("Ask the ticked groups"), "{page}");
        let key = field(&page, "key").unwrap();

        // Bad input: told in both languages, nothing asked.
        let bad = [
            ("key", key.as_str()),
            ("qty", "two thousand"),
            ("address_id", &address.to_string()),
            (&format!("ask[{mango}]"), "1"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()));
        let bad: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let answer = app.call(AskQuotes::PATH, &bad, Some(&trader)).await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        assert!(answer.body.contains("Enter a quantity") && answer.body.contains("मात्रा"), "{}", answer.body);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM quote_requests").await, 0);

        let ask_mango = format!("ask[{mango}]");
        let ask_jalkoti = format!("ask[{jalkoti}]");
        let address_id = address.to_string();
        let form = [
            ("key", key.as_str()),
            ("qty", "2000"),
            ("price", "120"),
            ("po", "AW/PO/2026/301"),
            ("address_id", address_id.as_str()),
            ("note", "Jars of 1 kg, for Diwali stock"),
            (ask_mango.as_str(), "1"),
            (ask_jalkoti.as_str(), "1"),
        ];
        let answer = app.submit(AskQuotes::PATH, &form, Some(&trader)).await;
        assert!(matches!(answer.status, 302 | 303), "{} {}", answer.status, answer.body);
        assert_eq!(answer.headers["location"].to_str().unwrap(), "/trade/quotes");
        // Sent twice: one request, two quotes, each group told once.
        app.submit(AskQuotes::PATH, &form, Some(&trader)).await;
        assert_eq!(count(&app, "SELECT COUNT(*) FROM quote_requests").await, 1);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM quotes").await, 2);
        // The same page sent again with one group unticked: told, not ignored.
        let answer = app.call(AskQuotes::PATH, &form[..7], Some(&trader)).await;
        assert_eq!(answer.status, 409, "{}", answer.body);
        assert!(answer.body.contains("already sent"), "{}", answer.body);
        let quote: i64 = sqlx::query_scalar("SELECT id FROM quotes WHERE product_id = $1")
            .bind(mango)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        let (_, inbox) = app.get_as("/inbox", &kamla).await;
        assert!(
            inbox.contains(&format!("Quote {quote} · Mango pickle")) && inbox.contains("asks for a price for 2000"),
            "{inbox}"
        );
        assert_eq!(inbox.matches(&format!("/sell/quotes/{quote}")).count(), 1, "{inbox}");

        // Her list, the group's list and the quote page, each side's own.
        let (_, mine) = app.get_as("/trade/quotes", &trader).await;
        assert!(mine.contains(&format!("/trade/quotes/{quote}")) && mine.contains("Waiting for the group"), "{mine}");
        let (_, sell) = app.get_as("/sell", &kamla).await;
        assert!(sell.contains("href=\"/sell/quotes\"") && sell.contains("1 waiting"), "her workspace says one waits");
        let (_, theirs) = app.get_as("/sell/quotes", &kamla).await;
        assert!(theirs.contains(&format!("/sell/quotes/{quote}")) && !theirs.contains("Narmada"), "{theirs}");
        let (status, _) = app
            .get_as(&format!("/sell/quotes/{quote}"), &format!("{}; haat_lang=en", app.session_for("9000000004").await))
            .await;
        assert_eq!(status, 404, "another group's seller does not see it");

        // Kamla offers ₹128 a jar, 2,000, in 12 days.
        let (_, page) = app.get_as(&format!("/sell/quotes/{quote}"), &kamla).await;
        assert!(page.contains("Send the offer") && page.contains("AW/PO/2026/301"), "{page}");
        let q = quote.to_string();
        let offer = |version: &'static str, price: &'static str| {
            let q = q.clone();
            move |valid: String| {
                vec![
                    ("id".to_string(), q.clone()),
                    ("version".into(), version.into()),
                    ("step".into(), "offer".into()),
                    ("price".into(), price.into()),
                    ("qty".into(), "2000".into()),
                    ("days".into(), "12".into()),
                    ("until".into(), valid),
                ]
            }
        };
        let pairs = |form: &[(String, String)]| -> Vec<(String, String)> { form.to_vec() };
        let send = |form: Vec<(String, String)>, cookie: String| {
            let app = app.clone();
            async move {
                let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                app.submit(AnswerQuote::PATH, &form, Some(&cookie)).await
            }
        };
        // A date in the past: refused in words, the quote unchanged.
        let answer = app
            .call(
                AnswerQuote::PATH,
                &offer("0", "128")(until(-1)).iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>(),
                Some(&kamla),
            )
            .await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        assert_eq!(status_of(&app, quote).await, "asked");
        let answer = send(pairs(&offer("0", "128")(until(7))), kamla.clone()).await;
        assert!(matches!(answer.status, 302 | 303), "{} {}", answer.status, answer.body);
        // Rekha answers the same version a moment later: told it moved on.
        let answer = app
            .call(
                AnswerQuote::PATH,
                &offer("0", "127")(until(7)).iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>(),
                Some(&rekha),
            )
            .await;
        assert_eq!(answer.status, 409, "{}", answer.body);
        assert!(answer.body.contains("changed meanwhile"), "{}", answer.body);

        // The trader counters at ₹121; the group may not accept for her.
        let (_, page) = app.get_as(&format!("/trade/quotes/{quote}"), &trader).await;
        assert!(page.contains("2000 × ₹128") && page.contains("Accept and place the order"), "{page}");
        let counter = vec![
            ("id".to_string(), q.clone()),
            ("version".into(), "1".into()),
            ("step".into(), "counter".into()),
            ("price".into(), "121".into()),
            ("qty".into(), "2000".into()),
            ("note".into(), "121 and I take all 2,000".into()),
        ];
        let answer = send(counter, trader.clone()).await;
        assert!(matches!(answer.status, 302 | 303), "{} {}", answer.status, answer.body);
        let answer = app
            .call(
                AcceptQuote::PATH,
                &[("id", &q), ("version", "2"), ("key", "k-0123456789abcdef"), ("total", "0"), ("payment", "cod")],
                Some(&kamla),
            )
            .await;
        assert_eq!(answer.status, 403, "{}", answer.body);

        // Kamla agrees to ₹121 (her "agree" button is an offer at those terms).
        let (_, page) = app.get_as(&format!("/sell/quotes/{quote}"), &kamla).await;
        assert!(page.contains("Agree to the trader") && page.contains("121 and I take all 2,000"), "{page}");
        let answer = send(pairs(&offer("2", "121")(until(7))), kamla.clone()).await;
        assert!(matches!(answer.status, 302 | 303), "{} {}", answer.status, answer.body);

        // She accepts: one order, 2,000 at ₹121, 2,000 − stock made for it, her PO number.
        let (_, page) = app.get_as(&format!("/trade/quotes/{quote}"), &trader).await;
        assert!(page.contains("₹2,42,000"), "2,000 × ₹121: {page}");
        let accept = [
            ("id", q.as_str()),
            ("version", "3"),
            ("key", &field(&page, "key").unwrap()),
            ("total", &field(&page, "total").unwrap()),
            ("payment", "cod"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()));
        let accept: Vec<(&str, &str)> = accept.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let mut stale = accept.clone();
        stale[3].1 = "100";
        let answer = app.call(AcceptQuote::PATH, &stale, Some(&trader)).await;
        assert_eq!(answer.status, 422, "a total she was not shown: {}", answer.body);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM orders").await, 0);
        assert_eq!(status_of(&app, quote).await, "offered", "nothing changed");
        let answer = app.submit(AcceptQuote::PATH, &accept, Some(&trader)).await;
        assert!(matches!(answer.status, 302 | 303), "{} {}", answer.status, answer.body);
        let order_page = answer.headers["location"].to_str().unwrap().to_string();
        assert!(order_page.starts_with("/orders/"), "{order_page}");
        assert_eq!(status_of(&app, quote).await, "accepted");
        let (qty, unit, made): (i64, i64, i64) =
            sqlx::query_as("SELECT qty, unit_price_paise, made_qty FROM order_lines")
                .fetch_one(&app.db.pool)
                .await
                .unwrap();
        assert_eq!((qty, unit), (2000, 12100));
        assert!(made > 0 && made < 2000, "stock first, the rest made: {made}");
        let (_, page) = app.get_as(&order_page, &trader).await;
        assert!(page.contains("AW/PO/2026/301") && page.contains("Proforma invoice"), "{page}");
        assert!(page.contains(&format!("href=\"/trade/quotes/{quote}\"")), "the order links back to its quote");
        // The proforma before payment: her PO, the agreed price, no invoice number yet.
        let (status, page) = app.get_as(&format!("{order_page}/proforma"), &trader).await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("Proforma invoice") && page.contains("AW/PO/2026/301"), "{page}");
        assert!(page.contains("not a tax invoice") && !page.contains("Invoice no."), "{page}");
        assert!(page.contains("₹2,42,000.00"), "2,000 at the agreed ₹121: {page}");
        let pdf = app.get_as(&format!("{order_page}/proforma.pdf"), &trader).await;
        assert_eq!(pdf.0, 200);
        let (status, _) = app
            .get_as(
                &format!("{order_page}/proforma"),
                &format!("{}; haat_lang=en", app.session_for("9000000004").await),
            )
            .await;
        assert_eq!(status, 404, "not another group's");
        // A double tap: the same order.
        let again = app.submit(AcceptQuote::PATH, &accept, Some(&trader)).await;
        assert_eq!(again.headers["location"].to_str().unwrap(), order_page);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM orders").await, 1);
        // Every version kept; the group told of the acceptance.
        assert_eq!(count(&app, "SELECT COUNT(*) FROM quote_versions").await, 4);
        let (_, inbox) = app.get_as("/inbox", &kamla).await;
        assert!(inbox.contains("accepted and placed the order"), "{inbox}");

        // She cancels the order before it is sent: the clock puts the
        // group's offer back before her, to accept again.
        let order_id = count(&app, "SELECT id FROM orders").await;
        let mut tx = app.db.begin().await.unwrap();
        app::orders::steps::advance(
            &mut tx,
            order_id,
            app::orders::state::Step::Cancel,
            app::orders::state::Actor::Buyer,
            Some(user.id),
            "",
            None,
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let pass = app::trade::quote_api::run_clock(&app.db, app::db::now_ms()).await.unwrap();
        assert_eq!(pass.reopened, 1);
        assert_eq!(status_of(&app, quote).await, "offered");
        let (_, page) = app.get_as(&format!("/trade/quotes/{quote}"), &trader).await;
        assert!(page.contains("Accept and place the order") && page.contains("offer open again"), "{page}");
        let (status, _) = app.get_as(&format!("{order_page}/proforma"), &trader).await;
        assert_eq!(status, 404, "no proforma for a cancelled order");
        // Accepted again with a double tap, both taps at once: one new
        // order, and both taps land on it.
        let version = count(&app, "SELECT version FROM quotes WHERE product_id IN (SELECT id FROM products WHERE slug = 'mango-pickle-khorpa')").await.to_string();
        let again = [
            ("id", q.as_str()),
            ("version", version.as_str()),
            ("key", &field(&page, "key").unwrap()),
            ("total", &field(&page, "total").unwrap()),
            ("payment", "cod"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()));
        let again: Vec<(&str, &str)> = again.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let (first, second) = tokio::join!(
            app.submit(AcceptQuote::PATH, &again, Some(&trader)),
            app.submit(AcceptQuote::PATH, &again, Some(&trader))
        );
        assert!(matches!(first.status, 302 | 303), "{} {}", first.status, first.body);
        assert!(matches!(second.status, 302 | 303), "{} {}", second.status, second.body);
        assert_eq!(first.headers["location"], second.headers["location"]);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM orders").await, 2);
        assert_eq!(status_of(&app, quote).await, "accepted");
    })
    .await;
}

#[tokio::test]
async fn the_clock_reports_a_silent_group_and_ends_a_request_that_ran_out() {
    on_each_engine(|app| async move {
        let trader = format!("{}; haat_lang=en", app.session_for("9000000005").await);
        let user = app::accounts::store::user_by_phone(&app.db, "9000000005").await.unwrap().unwrap();
        let address = raipur_address(&app, user.id).await.to_string();
        let (mango, jalkoti) =
            (product_id(&app, "mango-pickle-khorpa").await, product_id(&app, "cotton-petticoat-jalkoti").await);
        let (ask_mango, ask_jalkoti) = (format!("ask[{mango}]"), format!("ask[{jalkoti}]"));
        let form = [
            ("key", "k-clock-0123456789"),
            ("qty", "300"),
            ("address_id", address.as_str()),
            (ask_mango.as_str(), "1"),
            (ask_jalkoti.as_str(), "1"),
        ];
        let answer = app.submit(AskQuotes::PATH, &form, Some(&trader)).await;
        assert!(matches!(answer.status, 302 | 303), "{} {}", answer.status, answer.body);
        let id_of = |product: i64| {
            let app = app.clone();
            async move {
                sqlx::query_scalar::<_, i64>("SELECT id FROM quotes WHERE product_id = $1")
                    .bind(product)
                    .fetch_one(&app.db.pool)
                    .await
                    .unwrap()
            }
        };
        let (silent, late) = (id_of(mango).await, id_of(jalkoti).await);
        let now = app::db::now_ms();
        // Nothing is due yet.
        assert_eq!(app::trade::quote_api::run_clock(&app.db, now).await.unwrap(), ClockPass::default());
        // Two days on, neither group has answered.
        let later = now + 49 * 60 * 60 * 1000;
        let pass = app::trade::quote_api::run_clock(&app.db, later).await.unwrap();
        assert_eq!(pass, ClockPass { reported: 2, ..ClockPass::default() }, "both groups silent for 49 hours");
        assert_eq!(app::trade::quote_api::run_clock(&app.db, later).await.unwrap(), ClockPass::default(), "once");
        let official = format!("{}; haat_lang=en", app.session_for("9000000008").await);
        let (_, inbox) = app.get_as("/inbox", &official).await;
        assert!(
            inbox.contains(&format!("Quote {silent} · Mango pickle"))
                && inbox.contains("has not answered the trader in 48 hours"),
            "{inbox}"
        );
        assert!(!inbox.contains(&format!("Quote {late} ·")), "Narmada is in Madhya Pradesh, not hers: {inbox}");
        // The request's last day passes: both end, both sides told.
        // Answering once the request has run out is refused, in words.
        sqlx::query("UPDATE quote_requests SET open_until = open_until - 15").execute(&app.db.pool).await.unwrap();
        let kamla = format!("{}; haat_lang=en", app.session_for("9000000002").await);
        let offer = [
            ("id", silent.to_string()),
            ("version", "0".to_string()),
            ("step", "offer".to_string()),
            ("price", "80".to_string()),
            ("qty", "300".to_string()),
            ("days", "5".to_string()),
            ("until", until(3)),
        ];
        let offer: Vec<(&str, &str)> = offer.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let answer = app.call(AnswerQuote::PATH, &offer, Some(&kamla)).await;
        assert_eq!(answer.status, 409, "{}", answer.body);
        assert!(answer.body.contains("run out of time") && answer.body.contains("समय निकल गया"), "{}", answer.body);
        let pass = app::trade::quote_api::run_clock(&app.db, later).await.unwrap();
        assert_eq!(pass.expired, 2);
        assert_eq!(status_of(&app, silent).await, "expired");
        let (_, mine) = app.get_as("/trade/quotes", &trader).await;
        assert!(mine.contains("Expired"), "{mine}");
    })
    .await;
}
