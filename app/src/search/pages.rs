//! `/search/words`: officials pair words that mean the same thing, and see
//! what people searched for and did not find.

use crate::i18n::{t, text as common};
use crate::search::api::*;
use crate::search::text;
use crate::search::SearchWords;
use crate::ui::forms::{form_error, FormError, Saved};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn SearchWordsPage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::SEARCH_WORDS), t(common::SITE_NAME))/>
        {loaded(get_search_words, |words| view! { <Words words/> })}
    }
}

#[component]
fn Words(words: SearchWords) -> impl IntoView {
    view! {
        <section class="workspace">
            <h1>{t(text::SEARCH_WORDS)}</h1>
            <p class="muted">{t(text::SEARCH_WORDS_INTRO)}</p>
            <Saved what="added" message=text::SYNONYM_ADDED/>
            <Saved what="removed" message=text::SYNONYM_REMOVED/>
            <section class="panel" aria-labelledby="add-pair">
                <h2 id="add-pair">{t(text::ADD_SYNONYM)}</h2>
                <FormError error={form_error::<AddSynonym>()}/>
                <form method="post" action=AddSynonym::PATH class="stack">
                    <label class="field"><span>{t(text::WORD)}</span>
                        <input type="text" name="one" required maxlength="40" placeholder="आम"/></label>
                    <label class="field"><span>{t(text::SAME_AS)}</span>
                        <input type="text" name="other" required maxlength="40" placeholder="mango"/></label>
                    <button type="submit" class="button">{t(text::ADD)}</button>
                </form>
            </section>
            <h2>{t(text::MISSES)}</h2>
            <p class="muted">{t(text::MISSES_INTRO)}</p>
            {if words.misses.is_empty() {
                view! { <p>{t(text::NO_MISSES)}</p> }.into_any()
            } else {
                view! {
                    <table class="report">
                        <thead><tr><th scope="col">{t(common::SEARCH)}</th><th scope="col">{t(text::TIMES)}</th></tr></thead>
                        <tbody>
                            {words.misses.into_iter().map(|(query, times)| view! {
                                <tr><td>{query}</td><td>{times}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <h2>{t(text::SYNONYMS)}</h2>
            <FormError error={form_error::<RemoveSynonym>()}/>
            <ul class="pairs" role="list">
                {words.synonyms.into_iter().map(|(pair, removable)| view! {
                    <li class="pairs__item">
                        <span>{pair.one} " = " {pair.other}</span>
                        {pair.added_by.is_none().then(|| view! { " " <small class="muted">{t(text::SEEDED)}</small> })}
                        {removable.then(|| view! {
                            <form method="post" action=RemoveSynonym::PATH class="pairs__remove">
                                <input type="hidden" name="id" value=pair.id/>
                                <button type="submit" class="button button--quiet">{t(text::REMOVE)}</button>
                            </form>
                        })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
