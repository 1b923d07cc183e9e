//! The document shell and the routes.

use crate::catalog::pages::home::HomePage;
use crate::catalog::pages::listing::{AllProductsPage, CategoryPage, SearchPage};
use crate::catalog::pages::product::ProductPage;
use crate::groups::pages::GroupPage;
use crate::i18n::provide_lang;
use crate::ui::layout::{Footer, Header};
use crate::ui::status::NotFound;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, Link, Meta, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The HTML document around every page. The language comes from the
/// visitor's cookie, so `<html lang>` is right for screen readers and fonts.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = provide_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#9a3412"/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Every page renders completely on the server before it is sent
/// (`SsrMode::Async`): without JavaScript there is nothing to stream into
/// place later, and a missing product can still answer with a real 404.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml"/>
        <Link rel="manifest" href="/manifest.webmanifest"/>
        <Meta name="color-scheme" content="light"/>
        <Router>
            <Header/>
            <main id="main" class="page">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/products") view=AllProductsPage ssr=SsrMode::Async/>
                    <Route path=path!("/search") view=SearchPage ssr=SsrMode::Async/>
                    <Route path=path!("/c/:slug") view=CategoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/p/:slug") view=ProductPage ssr=SsrMode::Async/>
                    <Route path=path!("/g/:slug") view=GroupPage ssr=SsrMode::Async/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}
