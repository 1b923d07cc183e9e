//! An official's people: the groups, traders and offices in her scope, and
//! the forms to add first member logins, verify traders and create offices.

use crate::accounts::api::*;
use crate::accounts::pages::NewPersonFields;
use crate::accounts::text;
use crate::accounts::types::{Department, Duty, PeopleView};
use crate::i18n::{t, text as common, use_lang};
use crate::ui::forms::{form_error, FormError, Saved};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn PeoplePage() -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(text::PEOPLE), t(common::SITE_NAME))/>
        {loaded(get_people, |people| view! { <PeopleBody people/> })}
    }
}

#[component]
fn PeopleBody(people: PeopleView) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="account">
            <p class="group__kind">{t(text::PEOPLE)}</p>
            <h1>{people.scope_name.get(lang).to_string()}</h1>
            <Saved what="member" message=text::SAVED/>

            <section class="panel" id="groups" aria-labelledby="groups-heading">
                <h2 id="groups-heading">{t(text::GROUPS_IN_SCOPE)} " (" {people.groups.len()} ")"</h2>
                <FormError error={form_error::<CreateFirstMember>()}/>
                <ul class="people-list" role="list">
                    {people.groups.iter().map(|g| view! {
                        <li>
                            <p>
                                <a href=format!("/g/{}", g.slug)><strong>{g.name.get(lang).to_string()}</strong></a>
                                " · " {g.place.get(lang).to_string()} " · "
                                {if g.members > 0 { format!("{} {}", g.members, t(text::MEMBERS_COUNT)) } else { t(text::NO_LOGIN_YET).to_string() }}
                            </p>
                            {(g.members == 0).then(|| view! {
                                <details>
                                    <summary>{t(text::FIRST_MEMBER)}</summary>
                                    <form method="post" action=CreateFirstMember::PATH class="stack">
                                        <input type="hidden" name="group_id" value=g.id/>
                                        <NewPersonFields/>
                                        <button type="submit" class="button">{t(text::CREATE)}</button>
                                    </form>
                                </details>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>

            <section class="panel" id="traders" aria-labelledby="traders-heading">
                <h2 id="traders-heading">{t(text::TRADERS)}</h2>
                <Saved what="trader" message=text::SAVED/>
                <FormError error={form_error::<VerifyTrader>()}/>
                {if people.traders.is_empty() {
                    view! { <p class="muted">{t(text::NO_TRADERS)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="people-list" role="list">
                            {people.traders.iter().map(|tr| view! {
                                <li>
                                    <p>
                                        <strong>{tr.business_name.clone()}</strong> " · " {tr.name.clone()} " · " {tr.phone.clone()} <br/>
                                        "GSTIN " <code>{tr.gstin.clone()}</code> " · " {tr.district.get(lang).to_string()} " · "
                                        {if tr.verified { t(text::VERIFIED) } else { t(text::NOT_VERIFIED) }}
                                    </p>
                                    {(!tr.verified).then(|| view! {
                                        <form method="post" action=VerifyTrader::PATH>
                                            <input type="hidden" name="trader_id" value=tr.user_id/>
                                            <button type="submit" class="button">{t(text::VERIFY_TRADER)}</button>
                                        </form>
                                    })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </section>

            <section class="panel" id="offices" aria-labelledby="offices-heading">
                <h2 id="offices-heading">{t(text::OFFICES)}</h2>
                <Saved what="office" message=text::SAVED/>
                <Saved what="office-user" message=text::SAVED/>
                <FormError error={form_error::<CreateOfficeUser>()}/>
                <ul class="people-list" role="list">
                    {people.offices.iter().map(|office| view! {
                        <li>
                            <p>
                                <strong>{office.name.get(lang).to_string()}</strong> " · "
                                {office.department.label().get(lang)} " · " {office.district.get(lang).to_string()}
                            </p>
                            <ul class="office-users" role="list">
                                {office.users.iter().map(|u| view! {
                                    <li>
                                        {u.name.clone()} " · " {u.phone.clone()} " · "
                                        {u.duties.iter().map(|d| d.label().get(lang)).collect::<Vec<_>>().join(", ")}
                                    </li>
                                }).collect_view()}
                            </ul>
                            <details>
                                <summary>{t(text::NEW_OFFICE_USER)}</summary>
                                <form method="post" action=CreateOfficeUser::PATH class="stack">
                                    <input type="hidden" name="office_id" value=office.id/>
                                    <NewPersonFields/>
                                    <fieldset class="checks">
                                        <legend>{t(text::DUTIES)}</legend>
                                        {Duty::ALL.into_iter().map(|duty| view! {
                                            <label><input type="checkbox" name=duty.as_str() value="on"/> " " {duty.label().get(lang)}</label>
                                        }).collect_view()}
                                    </fieldset>
                                    <label class="field"><span>{t(text::APPROVAL_LIMIT)}</span>
                                        <input type="text" name="limit" inputmode="decimal" maxlength="12" placeholder="50000"/></label>
                                    <button type="submit" class="button">{t(text::CREATE)}</button>
                                </form>
                            </details>
                        </li>
                    }).collect_view()}
                </ul>
                {(!people.districts.is_empty()).then(|| view! {
                    <h3>{t(text::NEW_OFFICE)}</h3>
                    <FormError error={form_error::<CreateOffice>()}/>
                    <form method="post" action=CreateOffice::PATH class="stack">
                        <label class="field"><span>{t(text::OFFICE_NAME_HI)}</span>
                            <input type="text" name="name_hi" required minlength="3" maxlength="120" lang="hi"/></label>
                        <label class="field"><span>{t(text::OFFICE_NAME_EN)}</span>
                            <input type="text" name="name_en" required minlength="3" maxlength="120" lang="en"/></label>
                        <label class="field"><span>{t(text::DEPARTMENT)}</span>
                            <select name="department">
                                {Department::ALL.into_iter().map(|d| view! { <option value=d.as_str()>{d.label().get(lang)}</option> }).collect_view()}
                            </select></label>
                        <label class="field"><span>{t(text::DISTRICT)}</span>
                            <select name="district_id">
                                {people.districts.iter().map(|d| view! { <option value=d.id>{d.name.get(lang).to_string()}</option> }).collect_view()}
                            </select></label>
                        <label class="field"><span>{t(text::OFFICE_ADDRESS)}</span>
                            <input type="text" name="address_line" required minlength="3" maxlength="200"/></label>
                        <label class="field"><span>{t(text::OFFICE_CITY)}</span>
                            <input type="text" name="city" maxlength="60"/></label>
                        <label class="field"><span>{t(text::OFFICE_PINCODE)}</span>
                            <input type="text" name="pincode" required inputmode="numeric" pattern="[0-9]{6}" maxlength="6"/></label>
                        <label class="field"><span>{t(text::OFFICE_GSTIN)}</span>
                            <input type="text" name="gstin" maxlength="15" autocapitalize="characters"/></label>
                        <button type="submit" class="button">{t(text::CREATE)}</button>
                    </form>
                })}
            </section>
        </section>
    }
}
