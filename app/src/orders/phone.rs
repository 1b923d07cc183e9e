//! `/sell/phone-order`: a group member enters an order a registered trader
//! gave on the phone. She finds the trader by mobile number, picks one of
//! the trader's saved addresses and her group's listings, and places it;
//! the order is the trader's, like any other, and records who entered it.

use crate::error::AppError;
use crate::i18n::{t, text as common, use_lang};
use crate::orders::text;
use crate::orders::types::*;
use crate::ui::forms::{form_error, query_param, FormError};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use std::collections::HashMap;

/// The phone-order form: the caller's group's live listings, and the
/// trader with this mobile number, if one is registered. Sellers.
#[server(prefix = "/api", endpoint = "phone_order")]
pub async fn get_phone_order(phone: Option<String>) -> Result<PhoneOrderView, AppError> {
    use crate::state::{db, respond};
    respond(
        async {
            let (caller, group_id) = crate::accounts::access::seller_of_own_group().await?;
            let db = db()?;
            let listings = crate::orders::phone_store::listings(&db, group_id).await?;
            let terms = crate::orders::checkout::group_terms(&mut *db.pool.acquire().await?, group_id).await?;
            let (key, _) = crate::accounts::session::ssr::new_token();
            let mut view = PhoneOrderView {
                listings,
                phone: phone.clone(),
                trader: None,
                notice: None,
                takes_upi: terms.upi_vpa.is_some(),
                advance: terms.advance,
                key,
            };
            let Some(phone) = phone.filter(|p| !p.trim().is_empty()) else { return Ok(view) };
            // Who looked up which number: a trail if sellers ever go fishing.
            tracing::info!(seller = caller.user_id, group = group_id, phone = %phone.trim(), "phone order: trader looked up");
            match find_trader(&db, &phone).await? {
                Ok(trader) => view.trader = Some(trader),
                Err(notice) => view.notice = Some(notice),
            }
            Ok(view)
        }
        .await,
    )
}

/// The registered trader with this mobile number and her saved addresses,
/// or why there is none, in words.
#[cfg(feature = "ssr")]
async fn find_trader(db: &crate::db::Db, phone: &str) -> Result<Result<PhoneTrader, crate::i18n::Text>, AppError> {
    use crate::i18n::Text;
    let phone = match crate::groups::phone::Phone::parse(phone) {
        Ok(phone) => phone,
        Err(why) => return Ok(Err(why)),
    };
    let user = crate::accounts::store::user_by_phone(db, phone.as_str()).await?;
    let trader = match &user {
        Some(user) => crate::accounts::people::trader(db, user.id).await?,
        None => None,
    };
    let Some(trader) = trader else {
        return Ok(Err(Text::new(
            "इस नंबर पर कोई पंजीकृत व्यापारी नहीं है। उनसे पहले हाट पर व्यापारी के रूप में पंजीकरण करने को कहें।",
            "No registered trader has this number. Ask them to register on Haat as a trader first.",
        )));
    };
    let addresses = crate::accounts::addresses::addresses_of(db, trader.user_id)
        .await?
        .into_iter()
        .map(|a| (a.id, format!("{}, {} {}", a.city, a.district, a.pincode)))
        .collect();
    Ok(Ok(PhoneTrader {
        user_id: trader.user_id,
        name: trader.name,
        business: trader.business_name,
        verified: trader.verified,
        addresses,
    }))
}

/// Places an order taken on the phone: the listed quantities
/// (`line[<listing id>]`) of the caller's own group's listings, for the
/// registered trader with mobile `phone`, to her saved address
/// `address_id`, delivered the cheapest way that reaches her, paid
/// `payment` (cash on delivery, or UPI to the group). One order, in one
/// transaction under `key` (a resent form places nothing twice); the
/// order records the member who entered it. Sellers.
#[server(prefix = "/api", endpoint = "place_phone_order")]
pub async fn place_phone_order(
    phone: String,
    address_id: i64,
    key: String,
    payment: String,
    #[server(default)] line: HashMap<String, String>,
) -> Result<String, AppError> {
    use crate::i18n::Text;
    use crate::orders::checkout;
    use crate::orders::choice::{default_delivery, GroupChoice};
    use crate::state::{db, respond};
    respond(
        async {
            let (caller, group_id) = crate::accounts::access::seller_of_own_group().await?;
            let db = db()?;
            let key =
                crate::orders::choice::form_key(&key).ok_or_else(|| AppError::bad_request("missing order key"))?;
            let trader = find_trader(&db, &phone).await?.map_err(|why| AppError::validation("phone", why))?;
            let ship_to = checkout::ship_to(&db, trader.user_id, address_id).await?.ok_or_else(|| {
                AppError::validation(
                    "address",
                    Text::new("व्यापारी का एक पता चुनें", "Choose one of the trader's addresses"),
                )
            })?;
            // Only her own group's listings on sale, each quantity a whole number.
            let listings = crate::orders::phone_store::listings(&db, group_id).await?;
            let mut items = Vec::new();
            for (id, qty) in &line {
                let qty = qty.trim();
                if qty.is_empty() {
                    continue;
                }
                let listing = id.trim().parse::<i64>().ok().and_then(|id| listings.iter().find(|l| l.id == id));
                let Some(listing) = listing else { return Err(AppError::NotFound) };
                let qty = crate::i18n::latin_digits(qty).parse::<i64>().ok().filter(|q| (0..=1_000_000).contains(q));
                let Some(qty) = qty else {
                    return Err(AppError::validation(
                        "line",
                        Text::new("मात्रा पूरी संख्या में लिखें", "Enter each quantity as a whole number"),
                    ));
                };
                if qty > 0 {
                    items.push((listing.id, qty));
                }
            }
            if items.is_empty() {
                return Err(AppError::validation(
                    "line",
                    Text::new("कम से कम एक उत्पाद की मात्रा लिखें", "Enter a quantity for at least one product"),
                ));
            }
            // Cash, UPI in full, or the advance the group asks (checked again at placing).
            let payment = PaymentMethod::parse(payment.trim())
                .filter(|p| *p != PaymentMethod::Gateway)
                .ok_or_else(crate::orders::errors::choose_payment)?;
            // Delivered the cheapest way that reaches her (collecting only when nothing does).
            let offer = checkout::quote(&db, &items, &ship_to).await?.into_iter().next().ok_or(AppError::Internal)?;
            let delivery = default_delivery(&offer.options)
                .ok_or_else(|| AppError::validation("delivery", crate::orders::errors::delivery_not_available()))?;
            let request = checkout::Checkout {
                buyer_id: trader.user_id,
                idempotency_key: format!("phone{key}"),
                ship_to,
                items,
                choices: HashMap::from([(group_id, GroupChoice { delivery, payment })]),
                made: HashMap::new(),
                po_number: None,
                entered_by: Some(caller.user_id),
                agreed: HashMap::new(),
                channel: crate::orders::types::OrderChannel::Trade,
            };
            let mut tx = db.begin().await?;
            let placement = checkout::place(&mut tx, &request).await?;
            tx.commit().await?;
            let number = placement.orders.first().map(|o| o.number.clone()).ok_or(AppError::Internal)?;
            leptos_axum::redirect(&format!("/orders/{number}"));
            Ok(number)
        }
        .await,
    )
}

#[component]
pub fn PhoneOrderPage() -> impl IntoView {
    let phone = query_param("phone");
    view! {
        <Title text=format!("{} · {}", t(text::PHONE_ORDER), t(common::SITE_NAME))/>
        {loaded(move || get_phone_order(phone.clone()), |view| view! { <PhoneOrderForm view/> })}
    }
}

#[component]
fn PhoneOrderForm(view: PhoneOrderView) -> impl IntoView {
    let lang = use_lang();
    let PhoneOrderView { listings, phone, trader, notice, takes_upi, advance, key } = view;
    let payments = crate::orders::choice::trade_payments(takes_upi, advance);
    view! {
        <section class="editor phone-order">
            <p class="workspace__back"><a href="/sell">"‹ " {t(crate::listings::text::MY_LISTINGS)}</a></p>
            <h1>{t(text::PHONE_ORDER)}</h1>
            <p class="hint">{t(text::PHONE_ORDER_HELP)}</p>
            <FormError error={form_error::<PlacePhoneOrder>()}/>
            <form method="get" action="/sell/phone-order" class="pair">
                <label class="field"><span>{t(text::TRADER_PHONE)}</span>
                    <input type="tel" name="phone" inputmode="tel" value=phone.clone().unwrap_or_default() required/></label>
                <button type="submit" class="button button--quiet">{t(text::FIND_TRADER)}</button>
            </form>
            {notice.map(|n| view! { <p class="notice notice--warn" role="status">{n.get(lang).to_string()}</p> })}
            {trader.map(|trader| {
                let phone = phone.clone().unwrap_or_default();
                view! {
                    <p class="panel">
                        <strong>{trader.business.clone()}</strong> " · " {trader.name.clone()} <br/>
                        <small class="muted">{if trader.verified { t(text::TRADER_VERIFIED) } else { t(text::TRADER_NOT_VERIFIED) }}</small>
                    </p>
                    {if trader.addresses.is_empty() {
                        view! { <p class="notice">{t(text::TRADER_NO_ADDRESS)}</p> }.into_any()
                    } else {
                        view! {
                            <form method="post" action=PlacePhoneOrder::PATH class="stack" autocomplete="off">
                                <input type="hidden" name="phone" value=phone/>
                                <input type="hidden" name="key" value=key.clone()/>
                                <fieldset class="stack">
                                    <legend>{t(text::DELIVER_TO_TRADER)}</legend>
                                    {trader.addresses.iter().enumerate().map(|(i, (id, label))| view! {
                                        <label class="radio">
                                            <input type="radio" name="address_id" value=*id checked=i == 0 required/>
                                            <span>{label.clone()}</span>
                                        </label>
                                    }).collect_view()}
                                </fieldset>
                                <table class="report phone-order__lines">
                                    <thead><tr>
                                        <th scope="col">{t(text::ITEMS)}</th>
                                        <th scope="col">{t(crate::listings::text::PRICE_PER_UNIT_RS)}</th>
                                        <th scope="col">{t(text::QTY_ORDERED)}</th>
                                    </tr></thead>
                                    <tbody>
                                        {listings.iter().map(|l| view! {
                                            <tr>
                                                <td>{l.title.get(lang).to_string()} <br/>
                                                    <small class="muted">{l.unit.get(lang).to_string()} " · " {text::in_stock(lang, l.on_hand)}</small></td>
                                                <td>{l.price.format(lang)}</td>
                                                <td><input type="text" inputmode="numeric" name=format!("line[{}]", l.id) class="phone-order__qty"
                                                    placeholder=l.min_order_qty.to_string()
                                                    aria-label=format!("{} · {}", t(text::QTY_ORDERED), l.title.get(lang))/></td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                                <fieldset class="stack">
                                    <legend>{t(text::PAYMENT_FOR)}</legend>
                                    {advance.map(|terms| view! {
                                        <p class="hint">{t(text::GROUP_ASKS)} " " {terms.describe().get(lang).to_string()}</p>
                                    })}
                                    {payments.iter().enumerate().map(|(i, p)| view! {
                                        <label class="radio">
                                            <input type="radio" name="payment" value=p.as_str() checked=i == 0/>
                                            <span>{t(p.label())}</span>
                                        </label>
                                    }).collect_view()}
                                </fieldset>
                                <button type="submit" class="button button--wide">{t(text::PLACE_PHONE_ORDER)}</button>
                            </form>
                        }.into_any()
                    }}
                }
            })}
        </section>
    }
}
