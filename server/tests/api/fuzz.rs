//! Malformed input to every server function in the access table, on both
//! engines, from a visitor, a shopper, a seller and an official: missing
//! and extra fields, huge and negative numbers, huge strings, Devanagari
//! digits, invalid UTF-8, wrong content types, other people's ids. Every
//! answer must be an answer: never a 5xx, a dropped connection, or a panic.

use crate::access::{phone, spec, targets, Who};
use crate::helpers::{on_each_engine, TestApp};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Once;

/// Panics raised by the server's own code (not by a test's assertions).
static SERVER_PANICS: AtomicUsize = AtomicUsize::new(0);

fn count_server_panics() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // Tests run in this process too (and the server's tasks on
            // their threads): their assertions and fixtures are not the server's.
            if info.location().is_some_and(|l| !l.file().contains("tests/") && !l.file().ends_with("testing.rs")) {
                SERVER_PANICS.fetch_add(1, Ordering::SeqCst);
            }
            default(info);
        }));
    });
}

/// The values every field is tried with.
fn bad_values() -> Vec<String> {
    vec![
        String::new(),
        "-1".into(),
        "0".into(),
        "99999999999999999999999999999".into(),
        "79228162514264337593543950335".into(),
        "-9223372036854775808".into(),
        "1e27".into(),
        "NaN".into(),
        "१२३".into(),
        "' OR 1=1 --".into(),
        "<script>alert(1)</script>".into(),
        "/../../etc/passwd".into(),
        "x".repeat(70_000),
    ]
}

/// One request's outcome: its status, or why there was none.
async fn send(
    app: &TestApp,
    path: &str,
    body: Vec<u8>,
    content_type: Option<&str>,
    cookie: Option<&str>,
) -> Result<u16, String> {
    let mut request = app.client.post(app.url(path)).header("Accept", "application/json").body(body);
    if let Some(content_type) = content_type {
        request = request.header("Content-Type", content_type);
    }
    if let Some(cookie) = cookie {
        request = request.header("Cookie", cookie);
    }
    match request.send().await {
        Ok(response) => {
            let status = response.status().as_u16();
            response.bytes().await.map_err(|e| format!("body cut off: {e}"))?;
            Ok(status)
        }
        Err(e) => Err(format!("no answer: {e}")),
    }
}

fn encode(form: &[(String, String)]) -> Vec<u8> {
    form.iter()
        .map(|(k, v)| {
            format!("{}={}", app::catalog::query::encode_component(k), app::catalog::query::encode_component(v))
        })
        .collect::<Vec<_>>()
        .join("&")
        .into_bytes()
}

/// Every malformed variant of a valid form: (what it is, body, content type).
fn variants(valid: &[(String, String)], multipart: bool) -> Vec<(String, Vec<u8>, Option<&'static str>)> {
    const FORM: Option<&str> = Some("application/x-www-form-urlencoded");
    let mut out: Vec<(String, Vec<u8>, Option<&'static str>)> = vec![
        ("empty body".into(), Vec::new(), FORM),
        ("no content type".into(), encode(valid), None),
        ("json content type".into(), encode(valid), Some("application/json")),
        ("text/plain".into(), encode(valid), Some("text/plain")),
        ("multipart without boundary".into(), encode(valid), Some("multipart/form-data")),
        ("multipart with a wrong boundary".into(), encode(valid), Some("multipart/form-data; boundary=nothing")),
        ("invalid UTF-8".into(), [encode(valid), b"&x=\xff\xfe%FF".to_vec()].concat(), FORM),
        ("a field twice".into(), [encode(valid), b"&".to_vec(), encode(valid)].concat(), FORM),
        ("an extra field".into(), encode(&[valid.to_vec(), vec![("zzz".into(), "1".into())]].concat()), FORM),
    ];
    if multipart {
        // A file form sent as a plain form.
        out.push(("plain form to a file form".into(), encode(valid), FORM));
    }
    for i in 0..valid.len() {
        let mut missing = valid.to_vec();
        let (name, _) = missing.remove(i);
        out.push((format!("without {name}"), encode(&missing), FORM));
        for value in bad_values() {
            let mut form = valid.to_vec();
            form[i].1 = value.clone();
            let shown: String = value.chars().take(12).collect();
            out.push((format!("{name} = {shown:?}"), encode(&form), FORM));
        }
    }
    out
}

#[tokio::test]
async fn malformed_input_to_every_server_function_gets_an_answer_never_a_500() {
    count_server_panics();
    on_each_engine(|app| async move {
        let targets = targets(&app).await;
        let usual = [Who::Anonymous, Who::Shopper, Who::RaipurLeader, Who::RaipurOfficial];
        let mut failures = Vec::new();
        let mut sent = 0;
        for (n, rule) in spec().into_iter().enumerate() {
            // The usual four, and someone the function lets in when none of
            // them is (a trader, a department's people): the malformed input
            // must get past the access check to reach the code that reads it.
            let mut callers = usual.to_vec();
            if !rule.allowed.iter().any(|who| usual.contains(who)) {
                callers.extend(rule.allowed.first());
            }
            // Fresh sessions for each function: a fuzzed call may sign someone out.
            let mut cookies = Vec::new();
            for who in &callers {
                let who = *who;
                cookies.push(match phone(who) {
                    Some(phone) => Some(app.session_for(phone).await),
                    None => None,
                });
            }
            let valid: Vec<(String, String)> =
                (rule.form)(&targets, 90_000 + n).into_iter().map(|(k, v)| (k.to_string(), v)).collect();
            for (what, body, content_type) in variants(&valid, rule.photo) {
                for (who, cookie) in callers.iter().zip(&cookies) {
                    sent += 1;
                    match send(&app, rule.path, body.clone(), content_type, cookie.as_deref()).await {
                        Ok(status) if status < 500 => {}
                        Ok(status) => failures.push(format!("{} as {who:?}, {what}: {status}", rule.path)),
                        Err(e) => failures.push(format!("{} as {who:?}, {what}: {e}", rule.path)),
                    }
                }
            }
        }
        eprintln!("-- {sent} malformed calls");
        assert!(failures.is_empty(), "{} calls failed:\n{}", failures.len(), failures.join("\n"));
        assert_eq!(SERVER_PANICS.load(Ordering::SeqCst), 0, "the server panicked (see the log above)");
    })
    .await;
}
