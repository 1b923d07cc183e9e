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
        })
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
            // Write beside, then rename: a reader never sees half a file.
            let partial = self.root.join(format!(".{key}.partial"));
            tokio::fs::write(&partial, bytes).await?;
            tokio::fs::rename(&partial, &path).await?;
            Ok(key)
        }

        async fn exists(&self, key: &str) -> bool {
            tokio::fs::try_exists(self.root.join(key)).await.unwrap_or(false)
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

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
    }
}
