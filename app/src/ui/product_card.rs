//! A product tile and the grid of tiles.

use crate::catalog::text;
use crate::catalog::types::ProductCard;
use crate::i18n::{t, use_lang};
use crate::ui::price::PriceTag;
use leptos::prelude::*;

/// Below this many units a tile says "only a few left".
pub const FEW_LEFT: i64 = 5;

#[component]
pub fn ProductTile(product: ProductCard) -> impl IntoView {
    let lang = use_lang();
    let href = format!("/p/{}", product.slug);
    let title = product.title.get(lang).to_string();
    let stock = match product.on_hand {
        0 => Some(("tile__stock tile__stock--out", t(text::OUT_OF_STOCK))),
        n if n <= FEW_LEFT => Some(("tile__stock tile__stock--few", t(text::ONLY_FEW_LEFT))),
        _ => None,
    };
    view! {
        <li class="tile" class:tile--out=product.on_hand == 0>
            <a class="tile__link" href=href>
                <div class="tile__image">
                    {product.cover.map(|photo| {
                        view! {
                            <img
                                src=photo.url()
                                srcset=photo.srcset()
                                sizes="(min-width: 60rem) 15rem, 50vw"
                                width=photo.width
                                height=photo.height
                                alt=""
                                loading="lazy"
                                decoding="async"
                            />
                        }
                    })}
                </div>
                <div class="tile__body">
                    <h3 class="tile__title">{title}</h3>
                    <p class="tile__unit">{product.unit.get(lang).to_string()}</p>
                    <PriceTag price=product.price market_price=product.market_price/>
                    <p class="tile__group">
                        {product.group_name.get(lang).to_string()} ", " {product.district.get(lang).to_string()}
                    </p>
                    {stock.map(|(class, label)| view! { <p class=class>{label}</p> })}
                </div>
            </a>
        </li>
    }
}

#[component]
pub fn ProductGrid(products: Vec<ProductCard>) -> impl IntoView {
    view! {
        <ul class="grid" role="list">
            {products.into_iter().map(|product| view! { <ProductTile product/> }).collect_view()}
        </ul>
    }
}
