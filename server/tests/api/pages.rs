//! Storefront pages as a browser without JavaScript receives them.

use crate::helpers::on_each_engine;

#[tokio::test]
async fn the_home_page_is_in_hindi_by_default_with_categories_products_and_places() {
    on_each_engine(|app| async move {
        let (status, body) = app.get("/", None).await;
        assert_eq!(status, 200);
        assert!(body.contains(r#"<html lang="hi""#), "Hindi first");
        assert!(body.contains("श्रेणियाँ"), "categories heading");
        assert!(body.contains("खाद्य सामग्री"), "a category");
        assert!(body.contains(r#"href="/p/"#), "featured product links");
        assert!(body.contains("राज्य और ज़िले से ख़रीदें"), "shop by place");
        assert!(body.contains(r#"href="/products?district=raipur""#));
        assert!(body.contains("<strong>16</strong>"), "group count");
    })
    .await;
}

#[tokio::test]
async fn the_english_cookie_renders_the_same_page_in_english() {
    on_each_engine(|app| async move {
        let (status, body) = app.get("/", Some("en")).await;
        assert_eq!(status, 200);
        assert!(body.contains(r#"<html lang="en""#));
        assert!(body.contains("Food &amp; groceries") || body.contains("Food & groceries"));
        assert!(!body.contains("श्रेणियाँ"));
    })
    .await;
}

#[tokio::test]
async fn a_product_page_shows_both_prices_the_saving_tiers_and_the_group() {
    on_each_engine(|app| async move {
        let (status, body) = app.get("/p/mango-pickle-khorpa", Some("en")).await;
        assert_eq!(status, 200);
        assert!(body.contains("Mango pickle (aam ka achar)"));
        assert!(body.contains("₹140"), "group price");
        assert!(body.contains("₹190"), "market price");
        assert!(body.contains("You save"), "saving");
        assert!(body.contains("₹50 (26%)"));
        assert!(body.contains("Wholesale prices"));
        assert!(body.contains("₹118"), "the 48-unit tier");
        assert!(body.contains(r#"href="/g/maa-durga-shg-khorpa""#), "group card link");
        assert!(body.contains("In stock: 80"));
        assert!(body.contains("<leptos-island"), "the gallery is an island");
        assert!(body.contains(r#"href="?photo=2#gallery""#), "gallery works without JavaScript");
    })
    .await;
}

#[tokio::test]
async fn the_photo_parameter_chooses_the_gallery_image_without_javascript() {
    on_each_engine(|app| async move {
        let (_, first) = app.get("/p/mango-pickle-khorpa", Some("en")).await;
        let (status, second) = app.get("/p/mango-pickle-khorpa?photo=2", Some("en")).await;
        assert_eq!(status, 200);
        assert!(first.contains("Photo 1 / 2"));
        assert!(second.contains("Photo 2 / 2"));
        for nonsense in ["?photo=abc", "?photo=-1", "?photo=99999999999999999999", "?photo="] {
            let (status, body) = app.get(&format!("/p/mango-pickle-khorpa{nonsense}"), Some("en")).await;
            assert_eq!(status, 200, "{nonsense}");
            assert!(body.contains("Photo 1 / 2"), "{nonsense} falls back to the cover");
        }
    })
    .await;
}

#[tokio::test]
async fn a_group_page_tells_its_story_and_lists_its_products() {
    on_each_engine(|app| async move {
        let (status, body) = app.get("/g/chanderi-bunkar-shg-pranpur", None).await;
        assert_eq!(status, 200);
        assert!(body.contains("चंदेरी बुनकर महिला समूह"));
        assert!(body.contains("हमारी कहानी"));
        assert!(body.contains("प्राणपुर, चंदेरी, अशोकनगर, मध्य प्रदेश"));
        assert!(body.contains(r#"href="/p/chanderi-silk-cotton-saree-pranpur""#));
        assert!(body.contains("MP/ASN/CHD/0009"));
        let (_, unregistered) = app.get("/g/pragati-shg-sankra", Some("en")).await;
        assert!(unregistered.contains("Not GST-registered"));
    })
    .await;
}

#[tokio::test]
async fn a_category_listing_filters_sorts_and_pages() {
    on_each_engine(|app| async move {
        let (status, body) = app.get("/c/food?state=himachal-pradesh&sort=price_asc", Some("en")).await;
        assert_eq!(status, 200);
        assert!(body.contains("Food &amp; groceries") || body.contains("Food & groceries"));
        assert!(body.contains("Ragi biscuits"), "Himachal food");
        assert!(!body.contains("Mango pickle (aam"), "Chhattisgarh filtered out");
        let ragi = body.find("Ragi biscuits").unwrap();
        let atta = body.find("Pahadi multigrain atta").unwrap();
        assert!(ragi < atta, "₹60 before ₹320");
        let (_, page_two) = app.get("/products?page=2", Some("en")).await;
        assert!(page_two.contains(r#"aria-current="page">2<"#));
        let (_, in_stock) = app.get("/c/tribal-art?stock=1", Some("en")).await;
        assert!(!in_stock.contains("Dancing peacock"), "out of stock hidden");
        assert!(in_stock.contains("Tree of life"));
    })
    .await;
}

#[tokio::test]
async fn search_finds_products_in_hindi_and_english() {
    on_each_engine(|app| async move {
        let (status, body) = app.get("/search?q=%E0%A4%85%E0%A4%9A%E0%A4%BE%E0%A4%B0", Some("en")).await;
        assert_eq!(status, 200);
        assert!(body.contains("Mango pickle (aam ka achar)"), "अचार finds pickles");
        let (_, body) = app.get("/search?q=saree", Some("en")).await;
        assert!(body.contains("Maheshwari saree"));
        assert!(!body.contains("Mango pickle (aam"));
        let (status, body) = app.get("/search", Some("en")).await;
        assert_eq!(status, 200);
        assert!(body.contains("What are you looking for?"));
    })
    .await;
}

#[tokio::test]
async fn nonsense_query_parameters_get_a_clear_notice_never_a_500() {
    on_each_engine(|app| async move {
        let path = "/products?min=abc&max=-5&state=%3Cscript%3E&stock=maybe&sort=random&page=0&district=atlantis";
        let (status, body) = app.get(path, Some("en")).await;
        assert_eq!(status, 200);
        assert!(body.contains(r#"The price limit "abc" is not a number"#), "{body}");
        assert!(body.contains("That sort order does not exist"));
        assert!(body.contains(r#"There is no page "0""#));
        assert!(body.contains(r#"Haat has no state or district called "atlantis""#));
        assert!(!body.contains("<script>"), "input is escaped");
        let (status, body) = app.get("/products?min=abc", None).await;
        assert_eq!(status, 200);
        assert!(body.contains("समझ नहीं आई"), "the notice is in Hindi too");
        let (status, _) = app.get("/products?page=99999", Some("en")).await;
        assert_eq!(status, 200);
    })
    .await;
}

#[tokio::test]
async fn unknown_products_groups_categories_and_paths_get_a_bilingual_404() {
    on_each_engine(|app| async move {
        for path in ["/p/no-such-pickle", "/g/no-such-group", "/c/no-such-category", "/no/such/page"] {
            let (status, hindi) = app.get(path, None).await;
            assert_eq!(status, 404, "{path}");
            assert!(hindi.contains("यह पृष्ठ नहीं मिला"), "{path}: Hindi 404");
            let (status, english) = app.get(path, Some("en")).await;
            assert_eq!(status, 404, "{path}");
            assert!(english.contains("Page not found"), "{path}: English 404");
        }
    })
    .await;
}

#[tokio::test]
async fn a_group_page_does_not_offer_site_wide_category_links() {
    on_each_engine(|app| async move {
        let (_, body) = app.get("/g/ekta-shg-tighra", Some("en")).await;
        assert!(!body.contains(r#"class="chips""#), "category chips belong to site-wide listings");
        let (_, body) = app.get("/products", Some("en")).await;
        assert!(body.contains(r#"class="chips""#));
    })
    .await;
}
