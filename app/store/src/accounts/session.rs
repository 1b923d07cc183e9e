//! Signed-in sessions: how long they last, and (server side) how they are
//! stored. A session is created new at every sign-in, ends after a time of
//! inactivity or at an absolute limit, and can be ended everywhere at once.

#[allow(unused_imports)]
use crate::accounts::types::Role;
pub use domain::accounts::session::*;

pub mod ssr {
    use super::*;
    use crate::db::{now_ms, Db};
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    use sha2::{Digest, Sha256};

    /// Cookie names: the `__Host-` prefix (Secure, Path=/, no Domain) over
    /// HTTPS; a plain name for http://127.0.0.1 in development, where a
    /// browser will not keep a Secure cookie from plain HTTP.
    pub const SECURE_COOKIE: &str = "__Host-haat_session";
    pub const DEV_COOKIE: &str = "haat_session";

    pub fn cookie_name(secure: bool) -> &'static str {
        if secure {
            SECURE_COOKIE
        } else {
            DEV_COOKIE
        }
    }

    /// A new random token (256 bits, hex) and the hash that is stored.
    pub fn new_token() -> (String, String) {
        let mut bytes = [0u8; 32];
        OsRng.fill_bytes(&mut bytes);
        let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let hash = token_hash(&token);
        (token, hash)
    }

    pub fn token_hash(token: &str) -> String {
        Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
    }

    /// `Set-Cookie` for a new session.
    pub fn set_cookie(token: &str, secure: bool, max_age_ms: i64) -> String {
        let secure_attr = if secure { "; Secure" } else { "" };
        format!(
            "{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure_attr}",
            cookie_name(secure),
            max_age_ms / 1000
        )
    }

    /// `Set-Cookie` that removes the session cookie.
    pub fn clear_cookie(secure: bool) -> String {
        let secure_attr = if secure { "; Secure" } else { "" };
        format!("{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure_attr}", cookie_name(secure))
    }

    /// The session token in a `Cookie:` header, if any.
    pub fn token_from_cookie_header(header: &str, secure: bool) -> Option<String> {
        token_in_cookie_header(header, cookie_name(secure))
    }

    /// A 256-bit hex token (see [`new_token`]) in the cookie `name`, if any:
    /// the session's, or the cart's.
    pub fn token_in_cookie_header(header: &str, name: &str) -> Option<String> {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
            .filter(|v| v.len() == 64 && v.chars().all(|c| c.is_ascii_hexdigit()))
    }

    /// A stored session.
    #[derive(Clone, Debug, sqlx::FromRow)]
    pub struct SessionRow {
        pub token_hash: String,
        pub user_id: i64,
        pub created_at: i64,
        pub last_seen_at: i64,
        pub idle_timeout_ms: i64,
        pub expires_at: i64,
        pub second_factor_at: Option<i64>,
    }

    impl SessionRow {
        pub fn times(&self) -> SessionTimes {
            SessionTimes {
                last_seen_at: self.last_seen_at,
                idle_timeout_ms: self.idle_timeout_ms,
                expires_at: self.expires_at,
            }
        }
    }

    /// Starts a session for `user_id`; returns the token for the cookie.
    pub async fn create(db: &Db, user_id: i64, role: Role) -> Result<(String, i64), sqlx::Error> {
        let (token, hash) = new_token();
        let (idle, absolute) = timeouts(role);
        let now = now_ms();
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, idle_timeout_ms, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&hash)
        .bind(user_id)
        .bind(now)
        .bind(now)
        .bind(idle)
        .bind(now + absolute)
        .execute(&db.pool)
        .await?;
        Ok((token, absolute))
    }

    /// The live session for a token; an expired one is deleted on the way.
    pub async fn find(db: &Db, token: &str) -> Result<Option<SessionRow>, sqlx::Error> {
        let hash = token_hash(token);
        let row: Option<SessionRow> = sqlx::query_as(
            "SELECT token_hash, user_id, created_at, last_seen_at, idle_timeout_ms, expires_at, second_factor_at \
             FROM sessions WHERE token_hash = $1",
        )
        .bind(&hash)
        .fetch_optional(&db.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let now = now_ms();
        match session_state(row.times(), now) {
            SessionState::Live => {
                if now - row.last_seen_at >= TOUCH_EVERY_MS {
                    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
                        .bind(now)
                        .bind(&hash)
                        .execute(&db.pool)
                        .await?;
                }
                Ok(Some(row))
            }
            SessionState::IdleTimedOut | SessionState::Expired => {
                delete(db, &hash).await?;
                Ok(None)
            }
        }
    }

    pub async fn mark_second_factor(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE sessions SET second_factor_at = $1 WHERE token_hash = $2")
            .bind(now_ms())
            .bind(token_hash)
            .execute(&db.pool)
            .await?;
        Ok(())
    }

    pub async fn delete(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(&db.pool).await?;
        Ok(())
    }

    /// Ends every session of a user ("sign out everywhere"); returns how many.
    pub async fn delete_all_for_user(db: &Db, user_id: i64) -> Result<u64, sqlx::Error> {
        Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&db.pool)
            .await?
            .rows_affected())
    }

    /// Sessions of a user other than this one.
    pub async fn count_others(db: &Db, user_id: i64, token_hash: &str) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user_id)
            .bind(token_hash)
            .fetch_one(&db.pool)
            .await
    }

    /// Removes sessions past their absolute limit (a background chore).
    pub async fn purge_expired(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
        Ok(sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at + idle_timeout_ms <= $1")
            .bind(now)
            .execute(&db.pool)
            .await?
            .rows_affected())
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn tokens_are_random_and_only_their_hash_is_kept() {
            let (a, hash_a) = new_token();
            let (b, _) = new_token();
            assert_ne!(a, b);
            assert_eq!(a.len(), 64);
            assert_eq!(token_hash(&a), hash_a);
            assert_ne!(a, hash_a);
        }

        #[test]
        fn cookies_carry_the_flags_for_their_transport() {
            let secure = set_cookie("ab", true, 3_600_000);
            assert!(secure.starts_with("__Host-haat_session=ab;"));
            for flag in ["Path=/", "HttpOnly", "SameSite=Lax", "Secure", "Max-Age=3600"] {
                assert!(secure.contains(flag), "{flag} in {secure}");
            }
            assert!(!secure.contains("Domain"), "__Host- cookies have no Domain");
            let dev = set_cookie("ab", false, 3_600_000);
            assert!(dev.starts_with("haat_session=ab;") && !dev.contains("Secure") && dev.contains("HttpOnly"));
            assert!(clear_cookie(true).contains("Max-Age=0"));
        }

        #[test]
        fn the_token_is_read_only_from_the_right_cookie_and_shape() {
            let token = "a".repeat(64);
            assert_eq!(token_from_cookie_header(&format!("x=1; haat_session={token}"), false), Some(token.clone()));
            assert_eq!(token_from_cookie_header(&format!("haat_session={token}"), true), None, "wrong name for https");
            assert_eq!(token_from_cookie_header("haat_session=short", false), None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_ends_when_idle_or_at_its_absolute_limit() {
        let times = SessionTimes { last_seen_at: 1_000, idle_timeout_ms: 100, expires_at: 5_000 };
        assert_eq!(session_state(times, 1_050), SessionState::Live);
        assert_eq!(session_state(times, 1_100), SessionState::IdleTimedOut);
        let busy = SessionTimes { last_seen_at: 4_990, ..times };
        assert_eq!(session_state(busy, 5_000), SessionState::Expired, "activity does not extend the absolute limit");
    }

    #[test]
    fn officials_get_short_sessions_and_shoppers_long_ones() {
        let (idle, absolute) = timeouts(Role::DistrictOfficial);
        assert_eq!((idle, absolute), (30 * MINUTE, 12 * HOUR));
        let (idle, absolute) = timeouts(Role::Shopper);
        assert!(idle >= DAY && absolute > idle);
    }
}
