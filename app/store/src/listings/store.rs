//! A listing's life in the database (server only): created, edited,
//! copied, sent for review, approved or sent back, paused and resumed,
//! its stock tapped or counted. Photos, the lists and drafts/CSV have
//! files of their own beside this.
//!
//! Every change that depends on what a listing was (its status, its stock)
//! is one conditional UPDATE, so two phones saving at once, or a seller and
//! an official acting at once, cannot both win: the loser changes nothing
//! and is told why.

use crate::accounts::places::PlaceRef;
use crate::catalog::tax::GstRate;
use crate::catalog::tiers::PriceTier;
use crate::catalog::types::ListingStatus;
use crate::catalog::write::{insert_product, replace_tiers, saving_basis_points, NewProduct};
use crate::db::{bind_args, now_ms, Db};
use crate::error::AppError;
use crate::i18n::Text;
use crate::inventory::{count as set_stock, tiers_of};
use crate::listings::errors;
use crate::listings::rules::{self, ListingInput, Reviewed};
use crate::listings::types::*;
use crate::media::Photo;
use crate::money::Money;
use crate::words::{EVENT_REJECTED, GROUP_STORE};
use const_format::concatcp;
use sqlx::AnyConnection;
use std::collections::HashMap;

/// The listing's group and that group's place, for access checks.
pub async fn listing_place(db: &Db, listing_id: i64) -> Result<Option<(i64, PlaceRef)>, sqlx::Error> {
    let row: Option<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT g.id, g.state_id, g.district_id, g.block_id FROM products p JOIN shg_groups g ON g.id = p.group_id \
         WHERE p.id = $1",
    )
    .bind(listing_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(group_id, state_id, district_id, block_id)| {
        (group_id, PlaceRef { state_id, district_id, block_id: Some(block_id) })
    }))
}

/// Categories a listing can go in: those without subcategories.
pub async fn category_choices(db: &Db) -> Result<Vec<CategoryChoice>, sqlx::Error> {
    let rows: Vec<(i64, String, String, Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT c.id, c.name_en, c.name_hi, p.name_en, p.name_hi, c.hsn_hint FROM categories c \
         LEFT JOIN categories p ON p.id = c.parent_id \
         WHERE NOT EXISTS (SELECT 1 FROM categories k WHERE k.parent_id = c.id) \
         ORDER BY p.position, c.position, c.id",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, en, hi, parent_en, parent_hi, hsn_hint)| CategoryChoice {
            id,
            name: Text::new(hi, en),
            parent: parent_en.map(|en| Text::new(parent_hi.unwrap_or_default(), en)),
            hsn_hint,
        })
        .collect())
}

/// A category's usual HSN heading: `None` when the category is unknown or
/// has subcategories (a listing goes in the most specific one).
pub async fn category_hint(db: &Db, category_id: i64) -> Result<Option<Option<String>>, sqlx::Error> {
    Ok(category_choices(db).await?.into_iter().find(|c| c.id == category_id).map(|c| c.hsn_hint))
}

/// The group's own store: where a group's stock is counted (created on first use).
pub(crate) async fn group_store(conn: &mut AnyConnection, group_id: i64) -> Result<i64, sqlx::Error> {
    let existing: Option<i64> = sqlx::query_scalar(concatcp!(
        "SELECT id FROM stock_locations WHERE group_id = $1 AND kind = ",
        GROUP_STORE,
        " ORDER BY id LIMIT 1"
    ))
    .bind(group_id)
    .fetch_optional(&mut *conn)
    .await?;
    match existing {
        Some(id) => Ok(id),
        None => {
            sqlx::query_scalar(concatcp!(
                "INSERT INTO stock_locations (group_id, kind, name_en, name_hi) VALUES ($1, ",
                GROUP_STORE,
                ", $2, $3) RETURNING id"
            ))
            .bind(group_id)
            .bind(crate::groups::text::A_GROUP_STORE.en)
            .bind(crate::groups::text::A_GROUP_STORE.hi)
            .fetch_one(conn)
            .await
        }
    }
}

pub(crate) async fn record(
    conn: &mut AnyConnection,
    listing_id: i64,
    actor: Option<i64>,
    kind: EventKind,
    reason: Option<RejectReason>,
    note: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO listing_events (product_id, actor_id, kind, reason, note, at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(listing_id)
    .bind(actor)
    .bind(kind.code())
    .bind(reason.map(|r| r.code()))
    .bind(note)
    .bind(now_ms())
    .execute(conn)
    .await?;
    Ok(())
}

/// Creates a draft listing with its tiers and stock; returns its id.
pub async fn create_listing(
    tx: &mut AnyConnection,
    group_id: i64,
    actor: i64,
    input: &ListingInput,
) -> Result<i64, sqlx::Error> {
    let category_slug: String = sqlx::query_scalar("SELECT slug FROM categories WHERE id = $1")
        .bind(input.category_id)
        .fetch_one(&mut *tx)
        .await?;
    let base = rules::slug_base(&input.title.en, &category_slug);
    // A unique placeholder until the id is known.
    let placeholder = format!("new-{}-{}-{}", group_id, now_ms(), actor);
    let product = NewProduct {
        group_id,
        category_id: input.category_id,
        slug: placeholder,
        title: input.title.clone(),
        description: input.description.clone(),
        unit: input.unit.clone(),
        price: input.price,
        market_price: input.market_price,
        hsn: input.hsn.clone(),
        gst_rate: input.gst_rate,
        weight_grams: input.weight_grams,
        min_order_qty: input.min_order_qty,
        status: ListingStatus::Draft,
        featured: false,
    };
    let id = insert_product(&mut *tx, &product).await?;
    let (length, width, height) = input.size_cm.map_or((None, None, None), |(l, w, h)| (Some(l), Some(w), Some(h)));
    sqlx::query(
        "UPDATE products SET slug = $1, low_stock_at = $2, length_cm = $3, width_cm = $4, height_cm = $5, \
         weekly_capacity = $7, capacity_days = $8, pack_size = $9 WHERE id = $6",
    )
    .bind(format!("{base}-{id}"))
    .bind(input.low_stock_at)
    .bind(length)
    .bind(width)
    .bind(height)
    .bind(id)
    .bind(input.weekly_capacity)
    .bind(input.capacity_days)
    .bind(input.pack_size)
    .execute(&mut *tx)
    .await?;
    replace_tiers(&mut *tx, id, &input.tiers).await?;
    let store = group_store(&mut *tx, group_id).await?;
    set_stock(&mut *tx, store, id, input.stock).await?;
    record(&mut *tx, id, Some(actor), EventKind::Created, None, "").await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
pub(crate) struct ListingRow {
    pub(crate) id: i64,
    pub(crate) group_id: i64,
    pub(crate) category_id: i64,
    pub(crate) slug: String,
    pub(crate) title_en: String,
    pub(crate) title_hi: String,
    pub(crate) description_en: String,
    pub(crate) description_hi: String,
    pub(crate) unit_en: String,
    pub(crate) unit_hi: String,
    pub(crate) price_paise: i64,
    pub(crate) market_price_paise: i64,
    pub(crate) hsn: String,
    pub(crate) gst_rate_bp: i64,
    pub(crate) weight_grams: i64,
    pub(crate) min_order_qty: i64,
    pub(crate) status: ListingStatus,
    pub(crate) low_stock_at: i64,
    pub(crate) approved_price_paise: Option<i64>,
    pub(crate) approved_market_price_paise: Option<i64>,
    pub(crate) updated_at: i64,
    pub(crate) length_cm: Option<i64>,
    pub(crate) width_cm: Option<i64>,
    pub(crate) height_cm: Option<i64>,
    pub(crate) weekly_capacity: i64,
    pub(crate) capacity_days: i64,
    pub(crate) pack_size: i64,
    pub(crate) on_hand: i64,
}

pub(crate) const LISTING_SELECT: &str = concat!(
    "SELECT p.id, p.group_id, p.category_id, p.slug, p.title_en, p.title_hi, \
    p.description_en, p.description_hi, p.unit_en, p.unit_hi, p.price_paise, p.market_price_paise, p.hsn, \
    p.gst_rate_bp, p.weight_grams, p.min_order_qty, p.status, p.low_stock_at, p.approved_price_paise, \
    p.approved_market_price_paise, p.updated_at, p.length_cm, p.width_cm, p.height_cm, p.weekly_capacity, \
    p.capacity_days, p.pack_size, ",
    crate::on_hand_of_p!(),
    " AS on_hand \
    FROM products p"
);

impl ListingRow {
    pub(crate) fn status(&self) -> ListingStatus {
        self.status
    }
    pub(crate) fn title(&self) -> Text {
        Text::new(&self.title_hi, &self.title_en)
    }
    pub(crate) fn description(&self) -> Text {
        Text::new(&self.description_hi, &self.description_en)
    }
    pub(crate) fn unit(&self) -> Text {
        Text::new(&self.unit_hi, &self.unit_en)
    }
}

pub(crate) async fn listing_row(conn: &mut AnyConnection, id: i64) -> Result<Option<ListingRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{LISTING_SELECT} WHERE p.id = $1"))).bind(id).fetch_optional(conn).await
}

/// Money as the seller would type it: "120" or "120.50".
pub(crate) fn typed(money: Money) -> String {
    money.rupees().normalize().to_string()
}

pub(crate) fn form_of(row: &ListingRow, tiers: &[PriceTier]) -> ListingForm {
    let tier = |i: usize| tiers.get(i).map(|t| (t.min_qty.to_string(), typed(t.unit_price))).unwrap_or_default();
    let ((tier1_qty, tier1_price), (tier2_qty, tier2_price), (tier3_qty, tier3_price)) = (tier(0), tier(1), tier(2));
    ListingForm {
        category_id: row.category_id.to_string(),
        title_hi: row.title_hi.clone(),
        title_en: row.title_en.clone(),
        description_hi: row.description_hi.clone(),
        description_en: row.description_en.clone(),
        unit_hi: row.unit_hi.clone(),
        unit_en: row.unit_en.clone(),
        price: typed(Money::from_paise(row.price_paise)),
        market_price: typed(Money::from_paise(row.market_price_paise)),
        hsn: row.hsn.clone(),
        gst_rate: GstRate::from_basis_points(row.gst_rate_bp)
            .map(|r| r.display().trim_end_matches('%').to_string())
            .unwrap_or_default(),
        weight_grams: row.weight_grams.to_string(),
        size_cm: rules::size_text(crate::orders::delivery::size_cm(row.length_cm, row.width_cm, row.height_cm)),
        min_order_qty: row.min_order_qty.to_string(),
        tier1_qty,
        tier1_price,
        tier2_qty,
        tier2_price,
        tier3_qty,
        tier3_price,
        stock: row.on_hand.to_string(),
        low_stock_at: row.low_stock_at.to_string(),
        weekly_capacity: row.weekly_capacity.to_string(),
        capacity_days: row.capacity_days.to_string(),
        pack_size: row.pack_size.to_string(),
    }
}

/// Photos of listings, in order, with their row ids.
pub(crate) async fn photos_of(db: &Db, listing_id: i64) -> Result<Vec<ListingPhoto>, sqlx::Error> {
    let rows: Vec<(i64, String, i64, i64, String)> = sqlx::query_as(
        "SELECT id, media_key, width, height, smaller FROM product_photos WHERE product_id = $1 ORDER BY position",
    )
    .bind(listing_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, key, w, h, smaller)| {
            Photo::from_columns(Some(key), Some(w), Some(h))
                .map(|p| ListingPhoto { id, photo: p.with_smaller(&smaller) })
        })
        .collect())
}

/// A listing's history, newest first, with who acted.
pub async fn history(db: &Db, listing_id: i64) -> Result<Vec<ListingEvent>, sqlx::Error> {
    let rows: Vec<(EventKind, Option<String>, Option<RejectReason>, String, i64)> = sqlx::query_as(
        "SELECT e.kind, u.name, e.reason, e.note, e.at FROM listing_events e LEFT JOIN users u ON u.id = e.actor_id \
         WHERE e.product_id = $1 ORDER BY e.at DESC, e.id DESC",
    )
    .bind(listing_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.into_iter().map(|(kind, actor, reason, note, at)| ListingEvent { kind, actor, reason, note, at }).collect())
}

/// The latest rejection of each of these listings that is rejected now.
pub(crate) async fn rejections(db: &Db, ids: &[i64]) -> Result<HashMap<i64, Rejection>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let mut args = crate::db::Args::default();
    let placeholders: Vec<String> = ids.iter().map(|id| args.add(crate::db::Arg::Int(*id))).collect();
    let sql = format!(
        "SELECT e.product_id, e.reason, e.note, e.at FROM listing_events e \
         WHERE e.kind = {EVENT_REJECTED} AND e.product_id IN ({}) ORDER BY e.at, e.id",
        placeholders.join(", ")
    );
    let rows: Vec<(i64, Option<RejectReason>, String, i64)> =
        bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql)), args).fetch_all(&db.pool).await?;
    // Later rows overwrite earlier ones: the last rejection wins.
    Ok(rows
        .into_iter()
        .map(|(id, reason, note, at)| {
            // A rejection always records its reason; a missing one reads as "other".
            let reason = reason.unwrap_or(RejectReason::Other);
            (id, Rejection { reason, note, at })
        })
        .collect())
}

/// The listing in the editor (for its own group's sellers).
pub async fn editable(db: &Db, listing_id: i64) -> Result<Option<EditableListing>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let Some(row) = listing_row(&mut conn, listing_id).await? else { return Ok(None) };
    let tiers = tiers_of(&mut conn, listing_id).await?;
    drop(conn);
    let status = row.status();
    let rejection =
        if status == ListingStatus::Rejected { rejections(db, &[listing_id]).await?.remove(&listing_id) } else { None };
    Ok(Some(EditableListing {
        id: row.id,
        slug: row.slug.clone(),
        status,
        title: row.title(),
        form: form_of(&row, &tiers),
        photos: photos_of(db, listing_id).await?,
        on_hand: row.on_hand,
        low_stock_at: row.low_stock_at,
        rejection,
        history: history(db, listing_id).await?,
    }))
}

/// Saves the seller's edit. Returns the listing's status afterwards (a
/// live listing may go back to review: [`rules::status_after_edit`]).
/// `Conflict` if the listing changed since `seen_at` on another phone.
pub async fn update_listing(
    tx: &mut AnyConnection,
    listing_id: i64,
    actor: i64,
    input: &ListingInput,
    kind: EventKind,
) -> Result<ListingStatus, AppError> {
    let row = listing_row(&mut *tx, listing_id).await?.ok_or(AppError::NotFound)?;
    let (title, description, unit) = (row.title(), row.description(), row.unit());
    let before = Reviewed {
        category_id: row.category_id,
        title: &title,
        description: &description,
        unit: &unit,
        hsn: &row.hsn,
        gst_rate_bp: u32::try_from(row.gst_rate_bp).unwrap_or(u32::MAX),
    };
    let approved = row
        .approved_price_paise
        .zip(row.approved_market_price_paise)
        .map(|(p, m)| (Money::from_paise(p), Money::from_paise(m)));
    let old_status = row.status();
    let status =
        rules::status_after_edit(old_status, &before, &input.reviewed(), approved, (input.price, input.market_price));
    // Stock before the listing's row: the lock order an order keeps (a
    // stock row, then, by trigger, its listing's total; migration 0013).
    let store = group_store(&mut *tx, row.group_id).await?;
    set_stock(&mut *tx, store, listing_id, input.stock).await?;
    let changed = sqlx::query(
        "UPDATE products SET category_id = $1, title_en = $2, title_hi = $3, description_en = $4, \
         description_hi = $5, unit_en = $6, unit_hi = $7, price_paise = $8, market_price_paise = $9, hsn = $10, \
         gst_rate_bp = $11, weight_grams = $12, min_order_qty = $13, low_stock_at = $14, saving_bp = $15, \
         status = $16, updated_at = $17, length_cm = $21, width_cm = $22, height_cm = $23, \
         weekly_capacity = $24, capacity_days = $25, pack_size = $26 \
         WHERE id = $18 AND updated_at = $19 AND status = $20",
    )
    .bind(input.category_id)
    .bind(&input.title.en)
    .bind(&input.title.hi)
    .bind(&input.description.en)
    .bind(&input.description.hi)
    .bind(&input.unit.en)
    .bind(&input.unit.hi)
    .bind(input.price.to_paise())
    .bind(input.market_price.to_paise())
    .bind(input.hsn.as_str())
    .bind(i64::from(input.gst_rate.basis_points()))
    .bind(input.weight_grams)
    .bind(input.min_order_qty)
    .bind(input.low_stock_at)
    .bind(saving_basis_points(input.price, input.market_price))
    .bind(status)
    .bind(now_ms().max(row.updated_at + 1))
    .bind(listing_id)
    .bind(row.updated_at)
    .bind(old_status)
    .bind(input.size_cm.map(|s| s.0))
    .bind(input.size_cm.map(|s| s.1))
    .bind(input.size_cm.map(|s| s.2))
    .bind(input.weekly_capacity)
    .bind(input.capacity_days)
    .bind(input.pack_size)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(errors::changed_meanwhile());
    }
    // Title or category may have changed: the search keys follow at once.
    crate::search::index_product(&mut *tx, listing_id).await?;
    replace_tiers(&mut *tx, listing_id, &input.tiers).await?;
    let kind = if status != old_status { EventKind::BackToReview } else { kind };
    record(&mut *tx, listing_id, Some(actor), kind, None, "").await?;
    Ok(status)
}

/// Copies a listing as a new draft (a variant: another size, another
/// flavour), photos included; returns the new id.
pub async fn duplicate(tx: &mut AnyConnection, listing_id: i64, actor: i64) -> Result<i64, AppError> {
    let row = listing_row(&mut *tx, listing_id).await?.ok_or(AppError::NotFound)?;
    let tiers = tiers_of(&mut *tx, listing_id).await?;
    let mut form = form_of(&row, &tiers);
    (form.title_hi, form.title_en) = rules::copy_titles(&row.title_hi, &row.title_en);
    form.stock = "0".into();
    let input = rules::parse_listing(&form, None)?;
    // The copy and its photos land together (the caller's transaction).
    let id = create_listing(&mut *tx, row.group_id, actor, &input).await?;
    sqlx::query(
        "INSERT INTO product_photos (product_id, position, media_key, width, height, smaller) \
         SELECT $1, position, media_key, width, height, smaller FROM product_photos WHERE product_id = $2",
    )
    .bind(id)
    .bind(listing_id)
    .execute(&mut *tx)
    .await?;
    Ok(id)
}

/// Moves a listing from `from` to `to` if it is still in `from`, and notes why.
pub(crate) async fn change_status(
    tx: &mut AnyConnection,
    listing_id: i64,
    from: ListingStatus,
    to: ListingStatus,
    actor: i64,
    kind: EventKind,
    reason: Option<RejectReason>,
    note: &str,
) -> Result<(), AppError> {
    let approved = if to == ListingStatus::Live && kind == EventKind::Approved {
        ", approved_price_paise = price_paise, approved_market_price_paise = market_price_paise"
    } else {
        ""
    };
    // `approved` is one of two fixed fragments above.
    let changed = sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE products SET status = $1, updated_at = $2{approved} WHERE id = $3 AND status = $4"
    )))
    .bind(to)
    .bind(now_ms())
    .bind(listing_id)
    .bind(from)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(errors::status_changed());
    }
    record(&mut *tx, listing_id, Some(actor), kind, reason, note).await?;
    Ok(())
}

pub async fn pause(tx: &mut AnyConnection, listing_id: i64, actor: i64) -> Result<(), AppError> {
    change_status(&mut *tx, listing_id, ListingStatus::Live, ListingStatus::Paused, actor, EventKind::Paused, None, "")
        .await
}

pub async fn resume(tx: &mut AnyConnection, listing_id: i64, actor: i64) -> Result<(), AppError> {
    change_status(&mut *tx, listing_id, ListingStatus::Paused, ListingStatus::Live, actor, EventKind::Resumed, None, "")
        .await
}

/// Sends a draft or rejected listing to its district's review queue.
pub async fn submit(tx: &mut AnyConnection, listing_id: i64, actor: i64) -> Result<(), AppError> {
    let status: ListingStatus =
        sqlx::query_scalar("SELECT status FROM products WHERE id = $1").bind(listing_id).fetch_one(&mut *tx).await?;
    let photos: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM product_photos WHERE product_id = $1")
        .bind(listing_id)
        .fetch_one(&mut *tx)
        .await?;
    rules::can_submit(status, photos as usize)?;
    change_status(&mut *tx, listing_id, status, ListingStatus::InReview, actor, EventKind::Submitted, None, "").await
}

/// A listing's group and its title (for the notices its review sends).
pub async fn group_and_title(conn: &mut AnyConnection, listing_id: i64) -> Result<Option<(i64, Text)>, sqlx::Error> {
    let row: Option<(i64, String, String)> =
        sqlx::query_as("SELECT group_id, title_hi, title_en FROM products WHERE id = $1")
            .bind(listing_id)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(group, hi, en)| (group, Text::new(hi, en))))
}

pub async fn approve(tx: &mut AnyConnection, listing_id: i64, actor: i64, note: &str) -> Result<(), AppError> {
    change_status(
        &mut *tx,
        listing_id,
        ListingStatus::InReview,
        ListingStatus::Live,
        actor,
        EventKind::Approved,
        None,
        note,
    )
    .await
}

pub async fn reject(
    tx: &mut AnyConnection,
    listing_id: i64,
    actor: i64,
    reason: RejectReason,
    note: &str,
) -> Result<(), AppError> {
    change_status(
        tx,
        listing_id,
        ListingStatus::InReview,
        ListingStatus::Rejected,
        actor,
        EventKind::Rejected,
        Some(reason),
        note,
    )
    .await
}

/// Adds `delta` units (negative to take away) to the group store's stock,
/// in one conditional UPDATE: stock never goes below zero, however many
/// phones tap at once. Returns the new count.
pub async fn adjust_stock(tx: &mut AnyConnection, listing_id: i64, group_id: i64, delta: i64) -> Result<i64, AppError> {
    let store = group_store(&mut *tx, group_id).await?;
    let updated = crate::inventory::tap(&mut *tx, store, listing_id, delta, rules::MAX_STOCK).await?;
    updated.ok_or_else(errors::stock_out_of_bounds)
}

/// Sets the group store's stock to a counted number.
pub async fn set_stock_level(
    tx: &mut AnyConnection,
    listing_id: i64,
    group_id: i64,
    on_hand: i64,
) -> Result<(), sqlx::Error> {
    let store = group_store(&mut *tx, group_id).await?;
    set_stock(&mut *tx, store, listing_id, on_hand).await?;
    Ok(())
}

/// How long a refused form is kept to fill the form again.
pub const DRAFT_KEPT_MS: i64 = 60 * 60 * 1000;

#[cfg(test)]
mod tests {
    //! Each test runs on a fresh SQLite database, then on PostgreSQL.

    use super::*;
    use crate::accounts::types::Scope;
    use crate::db::testing::conn;
    use crate::db::testing::each_engine;
    use crate::listings::{lists::*, photos::*};
    use crate::testing::{catalogue, Fixture};

    /// A seller of the fixture's Raipur group, to act in the history.
    async fn seller(db: &Db, fixture: &Fixture) -> i64 {
        crate::testing::seller(db, "9111111111", fixture.raipur_group).await
    }

    async fn pickles(db: &Db) -> i64 {
        sqlx::query_scalar("SELECT id FROM categories WHERE slug = 'pickles'").fetch_one(&db.pool).await.unwrap()
    }

    fn form(category_id: i64) -> ListingForm {
        ListingForm {
            category_id: category_id.to_string(),
            title_hi: "करौंदे का अचार".into(),
            title_en: "Karonda pickle".into(),
            description_hi: "जंगल के करौंदे, सरसों का तेल और घर के मसाले।".into(),
            unit_hi: "250 ग्राम जार".into(),
            price: "100".into(),
            market_price: "130".into(),
            hsn: "2001".into(),
            gst_rate: "5".into(),
            weight_grams: "350".into(),
            min_order_qty: "1".into(),
            tier1_qty: "12".into(),
            tier1_price: "90".into(),
            stock: "3".into(),
            low_stock_at: "5".into(),
            weekly_capacity: "40".into(),
            capacity_days: "5".into(),
            pack_size: "6".into(),
            ..Default::default()
        }
    }

    /// The fixture catalogue, a seller of its Raipur group, and a new
    /// draft listing of hers (the form below, 3 in stock).
    async fn draft(db: &Db) -> (Fixture, i64, i64) {
        let fixture = catalogue(db).await;
        let kamla = seller(db, &fixture).await;
        let input = rules::parse_listing(&form(pickles(db).await), None).unwrap();
        let id = create_listing(&mut *conn(db).await, fixture.raipur_group, kamla, &input).await.unwrap();
        (fixture, kamla, id)
    }

    fn photo(n: u32) -> Photo {
        Photo::single(format!("p{n}.jpg"), 1280, 960).with_smaller(&format!("320:p{n}s.jpg 640:p{n}m.jpg"))
    }

    #[tokio::test]
    async fn a_listing_goes_from_draft_through_review_to_the_storefront() {
        each_engine(|db| async move {
            let (_, kamla, id) = draft(&db).await;
            let listing = editable(&db, id).await.unwrap().unwrap();
            assert_eq!(listing.status, ListingStatus::Draft);
            assert_eq!(listing.slug, format!("karonda-pickle-{id}"));
            assert_eq!(listing.form.tier1_price, "90");
            assert_eq!(listing.on_hand, 3);
            assert_eq!(listing.form, form(pickles(&db).await), "the form reads back as typed");

            // No photo yet: it cannot be sent.
            assert!(matches!(submit(&mut *conn(&db).await, id, kamla).await, Err(AppError::Validation { .. })));
            add_photos(&mut *conn(&db).await, id, kamla, &[photo(1), photo(2)]).await.unwrap();
            submit(&mut *conn(&db).await, id, kamla).await.unwrap();
            assert!(
                matches!(submit(&mut *conn(&db).await, id, kamla).await, Err(AppError::Conflict { .. })),
                "sent twice"
            );
            assert!(crate::catalog::store::live_product_by_slug(&db, &listing.slug).await.unwrap().is_none());

            approve(&mut *conn(&db).await, id, kamla, "").await.unwrap();
            let live = crate::catalog::store::live_product_by_slug(&db, &listing.slug).await.unwrap().unwrap();
            assert_eq!(live.photos.len(), 2);
            assert_eq!(
                live.photos[0].srcset().unwrap(),
                "/media/p1s.jpg 320w, /media/p1m.jpg 640w, /media/p1.jpg 1280w"
            );
            let kinds: Vec<EventKind> = history(&db, id).await.unwrap().into_iter().map(|e| e.kind).collect();
            assert_eq!(kinds, vec![EventKind::Approved, EventKind::Submitted, EventKind::Created]);
            assert!(
                matches!(approve(&mut *conn(&db).await, id, kamla, "").await, Err(AppError::Conflict { .. })),
                "approved twice"
            );
        })
        .await;
    }

    #[tokio::test]
    async fn a_rejection_keeps_its_reason_until_the_listing_is_sent_again() {
        each_engine(|db| async move {
            let (fixture, kamla, id) = draft(&db).await;
            add_photos(&mut *conn(&db).await, id, kamla, &[photo(1)]).await.unwrap();
            submit(&mut *conn(&db).await, id, kamla).await.unwrap();
            reject(&mut *conn(&db).await, id, kamla, RejectReason::Photos, "फ़ोटो धुंधली है").await.unwrap();
            let mine =
                my_listings(&db, fixture.raipur_group, None, Some(ListingStatus::Rejected), false).await.unwrap();
            assert_eq!(mine.items.len(), 1);
            let rejection = mine.items[0].rejection.clone().unwrap();
            assert_eq!((rejection.reason, rejection.note.as_str()), (RejectReason::Photos, "फ़ोटो धुंधली है"));
            assert_eq!(editable(&db, id).await.unwrap().unwrap().rejection.unwrap().reason, RejectReason::Photos);
            submit(&mut *conn(&db).await, id, kamla).await.unwrap();
            assert!(editable(&db, id).await.unwrap().unwrap().rejection.is_none());
        })
        .await;
    }

    #[tokio::test]
    async fn editing_a_live_listing_follows_the_review_rule() {
        each_engine(|db| async move {
            let fixture = catalogue(&db).await;
            let kamla = seller(&db, &fixture).await;
            let category = pickles(&db).await;
            let input = rules::parse_listing(&form(category), None).unwrap();
            let id = create_listing(&mut *conn(&db).await, fixture.raipur_group, kamla, &input).await.unwrap();
            add_photos(&mut *conn(&db).await, id, kamla, &[photo(1)]).await.unwrap();
            submit(&mut *conn(&db).await, id, kamla).await.unwrap();
            approve(&mut *conn(&db).await, id, kamla, "").await.unwrap();

            let mut f = form(category);
            f.price = "115".into(); // +15 %: stays live
            f.stock = "40".into();
            let status = update_listing(
                &mut *conn(&db).await,
                id,
                kamla,
                &rules::parse_listing(&f, None).unwrap(),
                EventKind::Edited,
            )
            .await
            .unwrap();
            assert_eq!(status, ListingStatus::Live);
            f.price = "119".into(); // +19 % of the approved 100, not of 115
            let status = update_listing(
                &mut *conn(&db).await,
                id,
                kamla,
                &rules::parse_listing(&f, None).unwrap(),
                EventKind::Edited,
            )
            .await
            .unwrap();
            assert_eq!(status, ListingStatus::Live);
            f.price = "125".into(); // +25 %
            let status = update_listing(
                &mut *conn(&db).await,
                id,
                kamla,
                &rules::parse_listing(&f, None).unwrap(),
                EventKind::Edited,
            )
            .await
            .unwrap();
            assert_eq!(status, ListingStatus::InReview);
            approve(&mut *conn(&db).await, id, kamla, "").await.unwrap();
            // A new photo on a live listing: back to review.
            assert_eq!(
                add_photos(&mut *conn(&db).await, id, kamla, &[photo(2)]).await.unwrap(),
                ListingStatus::InReview
            );
            let kinds: Vec<EventKind> = history(&db, id).await.unwrap().into_iter().map(|e| e.kind).collect();
            assert_eq!(kinds[0], EventKind::BackToReview);
        })
        .await;
    }

    #[tokio::test]
    async fn two_batches_of_photos_at_once_take_their_positions_in_turn() {
        each_engine(|db| async move {
            let (_, kamla, id) = draft(&db).await;
            // Four phones add two photos each to one listing at the same moment.
            let batches = (0..4).map(|b| {
                let db = db.clone();
                async move {
                    let mut tx = db.begin().await.unwrap();
                    let added = add_photos(&mut tx, id, kamla, &[photo(10 + 2 * b), photo(11 + 2 * b)]).await;
                    tx.commit().await.unwrap();
                    added
                }
            });
            for added in futures::future::join_all(batches).await {
                assert!(added.is_ok(), "{added:?}");
            }
            let positions: Vec<i64> =
                sqlx::query_scalar("SELECT position FROM product_photos WHERE product_id = $1 ORDER BY position")
                    .bind(id)
                    .fetch_all(&db.pool)
                    .await
                    .unwrap();
            assert_eq!(positions, (0..8).collect::<Vec<_>>());
        })
        .await;
    }

    #[tokio::test]
    async fn photos_reorder_and_the_cover_is_first() {
        each_engine(|db| async move {
            let (_, kamla, id) = draft(&db).await;
            add_photos(&mut *conn(&db).await, id, kamla, &[photo(1), photo(2), photo(3)]).await.unwrap();
            let ids = |l: EditableListing| l.photos.iter().map(|p| p.photo.key.clone()).collect::<Vec<_>>();
            let photos = editable(&db, id).await.unwrap().unwrap().photos;
            move_photo(&mut *conn(&db).await, id, photos[2].id, PhotoMove::Cover).await.unwrap();
            assert_eq!(ids(editable(&db, id).await.unwrap().unwrap()), ["p3.jpg", "p1.jpg", "p2.jpg"]);
            move_photo(&mut *conn(&db).await, id, photos[0].id, PhotoMove::Later).await.unwrap();
            assert_eq!(ids(editable(&db, id).await.unwrap().unwrap()), ["p3.jpg", "p2.jpg", "p1.jpg"]);
            move_photo(&mut *conn(&db).await, id, photos[1].id, PhotoMove::Delete).await.unwrap();
            assert_eq!(ids(editable(&db, id).await.unwrap().unwrap()), ["p3.jpg", "p1.jpg"]);
            assert_eq!(move_photo(&mut *conn(&db).await, id, 999_999, PhotoMove::Cover).await, Err(AppError::NotFound));
            let too_many: Vec<Photo> = (10..17).map(photo).collect();
            assert!(
                matches!(
                    add_photos(&mut *conn(&db).await, id, kamla, &too_many).await,
                    Err(AppError::Validation { .. })
                ),
                "2 + 7 > 8"
            );
        })
        .await;
    }

    /// Many phones tapping − at once on the last units: the count reaches
    /// zero and stops there; exactly as many taps succeed as there were units.
    #[tokio::test]
    async fn concurrent_stock_taps_never_take_stock_below_zero() {
        each_engine(|db| async move {
            let (fixture, _, id) = draft(&db).await;
            set_stock_level(&mut *conn(&db).await, id, fixture.raipur_group, 10).await.unwrap();
            let taps = (0..40).map(|_| {
                let db = db.clone();
                let group = fixture.raipur_group;
                tokio::spawn(async move { adjust_stock(&mut *conn(&db).await, id, group, -1).await })
            });
            let results = futures::future::join_all(taps).await;
            let succeeded = results.iter().filter(|r| matches!(r, Ok(Ok(_)))).count();
            let refused = results.iter().filter(|r| matches!(r, Ok(Err(AppError::Validation { .. })))).count();
            assert_eq!((succeeded, refused), (10, 30), "{results:?}");
            assert_eq!(editable(&db, id).await.unwrap().unwrap().on_hand, 0);
            assert_eq!(adjust_stock(&mut *conn(&db).await, id, fixture.raipur_group, 5).await.unwrap(), 5);
        })
        .await;
    }

    #[tokio::test]
    async fn the_review_queue_holds_only_listings_in_the_officials_scope() {
        each_engine(|db| async move {
            let (fixture, kamla, id) = draft(&db).await;
            add_photos(&mut *conn(&db).await, id, kamla, &[photo(1)]).await.unwrap();
            submit(&mut *conn(&db).await, id, kamla).await.unwrap();
            let (raipur, gwalior): (i64, i64) = sqlx::query_as(
                "SELECT (SELECT district_id FROM shg_groups WHERE id = $1), (SELECT district_id FROM shg_groups WHERE id = $2)",
            )
            .bind(fixture.raipur_group)
            .bind(fixture.gwalior_group)
            .fetch_one(&db.pool)
            .await
            .unwrap();
            let queue = review_queue(&db, &Scope::District { district_id: raipur, block_id: None }).await.unwrap();
            assert_eq!(queue.iter().map(|q| q.id).collect::<Vec<_>>(), vec![id]);
            assert!(queue[0].submitted_at.is_some());
            assert!(review_queue(&db, &Scope::District { district_id: gwalior, block_id: None }).await.unwrap().is_empty());
            assert!(review_queue(&db, &Scope::Own).await.unwrap().is_empty());
        })
        .await;
    }

    #[tokio::test]
    async fn a_bulky_listings_size_is_kept_for_the_courier() {
        each_engine(|db| async move {
            let fixture = catalogue(&db).await;
            let kamla = seller(&db, &fixture).await;
            let mut f = form(pickles(&db).await);
            f.size_cm = "60×40×30".into();
            let id = create_listing(
                &mut *conn(&db).await,
                fixture.raipur_group,
                kamla,
                &rules::parse_listing(&f, None).unwrap(),
            )
            .await
            .unwrap();
            assert_eq!(editable(&db, id).await.unwrap().unwrap().form.size_cm, "60 x 40 x 30");
            let size: (Option<i64>, Option<i64>, Option<i64>) =
                sqlx::query_as("SELECT length_cm, width_cm, height_cm FROM products WHERE id = $1")
                    .bind(id)
                    .fetch_one(&db.pool)
                    .await
                    .unwrap();
            assert_eq!(size, (Some(60), Some(40), Some(30)));
            f.size_cm.clear();
            update_listing(
                &mut *conn(&db).await,
                id,
                kamla,
                &rules::parse_listing(&f, None).unwrap(),
                EventKind::Edited,
            )
            .await
            .unwrap();
            assert_eq!(editable(&db, id).await.unwrap().unwrap().form.size_cm, "");
        })
        .await;
    }

    #[tokio::test]
    async fn a_duplicate_is_a_draft_with_the_same_photos_and_no_stock() {
        each_engine(|db| async move {
            let (_, kamla, id) = draft(&db).await;
            add_photos(&mut *conn(&db).await, id, kamla, &[photo(1), photo(2)]).await.unwrap();
            let copy =
                editable(&db, duplicate(&mut *conn(&db).await, id, kamla).await.unwrap()).await.unwrap().unwrap();
            assert_eq!(copy.status, ListingStatus::Draft);
            assert_eq!(copy.photos.len(), 2);
            assert_eq!(copy.on_hand, 0);
            assert_eq!(copy.form.title_hi, "करौंदे का अचार (नया)");
            assert_eq!(copy.form.price, "100");
        })
        .await;
    }
}
