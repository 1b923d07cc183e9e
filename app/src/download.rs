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
    /// the header and the rows, lines ending in CRLF. Text someone typed (a
    /// group's name, a title) never becomes a formula; figures stay figures.
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
                let cells = row.iter().map(|cell| match number_of(cell) {
                    Some(_) => cell.clone(),
                    None => crate::trade::rules::spreadsheet_text(cell),
                });
                writer.write_record(cells).map_err(failed)?;
            }
            writer.flush().map_err(|e| failed(e.into()))?;
        }
        Ok(Download::csv(filename, out))
    }

    /// The same table as an Excel workbook: one sheet, the header in bold,
    /// figures as numbers (so they add up), the columns fitted.
    pub fn workbook(filename: &str, header: Vec<String>, rows: Vec<Vec<String>>) -> Result<Download, AppError> {
        use rust_xlsxwriter::{Format, Workbook, XlsxError};
        let failed = |e: XlsxError| {
            tracing::error!(error = %e, "writing XLSX failed");
            AppError::Internal
        };
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        let bold = Format::new().set_bold();
        for (c, title) in header.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| AppError::Internal)?;
            sheet.write_string_with_format(0, c, title, &bold).map_err(failed)?;
        }
        for (r, row) in rows.iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|_| AppError::Internal)?;
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).map_err(|_| AppError::Internal)?;
                match number_of(cell) {
                    Some(n) => sheet.write_number(r, c, n),
                    None => sheet.write_string(r, c, cell),
                }
                .map_err(failed)?;
            }
        }
        sheet.autofit();
        let bytes = book.save_to_buffer().map_err(failed)?;
        Ok(Download {
            filename: filename.to_string(),
            content_type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            bytes,
        })
    }

    /// A table as the request asks for it: an Excel workbook when its path
    /// ends in `.xlsx`, else CSV; `stem` names the file ("haat-sales").
    pub fn table_for(
        path: &str,
        stem: &str,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    ) -> Result<Download, AppError> {
        if path.ends_with(".xlsx") {
            Download::workbook(&format!("{stem}.xlsx"), header, rows)
        } else {
            Download::table(&format!("{stem}.csv"), header, rows)
        }
    }
}

/// A cell that is a plain figure ("140.00", "12", "-3"), as a number for a
/// spreadsheet; anything else (a name, a date, a code with a leading zero)
/// stays text. An f64 only here, at the edge: a spreadsheet cell holds
/// nothing else, and 15 digits keep every rupee-and-paise figure exact.
fn number_of(cell: &str) -> Option<f64> {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && fraction.chars().all(|c| c.is_ascii_digit())
        && (whole == "0" || !whole.starts_with('0'))
        && whole.len() <= 15;
    plain.then(|| cell.parse::<f64>().ok()).flatten()
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

#[cfg(test)]
mod tests {
    use super::{number_of, Download};

    #[test]
    fn csv_text_never_runs_as_a_formula() {
        let header = vec!["group".to_string(), "₹".to_string()];
        let rows = vec![vec!["=HYPERLINK(\"x\")".to_string(), "-3.50".to_string()]];
        let file = Download::table("t.csv", header, rows).unwrap();
        let text = String::from_utf8(file.bytes).unwrap();
        assert_eq!(text, "\u{feff}group,₹\r\n\"'=HYPERLINK(\"\"x\"\")\",-3.50\r\n");
    }

    #[test]
    fn only_plain_figures_become_numbers() {
        assert_eq!(number_of("140.00"), Some(140.0));
        assert_eq!(number_of("12"), Some(12.0));
        assert_eq!(number_of("-3.5"), Some(-3.5));
        assert_eq!(number_of("0.25"), Some(0.25));
        for text in ["", "0123", "HAAT-2026-1", "2026-12-01", "1,200", "₹5", "12 Dec", ".5", "1e5", "1234567890123456"]
        {
            assert_eq!(number_of(text), None, "{text}");
        }
    }
}
