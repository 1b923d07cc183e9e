//! Cart strings, in Hindi and English.

use crate::i18n::{Lang, Tr};
use crate::money::Money;

pub const CART: Tr = Tr::new("थैला", "Cart");
pub const ADD_TO_CART: Tr = Tr::new("थैले में डालें", "Add to cart");
pub const ADDED: Tr = Tr::new("थैले में डाल दिया", "Added to the cart");
pub const UPDATED: Tr = Tr::new("थैला बदल गया", "Cart updated");
pub const EMPTY: Tr = Tr::new("थैला ख़ाली है।", "The cart is empty.");
pub const KEEP_SHOPPING: Tr = Tr::new("ख़रीदारी जारी रखें", "Keep shopping");
pub const QUANTITY: Tr = Tr::new("मात्रा", "Quantity");
pub const UPDATE: Tr = Tr::new("बदलें", "Update");
pub const REMOVE: Tr = Tr::new("हटाएँ", "Remove");
pub const FROM_GROUP: Tr = Tr::new("समूह से सीधे", "Straight from");
pub const SUBTOTAL: Tr = Tr::new("इस समूह का जोड़", "This group's total");
pub const TOTAL: Tr = Tr::new("सामान का कुल", "Goods total");
pub const ONE_ORDER_PER_GROUP: Tr = Tr::new(
    "हर समूह का अलग ऑर्डर बनेगा, अपनी डिलीवरी के साथ: पैसा सीधे बनाने वाले समूह को।",
    "Each group gets its own order with its own delivery: the money goes straight to the group that made it.",
);
pub const CHECKOUT: Tr = Tr::new("आगे बढ़ें — पता और डिलीवरी", "Continue — address and delivery");
pub const FIX_FIRST: Tr =
    Tr::new("आगे बढ़ने से पहले ऊपर लाल लिखी चीज़ें ठीक करें।", "Fix the lines marked in red before you continue.");

pub fn tier_applied(lang: Lang, unit: Money) -> String {
    match lang {
        Lang::Hi => format!("थोक दाम लगा: {} प्रति नग", unit.format(lang)),
        Lang::En => format!("Wholesale price applied: {} each", unit.format(lang)),
    }
}

pub fn next_tier(lang: Lang, qty: i64, unit: Money) -> String {
    match lang {
        Lang::Hi => format!("{qty} नग या ज़्यादा लें तो {} प्रति नग", unit.format(lang)),
        Lang::En => format!("Buy {qty} or more for {} each", unit.format(lang)),
    }
}
