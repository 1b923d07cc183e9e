//! Group server functions. A group's public profile is public; its
//! calling hours are set by its leader.

use crate::error::AppError;
use crate::groups::types::GroupProfile;
use leptos::prelude::*;

/// A group's public profile (404 when unknown). Its products are a listing
/// filtered by the group, paged like any other.
#[server(prefix = "/api", endpoint = "group")]
pub async fn get_group_profile(slug: String) -> Result<GroupProfile, AppError> {
    use crate::state::{db, respond};
    respond(
        async {
            let record = crate::groups::store::group_by_slug(&db()?, &slug).await?.ok_or(AppError::NotFound)?;
            Ok(GroupProfile {
                card: record.card,
                nrlm_code: record.nrlm_code,
                story: record.story,
                gstin: record.gstin,
                call: record.call,
            })
        }
        .await,
    )
}

/// What the calls-for-orders panel of `/sell` shows: the hours, the number
/// buyers will call, and whether this seller (the leader) may change them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CallSettings {
    pub hours: Option<crate::groups::calls::CallHours>,
    pub phone: String,
    pub leader: bool,
}

/// The calling hours of the caller's own group. Its sellers.
#[server(prefix = "/api", endpoint = "call_hours")]
pub async fn get_call_hours() -> Result<CallSettings, AppError> {
    use crate::accounts::types::Scope;
    use crate::state::{db, respond};
    respond(
        async {
            let (caller, group_id) = crate::accounts::access::seller_of_own_group().await?;
            let (hours, phone) = crate::groups::store::call_settings(&db()?, group_id).await?;
            Ok(CallSettings { hours, phone, leader: matches!(caller.scope, Scope::Group { leader: true, .. }) })
        }
        .await,
    )
}

/// Sets the hours the group takes calls for orders (`from`, `to`: hours of
/// the day; both empty: no calls, no call button). Its leader only.
#[server(prefix = "/api", endpoint = "set_call_hours")]
pub async fn set_call_hours(#[server(default)] from: String, #[server(default)] to: String) -> Result<(), AppError> {
    use crate::state::{db, respond};
    respond(
        async {
            let (_, group_id) = crate::accounts::access::leader_of_own_group().await?;
            let hours = crate::groups::calls::parse_call_hours(&from, &to)
                .map_err(|message| AppError::validation("hours", message))?;
            let db = db()?;
            let mut tx = db.begin().await?;
            crate::groups::store::set_call_hours(&mut tx, group_id, hours).await?;
            tx.commit().await?;
            leptos_axum::redirect("/sell?saved=calls#calls");
            Ok(())
        }
        .await,
    )
}
