//! The invoice page: printable, in the page's language with the other
//! beside it where a tax officer expects both, and a PDF download.

use crate::i18n::{t, text as common, use_lang, Lang};
use crate::money::Money;
use crate::payments::api::{get_invoice, get_proforma};
use crate::payments::invoice::percent;
use crate::payments::text as tx;
use crate::payments::types::{Invoice, InvoiceKind};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn InvoicePage() -> impl IntoView {
    let number = use_params_map().read_untracked().get("number").unwrap_or_default();
    loaded(move || get_invoice(number.clone()), |invoice| view! { <InvoiceView invoice/> })
}

/// `/orders/:number/proforma`: the invoice the order will get, before the goods are sent.
#[component]
pub fn ProformaPage() -> impl IntoView {
    let number = use_params_map().read_untracked().get("number").unwrap_or_default();
    loaded(move || get_proforma(number.clone()), |invoice| view! { <InvoiceView invoice/> })
}

#[component]
fn InvoiceView(invoice: Invoice) -> impl IntoView {
    let lang = use_lang();
    let other = if lang == Lang::Hi { Lang::En } else { Lang::Hi };
    let proforma = invoice.proforma;
    let title = match (proforma, invoice.kind) {
        (true, _) => tx::PROFORMA_INVOICE,
        (false, InvoiceKind::Tax) => tx::TAX_INVOICE,
        (false, InvoiceKind::Supply) => tx::BILL_OF_SUPPLY,
    };
    let tax = invoice.kind == InvoiceKind::Tax;
    let same_state = invoice.same_state;
    // Invoices always show paise.
    let money = |m: Money| m.format_exact();
    let pdf = format!("/orders/{}/{}.pdf", invoice.order_number, if proforma { "proforma" } else { "invoice" });
    let number = if proforma { invoice.order_number.clone() } else { invoice.number.clone() };
    view! {
        <Title text=format!("{} {} · {}", t(title), number, t(common::SITE_NAME))/>
        <article class="invoice">
            <p class="invoice__actions no-print">
                <a href=format!("/orders/{}", invoice.order_number)>"‹ " {t(tx::ORDER_NO)} " " {invoice.order_number.clone()}</a>
                " " <a class="button" href=pdf download>{t(tx::DOWNLOAD_PDF)}</a>
            </p>
            <header class="invoice__head">
                <h1>{title.get(lang)} <small>" / " {title.get(other)}</small></h1>
                <dl class="invoice__facts">
                    {(!proforma).then(|| view! { <dt>{t(tx::INVOICE_NO)}</dt><dd><strong>{invoice.number.clone()}</strong></dd> })}
                    <dt>{t(tx::DATE)}</dt><dd>{crate::dates::date(invoice.issued_at)}</dd>
                    <dt>{t(tx::ORDER_NO)}</dt><dd>{invoice.order_number.clone()}</dd>
                    {invoice.po_number.clone().map(|po| view! { <dt>{t(tx::PO_NO)}</dt><dd>{po}</dd> })}
                    <dt>{t(tx::PLACE_OF_SUPPLY)}</dt><dd>{invoice.place_of_supply.get(lang).to_string()} " (" {invoice.place_of_supply_code.clone()} ")"</dd>
                    <dt>{t(tx::REVERSE_CHARGE)}</dt><dd>{t(tx::NO)}</dd>
                </dl>
            </header>
            <section class="invoice__parties">
                <div>
                    <h2>{t(tx::SUPPLIER)}</h2>
                    <p><strong>{invoice.supplier_name.get(lang).to_string()}</strong><br/>{invoice.supplier_name.get(other).to_string()}</p>
                    <p>{invoice.supplier_address.clone()}</p>
                    <p>{match invoice.supplier_gstin.clone() {
                        Some(g) => view! { <strong>"GSTIN " {g}</strong> }.into_any(),
                        None => t(tx::NOT_REGISTERED).into_any(),
                    }}</p>
                    <p>{t(tx::STATE)} ": " {invoice.supplier_state.get(lang).to_string()} " (" {invoice.supplier_state_code.clone()} ")"</p>
                </div>
                <div>
                    <h2>{t(tx::RECIPIENT)}</h2>
                    <p><strong>{invoice.recipient_name.clone()}</strong></p>
                    <p>{t(tx::DELIVER_TO)} ": " {invoice.recipient_address.clone()}</p>
                    {invoice.recipient_gstin.clone().map(|g| view! { <p><strong>"GSTIN " {g}</strong></p> })}
                </div>
            </section>
            <div class="table-scroll">
            <table class="report invoice__lines">
                <thead><tr>
                    <th>"#"</th><th>{t(tx::DESCRIPTION)}</th><th>"HSN/SAC"</th><th class="num">{t(tx::QTY)}</th>
                    {tax.then(|| view! { <th class="num">{t(tx::RATE)}</th><th class="num">{t(tx::TAXABLE)}</th> })}
                    {(tax && same_state).then(|| view! { <th class="num">"CGST"</th><th class="num">"SGST"</th> })}
                    {(tax && !same_state).then(|| view! { <th class="num">"IGST"</th> })}
                    <th class="num">{t(tx::TOTAL)}</th>
                </tr></thead>
                <tbody>
                    // data-label names each cell for the phone layout, where a line is a card of label/value rows.
                    {invoice.lines.iter().enumerate().map(|(i, l)| view! {
                        <tr>
                            <td class="invoice__line-no">{i + 1}</td>
                            <td class="invoice__line-what">{l.description.get(lang).to_string()} <br/><small class="muted">{l.description.get(other).to_string()}</small></td>
                            <td data-label="HSN/SAC">{l.hsn.clone()}</td>
                            <td class="num qty" data-label=t(tx::QTY)><span>{l.qty} " " <small class="muted">{l.unit.get(lang).to_string()}</small></span></td>
                            {tax.then(|| view! {
                                <td class="num" data-label=t(tx::RATE)>{percent(l.rate_bp)}</td>
                                <td class="num" data-label=t(tx::TAXABLE)>{money(l.taxable)}</td>
                            })}
                            {(tax && same_state).then(|| view! {
                                <td class="num" data-label="CGST"><span>{money(l.cgst)} " " <small>"@" {percent(l.rate_bp / 2)}</small></span></td>
                                <td class="num" data-label="SGST"><span>{money(l.sgst)} " " <small>"@" {percent(l.rate_bp - l.rate_bp / 2)}</small></span></td>
                            })}
                            {(tax && !same_state).then(|| view! { <td class="num" data-label="IGST"><span>{money(l.igst)} " " <small>"@" {percent(l.rate_bp)}</small></span></td> })}
                            <td class="num invoice__line-total" data-label=t(tx::TOTAL)>{money(l.total)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <table class="report invoice__totals">
                <tbody>
                    {tax.then(|| view! { <tr><td>{t(tx::TAXABLE)}</td><td class="num">{money(invoice.taxable)}</td></tr> })}
                    {(tax && same_state).then(|| view! {
                        <tr><td>"CGST"</td><td class="num">{money(invoice.cgst)}</td></tr>
                        <tr><td>"SGST"</td><td class="num">{money(invoice.sgst)}</td></tr>
                    })}
                    {(tax && !same_state).then(|| view! { <tr><td>"IGST"</td><td class="num">{money(invoice.igst)}</td></tr> })}
                    <tr><td><strong>{t(tx::INVOICE_TOTAL)}</strong></td><td class="num"><strong>{money(invoice.total)}</strong></td></tr>
                </tbody>
            </table>
            {proforma.then(|| view! { <p class="notice">{t(tx::PROFORMA_NOTE)}</p> })}
            <p class="hint">{if tax { t(tx::PRICES_INCLUDE) } else { t(tx::NO_TAX_CHARGED) }}</p>
            <footer class="invoice__sign">
                <p>{tx::for_supplier(lang, invoice.supplier_name.get(lang))}</p>
                <p class="invoice__signature-line">{t(tx::SIGNATORY)}</p>
                <p class="muted"><small>{t(tx::ISSUED_THROUGH)}</small></p>
            </footer>
        </article>
    }
}
