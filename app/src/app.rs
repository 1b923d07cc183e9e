//! The document shell and the routes.

use crate::accounts::pages::account::{AccountPage, MyGroupPage};
use crate::accounts::pages::people::PeoplePage;
use crate::accounts::pages::signin::{
    CodePage, PasswordSignInPage, SecondFactorPage, SecondFactorSetupPage, SignInPage, SignUpPage,
};
use crate::cart::pages::CartPage;
use crate::catalog::pages::home::HomePage;
use crate::catalog::pages::listing::{AllProductsPage, CategoryPage, SearchPage};
use crate::catalog::pages::product::ProductPage;
use crate::groups::pages::GroupPage;
use crate::i18n::provide_lang;
use crate::listings::pages::editor::{EditListingPage, NewListingPage};
use crate::listings::pages::import::ImportPage;
use crate::listings::pages::review::{ReviewListingPage, ReviewQueuePage};
use crate::listings::pages::workspace::SellPage;
use crate::orders::pages::{CheckoutDonePage, CheckoutPage, EarningsPage, InboxPage, OrderPage, OrdersPage};
use crate::orders::phone::PhoneOrderPage;
use crate::payments::pages::{InvoicePage, ProformaPage};
use crate::procurement::pages::{
    DepartmentOrdersPage, IndentPageView, NewIndentPage, ProcurePage, PurchaseRulesPage, SupplyPageView,
};
use crate::search::pages::SearchWordsPage;
use crate::trade::pages::TradePage;
use crate::trade::quote_pages::{GroupQuotesPage, QuoteDetailPage, TraderQuotesPage, UnansweredQuotesPage};
use crate::ui::islands::IslandScript;
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
    content_security_policy();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#9a3412"/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <IslandScript options/>
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
                    <Route path=path!("/search/words") view=SearchWordsPage ssr=SsrMode::Async/>
                    <Route path=path!("/c/:slug") view=CategoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/p/:slug") view=ProductPage ssr=SsrMode::Async/>
                    <Route path=path!("/g/:slug") view=GroupPage ssr=SsrMode::Async/>
                    <Route path=path!("/signin") view=SignInPage ssr=SsrMode::Async/>
                    <Route path=path!("/signup") view=SignUpPage ssr=SsrMode::Async/>
                    <Route path=path!("/signin/code") view=CodePage ssr=SsrMode::Async/>
                    <Route path=path!("/signin/password") view=PasswordSignInPage ssr=SsrMode::Async/>
                    <Route path=path!("/signin/second-factor") view=SecondFactorPage ssr=SsrMode::Async/>
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/second-factor") view=SecondFactorSetupPage ssr=SsrMode::Async/>
                    <Route path=path!("/my-group") view=MyGroupPage ssr=SsrMode::Async/>
                    <Route path=path!("/people") view=PeoplePage ssr=SsrMode::Async/>
                    <Route path=path!("/cart") view=CartPage ssr=SsrMode::Async/>
                    <Route path=path!("/checkout") view=CheckoutPage ssr=SsrMode::Async/>
                    <Route path=path!("/checkout/done/:id") view=CheckoutDonePage ssr=SsrMode::Async/>
                    <Route path=path!("/orders") view=OrdersPage ssr=SsrMode::Async/>
                    <Route path=path!("/inbox") view=InboxPage ssr=SsrMode::Async/>
                    <Route path=path!("/earnings") view=EarningsPage ssr=SsrMode::Async/>
                    <Route path=path!("/orders/:number") view=OrderPage ssr=SsrMode::Async/>
                    <Route path=path!("/orders/:number/invoice") view=InvoicePage ssr=SsrMode::Async/>
                    <Route path=path!("/orders/:number/proforma") view=ProformaPage ssr=SsrMode::Async/>
                    <Route path=path!("/sell") view=SellPage ssr=SsrMode::Async/>
                    <Route path=path!("/sell/new") view=NewListingPage ssr=SsrMode::Async/>
                    <Route path=path!("/sell/phone-order") view=PhoneOrderPage ssr=SsrMode::Async/>
                    <Route path=path!("/sell/quotes") view=GroupQuotesPage ssr=SsrMode::Async/>
                    <Route path=path!("/sell/quotes/:id") view=QuoteDetailPage ssr=SsrMode::Async/>
                    <Route path=path!("/sell/import") view=ImportPage ssr=SsrMode::Async/>
                    <Route path=path!("/sell/:id") view=EditListingPage ssr=SsrMode::Async/>
                    <Route path=path!("/review") view=ReviewQueuePage ssr=SsrMode::Async/>
                    <Route path=path!("/review/quotes") view=UnansweredQuotesPage ssr=SsrMode::Async/>
                    <Route path=path!("/review/department-orders") view=DepartmentOrdersPage ssr=SsrMode::Async/>
                    <Route path=path!("/monitor") view=crate::monitoring::pages::MonitorPage ssr=SsrMode::Async/>
                    <Route path=path!("/monitor/sales") view=crate::monitoring::pages::MonitorSalesPage ssr=SsrMode::Async/>
                    <Route path=path!("/monitor/flow") view=crate::monitoring::flow_pages::MonitorFlowPage ssr=SsrMode::Async/>
                    <Route path=path!("/monitor/targets") view=crate::monitoring::targets_pages::MonitorTargetsPage ssr=SsrMode::Async/>
                    <Route path=path!("/monitor/summary") view=crate::monitoring::summary_pages::MonitorSummaryPage ssr=SsrMode::Async/>
                    <Route path=path!("/monitor/quality") view=crate::monitoring::quality_pages::MonitorQualityPage ssr=SsrMode::Async/>
                    <Route path=path!("/review/purchase-rules") view=PurchaseRulesPage ssr=SsrMode::Async/>
                    <Route path=path!("/procure") view=ProcurePage ssr=SsrMode::Async/>
                    <Route path=path!("/procure/indents/new") view=NewIndentPage ssr=SsrMode::Async/>
                    <Route path=path!("/procure/indents/:id") view=IndentPageView ssr=SsrMode::Async/>
                    <Route path=path!("/procure/supply/:id") view=SupplyPageView ssr=SsrMode::Async/>
                    <Route path=path!("/review/quotes/:id") view=QuoteDetailPage ssr=SsrMode::Async/>
                    <Route path=path!("/review/:id") view=ReviewListingPage ssr=SsrMode::Async/>
                    <Route path=path!("/trade") view=TradePage ssr=SsrMode::Async/>
                    <Route path=path!("/trade/quotes") view=TraderQuotesPage ssr=SsrMode::Async/>
                    <Route path=path!("/trade/quotes/:id") view=QuoteDetailPage ssr=SsrMode::Async/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

/// The page's Content-Security-Policy: scripts only from this site, plus the
/// inline hydration loader carrying this response's nonce; WASM may compile
/// ('wasm-unsafe-eval'); no framing; forms only to this site and to the
/// configured payment gateway's checkout (the pay form posts there).
fn content_security_policy() {
    #[cfg(feature = "ssr")]
    if let (Some(nonce), Some(response)) = (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>()) {
        let gateway = crate::state::app_state()
            .ok()
            .and_then(|state| state.config.gateway.as_ref().and_then(|g| g.checkout_origin()))
            .map(|origin| format!(" {origin}"))
            .unwrap_or_default();
        let policy = format!(
            "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
             img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
             form-action 'self'{gateway}; frame-ancestors 'none'"
        );
        if let Ok(value) = http::HeaderValue::from_str(&policy) {
            response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
}
