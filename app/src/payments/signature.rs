//! The payment gateway's signatures, as Razorpay defines them (server
//! only): after checkout, HMAC-SHA256 of `order_id|payment_id` with the
//! key secret; on webhooks, HMAC-SHA256 of the raw body with the webhook
//! secret, sent as `X-Razorpay-Signature`. Both hex; compared in constant
//! time.

use hmac::{Hmac, KeyInit, Mac};
use sha2_011::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// The hex HMAC-SHA256 of `message` under `secret` (what the gateway sends,
/// and what the local gateway simulator signs with).
pub fn sign(secret: &str, message: &[u8]) -> String {
    #[allow(clippy::expect_used)] // HMAC takes keys of any length: this cannot fail.
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(message);
    mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

fn verify(secret: &str, message: &[u8], signature_hex: &str) -> bool {
    let Some(signature) = decode_hex(signature_hex.trim()) else { return false };
    #[allow(clippy::expect_used)] // HMAC takes keys of any length: this cannot fail.
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(message);
    mac.verify_slice(&signature).is_ok()
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()).collect()
}

/// The checkout callback's `razorpay_signature` over `order_id|payment_id`.
pub fn checkout_is_genuine(key_secret: &str, order_id: &str, payment_id: &str, signature: &str) -> bool {
    verify(key_secret, format!("{order_id}|{payment_id}").as_bytes(), signature)
}

/// A webhook's `X-Razorpay-Signature` over the raw request body (exactly
/// the bytes received: re-serialising the JSON would break it).
pub fn webhook_is_genuine(webhook_secret: &str, raw_body: &[u8], signature: &str) -> bool {
    verify(webhook_secret, raw_body, signature)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_sha256_matches_rfc_4231() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        assert_eq!(
            sign("Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn a_genuine_checkout_signature_passes_and_any_change_fails() {
        let secret = "rzp_test_secret_haat";
        let good = sign(secret, b"order_N1a2b3c|pay_P9x8y7z");
        assert!(checkout_is_genuine(secret, "order_N1a2b3c", "pay_P9x8y7z", &good));
        assert!(!checkout_is_genuine(secret, "order_N1a2b3c", "pay_P9x8y7Z", &good), "tampered payment id");
        assert!(!checkout_is_genuine("another_secret", "order_N1a2b3c", "pay_P9x8y7z", &good), "wrong secret");
        let mut flipped = good.clone();
        flipped.replace_range(0..1, if good.starts_with('0') { "1" } else { "0" });
        assert!(!checkout_is_genuine(secret, "order_N1a2b3c", "pay_P9x8y7z", &flipped), "tampered signature");
        assert!(!checkout_is_genuine(secret, "order_N1a2b3c", "pay_P9x8y7z", "not hex"));
        assert!(!checkout_is_genuine(secret, "order_N1a2b3c", "pay_P9x8y7z", ""));
    }

    #[test]
    fn a_webhook_is_checked_over_its_raw_bytes() {
        let secret = "whsec_haat";
        let body = br#"{"event":"payment.captured","payload":{"payment":{"entity":{"id":"pay_1","amount":38550}}}}"#;
        let signature = sign(secret, body);
        assert!(webhook_is_genuine(secret, body, &signature));
        let reformatted =
            br#"{"event": "payment.captured","payload":{"payment":{"entity":{"id":"pay_1","amount":38550}}}}"#;
        assert!(!webhook_is_genuine(secret, reformatted, &signature), "one added space breaks it");
        assert!(!webhook_is_genuine("whsec_other", body, &signature));
    }
}
