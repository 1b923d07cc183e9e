//! The in-app inbox (server only): every order step tells the people it
//! concerns — the buyer, the group's sellers, and for an overdue order the
//! officials over the group. Written in the same transaction as the step,
//! so a step and its notices land together or not at all.

use crate::i18n::Text;
use crate::orders::state::OrderStatus;
use crate::orders::text::status_label;
use crate::words::{DISTRICT_OFFICIAL, SELLER, STATE_OFFICIAL};
use const_format::concatcp;
use sqlx::AnyConnection;

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

/// The notice's text: "Order HT-2611-00042-7: Dispatched".
pub fn message(number: &str, status: OrderStatus) -> Text {
    let label = status_label(status);
    Text::new(format!("ऑर्डर {number}: {}", label.hi), format!("Order {number}: {}", label.en))
}

/// Adds a notice for each person in `audience` of order `order_id`.
pub async fn tell(
    conn: &mut AnyConnection,
    order_id: i64,
    audience: Audience,
    text: &Text,
    now: i64,
) -> Result<(), sqlx::Error> {
    let recipients = match audience {
        Audience::Buyer => "SELECT o.buyer_id AS uid FROM orders o WHERE o.id = $1",
        Audience::Group => {
            concatcp!(
                "SELECT u.id AS uid FROM users u JOIN orders o ON o.group_id = u.group_id WHERE o.id = $1 AND u.role = ",
                SELLER
            )
        }
        Audience::Officials => {
            concatcp!(
                "SELECT u.id AS uid FROM users u JOIN orders o ON o.id = $1 JOIN shg_groups g ON g.id = o.group_id \
                 WHERE (u.role = ",
                DISTRICT_OFFICIAL,
                " AND u.district_id = g.district_id AND (u.block_id IS NULL OR u.block_id = g.block_id)) \
                 OR (u.role = ",
                STATE_OFFICIAL,
                " AND u.state_id = g.state_id)"
            )
        }
    };
    // `recipients` is one of the fixed queries above.
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO notifications (user_id, order_id, text_en, text_hi, link, created_at) \
         SELECT r.uid, $1, $2, $3, (SELECT '/orders/' || number FROM orders WHERE id = $1), $4 FROM ({recipients}) r"
    )))
    .bind(order_id)
    .bind(&text.en)
    .bind(&text.hi)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
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
        let m = message("HT-2611-00042-7", OrderStatus::Dispatched);
        assert_eq!(m.en, "Order HT-2611-00042-7: Dispatched");
        assert!(m.hi.contains("रवाना"));
    }
}
