//! Suggestions while typing in the header's search box: an island around
//! the box (its server-rendered child), which asks `/api/suggest` a moment
//! after the typing stops and shows what comes back as links under it.
//!
//! The server renders the list (`get_suggestions` answers with its HTML),
//! so the island carries no templates and no decoder: a timer, a request
//! and one DOM write. Without JavaScript the box is a plain GET form to
//! `/search`, which shows the same matches as results.

use crate::i18n::Lang;
use crate::search::text;
use leptos::prelude::*;

/// Where the island asks (`get_suggestions`' address, checked by a test there).
pub const SUGGEST_PATH: &str = "/api/suggest";

/// How long typing must pause before asking (each key would be a request).
const PAUSE_MS: u64 = 150;

#[island]
pub fn SearchSuggestions(lang: Lang, children: Children) -> impl IntoView {
    let list = NodeRef::<leptos::html::Ul>::new();
    let timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    // Which typing the list answers: a slow reply to an older one is dropped.
    let asked = StoredValue::new(0u32);
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        asked.update_value(|n| *n = n.wrapping_add(1));
        if typed.trim().chars().count() < 2 {
            show(list, "");
            return;
        }
        let this = asked.get_value();
        let ask = move || {
            browser::ask(&typed, move |html| {
                if asked.get_value() == this {
                    show(list, &html);
                }
            })
        };
        timer.set_value(set_timeout_with_handle(ask, std::time::Duration::from_millis(PAUSE_MS)).ok());
    };
    view! {
        <div class="search__box" on:input=on_input>
            {children()}
            <ul class="suggestions" node_ref=list aria-label=text::SUGGESTIONS.get(lang) aria-live="polite" hidden></ul>
        </div>
    }
}

fn show(list: NodeRef<leptos::html::Ul>, html: &str) {
    if let Some(list) = list.get_untracked() {
        list.set_inner_html(html);
        list.set_hidden(html.is_empty());
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::prelude::*;

    /// GETs the suggestions for `typed`; `done` gets their HTML (nothing on
    /// an error: the box still works as a form).
    pub fn ask(typed: &str, done: impl Fn(String) + 'static) {
        let Ok(xhr) = web_sys::XmlHttpRequest::new() else { return };
        let url = format!("{}?q={}", super::SUGGEST_PATH, String::from(js_sys::encode_uri_component(typed)));
        if xhr.open("GET", &url).is_err() {
            return;
        }
        let _ = xhr.set_request_header("Accept", "application/json");
        let request = xhr.clone();
        // Called once, then freed: one closure per request, none kept.
        let on_load = Closure::once_into_js(move || {
            if request.status().unwrap_or(0) == 200 {
                let body = request.response_text().ok().flatten().unwrap_or_default();
                // The answer is one JSON string: the list's HTML.
                if let Some(html) = js_sys::JSON::parse(&body).ok().and_then(|v| v.as_string()) {
                    done(html);
                }
            }
        });
        xhr.set_onload(Some(on_load.unchecked_ref()));
        let _ = xhr.send();
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    /// On the server the island only renders; nothing is asked.
    pub fn ask(_typed: &str, _done: impl Fn(String) + 'static) {}
}

/// The list under the search box: each suggestion a link saying what it
/// is, then one to every result (empty when nothing is suggested).
#[cfg(feature = "ssr")]
pub fn suggestion_list(typed: &str, found: Vec<crate::search::Suggestion>, lang: crate::i18n::Lang) -> String {
    use crate::search::SuggestionKind;
    if found.is_empty() {
        return String::new();
    }
    let all = format!("/search?q={}", crate::catalog::query::encode_component(typed.trim()));
    let typed = typed.trim().to_string();
    let items = found
        .into_iter()
        .map(|s| {
            let kind = match s.kind {
                SuggestionKind::Product => text::KIND_PRODUCT,
                SuggestionKind::Category => text::KIND_CATEGORY,
                SuggestionKind::Group => text::KIND_GROUP,
            };
            view! { <li><a href=s.href>{s.label.get(lang).to_string()} " " <small>{kind.get(lang)}</small></a></li> }
        })
        .collect_view();
    view! {
        {items}
        <li><a href=all>{text::ALL_RESULTS_FOR.get(lang)} " “" {typed} "”"</a></li>
    }
    .to_html()
}
