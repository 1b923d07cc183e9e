//! `/sell`: the group's listings at a glance — status, price, stock with
//! one-tap +/−, low-stock warnings — with search and status filters.

use crate::catalog::types::ListingStatus;
use crate::i18n::{t, text as common, use_lang};
use crate::listings::api::{get_my_listings, ChangeStock};
use crate::listings::pages::StatusBadge;
use crate::listings::text;
use crate::listings::types::{ListingSummary, MyListings};
use crate::ui::forms::{form_error, query_param, FormError, Saved};
use crate::ui::price::PriceTag;
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn SellPage() -> impl IntoView {
    let (search, status, low) = (query_param("q"), query_param("status"), query_param("low"));
    view! {
        <Title text=format!("{} · {}", t(text::MY_LISTINGS), t(common::SITE_NAME))/>
        {loaded(
            move || get_my_listings(search.clone(), status.clone(), low.clone()),
            |listings| view! { <Workspace listings/> },
        )}
    }
}

/// The address of this page with its filters, to come back to after a stock change.
fn here() -> String {
    let location = leptos_router::hooks::use_location();
    let query = location.search.get_untracked();
    if query.is_empty() {
        "/sell".into()
    } else {
        format!("/sell?{query}")
    }
}

#[component]
fn Workspace(listings: MyListings) -> impl IntoView {
    let lang = use_lang();
    let current = query_param("status");
    let low = query_param("low").is_some();
    let total: i64 = listings.counts.iter().map(|(_, n)| n).sum();
    let count = |s: ListingStatus| listings.counts.iter().find(|(c, _)| *c == s).map_or(0, |(_, n)| *n);
    let chip = move |href: String, label: String, active: bool| {
        view! { <a class="chip" class:chip--current=active href=href aria-current=active.then_some("page")>{label}</a> }
    };
    let statuses = [
        ListingStatus::Draft,
        ListingStatus::InReview,
        ListingStatus::Live,
        ListingStatus::Paused,
        ListingStatus::Rejected,
    ];
    let back = here();
    view! {
        <section class="workspace">
            <p class="group__kind">{listings.group.get(lang).to_string()}</p>
            <h1>{t(text::MY_LISTINGS)}</h1>
            <p class="workspace__actions">
                <a class="button" href="/sell/new">"+ " {t(text::ADD_LISTING)}</a>
                <a class="button button--quiet" href="/sell/import">{t(text::CSV_IMPORT_EXPORT)}</a>
                <a class="button button--quiet" href="/orders">{t(crate::orders::text::GROUP_ORDERS)}</a>
                <a class="button button--quiet" href="/sell/phone-order">{t(crate::orders::text::ENTER_PHONE_ORDER)}</a>
                <crate::trade::quote_pages::GroupQuotesLink/>
            </p>
            <crate::groups::pages::CallHoursPanel/>
            <crate::orders::pages::AdvancePanel/>
            <Saved what="stock" message=text::STOCK_SAVED/>
            <FormError error={form_error::<ChangeStock>()}/>
            {(listings.low_stock > 0).then(|| view! {
                <p class="notice notice--warn" role="status">
                    "⚠ " {text::low_stock_count(lang, listings.low_stock)} " "
                    <a href="/sell?low=1">{t(text::SHOW_THEM)}</a>
                </p>
            })}
            <nav class="chips" aria-label=t(text::FILTER_BY_STATUS)>
                {chip("/sell".into(), format!("{} ({total})", t(text::ALL)), current.is_none() && !low)}
                {statuses.into_iter().map(|s| {
                    let n = count(s);
                    let active = current.as_deref() == Some(s.as_str());
                    (n > 0 || active).then(|| chip(
                        format!("/sell?status={}", s.as_str()),
                        format!("{} ({n})", t(crate::listings::pages::status_label(s))),
                        active,
                    ))
                }).collect_view()}
                {chip("/sell?low=1".into(), format!("{} ({})", t(text::LOW_STOCK), listings.low_stock), low)}
            </nav>
            <form class="search search--inline" method="get" action="/sell" role="search">
                {current.clone().map(|s| view! { <input type="hidden" name="status" value=s/> })}
                <label class="visually-hidden" for="sell-q">{t(text::SEARCH_MY_LISTINGS)}</label>
                <input id="sell-q" type="search" name="q" value=query_param("q").unwrap_or_default()
                    maxlength="80" placeholder=t(text::SEARCH_MY_LISTINGS)/>
                <button type="submit">{t(common::SEARCH)}</button>
            </form>
            {if listings.items.is_empty() {
                view! { <p class="muted">{t(text::NO_LISTINGS)}</p> }.into_any()
            } else {
                view! {
                    <ul class="sell-list" role="list">
                        {listings.items.into_iter().map(|item| view! { <ListingRow item back=back.clone()/> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn ListingRow(item: ListingSummary, back: String) -> impl IntoView {
    let lang = use_lang();
    let low = item.low_stock();
    let href = format!("/sell/{}", item.id);
    let title = item.title.get(lang).to_string();
    // A tap comes back to this row, not the top of the list.
    let anchor = format!("listing-{}", item.id);
    let back = format!("{}#{anchor}", back.split('#').next().unwrap_or_default());
    view! {
        <li class="sell-item" class:sell-item--low=low id=anchor>
            <a class="sell-item__photo" href=href.clone() tabindex="-1" aria-hidden="true">
                {item.cover.clone().map(|p| view! {
                    <img src=p.url() srcset=p.srcset() sizes="4.5rem" width=p.width height=p.height alt="" loading="lazy"/>
                })}
            </a>
            <div class="sell-item__body">
                <a class="sell-item__title" href=href>{title.clone()}</a>
                <p class="sell-item__meta">
                    <StatusBadge status=item.status/> " " {item.unit.get(lang).to_string()}
                </p>
                <PriceTag price=item.price market_price=item.market_price/>
                {item.rejection.clone().map(|r| view! {
                    <p class="sell-item__reason">
                        <strong>{t(text::SENT_BACK_BECAUSE)}</strong> " " {t(r.reason.label())}
                        {(!r.note.is_empty()).then(|| view! { " — " <q>{r.note.clone()}</q> })}
                    </p>
                })}
                <div class="stock">
                    <span class="stock__label">{t(text::STOCK)} ":"</span>
                    <form method="post" action=ChangeStock::PATH class="stock__taps">
                        <input type="hidden" name="id" value=item.id/>
                        <input type="hidden" name="back" value=back.clone()/>
                        <button type="submit" name="delta" value="-1" class="stock__tap"
                            aria-label=format!("{} — {}", t(text::ONE_LESS), title)
                            disabled=item.on_hand == 0>"−"</button>
                        <output class="stock__count" class:stock__count--low=low>{item.on_hand}</output>
                        <button type="submit" name="delta" value="1" class="stock__tap"
                            aria-label=format!("{} — {}", t(text::ONE_MORE), title)>"+"</button>
                    </form>
                    <form method="post" action=ChangeStock::PATH class="stock__set">
                        <input type="hidden" name="id" value=item.id/>
                        <input type="hidden" name="back" value=back/>
                        <label class="visually-hidden" for=format!("stock-{}", item.id)>{t(text::COUNTED_STOCK)}</label>
                        <input id=format!("stock-{}", item.id) type="text" name="set_to"
                            inputmode="numeric" value=item.on_hand required/>
                        <button type="submit" class="button button--small">{t(text::SET)}</button>
                    </form>
                </div>
                {(item.held > 0).then(|| view! { <p class="stock__held">{text::held_unpaid(lang, item.held)}</p> })}
                {low.then(|| view! { <p class="stock__warn">"⚠ " {t(text::LOW_STOCK_WARNING)}</p> })}
            </div>
        </li>
    }
}
