//! Signed-in sessions: how long they last, and (server side) how they are
//! stored. A session is created new at every sign-in, ends after a time of
//! inactivity or at an absolute limit, and can be ended everywhere at once.

use crate::accounts::types::Role;

pub const MINUTE: i64 = 60 * 1000;
pub const HOUR: i64 = 60 * MINUTE;
pub const DAY: i64 = 24 * HOUR;

/// (idle timeout, absolute timeout) in milliseconds for a role. Officials
/// and department users (who can commit public money) get ASVS level 2's
/// short sessions; shoppers and sellers on a shared phone stay signed in
/// for a fortnight of use, a month at most.
pub fn timeouts(role: Role) -> (i64, i64) {
    match role {
        Role::DistrictOfficial | Role::StateOfficial | Role::Department => (30 * MINUTE, 12 * HOUR),
        Role::Shopper | Role::Seller | Role::Trader | Role::OutletStaff => (14 * DAY, 30 * DAY),
    }
}

/// How often the "last seen" time is written (not on every request).
pub const TOUCH_EVERY_MS: i64 = MINUTE;

/// The parts of a session row its validity depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionTimes {
    pub last_seen_at: i64,
    pub idle_timeout_ms: i64,
    pub expires_at: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionState {
    Live,
    IdleTimedOut,
    Expired,
}

pub fn session_state(times: SessionTimes, now: i64) -> SessionState {
    if now >= times.expires_at {
        SessionState::Expired
    } else if now - times.last_seen_at >= times.idle_timeout_ms {
        SessionState::IdleTimedOut
    } else {
        SessionState::Live
    }
}
