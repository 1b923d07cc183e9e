//! Dates as people in India read them: Indian Standard Time, day first.

use crate::i18n::Lang;

const MONTHS_EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_HI: [&str; 12] = ["जन॰", "फ़र॰", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अग॰", "सित॰", "अक्टू॰", "नव॰", "दिस॰"];
/// IST is UTC+5:30 all year (no daylight saving).
const IST_OFFSET_MS: i64 = (5 * 60 + 30) * 60 * 1000;

/// Year, month (1–12) and day of a count of days since 1970-01-01
/// (Howard Hinnant's civil-from-days algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A month's name: "Nov" / "नव॰".
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    let months = if lang == Lang::Hi { MONTHS_HI } else { MONTHS_EN };
    months[(month.clamp(1, 12) - 1) as usize]
}

/// The year and month (1–12) in India at `epoch_ms`.
pub fn year_month(epoch_ms: i64) -> (i32, u32) {
    let (year, month, _) = civil_from_days((epoch_ms + IST_OFFSET_MS).div_euclid(86_400_000));
    (year as i32, month)
}

/// "23-11-2026": a date in India, as invoices print it.
pub fn date(epoch_ms: i64) -> String {
    let (year, month, day) = civil_from_days((epoch_ms + IST_OFFSET_MS).div_euclid(86_400_000));
    format!("{day:02}-{month:02}-{year}")
}

/// "23 Nov 2026, 14:05" / "23 नव॰ 2026, 14:05" from epoch milliseconds.
pub fn date_time(epoch_ms: i64, lang: Lang) -> String {
    let local = epoch_ms + IST_OFFSET_MS;
    let days = local.div_euclid(86_400_000);
    let minutes = local.rem_euclid(86_400_000) / 60_000;
    let (year, month, day) = civil_from_days(days);
    let months = if lang == Lang::Hi { MONTHS_HI } else { MONTHS_EN };
    format!("{day} {} {year}, {:02}:{:02}", months[(month - 1) as usize], minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_shown_in_india_standard_time() {
        // 2026-11-23T08:35:00Z is 14:05 in India.
        assert_eq!(date_time(1_795_422_900_000, Lang::En), "23 Nov 2026, 14:05");
        assert_eq!(date_time(1_795_422_900_000, Lang::Hi), "23 नव॰ 2026, 14:05");
        // Late evening UTC is already the next day in India.
        assert_eq!(date_time(1_798_743_600_000, Lang::En), "1 Jan 2027, 00:30");
        assert_eq!(date_time(0, Lang::En), "1 Jan 1970, 05:30");
        assert_eq!(year_month(1_798_743_600_000), (2027, 1));
        assert_eq!(date(1_798_743_600_000), "01-01-2027");
    }
}
