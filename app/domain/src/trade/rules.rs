//! The trade table's rules: one listing priced for a trader's quantity and
//! address, who may see the table, its order, and its address-bar form.
//! The page, its CSV and (next) the allocation over groups all price rows
//! here, so they always agree.

use crate::catalog::query::{encode_component, is_slug, no_such_page, search_words, unknown_place};
use crate::catalog::tiers::unit_price_for;
use crate::catalog::types::MAX_SEARCH_CHARS;
use crate::i18n::{Lang, Text};
use crate::money::Money;
use crate::orders::choice::{default_delivery, fee_of};
use crate::orders::delivery::{self, DeliveryMethod, ParcelLine, Zone};
use crate::trade::types::*;
use std::cmp::Ordering;

/// Days a group takes to pack and hand over goods it holds.
pub const DISPATCH_DAYS: i64 = 2;

/// Days on the road, by how the goods travel: the group's own delivery
/// inside its area takes a day; a courier as long as its zone's route.
pub fn transit_days(method: DeliveryMethod, zone: Zone) -> i64 {
    match (method, zone) {
        (DeliveryMethod::Pickup, _) => 0,
        (DeliveryMethod::Local, _) => 1,
        (DeliveryMethod::Courier, Zone::Local) => 2,
        (DeliveryMethod::Courier, Zone::State) => 4,
        (DeliveryMethod::Courier, Zone::National) => 6,
        (DeliveryMethod::Courier, Zone::Special) => 9,
    }
}

/// Days until `made` more units are ready, after the `booked` units open
/// orders wait for: week by week at `weekly` a week, the first week's in
/// `first_days`.
pub fn making_days(weekly: i64, first_days: i64, booked: i64, made: i64) -> Option<i64> {
    if made <= 0 {
        return Some(0);
    }
    if weekly <= 0 {
        return None;
    }
    let weeks = (booked.max(0) + made + weekly - 1) / weekly;
    Some(first_days.max(0) + 7 * (weeks - 1))
}

/// How `qty` units can be had from a group holding `on_hand` that makes
/// `weekly` more a week, the first week's ready in `first_days`, after the
/// `booked` units open orders wait for: from stock if it holds enough; else
/// the rest made week by week; else short.
pub fn supply(on_hand: i64, weekly: i64, first_days: i64, booked: i64, qty: i64) -> Supply {
    let extra = qty - on_hand.max(0);
    if extra <= 0 {
        return Supply::FromStock;
    }
    match making_days(weekly, first_days, booked, extra) {
        Some(ready_days) => Supply::Making { extra, ready_days },
        None => Supply::Short { on_hand: on_hand.max(0) },
    }
}

/// Prices one listing for `qty` units delivered to `to`: the tier's unit
/// price, the cheapest way to her door (pickup only when nothing reaches
/// her), the GST rule, and the days until it all arrives.
pub fn price_row(offer: TradeOffer, qty: i64, to: Option<&Destination>) -> TradeRow {
    let unit_price = unit_price_for(offer.price, &offer.tiers, qty);
    let goods = unit_price.times(qty);
    let supply = supply(offer.on_hand, offer.weekly_capacity, offer.capacity_days, offer.booked_making, qty);
    let mut why_not_door = None;
    let delivery = to.map(|to| {
        let parcel =
            delivery::parcel_of([ParcelLine { qty, weight_grams: offer.weight_grams, size_cm: offer.size_cm }]);
        let options = delivery::options(&offer.delivery, parcel, goods, &to.pincode, to.state_id);
        let chosen = default_delivery(&options);
        if chosen.is_none_or(|m| m == DeliveryMethod::Pickup) {
            // The courier's reason says why (the GST rule, usually).
            why_not_door = Some(
                options
                    .iter()
                    .find(|o| o.method == DeliveryMethod::Courier)
                    .and_then(|o| o.fee.clone().err())
                    .unwrap_or_else(|| Text::new("यह समूह यहाँ नहीं भेज सकता", "The group cannot deliver here")),
            );
        }
        match chosen {
            Some(method) => Ok((method, fee_of(&options, method).unwrap_or(Money::ZERO))),
            None => Err(why_not_door.clone().unwrap_or_default()),
        }
    });
    let ready = match supply {
        Supply::FromStock => Some(DISPATCH_DAYS),
        Supply::Making { ready_days, .. } => Some(ready_days.max(DISPATCH_DAYS)),
        Supply::Short { .. } => None,
    };
    // Days to arrive only when the goods come to her door: a row she can
    // only collect from has no arrival to compare (it sorts last, as it
    // does by landed price).
    let days = match (&delivery, to, ready) {
        (Some(Ok((method, _))), Some(to), Some(ready)) if *method != DeliveryMethod::Pickup => {
            let zone = delivery::zone(&offer.delivery.pincode, &to.pincode, offer.delivery.state_id == to.state_id);
            Some(ready + transit_days(*method, zone))
        }
        _ => None,
    };
    let landed_unit = match &delivery {
        // Half a paisa and up rounds up, in whole numbers.
        Some(Ok((method, fee))) if qty > 0 && *method != DeliveryMethod::Pickup => {
            let paise = i128::from((goods + *fee).to_paise());
            Some(Money::from_paise(
                i64::try_from((2 * paise + i128::from(qty)) / (2 * i128::from(qty))).unwrap_or(i64::MAX),
            ))
        }
        _ => None,
    };
    TradeRow {
        below_minimum: qty < offer.min_order_qty,
        offer,
        unit_price,
        goods,
        supply,
        delivery,
        why_not_door,
        days,
        landed_unit,
    }
}

/// Whether a row stays after the trader's filters.
pub fn keep(row: &TradeRow, query: &TradeQuery) -> bool {
    let ships = matches!(row.delivery, Some(Ok((method, _))) if method != DeliveryMethod::Pickup);
    (!query.ships_only || ships) && (!query.stock_only || row.supply == Supply::FromStock)
}

/// Sorts rows by the chosen column. Rows with nothing to compare on that
/// column (no delivery, cannot supply) go last either way; ties go to the
/// cheaper unit price, then the listing id, so the order never shuffles.
/// (The rows' positions are sorted and the rows moved once: a row is large.)
pub fn sort_rows(rows: &mut Vec<TradeRow>, sort: TradeSort, desc: bool, lang: Lang) {
    fn known<T: Ord>(a: Option<T>, b: Option<T>, desc: bool) -> Ordering {
        match (a, b) {
            (Some(a), Some(b)) if desc => b.cmp(&a),
            (Some(a), Some(b)) => a.cmp(&b),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    let fee = |row: &TradeRow| match &row.delivery {
        Some(Ok((method, fee))) if *method != DeliveryMethod::Pickup => Some(*fee),
        _ => None,
    };
    // Without an address to price delivery to, the unit price stands in.
    let landed = |row: &TradeRow| row.landed_unit.or(row.delivery.is_none().then_some(row.unit_price));
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&rows[a], &rows[b]);
        let first = match sort {
            TradeSort::Landed => known(landed(a), landed(b), desc),
            TradeSort::UnitPrice => known(Some(a.unit_price), Some(b.unit_price), desc),
            TradeSort::Delivery => known(fee(a), fee(b), desc),
            TradeSort::Days => known(a.days, b.days, desc),
            TradeSort::Stock => known(Some(a.offer.on_hand), Some(b.offer.on_hand), desc),
            TradeSort::MinOrder => known(Some(a.offer.min_order_qty), Some(b.offer.min_order_qty), desc),
            TradeSort::Group => known(Some(a.offer.group_name.get(lang)), Some(b.offer.group_name.get(lang)), desc),
            TradeSort::Place => known(
                Some((a.offer.state.get(lang), a.offer.district.get(lang))),
                Some((b.offer.state.get(lang), b.offer.district.get(lang))),
                desc,
            ),
        };
        first.then(a.unit_price.cmp(&b.unit_price)).then(a.offer.product_id.cmp(&b.offer.product_id))
    });
    let mut taken: Vec<Option<TradeRow>> = rows.drain(..).map(Some).collect();
    rows.extend(order.into_iter().filter_map(|i| taken[i].take()));
}

/// Who may use the table: a trader whose GSTIN her district office has
/// verified. `trader` is her registration: business name and whether verified.
pub fn standing(trader: Option<(String, bool)>) -> Result<String, TradeStanding> {
    match trader {
        Some((business, true)) => Ok(business),
        Some((business, false)) => Err(TradeStanding::Unverified { business }),
        None => Err(TradeStanding::NotTrader),
    }
}

/// A request that came whole through the API (the page builds its own with
/// [`parse_trade_params`]): within its limits, or a clear refusal.
pub fn checked(query: TradeQuery) -> Result<TradeQuery, crate::error::AppError> {
    use crate::error::AppError;
    if !(1..=MAX_TRADE_QTY).contains(&query.qty) {
        return Err(AppError::validation(
            "qty",
            Text::new("मात्रा 1 से 10,00,000 के बीच होनी चाहिए", "The quantity must be from 1 to 10,00,000"),
        ));
    }
    if query.q.as_deref().is_some_and(|q| q.chars().count() > MAX_SEARCH_CHARS)
        || !query.category.as_deref().is_none_or(is_slug)
        || !query.state.as_deref().is_none_or(is_slug)
        || !(1..=(MAX_TRADE_ROWS / TRADE_PAGE_SIZE) as i64).contains(&query.page)
    {
        return Err(AppError::validation(
            "query",
            Text::new(
                "खोज समझ नहीं आई — फ़ॉर्म से दोबारा खोजें",
                "The request was not understood — search again from the form",
            ),
        ));
    }
    Ok(query)
}

/// Reads the table's request from the address bar. A parameter that makes
/// no sense is dropped with a notice in both languages; the rest stands.
pub fn parse_trade_params<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> (TradeQuery, Vec<Text>) {
    let mut query = TradeQuery::default();
    let mut notices = Vec::new();
    let mut desc = None;
    let mut buy = BuyAsk::default();
    let mut buying = false;
    for (name, raw) in params {
        let value = raw.trim();
        if value.is_empty() {
            continue;
        }
        match name {
            "q" => {
                if let Some(words) = search_words(value) {
                    query.q = Some(words);
                }
            }
            "category" if is_slug(value) => query.category = Some(value.to_string()),
            "state" if is_slug(value) => query.state = Some(value.to_string()),
            "state" => notices.push(unknown_place(value)),
            "category" => notices.push(Text::new(
                format!("\"{value}\" नाम की कोई श्रेणी नहीं है, इसलिए यह फ़िल्टर छोड़ दिया गया"),
                format!("There is no category called \"{value}\", so that filter was ignored"),
            )),
            "qty" => match crate::i18n::latin_digits(value).replace(',', "").parse::<i64>() {
                Ok(qty) if (1..=MAX_TRADE_QTY).contains(&qty) => query.qty = qty,
                _ => notices.push(Text::new(
                    format!(
                        "मात्रा \"{value}\" 1 से 10,00,000 के बीच की पूरी संख्या होनी चाहिए — {DEFAULT_TRADE_QTY} के दाम दिखाए गए"
                    ),
                    format!(
                        "The quantity \"{value}\" must be a whole number from 1 to 10,00,000 — prices are shown for {DEFAULT_TRADE_QTY}"
                    ),
                )),
            },
            "sort" => match TradeSort::from_code(value) {
                Some(sort) => query.sort = sort,
                None => notices.push(Text::new(
                    "यह क्रम उपलब्ध नहीं है, इसलिए दरवाज़े तक के दाम से क्रम दिया गया",
                    "That sort order does not exist, so the table is sorted by landed price",
                )),
            },
            "dir" => desc = Some(value == "desc"),
            "ships" => query.ships_only = matches!(value, "1" | "on" | "true"),
            "stock" => query.stock_only = matches!(value, "1" | "on" | "true"),
            "to" => query.to = value.parse::<i64>().ok().filter(|id| *id > 0),
            "page" => match value.parse::<i64>() {
                Ok(page) if (1..=(MAX_TRADE_ROWS / TRADE_PAGE_SIZE) as i64).contains(&page) => query.page = page,
                _ => notices.push(no_such_page(value)),
            },
            "buy" => buying = matches!(value, "1" | "on" | "true"),
            "max" => match Money::parse_price(value) {
                Ok(max) if max.is_positive() => buy.max_price = Some(max),
                _ => notices.push(Text::new(
                    format!("अधिकतम दाम \"{value}\" समझ नहीं आया, इसलिए कोई सीमा नहीं रखी गई"),
                    format!("The highest price \"{value}\" was not understood, so no limit is set"),
                )),
            },
            "by" => match crate::dates::parse_iso_day(value) {
                Some(day) => buy.by = Some(day),
                None => notices.push(Text::new(
                    format!("तारीख़ \"{value}\" समझ नहीं आई, इसलिए कोई तारीख़ नहीं रखी गई"),
                    format!("The date \"{value}\" was not understood, so no date is set"),
                )),
            },
            "aim" => buy.aim = Aim::from_code(value).unwrap_or_default(),
            // One state per field, or several joined by commas (the split's form).
            "in" => {
                for state in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    if !is_slug(state) {
                        notices.push(unknown_place(state));
                    } else if !buy.states.iter().any(|s| s == state) {
                        buy.states.push(state.to_string());
                    }
                }
            }
            "po" => match parse_po_number(value) {
                Ok(po) => buy.po_number = po,
                Err(notice) => notices.push(notice),
            },
            _ => {
                // `line[<listing id>]=<quantity>`: her own split.
                let id = name.strip_prefix("line[").and_then(|rest| rest.strip_suffix(']'));
                if let Some(id) = id.and_then(|id| id.parse::<i64>().ok()).filter(|id| *id > 0) {
                    match crate::i18n::latin_digits(value).replace(',', "").parse::<i64>() {
                        Ok(qty) if (0..=MAX_TRADE_QTY).contains(&qty) => {
                            buy.lines.retain(|(line, _)| *line != id);
                            buy.lines.push((id, qty));
                            buying = true;
                        }
                        _ => notices.push(Text::new(
                            format!("मात्रा \"{value}\" 0 से 10,00,000 के बीच की पूरी संख्या होनी चाहिए"),
                            format!("The quantity \"{value}\" must be a whole number from 0 to 10,00,000"),
                        )),
                    }
                }
            }
        }
    }
    query.desc = desc.unwrap_or(query.sort.starts_descending());
    query.buy = buying.then_some(buy);
    (query, notices)
}

/// The trader's purchase-order number as she typed it: nothing, or up to
/// 40 letters, digits, spaces and `/ - _ . #` (what PO numbers are made
/// of; it is printed on the invoice).
pub fn parse_po_number(text: &str) -> Result<Option<String>, Text> {
    let po = text.trim();
    if po.is_empty() {
        return Ok(None);
    }
    let allowed = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '/' | '-' | '_' | '.' | '#');
    if po.chars().count() > 40 || !po.chars().all(allowed) {
        return Err(Text::new(
            "PO नंबर में 40 तक अक्षर, अंक, खाली जगह और / - _ . # ही हो सकते हैं",
            "A PO number may have up to 40 letters, digits, spaces and / - _ . # only",
        ));
    }
    Ok(Some(po.to_string()))
}

/// A split's limits as address-bar pairs (`buy=1&max=…&by=…&aim=…&in=…`),
/// with her own quantities when she changed the proposal.
pub fn buy_pairs(buy: &BuyAsk, with_lines: bool) -> Vec<(String, String)> {
    let mut pairs = vec![("buy".to_string(), "1".to_string())];
    if let Some(max) = buy.max_price {
        pairs.push(("max".into(), max.rupees().normalize().to_string()));
    }
    if let Some(by) = buy.by {
        pairs.push(("by".into(), crate::dates::iso_day(by)));
    }
    if buy.aim != Aim::default() {
        pairs.push(("aim".into(), buy.aim.code().into()));
    }
    for state in &buy.states {
        pairs.push(("in".into(), state.clone()));
    }
    if let Some(po) = &buy.po_number {
        pairs.push(("po".into(), po.clone()));
    }
    if with_lines {
        for (id, qty) in &buy.lines {
            pairs.push((format!("line[{id}]"), qty.to_string()));
        }
    }
    pairs
}

/// The table's address with its request (`/trade`, or `/trade.csv`), so
/// sorting, paging and the CSV link keep every other choice.
pub fn trade_href(path: &str, query: &TradeQuery) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(q) = &query.q {
        pairs.push(("q", q.clone()));
    }
    if let Some(category) = &query.category {
        pairs.push(("category", category.clone()));
    }
    pairs.push(("qty", query.qty.to_string()));
    if let Some(state) = &query.state {
        pairs.push(("state", state.clone()));
    }
    if query.ships_only {
        pairs.push(("ships", "1".into()));
    }
    if query.stock_only {
        pairs.push(("stock", "1".into()));
    }
    if let Some(to) = query.to {
        pairs.push(("to", to.to_string()));
    }
    if query.sort != TradeSort::default() {
        pairs.push(("sort", query.sort.code().into()));
    }
    if query.desc != query.sort.starts_descending() {
        pairs.push(("dir", if query.desc { "desc" } else { "asc" }.into()));
    }
    if query.page > 1 {
        pairs.push(("page", query.page.to_string()));
    }
    let mut pairs: Vec<(String, String)> = pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    if let Some(buy) = &query.buy {
        pairs.extend(buy_pairs(buy, true));
    }
    let encoded: Vec<String> =
        pairs.into_iter().map(|(k, v)| format!("{}={}", encode_component(&k), encode_component(&v))).collect();
    format!("{path}?{}", encoded.join("&"))
}

/// The address a column heading links to: sorted by that column, or the
/// other way round when it already is; back to the first page.
pub fn sort_href(query: &TradeQuery, sort: TradeSort) -> String {
    let desc = if query.sort == sort { !query.desc } else { sort.starts_descending() };
    trade_href("/trade", &TradeQuery { sort, desc, page: 1, ..query.clone() })
}

/// Text a spreadsheet will not run: a cell starting with `=`, `+`, `-` or
/// `@` is a formula to Excel, so such text (a title a seller typed) gets a
/// leading apostrophe, which Excel shows as plain text.
pub fn spreadsheet_text(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// One row as the CSV has it, in the trader's language; amounts in plain
/// rupees with two decimals (what a spreadsheet adds up).
pub fn csv_record(row: &TradeRow, qty: i64, lang: Lang) -> Vec<String> {
    let rupees = |m: Money| format!("{:.2}", m.rupees());
    let (delivery, fee) = match &row.delivery {
        Some(Ok((method, fee))) => (crate::orders::text::method_label(*method).get(lang).to_string(), rupees(*fee)),
        Some(Err(why)) => (why.get(lang).to_string(), String::new()),
        None => (String::new(), String::new()),
    };
    let (made_per_week, ready) = match &row.supply {
        Supply::Making { ready_days, .. } => (row.offer.weekly_capacity.to_string(), ready_days.to_string()),
        _ if row.offer.weekly_capacity > 0 => (row.offer.weekly_capacity.to_string(), String::new()),
        _ => (String::new(), String::new()),
    };
    vec![
        spreadsheet_text(row.offer.title.get(lang)),
        spreadsheet_text(row.offer.group_name.get(lang)),
        spreadsheet_text(row.offer.district.get(lang)),
        spreadsheet_text(row.offer.state.get(lang)),
        spreadsheet_text(row.offer.unit.get(lang)),
        row.offer.on_hand.to_string(),
        row.offer.min_order_qty.to_string(),
        row.offer.pack_size.to_string(),
        made_per_week,
        ready,
        qty.to_string(),
        rupees(row.unit_price),
        rupees(row.goods),
        delivery,
        fee,
        row.days.map(|d| d.to_string()).unwrap_or_default(),
        row.landed_unit.map(rupees).unwrap_or_default(),
        format!("/p/{}", row.offer.slug),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::tiers::PriceTier;
    use crate::orders::delivery::{GroupDelivery, LocalService};

    fn offer(id: i64) -> TradeOffer {
        TradeOffer {
            product_id: id,
            slug: format!("petticoat-{id}"),
            title: Text::new("पेटीकोट", "Petticoat"),
            unit: Text::new("1 पेटीकोट", "1 petticoat"),
            group_id: id,
            group_slug: format!("group-{id}"),
            group_name: Text::new(format!("समूह {id}"), format!("Group {id}")),
            district: Text::new("ग्वालियर", "Gwalior"),
            state: Text::new("मध्य प्रदेश", "Madhya Pradesh"),
            state_slug: "madhya-pradesh".into(),
            on_hand: 600,
            min_order_qty: 10,
            pack_size: 1,
            price: Money::from_rupees(220),
            tiers: vec![
                PriceTier { min_qty: 100, unit_price: Money::from_rupees(185) },
                PriceTier { min_qty: 500, unit_price: Money::from_rupees(170) },
            ],
            weight_grams: 250,
            size_cm: None,
            weekly_capacity: 0,
            capacity_days: 7,
            booked_making: 0,
            advance: None,
            delivery: GroupDelivery {
                pincode: "475001".into(),
                state_id: 2,
                gst_registered: true,
                offers_pickup: true,
                local: None,
            },
        }
    }

    fn raipur() -> Destination {
        Destination { address_id: 1, label: "Raipur".into(), pincode: "492001".into(), state_id: 1 }
    }

    #[test]
    fn a_row_is_priced_at_the_tier_for_the_quantity_and_delivered_by_courier() {
        let row = price_row(offer(1), 600, Some(&raipur()));
        assert_eq!(row.unit_price, Money::from_rupees(170), "the 500+ tier");
        assert_eq!(row.goods, Money::from_rupees(170 * 600));
        assert_eq!(row.supply, Supply::FromStock);
        // 600 × 250 g = 150 kg to another state: 75 + 40 × 299.
        let fee = Money::from_rupees(75 + 40 * 299);
        assert_eq!(row.delivery, Some(Ok((DeliveryMethod::Courier, fee))));
        assert_eq!(row.days, Some(DISPATCH_DAYS + 6));
        assert_eq!(row.landed_unit, Some(Money::from_paise(19_006)), "₹1,14,035 ÷ 600, to the paisa");
        assert!(!row.below_minimum);
        assert!(price_row(offer(1), 5, None).below_minimum);
    }

    #[test]
    fn an_unregistered_group_in_another_state_says_why_it_cannot_deliver() {
        let mut unregistered = offer(2);
        unregistered.delivery.gst_registered = false;
        unregistered.delivery.offers_pickup = false;
        let row = price_row(unregistered.clone(), 50, Some(&raipur()));
        let why = row.delivery.clone().unwrap().unwrap_err();
        assert!(why.en.contains("not registered for GST"), "{why:?}");
        assert_eq!((row.days, row.landed_unit), (None, None));
        // With pickup it can still be collected, but it does not ship.
        unregistered.delivery.offers_pickup = true;
        let row = price_row(unregistered, 50, Some(&raipur()));
        assert_eq!(row.delivery, Some(Ok((DeliveryMethod::Pickup, Money::ZERO))));
        assert!(row.why_not_door.as_ref().is_some_and(|w| w.en.contains("not registered for GST")));
        assert_eq!(row.days, None, "nothing arrives: she collects it");
        assert_eq!(row.landed_unit, None, "collecting is not delivered: no landed price");
        assert!(!keep(&row, &TradeQuery { ships_only: true, ..TradeQuery::default() }));
        assert!(keep(&row, &TradeQuery::default()));
    }

    #[test]
    fn local_delivery_wins_when_cheaper_and_takes_a_day() {
        let mut near = offer(3);
        near.delivery.state_id = 1;
        near.delivery.pincode = "492010".into();
        near.delivery.local =
            Some(LocalService { pincodes: vec!["492".into()], fee: Money::from_rupees(100), free_from: None });
        let row = price_row(near, 100, Some(&raipur()));
        assert_eq!(row.delivery, Some(Ok((DeliveryMethod::Local, Money::from_rupees(100)))));
        assert_eq!(row.days, Some(DISPATCH_DAYS + 1));
    }

    #[test]
    fn beyond_stock_the_group_makes_the_rest_week_by_week_or_is_short() {
        assert_eq!(supply(600, 0, 7, 0, 600), Supply::FromStock);
        assert_eq!(supply(600, 0, 7, 0, 601), Supply::Short { on_hand: 600 });
        assert_eq!(supply(600, 200, 5, 0, 700), Supply::Making { extra: 100, ready_days: 5 });
        assert_eq!(supply(600, 200, 5, 0, 1000), Supply::Making { extra: 400, ready_days: 12 });
        assert_eq!(supply(600, 200, 5, 0, 1001), Supply::Making { extra: 401, ready_days: 19 });
        // 150 already promised to open orders come out of the first week.
        assert_eq!(supply(600, 200, 5, 150, 700), Supply::Making { extra: 100, ready_days: 12 });
        assert_eq!(supply(-3, 0, 5, 0, 1), Supply::Short { on_hand: 0 });
        let mut maker = offer(4);
        maker.weekly_capacity = 200;
        maker.capacity_days = 10;
        let row = price_row(maker, 1000, Some(&raipur()));
        assert_eq!(row.days, Some(17 + 6), "two weeks of making, then six days by courier");
        assert!(!keep(&row, &TradeQuery { stock_only: true, ..TradeQuery::default() }));
        assert_eq!(price_row(offer(5), 1000, Some(&raipur())).days, None, "short: no date");
    }

    #[test]
    fn rows_sort_by_each_column_with_the_unknown_last() {
        let mut cheap = offer(1);
        cheap.price = Money::from_rupees(150);
        cheap.tiers.clear();
        cheap.on_hand = 20;
        let mut far = offer(2);
        far.delivery.gst_registered = false;
        far.delivery.offers_pickup = false;
        far.price = Money::from_rupees(100);
        far.tiers.clear();
        let dear = offer(3);
        let to = raipur();
        let mut rows: Vec<TradeRow> = [cheap, far, dear].into_iter().map(|o| price_row(o, 10, Some(&to))).collect();
        let ids = |rows: &[TradeRow]| rows.iter().map(|r| r.offer.product_id).collect::<Vec<_>>();
        sort_rows(&mut rows, TradeSort::Landed, false, Lang::En);
        assert_eq!(ids(&rows), vec![1, 3, 2], "the one that cannot deliver goes last");
        sort_rows(&mut rows, TradeSort::Landed, true, Lang::En);
        assert_eq!(ids(&rows), vec![3, 1, 2], "and stays last the other way round");
        sort_rows(&mut rows, TradeSort::UnitPrice, false, Lang::En);
        assert_eq!(ids(&rows), vec![2, 1, 3]);
        sort_rows(&mut rows, TradeSort::Stock, true, Lang::En);
        assert_eq!(ids(&rows), vec![2, 3, 1], "most stock first; a tie goes to the cheaper");
        sort_rows(&mut rows, TradeSort::Group, true, Lang::En);
        assert_eq!(ids(&rows), vec![3, 2, 1]);
    }

    #[test]
    fn only_a_verified_trader_opens_the_table() {
        assert_eq!(standing(Some(("Agrawal".into(), true))), Ok("Agrawal".into()));
        assert_eq!(standing(Some(("Khan".into(), false))), Err(TradeStanding::Unverified { business: "Khan".into() }));
        assert_eq!(standing(None), Err(TradeStanding::NotTrader));
    }

    #[test]
    fn the_address_bar_round_trips_and_bad_values_are_dropped_with_a_notice() {
        let (query, notices) = parse_trade_params([
            ("q", " हल्दी powder & more "),
            ("qty", "२,०००"),
            ("state", "madhya-pradesh"),
            ("ships", "1"),
            ("sort", "stock"),
            ("to", "7"),
            ("page", "2"),
            ("buy", "1"),
            ("max", "182.50"),
            ("by", "2026-12-15"),
            ("aim", "fewest"),
            ("in", "chhattisgarh"),
            ("in", "madhya-pradesh,chhattisgarh"),
            ("line[12]", "180"),
            ("line[40]", "४२०"),
            ("po", "AW/PO/118"),
        ]);
        assert!(notices.is_empty(), "{notices:?}");
        let buy = query.buy.clone().unwrap();
        assert_eq!(buy.max_price, Some(Money::from_paise(18_250)));
        assert_eq!(buy.by.map(crate::dates::iso_day).as_deref(), Some("2026-12-15"));
        assert_eq!((buy.aim, buy.states.len(), buy.lines.clone()), (Aim::FewestGroups, 2, vec![(12, 180), (40, 420)]));
        assert_eq!(buy.po_number.as_deref(), Some("AW/PO/118"));
        assert_eq!(query.q.as_deref(), Some("हल्दी powder & more"));
        assert_eq!(
            (query.qty, query.sort, query.desc, query.to, query.page),
            (2000, TradeSort::Stock, true, Some(7), 2)
        );
        let href = trade_href("/trade", &query);
        let pairs: Vec<(String, String)> = href
            .split_once('?')
            .unwrap()
            .1
            .split('&')
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap();
                (percent_decode(k), percent_decode(v))
            })
            .collect();
        let (again, _) = parse_trade_params(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(again, query);
        let (bad, notices) = parse_trade_params([
            ("qty", "0"),
            ("sort", "x"),
            ("category", "DROP TABLE"),
            ("page", "x"),
            ("max", "-5"),
            ("by", "15/12/2026"),
            ("line[3]", "many"),
        ]);
        assert_eq!(notices.len(), 7);
        assert_eq!(bad.buy, None, "no split asked for: the limits alone do not ask");
        assert_eq!((bad.qty, bad.sort, bad.category, bad.page), (DEFAULT_TRADE_QTY, TradeSort::Landed, None, 1));
        assert!(notices.iter().all(|n| !n.hi.is_empty() && !n.en.is_empty()));
        // A heading sorts by its column, and a second click turns it round.
        assert!(sort_href(&TradeQuery::default(), TradeSort::Days).contains("sort=days"));
        let by_days = TradeQuery { sort: TradeSort::Days, ..TradeQuery::default() };
        assert!(sort_href(&by_days, TradeSort::Days).contains("dir=desc"));
    }

    #[test]
    fn a_po_number_is_kept_as_typed_within_its_limits() {
        assert_eq!(parse_po_number("  AW/PO/2026-118 "), Ok(Some("AW/PO/2026-118".into())));
        assert_eq!(parse_po_number(""), Ok(None));
        assert!(parse_po_number("=cmd()").is_err());
        assert!(parse_po_number(&"1".repeat(41)).is_err());
    }

    /// `%XX` back to bytes, as a browser's address bar is read.
    fn percent_decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_csv_record_has_every_column_in_the_traders_language() {
        let row = price_row(offer(1), 600, Some(&raipur()));
        let record = csv_record(&row, 600, Lang::Hi);
        assert_eq!(record.len(), crate::trade::text::CSV_COLUMNS.len());
        assert_eq!(record[0], "पेटीकोट");
        assert_eq!(record[7], "1", "units per pack");
        assert_eq!(record[11], "170.00");
        assert_eq!(record[12], "102000.00");
        assert_eq!(record[17], "/p/petticoat-1");
        let mut sly = row.clone();
        sly.offer.title = Text::new("=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")");
        assert_eq!(csv_record(&sly, 600, Lang::En)[0], "'=HYPERLINK(\"x\")", "never a formula");
        assert_eq!(spreadsheet_text("Petticoat"), "Petticoat");
    }
}
