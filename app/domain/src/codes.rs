//! Values stored in the database as fixed words: statuses, roles, duties,
//! methods, kinds. Each enum owns its words (`as_str` / `parse`), and with
//! the store's `sqlx` feature it is read and bound as itself: a row type
//! says `status: OrderStatus`, and a word the enum does not know is a
//! decoding error (logged, answered as Internal), never a silent default.

/// Implements sqlx's `Type`, `Decode` and `Encode` for the `Any` driver
/// through the enum's own words: `$to` gives the word, `$from` reads it.
#[cfg(feature = "sqlx")]
macro_rules! stored_as_word {
    ($ty:ty, $what:literal, $to:ident, $from:ident) => {
        impl sqlx::Type<sqlx::Any> for $ty {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <str as sqlx::Type<sqlx::Any>>::type_info()
            }
            fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
                <str as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }

        impl<'r> sqlx::Decode<'r, sqlx::Any> for $ty {
            fn decode(value: <sqlx::Any as sqlx::Database>::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                let word = <&str as sqlx::Decode<sqlx::Any>>::decode(value)?;
                <$ty>::$from(word).ok_or_else(|| format!("unknown {} {:?}", $what, word).into())
            }
        }

        impl sqlx::Encode<'_, sqlx::Any> for $ty {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<sqlx::Any>>::encode(self.$to(), buf)
            }
        }
    };
}

#[cfg(feature = "sqlx")]
mod words {
    use crate::accounts::types::{Department, Duty, Role};
    use crate::catalog::types::ListingStatus;
    use crate::listings::types::{EventKind, RejectReason};
    use crate::monitoring::flow::FlowStep;
    use crate::orders::advance::BalanceDue;
    use crate::orders::delivery::DeliveryMethod;
    use crate::orders::state::OrderStatus;
    use crate::orders::types::{LedgerPart, OrderChannel, PaymentMethod};
    use crate::payments::types::InvoiceKind;
    use crate::procurement::state::{IndentStatus, SupplyStage};
    use crate::trade::quotes::{QuoteSide, QuoteStatus, QuoteStep};

    stored_as_word!(ListingStatus, "listing status", as_str, parse);
    stored_as_word!(OrderStatus, "order status", as_str, parse);
    stored_as_word!(PaymentMethod, "payment method", as_str, parse);
    stored_as_word!(OrderChannel, "order channel", as_str, parse);
    stored_as_word!(BalanceDue, "balance due", as_str, parse);
    stored_as_word!(LedgerPart, "ledger part", as_str, parse);
    stored_as_word!(DeliveryMethod, "delivery method", as_str, parse);
    stored_as_word!(Role, "role", as_str, parse);
    stored_as_word!(Duty, "duty", as_str, parse);
    stored_as_word!(Department, "department", as_str, parse);
    stored_as_word!(EventKind, "listing event", code, parse);
    stored_as_word!(RejectReason, "reject reason", code, parse);
    stored_as_word!(InvoiceKind, "invoice kind", as_str, parse);
    stored_as_word!(QuoteStatus, "quote status", as_str, parse);
    stored_as_word!(QuoteStep, "quote step", as_str, parse);
    stored_as_word!(QuoteSide, "quote side", as_str, parse);
    stored_as_word!(IndentStatus, "indent status", as_str, parse);
    stored_as_word!(SupplyStage, "supply stage", as_str, parse);
    stored_as_word!(FlowStep, "flow step", as_str, parse);
}

#[cfg(all(test, feature = "sqlx"))]
mod tests {
    use crate::orders::state::OrderStatus;

    #[test]
    fn every_order_status_reads_back_as_itself() {
        for status in OrderStatus::ALL {
            assert_eq!(OrderStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(OrderStatus::parse("shipped"), None, "an unknown word is not a status");
    }
}
