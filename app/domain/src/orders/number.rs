//! Order numbers people can read out over the phone: `HT-2611-00042-7`
//! (Haat, year and month placed, the order's id, a check digit that
//! catches one wrong digit or two swapped ones).

/// The Luhn check digit of a string of digits.
fn luhn(digits: &str) -> u32 {
    let sum: u32 = digits
        .chars()
        .rev()
        .filter_map(|c| c.to_digit(10))
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 0 {
                let d2 = d * 2;
                if d2 > 9 {
                    d2 - 9
                } else {
                    d2
                }
            } else {
                d
            }
        })
        .sum();
    (10 - sum % 10) % 10
}

/// The number of order `id`, placed in `year` (e.g. 2026) and `month` (1–12).
pub fn order_number(id: i64, year: i32, month: u32) -> String {
    let digits = format!("{:02}{:02}{:05}", year.rem_euclid(100), month, id);
    format!("HT-{}-{}-{}", &digits[..4], &digits[4..], luhn(&digits))
}

/// Whether a typed order number is well formed and its check digit right.
pub fn is_valid(number: &str) -> bool {
    let parts: Vec<&str> = number.trim().split('-').collect();
    match parts.as_slice() {
        ["HT" | "ht", ym, id, check] if ym.len() == 4 && id.len() >= 5 => {
            let digits = format!("{ym}{id}");
            digits.chars().all(|c| c.is_ascii_digit()) && check.parse::<u32>().ok() == Some(luhn(&digits))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_carry_the_month_the_id_and_a_check_digit() {
        let n = order_number(42, 2026, 11);
        assert!(n.starts_with("HT-2611-00042-"), "{n}");
        assert!(is_valid(&n));
        assert_eq!(order_number(1_234_567, 2027, 1).split('-').nth(2), Some("1234567"), "ids past 99999 just grow");
    }

    #[test]
    fn a_mistyped_digit_or_swapped_pair_is_caught() {
        let n = order_number(42, 2026, 11);
        assert!(!is_valid(&n.replace("00042", "00043")));
        assert!(!is_valid(&n.replace("00042", "00024")));
        assert!(!is_valid("HT-2611-00042"));
        assert!(!is_valid("order 42"));
    }
}
