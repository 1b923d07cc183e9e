//! Photos and other media: stored under content-hash names, served from
//! `/media/<key>` with a year-long cache (a key never changes content).

pub use domain::media::*;
#[allow(unused_imports)]
use serde::{Deserialize, Serialize};

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
