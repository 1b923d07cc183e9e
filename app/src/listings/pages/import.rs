//! `/sell/import`: the group's listings out to CSV and back in, with a
//! row-by-row report of what was applied and what was wrong.

use crate::i18n::{t, text as common, use_lang};
use crate::listings::api::{get_import_report, ImportListings};
use crate::listings::csv::COLUMNS;
use crate::listings::text;
use crate::listings::types::{ImportOutcome, ImportReport};
use crate::ui::forms::{form_error, query_param, FormError};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn ImportPage() -> impl IntoView {
    let report = query_param("report").and_then(|r| r.parse::<i64>().ok());
    view! {
        <Title text=format!("{} · {}", t(text::CSV_IMPORT_EXPORT), t(common::SITE_NAME))/>
        <section class="workspace">
            <p class="workspace__back"><a href="/sell">"‹ " {t(text::MY_LISTINGS)}</a></p>
            <h1>{t(text::CSV_IMPORT_EXPORT)}</h1>
            {report.map(|id| loaded(move || get_import_report(id), |report| view! { <Report report/> }))}
            <section class="panel">
                <h2>{t(text::EXPORT)}</h2>
                <p>{t(text::EXPORT_HELP)}</p>
                <p><a class="button button--quiet" href="/sell/listings.csv" download="haat-listings.csv">{t(text::DOWNLOAD_CSV)}</a></p>
            </section>
            <section class="panel">
                <h2>{t(text::IMPORT)}</h2>
                <p>{t(text::IMPORT_HELP)}</p>
                <FormError error={form_error::<ImportListings>()}/>
                <form method="post" action=ImportListings::PATH enctype="multipart/form-data" class="stack">
                    <label class="field"><span>{t(text::CSV_FILE)}</span>
                        <input type="file" name="file" accept=".csv,text/csv" required/></label>
                    <button type="submit" class="button">{t(text::IMPORT)}</button>
                </form>
                <details>
                    <summary>{t(text::COLUMNS)}</summary>
                    <p class="hint">{COLUMNS.join(", ")}</p>
                    <p class="hint">{t(text::COLUMNS_HELP)}</p>
                </details>
            </section>
        </section>
    }
}

#[component]
fn Report(report: ImportReport) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="panel" aria-labelledby="report-heading">
            <h2 id="report-heading">{t(text::IMPORT_REPORT)}</h2>
            <p role="status">{text::import_summary(lang, report.applied(), report.refused())}</p>
            <table class="report">
                <thead><tr><th>{t(text::LINE)}</th><th>{t(text::TITLE)}</th><th>{t(text::RESULT)}</th></tr></thead>
                <tbody>
                    {report.rows.into_iter().map(|row| {
                        let (class, result) = match &row.outcome {
                            ImportOutcome::Created { id } => ("ok", view! { {t(text::ROW_CREATED)} " " <a href=format!("/sell/{id}")>"#" {*id}</a> }.into_any()),
                            ImportOutcome::Updated { id, back_to_review } => ("ok", view! {
                                {t(text::ROW_UPDATED)} " " <a href=format!("/sell/{id}")>"#" {*id}</a>
                                {back_to_review.then(|| view! { " · " {t(text::ROW_BACK_TO_REVIEW)} })}
                            }.into_any()),
                            ImportOutcome::Unchanged { id } => ("same", view! { {t(text::ROW_UNCHANGED)} " #" {*id} }.into_any()),
                            ImportOutcome::Refused { column, message } => ("refused", view! {
                                <strong>{t(text::ROW_REFUSED)}</strong> " (" <code>{column.clone()}</code> "): " {message.get(lang).to_string()}
                            }.into_any()),
                        };
                        view! { <tr class=format!("report__{class}")><td>{row.line}</td><td>{row.title}</td><td>{result}</td></tr> }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
