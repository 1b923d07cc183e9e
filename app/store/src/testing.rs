//! A small, fully known catalogue for store tests: two states, two groups,
//! a few products with every interesting property (tiers, no stock, draft,
//! a title with `%` in it). Each test gets it on a fresh database.

// Test fixtures: a failed setup should stop the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::accounts::store::NewUser;
use crate::accounts::types::{Role, Scope};
use crate::catalog::tax::{GstRate, Hsn};
use crate::catalog::tiers::PriceTier;
use crate::catalog::types::ListingStatus;
use crate::catalog::write::{self as catalog, NewCategory, NewProduct};
use crate::db::Db;
use crate::groups::gstin::{with_check_character, Gstin};
use crate::groups::phone::{Phone, Pincode};
use crate::groups::store::{self as groups, NewGroup};
use crate::groups::upi::Vpa;
use crate::i18n::Text;
use crate::media::Photo;
use crate::money::Money;

/// Ids of what [`catalogue`] created.
#[derive(Clone, Debug)]
pub struct Fixture {
    pub raipur_group: i64,
    pub gwalior_group: i64,
    pub mango_pickle: i64,
    pub lemon_pickle: i64,
    pub groundnut_oil: i64,
    pub jute_bag: i64,
    pub draft_candy: i64,
    pub discount_soap: i64,
}

fn photo(key: &str) -> Photo {
    Photo::single(key, 800, 800)
}

/// Creates the fixture catalogue in one transaction.
pub async fn catalogue(db: &Db) -> Fixture {
    let mut tx = db.pool.begin().await.expect("begin");
    let cg =
        groups::upsert_state(&mut tx, "CG", "22", "chhattisgarh", &Text::new("छत्तीसगढ़", "Chhattisgarh")).await.unwrap();
    let mp = groups::upsert_state(&mut tx, "MP", "23", "madhya-pradesh", &Text::new("मध्य प्रदेश", "Madhya Pradesh"))
        .await
        .unwrap();
    let raipur = groups::insert_district(&mut tx, cg, "raipur", &Text::new("रायपुर", "Raipur")).await.unwrap();
    let gwalior = groups::insert_district(&mut tx, mp, "gwalior", &Text::new("ग्वालियर", "Gwalior")).await.unwrap();
    let abhanpur = groups::insert_block(&mut tx, raipur, &Text::new("अभनपुर", "Abhanpur")).await.unwrap();
    let morar = groups::insert_block(&mut tx, gwalior, &Text::new("मुरार", "Morar")).await.unwrap();
    let khorpa =
        groups::insert_village(&mut tx, abhanpur, &Text::new("खोरपा", "Khorpa"), &Pincode::parse("493661").unwrap())
            .await
            .unwrap();
    let tighra =
        groups::insert_village(&mut tx, morar, &Text::new("तिघरा", "Tighra"), &Pincode::parse("474011").unwrap())
            .await
            .unwrap();

    let group = |slug: &str, village_id: i64, name: Text, gstin: Option<&str>| NewGroup {
        slug: slug.to_string(),
        nrlm_code: format!("TEST/{slug}"),
        name,
        village_id,
        members: 12,
        founded_year: 2016,
        story: Text::new("कहानी", "Story"),
        photo: Some(Photo::single(format!("{slug}.svg"), 800, 600)),
        phone: Phone::parse("9826012345").unwrap(),
        upi_vpa: Some(Vpa::parse("test.group@sbi").unwrap()),
        gstin: gstin.map(|g| Gstin::parse(&with_check_character(g)).unwrap()),
    };
    let (raipur_group, raipur_store) = groups::insert_group(
        &mut tx,
        &group("maa-durga-khorpa", khorpa, Text::new("माँ दुर्गा समूह", "Maa Durga Samooh"), Some("22AAEAM4821K1Z")),
    )
    .await
    .unwrap();
    let (gwalior_group, gwalior_store) =
        groups::insert_group(&mut tx, &group("ekta-tighra", tighra, Text::new("एकता समूह", "Ekta Samooh"), None))
            .await
            .unwrap();

    let category = |slug: &str, parent_id: Option<i64>, name: Text, position: i64| NewCategory {
        parent_id,
        slug: slug.to_string(),
        name,
        position,
        hsn_hint: None,
        image_key: None,
    };
    let food = catalog::insert_category(&mut tx, &category("food", None, Text::new("खाद्य", "Food"), 0)).await.unwrap();
    let pickles = catalog::insert_category(&mut tx, &category("pickles", Some(food), Text::new("अचार", "Pickles"), 1))
        .await
        .unwrap();
    let oils =
        catalog::insert_category(&mut tx, &category("oils", Some(food), Text::new("तेल", "Oils"), 2)).await.unwrap();
    let crafts =
        catalog::insert_category(&mut tx, &category("crafts", None, Text::new("शिल्प", "Crafts"), 3)).await.unwrap();
    let bags =
        catalog::insert_category(&mut tx, &category("bags", Some(crafts), Text::new("थैले", "Bags"), 4)).await.unwrap();

    let product =
        |group_id, category_id, slug: &str, title: Text, price: i64, market: i64, status, featured| NewProduct {
            group_id,
            category_id,
            slug: slug.to_string(),
            title,
            description: Text::new("विवरण", "Description"),
            unit: Text::new("500 ग्राम", "500 g"),
            price: Money::from_rupees(price),
            market_price: Money::from_rupees(market),
            hsn: Hsn::parse("2001").unwrap(),
            gst_rate: GstRate::parse("5").unwrap(),
            weight_grams: 600,
            min_order_qty: 1,
            status,
            featured,
        };
    let live = ListingStatus::Live;
    let mango_pickle = catalog::insert_product(
        &mut tx,
        &product(raipur_group, pickles, "mango-pickle", Text::new("आम का अचार", "Mango pickle"), 140, 190, live, true),
    )
    .await
    .unwrap();
    let lemon_pickle = catalog::insert_product(
        &mut tx,
        &product(
            raipur_group,
            pickles,
            "lemon-pickle",
            Text::new("नींबू का अचार", "Lemon pickle"),
            120,
            160,
            live,
            false,
        ),
    )
    .await
    .unwrap();
    let groundnut_oil = catalog::insert_product(
        &mut tx,
        &product(gwalior_group, oils, "groundnut-oil", Text::new("मूँगफली तेल", "Groundnut oil"), 230, 290, live, true),
    )
    .await
    .unwrap();
    let jute_bag = catalog::insert_product(
        &mut tx,
        &product(gwalior_group, bags, "jute-bag", Text::new("जूट का थैला", "Jute bag"), 120, 180, live, false),
    )
    .await
    .unwrap();
    let draft_candy = catalog::insert_product(
        &mut tx,
        &product(
            raipur_group,
            pickles,
            "amla-candy",
            Text::new("आंवला कैंडी", "Amla candy"),
            90,
            130,
            ListingStatus::Draft,
            true,
        ),
    )
    .await
    .unwrap();
    // Paise, a literal "%" in the title, and a large saving (52.35%).
    let mut soap =
        product(gwalior_group, bags, "soap-50-off", Text::new("साबुन", "Soap 50% off_pack"), 1, 2, live, false);
    soap.price = Money::from_paise(99_95);
    soap.market_price = Money::from_paise(209_70);
    let discount_soap = catalog::insert_product(&mut tx, &soap).await.unwrap();

    catalog::add_photo(&mut tx, mango_pickle, 1, &photo("mango-2.svg")).await.unwrap();
    catalog::add_photo(&mut tx, mango_pickle, 0, &photo("mango-1.svg")).await.unwrap();
    catalog::add_photo(&mut tx, groundnut_oil, 0, &photo("oil-1.svg")).await.unwrap();
    let tiers = [
        PriceTier { min_qty: 48, unit_price: Money::from_rupees(118) },
        PriceTier { min_qty: 12, unit_price: Money::from_rupees(130) },
    ];
    catalog::replace_tiers(&mut tx, mango_pickle, &tiers).await.unwrap();
    crate::inventory::count(&mut tx, raipur_store, mango_pickle, 10).await.unwrap();
    crate::inventory::count(&mut tx, raipur_store, lemon_pickle, 0).await.unwrap();
    crate::inventory::count(&mut tx, gwalior_store, groundnut_oil, 5).await.unwrap();
    crate::inventory::count(&mut tx, gwalior_store, jute_bag, 40).await.unwrap();
    crate::inventory::count(&mut tx, gwalior_store, discount_soap, 3).await.unwrap();
    tx.commit().await.unwrap();

    Fixture {
        raipur_group,
        gwalior_group,
        mango_pickle,
        lemon_pickle,
        groundnut_oil,
        jute_bag,
        draft_candy,
        discount_soap,
    }
}

/// Adds `count` live products (each with a cover photo and stock) spread
/// over the existing groups and subcategories, in batches of 500 rows: for
/// tests and benchmarks that need a large catalogue.
pub async fn bulk_products(db: &Db, count: usize) {
    bulk_products_unindexed(db, count).await;
    crate::search::index_what_is_missing(db).await.unwrap();
    analyze(db).await;
}

/// [`bulk_products`] without the search index (a benchmark times that
/// apart: `search::index_what_is_missing`).
pub async fn bulk_products_unindexed(db: &Db, count: usize) {
    let groups: Vec<(i64, i64)> =
        sqlx::query_as("SELECT g.id, l.id FROM shg_groups g JOIN stock_locations l ON l.group_id = g.id")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    let categories: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM categories WHERE parent_id IS NOT NULL").fetch_all(&db.pool).await.unwrap();
    let words = ["pickle", "saree", "honey", "atta", "bag", "soap", "shawl", "oil", "masala", "basket"];
    let first_id: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM products").fetch_one(&db.pool).await.unwrap();
    let batch = 500;
    let mut done = 0;
    while done < count {
        let n = batch.min(count - done);
        let mut tx = db.pool.begin().await.unwrap();
        let mut products = String::from(
            "INSERT INTO products (id, group_id, category_id, slug, title_en, title_hi, description_en, description_hi, \
             unit_en, unit_hi, price_paise, market_price_paise, hsn, gst_rate_bp, weight_grams, min_order_qty, status, \
             featured, created_at, updated_at) VALUES ",
        );
        let mut photos =
            String::from("INSERT INTO product_photos (product_id, position, media_key, width, height) VALUES ");
        let mut stock = String::from("INSERT INTO stock (location_id, product_id, on_hand) VALUES ");
        for i in 0..n {
            let k = done + i;
            let id = first_id + k as i64;
            let (group, location) = groups[k % groups.len()];
            let category = categories[(k / 7) % categories.len()];
            let price = 2_000 + (k as i64 * 7919) % 500_000;
            let word = words[k % words.len()];
            let sep = if i == 0 { "" } else { "," };
            products.push_str(&format!(
                "{sep}({id}, {group}, {category}, 'bench-{k}', 'Bench {word} {k}', 'बेंच {k}', '', '', '1', '1', {price}, {}, '2001', 500, 500, 1, 'live', {}, {}, {})",
                price + price / 4,
                i64::from(k % 97 == 0),
                k,
                k
            ));
            photos.push_str(&format!("{sep}({id}, 0, 'bench.svg', 800, 800)"));
            stock.push_str(&format!("{sep}({location}, {id}, {})", k % 13));
        }
        for sql in [products, photos, stock] {
            sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut *tx).await.unwrap();
        }
        tx.commit().await.unwrap();
        done += n;
    }
    if db.engine == crate::db::Engine::Postgres {
        // Keep identity columns ahead of the ids used above.
        sqlx::query("SELECT setval(pg_get_serial_sequence('products', 'id'), (SELECT MAX(id) FROM products))")
            .execute(&db.pool)
            .await
            .unwrap();
    }
}

/// Keeps the planner informed after a bulk load.
pub async fn analyze(db: &Db) {
    sqlx::query("ANALYZE").execute(&db.pool).await.unwrap();
}

/// After bulk updates, what autovacuum does on a live PostgreSQL within a
/// minute: clears the dead copy an UPDATE leaves of every row (a benchmark
/// that updates 50,000 rows would otherwise read twice the pages), then
/// informs the planner. SQLite updates in place: there, only the latter.
pub async fn settle(db: &Db) {
    let sql = match db.engine {
        crate::db::Engine::Sqlite => "ANALYZE",
        crate::db::Engine::Postgres => "VACUUM ANALYZE",
    };
    sqlx::query(sql).execute(&db.pool).await.unwrap();
}

/// A person of any role for store tests, with the scope the role needs
/// (a group for a seller, a district or block for a district official…),
/// made the way accounts are made (`create_user` checks role and scope go
/// together). Returns the user id.
pub async fn person(db: &Db, phone: &str, role: Role, scope: Scope) -> i64 {
    let mut new = NewUser { phone: phone.into(), name: format!("{role:?}"), role: Some(role), ..Default::default() };
    match scope {
        Scope::Own | Scope::Trader { .. } => {}
        Scope::Group { group_id, leader } => (new.group_id, new.group_leader) = (Some(group_id), leader),
        Scope::Office { office_id, .. } => new.office_id = Some(office_id),
        Scope::District { district_id, block_id } => (new.district_id, new.block_id) = (Some(district_id), block_id),
        Scope::State { state_id } => new.state_id = Some(state_id),
        Scope::Outlet { outlet_id } => new.outlet_id = Some(outlet_id),
    }
    let mut conn = db.pool.acquire().await.expect("a connection");
    crate::accounts::store::create_user(&mut conn, &new).await.expect("create the person")
}

/// A shopper to buy in store tests.
pub async fn shopper(db: &Db, phone: &str) -> i64 {
    person(db, phone, Role::Shopper, Scope::Own).await
}

/// A seller (the leader) of a group.
pub async fn seller(db: &Db, phone: &str, group_id: i64) -> i64 {
    person(db, phone, Role::Seller, Scope::Group { group_id, leader: true }).await
}

/// A district official over the district of `group_id`.
pub async fn official_over(db: &Db, phone: &str, group_id: i64) -> i64 {
    let district_id: i64 = sqlx::query_scalar("SELECT district_id FROM shg_groups WHERE id = $1")
        .bind(group_id)
        .fetch_one(&db.pool)
        .await
        .expect("the group's district");
    person(db, phone, Role::DistrictOfficial, Scope::District { district_id, block_id: None }).await
}

/// Places one order for `qty` of `product` from its group, picked up or by
/// courier, delivered in the state with `state_slug`.
#[allow(clippy::too_many_arguments)]
pub async fn order_of(
    db: &Db,
    buyer: i64,
    key: &str,
    product: i64,
    qty: i64,
    state_slug: &str,
    payment: crate::orders::types::PaymentMethod,
    delivery: crate::orders::delivery::DeliveryMethod,
) -> crate::orders::types::PlacedOrder {
    let checkout = checkout_of(db, buyer, key, product, qty, state_slug, payment, delivery).await;
    place(db, &checkout).await.expect("place the order").remove(0)
}

/// The checkout [`order_of`] places (a shopper's: `trade` is false).
#[allow(clippy::too_many_arguments)]
pub async fn checkout_of(
    db: &Db,
    buyer: i64,
    key: &str,
    product: i64,
    qty: i64,
    state_slug: &str,
    payment: crate::orders::types::PaymentMethod,
    delivery: crate::orders::delivery::DeliveryMethod,
) -> crate::orders::checkout::Checkout {
    let state_id: i64 =
        sqlx::query_scalar("SELECT id FROM states WHERE slug = $1").bind(state_slug).fetch_one(&db.pool).await.unwrap();
    let group: i64 = sqlx::query_scalar("SELECT group_id FROM products WHERE id = $1")
        .bind(product)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    crate::orders::checkout::Checkout {
        buyer_id: buyer,
        idempotency_key: key.into(),
        ship_to: crate::orders::types::ShipTo {
            name: "Sunita Verma".into(),
            phone: "9000000001".into(),
            line1: "House 4, Station Road".into(),
            line2: String::new(),
            city: "City".into(),
            district: "District".into(),
            state_id,
            pincode: if state_slug == "chhattisgarh" { "492001".into() } else { "462001".into() },
        },
        items: vec![(product, qty)],
        choices: std::collections::HashMap::from([(group, crate::orders::choice::GroupChoice { delivery, payment })]),
        made: Default::default(),
        po_number: None,
        entered_by: None,
        agreed: std::collections::HashMap::new(),
        channel: crate::orders::types::OrderChannel::Retail,
    }
}

/// Places a checkout in its own transaction, as the checkout server
/// function does.
pub async fn place(
    db: &Db,
    checkout: &crate::orders::checkout::Checkout,
) -> Result<Vec<crate::orders::types::PlacedOrder>, crate::error::AppError> {
    let mut tx = db.begin().await?;
    let placed = crate::orders::checkout::place(&mut tx, checkout).await?;
    tx.commit().await?;
    Ok(placed.orders)
}
