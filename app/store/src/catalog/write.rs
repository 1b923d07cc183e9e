//! Writing the catalogue: categories, products, their photos and wholesale
//! tiers, each on the caller's connection. The seller's listing editor
//! (`listings::store`), the demo seed and the test fixtures build on these.

use crate::catalog::tax::{GstRate, Hsn};
use crate::catalog::tiers::PriceTier;
use crate::catalog::types::ListingStatus;
use crate::db::now_ms;
use crate::i18n::Text;
use crate::media::Photo;
use crate::money::Money;
use sqlx::AnyConnection;

/// A category being created.
#[derive(Clone, Debug)]
pub struct NewCategory {
    pub parent_id: Option<i64>,
    pub slug: String,
    pub name: Text,
    pub position: i64,
    pub hsn_hint: Option<String>,
    pub image_key: Option<String>,
}

#[tracing::instrument(skip(conn, category), fields(slug = %category.slug))]
pub async fn insert_category(conn: &mut AnyConnection, category: &NewCategory) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO categories (parent_id, slug, name_en, name_hi, position, hsn_hint, image_key) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(category.parent_id)
    .bind(&category.slug)
    .bind(&category.name.en)
    .bind(&category.name.hi)
    .bind(category.position)
    .bind(category.hsn_hint.clone())
    .bind(category.image_key.clone())
    .fetch_one(conn)
    .await
}

/// A listing being created. Every field is already parsed and checked.
#[derive(Clone, Debug)]
pub struct NewProduct {
    pub group_id: i64,
    pub category_id: i64,
    pub slug: String,
    pub title: Text,
    pub description: Text,
    pub unit: Text,
    pub price: Money,
    pub market_price: Money,
    pub hsn: Hsn,
    pub gst_rate: GstRate,
    pub weight_grams: i64,
    pub min_order_qty: i64,
    pub status: ListingStatus,
    pub featured: bool,
}

/// Inserts a listing and indexes it for search, in the caller's transaction.
#[tracing::instrument(skip(conn, product), fields(slug = %product.slug))]
pub async fn insert_product(conn: &mut AnyConnection, product: &NewProduct) -> Result<i64, sqlx::Error> {
    let now = now_ms();
    let approved = matches!(product.status, ListingStatus::Live | ListingStatus::Paused);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO products (group_id, category_id, slug, title_en, title_hi, description_en, \
         description_hi, unit_en, unit_hi, price_paise, market_price_paise, hsn, gst_rate_bp, \
         weight_grams, min_order_qty, status, featured, saving_bp, created_at, updated_at, \
         approved_price_paise, approved_market_price_paise) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22) \
         RETURNING id",
    )
    .bind(product.group_id)
    .bind(product.category_id)
    .bind(&product.slug)
    .bind(&product.title.en)
    .bind(&product.title.hi)
    .bind(&product.description.en)
    .bind(&product.description.hi)
    .bind(&product.unit.en)
    .bind(&product.unit.hi)
    .bind(product.price.to_paise())
    .bind(product.market_price.to_paise())
    .bind(product.hsn.as_str())
    .bind(i64::from(product.gst_rate.basis_points()))
    .bind(product.weight_grams)
    .bind(product.min_order_qty)
    .bind(product.status)
    .bind(i64::from(product.featured))
    .bind(saving_basis_points(product.price, product.market_price))
    .bind(now)
    .bind(now)
    // A listing that starts out live (demo data) counts as approved at its prices.
    .bind(approved.then(|| product.price.to_paise()))
    .bind(approved.then(|| product.market_price.to_paise()))
    .fetch_one(&mut *conn)
    .await?;
    crate::search::index_product(conn, id).await?;
    Ok(id)
}

/// The saving against market price in basis points (0 when there is none),
/// rounded down: what the "biggest saving" sort orders by.
pub fn saving_basis_points(price: Money, market_price: Money) -> i64 {
    crate::money::saving(price, market_price)
        .map(|s| {
            let saved = s.amount.to_paise() as i128 * 10_000;
            (saved / market_price.to_paise().max(1) as i128) as i64
        })
        .unwrap_or(0)
}

/// Appends a photo at `position` (0 is the cover).
pub async fn add_photo(
    conn: &mut AnyConnection,
    product_id: i64,
    position: i64,
    photo: &Photo,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO product_photos (product_id, position, media_key, width, height, smaller) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(product_id)
    .bind(position)
    .bind(&photo.key)
    .bind(i64::from(photo.width))
    .bind(i64::from(photo.height))
    .bind(photo.smaller_column())
    .execute(conn)
    .await?;
    Ok(())
}

/// Replaces a listing's wholesale tiers (already validated).
pub async fn replace_tiers(conn: &mut AnyConnection, product_id: i64, tiers: &[PriceTier]) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM price_tiers WHERE product_id = $1").bind(product_id).execute(&mut *conn).await?;
    for tier in tiers {
        sqlx::query("INSERT INTO price_tiers (product_id, min_qty, unit_price_paise) VALUES ($1, $2, $3)")
            .bind(product_id)
            .bind(tier.min_qty)
            .bind(tier.unit_price.to_paise())
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
