//! Reads for the trade table: every live listing of a product type (a
//! search, a category, or both), with its group's place, stock, tiers and
//! delivery terms, in two queries however many rows; and the trader's
//! saved addresses as places to deliver to.

use crate::catalog::store::category_ids;
use crate::db::{bind_args, Arg, Args, Db};
use crate::i18n::Text;
use crate::inventory::{tiers_of_many, ON_HAND_OF_P};
use crate::money::Money;
use crate::orders::delivery::GroupDelivery;
use crate::search::{matching, plan_query, Field};
use crate::trade::types::{Destination, TradeFacets, TradeOffer, TradeQuery, MAX_TRADE_ROWS};
use crate::words::LIVE;

#[derive(sqlx::FromRow)]
struct OfferRow {
    id: i64,
    slug: String,
    title_hi: String,
    title_en: String,
    unit_hi: String,
    unit_en: String,
    group_slug: String,
    group_hi: String,
    group_en: String,
    district_hi: String,
    district_en: String,
    state_hi: String,
    state_en: String,
    on_hand: i64,
    min_order_qty: i64,
    price_paise: i64,
    weight_grams: i64,
    length_cm: Option<i64>,
    width_cm: Option<i64>,
    height_cm: Option<i64>,
    weekly_capacity: i64,
    capacity_days: i64,
    pincode: String,
    state_id: i64,
    gst_registered: i64,
    offers_pickup: i64,
    local_pincodes: String,
    local_fee_paise: i64,
    local_free_from_paise: Option<i64>,
}

/// The live listings the trader asks for: matching her words in their own
/// titles (a product type is named in the title), in her category, from
/// groups in her state filter. At most [`MAX_TRADE_ROWS`]; the flag says
/// whether more matched. No words and no category: nothing (the page asks
/// her what she needs instead of listing the whole catalogue).
#[tracing::instrument(skip(db))]
pub async fn offers(db: &Db, query: &TradeQuery) -> Result<(Vec<TradeOffer>, bool), sqlx::Error> {
    if !query.asks() {
        return Ok((Vec::new(), false));
    }
    let mut args = Args::default();
    let from = match &query.q {
        Some(text) => {
            let plan = plan_query(db, text).await?;
            if !plan.can_match() {
                return Ok((Vec::new(), false));
            }
            matching(db.engine, &plan, Field::Title, false, &mut args)
        }
        None => " FROM products p JOIN shg_groups g ON g.id = p.group_id WHERE".to_string(),
    };
    let mut filters = format!(" p.status = {LIVE}");
    if let Some(slug) = &query.category {
        let ids = category_ids(db, slug).await?;
        if ids.is_empty() {
            return Ok((Vec::new(), false));
        }
        let placeholders: Vec<String> = ids.iter().map(|id| args.add(Arg::Int(*id))).collect();
        filters.push_str(&format!(" AND p.category_id IN ({})", placeholders.join(", ")));
    }
    if let Some(slug) = &query.state {
        let p = args.add(Arg::Text(slug.clone()));
        filters.push_str(&format!(" AND g.state_id = (SELECT id FROM states WHERE slug = {p})"));
    }
    let limit = args.add(Arg::Int(MAX_TRADE_ROWS as i64 + 1));
    let sql = format!(
        "SELECT p.id, p.slug, p.title_hi, p.title_en, p.unit_hi, p.unit_en, g.slug AS group_slug, \
         g.name_hi AS group_hi, g.name_en AS group_en, d.name_hi AS district_hi, d.name_en AS district_en, \
         s.name_hi AS state_hi, s.name_en AS state_en, {ON_HAND_OF_P} AS on_hand, p.min_order_qty, p.price_paise, \
         p.weight_grams, p.length_cm, p.width_cm, p.height_cm, p.weekly_capacity, p.capacity_days, v.pincode, \
         g.state_id, CASE WHEN g.gstin IS NULL THEN 0 ELSE 1 END AS gst_registered, g.offers_pickup, \
         g.local_pincodes, g.local_fee_paise, g.local_free_from_paise \
         FROM (SELECT p.id{from}{filters} ORDER BY p.id LIMIT {limit}) chosen \
         JOIN products p ON p.id = chosen.id JOIN shg_groups g ON g.id = p.group_id \
         JOIN villages v ON v.id = g.village_id JOIN districts d ON d.id = g.district_id \
         JOIN states s ON s.id = g.state_id ORDER BY p.id"
    );
    let mut rows: Vec<OfferRow> =
        bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql)), args).fetch_all(&db.pool).await?;
    let capped = rows.len() > MAX_TRADE_ROWS;
    rows.truncate(MAX_TRADE_ROWS);
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut tiers = tiers_of_many(&mut *db.pool.acquire().await?, &ids).await?;
    let offers = rows
        .into_iter()
        .map(|r| TradeOffer {
            product_id: r.id,
            slug: r.slug,
            title: Text::new(r.title_hi, r.title_en),
            unit: Text::new(r.unit_hi, r.unit_en),
            group_slug: r.group_slug,
            group_name: Text::new(r.group_hi, r.group_en),
            district: Text::new(r.district_hi, r.district_en),
            state: Text::new(r.state_hi, r.state_en),
            on_hand: r.on_hand,
            min_order_qty: r.min_order_qty,
            price: Money::from_paise(r.price_paise),
            tiers: tiers.remove(&r.id).unwrap_or_default(),
            weight_grams: r.weight_grams,
            size_cm: match (r.length_cm, r.width_cm, r.height_cm) {
                (Some(l), Some(w), Some(h)) => Some((l, w, h)),
                _ => None,
            },
            weekly_capacity: r.weekly_capacity,
            capacity_days: r.capacity_days,
            delivery: GroupDelivery::from_row(
                r.pincode,
                r.state_id,
                r.gst_registered == 1,
                r.offers_pickup == 1,
                &r.local_pincodes,
                r.local_fee_paise,
                r.local_free_from_paise,
            ),
        })
        .collect();
    Ok((offers, capped))
}

/// The trader's saved addresses, as places to price delivery to.
pub async fn destinations(db: &Db, user_id: i64) -> Result<Vec<Destination>, sqlx::Error> {
    let rows: Vec<(i64, String, String, String, i64)> =
        sqlx::query_as("SELECT id, name, city, pincode, state_id FROM addresses WHERE user_id = $1 ORDER BY id")
            .bind(user_id)
            .fetch_all(&db.pool)
            .await?;
    Ok(rows
        .into_iter()
        .map(|(address_id, name, city, pincode, state_id)| Destination {
            address_id,
            label: format!("{name}, {city} {pincode}"),
            pincode,
            state_id,
        })
        .collect())
}

/// The form's choices: every category (top-level ones first) and every
/// state that has a group, by name.
pub async fn facets(db: &Db) -> Result<TradeFacets, sqlx::Error> {
    let named = |rows: Vec<(String, String, String)>| {
        rows.into_iter().map(|(slug, hi, en)| (slug, Text::new(hi, en))).collect::<Vec<_>>()
    };
    let categories = sqlx::query_as(
        "SELECT c.slug, c.name_hi, c.name_en FROM categories c LEFT JOIN categories parent ON parent.id = c.parent_id \
         ORDER BY COALESCE(parent.name_en, c.name_en), c.parent_id IS NOT NULL, c.name_en",
    )
    .fetch_all(&db.pool)
    .await?;
    let states = sqlx::query_as(
        "SELECT s.slug, s.name_hi, s.name_en FROM states s WHERE EXISTS (SELECT 1 FROM shg_groups g WHERE g.state_id = s.id) \
         ORDER BY s.name_en",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(TradeFacets { categories: named(categories), states: named(states) })
}
