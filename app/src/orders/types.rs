//! Order types shared by server and browser.

use crate::i18n::Tr;
use crate::money::Money;
use crate::orders::delivery::DeliveryMethod;
use crate::orders::state::OrderStatus;
use serde::{Deserialize, Serialize};

/// How the buyer pays. Cash on delivery confirms the order at once; the
/// others wait for the payment (issue: payments and invoices).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PaymentMethod {
    CashOnDelivery,
    UpiToGroup,
    Gateway,
}

impl PaymentMethod {
    pub const ALL: [PaymentMethod; 3] = [PaymentMethod::CashOnDelivery, PaymentMethod::UpiToGroup, PaymentMethod::Gateway];

    pub fn as_str(self) -> &'static str {
        match self {
            PaymentMethod::CashOnDelivery => "cod",
            PaymentMethod::UpiToGroup => "upi",
            PaymentMethod::Gateway => "gateway",
        }
    }

    pub fn parse(value: &str) -> Option<PaymentMethod> {
        PaymentMethod::ALL.into_iter().find(|m| m.as_str() == value)
    }

    pub fn label(self) -> Tr {
        match self {
            PaymentMethod::CashOnDelivery => Tr::new("सामान मिलने पर नक़द", "Cash on delivery"),
            PaymentMethod::UpiToGroup => Tr::new("UPI से सीधे समूह को", "UPI straight to the group"),
            PaymentMethod::Gateway => Tr::new("ऑनलाइन (कार्ड, नेटबैंकिंग, UPI)", "Online (card, netbanking, UPI)"),
        }
    }
}

/// Where the order goes: a copy of the buyer's address at order time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShipTo {
    pub name: String,
    pub phone: String,
    pub line1: String,
    pub line2: String,
    pub city: String,
    pub district: String,
    pub state_id: i64,
    pub pincode: String,
}

/// One order a checkout made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacedOrder {
    pub id: i64,
    pub number: String,
    pub group_id: i64,
    pub status: OrderStatus,
    pub delivery: DeliveryMethod,
    pub goods: Money,
    pub delivery_fee: Money,
    pub total: Money,
}
