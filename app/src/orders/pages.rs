//! `/checkout`, `/checkout/done/:id`, `/orders` and `/orders/:number`.

use crate::dates::date_time;
use crate::i18n::{t, text as common, use_lang, Lang};
use crate::money::Money;
use crate::orders::api::*;
use crate::orders::delivery::DeliveryMethod;
use crate::orders::state::Step;
use crate::orders::text;
use crate::orders::types::*;
use crate::ui::forms::{form_error, FormError};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

fn fee_label(lang: Lang, fee: Money) -> String {
    if fee == Money::ZERO {
        t(text::FREE).to_string()
    } else {
        fee.format(lang)
    }
}

#[component]
pub fn CheckoutPage() -> impl IntoView {
    // `address_id` is what "see the total" sends (the place form's field).
    let address = crate::ui::forms::query_param("address")
        .or_else(|| crate::ui::forms::query_param("address_id"))
        .and_then(|a| a.parse::<i64>().ok());
    let delivery = crate::ui::forms::query_fields("delivery");
    let payment = crate::ui::forms::query_fields("payment");
    let was = crate::ui::forms::query_param("was");
    view! {
        <Title text=format!("{} · {}", t(text::CHECKOUT), t(common::SITE_NAME))/>
        {loaded(
            move || get_checkout(address, delivery.clone(), payment.clone()),
            move |view| view! { <CheckoutBody view was=was.clone()/> },
        )}
    }
}

#[component]
fn CheckoutBody(view: CheckoutView, was: Option<String>) -> impl IntoView {
    let lang = use_lang();
    if view.cart.groups.is_empty() {
        return view! {
            <section class="cart"><h1>{t(text::CHECKOUT)}</h1><p>{t(crate::cart::text::EMPTY)}</p>
            <p><a class="button" href="/products">{t(crate::cart::text::KEEP_SHOPPING)}</a></p></section>
        }
        .into_any();
    }
    if view.addresses.is_empty() {
        return view! {
            <section class="cart"><h1>{t(text::CHECKOUT)}</h1><p>{t(text::ADD_ADDRESS_FIRST)}</p>
            <p><a class="button" href="/account?next=/checkout#addresses">{t(text::ADD_ADDRESS)}</a></p></section>
        }
        .into_any();
    }
    let address_id = view.address_id.unwrap_or_default();
    // Sent back by placing: the total it found was not the one shown.
    let changed = was
        .and_then(|w| w.parse::<i64>().ok())
        .map(Money::from_paise)
        .filter(|w| *w != view.total)
        .map(|w| text::total_changed(lang, &w.format(lang), &view.total.format(lang)));
    let fees: Vec<crate::orders::total::GroupFees> = view
        .quotes
        .iter()
        .map(|q| {
            let fees = q.options.iter().filter_map(|o| o.fee.clone().ok().map(|f| (o.method, f.to_paise()))).collect();
            (q.group_id, q.goods.to_paise(), fees)
        })
        .collect();
    let chosen: Vec<(i64, DeliveryMethod)> =
        view.quotes.iter().filter_map(|q| q.delivery.map(|d| (q.group_id, d))).collect();
    let groups = view.cart.groups.iter().map(|group| {
        let quote = view.quotes.iter().find(|q| q.group_id == group.group_id).cloned();
        let door = quote.as_ref().is_some_and(|q| crate::orders::choice::reaches_door(&q.options));
        let nothing = quote.as_ref().is_some_and(|q| q.delivery.is_none());
        view! {
            <fieldset class="panel checkout-group">
                <legend>{t(crate::cart::text::FROM_GROUP)} " " <strong>{group.name.get(lang).to_string()}</strong></legend>
                <ul class="checkout-lines" role="list">
                    {group.lines.iter().map(|l| view! {
                        <li>{l.title.get(lang).to_string()} " × " {l.qty} " — " {l.line_total.format(lang)}</li>
                    }).collect_view()}
                </ul>
                // The goods as placing will price them (what the total adds up).
                <p class="cart-group__subtotal">{t(text::GOODS)} ": " {quote.as_ref().map_or(group.subtotal, |q| q.goods).format(lang)}</p>
                <p class="checkout-group__label">{t(text::DELIVERY_FOR)}</p>
                {(nothing).then(|| view! { <p class="notice">{t(text::NOTHING_POSSIBLE)}</p> })}
                {(!door && !nothing && quote.is_some()).then(|| view! { <p class="notice">{t(text::NO_DOOR_DELIVERY)}</p> })}
                {quote.clone().map(|q| q.options.into_iter().map(|o| {
                    let name = format!("delivery[{}]", group.group_id);
                    match o.fee {
                        Ok(fee) => view! {
                            <label class="radio">
                                <input type="radio" name=name value=o.method.as_str() checked=Some(o.method) == q.delivery required/>
                                <span>{t(text::method_label(o.method))} " — " <strong>{fee_label(lang, fee)}</strong></span>
                            </label>
                        }.into_any(),
                        Err(why) => view! {
                            <p class="radio radio--off"><span>{t(text::method_label(o.method))} " — "
                                {t(text::NOT_POSSIBLE)} ": " {why.get(lang).to_string()}</span></p>
                        }.into_any(),
                    }
                }).collect_view())}
                {quote.map(|q| {
                    let name = format!("payment[{}]", group.group_id);
                    view! {
                        <p class="checkout-group__label">{t(text::PAYMENT_FOR)}</p>
                        {q.payments.iter().map(|p| view! {
                            <label class="radio">
                                <input type="radio" name=name.clone() value=p.as_str() checked=*p == q.payment required/>
                                <span>{t(p.label())}
                                    {(*p == PaymentMethod::UpiToGroup).then(|| view! { <br/><small class="muted">{t(text::UPI_HOW)}</small> })}
                                    {(*p == PaymentMethod::Gateway).then(|| view! { <br/><small class="muted">{t(crate::payments::text::PAY_ONLINE_HOW)}</small> })}
                                </span>
                            </label>
                        }).collect_view()}
                    }
                })}
            </fieldset>
        }
    }).collect_view();
    view! {
        <section class="cart checkout">
            <h1>{t(text::CHECKOUT)}</h1>
            <FormError error={form_error::<PlaceOrder>()}/>
            {changed.map(|message| view! { <p class="form-error" role="alert">{message}</p> })}
            <section class="panel">
                <h2>{t(text::DELIVER_TO)}</h2>
                <form method="get" action="/checkout" class="stack">
                    {view.addresses.iter().map(|a| view! {
                        <label class="radio">
                            <input type="radio" name="address" value=a.id checked=a.id == address_id/>
                            <span><strong>{a.name.clone()}</strong> ", " {a.line1.clone()} ", " {a.city.clone()} ", "
                                {a.state.get(lang).to_string()} " " {a.pincode.clone()}</span>
                        </label>
                    }).collect_view()}
                    <button type="submit" class="button button--quiet button--small">{t(text::USE_ADDRESS)}</button>
                </form>
            </section>
            // autocomplete="off": a browser must not restore other radios than
            // the ones the total was computed for.
            <form method="post" action=PlaceOrder::PATH class="stack" autocomplete="off">
                <input type="hidden" name="address_id" value=address_id/>
                <input type="hidden" name="key" value=view.key.clone()/>
                <crate::orders::total::CheckoutTotal lang groups=fees chosen>
                    {groups}
                </crate::orders::total::CheckoutTotal>
                <p class="hint">{t(text::EVERY_CHARGE)}</p>
                <button type="submit" formmethod="get" formaction="/checkout" class="button button--quiet">{t(text::SEE_TOTAL)}</button>
                <button type="submit" class="button button--wide">{t(text::PLACE_ORDER)}</button>
            </form>
        </section>
    }
    .into_any()
}

/// Before checkout (product page, cart): whether one group's goods reach
/// her saved address, and if not, why and whether she can collect them.
#[component]
pub fn ReachNote(pincode: String, reach: GroupReach) -> impl IntoView {
    let lang = use_lang();
    match reach.door {
        Some((method, fee)) => view! {
            <p class="reach reach--ok">"✓ " {text::reaches_you(lang, &pincode, method, &fee_label(lang, fee))}</p>
        }
        .into_any(),
        None => view! {
            <div class="notice reach" role="note">
                <p><strong>{text::cannot_reach_you(lang, &pincode)}</strong></p>
                {reach.why_not.map(|why| view! { <p>{why.get(lang).to_string()}</p> })}
                {reach.pickup.then(|| view! { <p>{t(text::CAN_COLLECT)}</p> })}
            </div>
        }
        .into_any(),
    }
}

/// The product page's line on reaching her address (nothing for someone
/// signed out or without an address).
#[component]
pub fn ProductReach(product_id: i64) -> impl IntoView {
    loaded(
        move || async move { Ok(get_reach(Some(product_id)).await.ok().flatten()) },
        |reach: Option<Reach>| {
            reach.and_then(|r| {
                let pincode = r.pincode;
                r.groups.into_iter().next().map(|reach| view! { <ReachNote pincode reach/> })
            })
        },
    )
}

#[component]
pub fn CheckoutDonePage() -> impl IntoView {
    let id = use_params_map().read_untracked().get("id").and_then(|id| id.parse::<i64>().ok()).unwrap_or(0);
    view! {
        <Title text=format!("{} · {}", t(text::THANK_YOU), t(common::SITE_NAME))/>
        {loaded(move || get_checkout_done(id), |orders| view! {
            <section class="cart">
                <h1>"✓ " {t(text::THANK_YOU)}</h1>
                <p>{t(text::ONE_ORDER_EACH)}</p>
                {orders.iter().any(|o| o.status == crate::orders::state::OrderStatus::AwaitingPayment)
                    .then(|| view! { <p class="hint">{t(text::PAY_EACH)}</p> })}
                <OrderList orders/>
                <p><a class="button button--quiet" href="/orders">{t(text::MY_ORDERS)}</a></p>
            </section>
        })}
    }
}

#[component]
fn OrderList(orders: Vec<OrderSummary>) -> impl IntoView {
    let lang = use_lang();
    if orders.is_empty() {
        return view! { <p class="muted">{t(text::NO_ORDERS)}</p> }.into_any();
    }
    view! {
        <ul class="order-list" role="list">
            {orders.into_iter().map(|o| view! {
                <li class="order-row" class:order-row--overdue=o.overdue>
                    <a href=format!("/orders/{}", o.number)><strong>{o.number.clone()}</strong></a>
                    <span class=format!("badge order-badge--{}", o.status.as_str())>{t(text::status_label(o.status))}</span>
                    {o.overdue.then(|| view! { <span class="badge badge--rejected">{t(text::OVERDUE)}</span> })}
                    <span>{o.group.get(lang).to_string()}</span>
                    <span class="muted">{o.buyer.clone()} " · " {text::items_count(lang, o.items)} " · " {date_time(o.created_at, lang)}</span>
                    <strong>{o.total.format(lang)}</strong>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The group's inbox tabs: which statuses each shows ("new" shows every
/// order waiting on the group, `OrderSummary::waits_on_group`).
const TABS: [(&str, crate::i18n::Tr, &[crate::orders::state::OrderStatus]); 4] = {
    use crate::orders::state::OrderStatus as S;
    [
        ("new", text::TAB_NEW, &[]),
        ("pack", text::TAB_PACK, &[S::Accepted]),
        ("send", text::TAB_SEND, &[S::Packed]),
        ("all", text::TAB_ALL, &[]),
    ]
};

/// Whether an order belongs under a tab.
fn in_tab(code: &str, statuses: &[crate::orders::state::OrderStatus], order: &OrderSummary) -> bool {
    match code {
        "new" => order.waits_on_group,
        _ => statuses.is_empty() || statuses.contains(&order.status),
    }
}

/// A seller's inbox: new / to pack / to send / all, each with its count.
#[component]
fn GroupInbox(orders: Vec<OrderSummary>) -> impl IntoView {
    let tab = crate::ui::forms::query_param("tab").unwrap_or_else(|| "new".into());
    let (tab, _, wanted) = TABS.iter().find(|(code, _, _)| *code == tab).copied().unwrap_or(TABS[0]);
    let count = |code: &str, statuses: &[crate::orders::state::OrderStatus]| {
        orders.iter().filter(|o| in_tab(code, statuses, o)).count()
    };
    let chips = TABS
        .iter()
        .map(|(code, label, statuses)| {
            let active = *code == tab;
            view! {
                <a class="chip" class:chip--current=active href=format!("/orders?tab={code}") aria-current=active.then_some("page")>
                    {t(*label)} " (" {count(code, statuses)} ")"
                </a>
            }
        })
        .collect_view();
    let shown: Vec<OrderSummary> = orders.iter().filter(|o| in_tab(tab, wanted, o)).cloned().collect();
    view! {
        <h1>{t(text::GROUP_ORDERS)}</h1>
        <p><a class="button button--quiet button--small" href="/earnings">{t(text::EARNINGS)}</a></p>
        <nav class="chips" aria-label=t(text::GROUP_ORDERS)>{chips}</nav>
        <OrderList orders=shown/>
    }
}

#[component]
pub fn OrdersPage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::ORDERS), t(common::SITE_NAME))/>
        {loaded(get_orders, |page| {
            let works = page.group.is_some() || page.scope.is_some();
            view! {
            <section class="workspace">
                // The page's one h1 is its first section: the group's orders,
                // the area's, or (for a buyer) her own.
                {(!works).then(|| view! { <h1>{t(text::MY_ORDERS)}</h1> })}
                {page.group.map(|orders| view! { <GroupInbox orders/> })}
                {page.scope.map(|orders| view! { <h1>{t(text::SCOPE_ORDERS)}</h1> <OrderList orders/> })}
                {works.then(|| view! { <h2>{t(text::MY_ORDERS)}</h2> })}
                <OrderList orders=page.mine/>
            </section>
            }
        })}
    }
}

#[component]
pub fn OrderPage() -> impl IntoView {
    let number = use_params_map().read_untracked().get("number").unwrap_or_default();
    loaded(move || get_order(number.clone()), |order| view! { <OrderView order/> })
}

#[component]
fn OrderView(order: OrderDetail) -> impl IntoView {
    let lang = use_lang();
    let number = order.number.clone();
    let saved = crate::ui::forms::query_param("saved").is_some();
    let confirming_cancel = crate::ui::forms::query_param("confirm").as_deref() == Some("cancel");
    let group_next = crate::orders::state::groups_next_step(order.status).filter(|s| order.actions.contains(s));
    view! {
        <Title text=format!("{} {} · {}", t(text::ORDER), number, t(common::SITE_NAME))/>
        <section class="editor order">
            <p class="workspace__back"><a href="/orders">"‹ " {t(text::ORDERS)}</a></p>
            <h1>{t(text::ORDER)} " " {number.clone()}</h1>
            <p><span class=format!("badge order-badge--{}", order.status.as_str())>{t(text::status_label(order.status))}</span>
                " " {text::placed_on(lang, &date_time(order.created_at, lang))}</p>
            {order.po_number.clone().map(|po| view! { <p>{t(crate::payments::text::PO_NO)} ": " <strong>{po}</strong></p> })}
            {order.entered_by.clone().map(|name| view! { <p class="muted">{text::entered_by(lang, &name)}</p> })}
            {order.government.clone().map(|g| view! {
                <p class="notice notice--government"><span class="badge badge--government">{t(crate::procurement::text::GOVERNMENT_SUPPLY)}</span>
                    " " {g.office.get(lang).to_string()} " · " {t(crate::procurement::text::COL_CONSIGNEE)} ": " {g.consignee}
                    " · " {t(crate::procurement::text::INDENT)} " " {g.indent_number}</p>
                {(!g.returned.is_empty()).then(|| view! {
                    <div class="notice">
                        <p><strong>{t(crate::procurement::text::RETURNED_BY_OFFICE)}</strong></p>
                        <ul>{g.returned.iter().map(|(title, units, why)| view! {
                            <li>{format!("{units} × {} ({why})", title.get(lang))}</li>
                        }).collect_view()}</ul>
                    </div>
                })}
            })}
            // Placed by accepting a group's offer: the talk that set its price.
            {order.quote_id.map(|quote| {
                let side = match order.viewer {
                    Viewer::Buyer => "trade",
                    Viewer::Group => "sell",
                    Viewer::Official => "review",
                };
                view! {
                    <p class="muted">{t(crate::trade::text::FROM_QUOTE)} " "
                        <a href=format!("/{side}/quotes/{quote}")>{format!("{} {quote}", t(crate::trade::text::QUOTE))}</a></p>
                }
            })}
            {saved.then(|| view! { <p class="form-saved" role="status">"✓ " {t(text::STEP_DONE)}</p> })}
            <FormError error={form_error::<OrderStep>()}/>
            {payment_notice()}
            {order.upi.clone().map(|upi| {
                // An order paid in two parts asks its advance first.
                let total = order.part_payment.as_ref().map_or(order.total, |p| p.advance);
                view! { <UpiPanel upi number=number.clone() viewer=order.viewer total/> }
            })}
            {(order.part_payment.is_some() || !order.ledger.is_empty()).then(|| view! {
                <PaymentsPanel order=order.clone()/>
            })}
            {order.online.clone().map(|online| view! { <OnlinePanel online total=order.total/> })}
            {order.invoice.clone().map(|invoice| view! {
                <p class="panel invoice-link">{t(crate::payments::text::INVOICE)} " " <code>{invoice}</code> " · "
                    <a href=format!("/orders/{}/invoice", number)>{t(crate::payments::text::INVOICE)}</a> " · "
                    <a href=format!("/orders/{}/invoice.pdf", number) download>{t(crate::payments::text::DOWNLOAD_PDF)}</a></p>
            })}
            // Before the tax invoice: a proforma, for payment or a purchase approval.
            {(order.invoice.is_none() && !order.status.is_final()).then(|| view! {
                <p class="proforma-link">
                    <a href=format!("/orders/{}/proforma", number)>{t(crate::payments::text::PROFORMA_INVOICE)}</a> " · "
                    <a href=format!("/orders/{}/proforma.pdf", number) download>{t(crate::payments::text::DOWNLOAD_PDF)}</a></p>
            })}
            // The group's next step as one big button (dispatch asks for the courier first).
            {group_next.map(|step| {
                let number = number.clone();
                view! {
                    <form method="post" action=OrderStep::PATH class="panel next-step stack">
                        <input type="hidden" name="number" value=number/>
                        <input type="hidden" name="step" value=step.as_str()/>
                        {(step == Step::Dispatch && order.delivery == DeliveryMethod::Courier).then(|| view! {
                            <label class="field"><span>{t(text::COURIER_NAME)}</span><input type="text" name="courier_name" maxlength="60"/></label>
                            <label class="field"><span>{t(text::TRACKING_NUMBER)}</span><input type="text" name="tracking_number" maxlength="60"/></label>
                            <label class="field"><span>{t(text::TRACKING_URL)}</span><input type="url" name="tracking_url" maxlength="300" placeholder="https://"/></label>
                        })}
                        <button type="submit" class="button button--wide">{t(text::step_button(step))}</button>
                    </form>
                }
            })}
            <section class="panel">
                <h2>{t(text::ITEMS)}</h2>
                <table class="report">
                    <tbody>
                        {order.lines.iter().map(|l| view! {
                            <tr><td>{l.title.get(lang).to_string()} <br/><small class="muted">{l.unit.get(lang).to_string()} " · HSN " {l.hsn.clone()}</small>
                                {(l.made > 0).then(|| view! { <br/><small>{text::to_make(lang, l.qty - l.made, l.made)}</small> })}</td>
                                <td>{l.unit_price.format(lang)} " × " {l.qty}</td><td><strong>{l.total.format(lang)}</strong></td></tr>
                        }).collect_view()}
                        <tr><td colspan="2">{t(text::GOODS)}</td><td>{order.goods.format(lang)}</td></tr>
                        <tr><td colspan="2">{t(text::DELIVERY)} " — " {t(text::method_label(order.delivery))}</td><td>{fee_label(lang, order.delivery_fee)}</td></tr>
                        <tr><td colspan="2"><strong>{t(text::TOTAL)}</strong> " (" {t(order.payment.label())} ")"</td><td><strong>{order.total.format(lang)}</strong></td></tr>
                    </tbody>
                </table>
            </section>
            <dl class="facts">
                <dt>{t(text::FROM)}</dt><dd><a href=format!("/g/{}", order.group_slug)>{order.group.get(lang).to_string()}</a>
                    {(order.viewer != Viewer::Group).then(|| view! {
                        " · " <a href=format!("tel:+91{}", order.group_phone)>{t(text::CALL_GROUP)}</a>
                    })}</dd>
                // The group (and the official) can reach the buyer.
                {(order.viewer != Viewer::Buyer).then(|| view! {
                    <dt>{t(text::BUYER)}</dt><dd>{order.ship_to.name.clone()} " · "
                        <a href=format!("tel:+91{}", order.ship_to.phone)>{t(text::CALL_BUYER)} " " {order.ship_to.phone.clone()}</a></dd>
                })}
                {if order.delivery == DeliveryMethod::Pickup {
                    view! {
                        <dt>{t(text::COLLECT_FROM)}</dt><dd>{order.group.get(lang).to_string()} ", " {order.group_place.get(lang).to_string()}
                            <br/><small class="muted">{t(text::WHEN_TO_COLLECT)}</small></dd>
                    }.into_any()
                } else {
                    view! {
                        <dt>{t(text::DELIVER_TO)}</dt><dd>{order.ship_to.name.clone()} ", " {order.ship_to.line1.clone()} ", "
                            {order.ship_to.city.clone()} ", " {order.ship_state.get(lang).to_string()} " " {order.ship_to.pincode.clone()}</dd>
                    }.into_any()
                }}
                {order.courier_name.clone().map(|c| view! { <dt>{t(text::COURIER)}</dt><dd>{c} " " {order.tracking_number.clone().unwrap_or_default()}</dd> })}
            </dl>
            {order.tracking_url.clone().map(|url| view! { <p><a class="button button--quiet" href=url rel="noopener noreferrer">{t(text::TRACK)}</a></p> })}
            // Every other step open to this person: cancel, reject with a reason, returns.
            // (Confirming UPI money has its own panel above.)
            {order.actions.iter().copied().filter(|s| Some(*s) != group_next && *s != Step::Confirm).map(|step| {
                let number = number.clone();
                // Cancelling asks once: the button is a link to the question
                // (`?confirm=cancel`), which holds the real form.
                if step == Step::Cancel && !confirming_cancel {
                    return view! {
                        <p class="other-step"><a class="button button--danger" href="?confirm=cancel#confirm-cancel">{t(text::step_button(step))}</a></p>
                    }.into_any();
                }
                if step == Step::Cancel {
                    return view! {
                        <form method="post" action=OrderStep::PATH class="panel stack other-step" id="confirm-cancel">
                            <input type="hidden" name="number" value=number.clone()/>
                            <input type="hidden" name="step" value=step.as_str()/>
                            <p role="alert"><strong>{t(text::CANCEL_SURE)}</strong></p>
                            <button type="submit" class="button button--danger">{t(text::YES_CANCEL)}</button>
                            <a class="button button--quiet" href=format!("/orders/{number}")>{t(text::KEEP_ORDER)}</a>
                        </form>
                    }.into_any();
                }
                view! {
                    <form method="post" action=OrderStep::PATH class="stack other-step">
                        <input type="hidden" name="number" value=number/>
                        <input type="hidden" name="step" value=step.as_str()/>
                        {(step == Step::Reject).then(|| view! {
                            <label class="field"><span>{t(text::REJECT_REASON)}</span><input type="text" name="note" required minlength="3" maxlength="500"/></label>
                        })}
                        <button type="submit" class=if matches!(step, Step::Reject | Step::RefuseReturn) { "button button--danger" } else { "button button--quiet" }>
                            {t(text::step_button(step))}
                        </button>
                    </form>
                }.into_any()
            }).collect_view()}
            <section class="panel" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{t(text::TIMELINE)}</h2>
                <ol class="history" role="list">
                    {order.timeline.into_iter().rev().map(|e| view! {
                        <li><time>{date_time(e.at, lang)}</time> " · " <strong>{t(text::status_label(e.to))}</strong>
                            {e.actor.map(|a| view! { " · " {a} })}
                            {(!e.note.is_empty()).then(|| view! { <br/> <q>{e.note.clone()}</q> })}</li>
                    }).collect_view()}
                </ol>
            </section>
        </section>
    }
}

/// `/inbox`: what happened to the orders this person cares about.
#[component]
pub fn InboxPage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::INBOX), t(common::SITE_NAME))/>
        {loaded(get_inbox, |notices| {
            let lang = use_lang();
            view! {
                <section class="workspace">
                    <h1>{t(text::INBOX)}</h1>
                    {notices.is_empty().then(|| view! { <p class="muted">{t(text::NO_NOTICES)}</p> })}
                    <ul class="order-list" role="list">
                        {notices.into_iter().map(|n| view! {
                            <li class="order-row" class:notice--unread=n.unread>
                                <a href=n.link.clone()>{n.text.get(lang).to_string()}</a>
                                <span class="muted">{date_time(n.at, lang)}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })}
    }
}

/// The bell in the header, with the count of unread notices.
#[component]
pub fn Bell() -> impl IntoView {
    loaded(get_unread, |unread| {
        // The name is the words a screen reader says and the count she sees
        // ("Notices 2"): an aria-label would hide the visible count from it.
        view! {
            <a class="account-link bell" href="/inbox">
                // Drawn, not an emoji: phones without an emoji font show a box.
                <svg class="bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                    <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"/>
                </svg>
                <span class="visually-hidden">{t(text::INBOX)} " "</span>
                {(unread > 0).then(|| view! { <span class="bell__count">{unread}</span> })}
            </a>
        }
    })
}

/// Paying a group by UPI: for the buyer, the QR code, the button that opens
/// her UPI app and the UTR form; for the group, the UTR to check and
/// "received" / "not received".
/// What the gateway said, when the buyer comes back from it (`?payment=`).
fn payment_notice() -> Option<impl IntoView> {
    use crate::payments::text as pt;
    let (class, message) = match crate::ui::forms::query_param("payment")?.as_str() {
        "paid" => ("form-saved", pt::PAID_ONLINE),
        "failed" => ("form-error", pt::PAYMENT_FAILED),
        "refused" => ("form-error", pt::PAYMENT_REFUSED),
        "pending" => ("form-saved", pt::PAYMENT_PENDING),
        _ => return None,
    };
    Some(view! { <p class=class role="status">{t(message)}</p> })
}

/// Paying online: a plain form to the gateway's hosted checkout, so it
/// works without JavaScript too.
#[component]
fn OnlinePanel(online: OnlinePayment, total: Money) -> impl IntoView {
    use crate::payments::text as pt;
    let lang = use_lang();
    view! {
        <section class="panel online stack">
            <h2>{t(pt::PAY_ONLINE)} " · " {total.format(lang)}</h2>
            {match online.order_id.clone() {
                Some(order_id) => view! {
                    <form method="post" action=online.checkout_url.clone() class="stack">
                        <input type="hidden" name="key_id" value=online.key_id.clone()/>
                        <input type="hidden" name="order_id" value=order_id/>
                        <input type="hidden" name="amount" value=online.amount_paise.to_string()/>
                        <input type="hidden" name="currency" value="INR"/>
                        <input type="hidden" name="name" value=online.merchant.clone()/>
                        <input type="hidden" name="description" value=online.description.clone()/>
                        <input type="hidden" name="prefill[contact]" value=online.contact.clone()/>
                        <input type="hidden" name="callback_url" value=online.callback_url.clone()/>
                        <p class="hint">{t(pt::PAY_ONLINE_HOW)}</p>
                        <button type="submit" class="button button--wide">{t(pt::PAY_ONLINE)}</button>
                    </form>
                }.into_any(),
                None => view! { <p class="form-error" role="alert">{t(pt::GATEWAY_DOWN)}</p> }.into_any(),
            }}
        </section>
    }
}

/// Paying the group by UPI: its QR code, its UPI id, the pay link, and the
/// form for the UTR afterwards (`action`: the advance or whole order, or the balance).
#[component]
fn UpiPayForm(upi: UpiPayment, number: String, action: &'static str) -> impl IntoView {
    view! {
        <div class="qr" inner_html=upi.qr_svg></div>
        <p class="muted">{t(text::UPI_TO)} " " <code>{upi.vpa}</code></p>
        <p><a class="button button--wide" href=upi.link>{t(text::OPEN_UPI_APP)}</a></p>
        <form method="post" action=action class="stack">
            <input type="hidden" name="number" value=number/>
            <label class="field"><span>{t(text::UTR_LABEL)}</span>
                <input type="text" name="utr" required inputmode="numeric" pattern="[0-9०-९ ]{12,14}" maxlength="14" autocomplete="off"/></label>
            <button type="submit" class="button">{t(text::I_HAVE_PAID)}</button>
        </form>
    }
}

#[component]
fn UpiPanel(upi: UpiPayment, number: String, viewer: Viewer, total: Money) -> impl IntoView {
    let lang = use_lang();
    match (viewer, upi.utr.clone()) {
        (Viewer::Buyer, None) => view! {
            <section class="panel upi stack">
                <h2>{t(text::PAY_BY_UPI)} " — " {total.format(lang)}</h2>
                <FormError error={form_error::<ClaimUpiPayment>()}/>
                <UpiPayForm upi number action=ClaimUpiPayment::PATH/>
            </section>
        }
        .into_any(),
        (Viewer::Buyer, Some(utr)) => view! {
            <p class="notice" role="status">{t(text::UTR_GIVEN)} " " <code>{utr}</code> " — " {t(text::GROUP_WILL_CONFIRM)}</p>
        }
        .into_any(),
        (Viewer::Group, Some(utr)) => view! {
            <section class="panel upi stack">
                <h2>{t(text::BUYER_SAYS_PAID)}</h2>
                <p>"UTR " <code>{utr}</code> " · " {total.format(lang)} " → " <code>{upi.vpa.clone()}</code></p>
                <p class="hint">{t(text::CHECK_YOUR_BANK)}</p>
                <FormError error={form_error::<UpiNotReceived>()}/>
                <form method="post" action=OrderStep::PATH>
                    <input type="hidden" name="number" value=number.clone()/>
                    <input type="hidden" name="step" value=Step::Confirm.as_str()/>
                    <button type="submit" class="button button--wide">{t(text::MONEY_RECEIVED)}</button>
                </form>
                <form method="post" action=UpiNotReceived::PATH>
                    <input type="hidden" name="number" value=number/>
                    <button type="submit" class="button button--danger">{t(text::MONEY_NOT_RECEIVED)}</button>
                </form>
            </section>
        }
        .into_any(),
        _ => view! { <p class="muted">{t(text::WAITING_FOR_UPI)}</p> }.into_any(),
    }
}

/// An order's money: for one paid in two parts, the advance and the
/// balance with what is still due (the buyer pays the balance by UPI here;
/// the group records it received); then every ledger row so far.
#[component]
fn PaymentsPanel(order: OrderDetail) -> impl IntoView {
    let lang = use_lang();
    let number = order.number.clone();
    let status_of = |done: bool| if done { t(text::PART_RECEIVED) } else { t(text::NOT_YET) };
    let part = order.part_payment.clone();
    let advance_in = order.ledger.iter().any(|r| r.part == LedgerPart::Advance);
    view! {
        <section class="panel payments stack" aria-labelledby="payments-heading">
            <h2 id="payments-heading">{t(text::PAYMENTS_SO_FAR)}</h2>
            {part.clone().map(|part| view! {
                <table class="report">
                    <tbody>
                        <tr><td>{t(text::ADVANCE_DUE)}</td><td>{part.advance.format(lang)}</td><td>{status_of(advance_in)}</td></tr>
                        <tr><td>{t(text::BALANCE_DUE)} <br/><small class="muted">{t(part.balance_due.label())}</small></td>
                            <td>{part.balance.format(lang)}</td><td>{status_of(part.balance_received_at.is_some())}</td></tr>
                    </tbody>
                </table>
            })}
            <FormError error={form_error::<ClaimBalancePayment>()}/>
            <FormError error={form_error::<RecordBalance>()}/>
            // The buyer: the balance by UPI, then her UTR.
            {order.balance_upi.clone().map(|upi| view! {
                <h3>{t(text::PAY_BALANCE)} " — " {part.as_ref().map(|p| p.balance.format(lang))}</h3>
                <UpiPayForm upi number=number.clone() action=ClaimBalancePayment::PATH/>
            })}
            {part.clone().filter(|p| p.balance_open(order.status)).and_then(|p| {
                let utr = p.balance_utr.clone();
                match order.viewer {
                    Viewer::Buyer => utr.map(|utr| view! {
                        <p class="notice" role="status">{t(text::UTR_GIVEN)} " " <code>{utr}</code> " — " {t(text::GROUP_WILL_CONFIRM)}</p>
                    }.into_any()),
                    // The group: record the balance received (UPI if the buyer gave a UTR, else cash).
                    Viewer::Group => Some(view! {
                        {p.holds_dispatch().then(|| view! { <p class="notice">{t(text::BALANCE_HOLDS_DISPATCH)}</p> })}
                        {utr.clone().map(|utr| view! {
                            <p>{t(text::BALANCE_UTR_GIVEN)} ": UTR " <code>{utr}</code> " · " {p.balance.format(lang)}</p>
                        })}
                        <p class="hint">{t(text::RECORD_BALANCE_HELP)}</p>
                        <form method="post" action=RecordBalance::PATH>
                            <input type="hidden" name="number" value=number.clone()/>
                            <input type="hidden" name="received" value="yes"/>
                            <button type="submit" class="button button--wide">{t(text::RECORD_BALANCE)}</button>
                        </form>
                        {utr.is_some().then(|| view! {
                            <form method="post" action=RecordBalance::PATH>
                                <input type="hidden" name="number" value=number.clone()/>
                                <input type="hidden" name="received" value="no"/>
                                <button type="submit" class="button button--danger">{t(text::BALANCE_NOT_RECEIVED)}</button>
                            </form>
                        })}
                    }.into_any()),
                    Viewer::Official => None,
                }
            })}
            {(!order.ledger.is_empty()).then(|| view! {
                <ol class="ledger" role="list">
                    {order.ledger.iter().map(|row| view! {
                        <li><time>{date_time(row.at, lang)}</time> " · " <strong>{t(row.part.label())}</strong>
                            " · " {row.amount.format(lang)} " · " {t(row.channel.label())}
                            {(!row.reference.is_empty()).then(|| view! { " · " <code>{row.reference.clone()}</code> })}</li>
                    }).collect_view()}
                </ol>
            })}
        </section>
    }
}

/// On `/sell`: the advance the group asks on trade orders, and (for its
/// leader) the form that changes it.
#[component]
pub fn AdvancePanel() -> impl IntoView {
    use crate::orders::advance::{BalanceDue, ADVANCE_PERCENT};
    loaded(get_advance_terms, |settings| {
        let lang = use_lang();
        let percent = settings.terms.map_or_else(|| "0".to_string(), |terms| terms.percent.to_string());
        let summary = settings
            .terms
            .map_or_else(|| t(text::NO_ADVANCE).to_string(), |terms| terms.describe().get(lang).to_string());
        view! {
            <details class="panel advance-terms" id="advance" open=crate::ui::forms::query_param("saved").as_deref() == Some("advance")>
                <summary>{t(text::ADVANCE_ON_TRADE)} ": " {summary}</summary>
                <crate::ui::forms::Saved what="advance" message=text::ADVANCE_SAVED/>
                <FormError error={form_error::<SetAdvanceTerms>()}/>
                <p class="hint">{t(text::ADVANCE_HELP)}</p>
                {if !settings.leader {
                    view! { <p class="hint">{t(text::ONLY_LEADER_ADVANCE)}</p> }.into_any()
                } else if !settings.takes_upi {
                    view! { <p class="notice">{t(text::ADVANCE_NEEDS_UPI)}</p> }.into_any()
                } else {
                    view! {
                        <form method="post" action=SetAdvanceTerms::PATH class="stack">
                            <label class="field"><span>{t(text::ADVANCE_PERCENT)}</span>
                                <input type="number" name="percent" inputmode="numeric" value=percent
                                    min="0" max=ADVANCE_PERCENT.end().to_string() step="1"/></label>
                            <fieldset class="field">
                                <legend>{t(text::BALANCE_WHEN)}</legend>
                                {BalanceDue::ALL.into_iter().map(|due| view! {
                                    <label class="choice"><input type="radio" name="balance" value=due.as_str()
                                        checked=settings.balance == due/> " " {t(due.label())}</label>
                                }).collect_view()}
                            </fieldset>
                            <button type="submit" class="button">{t(text::SAVE_ADVANCE)}</button>
                        </form>
                    }.into_any()
                }}
            </details>
        }
    })
}

/// `/earnings`: what the group received, month by month, by channel.
#[component]
pub fn EarningsPage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::EARNINGS), t(common::SITE_NAME))/>
        {loaded(get_earnings, |earnings| {
            let lang = use_lang();
            let months = earnings.months;
            let due = earnings.online_due;
            view! {
                <section class="workspace">
                    <p class="workspace__back"><a href="/orders">"‹ " {t(text::GROUP_ORDERS)}</a></p>
                    <h1>{t(text::EARNINGS)}</h1>
                    {months.is_empty().then(|| view! { <p class="muted">{t(text::NO_EARNINGS)}</p> })}
                    {(!months.is_empty()).then(|| view! {
                        <div class="table-scroll">
                        <table class="report">
                            <thead><tr><th>{t(text::MONTH)}</th><th>{t(text::RECEIVED)}</th><th>{t(text::ONLINE_DUE)}</th>
                                <th>{t(text::REFUNDED)}</th><th>{t(text::NET)}</th></tr></thead>
                            <tbody>
                                {months.into_iter().map(|m| view! {
                                    <tr>
                                        <td>{crate::dates::month_name(m.month, lang)} " " {m.year}</td>
                                        <td>{m.received.format(lang)} <br/><small class="muted">
                                            {t(text::CASH)} " " {m.cash.format(lang)} " · UPI " {m.upi.format(lang)}
                                            {(m.government > Money::ZERO).then(|| view! {
                                                " · " {t(text::GOVERNMENT_BILLS)} " " {m.government.format(lang)}
                                            })}</small></td>
                                        <td>{m.online.format(lang)}</td>
                                        <td>{m.refunded.format(lang)}</td>
                                        <td><strong>{m.net().format(lang)}</strong></td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                        </div>
                    })}
                    {(!due.is_empty()).then(|| view! {
                        <section class="panel" aria-labelledby="due-heading">
                            <h2 id="due-heading">{t(text::ONLINE_DUE)}</h2>
                            <p class="muted">{t(text::ONLINE_DUE_HOW)}</p>
                            <ul class="order-list" role="list">
                                {due.into_iter().map(|d| view! {
                                    <li class="order-row">
                                        <a href=format!("/orders/{}", d.number)><strong>{d.number.clone()}</strong></a>
                                        <span class="muted">{date_time(d.paid_at, lang)}</span>
                                        <strong>{d.amount.format(lang)}</strong>
                                    </li>
                                }).collect_view()}
                            </ul>
                        </section>
                    })}
                </section>
            }
        })}
    }
}
