//! The search index (server only): each listing's folded keys, the words
//! the index knows, synonyms, and the queries that found nothing.
//!
//! One index per engine, each behind one function ([`matching`]): SQLite
//! searches an FTS5 table over the keys, PostgreSQL a GIN full-text index
//! over the same keys. Both are fed by [`index_products`], which every
//! listing write calls inside its own transaction (the FTS5 table follows
//! the `products` row by trigger). What the words mean is decided before
//! any of that, in `domain::search::plan`.

use crate::db::{escape_like, now_ms, Arg, Args, Db, Engine};
use crate::i18n::Text;
use domain::search as rules;
use domain::search::plan::{Known, Plan};
use sqlx::AnyConnection;
use std::collections::{HashMap, HashSet};

pub use domain::search::*;

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

/// Reads what the index knows about a query's words and plans it: at most
/// four lookups plus one per unknown word, each by an indexed column.
pub async fn plan_query(db: &Db, text: &str) -> Result<Plan, sqlx::Error> {
    let words = rules::query_words(text, rules::MAX_QUERY_WORDS);
    if words.is_empty() {
        return Ok(Plan::default());
    }
    let mut known = Known::default();
    // One lookup for the typed words, joined neighbours and stems.
    let mut asking: Vec<String> = words.clone();
    asking.extend(plan::joined_pairs(&words));
    asking.extend(words.iter().flat_map(|w| plan::stems(w)));
    asking.sort();
    asking.dedup();
    let mut args = Args::default();
    let placeholders: Vec<String> = asking.iter().map(|w| args.add(Arg::Text(w.clone()))).collect();
    let sql = format!("SELECT word FROM search_words WHERE word IN ({})", placeholders.join(", "));
    known.words = crate::db::bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(sql)), args)
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .collect();
    let unknown: Vec<&String> = words.iter().filter(|w| !known.words.contains(*w)).collect();

    // Typos: known words sharing a deletion with an unknown typed word.
    let mut asked: Vec<(String, String)> = Vec::new(); // (variant, typed)
    for typed in &unknown {
        for variant in typos::lookup_variants(typed) {
            asked.push((variant, (*typed).clone()));
        }
    }
    if asked.iter().any(|(v, t)| v != t) {
        let mut args = Args::default();
        let mut seen = HashSet::new();
        let placeholders: Vec<String> =
            asked.iter().filter(|(v, _)| seen.insert(v.clone())).map(|(v, _)| args.add(Arg::Text(v.clone()))).collect();
        let sql = format!(
            "SELECT v.variant, w.word, w.shown FROM search_word_variants v JOIN search_words w ON w.word = v.word \
             WHERE v.variant IN ({}) LIMIT 500",
            placeholders.join(", ")
        );
        let found: Vec<(String, String, String)> =
            crate::db::bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql)), args).fetch_all(&db.pool).await?;
        for (variant, word, shown) in found {
            for (v, typed) in &asked {
                if *v == variant {
                    known.near.push((typed.clone(), word.clone(), shown.clone()));
                }
            }
        }
    }

    // Synonyms of the typed words, of the known words among their stems
    // and joined pairs, and of the words they may be typos of.
    let mut asking: Vec<String> = words.clone();
    asking.extend(known.words.iter().cloned());
    asking.extend(known.near.iter().map(|(_, w, _)| w.clone()));
    asking.sort();
    asking.dedup();
    let mut args = Args::default();
    let placeholders: Vec<String> = asking.iter().map(|w| args.add(Arg::Text(w.clone()))).collect();
    let list = placeholders.join(", ");
    let sql =
        format!("SELECT one_key, other_key FROM search_synonyms WHERE one_key IN ({list}) OR other_key IN ({list})");
    let pairs: Vec<(String, String)> =
        crate::db::bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql)), args).fetch_all(&db.pool).await?;
    for (one, other) in pairs {
        known.synonyms.entry(one.clone()).or_default().push(other.clone());
        known.synonyms.entry(other).or_default().push(one);
    }

    // Beginnings, for a word typed half-way: one indexed range read each.
    for typed in unknown {
        // One letter begins too much to be a useful guess.
        if typed.len() < 2 {
            continue;
        }
        let begins: Option<i64> = match next_after_prefix(typed) {
            Some(upper) => {
                sqlx::query_scalar("SELECT 1 FROM search_words WHERE word >= $1 AND word < $2 LIMIT 1")
                    .bind(typed.clone())
                    .bind(upper)
                    .fetch_optional(&db.pool)
                    .await?
            }
            None => None,
        };
        if begins.is_some() {
            known.beginnings.insert(typed.clone());
        }
    }
    Ok(plan::plan(&words, &known))
}

/// The smallest string after every word beginning with `prefix` (its last
/// letter moved up one), for an index range read; `None` past 'z'.
fn next_after_prefix(prefix: &str) -> Option<String> {
    let mut chars: Vec<char> = prefix.chars().collect();
    let last = chars.pop()?;
    if !(last.is_ascii_lowercase() && last < 'z' || last.is_ascii_digit() && last < '9') {
        return None;
    }
    chars.push(char::from(last as u8 + 1));
    Some(chars.into_iter().collect())
}

/// Which key a tier of results looks in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Every word in the listing's own titles.
    Title,
    /// Every word somewhere (titles, category, group, district, state),
    /// but not all of them in the titles.
    ElsewhereOnly,
}

/// How a listing query reads the index for `plan` in `field`: the `FROM`
/// and the start of the `WHERE` of a scan over `products p` and
/// `shg_groups g`, ending in `AND` (the listing's filters follow).
///
/// - SQLite, few matches: the FTS5 table drives the scan (`CROSS JOIN`
///   keeps it outside), so only matching rows are read.
/// - SQLite, many matches (`walking`): the scan walks the sort order's
///   index on `products`, and each row's own keys are checked with `LIKE`
///   (" word " is a whole word, " wor" its beginning): 24 matches are found
///   long before the FTS5 table could list lakhs of them.
/// - PostgreSQL: the full-text condition on the stored vectors (the
///   title's, and all words'), and the planner, knowing from ANALYZE how
///   common each word is in each, picks between the GIN index and the sort
///   order's walk (with a plan made for each query's words: see
///   `Db::connect`).
pub fn matching(engine: Engine, plan: &Plan, field: Field, walking: bool, args: &mut Args) -> String {
    match (engine, walking) {
        (Engine::Sqlite, false) => {
            let all = fts5_query(plan);
            let expression = match field {
                Field::Title => format!("search_title : ({all})"),
                Field::ElsewhereOnly => format!("({all}) NOT (search_title : ({all}))"),
            };
            let p = args.add(Arg::Text(expression));
            format!(
                " FROM product_search CROSS JOIN products p ON p.id = product_search.rowid \
                 JOIN shg_groups g ON g.id = p.group_id WHERE product_search MATCH {p} AND"
            )
        }
        (Engine::Sqlite, true) => {
            let title = like_all(plan, "p.search_title", args);
            let condition = match field {
                Field::Title => title,
                Field::ElsewhereOnly => {
                    let anywhere = like_all(plan, "(p.search_title || p.search_other)", args);
                    format!("{anywhere} AND NOT ({title})")
                }
            };
            format!(" FROM products p CROSS JOIN shg_groups g WHERE g.id = p.group_id AND {condition} AND")
        }
        (Engine::Postgres, _) => {
            let q = args.add(Arg::Text(tsquery(plan)));
            let in_title = format!("p.search_title_vector @@ to_tsquery('simple', {q})");
            let condition = match field {
                Field::Title => in_title,
                Field::ElsewhereOnly => {
                    format!("p.search_vector @@ to_tsquery('simple', {q}) AND NOT ({in_title})")
                }
            };
            format!(" FROM products p JOIN shg_groups g ON g.id = p.group_id WHERE {condition} AND")
        }
    }
}

/// `("a" OR "b") AND ("c"*)`: the words are folded Latin letters and
/// digits only, so quoting them is all the escaping FTS5 needs.
fn fts5_query(plan: &Plan) -> String {
    let terms: Vec<String> = plan
        .terms
        .iter()
        .map(|term| {
            let words = term.words.iter().map(|w| format!("\"{w}\""));
            let prefixes = term.prefixes.iter().map(|w| format!("\"{w}\" *"));
            format!("({})", words.chain(prefixes).collect::<Vec<_>>().join(" OR "))
        })
        .collect();
    terms.join(" AND ")
}

/// `(a | b) & c:*` for PostgreSQL's `to_tsquery` (same words as above).
fn tsquery(plan: &Plan) -> String {
    let terms: Vec<String> = plan
        .terms
        .iter()
        .map(|term| {
            let words = term.words.iter().map(|w| w.to_string());
            let prefixes = term.prefixes.iter().map(|w| format!("{w}:*"));
            format!("({})", words.chain(prefixes).collect::<Vec<_>>().join(" | "))
        })
        .collect();
    terms.join(" & ")
}

/// Every term in `column` as `LIKE` patterns on the spaced key.
fn like_all(plan: &Plan, column: &str, args: &mut Args) -> String {
    let terms: Vec<String> = plan
        .terms
        .iter()
        .map(|term| {
            let patterns =
                term.words.iter().map(|w| format!("% {w} %")).chain(term.prefixes.iter().map(|w| format!("% {w}%")));
            let ors: Vec<String> =
                patterns.map(|pattern| format!("{column} LIKE {}", args.add(Arg::Text(pattern)))).collect();
            format!("({})", ors.join(" OR "))
        })
        .collect();
    format!("({})", terms.join(" AND "))
}

/// Suggestions while typing `text`: live listings whose titles match (the
/// last word as a beginning), then categories and groups whose names begin
/// with the typed words. Three small queries, each stopping early: five
/// listings from the index (SQLite reads FTS5 from the newest id down;
/// PostgreSQL takes the first five its plan meets, with no sort to wait
/// for), and categories and groups are few.
pub async fn suggest(db: &Db, text: &str) -> Result<Vec<Suggestion>, sqlx::Error> {
    let typed = rules::query_words(text, rules::MAX_QUERY_WORDS);
    if typed.is_empty() {
        return Ok(Vec::new());
    }
    let mut plan = plan_query(db, text).await?;
    let Some(being_typed) = typed.last() else { return Ok(Vec::new()) };
    // The word being typed is a beginning, unless it is a whole known word
    // already (a long beginning costs the index a merge of every word it
    // begins; the prefix indexes cover two and three letters).
    if let Some(last) = plan.terms.last_mut().filter(|t| &t.typed == being_typed && t.how != plan::How::Exact) {
        if being_typed.len() >= 2 && !last.prefixes.contains(being_typed) {
            last.prefixes.push(being_typed.clone());
        }
    }
    // Unknown as a whole word, it may still be a beginning being typed;
    // a single letter just typed is not a word yet, and waits.
    if plan.unmatched.last() == Some(being_typed) && being_typed.len() < 2 {
        plan.unmatched.pop();
    }
    if plan.unmatched.last() == Some(being_typed) {
        let word = being_typed.clone();
        plan.unmatched.pop();
        plan.terms.push(plan::Term {
            typed: word.clone(),
            how: plan::How::Prefix,
            words: Vec::new(),
            prefixes: vec![word],
            shown: Vec::new(),
        });
    }
    let mut out: Vec<Suggestion> = Vec::new();
    if plan.can_match() {
        let mut args = Args::default();
        let sql = match db.engine {
            Engine::Sqlite => {
                let q = args.add(Arg::Text(format!("search_title : ({})", fts5_query(&plan))));
                format!(
                    "SELECT p.slug, p.title_en, p.title_hi FROM product_search \
                     CROSS JOIN products p ON p.id = product_search.rowid \
                     WHERE product_search MATCH {q} AND p.status = {} ORDER BY product_search.rowid DESC LIMIT 5",
                    crate::words::LIVE
                )
            }
            Engine::Postgres => {
                let q = args.add(Arg::Text(tsquery(&plan)));
                format!(
                    "SELECT p.slug, p.title_en, p.title_hi FROM products p \
                     WHERE p.search_title_vector @@ to_tsquery('simple', {q}) AND p.status = {} LIMIT 5",
                    crate::words::LIVE
                )
            }
        };
        let rows: Vec<(String, String, String)> =
            crate::db::bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql)), args).fetch_all(&db.pool).await?;
        out.extend(rows.into_iter().map(|(slug, en, hi)| Suggestion {
            kind: SuggestionKind::Product,
            label: Text::new(hi, en),
            href: format!("/p/{slug}"),
        }));
    }
    let categories: Vec<(String, String, String)> =
        sqlx::query_as("SELECT slug, name_en, name_hi FROM categories ORDER BY position, id")
            .fetch_all(&db.pool)
            .await?;
    for (slug, en, hi) in categories {
        let name = rules::words(&format!("{en} {hi}"));
        if name_begins_with_all(&name, &typed) && out.len() < MAX_SUGGESTIONS {
            out.push(Suggestion {
                kind: SuggestionKind::Category,
                label: Text::new(hi, en),
                href: format!("/c/{slug}"),
            });
        }
    }
    // Group names as written (few rows; a leading word or a later one).
    let raw = text.trim().to_lowercase();
    if raw.chars().count() >= 2 && out.len() < MAX_SUGGESTIONS {
        let (starts, inside) = (format!("{}%", escape_like(&raw)), format!("% {}%", escape_like(&raw)));
        let groups: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT slug, name_en, name_hi FROM shg_groups \
             WHERE LOWER(name_en) LIKE $1 ESCAPE '\\' OR LOWER(name_en) LIKE $2 ESCAPE '\\' \
             OR name_hi LIKE $1 ESCAPE '\\' OR name_hi LIKE $2 ESCAPE '\\' ORDER BY name_en LIMIT 3",
        )
        .bind(starts)
        .bind(inside)
        .fetch_all(&db.pool)
        .await?;
        for (slug, en, hi) in groups {
            if out.len() < MAX_SUGGESTIONS {
                out.push(Suggestion {
                    kind: SuggestionKind::Group,
                    label: Text::new(hi, en),
                    href: format!("/g/{slug}"),
                });
            }
        }
    }
    Ok(out)
}

/// Counts a query that found nothing (its folded words only).
pub async fn record_miss(db: &Db, plan_words: &str) -> Result<(), sqlx::Error> {
    if plan_words.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO search_misses (query, times, last_at) VALUES ($1, 1, $2) \
         ON CONFLICT (query) DO UPDATE SET times = search_misses.times + 1, last_at = $2",
    )
    .bind(plan_words)
    .bind(now_ms())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Every synonym pair, alphabetically.
pub async fn synonyms(db: &Db) -> Result<Vec<Synonym>, sqlx::Error> {
    let rows: Vec<(i64, String, String, Option<i64>)> =
        sqlx::query_as("SELECT id, one, other, added_by FROM search_synonyms ORDER BY one_key, other_key, id")
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.into_iter().map(|(id, one, other, added_by)| Synonym { id, one, other, added_by }).collect())
}

/// One synonym pair by id.
pub async fn synonym(conn: &mut AnyConnection, id: i64) -> Result<Option<Synonym>, sqlx::Error> {
    let row: Option<(i64, String, String, Option<i64>)> =
        sqlx::query_as("SELECT id, one, other, added_by FROM search_synonyms WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row.map(|(id, one, other, added_by)| Synonym { id, one, other, added_by }))
}

/// Adds a synonym pair (checked by `synonym_pair`); `false` when the same
/// pair, either way round, is already there.
pub async fn add_synonym(
    conn: &mut AnyConnection,
    one: &str,
    other: &str,
    by: Option<i64>,
) -> Result<bool, sqlx::Error> {
    let Ok((one_key, other_key)) = rules::synonym_pair(one, other) else { return Ok(false) };
    let exists: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM search_synonyms WHERE (one_key = $1 AND other_key = $2) OR (one_key = $2 AND other_key = $1)",
    )
    .bind(&one_key)
    .bind(&other_key)
    .fetch_optional(&mut *conn)
    .await?;
    if exists.is_some() {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO search_synonyms (one, other, one_key, other_key, added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (one, other) DO NOTHING",
    )
    .bind(one.trim())
    .bind(other.trim())
    .bind(one_key)
    .bind(other_key)
    .bind(by)
    .bind(now_ms())
    .execute(&mut *conn)
    .await
    .map(|done| done.rows_affected() == 1)
}

/// Removes a synonym pair; `false` if there was none with this id.
pub async fn remove_synonym(conn: &mut AnyConnection, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM search_synonyms WHERE id = $1").bind(id).execute(&mut *conn).await?;
    Ok(done.rows_affected() == 1)
}

/// The queries that found nothing most often.
pub async fn misses(db: &Db, limit: i64) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT query, times FROM search_misses ORDER BY times DESC, last_at DESC LIMIT $1")
        .bind(limit)
        .fetch_all(&db.pool)
        .await
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::catalog::store::list_products;
    use crate::catalog::types::{ListingPage, ListingQuery, Sort, COUNT_CAP, PAGE_SIZE};
    use crate::db::testing::each_engine;
    use crate::testing::catalogue;

    fn search(text: &str) -> ListingQuery {
        ListingQuery { search: Some(text.to_string()), page: 1, ..Default::default() }
    }

    fn slugs(page: &ListingPage) -> Vec<&str> {
        page.items.iter().map(|p| p.slug.as_str()).collect()
    }

    async fn found(db: &Db, text: &str) -> Vec<String> {
        slugs(&list_products(db, &search(text)).await.unwrap()).into_iter().map(String::from).collect()
    }

    #[tokio::test]
    async fn hinglish_devanagari_and_typos_find_the_same_listings() {
        each_engine(|db| async move {
            catalogue(&db).await;
            assert_eq!(found(&db, "aam ka achaar").await, vec!["mango-pickle"]);
            assert_eq!(found(&db, "आम का अचार").await, vec!["mango-pickle"]);
            assert_eq!(found(&db, "Mango Pickle").await, vec!["mango-pickle"]);
            assert_eq!(found(&db, "moongphali tel").await, vec!["groundnut-oil"]);
            assert_eq!(found(&db, "मूंगफली").await, vec!["groundnut-oil"], "anusvara or chandrabindu");
            assert_eq!(found(&db, "groundn").await, vec!["groundnut-oil"], "a word typed half-way");
            // Sold out after in stock: the lemon pickle has none.
            assert_eq!(found(&db, "achar").await, vec!["mango-pickle", "lemon-pickle"]);
            let corrected = list_products(&db, &search("pickel")).await.unwrap();
            assert_eq!(slugs(&corrected), vec!["mango-pickle", "lemon-pickle"]);
            assert_eq!(corrected.note.corrected.as_deref(), Some("pickle"));
            assert!(found(&db, "candy").await.is_empty(), "a draft is not found");
        })
        .await;
    }

    #[tokio::test]
    async fn an_officials_synonym_finds_listings_at_once() {
        each_engine(|db| async move {
            catalogue(&db).await;
            assert!(found(&db, "peanut").await.is_empty());
            let mut tx = db.begin().await.unwrap();
            assert!(add_synonym(&mut tx, "Peanut", "मूँगफली", None).await.unwrap());
            tx.commit().await.unwrap();
            assert_eq!(found(&db, "peanut").await, vec!["groundnut-oil"]);
            let mut conn = db.pool.acquire().await.unwrap();
            assert!(!add_synonym(&mut conn, "मूंगफली", "peanut", None).await.unwrap(), "the same pair either way round");
            let id = synonyms(&db).await.unwrap().into_iter().find(|s| s.one == "Peanut").unwrap().id;
            assert!(remove_synonym(&mut conn, id).await.unwrap());
            drop(conn);
            assert!(found(&db, "peanut").await.is_empty());
        })
        .await;
    }

    #[tokio::test]
    async fn a_renamed_listing_is_found_by_its_new_title_only() {
        each_engine(|db| async move {
            let fixture = catalogue(&db).await;
            let mut tx = db.begin().await.unwrap();
            sqlx::query("UPDATE products SET title_en = 'Kachchi ghani oil' WHERE id = $1")
                .bind(fixture.groundnut_oil)
                .execute(&mut *tx)
                .await
                .unwrap();
            index_product(&mut tx, fixture.groundnut_oil).await.unwrap();
            tx.commit().await.unwrap();
            assert_eq!(found(&db, "kachi ghani").await, vec!["groundnut-oil"]);
            assert!(found(&db, "groundnut").await.is_empty());
        })
        .await;
    }

    #[tokio::test]
    async fn suggestions_while_typing_name_listings_categories_and_groups() {
        each_engine(|db| async move {
            catalogue(&db).await;
            let labels = |s: Vec<Suggestion>| s.into_iter().map(|s| (s.kind, s.label.en, s.href)).collect::<Vec<_>>();
            let pick = labels(suggest(&db, "pick").await.unwrap());
            assert!(pick.contains(&(SuggestionKind::Product, "Mango pickle".into(), "/p/mango-pickle".into())));
            assert!(pick.contains(&(SuggestionKind::Product, "Lemon pickle".into(), "/p/lemon-pickle".into())));
            assert!(pick.contains(&(SuggestionKind::Category, "Pickles".into(), "/c/pickles".into())));
            assert!(!pick.iter().any(|(_, label, _)| label == "Amla candy"), "a draft is never suggested");
            let hindi = labels(suggest(&db, "आम का अ").await.unwrap());
            assert_eq!(hindi.first().map(|s| s.2.as_str()), Some("/p/mango-pickle"));
            let group = labels(suggest(&db, "ekta").await.unwrap());
            assert!(group.iter().any(|(kind, _, href)| *kind == SuggestionKind::Group && href == "/g/ekta-tighra"));
            assert!(suggest(&db, "  ").await.unwrap().is_empty());
            assert!(suggest(&db, "%_").await.unwrap().is_empty());
        })
        .await;
    }

    #[tokio::test]
    async fn queries_that_find_nothing_are_counted_without_who_asked() {
        each_engine(|db| async move {
            catalogue(&db).await;
            assert!(found(&db, "xyzzy plugh").await.is_empty());
            assert!(found(&db, "XYZZY  plugh").await.is_empty());
            assert_eq!(found(&db, "mango").await.len(), 1);
            assert_eq!(misses(&db, 10).await.unwrap(), vec![("xyjy plugh".to_string(), 2)]);
        })
        .await;
    }

    #[tokio::test]
    async fn a_word_in_thousands_of_listings_walks_the_sort_order() {
        each_engine(|db| async move {
            catalogue(&db).await;
            crate::testing::bulk_products(&db, COUNT_CAP as usize + 100).await;
            let first = list_products(&db, &ListingQuery { sort: Sort::Newest, ..search("bench") }).await.unwrap();
            assert!(first.more);
            assert_eq!(first.total, COUNT_CAP);
            assert_eq!(first.items.len(), PAGE_SIZE as usize);
            let newest: Vec<&str> = slugs(&first);
            assert_eq!(newest[0], format!("bench-{}", COUNT_CAP + 99), "the newest bench product first");
            let last =
                list_products(&db, &ListingQuery { page: 100, sort: Sort::Newest, ..search("bench") }).await.unwrap();
            assert_eq!(last.items.len(), PAGE_SIZE as usize);
            // Fewer matches: one word of ten, sorted rather than walked.
            let pickles = list_products(&db, &search("bench pickle")).await.unwrap();
            assert!(pickles.total >= (COUNT_CAP + 100) / 10, "every tenth is a pickle, more are in pickle categories");
            assert!(pickles.items.iter().all(|p| p.title.en.contains("pickle")), "pickles by title come first");
        })
        .await;
    }
}
