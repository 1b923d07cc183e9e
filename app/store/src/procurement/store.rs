//! Indents (SQL): written, sent for approval, sent back, withdrawn, and
//! sanctioned into supply orders through the checkout every order goes
//! through (what an indent is assessed against is `assess`'s; its office
//! and people, `offices`'). Each step is one conditional update from the
//! status the person saw, with its event and the notice to whoever acts
//! next, on the caller's transaction.

use crate::accounts::types::Duty;
use crate::catalog::tiers::unit_price_for;
use crate::db::fetch_for_ids;
use crate::error::AppError;
use crate::i18n::Text;
use crate::inventory::tiers_of_many;
use crate::money::Money;
use crate::orders::checkout::{self, Checkout, Placement};
use crate::orders::types::OrderChannel;
use crate::procurement::assess::Assessment;
use crate::procurement::errors;
use crate::procurement::offices::{actor_for, approval_limit, consignees_for, office_address, tell_duty};
use crate::procurement::state::{indent_next, Actor, IndentStatus, IndentStep, SupplyStage};
use crate::procurement::types::{Indent, IndentDraft, IndentLine, MAX_INDENT_LINES, MAX_LINE_QTY};
use sqlx::AnyConnection;
use std::collections::{BTreeMap, HashMap};

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
