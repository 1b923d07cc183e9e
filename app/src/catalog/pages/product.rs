//! The product page: gallery, the group's price beside the market price,
//! stock, wholesale tiers, details and the group that made it.

use crate::catalog::api::get_product;
use crate::catalog::gallery::{photo_index, Gallery};
use crate::catalog::text;
use crate::catalog::types::ProductDetail;
use crate::groups::pages::{CallButton, GroupCardView};
use crate::i18n::{t, text as common, use_lang};
use crate::ui::price::{PriceTag, SavingLine};
use crate::ui::product_card::FEW_LEFT;
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ProductPage() -> impl IntoView {
    let slug = use_params_map().read_untracked().get("slug").unwrap_or_default();
    let photo = use_query_map().read_untracked().get("photo");
    loaded(
        move || get_product(slug.clone()),
        move |detail: ProductDetail| {
            let start = photo_index(photo.as_deref(), detail.photos.len());
            view! { <ProductView detail start/> }
        },
    )
}

#[component]
fn ProductView(detail: ProductDetail, start: usize) -> impl IntoView {
    let lang = use_lang();
    let title = detail.title.get(lang).to_string();
    let description = detail.description.get(lang).to_string();
    let summary: String = description.chars().take(155).collect();
    let stock = match detail.on_hand {
        // Only held, not sold: it may come back.
        n if n < detail.min_order_qty.max(1) && detail.held > 0 => view! {
            <p class="stock stock--out">{text::held_for_payment(lang, detail.held)}</p>
        }
        .into_any(),
        0 => view! { <p class="stock stock--out">{t(text::OUT_OF_STOCK)}</p> }.into_any(),
        n if n <= FEW_LEFT => view! {
            <p class="stock stock--few">{t(text::ONLY_FEW_LEFT)} ": " {n} " " {t(text::PIECES)}</p>
        }
        .into_any(),
        n => view! { <p class="stock stock--in">{t(text::IN_STOCK)} ": " {n} " " {t(text::PIECES)}</p> }.into_any(),
    };
    let crumbs = detail.category.clone();
    let weight = format_weight(detail.weight_grams);
    let gallery = if detail.photos.is_empty() {
        view! { <div class="gallery gallery--empty">{t(text::NO_PHOTO)}</div> }.into_any()
    } else {
        view! { <Gallery photos=detail.photos.clone() start lang title=title.clone()/> }.into_any()
    };

    view! {
        <Title text=format!("{title} · {}", t(common::SITE_NAME))/>
        <Meta name="description" content=summary/>
        <nav class="crumbs" aria-label="breadcrumb">
            <a href="/">{t(common::HOME)}</a>
            {crumbs.parent.map(|(slug, name)| view! { " › " <a href=format!("/c/{slug}")>{name.get(lang).to_string()}</a> })}
            " › "
            <a href=format!("/c/{}", crumbs.slug)>{crumbs.name.get(lang).to_string()}</a>
        </nav>
        <article class="product">
            <div class="product__gallery" id="gallery">{gallery}</div>
            <div class="product__buy">
                <h1 class="product__title">{title.clone()}</h1>
                <p class="product__unit">{detail.unit.get(lang).to_string()}</p>
                <PriceTag price=detail.price market_price=detail.market_price large=true/>
                <SavingLine price=detail.price market_price=detail.market_price/>
                {stock}
                <crate::cart::pages::AddToCartForm product_id=detail.id min_order_qty=detail.min_order_qty on_hand=detail.on_hand/>
                <crate::orders::pages::ProductReach product_id=detail.id/>
                {(detail.min_order_qty > 1).then(|| view! {
                    <p class="product__min">{t(text::MIN_ORDER)} ": " {detail.min_order_qty} " " {t(text::PIECES)}</p>
                })}
                {(!detail.tiers.is_empty()).then(|| {
                    let tiers = detail.tiers.clone();
                    view! {
                        <section class="tiers" aria-labelledby="tiers-heading">
                            <h2 id="tiers-heading">{t(text::WHOLESALE_TIERS)}</h2>
                            <p class="muted">{t(text::WHOLESALE_HELP)}</p>
                            <table>
                                <thead>
                                    <tr><th scope="col">{t(text::QUANTITY)}</th><th scope="col">{t(text::PRICE_PER_UNIT)}</th></tr>
                                </thead>
                                <tbody>
                                    <tr>
                                        <td>{detail.min_order_qty} "–" {tiers[0].min_qty - 1} " " {t(text::PIECES)}</td>
                                        <td>{detail.price.format(lang)}</td>
                                    </tr>
                                    {tiers.iter().map(|tier| view! {
                                        <tr>
                                            <td>{tier.min_qty} " " {t(text::PIECES)} " " {t(text::AND_ABOVE)}</td>
                                            <td>{tier.unit_price.format(lang)}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </section>
                    }
                })}
                // Traders buy a product type, not one listing: the same words across every group.
                <p class="product__bulk">
                    <a href=format!("/trade?q={}&qty={}", crate::catalog::query::encode_component(&bulk_words(&detail.title.en)),
                        detail.tiers.last().map_or(100, |tier| tier.min_qty.max(100)))>
                        {t(text::BULK_COMPARE)} " ›"
                    </a>
                </p>
                <GroupCardView group=detail.group.clone()/>
                {detail.call.clone().map(|call| view! { <CallButton call/> })}
            </div>
            <section class="product__about">
                <h2>{t(text::DESCRIPTION)}</h2>
                <p class="product__description">{description}</p>
                <h2>{t(text::DETAILS)}</h2>
                <dl class="facts">
                    <dt>{t(text::UNIT)}</dt><dd>{detail.unit.get(lang).to_string()}</dd>
                    <dt>{t(text::WEIGHT)}</dt><dd>{weight}</dd>
                    <dt>{t(text::HSN_CODE)}</dt><dd>{detail.hsn.clone()}</dd>
                    {detail.gst_rate.map(|rate| view! { <dt>{t(text::GST_RATE)}</dt><dd>{rate.display()}</dd> })}
                </dl>
            </section>
        </article>
    }
}

/// "750 g", "1 kg", "1.5 kg", "1250 g": kilograms only when they read cleanly.
pub fn format_weight(grams: i64) -> String {
    if grams >= 1000 && grams % 100 == 0 {
        match (grams / 1000, (grams % 1000) / 100) {
            (kg, 0) => format!("{kg} kg"),
            (kg, tenths) => format!("{kg}.{tenths} kg"),
        }
    } else {
        format!("{grams} g")
    }
}

/// A title's product-type words for the trader's table: "Mango pickle
/// (aam ka achar)" looks for "Mango pickle", "Cotton petticoat, six-panel"
/// for "Cotton petticoat".
fn bulk_words(title: &str) -> String {
    title.split(['(', ',']).next().unwrap_or(title).trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::{bulk_words, format_weight};

    #[test]
    fn a_title_gives_its_product_type_words() {
        assert_eq!(bulk_words("Mango pickle (aam ka achar)"), "Mango pickle");
        assert_eq!(bulk_words("Cotton petticoat, six-panel"), "Cotton petticoat");
        assert_eq!(bulk_words("Amla candy"), "Amla candy");
    }

    #[test]
    fn weights_read_in_grams_or_clean_kilograms() {
        assert_eq!(format_weight(750), "750 g");
        assert_eq!(format_weight(1000), "1 kg");
        assert_eq!(format_weight(1500), "1.5 kg");
        assert_eq!(format_weight(1250), "1250 g");
        assert_eq!(format_weight(5000), "5 kg");
    }
}
