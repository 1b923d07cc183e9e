//! A person's delivery addresses (server only).

use crate::accounts::types::*;
use crate::db::{now_ms, Db};
use crate::groups::phone::Pincode;
use crate::i18n::Text;

/// An address being added (already parsed).
#[derive(Clone, Debug)]
pub struct NewAddress {
    pub name: String,
    pub phone: String,
    pub line1: String,
    pub line2: String,
    pub city: String,
    pub district: String,
    pub state_id: i64,
    pub pincode: Pincode,
}

pub async fn addresses_of(db: &Db, user_id: i64) -> Result<Vec<Address>, sqlx::Error> {
    let rows: Vec<(i64, String, String, String, String, String, String, String, String, String)> = sqlx::query_as(
        "SELECT a.id, a.name, a.phone, a.line1, a.line2, a.city, a.district, s.name_hi, s.name_en, a.pincode \
         FROM addresses a JOIN states s ON s.id = a.state_id WHERE a.user_id = $1 ORDER BY a.id",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, phone, line1, line2, city, district, state_hi, state_en, pincode)| Address {
            id,
            name,
            phone,
            line1,
            line2,
            city,
            district,
            state: Text::new(state_hi, state_en),
            pincode,
        })
        .collect())
}

pub async fn add_address(db: &Db, user_id: i64, address: &NewAddress) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO addresses (user_id, name, phone, line1, line2, city, district, state_id, pincode, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(user_id)
    .bind(&address.name)
    .bind(&address.phone)
    .bind(&address.line1)
    .bind(&address.line2)
    .bind(&address.city)
    .bind(&address.district)
    .bind(address.state_id)
    .bind(address.pincode.as_str())
    .bind(now_ms())
    .fetch_one(&db.pool)
    .await
}

/// Deletes an address of `user_id`; false if there is no such address of hers.
pub async fn delete_address(db: &Db, user_id: i64, address_id: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM addresses WHERE id = $1 AND user_id = $2")
        .bind(address_id)
        .bind(user_id)
        .execute(&db.pool)
        .await?
        .rows_affected()
        == 1)
}

pub async fn count_addresses(db: &Db, user_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM addresses WHERE user_id = $1").bind(user_id).fetch_one(&db.pool).await
}
