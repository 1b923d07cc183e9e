//! Indents (SQL): written, assessed against the state's purchase rules,
//! sent for approval, sent back, withdrawn, and sanctioned into supply
//! orders through the checkout every order goes through. Each step is one
//! conditional update from the status the person saw, with its event and
//! the notice to whoever acts next, on the caller's transaction.

use crate::accounts::types::Duty;
use crate::catalog::tiers::unit_price_for;
use crate::db::{fetch_for_ids, Db};
use crate::error::AppError;
use crate::i18n::Text;
use crate::inventory::tiers_of_many;
use crate::money::Money;
use crate::orders::checkout::{self, Checkout, Placement};
use crate::orders::choice::{default_delivery, GroupChoice};
use crate::orders::types::{OrderChannel, PaymentMethod, ShipTo};
use crate::procurement::errors;
use crate::procurement::rules::{check_lowest, rule_with_earlier, Comparable, EarlierBuy, PurchaseRule, PurchaseRules};
use crate::procurement::state::{indent_next, Actor, IndentStatus, IndentStep, SupplyStage};
use crate::procurement::types::{
    Estimate, Indent, IndentDraft, IndentLine, OfficeAddress, MAX_INDENT_LINES, MAX_LINE_QTY,
};
use sqlx::AnyConnection;
use std::collections::{BTreeMap, HashMap};

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

/// Checks a draft against the catalogue and the district's consignees:
/// each listing live, each quantity in range, each consignee valid, the
/// needed-by date not past. (The budget head may wait until it is sent.)
async fn check_draft(
    conn: &mut AnyConnection,
    office_id: i64,
    draft: &IndentDraft,
    today: i64,
) -> Result<(), AppError> {
    if draft.lines.is_empty() {
        return Err(errors::no_lines());
    }
    if draft.lines.len() > MAX_INDENT_LINES {
        return Err(errors::too_many_lines(MAX_INDENT_LINES));
    }
    if draft.lines.iter().any(|l| !(1..=MAX_LINE_QTY).contains(&l.qty)) {
        return Err(errors::bad_quantity());
    }
    if draft.needed_by < today {
        return Err(errors::needed_by_in_past());
    }
    let ids: Vec<i64> = draft.lines.iter().map(|l| l.product_id).collect();
    let live: Vec<(i64,)> =
        fetch_for_ids(&mut *conn, "SELECT id FROM products WHERE status = 'live' AND id IN ({ids})", &ids).await?;
    if ids.iter().any(|id| !live.iter().any(|(l,)| l == id)) {
        return Err(errors::no_such_listing());
    }
    let consignees = consignees_for(&mut *conn, office_id).await?;
    if draft.lines.iter().any(|l| !consignees.iter().any(|c| c.user_id == l.consignee_id)) {
        return Err(errors::no_such_consignee());
    }
    Ok(())
}

async fn write_lines(conn: &mut AnyConnection, indent_id: i64, draft: &IndentDraft) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM indent_lines WHERE indent_id = $1").bind(indent_id).execute(&mut *conn).await?;
    // The same listing for the same consignee twice is one line of both quantities.
    let mut merged: BTreeMap<(i64, i64), i64> = BTreeMap::new();
    for line in &draft.lines {
        *merged.entry((line.product_id, line.consignee_id)).or_default() += line.qty;
    }
    for ((product_id, consignee_id), qty) in merged {
        sqlx::query("INSERT INTO indent_lines (indent_id, product_id, qty, consignee_id) VALUES ($1, $2, $3, $4)")
            .bind(indent_id)
            .bind(product_id)
            .bind(qty.min(MAX_LINE_QTY))
            .bind(consignee_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Records a step on the indent's timeline (`user` `None`: the system).
pub async fn record_event(
    conn: &mut AnyConnection,
    indent_id: i64,
    order_id: Option<i64>,
    step: &str,
    user: Option<i64>,
    note: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO indent_events (indent_id, order_id, step, actor_id, note, at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(indent_id)
    .bind(order_id)
    .bind(step)
    .bind(user)
    .bind(note)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Writes a new draft indent for an office; its number is `IND-` and its id.
pub async fn create(
    conn: &mut AnyConnection,
    office_id: i64,
    indenter_id: i64,
    draft: &IndentDraft,
    now: i64,
) -> Result<i64, AppError> {
    check_draft(&mut *conn, office_id, draft, crate::dates::day_of(now)).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO indents (number, office_id, indenter_id, status, needed_by, budget_head, note, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(format!("pending-{office_id}-{indenter_id}-{now}"))
    .bind(office_id)
    .bind(indenter_id)
    .bind(IndentStatus::Draft)
    .bind(draft.needed_by)
    .bind(draft.budget_head.trim())
    .bind(draft.note.trim())
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("UPDATE indents SET number = $1 WHERE id = $2")
        .bind(format!("IND-{id:06}"))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    write_lines(&mut *conn, id, draft).await?;
    record_event(&mut *conn, id, None, "created", Some(indenter_id), "", now).await?;
    Ok(id)
}

/// Rewrites a draft or sent-back indent's lines and particulars.
pub async fn update(conn: &mut AnyConnection, indent_id: i64, draft: &IndentDraft, now: i64) -> Result<(), AppError> {
    let (office_id, status): (i64, IndentStatus) =
        sqlx::query_as("SELECT office_id, status FROM indents WHERE id = $1")
            .bind(indent_id)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or_else(errors::indent_not_found)?;
    if !status.is_editable() {
        return Err(errors::refused(crate::procurement::state::Refusal::NotNow));
    }
    check_draft(&mut *conn, office_id, draft, crate::dates::day_of(now)).await?;
    let changed = sqlx::query(
        "UPDATE indents SET needed_by = $1, budget_head = $2, note = $3, updated_at = $4 WHERE id = $5 AND status = $6",
    )
    .bind(draft.needed_by)
    .bind(draft.budget_head.trim())
    .bind(draft.note.trim())
    .bind(now)
    .bind(indent_id)
    .bind(status)
    .execute(&mut *conn)
    .await?;
    if changed.rows_affected() != 1 {
        return Err(errors::refused(crate::procurement::state::Refusal::NotNow));
    }
    write_lines(&mut *conn, indent_id, draft).await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct IndentRow {
    id: i64,
    number: String,
    office_id: i64,
    office_hi: String,
    office_en: String,
    indenter_id: i64,
    indenter_name: String,
    status: IndentStatus,
    needed_by: i64,
    budget_head: String,
    note: String,
    value_paise: i64,
    remarks: String,
    sanction_number: Option<String>,
    created_at: i64,
    submitted_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct LineRow {
    product_id: i64,
    slug: String,
    title_hi: String,
    title_en: String,
    unit_hi: String,
    unit_en: String,
    category_id: i64,
    group_id: i64,
    group_hi: String,
    group_en: String,
    price_paise: i64,
    qty: i64,
    consignee_id: i64,
    consignee_name: String,
    office_hi: String,
    office_en: String,
}

/// One indent with its lines priced at their quantities.
pub async fn indent(conn: &mut AnyConnection, indent_id: i64) -> Result<Option<Indent>, sqlx::Error> {
    let row: Option<IndentRow> = sqlx::query_as(
        "SELECT i.id, i.number, i.office_id, o.name_hi AS office_hi, o.name_en AS office_en, i.indenter_id, \
         u.name AS indenter_name, i.status, i.needed_by, i.budget_head, i.note, i.value_paise, i.remarks, \
         i.sanction_number, i.created_at, i.submitted_at FROM indents i \
         JOIN department_offices o ON o.id = i.office_id JOIN users u ON u.id = i.indenter_id WHERE i.id = $1",
    )
    .bind(indent_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let lines: Vec<LineRow> = sqlx::query_as(
        "SELECT p.id AS product_id, p.slug, p.title_hi, p.title_en, p.unit_hi, p.unit_en, p.category_id, p.group_id, \
         g.name_hi AS group_hi, g.name_en AS group_en, p.price_paise, l.qty, l.consignee_id, \
         u.name AS consignee_name, o.name_hi AS office_hi, o.name_en AS office_en FROM indent_lines l \
         JOIN products p ON p.id = l.product_id JOIN shg_groups g ON g.id = p.group_id \
         JOIN users u ON u.id = l.consignee_id JOIN department_offices o ON o.id = u.office_id \
         WHERE l.indent_id = $1 ORDER BY l.id",
    )
    .bind(indent_id)
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<i64> = lines.iter().map(|l| l.product_id).collect();
    let tiers = tiers_of_many(&mut *conn, &ids).await?;
    let lines = lines
        .into_iter()
        .map(|l| {
            let unit_price = unit_price_for(
                Money::from_paise(l.price_paise),
                tiers.get(&l.product_id).map(Vec::as_slice).unwrap_or_default(),
                l.qty,
            );
            IndentLine {
                product_id: l.product_id,
                slug: l.slug,
                title: Text::new(l.title_hi, l.title_en),
                unit: Text::new(l.unit_hi, l.unit_en),
                category_id: l.category_id,
                group_id: l.group_id,
                group_name: Text::new(l.group_hi, l.group_en),
                qty: l.qty,
                unit_price,
                line_value: unit_price.times(l.qty),
                consignee_id: l.consignee_id,
                consignee_name: l.consignee_name,
                office_name: Text::new(l.office_hi, l.office_en),
            }
        })
        .collect();
    Ok(Some(Indent {
        id: r.id,
        number: r.number,
        office_id: r.office_id,
        office_name: Text::new(r.office_hi, r.office_en),
        indenter_id: r.indenter_id,
        indenter_name: r.indenter_name,
        status: r.status,
        needed_by: r.needed_by,
        budget_head: r.budget_head,
        note: r.note,
        value: Money::from_paise(r.value_paise),
        remarks: r.remarks,
        sanction_number: r.sanction_number,
        created_at: r.created_at,
        submitted_at: r.submitted_at,
        lines,
    }))
}

/// One line of "my indents": an indent's number, status, value, when, and
/// the stages of its supply orders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndentSummary {
    pub id: i64,
    pub number: String,
    pub indenter_id: i64,
    pub status: IndentStatus,
    pub value: Money,
    pub needed_by: i64,
    pub updated_at: i64,
    pub supplies: Vec<SupplyStage>,
}

/// An office's indents, the newest change first (at most 200).
pub async fn indents_of_office(conn: &mut AnyConnection, office_id: i64) -> Result<Vec<IndentSummary>, sqlx::Error> {
    let rows: Vec<(i64, String, i64, IndentStatus, i64, i64, i64)> = sqlx::query_as(
        "SELECT id, number, indenter_id, status, value_paise, needed_by, updated_at FROM indents WHERE office_id = $1 \
         ORDER BY updated_at DESC, id DESC LIMIT 200",
    )
    .bind(office_id)
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let stages: Vec<(i64, SupplyStage)> =
        fetch_for_ids(&mut *conn, "SELECT indent_id, stage FROM supply_orders WHERE indent_id IN ({ids})", &ids)
            .await?;
    Ok(rows
        .into_iter()
        .map(|(id, number, indenter_id, status, value, needed_by, updated_at)| IndentSummary {
            id,
            number,
            indenter_id,
            status,
            value: Money::from_paise(value),
            needed_by,
            updated_at,
            supplies: stages.iter().filter(|(i, _)| *i == id).map(|(_, s)| *s).collect(),
        })
        .collect())
}

/// The office's other indents sent for approval or ordered since `since`,
/// by kind of item, as the split check reads them.
pub async fn earlier_buys(
    conn: &mut AnyConnection,
    office_id: i64,
    except: i64,
    since: i64,
) -> Result<Vec<EarlierBuy>, sqlx::Error> {
    let rows: Vec<(i64, String, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT p.id, i.number, i.submitted_at, p.category_id, p.price_paise, l.qty FROM indents i \
         JOIN indent_lines l ON l.indent_id = i.id JOIN products p ON p.id = l.product_id \
         WHERE i.office_id = $1 AND i.id <> $2 AND i.status IN ('awaiting_approval', 'ordered') \
         AND i.submitted_at >= $3",
    )
    .bind(office_id)
    .bind(except)
    .bind(since)
    .fetch_all(&mut *conn)
    .await?;
    // Valued at the listed price with its tiers, as the indent itself is.
    let products: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let tiers = tiers_of_many(&mut *conn, &products).await?;
    Ok(rows
        .into_iter()
        .map(|(product_id, number, submitted_at, category_id, price, qty)| EarlierBuy {
            indent_number: number,
            submitted_at,
            category_id,
            value: unit_price_for(
                Money::from_paise(price),
                tiers.get(&product_id).map(Vec::as_slice).unwrap_or_default(),
                qty,
            )
            .times(qty),
        })
        .collect())
}

/// What an indent comes to and whether the rules let it through: priced
/// at tiers, delivered to each consignee's office by the cheapest way to
/// the door, each line checked against its comparable listings when the
/// lowest-price rule applies. `refusal` says why it may not go on.
pub struct Assessment {
    pub estimate: Estimate,
    pub refusal: Option<AppError>,
    /// The checkouts approval places: one per consignee's office, one
    /// order per group in each.
    pub deliveries: Vec<Delivery>,
}

/// The goods of an indent that go to one consignee, and how each group sends them.
pub struct Delivery {
    pub consignee_id: i64,
    pub ship_to: ShipTo,
    /// (listing, quantity)
    pub items: Vec<(i64, i64)>,
    pub choices: HashMap<i64, GroupChoice>,
}

/// Reads the comparable live listings of a line: the same category, sold
/// by the same unit, priced at the line's quantity.
async fn comparables(conn: &mut AnyConnection, line: &IndentLine) -> Result<Vec<Comparable>, sqlx::Error> {
    let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT p.id, g.name_hi, g.name_en, p.price_paise FROM products p JOIN shg_groups g ON g.id = p.group_id \
         WHERE p.status = 'live' AND p.category_id = $1 AND p.unit_en = $2 AND p.min_order_qty <= $3 \
         ORDER BY p.id LIMIT 500",
    )
    .bind(line.category_id)
    .bind(&line.unit.en)
    .bind(line.qty)
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let tiers = tiers_of_many(&mut *conn, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|(id, hi, en, price)| Comparable {
            listing_id: id,
            group_name: Text::new(hi, en),
            unit_price: unit_price_for(
                Money::from_paise(price),
                tiers.get(&id).map(Vec::as_slice).unwrap_or_default(),
                line.qty,
            ),
        })
        .collect())
}

/// The comparable listings of each line of an indent (for the page's comparison).
pub async fn comparison(db: &Db, indent: &Indent) -> Result<Vec<(i64, Vec<Comparable>)>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let mut all = Vec::new();
    for line in &indent.lines {
        let mut found = comparables(&mut conn, line).await?;
        found.sort_by_key(|c| (c.unit_price, c.listing_id));
        all.push((line.product_id, found));
    }
    Ok(all)
}

/// Assesses an indent as it stands now (prices, delivery, rules).
pub async fn assess(db: &Db, indent: &Indent, now: i64) -> Result<Assessment, AppError> {
    let mut conn = db.pool.acquire().await?;
    let state_id = state_of_office(&mut conn, indent.office_id).await?.ok_or_else(errors::indent_not_found)?;
    let rules = rules_of(&mut conn, state_id).await?;
    let goods = indent.lines.iter().fold(Money::ZERO, |sum, l| sum + l.line_value);

    // Delivery: one checkout per consignee's office.
    let mut by_consignee: BTreeMap<i64, Vec<(i64, i64)>> = BTreeMap::new();
    for line in &indent.lines {
        by_consignee.entry(line.consignee_id).or_default().push((line.product_id, line.qty));
    }
    let mut delivery = Money::ZERO;
    let mut undeliverable = Vec::new();
    let mut deliveries = Vec::new();
    for (consignee, items) in by_consignee {
        let office: Option<i64> = sqlx::query_scalar("SELECT office_id FROM users WHERE id = $1")
            .bind(consignee)
            .fetch_optional(&mut *conn)
            .await?
            .flatten();
        let address = match office {
            Some(office) => office_address(&mut conn, office).await?,
            None => None,
        };
        let Some(address) = address else { return Err(errors::no_such_consignee()) };
        if address.pincode.trim().is_empty() || address.address_line.trim().is_empty() {
            // An office made before addresses were asked for: nowhere to deliver.
            return Err(errors::office_address_missing(&address.name));
        }
        let (name, phone): (String, String) =
            sqlx::query_as("SELECT name, phone FROM users WHERE id = $1").bind(consignee).fetch_one(&mut *conn).await?;
        let ship_to = ShipTo {
            name: format!("{name}, {}", address.name.en),
            phone,
            line1: address.address_line.clone(),
            line2: String::new(),
            city: address.city.clone(),
            district: address.district.clone(),
            state_id: address.state_id,
            pincode: address.pincode.clone(),
        };
        let offers = checkout::quote(db, &items, &ship_to).await?;
        let mut choices = HashMap::new();
        for offer in &offers {
            // To the office's door: pickup is no supply.
            let door: Vec<_> = offer
                .options
                .iter()
                .filter(|o| o.method != crate::orders::delivery::DeliveryMethod::Pickup)
                .cloned()
                .collect();
            match default_delivery(&door) {
                Some(method) => {
                    let fee = crate::orders::choice::fee_of(&door, method).unwrap_or(Money::ZERO);
                    delivery = delivery + fee;
                    choices.insert(offer.group_id, GroupChoice { delivery: method, payment: PaymentMethod::Bill });
                }
                None => undeliverable.extend(
                    indent
                        .lines
                        .iter()
                        .filter(|l| l.group_id == offer.group_id && l.consignee_id == consignee)
                        .map(|l| l.product_id),
                ),
            }
        }
        deliveries.push(Delivery { consignee_id: consignee, ship_to, items, choices });
    }
    let total = goods + delivery;

    // The rule: by the whole value, or by earlier indents for the same kind of item.
    let since = now - rules.split_window_days * 86_400_000;
    let earlier = earlier_buys(&mut conn, indent.office_id, indent.id, since).await?;
    let by_category: Vec<(i64, Money)> = indent.lines.iter().map(|l| (l.category_id, l.line_value)).collect();
    // Delivery counts toward the whole purchase (its rule), not toward a kind of item.
    let (own_rule, split) = rule_with_earlier(&rules, now, &by_category, &earlier);
    let rule = own_rule.max(crate::procurement::rules::rule_for(&rules, total));
    let mut rule_words = rule.explain(&rules);
    let mut refusal = None;
    if let Some(split) = &split {
        let why = errors::split_found(&rules, split);
        if let AppError::Validation { message, .. } = &why {
            rule_words = message.clone();
        }
        refusal = Some(why);
    }
    if rule == PurchaseRule::NotThroughHaat {
        refusal =
            Some(split.as_ref().map_or_else(|| errors::not_through_haat(&rules), |s| errors::split_found(&rules, s)));
    } else if rule == PurchaseRule::Lowest {
        // Under the lowest-price rule a split is allowed if every line is L1.
        refusal = None;
        for line in &indent.lines {
            let found = comparables(&mut conn, line).await?;
            if let Err(why) = check_lowest(&rules, line.product_id, &found) {
                refusal = Some(match &split {
                    Some(s) => errors::split_found(&rules, s),
                    None => errors::not_lowest(&line.title, &why),
                });
                break;
            }
        }
    }
    if refusal.is_none() && !undeliverable.is_empty() {
        refusal = Some(errors::cannot_deliver());
    }
    Ok(Assessment {
        estimate: Estimate { goods, delivery, total, rule, rule_words, undeliverable },
        refusal,
        deliveries,
    })
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

/// Moves an indent one step with a conditional update from the status
/// read; `sets` are extra columns written with it.
async fn move_indent(
    conn: &mut AnyConnection,
    indent_id: i64,
    step: IndentStep,
    actor: Actor,
    now: i64,
) -> Result<(IndentStatus, IndentStatus), AppError> {
    // Write first: on SQLite the transaction takes the write lock now.
    sqlx::query("UPDATE indents SET updated_at = updated_at WHERE id = $1").bind(indent_id).execute(&mut *conn).await?;
    let from: IndentStatus = sqlx::query_scalar("SELECT status FROM indents WHERE id = $1")
        .bind(indent_id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(errors::indent_not_found)?;
    let to = indent_next(from, step, actor).map_err(errors::refused)?;
    let moved = sqlx::query("UPDATE indents SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4")
        .bind(to)
        .bind(now)
        .bind(indent_id)
        .bind(from)
        .execute(&mut *conn)
        .await?;
    if moved.rows_affected() != 1 {
        return Err(errors::refused(crate::procurement::state::Refusal::NotNow));
    }
    Ok((from, to))
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

fn link(indent_id: i64) -> String {
    format!("/procure/indents/{indent_id}")
}

/// Sends an indent for approval at the value assessed; the office's approvers are told.
pub async fn submit(
    conn: &mut AnyConnection,
    indent_id: i64,
    user_id: i64,
    value: Money,
    now: i64,
) -> Result<(), AppError> {
    let (office_id, number) = office_and_number(&mut *conn, indent_id).await?;
    let actor = actor_for(&mut *conn, user_id, office_id, Duty::Indenter).await?;
    let (budget_head, needed_by): (String, i64) =
        sqlx::query_as("SELECT budget_head, needed_by FROM indents WHERE id = $1")
            .bind(indent_id)
            .fetch_one(&mut *conn)
            .await?;
    if budget_head.trim().is_empty() {
        return Err(errors::budget_head_missing());
    }
    if needed_by < crate::dates::day_of(now) {
        return Err(errors::needed_by_in_past());
    }
    move_indent(&mut *conn, indent_id, IndentStep::Submit, actor, now).await?;
    sqlx::query("UPDATE indents SET value_paise = $1, submitted_at = $2 WHERE id = $3")
        .bind(value.to_paise())
        .bind(now)
        .bind(indent_id)
        .execute(&mut *conn)
        .await?;
    record_event(&mut *conn, indent_id, None, IndentStep::Submit.as_str(), Some(user_id), "", now).await?;
    let text = Text::new(
        format!("माँग-पत्र {number} ({}) आपकी स्वीकृति के लिए आया है", value.format(crate::i18n::Lang::Hi)),
        format!("Indent {number} ({}) waits for your approval", value.format(crate::i18n::Lang::En)),
    );
    tell_duty(&mut *conn, office_id, Duty::Approver, &text, &link(indent_id), now).await?;
    Ok(())
}

async fn office_and_number(conn: &mut AnyConnection, indent_id: i64) -> Result<(i64, String), AppError> {
    sqlx::query_as("SELECT office_id, number FROM indents WHERE id = $1")
        .bind(indent_id)
        .fetch_optional(conn)
        .await?
        .ok_or_else(errors::indent_not_found)
}

/// The indenter takes her indent back (before it is sanctioned).
pub async fn withdraw(conn: &mut AnyConnection, indent_id: i64, user_id: i64, now: i64) -> Result<(), AppError> {
    let (office_id, _) = office_and_number(&mut *conn, indent_id).await?;
    let actor = actor_for(&mut *conn, user_id, office_id, Duty::Indenter).await?;
    move_indent(&mut *conn, indent_id, IndentStep::Withdraw, actor, now).await?;
    record_event(&mut *conn, indent_id, None, IndentStep::Withdraw.as_str(), Some(user_id), "", now).await?;
    Ok(())
}

/// The approver sends an indent back with remarks; its indenter is told.
pub async fn send_back(
    conn: &mut AnyConnection,
    indent_id: i64,
    user_id: i64,
    remarks: &str,
    now: i64,
) -> Result<(), AppError> {
    let remarks = remarks.trim();
    if remarks.is_empty() {
        return Err(errors::remarks_missing());
    }
    let (office_id, number) = office_and_number(&mut *conn, indent_id).await?;
    let actor = actor_for(&mut *conn, user_id, office_id, Duty::Approver).await?;
    move_indent(&mut *conn, indent_id, IndentStep::SendBack, actor, now).await?;
    sqlx::query("UPDATE indents SET remarks = $1 WHERE id = $2")
        .bind(remarks)
        .bind(indent_id)
        .execute(&mut *conn)
        .await?;
    record_event(&mut *conn, indent_id, None, IndentStep::SendBack.as_str(), Some(user_id), remarks, now).await?;
    let indenter: i64 = sqlx::query_scalar("SELECT indenter_id FROM indents WHERE id = $1")
        .bind(indent_id)
        .fetch_one(&mut *conn)
        .await?;
    let text = Text::new(
        format!("माँग-पत्र {number} टिप्पणी के साथ लौटाया गया: {remarks}"),
        format!("Indent {number} was sent back with remarks: {remarks}"),
    );
    crate::orders::notify::tell_user(&mut *conn, indenter, &text, &link(indent_id), now).await?;
    Ok(())
}

/// The approver sanctions an indent: within her limit, it becomes one
/// supply order per group and consignee's office, placed through the
/// checkout (stock taken the same way; the checkout key per indent and
/// consignee makes a resent approval place nothing twice), paid against a
/// bill, with the indenter as buyer and the consignee's office as address.
pub async fn approve(
    conn: &mut AnyConnection,
    indent_id: i64,
    user_id: i64,
    sanction_number: &str,
    assessment: &Assessment,
    now: i64,
) -> Result<Vec<i64>, AppError> {
    let sanction_number = sanction_number.trim();
    if sanction_number.is_empty() {
        return Err(errors::sanction_missing());
    }
    if let Some(refusal) = &assessment.refusal {
        return Err(refusal.clone());
    }
    let (office_id, number) = office_and_number(&mut *conn, indent_id).await?;
    let actor = actor_for(&mut *conn, user_id, office_id, Duty::Approver).await?;
    let limit = approval_limit(&mut *conn, user_id).await?;
    let value = assessment.estimate.total;
    // The state machine first (a stranger is told no before her limit is read out).
    indent_next(
        sqlx::query_scalar("SELECT status FROM indents WHERE id = $1").bind(indent_id).fetch_one(&mut *conn).await?,
        IndentStep::Approve,
        actor,
    )
    .map_err(errors::refused)?;
    let indenter: i64 = sqlx::query_scalar("SELECT indenter_id FROM indents WHERE id = $1")
        .bind(indent_id)
        .fetch_one(&mut *conn)
        .await?;
    if !crate::procurement::rules::may_sanction(indenter, user_id) {
        return Err(errors::own_indent());
    }
    if !crate::procurement::rules::within_limit(limit, value) {
        return Err(errors::over_limit(limit, value));
    }
    move_indent(&mut *conn, indent_id, IndentStep::Approve, actor, now).await?;
    sqlx::query(
        "UPDATE indents SET sanction_number = $1, approved_by = $2, approved_at = $3, value_paise = $4 WHERE id = $5",
    )
    .bind(sanction_number)
    .bind(user_id)
    .bind(now)
    .bind(value.to_paise())
    .bind(indent_id)
    .execute(&mut *conn)
    .await?;
    record_event(&mut *conn, indent_id, None, IndentStep::Approve.as_str(), Some(user_id), sanction_number, now)
        .await?;
    let mut orders = Vec::new();
    for delivery in &assessment.deliveries {
        let consignee = delivery.consignee_id;
        let request = Checkout {
            buyer_id: indenter,
            idempotency_key: format!("indent-{indent_id}-{consignee}"),
            ship_to: delivery.ship_to.clone(),
            items: delivery.items.clone(),
            choices: delivery.choices.clone(),
            made: HashMap::new(),
            po_number: Some(format!("{number} / {sanction_number}")),
            entered_by: None,
            agreed: HashMap::new(),
            channel: OrderChannel::Government,
        };
        let Placement { orders: placed, .. } = checkout::place(&mut *conn, &request).await?;
        let office = office_address(&mut *conn, office_id).await?.ok_or_else(errors::indent_not_found)?;
        for order in placed {
            // The invoice is made out to the office (with its GSTIN), not to the indenter.
            crate::orders::store::set_bill_to(&mut *conn, order.id, &office.name.en, office.gstin.as_deref()).await?;
            sqlx::query(
                "INSERT INTO supply_orders (order_id, indent_id, office_id, consignee_id, stage, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (order_id) DO NOTHING",
            )
            .bind(order.id)
            .bind(indent_id)
            .bind(office_id)
            .bind(consignee)
            .bind(SupplyStage::Ordered)
            .bind(now)
            .execute(&mut *conn)
            .await?;
            record_event(&mut *conn, indent_id, Some(order.id), "supply_ordered", None, &order.number, now).await?;
            orders.push(order.id);
        }
    }
    let text = Text::new(
        format!("माँग-पत्र {number} स्वीकृत ({sanction_number}); समूहों को आपूर्ति आदेश भेजे गए"),
        format!("Indent {number} was sanctioned ({sanction_number}); supply orders went to the groups"),
    );
    crate::orders::notify::tell_user(&mut *conn, indenter, &text, &link(indent_id), now).await?;
    Ok(orders)
}

/// The indent's timeline: (step, who, note, when), oldest first.
pub async fn events(
    conn: &mut AnyConnection,
    indent_id: i64,
) -> Result<Vec<(String, Option<String>, String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT e.step, u.name, e.note, e.at FROM indent_events e LEFT JOIN users u ON u.id = e.actor_id \
         WHERE e.indent_id = $1 ORDER BY e.at, e.id",
    )
    .bind(indent_id)
    .fetch_all(conn)
    .await
}
