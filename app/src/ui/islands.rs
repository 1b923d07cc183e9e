//! The script that wakes the islands, in place of Leptos's own
//! `HydrationScripts`: that one adds preload links for the JavaScript and
//! the WASM to every page, which browsers follow even with JavaScript off,
//! so every page cost a phone the 87 KB WASM. Here the WASM is fetched only
//! when an island needs it (`islands.js` says when).

use leptos::prelude::*;

/// Where an island waits to be touched before it wakes (see `islands.js`).
pub const WAKE_ON_USE: &str = "use";

/// The inline module script that wakes the islands; it carries the
/// response's nonce for the Content-Security-Policy.
#[component]
pub fn IslandScript(options: LeptosOptions) -> impl IntoView {
    // Islands render no hydration markers outside an island (what Leptos's
    // own script component also tells the renderer).
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let (js, wasm) = bundle_names(&options);
    let call = format!(
        "{}({:?}, {js:?}, {wasm:?}, {WAKE_ON_USE:?});",
        include_str!("islands.js"),
        options.site_pkg_dir.as_ref()
    );
    view! { <script type="module" nonce=leptos::nonce::use_nonce()>{call}</script> }
}

/// The browser bundle's file names without their extensions: the build's
/// output name, plus the content hash cargo-leptos writes beside the server
/// binary when it hashes files (read once).
fn bundle_names(options: &LeptosOptions) -> (String, String) {
    static NAMES: std::sync::OnceLock<(String, String)> = std::sync::OnceLock::new();
    NAMES
        .get_or_init(|| {
            let name = options.output_name.to_string();
            if !options.hash_files {
                // Unhashed, wasm-bindgen names the WASM `<name>_bg` unless
                // cargo-leptos set the output name at build time.
                let wasm =
                    if option_env!("LEPTOS_OUTPUT_NAME").is_some() { name.clone() } else { format!("{name}_bg") };
                return (name, wasm);
            }
            let hashes = std::env::current_exe()
                .ok()
                .and_then(|exe| exe.parent().map(|dir| dir.join(options.hash_file.as_ref())))
                .and_then(|path| std::fs::read_to_string(path).ok())
                .unwrap_or_default();
            let hash_of = |file: &str| {
                hashes
                    .lines()
                    .filter_map(|line| line.trim().split_once(':'))
                    .find(|(f, _)| *f == file)
                    .map(|(_, hash)| format!("{name}.{}", hash.trim()))
            };
            match (hash_of("js"), hash_of("wasm")) {
                (Some(js), Some(wasm)) => (js, wasm),
                _ => {
                    tracing::error!("file hashing is on but the hash file lists no js and wasm: islands will not wake");
                    (name.clone(), name)
                }
            }
        })
        .clone()
}
