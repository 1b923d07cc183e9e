//! An indent assessed as it stands (SQL): its prices with tiers, its
//! delivery to each consignee's office, the purchase rule its value (and
//! the office's earlier indents) puts it under, the comparable listings
//! that rule is checked against, and the checkouts a sanction will place.
//! The rules themselves are plain functions (`procurement::rules`).

use crate::catalog::tiers::unit_price_for;
use crate::db::Db;
use crate::error::AppError;
use crate::i18n::Text;
use crate::inventory::tiers_of_many;
use crate::money::Money;
use crate::orders::checkout;
use crate::orders::choice::{default_delivery, GroupChoice};
use crate::orders::types::{PaymentMethod, ShipTo};
use crate::procurement::errors;
use crate::procurement::offices::{office_address, rules_of, state_of_office};
use crate::procurement::rules::{check_lowest, rule_with_earlier, Comparable, EarlierBuy, PurchaseRule};
use crate::procurement::types::{Estimate, Indent, IndentLine};
use sqlx::AnyConnection;
use std::collections::{BTreeMap, HashMap};

/// The office's other indents sent for approval or ordered since `since`,
/// by kind of item, as the split check reads them.
pub async fn earlier_buys(
    conn: &mut AnyConnection,
    office_id: i64,
    except: i64,
    since: i64,
) -> Result<Vec<EarlierBuy>, sqlx::Error> {
    let rows: Vec<(i64, String, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT p.id, i.number, i.submitted_at, p.category_id, p.price_paise, l.qty FROM indents i \
         JOIN indent_lines l ON l.indent_id = i.id JOIN products p ON p.id = l.product_id \
         WHERE i.office_id = $1 AND i.id <> $2 AND i.status IN ('awaiting_approval', 'ordered') \
         AND i.submitted_at >= $3",
    )
    .bind(office_id)
    .bind(except)
    .bind(since)
    .fetch_all(&mut *conn)
    .await?;
    // Valued at the listed price with its tiers, as the indent itself is.
    let products: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let tiers = tiers_of_many(&mut *conn, &products).await?;
    Ok(rows
        .into_iter()
        .map(|(product_id, number, submitted_at, category_id, price, qty)| EarlierBuy {
            indent_number: number,
            submitted_at,
            category_id,
            value: unit_price_for(
                Money::from_paise(price),
                tiers.get(&product_id).map(Vec::as_slice).unwrap_or_default(),
                qty,
            )
            .times(qty),
        })
        .collect())
}

/// What an indent comes to and whether the rules let it through: priced
/// at tiers, delivered to each consignee's office by the cheapest way to
/// the door, each line checked against its comparable listings when the
/// lowest-price rule applies. `refusal` says why it may not go on.
pub struct Assessment {
    pub estimate: Estimate,
    pub refusal: Option<AppError>,
    /// The checkouts approval places: one per consignee's office, one
    /// order per group in each.
    pub deliveries: Vec<Delivery>,
    /// Each line's comparable live listings, cheapest first (by listing):
    /// what the lowest-price rule is checked against, and the page shows.
    pub comparison: Vec<(i64, Vec<Comparable>)>,
}

/// The goods of an indent that go to one consignee, and how each group sends them.
pub struct Delivery {
    pub consignee_id: i64,
    pub ship_to: ShipTo,
    /// (listing, quantity)
    pub items: Vec<(i64, i64)>,
    pub choices: HashMap<i64, GroupChoice>,
}

/// Reads the comparable live listings of a line: the same category, sold
/// by the same unit, priced at the line's quantity.
async fn comparables(conn: &mut AnyConnection, line: &IndentLine) -> Result<Vec<Comparable>, sqlx::Error> {
    let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT p.id, g.name_hi, g.name_en, p.price_paise FROM products p JOIN shg_groups g ON g.id = p.group_id \
         WHERE p.status = 'live' AND p.category_id = $1 AND p.unit_en = $2 AND p.min_order_qty <= $3 \
         ORDER BY p.id LIMIT 500",
    )
    .bind(line.category_id)
    .bind(&line.unit.en)
    .bind(line.qty)
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let tiers = tiers_of_many(&mut *conn, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|(id, hi, en, price)| Comparable {
            listing_id: id,
            group_name: Text::new(hi, en),
            unit_price: unit_price_for(
                Money::from_paise(price),
                tiers.get(&id).map(Vec::as_slice).unwrap_or_default(),
                line.qty,
            ),
        })
        .collect())
}

/// The comparable listings of each line of an indent, cheapest first.
async fn comparison(conn: &mut AnyConnection, indent: &Indent) -> Result<Vec<(i64, Vec<Comparable>)>, sqlx::Error> {
    let mut all = Vec::new();
    for line in &indent.lines {
        let mut found = comparables(&mut *conn, line).await?;
        found.sort_by_key(|c| (c.unit_price, c.listing_id));
        all.push((line.product_id, found));
    }
    Ok(all)
}

/// Assesses an indent as it stands now (prices, delivery, rules).
pub async fn assess(db: &Db, indent: &Indent, now: i64) -> Result<Assessment, AppError> {
    let mut conn = db.pool.acquire().await?;
    let state_id = state_of_office(&mut conn, indent.office_id).await?.ok_or_else(errors::indent_not_found)?;
    let rules = rules_of(&mut conn, state_id).await?;
    let goods = indent.lines.iter().fold(Money::ZERO, |sum, l| sum + l.line_value);

    // Delivery: one checkout per consignee's office.
    let mut by_consignee: BTreeMap<i64, Vec<(i64, i64)>> = BTreeMap::new();
    for line in &indent.lines {
        by_consignee.entry(line.consignee_id).or_default().push((line.product_id, line.qty));
    }
    let mut delivery = Money::ZERO;
    let mut undeliverable = Vec::new();
    let mut deliveries = Vec::new();
    for (consignee, items) in by_consignee {
        let office: Option<i64> = sqlx::query_scalar("SELECT office_id FROM users WHERE id = $1")
            .bind(consignee)
            .fetch_optional(&mut *conn)
            .await?
            .flatten();
        let address = match office {
            Some(office) => office_address(&mut conn, office).await?,
            None => None,
        };
        let Some(address) = address else { return Err(errors::no_such_consignee()) };
        if address.pincode.trim().is_empty() || address.address_line.trim().is_empty() {
            // An office made before addresses were asked for: nowhere to deliver.
            return Err(errors::office_address_missing(&address.name));
        }
        let (name, phone): (String, String) =
            sqlx::query_as("SELECT name, phone FROM users WHERE id = $1").bind(consignee).fetch_one(&mut *conn).await?;
        let ship_to = ShipTo {
            name: format!("{name}, {}", address.name.en),
            phone,
            line1: address.address_line.clone(),
            line2: String::new(),
            city: address.city.clone(),
            district: address.district.clone(),
            state_id: address.state_id,
            pincode: address.pincode.clone(),
        };
        let offers = checkout::quote(db, &items, &ship_to).await?;
        let mut choices = HashMap::new();
        for offer in &offers {
            // To the office's door: pickup is no supply.
            let door: Vec<_> = offer
                .options
                .iter()
                .filter(|o| o.method != crate::orders::delivery::DeliveryMethod::Pickup)
                .cloned()
                .collect();
            match default_delivery(&door) {
                Some(method) => {
                    let fee = crate::orders::choice::fee_of(&door, method).unwrap_or(Money::ZERO);
                    delivery = delivery + fee;
                    choices.insert(offer.group_id, GroupChoice { delivery: method, payment: PaymentMethod::Bill });
                }
                None => undeliverable.extend(
                    indent
                        .lines
                        .iter()
                        .filter(|l| l.group_id == offer.group_id && l.consignee_id == consignee)
                        .map(|l| l.product_id),
                ),
            }
        }
        deliveries.push(Delivery { consignee_id: consignee, ship_to, items, choices });
    }
    let total = goods + delivery;

    let comparison = comparison(&mut conn, indent).await?;

    // The rule: by the whole value, or by earlier indents for the same kind of item.
    let since = now - rules.split_window_days * 86_400_000;
    let earlier = earlier_buys(&mut conn, indent.office_id, indent.id, since).await?;
    let by_category: Vec<(i64, Money)> = indent.lines.iter().map(|l| (l.category_id, l.line_value)).collect();
    // Delivery counts toward the whole purchase (its rule), not toward a kind of item.
    let (own_rule, split) = rule_with_earlier(&rules, now, &by_category, &earlier);
    let rule = own_rule.max(crate::procurement::rules::rule_for(&rules, total));
    let mut rule_words = rule.explain(&rules);
    let mut refusal = None;
    if let Some(split) = &split {
        let why = errors::split_found(&rules, split);
        if let AppError::Validation { message, .. } = &why {
            rule_words = message.clone();
        }
        refusal = Some(why);
    }
    if rule == PurchaseRule::NotThroughHaat {
        refusal =
            Some(split.as_ref().map_or_else(|| errors::not_through_haat(&rules), |s| errors::split_found(&rules, s)));
    } else if rule == PurchaseRule::Lowest {
        // Under the lowest-price rule a split is allowed if every line is L1.
        refusal = None;
        for (line, (_, found)) in indent.lines.iter().zip(&comparison) {
            if let Err(why) = check_lowest(&rules, line.product_id, found) {
                refusal = Some(match &split {
                    Some(s) => errors::split_found(&rules, s),
                    None => errors::not_lowest(&line.title, &why),
                });
                break;
            }
        }
    }
    if refusal.is_none() && !undeliverable.is_empty() {
        refusal = Some(errors::cannot_deliver());
    }
    Ok(Assessment {
        estimate: Estimate { goods, delivery, total, rule, rule_words, undeliverable },
        refusal,
        deliveries,
        comparison,
    })
}
