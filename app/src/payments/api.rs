//! Invoice server functions and downloads. An order's invoice is for its
//! buyer, its group's sellers and the officials over the group: the same
//! people who may see the order.

use crate::error::AppError;
use crate::payments::types::Invoice;
use leptos::prelude::*;

/// The order's invoice, once the group has sent the goods.
#[server(prefix = "/api", endpoint = "invoice")]
pub async fn get_invoice(number: String) -> Result<Invoice, AppError> {
    use crate::state::{db, respond};
    respond(
        async {
            let (_, order_id, _) = crate::orders::api::ssr::relation(&number).await?;
            crate::payments::store::invoice(&db()?, order_id).await?.ok_or(AppError::NotFound)
        }
        .await,
    )
}

/// `/orders/:number/invoice.pdf`: the invoice as a PDF download (access
/// as for the order, checked inside as in a server function).
#[cfg(feature = "ssr")]
pub async fn invoice_pdf(
    state: crate::state::AppState,
    parts: http::request::Parts,
    number: String,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    use leptos::reactive::owner::Owner;
    let owner = Owner::new();
    let db = state.db.clone();
    let result = owner
        .with(|| {
            leptos::reactive::computed::ScopedFuture::new(async move {
                provide_context(parts);
                provide_context(state);
                let (_, order_id, _) = crate::orders::api::ssr::relation(&number).await?;
                let invoice = crate::payments::store::invoice(&db, order_id).await?.ok_or(AppError::NotFound)?;
                // Rendering is CPU work (shaping, subsetting): off the async threads.
                let pdf = tokio::task::spawn_blocking(move || {
                    crate::payments::pdf::render(&invoice).map(|pdf| (invoice.number, pdf))
                })
                .await
                .map_err(|_| AppError::Internal)?
                .map_err(|error| {
                    tracing::error!(%error, "invoice PDF failed");
                    AppError::Internal
                })?;
                Ok::<_, AppError>(pdf)
            })
        })
        .await;
    match result {
        Ok((number, pdf)) => {
            let file = format!("invoice-{}.pdf", number.replace('/', "-"));
            (
                [
                    (http::header::CONTENT_TYPE, "application/pdf".to_string()),
                    (http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file}\"")),
                    (http::header::CACHE_CONTROL, "private, no-store".to_string()),
                ],
                pdf,
            )
                .into_response()
        }
        Err(error) => crate::error::PlainResponse::plain_response(&error),
    }
}
