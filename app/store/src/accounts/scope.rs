//! Scopes in SQL: which groups an official's scope covers.

use crate::accounts::types::Scope;

/// The groups an official's scope covers, as a condition on `shg_groups g`
/// with its two bind values (`$1`, `$2`): the SQL twin of [`covers`] for
/// lists. `None` for scopes that cover no place.
pub fn groups_in_scope(scope: &Scope) -> Option<(&'static str, i64, i64)> {
    match scope {
        Scope::District { district_id, block_id: Some(block) } => {
            Some(("g.district_id = $1 AND g.block_id = $2", *district_id, *block))
        }
        Scope::District { district_id, block_id: None } => Some(("g.district_id = $1 AND $2 = 0", *district_id, 0)),
        Scope::State { state_id } => Some(("g.state_id = $1 AND $2 = 0", *state_id, 0)),
        _ => None,
    }
}
