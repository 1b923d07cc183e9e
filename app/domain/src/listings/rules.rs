//! The rules of a listing, as plain functions: what a seller may enter,
//! and what an edit to a live listing does to its review.

use crate::catalog::tax::{GstRate, Hsn};
use crate::catalog::tiers::{validate_tiers, PriceTier};
use crate::catalog::types::ListingStatus;
use crate::error::AppError;
use crate::i18n::{Text, Tr};
use crate::listings::types::ListingForm;
use crate::money::Money;

/// The highest price a single unit may have here: a handloom silk saree
/// sells for tens of thousands; five lakh is a typing slip.
pub const MAX_PRICE_RUPEES: i64 = 5_00_000;
/// A market price more than this many times the group's price is a slip too.
pub const MAX_MARKET_MULTIPLE: i64 = 5;
/// The heaviest parcel a listing may weigh (50 kg, a sack of flour).
pub const MAX_WEIGHT_GRAMS: i64 = 50_000;
pub const MAX_MIN_ORDER: i64 = 10_000;
pub const MAX_STOCK: i64 = 10_00_000;
/// How far a live listing's price may move from the approved price (either
/// way, in percent) and stay live without a new review.
pub const PRICE_BAND_PERCENT: i64 = 20;
/// A new listing warns at this stock unless the seller says otherwise.
pub const DEFAULT_LOW_STOCK_AT: i64 = 5;
/// Days until a week's extra units are ready, when the seller does not say.
pub const DEFAULT_CAPACITY_DAYS: i64 = 7;
/// The longest a group may take to start making more (about three months).
pub const MAX_CAPACITY_DAYS: i64 = 90;
/// The most units one pack holds (the database allows as many).
pub const MAX_PACK_SIZE: i64 = 10_000;
pub const MAX_PHOTOS: usize = 8;

/// A listing's fields, parsed and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct ListingInput {
    pub category_id: i64,
    pub title: Text,
    pub description: Text,
    pub unit: Text,
    pub price: Money,
    pub market_price: Money,
    pub hsn: Hsn,
    pub gst_rate: GstRate,
    pub weight_grams: i64,
    /// Length, width, height in cm, for the courier's volumetric weight.
    pub size_cm: Option<(i64, i64, i64)>,
    pub min_order_qty: i64,
    pub tiers: Vec<PriceTier>,
    pub stock: i64,
    pub low_stock_at: i64,
    /// Units the group can make in a week beyond its stock (0: only stock).
    pub weekly_capacity: i64,
    /// Days until the first week's extra units are ready.
    pub capacity_days: i64,
    /// Traders buy whole packs of this many (1: loose units).
    pub pack_size: i64,
}

/// What an official reviews: a change to any of it on a live listing sends
/// the listing back to review (prices only beyond the band).
#[derive(Clone, Debug, PartialEq)]
pub struct Reviewed<'a> {
    pub category_id: i64,
    pub title: &'a Text,
    pub description: &'a Text,
    pub unit: &'a Text,
    pub hsn: &'a str,
    pub gst_rate_bp: u32,
}

impl ListingInput {
    pub fn reviewed(&self) -> Reviewed<'_> {
        Reviewed {
            category_id: self.category_id,
            title: &self.title,
            description: &self.description,
            unit: &self.unit,
            hsn: self.hsn.as_str(),
            gst_rate_bp: self.gst_rate.basis_points(),
        }
    }
}

fn invalid(field: &str, hi: impl Into<String>, en: impl Into<String>) -> AppError {
    AppError::validation(field, Text::new(hi, en))
}

/// Trims and joins runs of spaces (but keeps line breaks in descriptions).
fn clean(input: &str) -> String {
    // Control characters (a NUL from a pasted file, a stray escape) have no
    // place in a listing, and PostgreSQL cannot store a NUL at all.
    let input: String = input.chars().filter(|c| *c == '\n' || *c == '\t' || !c.is_control()).collect();
    input
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

fn text_between(field: &str, input: &str, min: usize, max: usize, name: Tr) -> Result<String, AppError> {
    let value = clean(input);
    let len = value.chars().count();
    if len < min || len > max {
        return Err(invalid(
            field,
            format!("{} {min} से {max} अक्षरों का लिखें (अभी {len})", name.hi),
            format!("Write the {} in {min} to {max} characters (now {len})", name.en),
        ));
    }
    Ok(value)
}

fn optional_text(field: &str, input: &str, max: usize, name: Tr) -> Result<String, AppError> {
    if input.trim().is_empty() {
        Ok(String::new())
    } else {
        text_between(field, input, 1, max, name)
    }
}

/// A whole number in `min..=max`, written with or without Indian commas.
pub fn whole_number(field: &str, input: &str, min: i64, max: i64, name: Tr) -> Result<i64, AppError> {
    let cleaned: String =
        crate::i18n::latin_digits(input).chars().filter(|c| *c != ',' && !c.is_whitespace()).collect();
    match cleaned.parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(invalid(
            field,
            format!("{} {min} से {max} के बीच पूरी संख्या लिखें", name.hi),
            format!("Write the {} as a whole number from {min} to {max}", name.en),
        )),
    }
}

fn price(field: &str, input: &str, name: Tr) -> Result<Money, AppError> {
    let money = Money::parse_price(input).map_err(|e| {
        let m = e.message();
        invalid(field, format!("{}: {}", name.hi, m.hi), format!("{}: {}", name.en, m.en))
    })?;
    if money > Money::from_rupees(MAX_PRICE_RUPEES) {
        return Err(invalid(
            field,
            format!("{} बहुत ज़्यादा है: एक नग का दाम ₹5,00,000 तक हो सकता है", name.hi),
            format!("The {} is too high: one unit can cost up to ₹5,00,000", name.en),
        ));
    }
    Ok(money)
}

const TITLE: Tr = Tr::new("नाम", "title");
const DESCRIPTION: Tr = Tr::new("विवरण", "description");
const UNIT: Tr = Tr::new("इकाई", "unit");
const PRICE: Tr = Tr::new("समूह का दाम", "group's price");
const MARKET_PRICE: Tr = Tr::new("बाज़ार दाम", "market price");
const WEIGHT: Tr = Tr::new("वज़न (ग्राम)", "weight in grams");
const MIN_ORDER: Tr = Tr::new("न्यूनतम ऑर्डर", "minimum order");
const STOCK: Tr = Tr::new("स्टॉक", "stock");
const LOW_STOCK: Tr = Tr::new("कम स्टॉक की चेतावनी", "low-stock warning level");
const WEEKLY_CAPACITY: Tr = Tr::new("हर हफ़्ते और कितने बना सकती हैं", "units you can make a week");
const CAPACITY_DAYS: Tr = Tr::new("और माल तैयार होने के दिन", "days until more is ready");
const PACK_SIZE: Tr = Tr::new("एक पैक में इकाइयाँ", "units in a pack");
const TIER_QTY: Tr = Tr::new("थोक दर की मात्रा", "wholesale tier's quantity");
const TIER_PRICE: Tr = Tr::new("थोक दर का दाम", "wholesale tier's price");

/// Checks every field of the listing form. `hsn_hint` is the category's
/// usual HSN heading, used when the seller leaves the HSN empty.
pub fn parse_listing(form: &ListingForm, hsn_hint: Option<&str>) -> Result<ListingInput, AppError> {
    let category_id = form
        .category_id
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| invalid("category_id", "पहले उत्पाद की श्रेणी चुनें", "Choose the product's category first"))?;
    let title = Text::new(
        text_between("title_hi", &form.title_hi, 3, 80, TITLE)?,
        optional_text("title_en", &form.title_en, 80, TITLE)?,
    );
    let description = Text::new(
        text_between("description_hi", &form.description_hi, 20, 2000, DESCRIPTION)?,
        optional_text("description_en", &form.description_en, 2000, DESCRIPTION)?,
    );
    let unit = Text::new(
        text_between("unit_hi", &form.unit_hi, 1, 30, UNIT)?,
        optional_text("unit_en", &form.unit_en, 30, UNIT)?,
    );
    let price_value = price("price", &form.price, PRICE)?;
    let market_price = price("market_price", &form.market_price, MARKET_PRICE)?;
    if market_price < price_value {
        return Err(invalid(
            "market_price",
            format!(
                "बाज़ार दाम ({}) समूह के दाम ({}) से कम है। बाज़ार में यही चीज़ जितने में बिकती है, वह लिखें।",
                market_price.format_exact(),
                price_value.format_exact()
            ),
            format!(
                "The market price ({}) is below the group's price ({}). Write what the same thing sells for in the market.",
                market_price.format_exact(),
                price_value.format_exact()
            ),
        ));
    }
    if market_price > price_value.times(MAX_MARKET_MULTIPLE) {
        return Err(invalid(
            "market_price",
            "बाज़ार दाम समूह के दाम के पाँच गुना से ज़्यादा है — कहीं शून्य ज़्यादा तो नहीं लग गया?",
            "The market price is more than five times the group's price — is there an extra zero?",
        ));
    }
    let hsn_input = if form.hsn.trim().is_empty() { hsn_hint.unwrap_or_default() } else { form.hsn.as_str() };
    let hsn = Hsn::parse(hsn_input).map_err(|message| AppError::validation("hsn", message))?;
    let gst_rate = GstRate::parse(&form.gst_rate).map_err(|message| AppError::validation("gst_rate", message))?;
    let weight_grams = whole_number("weight_grams", &form.weight_grams, 1, MAX_WEIGHT_GRAMS, WEIGHT)?;
    let size_cm = parse_size(&form.size_cm)?;
    let min_order_qty = if form.min_order_qty.trim().is_empty() {
        1
    } else {
        whole_number("min_order_qty", &form.min_order_qty, 1, MAX_MIN_ORDER, MIN_ORDER)?
    };
    let mut tiers = Vec::new();
    for (qty, tier_price, field) in [
        (&form.tier1_qty, &form.tier1_price, "tier1"),
        (&form.tier2_qty, &form.tier2_price, "tier2"),
        (&form.tier3_qty, &form.tier3_price, "tier3"),
    ] {
        match (qty.trim().is_empty(), tier_price.trim().is_empty()) {
            (true, true) => continue,
            (false, false) => tiers.push(PriceTier {
                min_qty: whole_number(field, qty, 2, 1_000_000, TIER_QTY)?,
                unit_price: price(field, tier_price, TIER_PRICE)?,
            }),
            _ => {
                return Err(invalid(
                    field,
                    "थोक दर में मात्रा और दाम दोनों लिखें, या दोनों खाली छोड़ें",
                    "A wholesale tier needs both a quantity and a price, or leave both empty",
                ))
            }
        }
    }
    let tiers =
        validate_tiers(price_value, min_order_qty, &tiers).map_err(|message| AppError::validation("tiers", message))?;
    let stock = whole_number("stock", &form.stock, 0, MAX_STOCK, STOCK)?;
    let low_stock_at = if form.low_stock_at.trim().is_empty() {
        DEFAULT_LOW_STOCK_AT
    } else {
        whole_number("low_stock_at", &form.low_stock_at, 0, MAX_STOCK, LOW_STOCK)?
    };
    let weekly_capacity = if form.weekly_capacity.trim().is_empty() {
        0
    } else {
        whole_number("weekly_capacity", &form.weekly_capacity, 0, MAX_STOCK, WEEKLY_CAPACITY)?
    };
    let capacity_days = if form.capacity_days.trim().is_empty() {
        DEFAULT_CAPACITY_DAYS
    } else {
        whole_number("capacity_days", &form.capacity_days, 1, MAX_CAPACITY_DAYS, CAPACITY_DAYS)?
    };
    let pack_size = if form.pack_size.trim().is_empty() {
        1
    } else {
        whole_number("pack_size", &form.pack_size, 1, MAX_PACK_SIZE, PACK_SIZE)?
    };
    Ok(ListingInput {
        category_id,
        title,
        description,
        unit,
        price: price_value,
        market_price,
        hsn,
        gst_rate,
        weight_grams,
        size_cm,
        min_order_qty,
        tiers,
        stock,
        low_stock_at,
        weekly_capacity,
        capacity_days,
        pack_size,
    })
}

/// The longest side a parcel may have (a courier's usual limit).
pub const MAX_SIDE_CM: i64 = 200;

/// A packed size written "60 x 40 x 30", "60×40×30" or "60 40 30" (cm);
/// empty means small enough to charge by weight alone.
pub fn parse_size(input: &str) -> Result<Option<(i64, i64, i64)>, AppError> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    let input = crate::i18n::latin_digits(input);
    let sides: Vec<i64> = input
        .split(|c: char| c == 'x' || c == 'X' || c == '×' || c == '*' || c.is_whitespace() || c == ',')
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<i64>().unwrap_or(-1))
        .collect();
    match sides.as_slice() {
        [l, w, h] if [l, w, h].iter().all(|s| (1..=MAX_SIDE_CM).contains(*s)) => Ok(Some((*l, *w, *h))),
        _ => Err(invalid(
            "size_cm",
            format!("आकार लंबाई × चौड़ाई × ऊँचाई सेंटीमीटर में लिखें, जैसे 60 x 40 x 30 (हर भुजा {MAX_SIDE_CM} तक)"),
            format!(
                "Write the size as length × width × height in cm, like 60 x 40 x 30 (each side up to {MAX_SIDE_CM})"
            ),
        )),
    }
}

/// The size as the form shows it.
pub fn size_text(size: Option<(i64, i64, i64)>) -> String {
    size.map(|(l, w, h)| format!("{l} x {w} x {h}")).unwrap_or_default()
}

/// Whether `new` is within [`PRICE_BAND_PERCENT`] of `approved`.
pub fn within_band(approved: Money, new: Money) -> bool {
    let (a, n) = (i128::from(approved.to_paise()), i128::from(new.to_paise()));
    (n - a).abs() * 100 <= a * i128::from(PRICE_BAND_PERCENT)
}

/// The status a listing has after its seller saves an edit.
///
/// The rule (also in docs/ARCHITECTURE.md): a draft, a rejected listing or
/// one already in review keeps its status. A live or paused listing stays
/// as it is when only stock, weight, minimum order, tiers, or prices within
/// ±20 % of the prices an official approved change; a change to what the
/// official checked (category, title, description, unit, HSN, GST rate) or
/// a price beyond the band sends it back to review, off the storefront
/// until approved. Prices are compared with the approved ones, not the
/// last saved, so small steps cannot walk a price away unreviewed.
pub fn status_after_edit(
    status: ListingStatus,
    before: &Reviewed<'_>,
    after: &Reviewed<'_>,
    approved: Option<(Money, Money)>,
    new_prices: (Money, Money),
) -> ListingStatus {
    match status {
        ListingStatus::Live | ListingStatus::Paused => {
            let prices_ok = approved
                .is_some_and(|(price, market)| within_band(price, new_prices.0) && within_band(market, new_prices.1));
            if before == after && prices_ok {
                status
            } else {
                ListingStatus::InReview
            }
        }
        other => other,
    }
}

/// The status after photos are added: new photos on a live or paused
/// listing are shown to an official before shoppers see them.
pub fn status_after_new_photos(status: ListingStatus) -> ListingStatus {
    match status {
        ListingStatus::Live | ListingStatus::Paused => ListingStatus::InReview,
        other => other,
    }
}

/// Whether a photo may be deleted: a listing on the storefront, paused or
/// in review keeps at least one photo (shoppers and the official must see
/// the goods); a draft or a rejected listing may lose its last one.
pub fn can_delete_photo(status: ListingStatus, photos: usize) -> Result<(), AppError> {
    if photos <= 1 && matches!(status, ListingStatus::Live | ListingStatus::InReview | ListingStatus::Paused) {
        return Err(AppError::validation(
            "photos",
            Text::new(
                "दुकान पर या जाँच में रखे उत्पाद की आख़िरी फ़ोटो नहीं हटा सकते। पहले नई फ़ोटो लगाएँ।",
                "A listing on the storefront or in review keeps at least one photo. Add a new one first.",
            ),
        ));
    }
    Ok(())
}

/// Whether the seller may send a listing for review, and if not, why.
pub fn can_submit(status: ListingStatus, photos: usize) -> Result<(), AppError> {
    if !matches!(status, ListingStatus::Draft | ListingStatus::Rejected) {
        return Err(AppError::Conflict {
            message: Text::new(
                "यह उत्पाद पहले से जाँच में है या दुकान पर है",
                "This listing is already in review or on the storefront",
            ),
        });
    }
    if photos == 0 {
        return Err(AppError::validation(
            "photos",
            Text::new(
                "जाँच के लिए भेजने से पहले कम से कम एक फ़ोटो लगाएँ",
                "Add at least one photo before sending the listing for review",
            ),
        ));
    }
    Ok(())
}

pub use crate::listings::types::is_low_stock;

/// The readable part of a listing's address, from its English title (or,
/// for a Hindi-only title, its category): "mango-pickle". The store
/// appends the listing's id, which makes it unique.
pub fn slug_base(title_en: &str, fallback: &str) -> String {
    let words: Vec<String> = title_en
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .map(|w| w.to_ascii_lowercase())
        .collect();
    if words.is_empty() {
        fallback.to_string()
    } else {
        words.join("-")
    }
}

/// The titles of a copied listing (a variant: another size, another
/// flavour): the original's, marked new, within the title's 80 letters. An
/// empty English title stays empty.
pub fn copy_titles(title_hi: &str, title_en: &str) -> (String, String) {
    let hi = format!("{title_hi} (नया)").chars().take(80).collect();
    let en = if title_en.is_empty() { String::new() } else { format!("{title_en} (new)").chars().take(80).collect() };
    (hi, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_photo_stays_on_a_listing_shoppers_or_the_official_see() {
        for status in [ListingStatus::Live, ListingStatus::InReview, ListingStatus::Paused] {
            assert!(can_delete_photo(status, 1).is_err(), "{status:?}");
            assert!(can_delete_photo(status, 2).is_ok(), "{status:?} with another photo");
        }
        for status in [ListingStatus::Draft, ListingStatus::Rejected] {
            assert!(can_delete_photo(status, 1).is_ok(), "{status:?}");
        }
    }

    fn form() -> ListingForm {
        ListingForm {
            category_id: "3".into(),
            title_hi: "आम का अचार".into(),
            title_en: "Mango pickle".into(),
            description_hi: "कच्चे आम, सरसों का तेल और घर के मसाले से बना अचार।".into(),
            unit_hi: "500 ग्राम जार".into(),
            unit_en: "500 g jar".into(),
            price: "120".into(),
            market_price: "160".into(),
            hsn: "2001".into(),
            gst_rate: "5".into(),
            weight_grams: "650".into(),
            min_order_qty: "1".into(),
            tier1_qty: "10".into(),
            tier1_price: "110".into(),
            tier2_qty: "50".into(),
            tier2_price: "100".into(),
            stock: "40".into(),
            ..Default::default()
        }
    }

    fn field_of(result: Result<ListingInput, AppError>) -> String {
        match result {
            Err(AppError::Validation { field, message }) => {
                assert!(!message.hi.is_empty() && !message.en.is_empty() && message.hi != message.en);
                field
            }
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    fn with(change: impl FnOnce(&mut ListingForm)) -> String {
        let mut f = form();
        change(&mut f);
        field_of(parse_listing(&f, None))
    }

    #[test]
    fn a_complete_form_is_parsed_with_sorted_tiers_and_defaults() {
        let input = parse_listing(&form(), None).unwrap();
        assert_eq!(input.price, Money::from_rupees(120));
        assert_eq!(input.tiers.len(), 2);
        assert_eq!(input.low_stock_at, DEFAULT_LOW_STOCK_AT);
        assert_eq!(
            (input.weekly_capacity, input.capacity_days),
            (0, DEFAULT_CAPACITY_DAYS),
            "makes nothing more unless she says"
        );
        assert_eq!(input.pack_size, 1, "loose units unless she says");
        assert_eq!(with(|f| f.pack_size = "0".into()), "pack_size");
        assert_eq!(parse_listing(&ListingForm { pack_size: "24".into(), ..form() }, None).unwrap().pack_size, 24);
        let mut f = form();
        f.min_order_qty.clear();
        f.title_en.clear();
        f.price = "₹1,20.50".into();
        let input = parse_listing(&f, None).unwrap();
        assert_eq!(input.min_order_qty, 1);
        assert_eq!(input.title.en, "");
        assert_eq!(input.price.to_paise(), 12050);
    }

    #[test]
    fn a_form_typed_on_a_hindi_keyboard_reads_the_same() {
        let mut f = form();
        f.price = "१२०".into();
        f.market_price = "₹ १६०".into();
        f.hsn = "२००१".into();
        f.gst_rate = "५".into();
        f.weight_grams = "६५०".into();
        f.tier1_qty = "१०".into();
        f.tier1_price = "११०".into();
        f.tier2_qty = "५०".into();
        f.tier2_price = "१००".into();
        f.stock = "४०".into();
        f.size_cm = "३० × २० × १०".into();
        let hindi = parse_listing(&f, None).unwrap();
        let mut latin = form();
        latin.size_cm = "30 x 20 x 10".into();
        assert_eq!(hindi, parse_listing(&latin, None).unwrap());
        assert_eq!(whole_number("stock", "१,२००", 0, 5000, TITLE).unwrap(), 1200);
    }

    #[test]
    fn negative_zero_and_absurd_prices_are_refused() {
        assert_eq!(with(|f| f.price = "-5".into()), "price");
        assert_eq!(with(|f| f.price = "0".into()), "price");
        assert_eq!(with(|f| f.price = "12.345".into()), "price");
        assert_eq!(with(|f| f.price = "abc".into()), "price");
        assert_eq!(
            with(|f| {
                f.price = "600000".into();
                f.market_price = "700000".into()
            }),
            "price"
        );
    }

    #[test]
    fn a_market_price_below_the_group_price_or_far_above_it_is_flagged() {
        assert_eq!(with(|f| f.market_price = "100".into()), "market_price");
        assert_eq!(with(|f| f.market_price = "1600".into()), "market_price");
        let mut f = form();
        f.market_price = "120".into();
        assert!(parse_listing(&f, None).is_ok(), "equal to the price: no saving, but honest");
    }

    #[test]
    fn tiers_must_descend_and_come_in_pairs() {
        assert_eq!(with(|f| f.tier2_price = "115".into()), "tiers");
        assert_eq!(with(|f| f.tier1_price = "125".into()), "tiers");
        assert_eq!(with(|f| f.tier2_qty = "10".into()), "tiers");
        assert_eq!(with(|f| f.tier1_price.clear()), "tier1");
        assert_eq!(with(|f| f.tier3_qty = "100".into()), "tier3");
        assert_eq!(with(|f| { f.min_order_qty = "20".into() }), "tiers");
    }

    #[test]
    fn hsn_must_have_four_six_or_eight_digits_and_defaults_to_the_category() {
        assert_eq!(with(|f| f.hsn = "20".into()), "hsn");
        assert_eq!(with(|f| f.hsn = "2001x".into()), "hsn");
        let mut f = form();
        f.hsn.clear();
        assert_eq!(parse_listing(&f, Some("2001")).unwrap().hsn.as_str(), "2001");
        assert_eq!(field_of(parse_listing(&f, None)), "hsn");
    }

    #[test]
    fn every_other_field_is_checked() {
        assert_eq!(with(|f| f.category_id.clear()), "category_id");
        assert_eq!(with(|f| f.title_hi = "आम".chars().take(2).collect()), "title_hi");
        assert_eq!(with(|f| f.title_en = "x".repeat(81)), "title_en");
        assert_eq!(with(|f| f.description_hi = "छोटा".into()), "description_hi");
        assert_eq!(with(|f| f.unit_hi = "  ".into()), "unit_hi");
        assert_eq!(with(|f| f.gst_rate = "12".into()), "gst_rate");
        assert_eq!(with(|f| f.weight_grams = "0".into()), "weight_grams");
        assert_eq!(with(|f| f.weight_grams = "60000".into()), "weight_grams");
        assert_eq!(with(|f| f.min_order_qty = "0".into()), "min_order_qty");
        assert_eq!(with(|f| f.stock = "-1".into()), "stock");
        assert_eq!(with(|f| f.stock = "2.5".into()), "stock");
        assert_eq!(with(|f| f.low_stock_at = "-3".into()), "low_stock_at");
        assert_eq!(with(|f| f.weekly_capacity = "-1".into()), "weekly_capacity");
        assert_eq!(with(|f| f.capacity_days = "0".into()), "capacity_days");
        assert_eq!(with(|f| f.capacity_days = "91".into()), "capacity_days");
        assert_eq!(with(|f| f.size_cm = "60 x 40".into()), "size_cm");
        assert_eq!(with(|f| f.size_cm = "60 x 40 x 0".into()), "size_cm");
        assert_eq!(with(|f| f.size_cm = "300 x 40 x 30".into()), "size_cm");
    }

    #[test]
    fn a_bulky_listing_gives_its_size_in_everyday_forms() {
        assert_eq!(parse_size("60 x 40 x 30").unwrap(), Some((60, 40, 30)));
        assert_eq!(parse_size("60×40×30").unwrap(), Some((60, 40, 30)));
        assert_eq!(parse_size(" 60 40 30 ").unwrap(), Some((60, 40, 30)));
        assert_eq!(parse_size("").unwrap(), None);
        assert_eq!(size_text(Some((60, 40, 30))), "60 x 40 x 30");
    }

    fn reviewed(input: &ListingInput) -> Reviewed<'_> {
        input.reviewed()
    }

    #[test]
    fn a_live_listing_stays_live_for_stock_and_small_price_changes() {
        let before = parse_listing(&form(), None).unwrap();
        let approved = Some((before.price, before.market_price));
        let mut f = form();
        f.stock = "5".into();
        f.price = "140".into(); // +16.7 %
        f.market_price = "170".into();
        let after = parse_listing(&f, None).unwrap();
        let status = status_after_edit(
            ListingStatus::Live,
            &reviewed(&before),
            &reviewed(&after),
            approved,
            (after.price, after.market_price),
        );
        assert_eq!(status, ListingStatus::Live);
        assert_eq!(
            status_after_edit(
                ListingStatus::Paused,
                &reviewed(&before),
                &reviewed(&after),
                approved,
                (after.price, after.market_price)
            ),
            ListingStatus::Paused
        );
    }

    #[test]
    fn a_big_price_change_or_a_new_title_sends_a_live_listing_back_to_review() {
        let before = parse_listing(&form(), None).unwrap();
        let approved = Some((before.price, before.market_price));
        let mut f = form();
        f.price = "90".into(); // −25 %
        for tier in [&mut f.tier1_qty, &mut f.tier1_price, &mut f.tier2_qty, &mut f.tier2_price] {
            tier.clear();
        }
        let cheaper = parse_listing(&f, None).unwrap();
        let prices = (cheaper.price, cheaper.market_price);
        assert_eq!(
            status_after_edit(ListingStatus::Live, &reviewed(&before), &reviewed(&cheaper), approved, prices),
            ListingStatus::InReview
        );
        let mut f = form();
        f.title_hi = "नींबू का अचार".into();
        let renamed = parse_listing(&f, None).unwrap();
        let prices = (renamed.price, renamed.market_price);
        assert_eq!(
            status_after_edit(ListingStatus::Live, &reviewed(&before), &reviewed(&renamed), approved, prices),
            ListingStatus::InReview
        );
        // Never approved: nothing to compare the price with, so review.
        assert_eq!(
            status_after_edit(ListingStatus::Live, &reviewed(&before), &reviewed(&before), None, prices),
            ListingStatus::InReview
        );
        // Drafts and rejected listings keep their status whatever changes.
        for status in [ListingStatus::Draft, ListingStatus::Rejected, ListingStatus::InReview] {
            assert_eq!(status_after_edit(status, &reviewed(&before), &reviewed(&renamed), approved, prices), status);
        }
    }

    #[test]
    fn the_price_band_is_measured_from_the_approved_price_both_ways() {
        let approved = Money::from_rupees(100);
        assert!(within_band(approved, Money::from_rupees(120)));
        assert!(within_band(approved, Money::from_rupees(80)));
        assert!(!within_band(approved, Money::from_paise(12001)));
        assert!(!within_band(approved, Money::from_paise(7999)));
    }

    #[test]
    fn new_photos_on_a_live_listing_go_to_review_and_submitting_needs_a_photo() {
        assert_eq!(status_after_new_photos(ListingStatus::Live), ListingStatus::InReview);
        assert_eq!(status_after_new_photos(ListingStatus::Draft), ListingStatus::Draft);
        assert!(can_submit(ListingStatus::Draft, 1).is_ok());
        assert!(can_submit(ListingStatus::Rejected, 2).is_ok());
        assert!(matches!(can_submit(ListingStatus::Draft, 0), Err(AppError::Validation { .. })));
        assert!(matches!(can_submit(ListingStatus::Live, 3), Err(AppError::Conflict { .. })));
    }

    #[test]
    fn slugs_come_from_the_english_title_or_fall_back() {
        assert_eq!(slug_base("Mango Pickle (500 g) — spicy!", "x"), "mango-pickle-500-g-spicy");
        assert_eq!(slug_base("", "pickles"), "pickles");
        assert_eq!(slug_base("अचार", "pickles"), "pickles");
    }

    #[test]
    fn stock_at_or_below_the_level_is_low() {
        assert!(is_low_stock(5, 5) && is_low_stock(0, 0) && !is_low_stock(6, 5));
    }

    #[test]
    fn a_copy_is_marked_new_and_stays_within_the_title_limit() {
        assert_eq!(copy_titles("आम का अचार", "Mango pickle"), ("आम का अचार (नया)".into(), "Mango pickle (new)".into()));
        assert_eq!(copy_titles("आम का अचार", "").1, "");
        let long = "अ".repeat(80);
        assert_eq!(copy_titles(&long, "").0.chars().count(), 80);
    }
}
