//! The pages of requests for quotes: the trader's list (`/trade/quotes`),
//! the group's (`/sell/quotes`), the officials' list of requests left
//! unanswered for 48 hours (`/review/quotes`), one quote with its history
//! and the viewer's answers (`…/quotes/:id`), and the request form under
//! the trade table. Plain forms, all of it, so it works without JavaScript.

use crate::i18n::{t, text as common, use_lang, Tr};
use crate::trade::quote_api::*;
use crate::trade::quotes::{QuoteSide, QuoteStatus, QuoteStep, Terms};
use crate::trade::text;
use crate::trade::types::*;
use crate::ui::forms::{form_error, FormError};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/trade/quotes`: the trader's quotes.
#[component]
pub fn TraderQuotesPage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::MY_QUOTES), t(common::SITE_NAME))/>
        {loaded(get_trader_quotes, |quotes| match quotes {
            TraderQuotes::Closed(_) => view! {
                <section class="status-page">
                    <h1>{t(text::MY_QUOTES)}</h1>
                    <p>{t(text::UNVERIFIED)}</p>
                    <p><a class="button" href="/account#trader-heading">{t(text::GO_TO_ACCOUNT)}</a></p>
                </section>
            }.into_any(),
            TraderQuotes::Open(rows) => view! {
                <section class="workspace quotes">
                    <p class="workspace__back"><a href="/trade">"‹ " {t(text::TRADE)}</a></p>
                    <h1>{t(text::MY_QUOTES)}</h1>
                    <p class="hint">{t(text::QUOTES_HOW)}</p>
                    <QuoteList rows base="/trade/quotes" show_group=true show_trader=false/>
                </section>
            }.into_any(),
        })}
    }
}

/// `/sell/quotes`: the requests sent to her group.
#[component]
pub fn GroupQuotesPage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::GROUP_QUOTES), t(common::SITE_NAME))/>
        {loaded(get_group_quotes, |rows| view! {
            <section class="workspace quotes">
                <p class="workspace__back"><a href="/sell">"‹ " {t(crate::listings::text::MY_LISTINGS)}</a></p>
                <h1>{t(text::GROUP_QUOTES)}</h1>
                <QuoteList rows base="/sell/quotes" show_group=false show_trader=true/>
            </section>
        })}
    }
}

/// The link to her group's quotes on `/sell`, with how many wait for the
/// group's answer: a request on her phone should not wait unseen.
#[component]
pub fn GroupQuotesLink() -> impl IntoView {
    loaded(get_group_quotes, |rows| {
        let waiting = rows.iter().filter(|r| r.status.waits_for() == Some(QuoteSide::Group)).count();
        view! {
            <a class="button button--quiet" href="/sell/quotes">
                {t(text::GROUP_QUOTES)}
                {(waiting > 0).then(|| view! { " " <span class="badge quote-status--asked">{text::waiting_count(use_lang(), waiting)}</span> })}
            </a>
        }
    })
}

/// `/review/quotes`: requests a group in her area left unanswered for 48 hours.
#[component]
pub fn UnansweredQuotesPage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::UNANSWERED_QUOTES), t(common::SITE_NAME))/>
        {loaded(get_unanswered_quotes, |rows| view! {
            <section class="workspace quotes">
                <p class="workspace__back"><a href="/review">"‹ " {t(crate::listings::text::REVIEW_QUEUE)}</a></p>
                <h1>{t(text::UNANSWERED_QUOTES)}</h1>
                <p class="hint">{t(text::UNANSWERED_INTRO)}</p>
                <QuoteList rows base="/review/quotes" show_group=true show_trader=true/>
            </section>
        })}
    }
}

#[component]
fn QuoteList(rows: Vec<QuoteRow>, base: &'static str, show_group: bool, show_trader: bool) -> impl IntoView {
    let lang = use_lang();
    if rows.is_empty() {
        return view! { <p>{t(text::NO_QUOTES)}</p> }.into_any();
    }
    view! {
        <div class="table-scroll">
            <table class="report trade__table quotes__list">
                <thead><tr>
                    <th scope="col">{t(text::QUOTE)}</th>
                    <th scope="col">{t(text::QTY)}</th>
                    <th scope="col">{t(text::COL_UNIT_PRICE)}</th>
                    <th scope="col">{t(text::COL_STATUS)}</th>
                    <th scope="col">{t(text::COL_UPDATED)}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr>
                            <td class="trade__what-cell">
                                <a href=format!("{base}/{}", row.id)>{format!("{} {} · ", t(text::QUOTE), row.id)} {row.product.get(lang).to_string()}</a>
                                {show_group.then(|| view! { <br/><small>{row.group_name.get(lang).to_string()}</small> })}
                                {show_trader.then(|| view! { <br/><small>{row.trader.clone()}</small> })}
                            </td>
                            <td data-label=t(text::QTY)>{row.qty} " " <small class="muted">{row.unit.get(lang).to_string()}</small></td>
                            <td data-label=t(text::COL_UNIT_PRICE)>{row.unit_price.map_or_else(|| "—".to_string(), |p| p.format(lang))}</td>
                            <td data-label=t(text::COL_STATUS)><span class=format!("badge quote-status--{}", row.status.as_str())>{t(row.status.label())}</span></td>
                            <td data-label=t(text::COL_UPDATED)>{crate::dates::date_time(row.updated_at, lang)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// `…/quotes/:id`: one quote, its history, and what the viewer may do.
#[component]
pub fn QuoteDetailPage() -> impl IntoView {
    let id = use_params_map().read_untracked().get("id").and_then(|id| id.parse::<i64>().ok()).unwrap_or(0);
    view! {
        <Title text=format!("{} {} · {}", t(text::QUOTE), id, t(common::SITE_NAME))/>
        {loaded(move || get_quote(id), |page| view! { <QuoteView page/> })}
    }
}

fn step_label(step: QuoteStep) -> Tr {
    match step {
        QuoteStep::Offer => text::STEP_OFFER,
        QuoteStep::Counter => text::STEP_COUNTER,
        QuoteStep::Accept => text::STEP_ACCEPT,
        QuoteStep::Decline => text::STEP_DECLINE,
        QuoteStep::Withdraw => text::STEP_WITHDRAW,
        QuoteStep::Expire => text::STEP_EXPIRE,
        QuoteStep::Reopen => text::STEP_REOPEN,
    }
}

#[component]
fn QuoteView(page: QuotePage) -> impl IntoView {
    let lang = use_lang();
    let QuotePage { quote, viewer, acceptance, today, key } = page;
    let r = quote.request.clone();
    let back = match viewer {
        QuoteSide::Trader => ("/trade/quotes", text::MY_QUOTES),
        QuoteSide::Group => ("/sell/quotes", text::GROUP_QUOTES),
        QuoteSide::Clock => ("/review/quotes", text::UNANSWERED_QUOTES),
    };
    let waiting = match quote.status.waits_for() {
        Some(QuoteSide::Group) => Some(text::WAITING_FOR_GROUP),
        Some(QuoteSide::Trader) => Some(text::WAITING_FOR_TRADER),
        _ => None,
    };
    let fact = |label: Tr, value: String| view! { <dt>{t(label)}</dt><dd>{value}</dd> };
    let step_error = form_error::<AnswerQuote>();
    let accept_error = form_error::<AcceptQuote>();
    view! {
        <section class="workspace quote stack">
            <p class="workspace__back"><a href=back.0>"‹ " {t(back.1)}</a></p>
            <h1>{format!("{} {} · ", t(text::QUOTE), quote.id)} {quote.product.get(lang).to_string()}</h1>
            <p>
                <span class=format!("badge quote-status--{}", quote.status.as_str())>{t(quote.status.label())}</span>
                " " {waiting.map(t)}
            </p>
            {(quote.escalated && quote.status.waits_for() == Some(QuoteSide::Group)).then(|| view! {
                <p class="notice notice--warn">{t(text::REPORTED)}</p>
            })}
            <FormError error=step_error/>
            <FormError error=accept_error/>
            {quote.order_number.clone().map(|number| view! {
                <p class="notice">{t(text::THE_ORDER)} ": " <a href=format!("/orders/{number}")>{number.clone()}</a></p>
            })}
            <section class="panel">
                <h2>{t(text::THE_REQUEST)}</h2>
                <dl class="facts">
                    {fact(text::COL_GROUP, quote.group_name.get(lang).to_string())}
                    {fact(text::COL_TRADER, format!("{} · {}", r.trader, r.trader_name))}
                    {fact(text::ASKED_QTY, format!("{} × {}", r.qty, quote.unit.get(lang)))}
                    {fact(text::LIST_PRICE, quote.list_price.format(lang))}
                    {r.target_price.map(|p| {
                        let label = if viewer == QuoteSide::Trader { text::TARGET_PRICE } else { text::TRADER_TARGET };
                        fact(label, p.format(lang))
                    })}
                    {r.needed_by.map(|d| fact(text::NEEDED_BY, crate::dates::day_label(d, lang)))}
                    {fact(text::OPEN_UNTIL, crate::dates::day_label(r.open_until, lang))}
                    {fact(text::DELIVER_TO, r.place.clone())}
                    {r.po_number.clone().map(|po| fact(crate::payments::text::PO_NO, po))}
                    {(!r.note.is_empty()).then(|| fact(text::NOTE, r.note.clone()))}
                    {fact(text::COL_STOCK, quote.on_hand.to_string())}
                </dl>
                <p><a href=format!("/p/{}", quote.product_slug)>{quote.product.get(lang).to_string()}</a> " · "
                    <a href=format!("/g/{}", quote.group_slug)>{quote.group_name.get(lang).to_string()}</a></p>
            </section>
            <section class="panel">
                <h2>{t(text::HISTORY)}</h2>
                {if quote.versions.is_empty() {
                    view! { <p class="muted">{t(text::WAITING_FOR_GROUP)}</p> }.into_any()
                } else {
                    view! {
                        <ol class="quote__history">
                            {quote.versions.iter().map(|v| {
                                let who = match v.side {
                                    QuoteSide::Trader => t(text::BY_TRADER),
                                    QuoteSide::Group => t(text::BY_GROUP),
                                    QuoteSide::Clock => t(text::BY_CLOCK),
                                };
                                view! {
                                    <li class=format!("quote__version quote__version--{}", v.side.as_str())>
                                        <strong>{who} " · " {t(step_label(v.step))}</strong>
                                        {v.by_name.clone().map(|n| view! { " (" {n} ")" })}
                                        " · " <small class="muted">{crate::dates::date_time(v.at, lang)}</small>
                                        {v.terms.as_ref().map(|terms| view! {
                                            <br/><span class="quote__terms">{text::terms_line(terms, lang)}</span>
                                            {(!terms.note.is_empty()).then(|| view! { <br/><small>{terms.note.clone()}</small> })}
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }}
            </section>
            {match viewer {
                QuoteSide::Group if quote.status.is_open() => view! { <GroupAnswer quote=quote.clone() today/> }.into_any(),
                QuoteSide::Trader if quote.status.is_open() => {
                    view! { <TraderAnswer quote=quote.clone() acceptance key/> }.into_any()
                }
                _ => ().into_any(),
            }}
        </section>
    }
}

/// What every answer form sends: the quote, the version the page showed
/// (a step on an older one is refused), and the step.
#[component]
fn StepFields(quote: QuoteDetail, step: QuoteStep) -> impl IntoView {
    view! {
        <input type="hidden" name="id" value=quote.id/>
        <input type="hidden" name="version" value=quote.version/>
        <input type="hidden" name="step" value=step.as_str()/>
    }
}

/// A form for one step on the quote, with no terms.
#[component]
fn StepButton(quote: QuoteDetail, step: QuoteStep, label: Tr, #[prop(optional)] quiet: bool) -> impl IntoView {
    view! {
        <form method="post" action=AnswerQuote::PATH class="inline">
            <StepFields quote step/>
            <button type="submit" class=if quiet { "button button--quiet" } else { "button" }>{t(label)}</button>
        </form>
    }
}

/// The group's turn: offer (or agree to the trader's counter), or decline.
#[component]
fn GroupAnswer(quote: QuoteDetail, today: i64) -> impl IntoView {
    let start: Terms = quote.latest_terms().cloned().unwrap_or(Terms {
        unit_price: quote.request.target_price.unwrap_or(quote.list_price),
        qty: quote.request.qty,
        dispatch_days: 7,
        valid_until: None,
        note: String::new(),
    });
    // An offer stands a week unless she says otherwise.
    let until = crate::dates::iso_day(today + 7);
    let countered = quote.status == QuoteStatus::Countered;
    let agree = countered.then(|| {
        let terms = start.clone();
        let quote = quote.clone();
        let until = until.clone();
        view! {
            <form method="post" action=AnswerQuote::PATH class="inline">
                <StepFields quote step=QuoteStep::Offer/>
                <input type="hidden" name="price" value=terms.unit_price.rupees().normalize().to_string()/>
                <input type="hidden" name="qty" value=terms.qty/>
                <input type="hidden" name="days" value=terms.dispatch_days/>
                <input type="hidden" name="until" value=until/>
                <button type="submit" class="button">{t(text::AGREE_COUNTER)}</button>
            </form>
        }
    });
    let declinable = matches!(quote.status, QuoteStatus::Asked | QuoteStatus::Countered);
    view! {
        <section class="panel stack" aria-labelledby="answer-heading">
            <h2 id="answer-heading">{t(text::YOUR_ANSWER)}</h2>
            {agree}
            <form method="post" action=AnswerQuote::PATH class="stack quote__form" autocomplete="off">
                <StepFields quote=quote.clone() step=QuoteStep::Offer/>
                <div class="pair">
                    <label class="field"><span>{t(text::UNIT_PRICE_RS)}</span>
                        <input type="text" name="price" inputmode="decimal" required
                            value=start.unit_price.rupees().normalize().to_string()/></label>
                    <label class="field"><span>{t(text::QTY_SUPPLY)}</span>
                        <input type="text" name="qty" inputmode="numeric" required value=start.qty/></label>
                </div>
                <div class="pair">
                    <label class="field"><span>{t(text::DISPATCH_DAYS)}</span>
                        <input type="text" name="days" inputmode="numeric" required value=start.dispatch_days/></label>
                    <label class="field"><span>{t(text::VALID_UNTIL)}</span>
                        <input type="date" name="until" required value=until.clone() min=crate::dates::iso_day(today)
                            max=crate::dates::iso_day(today + crate::trade::quotes::MAX_VALID_DAYS)/></label>
                </div>
                <label class="field"><span>{t(text::NOTE)} " " <small>{t(text::OPTIONAL)}</small></span>
                    <textarea name="note" maxlength="500" rows="2"></textarea></label>
                <button type="submit" class="button button--wide">{t(text::SEND_OFFER)}</button>
            </form>
            {declinable.then(|| view! { <StepButton quote=quote.clone() step=QuoteStep::Decline label=text::DECLINE quiet=true/> })}
        </section>
    }
}

/// The trader's turn (or her wait): accept the offer, counter, decline, withdraw.
#[component]
fn TraderAnswer(
    quote: QuoteDetail,
    acceptance: Option<Result<QuoteAcceptance, crate::i18n::Text>>,
    key: String,
) -> impl IntoView {
    let lang = use_lang();
    let offered = quote.status == QuoteStatus::Offered;
    let counterable = matches!(quote.status, QuoteStatus::Offered | QuoteStatus::Countered);
    let last = quote.latest_terms().cloned();
    let offer_qty = quote.latest_offer().map_or(0, |o| o.qty);
    let accept = acceptance.map(|acceptance| match acceptance {
        Ok(plan) => {
            let payments = crate::orders::choice::trade_payments(plan.takes_upi, plan.advance);
            let advance_line = plan.advance.map(|terms| {
                let advance = crate::orders::advance::advance_of(plan.total, terms.percent);
                view! {
                    <p class="trade__advance">{t(crate::orders::text::GROUP_ASKS)} " " {terms.describe().get(lang).to_string()}
                        ": " <strong>{advance.format(lang)}</strong> " + " {(plan.total - advance).format(lang)}</p>
                }
            });
            view! {
                <section class="panel stack" aria-labelledby="accept-heading">
                    <h2 id="accept-heading">{t(text::ACCEPT_OFFER)}</h2>
                    <p class="trade__summary">
                        {t(text::COL_GOODS)} " " {plan.goods.format(lang)} " · "
                        {t(text::COL_DELIVERY)} " " {plan.fee.format(lang)} " (" {crate::orders::text::method_label(plan.method).get(lang).to_string()} ") · "
                        {t(crate::orders::text::TOTAL)} " " <strong>{plan.total.format(lang)}</strong>
                    </p>
                    {(plan.made > 0).then(|| view! { <p class="muted">{text::source(lang, offer_qty - plan.made, plan.made)}</p> })}
                    {advance_line}
                    <form method="post" action=AcceptQuote::PATH class="stack">
                        <input type="hidden" name="id" value=quote.id/>
                        <input type="hidden" name="version" value=quote.version/>
                        <input type="hidden" name="key" value=key/>
                        <input type="hidden" name="total" value=plan.total.to_paise()/>
                        <fieldset class="trade__pay">
                            <legend>{t(text::PAY_BY)}</legend>
                            {payments.iter().enumerate().map(|(i, p)| view! {
                                <label class="filters__check">
                                    <input type="radio" name="payment" value=p.as_str() checked=i == 0/>
                                    {t(p.label())}
                                </label>
                            }).collect_view()}
                        </fieldset>
                        <button type="submit" class="button button--wide">{t(text::ACCEPT_AND_ORDER)}</button>
                    </form>
                </section>
            }.into_any()
        }
        Err(why) => view! { <p class="notice notice--warn">{t(text::CANNOT_ACCEPT)} " " {why.get(lang).to_string()}</p> }.into_any(),
    });
    view! {
        {offered.then_some(accept)}
        {counterable.then(|| {
            let last = last.clone().unwrap_or(Terms {
                unit_price: quote.list_price,
                qty: quote.request.qty,
                dispatch_days: 0,
                valid_until: None,
                note: String::new(),
            });
            view! {
                <section class="panel stack" aria-labelledby="counter-heading">
                    <h2 id="counter-heading">{t(text::COUNTER)}</h2>
                    <form method="post" action=AnswerQuote::PATH class="stack quote__form" autocomplete="off">
                        <StepFields quote=quote.clone() step=QuoteStep::Counter/>
                        <div class="pair">
                            <label class="field"><span>{t(text::UNIT_PRICE_RS)}</span>
                                <input type="text" name="price" inputmode="decimal" required
                                    value=last.unit_price.rupees().normalize().to_string()/></label>
                            <label class="field"><span>{t(text::QTY)}</span>
                                <input type="text" name="qty" inputmode="numeric" required value=last.qty/></label>
                        </div>
                        <label class="field"><span>{t(text::NOTE)} " " <small>{t(text::OPTIONAL)}</small></span>
                            <textarea name="note" maxlength="500" rows="2"></textarea></label>
                        <button type="submit" class="button button--quiet">{t(text::SEND_COUNTER)}</button>
                    </form>
                </section>
            }
        })}
        <div class="quote__actions">
            {offered.then(|| view! { <StepButton quote=quote.clone() step=QuoteStep::Decline label=text::DECLINE quiet=true/> })}
            <StepButton quote=quote.clone() step=QuoteStep::Withdraw label=text::WITHDRAW quiet=true/>
        </div>
    }
}

/// Under the trade table: ask the ticked groups for a quote. The row
/// checkboxes belong to this form by its id (`form="ask-quote"`).
#[component]
pub fn AskQuoteForm(
    qty: i64,
    to: Option<Destination>,
    destinations: Vec<Destination>,
    today: i64,
    key: String,
) -> impl IntoView {
    let chosen = to.map(|d| d.address_id);
    let refused = form_error::<AskQuotes>();
    let open = refused.is_some();
    view! {
        <details class="panel trade__ask" id="ask-quote-section" open=open>
            <summary>{t(text::ASK_QUOTE)}</summary>
            <p class="muted">{t(text::ASK_QUOTE_INTRO)}</p>
            <FormError error=refused/>
            <form method="post" action=AskQuotes::PATH id="ask-quote" class="stack" autocomplete="off">
                <input type="hidden" name="key" value=key/>
                <div class="pair">
                    <label class="field"><span>{t(text::QTY)}</span>
                        <input type="text" name="qty" inputmode="numeric" required value=qty/></label>
                    <label class="field"><span>{t(text::TARGET_PRICE)} " " <small>{t(text::OPTIONAL)}</small></span>
                        <input type="text" name="price" inputmode="decimal"/></label>
                </div>
                <div class="pair">
                    <label class="field"><span>{t(text::NEEDED_BY)} " " <small>{t(text::OPTIONAL)}</small></span>
                        <input type="date" name="by" min=crate::dates::iso_day(today + 1)/></label>
                    <label class="field"><span>{t(text::PO_NUMBER)} " " <small>{t(text::PO_OPTIONAL)}</small></span>
                        <input type="text" name="po" maxlength="40"/></label>
                </div>
                <label class="field"><span>{t(text::DELIVER_TO)}</span>
                    <select name="address_id" required>
                        {destinations.iter().map(|d| view! {
                            <option value=d.address_id selected=chosen == Some(d.address_id)>{d.label.clone()}</option>
                        }).collect_view()}
                    </select></label>
                <label class="field"><span>{t(text::NOTE)} " " <small>{t(text::OPTIONAL)}</small></span>
                    <textarea name="note" maxlength="500" rows="2"></textarea></label>
                <button type="submit" class="button">{t(text::SEND_REQUEST)}</button>
            </form>
        </details>
    }
}

/// The checkbox that puts a table row into the request.
#[component]
pub fn AskTick(listing_id: i64, label: String) -> impl IntoView {
    view! {
        <label class="trade__tick">
            <input type="checkbox" form="ask-quote" name=format!("ask[{listing_id}]") value="1" aria-label=label/>
            <small>{t(text::ASK_TICK)}</small>
        </label>
    }
}
