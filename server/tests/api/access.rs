//! Who may call what: every server function × every kind of caller,
//! including callers of the right role but another scope. The table below
//! is the specification; the test fails if a server function exists that
//! the table does not list.

use crate::helpers::{raipur_address, spawn_app, TestApp};
use app::db::Engine;
use app::orders::types::PaymentMethod::{CashOnDelivery, UpiToGroup};
use leptos::server_fn::ServerFn;
use std::collections::BTreeSet;

/// The callers: one of each demo login, plus nobody.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Who {
    Anonymous,
    Shopper,
    RaipurLeader,
    RaipurMember,
    GwaliorLeader,
    Trader,
    Department,
    RaipurOfficial,
    GwaliorOfficial,
    ChhattisgarhOfficial,
    OutletStaff,
    /// The Collectorate Raipur's store keeper (consignee) and its paying officer.
    Consignee,
    PayingOfficer,
}

use Who::*;

const EVERYONE: &[Who] = &[
    Anonymous,
    Shopper,
    RaipurLeader,
    RaipurMember,
    GwaliorLeader,
    Trader,
    Department,
    RaipurOfficial,
    GwaliorOfficial,
    ChhattisgarhOfficial,
    OutletStaff,
    Consignee,
    PayingOfficer,
];
const SIGNED_IN: &[Who] = &[
    Shopper,
    RaipurLeader,
    RaipurMember,
    GwaliorLeader,
    Trader,
    Department,
    RaipurOfficial,
    GwaliorOfficial,
    ChhattisgarhOfficial,
    OutletStaff,
    Consignee,
    PayingOfficer,
];
const OFFICIALS: &[Who] = &[RaipurOfficial, GwaliorOfficial, ChhattisgarhOfficial];
/// Officials whose scope covers Raipur.
const OVER_RAIPUR: &[Who] = &[RaipurOfficial, ChhattisgarhOfficial];
const SELLERS: &[Who] = &[RaipurLeader, RaipurMember, GwaliorLeader];
const LEADERS: &[Who] = &[RaipurLeader, GwaliorLeader];
/// Sellers of the Raipur group whose listings the calls aim at.
const RAIPUR_SELLERS: &[Who] = &[RaipurLeader, RaipurMember];

/// A valid listing form for `save_listing` (category: pickles).
fn listing_form(t: &Targets, _: usize) -> Vec<(&'static str, String)> {
    vec![
        ("id", t.raipur_listing.clone()),
        ("listing[category_id]", t.raipur_category.clone()),
        ("listing[title_hi]", "आम का अचार".into()),
        ("listing[description_hi]", "कच्चे आम और सरसों के तेल से बना अचार।".into()),
        ("listing[unit_hi]", "500 ग्राम जार".into()),
        ("listing[price]", "140".into()),
        ("listing[market_price]", "190".into()),
        ("listing[gst_rate]", "5".into()),
        ("listing[weight_grams]", "650".into()),
        ("listing[stock]", "10".into()),
    ]
}

pub(crate) fn phone(who: Who) -> Option<&'static str> {
    Some(match who {
        Anonymous => return None,
        Shopper => "9000000001",
        RaipurLeader => "9000000002",
        RaipurMember => "9000000003",
        GwaliorLeader => "9000000004",
        Trader => "9000000005",
        Department => "9000000007",
        RaipurOfficial => "9000000008",
        ChhattisgarhOfficial => "9000000009",
        OutletStaff => "9000000010",
        GwaliorOfficial => "9000000011",
        Consignee => "9000000014",
        PayingOfficer => "9000000015",
    })
}

/// Ids of the things the calls aim at (all in Raipur).
pub(crate) struct Targets {
    rekha: String,
    sunita_address: String,
    raipur_district: String,
    /// The block of Khorpa's group (Raipur).
    raipur_block: String,
    unstaffed_raipur_group: String,
    raipur_trader: String,
    /// The Raipur trader's saved address, and her request for a quote to
    /// the Raipur group's first listing (not answered yet).
    trader_address: String,
    raipur_quote: String,
    raipur_office: String,
    /// A live listing of the Raipur leader's group, and its cover photo.
    raipur_listing: String,
    raipur_photo: String,
    /// A listing of the same group waiting in review.
    raipur_in_review: String,
    raipur_import: String,
    raipur_category: String,
    /// A synonym pair Haat starts with (no official added it).
    built_in_synonym: String,
    /// The Raipur leader's group.
    raipur_group: String,
    /// Sunita's checkout, and its order from the Raipur group (confirmed, cash on delivery).
    sunita_checkout: String,
    sunita_order: String,
    sunita_sent: String,
    /// Sunita's UPI orders from the Raipur group: one not yet paid, one with her UTR given.
    sunita_upi_unpaid: String,
    sunita_upi_claimed: String,
    /// The trader's order from the Raipur group, which asks 30% in advance:
    /// the advance is in, the balance is due before dispatch.
    trader_advance_order: String,
    /// The Collectorate Raipur's draft indent (Anita's) of the Raipur
    /// group's first listing, and the supply order of another indent of
    /// hers, sanctioned by the Collectorate's approver.
    procure_draft: String,
    procure_ordered: String,
    procure_supply: String,
    collectorate_consignee: String,
}

pub(crate) async fn targets(app: &TestApp) -> Targets {
    let one = |sql: &'static str| {
        let db = app.db.clone();
        async move { sqlx::query_scalar::<_, i64>(sql).fetch_one(&db.pool).await.unwrap().to_string() }
    };
    let sunita = app::accounts::store::user_by_phone(&app.db, "9000000001").await.unwrap().unwrap();
    let address_id = raipur_address(app, sunita.id).await;
    let group: i64 = sqlx::query_scalar("SELECT id FROM shg_groups WHERE slug = 'maa-durga-shg-khorpa'")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let listings: Vec<i64> = sqlx::query_scalar("SELECT id FROM products WHERE group_id = $1 ORDER BY id")
        .bind(group)
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE products SET status = 'in_review' WHERE id = $1")
        .bind(listings[1])
        .execute(&app.db.pool)
        .await
        .unwrap();
    let photo: i64 =
        sqlx::query_scalar("SELECT id FROM product_photos WHERE product_id = $1 ORDER BY position LIMIT 1")
            .bind(listings[0])
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    let leader = app::accounts::store::user_by_phone(&app.db, "9000000002").await.unwrap().unwrap();
    let import = app::listings::drafts::save_import(&app.db, group, leader.id, &[]).await.unwrap();
    let category: i64 = sqlx::query_scalar("SELECT category_id FROM products WHERE id = $1")
        .bind(listings[0])
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    // Sunita's orders of one jar of the Raipur group's first listing, for pickup.
    let listing = listings[0];
    let place = |key: &'static str, payment| async move {
        let ship_to = app::orders::checkout::ship_to(&app.db, sunita.id, address_id).await.unwrap().unwrap();
        let checkout = app::orders::checkout::Checkout {
            buyer_id: sunita.id,
            idempotency_key: key.into(),
            ship_to,
            items: vec![(listing, 1)],
            choices: std::collections::HashMap::from([(
                group,
                app::orders::choice::GroupChoice { delivery: app::orders::delivery::DeliveryMethod::Pickup, payment },
            )]),
            made: Default::default(),
            po_number: None,
            entered_by: None,
            agreed: std::collections::HashMap::new(),
            channel: app::orders::types::OrderChannel::Retail,
        };
        app::testing::place(&app.db, &checkout).await.unwrap().remove(0)
    };
    let order = place("access-table-checkout", CashOnDelivery).await;
    let checkout: i64 = sqlx::query_scalar("SELECT checkout_id FROM orders WHERE id = $1")
        .bind(order.id)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let upi_orders = [place("access-upi-unpaid", UpiToGroup).await, place("access-upi-claimed", UpiToGroup).await];
    app::orders::steps::claim_upi(
        &mut app.db.pool.acquire().await.unwrap(),
        upi_orders[1].id,
        sunita.id,
        "412356789012",
    )
    .await
    .unwrap();
    // An order whose goods have left: it has an invoice.
    let sent = {
        let placed = place("access-sent", CashOnDelivery).await;
        let mut tx = app.db.pool.begin().await.unwrap();
        app::payments::store::issue_invoice(&mut tx, placed.id, app::db::now_ms()).await.unwrap();
        tx.commit().await.unwrap();
        placed.number
    };
    // The verified trader asks the Raipur group for a quote.
    let trader = app::accounts::store::user_by_phone(&app.db, "9000000005").await.unwrap().unwrap();
    let trader_address = raipur_address(app, trader.id).await;
    let quote = {
        use app::trade::quote_store::{ask, quotes_of_request, NewRequest};
        let mut tx = app.db.begin().await.unwrap();
        let request = NewRequest {
            trader_id: trader.id,
            key: "access-quote".into(),
            qty: 500,
            target_price: None,
            needed_by: None,
            open_until: app::dates::day_of(app::db::now_ms()) + 14,
            address_id: trader_address,
            place: "Raipur 492001".into(),
            po_number: None,
            note: String::new(),
        };
        let (request_id, _) = ask(&mut tx, &request, &[listing], app::db::now_ms()).await.unwrap();
        let quote = quotes_of_request(&mut tx, request_id).await.unwrap()[0].0;
        tx.commit().await.unwrap();
        quote
    };
    // The Raipur group asks traders 30% in advance; the trader's order has paid it.
    let advance_order = {
        use app::orders::advance::{AdvanceTerms, BalanceDue};
        let mut conn = app.db.pool.acquire().await.unwrap();
        let terms = AdvanceTerms { percent: 30, balance: BalanceDue::BeforeDispatch };
        app::orders::store::set_advance_terms(&mut conn, group, Some(terms)).await.unwrap();
        let ship_to = app::orders::checkout::ship_to(&app.db, trader.id, trader_address).await.unwrap().unwrap();
        let checkout = app::orders::checkout::Checkout {
            buyer_id: trader.id,
            idempotency_key: "access-advance".into(),
            ship_to,
            items: vec![(listing, 1)],
            choices: std::collections::HashMap::from([(
                group,
                app::orders::choice::GroupChoice {
                    delivery: app::orders::delivery::DeliveryMethod::Pickup,
                    payment: CashOnDelivery,
                },
            )]),
            made: Default::default(),
            po_number: None,
            entered_by: None,
            agreed: std::collections::HashMap::new(),
            channel: app::orders::types::OrderChannel::Trade,
        };
        let order = app::testing::place(&app.db, &checkout).await.unwrap().remove(0);
        assert_eq!(order.payment, app::orders::types::PaymentMethod::Advance);
        app::orders::steps::claim_upi(&mut conn, order.id, trader.id, "412356789013").await.unwrap();
        let mut tx = app.db.begin().await.unwrap();
        let (step, by) = (app::orders::state::Step::Confirm, app::orders::state::Actor::Group);
        app::orders::steps::advance(&mut tx, order.id, step, by, Some(leader.id), "", None).await.unwrap();
        tx.commit().await.unwrap();
        // Shoppers' orders placed afterwards are not affected; leave the group as it was.
        app::orders::store::set_advance_terms(&mut conn, group, None).await.unwrap();
        order.number
    };
    // The Collectorate's indents: a draft, and one sanctioned into a supply order.
    let (procure_draft, procure_ordered, procure_supply) = {
        let anita = app::accounts::store::user_by_phone(&app.db, "9000000007").await.unwrap().unwrap();
        let rakesh = app::accounts::store::user_by_phone(&app.db, "9000000013").await.unwrap().unwrap();
        let kavita = app::accounts::store::user_by_phone(&app.db, "9000000014").await.unwrap().unwrap();
        let office: i64 =
            sqlx::query_scalar("SELECT id FROM department_offices WHERE name_en = 'Collectorate, Raipur'")
                .fetch_one(&app.db.pool)
                .await
                .unwrap();
        let now = app::db::now_ms();
        let draft = app::procurement::types::IndentDraft {
            lines: vec![app::procurement::types::LineRequest { product_id: listing, qty: 1, consignee_id: kavita.id }],
            needed_by: app::dates::day_of(now) + 10,
            budget_head: "2235-02-102".into(),
            note: String::new(),
        };
        let mut conn = app.db.pool.acquire().await.unwrap();
        let first = app::procurement::store::create(&mut conn, office, anita.id, &draft, now).await.unwrap();
        let second = app::procurement::store::create(&mut conn, office, anita.id, &draft, now).await.unwrap();
        let indent = app::procurement::store::indent(&mut conn, second).await.unwrap().unwrap();
        let assessment = app::procurement::assess::assess(&app.db, &indent, now).await.unwrap();
        app::procurement::store::submit(&mut conn, second, anita.id, assessment.estimate.total, now).await.unwrap();
        drop(conn);
        let mut tx = app.db.begin().await.unwrap();
        let orders =
            app::procurement::store::approve(&mut tx, second, rakesh.id, "SAN/1", &assessment, now).await.unwrap();
        tx.commit().await.unwrap();
        (first.to_string(), second.to_string(), orders[0].to_string())
    };
    Targets {
        procure_draft,
        procure_ordered,
        procure_supply,
        collectorate_consignee: one("SELECT id FROM users WHERE phone = '9000000014'").await,
        trader_advance_order: advance_order,
        trader_address: trader_address.to_string(),
        raipur_quote: quote.to_string(),
        sunita_sent: sent,
        sunita_upi_unpaid: upi_orders[0].number.clone(),
        sunita_upi_claimed: upi_orders[1].number.clone(),
        sunita_checkout: checkout.to_string(),
        sunita_order: order.number.clone(),
        raipur_category: category.to_string(),
        raipur_group: group.to_string(),
        raipur_listing: listings[0].to_string(),
        raipur_photo: photo.to_string(),
        raipur_in_review: listings[1].to_string(),
        raipur_import: import.to_string(),
        rekha: one("SELECT id FROM users WHERE phone = '9000000003'").await,
        sunita_address: address_id.to_string(),
        raipur_district: one("SELECT id FROM districts WHERE slug = 'raipur'").await,
        raipur_block: one("SELECT block_id FROM shg_groups WHERE slug = 'maa-durga-shg-khorpa'").await,
        unstaffed_raipur_group: one("SELECT id FROM shg_groups WHERE slug = 'jai-maa-bamleshwari-shg-reewa'").await,
        raipur_trader: one("SELECT id FROM users WHERE phone = '9000000005'").await,
        raipur_office: one("SELECT id FROM department_offices WHERE name_en = 'Collectorate, Raipur'").await,
        built_in_synonym: one("SELECT MIN(id) FROM search_synonyms WHERE added_by IS NULL").await,
    }
}

/// One row of the specification: a server function, arguments that would
/// succeed for an allowed caller, and who is allowed.
pub(crate) struct Rule {
    pub(crate) path: &'static str,
    pub(crate) form: fn(&Targets, usize) -> Vec<(&'static str, String)>,
    pub(crate) allowed: &'static [Who],
    /// Sent as multipart with one photo (uploads), not URL-encoded.
    pub(crate) photo: bool,
}

impl Default for Rule {
    fn default() -> Self {
        Rule { path: "", form: none, allowed: &[], photo: false }
    }
}

/// A checkout field of the Raipur group (`delivery[12]`). Leaked: the
/// table's field names are `'static`, and a test run makes a handful.
fn per_group(name: &str, t: &Targets) -> &'static str {
    Box::leak(format!("{name}[{}]", t.raipur_group).into_boxed_str())
}

fn none(_: &Targets, _: usize) -> Vec<(&'static str, String)> {
    Vec::new()
}

/// A phone number nobody has, different for each call.
fn fresh_phone(n: usize) -> String {
    format!("98765{n:05}")
}

pub(crate) fn spec() -> Vec<Rule> {
    vec![
        // The storefront and signing in: anyone.
        Rule {
            path: app::ui::layout::SetLanguage::PATH,
            form: |_, _| vec![("lang", "en".into())],
            allowed: EVERYONE,
            photo: false,
        },
        Rule { path: app::catalog::api::GetHomePage::PATH, form: none, allowed: EVERYONE, photo: false },
        Rule {
            path: app::catalog::api::GetListing::PATH,
            form: |_, _| {
                vec![
                    ("query[page]", "1".into()),
                    ("query[sort]", "Recommended".into()),
                    ("query[in_stock_only]", "false".into()),
                ]
            },
            allowed: EVERYONE,
            photo: false,
        },
        Rule { path: app::catalog::api::GetListingFacets::PATH, form: none, allowed: EVERYONE, photo: false },
        Rule {
            path: app::catalog::api::GetCategory::PATH,
            form: |_, _| vec![("slug", "food".into())],
            allowed: EVERYONE,
            photo: false,
        },
        Rule {
            path: app::catalog::api::GetProduct::PATH,
            form: |_, _| vec![("slug", "mango-pickle-khorpa".into())],
            allowed: EVERYONE,
            photo: false,
        },
        Rule {
            path: app::groups::api::GetGroupProfile::PATH,
            form: |_, _| vec![("slug", "maa-durga-shg-khorpa".into())],
            allowed: EVERYONE,
            photo: false,
        },
        Rule {
            path: app::accounts::api::RequestCode::PATH,
            form: |_, n| vec![("phone", fresh_phone(n))],
            allowed: EVERYONE,
            photo: false,
        },
        Rule {
            path: app::accounts::api::GetDemoCode::PATH,
            form: |_, n| vec![("phone", fresh_phone(n))],
            allowed: EVERYONE,
            photo: false,
        },
        Rule {
            path: app::accounts::api::VerifyCode::PATH,
            form: |_, _| vec![("phone", "9000000001".into()), ("code", "123456".into())],
            allowed: EVERYONE,
            photo: false,
        },
        Rule {
            path: app::accounts::api::PasswordSignIn::PATH,
            form: |_, _| vec![("phone", "9000000001".into()), ("password", "not-the-password".into())],
            allowed: EVERYONE,
            photo: false,
        },
        Rule { path: app::accounts::api::SignOut::PATH, form: none, allowed: EVERYONE, photo: false },
        Rule { path: app::accounts::api::WhoAmI::PATH, form: none, allowed: EVERYONE, photo: false },
        // An official's second factor.
        Rule {
            path: app::accounts::api::VerifySecondFactor::PATH,
            form: |_, _| vec![("code", "000000".into())],
            allowed: OFFICIALS,
            photo: false,
        },
        Rule { path: app::accounts::api::GetSecondFactorSetup::PATH, form: none, allowed: OFFICIALS, photo: false },
        Rule { path: app::accounts::api::BeginSecondFactor::PATH, form: none, allowed: OFFICIALS, photo: false },
        Rule {
            path: app::accounts::api::ConfirmSecondFactor::PATH,
            form: |_, _| vec![("code", "000000".into())],
            allowed: OFFICIALS,
            photo: false,
        },
        // One's own account.
        Rule { path: app::accounts::api::SignOutEverywhere::PATH, form: none, allowed: SIGNED_IN, photo: false },
        Rule { path: app::accounts::api::GetAccount::PATH, form: none, allowed: SIGNED_IN, photo: false },
        Rule {
            path: app::accounts::api::UpdateProfile::PATH,
            form: |_, _| vec![("name", "A Name".into()), ("lang", "hi".into())],
            allowed: SIGNED_IN,
            photo: false,
        },
        Rule {
            path: app::accounts::api::AddAddress::PATH,
            form: |_, n| {
                vec![
                    ("name", "Receiver".into()),
                    ("phone", fresh_phone(n)),
                    ("line1", "House 9, Station Road".into()),
                    ("city", "Raipur".into()),
                    ("district", "Raipur".into()),
                    ("state_id", "1".into()),
                    ("pincode", "492001".into()),
                ]
            },
            allowed: SIGNED_IN,
            photo: false,
        },
        // Only the owner of the address.
        Rule {
            path: app::accounts::api::DeleteAddress::PATH,
            form: |t, _| vec![("address_id", t.sunita_address.clone())],
            allowed: &[Shopper],
            photo: false,
        },
        Rule {
            path: app::accounts::api::SetPassword::PATH,
            form: |_, _| {
                vec![
                    ("current", haat_server::demo::people::PASSWORD.into()),
                    ("new_password", "Gond-art-Nangur-24".into()),
                ]
            },
            allowed: SIGNED_IN,
            photo: false,
        },
        Rule {
            path: app::accounts::api::RegisterAsTrader::PATH,
            form: |t, _| {
                vec![
                    ("business_name", "Verma Stores".into()),
                    ("gstin", "27AAPFU0939F1ZV".into()),
                    ("district_id", t.raipur_district.clone()),
                ]
            },
            allowed: &[Shopper],
            photo: false,
        },
        // A seller's group; its leader manages members (of her own group only).
        Rule { path: app::accounts::api::GetMyGroup::PATH, form: none, allowed: SELLERS, photo: false },
        Rule {
            path: app::accounts::api::AddGroupMember::PATH,
            form: |_, n| vec![("name", "New Member".into()), ("phone", fresh_phone(n))],
            allowed: LEADERS,
            photo: false,
        },
        Rule {
            path: app::accounts::api::RemoveGroupMember::PATH,
            form: |t, _| vec![("user_id", t.rekha.clone())],
            allowed: &[RaipurLeader],
            photo: false,
        },
        // Officials, within their scope.
        Rule { path: app::accounts::api::GetPeople::PATH, form: none, allowed: OFFICIALS, photo: false },
        Rule {
            path: app::accounts::api::CreateFirstMember::PATH,
            form: |t, n| {
                vec![
                    ("group_id", t.unstaffed_raipur_group.clone()),
                    ("name", "First Member".into()),
                    ("phone", fresh_phone(n)),
                ]
            },
            allowed: OVER_RAIPUR,
            photo: false,
        },
        Rule {
            path: app::accounts::api::VerifyTrader::PATH,
            form: |t, _| vec![("trader_id", t.raipur_trader.clone())],
            allowed: OVER_RAIPUR,
            photo: false,
        },
        Rule {
            path: app::accounts::api::CreateOffice::PATH,
            form: |t, n| {
                vec![
                    ("name_hi", format!("स्वास्थ्य कार्यालय {n}")),
                    ("name_en", format!("Health Office {n}")),
                    ("department", "health".into()),
                    ("district_id", t.raipur_district.clone()),
                    ("address_line", "Kalibadi Chowk".into()),
                    ("pincode", "492001".into()),
                ]
            },
            allowed: OVER_RAIPUR,
            photo: false,
        },
        Rule {
            path: app::accounts::api::CreateOfficeUser::PATH,
            form: |t, n| {
                vec![
                    ("office_id", t.raipur_office.clone()),
                    ("name", "Office Clerk".into()),
                    ("phone", fresh_phone(n)),
                    ("indenter", "on".into()),
                ]
            },
            allowed: OVER_RAIPUR,
            photo: false,
        },
        // The seller workspace: a group's own listings only.
        Rule { path: app::listings::api::GetMyListings::PATH, form: none, allowed: SELLERS, photo: false },
        Rule {
            path: app::listings::api::GetListingEditor::PATH,
            form: |t, _| vec![("id", t.raipur_listing.clone())],
            allowed: RAIPUR_SELLERS,
            photo: false,
        },
        Rule { path: app::listings::api::SaveListing::PATH, form: listing_form, allowed: RAIPUR_SELLERS, photo: false },
        Rule {
            path: app::listings::api::DuplicateListing::PATH,
            form: |t, _| vec![("id", t.raipur_listing.clone())],
            allowed: RAIPUR_SELLERS,
            photo: false,
        },
        Rule {
            path: app::listings::api::SubmitListing::PATH,
            form: |t, _| vec![("id", t.raipur_listing.clone())],
            allowed: RAIPUR_SELLERS,
            photo: false,
        },
        Rule {
            path: app::listings::api::PauseListing::PATH,
            form: |t, _| vec![("id", t.raipur_listing.clone())],
            allowed: RAIPUR_SELLERS,
            photo: false,
        },
        Rule {
            path: app::listings::api::ResumeListing::PATH,
            form: |t, _| vec![("id", t.raipur_listing.clone())],
            allowed: RAIPUR_SELLERS,
            photo: false,
        },
        Rule {
            path: app::listings::api::ChangeStock::PATH,
            form: |t, _| vec![("id", t.raipur_listing.clone()), ("delta", "1".into())],
            allowed: RAIPUR_SELLERS,
            photo: false,
        },
        Rule {
            path: app::listings::api::UploadPhotos::PATH,
            form: |t, _| vec![("listing_id", t.raipur_listing.clone())],
            allowed: RAIPUR_SELLERS,
            photo: true,
        },
        Rule {
            path: app::listings::api::ChangePhoto::PATH,
            form: |t, _| {
                vec![("id", t.raipur_listing.clone()), ("photo_id", t.raipur_photo.clone()), ("how", "cover".into())]
            },
            allowed: RAIPUR_SELLERS,
            photo: false,
        },
        Rule { path: app::listings::api::ImportListings::PATH, form: none, allowed: SELLERS, photo: true },
        Rule {
            path: app::listings::api::GetImportReport::PATH,
            form: |t, _| vec![("id", t.raipur_import.clone())],
            allowed: RAIPUR_SELLERS,
            photo: false,
        },
        // The cart: anyone's own (found from the caller, never from an id).
        Rule { path: app::cart::api::GetCart::PATH, form: none, allowed: EVERYONE, photo: false },
        Rule {
            path: app::cart::api::AddToCart::PATH,
            form: |t, _| vec![("product_id", t.raipur_listing.clone()), ("qty", "1".into())],
            allowed: EVERYONE,
            photo: false,
        },
        Rule { path: app::cart::api::GetCartCount::PATH, form: none, allowed: EVERYONE, photo: false },
        Rule {
            path: app::cart::api::UpdateCart::PATH,
            form: |t, _| vec![("product_id", t.raipur_listing.clone()), ("qty", "0".into())],
            allowed: EVERYONE,
            photo: false,
        },
        // Checkout and orders: the buyer, the group's sellers, officials over the group.
        Rule {
            path: app::orders::api::GetCheckout::PATH,
            form: |t, _| {
                vec![
                    ("address", t.sunita_address.clone()),
                    (per_group("delivery", t), "courier".into()),
                    (per_group("payment", t), "upi".into()),
                ]
            },
            allowed: SIGNED_IN,
            photo: false,
        },
        // Whether goods reach the caller's own address (nothing for a visitor).
        Rule {
            path: app::orders::api::GetReach::PATH,
            form: |t, _| vec![("product_id", t.raipur_listing.clone())],
            allowed: EVERYONE,
            photo: false,
        },
        Rule {
            path: app::orders::api::PlaceOrder::PATH,
            // A total that is not the orders': the refusal path, which
            // changes nothing, whoever calls.
            form: |t, _| {
                vec![
                    ("address_id", t.sunita_address.clone()),
                    ("key", "k".repeat(32)),
                    ("total", "0".into()),
                    (per_group("delivery", t), "pickup".into()),
                    (per_group("payment", t), "cod".into()),
                ]
            },
            allowed: SIGNED_IN,
            photo: false,
        },
        Rule {
            path: app::orders::api::GetCheckoutDone::PATH,
            form: |t, _| vec![("id", t.sunita_checkout.clone())],
            allowed: &[Shopper],
            photo: false,
        },
        Rule { path: app::orders::api::GetOrders::PATH, form: none, allowed: SIGNED_IN, photo: false },
        Rule { path: app::orders::api::GetInbox::PATH, form: none, allowed: SIGNED_IN, photo: false },
        Rule { path: app::orders::api::GetEarnings::PATH, form: none, allowed: SELLERS, photo: false },
        Rule {
            path: app::orders::api::ClaimUpiPayment::PATH,
            form: |t, _| vec![("number", t.sunita_upi_unpaid.clone()), ("utr", "412356789012".into())],
            allowed: &[Shopper],
            photo: false,
        },
        Rule {
            path: app::orders::api::UpiNotReceived::PATH,
            form: |t, _| vec![("number", t.sunita_upi_claimed.clone())],
            allowed: RAIPUR_SELLERS,
            photo: false,
        },
        // An order paid in two parts: its buyer gives the balance's UTR, the
        // group's sellers record the balance received.
        Rule {
            path: app::orders::api::ClaimBalancePayment::PATH,
            form: |t, _| vec![("number", t.trader_advance_order.clone()), ("utr", "412356789014".into())],
            allowed: &[Trader],
            photo: false,
        },
        Rule {
            path: app::orders::api::RecordBalance::PATH,
            form: |t, _| vec![("number", t.trader_advance_order.clone()), ("received", "yes".into())],
            allowed: RAIPUR_SELLERS,
            photo: false,
        },
        // The advance the group asks traders: its sellers see it, its leader sets it.
        Rule { path: app::orders::api::GetAdvanceTerms::PATH, form: none, allowed: SELLERS, photo: false },
        Rule {
            path: app::orders::api::SetAdvanceTerms::PATH,
            form: |_, _| vec![("percent", "30".into()), ("balance", "before_dispatch".into())],
            allowed: LEADERS,
            photo: false,
        },
        Rule { path: app::orders::api::GetUnread::PATH, form: none, allowed: EVERYONE, photo: false },
        Rule {
            path: app::orders::api::GetOrder::PATH,
            form: |t, _| vec![("number", t.sunita_order.clone())],
            allowed: &[Shopper, RaipurLeader, RaipurMember, RaipurOfficial, ChhattisgarhOfficial],
            photo: false,
        },
        Rule {
            path: app::orders::api::OrderStep::PATH,
            form: |t, _| vec![("number", t.sunita_order.clone()), ("step", "Accept".into())],
            allowed: RAIPUR_SELLERS,
            photo: false,
        },
        Rule {
            path: app::payments::api::GetInvoice::PATH,
            form: |t, _| vec![("number", t.sunita_sent.clone())],
            allowed: &[Shopper, RaipurLeader, RaipurMember, RaipurOfficial, ChhattisgarhOfficial],
            photo: false,
        },
        Rule {
            path: app::payments::api::GetProforma::PATH,
            form: |t, _| vec![("number", t.sunita_order.clone())],
            allowed: &[Shopper, RaipurLeader, RaipurMember, RaipurOfficial, ChhattisgarhOfficial],
            photo: false,
        },
        // Government purchase: a department user of the office by duty
        // (Anita writes and sanctions, the store keeper receives, the
        // paying officer pays); officials over the supplying group read.
        Rule {
            path: app::procurement::api::GetProcureHome::PATH,
            form: none,
            allowed: &[Department, Consignee, PayingOfficer],
            photo: false,
        },
        Rule {
            path: app::procurement::api::GetIndentSearch::PATH,
            form: |_, _| vec![("q", "pickle".into())],
            allowed: &[Department],
            photo: false,
        },
        Rule {
            path: app::procurement::api::AddIndentLine::PATH,
            form: |t, _| {
                vec![
                    ("indent", t.procure_draft.clone()),
                    ("product", t.raipur_listing.clone()),
                    ("qty", "2".into()),
                    ("consignee", t.collectorate_consignee.clone()),
                ]
            },
            allowed: &[Department],
            photo: false,
        },
        Rule {
            path: app::procurement::api::SaveIndent::PATH,
            form: |t, _| {
                vec![
                    ("id", t.procure_draft.clone()),
                    ("needed_by", "2100-01-01".into()),
                    ("budget_head", "2235-02-102".into()),
                ]
            },
            allowed: &[Department],
            photo: false,
        },
        Rule {
            path: app::procurement::api::IndentStep::PATH,
            form: |t, _| vec![("id", t.procure_draft.clone()), ("step", "withdraw".into())],
            allowed: &[Department],
            photo: false,
        },
        Rule {
            path: app::procurement::api::GetIndent::PATH,
            form: |t, _| vec![("id", t.procure_ordered.clone())],
            allowed: &[Department, Consignee, PayingOfficer, RaipurOfficial, ChhattisgarhOfficial],
            photo: false,
        },
        Rule {
            path: app::procurement::api::GetSupply::PATH,
            form: |t, _| vec![("order_id", t.procure_supply.clone())],
            allowed: &[Department, Consignee, PayingOfficer, RaipurOfficial, ChhattisgarhOfficial],
            photo: false,
        },
        Rule {
            path: app::procurement::api::ReceiveSupply::PATH,
            form: |t, _| vec![("order_id", t.procure_supply.clone())],
            allowed: &[Consignee],
            photo: false,
        },
        Rule {
            path: app::procurement::api::AcceptSupply::PATH,
            form: |t, _| vec![("order_id", t.procure_supply.clone())],
            allowed: &[Consignee],
            photo: false,
        },
        Rule {
            path: app::procurement::api::PayBill::PATH,
            form: |t, _| vec![("order_id", t.procure_supply.clone()), ("reference", "PFMS/1".into())],
            allowed: &[PayingOfficer],
            photo: false,
        },
        Rule { path: app::procurement::api::GetDepartmentOrders::PATH, form: none, allowed: OFFICIALS, photo: false },
        Rule {
            path: app::monitoring::api::GetMonitorNow::PATH,
            form: |_, _| vec![("wait", "to_accept".into())],
            allowed: OFFICIALS,
            photo: false,
        },
        Rule {
            path: app::monitoring::api::GetMonitorSales::PATH,
            form: |_, _| vec![("query[period]", "fy".into())],
            allowed: OFFICIALS,
            photo: false,
        },
        Rule {
            path: app::monitoring::flow_api::GetMonitorFlow::PATH,
            form: |_, _| vec![("period", "week".into()), ("channel", "trade".into())],
            allowed: OFFICIALS,
            photo: false,
        },
        Rule {
            path: app::monitoring::targets_api::GetMonitorTargets::PATH,
            form: |_, _| vec![("measure", "groups".into())],
            allowed: OFFICIALS,
            photo: false,
        },
        Rule {
            path: app::monitoring::targets_api::SetBlockTargets::PATH,
            form: |t, _| {
                vec![
                    ("block", t.raipur_block.clone()),
                    ("fy", "2026".into()),
                    ("groups", "4".into()),
                    ("listings", "20".into()),
                    ("sales", "500000".into()),
                ]
            },
            allowed: OVER_RAIPUR,
            photo: false,
        },
        Rule {
            path: app::monitoring::summary_api::GetMonitorSummary::PATH,
            form: none,
            allowed: OFFICIALS,
            photo: false,
        },
        Rule {
            path: app::monitoring::quality_api::GetMonitorQuality::PATH,
            form: |_, _| vec![("period", "week".into())],
            allowed: OFFICIALS,
            photo: false,
        },
        Rule { path: app::procurement::api::GetPurchaseRules::PATH, form: none, allowed: OFFICIALS, photo: false },
        Rule {
            path: app::procurement::api::SetPurchaseRules::PATH,
            form: |_, _| {
                vec![
                    ("direct", "25000".into()),
                    ("lowest", "500000".into()),
                    ("comparable", "3".into()),
                    ("window", "30".into()),
                    ("accept_days", "10".into()),
                    ("pay_days", "10".into()),
                    ("deemed", "on".into()),
                ]
            },
            allowed: &[ChhattisgarhOfficial],
            photo: false,
        },
        // The quality review: officials over the listing's group.
        Rule { path: app::listings::api::GetReviewQueue::PATH, form: none, allowed: OFFICIALS, photo: false },
        Rule {
            path: app::listings::api::GetListingForReview::PATH,
            form: |t, _| vec![("id", t.raipur_listing.clone())],
            allowed: OVER_RAIPUR,
            photo: false,
        },
        Rule {
            path: app::listings::api::ApproveListing::PATH,
            form: |t, _| vec![("id", t.raipur_in_review.clone())],
            allowed: OVER_RAIPUR,
            photo: false,
        },
        Rule {
            path: app::listings::api::RejectListing::PATH,
            form: |t, _| vec![("id", t.raipur_in_review.clone()), ("reason", "photos".into())],
            allowed: OVER_RAIPUR,
            photo: false,
        },
        // Search words serve the whole country: any official; a built-in
        // pair is removed only by a state official.
        Rule { path: app::search::api::GetSearchWords::PATH, form: none, allowed: OFFICIALS, photo: false },
        // Suggestions read only live listings: the storefront is public.
        Rule {
            path: app::search::api::GetSuggestions::PATH,
            form: |_, _| vec![("q", "pick".into())],
            allowed: EVERYONE,
            photo: false,
        },
        Rule {
            path: app::search::api::AddSynonym::PATH,
            form: |_, _| vec![("one", "kairi".into()), ("other", "aam".into())],
            allowed: OFFICIALS,
            photo: false,
        },
        Rule {
            path: app::search::api::RemoveSynonym::PATH,
            form: |t, _| vec![("id", t.built_in_synonym.clone())],
            allowed: &[ChhattisgarhOfficial],
            photo: false,
        },
        // The trade table answers anyone signed in: a verified trader with
        // rows, everyone else with why not (no rows: tests/api/trade.rs).
        Rule {
            path: app::trade::api::GetTrade::PATH,
            form: |_, _| {
                vec![
                    ("query[q]", "petticoat".into()),
                    ("query[qty]", "100".into()),
                    ("query[sort]", "Landed".into()),
                    ("query[desc]", "false".into()),
                    ("query[ships_only]", "false".into()),
                    ("query[stock_only]", "false".into()),
                    ("query[page]", "1".into()),
                ]
            },
            allowed: SIGNED_IN,
            photo: false,
        },
        // Calling hours for orders by phone: the group's sellers see them,
        // its leader sets them (another group's leader sets her own).
        Rule { path: app::groups::api::GetCallHours::PATH, form: none, allowed: SELLERS, photo: false },
        Rule {
            path: app::groups::api::SetCallHours::PATH,
            form: |_, _| vec![("from", "10".into()), ("to", "18".into())],
            allowed: LEADERS,
            photo: false,
        },
        // Orders taken on the phone: any seller, for her own group's listings.
        Rule {
            path: app::orders::phone::GetPhoneOrder::PATH,
            form: |_, _| vec![("phone", "9000000005".into())],
            allowed: SELLERS,
            photo: false,
        },
        Rule {
            path: app::orders::phone::PlacePhoneOrder::PATH,
            form: |t, n| {
                vec![
                    ("phone", "9000000005".into()),
                    ("address_id", t.sunita_address.clone()),
                    ("key", format!("access-phone-key-{n:06}")),
                    ("payment", "cod".into()),
                ]
            },
            allowed: SELLERS,
            photo: false,
        },
        // Placing a split: the verified trader only (an unverified trader
        // is told no: tests/api/trade.rs).
        Rule {
            path: app::trade::api::PlaceTradeBuy::PATH,
            form: |t, n| {
                vec![
                    ("address_id", t.sunita_address.clone()),
                    ("key", format!("access-split-key-{n:06}")),
                    ("total", "0".into()),
                    ("payment", "cod".into()),
                    ("line[1]", "1".into()),
                ]
            },
            allowed: &[Trader],
            photo: false,
        },
        // Requests for quotes: each side its own list (anyone signed in
        // hears why not from the trader's), one quote for its trader, its
        // group and the officials over it; a step only by the side whose
        // step it is (tests/api/quotes.rs walks a whole negotiation).
        Rule { path: app::trade::quote_api::GetTraderQuotes::PATH, form: none, allowed: SIGNED_IN, photo: false },
        Rule { path: app::trade::quote_api::GetGroupQuotes::PATH, form: none, allowed: SELLERS, photo: false },
        Rule { path: app::trade::quote_api::GetUnansweredQuotes::PATH, form: none, allowed: OFFICIALS, photo: false },
        Rule {
            path: app::trade::quote_api::GetQuote::PATH,
            form: |t, _| vec![("id", t.raipur_quote.clone())],
            allowed: &[Trader, RaipurLeader, RaipurMember, RaipurOfficial, ChhattisgarhOfficial],
            photo: false,
        },
        Rule {
            path: app::trade::quote_api::AskQuotes::PATH,
            form: |t, n| {
                vec![
                    ("key", format!("access-ask-key-{n:06}")),
                    ("qty", "1000".into()),
                    ("address_id", t.trader_address.clone()),
                    (per_listing("ask", t), "1".into()),
                ]
            },
            allowed: &[Trader],
            photo: false,
        },
        Rule {
            path: app::trade::quote_api::AnswerQuote::PATH,
            form: |t, _| {
                vec![
                    ("id", t.raipur_quote.clone()),
                    ("version", "0".into()),
                    ("step", "offer".into()),
                    ("price", "150".into()),
                    ("qty", "500".into()),
                    ("days", "5".into()),
                    ("until", app::dates::iso_day(app::dates::day_of(app::db::now_ms()) + 3)),
                ]
            },
            allowed: RAIPUR_SELLERS,
            photo: false,
        },
        Rule {
            path: app::trade::quote_api::AcceptQuote::PATH,
            form: |t, n| {
                vec![
                    ("id", t.raipur_quote.clone()),
                    ("version", "0".into()),
                    ("key", format!("access-accept-key-{n:06}")),
                    ("total", "0".into()),
                    ("payment", "cod".into()),
                ]
            },
            allowed: &[Trader],
            photo: false,
        },
    ]
}

/// A field named for the Raipur group's first listing (`ask[12]`). Leaked, like [`per_group`].
fn per_listing(name: &str, t: &Targets) -> &'static str {
    Box::leak(format!("{name}[{}]", t.raipur_listing).into_boxed_str())
}

/// Refused means 401, 403, or 404 for something that is not hers (which
/// does not even admit it exists). Anything else got past the access check.
fn refused(status: u16) -> bool {
    matches!(status, 401 | 403 | 404)
}

#[test]
fn every_server_function_has_a_rule() {
    let registered: BTreeSet<String> =
        leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path.to_string()).collect();
    let specified: BTreeSet<String> = spec().iter().map(|r| r.path.to_string()).collect();
    let missing: Vec<&String> = registered.difference(&specified).collect();
    let stale: Vec<&String> = specified.difference(&registered).collect();
    assert!(missing.is_empty(), "server functions without an access rule in this table: {missing:?}");
    assert!(stale.is_empty(), "rules for server functions that do not exist: {stale:?}");
}

#[tokio::test]
async fn every_server_function_refuses_everyone_its_rule_does_not_allow() {
    let mut failures = Vec::new();
    let mut n = 0;
    for rule in spec() {
        // A fresh app per function: what one caller changes cannot decide another's answer.
        let running = spawn_app(Engine::Sqlite).await;
        let app = running.app.clone();
        let targets = targets(&app).await;
        // Everyone signs in first: a call may remove a login (a member), and
        // that person must then be refused, not missing from the table.
        let mut cookies = Vec::new();
        for &who in EVERYONE {
            cookies.push(match phone(who) {
                Some(phone) => Some(app.session_for(phone).await),
                None => None,
            });
        }
        for (&who, cookie) in EVERYONE.iter().zip(cookies) {
            n += 1;
            let form = (rule.form)(&targets, n);
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let answer = if rule.photo {
                // Uploads: the fields, then a real photo (or, for the CSV import, a file).
                let file = if rule.path.ends_with("import_listings") {
                    (
                        "file",
                        "listings.csv",
                        b"category,title_hi,description_hi,unit_hi,price,market_price,gst_rate,stock\n".to_vec(),
                    )
                } else {
                    ("photo", "photo.jpg", crate::helpers::jpeg(64, 48))
                };
                app.multipart(rule.path, &form, &[file], cookie.as_deref(), "application/json").await
            } else {
                app.call(rule.path, &form, cookie.as_deref()).await
            };
            let expected_allowed = rule.allowed.contains(&who);
            if refused(answer.status) == expected_allowed {
                failures.push(format!(
                    "{} as {who:?}: status {} but expected {} ({})",
                    rule.path,
                    answer.status,
                    if expected_allowed { "allowed" } else { "refused" },
                    answer.body.chars().take(160).collect::<String>()
                ));
            }
        }
        running.stop().await;
    }
    assert!(failures.is_empty(), "{} access mismatches:\n{}", failures.len(), failures.join("\n"));
}
