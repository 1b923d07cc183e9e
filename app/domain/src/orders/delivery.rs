//! How an order reaches the buyer, and what that costs: pickup from the
//! group, the group's own home delivery inside its service area, or a
//! courier charged by weight (or volume, for bulky goods) and zone. Plus
//! the GST rule that keeps an unregistered group inside its own state.

use crate::i18n::Text;
use crate::money::Money;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DeliveryMethod {
    Pickup,
    Local,
    Courier,
}

impl DeliveryMethod {
    pub const ALL: [DeliveryMethod; 3] = [DeliveryMethod::Pickup, DeliveryMethod::Local, DeliveryMethod::Courier];

    pub const fn as_str(self) -> &'static str {
        match self {
            DeliveryMethod::Pickup => "pickup",
            DeliveryMethod::Local => "local",
            DeliveryMethod::Courier => "courier",
        }
    }

    pub fn parse(value: &str) -> Option<DeliveryMethod> {
        DeliveryMethod::ALL.into_iter().find(|m| m.as_str() == value)
    }
}

/// A courier zone, from where the parcel goes relative to the group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Zone {
    /// The same postal sorting district (first three PIN digits).
    Local,
    /// Elsewhere in the group's state.
    State,
    /// Another state.
    National,
    /// The north-east, Jammu & Kashmir and Ladakh, and the islands: longer routes.
    Special,
}

/// Whether a PIN code is in a region couriers charge extra for.
fn special_region(pin: &str) -> bool {
    ["18", "19", "78", "79"].iter().any(|p| pin.starts_with(p)) || pin.starts_with("744") || pin.starts_with("6825")
}

/// The zone of a parcel from `from_pin` (the group) to `to_pin`, knowing
/// whether both are in one state.
pub fn zone(from_pin: &str, to_pin: &str, same_state: bool) -> Zone {
    if special_region(to_pin) && !same_state {
        Zone::Special
    } else if from_pin.get(..3) == to_pin.get(..3) {
        Zone::Local
    } else if same_state {
        Zone::State
    } else {
        Zone::National
    }
}

/// Courier rates per zone: (first 500 g, each further 500 g), in rupees.
pub const COURIER_RATES: [(Zone, i64, i64); 4] =
    [(Zone::Local, 40, 20), (Zone::State, 55, 30), (Zone::National, 75, 40), (Zone::Special, 100, 60)];
/// Couriers' volumetric divisor: length × width × height in cm / 5000 = kg.
pub const VOLUMETRIC_DIVISOR: i64 = 5000;

/// A parcel: its weight, and its size when it is bulky.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parcel {
    pub weight_grams: i64,
    /// Length, width and height in centimetres, when known.
    pub size_cm: Option<(i64, i64, i64)>,
}

/// A listing's packed size from its three columns, when all three are known.
pub fn size_cm(length: Option<i64>, width: Option<i64>, height: Option<i64>) -> Option<(i64, i64, i64)> {
    Some((length?, width?, height?))
}

/// One line of a group's order as it goes into the parcel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParcelLine {
    pub qty: i64,
    /// Weight of one unit.
    pub weight_grams: i64,
    /// Packed size of one unit (bulky goods only).
    pub size_cm: Option<(i64, i64, i64)>,
}

/// The parcel a group's lines make, as the checkout page quotes it and as
/// placing the order charges it (one function, so they always agree):
/// weights add up; bulky units stack, so the footprint is the largest
/// unit's and the height grows with the count.
pub fn parcel_of(lines: impl IntoIterator<Item = ParcelLine>) -> Parcel {
    let mut parcel = Parcel { weight_grams: 0, size_cm: None };
    for line in lines {
        parcel.weight_grams += line.weight_grams * line.qty;
        if let Some((l, w, h)) = line.size_cm {
            let (sl, sw, sh) = parcel.size_cm.unwrap_or((0, 0, 0));
            parcel.size_cm = Some((sl.max(l), sw.max(w), sh + h * line.qty));
        }
    }
    parcel
}

/// `a / b` rounded up, for positive numbers.
fn ceil_div(a: i64, b: i64) -> i64 {
    (a + b - 1) / b
}

/// What the courier charges by: the weight, or the volume's weight if larger.
pub fn chargeable_grams(parcel: Parcel) -> i64 {
    let volumetric = parcel.size_cm.map_or(0, |(l, w, h)| ceil_div(l * w * h * 1000, VOLUMETRIC_DIVISOR));
    parcel.weight_grams.max(volumetric).max(1)
}

/// The courier charge for a parcel to a zone.
pub fn courier_charge(parcel: Parcel, zone: Zone) -> Money {
    let (_, first, each) = COURIER_RATES.iter().copied().find(|(z, _, _)| *z == zone).unwrap_or(COURIER_RATES[2]);
    let steps = ceil_div(chargeable_grams(parcel), 500);
    Money::from_rupees(first + each * (steps - 1))
}

/// A group's home delivery: PIN codes it serves (whole codes, or the first
/// three digits for a whole sorting district), its fee, and the order value
/// from which it delivers free.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalService {
    pub pincodes: Vec<String>,
    pub fee: Money,
    pub free_from: Option<Money>,
}

impl LocalService {
    pub fn serves(&self, pin: &str) -> bool {
        self.pincodes.iter().any(|p| (p.len() == 6 && p == pin) || (p.len() == 3 && pin.starts_with(p.as_str())))
    }

    pub fn fee_for(&self, goods: Money) -> Money {
        match self.free_from {
            Some(from) if goods >= from => Money::ZERO,
            _ => self.fee,
        }
    }
}

/// The GST rule: a group without GST registration may not supply goods to
/// another state. Pickup is always possible: the buyer collects the goods in
/// the group's own state. `Err` explains it in plain words.
pub fn may_supply(group_registered: bool, same_state: bool, method: DeliveryMethod) -> Result<(), Text> {
    if group_registered || same_state || method == DeliveryMethod::Pickup {
        Ok(())
    } else {
        Err(Text::new(
            "यह समूह GST में पंजीकृत नहीं है, इसलिए क़ानून के अनुसार दूसरे राज्य में सामान नहीं भेज सकता। आप इसे समूह से ख़ुद ले सकती हैं, या इसी राज्य का पता चुनें।",
            "This group is not registered for GST, so by law it cannot send goods to another state. You can collect it from the group yourself, or choose an address in the group's state.",
        ))
    }
}

/// One way an order can travel, and its price or why it is not possible.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryOption {
    pub method: DeliveryMethod,
    pub fee: Result<Money, Text>,
}

/// Where a group is and what it offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupDelivery {
    pub pincode: String,
    pub state_id: i64,
    pub gst_registered: bool,
    pub offers_pickup: bool,
    pub local: Option<LocalService>,
}

impl GroupDelivery {
    /// A group's delivery as its row keeps it: home-delivery PIN codes
    /// separated by spaces (none: no home delivery), amounts in paise.
    pub fn from_row(
        pincode: String,
        state_id: i64,
        gst_registered: bool,
        offers_pickup: bool,
        local_pincodes: &str,
        local_fee_paise: i64,
        local_free_from_paise: Option<i64>,
    ) -> GroupDelivery {
        let pincodes: Vec<String> = local_pincodes.split_whitespace().map(String::from).collect();
        GroupDelivery {
            pincode,
            state_id,
            gst_registered,
            offers_pickup,
            local: (!pincodes.is_empty()).then(|| LocalService {
                pincodes,
                fee: Money::from_paise(local_fee_paise),
                free_from: local_free_from_paise.map(Money::from_paise),
            }),
        }
    }
}

/// Every way the group's order could reach `to_pin` in `to_state_id`,
/// priced, or with the reason it cannot.
pub fn options(
    group: &GroupDelivery,
    parcel: Parcel,
    goods: Money,
    to_pin: &str,
    to_state_id: i64,
) -> Vec<DeliveryOption> {
    let same_state = group.state_id == to_state_id;
    let not_offered = || Err(Text::new("यह समूह यह सुविधा नहीं देता", "The group does not offer this"));
    DeliveryMethod::ALL
        .into_iter()
        .map(|method| {
            let fee = may_supply(group.gst_registered, same_state, method).and_then(|()| match method {
                DeliveryMethod::Pickup if group.offers_pickup => Ok(Money::ZERO),
                DeliveryMethod::Pickup => not_offered(),
                DeliveryMethod::Local => match &group.local {
                    Some(local) if local.serves(to_pin) => Ok(local.fee_for(goods)),
                    Some(_) => Err(Text::new(
                        "यह पता समूह के होम डिलीवरी क्षेत्र में नहीं है",
                        "This address is outside the group's home-delivery area",
                    )),
                    None => not_offered(),
                },
                DeliveryMethod::Courier => Ok(courier_charge(parcel, zone(&group.pincode, to_pin, same_state))),
            });
            DeliveryOption { method, fee }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parcel_adds_weights_and_stacks_bulky_units() {
        let jar = ParcelLine { qty: 3, weight_grams: 500, size_cm: None };
        let basket = ParcelLine { qty: 2, weight_grams: 800, size_cm: Some((40, 30, 20)) };
        let mat = ParcelLine { qty: 1, weight_grams: 300, size_cm: Some((60, 20, 5)) };
        let parcel = parcel_of([jar, basket, mat]);
        assert_eq!(parcel.weight_grams, 1500 + 1600 + 300);
        assert_eq!(parcel.size_cm, Some((60, 30, 45)), "largest footprint, heights stacked");
        assert_eq!(parcel_of([jar]).size_cm, None, "no bulky unit, no size");
        assert_eq!(parcel_of([]), Parcel { weight_grams: 0, size_cm: None });
    }

    const KG: Parcel = Parcel { weight_grams: 1000, size_cm: None };

    #[test]
    fn zones_follow_the_pin_code_and_the_state() {
        assert_eq!(zone("493661", "493225", true), Zone::Local);
        assert_eq!(zone("493661", "492001", true), Zone::State);
        assert_eq!(zone("493661", "474011", false), Zone::National);
        assert_eq!(zone("493661", "781001", false), Zone::Special, "Guwahati");
        assert_eq!(zone("493661", "744101", false), Zone::Special, "Port Blair");
        assert_eq!(zone("781005", "781001", true), Zone::Local, "inside Assam it is local");
    }

    #[test]
    fn courier_charges_step_by_half_kilo() {
        assert_eq!(courier_charge(Parcel { weight_grams: 300, size_cm: None }, Zone::Local), Money::from_rupees(40));
        assert_eq!(courier_charge(Parcel { weight_grams: 500, size_cm: None }, Zone::Local), Money::from_rupees(40));
        assert_eq!(courier_charge(Parcel { weight_grams: 501, size_cm: None }, Zone::Local), Money::from_rupees(60));
        assert_eq!(courier_charge(KG, Zone::National), Money::from_rupees(115));
        assert_eq!(
            courier_charge(Parcel { weight_grams: 5400, size_cm: None }, Zone::State),
            Money::from_rupees(55 + 30 * 10)
        );
    }

    #[test]
    fn a_bulky_light_parcel_is_charged_by_its_volume() {
        // A 60 × 40 × 30 cm carton of jute bags weighing 2 kg counts as 14.4 kg.
        let carton = Parcel { weight_grams: 2000, size_cm: Some((60, 40, 30)) };
        assert_eq!(chargeable_grams(carton), 14_400);
        assert_eq!(courier_charge(carton, Zone::Local), Money::from_rupees(40 + 20 * 28));
        // A small heavy jar is charged by weight.
        assert_eq!(chargeable_grams(Parcel { weight_grams: 800, size_cm: Some((10, 10, 12)) }), 800);
    }

    #[test]
    fn local_delivery_serves_listed_pins_and_district_prefixes_and_can_be_free() {
        let local = LocalService {
            pincodes: vec!["493661".into(), "492".into()],
            fee: Money::from_rupees(30),
            free_from: Some(Money::from_rupees(500)),
        };
        assert!(local.serves("493661") && local.serves("492001") && !local.serves("493662"));
        assert_eq!(local.fee_for(Money::from_rupees(499)), Money::from_rupees(30));
        assert_eq!(local.fee_for(Money::from_rupees(500)), Money::ZERO);
    }

    #[test]
    fn an_unregistered_group_cannot_ship_to_another_state_but_can_hand_over() {
        assert!(may_supply(false, true, DeliveryMethod::Courier).is_ok());
        assert!(may_supply(true, false, DeliveryMethod::Courier).is_ok());
        let refused = may_supply(false, false, DeliveryMethod::Courier).unwrap_err();
        assert!(refused.en.contains("not registered for GST") && refused.hi.contains("GST"));
        assert!(may_supply(false, false, DeliveryMethod::Local).is_err());
        assert!(may_supply(false, false, DeliveryMethod::Pickup).is_ok());
    }

    #[test]
    fn options_price_every_method_or_say_why_not() {
        let group = GroupDelivery {
            pincode: "493661".into(),
            state_id: 1,
            gst_registered: false,
            offers_pickup: true,
            local: Some(LocalService { pincodes: vec!["493".into()], fee: Money::from_rupees(25), free_from: None }),
        };
        let same = options(&group, KG, Money::from_rupees(300), "493225", 1);
        assert_eq!(same[0].fee, Ok(Money::ZERO));
        assert_eq!(same[1].fee, Ok(Money::from_rupees(25)));
        assert_eq!(same[2].fee, Ok(Money::from_rupees(60)));
        let far = options(&group, KG, Money::from_rupees(300), "474011", 2);
        assert_eq!(far[0].fee, Ok(Money::ZERO), "pickup stays possible");
        assert!(far[1].fee.is_err() && far[2].fee.is_err(), "no shipping out of state without GST");
        let outside = options(&group, KG, Money::from_rupees(300), "492001", 1);
        assert!(outside[1].fee.as_ref().unwrap_err().en.contains("outside"));
    }
}
