//! Photos and other media: stored under content-hash names, served from
//! `/media/<key>` with a year-long cache (a key never changes content).

use serde::{Deserialize, Serialize};

/// URL prefix media is served under.
pub const MEDIA_PREFIX: &str = "/media";

/// A stored image and its intrinsic size (for `width`/`height`, so the page
/// does not jump while it loads on a slow link).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Photo {
    pub key: String,
    pub width: u32,
    pub height: u32,
    /// Narrower copies of the same picture (width, key), narrowest first:
    /// uploads have them, so a phone downloads the 320 px one, not 1280.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub smaller: Vec<(u32, String)>,
}

impl Photo {
    pub fn url(&self) -> String {
        format!("{MEDIA_PREFIX}/{}", self.key)
    }

    /// Builds a photo from database columns; a missing key means no photo.
    pub fn from_columns(key: Option<String>, width: Option<i64>, height: Option<i64>) -> Option<Photo> {
        let key = key?;
        Some(Photo {
            key,
            width: width.and_then(|w| u32::try_from(w).ok()).unwrap_or(800),
            height: height.and_then(|h| u32::try_from(h).ok()).unwrap_or(800),
            smaller: Vec::new(),
        })
    }

    /// A photo without narrower copies (drawings, old data).
    pub fn single(key: impl Into<String>, width: u32, height: u32) -> Photo {
        Photo { key: key.into(), width, height, smaller: Vec::new() }
    }

    /// Adds the narrower copies from their column form, `"320:key 640:key"`
    /// (anything malformed in it is skipped: the photo still shows).
    pub fn with_smaller(mut self, column: &str) -> Photo {
        self.smaller = column
            .split_whitespace()
            .filter_map(|item| {
                let (width, key) = item.split_once(':')?;
                Some((width.parse().ok()?, key.to_string()))
            })
            .collect();
        self
    }

    /// The column form of the narrower copies (see [`Photo::with_smaller`]).
    pub fn smaller_column(&self) -> String {
        self.smaller.iter().map(|(w, key)| format!("{w}:{key}")).collect::<Vec<_>>().join(" ")
    }

    /// `srcset` listing every width, or `None` for a single-size picture.
    pub fn srcset(&self) -> Option<String> {
        if self.smaller.is_empty() {
            return None;
        }
        let mut parts: Vec<String> = self.smaller.iter().map(|(w, key)| format!("{MEDIA_PREFIX}/{key} {w}w")).collect();
        parts.push(format!("{} {}w", self.url(), self.width));
        Some(parts.join(", "))
    }
}
