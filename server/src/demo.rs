//! The demo catalogue: sixteen groups in seven districts of three states and
//! the sixty-odd products they make, with generated photos. Loaded by
//! `haat seed --demo`, and on the first run of a default (SQLite) install.
//!
//! Every value goes through the same parsers a seller's input will (`Money`,
//! `Hsn`, `GstRate`, `Gstin`, `Phone`, `Vpa`, tier validation), so the demo
//! cannot hold data the application would refuse.

mod art;
mod catalog;
mod groups;
pub mod people;
mod places;

use anyhow::{anyhow, Context};
use app::catalog::tax::{GstRate, Hsn};
use app::catalog::tiers::{validate_tiers, PriceTier};
use app::catalog::types::ListingStatus;
use app::catalog::write::{self as catalog_store, NewCategory, NewProduct};
use app::db::Db;
use app::groups::gstin::{with_check_character, Gstin};
use app::groups::phone::{Phone, Pincode};
use app::groups::store::{self as group_store, NewGroup};
use app::groups::upi::Vpa;
use app::i18n::Text;
use app::media::ssr::MediaStore;
use app::media::Photo;
use app::money::Money;
use std::collections::HashMap;
use std::fmt;

/// What a seed run loaded.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub states: usize,
    pub districts: usize,
    pub groups: usize,
    pub categories: usize,
    pub products: usize,
    pub photos: usize,
    pub logins: usize,
    pub indents: usize,
}

impl fmt::Display for SeedReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} states, {} districts, {} groups, {} categories, {} products, {} photos, {} demo logins, {} indents",
            self.states,
            self.districts,
            self.groups,
            self.categories,
            self.products,
            self.photos,
            self.logins,
            self.indents
        )
    }
}

/// Whether the catalogue is empty (no groups and no categories yet).
pub async fn is_empty(db: &Db) -> anyhow::Result<bool> {
    let (groups, categories): (i64, i64) =
        sqlx::query_as("SELECT (SELECT COUNT(*) FROM shg_groups), (SELECT COUNT(*) FROM categories)")
            .fetch_one(&db.pool)
            .await?;
    Ok(groups == 0 && categories == 0)
}

/// Stores an SVG drawing and returns it as a photo.
async fn store_svg(media: &dyn MediaStore, svg: String, width: u32, height: u32) -> anyhow::Result<Photo> {
    let key = media.put(svg.as_bytes(), "svg").await.context("storing a demo illustration")?;
    Ok(Photo::single(key, width, height))
}

fn text_error(what: &str, message: Text) -> anyhow::Error {
    anyhow!("demo data: {what}: {}", message.en)
}

/// Loads the demo catalogue into an empty database, in one transaction:
/// either all of it lands or none of it does.
/// Demo groups that answer calls for orders: (group, from, to o'clock).
const CALL_HOURS: [(&str, u8, u8); 4] = [
    ("pragati-shg-sankra", 9, 17),
    ("ujala-shg-khapri", 10, 18),
    ("narmada-shg-jalkoti", 10, 17),
    ("shakti-shg-bilaua", 10, 19),
];

/// Ekta makes file folders to order for offices and traders: it asks a
/// quarter in advance, the rest before the goods leave.
const ADVANCE_TERMS: [(&str, u8, app::orders::advance::BalanceDue); 1] =
    [("ekta-shg-tighra", 25, app::orders::advance::BalanceDue::BeforeDispatch)];

pub async fn seed(db: &Db, media: &dyn MediaStore) -> anyhow::Result<SeedReport> {
    anyhow::ensure!(is_empty(db).await?, "the database already has a catalogue; the demo loads only into an empty one");
    let mut report = SeedReport::default();
    let mut tx = db.begin().await?;

    // Geography.
    let mut state_ids = HashMap::new();
    for (slug, code, gst_code, en, hi) in places::STATES {
        let id = group_store::upsert_state(&mut tx, code, gst_code, slug, &Text::new(*hi, *en)).await?;
        state_ids.insert(*slug, id);
        report.states += 1;
    }
    let mut district_ids = HashMap::new();
    for (slug, state, en, hi) in places::DISTRICTS {
        let id = group_store::insert_district(&mut tx, state_ids[state], slug, &Text::new(*hi, *en)).await?;
        district_ids.insert(*slug, id);
        report.districts += 1;
    }
    let mut block_ids: HashMap<(&str, &str), i64> = HashMap::new();
    let mut village_ids = HashMap::new();
    for (key, district, block_en, block_hi, en, hi, pin) in places::VILLAGES {
        let block_id = match block_ids.get(&(*district, *block_en)) {
            Some(id) => *id,
            None => {
                let id = group_store::insert_block(&mut tx, district_ids[district], &Text::new(*block_hi, *block_en))
                    .await?;
                block_ids.insert((*district, *block_en), id);
                id
            }
        };
        let pincode = Pincode::parse(pin).map_err(|e| text_error(key, e))?;
        let id = group_store::insert_village(&mut tx, block_id, &Text::new(*hi, *en), &pincode).await?;
        village_ids.insert(*key, id);
    }

    // Groups, each with its own store as a stock location.
    let mut group_ids = HashMap::new();
    for g in groups::GROUPS {
        let photo = store_svg(media, art::group(g.slug, g.members as usize), 800, 600).await?;
        let gstin = match g.gstin14 {
            Some(first14) => Some(Gstin::parse(&with_check_character(first14)).map_err(|e| text_error(g.slug, e))?),
            None => None,
        };
        let group = NewGroup {
            slug: g.slug.to_string(),
            nrlm_code: g.nrlm_code.to_string(),
            name: Text::new(g.name_hi, g.name_en),
            village_id: village_ids[g.village],
            members: g.members,
            founded_year: g.founded,
            story: Text::new(g.story_hi, g.story_en),
            photo: Some(photo),
            phone: Phone::parse(g.phone).map_err(|e| text_error(g.slug, e))?,
            upi_vpa: Some(Vpa::parse(g.upi).map_err(|e| text_error(g.slug, e))?),
            gstin,
        };
        let (group_id, store_id) = group_store::insert_group(&mut tx, &group).await?;
        // Every demo group delivers at home inside its own postal sorting
        // district (the first three PIN digits) for ₹30, free from ₹500.
        sqlx::query(
            "UPDATE shg_groups SET local_pincodes = (SELECT substr(pincode, 1, 3) FROM villages WHERE id = $1), \
             local_fee_paise = 3000, local_free_from_paise = 50000 WHERE id = $2",
        )
        .bind(village_ids[g.village])
        .bind(group_id)
        .execute(&mut *tx)
        .await?;
        group_ids.insert(g.slug, (group_id, store_id));
        report.groups += 1;
    }
    // The groups traders buy from in bulk take orders by phone, in these hours.
    for (slug, from, to) in CALL_HOURS {
        let hours = app::groups::calls::CallHours { from, to };
        group_store::set_call_hours(&mut tx, group_ids[slug].0, Some(hours)).await?;
    }
    for (slug, percent, balance) in ADVANCE_TERMS {
        let terms = app::orders::advance::AdvanceTerms { percent, balance };
        app::orders::store::set_advance_terms(&mut tx, group_ids[slug].0, Some(terms)).await?;
    }

    // Categories: parents first (the list is in that order).
    let mut category_ids = HashMap::new();
    for (position, c) in catalog::CATEGORIES.iter().enumerate() {
        let image = store_svg(media, art::category(c.kind, &c.palette, c.slug), art::SIZE, art::SIZE).await?;
        let category = NewCategory {
            parent_id: c.parent.map(|p| category_ids[p]),
            slug: c.slug.to_string(),
            name: Text::new(c.hi, c.en),
            position: position as i64,
            hsn_hint: c.hsn.map(str::to_string),
            image_key: Some(image.key),
        };
        let id = catalog_store::insert_category(&mut tx, &category).await?;
        category_ids.insert(c.slug, id);
        report.categories += 1;
    }

    // Products, their photos, tiers and stock.
    for p in catalog::PRODUCTS {
        let (group_id, store_id) = *group_ids.get(p.group).ok_or_else(|| anyhow!("unknown group {}", p.group))?;
        let price = Money::parse_price(p.price).map_err(|e| text_error(p.slug, e.message()))?;
        let market_price = Money::parse_price(p.market).map_err(|e| text_error(p.slug, e.message()))?;
        anyhow::ensure!(price < market_price, "{}: the group's price must be below market price", p.slug);
        let tiers: Vec<PriceTier> = p
            .tiers
            .iter()
            .map(|(min_qty, rupees)| {
                Money::parse_price(rupees)
                    .map(|unit_price| PriceTier { min_qty: *min_qty, unit_price })
                    .map_err(|e| text_error(p.slug, e.message()))
            })
            .collect::<Result<_, _>>()?;
        let tiers = validate_tiers(price, p.min_order, &tiers).map_err(|e| text_error(p.slug, e))?;
        let product = NewProduct {
            group_id,
            category_id: *category_ids.get(p.category).ok_or_else(|| anyhow!("unknown category {}", p.category))?,
            slug: p.slug.to_string(),
            title: Text::new(p.hi, p.en),
            description: Text::new(p.desc_hi, p.desc_en),
            unit: Text::new(p.unit_hi, p.unit_en),
            price,
            market_price,
            hsn: Hsn::parse(p.hsn).map_err(|e| text_error(p.slug, e))?,
            gst_rate: GstRate::parse(p.gst).map_err(|e| text_error(p.slug, e))?,
            weight_grams: p.grams,
            min_order_qty: p.min_order,
            status: ListingStatus::Live,
            featured: p.featured,
        };
        let product_id = catalog_store::insert_product(&mut tx, &product).await?;
        sqlx::query("UPDATE products SET weekly_capacity = $1, capacity_days = $2, pack_size = $3 WHERE id = $4")
            .bind(p.capacity.0)
            .bind(p.capacity.1)
            .bind(p.pack)
            .bind(product_id)
            .execute(&mut *tx)
            .await?;
        let photos = [art::pack(p.kind, &p.palette, p.slug), art::detail(p.kind, &p.palette, p.slug)];
        for (position, svg) in photos.into_iter().enumerate() {
            let photo = store_svg(media, svg, art::SIZE, art::SIZE).await?;
            catalog_store::add_photo(&mut tx, product_id, position as i64, &photo).await?;
            report.photos += 1;
        }
        catalog_store::replace_tiers(&mut tx, product_id, &tiers).await?;
        app::inventory::count(&mut tx, store_id, product_id, p.stock).await?;
        report.products += 1;
    }

    report.logins = seed_people(&mut tx, &state_ids, &district_ids, &group_ids).await?;

    tx.commit().await?;
    report.indents = seed_indents(db).await?;
    Ok(report)
}

/// The Collectorate Raipur's indents at three stages (#16): a draft of
/// file folders, one of phenyl and sanitiser waiting for Rakesh's
/// sanction, and one of neem handwash he sent back with remarks. Written
/// through the same store functions the pages use, so each passes the
/// purchase rules as a real one would. (None is sanctioned: the demo starts
/// with no orders, which the tests of checkout count on.)
async fn seed_indents(db: &Db) -> anyhow::Result<usize> {
    use app::procurement::types::{IndentDraft, LineRequest};
    use app::procurement::{assess, store};
    let now = app::db::now_ms();
    let user = |phone: &'static str| async move {
        app::accounts::store::user_by_phone(db, phone)
            .await?
            .map(|u| u.id)
            .ok_or_else(|| anyhow!("no demo user {phone}"))
    };
    let (anita, rakesh, kavita) = (user("9000000007").await?, user("9000000013").await?, user("9000000014").await?);
    let office: i64 =
        sqlx::query_scalar("SELECT office_id FROM users WHERE id = $1").bind(anita).fetch_one(&db.pool).await?;
    let plans: [(&[(&str, i64)], u8); 3] = [
        (&[("file-folders-khapri", 50)], 0),
        (&[("white-phenyl-5l-reewa", 10), ("hand-sanitiser-reewa", 24)], 1),
        (&[("neem-handwash-reewa", 24)], 2),
    ];
    for (lines, stage) in plans {
        let mut requests = Vec::new();
        for (slug, qty) in lines {
            let product_id: i64 =
                sqlx::query_scalar("SELECT id FROM products WHERE slug = $1").bind(*slug).fetch_one(&db.pool).await?;
            requests.push(LineRequest { product_id, qty: *qty, consignee_id: kavita });
        }
        let draft = IndentDraft {
            lines: requests,
            needed_by: app::dates::day_of(now) + 21,
            budget_head: if stage == 0 { String::new() } else { "2053-00-094".to_string() },
            note: String::new(),
        };
        let mut conn = db.pool.acquire().await?;
        let id = store::create(&mut conn, office, anita, &draft, now).await.map_err(|e| anyhow!("indent: {e}"))?;
        if stage == 0 {
            continue;
        }
        let indent = store::indent(&mut conn, id).await?.ok_or_else(|| anyhow!("indent {id} vanished"))?;
        drop(conn);
        let assessment = assess::assess(db, &indent, now).await.map_err(|e| anyhow!("assess: {e}"))?;
        let mut tx = db.begin().await?;
        store::submit(&mut tx, id, anita, assessment.estimate.total, now).await.map_err(|e| anyhow!("submit: {e}"))?;
        if stage == 2 {
            let remarks = "Quote the quantity per office floor, and the budget head for sanitation (2215-01-800).";
            store::send_back(&mut tx, id, rakesh, remarks, now).await.map_err(|e| anyhow!("send back: {e}"))?;
        }
        tx.commit().await?;
    }
    Ok(plans.len())
}

/// One login of each kind (see `people.rs`), with the places they need.
async fn seed_people(
    tx: &mut sqlx::AnyConnection,
    state_ids: &HashMap<&str, i64>,
    district_ids: &HashMap<&str, i64>,
    group_ids: &HashMap<&str, (i64, i64)>,
) -> anyhow::Result<usize> {
    use app::accounts::people::register_trader;
    use app::accounts::store::{create_user, set_duties, NewUser};
    use app::accounts::types::{Department, Duty, Role};
    use people::Who;

    let now = app::db::now_ms();
    let mut outlets = HashMap::new();
    for (key, en, hi, district) in people::OUTLETS {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO outlets (name_en, name_hi, district_id, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(*en)
        .bind(*hi)
        .bind(district_ids[district])
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        outlets.insert(*key, id);
    }
    let mut offices = HashMap::new();
    for office in people::OFFICES {
        let department =
            Department::parse(office.department).ok_or_else(|| anyhow!("unknown department {}", office.department))?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO department_offices (name_en, name_hi, department, district_id, created_at, address_line, \
             city, pincode) VALUES ($1, $2, $3, $4, $5, $6, 'Raipur', $7) RETURNING id",
        )
        .bind(office.name_en)
        .bind(office.name_hi)
        .bind(department)
        .bind(district_ids[office.district])
        .bind(now)
        .bind(office.address)
        .bind(office.pincode)
        .fetch_one(&mut *tx)
        .await?;
        offices.insert(office.key, id);
    }
    let password_hash =
        app::accounts::password::ssr::hash(people::PASSWORD).map_err(|e| anyhow!("hashing the demo password: {e}"))?;
    for person in people::PEOPLE {
        let phone = Phone::parse(person.phone).map_err(|e| text_error(person.phone, e))?;
        let mut user = NewUser {
            phone: phone.as_str().to_string(),
            name: person.name.to_string(),
            password_hash: Some(password_hash.clone()),
            ..Default::default()
        };
        match &person.who {
            Who::Shopper | Who::Trader { .. } => user.role = Some(Role::Shopper),
            Who::Seller { group, leader } => {
                user.role = Some(Role::Seller);
                user.group_id = Some(group_ids[group].0);
                user.group_leader = *leader;
            }
            Who::Department { office, .. } => {
                user.role = Some(Role::Department);
                user.office_id = Some(offices[office]);
            }
            Who::DistrictOfficial { district, totp } => {
                user.role = Some(Role::DistrictOfficial);
                user.district_id = Some(district_ids[district]);
                user.totp_secret = Some(totp.to_string());
            }
            Who::StateOfficial { state, totp } => {
                user.role = Some(Role::StateOfficial);
                user.state_id = Some(state_ids[state]);
                user.totp_secret = Some(totp.to_string());
            }
            Who::OutletStaff { outlet } => {
                user.role = Some(Role::OutletStaff);
                user.outlet_id = Some(outlets[outlet]);
            }
        }
        let id = create_user(&mut *tx, &user).await?;
        match &person.who {
            Who::Trader { business, gstin14, district, verified } => {
                let gstin = Gstin::parse(&with_check_character(gstin14)).map_err(|e| text_error(person.phone, e))?;
                register_trader(&mut *tx, id, business, gstin.as_str(), district_ids[district]).await?;
                if *verified {
                    sqlx::query("UPDATE traders SET verified_at = $1 WHERE user_id = $2")
                        .bind(now)
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            Who::Department { duties, .. } => {
                let duties: Vec<Duty> = duties.iter().filter_map(|d| Duty::parse(d)).collect();
                set_duties(&mut *tx, id, &duties).await?;
                if let Some((_, rupees)) = people::APPROVAL_LIMITS.iter().find(|(phone, _)| *phone == person.phone) {
                    let limit = app::money::Money::from_rupees(*rupees);
                    app::procurement::offices::set_approval_limit(&mut *tx, id, limit, id, now).await?;
                }
            }
            _ => {}
        }
    }
    Ok(people::PEOPLE.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_demo_meets_the_brief() {
        assert!(groups::GROUPS.len() >= 12);
        assert!(catalog::PRODUCTS.len() >= 60);
        let districts: HashSet<&str> =
            places::VILLAGES.iter().filter(|v| groups::GROUPS.iter().any(|g| g.village == v.0)).map(|v| v.1).collect();
        assert!(districts.len() >= 4, "{districts:?}");
        assert!(places::STATES.len() >= 3);
    }

    #[test]
    fn slugs_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for slug in catalog::PRODUCTS.iter().map(|p| p.slug).chain(groups::GROUPS.iter().map(|g| g.slug)) {
            assert!(app::catalog::query::is_slug(slug), "{slug}");
            assert!(seen.insert(slug), "duplicate slug {slug}");
        }
    }
}
