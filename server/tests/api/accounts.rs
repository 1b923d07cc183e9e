//! Signing in and staying signed in, over HTTP, on both engines.

use crate::helpers::{on_each_engine, spawn_app_with, TestApp};
use app::db::Engine;
use haat_server::demo::people;
use leptos::server_fn::ServerFn;

/// Asks for a code and reads it from the demo outbox (the server runs with the demo flag).
async fn code_for(app: &TestApp, phone: &str, name: Option<&str>) -> String {
    let mut form = vec![("phone", phone)];
    if let Some(name) = name {
        form.push(("name", name));
    }
    let sent = app.submit(app::accounts::api::RequestCode::PATH, &form, None).await;
    assert_eq!(sent.status, 302, "{}", sent.body);
    assert!(sent.header("location").unwrap().starts_with(&format!("/signin/code?phone={phone}")));
    let shown = app.call(app::accounts::api::GetDemoCode::PATH, &[("phone", phone)], None).await;
    serde_json::from_str::<Option<String>>(&shown.body).unwrap().expect("the demo shows the code")
}

#[tokio::test]
async fn a_shopper_signs_up_with_a_code_and_gets_a_safe_session_cookie() {
    on_each_engine(|app| async move {
        let code = code_for(&app, "9811100001", Some("Geeta Devi")).await;
        let signed_in = app
            .submit(
                app::accounts::api::VerifyCode::PATH,
                &[("phone", "9811100001"), ("code", &code), ("name", "Geeta Devi")],
                None,
            )
            .await;
        assert_eq!(signed_in.status, 302, "{}", signed_in.body);
        assert_eq!(signed_in.header("location").as_deref(), Some("/account"));
        let cookie =
            signed_in.set_cookies().into_iter().find(|c| c.starts_with("haat_session=")).expect("session cookie");
        for flag in ["HttpOnly", "SameSite=Lax", "Path=/"] {
            assert!(cookie.contains(flag), "{flag} missing in {cookie}");
        }
        assert!(!cookie.contains("Secure"), "plain http in development");
        let token = signed_in.session_token(app.cookie_name).unwrap();
        let (status, page) = app.get_as("/account", &app.session_cookie(&token)).await;
        assert_eq!(status, 200);
        assert!(page.contains("Geeta Devi"));
        let stored: String =
            sqlx::query_scalar("SELECT token_hash FROM sessions").fetch_one(&app.db.pool).await.unwrap();
        assert_ne!(stored, token, "only the token's hash is stored");
    })
    .await;
}

#[tokio::test]
async fn an_expired_code_is_refused() {
    on_each_engine(|app| async move {
        let code = code_for(&app, "9000000001", None).await;
        sqlx::query("UPDATE login_codes SET expires_at = 0").execute(&app.db.pool).await.unwrap();
        let answer =
            app.call(app::accounts::api::VerifyCode::PATH, &[("phone", "9000000001"), ("code", &code)], None).await;
        assert_eq!(answer.status, 422);
        assert!(answer.body.contains("expired"), "{}", answer.body);
        assert!(answer.session_token(app.cookie_name).is_none());
    })
    .await;
}

#[tokio::test]
async fn five_wrong_tries_kill_the_code_even_for_the_right_one_after() {
    on_each_engine(|app| async move {
        let code = code_for(&app, "9000000001", None).await;
        let wrong = if code == "000000" { "111111" } else { "000000" };
        for tries_left in [4, 3, 2, 1] {
            let answer =
                app.call(app::accounts::api::VerifyCode::PATH, &[("phone", "9000000001"), ("code", wrong)], None).await;
            assert_eq!(answer.status, 422);
            assert!(answer.body.contains(&format!("{tries_left} more tries")), "{}", answer.body);
        }
        let fifth =
            app.call(app::accounts::api::VerifyCode::PATH, &[("phone", "9000000001"), ("code", wrong)], None).await;
        assert!(fifth.body.contains("Too many wrong tries"), "{}", fifth.body);
        let right =
            app.call(app::accounts::api::VerifyCode::PATH, &[("phone", "9000000001"), ("code", &code)], None).await;
        assert_eq!(right.status, 422);
        assert!(right.session_token(app.cookie_name).is_none(), "a dead code signs nobody in");
    })
    .await;
}

#[tokio::test]
async fn codes_are_rate_limited_per_number_and_per_client() {
    on_each_engine(|app| async move {
        for _ in 0..3 {
            assert_eq!(
                app.call(app::accounts::api::RequestCode::PATH, &[("phone", "9000000001")], None).await.status,
                200
            );
        }
        let fourth = app.call(app::accounts::api::RequestCode::PATH, &[("phone", "9000000001")], None).await;
        assert_eq!(fourth.status, 429);
        assert!(fourth.body.contains("Too many attempts") && fourth.body.contains("बहुत अधिक कोशिशें"));
        // Other numbers from the same client: 10 in all per window.
        let mut statuses = Vec::new();
        for i in 0..8 {
            let phone = format!("98222000{i:02}");
            statuses.push(app.call(app::accounts::api::RequestCode::PATH, &[("phone", &phone)], None).await.status);
        }
        assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 7, "3 + 7 = 10 per client: {statuses:?}");
        assert_eq!(statuses.last(), Some(&429));
    })
    .await;
}

#[tokio::test]
async fn signing_in_again_rotates_the_session() {
    on_each_engine(|app| async move {
        let first = app
            .call(
                app::accounts::api::PasswordSignIn::PATH,
                &[("phone", "9000000001"), ("password", people::PASSWORD)],
                None,
            )
            .await;
        let old = first.session_token(app.cookie_name).expect("signed in");
        let old_cookie = app.session_cookie(&old);
        let again = app
            .call(
                app::accounts::api::PasswordSignIn::PATH,
                &[("phone", "9000000001"), ("password", people::PASSWORD)],
                Some(&old_cookie),
            )
            .await;
        let new = again.session_token(app.cookie_name).expect("signed in again");
        assert_ne!(old, new, "a new session id at sign-in");
        assert_eq!(app.get_as("/account", &old_cookie).await.0, 401, "the old session is gone");
        assert_eq!(app.get_as("/account", &app.session_cookie(&new)).await.0, 200);
    })
    .await;
}

#[tokio::test]
async fn sessions_end_after_idling_and_at_their_absolute_limit() {
    on_each_engine(|app| async move {
        let idle = app.session_for("9000000001").await;
        let forever = app.session_for("9000000002").await;
        assert_eq!(app.get_as("/account", &idle).await.0, 200);
        let now = app::db::now_ms();
        let two_weeks = 15 * 24 * 60 * 60 * 1000;
        sqlx::query(
            "UPDATE sessions SET last_seen_at = $1 WHERE user_id = (SELECT id FROM users WHERE phone = '9000000001')",
        )
        .bind(now - two_weeks)
        .execute(&app.db.pool)
        .await
        .unwrap();
        sqlx::query(
            "UPDATE sessions SET expires_at = $1 WHERE user_id = (SELECT id FROM users WHERE phone = '9000000002')",
        )
        .bind(now - 1)
        .execute(&app.db.pool)
        .await
        .unwrap();
        let (status, page) = app.get_as("/account", &idle).await;
        assert_eq!(status, 401);
        assert!(page.contains("/signin?next=%2Faccount"), "offers to sign in and come back");
        assert_eq!(app.get_as("/account", &forever).await.0, 401);
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions").fetch_one(&app.db.pool).await.unwrap();
        assert_eq!(left, 0, "dead sessions are deleted when seen");
    })
    .await;
}

#[tokio::test]
async fn an_officials_idle_timeout_is_thirty_minutes() {
    on_each_engine(|app| async move {
        let official = app.session_for("9000000008").await;
        sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 31 * 60 * 1000")
            .execute(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(app.get_as("/people", &official).await.0, 401);
    })
    .await;
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session_of_that_person_only() {
    on_each_engine(|app| async move {
        let phone = app.session_for("9000000001").await;
        let laptop = app.session_for("9000000001").await;
        let someone_else = app.session_for("9000000002").await;
        let answer = app.submit(app::accounts::api::SignOutEverywhere::PATH, &[], Some(&phone)).await;
        assert_eq!(answer.status, 302);
        assert!(answer.set_cookies().iter().any(|c| c.starts_with("haat_session=;") && c.contains("Max-Age=0")));
        assert_eq!(app.get_as("/account", &laptop).await.0, 401);
        assert_eq!(app.get_as("/account", &phone).await.0, 401);
        assert_eq!(app.get_as("/account", &someone_else).await.0, 200);
    })
    .await;
}

#[tokio::test]
async fn cross_site_posts_are_refused_and_change_nothing() {
    on_each_engine(|app| async move {
        let cookie = app.session_for("9000000001").await;
        let forged = app
            .client
            .post(app.url(app::accounts::api::UpdateProfile::PATH))
            .header("Cookie", &cookie)
            .header("Origin", "https://evil.example")
            .form(&[("name", "Hacked"), ("lang", "en")])
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status().as_u16(), 403);
        assert!(forged.text().await.unwrap().contains("another site"));
        let fetch_site = app
            .client
            .post(app.url(app::accounts::api::UpdateProfile::PATH))
            .header("Cookie", &cookie)
            .header("Sec-Fetch-Site", "cross-site")
            .form(&[("name", "Hacked"), ("lang", "en")])
            .send()
            .await
            .unwrap();
        assert_eq!(fetch_site.status().as_u16(), 403);
        let name: String = sqlx::query_scalar("SELECT name FROM users WHERE phone = '9000000001'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(name, "Sunita Verma");
        let same_origin = app
            .client
            .post(app.url(app::accounts::api::UpdateProfile::PATH))
            .header("Cookie", &cookie)
            .header("Origin", app.address.clone())
            .header("Sec-Fetch-Site", "same-origin")
            .form(&[("name", "Sunita V"), ("lang", "en")])
            .send()
            .await
            .unwrap();
        assert_eq!(same_origin.status().as_u16(), 200);
    })
    .await;
}

#[tokio::test]
async fn nothing_changes_over_get() {
    on_each_engine(|app| async move {
        let cookie = app.session_for("9000000001").await;
        for path in [
            "/api/request_code?phone=9000000001",
            app::accounts::api::SignOutEverywhere::PATH,
            "/api/update_profile?name=X&lang=en",
        ] {
            let status =
                app.client.get(app.url(path)).header("Cookie", &cookie).send().await.unwrap().status().as_u16();
            assert!(status == 404 || status == 405, "{path}: {status}");
        }
        let codes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM login_codes").fetch_one(&app.db.pool).await.unwrap();
        assert_eq!(codes, 0);
        assert_eq!(app.get_as("/account", &cookie).await.0, 200, "still signed in");
    })
    .await;
}

#[tokio::test]
async fn over_https_the_cookie_is_secure_with_the_host_prefix() {
    let running = spawn_app_with(Engine::Sqlite, Some("https://haat.example")).await;
    let app = running.app.clone();
    let answer = app
        .call(
            app::accounts::api::PasswordSignIn::PATH,
            &[("phone", "9000000001"), ("password", people::PASSWORD)],
            None,
        )
        .await;
    let cookie =
        answer.set_cookies().into_iter().find(|c| c.starts_with("__Host-haat_session=")).expect("__Host- cookie");
    for flag in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(flag), "{flag} in {cookie}");
    }
    assert!(!cookie.contains("Domain="));
    // The language cookie is Secure too, and every answer says: https only.
    let switched = app.call(app::ui::layout::SetLanguage::PATH, &[("lang", "en")], None).await;
    let lang = switched.set_cookies().into_iter().find(|c| c.starts_with("haat_lang=")).expect("language cookie");
    assert!(lang.contains("; Secure"), "{lang}");
    assert_eq!(switched.header("strict-transport-security").as_deref(), Some("max-age=31536000"));
    let home = app.client.get(app.url("/")).send().await.unwrap();
    assert_eq!(home.headers()["strict-transport-security"], "max-age=31536000");
    // The same-origin rule follows the public URL, not the address the proxy forwards to.
    let forged = app
        .client
        .post(app.url(app::accounts::api::SignOut::PATH))
        .header("Origin", app.address.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 403);
    running.stop().await;
}

#[tokio::test]
async fn passwords_must_be_uncommon_and_wrong_ones_say_nothing_specific() {
    on_each_engine(|app| async move {
        let cookie = app.session_for("9000000001").await;
        let common = app
            .call(
                app::accounts::api::SetPassword::PATH,
                &[("current", people::PASSWORD), ("new_password", "password123")],
                Some(&cookie),
            )
            .await;
        assert_eq!(common.status, 422);
        assert!(common.body.contains("too common"), "{}", common.body);
        let short = app
            .call(
                app::accounts::api::SetPassword::PATH,
                &[("current", people::PASSWORD), ("new_password", "Ab1!")],
                Some(&cookie),
            )
            .await;
        assert_eq!(short.status, 422);
        let wrong_current = app
            .call(
                app::accounts::api::SetPassword::PATH,
                &[("current", "nope"), ("new_password", "Mahua-Laddoo-88")],
                Some(&cookie),
            )
            .await;
        assert_eq!(wrong_current.status, 422);
        let ok = app
            .call(
                app::accounts::api::SetPassword::PATH,
                &[("current", people::PASSWORD), ("new_password", "Mahua-Laddoo-88")],
                Some(&cookie),
            )
            .await;
        assert_eq!(ok.status, 200, "{}", ok.body);
        let signed_in = app
            .call(
                app::accounts::api::PasswordSignIn::PATH,
                &[("phone", "9000000001"), ("password", "Mahua-Laddoo-88")],
                None,
            )
            .await;
        assert!(signed_in.session_token(app.cookie_name).is_some());
        let wrong = app
            .call(
                app::accounts::api::PasswordSignIn::PATH,
                &[("phone", "9000000001"), ("password", "nope-nope-nope")],
                None,
            )
            .await;
        let unknown = app
            .call(
                app::accounts::api::PasswordSignIn::PATH,
                &[("phone", "9800000000"), ("password", "nope-nope-nope")],
                None,
            )
            .await;
        assert_eq!(wrong.status, 422);
        assert_eq!(wrong.body, unknown.body, "an unknown number and a wrong password look the same");
    })
    .await;
}

#[tokio::test]
async fn an_official_needs_her_second_factor_before_anything_else() {
    on_each_engine(|app| async move {
        let answer = app
            .submit(
                app::accounts::api::PasswordSignIn::PATH,
                &[("phone", "9000000008"), ("password", people::PASSWORD)],
                None,
            )
            .await;
        assert_eq!(answer.header("location").as_deref(), Some("/signin/second-factor?next=%2Faccount"));
        let cookie = app.session_cookie(&answer.session_token(app.cookie_name).unwrap());
        assert_eq!(app.get_as("/people", &cookie).await.0, 401, "half signed in is not signed in");
        assert_eq!(app.call(app::accounts::api::GetPeople::PATH, &[], Some(&cookie)).await.status, 401);
        let now = (app::db::now_ms() / 1000) as u64;
        let code = app::accounts::totp::code_at(people::RAIPUR_OFFICIAL_TOTP, now).unwrap();
        let wrong = app.call(app::accounts::api::VerifySecondFactor::PATH, &[("code", "12345")], Some(&cookie)).await;
        assert_eq!(wrong.status, 422);
        let ok = app.call(app::accounts::api::VerifySecondFactor::PATH, &[("code", &code)], Some(&cookie)).await;
        assert_eq!(ok.status, 200, "{}", ok.body);
        let (status, people_page) = app.get_as("/people", &cookie).await;
        assert_eq!(status, 200);
        assert!(people_page.contains("Rajesh Agrawal") || people_page.contains("Agrawal Wholesale"));
        // The same code cannot be used twice (a second device, a replay).
        let again = app
            .submit(
                app::accounts::api::PasswordSignIn::PATH,
                &[("phone", "9000000008"), ("password", people::PASSWORD)],
                None,
            )
            .await;
        let cookie = app.session_cookie(&again.session_token(app.cookie_name).unwrap());
        let replay = app.call(app::accounts::api::VerifySecondFactor::PATH, &[("code", &code)], Some(&cookie)).await;
        assert_eq!(replay.status, 422);
    })
    .await;
}

#[tokio::test]
async fn a_half_signed_in_official_cannot_replace_her_second_factor() {
    on_each_engine(|app| async move {
        let answer = app
            .call(
                app::accounts::api::PasswordSignIn::PATH,
                &[("phone", "9000000008"), ("password", people::PASSWORD)],
                None,
            )
            .await;
        let cookie = app.session_cookie(&answer.session_token(app.cookie_name).unwrap());
        assert_eq!(app.call(app::accounts::api::GetSecondFactorSetup::PATH, &[], Some(&cookie)).await.status, 403);
        assert_eq!(app.call(app::accounts::api::BeginSecondFactor::PATH, &[], Some(&cookie)).await.status, 403);
    })
    .await;
}

#[tokio::test]
async fn a_new_official_enrols_her_second_factor_with_a_qr_code() {
    on_each_engine(|app| async move {
        sqlx::query("UPDATE users SET totp_secret = NULL WHERE phone = '9000000009'")
            .execute(&app.db.pool)
            .await
            .unwrap();
        let answer = app
            .submit(
                app::accounts::api::PasswordSignIn::PATH,
                &[("phone", "9000000009"), ("password", people::PASSWORD)],
                None,
            )
            .await;
        assert_eq!(answer.header("location").as_deref(), Some("/account/second-factor?next=%2Faccount"));
        let cookie = app.session_cookie(&answer.session_token(app.cookie_name).unwrap());
        assert_eq!(app.call(app::accounts::api::BeginSecondFactor::PATH, &[], Some(&cookie)).await.status, 200);
        let (status, page) = app.get_as("/account/second-factor", &cookie).await;
        assert_eq!(status, 200);
        assert!(page.contains("<svg"), "the QR code");
        let secret: String = sqlx::query_scalar("SELECT totp_pending_secret FROM users WHERE phone = '9000000009'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert!(page.contains(&secret), "the key to type by hand");
        let code = app::accounts::totp::code_at(&secret, (app::db::now_ms() / 1000) as u64).unwrap();
        assert_eq!(
            app.call(app::accounts::api::ConfirmSecondFactor::PATH, &[("code", &code)], Some(&cookie)).await.status,
            200
        );
        assert_eq!(app.get_as("/people", &cookie).await.0, 200);
    })
    .await;
}

#[tokio::test]
async fn an_address_anywhere_in_india_is_kept_but_its_pin_code_must_fit_its_state() {
    on_each_engine(|app| async move {
        let sunita = app.session_for("9000000001").await;
        let state_id = |slug: &'static str| {
            let db = app.db.clone();
            async move {
                let id: i64 = sqlx::query_scalar("SELECT id FROM states WHERE slug = $1").bind(slug).fetch_one(&db.pool).await.unwrap();
                id.to_string()
            }
        };
        let states: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM states").fetch_one(&app.db.pool).await.unwrap();
        assert_eq!(states, 36, "every state and union territory");
        let delhi = state_id("delhi").await;
        let address = |state: &str, pin: &str| {
            vec![
                ("name", "Sunita Verma".to_string()),
                ("phone", "9000000001".to_string()),
                ("line1", "B-12, Lajpat Nagar".to_string()),
                ("city", "New Delhi".to_string()),
                ("district", "South Delhi".to_string()),
                ("state_id", state.to_string()),
                ("pincode", pin.to_string()),
            ]
        };
        let send = |form: Vec<(&'static str, String)>| {
            let app = app.clone();
            let sunita = sunita.clone();
            async move {
                let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                app.call(app::accounts::api::AddAddress::PATH, &form, Some(&sunita)).await
            }
        };
        let count = || {
            let db = app.db.clone();
            async move { sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM addresses").fetch_one(&db.pool).await.unwrap() }
        };
        let before = count().await;

        let raipur_pin_in_delhi = send(address(&delhi, "492001")).await;
        assert_eq!(raipur_pin_in_delhi.status, 422, "{}", raipur_pin_in_delhi.body);
        assert!(raipur_pin_in_delhi.body.contains("PIN code 492001 is not in Delhi"), "{}", raipur_pin_in_delhi.body);
        let no_state = send(address("0", "110024")).await;
        assert_eq!(no_state.status, 422, "{}", no_state.body);
        assert!(no_state.body.contains("Choose a state"), "{}", no_state.body);
        assert_eq!(count().await, before, "nothing saved");

        let saved = send(address(&delhi, "110 024")).await;
        assert_eq!(saved.status, 200, "{}", saved.body);
        assert_eq!(count().await, before + 1);
        let (_, page) = app.get_as("/account", &sunita).await;
        assert!(page.contains("110024") && page.contains("दिल्ली"), "the address is listed");
    })
    .await;
}

#[tokio::test]
async fn signing_in_and_adding_an_address_from_checkout_return_to_checkout() {
    on_each_engine(|app| async move {
        // Signed out at checkout: the sign-in page keeps the way back on
        // every link (to the password page, to sign up).
        let page = app.client.get(format!("{}/signin?next=%2Fcheckout", app.address)).send().await.unwrap();
        let page = page.text().await.unwrap();
        assert!(page.contains("href=\"/signin/password?next=%2Fcheckout\""), "password sign-in keeps next");
        assert!(page.contains("href=\"/signup?next=%2Fcheckout\""), "sign-up keeps next");
        let answer = app
            .submit(
                app::accounts::api::PasswordSignIn::PATH,
                &[("phone", "9000000001"), ("password", people::PASSWORD), ("next", "/checkout")],
                None,
            )
            .await;
        assert_eq!(answer.header("location").as_deref(), Some("/checkout"));
        // Another site is never a way back.
        let answer = app
            .submit(
                app::accounts::api::PasswordSignIn::PATH,
                &[("phone", "9000000001"), ("password", people::PASSWORD), ("next", "//evil.example/")],
                None,
            )
            .await;
        assert_eq!(answer.header("location").as_deref(), Some("/account"));

        // Adding her first address from checkout returns to checkout.
        let session = app.session_cookie(&answer.session_token(app.cookie_name).unwrap());
        let (_, account) = app.get_as("/account?next=/checkout", &session).await;
        assert!(account.contains("name=\"next\" value=\"/checkout\""), "the address form carries it");
        let state: i64 = sqlx::query_scalar("SELECT id FROM states WHERE slug = 'chhattisgarh'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        let state = state.to_string();
        let form = [
            ("name", "Sunita Verma"),
            ("phone", "9000000001"),
            ("line1", "House 4, Station Road"),
            ("city", "Raipur"),
            ("district", "Raipur"),
            ("state_id", state.as_str()),
            ("pincode", "492001"),
            ("next", "/checkout"),
        ];
        let answer = app.submit(app::accounts::api::AddAddress::PATH, &form, Some(&session)).await;
        assert_eq!(answer.header("location").as_deref(), Some("/checkout"), "{}", answer.body);
    })
    .await;
}
