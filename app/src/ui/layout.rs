//! The frame around every page: header with search and language switch, footer.

use crate::i18n::{t, text, use_lang, Lang};
use crate::search::suggest::SearchSuggestions;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_location, use_query_map};

/// The current address (path and query), to come back to after a form post.
fn current_path() -> String {
    let location = use_location();
    let (path, query) = (location.pathname.get_untracked(), location.search.get_untracked());
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    let search = current_search();
    view! {
        <a class="skip-link" href="#main">{t(text::SKIP_TO_CONTENT)}</a>
        <header class="site-header">
            <div class="site-header__row">
                // Named by its visible word (the mark is decoration).
                <a class="logo" href="/">
                    <span class="logo__mark" aria-hidden="true">"हा"</span>
                    <span class="logo__word">{t(text::SITE_NAME)}</span>
                </a>
                <div class="site-header__tools">
                    <CartLink/>
                    <AccountLink/>
                    <LanguageSwitch/>
                </div>
            </div>
            <form class="search" role="search" method="get" action="/search" data-wake=crate::ui::islands::WAKE_ON_USE>
                <label class="visually-hidden" for="search-q">{t(text::SEARCH)}</label>
                <SearchSuggestions lang>
                    <input
                        id="search-q"
                        type="search"
                        name="q"
                        value=search
                        maxlength="80"
                        placeholder=text::SEARCH_PLACEHOLDER.get(lang)
                        autocomplete="off"
                        enterkeyhint="search"
                    />
                </SearchSuggestions>
                <button type="submit">{t(text::SEARCH)}</button>
            </form>
        </header>
    }
}

/// The search text of the current address, to keep it in the box.
fn current_search() -> String {
    if use_location().pathname.get_untracked() == "/search" {
        use_query_map().read_untracked().get("q").unwrap_or_default()
    } else {
        String::new()
    }
}

/// Offers the other language as a one-button form: works without JavaScript,
/// and the choice is kept in a cookie.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    view! {
        <form class="lang-switch" method="post" action=SetLanguage::PATH>
            <input type="hidden" name="back" value=current_path()/>
            <span class="visually-hidden">{t(text::LANGUAGE)}</span>
            {Lang::ALL
                .into_iter()
                .map(|option| {
                    let current = option == lang;
                    view! {
                        <button
                            type="submit"
                            name="lang"
                            value=option.code()
                            lang=option.code()
                            class:current=current
                            aria-pressed=if current { "true" } else { "false" }
                        >
                            {option.native_name()}
                        </button>
                    }
                })
                .collect_view()}
        </form>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p class="site-footer__brand">{t(text::SITE_NAME)} " · " {t(text::TAGLINE)}</p>
            <p>{t(text::FOOTER_ABOUT)}</p>
            <nav class="site-footer__links">
                <a href="/">{t(text::HOME)}</a>
                <a href="/products">{t(text::ALL_PRODUCTS)}</a>
            </nav>
        </footer>
    }
}

/// The cart, with how many products are in it ("थैला (3)": the visible
/// text is the link's whole name).
#[component]
fn CartLink() -> impl IntoView {
    crate::ui::status::loaded(
        || async { Ok(crate::cart::api::get_cart_count().await.unwrap_or(0)) },
        move |count: i64| {
            view! {
                <a class="account-link" href="/cart">
                    {t(crate::cart::text::CART)}
                    {(count > 0).then(|| view! { " " <span class="cart-count">"(" {count} ")"</span> })}
                </a>
            }
        },
    )
}

/// "Sign in", or the signed-in person's first name linking to her account.
#[component]
fn AccountLink() -> impl IntoView {
    use crate::accounts::api::who_am_i;
    use crate::accounts::text as account_text;
    crate::ui::status::loaded(who_am_i, |me| match me {
        Some(me) => {
            use crate::accounts::types::Role;
            let first = me.name.split_whitespace().next().unwrap_or_default().to_string();
            // The one place each role works from, a tap away on every page.
            let work = match me.role {
                Role::Seller => Some(("/sell", crate::listings::text::MY_LISTINGS)),
                Role::DistrictOfficial | Role::StateOfficial => Some(("/review", crate::listings::text::REVIEW_QUEUE)),
                Role::Department => Some(("/procure", crate::procurement::text::PROCURE)),
                _ => None,
            };
            view! {
                <crate::orders::pages::Bell/>
                {work.map(|(href, label)| view! { <a class="account-link account-link--work" href=href>{t(label)}</a> })}
                // Her name, then (for screen readers) what the link is: the
                // accessible name starts with the visible text.
                <a class="account-link" href="/account">
                    {first} <span class="visually-hidden">" — " {t(account_text::MY_ACCOUNT)}</span>
                </a>
            }
            .into_any()
        }
        None => view! { <a class="account-link" href="/signin">{t(account_text::SIGN_IN)}</a> }.into_any(),
    })
}

/// Switches the interface language and remembers it in a cookie for a
/// year, and in a signed-in person's profile (which notices and emails
/// follow). Anyone may call it. A plain form posts here (no JavaScript needed)
/// and is sent back to `back`, the page it came from.
#[server(prefix = "/api", endpoint = "language")]
pub async fn set_language(lang: String, back: Option<String>) -> Result<(), crate::error::AppError> {
    use crate::error::AppError;
    use crate::i18n::{is_local_path, Tr, LANG_COOKIE};
    use crate::state::respond;
    respond(
        async {
            let lang = Lang::from_code(&lang).ok_or_else(|| {
                AppError::validation("lang", Tr::new("यह भाषा उपलब्ध नहीं है", "That language is not available"))
            })?;
            if let Ok(caller) = crate::accounts::access::signed_in().await {
                crate::accounts::store::set_language(&crate::state::db()?, caller.user_id, lang).await?;
            }
            let response = use_context::<leptos_axum::ResponseOptions>().ok_or(AppError::Internal)?;
            // Over https the cookie is `Secure`, as the session's is.
            let secure = crate::state::app_state().map(|s| s.config.secure_cookies).unwrap_or(false);
            let secure = if secure { "; Secure" } else { "" };
            let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}", lang.code());
            let value = http::HeaderValue::from_str(&cookie).map_err(|_| AppError::Internal)?;
            response.append_header(http::header::SET_COOKIE, value);
            if let Some(back) = back.filter(|b| is_local_path(b)) {
                leptos_axum::redirect(&back);
            }
            Ok(())
        }
        .await,
    )
}
