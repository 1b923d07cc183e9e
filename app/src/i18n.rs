//! The page's language: read from the request's cookie, provided to every
//! component, and switched by a plain form. The pairs themselves (`Lang`,
//! `Tr`, `Text`) are in the domain crate.

pub use domain::i18n::*;
use leptos::prelude::*;

/// The language of the page being rendered (provided by [`provide_lang`]).
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The language the request's cookie asks for (Hindi without one).
pub fn request_lang() -> Lang {
    #[cfg(feature = "ssr")]
    let lang = use_context::<http::request::Parts>().map(|parts| lang_of(&parts.headers)).unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    let lang = Lang::default();
    lang
}

/// The language a request's cookie headers ask for (Hindi without one):
/// what a page is rendered in, and so part of the page cache's key.
#[cfg(feature = "ssr")]
pub fn lang_of(headers: &http::HeaderMap) -> Lang {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(Lang::from_cookie_header)
        .unwrap_or_default()
}

/// Decides the page's language from the request's cookie and makes it
/// available to every component below.
pub fn provide_lang() -> Lang {
    let lang = request_lang();
    provide_context(lang);
    lang
}

/// Shorthand inside `view!`: the string of `tr` in the page's language.
pub fn t(tr: Tr) -> &'static str {
    tr.get(use_lang())
}
