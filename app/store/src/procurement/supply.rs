//! The office's side of a supply order (SQL): the consignee's provisional
//! receipt and acceptance, the bill that acceptance starts, the payment
//! that lands in the group's ledger, and the clocks the worker moves
//! (deemed acceptance, overdue bills, orders that ended unsupplied). Each
//! step is a conditional update from the stage read, on the caller's
//! transaction, with its event and the notice to whoever acts next.

use crate::accounts::types::Duty;
use crate::db::Db;
use crate::error::AppError;
use crate::i18n::{Lang, Text};
use crate::money::Money;
use crate::orders::state::{Actor as OrderActor, OrderStatus, Step};
use crate::orders::types::{LedgerPart, PaymentMethod};
use crate::procurement::errors;
use crate::procurement::offices::{actor_for, rules_of, state_of_office, tell_duty};
use crate::procurement::rules::{acceptance_due, bill_amount, check_line, payment_due, units_returned, LineAcceptance};
use crate::procurement::state::{supply_next, Actor, Refusal, SupplyStage, SupplyStep};
use crate::procurement::store::record_event;
use crate::procurement::types::{SupplyLine, SupplyOrder, WatchedSupply};
use const_format::concatcp;
use sqlx::AnyConnection;

#[derive(sqlx::FromRow)]
struct SupplyRow {
    order_id: i64,
    order_number: String,
    indent_id: i64,
    indent_number: String,
    office_id: i64,
    group_id: i64,
    group_hi: String,
    group_en: String,
    consignee_id: i64,
    stage: SupplyStage,
    order_status: OrderStatus,
    total_paise: i64,
    accept_by: Option<i64>,
    bill_number: Option<String>,
    bill_paise: Option<i64>,
    pay_by: Option<i64>,
    paid_at: Option<i64>,
    paid_on: Option<i64>,
    pay_reference: Option<String>,
    deemed: i64,
}

/// The columns of a [`SupplyRow`] and the tables they come from (`s` the
/// supply order, `o` its order, `i` the indent, `g` the group).
const SUPPLY_COLUMNS: &str = "s.order_id, o.number AS order_number, s.indent_id, i.number AS indent_number, \
     s.office_id, o.group_id, g.name_hi AS group_hi, g.name_en AS group_en, s.consignee_id, s.stage, \
     o.status AS order_status, o.total_paise, s.accept_by, s.bill_number, s.bill_paise, s.pay_by, s.paid_at, s.paid_on, \
     s.pay_reference, s.deemed";
const SUPPLY_FROM: &str = "FROM supply_orders s JOIN orders o ON o.id = s.order_id \
     JOIN indents i ON i.id = s.indent_id JOIN shg_groups g ON g.id = o.group_id";
const SUPPLY_SELECT: &str = concatcp!("SELECT ", SUPPLY_COLUMNS, " ", SUPPLY_FROM);

impl From<SupplyRow> for SupplyOrder {
    fn from(r: SupplyRow) -> Self {
        SupplyOrder {
            order_id: r.order_id,
            order_number: r.order_number,
            indent_id: r.indent_id,
            indent_number: r.indent_number,
            office_id: r.office_id,
            group_id: r.group_id,
            group_name: Text::new(r.group_hi, r.group_en),
            consignee_id: r.consignee_id,
            stage: r.stage,
            order_status: r.order_status,
            total: Money::from_paise(r.total_paise),
            accept_by: r.accept_by,
            bill_number: r.bill_number,
            bill: r.bill_paise.map(Money::from_paise),
            pay_by: r.pay_by,
            paid_at: r.paid_at,
            paid_on: r.paid_on,
            pay_reference: r.pay_reference,
            deemed: r.deemed == 1,
        }
    }
}

/// One supply order.
pub async fn supply_order(conn: &mut AnyConnection, order_id: i64) -> Result<Option<SupplyOrder>, sqlx::Error> {
    let row: Option<SupplyRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!("{SUPPLY_SELECT} WHERE s.order_id = $1")))
        .bind(order_id)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(SupplyOrder::from))
}

/// The supply orders of an indent, by order.
pub async fn of_indent(conn: &mut AnyConnection, indent_id: i64) -> Result<Vec<SupplyOrder>, sqlx::Error> {
    let rows: Vec<SupplyRow> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SUPPLY_SELECT} WHERE s.indent_id = $1 ORDER BY s.order_id")))
            .bind(indent_id)
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().map(SupplyOrder::from).collect())
}

/// An office's supply orders at a stage, oldest first (what waits for its
/// consignees, its paying officers).
pub async fn of_office_at(
    conn: &mut AnyConnection,
    office_id: i64,
    stage: SupplyStage,
) -> Result<Vec<SupplyOrder>, sqlx::Error> {
    let rows: Vec<SupplyRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SUPPLY_SELECT} WHERE s.office_id = $1 AND s.stage = $2 ORDER BY s.order_id LIMIT 200"
    )))
    .bind(office_id)
    .bind(stage)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(SupplyOrder::from).collect())
}

/// The supply orders of groups in an official's scope (`condition` over
/// the group `g`, with its two numbers), not yet paid or ended, the longest
/// at their stage first; with the buying office and since when.
pub async fn in_scope(
    conn: &mut AnyConnection,
    (condition, a, b): (&'static str, i64, i64),
) -> Result<Vec<WatchedSupply>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Watched {
        #[sqlx(flatten)]
        row: SupplyRow,
        office_hi: String,
        office_en: String,
        since: i64,
    }
    let sql = format!(
        "SELECT {SUPPLY_COLUMNS}, f.name_hi AS office_hi, f.name_en AS office_en, s.updated_at AS since \
         {SUPPLY_FROM} JOIN department_offices f ON f.id = s.office_id \
         WHERE s.stage IN ('ordered', 'received', 'accepted', 'billed') AND {condition} \
         ORDER BY s.updated_at, s.order_id LIMIT 500"
    );
    let rows: Vec<Watched> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(a).bind(b).fetch_all(conn).await?;
    Ok(rows
        .into_iter()
        .map(|w| WatchedSupply { supply: w.row.into(), office: Text::new(w.office_hi, w.office_en), since: w.since })
        .collect())
}

/// The lines of a supply order with what was received and accepted of each.
pub async fn lines(conn: &mut AnyConnection, order_id: i64) -> Result<Vec<SupplyLine>, sqlx::Error> {
    #[allow(clippy::type_complexity)]
    let rows: Vec<(i64, String, String, i64, i64, Option<i64>, Option<i64>, Option<String>)> = sqlx::query_as(
        "SELECT l.id, l.title_hi, l.title_en, l.qty, l.unit_price_paise, s.received, s.accepted, s.reason \
         FROM order_lines l LEFT JOIN supply_lines s ON s.order_line_id = l.id WHERE l.order_id = $1 ORDER BY l.id",
    )
    .bind(order_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, hi, en, qty, unit, received, accepted, reason)| SupplyLine {
            order_line_id: id,
            title: Text::new(hi, en),
            qty,
            unit_price: Money::from_paise(unit),
            received,
            accepted,
            reason: reason.unwrap_or_default(),
        })
        .collect())
}

/// Moves a supply order one step from the stage read (a conditional
/// update: of two at once, one moves it and the other is told no).
async fn move_supply(
    conn: &mut AnyConnection,
    order_id: i64,
    step: SupplyStep,
    actor: Actor,
    now: i64,
) -> Result<(SupplyOrder, SupplyStage), AppError> {
    // Write first: on SQLite the transaction takes the write lock now.
    sqlx::query("UPDATE supply_orders SET updated_at = updated_at WHERE order_id = $1")
        .bind(order_id)
        .execute(&mut *conn)
        .await?;
    let supply = supply_order(&mut *conn, order_id).await?.ok_or(AppError::NotFound)?;
    let to = supply_next(supply.stage, step, actor).map_err(errors::refused)?;
    let moved = sqlx::query("UPDATE supply_orders SET stage = $1, updated_at = $2 WHERE order_id = $3 AND stage = $4")
        .bind(to)
        .bind(now)
        .bind(order_id)
        .bind(supply.stage)
        .execute(&mut *conn)
        .await?;
    if moved.rows_affected() != 1 {
        return Err(errors::refused(Refusal::NotNow));
    }
    Ok((supply, to))
}

fn supply_link(order_id: i64) -> String {
    format!("/procure/supply/{order_id}")
}

/// Tells a supply order's consignee that the group has sent the goods
/// (nothing for an order that is not a supply order).
pub async fn tell_consignee_dispatched(conn: &mut AnyConnection, order_id: i64, now: i64) -> Result<(), sqlx::Error> {
    let Some(supply) = supply_order(&mut *conn, order_id).await? else { return Ok(()) };
    let text = Text::new(
        format!(
            "सरकारी आपूर्ति {} ({}) रवाना हो गई; पहुँचने पर प्राप्ति दर्ज करें",
            supply.order_number,
            supply.group_name.get(Lang::Hi)
        ),
        format!(
            "Government supply {} ({}) is on its way; record the receipt when it arrives",
            supply.order_number,
            supply.group_name.get(Lang::En)
        ),
    );
    crate::orders::notify::tell_user(&mut *conn, supply.consignee_id, &text, &supply_link(order_id), now).await
}

/// The consignee's provisional receipt: how many of each line arrived.
/// The goods must have been dispatched; an order still on the road is
/// marked delivered with it. The acceptance clock starts.
pub async fn receive(
    conn: &mut AnyConnection,
    order_id: i64,
    user_id: i64,
    received: &[(i64, i64)],
    now: i64,
) -> Result<(), AppError> {
    let office_id: i64 = sqlx::query_scalar("SELECT office_id FROM supply_orders WHERE order_id = $1")
        .bind(order_id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let actor = actor_for(&mut *conn, user_id, office_id, Duty::Consignee).await?;
    let (supply, _) = move_supply(&mut *conn, order_id, SupplyStep::Receive, actor, now).await?;
    match supply.order_status {
        OrderStatus::Dispatched => {
            crate::orders::steps::advance(
                &mut *conn,
                order_id,
                Step::Deliver,
                OrderActor::Buyer,
                Some(user_id),
                "received by the consignee",
                None,
            )
            .await?;
        }
        OrderStatus::Delivered | OrderStatus::Completed => {}
        _ => return Err(errors::not_arrived()),
    }
    let order_lines = lines(&mut *conn, order_id).await?;
    for line in &order_lines {
        let count = received.iter().find(|(id, _)| *id == line.order_line_id).map(|(_, n)| *n).unwrap_or(line.qty);
        let check = LineAcceptance { received: count, accepted: count, reason: None };
        check_line(line.qty, &check).map_err(|why| errors::quantity(why, &line.title))?;
        sqlx::query("INSERT INTO supply_lines (order_line_id, order_id, received) VALUES ($1, $2, $3)")
            .bind(line.order_line_id)
            .bind(order_id)
            .bind(count)
            .execute(&mut *conn)
            .await?;
    }
    let state_id = state_of_office(&mut *conn, office_id).await?.ok_or(AppError::NotFound)?;
    let rules = rules_of(&mut *conn, state_id).await?;
    sqlx::query("UPDATE supply_orders SET received_at = $1, accept_by = $2 WHERE order_id = $3")
        .bind(now)
        .bind(acceptance_due(&rules, now))
        .bind(order_id)
        .execute(&mut *conn)
        .await?;
    let short: i64 = order_lines
        .iter()
        .map(|l| l.qty - received.iter().find(|(id, _)| *id == l.order_line_id).map(|(_, n)| *n).unwrap_or(l.qty))
        .sum();
    let note = if short > 0 { format!("{short} short") } else { String::new() };
    record_event(&mut *conn, supply.indent_id, Some(order_id), SupplyStep::Receive.as_str(), Some(user_id), &note, now)
        .await?;
    Ok(())
}

/// The consignee accepts (all, part with reasons, or none) what was
/// received; `lines` are (order line, accepted, reason). Anything accepted
/// is billed at once (the bill starts the payment clock); nothing accepted
/// ends the supply order without a bill.
pub async fn accept(
    conn: &mut AnyConnection,
    order_id: i64,
    user_id: i64,
    accepted: &[(i64, i64, String)],
    now: i64,
) -> Result<SupplyStage, AppError> {
    let office_id: i64 = sqlx::query_scalar("SELECT office_id FROM supply_orders WHERE order_id = $1")
        .bind(order_id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let actor = actor_for(&mut *conn, user_id, office_id, Duty::Consignee).await?;
    settle_acceptance(conn, order_id, actor, Some(user_id), Some(accepted), now).await
}

/// Acceptance by the consignee (`accepted` given) or deemed by the clock
/// (`None`: all that was received).
async fn settle_acceptance(
    conn: &mut AnyConnection,
    order_id: i64,
    actor: Actor,
    user: Option<i64>,
    accepted: Option<&[(i64, i64, String)]>,
    now: i64,
) -> Result<SupplyStage, AppError> {
    let order_lines = lines(&mut *conn, order_id).await?;
    let mut counts = Vec::new();
    for line in &order_lines {
        let received = line.received.unwrap_or(0);
        let (taken, reason) = match accepted {
            None => (received, String::new()),
            Some(given) => given
                .iter()
                .find(|(id, _, _)| *id == line.order_line_id)
                .map(|(_, n, why)| (*n, why.trim().to_string()))
                .unwrap_or((received, String::new())),
        };
        let check = LineAcceptance { received, accepted: taken, reason: Some(reason.clone()) };
        check_line(line.qty, &check).map_err(|why| errors::quantity(why, &line.title))?;
        counts.push((line, taken, reason));
    }
    let any = counts.iter().any(|(_, taken, _)| *taken > 0);
    let step = if any { SupplyStep::Accept } else { SupplyStep::Reject };
    let (supply, to) = move_supply(&mut *conn, order_id, step, actor, now).await?;
    for (line, taken, reason) in &counts {
        sqlx::query("UPDATE supply_lines SET accepted = $1, reason = $2 WHERE order_line_id = $3")
            .bind(*taken)
            .bind(reason)
            .bind(line.order_line_id)
            .execute(&mut *conn)
            .await?;
    }
    let returned: Vec<(&SupplyLine, i64, &str)> = counts
        .iter()
        .map(|(line, taken, reason)| {
            let counted = LineAcceptance { received: line.received.unwrap_or(0), accepted: *taken, reason: None };
            (*line, units_returned(&counted), reason.as_str())
        })
        .filter(|(_, back, _)| *back > 0)
        .collect();
    send_back(&mut *conn, order_id, &supply.order_number, &returned, now).await?;
    let deemed = accepted.is_none();
    sqlx::query("UPDATE supply_orders SET accepted_at = $1, deemed = $2 WHERE order_id = $3")
        .bind(now)
        .bind(i64::from(deemed))
        .bind(order_id)
        .execute(&mut *conn)
        .await?;
    let partly = counts.iter().any(|(line, taken, _)| *taken < line.received.unwrap_or(0));
    let verdict = match (deemed, any, partly) {
        (true, _, _) => "deemed accepted",
        (false, false, _) => "rejected",
        (false, true, true) => "accepted in part",
        (false, true, false) => "accepted in full",
    };
    let back: i64 = returned.iter().map(|(_, n, _)| n).sum();
    let note = if back > 0 { format!("{verdict}; {back} returned to the group") } else { verdict.to_string() };
    record_event(&mut *conn, supply.indent_id, Some(order_id), step.as_str(), user, &note, now).await?;
    if to == SupplyStage::Accepted {
        bill(&mut *conn, order_id, &counts.iter().map(|(l, n, _)| (*n, l.unit_price)).collect::<Vec<_>>(), now).await?;
        return Ok(SupplyStage::Billed);
    }
    Ok(to)
}

/// What the office did not accept goes back as a returned parcel does:
/// its units onto the shelf they were taken from (at once, as an approved
/// return's are), and the group is told what, why, and to collect them.
async fn send_back(
    conn: &mut AnyConnection,
    order_id: i64,
    order_number: &str,
    returned: &[(&SupplyLine, i64, &str)],
    now: i64,
) -> Result<(), sqlx::Error> {
    if returned.is_empty() {
        return Ok(());
    }
    for (line, units, _) in returned {
        let (product, location): (i64, i64) =
            sqlx::query_as("SELECT product_id, location_id FROM order_lines WHERE id = $1")
                .bind(line.order_line_id)
                .fetch_one(&mut *conn)
                .await?;
        crate::inventory::put_back(&mut *conn, product, location, *units).await?;
    }
    let lines: Vec<_> = returned.iter().map(|(l, n, why)| (l.title.clone(), *n, why.to_string())).collect();
    let text = crate::procurement::text::returned_notice(order_number, &lines);
    crate::orders::notify::tell(&mut *conn, order_id, crate::orders::notify::Audience::Group, &text, now).await
}

/// Makes the bill of an accepted supply order: the accepted goods and
/// their share of delivery, due in the state's days; the office's paying
/// officers are told.
async fn bill(conn: &mut AnyConnection, order_id: i64, accepted: &[(i64, Money)], now: i64) -> Result<(), AppError> {
    let (supply, _) = move_supply(&mut *conn, order_id, SupplyStep::Bill, Actor::System, now).await?;
    let (goods, fee): (i64, i64) = sqlx::query_as("SELECT goods_paise, delivery_paise FROM orders WHERE id = $1")
        .bind(order_id)
        .fetch_one(&mut *conn)
        .await?;
    let amount = bill_amount(accepted, Money::from_paise(fee), Money::from_paise(goods));
    let state_id = state_of_office(&mut *conn, supply.office_id).await?.ok_or(AppError::NotFound)?;
    let rules = rules_of(&mut *conn, state_id).await?;
    let number = format!("BILL-{}", supply.order_number);
    let pay_by = payment_due(&rules, now);
    sqlx::query("UPDATE supply_orders SET bill_number = $1, bill_paise = $2, pay_by = $3 WHERE order_id = $4")
        .bind(&number)
        .bind(amount.to_paise())
        .bind(pay_by)
        .bind(order_id)
        .execute(&mut *conn)
        .await?;
    record_event(&mut *conn, supply.indent_id, Some(order_id), SupplyStep::Bill.as_str(), None, &number, now).await?;
    let text = Text::new(
        format!("बिल {number} ({}) भुगतान के लिए तैयार है, {} तक", amount.format(Lang::Hi), crate::dates::date(pay_by)),
        format!("Bill {number} ({}) is ready to pay, by {}", amount.format(Lang::En), crate::dates::date(pay_by)),
    );
    tell_duty(&mut *conn, supply.office_id, Duty::PayingOfficer, &text, &supply_link(order_id), now).await?;
    Ok(())
}

/// The paying officer records the payment with its PFMS or treasury
/// reference and the day it was paid (`paid_on`, a day number); the money
/// lands in the group's ledger and earnings.
pub async fn pay(
    conn: &mut AnyConnection,
    order_id: i64,
    user_id: i64,
    (reference, paid_on): (&str, i64),
    now: i64,
) -> Result<(), AppError> {
    let reference = reference.trim();
    if reference.is_empty() || reference.chars().count() > 64 {
        return Err(errors::reference_missing());
    }
    let accepted_at: Option<i64> = sqlx::query_scalar("SELECT accepted_at FROM supply_orders WHERE order_id = $1")
        .bind(order_id)
        .fetch_optional(&mut *conn)
        .await?
        .flatten();
    let accepted_day = accepted_at.map_or(i64::MIN, crate::dates::day_of);
    if !crate::procurement::rules::paid_on_possible(paid_on, accepted_day, crate::dates::day_of(now)) {
        return Err(errors::paid_on_impossible());
    }
    let office_id: i64 = sqlx::query_scalar("SELECT office_id FROM supply_orders WHERE order_id = $1")
        .bind(order_id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let actor = actor_for(&mut *conn, user_id, office_id, Duty::PayingOfficer).await?;
    let (supply, _) = move_supply(&mut *conn, order_id, SupplyStep::Pay, actor, now).await?;
    sqlx::query(
        "UPDATE supply_orders SET paid_at = $1, pay_reference = $2, paid_by = $3, paid_on = $4 WHERE order_id = $5",
    )
    .bind(now)
    .bind(reference)
    .bind(user_id)
    .bind(paid_on)
    .bind(order_id)
    .execute(&mut *conn)
    .await?;
    let amount = supply.bill.unwrap_or(Money::ZERO);
    crate::orders::steps::write_ledger(
        &mut *conn,
        order_id,
        supply.group_id,
        (PaymentMethod::Bill, LedgerPart::Full),
        amount.to_paise(),
        reference,
        Some(user_id),
        now,
    )
    .await?;
    record_event(&mut *conn, supply.indent_id, Some(order_id), SupplyStep::Pay.as_str(), Some(user_id), reference, now)
        .await?;
    let text = Text::new(
        format!("सरकारी ऑर्डर {} का भुगतान {} मिला (संदर्भ {reference})", supply.order_number, amount.format(Lang::Hi)),
        format!(
            "Government order {} was paid {} (reference {reference})",
            supply.order_number,
            amount.format(Lang::En)
        ),
    );
    crate::orders::notify::tell_group(
        &mut *conn,
        supply.group_id,
        &text,
        &format!("/orders/{}", supply.order_number),
        now,
    )
    .await?;
    Ok(())
}

/// Supply orders received and not accepted by their deadline, in states
/// that deem silence acceptance (at most `limit`).
pub async fn due_for_deemed_acceptance(db: &Db, now: i64, limit: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT s.order_id FROM supply_orders s JOIN department_offices o ON o.id = s.office_id \
         JOIN districts d ON d.id = o.district_id LEFT JOIN purchase_rules r ON r.state_id = d.state_id \
         WHERE s.stage = 'received' AND s.accept_by <= $1 AND COALESCE(r.deemed_acceptance, 1) = 1 \
         ORDER BY s.accept_by LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// The clock accepts what was received (the consignee let the days pass).
/// Another worker or the consignee first: nothing changes.
pub async fn deem_accepted(conn: &mut AnyConnection, order_id: i64, now: i64) -> Result<bool, AppError> {
    match settle_acceptance(conn, order_id, Actor::System, None, None, now).await {
        Ok(_) => Ok(true),
        Err(AppError::Conflict { .. }) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Bills past their due date not yet flagged (at most `limit`).
pub async fn due_for_overdue_notice(db: &Db, now: i64, limit: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT order_id FROM supply_orders WHERE stage = 'billed' AND pay_by < $1 AND overdue_noticed_at IS NULL \
         ORDER BY pay_by LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// Flags an overdue bill once: to the office's paying officers and to the
/// district's officials, with the days late counted.
pub async fn flag_overdue(conn: &mut AnyConnection, order_id: i64, now: i64) -> Result<bool, AppError> {
    let flagged = sqlx::query(
        "UPDATE supply_orders SET overdue_noticed_at = $1 WHERE order_id = $2 AND stage = 'billed' \
         AND overdue_noticed_at IS NULL",
    )
    .bind(now)
    .bind(order_id)
    .execute(&mut *conn)
    .await?;
    if flagged.rows_affected() != 1 {
        return Ok(false);
    }
    let supply = supply_order(&mut *conn, order_id).await?.ok_or(AppError::NotFound)?;
    let late = crate::procurement::rules::days_late(supply.pay_by.unwrap_or(now), now).max(1);
    let number = supply.bill_number.clone().unwrap_or_default();
    let text = Text::new(
        format!("बिल {number} का भुगतान {late} दिन से बाक़ी है"),
        format!("Bill {number} is {late} days overdue"),
    );
    tell_duty(&mut *conn, supply.office_id, Duty::PayingOfficer, &text, &supply_link(order_id), now).await?;
    let officials: Vec<i64> = sqlx::query_scalar(
        "SELECT u.id FROM users u JOIN department_offices o ON o.district_id = u.district_id \
         WHERE o.id = $1 AND u.role = 'district_official' ORDER BY u.id",
    )
    .bind(supply.office_id)
    .fetch_all(&mut *conn)
    .await?;
    for official in officials {
        crate::orders::notify::tell_user(&mut *conn, official, &text, &supply_link(order_id), now).await?;
    }
    record_event(&mut *conn, supply.indent_id, Some(order_id), "overdue", None, &format!("{late}"), now).await?;
    Ok(true)
}

/// Ends the office's side of supply orders whose order ended before it was
/// supplied (the group refused it, it was cancelled); returns how many.
pub async fn void_unsupplied(conn: &mut AnyConnection, now: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE supply_orders SET stage = 'void', updated_at = $1 WHERE stage = 'ordered' AND order_id IN \
         (SELECT id FROM orders WHERE status IN ('cancelled', 'rejected', 'expired'))",
    )
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}
