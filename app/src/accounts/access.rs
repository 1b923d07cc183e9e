//! The one place that decides who may do what.
//!
//! Every server function starts by asking here for its caller: anyone
//! ([`Visitor`]), a signed-in person ([`signed_in`]), a role
//! ([`with_role`]), or a role over a particular thing ([`official_over`],
//! [`leader_of`]). Ids sent by the browser are never trusted: the scope
//! check looks the thing up and compares its place with the caller's scope.

use crate::accounts::types::Scope;

/// Where something is: what a scope is compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub state_id: i64,
    pub district_id: i64,
    /// The block, for groups; district-level things (offices, traders) have none.
    pub block_id: Option<i64>,
}

/// Whether an official's scope covers a place. A district official covers
/// her district (or, if scoped to a block, only that block's groups); a
/// state official covers her state; nobody else covers any place.
pub fn covers(scope: &Scope, place: &Place) -> bool {
    match scope {
        Scope::District { district_id, block_id } => {
            *district_id == place.district_id && block_id.is_none_or(|block| place.block_id == Some(block))
        }
        Scope::State { state_id } => *state_id == place.state_id,
        _ => false,
    }
}

/// The SQL twin of [`covers`] for lists (in the store crate).
#[cfg(feature = "ssr")]
pub use haat_store::accounts::scope::groups_in_scope;

#[cfg(feature = "ssr")]
pub use ssr::*;

#[cfg(feature = "ssr")]
mod ssr {
    use super::*;
    use crate::accounts::places::PlaceRef;
    use crate::accounts::session::ssr::{self as session, SessionRow};
    use crate::accounts::store::{self, UserRow};
    use crate::accounts::types::{Caller, Role};
    use crate::error::AppError;
    use crate::state::app_state;
    use leptos::prelude::*;

    impl From<PlaceRef> for Place {
        fn from(p: PlaceRef) -> Self {
            Place { state_id: p.state_id, district_id: p.district_id, block_id: p.block_id }
        }
    }

    /// The session of this request and its user, whatever the second factor.
    pub async fn current_session() -> Result<Option<(SessionRow, UserRow)>, AppError> {
        let state = app_state()?;
        let Some(parts) = use_context::<http::request::Parts>() else { return Ok(None) };
        let token = parts
            .headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|header| session::token_from_cookie_header(header, state.config.secure_cookies));
        let Some(token) = token else { return Ok(None) };
        let Some(row) = session::find(&state.db, &token).await? else { return Ok(None) };
        let Some(user) = store::user_by_id(&state.db, row.user_id).await? else { return Ok(None) };
        Ok(Some((row, user)))
    }

    /// Whether a session is fully signed in: officials also need the second factor.
    pub fn complete(row: &SessionRow, user: &UserRow) -> bool {
        !user.role().needs_second_factor() || row.second_factor_at.is_some()
    }

    /// The person making this request, if fully signed in.
    pub async fn caller() -> Result<Option<Caller>, AppError> {
        match current_session().await? {
            Some((row, user)) if complete(&row, &user) => Ok(Some(store::caller_of(&app_state()?.db, &user).await?)),
            _ => Ok(None),
        }
    }

    /// Anyone may call: the storefront, the language switch, signing in.
    /// Naming it keeps "public" a decision, not an omission.
    pub struct Visitor;

    pub fn anyone() -> Visitor {
        Visitor
    }

    /// A signed-in person of any role (401 otherwise).
    pub async fn signed_in() -> Result<Caller, AppError> {
        caller().await?.ok_or(AppError::Unauthorized)
    }

    /// A signed-in person with one of `roles` (401, or 403 for other roles).
    pub async fn with_role(roles: &[Role]) -> Result<Caller, AppError> {
        let caller = signed_in().await?;
        if roles.contains(&caller.role) {
            Ok(caller)
        } else {
            tracing::warn!(user = caller.user_id, role = caller.role.as_str(), "refused: role");
            Err(AppError::Forbidden)
        }
    }

    /// An official (district or state) whose scope covers `place`.
    pub async fn official_over(place: Option<PlaceRef>) -> Result<Caller, AppError> {
        let caller = with_role(&[Role::DistrictOfficial, Role::StateOfficial]).await?;
        match place {
            Some(place) if covers(&caller.scope, &place.into()) => Ok(caller),
            // An unknown thing and a thing outside her scope look the same to her.
            _ => {
                tracing::warn!(user = caller.user_id, "refused: outside the official's scope");
                Err(AppError::Forbidden)
            }
        }
    }

    /// The leader of her group (a seller), and the group's id.
    pub async fn leader_of_own_group() -> Result<(Caller, i64), AppError> {
        let caller = with_role(&[Role::Seller]).await?;
        match caller.scope {
            Scope::Group { group_id, leader: true } => Ok((caller, group_id)),
            _ => Err(AppError::Forbidden),
        }
    }

    /// A seller (leader or member) and her group's id.
    pub async fn seller_of_own_group() -> Result<(Caller, i64), AppError> {
        let caller = with_role(&[Role::Seller]).await?;
        match caller.scope {
            Scope::Group { group_id, .. } => Ok((caller, group_id)),
            _ => Err(AppError::Forbidden),
        }
    }

    /// A session that is waiting for its second factor (or already has it).
    pub async fn awaiting_second_factor() -> Result<(SessionRow, UserRow), AppError> {
        match current_session().await? {
            Some((row, user)) if user.role().needs_second_factor() => Ok((row, user)),
            Some(_) => Err(AppError::Forbidden),
            None => Err(AppError::Unauthorized),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RAIPUR_BLOCK: Place = Place { state_id: 1, district_id: 10, block_id: Some(100) };
    const RAIPUR_OFFICE: Place = Place { state_id: 1, district_id: 10, block_id: None };
    const BASTAR: Place = Place { state_id: 1, district_id: 11, block_id: Some(110) };
    const GWALIOR: Place = Place { state_id: 2, district_id: 20, block_id: Some(200) };

    #[test]
    fn a_district_official_covers_her_district_only() {
        let scope = Scope::District { district_id: 10, block_id: None };
        assert!(covers(&scope, &RAIPUR_BLOCK));
        assert!(covers(&scope, &RAIPUR_OFFICE));
        assert!(!covers(&scope, &BASTAR));
        assert!(!covers(&scope, &GWALIOR));
    }

    #[test]
    fn a_block_official_covers_her_blocks_groups_but_not_district_offices() {
        let scope = Scope::District { district_id: 10, block_id: Some(100) };
        assert!(covers(&scope, &RAIPUR_BLOCK));
        assert!(!covers(&scope, &Place { block_id: Some(101), ..RAIPUR_BLOCK }));
        assert!(!covers(&scope, &RAIPUR_OFFICE));
    }

    #[test]
    fn a_state_official_covers_every_district_of_her_state() {
        let scope = Scope::State { state_id: 1 };
        assert!(covers(&scope, &RAIPUR_BLOCK) && covers(&scope, &BASTAR) && covers(&scope, &RAIPUR_OFFICE));
        assert!(!covers(&scope, &GWALIOR));
    }

    #[test]
    fn nobody_else_covers_a_place() {
        for scope in [Scope::Own, Scope::Group { group_id: 1, leader: true }, Scope::Outlet { outlet_id: 1 }] {
            assert!(!covers(&scope, &RAIPUR_BLOCK));
        }
    }
}
