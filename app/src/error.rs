//! The error type is the domain crate's [`AppError`]; this module adds what
//! only the server does with it: answering a plain download route.

pub use domain::error::*;
#[cfg(feature = "ssr")]
use domain::i18n::Lang;

#[cfg(feature = "ssr")]
/// A plain-text answer in both languages with the matching status.
pub trait PlainResponse {
    fn plain_response(&self) -> axum::response::Response;
}

#[cfg(feature = "ssr")]
impl PlainResponse for AppError {
    /// A plain-text answer in both languages with the matching status, for
    /// routes outside the server-function layer (downloads).
    fn plain_response(&self) -> axum::response::Response {
        use axum::response::IntoResponse;
        let status = http::StatusCode::from_u16(self.status_code()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        let body = format!("{}\n{}\n", self.message(Lang::Hi), self.message(Lang::En));
        (status, [(http::header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
    }
}
