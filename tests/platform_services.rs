//! The realtime, data and docs platforms (issue 15) through the real binary: LiveKit, Jitsi,
//! Supabase, PostgREST, Hasura, Metabase, Zendesk and GitBook. For each: the exact decoded header
//! and payload (verified with jsonwebtoken), every trap refused with empty stdout, `--batch`,
//! `inspect --provider NAME` on a minted token and on a broken one, and guessing.

mod common;

use common::{decode_unverified, decode_verified, fixture, jwtmint, one_line, run, Run};
use serde_json::{json, Value};

const IAT: i64 = 1_900_000_000;

/// `tests/fixtures/services/NAME`.
fn service_fixture(name: &str) -> String {
    fixture("../services").join(name).display().to_string()
}

fn key(name: &str) -> String {
    fixture(name).display().to_string()
}

/// The secret file's bytes (the fixtures have no trailing newline).
fn secret(name: &str) -> Vec<u8> {
    std::fs::read(service_fixture(name)).unwrap()
}

fn mint(args: &[&str]) -> Run {
    let mut cmd = jwtmint();
    cmd.args(args).args(["--iat", &IAT.to_string()]);
    run(&mut cmd)
}

/// Runs `args` (with `--iat IAT`), which must succeed with one line on stdout.
fn line(args: &[&str]) -> String {
    let mut cmd = jwtmint();
    cmd.args(args).args(["--iat", &IAT.to_string()]);
    one_line(&mut cmd)
}

/// The token in a printed line (a URL, a header): the first `eyJ…` run.
fn token_in(line: &str) -> String {
    let start = line
        .find("eyJ")
        .unwrap_or_else(|| panic!("no token in {line}"));
    line[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || "-_.".contains(*c))
        .collect()
}

/// Header and payload of `token`, whose signature must verify with `alg` and `key`.
fn verified(token: &str, alg: &str, key: &[u8]) -> (Value, Value) {
    // jsonwebtoken checks exp against the real clock: IAT is in the future, so exp is too.
    let payload = decode_verified(token, alg, key);
    let (header, unverified) = decode_unverified(token);
    assert_eq!(payload, unverified);
    (header, payload)
}

/// A refusal: non-zero exit, empty stdout, `needle` on stderr.
fn refused(args: &[&str], needle: &str) {
    let out = mint(args);
    assert_ne!(out.code, Some(0), "{args:?} must be refused: {out:#?}");
    assert_eq!(out.stdout, "", "{args:?}: stdout must be empty");
    assert!(
        out.stderr.contains(needle),
        "{args:?}: stderr lacks `{needle}`: {out:#?}"
    );
}

/// `inspect --format json` of `token` (with `key_args`, and `--provider` when given).
fn inspect(token: &str, key_args: &[&str], provider: Option<&str>) -> (Option<i32>, Value) {
    let mut cmd = jwtmint();
    cmd.args(["inspect", "--format", "json"]).args(key_args);
    if let Some(name) = provider {
        cmd.args(["--provider", name]);
    }
    cmd.arg(token);
    let out = run(&mut cmd);
    let report = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("inspect printed no JSON report ({e}): {out:#?}"));
    (out.code, report)
}

/// The token minted now by `args` (inspect checks times against the clock, so no `--iat`)
/// passes `inspect --provider NAME`, and is guessed as NAME when `guessed`.
fn inspect_passes(args: &[&str], key_args: &[&str], name: &str, guessed: bool) {
    let printed = one_line(jwtmint().args(args).args(["--format", "token"]));
    let token = token_in(&printed);
    let (code, report) = inspect(&token, key_args, Some(name));
    assert_eq!(code, Some(0), "{name}: {report:#}");
    assert_eq!(report["problems"], json!([]), "{name}: {report:#}");
    assert_eq!(report["signature"], "valid", "{name}: {report:#}");
    if guessed {
        let (code, report) = inspect(&token, key_args, None);
        assert_eq!(code, Some(0), "{name}: {report:#}");
        assert_eq!(report["provider"], name, "{name} is guessed: {report:#}");
    }
}

/// `jwtmint sign` with these claims, checked as `name`: fails with a problem containing each of
/// `needles`.
fn inspect_reports(
    secret_file: &str,
    claims: Value,
    header_typ: &str,
    name: &str,
    needles: &[&str],
) {
    let claims_file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(claims_file.path(), claims.to_string()).unwrap();
    let token = one_line(jwtmint().args([
        "sign",
        "--secret-file",
        secret_file,
        "--claims-file",
        claims_file.path().to_str().unwrap(),
        "--typ",
        header_typ,
        "--expires-in",
        "1h",
    ]));
    let (code, report) = inspect(&token, &["--secret-file", secret_file], Some(name));
    assert_eq!(code, Some(1), "{name}: {report:#}");
    let problems = report["problems"].to_string();
    for needle in needles {
        assert!(
            problems.contains(needle),
            "{name}: no problem with `{needle}`: {report:#}"
        );
    }
}

/// `--batch -` over `input`: one output line per input line, each through `check`.
fn batch(args: &[&str], input: &str) -> Vec<String> {
    let mut cmd = jwtmint();
    cmd.args(args)
        .args(["--iat", &IAT.to_string(), "--batch", "-"])
        .write_stdin(input.to_string());
    let out = run(&mut cmd);
    assert_eq!(out.code, Some(0), "batch {args:?}: {out:#?}");
    let lines: Vec<String> = out.stdout.lines().map(String::from).collect();
    assert_eq!(lines.len(), input.lines().count(), "{out:#?}");
    lines
}

// ---------------------------------------------------------------- livekit

const LK_SECRET: &str = "livekit-api-secret.txt";

fn lk(extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = ["livekit", "--api-key", "APIkey", "--secret-file"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    args.push(service_fixture(LK_SECRET));
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

#[test]
fn livekit_tokens() {
    let args = lk(&[
        "--identity",
        "bot-1",
        "--room",
        "standup",
        "--name",
        "Bot",
        "--attr",
        "lang=fr=CA",
        "--grant",
        "roomAdmin",
        "--grant",
        "canPublish=false",
    ]);
    let token = line(&strs(&args));
    let (header, payload) = verified(&token, "HS256", &secret(LK_SECRET));
    assert_eq!(header, json!({"alg": "HS256", "typ": "JWT"}));
    assert_eq!(
        payload,
        json!({
            "iss": "APIkey", "sub": "bot-1", "name": "Bot", "attributes": {"lang": "fr=CA"},
            "iat": IAT, "nbf": IAT, "exp": IAT + 6 * 3600,
            "video": {"roomJoin": true, "room": "standup", "canPublish": false, "canSubscribe": true,
                      "canPublishData": true, "roomAdmin": true}
        })
    );
    let url = line(&strs(&lk(&[
        "--identity",
        "bot-1",
        "--room",
        "standup",
        "--url",
        "wss://lk.example.com",
    ])));
    assert!(
        url.starts_with("wss://lk.example.com?access_token=eyJ"),
        "{url}"
    );

    for (grant, closest) in [
        ("canPublsh", "`canPublish`"),
        ("roomadmin", "`roomAdmin`"),
        ("can_publish_data=false", "`canPublishData`"),
    ] {
        refused(
            &strs(&lk(&["--identity", "x", "--room", "r", "--grant", grant])),
            closest,
        );
    }
    refused(
        &strs(&lk(&[
            "--identity",
            "x",
            "--room",
            "r",
            "--grant",
            "canPublish=maybe",
        ])),
        "true or false",
    );
    refused(&strs(&lk(&["--room", "r"])), "--identity");
    refused(&strs(&lk(&["--identity", "x"])), "grants nothing");
    refused(
        &strs(&lk(&["--identity", "x", "--grant", "roomJoin"])),
        "roomJoin needs a room",
    );
    refused(
        &strs(&lk(&[
            "--identity",
            "x",
            "--room",
            "r",
            "--claim",
            "video:={}",
        ])),
        "video",
    );
    refused(
        &strs(&lk(&["--identity", "x", "--room", "r", "--no-exp"])),
        "--no-exp",
    );
    refused(
        &strs(&lk(&["--identity", "x", "--room", "r", "--format", "url"])),
        "--url",
    );

    let lines = batch(
        &strs(&lk(&["--room", "standup"])),
        "{\"identity\": \"a\"}\n{\"identity\": \"b\", \"grant\": [\"hidden\"]}\n",
    );
    let (_, second) = verified(&lines[1], "HS256", &secret(LK_SECRET));
    assert_eq!(second["sub"], "b");
    assert_eq!(second["video"]["hidden"], true);

    let key_args = ["--secret-file", &service_fixture(LK_SECRET)];
    inspect_passes(&strs(&args), &key_args, "livekit", true);
    inspect_reports(
        &service_fixture(LK_SECRET),
        json!({"iss": "APIkey", "video": {"roomJoin": true, "room": "r", "canPublsh": true}}),
        "JWT",
        "livekit",
        &[
            "unknown grant `video.canPublsh` (did you mean `canPublish`?)",
            "`sub` (the identity) missing",
        ],
    );
}

// ---------------------------------------------------------------- jitsi

const JITSI_SECRET: &str = "jitsi-app-secret.txt";

fn jitsi(extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = ["jitsi", "--app-id", "myapp", "--secret-file"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    args.push(service_fixture(JITSI_SECRET));
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn jitsi_tokens() {
    let args = jitsi(&[
        "--room",
        "Standup",
        "--user-name",
        "Bot",
        "--user-id",
        "bot-1",
        "--feature",
        "recording",
    ]);
    let token = line(&strs(&args));
    let (header, payload) = verified(&token, "HS256", &secret(JITSI_SECRET));
    assert_eq!(header, json!({"alg": "HS256", "typ": "JWT"}));
    assert_eq!(
        payload,
        json!({"iss": "myapp", "aud": "jitsi", "sub": "*", "room": "Standup", "iat": IAT, "exp": IAT + 3600,
               "context": {"user": {"id": "bot-1", "name": "Bot"}, "features": {"recording": true}}})
    );
    // --typ "" cannot drop typ: the service sets it.
    let (header, _) = decode_unverified(&line(&strs(&jitsi(&["--room", "r", "--typ", ""]))));
    assert_eq!(header["typ"], "JWT");
    // --moderator says so on stderr; RS256 with --kid; the URL form.
    let out = mint(&strs(&jitsi(&["--room", "r", "--moderator"])));
    assert_eq!(out.code, Some(0));
    assert!(out.stderr.contains("moderator"), "{out:#?}");
    let url = line(&[
        "jitsi",
        "--app-id",
        "myapp",
        "--key",
        &key("rsa2048-pkcs8.pem"),
        "--kid",
        "jitsi/key-1",
        "--room",
        "Team room",
        "--url",
        "https://meet.example.com",
    ]);
    assert!(
        url.starts_with("https://meet.example.com/Team%20room?jwt=eyJ"),
        "{url}"
    );
    let (header, _) = verified(
        &token_in(&url),
        "RS256",
        &std::fs::read(key("rsa2048.pub.pem")).unwrap(),
    );
    assert_eq!(
        header,
        json!({"alg": "RS256", "typ": "JWT", "kid": "jitsi/key-1"})
    );
    let out = mint(&strs(&jitsi(&["--room", "r", "--expires-in", "2m"])));
    assert_eq!(out.code, Some(0));
    assert!(out.stderr.contains("no clock leeway"), "{out:#?}");

    // 8x8 JaaS: iss chat, sub the app id, RS256 with an APP/KEYID kid, string booleans.
    let app = "vpaas-magic-cookie-0123abcd";
    let rsa = key("rsa2048-pkcs8.pem");
    let kid = format!("{app}/4f2e");
    let jaas = line(&[
        "jitsi",
        "--jaas",
        "--app-id",
        app,
        "--key",
        &rsa,
        "--kid",
        &kid,
        "--room",
        "Daily",
        "--moderator",
        "--format",
        "url",
    ]);
    assert!(
        jaas.starts_with(&format!("https://8x8.vc/{app}/Daily?jwt=eyJ")),
        "{jaas}"
    );
    let (header, payload) = verified(
        &token_in(&jaas),
        "RS256",
        &std::fs::read(key("rsa2048.pub.pem")).unwrap(),
    );
    assert_eq!(header, json!({"alg": "RS256", "typ": "JWT", "kid": kid}));
    assert_eq!(
        payload,
        json!({"iss": "chat", "aud": "jitsi", "sub": app, "room": "Daily", "iat": IAT, "exp": IAT + 3600,
               "context": {"user": {"moderator": "true"}}})
    );
    refused(
        &[
            "jitsi", "--jaas", "--app-id", app, "--key", &rsa, "--kid", "4f2e", "--room", "r",
        ],
        "KEYID",
    );
    refused(
        &[
            "jitsi",
            "--jaas",
            "--app-id",
            app,
            "--secret-file",
            &service_fixture(JITSI_SECRET),
            "--kid",
            &kid,
            "--room",
            "r",
        ],
        "RS256",
    );

    refused(&strs(&jitsi(&[])), "--room");
    refused(
        &[
            "jitsi",
            "--app-id",
            "a",
            "--key",
            &key("rsa2048-pkcs8.pem"),
            "--room",
            "r",
        ],
        "--kid",
    );
    refused(
        &[
            "jitsi",
            "--app-id",
            "a",
            "--key",
            &key("ec-p256-pkcs8.pem"),
            "--kid",
            "k",
            "--room",
            "r",
        ],
        "",
    );
    refused(&strs(&jitsi(&["--room", "r", "--typ", "at+jwt"])), "`typ`");
    refused(
        &strs(&jitsi(&["--room", "r", "--feature", "recordings"])),
        "recording",
    );
    refused(
        &strs(&jitsi(&["--room", "r", "--claim", "context:={}"])),
        "context",
    );

    let lines = batch(
        &strs(&jitsi(&[])),
        "{\"room\": \"a\"}\n{\"room\": \"b\", \"user-name\": \"N\"}\n",
    );
    let (_, second) = verified(&lines[1], "HS256", &secret(JITSI_SECRET));
    assert_eq!(second["room"], "b");
    assert_eq!(second["context"]["user"]["name"], "N");

    inspect_passes(
        &strs(&args),
        &["--secret-file", &service_fixture(JITSI_SECRET)],
        "jitsi",
        true,
    );
    inspect_reports(
        &service_fixture(JITSI_SECRET),
        json!({"iss": "myapp", "aud": "jitsi", "room": "r"}),
        "",
        "jitsi",
        &["Invalid typ"],
    );
}

// ---------------------------------------------------------------- supabase

const SB_SECRET: &str = "supabase-jwt-secret.txt";
const USER: &str = "3b1f0e2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b";

fn supabase(extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "supabase",
        "--project-ref",
        "abcdefghijklmnopqrst",
        "--secret-file",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.push(service_fixture(SB_SECRET));
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn supabase_tokens() {
    let token = line(&strs(&supabase(&[
        "--sub",
        USER,
        "--email",
        "joe@example.com",
        "--app-metadata",
        "{\"provider\":\"email\"}",
    ])));
    let (header, mut payload) = verified(&token, "HS256", &secret(SB_SECRET));
    assert_eq!(header, json!({"alg": "HS256", "typ": "JWT"}));
    let session = payload
        .as_object_mut()
        .unwrap()
        .remove("session_id")
        .unwrap();
    assert_eq!(session.as_str().unwrap().len(), 36);
    assert_eq!(
        payload,
        json!({"iss": "https://abcdefghijklmnopqrst.supabase.co/auth/v1", "aud": "authenticated", "sub": USER,
               "role": "authenticated", "email": "joe@example.com", "phone": "", "app_metadata": {"provider": "email"},
               "user_metadata": {}, "aal": "aal1", "is_anonymous": false, "iat": IAT, "exp": IAT + 3600})
    );
    let anon = line(&strs(&supabase(&["--anon"])));
    let (_, payload) = verified(&anon, "HS256", &secret(SB_SECRET));
    assert_eq!(
        payload,
        json!({"iss": "supabase", "ref": "abcdefghijklmnopqrst", "role": "anon", "iat": IAT, "exp": IAT + 3600})
    );
    let out = mint(&strs(&supabase(&["--service-role", "--format", "header"])));
    assert_eq!(out.code, Some(0));
    assert!(
        out.stdout.starts_with("Authorization: Bearer eyJ"),
        "{out:#?}"
    );
    assert!(
        out.stderr.contains("bypasses row-level security"),
        "{out:#?}"
    );
    assert!(out.stderr.contains("apikey"), "{out:#?}");
    // An asymmetric key needs a kid in the header; --kid gives it until JWK keys load.
    let es = line(&[
        "supabase",
        "--project-ref",
        "abc",
        "--key",
        &key("ec-p256-pkcs8.pem"),
        "--kid",
        "k1",
        "--anon",
    ]);
    assert_eq!(
        decode_unverified(&es).0,
        json!({"alg": "ES256", "typ": "JWT", "kid": "k1"})
    );
    refused(
        &[
            "supabase",
            "--project-ref",
            "abc",
            "--key",
            &key("ec-p256-pkcs8.pem"),
            "--anon",
        ],
        "kid",
    );

    refused(&strs(&supabase(&[])), "--sub UUID");
    refused(&strs(&supabase(&["--anon", "--service-role"])), "only one");
    refused(&strs(&supabase(&["--anon", "--sub", USER])), "only one");
    refused(&strs(&supabase(&["--sub", "joe"])), "not a UUID");
    refused(
        &strs(&supabase(&["--sub", USER, "--app-metadata", "[1,2]"])),
        "JSON object",
    );
    refused(
        &strs(&supabase(&[
            "--sub",
            USER,
            "--user-metadata",
            "{name: joe}",
        ])),
        "not JSON",
    );
    refused(
        &strs(&supabase(&["--anon", "--claim", "role=service_role"])),
        "role",
    );
    refused(&strs(&supabase(&["--anon", "--no-exp"])), "--no-exp");

    let lines = batch(
        &strs(&supabase(&[])),
        &format!("{{\"sub\": \"{USER}\"}}\n{{\"anon\": true}}\n"),
    );
    assert_eq!(
        verified(&lines[0], "HS256", &secret(SB_SECRET)).1["role"],
        "authenticated"
    );
    assert_eq!(
        verified(&lines[1], "HS256", &secret(SB_SECRET)).1["role"],
        "anon"
    );

    inspect_passes(
        &strs(&supabase(&["--sub", USER])),
        &["--secret-file", &service_fixture(SB_SECRET)],
        "supabase",
        true,
    );
    inspect_reports(
        &service_fixture(SB_SECRET),
        json!({"iss": "https://x.supabase.co/auth/v1", "sub": "joe"}),
        "JWT",
        "supabase",
        &["`role` missing", "user's UUID"],
    );
}

// ---------------------------------------------------------------- postgrest

const PG_SECRET: &str = "postgrest-jwt-secret.txt";

fn postgrest(extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = ["postgrest", "--secret-file"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    args.push(service_fixture(PG_SECRET));
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn postgrest_tokens() {
    let token = line(&strs(&postgrest(&["--role", "web_user"])));
    let (header, payload) = verified(&token, "HS256", &secret(PG_SECRET));
    assert_eq!(header, json!({"alg": "HS256", "typ": "JWT"}));
    assert_eq!(
        payload,
        json!({"role": "web_user", "iat": IAT, "exp": IAT + 3600})
    );
    let nested = line(&strs(&postgrest(&[
        "--role",
        "web_user",
        "--role-claim-key",
        ".realm_access.roles[0]",
        "--aud",
        "api",
    ])));
    assert_eq!(
        verified(&nested, "HS256", &secret(PG_SECRET)).1,
        json!({"realm_access": {"roles": ["web_user"]}, "aud": "api", "iat": IAT, "exp": IAT + 3600})
    );
    let quoted = line(&strs(&postgrest(&[
        "--role",
        "author",
        "--role-claim-key",
        ".\"https://example.com/claims\".role",
    ])));
    assert_eq!(
        verified(&quoted, "HS256", &secret(PG_SECRET)).1["https://example.com/claims"],
        json!({"role": "author"})
    );
    let es = line(&[
        "postgrest",
        "--key",
        &key("ec-p256-pkcs8.pem"),
        "--role",
        "web_user",
    ]);
    assert_eq!(
        verified(
            &es,
            "ES256",
            &std::fs::read(key("ec-p256.pub.pem")).unwrap()
        )
        .1["role"],
        "web_user"
    );

    refused(&strs(&postgrest(&[])), "--role");
    refused(&strs(&postgrest(&["--role", ""])), "anonymous role");
    let short = [
        "postgrest",
        "--secret-file",
        &key("hmac-secret-short.txt"),
        "--role",
        "w",
    ];
    refused(&short, "32 characters");
    // One message per fact: the refusal, not a short-secret warning before it.
    let out = mint(&short);
    assert_eq!(out.stderr.lines().count(), 1, "{out:#?}");
    refused(
        &strs(&postgrest(&[
            "--role",
            "r",
            "--role-claim-key",
            "realm_access.roles[x",
        ])),
        "--role-claim-key",
    );
    refused(
        &strs(&postgrest(&[
            "--role",
            "r",
            "--role-claim-key",
            ".roles[?(@ == \"r\")]",
        ])),
        "filter",
    );
    refused(
        &strs(&postgrest(&["--role", "r", "--claim", "role=admin"])),
        "role",
    );

    let lines = batch(
        &strs(&postgrest(&[])),
        "{\"role\": \"a\"}\n{\"role\": \"b\"}\n",
    );
    assert_eq!(
        verified(&lines[1], "HS256", &secret(PG_SECRET)).1["role"],
        "b"
    );

    inspect_passes(
        &strs(&postgrest(&["--role", "web_user"])),
        &["--secret-file", &service_fixture(PG_SECRET)],
        "postgrest",
        true,
    );
    inspect_reports(
        &service_fixture(PG_SECRET),
        json!({"sub": "x"}),
        "JWT",
        "postgrest",
        &["anonymous role"],
    );
}

// ---------------------------------------------------------------- hasura

const HASURA_SECRET: &str = "hasura-jwt-secret.txt";
const NS: &str = "https://hasura.io/jwt/claims";

fn hasura(extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = ["hasura", "--secret-file"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    args.push(service_fixture(HASURA_SECRET));
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn hasura_tokens() {
    let token = line(&strs(&hasura(&[
        "--default-role",
        "user",
        "--allowed-role",
        "user",
        "--allowed-role",
        "editor",
        "--user-id",
        "42",
        "--session-var",
        "x-hasura-org-id=7",
    ])));
    let (header, payload) = verified(&token, "HS256", &secret(HASURA_SECRET));
    assert_eq!(header, json!({"alg": "HS256", "typ": "JWT"}));
    let session = json!({"x-hasura-allowed-roles": ["user", "editor"], "x-hasura-default-role": "user",
                         "x-hasura-user-id": "42", "x-hasura-org-id": "7"});
    assert_eq!(payload, json!({NS: session, "iat": IAT, "exp": IAT + 3600}));
    let stringified = line(&strs(&hasura(&[
        "--default-role",
        "user",
        "--allowed-role",
        "user",
        "--stringified",
    ])));
    let value = verified(&stringified, "HS256", &secret(HASURA_SECRET)).1[NS].clone();
    assert_eq!(
        serde_json::from_str::<Value>(value.as_str().unwrap()).unwrap(),
        json!({"x-hasura-allowed-roles": ["user"], "x-hasura-default-role": "user"})
    );
    let at_path = line(&strs(&hasura(&[
        "--default-role",
        "user",
        "--allowed-role",
        "user",
        "--namespace-path",
        "$.hasura.claims",
    ])));
    assert_eq!(
        verified(&at_path, "HS256", &secret(HASURA_SECRET)).1["hasura"]["claims"]
            ["x-hasura-default-role"],
        "user"
    );

    refused(
        &strs(&hasura(&[
            "--default-role",
            "admin",
            "--allowed-role",
            "user",
        ])),
        "`admin` is not among",
    );
    refused(
        &strs(&hasura(&["--default-role", "user"])),
        "--allowed-role",
    );
    refused(
        &strs(&hasura(&[
            "--default-role",
            "user",
            "--allowed-role",
            "user",
            "--namespace",
            "https://x",
            "--namespace-path",
            "$.a",
        ])),
        "not both",
    );
    refused(
        &[
            "hasura",
            "--secret-file",
            &key("hmac-secret-short.txt"),
            "--default-role",
            "u",
            "--allowed-role",
            "u",
        ],
        "32 characters",
    );
    refused(
        &strs(&hasura(&[
            "--default-role",
            "u",
            "--allowed-role",
            "u",
            "--session-var",
            "org-id=7",
        ])),
        "x-hasura-",
    );
    refused(
        &strs(&hasura(&[
            "--default-role",
            "u",
            "--allowed-role",
            "u",
            "--session-var",
            "x-hasura-org-id:=7",
        ])),
        "as a string",
    );

    let lines = batch(
        &strs(&hasura(&[
            "--allowed-role",
            "user",
            "--allowed-role",
            "editor",
        ])),
        "{\"default-role\": \"user\"}\n{\"default-role\": \"editor\", \"user-id\": 9}\n",
    );
    let second = verified(&lines[1], "HS256", &secret(HASURA_SECRET)).1;
    assert_eq!(second[NS]["x-hasura-default-role"], "editor");
    assert_eq!(second[NS]["x-hasura-user-id"], "9");

    inspect_passes(
        &strs(&hasura(&[
            "--default-role",
            "user",
            "--allowed-role",
            "user",
            "--user-id",
            "1",
        ])),
        &["--secret-file", &service_fixture(HASURA_SECRET)],
        "hasura",
        true,
    );
    inspect_reports(
        &service_fixture(HASURA_SECRET),
        json!({NS: {"x-hasura-allowed-roles": ["user"], "x-hasura-default-role": "admin", "x-hasura-user-id": 42}}),
        "JWT",
        "hasura",
        &[
            "default role `admin` is not in",
            "`x-hasura-user-id` must be a string",
        ],
    );
}

// ---------------------------------------------------------------- metabase

const MB_SECRET: &str = "metabase-embedding-secret.txt";

fn metabase(extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "metabase",
        "--site-url",
        "https://mb.example.com/",
        "--secret-file",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.push(service_fixture(MB_SECRET));
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn metabase_urls() {
    let url = line(&strs(&metabase(&["--dashboard", "7"])));
    let token = token_in(&url);
    assert_eq!(
        url,
        format!("https://mb.example.com/embed/dashboard/{token}#bordered=true&titled=true")
    );
    // The key is the secret's text, not its hex decoding.
    let (header, payload) = verified(&token, "HS256", &secret(MB_SECRET));
    assert_eq!(header, json!({"alg": "HS256", "typ": "JWT"}));
    assert_eq!(
        payload,
        json!({"resource": {"dashboard": 7}, "params": {}, "iat": IAT, "exp": IAT + 600})
    );
    let url = line(&strs(&metabase(&[
        "--question",
        "12",
        "--param",
        "region=west",
        "--bordered",
        "false",
        "--theme",
        "night",
    ])));
    assert!(
        url.starts_with("https://mb.example.com/embed/question/eyJ")
            && url.ends_with("#bordered=false&titled=true&theme=night"),
        "{url}"
    );
    assert_eq!(
        verified(&token_in(&url), "HS256", &secret(MB_SECRET)).1["params"],
        json!({"region": "west"})
    );
    let bare = line(&strs(&metabase(&["--dashboard", "7", "--format", "token"])));
    assert!(bare.starts_with("eyJ") && !bare.contains('/'));

    refused(&strs(&metabase(&["--dashboard", "0"])), "positive integers");
    refused(
        &strs(&metabase(&["--question", "12a"])),
        "positive integers",
    );
    refused(
        &strs(&metabase(&["--dashboard", "1", "--question", "2"])),
        "not both",
    );
    refused(&strs(&metabase(&[])), "--dashboard ID");
    refused(
        &strs(&metabase(&["--dashboard", "1", "--theme", "dark"])),
        "night, transparent",
    );
    refused(
        &strs(&metabase(&[
            "--dashboard",
            "1",
            "--claim",
            "resource:={\"dashboard\":2}",
        ])),
        "resource",
    );

    let lines = batch(
        &strs(&metabase(&[])),
        "{\"dashboard\": 8}\n{\"question\": \"9\", \"param\": {\"a\": \"b\"}}\n",
    );
    assert!(lines[1].starts_with("https://mb.example.com/embed/question/"));
    assert_eq!(
        verified(&token_in(&lines[1]), "HS256", &secret(MB_SECRET)).1["params"],
        json!({"a": "b"})
    );

    inspect_passes(
        &strs(&metabase(&["--dashboard", "7"])),
        &["--secret-file", &service_fixture(MB_SECRET)],
        "metabase",
        true,
    );
    inspect_reports(
        &service_fixture(MB_SECRET),
        json!({"resource": {"dashboard": 0}}),
        "JWT",
        "metabase",
        &["positive integer", "`params` missing"],
    );
}

// ---------------------------------------------------------------- zendesk

const ZD_SECRET: &str = "zendesk-shared-secret.txt";

fn zendesk(extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = ["zendesk", "--subdomain", "acme", "--secret-file"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    args.push(service_fixture(ZD_SECRET));
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn zendesk_urls() {
    let url = line(&strs(&zendesk(&[
        "--email",
        "joe@example.com",
        "--name",
        "Joe",
        "--tag",
        "vip",
        "--user-field",
        "plan=gold",
        "--return-to",
        "https://acme.zendesk.com/hc?x=1&y=2",
    ])));
    let token = token_in(&url);
    assert_eq!(
        url,
        format!("https://acme.zendesk.com/access/jwt?jwt={token}&return_to=https%3A%2F%2Facme.zendesk.com%2Fhc%3Fx%3D1%26y%3D2")
    );
    let (header, mut payload) = verified(&token, "HS256", &secret(ZD_SECRET));
    assert_eq!(header, json!({"alg": "HS256", "typ": "JWT"}));
    let jti = payload.as_object_mut().unwrap().remove("jti").unwrap();
    assert_eq!(jti.as_str().unwrap().len(), 36);
    assert_eq!(
        payload,
        json!({"iat": IAT, "email": "joe@example.com", "name": "Joe", "tags": ["vip"], "user_fields": {"plan": "gold"}})
    );
    let out = mint(&strs(&zendesk(&[
        "--email",
        "a@example.com",
        "--name",
        "A",
        "--role",
        "agent",
    ])));
    assert_eq!(out.code, Some(0));
    assert!(out.stderr.contains("staff rights"), "{out:#?}");
    assert_eq!(
        verified(&token_in(&out.stdout), "HS256", &secret(ZD_SECRET)).1["role"],
        "agent"
    );

    refused(&strs(&zendesk(&["--email", "j@example.com"])), "--name");
    refused(
        &strs(&zendesk(&[
            "--email",
            "j@example.com",
            "--name",
            "J",
            "--role",
            "owner",
        ])),
        "end-user",
    );
    refused(
        &strs(&zendesk(&[
            "--email",
            "j@example.com",
            "--name",
            "J",
            "--claim",
            "role=admin",
        ])),
        "role",
    );
    refused(
        &strs(&zendesk(&[
            "--email",
            "j@example.com",
            "--name",
            "J",
            "--no-iat",
        ])),
        "iat",
    );

    let lines = batch(
        &strs(&zendesk(&["--format", "token"])),
        "{\"email\": \"a@x.io\", \"name\": \"A\"}\n{\"email\": \"b@x.io\", \"name\": \"B\"}\n",
    );
    let (a, b) = (
        verified(&lines[0], "HS256", &secret(ZD_SECRET)).1,
        verified(&lines[1], "HS256", &secret(ZD_SECRET)).1,
    );
    assert_eq!(b["email"], "b@x.io");
    assert_ne!(a["jti"], b["jti"], "each login its own jti");

    inspect_passes(
        &strs(&zendesk(&["--email", "a@x.io", "--name", "A"])),
        &["--secret-file", &service_fixture(ZD_SECRET)],
        "zendesk",
        true,
    );
    inspect_reports(
        &service_fixture(ZD_SECRET),
        json!({"email": "a@x.io", "role": "owner"}),
        "JWT",
        "zendesk",
        &[
            "`jti` missing",
            "`name` missing",
            "end-user, agent or admin",
        ],
    );
}

// ---------------------------------------------------------------- gitbook

const GB_SECRET: &str = "gitbook-signing-key.txt";

#[test]
fn gitbook_urls() {
    let base = [
        "gitbook",
        "--site-url",
        "https://docs.example.com",
        "--secret-file",
    ];
    let secret_file = service_fixture(GB_SECRET);
    let mut args: Vec<&str> = base.to_vec();
    args.extend([
        secret_file.as_str(),
        "--path",
        "/guides/start",
        "--claim",
        "plan=pro",
        "--claim",
        "level:=3",
    ]);
    let url = line(&args);
    let token = token_in(&url);
    assert_eq!(
        url,
        format!("https://docs.example.com/guides/start?jwt_token={token}")
    );
    let (header, payload) = verified(&token, "HS256", &secret(GB_SECRET));
    assert_eq!(header, json!({"alg": "HS256", "typ": "JWT"}));
    assert_eq!(
        payload,
        json!({"plan": "pro", "level": 3, "iat": IAT, "exp": IAT + 3600})
    );

    refused(&["gitbook", "--secret-file", &secret_file], "--site-url");
    refused(
        &[
            "gitbook",
            "--secret-file",
            &secret_file,
            "--site-url",
            "https://d.io",
            "--path",
            "//evil.io/x",
        ],
        "--path",
    );
    refused(
        &[
            "gitbook",
            "--secret-file",
            &secret_file,
            "--site-url",
            "https://d.io",
            "--alg",
            "HS512",
        ],
        "HS512",
    );

    let mut args: Vec<&str> = base.to_vec();
    args.push(secret_file.as_str());
    let lines = batch(
        &args,
        "{\"path\": \"/a\"}\n{\"path\": \"/b\", \"claims\": {\"plan\": \"x\"}}\n",
    );
    assert!(lines[1].starts_with("https://docs.example.com/b?jwt_token="));
    assert_eq!(
        verified(&token_in(&lines[1]), "HS256", &secret(GB_SECRET)).1["plan"],
        "x"
    );

    // Any claims: GitBook is never guessed, but checks when named.
    let mut args: Vec<&str> = base.to_vec();
    args.extend([secret_file.as_str(), "--claim", "plan=pro"]);
    inspect_passes(&args, &["--secret-file", &secret_file], "gitbook", false);
    let out = run(jwtmint().args([
        "inspect",
        "--provider",
        "gitbook",
        "--secret-file",
        &secret_file,
        &token[..token.len() - 2],
    ]));
    assert_eq!(out.code, Some(1), "a changed signature fails: {out:#?}");
}
