//! A group's listings: the form, its checks, and the live-edit rule.

pub mod errors;
pub mod rules;
pub mod text;
pub mod types;
