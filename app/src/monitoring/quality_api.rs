//! The server functions of `/monitor/quality`: the listings' quality in a
//! district or state official's own area (the review queue by age, why
//! listings were sent back in a period, groups with nothing on sale).

use crate::error::AppError;
use crate::monitoring::types::QualityView;
use leptos::prelude::*;

/// How many groups with nothing on sale the page lists; the CSV has all.
pub const PAGE_GROUPS: i64 = 100;

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use crate::error::AppError;
    use crate::monitoring::api::sales_ssr::period_of;
    use crate::monitoring::quality;
    use crate::monitoring::types::QualityView;
    use haat_store::db::Db;
    use haat_store::monitoring::quality as store;

    /// The whole view for the caller's scope; `groups` caps the list.
    pub async fn quality_view(
        db: &Db,
        caller: &crate::accounts::types::Caller,
        scope: store::ScopeSql,
        period: (&Option<String>, &Option<String>, &Option<String>),
        now: i64,
        groups: i64,
    ) -> Result<QualityView, AppError> {
        let (period, from, to) = period_of(period.0, period.1, period.2, now)?;
        let sent = store::review_sent_times(db, scope).await?;
        let waits: Vec<i64> = sent.iter().map(|at| now - at).collect();
        let window = (crate::dates::day_start_ms(from), crate::dates::day_start_ms(to + 1));
        let rejections = store::rejections(db, scope, window).await?;
        let (idle, idle_total, groups_total) = store::idle_groups(db, scope, groups).await?;
        let scope_name = crate::accounts::places::scope_name(db, &caller.scope).await?.unwrap_or_default();
        Ok(QualityView {
            scope: scope_name,
            now,
            review_ages: quality::review_ages(&waits),
            oldest_in_review: sent.first().copied(),
            period,
            from,
            to,
            rejections,
            idle,
            idle_total,
            groups_total,
        })
    }
}

/// The listings' quality in the official's area; the period (as on the
/// sales page) bounds the reasons for sending back. District and state
/// officials.
#[server(prefix = "/api", endpoint = "monitor_quality")]
pub async fn get_monitor_quality(
    period: Option<String>,
    from: Option<String>,
    to: Option<String>,
) -> Result<QualityView, AppError> {
    use crate::monitoring::api::ssr::{db, now_ms, official, respond};
    respond(
        async {
            let (caller, scope) = official().await?;
            ssr::quality_view(&db()?, &caller, scope, (&period, &from, &to), now_ms(), PAGE_GROUPS).await
        }
        .await,
    )
}

/// `/monitor/quality.csv?table=groups|reasons&period=…`: the groups with
/// nothing on sale (all of them), or the reasons for sending back in the
/// period, as Excel-friendly CSV in the official's language.
#[cfg(feature = "ssr")]
pub async fn export_quality_csv(
    state: crate::state::AppState,
    parts: http::request::Parts,
) -> axum::response::Response {
    use crate::monitoring::api::ssr::{now_ms, official};
    let params: Vec<(String, String)> = axum::extract::Query::try_from_uri(&parts.uri).map(|q| q.0).unwrap_or_default();
    let param = |name: &str| params.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let (table, period, from, to) = (param("table"), param("period"), param("from"), param("to"));
    let path = parts.uri.path().to_string();
    let db = state.db.clone();
    crate::download::answer(state, parts, async move {
        let (caller, scope) = official().await?;
        let lang = crate::i18n::request_lang();
        let reasons = match table.as_deref().unwrap_or("groups") {
            "groups" => false,
            "reasons" => true,
            _ => {
                return Err(AppError::validation(
                    "table",
                    crate::i18n::Text::new("ऐसी कोई तालिका नहीं", "There is no such table"),
                ))
            }
        };
        let view = ssr::quality_view(&db, &caller, scope, (&period, &from, &to), now_ms(), i64::MAX).await?;
        if reasons {
            let (header, rows) = reasons_table(&view, lang);
            crate::download::Download::table_for(&path, "haat-sent-back-reasons", header, rows)
        } else {
            let (header, rows) = groups_table(&view, lang);
            crate::download::Download::table_for(&path, "haat-groups-nothing-on-sale", header, rows)
        }
    })
    .await
}

#[cfg(feature = "ssr")]
/// The groups with nothing on sale, as a CSV's header and rows.
fn groups_table(view: &QualityView, lang: crate::i18n::Lang) -> (Vec<String>, Vec<Vec<String>>) {
    use crate::monitoring::text;
    let header = [
        text::COL_GROUP,
        crate::i18n::Tr::new("ब्लॉक", "Block"),
        crate::i18n::Tr::new("ज़िला", "District"),
        text::COL_ONBOARDED,
        text::COL_IN_REVIEW,
        text::COL_UNSENT,
    ]
    .iter()
    .map(|c| c.get(lang).to_string())
    .collect();
    let rows = view
        .idle
        .iter()
        .map(|g| {
            vec![
                g.name.get(lang).to_string(),
                g.block.get(lang).to_string(),
                g.district.get(lang).to_string(),
                crate::dates::iso_day(crate::dates::day_of(g.since)),
                g.in_review.to_string(),
                g.unsent.to_string(),
            ]
        })
        .collect();
    (header, rows)
}

#[cfg(feature = "ssr")]
/// The reasons for sending back, as a CSV's header and rows.
fn reasons_table(view: &QualityView, lang: crate::i18n::Lang) -> (Vec<String>, Vec<Vec<String>>) {
    use crate::monitoring::text;
    let header = vec![text::COL_REASON.get(lang).to_string(), text::COL_TIMES.get(lang).to_string()];
    let rows =
        view.rejections.iter().map(|(reason, n)| vec![reason.label().get(lang).to_string(), n.to_string()]).collect();
    (header, rows)
}
