//! `/trade`: the trader's cross-group table. The request is a plain GET
//! form and every heading is a link, so it all works without JavaScript;
//! the CSV link carries the same request.

use crate::i18n::{t, text as common, use_lang, Lang, Text};
use crate::orders::text::method_label;
use crate::orders::types::PaymentMethod;
use crate::trade::api::get_trade;
use crate::trade::api::PlaceTradeBuy;
use crate::trade::quote_pages::{AskQuoteForm, AskTick};
use crate::trade::rules::{parse_trade_params, sort_href, trade_href};
use crate::trade::text;
use crate::trade::types::*;
use crate::ui::forms::{form_error, FormError};
use crate::ui::status::{loaded, Notices};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn TradePage() -> impl IntoView {
    let params = use_query_map().read_untracked().clone();
    let (query, notices) = parse_trade_params(params.latest_values().map(|(k, v)| (k.as_ref(), v)));
    view! {
        <Title text=format!("{} · {}", t(text::TRADE), t(common::SITE_NAME))/>
        {loaded(move || get_trade(query.clone()), move |view| match view {
            TradeView::Closed(standing) => view! { <Closed standing/> }.into_any(),
            TradeView::Open { business, facets, table, buy, today, key, online } => {
                let notices = notices.clone();
                let split = Split { plan: buy, today, key, online };
                view! { <Open business facets table notices split/> }.into_any()
            }
        })}
    }
}

/// Why she cannot use the table yet, and where to go about it.
#[component]
fn Closed(standing: TradeStanding) -> impl IntoView {
    let message = match standing {
        TradeStanding::NotTrader => text::NOT_TRADER,
        TradeStanding::Unverified { .. } => text::UNVERIFIED,
    };
    view! {
        <section class="status-page">
            <h1>{t(text::TRADE)}</h1>
            <p>{t(message)}</p>
            <p><a class="button" href="/account#trader-heading">{t(text::GO_TO_ACCOUNT)}</a></p>
        </section>
    }
}

/// The split she asked for, with what placing it needs.
struct Split {
    plan: Option<Box<BuyPlan>>,
    today: i64,
    key: String,
    online: bool,
}

#[component]
fn Open(
    business: String,
    facets: TradeFacets,
    table: Option<Box<TradeTable>>,
    notices: Vec<Text>,
    split: Split,
) -> impl IntoView {
    let lang = use_lang();
    let query = table.as_ref().map(|t| t.query.clone()).unwrap_or_default();
    let mut all_notices = notices;
    all_notices.extend(table.as_ref().map(|t| t.notices.clone()).unwrap_or_default());
    let start = table.is_none().then(|| {
        view! {
            <p>{t(text::START)}</p>
            <ul class="chips" role="list">
                {facets.categories.iter().take(12).map(|(slug, name)| view! {
                    <li><a class="chip" href=format!("/trade?category={slug}")>{name.get(lang).to_string()}</a></li>
                }).collect_view()}
            </ul>
        }
    });
    view! {
        <section class="workspace trade">
            <h1>{t(text::TRADE)}</h1>
            <p class="muted">{business} " · " {t(text::TRADE_INTRO)}</p>
            <p><a href="/trade/quotes">{t(text::MY_QUOTES)} " ›"</a></p>
            <Notices notices=all_notices/>
            <TradeForm query=query.clone() facets destinations=table.as_ref().map(|t| t.destinations.clone()).unwrap_or_default() today=split.today/>
            {start}
            {query.buy.is_some().then(|| match (split.plan, table.as_ref().and_then(|t| t.to.clone())) {
                (Some(plan), Some(to)) => view! {
                    <SplitSection plan=*plan query=query.clone() to today=split.today key=split.key.clone() online=split.online/>
                }.into_any(),
                _ => view! { <p class="notice" id="split">{t(text::NEED_ADDRESS_TO_SPLIT)}</p> }.into_any(),
            })}
            {table.map(|table| view! { <Table table=*table today=split.today key=split.key.clone()/> })}
        </section>
    }
}

/// The request: what, how many, from where, to where. A GET form.
#[component]
fn TradeForm(query: TradeQuery, facets: TradeFacets, destinations: Vec<Destination>, today: i64) -> impl IntoView {
    let lang = use_lang();
    let option = move |(slug, name): &(String, Text), chosen: &Option<String>| {
        let selected = chosen.as_deref() == Some(slug.as_str());
        view! { <option value=slug.clone() selected=selected>{name.get(lang).to_string()}</option> }
    };
    let (category, state) = (query.category.clone(), query.state.clone());
    view! {
        <form method="get" action="/trade" class="filters trade__form">
            <fieldset>
                <label class="trade__what"><span>{t(text::WHAT)}</span>
                    <input type="text" name="q" value=query.q.clone().unwrap_or_default() maxlength="80"
                        placeholder=t(text::WHAT_PLACEHOLDER)/></label>
                <label><span>{t(text::QTY)}</span>
                    <input type="text" name="qty" inputmode="numeric" value=query.qty.to_string() required/></label>
                <label><span>{t(text::CATEGORY)}</span>
                    <select name="category">
                        <option value="">{t(text::ANY_CATEGORY)}</option>
                        {facets.categories.iter().map(|c| option(c, &category)).collect_view()}
                    </select></label>
                <label><span>{t(text::GROUP_STATE)}</span>
                    <select name="state">
                        <option value="">{t(text::ANY_STATE)}</option>
                        {facets.states.iter().map(|s| option(s, &state)).collect_view()}
                    </select></label>
                {(destinations.len() > 1).then(|| view! {
                    <label><span>{t(text::DELIVER_TO)}</span>
                        <select name="to">
                            {destinations.iter().map(|d| view! {
                                <option value=d.address_id selected=query.to == Some(d.address_id)>{d.label.clone()}</option>
                            }).collect_view()}
                        </select></label>
                })}
            </fieldset>
            <label class="filters__check"><input type="checkbox" name="ships" value="1" checked=query.ships_only/>
                {t(text::SHIPS_ONLY)}</label>
            <label class="filters__check"><input type="checkbox" name="stock" value="1" checked=query.stock_only/>
                {t(text::STOCK_ONLY)}</label>
            // The chosen order stays when she compares again.
            {(query.sort != TradeSort::default()).then(|| view! { <input type="hidden" name="sort" value=query.sort.code()/> })}
            {(query.desc != query.sort.starts_descending()).then(|| view! {
                <input type="hidden" name="dir" value=if query.desc { "desc" } else { "asc" }/>
            })}
            <div class="filters__actions"><button type="submit" class="button">{t(text::SHOW)}</button></div>
            <SplitLimits buy=query.buy.clone() states=facets.states.clone() today/>
        </form>
    }
}

/// The limits of a split, inside the table's form: "propose a split"
/// sends them with `buy=1`; "compare" leaves them out of the request.
#[component]
fn SplitLimits(buy: Option<BuyAsk>, states: Vec<(String, Text)>, today: i64) -> impl IntoView {
    let lang = use_lang();
    let open = buy.is_some();
    let ask = buy.unwrap_or_default();
    let aims =
        [(Aim::Cheapest, text::AIM_CHEAPEST), (Aim::FewestGroups, text::AIM_FEWEST), (Aim::Nearest, text::AIM_NEAREST)];
    view! {
        <details class="trade__split-limits" open=open>
            <summary>{t(text::SPLIT)}</summary>
            <p class="muted">{t(text::SPLIT_INTRO)}</p>
            <fieldset>
                <label><span>{t(text::MAX_PRICE)}</span>
                    <input type="text" name="max" inputmode="decimal"
                        value=ask.max_price.map(|m| m.rupees().normalize().to_string()).unwrap_or_default()/></label>
                <label><span>{t(text::NEEDED_BY)}</span>
                    <input type="date" name="by" min=crate::dates::iso_day(today + 1)
                        value=ask.by.map(crate::dates::iso_day).unwrap_or_default()/></label>
            </fieldset>
            <fieldset class="trade__states">
                <legend>{t(text::STATES_ALLOWED)}</legend>
                {states.iter().map(|(slug, name)| view! {
                    <label class="filters__check">
                        <input type="checkbox" name="in" value=slug.clone() checked=ask.states.contains(slug)/>
                        {name.get(lang).to_string()}
                    </label>
                }).collect_view()}
            </fieldset>
            <fieldset class="trade__aims">
                <legend>{t(text::AIM)}</legend>
                {aims.into_iter().map(|(aim, label)| view! {
                    <label class="filters__check">
                        <input type="radio" name="aim" value=aim.code() checked=ask.aim == aim/>
                        {t(label)}
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="filters__actions">
                <button type="submit" name="buy" value="1" class="button">{t(text::PROPOSE)}</button>
            </div>
        </details>
    }
}

/// The proposed split (or hers, once she changed it): a line per group
/// with its quantity to change, in a form that places it all as one
/// checkout. "See the total" sends her quantities back to this page (GET).
#[component]
fn SplitSection(
    plan: BuyPlan,
    query: TradeQuery,
    to: Destination,
    today: i64,
    key: String,
    online: bool,
) -> impl IntoView {
    let lang = use_lang();
    let adjusted = !plan.ask.lines.is_empty();
    let heading = if adjusted { text::YOUR_SPLIT } else { text::PROPOSAL };
    let orders = plan.lines.len();
    let states = plan.ask.states.join(",");
    // An unpaid order may hold only so much of a group's stock
    // (`orders::holds`): a split that takes more is paid on delivery.
    let online_fits = plan
        .lines
        .iter()
        .all(|l| l.plan.as_ref().is_ok_and(|p| p.from_stock <= crate::orders::holds::unpaid_room(l.offer.on_hand, 0)));
    let payments: Vec<PaymentMethod> = crate::orders::choice::payments_offered(false, online && online_fits);
    let online_hint = (online && !online_fits).then(|| t(text::ONLINE_NOT_FOR_SPLIT));
    let left_out = plan.left_out.clone();
    view! {
        <section class="trade__split panel stack" id="split" aria-labelledby="split-heading">
            <h2 id="split-heading">{t(heading)}</h2>
            <FormError error={form_error::<PlaceTradeBuy>()}/>
            {plan.short.as_ref().map(|short| view! { <p class="notice trade__short">{short.get(lang).to_string()}</p> })}
            {if plan.lines.is_empty() {
                view! { <p>{t(text::NOTHING_TO_SPLIT)}</p> }.into_any()
            } else {
                view! {
                    <p class="trade__summary">
                        <strong>{text::split_summary(lang, plan.supplied, plan.wanted, orders)}</strong> " · "
                        {t(text::COL_GOODS)} " " {plan.goods.format(lang)} " · "
                        {t(text::COL_DELIVERY)} " " {plan.delivery.format(lang)} " · "
                        {t(crate::orders::text::TOTAL)} " " <strong>{plan.total.format(lang)}</strong>
                    </p>
                    <form method="post" action=PlaceTradeBuy::PATH class="stack" autocomplete="off">
                        <input type="hidden" name="address_id" value=to.address_id/>
                        <input type="hidden" name="key" value=key/>
                        <input type="hidden" name="total" value=plan.total.to_paise()/>
                        // What "see the total" (GET /trade) needs to show this split again.
                        {query.q.clone().map(|q| view! { <input type="hidden" name="q" value=q/> })}
                        {query.category.clone().map(|c| view! { <input type="hidden" name="category" value=c/> })}
                        <input type="hidden" name="qty" value=query.qty/>
                        <input type="hidden" name="buy" value="1"/>
                        <input type="hidden" name="aim" value=plan.ask.aim.code()/>
                        {(!states.is_empty()).then(|| view! { <input type="hidden" name="in" value=states.clone()/> })}
                        {plan.ask.by.map(|by| view! { <input type="hidden" name="by" value=crate::dates::iso_day(by)/> })}
                        {plan.ask.max_price.map(|m| view! { <input type="hidden" name="max" value=m.rupees().normalize().to_string()/> })}
                        {query.to.map(|to| view! { <input type="hidden" name="to" value=to/> })}
                        <div class="table-scroll">
                            <table class="report trade__table trade__split-table">
                                <thead><tr>
                                    <th scope="col">{t(text::COL_PRODUCT)} " · " {t(text::COL_GROUP)}</th>
                                    <th scope="col">{t(text::QTY)}</th>
                                    <th scope="col">{t(text::COL_UNIT_PRICE)}</th>
                                    <th scope="col">{t(text::COL_DELIVERY)}</th>
                                    <th scope="col">{t(text::COL_ARRIVES)}</th>
                                    <th scope="col">{t(text::COL_LANDED)}</th>
                                </tr></thead>
                                <tbody>
                                    {plan.lines.into_iter().map(|line| {
                                        let asked = plan.ask.lines.iter().find(|(id, _)| *id == line.offer.product_id).map_or(0, |(_, q)| *q);
                                        view! { <SplitLine line asked today lang/> }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <label class="field"><span>{t(text::PO_NUMBER)} " " <small>{t(text::PO_OPTIONAL)}</small></span>
                            <input type="text" name="po" maxlength="40" autocomplete="off" value=plan.ask.po_number.clone().unwrap_or_default()/></label>
                        <fieldset class="trade__pay">
                            <legend>{t(text::PAY_BY)}</legend>
                            {online_hint.map(|hint| view! { <p class="hint">{hint}</p> })}
                            {payments.iter().enumerate().map(|(i, p)| view! {
                                <label class="filters__check">
                                    <input type="radio" name="payment" value=p.as_str() checked=i == 0/>
                                    {t(p.label())}
                                </label>
                            }).collect_view()}
                        </fieldset>
                        <div class="filters__actions">
                            <button type="submit" formmethod="get" formaction="/trade#split" formnovalidate class="button button--quiet">
                                {t(text::UPDATE_SPLIT)}
                            </button>
                            <button type="submit" class="button" disabled=!plan.placeable>{text::place_orders(lang, orders)}</button>
                        </div>
                    </form>
                }.into_any()
            }}
            {(!left_out.is_empty()).then(|| view! {
                <details class="trade__left-out">
                    <summary>{t(text::LEFT_OUT)} " (" {left_out.len()} ")"</summary>
                    <ul>
                        {left_out.into_iter().map(|(name, why)| view! {
                            <li><strong>{name.get(lang).to_string()}</strong> ": " {why.get(lang).to_string()}</li>
                        }).collect_view()}
                    </ul>
                </details>
            })}
        </section>
    }
}

#[component]
fn SplitLine(line: BuyLine, asked: i64, today: i64, lang: Lang) -> impl IntoView {
    let offer = line.offer;
    let pack = offer.pack_size.max(1);
    let cells = match &line.plan {
        Ok(plan) => view! {
            <td data-label=t(text::COL_UNIT_PRICE)>
                <span>{plan.unit_price.format(lang)} <br/><small class="muted">{text::source(lang, plan.from_stock, plan.made)}</small></span>
            </td>
            <td data-label=t(text::COL_DELIVERY)>{format!("{} · {}", plan.fee.format(lang), method_label(plan.method).get(lang))}</td>
            <td data-label=t(text::COL_ARRIVES)>{crate::dates::day_label(today + plan.days, lang)}</td>
            <td data-label=t(text::COL_LANDED)><strong>{plan.landed_unit.format_exact()}</strong></td>
        }
        .into_any(),
        Err(why) => view! { <td class="trade__warn" colspan="4">{why.get(lang).to_string()}</td> }.into_any(),
    };
    let words = line.plan.as_ref().ok().map(|plan| crate::trade::allocation::line_words(plan, today));
    // A refused line keeps her quantity, to correct rather than lose.
    let asked = line.plan.as_ref().map(|p| p.qty).unwrap_or(asked);
    view! {
        <tr class:report__refused=line.plan.is_err()>
            <td class="trade__what-cell">
                <a href=format!("/p/{}", offer.slug)>{offer.title.get(lang).to_string()}</a>
                <br/><a href=format!("/g/{}", offer.group_slug)>{offer.group_name.get(lang).to_string()}</a>
                <br/><small class="muted">{offer.district.get(lang).to_string()} ", " {offer.state.get(lang).to_string()}</small>
                <br/><small>{line.why.get(lang).to_string()}</small>
                {words.map(|w| view! { <br/><small class="muted">{w.get(lang).to_string()}</small> })}
                {offer.advance.map(|terms| view! {
                    <br/><small class="trade__advance">{t(crate::orders::text::GROUP_ASKS)} " " {terms.describe().get(lang).to_string()}</small>
                })}
            </td>
            <td data-label=t(text::QTY)>
                <input type="number" name=format!("line[{}]", offer.product_id) value=asked min="0" step=pack
                    class="trade__qty" aria-label=format!("{} · {}", t(text::QTY), offer.group_name.get(lang))/>
            </td>
            {cells}
        </tr>
    }
}

#[component]
fn Table(table: TradeTable, today: i64, key: String) -> impl IntoView {
    let lang = use_lang();
    let query = table.query.clone();
    let aria_of = |sort: TradeSort| (query.sort == sort).then_some(if query.desc { "descending" } else { "ascending" });
    let arrow_of = |sort: TradeSort| match (query.sort == sort, query.desc) {
        (false, _) => "",
        (true, true) => "↓",
        (true, false) => "↑",
    };
    let heading = |sort: TradeSort, label: crate::i18n::Tr| {
        view! { <th scope="col" aria-sort=aria_of(sort)><a href=sort_href(&query, sort)>{t(label)} " " {arrow_of(sort)}</a></th> }
    };
    let from = (query.page as usize - 1) * TRADE_PAGE_SIZE;
    let shown = table.rows.len();
    let pages = table.total.div_ceil(TRADE_PAGE_SIZE) as i64;
    let page_link = |page: i64| trade_href("/trade", &TradeQuery { page, ..query.clone() });
    // Back to this very table once the address is saved.
    let add_address =
        format!("/account?next={}#addresses", crate::catalog::query::encode_component(&trade_href("/trade", &query)));
    view! {
        {table.to.clone().map_or_else(
            || view! {
                <p class="notice">{t(text::NO_ADDRESS)} " " <a href=add_address.clone()>{t(text::ADD_ADDRESS)}</a></p>
            }.into_any(),
            |to| view! { <p class="muted">{t(text::DELIVER_TO)} ": " {to.label}</p> }.into_any(),
        )}
        {table.capped.then(|| view! { <p class="notice">{t(text::CAPPED)}</p> })}
        {if table.rows.is_empty() {
            view! { <p>{t(text::NO_ROWS)}</p> }.into_any()
        } else {
            view! {
                <p class="trade__summary">
                    {text::showing(lang, from + 1, from + shown, table.total)} " · "
                    {t(text::PRICES_FOR)} " " <strong>{query.qty}</strong> " · "
                    <a href=trade_href("/trade.csv", &TradeQuery { page: 1, ..query.clone() }) download>{t(text::EXPORT_CSV)}</a>
                </p>
                <div class="table-scroll">
                    <table class="report trade__table">
                        <thead><tr>
                            // Product, with its group and place: two ways to sort in one heading.
                            <th scope="col" aria-sort=aria_of(TradeSort::Group).or(aria_of(TradeSort::Place))>
                                {t(text::COL_PRODUCT)} " · "
                                <a href=sort_href(&query, TradeSort::Group)>{t(text::COL_GROUP)} {arrow_of(TradeSort::Group)}</a> " · "
                                <a href=sort_href(&query, TradeSort::Place)>{t(text::COL_PLACE)} {arrow_of(TradeSort::Place)}</a>
                            </th>
                            {heading(TradeSort::Stock, text::COL_STOCK)}
                            {heading(TradeSort::MinOrder, text::COL_MIN)}
                            {heading(TradeSort::UnitPrice, text::COL_UNIT_PRICE)}
                            {heading(TradeSort::Delivery, text::COL_DELIVERY)}
                            {heading(TradeSort::Days, text::COL_DAYS)}
                            {heading(TradeSort::Landed, text::COL_LANDED)}
                            <th scope="col">{t(text::QUOTE)}</th>
                        </tr></thead>
                        <tbody>
                            {table.rows.into_iter().map(|row| view! { <Row row lang/> }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {(!table.destinations.is_empty()).then(|| view! {
                    <AskQuoteForm qty=query.qty to=table.to.clone() destinations=table.destinations.clone() today key=key.clone()/>
                })}
                {(pages > 1).then(|| view! {
                    <nav class="pagination" aria-label=t(crate::catalog::text::PAGE)>
                        {(query.page > 1).then(|| view! { <a class="pagination__step" rel="prev" href=page_link(query.page - 1)>"‹ " {t(crate::catalog::text::PREVIOUS)}</a> })}
                        {(query.page < pages).then(|| view! { <a class="pagination__step" rel="next" href=page_link(query.page + 1)>{t(crate::catalog::text::NEXT)} " ›"</a> })}
                    </nav>
                })}
            }.into_any()
        }}
    }
}

#[component]
fn Row(row: TradeRow, lang: Lang) -> impl IntoView {
    let offer = &row.offer;
    let supply = match &row.supply {
        Supply::FromStock => t(text::FROM_STOCK).to_string(),
        Supply::Making { extra, ready_days } => text::making(lang, *extra, *ready_days),
        Supply::Short { on_hand } => text::short(lang, *on_hand),
    };
    let makes =
        (offer.weekly_capacity > 0).then(|| text::makes_per_week(lang, offer.weekly_capacity, offer.capacity_days));
    let (delivery, refused) = match &row.delivery {
        Some(Ok((method, fee))) => (format!("{} · {}", fee.format(lang), method_label(*method).get(lang)), false),
        Some(Err(why)) => (why.get(lang).to_string(), true),
        None => ("—".to_string(), false),
    };
    // Collecting is possible but nothing comes to her door: say why.
    let why = matches!(row.delivery, Some(Ok(_)))
        .then(|| row.why_not_door.as_ref().map(|w| w.get(lang).to_string()))
        .flatten();
    let short = matches!(row.supply, Supply::Short { .. });
    // data-label names each cell for the phone layout, where a row is a card of label/value lines.
    view! {
        <tr class:report__refused=refused || short>
            <td class="trade__what-cell">
                <a href=format!("/p/{}", offer.slug)>{offer.title.get(lang).to_string()}</a>
                " " <small class="muted">{offer.unit.get(lang).to_string()}</small>
                <br/><a href=format!("/g/{}", offer.group_slug)>{offer.group_name.get(lang).to_string()}</a>
                <br/><small class="muted">{offer.district.get(lang).to_string()} ", " {offer.state.get(lang).to_string()}</small>
            </td>
            <td data-label=t(text::COL_STOCK)>
                <span>
                    {offer.on_hand} <br/><small class="muted">{supply}</small>
                    {makes.map(|m| view! { <br/><small class="muted">{m}</small> })}
                </span>
            </td>
            <td data-label=t(text::COL_MIN)>
                <span>
                    {offer.min_order_qty}
                    {(offer.pack_size > 1).then(|| view! { <br/><small class="muted">{text::packs_of(lang, offer.pack_size)}</small> })}
                    {row.below_minimum.then(|| view! { <br/><small class="trade__warn">{t(text::BELOW_MINIMUM)}</small> })}
                </span>
            </td>
            <td data-label=t(text::COL_UNIT_PRICE)>
                <span>{row.unit_price.format(lang)} <br/><small class="muted">{t(text::COL_GOODS)} " " {row.goods.format(lang)}</small></span>
            </td>
            <td class="trade__delivery" class:trade__warn=refused data-label=t(text::COL_DELIVERY)>
                <span>
                    {delivery}
                    {why.map(|w| view! { <br/><small class="trade__warn">{w}</small> })}
                </span>
            </td>
            <td data-label=t(text::COL_DAYS)>{row.days.map_or_else(|| "—".to_string(), |d| d.to_string())}</td>
            <td data-label=t(text::COL_LANDED)><strong>{row.landed_unit.map_or_else(|| "—".to_string(), |m| m.format_exact())}</strong></td>
            <td data-label=t(text::QUOTE)>
                <AskTick listing_id=offer.product_id label=format!("{} · {}", t(text::ASK_TICK), offer.group_name.get(lang))/>
            </td>
        </tr>
    }
}
