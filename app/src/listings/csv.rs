//! A group's listings as CSV, for Excel or a spreadsheet app: exported
//! UTF-8 with a byte-order mark (so Excel shows Hindi, not mojibake) and
//! CRLF line ends; imported row by row, where a bad row is reported with
//! its line and column and changes nothing, and good rows are applied.

use crate::error::AppError;
use crate::i18n::Text;
use crate::listings::types::ListingForm;

/// The columns, in order. `id` empty means a new listing; `status` is
/// written on export and ignored on import (review decides it).
pub const COLUMNS: [&str; 27] = [
    "id",
    "status",
    "category",
    "title_hi",
    "title_en",
    "description_hi",
    "description_en",
    "unit_hi",
    "unit_en",
    "price",
    "market_price",
    "hsn",
    "gst_rate",
    "weight_grams",
    "min_order_qty",
    "tier1_qty",
    "tier1_price",
    "tier2_qty",
    "tier2_price",
    "tier3_qty",
    "tier3_price",
    "stock",
    "low_stock_at",
    "size_cm",
    "weekly_capacity",
    "capacity_days",
    "pack_size",
];

#[cfg_attr(not(feature = "ssr"), allow(dead_code))]
/// Columns an import must have (the rest may be left out).
const REQUIRED: [&str; 8] =
    ["category", "title_hi", "description_hi", "unit_hi", "price", "market_price", "gst_rate", "stock"];
/// The largest file and the most rows one import takes.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_ROWS: usize = 1000;

/// One data row of an import, before its fields are checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRow {
    pub line: i64,
    /// The `id` cell as written (empty for a new listing).
    pub id: String,
    pub category: String,
    pub form: ListingForm,
}

#[cfg_attr(not(feature = "ssr"), allow(dead_code))]
fn file_error(hi: impl Into<String>, en: impl Into<String>) -> AppError {
    AppError::validation("file", Text::new(hi, en))
}

#[cfg_attr(not(feature = "ssr"), allow(dead_code))]
/// The form field a column fills (and the other way round, for messages).
fn field_mut<'a>(form: &'a mut ListingForm, column: &str) -> Option<&'a mut String> {
    Some(match column {
        "title_hi" => &mut form.title_hi,
        "title_en" => &mut form.title_en,
        "description_hi" => &mut form.description_hi,
        "description_en" => &mut form.description_en,
        "unit_hi" => &mut form.unit_hi,
        "unit_en" => &mut form.unit_en,
        "price" => &mut form.price,
        "market_price" => &mut form.market_price,
        "hsn" => &mut form.hsn,
        "gst_rate" => &mut form.gst_rate,
        "weight_grams" => &mut form.weight_grams,
        "min_order_qty" => &mut form.min_order_qty,
        "tier1_qty" => &mut form.tier1_qty,
        "tier1_price" => &mut form.tier1_price,
        "tier2_qty" => &mut form.tier2_qty,
        "tier2_price" => &mut form.tier2_price,
        "tier3_qty" => &mut form.tier3_qty,
        "tier3_price" => &mut form.tier3_price,
        "stock" => &mut form.stock,
        "low_stock_at" => &mut form.low_stock_at,
        "size_cm" => &mut form.size_cm,
        "weekly_capacity" => &mut form.weekly_capacity,
        "capacity_days" => &mut form.capacity_days,
        "pack_size" => &mut form.pack_size,
        _ => return None,
    })
}

/// The CSV column a validation error's field belongs to.
pub fn column_of(field: &str) -> String {
    match field {
        "category_id" => "category".into(),
        "tier1" | "tier2" | "tier3" => format!("{field}_qty/{field}_price"),
        "tiers" => "tier1_qty…tier3_price".into(),
        other => other.into(),
    }
}

#[cfg(feature = "ssr")]
pub use ssr::*;

#[cfg(feature = "ssr")]
mod ssr {
    use super::*;

    /// Writes rows of `(id, status, category, form)` as an Excel-friendly CSV.
    pub fn export(rows: &[(i64, &str, &str, &ListingForm)]) -> Result<Vec<u8>, AppError> {
        let mut out = "\u{feff}".as_bytes().to_vec();
        {
            let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut out);
            let failed = |e: csv::Error| {
                tracing::error!(error = %e, "writing CSV failed");
                AppError::Internal
            };
            writer.write_record(COLUMNS).map_err(failed)?;
            for (id, status, category, form) in rows {
                let mut form = (*form).clone();
                let mut record = vec![id.to_string(), status.to_string(), category.to_string()];
                for column in &COLUMNS[3..] {
                    record.push(field_mut(&mut form, column).map(|v| v.clone()).unwrap_or_default());
                }
                writer.write_record(&record).map_err(failed)?;
            }
            writer.flush().map_err(|e| {
                tracing::error!(error = %e, "writing CSV failed");
                AppError::Internal
            })?;
        }
        Ok(out)
    }

    /// Reads an uploaded CSV into rows. Whole-file problems (not UTF-8, a
    /// required column missing, too big) refuse the file; cell problems are
    /// left for each row's own check.
    pub fn parse(bytes: &[u8]) -> Result<Vec<CsvRow>, AppError> {
        if bytes.len() > MAX_BYTES {
            return Err(file_error("फ़ाइल 2 MB से बड़ी है", "The file is larger than 2 MB"));
        }
        let text = std::str::from_utf8(bytes).map_err(|_| {
            file_error(
                "फ़ाइल UTF-8 में नहीं है। Excel में \"CSV UTF-8\" चुनकर सहेजें।",
                "The file is not UTF-8. In Excel, save it as \"CSV UTF-8\".",
            )
        })?;
        let text = text.trim_start_matches('\u{feff}');
        let first_line = text.lines().next().unwrap_or_default();
        // Excel in some regions saves with semicolons.
        let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() { b';' } else { b',' };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .map_err(|_| file_error("फ़ाइल की पहली पंक्ति पढ़ी नहीं जा सकी", "The file's first line could not be read"))?
            .iter()
            .map(|h| h.trim().to_lowercase())
            .collect();
        let missing: Vec<&str> = REQUIRED.iter().copied().filter(|c| !headers.iter().any(|h| h == c)).collect();
        if !missing.is_empty() {
            return Err(file_error(
                format!("फ़ाइल में ये कॉलम नहीं हैं: {}। पहले \"CSV निकालें\" से नमूना लें।", missing.join(", ")),
                format!("The file lacks these columns: {}. Export a CSV first to get the layout.", missing.join(", ")),
            ));
        }
        let mut rows = Vec::new();
        for (i, record) in reader.records().enumerate() {
            let line = i as i64 + 2;
            let record = record.map_err(|_| {
                file_error(format!("पंक्ति {line} पढ़ी नहीं जा सकी"), format!("Line {line} could not be read"))
            })?;
            if record.iter().all(|cell| cell.is_empty()) {
                continue;
            }
            if rows.len() == MAX_ROWS {
                return Err(file_error(
                    format!("एक बार में {MAX_ROWS} पंक्तियों तक डाल सकते हैं"),
                    format!("One import takes up to {MAX_ROWS} rows"),
                ));
            }
            let mut row = CsvRow { line, id: String::new(), category: String::new(), form: ListingForm::default() };
            for (header, cell) in headers.iter().zip(record.iter()) {
                match header.as_str() {
                    "id" => row.id = cell.to_string(),
                    "category" => row.category = cell.to_string(),
                    other => {
                        if let Some(field) = field_mut(&mut row.form, other) {
                            *field = cell.to_string();
                        }
                    }
                }
            }
            rows.push(row);
        }
        Ok(rows)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn form() -> ListingForm {
            ListingForm {
                title_hi: "आम का अचार, तीखा".into(),
                description_hi: "कच्चे आम का \"घर\" वाला अचार".into(),
                unit_hi: "500 ग्राम".into(),
                price: "120".into(),
                market_price: "160".into(),
                gst_rate: "5".into(),
                stock: "40".into(),
                ..Default::default()
            }
        }

        #[test]
        fn an_export_opens_in_excel_and_reads_back_the_same() {
            let f = form();
            let bytes = export(&[(7, "live", "pickles", &f)]).unwrap();
            assert!(bytes.starts_with("\u{feff}".as_bytes()), "a byte-order mark for Excel");
            let text = String::from_utf8(bytes.clone()).unwrap();
            assert!(text.contains("\r\n"), "CRLF line ends");
            assert!(text.contains("\"आम का अचार, तीखा\""), "a comma in a cell is quoted");
            let rows = parse(&bytes).unwrap();
            assert_eq!(rows.len(), 1);
            assert_eq!((rows[0].line, rows[0].id.as_str(), rows[0].category.as_str()), (2, "7", "pickles"));
            assert_eq!(rows[0].form, f);
        }

        #[test]
        fn semicolons_blank_lines_and_missing_optional_columns_are_fine() {
            let text = "category;title_hi;description_hi;unit_hi;price;market_price;gst_rate;stock\n\
                        pickles;अचार;बहुत अच्छा अचार जो घर पर बना;1 जार;100;120;5;3\n;;;;;;;\n";
            let rows = parse(text.as_bytes()).unwrap();
            assert_eq!(rows.len(), 1);
            assert_eq!(rows[0].form.price, "100");
            assert_eq!(rows[0].id, "");
        }

        #[test]
        fn a_file_without_the_columns_or_not_utf8_is_refused_whole() {
            assert!(matches!(parse(b"name,price\nx,1\n"), Err(AppError::Validation { field, .. }) if field == "file"));
            assert!(
                matches!(parse(&[0xff, 0xfe, b'a', 0]), Err(AppError::Validation { field, .. }) if field == "file")
            );
            let mut big = String::from("category,title_hi,description_hi,unit_hi,price,market_price,gst_rate,stock\n");
            for _ in 0..=MAX_ROWS {
                big.push_str("a,b,c,d,1,1,5,1\n");
            }
            assert!(parse(big.as_bytes()).is_err());
        }
    }
}
