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

/// Days since 1970-01-01 of a calendar date (the inverse of
/// `civil_from_days`), or `None` for a date that does not exist.
fn days_from_civil(year: i64, month: u32, day: u32) -> Option<i64> {
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => return None,
    };
    if !(1..=days_in_month).contains(&day) {
        return None;
    }
    let year = year - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let mp = i64::from(if month > 2 { month - 3 } else { month + 9 });
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Today's day number in India (days since 1970-01-01, IST).
pub fn day_of(epoch_ms: i64) -> i64 {
    (epoch_ms + IST_OFFSET_MS).div_euclid(86_400_000)
}

/// The moment (epoch ms) a day in India begins.
pub fn day_start_ms(day: i64) -> i64 {
    day * 86_400_000 - IST_OFFSET_MS
}

/// The first day of the month `day` falls in.
pub fn month_start(day: i64) -> i64 {
    let (year, month, _) = civil_from_days(day);
    days_from_civil(year, month, 1).unwrap_or(day)
}

/// The first day of India's financial year (1 April) that `day` falls in.
pub fn financial_year_start(day: i64) -> i64 {
    let (year, month, _) = civil_from_days(day);
    let year = if month >= 4 { year } else { year - 1 };
    days_from_civil(year, 4, 1).unwrap_or(day)
}

/// The first and last day of the financial year that starts in April of
/// `year` (2026 → 1 April 2026 to 31 March 2027).
pub fn financial_year_days(year: i64) -> Option<(i64, i64)> {
    Some((days_from_civil(year, 4, 1)?, days_from_civil(year + 1, 4, 1)? - 1))
}

/// The year a day's financial year starts in (15 Jan 2027 → 2026).
pub fn financial_year_of(day: i64) -> i64 {
    let (year, month, _) = civil_from_days(day);
    if month >= 4 {
        year
    } else {
        year - 1
    }
}

/// A date as a form's date field sends it ("2026-12-15") as a day number.
pub fn parse_iso_day(text: &str) -> Option<i64> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    if !(2000..=2200).contains(&year) {
        return None;
    }
    days_from_civil(year, month, day)
}

/// "2026-12-15": a day number as a date field's value.
pub fn iso_day(day: i64) -> String {
    let (year, month, day) = civil_from_days(day);
    format!("{year:04}-{month:02}-{day:02}")
}

/// "15 Dec" / "15 दिस॰": a day number as a promise reads it.
pub fn day_label(day: i64, lang: Lang) -> String {
    let (_, month, day) = civil_from_days(day);
    format!("{day} {}", month_name(month, lang))
}

/// "Nov 2026" / "नव॰ 2026": the month a day falls in.
pub fn month_label(day: i64, lang: Lang) -> String {
    let (year, month, _) = civil_from_days(day);
    format!("{} {year}", month_name(month, lang))
}

/// The first day of the month after the one `day` falls in.
pub fn next_month_start(day: i64) -> i64 {
    let (year, month, _) = civil_from_days(day);
    let (year, month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    days_from_civil(year, month, 1).unwrap_or(day + 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_field_reads_as_a_day_and_back() {
        let day = parse_iso_day("2026-12-15").unwrap();
        assert_eq!(iso_day(day), "2026-12-15");
        assert_eq!(day_label(day, Lang::En), "15 Dec");
        assert_eq!(day_label(day, Lang::Hi), "15 दिस॰");
        assert_eq!(parse_iso_day("2028-02-29").map(iso_day).as_deref(), Some("2028-02-29"));
        for bad in ["2026-02-29", "2026-13-01", "2026-12-32", "15-12-2026", "", "2026-12"] {
            assert_eq!(parse_iso_day(bad), None, "{bad}");
        }
        // 23 Nov 2026, 14:05 in India.
        assert_eq!(iso_day(day_of(1_795_422_900_000)), "2026-11-23");
    }

    #[test]
    fn a_day_begins_at_midnight_in_india_and_years_begin_in_april() {
        let day = parse_iso_day("2026-12-15").unwrap();
        assert_eq!(day_of(day_start_ms(day)), day);
        assert_eq!(day_of(day_start_ms(day) - 1), day - 1);
        assert_eq!(iso_day(month_start(day)), "2026-12-01");
        assert_eq!(iso_day(financial_year_start(day)), "2026-04-01");
        assert_eq!(iso_day(financial_year_start(parse_iso_day("2027-03-31").unwrap())), "2026-04-01");
        assert_eq!(iso_day(financial_year_start(parse_iso_day("2027-04-01").unwrap())), "2027-04-01");
        assert_eq!(iso_day(next_month_start(parse_iso_day("2026-12-15").unwrap())), "2027-01-01");
        assert_eq!(iso_day(next_month_start(parse_iso_day("2026-02-01").unwrap())), "2026-03-01");
        assert_eq!(financial_year_of(parse_iso_day("2027-03-31").unwrap()), 2026);
        assert_eq!(financial_year_of(parse_iso_day("2027-04-01").unwrap()), 2027);
        let (first, last) = financial_year_days(2026).unwrap();
        assert_eq!((iso_day(first), iso_day(last)), ("2026-04-01".to_string(), "2027-03-31".to_string()));
    }

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
