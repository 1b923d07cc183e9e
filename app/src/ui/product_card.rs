//! A product tile and the grid of tiles.

use crate::catalog::text;
use crate::catalog::types::ProductCard;
use crate::i18n::{t, use_lang};
use crate::ui::price::PriceTag;
use leptos::prelude::*;

/// Below this many units a tile says "only a few left".
pub const FEW_LEFT: i64 = 5;

/// Tiles on a phone's first screen (two rows of two): their photos load
/// at once, and the first row's first of all, since one of them is what
/// a shopper sees largest first; the rest wait until they scroll near.
const FIRST_SCREEN_TILES: usize = 4;
const FIRST_ROW_TILES: usize = 2;

/// How soon a tile's photo loads: its place in the grid (0 first).
fn photo_loading(place: usize) -> (&'static str, &'static str) {
    match place {
        p if p < FIRST_ROW_TILES => ("eager", "high"),
        p if p < FIRST_SCREEN_TILES => ("eager", "auto"),
        _ => ("lazy", "auto"),
    }
}

#[component]
pub fn ProductTile(
    product: ProductCard,
    /// Its place in the grid, 0 first (the photos of the first screen load at once).
    place: usize,
) -> impl IntoView {
    let (loading, priority) = photo_loading(place);
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
                                loading=loading
                                fetchpriority=priority
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
            {products
                .into_iter()
                .enumerate()
                .map(|(place, product)| view! { <ProductTile product place=place/> })
                .collect_view()}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_screens_photos_load_at_once_and_the_first_row_first() {
        assert_eq!(photo_loading(0), ("eager", "high"));
        assert_eq!(photo_loading(1), ("eager", "high"));
        assert_eq!(photo_loading(2), ("eager", "auto"));
        assert_eq!(photo_loading(3), ("eager", "auto"));
        assert_eq!(photo_loading(4), ("lazy", "auto"));
        assert_eq!(photo_loading(usize::MAX), ("lazy", "auto"));
    }
}
