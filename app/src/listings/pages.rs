//! Pages of the seller workspace (`/sell…`) and the review (`/review…`).

pub mod editor;
pub mod import;
pub mod review;
pub mod workspace;

use crate::catalog::types::ListingStatus;
use crate::i18n::{t, Tr};
use crate::listings::text;
use leptos::prelude::*;

pub fn status_label(status: ListingStatus) -> Tr {
    match status {
        ListingStatus::Draft => text::STATUS_DRAFT,
        ListingStatus::InReview => text::STATUS_IN_REVIEW,
        ListingStatus::Live => text::STATUS_LIVE,
        ListingStatus::Paused => text::STATUS_PAUSED,
        ListingStatus::Rejected => text::STATUS_REJECTED,
    }
}

/// A listing's status as a coloured badge.
#[component]
pub fn StatusBadge(status: ListingStatus) -> impl IntoView {
    view! { <span class=format!("badge badge--{}", status.as_str())>{t(status_label(status))}</span> }
}

/// A listing's history, newest first.
#[component]
pub fn History(events: Vec<crate::listings::types::ListingEvent>) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    view! {
        <ol class="history" role="list">
            {events.into_iter().map(|e| view! {
                <li>
                    <time>{crate::dates::date_time(e.at, lang)}</time> " · "
                    <strong>{t(e.kind.label())}</strong>
                    {e.actor.map(|a| view! { " · " {a} })}
                    {e.reason.map(|r| view! { <br/> {t(r.label())} })}
                    {(!e.note.is_empty()).then(|| view! { <br/> <q>{e.note.clone()}</q> })}
                </li>
            }).collect_view()}
        </ol>
    }
}
