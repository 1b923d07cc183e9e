//! The people officials look after (server only): traders and their
//! GSTIN verification, a group's members, department offices.

use crate::accounts::places::district_condition;
use crate::accounts::places::{district_place, PlaceRef};
use crate::accounts::types::*;
use crate::db::{now_ms, Db};
use crate::i18n::Text;
use crate::words::{DEPARTMENT, SELLER, SHOPPER, TRADER};
use const_format::concatcp;
use sqlx::AnyConnection;

pub async fn register_trader(
    conn: &mut AnyConnection,
    user_id: i64,
    business_name: &str,
    gstin: &str,
    district_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO traders (user_id, business_name, gstin, district_id) VALUES ($1, $2, $3, $4)")
        .bind(user_id)
        .bind(business_name)
        .bind(gstin)
        .bind(district_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(concatcp!("UPDATE users SET role = ", TRADER, ", updated_at = $1 WHERE id = $2 AND role = ", SHOPPER))
        .bind(now_ms())
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

const TRADER_SELECT: &str = "SELECT t.user_id, u.name, u.phone, t.business_name, t.gstin, d.name_hi, d.name_en, \
    t.verified_at FROM traders t JOIN users u ON u.id = t.user_id JOIN districts d ON d.id = t.district_id";

type TraderTuple = (i64, String, String, String, String, String, String, Option<i64>);

fn trader_info((user_id, name, phone, business_name, gstin, hi, en, verified_at): TraderTuple) -> TraderInfo {
    TraderInfo {
        user_id,
        name,
        phone,
        business_name,
        gstin,
        district: Text::new(hi, en),
        verified: verified_at.is_some(),
    }
}

pub async fn trader(db: &Db, user_id: i64) -> Result<Option<TraderInfo>, sqlx::Error> {
    let sql = format!("{TRADER_SELECT} WHERE t.user_id = $1");
    let row: Option<TraderTuple> =
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(user_id).fetch_optional(&db.pool).await?;
    Ok(row.map(trader_info))
}

/// Where a trader is registered (for officials' scope).
pub async fn trader_place(db: &Db, user_id: i64) -> Result<Option<PlaceRef>, sqlx::Error> {
    let district: Option<i64> = sqlx::query_scalar("SELECT district_id FROM traders WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?;
    match district {
        Some(district_id) => district_place(db, district_id).await,
        None => Ok(None),
    }
}

pub async fn verify_trader(db: &Db, user_id: i64, by: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query("UPDATE traders SET verified_at = $1, verified_by = $2 WHERE user_id = $3 AND verified_at IS NULL")
        .bind(now_ms())
        .bind(by)
        .bind(user_id)
        .execute(&db.pool)
        .await?
        .rows_affected()
        == 1)
}

pub async fn traders_in_scope(db: &Db, scope: &Scope) -> Result<Vec<TraderInfo>, sqlx::Error> {
    let Some((condition, id)) = district_condition(scope, "t.district_id", "d.state_id") else { return Ok(Vec::new()) };
    let sql = format!("{TRADER_SELECT} WHERE {condition} ORDER BY t.verified_at IS NOT NULL, t.business_name");
    let rows: Vec<TraderTuple> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_all(&db.pool).await?;
    Ok(rows.into_iter().map(trader_info).collect())
}

pub async fn members_of(db: &Db, group_id: i64) -> Result<Vec<Member>, sqlx::Error> {
    let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(concatcp!(
        "SELECT id, name, phone, group_leader FROM users WHERE group_id = $1 AND role = ",
        SELLER,
        " ORDER BY group_leader DESC, name"
    ))
    .bind(group_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(user_id, name, phone, leader)| Member { user_id, name, phone, leader: leader == 1 })
        .collect())
}

/// Removes a member's login from a group (her sessions end with it).
pub async fn remove_member(tx: &mut AnyConnection, group_id: i64, user_id: i64) -> Result<bool, sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
    let removed = sqlx::query(concatcp!("DELETE FROM users WHERE id = $1 AND group_id = $2 AND role = ", SELLER))
        .bind(user_id)
        .bind(group_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    Ok(removed == 1)
}

pub async fn my_group(db: &Db, group_id: i64) -> Result<Option<(String, Text, Text)>, sqlx::Error> {
    let row: Option<(String, String, String, String, String)> = sqlx::query_as(
        "SELECT g.slug, g.name_hi, g.name_en, v.name_hi || ', ' || d.name_hi, v.name_en || ', ' || d.name_en \
         FROM shg_groups g JOIN villages v ON v.id = g.village_id JOIN districts d ON d.id = g.district_id \
         WHERE g.id = $1",
    )
    .bind(group_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(slug, hi, en, place_hi, place_en)| (slug, Text::new(hi, en), Text::new(place_hi, place_en))))
}

pub async fn groups_in_scope(db: &Db, scope: &Scope) -> Result<Vec<ScopedGroup>, sqlx::Error> {
    let (condition, id, block) = match scope {
        Scope::District { district_id, block_id } => ("g.district_id = $1", *district_id, *block_id),
        Scope::State { state_id } => ("g.state_id = $1", *state_id, None),
        _ => return Ok(Vec::new()),
    };
    let block_condition = if block.is_some() { " AND g.block_id = $2" } else { "" };
    let sql = format!(
        "SELECT g.id, g.slug, g.name_hi, g.name_en, v.name_hi || ', ' || d.name_hi, v.name_en || ', ' || d.name_en, \
         (SELECT COUNT(*) FROM users u WHERE u.group_id = g.id AND u.role = {SELLER}) \
         FROM shg_groups g JOIN villages v ON v.id = g.village_id JOIN districts d ON d.id = g.district_id \
         WHERE {condition}{block_condition} ORDER BY g.name_en"
    );
    let mut query =
        sqlx::query_as::<_, (i64, String, String, String, String, String, i64)>(sqlx::AssertSqlSafe(sql)).bind(id);
    if let Some(block_id) = block {
        query = query.bind(block_id);
    }
    let rows = query.fetch_all(&db.pool).await?;
    Ok(rows
        .into_iter()
        .map(|(id, slug, hi, en, place_hi, place_en, members)| ScopedGroup {
            id,
            slug,
            name: Text::new(hi, en),
            place: Text::new(place_hi, place_en),
            members,
        })
        .collect())
}

pub async fn group_id_by_slug(db: &Db, slug: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM shg_groups WHERE slug = $1").bind(slug).fetch_optional(&db.pool).await
}

pub async fn count_members(db: &Db, group_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(concatcp!("SELECT COUNT(*) FROM users WHERE group_id = $1 AND role = ", SELLER))
        .bind(group_id)
        .fetch_one(&db.pool)
        .await
}

pub async fn create_office(
    db: &Db,
    name: &Text,
    department: Department,
    district_id: i64,
    created_by: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO department_offices (name_en, name_hi, department, district_id, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(&name.en)
    .bind(&name.hi)
    .bind(department)
    .bind(district_id)
    .bind(created_by)
    .bind(now_ms())
    .fetch_one(&db.pool)
    .await
}

pub async fn offices_in_scope(db: &Db, scope: &Scope) -> Result<Vec<OfficeView>, sqlx::Error> {
    let Some((condition, id)) = district_condition(scope, "o.district_id", "d.state_id") else { return Ok(Vec::new()) };
    let sql = format!(
        "SELECT o.id, o.name_hi, o.name_en, o.department, d.name_hi, d.name_en FROM department_offices o \
         JOIN districts d ON d.id = o.district_id WHERE {condition} ORDER BY o.name_en"
    );
    let offices: Vec<(i64, String, String, Department, String, String)> =
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_all(&db.pool).await?;
    let sql = format!(
        "SELECT u.id, u.office_id, u.name, u.phone, dd.duty FROM users u \
         JOIN department_offices o ON o.id = u.office_id JOIN districts d ON d.id = o.district_id \
         LEFT JOIN department_duties dd ON dd.user_id = u.id WHERE u.role = {DEPARTMENT} AND {condition} \
         ORDER BY u.name, dd.duty"
    );
    let people: Vec<(i64, i64, String, String, Option<Duty>)> =
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_all(&db.pool).await?;
    Ok(offices
        .into_iter()
        .map(|(office_id, hi, en, department, d_hi, d_en)| {
            let mut users: Vec<OfficeUser> = Vec::new();
            for (user_id, _, name, phone, duty) in people.iter().filter(|p| p.1 == office_id) {
                if users.last().is_none_or(|u| u.user_id != *user_id) {
                    users.push(OfficeUser {
                        user_id: *user_id,
                        name: name.clone(),
                        phone: phone.clone(),
                        duties: Vec::new(),
                    });
                }
                if let (Some(user), Some(duty)) = (users.last_mut(), duty) {
                    user.duties.push(*duty);
                }
            }
            OfficeView { id: office_id, name: Text::new(hi, en), department, district: Text::new(d_hi, d_en), users }
        })
        .collect())
}
