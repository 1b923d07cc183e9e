//! An invoice as a PDF (server only), in Hindi and English.
//!
//! Text is shaped with HarfBuzz's rules (rustybuzz, inside krilla), so
//! conjuncts (क्ष, त्र, श्र) and vowel signs (ि before its consonant) come
//! out as a reader expects; the PDF carries the text too, so it can be
//! searched and copied. Noto Sans Devanagari has no Latin letters, so each
//! line is cut into runs by script and each run set in its own font:
//! Devanagari in Noto Sans Devanagari, the rest in Noto Sans. Both are
//! embedded in the binary and subset into each PDF.

use crate::i18n::{Lang, Tr};
use crate::money::Money;
use crate::payments::invoice::percent;
use crate::payments::text as t;
use crate::payments::types::{Invoice, InvoiceKind};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};
use krilla::Document;
use std::sync::OnceLock;

static DEVANAGARI: &[u8] = include_bytes!("../../fonts/NotoSansDevanagari-Regular.ttf");
static DEVANAGARI_BOLD: &[u8] = include_bytes!("../../fonts/NotoSansDevanagari-Bold.ttf");
static LATIN: &[u8] = include_bytes!("../../fonts/NotoSans-Regular-Latin.ttf");
static LATIN_BOLD: &[u8] = include_bytes!("../../fonts/NotoSans-Bold-Latin.ttf");

/// A font for drawing (krilla) and the same font for measuring (rustybuzz).
struct Face {
    font: Font,
    shaper: rustybuzz::Face<'static>,
}

impl Face {
    // The fonts are compiled in and checked by the PDF tests: a failure here
    // is a broken build, not bad input.
    #[allow(clippy::expect_used)]
    fn load(data: &'static [u8]) -> Face {
        Face {
            font: Font::new(data.into(), 0).expect("the embedded fonts are valid"),
            shaper: rustybuzz::Face::from_slice(data, 0).expect("the embedded fonts are valid"),
        }
    }

    /// The width of `text` set in this face at `size`, after shaping.
    fn width(&self, text: &str, size: f32) -> f32 {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(&self.shaper, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / f32::from(self.shaper.units_per_em() as u16)
    }
}

struct Fonts {
    devanagari: Face,
    devanagari_bold: Face,
    latin: Face,
    latin_bold: Face,
}

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts {
        devanagari: Face::load(DEVANAGARI),
        devanagari_bold: Face::load(DEVANAGARI_BOLD),
        latin: Face::load(LATIN),
        latin_bold: Face::load(LATIN_BOLD),
    })
}

fn is_devanagari(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}' | '\u{1CD0}'..='\u{1CFF}' | '\u{200C}' | '\u{200D}')
}

/// Letters decide a run's script; spaces, digits and punctuation go with
/// the run they are in.
fn is_neutral(c: char) -> bool {
    c.is_whitespace() || c.is_ascii_digit() || c.is_ascii_punctuation() || c == '₹' || c == '·' || c == '—'
}

/// `text` cut into runs of one script each: (is Devanagari, run).
fn runs(text: &str) -> Vec<(bool, &str)> {
    let mut out: Vec<(bool, &str)> = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in text.char_indices() {
        if is_neutral(c) {
            continue;
        }
        let deva = is_devanagari(c);
        match current {
            None => current = Some(deva),
            Some(d) if d != deva => {
                // Neutral characters before the switch stay with the earlier run.
                out.push((d, &text[start..i]));
                start = i;
                current = Some(deva);
            }
            _ => {}
        }
    }
    if start < text.len() {
        out.push((current.unwrap_or(false), &text[start..]));
    }
    out
}

/// Where text goes and how it looks.
#[derive(Clone, Copy)]
struct Style {
    size: f32,
    bold: bool,
}

const BODY: Style = Style { size: 8.5, bold: false };
const BODY_BOLD: Style = Style { size: 8.5, bold: true };
const SMALL: Style = Style { size: 7.0, bold: false };
const SMALL_BOLD: Style = Style { size: 7.5, bold: true };
const HEADING: Style = Style { size: 15.0, bold: true };

fn face(fonts: &Fonts, deva: bool, bold: bool) -> &Face {
    match (deva, bold) {
        (true, false) => &fonts.devanagari,
        (true, true) => &fonts.devanagari_bold,
        (false, false) => &fonts.latin,
        (false, true) => &fonts.latin_bold,
    }
}

fn width(text: &str, style: Style) -> f32 {
    let fonts = fonts();
    runs(text).iter().map(|(deva, run)| face(fonts, *deva, style.bold).width(run, style.size)).sum()
}

/// Breaks `text` into lines no wider than `max` (at spaces; a single word
/// wider than `max` stands alone).
fn wrap(text: &str, style: Style, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if !line.is_empty() && width(&candidate, style) > max {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Both languages of a label: "कर बीजक / Tax invoice".
fn both(tr: Tr) -> String {
    format!("{} / {}", tr.hi, tr.en)
}

fn amount(m: Money) -> String {
    // "1,234.50": Indian grouping, always with paise, without the sign.
    m.format_exact().trim_start_matches('₹').trim().to_string()
}

struct Canvas<'a> {
    surface: krilla::surface::Surface<'a>,
}

impl Canvas<'_> {
    fn text(&mut self, x: f32, y: f32, style: Style, text: &str) {
        let fonts = fonts();
        let mut x = x;
        for (deva, run) in runs(text) {
            let f = face(fonts, deva, style.bold);
            self.surface.draw_text(
                Point::from_xy(x, y),
                f.font.clone(),
                style.size,
                run,
                false,
                TextDirection::LeftToRight,
            );
            x += f.width(run, style.size);
        }
    }

    fn text_right(&mut self, right: f32, y: f32, style: Style, text: &str) {
        let w = width(text, style);
        self.text(right - w, y, style, text);
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, weight: f32) {
        let mut pb = PathBuilder::new();
        pb.move_to(x1, y1);
        pb.line_to(x2, y2);
        if let Some(path) = pb.finish() {
            self.surface.set_fill(None);
            self.surface.set_stroke(Some(Stroke {
                paint: rgb::Color::new(90, 90, 90).into(),
                width: weight,
                ..Stroke::default()
            }));
            self.surface.draw_path(&path);
            self.surface.set_stroke(None);
            self.surface.set_fill(Some(Fill::default()));
        }
    }
}

const PAGE_W: f32 = 595.0; // A4, in points
const PAGE_H: f32 = 842.0;
const LEFT: f32 = 40.0;
const RIGHT: f32 = PAGE_W - 40.0;
const LINE: f32 = 11.5;

/// One table column: its heading (Hindi over English), its edges, and whether it is a number.
struct Column {
    heading: Tr,
    left: f32,
    right: f32,
    numeric: bool,
}

fn columns(invoice: &Invoice) -> Vec<Column> {
    let same = |text: &'static str| Tr::new(text, text);
    let mut spec: Vec<(Tr, f32, bool)> = vec![
        (same("#"), 14.0, false),
        (t::DESCRIPTION, 0.0, false), // takes what is left
        (same("HSN/SAC"), 44.0, false),
        (t::QTY, 50.0, true),
    ];
    if invoice.kind == InvoiceKind::Tax {
        spec.push((t::RATE, 34.0, true));
        spec.push((t::TAXABLE, 64.0, true));
        if invoice.same_state {
            spec.push((same("CGST"), 50.0, true));
            spec.push((same("SGST"), 50.0, true));
        } else {
            spec.push((same("IGST"), 56.0, true));
        }
    }
    spec.push((t::TOTAL, 62.0, true));
    let fixed: f32 = spec.iter().map(|c| c.1).sum();
    let mut x = LEFT;
    spec.into_iter()
        .map(|(heading, w, numeric)| {
            let w = if w == 0.0 { RIGHT - LEFT - fixed } else { w };
            let column = Column { heading, left: x, right: x + w, numeric };
            x += w;
            column
        })
        .collect()
}

/// Renders `invoice` as a PDF (A4, as many pages as its lines need).
pub fn render(invoice: &Invoice) -> Result<Vec<u8>, String> {
    let mut document = Document::new();
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(match invoice.proforma {
                true => format!("{} {}", t::PROFORMA_INVOICE.en, invoice.order_number),
                false => format!("{} {}", t::INVOICE.en, invoice.number),
            })
            .language("hi-IN".into())
            .creator("Haat".into()),
    );
    let columns = columns(invoice);
    let title = match (invoice.proforma, invoice.kind) {
        (true, _) => t::PROFORMA_INVOICE,
        (false, InvoiceKind::Tax) => t::TAX_INVOICE,
        (false, InvoiceKind::Supply) => t::BILL_OF_SUPPLY,
    };
    // A proforma has no invoice number: the order's stands in its place.
    let top_right = match invoice.proforma {
        true => format!("{} {}", t::ORDER_NO.en, invoice.order_number),
        false => format!("{} {}", t::INVOICE_NO.en, invoice.number),
    };
    let mut remaining: &[crate::payments::types::InvoiceLine] = &invoice.lines;
    let mut page_no = 0;
    loop {
        page_no += 1;
        let mut page = document.start_page_with(PageSettings::from_wh(PAGE_W, PAGE_H).ok_or("page size")?);
        let mut c = Canvas { surface: page.surface() };
        let mut y = 50.0;
        c.text(LEFT, y, HEADING, &both(title));
        c.text_right(RIGHT, y, BODY_BOLD, &top_right);
        y += 8.0;
        c.line(LEFT, y, RIGHT, y, 1.0);
        y += 16.0;
        if page_no == 1 {
            y = parties(&mut c, invoice, y);
        }
        // The table heading: Hindi over English.
        for col in &columns {
            let lines = if col.heading.hi == col.heading.en {
                vec![col.heading.en]
            } else {
                vec![col.heading.hi, col.heading.en]
            };
            for (k, text) in lines.into_iter().enumerate() {
                let ty = y + k as f32 * (LINE - 1.0);
                if col.numeric {
                    c.text_right(col.right - 3.0, ty, SMALL_BOLD, text);
                } else {
                    c.text(col.left + 2.0, ty, SMALL_BOLD, text);
                }
            }
        }
        y += LINE + 4.0;
        c.line(LEFT, y, RIGHT, y, 0.8);
        y += LINE + 2.0;
        let mut n = invoice.lines.len() - remaining.len();
        while let Some((line, rest)) = remaining.split_first() {
            let description = &columns[1];
            let mut text_lines = wrap(&line.description.hi, BODY, description.right - description.left - 6.0);
            if line.description.en.trim() != line.description.hi.trim() && !line.description.en.trim().is_empty() {
                text_lines.extend(wrap(&line.description.en, SMALL, description.right - description.left - 6.0));
            }
            let height = (text_lines.len().max(2) as f32) * LINE + 4.0;
            if y + height > PAGE_H - 170.0 && n > invoice.lines.len() - remaining.len() {
                break; // next page
            }
            n += 1;
            let mut cells: Vec<(String, String)> = vec![
                (n.to_string(), String::new()),
                (String::new(), String::new()),
                (line.hsn.clone(), String::new()),
                (line.qty.to_string(), line.unit.hi.clone()),
            ];
            if invoice.kind == InvoiceKind::Tax {
                cells.push((percent(line.rate_bp), String::new()));
                cells.push((amount(line.taxable), String::new()));
                if invoice.same_state {
                    cells.push((amount(line.cgst), format!("@{}", percent(line.rate_bp / 2))));
                    cells.push((amount(line.sgst), format!("@{}", percent(line.rate_bp - line.rate_bp / 2))));
                } else {
                    cells.push((amount(line.igst), format!("@{}", percent(line.rate_bp))));
                }
            }
            cells.push((amount(line.total), String::new()));
            for (i, (col, (first, second))) in columns.iter().zip(&cells).enumerate() {
                if i == 1 {
                    for (k, text) in text_lines.iter().enumerate() {
                        let style = if k > 0 && text_lines.len() > 1 && !line.description.hi.contains(text.as_str()) {
                            SMALL
                        } else {
                            BODY
                        };
                        c.text(col.left + 2.0, y + k as f32 * LINE, style, text);
                    }
                } else if col.numeric {
                    c.text_right(col.right - 3.0, y, BODY, first);
                    if !second.is_empty() {
                        c.text_right(col.right - 3.0, y + LINE, SMALL, second);
                    }
                } else {
                    c.text(col.left + 2.0, y, BODY, first);
                }
            }
            y += height;
            c.line(LEFT, y - LINE + 2.0, RIGHT, y - LINE + 2.0, 0.3);
            remaining = rest;
        }
        if remaining.is_empty() {
            totals(&mut c, invoice, y);
        } else {
            c.text_right(RIGHT, PAGE_H - 40.0, SMALL, &format!("{page_no} →"));
        }
        drop(c); // finishes the surface (and ends its borrow of the page)
        page.finish();
        if remaining.is_empty() {
            break;
        }
    }
    document.finish().map_err(|e| format!("{e:?}"))
}

/// Supplier, recipient and the invoice's facts; returns where the table starts.
fn parties(c: &mut Canvas, invoice: &Invoice, top: f32) -> f32 {
    let mid = LEFT + (RIGHT - LEFT) / 2.0 + 10.0;
    let mut y = top;
    c.text(LEFT, y, BODY_BOLD, &both(t::SUPPLIER));
    y += LINE + 2.0;
    c.text(LEFT, y, BODY_BOLD, &invoice.supplier_name.hi);
    y += LINE;
    c.text(LEFT, y, BODY, &invoice.supplier_name.en);
    y += LINE;
    for line in wrap(&invoice.supplier_address, BODY, mid - LEFT - 20.0) {
        c.text(LEFT, y, BODY, &line);
        y += LINE;
    }
    match &invoice.supplier_gstin {
        Some(gstin) => c.text(LEFT, y, BODY_BOLD, &format!("GSTIN {gstin}")),
        None => c.text(LEFT, y, BODY, &both(t::NOT_REGISTERED)),
    }
    y += LINE;
    c.text(
        LEFT,
        y,
        BODY,
        &format!(
            "{}: {} / {} ({})",
            both(t::STATE),
            invoice.supplier_state.hi,
            invoice.supplier_state.en,
            invoice.supplier_state_code
        ),
    );
    let left_end = y;

    let mut y = top;
    for (label, value) in facts(invoice) {
        c.text(mid, y, SMALL, &label);
        y += LINE - 2.0;
        c.text(mid, y, BODY_BOLD, &value);
        y += LINE + 1.0;
    }
    let mut y = left_end.max(y) + 16.0;
    c.text(LEFT, y, BODY_BOLD, &format!("{} ({})", both(t::RECIPIENT), both(t::DELIVER_TO)));
    y += LINE + 2.0;
    c.text(LEFT, y, BODY_BOLD, &invoice.recipient_name);
    y += LINE;
    for line in wrap(&invoice.recipient_address, BODY, RIGHT - LEFT) {
        c.text(LEFT, y, BODY, &line);
        y += LINE;
    }
    if let Some(gstin) = &invoice.recipient_gstin {
        c.text(LEFT, y, BODY_BOLD, &format!("GSTIN {gstin}"));
        y += LINE;
    }
    y + 16.0
}

fn totals(c: &mut Canvas, invoice: &Invoice, top: f32) {
    let mut y = top + 4.0;
    let label_x = RIGHT - 230.0;
    let mut rows: Vec<(String, Money)> = Vec::new();
    if invoice.kind == InvoiceKind::Tax {
        rows.push((both(t::TAXABLE), invoice.taxable));
        if invoice.same_state {
            rows.push(("CGST".into(), invoice.cgst));
            rows.push(("SGST".into(), invoice.sgst));
        } else {
            rows.push(("IGST".into(), invoice.igst));
        }
        rows.push((both(t::TOTAL_TAX), invoice.cgst + invoice.sgst + invoice.igst));
    }
    for (label, value) in rows {
        c.text(label_x, y, BODY, &label);
        c.text_right(RIGHT - 3.0, y, BODY, &amount(value));
        y += LINE;
    }
    c.line(label_x, y - 7.0, RIGHT, y - 7.0, 0.8);
    y += 4.0;
    c.text(label_x, y, BODY_BOLD, &both(t::INVOICE_TOTAL));
    c.text_right(RIGHT - 3.0, y, BODY_BOLD, &format!("₹{}", amount(invoice.total)));
    y += LINE * 2.0;
    let note = match invoice.kind {
        InvoiceKind::Tax => t::PRICES_INCLUDE,
        InvoiceKind::Supply => t::NO_TAX_CHARGED,
    };
    let proforma = invoice.proforma.then_some(t::PROFORMA_NOTE);
    for text in proforma.into_iter().chain([note]).flat_map(|note| [note.hi, note.en]) {
        for line in wrap(text, SMALL, RIGHT - LEFT) {
            c.text(LEFT, y, SMALL, &line);
            y += LINE - 2.0;
        }
    }
    // The signature line.
    let sign_x = RIGHT - 230.0;
    let mut y = (y + 40.0).max(PAGE_H - 130.0);
    for text in
        [t::for_supplier(Lang::Hi, &invoice.supplier_name.hi), t::for_supplier(Lang::En, &invoice.supplier_name.en)]
    {
        for line in wrap(&text, BODY, RIGHT - sign_x) {
            c.text(sign_x, y, BODY, &line);
            y += LINE;
        }
    }
    c.line(sign_x, y + 28.0, RIGHT, y + 28.0, 0.6);
    c.text(sign_x, y + 40.0, BODY, &both(t::SIGNATORY));
    c.text(LEFT, PAGE_H - 40.0, SMALL, &both(t::ISSUED_THROUGH));
}

/// The invoice's facts, label and value, as its head lists them (the
/// buyer's purchase order only when she gave one).
fn facts(invoice: &Invoice) -> Vec<(String, String)> {
    let mut facts = Vec::new();
    if !invoice.proforma {
        facts.push((both(t::INVOICE_NO), invoice.number.clone()));
    }
    facts.push((both(t::DATE), crate::dates::date(invoice.issued_at)));
    facts.push((both(t::ORDER_NO), invoice.order_number.clone()));
    if let Some(po) = &invoice.po_number {
        facts.push((both(t::PO_NO), po.clone()));
    }
    facts.push((
        both(t::PLACE_OF_SUPPLY),
        format!("{} / {} ({})", invoice.place_of_supply.hi, invoice.place_of_supply.en, invoice.place_of_supply_code),
    ));
    facts.push((both(t::REVERSE_CHARGE), both(t::NO)));
    facts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_cut_into_runs_by_script() {
        assert_eq!(
            runs("आम का अचार (Mango pickle) 500 g"),
            vec![(true, "आम का अचार ("), (false, "Mango pickle) 500 g")]
        );
        assert_eq!(runs("₹385.50"), vec![(false, "₹385.50")]);
        assert_eq!(
            runs("GSTIN 22AAAAA0000A1Z5 · छत्तीसगढ़"),
            vec![(false, "GSTIN 22AAAAA0000A1Z5 · "), (true, "छत्तीसगढ़")]
        );
    }

    #[test]
    fn devanagari_is_shaped_into_conjuncts_and_reordered_vowel_signs() {
        let deva = &fonts().devanagari.shaper;
        let shape = |text: &str| {
            let mut buffer = rustybuzz::UnicodeBuffer::new();
            buffer.push_str(text);
            buffer.guess_segment_properties();
            rustybuzz::shape(deva, &[], buffer)
        };
        // क्ष is three code points (क ् ष) and one conjunct glyph.
        let ksha = shape("क्ष");
        assert_eq!(ksha.len(), 1, "क्ष should be one glyph");
        // कि: the i-matra is drawn before the consonant it follows in text.
        let ki = shape("कि");
        let glyphs: Vec<u32> = ki.glyph_infos().iter().map(|g| g.glyph_id).collect();
        let ka = shape("क").glyph_infos()[0].glyph_id;
        assert_eq!(glyphs.len(), 2);
        assert_eq!(glyphs[1], ka, "the vowel sign comes first, then क");
    }

    #[test]
    fn the_buyers_purchase_order_is_among_the_facts_only_when_given() {
        let mut invoice = sample_invoice();
        let po = facts(&invoice).into_iter().find(|(label, _)| label.contains("PO"));
        assert_eq!(po.map(|(_, value)| value).as_deref(), Some("AW/PO/2026/118"));
        invoice.po_number = None;
        assert!(facts(&invoice).iter().all(|(label, _)| !label.contains("PO")));
        assert!(render(&invoice).is_ok());
    }

    #[test]
    fn a_proforma_has_no_invoice_number_and_says_what_it_is() {
        let invoice = Invoice { proforma: true, ..sample_invoice() };
        assert!(facts(&invoice).iter().all(|(label, _)| !label.contains("Invoice no")));
        assert!(facts(&invoice).iter().any(|(label, value)| label.contains("Order") && value == "HT-2611-00042-7"));
        assert!(render(&invoice).expect("renders").starts_with(b"%PDF-"));
    }

    #[test]
    fn the_pdf_embeds_its_text_in_both_languages() {
        let invoice = sample_invoice();
        let pdf = render(&invoice).expect("renders");
        assert!(pdf.starts_with(b"%PDF-"));
        // Fonts are subset, not whole: the PDF stays small.
        assert!(pdf.len() < 120_000, "{} bytes", pdf.len());
    }

    pub(crate) fn sample_invoice() -> Invoice {
        use crate::i18n::Text;
        use crate::payments::types::InvoiceLine;
        let line = |hi: &str, en: &str, paise: i64| InvoiceLine {
            description: Text::new(hi, en),
            hsn: "2001".into(),
            qty: 2,
            unit: Text::new("बोतल", "bottle"),
            rate_bp: 1200,
            total: Money::from_paise(paise),
            taxable: Money::from_paise(paise * 100 / 112),
            cgst: Money::ZERO,
            sgst: Money::ZERO,
            igst: Money::from_paise(paise - paise * 100 / 112),
        };
        Invoice {
            kind: InvoiceKind::Tax,
            number: "1A/2627/000042".into(),
            issued_at: 1_795_422_900_000,
            order_number: "HT-2611-00042-7".into(),
            po_number: Some("AW/PO/2026/118".into()),
            supplier_name: Text::new("माँ दुर्गा स्वयं सहायता समूह", "Maa Durga SHG"),
            supplier_address: "Khorpa, Abhanpur block, Raipur district, Chhattisgarh 493661".into(),
            supplier_gstin: Some("22AAAAA0000A1Z5".into()),
            supplier_state: Text::new("छत्तीसगढ़", "Chhattisgarh"),
            supplier_state_code: "22".into(),
            recipient_name: "Sunita Verma".into(),
            recipient_gstin: None,
            recipient_address: "12 Civil Lines, Bhopal, Madhya Pradesh 462001".into(),
            place_of_supply: Text::new("मध्य प्रदेश", "Madhya Pradesh"),
            place_of_supply_code: "23".into(),
            same_state: false,
            lines: vec![
                line("आम का अचार — क्षेत्रीय श्रेष्ठ", "Mango pickle", 28_000),
                line("नींबू का अचार", "Lemon pickle", 24_000),
            ],
            taxable: Money::ZERO,
            cgst: Money::ZERO,
            sgst: Money::ZERO,
            igst: Money::ZERO,
            total: Money::from_paise(52_000),
            reverse_charge: false,
            proforma: false,
        }
    }
}
