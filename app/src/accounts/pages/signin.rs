//! Signing in and up: phone → code, or phone + password; officials then
//! give their authenticator code. Every step is a plain form.

use crate::accounts::api::*;
use crate::accounts::text;
use crate::i18n::{t, text as common};
use crate::ui::forms::{form_error, query_param, FormError};
use crate::ui::status::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// Where to go after signing in (kept through every step).
fn next_field() -> impl IntoView {
    query_param("next").map(|next| view! { <input type="hidden" name="next" value=next/> })
}

/// A link to another sign-in page that keeps where to go afterwards.
fn keeping_next(path: &str) -> String {
    match query_param("next").filter(|n| crate::i18n::is_local_path(n)) {
        Some(next) => format!("{path}?next={}", crate::catalog::query::encode_component(&next)),
        None => path.to_string(),
    }
}

fn page_title(tr: crate::i18n::Tr) -> impl IntoView {
    view! { <Title text=format!("{} · {}", t(tr), t(common::SITE_NAME))/> }
}

#[component]
fn PhoneInput(#[prop(optional, into)] value: Option<String>) -> impl IntoView {
    view! {
        <label class="field">
            <span>{t(text::MOBILE_NUMBER)}</span>
            <input
                type="tel"
                name="phone"
                inputmode="numeric"
                autocomplete="tel-national"
                required
                maxlength="16"
                value=value
                placeholder="98260 12345"
            />
            <small>{t(text::MOBILE_HINT)}</small>
        </label>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    view! {
        {page_title(text::SIGN_IN)}
        <section class="auth">
            <h1>{t(text::SIGN_IN)}</h1>
            <p>{t(text::SIGN_IN_INTRO)}</p>
            <FormError error={form_error::<RequestCode>()}/>
            <form method="post" action=RequestCode::PATH class="stack">
                {next_field()}
                <PhoneInput value=query_param("phone").unwrap_or_default()/>
                <button type="submit" class="button">{t(text::SEND_CODE)}</button>
            </form>
            <p><a href=keeping_next("/signin/password")>{t(text::WITH_PASSWORD)}</a></p>
            <p>{t(text::NO_ACCOUNT)} " " <a href=keeping_next("/signup")>{t(text::SIGN_UP)}</a></p>
        </section>
    }
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    view! {
        {page_title(text::SIGN_UP)}
        <section class="auth">
            <h1>{t(text::SIGN_UP)}</h1>
            <p>{t(text::SIGN_UP_INTRO)}</p>
            <FormError error={form_error::<RequestCode>()}/>
            <form method="post" action=RequestCode::PATH class="stack">
                {next_field()}
                <label class="field">
                    <span>{t(text::YOUR_NAME)}</span>
                    <input type="text" name="name" required minlength="2" maxlength="60" autocomplete="name"/>
                </label>
                <PhoneInput/>
                <button type="submit" class="button">{t(text::SEND_CODE)}</button>
            </form>
            <p>{t(text::HAVE_ACCOUNT)} " " <a href=keeping_next("/signin")>{t(text::SIGN_IN)}</a></p>
        </section>
    }
}

/// Where the code is typed. Carries the phone (and, when signing up, the
/// name) along; "send a new code" posts the same again.
#[component]
pub fn CodePage() -> impl IntoView {
    let phone = query_param("phone").unwrap_or_default();
    let name = query_param("name");
    let shown_phone = crate::groups::phone::Phone::parse(&phone).map(|p| p.display()).unwrap_or_else(|_| phone.clone());
    let demo_phone = phone.clone();
    let carried = move || {
        view! {
            <input type="hidden" name="phone" value=phone.clone()/>
            {name.clone().map(|name| view! { <input type="hidden" name="name" value=name/> })}
            {next_field()}
        }
    };
    view! {
        {page_title(text::ENTER_CODE)}
        <section class="auth">
            <h1>{t(text::ENTER_CODE)}</h1>
            <p>{t(text::CODE_SENT_TO)} " " <strong>{shown_phone}</strong></p>
            <p class="muted">{t(text::CODE_VALID)}</p>
            {loaded(move || get_demo_code(demo_phone.clone()), |code: Option<String>| {
                code.map(|code| view! { <p class="demo-code" role="status">{t(text::DEMO_CODE)} " " <strong data-demo-code>{code}</strong></p> })
            })}
            <FormError error={form_error::<VerifyCode>()}/>
            <FormError error={form_error::<RequestCode>()}/>
            <form method="post" action=VerifyCode::PATH class="stack">
                {carried()}
                <label class="field">
                    <span>{t(text::CODE)}</span>
                    <input
                        type="text"
                        name="code"
                        inputmode="numeric"
                        autocomplete="one-time-code"
                        pattern="[0-9०-९ ]{6,7}"
                        maxlength="7"
                        required
                        autofocus
                    />
                </label>
                <button type="submit" class="button">{t(text::CONTINUE)}</button>
            </form>
            <form method="post" action=RequestCode::PATH class="inline-form">
                {carried()}
                <button type="submit" class="link-button">{t(text::RESEND)}</button>
            </form>
        </section>
    }
}

#[component]
pub fn PasswordSignInPage() -> impl IntoView {
    view! {
        {page_title(text::WITH_PASSWORD)}
        <section class="auth">
            <h1>{t(text::SIGN_IN)}</h1>
            <FormError error={form_error::<PasswordSignIn>()}/>
            <form method="post" action=PasswordSignIn::PATH class="stack">
                {next_field()}
                <PhoneInput/>
                <label class="field">
                    <span>{t(text::PASSWORD)}</span>
                    <input type="password" name="password" required autocomplete="current-password" maxlength="64"/>
                </label>
                <button type="submit" class="button">{t(text::SIGN_IN)}</button>
            </form>
            <p><a href=keeping_next("/signin")>{t(text::WITH_CODE)}</a></p>
        </section>
    }
}

#[component]
pub fn SecondFactorPage() -> impl IntoView {
    view! {
        {page_title(text::SECOND_FACTOR)}
        <section class="auth">
            <h1>{t(text::SECOND_FACTOR)}</h1>
            <p>{t(text::SECOND_FACTOR_INTRO)}</p>
            <FormError error={form_error::<VerifySecondFactor>()}/>
            <form method="post" action=VerifySecondFactor::PATH class="stack">
                {next_field()}
                <label class="field">
                    <span>{t(text::APP_CODE)}</span>
                    <input type="text" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="7" required autofocus/>
                </label>
                <button type="submit" class="button">{t(text::VERIFY)}</button>
            </form>
            <form method="post" action=SignOut::PATH class="inline-form">
                <button type="submit" class="link-button">{t(text::SIGN_OUT)}</button>
            </form>
        </section>
    }
}

/// Enrolling the second factor: create a secret, scan it, confirm a code.
#[component]
pub fn SecondFactorSetupPage() -> impl IntoView {
    let render = |setup: crate::accounts::types::SecondFactorSetup| {
        let start = view! {
            <form method="post" action=BeginSecondFactor::PATH class="stack">
                <button type="submit" class="button">
                    {if setup.enabled { t(text::SECOND_FACTOR_REPLACE) } else { t(text::START_SETUP) }}
                </button>
            </form>
        };
        match setup.pending {
            None => view! {
                {setup.enabled.then(|| view! { <p class="form-saved">"✓ " {t(text::SECOND_FACTOR)} ": " {t(text::SECOND_FACTOR_ON)}</p> })}
                {start}
            }
            .into_any(),
            Some((svg, secret)) => view! {
                <p>{t(text::SETUP_STEPS)}</p>
                <div class="qr" inner_html=svg></div>
                <p class="muted">{t(text::SETUP_KEY)} ": " <code data-totp-secret>{secret}</code></p>
                <FormError error={form_error::<ConfirmSecondFactor>()}/>
                <form method="post" action=ConfirmSecondFactor::PATH class="stack">
                    {next_field()}
                    <label class="field">
                        <span>{t(text::APP_CODE)}</span>
                        <input type="text" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="7" required/>
                    </label>
                    <button type="submit" class="button">{t(text::VERIFY)}</button>
                </form>
            }
            .into_any(),
        }
    };
    view! {
        {page_title(text::SETUP_SECOND_FACTOR)}
        <section class="auth">
            <h1>{t(text::SETUP_SECOND_FACTOR)}</h1>
            <p>{t(text::SECOND_FACTOR_INTRO)}</p>
            {loaded(get_second_factor_setup, render)}
        </section>
    }
}
