//! What may be ordered from a cart, and why not.

use crate::catalog::types::ListingStatus;
use crate::error::AppError;
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

/// Why a cart line's quantity may not be changed to `qty`: taking a line
/// out (0) is always allowed; any other quantity needs its listing still on
/// sale (`status` is `None` for a listing that no longer exists). Only a
/// line already in the cart changes: a listing enters the cart through
/// "add", which checks its stock and minimum.
pub fn qty_change_problem(status: Option<ListingStatus>, qty: i64) -> Option<AppError> {
    match status {
        _ if qty == 0 => None,
        Some(ListingStatus::Live) => None,
        Some(_) => Some(AppError::Conflict {
            message: Text::new(
                "यह अभी बिक्री में नहीं है: इसे थैले से हटा दें",
                "This is not on sale right now: take it out of the cart",
            ),
        }),
        None => Some(AppError::NotFound),
    }
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
    fn only_a_live_listings_line_changes_and_any_line_may_leave() {
        assert_eq!(qty_change_problem(Some(Live), 3), None);
        assert!(matches!(qty_change_problem(Some(Paused), 3), Some(AppError::Conflict { .. })));
        assert_eq!(qty_change_problem(None, 3), Some(AppError::NotFound));
        assert_eq!(qty_change_problem(Some(Paused), 0), None);
        assert_eq!(qty_change_problem(None, 0), None);
    }
}
