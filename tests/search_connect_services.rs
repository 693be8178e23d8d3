//! Integration tests for `meilisearch` and `atlassian-connect`: the real binary mints tokens that
//! a JWT library verifies with the secret, `inspect` passes and guesses each one back, and the
//! refusals exit 2 with nothing on stdout (`tests/registry.rs` mints and guesses back every
//! service from `tests/fixtures/registry/`). Fixture: `tests/fixtures/keys/hmac-secret-64.txt`.

mod common;

use serde_json::{json, Value};

use common::{decode_unverified, decode_verified, fixture, jwtmint, one_line, run, secret_64};

const IAT: i64 = 1_700_000_000;
const UID: &str = "6062abda-a5aa-4414-ac91-ecd7944c0f8d";
const SITE: &str = "https://your-site.atlassian.net";

fn secret_file() -> String {
    fixture("hmac-secret-64.txt").display().to_string()
}

fn mint(args: &[&str]) -> String {
    one_line(jwtmint().args(args))
}

/// `inspect --format json` with the secret: exit code and report.
fn inspect(token: &str) -> (Option<i32>, Value) {
    let out = run(jwtmint().args([
        "inspect",
        "--format",
        "json",
        "--secret-file",
        &secret_file(),
        token,
    ]));
    let report = serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {out:#?}"));
    (out.code, report)
}

#[test]
fn meilisearch_tokens_verify_and_are_guessed() {
    let secret = secret_file();
    let iat = IAT.to_string();
    let claims = run(jwtmint().args([
        "meilisearch",
        "--api-key-uid",
        UID,
        "--index",
        "orders=tenant_id = 42",
        "--index",
        "products",
        "--iat",
        &iat,
        "--format",
        "claims",
    ]));
    assert_eq!(claims.code, Some(0), "{claims:#?}");
    assert_eq!(
        serde_json::from_str::<Value>(&claims.stdout).unwrap(),
        json!({"apiKeyUid": UID, "iat": IAT, "exp": IAT + 3600,
               "searchRules": {"orders": {"filter": "tenant_id = 42"}, "products": {}}})
    );
    for alg in ["HS256", "HS384", "HS512"] {
        let token = mint(&[
            "meilisearch",
            "--secret-file",
            &secret,
            "--api-key-uid",
            UID,
            "--index",
            "movies",
            "--alg",
            alg,
        ]);
        let payload = decode_verified(&token, alg, &secret_64());
        assert_eq!(payload["searchRules"], json!(["movies"]));
        let (code, report) = inspect(&token);
        assert_eq!(code, Some(0), "{report:#}");
        assert_eq!(report["provider"], "meilisearch", "{report:#}");
        assert_eq!(report["provider_guessed"], true);
    }
    let header = one_line(jwtmint().args([
        "meilisearch",
        "--secret-file",
        &secret,
        "--api-key-uid",
        UID,
        "--index",
        "movies",
        "--format",
        "header",
    ]));
    assert!(header.starts_with("Authorization: Bearer ey"), "{header}");
}

#[test]
fn atlassian_connect_tokens_verify_and_are_guessed() {
    let secret = secret_file();
    let token = mint(&[
        "atlassian-connect",
        "--secret-file",
        &secret,
        "--issuer",
        "com.example.app",
        "--base-url",
        SITE,
        "--url",
        "/path/to/service?zee_last=param&repeated=parameter 1&first=param&repeated=parameter 2",
    ]);
    let (header, _) = decode_unverified(&token);
    assert_eq!(header, json!({"alg": "HS256", "typ": "JWT"}));
    let payload = decode_verified(&token, "HS256", &secret_64());
    // sha256("GET&/path/to/service&first=param&repeated=parameter%201,parameter%202&zee_last=param")
    assert_eq!(
        payload["qsh"],
        "e52bb281606c3bd9ca16cfe96fe2df78f5d9ffa126f06befd750dfa10fa1a897"
    );
    assert_eq!(payload["iss"], "com.example.app");
    assert_eq!(
        payload["exp"].as_i64().unwrap() - payload["iat"].as_i64().unwrap(),
        180
    );
    let (code, report) = inspect(&token);
    assert_eq!(code, Some(0), "{report:#}");
    assert_eq!(report["provider"], "atlassian-connect", "{report:#}");

    let url = one_line(jwtmint().args([
        "atlassian-connect",
        "--secret-file",
        &secret,
        "--issuer",
        "k",
        "--base-url",
        &format!("{SITE}/wiki"),
        "--url",
        "/rest/api/content?spaceKey=DEV",
        "--format",
        "url",
    ]));
    assert!(
        url.starts_with(&format!("{SITE}/wiki/rest/api/content?spaceKey=DEV&jwt=ey")),
        "{url}"
    );
    let header = one_line(jwtmint().args([
        "atlassian-connect",
        "--secret-file",
        &secret,
        "--issuer",
        "k",
        "--context-qsh",
        "--format",
        "header",
    ]));
    let context = header.strip_prefix("Authorization: JWT ").unwrap();
    assert_eq!(
        decode_verified(context, "HS256", &secret_64())["qsh"],
        "context-qsh"
    );
}

#[test]
fn refusals_are_usage_errors_with_nothing_on_stdout() {
    let cases: &[&[&str]] = &[
        &["meilisearch", "--api-key-uid", UID],
        &["meilisearch", "--api-key-uid", "default", "--index", "a"],
        &["meilisearch", "--api-key-uid", UID, "--search-rules", "[]"],
        &[
            "meilisearch",
            "--api-key-uid",
            UID,
            "--index",
            "a",
            "--search-rules",
            "[\"a\"]",
        ],
        &["atlassian-connect", "--issuer", "k"],
        &["atlassian-connect", "--issuer", "k", "--url", "rest/x"],
        &[
            "atlassian-connect",
            "--issuer",
            "k",
            "--url",
            "/x",
            "--context-qsh",
        ],
        &[
            "atlassian-connect",
            "--issuer",
            "k",
            "--url",
            "https://evil.example/x",
            "--base-url",
            SITE,
        ],
        &[
            "atlassian-connect",
            "--issuer",
            "k",
            "--url",
            "/x",
            "--format",
            "url",
        ],
    ];
    for args in cases {
        let out = run(jwtmint()
            .args(*args)
            .args(["--secret-file", &secret_file()]));
        assert_eq!(out.code, Some(2), "{args:?}: {out:#?}");
        assert_eq!(out.stdout, "", "{args:?}");
        assert!(
            out.stderr.starts_with("jwtmint: error: "),
            "{args:?}: {out:#?}"
        );
    }
    for (service, base, claim) in [
        (
            "meilisearch",
            &["--api-key-uid", UID, "--index", "a"][..],
            "searchRules:=[\"*\"]",
        ),
        (
            "meilisearch",
            &["--api-key-uid", UID, "--index", "a"][..],
            "apiKeyUid=x",
        ),
        (
            "atlassian-connect",
            &["--issuer", "k", "--url", "/x"][..],
            "qsh=context-qsh",
        ),
        (
            "atlassian-connect",
            &["--issuer", "k", "--url", "/x"][..],
            "sub=someone",
        ),
        (
            "atlassian-connect",
            &["--issuer", "k", "--url", "/x"][..],
            "context:={}",
        ),
    ] {
        let out = run(jwtmint()
            .arg(service)
            .args(base)
            .args(["--claim", claim, "--format", "claims"]));
        assert_ne!(out.code, Some(0), "{service} {claim}: {out:#?}");
        assert_eq!(out.stdout, "", "{service}");
        assert!(out.stderr.contains("refusing claim"), "{service}: {out:#?}");
    }
}
