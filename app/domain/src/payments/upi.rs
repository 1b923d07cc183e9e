//! Paying a group by UPI: the NPCI deep link a phone opens in any UPI app,
//! and the 12-digit UTR the buyer types back as proof.

use crate::groups::upi::Vpa;
use crate::i18n::Text;
use crate::money::Money;

/// Percent-encodes a UPI parameter value (RFC 3986 unreserved characters stay).
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// `upi://pay?pa=VPA&pn=NAME&am=AMOUNT&cu=INR&tr=REF&tn=NOTE`: NPCI's
/// linking format. The amount has two decimals; `tr` carries the order
/// number so the group can match the payment.
pub fn pay_link(vpa: &Vpa, payee: &str, amount: Money, order_number: &str, note: &str) -> String {
    format!(
        "upi://pay?pa={}&pn={}&am={:.2}&cu=INR&tr={}&tn={}",
        encode(vpa.as_str()),
        encode(payee),
        amount.rupees(),
        encode(order_number),
        encode(note)
    )
}

/// A UPI transaction reference (UTR / RRN): 12 digits. Spaces a buyer
/// copies along are dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Utr(String);

impl Utr {
    pub fn parse(input: &str) -> Result<Utr, Text> {
        let digits: String =
            crate::i18n::latin_digits(input).chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        if digits.len() == 12 && digits.chars().all(|c| c.is_ascii_digit()) {
            Ok(Utr(digits))
        } else {
            Err(Text::new(
                "UTR (UPI संदर्भ संख्या) 12 अंकों की होती है: UPI ऐप में भुगतान के विवरण में देखें",
                "A UTR (UPI reference number) has 12 digits: find it in the payment's details in your UPI app",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_follows_npcis_format_with_encoded_values() {
        let vpa = Vpa::parse("maadurga.khorpa@sbi").unwrap();
        let link = pay_link(&vpa, "Maa Durga SHG", Money::from_paise(38_550), "HT-2611-00042-7", "Haat order");
        assert_eq!(
            link,
            "upi://pay?pa=maadurga.khorpa%40sbi&pn=Maa%20Durga%20SHG&am=385.50&cu=INR&tr=HT-2611-00042-7&tn=Haat%20order"
        );
        let whole = pay_link(&vpa, "माँ दुर्गा", Money::from_rupees(120), "HT-1", "x");
        assert!(whole.contains("&am=120.00&"), "{whole}");
        assert!(whole.contains("pn=%E0%A4%AE"), "Hindi names are UTF-8 percent-encoded: {whole}");
    }

    #[test]
    fn a_utr_has_twelve_digits() {
        assert_eq!(Utr::parse("4123 5678 9012").unwrap().as_str(), "412356789012");
        for bad in ["", "41235678901", "4123567890123", "41235678901a", "UTR412356789"] {
            assert!(Utr::parse(bad).is_err(), "{bad}");
        }
    }
}
