//! The pages of `/procure`: a department user's workspace by duty (what
//! waits for her, the office's indents), the indent form with its
//! estimate, rule and comparison, one indent with its steps and timeline,
//! one supply order with receipt, acceptance and payment (made for a phone:
//! the consignee stands at the store room), and the officials' list of
//! department orders in their area. Plain forms, so all of it works
//! without JavaScript.

use crate::i18n::{t, text as common, use_lang, Lang};
use crate::money::Money;
use crate::procurement::api::*;
use crate::procurement::state::{IndentStatus, SupplyStage};
use crate::procurement::text;
use crate::procurement::types::*;
use crate::ui::forms::{form_error, query_param, FormError, Saved};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

fn day(day: i64, lang: Lang) -> String {
    crate::dates::day_label(day, lang)
}

fn stage_badge(stage: SupplyStage) -> impl IntoView {
    view! { <span class=format!("badge supply-stage--{}", stage.as_str())>{t(stage.label())}</span> }
}

/// `/procure`: the department user's workspace.
#[component]
pub fn ProcurePage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::PROCURE), t(common::SITE_NAME))/>
        {loaded(get_procure_home, |home| view! { <ProcureHomeView home/> })}
    }
}

#[component]
fn ProcureHomeView(home: ProcureHome) -> impl IntoView {
    let lang = use_lang();
    let is_indenter = home.duties.contains(&crate::accounts::types::Duty::Indenter);
    let duties: Vec<&str> = home.duties.iter().map(|d| d.label().get(lang)).collect();
    let nothing =
        home.to_approve.is_empty() && home.to_receive.is_empty() && home.to_accept.is_empty() && home.to_pay.is_empty();
    let now = home.now;
    let supply_list = move |heading: crate::i18n::Tr, rows: Vec<SupplyOrder>, id: &'static str| {
        (!rows.is_empty()).then(|| {
            view! {
                <h3 id=id>{t(heading)}</h3>
                <ul class="order-list" role="list">
                    {rows.into_iter().map(|s| {
                        let late = s.pay_by.map(|due| crate::procurement::rules::days_late(due, now)).unwrap_or(0);
                        view! {
                            <li class="order-row">
                                <a href=format!("/procure/supply/{}", s.order_id)><strong>{s.order_number.clone()}</strong></a>
                                " · " {s.group_name.get(lang).to_string()} " · " {s.total.format(lang)} " "
                                {stage_badge(s.stage)}
                                {s.bill.map(|b| view! { " " {t(text::BILL)} " " {b.format(lang)} })}
                                {(late > 0).then(|| view! { " " <span class="badge badge--late">{late} " " {t(text::DAYS_LATE)}</span> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    };
    view! {
        <section class="workspace procure stack">
            <h1>{t(text::PROCURE)} " · " {home.office.get(lang).to_string()}</h1>
            <p class="muted">{t(text::MY_DUTIES)} ": " {duties.join(", ")}</p>
            {is_indenter.then(|| view! { <p><a class="button" href="/procure/indents/new">"+ " {t(text::NEW_INDENT)}</a></p> })}
            <section class="panel" aria-labelledby="waiting-heading">
                <h2 id="waiting-heading">{t(text::WAITING_FOR_ME)}</h2>
                {nothing.then(|| view! { <p class="muted">{t(text::NOTHING_WAITING)}</p> })}
                {(!home.to_approve.is_empty()).then(|| view! {
                    <h3 id="to-approve">{t(text::TO_APPROVE)}</h3>
                    <IndentTable rows=home.to_approve.clone()/>
                })}
                {supply_list(text::TO_RECEIVE, home.to_receive, "to-receive")}
                {supply_list(text::TO_ACCEPT, home.to_accept, "to-accept")}
                {supply_list(text::TO_PAY, home.to_pay, "to-pay")}
            </section>
            <section aria-labelledby="indents-heading">
                <h2 id="indents-heading">{t(text::OFFICE_INDENTS)}</h2>
                {if home.indents.is_empty() {
                    view! { <p class="muted">{t(text::NO_INDENTS)}</p> }.into_any()
                } else {
                    view! { <IndentTable rows=home.indents/> }.into_any()
                }}
            </section>
        </section>
    }
}

#[component]
fn IndentTable(rows: Vec<IndentRow>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="table-scroll">
            <table class="report procure__indents">
                <thead><tr>
                    <th scope="col">{t(text::COL_NUMBER)}</th>
                    <th scope="col">{t(text::COL_STAGE)}</th>
                    <th scope="col">{t(text::COL_VALUE)}</th>
                    <th scope="col">{t(text::COL_NEEDED_BY)}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            <td><a href=format!("/procure/indents/{}", r.id)>{r.number.clone()}</a></td>
                            <td data-label=t(text::COL_STAGE)><span class=format!("badge indent-stage--{}", r.stage.code())>{t(r.stage.label())}</span></td>
                            <td data-label=t(text::COL_VALUE)>{if r.value > Money::ZERO { r.value.format(lang) } else { "—".to_string() }}</td>
                            <td data-label=t(text::COL_NEEDED_BY)>{day(r.needed_by, lang)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// `/procure/indents/new`: find items in the catalogue and start a draft.
#[component]
pub fn NewIndentPage() -> impl IntoView {
    let q = query_param("q").unwrap_or_default();
    view! {
        <Title text=format!("{} · {}", t(text::NEW_INDENT), t(common::SITE_NAME))/>
        <section class="workspace procure stack">
            <p class="workspace__back"><a href="/procure">"‹ " {t(text::PROCURE)}</a></p>
            <h1>{t(text::NEW_INDENT)}</h1>
            <ItemFinder indent=None q/>
        </section>
    }
}

/// The search form and its results, each with a quantity, a consignee and
/// "add" (to `indent`, or to a new draft).
#[component]
fn ItemFinder(indent: Option<i64>, q: String) -> impl IntoView {
    let lang = use_lang();
    let action = match indent {
        Some(id) => format!("/procure/indents/{id}#add"),
        None => "/procure/indents/new".to_string(),
    };
    let refused = form_error::<AddIndentLine>();
    let words = q.clone();
    view! {
        <section class="panel stack" id="add" aria-labelledby="find-heading">
            <h2 id="find-heading">{t(text::FIND_ITEM)}</h2>
            <FormError error=refused/>
            <form method="get" action=action class="search-row" role="search">
                <label class="visually-hidden" for="indent-q">{t(text::FIND_ITEM)}</label>
                <input id="indent-q" type="search" name="q" value=q.clone() maxlength="100" placeholder=t(text::FIND_HINT)/>
                <button class="button" type="submit">{t(text::SEARCH)}</button>
            </form>
            <p class="hint">{t(text::FIND_HINT)}</p>
            {(!words.trim().is_empty()).then(move || {
                let words = words.clone();
                loaded(move || get_indent_search(words.clone()), move |found| {
                    if found.hits.is_empty() {
                        return view! { <p class="muted">{t(text::NO_HITS)}</p> }.into_any();
                    }
                    let consignees = found.consignees.clone();
                    view! {
                        <ul class="procure__hits" role="list">
                            {found.hits.into_iter().map(|hit| {
                                let consignees = consignees.clone();
                                view! {
                                    <li class="procure__hit">
                                        <p><strong>{hit.title.get(lang).to_string()}</strong> " · " {hit.unit.get(lang).to_string()}<br/>
                                            <small>{hit.group_name.get(lang).to_string()} ", " {hit.district.get(lang).to_string()}
                                            " · " {hit.price.format(lang)} " · " {t(text::IN_STOCK)} " " {hit.on_hand}</small></p>
                                        <form method="post" action=AddIndentLine::PATH class="procure__add">
                                            <input type="hidden" name="indent" value=indent.map(|i| i.to_string()).unwrap_or_default()/>
                                            <input type="hidden" name="product" value=hit.id/>
                                            <label>{t(text::COL_QTY)}
                                                <input type="number" name="qty" min="1" max="1000000" required inputmode="numeric"/></label>
                                            <label>{t(text::COL_CONSIGNEE)}
                                                <select name="consignee" required>
                                                    {consignees.into_iter().map(|c| view! {
                                                        <option value=c.user_id>{c.name.clone()} " · " {c.office.get(lang).to_string()}</option>
                                                    }).collect_view()}
                                                </select></label>
                                            <button class="button button--quiet" type="submit">{t(text::ADD_TO_INDENT)}</button>
                                        </form>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })
            })}
        </section>
    }
}

/// `/procure/indents/:id`.
#[component]
pub fn IndentPageView() -> impl IntoView {
    let id = use_params_map().read_untracked().get("id").and_then(|id| id.parse::<i64>().ok()).unwrap_or(0);
    view! {
        <Title text=format!("{} · {}", t(text::INDENT), t(common::SITE_NAME))/>
        {loaded(move || get_indent(id), |page| view! { <IndentView page/> })}
    }
}

#[component]
fn IndentView(page: IndentPage) -> impl IntoView {
    let lang = use_lang();
    let IndentPage {
        indent,
        estimate,
        refusal,
        comparison,
        supplies,
        events,
        can_edit,
        can_submit,
        can_withdraw,
        can_approve,
        limit,
        today,
    } = page;
    let id = indent.id;
    let step_error = form_error::<IndentStep>();
    let save_error = form_error::<SaveIndent>();
    let q = query_param("q").unwrap_or_default();
    let stage =
        crate::procurement::state::indent_stage(indent.status, &supplies.iter().map(|s| s.stage).collect::<Vec<_>>());
    view! {
        <section class="workspace procure stack">
            <p class="workspace__back"><a href="/procure">"‹ " {t(text::PROCURE)}</a></p>
            <h1>{t(text::INDENT)} " " {indent.number.clone()}</h1>
            <p>
                <span class=format!("badge indent-stage--{}", stage.code())>{t(stage.label())}</span>
                " " {indent.office_name.get(lang).to_string()} " · " {indent.indenter_name.clone()}
            </p>
            <Saved what="indent" message=text::SAVED/>
            <FormError error=step_error/>
            <FormError error=save_error/>
            {(!indent.remarks.is_empty() && indent.status == IndentStatus::SentBack).then(|| view! {
                <p class="notice">{t(text::REMARKS_FROM_APPROVER)} ": " {indent.remarks.clone()}</p>
            })}
            {indent.sanction_number.clone().map(|n| view! { <p class="muted">{t(text::SANCTIONED)} ": " {n}</p> })}

            <section class="panel stack" id="lines" aria-labelledby="lines-heading">
                <h2 id="lines-heading">{t(text::PARTICULARS)}</h2>
                <form method="post" action=SaveIndent::PATH class="stack">
                    <input type="hidden" name="id" value=id/>
                    <div class="table-scroll">
                        <table class="report procure__lines">
                            <thead><tr>
                                <th scope="col">{t(text::COL_ITEM)}</th>
                                <th scope="col">{t(text::COL_QTY)}</th>
                                <th scope="col">{t(text::COL_UNIT_PRICE)}</th>
                                <th scope="col">{t(text::COL_LINE)}</th>
                                <th scope="col">{t(text::COL_CONSIGNEE)}</th>
                            </tr></thead>
                            <tbody>
                                {indent.lines.iter().map(|l| view! {
                                    <tr>
                                        <td><a href=format!("/p/{}", l.slug)>{l.title.get(lang).to_string()}</a>
                                            <br/><small class="muted">{l.unit.get(lang).to_string()} " · " {l.group_name.get(lang).to_string()}</small></td>
                                        <td data-label=t(text::COL_QTY)>{if can_edit {
                                            view! { <input type="number" class="procure__qty" min="0" max="1000000" inputmode="numeric"
                                                name=format!("qty[p{}c{}]", l.product_id, l.consignee_id) value=l.qty
                                                aria-label=format!("{} {}", t(text::COL_QTY), l.title.get(lang))/> }.into_any()
                                        } else {
                                            view! { <span>{l.qty}</span> }.into_any()
                                        }}</td>
                                        <td data-label=t(text::COL_UNIT_PRICE)>{l.unit_price.format(lang)}</td>
                                        <td data-label=t(text::COL_LINE)>{l.line_value.format(lang)}</td>
                                        <td data-label=t(text::COL_CONSIGNEE)>{l.consignee_name.clone()} <br/><small class="muted">{l.office_name.get(lang).to_string()}</small></td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {can_edit.then(|| view! { <p class="hint">{t(text::QTY_ZERO_REMOVES)}</p> })}
                    <dl class="facts">
                        <dt><label for="needed-by">{t(text::COL_NEEDED_BY)}</label></dt>
                        <dd>{if can_edit {
                            view! { <input id="needed-by" type="date" name="needed_by" required value=crate::dates::iso_day(indent.needed_by)
                                min=crate::dates::iso_day(today)/> }.into_any()
                        } else {
                            view! { <span>{day(indent.needed_by, lang)}</span> }.into_any()
                        }}</dd>
                        <dt><label for="budget-head">{t(text::BUDGET_HEAD)}</label></dt>
                        <dd>{if can_edit {
                            view! { <input id="budget-head" name="budget_head" maxlength="60" value=indent.budget_head.clone() placeholder="2235-02-102"/> }.into_any()
                        } else {
                            view! { <span>{indent.budget_head.clone()}</span> }.into_any()
                        }}</dd>
                        <dt><label for="indent-note">{t(text::NOTE)}</label></dt>
                        <dd>{if can_edit {
                            view! { <textarea id="indent-note" name="note" maxlength="1000" rows="2">{indent.note.clone()}</textarea> }.into_any()
                        } else {
                            view! { <span>{indent.note.clone()}</span> }.into_any()
                        }}</dd>
                    </dl>
                    {can_edit.then(|| view! { <p><button class="button button--quiet" type="submit">{t(text::SAVE)}</button></p> })}
                </form>
            </section>

            {estimate.map(|e| view! {
                <section class="panel stack" aria-labelledby="estimate-heading">
                    <h2 id="estimate-heading">{t(text::ESTIMATE)}</h2>
                    <dl class="facts">
                        <dt>{t(text::GOODS)}</dt><dd>{e.goods.format(lang)}</dd>
                        <dt>{t(text::DELIVERY)}</dt><dd>{e.delivery.format(lang)}</dd>
                        <dt>{t(text::TOTAL)}</dt><dd><strong class="procure__total">{e.total.format(lang)}</strong></dd>
                    </dl>
                    <p><strong>{t(text::RULE)} ": "</strong> {e.rule_words.get(lang).to_string()}</p>
                    {refusal.clone().map(|why| view! {
                        <p class="notice" role="alert"><strong>{t(text::CANNOT_GO_ON)} ": "</strong> {why.get(lang).to_string()}</p>
                    })}
                </section>
            })}

            {(!comparison.is_empty()).then(|| view! {
                <details class="panel">
                    <summary>{t(text::COMPARISON)}</summary>
                    {comparison.into_iter().map(|(chosen, found)| {
                        let title = indent.lines.iter().find(|l| l.product_id == chosen).map(|l| l.title.get(lang).to_string()).unwrap_or_default();
                        view! {
                            <h3>{title}</h3>
                            <ol class="procure__comparison">
                                {found.into_iter().map(|c| view! {
                                    <li class=(c.listing_id == chosen).then_some("procure__chosen")>
                                        {c.group_name.get(lang).to_string()} " · " {c.unit_price.format(lang)}
                                        {(c.listing_id == chosen).then(|| view! { " · " <strong>{t(text::CHOSEN)}</strong> })}
                                    </li>
                                }).collect_view()}
                            </ol>
                        }
                    }).collect_view()}
                </details>
            })}

            {(can_submit || can_withdraw || can_approve).then(|| view! {
                <section class="panel stack" aria-label=t(text::WAITING_FOR_ME)>
                    {can_submit.then(|| view! {
                        <form method="post" action=IndentStep::PATH>
                            <input type="hidden" name="id" value=id/>
                            <input type="hidden" name="step" value="submit"/>
                            <button class="button" type="submit">{t(text::SUBMIT)}</button>
                        </form>
                    })}
                    {can_approve.then(|| view! {
                        <p class="muted">{t(text::YOUR_LIMIT)} ": " {limit.map_or_else(|| t(text::NO_LIMIT).to_string(), |l| l.format(lang))}</p>
                        <form method="post" action=IndentStep::PATH class="stack">
                            <input type="hidden" name="id" value=id/>
                            <input type="hidden" name="step" value="approve"/>
                            <label>{t(text::SANCTION_NO)}
                                <input name="sanction" required maxlength="60" autocomplete="off"/></label>
                            <button class="button" type="submit">{t(text::APPROVE)}</button>
                        </form>
                        <form method="post" action=IndentStep::PATH class="stack">
                            <input type="hidden" name="id" value=id/>
                            <input type="hidden" name="step" value="send_back"/>
                            <label>{t(text::REMARKS)}
                                <textarea name="remarks" required maxlength="500" rows="2"></textarea></label>
                            <button class="button button--quiet" type="submit">{t(text::SEND_BACK)}</button>
                        </form>
                    })}
                    {can_withdraw.then(|| view! {
                        <form method="post" action=IndentStep::PATH>
                            <input type="hidden" name="id" value=id/>
                            <input type="hidden" name="step" value="withdraw"/>
                            <button class="button button--quiet" type="submit">{t(text::WITHDRAW)}</button>
                        </form>
                    })}
                </section>
            })}

            {can_edit.then(|| view! { <ItemFinder indent=Some(id) q=q.clone()/> })}

            {(!supplies.is_empty()).then(|| view! {
                <section class="panel" aria-labelledby="supplies-heading">
                    <h2 id="supplies-heading">{t(text::SUPPLY_ORDERS)}</h2>
                    <ul class="order-list" role="list">
                        {supplies.into_iter().map(|s| view! {
                            <li class="order-row">
                                <a href=format!("/procure/supply/{}", s.order_id)><strong>{s.order_number.clone()}</strong></a>
                                " · " {s.group_name.get(lang).to_string()} " · " {s.total.format(lang)} " " {stage_badge(s.stage)}
                                " " <small class="muted">{t(crate::orders::text::status_label(s.order_status))}</small>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}

            <section class="panel" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{t(text::TIMELINE)}</h2>
                <ol class="history" role="list">
                    {events.into_iter().map(|e| view! {
                        <li>
                            <strong>{t(text::step_label(&e.step))}</strong> " · "
                            {e.who.clone().unwrap_or_else(|| t(text::SYSTEM).to_string())} " · "
                            <small>{crate::dates::date_time(e.at, lang)}</small>
                            {(!e.note.is_empty()).then(|| view! { <br/><small class="muted">{e.note.clone()}</small> })}
                        </li>
                    }).collect_view()}
                </ol>
            </section>
        </section>
    }
}

/// `/procure/supply/:order_id`.
#[component]
pub fn SupplyPageView() -> impl IntoView {
    let id = use_params_map().read_untracked().get("id").and_then(|id| id.parse::<i64>().ok()).unwrap_or(0);
    view! {
        <Title text=format!("{} · {}", t(text::SUPPLY_ORDER), t(common::SITE_NAME))/>
        {loaded(move || get_supply(id), |page| view! { <SupplyView page/> })}
    }
}

#[component]
fn SupplyView(page: SupplyPage) -> impl IntoView {
    let lang = use_lang();
    let SupplyPage { supply, lines, office, consignee, can_receive, can_accept, can_pay, now } = page;
    let order_id = supply.order_id;
    let receive_error = form_error::<ReceiveSupply>();
    let accept_error = form_error::<AcceptSupply>();
    let pay_error = form_error::<PayBill>();
    let late = supply.pay_by.map(|due| crate::procurement::rules::days_late(due, now)).unwrap_or(0);
    let waits_for_dispatch = supply.stage == SupplyStage::Ordered && !can_receive;
    view! {
        <section class="workspace procure stack">
            <p class="workspace__back"><a href=format!("/procure/indents/{}", supply.indent_id)>"‹ " {t(text::INDENT)} " " {supply.indent_number.clone()}</a></p>
            <h1>{t(text::SUPPLY_ORDER)} " " {supply.order_number.clone()}</h1>
            <p>{stage_badge(supply.stage)} " " <span class="badge badge--government">{t(text::GOVERNMENT_SUPPLY)}</span></p>
            <FormError error=receive_error/>
            <FormError error=accept_error/>
            <FormError error=pay_error/>
            <dl class="facts">
                <dt>{t(text::COL_GROUP)}</dt><dd>{supply.group_name.get(lang).to_string()}</dd>
                <dt>{t(text::COL_OFFICE)}</dt><dd>{office.get(lang).to_string()}</dd>
                <dt>{t(text::COL_CONSIGNEE)}</dt><dd>{consignee}</dd>
                <dt>{t(text::TOTAL)}</dt><dd>{supply.total.format(lang)}</dd>
                <dt>{t(text::ORDER_STATUS)}</dt><dd>{t(crate::orders::text::status_label(supply.order_status))}</dd>
                {supply.accept_by.filter(|_| supply.stage == SupplyStage::Received).map(|d| view! {
                    <dt>{t(text::ACCEPT_BY)}</dt><dd>{crate::dates::date(d)}</dd>
                })}
                {supply.bill_number.clone().map(|n| view! { <dt>{t(text::BILL)}</dt><dd>{n} " · " {supply.bill.map(|b| b.format(lang))}</dd> })}
                {supply.pay_by.filter(|_| supply.stage == SupplyStage::Billed).map(|d| view! {
                    <dt>{t(text::PAY_BY)}</dt><dd>{crate::dates::date(d)}
                        {(late > 0).then(|| view! { " " <span class="badge badge--late">{late} " " {t(text::DAYS_LATE)}</span> })}</dd>
                })}
                {supply.paid_on.map(|day| view! {
                    <dt>{t(text::PAID_ON)}</dt><dd>{crate::dates::day_label(day, lang)} " · " {supply.pay_reference.clone()}</dd>
                })}
            </dl>
            {supply.deemed.then(|| view! { <p class="notice">{t(text::DEEMED)}</p> })}
            {waits_for_dispatch.then(|| view! { <p class="hint">{t(text::WAITS_FOR_DISPATCH)}</p> })}

            <form method="post" action=if can_accept { AcceptSupply::PATH } else { ReceiveSupply::PATH } class="stack">
                <input type="hidden" name="order_id" value=order_id/>
                {can_receive.then(|| view! { <h2>{t(text::RECEIPT)}</h2><p class="hint">{t(text::RECEIPT_HOW)}</p> })}
                {can_accept.then(|| view! { <h2>{t(text::ACCEPTED)}</h2><p class="hint">{t(text::ACCEPT_HOW)}</p> })}
                <ul class="procure__supply-lines" role="list">
                    {lines.into_iter().map(|l| {
                        let line = l.order_line_id;
                        view! {
                            <li class="panel">
                                <p><strong>{l.title.get(lang).to_string()}</strong> " · " {l.qty} " × " {l.unit_price.format(lang)}</p>
                                {l.received.map(|n| view! { <p class="muted">{t(text::RECEIVED)} ": " {n}
                                    {l.accepted.map(|a| view! { " · " {t(text::ACCEPTED)} ": " {a} })}
                                    {(l.returned() > 0).then(|| view! { " · " {t(text::RETURNED_TO_GROUP)} ": " {l.returned()} })}
                                    {(!l.reason.is_empty()).then(|| view! { " · " {l.reason.clone()} })}</p> })}
                                {can_receive.then(|| view! {
                                    <label>{t(text::RECEIVED)}
                                        <input type="number" name=format!("received[{line}]") min="0" max=l.qty value=l.qty inputmode="numeric"/></label>
                                })}
                                {can_accept.then(|| view! {
                                    <label>{t(text::ACCEPTED)}
                                        <input type="number" name=format!("accepted[{line}]") min="0" max=l.received.unwrap_or(0)
                                            value=l.received.unwrap_or(0) inputmode="numeric"/></label>
                                    <label>{t(text::REASON)}
                                        <input name=format!("reason[{line}]") maxlength="300"/></label>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {can_receive.then(|| view! { <button class="button" type="submit">{t(text::RECORD_RECEIPT)}</button> })}
                {can_accept.then(|| view! { <button class="button" type="submit">{t(text::RECORD_ACCEPTANCE)}</button> })}
            </form>

            {can_pay.then(|| view! {
                <form method="post" action=PayBill::PATH class="panel stack">
                    <input type="hidden" name="order_id" value=order_id/>
                    <label>{t(text::PFMS_REFERENCE)}
                        <input name="reference" required maxlength="64" autocomplete="off"/></label>
                    <label>{t(text::PAID_ON)}
                        <input type="date" name="paid_on" required value=crate::dates::iso_day(crate::dates::day_of(now))
                            max=crate::dates::iso_day(crate::dates::day_of(now))/></label>
                    <button class="button" type="submit">{t(text::RECORD_PAYMENT)}</button>
                </form>
            })}
            <p><a href=format!("/orders/{}", supply.order_number)>{t(text::OPEN_ORDER)}</a></p>
        </section>
    }
}

/// `/review/department-orders`: officials watch every department order in their area to payment.
#[component]
pub fn DepartmentOrdersPage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::DEPARTMENT_ORDERS), t(common::SITE_NAME))/>
        {loaded(get_department_orders, |rows| {
            let lang = use_lang();
            view! {
                <section class="workspace procure stack">
                    <p class="workspace__back"><a href="/review">"‹ " {t(crate::listings::text::REVIEW_QUEUE)}</a></p>
                    <h1>{t(text::DEPARTMENT_ORDERS)}</h1>
                    <p class="hint">{t(text::DEPARTMENT_ORDERS_HOW)}</p>
                    {if rows.is_empty() {
                        view! { <p class="muted">{t(text::NO_DEPARTMENT_ORDERS)}</p> }.into_any()
                    } else {
                        view! {
                            <div class="table-scroll">
                                <table class="report">
                                    <thead><tr>
                                        <th scope="col">{t(text::COL_ORDER)}</th>
                                        <th scope="col">{t(text::COL_OFFICE)}</th>
                                        <th scope="col">{t(text::COL_STAGE)}</th>
                                        <th scope="col">{t(text::COL_SINCE)}</th>
                                    </tr></thead>
                                    <tbody>
                                        {rows.into_iter().map(|w| view! {
                                            <tr>
                                                <td><a href=format!("/procure/supply/{}", w.supply.order_id)>{w.supply.order_number.clone()}</a>
                                                    <br/><small>{w.supply.group_name.get(lang).to_string()} " · " {w.supply.total.format(lang)}</small></td>
                                                <td data-label=t(text::COL_OFFICE)>{w.office.get(lang).to_string()}</td>
                                                <td data-label=t(text::COL_STAGE)>{stage_badge(w.supply.stage)}</td>
                                                <td data-label=t(text::COL_SINCE)>{crate::dates::date_time(w.since, lang)}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        }.into_any()
                    }}
                </section>
            }
        })}
    }
}

/// `/review/purchase-rules`: the state's purchase rules, in figures and words.
#[component]
pub fn PurchaseRulesPage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::PURCHASE_RULES), t(common::SITE_NAME))/>
        {loaded(get_purchase_rules, |page| {
            let lang = use_lang();
            let r = page.rules.clone();
            let refused = form_error::<SetPurchaseRules>();
            let rupees = |m: Money| m.rupees().normalize().to_string();
            view! {
                <section class="workspace procure stack">
                    <p class="workspace__back"><a href="/review">"‹ " {t(crate::listings::text::REVIEW_QUEUE)}</a></p>
                    <h1>{t(text::PURCHASE_RULES)} " · " {page.state.get(lang).to_string()}</h1>
                    <Saved what="rules" message=text::RULES_SAVED/>
                    <FormError error=refused/>
                    <ol class="panel procure__rules">
                        {page.words.iter().map(|w| view! { <li>{w.get(lang).to_string()}</li> }).collect_view()}
                    </ol>
                    <ul class="panel procure__rules">
                        <li>{text::split_words(lang, r.split_window_days)}</li>
                        <li>{text::acceptance_words(lang, r.accept_within_days, r.deemed_acceptance)}</li>
                        <li>{text::payment_words(lang, r.pay_within_days)}</li>
                    </ul>
                    {page.can_edit.then(|| view! {
                        <form method="post" action=SetPurchaseRules::PATH class="panel stack">
                            <h2>{t(text::CHANGE_RULES)}</h2>
                            <label class="field"><span>{t(text::DIRECT_UP_TO)}</span>
                                <input name="direct" required inputmode="decimal" value=rupees(r.direct_up_to)/></label>
                            <label class="field"><span>{t(text::LOWEST_UP_TO)}</span>
                                <input name="lowest" required inputmode="decimal" value=rupees(r.lowest_up_to)/></label>
                            <label class="field"><span>{t(text::COMPARABLE_NEEDED)}</span>
                                <input name="comparable" type="number" min="2" max="10" required value=r.comparable_needed/></label>
                            <label class="field"><span>{t(text::SPLIT_WINDOW)}</span>
                                <input name="window" type="number" min="0" max="365" required value=r.split_window_days/></label>
                            <label class="field"><span>{t(text::ACCEPT_DAYS)}</span>
                                <input name="accept_days" type="number" min="1" max="90" required value=r.accept_within_days/></label>
                            <label><input type="checkbox" name="deemed" value="on" checked=r.deemed_acceptance/> " " {t(text::DEEMED_RULE)}</label>
                            <label class="field"><span>{t(text::PAY_DAYS)}</span>
                                <input name="pay_days" type="number" min="1" max="90" required value=r.pay_within_days/></label>
                            <button class="button" type="submit">{t(text::SAVE)}</button>
                        </form>
                    })}
                </section>
            }
        })}
    }
}
