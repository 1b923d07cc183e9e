//! Places as accounts see them (server only): states and districts to
//! choose from, where a group, office or district is (for scope checks),
//! and the name of an official's scope.

use crate::accounts::types::*;
use crate::db::Db;
use crate::i18n::Text;

/// Where something is, for scope checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaceRef {
    pub state_id: i64,
    pub district_id: i64,
    pub block_id: Option<i64>,
}

pub async fn states(db: &Db) -> Result<Vec<StateOption>, sqlx::Error> {
    let rows: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, name_hi, name_en FROM states ORDER BY name_en").fetch_all(&db.pool).await?;
    Ok(rows.into_iter().map(|(id, hi, en)| StateOption { id, name: Text::new(hi, en) }).collect())
}

/// A state's GST code and name, if the id is a state's.
pub async fn state_by_id(db: &Db, state_id: i64) -> Result<Option<(String, Text)>, sqlx::Error> {
    let row: Option<(String, String, String)> =
        sqlx::query_as("SELECT gst_code, name_hi, name_en FROM states WHERE id = $1")
            .bind(state_id)
            .fetch_optional(&db.pool)
            .await?;
    Ok(row.map(|(code, hi, en)| (code, Text::new(hi, en))))
}

pub async fn districts(db: &Db) -> Result<Vec<DistrictOption>, sqlx::Error> {
    let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
        "SELECT d.id, d.name_hi, d.name_en, s.name_hi, s.name_en FROM districts d JOIN states s ON s.id = d.state_id \
         ORDER BY s.name_en, d.name_en",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, hi, en, state_hi, state_en)| DistrictOption {
            id,
            name: Text::new(hi, en),
            state: Text::new(state_hi, state_en),
        })
        .collect())
}

pub async fn district_place(db: &Db, district_id: i64) -> Result<Option<PlaceRef>, sqlx::Error> {
    let row: Option<(i64, i64)> = sqlx::query_as("SELECT state_id, id FROM districts WHERE id = $1")
        .bind(district_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.map(|(state_id, district_id)| PlaceRef { state_id, district_id, block_id: None }))
}

pub async fn group_place(db: &Db, group_id: i64) -> Result<Option<PlaceRef>, sqlx::Error> {
    let row: Option<(i64, i64, i64)> =
        sqlx::query_as("SELECT state_id, district_id, block_id FROM shg_groups WHERE id = $1")
            .bind(group_id)
            .fetch_optional(&db.pool)
            .await?;
    Ok(row.map(|(state_id, district_id, block_id)| PlaceRef { state_id, district_id, block_id: Some(block_id) }))
}

pub async fn office_place(db: &Db, office_id: i64) -> Result<Option<PlaceRef>, sqlx::Error> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "SELECT d.state_id, d.id FROM department_offices o JOIN districts d ON d.id = o.district_id WHERE o.id = $1",
    )
    .bind(office_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(state_id, district_id)| PlaceRef { state_id, district_id, block_id: None }))
}

/// The name of where a scope applies.
pub async fn scope_name(db: &Db, scope: &Scope) -> Result<Option<Text>, sqlx::Error> {
    let pair: Option<(String, String)> = match scope {
        Scope::Group { group_id, .. } => {
            sqlx::query_as("SELECT name_hi, name_en FROM shg_groups WHERE id = $1")
                .bind(group_id)
                .fetch_optional(&db.pool)
                .await?
        }
        Scope::Office { office_id, .. } => {
            sqlx::query_as("SELECT name_hi, name_en FROM department_offices WHERE id = $1")
                .bind(office_id)
                .fetch_optional(&db.pool)
                .await?
        }
        Scope::District { district_id, block_id: Some(block_id) } => {
            sqlx::query_as(
                "SELECT b.name_hi || ', ' || d.name_hi, b.name_en || ', ' || d.name_en FROM blocks b \
                 JOIN districts d ON d.id = b.district_id WHERE b.id = $1 AND d.id = $2",
            )
            .bind(block_id)
            .bind(district_id)
            .fetch_optional(&db.pool)
            .await?
        }
        Scope::District { district_id, block_id: None } => {
            sqlx::query_as("SELECT name_hi, name_en FROM districts WHERE id = $1")
                .bind(district_id)
                .fetch_optional(&db.pool)
                .await?
        }
        Scope::State { state_id } => {
            sqlx::query_as("SELECT name_hi, name_en FROM states WHERE id = $1")
                .bind(state_id)
                .fetch_optional(&db.pool)
                .await?
        }
        Scope::Outlet { outlet_id } => {
            sqlx::query_as("SELECT name_hi, name_en FROM outlets WHERE id = $1")
                .bind(outlet_id)
                .fetch_optional(&db.pool)
                .await?
        }
        Scope::Own | Scope::Trader { .. } => None,
    };
    Ok(pair.map(|(hi, en)| Text::new(hi, en)))
}

/// The SQL condition (on a district column and a state column) for an
/// official's scope, with its bind value. Block-scoped officials manage
/// only their block's groups, so they match no district-level rows here.
pub(crate) fn district_condition(scope: &Scope, district_col: &str, state_col: &str) -> Option<(String, i64)> {
    match scope {
        Scope::District { district_id, block_id: None } => Some((format!("{district_col} = $1"), *district_id)),
        Scope::State { state_id } => Some((format!("{state_col} = $1"), *state_id)),
        _ => None,
    }
}

pub async fn districts_in_scope(db: &Db, scope: &Scope) -> Result<Vec<DistrictOption>, sqlx::Error> {
    let all = districts(db).await?;
    let allowed: Vec<i64> = match scope {
        Scope::District { district_id, block_id: None } => vec![*district_id],
        Scope::State { state_id } => {
            sqlx::query_scalar("SELECT id FROM districts WHERE state_id = $1")
                .bind(state_id)
                .fetch_all(&db.pool)
                .await?
        }
        _ => Vec::new(),
    };
    Ok(all.into_iter().filter(|d| allowed.contains(&d.id)).collect())
}
