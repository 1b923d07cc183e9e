//! Account server functions. Each one first asks `access` for its caller
//! (see the rule in its doc comment), then calls the store.

use crate::accounts::types::*;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::accounts::access;
    pub use crate::accounts::otp::{self, ssr as otp_ssr, CodeCheck};
    pub use crate::accounts::password::{self, ssr as password_ssr};
    pub use crate::accounts::rate_limit::{self, hit};
    pub use crate::accounts::session::ssr as session;
    pub use crate::accounts::store::{self, NewUser, UserRow};
    pub use crate::accounts::totp;
    pub use crate::accounts::types::*;
    pub use crate::db::now_ms;
    pub use crate::error::AppError;
    pub use crate::groups::phone::Phone;
    pub use crate::i18n::{is_local_path, Lang, Text, Tr};
    pub use crate::state::{app_state, client_address, respond};

    /// Sends the browser on to `path` after the form post.
    pub fn go_to(path: &str) {
        leptos_axum::redirect(path);
    }

    /// `next` if it is a page of this site, else `fallback`.
    pub fn safe_next(next: Option<String>, fallback: &str) -> String {
        next.filter(|n| is_local_path(n) && !n.starts_with("/api/")).unwrap_or_else(|| fallback.to_string())
    }

    pub fn set_cookie(value: &str) -> Result<(), AppError> {
        let response = leptos::prelude::use_context::<leptos_axum::ResponseOptions>().ok_or(AppError::Internal)?;
        let value = http::HeaderValue::from_str(value).map_err(|_| AppError::Internal)?;
        response.append_header(http::header::SET_COOKIE, value);
        Ok(())
    }

    pub fn parse_phone(input: &str) -> Result<Phone, AppError> {
        Phone::parse(input).map_err(|message| AppError::Validation { field: "phone".into(), message })
    }

    /// A person's name: 2–60 characters after trimming.
    pub fn parse_name(input: &str) -> Result<String, AppError> {
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        let len = name.chars().count();
        if (2..=60).contains(&len) {
            Ok(name)
        } else {
            Err(AppError::validation("name", Tr::new("नाम 2 से 60 अक्षरों का लिखें", "Write a name of 2 to 60 characters")))
        }
    }

    /// Starts a new session for `user` (ending the one this browser had) and
    /// sends her on: to the second factor if her role needs it, else to `next`.
    pub async fn sign_in(user: &UserRow, next: Option<String>) -> Result<(), AppError> {
        let state = app_state()?;
        if let Some((old, _)) = access::current_session().await? {
            session::delete(&state.db, &old.token_hash).await?;
        }
        let (token, max_age) = session::create(&state.db, user.id, user.role()).await?;
        // What she put in the cart before signing in is hers now.
        crate::cart::api::ssr::merge_into(user.id).await?;
        set_cookie(&session::set_cookie(&token, state.config.secure_cookies, max_age))?;
        set_cookie(&format!("{}={}; Path=/; Max-Age=31536000; SameSite=Lax", crate::i18n::LANG_COOKIE, user.lang))?;
        let next = safe_next(next, "/account");
        if user.role().needs_second_factor() {
            let step = if user.totp_secret.is_some() { "/signin/second-factor" } else { "/account/second-factor" };
            go_to(&format!("{step}?next={}", crate::catalog::query::encode_component(&next)));
        } else {
            go_to(&next);
        }
        tracing::info!(user = user.id, role = user.role.as_str(), "signed in");
        Ok(())
    }
}

/// Sends a one-time sign-in code to a phone. Anyone may call. Limited per
/// number and per client; in the demo the code is logged (and, with the
/// demo flag, shown on the code page).
#[server(prefix = "/api", endpoint = "request_code")]
pub async fn request_code(phone: String, name: Option<String>, next: Option<String>) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            access::anyone();
            let state = app_state()?;
            let phone = parse_phone(&phone)?;
            let name = match name.filter(|n| !n.trim().is_empty()) {
                Some(name) => Some(parse_name(&name)?),
                None => None,
            };
            hit(&state.db, &format!("code-phone:{}", phone.as_str()), rate_limit::CODES_PER_PHONE).await?;
            hit(&state.db, &format!("code-client:{}", client_address()), rate_limit::CODES_PER_CLIENT).await?;
            let code = otp_ssr::generate_code();
            let stored = otp_ssr::hash_code(phone.as_str(), &code, &otp_ssr::new_salt());
            store::insert_code(&state.db, phone.as_str(), &stored, now_ms()).await?;
            state.code_sender.send(phone.as_str(), &code).await.map_err(|e| {
                tracing::error!(error = %e, "sending a sign-in code failed");
                AppError::Internal
            })?;
            let mut page = format!("/signin/code?phone={}", phone.as_str());
            if let Some(name) = name {
                page.push_str(&format!("&name={}", crate::catalog::query::encode_component(&name)));
            }
            if let Some(next) = next.filter(|n| is_local_path(n)) {
                page.push_str(&format!("&next={}", crate::catalog::query::encode_component(&next)));
            }
            go_to(&page);
            Ok(())
        }
        .await,
    )
}

/// Signs in (or, with a name, signs up as a shopper) with the code sent to
/// the phone. Anyone may call; limited per number and per client; a code
/// allows 5 tries and 10 minutes.
#[server(prefix = "/api", endpoint = "verify_code")]
pub async fn verify_code(
    phone: String,
    code: String,
    name: Option<String>,
    next: Option<String>,
) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            access::anyone();
            let state = app_state()?;
            let phone = parse_phone(&phone)?;
            hit(&state.db, &format!("signin-phone:{}", phone.as_str()), rate_limit::SIGN_INS_PER_PHONE).await?;
            hit(&state.db, &format!("signin-client:{}", client_address()), rate_limit::SIGN_INS_PER_CLIENT).await?;
            let typed = otp::normalise_code(&code)
                .ok_or_else(|| AppError::validation("code", Tr::new("6 अंकों का कोड लिखें", "Type the 6-digit code")))?;
            let latest = store::latest_code(&state.db, phone.as_str()).await?;
            let now = now_ms();
            let outcome = otp::check_code(
                latest.as_ref().map(|(_, _, stored)| stored),
                || latest.as_ref().is_some_and(|(_, hash, _)| otp_ssr::code_matches(phone.as_str(), &typed, hash)),
                now,
            );
            if let (CodeCheck::Wrong { .. } | CodeCheck::TooManyTries, Some((id, _, _))) = (outcome, &latest) {
                store::record_code_attempt(&state.db, *id).await?;
            }
            if let Some(message) = outcome.message() {
                return Err(AppError::Validation { field: "code".into(), message });
            }
            let Some((id, _, _)) = latest else { return Err(AppError::Internal) };
            if !store::use_code(&state.db, id, now).await? {
                return Err(AppError::Validation {
                    field: "code".into(),
                    message: CodeCheck::NoCode.message().unwrap_or_default(),
                });
            }
            let user = match store::user_by_phone(&state.db, phone.as_str()).await? {
                Some(user) => user,
                None => {
                    let Some(name) = name.filter(|n| !n.trim().is_empty()) else {
                        return Err(AppError::validation(
                            "phone",
                            Tr::new(
                                "इस नंबर का कोई खाता नहीं है। नया खाता बनाने के लिए “खाता बनाएँ” पर जाएँ।",
                                "There is no account with this number. Use “Create account” to make one.",
                            ),
                        ));
                    };
                    let name = parse_name(&name)?;
                    let lang = crate::i18n::request_lang();
                    let mut conn = state.db.pool.acquire().await?;
                    let new = NewUser { phone: phone.as_str().into(), name, lang: Some(lang), ..Default::default() };
                    let id = store::create_user(&mut conn, &new).await?;
                    drop(conn);
                    tracing::info!(user = id, "new shopper account");
                    store::user_by_id(&state.db, id).await?.ok_or(AppError::Internal)?
                }
            };
            sign_in(&user, next).await
        }
        .await,
    )
}

/// Signs in with phone and password. Anyone may call; limited per number
/// and per client. The answer is the same whether the number or the
/// password was wrong, and takes as long.
#[server(prefix = "/api", endpoint = "password_sign_in")]
pub async fn password_sign_in(phone: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            access::anyone();
            let state = app_state()?;
            let phone = parse_phone(&phone)?;
            hit(&state.db, &format!("signin-phone:{}", phone.as_str()), rate_limit::SIGN_INS_PER_PHONE).await?;
            hit(&state.db, &format!("signin-client:{}", client_address()), rate_limit::SIGN_INS_PER_CLIENT).await?;
            let user = store::user_by_phone(&state.db, phone.as_str()).await?;
            let stored = user
                .as_ref()
                .and_then(|u| u.password_hash.clone())
                .unwrap_or_else(|| password_ssr::decoy_hash().to_string());
            let matches = tokio::task::spawn_blocking(move || password_ssr::verify(&password, &stored))
                .await
                .map_err(|_| AppError::Internal)?;
            match user {
                Some(user) if matches && user.password_hash.is_some() => sign_in(&user, next).await,
                _ => Err(AppError::validation(
                    "password",
                    Tr::new("मोबाइल नंबर या पासवर्ड गलत है", "The mobile number or password is wrong"),
                )),
            }
        }
        .await,
    )
}

/// Completes an official's sign-in with her authenticator code. Only a
/// session waiting for its second factor may call; 5 tries per 15 minutes.
#[server(prefix = "/api", endpoint = "verify_second_factor")]
pub async fn verify_second_factor(code: String, next: Option<String>) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (row, user) = access::awaiting_second_factor().await?;
            let state = app_state()?;
            hit(&state.db, &format!("totp-user:{}", user.id), rate_limit::SECOND_FACTOR_PER_USER).await?;
            let Some(secret) = user.totp_secret.clone() else {
                go_to("/account/second-factor");
                return Ok(());
            };
            let secs = (now_ms() / 1000) as u64;
            let step = totp::verify(&secret, &code, secs, user.totp_last_step);
            let accepted = match step {
                Some(step) => store::record_totp_step(&state.db, user.id, step).await?,
                None => false,
            };
            if !accepted {
                return Err(AppError::validation(
                    "code",
                    Tr::new("यह कोड सही नहीं है या पहले इस्तेमाल हो चुका है", "That code is not right, or was already used"),
                ));
            }
            session::mark_second_factor(&state.db, &row.token_hash).await?;
            go_to(&safe_next(next, "/account"));
            Ok(())
        }
        .await,
    )
}

/// The official's enrolment page: her pending secret as a QR code. An
/// official's session (waiting or complete) may call; once a second factor
/// is on, only a complete session may replace it.
#[server(prefix = "/api", endpoint = "second_factor_setup")]
pub async fn get_second_factor_setup() -> Result<SecondFactorSetup, AppError> {
    use ssr::*;
    respond(
        async {
            let (row, user) = access::awaiting_second_factor().await?;
            let enabled = user.totp_secret.is_some();
            if enabled && !access::complete(&row, &user) {
                return Err(AppError::Forbidden);
            }
            let pending = user
                .totp_pending_secret
                .as_deref()
                .and_then(|secret| totp::enrolment_qr(secret, &user.phone).map(|(svg, _)| (svg, secret.to_string())));
            Ok(SecondFactorSetup { pending, enabled })
        }
        .await,
    )
}

/// Starts enrolment: a new pending secret. Same rule as the setup page.
#[server(prefix = "/api", endpoint = "begin_second_factor")]
pub async fn begin_second_factor() -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (row, user) = access::awaiting_second_factor().await?;
            if user.totp_secret.is_some() && !access::complete(&row, &user) {
                return Err(AppError::Forbidden);
            }
            store::set_totp_pending(&app_state()?.db, user.id, &totp::new_secret()).await?;
            go_to("/account/second-factor");
            Ok(())
        }
        .await,
    )
}

/// Confirms enrolment with a code from the app, turning the second factor on
/// and completing this sign-in. Same rule as the setup page.
#[server(prefix = "/api", endpoint = "confirm_second_factor")]
pub async fn confirm_second_factor(code: String, next: Option<String>) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (row, user) = access::awaiting_second_factor().await?;
            if user.totp_secret.is_some() && !access::complete(&row, &user) {
                return Err(AppError::Forbidden);
            }
            let state = app_state()?;
            hit(&state.db, &format!("totp-user:{}", user.id), rate_limit::SECOND_FACTOR_PER_USER).await?;
            let Some(pending) = user.totp_pending_secret.clone() else {
                return Err(AppError::validation("code", Tr::new("पहले QR कोड बनाएँ", "Start the set-up first")));
            };
            let step = totp::verify(&pending, &code, (now_ms() / 1000) as u64, None).ok_or_else(|| {
                AppError::validation(
                    "code",
                    Tr::new(
                        "यह कोड सही नहीं है — ऐप में दिख रहा ताज़ा कोड लिखें",
                        "That code is not right — type the current code from the app",
                    ),
                )
            })?;
            store::enable_totp(&state.db, user.id, step).await?;
            session::mark_second_factor(&state.db, &row.token_hash).await?;
            tracing::info!(user = user.id, "second factor enabled");
            go_to(&safe_next(next, "/account"));
            Ok(())
        }
        .await,
    )
}

/// Ends this browser's session. Anyone may call (without a session it does nothing).
#[server(prefix = "/api", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            access::anyone();
            let state = app_state()?;
            if let Some((row, _)) = access::current_session().await? {
                session::delete(&state.db, &row.token_hash).await?;
            }
            set_cookie(&session::clear_cookie(state.config.secure_cookies))?;
            go_to("/");
            Ok(())
        }
        .await,
    )
}

/// Ends every session of the signed-in person, on every device.
#[server(prefix = "/api", endpoint = "sign_out_everywhere")]
pub async fn sign_out_everywhere() -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::signed_in().await?;
            let state = app_state()?;
            let ended = session::delete_all_for_user(&state.db, caller.user_id).await?;
            tracing::info!(user = caller.user_id, ended, "signed out everywhere");
            set_cookie(&session::clear_cookie(state.config.secure_cookies))?;
            go_to("/signin");
            Ok(())
        }
        .await,
    )
}

/// Who is signed in, for the header. Anyone may call.
#[server(prefix = "/api", endpoint = "who_am_i")]
pub async fn who_am_i() -> Result<Option<Caller>, AppError> {
    use ssr::*;
    access::anyone();
    respond(access::caller().await)
}

/// The signed-in person's account page.
#[server(prefix = "/api", endpoint = "account")]
pub async fn get_account() -> Result<AccountView, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::signed_in().await?;
            let state = app_state()?;
            let user = store::user_by_id(&state.db, caller.user_id).await?.ok_or(AppError::Unauthorized)?;
            let this_session = access::current_session().await?.map(|(row, _)| row.token_hash).unwrap_or_default();
            Ok(AccountView {
                email: store::email_of(&state.db, caller.user_id).await?,
                scope_name: store::scope_name(&state.db, &caller.scope).await?,
                addresses: store::addresses_of(&state.db, caller.user_id).await?,
                states: store::states(&state.db).await?,
                districts: store::districts(&state.db).await?,
                has_password: user.password_hash.is_some(),
                second_factor_on: user.totp_secret.is_some(),
                trader: store::trader(&state.db, caller.user_id).await?,
                other_sessions: session::count_others(&state.db, caller.user_id, &this_session).await?,
                caller,
            })
        }
        .await,
    )
}

/// Changes the signed-in person's name, language and (optional) email for notices.
#[server(prefix = "/api", endpoint = "update_profile")]
pub async fn update_profile(name: String, lang: String, email: Option<String>) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::signed_in().await?;
            let name = parse_name(&name)?;
            let lang = Lang::from_code(&lang).ok_or_else(|| {
                AppError::validation("lang", Tr::new("यह भाषा उपलब्ध नहीं है", "That language is not available"))
            })?;
            let email = crate::accounts::address::parse_email(email.as_deref().unwrap_or_default())?;
            store::update_profile(&app_state()?.db, caller.user_id, &name, lang).await?;
            store::set_email(&app_state()?.db, caller.user_id, email.as_deref()).await?;
            set_cookie(&format!(
                "{}={}; Path=/; Max-Age=31536000; SameSite=Lax",
                crate::i18n::LANG_COOKIE,
                lang.code()
            ))?;
            go_to("/account?saved=profile");
            Ok(())
        }
        .await,
    )
}

/// Adds a delivery address to the signed-in person's account (at most 10).
#[server(prefix = "/api", endpoint = "add_address")]
#[allow(clippy::too_many_arguments)]
pub async fn add_address(
    name: String,
    phone: String,
    line1: String,
    line2: Option<String>,
    city: String,
    district: String,
    state_id: i64,
    pincode: String,
) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::signed_in().await?;
            let state = app_state()?;
            let address = crate::accounts::address::parse(
                &name,
                &phone,
                &line1,
                line2.as_deref().unwrap_or(""),
                &city,
                &district,
                state_id,
                &pincode,
            )
            .map_err(|(field, message)| AppError::Validation { field: field.into(), message })?;
            let Some((gst_state_code, state_name)) = store::state_by_id(&state.db, state_id).await? else {
                return Err(AppError::validation("state_id", Tr::new("राज्य चुनें", "Choose a state")));
            };
            let pincode = &address.pincode;
            if !pincode.fits_state(&gst_state_code) {
                return Err(AppError::Validation {
                    field: "pincode".into(),
                    message: Text::new(
                        format!("पिन कोड {} {} का नहीं है। पिन कोड या राज्य जाँचें।", pincode.as_str(), state_name.hi),
                        format!(
                            "PIN code {} is not in {}. Check the PIN code or the state.",
                            pincode.as_str(),
                            state_name.en
                        ),
                    ),
                });
            }
            if store::count_addresses(&state.db, caller.user_id).await? >= 10 {
                return Err(AppError::validation(
                    "address",
                    Tr::new("10 से अधिक पते नहीं रख सकते", "You can keep at most 10 addresses"),
                ));
            }
            store::add_address(&state.db, caller.user_id, &address).await?;
            go_to("/account?saved=address#addresses");
            Ok(())
        }
        .await,
    )
}

/// Deletes one of the signed-in person's own addresses.
#[server(prefix = "/api", endpoint = "delete_address")]
pub async fn delete_address(address_id: i64) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::signed_in().await?;
            if !store::delete_address(&app_state()?.db, caller.user_id, address_id).await? {
                return Err(AppError::NotFound);
            }
            go_to("/account#addresses");
            Ok(())
        }
        .await,
    )
}

/// Sets or changes the signed-in person's password (the current one is
/// needed to change it).
#[server(prefix = "/api", endpoint = "set_password")]
pub async fn set_password(current: Option<String>, new_password: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::signed_in().await?;
            let state = app_state()?;
            hit(&state.db, &format!("password-user:{}", caller.user_id), rate_limit::SIGN_INS_PER_PHONE).await?;
            let user = store::user_by_id(&state.db, caller.user_id).await?.ok_or(AppError::Unauthorized)?;
            if let Some(stored) = user.password_hash.clone() {
                let current = current.unwrap_or_default();
                let ok = tokio::task::spawn_blocking(move || password_ssr::verify(&current, &stored))
                    .await
                    .map_err(|_| AppError::Internal)?;
                if !ok {
                    return Err(AppError::validation(
                        "current",
                        Tr::new("अभी का पासवर्ड गलत है", "The current password is wrong"),
                    ));
                }
            }
            password::check_new_password(&new_password, &user.phone)
                .map_err(|message| AppError::Validation { field: "new_password".into(), message })?;
            let hash = tokio::task::spawn_blocking(move || password_ssr::hash(&new_password))
                .await
                .map_err(|_| AppError::Internal)?
                .map_err(|_| AppError::Internal)?;
            store::set_password_hash(&state.db, caller.user_id, &hash).await?;
            go_to("/account?saved=password");
            Ok(())
        }
        .await,
    )
}

/// Registers the signed-in shopper's business as a trader (wholesale buyer).
/// She stays unverified until a district official of her district verifies the GSTIN.
#[server(prefix = "/api", endpoint = "register_trader")]
pub async fn register_as_trader(business_name: String, gstin: String, district_id: i64) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::with_role(&[Role::Shopper]).await?;
            let state = app_state()?;
            let business = business_name.split_whitespace().collect::<Vec<_>>().join(" ");
            if !(2..=100).contains(&business.chars().count()) {
                return Err(AppError::validation(
                    "business_name",
                    Tr::new("व्यवसाय का नाम लिखें", "Write the business name"),
                ));
            }
            let gstin = crate::groups::gstin::Gstin::parse(&gstin)
                .map_err(|message| AppError::Validation { field: "gstin".into(), message })?;
            if store::district_place(&state.db, district_id).await?.is_none() {
                return Err(AppError::validation("district_id", Tr::new("ज़िला चुनें", "Choose a district")));
            }
            let mut tx = state.db.pool.begin().await?;
            store::register_trader(&mut tx, caller.user_id, &business, gstin.as_str(), district_id).await.map_err(
                |e| {
                    if crate::db::violated_unique_key(&e).as_deref() == Some("traders_gstin_key") {
                        AppError::Conflict {
                            message: Text::new(
                                "यह GSTIN पहले से किसी खाते में दर्ज है",
                                "This GSTIN is already registered to an account",
                            ),
                        }
                    } else {
                        AppError::from(e)
                    }
                },
            )?;
            tx.commit().await?;
            go_to("/account?saved=trader");
            Ok(())
        }
        .await,
    )
}

/// A seller's own group and its members.
#[server(prefix = "/api", endpoint = "my_group")]
pub async fn get_my_group() -> Result<MyGroup, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::with_role(&[Role::Seller]).await?;
            let Scope::Group { group_id, leader } = caller.scope else { return Err(AppError::Forbidden) };
            let state = app_state()?;
            let (slug, name, place) = store::my_group(&state.db, group_id).await?.ok_or(AppError::NotFound)?;
            Ok(MyGroup {
                slug,
                name,
                place,
                members: store::members_of(&state.db, group_id).await?,
                i_am_leader: leader,
                me: caller.user_id,
            })
        }
        .await,
    )
}

/// Adds a member's login to the leader's own group.
#[server(prefix = "/api", endpoint = "add_group_member")]
pub async fn add_group_member(name: String, phone: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, group_id) = access::leader_of_own_group().await?;
            let state = app_state()?;
            let new = NewUser {
                phone: parse_phone(&phone)?.as_str().into(),
                name: parse_name(&name)?,
                role: Some(Role::Seller),
                group_id: Some(group_id),
                created_by: Some(caller.user_id),
                ..Default::default()
            };
            create_person(&state.db, &new, &[]).await?;
            go_to("/my-group?saved=member");
            Ok(())
        }
        .await,
    )
}

/// Removes a member's login from the leader's own group (not her own).
#[server(prefix = "/api", endpoint = "remove_group_member")]
pub async fn remove_group_member(user_id: i64) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, group_id) = access::leader_of_own_group().await?;
            if user_id == caller.user_id {
                return Err(AppError::validation(
                    "user_id",
                    Tr::new("आप स्वयं को नहीं हटा सकतीं", "You cannot remove yourself"),
                ));
            }
            let mut tx = app_state()?.db.begin().await?;
            if !store::remove_member(&mut tx, group_id, user_id).await? {
                return Err(AppError::NotFound);
            }
            tx.commit().await?;
            go_to("/my-group?saved=removed");
            Ok(())
        }
        .await,
    )
}

/// An official's people: groups, traders and offices in her scope.
#[server(prefix = "/api", endpoint = "people")]
pub async fn get_people() -> Result<PeopleView, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::with_role(&[Role::DistrictOfficial, Role::StateOfficial]).await?;
            let state = app_state()?;
            Ok(PeopleView {
                scope_name: store::scope_name(&state.db, &caller.scope).await?.unwrap_or_default(),
                groups: store::groups_in_scope(&state.db, &caller.scope).await?,
                traders: store::traders_in_scope(&state.db, &caller.scope).await?,
                offices: store::offices_in_scope(&state.db, &caller.scope).await?,
                districts: store::districts_in_scope(&state.db, &caller.scope).await?,
            })
        }
        .await,
    )
}

/// Creates the first member login (its leader) of a group in the official's scope.
#[server(prefix = "/api", endpoint = "create_first_member")]
pub async fn create_first_member(group_id: i64, name: String, phone: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let state = app_state()?;
            let caller = access::official_over(store::group_place(&state.db, group_id).await?).await?;
            if store::count_members(&state.db, group_id).await? > 0 {
                return Err(AppError::Conflict {
                    message: Text::new(
                        "इस समूह की सदस्य लॉगिन पहले से है; नई सदस्य समूह की प्रमुख जोड़ेंगी",
                        "This group already has member logins; its leader adds new members",
                    ),
                });
            }
            let new = NewUser {
                phone: parse_phone(&phone)?.as_str().into(),
                name: parse_name(&name)?,
                role: Some(Role::Seller),
                group_id: Some(group_id),
                group_leader: true,
                created_by: Some(caller.user_id),
                ..Default::default()
            };
            create_person(&state.db, &new, &[]).await?;
            go_to("/people?saved=member");
            Ok(())
        }
        .await,
    )
}

/// Verifies a trader registered in the official's scope.
#[server(prefix = "/api", endpoint = "verify_trader")]
pub async fn verify_trader(trader_id: i64) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let state = app_state()?;
            let caller = access::official_over(store::trader_place(&state.db, trader_id).await?).await?;
            store::verify_trader(&state.db, trader_id, caller.user_id).await?;
            tracing::info!(official = caller.user_id, trader = trader_id, "trader verified");
            go_to("/people?saved=trader#traders");
            Ok(())
        }
        .await,
    )
}

/// Creates a department office in a district of the official's scope.
#[server(prefix = "/api", endpoint = "create_office")]
pub async fn create_office(
    name_hi: String,
    name_en: String,
    department: String,
    district_id: i64,
) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let state = app_state()?;
            let caller = access::official_over(store::district_place(&state.db, district_id).await?).await?;
            let name = Text::new(parse_office_name(&name_hi)?, parse_office_name(&name_en)?);
            let department = Department::parse(&department)
                .ok_or_else(|| AppError::validation("department", Tr::new("विभाग चुनें", "Choose a department")))?;
            store::create_office(&state.db, &name, department, district_id, caller.user_id).await.map_err(|e| {
                if crate::db::violated_unique_key(&e).as_deref() == Some("department_offices_district_id_name_en_key") {
                    AppError::Conflict {
                        message: Text::new(
                            "इस ज़िले में इस नाम का कार्यालय पहले से है",
                            "This district already has an office with that name",
                        ),
                    }
                } else {
                    AppError::from(e)
                }
            })?;
            go_to("/people?saved=office#offices");
            Ok(())
        }
        .await,
    )
}

/// Creates a login for a department office in the official's scope, with
/// one or more duties (checkboxes: each present means the duty is given).
#[server(prefix = "/api", endpoint = "create_office_user")]
#[allow(clippy::too_many_arguments)]
pub async fn create_office_user(
    office_id: i64,
    name: String,
    phone: String,
    indenter: Option<String>,
    approver: Option<String>,
    consignee: Option<String>,
    paying_officer: Option<String>,
) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let state = app_state()?;
            let caller = access::official_over(store::office_place(&state.db, office_id).await?).await?;
            let duties: Vec<Duty> = [
                (indenter, Duty::Indenter),
                (approver, Duty::Approver),
                (consignee, Duty::Consignee),
                (paying_officer, Duty::PayingOfficer),
            ]
            .into_iter()
            .filter_map(|(given, duty)| given.map(|_| duty))
            .collect();
            if duties.is_empty() {
                return Err(AppError::validation(
                    "duties",
                    Tr::new("कम से कम एक ज़िम्मेदारी चुनें", "Choose at least one duty"),
                ));
            }
            let new = NewUser {
                phone: parse_phone(&phone)?.as_str().into(),
                name: parse_name(&name)?,
                role: Some(Role::Department),
                office_id: Some(office_id),
                created_by: Some(caller.user_id),
                ..Default::default()
            };
            create_person(&state.db, &new, &duties).await?;
            go_to("/people?saved=office-user#offices");
            Ok(())
        }
        .await,
    )
}

#[cfg(feature = "ssr")]
fn parse_office_name(input: &str) -> Result<String, AppError> {
    let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if (3..=120).contains(&name.chars().count()) {
        Ok(name)
    } else {
        Err(AppError::validation(
            "name",
            crate::i18n::Tr::new(
                "कार्यालय का नाम हिन्दी और अंग्रेज़ी दोनों में लिखें",
                "Write the office name in both Hindi and English",
            ),
        ))
    }
}

/// Creates a login (with duties, for department users), refusing a phone
/// number that already has an account.
#[cfg(feature = "ssr")]
async fn create_person(db: &crate::db::Db, new: &ssr::NewUser, duties: &[Duty]) -> Result<i64, AppError> {
    use ssr::*;
    if store::user_by_phone(db, &new.phone).await?.is_some() {
        return Err(AppError::Conflict {
            message: Text::new("इस मोबाइल नंबर का खाता पहले से है", "This mobile number already has an account"),
        });
    }
    let mut tx = db.pool.begin().await?;
    let id = store::create_user(&mut tx, new).await?;
    store::set_duties(&mut tx, id, duties).await?;
    tx.commit().await?;
    tracing::info!(user = id, role = ?new.role, by = ?new.created_by, "account created");
    Ok(id)
}

/// The code last sent to a phone, only when the server runs with the demo
/// flag (`--demo-show-codes`); otherwise always nothing. Anyone may call.
#[server(prefix = "/api", endpoint = "demo_code")]
pub async fn get_demo_code(phone: String) -> Result<Option<String>, AppError> {
    use ssr::*;
    access::anyone();
    let state = app_state()?;
    Ok(state.config.show_demo_codes.then(|| state.demo_codes.shown_code(&phone)).flatten())
}
