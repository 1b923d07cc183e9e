//! SQL for accounts (server only). Row types holding secrets (password
//! hash, TOTP secret) are not `Serialize` and never leave this module's
//! callers on the server.

use crate::accounts::otp::StoredCode;
use crate::accounts::types::*;
use crate::db::{now_ms, Db};
use crate::groups::phone::Pincode;
use crate::i18n::{Lang, Text};
use crate::words::{DEPARTMENT, SELLER, SHOPPER, TRADER};
use const_format::concatcp;
use sqlx::AnyConnection;

/// A user row, with its secrets. Server only; not serializable.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub phone: String,
    pub name: String,
    pub lang: String,
    pub role: Role,
    pub group_id: Option<i64>,
    pub group_leader: i64,
    pub state_id: Option<i64>,
    pub district_id: Option<i64>,
    pub block_id: Option<i64>,
    pub office_id: Option<i64>,
    pub outlet_id: Option<i64>,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
    pub totp_pending_secret: Option<String>,
    pub totp_last_step: Option<i64>,
}

const USER_COLUMNS: &str = "id, phone, name, lang, role, group_id, group_leader, state_id, district_id, block_id, \
    office_id, outlet_id, password_hash, totp_secret, totp_pending_secret, totp_last_step";

impl UserRow {
    pub fn role(&self) -> Role {
        self.role
    }
}

/// A person being created. The role and its scope columns go together:
/// [`NewUser::validate_scope`] refuses a seller without a group, etc.
#[derive(Clone, Debug, Default)]
pub struct NewUser {
    pub phone: String,
    pub name: String,
    pub lang: Option<Lang>,
    pub role: Option<Role>,
    pub group_id: Option<i64>,
    pub group_leader: bool,
    pub state_id: Option<i64>,
    pub district_id: Option<i64>,
    pub block_id: Option<i64>,
    pub office_id: Option<i64>,
    pub outlet_id: Option<i64>,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
    pub created_by: Option<i64>,
}

impl NewUser {
    /// Each role has exactly the scope it needs.
    pub fn validate_scope(&self) -> Result<Role, String> {
        let role = self.role.unwrap_or(Role::Shopper);
        let ok = match role {
            Role::Shopper | Role::Trader => true,
            Role::Seller => self.group_id.is_some(),
            Role::Department => self.office_id.is_some(),
            Role::DistrictOfficial => self.district_id.is_some(),
            Role::StateOfficial => self.state_id.is_some(),
            Role::OutletStaff => self.outlet_id.is_some(),
        };
        if ok {
            Ok(role)
        } else {
            Err(format!("a {} needs its scope", role.as_str()))
        }
    }
}

pub async fn create_user(conn: &mut AnyConnection, user: &NewUser) -> Result<i64, sqlx::Error> {
    let role = user.validate_scope().map_err(sqlx::Error::Protocol)?;
    let now = now_ms();
    sqlx::query_scalar(
        "INSERT INTO users (phone, name, lang, role, group_id, group_leader, state_id, district_id, block_id, \
         office_id, outlet_id, password_hash, totp_secret, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
    )
    .bind(&user.phone)
    .bind(&user.name)
    .bind(user.lang.unwrap_or_default().code())
    .bind(role.as_str())
    .bind(user.group_id)
    .bind(i64::from(user.group_leader))
    .bind(user.state_id)
    .bind(user.district_id)
    .bind(user.block_id)
    .bind(user.office_id)
    .bind(user.outlet_id)
    .bind(user.password_hash.clone())
    .bind(user.totp_secret.clone())
    .bind(user.created_by)
    .bind(now)
    .bind(now)
    .fetch_one(conn)
    .await
}

pub async fn user_by_phone(db: &Db, phone: &str) -> Result<Option<UserRow>, sqlx::Error> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE phone = $1");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(phone).fetch_optional(&db.pool).await
}

pub async fn user_by_id(db: &Db, id: i64) -> Result<Option<UserRow>, sqlx::Error> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(&db.pool).await
}

pub async fn duties_of(db: &Db, user_id: i64) -> Result<Vec<Duty>, sqlx::Error> {
    let mut duties: Vec<Duty> =
        sqlx::query_scalar("SELECT duty FROM department_duties WHERE user_id = $1 ORDER BY duty")
            .bind(user_id)
            .fetch_all(&db.pool)
            .await?;
    duties.sort();
    Ok(duties)
}

pub async fn set_duties(conn: &mut AnyConnection, user_id: i64, duties: &[Duty]) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM department_duties WHERE user_id = $1").bind(user_id).execute(&mut *conn).await?;
    for duty in duties {
        sqlx::query("INSERT INTO department_duties (user_id, duty) VALUES ($1, $2)")
            .bind(user_id)
            .bind(duty.as_str())
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Builds the caller (role and scope) of a user.
pub async fn caller_of(db: &Db, user: &UserRow) -> Result<Caller, sqlx::Error> {
    let role = user.role();
    let scope = match role {
        Role::Shopper => Scope::Own,
        Role::Seller => match user.group_id {
            Some(group_id) => Scope::Group { group_id, leader: user.group_leader == 1 },
            None => Scope::Own,
        },
        Role::Trader => {
            let verified: Option<Option<i64>> =
                sqlx::query_scalar("SELECT verified_at FROM traders WHERE user_id = $1")
                    .bind(user.id)
                    .fetch_optional(&db.pool)
                    .await?;
            Scope::Trader { verified: verified.flatten().is_some() }
        }
        Role::Department => match user.office_id {
            Some(office_id) => Scope::Office { office_id, duties: duties_of(db, user.id).await? },
            None => Scope::Own,
        },
        Role::DistrictOfficial => match user.district_id {
            Some(district_id) => Scope::District { district_id, block_id: user.block_id },
            None => Scope::Own,
        },
        Role::StateOfficial => match user.state_id {
            Some(state_id) => Scope::State { state_id },
            None => Scope::Own,
        },
        Role::OutletStaff => match user.outlet_id {
            Some(outlet_id) => Scope::Outlet { outlet_id },
            None => Scope::Own,
        },
    };
    Ok(Caller {
        user_id: user.id,
        name: user.name.clone(),
        phone: user.phone.clone(),
        lang: Lang::from_code(&user.lang).unwrap_or_default(),
        role,
        scope,
    })
}

pub async fn update_profile(db: &Db, user_id: i64, name: &str, lang: Lang) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET name = $1, lang = $2, updated_at = $3 WHERE id = $4")
        .bind(name)
        .bind(lang.code())
        .bind(now_ms())
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// A person's email for notices, if she gave one.
pub async fn email_of(db: &Db, user_id: i64) -> Result<Option<String>, sqlx::Error> {
    Ok(sqlx::query_scalar::<_, Option<String>>("SELECT email FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?
        .flatten())
}

pub async fn set_email(db: &Db, user_id: i64, email: Option<&str>) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET email = $1, updated_at = $2 WHERE id = $3")
        .bind(email)
        .bind(now_ms())
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_password_hash(db: &Db, user_id: i64, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(hash)
        .bind(now_ms())
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_totp_pending(db: &Db, user_id: i64, secret: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET totp_pending_secret = $1, updated_at = $2 WHERE id = $3")
        .bind(secret)
        .bind(now_ms())
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Makes the pending secret the active one, remembering the step used to confirm it.
pub async fn enable_totp(db: &Db, user_id: i64, step: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = $1, \
         updated_at = $2 WHERE id = $3 AND totp_pending_secret IS NOT NULL",
    )
    .bind(step)
    .bind(now_ms())
    .bind(user_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Records an accepted TOTP step, only if it is newer than the last one
/// (so two requests racing with the same code cannot both pass).
pub async fn record_totp_step(db: &Db, user_id: i64, step: i64) -> Result<bool, sqlx::Error> {
    let updated = sqlx::query(
        "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
    )
    .bind(step)
    .bind(user_id)
    .execute(&db.pool)
    .await?
    .rows_affected();
    Ok(updated == 1)
}

// ——— One-time codes ———

pub async fn insert_code(db: &Db, phone: &str, code_hash: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO login_codes (phone, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(phone)
        .bind(code_hash)
        .bind(now)
        .bind(now + crate::accounts::otp::CODE_TTL_MS)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The newest code sent to a phone: (id, hash, state).
pub async fn latest_code(db: &Db, phone: &str) -> Result<Option<(i64, String, StoredCode)>, sqlx::Error> {
    let row: Option<(i64, String, i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, code_hash, expires_at, attempts, used_at FROM login_codes WHERE phone = $1 \
         ORDER BY created_at DESC, id DESC LIMIT 1",
    )
    .bind(phone)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(id, hash, expires_at, attempts, used_at)| {
        (id, hash, StoredCode { expires_at, attempts, used: used_at.is_some() })
    }))
}

pub async fn record_code_attempt(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE login_codes SET attempts = attempts + 1 WHERE id = $1").bind(id).execute(&db.pool).await?;
    Ok(())
}

/// Uses up a code; false if it was already used (a double submit racing).
pub async fn use_code(db: &Db, id: i64, now: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query("UPDATE login_codes SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
        .bind(now)
        .bind(id)
        .execute(&db.pool)
        .await?
        .rows_affected()
        == 1)
}

pub async fn purge_old_codes(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM login_codes WHERE expires_at < $1")
        .bind(now - 24 * 60 * 60 * 1000)
        .execute(&db.pool)
        .await?
        .rows_affected())
}

// ——— Addresses ———

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

// ——— Places ———

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

// ——— Traders ———

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

/// The SQL condition (on a district column and a state column) for an
/// official's scope, with its bind value. Block-scoped officials manage
/// only their block's groups, so they match no district-level rows here.
fn district_condition(scope: &Scope, district_col: &str, state_col: &str) -> Option<(String, i64)> {
    match scope {
        Scope::District { district_id, block_id: None } => Some((format!("{district_col} = $1"), *district_id)),
        Scope::State { state_id } => Some((format!("{state_col} = $1"), *state_id)),
        _ => None,
    }
}

pub async fn traders_in_scope(db: &Db, scope: &Scope) -> Result<Vec<TraderInfo>, sqlx::Error> {
    let Some((condition, id)) = district_condition(scope, "t.district_id", "d.state_id") else { return Ok(Vec::new()) };
    let sql = format!("{TRADER_SELECT} WHERE {condition} ORDER BY t.verified_at IS NOT NULL, t.business_name");
    let rows: Vec<TraderTuple> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_all(&db.pool).await?;
    Ok(rows.into_iter().map(trader_info).collect())
}

// ——— Groups and members ———

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

// ——— Department offices ———

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
    .bind(department.as_str())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::each_engine;
    use crate::testing::catalogue;

    async fn raipur(db: &Db) -> i64 {
        sqlx::query_scalar("SELECT id FROM districts WHERE slug = 'raipur'").fetch_one(&db.pool).await.unwrap()
    }

    #[tokio::test]
    async fn a_user_is_created_with_her_scope_and_found_by_phone() {
        each_engine(|db| async move {
            let fixture = catalogue(&db).await;
            let mut conn = db.pool.acquire().await.unwrap();
            let seller = NewUser {
                phone: "9000000002".into(),
                name: "Kamla".into(),
                role: Some(Role::Seller),
                group_id: Some(fixture.raipur_group),
                group_leader: true,
                ..Default::default()
            };
            let id = create_user(&mut conn, &seller).await.unwrap();
            drop(conn);
            let row = user_by_phone(&db, "9000000002").await.unwrap().unwrap();
            assert_eq!(row.id, id);
            let caller = caller_of(&db, &row).await.unwrap();
            assert_eq!(caller.role, Role::Seller);
            assert_eq!(caller.scope, Scope::Group { group_id: fixture.raipur_group, leader: true });
            assert!(user_by_phone(&db, "9000000099").await.unwrap().is_none());
        })
        .await;
    }

    #[tokio::test]
    async fn a_role_without_its_scope_is_refused_and_phones_are_unique() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let mut conn = db.pool.acquire().await.unwrap();
            let no_group = NewUser {
                phone: "9000000003".into(),
                name: "X".into(),
                role: Some(Role::Seller),
                ..Default::default()
            };
            assert!(create_user(&mut conn, &no_group).await.is_err());
            let shopper = NewUser { phone: "9000000004".into(), name: "Y".into(), ..Default::default() };
            create_user(&mut conn, &shopper).await.unwrap();
            assert!(create_user(&mut conn, &shopper).await.is_err(), "same phone twice");
        })
        .await;
    }

    #[tokio::test]
    async fn addresses_belong_to_their_owner_only() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let mut conn = db.pool.acquire().await.unwrap();
            let a =
                create_user(&mut conn, &NewUser { phone: "9000000005".into(), name: "A".into(), ..Default::default() })
                    .await
                    .unwrap();
            let b =
                create_user(&mut conn, &NewUser { phone: "9000000006".into(), name: "B".into(), ..Default::default() })
                    .await
                    .unwrap();
            drop(conn);
            let state_id: i64 = sqlx::query_scalar("SELECT id FROM states WHERE slug = 'chhattisgarh'")
                .fetch_one(&db.pool)
                .await
                .unwrap();
            let address = NewAddress {
                name: "A".into(),
                phone: "9000000005".into(),
                line1: "House 4, Gandhi Chowk".into(),
                line2: String::new(),
                city: "Raipur".into(),
                district: "Raipur".into(),
                state_id,
                pincode: Pincode::parse("492001").unwrap(),
            };
            let id = add_address(&db, a, &address).await.unwrap();
            assert_eq!(addresses_of(&db, a).await.unwrap()[0].state.en, "Chhattisgarh");
            assert!(!delete_address(&db, b, id).await.unwrap(), "not hers to delete");
            assert_eq!(addresses_of(&db, a).await.unwrap().len(), 1);
            assert!(delete_address(&db, a, id).await.unwrap());
            assert!(addresses_of(&db, a).await.unwrap().is_empty());
        })
        .await;
    }

    #[tokio::test]
    async fn a_code_is_used_once_even_when_two_requests_race() {
        each_engine(|db| async move {
            insert_code(&db, "9000000007", "salt$hash", 1_000).await.unwrap();
            let (id, hash, stored) = latest_code(&db, "9000000007").await.unwrap().unwrap();
            assert_eq!(hash, "salt$hash");
            assert_eq!(stored.attempts, 0);
            record_code_attempt(&db, id).await.unwrap();
            assert_eq!(latest_code(&db, "9000000007").await.unwrap().unwrap().2.attempts, 1);
            let (first, second) = tokio::join!(use_code(&db, id, 2_000), use_code(&db, id, 2_000));
            assert!(first.unwrap() ^ second.unwrap(), "exactly one use succeeds");
            assert!(latest_code(&db, "9000000007").await.unwrap().unwrap().2.used);
        })
        .await;
    }

    #[tokio::test]
    async fn traders_and_offices_are_listed_for_the_officials_whose_scope_they_are_in() {
        each_engine(|db| async move {
            let fixture = catalogue(&db).await;
            let raipur = raipur(&db).await;
            let gwalior: i64 = sqlx::query_scalar("SELECT id FROM districts WHERE slug = 'gwalior'")
                .fetch_one(&db.pool)
                .await
                .unwrap();
            let cg: i64 = sqlx::query_scalar("SELECT state_id FROM districts WHERE id = $1")
                .bind(raipur)
                .fetch_one(&db.pool)
                .await
                .unwrap();
            let mut conn = db.pool.acquire().await.unwrap();
            let trader =
                create_user(&mut conn, &NewUser { phone: "9000000008".into(), name: "T".into(), ..Default::default() })
                    .await
                    .unwrap();
            register_trader(&mut conn, trader, "Sahu Traders", "22AAAAA0000A1Z5", raipur).await.unwrap();
            drop(conn);
            let office = create_office(
                &db,
                &Text::new("कलेक्टोरेट रायपुर", "Collectorate Raipur"),
                Department::Collectorate,
                raipur,
                1,
            )
            .await
            .unwrap();
            let raipur_scope = Scope::District { district_id: raipur, block_id: None };
            let gwalior_scope = Scope::District { district_id: gwalior, block_id: None };
            let state_scope = Scope::State { state_id: cg };
            assert_eq!(traders_in_scope(&db, &raipur_scope).await.unwrap()[0].business_name, "Sahu Traders");
            assert!(traders_in_scope(&db, &gwalior_scope).await.unwrap().is_empty());
            assert_eq!(traders_in_scope(&db, &state_scope).await.unwrap().len(), 1);
            assert_eq!(offices_in_scope(&db, &raipur_scope).await.unwrap()[0].id, office);
            assert!(offices_in_scope(&db, &gwalior_scope).await.unwrap().is_empty());
            assert_eq!(
                groups_in_scope(&db, &raipur_scope).await.unwrap().iter().map(|g| g.id).collect::<Vec<_>>(),
                vec![fixture.raipur_group]
            );
            assert!(!traders_in_scope(&db, &raipur_scope).await.unwrap()[0].verified);
            assert!(verify_trader(&db, trader, 1).await.unwrap());
            assert!(!verify_trader(&db, trader, 1).await.unwrap(), "already verified");
            let row = user_by_id(&db, trader).await.unwrap().unwrap();
            assert_eq!(caller_of(&db, &row).await.unwrap().scope, Scope::Trader { verified: true });
        })
        .await;
    }
}
