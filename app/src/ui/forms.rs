//! Plain HTML forms that post to server functions. Without JavaScript a
//! failed post comes back to its page with the error in the address
//! (`__err`, Leptos' form redirects); these helpers show it there.

use crate::error::AppError;
use crate::i18n::{use_lang, Tr};
use leptos::prelude::*;
use leptos::server::ServerActionError;
use leptos::server_fn::error::ServerFnUrlError;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// The error a failed post to `S` came back with, if this page is that return.
pub fn form_error<S: ServerFn>() -> Option<AppError> {
    use_context::<ServerActionError>()
        .filter(|e| e.path() == S::PATH)
        .map(|e| ServerFnUrlError::<AppError>::decode_err(e.err()))
}

/// The error, in the page's language, above the form it belongs to.
#[component]
pub fn FormError(error: Option<AppError>) -> impl IntoView {
    let lang = use_lang();
    error.map(|error| {
        // The message travels in the address, so anyone can write one: keep it
        // short, and it is only ever text.
        let message: String = error.message(lang).chars().take(300).collect();
        view! { <p class="form-error" role="alert">{message}</p> }
    })
}

/// A one-line confirmation when the address says `saved=<what>`.
#[component]
pub fn Saved(what: &'static str, message: Tr) -> impl IntoView {
    let lang = use_lang();
    (use_query_map().read_untracked().get("saved").as_deref() == Some(what))
        .then(|| view! { <p class="form-saved" role="status">"✓ " {message.get(lang)}</p> })
}

/// The value of a query parameter of this page.
pub fn query_param(name: &str) -> Option<String> {
    use_query_map().read_untracked().get(name).filter(|v| !v.is_empty())
}

/// The query's per-key fields `name[key]=value` as key → value (the
/// checkout's `delivery[12]=courier`).
pub fn query_fields(name: &str) -> std::collections::HashMap<String, String> {
    use_query_map()
        .read_untracked()
        .latest_values()
        .filter_map(|(k, v)| {
            let key = k.strip_prefix(name)?.strip_prefix('[')?.strip_suffix(']')?;
            Some((key.to_string(), v.to_string()))
        })
        .collect()
}
