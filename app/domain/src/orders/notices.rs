//! Who is told of an order's step in the in-app inbox. The store writes
//! the notices; the words are in `orders::text`.

use crate::orders::state::OrderStatus;

/// Who hears of a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Buyer,
    Group,
    /// District officials of the group's district and state officials of its state.
    Officials,
}

/// What each audience is told when an order reaches `status`.
pub fn audiences(status: OrderStatus) -> &'static [Audience] {
    use Audience::*;
    match status {
        OrderStatus::Placed | OrderStatus::AwaitingPayment => &[],
        OrderStatus::Confirmed | OrderStatus::Cancelled | OrderStatus::ReturnRequested | OrderStatus::Expired => {
            &[Buyer, Group]
        }
        _ => &[Buyer],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_group_hears_of_new_and_cancelled_orders_and_the_buyer_of_every_step() {
        assert_eq!(audiences(OrderStatus::Confirmed), &[Audience::Buyer, Audience::Group]);
        assert_eq!(audiences(OrderStatus::Cancelled), &[Audience::Buyer, Audience::Group]);
        assert_eq!(audiences(OrderStatus::Dispatched), &[Audience::Buyer]);
        assert!(audiences(OrderStatus::Placed).is_empty());
    }
}
