//! Orders by phone (#15) over HTTP, on both engines: a group's leader sets
//! the hours it answers calls, and its product and group pages show a call
//! button with them; nobody else changes them.

use crate::helpers::on_each_engine;
use leptos::server_fn::ServerFn;

const SET: &str = app::groups::api::SetCallHours::PATH;

#[tokio::test]
async fn a_leader_sets_calling_hours_and_her_pages_show_a_call_button() {
    on_each_engine(|app| async move {
        let product = "/p/mango-pickle-khorpa";
        let (_, page) = app.get(product, Some("en")).await;
        assert!(!page.contains("Order by phone"), "no hours, no call button");

        let kamla = app.session_for("9000000002").await;
        let cookie = format!("{kamla}; haat_lang=en");
        // Hours that make no sense: refused in both languages, nothing changes.
        let answer = app.call(SET, &[("from", "18"), ("to", "10")], Some(&cookie)).await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        assert!(answer.body.contains("the start before the end") && answer.body.contains("शुरू का घंटा"));
        // Rekha is a member, not the leader: she sees the hours, cannot change them.
        let rekha = app.session_for("9000000003").await;
        assert_eq!(app.call(SET, &[("from", "9"), ("to", "17")], Some(&rekha)).await.status, 403);
        let (_, sell) = app.get_as("/sell", &format!("{rekha}; haat_lang=en")).await;
        assert!(sell.contains("No call button is shown now") && sell.contains("leader can change"), "{sell}");

        let answer = app.submit(SET, &[("from", "10"), ("to", "18")], Some(&cookie)).await;
        assert!(matches!(answer.status, 302 | 303), "{}", answer.body);
        assert_eq!(answer.headers["location"], "/sell?saved=calls#calls");
        let (_, sell) = app.get_as("/sell?saved=calls", &cookie).await;
        assert!(sell.contains("Calling hours saved") && sell.contains("10 am to 6 pm"), "{sell}");

        // The product page (cached for visitors: the change shows at once) and the group page.
        for path in [product, "/g/maa-durga-shg-khorpa"] {
            let (status, page) = app.get(path, Some("en")).await;
            assert_eq!(status, 200);
            assert!(page.contains("href=\"tel:+91") && page.contains("Order by phone"), "{path}: {page}");
            assert!(page.contains("10 am to 6 pm"), "{path}");
        }
        let (_, page) = app.get(product, Some("hi")).await;
        assert!(page.contains("सुबह 10 से शाम 6 बजे तक"));

        // Both empty: no more calls, no button.
        app.submit(SET, &[("from", ""), ("to", "")], Some(&cookie)).await;
        let (_, page) = app.get(product, Some("en")).await;
        assert!(!page.contains("Order by phone"));
    })
    .await;
}
