//! The CI and release services, run as a real process: `github-app`, `app-store-connect`,
//! `apns`, `apple-client-secret` and `ghost`. Exact headers and payloads (verified with
//! jsonwebtoken), every trap of `shared/providers.md` refused with an empty stdout or warned
//! about, `--batch`, and `inspect` (by name and by guessing).
//!
//! Keys: `tests/fixtures/services/ci/` (README there: an Apple-style `AuthKey_ABC123DEFG.p8`, the
//! flattened GitHub PEM, a Ghost Admin API key) and `tests/fixtures/keys/`.

mod common;

use std::io::Write;
use std::path::PathBuf;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};

use common::{decode_unverified, fixture, fixture_bytes, jwtmint, one_line, run, Run};

/// A fixed `--iat`: 2026-01-01T00:00:00Z.
const NOW: i64 = 1_767_225_600;
const APP_ID: &str = "123456";
const CLIENT_ID: &str = "Iv23liJwtmintTest01";
const KEY_ID: &str = "ABC123DEFG";
const TEAM_ID: &str = "DEF123GHIJ";
const ISSUER: &str = "57246542-96fe-1a63-e053-0824d011072a";
const BUNDLE: &str = "com.example.jwtmint";

/// `tests/fixtures/services/ci/NAME`, as a string argument.
fn ci(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/services/ci")
        .join(name)
        .display()
        .to_string()
}

/// `tests/fixtures/keys/NAME`, as a string argument.
fn key(name: &str) -> String {
    fixture(name).display().to_string()
}

fn p8() -> String {
    ci("AuthKey_ABC123DEFG.p8")
}

fn apple_pub() -> Vec<u8> {
    std::fs::read(ci("AuthKey_ABC123DEFG.pub.pem")).unwrap()
}

/// A copy of the Apple key under another name (so that the name gives no key id).
fn renamed_p8(dir: &tempfile::TempDir, name: &str) -> String {
    let path = dir.path().join(name);
    std::fs::copy(p8(), &path).unwrap();
    path.display().to_string()
}

fn ghost_key() -> String {
    std::fs::read_to_string(ci("ghost-admin-api-key.txt"))
        .unwrap()
        .trim()
        .to_string()
}

fn ghost_secret() -> Vec<u8> {
    let key = ghost_key();
    let hex = key.split_once(':').unwrap().1;
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn mint(list: &[String]) -> String {
    one_line(jwtmint().args(list))
}

fn mint_run(list: &[String]) -> Run {
    run(jwtmint().args(list))
}

/// Verifies `token` with jsonwebtoken and returns its payload. `exp` is not checked: the tokens
/// are minted at the fixed `NOW`, in the past.
fn decode_verified(token: &str, alg: &str, key: &[u8]) -> Value {
    use jsonwebtoken::{Algorithm, DecodingKey, Validation};
    let (algorithm, key) = match alg {
        "HS256" => (Algorithm::HS256, DecodingKey::from_secret(key)),
        "RS256" => (Algorithm::RS256, DecodingKey::from_rsa_pem(key).unwrap()),
        "ES256" => (Algorithm::ES256, DecodingKey::from_ec_pem(key).unwrap()),
        other => panic!("no key for {other}"),
    };
    let mut validation = Validation::new(algorithm);
    validation.required_spec_claims.clear();
    validation.validate_exp = false;
    validation.validate_aud = false;
    jsonwebtoken::decode::<Value>(token, &key, &validation)
        .unwrap_or_else(|e| panic!("token does not verify as {alg}: {e}\ntoken: {token}"))
        .claims
}

/// The signed part of a token (ES256 signatures are randomised).
fn signed(token: &str) -> &str {
    token.rsplit_once('.').unwrap().0
}

/// The signature's bytes.
fn signature(token: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD
        .decode(token.rsplit('.').next().unwrap())
        .unwrap()
}

/// A refusal: non-zero exit (`code` when given), nothing on stdout, a reason on stderr.
fn refused(list: &[String], code: Option<i32>, context: &str) -> String {
    let out = mint_run(list);
    assert_ne!(out.code, Some(0), "{context}: {out:#?}");
    if let Some(code) = code {
        assert_eq!(out.code, Some(code), "{context}: {out:#?}");
    }
    assert_eq!(out.stdout, "", "{context}: stdout must be empty: {out:#?}");
    assert!(out.stderr.contains("error"), "{context}: {out:#?}");
    out.stderr
}

fn with(base: &[String], more: &[&str]) -> Vec<String> {
    base.iter()
        .cloned()
        .chain(more.iter().map(|s| s.to_string()))
        .collect()
}

// ---- github-app ------------------------------------------------------------------------------

fn github(issuer: &[&str]) -> Vec<String> {
    let mut list = args(&["github-app", "--key"]);
    list.push(key("rsa2048-pkcs1.pem"));
    list.extend(args(issuer));
    list
}

#[test]
fn github_app_exact_token() {
    let pubkey = fixture_bytes("rsa2048.pub.pem");
    let token = mint(&with(
        &github(&["--app-id", APP_ID]),
        &["--iat", "1767225570", "--expires-in", "10m"],
    ));
    let (header, _) = decode_unverified(&token);
    assert_eq!(header, json!({"alg": "RS256", "typ": "JWT"}));
    // The SDK's token for the same instant: iat = now - 30, exp = iat + 600, iss a number.
    assert_eq!(
        decode_verified(&token, "RS256", &pubkey),
        json!({"iat": 1_767_225_570, "exp": 1_767_226_170, "iss": 123456})
    );
    let token = mint(&with(
        &github(&["--client-id", CLIENT_ID]),
        &["--iat", &NOW.to_string()],
    ));
    let (_, payload) = decode_unverified(&token);
    assert_eq!(
        payload,
        json!({"iat": NOW, "exp": NOW + 540, "iss": CLIENT_ID})
    );
}

#[test]
fn github_app_defaults_backdate_iat_and_the_flattened_pem_is_the_same_key() {
    let before = common_now();
    let token = mint(&github(&["--app-id", APP_ID]));
    let after = common_now();
    let (_, payload) = decode_unverified(&token);
    let iat = payload["iat"].as_i64().unwrap();
    assert!((before - 60..=after - 60).contains(&iat), "{payload}");
    assert_eq!(payload["exp"].as_i64().unwrap() - iat, 540);

    let fixed = ["--app-id", APP_ID, "--iat", "1767225600"];
    let from_pem = mint(&github(&fixed));
    let mut flat = args(&["github-app", "--key"]);
    flat.push(ci("github-app-flattened.pem"));
    flat.extend(args(&fixed));
    assert_eq!(
        mint(&flat),
        from_pem,
        "RS256 is deterministic: the same key gives the same token"
    );

    let header = mint(&with(&github(&fixed), &["--format", "header"]));
    assert_eq!(header, format!("Authorization: Bearer {from_pem}"));
}

#[test]
fn github_app_traps() {
    let iat = ["--iat", "1767225570"];
    refused(
        &with(
            &github(&["--app-id", APP_ID]),
            &[&iat[..], &["--expires-in", "11m"]].concat(),
        ),
        None,
        "11m",
    );
    refused(
        &with(
            &github(&["--app-id", APP_ID]),
            &[&iat[..], &["--expires-in", "601s"]].concat(),
        ),
        None,
        "601s",
    );
    for bad in ["12.5", "abc", "0", "-5"] {
        let stderr = refused(&github(&[&format!("--app-id={bad}")]), Some(2), bad);
        assert!(stderr.contains("not an App ID"), "{stderr}");
    }
    refused(
        &github(&["--app-id", APP_ID, "--client-id", CLIENT_ID]),
        Some(2),
        "both",
    );
    let stderr = refused(&github(&[]), Some(2), "neither");
    assert!(stderr.contains("--app-id or --client-id"), "{stderr}");
    let mut ec = args(&["github-app", "--key"]);
    ec.extend([key("ec-p256-pkcs8.pem"), "--app-id".into(), APP_ID.into()]);
    refused(&ec, None, "EC key");
    refused(
        &with(&github(&["--app-id", APP_ID]), &["--alg", "RS512"]),
        Some(2),
        "RS512",
    );
    // A Client ID that is only digits is the App ID in the wrong flag: a warning.
    let out = mint_run(&github(&["--client-id", "123456"]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(out.stderr.contains("looks like an App ID"), "{out:#?}");
}

fn common_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

// ---- app-store-connect -----------------------------------------------------------------------

fn asc(more: &[&str]) -> Vec<String> {
    let mut list = args(&["app-store-connect", "--key"]);
    list.push(p8());
    list.extend(args(more));
    list
}

fn team(more: &[&str]) -> Vec<String> {
    with(&asc(&["--issuer-id", ISSUER, "--iat", "1767225600"]), more)
}

#[test]
fn app_store_connect_exact_tokens() {
    let token = mint(&team(&[]));
    let (header, _) = decode_unverified(&token);
    assert_eq!(header, json!({"alg": "ES256", "kid": KEY_ID, "typ": "JWT"}));
    assert_eq!(
        signature(&token).len(),
        64,
        "ES256 signatures are the 64-byte r||s form"
    );
    assert_eq!(
        decode_verified(&token, "ES256", &apple_pub()),
        json!({"iat": NOW, "exp": NOW + 900, "aud": "appstoreconnect-v1", "iss": ISSUER})
    );

    let token = mint(&asc(&["--individual", "--iat", "1767225600"]));
    assert_eq!(
        decode_unverified(&token).1,
        json!({"iat": NOW, "exp": NOW + 900, "aud": "appstoreconnect-v1", "sub": "user"})
    );

    let token = mint(&team(&["--scope", "GET /v1/apps?filter[platform]=IOS"]));
    assert_eq!(
        decode_unverified(&token).1["scope"],
        json!(["GET /v1/apps?filter[platform]=IOS"])
    );

    let token = mint(&team(&[
        "--expires-in",
        "30d",
        "--scope",
        "GET /v1/ciProducts",
        "--scope",
        "GET /v1/ciWorkflows",
    ]));
    let (_, payload) = decode_unverified(&token);
    assert_eq!(payload["exp"], NOW + 30 * 86_400);
    assert_eq!(
        payload["scope"],
        json!(["GET /v1/ciProducts", "GET /v1/ciWorkflows"])
    );

    let token = mint(&team(&["--bundle-id", BUNDLE, "--expires-in", "60m"]));
    assert_eq!(
        decode_verified(&token, "ES256", &apple_pub()),
        json!({"iat": NOW, "exp": NOW + 3600, "aud": "appstoreconnect-v1", "iss": ISSUER, "bid": BUNDLE})
    );

    // --key-id names the key when the file name does not.
    let dir = tempfile::tempdir().unwrap();
    let renamed = renamed_p8(&dir, "asc.p8");
    let token = mint(&args(&[
        "app-store-connect",
        "--key",
        &renamed,
        "--key-id",
        "ZYX987WVUT",
        "--individual",
    ]));
    assert_eq!(decode_unverified(&token).0["kid"], "ZYX987WVUT");
}

#[test]
fn app_store_connect_traps() {
    let twenty_one = refused(&team(&["--expires-in", "21m"]), None, "21m");
    assert!(twenty_one.contains("longer than 20m"), "{twenty_one}");
    refused(
        &team(&["--expires-in", "21m", "--scope", "GET /v1/apps"]),
        None,
        "21m unlisted GET",
    );
    refused(
        &team(&["--expires-in", "21m", "--scope", "POST /v1/ciBuildRuns"]),
        None,
        "21m POST",
    );
    refused(
        &team(&[
            "--expires-in",
            "21m",
            "--scope",
            "GET /v1/ciProducts",
            "--scope",
            "GET /v1/apps",
        ]),
        None,
        "21m mixed",
    );
    refused(
        &team(&["--expires-in", "181d", "--scope", "GET /v1/ciProducts"]),
        None,
        "181d",
    );
    refused(
        &team(&["--bundle-id", BUNDLE, "--expires-in", "61m"]),
        None,
        "bundle 61m",
    );
    refused(
        &team(&["--scope", "get /v1/apps"]),
        Some(2),
        "lower-case method",
    );
    refused(
        &asc(&["--individual", "--bundle-id", BUNDLE]),
        Some(2),
        "individual server API",
    );
    refused(&team(&["--individual"]), Some(2), "both");
    refused(&asc(&[]), Some(2), "neither");
    let dir = tempfile::tempdir().unwrap();
    let stderr = refused(
        &args(&[
            "app-store-connect",
            "--key",
            &renamed_p8(&dir, "key.p8"),
            "--individual",
        ]),
        Some(2),
        "no key id",
    );
    assert!(stderr.contains("--key-id"), "{stderr}");
    // Even for --format claims, and before any warning.
    refused(
        &args(&[
            "app-store-connect",
            "--key",
            &renamed_p8(&dir, "key.p8"),
            "--issuer-id",
            "x",
            "--format",
            "claims",
        ]),
        Some(2),
        "no key id, claims",
    );
    for other in ["rsa2048-pkcs8.pem", "ec-p384-pkcs8.pem"] {
        let stderr = refused(
            &args(&[
                "app-store-connect",
                "--key",
                &key(other),
                "--key-id",
                KEY_ID,
                "--individual",
            ]),
            None,
            other,
        );
        assert!(stderr.contains("P-256"), "{stderr}");
    }
    let out = mint_run(&asc(&["--issuer-id", "not-a-uuid", "--key-id", "abc"]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(
        out.stderr.contains("not a UUID") && out.stderr.contains("`abc`"),
        "{out:#?}"
    );
}

// ---- apns ------------------------------------------------------------------------------------

fn apns(more: &[&str]) -> Vec<String> {
    let mut list = args(&["apns", "--key"]);
    list.push(p8());
    list.extend(args(more));
    list
}

#[test]
fn apns_exact_token_and_the_hour_on_stderr() {
    let out = mint_run(&apns(&["--team-id", TEAM_ID, "--iat", "1767225600"]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    let token = out.stdout.trim_end();
    assert_eq!(
        decode_unverified(token).0,
        json!({"alg": "ES256", "kid": KEY_ID, "typ": "JWT"})
    );
    assert_eq!(signature(token).len(), 64);
    assert_eq!(
        decode_verified(token, "ES256", &apple_pub()),
        json!({"iat": NOW, "iss": TEAM_ID})
    );
    // An iat (2026-01-01) more than an hour ago: APNs refuses the token, and stderr says so.
    assert_eq!(
        out.stderr,
        "jwtmint: warning: APNs stopped accepting this token at 2026-01-01T01:00:00Z (iat + 1h): \
         ExpiredProviderToken\n"
    );
    let header = mint(&apns(&[
        "--team-id",
        TEAM_ID,
        "--iat",
        "1767225600",
        "--format",
        "header",
    ]));
    let bare = header.strip_prefix("authorization: bearer ").unwrap();
    assert_eq!(signed(bare), signed(token));
}

#[test]
fn apns_traps() {
    for expiry in [
        &["--expires-in", "20m"][..],
        &["--no-exp"],
        &["--exp", "1767229200"],
    ] {
        let stderr = refused(
            &with(&apns(&["--team-id", TEAM_ID]), expiry),
            Some(2),
            "expiry",
        );
        assert!(stderr.contains("carry no `exp`"), "{stderr}");
    }
    refused(
        &apns(&["--team-id", TEAM_ID, "--claim", "aud=x"]),
        None,
        "extra claim",
    );
    refused(&apns(&["--team-id", TEAM_ID, "--nbf", "0s"]), None, "nbf");
    refused(&apns(&[]), Some(2), "no team id");
    let dir = tempfile::tempdir().unwrap();
    let out = mint_run(&args(&[
        "apns",
        "--key",
        &renamed_p8(&dir, "key.p8"),
        "--team-id",
        TEAM_ID,
    ]));
    assert_eq!((out.code, out.stdout.as_str()), (Some(2), ""), "{out:#?}");
    assert!(
        !out.stderr.contains("warning"),
        "the refusal comes first: {out:#?}"
    );
    for other in [
        "rsa2048-pkcs8.pem",
        "ec-p384-pkcs8.pem",
        "ec-p256-pkcs8.pem",
    ] {
        let list = args(&["apns", "--key", &key(other), "--team-id", TEAM_ID]);
        if other == "ec-p256-pkcs8.pem" {
            // A P-256 key under another name: only the key id is missing.
            assert!(refused(&list, Some(2), other).contains("--key-id"));
        } else {
            refused(&with(&list, &["--key-id", KEY_ID]), None, other);
        }
    }
    let out = mint_run(&apns(&["--team-id", "team123"]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(
        out.stderr.contains("`team123` is not 10 characters"),
        "{out:#?}"
    );
}

// ---- apple-client-secret ---------------------------------------------------------------------

fn apple(more: &[&str]) -> Vec<String> {
    let mut list = args(&["apple-client-secret", "--key"]);
    list.push(p8());
    list.extend(args(&[
        "--team-id",
        TEAM_ID,
        "--client-id",
        "com.Example.jwtmint.Web",
        "--iat",
        "1767225600",
    ]));
    list.extend(args(more));
    list
}

#[test]
fn apple_client_secret_exact_token_and_limits() {
    let token = mint(&apple(&[]));
    assert_eq!(
        decode_unverified(&token).0,
        json!({"alg": "ES256", "kid": KEY_ID, "typ": "JWT"})
    );
    assert_eq!(signature(&token).len(), 64);
    assert_eq!(
        decode_verified(&token, "ES256", &apple_pub()),
        json!({"iss": TEAM_ID, "iat": NOW, "exp": NOW + 15_552_000,
               "aud": "https://appleid.apple.com", "sub": "com.Example.jwtmint.Web"})
    );
    let token = mint(&apple(&["--expires-in", "15777000"]));
    assert_eq!(decode_unverified(&token).1["exp"], NOW + 15_777_000);
    refused(
        &apple(&["--expires-in", "15777001"]),
        None,
        "over the limit",
    );
    refused(&apple(&["--expires-in", "365d"]), None, "a year");
    refused(&apple(&["--no-exp"]), Some(2), "no exp");
    refused(
        &args(&["apple-client-secret", "--key", &p8(), "--team-id", TEAM_ID]),
        Some(2),
        "no client id",
    );
    let dir = tempfile::tempdir().unwrap();
    refused(
        &args(&[
            "apple-client-secret",
            "--key",
            &renamed_p8(&dir, "key.p8"),
            "--team-id",
            TEAM_ID,
            "--client-id",
            "c",
        ]),
        Some(2),
        "no key id",
    );
    refused(
        &args(&[
            "apple-client-secret",
            "--key",
            &key("rsa2048-pkcs8.pem"),
            "--key-id",
            KEY_ID,
            "--team-id",
            TEAM_ID,
            "--client-id",
            "c",
        ]),
        None,
        "RSA",
    );
    let out = mint_run(&args(&[
        "apple-client-secret",
        "--key",
        &p8(),
        "--team-id",
        "team123",
        "--client-id",
        "c",
    ]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(out.stderr.contains("`team123`"), "{out:#?}");
}

// ---- ghost -----------------------------------------------------------------------------------

fn ghost(more: &[&str]) -> Vec<String> {
    let mut list = args(&["ghost", "--secret-file"]);
    list.push(ci("ghost-admin-api-key.txt"));
    list.extend(args(more));
    list
}

#[test]
fn ghost_exact_token() {
    let key = ghost_key();
    let id = key.split_once(':').unwrap().0;
    let token = mint(&ghost(&["--iat", "1767225600"]));
    assert_eq!(
        decode_unverified(&token).0,
        json!({"alg": "HS256", "kid": id, "typ": "JWT"})
    );
    assert_eq!(
        decode_verified(&token, "HS256", &ghost_secret()),
        json!({"iat": NOW, "exp": NOW + 300, "aud": "/admin/"})
    );
    let from_env = one_line(
        jwtmint()
            .args(["ghost", "--iat", "1767225600"])
            .env("JWTMINT_SECRET", &key),
    );
    assert_eq!(from_env, token);
    let header = mint(&ghost(&["--iat", "1767225600", "--format", "header"]));
    assert_eq!(header, format!("Authorization: Ghost {token}"));
}

#[test]
fn ghost_traps_never_echo_the_key() {
    let key = ghost_key();
    let (id, secret) = key.split_once(':').unwrap();
    refused(&ghost(&["--expires-in", "6m"]), None, "6m");
    refused(&ghost(&["--expires-in", "301s"]), None, "301s");
    refused(&ghost(&["--alg", "HS512"]), Some(2), "HS512");
    refused(&args(&["ghost", "--key", &p8()]), Some(2), "a key file");
    refused(
        &ghost(&["--kid", "000000000000000000000000"]),
        Some(2),
        "another kid",
    );
    let bad = [
        key.replace(':', ""),
        format!("{id}:{}g", &secret[..63]),
        format!("{}z:{secret}", &id[..23]),
        format!("{id}:{}", &secret[..63]),
        secret.to_string(),
    ];
    for bad in bad {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        writeln!(file, "{bad}").unwrap();
        let list = args(&["ghost", "--secret-file", &file.path().display().to_string()]);
        let stderr = refused(&list, Some(1), &bad);
        for piece in [bad.as_str(), &secret[..16], &secret[48..], &id[..16]] {
            assert!(!stderr.contains(piece), "echoed: {stderr}");
        }
        let out = run(jwtmint().arg("ghost").env("JWTMINT_SECRET", &bad));
        assert_eq!((out.code, out.stdout.as_str()), (Some(1), ""), "{out:#?}");
        assert!(!out.stderr.contains(&secret[..16]), "{out:#?}");
    }
    refused(&args(&["ghost"]), None, "no key at all");
}

// ---- batch, inspect, guessing ----------------------------------------------------------------

/// Each service's command (without `--iat`), and two batch lines for it.
fn services() -> Vec<(&'static str, Vec<String>, [Value; 2])> {
    vec![
        (
            "github-app",
            github(&[]),
            [
                json!({"app-id": 1}),
                json!({"client-id": CLIENT_ID, "expires-in": "5m"}),
            ],
        ),
        (
            "app-store-connect",
            asc(&[]),
            [
                json!({"issuer-id": ISSUER}),
                json!({"individual": true, "scope": ["GET /v1/apps"]}),
            ],
        ),
        (
            "apns",
            apns(&[]),
            [
                json!({"team-id": TEAM_ID}),
                json!({"team-id": "ZZZ999YYYY"}),
            ],
        ),
        (
            "apple-client-secret",
            with(
                &args(&["apple-client-secret", "--key", &p8()]),
                &["--team-id", TEAM_ID],
            ),
            [
                json!({"client-id": "com.example.a"}),
                json!({"client-id": "com.example.b", "expires-in": "1d"}),
            ],
        ),
        (
            "ghost",
            ghost(&[]),
            [json!({}), json!({"expires-in": "1m"})],
        ),
    ]
}

/// The flags a batch line stands for.
fn line_flags(line: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for (name, value) in line.as_object().unwrap() {
        match value {
            Value::Bool(true) => out.push(format!("--{name}")),
            Value::Array(items) => {
                for item in items {
                    out.extend([format!("--{name}"), item.as_str().unwrap().to_string()]);
                }
            }
            Value::String(s) => out.extend([format!("--{name}"), s.clone()]),
            other => out.extend([format!("--{name}"), other.to_string()]),
        }
    }
    out
}

#[test]
fn every_service_mints_in_batch_what_it_mints_alone() {
    for (name, base, lines) in services() {
        let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
        let fixed = with(&base, &["--iat", "1767225600", "--batch", "-"]);
        let out = run(jwtmint().args(&fixed).write_stdin(input));
        assert_eq!(out.code, Some(0), "{name}: {out:#?}");
        let tokens: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(tokens.len(), 2, "{name}: {out:#?}");
        for (token, line) in tokens.iter().zip(&lines) {
            let alone = mint(&[with(&base, &["--iat", "1767225600"]), line_flags(line)].concat());
            assert_eq!(signed(token), signed(&alone), "{name} {line}");
        }
    }
}

/// `jwtmint inspect --format json [--provider NAME] TOKEN` and its report.
fn inspect(token: &str, provider: Option<&str>) -> (Option<i32>, Value) {
    let mut cmd = jwtmint();
    cmd.args(["inspect", "--format", "json"]);
    if let Some(name) = provider {
        cmd.args(["--provider", name]);
    }
    let out = run(cmd.arg(token));
    let report = serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {out:#?}"));
    (out.code, report)
}

/// A token with the same header and another payload, signed by nobody (inspect is given no key).
fn broken(token: &str, payload: Value) -> String {
    let (header, _) = token.split_once('.').unwrap();
    let body = URL_SAFE_NO_PAD.encode(payload.to_string());
    format!("{header}.{body}.{}", token.rsplit('.').next().unwrap())
}

#[test]
fn inspect_knows_each_service() {
    let now = common_now();
    let cases = [
        (
            "github-app",
            mint(&github(&["--app-id", APP_ID])),
            json!({"iat": now, "exp": now + 3600, "iss": 12.5}),
        ),
        (
            "app-store-connect",
            mint(&asc(&["--issuer-id", ISSUER])),
            json!({"iat": now, "exp": now + 3600, "aud": "appstoreconnect-v1", "scope": "GET /v1/apps"}),
        ),
        (
            "apns",
            mint(&apns(&["--team-id", TEAM_ID])),
            json!({"iat": now - 7200, "iss": TEAM_ID}),
        ),
        (
            "apple-client-secret",
            mint(&args(&[
                "apple-client-secret",
                "--key",
                &p8(),
                "--team-id",
                TEAM_ID,
                "--client-id",
                "c",
            ])),
            json!({"iat": now, "exp": now + 100, "iss": TEAM_ID, "aud": "https://appleid.apple.com/"}),
        ),
        (
            "ghost",
            mint(&ghost(&[])),
            json!({"iat": now, "exp": now + 300, "aud": "/content/"}),
        ),
    ];
    for (name, token, bad_payload) in cases {
        let (code, report) = inspect(&token, Some(name));
        assert_eq!(code, Some(0), "{name}: {report:#}");
        assert_eq!(report["problems"], json!([]), "{name}: {report:#}");
        let (code, report) = inspect(&token, None);
        assert_eq!(code, Some(0), "{name}: {report:#}");
        assert_eq!(report["provider"], name, "{name} is guessed: {report:#}");
        assert_eq!(report["provider_guessed"], true);

        let (code, report) = inspect(&broken(&token, bad_payload), Some(name));
        assert_eq!(code, Some(1), "{name}: {report:#}");
        assert!(
            !report["problems"].as_array().unwrap().is_empty(),
            "{name}: {report:#}"
        );
    }
}

#[test]
fn inspect_verifies_apple_signatures_with_the_public_key() {
    let token = mint(&apns(&["--team-id", TEAM_ID]));
    let out = run(jwtmint().args([
        "inspect",
        "--provider",
        "apns",
        "--require-valid",
        "--key",
        &ci("AuthKey_ABC123DEFG.pub.pem"),
        &token,
    ]));
    assert_eq!(out.code, Some(0), "{out:#?}");
}
