//! Orders by phone: the hours a group answers calls for orders, as its
//! leader sets them, and how listing and group pages say them.

use crate::i18n::{Lang, Text};
use serde::{Deserialize, Serialize};

/// The hours a group takes calls, from `from` to `to` o'clock (24-hour,
/// India time), `from` before `to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallHours {
    pub from: u8,
    pub to: u8,
}

/// A group's number and hours, for a call button (`tel:`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallLine {
    /// Ten digits, without +91.
    pub phone: String,
    pub hours: CallHours,
}

impl CallHours {
    /// From the database's two columns: both set and in order, or none.
    pub fn from_columns(from: Option<i64>, to: Option<i64>) -> Option<CallHours> {
        let (from, to) = (u8::try_from(from?).ok()?, u8::try_from(to?).ok()?);
        (from < to && to <= 24).then_some(CallHours { from, to })
    }

    /// "10 am to 6 pm" / "सुबह 10 से शाम 6 बजे तक".
    pub fn label(self, lang: Lang) -> String {
        match lang {
            Lang::Hi => format!("{} से {} बजे तक", hour_hi(self.from), hour_hi(self.to)),
            Lang::En => format!("{} to {}", hour_en(self.from), hour_en(self.to)),
        }
    }
}

fn hour_en(hour: u8) -> String {
    match hour {
        0 | 24 => "midnight".into(),
        12 => "noon".into(),
        h if h < 12 => format!("{h} am"),
        h => format!("{} pm", h - 12),
    }
}

/// The part of the day first, as Hindi speakers say the time.
fn hour_hi(hour: u8) -> String {
    let twelve = match hour % 12 {
        0 => 12,
        h => h,
    };
    let part = match hour {
        0..=3 | 24 => "रात",
        4..=11 => "सुबह",
        12..=15 => "दोपहर",
        16..=18 => "शाम",
        _ => "रात",
    };
    format!("{part} {twelve}")
}

/// The hours as the leader's form sends them ("10", "18"; both empty: she
/// takes no calls for orders), or why not, in words.
pub fn parse_call_hours(from: &str, to: &str) -> Result<Option<CallHours>, Text> {
    let (from, to) = (from.trim(), to.trim());
    if from.is_empty() && to.is_empty() {
        return Ok(None);
    }
    let hour = |text: &str| crate::i18n::latin_digits(text).parse::<u8>().ok().filter(|h| *h <= 24);
    match (hour(from), hour(to)) {
        (Some(from), Some(to)) if from < to => Ok(Some(CallHours { from, to })),
        _ => Err(Text::new(
            "फ़ोन के घंटे 0 से 24 के बीच हों, और शुरू का घंटा ख़त्म से पहले",
            "Calling hours must be from 0 to 24, the start before the end",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_read_as_people_say_them() {
        let hours = CallHours { from: 10, to: 18 };
        assert_eq!(hours.label(Lang::En), "10 am to 6 pm");
        assert_eq!(hours.label(Lang::Hi), "सुबह 10 से शाम 6 बजे तक");
        assert_eq!(CallHours { from: 9, to: 13 }.label(Lang::Hi), "सुबह 9 से दोपहर 1 बजे तक");
        assert_eq!(CallHours { from: 0, to: 12 }.label(Lang::En), "midnight to noon");
    }

    #[test]
    fn the_leaders_form_is_read_or_refused_in_words() {
        assert_eq!(parse_call_hours("10", "18"), Ok(Some(CallHours { from: 10, to: 18 })));
        assert_eq!(parse_call_hours(" ", ""), Ok(None), "no calls");
        assert_eq!(parse_call_hours("१०", "१८"), Ok(Some(CallHours { from: 10, to: 18 })));
        for (from, to) in [("18", "10"), ("10", ""), ("9", "25"), ("ten", "6")] {
            assert!(parse_call_hours(from, to).is_err(), "{from}–{to}");
        }
        assert_eq!(CallHours::from_columns(Some(10), Some(18)), Some(CallHours { from: 10, to: 18 }));
        assert_eq!(CallHours::from_columns(None, Some(18)), None);
        assert_eq!(CallHours::from_columns(Some(18), Some(10)), None);
    }
}
