//! Orders taken by phone (server only): what a group member enters them
//! from. The order itself is placed like any other (`checkout::place`),
//! with the member who entered it recorded.

use crate::db::Db;
use crate::i18n::Text;
use crate::money::Money;
use crate::orders::types::PhoneListing;
use crate::words::LIVE;

/// The group's live listings, by title, as the phone-order form lists them.
pub async fn listings(db: &Db, group_id: i64) -> Result<Vec<PhoneListing>, sqlx::Error> {
    #[allow(clippy::type_complexity)]
    let rows: Vec<(i64, String, String, String, String, i64, i64, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT p.id, p.title_hi, p.title_en, p.unit_hi, p.unit_en, p.price_paise, p.min_order_qty, {} AS on_hand \
         FROM products p WHERE p.group_id = $1 AND p.status = {LIVE} ORDER BY p.title_en, p.id",
        crate::inventory::ON_HAND_OF_P
    )))
    .bind(group_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, title_hi, title_en, unit_hi, unit_en, price, min_order_qty, on_hand)| PhoneListing {
            id,
            title: Text::new(title_hi, title_en),
            unit: Text::new(unit_hi, unit_en),
            price: Money::from_paise(price),
            min_order_qty,
            on_hand,
        })
        .collect())
}
