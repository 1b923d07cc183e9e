//! `/sell/new` and `/sell/:id`: a listing, step by step — category, names,
//! unit and prices, tax and weight, wholesale, stock — then its photos,
//! the review, and its history.

use crate::catalog::tax::GstRate;
use crate::catalog::types::ListingStatus;
use crate::i18n::{t, text as common, use_lang, Tr};
use crate::listings::api::*;
use crate::listings::pages::{History, StatusBadge};
use crate::listings::rules;
use crate::listings::text;
use crate::listings::types::{CategoryChoice, EditableListing, ListingEditor, ListingForm, ListingPhoto};
use crate::listings::upload::PhotoUpload;
use crate::money::{saving, Money};
use crate::ui::forms::{form_error, FormError, Saved};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn NewListingPage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::ADD_LISTING), t(common::SITE_NAME))/>
        {loaded(|| get_listing_editor(None), |editor| view! { <Editor editor/> })}
    }
}

#[component]
pub fn EditListingPage() -> impl IntoView {
    let id = use_params_map().read_untracked().get("id").and_then(|id| id.parse::<i64>().ok());
    loaded(
        move || async move {
            match id {
                Some(id) => get_listing_editor(Some(id)).await,
                None => Err(crate::error::AppError::NotFound),
            }
        },
        |editor| view! { <Editor editor/> },
    )
}

#[component]
fn Editor(editor: ListingEditor) -> impl IntoView {
    let lang = use_lang();
    let listing = editor.listing.clone();
    let heading = listing.as_ref().map_or_else(|| t(text::ADD_LISTING).to_string(), |l| l.title.get(lang).to_string());
    view! {
        <Title text=format!("{heading} · {}", t(common::SITE_NAME))/>
        <section class="editor">
            <p class="workspace__back"><a href="/sell">"‹ " {t(text::MY_LISTINGS)}</a></p>
            <h1>{heading}</h1>
            {listing.clone().map(|l| view! { <StatusPanel listing=l/> })}
            <Saved what="created" message=text::CREATED_ADD_PHOTOS/>
            <Saved what="listing" message=text::LISTING_SAVED/>
            <Saved what="back_to_review" message=text::BACK_TO_REVIEW_SAVED/>
            <Saved what="copy" message=text::COPY_MADE/>
            {listing.clone().map(|l| view! { <PhotosPanel listing=l/> })}
            <ListingFormView listing=listing.clone() categories=editor.categories draft=editor.draft/>
            {listing.map(|l| view! {
                <section class="panel" aria-labelledby="history-heading">
                    <h2 id="history-heading">{t(text::HISTORY)}</h2>
                    <History events=l.history/>
                </section>
            })}
        </section>
    }
}

/// Where the listing stands and what can be done next.
#[component]
fn StatusPanel(listing: EditableListing) -> impl IntoView {
    let id = listing.id;
    let status = listing.status;
    let next = match status {
        ListingStatus::Draft => text::NEXT_DRAFT,
        ListingStatus::InReview => text::NEXT_IN_REVIEW,
        ListingStatus::Live => text::NEXT_LIVE,
        ListingStatus::Paused => text::NEXT_PAUSED,
        ListingStatus::Rejected => text::NEXT_REJECTED,
    };
    view! {
        <section class="panel status-panel" aria-labelledby="status-heading">
            <h2 id="status-heading" class="visually-hidden">{t(text::STATUS)}</h2>
            <p><StatusBadge status/> " " {t(next)}</p>
            {listing.rejection.map(|r| view! {
                <div class="reason" role="note">
                    <p><strong>{t(text::SENT_BACK_BECAUSE)}</strong></p>
                    <p>{t(r.reason.label())}</p>
                    {(!r.note.is_empty()).then(|| view! { <p><q>{r.note.clone()}</q></p> })}
                </div>
            })}
            <Saved what="submitted" message=text::SUBMITTED/>
            <Saved what="paused" message=text::PAUSED/>
            <Saved what="resumed" message=text::RESUMED/>
            <FormError error={form_error::<SubmitListing>()}/>
            <FormError error={form_error::<PauseListing>()}/>
            <FormError error={form_error::<ResumeListing>()}/>
            <FormError error={form_error::<DuplicateListing>()}/>
            <div class="status-panel__actions">
                {matches!(status, ListingStatus::Draft | ListingStatus::Rejected).then(|| view! {
                    <form method="post" action=SubmitListing::PATH>
                        <input type="hidden" name="id" value=id/>
                        <button type="submit" class="button">{t(text::SUBMIT_FOR_REVIEW)}</button>
                    </form>
                })}
                {(status == ListingStatus::Live).then(|| view! {
                    <a class="button button--quiet" href=format!("/p/{}", listing.slug)>{t(text::SEE_ON_STOREFRONT)}</a>
                    <form method="post" action=PauseListing::PATH>
                        <input type="hidden" name="id" value=id/>
                        <button type="submit" class="button button--quiet">{t(text::PAUSE)}</button>
                    </form>
                })}
                {(status == ListingStatus::Paused).then(|| view! {
                    <form method="post" action=ResumeListing::PATH>
                        <input type="hidden" name="id" value=id/>
                        <button type="submit" class="button">{t(text::RESUME)}</button>
                    </form>
                })}
                <form method="post" action=DuplicateListing::PATH>
                    <input type="hidden" name="id" value=id/>
                    <button type="submit" class="button button--quiet">{t(text::DUPLICATE)}</button>
                </form>
            </div>
        </section>
    }
}

#[component]
fn PhotosPanel(listing: EditableListing) -> impl IntoView {
    let lang = use_lang();
    let id = listing.id;
    let count = listing.photos.len();
    view! {
        <section class="panel" id="photos" aria-labelledby="photos-heading">
            <h2 id="photos-heading">{t(text::PHOTOS)} " (" {count} "/" {rules::MAX_PHOTOS} ")"</h2>
            <Saved what="photos" message=text::PHOTOS_ADDED/>
            <Saved what="photos_review" message=text::PHOTOS_ADDED_REVIEW/>
            <Saved what="photo_order" message=text::PHOTOS_CHANGED/>
            <FormError error={form_error::<ChangePhoto>()}/>
            {(count == 0).then(|| view! { <p class="muted">{t(text::NO_PHOTOS_YET)}</p> })}
            <ol class="photo-grid" role="list">
                {listing.photos.iter().enumerate().map(|(i, p)| view! { <PhotoTile id index=i count photo=p.clone()/> }).collect_view()}
            </ol>
            {(count < rules::MAX_PHOTOS).then(|| view! {
                <PhotoUpload listing_id=id lang error={form_error::<UploadPhotos>().map(|e| e.message(lang))}/>
            })}
            <p class="hint">{t(text::PHOTO_HINT)}</p>
        </section>
    }
}

#[component]
fn PhotoTile(id: i64, index: usize, count: usize, photo: ListingPhoto) -> impl IntoView {
    let button = move |how: &'static str, label: Tr, symbol: &'static str, show: bool| {
        show.then(|| view! {
            <form method="post" action=ChangePhoto::PATH>
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="photo_id" value=photo.id/>
                <input type="hidden" name="how" value=how/>
                <button type="submit" class="photo-tile__button" title=t(label) aria-label=format!("{} {}", t(label), index + 1)>
                    {symbol}
                </button>
            </form>
        })
    };
    let p = photo.photo.clone();
    view! {
        <li class="photo-tile">
            <img src=p.url() srcset=p.srcset() sizes="9rem" width=p.width height=p.height alt=format!("{} {}", t(text::PHOTO), index + 1) loading="lazy"/>
            {(index == 0).then(|| view! { <span class="photo-tile__cover">{t(text::COVER)}</span> })}
            <div class="photo-tile__actions">
                {button("earlier", text::MOVE_EARLIER, "←", index > 0)}
                {button("cover", text::MAKE_COVER, "★", index > 0)}
                {button("later", text::MOVE_LATER, "→", index + 1 < count)}
                {button("delete", text::DELETE_PHOTO, "✕", true)}
            </div>
        </li>
    }
}

/// The listing form, in numbered steps. Plain HTML checks (required,
/// ranges) catch most slips before the form is even sent, with or
/// without JavaScript; the server checks everything again.
#[component]
fn ListingFormView(
    listing: Option<EditableListing>,
    categories: Vec<CategoryChoice>,
    draft: Option<ListingForm>,
) -> impl IntoView {
    let lang = use_lang();
    let id = listing.as_ref().map(|l| l.id);
    let status = listing.as_ref().map(|l| l.status);
    let error = form_error::<SaveListing>();
    // Coming back from a refused save: the form as she typed it.
    let draft = draft.filter(|_| error.is_some());
    let f: ListingForm = draft.or_else(|| listing.map(|l| l.form)).unwrap_or_else(|| ListingForm {
        min_order_qty: "1".into(),
        low_stock_at: rules::DEFAULT_LOW_STOCK_AT.to_string(),
        capacity_days: rules::DEFAULT_CAPACITY_DAYS.to_string(),
        gst_rate: "5".into(),
        ..Default::default()
    });
    let chosen = f.category_id.parse::<i64>().ok();
    let hint = categories.iter().find(|c| Some(c.id) == chosen).and_then(|c| c.hsn_hint.clone());
    let saving_line = match (Money::parse_price(&f.price), Money::parse_price(&f.market_price)) {
        (Ok(price), Ok(market)) => saving(price, market).map(|s| text::shopper_sees_saving(lang, s.percent)),
        _ => None,
    };
    // Group the categories under their parents, as the storefront shows them.
    let mut groups: Vec<(String, Vec<CategoryChoice>)> = Vec::new();
    for c in categories {
        let parent = c.parent.as_ref().map(|p| p.get(lang).to_string()).unwrap_or_default();
        match groups.last_mut() {
            Some((name, items)) if *name == parent => items.push(c),
            _ => groups.push((parent, vec![c])),
        }
    }
    let field = |name: &'static str| format!("listing[{name}]");
    let tier = |n: usize, qty: String, price: String| {
        view! {
            <div class="tier-row">
                <label class="field"><span>{t(text::FROM_QTY)} " " {n}</span>
                    <input type="text" name=field(["tier1_qty", "tier2_qty", "tier3_qty"][n - 1]) value=qty inputmode="numeric"/></label>
                <label class="field"><span>{t(text::PRICE_PER_UNIT_RS)}</span>
                    <input type="text" name=field(["tier1_price", "tier2_price", "tier3_price"][n - 1]) value=price inputmode="decimal"/></label>
            </div>
        }
    };
    view! {
        <FormError error/>
        {matches!(status, Some(ListingStatus::Live | ListingStatus::Paused)).then(|| view! {
            <p class="notice" role="note">{t(text::LIVE_EDIT_RULE)}</p>
        })}
        <form method="post" action=SaveListing::PATH class="listing-form">
            {id.map(|id| view! { <input type="hidden" name="id" value=id/> })}
            <fieldset class="step">
                <legend><span class="step__n">"1"</span> {t(text::STEP_CATEGORY)}</legend>
                <label class="field"><span>{t(text::CATEGORY)}</span>
                    <select name=field("category_id") required>
                        <option value="" selected=chosen.is_none()>{t(text::CHOOSE_CATEGORY)}</option>
                        {groups.into_iter().map(|(parent, items)| view! {
                            <optgroup label=parent>
                                {items.into_iter().map(|c| {
                                    let label = match &c.hsn_hint {
                                        Some(h) => format!("{} (HSN {h})", c.name.get(lang)),
                                        None => c.name.get(lang).to_string(),
                                    };
                                    view! { <option value=c.id selected=Some(c.id) == chosen>{label}</option> }
                                }).collect_view()}
                            </optgroup>
                        }).collect_view()}
                    </select>
                </label>
            </fieldset>
            <fieldset class="step">
                <legend><span class="step__n">"2"</span> {t(text::STEP_NAMES)}</legend>
                <label class="field"><span>{t(text::TITLE_HI)}</span>
                    <input type="text" name=field("title_hi") value=f.title_hi required minlength="3" maxlength="80" lang="hi"
                        placeholder="आम का अचार"/></label>
                <label class="field"><span>{t(text::TITLE_EN)} " " <small>{t(text::OPTIONAL)}</small></span>
                    <input type="text" name=field("title_en") value=f.title_en maxlength="80" lang="en" placeholder="Mango pickle"/></label>
                <label class="field"><span>{t(text::DESCRIPTION_HI)}</span>
                    <textarea name=field("description_hi") required minlength="20" maxlength="2000" rows="4" lang="hi"
                        placeholder=t(text::DESCRIPTION_PLACEHOLDER)>{f.description_hi}</textarea></label>
                <label class="field"><span>{t(text::DESCRIPTION_EN)} " " <small>{t(text::OPTIONAL)}</small></span>
                    <textarea name=field("description_en") maxlength="2000" rows="3" lang="en">{f.description_en}</textarea></label>
            </fieldset>
            <fieldset class="step">
                <legend><span class="step__n">"3"</span> {t(text::STEP_PRICE)}</legend>
                <div class="pair">
                    <label class="field"><span>{t(text::UNIT_HI)}</span>
                        <input type="text" name=field("unit_hi") value=f.unit_hi required maxlength="30" placeholder="500 ग्राम जार"/></label>
                    <label class="field"><span>{t(text::UNIT_EN)} " " <small>{t(text::OPTIONAL)}</small></span>
                        <input type="text" name=field("unit_en") value=f.unit_en maxlength="30" placeholder="500 g jar"/></label>
                </div>
                <div class="pair">
                    <label class="field"><span>{t(text::GROUP_PRICE_RS)}</span>
                        <input type="text" name=field("price") value=f.price required inputmode="decimal" placeholder="120"/></label>
                    <label class="field"><span>{t(text::MARKET_PRICE_RS)}</span>
                        <input type="text" name=field("market_price") value=f.market_price required inputmode="decimal" placeholder="160"/></label>
                </div>
                <p class="hint">{saving_line.unwrap_or_else(|| t(text::MARKET_PRICE_HELP).to_string())}</p>
            </fieldset>
            <fieldset class="step">
                <legend><span class="step__n">"4"</span> {t(text::STEP_TAX)}</legend>
                <div class="pair">
                    <label class="field"><span>{t(text::HSN)}</span>
                        <input type="text" name=field("hsn") value=f.hsn inputmode="numeric" pattern="[0-9०-९. ]{4,10}" maxlength="10"
                            placeholder=hint.clone().unwrap_or_else(|| "2001".into())/></label>
                    <label class="field"><span>{t(text::GST_RATE)}</span>
                        <select name=field("gst_rate") required>
                            {crate::catalog::tax::GST_RATES_BP.iter().map(|bp| {
                                let rate = GstRate::from_basis_points(i64::from(*bp)).map(|r| r.display()).unwrap_or_default();
                                let value = rate.trim_end_matches('%').to_string();
                                let selected = value == f.gst_rate;
                                view! { <option value=value selected=selected>{rate}</option> }
                            }).collect_view()}
                        </select></label>
                </div>
                <p class="hint">{t(text::HSN_HELP)} {hint.map(|h| view! { " " <strong>{text::category_hsn(lang, &h)}</strong> })}</p>
                <label class="field"><span>{t(text::WEIGHT_GRAMS)}</span>
                    <input type="text" name=field("weight_grams") value=f.weight_grams required inputmode="numeric" placeholder="650"/></label>
                <label class="field"><span>{t(text::SIZE_CM)} " " <small>{t(text::OPTIONAL)}</small></span>
                    <input type="text" name=field("size_cm") value=f.size_cm maxlength="20" placeholder="60 x 40 x 30"/></label>
                <p class="hint">{t(text::SIZE_HELP)}</p>
            </fieldset>
            <fieldset class="step">
                <legend><span class="step__n">"5"</span> {t(text::STEP_WHOLESALE)}</legend>
                <label class="field"><span>{t(text::MIN_ORDER)}</span>
                    <input type="text" name=field("min_order_qty") value=f.min_order_qty inputmode="numeric"/></label>
                <p class="hint">{t(text::TIERS_HELP)}</p>
                {tier(1, f.tier1_qty, f.tier1_price)}
                {tier(2, f.tier2_qty, f.tier2_price)}
                {tier(3, f.tier3_qty, f.tier3_price)}
            </fieldset>
            <fieldset class="step">
                <legend><span class="step__n">"6"</span> {t(text::STEP_STOCK)}</legend>
                <div class="pair">
                    <label class="field"><span>{t(text::STOCK_NOW)}</span>
                        <input type="text" name=field("stock") value=f.stock required inputmode="numeric"/></label>
                    <label class="field"><span>{t(text::WARN_AT)}</span>
                        <input type="text" name=field("low_stock_at") value=f.low_stock_at inputmode="numeric"/></label>
                </div>
                <p class="hint">{t(text::CAPACITY_HELP)}</p>
                <div class="pair">
                    <label class="field"><span>{t(text::WEEKLY_CAPACITY)} " " <small>{t(text::OPTIONAL)}</small></span>
                        <input type="text" name=field("weekly_capacity") value=f.weekly_capacity inputmode="numeric" placeholder="0"/></label>
                    <label class="field"><span>{t(text::CAPACITY_DAYS)}</span>
                        <input type="text" name=field("capacity_days") value=f.capacity_days inputmode="numeric"/></label>
                </div>
                <label class="field"><span>{t(text::PACK_SIZE)} " " <small>{t(text::OPTIONAL)}</small></span>
                    <input type="text" name=field("pack_size") value=f.pack_size inputmode="numeric" placeholder="1"/>
                    <small class="hint">{t(text::PACK_SIZE_HELP)}</small></label>
            </fieldset>
            <button type="submit" class="button button--wide">{if id.is_some() { t(text::SAVE_CHANGES) } else { t(text::SAVE_AND_ADD_PHOTOS) }}</button>
        </form>
    }
}
