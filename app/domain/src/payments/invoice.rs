//! What a GST tax invoice (or a bill of supply) says, as plain functions:
//! the financial year and the serial number (Rule 46: consecutive per
//! supplier per year, at most 16 characters), and the tax in each line.
//!
//! Rounding, written down once: Haat's prices include GST (as Indian
//! shelf prices do). For each line, the taxable value is the line total
//! × 100 / (100 + rate), rounded half up to the paisa, and the tax is the
//! line total minus the taxable value — so taxable + tax is the line total
//! exactly, and the invoice total equals the order's to the paisa. Within a
//! state the tax splits into CGST (the lower half, to the paisa) and SGST
//! (the rest); across states it is all IGST.

use crate::i18n::Text;
use crate::money::Money;
use crate::payments::types::InvoiceLine;

/// SAC of the delivery charge on an invoice: postal and courier services.
pub const DELIVERY_SAC: &str = "9968";

/// The Indian financial year (April to March) a date in India falls in,
/// as its first calendar year: 2026 for 1 Apr 2026 – 31 Mar 2027.
pub fn financial_year(year: i32, month: u32) -> i32 {
    if month >= 4 {
        year
    } else {
        year - 1
    }
}

/// "2627" for the financial year 2026-27.
pub fn fy_code(fy: i32) -> String {
    format!("{:02}{:02}", fy.rem_euclid(100), (fy + 1).rem_euclid(100))
}

/// Base 36, upper case: a group's id in a few characters.
fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The invoice number: `{group}/{fy}/{serial}`, e.g. `1A/2627/000042`
/// (the group's id in base 36: each group is its own supplier).
/// Unique per group (the group's id) and year; the serial is consecutive
/// from 1 each year. At most 16 characters for any group below 36⁴ and up
/// to 999,999 invoices a year; `None` beyond that.
pub fn invoice_number(group_id: i64, fy: i32, serial: i64) -> Option<String> {
    let group = u64::try_from(group_id).ok()?;
    if !(1..=999_999).contains(&serial) {
        return None;
    }
    let number = format!("{}/{}/{serial:06}", base36(group), fy_code(fy));
    (number.len() <= 16).then_some(number)
}

/// The tax in one line of an invoice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineTax {
    pub taxable: Money,
    pub cgst: Money,
    pub sgst: Money,
    pub igst: Money,
}

impl LineTax {
    pub fn tax(&self) -> Money {
        self.cgst + self.sgst + self.igst
    }
}

/// Splits a GST-inclusive line total at `rate_bp` (basis points) into its
/// taxable value and tax, CGST + SGST within a state or IGST across.
pub fn line_tax(line_total: Money, rate_bp: u32, same_state: bool) -> LineTax {
    let total = i128::from(line_total.to_paise());
    let rate = i128::from(rate_bp);
    // total × 10000 / (10000 + rate), rounded half up.
    let taxable = (total * 10_000 * 2 + (10_000 + rate)) / ((10_000 + rate) * 2);
    let tax = total - taxable;
    let money = |p: i128| Money::from_paise(p as i64);
    if same_state {
        let cgst = tax / 2;
        LineTax { taxable: money(taxable), cgst: money(cgst), sgst: money(tax - cgst), igst: Money::ZERO }
    } else {
        LineTax { taxable: money(taxable), cgst: Money::ZERO, sgst: Money::ZERO, igst: money(tax) }
    }
}

/// A GST rate as people write it: "5%", "2.5%", "0.25%".
pub fn percent(bp: u32) -> String {
    let whole = bp / 100;
    match bp % 100 {
        0 => format!("{whole}%"),
        frac if frac % 10 == 0 => format!("{whole}.{}%", frac / 10),
        frac => format!("{whole}.{frac:02}%"),
    }
}

/// One line to invoice: its GST rate and its GST-inclusive total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Taxed {
    pub rate_bp: u32,
    pub total: Money,
}

/// An invoice's lines and totals, worked out from the order's lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reckoning {
    /// One per goods line, in order.
    pub lines: Vec<LineTax>,
    /// The delivery charge, if any, and the rate it is taxed at.
    pub delivery: Option<(u32, LineTax)>,
    pub taxable: Money,
    pub cgst: Money,
    pub sgst: Money,
    pub igst: Money,
    pub total: Money,
}

/// Works out an invoice. Delivery goes with the goods as one composite
/// supply (CGST Act s. 8): it is taxed at the rate of the principal supply,
/// the goods line of the highest value (the first such on a tie). A
/// supplier without GSTIN issues a bill of supply and charges no tax, so
/// each line's taxable value is its whole total. The total is always the
/// sum of the lines: it equals the order's total to the paisa.
pub fn reckon(lines: &[Taxed], delivery_fee: Money, same_state: bool, registered: bool) -> Reckoning {
    let tax_of = |total: Money, rate_bp: u32| {
        if registered {
            line_tax(total, rate_bp, same_state)
        } else {
            LineTax { taxable: total, cgst: Money::ZERO, sgst: Money::ZERO, igst: Money::ZERO }
        }
    };
    let goods: Vec<LineTax> = lines.iter().map(|l| tax_of(l.total, l.rate_bp)).collect();
    let principal_rate = lines
        .iter()
        .fold(None::<Taxed>, |best, l| match best {
            Some(b) if b.total >= l.total => Some(b),
            _ => Some(*l),
        })
        .map_or(0, |l| l.rate_bp);
    let delivery = (delivery_fee > Money::ZERO).then(|| (principal_rate, tax_of(delivery_fee, principal_rate)));
    let all = goods.iter().chain(delivery.iter().map(|(_, t)| t));
    let (mut taxable, mut cgst, mut sgst, mut igst) = (Money::ZERO, Money::ZERO, Money::ZERO, Money::ZERO);
    for t in all {
        taxable = taxable + t.taxable;
        cgst = cgst + t.cgst;
        sgst = sgst + t.sgst;
        igst = igst + t.igst;
    }
    Reckoning { lines: goods, delivery, taxable, cgst, sgst, igst, total: taxable + cgst + sgst + igst }
}

/// A goods line of the order, as it goes onto the invoice.
pub struct Goods {
    pub description: Text,
    pub hsn: String,
    pub qty: i64,
    pub unit: Text,
    pub rate_bp: u32,
    /// GST-inclusive.
    pub total: Money,
}

/// The invoice's printed lines (the goods in order, then the delivery
/// charge if any, as a service line) with the reckoning they add up to.
pub fn invoice_lines(
    goods: Vec<Goods>,
    delivery_fee: Money,
    same_state: bool,
    registered: bool,
) -> (Vec<InvoiceLine>, Reckoning) {
    let taxed: Vec<Taxed> = goods.iter().map(|g| Taxed { rate_bp: g.rate_bp, total: g.total }).collect();
    let reckoning = reckon(&taxed, delivery_fee, same_state, registered);
    let line = |description, hsn, qty, unit, rate_bp, total, tax: &LineTax| InvoiceLine {
        description,
        hsn,
        qty,
        unit,
        rate_bp,
        total,
        taxable: tax.taxable,
        cgst: tax.cgst,
        sgst: tax.sgst,
        igst: tax.igst,
    };
    let mut lines: Vec<InvoiceLine> = goods
        .into_iter()
        .zip(&reckoning.lines)
        .map(|(g, tax)| line(g.description, g.hsn, g.qty, g.unit, g.rate_bp, g.total, tax))
        .collect();
    if let Some((rate_bp, tax)) = &reckoning.delivery {
        let (description, unit) = (Text::new("डिलीवरी शुल्क", "Delivery charge"), Text::new("सेवा", "service"));
        lines.push(line(description, DELIVERY_SAC.to_string(), 1, unit, *rate_bp, delivery_fee, tax));
    }
    (lines, reckoning)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_financial_year_turns_on_the_first_of_april() {
        assert_eq!(financial_year(2027, 3), 2026);
        assert_eq!(financial_year(2027, 4), 2027);
        assert_eq!(fy_code(2026), "2627");
        assert_eq!(fy_code(2099), "9900");
    }

    #[test]
    fn invoice_numbers_are_per_group_per_year_and_fit_sixteen_characters() {
        assert_eq!(invoice_number(46, 2026, 42).as_deref(), Some("1A/2627/000042"));
        // The serial starts again in the new year; the number stays unique by its year.
        assert_ne!(invoice_number(46, 2026, 1), invoice_number(46, 2027, 1));
        assert_ne!(invoice_number(46, 2026, 1), invoice_number(47, 2026, 1));
        let longest = invoice_number(36_i64.pow(4) - 1, 2026, 999_999).unwrap();
        assert_eq!(longest.len(), 16, "{longest}");
        assert_eq!(invoice_number(36_i64.pow(4), 2026, 1), None, "would pass 16");
        assert_eq!(invoice_number(1, 2026, 0), None);
        assert_eq!(invoice_number(1, 2026, 1_000_000), None);
    }

    #[test]
    fn tax_is_carved_out_of_the_inclusive_price_and_reconciles_exactly() {
        // ₹105 at 5%: taxable ₹100, tax ₹5.
        let t = line_tax(Money::from_rupees(105), 500, true);
        assert_eq!(
            (t.taxable, t.cgst, t.sgst),
            (Money::from_rupees(100), Money::from_paise(250), Money::from_paise(250))
        );
        // ₹140 at 5%: 133.333… → ₹133.33; tax ₹6.67 splits 3.33 + 3.34.
        let t = line_tax(Money::from_rupees(140), 500, true);
        assert_eq!(t.taxable, Money::from_paise(13_333));
        assert_eq!((t.cgst, t.sgst), (Money::from_paise(333), Money::from_paise(334)));
        // Across states the whole tax is IGST.
        let t = line_tax(Money::from_rupees(140), 500, false);
        assert_eq!((t.cgst, t.sgst, t.igst), (Money::ZERO, Money::ZERO, Money::from_paise(667)));
        // Nil-rated goods carry no tax.
        assert_eq!(line_tax(Money::from_rupees(35), 0, true).tax(), Money::ZERO);
        // Every line, at every rate, adds back up to the paisa.
        for paise in [1, 99, 10_000, 12_345, 99_999_99] {
            for bp in crate::catalog::tax::GST_RATES_BP {
                for same in [true, false] {
                    let t = line_tax(Money::from_paise(paise), bp, same);
                    assert_eq!(t.taxable + t.tax(), Money::from_paise(paise), "{paise} at {bp}");
                }
            }
        }
    }

    #[test]
    fn percentages_print_as_people_write_them() {
        assert_eq!(percent(500), "5%");
        assert_eq!(percent(250), "2.5%");
        assert_eq!(percent(1200), "12%");
        assert_eq!(percent(25), "0.25%");
    }

    #[test]
    fn half_paise_round_up() {
        // ₹1.05 at 5% is exactly ₹1.00 taxable; ₹0.21 at 5% is 20.0 paise; ₹0.03 at 18% is 2.54… → 3.
        assert_eq!(line_tax(Money::from_paise(105), 500, true).taxable, Money::from_paise(100));
        assert_eq!(line_tax(Money::from_paise(3), 1800, true).taxable, Money::from_paise(3));
        assert_eq!(line_tax(Money::from_paise(1), 500, true).taxable, Money::from_paise(1));
    }

    #[test]
    fn the_printed_lines_are_the_goods_then_delivery_and_add_up_to_the_total() {
        let goods = |rate_bp, paise| Goods {
            description: Text::new("आम का अचार", "Mango pickle"),
            hsn: "2001".into(),
            qty: 1,
            unit: Text::new("बोतल", "bottle"),
            rate_bp,
            total: Money::from_paise(paise),
        };
        let (lines, r) =
            invoice_lines(vec![goods(500, 14_000), goods(1200, 33_333)], Money::from_paise(3_000), true, true);
        assert_eq!(lines.len(), 3);
        assert_eq!(
            (lines[2].hsn.as_str(), lines[2].rate_bp, lines[2].total),
            (DELIVERY_SAC, 1200, Money::from_paise(3_000))
        );
        let printed = lines.iter().fold(Money::ZERO, |sum, l| sum + l.taxable + l.cgst + l.sgst + l.igst);
        assert_eq!((printed, r.total), (Money::from_paise(50_333), Money::from_paise(50_333)));
        let (free_delivery, _) = invoice_lines(vec![goods(500, 14_000)], Money::ZERO, true, true);
        assert_eq!(free_delivery.len(), 1);
    }

    #[test]
    fn an_invoice_reconciles_with_its_order_to_the_paisa() {
        let lines = [
            Taxed { rate_bp: 500, total: Money::from_paise(14_000) },
            Taxed { rate_bp: 1200, total: Money::from_paise(33_333) },
            Taxed { rate_bp: 0, total: Money::from_paise(7_001) },
        ];
        let delivery = Money::from_paise(3_000);
        let order_total = Money::from_paise(14_000 + 33_333 + 7_001 + 3_000);
        for same_state in [true, false] {
            for registered in [true, false] {
                let r = reckon(&lines, delivery, same_state, registered);
                assert_eq!(r.total, order_total, "same state {same_state}, registered {registered}");
                assert_eq!(r.lines.len(), 3);
            }
        }
        let within = reckon(&lines, delivery, true, true);
        assert_eq!(within.igst, Money::ZERO);
        assert!(within.cgst > Money::ZERO && within.sgst >= within.cgst);
        let across = reckon(&lines, delivery, false, true);
        assert_eq!((across.cgst, across.sgst), (Money::ZERO, Money::ZERO));
        assert_eq!(across.igst, within.cgst + within.sgst, "the same tax, split differently");
        // Delivery is taxed at the principal (largest) line's rate: 12%.
        assert_eq!(within.delivery.map(|(rate, _)| rate), Some(1200));
        // A bill of supply charges no tax at all.
        let unregistered = reckon(&lines, delivery, true, false);
        assert_eq!(unregistered.taxable, order_total);
        assert_eq!(unregistered.cgst + unregistered.sgst + unregistered.igst, Money::ZERO);
        // Free delivery adds no line.
        assert_eq!(reckon(&lines, Money::ZERO, true, true).delivery, None);
    }
}
