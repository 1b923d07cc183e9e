//! Checkout and order server functions. The buyer sees and acts on her own
//! orders; the sellers of a group on their group's; officials on the orders
//! of groups in their scope. An order someone may not see is "not found".

use crate::error::AppError;
use crate::orders::types::*;
use leptos::prelude::*;
use std::collections::HashMap;

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    pub use crate::accounts::access;
    pub use crate::accounts::types::{Caller, Scope};
    pub use crate::error::AppError;
    pub use crate::i18n::Text;
    pub use crate::orders::payment::payment_allows;
    pub use crate::orders::state::{next, Actor, Step};
    pub use crate::orders::{checkout, notify, steps, store};
    pub use crate::state::{db, respond};

    /// How the caller stands to an order (or 404 if she may not see it).
    pub async fn relation(number: &str) -> Result<(Caller, i64, Vec<(Actor, crate::orders::types::Viewer)>), AppError> {
        use crate::orders::types::Viewer;
        let caller = access::signed_in().await?;
        let (order_id, buyer, group, place) = store::order_parties(&db()?, number).await?.ok_or(AppError::NotFound)?;
        let mut as_whom = Vec::new();
        if caller.user_id == buyer {
            as_whom.push((Actor::Buyer, Viewer::Buyer));
        }
        if matches!(caller.scope, Scope::Group { group_id, .. } if group_id == group) {
            as_whom.push((Actor::Group, Viewer::Group));
        }
        if caller.role.is_official() && access::covers(&caller.scope, &place.into()) {
            as_whom.push((Actor::Official, Viewer::Official));
        }
        if as_whom.is_empty() {
            tracing::warn!(user = caller.user_id, number, "refused: not her order");
            return Err(AppError::NotFound);
        }
        Ok((caller, order_id, as_whom))
    }

    /// The caller and the order, if she is its `party` (the buyer, or a
    /// seller of its group); 403 if she may only see it, 404 if not even that.
    pub async fn as_party(number: &str, party: Actor) -> Result<(Caller, i64), AppError> {
        let (caller, order_id, as_whom) = relation(number).await?;
        if !as_whom.iter().any(|(actor, _)| *actor == party) {
            return Err(AppError::Forbidden);
        }
        Ok((caller, order_id))
    }

    /// A UTR as the buyer typed it, or why it is not one.
    pub fn parse_utr(typed: &str) -> Result<crate::payments::upi::Utr, AppError> {
        crate::payments::upi::Utr::parse(typed).map_err(|message| AppError::validation("utr", message))
    }
}

/// The checkout page: the cart, the buyer's addresses, and each group's
/// deliveries priced for the chosen address, with the delivery and payment
/// she chose (`delivery[<group id>]`, `payment[<group id>]`, sent by the
/// page's "see the total" button) or the defaults, and what it all comes
/// to. Signed-in people.
#[server(prefix = "/api", endpoint = "checkout")]
pub async fn get_checkout(
    address: Option<i64>,
    #[server(default)] delivery: HashMap<String, String>,
    #[server(default)] payment: HashMap<String, String>,
) -> Result<CheckoutView, AppError> {
    use crate::money::Money;
    use crate::orders::choice;
    use crate::orders::delivery::DeliveryMethod;
    use ssr::*;
    respond(
        async {
            let caller = access::signed_in().await?;
            let db = db()?;
            let cart_id = crate::cart::api::ssr::cart_id().await?;
            let cart = crate::cart::store::view(&db, cart_id).await?;
            let addresses = crate::accounts::addresses::addresses_of(&db, caller.user_id).await?;
            let address_id =
                address.filter(|a| addresses.iter().any(|x| x.id == *a)).or(addresses.first().map(|a| a.id));
            let online = crate::state::app_state()?.config.gateway.is_some();
            let delivery = choice::by_group(&delivery, DeliveryMethod::parse);
            let payment = choice::by_group(&payment, PaymentMethod::parse);
            let mut quotes = Vec::new();
            if let Some(id) = address_id {
                if let Some(ship_to) = checkout::ship_to(&db, caller.user_id, id).await? {
                    let items = cart.items();
                    quotes = checkout::quote(&db, &items, &ship_to)
                        .await?
                        .into_iter()
                        .map(|offer| {
                            let asked = (delivery.get(&offer.group_id).copied(), payment.get(&offer.group_id).copied());
                            choice::quote(offer, asked, online)
                        })
                        .collect();
                }
            }
            let total = choice::checkout_total(quotes.iter().map(|q| (q.goods, q.fee.unwrap_or(Money::ZERO))));
            let (key, _) = crate::accounts::session::ssr::new_token();
            Ok(CheckoutView { cart, addresses, address_id, quotes, total, key, online })
        }
        .await,
    )
}

/// Whether the goods can reach the caller's first saved address, group by
/// group: of one product (`product_id`, at its minimum order) for its page,
/// or of her cart. `None` for someone signed out or with no address.
#[server(prefix = "/api", endpoint = "reach")]
pub async fn get_reach(product_id: Option<i64>) -> Result<Option<Reach>, AppError> {
    use ssr::*;
    respond(
        async {
            let Ok(caller) = access::signed_in().await else { return Ok(None) };
            let db = db()?;
            let addresses = crate::accounts::addresses::addresses_of(&db, caller.user_id).await?;
            let Some(address) = addresses.first() else { return Ok(None) };
            let Some(ship_to) = checkout::ship_to(&db, caller.user_id, address.id).await? else { return Ok(None) };
            let items: Vec<(i64, i64)> = match product_id {
                Some(id) => {
                    let min = crate::catalog::store::min_order_qty(&db, id).await?.ok_or(AppError::NotFound)?;
                    vec![(id, min)]
                }
                None => {
                    let cart = crate::cart::store::view(&db, crate::cart::api::ssr::cart_id().await?).await?;
                    cart.items()
                }
            };
            let offers = checkout::quote(&db, &items, &ship_to).await?;
            let groups = offers.iter().map(crate::orders::choice::reach).collect();
            Ok(Some(Reach { pincode: ship_to.pincode, groups }))
        }
        .await,
    )
}

/// Places the cart as one order per group, with each group's chosen
/// delivery and payment (`delivery[<group id>]`, `payment[<group id>]`).
/// `total` is the amount the page showed (in paise): if the orders would come to
/// anything else, nothing is placed and she is sent back to see the true
/// total (her choices kept). `key` makes a resent form place nothing twice.
/// Signed-in people, with their own address.
#[server(prefix = "/api", endpoint = "place_order")]
pub async fn place_order(
    address_id: i64,
    key: String,
    total: String,
    #[server(default)] delivery: HashMap<String, String>,
    #[server(default)] payment: HashMap<String, String>,
) -> Result<Placed, AppError> {
    use crate::catalog::query::encode_component;
    use crate::orders::choice::{self, GroupChoice};
    use crate::orders::delivery::DeliveryMethod;
    use ssr::*;
    respond(
        async {
            let caller = access::signed_in().await?;
            let db = db()?;
            let ship_to = checkout::ship_to(&db, caller.user_id, address_id).await?.ok_or_else(|| {
                AppError::validation("address", Text::new("डिलीवरी का पता चुनें", "Choose a delivery address"))
            })?;
            // In paise, as the page writes it.
            let shown =
                choice::shown_total(&total).ok_or_else(|| AppError::bad_request("checkout total unreadable"))?;
            // Online payment only where a gateway is configured.
            let online = crate::state::app_state()?.config.gateway.is_some();
            let deliveries = choice::by_group(&delivery, DeliveryMethod::parse);
            let payments = choice::by_group(&payment, PaymentMethod::parse);
            if payments.values().any(|p| *p == PaymentMethod::Gateway && !online) {
                return Err(AppError::validation("payment", Text::new("भुगतान का तरीक़ा चुनें", "Choose how to pay")));
            }
            let mut choices = HashMap::new();
            for (group, delivery) in deliveries {
                let payment = *payments.get(&group).ok_or_else(crate::orders::errors::choose_payment)?;
                choices.insert(group, GroupChoice { delivery, payment });
            }
            let key =
                crate::orders::choice::form_key(&key).ok_or_else(|| AppError::bad_request("missing checkout key"))?;
            let cart_id = crate::cart::api::ssr::cart_id().await?;
            let cart = crate::cart::store::view(&db, cart_id).await?;
            let items = cart.items();
            let request = checkout::Checkout {
                buyer_id: caller.user_id,
                idempotency_key: key.clone(),
                ship_to,
                items,
                choices,
                made: HashMap::new(),
                po_number: None,
                entered_by: None,
                agreed: HashMap::new(),
                // A cart is a retail purchase: a group's advance is for the
                // trade channels (a split, a quote, an order by phone).
                channel: crate::orders::types::OrderChannel::Retail,
            };
            let mut tx = db.begin().await?;
            let placement = checkout::place(&mut tx, &request).await?;
            let charged = choice::checkout_total(placement.orders.iter().map(|o| (o.goods, o.delivery_fee)));
            if !placement.resent && charged != shown {
                // Not what she was shown (she changed a choice without seeing
                // the new total, or a price or fee changed): place nothing.
                drop(tx);
                tracing::info!(user = caller.user_id, %shown, %charged, "checkout total changed; nothing placed");
                let mut query = vec![("address".to_string(), address_id.to_string())];
                for (group, GroupChoice { delivery, payment }) in &request.choices {
                    query.push((format!("delivery[{group}]"), delivery.as_str().into()));
                    query.push((format!("payment[{group}]"), payment.as_str().into()));
                }
                query.push(("was".into(), shown.to_paise().to_string()));
                let query: Vec<String> =
                    query.iter().map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v))).collect();
                let query = query.join("&");
                leptos_axum::redirect(&format!("/checkout?{query}#total"));
                return Ok(Placed::TotalChanged { total: charged });
            }
            // The ordered lines leave the cart in the orders' own transaction.
            // A resent form ordered nothing now, so it leaves the cart alone
            // (lines added since the first attempt stay to be ordered).
            if let (Some(cart_id), false) = (cart_id, placement.resent) {
                let ordered: Vec<i64> = request.items.iter().map(|(id, _)| *id).collect();
                crate::cart::store::remove(&mut tx, cart_id, &ordered).await?;
            }
            let checkout_id = checkout::checkout_id(&mut tx, caller.user_id, &key).await?;
            tx.commit().await?;
            match placement.orders.as_slice() {
                // One order to pay online: straight to its payment.
                [only] if only.payment == PaymentMethod::Gateway => {
                    leptos_axum::redirect(&format!("/orders/{}", only.number))
                }
                _ => leptos_axum::redirect(&format!("/checkout/done/{checkout_id}")),
            }
            Ok(Placed::Orders { checkout_id })
        }
        .await,
    )
}

/// The orders a checkout made: the confirmation page. Their buyer only.
#[server(prefix = "/api", endpoint = "checkout_done")]
pub async fn get_checkout_done(id: i64) -> Result<Vec<OrderSummary>, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::signed_in().await?;
            let orders = store::of_checkout(&db()?, caller.user_id, id).await?;
            if orders.is_empty() {
                return Err(AppError::NotFound);
            }
            Ok(orders)
        }
        .await,
    )
}

/// The caller's order lists: her purchases; her group's orders (sellers);
/// the orders in her scope (officials). Signed-in people.
#[server(prefix = "/api", endpoint = "orders")]
pub async fn get_orders() -> Result<OrdersPage, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::signed_in().await?;
            let db = db()?;
            let group = match caller.scope {
                Scope::Group { group_id, .. } => Some(store::for_group(&db, group_id).await?),
                _ => None,
            };
            let scope =
                if caller.role.is_official() { Some(store::for_scope(&db, &caller.scope).await?) } else { None };
            Ok(OrdersPage { mine: store::for_buyer(&db, caller.user_id).await?, group, scope })
        }
        .await,
    )
}

/// One order with its timeline and the steps the caller may take.
/// Its buyer, its group's sellers, officials over the group.
#[server(prefix = "/api", endpoint = "order")]
pub async fn get_order(number: String) -> Result<OrderDetail, AppError> {
    use ssr::*;
    respond(
        async {
            let (_, order_id, as_whom) = relation(&number).await?;
            // The most hands-on view: the group's page for a seller, then the buyer's.
            let viewer = as_whom.iter().map(|(_, v)| *v).min_by_key(|v| match v {
                Viewer::Group => 0,
                Viewer::Buyer => 1,
                Viewer::Official => 2,
            });
            let mut detail =
                store::detail(&db()?, order_id, viewer.unwrap_or(Viewer::Buyer)).await?.ok_or(AppError::NotFound)?;
            let upi = store::upi_details(&db()?, order_id).await?;
            // A department's supply order: its office and consignee, beside the order.
            if let Some(supply) =
                crate::procurement::supply::supply_order(&mut *db()?.pool.acquire().await?, order_id).await?
            {
                let mut conn = db()?.pool.acquire().await?;
                let office = crate::procurement::offices::office_address(&mut conn, supply.office_id).await?;
                let consignee: Option<String> = sqlx::query_scalar("SELECT name FROM users WHERE id = $1")
                    .bind(supply.consignee_id)
                    .fetch_optional(&mut *conn)
                    .await?;
                let returned = crate::procurement::supply::lines(&mut conn, order_id)
                    .await?
                    .into_iter()
                    .filter(|l| l.returned() > 0)
                    .map(|l| (l.title.clone(), l.returned(), l.reason))
                    .collect();
                detail.government = office.map(|office| crate::orders::types::GovernmentSupply {
                    office: office.name,
                    consignee: consignee.unwrap_or_default(),
                    indent_number: supply.indent_number,
                    returned,
                });
            }
            let utr_given = upi.as_ref().is_some_and(|(_, _, utr)| utr.is_some());
            let holds_dispatch = detail.part_payment.as_ref().is_some_and(|p| p.holds_dispatch());
            detail.actions = Step::ALL
                .into_iter()
                .filter(|step| {
                    as_whom.iter().any(|(actor, _)| {
                        payment_allows(*step, *actor, detail.payment, utr_given, holds_dispatch).is_ok()
                            && next(detail.status, *step, *actor).is_ok()
                    })
                })
                .collect();
            if let Some((vpa, payee, utr)) = upi {
                // An order paid in two parts asks its advance first.
                let amount = detail.part_payment.as_ref().map_or(detail.total, |p| p.advance);
                detail.upi = Some(upi_payment(&vpa, &payee, amount, &detail.number, utr)?);
            }
            let is_buyer = as_whom.iter().any(|(actor, _)| *actor == Actor::Buyer);
            if let (true, Some(part)) = (is_buyer, &detail.part_payment) {
                if part.balance_utr.is_none() {
                    if let Some((vpa, payee)) = store::balance_upi(&db()?, order_id).await? {
                        detail.balance_upi = Some(upi_payment(&vpa, &payee, part.balance, &detail.number, None)?);
                    }
                }
            }
            if is_buyer
                && detail.payment == PaymentMethod::Gateway
                && detail.status == crate::orders::state::OrderStatus::AwaitingPayment
            {
                detail.online = online_payment(&detail).await?;
            }
            detail.invoice = crate::payments::store::invoice_number_of(&db()?, order_id).await?;
            Ok(detail)
        }
        .await,
    )
}

/// A UPI payment of `amount` to the group for an order: the pay link and its QR code.
#[cfg(feature = "ssr")]
fn upi_payment(
    vpa: &str,
    payee: &str,
    amount: crate::money::Money,
    number: &str,
    utr: Option<String>,
) -> Result<UpiPayment, AppError> {
    let vpa = crate::groups::upi::Vpa::parse(vpa).map_err(|_| AppError::Internal)?;
    let link = crate::payments::upi::pay_link(&vpa, payee, amount, number, "Haat order");
    let qr_svg = qrcode::QrCode::new(link.as_bytes())
        .map_err(|_| AppError::Internal)?
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build();
    Ok(UpiPayment { vpa: vpa.as_str().to_string(), link, qr_svg, utr })
}

/// The gateway's checkout form for an order awaiting online payment. The
/// gateway's order is created here, on first need; if the gateway can't be
/// reached the page still renders and says so.
#[cfg(feature = "ssr")]
async fn online_payment(detail: &OrderDetail) -> Result<Option<OnlinePayment>, AppError> {
    let state = crate::state::app_state()?;
    let Some(gateway) = state.config.gateway.clone() else { return Ok(None) };
    let order_id = match crate::payments::gateway::gateway_order_for(&state.db, &gateway, detail.id).await {
        Ok(id) => Some(id),
        Err(AppError::Unavailable { .. }) => None,
        Err(other) => return Err(other),
    };
    Ok(Some(OnlinePayment {
        checkout_url: gateway.checkout_url(),
        key_id: gateway.key_id.clone(),
        order_id,
        amount_paise: detail.total.to_paise(),
        merchant: format!("Haat · {}", detail.group.en),
        description: format!("Order {}", detail.number),
        callback_url: gateway.callback_url(),
        contact: detail.ship_to.phone.clone(),
    }))
}

/// Takes one step on an order (accept, pack, dispatch, deliver, cancel,
/// reject…) as whoever the caller is to it. A rejection needs a reason.
#[server(prefix = "/api", endpoint = "order_step")]
pub async fn order_step(
    number: String,
    step: String,
    note: Option<String>,
    courier_name: Option<String>,
    tracking_number: Option<String>,
    tracking_url: Option<String>,
) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, order_id, as_whom) = relation(&number).await?;
            let step = Step::parse(&step).ok_or_else(|| AppError::bad_request("unknown step"))?;
            let status = steps::status_of(&db()?, order_id).await?;
            // Permission first (may she ever take this step?), then timing.
            let capable: Vec<Actor> =
                as_whom.iter().map(|(a, _)| *a).filter(|a| crate::orders::state::may_ever(step, *a)).collect();
            let actor = capable
                .iter()
                .copied()
                .find(|a| next(status, step, *a).is_ok())
                .or_else(|| capable.first().copied())
                .ok_or(AppError::Forbidden)?;
            let note: String = note.unwrap_or_default().trim().chars().take(500).collect();
            if step == Step::Reject && note.chars().count() < 3 {
                return Err(AppError::validation(
                    "note",
                    Text::new("ऑर्डर लौटाने का कारण लिखें: ख़रीदार को बताया जाएगा", "Write why: the buyer will be told"),
                ));
            }
            let dispatch = (step == Step::Dispatch).then(|| Dispatch {
                courier_name: courier_name.unwrap_or_default().trim().chars().take(60).collect(),
                tracking_number: tracking_number.unwrap_or_default().trim().chars().take(60).collect(),
                tracking_url: tracking_url.unwrap_or_default().trim().chars().take(300).collect(),
            });
            if let Some(d) = &dispatch {
                if !d.tracking_url.is_empty() && !d.tracking_url.starts_with("https://") {
                    return Err(AppError::validation(
                        "tracking_url",
                        Text::new("ट्रैकिंग लिंक https:// से शुरू होना चाहिए", "The tracking link must start with https://"),
                    ));
                }
            }
            let mut tx = db()?.begin().await?;
            steps::advance(&mut tx, order_id, step, actor, Some(caller.user_id), &note, dispatch.as_ref()).await?;
            if step == Step::Dispatch {
                // A government supply on its way: its consignee is the one to receive it.
                crate::procurement::supply::tell_consignee_dispatched(&mut tx, order_id, crate::db::now_ms()).await?;
            }
            tx.commit().await?;
            leptos_axum::redirect(&format!("/orders/{number}?saved={}", format!("{step:?}").to_lowercase()));
            Ok(())
        }
        .await,
    )
}

/// The caller's notices, newest first; opening them marks them read.
/// Signed-in people (each her own).
#[server(prefix = "/api", endpoint = "inbox")]
pub async fn get_inbox() -> Result<Vec<Notice>, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::signed_in().await?;
            let db = db()?;
            let (notices, _) = notify::inbox(&db, caller.user_id).await?;
            notify::mark_read(&db, caller.user_id, crate::db::now_ms()).await?;
            Ok(notices)
        }
        .await,
    )
}

/// How many unread notices the caller has (0 for a visitor): the bell's count. Anyone.
#[server(prefix = "/api", endpoint = "unread")]
pub async fn get_unread() -> Result<i64, AppError> {
    use ssr::*;
    respond(
        async {
            access::anyone();
            match access::caller().await? {
                Some(caller) => Ok(notify::unread_count(&db()?, caller.user_id).await?),
                None => Ok(0),
            }
        }
        .await,
    )
}

/// The buyer's UTR after paying the group by UPI. The order's buyer only.
#[server(prefix = "/api", endpoint = "claim_upi_payment")]
pub async fn claim_upi_payment(number: String, utr: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, order_id) = as_party(&number, Actor::Buyer).await?;
            let utr = parse_utr(&utr)?;
            let mut tx = db()?.begin().await?;
            steps::claim_upi(&mut tx, order_id, caller.user_id, utr.as_str()).await?;
            tx.commit().await?;
            leptos_axum::redirect(&format!("/orders/{number}?saved=utr"));
            Ok(())
        }
        .await,
    )
}

/// The group did not receive the UPI money the buyer reported. The
/// group's sellers only.
#[server(prefix = "/api", endpoint = "upi_not_received")]
pub async fn upi_not_received(number: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, order_id) = as_party(&number, Actor::Group).await?;
            let mut tx = db()?.begin().await?;
            steps::upi_not_received(&mut tx, order_id, caller.user_id).await?;
            tx.commit().await?;
            leptos_axum::redirect(&format!("/orders/{number}?saved=not_received"));
            Ok(())
        }
        .await,
    )
}

/// The buyer's UTR after paying the balance of an order paid in two parts
/// by UPI. The order's buyer only.
#[server(prefix = "/api", endpoint = "claim_balance_payment")]
pub async fn claim_balance_payment(number: String, utr: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, order_id) = as_party(&number, Actor::Buyer).await?;
            let utr = parse_utr(&utr)?;
            let mut tx = db()?.begin().await?;
            steps::claim_balance(&mut tx, order_id, caller.user_id, utr.as_str()).await?;
            tx.commit().await?;
            leptos_axum::redirect(&format!("/orders/{number}?saved=balance_utr"));
            Ok(())
        }
        .await,
    )
}

/// The group records the balance received (`received` = "yes"), by UPI
/// when the buyer gave a UTR, else in cash; or says the UTR the buyer gave
/// brought no money (`received` = "no"). The group's sellers only.
#[server(prefix = "/api", endpoint = "record_balance")]
pub async fn record_balance(number: String, received: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, order_id) = as_party(&number, Actor::Group).await?;
            let mut tx = db()?.begin().await?;
            let saved = match received.trim() {
                "yes" => {
                    steps::balance_received(&mut tx, order_id, caller.user_id).await?;
                    "balance"
                }
                "no" => {
                    steps::balance_not_received(&mut tx, order_id, caller.user_id).await?;
                    "balance_not_received"
                }
                _ => return Err(AppError::bad_request("received must be yes or no")),
            };
            tx.commit().await?;
            leptos_axum::redirect(&format!("/orders/{number}?saved={saved}"));
            Ok(())
        }
        .await,
    )
}

/// What the advance panel of `/sell` shows: the advance the group asks on
/// trade orders, when the balance is due, whether it has a UPI id (an
/// advance needs one), and whether this seller (the leader) may change it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AdvanceSettings {
    pub terms: Option<crate::orders::advance::AdvanceTerms>,
    pub balance: crate::orders::advance::BalanceDue,
    pub takes_upi: bool,
    pub leader: bool,
}

/// The advance the caller's group asks on trade orders. Its sellers.
#[server(prefix = "/api", endpoint = "advance_terms")]
pub async fn get_advance_terms() -> Result<AdvanceSettings, AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, group_id) = access::seller_of_own_group().await?;
            let (terms, balance, takes_upi) = store::advance_settings(&db()?, group_id).await?;
            let leader = matches!(caller.scope, Scope::Group { leader: true, .. });
            Ok(AdvanceSettings { terms, balance, takes_upi, leader })
        }
        .await,
    )
}

/// Sets the advance the group asks on trade orders placed from now on
/// (`percent`: empty or 0 for none; `balance`: when the rest is due). Its
/// leader only; an advance needs the group's UPI id.
#[server(prefix = "/api", endpoint = "set_advance_terms")]
pub async fn set_advance_terms(
    #[server(default)] percent: String,
    #[server(default)] balance: String,
) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (_, group_id) = access::leader_of_own_group().await?;
            let terms = crate::orders::advance::parse_terms(&percent, &balance)
                .map_err(|message| AppError::validation("percent", message))?;
            let db = db()?;
            let (_, _, takes_upi) = store::advance_settings(&db, group_id).await?;
            if terms.is_some() && !takes_upi {
                return Err(AppError::validation(
                    "percent",
                    Text::new(
                        "अग्रिम UPI से आता है: पहले ज़िला कार्यालय से समूह का UPI पता जुड़वाएँ",
                        "An advance comes by UPI: ask the district office to add the group's UPI id first",
                    ),
                ));
            }
            let mut tx = db.begin().await?;
            store::set_advance_terms(&mut tx, group_id, terms).await?;
            tx.commit().await?;
            leptos_axum::redirect("/sell?saved=advance#advance");
            Ok(())
        }
        .await,
    )
}

/// The group's earnings by month, and the online payments Haat owes it.
/// Its sellers.
#[server(prefix = "/api", endpoint = "earnings")]
pub async fn get_earnings() -> Result<Earnings, AppError> {
    use ssr::*;
    respond(
        async {
            let (_, group_id) = access::seller_of_own_group().await?;
            let db = db()?;
            Ok(Earnings {
                months: store::earnings(&db, group_id).await?,
                online_due: store::online_due(&db, group_id).await?,
            })
        }
        .await,
    )
}
