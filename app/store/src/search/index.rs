//! Each listing's search keys and the vocabulary of known words.

use crate::db::{Arg, Args, Db};
use domain::search::{self as rules, typos};
use sqlx::AnyConnection;
use std::collections::{HashMap, HashSet};

/// Rows per statement when many are written at once (well under both
/// engines' limits on bind parameters).
const BATCH: usize = 300;

#[derive(sqlx::FromRow)]
struct SourceRow {
    id: i64,
    title_en: String,
    title_hi: String,
    category_en: String,
    category_hi: String,
    parent_en: Option<String>,
    parent_hi: Option<String>,
    group_en: String,
    group_hi: String,
    district_en: String,
    district_hi: String,
    state_en: String,
    state_hi: String,
}

/// Writes the search keys of these listings and adds their words to the
/// vocabulary: call it after any write to a listing's title or category,
/// inside the same transaction. A fixed number of statements per batch of
/// listings.
pub async fn index_products(conn: &mut AnyConnection, ids: &[i64]) -> Result<(), sqlx::Error> {
    for chunk in ids.chunks(BATCH) {
        let mut args = Args::default();
        let placeholders: Vec<String> = chunk.iter().map(|id| args.add(Arg::Int(*id))).collect();
        let sql = format!(
            "SELECT p.id, p.title_en, p.title_hi, c.name_en AS category_en, c.name_hi AS category_hi, \
             pc.name_en AS parent_en, pc.name_hi AS parent_hi, g.name_en AS group_en, g.name_hi AS group_hi, \
             d.name_en AS district_en, d.name_hi AS district_hi, s.name_en AS state_en, s.name_hi AS state_hi \
             FROM products p JOIN categories c ON c.id = p.category_id \
             LEFT JOIN categories pc ON pc.id = c.parent_id \
             JOIN shg_groups g ON g.id = p.group_id JOIN districts d ON d.id = g.district_id \
             JOIN states s ON s.id = g.state_id WHERE p.id IN ({})",
            placeholders.join(", ")
        );
        let rows: Vec<SourceRow> =
            crate::db::bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql)), args).fetch_all(&mut *conn).await?;
        if rows.is_empty() {
            continue;
        }
        let mut shown: HashMap<String, String> = HashMap::new();
        let mut update = Args::default();
        let mut values: Vec<String> = Vec::with_capacity(rows.len());
        for row in &rows {
            let titles = [row.title_en.as_str(), row.title_hi.as_str()];
            let others = [
                row.category_en.as_str(),
                row.category_hi.as_str(),
                row.parent_en.as_deref().unwrap_or_default(),
                row.parent_hi.as_deref().unwrap_or_default(),
                row.group_en.as_str(),
                row.group_hi.as_str(),
                row.district_en.as_str(),
                row.district_hi.as_str(),
                row.state_en.as_str(),
                row.state_hi.as_str(),
            ];
            for text in titles.iter().chain(others.iter()) {
                shown_words(text, &mut shown);
            }
            let id = update.add(Arg::Int(row.id));
            let title = update.add(Arg::Text(rules::key(titles)));
            let other = update.add(Arg::Text(rules::key(others)));
            values.push(format!("({id}, {title}, {other})"));
        }
        // One statement for the batch (both engines name a VALUES list's
        // columns column1, column2 …).
        let sql = format!(
            "UPDATE products SET search_title = v.column2, search_other = v.column3 \
             FROM (VALUES {}) AS v WHERE products.id = v.column1",
            values.join(", ")
        );
        crate::db::bind_args!(sqlx::query(sqlx::AssertSqlSafe(sql)), update).execute(&mut *conn).await?;
        learn_words(conn, shown).await?;
    }
    Ok(())
}

/// Indexes one listing (see [`index_products`]).
pub async fn index_product(conn: &mut AnyConnection, id: i64) -> Result<(), sqlx::Error> {
    index_products(conn, &[id]).await
}

/// Each folded word of `text` with the way it was written (lowercase),
/// when one written word folds to exactly one word. Words with digits are
/// left out of the vocabulary: they are matched, never corrected.
fn shown_words(text: &str, out: &mut HashMap<String, String>) {
    let split = |c: char| !(c.is_alphanumeric() || ('\u{0900}'..='\u{097F}').contains(&c));
    for written in text.split(split).filter(|w| !w.is_empty()) {
        if let [folded] = rules::words(written).as_slice() {
            if folded.len() <= typos::MAX_WORD && folded.bytes().all(|b| b.is_ascii_lowercase()) {
                out.entry(folded.clone()).or_insert_with(|| written.to_lowercase());
            }
        }
    }
}

/// Adds words the vocabulary does not have yet, with their typo variants.
async fn learn_words(conn: &mut AnyConnection, words: HashMap<String, String>) -> Result<(), sqlx::Error> {
    let words: Vec<(String, String)> = words.into_iter().collect();
    for chunk in words.chunks(BATCH) {
        let mut args = Args::default();
        let placeholders: Vec<String> = chunk.iter().map(|(w, _)| args.add(Arg::Text(w.clone()))).collect();
        let sql = format!("SELECT word FROM search_words WHERE word IN ({})", placeholders.join(", "));
        let have: HashSet<String> = crate::db::bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(sql)), args)
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .collect();
        let new: Vec<&(String, String)> = chunk.iter().filter(|(w, _)| !have.contains(w)).collect();
        if new.is_empty() {
            continue;
        }
        let mut args = Args::default();
        let rows: Vec<String> = new
            .iter()
            .map(|(w, shown)| format!("({}, {})", args.add(Arg::Text(w.clone())), args.add(Arg::Text(shown.clone()))))
            .collect();
        let sql =
            format!("INSERT INTO search_words (word, shown) VALUES {} ON CONFLICT (word) DO NOTHING", rows.join(", "));
        crate::db::bind_args!(sqlx::query(sqlx::AssertSqlSafe(sql)), args).execute(&mut *conn).await?;
        let variants: Vec<(String, String)> =
            new.iter().flat_map(|(w, _)| typos::stored_variants(w).into_iter().map(move |v| (v, w.clone()))).collect();
        for rows in variants.chunks(BATCH) {
            let mut args = Args::default();
            let values: Vec<String> = rows
                .iter()
                .map(|(v, w)| format!("({}, {})", args.add(Arg::Text(v.clone())), args.add(Arg::Text(w.clone()))))
                .collect();
            let sql = format!(
                "INSERT INTO search_word_variants (variant, word) VALUES {} ON CONFLICT (variant, word) DO NOTHING",
                values.join(", ")
            );
            crate::db::bind_args!(sqlx::query(sqlx::AssertSqlSafe(sql)), args).execute(&mut *conn).await?;
        }
    }
    Ok(())
}

/// Brings the index up to date after a migration or a bulk load: indexes
/// every listing whose keys are still empty and folds synonyms not yet
/// folded. Run at start; cheap when there is nothing to do. Returns how
/// many listings it indexed.
pub async fn index_what_is_missing(db: &Db) -> Result<usize, sqlx::Error> {
    let (mut done, mut after) = (0, 0i64);
    loop {
        // By id from where the last batch ended, so the walk ends even if
        // a listing's key came out empty.
        let ids: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM products WHERE search_title = '' AND id > $1 ORDER BY id LIMIT 2000")
                .bind(after)
                .fetch_all(&db.pool)
                .await?;
        let Some(last) = ids.last() else { break };
        after = *last;
        let mut tx = db.begin().await?;
        index_products(&mut tx, &ids).await?;
        tx.commit().await?;
        done += ids.len();
    }
    let unfolded: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, one, other FROM search_synonyms WHERE one_key = '' OR other_key = ''")
            .fetch_all(&db.pool)
            .await?;
    if !unfolded.is_empty() {
        let mut tx = db.begin().await?;
        for (id, one, other) in unfolded {
            let one_key = rules::words(&one).join(" ");
            let other_key = rules::words(&other).join(" ");
            sqlx::query("UPDATE search_synonyms SET one_key = $1, other_key = $2 WHERE id = $3")
                .bind(one_key)
                .bind(other_key)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    }
    Ok(done)
}
