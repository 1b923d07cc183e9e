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
        let mut parts: Vec<String> =
            self.smaller.iter().map(|(w, key)| format!("{MEDIA_PREFIX}/{key} {w}w")).collect();
        parts.push(format!("{} {}w", self.url(), self.width));
        Some(parts.join(", "))
    }
}

#[cfg(feature = "ssr")]
pub mod upload;

#[cfg(feature = "ssr")]
pub mod ssr {
    //! Where media bytes live. Callers see only [`MediaStore`], so an
    //! S3-compatible store can replace the local folder without touching them.

    use sha2::{Digest, Sha256};
    use std::path::PathBuf;

    /// Storage for media files, addressed by content-derived keys.
    #[async_trait::async_trait]
    pub trait MediaStore: Send + Sync + std::fmt::Debug {
        /// Stores `bytes` and returns the key: the content's SHA-256 (first
        /// 32 hex digits) and `extension`. Storing the same bytes twice is a no-op.
        async fn put(&self, bytes: &[u8], extension: &str) -> std::io::Result<String>;
        /// Whether a key is present.
        async fn exists(&self, key: &str) -> bool;
    }

    /// The content key of `bytes`.
    pub fn content_key(bytes: &[u8], extension: &str) -> String {
        let digest = Sha256::digest(bytes);
        let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
        format!("{hex}.{extension}")
    }

    /// Media in a folder on local disk (the default).
    #[derive(Clone, Debug)]
    pub struct LocalMediaStore {
        pub root: PathBuf,
    }

    impl LocalMediaStore {
        pub fn new(root: impl Into<PathBuf>) -> Self {
            LocalMediaStore { root: root.into() }
        }
    }

    #[async_trait::async_trait]
    impl MediaStore for LocalMediaStore {
        async fn put(&self, bytes: &[u8], extension: &str) -> std::io::Result<String> {
            let key = content_key(bytes, extension);
            let path = self.root.join(&key);
            if tokio::fs::try_exists(&path).await.unwrap_or(false) {
                return Ok(key);
            }
            tokio::fs::create_dir_all(&self.root).await?;
            // Write beside, then rename: a reader never sees half a file. The
            // partial file's name is this write's own, so two uploads of the
            // same photo at once cannot take each other's file away.
            static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
            let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let partial = self.root.join(format!(".{key}.{}-{n}.partial", std::process::id()));
            tokio::fs::write(&partial, bytes).await?;
            if let Err(error) = tokio::fs::rename(&partial, &path).await {
                let _ = tokio::fs::remove_file(&partial).await;
                if !tokio::fs::try_exists(&path).await.unwrap_or(false) {
                    return Err(error);
                }
            }
            Ok(key)
        }

        async fn exists(&self, key: &str) -> bool {
            tokio::fs::try_exists(self.root.join(key)).await.unwrap_or(false)
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_photo_lists_its_narrower_copies_in_srcset_and_round_trips_its_column() {
            let photo = super::super::Photo::single("c.jpg", 1280, 960).with_smaller("320:a.jpg 640:b.jpg");
            assert_eq!(photo.srcset().unwrap(), "/media/a.jpg 320w, /media/b.jpg 640w, /media/c.jpg 1280w");
            assert_eq!(photo.smaller_column(), "320:a.jpg 640:b.jpg");
            assert_eq!(super::super::Photo::single("d.svg", 800, 600).srcset(), None);
            assert_eq!(super::super::Photo::single("d.jpg", 9, 9).with_smaller("x:1 bad 320:ok.jpg").smaller.len(), 1);
        }

        #[tokio::test]
        async fn the_same_bytes_get_the_same_key_and_are_stored_once() {
            let dir = std::env::temp_dir().join(format!("haat-media-{}", std::process::id()));
            let store = LocalMediaStore::new(&dir);
            let a = store.put(b"<svg/>", "svg").await.unwrap();
            let b = store.put(b"<svg/>", "svg").await.unwrap();
            assert_eq!(a, b);
            assert!(a.ends_with(".svg") && a.len() == 36);
            assert!(store.exists(&a).await);
            assert_ne!(a, store.put(b"<svg></svg>", "svg").await.unwrap());
            let _ = std::fs::remove_dir_all(dir);
        }

        #[tokio::test]
        async fn the_same_photo_stored_many_times_at_once_is_stored_once_without_errors() {
            let dir = std::env::temp_dir().join(format!("haat-media-race-{}", std::process::id()));
            let store = LocalMediaStore::new(&dir);
            let puts = (0..16).map(|_| {
                let store = store.clone();
                tokio::spawn(async move { store.put(b"<svg>same</svg>", "svg").await })
            });
            for put in futures::future::join_all(puts).await {
                assert!(put.unwrap().is_ok());
            }
            let files: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
            assert_eq!(files.len(), 1, "one file, no partial leftovers");
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}
