//! SQL for carts (server only).

use crate::cart::types::*;
use crate::catalog::tiers::unit_price_for;
use crate::catalog::types::ListingStatus;
use crate::db::{now_ms, Db};
use crate::i18n::Text;
use crate::inventory::tiers_of_many;
use crate::media::Photo;
use crate::money::Money;
use sqlx::AnyConnection;

/// Whose cart: a signed-in person's, or a visitor's cookie (its hash).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Owner {
    User(i64),
    Visitor(String),
}

/// The owner's cart id, if she has one.
pub async fn find(conn: &mut AnyConnection, owner: &Owner) -> Result<Option<i64>, sqlx::Error> {
    match owner {
        Owner::User(id) => {
            sqlx::query_scalar("SELECT id FROM carts WHERE user_id = $1").bind(id).fetch_optional(conn).await
        }
        Owner::Visitor(hash) => {
            sqlx::query_scalar("SELECT id FROM carts WHERE token_hash = $1").bind(hash).fetch_optional(conn).await
        }
    }
}

/// The owner's cart id, made if she has none.
pub async fn find_or_create(conn: &mut AnyConnection, owner: &Owner) -> Result<i64, sqlx::Error> {
    if let Some(id) = find(&mut *conn, owner).await? {
        return Ok(id);
    }
    let (user, hash) = match owner {
        Owner::User(id) => (Some(*id), None),
        Owner::Visitor(hash) => (None, Some(hash.clone())),
    };
    // Two first taps at once: the unique key keeps one cart; read it back.
    sqlx::query("INSERT INTO carts (user_id, token_hash, updated_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(user)
        .bind(hash)
        .bind(now_ms())
        .execute(&mut *conn)
        .await?;
    find(conn, owner).await?.ok_or(sqlx::Error::RowNotFound)
}

/// Puts `qty` (at least 1) of a listing in the cart, adding its line if
/// it is new ("add to cart"; [`change_qty`] changes or removes a line).
pub async fn set_qty(db: &Db, cart_id: i64, product_id: i64, qty: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO cart_items (cart_id, product_id, qty, added_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (cart_id, product_id) DO UPDATE SET qty = excluded.qty",
    )
    .bind(cart_id)
    .bind(product_id)
    .bind(qty)
    .bind(now_ms())
    .execute(&db.pool)
    .await?;
    touch(db, cart_id).await
}

/// Notes a change to the cart (a visitor's cart is kept 30 days from it).
async fn touch(db: &Db, cart_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE carts SET updated_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(cart_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Changes the quantity of a line already in the cart (0 takes it out);
/// `false` when the cart has no such line.
pub async fn change_qty(db: &Db, cart_id: i64, product_id: i64, qty: i64) -> Result<bool, sqlx::Error> {
    let changed = if qty <= 0 {
        sqlx::query("DELETE FROM cart_items WHERE cart_id = $1 AND product_id = $2")
            .bind(cart_id)
            .bind(product_id)
            .execute(&db.pool)
            .await?
    } else {
        sqlx::query("UPDATE cart_items SET qty = $1 WHERE cart_id = $2 AND product_id = $3")
            .bind(qty)
            .bind(cart_id)
            .bind(product_id)
            .execute(&db.pool)
            .await?
    };
    touch(db, cart_id).await?;
    Ok(changed.rows_affected() > 0 || qty <= 0)
}

/// The quantity of a listing already in the cart.
pub async fn qty_of(db: &Db, cart_id: i64, product_id: i64) -> Result<i64, sqlx::Error> {
    Ok(sqlx::query_scalar("SELECT qty FROM cart_items WHERE cart_id = $1 AND product_id = $2")
        .bind(cart_id)
        .bind(product_id)
        .fetch_optional(&db.pool)
        .await?
        .unwrap_or(0))
}

/// Moves a visitor's cart into her account's when she signs in: quantities
/// of the same listing are added, and the visitor's cart is gone.
pub async fn merge(tx: &mut AnyConnection, visitor_hash: &str, user_id: i64) -> Result<(), sqlx::Error> {
    let Some(from) = find(&mut *tx, &Owner::Visitor(visitor_hash.to_string())).await? else { return Ok(()) };
    let into = find_or_create(&mut *tx, &Owner::User(user_id)).await?;
    sqlx::query(
        "INSERT INTO cart_items (cart_id, product_id, qty, added_at) \
         SELECT $1, product_id, qty, added_at FROM cart_items WHERE cart_id = $2 \
         ON CONFLICT (cart_id, product_id) DO UPDATE SET qty = cart_items.qty + excluded.qty",
    )
    .bind(into)
    .bind(from)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM carts WHERE id = $1").bind(from).execute(&mut *tx).await?;
    Ok(())
}

/// What the cart needs to know of a listing before adding it: its status,
/// minimum order and stock on hand.
pub async fn listing_for_cart(db: &Db, product_id: i64) -> Result<Option<(ListingStatus, i64, i64)>, sqlx::Error> {
    sqlx::query_as(concat!(
        "SELECT p.status, p.min_order_qty, ",
        crate::on_hand_of_p!(),
        " FROM products p WHERE p.id = $1"
    ))
    .bind(product_id)
    .fetch_optional(&db.pool)
    .await
}

/// How long a visitor's cart is kept after its last change (the cookie's life).
pub const VISITOR_CART_MS: i64 = 30 * 24 * 60 * 60 * 1000;

/// Deletes visitors' carts untouched for longer than their cookie lives (a chore).
pub async fn purge_visitor_carts(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM carts WHERE user_id IS NULL AND updated_at <= $1")
        .bind(now - VISITOR_CART_MS)
        .execute(&db.pool)
        .await?
        .rows_affected())
}

/// Removes ordered listings from the cart, in one statement per 500 lines,
/// in the caller's transaction (the checkout's: lines leave the cart
/// exactly when they become orders).
pub async fn remove(conn: &mut AnyConnection, cart_id: i64, product_ids: &[i64]) -> Result<(), sqlx::Error> {
    for (list, chunk) in crate::db::id_lists(product_ids, 2) {
        let sql = format!("DELETE FROM cart_items WHERE cart_id = $1 AND product_id IN ({list})");
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(cart_id);
        for id in chunk {
            query = query.bind(*id);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Row {
    product_id: i64,
    qty: i64,
    slug: String,
    title_en: String,
    title_hi: String,
    unit_en: String,
    unit_hi: String,
    status: ListingStatus,
    price_paise: i64,
    min_order_qty: i64,
    on_hand: i64,
    group_id: i64,
    group_slug: String,
    group_en: String,
    group_hi: String,
    district_en: String,
    district_hi: String,
    cover_key: Option<String>,
    cover_width: Option<i64>,
    cover_height: Option<i64>,
    cover_smaller: Option<String>,
}

/// How many products are in a cart (the header's count).
pub async fn count(db: &Db, cart_id: Option<i64>) -> Result<i64, sqlx::Error> {
    let Some(cart_id) = cart_id else { return Ok(0) };
    sqlx::query_scalar("SELECT COUNT(*) FROM cart_items WHERE cart_id = $1").bind(cart_id).fetch_one(&db.pool).await
}

/// The cart with today's prices (tiers applied), grouped by group, each
/// line saying what stops it being ordered, if anything.
pub async fn view(db: &Db, cart_id: Option<i64>) -> Result<CartView, sqlx::Error> {
    let Some(cart_id) = cart_id else { return Ok(CartView::default()) };
    let rows: Vec<Row> = sqlx::query_as(concat!(
        "SELECT ci.product_id, ci.qty, p.slug, p.title_en, p.title_hi, p.unit_en, p.unit_hi, p.status, p.price_paise, \
         p.min_order_qty, ",
        crate::on_hand_of_p!(),
        " AS on_hand, \
         g.id AS group_id, g.slug AS group_slug, g.name_en AS group_en, g.name_hi AS group_hi, \
         d.name_en AS district_en, d.name_hi AS district_hi, \
         ph.media_key AS cover_key, ph.width AS cover_width, ph.height AS cover_height, ph.smaller AS cover_smaller \
         FROM cart_items ci JOIN products p ON p.id = ci.product_id JOIN shg_groups g ON g.id = p.group_id \
         JOIN districts d ON d.id = g.district_id \
         LEFT JOIN product_photos ph ON ph.product_id = p.id AND ph.position = 0 \
         WHERE ci.cart_id = $1 ORDER BY g.id, ci.added_at, p.id"
    ))
    .bind(cart_id)
    .fetch_all(&db.pool)
    .await?;
    let mut conn = db.pool.acquire().await?;
    // One query for every line's tiers, however long the cart.
    let ids: Vec<i64> = rows.iter().map(|r| r.product_id).collect();
    let tiers = tiers_of_many(&mut conn, &ids).await?;
    let mut view = CartView::default();
    for r in rows {
        let base = Money::from_paise(r.price_paise);
        let product_tiers = tiers.get(&r.product_id).map(Vec::as_slice).unwrap_or_default();
        let unit_price = unit_price_for(base, product_tiers, r.qty);
        let next_tier = product_tiers.iter().find(|t| t.min_qty > r.qty).map(|t| (t.min_qty, t.unit_price));
        let problem = crate::cart::rules::line_problem(r.status, r.qty, r.min_order_qty, r.on_hand);
        let line = CartLine {
            product_id: r.product_id,
            slug: r.slug,
            title: Text::new(r.title_hi, r.title_en),
            unit: Text::new(r.unit_hi, r.unit_en),
            qty: r.qty,
            min_order_qty: r.min_order_qty,
            on_hand: r.on_hand,
            base_price: base,
            unit_price,
            next_tier,
            line_total: unit_price.times(r.qty),
            cover: Photo::from_columns(r.cover_key, r.cover_width, r.cover_height)
                .map(|p| p.with_smaller(r.cover_smaller.as_deref().unwrap_or_default())),
            problem,
        };
        view.count += line.qty;
        if line.problem.is_none() {
            view.total = view.total + line.line_total;
        }
        if view.groups.last().is_none_or(|g| g.group_id != r.group_id) {
            view.groups.push(CartGroup {
                group_id: r.group_id,
                slug: r.group_slug,
                name: Text::new(r.group_hi, r.group_en),
                place: Text::new(r.district_hi, r.district_en),
                lines: Vec::new(),
                subtotal: Money::ZERO,
            });
        }
        if let Some(group) = view.groups.last_mut() {
            if line.problem.is_none() {
                group.subtotal = group.subtotal + line.line_total;
            }
            group.lines.push(line);
        }
    }
    Ok(view)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::conn;
    use crate::db::testing::each_engine;
    use crate::testing::catalogue;

    #[tokio::test]
    async fn tiers_apply_by_quantity_and_a_visitors_cart_merges_on_sign_in() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let visitor = Owner::Visitor("a".repeat(64));
            let cart = find_or_create(&mut *conn(&db).await, &visitor).await.unwrap();
            assert_eq!(find_or_create(&mut *conn(&db).await, &visitor).await.unwrap(), cart, "one cart per visitor");
            set_qty(&db, cart, f.mango_pickle, 4).await.unwrap();
            set_qty(&db, cart, f.jute_bag, 2).await.unwrap();
            let view = view(&db, Some(cart)).await.unwrap();
            assert_eq!(view.groups.len(), 2, "one group each");
            let mango = &view.groups.iter().find(|g| g.group_id == f.raipur_group).unwrap().lines[0];
            assert_eq!(mango.unit_price, Money::from_rupees(140));
            assert_eq!(mango.next_tier, Some((12, Money::from_rupees(130))));

            let user = crate::testing::shopper(&db, "9222222222").await;
            let mine = find_or_create(&mut *conn(&db).await, &Owner::User(user)).await.unwrap();
            set_qty(&db, mine, f.mango_pickle, 8).await.unwrap();
            merge(&mut *conn(&db).await, &"a".repeat(64), user).await.unwrap();
            assert_eq!(find(&mut *conn(&db).await, &visitor).await.unwrap(), None, "the visitor's cart is gone");
            let merged = super::view(&db, Some(mine)).await.unwrap();
            let mango = merged.groups.iter().flat_map(|g| &g.lines).find(|l| l.product_id == f.mango_pickle).unwrap();
            assert_eq!(mango.qty, 12);
            assert!(mango.tier_applied(), "12 jars reach the ₹130 tier");
            assert_eq!(mango.unit_price, Money::from_rupees(130));
            assert_eq!(mango.problem.as_ref().unwrap().en, "Only 10 left", "more than the stock");
            assert_eq!(merged.count, 14);
            // A visitor's cart untouched for longer than its cookie lives is cleared; hers stays.
            let old = find_or_create(&mut *conn(&db).await, &Owner::Visitor("b".repeat(64))).await.unwrap();
            assert_eq!(purge_visitor_carts(&db, now_ms() + VISITOR_CART_MS + 1).await.unwrap(), 1);
            assert_eq!(find(&mut *conn(&db).await, &Owner::Visitor("b".repeat(64))).await.unwrap(), None);
            assert_eq!(find(&mut *conn(&db).await, &Owner::User(user)).await.unwrap(), Some(mine));
            let _ = old;
        })
        .await;
    }
}
