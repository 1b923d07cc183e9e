//! The server functions of `/monitor/flow`: how far the orders placed in
//! a period have come in a district or state official's own area, from
//! the daily flow roll-up.

use crate::error::AppError;
use crate::monitoring::types::FlowView;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use crate::error::AppError;
    use crate::i18n::Text;
    use crate::monitoring::api::sales_ssr::period_of;
    use crate::monitoring::flow::{flow_rows, supplied_rate};
    use crate::monitoring::types::FlowView;
    use crate::orders::types::OrderChannel;
    use haat_store::db::Db;

    /// The channel a form asks for (`None`: all), or a clear no.
    pub fn channel_of(word: &Option<String>) -> Result<Option<OrderChannel>, AppError> {
        match word.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
            None => Ok(None),
            Some(word) => OrderChannel::parse(word).map(Some).ok_or_else(|| {
                AppError::validation("channel", Text::new("चैनल सूची से चुनें", "Choose a channel from the list"))
            }),
        }
    }

    pub async fn flow_view(
        db: &Db,
        caller: &crate::accounts::types::Caller,
        scope: (&'static str, i64, i64),
        query: [&Option<String>; 4],
        now: i64,
    ) -> Result<FlowView, AppError> {
        let [period, from, to, channel] = query;
        let (period, from, to) = period_of(period, from, to, now)?;
        let channel = channel_of(channel)?;
        let cells = haat_store::monitoring::progress::cells(db, scope, (from, to), channel).await?;
        let rows = flow_rows(&cells);
        let rolled_to = haat_store::monitoring::rollup::rolled_to(&mut *db.pool.acquire().await?).await?;
        let scope_name = crate::accounts::places::scope_name(db, &caller.scope).await?.unwrap_or_default();
        Ok(FlowView {
            scope: scope_name,
            period,
            from,
            to,
            channel,
            supplied_rate: supplied_rate(&rows),
            rows,
            rolled_to,
        })
    }
}

/// How far the orders placed in a period (this month by default) have
/// come in the official's area, of one channel or all. District and state
/// officials.
#[server(prefix = "/api", endpoint = "monitor_flow")]
pub async fn get_monitor_flow(
    period: Option<String>,
    from: Option<String>,
    to: Option<String>,
    channel: Option<String>,
) -> Result<FlowView, AppError> {
    use crate::monitoring::api::ssr::{db, now_ms, official, respond};
    respond(
        async {
            let (caller, scope) = official().await?;
            ssr::flow_view(&db()?, &caller, scope, [&period, &from, &to, &channel], now_ms()).await
        }
        .await,
    )
}

/// `/monitor/flow.csv?period=…&channel=…`: the same table as the page,
/// Excel-friendly, in the official's language.
#[cfg(feature = "ssr")]
pub async fn export_flow_csv(state: crate::state::AppState, parts: http::request::Parts) -> axum::response::Response {
    use crate::monitoring::api::ssr::{now_ms, official};
    let params: Vec<(String, String)> = axum::extract::Query::try_from_uri(&parts.uri).map(|q| q.0).unwrap_or_default();
    let param = |name: &str| params.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let query = [param("period"), param("from"), param("to"), param("channel")];
    let path = parts.uri.path().to_string();
    let db = state.db.clone();
    crate::download::answer(state, parts, async move {
        let (caller, scope) = official().await?;
        let lang = crate::i18n::request_lang();
        let view = ssr::flow_view(&db, &caller, scope, [&query[0], &query[1], &query[2], &query[3]], now_ms()).await?;
        let (header, rows) = flow_table(&view, lang);
        crate::download::Download::table_for(&path, "haat-order-flow", header, rows)
    })
    .await
}

/// The flow as a CSV's header and rows.
#[cfg(feature = "ssr")]
fn flow_table(view: &FlowView, lang: crate::i18n::Lang) -> (Vec<String>, Vec<Vec<String>>) {
    use crate::monitoring::flow::band_words;
    use crate::monitoring::text;
    let header = [text::COL_STEP, text::COL_ORDERS, text::COL_VALUE, text::COL_MEDIAN, text::COL_COUNTED_FROM]
        .map(|c| c.get(lang).to_string())
        .to_vec();
    let rows = view
        .rows
        .iter()
        .map(|row| {
            vec![
                row.step.label().get(lang).to_string(),
                row.orders.to_string(),
                format!("{:.2}", crate::money::Money::from_paise(row.value_paise).rupees()),
                row.median_band.map(|b| band_words(lang, b)).unwrap_or_default(),
                row.step.counted_from().get(lang).to_string(),
            ]
        })
        .collect();
    (header, rows)
}
