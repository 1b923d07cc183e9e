//! The photo upload form: an island. Without JavaScript it is a plain
//! multipart form (the server answers with the listing page). With
//! JavaScript the same form is sent with XMLHttpRequest, which reports
//! upload progress, so a seller on a slow link sees a bar move instead of
//! a page that seems stuck. Large photos are reduced on the server after
//! upload (media::upload), without the seller doing anything.

use crate::i18n::Lang;
use crate::listings::api::UploadPhotos;
use crate::listings::text;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[island]
pub fn PhotoUpload(listing_id: i64, lang: Lang, error: Option<String>) -> impl IntoView {
    let progress = RwSignal::new(None::<u32>);
    let message = RwSignal::new(error);
    let form = NodeRef::<leptos::html::Form>::new();
    // Effects run only in the browser: marks the form as enhanced.
    let awake = RwSignal::new(false);
    Effect::new(move || awake.set(true));
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        if let Some(form) = form.get() {
            if browser::send(form, listing_id, lang, progress, message) {
                ev.prevent_default();
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };
    view! {
        <form node_ref=form method="post" enctype="multipart/form-data" action=UploadPhotos::PATH
            class="uploader" data-awake=move || awake.get().then_some("true") on:submit=on_submit>
            <input type="hidden" name="listing_id" value=listing_id/>
            <label class="uploader__pick">
                <span>{text::CHOOSE_PHOTOS.get(lang)}</span>
                <input type="file" name="photo" accept="image/jpeg,image/png,image/webp" multiple required/>
            </label>
            <button type="submit" class="button" disabled=move || progress.get().is_some()>
                {text::UPLOAD_PHOTOS.get(lang)}
            </button>
            {move || progress.get().map(|pct| view! {
                <div class="uploader__progress">
                    <progress max="100" value=pct>{pct} "%"</progress>
                    <p role="status">{text::UPLOADING.get(lang)} " " {pct} "%"</p>
                </div>
            })}
            {move || message.get().map(|m| view! { <p class="form-error" role="alert">{m}</p> })}
        </form>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::*;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    /// Sends the form with progress events; `false` if the browser cannot
    /// (then the form is posted the ordinary way).
    pub fn send(
        form: web_sys::HtmlFormElement,
        listing_id: i64,
        lang: Lang,
        progress: RwSignal<Option<u32>>,
        message: RwSignal<Option<String>>,
    ) -> bool {
        let (Ok(data), Ok(xhr)) = (web_sys::FormData::new_with_form(&form), web_sys::XmlHttpRequest::new()) else {
            return false;
        };
        if xhr.open("POST", &form.action()).is_err() {
            return false;
        }
        let _ = xhr.set_request_header("Accept", "application/json");
        if let Ok(upload) = xhr.upload() {
            let on_progress = Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |e: web_sys::ProgressEvent| {
                if e.length_computable() && e.total() > 0.0 {
                    // Keep 99 for the server's work after the last byte.
                    progress.set(Some(((e.loaded() / e.total()) * 99.0) as u32));
                }
            });
            upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
            on_progress.forget();
        }
        let request = xhr.clone();
        let on_load = Closure::<dyn FnMut()>::new(move || {
            let status = request.status().unwrap_or(0);
            if (200..300).contains(&status) {
                progress.set(Some(100));
                if let Some(window) = web_sys::window() {
                    let location = window.location();
                    let page = format!("/sell/{listing_id}");
                    // The same address with only a new #fragment would not load again.
                    if location.pathname().ok() == Some(page.clone())
                        && location.search().ok().as_deref() == Some("?saved=photos")
                    {
                        let _ = location.reload();
                    } else {
                        let _ = location.set_href(&format!("{page}?saved=photos#photos"));
                    }
                }
            } else {
                progress.set(None);
                let body = request.response_text().ok().flatten().unwrap_or_default();
                message.set(Some(error_message(&body, lang, text::UPLOAD_FAILED)));
            }
        });
        xhr.set_onload(Some(on_load.as_ref().unchecked_ref()));
        on_load.forget();
        let on_error = Closure::<dyn FnMut()>::new(move || {
            progress.set(None);
            message.set(Some(text::UPLOAD_CONNECTION_LOST.get(lang).to_string()));
        });
        xhr.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
        message.set(None);
        progress.set(Some(0));
        xhr.send_with_opt_form_data(Some(&data)).is_ok()
    }

    /// The bilingual message inside an `AppError` answer, in `lang`
    /// (`fallback` when the answer holds none).
    fn error_message(body: &str, lang: Lang, fallback: crate::i18n::Tr) -> String {
        let get = |value: &wasm_bindgen::JsValue, key: &str| js_sys::Reflect::get(value, &key.into()).ok();
        let found = js_sys::JSON::parse(body).ok().and_then(|error| {
            ["Validation", "Conflict", "RateLimited"].iter().find_map(|variant| {
                let message = get(&get(&error, variant)?, "message")?;
                get(&message, lang.code())?.as_string()
            })
        });
        found.unwrap_or_else(|| fallback.get(lang).to_string())
    }
}
