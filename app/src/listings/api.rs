//! Seller-workspace and review server functions. Each starts by asking
//! `access` who is calling: a seller may touch only her own group's
//! listings (another group's listing answers 404, as if it did not exist);
//! an official only listings of groups in her scope.

use crate::error::AppError;
use crate::listings::types::*;
use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::accounts::access;
    pub use crate::accounts::types::{Caller, Role};
    pub use crate::catalog::types::ListingStatus;
    pub use crate::error::AppError;
    pub use crate::i18n::{is_local_path, Text};
    pub use crate::listings::rules;
    pub use crate::listings::{drafts, lists, photos, store};
    pub use crate::state::{app_state, db, respond};

    pub use access::seller_of_own_group as seller;

    /// A seller of the group that owns `listing_id`. Another group's
    /// listing is "not found": its existence is not hers to learn.
    pub async fn seller_of(listing_id: i64) -> Result<(Caller, i64), AppError> {
        let (caller, group_id) = seller().await?;
        match store::listing_place(&db()?, listing_id).await? {
            Some((owner, _)) if owner == group_id => Ok((caller, group_id)),
            _ => {
                tracing::warn!(user = caller.user_id, listing_id, "refused: another group's listing");
                Err(AppError::NotFound)
            }
        }
    }

    /// An official whose scope covers the group that owns `listing_id`.
    pub async fn official_over_listing(listing_id: i64) -> Result<Caller, AppError> {
        let place = store::listing_place(&db()?, listing_id).await?.map(|(_, place)| place);
        access::official_over(place).await
    }

    pub fn go_to(path: &str) {
        leptos_axum::redirect(path);
    }

    /// A page of this site to come back to, else `fallback`.
    pub fn back_or(back: Option<String>, fallback: &str) -> String {
        back.filter(|b| is_local_path(b) && !b.starts_with("/api/")).unwrap_or_else(|| fallback.to_string())
    }

    /// Adds `saved=<what>` to a page address (replacing an earlier one).
    pub fn with_saved(path: &str, what: &str) -> String {
        let (base, fragment) = path.split_once('#').map_or((path, ""), |(b, f)| (b, f));
        let (page, query) = base.split_once('?').unwrap_or((base, ""));
        let mut params: Vec<&str> = query.split('&').filter(|p| !p.is_empty() && !p.starts_with("saved=")).collect();
        let saved = format!("saved={what}");
        params.push(&saved);
        let fragment = if fragment.is_empty() { String::new() } else { format!("#{fragment}") };
        format!("{page}?{}{fragment}", params.join("&"))
    }

    /// Reads one multipart field into memory, refusing it past `limit` bytes
    /// without reading the rest.
    pub async fn read_limited(field: &mut multer::Field<'static>, limit: usize) -> Result<Option<Vec<u8>>, AppError> {
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(AppError::bad_request)? {
            if bytes.len() + chunk.len() > limit {
                return Ok(None);
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(Some(bytes))
    }

    /// A multipart text field (a listing id): short, so read whole.
    pub async fn read_text(field: &mut multer::Field<'static>) -> Result<String, AppError> {
        let bytes = read_limited(field, 64).await?.ok_or_else(|| AppError::bad_request("field too long"))?;
        Ok(String::from_utf8_lossy(&bytes).trim().to_string())
    }

    pub fn parse_id(value: &str) -> Result<i64, AppError> {
        value.trim().parse().map_err(|_| AppError::NotFound)
    }
}

/// The group's listings for the seller's list page. Sellers of the group.
#[server(prefix = "/api", endpoint = "my_listings")]
pub async fn get_my_listings(
    search: Option<String>,
    status: Option<String>,
    low: Option<String>,
) -> Result<MyListings, AppError> {
    use ssr::*;
    respond(
        async {
            let (_, group_id) = seller().await?;
            let status = status.as_deref().and_then(ListingStatus::parse);
            let search: Option<String> = search.map(|s| s.chars().take(80).collect());
            Ok(lists::my_listings(&db()?, group_id, search.as_deref(), status, low.is_some()).await?)
        }
        .await,
    )
}

/// The editor: a listing of the seller's group (or none, for a new one)
/// and the categories to choose from. Sellers of the listing's group.
#[server(prefix = "/api", endpoint = "listing_editor")]
pub async fn get_listing_editor(id: Option<i64>) -> Result<ListingEditor, AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, listing) = match id {
                Some(id) => {
                    (seller_of(id).await?.0, Some(store::editable(&db()?, id).await?.ok_or(AppError::NotFound)?))
                }
                None => (seller().await?.0, None),
            };
            let draft = drafts::draft(&db()?, caller.user_id, id.unwrap_or(0)).await?;
            Ok(ListingEditor { listing, categories: store::category_choices(&db()?).await?, draft })
        }
        .await,
    )
}

/// Creates a listing (no `id`) or saves an edit. Sellers of the group.
/// A live listing may go back to review (`rules::status_after_edit`).
#[server(prefix = "/api", endpoint = "save_listing")]
pub async fn save_listing(id: Option<i64>, listing: ListingForm) -> Result<i64, AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, group_id) = match id {
                Some(id) => seller_of(id).await?,
                None => seller().await?,
            };
            let db = db()?;
            let category_id = listing.category_id.trim().parse::<i64>().unwrap_or(0);
            let checked = match store::category_hint(&db, category_id).await? {
                Some(hint) => rules::parse_listing(&listing, hint.as_deref()),
                None => Err(AppError::validation(
                    "category_id",
                    Text::new("पहले उत्पाद की श्रेणी चुनें", "Choose the product's category first"),
                )),
            };
            let input = match checked {
                Ok(input) => input,
                Err(error) => {
                    drafts::keep_draft(&db, caller.user_id, id.unwrap_or(0), &listing).await?;
                    return Err(error);
                }
            };
            drafts::drop_draft(&db, caller.user_id, id.unwrap_or(0)).await?;
            match id {
                Some(id) => {
                    let mut tx = db.begin().await?;
                    let status = store::update_listing(
                        &mut tx,
                        id,
                        caller.user_id,
                        &input,
                        crate::listings::types::EventKind::Edited,
                    )
                    .await?;
                    tx.commit().await?;
                    let saved = if status == ListingStatus::InReview { "back_to_review" } else { "listing" };
                    go_to(&format!("/sell/{id}?saved={saved}"));
                    Ok(id)
                }
                None => {
                    let mut tx = db.begin().await?;
                    let id = store::create_listing(&mut tx, group_id, caller.user_id, &input).await?;
                    tx.commit().await?;
                    go_to(&format!("/sell/{id}?saved=created#photos"));
                    Ok(id)
                }
            }
        }
        .await,
    )
}

/// Copies a listing as a new draft. Sellers of the group.
#[server(prefix = "/api", endpoint = "duplicate_listing")]
pub async fn duplicate_listing(id: i64) -> Result<i64, AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, _) = seller_of(id).await?;
            let mut tx = db()?.begin().await?;
            let copy = store::duplicate(&mut tx, id, caller.user_id).await?;
            tx.commit().await?;
            go_to(&format!("/sell/{copy}?saved=copy"));
            Ok(copy)
        }
        .await,
    )
}

/// Sends a draft or rejected listing for review. Sellers of the group.
#[server(prefix = "/api", endpoint = "submit_listing")]
pub async fn submit_listing(id: i64) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, _) = seller_of(id).await?;
            let mut tx = db()?.begin().await?;
            store::submit(&mut tx, id, caller.user_id).await?;
            tx.commit().await?;
            go_to(&format!("/sell/{id}?saved=submitted"));
            Ok(())
        }
        .await,
    )
}

/// Takes a live listing off the storefront for a while. Sellers of the group.
#[server(prefix = "/api", endpoint = "pause_listing")]
pub async fn pause_listing(id: i64) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, _) = seller_of(id).await?;
            let mut tx = db()?.begin().await?;
            store::pause(&mut tx, id, caller.user_id).await?;
            tx.commit().await?;
            go_to(&format!("/sell/{id}?saved=paused"));
            Ok(())
        }
        .await,
    )
}

/// Puts a paused listing back on the storefront. Sellers of the group.
#[server(prefix = "/api", endpoint = "resume_listing")]
pub async fn resume_listing(id: i64) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, _) = seller_of(id).await?;
            let mut tx = db()?.begin().await?;
            store::resume(&mut tx, id, caller.user_id).await?;
            tx.commit().await?;
            go_to(&format!("/sell/{id}?saved=resumed"));
            Ok(())
        }
        .await,
    )
}

/// One tap on + or − (`delta`), or a counted number (`set_to`). Sellers
/// of the group. Returns the stock afterwards.
#[server(prefix = "/api", endpoint = "change_stock")]
pub async fn change_stock(
    id: i64,
    delta: Option<String>,
    set_to: Option<String>,
    back: Option<String>,
) -> Result<i64, AppError> {
    use ssr::*;
    respond(
        async {
            let (_, group_id) = seller_of(id).await?;
            let db = db()?;
            const STOCK: crate::i18n::Tr = crate::i18n::Tr::new("स्टॉक", "stock");
            let mut tx = db.begin().await?;
            let on_hand = match (set_to.filter(|s| !s.trim().is_empty()), delta) {
                (Some(count), _) => {
                    let count = rules::whole_number("stock", &count, 0, rules::MAX_STOCK, STOCK)?;
                    store::set_stock_level(&mut tx, id, group_id, count).await?;
                    count
                }
                (None, Some(delta)) => {
                    let delta = rules::whole_number("stock", &delta, -1000, 1000, STOCK)?;
                    store::adjust_stock(&mut tx, id, group_id, delta).await?
                }
                (None, None) => {
                    return Err(AppError::validation("stock", Text::new("स्टॉक की संख्या लिखें", "Write the stock count")))
                }
            };
            tx.commit().await?;
            go_to(&with_saved(&back_or(back, "/sell"), "stock"));
            Ok(on_hand)
        }
        .await,
    )
}

/// Photos from the phone's camera or gallery (a multipart form with
/// `listing_id` first, then one or more `photo` files). Each is checked and
/// re-encoded without metadata before any is recorded or written, so a bad
/// photo (or one too many) adds nothing, not even a file. Sellers of the
/// group. Returns how many were added.
#[server(prefix = "/api", endpoint = "upload_photos", input = MultipartFormData)]
pub async fn upload_photos(data: MultipartData) -> Result<usize, AppError> {
    use ssr::*;
    respond(
        async {
            let mut multipart = data.into_inner().ok_or(AppError::Internal)?;
            let mut listing: Option<(Caller, i64)> = None;
            let mut photos = Vec::new();
            let state = app_state()?;
            while let Some(mut field) = multipart.next_field().await.map_err(AppError::bad_request)? {
                match field.name() {
                    Some("listing_id") => {
                        let id = parse_id(&read_text(&mut field).await?)?;
                        listing = Some((seller_of(id).await?.0, id));
                    }
                    Some("photo") => {
                        // Access first: nothing is read or stored for a caller
                        // who may not touch the listing.
                        if listing.is_none() {
                            return Err(AppError::bad_request("listing_id must come before the photos"));
                        }
                        let Some(bytes) = read_limited(&mut field, crate::media::upload::MAX_BYTES).await? else {
                            let error = crate::media::upload::UploadError::TooLarge {
                                bytes: crate::media::upload::MAX_BYTES + 1,
                            };
                            return Err(AppError::validation("photo", error.message()));
                        };
                        // A file input left empty still sends an empty part.
                        if bytes.is_empty() && field.file_name().is_none_or(str::is_empty) {
                            continue;
                        }
                        if photos.len() == rules::MAX_PHOTOS {
                            return Err(AppError::validation(
                                "photo",
                                Text::new(
                                    format!("एक बार में {} फ़ोटो तक लगाएँ", rules::MAX_PHOTOS),
                                    format!("Add up to {} photos at a time", rules::MAX_PHOTOS),
                                ),
                            ));
                        }
                        let photo = crate::media::upload::prepare_photo(bytes).await.map_err(|e| match e {
                            crate::media::upload::StoreError::Refused(reason) => {
                                AppError::validation("photo", reason.message())
                            }
                            crate::media::upload::StoreError::Internal => AppError::Internal,
                        })?;
                        photos.push(photo);
                    }
                    _ => {}
                }
            }
            let (caller, id) = listing.ok_or(AppError::NotFound)?;
            if photos.is_empty() {
                return Err(AppError::validation("photo", Text::new("कोई फ़ोटो नहीं चुनी गई", "No photo was chosen")));
            }
            // Nothing is written unless the whole batch is accepted: every
            // photo processed, then recorded (which checks the listing's
            // count), then the files written, then the record committed.
            // (Only a failed commit after the writes leaves files no row
            // names: content-named, they are harmless and reused.)
            let mut tx = state.db.begin().await?;
            let records: Vec<_> = photos.iter().map(|p| p.photo.clone()).collect();
            let status = photos::add_photos(&mut tx, id, caller.user_id, &records).await?;
            for photo in &photos {
                crate::media::upload::save_photo(state.media.as_ref(), photo).await.map_err(|_| AppError::Internal)?;
            }
            tx.commit().await?;
            let saved = if status == ListingStatus::InReview { "photos_review" } else { "photos" };
            go_to(&format!("/sell/{id}?saved={saved}#photos"));
            Ok(photos.len())
        }
        .await,
    )
}

/// Moves a photo earlier or later, makes it the cover, or deletes it.
/// Sellers of the group.
#[server(prefix = "/api", endpoint = "change_photo")]
pub async fn change_photo(id: i64, photo_id: i64, how: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            seller_of(id).await?;
            let how = match how.as_str() {
                "earlier" => photos::PhotoMove::Earlier,
                "later" => photos::PhotoMove::Later,
                "cover" => photos::PhotoMove::Cover,
                "delete" => photos::PhotoMove::Delete,
                _ => return Err(AppError::bad_request("unknown photo change")),
            };
            let mut tx = db()?.begin().await?;
            photos::move_photo(&mut tx, id, photo_id, how).await?;
            tx.commit().await?;
            go_to(&format!("/sell/{id}?saved=photo_order#photos"));
            Ok(())
        }
        .await,
    )
}

/// Reads a CSV of listings and applies its good rows; the report is kept
/// and shown at `/sell/import?report=<id>`. Sellers (of their own group).
#[server(prefix = "/api", endpoint = "import_listings", input = MultipartFormData)]
pub async fn import_listings(data: MultipartData) -> Result<i64, AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, group_id) = seller().await?;
            let mut multipart = data.into_inner().ok_or(AppError::Internal)?;
            let mut file = None;
            while let Some(mut field) = multipart.next_field().await.map_err(AppError::bad_request)? {
                if field.name() == Some("file") {
                    file = Some(read_limited(&mut field, crate::listings::csv::MAX_BYTES).await?.ok_or_else(|| {
                        AppError::validation("file", Text::new("फ़ाइल 2 MB से बड़ी है", "The file is larger than 2 MB"))
                    })?);
                }
            }
            let file = file
                .filter(|f| !f.is_empty())
                .ok_or_else(|| AppError::validation("file", Text::new("कोई फ़ाइल नहीं चुनी गई", "No file was chosen")))?;
            let rows = crate::listings::csv::parse(&file)?;
            let db = db()?;
            let report = crate::listings::import::apply(&db, group_id, caller.user_id, rows).await?;
            let id = drafts::save_import(&db, group_id, caller.user_id, &report).await?;
            go_to(&format!("/sell/import?report={id}"));
            Ok(id)
        }
        .await,
    )
}

/// An import's report. Sellers of the group that made it.
#[server(prefix = "/api", endpoint = "import_report")]
pub async fn get_import_report(id: i64) -> Result<ImportReport, AppError> {
    use ssr::*;
    respond(
        async {
            let (_, group_id) = seller().await?;
            drafts::import_report(&db()?, id, group_id).await?.ok_or(AppError::NotFound)
        }
        .await,
    )
}

/// Listings waiting for review in the caller's scope. Officials.
#[server(prefix = "/api", endpoint = "review_queue")]
pub async fn get_review_queue() -> Result<Vec<ReviewQueueItem>, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::with_role(&[Role::DistrictOfficial, Role::StateOfficial]).await?;
            Ok(lists::review_queue(&db()?, &caller.scope).await?)
        }
        .await,
    )
}

/// A listing with its photos and history, for review. Officials over its group.
#[server(prefix = "/api", endpoint = "listing_for_review")]
pub async fn get_listing_for_review(id: i64) -> Result<ReviewListing, AppError> {
    use ssr::*;
    respond(
        async {
            official_over_listing(id).await?;
            lists::review_listing(&db()?, id).await?.ok_or(AppError::NotFound)
        }
        .await,
    )
}

/// Approves a listing in review: it goes live. Officials over its group.
#[server(prefix = "/api", endpoint = "approve_listing")]
pub async fn approve_listing(id: i64, note: Option<String>) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let caller = official_over_listing(id).await?;
            let note: String = note.unwrap_or_default().trim().chars().take(500).collect();
            let mut tx = db()?.begin().await?;
            store::approve(&mut tx, id, caller.user_id, &note).await?;
            // The group's sellers hear of it, in the same transaction.
            let (group, title) = store::group_and_title(&mut tx, id).await?.ok_or(AppError::NotFound)?;
            let notice = crate::listings::text::approved_notice(&title);
            crate::orders::notify::tell_group(&mut tx, group, &notice, &format!("/sell/{id}"), crate::db::now_ms())
                .await?;
            tx.commit().await?;
            go_to("/review?saved=approved");
            Ok(())
        }
        .await,
    )
}

/// Sends a listing back with a reason the seller reads. Officials over its group.
#[server(prefix = "/api", endpoint = "reject_listing")]
pub async fn reject_listing(id: i64, reason: String, note: Option<String>) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let caller = official_over_listing(id).await?;
            let reason = RejectReason::parse(&reason).ok_or_else(|| {
                AppError::validation("reason", Text::new("लौटाने का कारण चुनें", "Choose why the listing is sent back"))
            })?;
            let note: String = note.unwrap_or_default().trim().chars().take(500).collect();
            if reason == RejectReason::Other && note.chars().count() < 5 {
                return Err(AppError::validation(
                    "note",
                    Text::new("\"दूसरा कारण\" चुना है तो कारण लिखें", "With \"another reason\", write the reason"),
                ));
            }
            let mut tx = db()?.begin().await?;
            store::reject(&mut tx, id, caller.user_id, reason, &note).await?;
            let (group, title) = store::group_and_title(&mut tx, id).await?.ok_or(AppError::NotFound)?;
            let notice = crate::listings::text::rejected_notice(&title, reason.label(), &note);
            crate::orders::notify::tell_group(&mut tx, group, &notice, &format!("/sell/{id}"), crate::db::now_ms())
                .await?;
            tx.commit().await?;
            go_to("/review?saved=rejected");
            Ok(())
        }
        .await,
    )
}

/// `GET /sell/listings.csv`: the seller's group's listings as a CSV
/// download. A plain route, not a server function, because a server
/// function answers a browser's GET with a redirect; it asks `access` the
/// same way, inside the same reactive context a server function gets.
#[cfg(feature = "ssr")]
pub async fn export_csv(state: crate::state::AppState, parts: http::request::Parts) -> axum::response::Response {
    use ssr::*;
    let db = state.db.clone();
    crate::download::answer(state, parts, async move {
        let (_, group_id) = seller().await?;
        let rows = drafts::export_rows(&db, group_id).await?;
        let cells: Vec<(i64, &str, &str, &ListingForm)> =
            rows.iter().map(|r| (r.id, r.status.as_str(), r.category_slug.as_str(), &r.form)).collect();
        Ok(crate::download::Download::csv("haat-listings.csv", crate::listings::csv::export(&cells)?))
    })
    .await
}
