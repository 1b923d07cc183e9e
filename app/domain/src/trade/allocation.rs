//! Buying a quantity across groups: what one group can do for a quantity
//! (`plan_line`), and a split of the whole quantity over groups within the
//! trader's limits (`allocate`), each line explained in words. The page
//! proposes with these and placing checks every line again with them.

use crate::catalog::tiers::unit_price_for;
use crate::dates::day_label;
use crate::i18n::{Lang, Text};
use crate::money::{group_indian, Money};
use crate::orders::choice::{default_delivery, fee_of};
use crate::orders::delivery::{self, DeliveryMethod, ParcelLine};
use crate::trade::rules::{making_days, transit_days, DISPATCH_DAYS};
use crate::trade::types::*;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

/// How far past her date the answer looks for "all of it, by when".
const LOOK_AHEAD_DAYS: i64 = 366;

fn n(qty: i64) -> String {
    group_indian(qty.max(0) as u128)
}

/// Units a group can have ready within `days` days: what it holds (if
/// packing fits), and each week's making ready in time after the booked units.
pub fn ready_within(offer: &TradeOffer, days: i64) -> i64 {
    if days < DISPATCH_DAYS {
        return 0;
    }
    let making = if offer.weekly_capacity > 0 && days >= offer.capacity_days {
        let weeks = (days - offer.capacity_days) / 7 + 1;
        (offer.weekly_capacity.saturating_mul(weeks) - offer.booked_making).max(0)
    } else {
        0
    };
    offer.on_hand.max(0).saturating_add(making)
}

/// The cheapest way to her door for `qty` units of this listing and its
/// fee, or why none brings it (the GST rule, usually). Collecting is not
/// a way to her door: a split only uses groups that deliver.
pub fn door_delivery(
    offer: &TradeOffer,
    qty: i64,
    goods: Money,
    to: &Destination,
) -> Result<(DeliveryMethod, Money), Text> {
    let parcel = delivery::parcel_of([ParcelLine { qty, weight_grams: offer.weight_grams, size_cm: offer.size_cm }]);
    let options = delivery::options(&offer.delivery, parcel, goods, &to.pincode, to.state_id);
    let door: Vec<_> = options.iter().filter(|o| o.method != DeliveryMethod::Pickup).cloned().collect();
    match default_delivery(&door) {
        Some(method) => Ok((method, fee_of(&door, method).unwrap_or(Money::ZERO))),
        None => Err(door
            .iter()
            .find(|o| o.method == DeliveryMethod::Courier)
            .and_then(|o| o.fee.clone().err())
            .unwrap_or_else(|| Text::new("यह समूह आपके पते तक नहीं भेज सकता", "This group cannot deliver to your address"))),
    }
}

/// What one group can do for `qty` units to `to`, arriving within
/// `within` days and at no more than `max_price` a unit; or why not, in words.
pub fn plan_line(
    offer: &TradeOffer,
    qty: i64,
    to: &Destination,
    within: Option<i64>,
    max_price: Option<Money>,
) -> Result<LinePlan, Text> {
    if qty < offer.min_order_qty.max(1) {
        return Err(Text::new(
            format!("कम से कम {} का ऑर्डर", n(offer.min_order_qty)),
            format!("The minimum order is {}", n(offer.min_order_qty)),
        ));
    }
    let pack = offer.pack_size.max(1);
    if qty % pack != 0 {
        return Err(Text::new(
            format!("{pack} के पूरे पैक में ही — {} या {}", n(qty / pack * pack), n((qty / pack + 1) * pack)),
            format!("Sold in whole packs of {pack} — {} or {}", n(qty / pack * pack), n((qty / pack + 1) * pack)),
        ));
    }
    let from_stock = qty.min(offer.on_hand.max(0));
    let made = qty - from_stock;
    let Some(making) = making_days(offer.weekly_capacity, offer.capacity_days, offer.booked_making, made) else {
        return Err(Text::new(
            format!("इसके पास केवल {} हैं और यह और नहीं बनाता", n(from_stock)),
            format!("It holds only {} and makes no more", n(from_stock)),
        ));
    };
    let unit_price = unit_price_for(offer.price, &offer.tiers, qty);
    if let Some(max) = max_price.filter(|max| unit_price > *max) {
        return Err(Text::new(
            format!("इस मात्रा पर {} प्रति इकाई, आपकी सीमा {} से ऊपर", unit_price.format(Lang::Hi), max.format(Lang::Hi)),
            format!(
                "{} a unit at this quantity, above your limit of {}",
                unit_price.format(Lang::En),
                max.format(Lang::En)
            ),
        ));
    }
    let goods = unit_price.times(qty);
    let (method, fee) = door_delivery(offer, qty, goods, to)?;
    let zone = delivery::zone(&offer.delivery.pincode, &to.pincode, offer.delivery.state_id == to.state_id);
    let days = making.max(DISPATCH_DAYS) + transit_days(method, zone);
    if let Some(within) = within.filter(|within| days > *within) {
        return Err(Text::new(
            format!("{days} दिन में पहुँचेगा, आपकी तारीख़ ({within} दिन) के बाद"),
            format!("It would take {days} days to reach you, after your date ({within} days)"),
        ));
    }
    // Half a paisa and up rounds up, in whole numbers.
    let paise = i128::from((goods + fee).to_paise());
    let landed_unit =
        Money::from_paise(i64::try_from((2 * paise + i128::from(qty)) / (2 * i128::from(qty))).unwrap_or(i64::MAX));
    Ok(LinePlan { qty, from_stock, made, unit_price, goods, method, fee, days, landed_unit })
}

/// A line in words: where the units come from, what they cost, when they arrive.
pub fn line_words(plan: &LinePlan, today: i64) -> Text {
    let source = |lang: Lang| match (plan.from_stock, plan.made, lang) {
        (s, 0, Lang::Hi) => format!("{} तैयार माल से", n(s)),
        (s, 0, _) => format!("{} from stock", n(s)),
        (0, m, Lang::Hi) => format!("{} बनाकर", n(m)),
        (0, m, _) => format!("{} made for you", n(m)),
        (s, m, Lang::Hi) => format!("{} तैयार माल से और {} बनाकर", n(s), n(m)),
        (s, m, _) => format!("{} from stock and {} made for you", n(s), n(m)),
    };
    let arrive = today + plan.days;
    Text::new(
        format!(
            "{}; {} प्रति इकाई; डिलीवरी {}; आपके दरवाज़े पर {} प्रति इकाई; {} तक पहुँचेगा",
            source(Lang::Hi),
            plan.unit_price.format(Lang::Hi),
            plan.fee.format(Lang::Hi),
            plan.landed_unit.format(Lang::Hi),
            day_label(arrive, Lang::Hi)
        ),
        format!(
            "{}; {} a unit; delivery {}; {} a unit at your door; arrives by {}",
            source(Lang::En),
            plan.unit_price.format(Lang::En),
            plan.fee.format(Lang::En),
            plan.landed_unit.format(Lang::En),
            day_label(arrive, Lang::En)
        ),
    )
}

/// Why a line was chosen for the aim, in words.
fn chosen_because(aim: Aim, plan: &LinePlan) -> Text {
    match aim {
        Aim::Cheapest => Text::new(
            format!("बचे समूहों में सबसे कम पहुँच दाम ({} प्रति इकाई)", plan.landed_unit.format(Lang::Hi)),
            format!("The lowest price at your door of the groups left ({} a unit)", plan.landed_unit.format(Lang::En)),
        ),
        Aim::FewestGroups => Text::new(
            format!("बचे समूहों में सबसे ज़्यादा दे सकता है ({})", n(plan.qty)),
            format!("Can supply the most of the groups left ({})", n(plan.qty)),
        ),
        Aim::Nearest => Text::new(
            format!("बचे समूहों में सबसे जल्दी पहुँचेगा ({} दिन)", plan.days),
            format!("The soonest to arrive of the groups left ({} days)", plan.days),
        ),
    }
}

/// A candidate while splitting: how much it could give now, and that
/// priced (the plan itself waits in the split's `plans`, by the
/// candidate's place).
struct Candidate {
    index: usize,
    group_id: i64,
    /// Its pack size and least order, both at least 1.
    pack: i64,
    least: i64,
    /// Units it can have to her in time (no date: stock and, if it makes
    /// more, as many as asked).
    cap: i64,
    /// The quantity last priced and its [`rank`].
    priced: Option<(i64, Rank)>,
    /// Still in the running: not chosen, not set aside, not left out.
    open: bool,
}

/// Where a priced line stands in the order of her aim, the best (least)
/// first; ties go to the sooner, then the older listing. Worked out once
/// when the line is priced, and what the split's heap is ordered by.
type Rank = (i64, i64, i64);

fn rank(aim: Aim, plan: &LinePlan, product_id: i64) -> Rank {
    match aim {
        Aim::Cheapest => (plan.landed_unit.to_paise(), plan.days, product_id),
        Aim::Nearest => (plan.days, plan.landed_unit.to_paise(), product_id),
        Aim::FewestGroups => (-plan.qty, plan.landed_unit.to_paise(), product_id),
    }
}

/// How an offer can reach her: the days on the road, or why it cannot come
/// to her door (the GST rule, usually); `None` for a group outside the
/// states she allows. The same for every run of the split, so worked out once.
type Reach = Option<Result<i64, Text>>;

fn reaches(offers: &[TradeOffer], ask: &BuyAsk, to: &Destination) -> Vec<Reach> {
    offers
        .iter()
        .map(|offer| {
            if !ask.states.is_empty() && !ask.states.contains(&offer.state_slug) {
                return None;
            }
            // How it would travel decides the days on the road, so what it
            // can have ready in time.
            let least = offer.min_order_qty.max(1);
            Some(door_delivery(offer, least, offer.price.times(least), to).map(|(method, _)| {
                transit_days(
                    method,
                    delivery::zone(&offer.delivery.pincode, &to.pincode, offer.delivery.state_id == to.state_id),
                )
            }))
        })
        .collect()
}

/// Splits `wanted` units over the offers, within the trader's limits:
/// every line at or above its minimum order, in whole packs, within what
/// the group holds and can make in time, to her door (so within the GST
/// rule), at or under her price, from her states. Group by group, it takes
/// the best for her aim of what is left, as much as that group can give,
/// until the quantity is met. `today` is the day number dates count from.
pub fn allocate(offers: &[TradeOffer], wanted: i64, ask: &BuyAsk, to: &Destination, today: i64) -> BuyPlan {
    let within = ask.by.map(|by| by - today);
    let reach = reaches(offers, ask, to);
    let (lines, left_out) = best_split(offers, &reach, wanted, ask, to, within);
    let supplied: i64 = lines.iter().map(|(_, plan)| plan.qty).sum();
    let short = (supplied < wanted).then(|| short_words(offers, &reach, wanted, supplied, ask, to, today));
    let lines = lines
        .into_iter()
        .map(|(index, plan)| BuyLine {
            why: chosen_because(ask.aim, &plan),
            offer: offers[index].clone(),
            plan: Ok(plan),
        })
        .collect();
    let left_out = left_out.into_iter().map(|(index, why)| (offers[index].group_name.clone(), why)).collect();
    summed(ask.clone(), wanted, lines, short, left_out)
}

/// The trader's own quantities (a proposal she changed), each priced and
/// checked as placing will check it.
pub fn as_adjusted(offers: &[TradeOffer], wanted: i64, ask: &BuyAsk, to: &Destination, today: i64) -> BuyPlan {
    let within = ask.by.map(|by| by - today);
    let mut left_out = Vec::new();
    let mut lines = Vec::new();
    for (id, qty) in ask.lines.iter().filter(|(_, qty)| *qty > 0) {
        match offers.iter().find(|o| o.product_id == *id) {
            Some(offer) => lines.push(BuyLine {
                offer: offer.clone(),
                plan: if lines.iter().any(|l: &BuyLine| l.offer.group_id == offer.group_id) {
                    Err(Text::new(
                        "एक बँटवारे में हर समूह की एक ही सूची — दूसरी उसके पेज से मँगाएँ",
                        "One listing per group in a split — order the other from its page",
                    ))
                } else {
                    plan_line(offer, *qty, to, within, ask.max_price)
                },
                why: Text::new("आपकी चुनी मात्रा", "Your quantity"),
            }),
            // Sold out of the table since (no longer live, or no longer a match).
            None => left_out.push((
                Text::new(format!("सूची {id}"), format!("Listing {id}")),
                Text::new(
                    "यह अब बिक्री में नहीं है — इसे छोड़कर फिर से बाँटें",
                    "It is no longer on sale — split again without it",
                ),
            )),
        }
    }
    let mut plan = summed(ask.clone(), wanted, lines, None, left_out);
    plan.placeable &= plan.left_out.is_empty();
    plan
}

fn summed(ask: BuyAsk, wanted: i64, lines: Vec<BuyLine>, short: Option<Text>, left_out: Vec<(Text, Text)>) -> BuyPlan {
    let ok = || lines.iter().filter_map(|l| l.plan.as_ref().ok());
    let goods = ok().fold(Money::ZERO, |sum, p| sum + p.goods);
    let delivery = ok().fold(Money::ZERO, |sum, p| sum + p.fee);
    let supplied = ok().map(|p| p.qty).sum();
    let placeable = !lines.is_empty() && lines.iter().all(|l| l.plan.is_ok());
    BuyPlan { ask, wanted, supplied, goods, delivery, total: goods + delivery, short, left_out, placeable, lines }
}

/// How many groups set aside for their minimum order a short split tries
/// putting first.
const REPAIR_TRIES: usize = 5;

/// One run of the split.
struct Split {
    /// (offer index, plan), in the order chosen.
    chosen: Vec<(usize, LinePlan)>,
    /// Offers left out for a reason, with it.
    left_out: Vec<(usize, Text)>,
    /// Offers set aside only because too little was left for their
    /// minimum order or packs when their turn came.
    waiting: Vec<usize>,
}

impl Split {
    fn supplied(&self) -> i64 {
        self.chosen.iter().map(|(_, plan)| plan.qty).sum()
    }

    fn cost_paise(&self) -> i64 {
        self.chosen.iter().map(|(_, plan)| (plan.goods + plan.fee).to_paise()).sum()
    }
}

/// The split, repaired when it falls short: a group set aside because too
/// little was left for its minimum order might have covered the rest had
/// it come earlier (want 250; the cheapest holds 100; the next holds 500
/// but sells 200 at least), so the first few such groups are each tried
/// first, and the run that supplies most (then costs least) is kept; of
/// two runs alike, the one tried first. The groups are tried in the order
/// they were set aside: in the table's order in the split's first round,
/// then those that can give most first.
fn best_split(
    offers: &[TradeOffer],
    reach: &[Reach],
    wanted: i64,
    ask: &BuyAsk,
    to: &Destination,
    within: Option<i64>,
) -> (Vec<(usize, LinePlan)>, Vec<(usize, Text)>) {
    let mut best = split(offers, reach, wanted, ask, to, within, None);
    if best.supplied() < wanted {
        for first in best.waiting.clone().into_iter().take(REPAIR_TRIES) {
            let other = split(offers, reach, wanted, ask, to, within, Some(first));
            if (other.supplied(), -other.cost_paise()) > (best.supplied(), -best.cost_paise()) {
                best = other;
            }
        }
    }
    (best.chosen, best.left_out)
}

/// One run of the split, taking `first` (an offer's index) first if given.
///
/// Step by step, the best for her aim of the candidates left gives all it
/// can of what is left. A candidate's price follows its quantity, which
/// follows what is left only while it could give more than that: so after
/// the first step only those are priced again (the candidates by how much
/// they can give, most first), and the best comes off a heap of ranks,
/// where a rank priced over or a candidate set aside is skipped. Each step
/// thus costs the candidates priced again, not all the candidates: a split
/// over 500 groups that falls short takes 499 steps, and the answer of what
/// more time would bring runs it a few dozen times.
fn split(
    offers: &[TradeOffer],
    reach: &[Reach],
    wanted: i64,
    ask: &BuyAsk,
    to: &Destination,
    within: Option<i64>,
    mut first: Option<usize>,
) -> Split {
    let mut left_out = Vec::new();
    let mut waiting = Vec::new();
    let mut candidates: Vec<Candidate> = Vec::new();
    for (index, offer) in offers.iter().enumerate() {
        // A group that cannot reach her door at all is left out here, with the reason.
        let transit = match &reach[index] {
            None => continue,
            Some(Ok(transit)) => *transit,
            Some(Err(why)) => {
                left_out.push((index, why.clone()));
                continue;
            }
        };
        let cap = match within {
            Some(days) => ready_within(offer, days - transit),
            None if offer.weekly_capacity > 0 => i64::MAX / 4,
            None => offer.on_hand.max(0),
        };
        candidates.push(Candidate {
            index,
            group_id: offer.group_id,
            pack: offer.pack_size.max(1),
            least: offer.min_order_qty.max(1),
            cap,
            priced: None,
            open: true,
        });
    }
    let mut of_group: HashMap<i64, Vec<usize>> = HashMap::new();
    for (slot, c) in candidates.iter().enumerate() {
        of_group.entry(c.group_id).or_default().push(slot);
    }
    let mut by_cap: Vec<usize> = (0..candidates.len()).collect();
    by_cap.sort_by_key(|slot| Reverse(candidates[*slot].cap));
    let mut plans: Vec<Option<LinePlan>> = candidates.iter().map(|_| None).collect();
    let mut ranks: BinaryHeap<Reverse<(Rank, usize)>> = BinaryHeap::with_capacity(candidates.len());
    let mut to_price: Vec<usize> = (0..candidates.len()).collect();
    let mut chosen = Vec::new();
    let mut left = wanted;
    while left > 0 {
        for &slot in &to_price {
            let c = &mut candidates[slot];
            if !c.open {
                continue;
            }
            let qty = c.cap.min(left) / c.pack * c.pack;
            if c.priced.is_some_and(|(priced, _)| priced == qty) {
                continue;
            }
            let offer = &offers[c.index];
            if qty < c.least {
                // Too little left for its minimum: not needed. Too little
                // to give at all: left out, and she is told why.
                if c.cap / c.pack * c.pack < c.least {
                    left_out.push((c.index, why_too_little(offer, c.cap, within)));
                } else {
                    waiting.push(c.index);
                }
                c.open = false;
                continue;
            }
            match plan_line(offer, qty, to, within, ask.max_price) {
                Ok(plan) => {
                    let now = rank(ask.aim, &plan, offer.product_id);
                    c.priced = Some((qty, now));
                    plans[slot] = Some(plan);
                    ranks.push(Reverse((now, slot)));
                }
                Err(why) => {
                    left_out.push((c.index, why));
                    c.open = false;
                }
            }
        }
        let priced_now = |c: &Candidate| c.open && c.priced.is_some();
        let forced = first.take().and_then(|f| candidates.iter().position(|c| c.index == f && priced_now(c)));
        let best = forced.or_else(|| loop {
            let Reverse((was, slot)) = ranks.pop()?;
            let c = &candidates[slot];
            if priced_now(c) && c.priced.is_some_and(|(_, now)| now == was) {
                break Some(slot);
            }
        });
        let Some(slot) = best else { break };
        // Only priced candidates are ever best.
        let Some(plan) = plans[slot].take() else { break };
        left -= plan.qty;
        // One line per group: each group's part is one order, delivered
        // and priced as one parcel, so its other listings step aside.
        for other in of_group.get(&candidates[slot].group_id).into_iter().flatten() {
            candidates[*other].open = false;
        }
        chosen.push((candidates[slot].index, plan));
        // Next, price again those that could give more than is now left.
        to_price.clear();
        to_price.extend(by_cap.iter().take_while(|slot| candidates[**slot].cap > left));
    }
    Split { chosen, left_out, waiting }
}

/// Why a group too small for its own minimum order is left out.
fn why_too_little(offer: &TradeOffer, cap: i64, within: Option<i64>) -> Text {
    match within {
        Some(_) => Text::new(
            format!("आपकी तारीख़ तक केवल {} दे सकता है; कम से कम {} का ऑर्डर", n(cap), n(offer.min_order_qty)),
            format!("Can supply only {} by your date; its minimum order is {}", n(cap), n(offer.min_order_qty)),
        ),
        None => Text::new(
            format!("केवल {} हैं; कम से कम {} का ऑर्डर", n(cap), n(offer.min_order_qty)),
            format!("Holds only {}; its minimum order is {}", n(cap), n(offer.min_order_qty)),
        ),
    }
}

/// What is short, and what more time would bring: "1,240 of 2,000 can
/// reach you by 15 Dec; all 2,000 by 30 Dec, from 3 groups".
fn short_words(
    offers: &[TradeOffer],
    reach: &[Reach],
    wanted: i64,
    supplied: i64,
    ask: &BuyAsk,
    to: &Destination,
    today: i64,
) -> Text {
    let got =
        Text::new(format!("{} में से {} ही", n(wanted), n(supplied)), format!("Only {} of {}", n(supplied), n(wanted)));
    let Some(by) = ask.by else {
        return Text::new(
            format!(
                "{} मिल सकते हैं: जो समूह आप तक भेज सकते हैं (आपकी शर्तों पर), उनके पास इससे ज़्यादा नहीं है और वे और नहीं बनाते",
                got.hi
            ),
            format!(
                "{} can be had: the groups that can deliver to you (on your terms) hold no more and make no more",
                got.en
            ),
        );
    };
    let by_date = Text::new(
        format!("{} {} तक पहुँच सकते हैं", got.hi, day_label(by, Lang::Hi)),
        format!("{} can reach you by {}", got.en, day_label(by, Lang::En)),
    );
    // The first day by which all of it could arrive: more days never mean
    // fewer units, so halve the search.
    let fills = |days: i64| {
        let (lines, _) = best_split(offers, reach, wanted, ask, to, Some(days));
        let total: i64 = lines.iter().map(|(_, p)| p.qty).sum();
        (total >= wanted).then_some(lines.len())
    };
    let (mut low, mut high) = (by - today, by - today + LOOK_AHEAD_DAYS);
    if fills(high).is_none() {
        return Text::new(
            format!("{}; ज़्यादा समय में भी समूह (आपकी शर्तों पर) इतना नहीं दे सकते", by_date.hi),
            format!("{}; even with more time the groups cannot supply it all (on your terms)", by_date.en),
        );
    }
    while high - low > 1 {
        let mid = (low + high) / 2;
        if fills(mid).is_some() {
            high = mid;
        } else {
            low = mid;
        }
    }
    let groups = fills(high).unwrap_or_default();
    let day = today + high;
    let from = match groups {
        1 => Text::new("एक समूह से", "from one group"),
        _ => Text::new(format!("{groups} समूहों से"), format!("from {groups} groups")),
    };
    Text::new(
        format!("{}; पूरे {} {} तक, {}", by_date.hi, n(wanted), day_label(day, Lang::Hi), from.hi),
        format!("{}; all {} by {}, {}", by_date.en, n(wanted), day_label(day, Lang::En), from.en),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::tiers::PriceTier;
    use crate::orders::delivery::GroupDelivery;

    const TODAY: i64 = 20_787; // 30 Nov 2026

    /// A petticoat listing of group `id` in Chhattisgarh (her state), by
    /// courier from a pincode in another district.
    fn offer(id: i64, on_hand: i64, rupees: i64) -> TradeOffer {
        TradeOffer {
            product_id: id,
            slug: format!("petticoat-{id}"),
            title: Text::new("पेटीकोट", "Petticoat"),
            unit: Text::new("1 पेटीकोट", "1 petticoat"),
            group_id: id,
            group_slug: format!("group-{id}"),
            group_name: Text::new(format!("समूह {id}"), format!("Group {id}")),
            district: Text::new("दुर्ग", "Durg"),
            state: Text::new("छत्तीसगढ़", "Chhattisgarh"),
            state_slug: "chhattisgarh".into(),
            on_hand,
            min_order_qty: 1,
            pack_size: 1,
            price: Money::from_rupees(rupees),
            tiers: Vec::new(),
            weight_grams: 250,
            size_cm: None,
            weekly_capacity: 0,
            capacity_days: 7,
            booked_making: 0,
            advance: None,
            delivery: GroupDelivery {
                pincode: "491001".into(),
                state_id: 1,
                gst_registered: true,
                offers_pickup: true,
                local: None,
            },
        }
    }

    fn raipur() -> Destination {
        Destination { address_id: 1, label: "Raipur".into(), pincode: "492001".into(), state_id: 1 }
    }

    fn ask(aim: Aim) -> BuyAsk {
        BuyAsk { aim, ..BuyAsk::default() }
    }

    fn split_of(plan: &BuyPlan) -> Vec<(i64, i64)> {
        plan.lines.iter().map(|l| (l.offer.product_id, l.plan.as_ref().unwrap().qty)).collect()
    }

    #[test]
    fn the_cheapest_split_takes_the_cheapest_groups_first_as_far_as_each_holds() {
        let offers = [offer(1, 300, 200), offer(2, 180, 180), offer(3, 500, 190)];
        let plan = allocate(&offers, 600, &ask(Aim::Cheapest), &raipur(), TODAY);
        assert_eq!(split_of(&plan), [(2, 180), (3, 420)]);
        assert_eq!((plan.supplied, plan.short.clone(), plan.placeable), (600, None, true));
        assert_eq!(plan.goods, Money::from_rupees(180 * 180 + 190 * 420));
        let fees: Money = plan.lines.iter().fold(Money::ZERO, |s, l| s + l.plan.as_ref().unwrap().fee);
        assert_eq!(plan.total, plan.goods + fees);
        assert!(plan.lines[0].why.en.starts_with("The lowest price at your door"), "{:?}", plan.lines[0].why);
        let words = line_words(plan.lines[1].plan.as_ref().unwrap(), TODAY);
        assert!(words.en.starts_with("420 from stock; ₹190 a unit;"), "{words:?}");
        assert!(words.hi.starts_with("420 तैयार माल से; ₹190 प्रति इकाई;"), "{words:?}");
    }

    #[test]
    fn tiers_and_delivery_decide_the_cheapest_at_her_door() {
        // Group 1 lists higher but drops to ₹150 from 200 units; group 2 is
        // ₹170 flat. For 250, group 1 is cheaper at her door.
        let mut tiered = offer(1, 300, 200);
        tiered.tiers = vec![PriceTier { min_qty: 200, unit_price: Money::from_rupees(150) }];
        let offers = [tiered, offer(2, 300, 170)];
        let plan = allocate(&offers, 250, &ask(Aim::Cheapest), &raipur(), TODAY);
        assert_eq!(split_of(&plan), [(1, 250)]);
        assert_eq!(plan.lines[0].plan.as_ref().unwrap().unit_price, Money::from_rupees(150));
    }

    #[test]
    fn fewest_groups_takes_the_largest_holders_and_nearest_the_soonest() {
        let mut local = offer(3, 200, 230);
        local.delivery.pincode = "492001".into();
        local.delivery.local = Some(crate::orders::delivery::LocalService {
            pincodes: vec!["492001".into()],
            fee: Money::from_rupees(50),
            free_from: None,
        });
        let offers = [offer(1, 150, 180), offer(2, 600, 220), local];
        let plan = allocate(&offers, 600, &ask(Aim::FewestGroups), &raipur(), TODAY);
        assert_eq!(split_of(&plan), [(2, 600)], "one group can supply it all");
        assert!(plan.lines[0].why.en.starts_with("Can supply the most"));
        let plan = allocate(&offers, 300, &ask(Aim::Nearest), &raipur(), TODAY);
        assert_eq!(split_of(&plan)[0], (3, 200), "its own delivery in town: a day on the road");
        assert_eq!(plan.lines[0].plan.as_ref().unwrap().days, DISPATCH_DAYS + 1);
    }

    #[test]
    fn minimum_orders_and_whole_packs_are_honoured() {
        let mut cartons = offer(1, 500, 150);
        cartons.pack_size = 24;
        let mut big_minimum = offer(2, 500, 100);
        big_minimum.min_order_qty = 200;
        let offers = [cartons, big_minimum];
        // 250 left after… group 2 first (cheapest, 250 ≥ its minimum).
        let plan = allocate(&offers, 250, &ask(Aim::Cheapest), &raipur(), TODAY);
        assert_eq!(split_of(&plan), [(2, 250)]);
        // 300: group 2 gives 300. For 700: group 2 all 500, then 200 from
        // cartons is 192 (8 whole cartons), and 8 are short.
        let plan = allocate(&offers, 700, &ask(Aim::Cheapest), &raipur(), TODAY);
        assert_eq!(split_of(&plan), [(2, 500), (1, 192)]);
        assert_eq!(plan.supplied, 692);
        assert!(plan.short.as_ref().unwrap().en.starts_with("Only 692 of 700 can be had"), "{:?}", plan.short);
        // A group whose minimum is more than is left gives nothing.
        let plan = allocate(&offers, 150, &ask(Aim::Cheapest), &raipur(), TODAY);
        assert_eq!(split_of(&plan), [(1, 144)]);
        // Her own quantities are checked the same way.
        let adjusted = BuyAsk { lines: vec![(1, 100), (2, 150)], ..ask(Aim::Cheapest) };
        let plan = as_adjusted(&offers, 250, &adjusted, &raipur(), TODAY);
        assert!(!plan.placeable);
        assert!(plan.lines[0].plan.as_ref().unwrap_err().en.contains("whole packs of 24 — 96 or 120"));
        assert!(plan.lines[1].plan.as_ref().unwrap_err().en.contains("minimum order is 200"));
    }

    #[test]
    fn weekly_making_counts_only_when_ready_by_her_date() {
        // Holds 100, makes 150 a week, the first week's ready in 7 days,
        // 50 already promised to another order.
        let mut maker = offer(1, 100, 180);
        maker.weekly_capacity = 150;
        maker.booked_making = 50;
        let offers = [maker.clone()];
        // No date: as many as asked, made over the weeks.
        let plan = allocate(&offers, 600, &ask(Aim::Cheapest), &raipur(), TODAY);
        let line = plan.lines[0].plan.clone().unwrap();
        assert_eq!((line.from_stock, line.made), (100, 500));
        // (50 booked + 500) ÷ 150 a week = 4 weeks: ready on day 7 + 21, then 4 days by courier.
        assert_eq!(line.days, 28 + 4);
        // To arrive by day 18 it must be ready by day 14 (4 days by
        // courier): its stock, and two weeks of making less the 50 booked.
        assert_eq!(ready_within(&maker, 14), 100 + 2 * 150 - 50);
        let by = BuyAsk { by: Some(TODAY + 18), ..ask(Aim::Cheapest) };
        let plan = allocate(&offers, 600, &by, &raipur(), TODAY);
        assert_eq!(split_of(&plan), [(1, 350)]);
        assert_eq!(plan.lines[0].plan.as_ref().unwrap().days, 18);
        let short = plan.short.unwrap();
        // All 600 (500 made after the 50 booked) in four weeks: day 7 + 21, and 4 on the road.
        assert_eq!(
            short.en,
            format!(
                "Only 350 of 600 can reach you by 18 Dec; all 600 by {}, from one group",
                day_label(TODAY + 32, Lang::En)
            )
        );
        assert!(short.hi.starts_with("600 में से 350 ही 18 दिस॰ तक पहुँच सकते हैं"), "{short:?}");
        // Later than a year, or a group that makes nothing: said plainly.
        let holder = [offer(2, 100, 180)];
        let short = allocate(&holder, 600, &by, &raipur(), TODAY).short.unwrap();
        assert!(short.en.ends_with("even with more time the groups cannot supply it all (on your terms)"), "{short:?}");
    }

    #[test]
    fn the_gst_rule_her_price_and_her_states_leave_groups_out_with_the_reason() {
        let mut unregistered = offer(1, 500, 100);
        unregistered.delivery.gst_registered = false;
        unregistered.delivery.state_id = 2;
        unregistered.state_slug = "madhya-pradesh".into();
        let dear = offer(2, 500, 400);
        let offers = [unregistered, dear, offer(3, 100, 200)];
        let limits = BuyAsk { max_price: Some(Money::from_rupees(300)), ..ask(Aim::Cheapest) };
        let plan = allocate(&offers, 300, &limits, &raipur(), TODAY);
        assert_eq!(split_of(&plan), [(3, 100)]);
        let reasons: Vec<&str> = plan.left_out.iter().map(|(_, why)| why.en.as_str()).collect();
        assert!(reasons.iter().any(|r| r.contains("not registered for GST")), "{reasons:?}");
        assert!(
            reasons.iter().any(|r| r.contains("₹400 a unit at this quantity, above your limit of ₹300")),
            "{reasons:?}"
        );
        assert!(plan.short.unwrap().en.starts_with("Only 100 of 300 can be had"));
        // Only her states: Madhya Pradesh's group is not even considered.
        let only = BuyAsk { states: vec!["chhattisgarh".into()], ..ask(Aim::Cheapest) };
        let plan = allocate(&offers, 300, &only, &raipur(), TODAY);
        assert!(plan.left_out.iter().all(|(_, why)| !why.en.contains("GST")));
    }

    #[test]
    fn a_group_set_aside_for_its_minimum_is_tried_first_when_the_split_falls_short() {
        // Want 250: the cheapest holds 100; the next holds 500 but sells 200 at least.
        let mut big_minimum = offer(2, 500, 150);
        big_minimum.min_order_qty = 200;
        let offers = [offer(1, 100, 100), big_minimum];
        let plan = allocate(&offers, 250, &ask(Aim::Cheapest), &raipur(), TODAY);
        assert_eq!(split_of(&plan), [(2, 250)], "all from the one that can");
        assert_eq!(plan.short, None);
        // When the greedy split is whole, it stands.
        let plan = allocate(&offers, 300, &ask(Aim::Cheapest), &raipur(), TODAY);
        assert_eq!(split_of(&plan), [(1, 100), (2, 200)]);
    }

    #[test]
    fn a_group_gives_one_line_however_many_of_its_listings_match() {
        let mut second = offer(2, 400, 150);
        second.group_id = 1;
        let offers = [offer(1, 400, 160), second, offer(3, 400, 170)];
        let plan = allocate(&offers, 600, &ask(Aim::Cheapest), &raipur(), TODAY);
        assert_eq!(split_of(&plan), [(2, 400), (3, 200)]);
        let both = BuyAsk { lines: vec![(1, 100), (2, 100)], ..ask(Aim::Cheapest) };
        let plan = as_adjusted(&offers, 200, &both, &raipur(), TODAY);
        assert!(plan.lines[1].plan.as_ref().unwrap_err().en.starts_with("One listing per group"));
        assert!(!plan.placeable);
    }

    #[test]
    fn ties_go_to_the_sooner_then_the_older_listing() {
        let offers = [offer(7, 100, 200), offer(5, 100, 200)];
        let plan = allocate(&offers, 100, &ask(Aim::Cheapest), &raipur(), TODAY);
        assert_eq!(split_of(&plan), [(5, 100)]);
    }

    #[test]
    fn nothing_to_split_over_says_so() {
        let plan = allocate(&[], 100, &ask(Aim::Cheapest), &raipur(), TODAY);
        assert!(plan.lines.is_empty() && !plan.placeable);
        assert!(plan.short.unwrap().en.starts_with("Only 0 of 100"));
    }

    /// The split as its rule reads, slowly: at every step each candidate
    /// left is priced for what is left, and the best for her aim gives all
    /// it can. The split itself prices again only those whose quantity
    /// changes and keeps the rest on a heap; the two must agree, line by line.
    #[test]
    fn the_split_takes_at_each_step_the_best_of_all_left_as_if_all_were_priced_again() {
        // Two listings per group, packs of 1, 5 and 12, stock and prices
        // that tie now and then: lines priced again as less is left, groups
        // stepping aside, candidates falling below a pack.
        let offers: Vec<TradeOffer> = (1..=300)
            .map(|i| TradeOffer {
                group_id: i / 2,
                pack_size: [1, 5, 12][(i % 3) as usize],
                tiers: vec![PriceTier { min_qty: 40, unit_price: Money::from_rupees(100 + i % 11) }],
                ..offer(i, 3 + i * 7 % 90, 120 + i % 13)
            })
            .collect();
        let to = raipur();
        for aim in Aim::ALL {
            for wanted in [7, 250, 1_000, 5_000, 20_000] {
                let ask = ask(aim);
                let mut slow = Vec::new();
                let mut open: Vec<&TradeOffer> = offers.iter().collect();
                let mut left = wanted;
                while left > 0 {
                    let best = open
                        .iter()
                        .filter_map(|o| {
                            let qty = o.on_hand.min(left) / o.pack_size * o.pack_size;
                            let plan = plan_line(o, qty, &to, None, None).ok()?;
                            Some((rank(aim, &plan, o.product_id), o.group_id, plan.qty))
                        })
                        .min();
                    let Some(((_, _, id), group, qty)) = best else { break };
                    left -= qty;
                    open.retain(|o| o.group_id != group);
                    slow.push((id, qty));
                }
                let fast = split(&offers, &reaches(&offers, &ask, &to), wanted, &ask, &to, None, None);
                let fast: Vec<(i64, i64)> =
                    fast.chosen.iter().map(|(index, plan)| (offers[*index].product_id, plan.qty)).collect();
                assert_eq!(fast, slow, "{aim:?}, {wanted}");
            }
        }
    }

    #[test]
    fn a_request_over_many_groups_is_met_exactly_and_never_past_any_group() {
        let offers: Vec<TradeOffer> = (1..=500).map(|i| offer(i, 10 + i % 37, 150 + i % 23)).collect();
        for aim in Aim::ALL {
            let plan = allocate(&offers, 2_000, &ask(aim), &raipur(), TODAY);
            assert_eq!(plan.supplied, 2_000, "{aim:?}");
            for line in &plan.lines {
                let qty = line.plan.as_ref().unwrap().qty;
                assert!(qty >= 1 && qty <= line.offer.on_hand, "{aim:?}: {qty} of {}", line.offer.on_hand);
            }
            let mut groups: Vec<i64> = plan.lines.iter().map(|l| l.offer.group_id).collect();
            groups.sort_unstable();
            groups.dedup();
            assert_eq!(groups.len(), plan.lines.len(), "a group once");
        }
        let fewest = allocate(&offers, 2_000, &ask(Aim::FewestGroups), &raipur(), TODAY);
        let cheapest = allocate(&offers, 2_000, &ask(Aim::Cheapest), &raipur(), TODAY);
        assert!(fewest.lines.len() <= cheapest.lines.len());
        assert!(cheapest.total <= fewest.total);
    }
}
