//! The trade table's server function and its CSV download. Both open only
//! for a trader whose GSTIN her district office has verified
//! (`rules::standing`); anyone else signed in is told why and how.

use crate::error::AppError;
use crate::trade::types::{TradeQuery, TradeView};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub use ssr::all_rows;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::accounts::access::signed_in;
    pub use crate::accounts::people;
    pub use crate::error::AppError;
    pub use crate::i18n::Lang;
    pub use crate::state::{db, respond};
    pub use crate::trade::rules;
    pub use crate::trade::store;
    pub use crate::trade::types::*;
    pub use haat_store::db::Db;

    /// The caller's business name if she may use the table, else why not.
    pub async fn verified_trader(db: &Db, user_id: i64) -> Result<Result<String, TradeStanding>, AppError> {
        let trader = people::trader(db, user_id).await?;
        Ok(rules::standing(trader.map(|t| (t.business_name, t.verified))))
    }

    /// Every row the request matches, priced, filtered and sorted (all
    /// pages: the page takes its slice, the CSV takes them all).
    pub async fn all_rows(db: &Db, user_id: i64, query: TradeQuery, lang: Lang) -> Result<TradeTable, AppError> {
        let destinations = store::destinations(db, user_id).await?;
        let mut notices = Vec::new();
        let to = match query.to {
            Some(id) => destinations.iter().find(|d| d.address_id == id).cloned().or_else(|| {
                notices.push(crate::i18n::Text::new(
                    "यह पता आपके खाते में नहीं है — पहले पते तक के दाम दिखाए गए",
                    "That address is not in your account — prices are to your first address",
                ));
                destinations.first().cloned()
            }),
            None => destinations.first().cloned(),
        };
        let (offers, capped) = store::offers(db, &query, MAX_TRADE_ROWS).await?;
        let mut rows: Vec<TradeRow> = offers
            .into_iter()
            .map(|offer| rules::price_row(offer, query.qty, to.as_ref()))
            .filter(|row| rules::keep(row, &query))
            .collect();
        rules::sort_rows(&mut rows, query.sort, query.desc, lang);
        Ok(TradeTable { total: rows.len(), query, rows, capped, to, destinations, notices })
    }
}

/// What `/trade` shows the caller: the form and the table for her
/// request, or why she cannot use it yet.
#[server(prefix = "/api", endpoint = "trade")]
pub async fn get_trade(query: TradeQuery) -> Result<TradeView, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = signed_in().await?;
            let query = rules::checked(query)?;
            let db = db()?;
            let business = match verified_trader(&db, caller.user_id).await? {
                Ok(business) => business,
                Err(standing) => return Ok(TradeView::Closed(standing)),
            };
            let facets = store::facets(&db).await?;
            if !query.asks() {
                return Ok(TradeView::Open { business, facets, table: None });
            }
            let mut table = all_rows(&db, caller.user_id, query, crate::i18n::request_lang()).await?;
            // A page past the end (an old link, fewer rows now) shows the last one.
            let last_page = table.rows.len().div_ceil(TRADE_PAGE_SIZE).max(1) as i64;
            table.query.page = table.query.page.min(last_page);
            let from = (table.query.page - 1) as usize * TRADE_PAGE_SIZE;
            table.rows = table.rows.split_off(from);
            table.rows.truncate(TRADE_PAGE_SIZE);
            Ok(TradeView::Open { business, facets, table: Some(Box::new(table)) })
        }
        .await,
    )
}

/// `/trade.csv?…`: the whole table for the same request, every row it
/// compares (at most 5,000, as the page says when more matched), as an
/// Excel-friendly CSV (UTF-8 with a byte-order mark) in the trader's language.
#[cfg(feature = "ssr")]
pub async fn export_csv(state: crate::state::AppState, parts: http::request::Parts) -> axum::response::Response {
    use ssr::*;
    let params: Vec<(String, String)> = axum::extract::Query::try_from_uri(&parts.uri).map(|q| q.0).unwrap_or_default();
    let db = state.db.clone();
    crate::download::answer(state, parts, async move {
        let caller = signed_in().await?;
        if verified_trader(&db, caller.user_id).await?.is_err() {
            return Err(AppError::Forbidden);
        }
        let (query, _) = rules::parse_trade_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let lang = crate::i18n::request_lang();
        let table = all_rows(&db, caller.user_id, query, lang).await?;
        Ok(crate::download::Download::csv("haat-trade.csv", write_csv(&table, lang)?))
    })
    .await
}

#[cfg(feature = "ssr")]
fn write_csv(table: &crate::trade::types::TradeTable, lang: crate::i18n::Lang) -> Result<Vec<u8>, AppError> {
    let failed = |e: csv::Error| {
        tracing::error!(error = %e, "writing CSV failed");
        AppError::Internal
    };
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut out);
        writer.write_record(crate::trade::text::CSV_COLUMNS.iter().map(|c| c.get(lang))).map_err(failed)?;
        for row in &table.rows {
            writer.write_record(crate::trade::rules::csv_record(row, table.query.qty, lang)).map_err(failed)?;
        }
        writer.flush().map_err(|e| failed(e.into()))?;
    }
    Ok(out)
}
