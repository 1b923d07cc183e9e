//! Cart server functions. Anyone may keep a cart: a visitor's lives under
//! her cart cookie, a signed-in person's under her account. Nobody can
//! reach another's cart: the cart is found from the caller, never from an
//! id the browser sends.

use crate::cart::types::CartView;
use crate::error::AppError;
use leptos::prelude::*;

/// The cart cookie's name (the `__Host-` form over https).
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-haat_cart"
    } else {
        "haat_cart"
    }
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use super::cookie_name;
    use crate::accounts::access;
    use crate::accounts::session::ssr::{new_token, token_hash, token_in_cookie_header};
    use crate::cart::store::{self, Owner};
    use crate::error::AppError;
    use crate::state::app_state;
    use leptos::prelude::*;

    /// The cart token in this request's cookies, if any.
    pub fn cart_token() -> Option<String> {
        let secure = app_state().ok()?.config.secure_cookies;
        let parts = use_context::<http::request::Parts>()?;
        parts
            .headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|header| token_in_cookie_header(header, cookie_name(secure)))
    }

    /// Whose cart this request uses; with `create`, a visitor without a cart
    /// cookie is given one.
    pub async fn owner(create: bool) -> Result<Option<Owner>, AppError> {
        if let Some(caller) = access::caller().await? {
            return Ok(Some(Owner::User(caller.user_id)));
        }
        if let Some(token) = cart_token() {
            return Ok(Some(Owner::Visitor(token_hash(&token))));
        }
        if !create {
            return Ok(None);
        }
        let state = app_state()?;
        let (token, hash) = new_token();
        let secure = if state.config.secure_cookies { "; Secure" } else { "" };
        let cookie = format!(
            "{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
            cookie_name(state.config.secure_cookies),
            30 * 24 * 3600
        );
        let response = use_context::<leptos_axum::ResponseOptions>().ok_or(AppError::Internal)?;
        response.append_header(
            http::header::SET_COOKIE,
            http::HeaderValue::from_str(&cookie).map_err(|_| AppError::Internal)?,
        );
        Ok(Some(Owner::Visitor(hash)))
    }

    /// After sign-in: the visitor's cart joins the account's.
    pub async fn merge_into(user_id: i64) -> Result<(), AppError> {
        if let Some(token) = cart_token() {
            let mut tx = app_state()?.db.begin().await?;
            store::merge(&mut tx, &token_hash(&token), user_id).await?;
            tx.commit().await?;
        }
        Ok(())
    }

    /// The caller's cart id, if she has a cart.
    pub async fn cart_id() -> Result<Option<i64>, AppError> {
        match owner(false).await? {
            Some(owner) => Ok(store::find(&mut *app_state()?.db.pool.acquire().await?, &owner).await?),
            None => Ok(None),
        }
    }
}

/// The caller's cart, priced today. Anyone.
#[server(prefix = "/api", endpoint = "cart")]
pub async fn get_cart() -> Result<CartView, AppError> {
    use crate::state::{db, respond};
    respond(
        async {
            crate::accounts::access::anyone();
            Ok(crate::cart::store::view(&db()?, ssr::cart_id().await?).await?)
        }
        .await,
    )
}

/// How many products are in the caller's cart (the header's count). Anyone.
#[server(prefix = "/api", endpoint = "cart_count")]
pub async fn get_cart_count() -> Result<i64, AppError> {
    use crate::state::{db, respond};
    respond(
        async {
            crate::accounts::access::anyone();
            Ok(crate::cart::store::count(&db()?, ssr::cart_id().await?).await?)
        }
        .await,
    )
}

/// Puts `qty` more of a live listing in the caller's cart (at least its
/// minimum order), as long as the stock allows. Anyone.
#[server(prefix = "/api", endpoint = "add_to_cart")]
pub async fn add_to_cart(product_id: i64, qty: Option<String>) -> Result<i64, AppError> {
    use crate::cart::store;
    use crate::i18n::Text;
    use crate::state::{db, respond};
    respond(
        async {
            crate::accounts::access::anyone();
            let db = db()?;
            let listing = store::listing_for_cart(&db, product_id).await?;
            let live = crate::catalog::types::ListingStatus::Live;
            let Some((_, min_order, on_hand)) = listing.filter(|(status, _, _)| *status == live) else {
                return Err(AppError::NotFound);
            };
            let wanted = match qty.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
                Some(q) => {
                    crate::i18n::latin_digits(q).parse::<i64>().ok().filter(|n| (1..=100_000).contains(n)).ok_or_else(
                        || {
                            AppError::validation(
                                "qty",
                                Text::new("मात्रा 1 या उससे ज़्यादा पूरी संख्या लिखें", "Write a whole number of 1 or more"),
                            )
                        },
                    )?
                }
                None => min_order,
            };
            let owner = ssr::owner(true).await?.ok_or(AppError::Internal)?;
            let cart = store::find_or_create(&mut *db.pool.acquire().await?, &owner).await?;
            let total = (store::qty_of(&db, cart, product_id).await? + wanted).max(min_order);
            if total > on_hand {
                return Err(AppError::OutOfStock {
                    message: Text::new(format!("केवल {on_hand} नग बचे हैं"), format!("Only {on_hand} left in stock")),
                });
            }
            store::set_qty(&db, cart, product_id, total).await?;
            leptos_axum::redirect("/cart?saved=added");
            Ok(total)
        }
        .await,
    )
}

/// Changes a line's quantity in the caller's own cart (0 removes it). Anyone.
#[server(prefix = "/api", endpoint = "update_cart")]
pub async fn update_cart(product_id: i64, qty: String) -> Result<(), AppError> {
    use crate::i18n::Text;
    use crate::state::{db, respond};
    respond(
        async {
            crate::accounts::access::anyone();
            let qty = crate::i18n::latin_digits(qty.trim())
                .parse::<i64>()
                .ok()
                .filter(|n| (0..=100_000).contains(n))
                .ok_or_else(|| {
                AppError::validation("qty", Text::new("मात्रा पूरी संख्या में लिखें", "Write the quantity as a whole number"))
            })?;
            if let Some(cart) = ssr::cart_id().await? {
                let db = db()?;
                let status = crate::cart::store::listing_for_cart(&db, product_id).await?.map(|(status, _, _)| status);
                if let Some(problem) = crate::cart::rules::qty_change_problem(status, qty) {
                    return Err(problem);
                }
                // Only a line already there changes (one UPDATE: a line a
                // checkout removed meanwhile does not come back).
                if !crate::cart::store::change_qty(&db, cart, product_id, qty).await? {
                    return Err(AppError::NotFound);
                }
            }
            leptos_axum::redirect("/cart?saved=cart");
            Ok(())
        }
        .await,
    )
}
