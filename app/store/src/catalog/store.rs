//! The storefront's reads of the catalogue (server only): category
//! trees, places, listing pages, featured products, a product's page.
//! Writing the catalogue is `write.rs`; stock and tiers are `inventory`.
//!
//! Listing queries are built from fixed fragments plus bind parameters
//! ([`Args`]); nothing a visitor types is ever spliced into SQL text. Each
//! page is a fixed number of queries whatever its size: no N+1.

use crate::catalog::tax::GstRate;
use crate::catalog::types::*;
use crate::db::{bind_args, Arg, Args, Db};
use crate::i18n::Text;
use crate::media::Photo;
use crate::money::Money;
use crate::search::SearchNote;
use crate::words::LIVE;
use const_format::concatcp;
use std::collections::HashMap;

use crate::inventory::tiers_of;

#[derive(sqlx::FromRow)]
struct CategoryRow {
    id: i64,
    parent_id: Option<i64>,
    slug: String,
    name_en: String,
    name_hi: String,
    image_key: Option<String>,
}

/// The whole category tree with live-product counts, in display order.
#[tracing::instrument(skip(db))]
pub async fn category_trees(db: &Db) -> Result<Vec<CategoryTree>, sqlx::Error> {
    let rows: Vec<CategoryRow> =
        sqlx::query_as("SELECT id, parent_id, slug, name_en, name_hi, image_key FROM categories ORDER BY position, id")
            .fetch_all(&db.pool)
            .await?;
    let counts: Vec<(i64, i64)> = sqlx::query_as(concatcp!(
        "SELECT category_id, COUNT(*) FROM products WHERE status = ",
        LIVE,
        " GROUP BY category_id"
    ))
    .fetch_all(&db.pool)
    .await?;
    let counts: HashMap<i64, i64> = counts.into_iter().collect();
    Ok(build_trees(rows, &counts))
}

fn build_trees(rows: Vec<CategoryRow>, counts: &HashMap<i64, i64>) -> Vec<CategoryTree> {
    let to_category = |row: &CategoryRow| Category {
        id: row.id,
        slug: row.slug.clone(),
        name: Text::new(&row.name_hi, &row.name_en),
        parent_id: row.parent_id,
        image: row.image_key.clone().map(|key| Photo::single(key, 480, 360)),
        live_products: counts.get(&row.id).copied().unwrap_or(0),
    };
    let mut trees: Vec<CategoryTree> = rows
        .iter()
        .filter(|row| row.parent_id.is_none())
        .map(|row| CategoryTree { category: to_category(row), children: Vec::new() })
        .collect();
    for row in rows.iter().filter(|row| row.parent_id.is_some()) {
        if let Some(tree) = trees.iter_mut().find(|t| Some(t.category.id) == row.parent_id) {
            let child = to_category(row);
            tree.category.live_products += child.live_products;
            tree.children.push(child);
        }
    }
    trees
}

/// A category by slug, with its parent's slug and name when it has one.
#[tracing::instrument(skip(db))]
pub async fn category_by_slug(db: &Db, slug: &str) -> Result<Option<CategoryCrumb>, sqlx::Error> {
    let row: Option<(String, String, String, Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT c.slug, c.name_en, c.name_hi, p.slug, p.name_en, p.name_hi \
         FROM categories c LEFT JOIN categories p ON p.id = c.parent_id WHERE c.slug = $1",
    )
    .bind(slug)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(slug, en, hi, parent_slug, parent_en, parent_hi)| CategoryCrumb {
        slug,
        name: Text::new(hi, en),
        parent: parent_slug.map(|s| (s, Text::new(parent_hi.unwrap_or_default(), parent_en.unwrap_or_default()))),
    }))
}

/// States and their districts that have live products, with counts.
#[tracing::instrument(skip(db))]
pub async fn places(db: &Db) -> Result<Vec<StatePlaces>, sqlx::Error> {
    let rows: Vec<(String, String, String, String, String, String, i64)> = sqlx::query_as(concatcp!(
        "SELECT s.slug, s.name_en, s.name_hi, d.slug, d.name_en, d.name_hi, COUNT(p.id) \
         FROM products p JOIN shg_groups g ON g.id = p.group_id \
         JOIN districts d ON d.id = g.district_id JOIN states s ON s.id = g.state_id \
         WHERE p.status = ",
        LIVE,
        " GROUP BY s.slug, s.name_en, s.name_hi, d.slug, d.name_en, d.name_hi \
         ORDER BY s.name_en, d.name_en",
    ))
    .fetch_all(&db.pool)
    .await?;
    let mut states: Vec<StatePlaces> = Vec::new();
    for (state_slug, state_en, state_hi, slug, en, hi, live_products) in rows {
        if states.last().is_none_or(|s| s.slug != state_slug) {
            states.push(StatePlaces { slug: state_slug, name: Text::new(state_hi, state_en), districts: Vec::new() });
        }
        if let Some(state) = states.last_mut() {
            state.districts.push(DistrictCount { slug, name: Text::new(hi, en), live_products });
        }
    }
    Ok(states)
}

/// Columns of a product card; used by every grid.
const CARD_SELECT: &str = concat!(
    "SELECT p.id, p.slug, p.title_en, p.title_hi, p.unit_en, p.unit_hi, \
    p.price_paise, p.market_price_paise, \
    g.name_en AS group_en, g.name_hi AS group_hi, d.name_en AS district_en, d.name_hi AS district_hi, \
    s.name_en AS state_en, s.name_hi AS state_hi, \
    ph.media_key AS cover_key, ph.width AS cover_width, ph.height AS cover_height, ph.smaller AS cover_smaller, \
    ",
    crate::on_hand_of_p!(),
    " AS on_hand"
);

/// The joins a card needs, after `FROM products p`.
const CARD_JOINS: &str = " JOIN shg_groups g ON g.id = p.group_id \
    JOIN districts d ON d.id = g.district_id \
    JOIN states s ON s.id = g.state_id \
    LEFT JOIN product_photos ph ON ph.product_id = p.id AND ph.position = 0";

#[derive(sqlx::FromRow)]
struct CardRow {
    id: i64,
    slug: String,
    title_en: String,
    title_hi: String,
    unit_en: String,
    unit_hi: String,
    price_paise: i64,
    market_price_paise: i64,
    group_en: String,
    group_hi: String,
    district_en: String,
    district_hi: String,
    state_en: String,
    state_hi: String,
    cover_key: Option<String>,
    cover_width: Option<i64>,
    cover_height: Option<i64>,
    cover_smaller: Option<String>,
    on_hand: i64,
}

impl From<CardRow> for ProductCard {
    fn from(r: CardRow) -> Self {
        ProductCard {
            id: r.id,
            slug: r.slug,
            title: Text::new(r.title_hi, r.title_en),
            unit: Text::new(r.unit_hi, r.unit_en),
            price: Money::from_paise(r.price_paise),
            market_price: Money::from_paise(r.market_price_paise),
            cover: Photo::from_columns(r.cover_key, r.cover_width, r.cover_height)
                .map(|p| p.with_smaller(r.cover_smaller.as_deref().unwrap_or_default())),
            group_name: Text::new(r.group_hi, r.group_en),
            district: Text::new(r.district_hi, r.district_en),
            state: Text::new(r.state_hi, r.state_en),
            on_hand: r.on_hand,
        }
    }
}

/// The ids of a category and its subcategories (empty if unknown).
pub async fn category_ids(db: &Db, slug: &str) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT c.id FROM categories c LEFT JOIN categories parent ON parent.id = c.parent_id \
         WHERE c.slug = $1 OR parent.slug = $1",
    )
    .bind(slug)
    .fetch_all(&db.pool)
    .await
}

/// "In stock" as a listing filters it (and a search ranks by it), and its
/// opposite: some location holds at least one.
const HAS_STOCK: &str = "EXISTS (SELECT 1 FROM stock st WHERE st.product_id = p.id AND st.on_hand > 0)";
const IN_STOCK: &str = concatcp!(" AND ", HAS_STOCK);
const SOLD_OUT: &str = concatcp!(" AND NOT ", HAS_STOCK);

/// The conditions of a listing over `products p` and `shg_groups g`, to
/// follow `WHERE` (always starting from live products). Places are matched by id through
/// a one-row subquery, so no more tables join the scan; categories arrive
/// as ids, so the planner can read the category index.
///
/// `walking` is set when the page will walk the index of its sort order:
/// a price range is then written `+p.price_paise`, which keeps SQLite from
/// choosing the price index (and sorting every match) instead. The value is
/// the same; the unary plus only hides the column from the index chooser.
fn listing_filters(query: &ListingQuery, category_ids: Option<&[i64]>, walking: bool, args: &mut Args) -> String {
    let mut sql = format!(" p.status = {LIVE}");
    let sorted_by_price = matches!(query.sort, Sort::PriceLowToHigh | Sort::PriceHighToLow);
    let price = if walking && !sorted_by_price { "+p.price_paise" } else { "p.price_paise" };
    match category_ids {
        Some([]) => sql.push_str(" AND 1 = 0"),
        Some(ids) => {
            let placeholders: Vec<String> = ids.iter().map(|id| args.add(Arg::Int(*id))).collect();
            sql.push_str(&format!(" AND p.category_id IN ({})", placeholders.join(", ")));
        }
        None => {}
    }
    if let Some(slug) = &query.group {
        sql.push_str(&format!(" AND g.slug = {}", args.add(Arg::Text(slug.clone()))));
    }
    if let Some(slug) = &query.state {
        let p = args.add(Arg::Text(slug.clone()));
        sql.push_str(&format!(" AND g.state_id = (SELECT id FROM states WHERE slug = {p})"));
    }
    if let Some(slug) = &query.district {
        let p = args.add(Arg::Text(slug.clone()));
        sql.push_str(&format!(" AND g.district_id = (SELECT id FROM districts WHERE slug = {p})"));
    }
    if let Some(min) = query.min_price {
        sql.push_str(&format!(" AND {price} >= {}", args.add(Arg::Int(min.to_paise()))));
    }
    if let Some(max) = query.max_price {
        sql.push_str(&format!(" AND {price} <= {}", args.add(Arg::Int(max.to_paise()))));
    }
    if query.in_stock_only {
        sql.push_str(IN_STOCK);
    }
    sql
}

/// Each order matches an index on `products` (migration 0001), ending in
/// the id so pages never overlap.
fn order_by(sort: Sort) -> &'static str {
    match sort {
        Sort::Recommended => " ORDER BY p.featured DESC, p.created_at DESC, p.id DESC",
        Sort::PriceLowToHigh => " ORDER BY p.price_paise ASC, p.id ASC",
        Sort::PriceHighToLow => " ORDER BY p.price_paise DESC, p.id DESC",
        Sort::Newest => " ORDER BY p.created_at DESC, p.id DESC",
        Sort::BiggestSaving => " ORDER BY p.saving_bp DESC, p.id DESC",
    }
}

/// One page of live products matching `query`: two queries (three with a category).
///
/// First the count, which stops at [`COUNT_CAP`]: past that the storefront
/// says "2,400+" rather than scanning everything. Then the page: its 24 ids
/// are chosen from `products` and `shg_groups` alone, and only those rows
/// are joined to their names, cover photo and stock.
///
/// How the ids are chosen depends on the count. With few matches the
/// planner may start wherever it likes (a place, a group) and sort them.
/// With many, the page walks the index of the sort order and stops after
/// 24 matches; `CROSS JOIN` tells SQLite to keep `products` as the outer
/// loop (PostgreSQL plans it as the same inner join either way).
#[tracing::instrument(skip(db))]
pub async fn list_products(db: &Db, query: &ListingQuery) -> Result<ListingPage, sqlx::Error> {
    if let Some(text) = &query.search {
        return search_products(db, query, text).await;
    }
    const JOINED: &str = " FROM products p JOIN shg_groups g ON g.id = p.group_id WHERE";
    const WALK: &str = " FROM products p CROSS JOIN shg_groups g WHERE g.id = p.group_id AND";
    let categories = match &query.category {
        Some(slug) => Some(category_ids(db, slug).await?),
        None => None,
    };
    let mut args = Args::default();
    let filters = listing_filters(query, categories.as_deref(), false, &mut args);
    let count_sql = format!("SELECT COUNT(*) FROM (SELECT 1{JOINED}{filters} LIMIT {}) counted", COUNT_CAP + 1);
    let counted: i64 = bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(count_sql)), args).fetch_one(&db.pool).await?;

    let page = query.page.clamp(1, MAX_PAGE);
    let offset_rows = (page - 1) * PAGE_SIZE;
    let rows: Vec<CardRow> = if offset_rows >= counted {
        Vec::new() // nothing on this page: no need to look
    } else {
        let walking = counted > COUNT_CAP;
        let scan = if walking { WALK } else { JOINED };
        let order = order_by(query.sort);
        let mut page_args = Args::default();
        let filters = listing_filters(query, categories.as_deref(), walking, &mut page_args);
        let limit = page_args.add(Arg::Int(PAGE_SIZE));
        let offset = page_args.add(Arg::Int(offset_rows));
        let sql = format!(
            "{CARD_SELECT} FROM (SELECT p.id{scan}{filters}{order} LIMIT {limit} OFFSET {offset}) chosen \
             JOIN products p ON p.id = chosen.id{CARD_JOINS}{order}"
        );
        bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql)), page_args).fetch_all(&db.pool).await?
    };
    Ok(ListingPage {
        items: rows.into_iter().map(ProductCard::from).collect(),
        total: counted.min(COUNT_CAP),
        more: counted > COUNT_CAP,
        page,
        note: SearchNote::default(),
    })
}

/// One page of live products matching a search, best first: products with
/// every word in their own title before those matched through their
/// category, group or place, and in each, those in stock before those sold
/// out; within each tier the page's sort order. Filters apply as on any
/// listing.
///
/// Each tier is counted (up to what the page can still show) and only the
/// tiers the page falls in are read, each the way [`list_products`] reads a
/// listing: sorted when it has few matches, walking the sort order when it
/// has many. A query the index cannot answer at all (a word nothing
/// matches) runs no listing query and is counted as a miss.
#[tracing::instrument(skip(db))]
async fn search_products(db: &Db, query: &ListingQuery, text: &str) -> Result<ListingPage, sqlx::Error> {
    use crate::search::{matching, Field};
    let plan = crate::search::plan_query(db, text).await?;
    let page = query.page.clamp(1, MAX_PAGE);
    let mut result = ListingPage {
        items: Vec::new(),
        total: 0,
        more: false,
        page,
        note: SearchNote { corrected: plan.corrected() },
    };
    if !plan.can_match() {
        count_miss(db, &crate::search::query_words(text, crate::search::MAX_QUERY_WORDS).join(" ")).await;
        return Ok(result);
    }
    let categories = match &query.category {
        Some(slug) => Some(category_ids(db, slug).await?),
        None => None,
    };
    let mut tiers = vec![(Field::Title, IN_STOCK), (Field::Title, SOLD_OUT)];
    tiers.extend([(Field::ElsewhereOnly, IN_STOCK), (Field::ElsewhereOnly, SOLD_OUT)]);
    if query.in_stock_only {
        tiers.retain(|(_, stock)| *stock == IN_STOCK);
    }
    let offset_rows = (page - 1) * PAGE_SIZE;
    let mut total: i64 = 0;
    let mut rows: Vec<CardRow> = Vec::new();
    for (field, stock) in tiers {
        let left = COUNT_CAP + 1 - total;
        if left <= 0 {
            break;
        }
        let mut args = Args::default();
        let from = matching(db.engine, &plan, field, false, &mut args);
        let filters = listing_filters(query, categories.as_deref(), false, &mut args);
        let count_sql = format!("SELECT COUNT(*) FROM (SELECT 1{from}{filters}{stock} LIMIT {left}) counted");
        let counted: i64 =
            bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(count_sql)), args).fetch_one(&db.pool).await?;
        let wanted_from = offset_rows + rows.len() as i64;
        if (rows.len() as i64) < PAGE_SIZE && wanted_from >= total && wanted_from < total + counted {
            let walking = counted == left && counted > PAGE_SIZE;
            let order = order_by(query.sort);
            let mut page_args = Args::default();
            let from = matching(db.engine, &plan, field, walking, &mut page_args);
            let filters = listing_filters(query, categories.as_deref(), walking, &mut page_args);
            let limit = page_args.add(Arg::Int(PAGE_SIZE - rows.len() as i64));
            let offset = page_args.add(Arg::Int(wanted_from - total));
            let sql = format!(
                "{CARD_SELECT} FROM (SELECT p.id{from}{filters}{stock}{order} LIMIT {limit} OFFSET {offset}) chosen \
                 JOIN products p ON p.id = chosen.id{CARD_JOINS}{order}"
            );
            let found: Vec<CardRow> =
                bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql)), page_args).fetch_all(&db.pool).await?;
            rows.extend(found);
        }
        total += counted;
    }
    // A miss is a search that finds nothing by its words alone: with
    // filters on, the filters may be what left nothing.
    let unfiltered = query.category.is_none()
        && query.group.is_none()
        && query.state.is_none()
        && query.district.is_none()
        && query.min_price.is_none()
        && query.max_price.is_none()
        && !query.in_stock_only;
    if total == 0 && unfiltered {
        count_miss(db, &plan.terms.iter().map(|t| t.typed.as_str()).collect::<Vec<_>>().join(" ")).await;
    }
    result.items = rows.into_iter().map(ProductCard::from).collect();
    result.total = total.min(COUNT_CAP);
    result.more = total > COUNT_CAP;
    Ok(result)
}

/// Counts a search that found nothing, at best effort: the shopper's page
/// does not fail because a counter could not be written (logged instead).
async fn count_miss(db: &Db, folded: &str) {
    if let Err(error) = crate::search::record_miss(db, folded).await {
        tracing::warn!(%error, "could not count a search that found nothing");
    }
}

/// Featured live products for the home page.
#[tracing::instrument(skip(db))]
pub async fn featured(db: &Db, limit: i64) -> Result<Vec<ProductCard>, sqlx::Error> {
    let sql = format!(
        "{CARD_SELECT} FROM products p{CARD_JOINS} WHERE p.status = {LIVE} AND p.featured = 1 \
         ORDER BY p.featured DESC, p.created_at DESC, p.id DESC LIMIT $1"
    );
    let rows: Vec<CardRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(limit).fetch_all(&db.pool).await?;
    Ok(rows.into_iter().map(ProductCard::from).collect())
}

#[derive(sqlx::FromRow)]
struct DetailRow {
    id: i64,
    group_id: i64,
    slug: String,
    title_en: String,
    title_hi: String,
    description_en: String,
    description_hi: String,
    unit_en: String,
    unit_hi: String,
    price_paise: i64,
    market_price_paise: i64,
    hsn: String,
    gst_rate_bp: i64,
    weight_grams: i64,
    min_order_qty: i64,
    status: ListingStatus,
    category_slug: String,
    category_en: String,
    category_hi: String,
    parent_slug: Option<String>,
    parent_en: Option<String>,
    parent_hi: Option<String>,
    on_hand: i64,
    held: i64,
}

/// The minimum order of a listing on sale (`None` if it is not).
pub async fn min_order_qty(db: &Db, product_id: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT min_order_qty FROM products WHERE id = $1 AND status = $2")
        .bind(product_id)
        .bind(ListingStatus::Live)
        .fetch_optional(&db.pool)
        .await
}

/// A live product by slug, with photos, tiers, stock and its group: four
/// queries, whatever the number of photos or tiers.
#[tracing::instrument(skip(db))]
pub async fn live_product_by_slug(db: &Db, slug: &str) -> Result<Option<ProductDetail>, sqlx::Error> {
    let row: Option<DetailRow> = sqlx::query_as(concatcp!(
        "SELECT p.id, p.group_id, p.slug, p.title_en, p.title_hi, p.description_en, p.description_hi, \
         p.unit_en, p.unit_hi, p.price_paise, p.market_price_paise, p.hsn, p.gst_rate_bp, \
         p.weight_grams, p.min_order_qty, p.status, \
         c.slug AS category_slug, c.name_en AS category_en, c.name_hi AS category_hi, \
         pc.slug AS parent_slug, pc.name_en AS parent_en, pc.name_hi AS parent_hi, \
         ",
        crate::on_hand_of_p!(),
        " AS on_hand, ",
        crate::held_of_p!(),
        " AS held \
         FROM products p JOIN categories c ON c.id = p.category_id \
         LEFT JOIN categories pc ON pc.id = c.parent_id \
         WHERE p.slug = $1 AND p.status = ",
        LIVE
    ))
    .bind(slug)
    .fetch_optional(&db.pool)
    .await?;
    let Some(row) = row else { return Ok(None) };

    let photos: Vec<(String, i64, i64, String)> = sqlx::query_as(
        "SELECT media_key, width, height, smaller FROM product_photos WHERE product_id = $1 ORDER BY position",
    )
    .bind(row.id)
    .fetch_all(&db.pool)
    .await?;
    let tiers = tiers_of(&mut *db.pool.acquire().await?, row.id).await?;
    let Some((group, call)) = crate::groups::store::group_card_and_call(db, row.group_id).await? else {
        return Ok(None);
    };

    Ok(Some(ProductDetail {
        id: row.id,
        slug: row.slug,
        title: Text::new(row.title_hi, row.title_en),
        description: Text::new(row.description_hi, row.description_en),
        unit: Text::new(row.unit_hi, row.unit_en),
        price: Money::from_paise(row.price_paise),
        market_price: Money::from_paise(row.market_price_paise),
        hsn: row.hsn,
        gst_rate: GstRate::from_basis_points(row.gst_rate_bp),
        weight_grams: row.weight_grams,
        min_order_qty: row.min_order_qty,
        status: row.status,
        photos: photos
            .into_iter()
            .filter_map(|(key, w, h, smaller)| {
                Photo::from_columns(Some(key), Some(w), Some(h)).map(|p| p.with_smaller(&smaller))
            })
            .collect(),
        tiers,
        on_hand: row.on_hand,
        held: row.held,
        category: CategoryCrumb {
            slug: row.category_slug,
            name: Text::new(row.category_hi, row.category_en),
            parent: row
                .parent_slug
                .map(|s| (s, Text::new(row.parent_hi.unwrap_or_default(), row.parent_en.unwrap_or_default()))),
        },
        group,
        call,
    }))
}

/// The catalogue's version: changes (by triggers, in the same transaction)
/// whenever a listing, its price, photos or stock, a category, a group or
/// a place or an order changes. Storefront pages are cached under it.
pub async fn catalogue_version(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT version FROM catalogue_version WHERE id = 1").fetch_one(&db.pool).await
}

#[cfg(test)]
mod tests {
    //! Store tests: each runs on a fresh SQLite database and then on a fresh
    //! PostgreSQL database, with the same fixture catalogue.

    use super::*;
    use crate::catalog::tax::Hsn;
    use crate::catalog::tiers::PriceTier;
    use crate::catalog::write::*;
    use crate::db::testing::{each_engine, TestDb};
    use crate::testing::catalogue;

    fn query() -> ListingQuery {
        ListingQuery { page: 1, ..Default::default() }
    }

    fn slugs(page: &ListingPage) -> Vec<&str> {
        page.items.iter().map(|p| p.slug.as_str()).collect()
    }

    #[test]
    fn saving_basis_points_round_down_and_are_zero_without_a_saving() {
        assert_eq!(saving_basis_points(Money::from_rupees(140), Money::from_rupees(190)), 2631);
        assert_eq!(saving_basis_points(Money::from_paise(99_95), Money::from_paise(209_70)), 5233);
        assert_eq!(saving_basis_points(Money::from_rupees(190), Money::from_rupees(190)), 0);
        assert_eq!(saving_basis_points(Money::from_rupees(200), Money::from_rupees(190)), 0);
    }

    #[tokio::test]
    async fn a_listing_shows_only_live_products_with_one_query_per_page() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let page = list_products(&db, &query()).await.unwrap();
            assert_eq!(page.total, 5, "the draft is not listed");
            assert!(!slugs(&page).contains(&"amla-candy"));
            let mango = page.items.iter().find(|p| p.slug == "mango-pickle").unwrap();
            assert_eq!(mango.price, Money::from_rupees(140));
            assert_eq!(mango.market_price, Money::from_rupees(190));
            assert_eq!(mango.on_hand, 10);
            assert_eq!(mango.cover.as_ref().unwrap().key, "mango-1.svg", "the cover is position 0");
            assert_eq!(mango.group_name.en, "Maa Durga Samooh");
            assert_eq!(mango.district.hi, "रायपुर");
            assert_eq!(mango.state.en, "Chhattisgarh");
        })
        .await;
    }

    #[tokio::test]
    async fn a_parent_category_lists_its_subcategories_products() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let food = list_products(&db, &ListingQuery { category: Some("food".into()), ..query() }).await.unwrap();
            let mut found = slugs(&food);
            found.sort_unstable();
            assert_eq!(found, vec!["groundnut-oil", "lemon-pickle", "mango-pickle"]);
            let pickles =
                list_products(&db, &ListingQuery { category: Some("pickles".into()), ..query() }).await.unwrap();
            assert_eq!(pickles.total, 2);
            let unknown = list_products(&db, &ListingQuery { category: Some("nope".into()), ..query() }).await.unwrap();
            assert_eq!(unknown.total, 0);
        })
        .await;
    }

    #[tokio::test]
    async fn place_price_and_stock_filters_narrow_the_listing() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let in_mp =
                list_products(&db, &ListingQuery { state: Some("madhya-pradesh".into()), ..query() }).await.unwrap();
            assert_eq!(in_mp.total, 3);
            let raipur =
                list_products(&db, &ListingQuery { district: Some("raipur".into()), ..query() }).await.unwrap();
            assert_eq!(raipur.total, 2);
            let mid_price = ListingQuery {
                min_price: Some(Money::from_rupees(120)),
                max_price: Some(Money::from_rupees(140)),
                ..query()
            };
            let mut found =
                slugs(&list_products(&db, &mid_price).await.unwrap()).into_iter().map(String::from).collect::<Vec<_>>();
            found.sort();
            assert_eq!(found, vec!["jute-bag", "lemon-pickle", "mango-pickle"], "limits are inclusive");
            let in_stock = list_products(&db, &ListingQuery { in_stock_only: true, ..query() }).await.unwrap();
            assert!(!slugs(&in_stock).contains(&"lemon-pickle"));
            assert_eq!(in_stock.total, 4);
            let group =
                list_products(&db, &ListingQuery { group: Some("ekta-tighra".into()), ..query() }).await.unwrap();
            assert_eq!(group.total, 3);
        })
        .await;
    }

    #[tokio::test]
    async fn search_matches_words_in_either_language_and_the_groups_name() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let search = |text: &str| ListingQuery { search: Some(text.to_string()), ..query() };
            assert_eq!(slugs(&list_products(&db, &search("MANGO")).await.unwrap()), vec!["mango-pickle"]);
            assert_eq!(list_products(&db, &search("अचार")).await.unwrap().total, 2);
            assert_eq!(list_products(&db, &search("pickle lemon")).await.unwrap().total, 1, "every word must match");
            assert_eq!(list_products(&db, &search("ekta")).await.unwrap().total, 3, "group name");
            assert_eq!(list_products(&db, &search("थैले")).await.unwrap().total, 2, "category name");
            assert_eq!(list_products(&db, &search("saree")).await.unwrap().total, 0);
        })
        .await;
    }

    #[tokio::test]
    async fn percent_and_underscore_in_a_search_match_literally() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let search = |text: &str| ListingQuery { search: Some(text.to_string()), ..query() };
            assert_eq!(slugs(&list_products(&db, &search("50%")).await.unwrap()), vec!["soap-50-off"]);
            assert_eq!(slugs(&list_products(&db, &search("off_pack")).await.unwrap()), vec!["soap-50-off"]);
            assert_eq!(list_products(&db, &search("%")).await.unwrap().total, 0, "not a wildcard: no word at all");
            assert_eq!(list_products(&db, &search("_")).await.unwrap().total, 0, "not a wildcard: no word at all");
            assert_eq!(list_products(&db, &search("'; DROP TABLE products; --")).await.unwrap().total, 0);
            assert_eq!(list_products(&db, &query()).await.unwrap().total, 5, "still there");
        })
        .await;
    }

    #[tokio::test]
    async fn sorting_orders_by_price_saving_and_recommendation() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let sorted = |sort| ListingQuery { sort, ..query() };
            let cheap_first = list_products(&db, &sorted(Sort::PriceLowToHigh)).await.unwrap();
            let prices: Vec<Money> = cheap_first.items.iter().map(|p| p.price).collect();
            assert!(prices.windows(2).all(|w| w[0] <= w[1]), "{prices:?}");
            assert_eq!(cheap_first.items[0].price, Money::from_paise(99_95), "paise survive the round trip");
            let dear_first = list_products(&db, &sorted(Sort::PriceHighToLow)).await.unwrap();
            assert_eq!(dear_first.items[0].slug, "groundnut-oil");
            let saving = list_products(&db, &sorted(Sort::BiggestSaving)).await.unwrap();
            assert_eq!(saving.items[0].slug, "soap-50-off", "52% off comes first");
            let recommended = list_products(&db, &sorted(Sort::Recommended)).await.unwrap();
            assert!(["mango-pickle", "groundnut-oil"].contains(&recommended.items[0].slug.as_str()), "featured first");
        })
        .await;
    }

    #[tokio::test]
    async fn pages_split_the_listing_and_count_the_whole() {
        each_engine(|db| async move {
            catalogue(&db).await;
            // 30 more live products, so the listing has two pages.
            let mut tx = db.pool.begin().await.unwrap();
            let (group_id, category_id): (i64, i64) =
                sqlx::query_as("SELECT group_id, category_id FROM products WHERE slug = 'jute-bag'")
                    .fetch_one(&mut *tx)
                    .await
                    .unwrap();
            for i in 0..30 {
                let product = NewProduct {
                    group_id,
                    category_id,
                    slug: format!("bag-{i}"),
                    title: Text::new(format!("थैला {i}"), format!("Bag {i}")),
                    description: Text::default(),
                    unit: Text::new("1", "1"),
                    price: Money::from_rupees(100 + i),
                    market_price: Money::from_rupees(200),
                    hsn: Hsn::parse("4202").unwrap(),
                    gst_rate: GstRate::parse("5").unwrap(),
                    weight_grams: 100,
                    min_order_qty: 1,
                    status: ListingStatus::Live,
                    featured: false,
                };
                insert_product(&mut tx, &product).await.unwrap();
            }
            tx.commit().await.unwrap();
            let first = list_products(&db, &ListingQuery { sort: Sort::PriceLowToHigh, ..query() }).await.unwrap();
            let second =
                list_products(&db, &ListingQuery { sort: Sort::PriceLowToHigh, page: 2, ..query() }).await.unwrap();
            assert_eq!(first.total, 35);
            assert_eq!(first.page_count(), 2);
            assert_eq!(first.items.len(), PAGE_SIZE as usize);
            assert_eq!(second.items.len(), 35 - PAGE_SIZE as usize);
            let overlap = first.items.iter().filter(|a| second.items.iter().any(|b| b.id == a.id)).count();
            assert_eq!(overlap, 0, "no product on two pages");
            let past_end = list_products(&db, &ListingQuery { page: 3, ..query() }).await.unwrap();
            assert!(past_end.items.is_empty());
            assert_eq!(past_end.total, 35);
        })
        .await;
    }

    #[tokio::test]
    async fn past_the_count_cap_the_listing_says_more_and_still_pages_in_order() {
        each_engine(|db| async move {
            catalogue(&db).await;
            crate::testing::bulk_products(&db, COUNT_CAP as usize + 100).await;
            let first = list_products(&db, &ListingQuery { sort: Sort::PriceLowToHigh, ..query() }).await.unwrap();
            assert_eq!(first.total, COUNT_CAP);
            assert!(first.more, "more than the cap");
            assert_eq!(first.page_count(), MAX_PAGE);
            let second =
                list_products(&db, &ListingQuery { sort: Sort::PriceLowToHigh, page: 2, ..query() }).await.unwrap();
            let prices: Vec<Money> = first.items.iter().chain(&second.items).map(|p| p.price).collect();
            assert_eq!(prices.len(), 2 * PAGE_SIZE as usize);
            assert!(prices.windows(2).all(|w| w[0] <= w[1]), "in order across pages: {prices:?}");
            // A narrow filter under the cap is counted exactly.
            let group =
                list_products(&db, &ListingQuery { group: Some("maa-durga-khorpa".into()), ..query() }).await.unwrap();
            assert!(!group.more);
            assert!(group.total < COUNT_CAP && group.total > 2);
        })
        .await;
    }

    #[tokio::test]
    async fn a_product_page_has_photos_in_order_tiers_stock_and_its_group() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let detail = live_product_by_slug(&db, "mango-pickle").await.unwrap().unwrap();
            assert_eq!(
                detail.photos.iter().map(|p| p.key.as_str()).collect::<Vec<_>>(),
                vec!["mango-1.svg", "mango-2.svg"]
            );
            assert_eq!(
                detail.tiers,
                vec![
                    PriceTier { min_qty: 12, unit_price: Money::from_rupees(130) },
                    PriceTier { min_qty: 48, unit_price: Money::from_rupees(118) },
                ]
            );
            assert_eq!(detail.on_hand, 10);
            assert_eq!(detail.gst_rate.map(GstRate::basis_points), Some(500));
            assert_eq!(detail.category.slug, "pickles");
            assert_eq!(detail.category.parent.as_ref().map(|(slug, _)| slug.as_str()), Some("food"));
            assert_eq!(detail.group.slug, "maa-durga-khorpa");
            assert_eq!(detail.group.place.village.en, "Khorpa");
            assert_eq!(detail.group.place.block.en, "Abhanpur");
            assert_eq!(detail.group.place.state_slug, "chhattisgarh");
        })
        .await;
    }

    #[tokio::test]
    async fn drafts_and_unknown_slugs_have_no_product_page() {
        each_engine(|db| async move {
            catalogue(&db).await;
            assert!(live_product_by_slug(&db, "amla-candy").await.unwrap().is_none(), "draft");
            assert!(live_product_by_slug(&db, "no-such-thing").await.unwrap().is_none());
        })
        .await;
    }

    #[tokio::test]
    async fn category_trees_and_places_count_live_products() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let trees = category_trees(&db).await.unwrap();
            let names: Vec<&str> = trees.iter().map(|t| t.category.slug.as_str()).collect();
            assert_eq!(names, vec!["food", "crafts"]);
            assert_eq!(trees[0].category.live_products, 3, "children's products count for the parent; drafts do not");
            assert_eq!(trees[0].children.iter().map(|c| c.live_products).collect::<Vec<_>>(), vec![2, 1]);
            assert_eq!(trees[1].category.live_products, 2);
            let places = places(&db).await.unwrap();
            assert_eq!(places.len(), 2);
            assert_eq!(places[0].slug, "chhattisgarh");
            assert_eq!(places[0].districts[0].live_products, 2);
            assert_eq!(places[1].districts[0].slug, "gwalior");
            assert_eq!(places[1].districts[0].live_products, 3);
            let crumb = category_by_slug(&db, "oils").await.unwrap().unwrap();
            assert_eq!(crumb.parent.unwrap().0, "food");
            assert!(category_by_slug(&db, "missing").await.unwrap().is_none());
        })
        .await;
    }

    #[tokio::test]
    async fn featured_products_are_live_ones_only() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let mut found: Vec<String> = featured(&db, 8).await.unwrap().into_iter().map(|p| p.slug).collect();
            found.sort();
            assert_eq!(found, vec!["groundnut-oil", "mango-pickle"]);
        })
        .await;
    }

    #[tokio::test]
    async fn stock_cannot_be_set_below_zero() {
        each_engine(|db| async move {
            let fixture = catalogue(&db).await;
            let location: i64 = sqlx::query_scalar("SELECT id FROM stock_locations WHERE group_id = $1")
                .bind(fixture.raipur_group)
                .fetch_one(&db.pool)
                .await
                .unwrap();
            let mut conn = db.pool.acquire().await.unwrap();
            assert!(crate::inventory::count(&mut conn, location, fixture.mango_pickle, -1).await.is_err());
            crate::inventory::count(&mut conn, location, fixture.mango_pickle, 7).await.unwrap();
            drop(conn);
            let detail = live_product_by_slug(&db, "mango-pickle").await.unwrap().unwrap();
            assert_eq!(detail.on_hand, 7, "setting again replaces, not adds");
        })
        .await;
    }

    /// Every (table, column, type family) in the schema. Each engine's own
    /// search index is left out: SQLite's FTS5 table (and its shadow
    /// tables), PostgreSQL's stored vectors.
    async fn schema(db: &Db) -> Vec<(String, String, String)> {
        let rows: Vec<(String, String, String)> = match db.engine {
            crate::db::Engine::Sqlite => sqlx::query_as(
                "SELECT m.name, p.name, UPPER(p.type) FROM sqlite_master m, pragma_table_info(m.name) p \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '\\_sqlx%' ESCAPE '\\' \
                 AND m.name NOT LIKE 'product\\_search%' ESCAPE '\\'",
            )
            .fetch_all(&db.pool)
            .await
            .unwrap(),
            crate::db::Engine::Postgres => sqlx::query_as(
                "SELECT table_name::text, column_name::text, UPPER(data_type::text) FROM information_schema.columns \
                 WHERE table_schema = 'public' AND table_name NOT LIKE '\\_sqlx%' \
                 AND NOT (table_name = 'products' AND column_name IN ('search_vector', 'search_title_vector'))",
            )
            .fetch_all(&db.pool)
            .await
            .unwrap(),
        };
        let mut normalised: Vec<(String, String, String)> = rows
            .into_iter()
            .map(|(table, column, ty)| {
                let family = match ty.as_str() {
                    "INTEGER" | "BIGINT" => "INTEGER",
                    "TEXT" => "TEXT",
                    other => other,
                };
                (table, column, family.to_string())
            })
            .collect();
        normalised.sort();
        normalised
    }

    #[tokio::test]
    async fn both_engines_have_the_same_schema() {
        let sqlite = TestDb::sqlite().await;
        let postgres = TestDb::postgres().await;
        let (a, b) = (schema(&sqlite.db).await, schema(&postgres.db).await);
        assert!(a.len() > 50, "read the schema: {a:?}");
        assert_eq!(a, b);
        // Migrating again is a no-op.
        sqlite.db.migrate().await.unwrap();
        postgres.db.migrate().await.unwrap();
        sqlite.remove().await;
        postgres.remove().await;
    }
}
