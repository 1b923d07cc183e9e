//! `/monitor/summary`: one district's month on a page an official can
//! print or save as PDF and send up: the same figures as the dashboard
//! (flow, sales by place, targets, quality, what is late), tables only.

use crate::i18n::{t, text as common, use_lang};
use crate::monitoring::flow_pages::FlowTable;
use crate::monitoring::pages::SalesTable;
use crate::monitoring::sales::level_heading;
use crate::monitoring::summary_api::get_monitor_summary;
use crate::monitoring::targets_pages::TargetsTable;
use crate::monitoring::text;
use crate::monitoring::types::SummaryView;
use crate::ui::forms::query_param;
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MonitorSummaryPage() -> impl IntoView {
    let query = (query_param("month"), query_param("district"));
    view! {
        <Title text=format!("{} · {}", t(text::SUMMARY), t(common::SITE_NAME))/>
        {loaded(move || get_monitor_summary(query.0.clone(), query.1.clone()), |view| view! { <Summary view/> })}
    }
}

#[component]
fn Summary(view: SummaryView) -> impl IntoView {
    let lang = use_lang();
    let chosen = view.first;
    let district = view.district_id;
    let heading = level_heading(view.sales.level);
    let waiting: i64 = view.quality.review_ages.iter().map(|(_, n)| n).sum();
    let late_reviews = view
        .quality
        .review_ages
        .iter()
        .find(|(band, _)| *band == crate::monitoring::quality::ReviewAge::Late)
        .map_or(0, |(_, n)| *n);
    view! {
        <section class="workspace monitor monitor--summary stack">
            <p class="workspace__back no-print"><a href="/monitor">"‹ " {t(text::TO_NOW)}</a></p>
            <h1>{t(text::SUMMARY)} " · " {view.district.get(lang).to_string()} " · "
                {crate::dates::month_label(view.first, lang)}</h1>
            <p class="muted">{crate::dates::day_label(view.first, lang)} " – " {crate::dates::day_label(view.last, lang)}
                " · " {t(text::ROLLED_AT)} " " {crate::dates::date_time(view.now, lang)}</p>
            <p class="hint no-print">{t(text::SUMMARY_HOW)}</p>
            <form method="get" action="/monitor/summary" class="monitor__period no-print">
                {(!view.districts.is_empty()).then(|| view! {
                    <label>{t(text::DISTRICT)}
                        <select name="district">
                            {view.districts.iter().map(|(id, name)| view! {
                                <option value=id.to_string() selected=*id == district>{name.get(lang).to_string()}</option>
                            }).collect_view()}
                        </select></label>
                })}
                <label>{t(text::MONTH)}
                    <select name="month">
                        {view.months.iter().map(|m| view! {
                            <option value=crate::dates::iso_day(*m)[..7].to_string() selected=*m == chosen>
                                {crate::dates::month_label(*m, lang)}</option>
                        }).collect_view()}
                    </select></label>
                <button type="submit" class="button">{t(text::SHOW)}</button>
            </form>

            <h2>{t(text::FLOW)}</h2>
            <p><strong>{t(text::SUPPLIED_RATE)} ": "
                {view.flow.supplied_rate.map_or_else(|| "—".to_string(), |r| format!("{r:.1} %"))}</strong></p>
            <FlowTable rows=view.flow.rows.clone() lang/>

            <h2>{t(text::SALES)}</h2>
            {if view.sales.rows.is_empty() {
                view! { <p class="muted">{t(text::NO_SALES)}</p> }.into_any()
            } else {
                view! { <SalesTable view=view.sales.clone() heading lang/> }.into_any()
            }}

            <h2>{t(text::TARGETS_SO_FAR)} " · " {text::fy_label(view.targets.fy)}</h2>
            <TargetsTable rows=view.targets.rows.clone() lang/>

            <h2>{t(text::QUALITY)}</h2>
            <ul>
                <li>{t(text::REVIEW_WAITING)} ": " {waiting} " (" {t(text::LATE)} ": " {late_reviews} ")"</li>
                <li>{t(text::GROUPS_NOTHING_ON_SALE)} ": "
                    {text::groups_of(lang, view.quality.idle_total, view.quality.groups_total)}</li>
                {view.quality.rejections.iter().map(|(reason, n)| view! {
                    <li>{t(text::REJECTIONS)} " · " {t(reason.label())} ": " {*n}</li>
                }).collect_view()}
            </ul>

            <h2>{t(text::LATE_NOW)}</h2>
            <div class="table-scroll">
                <table class="report monitor__steps">
                    <thead><tr>
                        <th scope="col">{t(text::COL_STEP)}</th>
                        <th scope="col" class="num">{t(text::COL_WAITING)}</th>
                        <th scope="col" class="num">{t(text::COL_LATE)}</th>
                    </tr></thead>
                    <tbody>
                        {view.waits.iter().map(|c| view! {
                            <tr>
                                <th scope="row">{t(c.wait.label())}</th>
                                <td class="num" data-label=t(text::COL_WAITING)>{c.total}</td>
                                <td class="num" data-label=t(text::COL_LATE)>{c.late}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
