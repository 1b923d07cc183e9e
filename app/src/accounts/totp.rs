//! The second factor for officials: time-based one-time passwords (RFC 6238,
//! 6 digits, 30 seconds, SHA-1 as authenticator apps expect), enrolled by
//! scanning a QR code. Each accepted time step is remembered so a code
//! cannot be replayed.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use totp_rs::{Algorithm, Builder, Secret, Totp};

const ISSUER: &str = "Haat";

/// A new random 160-bit secret, base32 (what authenticator apps show).
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    OsRng.fill_bytes(&mut bytes);
    Secret::from(bytes.to_vec()).to_base32()
}

fn totp(secret_base32: &str, account: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret_base32).ok()?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret.as_bytes().to_vec())
        .with_issuer(Some(ISSUER))
        .with_account_name(account.replace(':', ""))
        .build()
        .ok()
}

/// The time step of an accepted code, if `code` is right for `unix_secs`
/// (±30 s for clock drift) and newer than the last accepted step.
pub fn verify(secret_base32: &str, code: &str, unix_secs: u64, last_step: Option<i64>) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let step = totp(secret_base32, "x")?.check(&code, unix_secs)? as i64;
    match last_step {
        Some(last) if step <= last => None,
        _ => Some(step),
    }
}

/// The code for a moment (tests and the demo).
pub fn code_at(secret_base32: &str, unix_secs: u64) -> Option<String> {
    Some(totp(secret_base32, "x")?.generate(unix_secs).to_string())
}

/// The enrolment QR code as an SVG image, and the otpauth URL inside it.
pub fn enrolment_qr(secret_base32: &str, account: &str) -> Option<(String, String)> {
    let url = totp(secret_base32, account)?.to_url().ok()?;
    let svg = qrcode::QrCode::new(url.as_bytes())
        .ok()?
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build();
    Some((svg, url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_accepted_once_and_within_a_step_of_drift() {
        let secret = new_secret();
        let now = 1_795_000_000;
        let code = code_at(&secret, now).unwrap();
        let step = verify(&secret, &code, now, None).expect("current code");
        assert_eq!(verify(&secret, &code, now + 30, None), Some(step), "30 s of drift");
        assert_eq!(verify(&secret, &code, now + 90, None), None, "too old");
        assert_eq!(verify(&secret, &code, now, Some(step)), None, "no replay");
        assert_eq!(verify(&secret, "000000", now, None).is_some(), code == "000000");
        assert_eq!(verify("not base32!", &code, now, None), None);
    }

    #[test]
    fn the_enrolment_qr_code_carries_an_otpauth_url() {
        let (svg, url) = enrolment_qr(&new_secret(), "9826012345").unwrap();
        assert!(svg.contains("<svg"));
        assert!(url.starts_with("otpauth://totp/Haat:9826012345?"), "{url}");
        assert!(url.contains("issuer=Haat"));
    }
}
