//! "My account": profile, addresses, password, second factor, sessions,
//! trader registration; and a seller's "my group".

use crate::accounts::api::*;
use crate::accounts::pages::NewPersonFields;
use crate::accounts::text;
use crate::accounts::types::{AccountView, MyGroup, Role, Scope};
use crate::i18n::{t, text as common, use_lang, Lang};
use crate::ui::forms::{form_error, FormError, Saved};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn AccountPage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::MY_ACCOUNT), t(common::SITE_NAME))/>
        {loaded(get_account, |account| view! { <AccountBody account/> })}
    }
}

#[component]
fn AccountBody(account: AccountView) -> impl IntoView {
    let lang = use_lang();
    let caller = account.caller.clone();
    let official = caller.role.is_official();
    view! {
        <section class="account">
            <h1>{t(text::MY_ACCOUNT)}</h1>
            <p class="account__who">
                <strong>{caller.name.clone()}</strong> " · "
                {crate::groups::phone::Phone::parse(&caller.phone).map(|p| p.display()).unwrap_or_default()}
            </p>
            <dl class="facts">
                <dt>{t(text::ROLE)}</dt>
                <dd>{caller.role.label().get(lang)}</dd>
                {account.scope_name.clone().map(|name| view! { <dt>{t(text::WHERE)}</dt><dd>{name.get(lang).to_string()}</dd> })}
                {match &caller.scope {
                    Scope::Office { duties, .. } => Some(view! {
                        <dt>{t(text::DUTIES)}</dt>
                        <dd>{duties.iter().map(|d| d.label().get(lang)).collect::<Vec<_>>().join(", ")}</dd>
                    }),
                    _ => None,
                }}
            </dl>
            <nav class="account__links">
                <a class="button button--quiet" href="/orders">{t(crate::orders::text::MY_ORDERS)}</a>
                {(caller.role == Role::Seller).then(|| view! { <a class="button" href="/my-group">{t(text::MY_GROUP)}</a> })}
                {official.then(|| view! { <a class="button" href="/people">{t(text::PEOPLE)}</a> })}
            </nav>

            <section class="panel" aria-labelledby="profile-heading">
                <h2 id="profile-heading">{t(text::PROFILE)}</h2>
                <Saved what="profile" message=text::SAVED/>
                <FormError error={form_error::<UpdateProfile>()}/>
                <form method="post" action=UpdateProfile::PATH class="stack">
                    <label class="field">
                        <span>{t(text::NAME)}</span>
                        <input type="text" name="name" value=caller.name.clone() required minlength="2" maxlength="60"/>
                    </label>
                    <label class="field">
                        <span>{t(text::EMAIL)} " " <small>{t(text::EMAIL_HELP)}</small></span>
                        <input type="email" name="email" value=account.email.clone().unwrap_or_default() maxlength="120" autocomplete="email"/>
                    </label>
                    <label class="field">
                        <span>{t(text::LANGUAGE_PREF)}</span>
                        <select name="lang">
                            {Lang::ALL.into_iter().map(|option| view! {
                                <option value=option.code() selected=option == caller.lang>{option.native_name()}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <button type="submit" class="button">{t(text::SAVE)}</button>
                </form>
            </section>

            <AddressesPanel account=account.clone()/>

            {(caller.role == Role::Shopper || account.trader.is_some()).then(|| view! { <TraderPanel account=account.clone()/> })}

            <section class="panel" aria-labelledby="security-heading">
                <h2 id="security-heading">{t(text::SECURITY)}</h2>
                <Saved what="password" message=text::SAVED/>
                <FormError error={form_error::<SetPassword>()}/>
                <form method="post" action=SetPassword::PATH class="stack">
                    {account.has_password.then(|| view! {
                        <label class="field">
                            <span>{t(text::CURRENT_PASSWORD)}</span>
                            <input type="password" name="current" autocomplete="current-password" required maxlength="64"/>
                        </label>
                    })}
                    <label class="field">
                        <span>{t(text::NEW_PASSWORD)}</span>
                        <input type="password" name="new_password" autocomplete="new-password" required minlength="8" maxlength="64"/>
                        <small>{t(text::PASSWORD_RULES)}</small>
                    </label>
                    <button type="submit" class="button">
                        {if account.has_password { t(text::CHANGE_PASSWORD) } else { t(text::SET_PASSWORD) }}
                    </button>
                </form>
                {official.then(|| view! {
                    <p>
                        {t(text::SECOND_FACTOR)} ": "
                        {if account.second_factor_on { t(text::SECOND_FACTOR_ON) } else { "—" }} " · "
                        <a href="/account/second-factor">{t(text::SETUP_SECOND_FACTOR)}</a>
                    </p>
                })}
                {(account.other_sessions > 0).then(|| view! {
                    <p class="muted">{t(text::OTHER_SESSIONS)} " " {account.other_sessions}</p>
                })}
                <div class="button-row">
                    <form method="post" action=SignOut::PATH>
                        <button type="submit" class="button button--quiet">{t(text::SIGN_OUT)}</button>
                    </form>
                    <form method="post" action=SignOutEverywhere::PATH>
                        <button type="submit" class="button button--quiet">{t(text::SIGN_OUT_EVERYWHERE)}</button>
                    </form>
                </div>
            </section>
        </section>
    }
}

#[component]
fn AddressesPanel(account: AccountView) -> impl IntoView {
    let lang = use_lang();
    // Came to add an address on the way somewhere (the checkout): the form
    // is open, and saving goes back there.
    let next = crate::ui::forms::query_param("next").filter(|n| crate::i18n::is_local_path(n));
    view! {
        <section class="panel" id="addresses" aria-labelledby="addresses-heading">
            <h2 id="addresses-heading">{t(text::ADDRESSES)}</h2>
            <Saved what="address" message=text::SAVED/>
            <FormError error={form_error::<DeleteAddress>()}/>
            {if account.addresses.is_empty() {
                view! { <p class="muted">{t(text::NO_ADDRESSES)}</p> }.into_any()
            } else {
                view! {
                    <ul class="addresses" role="list">
                        {account.addresses.iter().map(|a| view! {
                            <li class="address">
                                <p>
                                    <strong>{a.name.clone()}</strong> " · " {a.phone.clone()} <br/>
                                    {a.line1.clone()} {(!a.line2.is_empty()).then(|| format!(", {}", a.line2))} <br/>
                                    {a.city.clone()} ", " {a.district.clone()} ", " {a.state.get(lang).to_string()} " – " {a.pincode.clone()}
                                </p>
                                <form method="post" action=DeleteAddress::PATH>
                                    <input type="hidden" name="address_id" value=a.id/>
                                    <button type="submit" class="link-button">{t(text::DELETE)}</button>
                                </form>
                            </li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <details class="add-address" open={form_error::<AddAddress>().is_some() || next.is_some()}>
                <summary>{t(text::ADD_ADDRESS)}</summary>
                <FormError error={form_error::<AddAddress>()}/>
                <form method="post" action=AddAddress::PATH class="stack">
                    {next.clone().map(|next| view! { <input type="hidden" name="next" value=next/> })}
                    <label class="field"><span>{t(text::RECEIVER_NAME)}</span>
                        <input type="text" name="name" required minlength="2" maxlength="60" value=account.caller.name.clone() autocomplete="name"/></label>
                    <label class="field"><span>{t(text::RECEIVER_PHONE)}</span>
                        <input type="tel" name="phone" required inputmode="numeric" maxlength="16" value=account.caller.phone.clone() autocomplete="tel-national"/></label>
                    <label class="field"><span>{t(text::LINE1)}</span>
                        <input type="text" name="line1" required minlength="3" maxlength="120" autocomplete="address-line1"/></label>
                    <label class="field"><span>{t(text::LINE2)}</span>
                        <input type="text" name="line2" maxlength="120" autocomplete="address-line2"/></label>
                    <label class="field"><span>{t(text::CITY)}</span>
                        <input type="text" name="city" required minlength="2" maxlength="60" autocomplete="address-level2"/></label>
                    <label class="field"><span>{t(text::DISTRICT)}</span>
                        <input type="text" name="district" required minlength="2" maxlength="60"/></label>
                    <label class="field"><span>{t(text::STATE)}</span>
                        <select name="state_id" required>
                            // Value 0: a state must be chosen (the server says so if not).
                            <option value="0">{t(text::CHOOSE_STATE)}</option>
                            {account.states.iter().map(|s| view! { <option value=s.id>{s.name.get(lang).to_string()}</option> }).collect_view()}
                        </select></label>
                    <label class="field"><span>{t(text::PINCODE)}</span>
                        <input type="text" name="pincode" required inputmode="numeric" pattern="[1-9१-९][0-9०-९ ]{5,6}" maxlength="7" autocomplete="postal-code"/></label>
                    <button type="submit" class="button">{t(text::SAVE)}</button>
                </form>
            </details>
        </section>
    }
}

#[component]
fn TraderPanel(account: AccountView) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="panel" aria-labelledby="trader-heading">
            <h2 id="trader-heading">{t(text::TRADER)}</h2>
            <Saved what="trader" message=text::SAVED/>
            {match account.trader.clone() {
                Some(trader) => view! {
                    <dl class="facts">
                        <dt>{t(text::BUSINESS_NAME)}</dt><dd>{trader.business_name}</dd>
                        <dt>"GSTIN"</dt><dd>{trader.gstin}</dd>
                        <dt>{t(text::DISTRICT)}</dt><dd>{trader.district.get(lang).to_string()}</dd>
                        <dt>{t(text::ROLE)}</dt>
                        <dd>{if trader.verified { t(text::VERIFIED) } else { t(text::NOT_VERIFIED) }}</dd>
                    </dl>
                    {trader.verified.then(|| view! {
                        <p><a class="button" href="/trade">{t(crate::trade::text::OPEN_TRADE)}</a></p>
                    })}
                }
                .into_any(),
                None => view! {
                    <p>{t(text::BECOME_TRADER)}</p>
                    <FormError error={form_error::<RegisterAsTrader>()}/>
                    <form method="post" action=RegisterAsTrader::PATH class="stack">
                        <label class="field"><span>{t(text::BUSINESS_NAME)}</span>
                            <input type="text" name="business_name" required minlength="2" maxlength="100"/></label>
                        <label class="field"><span>"GSTIN"</span>
                            <input type="text" name="gstin" required maxlength="18" autocapitalize="characters" placeholder="22AAAAA0000A1Z5"/></label>
                        <label class="field"><span>{t(text::DISTRICT)}</span>
                            <select name="district_id" required>
                                {account.districts.iter().map(|d| view! {
                                    <option value=d.id>{d.name.get(lang).to_string()} ", " {d.state.get(lang).to_string()}</option>
                                }).collect_view()}
                            </select></label>
                        <button type="submit" class="button">{t(text::REGISTER)}</button>
                    </form>
                }
                .into_any(),
            }}
        </section>
    }
}

#[component]
pub fn MyGroupPage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::MY_GROUP), t(common::SITE_NAME))/>
        {loaded(get_my_group, |group| view! { <MyGroupBody group/> })}
    }
}

#[component]
fn MyGroupBody(group: MyGroup) -> impl IntoView {
    let lang = use_lang();
    let leader = group.i_am_leader;
    view! {
        <section class="account">
            <p class="group__kind">{t(text::MY_GROUP)}</p>
            <h1>{group.name.get(lang).to_string()}</h1>
            <p>{group.place.get(lang).to_string()} " · " <a href=format!("/g/{}", group.slug)>{t(text::SEE_GROUP_PAGE)}</a></p>
            <section class="panel" aria-labelledby="members-heading">
                <h2 id="members-heading">{t(text::MEMBERS)}</h2>
                <Saved what="member" message=text::SAVED/>
                <FormError error={form_error::<RemoveGroupMember>()}/>
                <ul class="members" role="list">
                    {group.members.iter().map(|m| view! {
                        <li class="member">
                            <span>
                                <strong>{m.name.clone()}</strong> " · " {m.phone.clone()}
                                {m.leader.then(|| view! { " " <span class="badge">{t(text::LEADER)}</span> })}
                            </span>
                            {(leader && m.user_id != group.me).then(|| view! {
                                <form method="post" action=RemoveGroupMember::PATH>
                                    <input type="hidden" name="user_id" value=m.user_id/>
                                    <button type="submit" class="link-button">{t(text::REMOVE)}</button>
                                </form>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
                {if leader {
                    view! {
                        <h3>{t(text::ADD_MEMBER)}</h3>
                        <FormError error={form_error::<AddGroupMember>()}/>
                        <form method="post" action=AddGroupMember::PATH class="stack">
                            <NewPersonFields/>
                            <button type="submit" class="button">{t(text::ADD_MEMBER)}</button>
                        </form>
                    }
                    .into_any()
                } else {
                    view! { <p class="muted">{t(text::ONLY_LEADER_MANAGES)}</p> }.into_any()
                }}
            </section>
        </section>
    }
}
