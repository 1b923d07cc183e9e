//! Page links for listings: previous, a window of page numbers, next.

use crate::catalog::query::listing_href;
use crate::catalog::text;
use crate::catalog::types::ListingQuery;
use crate::i18n::t;
use leptos::prelude::*;

/// The page numbers to offer around `current`: first, last, and two either side.
pub fn page_window(current: i64, count: i64) -> Vec<Option<i64>> {
    let mut pages: Vec<i64> = vec![1, count];
    pages.extend((current - 2)..=(current + 2));
    pages.retain(|p| (1..=count).contains(p));
    pages.sort_unstable();
    pages.dedup();
    let mut out = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        if i > 0 && page - pages[i - 1] > 1 {
            out.push(None); // a gap: "…"
        }
        out.push(Some(*page));
    }
    out
}

#[component]
pub fn Pagination(path: String, query: ListingQuery, page: i64, page_count: i64) -> impl IntoView {
    (page_count > 1).then(|| {
        let link = |p: i64| listing_href(&path, &query, p);
        let previous = (page > 1).then(|| link(page - 1));
        let next = (page < page_count).then(|| link(page + 1));
        view! {
            <nav class="pagination" aria-label=t(text::PAGE)>
                {previous.map(|href| view! { <a class="pagination__step" rel="prev" href=href>"‹ " {t(text::PREVIOUS)}</a> })}
                <ol class="pagination__pages">
                    {page_window(page, page_count)
                        .into_iter()
                        .map(|entry| match entry {
                            Some(p) if p == page => view! { <li><span aria-current="page">{p}</span></li> }.into_any(),
                            Some(p) => view! { <li><a href=link(p)>{p}</a></li> }.into_any(),
                            None => view! { <li class="pagination__gap">"…"</li> }.into_any(),
                        })
                        .collect_view()}
                </ol>
                {next.map(|href| view! { <a class="pagination__step" rel="next" href=href>{t(text::NEXT)} " ›"</a> })}
            </nav>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::page_window;

    #[test]
    fn the_window_shows_ends_and_neighbours_with_gaps() {
        assert_eq!(page_window(1, 1), vec![Some(1)]);
        assert_eq!(page_window(1, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(
            page_window(10, 20),
            vec![Some(1), None, Some(8), Some(9), Some(10), Some(11), Some(12), None, Some(20)]
        );
        assert_eq!(page_window(2, 9), vec![Some(1), Some(2), Some(3), Some(4), None, Some(9)]);
    }
}
