//! One-time sign-in codes sent to a phone: 6 digits, valid 10 minutes, at
//! most 5 tries. The rules are plain functions; sending is pluggable.

pub use domain::accounts::otp::*;
#[allow(unused_imports)]
use domain::i18n::Text;

#[cfg(feature = "ssr")]
pub mod ssr {
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    use sha2::{Digest, Sha256};
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};

    /// A uniformly random 6-digit code.
    pub fn generate_code() -> String {
        loop {
            let n = OsRng.next_u32();
            // Reject the top sliver so every code is equally likely.
            if n < u32::MAX - (u32::MAX % 1_000_000) {
                return format!("{:06}", n % 1_000_000);
            }
        }
    }

    /// A random salt, hex.
    pub fn new_salt() -> String {
        let mut bytes = [0u8; 16];
        OsRng.fill_bytes(&mut bytes);
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// `salt$sha256(salt:phone:code)`: what is stored instead of the code.
    pub fn hash_code(phone: &str, code: &str, salt: &str) -> String {
        let digest = Sha256::digest(format!("{salt}:{phone}:{code}").as_bytes());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        format!("{salt}${hex}")
    }

    /// Whether `code` matches a stored `salt$hash`.
    pub fn code_matches(phone: &str, code: &str, stored: &str) -> bool {
        match stored.split_once('$') {
            Some((salt, _)) => constant_time_eq(hash_code(phone, code, salt).as_bytes(), stored.as_bytes()),
            None => false,
        }
    }

    fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }

    /// Delivers sign-in codes. An SMS gateway implements this; the default
    /// writes the code to the server log.
    #[async_trait::async_trait]
    pub trait CodeSender: Send + Sync + std::fmt::Debug {
        async fn send(&self, phone: &str, code: &str) -> Result<(), String>;
    }

    /// Writes codes to the log, and (only with the explicit demo flag) keeps
    /// the latest code per phone so the code page can show it.
    #[derive(Debug, Default)]
    pub struct LogSender {
        pub demo_outbox: Option<Arc<Mutex<HashMap<String, String>>>>,
    }

    impl LogSender {
        pub fn new(show_codes_on_page: bool) -> Self {
            LogSender { demo_outbox: show_codes_on_page.then(|| Arc::new(Mutex::new(HashMap::new()))) }
        }

        /// The last code sent to `phone`, if the demo flag is on.
        pub fn shown_code(&self, phone: &str) -> Option<String> {
            self.demo_outbox.as_ref()?.lock().ok()?.get(phone).cloned()
        }
    }

    #[async_trait::async_trait]
    impl CodeSender for LogSender {
        async fn send(&self, phone: &str, code: &str) -> Result<(), String> {
            tracing::info!(phone, code, "sign-in code (demo sender: not sent by SMS)");
            if let Some(outbox) = &self.demo_outbox {
                if let Ok(mut outbox) = outbox.lock() {
                    outbox.insert(phone.to_string(), code.to_string());
                }
            }
            Ok(())
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn codes_are_six_digits_and_vary() {
            let codes: std::collections::HashSet<String> = (0..50).map(|_| generate_code()).collect();
            assert!(codes.iter().all(|c| c.len() == 6 && c.chars().all(|d| d.is_ascii_digit())));
            assert!(codes.len() > 40, "random codes rarely repeat");
        }

        #[test]
        fn a_stored_code_matches_only_its_code_and_phone() {
            let stored = hash_code("9876543210", "123456", &new_salt());
            assert!(code_matches("9876543210", "123456", &stored));
            assert!(!code_matches("9876543210", "123457", &stored));
            assert!(!code_matches("9876543211", "123456", &stored));
            assert!(!stored.contains("123456"), "the code itself is not stored");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(attempts: i64) -> StoredCode {
        StoredCode { expires_at: 1_000, attempts, used: false }
    }

    #[test]
    fn the_right_code_in_time_is_accepted() {
        assert_eq!(check_code(Some(&code(0)), || true, 999), CodeCheck::Accepted);
        assert_eq!(check_code(Some(&code(4)), || true, 0), CodeCheck::Accepted, "the fifth try may still succeed");
    }

    #[test]
    fn wrong_codes_count_down_to_five_tries() {
        assert_eq!(check_code(Some(&code(0)), || false, 0), CodeCheck::Wrong { tries_left: 4 });
        assert_eq!(check_code(Some(&code(3)), || false, 0), CodeCheck::Wrong { tries_left: 1 });
        assert_eq!(check_code(Some(&code(4)), || false, 0), CodeCheck::TooManyTries);
        assert_eq!(check_code(Some(&code(5)), || true, 0), CodeCheck::TooManyTries, "even the right code, after five");
    }

    #[test]
    fn an_expired_used_or_missing_code_is_refused_without_comparing() {
        let compare = || panic!("a dead code must not be compared");
        assert_eq!(check_code(Some(&code(0)), compare, 1_000), CodeCheck::Expired);
        assert_eq!(check_code(Some(&StoredCode { used: true, ..code(0) }), compare, 0), CodeCheck::NoCode);
        assert_eq!(check_code(None, compare, 0), CodeCheck::NoCode);
    }

    #[test]
    fn codes_are_typed_as_six_digits() {
        assert_eq!(normalise_code(" 123 456 "), Some("123456".into()));
        assert_eq!(normalise_code("12345"), None);
        assert_eq!(normalise_code("12345a"), None);
        assert!(CodeCheck::Wrong { tries_left: 2 }.message().unwrap().hi.contains('2'));
    }
}
