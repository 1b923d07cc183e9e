//! The officials' dashboard (#17) over HTTP, on both engines: Raipur's
//! official sees what waits in Raipur (a late order first, one tap from
//! its page) and never Gwalior's; the list downloads as an Excel-friendly
//! CSV; a step that does not exist gets a clear answer, not a 500.

use crate::helpers::{id_of, on_each_engine, product_id};
use app::orders::delivery::DeliveryMethod;
use app::orders::types::PaymentMethod;

#[tokio::test]
async fn raipurs_official_sees_raipurs_waiting_orders_late_first_and_as_csv() {
    on_each_engine(|app| async move {
        let sunita = id_of(&app, "SELECT id FROM users WHERE phone = '9000000001'").await;
        let pickle = product_id(&app, "mango-pickle-khorpa").await;
        let besan = product_id(&app, "chana-besan-tighra").await;
        let raipur = app::testing::order_of(
            &app.db,
            sunita,
            "monitor-1",
            pickle,
            1,
            "chhattisgarh",
            PaymentMethod::CashOnDelivery,
            DeliveryMethod::Courier,
        )
        .await;
        let gwalior = app::testing::order_of(
            &app.db,
            sunita,
            "monitor-2",
            besan,
            1,
            "madhya-pradesh",
            PaymentMethod::CashOnDelivery,
            DeliveryMethod::Courier,
        )
        .await;
        // Raipur's order has waited two days for its group to accept it.
        let two_days_ago = app::db::now_ms() - 48 * 60 * 60 * 1000;
        sqlx::query("UPDATE orders SET updated_at = $1 WHERE id = $2")
            .bind(two_days_ago)
            .bind(raipur.id)
            .execute(&app.db.pool)
            .await
            .unwrap();

        let priya = app.session_for("9000000008").await;
        let (status, page) = app.get_as("/monitor", &priya).await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("निगरानी") && page.contains("रायपुर"), "{page}");
        // The late list, opening on the order itself; Gwalior's is not there.
        assert!(page.contains(&format!("href=\"/orders/{}\"", raipur.number)), "{page}");
        assert!(page.contains("2 दिन"), "its age: {page}");
        assert!(!page.contains(&gwalior.number), "Gwalior's order on Raipur's page");
        // One step's list: Raipur's order waits to be accepted.
        let (_, step) = app.get_as("/monitor?wait=to_accept", &priya).await;
        assert!(step.contains(&raipur.number) && !step.contains(&gwalior.number), "{step}");
        let (_, other) = app.get_as("/monitor?wait=to_dispatch", &priya).await;
        assert!(other.contains("इस क़दम पर कुछ भी इंतज़ार में नहीं"), "{other}");

        // The CSV: a byte-order mark, the header in her language, the late order.
        let csv = app
            .client
            .get(app.url("/monitor/waiting.csv?wait=to_accept"))
            .header("Cookie", &priya)
            .send()
            .await
            .unwrap();
        assert_eq!(csv.status().as_u16(), 200);
        assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        let body = csv.text().await.unwrap();
        assert!(body.starts_with('\u{feff}'), "Excel reads UTF-8 by its byte-order mark");
        let lines: Vec<&str> = body.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 2, "{body}");
        assert!(lines[0].starts_with("क़दम,किस पर,क्रमांक"), "{}", lines[0]);
        assert!(lines[1].contains(&raipur.number) && lines[1].ends_with(",देर"), "{}", lines[1]);

        // Gwalior's official: Gwalior's order, not Raipur's.
        let vandana = app.session_for("9000000011").await;
        let (_, theirs) = app.get_as("/monitor?wait=to_accept", &vandana).await;
        assert!(theirs.contains(&gwalior.number) && !theirs.contains(&raipur.number), "{theirs}");

        // No such step: a clear answer in both languages, on the page and the CSV.
        let (status, page) = app.get_as("/monitor?wait=nonsense", &priya).await;
        assert_eq!(status, 422, "{page}");
        assert!(page.contains("ऐसा कोई क़दम नहीं"), "{page}");
        let bad = app
            .client
            .get(app.url("/monitor/waiting.csv?wait=nonsense"))
            .header("Cookie", &priya)
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status().as_u16(), 422);
        // A shopper and a seller may not watch.
        for phone in ["9000000001", "9000000002"] {
            let session = app.session_for(phone).await;
            let csv = app.client.get(app.url("/monitor/waiting.csv")).header("Cookie", &session).send().await.unwrap();
            assert_eq!(csv.status().as_u16(), 403, "{phone}");
        }
    })
    .await;
}

#[tokio::test]
async fn sales_by_place_drill_from_the_district_to_a_group_and_download() {
    on_each_engine(|app| async move {
        let sunita = id_of(&app, "SELECT id FROM users WHERE phone = '9000000001'").await;
        let pickle = product_id(&app, "mango-pickle-khorpa").await;
        let besan = product_id(&app, "chana-besan-tighra").await;
        for (key, product, state) in
            [("s1", pickle, "chhattisgarh"), ("s2", pickle, "chhattisgarh"), ("s3", besan, "madhya-pradesh")]
        {
            app::testing::order_of(
                &app.db,
                sunita,
                key,
                product,
                1,
                state,
                PaymentMethod::CashOnDelivery,
                DeliveryMethod::Courier,
            )
            .await;
        }
        let priya = app.session_for("9000000008").await;
        // Before the worker's pass the page says so, and shows no sales.
        let (status, page) = app.get_as("/monitor/sales", &priya).await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("आँकड़े अभी जोड़े नहीं गए") && page.contains("इस अवधि में कोई बिक्री नहीं"), "{page}");
        app::monitoring::worker::run_rollup(&app.db, app::db::now_ms()).await.unwrap();

        // Raipur's blocks (Khorpa's block sold two), with the chart and its table.
        let (_, page) = app.get_as("/monitor/sales?period=today", &priya).await;
        assert!(page.contains("<svg") && page.contains("sales-chart-title"), "{page}");
        let block: i64 = id_of(&app, "SELECT g.block_id FROM shg_groups g WHERE g.slug = 'maa-durga-shg-khorpa'").await;
        assert!(page.contains(&format!("/monitor/sales?period=today&amp;block={block}")), "{page}");
        assert!(!page.contains("एकता"), "Gwalior's group on Raipur's page");
        // The block's groups, then the group's products.
        // The group received ₹3,000 today (its ledger): per member, a 30-day month of it.
        let group = id_of(&app, "SELECT id FROM shg_groups WHERE slug = 'maa-durga-shg-khorpa'").await;
        let members = id_of(&app, "SELECT members FROM shg_groups WHERE slug = 'maa-durga-shg-khorpa'").await;
        let order = id_of(&app, "SELECT MIN(id) FROM orders").await;
        sqlx::query(
            "INSERT INTO payments (order_id, group_id, channel, amount_paise, reference, recorded_at, part) \
             VALUES ($1, $2, 'cod', 300000, '', $3, 'full')",
        )
        .bind(order)
        .bind(group)
        .bind(app::db::now_ms())
        .execute(&app.db.pool)
        .await
        .unwrap();
        let per_member =
            app::monitoring::sales::per_member_month(app::money::Money::from_rupees(3_000), members, 1).unwrap();
        let (_, groups) = app.get_as(&format!("/monitor/sales?period=today&block={block}"), &priya).await;
        assert!(groups.contains(&format!("group={group}")), "{groups}");
        assert!(groups.contains("हर सदस्य की महीने की आमदनी"), "{groups}");
        assert!(groups.contains(&per_member.format(app::i18n::Lang::Hi)), "{groups}");
        let (_, products) =
            app.get_as(&format!("/monitor/sales?period=today&block={block}&group={group}"), &priya).await;
        assert!(products.contains("आम का अचार") && products.contains("इकाइयाँ"), "{products}");
        // Gwalior's group asked for by id: nothing of it.
        let ekta = id_of(&app, "SELECT id FROM shg_groups WHERE slug = 'ekta-shg-tighra'").await;
        let (_, theirs) = app.get_as(&format!("/monitor/sales?period=today&group={ekta}"), &priya).await;
        assert!(theirs.contains("इस अवधि में कोई बिक्री नहीं") && !theirs.contains("चना बेसन"), "{theirs}");

        // The CSV of the block: the header, the group and the total line.
        let csv = app
            .client
            .get(app.url(&format!("/monitor/sales.csv?period=today&block={block}")))
            .header("Cookie", &priya)
            .send()
            .await
            .unwrap();
        assert_eq!(csv.status().as_u16(), 200);
        let body = csv.text().await.unwrap();
        let lines: Vec<&str> = body.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines[0], "समूह,ख़ुदरा,व्यापारी,सरकारी,कुल,ऑर्डर,हर सदस्य की महीने की आमदनी", "{body}");
        assert_eq!(lines.len(), 3, "{body}");
        assert!(lines[1].ends_with(&format!(",2,{:.2}", per_member.rupees())), "{body}");
        assert!(lines[2].starts_with("कुल,") && lines[2].ends_with(",2,"), "{body}");

        // The same table as an Excel workbook (a zip archive).
        let xlsx = app
            .client
            .get(app.url(&format!("/monitor/sales.xlsx?period=today&block={block}")))
            .header("Cookie", &priya)
            .send()
            .await
            .unwrap();
        assert_eq!(xlsx.status().as_u16(), 200);
        let kind = xlsx.headers()["content-type"].to_str().unwrap().to_string();
        assert!(kind.contains("spreadsheetml"), "{kind}");
        assert!(xlsx.bytes().await.unwrap().starts_with(b"PK"), "a zip archive");

        // A bad period or date is a clear answer, never a 500.
        for bad in ["period=decade", "period=custom&from=2026-13-01&to=2026-12-01", "period=custom", "block=abc"] {
            let (status, page) = app.get_as(&format!("/monitor/sales?{bad}"), &priya).await;
            assert_eq!(status, 422, "{bad}: {page}");
        }
    })
    .await;
}

#[tokio::test]
async fn quality_shows_raipurs_review_queue_reasons_and_groups_with_nothing_on_sale_and_downloads() {
    on_each_engine(|app| async move {
        // Khorpa's group (Raipur) and Tighra's (Gwalior) take everything off sale.
        for slug in ["maa-durga-shg-khorpa", "ekta-shg-tighra"] {
            sqlx::query(
                "UPDATE products SET status = 'paused' WHERE status = 'live' \
                 AND group_id = (SELECT id FROM shg_groups WHERE slug = $1)",
            )
            .bind(slug)
            .execute(&app.db.pool)
            .await
            .unwrap();
        }
        // A Raipur listing sent back for its tax details today.
        let pickle = product_id(&app, "mango-pickle-khorpa").await;
        sqlx::query(
            "INSERT INTO listing_events (product_id, kind, reason, note, at) VALUES ($1, 'rejected', 'tax', '', $2)",
        )
        .bind(pickle)
        .bind(app::db::now_ms())
        .execute(&app.db.pool)
        .await
        .unwrap();
        let waiting = id_of(
            &app,
            "SELECT COUNT(*) FROM products p JOIN shg_groups g ON g.id = p.group_id \
             JOIN districts d ON d.id = g.district_id WHERE p.status = 'in_review' AND d.slug = 'raipur'",
        )
        .await;

        let priya = app.session_for("9000000008").await;
        let (status, page) = app.get_as("/monitor/quality?period=week", &priya).await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains(&format!("जाँच के लिए रुकी लिस्टिंग ({waiting})")), "{page}");
        assert!(page.contains("HSN कोड या GST दर ग़लत है") && page.contains("reasons-chart-title"), "{page}");
        assert!(page.contains("/g/maa-durga-shg-khorpa"), "{page}");
        assert!(!page.contains("/g/ekta-shg-tighra"), "Gwalior's group on Raipur's page");

        let (status, groups) = app.get_as("/monitor/quality.csv?table=groups", &priya).await;
        assert_eq!(status, 200);
        let lines: Vec<&str> = groups.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines[0], "समूह,ब्लॉक,ज़िला,जुड़ा,जाँच में,अधूरी या लौटाई", "{groups}");
        assert_eq!(lines.len(), 2, "Khorpa's group alone: {groups}");
        assert!(lines[1].contains("रायपुर"), "{groups}");
        let (_, reasons) = app.get_as("/monitor/quality.csv?table=reasons&period=today", &priya).await;
        assert_eq!(
            reasons.trim_start_matches('\u{feff}').lines().nth(1),
            Some("HSN कोड या GST दर ग़लत है,1"),
            "{reasons}"
        );

        for bad in ["/monitor/quality.csv?table=orders", "/monitor/quality.csv?period=decade"] {
            assert_eq!(app.get_as(bad, &priya).await.0, 422, "{bad}");
        }
        let (status, _) = app.get_as("/monitor/quality?period=custom&from=2026-01-09", &priya).await;
        assert_eq!(status, 422);
        // A shopper is told no.
        let sunita = app.session_for("9000000001").await;
        assert_eq!(app.get_as("/monitor/quality", &sunita).await.0, 403);
    })
    .await;
}

#[tokio::test]
async fn the_flow_of_raipurs_orders_counts_each_step_and_downloads() {
    on_each_engine(|app| async move {
        let sunita = id_of(&app, "SELECT id FROM users WHERE phone = '9000000001'").await;
        let pickle = product_id(&app, "mango-pickle-khorpa").await;
        let besan = product_id(&app, "chana-besan-tighra").await;
        for (key, product, state) in [("f1", pickle, "chhattisgarh"), ("f2", besan, "madhya-pradesh")] {
            app::testing::order_of(
                &app.db,
                sunita,
                key,
                product,
                2,
                state,
                PaymentMethod::CashOnDelivery,
                DeliveryMethod::Courier,
            )
            .await;
        }
        app::monitoring::worker::run_rollup(&app.db, app::db::now_ms()).await.unwrap();
        let priya = app.session_for("9000000008").await;
        let (status, page) = app.get_as("/monitor/flow?period=today", &priya).await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("flow-chart-title") && page.contains("आपूर्ति दर"), "{page}");
        let (_, csv) = app.get_as("/monitor/flow.csv?period=today", &priya).await;
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 6, "a header and five steps: {csv}");
        assert!(lines[1].starts_with("ऑर्डर आए,1,"), "Raipur's one order, not Gwalior's: {csv}");
        assert!(lines[2].starts_with("समूह ने स्वीकारे,0,"), "{csv}");
        // Traders placed none; a channel that does not exist is a clear no.
        let (_, trade) = app.get_as("/monitor/flow?period=today&channel=trade", &priya).await;
        assert!(trade.contains("इस अवधि में कोई ऑर्डर नहीं आया"), "{trade}");
        assert_eq!(app.get_as("/monitor/flow?channel=barter", &priya).await.0, 422);
        assert_eq!(app.get_as("/monitor/flow.csv?period=decade", &priya).await.0, 422);
    })
    .await;
}

#[tokio::test]
async fn raipurs_official_sets_a_blocks_target_and_sees_it_beside_what_was_achieved() {
    on_each_engine(|app| async move {
        let block = id_of(&app, "SELECT block_id FROM shg_groups WHERE slug = 'maa-durga-shg-khorpa'").await;
        let priya = app.session_for("9000000008").await;
        let (status, page) = app.get_as("/monitor/targets?measure=listings", &priya).await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("लक्ष्य तय नहीं") && page.contains("लक्ष्य तय करें"), "{page}");
        let fy = app::dates::financial_year_of(app::dates::day_of(app::db::now_ms()));

        // A sales target of ₹5 lakh and 40 live listings for Khorpa's block, posted as a form without JavaScript.
        let (block, fy) = (block.to_string(), fy.to_string());
        let post = |groups: &'static str, sales: &'static str| {
            vec![("block", block.clone()), ("fy", fy.clone()), ("groups", groups.into()), ("listings", "40".into()), ("sales", sales.into())]
        };
        let form = post("4", "5,00,000");
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let saved = app.submit("/api/set_block_targets", &pairs, Some(&priya)).await;
        assert!(saved.status == 302 || saved.status == 303, "{} {}", saved.status, saved.body);
        let stored = id_of(&app, "SELECT sales_paise FROM block_targets").await;
        assert_eq!(stored, 5_00_000 * 100);
        let live = id_of(
            &app,
            "SELECT COUNT(*) FROM products p JOIN shg_groups g ON g.id = p.group_id \
             WHERE p.status = 'live' AND g.block_id = (SELECT block_id FROM shg_groups WHERE slug = 'maa-durga-shg-khorpa')",
        )
        .await;
        let (_, page) = app.get_as("/monitor/targets?measure=listings", &priya).await;
        let share = format!("{:.1} %", (live as f64 * 1000.0 / 40.0).round() / 10.0);
        assert!(page.contains(&share) && page.contains("targets-chart-title"), "{share}: {page}");
        assert!(page.contains("औसत"), "the average is marked: {page}");

        // A target that is not a whole number changes nothing; Gwalior's official cannot set Raipur's block.
        let gwalior = app.session_for("9000000011").await;
        for (who, groups, status) in [(&priya, "four", 422), (&gwalior, "9", 403)] {
            let form = post(groups, "100");
            let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let answer = app.call("/api/set_block_targets", &pairs, Some(who)).await;
            assert_eq!(answer.status, status, "{}", answer.body);
            assert_eq!(id_of(&app, "SELECT groups_selling FROM block_targets").await, 4);
        }
    })
    .await;
}

#[tokio::test]
async fn the_monthly_summary_shows_one_districts_month_and_a_state_official_chooses_the_district() {
    on_each_engine(|app| async move {
        let sunita = id_of(&app, "SELECT id FROM users WHERE phone = '9000000001'").await;
        let pickle = product_id(&app, "mango-pickle-khorpa").await;
        app::testing::order_of(
            &app.db,
            sunita,
            "m1",
            pickle,
            1,
            "chhattisgarh",
            PaymentMethod::CashOnDelivery,
            DeliveryMethod::Courier,
        )
        .await;
        app::monitoring::worker::run_rollup(&app.db, app::db::now_ms()).await.unwrap();
        let today = app::dates::day_of(app::db::now_ms());
        let this_month = app::dates::iso_day(app::dates::month_start(today))[..7].to_string();

        let priya = app.session_for("9000000008").await;
        let (status, page) = app.get_as(&format!("/monitor/summary?month={this_month}"), &priya).await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("मासिक सारांश · रायपुर"), "{page}");
        assert!(page.contains("अभनपुर") && page.contains("आपूर्ति दर"), "this month's sale by block: {page}");
        assert!(!page.contains("मुरार"), "Gwalior's block on Raipur's summary");
        // A month outside the last year is a clear no.
        assert_eq!(app.get_as("/monitor/summary?month=2001-01", &priya).await.0, 422);
        // The state official reads Raipur by choosing it; Gwalior is not hers.
        let alok = app.session_for("9000000009").await;
        let raipur = id_of(&app, "SELECT id FROM districts WHERE slug = 'raipur'").await;
        let gwalior = id_of(&app, "SELECT id FROM districts WHERE slug = 'gwalior'").await;
        let (status, page) = app.get_as(&format!("/monitor/summary?month={this_month}&district={raipur}"), &alok).await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("मासिक सारांश · रायपुर") && page.contains("अभनपुर"), "{page}");
        assert_eq!(app.get_as(&format!("/monitor/summary?district={gwalior}"), &alok).await.0, 403);
    })
    .await;
}
