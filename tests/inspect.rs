//! `jwtmint inspect`, run as a real process: tokens minted by every subcommand, in every output
//! form, pasted back in as printed; signature checks with every kind of key (and the
//! algorithm-confusion attack); times; a service's rules (the Tiledesk vendor sample); the
//! shape of stdout and stderr; and the errors for input that is not a token.

mod common;

use std::io::Write;

use assert_cmd::Command;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};

use common::{decode_unverified, fixture, fixture_bytes, jwtmint, one_line, run, Run, PASSPHRASE};

const PROJECT: &str = "5f8e1a2b3c4d5e6f7a8b9c0d";
const FORMIO_IDS: [&str; 3] = [
    "5c81a2e7f1d3b40012345601",
    "5c81a2e7f1d3b40012345602",
    "5c81a2e7f1d3b40012345603",
];

/// The path of a key fixture, as an argument.
fn path(name: &str) -> String {
    fixture(name).display().to_string()
}

/// `jwtmint inspect ARGS…`.
fn inspect(args: &[&str]) -> Command {
    let mut cmd = jwtmint();
    cmd.arg("inspect").args(args);
    cmd
}

/// `jwtmint ARGS…`, which must print one line: the token, header, URL or JSON body.
fn mint(args: &[&str]) -> String {
    one_line(jwtmint().args(args))
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

/// Every JSON document on `stdout`, in order; panics unless stdout is JSON documents and
/// whitespace only.
fn json_documents(stdout: &str, context: &str) -> Vec<Value> {
    serde_json::Deserializer::from_str(stdout)
        .into_iter::<Value>()
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("{context}: stdout is not JSON documents only: {e}\n{stdout}"))
}

/// The `--format json` report: stdout must be exactly one JSON object, stderr empty.
fn report(out: &Run, context: &str) -> Value {
    let docs = json_documents(&out.stdout, context);
    assert_eq!(docs.len(), 1, "{context}: not one JSON document: {out:#?}");
    assert!(docs[0].is_object(), "{context}: not an object: {out:#?}");
    assert_eq!(
        out.stderr, "",
        "{context}: --format json prints nothing on stderr"
    );
    for key in ["header", "payload", "signature", "problems", "warnings"] {
        assert!(
            docs[0].get(key).is_some(),
            "{context}: no `{key}`: {out:#?}"
        );
    }
    docs[0].clone()
}

/// The report's problems as strings.
fn problems(report: &Value) -> Vec<String> {
    report["problems"]
        .as_array()
        .expect("problems is an array")
        .iter()
        .map(|p| p.as_str().expect("a problem is a string").to_string())
        .collect()
}

/// Asserts a failure before any report: exit `code`, nothing on stdout, and one line on
/// stderr starting `jwtmint: error:` (clap's usage errors, exit 2, have their own shape).
fn assert_error(out: &Run, code: i32, context: &str) {
    assert_eq!(out.code, Some(code), "{context}: {out:#?}");
    assert_eq!(out.stdout, "", "{context}: stdout must be empty: {out:#?}");
    if code == 1 {
        assert_eq!(
            out.stderr.lines().count(),
            1,
            "{context}: one line on stderr: {out:#?}"
        );
        assert!(
            out.stderr.starts_with("jwtmint: error: "),
            "{context}: {out:#?}"
        );
    } else {
        assert!(!out.stderr.is_empty(), "{context}: {out:#?}");
    }
}

/// A token minted with `sign --secret-file hmac-secret-64.txt` and `args`.
fn hs256(args: &[&str]) -> String {
    let secret = path("hmac-secret-64.txt");
    let mut all = vec!["sign", "--secret-file", secret.as_str()];
    all.extend_from_slice(args);
    mint(&all)
}

/// `header.payload.signature` with the payload replaced (the signature kept).
fn with_payload(token: &str, payload: &Value) -> String {
    let parts: Vec<&str> = token.split('.').collect();
    let encoded = URL_SAFE_NO_PAD.encode(payload.to_string());
    format!("{}.{encoded}.{}", parts[0], parts[2])
}

// ---------------------------------------------------------------------------------------------
// 1. Round trips: whatever a subcommand prints, inspect reads back
// ---------------------------------------------------------------------------------------------

struct RoundTrip {
    /// The minting command, fixture names already paths.
    mint: Vec<String>,
    /// The key options for inspect.
    key: Vec<String>,
    /// The service inspect should guess.
    provider: Option<&'static str>,
    alg: &'static str,
    /// What the printed line must start with (the form under test).
    starts_with: &'static str,
}

fn round_trips() -> Vec<RoundTrip> {
    let secret = path("hmac-secret-64.txt");
    let rsa = path("rsa2048-pkcs8.pem");
    let rsa_pub = path("rsa2048.pub.pem");
    let strings = |args: &[&str]| args.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let hs_key = strings(&["--secret-file", &secret]);
    let rs_key = strings(&["--key", &rsa_pub]);
    let [project, form, role] = FORMIO_IDS;
    let formio = |format: &str| {
        strings(&[
            "formio",
            "--secret-file",
            &secret,
            "--project",
            project,
            "--form",
            form,
            "--role",
            role,
            "--data",
            "id=3f2b9c1e-7a4d-4b8e-9c1d",
            "--data",
            "email=joe@example.com",
            "--format",
            format,
        ])
    };
    let tiledesk = |extra: &[&str]| {
        let mut args = strings(&[
            "tiledesk",
            "--secret-file",
            &secret,
            "--project",
            PROJECT,
            "--user-id",
            "u1",
            "--email",
            "ann@example.com",
            "--firstname",
            "Ann",
        ]);
        args.extend(strings(extra));
        args
    };
    let developerhub = |docs: &str, extra: &[&str]| {
        let mut args = strings(&[
            "developerhub",
            "--secret-file",
            &secret,
            "--docs-url",
            docs,
            "--var",
            "user.name=Joe",
        ]);
        args.extend(strings(extra));
        args
    };
    let realm = |format: &str| {
        strings(&[
            "realm",
            "--key",
            &rsa,
            "--user-id",
            "joe",
            "--format",
            format,
        ])
    };
    let sign = |key: &[&str], format: &str| {
        let mut args = strings(&["sign", "--sub", "joe", "--expires-in", "1h"]);
        args.extend(strings(key));
        args.extend(strings(&["--format", format]));
        args
    };
    let case = |mint: Vec<String>,
                key: &[String],
                provider: Option<&'static str>,
                alg: &'static str,
                starts_with: &'static str| RoundTrip {
        mint,
        key: key.to_vec(),
        provider,
        alg,
        starts_with,
    };
    let ec384 = path("ec-p384-pkcs8.pem");
    let ec384_pub = strings(&["--key", &path("ec-p384.pub.pem")]);
    let ed = path("ed25519-pkcs8.pem");
    let ed_pub = strings(&["--key", &path("ed25519.pub.pem")]);
    vec![
        case(
            sign(&["--secret-file", &secret], "token"),
            &hs_key,
            None,
            "HS256",
            "eyJ",
        ),
        case(
            sign(&["--secret-file", &secret], "header"),
            &hs_key,
            None,
            "HS256",
            "Authorization: Bearer eyJ",
        ),
        case(
            sign(&["--secret-file", &secret], "json"),
            &hs_key,
            None,
            "HS256",
            "{\"token\":\"eyJ",
        ),
        case(
            sign(&["--key", &rsa], "header"),
            &rs_key,
            None,
            "RS256",
            "Authorization: Bearer eyJ",
        ),
        case(
            sign(&["--key", &ec384], "json"),
            &ec384_pub,
            None,
            "ES384",
            "{\"token\":\"eyJ",
        ),
        case(
            sign(&["--key", &ed], "token"),
            &ed_pub,
            None,
            "EdDSA",
            "eyJ",
        ),
        case(formio("token"), &hs_key, Some("formio"), "HS256", "eyJ"),
        case(
            formio("header"),
            &hs_key,
            Some("formio"),
            "HS256",
            "x-jwt-token: eyJ",
        ),
        case(
            formio("json"),
            &hs_key,
            Some("formio"),
            "HS256",
            "{\"token\":\"eyJ",
        ),
        case(realm("token"), &rs_key, Some("realm"), "RS256", "eyJ"),
        case(
            realm("json"),
            &rs_key,
            Some("realm"),
            "RS256",
            "{\"token\":\"eyJ",
        ),
        case(
            developerhub("https://docs.example.com", &[]),
            &hs_key,
            Some("developerhub"),
            "HS256",
            "https://docs.example.com?jwt=eyJ",
        ),
        case(
            developerhub(
                "https://docs.example.com/guide?lang=en",
                &["--alg", "HS512", "--single-use"],
            ),
            &hs_key,
            Some("developerhub"),
            "HS512",
            "https://docs.example.com/guide?lang=en&jwt=eyJ",
        ),
        case(
            developerhub("https://docs.example.com", &["--format", "token"]),
            &hs_key,
            Some("developerhub"),
            "HS256",
            "eyJ",
        ),
        case(
            developerhub("https://docs.example.com", &["--format", "json"]),
            &hs_key,
            Some("developerhub"),
            "HS256",
            "{\"token\":\"eyJ",
        ),
        case(
            strings(&[
                "tinymce",
                "--key",
                &rsa,
                "--sub",
                "joe",
                "--name",
                "Joe Bloggs",
                "--drive-root",
                "/joe",
                "--format",
                "json",
            ]),
            &rs_key,
            Some("tinymce"),
            "RS256",
            "{\"token\":\"eyJ",
        ),
        case(
            strings(&[
                "tinymce",
                "--key",
                &rsa,
                "--alg",
                "PS256",
                "--product",
                "ai",
                "--api-key",
                "my-api-key",
                "--sub",
                "joe",
                "--permission",
                "ai:chat",
            ]),
            &rs_key,
            Some("tinymce"),
            "PS256",
            "eyJ",
        ),
        case(tiledesk(&[]), &hs_key, Some("tiledesk"), "HS256", "eyJ"),
        case(
            tiledesk(&["--format", "header"]),
            &hs_key,
            Some("tiledesk"),
            "HS256",
            "Authorization: JWT eyJ",
        ),
        case(
            tiledesk(&["--url", "https://shop.example.com/help"]),
            &hs_key,
            Some("tiledesk"),
            "HS256",
            "https://shop.example.com/help?tiledesk_jwt=JWT%20eyJ",
        ),
        case(
            tiledesk(&["--format", "json", "--alg", "HS384"]),
            &hs_key,
            Some("tiledesk"),
            "HS384",
            "{\"token\":\"eyJ",
        ),
    ]
}

#[test]
fn every_output_form_pipes_into_inspect() {
    for case in round_trips() {
        let args: Vec<&str> = case.mint.iter().map(String::as_str).collect();
        let minted = run(jwtmint().args(&args));
        assert_eq!(minted.code, Some(0), "{args:?}: {minted:#?}");
        assert!(
            minted.stdout.starts_with(case.starts_with),
            "{args:?}: expected {:?}…: {minted:#?}",
            case.starts_with
        );
        let line = minted.stdout.trim_end();
        let key: Vec<&str> = case.key.iter().map(String::as_str).collect();

        // --format json, the whole line as printed on standard input.
        let mut cmd = inspect(&key);
        cmd.args(["--format", "json"])
            .write_stdin(minted.stdout.clone());
        let out = run(&mut cmd);
        let context = format!("{args:?} | inspect --format json");
        assert_eq!(out.code, Some(0), "{context}: {out:#?}");
        let found = report(&out, &context);
        assert_eq!(found["signature"], "valid", "{context}: {found:#}");
        assert_eq!(found["problems"], json!([]), "{context}: {found:#}");
        assert_eq!(found["warnings"], json!([]), "{context}: {found:#}");
        assert_eq!(found["header"]["alg"], case.alg, "{context}: {found:#}");
        assert_eq!(found["header"]["typ"], "JWT", "{context}: {found:#}");
        match case.provider {
            Some(name) => {
                assert_eq!(found["provider"], name, "{context}: {found:#}");
                assert_eq!(found["provider_guessed"], true, "{context}: {found:#}");
            }
            None => assert!(
                found.get("provider").is_none() && found.get("provider_guessed").is_none(),
                "{context}: no service should be guessed: {found:#}"
            ),
        }
        // The payload is the one in the token (found independently of inspect).
        let start = line.find("eyJ").expect("the printed line carries a token");
        let token: String = line[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || "-_.".contains(*c))
            .collect();
        let (_, payload) = decode_unverified(&token);
        assert_eq!(found["payload"], payload, "{context}");

        // Text mode, the line as an argument: the verdict on stderr.
        let mut cmd = inspect(&key);
        cmd.arg(line);
        if let Some(name) = case.provider {
            // Naming the service it was minted for passes too.
            cmd.args(["--provider", name]);
        }
        let out = run(&mut cmd);
        let context = format!("{args:?}, then inspect ARG");
        assert_eq!(out.code, Some(0), "{context}: {out:#?}");
        let docs = json_documents(&out.stdout, &context);
        assert_eq!(docs.len(), 2, "{context}: header, then payload: {out:#?}");
        assert_eq!(docs[1], payload, "{context}");
        assert!(
            out.stderr
                .contains(&format!("signature valid ({}, checked with", case.alg)),
            "{context}: {out:#?}"
        );
        match case.provider {
            Some(name) => assert!(
                out.stderr.contains(&format!("checked as {name}\n")),
                "{context}: {out:#?}"
            ),
            None => assert!(
                out.stderr.contains("no service recognised from the claims"),
                "{context}: {out:#?}"
            ),
        }
        assert!(
            out.stderr.ends_with("OK: no problems found\n"),
            "{context}: {out:#?}"
        );
    }
}

#[test]
fn the_guess_is_named_in_text_mode() {
    let secret = path("hmac-secret-64.txt");
    let token = mint(&[
        "tiledesk",
        "--secret-file",
        &secret,
        "--project",
        PROJECT,
        "--user-id",
        "u1",
    ]);
    let out = run(&mut inspect(&["--secret-file", &secret, &token]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(
        out.stderr
            .contains("checked as tiledesk (guessed from the claims; use --provider to choose)"),
        "{out:#?}"
    );
}

#[test]
fn the_token_is_found_in_whatever_is_pasted() {
    let secret = path("hmac-secret-64.txt");
    let token = hs256(&["--sub", "joe", "--expires-in", "1h"]);
    let pasted = [
        token.clone(),
        format!("  {token}\n\n"),
        format!("\"{token}\""),
        format!("'{token}'"),
        format!("Bearer {token}"),
        format!("Authorization: Bearer {token}"),
        format!("authorization:   bearer {token}"),
        format!("JWT {token}"),
        format!("Authorization: JWT {token}"),
        format!("x-jwt-token: {token}"),
        format!("X-JWT-Token:{token}"),
        format!("https://forms.example.com/project/form?x-jwt-token={token}"),
        format!("https://docs.example.com/a?b=c&jwt={token}#top"),
        format!("https://shop.example.com/help?tiledesk_jwt=JWT%20{token}"),
        format!("https://shop.example.com/help?tiledesk_jwt=JWT+{token}"),
        format!("JWT%20{token}"),
        format!("{{\"token\": \"{token}\"}}"),
        format!("{{\"jwt\":\"{token}\",\"other\":1}}"),
        format!("Host: api.example.com\nAuthorization: Bearer {token}\nAccept: */*\n"),
    ];
    for text in pasted {
        // As the argument…
        let out = run(&mut inspect(&[
            "--secret-file",
            &secret,
            "--format",
            "json",
            &text,
        ]));
        assert_eq!(out.code, Some(0), "{text:?}: {out:#?}");
        let found = report(&out, &text);
        assert_eq!(found["signature"], "valid", "{text:?}");
        assert_eq!(found["payload"]["sub"], "joe", "{text:?}");
        // …and on standard input, with `-` and with nothing.
        for dash in [&["-"][..], &[][..]] {
            let mut cmd = inspect(&["--secret-file", &secret, "--format", "json"]);
            cmd.args(dash).write_stdin(text.clone());
            let out = run(&mut cmd);
            assert_eq!(out.code, Some(0), "{text:?} on stdin {dash:?}: {out:#?}");
            assert_eq!(report(&out, &text)["signature"], "valid", "{text:?}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 2. A service's rules: the Tiledesk vendor sample
// ---------------------------------------------------------------------------------------------

/// What the vendor's Node/PHP samples sign: `id`, `subject` and `audience` as payload keys.
fn tiledesk_vendor_sample() -> String {
    hs256(&[
        "--claim",
        "id=u1",
        "--claim",
        "firstname=Ann",
        "--claim",
        "email=ann@example.com",
        "--claim",
        "subject=userexternal",
        "--claim",
        &format!("audience=https://tiledesk.com/projects/{PROJECT}"),
        "--expires-in",
        "1h",
    ])
}

#[test]
fn the_tiledesk_vendor_sample_is_explained() {
    let secret = path("hmac-secret-64.txt");
    let token = tiledesk_vendor_sample();
    let pasted = format!("JWT {token}");

    let out = run(&mut inspect(&[
        "--provider",
        "tiledesk",
        "--secret-file",
        &secret,
        "--format",
        "json",
        &pasted,
    ]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    let found = report(&out, "vendor sample");
    assert_eq!(found["signature"], "valid");
    assert_eq!(found["provider"], "tiledesk");
    assert_eq!(found["provider_guessed"], false);
    let problems = problems(&found);
    let mentions = |what: &[&str]| {
        problems
            .iter()
            .any(|p| what.iter().all(|needle| p.contains(needle)))
    };
    assert!(mentions(&["`id`", "`_id`"]), "{problems:#?}");
    assert!(mentions(&["`aud`", "missing"]), "{problems:#?}");
    assert!(mentions(&["`sub`", "userexternal"]), "{problems:#?}");
    assert!(mentions(&["`subject`"]), "{problems:#?}");
    assert!(mentions(&["`audience`", "`aud`"]), "{problems:#?}");
    assert!(
        problems[0].starts_with("`id` should be `_id`"),
        "{problems:#?}"
    );

    // Text mode: each problem on its own line, the payload on stdout.
    let out = run(&mut inspect(&[
        "--provider",
        "tiledesk",
        "--secret-file",
        &secret,
        &pasted,
    ]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    let docs = json_documents(&out.stdout, "vendor sample, text");
    assert_eq!(docs.len(), 2, "{out:#?}");
    assert_eq!(docs[1]["id"], "u1");
    for line in [
        "checked as tiledesk\n",
        "problem: `id` should be `_id`",
        "problem: `aud` missing",
        "problem: `sub` must be `userexternal`",
    ] {
        assert!(out.stderr.contains(line), "{line:?} missing: {out:#?}");
    }
    assert!(
        out.stderr
            .ends_with(&format!("FAILED: {} problems\n", problems.len())),
        "{out:#?}"
    );

    // Without --provider the sample is recognised as a Tiledesk token, and said so.
    let out = run(&mut inspect(&["--format", "json", &token]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    let found = report(&out, "vendor sample, guessed");
    assert_eq!(found["provider"], "tiledesk");
    assert_eq!(found["provider_guessed"], true);
    assert_eq!(found["signature"], "unchecked");
    let out = run(&mut inspect(&[&token]));
    assert!(
        out.stderr
            .contains("checked as tiledesk (guessed from the claims; use --provider to choose)"),
        "{out:#?}"
    );
}

#[test]
fn a_good_token_checked_as_another_service_fails() {
    let secret = path("hmac-secret-64.txt");
    let [project, form, role] = FORMIO_IDS;
    let token = mint(&[
        "formio",
        "--secret-file",
        &secret,
        "--project",
        project,
        "--form",
        form,
        "--role",
        role,
        "--data",
        "id=3f2b9c1e-7a4d-4b8e-9c1d",
    ]);
    for provider in ["realm", "tiledesk", "developerhub", "tinymce"] {
        let out = run(&mut inspect(&[
            "--secret-file",
            &secret,
            "--provider",
            provider,
            "--format",
            "json",
            &token,
        ]));
        assert_eq!(out.code, Some(1), "{provider}: {out:#?}");
        let found = report(&out, provider);
        assert_eq!(found["provider"], provider);
        assert!(!problems(&found).is_empty(), "{provider}: {found:#}");
    }
    // …and as the service it is for, it passes.
    let out = run(&mut inspect(&[
        "--provider",
        "formio",
        "--secret-file",
        &secret,
        &token,
    ]));
    assert_eq!(out.code, Some(0), "{out:#?}");
}

// ---------------------------------------------------------------------------------------------
// 3. The signature
// ---------------------------------------------------------------------------------------------

/// Runs `inspect --format json ARGS… TOKEN` with extra environment; returns (exit, report).
fn checked(token: &str, args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, Value) {
    let mut cmd = inspect(args);
    cmd.args(["--format", "json", token]);
    for (name, value) in env {
        cmd.env(name, value);
    }
    let out = run(&mut cmd);
    let context = format!("inspect {args:?} {env:?}");
    let found = report(&out, &context);
    (out.code, found)
}

fn assert_valid(token: &str, args: &[&str], env: &[(&str, &str)]) {
    let (code, found) = checked(token, args, env);
    assert_eq!(found["signature"], "valid", "{args:?} {env:?}: {found:#}");
    assert_eq!(code, Some(0), "{args:?} {env:?}: {found:#}");
}

fn assert_invalid(token: &str, args: &[&str], env: &[(&str, &str)]) -> Vec<String> {
    let (code, found) = checked(token, args, env);
    assert_eq!(found["signature"], "invalid", "{args:?} {env:?}: {found:#}");
    assert_eq!(code, Some(1), "{args:?} {env:?}: {found:#}");
    let problems = problems(&found);
    assert!(
        problems[0].starts_with("signature invalid: "),
        "{problems:#?}"
    );
    problems
}

#[test]
fn hmac_signatures_with_a_secret_file_or_the_environment() {
    let secret = path("hmac-secret-64.txt");
    let secret_text = String::from_utf8(common::secret_64()).unwrap();
    for alg in ["HS256", "HS384", "HS512"] {
        let token = hs256(&["--alg", alg, "--sub", "joe"]);
        assert_valid(&token, &["--secret-file", &secret], &[]);
        assert_valid(&token, &[], &[("JWTMINT_SECRET", &secret_text)]);
        // The flag wins over the environment.
        assert_valid(
            &token,
            &["--secret-file", &secret],
            &[("JWTMINT_SECRET", "another secret, not this one")],
        );
        // The wrong secret.
        let other = path("hmac-secret-short.txt");
        let problems = assert_invalid(&token, &["--secret-file", &other], &[]);
        assert!(problems[0].contains("does not match"), "{problems:#?}");
        assert_invalid(&token, &[], &[("JWTMINT_SECRET", "wrong")]);
    }
    // The secret on standard input, the token as the argument.
    let token = hs256(&["--sub", "joe"]);
    let mut cmd = inspect(&["--secret-file", "-", "--format", "json", &token]);
    cmd.write_stdin(fixture_bytes("hmac-secret-64.txt"));
    let out = run(&mut cmd);
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert_eq!(report(&out, "secret on stdin")["signature"], "valid");
    // A secret file with CRLF loses the CRLF, as when minting.
    let crlf = temp_file(format!("{secret_text}\r\n").as_bytes());
    assert_valid(
        &token,
        &["--secret-file", crlf.path().to_str().unwrap()],
        &[],
    );
}

#[test]
fn a_changed_token_is_invalid() {
    let secret = path("hmac-secret-64.txt");
    let token = hs256(&["--sub", "joe", "--expires-in", "1h"]);
    let (_, payload) = decode_unverified(&token);
    let mut admin = payload.clone();
    admin["sub"] = json!("admin");
    assert_invalid(
        &with_payload(&token, &admin),
        &["--secret-file", &secret],
        &[],
    );
    // Same payload, re-encoded (a different byte string): also not what was signed.
    let pretty = URL_SAFE_NO_PAD.encode(serde_json::to_string_pretty(&payload).unwrap());
    let parts: Vec<&str> = token.split('.').collect();
    let reencoded = format!("{}.{pretty}.{}", parts[0], parts[2]);
    assert_invalid(&reencoded, &["--secret-file", &secret], &[]);
    // A signature cut short, or removed.
    let cut = &token[..token.len() - 4];
    assert_invalid(cut, &["--secret-file", &secret], &[]);
    let stripped = format!("{}.{}.", parts[0], parts[1]);
    assert_invalid(&stripped, &["--secret-file", &secret], &[]);

    // Same for RS256 with the public key.
    let rsa = path("rsa2048-pkcs8.pem");
    let token = mint(&["sign", "--key", &rsa, "--sub", "joe"]);
    let (_, mut payload) = decode_unverified(&token);
    payload["sub"] = json!("admin");
    assert_invalid(
        &with_payload(&token, &payload),
        &["--key", &path("rsa2048.pub.pem")],
        &[],
    );
    // Text mode says INVALID on stderr, still prints the token's contents.
    let changed = with_payload(&token, &payload);
    let out = run(&mut inspect(&["--key", &path("rsa2048.pub.pem"), &changed]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert_eq!(json_documents(&out.stdout, "changed").len(), 2);
    assert!(out.stderr.contains("signature INVALID: "), "{out:#?}");
    assert!(out.stderr.ends_with("FAILED: 1 problem\n"), "{out:#?}");
}

#[test]
fn rsa_signatures_with_every_kind_of_key() {
    let token = mint(&[
        "sign",
        "--key",
        &path("rsa2048-pkcs1.pem"),
        "--sub",
        "joe",
        "--expires-in",
        "1h",
    ]);
    let pass = path("passphrase.txt");
    for key in [
        "rsa2048.pub.pem",
        "rsa2048.pkcs1pub.pem",
        "rsa2048.cert.pem",
        "rsa2048-pkcs1.pem",
        "rsa2048-pkcs8.pem",
    ] {
        assert_valid(&token, &["--key", &path(key)], &[]);
    }
    // Encrypted private keys: the passphrase from a file or from the environment.
    for key in [
        "rsa2048-pkcs8-pbkdf2-sha256-aes256.pem",
        "rsa2048-legacy-aes256.pem",
        "rsa2048-legacy-des3.pem",
    ] {
        assert_valid(
            &token,
            &["--key", &path(key), "--passphrase-file", &pass],
            &[],
        );
        assert_valid(
            &token,
            &["--key", &path(key)],
            &[("JWTMINT_PASSPHRASE", PASSPHRASE)],
        );
    }
    // The key from JWTMINT_KEY_FILE.
    assert_valid(
        &token,
        &[],
        &[("JWTMINT_KEY_FILE", &path("rsa2048.cert.pem"))],
    );
    // Every RSA algorithm.
    for alg in ["RS384", "RS512", "PS256", "PS384", "PS512"] {
        let token = mint(&["sign", "--key", &path("rsa2048-pkcs8.pem"), "--alg", alg]);
        assert_valid(&token, &["--key", &path("rsa2048.pub.pem")], &[]);
    }
    // Another RSA key.
    assert_invalid(&token, &["--key", &path("rsa4096.pub.pem")], &[]);
    // A key of another kind.
    let problems = assert_invalid(&token, &["--key", &path("ec-p256.pub.pem")], &[]);
    assert!(
        problems[0].contains("the token says RS256 but the key is EC P-256"),
        "{problems:#?}"
    );
    // A secret for an RSA token.
    let problems = assert_invalid(&token, &["--secret-file", &path("hmac-secret-64.txt")], &[]);
    assert!(problems[0].contains("HMAC secret"), "{problems:#?}");
}

#[test]
fn ec_and_eddsa_signatures() {
    let pass = path("passphrase.txt");
    let cases = [
        (
            "ec-p256-pkcs8.pem",
            "ES256",
            "ec-p256.pub.pem",
            "ec-p256-pkcs8-pbkdf2-sha256-aes256.pem",
        ),
        (
            "ec-p384-sec1.pem",
            "ES384",
            "ec-p384.pub.pem",
            "ec-p384-legacy-aes128.pem",
        ),
        (
            "ed25519-pkcs8.pem",
            "EdDSA",
            "ed25519.pub.pem",
            "ed25519-pkcs8-pbkdf2-sha256-aes256.pem",
        ),
    ];
    for (private, alg, public, encrypted) in cases {
        let token = mint(&["sign", "--key", &path(private), "--sub", "joe"]);
        assert_eq!(decode_unverified(&token).0["alg"], alg);
        assert_valid(&token, &["--key", &path(public)], &[]);
        assert_valid(&token, &["--key", &path(private)], &[]);
        assert_valid(
            &token,
            &["--key", &path(encrypted), "--passphrase-file", &pass],
            &[],
        );
        // The RSA public key does not check it.
        assert_invalid(&token, &["--key", &path("rsa2048.pub.pem")], &[]);
    }
    // P-256 and P-384 are not interchangeable.
    let token = mint(&["sign", "--key", &path("ec-p256-pkcs8.pem")]);
    assert_invalid(&token, &["--key", &path("ec-p384.pub.pem")], &[]);
}

/// An HS256 token over `{"sub":"admin"}` keyed with `secret`, made here, not by jwtmint.
fn forged_hs256(secret: &[u8]) -> String {
    let payload = format!(r#"{{"sub":"admin","exp":{}}}"#, now() + 3600);
    hs256_raw(r#"{"alg":"HS256","typ":"JWT"}"#, &payload, secret)
}

/// An HS256 token of exactly this header and payload text, keyed with `secret`: for headers
/// and payloads jwtmint would never write.
fn hs256_raw(header: &str, payload: &str, secret: &[u8]) -> String {
    use hmac::{Hmac, Mac};
    let input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header),
        URL_SAFE_NO_PAD.encode(payload)
    );
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret).expect("HMAC takes any key");
    mac.update(input.as_bytes());
    format!(
        "{input}.{}",
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    )
}

/// RFC 7515 §4.1.11: a token whose `crit` lists what the recipient does not understand is
/// rejected (issue 18 #4), as is an empty or non-array `crit`; the signature is good.
#[test]
fn a_critical_header_jwtmint_does_not_understand_is_rejected() {
    let secret = common::secret_64();
    let payload = format!(r#"{{"sub":"joe","exp":{}}}"#, now() + 3600);
    let good = hs256_raw(r#"{"alg":"HS256"}"#, &payload, &secret);
    let secret_file = path("hmac-secret-64.txt");
    let key = ["--secret-file", secret_file.as_str()];
    assert_valid(&good, &key, &[]);
    for (header, says) in [
        (
            r#"{"alg":"HS256","crit":["x-policy"],"x-policy":"strict"}"#,
            r#"`crit` lists "x-policy""#,
        ),
        (
            r#"{"alg":"HS256","crit":["b64"],"b64":false}"#,
            r#"lists "b64""#,
        ),
        (r#"{"alg":"HS256","crit":["exp"]}"#, r#"lists "exp""#),
        (r#"{"alg":"HS256","crit":[]}"#, "`crit` is empty"),
        (r#"{"alg":"HS256","crit":"x-policy"}"#, "must be an array"),
    ] {
        let token = hs256_raw(header, &payload, &secret);
        let (code, found) = checked(&token, &key, &[]);
        assert_eq!(code, Some(1), "{header}: {found:#}");
        assert_eq!(found["signature"], "valid", "{header}: {found:#}");
        let problems = problems(&found);
        assert!(
            problems
                .iter()
                .any(|p| p.contains(says) && p.contains("4.1.11")),
            "{header}: {problems:#?}"
        );
    }
}

#[test]
fn an_hmac_token_keyed_with_the_public_key_is_not_valid() {
    // The algorithm-confusion attack: the attacker signs HS256 with the server's public key
    // file as the secret, hoping the verifier uses the key it was given as an HMAC secret.
    let public = path("rsa2048.pub.pem");
    let public_text = String::from_utf8(fixture_bytes("rsa2048.pub.pem")).unwrap();
    // jwtmint refuses to mint these (issue 18 #1): the forger's own HMAC makes them.
    let forged_file = forged_hs256(public_text.trim_end_matches('\n').as_bytes());
    let forged_env = forged_hs256(public_text.as_bytes());
    assert_ne!(forged_file, forged_env);
    for forged in [&forged_file, &forged_env] {
        assert_eq!(decode_unverified(forged).0["alg"], "HS256");
        for key in ["rsa2048.pub.pem", "rsa2048.cert.pem", "rsa2048-pkcs8.pem"] {
            let problems = assert_invalid(forged, &["--key", &path(key)], &[]);
            assert!(
                problems[0].contains("the token says HS256 but the key is RSA")
                    && problems[0].contains("algorithm-confusion"),
                "{problems:#?}"
            );
        }
        // Also with the key only in the environment: JWTMINT_KEY_FILE never checks an HS token.
        let (code, found) = checked(forged, &[], &[("JWTMINT_KEY_FILE", &public)]);
        assert_ne!(found["signature"], "valid", "{found:#}");
        assert_eq!(code, Some(0), "unchecked, not failed: {found:#}");
        let (code, _) = checked(
            forged,
            &["--require-valid"],
            &[("JWTMINT_KEY_FILE", &public)],
        );
        assert_eq!(code, Some(1));
    }
    // In text mode, the reason is on stderr.
    let out = run(&mut inspect(&["--key", &public, &forged_file]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(
        out.stderr
            .contains("signature INVALID: the token says HS256 but the key is RSA"),
        "{out:#?}"
    );
}

#[test]
fn without_a_key_the_signature_is_not_checked() {
    let token = hs256(&["--sub", "joe", "--expires-in", "1h"]);
    let out = run(&mut inspect(&[&token]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(
        out.stderr.contains(
            "signature NOT checked: no key given; HS256 is checked with --secret-file PATH or \
             JWTMINT_SECRET"
        ),
        "{out:#?}"
    );
    assert!(!out.stdout.contains("NOT checked"), "{out:#?}");
    assert!(out.stderr.ends_with("OK: no problems found\n"), "{out:#?}");
    let (code, found) = checked(&token, &[], &[]);
    assert_eq!(code, Some(0));
    assert_eq!(found["signature"], "unchecked");
    assert_eq!(found["problems"], json!([]));

    // --require-valid: not checked is a failed check.
    let out = run(&mut inspect(&["--require-valid", &token]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(out.stderr.contains("signature NOT checked"), "{out:#?}");
    assert!(out.stderr.contains("--require-valid"), "{out:#?}");
    assert!(out.stderr.ends_with("FAILED: 1 problem\n"), "{out:#?}");
    let (code, found) = checked(&token, &["--require-valid"], &[]);
    assert_eq!(code, Some(1));
    assert_eq!(found["signature"], "unchecked");
    assert_eq!(problems(&found).len(), 1, "{found:#}");
    // …and passes when it is checked.
    let (code, _) = checked(
        &token,
        &[
            "--require-valid",
            "--secret-file",
            &path("hmac-secret-64.txt"),
        ],
        &[],
    );
    assert_eq!(code, Some(0));

    // An RS256 token names --key.
    let token = mint(&["sign", "--key", &path("rsa2048-pkcs8.pem")]);
    let out = run(&mut inspect(&[&token]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(
        out.stderr
            .contains("signature NOT checked: no key given; RS256 is checked with --key"),
        "{out:#?}"
    );
    // A secret in the environment does not count as a key for it.
    let (code, found) = checked(&token, &[], &[("JWTMINT_SECRET", "x")]);
    assert_eq!(
        (code, found["signature"].clone()),
        (Some(0), json!("unchecked"))
    );
}

#[test]
fn an_unsigned_token_always_fails() {
    let header = URL_SAFE_NO_PAD.encode(r#"{"alg":"none","typ":"JWT"}"#);
    let payload = URL_SAFE_NO_PAD.encode(r#"{"sub":"admin"}"#);
    let token = format!("{header}.{payload}.");
    for args in [&[][..], &["--secret-file", &path("hmac-secret-64.txt")][..]] {
        let (code, found) = checked(&token, args, &[]);
        assert_eq!(code, Some(1), "{args:?}: {found:#}");
        assert_eq!(found["signature"], "invalid", "{found:#}");
        assert!(
            problems(&found).iter().any(|p| p.contains("`none`")),
            "{found:#}"
        );
    }
}

#[test]
fn key_errors_are_reported_not_guessed() {
    let token = mint(&["sign", "--key", &path("rsa2048-pkcs8.pem")]);
    // An encrypted key without its passphrase, and no terminal to ask on.
    let out = run(&mut inspect(&[
        "--key",
        &path("rsa2048-pkcs8-pbkdf2-sha256-aes256.pem"),
        &token,
    ]));
    assert_error(&out, 1, "no passphrase");
    assert!(out.stderr.contains("JWTMINT_PASSPHRASE"), "{out:#?}");
    assert!(out.stderr.contains("--passphrase-file"), "{out:#?}");
    // The wrong passphrase.
    let wrong = temp_file(b"not the passphrase");
    let out = run(&mut inspect(&[
        "--key",
        &path("rsa2048-pkcs8-pbkdf2-sha256-aes256.pem"),
        "--passphrase-file",
        wrong.path().to_str().unwrap(),
        &token,
    ]));
    assert_error(&out, 1, "wrong passphrase");
    // A key file that does not exist.
    let out = run(&mut inspect(&["--key", "/nonexistent/key.pem", &token]));
    assert_error(&out, 1, "missing key");
    assert!(out.stderr.contains("/nonexistent/key.pem"), "{out:#?}");
    // Not a key.
    let out = run(&mut inspect(&[
        "--key",
        &path("hmac-secret-64.txt"),
        &token,
    ]));
    assert_error(&out, 1, "not a key");
    // Both a secret and a key: a usage error.
    let out = run(&mut inspect(&[
        "--secret-file",
        &path("hmac-secret-64.txt"),
        "--key",
        &path("rsa2048.pub.pem"),
        &token,
    ]));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert_eq!(out.stdout, "");
    // The token and the secret cannot both come from standard input.
    let mut cmd = inspect(&["--secret-file", "-"]);
    cmd.write_stdin(token.clone());
    let out = run(&mut cmd);
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert_eq!(out.stdout, "");
}

// ---------------------------------------------------------------------------------------------
// 4. Times, and the shape of the output
// ---------------------------------------------------------------------------------------------

#[test]
fn an_expired_token_fails_and_its_times_are_shown() {
    let secret = path("hmac-secret-64.txt");
    let token = hs256(&[
        "--sub",
        "joe",
        "--exp",
        "1700000000",
        "--allow-expired",
        "--iat",
        "1690000000",
    ]);

    // Text mode: stdout is the header then the payload, as JSON, and nothing else.
    let out = run(&mut inspect(&["--secret-file", &secret, &token]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    let docs = json_documents(&out.stdout, "expired, text");
    assert_eq!(
        docs,
        [
            json!({"alg": "HS256", "typ": "JWT"}),
            json!({"sub": "joe", "iat": 1690000000, "exp": 1700000000})
        ]
    );
    assert!(out.stdout.ends_with("}\n"), "{out:#?}");
    assert!(
        out.stdout.contains("\n  \"sub\": \"joe\""),
        "pretty JSON: {out:#?}"
    );
    assert!(
        !out.stdout.contains("2023-"),
        "times go to stderr: {out:#?}"
    );
    // The times as RFC 3339, with the time since expiry, on stderr.
    assert!(
        out.stderr.contains("\niat 2023-07-22T04:26:40Z (issued "),
        "{out:#?}"
    );
    assert!(
        out.stderr.contains("\nexp 2023-11-14T22:13:20Z (EXPIRED "),
        "{out:#?}"
    );
    for line in out
        .stderr
        .lines()
        .filter(|l| l.starts_with("exp ") || l.starts_with("iat "))
    {
        let when = line.split(' ').nth(1).unwrap();
        assert!(
            chrono::DateTime::parse_from_rfc3339(when).is_ok(),
            "{when} is not RFC 3339"
        );
    }
    assert!(out.stderr.contains("signature valid"), "{out:#?}");
    assert!(
        out.stderr.contains("problem: expired 1")
            && out.stderr.contains("(exp 2023-11-14T22:13:20Z)"),
        "{out:#?}"
    );
    assert!(out.stderr.ends_with("FAILED: 1 problem\n"), "{out:#?}");

    // --format json: exactly one JSON object on stdout, nothing on stderr.
    let out = run(&mut inspect(&[
        "--secret-file",
        &secret,
        "--format",
        "json",
        &token,
    ]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    let found = report(&out, "expired, json");
    assert_eq!(found["signature"], "valid");
    assert_eq!(found["payload"]["exp"], 1700000000);
    let problems = problems(&found);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].starts_with("expired "), "{problems:#?}");
    assert!(
        problems[0].contains("2023-11-14T22:13:20Z"),
        "{problems:#?}"
    );
}

#[test]
fn a_live_token_shows_the_time_left() {
    let token = hs256(&["--sub", "joe", "--expires-in", "2h"]);
    let out = run(&mut inspect(&[&token]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    let exp_line = out
        .stderr
        .lines()
        .find(|l| l.starts_with("exp "))
        .unwrap_or_else(|| panic!("no exp line: {out:#?}"));
    // 2h, or 1h59m… when the clock ticked between minting and inspecting.
    assert!(
        exp_line.ends_with("(expires in 2h)") || exp_line.contains("(expires in 1h59m"),
        "{exp_line}"
    );
    // No exp at all is said plainly.
    let token = hs256(&["--sub", "joe"]);
    let out = run(&mut inspect(&[&token]));
    assert!(
        out.stderr.contains("exp none (the token never expires)"),
        "{out:#?}"
    );
}

#[test]
fn tokens_not_valid_yet_or_issued_in_the_future_fail() {
    let later = (now() + 7200).to_string();
    for (args, expected) in [
        (vec!["--nbf", "1h"], "not valid yet"),
        (
            vec!["--iat", later.as_str(), "--expires-in", "1h"],
            "`iat` is ",
        ),
    ] {
        let token = hs256(&args);
        let (code, found) = checked(&token, &["--secret-file", &path("hmac-secret-64.txt")], &[]);
        assert_eq!(code, Some(1), "{args:?}: {found:#}");
        assert!(
            problems(&found).iter().any(|p| p.starts_with(expected)),
            "{args:?}: {found:#}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Usage errors and input that is not a token
// ---------------------------------------------------------------------------------------------

#[test]
fn an_unknown_provider_is_a_usage_error() {
    let token = hs256(&["--sub", "joe"]);
    for name in ["okta", "github", ""] {
        let out = run(&mut inspect(&["--provider", name, &token]));
        assert_error(&out, 2, name);
        assert!(
            out.stderr.contains("formio"),
            "lists the known names: {out:#?}"
        );
    }
    let out = run(&mut inspect(&["--format", "yaml", &token]));
    assert_error(&out, 2, "--format yaml");
    let out = run(&mut inspect(&["--no-such-flag", &token]));
    assert_error(&out, 2, "unknown flag");
}

#[test]
fn input_that_is_not_a_token_is_one_error_line() {
    let header = URL_SAFE_NO_PAD.encode(r#"{"alg":"HS256"}"#);
    let jwe = "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGeipsEdY3mx_etLbbWSrFr05kLzcSr4qKAq7YN7e9jwQRb23nfa6c9d-StnImGyFDbSv04uVuxIp5Zms1gNxKKK2Da14B8S4rzVRltdYwam_lDp5XnZAYpQdb76FdIKLaVmqgfwX7XWRxv2322i-vDxRfqNzo_tETKzpVLzfiwQyeyPGLBIO56YJ7eObdv0je81860ppamavo35UgoRdbYaBcoh9QcfylQr66oc6vFWXRcZ_ZT2LawVCWTIy3brGPi6UklfCpIMfIjf7iGdXKHzg.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A.XFBoMYUZodetZdvTiFvSkQ";
    let cases: [(&str, String, &str); 11] = [
        ("a word", "not-a-token".to_string(), "three parts"),
        ("two parts", "abc.def".to_string(), "three parts"),
        ("a JWE", jwe.to_string(), "encrypted"),
        ("spaces", "eyJ a.b c.d".to_string(), "spaces"),
        ("not base64url", "!!!.eyJ.sig".to_string(), "header"),
        ("standard base64", "eyJ+/=.eyJ.sig".to_string(), "base64url"),
        (
            "header not JSON",
            format!("{}.e30.sig", URL_SAFE_NO_PAD.encode("hello")),
            "not JSON",
        ),
        (
            "payload not an object",
            format!("{header}.{}.sig", URL_SAFE_NO_PAD.encode("[1]")),
            "payload",
        ),
        (
            "a URL without a token",
            "https://example.com/?page=1".to_string(),
            "no token",
        ),
        (
            "JSON without a token",
            "{\"access\":\"x\"}".to_string(),
            "no token",
        ),
        ("broken JSON", "{\"token\":".to_string(), "not JSON"),
    ];
    for (what, text, needle) in &cases {
        for json in [false, true] {
            let mut cmd = inspect(&[]);
            if json {
                cmd.args(["--format", "json"]);
            }
            let out = run(cmd.arg(text));
            assert_error(&out, 1, what);
            assert!(out.stderr.contains(needle), "{what}: {needle:?}: {out:#?}");
        }
        // The same on standard input.
        let mut cmd = inspect(&[]);
        cmd.write_stdin(format!("{text}\n"));
        assert_error(&run(&mut cmd), 1, what);
    }
    // Empty standard input, with and without `-`, and an empty argument.
    for args in [&[][..], &["-"][..], &[""][..]] {
        let out = run(&mut inspect(args));
        assert_error(&out, 1, &format!("empty input {args:?}"));
        assert!(out.stderr.contains("empty"), "{out:#?}");
    }
    let mut cmd = inspect(&[]);
    cmd.write_stdin("  \n\n");
    assert_error(&run(&mut cmd), 1, "blank stdin");
    // Far too much on standard input.
    let mut cmd = inspect(&[]);
    cmd.write_stdin(vec![b'a'; 2 << 20]);
    assert_error(&run(&mut cmd), 1, "2 MiB of stdin");
}

// ---------------------------------------------------------------------------------------------
// 6. Expectations, JWK/JWKS keys, service secrets, tokens in URL paths
// ---------------------------------------------------------------------------------------------

/// A file of `tests/fixtures/services/ci/`, as an argument.
fn ci_fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/services/ci")
        .join(name);
    path.display().to_string()
}

#[test]
fn expectations_each_unmet_one_is_a_problem() {
    let secret = path("hmac-secret-64.txt");
    let token = hs256(&[
        "--sub", "joe", "--iss", "me", "--aud", "web", "--aud", "api",
    ]);
    let met = [
        "--iss", "me", "--aud", "api", "--sub", "joe", "--alg", "hs256", "--alg", "RS256",
    ];
    let (code, found) = checked(
        &token,
        &[&["--secret-file", &secret][..], &met].concat(),
        &[],
    );
    assert_eq!(code, Some(0), "{found:#}");
    assert_eq!(problems(&found), Vec::<String>::new());

    let unmet = [
        "--iss", "you", "--aud", "other", "--sub", "ann", "--alg", "ES256", "--alg", "EdDSA",
    ];
    let (code, found) = checked(&token, &unmet, &[]);
    assert_eq!(code, Some(1), "{found:#}");
    assert_eq!(
        problems(&found),
        [
            "`iss` is \"me\", and --iss expects \"you\"",
            "`sub` is \"joe\", and --sub expects \"ann\"",
            "`aud` is [\"web\",\"api\"], which does not include \"other\" (--aud)",
            "alg is \"HS256\", and --alg allows ES256, EdDSA",
        ]
    );
    // In the text report too, one line each, and a claim that is missing.
    let out = run(&mut inspect(&[
        "--secret-file",
        &secret,
        "--iss",
        "you",
        &hs256(&["--aud", "api"]),
    ]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(
        out.stderr
            .contains("problem: no `iss` claim, and --iss expects \"you\"\n"),
        "{out:#?}"
    );
    assert!(out.stderr.ends_with("FAILED: 1 problem\n"), "{out:#?}");
    // `aud` as a string matches too.
    let (code, found) = checked(&hs256(&["--aud", "api"]), &["--aud", "api"], &[]);
    assert_eq!(code, Some(0), "{found:#}");

    // `--alg none` and names jwtmint does not know are usage errors; so is a negative leeway.
    for args in [
        &["--alg", "none"][..],
        &["--alg", "XS256"],
        &["--leeway", "-5s"],
        &["--leeway", "soon"],
    ] {
        let out = run(&mut inspect(&[args, &[token.as_str()]].concat()));
        assert_error(&out, 2, &format!("{args:?}"));
    }
}

#[test]
fn leeway_applies_to_exp_nbf_and_iat() {
    let secret = path("hmac-secret-64.txt");
    // Expired 10 seconds ago, valid from 10 seconds on, issued 2 minutes ahead.
    let ahead = (now() + 120).to_string();
    let token = hs256(&[
        "--iat",
        &ahead,
        "--exp",
        &(now() - 10).to_string(),
        "--nbf",
        "-110s",
        "--allow-expired",
    ]);
    let (code, found) = checked(&token, &["--secret-file", &secret], &[]);
    assert_eq!(code, Some(1), "{found:#}");
    assert_eq!(problems(&found).len(), 3, "{found:#}");
    let (code, found) = checked(&token, &["--secret-file", &secret, "--leeway", "1m"], &[]);
    assert_eq!(code, Some(1), "{found:#}");
    let found = problems(&found);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("`iat` is "), "{found:#?}");
    let (code, found) = checked(&token, &["--secret-file", &secret, "--leeway", "3m"], &[]);
    assert_eq!(code, Some(0), "{found:#}");
}

#[test]
fn es512_and_es256k_with_jwk_and_jwks_keys() {
    // The JWK's kid is given explicitly, so that the test does not depend on `sign` copying it.
    let es512 = mint(&["sign", "--key", &path("ec-p521.jwk"), "--kid", "p521"]);
    let es256k = mint(&["sign", "--key", &path("ec-secp256k1.jwk"), "--kid", "k1"]);
    assert_eq!(decode_unverified(&es512).0["alg"], "ES512");
    assert_eq!(decode_unverified(&es256k).0["alg"], "ES256K");
    for key in ["ec-p521.jwk", "ec-p521-pkcs8.pem", "ec-p521-sec1.pem"] {
        assert_valid(&es512, &["--key", &path(key), "--alg", "ES512"], &[]);
    }
    for key in ["ec-secp256k1.jwk", "ec-secp256k1-sec1.pem"] {
        assert_valid(&es256k, &["--key", &path(key), "--alg", "ES256K"], &[]);
    }
    // From a JWKS, the key is picked by the token's kid.
    assert_valid(&es512, &["--key", &path("jwks-one-private.json")], &[]);
    let public_jwks = {
        let mut keys = Vec::new();
        for name in ["ec-secp256k1.jwk", "ec-p521.jwk", "rsa2048.pub.jwk"] {
            let mut jwk: Value = serde_json::from_slice(&fixture_bytes(name)).unwrap();
            jwk.as_object_mut().unwrap().remove("d");
            keys.push(jwk);
        }
        temp_file(json!({ "keys": keys }).to_string().as_bytes())
    };
    let jwks = public_jwks.path().to_str().unwrap();
    assert_valid(&es512, &["--key", jwks], &[]);
    assert_valid(&es256k, &["--key", jwks], &[]);
    // Each curve's key does not check the other's token.
    assert_invalid(&es512, &["--key", &path("ec-secp256k1.jwk")], &[]);
    assert_invalid(&es256k, &["--key", &path("ec-p521.jwk")], &[]);

    // No key matches the kid: the error names the kids the JWKS has.
    for format in [&[][..], &["--format", "json"]] {
        let out = run(&mut inspect(
            &[
                &["--key", &path("jwks-two-private.json")][..],
                format,
                &[es256k.as_str()],
            ]
            .concat(),
        ));
        assert_error(&out, 1, "no kid matches");
        assert!(out.stderr.contains("`k1`"), "{out:#?}");
        for kid in ["rsa-1", "ec256-1", "ed-1"] {
            assert!(out.stderr.contains(&format!("`{kid}`")), "{out:#?}");
        }
    }
}

#[test]
fn a_ghost_admin_key_is_read_as_ghost_reads_it() {
    let key_file = ci_fixture("ghost-admin-api-key.txt");
    let key = std::fs::read_to_string(&key_file).unwrap();
    let token = mint(&["ghost", "--secret-file", &key_file]);
    // Named, guessed, and from JWTMINT_SECRET.
    assert_valid(
        &token,
        &["--provider", "ghost", "--secret-file", &key_file],
        &[],
    );
    assert_valid(&token, &["--secret-file", &key_file], &[]);
    assert_valid(&token, &[], &[("JWTMINT_SECRET", key.trim())]);
    // Another service's rules read the key as plain bytes: not Ghost's key then.
    let (_, found) = checked(
        &token,
        &["--provider", "metabase", "--secret-file", &key_file],
        &[],
    );
    assert_eq!(found["signature"], "invalid", "{found:#}");
    // A secret that is not an Admin API key: an error when Ghost is named, taken as given
    // (and saying why) when Ghost was only guessed.
    let plain = path("hmac-secret-64.txt");
    let out = run(&mut inspect(&[
        "--provider",
        "ghost",
        "--secret-file",
        &plain,
        &token,
    ]));
    assert_error(&out, 1, "not a Ghost key");
    assert!(out.stderr.contains("ID:SECRET"), "{out:#?}");
    assert!(!out
        .stderr
        .contains(&String::from_utf8(common::secret_64()).unwrap()));
    let problems = assert_invalid(&token, &["--secret-file", &plain], &[]);
    assert!(problems[0].contains("taken as given"), "{problems:#?}");
}

#[test]
fn a_metabase_embed_url_carries_the_token_in_its_path() {
    let secret = path("hmac-secret-64.txt");
    let url = mint(&[
        "metabase",
        "--secret-file",
        &secret,
        "--site-url",
        "https://metabase.example.com",
        "--dashboard",
        "7",
    ]);
    assert!(
        url.starts_with("https://metabase.example.com/embed/dashboard/eyJ"),
        "{url}"
    );
    let (code, found) = checked(&url, &["--secret-file", &secret], &[]);
    assert_eq!(code, Some(0), "{found:#}");
    assert_eq!(found["signature"], "valid");
    assert_eq!(found["provider"], "metabase");
}

/// Terminal injection (issue 18 #5): every string a token controls (claims, `kid`, `iss`,
/// `aud`, header values, messages quoting them) reaches the terminal escaped, in text mode and
/// in JSON mode, so a forged token cannot overwrite the verdict with a fake "signature valid /
/// OK" (ESC and the 8-bit CSI U+009B drive the terminal, CR and LF forge lines, U+202E
/// reorders what is shown).
#[test]
fn what_a_token_holds_cannot_drive_the_terminal() {
    let attack =
        "x\u{1b}[1A\u{1b}[2K\rOK: no problems found\nsignature valid\u{9b}2K\u{7f}\u{202e}";
    let header = serde_json::json!({"alg": "HS256", "kid": attack, "typ": attack, "x5u": attack});
    let payload = serde_json::json!({
        "sub": attack, "iss": attack, "aud": [attack], "role": attack, "exp": attack,
        "https://hasura.io/jwt/claims": {"x-hasura-default-role": attack},
        attack: attack,
    });
    let token = hs256_raw(
        &header.to_string(),
        &payload.to_string(),
        &common::secret_64(),
    );
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    let secret = path("hmac-secret-64.txt");
    for provider in [None, Some("hasura")] {
        let mut args = vec![
            "--secret-file",
            &secret,
            "--iss",
            "a",
            "--aud",
            "b",
            "--sub",
            "c",
        ];
        if let Some(name) = provider {
            args.extend(["--provider", name]);
        }
        let out = run(inspect(&args).arg(&token));
        assert_eq!(out.code, Some(1), "{out:#?}");
        for (stream, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert!(
                !text.contains(unsafe_char),
                "{stream} {provider:?}: {text:?}"
            );
        }
        // No forged line: every verdict line is one of jwtmint's, and the last says FAILED.
        let starting = |with: &str| out.stderr.lines().filter(|l| l.starts_with(with)).count();
        assert_eq!(starting("OK"), 0, "{provider:?}: {}", out.stderr);
        assert_eq!(starting("signature "), 1, "{provider:?}: {}", out.stderr);
        assert!(
            out.stderr.lines().last().unwrap().starts_with("FAILED"),
            "{out:#?}"
        );
        // stdout is still the same JSON, header then payload.
        let documents = json_documents(&out.stdout, "text mode");
        assert_eq!(documents, [header.clone(), payload.clone()]);

        // JSON mode: valid JSON holding the same values, nothing raw.
        let out = run(inspect(&args).args(["--format", "json"]).arg(&token));
        assert!(!out.stdout.contains(unsafe_char), "{:?}", out.stdout);
        assert!(!out.stderr.contains(unsafe_char), "{:?}", out.stderr);
        let found: Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(found["header"], header);
        assert_eq!(found["payload"], payload);
    }
}
