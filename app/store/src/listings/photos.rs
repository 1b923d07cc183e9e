//! A listing's photos (server only): appended in order, moved, made the
//! cover, deleted; new photos on a live listing send it back to review.

use crate::catalog::types::ListingStatus;
use crate::catalog::write::add_photo;
use crate::db::now_ms;
use crate::error::AppError;
use crate::listings::rules::{self};
use crate::listings::store::*;
use crate::listings::types::*;
use crate::media::Photo;
use sqlx::AnyConnection;

/// Appends photos; a live listing goes back to review so an official sees
/// them first. Returns the status afterwards.
pub async fn add_photos(
    tx: &mut AnyConnection,
    listing_id: i64,
    actor: i64,
    photos: &[Photo],
) -> Result<ListingStatus, AppError> {
    // Writing the listing's row first locks it (PostgreSQL's row lock; on
    // SQLite the transaction holds the write lock already), so two batches
    // for one listing at once take their positions one after the other
    // instead of both reading the same last position.
    let status: ListingStatus =
        sqlx::query_scalar("UPDATE products SET updated_at = $1 WHERE id = $2 RETURNING status")
            .bind(now_ms())
            .bind(listing_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(AppError::NotFound)?;
    let (count, last): (i64, Option<i64>) =
        sqlx::query_as("SELECT COUNT(*), MAX(position) FROM product_photos WHERE product_id = $1")
            .bind(listing_id)
            .fetch_one(&mut *tx)
            .await?;
    if count as usize + photos.len() > rules::MAX_PHOTOS {
        return Err(crate::listings::errors::too_many_photos(count));
    }
    let first = last.map_or(0, |p| p + 1);
    for (position, photo) in (first..).zip(photos) {
        add_photo(&mut *tx, listing_id, position, photo).await?;
    }
    let after = rules::status_after_new_photos(status);
    if after != status {
        sqlx::query("UPDATE products SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(after)
            .bind(now_ms())
            .bind(listing_id)
            .execute(&mut *tx)
            .await?;
        record(&mut *tx, listing_id, Some(actor), EventKind::BackToReview, None, "").await?;
    }
    Ok(after)
}

/// A change to the order of a listing's photos.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhotoMove {
    Earlier,
    Later,
    Cover,
    Delete,
}

/// Reorders (or deletes) a photo of a listing. The cover is position 0.
/// A live listing keeps at least one photo.
pub async fn move_photo(
    tx: &mut AnyConnection,
    listing_id: i64,
    photo_id: i64,
    how: PhotoMove,
) -> Result<(), AppError> {
    let mut ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM product_photos WHERE product_id = $1 ORDER BY position")
        .bind(listing_id)
        .fetch_all(&mut *tx)
        .await?;
    let at = ids.iter().position(|id| *id == photo_id).ok_or(AppError::NotFound)?;
    match how {
        PhotoMove::Earlier if at > 0 => ids.swap(at, at - 1),
        PhotoMove::Later if at + 1 < ids.len() => ids.swap(at, at + 1),
        PhotoMove::Cover => {
            let id = ids.remove(at);
            ids.insert(0, id);
        }
        PhotoMove::Delete => {
            let status: ListingStatus = sqlx::query_scalar("SELECT status FROM products WHERE id = $1")
                .bind(listing_id)
                .fetch_one(&mut *tx)
                .await?;
            rules::can_delete_photo(status, ids.len())?;
            sqlx::query("DELETE FROM product_photos WHERE id = $1").bind(photo_id).execute(&mut *tx).await?;
            ids.remove(at);
        }
        _ => return Ok(()),
    }
    // Two passes, so the unique (listing, position) never sees a duplicate.
    for (step, offset) in [(0, -1000), (1, 0)] {
        for (i, id) in ids.iter().enumerate() {
            let position = if step == 0 { offset - i as i64 } else { i as i64 };
            sqlx::query("UPDATE product_photos SET position = $1 WHERE id = $2")
                .bind(position)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
    }
    sqlx::query("UPDATE products SET updated_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(listing_id)
        .execute(&mut *tx)
        .await?;
    Ok(())
}
