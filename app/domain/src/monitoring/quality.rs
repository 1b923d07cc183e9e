//! The quality of a scope's listings as officials read it: how long
//! listings have waited for review, and which groups have nothing on sale.

use crate::i18n::Tr;
use serde::{Deserialize, Serialize};

const DAY: i64 = 24 * 60 * 60 * 1000;

/// A listing waiting longer than this for review is late: a group that
/// sent it in cannot sell it until an official has looked.
pub const REVIEW_WITHIN_MS: i64 = 3 * DAY;

/// How long a listing has waited for review, in the bands officials count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReviewAge {
    UnderADay,
    OneToThreeDays,
    Late,
}

impl ReviewAge {
    pub const ALL: [ReviewAge; 3] = [ReviewAge::UnderADay, ReviewAge::OneToThreeDays, ReviewAge::Late];

    pub const fn label(self) -> Tr {
        match self {
            ReviewAge::UnderADay => Tr::new("एक दिन से कम", "Under a day"),
            ReviewAge::OneToThreeDays => Tr::new("1 से 3 दिन", "1 to 3 days"),
            ReviewAge::Late => Tr::new("3 दिन से ज़्यादा (देर)", "Over 3 days (late)"),
        }
    }
}

/// The band of a listing that has waited `waited_ms` for review.
pub fn review_age(waited_ms: i64) -> ReviewAge {
    if waited_ms > REVIEW_WITHIN_MS {
        ReviewAge::Late
    } else if waited_ms >= DAY {
        ReviewAge::OneToThreeDays
    } else {
        ReviewAge::UnderADay
    }
}

/// Each band's count of the listings that have waited `waits` (ms each),
/// every band listed, even when empty.
pub fn review_ages(waits: &[i64]) -> Vec<(ReviewAge, i64)> {
    ReviewAge::ALL
        .into_iter()
        .map(|band| (band, waits.iter().filter(|w| review_age(**w) == band).count() as i64))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_is_late_for_review_after_three_days() {
        assert_eq!(review_age(0), ReviewAge::UnderADay);
        assert_eq!(review_age(DAY - 1), ReviewAge::UnderADay);
        assert_eq!(review_age(DAY), ReviewAge::OneToThreeDays);
        assert_eq!(review_age(REVIEW_WITHIN_MS), ReviewAge::OneToThreeDays);
        assert_eq!(review_age(REVIEW_WITHIN_MS + 1), ReviewAge::Late);
        assert_eq!(
            review_ages(&[5, 2 * DAY, 4 * DAY, 9 * DAY]),
            vec![(ReviewAge::UnderADay, 1), (ReviewAge::OneToThreeDays, 1), (ReviewAge::Late, 2)]
        );
        assert_eq!(review_ages(&[]).iter().map(|(_, n)| n).sum::<i64>(), 0);
    }
}
