//! Applying a CSV import row by row (server only). A row that fails any
//! check is reported with its line and column and changes nothing; the
//! other rows are applied, each on its own, as if typed into the editor.

use crate::catalog::types::ListingStatus;
use crate::db::Db;
use crate::error::AppError;
use crate::i18n::Text;
use crate::listings::csv::{column_of, CsvRow};
use crate::listings::rules;
use crate::listings::types::{EventKind, ImportOutcome, ImportRow};
use crate::listings::{drafts, store};

fn refused(column: &str, message: Text) -> ImportOutcome {
    ImportOutcome::Refused { column: column.to_string(), message }
}

/// Applies every row for `group_id`; returns the report, row by row.
pub async fn apply(db: &Db, group_id: i64, actor: i64, rows: Vec<CsvRow>) -> Result<Vec<ImportRow>, AppError> {
    let categories = drafts::category_ids_by_slug(db).await?;
    let choices = store::category_choices(db).await?;
    let mut report = Vec::with_capacity(rows.len());
    for row in rows {
        let title = row.form.title_hi.chars().take(60).collect();
        let outcome = match apply_row(db, group_id, actor, &categories, &choices, row.clone()).await {
            Ok(outcome) => outcome,
            Err(AppError::Validation { field, message }) => refused(&column_of(&field), message),
            Err(AppError::Conflict { message }) => refused("id", message),
            Err(other) => return Err(other),
        };
        report.push(ImportRow { line: row.line, title, outcome });
    }
    Ok(report)
}

async fn apply_row(
    db: &Db,
    group_id: i64,
    actor: i64,
    categories: &std::collections::HashMap<String, i64>,
    choices: &[crate::listings::types::CategoryChoice],
    mut row: CsvRow,
) -> Result<ImportOutcome, AppError> {
    let unknown_category = || {
        AppError::validation(
            "category",
            Text::new(
                "यह श्रेणी नहीं मिली: निर्यात की गई फ़ाइल में लिखी श्रेणी (अंग्रेज़ी नाम, जैसे pickles) लिखें",
                "Unknown category: use a category as written in an exported file (like pickles-jams)",
            ),
        )
    };
    let category_id = *categories.get(row.category.trim()).ok_or_else(unknown_category)?;
    let choice = choices.iter().find(|c| c.id == category_id).ok_or_else(unknown_category)?;
    row.form.category_id = category_id.to_string();
    let input = rules::parse_listing(&row.form, choice.hsn_hint.as_deref())?;
    if row.id.trim().is_empty() {
        // Each row is its own unit of work: a bad row later changes nothing here.
        let mut tx = db.begin().await?;
        let id = store::create_listing(&mut tx, group_id, actor, &input).await?;
        tx.commit().await?;
        return Ok(ImportOutcome::Created { id });
    }
    let not_ours = || {
        AppError::validation(
            "id",
            Text::new(
                "इस id का उत्पाद आपके समूह में नहीं है। नया उत्पाद जोड़ना हो तो id खाली छोड़ें।",
                "No listing of your group has this id. Leave id empty to add a new listing.",
            ),
        )
    };
    let id: i64 = row.id.trim().parse().map_err(|_| not_ours())?;
    match store::listing_place(db, id).await? {
        Some((owner, _)) if owner == group_id => {}
        _ => return Err(not_ours()),
    }
    let current = store::editable(db, id).await?.ok_or_else(not_ours)?;
    let current_input = rules::parse_listing(&current.form, choice.hsn_hint.as_deref()).ok();
    if current_input.as_ref() == Some(&input) {
        return Ok(ImportOutcome::Unchanged { id });
    }
    let mut tx = db.begin().await?;
    let status = store::update_listing(&mut tx, id, actor, &input, EventKind::Imported).await?;
    tx.commit().await?;
    Ok(ImportOutcome::Updated { id, back_to_review: status != current.status && status == ListingStatus::InReview })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::each_engine;
    use crate::listings::csv::parse;
    use crate::testing::catalogue;

    #[tokio::test]
    async fn good_rows_are_applied_and_bad_rows_reported_with_their_line_and_column() {
        each_engine(|db| async move {
            let fixture = catalogue(&db).await;
            let user = crate::testing::seller(&db, "9111111112", fixture.raipur_group).await;
            let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM products").fetch_one(&db.pool).await.unwrap();
            let csv = format!(
                "id,category,title_hi,description_hi,unit_hi,price,market_price,hsn,gst_rate,weight_grams,stock\n\
                 ,pickles,नया अचार,घर में बना हुआ स्वादिष्ट नया अचार।,1 जार,100,120,2001,5,300,4\n\
                 ,pickles,ग़लत दाम,घर में बना हुआ स्वादिष्ट नया अचार।,1 जार,-5,120,2001,5,300,4\n\
                 ,sweets-unknown,श्रेणी ग़लत,घर में बना हुआ स्वादिष्ट नया अचार।,1 जार,100,120,2001,5,300,4\n\
                 {},pickles,दूसरे समूह का,घर में बना हुआ स्वादिष्ट नया अचार।,1 जार,100,120,2001,5,300,4\n\
                 ,pickles,बाज़ार दाम कम,घर में बना हुआ स्वादिष्ट नया अचार।,1 जार,100,90,2001,5,300,4\n",
                fixture.groundnut_oil
            );
            let rows = parse(csv.as_bytes()).unwrap();
            let report = apply(&db, fixture.raipur_group, user, rows).await.unwrap();
            let outcomes: Vec<(i64, String)> = report
                .iter()
                .map(|r| {
                    (
                        r.line,
                        match &r.outcome {
                            ImportOutcome::Created { .. } => "created".to_string(),
                            ImportOutcome::Refused { column, .. } => format!("refused {column}"),
                            other => format!("{other:?}"),
                        },
                    )
                })
                .collect();
            assert_eq!(
                outcomes,
                vec![
                    (2, "created".into()),
                    (3, "refused price".into()),
                    (4, "refused category".into()),
                    (5, "refused id".into()),
                    (6, "refused market_price".into()),
                ]
            );
            let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM products").fetch_one(&db.pool).await.unwrap();
            assert_eq!(after, before + 1, "only the good row made a listing");
            let oil: String = sqlx::query_scalar("SELECT title_hi FROM products WHERE id = $1")
                .bind(fixture.groundnut_oil)
                .fetch_one(&db.pool)
                .await
                .unwrap();
            assert_ne!(oil, "दूसरे समूह का", "another group's listing is untouched");

            // Exported and imported back unchanged: nothing changes.
            let rows = drafts::export_rows(&db, fixture.raipur_group).await.unwrap();
            let cells: Vec<(i64, &str, &str, &crate::listings::types::ListingForm)> =
                rows.iter().map(|r| (r.id, r.status.as_str(), r.category_slug.as_str(), &r.form)).collect();
            let bytes = crate::listings::csv::export(&cells).unwrap();
            let report = apply(&db, fixture.raipur_group, user, parse(&bytes).unwrap()).await.unwrap();
            assert!(!report.is_empty());
            for row in &report {
                assert!(
                    matches!(row.outcome, ImportOutcome::Unchanged { .. } | ImportOutcome::Refused { .. }),
                    "line {}: {:?}",
                    row.line,
                    row.outcome
                );
            }
        })
        .await;
    }
}
