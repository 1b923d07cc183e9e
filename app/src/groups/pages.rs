//! The group's card (on product pages) and the group's own page.

use crate::catalog::pages::listing::ListingSection;
use crate::catalog::text as catalog_text;
use crate::catalog::types::ListingQuery;
use crate::groups::api::get_group_profile;
use crate::groups::text;
use crate::groups::types::{GroupCard, GroupProfile, Place};
use crate::i18n::{t, text as common, use_lang, Lang};
use crate::ui::status::loaded;
use leptos::prelude::*;
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
