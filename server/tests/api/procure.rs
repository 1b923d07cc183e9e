//! Government purchase (#16) over HTTP, on both engines: a district
//! official adds an office with its address and an approver with her
//! limit; an indenter's search finds live listings of her state; a draft's
//! quantities are saved through the form; an office without an address
//! cannot send an indent (there is nowhere to deliver it).

use crate::helpers::on_each_engine;
use leptos::server_fn::ServerFn;

#[tokio::test]
async fn an_official_adds_an_office_and_its_approver_and_the_indent_form_works_through_http() {
    on_each_engine(|app| async move {
        let priya = app.session_for("9000000008").await;
        let raipur: i64 =
            sqlx::query_scalar("SELECT id FROM districts WHERE slug = 'raipur'").fetch_one(&app.db.pool).await.unwrap();
        let raipur = raipur.to_string();
        let office = [
            ("name_hi", "जनपद पंचायत धरसींवा"),
            ("name_en", "Janpad Panchayat Dharsiwa"),
            ("department", "rural_development"),
            ("district_id", raipur.as_str()),
            ("address_line", "Block Office, Dharsiwa"),
            ("city", "Dharsiwa"),
        ];
        // No PIN code: refused, and no office.
        let answer = app.call(app::accounts::api::CreateOffice::PATH, &office, Some(&priya)).await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        let mut with_pin = office.to_vec();
        with_pin.push(("pincode", "493221"));
        let answer = app.call(app::accounts::api::CreateOffice::PATH, &with_pin, Some(&priya)).await;
        assert!(answer.status < 400, "{}", answer.body);
        let (id, address, pin): (i64, String, String) = sqlx::query_as(
            "SELECT id, address_line, pincode FROM department_offices WHERE name_en = 'Janpad Panchayat Dharsiwa'",
        )
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
        assert_eq!((address.as_str(), pin.as_str()), ("Block Office, Dharsiwa", "493221"));
        let id = id.to_string();
        let approver = [
            ("office_id", id.as_str()),
            ("name", "Mohan Lal"),
            ("phone", "9111100001"),
            ("approver", "on"),
            ("limit", "75000"),
        ];
        let answer = app.call(app::accounts::api::CreateOfficeUser::PATH, &approver, Some(&priya)).await;
        assert!(answer.status < 400, "{}", answer.body);
        let limit: i64 = sqlx::query_scalar(
            "SELECT l.limit_paise FROM approval_limits l JOIN users u ON u.id = l.user_id WHERE u.phone = '9111100001'",
        )
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
        assert_eq!(limit, 75_000_00);

        // Officials watch department orders in their area (none open in the demo yet).
        let (status, page) = app.get_as("/review/department-orders", &priya).await;
        assert_eq!(status, 200);
        assert!(page.contains("सरकारी विभागों के ऑर्डर") && page.contains("कोई खुला सरकारी ऑर्डर नहीं"), "{page}");

        // The state official halves the direct limit; the district official only reads it.
        let rules = [
            ("direct", "25000"),
            ("lowest", "500000"),
            ("comparable", "3"),
            ("window", "30"),
            ("accept_days", "7"),
            ("pay_days", "10"),
        ];
        assert_eq!(app.call(app::procurement::api::SetPurchaseRules::PATH, &rules, Some(&priya)).await.status, 403);
        let alok = app.session_for("9000000009").await;
        let mut inverted = rules.to_vec();
        inverted[1] = ("lowest", "1000");
        let refused = app.call(app::procurement::api::SetPurchaseRules::PATH, &inverted, Some(&alok)).await;
        assert_eq!(refused.status, 422, "{}", refused.body);
        let saved = app.call(app::procurement::api::SetPurchaseRules::PATH, &rules, Some(&alok)).await;
        assert!(saved.status < 400, "{}", saved.body);
        let (status, page) = app.get_as("/review/purchase-rules", &format!("{priya}; haat_lang=en")).await;
        assert_eq!(status, 200);
        assert!(page.contains("A purchase up to ₹25,000: you may buy from any group"), "{page}");
        assert!(page.contains("Accept within 7 days of arrival."), "silence is not acceptance any more: {page}");
        assert!(!page.contains("Change the state"), "read only for a district official");

        // Anita finds handwash of groups in her state and starts a draft.
        let anita = app.session_for("9000000007").await;
        let search = app.call(app::procurement::api::GetIndentSearch::PATH, &[("q", "handwash")], Some(&anita)).await;
        assert_eq!(search.status, 200, "{}", search.body);
        assert!(search.body.contains("Lemon handwash") && search.body.contains("Neem handwash"), "{}", search.body);
        let (product, kavita): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT id FROM products WHERE slug = 'lemon-handwash-sankra'), \
             (SELECT id FROM users WHERE phone = '9000000014')",
        )
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
        let (product, kavita) = (product.to_string(), kavita.to_string());
        let add = [("indent", ""), ("product", product.as_str()), ("qty", "12"), ("consignee", kavita.as_str())];
        let added = app.call(app::procurement::api::AddIndentLine::PATH, &add, Some(&anita)).await;
        assert_eq!(added.status, 200, "{}", added.body);
        let indent = added.body.trim().to_string();
        // The form's quantity field for that line.
        let field = format!("qty[p{product}c{kavita}]");
        let save = [
            ("id", indent.as_str()),
            ("needed_by", "2100-01-01"),
            ("budget_head", "2235-02-102"),
            (field.as_str(), "18"),
        ];
        let saved = app.call(app::procurement::api::SaveIndent::PATH, &save, Some(&anita)).await;
        assert!(saved.status < 400, "{}", saved.body);
        // Her draft is hers alone: Rakesh, the approver, neither lists nor opens it.
        let rakesh = app.session_for("9000000013").await;
        let draft = [("id", indent.as_str())];
        assert_eq!(app.call(app::procurement::api::GetIndent::PATH, &draft, Some(&rakesh)).await.status, 404);
        assert_eq!(app.call(app::procurement::api::GetIndent::PATH, &draft, Some(&anita)).await.status, 200);
        let qty: i64 = sqlx::query_scalar("SELECT qty FROM indent_lines WHERE indent_id = $1")
            .bind(indent.parse::<i64>().unwrap())
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(qty, 18);

        // The Collectorate without its address cannot send it: nowhere to deliver.
        sqlx::query("UPDATE department_offices SET pincode = '' WHERE name_en = 'Collectorate, Raipur'")
            .execute(&app.db.pool)
            .await
            .unwrap();
        let sent = app
            .call(app::procurement::api::IndentStep::PATH, &[("id", indent.as_str()), ("step", "submit")], Some(&anita))
            .await;
        assert_eq!(sent.status, 422, "{}", sent.body);
        assert!(sent.body.contains("has no address yet"), "{}", sent.body);
    })
    .await;
}
