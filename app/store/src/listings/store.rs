//! SQL for the seller workspace and the review queue (server only).
//!
//! Every change that depends on what a listing was (its status, its stock)
//! is one conditional UPDATE, so two phones saving at once, or a seller and
//! an official acting at once, cannot both win: the loser changes nothing
//! and is told why.

use crate::accounts::store::PlaceRef;
use crate::accounts::types::Scope;
use crate::catalog::store::{
    add_photo, insert_product, replace_tiers, saving_basis_points, set_stock, tiers_of, NewProduct,
};
use crate::catalog::tax::GstRate;
use crate::catalog::tiers::PriceTier;
use crate::catalog::types::ListingStatus;
use crate::db::{bind_args, like_pattern, now_ms, Db};
use crate::error::AppError;
use crate::i18n::Text;
use crate::listings::rules::{self, ListingInput, Reviewed};
use crate::listings::types::*;
use crate::media::Photo;
use crate::money::Money;
use crate::words::{BACK_TO_REVIEW, EVENT_REJECTED, GROUP_STORE, IN_REVIEW, REJECTED, SUBMITTED};
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
async fn group_store(conn: &mut AnyConnection, group_id: i64) -> Result<i64, sqlx::Error> {
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
                ", 'Group store', 'समूह का भंडार') RETURNING id"
            ))
            .bind(group_id)
            .fetch_one(conn)
            .await
        }
    }
}

async fn record(
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
        "UPDATE products SET slug = $1, low_stock_at = $2, length_cm = $3, width_cm = $4, height_cm = $5 WHERE id = $6",
    )
    .bind(format!("{base}-{id}"))
    .bind(input.low_stock_at)
    .bind(length)
    .bind(width)
    .bind(height)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    replace_tiers(&mut *tx, id, &input.tiers).await?;
    let store = group_store(&mut *tx, group_id).await?;
    set_stock(&mut *tx, store, id, input.stock).await?;
    record(&mut *tx, id, Some(actor), EventKind::Created, None, "").await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct ListingRow {
    id: i64,
    group_id: i64,
    category_id: i64,
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
    low_stock_at: i64,
    approved_price_paise: Option<i64>,
    approved_market_price_paise: Option<i64>,
    updated_at: i64,
    length_cm: Option<i64>,
    width_cm: Option<i64>,
    height_cm: Option<i64>,
    on_hand: i64,
}

const LISTING_SELECT: &str = concat!(
    "SELECT p.id, p.group_id, p.category_id, p.slug, p.title_en, p.title_hi, \
    p.description_en, p.description_hi, p.unit_en, p.unit_hi, p.price_paise, p.market_price_paise, p.hsn, \
    p.gst_rate_bp, p.weight_grams, p.min_order_qty, p.status, p.low_stock_at, p.approved_price_paise, \
    p.approved_market_price_paise, p.updated_at, p.length_cm, p.width_cm, p.height_cm, \
    ",
    crate::on_hand_of_p!(),
    " AS on_hand \
    FROM products p"
);

impl ListingRow {
    fn status(&self) -> ListingStatus {
        self.status
    }
    fn title(&self) -> Text {
        Text::new(&self.title_hi, &self.title_en)
    }
    fn description(&self) -> Text {
        Text::new(&self.description_hi, &self.description_en)
    }
    fn unit(&self) -> Text {
        Text::new(&self.unit_hi, &self.unit_en)
    }
}

async fn listing_row(conn: &mut AnyConnection, id: i64) -> Result<Option<ListingRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{LISTING_SELECT} WHERE p.id = $1"))).bind(id).fetch_optional(conn).await
}

/// Money as the seller would type it: "120" or "120.50".
fn typed(money: Money) -> String {
    money.rupees().normalize().to_string()
}

fn form_of(row: &ListingRow, tiers: &[PriceTier]) -> ListingForm {
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
        size_cm: rules::size_text(match (row.length_cm, row.width_cm, row.height_cm) {
            (Some(l), Some(w), Some(h)) => Some((l, w, h)),
            _ => None,
        }),
        min_order_qty: row.min_order_qty.to_string(),
        tier1_qty,
        tier1_price,
        tier2_qty,
        tier2_price,
        tier3_qty,
        tier3_price,
        stock: row.on_hand.to_string(),
        low_stock_at: row.low_stock_at.to_string(),
    }
}

/// Photos of listings, in order, with their row ids.
async fn photos_of(db: &Db, listing_id: i64) -> Result<Vec<ListingPhoto>, sqlx::Error> {
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
async fn rejections(db: &Db, ids: &[i64]) -> Result<HashMap<i64, Rejection>, sqlx::Error> {
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
    let changed = sqlx::query(
        "UPDATE products SET category_id = $1, title_en = $2, title_hi = $3, description_en = $4, \
         description_hi = $5, unit_en = $6, unit_hi = $7, price_paise = $8, market_price_paise = $9, hsn = $10, \
         gst_rate_bp = $11, weight_grams = $12, min_order_qty = $13, low_stock_at = $14, saving_bp = $15, \
         status = $16, updated_at = $17, length_cm = $21, width_cm = $22, height_cm = $23 \
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
    .bind(status.as_str())
    .bind(now_ms().max(row.updated_at + 1))
    .bind(listing_id)
    .bind(row.updated_at)
    .bind(old_status.as_str())
    .bind(input.size_cm.map(|s| s.0))
    .bind(input.size_cm.map(|s| s.1))
    .bind(input.size_cm.map(|s| s.2))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(changed_meanwhile());
    }
    replace_tiers(&mut *tx, listing_id, &input.tiers).await?;
    let store = group_store(&mut *tx, row.group_id).await?;
    set_stock(&mut *tx, store, listing_id, input.stock).await?;
    let kind = if status != old_status { EventKind::BackToReview } else { kind };
    record(&mut *tx, listing_id, Some(actor), kind, None, "").await?;
    Ok(status)
}

fn changed_meanwhile() -> AppError {
    AppError::Conflict {
        message: Text::new(
            "इसी बीच यह उत्पाद किसी और ने बदल दिया। पेज दोबारा खोलकर फिर से करें।",
            "Someone changed this listing meanwhile. Open the page again and retry.",
        ),
    }
}

/// Copies a listing as a new draft (a variant: another size, another
/// flavour), photos included; returns the new id.
pub async fn duplicate(tx: &mut AnyConnection, listing_id: i64, actor: i64) -> Result<i64, AppError> {
    let row = listing_row(&mut *tx, listing_id).await?.ok_or(AppError::NotFound)?;
    let tiers = tiers_of(&mut *tx, listing_id).await?;
    let mut form = form_of(&row, &tiers);
    form.title_hi = format!("{} (नया)", row.title_hi).chars().take(80).collect();
    if !form.title_en.is_empty() {
        form.title_en = format!("{} (new)", row.title_en).chars().take(80).collect();
    }
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
async fn change_status(
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
    .bind(to.as_str())
    .bind(now_ms())
    .bind(listing_id)
    .bind(from.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::Conflict {
            message: Text::new(
                "उत्पाद की स्थिति बदल चुकी है। पेज दोबारा खोलें।",
                "The listing's status has changed already. Open the page again.",
            ),
        });
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
    updated.ok_or_else(|| {
        AppError::validation(
            "stock",
            Text::new("स्टॉक शून्य से कम या बहुत ज़्यादा नहीं हो सकता", "Stock cannot go below zero or above the limit"),
        )
    })
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

/// Appends photos; a live listing goes back to review so an official sees
/// them first. Returns the status afterwards.
pub async fn add_photos(
    tx: &mut AnyConnection,
    listing_id: i64,
    actor: i64,
    photos: &[Photo],
) -> Result<ListingStatus, AppError> {
    let status: ListingStatus =
        sqlx::query_scalar("SELECT status FROM products WHERE id = $1").bind(listing_id).fetch_one(&mut *tx).await?;
    let (count, last): (i64, Option<i64>) =
        sqlx::query_as("SELECT COUNT(*), MAX(position) FROM product_photos WHERE product_id = $1")
            .bind(listing_id)
            .fetch_one(&mut *tx)
            .await?;
    if count as usize + photos.len() > rules::MAX_PHOTOS {
        return Err(AppError::validation(
            "photos",
            Text::new(
                format!("एक उत्पाद की {} फ़ोटो तक लग सकती हैं (अभी {count} लगी हैं)", rules::MAX_PHOTOS),
                format!("A listing can have up to {} photos ({count} now)", rules::MAX_PHOTOS),
            ),
        ));
    }
    let first = last.map_or(0, |p| p + 1);
    for (position, photo) in (first..).zip(photos) {
        add_photo(&mut *tx, listing_id, position, photo).await?;
    }
    let after = rules::status_after_new_photos(status);
    if after != status {
        sqlx::query("UPDATE products SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(after.as_str())
            .bind(now_ms())
            .bind(listing_id)
            .execute(&mut *tx)
            .await?;
        record(&mut *tx, listing_id, Some(actor), EventKind::BackToReview, None, "").await?;
    }
    Ok(after)
}

/// A change to the order of a listing's photos.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhotoMove {
    Earlier,
    Later,
    Cover,
    Delete,
}

/// Reorders (or deletes) a photo of a listing. The cover is position 0.
/// A live listing keeps at least one photo.
pub async fn move_photo(
    tx: &mut AnyConnection,
    listing_id: i64,
    photo_id: i64,
    how: PhotoMove,
) -> Result<(), AppError> {
    let mut ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM product_photos WHERE product_id = $1 ORDER BY position")
        .bind(listing_id)
        .fetch_all(&mut *tx)
        .await?;
    let at = ids.iter().position(|id| *id == photo_id).ok_or(AppError::NotFound)?;
    match how {
        PhotoMove::Earlier if at > 0 => ids.swap(at, at - 1),
        PhotoMove::Later if at + 1 < ids.len() => ids.swap(at, at + 1),
        PhotoMove::Cover => {
            let id = ids.remove(at);
            ids.insert(0, id);
        }
        PhotoMove::Delete => {
            let status: ListingStatus = sqlx::query_scalar("SELECT status FROM products WHERE id = $1")
                .bind(listing_id)
                .fetch_one(&mut *tx)
                .await?;
            rules::can_delete_photo(status, ids.len())?;
            sqlx::query("DELETE FROM product_photos WHERE id = $1").bind(photo_id).execute(&mut *tx).await?;
            ids.remove(at);
        }
        _ => return Ok(()),
    }
    // Two passes, so the unique (listing, position) never sees a duplicate.
    for (step, offset) in [(0, -1000), (1, 0)] {
        for (i, id) in ids.iter().enumerate() {
            let position = if step == 0 { offset - i as i64 } else { i as i64 };
            sqlx::query("UPDATE product_photos SET position = $1 WHERE id = $2")
                .bind(position)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
    }
    sqlx::query("UPDATE products SET updated_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(listing_id)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

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
         {on_hand} AS on_hand, \
         ph.media_key AS cover_key, ph.width AS cover_width, ph.height AS cover_height, ph.smaller AS cover_smaller \
         FROM products p LEFT JOIN product_photos ph ON ph.product_id = p.id AND ph.position = 0 \
         WHERE p.group_id = {group}",
        on_hand = crate::inventory::ON_HAND_OF_P
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

/// How long a refused form is kept to fill the form again.
pub const DRAFT_KEPT_MS: i64 = 60 * 60 * 1000;

/// Keeps what the seller typed when the server refused it (`listing_id` 0
/// for a new listing), replacing any earlier draft of hers for it.
pub async fn keep_draft(db: &Db, user_id: i64, listing_id: i64, form: &ListingForm) -> Result<(), AppError> {
    let json = serde_json::to_string(form).map_err(|_| AppError::Internal)?;
    sqlx::query(
        "INSERT INTO listing_drafts (user_id, listing_id, form, saved_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id, listing_id) DO UPDATE SET form = excluded.form, saved_at = excluded.saved_at",
    )
    .bind(user_id)
    .bind(listing_id)
    .bind(json)
    .bind(now_ms())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Her draft of this listing from the last hour, if any.
pub async fn draft(db: &Db, user_id: i64, listing_id: i64) -> Result<Option<ListingForm>, sqlx::Error> {
    let json: Option<String> =
        sqlx::query_scalar("SELECT form FROM listing_drafts WHERE user_id = $1 AND listing_id = $2 AND saved_at > $3")
            .bind(user_id)
            .bind(listing_id)
            .bind(now_ms() - DRAFT_KEPT_MS)
            .fetch_optional(&db.pool)
            .await?;
    Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
}

pub async fn drop_draft(db: &Db, user_id: i64, listing_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM listing_drafts WHERE user_id = $1 AND listing_id = $2")
        .bind(user_id)
        .bind(listing_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Deletes drafts older than [`DRAFT_KEPT_MS`] (a chore).
pub async fn purge_old_drafts(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM listing_drafts WHERE saved_at <= $1")
        .bind(now - DRAFT_KEPT_MS)
        .execute(&db.pool)
        .await?
        .rows_affected())
}

/// One listing as a CSV row: its id, its category's slug and status, and the form's fields.
pub struct ExportRow {
    pub id: i64,
    pub category_slug: String,
    pub status: ListingStatus,
    pub form: ListingForm,
}

/// Every listing of a group, for the CSV export.
pub async fn export_rows(db: &Db, group_id: i64) -> Result<Vec<ExportRow>, sqlx::Error> {
    let rows: Vec<ListingRow> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{LISTING_SELECT} WHERE p.group_id = $1 ORDER BY p.id")))
            .bind(group_id)
            .fetch_all(&db.pool)
            .await?;
    let slugs: HashMap<i64, String> = sqlx::query_as::<_, (i64, String)>("SELECT id, slug FROM categories")
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    let mut conn = db.pool.acquire().await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut tiers_by_id = crate::inventory::tiers_of_many(&mut conn, &ids).await?;
    for row in rows {
        let tiers = tiers_by_id.remove(&row.id).unwrap_or_default();
        out.push(ExportRow {
            id: row.id,
            category_slug: slugs.get(&row.category_id).cloned().unwrap_or_default(),
            status: row.status(),
            form: form_of(&row, &tiers),
        });
    }
    Ok(out)
}

/// Category ids by slug (for CSV rows, which name categories by slug).
pub async fn category_ids_by_slug(db: &Db) -> Result<HashMap<String, i64>, sqlx::Error> {
    Ok(sqlx::query_as::<_, (String, i64)>("SELECT slug, id FROM categories")
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .collect())
}

/// Keeps an import's report; returns its id.
pub async fn save_import(db: &Db, group_id: i64, user_id: i64, rows: &[ImportRow]) -> Result<i64, AppError> {
    let report = serde_json::to_string(rows).map_err(|e| {
        tracing::error!(error = %e, "serialising an import report failed");
        AppError::Internal
    })?;
    let applied = rows.iter().filter(|r| !matches!(r.outcome, ImportOutcome::Refused { .. })).count() as i64;
    Ok(sqlx::query_scalar(
        "INSERT INTO listing_imports (group_id, user_id, rows_total, rows_applied, report, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(group_id)
    .bind(user_id)
    .bind(rows.len() as i64)
    .bind(applied)
    .bind(report)
    .bind(now_ms())
    .fetch_one(&db.pool)
    .await?)
}

/// An import's report, if it belongs to the group.
pub async fn import_report(db: &Db, import_id: i64, group_id: i64) -> Result<Option<ImportReport>, sqlx::Error> {
    let row: Option<(String, i64)> =
        sqlx::query_as("SELECT report, created_at FROM listing_imports WHERE id = $1 AND group_id = $2")
            .bind(import_id)
            .bind(group_id)
            .fetch_optional(&db.pool)
            .await?;
    Ok(row.and_then(|(report, created_at)| {
        let rows = serde_json::from_str(&report).ok()?;
        Some(ImportReport { id: import_id, rows, created_at })
    }))
}

#[cfg(test)]
mod tests {
    //! Each test runs on a fresh SQLite database, then on PostgreSQL.

    use super::*;
    use crate::db::testing::conn;
    use crate::db::testing::each_engine;
    use crate::testing::{catalogue, Fixture};

    /// A seller of the fixture's Raipur group, to act in the history.
    async fn seller(db: &Db, fixture: &Fixture) -> i64 {
        sqlx::query_scalar(
            "INSERT INTO users (phone, name, role, group_id, group_leader, created_at, updated_at) \
             VALUES ('9111111111', 'Kamla', 'seller', $1, 1, 0, 0) RETURNING id",
        )
        .bind(fixture.raipur_group)
        .fetch_one(&db.pool)
        .await
        .unwrap()
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
            ..Default::default()
        }
    }

    fn photo(n: u32) -> Photo {
        Photo::single(format!("p{n}.jpg"), 1280, 960).with_smaller(&format!("320:p{n}s.jpg 640:p{n}m.jpg"))
    }

    #[tokio::test]
    async fn a_listing_goes_from_draft_through_review_to_the_storefront() {
        each_engine(|db| async move {
            let fixture = catalogue(&db).await;
            let kamla = seller(&db, &fixture).await;
            let input = rules::parse_listing(&form(pickles(&db).await), None).unwrap();
            let id = create_listing(&mut *conn(&db).await, fixture.raipur_group, kamla, &input).await.unwrap();
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
            let fixture = catalogue(&db).await;
            let kamla = seller(&db, &fixture).await;
            let input = rules::parse_listing(&form(pickles(&db).await), None).unwrap();
            let id = create_listing(&mut *conn(&db).await, fixture.raipur_group, kamla, &input).await.unwrap();
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
    async fn photos_reorder_and_the_cover_is_first() {
        each_engine(|db| async move {
            let fixture = catalogue(&db).await;
            let kamla = seller(&db, &fixture).await;
            let input = rules::parse_listing(&form(pickles(&db).await), None).unwrap();
            let id = create_listing(&mut *conn(&db).await, fixture.raipur_group, kamla, &input).await.unwrap();
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
            let fixture = catalogue(&db).await;
            let kamla = seller(&db, &fixture).await;
            let input = rules::parse_listing(&form(pickles(&db).await), None).unwrap();
            let id = create_listing(&mut *conn(&db).await, fixture.raipur_group, kamla, &input).await.unwrap();
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
            let fixture = catalogue(&db).await;
            let kamla = seller(&db, &fixture).await;
            let input = rules::parse_listing(&form(pickles(&db).await), None).unwrap();
            let id = create_listing(&mut *conn(&db).await, fixture.raipur_group, kamla, &input).await.unwrap();
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
            let fixture = catalogue(&db).await;
            let kamla = seller(&db, &fixture).await;
            let input = rules::parse_listing(&form(pickles(&db).await), None).unwrap();
            let id = create_listing(&mut *conn(&db).await, fixture.raipur_group, kamla, &input).await.unwrap();
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
