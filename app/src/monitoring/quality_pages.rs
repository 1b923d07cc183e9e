//! `/monitor/quality`: the listings' quality in an official's area. How
//! long listings have waited for review (bands, the oldest, a link to the
//! queue), why listings were sent back in a period (bars and a table), and
//! the groups with nothing on sale, each table as CSV.

use crate::i18n::{t, text as common, use_lang};
use crate::monitoring::pages::{Bar, BarChart, Downloads, PeriodForm};
use crate::monitoring::quality::ReviewAge;
use crate::monitoring::quality_api::get_monitor_quality;
use crate::monitoring::sales::Period;
use crate::monitoring::text;
use crate::monitoring::types::QualityView;
use crate::monitoring::waits::age_words;
use crate::ui::forms::query_param;
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MonitorQualityPage() -> impl IntoView {
    let (period, from, to) = (query_param("period"), query_param("from"), query_param("to"));
    view! {
        <Title text=format!("{} · {}", t(text::QUALITY), t(common::SITE_NAME))/>
        {loaded(move || get_monitor_quality(period.clone(), from.clone(), to.clone()), |view| view! { <Quality view/> })}
    }
}

/// The period's part of a link (`period=month`, or the two dates).
fn period_query(view: &QualityView) -> String {
    if view.period == Period::Custom {
        format!("period=custom&from={}&to={}", crate::dates::iso_day(view.from), crate::dates::iso_day(view.to))
    } else {
        format!("period={}", view.period.as_str())
    }
}

#[component]
fn Quality(view: QualityView) -> impl IntoView {
    let lang = use_lang();
    let waiting: i64 = view.review_ages.iter().map(|(_, n)| n).sum();
    let reasons_csv = format!("/monitor/quality.csv?table=reasons&{}", period_query(&view));
    let bars: Vec<Bar> = view
        .rejections
        .iter()
        .map(|(reason, n)| Bar { name: reason.label().get(lang).to_string(), amount: *n, label: n.to_string() })
        .collect();
    view! {
        <section class="workspace monitor stack">
            <p class="workspace__back"><a href="/monitor">"‹ " {t(text::TO_NOW)}</a></p>
            <h1>{t(text::QUALITY)} " · " {view.scope.get(lang).to_string()}</h1>
            <p class="hint">{t(text::QUALITY_HOW)}</p>

            <h2 id="review-heading">{t(text::REVIEW_WAITING)} " (" {waiting} ")"</h2>
            <div class="table-scroll">
                <table class="report monitor__review" aria-labelledby="review-heading">
                    <thead><tr>
                        <th scope="col">{t(text::COL_WAITED)}</th>
                        <th scope="col" class="num">{t(text::COL_LISTINGS)}</th>
                    </tr></thead>
                    <tbody>
                        {view.review_ages.iter().map(|(band, n)| view! {
                            <tr>
                                <th scope="row">{t(band.label())}</th>
                                <td class="num" data-label=t(text::COL_LISTINGS)>
                                    {if *band == ReviewAge::Late && *n > 0 {
                                        view! { <strong class="badge badge--late">{*n}</strong> }.into_any()
                                    } else {
                                        view! { <span>{*n}</span> }.into_any()
                                    }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p>
                {view.oldest_in_review.map(|at| view! {
                    {t(text::COL_OLDEST)} ": " {age_words(lang, view.now - at)} " · "
                })}
                <a href="/review">{t(text::TO_REVIEW)} " ›"</a>
            </p>

            <h2 id="reasons-heading">{t(text::REJECTIONS)}</h2>
            <PeriodForm action="/monitor/quality" period=view.period from=view.from to=view.to hidden=Vec::new()/>
            <p class="muted">{crate::dates::day_label(view.from, lang)} " – " {crate::dates::day_label(view.to, lang)}</p>
            {if view.rejections.is_empty() {
                view! { <p class="muted">{t(text::NO_REJECTIONS)}</p> }.into_any()
            } else {
                view! {
                    <BarChart bars title=text::REASONS_CHART id="reasons-chart-title"/>
                    <div class="table-scroll">
                        <table class="report monitor__reasons" aria-labelledby="reasons-heading">
                            <thead><tr>
                                <th scope="col">{t(text::COL_REASON)}</th>
                                <th scope="col" class="num">{t(text::COL_TIMES)}</th>
                            </tr></thead>
                            <tbody>
                                {view.rejections.iter().map(|(reason, n)| view! {
                                    <tr>
                                        <th scope="row">{t(reason.label())}</th>
                                        <td class="num" data-label=t(text::COL_TIMES)>{*n}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <Downloads csv=reasons_csv/>
                }.into_any()
            }}

            <h2 id="idle-heading">{t(text::IDLE_GROUPS)}</h2>
            <p class="muted">{text::groups_of(lang, view.idle_total, view.groups_total)}</p>
            {if view.idle.is_empty() {
                view! { <p class="muted">{t(text::NO_IDLE_GROUPS)}</p> }.into_any()
            } else {
                let more = view.idle_total > view.idle.len() as i64;
                view! {
                    <div class="table-scroll">
                        <table class="report monitor__idle" aria-labelledby="idle-heading">
                            <thead><tr>
                                <th scope="col">{t(text::COL_GROUP)}</th>
                                <th scope="col">{t(text::COL_PLACE)}</th>
                                <th scope="col">{t(text::COL_ONBOARDED)}</th>
                                <th scope="col" class="num">{t(text::COL_IN_REVIEW)}</th>
                                <th scope="col" class="num">{t(text::COL_UNSENT)}</th>
                            </tr></thead>
                            <tbody>
                                {view.idle.iter().map(|g| view! {
                                    <tr>
                                        <th scope="row"><a href=format!("/g/{}", g.slug)>{g.name.get(lang).to_string()}</a></th>
                                        <td data-label=t(text::COL_PLACE)>{format!("{}, {}", g.block.get(lang), g.district.get(lang))}</td>
                                        <td data-label=t(text::COL_ONBOARDED)>{crate::dates::day_label(crate::dates::day_of(g.since), lang)}</td>
                                        <td class="num" data-label=t(text::COL_IN_REVIEW)>{g.in_review}</td>
                                        <td class="num" data-label=t(text::COL_UNSENT)>{g.unsent}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {more.then(|| view! { <p class="hint">{t(text::MORE_GROUPS_IN_CSV)}</p> })}
                    <Downloads csv="/monitor/quality.csv?table=groups".to_string()/>
                }.into_any()
            }}
        </section>
    }
}
