//! The lists of listings (server only): a group's own, filtered and
//! counted, and the district review queue with the listing an official
//! checks.

use crate::accounts::types::Scope;
use crate::catalog::tax::GstRate;
use crate::catalog::types::ListingStatus;
use crate::db::{bind_args, like_pattern, Db};
use crate::i18n::Text;
use crate::inventory::tiers_of;
use crate::listings::store::*;
use crate::listings::types::*;
use crate::media::Photo;
use crate::money::Money;
use crate::words::{BACK_TO_REVIEW, IN_REVIEW, REJECTED, SUBMITTED};
use const_format::concatcp;

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    slug: String,
    title_en: String,
    title_hi: String,
    unit_en: String,
    unit_hi: String,
    status: ListingStatus,
    price_paise: i64,
    market_price_paise: i64,
    low_stock_at: i64,
    on_hand: i64,
    held: i64,
    cover_key: Option<String>,
    cover_width: Option<i64>,
    cover_height: Option<i64>,
    cover_smaller: Option<String>,
}

/// The group's listings, newest change first, filtered by words in the
/// title and by status; with counts per status and of low-stock listings.
pub async fn my_listings(
    db: &Db,
    group_id: i64,
    search: Option<&str>,
    status: Option<ListingStatus>,
    low_only: bool,
) -> Result<MyListings, sqlx::Error> {
    let mut args = crate::db::Args::default();
    let group = args.add(crate::db::Arg::Int(group_id));
    let mut sql = format!(
        "SELECT * FROM (SELECT p.id, p.slug, p.title_en, p.title_hi, p.unit_en, p.unit_hi, p.status, p.price_paise, \
         p.market_price_paise, p.low_stock_at, p.updated_at, \
         {on_hand} AS on_hand, {held} AS held, \
         ph.media_key AS cover_key, ph.width AS cover_width, ph.height AS cover_height, ph.smaller AS cover_smaller \
         FROM products p LEFT JOIN product_photos ph ON ph.product_id = p.id AND ph.position = 0 \
         WHERE p.group_id = {group}",
        on_hand = crate::inventory::ON_HAND_OF_P,
        held = crate::held_of_p!()
    );
    if let Some(status) = status {
        sql.push_str(&format!(" AND p.status = {}", args.add(crate::db::Arg::Text(status.as_str().into()))));
    }
    for word in search.unwrap_or_default().split_whitespace().take(6) {
        let p = args.add(crate::db::Arg::Text(like_pattern(&word.to_lowercase())));
        sql.push_str(&format!(" AND (LOWER(p.title_en) LIKE {p} ESCAPE '\\' OR p.title_hi LIKE {p} ESCAPE '\\')"));
    }
    sql.push_str(") l");
    if low_only {
        sql.push_str(&format!(" WHERE l.on_hand <= l.low_stock_at AND l.status <> {REJECTED}"));
    }
    sql.push_str(" ORDER BY l.updated_at DESC, l.id DESC LIMIT 500");
    let rows: Vec<SummaryRow> = bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql)), args).fetch_all(&db.pool).await?;
    let rejected: Vec<i64> = rows.iter().filter(|r| r.status == ListingStatus::Rejected).map(|r| r.id).collect();
    let mut rejections = rejections(db, &rejected).await?;
    let items = rows
        .into_iter()
        .map(|r| ListingSummary {
            id: r.id,
            slug: r.slug,
            title: Text::new(r.title_hi, r.title_en),
            unit: Text::new(r.unit_hi, r.unit_en),
            status: r.status,
            price: Money::from_paise(r.price_paise),
            market_price: Money::from_paise(r.market_price_paise),
            on_hand: r.on_hand,
            held: r.held,
            low_stock_at: r.low_stock_at,
            cover: Photo::from_columns(r.cover_key, r.cover_width, r.cover_height)
                .map(|p| p.with_smaller(r.cover_smaller.as_deref().unwrap_or_default())),
            rejection: rejections.remove(&r.id),
        })
        .collect();
    let counts: Vec<(ListingStatus, i64)> =
        sqlx::query_as("SELECT status, COUNT(*) FROM products WHERE group_id = $1 GROUP BY status")
            .bind(group_id)
            .fetch_all(&db.pool)
            .await?;
    let low_stock: i64 = sqlx::query_scalar(concatcp!(
        "SELECT COUNT(*) FROM products p WHERE p.group_id = $1 AND p.status <> ",
        REJECTED,
        " AND ",
        crate::on_hand_of_p!(),
        " <= p.low_stock_at"
    ))
    .bind(group_id)
    .fetch_one(&db.pool)
    .await?;
    let group: (String, String) = sqlx::query_as("SELECT name_hi, name_en FROM shg_groups WHERE id = $1")
        .bind(group_id)
        .fetch_one(&db.pool)
        .await?;
    Ok(MyListings { group: Text::new(group.0, group.1), items, counts, low_stock })
}

/// Listings waiting for review in an official's scope, oldest first (first come, first checked).
pub async fn review_queue(db: &Db, scope: &Scope) -> Result<Vec<ReviewQueueItem>, sqlx::Error> {
    let Some((clause, a, b)) = crate::accounts::scope::groups_in_scope(scope) else { return Ok(Vec::new()) };
    let rows: Vec<(i64, String, String, String, String, String, String, i64, i64, Option<String>, Option<i64>, Option<i64>, Option<String>, Option<i64>)> =
        // `clause` is one of the fixed fragments of `groups_in_scope`; values are bound.
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT p.id, p.title_en, p.title_hi, g.name_en, g.name_hi, d.name_en, d.name_hi, p.price_paise, \
             p.market_price_paise, ph.media_key, ph.width, ph.height, ph.smaller, \
             (SELECT MAX(e.at) FROM listing_events e WHERE e.product_id = p.id AND e.kind IN ({SUBMITTED}, {BACK_TO_REVIEW})) AS sent \
             FROM products p JOIN shg_groups g ON g.id = p.group_id JOIN districts d ON d.id = g.district_id \
             LEFT JOIN product_photos ph ON ph.product_id = p.id AND ph.position = 0 \
             WHERE p.status = {IN_REVIEW} AND {clause} ORDER BY p.updated_at, p.id LIMIT 200"
        )))
        .bind(a)
        .bind(b)
        .fetch_all(&db.pool)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, t_en, t_hi, g_en, g_hi, d_en, d_hi, price, market, key, w, h, smaller, sent)| ReviewQueueItem {
            id,
            title: Text::new(t_hi, t_en),
            group: Text::new(g_hi, g_en),
            district: Text::new(d_hi, d_en),
            cover: Photo::from_columns(key, w, h).map(|p| p.with_smaller(smaller.as_deref().unwrap_or_default())),
            price: Money::from_paise(price),
            market_price: Money::from_paise(market),
            submitted_at: sent,
        })
        .collect())
}

/// A listing as the official sees it, whatever its status.
pub async fn review_listing(db: &Db, listing_id: i64) -> Result<Option<ReviewListing>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let Some(row) = listing_row(&mut conn, listing_id).await? else { return Ok(None) };
    let tiers = tiers_of(&mut conn, listing_id).await?;
    let place: (String, String, String, String, String, String, String, String, String, Option<String>) = sqlx::query_as(
        "SELECT c.name_en, c.name_hi, g.slug, g.name_en, g.name_hi, b.name_en, b.name_hi, d.name_en, d.name_hi, c.hsn_hint \
         FROM products p JOIN categories c ON c.id = p.category_id JOIN shg_groups g ON g.id = p.group_id \
         JOIN blocks b ON b.id = g.block_id JOIN districts d ON d.id = g.district_id WHERE p.id = $1",
    )
    .bind(listing_id)
    .fetch_one(&mut *conn)
    .await?;
    drop(conn);
    let (c_en, c_hi, group_slug, g_en, g_hi, b_en, b_hi, d_en, d_hi, hsn_hint) = place;
    Ok(Some(ReviewListing {
        id: row.id,
        slug: row.slug.clone(),
        status: row.status(),
        title: row.title(),
        description: row.description(),
        unit: row.unit(),
        price: Money::from_paise(row.price_paise),
        market_price: Money::from_paise(row.market_price_paise),
        hsn: row.hsn.clone(),
        hsn_hint,
        gst_rate: GstRate::from_basis_points(row.gst_rate_bp),
        weight_grams: row.weight_grams,
        min_order_qty: row.min_order_qty,
        tiers,
        on_hand: row.on_hand,
        category: Text::new(c_hi, c_en),
        group: Text::new(g_hi, g_en),
        group_slug,
        place: Text::new(format!("{b_hi}, {d_hi}"), format!("{b_en}, {d_en}")),
        photos: photos_of(db, listing_id).await?.into_iter().map(|p| p.photo).collect(),
        history: history(db, listing_id).await?,
    }))
}
