//! Downloads outside the server-function layer (a seller's CSV, a
//! trader's table as CSV, an invoice PDF): each runs its work as a server
//! function would, with the request and the app state in its reactive
//! context (so `accounts::access` asks the same way), and answers with the
//! file or the plain bilingual error.

use crate::error::{AppError, PlainResponse};
use crate::state::AppState;
use leptos::prelude::provide_context;

/// A file to send: its name, its type, its bytes.
pub struct Download {
    pub filename: String,
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

impl Download {
    /// A UTF-8 CSV.
    pub fn csv(filename: &str, bytes: Vec<u8>) -> Download {
        Download { filename: filename.to_string(), content_type: "text/csv; charset=utf-8", bytes }
    }

    /// A table as CSV that Excel opens as Unicode: a byte-order mark, then
    /// the header and the rows, lines ending in CRLF.
    pub fn table(filename: &str, header: Vec<String>, rows: Vec<Vec<String>>) -> Result<Download, AppError> {
        let failed = |e: csv::Error| {
            tracing::error!(error = %e, "writing CSV failed");
            AppError::Internal
        };
        let mut out = "\u{feff}".as_bytes().to_vec();
        {
            let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut out);
            writer.write_record(&header).map_err(failed)?;
            for row in rows {
                writer.write_record(&row).map_err(failed)?;
            }
            writer.flush().map_err(|e| failed(e.into()))?;
        }
        Ok(Download::csv(filename, out))
    }
}

/// Runs `work` in a server function's context for this request, then
/// answers with its file (never kept by any cache: it is someone's own) or
/// its error.
pub async fn answer(
    state: AppState,
    parts: http::request::Parts,
    work: impl std::future::Future<Output = Result<Download, AppError>>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let owner = leptos::reactive::owner::Owner::new();
    let result = owner
        .with(|| {
            leptos::reactive::computed::ScopedFuture::new(async move {
                provide_context(parts);
                provide_context(state);
                work.await
            })
        })
        .await;
    match result {
        Ok(file) => (
            [
                (http::header::CONTENT_TYPE, file.content_type.to_string()),
                (http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}\"", file.filename)),
                (http::header::CACHE_CONTROL, "private, no-store".to_string()),
            ],
            file.bytes,
        )
            .into_response(),
        Err(error) => error.plain_response(),
    }
}
