//! Targets per block per financial year and what each block achieved
//! (SQL): groups that sold and sales from the roll-ups (whole months from
//! the monthly one, the days at the edges from the daily one), live
//! listings from the listings' status index.

use crate::accounts::types::Scope;
use crate::db::Db;
use crate::i18n::Text;
use crate::money::Money;
use crate::monitoring::sold::{bind_period, group_sales};
use crate::monitoring::targets::Figures;
use crate::words::LIVE;
use sqlx::AnyConnection;

/// A block's district and state, if the id is a block's.
pub async fn block_place(conn: &mut AnyConnection, block_id: i64) -> Result<Option<(i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT b.district_id, d.state_id FROM blocks b JOIN districts d ON d.id = b.district_id WHERE b.id = $1",
    )
    .bind(block_id)
    .fetch_optional(conn)
    .await
}

/// Sets (or replaces) a block's targets for the year starting in `fy`.
pub async fn set_targets(
    conn: &mut AnyConnection,
    block_id: i64,
    fy: i64,
    figures: &Figures,
    by: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO block_targets (block_id, fy, groups_selling, live_listings, sales_paise, set_by, set_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (block_id, fy) DO UPDATE SET \
         groups_selling = excluded.groups_selling, live_listings = excluded.live_listings, \
         sales_paise = excluded.sales_paise, set_by = excluded.set_by, set_at = excluded.set_at",
    )
    .bind(block_id)
    .bind(fy)
    .bind(figures.groups_selling)
    .bind(figures.live_listings)
    .bind(figures.sales.to_paise())
    .bind(by)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// The blocks of a district that a scope covers (a block official: her
/// own; outside the scope: none), by name.
pub async fn blocks_in_scope(db: &Db, scope: &Scope, district_id: i64) -> Result<Vec<(i64, Text)>, sqlx::Error> {
    let (condition, a) = match scope {
        Scope::District { district_id: own, block_id: Some(block) } if *own == district_id => ("b.id = $2", *block),
        Scope::District { district_id: own, block_id: None } if *own == district_id => ("$2 = 0", 0),
        Scope::State { state_id } => ("d.state_id = $2", *state_id),
        _ => return Ok(Vec::new()),
    };
    // `condition` is one of the fixed fragments above; values are bound.
    let rows: Vec<(i64, String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT b.id, b.name_hi, b.name_en FROM blocks b JOIN districts d ON d.id = b.district_id \
         WHERE b.district_id = $1 AND {condition} ORDER BY b.name_en, b.id"
    )))
    .bind(district_id)
    .bind(a)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.into_iter().map(|(id, hi, en)| (id, Text::new(hi, en))).collect())
}

/// Each block's targets for the year (blocks without any are absent).
pub async fn targets(db: &Db, district_id: i64, fy: i64) -> Result<Vec<(i64, Figures)>, sqlx::Error> {
    let rows: Vec<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT t.block_id, t.groups_selling, t.live_listings, t.sales_paise FROM block_targets t \
         JOIN blocks b ON b.id = t.block_id WHERE b.district_id = $1 AND t.fy = $2",
    )
    .bind(district_id)
    .bind(fy)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(block, groups, listings, paise)| {
            (block, Figures { groups_selling: groups, live_listings: listings, sales: Money::from_paise(paise) })
        })
        .collect())
}

/// What each block of a district achieved in days `from..=to`: groups
/// that sold and the value sold (roll-ups), and listings live now.
pub async fn achieved(db: &Db, district_id: i64, (from, to): (i64, i64)) -> Result<Vec<(i64, Figures)>, sqlx::Error> {
    // The period's source is fixed SQL (`group_sales`); values are bound.
    let query = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT g.block_id, COUNT(DISTINCT s.group_id), CAST(SUM(s.value_paise) AS BIGINT) FROM {} s \
         JOIN shg_groups g ON g.id = s.group_id WHERE g.district_id = $1 GROUP BY g.block_id",
        group_sales(2)
    )))
    .bind(district_id);
    let sold: Vec<(i64, i64, i64)> = bind_period(query, (from, to)).fetch_all(&db.pool).await?;
    let live: Vec<(i64, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT g.block_id, COUNT(*) FROM products p JOIN shg_groups g ON g.id = p.group_id \
         WHERE g.district_id = $1 AND p.status = {LIVE} GROUP BY g.block_id"
    )))
    .bind(district_id)
    .fetch_all(&db.pool)
    .await?;
    let mut out: Vec<(i64, Figures)> = Vec::new();
    for (block, groups, paise) in sold {
        out.push((block, Figures { groups_selling: groups, live_listings: 0, sales: Money::from_paise(paise) }));
    }
    for (block, listings) in live {
        match out.iter_mut().find(|(b, _)| *b == block) {
            Some((_, figures)) => figures.live_listings = listings,
            None => out.push((block, Figures { live_listings: listings, ..Figures::default() })),
        }
    }
    Ok(out)
}
