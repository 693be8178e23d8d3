//! `jwtmint sign`, run as a real process: every key form and algorithm (tokens verified with
//! jsonwebtoken against the public keys), secrets, claims, times, output formats, and the
//! errors for bad input.

mod common;

use std::io::Write;

use assert_cmd::Command;
use serde_json::{json, Value};

use common::{
    decode_unverified, decode_verified, fixture, fixture_bytes, jwtmint, one_line, run, secret_64,
    PASSPHRASE,
};

/// `jwtmint sign ARGS…`, with fixture names already turned into paths by the caller.
fn sign(args: &[&str]) -> Command {
    let mut cmd = jwtmint();
    cmd.arg("sign").args(args);
    cmd
}

/// The path of a fixture, as an argument.
fn path(name: &str) -> String {
    fixture(name).display().to_string()
}

/// `--format claims` output for ARGS, parsed (and checked to be pretty-printed).
fn claims(args: &[&str]) -> Value {
    let out = run(sign(args).args(["--format", "claims"]));
    assert_eq!(out.code, Some(0), "{args:?}: {out:#?}");
    assert!(out.stdout.ends_with("}\n"), "{args:?}: {out:#?}");
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {out:#?}"))
}

/// A temporary file holding `bytes`.
fn temp_file(bytes: &[u8]) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().expect("creating a temporary file");
    file.write_all(bytes).expect("writing a temporary file");
    file
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

// ---------------------------------------------------------------------------------------------
// 1. Key forms
// ---------------------------------------------------------------------------------------------

/// How an encrypted key gets its passphrase.
#[derive(Debug, Clone, Copy)]
enum Pass {
    /// The key is not encrypted.
    None,
    /// `--passphrase-file passphrase.txt`.
    File,
    /// `JWTMINT_PASSPHRASE`.
    Env,
}

#[test]
fn every_key_form_signs_with_its_natural_alg_and_verifies_with_the_public_key() {
    use Pass::{Env, File, None};
    #[rustfmt::skip]
    let table: &[(&str, &str, &str, Pass)] = &[
        ("rsa2048-pkcs1.pem",                      "rsa2048.pub.pem", "RS256", None),
        ("rsa2048-pkcs8.pem",                      "rsa2048.pub.pem", "RS256", None),
        ("rsa2048-legacy-des3.pem",                "rsa2048.pub.pem", "RS256", File),
        ("rsa2048-legacy-aes128.pem",              "rsa2048.pub.pem", "RS256", Env),
        ("rsa2048-legacy-aes192.pem",              "rsa2048.pub.pem", "RS256", File),
        ("rsa2048-legacy-aes256.pem",              "rsa2048.pub.pem", "RS256", Env),
        ("rsa2048-pkcs8-pbkdf2-sha256-aes128.pem", "rsa2048.pub.pem", "RS256", File),
        ("rsa2048-pkcs8-pbkdf2-sha256-aes192.pem", "rsa2048.pub.pem", "RS256", Env),
        ("rsa2048-pkcs8-pbkdf2-sha256-aes256.pem", "rsa2048.pub.pem", "RS256", File),
        ("rsa2048-pkcs8-pbkdf2-sha1-aes256.pem",   "rsa2048.pub.pem", "RS256", Env),
        ("rsa2048-pkcs8-pbkdf2-sha1-des3.pem",     "rsa2048.pub.pem", "RS256", File),
        ("rsa2048-pkcs8-scrypt-aes256.pem",        "rsa2048.pub.pem", "RS256", Env),
        ("rsa2048-pkcs8-pbes1-sha1-3des.pem",      "rsa2048.pub.pem", "RS256", File),
        ("rsa4096-genrsa-des3.pem",    "rsa4096-genrsa-des3.pub.pem", "RS256", Env),
        ("rsa4096-pkcs1.pem",                      "rsa4096.pub.pem", "RS256", None),
        ("ec-p256-sec1.pem",                       "ec-p256.pub.pem", "ES256", None),
        ("ec-p256-pkcs8.pem",                      "ec-p256.pub.pem", "ES256", None),
        ("ec-p256-legacy-des3.pem",                "ec-p256.pub.pem", "ES256", Env),
        ("ec-p256-legacy-aes256.pem",              "ec-p256.pub.pem", "ES256", File),
        ("ec-p256-pkcs8-pbkdf2-sha256-aes256.pem", "ec-p256.pub.pem", "ES256", Env),
        ("ec-p384-sec1.pem",                       "ec-p384.pub.pem", "ES384", None),
        ("ec-p384-pkcs8.pem",                      "ec-p384.pub.pem", "ES384", None),
        ("ec-p384-legacy-aes128.pem",              "ec-p384.pub.pem", "ES384", File),
        ("ec-p384-pkcs8-scrypt-aes128.pem",        "ec-p384.pub.pem", "ES384", Env),
        ("ed25519-pkcs8.pem",                      "ed25519.pub.pem", "EdDSA", None),
        ("ed25519-pkcs8-pbkdf2-sha256-aes256.pem", "ed25519.pub.pem", "EdDSA", File),
    ];
    for &(private, public, alg, pass) in table {
        let mut cmd = sign(&["--key", &path(private), "--sub", private]);
        match pass {
            Pass::None => {}
            Pass::File => {
                cmd.args(["--passphrase-file", &path("passphrase.txt")]);
            }
            Pass::Env => {
                cmd.env("JWTMINT_PASSPHRASE", PASSPHRASE);
            }
        }
        let out = run(&mut cmd);
        assert_eq!(out.code, Some(0), "{private}: {out:#?}");
        assert_eq!(out.stderr, "", "{private}: nothing on stderr");
        let token = out.stdout.trim_end();
        let payload = decode_verified(token, alg, &fixture_bytes(public));
        assert_eq!(payload["sub"], private, "{private}");
        let (header, _) = decode_unverified(token);
        assert_eq!(header["alg"], alg, "{private}");
    }
}

#[test]
fn key_and_passphrase_can_come_from_standard_input() {
    let token = one_line(sign(&["--key", "-"]).write_stdin(fixture_bytes("ed25519-pkcs8.pem")));
    decode_verified(&token, "EdDSA", &fixture_bytes("ed25519.pub.pem"));

    // A passphrase file's one trailing newline is not part of the passphrase.
    let token = one_line(
        sign(&[
            "--key",
            &path("rsa2048-legacy-aes128.pem"),
            "--passphrase-file",
            "-",
        ])
        .write_stdin(format!("{PASSPHRASE}\n")),
    );
    decode_verified(&token, "RS256", &fixture_bytes("rsa2048.pub.pem"));
}

// ---------------------------------------------------------------------------------------------
// 2. Algorithms and the header
// ---------------------------------------------------------------------------------------------

#[test]
fn every_algorithm_signs_and_verifies() {
    let secret = path("hmac-secret-64.txt");
    let rsa = path("rsa2048-pkcs1.pem");
    #[rustfmt::skip]
    let table: &[(&str, &str, &str, Vec<u8>)] = &[
        ("HS256", "--secret-file", &secret, secret_64()),
        ("HS384", "--secret-file", &secret, secret_64()),
        ("HS512", "--secret-file", &secret, secret_64()),
        ("RS256", "--key", &rsa, fixture_bytes("rsa2048.pub.pem")),
        ("RS384", "--key", &rsa, fixture_bytes("rsa2048.pub.pem")),
        ("RS512", "--key", &rsa, fixture_bytes("rsa2048.pub.pem")),
        ("PS256", "--key", &rsa, fixture_bytes("rsa2048.pub.pem")),
        ("PS384", "--key", &rsa, fixture_bytes("rsa2048.pub.pem")),
        ("PS512", "--key", &rsa, fixture_bytes("rsa2048.pub.pem")),
        ("ES256", "--key", &path("ec-p256-pkcs8.pem"), fixture_bytes("ec-p256.pub.pem")),
        ("ES384", "--key", &path("ec-p384-pkcs8.pem"), fixture_bytes("ec-p384.pub.pem")),
        ("EdDSA", "--key", &path("ed25519-pkcs8.pem"), fixture_bytes("ed25519.pub.pem")),
    ];
    for &(alg, flag, file, ref verify_key) in table {
        let token = one_line(&mut sign(&["--alg", alg, flag, file, "--sub", "joe"]));
        let payload = decode_verified(&token, alg, verify_key);
        assert_eq!(payload["sub"], "joe", "{alg}");
        let (header, _) = decode_unverified(&token);
        assert_eq!(header, json!({"alg": alg, "typ": "JWT"}), "{alg}");
    }
}

#[test]
fn kid_goes_into_the_header() {
    let token = one_line(&mut sign(&[
        "--key",
        &path("ec-p256-pkcs8.pem"),
        "--kid",
        "k1",
    ]));
    let (header, _) = decode_unverified(&token);
    assert_eq!(header, json!({"alg": "ES256", "typ": "JWT", "kid": "k1"}));
    decode_verified(&token, "ES256", &fixture_bytes("ec-p256.pub.pem"));
}

#[test]
fn alg_is_accepted_in_lower_case() {
    let token = one_line(&mut sign(&[
        "--alg",
        "hs256",
        "--secret-file",
        &path("hmac-secret-64.txt"),
    ]));
    assert_eq!(decode_unverified(&token).0["alg"], "HS256");
    decode_verified(&token, "HS256", &secret_64());

    let token = one_line(&mut sign(&[
        "--alg",
        "eddsa",
        "--key",
        &path("ed25519-pkcs8.pem"),
    ]));
    assert_eq!(decode_unverified(&token).0["alg"], "EdDSA");
}

// ---------------------------------------------------------------------------------------------
// 3. HMAC secret sources
// ---------------------------------------------------------------------------------------------

#[test]
fn secret_file_loses_exactly_one_trailing_newline() {
    // CRLF: both bytes go.
    let token = one_line(&mut sign(&["--secret-file", &path("hmac-secret-crlf.txt")]));
    decode_verified(
        &token,
        "HS256",
        b"crlf-secret-0123456789abcdef0123456789abcdef",
    );

    // Two newlines: only the last goes. (A 4-byte secret also draws the length warning.)
    let file = temp_file(b"abc\n\n");
    let out = run(&mut sign(&[
        "--secret-file",
        &file.path().display().to_string(),
    ]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    decode_verified(out.stdout.trim_end(), "HS256", b"abc\n");
}

#[test]
fn secret_from_standard_input() {
    let token =
        one_line(sign(&["--secret-file", "-"]).write_stdin(fixture_bytes("hmac-secret-64.txt")));
    decode_verified(&token, "HS256", &secret_64());
}

#[test]
fn secret_from_the_environment() {
    let secret = String::from_utf8(secret_64()).unwrap();
    let token = one_line(sign(&["--alg", "HS512"]).env("JWTMINT_SECRET", &secret));
    decode_verified(&token, "HS512", secret.as_bytes());
}

#[test]
fn secret_file_beats_the_environment() {
    let token = one_line(
        sign(&["--secret-file", &path("hmac-secret-64.txt")])
            .env("JWTMINT_SECRET", "the-environment-secret-0123456789abcdef"),
    );
    decode_verified(&token, "HS256", &secret_64());
}

#[test]
fn no_secret_and_no_terminal_is_an_error() {
    // A value that must be given is missing: a usage error.
    let out = run(&mut sign(&[]));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("--secret-file"), "{out:#?}");
    assert!(out.stderr.contains("JWTMINT_SECRET"), "{out:#?}");
}

#[test]
fn short_secret_signs_with_a_warning() {
    let out = run(&mut sign(&[
        "--secret-file",
        &path("hmac-secret-short.txt"),
    ]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(out.stderr.starts_with("jwtmint: warning:"), "{out:#?}");
    assert!(out.stderr.contains("32"), "{out:#?}");
    assert!(
        !out.stderr.contains("short-secret"),
        "the secret is not shown"
    );
    decode_verified(out.stdout.trim_end(), "HS256", b"short-secret");
}

#[test]
fn empty_secret_is_an_error() {
    let from_file = run(&mut sign(&[
        "--secret-file",
        &path("hmac-secret-empty.txt"),
    ]));
    let from_env = run(sign(&[]).env("JWTMINT_SECRET", ""));
    for out in [from_file, from_env] {
        assert_eq!(out.code, Some(1), "{out:#?}");
        assert_eq!(out.stdout, "");
        assert!(out.stderr.contains("empty"), "{out:#?}");
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Private key sources and passphrases
// ---------------------------------------------------------------------------------------------

#[test]
fn key_file_from_the_environment() {
    let token = one_line(sign(&[]).env("JWTMINT_KEY_FILE", path("ec-p384-pkcs8.pem")));
    decode_verified(&token, "ES384", &fixture_bytes("ec-p384.pub.pem"));
}

#[test]
fn encrypted_key_without_a_passphrase_and_no_terminal_is_an_error() {
    for key in [
        "rsa2048-legacy-des3.pem",
        "rsa2048-pkcs8-pbkdf2-sha256-aes256.pem",
    ] {
        let out = run(&mut sign(&["--key", &path(key)]));
        assert_eq!(out.code, Some(1), "{key}: {out:#?}");
        assert_eq!(out.stdout, "");
        assert!(
            out.stderr
                .contains("the key is encrypted: set JWTMINT_PASSPHRASE or pass --passphrase-file"),
            "{key}: {out:#?}"
        );
    }
}

#[test]
fn wrong_passphrase_is_an_error_for_every_encryption_family() {
    let wrong = "not-the-fixture-pass";
    let wrong_file = temp_file(wrong.as_bytes());
    for key in [
        "rsa2048-legacy-aes256.pem",
        "ec-p256-legacy-des3.pem",
        "rsa2048-pkcs8-pbkdf2-sha256-aes256.pem",
        "rsa2048-pkcs8-scrypt-aes256.pem",
        "rsa2048-pkcs8-pbes1-sha1-3des.pem",
    ] {
        let via_env = run(sign(&["--key", &path(key)]).env("JWTMINT_PASSPHRASE", wrong));
        let via_file = run(&mut sign(&[
            "--key",
            &path(key),
            "--passphrase-file",
            &wrong_file.path().display().to_string(),
        ]));
        for out in [via_env, via_file] {
            assert_eq!(out.code, Some(1), "{key}: {out:#?}");
            assert_eq!(out.stdout, "", "{key}");
            assert!(
                out.stderr
                    .contains("wrong passphrase, or the key file is damaged"),
                "{key}: {out:#?}"
            );
            assert!(
                !out.stderr.contains(wrong),
                "{key}: the passphrase is not shown"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Claims
// ---------------------------------------------------------------------------------------------

#[test]
fn claims_file_object_is_signed() {
    let file = temp_file(br#"{"role": "reader", "n": 7, "nested": {"a": [1, 2]}}"#);
    let token = one_line(&mut sign(&[
        "--secret-file",
        &path("hmac-secret-64.txt"),
        "--claims-file",
        &file.path().display().to_string(),
    ]));
    let payload = decode_verified(&token, "HS256", &secret_64());
    assert_eq!(payload["role"], "reader");
    assert_eq!(payload["n"], 7);
    assert_eq!(payload["nested"], json!({"a": [1, 2]}));
}

#[test]
fn claims_file_must_be_a_json_object() {
    let array = temp_file(b"[1, 2]");
    let name = array.path().display().to_string();
    let out = run(&mut sign(&["--format", "claims", "--claims-file", &name]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("found an array"), "{out:#?}");
    assert!(out.stderr.contains(&name), "{out:#?}");

    let invalid = temp_file(b"{\n  \"a\": 1,\n  oops\n}\n");
    let out = run(&mut sign(&[
        "--format",
        "claims",
        "--claims-file",
        &invalid.path().display().to_string(),
    ]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("line 3"), "{out:#?}");
    assert!(out.stderr.contains("column"), "{out:#?}");
}

#[test]
fn claim_flag_takes_strings_and_json() {
    let payload = claims(&[
        "--claim",
        "k=v",
        "--claim",
        "n:=5",
        "--claim",
        r#"o:={"a":1}"#,
        "--claim",
        "s=5",
    ]);
    assert_eq!(payload["k"], "v");
    assert_eq!(payload["n"], json!(5));
    assert_eq!(payload["o"], json!({"a": 1}));
    assert_eq!(payload["s"], json!("5"));
}

/// `--claim` overrides the claims file; a dedicated flag that sets a claim `--claim` or the file
/// also gives, to another value, is a usage error instead of dropping one of them.
#[test]
fn claims_precedence_file_then_claim_and_a_claim_given_twice_is_refused() {
    let file = temp_file(br#"{"sub": "from-file", "iss": "from-file", "x": "from-file"}"#);
    let file = file.path().display().to_string();
    let payload = claims(&[
        "--claims-file",
        &file,
        "--claim",
        "iss=from-claim",
        "--claim",
        "sub=joe",
        "--sub",
        "joe",
    ]);
    assert_eq!(payload["sub"], "joe");
    assert_eq!(payload["iss"], "from-claim");
    assert_eq!(payload["x"], "from-file");
    for args in [
        &["--claim", "sub=a", "--sub", "b"][..],
        &["--claims-file", &file, "--sub", "b"],
    ] {
        let out = run(sign(args).args(["--format", "claims"]));
        assert_eq!(out.code, Some(2), "{args:?}: {out:#?}");
        assert!(out.stdout.is_empty());
        assert_eq!(
            out.stderr,
            "jwtmint: error: claim `sub` is given twice: by --claim/--claims-file and by --sub; \
             give it once\n"
        );
    }
}

#[test]
fn aud_is_a_string_once_and_an_array_when_repeated() {
    assert_eq!(claims(&["--aud", "a"])["aud"], json!("a"));
    assert_eq!(
        claims(&["--aud", "a", "--aud", "b"])["aud"],
        json!(["a", "b"])
    );
}

#[test]
fn jti_is_a_random_uuid_v4_or_the_value_given() {
    let first = claims(&["--jti"])["jti"].as_str().unwrap().to_string();
    let uuid = uuid::Uuid::parse_str(&first).expect("jti is a UUID");
    assert_eq!(uuid.get_version_num(), 4, "{first}");
    let second = claims(&["--jti"])["jti"].clone();
    assert_ne!(second, json!(first), "each run has its own jti");

    // `--jti` followed by another flag still takes no value.
    let payload = claims(&["--jti", "--sub", "joe"]);
    assert!(uuid::Uuid::parse_str(payload["jti"].as_str().unwrap()).is_ok());
    assert_eq!(payload["sub"], "joe");

    assert_eq!(claims(&["--jti", "abc"])["jti"], "abc");
}

#[test]
fn format_claims_needs_no_key_and_prints_pretty_json() {
    let out = run(&mut sign(&[
        "--format",
        "claims",
        "--sub",
        "joe",
        "--iat",
        "1700000000",
    ]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert_eq!(out.stderr, "");
    assert_eq!(
        out.stdout,
        "{\n  \"iat\": 1700000000,\n  \"sub\": \"joe\"\n}\n"
    );
}

// ---------------------------------------------------------------------------------------------
// 6. Time claims
// ---------------------------------------------------------------------------------------------

#[test]
fn expires_in_counts_from_iat() {
    let payload = claims(&["--iat", "1700000000", "--expires-in", "1h30m"]);
    assert_eq!(payload, json!({"iat": 1700000000, "exp": 1700005400}));
}

#[test]
fn iat_is_now_by_default_and_no_iat_drops_it() {
    let before = now();
    let payload = claims(&[]);
    let iat = payload["iat"].as_i64().expect("iat is a number");
    assert!((before..=now()).contains(&iat), "iat {iat} is now");
    assert_eq!(payload, json!({"iat": iat}), "sign adds no exp by default");

    assert_eq!(claims(&["--no-iat", "--sub", "joe"]), json!({"sub": "joe"}));
}

/// `iat` relative to now: `--iat=-60s` backdates, `+5m` postdates, `now` is now; `exp` and
/// `nbf` still count from `iat`.
#[test]
fn iat_relative_to_now() {
    let secret = path("hmac-secret-64.txt");
    let before = now();
    let token = one_line(&mut sign(&[
        "--secret-file",
        &secret,
        "--iat=-60s",
        "--expires-in",
        "10m",
    ]));
    let payload = decode_verified(&token, "HS256", &secret_64());
    let iat = payload["iat"].as_i64().expect("iat is a number");
    assert!(
        (before - 60 - 1..=now() - 60 + 1).contains(&iat),
        "iat {iat} is now - 60"
    );
    assert_eq!(payload["exp"].as_i64(), Some(iat + 600), "{payload}");

    // With a space: clap takes a value that starts with a hyphen here.
    let before = now();
    let payload = claims(&["--iat", "-60s", "--nbf", "0s"]);
    let iat = payload["iat"].as_i64().unwrap();
    assert!((before - 61..=now() - 59).contains(&iat), "{payload}");
    assert_eq!(payload["nbf"].as_i64(), Some(iat), "{payload}");

    let before = now();
    let iat = claims(&["--iat", "+5m"])["iat"].as_i64().unwrap();
    assert!((before + 299..=now() + 301).contains(&iat), "iat {iat}");
    let before = now();
    let iat = claims(&["--iat", "now"])["iat"].as_i64().unwrap();
    assert!((before..=now()).contains(&iat), "iat {iat}");

    // Every minting subcommand takes it: GitHub's App JWT, backdated as its SDK does.
    let before = now();
    let out = run(jwtmint().args([
        "github-app",
        "--client-id",
        "Iv1.abc",
        "--format",
        "claims",
        "--iat=-30s",
        "--expires-in",
        "10m",
    ]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    let payload: Value = serde_json::from_str(&out.stdout).unwrap();
    let iat = payload["iat"].as_i64().unwrap();
    assert!((before - 31..=now() - 29).contains(&iat), "{payload}");
    assert_eq!(payload["exp"].as_i64(), Some(iat + 600), "{payload}");

    // In a batch, a line's relative iat counts from the batch's start, the same for each line.
    let before = now();
    let out = run(sign(&["--format", "claims", "--batch", "-", "--iat=-1m"])
        .write_stdin("{}\n{\"iat\": \"-60s\"}\n{\"iat\": \"now\"}\n{\"iat\": -120}\n"));
    assert_eq!(out.code, Some(0), "{out:#?}");
    let iats: Vec<i64> = out
        .stdout
        .lines()
        .map(|line| {
            serde_json::from_str::<Value>(line).unwrap()["iat"]
                .as_i64()
                .unwrap()
        })
        .collect();
    let start = iats[0] + 60;
    assert!((before..=now()).contains(&start), "{iats:?}");
    assert_eq!(iats, [start - 60, start - 60, start, start - 120]);

    let out = run(&mut sign(&["--format", "claims", "--iat", "-60x"]));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("invalid time `-60x`"), "{out:#?}");
}

#[test]
fn sign_without_expiry_options_mints_no_exp() {
    let token = one_line(&mut sign(&["--secret-file", &path("hmac-secret-64.txt")]));
    let payload = decode_verified(&token, "HS256", &secret_64());
    assert!(payload.get("exp").is_none(), "{payload}");
    assert!(payload.get("nbf").is_none(), "{payload}");
}

#[test]
fn exp_at_an_rfc3339_time() {
    let payload = claims(&["--exp", "2030-01-01T00:00:00Z"]);
    assert_eq!(payload["exp"], 1893456000);
    assert_eq!(claims(&["--exp", "1893456000"])["exp"], 1893456000);
}

#[test]
fn nbf_is_relative_to_iat() {
    let base = ["--iat", "1700000000"];
    assert_eq!(
        claims(&[&base[..], &["--nbf", "5m"]].concat())["nbf"],
        1700000300
    );
    assert_eq!(
        claims(&[&base[..], &["--nbf", "-30s"]].concat())["nbf"],
        1699999970
    );
    assert_eq!(
        claims(&[&base[..], &["--nbf", "2023-11-14T22:13:20Z"]].concat())["nbf"],
        1700000000
    );
}

/// Every time option takes the forms `--iat` takes: `now`, a signed or unit duration, a time.
/// `--exp`'s and `--nbf`'s relative forms count from `iat`, as `--expires-in` does.
#[test]
fn every_time_option_takes_the_relative_forms_of_iat() {
    let base = ["--iat", "1700000000"];
    let with = |args: &[&str]| claims(&[&base[..], args].concat());
    assert_eq!(with(&["--exp", "+1h"])["exp"], 1700003600);
    assert_eq!(with(&["--exp", "90m"])["exp"], 1700005400);
    assert_eq!(with(&["--exp", "+60"])["exp"], 1700000060);
    assert_eq!(with(&["--nbf", "+5m"])["nbf"], 1700000300);
    assert_eq!(with(&["--nbf", "now"])["nbf"], 1700000000);
    assert_eq!(with(&["--exp=-1h", "--allow-expired"])["exp"], 1699996400);
    let out = run(&mut sign(&["--exp", "+soon", "--format", "claims"]));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert!(out.stderr.contains("a duration from iat"), "{out:#?}");
}

#[test]
fn exp_not_after_iat_needs_allow_expired() {
    let args = [
        "--secret-file",
        &path("hmac-secret-64.txt"),
        "--iat",
        "1700000000",
        "--exp",
        "1700000000",
    ];
    // The times typed do not fit together: a usage error.
    let out = run(&mut sign(&args));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("--allow-expired"), "{out:#?}");

    let out = run(&mut sign(&[
        "--secret-file",
        &path("hmac-secret-64.txt"),
        "--expires-in",
        "-1m",
    ]));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert!(out.stderr.contains("--allow-expired"), "{out:#?}");

    let token = one_line(sign(&args).arg("--allow-expired"));
    let (_, payload) = decode_unverified(&token);
    assert_eq!(payload, json!({"iat": 1700000000, "exp": 1700000000}));
}

// ---------------------------------------------------------------------------------------------
// 7. Output formats
// ---------------------------------------------------------------------------------------------

fn signed(format: &str) -> String {
    one_line(&mut sign(&[
        "--secret-file",
        &path("hmac-secret-64.txt"),
        "--sub",
        "joe",
        "--format",
        format,
    ]))
}

#[test]
fn format_token_is_the_compact_token_alone() {
    let token = signed("token");
    assert_eq!(token.split('.').count(), 3, "{token}");
    assert!(
        token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
        "{token}"
    );
    assert_eq!(decode_verified(&token, "HS256", &secret_64())["sub"], "joe");
    // The default format is the token.
    let default = one_line(&mut sign(&["--secret-file", &path("hmac-secret-64.txt")]));
    assert_eq!(default.split('.').count(), 3, "{default}");
}

#[test]
fn format_json_wraps_the_token() {
    let line = signed("json");
    let value: Value = serde_json::from_str(&line).expect("json output is JSON");
    let object = value.as_object().expect("an object");
    assert_eq!(object.len(), 1, "{line}");
    let token = object["token"].as_str().expect("token is a string");
    assert_eq!(decode_verified(token, "HS256", &secret_64())["sub"], "joe");
}

#[test]
fn format_header_is_a_bearer_authorization_header() {
    let line = signed("header");
    let token = line
        .strip_prefix("Authorization: Bearer ")
        .unwrap_or_else(|| panic!("not a Bearer header: {line}"));
    assert_eq!(decode_verified(token, "HS256", &secret_64())["sub"], "joe");
}

#[test]
fn format_url_is_refused_by_sign() {
    let out = run(&mut sign(&[
        "--secret-file",
        &path("hmac-secret-64.txt"),
        "--format",
        "url",
    ]));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert_eq!(out.stdout, "");
    for format in ["token", "json", "header", "claims"] {
        assert!(out.stderr.contains(format), "lists {format}: {out:#?}");
    }
}

// ---------------------------------------------------------------------------------------------
// 8. Bad input
// ---------------------------------------------------------------------------------------------

/// One bad invocation: `args` (fixture names already paths), extra environment, standard
/// input, the exit code and a text stderr must contain.
struct Bad {
    args: Vec<String>,
    env: Vec<(&'static str, String)>,
    unset: Vec<&'static str>,
    stdin: &'static str,
    code: i32,
    message: &'static str,
}

/// `sign ARGS`, where an argument `@NAME` stands for the fixture NAME's path.
fn bad(args: &[&str], code: i32, message: &'static str) -> Bad {
    let args = args
        .iter()
        .map(|arg| match arg.strip_prefix('@') {
            Some(name) => path(name),
            None => arg.to_string(),
        })
        .collect();
    Bad {
        args,
        env: Vec::new(),
        unset: Vec::new(),
        stdin: "",
        code,
        message,
    }
}

impl Bad {
    fn env(mut self, name: &'static str, value: &str) -> Self {
        self.env.push((name, value.to_string()));
        self
    }

    fn unset(mut self, name: &'static str) -> Self {
        self.unset.push(name);
        self
    }

    fn stdin(mut self, text: &'static str) -> Self {
        self.stdin = text;
        self
    }
}

const USAGE: i32 = 2;
const FAILURE: i32 = 1;
const REENCRYPT: &str = "openssl pkcs8 -topk8 -v2 aes-256-cbc";

#[test]
fn bad_input_fails_cleanly_without_leaking_secrets() {
    let secret = String::from_utf8(secret_64()).unwrap();
    let array_file = temp_file(b"[]");
    let array = array_file.path().display().to_string();
    let dir_guard = tempfile::tempdir().unwrap();
    let dir = dir_guard.path().display().to_string();
    #[rustfmt::skip]
    let table = vec![
        // Usage errors: exit 2.
        bad(&["--no-such-flag"], USAGE, "--no-such-flag"),
        bad(&["--secret", "hunter2"], USAGE, "--secret"),
        bad(&["--alg", "none"], USAGE, "none"),
        bad(&["--alg", "NONE", "--secret-file", "@hmac-secret-64.txt"], USAGE, "none"),
        bad(&["--alg", "XS256"], USAGE, "XS256"),
        bad(&["--expires-in", "soon"], USAGE, "soon"),
        bad(&["--expires-in", "1.5h"], USAGE, "1.5h"),
        bad(&["--expires-in", "1h", "--exp", "1700000000"], USAGE, "--exp"),
        bad(&["--iat", "1", "--no-iat"], USAGE, "--no-iat"),
        bad(&["--exp", "tomorrow"], USAGE, "tomorrow"),
        bad(&["--claim", "novalue"], USAGE, "novalue"),
        bad(&["--claim", "n:=not-json"], USAGE, "not-json"),
        bad(&["--format", "xml"], USAGE, "xml"),
        bad(&["--secret-file", "-", "--claims-file", "-"], USAGE, "standard input")
            .stdin("{}"),
        bad(&["--key", "-", "--passphrase-file", "-"], USAGE, "standard input"),
        bad(&["--secret-file", "@hmac-secret-64.txt", "--key", "@rsa2048-pkcs1.pem"],
            USAGE, "not both"),
        // Missing files: exit 1.
        bad(&["--key", "@no-such-key.pem"], FAILURE, "no-such-key.pem"),
        bad(&["--secret-file", "@no-such-secret.txt"], FAILURE, "no-such-secret.txt"),
        bad(&["--secret-file", "@hmac-secret-64.txt", "--claims-file", "@no-such.json"],
            FAILURE, "no-such.json"),
        bad(&["--key", "@rsa2048-legacy-des3.pem", "--passphrase-file", "@no-such-pass.txt"],
            FAILURE, "no-such-pass.txt"),
        bad(&[], FAILURE, "no-such-env-key.pem")
            .env("JWTMINT_KEY_FILE", "/no-such-env-key.pem")
            .unset("JWTMINT_SECRET"),
        bad(&["--key", &dir], FAILURE, "directory"),
        bad(&["--secret-file", "@hmac-secret-64.txt", "--claims-file", &array],
            FAILURE, "found an array"),
        // Not a private key, or a damaged one.
        bad(&["--key", "@rsa2048.pub.pem"], FAILURE, "public key"),
        bad(&["--key", "@rsa2048.pkcs1pub.pem"], FAILURE, "public key"),
        bad(&["--key", "@ec-p256.pub.pem"], FAILURE, "public key"),
        bad(&["--key", "@rsa2048.cert.pem"], FAILURE, "certificate"),
        bad(&["--key", "@openssh-ed25519.pub"], FAILURE, "not a PEM or DER private key"),
        bad(&["--key", "@truncated-rsa.pem"], FAILURE, "damaged"),
        bad(&["--key", "@damaged-base64.pem"], FAILURE, "damaged PEM"),
        bad(&["--key", "@rsa2048-legacy-aes256-damaged.pem"], FAILURE,
            "wrong passphrase, or the key file is damaged"),
        // Keys jwtmint does not sign with.
        bad(&["--key", "@ed448-pkcs8.pem"], FAILURE, "Ed448"),
        bad(&["--key", "@dsa-pkcs8.pem"], FAILURE, "DSA"),
        bad(&["--key", "@rsa1024-pkcs1.pem"], FAILURE, "at least 2048"),
        // Insecure encryption, refused although the passphrase is right.
        bad(&["--key", "@rsa2048-legacy-des.pem"], FAILURE, REENCRYPT),
        bad(&["--key", "@rsa2048-pkcs8-pbes1-md5-des.pem"], FAILURE, REENCRYPT),
        bad(&["--key", "@rsa2048-pkcs8-pbkdf2-sha256-des.pem"], FAILURE, REENCRYPT),
        bad(&["--key", "@rsa2048-pkcs8-pbkdf2-sha256-des.pem",
              "--passphrase-file", "@passphrase.txt"], FAILURE, REENCRYPT),
        // The algorithm does not fit the key.
        bad(&["--key", "@ec-p256-pkcs8.pem", "--alg", "RS256"], FAILURE,
            "RS256 needs an RSA private key; this is an EC P-256 key"),
        bad(&["--key", "@rsa2048-pkcs1.pem", "--alg", "ES256"], FAILURE,
            "ES256 needs an EC P-256 private key; this is an RSA 2048-bit key"),
        bad(&["--key", "@ec-p384-pkcs8.pem", "--alg", "ES256"], FAILURE, "EC P-384"),
        bad(&["--key", "@rsa2048-pkcs1.pem", "--alg", "EdDSA"], FAILURE, "Ed25519"),
        bad(&["--key", "@rsa2048-pkcs1.pem", "--alg", "HS256"], FAILURE, "HMAC secret"),
        // What was typed does not fit, or a needed option is missing: usage errors.
        bad(&["--secret-file", "@hmac-secret-64.txt", "--alg", "RS256"], USAGE, "--key"),
        bad(&["--alg", "RS256"], USAGE, "JWTMINT_KEY_FILE"),
    ];

    for row in table {
        let mut cmd = sign(&row.args.iter().map(String::as_str).collect::<Vec<_>>());
        // Every secret is at hand, so that any row that echoed one would show it.
        cmd.env("JWTMINT_PASSPHRASE", PASSPHRASE)
            .env("JWTMINT_SECRET", &secret)
            .write_stdin(row.stdin);
        for (name, value) in &row.env {
            cmd.env(name, value);
        }
        for name in &row.unset {
            cmd.env_remove(name);
        }
        let out = run(&mut cmd);
        let args = &row.args;
        assert_eq!(out.code, Some(row.code), "{args:?}: {out:#?}");
        assert_eq!(out.stdout, "", "{args:?}: stdout must be empty");
        // Every error is one line, clap's usage errors too.
        let first_line = out.stderr.lines().next().unwrap_or_default();
        assert!(
            first_line.starts_with("jwtmint: error: "),
            "{args:?}: stderr starts with `jwtmint: error:`: {out:#?}"
        );
        assert_eq!(
            out.stderr,
            format!("{first_line}\n"),
            "{args:?}: errors are one line"
        );
        assert!(
            out.stderr.contains(row.message),
            "{args:?}: stderr should contain {:?}: {out:#?}",
            row.message
        );
        for leak in [PASSPHRASE, secret.as_str(), "hunter2"] {
            assert!(
                !out.stdout.contains(leak) && !out.stderr.contains(leak),
                "{args:?}: output shows {leak:?}: {out:#?}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 9. Help
// ---------------------------------------------------------------------------------------------

#[test]
fn sign_help_ends_with_an_example() {
    let out = run(jwtmint().args(["sign", "--help"]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert_eq!(out.stderr, "");
    let text = out.stdout.trim_end();
    let example = &text[text.rfind("Example").expect("an example section")..];
    assert!(example.contains("jwtmint sign"), "{example}");
    let last = text.lines().last().unwrap();
    assert!(last.trim_start().starts_with("jwtmint sign"), "{last}");
    assert!(out.stdout.contains("--secret-file"));
    assert!(!out.stdout.contains(PASSPHRASE));
}

/// `public-key --key cert.pem` prints the certificate's public key (the same as from the private
/// key); a public key or an empty file given to `--key` for signing says what it is.
#[test]
fn public_key_of_a_certificate_and_keys_that_cannot_sign() {
    let public = |key: &str, extra: &[&str]| {
        let out = run(jwtmint()
            .args(["public-key", "--key", &path(key)])
            .args(extra));
        assert_eq!(out.code, Some(0), "{key} {extra:?}: {out:#?}");
        out.stdout
    };
    for format in [
        &[][..],
        &["--format", "jwk"],
        &["--format", "jwks"],
        &["--thumbprint"],
    ] {
        assert_eq!(
            public("ec-p256.cert.pem", format),
            public("ec-p256-pkcs8.pem", format),
            "{format:?}"
        );
    }
    let empty = temp_file(b"");
    let empty = empty.path().display().to_string();
    for (key, says) in [
        (path("rsa2048.pub.pem"), "this is a public key"),
        (empty, "the file is empty"),
    ] {
        let out = run(&mut sign(&["--key", &key, "--sub", "joe"]));
        assert_eq!(out.code, Some(1), "{key}: {out:#?}");
        assert!(out.stderr.contains(says), "{key}: {out:#?}");
    }
}
