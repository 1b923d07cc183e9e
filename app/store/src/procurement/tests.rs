//! A department's purchase from indent to payment, on both engines: the
//! rules that stop an indent, the duties and offices that may take each
//! step, and the clocks two workers must not run twice.

use crate::accounts::types::{Duty, Role, Scope};
use crate::db::testing::{conn, each_engine};
use crate::db::Db;
use crate::error::AppError;
use crate::money::Money;
use crate::orders::state::{Actor as OrderActor, OrderStatus, Step};
use crate::orders::types::PaymentMethod;
use crate::procurement::assess::assess;
use crate::procurement::offices;
use crate::procurement::rules::PurchaseRule;
use crate::procurement::state::{IndentStatus, SupplyStage};
use crate::procurement::store;
use crate::procurement::supply;
use crate::procurement::types::{IndentDraft, LineRequest};
use crate::testing::{catalogue, person, Fixture};

const DAY: i64 = 86_400_000;

/// An office with one person per duty, and its approver's limit.
struct Office {
    id: i64,
    indenter: i64,
    approver: i64,
    consignee: i64,
    payer: i64,
}

async fn office(db: &Db, name: &str, district: &str, phones: u32) -> Office {
    let district_id: i64 = sqlx::query_scalar("SELECT id FROM districts WHERE slug = $1")
        .bind(district)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO department_offices (name_en, name_hi, department, district_id, created_at, address_line, city, \
         pincode, phone) VALUES ($1, $1, 'collectorate', $2, 0, 'Civil Lines', 'Raipur', '492001', '0771222333') \
         RETURNING id",
    )
    .bind(name)
    .bind(district_id)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let mut ids = Vec::new();
    for (n, duty) in Duty::ALL.into_iter().enumerate() {
        let phone = format!("91{:08}", phones * 10 + u32::try_from(n).unwrap());
        let user = person(db, &phone, Role::Department, Scope::Office { office_id: id, duties: vec![duty] }).await;
        crate::accounts::store::set_duties(&mut *conn(db).await, user, &[duty]).await.unwrap();
        ids.push(user);
    }
    Office { id, indenter: ids[0], approver: ids[1], consignee: ids[2], payer: ids[3] }
}

fn draft(lines: &[(i64, i64, i64)]) -> IndentDraft {
    IndentDraft {
        lines: lines
            .iter()
            .map(|&(product_id, qty, consignee_id)| LineRequest { product_id, qty, consignee_id })
            .collect(),
        needed_by: crate::dates::day_of(crate::db::now_ms()) + 10,
        budget_head: "2235-02-102".into(),
        note: String::new(),
    }
}

/// Writes and sends an indent; returns its id.
async fn submitted(db: &Db, o: &Office, lines: &[(i64, i64)]) -> i64 {
    let now = crate::db::now_ms();
    let lines: Vec<(i64, i64, i64)> = lines.iter().map(|&(p, q)| (p, q, o.consignee)).collect();
    let id = store::create(&mut *conn(db).await, o.id, o.indenter, &draft(&lines), now).await.unwrap();
    let indent = store::indent(&mut *conn(db).await, id).await.unwrap().unwrap();
    let assessment = assess(db, &indent, now).await.unwrap();
    assert!(assessment.refusal.is_none(), "{:?}", assessment.refusal);
    store::submit(&mut *conn(db).await, id, o.indenter, assessment.estimate.total, now).await.unwrap();
    id
}

async fn approve(db: &Db, indent_id: i64, user: i64) -> Result<Vec<i64>, AppError> {
    let now = crate::db::now_ms();
    let indent = store::indent(&mut *conn(db).await, indent_id).await.unwrap().unwrap();
    let assessment = assess(db, &indent, now).await?;
    let mut tx = db.begin().await?;
    let orders = store::approve(&mut tx, indent_id, user, "SAN/2026/14", &assessment, now).await?;
    tx.commit().await?;
    Ok(orders)
}

async fn set_limit(db: &Db, user: i64, rupees: i64) {
    offices::set_approval_limit(&mut *conn(db).await, user, Money::from_rupees(rupees), user, 0).await.unwrap();
}

async fn stage(db: &Db, order_id: i64) -> SupplyStage {
    supply::supply_order(&mut *conn(db).await, order_id).await.unwrap().unwrap().stage
}

async fn dispatched(db: &Db, order_id: i64) {
    for step in [Step::Accept, Step::Dispatch] {
        crate::orders::steps::advance(&mut *conn(db).await, order_id, step, OrderActor::Group, None, "", None)
            .await
            .unwrap();
    }
}

async fn setting(db: &Db) -> (Fixture, Office, Office) {
    let f = catalogue(db).await;
    let collectorate = office(db, "Collectorate Raipur", "raipur", 1).await;
    let health = office(db, "CMHO Raipur", "raipur", 2).await;
    (f, collectorate, health)
}

#[tokio::test]
async fn an_indent_goes_from_sanction_to_payment_and_the_money_reaches_the_group() {
    each_engine(|db| async move {
        let (f, o, other) = setting(&db).await;
        let kamla = crate::testing::seller(&db, "9100000050", f.raipur_group).await;
        let id = submitted(&db, &o, &[(f.mango_pickle, 4)]).await;
        let indent = store::indent(&mut *conn(&db).await, id).await.unwrap().unwrap();
        assert_eq!((indent.status, indent.number.as_str()), (IndentStatus::AwaitingApproval, &*format!("IND-{id:06}")));
        // Four at ₹140 (the tiers start at 12).
        assert_eq!(indent.lines[0].line_value, Money::from_rupees(560));

        // Another office's approver, and the indenter, may not sanction it.
        assert_eq!(approve(&db, id, other.approver).await, Err(AppError::Forbidden));
        assert_eq!(approve(&db, id, o.indenter).await, Err(AppError::Forbidden));
        // Her own approver, but with no limit set, or too low a one.
        assert!(matches!(approve(&db, id, o.approver).await, Err(AppError::Validation { .. })));
        set_limit(&db, o.approver, 100).await;
        assert!(matches!(approve(&db, id, o.approver).await, Err(AppError::Validation { .. })));
        set_limit(&db, o.approver, 50_000).await;
        // The indenter given the approver's duty too may not sanction her own.
        crate::accounts::store::set_duties(&mut *conn(&db).await, o.indenter, &[Duty::Indenter, Duty::Approver])
            .await
            .unwrap();
        set_limit(&db, o.indenter, 50_000).await;
        let own = approve(&db, id, o.indenter).await.unwrap_err().message(crate::i18n::Lang::En);
        assert!(own.contains("indent you wrote"), "{own}");
        sqlx::query("UPDATE department_offices SET gstin = '22AAAGC0420R1ZP' WHERE id = $1")
            .bind(o.id)
            .execute(&db.pool)
            .await
            .unwrap();
        let orders = approve(&db, id, o.approver).await.unwrap();
        assert_eq!(orders.len(), 1, "one group, one consignee: one supply order");
        let order_id = orders[0];
        // A second sanction (a resent form) is refused and places nothing.
        assert!(matches!(approve(&db, id, o.approver).await, Err(AppError::Conflict { .. })));
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM orders").fetch_one(&db.pool).await.unwrap();
        assert_eq!(count, 1);
        let (payment, status, buyer, po): (PaymentMethod, OrderStatus, i64, String) =
            sqlx::query_as("SELECT payment_method, status, buyer_id, po_number FROM orders WHERE id = $1")
                .bind(order_id)
                .fetch_one(&db.pool)
                .await
                .unwrap();
        assert_eq!((payment, status, buyer), (PaymentMethod::Bill, OrderStatus::Confirmed, o.indenter));
        assert!(po.contains("SAN/2026/14"), "{po}");
        assert_eq!(crate::inventory::on_hand(&mut *conn(&db).await, f.mango_pickle).await.unwrap(), 6);

        // The consignee cannot record a receipt before the group dispatches.
        let now = crate::db::now_ms();
        {
            let mut tx = db.begin().await.unwrap();
            let early = supply::receive(&mut tx, order_id, o.consignee, &[], now).await;
            assert!(matches!(early, Err(AppError::Conflict { .. })), "{early:?}");
        }
        assert_eq!(stage(&db, order_id).await, SupplyStage::Ordered);
        dispatched(&db, order_id).await;
        // The tax invoice issued at dispatch names the office and its GSTIN, not the indenter.
        let recipient: (String, Option<String>) =
            sqlx::query_as("SELECT recipient_name, recipient_gstin FROM invoices WHERE order_id = $1")
                .bind(order_id)
                .fetch_one(&db.pool)
                .await
                .unwrap();
        assert_eq!(recipient, ("Collectorate Raipur".to_string(), Some("22AAAGC0420R1ZP".to_string())));
        let line = supply::lines(&mut *conn(&db).await, order_id).await.unwrap()[0].order_line_id;
        // Not the paying officer, not another office's consignee.
        for stranger in [o.payer, other.consignee] {
            let mut tx = db.begin().await.unwrap();
            assert_eq!(supply::receive(&mut tx, order_id, stranger, &[(line, 4)], now).await, Err(AppError::Forbidden));
        }
        let mut tx = db.begin().await.unwrap();
        supply::receive(&mut tx, order_id, o.consignee, &[(line, 4)], now).await.unwrap();
        tx.commit().await.unwrap();
        let status: OrderStatus = sqlx::query_scalar("SELECT status FROM orders WHERE id = $1")
            .bind(order_id)
            .fetch_one(&db.pool)
            .await
            .unwrap();
        assert_eq!((stage(&db, order_id).await, status), (SupplyStage::Received, OrderStatus::Delivered));

        // Three of four accepted: a reason is needed.
        let mut tx = db.begin().await.unwrap();
        let without = supply::accept(&mut tx, order_id, o.consignee, &[(line, 3, " ".into())], now).await;
        assert!(matches!(without, Err(AppError::Validation { .. })));
        drop(tx);
        let mut tx = db.begin().await.unwrap();
        let done = supply::accept(&mut tx, order_id, o.consignee, &[(line, 3, "one jar leaking".into())], now).await;
        tx.commit().await.unwrap();
        assert_eq!(done, Ok(SupplyStage::Billed));
        // The leaking jar goes back as a returned parcel does: onto the group's shelf, and the group is told.
        assert_eq!(crate::inventory::on_hand(&mut *conn(&db).await, f.mango_pickle).await.unwrap(), 7);
        let told: Vec<String> = sqlx::query_scalar(
            "SELECT text_en FROM notifications WHERE user_id = $1 AND order_id = $2 AND text_en LIKE '%did not accept%'",
        )
        .bind(kamla)
        .bind(order_id)
        .fetch_all(&db.pool)
        .await
        .unwrap();
        assert_eq!(told.len(), 1, "{told:?}");
        assert!(told[0].contains("1 × ") && told[0].contains("(one jar leaking)"), "{}", told[0]);
        let s = supply::supply_order(&mut *conn(&db).await, order_id).await.unwrap().unwrap();
        let (goods, fee): (i64, i64) = sqlx::query_as("SELECT goods_paise, delivery_paise FROM orders WHERE id = $1")
            .bind(order_id)
            .fetch_one(&db.pool)
            .await
            .unwrap();
        assert_eq!(goods, 560_00);
        assert_eq!(s.bill, Some(Money::from_paise(420_00 + fee * 3 / 4)), "three quarters of goods and delivery");
        assert_eq!(s.pay_by, Some(now + 10 * DAY));

        // Only the paying officer pays, with a reference and the day it was paid.
        let today = crate::dates::day_of(now);
        let mut tx = db.begin().await.unwrap();
        assert_eq!(
            supply::pay(&mut tx, order_id, o.consignee, ("PFMS123", today), now).await,
            Err(AppError::Forbidden)
        );
        drop(tx);
        let mut tx = db.begin().await.unwrap();
        assert!(matches!(
            supply::pay(&mut tx, order_id, o.payer, ("  ", today), now).await,
            Err(AppError::Validation { .. })
        ));
        drop(tx);
        // Dated before the goods were accepted, or tomorrow: refused.
        for impossible in [today - 1, today + 1] {
            let mut tx = db.begin().await.unwrap();
            let dated = supply::pay(&mut tx, order_id, o.payer, ("PFMS/CG/2026/88812", impossible), now).await;
            assert!(matches!(dated, Err(AppError::Validation { .. })), "{dated:?}");
        }
        let mut tx = db.begin().await.unwrap();
        supply::pay(&mut tx, order_id, o.payer, ("PFMS/CG/2026/88812", today), now).await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(stage(&db, order_id).await, SupplyStage::Paid);
        let ledger: Vec<(String, i64, String)> =
            sqlx::query_as("SELECT channel, amount_paise, reference FROM payments WHERE order_id = $1")
                .bind(order_id)
                .fetch_all(&db.pool)
                .await
                .unwrap();
        assert_eq!(ledger, vec![("bill".to_string(), s.bill.unwrap().to_paise(), "PFMS/CG/2026/88812".to_string())]);
        let months = crate::orders::store::earnings(&db, f.raipur_group).await.unwrap();
        assert_eq!(months[0].government, s.bill.unwrap());
        assert_eq!(months[0].received, s.bill.unwrap(), "paid money is received money");

        // Every step is on the indent's timeline.
        let steps: Vec<String> =
            store::events(&mut *conn(&db).await, id).await.unwrap().into_iter().map(|e| e.0).collect();
        assert_eq!(steps, ["created", "submit", "approve", "supply_ordered", "receive", "accept", "bill", "pay"]);
    })
    .await;
}

#[tokio::test]
async fn the_lowest_price_rule_needs_three_comparable_listings_and_the_cheapest() {
    each_engine(|db| async move {
        let (f, o, _) = setting(&db).await;
        // This state buys directly only up to ₹100.
        sqlx::query(
            "INSERT INTO purchase_rules (state_id, direct_up_to_paise, lowest_up_to_paise, comparable_needed, \
             split_window_days, accept_within_days, deemed_acceptance, pay_within_days, updated_at) \
             SELECT id, 10000, 100000000, 3, 30, 10, 1, 10, 0 FROM states WHERE slug = 'chhattisgarh'",
        )
        .execute(&db.pool)
        .await
        .unwrap();
        let now = crate::db::now_ms();
        let id =
            store::create(&mut *conn(&db).await, o.id, o.indenter, &draft(&[(f.mango_pickle, 2, o.consignee)]), now)
                .await
                .unwrap();
        let read = |db: Db| async move {
            let indent = store::indent(&mut *conn(&db).await, id).await.unwrap().unwrap();
            assess(&db, &indent, now).await.unwrap()
        };
        let a = read(db.clone()).await;
        assert_eq!(a.estimate.rule, PurchaseRule::Lowest);
        // Mango and lemon pickle (500 g, live) are two: too few.
        let why = a.refusal.expect("too few").message(crate::i18n::Lang::En);
        assert!(why.contains("Only 2 comparable"), "{why}");
        // A third, cheaper: mango (₹140) is not the lowest.
        sqlx::query(
            "INSERT INTO products (group_id, category_id, slug, title_en, title_hi, description_en, description_hi, \
             unit_en, unit_hi, price_paise, market_price_paise, hsn, gst_rate_bp, weight_grams, status, created_at, \
             updated_at) SELECT group_id, category_id, 'cheap-pickle', 'Cheap pickle', 'सस्ता अचार', 'd', 'd', unit_en, \
             unit_hi, 9000, 9900, hsn, gst_rate_bp, weight_grams, 'live', 0, 0 FROM products WHERE id = $1",
        )
        .bind(f.mango_pickle)
        .execute(&db.pool)
        .await
        .unwrap();
        let why = read(db.clone()).await.refusal.expect("not L1").message(crate::i18n::Lang::En);
        assert!(why.contains("not the lowest-priced") && why.contains("₹90"), "{why}");
        // The same indent on the cheapest listing passes.
        let cheap: i64 = sqlx::query_scalar("SELECT id FROM products WHERE slug = 'cheap-pickle'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        store::update(&mut *conn(&db).await, id, &draft(&[(cheap, 2, o.consignee)]), now).await.unwrap();
        let a = read(db.clone()).await;
        assert!(a.refusal.is_none(), "{:?}", a.refusal);
        // Above the top limit: not through Haat, whatever the price.
        store::update(&mut *conn(&db).await, id, &draft(&[(cheap, 1_000_000, o.consignee)]), now).await.unwrap();
        let a = read(db.clone()).await;
        assert_eq!(a.estimate.rule, PurchaseRule::NotThroughHaat);
        assert!(a.refusal.unwrap().message(crate::i18n::Lang::En).contains("cannot go through Haat"));
    })
    .await;
}

#[tokio::test]
async fn one_need_split_over_two_indents_is_caught() {
    each_engine(|db| async move {
        let (f, o, other) = setting(&db).await;
        // 300 jars of mango pickle at the 48-jar tier (₹118) are ₹35,400: a direct buy.
        let first = submitted(&db, &o, &[(f.mango_pickle, 300)]).await;
        let first_value = store::indent(&mut *conn(&db).await, first).await.unwrap().unwrap().value;
        assert!(first_value <= Money::from_rupees(50_000), "{first_value}");
        // The same office, the same kind of item (pickles), within the window:
        // 150 jars of lemon pickle (₹18,000) make the purchase ₹53,400.
        let now = crate::db::now_ms();
        let second =
            store::create(&mut *conn(&db).await, o.id, o.indenter, &draft(&[(f.lemon_pickle, 150, o.consignee)]), now)
                .await
                .unwrap();
        let indent = store::indent(&mut *conn(&db).await, second).await.unwrap().unwrap();
        let a = assess(&db, &indent, now).await.unwrap();
        let why = a.refusal.expect("a split").message(crate::i18n::Lang::En);
        assert!(why.contains(&format!("IND-{first:06}")), "{why}");
        assert_eq!(a.estimate.rule, PurchaseRule::Lowest);
        // Another office buying the same is its own need.
        let theirs = store::create(
            &mut *conn(&db).await,
            other.id,
            other.indenter,
            &draft(&[(f.lemon_pickle, 150, other.consignee)]),
            now,
        )
        .await
        .unwrap();
        let indent = store::indent(&mut *conn(&db).await, theirs).await.unwrap().unwrap();
        assert!(assess(&db, &indent, now).await.unwrap().refusal.is_none());
        // Thirty-one days on, the first indent is outside the window.
        let later = now + 31 * DAY;
        let indent = store::indent(&mut *conn(&db).await, second).await.unwrap().unwrap();
        assert!(assess(&db, &indent, later).await.unwrap().refusal.is_none());
    })
    .await;
}

/// Received, sanctioned and dispatched: a supply order waiting for acceptance.
async fn received(db: &Db, f: &Fixture, o: &Office, qty: i64) -> i64 {
    set_limit(db, o.approver, 50_000).await;
    let id = submitted(db, o, &[(f.mango_pickle, qty)]).await;
    let order_id = approve(db, id, o.approver).await.unwrap()[0];
    dispatched(db, order_id).await;
    let mut tx = db.begin().await.unwrap();
    supply::receive(&mut tx, order_id, o.consignee, &[], crate::db::now_ms()).await.unwrap();
    tx.commit().await.unwrap();
    order_id
}

#[tokio::test]
async fn a_rejected_supply_goes_back_to_the_group_whole_and_is_never_billed() {
    each_engine(|db| async move {
        let (f, o, _) = setting(&db).await;
        let order_id = received(&db, &f, &o, 3).await;
        assert_eq!(crate::inventory::on_hand(&mut *conn(&db).await, f.mango_pickle).await.unwrap(), 7);
        let line = supply::lines(&mut *conn(&db).await, order_id).await.unwrap()[0].order_line_id;
        let mut tx = db.begin().await.unwrap();
        let done =
            supply::accept(&mut tx, order_id, o.consignee, &[(line, 0, "wrong brand".into())], crate::db::now_ms())
                .await;
        tx.commit().await.unwrap();
        assert_eq!(done, Ok(SupplyStage::Rejected));
        assert_eq!(crate::inventory::on_hand(&mut *conn(&db).await, f.mango_pickle).await.unwrap(), 10);
        let s = supply::supply_order(&mut *conn(&db).await, order_id).await.unwrap().unwrap();
        assert_eq!((s.bill, s.bill_number), (None, None));
    })
    .await;
}

#[tokio::test]
async fn silence_past_ten_days_is_acceptance_recorded_once_by_two_workers() {
    each_engine(|db| async move {
        let (f, o, _) = setting(&db).await;
        let order_id = received(&db, &f, &o, 2).await;
        let now = crate::db::now_ms();
        assert!(supply::due_for_deemed_acceptance(&db, now, 10).await.unwrap().is_empty(), "not yet");
        let later = now + 10 * DAY + 1;
        assert_eq!(supply::due_for_deemed_acceptance(&db, later, 10).await.unwrap(), vec![order_id]);
        let worker = || {
            let db = db.clone();
            tokio::spawn(async move {
                let mut tx = db.begin().await.unwrap();
                let done = supply::deem_accepted(&mut tx, order_id, later).await.unwrap();
                tx.commit().await.unwrap();
                done
            })
        };
        let (a, b) = (worker(), worker());
        let (a, b) = (a.await.unwrap(), b.await.unwrap());
        assert!(a ^ b, "one worker deems it accepted: {a} {b}");
        let s = supply::supply_order(&mut *conn(&db).await, order_id).await.unwrap().unwrap();
        assert_eq!((s.stage, s.deemed), (SupplyStage::Billed, true));
        let bills: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM indent_events WHERE step = 'bill'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        assert_eq!(bills, 1);
        // A state that does not deem acceptance leaves it to the consignee.
        sqlx::query(
            "INSERT INTO purchase_rules (state_id, direct_up_to_paise, lowest_up_to_paise, comparable_needed, \
             split_window_days, accept_within_days, deemed_acceptance, pay_within_days, updated_at) \
             SELECT id, 5000000, 100000000, 3, 30, 10, 0, 10, 0 FROM states WHERE slug = 'chhattisgarh'",
        )
        .execute(&db.pool)
        .await
        .unwrap();
        let second = received(&db, &f, &o, 1).await;
        assert!(!supply::due_for_deemed_acceptance(&db, later + DAY, 10).await.unwrap().contains(&second));
    })
    .await;
}

#[tokio::test]
async fn an_overdue_bill_is_flagged_once_to_the_office_and_the_district() {
    each_engine(|db| async move {
        let (f, o, _) = setting(&db).await;
        let official = crate::testing::official_over(&db, "9199999999", f.raipur_group).await;
        let order_id = received(&db, &f, &o, 2).await;
        let now = crate::db::now_ms();
        let mut tx = db.begin().await.unwrap();
        supply::accept(&mut tx, order_id, o.consignee, &[], now).await.unwrap();
        tx.commit().await.unwrap();
        assert!(supply::due_for_overdue_notice(&db, now + 10 * DAY, 10).await.unwrap().is_empty(), "due today");
        let late = now + 13 * DAY;
        assert_eq!(supply::due_for_overdue_notice(&db, late, 10).await.unwrap(), vec![order_id]);
        let worker = || {
            let db = db.clone();
            tokio::spawn(async move {
                let mut tx = db.begin().await.unwrap();
                let done = supply::flag_overdue(&mut tx, order_id, late).await.unwrap();
                tx.commit().await.unwrap();
                done
            })
        };
        let (a, b) = (worker(), worker());
        assert!(a.await.unwrap() ^ b.await.unwrap(), "flagged once");
        for user in [o.payer, official] {
            let notices: Vec<String> =
                sqlx::query_scalar("SELECT text_en FROM notifications WHERE user_id = $1 AND text_en LIKE '%overdue%'")
                    .bind(user)
                    .fetch_all(&db.pool)
                    .await
                    .unwrap();
            assert_eq!(notices.len(), 1, "{notices:?}");
            assert!(notices[0].contains("3 days overdue"), "{}", notices[0]);
        }
        assert!(supply::due_for_overdue_notice(&db, late, 10).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn an_order_the_group_refused_ends_the_supply_unsupplied() {
    each_engine(|db| async move {
        let (f, o, _) = setting(&db).await;
        set_limit(&db, o.approver, 50_000).await;
        let id = submitted(&db, &o, &[(f.mango_pickle, 1)]).await;
        let order_id = approve(&db, id, o.approver).await.unwrap()[0];
        crate::orders::steps::advance(&mut *conn(&db).await, order_id, Step::Reject, OrderActor::Group, None, "", None)
            .await
            .unwrap();
        assert_eq!(supply::void_unsupplied(&mut *conn(&db).await, crate::db::now_ms()).await.unwrap(), 1);
        assert_eq!(stage(&db, order_id).await, SupplyStage::Void);
        assert_eq!(supply::void_unsupplied(&mut *conn(&db).await, crate::db::now_ms()).await.unwrap(), 0);
    })
    .await;
}

#[tokio::test]
async fn a_draft_is_checked_line_by_line_and_written_only_when_whole() {
    each_engine(|db| async move {
        let (f, o, other) = setting(&db).await;
        let now = crate::db::now_ms();
        let mut c = conn(&db).await;
        let bad = [
            draft(&[]),
            draft(&[(f.mango_pickle, 0, o.consignee)]),
            draft(&[(f.draft_candy, 1, o.consignee)]),
            draft(&[(f.mango_pickle, 1, o.indenter)]),
            IndentDraft { needed_by: 0, ..draft(&[(f.mango_pickle, 1, o.consignee)]) },
        ];
        for d in &bad {
            let got = store::create(&mut c, o.id, o.indenter, d, now).await;
            assert!(matches!(got, Err(AppError::Validation { .. })), "{d:?}: {got:?}");
        }
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM indents").fetch_one(&db.pool).await.unwrap();
        assert_eq!(count, 0, "nothing of a refused draft is written");
        // A draft may wait for its budget head; sending it may not.
        let blank = IndentDraft { budget_head: " ".into(), ..draft(&[(f.mango_pickle, 1, o.consignee)]) };
        let id = store::create(&mut c, o.id, o.indenter, &blank, now).await.unwrap();
        let sent = store::submit(&mut c, id, o.indenter, Money::from_rupees(140), now).await;
        assert!(matches!(sent, Err(AppError::Validation { .. })), "{sent:?}");
        // Another office's consignee in the same district may receive a line.
        let id = store::create(&mut c, o.id, o.indenter, &draft(&[(f.mango_pickle, 1, other.consignee)]), now)
            .await
            .unwrap();
        assert_eq!(store::indent(&mut c, id).await.unwrap().unwrap().lines[0].consignee_id, other.consignee);
    })
    .await;
}
