//! What every request can reach: options, the database and media storage.
//! Handed to `leptos_routes`, which provides it as context to every page
//! and server function.

use crate::db::Db;
use crate::error::AppError;
use crate::media::ssr::MediaStore;
use axum::extract::FromRef;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub media: Arc<dyn MediaStore>,
}

/// The state, from inside a server function or page.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from context: was the route registered through leptos_routes?");
        AppError::Internal
    })
}

/// The database, from inside a server function or page.
pub fn db() -> Result<Db, AppError> {
    app_state().map(|state| state.db)
}

/// Sets the HTTP status of the response to match `result`'s error, so a
/// missing product is a real 404 and a bad input a 422, for the page and the
/// API alike. Server functions end with `respond(…)`.
pub fn respond<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    if let Err(error) = &result {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(
                http::StatusCode::from_u16(error.status_code()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR),
            );
        }
    }
    result
}
