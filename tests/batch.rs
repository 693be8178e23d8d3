//! `--batch PATH` on every minting subcommand, run as a real process: one token per input
//! line, the command line as defaults, in order, the key loaded once, bad lines stopping the
//! batch (or reported and skipped with `--keep-going`), blank lines, line endings, formats, and
//! a long input streamed through without being held in memory by the test.
//!
//! Every batch payload is compared with what the single-token command with the same options
//! prints, and every token is verified with jsonwebtoken.
//!
//! Commands are written as strings split on whitespace (so no argument may contain a space),
//! run in `tests/fixtures/keys/` so that key files are named bare.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use assert_cmd::Command;
use serde_json::{json, Map, Value};

use common::{decode_unverified, decode_verified, fixture, fixture_bytes, jwtmint, run, Run};

/// `--iat` of every `--format claims` run, so that payloads can be compared exactly.
const IAT: i64 = 1_700_000_000;

const HMAC: &str = "hmac-secret-64.txt";
const P: &str = "5c81a2e7f1d3b40012345601";
const F: &str = "5c81a2e7f1d3b40012345602";
const R: &str = "5c81a2e7f1d3b40012345603";
const R2: &str = "5c81a2e7f1d3b40012345604";
const TILEDESK_PROJECT: &str = "5f8e1a2b3c4d5e6f7a8b9c0d";

/// Valid commands to which a batch adds its lines (all but `sign` need a line to add nothing).
const SIGN: &str = "sign --secret-file hmac-secret-64.txt";
const FORMIO: &str = "formio --secret-file hmac-secret-64.txt --project 5c81a2e7f1d3b40012345601 \
                      --form 5c81a2e7f1d3b40012345602 --role 5c81a2e7f1d3b40012345603";
/// A user id long enough that Form.io's 12-character user key gives no warning.
const FORMIO_DATA: &str = "--data id=3f2b9c1e-7a4d-4b8e";
const REALM: &str = "realm --key rsa2048-pkcs1.pem";
const HUB: &str =
    "developerhub --secret-file hmac-secret-64.txt --docs-url https://docs.example.com";
const TINYMCE: &str = "tinymce --key rsa2048-pkcs1.pem";
const TILEDESK: &str =
    "tiledesk --secret-file hmac-secret-64.txt --project 5f8e1a2b3c4d5e6f7a8b9c0d";
/// `--format claims` with `iat` fixed, the payload of each line.
const CLAIMS: &str = "--iat 1700000000 --batch - --format claims";

/// Splits a command on whitespace.
fn words(command: &str) -> Vec<String> {
    command.split_whitespace().map(String::from).collect()
}

/// `jwtmint ARGS…` (clean environment) in `tests/fixtures/keys/`, with `input` on stdin.
fn cmd(args: &[String], input: &str) -> Command {
    let mut cmd = jwtmint();
    cmd.current_dir(fixture(""))
        .args(args)
        .write_stdin(input.to_string());
    cmd
}

/// Runs `jwtmint COMMAND` with `input` on standard input.
fn batch(command: &str, input: &str) -> Run {
    run(&mut cmd(&words(command), input))
}

/// The lines of stdout; stdout must be empty or end with a newline.
fn lines(out: &Run) -> Vec<&str> {
    if out.stdout.is_empty() {
        return Vec::new();
    }
    out.stdout
        .strip_suffix('\n')
        .unwrap_or_else(|| panic!("stdout does not end with a newline: {out:#?}"))
        .split('\n')
        .collect()
}

/// A successful run's output lines, `expected` of them.
fn ok_lines(out: &Run, expected: usize) -> Vec<&str> {
    assert_eq!(out.code, Some(0), "batch failed: {out:#?}");
    let lines = lines(out);
    assert_eq!(lines.len(), expected, "wrong number of lines: {out:#?}");
    lines
}

/// Batch lines as input text, each ending in `\n`.
fn input_of(lines: &[Value]) -> String {
    lines.iter().map(|line| format!("{line}\n")).collect()
}

/// `{"sub":"user-1"}` … `{"sub":"user-N"}`, one a line.
fn numbered_subs(n: usize) -> String {
    (1..=n)
        .map(|i| format!("{{\"sub\":\"user-{i}\"}}\n"))
        .collect()
}

/// A `--format claims` batch line: one compact JSON object.
fn parse_compact(line: &str) -> Value {
    assert!(
        line.starts_with('{') && line.ends_with('}') && !line.contains('\n'),
        "not one compact JSON object: {line:?}"
    );
    serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line:?}"))
}

/// `jwtmint COMMAND --iat IAT --batch - --format claims` over `input`, which must succeed
/// with `expected` lines: their payloads.
fn batch_claims(command: &str, input: &str, expected: usize) -> Vec<Value> {
    let out = batch(&format!("{command} {CLAIMS}"), input);
    ok_lines(&out, expected)
        .into_iter()
        .map(parse_compact)
        .collect()
}

/// The bytes that verify tokens signed with the fixture `name`.
fn verifying_key(name: &str) -> Vec<u8> {
    match name {
        HMAC => common::secret_64(),
        "rsa2048-pkcs1.pem" => fixture_bytes("rsa2048.pub.pem"),
        "ec-p256-pkcs8.pem" => fixture_bytes("ec-p256.pub.pem"),
        "ec-p384-pkcs8-scrypt-aes128.pem" => fixture_bytes("ec-p384.pub.pem"),
        other => panic!("no verifying key for {other}"),
    }
}

/// The identity in an HS256 output line (token, or a URL or header ending in one), verified:
/// `sub`, else `_id`, else Form.io's roles.
fn who(line: &str) -> Value {
    let token = line.rsplit([' ', '=']).next().unwrap_or(line);
    let payload = decode_verified(token, "HS256", &common::secret_64());
    match payload.get("sub").filter(|sub| *sub != "userexternal") {
        Some(sub) => sub.clone(),
        None if payload.get("_id").is_some() => payload["_id"].clone(),
        None => payload["user"]["roles"].clone(),
    }
}

/// A temporary file holding `text`, and its path (which must have no space, to go in a
/// command string).
fn temp_file(text: &str) -> (tempfile::NamedTempFile, String) {
    let mut file = tempfile::NamedTempFile::new().expect("creating a temporary file");
    file.write_all(text.as_bytes())
        .expect("writing a temporary file");
    let path = file.path().display().to_string();
    assert!(!path.contains(char::is_whitespace), "{path}");
    (file, path)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

// ---------------------------------------------------------------------------------------------
// Every subcommand: a batch mints what the single-token command mints
// ---------------------------------------------------------------------------------------------

/// The command-line flags that say what a batch line says, as the issue defines lines: each
/// key a long option name, a string or number its value, `true` a switch, an array a repeated
/// flag, an object `KEY=VALUE` / `KEY:=JSON` assignments; `"claims"` becomes a claims file
/// (returned, to keep it alive).
fn line_as_flags(line: &Value) -> (Vec<String>, Option<tempfile::NamedTempFile>) {
    let scalar = |value: &Value| match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        other => panic!("no flag form for {other}"),
    };
    let mut args = Vec::new();
    let mut claims_file = None;
    for (key, value) in line.as_object().expect("a batch line is an object") {
        match value {
            _ if key == "claims" => {
                let (file, path) = temp_file(&value.to_string());
                args.push(format!("--claims-file={path}"));
                claims_file = Some(file);
            }
            Value::Bool(true) => args.push(format!("--{key}")),
            Value::Bool(false) | Value::Null => {}
            Value::Array(items) => {
                args.extend(items.iter().map(|v| format!("--{key}={}", scalar(v))));
            }
            Value::Object(map) => args.extend(map.iter().map(|(k, v)| match v {
                Value::String(s) => format!("--{key}={k}={s}"),
                other => format!("--{key}={k}:={other}"),
            })),
            other => args.push(format!("--{key}={}", scalar(other))),
        }
    }
    (args, claims_file)
}

/// The single-token command for one batch line: `base` (a subcommand and its flags, each
/// flag followed by its value unless it is a switch) with the line's flags replacing the ones
/// they override, as a batch does: same-named flags, and all of `expires-in`/`exp`/`no-exp`
/// or `iat`/`no-iat` when the line sets one of them.
fn single_args(base: &str, line_flags: &[String]) -> Vec<String> {
    let name_of = |flag: &str| -> String {
        let flag = flag.trim_start_matches("--");
        flag.split_once('=')
            .map_or(flag, |(name, _)| name)
            .to_string()
    };
    let line_names: Vec<String> = line_flags.iter().map(|f| name_of(f)).collect();
    let groups: [&[&str]; 2] = [&["expires-in", "exp", "no-exp"], &["iat", "no-iat"]];
    let overridden = |name: &str| {
        line_names.iter().any(|n| n == name)
            || groups
                .iter()
                .any(|g| g.contains(&name) && line_names.iter().any(|n| g.contains(&n.as_str())))
    };
    let base = words(base);
    let mut args = vec![base[0].clone()];
    let mut i = 1;
    while i < base.len() {
        let flag = &base[i];
        assert!(flag.starts_with("--"), "{base:?}: `{flag}` is not a flag");
        let takes_value = base.get(i + 1).is_some_and(|next| !next.starts_with("--"));
        let end = if takes_value { i + 2 } else { i + 1 };
        if !overridden(&name_of(flag)) {
            args.extend_from_slice(&base[i..end]);
        }
        i = end;
    }
    args.extend_from_slice(line_flags);
    args
}

/// Takes `jti` out of a payload (it is random), saying whether there was one.
fn without_jti(mut payload: Value) -> (Value, bool) {
    let had = payload
        .as_object_mut()
        .expect("payload is an object")
        .remove("jti")
        .is_some();
    (payload, had)
}

/// The payload less the claims that depend on when and how often it was minted.
fn timeless(payload: &Value) -> Map<String, Value> {
    let mut map = payload.as_object().expect("payload is an object").clone();
    for key in ["iat", "exp", "jti"] {
        map.remove(key);
    }
    map
}

/// `exp - iat`, when the payload has both.
fn lifetime(payload: &Value) -> Option<i64> {
    Some(payload.get("exp")?.as_i64()? - payload.get("iat")?.as_i64()?)
}

/// A single-token run's stderr as a batch says it for line `line`: each warning names it.
fn with_line_number(stderr: &str, line: usize) -> String {
    stderr.replace(
        "jwtmint: warning: ",
        &format!("jwtmint: warning: line {line}: "),
    )
}

struct Subcommand {
    /// The subcommand and the command-line defaults, key included.
    base: &'static str,
    /// The key fixture, which also names the verifying key.
    key: &'static str,
    alg: &'static str,
    lines: [Value; 3],
}

fn subcommands() -> Vec<Subcommand> {
    vec![
        Subcommand {
            base: "sign --secret-file hmac-secret-64.txt --iss base-iss --expires-in 1h",
            key: HMAC,
            alg: "HS256",
            lines: [
                json!({"sub": "u1"}),
                json!({"sub": "u2", "aud": ["x", "y"], "claim": ["role=reader", "n:=5"]}),
                json!({"sub": "u3", "jti": true, "claims": {"tenant": "t3"}, "expires-in": "2h"}),
            ],
        },
        Subcommand {
            base: FORMIO,
            key: HMAC,
            alg: "HS256",
            lines: [
                json!({"data": {"id": "3f2b9c1e-7a4d-4b8e-0001"}}),
                json!({"data": ["id=3f2b9c1e-7a4d-4b8e-0002", "email=b@example.com"], "admin": true}),
                // An email as the user key: a warning, which must name line 3.
                json!({"data": {"email": "c@example.com"}, "role": [R, R2], "expires-in": "10m"}),
            ],
        },
        Subcommand {
            base: REALM,
            key: "rsa2048-pkcs1.pem",
            alg: "RS256",
            lines: [
                json!({"user-id": "joe"}),
                json!({"user-id": 42, "admin": true}),
                json!({"user-id": "ann", "user-id-claim": "uid", "expires-in": "5m"}),
            ],
        },
        Subcommand {
            base: HUB,
            key: HMAC,
            alg: "HS256",
            lines: [
                json!({"var": {"user.name": "Joe"}}),
                json!({"var": ["audiences:=[\"beta\"]", "user.name=Ann"], "single-use": true}),
                json!({"docs-url": "https://docs.example.com/x?a=1",
                       "error-redirect-url": "https://example.com/error", "expires-in": "1d"}),
            ],
        },
        Subcommand {
            base: TINYMCE,
            key: "rsa2048-pkcs1.pem",
            alg: "RS256",
            lines: [
                json!({"sub": "joe", "name": "Joe Bloggs", "drive-root": "/joe"}),
                json!({"product": "ai", "api-key": "KEY", "sub": "ann",
                       "permission": ["ai:chat", "ai:review"], "user-name": "Ann"}),
                json!({"product": "export", "api-key": "KEY", "expires-in": "2m"}),
            ],
        },
        Subcommand {
            base: TILEDESK,
            key: HMAC,
            alg: "HS256",
            lines: [
                json!({"user-id": "u1", "email": "a@example.com", "firstname": "Ann"}),
                json!({"user-id": "u2", "attr": {"plan": "pro", "seats": 3}, "lastname": "Bee"}),
                json!({"user-id": 3, "attr": ["plan=free"], "role": "agent",
                       "email": "c@example.com", "expires-in": "1h"}),
            ],
        },
    ]
}

#[test]
fn every_subcommand_mints_in_batch_what_it_mints_alone() {
    for sub in subcommands() {
        let name = words(sub.base)[0].clone();
        let input = input_of(&sub.lines);

        // Payloads: batch --format claims against one single-token run per line.
        let out = batch(&format!("{} {CLAIMS}", sub.base), &input);
        let batch_payloads: Vec<Value> = ok_lines(&out, 3).into_iter().map(parse_compact).collect();
        let mut expected_stderr = String::new();
        for (i, (line, batch_payload)) in sub.lines.iter().zip(&batch_payloads).enumerate() {
            let (line_flags, _claims_file) = line_as_flags(line);
            let mut flags = single_args(sub.base, &line_flags);
            flags.extend(words("--iat 1700000000 --format claims"));
            let alone = run(&mut cmd(&flags, ""));
            assert_eq!(alone.code, Some(0), "{flags:?}: {alone:#?}");
            let alone_payload: Value = serde_json::from_str(&alone.stdout)
                .unwrap_or_else(|e| panic!("{flags:?}: {e}: {alone:#?}"));
            let (alone_payload, alone_jti) = without_jti(alone_payload);
            let (batch_payload, batch_jti) = without_jti(batch_payload.clone());
            assert_eq!(
                batch_payload,
                alone_payload,
                "{name} line {}: {line} differs from the single command {flags:?}",
                i + 1
            );
            assert_eq!(batch_jti, alone_jti, "{name} line {}: jti", i + 1);
            // The single command's warnings, each naming its line.
            expected_stderr.push_str(&with_line_number(&alone.stderr, i + 1));
        }
        assert_eq!(
            out.stderr, expected_stderr,
            "{name}: the batch's warnings are not the single commands' with their line numbers"
        );

        // Tokens: each verifies and carries the same payload.
        let out = batch(&format!("{} --batch - --format token", sub.base), &input);
        let key = verifying_key(sub.key);
        for (i, token) in ok_lines(&out, 3).into_iter().enumerate() {
            let payload = decode_verified(token, sub.alg, &key);
            let (header, _) = decode_unverified(token);
            assert_eq!(header["alg"], sub.alg, "{name} line {}", i + 1);
            assert_eq!(header["typ"], "JWT", "{name} line {}", i + 1);
            assert_eq!(
                timeless(&payload),
                timeless(&batch_payloads[i]),
                "{name} line {}: the token's payload differs from --format claims",
                i + 1
            );
            assert_eq!(
                lifetime(&payload),
                lifetime(&batch_payloads[i]),
                "{name} line {}: lifetime",
                i + 1
            );
            assert_eq!(
                payload.get("jti").is_some(),
                batch_payloads[i].get("jti").is_some(),
                "{name} line {}: jti",
                i + 1
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Order
// ---------------------------------------------------------------------------------------------

#[test]
fn many_lines_come_out_in_input_order() {
    // Signing runs on every core in chunks of 512 lines: 3000 lines are six chunks, which
    // finish out of order unless the writer puts them back.
    const N: usize = 3000;
    let input = numbered_subs(N);
    for (command, key, alg) in [
        (SIGN, HMAC, "HS256"),
        ("sign --key ec-p256-pkcs8.pem", "ec-p256-pkcs8.pem", "ES256"),
    ] {
        let out = batch(&format!("{command} --batch -"), &input);
        let verifying = verifying_key(key);
        for (i, token) in ok_lines(&out, N).into_iter().enumerate() {
            let payload = decode_verified(token, alg, &verifying);
            assert_eq!(
                payload["sub"],
                format!("user-{}", i + 1),
                "{alg}: output line {} is out of order",
                i + 1
            );
        }
        assert_eq!(out.stderr, "", "{alg}");
    }
}

// ---------------------------------------------------------------------------------------------
// The command line gives defaults, a line overrides them
// ---------------------------------------------------------------------------------------------

#[test]
fn line_options_override_the_command_line_for_that_line_only() {
    // A duration: this line only.
    let got = batch_claims(
        "sign --expires-in 1h",
        "{}\n{\"expires-in\":\"2h\"}\n{}\n",
        3,
    );
    let lifetimes: Vec<_> = got.iter().map(lifetime).collect();
    assert_eq!(lifetimes, [Some(3600), Some(7200), Some(3600)]);

    // The other time options.
    let got = batch_claims(
        "sign --expires-in 1h",
        concat!(
            "{\"no-exp\":true}\n",
            "{\"exp\":1700000100}\n",
            "{\"iat\":1600000000}\n",
            "{\"no-iat\":true,\"expires-in\":\"1m\"}\n",
            "{\"nbf\":\"-30s\"}\n",
            "{\"exp\":1600000000,\"allow-expired\":true}\n",
        ),
        6,
    );
    assert_eq!(got[0], json!({"iat": IAT}));
    assert_eq!(got[1], json!({"iat": IAT, "exp": 1_700_000_100}));
    assert_eq!(
        got[2],
        json!({"iat": 1_600_000_000, "exp": 1_600_003_600}),
        "relative times count from the line's iat"
    );
    // Without iat (the command line's --iat is dropped with it), exp counts from now.
    let exp = got[3]["exp"].as_i64().unwrap();
    assert!((now() + 50..=now() + 61).contains(&exp), "{}", got[3]);
    assert!(got[3].get("iat").is_none(), "{}", got[3]);
    assert_eq!(got[4]["nbf"], json!(IAT - 30));
    assert_eq!(got[5]["exp"], json!(1_600_000_000));

    // A repeatable flag: the line's array (or single string) replaces the command line's;
    // null unsets an option; a number is the flag's text.
    let got = batch_claims(
        "sign --aud a --sub base",
        concat!(
            "{\"aud\":[\"x\",\"y\"]}\n",
            "{\"aud\":\"z\"}\n",
            "{}\n",
            "{\"sub\":null}\n",
            "{\"sub\":7,\"iss\":\"i\",\"jti\":\"id-1\"}\n",
        ),
        5,
    );
    assert_eq!(got[0]["aud"], json!(["x", "y"]));
    assert_eq!(got[1]["aud"], json!("z"));
    assert_eq!(got[2], json!({"aud": "a", "sub": "base", "iat": IAT}));
    assert!(got[3].get("sub").is_none(), "null unsets: {}", got[3]);
    assert_eq!(got[4]["sub"], json!("7"));
    assert_eq!(got[4]["iss"], json!("i"));
    assert_eq!(got[4]["jti"], json!("id-1"));
}

#[test]
fn switches_and_numbers() {
    // `true` turns a switch on, `false` turns the command line's off.
    let formio = format!("formio --project {P} --form {F} --role {R} {FORMIO_DATA}");
    let got = batch_claims(&formio, "{\"admin\":true}\n{}\n", 2);
    assert_eq!(got[0]["isAdmin"], json!(true));
    assert!(got[1].get("isAdmin").is_none(), "{}", got[1]);
    let got = batch_claims(&format!("{formio} --admin"), "{\"admin\":false}\n{}\n", 2);
    assert!(got[0].get("isAdmin").is_none(), "{}", got[0]);
    assert_eq!(got[1]["isAdmin"], json!(true));

    // Realm: the user id is always a string, also from a JSON number.
    let got = batch_claims(
        "realm",
        "{\"user-id\":42}\n{\"user-id\":\"joe\",\"admin\":true}\n{\"user-id\":1.5}\n",
        3,
    );
    assert_eq!(got[0]["userId"], json!("42"));
    assert!(got[0].get("isAdmin").is_none(), "{}", got[0]);
    assert_eq!(got[1]["userId"], json!("joe"));
    assert_eq!(got[1]["isAdmin"], json!(true));
    assert_eq!(got[2]["userId"], json!("1.5"));

    // sign's bare --jti as a switch: a random jti per line.
    let got = batch_claims("sign", "{\"jti\":true}\n{\"jti\":true}\n{}\n", 3);
    let (a, b) = (
        got[0]["jti"].as_str().unwrap(),
        got[1]["jti"].as_str().unwrap(),
    );
    assert_eq!(a.len(), 36, "a UUID: {a}");
    assert_ne!(a, b, "each line gets its own random jti");
    assert!(got[2].get("jti").is_none());
}

#[test]
fn claims_precedence() {
    // claims file < line "claims" < --claim; a dedicated flag (--sub) sets its own claim, and
    // the same claim from the file or a line as well is refused (given twice).
    let (_file, path) = temp_file(r#"{"a":"file","b":"file","c":"file"}"#);
    let got = batch_claims(
        &format!("sign --claims-file {path} --claim c=cli --sub flag"),
        concat!(
            "{\"claims\":{\"b\":\"line\",\"c\":\"line\",\"d\":\"line\"}}\n",
            "{}\n",
        ),
        2,
    );
    assert_eq!(
        got[0],
        json!({"a": "file", "b": "line", "c": "cli", "d": "line", "sub": "flag", "iat": IAT})
    );
    assert_eq!(
        got[1],
        json!({"a": "file", "b": "file", "c": "cli", "sub": "flag", "iat": IAT}),
        "a line's claims do not leak into the next line"
    );

    let out = batch(
        "sign --sub flag --format claims --batch -",
        "{\"claims\":{\"sub\":\"line\"}}\n",
    );
    assert_ne!(out.code, Some(0), "{out:#?}");
    assert!(
        out.stderr.contains("claim `sub` is given twice"),
        "{out:#?}"
    );

    // Without a claims file, the line's claims are the bottom layer.
    let got = batch_claims(
        "sign --claim c=cli",
        "{\"claims\":{\"c\":\"line\",\"n\":[1,{\"x\":null}]}}\n",
        1,
    );
    assert_eq!(
        got[0],
        json!({"c": "cli", "n": [1, {"x": null}], "iat": IAT})
    );

    // A line's "claim" replaces the command line's --claim, in each of its forms…
    let got = batch_claims(
        "sign --claim keep=cli",
        concat!(
            "{\"claim\":[\"k=v\",\"n:=5\"]}\n",
            "{\"claim\":{\"k\":\"v\",\"n\":5,\"o\":{\"p\":true}}}\n",
            "{\"claim\":\"k=v\"}\n",
            "{}\n",
            // …and goes over the line's own "claims".
            "{\"claims\":{\"k\":\"claims\",\"m\":1},\"claim\":[\"k=claim\"]}\n",
        ),
        5,
    );
    assert_eq!(got[0], json!({"k": "v", "n": 5, "iat": IAT}));
    assert_eq!(
        got[1],
        json!({"k": "v", "n": 5, "o": {"p": true}, "iat": IAT})
    );
    assert_eq!(got[2], json!({"k": "v", "iat": IAT}));
    assert_eq!(got[3], json!({"keep": "cli", "iat": IAT}));
    assert_eq!(got[4], json!({"k": "claim", "m": 1, "iat": IAT}));
}

#[test]
fn service_options_from_lines() {
    // formio: "data" as an object replaces --data; dotted keys nest.
    let got = batch_claims(
        &format!("formio --project {P} --form {F} --role {R} {FORMIO_DATA}"),
        "{\"data\":{\"email\":\"x\"}}\n{\"data\":{\"profile.age\":30}}\n",
        2,
    );
    assert_eq!(got[0]["user"]["data"], json!({"email": "x"}));
    assert_eq!(got[1]["user"]["data"], json!({"profile": {"age": 30}}));

    // Values the command line requires may come from each line instead.
    let got = batch_claims(
        "formio",
        &input_of(&[
            json!({"project": P, "form": F, "role": R, "data": {"id": "3f2b9c1e-7a4d-4b8e"}}),
        ]),
        1,
    );
    assert_eq!(got[0]["project"]["_id"], json!(P));
    assert_eq!(got[0]["user"]["roles"], json!([R]));

    // Rights-granting claims stay refused when they come from a line's "claims".
    for (command, line, claim) in [
        (
            format!("formio --project {P} --form {F} --role {R} {FORMIO_DATA}"),
            r#"{"claims":{"isAdmin":true}}"#,
            "isAdmin",
        ),
        (
            "realm --user-id joe".to_string(),
            r#"{"claims":{"isAdmin":true}}"#,
            "isAdmin",
        ),
        (
            format!("tiledesk --project {TILEDESK_PROJECT} --user-id u1"),
            r#"{"claims":{"role":"owner"}}"#,
            "role",
        ),
    ] {
        assert_line_refused(&format!("{command} {CLAIMS}"), line, claim);
    }
}

// ---------------------------------------------------------------------------------------------
// Options a line may not set, and values it may not give
// ---------------------------------------------------------------------------------------------

/// Runs one bad line through `command`: exit 1, nothing on stdout, and one error that names
/// line 1 and says `needle`.
fn assert_line_refused(command: &str, line: &str, needle: &str) {
    let out = batch(command, &format!("{line}\n"));
    assert_eq!(out.code, Some(1), "`{command}` {line}: {out:#?}");
    assert_eq!(out.stdout, "", "`{command}` {line}");
    assert!(
        out.stderr.starts_with("jwtmint: error: line 1: ")
            && out.stderr.contains(needle)
            && out.stderr.lines().count() == 1,
        "`{command}` {line}: expected one error naming line 1 and {needle:?}: {out:#?}"
    );
}

#[test]
fn lines_cannot_change_what_is_fixed_for_the_batch() {
    let sign = format!("{SIGN} --batch -");
    for key in [
        "key",
        "secret-file",
        "passphrase-file",
        "alg",
        "format",
        "kid",
        "typ",
        "batch",
        "keep-going",
        "claims-file",
    ] {
        let value = if key == "keep-going" {
            json!(true)
        } else {
            json!("x")
        };
        let line = json!({ key: value }).to_string();
        assert_line_refused(
            &sign,
            &line,
            &format!("`{key}` is fixed for the whole batch"),
        );
    }
    // The issue's own examples, and the files of the services that read one.
    for (command, line) in [
        (&sign, r#"{"alg":"HS512"}"#),
        (&sign, r#"{"format":"json"}"#),
        (&sign, r#"{"sub":"a","key":"rsa2048-pkcs1.pem"}"#),
        (&format!("{FORMIO} --batch -"), r#"{"data-file":"d.json"}"#),
        (&format!("{HUB} --batch -"), r#"{"vars-file":"v.json"}"#),
    ] {
        assert_line_refused(command, line, "fixed for the whole batch");
    }
}

#[test]
fn unknown_keys_and_bad_values_are_refused() {
    for line in [
        r#"{"bogus":1}"#,
        r#"{"--sub":"x"}"#,
        r#"{"user-id":"x"}"#,
        r#"{"Sub":"x"}"#,
    ] {
        assert_line_refused(&format!("{SIGN} --batch -"), line, "unknown option");
    }
    assert_line_refused(
        &format!("{REALM} --batch -"),
        r#"{"user_id":"x"}"#,
        "unknown option `user_id`",
    );
    // Switches take true or false only.
    for (command, line) in [
        ("realm --user-id joe", r#"{"admin":"yes"}"#),
        ("realm --user-id joe", r#"{"admin":1}"#),
        (
            &format!("formio --project {P} --form {F} --role {R}"),
            r#"{"admin":"true"}"#,
        ),
        (
            "developerhub --docs-url https://docs.example.com",
            r#"{"single-use":null}"#,
        ),
    ] {
        assert_line_refused(&format!("{command} {CLAIMS}"), line, "is a switch");
    }
    for (line, needle) in [
        (r#"{"sub":["a","b"]}"#, "`sub` takes a string"),
        (r#"{"sub":{"a":1}}"#, "`sub` takes a string"),
        (r#"{"aud":[1,true]}"#, "`aud` takes a string"),
        (r#"{"claims":[1]}"#, "`claims` must be a JSON object"),
        (r#"{"claims":"a=b"}"#, "`claims` must be a JSON object"),
        (r#"{"claim":["novalue"]}"#, "`claim`"),
        (r#"{"claim":["n:=notjson"]}"#, "`claim`"),
        (r#"{"expires-in":"soon"}"#, "`expires-in`"),
        (r#"{"iat":"yesterday"}"#, "`iat`"),
        ("[1]", "expected a JSON object, found an array"),
        ("null", "expected a JSON object"),
        ("\"sub\"", "expected a JSON object"),
        ("{\"sub\":", "not valid JSON"),
        ("sub=joe", "not valid JSON"),
    ] {
        assert_line_refused(&format!("sign {CLAIMS}"), line, needle);
    }
}

// ---------------------------------------------------------------------------------------------
// Bad lines: stop, or --keep-going
// ---------------------------------------------------------------------------------------------

/// A batch of five whose third line is bad.
struct BadThird {
    command: String,
    good: [Value; 4],
    bad: &'static str,
    /// In the error message.
    needle: &'static str,
}

impl BadThird {
    fn input(&self) -> String {
        let [l1, l2, l4, l5] = &self.good;
        format!("{l1}\n{l2}\n{}\n{l4}\n{l5}\n", self.bad)
    }
}

fn bad_thirds() -> Vec<BadThird> {
    let subs = [
        json!({"sub": "s1"}),
        json!({"sub": "s2"}),
        json!({"sub": "s4"}),
        json!({"sub": "s5"}),
    ];
    vec![
        BadThird {
            command: SIGN.into(),
            good: subs.clone(),
            bad: "{\"sub\":\"s3\"",
            needle: "not valid JSON",
        },
        BadThird {
            command: SIGN.into(),
            good: subs.clone(),
            bad: "{\"sub\":\"s3\",\"expires-in\":\"-1h\"}",
            needle: "exp",
        },
        BadThird {
            command: TILEDESK.into(),
            good: [
                json!({"user-id": "s1"}),
                json!({"user-id": "s2"}),
                json!({"user-id": "s4"}),
                json!({"user-id": "s5"}),
            ],
            bad: "{\"user-id\":\"bad id\"}",
            needle: "--user-id `bad id`",
        },
        BadThird {
            command: format!("formio --secret-file {HMAC} --project {P} --form {F} {FORMIO_DATA}"),
            good: [
                json!({"role": R}),
                json!({"role": [R]}),
                json!({"role": R2}),
                json!({"role": [R, R2]}),
            ],
            bad: "{\"role\":\"123\"}",
            needle: "--role `123`",
        },
    ]
}

#[test]
fn a_bad_line_stops_the_batch_and_nothing_after_it_is_printed() {
    for case in bad_thirds() {
        let command = format!("{} --batch -", case.command);
        let out = batch(&command, &case.input());
        assert_eq!(out.code, Some(1), "{command}: {out:#?}");
        let printed: Vec<Value> = lines(&out).into_iter().map(who).collect();
        let expected: Vec<Value> = ok_lines(&batch(&command, &input_of(&case.good)), 4)
            .into_iter()
            .map(who)
            .collect();
        assert_eq!(printed, expected[..2], "{command}: exactly lines 1-2");
        assert!(
            out.stderr.starts_with("jwtmint: error: line 3: ")
                && out.stderr.contains(case.needle)
                && out.stderr.lines().count() == 1,
            "{command}: one error naming line 3 and {:?}: {out:#?}",
            case.needle
        );
    }
}

#[test]
fn keep_going_prints_an_empty_line_for_each_bad_line() {
    for case in bad_thirds() {
        let command = format!("{} --batch -", case.command);
        let out = batch(&format!("{command} --keep-going"), &case.input());
        assert_eq!(out.code, Some(1), "{command}: {out:#?}");
        let printed = lines(&out);
        assert_eq!(printed.len(), 5, "{command}: {out:#?}");
        assert_eq!(printed[2], "", "{command}: line 3 is empty: {out:#?}");
        let got: Vec<Value> = [0, 1, 3, 4].iter().map(|&i| who(printed[i])).collect();
        let expected: Vec<Value> = ok_lines(&batch(&command, &input_of(&case.good)), 4)
            .into_iter()
            .map(who)
            .collect();
        assert_eq!(got, expected, "{command}");
        let errors: Vec<&str> = out.stderr.lines().collect();
        assert!(
            errors[0].starts_with("jwtmint: error: line 3: ") && errors[0].contains(case.needle),
            "{command}: {out:#?}"
        );
        assert!(
            errors.iter().all(|e| e.starts_with("jwtmint: error: ")),
            "{command}: {out:#?}"
        );
        assert_eq!(
            errors.iter().filter(|e| e.contains("line ")).count(),
            1,
            "{command}: only line 3 is reported: {out:#?}"
        );
    }
}

#[test]
fn keep_going_reports_every_bad_line() {
    let input = "{\"sub\":\"a\"}\n{bad\n{\"sub\":\"c\"}\n{\"bogus\":1}\n{\"sub\":\"e\"}\n";
    let out = batch(&format!("{SIGN} --batch - --keep-going"), input);
    assert_eq!(out.code, Some(1), "{out:#?}");
    let printed = lines(&out);
    assert_eq!(printed.len(), 5, "{out:#?}");
    assert_eq!((printed[1], printed[3]), ("", ""), "{out:#?}");
    let subs: Vec<Value> = [0, 2, 4].iter().map(|&i| who(printed[i])).collect();
    assert_eq!(subs, [json!("a"), json!("c"), json!("e")]);
    let errors: Vec<&str> = out.stderr.lines().collect();
    assert!(
        errors[0].starts_with("jwtmint: error: line 2: not valid JSON"),
        "{out:#?}"
    );
    assert!(
        errors[1].starts_with("jwtmint: error: line 4: unknown option `bogus`"),
        "{out:#?}"
    );
}

#[test]
fn bad_lines_past_the_first_chunk() {
    // Errors in later chunks: the lines before them are all printed, in order.
    const N: usize = 2000;
    let input: String = (1..=N)
        .map(|i| match i {
            700 | 1500 => "{\"sub\":\n".to_string(),
            i => format!("{{\"sub\":\"user-{i}\"}}\n"),
        })
        .collect();
    let command = format!("sign {CLAIMS}");

    let out = batch(&command, &input);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    let printed = lines(&out);
    assert_eq!(printed.len(), 699, "{}", out.stderr);
    for (i, line) in printed.iter().enumerate() {
        assert_eq!(parse_compact(line)["sub"], format!("user-{}", i + 1));
    }
    assert!(
        out.stderr.starts_with("jwtmint: error: line 700: ") && out.stderr.lines().count() == 1,
        "{}",
        out.stderr
    );

    let out = batch(&format!("{command} --keep-going"), &input);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    let printed = lines(&out);
    assert_eq!(printed.len(), N);
    for (i, line) in printed.iter().enumerate() {
        match i + 1 {
            700 | 1500 => assert_eq!(*line, "", "line {}", i + 1),
            n => assert_eq!(parse_compact(line)["sub"], format!("user-{n}")),
        }
    }
    let errors: Vec<&str> = out.stderr.lines().collect();
    assert!(
        errors[0].starts_with("jwtmint: error: line 700: ")
            && errors[1].starts_with("jwtmint: error: line 1500: "),
        "{errors:?}"
    );
}

#[test]
fn a_line_over_1_mib_stops_the_batch_even_with_keep_going() {
    let long = format!("{{\"sub\":\"{}\"}}", "x".repeat(1 << 20));
    let input = format!("{{\"sub\":\"a\"}}\n{long}\n{{\"sub\":\"c\"}}\n");
    for keep_going in ["", "--keep-going"] {
        let out = batch(&format!("sign {CLAIMS} {keep_going}"), &input);
        assert_eq!(out.code, Some(1), "{keep_going}: {}", out.stderr);
        let printed = lines(&out);
        assert_eq!(printed.len(), 1, "{keep_going}");
        assert_eq!(parse_compact(printed[0])["sub"], "a");
        assert!(
            out.stderr.contains("line 2") && out.stderr.contains("1 MiB"),
            "{keep_going}: {}",
            out.stderr
        );
    }
    // Just under the limit is a line like any other.
    let under = format!("{{\"sub\":\"{}\"}}", "x".repeat((1 << 20) - 20));
    let got = batch_claims("sign", &format!("{under}\n{{\"sub\":\"c\"}}\n"), 2);
    assert_eq!(got[1]["sub"], "c");
}

#[test]
fn warnings_name_their_line_and_stop_with_the_batch() {
    // tiledesk --role warns that sign-in creates an agent account: through the in-order
    // writer like every other warning, it names its line, and nothing is said about lines
    // after a bad line that stopped the batch.
    let command = format!("tiledesk --project {TILEDESK_PROJECT} {CLAIMS}");
    let agent = r#"{"user-id":"u1","email":"a@example.com","role":"agent"}"#;
    let out = batch(&command, &format!("{{\"user-id\":\"u0\"}}\n{agent}\n"));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(
        out.stderr
            .starts_with("jwtmint: warning: line 2: --role agent")
            && out.stderr.lines().count() == 1,
        "{out:#?}"
    );
    let out = batch(&command, &format!("{{bad\n{agent}\n"));
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(
        !out.stderr.contains("warning"),
        "nothing after line 1: {out:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Blank lines, line endings, empty input
// ---------------------------------------------------------------------------------------------

/// The `sub` of each `--format claims` line.
fn subs(out: &Run) -> Vec<Value> {
    lines(out)
        .into_iter()
        .map(|l| parse_compact(l)["sub"].clone())
        .collect()
}

#[test]
fn blank_lines_are_skipped_but_counted() {
    let command = format!("sign {CLAIMS}");
    let out = batch(
        &command,
        "\n{\"sub\":\"a\"}\n\n   \n\t \n{\"sub\":\"b\"}\n\n",
    );
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert_eq!(subs(&out), [json!("a"), json!("b")]);
    assert_eq!(out.stderr, "");

    // A bad line after blank lines reports its real number.
    let input = "{\"sub\":\"a\"}\n\n  \n{oops\n{\"sub\":\"e\"}\n";
    let out = batch(&command, input);
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert_eq!(subs(&out), [json!("a")]);
    assert!(
        out.stderr.starts_with("jwtmint: error: line 4: "),
        "{out:#?}"
    );
    // With --keep-going blank lines still print nothing: one empty line for the bad line only.
    let out = batch(&format!("{command} --keep-going"), input);
    assert_eq!(out.code, Some(1), "{out:#?}");
    let printed = lines(&out);
    assert_eq!(printed.len(), 3, "{out:#?}");
    assert_eq!(printed[1], "", "{out:#?}");
    assert_eq!(parse_compact(printed[2])["sub"], "e");
    assert!(
        out.stderr.starts_with("jwtmint: error: line 4: "),
        "{out:#?}"
    );
}

#[test]
fn line_endings() {
    let command = format!("sign {CLAIMS}");
    let subs_of = |input: &str| -> Vec<Value> {
        let out = batch(&command, input);
        assert_eq!(out.code, Some(0), "{input:?}: {out:#?}");
        subs(&out)
    };
    // A final line without a newline is read.
    assert_eq!(
        subs_of("{\"sub\":\"a\"}\n{\"sub\":\"b\"}"),
        [json!("a"), json!("b")]
    );
    assert_eq!(subs_of("{\"sub\":\"only\"}"), [json!("only")]);
    // CRLF, with blank CRLF lines, and a final line without an ending.
    assert_eq!(
        subs_of("{\"sub\":\"a\"}\r\n\r\n{\"sub\":\"b\"}\r\n{\"sub\":\"c\"}"),
        [json!("a"), json!("b"), json!("c")]
    );
    // CRLF through to signed tokens: no `\r` reaches the output.
    let out = batch(
        &format!("{SIGN} --batch -"),
        "{\"sub\":\"a\"}\r\n{\"sub\":\"b\"}\r\n",
    );
    let tokens = ok_lines(&out, 2);
    assert!(!out.stdout.contains('\r'));
    assert_eq!(who(tokens[1]), json!("b"));
    // A bad CRLF line is numbered like any other.
    let out = batch(&command, "{\"sub\":\"a\"}\r\n\r\n{bad\r\n");
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(
        out.stderr.starts_with("jwtmint: error: line 3: "),
        "{out:#?}"
    );
}

#[test]
fn empty_input_mints_nothing() {
    for input in ["", "\n", "\n\n  \n", "\r\n", " "] {
        for command in [
            format!("{SIGN} --batch -"),
            format!("sign {CLAIMS}"),
            format!("{REALM} --batch - --keep-going"),
        ] {
            let out = batch(&command, input);
            assert_eq!(out.code, Some(0), "{command} {input:?}: {out:#?}");
            assert_eq!(out.stdout, "", "{command} {input:?}");
            assert_eq!(out.stderr, "", "{command} {input:?}");
        }
    }
}

#[test]
fn batch_from_a_file() {
    let (_file, path) = temp_file("{\"sub\":\"a\"}\n\n{\"sub\":\"b\"}");
    let out = batch(&format!("{SIGN} --batch {path}"), "");
    let tokens = ok_lines(&out, 2);
    assert_eq!(who(tokens[0]), json!("a"));
    assert_eq!(who(tokens[1]), json!("b"));
    // With the batch in a file, standard input is free for the secret.
    let secret = String::from_utf8(fixture_bytes(HMAC)).unwrap();
    let out = batch(&format!("sign --secret-file - --batch {path}"), &secret);
    let tokens = ok_lines(&out, 2);
    assert_eq!(who(tokens[1]), json!("b"));
}

// ---------------------------------------------------------------------------------------------
// Formats
// ---------------------------------------------------------------------------------------------

#[test]
fn every_line_in_the_chosen_format() {
    let hmac = common::secret_64();
    let ab = input_of(&[json!({"sub": "a"}), json!({"sub": "b"})]);

    // json: {"token":…} per line.
    let out = batch(&format!("{SIGN} --batch - --format json"), &ab);
    for (line, sub) in ok_lines(&out, 2).into_iter().zip(["a", "b"]) {
        let object = parse_compact(line);
        assert_eq!(object.as_object().unwrap().len(), 1, "{line}");
        assert_eq!(who(object["token"].as_str().unwrap()), sub);
    }

    // header: `Authorization: Bearer` for sign.
    let out = batch(&format!("{SIGN} --batch - --format header"), &ab);
    for (line, sub) in ok_lines(&out, 2).into_iter().zip(["a", "b"]) {
        assert!(line.starts_with("Authorization: Bearer ey"), "{line}");
        assert_eq!(who(line), sub);
    }

    // developerhub: the signed URL by default, each line's own (`&jwt=` after a query).
    let out = batch(
        &format!("{HUB} --batch -"),
        &input_of(&[
            json!({"var": {"user.name": "Ann"}}),
            json!({"docs-url": "https://docs.example.com/guide?lang=en", "var": {"user.name": "Bo"}}),
        ]),
    );
    let urls = ok_lines(&out, 2);
    for (url, (prefix, name)) in urls.iter().zip([
        ("https://docs.example.com?jwt=", "Ann"),
        ("https://docs.example.com/guide?lang=en&jwt=", "Bo"),
    ]) {
        let token = url
            .strip_prefix(prefix)
            .unwrap_or_else(|| panic!("{url} does not start with {prefix}"));
        let payload = decode_verified(token, "HS256", &hmac);
        assert_eq!(payload["vars"]["user"]["name"], name);
        assert_eq!(payload["version"], 1);
    }

    // tiledesk: `Authorization: JWT TOKEN`, and the page link with --url.
    let users = input_of(&[json!({"user-id": "u1"}), json!({"user-id": "u2"})]);
    let out = batch(&format!("{TILEDESK} --batch - --format header"), &users);
    for (line, id) in ok_lines(&out, 2).into_iter().zip(["u1", "u2"]) {
        assert!(line.starts_with("Authorization: JWT ey"), "{line}");
        assert_eq!(who(line), id);
    }
    let out = batch(
        &format!("{TILEDESK} --url https://shop.example.com/help --batch - --format url"),
        &users,
    );
    for (line, id) in ok_lines(&out, 2).into_iter().zip(["u1", "u2"]) {
        let token = line
            .strip_prefix("https://shop.example.com/help?tiledesk_jwt=JWT%20")
            .unwrap_or_else(|| panic!("{line}"));
        assert_eq!(who(token), id);
    }

    // tinymce --format json: the token-provider body.
    let out = batch(
        &format!("{TINYMCE} --batch - --format json"),
        &input_of(&[json!({"sub": "joe", "name": "Joe"})]),
    );
    let body = parse_compact(ok_lines(&out, 1)[0]);
    let payload = decode_verified(
        body["token"].as_str().unwrap(),
        "RS256",
        &verifying_key("rsa2048-pkcs1.pem"),
    );
    assert_eq!(payload["name"], "Joe");
}

#[test]
fn claims_format_needs_no_key() {
    // No key option, no JWTMINT_* variable, no terminal: claims still print, one per line.
    for (command, input, expected) in [
        (
            "sign".to_string(),
            "{\"sub\":\"a\"}\n{\"sub\":\"b\"}\n",
            json!({"sub": "b", "iat": IAT}),
        ),
        (
            "realm".to_string(),
            "{\"user-id\":\"a\"}\n{\"user-id\":\"b\"}\n",
            json!({"userId": "b", "iat": IAT, "exp": IAT + 3600}),
        ),
        (
            format!("tiledesk --project {TILEDESK_PROJECT}"),
            "{\"user-id\":\"a\"}\n{\"user-id\":\"b\"}\n",
            json!({"_id": "b", "sub": "userexternal", "iat": IAT, "exp": IAT + 86400,
                   "aud": format!("https://tiledesk.com/projects/{TILEDESK_PROJECT}")}),
        ),
    ] {
        let got = batch_claims(&command, input, 2);
        assert_eq!(got[1], expected, "{command}");
    }
    // A key that cannot be read is not read.
    let got = batch_claims("sign --key /nonexistent/key.pem", "{\"sub\":\"a\"}\n", 1);
    assert_eq!(got[0]["sub"], "a");
}

// ---------------------------------------------------------------------------------------------
// The key is loaded once
// ---------------------------------------------------------------------------------------------

#[test]
fn an_encrypted_key_is_decrypted_once_for_the_whole_batch() {
    // scrypt: opening this key is deliberately slow; 200 times would show in the run time.
    const N: usize = 200;
    const KEY: &str = "ec-p384-pkcs8-scrypt-aes128.pem";
    let input = numbered_subs(N);
    let out = batch(
        &format!("sign --key {KEY} --passphrase-file passphrase.txt --batch -"),
        &input,
    );
    let verifying = verifying_key(KEY);
    for (i, token) in ok_lines(&out, N).into_iter().enumerate() {
        let payload = decode_verified(token, "ES384", &verifying);
        assert_eq!(payload["sub"], format!("user-{}", i + 1));
    }
    assert_eq!(out.stderr, "");

    // The same key through JWTMINT_PASSPHRASE.
    let out = run(cmd(&words(&format!("sign --key {KEY} --batch -")), &input)
        .env("JWTMINT_PASSPHRASE", common::PASSPHRASE));
    ok_lines(&out, N);

    // A wrong passphrase: one error, about the key and not a line, and no output.
    let (_wrong, wrong) = temp_file("not-the-passphrase");
    for keep_going in ["", "--keep-going"] {
        let out = batch(
            &format!("sign --key {KEY} --passphrase-file {wrong} --batch - {keep_going}"),
            &input,
        );
        assert_eq!(out.code, Some(1), "{out:#?}");
        assert_eq!(out.stdout, "");
        assert_eq!(out.stderr.lines().count(), 1, "{out:#?}");
        assert!(
            out.stderr.starts_with("jwtmint: error: ")
                && out.stderr.contains("passphrase")
                && !out.stderr.contains("line "),
            "{out:#?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Usage and input errors
// ---------------------------------------------------------------------------------------------

#[test]
fn usage_errors() {
    // Two readers of standard input.
    for command in [
        "sign --secret-file - --batch -",
        "sign --secret-file hmac-secret-64.txt --claims-file - --batch -",
        "sign --key ec-p256-legacy-des3.pem --passphrase-file - --batch -",
        "sign --key - --batch -",
    ] {
        let out = batch(command, "{\"sub\":\"a\"}\n");
        assert_eq!(out.code, Some(2), "{command}: {out:#?}");
        assert_eq!(out.stdout, "", "{command}");
        assert!(
            out.stderr.starts_with("jwtmint: error: ") && out.stderr.lines().count() == 1,
            "{command}: {out:#?}"
        );
    }
    // --keep-going means nothing without --batch.
    let out = batch(&format!("{SIGN} --keep-going"), "");
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("--batch"), "{out:#?}");
    // An algorithm the service does not have is refused before any line is read.
    let out = batch(
        "realm --secret-file hmac-secret-64.txt --alg HS256 --batch -",
        "{\"user-id\":\"a\"}\n",
    );
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert_eq!(out.stdout, "");
}

#[test]
fn an_unreadable_batch_file_is_one_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.jsonl");
    for path in [dir.path(), missing.as_path()] {
        let path = path.display().to_string();
        assert!(!path.contains(char::is_whitespace), "{path}");
        for command in [
            format!("{SIGN} --batch {path}"),
            format!("sign --batch {path} --format claims --keep-going"),
        ] {
            let out = batch(&command, "");
            assert_eq!(out.code, Some(1), "{command}: {out:#?}");
            assert_eq!(out.stdout, "", "{command}");
            assert!(
                out.stderr.starts_with("jwtmint: error: ")
                    && out.stderr.contains(&path)
                    && out.stderr.lines().count() == 1,
                "{command}: {out:#?}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Streaming
// ---------------------------------------------------------------------------------------------

/// `jwtmint ARGS…` as a plain process with piped stdio and the same clean environment as
/// `common::jwtmint`, for tests that stream.
fn spawn(command: &str) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_jwtmint"))
        .args(words(command))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", "/nonexistent/jwtmint-test-home")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting jwtmint")
}

#[test]
fn a_long_input_streams_through() {
    // 200 000 lines written by one thread while this one counts output lines as they arrive:
    // neither side holds the whole stream. The writer pauses after the first 5 000 lines until
    // output has come back, so a batch that read all its input before printing would fail
    // here (after a minute) instead of passing.
    const N: usize = 200_000;
    const FIRST: usize = 5_000;
    let mut child = spawn(&format!("sign {CLAIMS}"));
    let stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (output_seen, wait_for_output) = mpsc::channel::<()>();

    let writer = std::thread::spawn(move || -> Result<(), String> {
        let mut stdin = std::io::BufWriter::new(stdin);
        for i in 1..=N {
            if i == FIRST + 1 {
                stdin.flush().map_err(|e| e.to_string())?;
                wait_for_output
                    .recv_timeout(Duration::from_secs(60))
                    .map_err(|_| format!("no output after {FIRST} lines of input"))?;
            }
            writeln!(stdin, "{{\"sub\":\"user-{i}\"}}").map_err(|e| e.to_string())?;
        }
        stdin.flush().map_err(|e| e.to_string())
        // Dropping stdin closes it: the end of the input.
    });

    let mut count = 0usize;
    let mut line = String::new();
    let mut reader = BufReader::new(stdout);
    while reader
        .read_line(&mut line)
        .expect("reading jwtmint's output")
        > 0
    {
        count += 1;
        if count == 1 {
            let _ = output_seen.send(());
        }
        // Spot-check order without parsing every line.
        if count % 10_007 == 1 || count == N {
            let expected = format!("\"sub\":\"user-{count}\"");
            assert!(line.contains(&expected), "line {count}: {line:?}");
        }
        line.clear();
    }
    let written = writer.join().expect("the writer thread");
    let output = child.wait_with_output().expect("waiting for jwtmint");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(written, Ok(()), "stderr: {stderr}");
    assert!(output.status.success(), "{}: {stderr}", output.status);
    assert_eq!(count, N, "stderr: {stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    // `jwtmint sign --batch - | head -1`: the closed pipe ends the batch quietly.
    let mut child = spawn("sign --batch - --format claims");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let mut stdin = std::io::BufWriter::new(&mut stdin);
        for i in 1..=100_000 {
            if writeln!(stdin, "{{\"sub\":\"user-{i}\"}}").is_err() {
                return;
            }
        }
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("\"sub\":\"user-1\""), "{first:?}");
    // The read end is closed now.
    let output = child.wait_with_output().expect("waiting for jwtmint");
    writer.join().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{}: {stderr}", output.status);
    assert_eq!(stderr, "");
}

// ---------------------------------------------------------------------------------------------
// Regressions: bugs these tests found, now fixed
// ---------------------------------------------------------------------------------------------

#[test]
fn a_format_the_service_lacks_is_a_usage_error_before_any_line() {
    // Alone, `sign --format url` exits 2; a batch must say so before any line, not fail
    // every line with exit 1 (or exit 0 on an empty batch), as it once did.
    for input in ["{\"sub\":\"a\"}\n{\"sub\":\"b\"}\n", ""] {
        let out = batch(
            &format!("{SIGN} --batch - --format url --keep-going"),
            input,
        );
        assert_eq!(out.code, Some(2), "{input:?}: {out:#?}");
        assert_eq!(out.stdout, "", "{input:?}");
        assert_eq!(out.stderr.lines().count(), 1, "{input:?}: {out:#?}");
        assert!(out.stderr.contains("sign has no `url` output"), "{out:#?}");
    }
}

#[test]
fn a_data_file_on_stdin_cannot_share_it_with_the_batch() {
    // Once, the batch lines were read as the data file, the batch was empty, and the run
    // "succeeded" with no output.
    for command in [
        format!("{FORMIO} --data-file - --batch -"),
        format!("{HUB} --vars-file - --batch -"),
    ] {
        let out = batch(&command, "{\"id\":\"3f2b9c1e-7a4d-4b8e\"}\n");
        assert_eq!(out.code, Some(2), "{command}: {out:#?}");
    }
}

#[test]
fn a_line_that_is_not_utf8_is_refused() {
    // `--claims-file` refuses the same bytes ("invalid unicode code point").
    let mut cmd = cmd(&words(&format!("sign {CLAIMS}")), "");
    cmd.write_stdin(b"{\"sub\":\"a\"}\n{\"sub\":\"\xff\"}\n".to_vec());
    let out = run(&mut cmd);
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(out.stderr.contains("line 2"), "{out:#?}");
}

#[test]
fn contradictory_time_options_in_a_line_are_refused() {
    // clap refuses each pair on the command line; a line once kept one and dropped the other.
    for line in [
        r#"{"expires-in":"1h","exp":1800000000}"#,
        r#"{"exp":1800000000,"no-exp":true}"#,
        r#"{"expires-in":"1h","no-exp":true}"#,
        r#"{"iat":1700000000,"no-iat":true}"#,
    ] {
        assert_line_refused(&format!("sign {CLAIMS}"), line, "");
    }
}
