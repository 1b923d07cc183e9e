//! A query's plan, the index read per engine, and suggestions.

use crate::db::{escape_like, Arg, Args, Db, Engine};
use crate::i18n::Text;
use domain::search::plan::{self, Known, Plan};
use domain::search::{self as rules, name_begins_with_all, typos, Suggestion, SuggestionKind, MAX_SUGGESTIONS};
use std::collections::HashSet;

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
        let Some(upper) = next_after_prefix(typed) else { continue };
        let begun: Vec<String> =
            sqlx::query_scalar("SELECT word FROM search_words WHERE word >= $1 AND word < $2 ORDER BY word LIMIT $3")
                .bind(typed.clone())
                .bind(upper)
                .bind(MAX_COMPLETIONS + 1)
                .fetch_all(&db.pool)
                .await?;
        if !begun.is_empty() {
            // Too many to name: the plan looks for the beginning itself.
            let named = if begun.len() as i64 > MAX_COMPLETIONS { Vec::new() } else { begun };
            known.beginnings.insert(typed.clone(), named);
        }
    }
    Ok(plan::plan(&words, &known))
}

/// The most known words a beginning is matched as, by name.
const MAX_COMPLETIONS: i64 = 30;

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
    // A single letter just typed is not a word yet, and waits. A longer
    // unknown one is already matched by the words it begins (the plan).
    if plan.unmatched.last() == Some(being_typed) && being_typed.len() < 2 {
        plan.unmatched.pop();
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
