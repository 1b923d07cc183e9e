//! How the way an order is paid gates its steps.

use crate::orders::state::{Actor, Refusal, Step};
use crate::orders::types::PaymentMethod;

/// Whether `actor` may take `step` as far as payment goes: a group
/// confirms money only for an order paid by UPI straight to it (in full,
/// or its advance), and only once the buyer has given her UTR (the gateway
/// confirms its own payments; a cash-on-delivery order is confirmed at
/// checkout). A group does not send goods whose balance is due before
/// dispatch and not yet in (`holds_dispatch`,
/// [`crate::orders::advance::PartPayment::holds_dispatch`]). Every other
/// step is not gated by payment. The order state machine
/// ([`crate::orders::state::next`]) decides the rest.
pub fn payment_allows(
    step: Step,
    actor: Actor,
    method: PaymentMethod,
    utr_given: bool,
    holds_dispatch: bool,
) -> Result<(), Refusal> {
    if step == Step::Dispatch && holds_dispatch {
        return Err(Refusal::NotNow);
    }
    if step != Step::Confirm || actor != Actor::Group {
        return Ok(());
    }
    if !method.upi_first() {
        return Err(Refusal::NotYours);
    }
    if !utr_given {
        return Err(Refusal::NotNow);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_confirms_only_upi_money_the_buyer_reported() {
        use PaymentMethod::*;
        assert_eq!(payment_allows(Step::Confirm, Actor::Group, UpiToGroup, true, false), Ok(()));
        assert_eq!(payment_allows(Step::Confirm, Actor::Group, UpiToGroup, false, false), Err(Refusal::NotNow));
        assert_eq!(payment_allows(Step::Confirm, Actor::Group, Advance, true, false), Ok(()), "the advance");
        assert_eq!(payment_allows(Step::Confirm, Actor::Group, Advance, false, false), Err(Refusal::NotNow));
        assert_eq!(payment_allows(Step::Confirm, Actor::Group, Gateway, true, false), Err(Refusal::NotYours));
        assert_eq!(payment_allows(Step::Confirm, Actor::Group, CashOnDelivery, false, false), Err(Refusal::NotYours));
    }

    #[test]
    fn goods_whose_balance_is_due_first_wait_for_it() {
        use PaymentMethod::*;
        assert_eq!(payment_allows(Step::Dispatch, Actor::Group, Advance, true, true), Err(Refusal::NotNow));
        assert_eq!(payment_allows(Step::Dispatch, Actor::Group, Advance, true, false), Ok(()));
        assert_eq!(payment_allows(Step::Pack, Actor::Group, Advance, true, true), Ok(()), "packing may go on");
    }

    #[test]
    fn other_steps_and_other_actors_are_not_gated_by_payment() {
        for step in Step::ALL.into_iter().filter(|s| *s != Step::Confirm) {
            assert_eq!(payment_allows(step, Actor::Group, PaymentMethod::Gateway, false, false), Ok(()));
        }
        assert_eq!(payment_allows(Step::Confirm, Actor::System, PaymentMethod::Gateway, false, false), Ok(()));
    }
}
