//! Integration tests for the commerce and enterprise sign-in services (`coinbase-cdp`,
//! `docusign`, `salesforce`, `client-assertion`): the real binary mints, a JWT library verifies,
//! `inspect` passes and guesses each one back, and the refusals exit 2 with nothing on stdout.
//! Fixtures: `tests/fixtures/keys/` and `tests/fixtures/services/coinbase-cdp-ed25519.txt` (their
//! READMEs say how each was made).

mod common;

use std::path::PathBuf;

use serde_json::{json, Value};

use common::{decode_unverified, decode_verified, fixture, fixture_bytes, jwtmint, one_line, run};

const IAT: i64 = 1_700_000_000;
const CDP_KEY: &str = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
const WALLETS: &str = "GET api.cdp.coinbase.com/platform/v1/wallets";
const DS_KEY: &str = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
const DS_USER: &str = "12345678-9abc-def0-1234-56789abcdef0";
const TOKEN_URL: &str = "https://auth.example.com/oauth2/token";

fn key(name: &str) -> String {
    fixture(name).display().to_string()
}

fn cdp_secret() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/services/coinbase-cdp-ed25519.txt")
        .display()
        .to_string()
}

fn mint(args: &[&str]) -> String {
    one_line(jwtmint().args(args))
}

/// Each service's token with its defaults, the algorithm and the public key that checks it.
fn live_tokens() -> Vec<(&'static str, String, &'static str, String)> {
    let (rsa, rsa_pub) = (key("rsa2048-pkcs8.pem"), key("rsa2048.pub.pem"));
    vec![
        (
            "coinbase-cdp",
            mint(&[
                "coinbase-cdp",
                "--key",
                &cdp_secret(),
                "--key-name",
                CDP_KEY,
                "--uri",
                WALLETS,
            ]),
            "EdDSA",
            key("ed25519.pub.pem"),
        ),
        (
            "coinbase-cdp",
            mint(&[
                "coinbase-cdp",
                "--key",
                &key("ec-p256-sec1.pem"),
                "--key-name",
                "organizations/o-1/apiKeys/k-1",
                "--uri",
                WALLETS,
            ]),
            "ES256",
            key("ec-p256.pub.pem"),
        ),
        (
            "docusign",
            mint(&[
                "docusign",
                "--key",
                &rsa,
                "--integration-key",
                DS_KEY,
                "--user",
                DS_USER,
                "--demo",
            ]),
            "RS256",
            rsa_pub.clone(),
        ),
        (
            "salesforce",
            mint(&[
                "salesforce",
                "--key",
                &rsa,
                "--consumer-key",
                "3MVG9example",
                "--username",
                "ann@example.com",
            ]),
            "RS256",
            rsa_pub.clone(),
        ),
        (
            "client-assertion",
            mint(&[
                "client-assertion",
                "--key",
                &key("ec-p256-pkcs8.pem"),
                "--client-id",
                "my-client",
                "--token-endpoint",
                TOKEN_URL,
            ]),
            "ES256",
            key("ec-p256.pub.pem"),
        ),
        (
            "client-assertion",
            mint(&[
                "client-assertion",
                "--key",
                &rsa,
                "--client-id",
                "my-client",
                "--token-endpoint",
                TOKEN_URL,
            ]),
            "RS256",
            rsa_pub,
        ),
    ]
}

fn inspect(token: &str, key: &str, provider: Option<&str>) -> (Option<i32>, Value) {
    let mut cmd = jwtmint();
    cmd.args(["inspect", "--key", key, "--format", "json", token]);
    if let Some(name) = provider {
        cmd.args(["--provider", name]);
    }
    let out = run(&mut cmd);
    let report: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not a JSON report: {e}: {out:#?}"));
    (out.code, report)
}

#[test]
fn minted_tokens_verify_pass_inspect_and_are_guessed_back() {
    for (name, token, alg, public) in live_tokens() {
        let (header, _) = decode_unverified(&token);
        assert_eq!(header["alg"], alg, "{name}");
        if alg != "EdDSA" {
            decode_verified(&token, alg, &std::fs::read(&public).unwrap());
        }
        let (code, report) = inspect(&token, &public, Some(name));
        assert_eq!(code, Some(0), "{name}: {report:#}");
        assert_eq!(report["signature"], "valid", "{name}: {report:#}");
        assert_eq!(report["problems"], json!([]), "{name}: {report:#}");
        let (code, report) = inspect(&token, &public, None);
        assert_eq!(code, Some(0), "{name}: {report:#}");
        assert_eq!(report["provider"], name, "{name}: {report:#}");
        assert_eq!(report["provider_guessed"], true, "{name}: {report:#}");
    }
}

#[test]
fn exact_headers_and_claims() {
    let iat = IAT.to_string();
    let token = mint(&[
        "coinbase-cdp",
        "--key",
        &cdp_secret(),
        "--key-name",
        CDP_KEY,
        "--uri",
        WALLETS,
        "--iat",
        &iat,
    ]);
    let (mut header, payload) = decode_unverified(&token);
    let nonce = header["nonce"].as_str().unwrap().to_string();
    assert!(nonce.len() == 32 && nonce.bytes().all(|b| b.is_ascii_hexdigit()));
    header.as_object_mut().unwrap().remove("nonce");
    assert_eq!(
        header,
        json!({"alg": "EdDSA", "kid": CDP_KEY, "typ": "JWT"})
    );
    assert_eq!(
        payload,
        json!({"sub": CDP_KEY, "iss": "cdp", "uris": [WALLETS],
               "iat": IAT, "nbf": IAT, "exp": IAT + 120})
    );

    let rsa = key("rsa2048-pkcs8.pem");
    let token = mint(&[
        "docusign",
        "--key",
        &rsa,
        "--integration-key",
        DS_KEY,
        "--user",
        DS_USER,
        "--iat",
        &iat,
    ]);
    assert_eq!(
        decode_unverified(&token),
        (
            json!({"alg": "RS256", "typ": "JWT"}),
            json!({"iss": DS_KEY, "sub": DS_USER, "aud": "account.docusign.com",
                   "scope": "signature impersonation", "iat": IAT, "exp": IAT + 3600})
        )
    );

    let token = mint(&[
        "salesforce",
        "--key",
        &rsa,
        "--consumer-key",
        "3MVG9example",
        "--username",
        "ann@example.com",
        "--audience",
        "test",
        "--iat",
        &iat,
    ]);
    assert_eq!(
        decode_unverified(&token).1,
        json!({"iss": "3MVG9example", "sub": "ann@example.com",
               "aud": "https://test.salesforce.com", "iat": IAT, "exp": IAT + 180})
    );

    let args = [
        "client-assertion",
        "--secret-file",
        &key("hmac-secret-64.txt"),
        "--client-id",
        "c1",
        "--token-endpoint",
        TOKEN_URL,
        "--audience",
        "https://auth.example.com/",
        "--iat",
        &iat,
    ];
    let (first, second) = (mint(&args), mint(&args));
    let (header, mut one) = decode_unverified(&first);
    let (_, mut two) = decode_unverified(&second);
    assert_eq!(header, json!({"alg": "HS256", "typ": "JWT"}));
    let (a, b) = (one["jti"].take(), two["jti"].take());
    assert_ne!(a, b, "every assertion has its own jti");
    assert_eq!(one, two);
    assert_eq!(
        one,
        json!({"iss": "c1", "sub": "c1", "aud": "https://auth.example.com/", "jti": null,
               "iat": IAT, "exp": IAT + 60})
    );
    let live = mint(&args[..args.len() - 2]);
    let secret = fixture_bytes("hmac-secret-64.txt");
    decode_verified(&live, "HS256", &secret[..secret.len() - 1]);
}

#[test]
fn refusals_are_usage_errors_with_nothing_on_stdout() {
    let rsa = key("rsa2048-pkcs8.pem");
    let secret = cdp_secret();
    let cases: Vec<Vec<&str>> = vec![
        vec![
            "coinbase-cdp",
            "--key",
            &secret,
            "--key-name",
            CDP_KEY,
            "--uri",
            "GET https://api.cdp.coinbase.com/platform/v1/wallets",
        ],
        vec!["coinbase-cdp", "--key", &secret, "--key-name", CDP_KEY],
        vec![
            "docusign",
            "--key",
            &rsa,
            "--integration-key",
            DS_KEY,
            "--user",
            "ann@example.com",
        ],
        vec![
            "salesforce",
            "--key",
            &rsa,
            "--consumer-key",
            "k",
            "--username",
            "a@b.c",
            "--audience",
            "http://login.salesforce.com",
        ],
        vec!["salesforce", "--key", &rsa, "--consumer-key", "k"],
        vec![
            "client-assertion",
            "--key",
            &rsa,
            "--client-id",
            "c",
            "--token-endpoint",
            "/token",
        ],
        vec!["client-assertion", "--key", &rsa, "--client-id", "c"],
    ];
    for args in cases {
        let out = run(jwtmint().args(&args));
        assert_eq!(out.code, Some(2), "{args:?}: {out:#?}");
        assert_eq!(out.stdout, "", "{args:?}");
        assert!(
            out.stderr.starts_with("jwtmint: error: "),
            "{args:?}: {out:#?}"
        );
    }
    // Over the service's lifetime: refused by the shared time rules (exit 1 there).
    for args in [
        &[
            "docusign",
            "--integration-key",
            DS_KEY,
            "--expires-in",
            "2h",
        ],
        &[
            "salesforce",
            "--consumer-key",
            "k",
            "--username",
            "a@b.c",
            "--expires-in",
            "5m",
        ],
    ] as [&[&str]; 2]
    {
        let out = run(jwtmint().args(args).args(["--key", &rsa]));
        assert_ne!(out.code, Some(0), "{args:?}: {out:#?}");
        assert_eq!(out.stdout, "", "{args:?}");
        assert!(out.stderr.contains("longer than"), "{args:?}: {out:#?}");
    }
    // Guarded claims: refused before any key is read.
    for (service, claim) in [
        ("coinbase-cdp", "uris:=[]"),
        ("docusign", "scope=extended"),
        ("salesforce", "prn=boss@example.com"),
        ("client-assertion", "jti=fixed"),
    ] {
        let base: &[&str] = match service {
            "coinbase-cdp" => &["--key-name", CDP_KEY, "--websocket"],
            "docusign" => &["--integration-key", DS_KEY, "--user", DS_USER],
            "salesforce" => &["--consumer-key", "k", "--username", "a@b.c"],
            _ => &["--client-id", "c", "--token-endpoint", TOKEN_URL],
        };
        let out = run(jwtmint()
            .arg(service)
            .args(base)
            .args(["--claim", claim, "--format", "claims"]));
        assert_ne!(out.code, Some(0), "{service}: {out:#?}");
        assert_eq!(out.stdout, "", "{service}");
        assert!(out.stderr.contains("refusing claim"), "{service}: {out:#?}");
    }
}
