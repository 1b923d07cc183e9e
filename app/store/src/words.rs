//! The enums' own words, quoted for SQL: `WHERE p.status = {LIVE}` or
//! `concatcp!("… WHERE status = ", LIVE)`. A query never spells a status,
//! role or method itself, so the word in SQL is always the enum's
//! (`ListingStatus::Live.as_str()`), fixed at compile time.

use crate::accounts::types::Role;
use crate::catalog::types::ListingStatus;
use crate::listings::types::EventKind;
use crate::orders::state::OrderStatus;
use crate::orders::types::{LedgerPart, PaymentMethod};
use crate::payments::types::InvoiceKind;
use crate::trade::quotes::{QuoteStatus, QuoteStep};
use const_format::concatcp;

macro_rules! quoted {
    ($($name:ident = $value:expr, $to:ident;)*) => {
        $(
            #[doc = concat!("`", stringify!($value), "` as an SQL literal.")]
            pub const $name: &str = {
                const WORD: &str = $value.$to();
                concatcp!("'", WORD, "'")
            };
        )*
    };
}

quoted! {
    LIVE = ListingStatus::Live, as_str;
    DRAFT = ListingStatus::Draft, as_str;
    PAUSED = ListingStatus::Paused, as_str;
    IN_REVIEW = ListingStatus::InReview, as_str;
    REJECTED = ListingStatus::Rejected, as_str;
    EVENT_REJECTED = EventKind::Rejected, code;
    SUBMITTED = EventKind::Submitted, code;
    BACK_TO_REVIEW = EventKind::BackToReview, code;
    INVOICE_TAX = InvoiceKind::Tax, as_str;
    INVOICE_SUPPLY = InvoiceKind::Supply, as_str;
    QUOTE_ASKED = QuoteStatus::Asked, as_str;
    QUOTE_OFFERED = QuoteStatus::Offered, as_str;
    QUOTE_COUNTERED = QuoteStatus::Countered, as_str;
    QUOTE_STEP_OFFER = QuoteStep::Offer, as_str;
    QUOTE_ACCEPTED = QuoteStatus::Accepted, as_str;
    ORDER_CANCELLED = OrderStatus::Cancelled, as_str;
    ORDER_REJECTED = OrderStatus::Rejected, as_str;
    ORDER_EXPIRED = OrderStatus::Expired, as_str;
    AWAITING_PAYMENT = OrderStatus::AwaitingPayment, as_str;
    CONFIRMED = OrderStatus::Confirmed, as_str;
    ACCEPTED = OrderStatus::Accepted, as_str;
    PACKED = OrderStatus::Packed, as_str;
    DISPATCHED = OrderStatus::Dispatched, as_str;
    DELIVERED = OrderStatus::Delivered, as_str;
    RETURN_REQUESTED = OrderStatus::ReturnRequested, as_str;
    PART_FULL = LedgerPart::Full, as_str;
    PART_BALANCE = LedgerPart::Balance, as_str;
    UPI = PaymentMethod::UpiToGroup, as_str;
    ADVANCE = PaymentMethod::Advance, as_str;
    GATEWAY = PaymentMethod::Gateway, as_str;
    SELLER = Role::Seller, as_str;
    SHOPPER = Role::Shopper, as_str;
    TRADER = Role::Trader, as_str;
    DEPARTMENT = Role::Department, as_str;
    DISTRICT_OFFICIAL = Role::DistrictOfficial, as_str;
    STATE_OFFICIAL = Role::StateOfficial, as_str;
}

/// A group's own store, the kind of stock location every group has
/// (outlets hold consigned stock: the outlets issue adds that kind).
pub const GROUP_STORE: &str = "'group_store'";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_are_the_enums_own_quoted() {
        assert_eq!(LIVE, "'live'");
        assert_eq!(AWAITING_PAYMENT, "'awaiting_payment'");
        assert_eq!(UPI, "'upi'");
        assert_eq!(DISTRICT_OFFICIAL, "'district_official'");
        assert_eq!(EVENT_REJECTED, "'rejected'");
    }
}
