//! A person's own account: profile, email, addresses, password, and
//! registering a business as a trader.

use crate::accounts::types::*;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::ssr;

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
                scope_name: places::scope_name(&state.db, &caller.scope).await?,
                addresses: addresses::addresses_of(&state.db, caller.user_id).await?,
                states: places::states(&state.db).await?,
                districts: places::districts(&state.db).await?,
                has_password: user.password_hash.is_some(),
                second_factor_on: user.totp_secret.is_some(),
                trader: people::trader(&state.db, caller.user_id).await?,
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

/// Adds a delivery address to the signed-in person's account (at most 10),
/// then returns to `next` (a page of this site) if given.
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
    next: Option<String>,
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
            let Some((gst_state_code, state_name)) = places::state_by_id(&state.db, state_id).await? else {
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
            if addresses::count_addresses(&state.db, caller.user_id).await? >= 10 {
                return Err(AppError::validation(
                    "address",
                    Tr::new("10 से अधिक पते नहीं रख सकते", "You can keep at most 10 addresses"),
                ));
            }
            addresses::add_address(&state.db, caller.user_id, &address).await?;
            // Back where she came from (the checkout), else to her addresses.
            go_to(&safe_next(next, "/account?saved=address#addresses"));
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
            if !addresses::delete_address(&app_state()?.db, caller.user_id, address_id).await? {
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
            if places::district_place(&state.db, district_id).await?.is_none() {
                return Err(AppError::validation("district_id", Tr::new("ज़िला चुनें", "Choose a district")));
            }
            let mut tx = state.db.begin().await?;
            people::register_trader(&mut tx, caller.user_id, &business, gstin.as_str(), district_id).await.map_err(
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
