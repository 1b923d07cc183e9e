//! Catalogue server functions. The storefront is public: anyone, signed in
//! or not, may read live listings, and nothing here can read a listing that
//! is not live.

use crate::catalog::types::*;
use crate::error::AppError;
use leptos::prelude::*;

/// The catalogue's category and place counts, from the per-process cache.
/// Counts from before the latest change (they are recomputed at most once
/// a minute) may be shown, but the page is then not kept by the page cache.
#[cfg(feature = "ssr")]
async fn overview() -> Result<CatalogOverview, AppError> {
    use crate::catalog::store;
    let state = crate::state::app_state()?;
    let db = state.db.clone();
    let version = store::catalogue_version(&db).await?;
    let (overview, current) = state
        .overview
        .get(version, || async move {
            Ok::<_, AppError>(CatalogOverview {
                categories: store::category_trees(&db).await?,
                places: store::places(&db).await?,
                group_count: crate::groups::store::count_groups(&db).await?,
            })
        })
        .await?;
    if !current {
        crate::state::provisional();
    }
    Ok(overview)
}

/// Categories, featured products and places for the home page.
#[server(prefix = "/api", endpoint = "home")]
pub async fn get_home_page() -> Result<HomePage, AppError> {
    use crate::state::{db, respond};
    respond(
        async {
            let overview = overview().await?;
            Ok(HomePage {
                categories: overview.categories,
                featured: crate::catalog::store::featured(&db()?, 8).await?,
                places: overview.places,
                group_count: overview.group_count,
            })
        }
        .await,
    )
}

/// One page of live products matching the filters.
#[server(prefix = "/api", endpoint = "listing")]
pub async fn get_listing(query: ListingQuery) -> Result<ListingPage, AppError> {
    use crate::state::{db, respond};
    respond(async { Ok(crate::catalog::store::list_products(&db()?, &query.checked()?).await?) }.await)
}

/// The choices a listing's filter panel offers.
#[server(prefix = "/api", endpoint = "facets")]
pub async fn get_listing_facets() -> Result<ListingFacets, AppError> {
    use crate::state::respond;
    respond(
        async {
            let overview = overview().await?;
            Ok(ListingFacets { categories: overview.categories, places: overview.places })
        }
        .await,
    )
}

/// A category by slug (404 when unknown).
#[server(prefix = "/api", endpoint = "category")]
pub async fn get_category(slug: String) -> Result<CategoryCrumb, AppError> {
    use crate::state::{db, respond};
    respond(async { crate::catalog::store::category_by_slug(&db()?, &slug).await?.ok_or(AppError::NotFound) }.await)
}

/// A live product by slug (404 when unknown or not live).
#[server(prefix = "/api", endpoint = "product")]
pub async fn get_product(slug: String) -> Result<ProductDetail, AppError> {
    use crate::state::{db, respond};
    respond(async { crate::catalog::store::live_product_by_slug(&db()?, &slug).await?.ok_or(AppError::NotFound) }.await)
}
