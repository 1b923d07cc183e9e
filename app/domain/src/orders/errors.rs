//! What an order step or a checkout answers when it cannot go on, in Hindi
//! and English. The store returns these; the words live here, beside the
//! rules that decide them.

use crate::error::AppError;
use crate::i18n::{Lang, Text};

/// Each language names the listing by its own title (the Hindi one when it
/// has no English title).
pub fn out_of_stock(title: &Text) -> AppError {
    let (hi, en) = (title.get(Lang::Hi), title.get(Lang::En));
    AppError::OutOfStock {
        message: Text::new(
            format!("माफ़ कीजिए, \"{hi}\" उतना स्टॉक में नहीं बचा। मात्रा घटाएँ या बाद में देखें।"),
            format!("Sorry, not enough of \"{en}\" is left in stock. Lower the quantity or check back later."),
        ),
    }
}

pub fn cart_empty() -> AppError {
    AppError::validation("cart", Text::new("थैला ख़ाली है", "The cart is empty"))
}

pub fn no_longer_on_sale() -> AppError {
    AppError::Conflict {
        message: Text::new(
            "थैले की एक चीज़ अब बिक्री में नहीं है। थैला देखकर फिर कोशिश करें।",
            "Something in the cart is no longer on sale. Check the cart and try again.",
        ),
    }
}

pub fn below_minimum(title: &Text, min_order_qty: i64) -> AppError {
    AppError::validation(
        "qty",
        Text::new(
            format!("\"{}\" कम से कम {min_order_qty} नग मँगाएँ", title.get(Lang::Hi)),
            format!("Order at least {min_order_qty} of \"{}\"", title.get(Lang::En)),
        ),
    )
}

/// One buyer may hold only so much of a listing in unpaid orders
/// (`holds::unpaid_room`); `room` is how many more she may order unpaid.
pub fn unpaid_hold_cap(title: &Text, room: i64) -> AppError {
    let (hi, en) = (title.get(Lang::Hi), title.get(Lang::En));
    let message = if room == 0 {
        Text::new(
            format!(
                "\"{hi}\" के और नग आप भुगतान से पहले नहीं ले सकतीं: पहले के ऑर्डर का भुगतान करें, या \"सामान मिलने पर नक़द\" चुनें।"
            ),
            format!(
                "You can order no more of \"{en}\" unpaid: pay for your earlier orders first, or choose cash on delivery."
            ),
        )
    } else {
        Text::new(
            format!(
                "\"{hi}\" के भुगतान से पहले आप अभी {room} नग और ही ले सकती हैं, ताकि दूसरों के लिए भी बचे। कम मँगाएँ, पहले के ऑर्डर का भुगतान करें, या \"सामान मिलने पर नक़द\" चुनें।"
            ),
            format!(
                "Until you pay, you can hold at most {room} more of \"{en}\", so that some is left for others. Order fewer, pay your earlier orders, or choose cash on delivery."
            ),
        )
    };
    AppError::validation("payment", message)
}

/// A group with a delivery chosen but no way to pay.
pub fn choose_payment() -> AppError {
    AppError::validation("payment", Text::new("हर समूह के लिए भुगतान का तरीक़ा चुनें", "Choose how to pay each group"))
}

pub fn choose_delivery() -> AppError {
    AppError::validation("delivery", Text::new("हर समूह के लिए डिलीवरी चुनें", "Choose a delivery for every group"))
}

/// A delivery option the buyer sent that the group does not offer to her.
pub fn delivery_not_available() -> Text {
    Text::new("यह डिलीवरी उपलब्ध नहीं है", "This delivery is not available")
}

pub fn group_takes_no_upi() -> AppError {
    AppError::validation(
        "payment",
        Text::new(
            "एक समूह UPI से भुगतान नहीं लेता: सामान मिलने पर नक़द चुनें",
            "One of the groups takes no UPI payments: choose cash on delivery",
        ),
    )
}

/// The step does not follow from where the order is now.
pub fn step_not_possible_now() -> AppError {
    AppError::Conflict {
        message: Text::new(
            "ऑर्डर की स्थिति बदल चुकी है; यह क़दम अब नहीं हो सकता। पेज दोबारा खोलें।",
            "The order has moved on; this step is no longer possible. Open the page again.",
        ),
    }
}

/// Someone else moved the order between reading and writing it.
pub fn changed_meanwhile() -> AppError {
    AppError::Conflict {
        message: Text::new("ऑर्डर इसी बीच बदल गया। पेज दोबारा खोलें।", "The order changed meanwhile. Open the page again."),
    }
}

pub fn utr_already_given() -> AppError {
    AppError::Conflict {
        message: Text::new("इस ऑर्डर का UTR पहले ही दिया जा चुका है", "A UTR was already given for this order"),
    }
}

pub fn no_utr_to_check() -> AppError {
    AppError::Conflict {
        message: Text::new("इस ऑर्डर पर कोई UTR जाँच के लिए नहीं है", "There is no UTR to check on this order"),
    }
}

/// Dispatch of goods whose balance is due first and not yet recorded.
pub fn balance_first() -> AppError {
    AppError::Conflict {
        message: Text::new(
            "बाक़ी रक़म माल भेजने से पहले मिलनी है: पहले उसे \"बाक़ी रक़म मिल गई\" से दर्ज करें",
            "The balance is due before dispatch: record it received first",
        ),
    }
}

/// The balance cannot be paid or recorded now (paid in one, already in, or the order ended).
pub fn no_balance_due() -> AppError {
    AppError::Conflict {
        message: Text::new(
            "इस ऑर्डर पर अभी कोई बाक़ी रक़म नहीं देनी (या पहले ही दर्ज हो चुकी है)",
            "No balance is due on this order now (or it was already recorded)",
        ),
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_names_what_to_do_in_both_languages() {
        let title = Text::new("आम का अचार", "Mango pickle");
        for error in [
            out_of_stock(&title),
            cart_empty(),
            no_longer_on_sale(),
            below_minimum(&title, 5),
            choose_delivery(),
            group_takes_no_upi(),
            step_not_possible_now(),
            changed_meanwhile(),
            utr_already_given(),
            no_utr_to_check(),
        ] {
            let (hi, en) = (error.message(Lang::Hi), error.message(Lang::En));
            assert!(hi.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)), "Hindi: {hi}");
            assert!(!en.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)), "English: {en}");
            assert_ne!(hi, en);
        }
        assert!(below_minimum(&title, 5).message(Lang::Hi).contains("आम का अचार"));
        // Each language names the listing in its own words.
        assert!(out_of_stock(&title).message(Lang::En).contains("\"Mango pickle\""));
        assert!(out_of_stock(&title).message(Lang::Hi).contains("\"आम का अचार\""));
        let hindi_only = Text::new("आम का अचार", "");
        assert!(out_of_stock(&hindi_only).message(Lang::En).contains("\"आम का अचार\""));
        assert!(below_minimum(&hindi_only, 5).message(Lang::En).contains("of \"आम का अचार\""));
        assert!(below_minimum(&title, 5).message(Lang::En).contains("at least 5 of \"Mango pickle\""));
    }
}
