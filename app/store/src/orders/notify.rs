//! The in-app inbox (server only): every order step tells the people it
//! concerns — the buyer, the group's sellers, and for an overdue order the
//! officials over the group. Written in the same transaction as the step,
//! so a step and its notices land together or not at all.

use crate::db::Db;
use crate::i18n::Text;
use crate::orders::types::Notice;
use crate::words::{DISTRICT_OFFICIAL, SELLER, STATE_OFFICIAL};
use const_format::concatcp;
// Who hears of which step is a domain rule; the SQL below finds those people.
pub use domain::orders::notices::{audiences, Audience};
use sqlx::AnyConnection;

/// The officials over group `g`: its district's (or, for one scoped to a
/// block, its block's) and its state's. A condition on `users u`.
const OFFICIALS_OVER_G: &str = concatcp!(
    "((u.role = ",
    DISTRICT_OFFICIAL,
    " AND u.district_id = g.district_id AND (u.block_id IS NULL OR u.block_id = g.block_id)) OR (u.role = ",
    STATE_OFFICIAL,
    " AND u.state_id = g.state_id))"
);

/// Adds a notice for each person in `audience` of order `order_id`.
pub async fn tell(
    conn: &mut AnyConnection,
    order_id: i64,
    audience: Audience,
    text: &Text,
    now: i64,
) -> Result<(), sqlx::Error> {
    let recipients = match audience {
        Audience::Buyer => "SELECT o.buyer_id AS uid FROM orders o WHERE o.id = $1",
        Audience::Group => {
            concatcp!(
                "SELECT u.id AS uid FROM users u JOIN orders o ON o.group_id = u.group_id WHERE o.id = $1 AND u.role = ",
                SELLER
            )
        }
        Audience::Officials => {
            concatcp!(
                "SELECT u.id AS uid FROM users u JOIN orders o ON o.id = $1 JOIN shg_groups g ON g.id = o.group_id \
                 WHERE ",
                OFFICIALS_OVER_G
            )
        }
    };
    // `recipients` is one of the fixed queries above.
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO notifications (user_id, order_id, text_en, text_hi, link, created_at) \
         SELECT r.uid, $1, $2, $3, (SELECT '/orders/' || number FROM orders WHERE id = $1), $4 FROM ({recipients}) r"
    )))
    .bind(order_id)
    .bind(&text.en)
    .bind(&text.hi)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Tells every seller of a group something that is not about an order (a
/// listing approved or sent back), linking to `link`.
pub async fn tell_group(
    conn: &mut AnyConnection,
    group_id: i64,
    text: &Text,
    link: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    const SELLERS_OF_G: &str = concatcp!("u.group_id = g.id AND u.role = ", SELLER);
    tell_about_group(conn, SELLERS_OF_G, group_id, text, link, now).await
}

/// Adds a notice, not about an order, for each user `u` of group `g`
/// (`$5`) that `recipients` (a fixed condition) picks.
async fn tell_about_group(
    conn: &mut AnyConnection,
    recipients: &'static str,
    group_id: i64,
    text: &Text,
    link: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    // `recipients` is one of this module's fixed conditions.
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO notifications (user_id, order_id, text_en, text_hi, link, created_at) \
         SELECT u.id, NULL, $1, $2, $3, $4 FROM users u JOIN shg_groups g ON g.id = $5 WHERE {recipients}"
    )))
    .bind(&text.en)
    .bind(&text.hi)
    .bind(link)
    .bind(now)
    .bind(group_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Tells one person something that is not about an order (a quote).
pub async fn tell_user(
    conn: &mut AnyConnection,
    user_id: i64,
    text: &Text,
    link: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO notifications (user_id, order_id, text_en, text_hi, link, created_at) VALUES ($1, NULL, $2, $3, $4, $5)",
    )
    .bind(user_id)
    .bind(&text.en)
    .bind(&text.hi)
    .bind(link)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Tells the officials over a group (its district's, or its block's, and
/// its state's) something that is not about an order.
pub async fn tell_group_officials(
    conn: &mut AnyConnection,
    group_id: i64,
    text: &Text,
    link: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    tell_about_group(conn, OFFICIALS_OVER_G, group_id, text, link, now).await
}

/// A person's notices, newest first, and how many are unread.
pub async fn inbox(db: &Db, user_id: i64) -> Result<(Vec<Notice>, i64), sqlx::Error> {
    let rows: Vec<(i64, String, String, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, text_en, text_hi, link, created_at, read_at FROM notifications WHERE user_id = $1 \
         ORDER BY created_at DESC, id DESC LIMIT 100",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?;
    let unread = unread_count(db, user_id).await?;
    Ok((
        rows.into_iter()
            .map(|(id, en, hi, link, at, read)| Notice {
                id,
                text: Text::new(hi, en),
                link,
                at,
                unread: read.is_none(),
            })
            .collect(),
        unread,
    ))
}

pub async fn unread_count(db: &Db, user_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL")
        .bind(user_id)
        .fetch_one(&db.pool)
        .await
}

/// Marks all of a person's notices read.
pub async fn mark_read(db: &Db, user_id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
        .bind(now)
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Notices created after `since` and not yet emailed, to people who gave an
/// email: (notice id, email, Hindi text, English text, link).
pub async fn to_email(
    db: &Db,
    since: i64,
    limit: i64,
) -> Result<Vec<(i64, String, String, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT n.id, u.email, n.text_hi, n.text_en, n.link FROM notifications n JOIN users u ON u.id = n.user_id \
         WHERE n.emailed_at IS NULL AND u.email IS NOT NULL AND n.created_at > $1 ORDER BY n.id LIMIT $2",
    )
    .bind(since)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// Claims a notice for emailing before it is sent, so it goes at most once
/// however many processes send: `false` if another claimed it first.
pub async fn claim_for_email(db: &Db, notice_id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let claimed = sqlx::query("UPDATE notifications SET emailed_at = $1 WHERE id = $2 AND emailed_at IS NULL")
        .bind(now)
        .bind(notice_id)
        .execute(&db.pool)
        .await?
        .rows_affected();
    Ok(claimed == 1)
}
