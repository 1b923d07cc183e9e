//! Order types shared by server and browser.

use crate::i18n::Tr;
use crate::money::Money;
use crate::orders::delivery::DeliveryMethod;
use crate::orders::state::OrderStatus;
use serde::{Deserialize, Serialize};

/// How the buyer pays. Cash on delivery confirms the order at once; the
/// others wait for the payment (issue: payments and invoices).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PaymentMethod {
    CashOnDelivery,
    UpiToGroup,
    Gateway,
    /// A trade order to a group that asks an advance
    /// ([`crate::orders::advance`]): a share first by UPI to the group,
    /// the rest before dispatch or on delivery.
    Advance,
    /// A government supply order (`procurement`): confirmed at once, paid
    /// by the office against a bill after acceptance (PFMS, the treasury).
    Bill,
}

/// Which door an order came through: a shopper's cart, a trader's channels
/// (a split, a quote, an order by phone) or a department's indent. The
/// checkout's rules differ by it: only trade carries a group's advance, only
/// a supply order is paid against a bill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum OrderChannel {
    Retail,
    Trade,
    Government,
}

impl OrderChannel {
    pub const ALL: [OrderChannel; 3] = [OrderChannel::Retail, OrderChannel::Trade, OrderChannel::Government];

    pub const fn as_str(self) -> &'static str {
        match self {
            OrderChannel::Retail => "retail",
            OrderChannel::Trade => "trade",
            OrderChannel::Government => "government",
        }
    }

    pub fn parse(value: &str) -> Option<OrderChannel> {
        OrderChannel::ALL.into_iter().find(|c| c.as_str() == value)
    }

    pub const fn label(self) -> Tr {
        match self {
            OrderChannel::Retail => Tr::new("ख़ुदरा", "Retail"),
            OrderChannel::Trade => Tr::new("व्यापारी", "Traders"),
            OrderChannel::Government => Tr::new("सरकारी", "Government"),
        }
    }
}

impl PaymentMethod {
    pub const ALL: [PaymentMethod; 5] = [
        PaymentMethod::CashOnDelivery,
        PaymentMethod::UpiToGroup,
        PaymentMethod::Gateway,
        PaymentMethod::Advance,
        PaymentMethod::Bill,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            PaymentMethod::CashOnDelivery => "cod",
            PaymentMethod::UpiToGroup => "upi",
            PaymentMethod::Gateway => "gateway",
            PaymentMethod::Advance => "advance",
            PaymentMethod::Bill => "bill",
        }
    }

    pub fn parse(value: &str) -> Option<PaymentMethod> {
        PaymentMethod::ALL.into_iter().find(|m| m.as_str() == value)
    }

    pub fn label(self) -> Tr {
        match self {
            PaymentMethod::CashOnDelivery => Tr::new("सामान मिलने पर नक़द", "Cash on delivery"),
            PaymentMethod::UpiToGroup => Tr::new("UPI से सीधे समूह को", "UPI straight to the group"),
            PaymentMethod::Gateway => Tr::new("ऑनलाइन (कार्ड, नेटबैंकिंग, UPI)", "Online (card, netbanking, UPI)"),
            PaymentMethod::Advance => {
                Tr::new("अग्रिम UPI से समूह को, बाक़ी बाद में", "An advance by UPI to the group, the rest later")
            }
            PaymentMethod::Bill => {
                Tr::new("सरकारी बिल पर, स्वीकृति के बाद (PFMS)", "Against a government bill, after acceptance (PFMS)")
            }
        }
    }

    /// How a trader's order is paid, given the group's advance terms
    /// (`crate::orders::advance`): paying in full first (UPI or online)
    /// needs no advance; paying the group later (cash on delivery) to a
    /// group that asks an advance becomes the advance.
    pub fn on_trade_terms(self, terms: Option<crate::orders::advance::AdvanceTerms>) -> PaymentMethod {
        match (self, terms) {
            (PaymentMethod::CashOnDelivery, Some(_)) => PaymentMethod::Advance,
            (chosen, _) => chosen,
        }
    }

    /// The ledger's channel for money paid this way: an advance is UPI money.
    pub fn ledger_channel(self) -> PaymentMethod {
        match self {
            PaymentMethod::Advance => PaymentMethod::UpiToGroup,
            other => other,
        }
    }

    /// Whether the order is confirmed when placed (no payment waited for):
    /// cash on delivery, and a government supply order.
    pub fn confirms_at_once(self) -> bool {
        matches!(self, PaymentMethod::CashOnDelivery | PaymentMethod::Bill)
    }

    /// Whether the buyer pays the group by UPI first (in full, or the advance).
    pub fn upi_first(self) -> bool {
        matches!(self, PaymentMethod::UpiToGroup | PaymentMethod::Advance)
    }
}

/// The office side of an order placed for a department's indent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GovernmentSupply {
    pub office: crate::i18n::Text,
    pub consignee: String,
    pub indent_number: String,
    /// What the office did not accept and sent back (title, units, reason).
    pub returned: Vec<(crate::i18n::Text, i64, String)>,
}

/// What a row of the payment ledger is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LedgerPart {
    /// The whole order's money, in one payment.
    Full,
    /// The advance of an order paid in two parts.
    Advance,
    /// The rest of it.
    Balance,
    /// Money given back (a negative amount).
    Refund,
}

impl LedgerPart {
    pub const ALL: [LedgerPart; 4] = [LedgerPart::Full, LedgerPart::Advance, LedgerPart::Balance, LedgerPart::Refund];

    pub const fn as_str(self) -> &'static str {
        match self {
            LedgerPart::Full => "full",
            LedgerPart::Advance => "advance",
            LedgerPart::Balance => "balance",
            LedgerPart::Refund => "refund",
        }
    }

    pub fn parse(value: &str) -> Option<LedgerPart> {
        LedgerPart::ALL.into_iter().find(|p| p.as_str() == value)
    }

    pub const fn label(self) -> Tr {
        match self {
            LedgerPart::Full => Tr::new("पूरा भुगतान", "Payment in full"),
            LedgerPart::Advance => Tr::new("अग्रिम", "Advance"),
            LedgerPart::Balance => Tr::new("बाक़ी रक़म", "Balance"),
            LedgerPart::Refund => Tr::new("वापसी", "Refund"),
        }
    }
}

/// One row of an order's payment ledger, as its page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerRow {
    pub part: LedgerPart,
    pub channel: PaymentMethod,
    pub amount: Money,
    pub reference: String,
    pub at: i64,
}

/// Where the order goes: a copy of the buyer's address at order time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShipTo {
    pub name: String,
    pub phone: String,
    pub line1: String,
    pub line2: String,
    pub city: String,
    pub district: String,
    pub state_id: i64,
    pub pincode: String,
}

/// One order a checkout made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacedOrder {
    pub id: i64,
    pub number: String,
    pub group_id: i64,
    pub status: OrderStatus,
    pub delivery: DeliveryMethod,
    pub payment: PaymentMethod,
    pub goods: Money,
    pub delivery_fee: Money,
    pub total: Money,
}

/// One order in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrderSummary {
    pub id: i64,
    pub number: String,
    pub status: OrderStatus,
    pub group: crate::i18n::Text,
    pub buyer: String,
    pub total: Money,
    pub items: i64,
    pub created_at: i64,
    /// The group was alerted late (not accepted in time).
    pub overdue: bool,
    /// The group must act on it (`state::waits_on_group`): its "new" tab.
    pub waits_on_group: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrderLine {
    pub title: crate::i18n::Text,
    pub unit: crate::i18n::Text,
    pub qty: i64,
    pub unit_price: Money,
    pub total: Money,
    pub hsn: String,
    /// Of `qty`, the units the group makes for this order (a trader's split).
    #[serde(default)]
    pub made: i64,
}

/// One step in an order's timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrderEvent {
    pub to: OrderStatus,
    pub actor: Option<String>,
    pub note: String,
    pub at: i64,
}

/// Everything the order page shows, and what this caller may do next.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrderDetail {
    pub id: i64,
    pub number: String,
    pub status: OrderStatus,
    pub group: crate::i18n::Text,
    pub group_slug: String,
    pub group_phone: String,
    /// Where the group is: village, block, district, state and PIN code
    /// (where a pickup order is collected).
    pub group_place: crate::i18n::Text,
    pub buyer: String,
    pub delivery: DeliveryMethod,
    pub payment: PaymentMethod,
    pub goods: Money,
    pub delivery_fee: Money,
    pub total: Money,
    pub ship_to: ShipTo,
    pub ship_state: crate::i18n::Text,
    pub courier_name: Option<String>,
    pub tracking_number: Option<String>,
    pub tracking_url: Option<String>,
    pub lines: Vec<OrderLine>,
    pub timeline: Vec<OrderEvent>,
    pub created_at: i64,
    /// The buyer's purchase-order number (a trader's), if she gave one.
    #[serde(default)]
    pub po_number: Option<String>,
    /// The group member who entered it, for an order taken on the phone.
    #[serde(default)]
    pub entered_by: Option<String>,
    /// The trader's request for a quote whose accepted offer placed it.
    #[serde(default)]
    pub quote_id: Option<i64>,
    /// A government supply order (`procurement`): the buying office, its
    /// consignee and the supply order's page.
    #[serde(default)]
    pub government: Option<GovernmentSupply>,
    /// Steps this caller may take now, and as whom.
    pub actions: Vec<crate::orders::state::Step>,
    /// While a UPI payment to the group is due: how to pay, and the UTR given.
    pub upi: Option<UpiPayment>,
    /// While an online payment is due (the buyer's view): the gateway's form.
    pub online: Option<OnlinePayment>,
    /// The invoice's number, once the goods have left.
    pub invoice: Option<String>,
    pub viewer: Viewer,
    /// An order paid in two parts: the advance and the balance.
    pub part_payment: Option<crate::orders::advance::PartPayment>,
    /// While the balance is still to pay (the buyer's view): where it goes by UPI.
    pub balance_upi: Option<UpiPayment>,
    /// The money the group has received for it (and refunds), oldest first.
    pub ledger: Vec<LedgerRow>,
}

/// Paying online: a plain form posted to the gateway's hosted checkout
/// (works without JavaScript). `order_id` is `None` when the gateway could
/// not be reached to open the payment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnlinePayment {
    pub checkout_url: String,
    pub key_id: String,
    pub order_id: Option<String>,
    pub amount_paise: i64,
    pub merchant: String,
    pub description: String,
    pub callback_url: String,
    pub contact: String,
}

/// Paying a group by UPI: the NPCI link (as a button and a QR code) and
/// the UTR the buyer gave, if she has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpiPayment {
    pub vpa: String,
    pub link: String,
    pub qr_svg: String,
    pub utr: Option<String>,
}

/// Who is looking at an order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Viewer {
    Buyer,
    Group,
    Official,
}

/// How a group sends an order on its way.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dispatch {
    pub courier_name: String,
    pub tracking_number: String,
    pub tracking_url: String,
}

/// The order lists a person sees: her own purchases, and (for a seller)
/// her group's orders, or (for an official) the orders in her scope.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrdersPage {
    pub mine: Vec<OrderSummary>,
    pub group: Option<Vec<OrderSummary>>,
    pub scope: Option<Vec<OrderSummary>>,
}

/// What a group can do for one checkout: its goods priced as they will be
/// ordered, every delivery priced for the buyer's address (or why not), and
/// whether it takes UPI. The store reads it; `choice::quote` adds her choices.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupOffer {
    pub group_id: i64,
    pub goods: Money,
    pub options: Vec<crate::orders::delivery::DeliveryOption>,
    pub takes_upi: bool,
    /// The advance the group asks on a trader's order (none on a cart).
    pub advance: Option<crate::orders::advance::AdvanceTerms>,
}

/// One group's part of the checkout page: its offer, and the delivery and
/// payment shown as chosen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupQuote {
    pub group_id: i64,
    pub goods: Money,
    pub options: Vec<crate::orders::delivery::DeliveryOption>,
    /// `None` when no delivery at all is possible to this address.
    pub delivery: Option<DeliveryMethod>,
    /// The chosen delivery's fee.
    pub fee: Option<Money>,
    pub payments: Vec<PaymentMethod>,
    pub payment: PaymentMethod,
}

/// Whether one group's goods can reach the buyer's address, told before
/// checkout (on the product page and in the cart).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupReach {
    pub group_id: i64,
    /// The cheapest way to her door and its fee, if any reaches it.
    pub door: Option<(DeliveryMethod, Money)>,
    /// Why nothing reaches her door (the courier's reason, else home
    /// delivery's), when nothing does.
    pub why_not: Option<crate::i18n::Text>,
    /// Whether she can collect from the group.
    pub pickup: bool,
}

/// Where the buyer's goods would go (her first saved address), and
/// whether each group can get them there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reach {
    pub pincode: String,
    pub groups: Vec<GroupReach>,
}

/// What sending the checkout form did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Placed {
    /// The orders are placed; their confirmation is `/checkout/done/{checkout_id}`.
    Orders { checkout_id: i64 },
    /// The orders would not have come to the total the page showed: nothing
    /// was placed, and the page is shown again with the true total.
    TotalChanged { total: Money },
}

/// What the checkout page needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckoutView {
    pub cart: crate::cart::types::CartView,
    pub addresses: Vec<crate::accounts::types::Address>,
    pub address_id: Option<i64>,
    pub quotes: Vec<GroupQuote>,
    /// Every group's goods and chosen delivery: what placing will charge.
    pub total: Money,
    /// A fresh key for this page's form: sending it twice places once.
    pub key: String,
    /// Whether paying online (the gateway) is offered.
    pub online: bool,
}

/// A group's money in one month.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthEarnings {
    pub year: i32,
    pub month: u32,
    /// In the group's hands: cash, UPI and government bills paid.
    pub received: Money,
    pub refunded: Money,
    pub cash: Money,
    pub upi: Money,
    /// Paid by government offices against their bills (PFMS, the treasury).
    pub government: Money,
    /// Paid online: Haat holds it and owes it to the group.
    pub online: Money,
    pub payments: i64,
}

impl MonthEarnings {
    /// All the month's sales, less refunds: received plus still due.
    pub fn net(&self) -> Money {
        self.received + self.online - self.refunded
    }
}

/// An online payment Haat holds for the group: the order behind the figure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnlineDue {
    pub number: String,
    pub amount: Money,
    pub paid_at: i64,
}

/// The group's earnings page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Earnings {
    pub months: Vec<MonthEarnings>,
    pub online_due: Vec<OnlineDue>,
}

/// One notice in a person's inbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub id: i64,
    pub text: crate::i18n::Text,
    pub link: String,
    pub at: i64,
    pub unread: bool,
}

/// A listing as the phone-order form offers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneListing {
    pub id: i64,
    pub title: crate::i18n::Text,
    pub unit: crate::i18n::Text,
    pub price: Money,
    pub min_order_qty: i64,
    pub on_hand: i64,
}

/// The registered trader a phone order is for, and where it can go.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneTrader {
    pub user_id: i64,
    pub name: String,
    pub business: String,
    pub verified: bool,
    /// Her saved addresses as (id, "town, district PIN"): enough to choose
    /// one, no more (the order shows the group the whole address).
    pub addresses: Vec<(i64, String)>,
}

/// `/sell/phone-order`: her group's listings, and the trader she looked up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneOrderView {
    pub listings: Vec<PhoneListing>,
    /// The mobile number she looked up, as typed.
    pub phone: Option<String>,
    pub trader: Option<PhoneTrader>,
    /// Why no trader was found.
    pub notice: Option<crate::i18n::Text>,
    /// Whether the group takes UPI (else cash on delivery only).
    pub takes_upi: bool,
    /// The advance the group asks of traders (paid first instead of cash).
    pub advance: Option<crate::orders::advance::AdvanceTerms>,
    /// A fresh key for the form: sending it twice places once.
    pub key: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paying_later_turns_into_an_advance() {
        let terms = Some(crate::orders::advance::AdvanceTerms {
            percent: 30,
            balance: crate::orders::advance::BalanceDue::BeforeDispatch,
        });
        assert_eq!(PaymentMethod::CashOnDelivery.on_trade_terms(terms), PaymentMethod::Advance);
        assert_eq!(PaymentMethod::UpiToGroup.on_trade_terms(terms), PaymentMethod::UpiToGroup, "paid in full first");
        assert_eq!(PaymentMethod::Gateway.on_trade_terms(terms), PaymentMethod::Gateway);
        assert_eq!(PaymentMethod::CashOnDelivery.on_trade_terms(None), PaymentMethod::CashOnDelivery);
    }
}
