//! What may be ordered from a cart, and why not.

use crate::catalog::types::ListingStatus;
use crate::i18n::Text;

/// What stops a cart line from being ordered as it is.
pub fn line_problem(status: ListingStatus, qty: i64, min_order_qty: i64, on_hand: i64) -> Option<Text> {
    if status != ListingStatus::Live {
        Some(Text::new("यह अभी बिक्री में नहीं है", "This is not on sale right now"))
    } else if on_hand == 0 {
        Some(Text::new("स्टॉक ख़त्म", "Out of stock"))
    } else if qty > on_hand {
        Some(Text::new(format!("केवल {on_hand} नग बचे हैं"), format!("Only {on_hand} left")))
    } else if qty < min_order_qty {
        Some(Text::new(format!("कम से कम {min_order_qty} नग मँगाएँ"), format!("Order at least {min_order_qty}")))
    } else {
        None
    }
}

/// Whether a line's quantity may be changed to `qty`: only a line already
/// in the cart (a listing enters it through "add", which checks it), and
/// only down or out once its listing is off sale (`status` is `None` for a
/// listing that no longer exists). Taking a line out is always allowed.
pub fn may_set_qty(in_cart: bool, status: Option<ListingStatus>, qty: i64) -> bool {
    qty == 0 || (in_cart && status == Some(ListingStatus::Live))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ListingStatus::*;

    #[test]
    fn a_line_says_why_it_cannot_be_ordered() {
        assert!(line_problem(Live, 2, 1, 5).is_none());
        assert!(line_problem(Paused, 2, 1, 5).unwrap().en.contains("not on sale"));
        assert!(line_problem(Live, 2, 1, 0).unwrap().en.contains("Out of stock"));
        assert_eq!(line_problem(Live, 6, 1, 5).unwrap().en, "Only 5 left");
        assert_eq!(line_problem(Live, 2, 12, 50).unwrap().en, "Order at least 12");
    }

    #[test]
    fn only_a_live_line_already_in_the_cart_changes_and_any_line_may_leave() {
        assert!(may_set_qty(true, Some(Live), 3));
        assert!(!may_set_qty(false, Some(Live), 3), "update never adds a line");
        assert!(!may_set_qty(true, Some(Paused), 3), "a paused listing is not raised");
        assert!(!may_set_qty(false, None, 3));
        assert!(may_set_qty(true, Some(Paused), 0) && may_set_qty(false, None, 0));
    }
}
