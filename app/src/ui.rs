//! Widgets shared by every domain's pages.

pub mod forms;
pub mod islands;
pub mod layout;
pub mod pagination;
pub mod price;
pub mod product_card;
pub mod status;
