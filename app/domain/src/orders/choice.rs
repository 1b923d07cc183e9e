//! What the buyer chooses for each group's order at checkout (how it
//! travels, how she pays), what it starts as, and what it all comes to.
//! The checkout page and the placing of the orders both use these, so the
//! total she is shown is the total she is charged.

use crate::money::Money;
use crate::orders::advance::AdvanceTerms;
use crate::orders::delivery::{DeliveryMethod, DeliveryOption};
use crate::orders::types::{GroupOffer, GroupQuote, GroupReach, PaymentMethod};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One group's order: how it reaches the buyer and how she pays for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupChoice {
    pub delivery: DeliveryMethod,
    pub payment: PaymentMethod,
}

/// The fee of `method` among `options`, if that method is possible.
pub fn fee_of(options: &[DeliveryOption], method: DeliveryMethod) -> Option<Money> {
    options.iter().find(|o| o.method == method).and_then(|o| o.fee.clone().ok())
}

/// Whether any option brings the order to her door (not pickup).
pub fn reaches_door(options: &[DeliveryOption]) -> bool {
    options.iter().any(|o| o.method != DeliveryMethod::Pickup && o.fee.is_ok())
}

/// The delivery a checkout starts with: the cheapest way that brings the
/// order to her address. Pickup is the default only when nothing reaches
/// her (it stays one tap away). `None` when nothing at all is possible.
pub fn default_delivery(options: &[DeliveryOption]) -> Option<DeliveryMethod> {
    let cheapest = |to_door: bool| {
        options
            .iter()
            .filter(|o| (o.method != DeliveryMethod::Pickup) == to_door)
            .filter_map(|o| o.fee.as_ref().ok().map(|fee| (*fee, o.method)))
            .min_by_key(|(fee, _)| *fee)
            .map(|(_, method)| method)
    };
    cheapest(true).or_else(|| cheapest(false))
}

/// The delivery shown as chosen: what she asked for if it is possible,
/// else the default.
pub fn delivery_shown(options: &[DeliveryOption], asked: Option<DeliveryMethod>) -> Option<DeliveryMethod> {
    asked.filter(|m| fee_of(options, *m).is_some()).or_else(|| default_delivery(options))
}

/// The ways a group's order can be paid: cash always; UPI when the group
/// has a UPI id; online when Haat has a gateway.
pub fn payments_offered(group_takes_upi: bool, online: bool) -> Vec<PaymentMethod> {
    PaymentMethod::ALL
        .into_iter()
        .filter(|p| match p {
            PaymentMethod::CashOnDelivery => true,
            PaymentMethod::UpiToGroup => group_takes_upi,
            PaymentMethod::Gateway => online,
            // Only a trade order carries an advance (orders::advance).
            PaymentMethod::Advance => false,
            // Only a department's supply order is paid against a bill (procurement).
            PaymentMethod::Bill => false,
        })
        .collect()
}

/// The ways a trader's order to one group can be paid, first the default:
/// paying later (cash on delivery, or the advance first when the group asks
/// one: `PaymentMethod::on_trade_terms`), then UPI in full when it takes UPI.
pub fn trade_payments(takes_upi: bool, advance: Option<AdvanceTerms>) -> Vec<PaymentMethod> {
    let later = PaymentMethod::CashOnDelivery.on_trade_terms(advance);
    if takes_upi {
        vec![later, PaymentMethod::UpiToGroup]
    } else {
        vec![later]
    }
}

/// The payment shown as chosen: what she asked for if the group takes it,
/// else cash (which every group takes, and which asks nothing of her now).
pub fn payment_shown(offered: &[PaymentMethod], asked: Option<PaymentMethod>) -> PaymentMethod {
    asked.filter(|p| offered.contains(p)).unwrap_or(PaymentMethod::CashOnDelivery)
}

/// A form's idempotency key as sent: its letters and digits (at most 64),
/// or `None` when fewer than 16 are left (no key the page made).
pub fn form_key(key: &str) -> Option<String> {
    let key: String = key.chars().filter(|c| c.is_ascii_alphanumeric()).take(64).collect();
    (key.len() >= 16).then_some(key)
}

/// The total a checkout page showed, as its form sends it back (whole
/// paise), to compare with what placing would charge.
pub fn shown_total(text: &str) -> Option<Money> {
    text.trim().parse::<i64>().ok().filter(|p| *p >= 0).map(Money::from_paise)
}

/// What the orders come to: each group's goods plus its chosen delivery.
pub fn checkout_total(orders: impl IntoIterator<Item = (Money, Money)>) -> Money {
    Money::from_paise(checkout_total_paise(orders.into_iter().map(|(goods, fee)| (goods.to_paise(), fee.to_paise()))))
}

/// [`checkout_total`] in whole paise, as the checkout's island adds it in
/// the browser (integers only, so no decimal arithmetic in the WASM).
pub fn checkout_total_paise(orders: impl IntoIterator<Item = (i64, i64)>) -> i64 {
    orders.into_iter().fold(0_i64, |sum, (goods, fee)| sum.saturating_add(goods).saturating_add(fee))
}

/// A group's part of the checkout page: what she asked for where it is
/// possible, the defaults elsewhere.
pub fn quote(offer: GroupOffer, asked: (Option<DeliveryMethod>, Option<PaymentMethod>), online: bool) -> GroupQuote {
    let delivery = delivery_shown(&offer.options, asked.0);
    let payments = payments_offered(offer.takes_upi, online);
    GroupQuote {
        group_id: offer.group_id,
        goods: offer.goods,
        fee: delivery.and_then(|m| fee_of(&offer.options, m)),
        options: offer.options,
        delivery,
        payment: payment_shown(&payments, asked.1),
        payments,
    }
}

/// Whether a group's offer reaches her door, and if not, why and whether
/// she can collect instead.
pub fn reach(offer: &GroupOffer) -> GroupReach {
    let door = default_delivery(&offer.options)
        .filter(|m| *m != DeliveryMethod::Pickup)
        .and_then(|m| Some((m, fee_of(&offer.options, m)?)));
    let reason =
        |method: DeliveryMethod| offer.options.iter().find(|o| o.method == method).and_then(|o| o.fee.clone().err());
    GroupReach {
        group_id: offer.group_id,
        why_not: door
            .is_none()
            .then(|| reason(DeliveryMethod::Courier).or_else(|| reason(DeliveryMethod::Local)))
            .flatten(),
        door,
        pickup: fee_of(&offer.options, DeliveryMethod::Pickup).is_some(),
    }
}

/// A form's per-group fields (`delivery[12]=courier`) as group id → value;
/// fields that do not parse are left out (the page then shows its default,
/// placing refuses a group without a choice).
pub fn by_group<T>(fields: &HashMap<String, String>, parse: impl Fn(&str) -> Option<T>) -> HashMap<i64, T> {
    fields.iter().filter_map(|(group, value)| Some((group.trim().parse::<i64>().ok()?, parse(value)?))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Text;

    fn option(method: DeliveryMethod, rupees: Option<i64>) -> DeliveryOption {
        DeliveryOption { method, fee: rupees.map(Money::from_rupees).ok_or_else(|| Text::new("नहीं", "no")) }
    }

    #[test]
    fn the_default_is_the_cheapest_way_to_her_door_not_free_pickup() {
        let options = [
            option(DeliveryMethod::Pickup, Some(0)),
            option(DeliveryMethod::Local, Some(30)),
            option(DeliveryMethod::Courier, Some(85)),
        ];
        assert_eq!(default_delivery(&options), Some(DeliveryMethod::Local));
        let far = [
            option(DeliveryMethod::Pickup, Some(0)),
            option(DeliveryMethod::Local, None),
            option(DeliveryMethod::Courier, Some(145)),
        ];
        assert_eq!(default_delivery(&far), Some(DeliveryMethod::Courier));
        assert!(reaches_door(&far));
    }

    #[test]
    fn pickup_is_the_default_only_when_nothing_reaches_her() {
        let only_pickup = [
            option(DeliveryMethod::Pickup, Some(0)),
            option(DeliveryMethod::Local, None),
            option(DeliveryMethod::Courier, None),
        ];
        assert_eq!(default_delivery(&only_pickup), Some(DeliveryMethod::Pickup));
        assert!(!reaches_door(&only_pickup));
        let nothing = [option(DeliveryMethod::Pickup, None), option(DeliveryMethod::Courier, None)];
        assert_eq!(default_delivery(&nothing), None);
    }

    #[test]
    fn her_own_choice_is_kept_when_it_is_possible() {
        let options = [option(DeliveryMethod::Pickup, Some(0)), option(DeliveryMethod::Courier, Some(85))];
        assert_eq!(delivery_shown(&options, Some(DeliveryMethod::Pickup)), Some(DeliveryMethod::Pickup));
        assert_eq!(delivery_shown(&options, Some(DeliveryMethod::Local)), Some(DeliveryMethod::Courier));
        assert_eq!(delivery_shown(&options, None), Some(DeliveryMethod::Courier));
    }

    #[test]
    fn payment_is_offered_as_the_group_and_haat_allow() {
        assert_eq!(payments_offered(false, false), [PaymentMethod::CashOnDelivery]);
        assert_eq!(
            payments_offered(true, true),
            [PaymentMethod::CashOnDelivery, PaymentMethod::UpiToGroup, PaymentMethod::Gateway]
        );
        let cash_or_upi = payments_offered(true, false);
        assert_eq!(payment_shown(&cash_or_upi, Some(PaymentMethod::UpiToGroup)), PaymentMethod::UpiToGroup);
        assert_eq!(payment_shown(&cash_or_upi, Some(PaymentMethod::Gateway)), PaymentMethod::CashOnDelivery);
        assert_eq!(payment_shown(&cash_or_upi, None), PaymentMethod::CashOnDelivery);
    }

    #[test]
    fn the_total_includes_every_delivery_charge() {
        // The case that was seen: ₹280 + ₹145 courier and ₹260 + ₹85 courier
        // was shown as ₹540; the orders came to ₹770.
        let total = checkout_total([
            (Money::from_rupees(280), Money::from_rupees(145)),
            (Money::from_rupees(260), Money::from_rupees(85)),
        ]);
        assert_eq!(total, Money::from_rupees(770));
        assert_eq!(checkout_total([]), Money::ZERO);
        assert_eq!(checkout_total_paise([(28_000, 14_500), (26_000, 8_500)]), 77_000, "the island's sum agrees");
    }

    #[test]
    fn a_trader_pays_later_or_the_advance_the_group_asks_or_by_upi_in_full() {
        use crate::orders::advance::{AdvanceTerms, BalanceDue};
        let terms = Some(AdvanceTerms { percent: 25, balance: BalanceDue::BeforeDispatch });
        assert_eq!(trade_payments(true, None), [PaymentMethod::CashOnDelivery, PaymentMethod::UpiToGroup]);
        assert_eq!(trade_payments(false, None), [PaymentMethod::CashOnDelivery]);
        assert_eq!(trade_payments(true, terms), [PaymentMethod::Advance, PaymentMethod::UpiToGroup]);
    }

    #[test]
    fn a_quote_carries_the_fee_of_what_is_shown_as_chosen() {
        let offer = GroupOffer {
            group_id: 3,
            goods: Money::from_rupees(280),
            options: vec![option(DeliveryMethod::Pickup, Some(0)), option(DeliveryMethod::Courier, Some(145))],
            takes_upi: false,
            advance: None,
        };
        let default = quote(offer.clone(), (None, Some(PaymentMethod::UpiToGroup)), false);
        assert_eq!(default.delivery, Some(DeliveryMethod::Courier));
        assert_eq!(default.fee, Some(Money::from_rupees(145)));
        assert_eq!(default.payment, PaymentMethod::CashOnDelivery, "the group takes no UPI");
        let pickup = quote(offer, (Some(DeliveryMethod::Pickup), None), true);
        assert_eq!(pickup.fee, Some(Money::ZERO));
        assert_eq!(pickup.payments, [PaymentMethod::CashOnDelivery, PaymentMethod::Gateway]);
    }

    #[test]
    fn reach_says_the_cheapest_way_to_her_door_or_why_none() {
        let mut offer = GroupOffer {
            group_id: 3,
            goods: Money::from_rupees(280),
            options: vec![
                option(DeliveryMethod::Pickup, Some(0)),
                option(DeliveryMethod::Local, None),
                option(DeliveryMethod::Courier, Some(145)),
            ],
            takes_upi: false,
            advance: None,
        };
        let reach_far = reach(&offer);
        assert_eq!(reach_far.door, Some((DeliveryMethod::Courier, Money::from_rupees(145))));
        assert_eq!(reach_far.why_not, None);
        assert!(reach_far.pickup);
        offer.options[2].fee = Err(Text::new("दूसरा राज्य", "another state"));
        let out_of_state = reach(&offer);
        assert_eq!(out_of_state.door, None);
        assert_eq!(out_of_state.why_not.map(|t| t.en), Some("another state".to_string()));
        assert!(out_of_state.pickup);
    }

    #[test]
    fn per_group_fields_are_read_by_group_id() {
        let fields = HashMap::from([
            ("12".to_string(), "courier".to_string()),
            (" 7 ".to_string(), "pickup".to_string()),
            ("x".to_string(), "local".to_string()),
            ("9".to_string(), "teleport".to_string()),
        ]);
        let read = by_group(&fields, DeliveryMethod::parse);
        assert_eq!(read, HashMap::from([(12, DeliveryMethod::Courier), (7, DeliveryMethod::Pickup)]));
    }

    #[test]
    fn a_form_key_keeps_its_letters_and_digits_and_needs_sixteen() {
        assert_eq!(form_key(" abcDEF0123456789-x ").as_deref(), Some("abcDEF0123456789x"));
        assert_eq!(form_key("short-key"), None);
        assert_eq!(form_key(&"k".repeat(100)).map(|k| k.len()), Some(64));
    }
}
