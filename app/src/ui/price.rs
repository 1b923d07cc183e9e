//! How a price is shown: the group's price beside the market price, with the saving.

use crate::catalog::text;
use crate::i18n::{t, use_lang};
use crate::money::{saving, Money};
use leptos::prelude::*;

/// Group price, struck-through market price and "N% off". `large` for the product page.
#[component]
pub fn PriceTag(price: Money, market_price: Money, #[prop(optional)] large: bool) -> impl IntoView {
    let lang = use_lang();
    let saving = saving(price, market_price);
    view! {
        <div class="price" class:price--large=large>
            <span class="price__group">
                <span class="visually-hidden">{t(text::GROUP_PRICE)} " "</span>
                {price.format(lang)}
            </span>
            {saving.map(|s| {
                view! {
                    <s class="price__market">
                        <span class="visually-hidden">{t(text::MARKET_PRICE)} " "</span>
                        {market_price.format(lang)}
                    </s>
                    <span class="price__off">{format!("{}% {}", s.percent, t(text::OFF))}</span>
                }
            })}
        </div>
    }
}

/// The spelled-out saving on the product page: "You save ₹40 (25%) on the market price of ₹160".
#[component]
pub fn SavingLine(price: Money, market_price: Money) -> impl IntoView {
    let lang = use_lang();
    saving(price, market_price).map(|s| {
        view! {
            <p class="saving">
                {t(text::MARKET_PRICE)} ": " <s>{market_price.format(lang)}</s> " · "
                <strong>{t(text::YOU_SAVE)} " " {s.amount.format(lang)} " (" {s.percent} "%)"</strong>
            </p>
        }
    })
}
