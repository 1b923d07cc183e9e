//! An office and its people, as the indents' steps read them (SQL): the
//! purchase rules of the office's state, the address supplies are
//! delivered to, approvers' limits, consignees, who holds a duty (and so
//! who is told when her turn comes), and who a caller is to a step.

use crate::accounts::types::Duty;
use crate::i18n::Text;
use crate::money::Money;
use crate::procurement::rules::PurchaseRules;
use crate::procurement::state::Actor;
use crate::procurement::types::OfficeAddress;
use sqlx::AnyConnection;

/// The purchase rules of a state: its own row, or Haat's defaults.
pub async fn rules_of(conn: &mut AnyConnection, state_id: i64) -> Result<PurchaseRules, sqlx::Error> {
    let row: Option<(i64, i64, i64, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT direct_up_to_paise, lowest_up_to_paise, comparable_needed, split_window_days, accept_within_days, \
         deemed_acceptance, pay_within_days FROM purchase_rules WHERE state_id = $1",
    )
    .bind(state_id)
    .fetch_optional(conn)
    .await?;
    Ok(match row {
        Some((direct, lowest, needed, window, accept, deemed, pay)) => PurchaseRules {
            direct_up_to: Money::from_paise(direct),
            lowest_up_to: Money::from_paise(lowest),
            comparable_needed: usize::try_from(needed).unwrap_or(3),
            split_window_days: window,
            accept_within_days: accept,
            deemed_acceptance: deemed == 1,
            pay_within_days: pay,
        },
        None => PurchaseRules::default(),
    })
}

/// Keeps a state's purchase rules (checked by `rules::check_rules` first).
pub async fn set_rules(
    conn: &mut AnyConnection,
    state_id: i64,
    rules: &PurchaseRules,
    by: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO purchase_rules (state_id, direct_up_to_paise, lowest_up_to_paise, comparable_needed, \
         split_window_days, accept_within_days, deemed_acceptance, pay_within_days, updated_by, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (state_id) DO UPDATE SET \
         direct_up_to_paise = excluded.direct_up_to_paise, lowest_up_to_paise = excluded.lowest_up_to_paise, \
         comparable_needed = excluded.comparable_needed, split_window_days = excluded.split_window_days, \
         accept_within_days = excluded.accept_within_days, deemed_acceptance = excluded.deemed_acceptance, \
         pay_within_days = excluded.pay_within_days, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
    )
    .bind(state_id)
    .bind(rules.direct_up_to.to_paise())
    .bind(rules.lowest_up_to.to_paise())
    .bind(i64::try_from(rules.comparable_needed).unwrap_or(3))
    .bind(rules.split_window_days)
    .bind(rules.accept_within_days)
    .bind(i64::from(rules.deemed_acceptance))
    .bind(rules.pay_within_days)
    .bind(by)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// An office's address, as supply orders are delivered to it.
pub async fn office_address(conn: &mut AnyConnection, office_id: i64) -> Result<Option<OfficeAddress>, sqlx::Error> {
    #[allow(clippy::type_complexity)]
    let row: Option<(String, String, String, String, String, String, i64, String, Option<String>)> = sqlx::query_as(
        "SELECT o.name_hi, o.name_en, o.address_line, o.city, d.name_en, d.name_hi, d.state_id, o.pincode, o.gstin \
         FROM department_offices o JOIN districts d ON d.id = o.district_id WHERE o.id = $1",
    )
    .bind(office_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|(hi, en, address_line, city, district, _, state_id, pincode, gstin)| OfficeAddress {
        office_id,
        name: Text::new(hi, en),
        address_line,
        city,
        district,
        state_id,
        pincode,
        gstin,
    }))
}

/// Where an office receives supplies, as its creator writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficeContact {
    pub address_line: String,
    pub city: String,
    pub pincode: String,
    pub gstin: Option<String>,
}

/// Sets an office's address and GSTIN.
pub async fn set_office_address(
    conn: &mut AnyConnection,
    office_id: i64,
    contact: &OfficeContact,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE department_offices SET address_line = $1, city = $2, pincode = $3, gstin = $4 WHERE id = $5")
        .bind(&contact.address_line)
        .bind(&contact.city)
        .bind(&contact.pincode)
        .bind(&contact.gstin)
        .bind(office_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The state an office is in.
pub async fn state_of_office(conn: &mut AnyConnection, office_id: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT d.state_id FROM department_offices o JOIN districts d ON d.id = o.district_id WHERE o.id = $1",
    )
    .bind(office_id)
    .fetch_optional(conn)
    .await
}

/// The most an approver may sanction (none set: `None`).
pub async fn approval_limit(conn: &mut AnyConnection, user_id: i64) -> Result<Option<Money>, sqlx::Error> {
    let limit: Option<i64> = sqlx::query_scalar("SELECT limit_paise FROM approval_limits WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(conn)
        .await?;
    Ok(limit.map(Money::from_paise))
}

/// Sets an approver's limit (a district official does, on the people page).
pub async fn set_approval_limit(
    conn: &mut AnyConnection,
    user_id: i64,
    limit: Money,
    by: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO approval_limits (user_id, limit_paise, set_by, set_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id) DO UPDATE SET limit_paise = excluded.limit_paise, set_by = excluded.set_by, \
         set_at = excluded.set_at",
    )
    .bind(user_id)
    .bind(limit.to_paise())
    .bind(by)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// A consignee an indent line may name: a user with the consignee duty at
/// an office of the indenting office's district.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consignee {
    pub user_id: i64,
    pub name: String,
    pub office_id: i64,
    pub office_name: Text,
}

/// The consignees of every office in the district of `office_id`, their own office first.
pub async fn consignees_for(conn: &mut AnyConnection, office_id: i64) -> Result<Vec<Consignee>, sqlx::Error> {
    let rows: Vec<(i64, String, i64, String, String)> = sqlx::query_as(
        "SELECT u.id, u.name, o.id, o.name_hi, o.name_en FROM department_offices mine \
         JOIN department_offices o ON o.district_id = mine.district_id \
         JOIN users u ON u.office_id = o.id AND u.role = 'department' \
         JOIN department_duties dd ON dd.user_id = u.id AND dd.duty = 'consignee' \
         WHERE mine.id = $1 ORDER BY CASE WHEN o.id = mine.id THEN 0 ELSE 1 END, o.name_en, u.name",
    )
    .bind(office_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(user_id, name, office_id, hi, en)| Consignee {
            user_id,
            name,
            office_id,
            office_name: Text::new(hi, en),
        })
        .collect())
}

/// Who is taking a step, as the state machine sees her: her duty, and
/// whether she belongs to the indent's office.
pub async fn actor_for(
    conn: &mut AnyConnection,
    user_id: i64,
    office_id: i64,
    duty: Duty,
) -> Result<Actor, sqlx::Error> {
    let row: Option<(Option<i64>, i64)> = sqlx::query_as(
        "SELECT u.office_id, (SELECT COUNT(*) FROM department_duties d WHERE d.user_id = u.id AND d.duty = $2) \
         FROM users u WHERE u.id = $1 AND u.role = 'department'",
    )
    .bind(user_id)
    .bind(duty)
    .fetch_optional(conn)
    .await?;
    Ok(match row {
        Some((office, has)) if has > 0 => Actor::Staff { duty, own_office: office == Some(office_id) },
        // Without the duty she is another office's stranger to this step.
        _ => Actor::Staff { duty: Duty::Indenter, own_office: false },
    })
}

/// The users of an office with a duty (to tell them their turn has come).
pub async fn with_duty(conn: &mut AnyConnection, office_id: i64, duty: Duty) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT u.id FROM users u JOIN department_duties d ON d.user_id = u.id \
         WHERE u.office_id = $1 AND d.duty = $2 ORDER BY u.id",
    )
    .bind(office_id)
    .bind(duty)
    .fetch_all(conn)
    .await
}

/// Tells everyone of an office with `duty` that her turn has come.
pub async fn tell_duty(
    conn: &mut AnyConnection,
    office_id: i64,
    duty: Duty,
    text: &Text,
    link: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    for user in with_duty(&mut *conn, office_id, duty).await? {
        crate::orders::notify::tell_user(&mut *conn, user, text, link, now).await?;
    }
    Ok(())
}
