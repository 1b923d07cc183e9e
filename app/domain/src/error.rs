//! One error type for everything a server function can answer with.
//!
//! Each variant says what went wrong in the domain's terms and carries a
//! message in both languages. Internal detail (SQL, I/O) is logged on the
//! server and never reaches the browser: the `Internal` variant has no
//! payload on purpose.

use crate::i18n::{Lang, Text, Tr};
use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("sign-in required")]
    Unauthorized,
    #[error("not allowed")]
    Forbidden,
    #[error("invalid {field}")]
    Validation { field: String, message: Text },
    #[error("conflict")]
    Conflict { message: Text },
    #[error("out of stock")]
    OutOfStock { message: Text },
    #[error("too many attempts")]
    RateLimited { message: Text },
    #[error("internal error")]
    Internal,
    /// A service Haat depends on (the payment gateway) is not answering.
    #[error("unavailable")]
    Unavailable { message: Text },
    /// The call itself failed (network, arguments that do not parse). The
    /// detail is logged where it happens and never sent: a deserializer's
    /// words mean nothing to the person, and say too much to a prober.
    #[error("bad request")]
    Request,
    /// The request body is larger than any form of Haat's.
    #[error("too large")]
    TooLarge,
}

const NOT_FOUND: Tr = Tr::new("यह चीज़ नहीं मिली", "We could not find that");
const UNAUTHORIZED: Tr = Tr::new("कृपया पहले साइन इन करें", "Please sign in first");
const FORBIDDEN: Tr = Tr::new("आपको यह करने की अनुमति नहीं है", "You are not allowed to do this");
const INTERNAL: Tr = Tr::new(
    "सर्वर पर कुछ गड़बड़ हुई। थोड़ी देर बाद फिर कोशिश करें।",
    "Something went wrong on our side. Please try again in a little while.",
);
const TOO_LARGE: Tr =
    Tr::new("भेजा गया डेटा बहुत बड़ा है। कम भरकर फिर भेजें।", "What was sent is too large. Send less and try again.");
const REQUEST: Tr = Tr::new(
    "अनुरोध पूरा नहीं हो सका। इंटरनेट जाँचकर फिर कोशिश करें।",
    "The request could not be completed. Check the connection and try again.",
);

impl AppError {
    pub fn validation(field: impl Into<String>, message: impl Into<Text>) -> Self {
        AppError::Validation { field: field.into(), message: message.into() }
    }

    /// A malformed request: `detail` goes to the log, the caller gets the
    /// bilingual "request could not be completed".
    pub fn bad_request(detail: impl std::fmt::Display) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        tracing::info!(%detail, "bad request");
        #[cfg(target_arch = "wasm32")]
        let _ = detail;
        AppError::Request
    }

    /// The message to show, in the page's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            AppError::NotFound => NOT_FOUND.get(lang).to_string(),
            AppError::Unauthorized => UNAUTHORIZED.get(lang).to_string(),
            AppError::Forbidden => FORBIDDEN.get(lang).to_string(),
            AppError::Validation { message, .. }
            | AppError::Conflict { message }
            | AppError::OutOfStock { message }
            | AppError::RateLimited { message }
            | AppError::Unavailable { message } => message.get(lang).to_string(),
            AppError::Internal => INTERNAL.get(lang).to_string(),
            AppError::Request => REQUEST.get(lang).to_string(),
            AppError::TooLarge => TOO_LARGE.get(lang).to_string(),
        }
    }

    /// The HTTP status this error is answered with.
    pub fn status_code(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::Unauthorized => 401,
            AppError::Forbidden => 403,
            AppError::Validation { .. } => 422,
            AppError::Conflict { .. } | AppError::OutOfStock { .. } => 409,
            AppError::RateLimited { .. } => 429,
            AppError::Internal => 500,
            AppError::Unavailable { .. } => 503,
            AppError::Request => 400,
            AppError::TooLarge => 413,
        }
    }
}

/// Set once by a server build: gives an API response the error's HTTP
/// status. A request whose arguments do not parse fails before the server
/// function runs (and calls `respond`), so the conversion below is the only
/// place that sees it; the domain crate knows no HTTP, hence the hook.
static STATUS_HOOK: std::sync::OnceLock<fn(u16)> = std::sync::OnceLock::new();

/// Registers how to set the status of the current API response.
pub fn set_status_hook(hook: fn(u16)) {
    let _ = STATUS_HOOK.set(hook);
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        let error = match value {
            // Bad or missing arguments are the caller's mistake, not ours.
            // On the server, a body that cannot be decoded (not UTF-8, not
            // the encoding it claims) is the caller's mistake too.
            ServerFnErrorErr::Args(detail)
            | ServerFnErrorErr::MissingArg(detail)
            | ServerFnErrorErr::Request(detail)
            | ServerFnErrorErr::Deserialization(detail) => AppError::bad_request(detail),
            other => {
                // Logged on the server; the browser build carries no logging.
                #[cfg(not(target_arch = "wasm32"))]
                tracing::error!(error = %other, "server function failed");
                #[cfg(target_arch = "wasm32")]
                let _ = other;
                AppError::Internal
            }
        };
        // Arguments that do not parse never reach the function body, so set
        // the status here: a malformed request is the caller's 400, not our 500.
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(set_status) = STATUS_HOOK.get() {
            set_status(error.status_code());
        }
        error
    }
}

/// Store code's `?` on a database error: logged in full, answered as
/// `Internal`. The one place the domain crate names sqlx, behind a feature
/// only the store crate turns on (the browser build never has it).
#[cfg(feature = "sqlx")]
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        match error {
            sqlx::Error::RowNotFound => AppError::NotFound,
            other => {
                // Logged in full for us; the browser only learns "internal".
                tracing::error!(error = %other, "database error");
                AppError::Internal
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "sqlx")]
    #[test]
    fn internal_errors_carry_no_detail_to_the_browser() {
        let error = AppError::from(sqlx_error());
        assert_eq!(error, AppError::Internal);
        let json = serde_json::to_string(&error).unwrap();
        assert!(!json.contains("relation"), "leaked: {json}");
    }

    #[cfg(feature = "sqlx")]
    fn sqlx_error() -> sqlx::Error {
        sqlx::Error::Protocol("relation \"secret_table\" does not exist".into())
    }

    #[test]
    fn a_request_that_does_not_parse_is_answered_without_the_parsers_words() {
        let error = AppError::from_server_fn_error(ServerFnErrorErr::Args("missing field `lang`".into()));
        assert_eq!(error, AppError::Request);
        let json = serde_json::to_string(&error).unwrap();
        assert!(!json.contains("lang"), "leaked: {json}");
        assert_eq!(error.status_code(), 400);
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        let errors = [
            AppError::NotFound,
            AppError::Unauthorized,
            AppError::Forbidden,
            AppError::validation("price", Tr::new("क़ीमत", "price")),
            AppError::Internal,
            AppError::Request,
            AppError::TooLarge,
        ];
        for e in errors {
            assert!(!e.message(Lang::Hi).is_empty());
            assert!(!e.message(Lang::En).is_empty());
            assert_ne!(e.message(Lang::Hi), e.message(Lang::En));
        }
    }
}
