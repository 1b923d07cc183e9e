//! Listing pages: a category, all products, search results, and (through
//! [`ListingSection`]) a group's products. Filters are a plain GET form, so
//! they work without JavaScript; every link keeps the other filters.

use crate::catalog::api::{get_category, get_listing, get_listing_facets};
use crate::catalog::query::{listing_href, parse_listing_params, unknown_place};
use crate::catalog::text;
use crate::catalog::types::*;
use crate::i18n::{t, text as common, use_lang, Text};
use crate::ui::pagination::Pagination;
use crate::ui::product_card::ProductGrid;
use crate::ui::status::{loaded, Notices};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

/// The filters in the address bar, parsed, with notices about what was ignored.
fn query_from_address() -> (ListingQuery, Vec<Text>) {
    let params = use_query_map().read_untracked().clone();
    parse_listing_params(params.latest_values().map(|(k, v)| (k.as_ref(), v)))
}

/// Drops a state or district the catalogue does not know, with a notice.
fn check_places(query: &mut ListingQuery, facets: &ListingFacets, notices: &mut Vec<Text>) {
    if let Some(state) = query.state.clone() {
        if !facets.places.iter().any(|s| s.slug == state) {
            notices.push(unknown_place(&state));
            query.state = None;
        }
    }
    if let Some(district) = query.district.clone() {
        if !facets.places.iter().flat_map(|s| &s.districts).any(|d| d.slug == district) {
            notices.push(unknown_place(&district));
            query.district = None;
        }
    }
}

#[component]
pub fn AllProductsPage() -> impl IntoView {
    view! { <ListingSection heading=common::ALL_PRODUCTS.to_text() base=ListingQuery::default() show_filters=true/> }
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let lang = use_lang();
    let (query, _) = query_from_address();
    match query.search {
        Some(words) => {
            let heading = Text::new(
                format!("{} “{words}”", text::SEARCH_RESULTS_FOR.hi),
                format!("{} “{words}”", text::SEARCH_RESULTS_FOR.en),
            );
            view! { <ListingSection heading base=ListingQuery::default() show_filters=true/> }.into_any()
        }
        None => view! {
            <Title text=format!("{} · {}", t(common::SEARCH), t(common::SITE_NAME))/>
            <section class="status-page">
                <h1>{t(common::SEARCH)}</h1>
                <p>{text::SEARCH_EMPTY.get(lang)}</p>
            </section>
        }
        .into_any(),
    }
}

#[component]
pub fn CategoryPage() -> impl IntoView {
    let slug = use_params_map().read_untracked().get("slug").unwrap_or_default();
    loaded(
        move || get_category(slug.clone()),
        |crumb: CategoryCrumb| {
            let base = ListingQuery { category: Some(crumb.slug.clone()), ..Default::default() };
            view! { <ListingSection heading=crumb.name.clone() base show_filters=true crumb/> }
        },
    )
}

/// A heading, filters and one page of products. `base` fixes what the page
/// itself stands for (its category or group); the address adds the rest.
#[component]
pub fn ListingSection(
    heading: Text,
    base: ListingQuery,
    show_filters: bool,
    #[prop(optional)] crumb: Option<CategoryCrumb>,
    /// Inside another page (a group's): no page title, an `h2` heading.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let (mut query, notices) = query_from_address();
    query.category = base.category.clone();
    query.group = base.group.clone();
    let lang = use_lang();
    let title = heading.get(lang).to_string();
    let load = move || {
        let (mut query, mut notices) = (query.clone(), notices.clone());
        async move {
            let facets = get_listing_facets().await?;
            check_places(&mut query, &facets, &mut notices);
            let page = get_listing(query.clone()).await?;
            Ok((query, notices, facets, page))
        }
    };
    let page_title = format!("{title} · {}", t(common::SITE_NAME));
    let render = move |(query, notices, facets, page)| {
        let (path, title, crumb) = (path.clone(), title.clone(), crumb.clone());
        view! { <ListingBody title path query page facets notices show_filters crumb nested/> }
    };
    view! {
        {(!nested).then(|| view! { <Title text=page_title/> })}
        {loaded(load, render)}
    }
}

#[component]
fn ListingBody(
    title: String,
    path: String,
    query: ListingQuery,
    page: ListingPage,
    facets: ListingFacets,
    notices: Vec<Text>,
    show_filters: bool,
    crumb: Option<CategoryCrumb>,
    nested: bool,
) -> impl IntoView {
    let lang = use_lang();
    let page_count = page.page_count();
    let past_end = page.items.is_empty() && page.total > 0;
    let searching = query.search.is_some();
    let results = if page.total == 0 {
        // A search that found nothing says what to try; the category chips
        // above are the way to browse instead.
        let hint = if searching { text::SEARCH_NOTHING } else { text::NO_RESULTS };
        view! { <p class="empty">{t(hint)}</p> }.into_any()
    } else if past_end {
        view! {
            <p class="empty">
                {t(text::PAGE_PAST_END)} " " <a href=listing_href(&path, &query, 1)>{t(text::FIRST_PAGE)}</a>
            </p>
        }
        .into_any()
    } else {
        view! { <ProductGrid products=page.items/> }.into_any()
    };
    view! {
        {crumb.clone().map(|crumb| view! {
            <nav class="crumbs" aria-label="breadcrumb">
                <a href="/">{t(common::HOME)}</a>
                {crumb.parent.map(|(slug, name)| view! { " › " <a href=format!("/c/{slug}")>{name.get(lang).to_string()}</a> })}
            </nav>
        })}
        <header class="listing-head">
            {if nested { view! { <h2>{title}</h2> }.into_any() } else { view! { <h1>{title}</h1> }.into_any() }}
            <p class="listing-head__count">
                {crate::money::group_indian(page.total.max(0) as u128)} {page.more.then_some("+")} " " {t(text::RESULTS)}
            </p>
        </header>
        <Notices notices/>
        {page.note.corrected.clone().map(|corrected| view! {
            <p class="search-note">{t(text::SHOWING_RESULTS_FOR)} " " <strong>{corrected}</strong></p>
        })}
        // A group's page lists its own products: site-wide category links would mislead there.
        {(!nested).then(|| view! { <CategoryChips facets=facets.clone() current=query.category.clone()/> })}
        <div class="listing" class:listing--with-filters=show_filters>
            {show_filters.then(|| view! { <FilterForm path=path.clone() query=query.clone() facets=facets.clone()/> })}
            <div class="listing__results">
                {results}
                <Pagination path=path.clone() query=query.clone() page=page.page page_count/>
            </div>
        </div>
    }
}

/// Links to the subcategories of the current category (or the top-level
/// categories on pages that have none).
#[component]
fn CategoryChips(facets: ListingFacets, current: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let (parent, chips): (Option<Category>, Vec<Category>) = match &current {
        None => (None, facets.categories.iter().map(|tree| tree.category.clone()).collect()),
        Some(slug) => {
            let tree = facets
                .categories
                .iter()
                .find(|tree| &tree.category.slug == slug || tree.children.iter().any(|c| &c.slug == slug));
            match tree {
                Some(tree) => (Some(tree.category.clone()), tree.children.clone()),
                None => (None, Vec::new()),
            }
        }
    };
    (!chips.is_empty()).then(|| {
        view! {
            <nav class="chips" aria-label=t(text::SUBCATEGORIES)>
                {parent.map(|parent| {
                    let selected = current.as_deref() == Some(parent.slug.as_str());
                    view! {
                        <a class="chip" class:chip--current=selected href=format!("/c/{}", parent.slug)
                            aria-current=selected.then_some("page")>
                            {t(text::ALL_IN)} " " {parent.name.get(lang).to_string()}
                        </a>
                    }
                })}
                {chips.into_iter().filter(|c| c.live_products > 0).map(|chip| {
                    let selected = current.as_deref() == Some(chip.slug.as_str());
                    view! {
                        <a class="chip" class:chip--current=selected href=format!("/c/{}", chip.slug)
                            aria-current=selected.then_some("page")>
                            {chip.name.get(lang).to_string()} <span class="chip__count">{chip.live_products}</span>
                        </a>
                    }
                }).collect_view()}
            </nav>
        }
    })
}

/// The filter panel: a GET form back to the same page.
#[component]
fn FilterForm(path: String, query: ListingQuery, facets: ListingFacets) -> impl IntoView {
    let lang = use_lang();
    let rupees = |m: Option<crate::money::Money>| m.map(|m| m.rupees().normalize().to_string()).unwrap_or_default();
    let sort_label = |sort: Sort| match sort {
        Sort::Recommended => t(text::SORT_RECOMMENDED),
        Sort::PriceLowToHigh => t(text::SORT_PRICE_ASC),
        Sort::PriceHighToLow => t(text::SORT_PRICE_DESC),
        Sort::Newest => t(text::SORT_NEWEST),
        Sort::BiggestSaving => t(text::SORT_SAVING),
    };
    let clear_href = listing_href(&path, &ListingQuery { search: query.search.clone(), ..Default::default() }, 1);
    let active = [
        query.min_price.is_some(),
        query.max_price.is_some(),
        query.state.is_some(),
        query.district.is_some(),
        query.in_stock_only,
        query.sort != Sort::Recommended,
    ]
    .into_iter()
    .filter(|on| *on)
    .count();
    view! {
        // A <details> so that on a phone the filters fold away above the
        // results (no JavaScript needed); wide screens always show them.
        <details class="filter-panel" open={active > 0}>
            <summary class="filter-panel__toggle">
                {t(text::FILTERS)} {(active > 0).then(|| format!(" ({active})"))}
            </summary>
        <form class="filters" method="get" action=path.clone() aria-label=t(text::FILTERS)>
            <h2 class="filters__title">{t(text::FILTERS)}</h2>
            {query.search.clone().map(|q| view! { <input type="hidden" name="q" value=q/> })}
            <fieldset class="filters__price">
                <legend>{t(text::PRICE_RANGE)}</legend>
                <label>
                    <span>{t(text::MIN)}</span>
                    <input type="text" inputmode="decimal" name="min" value=rupees(query.min_price) size="6" placeholder="0"/>
                </label>
                <label>
                    <span>{t(text::MAX)}</span>
                    <input type="text" inputmode="decimal" name="max" value=rupees(query.max_price) size="6"/>
                </label>
            </fieldset>
            <label class="filters__field">
                <span>{t(text::STATE)}</span>
                <select name="state">
                    <option value="">{t(text::ANY_STATE)}</option>
                    {facets.places.iter().map(|state| view! {
                        <option value=state.slug.clone() selected=query.state.as_deref() == Some(state.slug.as_str())>
                            {state.name.get(lang).to_string()}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <label class="filters__field">
                <span>{t(text::DISTRICT)}</span>
                <select name="district">
                    <option value="">{t(text::ANY_DISTRICT)}</option>
                    {facets.places.iter().map(|state| view! {
                        <optgroup label=state.name.get(lang).to_string()>
                            {state.districts.iter().map(|d| view! {
                                <option value=d.slug.clone() selected=query.district.as_deref() == Some(d.slug.as_str())>
                                    {d.name.get(lang).to_string()}
                                </option>
                            }).collect_view()}
                        </optgroup>
                    }).collect_view()}
                </select>
            </label>
            <label class="filters__check">
                <input type="checkbox" name="stock" value="1" checked=query.in_stock_only/>
                <span>{t(text::IN_STOCK_ONLY)}</span>
            </label>
            <label class="filters__field">
                <span>{t(text::SORT_BY)}</span>
                <select name="sort">
                    {Sort::ALL.into_iter().map(|sort| view! {
                        <option value=sort.code() selected=query.sort == sort>{sort_label(sort)}</option>
                    }).collect_view()}
                </select>
            </label>
            <div class="filters__actions">
                <button type="submit" class="button">{t(text::APPLY)}</button>
                <a href=clear_href>{t(text::CLEAR)}</a>
            </div>
        </form>
        </details>
    }
}
