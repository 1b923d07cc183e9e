//! Stock, in one place: how much a product has on hand, every write to the
//! `stock` table, and a product's wholesale tiers for many products at once.
//!
//! Stock lives per location (a group's own store today; an outlet holding
//! consigned stock next). Every write that can lower stock is one
//! conditional UPDATE (`… WHERE on_hand >= $q`) and reports whether it
//! happened, so stock never goes below zero however many requests race:
//! the caller decides what a refusal means (out of stock, a bad tap). None
//! of these functions begins a transaction; they run on the connection or
//! transaction they are given, so a stock move lands with the order,
//! consignment or count it belongs to, or not at all.
//!
//! Every write here also updates, by trigger, the listing row's copy of
//! its total (`products.on_hand_total`, which `on_hand_of_p!()` reads;
//! migration 0013). So a stock row is locked before its listing's row: a
//! transaction that changes both a listing and its stock sets the stock
//! first, as an order does, or on PostgreSQL the two could deadlock.

use crate::catalog::tiers::PriceTier;
use crate::money::Money;
use sqlx::AnyConnection;
use std::collections::HashMap;

/// A product's stock over all its locations, as an SQL expression for a
/// query that has `products p` in scope: the listing row's own total,
/// which the triggers of migration 0013 keep equal to the sum over
/// `stock` on every write (the sum, per row, cost the trader's table
/// ~9–14 ms of 5,000 rows). Only [`on_hand`] sums the rows themselves. A
/// macro so it can be spliced into `concat!` in constant query texts.
#[macro_export]
macro_rules! on_hand_of_p {
    () => {
        "p.on_hand_total"
    };
}
pub use on_hand_of_p;

/// The same expression as a string, for queries assembled at run time.
pub const ON_HAND_OF_P: &str = on_hand_of_p!();

/// Units of product `p` held by orders awaiting payment (off the shelf
/// until paid, back on it if not), as an SQL expression. Units a group is
/// to make for an order were never on the shelf: they are not held.
#[macro_export]
macro_rules! held_of_p {
    () => {
        "COALESCE((SELECT CAST(SUM(hl.qty - hl.made_qty) AS BIGINT) FROM order_lines hl JOIN orders ho ON ho.id = hl.order_id \
         WHERE hl.product_id = p.id AND ho.status = 'awaiting_payment'), 0)"
    };
}
pub use held_of_p;

/// A product's stock over all its locations.
pub async fn on_hand(conn: &mut AnyConnection, product_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COALESCE(CAST(SUM(on_hand) AS BIGINT), 0) FROM stock WHERE product_id = $1")
        .bind(product_id)
        .fetch_one(conn)
        .await
}

/// Sets the stock of a product at a location to a counted number (the row
/// is made if missing). The `on_hand >= 0` CHECK refuses a negative count.
pub async fn count(
    conn: &mut AnyConnection,
    location_id: i64,
    product_id: i64,
    on_hand: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO stock (location_id, product_id, on_hand) VALUES ($1, $2, $3) \
         ON CONFLICT (product_id, location_id) DO UPDATE SET on_hand = excluded.on_hand",
    )
    .bind(location_id)
    .bind(product_id)
    .bind(on_hand)
    .execute(conn)
    .await?;
    Ok(())
}

/// Adds `delta` (negative to take away) at one location, in one
/// conditional UPDATE that keeps the result within `0..=max`. Returns the
/// new count, or `None` when the tap would leave those bounds.
pub async fn tap(
    conn: &mut AnyConnection,
    location_id: i64,
    product_id: i64,
    delta: i64,
    max: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query("INSERT INTO stock (location_id, product_id, on_hand) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING")
        .bind(location_id)
        .bind(product_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query_scalar(
        "UPDATE stock SET on_hand = on_hand + $1 WHERE location_id = $2 AND product_id = $3 \
         AND on_hand + $1 >= 0 AND on_hand + $1 <= $4 RETURNING on_hand",
    )
    .bind(delta)
    .bind(location_id)
    .bind(product_id)
    .bind(max)
    .fetch_optional(conn)
    .await
}

/// Takes `qty` of a product for an order from whichever of its locations
/// holds enough, in one conditional UPDATE: never below zero. Returns the
/// location taken from (the order line keeps it, so a return goes back
/// there), or `None` when no location holds `qty`.
pub async fn take(conn: &mut AnyConnection, product_id: i64, qty: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE stock SET on_hand = on_hand - $1 WHERE product_id = $2 AND on_hand >= $1 \
         AND location_id = (SELECT location_id FROM stock WHERE product_id = $2 AND on_hand >= $1 \
         ORDER BY on_hand DESC, location_id LIMIT 1) RETURNING location_id",
    )
    .bind(qty)
    .bind(product_id)
    .fetch_optional(conn)
    .await
}

/// Puts `qty` back where an order took it from (a cancelled, rejected or
/// expired order, a return).
pub async fn put_back(
    conn: &mut AnyConnection,
    product_id: i64,
    location_id: i64,
    qty: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE stock SET on_hand = on_hand + $1 WHERE product_id = $2 AND location_id = $3")
        .bind(qty)
        .bind(product_id)
        .bind(location_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Moves `qty` of a product from one location to another (a group's store
/// to an outlet on a challan, or unsold stock back): taken from `from` by
/// a conditional UPDATE, added at `to`. Returns `false`, having changed
/// nothing, when `from` holds less than `qty`. The caller's transaction
/// makes the two halves one.
pub async fn move_between(
    conn: &mut AnyConnection,
    product_id: i64,
    from: i64,
    to: i64,
    qty: i64,
) -> Result<bool, sqlx::Error> {
    if qty <= 0 || from == to {
        return Ok(false);
    }
    let taken = sqlx::query(
        "UPDATE stock SET on_hand = on_hand - $1 WHERE product_id = $2 AND location_id = $3 AND on_hand >= $1",
    )
    .bind(qty)
    .bind(product_id)
    .bind(from)
    .execute(&mut *conn)
    .await?;
    if taken.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO stock (location_id, product_id, on_hand) VALUES ($1, $2, $3) \
         ON CONFLICT (product_id, location_id) DO UPDATE SET on_hand = stock.on_hand + excluded.on_hand",
    )
    .bind(to)
    .bind(product_id)
    .bind(qty)
    .execute(conn)
    .await?;
    Ok(true)
}

/// A listing's wholesale tiers, smallest quantity first.
pub async fn tiers_of(conn: &mut AnyConnection, product_id: i64) -> Result<Vec<PriceTier>, sqlx::Error> {
    Ok(tiers_of_many(conn, &[product_id]).await?.remove(&product_id).unwrap_or_default())
}

/// The wholesale tiers of many products in one query (a cart, a checkout,
/// a seller's list): a product without tiers has none in the map.
pub async fn tiers_of_many(
    conn: &mut AnyConnection,
    product_ids: &[i64],
) -> Result<HashMap<i64, Vec<PriceTier>>, sqlx::Error> {
    let mut tiers: HashMap<i64, Vec<PriceTier>> = HashMap::new();
    let mut ids = product_ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let rows: Vec<(i64, i64, i64)> = crate::db::fetch_for_ids(
        conn,
        "SELECT product_id, min_qty, unit_price_paise FROM price_tiers WHERE product_id IN ({ids}) \
         ORDER BY product_id, min_qty",
        &ids,
    )
    .await?;
    for (product_id, min_qty, paise) in rows {
        tiers.entry(product_id).or_default().push(PriceTier { min_qty, unit_price: Money::from_paise(paise) });
    }
    Ok(tiers)
}

/// Units of each product held by orders awaiting payment (taken from the
/// shelf, back on it if the payment does not come), for many products in
/// one query; `buyer` counts only that buyer's orders. A product nobody
/// holds is not in the map.
pub async fn held_unpaid(
    conn: &mut AnyConnection,
    product_ids: &[i64],
    buyer: Option<i64>,
) -> Result<HashMap<i64, i64>, sqlx::Error> {
    let mut held = HashMap::new();
    for (list, chunk) in crate::db::id_lists(product_ids, 2) {
        // `list` is only numbered placeholders.
        let sql = format!(
            "SELECT l.product_id, CAST(SUM(l.qty - l.made_qty) AS BIGINT) FROM order_lines l \
             JOIN orders o ON o.id = l.order_id WHERE o.status = {} AND ($1 = 0 OR o.buyer_id = $1) AND l.product_id IN ({list}) GROUP BY l.product_id",
            crate::words::AWAITING_PAYMENT
        );
        let mut query = sqlx::query_as::<_, (i64, i64)>(sqlx::AssertSqlSafe(sql)).bind(buyer.unwrap_or(0));
        for id in chunk {
            query = query.bind(*id);
        }
        held.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(held)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::each_engine;
    use crate::testing::catalogue;

    async fn location_of(conn: &mut AnyConnection, product: i64) -> i64 {
        sqlx::query_scalar("SELECT location_id FROM stock WHERE product_id = $1")
            .bind(product)
            .fetch_one(conn)
            .await
            .unwrap()
    }

    /// A second location of the product's group (an outlet's shelf).
    async fn new_location(conn: &mut AnyConnection, product: i64) -> i64 {
        sqlx::query_scalar(
            "INSERT INTO stock_locations (group_id, kind, name_en, name_hi) \
             SELECT group_id, 'outlet', 'Outlet shelf', 'दुकान की शेल्फ' FROM products WHERE id = $1 RETURNING id",
        )
        .bind(product)
        .fetch_one(conn)
        .await
        .unwrap()
    }

    /// The listing row's copy of its total, and the total summed over `stock`.
    async fn copy_and_sum(conn: &mut AnyConnection, product: i64) -> (i64, i64) {
        let copy: i64 = sqlx::query_scalar("SELECT on_hand_total FROM products WHERE id = $1")
            .bind(product)
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        (copy, on_hand(conn, product).await.unwrap())
    }

    /// The listing row's copy of its stock (`products.on_hand_total`, kept
    /// by the triggers of migration 0013) after every kind of stock write.
    #[tokio::test]
    async fn the_listings_own_total_follows_every_stock_write() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let mut conn = db.pool.acquire().await.unwrap();
            let bag = f.jute_bag;
            assert_eq!(copy_and_sum(&mut conn, bag).await, (40, 40), "as the catalogue counted it");
            let store = location_of(&mut conn, bag).await;
            let outlet = new_location(&mut conn, bag).await;
            assert!(move_between(&mut conn, bag, store, outlet, 15).await.unwrap());
            assert_eq!(copy_and_sum(&mut conn, bag).await, (40, 40), "moved, not changed");
            assert_eq!(take(&mut conn, bag, 20).await.unwrap(), Some(store));
            assert_eq!(copy_and_sum(&mut conn, bag).await, (20, 20));
            put_back(&mut conn, bag, store, 5).await.unwrap();
            assert_eq!(tap(&mut conn, outlet, bag, -3, 1000).await.unwrap(), Some(12));
            assert_eq!(copy_and_sum(&mut conn, bag).await, (22, 22));
            count(&mut conn, outlet, bag, 0).await.unwrap();
            assert_eq!(copy_and_sum(&mut conn, bag).await, (10, 10));
            // A refused write changes neither.
            assert_eq!(take(&mut conn, bag, 11).await.unwrap(), None);
            assert!(count(&mut conn, store, bag, -1).await.is_err());
            assert_eq!(copy_and_sum(&mut conn, bag).await, (10, 10));
            sqlx::query("DELETE FROM stock WHERE product_id = $1 AND location_id = $2")
                .bind(bag)
                .bind(store)
                .execute(&mut *conn)
                .await
                .unwrap();
            assert_eq!(copy_and_sum(&mut conn, bag).await, (0, 0), "no location left");
        })
        .await;
    }

    /// Two transactions change two locations of one listing at once (an
    /// order at the group's store, a tap at an outlet): the row's total
    /// counts both, on PostgreSQL too, where the second waits on the
    /// listing's row while the first holds it.
    #[tokio::test]
    async fn the_listings_own_total_counts_two_locations_changed_at_once() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let bag = f.jute_bag;
            let mut conn = db.pool.acquire().await.unwrap();
            let outlet = new_location(&mut conn, bag).await;
            count(&mut conn, outlet, bag, 10).await.unwrap();
            drop(conn);
            let mut order = db.begin().await.unwrap();
            assert!(take(&mut order, bag, 5).await.unwrap().is_some(), "from the store's 40");
            let counter = {
                let db = db.clone();
                tokio::spawn(async move {
                    let mut tx = db.begin().await.unwrap();
                    assert_eq!(tap(&mut tx, outlet, bag, 7, 1000).await.unwrap(), Some(17));
                    tx.commit().await.unwrap();
                })
            };
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            order.commit().await.unwrap();
            counter.await.unwrap();
            let mut conn = db.pool.acquire().await.unwrap();
            assert_eq!(copy_and_sum(&mut conn, bag).await, (52, 52), "40 - 5 + 10 + 7");
        })
        .await;
    }

    #[tokio::test]
    async fn a_move_between_locations_keeps_the_total_and_never_goes_below_zero() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let mut conn = db.pool.acquire().await.unwrap();
            let store = location_of(&mut conn, f.jute_bag).await;
            let shelf = new_location(&mut conn, f.jute_bag).await;
            assert!(move_between(&mut conn, f.jute_bag, store, shelf, 15).await.unwrap());
            assert_eq!(on_hand(&mut conn, f.jute_bag).await.unwrap(), 40, "moved, not made");
            assert!(!move_between(&mut conn, f.jute_bag, store, shelf, 26).await.unwrap(), "only 25 left there");
            assert!(move_between(&mut conn, f.jute_bag, shelf, store, 15).await.unwrap(), "and back");
            assert_eq!(on_hand(&mut conn, f.jute_bag).await.unwrap(), 40);
            assert!(!move_between(&mut conn, f.jute_bag, store, store, 1).await.unwrap());
            assert!(!move_between(&mut conn, f.jute_bag, store, shelf, 0).await.unwrap());
        })
        .await;
    }

    #[tokio::test]
    async fn take_and_put_back_return_to_the_same_location() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let mut conn = db.pool.acquire().await.unwrap();
            let location = take(&mut conn, f.groundnut_oil, 5).await.unwrap().expect("5 on hand");
            assert_eq!(take(&mut conn, f.groundnut_oil, 1).await.unwrap(), None, "none left");
            put_back(&mut conn, f.groundnut_oil, location, 2).await.unwrap();
            assert_eq!(on_hand(&mut conn, f.groundnut_oil).await.unwrap(), 2);
            assert_eq!(tap(&mut conn, location, f.groundnut_oil, -3, 100).await.unwrap(), None, "not below zero");
            assert_eq!(tap(&mut conn, location, f.groundnut_oil, 3, 100).await.unwrap(), Some(5));
            assert!(count(&mut conn, location, f.groundnut_oil, -1).await.is_err(), "the CHECK holds");
        })
        .await;
    }

    #[tokio::test]
    async fn tiers_of_many_products_come_in_one_query_and_match_one_by_one() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let mut conn = db.pool.acquire().await.unwrap();
            let ids = [f.mango_pickle, f.jute_bag, f.groundnut_oil, f.mango_pickle];
            let many = tiers_of_many(&mut conn, &ids).await.unwrap();
            for id in ids {
                let one = tiers_of(&mut conn, id).await.unwrap();
                assert_eq!(many.get(&id).cloned().unwrap_or_default(), one);
            }
            assert!(many.values().any(|t| !t.is_empty()), "the fixture has tiers");
            assert!(tiers_of_many(&mut conn, &[]).await.unwrap().is_empty());
        })
        .await;
    }
}
