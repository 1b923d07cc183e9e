//! Reads for the trade table: every live listing of a product type (a
//! search, a category, or both), with its group's place, stock, tiers and
//! delivery terms, in two queries however many rows; and the trader's
//! saved addresses as places to deliver to.

use crate::catalog::store::category_ids;
use crate::catalog::tiers::PriceTier;
use crate::db::{bind_args, fetch_for_ids, Arg, Args, Db, Engine};
use crate::i18n::Text;
use crate::inventory::ON_HAND_OF_P;
use crate::money::Money;
use crate::orders::delivery::{self, GroupDelivery};
use crate::search::{matching, plan_query, Field};
use crate::trade::types::{Destination, TradeFacets, TradeOffer, TradeQuery};
use crate::words::LIVE;
use std::collections::HashMap;

/// A listing as the table reads it: a row on PostgreSQL, one element of a
/// JSON array (its fields in this order) on SQLite; see [`read_offers`].
#[derive(sqlx::FromRow, serde::Deserialize)]
struct OfferRow {
    id: i64,
    slug: String,
    title_hi: String,
    title_en: String,
    unit_hi: String,
    unit_en: String,
    group_id: i64,
    on_hand: i64,
    min_order_qty: i64,
    pack_size: i64,
    price_paise: i64,
    weight_grams: i64,
    length_cm: Option<i64>,
    width_cm: Option<i64>,
    height_cm: Option<i64>,
    weekly_capacity: i64,
    capacity_days: i64,
    /// "12:13000 48:11800": each tier's minimum and unit price in paise.
    tiers: Option<String>,
    /// Units orders not yet packed wait for the group to make.
    booked_making: i64,
}

/// A group's name, place and delivery terms: read once per group, not per row.
#[derive(sqlx::FromRow)]
struct GroupRow {
    id: i64,
    slug: String,
    name_hi: String,
    name_en: String,
    district_hi: String,
    district_en: String,
    state_hi: String,
    state_en: String,
    state_slug: String,
    pincode: String,
    state_id: i64,
    gst_registered: i64,
    offers_pickup: i64,
    local_pincodes: String,
    local_fee_paise: i64,
    local_free_from_paise: Option<i64>,
    advance_percent: i64,
    balance_due: crate::orders::advance::BalanceDue,
    takes_upi: i64,
}

/// A group as each of its rows in the table carries it, made once per
/// group (its home-delivery PIN codes parsed, its advance worked out),
/// not once per listing.
struct OfferGroup {
    slug: String,
    name: Text,
    district: Text,
    state: Text,
    state_slug: String,
    delivery: GroupDelivery,
    advance: Option<crate::orders::advance::AdvanceTerms>,
}

impl From<GroupRow> for OfferGroup {
    fn from(g: GroupRow) -> OfferGroup {
        OfferGroup {
            delivery: GroupDelivery::from_row(
                g.pincode,
                g.state_id,
                g.gst_registered == 1,
                g.offers_pickup == 1,
                &g.local_pincodes,
                g.local_fee_paise,
                g.local_free_from_paise,
            ),
            // As `orders::checkout::group_terms` reads them: an advance needs a UPI id.
            advance: crate::orders::advance::AdvanceTerms::from_columns(g.advance_percent, g.balance_due)
                .filter(|_| g.takes_upi == 1),
            slug: g.slug,
            name: Text::new(g.name_hi, g.name_en),
            district: Text::new(g.district_hi, g.district_en),
            state: Text::new(g.state_hi, g.state_en),
            state_slug: g.state_slug,
        }
    }
}

/// Tiers as the row's aggregate spells them ("12:13000 48:11800").
fn parse_tiers(text: Option<&str>) -> Vec<PriceTier> {
    text.unwrap_or_default()
        .split_whitespace()
        .filter_map(|pair| {
            let (qty, paise) = pair.split_once(':')?;
            Some(PriceTier { min_qty: qty.parse().ok()?, unit_price: Money::from_paise(paise.parse().ok()?) })
        })
        .collect()
}

/// The live listings the trader asks for: matching her words in their own
/// titles (a product type is named in the title), in her category, from
/// groups in her state filter. At most `max_rows` (the page passes
/// [`MAX_TRADE_ROWS`](crate::trade::types::MAX_TRADE_ROWS)); the flag
/// says whether more matched. No words and no category: nothing (the page
/// asks her what she needs instead of listing the whole catalogue).
///
/// Two queries however many rows: the listings (each with its stock, its
/// tiers and what its group is already making), read where the match finds them (no
/// second pass over `products`, which PostgreSQL would plan as a scan of
/// the whole table), then their groups' names, places and delivery terms,
/// once per group.
#[tracing::instrument(skip(db))]
pub async fn offers(db: &Db, query: &TradeQuery, max_rows: usize) -> Result<(Vec<TradeOffer>, bool), sqlx::Error> {
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
    let limit = args.add(Arg::Int(max_rows as i64 + 1));
    let sql = format!("SELECT {}{from}{filters} ORDER BY p.id LIMIT {limit}", offer_columns());
    let mut rows = read_offers(db, &sql, args).await?;
    let capped = rows.len() > max_rows;
    rows.truncate(max_rows);
    Ok((assemble(db, rows).await?, capped))
}

/// The live listings among `ids`, as the table reads them: what a split
/// the trader placed is checked against. Listings no longer live are left out.
pub async fn offers_for_ids(db: &Db, ids: &[i64]) -> Result<Vec<TradeOffer>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = Args::default();
    let placeholders: Vec<String> = ids.iter().map(|id| args.add(Arg::Int(*id))).collect();
    let sql = format!(
        "SELECT {} FROM products p WHERE p.status = {LIVE} AND p.id IN ({}) ORDER BY p.id",
        offer_columns(),
        placeholders.join(", ")
    );
    let rows = read_offers(db, &sql, args).await?;
    assemble(db, rows).await
}

/// Runs `sql` (a select of [`offer_columns`]) and reads its rows, by id.
///
/// On SQLite the rows come back as one JSON array in a single result row
/// (`json_group_array`), parsed here in one pass: read one by one through
/// sqlx, 5,000 rows took 89 ms, as one array 44 ms (docs/BENCHMARKS.md).
/// On PostgreSQL the array is slower than the rows (70 ms against ~62 ms):
/// there the rows are read as rows.
async fn read_offers(db: &Db, sql: &str, args: Args) -> Result<Vec<OfferRow>, sqlx::Error> {
    const FIELDS: &str = "x.id, x.slug, x.title_hi, x.title_en, x.unit_hi, x.unit_en, x.group_id, x.on_hand, \
        x.min_order_qty, x.pack_size, x.price_paise, x.weight_grams, x.length_cm, x.width_cm, x.height_cm, \
        x.weekly_capacity, x.capacity_days, x.tiers, x.booked_making";
    let mut rows: Vec<OfferRow> = match db.engine {
        Engine::Sqlite => {
            let array = format!("SELECT COALESCE(json_group_array(json_array({FIELDS})), '[]') FROM ({sql}) x");
            let text: String =
                bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(array)), args).fetch_one(&db.pool).await?;
            serde_json::from_str(&text).map_err(|e| sqlx::Error::Decode(Box::new(e)))?
        }
        Engine::Postgres => bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql)), args).fetch_all(&db.pool).await?,
    };
    // An aggregate's order is the engine's choice: the rows' own order is by id.
    rows.sort_unstable_by_key(|r| r.id);
    Ok(rows)
}

/// A listing's columns as the table reads them: its stock and its tiers as
/// the row keeps them (`ON_HAND_OF_P` and `products.tier_list`, kept by
/// triggers from `stock` and `price_tiers`: summing and folding them here
/// cost ~30 ms of 5,000 rows; migration 0013), and the units
/// orders not yet packed wait for its group to make (a probe of the
/// partial index `order_lines_made`, which holds only such lines).
fn offer_columns() -> &'static str {
    // The statuses spelled once, from the enum (SUM of BIGINT is NUMERIC on PostgreSQL: cast back).
    static COLUMNS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let statuses: Vec<String> =
            crate::orders::state::NOT_YET_MADE.iter().map(|s| format!("'{}'", s.as_str())).collect();
        format!(
            "p.id, p.slug, p.title_hi, p.title_en, p.unit_hi, p.unit_en, p.group_id, {ON_HAND_OF_P} AS on_hand, \
             p.min_order_qty, p.pack_size, p.price_paise, p.weight_grams, p.length_cm, p.width_cm, p.height_cm, \
             p.weekly_capacity, p.capacity_days, p.tier_list AS tiers, \
             COALESCE((SELECT CAST(SUM(l.made_qty) AS BIGINT) FROM order_lines l JOIN orders o ON o.id = l.order_id \
             WHERE l.product_id = p.id AND l.made_qty > 0 AND o.status IN ({})), 0) AS booked_making",
            statuses.join(", ")
        )
    });
    &COLUMNS
}

/// Rows with their groups' names, places and delivery terms (one query
/// per set of groups).
async fn assemble(db: &Db, rows: Vec<OfferRow>) -> Result<Vec<TradeOffer>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let mut group_ids: Vec<i64> = rows.iter().map(|r| r.group_id).collect();
    group_ids.sort_unstable();
    group_ids.dedup();
    let groups: HashMap<i64, OfferGroup> = fetch_for_ids::<GroupRow>(
        &mut conn,
        "SELECT g.id, g.slug, g.name_hi, g.name_en, d.name_hi AS district_hi, d.name_en AS district_en, \
         s.name_hi AS state_hi, s.name_en AS state_en, s.slug AS state_slug, v.pincode, g.state_id, \
         CASE WHEN g.gstin IS NULL THEN 0 ELSE 1 END AS gst_registered, g.offers_pickup, g.local_pincodes, \
         g.local_fee_paise, g.local_free_from_paise, g.advance_percent, g.balance_due, \
         CASE WHEN g.upi_vpa IS NULL THEN 0 ELSE 1 END AS takes_upi FROM shg_groups g \
         JOIN villages v ON v.id = g.village_id JOIN districts d ON d.id = g.district_id JOIN states s ON s.id = g.state_id WHERE g.id IN ({ids})",
        &group_ids,
    )
    .await?
    .into_iter()
    .map(|g| (g.id, OfferGroup::from(g)))
    .collect();
    let offers = rows
        .into_iter()
        .filter_map(|r| {
            let g = groups.get(&r.group_id)?;
            Some(TradeOffer {
                product_id: r.id,
                slug: r.slug,
                title: Text::new(r.title_hi, r.title_en),
                unit: Text::new(r.unit_hi, r.unit_en),
                group_id: r.group_id,
                group_slug: g.slug.clone(),
                group_name: g.name.clone(),
                district: g.district.clone(),
                state: g.state.clone(),
                state_slug: g.state_slug.clone(),
                on_hand: r.on_hand,
                min_order_qty: r.min_order_qty,
                pack_size: r.pack_size,
                price: Money::from_paise(r.price_paise),
                tiers: parse_tiers(r.tiers.as_deref()),
                weight_grams: r.weight_grams,
                size_cm: delivery::size_cm(r.length_cm, r.width_cm, r.height_cm),
                weekly_capacity: r.weekly_capacity,
                capacity_days: r.capacity_days,
                booked_making: r.booked_making,
                delivery: g.delivery.clone(),
                advance: g.advance,
            })
        })
        .collect();
    Ok(offers)
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
        .map(|(address_id, name, city, pincode, state_id)| {
            Destination::new(address_id, &name, &city, pincode, state_id)
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::db::testing::each_engine;
    use crate::error::AppError;
    use crate::orders::checkout::Checkout;
    use crate::orders::types::ShipTo;
    use crate::testing::{catalogue, place, shopper};
    use crate::trade::types::MAX_TRADE_ROWS;

    fn slugs(offers: &[TradeOffer]) -> Vec<&str> {
        offers.iter().map(|o| o.slug.as_str()).collect()
    }

    #[tokio::test]
    async fn a_table_reads_live_listings_by_title_words_category_and_state_with_their_terms() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let ask = |q: Option<&str>, category: Option<&str>, state: Option<&str>| TradeQuery {
                q: q.map(String::from),
                category: category.map(String::from),
                state: state.map(String::from),
                ..TradeQuery::default()
            };
            // Words in the title, in any spelling search knows; never a draft.
            let (pickles, capped) = offers(&db, &ask(Some("achaar"), None, None), MAX_TRADE_ROWS).await.unwrap();
            assert_eq!(slugs(&pickles), vec!["mango-pickle", "lemon-pickle"]);
            assert!(!capped);
            let mango = &pickles[0];
            assert_eq!((mango.on_hand, mango.min_order_qty), (10, 1));
            assert_eq!(mango.tiers.len(), 2, "its tiers come along");
            assert_eq!(mango.group_name.en, "Maa Durga Samooh");
            assert_eq!(mango.delivery.pincode, "493661");
            assert!(mango.delivery.gst_registered);
            assert_eq!((mango.weekly_capacity, mango.capacity_days), (0, 7), "makes nothing more unless she says");
            // A category with its subcategories; words and category together; a state.
            let (crafts, _) = offers(&db, &ask(None, Some("crafts"), None), MAX_TRADE_ROWS).await.unwrap();
            assert_eq!(slugs(&crafts), vec!["jute-bag", "soap-50-off"]);
            let (jute, _) = offers(&db, &ask(Some("jute"), Some("crafts"), None), MAX_TRADE_ROWS).await.unwrap();
            assert_eq!(slugs(&jute), vec!["jute-bag"]);
            assert!(!jute[0].delivery.gst_registered, "Ekta has no GSTIN");
            let (none, _) =
                offers(&db, &ask(Some("pickle"), None, Some("madhya-pradesh")), MAX_TRADE_ROWS).await.unwrap();
            assert!(none.is_empty(), "no pickles from Madhya Pradesh");
            // Nothing asked, an unknown category or word: nothing read.
            assert!(offers(&db, &ask(None, None, None), MAX_TRADE_ROWS).await.unwrap().0.is_empty());
            assert!(offers(&db, &ask(None, Some("no-such"), None), MAX_TRADE_ROWS).await.unwrap().0.is_empty());
            assert!(offers(&db, &ask(Some("plugh"), None, None), MAX_TRADE_ROWS).await.unwrap().0.is_empty());
            // More than a table compares: the first ones, and the flag.
            let (first, capped) = offers(&db, &ask(None, Some("crafts"), None), 1).await.unwrap();
            assert_eq!((slugs(&first), capped), (vec!["jute-bag"], true));
        })
        .await;
    }

    /// The row's copy of its tiers follows every write to `price_tiers`
    /// (the triggers of migration 0013), within the writer's transaction.
    #[tokio::test]
    async fn a_listings_tiers_as_the_table_reads_them_follow_every_change() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let ask = TradeQuery { q: Some("mango".into()), ..TradeQuery::default() };
            let tiers_read = |db: Db| {
                let ask = ask.clone();
                async move {
                    let (read, _) = offers(&db, &ask, MAX_TRADE_ROWS).await.unwrap();
                    read[0].tiers.iter().map(|t| (t.min_qty, t.unit_price.to_paise())).collect::<Vec<_>>()
                }
            };
            let tier = |min_qty: i64, paise: i64| PriceTier { min_qty, unit_price: Money::from_paise(paise) };
            let mut tx = db.begin().await.unwrap();
            crate::catalog::write::replace_tiers(&mut tx, f.mango_pickle, &[tier(100, 9000), tier(20, 11000)])
                .await
                .unwrap();
            tx.commit().await.unwrap();
            assert_eq!(tiers_read(db.clone()).await, vec![(20, 11000), (100, 9000)], "smallest minimum first");
            sqlx::query("UPDATE price_tiers SET unit_price_paise = 8500 WHERE product_id = $1 AND min_qty = 100")
                .bind(f.mango_pickle)
                .execute(&db.pool)
                .await
                .unwrap();
            assert_eq!(tiers_read(db.clone()).await, vec![(20, 11000), (100, 8500)]);
            // A rolled-back change leaves the copy as it was.
            let mut tx = db.begin().await.unwrap();
            crate::catalog::write::replace_tiers(&mut tx, f.mango_pickle, &[]).await.unwrap();
            tx.rollback().await.unwrap();
            assert_eq!(tiers_read(db.clone()).await.len(), 2);
            let mut tx = db.begin().await.unwrap();
            crate::catalog::write::replace_tiers(&mut tx, f.mango_pickle, &[]).await.unwrap();
            tx.commit().await.unwrap();
            assert!(tiers_read(db.clone()).await.is_empty(), "no tiers, none read");
        })
        .await;
    }

    /// A split placed as one checkout: mango pickle from Maa Durga (Raipur)
    /// and the jute bag from Ekta (Gwalior), to Raipur.
    fn split(f: &crate::testing::Fixture, buyer: i64, key: &str, to: ShipTo, mango: (i64, i64)) -> Checkout {
        use crate::orders::choice::GroupChoice;
        use crate::orders::delivery::DeliveryMethod;
        use crate::orders::types::PaymentMethod;
        Checkout {
            buyer_id: buyer,
            idempotency_key: key.into(),
            ship_to: to,
            items: vec![(f.mango_pickle, mango.0), (f.jute_bag, 1)],
            choices: HashMap::from([
                (
                    f.raipur_group,
                    GroupChoice { delivery: DeliveryMethod::Courier, payment: PaymentMethod::CashOnDelivery },
                ),
                (
                    f.gwalior_group,
                    GroupChoice { delivery: DeliveryMethod::Pickup, payment: PaymentMethod::CashOnDelivery },
                ),
            ]),
            made: HashMap::from([(f.mango_pickle, mango.1)]),
            po_number: Some("AW/PO/118".into()),
            entered_by: None,
            agreed: HashMap::new(),
            channel: crate::orders::types::OrderChannel::Trade,
        }
    }

    async fn raipur(db: &Db) -> ShipTo {
        let state_id: i64 =
            sqlx::query_scalar("SELECT id FROM states WHERE slug = 'chhattisgarh'").fetch_one(&db.pool).await.unwrap();
        ShipTo {
            name: "Rajesh Agrawal".into(),
            phone: "9000000005".into(),
            line1: "Godown 3, Pandri Market".into(),
            line2: String::new(),
            city: "Raipur".into(),
            district: "Raipur".into(),
            state_id,
            pincode: "492004".into(),
        }
    }

    async fn on_hand(db: &Db, product: i64) -> i64 {
        sqlx::query_scalar("SELECT CAST(SUM(on_hand) AS BIGINT) FROM stock WHERE product_id = $1")
            .bind(product)
            .fetch_one(&db.pool)
            .await
            .unwrap()
    }

    /// Two traders split the same last stock at the same moment: one gets
    /// it all, the other is told and gets nothing (not even the other
    /// group's part: one checkout is all or nothing); stock never below zero.
    #[tokio::test]
    async fn two_traders_splitting_the_last_stock_at_once_never_oversell() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let to = raipur(&db).await;
            let (a, b) = (shopper(&db, "9700000001").await, shopper(&db, "9700000002").await);
            // Both were proposed all ten jars Maa Durga holds.
            let tasks = [a, b].map(|buyer| {
                let (db, c) = (db.clone(), split(&f, buyer, "split", to.clone(), (10, 0)));
                tokio::spawn(async move { place(&db, &c).await })
            });
            let results: Vec<_> = futures::future::join_all(tasks).await.into_iter().map(|r| r.unwrap()).collect();
            assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
            let refused = results.iter().find_map(|r| r.as_ref().err()).unwrap();
            assert!(matches!(refused, AppError::OutOfStock { .. }), "{refused:?}");
            assert_eq!(on_hand(&db, f.mango_pickle).await, 0);
            let lines: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM order_lines").fetch_one(&db.pool).await.unwrap();
            assert_eq!(lines, 2, "one trader's two orders, nothing of the other's");
        })
        .await;
    }

    #[tokio::test]
    async fn the_same_split_sent_twice_makes_one_set_of_orders() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let buyer = shopper(&db, "9700000003").await;
            let c = split(&f, buyer, "same-split-key-123", raipur(&db).await, (4, 0));
            let tasks = (0..2).map(|_| {
                let (db, c) = (db.clone(), c.clone());
                tokio::spawn(async move { place(&db, &c).await })
            });
            let results: Vec<_> =
                futures::future::join_all(tasks).await.into_iter().map(|r| r.unwrap().unwrap()).collect();
            assert_eq!(results[0], results[1], "both answers name the same orders");
            assert_eq!(results[0].len(), 2, "one order per group");
            let orders: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM orders").fetch_one(&db.pool).await.unwrap();
            assert_eq!(orders, 2);
            assert_eq!(on_hand(&db, f.mango_pickle).await, 6, "four jars taken, once");
        })
        .await;
    }

    /// Units a group makes for a split are not taken from its stock; they
    /// count against its coming weeks until the order is sent or ends.
    #[tokio::test]
    async fn units_made_for_a_split_leave_stock_alone_and_book_the_groups_making() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            sqlx::query("UPDATE products SET weekly_capacity = 20 WHERE id = $1")
                .bind(f.mango_pickle)
                .execute(&db.pool)
                .await
                .unwrap();
            let buyer = shopper(&db, "9700000004").await;
            // Fifteen jars: the ten it holds and five made.
            let placed = place(&db, &split(&f, buyer, "made-for-her", raipur(&db).await, (15, 5))).await.unwrap();
            assert_eq!(on_hand(&db, f.mango_pickle).await, 0, "only the ten it held were taken");
            let (qty, made): (i64, i64) = sqlx::query_as("SELECT qty, made_qty FROM order_lines WHERE product_id = $1")
                .bind(f.mango_pickle)
                .fetch_one(&db.pool)
                .await
                .unwrap();
            assert_eq!((qty, made), (15, 5));
            let ask = TradeQuery { q: Some("mango".into()), ..TradeQuery::default() };
            let (read, _) = offers(&db, &ask, MAX_TRADE_ROWS).await.unwrap();
            assert_eq!(read[0].booked_making, 5, "its coming week already holds five");
            // An order that ends is no longer waiting for them.
            let order = placed.iter().find(|o| o.group_id == f.raipur_group).unwrap();
            sqlx::query("UPDATE orders SET status = 'cancelled' WHERE id = $1")
                .bind(order.id)
                .execute(&db.pool)
                .await
                .unwrap();
            let (read, _) = offers(&db, &ask, MAX_TRADE_ROWS).await.unwrap();
            assert_eq!(read[0].booked_making, 0);
            // A split is read back by its listings: live ones only.
            let by_id = offers_for_ids(&db, &[f.mango_pickle, f.draft_candy]).await.unwrap();
            assert_eq!(slugs(&by_id), vec!["mango-pickle"], "never a draft");
        })
        .await;
    }
}
