//! Integration tests for the cloud identities (`google`, `firebase`, `snowflake`, `entra`): the
//! real binary against `shared/providers.md` "Cloud identities". Fixtures: the fake service
//! account and Entra certificates in `tests/fixtures/services/` (its README says how each was
//! made) and the keys in `tests/fixtures/keys/`.

mod common;

use std::path::PathBuf;

use serde_json::{json, Value};

use common::{
    decode_unverified, decode_verified, fixture, fixture_bytes, jwtmint, one_line, run, Run,
};

const IAT: i64 = 1_700_000_000;
const EMAIL: &str = "jwtmint-test@jwtmint-test.iam.gserviceaccount.com";
const KID: &str = "be84bb0786489efda48a028237614e50cabb510c";
const CP: &str = "https://www.googleapis.com/auth/cloud-platform";
const FIREBASE_AUD: &str =
    "https://identitytoolkit.googleapis.com/google.identity.identitytoolkit.v1.IdentityToolkit";
/// `openssl pkey -in rsa2048-pkcs8.pem -pubout -outform DER | openssl dgst -sha256 -binary | base64`
const RSA_FP: &str = "SHA256:JraZd6bhA7RoulqNEY8ITA7flajKr2YfznV3JiVQhBQ=";
/// `openssl x509 -in entra-cert.pem -outform DER | openssl dgst -sha256 -binary | base64url`
const X5T_S256: &str = "21EhsMjPZrYJV8NjZTgxMjOBTaT0ti2Z3HPZZwlKjig";
/// The same with `-sha1`.
const X5T: &str = "mK-u1s68MQGKyA9pEMkx_fT0_ec";
const APP: &str = "11111111-2222-3333-4444-555555555555";

/// `tests/fixtures/services/NAME`, as an argument.
fn service_file(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/services")
        .join(name)
        .display()
        .to_string()
}

fn key_file(name: &str) -> String {
    fixture(name).display().to_string()
}

fn sa() -> String {
    service_file("google-sa.json")
}

fn args(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

fn google(extra: &[&str]) -> Vec<String> {
    let mut out = args(&["google", "--key", &sa(), "--iat", "1700000000"]);
    out.extend(args(extra));
    out
}

fn firebase(extra: &[&str]) -> Vec<String> {
    let mut out = args(&["firebase", "--key", &sa(), "--iat", "1700000000"]);
    out.extend(args(extra));
    out
}

fn snowflake(extra: &[&str]) -> Vec<String> {
    let mut out = args(&[
        "snowflake",
        "--key",
        &key_file("rsa2048-pkcs8.pem"),
        "--iat",
        "1700000000",
    ]);
    out.extend(args(extra));
    out
}

fn entra(cert: &str, extra: &[&str]) -> Vec<String> {
    let mut out = args(&[
        "entra",
        "--key",
        &service_file("entra-key.pem"),
        "--cert",
        &service_file(cert),
        "--tenant",
        "contoso.onmicrosoft.com",
        "--client-id",
        APP,
    ]);
    out.extend(args(extra));
    out
}

/// Mints, checks the token's signature with `pub_pem` as `alg`, and returns header and payload.
/// `exp` is in the past with `--iat` fixed, so the signature is checked by jsonwebtoken with
/// `exp` validation off: decode_verified needs a live token, so it is used without `--iat`.
fn minted(argv: &[String]) -> (Value, Value, String) {
    let out = run(jwtmint().args(argv));
    assert_eq!(out.code, Some(0), "{argv:?}: {out:#?}");
    let token = out.stdout.trim_end().to_string();
    assert!(!token.contains('\n'), "{argv:?}: one line: {out:#?}");
    let (header, payload) = decode_unverified(&token);
    (header, payload, out.stderr)
}

/// A refusal: a non-zero exit (`code` when given), nothing on stdout, `words` on stderr.
fn refused(argv: &[String], code: Option<i32>, words: &str) -> Run {
    let out = run(jwtmint().args(argv));
    assert_ne!(out.code, Some(0), "{argv:?}: {out:#?}");
    if let Some(code) = code {
        assert_eq!(out.code, Some(code), "{argv:?}: {out:#?}");
    }
    assert_eq!(out.stdout, "", "{argv:?}: stdout must be empty: {out:#?}");
    assert!(out.stderr.contains(words), "{argv:?}: {out:#?}");
    assert!(!out.stderr.contains("BEGIN PRIVATE KEY"), "{out:#?}");
    out
}

#[test]
fn google_each_mode_exactly() {
    let pub_pem = fixture_bytes_services("google-sa.pub.pem");
    let cases: Vec<(Vec<&str>, Value)> = vec![
        (
            vec!["--aud", "https://pubsub.googleapis.com/"],
            json!({"iss": EMAIL, "sub": EMAIL, "aud": "https://pubsub.googleapis.com/"}),
        ),
        (
            vec![
                "--scope",
                CP,
                "--scope",
                "https://www.googleapis.com/auth/bigquery",
            ],
            json!({"iss": EMAIL, "sub": EMAIL,
                   "scope": format!("{CP} https://www.googleapis.com/auth/bigquery")}),
        ),
        (
            vec!["--oauth", "--scope", CP, "--subject", "ann@example.com"],
            json!({"iss": EMAIL, "aud": "https://oauth2.googleapis.com/token", "scope": CP,
                   "sub": "ann@example.com"}),
        ),
        (
            vec!["--oauth", "--target-audience", "https://svc-abc.a.run.app"],
            json!({"iss": EMAIL, "aud": "https://oauth2.googleapis.com/token",
                   "target_audience": "https://svc-abc.a.run.app"}),
        ),
    ];
    for (extra, mut expected) in cases {
        let (header, payload, _) = minted(&google(&extra));
        assert_eq!(
            header,
            json!({"alg": "RS256", "typ": "JWT", "kid": KID}),
            "{extra:?}"
        );
        expected["iat"] = IAT.into();
        expected["exp"] = (IAT + 3600).into();
        assert_eq!(payload, expected, "{extra:?}");
        // Live (no --iat) tokens verify with the service account's public key.
        let mut live = args(&["google", "--key", &sa()]);
        live.extend(args(&extra));
        let token = one_line(jwtmint().args(&live));
        decode_verified(&token, "RS256", &pub_pem);
    }
}

fn fixture_bytes_services(name: &str) -> Vec<u8> {
    std::fs::read(service_file(name)).unwrap()
}

#[test]
fn google_key_comes_from_google_application_credentials() {
    let token = one_line(
        jwtmint()
            .env("GOOGLE_APPLICATION_CREDENTIALS", sa())
            .args(["google", "--scope", CP]),
    );
    let (header, payload) = decode_unverified(&token);
    assert_eq!(header["kid"], KID);
    assert_eq!(payload["iss"], EMAIL);
}

#[test]
fn google_warnings_and_refusals() {
    for aud in ["https://pubsub.googleapis.com", "https://example.com/"] {
        let (_, payload, stderr) = minted(&google(&["--aud", aud]));
        assert_eq!(payload["aud"], aud);
        assert!(stderr.contains("warning"), "{aud}: {stderr}");
    }
    refused(
        &google(&["--aud", "https://a.googleapis.com/", "--scope", CP]),
        Some(2),
        "not both",
    );
    refused(&google(&["--oauth"]), Some(2), "--oauth needs");
    refused(&google(&[]), Some(2), "give one of");
    refused(
        &google(&["--scope", CP, "--subject", "a@b.c"]),
        Some(2),
        "--oauth --scope",
    );
    refused(
        &google(&["--scope", CP, "--expires-in", "61m"]),
        None,
        "longer than",
    );
    refused(
        &google(&["--oauth", "--scope", CP, "--expires-in", "61m"]),
        None,
        "longer than",
    );
    refused(
        &google(&["--scope", CP, "--claim", "sub=boss@example.com"]),
        None,
        "--subject",
    );
    // A bare PEM key has no client_email.
    refused(
        &args(&[
            "google",
            "--key",
            &service_file("google-sa-key.pem"),
            "--scope",
            CP,
        ]),
        Some(1),
        "service-account key file",
    );
    // --subject grants rights: never from the environment.
    let out = run(jwtmint()
        .env("JWTMINT_GOOGLE_SUBJECT", "boss@example.com")
        .args(google(&["--oauth", "--scope", CP, "--format", "claims"])));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(!out.stdout.contains("boss"), "{out:#?}");
}

#[test]
fn other_google_credential_types_are_refused_by_name() {
    for (file, kind) in [
        ("google-authorized-user.json", "`authorized_user`"),
        ("google-external-account.json", "`external_account`"),
    ] {
        for argv in [
            args(&["google", "--key", &service_file(file), "--scope", CP]),
            args(&["firebase", "--key", &service_file(file), "--uid", "u1"]),
            args(&["sign", "--key", &service_file(file), "--sub", "x"]),
        ] {
            let out = refused(&argv, Some(1), kind);
            assert!(out.stderr.contains("service-account key file"), "{out:#?}");
            assert!(out.stderr.contains(file), "{out:#?}");
        }
    }
    // And a service-account file is a key for `sign` too, with its kid.
    let token = one_line(jwtmint().args(["sign", "--key", &sa(), "--sub", "x"]));
    assert_eq!(decode_unverified(&token).0["kid"], KID);
}

#[test]
fn firebase_custom_token_exactly() {
    let (header, payload, _) = minted(&firebase(&[
        "--uid",
        "user-42",
        "--claim",
        "plan=gold",
        "--claim",
        "premium:=true",
        "--tenant-id",
        "tenant-1a2b3",
    ]));
    assert_eq!(header, json!({"alg": "RS256", "typ": "JWT", "kid": KID}));
    assert_eq!(
        payload,
        json!({
            "iss": EMAIL, "sub": EMAIL, "aud": FIREBASE_AUD, "uid": "user-42",
            "iat": IAT, "exp": IAT + 3600, "tenant_id": "tenant-1a2b3",
            "claims": {"plan": "gold", "premium": true}
        })
    );
    let (_, plain, _) = minted(&firebase(&["--uid", "user-42"]));
    assert!(plain.get("claims").is_none(), "{plain}");
    let live = one_line(jwtmint().args(["firebase", "--key", &sa(), "--uid", "u"]));
    decode_verified(&live, "RS256", &fixture_bytes_services("google-sa.pub.pem"));
}

#[test]
fn firebase_refusals() {
    for name in [
        "acr",
        "amr",
        "at_hash",
        "aud",
        "auth_time",
        "azp",
        "cnf",
        "c_hash",
        "exp",
        "firebase",
        "iat",
        "iss",
        "jti",
        "nbf",
        "nonce",
        "sub",
    ] {
        // Typed with --claim: a usage error (from --claims-file it would be 1).
        refused(
            &firebase(&["--uid", "u1", "--claim", &format!("{name}=x")]),
            Some(2),
            "reserves",
        );
    }
    refused(&firebase(&["--uid", &"u".repeat(129)]), Some(2), "1 to 128");
    refused(&firebase(&["--uid", ""]), Some(2), "1 to 128");
    refused(
        &firebase(&["--uid", "u1", "--expires-in", "61m"]),
        None,
        "longer than",
    );
    let blob = format!("blob={}", "x".repeat(1000));
    refused(
        &firebase(&["--uid", "u1", "--claim", &blob]),
        Some(1),
        "at most 1000",
    );
}

#[test]
fn snowflake_key_pair_jwt_exactly() {
    for (account, signed) in [
        ("xy12345", "XY12345"),
        ("myorg-myaccount", "MYORG-MYACCOUNT"),
        ("xy12345-abc.global", "XY12345"),
    ] {
        let (header, payload, stderr) =
            minted(&snowflake(&["--account", account, "--user", "jsmith"]));
        assert_eq!(header, json!({"alg": "RS256", "typ": "JWT"}));
        assert_eq!(
            payload,
            json!({
                "iss": format!("{signed}.JSMITH.{RSA_FP}"), "sub": format!("{signed}.JSMITH"),
                "iat": IAT, "exp": IAT + 59 * 60
            })
        );
        assert_eq!(
            stderr.is_empty(),
            account != "xy12345-abc.global",
            "{stderr}"
        );
    }
    // A lower-case account with a region suffix: normalised, and warned.
    let (_, payload, stderr) = minted(&snowflake(&[
        "--account",
        "xy12345.us-east-2.aws",
        "--user",
        "jsmith",
    ]));
    assert_eq!(payload["sub"], "XY12345.JSMITH");
    assert!(stderr.contains("signed as XY12345"), "{stderr}");
    // EC keys sign ES256.
    let ec = one_line(jwtmint().args([
        "snowflake",
        "--key",
        &key_file("ec-p256-pkcs8.pem"),
        "--account",
        "a",
        "--user",
        "u",
    ]));
    decode_verified(&ec, "ES256", &fixture_bytes("ec-p256.pub.pem"));
    let live = one_line(jwtmint().args([
        "snowflake",
        "--key",
        &key_file("rsa2048-pkcs8.pem"),
        "--account",
        "a",
        "--user",
        "u",
    ]));
    decode_verified(&live, "RS256", &fixture_bytes("rsa2048.pub.pem"));
}

#[test]
fn snowflake_header_format_and_refusals() {
    let out = run(jwtmint().args(snowflake(&[
        "--account",
        "xy12345",
        "--user",
        "jsmith",
        "--format",
        "header",
    ])));
    assert_eq!(out.code, Some(0), "{out:#?}");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{out:#?}");
    assert!(
        lines[0].starts_with("Authorization: Bearer eyJ"),
        "{out:#?}"
    );
    assert_eq!(
        lines[1],
        "X-Snowflake-Authorization-Token-Type: KEYPAIR_JWT"
    );
    refused(
        &snowflake(&["--account", "a", "--user", "u", "--expires-in", "61m"]),
        None,
        "longer than",
    );
    refused(
        &args(&[
            "snowflake",
            "--key",
            &key_file("rsa1024-pkcs1.pem"),
            "--account",
            "a",
            "--user",
            "u",
        ]),
        Some(1),
        "2048",
    );
    refused(
        &snowflake(&["--account", "my/acct", "--user", "u"]),
        Some(2),
        "only letters",
    );
}

#[test]
fn entra_client_assertion_exactly() {
    let (header, payload, stderr) = minted(&entra("entra-cert.pem", &["--iat", "1700000000"]));
    assert_eq!(stderr, "");
    assert_eq!(
        header,
        json!({"alg": "PS256", "typ": "JWT", "x5t#S256": X5T_S256})
    );
    let jti = payload["jti"].as_str().unwrap().to_string();
    assert_eq!(jti.len(), 36, "{payload}");
    assert_eq!(
        payload,
        json!({
            "aud": "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token",
            "iss": APP, "sub": APP, "jti": jti, "iat": IAT, "nbf": IAT, "exp": IAT + 600
        })
    );
    let (header, _, _) = minted(&entra("entra-cert.pem", &["--alg", "RS256"]));
    assert_eq!(
        header,
        json!({"alg": "RS256", "typ": "JWT", "x5t#S256": X5T_S256, "x5t": X5T})
    );
    let (_, payload, _) = minted(&entra(
        "entra-cert.pem",
        &["--authority", "https://login.microsoftonline.us"],
    ));
    assert_eq!(
        payload["aud"],
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/token"
    );
    // Two tokens, two jtis.
    let (_, again, _) = minted(&entra("entra-cert.pem", &["--iat", "1700000000"]));
    assert_ne!(again["jti"], jti);
}

#[test]
fn entra_refusals() {
    refused(
        &entra("entra-other-cert.pem", &[]),
        Some(1),
        "is not for this key",
    );
    refused(
        &entra("entra-cert.pem", &["--alg", "ES256"]),
        Some(2),
        "PS256",
    );
    let mut common_tenant = entra("entra-cert.pem", &[]);
    common_tenant[6] = "common".into();
    refused(&common_tenant, Some(2), "specific tenant");
}

/// `inspect` with `--provider NAME`, `--format json`, over `token`.
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

/// A live token of each service, and the public key (or certificate) that checks it.
fn live_tokens() -> Vec<(&'static str, String, String)> {
    let live = |argv: Vec<String>| -> String {
        let argv: Vec<String> = argv
            .into_iter()
            .scan(false, |skip, a| {
                let keep = !*skip && a != "--iat";
                *skip = a == "--iat";
                Some(keep.then_some(a))
            })
            .flatten()
            .collect();
        one_line(jwtmint().args(argv))
    };
    vec![
        (
            "google",
            live(google(&["--aud", "https://pubsub.googleapis.com/"])),
            service_file("google-sa.pub.pem"),
        ),
        (
            "firebase",
            live(firebase(&["--uid", "u1", "--claim", "plan=gold"])),
            service_file("google-sa.pub.pem"),
        ),
        (
            "snowflake",
            live(snowflake(&["--account", "myorg-acct", "--user", "jsmith"])),
            key_file("rsa2048.pub.pem"),
        ),
        (
            "entra",
            live(entra("entra-cert.pem", &[])),
            service_file("entra-cert.pem"),
        ),
    ]
}

#[test]
fn inspect_passes_minted_tokens_and_guesses_each_service() {
    for (name, token, key) in live_tokens() {
        let (code, report) = inspect(&token, &key, Some(name));
        assert_eq!(code, Some(0), "{name}: {report:#}");
        assert_eq!(report["signature"], "valid", "{name}: {report:#}");
        assert_eq!(report["problems"], json!([]), "{name}: {report:#}");
        let (code, report) = inspect(&token, &key, None);
        assert_eq!(code, Some(0), "{name}: {report:#}");
        assert_eq!(report["provider"], name, "{name}: {report:#}");
        assert_eq!(report["provider_guessed"], true, "{name}: {report:#}");
    }
}

#[test]
fn inspect_reports_broken_tokens() {
    // Each signed with `sign` and the service's key, with one rule broken.
    let sa_key = service_file("google-sa-key.pem");
    let cases: Vec<(&str, Vec<String>, String, &str)> = vec![
        (
            "google",
            args(&[
                "sign",
                "--key",
                &sa_key,
                "--iss",
                EMAIL,
                "--sub",
                EMAIL,
                "--aud",
                "https://pubsub.googleapis.com/",
                "--claim",
                &format!("scope={CP}"),
                "--expires-in",
                "1h",
            ]),
            service_file("google-sa.pub.pem"),
            "never both",
        ),
        (
            "firebase",
            args(&[
                "sign",
                "--key",
                &sa_key,
                "--iss",
                EMAIL,
                "--sub",
                EMAIL,
                "--aud",
                FIREBASE_AUD,
                "--claim",
                "uid=u1",
                "--claim",
                "claims:={\"sub\":\"x\"}",
                "--expires-in",
                "1h",
            ]),
            service_file("google-sa.pub.pem"),
            "`sub` is reserved",
        ),
        (
            "snowflake",
            args(&[
                "sign",
                "--key",
                &key_file("rsa2048-pkcs8.pem"),
                "--iss",
                &format!("XY12345.JSMITH.{RSA_FP}"),
                "--sub",
                "OTHER.JSMITH",
                "--expires-in",
                "2h",
            ]),
            key_file("rsa2048.pub.pem"),
            "ACCOUNT.USER part",
        ),
        (
            "entra",
            args(&[
                "sign",
                "--key",
                &service_file("entra-key.pem"),
                "--alg",
                "PS256",
                "--iss",
                APP,
                "--sub",
                APP,
                "--aud",
                "https://login.microsoftonline.com/t/oauth2/v2.0/token",
                "--expires-in",
                "10m",
            ]),
            service_file("entra-cert.pem"),
            "x5t#S256",
        ),
    ];
    for (name, argv, key, words) in cases {
        let token = one_line(jwtmint().args(&argv));
        let (code, report) = inspect(&token, &key, Some(name));
        assert_eq!(code, Some(1), "{name}: {report:#}");
        assert_eq!(report["signature"], "valid", "{name}: {report:#}");
        let problems = report["problems"].to_string();
        assert!(problems.contains(words), "{name}: {report:#}");
    }
}

#[test]
fn batch_mints_each_service() {
    let cases: Vec<(Vec<String>, &str, &str, &str)> = vec![
        (
            google(&["--oauth", "--scope", CP]),
            "{\"subject\": \"a@example.com\"}\n{\"subject\": \"b@example.com\"}\n",
            "sub",
            "b@example.com",
        ),
        (
            firebase(&[]),
            "{\"uid\": \"u1\"}\n{\"uid\": \"u2\", \"claims\": {\"plan\": \"gold\"}}\n",
            "uid",
            "u2",
        ),
        (
            snowflake(&["--account", "xy12345"]),
            "{\"user\": \"ann\"}\n{\"user\": \"bob\"}\n",
            "sub",
            "XY12345.BOB",
        ),
        (
            entra("entra-cert.pem", &[]),
            "{\"client-id\": \"a\"}\n{\"client-id\": \"b\"}\n",
            "iss",
            "b",
        ),
    ];
    for (mut argv, input, claim, second) in cases {
        argv.extend(args(&["--batch", "-"]));
        let out = run(jwtmint().args(&argv).write_stdin(input));
        assert_eq!(out.code, Some(0), "{argv:?}: {out:#?}");
        let tokens: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(tokens.len(), 2, "{argv:?}: {out:#?}");
        let (header, payload) = decode_unverified(tokens[1]);
        assert_eq!(payload[claim], second, "{argv:?}: {payload}");
        assert!(header["alg"].is_string());
        if argv[0] == "firebase" {
            assert_eq!(payload["claims"], json!({"plan": "gold"}));
        }
    }
}
