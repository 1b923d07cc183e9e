//! How long an invoice PDF takes to make: shaping both scripts, laying out
//! the page, subsetting four fonts and writing the file. Runs on one core
//! (the server renders each PDF on a blocking thread).
//!
//!     cargo bench -p server --bench invoice          (HAAT_BENCH_RUNS=50, lines 3 and 40)
//!
//! Wall-clock figures vary with the machine: compare runs on one machine.

// A benchmark: a failed step should stop it loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use app::i18n::Text;
use app::money::Money;
use app::payments::invoice::{invoice_lines, Goods};
use app::payments::types::{Invoice, InvoiceKind};
use std::time::{Duration, Instant};

/// A tax invoice within Chhattisgarh with `lines` lines (every third a long, wrapping title).
fn invoice(lines: usize) -> Invoice {
    let goods = (0..lines)
        .map(|n| Goods {
            description: if n % 3 == 0 {
                Text::new(
                    "हाथ से बुनी कोसा सिल्क साड़ी, प्राकृतिक रंग, क्षेत्रीय श्रेष्ठ कारीगरी",
                    "Handwoven kosa silk saree, natural dyes",
                )
            } else {
                Text::new("आम का अचार", "Mango pickle")
            },
            hsn: "2001".into(),
            qty: 2,
            unit: Text::new("बोतल", "bottle"),
            rate_bp: [0, 500, 1200, 1800][n % 4],
            total: Money::from_paise(12_345 + n as i64 * 997),
        })
        .collect();
    let (invoice_lines, r) = invoice_lines(goods, Money::from_rupees(60), true, true);
    Invoice {
        kind: InvoiceKind::Tax,
        number: "1A/2627/000042".into(),
        issued_at: 1_795_422_900_000,
        po_number: None,
        order_number: "HT-2611-00042-7".into(),
        supplier_name: Text::new("माँ दुर्गा स्वयं सहायता समूह", "Maa Durga SHG"),
        supplier_address: "Khorpa, Abhanpur block, Raipur district, Chhattisgarh 493661".into(),
        supplier_gstin: Some("22AAEAM4821K1Z5".into()),
        supplier_state: Text::new("छत्तीसगढ़", "Chhattisgarh"),
        supplier_state_code: "22".into(),
        recipient_name: "Sunita Verma".into(),
        recipient_gstin: None,
        recipient_address: "House 4, Station Road, Raipur, Chhattisgarh 492001".into(),
        place_of_supply: Text::new("छत्तीसगढ़", "Chhattisgarh"),
        place_of_supply_code: "22".into(),
        same_state: true,
        lines: invoice_lines,
        taxable: r.taxable,
        cgst: r.cgst,
        sgst: r.sgst,
        igst: r.igst,
        total: r.total,
        reverse_charge: false,
        proforma: false,
    }
}

fn main() {
    let runs: usize = std::env::var("HAAT_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(50);
    for lines in [3, 40] {
        let invoice = invoice(lines);
        let first = Instant::now();
        let pdf = app::payments::pdf::render(&invoice).expect("renders");
        let cold = first.elapsed(); // includes loading the fonts once per process
        let mut samples: Vec<Duration> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(app::payments::pdf::render(&invoice).expect("renders"));
                start.elapsed()
            })
            .collect();
        samples.sort();
        let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
        println!(
            "invoice PDF, {lines:>2} lines: {} KiB; first {} (fonts loaded), median {}, p95 {} over {runs} runs",
            pdf.len() / 1024,
            ms(cold),
            ms(samples[samples.len() / 2]),
            ms(samples[(samples.len() * 95 / 100).min(samples.len() - 1)])
        );
    }
}
