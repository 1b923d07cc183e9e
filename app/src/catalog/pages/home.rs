//! The home page: what Haat is, categories, featured products, places.

use crate::catalog::api::get_home_page;
use crate::catalog::text;
use crate::catalog::types::HomePage;
use crate::i18n::{t, text as common, use_lang};
use crate::ui::product_card::ProductGrid;
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(common::SITE_NAME), t(common::TAGLINE))/>
        <Meta name="description" content=t(text::HERO_BODY)/>
        {loaded(get_home_page, |home| view! { <HomeView home/> })}
    }
}

#[component]
fn HomeView(home: HomePage) -> impl IntoView {
    let lang = use_lang();
    let product_total: i64 = home.categories.iter().map(|c| c.category.live_products).sum();
    view! {
        <section class="hero">
            <h1 class="hero__title">{t(text::HERO_TITLE)}</h1>
            <p class="hero__body">{t(text::HERO_BODY)}</p>
            <p class="hero__stats">
                <span><strong>{home.group_count}</strong> " " {t(text::GROUPS)}</span>
                <span><strong>{product_total}</strong> " " {t(text::PRODUCTS)}</span>
            </p>
            <a class="button button--light" href="/products">{t(text::BROWSE_ALL)}</a>
        </section>

        <section class="home-section" aria-labelledby="categories-heading">
            <h2 id="categories-heading">{t(text::CATEGORIES)}</h2>
            <ul class="categories" role="list">
                {home.categories.into_iter().map(|tree| {
                    let category = tree.category;
                    view! {
                        <li class="category-tile">
                            <a href=format!("/c/{}", category.slug)>
                                {category.image.map(|photo| view! {
                                    <img src=photo.url() width=photo.width height=photo.height alt="" loading="lazy"/>
                                })}
                                <span class="category-tile__name">{category.name.get(lang).to_string()}</span>
                                <span class="category-tile__count">{category.live_products} " " {t(text::PRODUCTS)}</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>

        <section class="home-section" aria-labelledby="featured-heading">
            <div class="home-section__head">
                <h2 id="featured-heading">{t(text::FEATURED)}</h2>
                <a href="/products">{t(text::SEE_ALL)} " ›"</a>
            </div>
            <ProductGrid products=home.featured/>
        </section>

        <section class="home-section" aria-labelledby="places-heading">
            <h2 id="places-heading">{t(text::SHOP_BY_PLACE)}</h2>
            <div class="places">
                {home.places.into_iter().map(|state| view! {
                    <div class="place">
                        <h3><a href=format!("/products?state={}", state.slug)>{state.name.get(lang).to_string()}</a></h3>
                        <ul role="list">
                            {state.districts.into_iter().map(|d| view! {
                                <li>
                                    <a href=format!("/products?district={}", d.slug)>{d.name.get(lang).to_string()}</a>
                                    <span class="muted">" · " {d.live_products} " " {t(text::PRODUCTS)}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    </div>
                }).collect_view()}
            </div>
        </section>
    }
}
