//! Zoom, Twilio, Stream and Vonage (issue 20) through the real binary: the decoded header and
//! payload (verified with jsonwebtoken), refusals with their exit codes and empty stdout, the
//! options that grant rights read from flags and batch lines but never from the environment,
//! output forms, and `inspect` guessing each service back.

mod common;

use common::{decode_unverified, decode_verified, fixture, fixture_bytes, jwtmint, one_line, run};
use serde_json::{json, Value};

const IAT: i64 = 1_900_000_000;
const AC: &str = "AC0123456789abcdef0123456789abcdef";
const SK: &str = "SK0123456789abcdef0123456789abcdef";
const APP: &str = "aaaaaaaa-bbbb-cccc-dddd-0123456789ab";

fn secret_file() -> String {
    fixture("hmac-secret-64.txt").display().to_string()
}

fn rsa() -> String {
    fixture("rsa2048-pkcs8.pem").display().to_string()
}

/// `base` then `extra`.
fn cat<'a>(base: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
    [base, extra].concat()
}

/// `args` then `--iat IAT`: one line on stdout.
fn line(args: &[&str]) -> String {
    one_line(jwtmint().args(args).args(["--iat", &IAT.to_string()]))
}

fn hs256(token: &str) -> (Value, Value) {
    let secret = common::secret_64();
    let payload = decode_verified(token, "HS256", &secret);
    let (header, _) = decode_unverified(token);
    (header, payload)
}

/// A refusal: exit `code`, empty stdout, one line on stderr containing `needle`.
fn refused(args: &[&str], code: i32, needle: &str) {
    let out = run(jwtmint().args(args));
    assert_eq!(out.code, Some(code), "{args:?}: {out:#?}");
    assert_eq!(out.stdout, "", "{args:?}: stdout must be empty");
    assert_eq!(out.stderr.lines().count(), 1, "{args:?}: {out:#?}");
    assert!(out.stderr.contains(needle), "{args:?}: {out:#?}");
}

/// The token minted now by `args` passes `inspect` (key `key_args`) guessed as `name`.
fn guessed(args: &[&str], key_args: &[&str], name: &str) -> Value {
    let token = one_line(jwtmint().args(args));
    let out = run(jwtmint()
        .args(["inspect", "--format", "json"])
        .args(key_args)
        .arg(&token));
    let report: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(out.code, Some(0), "{name}: {report:#}");
    assert_eq!(report["provider"], name, "{name}: {report:#}");
    assert_eq!(report["provider_guessed"], true, "{name}: {report:#}");
    assert_eq!(report["signature"], "valid", "{name}: {report:#}");
    assert_eq!(report["problems"], json!([]), "{name}: {report:#}");
    report
}

#[test]
fn zoom_video_and_meeting_signatures() {
    let secret = secret_file();
    let token = line(&[
        "zoom",
        "--sdk",
        "video",
        "--sdk-key",
        "vKEY",
        "--secret-file",
        &secret,
        "--session",
        "standup",
        "--host",
    ]);
    let (header, payload) = hs256(&token);
    assert_eq!(header, json!({"alg": "HS256", "typ": "JWT"}));
    assert_eq!(
        payload,
        json!({"app_key": "vKEY", "tpc": "standup", "role_type": 1, "version": 1,
               "iat": IAT, "exp": IAT + 7200})
    );
    let token = line(&[
        "zoom",
        "--sdk",
        "meeting",
        "--sdk-key",
        "mKEY",
        "--secret-file",
        &secret,
        "--meeting-number",
        "812 3456 7890",
    ]);
    assert_eq!(
        hs256(&token).1,
        json!({"appKey": "mKEY", "sdkKey": "mKEY", "mn": "81234567890", "role": 0,
               "iat": IAT, "exp": IAT + 7200, "tokenExp": IAT + 7200})
    );
    // The hex-looking fixture secret draws the jsrsasign warning, on stderr only.
    let out = run(jwtmint().args([
        "zoom",
        "--sdk",
        "video",
        "--sdk-key",
        "k",
        "--secret-file",
        &secret,
        "--session",
        "t",
    ]));
    assert_eq!(out.code, Some(0));
    assert!(out.stderr.contains("hex digits"), "{out:#?}");
    let video = [
        "zoom",
        "--sdk",
        "video",
        "--sdk-key",
        "k",
        "--secret-file",
        &secret,
        "--session",
        "t",
    ];
    guessed(&video, &["--secret-file", &secret], "zoom");
    refused(&cat(&video, &["--expires-in", "29m"]), 2, "under 30m");
    refused(&cat(&video, &["--expires-in", "49h"]), 2, "longer than 2d");
    refused(
        &cat(&video, &["--claim", "role_type:=1"]),
        2,
        "refusing claim `role_type`",
    );
    refused(&cat(&video, &["--alg", "HS512"]), 2, "HS512");
    refused(
        &cat(&video, &["--format", "header"]),
        2,
        "no `header` output",
    );
    // clap refuses a value outside the choices (its own message, several lines).
    let out = run(jwtmint().args(["zoom", "--sdk", "webinar", "--sdk-key", "k"]));
    assert_eq!((out.code, out.stdout.as_str()), (Some(2), ""), "{out:#?}");
}

#[test]
fn twilio_grants_come_from_flags_and_batch_lines_only() {
    let secret = secret_file();
    let base = [
        "twilio",
        "--account-sid",
        AC,
        "--api-key",
        SK,
        "--secret-file",
        &secret,
    ];
    let token = line(&cat(
        &base,
        &[
            "--identity",
            "alice",
            "--sync-service",
            "IS0123456789abcdef0123456789abcdef",
            "--region",
            "ie1",
        ],
    ));
    let (header, payload) = hs256(&token);
    assert_eq!(
        header,
        json!({"alg": "HS256", "typ": "JWT", "cty": "twilio-fpa;v=1", "twr": "ie1"})
    );
    assert_eq!(
        payload,
        json!({"iss": SK, "sub": AC, "jti": format!("{SK}-{IAT}"), "iat": IAT,
               "exp": IAT + 3600,
               "grants": {"identity": "alice",
                          "data_sync": {"service_sid": "IS0123456789abcdef0123456789abcdef"}}})
    );
    guessed(
        &cat(&base, &["--identity", "alice", "--video-room"]),
        &["--secret-file", &secret],
        "twilio",
    );
    // --identity grants rights: an environment variable does not give it.
    let out = run(jwtmint()
        .args(cat(&base, &["--video-room", "r"]))
        .env("JWTMINT_TWILIO_IDENTITY", "alice"));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert!(out.stderr.contains("--identity is required"), "{out:#?}");
    // A batch line may carry grants.
    let out = run(jwtmint()
        .args(cat(&base, &["--iat", &IAT.to_string(), "--batch", "-"]))
        .write_stdin(
            "{\"identity\": \"bob\", \"video-room\": \"r1\"}\n{\"identity\": \"eve\", \"voice-incoming\": true}\n",
        ));
    assert_eq!(out.code, Some(0), "{out:#?}");
    let grants: Vec<Value> = out
        .stdout
        .lines()
        .map(|token| hs256(token).1["grants"].clone())
        .collect();
    assert_eq!(
        grants,
        [
            json!({"identity": "bob", "video": {"room": "r1"}}),
            json!({"identity": "eve", "voice": {"incoming": {"allow": true}}})
        ]
    );
    refused(&cat(&base, &["--identity", "a"]), 2, "grants nothing");
    refused(
        &cat(
            &base,
            &[
                "--identity",
                "a",
                "--video-room",
                "r",
                "--claim",
                "grants:={}",
            ],
        ),
        2,
        "refusing claim `grants`",
    );
    refused(
        &cat(
            &base,
            &["--identity", "a", "--video-room", "r", "--expires-in", "2d"],
        ),
        2,
        "longer than 1d",
    );
    refused(
        &cat(&base, &["--identity", "a", "--voice-app", "AP1"]),
        2,
        "not a Twilio SID",
    );
}

#[test]
fn stream_tokens_and_header_form() {
    let secret = secret_file();
    let base = ["stream", "--secret-file", &secret];
    let token = line(&cat(&base, &["--user-id", "john"]));
    let (header, payload) = hs256(&token);
    assert_eq!(header, json!({"alg": "HS256", "typ": "JWT"}));
    assert_eq!(
        payload,
        json!({"user_id": "john", "iat": IAT, "exp": IAT + 3600})
    );
    let token = line(&cat(
        &base,
        &["--feeds-scope", "*:read", "--feed-id", "user1", "--no-exp"],
    ));
    assert_eq!(
        hs256(&token).1,
        json!({"resource": "*", "action": "read", "feed_id": "user1", "iat": IAT})
    );
    let out = run(jwtmint().args(cat(&base, &["--server", "--format", "header"])));
    assert_eq!(out.code, Some(0), "{out:#?}");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{out:#?}");
    let token = lines[0].strip_prefix("Authorization: ").unwrap();
    assert!(token.starts_with("eyJ"), "no Bearer: {out:#?}");
    assert_eq!(hs256(token).1["server"], true);
    assert_eq!(lines[1], "stream-auth-type: jwt");
    guessed(
        &cat(&base, &["--user-id", "john"]),
        &["--secret-file", &secret],
        "stream",
    );
    // --server grants rights: not from a profile or the environment, and refused in --claim.
    refused(
        &cat(&base, &["--user-id", "j", "--claim", "server:=true"]),
        2,
        "`server`",
    );
    refused(&cat(&base, &[]), 2, "pass --user-id");
    refused(
        &cat(&base, &["--server", "--user-id", "j"]),
        2,
        "drop --user-id",
    );
}

#[test]
fn vonage_application_tokens() {
    let key = rsa();
    let base = ["vonage", "--key", &key, "--application-id", APP];
    let token = line(&cat(&base, &["--sub", "alice", "--acl", "/*/users/**"]));
    let public = fixture_bytes("rsa2048.pub.pem");
    let payload = decode_verified(&token, "RS256", &public);
    let (header, _) = decode_unverified(&token);
    assert_eq!(header, json!({"alg": "RS256", "typ": "JWT"}));
    let jti = payload["jti"].as_str().unwrap().to_string();
    assert_eq!(jti.len(), 36);
    assert_eq!(
        payload,
        json!({"application_id": APP, "iat": IAT, "exp": IAT + 900, "jti": jti,
               "sub": "alice", "acl": {"paths": {"/*/users/**": {}}}})
    );
    let pub_path = fixture("rsa2048.pub.pem").display().to_string();
    guessed(&base, &["--key", &pub_path], "vonage");
    let out = run(jwtmint()
        .args(cat(&base, &["--format", "claims"]))
        .env("JWTMINT_VONAGE_SUB", "alice"));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(
        !out.stdout.contains("alice"),
        "sub from the environment: {out:#?}"
    );
    refused(
        &cat(&base, &["--claim", "sub=bob"]),
        2,
        "refusing claim `sub`",
    );
    refused(&cat(&base, &["--acl", "users"]), 2, "starts with `/`");
    refused(&cat(&base, &["--expires-in", "25h"]), 2, "longer than 1d");
    refused(
        &["vonage", "--key", &key, "--application-id", "my-app"],
        2,
        "not a Vonage application id",
    );
    let secret = secret_file();
    refused(
        &["vonage", "--secret-file", &secret, "--application-id", APP],
        2,
        "RS256",
    );
}
