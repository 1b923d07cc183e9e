//! The group's card (on product pages), the group's own page, its call
//! button for orders by phone, and the calling hours on `/sell`.

use crate::catalog::pages::listing::ListingSection;
use crate::catalog::text as catalog_text;
use crate::catalog::types::ListingQuery;
use crate::groups::api::{get_call_hours, get_group_profile, SetCallHours};
use crate::groups::calls::CallLine;
use crate::groups::text;
use crate::groups::types::{GroupCard, GroupProfile, Place};
use crate::i18n::{t, text as common, use_lang, Lang};
use crate::ui::forms::{form_error, FormError, Saved};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

/// "Khorpa, Abhanpur, Raipur, Chhattisgarh".
pub fn place_line(place: &Place, lang: Lang) -> String {
    [&place.village, &place.block, &place.district, &place.state]
        .iter()
        .map(|t| t.get(lang).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The producing group, as shown beside a product.
#[component]
pub fn GroupCardView(group: GroupCard) -> impl IntoView {
    let lang = use_lang();
    let href = format!("/g/{}", group.slug);
    view! {
        <aside class="group-card" aria-label=t(catalog_text::MADE_BY)>
            <p class="group-card__label">{t(catalog_text::MADE_BY)}</p>
            <a class="group-card__link" href=href>
                {group.photo.map(|photo| view! {
                    <img src=photo.url() width=photo.width height=photo.height alt="" loading="lazy"/>
                })}
                <span class="group-card__text">
                    <strong class="group-card__name">{group.name.get(lang).to_string()}</strong>
                    <span>{place_line(&group.place, lang)}</span>
                    <span>
                        {group.members} " " {t(text::MEMBERS)} " · " {catalog_text::active_since(lang, group.founded_year)}
                    </span>
                    <span class="group-card__more">{t(catalog_text::VISIT_GROUP)} " ›"</span>
                </span>
            </a>
        </aside>
    }
}

/// A call button for orders by phone, with the hours the group answers.
#[component]
pub fn CallButton(call: CallLine) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="call-line">
            <a class="button button--quiet" href=format!("tel:+91{}", call.phone)>{t(text::CALL_TO_ORDER)}</a>
            " " <small class="muted">{t(text::CALL_HOURS)} ": " {call.hours.label(lang)}</small>
        </p>
    }
}

/// On `/sell`: the hours the group answers calls for orders, and (for its
/// leader) the form that changes them.
#[component]
pub fn CallHoursPanel() -> impl IntoView {
    loaded(get_call_hours, |settings| {
        let lang = use_lang();
        let (from, to) =
            settings.hours.map_or((String::new(), String::new()), |h| (h.from.to_string(), h.to.to_string()));
        view! {
            <details class="panel call-hours" id="calls" open=crate::ui::forms::query_param("saved").as_deref() == Some("calls")>
                <summary>{t(text::CALLS_FOR_ORDERS)} ": "
                    {settings.hours.map_or_else(|| t(text::CALLS_OFF).to_string(), |h| format!("{} · {}", h.label(lang), settings.phone))}
                </summary>
                <Saved what="calls" message=text::CALL_HOURS_SAVED/>
                <FormError error={form_error::<SetCallHours>()}/>
                {if settings.leader {
                    view! {
                        <p class="hint">{t(text::CALLS_HELP)}</p>
                        <form method="post" action=SetCallHours::PATH class="pair">
                            <label class="field"><span>{t(text::CALL_FROM)}</span>
                                <input type="text" name="from" inputmode="numeric" value=from maxlength="2"/></label>
                            <label class="field"><span>{t(text::CALL_TO)}</span>
                                <input type="text" name="to" inputmode="numeric" value=to maxlength="2"/></label>
                            <button type="submit" class="button">{t(text::SAVE_CALL_HOURS)}</button>
                        </form>
                    }.into_any()
                } else {
                    view! { <p class="hint">{t(text::ONLY_LEADER_SETS)}</p> }.into_any()
                }}
            </details>
        }
    })
}

#[component]
pub fn GroupPage() -> impl IntoView {
    let slug = use_params_map().read_untracked().get("slug").unwrap_or_default();
    loaded(move || get_group_profile(slug.clone()), |profile| view! { <GroupView profile/> })
}

#[component]
fn GroupView(profile: GroupProfile) -> impl IntoView {
    let lang = use_lang();
    let card = profile.card;
    let name = card.name.get(lang).to_string();
    let story = profile.story.get(lang).to_string();
    let summary: String = story.chars().take(155).collect();
    let base = ListingQuery { group: Some(card.slug.clone()), ..Default::default() };
    view! {
        <Title text=format!("{name} · {}", t(common::SITE_NAME))/>
        <Meta name="description" content=summary/>
        <article class="group">
            <header class="group__head">
                {card.photo.clone().map(|photo| view! {
                    <img class="group__photo" src=photo.url() width=photo.width height=photo.height alt=name.clone()/>
                })}
                <div>
                    <p class="group__kind">{t(text::SELF_HELP_GROUP)}</p>
                    <h1>{name.clone()}</h1>
                    <p class="group__place">
                        <a href=format!("/products?district={}", card.place.district_slug)>{place_line(&card.place, lang)}</a>
                    </p>
                </div>
            </header>
            <dl class="facts facts--group">
                <dt>{t(text::MEMBERS)}</dt><dd>{card.members}</dd>
                <dt>{t(text::FOUNDED)}</dt><dd>{card.founded_year}</dd>
                <dt>{t(text::VILLAGE)}</dt><dd>{card.place.village.get(lang).to_string()}</dd>
                <dt>{t(text::BLOCK)}</dt><dd>{card.place.block.get(lang).to_string()}</dd>
                <dt>{t(text::DISTRICT)}</dt><dd>{card.place.district.get(lang).to_string()}</dd>
                <dt>{t(text::STATE)}</dt><dd>{card.place.state.get(lang).to_string()}</dd>
                <dt>{t(text::NRLM_CODE)}</dt><dd>{profile.nrlm_code}</dd>
                <dt>{t(text::GST)}</dt>
                <dd>{profile.gstin.unwrap_or_else(|| t(text::GST_UNREGISTERED).to_string())}</dd>
            </dl>
            {profile.call.map(|call| view! { <CallButton call/> })}
            <section class="group__story">
                <h2>{t(text::OUR_STORY)}</h2>
                {story.split("\n\n").map(|para| view! { <p>{para.to_string()}</p> }).collect_view()}
            </section>
        </article>
        <section class="group__products">
            <ListingSection heading=text::PRODUCTS_OF_GROUP.to_text() base show_filters=false nested=true/>
        </section>
    }
}
