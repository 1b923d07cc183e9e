//! Haat's domain: what the marketplace is made of and the rules it keeps,
//! with no database and no HTTP. Types travel to the browser (serde), rules
//! are plain functions with their tests beside them, and every string a
//! person reads comes in Hindi and English.
//!
//! The store crate (SQL) and the app (pages, server functions) build on
//! this crate; it depends on neither, which the compiler holds.

pub mod accounts;
pub mod cart;
pub mod catalog;
pub mod codes;
pub mod dates;
pub mod error;
pub mod groups;
pub mod i18n;
pub mod listings;
pub mod media;
pub mod money;
pub mod monitoring;
pub mod orders;
pub mod payments;
pub mod procurement;
pub mod search;
pub mod trade;
