//! Buying straight from two groups over HTTP, as a phone without
//! JavaScript does: cart, sign-in (the cart comes along), checkout, one
//! order per group, each group taking its steps, the buyer's timeline.

use crate::helpers::{checkout_form, id_of, on_each_engine, pairs, raipur_address};
use leptos::server_fn::ServerFn;

const SUNITA: &str = "9000000001";
const KAMLA: &str = "9000000002"; // Maa Durga, Khorpa (Raipur)
const MEENA: &str = "9000000004"; // Ekta, Tighra (Gwalior)

fn cookie_value(answer: &crate::helpers::Answer, name: &str) -> Option<String> {
    answer.session_token(name)
}

#[tokio::test]
async fn a_shopper_buys_from_two_groups_in_one_checkout_and_each_group_moves_its_order_on() {
    on_each_engine(|app| async move {
        let mango = id_of(&app, "SELECT id FROM products WHERE slug = 'mango-pickle-khorpa'").await;
        let besan = id_of(&app, "SELECT id FROM products WHERE slug = 'chana-besan-tighra'").await;
        let khorpa = id_of(&app, "SELECT id FROM shg_groups WHERE slug = 'maa-durga-shg-khorpa'").await;
        let tighra = id_of(&app, "SELECT id FROM shg_groups WHERE slug = 'ekta-shg-tighra'").await;
        let stock = |id: i64| {
            let db = app.db.clone();
            async move {
                sqlx::query_scalar::<_, i64>("SELECT CAST(SUM(on_hand) AS BIGINT) FROM stock WHERE product_id = $1")
                    .bind(id)
                    .fetch_one(&db.pool)
                    .await
                    .unwrap()
            }
        };
        let (mango_before, besan_before) = (stock(mango).await, stock(besan).await);

        // Signed out: the cart lives under a cookie of its own.
        let answer = app
            .submit(app::cart::api::AddToCart::PATH, &[("product_id", &mango.to_string()), ("qty", "2")], None)
            .await;
        assert_eq!((answer.status, answer.header("location").as_deref()), (302, Some("/cart?saved=added")));
        let cart = cookie_value(&answer, "haat_cart").expect("a cart cookie");
        let cart_cookie = format!("haat_cart={cart}");
        let (_, page) = app.get_as("/cart", &cart_cookie).await;
        assert!(page.contains("आम का अचार"));
        // More than the stock is refused plainly.
        let answer = app
            .call(
                app::cart::api::AddToCart::PATH,
                &[("product_id", &mango.to_string()), ("qty", "100000")],
                Some(&cart_cookie),
            )
            .await;
        assert_eq!(answer.status, 409);

        // Signing in brings the cart along.
        let answer = app
            .submit(
                app::accounts::api::PasswordSignIn::PATH,
                &[("phone", SUNITA), ("password", haat_server::demo::people::PASSWORD)],
                Some(&cart_cookie),
            )
            .await;
        let session = app.session_cookie(&answer.session_token(app.cookie_name).expect("signed in"));
        let (_, page) = app.get_as("/cart", &session).await;
        assert!(page.contains("आम का अचार"), "the visitor's cart merged into hers");
        app.submit(
            app::cart::api::AddToCart::PATH,
            &[("product_id", &besan.to_string()), ("qty", "1")],
            Some(&session),
        )
        .await;

        // Checkout: her address, each group's delivery priced.
        let user = app::accounts::store::user_by_phone(&app.db, SUNITA).await.unwrap().unwrap();
        let address_id = raipur_address(&app, user.id).await.to_string();
        let (status, page) = app.get_as("/checkout", &session).await;
        assert_eq!(status, 200);
        assert!(page.contains("कूरियर से") && page.contains("समूह से ख़ुद लें"), "delivery choices");
        assert!(
            page.contains("पते के") || page.contains("होम डिलीवरी क्षेत्र में नहीं"),
            "home delivery explained as not possible here"
        );
        // The page starts each group on the cheapest way to her door (the
        // courier: neither group delivers at home to Raipur), and its total
        // counts every delivery charge.
        assert!(page.contains(&format!("name=\"delivery[{khorpa}]\" value=\"courier\" checked")), "courier, not pickup");
        let shown_by_default = page.split("name=\"total\" value=\"").nth(1).unwrap().split('"').next().unwrap();

        // She chooses pickup from Tighra and sees the total for it.
        let form = checkout_form(&app, &session, &address_id, &[(khorpa, "courier", "cod"), (tighra, "pickup", "cod")]).await;
        let shown = form.iter().find(|(k, _)| k == "total").unwrap().1.clone();
        assert_ne!(shown, shown_by_default, "pickup changed the total");

        // A form that says another total (she changed a choice and did not
        // look again) places nothing and shows her the true total.
        let mut stale = form.clone();
        stale.retain(|(k, _)| k != "total");
        stale.push(("total".into(), shown_by_default.to_string()));
        let refused = app.submit(app::orders::api::PlaceOrder::PATH, &pairs(&stale), Some(&session)).await;
        let back = refused.header("location").unwrap();
        assert!(back.starts_with("/checkout?") && back.contains("was="), "{back}");
        assert_eq!(id_of(&app, "SELECT COUNT(*) FROM orders").await, 0, "nothing placed");
        let (_, again_page) = app.get_as(&back, &session).await;
        assert!(again_page.contains("अभी कोई ऑर्डर नहीं हुआ"), "told the total changed");
        assert!(again_page.contains(&format!("name=\"total\" value=\"{shown}\"")), "her choices kept");

        let form = pairs(&form);
        let first = app.submit(app::orders::api::PlaceOrder::PATH, &form, Some(&session)).await;
        assert_eq!(first.status, 302, "{}", first.body);
        let done = first.header("location").unwrap();
        assert!(done.starts_with("/checkout/done/"), "{done}");
        let (_, cart_page) = app.get_as("/cart", &session).await;
        assert!(cart_page.contains("थैला ख़ाली है"), "ordered lines leave the cart");
        // She adds two jars of lemon pickle, then the same form arrives
        // again (a double tap, a refresh): the same orders, and the lemon
        // stays in the cart, to be ordered.
        let lemon = id_of(&app, "SELECT id FROM products WHERE slug = 'lemon-pickle-khorpa'").await;
        app.submit(app::cart::api::AddToCart::PATH, &[("product_id", &lemon.to_string()), ("qty", "2")], Some(&session))
            .await;
        let again = app.submit(app::orders::api::PlaceOrder::PATH, &form, Some(&session)).await;
        assert_eq!(again.header("location").as_deref(), Some(done.as_str()));
        assert_eq!(id_of(&app, "SELECT COUNT(*) FROM orders").await, 2);
        assert_eq!(stock(mango).await, mango_before - 2);
        let (_, page) = app.get_as(&done, &session).await;
        assert_eq!(page.matches("href=\"/orders/HT-").count(), 2, "one order per group");
        let charged: i64 = id_of(&app, "SELECT CAST(SUM(total_paise) AS BIGINT) FROM orders").await;
        assert_eq!(
            app::money::Money::from_paise(charged),
            app::money::Money::from_paise(shown.parse().unwrap()),
            "the orders come to the total the page showed"
        );
        let in_cart: i64 = sqlx::query_scalar(
            "SELECT ci.qty FROM cart_items ci JOIN carts c ON c.id = ci.cart_id WHERE c.user_id = $1 AND ci.product_id = $2",
        )
        .bind(user.id)
        .bind(lemon)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
        assert_eq!(in_cart, 2, "a resent checkout never touches lines it did not order");

        let number = |group: i64| {
            let db = app.db.clone();
            async move {
                sqlx::query_scalar::<_, String>("SELECT number FROM orders WHERE group_id = $1")
                    .bind(group)
                    .fetch_one(&db.pool)
                    .await
                    .unwrap()
            }
        };
        let (raipur_order, gwalior_order) = (number(khorpa).await, number(tighra).await);

        // The pickup order says where to collect it, not a delivery address;
        // the courier order says where it goes.
        let (_, pickup_page) = app.get_as(&format!("/orders/{gwalior_order}"), &session).await;
        assert!(pickup_page.contains("सामान यहाँ से लें") && pickup_page.contains("तिघरा"), "where to collect");
        assert!(!pickup_page.contains("कहाँ पहुँचाएँ"), "no delivery address on a pickup order");
        let (_, courier_page) = app.get_as(&format!("/orders/{raipur_order}"), &session).await;
        assert!(courier_page.contains("कहाँ पहुँचाएँ") && courier_page.contains("492001"));
        assert!(!courier_page.contains("ख़रीदार को फ़ोन करें"), "the buyer is not offered her own number");
        // Cancelling asks once: the page has a link to the question, which holds the form.
        assert!(courier_page.contains("?confirm=cancel") && !courier_page.contains("value=\"Cancel\""));
        let (_, asking) = app.get_as(&format!("/orders/{raipur_order}?confirm=cancel"), &session).await;
        assert!(asking.contains("सच में यह ऑर्डर रद्द") && asking.contains("value=\"Cancel\""));

        // Kamla's group: told of the new order (the bell), then accept, pack,
        // dispatch with the courier's tracking.
        let kamla = app.session_for(KAMLA).await;
        let unread = app.call(app::orders::api::GetUnread::PATH, &[], Some(&kamla)).await;
        assert_eq!(unread.body, "1", "one new order for her group");
        let (_, inbox) = app.get_as("/orders", &kamla).await;
        assert!(inbox.contains(&raipur_order) && !inbox.contains(&gwalior_order), "her group's orders only");
        assert!(inbox.contains("नए (1)") && inbox.contains("पैक करने हैं (0)"), "the inbox tabs count");
        let (_, page) = app.get_as(&format!("/orders/{raipur_order}"), &kamla).await;
        assert!(page.contains("ऑर्डर स्वीकार करें"), "the next step is one big button");
        assert!(page.contains("ख़रीदार को फ़ोन करें") && page.contains("tel:+919000000001"), "the group can call the buyer");
        assert!(!page.contains("समूह को फ़ोन करें"), "not her own group");
        for (step, extra) in [
            ("Accept", vec![]),
            ("Pack", vec![]),
            (
                "Dispatch",
                vec![
                    ("courier_name", "India Post"),
                    ("tracking_number", "EE123456789IN"),
                    ("tracking_url", "https://www.indiapost.gov.in/"),
                ],
            ),
        ] {
            let mut form = vec![("number", raipur_order.as_str()), ("step", step)];
            form.extend(extra);
            let answer = app.submit(app::orders::api::OrderStep::PATH, &form, Some(&kamla)).await;
            assert_eq!(answer.status, 302, "{step}: {}", answer.body);
        }
        let (_, to_send) = app.get_as("/orders?tab=send", &kamla).await;
        assert!(!to_send.contains(&raipur_order), "dispatched: no longer to send");
        // Too late for Sunita to cancel; Meena cannot touch Kamla's order.
        assert_eq!(
            app.call(
                app::orders::api::OrderStep::PATH,
                &[("number", &raipur_order), ("step", "Cancel")],
                Some(&session)
            )
            .await
            .status,
            409
        );
        let meena = app.session_for(MEENA).await;
        assert_eq!(
            app.call(app::orders::api::OrderStep::PATH, &[("number", &raipur_order), ("step", "Pack")], Some(&meena))
                .await
                .status,
            404
        );

        // Meena's group cannot make the besan this week: rejected with a reason, stock back.
        let answer = app
            .call(app::orders::api::OrderStep::PATH, &[("number", &gwalior_order), ("step", "Reject")], Some(&meena))
            .await;
        assert_eq!(answer.status, 422, "a rejection needs a reason");
        let answer = app
            .submit(
                app::orders::api::OrderStep::PATH,
                &[("number", &gwalior_order), ("step", "Reject"), ("note", "चक्की ख़राब है, अगले हफ़्ते")],
                Some(&meena),
            )
            .await;
        assert_eq!(answer.status, 302);
        assert_eq!(stock(besan).await, besan_before, "the units are back on the shelf");

        // Her inbox tells her of each step; opening it clears the bell.
        let (_, inbox) = app.get_as("/inbox", &session).await;
        assert!(inbox.contains(&format!("ऑर्डर {raipur_order}: रवाना")) && inbox.contains("समूह ने लौटाया"));
        assert_eq!(app.call(app::orders::api::GetUnread::PATH, &[], Some(&session)).await.body, "0");
        // Sunita's timelines: both orders, every step, who and why.
        let (_, page) = app.get_as(&format!("/orders/{raipur_order}"), &session).await;
        for status in ["ऑर्डर मिला", "समूह ने स्वीकार किया", "पैक हो गया", "रवाना"]
        {
            assert!(page.contains(status), "{status}");
        }
        assert!(page.contains("EE123456789IN") && page.contains("https://www.indiapost.gov.in/"));
        let (_, page) = app.get_as(&format!("/orders/{gwalior_order}"), &session).await;
        assert!(page.contains("समूह ने लौटाया") && page.contains("चक्की ख़राब है"));
        // The Raipur official sees Kamla's order; the Gwalior official does not.
        let (status, _) = app.get_as(&format!("/orders/{raipur_order}"), &app.session_for("9000000008").await).await;
        assert_eq!(status, 200);
        let (status, _) = app.get_as(&format!("/orders/{raipur_order}"), &app.session_for("9000000011").await).await;
        assert_eq!(status, 404);
    })
    .await;
}

#[tokio::test]
async fn paying_a_group_by_upi_the_buyer_gives_her_utr_and_the_group_confirms_it() {
    on_each_engine(|app| async move {
        let mango = id_of(&app, "SELECT id FROM products WHERE slug = 'mango-pickle-khorpa'").await;
        let khorpa = id_of(&app, "SELECT id FROM shg_groups WHERE slug = 'maa-durga-shg-khorpa'").await;
        let session = app.session_for(SUNITA).await;
        app.submit(
            app::cart::api::AddToCart::PATH,
            &[("product_id", &mango.to_string()), ("qty", "1")],
            Some(&session),
        )
        .await;
        let user = app::accounts::store::user_by_phone(&app.db, SUNITA).await.unwrap().unwrap();
        let address_id = raipur_address(&app, user.id).await.to_string();
        let order = |payment: &'static str, key: &'static str| {
            let (app, session, address_id) = (app.clone(), session.clone(), address_id.clone());
            async move {
                let mut form = checkout_form(&app, &session, &address_id, &[(khorpa, "pickup", payment)]).await;
                form.retain(|(k, _)| k != "key");
                form.push(("key".into(), key.into()));
                app.call(app::orders::api::PlaceOrder::PATH, &pairs(&form), Some(&session)).await
            }
        };
        assert_eq!(order("upi", "upi-key-00000000000001").await.status, 200);
        let number: String = sqlx::query_scalar("SELECT number FROM orders WHERE buyer_id = $1")
            .bind(user.id)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();

        // Until paid, the jar is held: the group sees it on its list, and when
        // nothing else is left, the product page says held, not sold out.
        let (_, list) = app.get_as("/sell", &app.session_for(KAMLA).await).await;
        assert!(list.contains("1 नग ऐसे ऑर्डरों के लिए रुके हैं"), "the group sees what is held");
        let on_hand: i64 = id_of(&app, "SELECT CAST(SUM(on_hand) AS BIGINT) FROM stock WHERE product_id = (SELECT id FROM products WHERE slug = 'mango-pickle-khorpa')").await;
        sqlx::query("UPDATE stock SET on_hand = 0 WHERE product_id = $1").bind(mango).execute(&app.db.pool).await.unwrap();
        let (_, product) = app.get_as("/p/mango-pickle-khorpa", &session).await;
        assert!(product.contains("1 नग उन ऑर्डरों के लिए रुके हैं"), "held, not 'not available'");
        sqlx::query("UPDATE stock SET on_hand = $1 WHERE product_id = $2")
            .bind(on_hand)
            .bind(mango)
            .execute(&app.db.pool)
            .await
            .unwrap();
        let (_, page) = app.get_as(&format!("/orders/{number}"), &session).await;
        assert!(page.contains("भुगतान बाक़ी"), "awaiting payment");
        assert!(page.contains("upi://pay?pa=") && page.contains(&format!("tr={number}")), "the NPCI link");
        assert!(page.contains("<svg"), "the QR code");
        assert_eq!(
            app.call(app::orders::api::ClaimUpiPayment::PATH, &[("number", &number), ("utr", "12345")], Some(&session))
                .await
                .status,
            422
        );
        assert_eq!(
            app.submit(
                app::orders::api::ClaimUpiPayment::PATH,
                &[("number", &number), ("utr", "4123 5678 9012")],
                Some(&session)
            )
            .await
            .status,
            302
        );

        let kamla = app.session_for(KAMLA).await;
        // A payment to confirm is hers to act on: under "new", first.
        let (_, inbox) = app.get_as("/orders", &kamla).await;
        assert!(inbox.contains("नए (1)"), "the claimed UPI payment counts as new");
        assert!(inbox.split("class=\"order-list\"").nth(1).unwrap().contains(&number), "and is listed there");
        let (_, page) = app.get_as(&format!("/orders/{number}"), &kamla).await;
        assert!(page.contains("412356789012") && page.contains("पैसा मिल गया"));
        // Not in her account: the buyer is told and may give it again.
        assert_eq!(
            app.submit(app::orders::api::UpiNotReceived::PATH, &[("number", &number)], Some(&kamla)).await.status,
            302
        );
        let (_, inbox) = app.get_as("/inbox", &session).await;
        assert!(inbox.contains("UPI भुगतान नहीं मिला"));
        app.submit(
            app::orders::api::ClaimUpiPayment::PATH,
            &[("number", &number), ("utr", "412356789099")],
            Some(&session),
        )
        .await;
        // Received: the order is confirmed and the group asked to accept it.
        let answer = app
            .submit(app::orders::api::OrderStep::PATH, &[("number", &number), ("step", "Confirm")], Some(&kamla))
            .await;
        assert_eq!(answer.status, 302, "{}", answer.body);
        let status: String = sqlx::query_scalar("SELECT status FROM orders WHERE number = $1")
            .bind(&number)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(status, "confirmed");
        // Her own orders page has its heading, and says what the count counts.
        let (_, mine) = app.get_as("/orders", &session).await;
        assert_eq!(mine.matches("<h1").count(), 1, "one h1");
        assert!(mine.contains("मेरे ऑर्डर") && mine.contains("1 नग"), "the row's count is labelled");
        // The money is in the group's ledger, by channel.
        let (_, earnings) = app.get_as("/earnings", &kamla).await;
        assert!(earnings.contains("UPI ₹140"), "the UPI payment in the month's earnings");
        assert_eq!(app.get_as("/earnings", &session).await.0, 403, "a shopper has no earnings page");
        // The buyer cannot confirm her own payment.
        assert_eq!(
            app.call(app::orders::api::OrderStep::PATH, &[("number", &number), ("step", "Confirm")], Some(&session))
                .await
                .status,
            403
        );
    })
    .await;
}

#[tokio::test]
async fn changing_a_quantity_never_puts_a_listing_in_the_cart() {
    on_each_engine(|app| async move {
        let session = app.session_for(SUNITA).await;
        let mango = id_of(&app, "SELECT id FROM products WHERE slug = 'mango-pickle-khorpa'").await.to_string();
        let lemon = id_of(&app, "SELECT id FROM products WHERE slug = 'lemon-pickle-khorpa'").await.to_string();
        let lines = || {
            let db = app.db.clone();
            async move {
                sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM cart_items").fetch_one(&db.pool).await.unwrap()
            }
        };
        app.submit(app::cart::api::AddToCart::PATH, &[("product_id", &mango), ("qty", "1")], Some(&session)).await;
        sqlx::query("UPDATE products SET status = 'paused' WHERE slug = 'lemon-pickle-khorpa'")
            .execute(&app.db.pool)
            .await
            .unwrap();
        // A paused listing, not in the cart: refused, nothing added.
        let answer =
            app.call(app::cart::api::UpdateCart::PATH, &[("product_id", &lemon), ("qty", "3")], Some(&session)).await;
        assert_eq!(answer.status, 409, "{}", answer.body);
        // A live listing not in the cart: "update" never adds it.
        let besan = id_of(&app, "SELECT id FROM products WHERE slug = 'chana-besan-tighra'").await.to_string();
        let answer =
            app.call(app::cart::api::UpdateCart::PATH, &[("product_id", &besan), ("qty", "3")], Some(&session)).await;
        assert_eq!(answer.status, 404, "{}", answer.body);
        // A listing that does not exist: the same, never a 500.
        let answer =
            app.call(app::cart::api::UpdateCart::PATH, &[("product_id", "999999"), ("qty", "3")], Some(&session)).await;
        assert_eq!(answer.status, 404, "{}", answer.body);
        assert_eq!(lines().await, 1);
        // The line in the cart changes as before, typed on a Hindi keyboard too.
        let answer =
            app.call(app::cart::api::UpdateCart::PATH, &[("product_id", &mango), ("qty", "३")], Some(&session)).await;
        assert_eq!(answer.status, 200, "{}", answer.body);
        let qty: i64 = sqlx::query_scalar("SELECT qty FROM cart_items").fetch_one(&app.db.pool).await.unwrap();
        assert_eq!(qty, 3);
    })
    .await;
}

#[tokio::test]
async fn before_checkout_the_product_page_and_cart_say_when_a_group_cannot_reach_her() {
    on_each_engine(|app| async move {
        let session = app.session_for(SUNITA).await;
        let user = app::accounts::store::user_by_phone(&app.db, SUNITA).await.unwrap().unwrap();
        // Without an address there is nothing to say.
        let (_, page) = app.get_as("/p/turmeric-powder-kangoo", &session).await;
        assert!(!page.contains("आपके पते"), "no address yet");
        raipur_address(&app, user.id).await;

        // Shivani (Himachal, not GST-registered) cannot send to Raipur.
        let (status, page) = app.get_as("/p/turmeric-powder-kangoo", &session).await;
        assert_eq!(status, 200);
        assert!(page.contains("यह समूह आपके पते (492001) तक सामान नहीं भेज सकता"), "said on the product page");
        assert!(page.contains("GST में पंजीकृत नहीं"), "and why");
        // Khorpa (Chhattisgarh) can.
        let (_, page) = app.get_as("/p/mango-pickle-khorpa", &session).await;
        assert!(page.contains("आपके पते (492001) तक: कूरियर से"), "the cheapest way to her door");
        // Signed out: the page is the same for everyone, with nothing of hers.
        let anonymous = app.client.get(format!("{}/p/turmeric-powder-kangoo", app.address)).send().await.unwrap();
        assert!(!anonymous.text().await.unwrap().contains("आपके पते"));

        // In the cart, before checkout, the same warning under Shivani's goods only.
        let turmeric = id_of(&app, "SELECT id FROM products WHERE slug = 'turmeric-powder-kangoo'").await;
        let mango = id_of(&app, "SELECT id FROM products WHERE slug = 'mango-pickle-khorpa'").await;
        for product in [turmeric, mango] {
            let form = [("product_id", product.to_string()), ("qty", "1".to_string())];
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.submit(app::cart::api::AddToCart::PATH, &form, Some(&session)).await;
        }
        let (_, cart) = app.get_as("/cart", &session).await;
        assert_eq!(cart.matches("तक सामान नहीं भेज सकता").count(), 1, "one group cannot reach her");
        // At checkout Shivani's order can only be collected, and starts so.
        let shivani = id_of(&app, "SELECT id FROM shg_groups WHERE slug = 'shivani-shg-kangoo'").await;
        let (_, checkout) = app.get_as("/checkout", &session).await;
        assert!(checkout.contains(&format!("name=\"delivery[{shivani}]\" value=\"pickup\" checked")));
        assert!(checkout.contains("यह समूह आपके इस पते तक सामान नहीं पहुँचा सकता"));
    })
    .await;
}
