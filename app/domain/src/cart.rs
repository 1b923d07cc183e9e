//! The cart's lines and what stops them.

pub mod rules;
pub mod text;
pub mod types;
