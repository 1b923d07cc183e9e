//! `/monitor`: an official's dashboard of her area. "Waiting now" counts
//! every step at which an order, a government supply or a trader's request
//! waits on someone, with the late ones, and lists one step (or every late
//! one) a tap from each page, as CSV too. Plain links, so it all works
//! without JavaScript.

use crate::i18n::{t, text as common, use_lang, Lang};
use crate::monitoring::api::*;
use crate::monitoring::text;
use crate::monitoring::types::{NowView, Waiting};
use crate::monitoring::waits::{age_words, Wait};
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
            <p>
                {view.chosen.is_some().then(|| view! { <a href="/monitor#list">{t(text::ALL_STEPS)}</a> " · " })}
                <a href=csv_link(view.chosen) download>{t(text::DOWNLOAD_CSV)}</a>
            </p>
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
