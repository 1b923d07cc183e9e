//! SQL for groups and geography (server only).

use crate::db::{now_ms, Db};
use crate::groups::calls::{CallHours, CallLine};
use crate::groups::gstin::Gstin;
use crate::groups::phone::{Phone, Pincode};
use crate::groups::types::{GroupCard, Place};
use crate::groups::upi::Vpa;
use crate::i18n::Text;
use crate::media::Photo;
use crate::words::GROUP_STORE;
use const_format::concatcp;
use sqlx::AnyConnection;

/// A group being enrolled. Every field is already parsed: a value that got
/// this far is valid.
#[derive(Clone, Debug)]
pub struct NewGroup {
    pub slug: String,
    pub nrlm_code: String,
    pub name: Text,
    pub village_id: i64,
    pub members: i64,
    pub founded_year: i64,
    pub story: Text,
    pub photo: Option<Photo>,
    pub phone: Phone,
    pub upi_vpa: Option<Vpa>,
    pub gstin: Option<Gstin>,
}

/// Adds a state, or (every state is already there from migration
/// `0003_all_states`) updates its names; either way returns its id.
#[tracing::instrument(skip(conn, name))]
pub async fn upsert_state(
    conn: &mut AnyConnection,
    code: &str,
    gst_code: &str,
    slug: &str,
    name: &Text,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO states (code, gst_code, slug, name_en, name_hi) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (slug) DO UPDATE SET name_en = excluded.name_en, name_hi = excluded.name_hi RETURNING id",
    )
    .bind(code)
    .bind(gst_code)
    .bind(slug)
    .bind(&name.en)
    .bind(&name.hi)
    .fetch_one(conn)
    .await
}

#[tracing::instrument(skip(conn, name))]
pub async fn insert_district(
    conn: &mut AnyConnection,
    state_id: i64,
    slug: &str,
    name: &Text,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("INSERT INTO districts (state_id, slug, name_en, name_hi) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(state_id)
        .bind(slug)
        .bind(&name.en)
        .bind(&name.hi)
        .fetch_one(conn)
        .await
}

#[tracing::instrument(skip(conn, name))]
pub async fn insert_block(conn: &mut AnyConnection, district_id: i64, name: &Text) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("INSERT INTO blocks (district_id, name_en, name_hi) VALUES ($1, $2, $3) RETURNING id")
        .bind(district_id)
        .bind(&name.en)
        .bind(&name.hi)
        .fetch_one(conn)
        .await
}

#[tracing::instrument(skip(conn, name))]
pub async fn insert_village(
    conn: &mut AnyConnection,
    block_id: i64,
    name: &Text,
    pincode: &Pincode,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO villages (block_id, name_en, name_hi, pincode) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(block_id)
    .bind(&name.en)
    .bind(&name.hi)
    .bind(pincode.as_str())
    .fetch_one(conn)
    .await
}

/// Enrols a group and opens its own store as its first stock location.
/// Returns the group's id and the store's location id.
#[tracing::instrument(skip(conn, group), fields(slug = %group.slug))]
pub async fn insert_group(conn: &mut AnyConnection, group: &NewGroup) -> Result<(i64, i64), sqlx::Error> {
    // The village fixes block, district and state; copy them for fast filters.
    let (block_id, district_id, state_id): (i64, i64, i64) = sqlx::query_as(
        "SELECT b.id, d.id, d.state_id FROM villages v \
         JOIN blocks b ON b.id = v.block_id JOIN districts d ON d.id = b.district_id \
         WHERE v.id = $1",
    )
    .bind(group.village_id)
    .fetch_one(&mut *conn)
    .await?;
    let group_id: i64 = sqlx::query_scalar(
        "INSERT INTO shg_groups (slug, nrlm_code, name_en, name_hi, village_id, block_id, district_id, \
         state_id, members, founded_year, story_en, story_hi, photo_key, photo_width, photo_height, \
         phone, upi_vpa, gstin, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) \
         RETURNING id",
    )
    .bind(&group.slug)
    .bind(&group.nrlm_code)
    .bind(&group.name.en)
    .bind(&group.name.hi)
    .bind(group.village_id)
    .bind(block_id)
    .bind(district_id)
    .bind(state_id)
    .bind(group.members)
    .bind(group.founded_year)
    .bind(&group.story.en)
    .bind(&group.story.hi)
    .bind(group.photo.as_ref().map(|p| p.key.clone()))
    .bind(group.photo.as_ref().map(|p| i64::from(p.width)))
    .bind(group.photo.as_ref().map(|p| i64::from(p.height)))
    .bind(group.phone.as_str())
    .bind(group.upi_vpa.as_ref().map(|v| v.as_str().to_string()))
    .bind(group.gstin.as_ref().map(|g| g.as_str().to_string()))
    .bind(now_ms())
    .fetch_one(&mut *conn)
    .await?;
    let store_name = crate::groups::text::store_name(&group.name);
    let location_id: i64 = sqlx::query_scalar(concatcp!(
        "INSERT INTO stock_locations (group_id, kind, name_en, name_hi) VALUES ($1, ",
        GROUP_STORE,
        ", $2, $3) RETURNING id"
    ))
    .bind(group_id)
    .bind(store_name.en)
    .bind(store_name.hi)
    .fetch_one(&mut *conn)
    .await?;
    Ok((group_id, location_id))
}

const CARD_SELECT: &str = "SELECT g.id, g.slug, g.name_en, g.name_hi, g.members, g.founded_year, \
    g.photo_key, g.photo_width, g.photo_height, g.nrlm_code, g.story_en, g.story_hi, g.gstin, \
    g.phone, g.call_from, g.call_to, \
    v.name_en AS village_en, v.name_hi AS village_hi, b.name_en AS block_en, b.name_hi AS block_hi, \
    d.slug AS district_slug, d.name_en AS district_en, d.name_hi AS district_hi, \
    s.slug AS state_slug, s.name_en AS state_en, s.name_hi AS state_hi \
    FROM shg_groups g \
    JOIN villages v ON v.id = g.village_id JOIN blocks b ON b.id = g.block_id \
    JOIN districts d ON d.id = g.district_id JOIN states s ON s.id = g.state_id";

#[derive(sqlx::FromRow)]
struct GroupRow {
    id: i64,
    slug: String,
    name_en: String,
    name_hi: String,
    members: i64,
    founded_year: i64,
    photo_key: Option<String>,
    photo_width: Option<i64>,
    photo_height: Option<i64>,
    nrlm_code: String,
    story_en: String,
    story_hi: String,
    gstin: Option<String>,
    phone: String,
    call_from: Option<i64>,
    call_to: Option<i64>,
    village_en: String,
    village_hi: String,
    block_en: String,
    block_hi: String,
    district_slug: String,
    district_en: String,
    district_hi: String,
    state_slug: String,
    state_en: String,
    state_hi: String,
}

impl GroupRow {
    /// Its number and hours, when its leader has said it takes calls for orders.
    fn call(&self) -> Option<CallLine> {
        CallHours::from_columns(self.call_from, self.call_to).map(|hours| CallLine { phone: self.phone.clone(), hours })
    }

    fn card(&self) -> GroupCard {
        GroupCard {
            slug: self.slug.clone(),
            name: Text::new(&self.name_hi, &self.name_en),
            place: Place {
                village: Text::new(&self.village_hi, &self.village_en),
                block: Text::new(&self.block_hi, &self.block_en),
                district: Text::new(&self.district_hi, &self.district_en),
                district_slug: self.district_slug.clone(),
                state: Text::new(&self.state_hi, &self.state_en),
                state_slug: self.state_slug.clone(),
            },
            members: self.members,
            founded_year: self.founded_year,
            photo: Photo::from_columns(self.photo_key.clone(), self.photo_width, self.photo_height),
        }
    }
}

/// A group's card by id.
#[tracing::instrument(skip(db))]
pub async fn group_card(db: &Db, group_id: i64) -> Result<Option<GroupCard>, sqlx::Error> {
    Ok(group_card_and_call(db, group_id).await?.map(|(card, _)| card))
}

/// A group's card by id, with its number and hours for orders by phone.
#[tracing::instrument(skip(db))]
pub async fn group_card_and_call(db: &Db, group_id: i64) -> Result<Option<(GroupCard, Option<CallLine>)>, sqlx::Error> {
    let sql = format!("{CARD_SELECT} WHERE g.id = $1");
    let row: Option<GroupRow> =
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(group_id).fetch_optional(&db.pool).await?;
    Ok(row.map(|r| (r.card(), r.call())))
}

/// The hours a group takes calls for orders (`None`: no calls), and its number.
pub async fn call_settings(db: &Db, group_id: i64) -> Result<(Option<CallHours>, String), sqlx::Error> {
    let (from, to, phone): (Option<i64>, Option<i64>, String) =
        sqlx::query_as("SELECT call_from, call_to, phone FROM shg_groups WHERE id = $1")
            .bind(group_id)
            .fetch_one(&db.pool)
            .await?;
    Ok((CallHours::from_columns(from, to), phone))
}

/// Sets the hours a group takes calls for orders (`None`: it takes none).
pub async fn set_call_hours(
    conn: &mut AnyConnection,
    group_id: i64,
    hours: Option<CallHours>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE shg_groups SET call_from = $1, call_to = $2 WHERE id = $3")
        .bind(hours.map(|h| i64::from(h.from)))
        .bind(hours.map(|h| i64::from(h.to)))
        .bind(group_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// What the group page shows about the group itself (its products are a listing).
#[derive(Clone, Debug)]
pub struct GroupRecord {
    pub id: i64,
    pub card: GroupCard,
    pub nrlm_code: String,
    pub story: Text,
    pub gstin: Option<String>,
    pub call: Option<CallLine>,
}

#[tracing::instrument(skip(db))]
pub async fn group_by_slug(db: &Db, slug: &str) -> Result<Option<GroupRecord>, sqlx::Error> {
    let sql = format!("{CARD_SELECT} WHERE g.slug = $1");
    let row: Option<GroupRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(slug).fetch_optional(&db.pool).await?;
    Ok(row.map(|r| GroupRecord {
        id: r.id,
        card: r.card(),
        nrlm_code: r.nrlm_code.clone(),
        story: Text::new(&r.story_hi, &r.story_en),
        gstin: r.gstin.clone(),
        call: r.call(),
    }))
}

#[tracing::instrument(skip(db))]
pub async fn count_groups(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM shg_groups").fetch_one(&db.pool).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::each_engine;
    use crate::testing::catalogue;

    #[tokio::test]
    async fn a_group_carries_its_village_block_district_and_state() {
        each_engine(|db| async move {
            let fixture = catalogue(&db).await;
            let record = group_by_slug(&db, "maa-durga-khorpa").await.unwrap().unwrap();
            assert_eq!(record.id, fixture.raipur_group);
            assert_eq!(record.card.name.hi, "माँ दुर्गा समूह");
            assert_eq!(record.card.place.village.en, "Khorpa");
            assert_eq!(record.card.place.block.hi, "अभनपुर");
            assert_eq!(record.card.place.district_slug, "raipur");
            assert_eq!(record.card.place.state.en, "Chhattisgarh");
            assert_eq!(record.card.photo.as_ref().map(|p| (p.width, p.height)), Some((800, 600)));
            assert!(record.gstin.as_deref().is_some_and(|g| g.starts_with("22AAEAM4821K1Z")));
            let unregistered = group_by_slug(&db, "ekta-tighra").await.unwrap().unwrap();
            assert_eq!(unregistered.gstin, None);
            assert_eq!(group_card(&db, fixture.gwalior_group).await.unwrap().unwrap().slug, "ekta-tighra");
            assert!(group_by_slug(&db, "nobody").await.unwrap().is_none());
            assert_eq!(count_groups(&db).await.unwrap(), 2);
        })
        .await;
    }

    #[tokio::test]
    async fn every_group_gets_its_own_store_as_a_stock_location() {
        each_engine(|db| async move {
            let fixture = catalogue(&db).await;
            let stores: Vec<(i64, String)> =
                sqlx::query_as("SELECT group_id, kind FROM stock_locations ORDER BY group_id")
                    .fetch_all(&db.pool)
                    .await
                    .unwrap();
            assert_eq!(
                stores,
                vec![
                    (fixture.raipur_group, "group_store".to_string()),
                    (fixture.gwalior_group, "group_store".to_string())
                ]
            );
        })
        .await;
    }

    #[tokio::test]
    async fn nrlm_codes_and_slugs_are_unique() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let village_id: i64 = sqlx::query_scalar("SELECT id FROM villages WHERE name_en = 'Khorpa'")
                .fetch_one(&db.pool)
                .await
                .unwrap();
            let copy = NewGroup {
                slug: "maa-durga-khorpa".into(),
                nrlm_code: "NEW/1".into(),
                name: Text::new("क", "K"),
                village_id,
                members: 10,
                founded_year: 2020,
                story: Text::default(),
                photo: None,
                phone: Phone::parse("9000000000").unwrap(),
                upi_vpa: None,
                gstin: None,
            };
            let mut conn = db.pool.acquire().await.unwrap();
            assert!(insert_group(&mut conn, &copy).await.is_err(), "same slug");
            let copy = NewGroup { slug: "new-group".into(), nrlm_code: "TEST/maa-durga-khorpa".into(), ..copy };
            assert!(insert_group(&mut conn, &copy).await.is_err(), "same NRLM code");
            drop(conn);
            assert_eq!(count_groups(&db).await.unwrap(), 2);
        })
        .await;
    }
}
