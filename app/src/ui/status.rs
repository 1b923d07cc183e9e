//! Pages and panels for when things are not as asked: 404, errors, notices.

use crate::error::AppError;
use crate::i18n::{t, text, use_lang, Text};
use leptos::prelude::*;
use leptos_meta::Title;
use std::future::Future;

/// Loads a page's data on the server and renders it, or renders the error
/// (404 page, or the bilingual message) with the matching HTTP status.
/// Every page that loads data goes through here.
pub fn loaded<T, Fut, V>(
    load: impl Fn() -> Fut + Send + Sync + 'static,
    render: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Send + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense>
            {move || {
                let (data, render) = (load(), render.clone());
                Suspend::new(async move {
                    match data.await {
                        Ok(value) => render(value).into_any(),
                        Err(error) => view! { <ErrorPage error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// Marks the response with an HTTP status (server only; the browser never renders these pages itself).
pub fn set_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::from_u16(code).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR));
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}

/// The 404 page, for unknown paths, products, groups and categories.
#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    view! {
        <Title text=format!("{} · {}", t(text::NOT_FOUND_TITLE), t(text::SITE_NAME))/>
        <section class="status-page">
            <p class="status-page__code" aria-hidden="true">"404"</p>
            <h1>{t(text::NOT_FOUND_TITLE)}</h1>
            <p>{t(text::NOT_FOUND_BODY)}</p>
            <p><a class="button" href="/">{t(text::GO_HOME)}</a></p>
        </section>
    }
}

/// Shows an error from a server function: the 404 page for `NotFound`,
/// otherwise its bilingual message (never internal detail: it has none).
#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    if error == AppError::NotFound {
        return view! { <NotFound/> }.into_any();
    }
    if error == AppError::Unauthorized {
        return view! { <SignInFirst/> }.into_any();
    }
    set_status(error.status_code());
    let lang = use_lang();
    view! {
        <Title text=format!("{} · {}", t(text::ERROR_TITLE), t(text::SITE_NAME))/>
        <section class="status-page" role="alert">
            <h1>{t(text::ERROR_TITLE)}</h1>
            <p>{error.message(lang)}</p>
            <p><a class="button" href="/">{t(text::GO_HOME)}</a></p>
        </section>
    }
    .into_any()
}

/// Notes about parts of the address that were ignored.
#[component]
pub fn Notices(notices: Vec<Text>) -> impl IntoView {
    let lang = use_lang();
    (!notices.is_empty()).then(|| {
        view! {
            <ul class="notices" role="status">
                {notices.into_iter().map(|n| view! { <li>{n.get(lang).to_string()}</li> }).collect_view()}
            </ul>
        }
    })
}

/// A page that needs a signed-in person, shown to a visitor: a link to sign
/// in that comes back here.
#[component]
pub fn SignInFirst() -> impl IntoView {
    set_status(401);
    let here = leptos_router::hooks::use_location();
    let path = here.pathname.get_untracked();
    let query = here.search.get_untracked();
    let back = if query.is_empty() { path } else { format!("{path}?{query}") };
    let href = format!("/signin?next={}", crate::catalog::query::encode_component(&back));
    view! {
        <Title text=format!("{} · {}", t(crate::accounts::text::SIGN_IN), t(text::SITE_NAME))/>
        <section class="status-page">
            <h1>{t(crate::accounts::text::SIGN_IN)}</h1>
            <p>{AppError::Unauthorized.message(use_lang())}</p>
            <p><a class="button" href=href>{t(crate::accounts::text::SIGN_IN)}</a></p>
        </section>
    }
}
