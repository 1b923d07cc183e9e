//! People's accounts (server only): users with their roles, duties,
//! profile, password and second factor. Row types holding secrets
//! (password hash, TOTP secret) are not `Serialize` and never leave this
//! module's callers on the server. Sign-in codes, addresses, places and
//! the people officials look after have files of their own beside this.

use crate::accounts::types::*;
use crate::db::{now_ms, Db};
use crate::i18n::Lang;
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
    .bind(role)
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
            .bind(*duty)
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

/// Her preferred language (the header's switch keeps the profile's in step).
pub async fn set_language(db: &Db, user_id: i64, lang: Lang) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET lang = $1, updated_at = $2 WHERE id = $3")
        .bind(lang.code())
        .bind(crate::db::now_ms())
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{addresses::*, codes::*, people::*};
    use crate::db::testing::each_engine;
    use crate::groups::phone::Pincode;
    use crate::i18n::Text;
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
