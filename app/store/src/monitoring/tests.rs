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
