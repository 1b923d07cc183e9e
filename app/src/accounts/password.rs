//! Passwords: 8–64 characters, not a common password, not the phone
//! number; stored as argon2id hashes.

use crate::i18n::Text;

pub const MIN_LEN: usize = 8;
pub const MAX_LEN: usize = 64;

/// Checks a new password against the rules (length counted in characters,
/// so Hindi passwords are measured fairly).
pub fn check_new_password(password: &str, phone: &str) -> Result<(), Text> {
    let len = password.chars().count();
    if len < MIN_LEN {
        return Err(Text::new(
            format!("पासवर्ड कम से कम {MIN_LEN} अक्षरों का होना चाहिए"),
            format!("A password needs at least {MIN_LEN} characters"),
        ));
    }
    if len > MAX_LEN {
        return Err(Text::new(
            format!("पासवर्ड {MAX_LEN} अक्षरों से लंबा नहीं हो सकता"),
            format!("A password can be at most {MAX_LEN} characters"),
        ));
    }
    let digits: String = password.chars().filter(char::is_ascii_digit).collect();
    if !phone.is_empty() && digits.contains(phone) {
        return Err(Text::new("पासवर्ड में अपना मोबाइल नंबर न रखें", "Do not put your mobile number in your password"));
    }
    #[cfg(feature = "ssr")]
    if passwords::analyzer::is_common_password(password)
        || passwords::analyzer::is_common_password(password.to_lowercase())
    {
        return Err(Text::new(
            "यह पासवर्ड बहुत आम है — लोग इसे आसानी से अंदाज़ा लगा लेते हैं। कोई और चुनें।",
            "That password is too common — it is easy to guess. Choose another.",
        ));
    }
    Ok(())
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
    use argon2::Argon2;

    /// An argon2id PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`, the
    /// crate's defaults, which follow OWASP's recommendation).
    pub fn hash(password: &str) -> Result<String, String> {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
    }

    /// Whether `password` matches the stored hash (constant time inside argon2).
    pub fn verify(password: &str, stored: &str) -> bool {
        PasswordHash::new(stored)
            .is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
    }

    /// A hash to verify against when the account does not exist, so the time
    /// taken does not tell whether a phone number has an account.
    pub fn decoy_hash() -> &'static str {
        static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        DECOY.get_or_init(|| hash("decoy-password-for-timing").unwrap_or_default())
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_hash_verifies_its_password_only() {
            let stored = hash("Mahua@Bastar24").unwrap();
            assert!(stored.starts_with("$argon2id$"));
            assert!(verify("Mahua@Bastar24", &stored));
            assert!(!verify("mahua@bastar24", &stored));
            assert!(!verify("Mahua@Bastar24", "not a hash"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_is_counted_in_characters_from_8_to_64() {
        assert!(check_new_password("Sh0rt!", "").is_err());
        assert!(check_new_password("Gond-art-Nangur", "").is_ok());
        assert!(check_new_password(&"ab1".repeat(22), "").is_err(), "66 characters");
        assert!(check_new_password("आमकाअचारखोरपा", "").is_ok(), "13 Hindi characters");
    }

    #[test]
    fn the_phone_number_cannot_be_the_password() {
        assert!(check_new_password("me9826012345", "9826012345").is_err());
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn common_passwords_are_refused() {
        for common in ["password", "12345678", "qwertyuiop", "iloveyou", "Password1", "PASSWORD"] {
            assert!(check_new_password(common, "").is_err(), "{common} should be refused");
        }
    }
}
