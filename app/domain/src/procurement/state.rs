//! THE procurement state machine, as plain functions: which step may follow
//! which, and which duty of which office may take it. Government buying
//! (GeM's direct purchase) adapted to groups:
//!
//! ```text
//! indent:  draft ─► awaiting_approval ─► ordered (one supply order per group)
//!            ▲  │           │
//!            │  └► withdrawn└─► sent_back ─► awaiting_approval (edited, sent again)
//!            └──────────────────────┘
//!
//! supply:  ordered ─► received ─► accepted ─► billed ─► paid
//!             │      (provisional) │ (full, part, deemed)
//!             └─► void             └─► rejected (nothing accepted: no bill)
//!   (the group's order ended unsupplied: refused, cancelled)
//! ```
//!
//! The group's side of a supply order (accept, pack, dispatch) is the order
//! state machine's (`orders::state`); this one holds only the office's side.
//! Each step is one call to [`indent_next`] or [`supply_next`]; the store
//! applies it as a conditional update from the status the person saw, so two
//! people (or two workers) cannot both take it.

use crate::accounts::types::Duty;
use crate::i18n::Tr;
use serde::{Deserialize, Serialize};

/// Where an indent (a department's demand) stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum IndentStatus {
    /// Being written by the indenter; only she sees it.
    Draft,
    /// Sent to the office's approver.
    AwaitingApproval,
    /// The approver sent it back with remarks; the indenter may edit it and send it again.
    SentBack,
    /// Sanctioned: its supply orders are placed, one per group.
    Ordered,
    /// The indenter took it back before it was sanctioned.
    Withdrawn,
}

/// What someone does to an indent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum IndentStep {
    Submit,
    Withdraw,
    SendBack,
    Approve,
}

/// Where one group's supply order stands on the office's side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SupplyStage {
    /// Placed with the group; she accepts, packs and dispatches as for any order.
    Ordered,
    /// The consignee counted what arrived (a provisional receipt).
    Received,
    /// The consignee accepted all or part of it (or the clock did).
    Accepted,
    /// Nothing was accepted: there is no bill.
    Rejected,
    /// The bill for the accepted quantities waits for the paying officer.
    Billed,
    /// Paid, with the PFMS or treasury reference.
    Paid,
    /// The group's order ended before it was supplied (refused, cancelled).
    Void,
}

/// What happens to a supply order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SupplyStep {
    /// The consignee records what arrived.
    Receive,
    /// The consignee accepts (in full or part) or rejects; the clock deems acceptance.
    Accept,
    /// Nothing accepted.
    Reject,
    /// The bill is made from the accepted quantities (at once, by the system).
    Bill,
    Pay,
    /// The group's order ended unsupplied.
    Void,
}

/// Who takes a step: a department user with one of her duties, of the
/// indent's own office or another; or the system (the worker's clock, or
/// one step starting the next).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Actor {
    Staff { duty: Duty, own_office: bool },
    System,
}

/// Why a step was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The step cannot follow the current status (approve a draft, pay before acceptance).
    NotNow,
    /// This person may not take it (another duty, another office).
    NotYours,
}

/// Who may take a step: one duty of the indent's own office, or the system.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Taker {
    Duty(Duty),
    System,
    /// The consignee, or the clock when she lets the days pass (deemed acceptance).
    DutyOrSystem(Duty),
}

fn allowed(taker: Taker, actor: Actor) -> bool {
    match (taker, actor) {
        (Taker::System | Taker::DutyOrSystem(_), Actor::System) => true,
        (Taker::Duty(want) | Taker::DutyOrSystem(want), Actor::Staff { duty, own_office }) => {
            own_office && duty == want
        }
        (Taker::Duty(_), Actor::System) | (Taker::System, Actor::Staff { .. }) => false,
    }
}

/// The indent's status after `step`, taken by `actor`, from `status`.
pub fn indent_next(status: IndentStatus, step: IndentStep, actor: Actor) -> Result<IndentStatus, Refusal> {
    use IndentStatus as S;
    let (to, taker) = match (status, step) {
        (S::Draft | S::SentBack, IndentStep::Submit) => (S::AwaitingApproval, Taker::Duty(Duty::Indenter)),
        (S::Draft | S::AwaitingApproval | S::SentBack, IndentStep::Withdraw) => {
            (S::Withdrawn, Taker::Duty(Duty::Indenter))
        }
        (S::AwaitingApproval, IndentStep::SendBack) => (S::SentBack, Taker::Duty(Duty::Approver)),
        (S::AwaitingApproval, IndentStep::Approve) => (S::Ordered, Taker::Duty(Duty::Approver)),
        _ => return Err(Refusal::NotNow),
    };
    if allowed(taker, actor) {
        Ok(to)
    } else {
        Err(Refusal::NotYours)
    }
}

/// The supply order's stage after `step`, taken by `actor`, from `stage`.
///
/// Acceptance may be partial: `Accept` is for any accepted quantity above
/// zero, `Reject` for none. Whether the goods have arrived (the order is
/// dispatched) is the store's check on the order, not this one's.
pub fn supply_next(stage: SupplyStage, step: SupplyStep, actor: Actor) -> Result<SupplyStage, Refusal> {
    use SupplyStage as S;
    let (to, taker) = match (stage, step) {
        (S::Ordered, SupplyStep::Receive) => (S::Received, Taker::Duty(Duty::Consignee)),
        (S::Received, SupplyStep::Accept) => (S::Accepted, Taker::DutyOrSystem(Duty::Consignee)),
        (S::Received, SupplyStep::Reject) => (S::Rejected, Taker::Duty(Duty::Consignee)),
        (S::Accepted, SupplyStep::Bill) => (S::Billed, Taker::System),
        (S::Billed, SupplyStep::Pay) => (S::Paid, Taker::Duty(Duty::PayingOfficer)),
        (S::Ordered, SupplyStep::Void) => (S::Void, Taker::System),
        _ => return Err(Refusal::NotNow),
    };
    if allowed(taker, actor) {
        Ok(to)
    } else {
        Err(Refusal::NotYours)
    }
}

impl IndentStatus {
    pub const ALL: [IndentStatus; 5] = [
        IndentStatus::Draft,
        IndentStatus::AwaitingApproval,
        IndentStatus::SentBack,
        IndentStatus::Ordered,
        IndentStatus::Withdrawn,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            IndentStatus::Draft => "draft",
            IndentStatus::AwaitingApproval => "awaiting_approval",
            IndentStatus::SentBack => "sent_back",
            IndentStatus::Ordered => "ordered",
            IndentStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(word: &str) -> Option<IndentStatus> {
        IndentStatus::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// Whether the indenter may still change its lines.
    pub const fn is_editable(self) -> bool {
        matches!(self, IndentStatus::Draft | IndentStatus::SentBack)
    }

    pub const fn label(self) -> Tr {
        match self {
            IndentStatus::Draft => Tr::new("मसौदा", "Draft"),
            IndentStatus::AwaitingApproval => Tr::new("स्वीकृति की प्रतीक्षा", "Awaiting approval"),
            IndentStatus::SentBack => Tr::new("टिप्पणी के साथ लौटाया गया", "Sent back with remarks"),
            IndentStatus::Ordered => Tr::new("आपूर्ति आदेश दिए गए", "Supply orders placed"),
            IndentStatus::Withdrawn => Tr::new("वापस लिया गया", "Withdrawn"),
        }
    }
}

impl IndentStep {
    pub const ALL: [IndentStep; 4] =
        [IndentStep::Submit, IndentStep::Withdraw, IndentStep::SendBack, IndentStep::Approve];

    pub const fn as_str(self) -> &'static str {
        match self {
            IndentStep::Submit => "submit",
            IndentStep::Withdraw => "withdraw",
            IndentStep::SendBack => "send_back",
            IndentStep::Approve => "approve",
        }
    }

    pub fn parse(word: &str) -> Option<IndentStep> {
        IndentStep::ALL.into_iter().find(|s| s.as_str() == word.trim())
    }
}

impl SupplyStage {
    pub const ALL: [SupplyStage; 7] = [
        SupplyStage::Ordered,
        SupplyStage::Received,
        SupplyStage::Accepted,
        SupplyStage::Rejected,
        SupplyStage::Billed,
        SupplyStage::Paid,
        SupplyStage::Void,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            SupplyStage::Ordered => "ordered",
            SupplyStage::Received => "received",
            SupplyStage::Accepted => "accepted",
            SupplyStage::Rejected => "rejected",
            SupplyStage::Billed => "billed",
            SupplyStage::Paid => "paid",
            SupplyStage::Void => "void",
        }
    }

    pub fn parse(word: &str) -> Option<SupplyStage> {
        SupplyStage::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// Nothing more will happen to it.
    pub const fn is_final(self) -> bool {
        matches!(self, SupplyStage::Paid | SupplyStage::Rejected | SupplyStage::Void)
    }

    pub const fn label(self) -> Tr {
        match self {
            SupplyStage::Ordered => Tr::new("आपूर्ति आदेश दिया गया", "Supply ordered"),
            SupplyStage::Received => Tr::new("माल पहुँचा (अस्थायी रसीद)", "Received (provisional)"),
            SupplyStage::Accepted => Tr::new("स्वीकार किया गया", "Accepted"),
            SupplyStage::Rejected => Tr::new("अस्वीकार किया गया", "Rejected"),
            SupplyStage::Billed => Tr::new("बिल बना, भुगतान बाक़ी", "Billed, payment due"),
            SupplyStage::Paid => Tr::new("भुगतान हो गया", "Paid"),
            SupplyStage::Void => Tr::new("आपूर्ति नहीं हुई", "Not supplied"),
        }
    }
}

impl SupplyStep {
    pub const ALL: [SupplyStep; 6] = [
        SupplyStep::Receive,
        SupplyStep::Accept,
        SupplyStep::Reject,
        SupplyStep::Bill,
        SupplyStep::Pay,
        SupplyStep::Void,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            SupplyStep::Receive => "receive",
            SupplyStep::Accept => "accept",
            SupplyStep::Reject => "reject",
            SupplyStep::Bill => "bill",
            SupplyStep::Pay => "pay",
            SupplyStep::Void => "void",
        }
    }

    pub fn parse(word: &str) -> Option<SupplyStep> {
        SupplyStep::ALL.into_iter().find(|s| s.as_str() == word.trim())
    }
}

/// How far an indent has come, as "my indents" sorts it: its own status
/// until it is ordered, then the least advanced of its supply orders
/// (an indent is paid when every one of its groups is paid).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum IndentStage {
    Draft,
    AwaitingApproval,
    SentBack,
    Ordered,
    Delivered,
    Accepted,
    Billed,
    Paid,
    /// Withdrawn, or every supply order ended unsupplied or rejected.
    Closed,
}

impl IndentStage {
    pub const ALL: [IndentStage; 9] = [
        IndentStage::Draft,
        IndentStage::AwaitingApproval,
        IndentStage::SentBack,
        IndentStage::Ordered,
        IndentStage::Delivered,
        IndentStage::Accepted,
        IndentStage::Billed,
        IndentStage::Paid,
        IndentStage::Closed,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            IndentStage::Draft => "draft",
            IndentStage::AwaitingApproval => "awaiting_approval",
            IndentStage::SentBack => "sent_back",
            IndentStage::Ordered => "ordered",
            IndentStage::Delivered => "delivered",
            IndentStage::Accepted => "accepted",
            IndentStage::Billed => "billed",
            IndentStage::Paid => "paid",
            IndentStage::Closed => "closed",
        }
    }

    pub fn from_code(code: &str) -> Option<IndentStage> {
        IndentStage::ALL.into_iter().find(|s| s.code() == code)
    }

    pub const fn label(self) -> Tr {
        match self {
            IndentStage::Draft => Tr::new("मसौदा", "Draft"),
            IndentStage::AwaitingApproval => Tr::new("स्वीकृति की प्रतीक्षा", "Awaiting approval"),
            IndentStage::SentBack => Tr::new("लौटाया गया", "Sent back"),
            IndentStage::Ordered => Tr::new("आदेश दिया गया", "Ordered"),
            IndentStage::Delivered => Tr::new("माल पहुँचा", "Delivered"),
            IndentStage::Accepted => Tr::new("स्वीकार", "Accepted"),
            IndentStage::Billed => Tr::new("बिल बना", "Billed"),
            IndentStage::Paid => Tr::new("भुगतान हुआ", "Paid"),
            IndentStage::Closed => Tr::new("बंद", "Closed"),
        }
    }
}

/// An indent's stage from its status and its supply orders' stages.
pub fn indent_stage(status: IndentStatus, supplies: &[SupplyStage]) -> IndentStage {
    match status {
        IndentStatus::Draft => IndentStage::Draft,
        IndentStatus::AwaitingApproval => IndentStage::AwaitingApproval,
        IndentStatus::SentBack => IndentStage::SentBack,
        IndentStatus::Withdrawn => IndentStage::Closed,
        IndentStatus::Ordered => supplies
            .iter()
            .filter_map(|stage| match stage {
                SupplyStage::Ordered => Some(IndentStage::Ordered),
                SupplyStage::Received => Some(IndentStage::Delivered),
                SupplyStage::Accepted => Some(IndentStage::Accepted),
                SupplyStage::Billed => Some(IndentStage::Billed),
                SupplyStage::Paid => Some(IndentStage::Paid),
                // Ended without a bill: it holds nothing up.
                SupplyStage::Rejected | SupplyStage::Void => None,
            })
            .min()
            .unwrap_or(IndentStage::Closed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn everyone() -> Vec<Actor> {
        let mut all = vec![Actor::System];
        for duty in Duty::ALL {
            all.push(Actor::Staff { duty, own_office: true });
            all.push(Actor::Staff { duty, own_office: false });
        }
        all
    }

    /// Every (status, step) the indent allows, with the one duty that takes it.
    const INDENT_MOVES: [(IndentStatus, IndentStep, IndentStatus, Duty); 7] = [
        (IndentStatus::Draft, IndentStep::Submit, IndentStatus::AwaitingApproval, Duty::Indenter),
        (IndentStatus::SentBack, IndentStep::Submit, IndentStatus::AwaitingApproval, Duty::Indenter),
        (IndentStatus::Draft, IndentStep::Withdraw, IndentStatus::Withdrawn, Duty::Indenter),
        (IndentStatus::AwaitingApproval, IndentStep::Withdraw, IndentStatus::Withdrawn, Duty::Indenter),
        (IndentStatus::SentBack, IndentStep::Withdraw, IndentStatus::Withdrawn, Duty::Indenter),
        (IndentStatus::AwaitingApproval, IndentStep::SendBack, IndentStatus::SentBack, Duty::Approver),
        (IndentStatus::AwaitingApproval, IndentStep::Approve, IndentStatus::Ordered, Duty::Approver),
    ];

    #[test]
    fn every_indent_step_from_every_status_by_everyone() {
        for status in IndentStatus::ALL {
            for step in IndentStep::ALL {
                let allowed = INDENT_MOVES.iter().find(|(from, s, _, _)| *from == status && *s == step);
                for actor in everyone() {
                    let got = indent_next(status, step, actor);
                    let want = match allowed {
                        None => Err(Refusal::NotNow),
                        Some((_, _, to, duty)) => match actor {
                            Actor::Staff { duty: d, own_office: true } if d == *duty => Ok(*to),
                            _ => Err(Refusal::NotYours),
                        },
                    };
                    assert_eq!(got, want, "{status:?} {step:?} by {actor:?}");
                }
            }
        }
    }

    /// Every (stage, step) a supply order allows, with who takes it
    /// (`None`: only the system).
    const SUPPLY_MOVES: [(SupplyStage, SupplyStep, SupplyStage, Option<Duty>, bool); 6] = [
        (SupplyStage::Ordered, SupplyStep::Receive, SupplyStage::Received, Some(Duty::Consignee), false),
        (SupplyStage::Received, SupplyStep::Accept, SupplyStage::Accepted, Some(Duty::Consignee), true),
        (SupplyStage::Received, SupplyStep::Reject, SupplyStage::Rejected, Some(Duty::Consignee), false),
        (SupplyStage::Accepted, SupplyStep::Bill, SupplyStage::Billed, None, true),
        (SupplyStage::Billed, SupplyStep::Pay, SupplyStage::Paid, Some(Duty::PayingOfficer), false),
        (SupplyStage::Ordered, SupplyStep::Void, SupplyStage::Void, None, true),
    ];

    #[test]
    fn every_supply_step_from_every_stage_by_everyone() {
        for stage in SupplyStage::ALL {
            for step in SupplyStep::ALL {
                let allowed = SUPPLY_MOVES.iter().find(|(from, s, ..)| *from == stage && *s == step);
                for actor in everyone() {
                    let got = supply_next(stage, step, actor);
                    let want = match allowed {
                        None => Err(Refusal::NotNow),
                        Some((_, _, to, duty, system_too)) => match actor {
                            Actor::System if *system_too => Ok(*to),
                            Actor::Staff { duty: d, own_office: true } if Some(d) == *duty => Ok(*to),
                            _ => Err(Refusal::NotYours),
                        },
                    };
                    assert_eq!(got, want, "{stage:?} {step:?} by {actor:?}");
                }
            }
        }
    }

    #[test]
    fn a_user_of_another_office_can_take_no_step_at_all() {
        for duty in Duty::ALL {
            let stranger = Actor::Staff { duty, own_office: false };
            for status in IndentStatus::ALL {
                for step in IndentStep::ALL {
                    assert!(indent_next(status, step, stranger).is_err());
                }
            }
            for stage in SupplyStage::ALL {
                for step in SupplyStep::ALL {
                    assert!(supply_next(stage, step, stranger).is_err());
                }
            }
        }
    }

    #[test]
    fn only_drafts_and_sent_back_indents_can_be_edited() {
        let editable: Vec<_> = IndentStatus::ALL.into_iter().filter(|s| s.is_editable()).collect();
        assert_eq!(editable, [IndentStatus::Draft, IndentStatus::SentBack]);
    }

    #[test]
    fn words_read_back() {
        for s in IndentStatus::ALL {
            assert_eq!(IndentStatus::parse(s.as_str()), Some(s));
        }
        for s in IndentStep::ALL {
            assert_eq!(IndentStep::parse(s.as_str()), Some(s));
        }
        for s in SupplyStage::ALL {
            assert_eq!(SupplyStage::parse(s.as_str()), Some(s));
        }
        for s in SupplyStep::ALL {
            assert_eq!(SupplyStep::parse(s.as_str()), Some(s));
        }
        for s in IndentStage::ALL {
            assert_eq!(IndentStage::from_code(s.code()), Some(s));
        }
        assert_eq!(IndentStatus::parse("approved"), None);
    }

    #[test]
    fn an_ordered_indent_is_as_far_as_its_slowest_group() {
        use SupplyStage as S;
        let stage = |supplies: &[SupplyStage]| indent_stage(IndentStatus::Ordered, supplies);
        assert_eq!(stage(&[S::Paid, S::Received]), IndentStage::Delivered);
        assert_eq!(stage(&[S::Paid, S::Billed]), IndentStage::Billed);
        assert_eq!(stage(&[S::Paid, S::Paid]), IndentStage::Paid);
        // A group that refused or a line rejected in full holds nothing up.
        assert_eq!(stage(&[S::Paid, S::Void]), IndentStage::Paid);
        assert_eq!(stage(&[S::Rejected, S::Void]), IndentStage::Closed);
        assert_eq!(stage(&[S::Ordered, S::Accepted]), IndentStage::Ordered);
        assert_eq!(indent_stage(IndentStatus::Withdrawn, &[]), IndentStage::Closed);
        assert_eq!(indent_stage(IndentStatus::SentBack, &[]), IndentStage::SentBack);
    }
}
