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
    let db = state.db.clone();
    crate::download::answer(state, parts, async move {
        let (_, order_id, _) = crate::orders::api::ssr::relation(&number).await?;
        let invoice = crate::payments::store::invoice(&db, order_id).await?.ok_or(AppError::NotFound)?;
        // Rendering is CPU work (shaping, subsetting): off the async threads.
        let (number, pdf) = tokio::task::spawn_blocking(move || {
            crate::payments::pdf::render(&invoice).map(|pdf| (invoice.number, pdf))
        })
        .await
        .map_err(|_| AppError::Internal)?
        .map_err(|error| {
            tracing::error!(%error, "invoice PDF failed");
            AppError::Internal
        })?;
        Ok(crate::download::Download {
            filename: format!("invoice-{}.pdf", number.replace('/', "-")),
            content_type: "application/pdf",
            bytes: pdf,
        })
    })
    .await
}
