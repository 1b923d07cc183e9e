//! Account server functions, by job: signing in (`signin`), a person's
//! own account (`profile`), the people leaders and officials look after
//! (`people`). Each one first asks `access` for its caller (see the rule in
//! its doc comment), then calls the store. The helpers they share are below.

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::accounts::access;
    pub use crate::accounts::otp::{self, ssr as otp_ssr, CodeCheck};
    pub use crate::accounts::password::{self, ssr as password_ssr};
    pub use crate::accounts::rate_limit::{self, hit};
    pub use crate::accounts::session::ssr as session;
    pub use crate::accounts::store::{self, NewUser, UserRow};
    pub use crate::accounts::totp;
    pub use crate::accounts::types::*;
    pub use crate::accounts::{addresses, codes, people, places};
    pub use crate::db::now_ms;
    pub use crate::error::AppError;
    pub use crate::groups::phone::Phone;
    pub use crate::i18n::{is_local_path, Lang, Text, Tr};
    pub use crate::state::{app_state, client_address, respond};

    /// Sends the browser on to `path` after the form post.
    pub fn go_to(path: &str) {
        leptos_axum::redirect(path);
    }

    /// `next` if it is a page of this site, else `fallback`.
    pub fn safe_next(next: Option<String>, fallback: &str) -> String {
        next.filter(|n| is_local_path(n) && !n.starts_with("/api/")).unwrap_or_else(|| fallback.to_string())
    }

    pub fn set_cookie(value: &str) -> Result<(), AppError> {
        let response = leptos::prelude::use_context::<leptos_axum::ResponseOptions>().ok_or(AppError::Internal)?;
        let value = http::HeaderValue::from_str(value).map_err(|_| AppError::Internal)?;
        response.append_header(http::header::SET_COOKIE, value);
        Ok(())
    }

    pub fn parse_phone(input: &str) -> Result<Phone, AppError> {
        Phone::parse(input).map_err(|message| AppError::Validation { field: "phone".into(), message })
    }

    /// A person's name: 2–60 characters after trimming.
    pub fn parse_name(input: &str) -> Result<String, AppError> {
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        let len = name.chars().count();
        if (2..=60).contains(&len) {
            Ok(name)
        } else {
            Err(AppError::validation("name", Tr::new("नाम 2 से 60 अक्षरों का लिखें", "Write a name of 2 to 60 characters")))
        }
    }

    /// Starts a new session for `user` (ending the one this browser had) and
    /// sends her on: to the second factor if her role needs it, else to `next`.
    pub async fn sign_in(user: &UserRow, next: Option<String>) -> Result<(), AppError> {
        let state = app_state()?;
        if let Some((old, _)) = access::current_session().await? {
            session::delete(&state.db, &old.token_hash).await?;
        }
        let (token, max_age) = session::create(&state.db, user.id, user.role()).await?;
        // What she put in the cart before signing in is hers now.
        crate::cart::api::ssr::merge_into(user.id).await?;
        set_cookie(&session::set_cookie(&token, state.config.secure_cookies, max_age))?;
        set_cookie(&format!("{}={}; Path=/; Max-Age=31536000; SameSite=Lax", crate::i18n::LANG_COOKIE, user.lang))?;
        let next = safe_next(next, "/account");
        if user.role().needs_second_factor() {
            let step = if user.totp_secret.is_some() { "/signin/second-factor" } else { "/account/second-factor" };
            go_to(&format!("{step}?next={}", crate::catalog::query::encode_component(&next)));
        } else {
            go_to(&next);
        }
        tracing::info!(user = user.id, role = user.role.as_str(), "signed in");
        Ok(())
    }
}

mod people;
mod profile;
mod signin;

pub use people::*;
pub use profile::*;
pub use signin::*;
