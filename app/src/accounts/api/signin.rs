//! Signing in and out: one-time codes, passwords, an official's second
//! factor, and who is signed in.

use crate::accounts::types::*;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::ssr;

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
            codes::insert_code(&state.db, phone.as_str(), &stored, now_ms()).await?;
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
            let latest = codes::latest_code(&state.db, phone.as_str()).await?;
            let now = now_ms();
            let outcome = otp::check_code(
                latest.as_ref().map(|(_, _, stored)| stored),
                || latest.as_ref().is_some_and(|(_, hash, _)| otp_ssr::code_matches(phone.as_str(), &typed, hash)),
                now,
            );
            if let (CodeCheck::Wrong { .. } | CodeCheck::TooManyTries, Some((id, _, _))) = (outcome, &latest) {
                codes::record_code_attempt(&state.db, *id).await?;
            }
            if let Some(message) = outcome.message() {
                return Err(AppError::Validation { field: "code".into(), message });
            }
            let Some((id, _, _)) = latest else { return Err(AppError::Internal) };
            if !codes::use_code(&state.db, id, now).await? {
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

/// The code last sent to a phone, only when the server runs with the demo
/// flag (`--demo-show-codes`); otherwise always nothing. Anyone may call.
#[server(prefix = "/api", endpoint = "demo_code")]
pub async fn get_demo_code(phone: String) -> Result<Option<String>, AppError> {
    use ssr::*;
    access::anyone();
    let state = app_state()?;
    Ok(state.config.show_demo_codes.then(|| state.demo_codes.shown_code(&phone)).flatten())
}
