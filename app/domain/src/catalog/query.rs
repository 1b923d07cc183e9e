//! Reading a listing's filters from the address bar.
//!
//! Anyone can type anything after `?`. Each parameter is parsed on its own;
//! one that makes no sense is dropped and the visitor is told why, in both
//! languages, while the rest of the page still works.

use crate::catalog::types::{ListingQuery, Sort, MAX_PAGE, MAX_SEARCH_CHARS};
use crate::i18n::Text;
use crate::money::Money;

/// Parses query parameters into a listing request plus notices about the
/// parameters that were ignored.
pub fn parse_listing_params<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> (ListingQuery, Vec<Text>) {
    let mut query = ListingQuery { page: 1, ..ListingQuery::default() };
    let mut notices = Vec::new();
    for (name, raw) in params {
        let value = raw.trim();
        if value.is_empty() {
            continue;
        }
        match name {
            "q" => {
                if value.chars().count() > MAX_SEARCH_CHARS {
                    notices.push(Text::new(
                        format!("खोज के शब्द छोटे रखें — पहले {MAX_SEARCH_CHARS} अक्षरों से खोजा गया"),
                        format!("Keep the search short — the first {MAX_SEARCH_CHARS} characters were used"),
                    ));
                }
                if let Some(words) = search_words(value) {
                    query.search = Some(words);
                }
            }
            "min" | "max" => match Money::parse_price(value) {
                Ok(amount) if name == "min" => query.min_price = Some(amount),
                Ok(amount) => query.max_price = Some(amount),
                Err(_) => notices.push(Text::new(
                    format!("दाम की सीमा \"{value}\" समझ नहीं आई, इसलिए उसे छोड़ दिया गया। अंकों में लिखें, जैसे 500"),
                    format!(
                        "The price limit \"{value}\" is not a number, so it was ignored. Write it in figures, like 500"
                    ),
                )),
            },
            "state" | "district" => {
                if is_slug(value) {
                    let slot = if name == "state" { &mut query.state } else { &mut query.district };
                    *slot = Some(value.to_string());
                } else {
                    notices.push(unknown_place(value));
                }
            }
            "stock" => match value {
                "1" | "on" | "true" => query.in_stock_only = true,
                "0" | "off" | "false" => query.in_stock_only = false,
                _ => notices.push(Text::new(
                    "\"केवल उपलब्ध\" फ़िल्टर का मान समझ नहीं आया, इसलिए सब उत्पाद दिखाए गए",
                    "The \"in stock only\" filter had an unknown value, so all products are shown",
                )),
            },
            "sort" => match Sort::from_code(value) {
                Some(sort) => query.sort = sort,
                None => notices.push(Text::new(
                    "यह क्रम उपलब्ध नहीं है, इसलिए हमारी पसंद के क्रम में दिखाया गया",
                    "That sort order does not exist, so the recommended order is used",
                )),
            },
            "page" => match value.parse::<i64>() {
                Ok(page) if (1..=MAX_PAGE).contains(&page) => query.page = page,
                _ => notices.push(no_such_page(value)),
            },
            // The gallery's photo choice and anything else harmless are not listing filters.
            _ => {}
        }
    }
    if let (Some(min), Some(max)) = (query.min_price, query.max_price) {
        if min > max {
            query.min_price = Some(max);
            query.max_price = Some(min);
            notices.push(Text::new(
                "न्यूनतम दाम अधिकतम से बड़ा था, इसलिए दोनों को आपस में बदल दिया गया",
                "The minimum price was above the maximum, so the two were swapped",
            ));
        }
    }
    (query, notices)
}

/// Search words as the address bar gives them: control characters
/// dropped, at most [`MAX_SEARCH_CHARS`], trimmed; `None` when nothing is left.
pub fn search_words(value: &str) -> Option<String> {
    let text: String = value.chars().filter(|c| !c.is_control()).take(MAX_SEARCH_CHARS).collect();
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// The notice for a page number that does not exist.
pub fn no_such_page(value: &str) -> Text {
    Text::new(
        format!("पृष्ठ \"{value}\" नहीं है — पहला पृष्ठ दिखाया गया"),
        format!("There is no page \"{value}\" — showing the first page"),
    )
}

/// Lower-case letters, digits and hyphens: the shape of every slug Haat makes.
pub fn is_slug(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 80
        && value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The notice for a state or district that Haat does not know.
pub fn unknown_place(value: &str) -> Text {
    Text::new(
        format!("\"{value}\" नाम का कोई राज्य या ज़िला हाट पर नहीं है, इसलिए यह फ़िल्टर छोड़ दिया गया"),
        format!("Haat has no state or district called \"{value}\", so that filter was ignored"),
    )
}

/// Rebuilds the address of a listing with one parameter changed (used by
/// pagination and filter links, so they keep the other filters).
pub fn listing_href(path: &str, query: &ListingQuery, page: i64) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(q) = &query.search {
        pairs.push(("q", q.clone()));
    }
    if let Some(min) = query.min_price {
        pairs.push(("min", min.rupees().normalize().to_string()));
    }
    if let Some(max) = query.max_price {
        pairs.push(("max", max.rupees().normalize().to_string()));
    }
    if let Some(state) = &query.state {
        pairs.push(("state", state.clone()));
    }
    if let Some(district) = &query.district {
        pairs.push(("district", district.clone()));
    }
    if query.in_stock_only {
        pairs.push(("stock", "1".into()));
    }
    if query.sort != Sort::Recommended {
        pairs.push(("sort", query.sort.code().into()));
    }
    if page > 1 {
        pairs.push(("page", page.to_string()));
    }
    if pairs.is_empty() {
        return path.to_string();
    }
    let encoded: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={}", encode_component(&v))).collect();
    format!("{path}?{}", encoded.join("&"))
}

/// Percent-encodes a query value (UTF-8, so Hindi search words survive).
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&'static str, &'static str)]) -> (ListingQuery, Vec<Text>) {
        parse_listing_params(pairs.iter().copied())
    }

    #[test]
    fn sensible_filters_are_all_read() {
        let (q, notices) = parse(&[
            ("q", " mango pickle "),
            ("min", "100"),
            ("max", "500.50"),
            ("state", "chhattisgarh"),
            ("district", "raipur"),
            ("stock", "1"),
            ("sort", "price_asc"),
            ("page", "3"),
        ]);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(q.search.as_deref(), Some("mango pickle"));
        assert_eq!(q.min_price, Some(Money::from_rupees(100)));
        assert_eq!(q.max_price, Some(Money::from_paise(50050)));
        assert_eq!(q.state.as_deref(), Some("chhattisgarh"));
        assert_eq!(q.district.as_deref(), Some("raipur"));
        assert!(q.in_stock_only);
        assert_eq!(q.sort, Sort::PriceLowToHigh);
        assert_eq!(q.page, 3);
    }

    #[test]
    fn nonsense_parameters_are_dropped_with_a_notice_each() {
        let (q, notices) = parse(&[
            ("min", "abc"),
            ("max", "-5"),
            ("state", "<script>"),
            ("stock", "maybe"),
            ("sort", "random"),
            ("page", "99999999999999999999"),
        ]);
        assert_eq!(notices.len(), 6, "{notices:?}");
        assert_eq!(q.min_price, None);
        assert_eq!(q.max_price, None);
        assert_eq!(q.state, None);
        assert!(!q.in_stock_only);
        assert_eq!(q.sort, Sort::Recommended);
        assert_eq!(q.page, 1);
        assert!(notices.iter().all(|n| !n.hi.is_empty() && !n.en.is_empty()));
    }

    #[test]
    fn a_reversed_price_range_is_swapped() {
        let (q, notices) = parse(&[("min", "900"), ("max", "100")]);
        assert_eq!(q.min_price, Some(Money::from_rupees(100)));
        assert_eq!(q.max_price, Some(Money::from_rupees(900)));
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn a_long_search_is_cut_with_a_notice() {
        let long = "अ".repeat(200);
        let (q, notices) = parse_listing_params([("q", long.as_str())]);
        assert_eq!(q.search.unwrap().chars().count(), MAX_SEARCH_CHARS);
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn links_keep_the_other_filters_and_encode_hindi() {
        let (q, _) = parse(&[("q", "आम अचार"), ("stock", "1"), ("sort", "newest")]);
        assert_eq!(
            listing_href("/search", &q, 2),
            "/search?q=%E0%A4%86%E0%A4%AE+%E0%A4%85%E0%A4%9A%E0%A4%BE%E0%A4%B0&stock=1&sort=newest&page=2"
        );
        assert_eq!(listing_href("/products", &ListingQuery::default(), 1), "/products");
    }
}
