//! Invoices and gateway payments in the database (server only).

use crate::db::Db;
use crate::i18n::Text;
use crate::money::Money;
use crate::payments::invoice::{financial_year, invoice_lines, invoice_number, Goods};
use crate::payments::types::{Invoice, InvoiceKind};
use sqlx::AnyConnection;

/// Issues the order's invoice, once, inside the transaction that sends the
/// goods on their way: the next serial of the group's financial year (one
/// upsert, so dispatches at the same moment get different serials), with
/// the supplier and recipient as they are now.
pub async fn issue_invoice(conn: &mut AnyConnection, order_id: i64, now: i64) -> Result<(), sqlx::Error> {
    let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM invoices WHERE order_id = $1")
        .bind(order_id)
        .fetch_optional(&mut *conn)
        .await?;
    if exists.is_some() {
        return Ok(());
    }
    #[derive(sqlx::FromRow)]
    struct Parties {
        group_id: i64,
        name_en: String,
        name_hi: String,
        gstin: Option<String>,
        state_id: i64,
        village_en: String,
        block_en: String,
        district_en: String,
        state_en: String,
        pincode: String,
        ship_name: String,
        business_name: Option<String>,
        buyer_gstin: Option<String>,
    }
    let p: Parties = sqlx::query_as(
        "SELECT g.id AS group_id, g.name_en, g.name_hi, g.gstin, g.state_id, v.name_en AS village_en, \
         b.name_en AS block_en, d.name_en AS district_en, s.name_en AS state_en, v.pincode, o.ship_name, \
         COALESCE(o.bill_to_name, t.business_name) AS business_name, \
         CASE WHEN o.bill_to_name IS NULL THEN t.gstin ELSE o.bill_to_gstin END AS buyer_gstin \
         FROM orders o JOIN shg_groups g ON g.id = o.group_id JOIN villages v ON v.id = g.village_id \
         JOIN blocks b ON b.id = g.block_id JOIN districts d ON d.id = g.district_id JOIN states s ON s.id = g.state_id \
         LEFT JOIN traders t ON t.user_id = o.buyer_id AND t.verified_at IS NOT NULL \
         WHERE o.id = $1",
    )
    .bind(order_id)
    .fetch_one(&mut *conn)
    .await?;
    let (year, month) = crate::dates::year_month(now);
    let fy = financial_year(year, month);
    let serial: i64 = sqlx::query_scalar(
        "INSERT INTO invoice_series (group_id, fy, last_serial) VALUES ($1, $2, 1) \
         ON CONFLICT (group_id, fy) DO UPDATE SET last_serial = invoice_series.last_serial + 1 RETURNING last_serial",
    )
    .bind(p.group_id)
    .bind(i64::from(fy))
    .fetch_one(&mut *conn)
    .await?;
    let Some(number) = invoice_number(p.group_id, fy, serial) else {
        tracing::error!(group = p.group_id, fy, serial, "invoice number out of range");
        return Err(sqlx::Error::Protocol("invoice number out of range".into()));
    };
    let kind = if p.gstin.is_some() { InvoiceKind::Tax } else { InvoiceKind::Supply };
    let address =
        format!("{}, {} block, {} district, {} {}", p.village_en, p.block_en, p.district_en, p.state_en, p.pincode);
    sqlx::query(
        "INSERT INTO invoices (order_id, group_id, fy, serial, number, kind, supplier_name_en, supplier_name_hi, \
         supplier_address, supplier_gstin, supplier_state_id, recipient_name, recipient_gstin, issued_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
    )
    .bind(order_id)
    .bind(p.group_id)
    .bind(i64::from(fy))
    .bind(serial)
    .bind(&number)
    .bind(kind)
    .bind(&p.name_en)
    .bind(&p.name_hi)
    .bind(address)
    .bind(&p.gstin)
    .bind(p.state_id)
    .bind(p.business_name.unwrap_or(p.ship_name))
    .bind(p.buyer_gstin)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The number of the order's invoice, if one was issued.
pub async fn invoice_number_of(db: &Db, order_id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT number FROM invoices WHERE order_id = $1").bind(order_id).fetch_optional(&db.pool).await
}

#[derive(sqlx::FromRow)]
struct InvoiceRow {
    number: String,
    kind: InvoiceKind,
    issued_at: i64,
    order_number: String,
    po_number: Option<String>,
    supplier_name_en: String,
    supplier_name_hi: String,
    supplier_address: String,
    supplier_gstin: Option<String>,
    supplier_state_en: String,
    supplier_state_hi: String,
    supplier_state_code: String,
    supplier_state_id: i64,
    recipient_name: String,
    recipient_gstin: Option<String>,
    ship_line1: String,
    ship_line2: String,
    ship_city: String,
    ship_district: String,
    ship_pincode: String,
    ship_state_id: i64,
    ship_state_en: String,
    ship_state_hi: String,
    ship_state_code: String,
    delivery_paise: i64,
    total_paise: i64,
}

/// The order's proforma invoice: the invoice it would get if sent now
/// (the group and buyer as they are today), without a number. For a buyer
/// who must pay, or have a purchase approved, before the goods leave: none
/// once the tax invoice exists, nor for an order that ended unsent.
pub async fn proforma(db: &Db, order_id: i64) -> Result<Option<Invoice>, sqlx::Error> {
    let row: Option<InvoiceRow> = sqlx::query_as(const_format::concatcp!(
        "SELECT '' AS number, CASE WHEN g.gstin IS NULL THEN ",
        crate::words::INVOICE_SUPPLY,
        " ELSE ",
        crate::words::INVOICE_TAX,
        " END AS kind, o.created_at AS issued_at, o.number AS order_number, o.po_number, \
         g.name_en AS supplier_name_en, g.name_hi AS supplier_name_hi, \
         v.name_en || ', ' || b.name_en || ' block, ' || d.name_en || ' district, ' || ss.name_en || ' ' || v.pincode \
         AS supplier_address, g.gstin AS supplier_gstin, ss.name_en AS supplier_state_en, ss.name_hi AS supplier_state_hi, \
         ss.gst_code AS supplier_state_code, g.state_id AS supplier_state_id, \
         COALESCE(t.business_name, o.ship_name) AS recipient_name, t.gstin AS recipient_gstin, \
         o.ship_line1, o.ship_line2, o.ship_city, o.ship_district, o.ship_pincode, o.ship_state_id, \
         ps.name_en AS ship_state_en, ps.name_hi AS ship_state_hi, ps.gst_code AS ship_state_code, \
         o.delivery_paise, o.total_paise \
         FROM orders o JOIN shg_groups g ON g.id = o.group_id JOIN villages v ON v.id = g.village_id \
         JOIN blocks b ON b.id = g.block_id JOIN districts d ON d.id = g.district_id JOIN states ss ON ss.id = g.state_id \
         JOIN states ps ON ps.id = o.ship_state_id \
         LEFT JOIN traders t ON t.user_id = o.buyer_id AND t.verified_at IS NOT NULL WHERE o.id = $1 \
         AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id) AND o.status NOT IN (",
        crate::words::ORDER_CANCELLED,
        ", ",
        crate::words::ORDER_REJECTED,
        ", ",
        crate::words::ORDER_EXPIRED,
        ")"
    ))
    .bind(order_id)
    .fetch_optional(&db.pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(Invoice { proforma: true, ..worked_out(db, order_id, row).await? }))
}

/// The order's invoice, worked out from its lines, if one was issued.
pub async fn invoice(db: &Db, order_id: i64) -> Result<Option<Invoice>, sqlx::Error> {
    let row: Option<InvoiceRow> = sqlx::query_as(
        "SELECT i.number, i.kind, i.issued_at, o.number AS order_number, o.po_number, i.supplier_name_en, i.supplier_name_hi, \
         i.supplier_address, i.supplier_gstin, ss.name_en AS supplier_state_en, ss.name_hi AS supplier_state_hi, \
         ss.gst_code AS supplier_state_code, i.supplier_state_id, i.recipient_name, i.recipient_gstin, \
         o.ship_line1, o.ship_line2, o.ship_city, o.ship_district, o.ship_pincode, o.ship_state_id, \
         ps.name_en AS ship_state_en, ps.name_hi AS ship_state_hi, ps.gst_code AS ship_state_code, \
         o.delivery_paise, o.total_paise \
         FROM invoices i JOIN orders o ON o.id = i.order_id JOIN states ss ON ss.id = i.supplier_state_id \
         JOIN states ps ON ps.id = o.ship_state_id WHERE i.order_id = $1",
    )
    .bind(order_id)
    .fetch_optional(&db.pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(worked_out(db, order_id, row).await?))
}

/// An invoice's lines and tax worked out from the order's lines, for the
/// parties in `r`.
async fn worked_out(db: &Db, order_id: i64, r: InvoiceRow) -> Result<Invoice, sqlx::Error> {
    let lines: Vec<(String, String, String, String, String, i64, i64, i64)> = sqlx::query_as(
        "SELECT title_en, title_hi, unit_en, unit_hi, hsn, gst_rate_bp, qty, line_paise FROM order_lines \
         WHERE order_id = $1 ORDER BY id",
    )
    .bind(order_id)
    .fetch_all(&db.pool)
    .await?;
    let kind = r.kind;
    // Place of supply: where the goods are delivered (IGST Act s. 10(1)(a)).
    let same_state = r.supplier_state_id == r.ship_state_id;
    let goods = lines
        .into_iter()
        .map(|l| Goods {
            description: Text::new(l.1, l.0),
            hsn: l.4,
            qty: l.6,
            unit: Text::new(l.3, l.2),
            rate_bp: u32::try_from(l.5).unwrap_or(0),
            total: Money::from_paise(l.7),
        })
        .collect();
    let (invoice_lines, reckoning) =
        invoice_lines(goods, Money::from_paise(r.delivery_paise), same_state, kind == InvoiceKind::Tax);
    if reckoning.total != Money::from_paise(r.total_paise) {
        // Cannot happen while orders total their lines; never print a wrong invoice.
        tracing::error!(order = order_id, "invoice total differs from the order's");
        return Err(sqlx::Error::Protocol("invoice total differs from the order".into()));
    }
    let ship = [r.ship_line1, r.ship_line2, r.ship_city, r.ship_district]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    Ok(Invoice {
        kind,
        number: r.number,
        issued_at: r.issued_at,
        order_number: r.order_number,
        po_number: r.po_number,
        supplier_name: Text::new(r.supplier_name_hi, r.supplier_name_en),
        supplier_address: r.supplier_address,
        supplier_gstin: r.supplier_gstin,
        supplier_state: Text::new(r.supplier_state_hi, r.supplier_state_en),
        supplier_state_code: r.supplier_state_code,
        recipient_name: r.recipient_name,
        recipient_gstin: r.recipient_gstin,
        recipient_address: format!("{ship}, {} {}", r.ship_state_en, r.ship_pincode),
        place_of_supply: Text::new(r.ship_state_hi, r.ship_state_en),
        place_of_supply_code: r.ship_state_code,
        same_state,
        lines: invoice_lines,
        taxable: reckoning.taxable,
        cgst: reckoning.cgst,
        sgst: reckoning.sgst,
        igst: reckoning.igst,
        total: reckoning.total,
        reverse_charge: false,
        proforma: false,
    })
}

#[cfg(test)]
mod tests {
    //! Each test runs on a fresh SQLite database, then on PostgreSQL.

    use super::*;
    use crate::db::testing::each_engine;
    use crate::orders::delivery::DeliveryMethod;
    use crate::orders::types::PaymentMethod;
    use crate::payments::invoice::DELIVERY_SAC;
    use crate::testing::{catalogue, order_of, shopper};

    /// 31 Mar 2027, 23:00 in India, and 1 Apr 2027, 00:30: either side of the year's turn.
    const MARCH_31: i64 = 1_806_514_200_000;
    const APRIL_1: i64 = 1_806_519_600_000;

    async fn issue(db: &Db, order_id: i64, at: i64) -> String {
        let mut tx = db.pool.begin().await.unwrap();
        issue_invoice(&mut tx, order_id, at).await.unwrap();
        tx.commit().await.unwrap();
        invoice_number_of(db, order_id).await.unwrap().unwrap()
    }

    #[tokio::test]
    async fn invoice_serials_run_on_per_group_and_start_again_on_the_first_of_april() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let buyer = shopper(&db, "9111111111").await;
            let mut orders = Vec::new();
            for n in 0..3 {
                let o = order_of(
                    &db,
                    buyer,
                    &format!("k{n}"),
                    f.mango_pickle,
                    1,
                    "chhattisgarh",
                    PaymentMethod::CashOnDelivery,
                    DeliveryMethod::Pickup,
                )
                .await;
                orders.push(o.id);
            }
            let other = order_of(
                &db,
                buyer,
                "g",
                f.jute_bag,
                1,
                "madhya-pradesh",
                PaymentMethod::CashOnDelivery,
                DeliveryMethod::Pickup,
            )
            .await;
            let first = issue(&db, orders[0], MARCH_31).await;
            let second = issue(&db, orders[1], MARCH_31).await;
            let april = issue(&db, orders[2], APRIL_1).await;
            let group = crate::payments::invoice::invoice_number(f.raipur_group, 2026, 1).unwrap();
            assert_eq!(first, group);
            assert!(first.ends_with("/2627/000001") && second.ends_with("/2627/000002"), "{first} {second}");
            assert!(april.ends_with("/2728/000001"), "a new year starts at 1: {april}");
            // Another group keeps its own series.
            assert!(issue(&db, other.id, MARCH_31).await.ends_with("/2627/000001"));
            // Issuing again changes nothing.
            assert_eq!(issue(&db, orders[0], APRIL_1).await, first);
        })
        .await;
    }

    #[tokio::test]
    async fn invoices_issued_at_the_same_moment_get_consecutive_serials() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let buyer = shopper(&db, "9111111112").await;
            let mut ids = Vec::new();
            for n in 0..8 {
                ids.push(
                    order_of(
                        &db,
                        buyer,
                        &format!("c{n}"),
                        f.mango_pickle,
                        1,
                        "chhattisgarh",
                        PaymentMethod::CashOnDelivery,
                        DeliveryMethod::Pickup,
                    )
                    .await
                    .id,
                );
            }
            let issued = futures::future::join_all(ids.iter().map(|id| {
                let db = db.clone();
                let id = *id;
                async move {
                    // Each in its own transaction; a busy SQLite answers "locked" and is retried as a caller would.
                    for _ in 0..50 {
                        let mut tx = db.pool.begin().await.unwrap();
                        match issue_invoice(&mut tx, id, MARCH_31).await {
                            Ok(()) => {
                                if tx.commit().await.is_ok() {
                                    return;
                                }
                            }
                            Err(_) => drop(tx),
                        }
                        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                    }
                    panic!("could not issue");
                }
            }))
            .await;
            assert_eq!(issued.len(), 8);
            let mut serials: Vec<i64> =
                sqlx::query_scalar("SELECT serial FROM invoices ORDER BY serial").fetch_all(&db.pool).await.unwrap();
            serials.dedup();
            assert_eq!(serials, (1..=8).collect::<Vec<i64>>(), "no gaps, no repeats");
        })
        .await;
    }

    #[tokio::test]
    async fn an_invoice_adds_up_to_its_order_with_cgst_and_sgst_within_the_state_and_igst_across() {
        each_engine(|db| async move {
            let f = catalogue(&db).await;
            let buyer = shopper(&db, "9111111113").await;
            let within = order_of(
                &db,
                buyer,
                "w",
                f.mango_pickle,
                3,
                "chhattisgarh",
                PaymentMethod::CashOnDelivery,
                DeliveryMethod::Courier,
            )
            .await;
            let across = order_of(
                &db,
                buyer,
                "a",
                f.mango_pickle,
                2,
                "madhya-pradesh",
                PaymentMethod::CashOnDelivery,
                DeliveryMethod::Courier,
            )
            .await;
            for o in [&within, &across] {
                issue(&db, o.id, MARCH_31).await;
            }
            let w = invoice(&db, within.id).await.unwrap().unwrap();
            assert_eq!(w.kind, crate::payments::types::InvoiceKind::Tax, "Maa Durga has a GSTIN");
            assert!(w.same_state && w.igst == Money::ZERO && w.cgst > Money::ZERO);
            assert_eq!(w.total, within.total, "to the paisa");
            assert_eq!(w.taxable + w.cgst + w.sgst, within.total);
            assert_eq!(w.lines.last().map(|l| l.hsn.as_str()), Some(DELIVERY_SAC), "the courier charge is a line");
            assert_eq!(w.supplier_gstin.as_deref().map(str::len), Some(15));
            let a = invoice(&db, across.id).await.unwrap().unwrap();
            assert!(!a.same_state && a.cgst == Money::ZERO && a.sgst == Money::ZERO && a.igst > Money::ZERO);
            assert_eq!(a.total, across.total);
            assert_eq!(a.place_of_supply.en, "Madhya Pradesh");
            // A group without GSTIN issues a bill of supply: no tax.
            let bag = order_of(
                &db,
                buyer,
                "b",
                f.jute_bag,
                1,
                "madhya-pradesh",
                PaymentMethod::CashOnDelivery,
                DeliveryMethod::Pickup,
            )
            .await;
            issue(&db, bag.id, MARCH_31).await;
            let b = invoice(&db, bag.id).await.unwrap().unwrap();
            assert_eq!(b.kind, crate::payments::types::InvoiceKind::Supply);
            assert_eq!((b.cgst + b.sgst + b.igst, b.total), (Money::ZERO, bag.total));
        })
        .await;
    }
}
