//! Invoice and payment types shared by server and browser.

use crate::i18n::Text;
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// A GST tax invoice (the group has a GSTIN) or a bill of supply (it does not).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvoiceKind {
    Tax,
    Supply,
}

impl InvoiceKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            InvoiceKind::Tax => "tax",
            InvoiceKind::Supply => "supply",
        }
    }

    pub fn parse(value: &str) -> Option<InvoiceKind> {
        [InvoiceKind::Tax, InvoiceKind::Supply].into_iter().find(|k| k.as_str() == value)
    }
}

/// One line of an invoice, with its tax worked out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceLine {
    pub description: Text,
    /// HSN for goods, SAC for the delivery service.
    pub hsn: String,
    pub qty: i64,
    pub unit: Text,
    pub rate_bp: u32,
    pub total: Money,
    pub taxable: Money,
    pub cgst: Money,
    pub sgst: Money,
    pub igst: Money,
}

/// Everything a printed invoice carries (CGST Rules, Rule 46 and 49).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invoice {
    pub kind: InvoiceKind,
    pub number: String,
    pub issued_at: i64,
    pub order_number: String,
    /// The buyer's purchase-order number, printed as her reference.
    #[serde(default)]
    pub po_number: Option<String>,
    pub supplier_name: Text,
    pub supplier_address: String,
    pub supplier_gstin: Option<String>,
    pub supplier_state: Text,
    pub supplier_state_code: String,
    pub recipient_name: String,
    pub recipient_gstin: Option<String>,
    pub recipient_address: String,
    /// The state the goods are delivered to, with its GST code.
    pub place_of_supply: Text,
    pub place_of_supply_code: String,
    pub same_state: bool,
    pub lines: Vec<InvoiceLine>,
    pub taxable: Money,
    pub cgst: Money,
    pub sgst: Money,
    pub igst: Money,
    pub total: Money,
    /// Always false: Haat's sellers pay their own tax.
    pub reverse_charge: bool,
    /// A proforma invoice: the same sums before the goods are sent, with
    /// no invoice number (the tax invoice is issued at dispatch).
    #[serde(default)]
    pub proforma: bool,
}
