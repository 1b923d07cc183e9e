//! The server functions of `/monitor`: district and state officials (a
//! block official is a district official with a block) read what waits in
//! their own area only; the scope is the caller's, never a parameter.

use crate::error::AppError;
use crate::monitoring::types::NowView;
use leptos::prelude::*;

/// How many rows the page lists; the CSV has up to [`CSV_ROWS`].
pub const PAGE_ROWS: usize = 100;
pub const CSV_ROWS: usize = 10_000;

#[cfg(feature = "ssr")]
mod ssr {
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
    let db = state.db.clone();
    crate::download::answer(state, parts, async move {
        let (_, scope) = official().await?;
        let wait = params.iter().find(|(k, _)| k == "wait").map(|(_, v)| v.as_str());
        let chosen = chosen(wait)?;
        let lang = crate::i18n::request_lang();
        let now = now_ms();
        let (rows, _) = rows(&db, chosen, scope, now, CSV_ROWS).await?;
        let name = format!("haat-waiting-{}.csv", chosen.map_or("late", |w| w.as_str()));
        Ok(crate::download::Download::csv(&name, write_csv(&rows, lang)?))
    })
    .await
}

#[cfg(feature = "ssr")]
fn write_csv(rows: &[crate::monitoring::types::Waiting], lang: crate::i18n::Lang) -> Result<Vec<u8>, AppError> {
    let failed = |e: csv::Error| {
        tracing::error!(error = %e, "writing CSV failed");
        AppError::Internal
    };
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut out);
        writer.write_record(crate::monitoring::text::CSV_COLUMNS.iter().map(|c| c.get(lang))).map_err(failed)?;
        for w in rows {
            let late = if w.late { crate::monitoring::text::LATE.get(lang) } else { "" };
            writer
                .write_record([
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
                ])
                .map_err(failed)?;
        }
        writer.flush().map_err(|e| failed(e.into()))?;
    }
    Ok(out)
}
