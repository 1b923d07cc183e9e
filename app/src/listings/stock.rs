//! The −/+ stock taps and the counted-stock field on the seller's list: an
//! island.
//!
//! Without JavaScript both are plain forms whose answer brings the seller
//! back to this row (`#listing-<id>`). With JavaScript a tap is sent in the
//! background and only the count changes (the counted-stock field follows
//! it, so "set" never writes back an old number): the page does not move.

use crate::i18n::Lang;
use crate::listings::api::ChangeStock;
use crate::listings::text;
use crate::listings::types::is_low_stock;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[island]
pub fn StockTaps(
    id: i64,
    on_hand: i64,
    /// Where the count turns to "low" (`None`: never, as for a rejected listing).
    low_stock_at: Option<i64>,
    back: String,
    lang: Lang,
    title: String,
) -> impl IntoView {
    let count = RwSignal::new(on_hand);
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    // Effects run only in the browser: marks the taps as working in place.
    let awake = RwSignal::new(false);
    Effect::new(move || awake.set(true));
    let tap = move |ev: leptos::ev::MouseEvent, delta: i64| {
        // Awake, a tap never reloads the page: one while another is on its
        // way is dropped (the count shows what was saved).
        #[cfg(feature = "hydrate")]
        if busy.get_untracked() || browser::send(id, delta, lang, count, busy, message) {
            ev.prevent_default();
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, delta, busy);
    };
    let back_set = back.clone();
    let less = format!("{} — {title}", text::ONE_LESS.get(lang));
    let more = format!("{} — {title}", text::ONE_MORE.get(lang));
    view! {
        <form method="post" action=ChangeStock::PATH class="stock__taps" data-awake=move || awake.get().then_some("true")>
            <input type="hidden" name="id" value=id/>
            <input type="hidden" name="back" value=back/>
            <button type="submit" name="delta" value="-1" class="stock__tap" aria-label=less
                disabled=move || count.get() == 0 on:click=move |ev| tap(ev, -1)>"−"</button>
            <output class="stock__count" class:stock__count--low=move || low_stock_at.is_some_and(|at| is_low_stock(count.get(), at)) aria-live="polite">
                {move || count.get()}
            </output>
            <button type="submit" name="delta" value="1" class="stock__tap" aria-label=more
                on:click=move |ev| tap(ev, 1)>"+"</button>
        </form>
        <form method="post" action=ChangeStock::PATH class="stock__set">
            <input type="hidden" name="id" value=id/>
            <input type="hidden" name="back" value=back_set/>
            <label class="visually-hidden" for=format!("stock-{id}")>{text::COUNTED_STOCK.get(lang)}</label>
            <input id=format!("stock-{id}") type="text" name="set_to" inputmode="numeric" required
                value=on_hand prop:value=move || count.get().to_string()/>
            <button type="submit" class="button button--small">{text::SET.get(lang)}</button>
        </form>
        {move || message.get().map(|m| view! { <p class="form-error" role="alert">{m}</p> })}
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::*;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    /// Sends one tap; `false` if the browser cannot (then the form is
    /// posted the ordinary way).
    pub fn send(
        id: i64,
        delta: i64,
        lang: Lang,
        count: RwSignal<i64>,
        busy: RwSignal<bool>,
        message: RwSignal<Option<String>>,
    ) -> bool {
        let Ok(xhr) = web_sys::XmlHttpRequest::new() else { return false };
        if xhr.open("POST", ChangeStock::PATH).is_err() {
            return false;
        }
        let _ = xhr.set_request_header("Accept", "application/json");
        let _ = xhr.set_request_header("Content-Type", "application/x-www-form-urlencoded");
        let request = xhr.clone();
        let on_load = Closure::<dyn FnMut()>::new(move || {
            busy.set(false);
            let status = request.status().unwrap_or(0);
            let body = request.response_text().ok().flatten().unwrap_or_default();
            match body.trim().parse::<i64>() {
                Ok(now) if (200..300).contains(&status) => {
                    count.set(now);
                    message.set(None);
                }
                _ => message.set(Some(crate::listings::upload::browser::error_message(
                    &body,
                    lang,
                    text::STOCK_NOT_SAVED,
                ))),
            }
        });
        xhr.set_onload(Some(on_load.as_ref().unchecked_ref()));
        on_load.forget();
        let on_error = Closure::<dyn FnMut()>::new(move || {
            busy.set(false);
            message.set(Some(text::STOCK_CONNECTION_LOST.get(lang).to_string()));
        });
        xhr.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
        let sent = xhr.send_with_opt_str(Some(&format!("id={id}&delta={delta}"))).is_ok();
        busy.set(sent);
        sent
    }
}
