//! The seller workspace and the review over HTTP, as browsers without
//! JavaScript use them: plain and multipart form posts, redirects, pages.

use crate::helpers::{jpeg, on_each_engine, TestApp};
use leptos::server_fn::ServerFn;

const LEADER: &str = "9000000002"; // Maa Durga SHG, Khorpa (Raipur)
const GWALIOR_LEADER: &str = "9000000004";
const RAIPUR_OFFICIAL: &str = "9000000008";
const GWALIOR_OFFICIAL: &str = "9000000011";

async fn pickles(app: &TestApp) -> String {
    sqlx::query_scalar::<_, i64>("SELECT id FROM categories WHERE slug = 'pickles-jams'")
        .fetch_one(&app.db.pool)
        .await
        .unwrap()
        .to_string()
}

fn location(answer: &crate::helpers::Answer) -> String {
    answer.header("location").unwrap_or_default()
}

/// Creates a listing through the form, as the seller's phone would.
async fn create(app: &TestApp, cookie: &str, title_en: &str) -> i64 {
    let category = pickles(app).await;
    let answer = app
        .submit(
            app::listings::api::SaveListing::PATH,
            &[
                ("listing[category_id]", &category),
                ("listing[title_hi]", "करौंदे का अचार"),
                ("listing[title_en]", title_en),
                ("listing[description_hi]", "जंगल के करौंदे, सरसों का तेल और घर के मसाले।"),
                ("listing[unit_hi]", "250 ग्राम जार"),
                ("listing[price]", "100"),
                ("listing[market_price]", "130"),
                ("listing[hsn]", ""),
                ("listing[gst_rate]", "5"),
                ("listing[weight_grams]", "350"),
                ("listing[stock]", "12"),
            ],
            Some(cookie),
        )
        .await;
    let to = location(&answer);
    assert_eq!(answer.status, 302, "{}", answer.body);
    assert!(to.starts_with("/sell/") && to.contains("saved=created"), "{to}");
    to.trim_start_matches("/sell/").split('?').next().unwrap().parse().unwrap()
}

#[tokio::test]
async fn a_seller_lists_a_product_with_photos_an_official_approves_it_and_it_is_on_the_storefront() {
    on_each_engine(|app| async move {
        let seller = app.session_for(LEADER).await;
        let id = create(&app, &seller, "Karonda pickle").await;
        let (status, page) = app.get_as(&format!("/sell/{id}"), &seller).await;
        assert_eq!(status, 200);
        assert!(page.contains("करौंदे का अचार") && page.contains("मसौदा"), "draft, in Hindi");
        assert!(page.contains("2001"), "the category's HSN was used for the empty field");

        // Two photos from the phone, one request, no JavaScript.
        let referer = format!("{}/sell/{id}", app.address);
        let photos = [("photo", "IMG_1.jpg", jpeg(2000, 1500)), ("photo", "IMG_2.jpg", jpeg(900, 1200))];
        let answer = app
            .multipart(
                app::listings::api::UploadPhotos::PATH,
                &[("listing_id", &id.to_string())],
                &photos,
                Some(&seller),
                "text/html",
            )
            .await;
        assert_eq!(answer.status, 302, "{}", answer.body);
        assert!(location(&answer).contains("saved=photos"), "{}", location(&answer));
        let (_, page) = app.get_as(&format!("/sell/{id}"), &seller).await;
        assert_eq!(page.matches("class=\"photo-tile\"").count(), 2);
        let _ = referer;

        let answer =
            app.submit(app::listings::api::SubmitListing::PATH, &[("id", &id.to_string())], Some(&seller)).await;
        assert_eq!(answer.status, 302);

        // Not in the Gwalior official's queue; in Raipur's.
        let (_, queue) = app.get_as("/review", &app.session_for(GWALIOR_OFFICIAL).await).await;
        assert!(!queue.contains(&format!("/review/{id}")));
        let official = app.session_for(RAIPUR_OFFICIAL).await;
        let (_, queue) = app.get_as("/review", &official).await;
        assert!(queue.contains(&format!("/review/{id}")), "in the Raipur queue");
        let (status, review) = app.get_as(&format!("/review/{id}"), &official).await;
        assert_eq!(status, 200);
        assert!(review.contains("srcset=\"/media/"), "the official sees the photos at every width");

        let slug: String = sqlx::query_scalar("SELECT slug FROM products WHERE id = $1")
            .bind(id)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(app.get(&format!("/p/{slug}"), None).await.0, 404, "not on the storefront before approval");
        let answer =
            app.submit(app::listings::api::ApproveListing::PATH, &[("id", &id.to_string())], Some(&official)).await;
        assert_eq!((answer.status, location(&answer).as_str()), (302, "/review?saved=approved"));
        let (_, inbox) = app.get_as("/inbox", &seller).await;
        assert!(inbox.contains("जाँच में पास हुआ"), "the seller is told it is live");

        let (status, product) = app.get(&format!("/p/{slug}"), Some("en")).await;
        assert_eq!(status, 200);
        assert!(product.contains("Karonda pickle"));
        let src = product.split("srcset=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
        assert!(src.contains(" 320w") && src.contains(" 640w") && src.contains(" 1280w"), "{src}");
        // Media is served for a year: its name is its content.
        let first = src.split(' ').next().unwrap();
        let media = app.client.get(app.url(first)).send().await.unwrap();
        assert_eq!(media.status(), 200);
        assert_eq!(media.headers()["cache-control"], "public, max-age=31536000, immutable");
        assert_eq!(media.headers()["content-type"], "image/jpeg");
    })
    .await;
}

#[tokio::test]
async fn a_rejected_listing_shows_the_seller_the_reason() {
    on_each_engine(|app| async move {
        let seller = app.session_for(LEADER).await;
        let id = create(&app, &seller, "Karonda pickle").await;
        let photos = [("photo", "a.jpg", jpeg(400, 300))];
        app.multipart(
            app::listings::api::UploadPhotos::PATH,
            &[("listing_id", &id.to_string())],
            &photos,
            Some(&seller),
            "text/html",
        )
        .await;
        app.submit(app::listings::api::SubmitListing::PATH, &[("id", &id.to_string())], Some(&seller)).await;
        let official = app.session_for(RAIPUR_OFFICIAL).await;
        // "Another reason" needs words.
        let answer = app
            .call(
                app::listings::api::RejectListing::PATH,
                &[("id", &id.to_string()), ("reason", "other")],
                Some(&official),
            )
            .await;
        assert_eq!(answer.status, 422);
        let answer = app
            .submit(
                app::listings::api::RejectListing::PATH,
                &[("id", &id.to_string()), ("reason", "photos"), ("note", "जार का ढक्कन दिखाएँ")],
                Some(&official),
            )
            .await;
        assert_eq!(answer.status, 302);
        let (_, page) = app.get_as(&format!("/sell/{id}"), &seller).await;
        assert!(page.contains("फ़ोटो साफ़ नहीं हैं") && page.contains("जार का ढक्कन दिखाएँ"), "the reason, in Hindi");
        let (_, list) = app.get_as("/sell?status=rejected", &seller).await;
        assert!(list.contains("जार का ढक्कन दिखाएँ"));
        // The seller hears of it in her inbox, with the reason and a link to the listing.
        let (_, inbox) = app.get_as("/inbox", &seller).await;
        assert!(inbox.contains("लौटाया गया") && inbox.contains("जार का ढक्कन दिखाएँ"), "a notice of the rejection");
        assert!(inbox.contains(&format!("/sell/{id}")));
    })
    .await;
}

#[tokio::test]
async fn uploads_that_are_not_photos_are_refused_with_a_reason_and_add_nothing() {
    on_each_engine(|app| async move {
        let seller = app.session_for(LEADER).await;
        let id = create(&app, &seller, "Karonda pickle").await;
        let media_files = || std::fs::read_dir(app.data_dir.join("media")).map(|d| d.count()).unwrap_or(0);
        let files_before = media_files();
        let whole = jpeg(400, 300);
        let cut = whole[..whole.len() * 3 / 5].to_vec();
        let gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x00\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;".to_vec();
        for (name, bytes, expect) in [
            ("photo.jpg", b"<html>not a photo</html>".to_vec(), "not a photo"),
            ("photo.jpg", gif, "not accepted"),
            ("huge.jpg", vec![0xff; 21 * 1024 * 1024], "too large"),
            ("cut.jpg", cut, "incomplete or damaged"),
        ] {
            let answer = app
                .multipart(app::listings::api::UploadPhotos::PATH, &[("listing_id", &id.to_string())], &[("photo", name, bytes)], Some(&seller), "application/json")
                .await;
            assert_eq!(answer.status, 422, "{name}: {}", answer.body);
            assert!(answer.body.contains(expect), "{name}: {}", answer.body);
        }
        // A good photo and a bad one together: neither is added.
        let mixed = [("photo", "ok.jpg", jpeg(300, 300)), ("photo", "bad.jpg", b"nope".to_vec())];
        let answer = app.multipart(app::listings::api::UploadPhotos::PATH, &[("listing_id", &id.to_string())], &mixed, Some(&seller), "application/json").await;
        assert_eq!(answer.status, 422);
        let photos: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM product_photos WHERE product_id = $1")
            .bind(id)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(photos, 0);
        // Nine good photos at once (eight is the most): refused, and not one file written.
        let nine: Vec<(&str, &str, Vec<u8>)> = (0..9).map(|i| ("photo", "p.jpg", jpeg(200 + i, 200))).collect();
        let answer = app.multipart(app::listings::api::UploadPhotos::PATH, &[("listing_id", &id.to_string())], &nine, Some(&seller), "application/json").await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        assert_eq!(media_files(), files_before, "refused photos leave no file behind");
        // Eight, then two more: the listing would hold ten, so the two leave no file.
        let eight: Vec<(&str, &str, Vec<u8>)> = (0..8).map(|i| ("photo", "p.jpg", jpeg(300 + i, 200))).collect();
        let answer = app.multipart(app::listings::api::UploadPhotos::PATH, &[("listing_id", &id.to_string())], &eight, Some(&seller), "application/json").await;
        assert_eq!(answer.status, 200, "{}", answer.body);
        let files_with_eight = media_files();
        assert!(files_with_eight > files_before);
        let two: Vec<(&str, &str, Vec<u8>)> = (0..2).map(|i| ("photo", "p.jpg", jpeg(400 + i, 200))).collect();
        let answer = app.multipart(app::listings::api::UploadPhotos::PATH, &[("listing_id", &id.to_string())], &two, Some(&seller), "application/json").await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        assert_eq!(media_files(), files_with_eight, "a refused batch leaves no file behind");
    })
    .await;
}

#[tokio::test]
async fn a_seller_cannot_see_or_touch_another_groups_listings() {
    on_each_engine(|app| async move {
        let raipur = app.session_for(LEADER).await;
        let gwalior = app.session_for(GWALIOR_LEADER).await;
        let id = create(&app, &raipur, "Karonda pickle").await.to_string();
        assert_eq!(app.get_as(&format!("/sell/{id}"), &gwalior).await.0, 404);
        for (path, form) in [
            (app::listings::api::ChangeStock::PATH, vec![("id", id.as_str()), ("delta", "-1")]),
            (app::listings::api::SubmitListing::PATH, vec![("id", id.as_str())]),
            (app::listings::api::DuplicateListing::PATH, vec![("id", id.as_str())]),
        ] {
            assert_eq!(app.call(path, &form, Some(&gwalior)).await.status, 404, "{path}");
        }
        let photos = [("photo", "a.jpg", jpeg(100, 100))];
        let answer = app
            .multipart(
                app::listings::api::UploadPhotos::PATH,
                &[("listing_id", &id)],
                &photos,
                Some(&gwalior),
                "application/json",
            )
            .await;
        assert_eq!(answer.status, 404);
        let on_hand: i64 = sqlx::query_scalar("SELECT on_hand FROM stock WHERE product_id = $1")
            .bind(id.parse::<i64>().unwrap())
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(on_hand, 12, "unchanged");
        // The CSV export is her own group's only, and needs a seller.
        let csv = app.client.get(app.url("/sell/listings.csv")).header("Cookie", &gwalior).send().await.unwrap();
        assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
        let csv = csv.text().await.unwrap();
        assert!(csv.starts_with('\u{feff}') && !csv.contains("करौंदे"));
        let anonymous = app.client.get(app.url("/sell/listings.csv")).send().await.unwrap();
        assert_eq!(anonymous.status(), 401);
    })
    .await;
}

#[tokio::test]
async fn stock_taps_change_stock_and_a_csv_import_reports_bad_rows_by_line() {
    on_each_engine(|app| async move {
        let seller = app.session_for(LEADER).await;
        let id = create(&app, &seller, "Karonda pickle").await.to_string();
        // Each row's forms come back to that row, not the top of the list.
        let (_, list) = app.get_as("/sell", &seller).await;
        assert!(list.contains(&format!("id=\"listing-{id}\"")), "the row is an anchor");
        assert!(list.contains(&format!("name=\"back\" value=\"/sell#listing-{id}\"")), "its forms return to it");
        let answer = app
            .submit(
                app::listings::api::ChangeStock::PATH,
                &[("id", &id), ("delta", "-1"), ("back", &format!("/sell?q=x#listing-{id}"))],
                Some(&seller),
            )
            .await;
        assert_eq!((answer.status, location(&answer)), (302, format!("/sell?q=x&saved=stock#listing-{id}")));
        let answer =
            app.call(app::listings::api::ChangeStock::PATH, &[("id", &id), ("set_to", "-4")], Some(&seller)).await;
        assert_eq!(answer.status, 422, "a negative count is refused");
        let answer =
            app.call(app::listings::api::ChangeStock::PATH, &[("id", &id), ("set_to", "2")], Some(&seller)).await;
        assert_eq!(answer.body, "2");
        let (_, list) = app.get_as("/sell?low=1", &seller).await;
        assert!(list.contains(&format!("/sell/{id}")), "2 ≤ 5: low stock");

        let csv = app
            .client
            .get(app.url("/sell/listings.csv"))
            .header("Cookie", &seller)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let mut lines: Vec<String> = csv.lines().map(String::from).collect();
        assert!(lines.len() > 2, "the demo group's listings and the new one");
        // Break one row's price, keep the rest.
        let row = lines.iter().position(|l| l.starts_with(&format!("{id},"))).unwrap();
        lines[row] = lines[row].replace(",100,130,", ",-100,130,");
        let answer = app
            .multipart(
                app::listings::api::ImportListings::PATH,
                &[],
                &[("file", "mine.csv", lines.join("\r\n").into_bytes())],
                Some(&seller),
                "text/html",
            )
            .await;
        assert_eq!(answer.status, 302, "{}", answer.body);
        let report = location(&answer);
        assert!(report.starts_with("/sell/import?report="), "{report}");
        let (_, page) = app.get_as(&report, &seller).await;
        assert!(
            page.contains(&format!("<td>{}</td>", row + 1)) && page.contains("<code>price</code>"),
            "line and column"
        );
        let price: i64 = sqlx::query_scalar("SELECT price_paise FROM products WHERE id = $1")
            .bind(id.parse::<i64>().unwrap())
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(price, 10_000, "the bad row changed nothing");
        // Someone else's report is not hers.
        let gwalior = app.session_for(GWALIOR_LEADER).await;
        assert!(!app.get_as(&report, &gwalior).await.1.contains("<code>price</code>"));
    })
    .await;
}

#[tokio::test]
async fn a_refused_form_comes_back_filled_in_as_typed() {
    on_each_engine(|app| async move {
        let seller = app.session_for(LEADER).await;
        let category = pickles(&app).await;
        // The market price below the group's price: only the server can say so.
        let response = app
            .client
            .post(app.url(app::listings::api::SaveListing::PATH))
            .header("Accept", "text/html")
            .header("Cookie", &seller)
            .header("Referer", app.url("/sell/new"))
            .form(&[
                ("listing[category_id]", category.as_str()),
                ("listing[title_hi]", "महुआ के लड्डू"),
                ("listing[description_hi]", "महुआ के फूल, गुड़ और तिल से बने लड्डू, बिना रंग के।"),
                ("listing[unit_hi]", "12 लड्डू का डिब्बा"),
                ("listing[price]", "150"),
                ("listing[market_price]", "120"),
                ("listing[gst_rate]", "5"),
                ("listing[weight_grams]", "400"),
                ("listing[stock]", "9"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 302);
        let back = response.headers()["location"].to_str().unwrap().to_string();
        assert!(back.contains("/sell/new") && back.contains("__err="), "{back}");
        let path = back.trim_start_matches(&app.address);
        let (status, page) = app.get_as(path, &seller).await;
        assert_eq!(status, 200);
        assert!(page.contains("बाज़ार दाम (₹120.00) समूह के दाम (₹150.00) से कम है"), "the reason");
        assert!(page.contains("value=\"महुआ के लड्डू\"") && page.contains("महुआ के फूल, गुड़ और तिल"), "what she typed");
        // Opening the empty form afresh shows no stale draft.
        let (_, fresh) = app.get_as("/sell/new", &seller).await;
        assert!(!fresh.contains("महुआ के लड्डू"));
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM products WHERE title_hi = 'महुआ के लड्डू'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(count, 0, "nothing saved");
    })
    .await;
}
