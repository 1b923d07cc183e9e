//! What the payment gateway reports about a payment, and what Haat made
//! of each report. The protocol is the app's (`payments::gateway`); the
//! store acts on reports (`haat_store::payments::gateway`).

/// What became of a payment report (callback or webhook).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The order was waiting and is now paid and confirmed.
    Confirmed,
    /// Already paid (this report came second, or again).
    AlreadyPaid,
    /// This event id was handled before.
    Duplicate,
    /// Paid after the order had closed (expired or cancelled): refund due.
    Late,
    /// Noted on the order's timeline (a failed attempt).
    Noted,
    /// Nothing to do (an event Haat doesn't act on, or an unknown order).
    Ignored,
}

/// One report from the gateway about a payment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Report {
    /// The money is Haat's: `payment.captured`, `order.paid`, or a
    /// checkout callback with a valid signature.
    Paid { gateway_order_id: String, payment_id: String, amount_paise: i64 },
    /// `payment.failed`.
    Failed { gateway_order_id: String, payment_id: String, reason: String },
    /// `refund.processed`.
    Refunded { payment_id: String, refund_id: String, amount_paise: i64 },
    /// Anything else (`payment.authorized`, …): recorded, not acted on.
    Other,
}
