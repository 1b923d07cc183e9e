//! `/review` and `/review/:id`: a district official's quality review of
//! the listings of groups in her scope.

use crate::catalog::text as catalog_text;
use crate::i18n::{t, text as common, use_lang};
use crate::listings::api::*;
use crate::listings::pages::{History, StatusBadge};
use crate::listings::text;
use crate::listings::types::{RejectReason, ReviewListing, ReviewQueueItem};
use crate::ui::forms::{form_error, FormError, Saved};
use crate::ui::price::PriceTag;
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ReviewQueuePage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::REVIEW_QUEUE), t(common::SITE_NAME))/>
        {loaded(get_review_queue, |items| view! { <Queue items/> })}
    }
}

#[component]
fn Queue(items: Vec<ReviewQueueItem>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="workspace">
            <h1>{t(text::REVIEW_QUEUE)}</h1>
            <p><a href="/monitor"><strong>{t(crate::monitoring::text::MONITOR)}</strong> " — " {t(crate::monitoring::text::NOW)} " ›"</a></p>
            <p><a href="/review/quotes">{t(crate::trade::text::UNANSWERED_QUOTES)} " ›"</a></p>
            <p><a href="/review/department-orders">{t(crate::procurement::text::DEPARTMENT_ORDERS)} " ›"</a></p>
            <p><a href="/review/purchase-rules">{t(crate::procurement::text::PURCHASE_RULES)} " ›"</a></p>
            <p>
                <a class="button button--quiet" href="/orders">{t(crate::orders::text::SCOPE_ORDERS)}</a> " "
                <a class="button button--quiet" href="/search/words">{t(crate::search::text::SEARCH_WORDS)}</a>
            </p>
            <Saved what="approved" message=text::APPROVED_SAVED/>
            <Saved what="rejected" message=text::REJECTED_SAVED/>
            <p class="muted">{text::waiting_count(lang, items.len())}</p>
            <ul class="sell-list" role="list">
                {items.into_iter().map(|item| view! {
                    <li class="sell-item">
                        <a class="sell-item__photo" href=format!("/review/{}", item.id) tabindex="-1" aria-hidden="true">
                            {item.cover.clone().map(|p| view! {
                                <img src=p.url() srcset=p.srcset() sizes="4.5rem" width=p.width height=p.height alt="" loading="lazy"/>
                            })}
                        </a>
                        <div class="sell-item__body">
                            <a class="sell-item__title" href=format!("/review/{}", item.id)>{item.title.get(lang).to_string()}</a>
                            <p class="sell-item__meta">{item.group.get(lang).to_string()} ", " {item.district.get(lang).to_string()}</p>
                            <PriceTag price=item.price market_price=item.market_price/>
                            {item.submitted_at.map(|at| view! {
                                <p class="muted">{t(text::SENT_AT)} " " {crate::dates::date_time(at, lang)}</p>
                            })}
                        </div>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn ReviewListingPage() -> impl IntoView {
    let id = use_params_map().read_untracked().get("id").and_then(|id| id.parse::<i64>().ok());
    loaded(
        move || async move {
            match id {
                Some(id) => get_listing_for_review(id).await,
                None => Err(crate::error::AppError::NotFound),
            }
        },
        |listing| view! { <ReviewView listing/> },
    )
}

#[component]
fn ReviewView(listing: ReviewListing) -> impl IntoView {
    let lang = use_lang();
    let title = listing.title.get(lang).to_string();
    let in_review = listing.status == crate::catalog::types::ListingStatus::InReview;
    let id = listing.id;
    let hsn_matches = listing.hsn_hint.as_deref().is_none_or(|h| listing.hsn.starts_with(&h[..h.len().min(4)]));
    view! {
        <Title text=format!("{title} · {}", t(text::REVIEW_QUEUE))/>
        <section class="editor">
            <p class="workspace__back"><a href="/review">"‹ " {t(text::REVIEW_QUEUE)}</a></p>
            <h1>{title.clone()}</h1>
            <p><StatusBadge status=listing.status/> " "
                <a href=format!("/g/{}", listing.group_slug)>{listing.group.get(lang).to_string()}</a>
                ", " {listing.place.get(lang).to_string()}</p>
            <ul class="review-photos" role="list">
                {listing.photos.iter().enumerate().map(|(i, p)| view! {
                    <li><a href=p.url()><img src=p.url() srcset=p.srcset() sizes="(min-width: 40rem) 20rem, 100vw"
                        width=p.width height=p.height alt=format!("{title} — {} {}", t(text::PHOTO), i + 1)/></a></li>
                }).collect_view()}
            </ul>
            <PriceTag price=listing.price market_price=listing.market_price large=true/>
            <dl class="facts">
                <dt>{t(text::CATEGORY)}</dt><dd>{listing.category.get(lang).to_string()}</dd>
                <dt>{t(catalog_text::UNIT)}</dt><dd>{listing.unit.get(lang).to_string()}</dd>
                <dt>{t(catalog_text::HSN_CODE)}</dt>
                <dd>{listing.hsn.clone()}
                    {(!hsn_matches).then(|| view! { " " <span class="badge badge--rejected">{t(text::HSN_DIFFERS)}</span> })}
                    {listing.hsn_hint.clone().map(|h| view! { " " <small>{text::category_hsn(lang, &h)}</small> })}</dd>
                <dt>{t(catalog_text::GST_RATE)}</dt><dd>{listing.gst_rate.map(|r| r.display()).unwrap_or_default()}</dd>
                <dt>{t(catalog_text::WEIGHT)}</dt><dd>{listing.weight_grams} " g"</dd>
                <dt>{t(catalog_text::MIN_ORDER)}</dt><dd>{listing.min_order_qty}</dd>
                <dt>{t(text::STOCK)}</dt><dd>{listing.on_hand}</dd>
                {(!listing.tiers.is_empty()).then(|| view! {
                    <dt>{t(catalog_text::WHOLESALE_TIERS)}</dt>
                    <dd>{listing.tiers.iter().map(|tier| format!("{}+ : {}", tier.min_qty, tier.unit_price.format(lang))).collect::<Vec<_>>().join(" · ")}</dd>
                })}
            </dl>
            <h2>{t(catalog_text::DESCRIPTION)}</h2>
            <div class="bilingual">
                <p lang="hi">{listing.description.hi.clone()}</p>
                {(!listing.description.en.is_empty()).then(|| view! { <p lang="en">{listing.description.en.clone()}</p> })}
            </div>
            {in_review.then(|| view! {
                <section class="panel" aria-labelledby="decide-heading">
                    <h2 id="decide-heading">{t(text::DECISION)}</h2>
                    <FormError error={form_error::<ApproveListing>()}/>
                    <form method="post" action=ApproveListing::PATH class="stack">
                        <input type="hidden" name="id" value=id/>
                        <label class="field"><span>{t(text::NOTE_FOR_GROUP)} " " <small>{t(text::OPTIONAL)}</small></span>
                            <input type="text" name="note" maxlength="500"/></label>
                        <button type="submit" class="button">{t(text::APPROVE)}</button>
                    </form>
                    <FormError error={form_error::<RejectListing>()}/>
                    <form method="post" action=RejectListing::PATH class="stack reject-form">
                        <input type="hidden" name="id" value=id/>
                        <fieldset>
                            <legend>{t(text::REJECT_BECAUSE)}</legend>
                            {RejectReason::ALL.into_iter().map(|r| view! {
                                <label class="radio"><input type="radio" name="reason" value=r.code() required/>
                                    <span>{t(r.label())}</span></label>
                            }).collect_view()}
                        </fieldset>
                        <label class="field"><span>{t(text::NOTE_FOR_GROUP)}</span>
                            <textarea name="note" maxlength="500" rows="3" placeholder=t(text::REJECT_NOTE_PLACEHOLDER)></textarea></label>
                        <button type="submit" class="button button--danger">{t(text::REJECT)}</button>
                    </form>
                </section>
            })}
            <section class="panel" aria-labelledby="history-heading">
                <h2 id="history-heading">{t(text::HISTORY)}</h2>
                <History events=listing.history/>
            </section>
        </section>
    }
}
