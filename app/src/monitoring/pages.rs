//! `/monitor`: an official's dashboard of her area. "Waiting now" counts
//! every step at which an order, a government supply or a trader's request
//! waits on someone, with the late ones, and lists one step (or every late
//! one) a tap from each page, as CSV too. Plain links, so it all works
//! without JavaScript.

use crate::i18n::{t, text as common, use_lang, Lang};
use crate::monitoring::api::*;
use crate::monitoring::sales::{bar_percent, earning_band, level_heading, EarningBand, Period};
use crate::monitoring::text;
use crate::monitoring::types::{NowView, SalesRow, SalesView, Waiting};
use crate::monitoring::waits::{age_words, Wait};
use crate::orders::types::OrderChannel;
use crate::ui::forms::query_param;
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/monitor` (`?wait=` one step's list).
#[component]
pub fn MonitorPage() -> impl IntoView {
    let wait = query_param("wait");
    view! {
        <Title text=format!("{} · {}", t(text::MONITOR), t(common::SITE_NAME))/>
        {loaded(move || get_monitor_now(wait.clone()), |view| view! { <Now view/> })}
    }
}

fn csv_link(chosen: Option<Wait>) -> String {
    match chosen {
        Some(wait) => format!("/monitor/waiting.csv?wait={}", wait.as_str()),
        None => "/monitor/waiting.csv".to_string(),
    }
}

#[component]
fn Now(view: NowView) -> impl IntoView {
    let lang = use_lang();
    let now = view.now;
    let heading = match view.chosen {
        Some(wait) => t(wait.label()),
        None => t(text::LATE_ONES),
    };
    let empty = if view.chosen.is_some() { text::NOTHING_WAITING } else { text::NOTHING_LATE };
    view! {
        <section class="workspace monitor stack">
            <p class="workspace__back"><a href="/review">"‹ " {t(crate::listings::text::REVIEW_QUEUE)}</a></p>
            <h1>{t(text::MONITOR)} " · " {view.scope.get(lang).to_string()}</h1>
            <p><a href="/monitor/flow">{t(text::FLOW)} " ›"</a> " · " <a href="/monitor/sales">{t(text::SALES)} " ›"</a> " · " <a href="/monitor/targets">{t(text::TARGETS)} " ›"</a> " · " <a href="/monitor/quality">{t(text::QUALITY)} " ›"</a> " · " <a href="/monitor/summary">{t(text::SUMMARY)} " ›"</a></p>
            <h2 id="now-heading">{t(text::NOW)}</h2>
            <p class="hint">{t(text::NOW_HOW)}</p>
            <div class="table-scroll">
                <table class="report monitor__steps" aria-labelledby="now-heading">
                    <thead><tr>
                        <th scope="col">{t(text::COL_STEP)}</th>
                        <th scope="col">{t(text::COL_WAITS_ON)}</th>
                        <th scope="col" class="num">{t(text::COL_WAITING)}</th>
                        <th scope="col" class="num">{t(text::COL_LATE)}</th>
                        <th scope="col">{t(text::COL_OLDEST)}</th>
                    </tr></thead>
                    <tbody>
                        {view.counts.into_iter().map(|c| {
                            let chosen = view.chosen == Some(c.wait);
                            view! {
                                <tr class:monitor__chosen=chosen>
                                    <th scope="row"><a href=format!("/monitor?wait={}#list", c.wait.as_str())
                                        aria-current=chosen.then_some("page")>{t(c.wait.label())}</a>
                                        <br/><small class="muted">{t(text::COL_LATE_AFTER)} ": " {t(c.wait.late_after())}</small></th>
                                    <td data-label=t(text::COL_WAITS_ON)>{t(c.wait.waits_on().label())}</td>
                                    <td class="num" data-label=t(text::COL_WAITING)>{c.total}</td>
                                    <td class="num" data-label=t(text::COL_LATE)>
                                        {if c.late > 0 {
                                            view! { <strong class="badge badge--late">{c.late}</strong> }.into_any()
                                        } else {
                                            view! { <span>"0"</span> }.into_any()
                                        }}</td>
                                    <td data-label=t(text::COL_OLDEST)>{c.oldest.map_or_else(|| "—".to_string(), |at| age_words(lang, now - at))}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <h2 id="list">{heading}</h2>
            {view.chosen.is_some().then(|| view! { <p><a href="/monitor#list">{t(text::ALL_STEPS)}</a></p> })}
            <Downloads csv=csv_link(view.chosen)/>
            {if view.rows.is_empty() {
                view! { <p class="muted">{t(empty)}</p> }.into_any()
            } else {
                view! { <WaitingTable rows=view.rows now lang/> }.into_any()
            }}
            {view.more.then(|| view! { <p class="hint">{t(text::MORE_IN_CSV)}</p> })}
        </section>
    }
}

#[component]
fn WaitingTable(rows: Vec<Waiting>, now: i64, lang: Lang) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="report monitor__waiting">
                <thead><tr>
                    <th scope="col">{t(text::COL_NUMBER)}</th>
                    <th scope="col">{t(text::COL_STEP)}</th>
                    <th scope="col">{t(text::COL_PLACE)}</th>
                    <th scope="col">{t(text::COL_AGE)}</th>
                    <th scope="col" class="num">{t(text::COL_VALUE)}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|w| view! {
                        <tr>
                            <td><a href=w.link.clone()>{w.number.clone()}</a>
                                <br/><small>{w.group.get(lang).to_string()}</small></td>
                            <td data-label=t(text::COL_STEP)>{t(w.wait.label())}</td>
                            <td data-label=t(text::COL_PLACE)>{format!("{}, {}", w.block.get(lang), w.district.get(lang))}</td>
                            <td data-label=t(text::COL_AGE)>{age_words(lang, now - w.since)}
                                {w.late.then(|| view! { " " <span class="badge badge--late">{t(text::LATE)}</span> })}</td>
                            <td class="num" data-label=t(text::COL_VALUE)>{w.value.map(|v| v.format(lang))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// `/monitor/sales`: sales by place and channel for a period, drilled
/// down from the official's scope, with a bar chart and its table.
#[component]
pub fn MonitorSalesPage() -> impl IntoView {
    let query = SalesQuery {
        period: query_param("period"),
        from: query_param("from"),
        to: query_param("to"),
        district: query_param("district"),
        block: query_param("block"),
        group: query_param("group"),
    };
    view! {
        <Title text=format!("{} · {}", t(text::SALES), t(common::SITE_NAME))/>
        {loaded(move || get_monitor_sales(query.clone()), |view| view! { <Sales view/> })}
    }
}

/// The query string of a table at `place` ("district=4") for the same period.
fn with_period(view: &SalesView, place: &str) -> String {
    let mut parts = vec![format!("period={}", view.period.as_str())];
    if view.period == Period::Custom {
        parts.push(format!("from={}&to={}", crate::dates::iso_day(view.from), crate::dates::iso_day(view.to)));
    }
    if !place.is_empty() {
        parts.push(place.to_string());
    }
    parts.join("&")
}

#[component]
fn Sales(view: SalesView) -> impl IntoView {
    let lang = use_lang();
    let place = view.trail.last().map(|(_, q)| q.clone()).unwrap_or_default();
    let csv = format!("/monitor/sales.csv?{}", with_period(&view, &place));
    let heading = level_heading(view.level);
    let rows_view = view.clone();
    view! {
        <section class="workspace monitor stack">
            <p class="workspace__back"><a href="/monitor">"‹ " {t(text::TO_NOW)}</a></p>
            <h1>{t(text::SALES)} " · " {view.scope.get(lang).to_string()}</h1>
            <p class="hint">{t(text::SALES_HOW)}</p>
            <PeriodForm action="/monitor/sales" period=view.period from=view.from to=view.to
                hidden=view.trail.last().map(|(_, q)| q.split('&').filter_map(|kv| kv.split_once('='))
                    .map(|(k, v)| (k.to_string(), v.to_string())).collect()).unwrap_or_default()/>
            <nav class="monitor__trail" aria-label=t(text::PERIOD)>
                <a href=format!("/monitor/sales?{}", with_period(&view, ""))>{view.scope.get(lang).to_string()}</a>
                {view.trail.iter().map(|(name, q)| view! {
                    " › " <a href=format!("/monitor/sales?{}", with_period(&view, q))>{name.get(lang).to_string()}</a>
                }).collect_view()}
            </nav>
            <p class="muted">{crate::dates::day_label(view.from, lang)} " – " {crate::dates::day_label(view.to, lang)}
                " · " {match view.rolled_to {
                    Some(at) => format!("{} {}", t(text::ROLLED_AT), crate::dates::date_time(at, lang)),
                    None => t(text::NOT_ROLLED).to_string(),
                }}</p>
            {if view.rows.is_empty() {
                view! { <p class="muted">{t(text::NO_SALES)}</p> }.into_any()
            } else {
                view! {
                    <BarChart bars=view.rows.iter().map(|r| Bar {
                        name: r.name.get(lang).to_string(),
                        amount: r.value.to_paise(),
                        label: r.value.format(lang),
                    }).collect() title=text::CHART_TITLE id="sales-chart-title"/>
                    <SalesTable view=rows_view heading lang/>
                    {matches!(view.level, crate::monitoring::sales::Level::Groups { .. })
                        .then(|| view! { <p class="hint">{t(text::PER_MEMBER_HOW)}</p> })}
                    <Downloads csv/>
                }.into_any()
            }}
        </section>
    }
}

/// A table's two downloads: CSV (`csv` is its address) and the same as
/// an Excel workbook.
#[component]
pub(crate) fn Downloads(csv: String) -> impl IntoView {
    let xlsx = match csv.split_once(".csv") {
        Some((path, query)) => format!("{path}.xlsx{query}"),
        None => csv.clone(),
    };
    view! {
        <p class="monitor__downloads">
            <a href=csv download>{t(text::DOWNLOAD_CSV)}</a> " · " <a href=xlsx download>{t(text::DOWNLOAD_XLSX)}</a>
        </p>
    }
}

/// The period of a table (a named one, or two dates), sent by GET so it
/// works without JavaScript; `hidden` keeps the place drilled to.
#[component]
pub(crate) fn PeriodForm(
    action: &'static str,
    period: Period,
    from: i64,
    to: i64,
    hidden: Vec<(String, String)>,
    /// Offer a choice of channel (the flow), with this one chosen.
    #[prop(default = false)]
    with_channel: bool,
    #[prop(optional)] channel: Option<OrderChannel>,
) -> impl IntoView {
    view! {
        <form method="get" action=action class="monitor__period">
            {hidden.into_iter().map(|(k, v)| view! { <input type="hidden" name=k value=v/> }).collect_view()}
            {with_channel.then(|| view! {
                <label>{t(text::CHANNEL)}
                    <select name="channel">
                        <option value="" selected=channel.is_none()>{t(text::ALL_CHANNELS)}</option>
                        {OrderChannel::ALL.into_iter().map(|c| view! {
                            <option value=c.as_str() selected=channel == Some(c)>{t(c.label())}</option>
                        }).collect_view()}
                    </select></label>
            })}
            <label>{t(text::PERIOD)}
                <select name="period">
                    {Period::ALL.into_iter().map(|p| view! {
                        <option value=p.as_str() selected=p == period>{t(p.label())}</option>
                    }).collect_view()}
                </select></label>
            <label>{t(text::FROM)} <input type="date" name="from" value=crate::dates::iso_day(from)/></label>
            <label>{t(text::TO)} <input type="date" name="to" value=crate::dates::iso_day(to)/></label>
            <button type="submit" class="button">{t(text::SHOW)}</button>
        </form>
    }
}

/// One bar of a chart: its name, the amount that sets its length, and the
/// words written after it (₹, or a count).
#[derive(Clone)]
pub struct Bar {
    pub name: String,
    pub amount: i64,
    pub label: String,
}

/// Horizontal bars, drawn as SVG on the server (it prints, works without
/// JavaScript and weighs a few hundred bytes a row; the table beside it
/// has the numbers). Hand-written: one rectangle and two labels a row need
/// no charting crate.
#[component]
pub(crate) fn BarChart(
    bars: Vec<Bar>,
    title: crate::i18n::Tr,
    id: &'static str,
    /// The amount a full bar stands for (the largest bar's, unless given).
    #[prop(optional)]
    scale_to: Option<i64>,
    /// A line across the bars at an amount, with its words (an average).
    #[prop(optional)]
    mark: Option<(i64, String)>,
) -> impl IntoView {
    const ROW: usize = 26;
    let largest = scale_to.unwrap_or_else(|| bars.iter().map(|b| b.amount).max().unwrap_or(0));
    let marked = if mark.is_some() { ROW } else { 0 };
    let height = bars.len() * ROW + 4 + marked;
    let short = |name: &str| -> String {
        let cut: String = name.chars().take(18).collect();
        if cut.chars().count() < name.chars().count() {
            format!("{cut}…")
        } else {
            cut
        }
    };
    view! {
        <figure class="monitor__chart">
            <svg viewBox=format!("0 0 400 {height}") role="img" aria-labelledby=id preserveAspectRatio="xMinYMin meet">
                <title id=id>{t(title)}</title>
                {bars.iter().enumerate().map(|(i, bar)| {
                    let y = i * ROW;
                    let width = bar_percent(bar.amount, largest) * 1.6;
                    view! {
                        <text x="0" y=y + 18 class="monitor__chart-name">{short(&bar.name)}</text>
                        <rect x="150" y=y + 5 width=format!("{width:.1}") height="16" rx="3" class="monitor__chart-bar"/>
                        <text x=format!("{:.1}", 155.0 + width) y=y + 18 class="monitor__chart-value">{bar.label.clone()}</text>
                    }
                }).collect_view()}
                {mark.map(|(amount, words)| {
                    let x = 150.0 + bar_percent(amount, largest) * 1.6;
                    let bottom = bars.len() * ROW + 4;
                    view! {
                        <line x1=format!("{x:.1}") x2=format!("{x:.1}") y1="0" y2=bottom class="monitor__chart-mark"/>
                        <text x=format!("{:.1}", (x - 40.0).max(0.0)) y=bottom + 16 class="monitor__chart-value">{words}</text>
                    }
                })}
            </svg>
            <figcaption class="visually-hidden">{t(title)}</figcaption>
        </figure>
    }
}

#[component]
pub(crate) fn SalesTable(view: SalesView, heading: crate::i18n::Tr, lang: Lang) -> impl IntoView {
    let groups = matches!(view.level, crate::monitoring::sales::Level::Groups { .. });
    // A row opens its parts below the place shown (the trail's query and its own).
    let here = view.trail.last().map(|(_, q)| q.clone());
    let link_of = |row: &SalesRow| {
        row.drill.as_ref().map(|q| {
            let place = here.as_ref().map_or_else(|| q.clone(), |here| format!("{here}&{q}"));
            format!("/monitor/sales?{}", with_period(&view, &place))
        })
    };
    let cells = |row: &SalesRow| {
        OrderChannel::ALL
            .into_iter()
            .map(|c| {
                let value = row.channels.iter().find(|(rc, _)| *rc == c).map(|(_, v)| *v).unwrap_or_default();
                view! { <td class="num" data-label=t(c.label())>{value.format(lang)}</td> }
            })
            .collect_view()
    };
    view! {
        <div class="table-scroll">
            <table class="report monitor__sales">
                <thead><tr>
                    <th scope="col">{t(heading)}</th>
                    {OrderChannel::ALL.into_iter().map(|c| view! { <th scope="col" class="num">{t(c.label())}</th> }).collect_view()}
                    <th scope="col" class="num">{t(text::COL_TOTAL)}</th>
                    <th scope="col" class="num">{t(text::count_heading(view.level))}</th>
                    {groups.then(|| view! { <th scope="col" class="num">{t(text::COL_PER_MEMBER)}</th> })}
                </tr></thead>
                <tbody>
                    {view.rows.iter().map(|row| view! {
                        <tr>
                            <th scope="row">{match link_of(row) {
                                Some(href) => view! { <a href=href>{row.name.get(lang).to_string()}</a> }.into_any(),
                                None => view! { <span>{row.name.get(lang).to_string()}</span> }.into_any(),
                            }}</th>
                            {cells(row)}
                            <td class="num" data-label=t(text::COL_TOTAL)><strong>{row.value.format(lang)}</strong></td>
                            <td class="num" data-label=t(text::count_heading(view.level))>{row.count}</td>
                            {groups.then(|| view! { <td class="num" data-label=t(text::COL_PER_MEMBER)>
                                {row.per_member_month.map(|m| {
                                    let band = earning_band(m);
                                    let class = if band == EarningBand::Below { "badge badge--late" } else { "muted" };
                                    view! {
                                        {m.format(lang)} <br/>
                                        <small class=class>{t(band.label())}</small>
                                    }
                                })}</td> })}
                        </tr>
                    }).collect_view()}
                    <tr class="monitor__total">
                        <th scope="row">{view.total.name.get(lang).to_string()}</th>
                        {cells(&view.total)}
                        <td class="num" data-label=t(text::COL_TOTAL)><strong>{view.total.value.format(lang)}</strong></td>
                        <td class="num" data-label=t(text::count_heading(view.level))>{view.total.count}</td>
                        {groups.then(|| view! { <td></td> })}
                    </tr>
                </tbody>
            </table>
        </div>
    }
}
