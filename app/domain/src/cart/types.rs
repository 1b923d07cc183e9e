//! Cart types shared by server and browser.

use crate::i18n::Text;
use crate::media::Photo;
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// One listing in the cart, priced for its quantity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CartLine {
    pub product_id: i64,
    pub slug: String,
    pub title: Text,
    pub unit: Text,
    pub qty: i64,
    pub min_order_qty: i64,
    pub on_hand: i64,
    /// The listing's own price, and the price per unit at this quantity.
    pub base_price: Money,
    pub unit_price: Money,
    /// The quantity from which the next cheaper tier applies, and its price.
    pub next_tier: Option<(i64, Money)>,
    pub line_total: Money,
    pub cover: Option<Photo>,
    /// Why this line cannot be ordered as it is (sold out, below minimum…).
    pub problem: Option<Text>,
}

impl CartLine {
    pub fn tier_applied(&self) -> bool {
        self.unit_price < self.base_price
    }
}

/// The lines of one group: they become one order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CartGroup {
    pub group_id: i64,
    pub slug: String,
    pub name: Text,
    pub place: Text,
    pub lines: Vec<CartLine>,
    pub subtotal: Money,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CartView {
    pub groups: Vec<CartGroup>,
    pub total: Money,
    pub count: i64,
}

impl CartView {
    /// Every line as (listing id, quantity): what a checkout quotes and places.
    pub fn items(&self) -> Vec<(i64, i64)> {
        self.groups.iter().flat_map(|g| &g.lines).map(|l| (l.product_id, l.qty)).collect()
    }

    pub fn has_problems(&self) -> bool {
        self.groups.iter().flat_map(|g| &g.lines).any(|l| l.problem.is_some())
    }
}
