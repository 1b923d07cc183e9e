//! The server over real HTTP: spawned on a random port with a fresh
//! database (SQLite and PostgreSQL) loaded with the demo catalogue.

// Test code: a failed step should stop the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod access;
mod accounts;
mod backup;
mod calls;
mod contention;
mod fuzz;
mod helpers;
mod language;
mod listings;
mod monitor;
mod orders;
mod page_cache;
mod pages;
mod payments;
mod privacy;
mod procure;
mod quotes;
mod search;
mod server_functions;
mod static_files;
mod trade;
