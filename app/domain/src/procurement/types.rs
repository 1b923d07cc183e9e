//! What an indent and its supply orders are made of, as the store reads
//! them and the pages show them.

use crate::i18n::Text;
use crate::money::Money;
use crate::procurement::rules::PurchaseRule;
use crate::procurement::state::{IndentStatus, SupplyStage};
use serde::{Deserialize, Serialize};

/// The most items one indent may hold.
pub const MAX_INDENT_LINES: usize = 50;
/// The largest quantity of one line (ten lakh units, as a trader's).
pub const MAX_LINE_QTY: i64 = 10_00_000;

/// One item the indenter asks for: a listing, how many, and who receives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineRequest {
    pub product_id: i64,
    pub qty: i64,
    /// The consignee (a department user with that duty) whose office receives it.
    pub consignee_id: i64,
}

/// What the indenter writes: the lines and the indent's particulars.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndentDraft {
    pub lines: Vec<LineRequest>,
    /// Day number (India time) by which the goods are needed.
    pub needed_by: i64,
    pub budget_head: String,
    pub note: String,
}

/// A government office as a supply order reaches it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeAddress {
    pub office_id: i64,
    pub name: Text,
    pub address_line: String,
    pub city: String,
    pub district: String,
    pub state_id: i64,
    pub pincode: String,
    pub gstin: Option<String>,
}

/// One line of an indent, priced at its quantity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndentLine {
    pub product_id: i64,
    pub slug: String,
    pub title: Text,
    pub unit: Text,
    pub category_id: i64,
    pub group_id: i64,
    pub group_name: Text,
    pub qty: i64,
    /// The unit price at this quantity (tiers applied), as the order will charge it.
    pub unit_price: Money,
    pub line_value: Money,
    pub consignee_id: i64,
    pub consignee_name: String,
    pub office_name: Text,
}

/// An indent as its pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indent {
    pub id: i64,
    pub number: String,
    pub office_id: i64,
    pub office_name: Text,
    pub indenter_id: i64,
    pub indenter_name: String,
    pub status: IndentStatus,
    pub needed_by: i64,
    pub budget_head: String,
    pub note: String,
    pub value: Money,
    pub remarks: String,
    pub sanction_number: Option<String>,
    pub created_at: i64,
    pub submitted_at: Option<i64>,
    pub lines: Vec<IndentLine>,
}

/// What an indent would cost and which rule it falls under: the goods at
/// their tiers, and delivery to each consignee's office.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Estimate {
    pub goods: Money,
    pub delivery: Money,
    pub total: Money,
    pub rule: PurchaseRule,
    /// The rule in words, and when an earlier indent makes this one part
    /// of a larger purchase, why.
    pub rule_words: Text,
    /// Lines no group can deliver to the office (by listing).
    pub undeliverable: Vec<i64>,
}

/// The office's side of one supply order, with the order behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupplyOrder {
    pub order_id: i64,
    pub order_number: String,
    pub indent_id: i64,
    pub indent_number: String,
    pub office_id: i64,
    pub group_id: i64,
    pub group_name: Text,
    pub consignee_id: i64,
    pub stage: SupplyStage,
    pub order_status: crate::orders::state::OrderStatus,
    pub total: Money,
    pub accept_by: Option<i64>,
    pub bill_number: Option<String>,
    pub bill: Option<Money>,
    pub pay_by: Option<i64>,
    pub paid_at: Option<i64>,
    /// The day the treasury paid (India time), as the paying officer gave it.
    pub paid_on: Option<i64>,
    pub pay_reference: Option<String>,
    pub deemed: bool,
}

/// One line of a supply order as the consignee counts it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupplyLine {
    pub order_line_id: i64,
    pub title: Text,
    pub qty: i64,
    pub unit_price: Money,
    pub received: Option<i64>,
    pub accepted: Option<i64>,
    pub reason: String,
}

impl SupplyLine {
    /// The units sent back to the group (`rules::units_returned`), once acceptance is recorded.
    pub fn returned(&self) -> i64 {
        match (self.received, self.accepted) {
            (Some(received), Some(accepted)) => {
                crate::procurement::rules::units_returned(&crate::procurement::rules::LineAcceptance {
                    received,
                    accepted,
                    reason: None,
                })
            }
            _ => 0,
        }
    }
}

/// One indent in a list ("my indents", "waiting for me").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndentRow {
    pub id: i64,
    pub number: String,
    pub stage: crate::procurement::state::IndentStage,
    pub value: Money,
    pub needed_by: i64,
    pub updated_at: i64,
}

/// `/procure`: a department user's workspace, by her duties.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcureHome {
    pub office: Text,
    pub duties: Vec<crate::accounts::types::Duty>,
    /// The office's indents (the indenter's list; everyone of the office reads it).
    pub indents: Vec<IndentRow>,
    /// Indents awaiting her sanction (approvers).
    pub to_approve: Vec<IndentRow>,
    /// Supply orders on the road or arrived, to receive (consignees).
    pub to_receive: Vec<SupplyOrder>,
    /// Received, waiting for her acceptance (consignees).
    pub to_accept: Vec<SupplyOrder>,
    /// Bills to pay (paying officers).
    pub to_pay: Vec<SupplyOrder>,
    pub now: i64,
}

/// One step on an indent's timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndentEvent {
    pub step: String,
    pub who: Option<String>,
    pub note: String,
    pub at: i64,
}

/// A consignee an indent line may name, for the form's choice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsigneeChoice {
    pub user_id: i64,
    pub name: String,
    pub office: Text,
}

/// `/procure/indents/:id`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndentPage {
    pub indent: Indent,
    /// The estimate and the rule (while it can still change: before sanction).
    pub estimate: Option<Estimate>,
    /// Why it may not be sent or sanctioned as it stands.
    pub refusal: Option<Text>,
    /// Each line's comparable listings, cheapest first (by listing id).
    pub comparison: Vec<(i64, Vec<crate::procurement::rules::Comparable>)>,
    pub supplies: Vec<SupplyOrder>,
    pub events: Vec<IndentEvent>,
    pub can_edit: bool,
    pub can_submit: bool,
    pub can_withdraw: bool,
    pub can_approve: bool,
    /// The viewer's approval limit (approvers).
    pub limit: Option<Money>,
    pub today: i64,
}

/// `/procure/supply/:order_id`: one supply order for its office (and officials).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupplyPage {
    pub supply: SupplyOrder,
    pub lines: Vec<SupplyLine>,
    pub office: Text,
    pub consignee: String,
    pub can_receive: bool,
    pub can_accept: bool,
    pub can_pay: bool,
    pub now: i64,
}

/// A listing the indent form found for the indenter's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingHit {
    pub id: i64,
    pub title: Text,
    pub unit: Text,
    pub price: Money,
    pub group_name: Text,
    pub district: Text,
    pub on_hand: i64,
}

/// `/procure/indents/new` and the add-an-item panel of a draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndentSearch {
    pub hits: Vec<ListingHit>,
    pub consignees: Vec<ConsigneeChoice>,
}

/// One department order an official watches: its supply order and how long it has been at its stage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WatchedSupply {
    pub supply: SupplyOrder,
    pub office: Text,
    pub since: i64,
}

/// `/review/purchase-rules`: a state's rules, in figures and in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulesPage {
    pub state: Text,
    pub rules: crate::procurement::rules::PurchaseRules,
    /// Each rule in words, from the least strict.
    pub words: Vec<Text>,
    /// State officials change them; district officials read them.
    pub can_edit: bool,
}
