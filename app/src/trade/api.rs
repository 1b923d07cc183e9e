//! The trade table's server function and its CSV download. Both open only
//! for a trader whose GSTIN her district office has verified
//! (`rules::standing`); anyone else signed in is told why and how.

use crate::error::AppError;
use crate::trade::types::{TradeQuery, TradeView};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub use ssr::{all_rows, split_for, table_of, today, verified_trader};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::accounts::access::signed_in;
    pub use crate::accounts::people;
    pub use crate::error::AppError;
    pub use crate::i18n::{Lang, Text};
    pub use crate::state::{db, respond};
    pub use crate::trade::store;
    pub use crate::trade::types::*;
    pub use crate::trade::{allocation, rules};
    pub use haat_store::db::Db;

    /// The caller's business name if she may use the table, else why not.
    pub async fn verified_trader(db: &Db, user_id: i64) -> Result<Result<String, TradeStanding>, AppError> {
        let trader = people::trader(db, user_id).await?;
        Ok(rules::standing(trader.map(|t| (t.business_name, t.verified))))
    }

    /// Her saved addresses and the one to price delivery to: the one she
    /// chose, else her first (with a notice if she chose one not hers).
    pub async fn destination(
        db: &Db,
        user_id: i64,
        asked: Option<i64>,
    ) -> Result<(Vec<Destination>, Option<Destination>, Vec<Text>), AppError> {
        let destinations = store::destinations(db, user_id).await?;
        let mut notices = Vec::new();
        let to = match asked {
            Some(id) => destinations.iter().find(|d| d.address_id == id).cloned().or_else(|| {
                notices.push(Text::new(
                    "यह पता आपके खाते में नहीं है — पहले पते तक के दाम दिखाए गए",
                    "That address is not in your account — prices are to your first address",
                ));
                destinations.first().cloned()
            }),
            None => destinations.first().cloned(),
        };
        Ok((destinations, to, notices))
    }

    /// Every row the request matches, priced, filtered and sorted (all
    /// pages: the page takes its slice, the CSV takes them all).
    pub async fn all_rows(db: &Db, user_id: i64, query: TradeQuery, lang: Lang) -> Result<TradeTable, AppError> {
        let (destinations, to, notices) = destination(db, user_id, query.to).await?;
        let (offers, capped) = store::offers(db, &query, MAX_TRADE_ROWS).await?;
        Ok(table_of(offers, capped, query, to, destinations, notices, lang))
    }

    pub fn table_of(
        offers: Vec<TradeOffer>,
        capped: bool,
        query: TradeQuery,
        to: Option<Destination>,
        destinations: Vec<Destination>,
        notices: Vec<Text>,
        lang: Lang,
    ) -> TradeTable {
        let mut rows: Vec<TradeRow> = offers
            .into_iter()
            .map(|offer| rules::price_row(offer, query.qty, to.as_ref()))
            .filter(|row| rules::keep(row, &query))
            .collect();
        rules::sort_rows(&mut rows, query.sort, query.desc, lang);
        TradeTable { total: rows.len(), query, rows, capped, to, destinations, notices }
    }

    /// The split she asked for (`buy=1`) over the listings the table
    /// compares, to her address: proposed, or her own quantities checked.
    /// None when she asked for none or has no address to deliver to.
    pub fn split_for(
        offers: &[TradeOffer],
        query: &TradeQuery,
        to: Option<&Destination>,
        today: i64,
        notices: &mut Vec<Text>,
    ) -> Option<BuyPlan> {
        let (mut ask, to) = (query.buy.clone()?, to?);
        if ask.by.is_some_and(|by| by <= today) {
            notices.push(Text::new(
                "वह तारीख़ निकल चुकी है, इसलिए कोई तारीख़ नहीं रखी गई",
                "That date has passed, so no date is set",
            ));
            ask.by = None;
        }
        Some(if ask.lines.is_empty() {
            allocation::allocate(offers, query.qty, &ask, to, today)
        } else {
            allocation::as_adjusted(offers, query.qty, &ask, to, today)
        })
    }

    /// Today, in India, as a day number: a split's dates count from it.
    pub fn today() -> i64 {
        crate::dates::day_of(haat_store::db::now_ms())
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
            let online = crate::state::app_state()?.config.gateway.is_some();
            let (key, _) = crate::accounts::session::ssr::new_token();
            let today = today();
            if !query.asks() {
                return Ok(TradeView::Open { business, facets, table: None, buy: None, today, key, online });
            }
            let (destinations, to, mut notices) = destination(&db, caller.user_id, query.to).await?;
            let (offers, capped) = store::offers(&db, &query, MAX_TRADE_ROWS).await?;
            let buy = split_for(&offers, &query, to.as_ref(), today, &mut notices).map(Box::new);
            let lang = crate::i18n::request_lang();
            let mut table = table_of(offers, capped, query, to, destinations, notices, lang);
            // A page past the end (an old link, fewer rows now) shows the last one.
            let last_page = table.rows.len().div_ceil(TRADE_PAGE_SIZE).max(1) as i64;
            table.query.page = table.query.page.min(last_page);
            let from = (table.query.page - 1) as usize * TRADE_PAGE_SIZE;
            table.rows = table.rows.split_off(from);
            table.rows.truncate(TRADE_PAGE_SIZE);
            Ok(TradeView::Open { business, facets, table: Some(Box::new(table)), buy, today, key, online })
        }
        .await,
    )
}

/// Places a split over groups as one checkout: one order per group, in one
/// transaction, under one key (`key`: a resent form places nothing twice).
/// Her quantities (`line[<listing id>]`) are checked again here as the page
/// checked them (`allocation::plan_line`: minimum, whole packs, stock and
/// making, her date and price, delivery to `address_id`); each line's units
/// beyond the group's stock are made for her. `total` (paise) is what the
/// page showed: if the orders would come to anything else, nothing is
/// placed. Verified traders only.
#[server(prefix = "/api", endpoint = "place_trade_buy")]
pub async fn place_trade_buy(
    address_id: i64,
    key: String,
    total: String,
    payment: String,
    #[server(default)] line: std::collections::HashMap<String, String>,
    #[server(default)] by: String,
    #[server(default)] max: String,
    #[server(default)] po: String,
) -> Result<i64, AppError> {
    use crate::orders::checkout;
    use crate::orders::choice::{checkout_total, GroupChoice};
    use crate::orders::types::PaymentMethod;
    use ssr::*;
    use std::collections::HashMap;
    respond(
        async {
            let caller = signed_in().await?;
            let db = db()?;
            if verified_trader(&db, caller.user_id).await?.is_err() {
                return Err(AppError::Forbidden);
            }
            let key =
                crate::orders::choice::form_key(&key).ok_or_else(|| AppError::bad_request("missing checkout key"))?;
            // Sent before (a double tap, a resent form): the orders it made,
            // before anything is checked again (the stock it took is gone now).
            let mut conn = db.pool.acquire().await?;
            match checkout::checkout_id(&mut conn, caller.user_id, &key).await {
                Ok(checkout_id) => {
                    leptos_axum::redirect(&format!("/checkout/done/{checkout_id}"));
                    return Ok(checkout_id);
                }
                Err(sqlx::Error::RowNotFound) => drop(conn),
                Err(e) => return Err(e.into()),
            }
            let shown = crate::orders::choice::shown_total(&total)
                .ok_or_else(|| AppError::bad_request("split total unreadable"))?;
            // Her own address only: read as the order will keep it.
            let ship_to = checkout::ship_to(&db, caller.user_id, address_id).await?.ok_or_else(|| {
                AppError::validation("address", Text::new("डिलीवरी का पता चुनें", "Choose a delivery address"))
            })?;
            let to =
                Destination::new(address_id, &ship_to.name, &ship_to.city, ship_to.pincode.clone(), ship_to.state_id);
            // Her quantities, as the page's form and the address bar spell them.
            let mut pairs: Vec<(String, String)> =
                line.into_iter().map(|(id, qty)| (format!("line[{}]", id.trim()), qty)).collect();
            pairs.push(("by".into(), by));
            pairs.push(("max".into(), max));
            let (query, notices) = rules::parse_trade_params(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            if let Some(notice) = notices.into_iter().next() {
                return Err(AppError::validation("line", notice));
            }
            let po_number = rules::parse_po_number(&po).map_err(|message| AppError::validation("po", message))?;
            let mut ask = query.buy.unwrap_or_default();
            ask.po_number = po_number.clone();
            if ask.lines.iter().all(|(_, qty)| *qty == 0) {
                return Err(AppError::validation(
                    "line",
                    Text::new("कम से कम एक समूह से मात्रा लिखें", "Enter a quantity from at least one group"),
                ));
            }
            let ids: Vec<i64> = ask.lines.iter().map(|(id, _)| *id).collect();
            let offers = store::offers_for_ids(&db, &ids).await?;
            let wanted = ask.lines.iter().map(|(_, qty)| qty).sum();
            let plan = allocation::as_adjusted(&offers, wanted, &ask, &to, today());
            if !plan.placeable {
                let why = plan
                    .lines
                    .iter()
                    .find_map(|l| {
                        let why = l.plan.as_ref().err()?;
                        Some(Text::new(
                            format!("{}: {}", l.offer.group_name.hi, why.hi),
                            format!("{}: {}", l.offer.group_name.en, why.en),
                        ))
                    })
                    .or_else(|| {
                        plan.left_out.first().map(|(name, why)| {
                            Text::new(format!("{}: {}", name.hi, why.hi), format!("{}: {}", name.en, why.en))
                        })
                    })
                    .unwrap_or_default();
                return Err(AppError::validation("line", why));
            }
            let online = crate::state::app_state()?.config.gateway.is_some();
            let payment = PaymentMethod::parse(payment.trim())
                .filter(|p| *p == PaymentMethod::CashOnDelivery || (*p == PaymentMethod::Gateway && online))
                .ok_or_else(crate::orders::errors::choose_payment)?;
            let mut choices = HashMap::new();
            let mut made = HashMap::new();
            let mut items = Vec::new();
            for l in &plan.lines {
                let line = l.plan.as_ref().map_err(|_| AppError::Internal)?;
                choices.insert(l.offer.group_id, GroupChoice { delivery: line.method, payment });
                made.insert(l.offer.product_id, line.made);
                items.push((l.offer.product_id, line.qty));
            }
            let request = checkout::Checkout {
                buyer_id: caller.user_id,
                idempotency_key: key.clone(),
                ship_to,
                items,
                choices,
                made,
                po_number,
                entered_by: None,
                agreed: HashMap::new(),
                channel: crate::orders::types::OrderChannel::Trade,
            };
            let mut tx = db.begin().await?;
            let placement = checkout::place(&mut tx, &request).await?;
            let charged = checkout_total(placement.orders.iter().map(|o| (o.goods, o.delivery_fee)));
            if !placement.resent && charged != shown {
                drop(tx);
                tracing::info!(user = caller.user_id, %shown, %charged, "split total changed; nothing placed");
                return Err(AppError::validation(
                    "total",
                    Text::new(
                        format!(
                            "कुल अब {} है (पहले {}) — देखकर फिर से ऑर्डर करें",
                            charged.format(crate::i18n::Lang::Hi),
                            shown.format(crate::i18n::Lang::Hi)
                        ),
                        format!(
                            "The total is now {} (it was {}) — check it and place again",
                            charged.format(crate::i18n::Lang::En),
                            shown.format(crate::i18n::Lang::En)
                        ),
                    ),
                ));
            }
            let checkout_id = checkout::checkout_id(&mut tx, caller.user_id, &key).await?;
            tx.commit().await?;
            leptos_axum::redirect(&format!("/checkout/done/{checkout_id}"));
            Ok(checkout_id)
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
        let header = crate::trade::text::CSV_COLUMNS.iter().map(|c| c.get(lang).to_string()).collect();
        let rows = table.rows.iter().map(|row| crate::trade::rules::csv_record(row, table.query.qty, lang)).collect();
        crate::download::Download::table("haat-trade.csv", header, rows)
    })
    .await
}
