//! Delivery addresses typed by a person: each field checked, the PIN code
//! and phone parsed, everything trimmed.

#[cfg(feature = "ssr")]
use crate::groups::phone::{Phone, Pincode};
#[cfg(feature = "ssr")]
use crate::i18n::{Text, Tr};

/// A checked address, ready for the store.
#[cfg(feature = "ssr")]
pub use crate::accounts::addresses::NewAddress;

#[cfg(feature = "ssr")]
fn field(value: &str, name: &'static str, min: usize, max: usize, message: Tr) -> Result<String, (&'static str, Text)> {
    let clean = value.split_whitespace().collect::<Vec<_>>().join(" ");
    let len = clean.chars().count();
    if (min..=max).contains(&len) {
        Ok(clean)
    } else {
        Err((name, message.to_text()))
    }
}

/// Checks every field; the first problem is returned with its field name.
#[cfg(feature = "ssr")]
#[allow(clippy::too_many_arguments)]
pub fn parse(
    name: &str,
    phone: &str,
    line1: &str,
    line2: &str,
    city: &str,
    district: &str,
    state_id: i64,
    pincode: &str,
) -> Result<NewAddress, (&'static str, Text)> {
    Ok(NewAddress {
        name: field(name, "name", 2, 60, Tr::new("पाने वाले का नाम लिखें", "Write the name of the person receiving it"))?,
        phone: Phone::parse(phone).map_err(|m| ("phone", m))?.as_str().to_string(),
        line1: field(
            line1,
            "line1",
            3,
            120,
            Tr::new("मकान नंबर, गली या मोहल्ला लिखें", "Write the house number and street"),
        )?,
        line2: field(
            line2,
            "line2",
            0,
            120,
            Tr::new("दूसरी पंक्ति 120 अक्षरों तक", "The second line can have 120 characters"),
        )?,
        city: field(city, "city", 2, 60, Tr::new("गाँव या शहर लिखें", "Write the village or town"))?,
        district: field(district, "district", 2, 60, Tr::new("ज़िला लिखें", "Write the district"))?,
        state_id,
        pincode: Pincode::parse(pincode).map_err(|m| ("pincode", m))?,
    })
}

/// An optional email for notices: empty means none. Checked loosely (one
/// `@`, a dot in the domain, no spaces); the mail server has the last word.
pub fn parse_email(input: &str) -> Result<Option<String>, crate::error::AppError> {
    let email = input.trim().to_lowercase();
    if email.is_empty() {
        return Ok(None);
    }
    let ok = email.len() <= 120
        && !email.contains(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
        });
    if ok {
        Ok(Some(email))
    } else {
        Err(crate::error::AppError::validation(
            "email",
            crate::i18n::Tr::new(
                "ईमेल सही लिखें, जैसे naam@example.in (या ख़ाली छोड़ें)",
                "Write a valid email, like name@example.in (or leave it empty)",
            ),
        ))
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn an_email_is_optional_and_checked_loosely() {
        assert_eq!(parse_email("").unwrap(), None);
        assert_eq!(parse_email(" Sunita@Example.IN ").unwrap().as_deref(), Some("sunita@example.in"));
        for bad in ["sunita", "a@b", "a b@example.in", "@example.in", "a@example.", "a@@example.in"] {
            assert!(parse_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_complete_address_is_cleaned_up() {
        let a =
            parse("  Sunita  Verma ", "98260 12345", "House 4,  Gandhi Chowk", "", "Raipur", "Raipur", 1, "492 001")
                .unwrap();
        assert_eq!(a.name, "Sunita Verma");
        assert_eq!(a.phone, "9826012345");
        assert_eq!(a.line1, "House 4, Gandhi Chowk");
        assert_eq!(a.pincode.as_str(), "492001");
    }

    #[test]
    fn each_bad_field_is_named() {
        let ok = ("Sunita", "9826012345", "House 4", "", "Raipur", "Raipur", "492001");
        let check = |a: (&str, &str, &str, &str, &str, &str, &str)| {
            parse(a.0, a.1, a.2, a.3, a.4, a.5, 1, a.6).err().map(|e| e.0)
        };
        assert_eq!(check(ok), None);
        assert_eq!(check(("S", ok.1, ok.2, ok.3, ok.4, ok.5, ok.6)), Some("name"));
        assert_eq!(check((ok.0, "12345", ok.2, ok.3, ok.4, ok.5, ok.6)), Some("phone"));
        assert_eq!(check((ok.0, ok.1, "", ok.3, ok.4, ok.5, ok.6)), Some("line1"));
        assert_eq!(check((ok.0, ok.1, ok.2, ok.3, ok.4, ok.5, "49200")), Some("pincode"));
        assert_eq!(check((ok.0, ok.1, ok.2, ok.3, "", ok.5, ok.6)), Some("city"));
    }
}
