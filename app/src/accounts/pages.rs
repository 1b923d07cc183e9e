//! Account pages: sign-in and sign-up, the second factor, my account, my
//! group (sellers) and people (officials).

pub mod account;
pub mod people;
pub mod signin;

use crate::accounts::text;
use crate::i18n::t;
use leptos::prelude::*;

/// The name and mobile number of a person whose login someone else creates
/// (a group's member, an office's user): the same checks in every form.
#[component]
pub fn NewPersonFields() -> impl IntoView {
    view! {
        <label class="field"><span>{t(text::NAME)}</span>
            <input type="text" name="name" required minlength="2" maxlength="60"/></label>
        <label class="field"><span>{t(text::MOBILE_NUMBER)}</span>
            <input type="tel" name="phone" required inputmode="numeric" maxlength="16"/></label>
    }
}
