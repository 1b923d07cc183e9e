//! The server functions of `/monitor`: district and state officials (a
//! block official is a district official with a block) read what waits in
//! their own area only; the scope is the caller's, never a parameter.

use crate::error::AppError;
use crate::monitoring::types::{NowView, SalesView};
use leptos::prelude::*;

/// How many rows the page lists; the CSV has up to [`CSV_ROWS`].
pub const PAGE_ROWS: usize = 100;
pub const CSV_ROWS: usize = 10_000;

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    pub use crate::accounts::types::Role;
    pub use crate::error::AppError;
    pub use crate::i18n::Text;
    pub use crate::monitoring::now;
    pub use crate::monitoring::types::Waiting;
    pub use crate::monitoring::waits::{late_from, Wait};
    pub use crate::state::{db, respond};
    pub use haat_store::db::{now_ms, Db};

    /// An official and the groups her scope covers (403 for anyone else).
    pub async fn official() -> Result<(crate::accounts::types::Caller, (&'static str, i64, i64)), AppError> {
        let caller = crate::accounts::access::with_role(&[Role::DistrictOfficial, Role::StateOfficial]).await?;
        let scope = crate::accounts::access::groups_in_scope(&caller.scope).ok_or(AppError::Forbidden)?;
        Ok((caller, scope))
    }

    /// The step a query names (`None`: every step's late ones), or a clear no.
    pub fn chosen(word: Option<&str>) -> Result<Option<Wait>, AppError> {
        match word.map(str::trim).filter(|w| !w.is_empty()) {
            None => Ok(None),
            Some(word) => Wait::parse(word).map(Some).ok_or_else(|| {
                AppError::validation(
                    "wait",
                    Text::new("ऐसा कोई क़दम नहीं; सूची से चुनें", "There is no such step; choose one from the list"),
                )
            }),
        }
    }

    /// The rows of one step (all of them), or the late ones of every step,
    /// soonest late first; at most `limit`, and whether there were more.
    pub async fn rows(
        db: &Db,
        chosen: Option<Wait>,
        scope: (&'static str, i64, i64),
        now: i64,
        limit: usize,
    ) -> Result<(Vec<Waiting>, bool), AppError> {
        let ask = i64::try_from(limit).unwrap_or(i64::MAX).saturating_add(1);
        let mut rows = match chosen {
            Some(wait) => now::list(db, wait, scope, now, false, ask).await?,
            None => {
                let mut all = Vec::new();
                for wait in Wait::ALL {
                    all.extend(now::list(db, wait, scope, now, true, ask).await?);
                }
                all.sort_by_key(|w| (late_from(w.wait, w.since, w.due), w.number.clone()));
                all
            }
        };
        let more = rows.len() > limit;
        rows.truncate(limit);
        Ok((rows, more))
    }
}

/// The query of a sales table, as its form and links send it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SalesQuery {
    pub period: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub district: Option<String>,
    pub block: Option<String>,
    pub group: Option<String>,
}

#[cfg(feature = "ssr")]
pub(crate) mod sales_ssr {
    use super::SalesQuery;
    use crate::accounts::types::Scope;
    use crate::error::AppError;
    use crate::i18n::Text;
    use crate::monitoring::sales::{chosen_period, level_of, per_member_month, Level, Period};
    use crate::monitoring::sold;
    use crate::monitoring::types::SalesView;
    use haat_store::db::Db;

    /// A place's id as a form sends it (`None` when empty), or a clear no.
    pub fn place_id(field: &str, value: &Option<String>) -> Result<Option<i64>, AppError> {
        match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => v.parse::<i64>().ok().filter(|n| *n > 0).map(Some).ok_or_else(|| {
                AppError::validation(
                    field,
                    Text::new("यह जगह नहीं मिली; सूची से चुनें", "That place was not found; choose from the list"),
                )
            }),
        }
    }

    fn day(field: &str, value: &Option<String>) -> Result<Option<i64>, AppError> {
        match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => crate::dates::parse_iso_day(v)
                .map(Some)
                .ok_or_else(|| AppError::validation(field, Text::new("तारीख़ सही नहीं है", "That date is not a date"))),
        }
    }

    /// The period a form asks for (this month when none), as its first
    /// and last day, or a clear no.
    pub fn period_of(
        period: &Option<String>,
        from: &Option<String>,
        to: &Option<String>,
        now: i64,
    ) -> Result<(Period, i64, i64), AppError> {
        let period = match period.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            None => Period::Month,
            Some(word) => Period::parse(word).ok_or_else(|| {
                AppError::validation("period", Text::new("अवधि सूची से चुनें", "Choose a period from the list"))
            })?,
        };
        chosen_period(period, crate::dates::day_of(now), day("from", from)?, day("to", to)?)
            .map_err(|why| AppError::validation("period", why))
    }

    /// The table the query asks for, in the caller's scope.
    pub async fn sales_view(db: &Db, scope: &Scope, query: &SalesQuery, now: i64) -> Result<SalesView, AppError> {
        let groups = crate::accounts::access::groups_in_scope(scope).ok_or(AppError::Forbidden)?;
        let (period, from, to) = period_of(&query.period, &query.from, &query.to, now)?;
        let (district, block, group) = (
            place_id("district", &query.district)?,
            place_id("block", &query.block)?,
            place_id("group", &query.group)?,
        );
        let start = match scope {
            Scope::District { block_id: Some(block), .. } => Level::Groups { block: *block },
            Scope::District { district_id, block_id: None } => Level::Blocks { district: *district_id },
            _ => Level::Districts,
        };
        let level = level_of(district, block, group, start);
        let mut rows = sold::by_place(db, groups, level, (from, to)).await?;
        if let Level::Groups { block } = level {
            // Each group's takings per member beside the ₹3,000–7,000 reference.
            let window = (crate::dates::day_start_ms(from), crate::dates::day_start_ms(to + 1));
            let received = sold::received_by_group(db, groups, block, window).await?;
            for row in &mut rows {
                if let Some((_, members, money)) = received.iter().find(|(id, _, _)| *id == row.key) {
                    row.per_member_month = per_member_month(*money, *members, to - from + 1);
                }
            }
        }
        let trail = sold::trail(db, groups, district, block, group).await?;
        let rolled_to = haat_store::monitoring::rollup::rolled_to(&mut *db.pool.acquire().await?).await?;
        let scope_name = crate::accounts::places::scope_name(db, scope).await?.unwrap_or_default();
        Ok(SalesView { scope: scope_name, period, from, to, level, trail, total: sold::total(&rows), rows, rolled_to })
    }
}

/// Sales in the official's area for a period, by place (drilled down to
/// a district, block or group) and channel, from the daily roll-ups.
/// District and state officials.
#[server(prefix = "/api", endpoint = "monitor_sales")]
pub async fn get_monitor_sales(query: SalesQuery) -> Result<SalesView, AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, _) = official().await?;
            sales_ssr::sales_view(&db()?, &caller.scope, &query, now_ms()).await
        }
        .await,
    )
}

/// `/monitor/sales.csv?…`: the same table as the page, as CSV.
#[cfg(feature = "ssr")]
pub async fn export_sales_csv(state: crate::state::AppState, parts: http::request::Parts) -> axum::response::Response {
    use ssr::*;
    let query: SalesQuery = axum::extract::Query::try_from_uri(&parts.uri).map(|q| q.0).unwrap_or_default();
    let path = parts.uri.path().to_string();
    let db = state.db.clone();
    crate::download::answer(state, parts, async move {
        let (caller, _) = official().await?;
        let view = sales_ssr::sales_view(&db, &caller.scope, &query, now_ms()).await?;
        let lang = crate::i18n::request_lang();
        let (header, rows) = sales_table(&view, lang);
        crate::download::Download::table_for(&path, "haat-sales", header, rows)
    })
    .await
}

/// A sales table as a CSV's header and rows (its total last).
#[cfg(feature = "ssr")]
fn sales_table(view: &SalesView, lang: crate::i18n::Lang) -> (Vec<String>, Vec<Vec<String>>) {
    use crate::monitoring::text;
    use crate::orders::types::OrderChannel;
    let rupees = |m: crate::money::Money| format!("{:.2}", m.rupees());
    let groups = matches!(view.level, crate::monitoring::sales::Level::Groups { .. });
    let mut header = vec![crate::monitoring::sales::level_heading(view.level).get(lang).to_string()];
    header.extend(OrderChannel::ALL.iter().map(|c| c.label().get(lang).to_string()));
    header.push(text::COL_TOTAL.get(lang).to_string());
    header.push(text::count_heading(view.level).get(lang).to_string());
    if groups {
        header.push(text::COL_PER_MEMBER.get(lang).to_string());
    }
    let rows = view
        .rows
        .iter()
        .chain(std::iter::once(&view.total))
        .map(|row| {
            let mut record = vec![row.name.get(lang).to_string()];
            for channel in OrderChannel::ALL {
                let value = row.channels.iter().find(|(c, _)| *c == channel).map(|(_, v)| *v).unwrap_or_default();
                record.push(rupees(value));
            }
            record.push(rupees(row.value));
            record.push(row.count.to_string());
            if groups {
                record.push(row.per_member_month.map(rupees).unwrap_or_default());
            }
            record
        })
        .collect();
    (header, rows)
}

/// What waits on whom in the official's area now: each step's count and
/// late count, and the list of the step chosen (or every late one).
/// District and state officials.
#[server(prefix = "/api", endpoint = "monitor_now")]
pub async fn get_monitor_now(wait: Option<String>) -> Result<NowView, AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, scope) = official().await?;
            let chosen = chosen(wait.as_deref())?;
            let db = db()?;
            let now = now_ms();
            let mut counts = Vec::new();
            for wait in Wait::ALL {
                counts.push(now::count(&db, wait, scope, now).await?);
            }
            let (rows, more) = rows(&db, chosen, scope, now, PAGE_ROWS).await?;
            let scope_name = crate::accounts::places::scope_name(&db, &caller.scope).await?.unwrap_or_default();
            Ok(NowView { scope: scope_name, counts, chosen, rows, more, now })
        }
        .await,
    )
}

/// `/monitor/waiting.csv?wait=…`: the same list as the page, every row (up
/// to 10,000), as an Excel-friendly CSV (UTF-8 with a byte-order mark) in
/// the official's language.
#[cfg(feature = "ssr")]
pub async fn export_csv(state: crate::state::AppState, parts: http::request::Parts) -> axum::response::Response {
    use ssr::*;
    let params: Vec<(String, String)> = axum::extract::Query::try_from_uri(&parts.uri).map(|q| q.0).unwrap_or_default();
    let path = parts.uri.path().to_string();
    let db = state.db.clone();
    crate::download::answer(state, parts, async move {
        let (_, scope) = official().await?;
        let wait = params.iter().find(|(k, _)| k == "wait").map(|(_, v)| v.as_str());
        let chosen = chosen(wait)?;
        let lang = crate::i18n::request_lang();
        let now = now_ms();
        let (rows, _) = rows(&db, chosen, scope, now, CSV_ROWS).await?;
        let name = format!("haat-waiting-{}", chosen.map_or("late", |w| w.as_str()));
        let (header, rows) = waiting_table(&rows, lang);
        crate::download::Download::table_for(&path, &name, header, rows)
    })
    .await
}

/// The waiting list as a CSV's header and rows.
#[cfg(feature = "ssr")]
fn waiting_table(
    rows: &[crate::monitoring::types::Waiting],
    lang: crate::i18n::Lang,
) -> (Vec<String>, Vec<Vec<String>>) {
    let header = crate::monitoring::text::CSV_COLUMNS.iter().map(|c| c.get(lang).to_string()).collect();
    let rows = rows
        .iter()
        .map(|w| {
            let late = if w.late { crate::monitoring::text::LATE.get(lang) } else { "" };
            vec![
                w.wait.label().get(lang).to_string(),
                w.wait.waits_on().label().get(lang).to_string(),
                w.number.clone(),
                w.group.get(lang).to_string(),
                w.block.get(lang).to_string(),
                w.district.get(lang).to_string(),
                crate::dates::date_time(w.since, lang),
                w.due.map(|d| crate::dates::date_time(d, lang)).unwrap_or_default(),
                w.value.map(|v| format!("{:.2}", v.rupees())).unwrap_or_default(),
                late.to_string(),
            ]
        })
        .collect();
    (header, rows)
}
