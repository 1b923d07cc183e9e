//! `/monitor/flow`: how far the orders placed in a period have come in an
//! official's area (placed, accepted, dispatched, delivered, paid), with
//! each step's median time and supplied ÷ placed; bars, a table and CSV.

use crate::i18n::{t, text as common, use_lang};
use crate::money::Money;
use crate::monitoring::flow::band_words;
use crate::monitoring::flow_api::get_monitor_flow;
use crate::monitoring::pages::{Bar, BarChart, Downloads, PeriodForm};
use crate::monitoring::sales::Period;
use crate::monitoring::text;
use crate::monitoring::types::FlowView;
use crate::ui::forms::query_param;
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MonitorFlowPage() -> impl IntoView {
    let query = (query_param("period"), query_param("from"), query_param("to"), query_param("channel"));
    view! {
        <Title text=format!("{} · {}", t(text::FLOW), t(common::SITE_NAME))/>
        {loaded(
            move || get_monitor_flow(query.0.clone(), query.1.clone(), query.2.clone(), query.3.clone()),
            |view| view! { <Flow view/> },
        )}
    }
}

/// The CSV link of the table shown (same period and channel).
fn csv_link(view: &FlowView) -> String {
    let mut parts = vec![format!("period={}", view.period.as_str())];
    if view.period == Period::Custom {
        parts.push(format!("from={}&to={}", crate::dates::iso_day(view.from), crate::dates::iso_day(view.to)));
    }
    if let Some(channel) = view.channel {
        parts.push(format!("channel={}", channel.as_str()));
    }
    format!("/monitor/flow.csv?{}", parts.join("&"))
}

#[component]
fn Flow(view: FlowView) -> impl IntoView {
    let lang = use_lang();
    let placed = view.rows.first().map_or(0, |r| r.orders);
    let bars: Vec<Bar> = view
        .rows
        .iter()
        .map(|r| Bar { name: r.step.label().get(lang).to_string(), amount: r.orders, label: r.orders.to_string() })
        .collect();
    let csv = csv_link(&view);
    view! {
        <section class="workspace monitor stack">
            <p class="workspace__back"><a href="/monitor">"‹ " {t(text::TO_NOW)}</a></p>
            <h1>{t(text::FLOW)} " · " {view.scope.get(lang).to_string()}</h1>
            <p class="hint">{t(text::FLOW_HOW)}</p>
            <PeriodForm action="/monitor/flow" period=view.period from=view.from to=view.to hidden=Vec::new()
                with_channel=true nostrip:channel=view.channel/>
            <p class="muted">{crate::dates::day_label(view.from, lang)} " – " {crate::dates::day_label(view.to, lang)}
                " · " {match view.rolled_to {
                    Some(at) => format!("{} {}", t(text::ROLLED_AT), crate::dates::date_time(at, lang)),
                    None => t(text::NOT_ROLLED).to_string(),
                }}</p>
            {if placed == 0 {
                view! { <p class="muted">{t(text::NO_ORDERS)}</p> }.into_any()
            } else {
                view! {
                    <p class="monitor__rate"><strong>{t(text::SUPPLIED_RATE)} ": "
                        {view.supplied_rate.map(|r| format!("{r:.1} %")).unwrap_or_default()}</strong>
                        " (" {view.rows.iter().find(|r| r.step == crate::monitoring::flow::FlowStep::Delivered).map_or(0, |r| r.orders)}
                        " / " {placed} ")"</p>
                    <BarChart bars title=text::FLOW_CHART id="flow-chart-title"/>
                    <FlowTable rows=view.rows.clone() lang/>
                    <Downloads csv/>
                }.into_any()
            }}
        </section>
    }
}

/// Each step's orders, value and median time (the page and the monthly summary).
#[component]
pub(crate) fn FlowTable(rows: Vec<crate::monitoring::flow::FlowRow>, lang: crate::i18n::Lang) -> impl IntoView {
    view! {
                    <div class="table-scroll">
                        <table class="report monitor__flow">
                            <thead><tr>
                                <th scope="col">{t(text::COL_STEP)}</th>
                                <th scope="col" class="num">{t(text::COL_ORDERS)}</th>
                                <th scope="col" class="num">{t(text::COL_VALUE)}</th>
                                <th scope="col">{t(text::COL_MEDIAN)}</th>
                            </tr></thead>
                            <tbody>
                                {rows.iter().map(|r| view! {
                                    <tr>
                                        <th scope="row">{t(r.step.label())}</th>
                                        <td class="num" data-label=t(text::COL_ORDERS)>{r.orders}</td>
                                        <td class="num" data-label=t(text::COL_VALUE)>{Money::from_paise(r.value_paise).format(lang)}</td>
                                        <td data-label=t(text::COL_MEDIAN)>{match r.median_band {
                                            Some(b) => view! {
                                                {band_words(lang, b)} <br/><small class="muted">{t(r.step.counted_from())}</small>
                                            }.into_any(),
                                            None => view! { <span>"—"</span> }.into_any(),
                                        }}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
    }
}
