//! What a listing write answers when it cannot go on, in Hindi and English.

use crate::error::AppError;
use crate::i18n::Text;
use crate::listings::rules::MAX_PHOTOS;

/// Someone saved the listing between this form's load and its save.
pub fn changed_meanwhile() -> AppError {
    AppError::Conflict {
        message: Text::new(
            "इसी बीच यह उत्पाद किसी और ने बदल दिया। पेज दोबारा खोलकर फिर से करें।",
            "Someone changed this listing meanwhile. Open the page again and retry.",
        ),
    }
}

/// The listing left the status this step starts from.
pub fn status_changed() -> AppError {
    AppError::Conflict {
        message: Text::new(
            "उत्पाद की स्थिति बदल चुकी है। पेज दोबारा खोलें।",
            "The listing's status has changed already. Open the page again.",
        ),
    }
}

/// A ± tap would take stock below zero or above the limit.
pub fn stock_out_of_bounds() -> AppError {
    AppError::validation(
        "stock",
        Text::new("स्टॉक शून्य से कम या बहुत ज़्यादा नहीं हो सकता", "Stock cannot go below zero or above the limit"),
    )
}

/// `count` photos are on the listing already.
pub fn too_many_photos(count: i64) -> AppError {
    AppError::validation(
        "photos",
        Text::new(
            format!("एक उत्पाद की {MAX_PHOTOS} फ़ोटो तक लग सकती हैं (अभी {count} लगी हैं)"),
            format!("A listing can have up to {MAX_PHOTOS} photos ({count} now)"),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn messages_are_in_both_languages_and_say_the_numbers() {
        for error in [changed_meanwhile(), status_changed(), stock_out_of_bounds(), too_many_photos(7)] {
            assert_ne!(error.message(Lang::Hi), error.message(Lang::En));
        }
        assert!(too_many_photos(7).message(Lang::En).contains(&format!("up to {MAX_PHOTOS} photos (7 now)")));
        assert!(too_many_photos(7).message(Lang::Hi).contains("अभी 7"));
    }
}
