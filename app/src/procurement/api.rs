//! The server functions of `/procure`. Each checks who is calling and what
//! she may touch (a department user of the indent's office, by duty; an
//! official whose scope covers the supplying group, who only reads), begins
//! the transaction, calls the store, commits, and sends a form back to the
//! page it belongs to. Which step is allowed is `procurement::state`; the
//! purchase rules are `procurement::rules`.

use crate::error::AppError;
use crate::procurement::types::{IndentPage, IndentSearch, ProcureHome, RulesPage, SupplyPage, WatchedSupply};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::accounts::types::{Caller, Duty, Role, Scope};
    pub use crate::error::AppError;
    pub use crate::i18n::Text;
    pub use crate::procurement::state::{indent_stage, IndentStatus, IndentStep, SupplyStage, SupplyStep};
    pub use crate::procurement::store::{self, IndentSummary};
    pub use crate::procurement::supply;
    pub use crate::procurement::types::*;
    pub use crate::procurement::{assess, offices};
    pub use crate::state::{db, respond};
    pub use haat_store::db::{now_ms, Db};

    /// A department user: her office and her duties (403 for anyone else).
    pub async fn department_user() -> Result<(Caller, i64, Vec<Duty>), AppError> {
        let caller = crate::accounts::access::with_role(&[Role::Department]).await?;
        match &caller.scope {
            Scope::Office { office_id, duties } => {
                let (office_id, duties) = (*office_id, duties.clone());
                Ok((caller, office_id, duties))
            }
            _ => Err(AppError::Forbidden),
        }
    }

    /// May the caller read this office's indent or supply order: a user of
    /// the office, or an official over one of its supplying groups (or,
    /// before there are any, over the office's district). Anyone else is
    /// told it does not exist.
    pub async fn may_read(db: &Db, caller: &Caller, office_id: i64, groups: &[i64]) -> Result<(), AppError> {
        match (&caller.role, &caller.scope) {
            (Role::Department, Scope::Office { office_id: own, .. }) if *own == office_id => Ok(()),
            (Role::DistrictOfficial | Role::StateOfficial, scope) => {
                for group in groups {
                    if let Some(place) = crate::accounts::places::group_place(db, *group).await? {
                        if crate::accounts::access::covers(scope, &place.into()) {
                            return Ok(());
                        }
                    }
                }
                let district: Option<(i64, i64)> = sqlx::query_as(
                    "SELECT d.id, d.state_id FROM department_offices o JOIN districts d ON d.id = o.district_id \
                     WHERE o.id = $1",
                )
                .bind(office_id)
                .fetch_optional(&db.pool)
                .await?;
                let covers = match (scope, district) {
                    (Scope::District { district_id, block_id: None }, Some((d, _))) => *district_id == d,
                    (Scope::State { state_id }, Some((_, s))) => *state_id == s,
                    _ => false,
                };
                if covers {
                    Ok(())
                } else {
                    Err(AppError::NotFound)
                }
            }
            _ => Err(AppError::NotFound),
        }
    }

    /// The duties of a department user (none for anyone else).
    pub fn duties_of(caller: &Caller) -> Vec<Duty> {
        match &caller.scope {
            Scope::Office { duties, .. } => duties.clone(),
            _ => Vec::new(),
        }
    }

    /// Whether a caller with `duties` (of the office, which `may_read` has
    /// established) may take an indent's step now: the state machine says.
    pub fn may_take(duties: &[Duty], status: IndentStatus, step: IndentStep, duty: Duty) -> bool {
        use crate::procurement::state::{indent_next, Actor};
        duties.contains(&duty) && indent_next(status, step, Actor::Staff { duty, own_office: true }).is_ok()
    }

    /// The same for a supply order's step.
    pub fn may_take_supply(duties: &[Duty], stage: SupplyStage, step: SupplyStep, duty: Duty) -> bool {
        use crate::procurement::state::{supply_next, Actor};
        duties.contains(&duty) && supply_next(stage, step, Actor::Staff { duty, own_office: true }).is_ok()
    }

    pub fn row(summary: IndentSummary) -> IndentRow {
        IndentRow {
            id: summary.id,
            number: summary.number,
            stage: indent_stage(summary.status, &summary.supplies),
            value: summary.value,
            needed_by: summary.needed_by,
            updated_at: summary.updated_at,
        }
    }

    pub fn choices(consignees: Vec<offices::Consignee>) -> Vec<ConsigneeChoice> {
        consignees
            .into_iter()
            .map(|c| ConsigneeChoice { user_id: c.user_id, name: c.name, office: c.office_name })
            .collect()
    }

    /// A department user with `duty`, and the supply order `order_id` of
    /// her own office (403 without the duty, 404 for another office's).
    pub async fn with_duty_over_supply(order_id: i64, duty: Duty) -> Result<(Caller, Db), AppError> {
        let (caller, office_id, duties) = department_user().await?;
        if !duties.contains(&duty) {
            return Err(AppError::Forbidden);
        }
        let db = db()?;
        let office: Option<i64> = sqlx::query_scalar("SELECT office_id FROM supply_orders WHERE order_id = $1")
            .bind(order_id)
            .fetch_optional(&db.pool)
            .await?;
        if office != Some(office_id) {
            return Err(AppError::NotFound);
        }
        Ok((caller, db))
    }

    /// A whole number a form sent ("" is `None`; anything else unreadable is a clear no).
    pub fn whole(text: &str, field: &'static str) -> Result<Option<i64>, AppError> {
        let text = crate::i18n::latin_digits(text.trim());
        if text.is_empty() {
            return Ok(None);
        }
        text.parse::<i64>()
            .map(Some)
            .map_err(|_| AppError::validation(field, Text::new("यहाँ पूरी संख्या लिखें", "Write a whole number here")))
    }
}

/// `/procure`: the caller's workspace by her duties. Department users.
#[server(prefix = "/api", endpoint = "procure_home")]
pub async fn get_procure_home() -> Result<ProcureHome, AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, office_id, duties) = department_user().await?;
            let db = db()?;
            let mut conn = db.pool.acquire().await?;
            let office = offices::office_address(&mut conn, office_id).await?.ok_or(AppError::NotFound)?;
            // A draft is its indenter's alone until she sends it.
            let indents: Vec<IndentRow> = store::indents_of_office(&mut conn, office_id)
                .await?
                .into_iter()
                .filter(|i| i.status != IndentStatus::Draft || i.indenter_id == caller.user_id)
                .map(row)
                .collect();
            let to_approve = if duties.contains(&Duty::Approver) {
                indents
                    .iter()
                    .filter(|i| i.stage == crate::procurement::state::IndentStage::AwaitingApproval)
                    .cloned()
                    .collect()
            } else {
                Vec::new()
            };
            let (mut to_receive, mut to_accept, mut to_pay) = (Vec::new(), Vec::new(), Vec::new());
            if duties.contains(&Duty::Consignee) {
                to_receive = supply::of_office_at(&mut conn, office_id, SupplyStage::Ordered).await?;
                to_accept = supply::of_office_at(&mut conn, office_id, SupplyStage::Received).await?;
            }
            if duties.contains(&Duty::PayingOfficer) {
                to_pay = supply::of_office_at(&mut conn, office_id, SupplyStage::Billed).await?;
            }
            Ok(ProcureHome {
                office: office.name,
                duties,
                indents,
                to_approve,
                to_receive,
                to_accept,
                to_pay,
                now: now_ms(),
            })
        }
        .await,
    )
}

/// Live listings of the office's state for the indenter's words (at most
/// 20), and the consignees a line may name. Indenters.
#[server(prefix = "/api", endpoint = "indent_search")]
pub async fn get_indent_search(q: String) -> Result<IndentSearch, AppError> {
    use ssr::*;
    respond(
        async {
            let (_, office_id, duties) = department_user().await?;
            if !duties.contains(&Duty::Indenter) {
                return Err(AppError::Forbidden);
            }
            let db = db()?;
            let mut conn = db.pool.acquire().await?;
            let consignees = choices(offices::consignees_for(&mut conn, office_id).await?);
            let q = q.trim();
            if q.is_empty() {
                return Ok(IndentSearch { hits: Vec::new(), consignees });
            }
            let state: Option<String> = sqlx::query_scalar(
                "SELECT s.slug FROM department_offices o JOIN districts d ON d.id = o.district_id \
                 JOIN states s ON s.id = d.state_id WHERE o.id = $1",
            )
            .bind(office_id)
            .fetch_optional(&mut *conn)
            .await?;
            let query = crate::catalog::types::ListingQuery {
                search: Some(q.to_string()),
                state,
                page: 1,
                ..Default::default()
            }
            .checked()?;
            let page = crate::catalog::store::list_products(&db, &query).await?;
            let hits = page
                .items
                .into_iter()
                .take(20)
                .map(|c| ListingHit {
                    id: c.id,
                    title: c.title,
                    unit: c.unit,
                    price: c.price,
                    group_name: c.group_name,
                    district: c.district,
                    on_hand: c.on_hand,
                })
                .collect();
            Ok(IndentSearch { hits, consignees })
        }
        .await,
    )
}

/// Adds `qty` of a listing for a consignee to the caller's draft `indent`
/// (a new draft when `indent` is empty: needed in two weeks, its budget
/// head to be written), then opens the draft. Indenters of the office.
#[server(prefix = "/api", endpoint = "add_indent_line")]
pub async fn add_indent_line(
    #[server(default)] indent: String,
    product: i64,
    qty: String,
    consignee: i64,
) -> Result<i64, AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, office_id, duties) = department_user().await?;
            if !duties.contains(&Duty::Indenter) {
                return Err(AppError::Forbidden);
            }
            let qty = whole(&qty, "qty")?.ok_or_else(crate::procurement::errors::bad_quantity)?;
            let line = LineRequest { product_id: product, qty, consignee_id: consignee };
            let db = db()?;
            let now = now_ms();
            let mut tx = db.begin().await?;
            let id = match whole(&indent, "indent")? {
                None => {
                    let draft = IndentDraft {
                        lines: vec![line],
                        needed_by: crate::dates::day_of(now) + 14,
                        budget_head: String::new(),
                        note: String::new(),
                    };
                    store::create(&mut tx, office_id, caller.user_id, &draft, now).await?
                }
                Some(id) => {
                    let current = store::indent(&mut tx, id).await?.ok_or(AppError::NotFound)?;
                    if current.office_id != office_id {
                        return Err(AppError::NotFound);
                    }
                    let mut lines: Vec<LineRequest> = current
                        .lines
                        .iter()
                        .map(|l| LineRequest { product_id: l.product_id, qty: l.qty, consignee_id: l.consignee_id })
                        .collect();
                    lines.push(line);
                    let draft = IndentDraft {
                        lines,
                        needed_by: current.needed_by,
                        budget_head: current.budget_head,
                        note: current.note,
                    };
                    store::update(&mut tx, id, &draft, now).await?;
                    id
                }
            };
            tx.commit().await?;
            leptos_axum::redirect(&format!("/procure/indents/{id}#lines"));
            Ok(id)
        }
        .await,
    )
}

/// Saves a draft's particulars and its lines' quantities (`qty[p<product>c<consignee>]`;
/// 0 removes a line). Indenters of the office, while it can be edited.
#[server(prefix = "/api", endpoint = "save_indent")]
pub async fn save_indent(
    id: i64,
    needed_by: String,
    #[server(default)] budget_head: String,
    #[server(default)] note: String,
    #[server(default)] qty: std::collections::HashMap<String, String>,
) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (_, office_id, duties) = department_user().await?;
            if !duties.contains(&Duty::Indenter) {
                return Err(AppError::Forbidden);
            }
            let db = db()?;
            let now = now_ms();
            let needed_by =
                crate::dates::parse_iso_day(&needed_by).ok_or_else(crate::procurement::errors::needed_by_in_past)?;
            if budget_head.chars().count() > 60 || note.chars().count() > 1000 {
                return Err(AppError::validation(
                    "note",
                    Text::new("बजट शीर्ष या टिप्पणी बहुत लंबी है", "The budget head or the note is too long"),
                ));
            }
            let mut tx = db.begin().await?;
            let current = store::indent(&mut tx, id).await?.ok_or(AppError::NotFound)?;
            if current.office_id != office_id {
                return Err(AppError::NotFound);
            }
            let mut lines = Vec::new();
            for l in &current.lines {
                let key = format!("p{}c{}", l.product_id, l.consignee_id);
                let qty = match qty.get(&key) {
                    Some(text) => whole(text, "qty")?.unwrap_or(l.qty),
                    None => l.qty,
                };
                if qty != 0 {
                    lines.push(LineRequest { product_id: l.product_id, qty, consignee_id: l.consignee_id });
                }
            }
            let draft = IndentDraft { lines, needed_by, budget_head, note };
            store::update(&mut tx, id, &draft, now).await?;
            tx.commit().await?;
            leptos_axum::redirect(&format!("/procure/indents/{id}?saved=indent"));
            Ok(())
        }
        .await,
    )
}

/// One step on an indent: `submit` or `withdraw` (its indenter),
/// `send_back` with `remarks` or `approve` with a `sanction` number (an
/// approver of the office, within her limit, not her own indent). Sending
/// and sanctioning assess the indent as it stands now.
#[server(prefix = "/api", endpoint = "indent_step")]
pub async fn indent_step(
    id: i64,
    step: String,
    #[server(default)] remarks: String,
    #[server(default)] sanction: String,
) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, office_id, duties) = department_user().await?;
            let step = IndentStep::parse(&step).ok_or_else(|| AppError::bad_request("unknown indent step"))?;
            let duty = match step {
                IndentStep::Submit | IndentStep::Withdraw => Duty::Indenter,
                IndentStep::SendBack | IndentStep::Approve => Duty::Approver,
            };
            if !duties.contains(&duty) {
                return Err(AppError::Forbidden);
            }
            let db = db()?;
            let now = now_ms();
            let indent = store::indent(&mut *db.pool.acquire().await?, id).await?.ok_or(AppError::NotFound)?;
            if indent.office_id != office_id {
                return Err(AppError::NotFound);
            }
            if remarks.chars().count() > 500 || sanction.chars().count() > 60 {
                return Err(AppError::validation(
                    "remarks",
                    Text::new("टिप्पणी या स्वीकृति क्रमांक बहुत लंबा है", "The remarks or the sanction number is too long"),
                ));
            }
            // Prices, delivery and the rules are read before the transaction
            // (the checkout's quote reads through the pool).
            let assessment = match step {
                IndentStep::Submit | IndentStep::Approve => Some(assess::assess(&db, &indent, now).await?),
                _ => None,
            };
            let mut tx = db.begin().await?;
            match (step, &assessment) {
                (IndentStep::Submit, Some(a)) => {
                    if let Some(refusal) = &a.refusal {
                        return Err(refusal.clone());
                    }
                    store::submit(&mut tx, id, caller.user_id, a.estimate.total, now).await?;
                }
                (IndentStep::Approve, Some(a)) => {
                    store::approve(&mut tx, id, caller.user_id, &sanction, a, now).await?;
                }
                (IndentStep::Withdraw, _) => store::withdraw(&mut tx, id, caller.user_id, now).await?,
                (IndentStep::SendBack, _) => store::send_back(&mut tx, id, caller.user_id, &remarks, now).await?,
                _ => return Err(AppError::Internal),
            }
            tx.commit().await?;
            leptos_axum::redirect(&format!("/procure/indents/{id}"));
            Ok(())
        }
        .await,
    )
}

/// One indent with its estimate, rule, comparison, supply orders and
/// timeline; what the caller may do with it. Its office's users, and
/// officials over its groups.
#[server(prefix = "/api", endpoint = "indent")]
pub async fn get_indent(id: i64) -> Result<IndentPage, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = crate::accounts::access::signed_in().await?;
            let db = db()?;
            let mut conn = db.pool.acquire().await?;
            let indent = store::indent(&mut conn, id).await?.ok_or(AppError::NotFound)?;
            // A draft is its indenter's alone until she sends it.
            if indent.status == IndentStatus::Draft && indent.indenter_id != caller.user_id {
                return Err(AppError::NotFound);
            }
            let supplies = supply::of_indent(&mut conn, id).await?;
            let mut groups: Vec<i64> = indent.lines.iter().map(|l| l.group_id).collect();
            groups.dedup();
            may_read(&db, &caller, indent.office_id, &groups).await?;
            let duties = duties_of(&caller);
            let now = now_ms();
            let open =
                matches!(indent.status, IndentStatus::Draft | IndentStatus::SentBack | IndentStatus::AwaitingApproval);
            let (estimate, refusal, comparison) = if open && !indent.lines.is_empty() {
                let assessment = assess::assess(&db, &indent, now).await?;
                let refusal = assessment.refusal.as_ref().map(|e| match e {
                    AppError::Validation { message, .. } | AppError::Conflict { message } => message.clone(),
                    other => Text::new(other.message(crate::i18n::Lang::Hi), other.message(crate::i18n::Lang::En)),
                });
                (Some(assessment.estimate), refusal, assessment.comparison)
            } else {
                (None, None, Vec::new())
            };
            let has = |duty: Duty| duties.contains(&duty);
            let events = store::events(&mut conn, id)
                .await?
                .into_iter()
                .map(|(step, who, note, at)| IndentEvent { step, who, note, at })
                .collect();
            let limit =
                if has(Duty::Approver) { offices::approval_limit(&mut conn, caller.user_id).await? } else { None };
            let status = indent.status;
            Ok(IndentPage {
                can_edit: has(Duty::Indenter) && status.is_editable(),
                can_submit: may_take(&duties, status, IndentStep::Submit, Duty::Indenter) && !indent.lines.is_empty(),
                can_withdraw: may_take(&duties, status, IndentStep::Withdraw, Duty::Indenter),
                // Maker and checker: never her own.
                can_approve: may_take(&duties, status, IndentStep::Approve, Duty::Approver)
                    && crate::procurement::rules::may_sanction(indent.indenter_id, caller.user_id),
                indent,
                estimate,
                refusal,
                comparison,
                supplies,
                events,
                limit,
                today: crate::dates::day_of(now),
            })
        }
        .await,
    )
}

/// One supply order for its office (by duty) or an official over its group.
#[server(prefix = "/api", endpoint = "supply")]
pub async fn get_supply(order_id: i64) -> Result<SupplyPage, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = crate::accounts::access::signed_in().await?;
            let db = db()?;
            let mut conn = db.pool.acquire().await?;
            let supply = supply::supply_order(&mut conn, order_id).await?.ok_or(AppError::NotFound)?;
            may_read(&db, &caller, supply.office_id, &[supply.group_id]).await?;
            let duties = duties_of(&caller);
            let lines = supply::lines(&mut conn, order_id).await?;
            let office = offices::office_address(&mut conn, supply.office_id).await?.ok_or(AppError::NotFound)?;
            let consignee: String = sqlx::query_scalar("SELECT name FROM users WHERE id = $1")
                .bind(supply.consignee_id)
                .fetch_one(&mut *conn)
                .await?;
            use crate::orders::state::OrderStatus;
            let arrived = matches!(
                supply.order_status,
                OrderStatus::Dispatched | OrderStatus::Delivered | OrderStatus::Completed
            );
            Ok(SupplyPage {
                can_receive: may_take_supply(&duties, supply.stage, SupplyStep::Receive, Duty::Consignee) && arrived,
                can_accept: may_take_supply(&duties, supply.stage, SupplyStep::Accept, Duty::Consignee),
                can_pay: may_take_supply(&duties, supply.stage, SupplyStep::Pay, Duty::PayingOfficer),
                supply,
                lines,
                office: office.name,
                consignee,
                now: now_ms(),
            })
        }
        .await,
    )
}

/// The consignee's provisional receipt: `received[<order line>]` units of
/// each line (blank: all of it). Consignees of the office.
#[server(prefix = "/api", endpoint = "receive_supply")]
pub async fn receive_supply(
    order_id: i64,
    #[server(default)] received: std::collections::HashMap<String, String>,
) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, db) = with_duty_over_supply(order_id, Duty::Consignee).await?;
            let mut counts = Vec::new();
            for (line, count) in &received {
                let line: i64 = line.trim().parse().map_err(|_| AppError::bad_request("unreadable line"))?;
                if let Some(count) = whole(count, "received")? {
                    counts.push((line, count));
                }
            }
            let mut tx = db.begin().await?;
            supply::receive(&mut tx, order_id, caller.user_id, &counts, now_ms()).await?;
            tx.commit().await?;
            leptos_axum::redirect(&format!("/procure/supply/{order_id}"));
            Ok(())
        }
        .await,
    )
}

/// The consignee's acceptance: `accepted[<order line>]` of what was
/// received (blank: all of it) and `reason[<order line>]` wherever less.
/// Anything accepted is billed at once. Consignees of the office.
#[server(prefix = "/api", endpoint = "accept_supply")]
pub async fn accept_supply(
    order_id: i64,
    #[server(default)] accepted: std::collections::HashMap<String, String>,
    #[server(default)] reason: std::collections::HashMap<String, String>,
) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, db) = with_duty_over_supply(order_id, Duty::Consignee).await?;
            let lines = supply::lines(&mut *db.pool.acquire().await?, order_id).await?;
            let mut given = Vec::new();
            for line in &lines {
                let key = line.order_line_id.to_string();
                let count = match accepted.get(&key) {
                    Some(text) => whole(text, "accepted")?.unwrap_or(line.received.unwrap_or(0)),
                    None => line.received.unwrap_or(0),
                };
                let why: String = reason.get(&key).map(|r| r.trim().chars().take(300).collect()).unwrap_or_default();
                given.push((line.order_line_id, count, why));
            }
            let mut tx = db.begin().await?;
            supply::accept(&mut tx, order_id, caller.user_id, &given, now_ms()).await?;
            tx.commit().await?;
            leptos_axum::redirect(&format!("/procure/supply/{order_id}"));
            Ok(())
        }
        .await,
    )
}

/// The paying officer records a bill paid with its PFMS or treasury
/// reference and the day it was paid; the money lands in the group's ledger. Paying officers of the office.
#[server(prefix = "/api", endpoint = "pay_bill")]
pub async fn pay_bill(order_id: i64, reference: String, #[server(default)] paid_on: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, db) = with_duty_over_supply(order_id, Duty::PayingOfficer).await?;
            let now = now_ms();
            // Today unless she gives the treasury's date.
            let paid_on = match paid_on.trim() {
                "" => crate::dates::day_of(now),
                given => {
                    crate::dates::parse_iso_day(given).ok_or_else(crate::procurement::errors::paid_on_impossible)?
                }
            };
            let mut tx = db.begin().await?;
            supply::pay(&mut tx, order_id, caller.user_id, (&reference, paid_on), now).await?;
            tx.commit().await?;
            leptos_axum::redirect(&format!("/procure/supply/{order_id}"));
            Ok(())
        }
        .await,
    )
}

/// Every department order with a group in the official's scope that is not
/// yet paid, the longest at its stage first. Officials.
#[server(prefix = "/api", endpoint = "department_orders")]
pub async fn get_department_orders() -> Result<Vec<WatchedSupply>, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = crate::accounts::access::with_role(&[Role::DistrictOfficial, Role::StateOfficial]).await?;
            let scope = crate::accounts::access::groups_in_scope(&caller.scope).ok_or(AppError::Forbidden)?;
            let db = db()?;
            Ok(supply::in_scope(&mut *db.pool.acquire().await?, scope).await?)
        }
        .await,
    )
}

/// The state's purchase rules in figures and words: the official's state
/// (a district official's, read only). Officials.
#[server(prefix = "/api", endpoint = "purchase_rules")]
pub async fn get_purchase_rules() -> Result<RulesPage, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = crate::accounts::access::with_role(&[Role::DistrictOfficial, Role::StateOfficial]).await?;
            let db = db()?;
            let mut conn = db.pool.acquire().await?;
            let state_id: i64 = match caller.scope {
                Scope::State { state_id } => state_id,
                Scope::District { district_id, .. } => {
                    sqlx::query_scalar("SELECT state_id FROM districts WHERE id = $1")
                        .bind(district_id)
                        .fetch_one(&mut *conn)
                        .await?
                }
                _ => return Err(AppError::Forbidden),
            };
            let (hi, en): (String, String) = sqlx::query_as("SELECT name_hi, name_en FROM states WHERE id = $1")
                .bind(state_id)
                .fetch_one(&mut *conn)
                .await?;
            let rules = offices::rules_of(&mut conn, state_id).await?;
            use crate::procurement::rules::PurchaseRule;
            let words = [PurchaseRule::Direct, PurchaseRule::Lowest, PurchaseRule::NotThroughHaat]
                .into_iter()
                .map(|rule| rule.explain(&rules))
                .collect();
            Ok(RulesPage { state: Text::new(hi, en), rules, words, can_edit: caller.role == Role::StateOfficial })
        }
        .await,
    )
}

/// Sets the caller's state's purchase rules. State officials.
#[server(prefix = "/api", endpoint = "set_purchase_rules")]
#[allow(clippy::too_many_arguments)]
pub async fn set_purchase_rules(
    direct: String,
    lowest: String,
    comparable: String,
    window: String,
    accept_days: String,
    pay_days: String,
    #[server(default)] deemed: Option<String>,
) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let caller = crate::accounts::access::with_role(&[Role::StateOfficial]).await?;
            let Scope::State { state_id } = caller.scope else { return Err(AppError::Forbidden) };
            let money = |text: &str, field: &'static str| {
                crate::money::Money::parse_price(text).map_err(|e| AppError::validation(field, e.message()))
            };
            let days = |text: &str, field: &'static str| -> Result<i64, AppError> {
                whole(text, field)?.ok_or_else(|| {
                    AppError::validation(field, Text::new("यहाँ पूरी संख्या लिखें", "Write a whole number here"))
                })
            };
            let rules = crate::procurement::rules::PurchaseRules {
                direct_up_to: money(&direct, "direct")?,
                lowest_up_to: money(&lowest, "lowest")?,
                comparable_needed: usize::try_from(days(&comparable, "comparable")?).unwrap_or(0),
                split_window_days: days(&window, "window")?,
                accept_within_days: days(&accept_days, "accept_days")?,
                deemed_acceptance: deemed.is_some(),
                pay_within_days: days(&pay_days, "pay_days")?,
            };
            crate::procurement::rules::check_rules(&rules).map_err(|m| AppError::validation("rules", m))?;
            let db = db()?;
            let mut tx = db.begin().await?;
            offices::set_rules(&mut tx, state_id, &rules, caller.user_id, now_ms()).await?;
            tx.commit().await?;
            leptos_axum::redirect("/review/purchase-rules?saved=rules");
            Ok(())
        }
        .await,
    )
}
