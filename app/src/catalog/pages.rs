//! Storefront pages of the catalogue.

pub mod home;
pub mod listing;
pub mod product;
