//! Group server functions. A group's public profile is public.

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
            })
        }
        .await,
    )
}
