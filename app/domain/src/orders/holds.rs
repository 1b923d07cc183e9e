//! Stock held by orders not yet paid (UPI to the group, or online): taken
//! from the shelf when the order is placed, back on it if the payment does
//! not come in time (`deadlines`). So that one unpaid buyer cannot empty a
//! listing for everyone, what she may hold unpaid is capped.

/// One buyer may always hold this many units of a listing unpaid (a
/// family's order never meets the cap).
pub const HOLD_AT_LEAST: i64 = 20;

/// How many more units of a listing one buyer may take into unpaid orders:
/// up to half of what there is (on the shelf plus what she already holds
/// unpaid), and never less than [`HOLD_AT_LEAST`] in all.
pub fn unpaid_room(on_hand: i64, held_by_her: i64) -> i64 {
    let there_is = on_hand.max(0) + held_by_her.max(0);
    ((there_is / 2).max(HOLD_AT_LEAST) - held_by_her.max(0)).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_unpaid_buyer_may_hold_half_of_a_big_stock() {
        // The case that was seen: 600 petticoats held by one trader's unpaid orders.
        assert_eq!(unpaid_room(600, 0), 300);
        // Having taken 300, she may hold no more until she pays.
        assert_eq!(unpaid_room(300, 300), 0);
        assert_eq!(unpaid_room(500, 100), 200);
    }

    #[test]
    fn a_small_order_is_never_capped() {
        assert_eq!(unpaid_room(10, 0), 20, "a family order of a small stock: the stock itself is the limit");
        assert_eq!(unpaid_room(30, 5), 15);
        assert_eq!(unpaid_room(0, 25), 0);
    }
}
