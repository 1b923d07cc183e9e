//! The WASM entry point. Haat renders every page on the server; in the browser
//! only the islands (gallery, …) wake up, so this crate stays a few lines.

// Link the app crate explicitly: its islands are exported from there, and
// nothing else in this crate names it.
extern crate app;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Make a panic in an island readable in the browser console.
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
