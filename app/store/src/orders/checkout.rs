//! Placing a checkout (server only): one order per group, in one
//! transaction, taking stock with conditional updates.

use crate::catalog::tiers::{unit_price_for, PriceTier};
use crate::catalog::types::ListingStatus;
use crate::db::{fetch_for_ids, now_ms, Db};
use crate::error::AppError;
use crate::i18n::Text;
use crate::inventory::tiers_of_many;
use crate::money::Money;
use crate::orders::advance::{advance_of, AdvanceTerms, BalanceDue};
use crate::orders::choice::GroupChoice;
use crate::orders::delivery::{self, parcel_of, DeliveryMethod, GroupDelivery, ParcelLine};
use crate::orders::errors;
use crate::orders::number::order_number;
use crate::orders::state::{next, Actor, OrderStatus, Step};
use crate::orders::types::{GroupOffer, OrderChannel, PaymentMethod, PlacedOrder, ShipTo};
use sqlx::AnyConnection;
use std::collections::{BTreeMap, HashMap};

pub use crate::orders::deadlines::{ACCEPT_WITHIN_MS, PAY_WITHIN_MS, UPI_PAY_WITHIN_MS};

/// What the buyer asked for at checkout.
#[derive(Clone, Debug)]
pub struct Checkout {
    pub buyer_id: i64,
    /// Sent with the form; the same key returns the same orders.
    pub idempotency_key: String,
    pub ship_to: ShipTo,
    /// (listing id, quantity)
    pub items: Vec<(i64, i64)>,
    /// The delivery and payment the buyer chose for each group's order.
    pub choices: HashMap<i64, GroupChoice>,
    /// Of each listing's quantity, the units its group makes for this
    /// order in the coming weeks (a trader's split, `trade::allocation`);
    /// the rest is taken from stock. Empty for a cart.
    pub made: HashMap<i64, i64>,
    /// The buyer's purchase-order number, onto every order it makes.
    pub po_number: Option<String>,
    /// The group member who entered it for the buyer (an order taken on
    /// the phone); `None` when the buyer placed it herself.
    pub entered_by: Option<i64>,
    /// Unit prices agreed in a quote, by listing: used instead of the
    /// listed price and its tiers, and the listing's minimum order does
    /// not apply (the group agreed to the quantity). Empty otherwise.
    pub agreed: HashMap<i64, Money>,
    /// Which door it came through. A trader's order (a split, an accepted
    /// quote, an order taken on the phone) pays a group that asks an advance
    /// its advance (`PaymentMethod::on_trade_terms`); only a department's
    /// supply order is paid against a bill.
    pub channel: OrderChannel,
}

#[derive(sqlx::FromRow)]
struct LineSource {
    id: i64,
    group_id: i64,
    status: ListingStatus,
    title_en: String,
    title_hi: String,
    unit_en: String,
    unit_hi: String,
    hsn: String,
    gst_rate_bp: i64,
    price_paise: i64,
    min_order_qty: i64,
    weight_grams: i64,
    length_cm: Option<i64>,
    width_cm: Option<i64>,
    height_cm: Option<i64>,
}

/// The unit price (the price agreed in a quote, else the tier for the
/// quantity) and the line's total.
fn line_price(price_paise: i64, tiers: Option<&Vec<PriceTier>>, agreed: Option<Money>, qty: i64) -> (Money, Money) {
    let unit = agreed.unwrap_or_else(|| {
        unit_price_for(Money::from_paise(price_paise), tiers.map(Vec::as_slice).unwrap_or_default(), qty)
    });
    (unit, unit.times(qty))
}

/// Units of a listing's `qty` its group makes for the order (never more than the line).
fn made_of(checkout: &Checkout, listing_id: i64, qty: i64) -> i64 {
    checkout.made.get(&listing_id).copied().unwrap_or(0).clamp(0, qty)
}

/// The id of a buyer's checkout by its idempotency key (the done page's address).
pub async fn checkout_id(conn: &mut AnyConnection, buyer_id: i64, key: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM checkouts WHERE buyer_id = $1 AND idempotency_key = $2")
        .bind(buyer_id)
        .bind(key)
        .fetch_one(conn)
        .await
}

/// The orders an earlier run of this checkout made.
async fn orders_of(conn: &mut AnyConnection, checkout_id: i64) -> Result<Vec<PlacedOrder>, sqlx::Error> {
    let rows: Vec<(i64, String, i64, OrderStatus, DeliveryMethod, PaymentMethod, i64, i64, i64)> = sqlx::query_as(
        "SELECT id, number, group_id, status, delivery_method, payment_method, goods_paise, delivery_paise, total_paise \
         FROM orders WHERE checkout_id = $1 ORDER BY id",
    )
    .bind(checkout_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, number, group_id, status, method, payment, goods, fee, total)| PlacedOrder {
            id,
            number,
            group_id,
            status,
            delivery: method,
            payment,
            goods: Money::from_paise(goods),
            delivery_fee: Money::from_paise(fee),
            total: Money::from_paise(total),
        })
        .collect())
}

/// How a group sells: where it is and how it delivers, its UPI id (if it
/// takes UPI), and the advance it asks on trade orders (if any).
pub struct GroupTerms {
    pub delivery: GroupDelivery,
    pub upi_vpa: Option<String>,
    pub advance: Option<AdvanceTerms>,
}

/// A group's [`GroupTerms`], in one read.
pub async fn group_terms(conn: &mut AnyConnection, group_id: i64) -> Result<GroupTerms, sqlx::Error> {
    #[allow(clippy::type_complexity)]
    let (pincode, state_id, gstin, pickup, pins, fee, free_from, upi_vpa, percent, balance): (
        String,
        i64,
        Option<String>,
        i64,
        String,
        i64,
        Option<i64>,
        Option<String>,
        i64,
        BalanceDue,
    ) = sqlx::query_as(
        "SELECT v.pincode, g.state_id, g.gstin, g.offers_pickup, g.local_pincodes, g.local_fee_paise, \
             g.local_free_from_paise, g.upi_vpa, g.advance_percent, g.balance_due \
             FROM shg_groups g JOIN villages v ON v.id = g.village_id WHERE g.id = $1",
    )
    .bind(group_id)
    .fetch_one(conn)
    .await?;
    let delivery = GroupDelivery::from_row(pincode, state_id, gstin.is_some(), pickup == 1, &pins, fee, free_from);
    // An advance is paid by UPI to the group: none without a UPI id.
    let advance = AdvanceTerms::from_columns(percent, balance).filter(|_| upi_vpa.is_some());
    Ok(GroupTerms { delivery, upi_vpa, advance })
}

/// A buyer's own saved address as the order's delivery address.
pub async fn ship_to(db: &Db, user_id: i64, address_id: i64) -> Result<Option<ShipTo>, sqlx::Error> {
    let row: Option<(String, String, String, String, String, String, i64, String)> = sqlx::query_as(
        "SELECT name, phone, line1, line2, city, district, state_id, pincode FROM addresses WHERE id = $1 AND user_id = $2",
    )
    .bind(address_id)
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(name, phone, line1, line2, city, district, state_id, pincode)| ShipTo {
        name,
        phone,
        line1,
        line2,
        city,
        district,
        state_id,
        pincode,
    }))
}

/// What each group can do for these items to `ship_to`: its goods priced
/// as `place` will price them, every delivery priced (or why it cannot),
/// and whether it takes UPI. What the checkout page offers.
pub async fn quote(db: &Db, items: &[(i64, i64)], ship_to: &ShipTo) -> Result<Vec<GroupOffer>, sqlx::Error> {
    quote_at(db, items, &HashMap::new(), ship_to).await
}

/// [`quote`] with some listings at a price agreed in a quote (`Checkout::agreed`).
pub async fn quote_at(
    db: &Db,
    items: &[(i64, i64)],
    agreed: &HashMap<i64, Money>,
    ship_to: &ShipTo,
) -> Result<Vec<GroupOffer>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let ids: Vec<i64> = items.iter().map(|(id, _)| *id).collect();
    let all_tiers = tiers_of_many(&mut conn, &ids).await?;
    let mut parcels: BTreeMap<i64, (Vec<ParcelLine>, Money)> = BTreeMap::new();
    // Every product in one read, however many lines.
    let mut products: HashMap<i64, (i64, i64, i64, Option<i64>, Option<i64>, Option<i64>)> = HashMap::new();
    let rows: Vec<(i64, i64, i64, i64, Option<i64>, Option<i64>, Option<i64>)> = fetch_for_ids(
        &mut conn,
        "SELECT id, group_id, weight_grams, price_paise, length_cm, width_cm, height_cm FROM products \
         WHERE id IN ({ids})",
        &ids,
    )
    .await?;
    for (id, group, grams, price, l, w, h) in rows {
        products.insert(id, (group, grams, price, l, w, h));
    }
    for (id, qty) in items {
        let Some(&(group, grams, price, l, w, h)) = products.get(id) else { continue };
        // Priced and packed as `place` will (a free-delivery threshold must
        // agree with the order that follows).
        let (_, line) = line_price(price, all_tiers.get(id), agreed.get(id).copied(), *qty);
        let entry = parcels.entry(group).or_default();
        entry.0.push(ParcelLine { qty: *qty, weight_grams: grams, size_cm: delivery::size_cm(l, w, h) });
        entry.1 = entry.1 + line;
    }
    let mut offers = Vec::new();
    for (group_id, (lines, goods)) in parcels {
        let terms = group_terms(&mut conn, group_id).await?;
        let parcel = parcel_of(lines);
        offers.push(GroupOffer {
            group_id,
            goods,
            options: delivery::options(&terms.delivery, parcel, goods, &ship_to.pincode, ship_to.state_id),
            takes_upi: terms.upi_vpa.is_some(),
            advance: terms.advance,
        });
    }
    Ok(offers)
}

/// What placing a checkout did.
#[derive(Debug)]
pub struct Placement {
    pub orders: Vec<PlacedOrder>,
    /// The key was used before: these are the first attempt's orders, and
    /// this attempt changed nothing (so it must not touch the cart either).
    pub resent: bool,
}

/// Places a checkout: one order per group, all or nothing. Retrying with
/// the same idempotency key (a double tap, a lost answer, a resubmitted
/// form) returns the orders the first attempt made.
pub async fn place(tx: &mut AnyConnection, checkout: &Checkout) -> Result<Placement, AppError> {
    let now = now_ms();
    // The first statement writes, so on SQLite this transaction takes the
    // write lock at once (waiting its turn) instead of failing to upgrade.
    let checkout_id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO checkouts (buyer_id, idempotency_key, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (buyer_id, idempotency_key) DO NOTHING RETURNING id",
    )
    .bind(checkout.buyer_id)
    .bind(&checkout.idempotency_key)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(checkout_id) = checkout_id else {
        // Already placed (or being placed, and now committed: the unique key waited for it).
        let id: i64 = sqlx::query_scalar("SELECT id FROM checkouts WHERE buyer_id = $1 AND idempotency_key = $2")
            .bind(checkout.buyer_id)
            .bind(&checkout.idempotency_key)
            .fetch_one(&mut *tx)
            .await?;
        let orders = orders_of(&mut *tx, id).await?;
        return Ok(Placement { orders, resent: true });
    };

    // After the key check: a retry finds its orders even though the
    // first attempt emptied the cart.
    if checkout.items.is_empty() {
        return Err(errors::cart_empty());
    }
    // The listings, grouped by group (BTreeMap: the same order every time).
    let mut by_group: BTreeMap<i64, Vec<(LineSource, i64)>> = BTreeMap::new();
    let mut quantities: BTreeMap<i64, i64> = BTreeMap::new();
    for (id, qty) in &checkout.items {
        *quantities.entry(*id).or_default() += qty;
    }
    // Every listing of the checkout in one read, however many lines.
    let wanted: Vec<i64> = quantities.keys().copied().collect();
    let rows: Vec<LineSource> = fetch_for_ids(
        &mut *tx,
        "SELECT id, group_id, status, title_en, title_hi, unit_en, unit_hi, hsn, gst_rate_bp, price_paise, \
         min_order_qty, weight_grams, length_cm, width_cm, height_cm FROM products WHERE id IN ({ids})",
        &wanted,
    )
    .await?;
    let mut sources: HashMap<i64, LineSource> = rows.into_iter().map(|s| (s.id, s)).collect();
    for (id, qty) in quantities {
        let source =
            sources.remove(&id).filter(|s| s.status == ListingStatus::Live).ok_or_else(errors::no_longer_on_sale)?;
        let below_minimum = qty < source.min_order_qty && !checkout.agreed.contains_key(&id);
        if below_minimum || qty > 1_000_000 {
            let title = Text::new(&source.title_hi, &source.title_en);
            return Err(errors::below_minimum(&title, source.min_order_qty));
        }
        by_group.entry(source.group_id).or_default().push((source, qty));
    }

    let ids: Vec<i64> = by_group.values().flatten().map(|(source, _)| source.id).collect();
    let all_tiers = tiers_of_many(&mut *tx, &ids).await?;
    // An unpaid order holds its stock until paid: one buyer may hold only
    // so much of a listing unpaid (orders::holds). Cash on delivery is not
    // capped (the order is confirmed at once), and neither is the advance
    // a trader's cash order turns into: the group's own terms make it wait,
    // for a UPI payment window, and without them it would hold the stock
    // as a confirmed order anyway.
    let unpaid: Vec<i64> = by_group
        .iter()
        .filter(|(group, _)| checkout.choices.get(group).is_some_and(|c| !c.payment.confirms_at_once()))
        .flat_map(|(_, lines)| lines.iter().map(|(source, _)| source.id))
        .collect();
    if !unpaid.is_empty() {
        // One buyer's checkouts take their turn here (a row lock on her,
        // until this transaction ends): two at once (two tabs) must not both
        // see nothing held and together pass the cap. SQLite already runs
        // one writer at a time.
        sqlx::query("UPDATE users SET updated_at = updated_at WHERE id = $1")
            .bind(checkout.buyer_id)
            .execute(&mut *tx)
            .await?;
        let hers = crate::inventory::held_unpaid(&mut *tx, &unpaid, Some(checkout.buyer_id)).await?;
        for (source, qty) in by_group.values().flatten().filter(|(s, _)| unpaid.contains(&s.id)) {
            let qty = &(qty - made_of(checkout, source.id, *qty));
            let on_hand = crate::inventory::on_hand(&mut *tx, source.id).await?;
            let room = crate::orders::holds::unpaid_room(on_hand, hers.get(&source.id).copied().unwrap_or(0));
            if *qty > room && *qty <= on_hand {
                return Err(errors::unpaid_hold_cap(&Text::new(&source.title_hi, &source.title_en), room));
            }
        }
    }
    let mut placed = Vec::new();
    for (group_id, lines) in by_group {
        let GroupChoice { delivery: method, payment: chosen } =
            *checkout.choices.get(&group_id).ok_or_else(errors::choose_delivery)?;
        let mut goods = Money::ZERO;
        let mut priced = Vec::new();
        let mut parcel_lines = Vec::new();
        for (source, qty) in lines {
            let agreed = checkout.agreed.get(&source.id).copied();
            let (unit, line) = line_price(source.price_paise, all_tiers.get(&source.id), agreed, qty);
            goods = goods + line;
            parcel_lines.push(ParcelLine {
                qty,
                weight_grams: source.weight_grams,
                size_cm: delivery::size_cm(source.length_cm, source.width_cm, source.height_cm),
            });
            priced.push((source, qty, unit, line));
        }
        let GroupTerms { delivery: group, upi_vpa, advance } = group_terms(&mut *tx, group_id).await?;
        let trade = checkout.channel == OrderChannel::Trade;
        let payment = if trade { chosen.on_trade_terms(advance) } else { chosen };
        if payment == PaymentMethod::Advance && (!trade || advance.is_none()) {
            // Not a trader's order, or the group asks no advance (any more).
            return Err(errors::choose_payment());
        }
        if (payment == PaymentMethod::Bill) != (checkout.channel == OrderChannel::Government) {
            // A bill is how an office pays, and the only way it pays.
            return Err(errors::choose_payment());
        }
        let options = delivery::options(
            &group,
            parcel_of(parcel_lines),
            goods,
            &checkout.ship_to.pincode,
            checkout.ship_to.state_id,
        );
        let fee = options
            .into_iter()
            .find(|o| o.method == method)
            .map(|o| o.fee)
            .unwrap_or_else(|| Err(errors::delivery_not_available()))
            .map_err(|message| AppError::validation("delivery", message))?;
        let total = goods + fee;
        if payment.upi_first() && upi_vpa.is_none() {
            return Err(errors::group_takes_no_upi());
        }
        let pay_within = if payment.upi_first() { UPI_PAY_WITHIN_MS } else { PAY_WITHIN_MS };
        // The terms as they are now, copied onto the order. An advance that
        // rounds up to the whole total is a payment in full.
        let part = advance
            .filter(|_| payment == PaymentMethod::Advance)
            .map(|t| (advance_of(total, t.percent), t.balance))
            .filter(|(advance, _)| *advance < total);
        let payment =
            if payment == PaymentMethod::Advance && part.is_none() { PaymentMethod::UpiToGroup } else { payment };

        let status_after = if payment.confirms_at_once() {
            next(OrderStatus::Placed, Step::Confirm, Actor::System)
        } else {
            next(OrderStatus::Placed, Step::AwaitPayment, Actor::System)
        }
        .map_err(|_| AppError::Internal)?;
        let s = &checkout.ship_to;
        let order_id: i64 = sqlx::query_scalar(
            "INSERT INTO orders (number, checkout_id, buyer_id, group_id, status, delivery_method, payment_method, \
             goods_paise, delivery_paise, total_paise, ship_name, ship_phone, ship_line1, ship_line2, ship_city, \
             ship_district, ship_state_id, ship_pincode, pay_by, accept_by, created_at, updated_at, upi_vpa, po_number, \
             entered_by, advance_paise, balance_due, channel) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, \
             $13, $14, $15, $16, $17, $18, $19, $20, $21, $21, $22, $23, $24, $25, $26, $27) \
             RETURNING id",
        )
        .bind(format!("pending-{checkout_id}-{group_id}"))
        .bind(checkout_id)
        .bind(checkout.buyer_id)
        .bind(group_id)
        .bind(status_after)
        .bind(method)
        .bind(payment)
        .bind(goods.to_paise())
        .bind(fee.to_paise())
        .bind(total.to_paise())
        .bind(&s.name)
        .bind(&s.phone)
        .bind(&s.line1)
        .bind(&s.line2)
        .bind(&s.city)
        .bind(&s.district)
        .bind(s.state_id)
        .bind(&s.pincode)
        .bind((status_after == OrderStatus::AwaitingPayment).then_some(now + pay_within))
        .bind((status_after == OrderStatus::Confirmed).then_some(now + ACCEPT_WITHIN_MS))
        .bind(now)
        .bind(upi_vpa.filter(|_| payment.upi_first()))
        .bind(&checkout.po_number)
        .bind(checkout.entered_by)
        .bind(part.map(|(advance, _)| advance.to_paise()))
        .bind(part.map(|(_, balance)| balance))
        .bind(checkout.channel)
        .fetch_one(&mut *tx)
        .await?;
        let (year, month) = crate::dates::year_month(now);
        let number = order_number(order_id, year, month);
        sqlx::query("UPDATE orders SET number = $1 WHERE id = $2")
            .bind(&number)
            .bind(order_id)
            .execute(&mut *tx)
            .await?;

        for (source, qty, unit, line) in priced {
            // Take the units from whichever of the group's locations holds
            // enough, in one conditional update: never below zero. (Units
            // made for the order are not taken; with none from stock the
            // line still names the location the goods leave from.)
            let made = made_of(checkout, source.id, qty);
            let location = crate::inventory::take(&mut *tx, source.id, qty - made).await?;
            let location =
                location.ok_or_else(|| errors::out_of_stock(&Text::new(&source.title_hi, &source.title_en)))?;
            sqlx::query(
                "INSERT INTO order_lines (order_id, product_id, location_id, title_en, title_hi, unit_en, unit_hi, hsn, \
                 gst_rate_bp, qty, unit_price_paise, line_paise, made_qty) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            )
            .bind(order_id)
            .bind(source.id)
            .bind(location)
            .bind(&source.title_en)
            .bind(&source.title_hi)
            .bind(&source.unit_en)
            .bind(&source.unit_hi)
            .bind(&source.hsn)
            .bind(source.gst_rate_bp)
            .bind(qty)
            .bind(unit.to_paise())
            .bind(line.to_paise())
            .bind(made)
            .execute(&mut *tx)
            .await?;
        }
        for (from, to) in [(None, OrderStatus::Placed), (Some(OrderStatus::Placed), status_after)] {
            // The first step is whoever placed it: the buyer, or the member who took it on the phone.
            let actor = if from.is_none() { checkout.entered_by.or(Some(checkout.buyer_id)) } else { None };
            crate::orders::steps::record_event(&mut *tx, order_id, actor, from, to, "", now).await?;
        }
        let text = crate::orders::text::status_notice(&number, status_after);
        for audience in crate::orders::notify::audiences(status_after) {
            crate::orders::notify::tell(&mut *tx, order_id, *audience, &text, now).await?;
        }
        placed.push(PlacedOrder {
            id: order_id,
            number,
            group_id,
            status: status_after,
            delivery: method,
            payment,
            goods,
            delivery_fee: fee,
            total,
        });
    }
    Ok(Placement { orders: placed, resent: false })
}

#[cfg(test)]
mod tests {
    //! Each test runs on a fresh SQLite database, then on PostgreSQL.

    use super::*;
    use crate::db::testing::each_engine;
    use crate::testing::place;
    use crate::testing::{catalogue, Fixture};

    async fn buyers(db: &Db, count: usize) -> Vec<i64> {
        let mut ids = Vec::with_capacity(count);
        for n in 0..count {
            let id = crate::testing::shopper(db, &format!("97{n:08}")).await;
            ids.push(id);
        }
        ids
    }

    async fn raipur_address(db: &Db) -> ShipTo {
        let state_id: i64 =
            sqlx::query_scalar("SELECT id FROM states WHERE slug = 'chhattisgarh'").fetch_one(&db.pool).await.unwrap();
        ShipTo {
            name: "Sunita Verma".into(),
            phone: "9000000001".into(),
            line1: "House 4, Station Road".into(),
            line2: String::new(),
            city: "Raipur".into(),
            district: "Raipur".into(),
            state_id,
            pincode: "492001".into(),
        }
    }

    async fn on_hand(db: &Db, product: i64) -> i64 {
        sqlx::query_scalar("SELECT CAST(SUM(on_hand) AS BIGINT) FROM stock WHERE product_id = $1")
            .bind(product)
            .fetch_one(&db.pool)
            .await
            .unwrap()
    }

    fn checkout(f: &Fixture, buyer: i64, key: &str, ship_to: ShipTo, items: Vec<(i64, i64)>) -> Checkout {
        Checkout {
            buyer_id: buyer,
            idempotency_key: key.into(),
            ship_to,
            items,
            choices: HashMap::from([
                (
                    f.raipur_group,
                    GroupChoice { delivery: DeliveryMethod::Courier, payment: PaymentMethod::CashOnDelivery },
                ),
                (
                    f.gwalior_group,
                    GroupChoice { delivery: DeliveryMethod::Pickup, payment: PaymentMethod::CashOnDelivery },
                ),
            ]),
            made: HashMap::new(),
            po_number: None,
            entered_by: None,
            agreed: HashMap::new(),
            channel: OrderChannel::Retail,
        }
    }

    #[tokio::test]
    async fn a_cart_from_two_groups_becomes_one_order_each_with_tier_prices_and_copied_lines() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let buyer = buyers(&db, 1).await[0];
            let to = raipur_address(&db).await;
            let orders =
                place(&db, &checkout(&f, buyer, "k1", to, vec![(f.mango_pickle, 10), (f.jute_bag, 2)])).await.unwrap();
            assert_eq!(orders.len(), 2);
            let mango = orders.iter().find(|o| o.group_id == f.raipur_group).unwrap();
            // 10 jars: below the 12-jar tier, so ₹140 each.
            assert_eq!(mango.goods, Money::from_rupees(1400));
            assert_eq!(mango.status, OrderStatus::Confirmed, "cash on delivery: the group is asked at once");
            assert!(crate::orders::number::is_valid(&mango.number), "{}", mango.number);
            let bags = orders.iter().find(|o| o.group_id == f.gwalior_group).unwrap();
            assert_eq!((bags.delivery, bags.delivery_fee), (DeliveryMethod::Pickup, Money::ZERO));
            assert_eq!(on_hand(&db, f.mango_pickle).await, 0);
            assert_eq!(on_hand(&db, f.jute_bag).await, 38);
            // The line keeps the title and price of the moment.
            sqlx::query("UPDATE products SET title_en = 'Renamed', price_paise = 1 WHERE id = $1")
                .bind(f.mango_pickle)
                .execute(&db.pool)
                .await
                .unwrap();
            let (title, unit_price, hsn): (String, i64, String) =
                sqlx::query_as("SELECT title_en, unit_price_paise, hsn FROM order_lines WHERE order_id = $1")
                    .bind(mango.id)
                    .fetch_one(&db.pool)
                    .await
                    .unwrap();
            assert_eq!((title.as_str(), unit_price, hsn.as_str()), ("Mango pickle", 14_000, "2001"));
            let events: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM order_events WHERE order_id = $1")
                .bind(mango.id)
                .fetch_one(&db.pool)
                .await
                .unwrap();
            assert_eq!(events, 2, "placed, then confirmed");
        })
        .await;
    }

    /// 600 jars of mango pickle on the shelf, and a buyer in Raipur.
    async fn big_stock_and_a_buyer(db: &Db, f: &Fixture) -> (i64, ShipTo) {
        sqlx::query("UPDATE stock SET on_hand = 600 WHERE product_id = $1")
            .bind(f.mango_pickle)
            .execute(&db.pool)
            .await
            .unwrap();
        (buyers(db, 1).await[0], raipur_address(db).await)
    }

    #[tokio::test]
    async fn one_unpaid_buyer_holds_at_most_half_of_a_big_stock() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let (buyer, ship_to) = big_stock_and_a_buyer(&db, &f).await;
            let by = |key: &str, qty: i64, payment: PaymentMethod| {
                let mut c = checkout(&f, buyer, key, ship_to.clone(), vec![(f.mango_pickle, qty)]);
                c.choices =
                    HashMap::from([(f.raipur_group, GroupChoice { delivery: DeliveryMethod::Pickup, payment })]);
                c
            };
            // 301 of 600 unpaid: refused, nothing taken.
            match place(&db, &(by("unpaid-301", 301, PaymentMethod::UpiToGroup))).await {
                Err(AppError::Validation { field, message }) => {
                    assert_eq!(field, "payment");
                    assert!(message.en.contains("at most 300"), "{}", message.en);
                }
                other => panic!("expected the hold cap, got {other:?}"),
            }
            assert_eq!(on_hand(&db, f.mango_pickle).await, 600);
            // Half is fine; then nothing more unpaid until she pays.
            place(&db, &(by("unpaid-300", 300, PaymentMethod::UpiToGroup))).await.unwrap();
            match place(&db, &(by("unpaid-more", 1, PaymentMethod::Gateway))).await {
                Err(AppError::Validation { field, message }) => {
                    assert_eq!(field, "payment");
                    assert!(message.en.contains("no more"), "{}", message.en);
                }
                other => panic!("expected the hold cap, got {other:?}"),
            }
            // Cash on delivery holds nothing unpaid: no cap.
            place(&db, &(by("cash-100", 100, PaymentMethod::CashOnDelivery))).await.unwrap();
            assert_eq!(on_hand(&db, f.mango_pickle).await, 200);
            let held = crate::inventory::held_unpaid(&mut db.pool.acquire().await.unwrap(), &[f.mango_pickle], None)
                .await
                .unwrap();
            assert_eq!(held.get(&f.mango_pickle), Some(&300), "held for the unpaid order");
        })
        .await;
    }

    #[tokio::test]
    async fn two_unpaid_checkouts_at_once_by_one_buyer_do_not_pass_the_cap_together() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let (buyer, ship_to) = big_stock_and_a_buyer(&db, &f).await;
            let tabs: Vec<_> = ["tab-one-0000000001", "tab-two-0000000002", "tab-three-00000003"]
                .into_iter()
                .map(|key| {
                    let mut c = checkout(&f, buyer, key, ship_to.clone(), vec![(f.mango_pickle, 250)]);
                    c.choices = HashMap::from([(
                        f.raipur_group,
                        GroupChoice { delivery: DeliveryMethod::Pickup, payment: PaymentMethod::UpiToGroup },
                    )]);
                    let db = db.clone();
                    tokio::spawn(async move { place(&db, &c).await.is_ok() })
                })
                .collect();
            let mut placed = 0;
            for tab in tabs {
                placed += usize::from(tab.await.unwrap());
            }
            assert_eq!(placed, 1, "250 + 250 > 300: only one of the tabs may hold its 250 unpaid");
            assert_eq!(on_hand(&db, f.mango_pickle).await, 350);
        })
        .await;
    }

    #[tokio::test]
    async fn an_unregistered_group_cannot_ship_out_of_state_and_nothing_is_taken() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let buyer = buyers(&db, 1).await[0];
            let mut c =
                checkout(&f, buyer, "k1", raipur_address(&db).await, vec![(f.mango_pickle, 2), (f.jute_bag, 2)]);
            c.choices.insert(
                f.gwalior_group,
                GroupChoice { delivery: DeliveryMethod::Courier, payment: PaymentMethod::CashOnDelivery },
            );
            match place(&db, &c).await {
                Err(AppError::Validation { field, message }) => {
                    assert_eq!(field, "delivery");
                    assert!(message.en.contains("not registered for GST"));
                }
                other => panic!("expected the inter-state refusal, got {other:?}"),
            }
            assert_eq!(on_hand(&db, f.mango_pickle).await, 10, "all or nothing");
            let checkouts: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM checkouts").fetch_one(&db.pool).await.unwrap();
            assert_eq!(checkouts, 0);
        })
        .await;
    }

    /// Hundreds of buyers race for the last units: stock never goes below
    /// zero, no more units are sold than there were, and every buyer who
    /// misses out is told plainly.
    #[tokio::test]
    async fn concurrent_checkouts_never_oversell() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let to = raipur_address(&db).await;
            let people = buyers(&db, 200).await;
            let tasks = people.iter().map(|buyer| {
                let (db, c) = (db.clone(), checkout(&f, *buyer, "race", to.clone(), vec![(f.groundnut_oil, 1)]));
                tokio::spawn(async move { place(&db, &c).await })
            });
            let results = futures::future::join_all(tasks).await;
            let sold = results.iter().filter(|r| matches!(r, Ok(Ok(_)))).count();
            let refused: Vec<_> = results.iter().filter_map(|r| r.as_ref().unwrap().as_ref().err()).collect();
            assert_eq!(sold, 5, "five bottles, five buyers");
            assert_eq!(refused.len(), 195);
            for error in refused {
                assert!(
                    matches!(error, AppError::OutOfStock { message } if message.en.contains("not enough")),
                    "{error:?}"
                );
            }
            assert_eq!(on_hand(&db, f.groundnut_oil).await, 0);
            let units: i64 =
                sqlx::query_scalar("SELECT CAST(SUM(qty) AS BIGINT) FROM order_lines WHERE product_id = $1")
                    .bind(f.groundnut_oil)
                    .fetch_one(&db.pool)
                    .await
                    .unwrap();
            assert_eq!(units, 5);
        })
        .await;
    }

    #[tokio::test]
    async fn the_same_checkout_sent_many_times_at_once_makes_one_set_of_orders() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let buyer = buyers(&db, 1).await[0];
            let c = checkout(
                &f,
                buyer,
                "tap-tap-tap",
                raipur_address(&db).await,
                vec![(f.mango_pickle, 1), (f.jute_bag, 1)],
            );
            let tasks = (0..12).map(|_| {
                let (db, c) = (db.clone(), c.clone());
                tokio::spawn(async move { place(&db, &c).await })
            });
            let results: Vec<Vec<PlacedOrder>> =
                futures::future::join_all(tasks).await.into_iter().map(|r| r.unwrap().unwrap()).collect();
            for r in &results {
                assert_eq!(r, &results[0], "every answer names the same orders");
            }
            let orders: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM orders").fetch_one(&db.pool).await.unwrap();
            assert_eq!(orders, 2);
            assert_eq!(on_hand(&db, f.mango_pickle).await, 9, "one jar taken, once");
        })
        .await;
    }
}
