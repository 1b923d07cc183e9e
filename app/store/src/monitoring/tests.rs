//! The dashboard's "now" against orders with known answers, on both engines.

use crate::accounts::scope::groups_in_scope;
use crate::accounts::types::Scope;
use crate::db::testing::each_engine;
use crate::db::Db;
use crate::monitoring::now::{count, list};
use crate::monitoring::waits::Wait;
use crate::orders::delivery::DeliveryMethod;
use crate::orders::state::{Actor, Step};
use crate::orders::types::PaymentMethod;
use crate::testing::{catalogue, order_of, shopper};

const HOUR: i64 = 60 * 60 * 1000;

async fn scope_of_group(db: &Db, group_id: i64) -> (i64, i64, i64) {
    sqlx::query_as("SELECT state_id, district_id, block_id FROM shg_groups WHERE id = $1")
        .bind(group_id)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

async fn set_since(db: &Db, order_id: i64, at: i64) {
    sqlx::query("UPDATE orders SET updated_at = $1 WHERE id = $2")
        .bind(at)
        .bind(order_id)
        .execute(&db.pool)
        .await
        .unwrap();
}

#[tokio::test]
async fn each_step_counts_its_waits_and_its_late_ones_within_the_scope_only() {
    each_engine(|db| async move {
        let f = catalogue(&db).await;
        let buyer = shopper(&db, "9100000001").await;
        let now = crate::db::now_ms();
        // Raipur: one order not accepted for 30 hours, one accepted an hour ago.
        let late = order_of(
            &db,
            buyer,
            "a",
            f.mango_pickle,
            1,
            "chhattisgarh",
            PaymentMethod::CashOnDelivery,
            DeliveryMethod::Courier,
        )
        .await;
        set_since(&db, late.id, now - 30 * HOUR).await;
        let accepted = order_of(
            &db,
            buyer,
            "b",
            f.mango_pickle,
            1,
            "chhattisgarh",
            PaymentMethod::CashOnDelivery,
            DeliveryMethod::Courier,
        )
        .await;
        let mut conn = db.pool.acquire().await.unwrap();
        crate::orders::steps::advance(&mut conn, accepted.id, Step::Accept, Actor::Group, None, "", None)
            .await
            .unwrap();
        drop(conn);
        // Gwalior: one just placed, not Raipur's to see.
        let gwalior = order_of(
            &db,
            buyer,
            "c",
            f.groundnut_oil,
            1,
            "madhya-pradesh",
            PaymentMethod::CashOnDelivery,
            DeliveryMethod::Courier,
        )
        .await;

        let (state, district, block) = scope_of_group(&db, f.raipur_group).await;
        let raipur = groups_in_scope(&Scope::District { district_id: district, block_id: None }).unwrap();
        let to_accept = count(&db, Wait::ToAccept, raipur, now).await.unwrap();
        assert_eq!((to_accept.total, to_accept.late, to_accept.oldest), (1, 1, Some(now - 30 * HOUR)));
        let to_dispatch = count(&db, Wait::ToDispatch, raipur, now).await.unwrap();
        assert_eq!((to_dispatch.total, to_dispatch.late), (1, 0), "accepted just now");
        // Three days on, the accepted order is late too.
        let later = count(&db, Wait::ToDispatch, raipur, now + 3 * 24 * HOUR + HOUR).await.unwrap();
        assert_eq!(later.late, 1);
        // Every other step reads its own rows (on both engines) and finds none here.
        for wait in Wait::ALL.into_iter().filter(|w| ![Wait::ToAccept, Wait::ToDispatch].contains(w)) {
            let c = count(&db, wait, raipur, now).await.unwrap();
            assert_eq!((c.total, c.late), (0, 0), "{wait:?}");
            assert!(list(&db, wait, raipur, now, false, 10).await.unwrap().is_empty(), "{wait:?}");
        }

        // The late list is the late order, one tap from its page.
        let rows = list(&db, Wait::ToAccept, raipur, now, true, 10).await.unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].link.as_str(), rows[0].late), (&*format!("/orders/{}", late.number), true));
        assert_eq!(rows[0].group.en, "Maa Durga Samooh");
        assert!(list(&db, Wait::ToDispatch, raipur, now, true, 10).await.unwrap().is_empty(), "nothing late there");
        assert_eq!(list(&db, Wait::ToDispatch, raipur, now, false, 10).await.unwrap()[0].number, accepted.number);

        // Chhattisgarh's state official sees Raipur's one; Gwalior's is Madhya Pradesh's.
        let chhattisgarh = groups_in_scope(&Scope::State { state_id: state }).unwrap();
        assert_eq!(count(&db, Wait::ToAccept, chhattisgarh, now).await.unwrap().total, 1);
        let (mp, gwalior_district, _) = scope_of_group(&db, f.gwalior_group).await;
        let gwalior_scope =
            groups_in_scope(&Scope::District { district_id: gwalior_district, block_id: None }).unwrap();
        let theirs = list(&db, Wait::ToAccept, gwalior_scope, now, false, 10).await.unwrap();
        assert_eq!(theirs.iter().map(|w| w.number.clone()).collect::<Vec<_>>(), vec![gwalior.number.clone()]);
        assert_eq!(
            count(&db, Wait::ToAccept, groups_in_scope(&Scope::State { state_id: mp }).unwrap(), now)
                .await
                .unwrap()
                .total,
            1
        );

        // A block official sees her block's, and another block's official none of them.
        let own_block = groups_in_scope(&Scope::District { district_id: district, block_id: Some(block) }).unwrap();
        assert_eq!(count(&db, Wait::ToAccept, own_block, now).await.unwrap().total, 1);
        let other_block: i64 = sqlx::query_scalar(
            "INSERT INTO blocks (district_id, name_en, name_hi) VALUES ($1, 'Elsewhere', 'कहीं और') RETURNING id",
        )
        .bind(district)
        .fetch_one(&db.pool)
        .await
        .unwrap();
        let elsewhere =
            groups_in_scope(&Scope::District { district_id: district, block_id: Some(other_block) }).unwrap();
        assert_eq!(count(&db, Wait::ToAccept, elsewhere, now).await.unwrap().total, 0);
    })
    .await;
}

/// The statuses that count as sold, as an SQL list (the domain's own words).
fn sold_statuses() -> String {
    let sold: Vec<String> =
        crate::monitoring::sales::SOLD_STATUSES.iter().map(|s| format!("'{}'", s.as_str())).collect();
    sold.join(", ")
}

/// Dates an order as placed (and last changed) at `at`.
async fn place_at(db: &Db, order_id: i64, at: i64) {
    sqlx::query("UPDATE orders SET created_at = $1, updated_at = $1 WHERE id = $2")
        .bind(at)
        .bind(order_id)
        .execute(&db.pool)
        .await
        .unwrap();
}

/// What the raw orders say a group sold by channel (the roll-up's answer key).
async fn raw_sales(db: &Db) -> Vec<(i64, String, i64, i64)> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT group_id, channel, COUNT(*), CAST(SUM(goods_paise) AS BIGINT) FROM orders WHERE status IN ({}) \
         GROUP BY group_id, channel ORDER BY group_id, channel",
        sold_statuses()
    )))
    .fetch_all(&db.pool)
    .await
    .unwrap()
}

async fn rolled_sales(db: &Db) -> Vec<(i64, String, i64, i64)> {
    rolled_in(db, "daily_group_sales").await
}

/// What a roll-up table (daily or monthly) says each group sold by channel.
async fn rolled_in(db: &Db, table: &str) -> Vec<(i64, String, i64, i64)> {
    // `table` is one of the two roll-up tables' names.
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT group_id, channel, CAST(SUM(orders) AS BIGINT), CAST(SUM(value_paise) AS BIGINT) FROM {table} \
         GROUP BY group_id, channel ORDER BY group_id, channel"
    )))
    .fetch_all(&db.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn the_roll_ups_equal_the_orders_and_follow_a_later_cancellation() {
    use crate::monitoring::rollup::roll_up;
    use crate::monitoring::sales::Level;
    use crate::monitoring::sold::by_place;
    each_engine(|db| async move {
        let f = catalogue(&db).await;
        let buyer = shopper(&db, "9100000002").await;
        let now = crate::db::now_ms();
        let day = 24 * HOUR;
        let mut placed = Vec::new();
        for (key, product, state, days_ago) in [
            ("r1", f.mango_pickle, "chhattisgarh", 0),
            ("r2", f.mango_pickle, "chhattisgarh", 3),
            ("g1", f.groundnut_oil, "madhya-pradesh", 0),
            ("g2", f.groundnut_oil, "madhya-pradesh", 40),
        ] {
            let o =
                order_of(&db, buyer, key, product, 2, state, PaymentMethod::CashOnDelivery, DeliveryMethod::Courier)
                    .await;
            place_at(&db, o.id, now - days_ago * day).await;
            placed.push(o);
        }
        // A trader's order and one never paid (not a sale).
        sqlx::query("UPDATE orders SET channel = 'trade' WHERE id = $1")
            .bind(placed[1].id)
            .execute(&db.pool)
            .await
            .unwrap();
        let unpaid = order_of(
            &db,
            buyer,
            "u1",
            f.mango_pickle,
            1,
            "chhattisgarh",
            PaymentMethod::UpiToGroup,
            DeliveryMethod::Courier,
        )
        .await;
        let mut tx = db.begin().await.unwrap();
        assert_eq!(roll_up(&mut tx, now).await.unwrap(), 3, "three days have orders");
        tx.commit().await.unwrap();
        assert_eq!(rolled_sales(&db).await, raw_sales(&db).await);
        assert_eq!(rolled_in(&db, "monthly_group_sales").await, raw_sales(&db).await, "the months sum their days");
        assert_eq!(
            rolled_sales(&db).await.iter().map(|r| r.2).sum::<i64>(),
            4,
            "the unpaid order {} is no sale",
            unpaid.number
        );
        // A second worker right after finds nothing to do.
        let mut tx = db.begin().await.unwrap();
        assert_eq!(roll_up(&mut tx, now).await.unwrap(), 0);
        tx.commit().await.unwrap();

        // Raipur's official: this month's sales by block, split by channel.
        let (_, district, block) = scope_of_group(&db, f.raipur_group).await;
        let raipur = groups_in_scope(&Scope::District { district_id: district, block_id: None }).unwrap();
        let today = crate::dates::day_of(now);
        let rows = by_place(&db, raipur, Level::Blocks { district }, (today - 10, today)).await.unwrap();
        assert_eq!(rows.len(), 1, "one block sold");
        assert_eq!((rows[0].key, rows[0].count), (block, 2));
        let channels: Vec<_> = rows[0].channels.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(channels.len(), 2, "{channels:?}");
        // Drilled to the group's products: units, not orders.
        let products =
            by_place(&db, raipur, Level::Products { group: f.raipur_group }, (today - 10, today)).await.unwrap();
        assert_eq!((products[0].key, products[0].count), (f.mango_pickle, 4));
        // Gwalior's group is not Raipur's to read, even when asked for by id.
        let theirs =
            by_place(&db, raipur, Level::Products { group: f.gwalior_group }, (today - 60, today)).await.unwrap();
        assert!(theirs.is_empty());

        // Cancelled later: the next pass rolls its day again, and the sale is gone.
        let later = now + HOUR;
        let mut conn = db.pool.acquire().await.unwrap();
        crate::orders::steps::advance(&mut conn, placed[0].id, Step::Cancel, Actor::Buyer, None, "", None)
            .await
            .unwrap();
        sqlx::query("UPDATE orders SET updated_at = $1 WHERE id = $2")
            .bind(later)
            .bind(placed[0].id)
            .execute(&mut *conn)
            .await
            .unwrap();
        drop(conn);
        let mut tx = db.begin().await.unwrap();
        assert_eq!(roll_up(&mut tx, later + 1).await.unwrap(), 1);
        tx.commit().await.unwrap();
        assert_eq!(rolled_sales(&db).await, raw_sales(&db).await);
        assert_eq!(rolled_in(&db, "monthly_group_sales").await, raw_sales(&db).await, "and its month follows");
        let rows = by_place(&db, raipur, Level::Blocks { district }, (today - 10, today)).await.unwrap();
        assert_eq!(rows[0].count, 1);
    })
    .await;
}

#[tokio::test]
async fn any_period_of_whole_months_and_odd_days_sums_as_its_orders_do() {
    use crate::dates::{day_of, day_start_ms, financial_year_start, month_start};
    use crate::monitoring::rollup::roll_up;
    use crate::monitoring::sales::Level;
    use crate::monitoring::sold::{by_place, total};
    use crate::monitoring::target_store::achieved;
    each_engine(|db| async move {
        let f = catalogue(&db).await;
        let buyer = shopper(&db, "9100000003").await;
        let now = crate::db::now_ms();
        let mut tx = db.begin().await.unwrap();
        crate::listings::store::set_stock_level(&mut tx, f.mango_pickle, f.raipur_group, 500).await.unwrap();
        tx.commit().await.unwrap();
        // A Raipur order every eleven days for 300 days, of one to three jars.
        for i in 0..28_i64 {
            let o = order_of(
                &db,
                buyer,
                &format!("m{i}"),
                f.mango_pickle,
                1 + i % 3,
                "chhattisgarh",
                PaymentMethod::CashOnDelivery,
                DeliveryMethod::Courier,
            )
            .await;
            place_at(&db, o.id, now - i * 11 * 24 * HOUR).await;
        }
        let mut tx = db.begin().await.unwrap();
        assert_eq!(roll_up(&mut tx, now).await.unwrap(), 28);
        tx.commit().await.unwrap();
        assert_eq!(rolled_in(&db, "monthly_group_sales").await, raw_sales(&db).await);

        let (_, district, block) = scope_of_group(&db, f.raipur_group).await;
        let raipur = groups_in_scope(&Scope::District { district_id: district, block_id: None }).unwrap();
        let today = day_of(now);
        let this_month = month_start(today);
        let periods = [
            (today, today),
            (today - 6, today),
            (this_month, today),
            (financial_year_start(today), today),
            (today - 300, today),
            (month_start(today - 200), this_month - 1),
            (today - 250, month_start(today - 100) + 3),
            (today - 45, today - 20),
        ];
        for (from, to) in periods {
            // The answer key: the sold orders placed in those days.
            let (orders, paise): (i64, i64) = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT COUNT(*), CAST(COALESCE(SUM(goods_paise), 0) AS BIGINT) FROM orders \
                 WHERE created_at >= $1 AND created_at < $2 AND status IN ({})",
                sold_statuses()
            )))
            .bind(day_start_ms(from))
            .bind(day_start_ms(to + 1))
            .fetch_one(&db.pool)
            .await
            .unwrap();
            for level in [Level::Districts, Level::Blocks { district }, Level::Groups { block }] {
                let rows = by_place(&db, raipur, level, (from, to)).await.unwrap();
                let sum = total(&rows);
                assert_eq!((sum.count, sum.value.to_paise()), (orders, paise), "{level:?} over {from}..={to}");
            }
            let blocks = achieved(&db, district, (from, to)).await.unwrap();
            let ours = blocks.iter().find(|(b, _)| *b == block).map(|(_, fig)| *fig).unwrap_or_default();
            assert_eq!(ours.sales.to_paise(), paise, "targets over {from}..={to}");
            assert_eq!(ours.groups_selling, i64::from(orders > 0));
        }
    })
    .await;
}

async fn send_to_review(db: &Db, listing: i64, at: i64) {
    sqlx::query("UPDATE products SET status = 'in_review', updated_at = $1 WHERE id = $2")
        .bind(at)
        .bind(listing)
        .execute(&db.pool)
        .await
        .unwrap();
}

#[tokio::test]
async fn quality_counts_the_review_queue_the_reasons_and_the_groups_with_nothing_on_sale_in_scope() {
    use crate::listings::types::RejectReason;
    use crate::monitoring::quality::{idle_groups, rejections, review_sent_times};
    each_engine(|db| async move {
        let f = catalogue(&db).await;
        let now = crate::db::now_ms();
        let day = 24 * HOUR;
        let raipur_official = crate::testing::official_over(&db, "9100000011", f.raipur_group).await;
        let gwalior_official = crate::testing::official_over(&db, "9100000012", f.gwalior_group).await;
        // Raipur's two live pickles go back to review: the lemon four days
        // ago, the mango two hours ago, and the mango is sent back for its photos.
        send_to_review(&db, f.lemon_pickle, now - 4 * day).await;
        send_to_review(&db, f.mango_pickle, now - 2 * HOUR).await;
        // Gwalior's bag is sent back for its price; its oil stays on sale.
        send_to_review(&db, f.jute_bag, now - HOUR).await;
        let mut tx = db.begin().await.unwrap();
        crate::listings::store::reject(&mut tx, f.mango_pickle, raipur_official, RejectReason::Photos, "")
            .await
            .unwrap();
        crate::listings::store::reject(&mut tx, f.jute_bag, gwalior_official, RejectReason::Price, "").await.unwrap();
        tx.commit().await.unwrap();

        let (_, raipur_district, _) = scope_of_group(&db, f.raipur_group).await;
        let (gwalior_state, _, _) = scope_of_group(&db, f.gwalior_group).await;
        let raipur = groups_in_scope(&Scope::District { district_id: raipur_district, block_id: None }).unwrap();
        let mp = groups_in_scope(&Scope::State { state_id: gwalior_state }).unwrap();

        assert_eq!(review_sent_times(&db, raipur).await.unwrap(), vec![now - 4 * day], "only the lemon waits");
        assert!(review_sent_times(&db, mp).await.unwrap().is_empty());

        let today = (now - day, now + day);
        assert_eq!(rejections(&db, raipur, today).await.unwrap(), vec![(RejectReason::Photos, 1)]);
        assert_eq!(rejections(&db, mp, today).await.unwrap(), vec![(RejectReason::Price, 1)]);
        assert!(rejections(&db, raipur, (now - 9 * day, now - day)).await.unwrap().is_empty(), "outside the period");

        // Raipur's group has nothing on sale: one waiting, the candy draft and the sent-back mango.
        let (idle, idle_total, groups_total) = idle_groups(&db, raipur, 10).await.unwrap();
        assert_eq!((idle_total, groups_total), (1, 1));
        assert_eq!((idle[0].slug.as_str(), idle[0].in_review, idle[0].unsent), ("maa-durga-khorpa", 1, 2));
        let (idle, idle_total, groups_total) = idle_groups(&db, mp, 10).await.unwrap();
        assert!(idle.is_empty());
        assert_eq!((idle_total, groups_total), (0, 1));
    })
    .await;
}

async fn step_order(db: &Db, order_id: i64, steps: &[Step]) {
    for step in steps {
        let mut conn = db.pool.acquire().await.unwrap();
        let actor = if *step == Step::Cancel { Actor::Buyer } else { Actor::Group };
        crate::orders::steps::advance(&mut conn, order_id, *step, actor, None, "", None).await.unwrap();
    }
}

/// Moves an order's events (and ledger rows) to `placed` plus the hours given for each status.
async fn set_moments(db: &Db, order_id: i64, placed: i64, hours: &[(&str, i64)]) {
    place_at(db, order_id, placed).await;
    for (status, h) in hours {
        sqlx::query("UPDATE order_events SET at = $1 WHERE order_id = $2 AND to_status = $3")
            .bind(placed + h * HOUR)
            .bind(order_id)
            .bind(*status)
            .execute(&db.pool)
            .await
            .unwrap();
        if *status == "delivered" {
            sqlx::query("UPDATE payments SET recorded_at = $1 WHERE order_id = $2")
                .bind(placed + h * HOUR)
                .bind(order_id)
                .execute(&db.pool)
                .await
                .unwrap();
        }
    }
}

#[tokio::test]
async fn the_flow_counts_each_step_of_a_periods_orders_with_median_times_in_scope() {
    use crate::monitoring::flow::{band_of, flow_rows, supplied_rate, FlowStep};
    use crate::monitoring::progress::cells;
    use crate::monitoring::rollup::roll_up;
    use crate::orders::types::OrderChannel;
    each_engine(|db| async move {
        let f = catalogue(&db).await;
        let buyer = shopper(&db, "9100000003").await;
        let now = crate::db::now_ms();
        let placed = now - 5 * 24 * HOUR;
        let order = |key: &'static str, product: i64, state: &'static str| {
            let db = db.clone();
            async move {
                order_of(&db, buyer, key, product, 1, state, PaymentMethod::CashOnDelivery, DeliveryMethod::Courier)
                    .await
            }
        };
        // Raipur: one delivered (and paid in cash at the door), one only
        // accepted, one cancelled; Gwalior: one delivered.
        let done = order("f1", f.mango_pickle, "chhattisgarh").await;
        let accepted = order("f2", f.mango_pickle, "chhattisgarh").await;
        let cancelled = order("f3", f.mango_pickle, "chhattisgarh").await;
        let theirs = order("f4", f.groundnut_oil, "madhya-pradesh").await;
        step_order(&db, done.id, &[Step::Accept, Step::Dispatch, Step::Deliver]).await;
        step_order(&db, accepted.id, &[Step::Accept]).await;
        step_order(&db, cancelled.id, &[Step::Cancel]).await;
        step_order(&db, theirs.id, &[Step::Accept, Step::Dispatch, Step::Deliver]).await;
        let full = [("confirmed", 0), ("accepted", 3), ("dispatched", 27), ("delivered", 75)];
        set_moments(&db, done.id, placed, &full).await;
        set_moments(&db, accepted.id, placed, &[("confirmed", 0), ("accepted", 30)]).await;
        set_moments(&db, cancelled.id, placed, &[("confirmed", 0), ("cancelled", 1)]).await;
        set_moments(&db, theirs.id, placed, &full).await;

        let mut tx = db.begin().await.unwrap();
        roll_up(&mut tx, now).await.unwrap();
        tx.commit().await.unwrap();
        let (_, raipur_district, _) = scope_of_group(&db, f.raipur_group).await;
        let raipur = groups_in_scope(&Scope::District { district_id: raipur_district, block_id: None }).unwrap();
        let days = (crate::dates::day_of(placed), crate::dates::day_of(now));
        let rows = flow_rows(&cells(&db, raipur, days, None).await.unwrap());
        let counts: Vec<(FlowStep, i64)> = rows.iter().map(|r| (r.step, r.orders)).collect();
        assert_eq!(
            counts,
            vec![
                (FlowStep::Placed, 3),
                (FlowStep::Accepted, 2),
                (FlowStep::Dispatched, 1),
                (FlowStep::Delivered, 1),
                (FlowStep::Paid, 1)
            ],
            "Gwalior's order is not Raipur's"
        );
        // Accepted after 3 and 30 hours: the lower middle is the 2–4 hour band.
        assert_eq!(rows[1].median_band, Some(band_of(3 * HOUR)));
        assert_eq!(rows[2].median_band, Some(band_of(24 * HOUR)), "dispatched a day after acceptance");
        assert_eq!(rows[3].median_band, Some(band_of(48 * HOUR)));
        assert_eq!(rows[4].median_band, Some(band_of(75 * HOUR)), "paid at the door, timed from placing");
        assert_eq!(rows[0].value_paise, (done.goods + accepted.goods + cancelled.goods).to_paise());
        assert_eq!(supplied_rate(&rows), Some(33.3));
        // By channel: none of these came from a trader; a period before them is empty.
        assert!(flow_rows(&cells(&db, raipur, days, Some(OrderChannel::Trade)).await.unwrap())[0].orders == 0);
        assert!(cells(&db, raipur, (days.0 - 9, days.0 - 1), None).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn targets_are_kept_per_block_and_year_beside_what_the_block_achieved() {
    use crate::money::Money;
    use crate::monitoring::rollup::roll_up;
    use crate::monitoring::target_store::{achieved, block_place, blocks_in_scope, set_targets, targets};
    use crate::monitoring::targets::Figures;
    each_engine(|db| async move {
        let f = catalogue(&db).await;
        let buyer = shopper(&db, "9100000004").await;
        let official = crate::testing::official_over(&db, "9100000013", f.raipur_group).await;
        let (state, district, block) = scope_of_group(&db, f.raipur_group).await;
        let (_, gwalior, _) = scope_of_group(&db, f.gwalior_group).await;
        let now = crate::db::now_ms();
        let fy = crate::dates::financial_year_of(crate::dates::day_of(now));
        let sold = order_of(
            &db,
            buyer,
            "t1",
            f.mango_pickle,
            3,
            "chhattisgarh",
            PaymentMethod::CashOnDelivery,
            DeliveryMethod::Courier,
        )
        .await;
        let mut tx = db.begin().await.unwrap();
        roll_up(&mut tx, crate::db::now_ms()).await.unwrap();
        assert_eq!(block_place(&mut tx, block).await.unwrap(), Some((district, state)));
        assert_eq!(block_place(&mut tx, 999_999).await.unwrap(), None);
        let aim = Figures { groups_selling: 4, live_listings: 10, sales: Money::from_rupees(50_000) };
        set_targets(&mut tx, block, fy, &Figures { groups_selling: 1, ..aim }, official, now).await.unwrap();
        set_targets(&mut tx, block, fy, &aim, official, now).await.unwrap();
        tx.commit().await.unwrap();

        assert_eq!(targets(&db, district, fy).await.unwrap(), vec![(block, aim)], "the second replaced the first");
        assert!(targets(&db, district, fy + 1).await.unwrap().is_empty(), "another year has none");
        let (first, last) = crate::dates::financial_year_days(fy).unwrap();
        let got = achieved(&db, district, (first, last)).await.unwrap();
        // The group sold once; the mango and the lemon are its live listings.
        assert_eq!(got, vec![(block, Figures { groups_selling: 1, live_listings: 2, sales: sold.goods })]);

        // Blocks by scope: the district's, her own block only, another district none.
        let whole = Scope::District { district_id: district, block_id: None };
        assert_eq!(blocks_in_scope(&db, &whole, district).await.unwrap().len(), 1);
        let own = Scope::District { district_id: district, block_id: Some(block) };
        assert_eq!(blocks_in_scope(&db, &own, district).await.unwrap()[0].0, block);
        assert!(blocks_in_scope(&db, &whole, gwalior).await.unwrap().is_empty());
        assert_eq!(blocks_in_scope(&db, &Scope::State { state_id: state }, district).await.unwrap().len(), 1);
        assert!(blocks_in_scope(&db, &Scope::State { state_id: state }, gwalior).await.unwrap().is_empty());
    })
    .await;
}
