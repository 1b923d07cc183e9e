//! `/monitor/targets`: targets per block for a financial year beside what
//! each block achieved: the chosen measure's share as bars, the furthest
//! behind first, with the average marked; a table of all three measures;
//! and, for those who set them, a small form per block (plain posts).

use crate::i18n::{t, text as common, use_lang, Lang};
use crate::monitoring::pages::{Bar, BarChart};
use crate::monitoring::targets::{achieved_percent, Figures, Measure};
use crate::monitoring::targets_api::{get_monitor_targets, SetBlockTargets};
use crate::monitoring::text;
use crate::monitoring::types::{TargetRow, TargetsView};
use crate::ui::forms::{form_error, query_param, FormError, Saved};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn MonitorTargetsPage() -> impl IntoView {
    let query = (query_param("fy"), query_param("district"), query_param("measure"));
    view! {
        <Title text=format!("{} · {}", t(text::TARGETS), t(common::SITE_NAME))/>
        {loaded(
            move || get_monitor_targets(query.0.clone(), query.1.clone(), query.2.clone()),
            |view| view! { <Targets view/> },
        )}
    }
}

/// One measure's figure in words (sales as money).
fn figure(lang: Lang, measure: Measure, figures: &Figures) -> String {
    match measure {
        Measure::Sales => figures.sales.format(lang),
        _ => figures.of(measure).to_string(),
    }
}

#[component]
fn Targets(view: TargetsView) -> impl IntoView {
    let lang = use_lang();
    let refused = form_error::<SetBlockTargets>();
    let largest = view.shares.iter().filter_map(|(_, p)| *p).fold(100.0f64, f64::max);
    let bars: Vec<Bar> = view
        .shares
        .iter()
        .map(|(name, share)| Bar {
            name: name.get(lang).to_string(),
            amount: share.map_or(0, |p| (p * 10.0).round() as i64),
            label: share.map_or_else(|| t(text::NO_TARGET).to_string(), |p| format!("{p:.1} %")),
        })
        .collect();
    let scale_to = (largest * 10.0).round() as i64;
    let mark = view.average.map(|a| ((a * 10.0).round() as i64, text::average_words(lang, a)));
    let this_fy = view.fy;
    let fys: Vec<i64> = (this_fy - 2..=this_fy + 1).collect();
    let district = view.district;
    view! {
        <section class="workspace monitor stack">
            <p class="workspace__back"><a href="/monitor">"‹ " {t(text::TO_NOW)}</a></p>
            <h1>{t(text::TARGETS)} " · " {view.scope.get(lang).to_string()}</h1>
            <p class="hint">{t(text::TARGETS_HOW)}</p>
            <Saved what="targets" message=text::TARGETS_SAVED/>
            <FormError error=refused/>
            <form method="get" action="/monitor/targets" class="monitor__period">
                <label>{t(text::FY)}
                    <select name="fy">
                        {fys.into_iter().map(|y| view! {
                            <option value=y.to_string() selected=y == this_fy>{text::fy_label(y)}</option>
                        }).collect_view()}
                    </select></label>
                {(!view.districts.is_empty()).then(|| view! {
                    <label>{t(text::DISTRICT)}
                        <select name="district">
                            {view.districts.iter().map(|(id, name)| view! {
                                <option value=id.to_string() selected=Some(*id) == district>{name.get(lang).to_string()}</option>
                            }).collect_view()}
                        </select></label>
                })}
                <label>{t(text::MEASURE)}
                    <select name="measure">
                        {Measure::ALL.into_iter().map(|m| view! {
                            <option value=m.as_str() selected=m == view.measure>{t(m.label())}</option>
                        }).collect_view()}
                    </select></label>
                <button type="submit" class="button">{t(text::SHOW)}</button>
            </form>
            {if view.rows.is_empty() {
                view! { <p class="muted">{t(text::NO_BLOCKS)}</p> }.into_any()
            } else {
                view! {
                    <h2>{t(view.measure.label())} " · " {text::fy_label(view.fy)}</h2>
                    <BarChart bars title=text::TARGETS_CHART id="targets-chart-title"
                        scale_to nostrip:mark=mark/>
                    <TargetsTable rows=view.rows.clone() lang/>
                    {view.may_set.then(|| view! { <SetTargets rows=view.rows.clone() fy=view.fy lang/> })}
                }.into_any()
            }}
        </section>
    }
}

#[component]
pub(crate) fn TargetsTable(rows: Vec<TargetRow>, lang: Lang) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="report monitor__targets">
                <thead><tr>
                    <th scope="col">{t(text::COL_BLOCK)}</th>
                    {Measure::ALL.into_iter().map(|m| view! {
                        <th scope="col" class="num">{t(m.label())} " · " {t(text::COL_ACHIEVED)} " / " {t(text::COL_TARGET)}</th>
                    }).collect_view()}
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr id=format!("block-{}", row.block_id)>
                            <th scope="row">{row.name.get(lang).to_string()}</th>
                            {Measure::ALL.into_iter().map(|m| {
                                let share = row.target.and_then(|target| achieved_percent(row.achieved.of(m), target.of(m)));
                                view! {
                                    <td class="num" data-label=t(m.label())>
                                        {figure(lang, m, &row.achieved)} " / "
                                        {row.target.map_or_else(|| "—".to_string(), |target| figure(lang, m, &target))}
                                        <br/><small class="muted">{share.map_or_else(|| t(text::NO_TARGET).to_string(), |p| format!("{p:.1} %"))}</small>
                                    </td>
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// A form per block: three whole numbers, posted without JavaScript.
#[component]
fn SetTargets(rows: Vec<TargetRow>, fy: i64, lang: Lang) -> impl IntoView {
    view! {
        <h2 id="set-targets">{t(text::SET_TARGETS)} " · " {text::fy_label(fy)}</h2>
        <p class="hint">{t(text::SET_TARGETS_HOW)}</p>
        {rows.into_iter().map(|row| {
            let now = row.target.unwrap_or_default();
            view! {
                <form method="post" action=SetBlockTargets::PATH class="monitor__targets-form panel">
                    <input type="hidden" name="block" value=row.block_id.to_string()/>
                    <input type="hidden" name="fy" value=fy.to_string()/>
                    <strong>{row.name.get(lang).to_string()}</strong>
                    <label>{t(Measure::GroupsSelling.label())}
                        <input name="groups" type="number" min="0" required value=now.groups_selling.to_string()/></label>
                    <label>{t(Measure::LiveListings.label())}
                        <input name="listings" type="number" min="0" required value=now.live_listings.to_string()/></label>
                    <label>{t(Measure::Sales.label())}
                        <input name="sales" inputmode="numeric" required value=now.sales.rupees().trunc().to_string()/></label>
                    <button class="button" type="submit">{t(text::SAVE)}</button>
                </form>
            }
        }).collect_view()}
    }
}
