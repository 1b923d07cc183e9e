//! The product photo gallery: an island, the only interactive part of a
//! product page.
//!
//! Without JavaScript every control is a link (`?photo=N#gallery`) that the
//! server answers with that photo shown, and "larger" opens the image itself.
//! With JavaScript the same links change the photo in place, arrow keys and
//! swipes move through the photos, and "larger" opens a full-screen dialog.

use crate::catalog::text;
use crate::i18n::Lang;
use crate::media::Photo;
use leptos::html::Dialog;
use leptos::prelude::*;

/// The address of photo `index` (0-based) for links that work without JavaScript.
pub fn photo_href(index: usize) -> String {
    format!("?photo={}#gallery", index + 1)
}

/// Reads `?photo=N` (1-based) into an index, falling back to the cover for
/// anything missing, malformed or out of range.
pub fn photo_index(param: Option<&str>, count: usize) -> usize {
    param.and_then(|p| p.trim().parse::<usize>().ok()).filter(|n| (1..=count).contains(n)).map_or(0, |n| n - 1)
}

#[island]
pub fn Gallery(photos: Vec<Photo>, start: usize, lang: Lang, title: String) -> impl IntoView {
    let count = photos.len().max(1);
    let index = RwSignal::new(start.min(count - 1));
    let photos = StoredValue::new(photos);
    let dialog = NodeRef::<Dialog>::new();
    let swipe_from = StoredValue::new(None::<i32>);

    // Effects run only in the browser: this marks the gallery as awake (for
    // styles that need JavaScript, and for tests to know when to click).
    let awake = RwSignal::new(false);
    Effect::new(move || awake.set(true));

    let previous = move || (index.get() + count - 1) % count;
    let next = move || (index.get() + 1) % count;
    let current = move || photos.with_value(|p| p.get(index.get()).cloned());
    let current_url = move || current().map(|p| p.url()).unwrap_or_default();
    let title = StoredValue::new(title);
    let alt = move || title.with_value(|t| format!("{t} — {} {} / {count}", text::PHOTO.get(lang), index.get() + 1));

    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowLeft" => {
            ev.prevent_default();
            index.set(previous());
        }
        "ArrowRight" => {
            ev.prevent_default();
            index.set(next());
        }
        _ => {}
    };
    let on_pointer_up = move |ev: leptos::ev::PointerEvent| {
        if let Some(from) = swipe_from.get_value() {
            let dx = ev.client_x() - from;
            if dx > 40 {
                index.set(previous());
            } else if dx < -40 {
                index.set(next());
            }
        }
        swipe_from.set_value(None);
    };

    view! {
        <div
            class="gallery"
            tabindex="0"
            on:keydown=on_key
            aria-roledescription="gallery"
            data-awake=move || awake.get().then_some("true")
        >
            <figure class="gallery__main">
                <a
                    class="gallery__enlarge"
                    href=current_url
                    aria-label=text::ENLARGE_PHOTO.get(lang)
                    on:click=move |ev| {
                        ev.prevent_default();
                        if let Some(dialog) = dialog.get() {
                            let _ = dialog.show_modal();
                        }
                    }
                    on:pointerdown=move |ev| swipe_from.set_value(Some(ev.client_x()))
                    on:pointerup=on_pointer_up
                >
                    <img
                        src=current_url
                        srcset=move || current().and_then(|p| p.srcset())
                        sizes="(min-width: 60rem) 40rem, 100vw"
                        width=move || current().map(|p| p.width).unwrap_or(800)
                        height=move || current().map(|p| p.height).unwrap_or(800)
                        alt=alt
                        draggable="false"
                    />
                </a>
                {(count > 1)
                    .then(|| {
                        view! {
                            <a
                                class="gallery__step gallery__step--prev"
                                href=move || photo_href(previous())
                                aria-label=text::PREVIOUS_PHOTO.get(lang)
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    index.set(previous());
                                }
                            >
                                "‹"
                            </a>
                            <a
                                class="gallery__step gallery__step--next"
                                href=move || photo_href(next())
                                aria-label=text::NEXT_PHOTO.get(lang)
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    index.set(next());
                                }
                            >
                                "›"
                            </a>
                        }
                    })}
                <figcaption class="gallery__count" aria-live="polite">
                    {move || format!("{} {} / {count}", text::PHOTO.get(lang), index.get() + 1)}
                </figcaption>
            </figure>
            {(count > 1)
                .then(|| {
                    view! {
                        <ul class="gallery__thumbs" role="list">
                            {photos
                                .get_value()
                                .into_iter()
                                .enumerate()
                                .map(|(i, photo)| {
                                    view! {
                                        <li>
                                            <a
                                                href=photo_href(i)
                                                aria-current=move || (index.get() == i).then_some("true")
                                                aria-label=format!("{} {}", text::PHOTO.get(lang), i + 1)
                                                on:click=move |ev| {
                                                    ev.prevent_default();
                                                    index.set(i);
                                                }
                                            >
                                                <img src=photo.url() srcset=photo.srcset() sizes="5rem" width=photo.width height=photo.height alt="" loading="lazy"/>
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            <dialog class="gallery__dialog" node_ref=dialog aria-label=text::ENLARGE_PHOTO.get(lang)>
                <img src=current_url alt=alt/>
                <form method="dialog">
                    <button type="submit" class="button">{text::CLOSE.get(lang)}</button>
                </form>
            </dialog>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_photo_parameter_is_one_based_and_falls_back_to_the_cover() {
        assert_eq!(photo_index(Some("2"), 3), 1);
        assert_eq!(photo_index(Some("3"), 3), 2);
        assert_eq!(photo_index(Some("4"), 3), 0);
        assert_eq!(photo_index(Some("0"), 3), 0);
        assert_eq!(photo_index(Some("abc"), 3), 0);
        assert_eq!(photo_index(None, 3), 0);
        assert_eq!(photo_href(1), "?photo=2#gallery");
    }
}
