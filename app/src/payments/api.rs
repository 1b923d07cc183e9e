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

/// The order's proforma invoice: what its invoice will say, before the
/// goods are sent (for a trader's payment or purchase approval). Whoever
/// may see the order.
#[server(prefix = "/api", endpoint = "proforma")]
pub async fn get_proforma(number: String) -> Result<Invoice, AppError> {
    use crate::state::{db, respond};
    respond(
        async {
            let (_, order_id, _) = crate::orders::api::ssr::relation(&number).await?;
            crate::payments::store::proforma(&db()?, order_id).await?.ok_or(AppError::NotFound)
        }
        .await,
    )
}

/// `/orders/:number/invoice.pdf` (and `proforma.pdf`): the invoice, or
/// the proforma, as a PDF download (access as for the order, checked
/// inside as in a server function).
#[cfg(feature = "ssr")]
pub async fn invoice_pdf(
    state: crate::state::AppState,
    parts: http::request::Parts,
    number: String,
    proforma: bool,
) -> axum::response::Response {
    let db = state.db.clone();
    crate::download::answer(state, parts, async move {
        let (_, order_id, _) = crate::orders::api::ssr::relation(&number).await?;
        let invoice = match proforma {
            true => crate::payments::store::proforma(&db, order_id).await?,
            false => crate::payments::store::invoice(&db, order_id).await?,
        };
        let invoice = invoice.ok_or(AppError::NotFound)?;
        // Rendering is CPU work (shaping, subsetting): off the async threads.
        let (number, pdf) = tokio::task::spawn_blocking(move || {
            let name = match invoice.proforma {
                true => format!("proforma-{}", invoice.order_number),
                false => format!("invoice-{}", invoice.number),
            };
            crate::payments::pdf::render(&invoice).map(|pdf| (name, pdf))
        })
        .await
        .map_err(|_| AppError::Internal)?
        .map_err(|error| {
            tracing::error!(%error, "invoice PDF failed");
            AppError::Internal
        })?;
        Ok(crate::download::Download {
            filename: format!("{}.pdf", number.replace('/', "-")),
            content_type: "application/pdf",
            bytes: pdf,
        })
    })
    .await
}
