//! `/cart`: what the visitor is buying, group by group.

use crate::cart::api::{get_cart, AddToCart, UpdateCart};
use crate::cart::text;
use crate::cart::types::{CartGroup, CartView};
use crate::i18n::{t, text as common, use_lang};
use crate::ui::forms::{form_error, FormError, Saved};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn CartPage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::CART), t(common::SITE_NAME))/>
        {loaded(
            || async { Ok((get_cart().await?, crate::orders::api::get_reach(None).await.ok().flatten())) },
            |(cart, reach)| view! { <CartBody cart reach/> },
        )}
    }
}

#[component]
fn CartBody(cart: CartView, reach: Option<crate::orders::types::Reach>) -> impl IntoView {
    let lang = use_lang();
    let problems = cart.has_problems();
    view! {
        <section class="cart">
            <h1>{t(text::CART)}</h1>
            <Saved what="added" message=text::ADDED/>
            <Saved what="cart" message=text::UPDATED/>
            <FormError error={form_error::<UpdateCart>()}/>
            <FormError error={form_error::<AddToCart>()}/>
            {if cart.groups.is_empty() {
                view! {
                    <p>{t(text::EMPTY)}</p>
                    <p><a class="button" href="/products">{t(text::KEEP_SHOPPING)}</a></p>
                }.into_any()
            } else {
                view! {
                    <p class="muted">{t(text::ONE_ORDER_PER_GROUP)}</p>
                    {cart.groups.into_iter().map(|group| {
                        // Said here, before checkout, when her address is out of the group's reach.
                        let reach = reach.as_ref().and_then(|r| {
                            let group_reach = r.groups.iter().find(|g| g.group_id == group.group_id && g.door.is_none())?;
                            Some((r.pincode.clone(), group_reach.clone()))
                        });
                        view! { <GroupLines group reach/> }
                    }).collect_view()}
                    <p class="cart__total">{t(text::TOTAL)} ": " <strong>{cart.total.format(lang)}</strong></p>
                    {if problems {
                        view! { <p class="form-error">{t(text::FIX_FIRST)}</p> }.into_any()
                    } else {
                        view! { <p><a class="button button--wide" href="/checkout">{t(text::CHECKOUT)}</a></p> }.into_any()
                    }}
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn GroupLines(group: CartGroup, reach: Option<(String, crate::orders::types::GroupReach)>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="panel cart-group">
            <h2 class="cart-group__name">
                <small>{t(text::FROM_GROUP)}</small> " "
                <a href=format!("/g/{}", group.slug)>{group.name.get(lang).to_string()}</a>
                <small>", " {group.place.get(lang).to_string()}</small>
            </h2>
            <ul class="cart-lines" role="list">
                {group.lines.into_iter().map(|line| {
                    let title = line.title.get(lang).to_string();
                    view! {
                        <li class="cart-line" class:cart-line--problem=line.problem.is_some()>
                            <a class="sell-item__photo" href=format!("/p/{}", line.slug) tabindex="-1" aria-hidden="true">
                                {line.cover.clone().map(|p| view! {
                                    <img src=p.url() srcset=p.srcset() sizes="4.5rem" width=p.width height=p.height alt="" loading="lazy"/>
                                })}
                            </a>
                            <div class="cart-line__body">
                                <a class="sell-item__title" href=format!("/p/{}", line.slug)>{title.clone()}</a>
                                <p class="muted">{line.unit.get(lang).to_string()} " · " {line.unit_price.format(lang)} " × " {line.qty}
                                    " = " <strong>{line.line_total.format(lang)}</strong></p>
                                {line.tier_applied().then(|| view! { <p class="cart-line__tier">"✓ " {text::tier_applied(lang, line.unit_price)}</p> })}
                                {line.next_tier.map(|(qty, unit)| view! { <p class="hint">{text::next_tier(lang, qty, unit)}</p> })}
                                {line.problem.clone().map(|p| view! { <p class="form-error">{p.get(lang).to_string()}</p> })}
                                <div class="cart-line__actions">
                                    <form method="post" action=UpdateCart::PATH class="stock__set">
                                        <input type="hidden" name="product_id" value=line.product_id/>
                                        <label class="visually-hidden" for=format!("qty-{}", line.product_id)>{t(text::QUANTITY)} " — " {title.clone()}</label>
                                        <input id=format!("qty-{}", line.product_id) type="text" name="qty" value=line.qty
                                            inputmode="numeric" size="4" maxlength="7" autocomplete="off" required/>
                                        <button type="submit" class="button button--small button--quiet">{t(text::UPDATE)}</button>
                                    </form>
                                    <form method="post" action=UpdateCart::PATH>
                                        <input type="hidden" name="product_id" value=line.product_id/>
                                        <input type="hidden" name="qty" value="0"/>
                                        <button type="submit" class="link-button" aria-label=format!("{} — {title}", t(text::REMOVE))>{t(text::REMOVE)}</button>
                                    </form>
                                </div>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {reach.map(|(pincode, reach)| view! { <crate::orders::pages::ReachNote pincode reach/> })}
            <p class="cart-group__subtotal">{t(text::SUBTOTAL)} ": " <strong>{group.subtotal.format(lang)}</strong></p>
        </section>
    }
}

/// The product page's buy box: a quantity and "add to cart" (a plain form).
#[component]
pub fn AddToCartForm(product_id: i64, min_order_qty: i64, on_hand: i64) -> impl IntoView {
    view! {
        <FormError error={form_error::<AddToCart>()}/>
        <form method="post" action=AddToCart::PATH class="add-to-cart">
            <input type="hidden" name="product_id" value=product_id/>
            <label class="field add-to-cart__qty"><span>{t(text::QUANTITY)}</span>
                <input type="text" name="qty" value=min_order_qty inputmode="numeric" size="4" maxlength="7" autocomplete="off" required/></label>
            <button type="submit" class="button add-to-cart__button" disabled=on_hand < min_order_qty>{t(text::ADD_TO_CART)}</button>
        </form>
    }
}
