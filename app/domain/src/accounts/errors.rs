//! What sign-in and account calls answer when they must refuse, in Hindi
//! and English.

use crate::error::AppError;
use crate::i18n::Text;

/// Too many attempts from one phone or address; `minutes` until it may try again.
pub fn rate_limited(minutes: i64) -> AppError {
    AppError::RateLimited {
        message: Text::new(
            format!("बहुत अधिक कोशिशें हुईं। {minutes} मिनट बाद फिर कोशिश करें।"),
            format!("Too many attempts. Try again in {minutes} minutes."),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn says_how_long_to_wait() {
        let error = rate_limited(12);
        assert!(error.message(Lang::Hi).contains("12 मिनट"));
        assert!(error.message(Lang::En).contains("12 minutes"));
        assert_eq!(error.status_code(), 429);
    }
}
