//! Requests for quotes: the server functions. A verified trader asks the
//! groups she ticked in the trade table (`ask_quotes`); each group answers
//! from `/sell/quotes` (`answer_quote`: offer or decline); either side
//! counters; the trader accepts an offer (`accept_quote`) and it becomes
//! an order at the agreed price, in the same transaction. The clock
//! (`run_clock`) ends quotes that ran out, puts back an accepted offer
//! whose order ended unsent, and reports to the officials over a group
//! what it left unanswered for 48 hours. Which step is allowed is
//! `trade::quotes::next`.

use crate::error::AppError;
use crate::trade::types::{QuotePage, QuoteRow, TradeStanding};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// `/trade/quotes`: her quotes, or why she cannot ask yet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum TraderQuotes {
    Closed(TradeStanding),
    Open(Vec<QuoteRow>),
}

#[cfg(feature = "ssr")]
pub use ssr::{run_clock, ClockPass};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::accounts::types::{Caller, Role, Scope};
    pub use crate::error::AppError;
    pub use crate::i18n::Text;
    pub use crate::trade::quote_store::{self as store, Hears, QuotesOf};
    pub use crate::trade::quotes::*;
    pub use crate::trade::types::*;
    pub use haat_store::db::{now_ms, Db};

    /// The caller's side of a quote: its trader, a seller of its group,
    /// or an official over the group (who reads only). Anyone else is told
    /// it does not exist.
    pub async fn side_of(db: &Db, caller: &Caller, quote: &QuoteDetail) -> Result<QuoteSide, AppError> {
        match (&caller.role, &caller.scope) {
            (Role::Trader, _) if quote.request.trader_id == caller.user_id => Ok(QuoteSide::Trader),
            (Role::Seller, Scope::Group { group_id, .. }) if *group_id == quote.group_id => Ok(QuoteSide::Group),
            (Role::DistrictOfficial | Role::StateOfficial, scope) => {
                let place = crate::accounts::places::group_place(db, quote.group_id).await?;
                match place {
                    Some(place) if crate::accounts::access::covers(scope, &place.into()) => Ok(QuoteSide::Clock),
                    _ => Err(AppError::NotFound),
                }
            }
            _ => Err(AppError::NotFound),
        }
    }

    /// A quote by id, for a caller who may see it.
    pub async fn quote_for(db: &Db, caller: &Caller, id: i64) -> Result<(QuoteDetail, QuoteSide), AppError> {
        let quote = store::detail(&mut *db.pool.acquire().await?, id).await?.ok_or(AppError::NotFound)?;
        let side = side_of(db, caller, &quote).await?;
        Ok((quote, side))
    }

    /// Today, in India, as a day number.
    pub fn today() -> i64 {
        crate::dates::day_of(now_ms())
    }

    /// The quote moved since the person saw it.
    pub fn changed() -> AppError {
        AppError::Conflict { message: crate::trade::text::QUOTE_CHANGED.to_text() }
    }

    /// Who a notice names as taking the step, in each language.
    pub fn actor_name(quote: &QuoteDetail, side: QuoteSide) -> Text {
        match side {
            QuoteSide::Trader => Text::new(&quote.request.trader, &quote.request.trader),
            QuoteSide::Group => quote.group_name.clone(),
            QuoteSide::Clock => Text::default(),
        }
    }

    /// Refuses a step on a quote the clock has ended in all but name (its
    /// request or offer ran out and the next pass will say so).
    pub fn not_run_out(quote: &QuoteDetail, today: i64) -> Result<(), AppError> {
        let offer_until = quote.latest_offer().and_then(|o| o.valid_until);
        if has_run_out(quote.status, quote.request.open_until, offer_until, today) {
            return Err(AppError::Conflict { message: crate::trade::text::QUOTE_RAN_OUT.to_text() });
        }
        Ok(())
    }

    /// A trader acting on a quote must still be a verified trader.
    pub async fn still_verified(db: &Db, caller: &Caller, side: QuoteSide) -> Result<(), AppError> {
        if side == QuoteSide::Trader && crate::trade::api::verified_trader(db, caller.user_id).await?.is_err() {
            return Err(AppError::Forbidden);
        }
        Ok(())
    }

    /// What accepting the group's latest offer would place, or why it cannot.
    pub async fn acceptance(
        db: &Db,
        quote: &QuoteDetail,
        today: i64,
    ) -> Result<Result<QuoteAcceptance, Text>, AppError> {
        use crate::orders::checkout;
        let Some(offer) = quote.latest_offer() else { return Ok(Err(Text::default())) };
        if offer.valid_until.is_some_and(|until| until < today) {
            return Ok(Err(Text::new("समूह के दाम की तारीख़ निकल गई", "The group's offer has run out")));
        }
        let Some(ship_to) = checkout::ship_to(db, quote.request.trader_id, quote.request.address_id).await? else {
            return Ok(Err(Text::new(
                "अनुरोध का पता आपके खाते से हटा दिया गया है — नया अनुरोध भेजें",
                "The request's address was removed from your account — send a new request",
            )));
        };
        let items = [(quote.product_id, offer.qty)];
        let agreed = std::collections::HashMap::from([(quote.product_id, offer.unit_price)]);
        let Some(group) = checkout::quote_at(db, &items, &agreed, &ship_to).await?.into_iter().next() else {
            return Err(AppError::Internal);
        };
        let Some(method) = crate::orders::choice::default_delivery(&group.options) else {
            return Ok(Err(crate::orders::errors::delivery_not_available()));
        };
        let fee = group.options.iter().find(|o| o.method == method).and_then(|o| o.fee.clone().ok());
        let Some(fee) = fee else { return Ok(Err(crate::orders::errors::delivery_not_available())) };
        let made = (offer.qty - quote.on_hand.max(0)).max(0);
        // An unpaid order may hold only so much of the group's stock.
        let upi_fits = offer.qty - made <= crate::orders::holds::unpaid_room(quote.on_hand, 0);
        Ok(Ok(QuoteAcceptance {
            goods: group.goods,
            method,
            fee,
            total: group.goods + fee,
            made,
            takes_upi: group.takes_upi && upi_fits,
            advance: group.advance,
        }))
    }

    /// What one pass of the clock did.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct ClockPass {
        pub expired: usize,
        pub reported: usize,
        pub reopened: usize,
    }

    /// Takes the clock's `step` on a quote as `due` read it (conditional
    /// on its version: another server's pass may have been first), keeps
    /// the version and tells both sides. False when it had moved.
    async fn clock_step(db: &Db, due: &store::DueQuote, step: QuoteStep, now: i64) -> Result<bool, AppError> {
        let to = next(due.status, step, QuoteSide::Clock).map_err(|_| AppError::Internal)?;
        let mut tx = db.begin().await?;
        if !store::step(&mut tx, due.id, due.version, due.status, to, now).await? {
            return Ok(false);
        }
        store::keep_version(&mut tx, due.id, due.version + 1, step, QuoteSide::Clock, None, None, now).await?;
        if step == QuoteStep::Reopen {
            store::set_order(&mut tx, due.id, None).await?;
        }
        let quote = store::detail(&mut tx, due.id).await?.ok_or(AppError::Internal)?;
        let text = crate::trade::text::quote_notice(step, due.id, &quote.product, &Text::default());
        store::tell(&mut tx, due.id, Hears::Trader, &text, now).await?;
        store::tell(&mut tx, due.id, Hears::Group, &text, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// One pass of the clock over the quotes that are due: those that ran
    /// out end, accepted ones whose order ended unsent stand offered again
    /// (both sides told); those the group left 48 hours are reported to the
    /// officials over it, once per turn. Each quote in its own
    /// transaction, each change conditional on the version it read, so
    /// several servers never do one twice.
    pub async fn run_clock(db: &Db, now: i64) -> Result<ClockPass, AppError> {
        let today = crate::dates::day_of(now);
        let mut pass = ClockPass::default();
        for due in store::due_quotes(db, today, now - ANSWER_WITHIN_MS, 500).await? {
            if due.order_ended {
                pass.reopened += usize::from(clock_step(db, &due, QuoteStep::Reopen, now).await?);
            } else if has_run_out(due.status, due.open_until, due.offer_until, today) {
                pass.expired += usize::from(clock_step(db, &due, QuoteStep::Expire, now).await?);
            } else if !due.escalated && is_unanswered(due.status, due.waiting_since, now) {
                let mut tx = db.begin().await?;
                if store::mark_escalated(&mut tx, due.id, due.version, now).await? {
                    let quote = store::detail(&mut tx, due.id).await?.ok_or(AppError::Internal)?;
                    let text = crate::trade::text::unanswered_notice(due.id, &quote.product, &quote.group_name);
                    store::tell(&mut tx, due.id, Hears::Officials, &text, now).await?;
                    store::tell(&mut tx, due.id, Hears::Group, &text, now).await?;
                    tx.commit().await?;
                    pass.reported += 1;
                }
            }
        }
        Ok(pass)
    }
}

/// A verified trader's quotes, newest first (or why she cannot ask).
#[server(prefix = "/api", endpoint = "trader_quotes")]
pub async fn get_trader_quotes() -> Result<TraderQuotes, AppError> {
    use crate::state::{db, respond};
    use ssr::*;
    respond(
        async {
            let caller = crate::accounts::access::signed_in().await?;
            let db = db()?;
            if let Err(standing) = crate::trade::api::verified_trader(&db, caller.user_id).await? {
                return Ok(TraderQuotes::Closed(standing));
            }
            Ok(TraderQuotes::Open(store::list(&db, QuotesOf::Trader(caller.user_id)).await?))
        }
        .await,
    )
}

/// The requests for quotes sent to the caller's group, newest first. Sellers.
#[server(prefix = "/api", endpoint = "group_quotes")]
pub async fn get_group_quotes() -> Result<Vec<QuoteRow>, AppError> {
    use crate::state::{db, respond};
    use ssr::*;
    respond(
        async {
            let (_, group_id) = crate::accounts::access::seller_of_own_group().await?;
            Ok(store::list(&db()?, QuotesOf::Group(group_id)).await?)
        }
        .await,
    )
}

/// Requests a group under the caller's scope has left unanswered for 48
/// hours or more, longest waiting first. Officials.
#[server(prefix = "/api", endpoint = "unanswered_quotes")]
pub async fn get_unanswered_quotes() -> Result<Vec<QuoteRow>, AppError> {
    use crate::state::{db, respond};
    use ssr::*;
    respond(
        async {
            let caller = crate::accounts::access::with_role(&[Role::DistrictOfficial, Role::StateOfficial]).await?;
            let (condition, a, b) =
                crate::accounts::access::groups_in_scope(&caller.scope).ok_or(AppError::Forbidden)?;
            let before = now_ms() - ANSWER_WITHIN_MS;
            Ok(store::list(&db()?, QuotesOf::Unanswered(condition, a, b, before)).await?)
        }
        .await,
    )
}

/// One quote with its history, for its trader, its group, or an official
/// over the group; with what accepting would place, for the trader.
#[server(prefix = "/api", endpoint = "quote")]
pub async fn get_quote(id: i64) -> Result<QuotePage, AppError> {
    use crate::state::{db, respond};
    use ssr::*;
    respond(
        async {
            let caller = crate::accounts::access::signed_in().await?;
            let db = db()?;
            let (quote, viewer) = quote_for(&db, &caller, id).await?;
            let today = today();
            let acceptance = if viewer == QuoteSide::Trader && quote.status == QuoteStatus::Offered {
                Some(acceptance(&db, &quote, today).await?)
            } else {
                None
            };
            let (key, _) = crate::accounts::session::ssr::new_token();
            Ok(QuotePage { quote, viewer, acceptance, today, key })
        }
        .await,
    )
}

/// Asks the groups of the ticked listings (`ask[<listing id>]`, at most
/// 20) for a quote for `qty` units, delivered to her saved address
/// `address_id`; with a target unit price, a needed-by date, a PO number
/// and a note if she gives them. One request under `key` (a resent form
/// asks nobody twice); each group is told. Verified traders.
#[server(prefix = "/api", endpoint = "ask_quotes")]
#[allow(clippy::too_many_arguments)]
pub async fn ask_quotes(
    key: String,
    qty: String,
    address_id: i64,
    #[server(default)] price: String,
    #[server(default)] by: String,
    #[server(default)] po: String,
    #[server(default)] note: String,
    #[server(default)] ask: std::collections::HashMap<String, String>,
) -> Result<i64, AppError> {
    use crate::state::{db, respond};
    use ssr::*;
    respond(
        async {
            let caller = crate::accounts::access::signed_in().await?;
            let db = db()?;
            let Ok(business) = crate::trade::api::verified_trader(&db, caller.user_id).await? else {
                return Err(AppError::Forbidden);
            };
            let key =
                crate::orders::choice::form_key(&key).ok_or_else(|| AppError::bad_request("missing request key"))?;
            let mut listings: Vec<i64> = ask.keys().filter_map(|id| id.trim().parse().ok()).collect();
            listings.sort_unstable();
            listings.dedup();
            if listings.is_empty() || listings.len() != ask.len() {
                return Err(AppError::validation(
                    "ask",
                    Text::new("तालिका में कम से कम एक समूह पर निशान लगाएँ", "Tick at least one group in the table"),
                ));
            }
            if listings.len() > MAX_GROUPS_PER_REQUEST {
                return Err(AppError::validation(
                    "ask",
                    Text::new("एक अनुरोध में 20 तक लिस्टिंग चुनें", "Tick at most 20 listings in one request"),
                ));
            }
            let qty = parse_qty(&qty).map_err(|m| AppError::validation("qty", m))?;
            let target_price = match price.trim() {
                "" => None,
                price => Some(parse_unit_price(price).map_err(|m| AppError::validation("price", m))?),
            };
            let today = today();
            let needed_by = match by.trim() {
                "" => None,
                by => Some(crate::dates::parse_iso_day(by).filter(|day| *day > today).ok_or_else(|| {
                    AppError::validation(
                        "by",
                        Text::new("ज़रूरत की तारीख़ आज के बाद की चुनें", "Choose a needed-by date after today"),
                    )
                })?),
            };
            let po_number = crate::trade::rules::parse_po_number(&po).map_err(|m| AppError::validation("po", m))?;
            let note = parse_note(&note).map_err(|m| AppError::validation("note", m))?;
            let ship_to =
                crate::orders::checkout::ship_to(&db, caller.user_id, address_id).await?.ok_or_else(|| {
                    AppError::validation("address", Text::new("डिलीवरी का पता चुनें", "Choose a delivery address"))
                })?;
            let request = store::NewRequest {
                trader_id: caller.user_id,
                key,
                qty,
                target_price,
                needed_by,
                open_until: request_open_until(today, needed_by),
                address_id,
                place: format!("{}, {} {}", ship_to.name, ship_to.city, ship_to.pincode),
                po_number,
                note,
            };
            let now = now_ms();
            let mut tx = db.begin().await?;
            let (request_id, new) = store::ask(&mut tx, &request, &listings, now).await?;
            let quotes = store::quotes_of_request(&mut tx, request_id).await?;
            if quotes.is_empty() {
                return Err(crate::orders::errors::no_longer_on_sale());
            }
            // The same form sent again (a double tap) asks nobody twice; the
            // same page sent with other groups ticked is told, not ignored.
            let asked: Vec<i64> = quotes.iter().map(|(_, _, listing)| *listing).collect();
            let same = asked.iter().all(|l| listings.contains(l)) && listings.iter().all(|l| asked.contains(l));
            if !new && !same {
                return Err(AppError::Conflict { message: crate::trade::text::ALREADY_ASKED.to_text() });
            }
            if new {
                for (quote_id, _, _) in &quotes {
                    let quote = store::detail(&mut tx, *quote_id).await?.ok_or(AppError::Internal)?;
                    let text = crate::trade::text::asked_notice(*quote_id, &quote.product, qty, &business);
                    store::tell(&mut tx, *quote_id, Hears::Group, &text, now).await?;
                }
            }
            tx.commit().await?;
            tracing::info!(user = caller.user_id, request = request_id, groups = quotes.len(), "quotes asked");
            leptos_axum::redirect("/trade/quotes");
            Ok(request_id)
        }
        .await,
    )
}

/// A step on quote `id` as its `version` stood when the page showed it:
/// the group offers (`price`, `qty`, `days`, `until`, `note`) or declines;
/// the trader counters (`price`, `qty`, `note`), declines or withdraws.
/// Accepting is `accept_quote`. The other side is told. Its trader or a
/// seller of its group.
#[server(prefix = "/api", endpoint = "answer_quote")]
#[allow(clippy::too_many_arguments)]
pub async fn answer_quote(
    id: i64,
    version: i64,
    step: String,
    #[server(default)] price: String,
    #[server(default)] qty: String,
    #[server(default)] days: String,
    #[server(default)] until: String,
    #[server(default)] note: String,
) -> Result<crate::trade::quotes::QuoteStatus, AppError> {
    use crate::state::{db, respond};
    use ssr::*;
    respond(
        async {
            let caller = crate::accounts::access::signed_in().await?;
            let db = db()?;
            let (quote, side) = quote_for(&db, &caller, id).await?;
            if side == QuoteSide::Clock {
                return Err(AppError::Forbidden);
            }
            let step = QuoteStep::parse(step.trim())
                .filter(|s| !matches!(s, QuoteStep::Accept | QuoteStep::Expire | QuoteStep::Reopen))
                .ok_or_else(|| AppError::bad_request("unknown quote step"))?;
            if !may_ever(step, side) {
                return Err(AppError::Forbidden);
            }
            still_verified(&db, &caller, side).await?;
            if version != quote.version {
                return Err(changed());
            }
            let to = next(quote.status, step, side).map_err(|why| AppError::Conflict { message: why })?;
            not_run_out(&quote, today())?;
            let terms = match step {
                QuoteStep::Offer => Some(parse_offer(&price, &qty, &days, &until, &note, today())),
                QuoteStep::Counter => {
                    let last = quote.latest_terms().ok_or(AppError::Internal)?;
                    Some(parse_counter(&price, &qty, &note, last))
                }
                _ => None,
            }
            .transpose()
            .map_err(|m| AppError::validation("terms", m))?;
            let now = now_ms();
            let mut tx = db.begin().await?;
            if !store::step(&mut tx, id, version, quote.status, to, now).await? {
                return Err(changed());
            }
            store::keep_version(&mut tx, id, version + 1, step, side, Some(caller.user_id), terms.as_ref(), now)
                .await?;
            let text = crate::trade::text::quote_notice(step, id, &quote.product, &actor_name(&quote, side));
            let hears = if side == QuoteSide::Trader { Hears::Group } else { Hears::Trader };
            store::tell(&mut tx, id, hears, &text, now).await?;
            tx.commit().await?;
            let link = if side == QuoteSide::Trader { store::trader_link(id) } else { store::group_link(id) };
            leptos_axum::redirect(&link);
            Ok(to)
        }
        .await,
    )
}

/// The trader accepts the group's offer on quote `id` (at `version`): one
/// order at the agreed price and quantity, to the request's address,
/// delivered the cheapest way that reaches her, with the request's PO
/// number; units beyond the group's stock are made for it. `total`
/// (paise) is what the page showed; anything else places nothing. In one
/// transaction with the quote's step, under `key`. Its trader.
#[server(prefix = "/api", endpoint = "accept_quote")]
pub async fn accept_quote(
    id: i64,
    version: i64,
    key: String,
    total: String,
    payment: String,
) -> Result<String, AppError> {
    use crate::orders::checkout;
    use crate::orders::choice::GroupChoice;
    use crate::orders::types::PaymentMethod;
    use crate::state::{db, respond};
    use ssr::*;
    use std::collections::HashMap;
    respond(
        async {
            let caller = crate::accounts::access::signed_in().await?;
            let db = db()?;
            let (quote, side) = quote_for(&db, &caller, id).await?;
            if side != QuoteSide::Trader {
                return Err(AppError::Forbidden);
            }
            let key =
                crate::orders::choice::form_key(&key).ok_or_else(|| AppError::bad_request("missing order key"))?;
            let key = format!("quote{id}-{key}");
            // Sent before (a double tap): the order it made.
            if let Some(number) = quote.order_number.as_ref().filter(|_| quote.status == QuoteStatus::Accepted) {
                leptos_axum::redirect(&format!("/orders/{number}"));
                return Ok(number.clone());
            }
            still_verified(&db, &caller, side).await?;
            if version != quote.version {
                return Err(changed());
            }
            let to = next(quote.status, QuoteStep::Accept, side).map_err(|why| AppError::Conflict { message: why })?;
            not_run_out(&quote, today())?;
            let shown = crate::orders::choice::shown_total(&total)
                .ok_or_else(|| AppError::bad_request("quote total unreadable"))?;
            let terms = quote.latest_offer().cloned().ok_or(AppError::Internal)?;
            let plan = acceptance(&db, &quote, today()).await?.map_err(|why| AppError::validation("accept", why))?;
            let payment = PaymentMethod::parse(payment.trim())
                // What the page offered; cash from an older page still places (as the advance, if the group asks one).
                .filter(|p| {
                    *p == PaymentMethod::CashOnDelivery
                        || crate::orders::choice::trade_payments(plan.takes_upi, plan.advance).contains(p)
                })
                .ok_or_else(crate::orders::errors::choose_payment)?;
            let ship_to =
                checkout::ship_to(&db, caller.user_id, quote.request.address_id).await?.ok_or(AppError::NotFound)?;
            let request = checkout::Checkout {
                buyer_id: caller.user_id,
                idempotency_key: key,
                ship_to,
                items: vec![(quote.product_id, terms.qty)],
                choices: HashMap::from([(quote.group_id, GroupChoice { delivery: plan.method, payment })]),
                made: HashMap::from([(quote.product_id, plan.made)]),
                po_number: quote.request.po_number.clone(),
                entered_by: None,
                agreed: HashMap::from([(quote.product_id, terms.unit_price)]),
                channel: crate::orders::types::OrderChannel::Trade,
            };
            let now = now_ms();
            let mut tx = db.begin().await?;
            // The quote first: an answer from the group at the same moment loses, or wins and this places nothing.
            if !store::step(&mut tx, id, version, quote.status, to, now).await? {
                drop(tx);
                // A double tap: the first tap's order, not an error.
                let (now_quote, _) = quote_for(&db, &caller, id).await?;
                if let Some(number) = now_quote.order_number.filter(|_| now_quote.status == QuoteStatus::Accepted) {
                    leptos_axum::redirect(&format!("/orders/{number}"));
                    return Ok(number);
                }
                return Err(changed());
            }
            let placement = checkout::place(&mut tx, &request).await?;
            let order = placement.orders.first().ok_or(AppError::Internal)?;
            if order.total != shown {
                tracing::info!(user = caller.user_id, quote = id, %shown, total = %order.total, "quote total changed");
                return Err(AppError::validation(
                    "total",
                    Text::new(
                        format!("कुल अब {} है — देखकर फिर से मंज़ूर करें", order.total.format(crate::i18n::Lang::Hi)),
                        format!(
                            "The total is now {} — check it and accept again",
                            order.total.format(crate::i18n::Lang::En)
                        ),
                    ),
                ));
            }
            store::set_order(&mut tx, id, Some(order.id)).await?;
            store::keep_version(&mut tx, id, version + 1, QuoteStep::Accept, side, Some(caller.user_id), None, now)
                .await?;
            let text =
                crate::trade::text::quote_notice(QuoteStep::Accept, id, &quote.product, &actor_name(&quote, side));
            store::tell(&mut tx, id, Hears::Group, &text, now).await?;
            let number = order.number.clone();
            tx.commit().await?;
            leptos_axum::redirect(&format!("/orders/{number}"));
            Ok(number)
        }
        .await,
    )
}
