//! Integration tests for the provider subcommands (`formio`, `realm`, `developerhub`,
//! `tinymce`, `tiledesk`): the real binary, run against the rules in `shared/providers.md`.
//!
//! Commands are written as shell-like strings split on whitespace (so no argument may contain
//! a space), run in `tests/fixtures/keys/` so that key files are named bare. Words starting
//! with `$` are shorthands, expanded by `expand`:
//!
//! | shorthand   | expands to |
//! |-------------|------------|
//! | `$P` `$F` `$R` | Form.io project, form and role ObjectIds |
//! | `$DATA`     | `--data id=3f2b9c1e-7a4d-4b8e`, a user id long enough for no warning |
//! | `$FORMIO`   | a valid `formio` command (its user id is long enough: no warning) |
//! | `$REALM`    | `realm --user-id joe` |
//! | `$HUB`      | `developerhub --docs-url https://docs.example.com` |
//! | `$DRIVE` `$AI` `$EXPORT` | a valid `tinymce` command for each product |
//! | `$TILEDESK` | a valid `tiledesk` command |
//! | `$HS`       | `--secret-file hmac-secret-64.txt` |
//! | `$RS`       | `--key rsa2048-pkcs1.pem` |

mod common;

use std::io::Write;

use assert_cmd::Command;
use serde_json::{json, Value};

use common::{decode_unverified, decode_verified, fixture, fixture_bytes, jwtmint, run, Run};

/// Every `--format claims` run fixes `iat` to this, so that payloads are exact.
const IAT: i64 = 1_700_000_000;

const P: &str = "5c81a2e7f1d3b40012345601";
const F: &str = "5c81a2e7f1d3b40012345602";
const R: &str = "5c81a2e7f1d3b40012345603";
/// Long enough (18 characters) that Form.io's 12-character user key gives no warning.
const FORMIO_USER_ID: &str = "3f2b9c1e-7a4d-4b8e";

/// The verifying key of the HMAC rows: `hmac-secret-64.txt` less its newline.
const HMAC: &str = "hmac-secret-64.txt";
const RSA_PUB: &str = "rsa2048.pub.pem";

fn shorthand(word: &str) -> Option<&'static str> {
    Some(match word {
        "$P" => P,
        "$F" => F,
        "$R" => R,
        "$DATA" => "--data id=3f2b9c1e-7a4d-4b8e",
        "$FORMIO" => "formio --project $P --form $F --role $R $DATA",
        "$REALM" => "realm --user-id joe",
        "$HUB" => "developerhub --docs-url https://docs.example.com",
        "$DRIVE" => "tinymce --sub joe --name Joe",
        "$AI" => "tinymce --product ai --api-key KEY --sub joe --permission ai:chat",
        "$EXPORT" => "tinymce --product export --api-key KEY",
        "$TILEDESK" => "tiledesk --project 5f8e1a2b3c4d5e6f7a8b9c0d --user-id u1",
        "$HS" => "--secret-file hmac-secret-64.txt",
        "$RS" => "--key rsa2048-pkcs1.pem",
        _ => return None,
    })
}

/// Splits a command on whitespace and expands the `$` shorthands.
fn expand(command: &str) -> Vec<String> {
    let mut args = Vec::new();
    for word in command.split_whitespace() {
        match shorthand(word) {
            Some(text) => args.extend(expand(text)),
            None if word.starts_with('$') => panic!("unknown shorthand {word} in `{command}`"),
            None => args.push(word.to_string()),
        }
    }
    args
}

/// `jwtmint` (clean environment, empty stdin) with these arguments, in the fixtures directory.
fn cmd(args: &[String]) -> Command {
    let mut cmd = jwtmint();
    cmd.current_dir(fixture("")).args(args);
    cmd
}

fn run_str(command: &str) -> Run {
    run(&mut cmd(&expand(command)))
}

/// Asserts a successful run that printed exactly one line; returns the line.
fn single_line(out: &Run, what: &str) -> String {
    assert_eq!(out.code, Some(0), "`{what}` failed: {out:#?}");
    let line = out
        .stdout
        .strip_suffix('\n')
        .unwrap_or_else(|| panic!("`{what}`: stdout does not end with a newline: {out:#?}"));
    assert!(!line.contains('\n'), "`{what}`: several lines: {out:#?}");
    line.to_string()
}

/// `command --iat IAT --format claims`: the payload, and what went to stderr.
fn claims_with_stderr(command: &str) -> (Value, String) {
    let full = format!("{command} --iat {IAT} --format claims");
    let out = run_str(&full);
    assert_eq!(out.code, Some(0), "`{full}` failed: {out:#?}");
    let payload = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("`{full}`: stdout is not JSON ({e}): {out:#?}"));
    (payload, out.stderr)
}

/// Like `claims_with_stderr`, and nothing may go to stderr.
fn claims(command: &str) -> Value {
    let (payload, stderr) = claims_with_stderr(command);
    assert_eq!(stderr, "", "`{command}`: unexpected stderr");
    payload
}

/// The bytes that verify a token: the HMAC secret, or a PEM public key.
fn verifying_key(name: &str) -> Vec<u8> {
    if name == HMAC {
        common::secret_64()
    } else {
        fixture_bytes(name)
    }
}

/// A compact JWS: three base64url segments, nothing else.
fn assert_compact(token: &str, context: &str) {
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3, "{context}: `{token}` is not a compact JWS");
    for part in parts {
        assert!(
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{context}: `{part}` is not base64url"
        );
    }
}

/// `command` with its `--format X` (if any) dropped.
fn without_format(args: &[String]) -> Vec<String> {
    let mut kept = Vec::new();
    let mut words = args.iter();
    while let Some(word) = words.next() {
        if word == "--format" {
            words.next();
        } else {
            kept.push(word.clone());
        }
    }
    kept
}

// ---------------------------------------------------------------------------------------------
// Payloads
// ---------------------------------------------------------------------------------------------

#[test]
fn every_payload_is_exact() {
    let formio_user =
        |data: Value, roles: Value| json!({"_id": "external", "data": data, "roles": roles});
    let cases: Vec<(&str, Value)> = vec![
        (
            "$FORMIO",
            json!({
                "external": true,
                "form": {"_id": F},
                "project": {"_id": P},
                "user": formio_user(json!({"id": FORMIO_USER_ID}), json!([R])),
                "iat": IAT,
                "exp": IAT + 3600,
            }),
        ),
        (
            // Two roles (ids are lower-cased), nested and typed data.
            "$FORMIO --role 5C81A2E7F1D3B40012345604 --data team.name=blue --data age:=40",
            json!({
                "external": true,
                "form": {"_id": F},
                "project": {"_id": P},
                "user": formio_user(
                    json!({"id": FORMIO_USER_ID, "team": {"name": "blue"}, "age": 40}),
                    json!([R, "5c81a2e7f1d3b40012345604"]),
                ),
                "iat": IAT,
                "exp": IAT + 3600,
            }),
        ),
        (
            "$FORMIO --admin",
            json!({
                "external": true,
                "form": {"_id": F},
                "project": {"_id": P},
                "user": formio_user(json!({"id": FORMIO_USER_ID}), json!([R])),
                "isAdmin": true,
                "iat": IAT,
                "exp": IAT + 3600,
            }),
        ),
        (
            "$REALM",
            json!({"userId": "joe", "iat": IAT, "exp": IAT + 3600}),
        ),
        (
            // A number-looking id is still a JSON string: a number crashes the verifier.
            "realm --user-id 42",
            json!({"userId": "42", "iat": IAT, "exp": IAT + 3600}),
        ),
        (
            "$REALM --user-id-claim sub",
            json!({"sub": "joe", "iat": IAT, "exp": IAT + 3600}),
        ),
        (
            "$REALM --admin",
            json!({"userId": "joe", "isAdmin": true, "iat": IAT, "exp": IAT + 3600}),
        ),
        (
            "$HUB",
            json!({"version": 1, "iat": IAT, "exp": IAT + 86_400}),
        ),
        (
            "$HUB --var user.name=Joe --var user.age:=40 --var plan=pro \
             --error-redirect-url https://docs.example.com/denied",
            json!({
                "version": 1,
                "vars": {"user": {"name": "Joe", "age": 40}, "plan": "pro"},
                "error_redirect_url": "https://docs.example.com/denied",
                "iat": IAT,
                "exp": IAT + 86_400,
            }),
        ),
        (
            "tinymce --sub joe --name Joe --drive-root /joe",
            json!({
                "sub": "joe",
                "name": "Joe",
                "https://claims.tiny.cloud/drive/root": "/joe",
                "iat": IAT,
                "exp": IAT + 600,
            }),
        ),
        (
            // `:` is fine in a sub that is a valid URI.
            "tinymce --product drive --sub urn:user:joe --name Joe",
            json!({"sub": "urn:user:joe", "name": "Joe", "iat": IAT, "exp": IAT + 600}),
        ),
        (
            "tinymce --product ai --api-key KEY --sub joe --permission ai:chat \
             --permission ai:review --user-name Joe --user-email joe@example.com",
            json!({
                "aud": "KEY",
                "sub": "joe",
                "auth": {"ai": {"permissions": ["ai:chat", "ai:review"]}},
                "user": {"name": "Joe", "email": "joe@example.com"},
                "iat": IAT,
                "exp": IAT + 600,
            }),
        ),
        (
            "$EXPORT",
            json!({"aud": "KEY", "iat": IAT, "exp": IAT + 600}),
        ),
        (
            "$TILEDESK",
            json!({
                "_id": "u1",
                "sub": "userexternal",
                "aud": "https://tiledesk.com/projects/5f8e1a2b3c4d5e6f7a8b9c0d",
                "iat": IAT,
                "exp": IAT + 86_400,
            }),
        ),
        (
            "$TILEDESK --firstname Ann --lastname Lee --email a@example.com \
             --attr plan=pro --attr seats:=3 --audience-base https://chat.example.com/",
            json!({
                "_id": "u1",
                "sub": "userexternal",
                "aud": "https://chat.example.com/projects/5f8e1a2b3c4d5e6f7a8b9c0d",
                "firstname": "Ann",
                "lastname": "Lee",
                "email": "a@example.com",
                "plan": "pro",
                "seats": 3,
                "iat": IAT,
                "exp": IAT + 86_400,
            }),
        ),
    ];
    for (command, expected) in cases {
        assert_eq!(claims(command), expected, "`{command}`");
    }
}

/// The default `exp` per service, and `--expires-in` / `--exp` / `--no-exp`.
#[test]
fn expiry_options() {
    // (command, default lifetime, whether --no-exp is allowed)
    let cases = [
        ("$FORMIO", 3600, true),
        ("$REALM", 3600, true),
        ("$HUB", 86_400, false),
        ("$DRIVE", 600, true),
        ("$AI", 600, false),
        ("$EXPORT", 600, false),
        ("$TILEDESK", 86_400, true),
    ];
    for (command, default, may_omit) in cases {
        let exp = |extra: &str| claims(&format!("{command} {extra}")).get("exp").cloned();
        assert_eq!(exp(""), Some(json!(IAT + default)), "`{command}` default");
        assert_eq!(
            exp("--expires-in 90m"),
            Some(json!(IAT + 5400)),
            "`{command} --expires-in 90m`"
        );
        assert_eq!(
            exp("--exp 1700000500"),
            Some(json!(1_700_000_500)),
            "`{command} --exp`"
        );
        let no_exp = format!("{command} --no-exp");
        if may_omit {
            let payload = claims(&no_exp);
            assert!(payload.get("exp").is_none(), "`{no_exp}`: {payload}");
            assert_eq!(payload["iat"], json!(IAT), "`{no_exp}`");
        } else {
            let out = run_str(&no_exp);
            assert_eq!(
                out.code,
                Some(2),
                "`{no_exp}` must be refused as a usage error: {out:#?}"
            );
            assert_eq!(out.stdout, "", "`{no_exp}`");
            assert!(
                out.stderr
                    .contains("requires an expiry: --no-exp is not allowed"),
                "`{no_exp}`: {}",
                out.stderr
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Validation errors
// ---------------------------------------------------------------------------------------------

/// Every refusal: (command, exit code, a part of stderr). Nothing may go to stdout.
/// Exit code 2: a value typed on the command line is wrong or does not fit; 1: what reading a
/// file or key found (`src/exit.rs`).
#[rustfmt::skip]
const REFUSALS: &[(&str, i32, &str)] = &[
    // formio
    ("formio --project nope --form $F --role $R $DATA", 2, "--project `nope` is not a 24-hex-digit ObjectId"),
    ("formio --project $P --form 5c81a2e7f1d3b4001234560 --role $R $DATA", 2, "--form `5c81a2e7f1d3b4001234560` is not"),
    ("formio --project $P --form $F --role administrator $DATA", 2, "--role `administrator` is not a 24-hex-digit"),
    ("$FORMIO --role 5c81a2e7f1d3b4001234560g", 2, "--role `5c81a2e7f1d3b4001234560g` is not a 24-hex-digit"),
    ("formio --project $P --form $F $DATA", 2, "--role is required"),
    ("formio --project $P --form $F --role $R", 2, "user.data must not be empty"),
    ("$FORMIO --claim isAdmin:=true", 2, "refusing claim `isAdmin`"),
    ("$FORMIO --claim temp:=true", 2, "refusing claim `temp`"),
    ("$FORMIO --claim allow=all", 2, "refusing claim `allow`"),
    ("$FORMIO --claim permission=admin", 2, "refusing claim `permission`"),
    ("$FORMIO --claim access=all", 2, "refusing claim `access`"),
    ("$FORMIO --claim external:=false", 2, "claim `external` is fixed by formio"),
    ("$FORMIO $HS --format url", 2, "formio has no `url` output; it has: token, json, header, claims"),
    ("$FORMIO $RS --alg RS256", 2, "formio does not accept RS256; it accepts: HS256, HS384, HS512"),
    // realm
    ("$REALM --key ec-p256-pkcs8.pem", 1, "RS256 needs an RSA private key"),
    ("$REALM $HS --alg HS256", 2, "realm does not accept HS256; it accepts: RS256"),
    ("$REALM --claim isAdmin:=true", 2, "refusing claim `isAdmin`"),
    ("$REALM $HS", 2, "not --secret-file"),
    ("$REALM --user-id-claim isAdmin", 2, "--user-id-claim `isAdmin` cannot hold the user id"),
    ("realm $RS", 2, "--user-id is required"),
    // developerhub
    ("developerhub $HS --docs-url docs.example.com", 2, "--docs-url `docs.example.com` is not an absolute URL"),
    ("developerhub $HS --docs-url ftp://docs.example.com", 2, "must be an http:// or https:// URL"),
    ("developerhub $HS --docs-url https://docs.example.com/login?redirect=https://evil.example/", 2,
     "off the docs site docs.example.com"),
    ("developerhub $HS --docs-url https://docs.example.com/login?redirect=//evil.example/", 2,
     "a redirect must stay on the docs host"),
    ("$HUB $HS --no-exp", 2, "developerhub requires an expiry"),
    ("$HUB $HS --alg HS384", 2, "developerhub does not accept HS384; it accepts: HS256, HS512"),
    ("$HUB $HS --format header", 2, "developerhub has no `header` output; it has: url, token, json, claims"),
    ("$HUB $HS --error-redirect-url nope", 2, "--error-redirect-url `nope` is not an absolute URL"),
    // tinymce
    ("$DRIVE $HS --alg HS256", 2, "tinymce does not accept HS256"),
    ("$DRIVE $HS", 2, "not --secret-file"),
    ("tinymce --sub joe", 2, "--product drive needs --name"),
    ("tinymce --name Joe", 2, "--product drive needs --sub"),
    ("tinymce --sub :joe --name Joe", 2, "--sub `:joe` contains `:` but is not a valid URI"),
    ("tinymce --sub user@corp:joe --name Joe", 2, "--sub `user@corp:joe` contains `:` but is not a valid URI"),
    ("tinymce --sub a:b|c --name Joe", 2, "--sub `a:b|c` contains `:` but is not a valid URI"),
    ("$DRIVE --api-key KEY", 2, "--api-key does not apply to --product drive"),
    ("$DRIVE --drive-root joe", 2, "--drive-root `joe` must be an absolute path"),
    ("$AI --expires-in 25h", 2, "tinymce refuses tokens that live longer than 1d"),
    ("$AI --no-iat", 2, "tinymce requires `iat`"),
    ("$AI --no-exp", 2, "tinymce requires an expiry"),
    ("$EXPORT --no-iat", 2, "tinymce requires `iat`"),
    ("$EXPORT --no-exp", 2, "tinymce requires an expiry"),
    ("tinymce --product ai --sub joe --permission ai:chat", 2, "--product ai needs --api-key"),
    ("tinymce --product ai --api-key KEY --permission ai:chat", 2, "--product ai needs --sub"),
    ("tinymce --product export", 2, "--product export needs --api-key"),
    ("$EXPORT --sub joe", 2, "--sub does not apply to --product export"),
    ("$DRIVE $RS --format url", 2, "tinymce has no `url` output"),
    // tiledesk
    ("tiledesk --project 5f8e1a2b3c4d5e6f7a8b9c0d --user-id u.1", 2, "--user-id `u.1` may contain only letters"),
    ("$TILEDESK --role agent", 2, "--role needs --email"),
    ("$TILEDESK --claim role=owner", 2, "refusing claim `role`"),
    ("$TILEDESK --claim id=x", 2, "refusing claim `id`"),
    ("$TILEDESK --claim subject=x", 2, "refusing claim `subject`"),
    ("$TILEDESK --claim audience=x", 2, "refusing claim `audience`"),
    ("$TILEDESK --claim sub=other", 2, "claim `sub` is fixed by tiledesk"),
    ("$TILEDESK --attr sub=x", 2, "--attr cannot set `sub`"),
    ("$TILEDESK --attr role=owner", 2, "--attr cannot set `role`"),
    ("$TILEDESK $HS --format url", 2, "--format url needs --url"),
    ("$TILEDESK --url nope", 2, "--url `nope` is not an absolute URL"),
    ("$TILEDESK --audience-base tiledesk.com", 2, "--audience-base `tiledesk.com` is not an absolute URL"),
    ("$TILEDESK $RS --alg RS256", 2, "tiledesk does not accept RS256"),
];

#[test]
fn every_validation_error_is_refused() {
    let mut wrong = Vec::new();
    for &(command, code, message) in REFUSALS {
        let out = run_str(command);
        if out.code != Some(code) {
            wrong.push(format!("{:?} {command} :: {}", out.code, out.stderr.trim()));
            continue;
        }
        assert_eq!(out.stdout, "", "`{command}` printed on stdout");
        assert!(
            out.stderr.contains(message),
            "`{command}`: stderr lacks `{message}`:\n{}",
            out.stderr
        );
        // Every error is one line, clap's usage errors too.
        assert!(
            out.stderr.starts_with("jwtmint: error: ") && out.stderr.lines().count() == 1,
            "`{command}`: stderr is not one `jwtmint: error:` line:\n{}",
            out.stderr
        );
    }
    assert!(wrong.is_empty(), "wrong exit codes:\n{}", wrong.join("\n"));
}

/// The claims that escalate privileges are refused in a claims file as in `--claim`.
#[test]
fn dangerous_claims_are_refused_in_a_claims_file() {
    let cases = [
        (
            "$FORMIO",
            json!({"isAdmin": true}),
            "refusing claim `isAdmin`",
        ),
        ("$FORMIO", json!({"access": []}), "refusing claim `access`"),
        (
            "$REALM",
            json!({"isAdmin": true}),
            "refusing claim `isAdmin`",
        ),
        (
            "$TILEDESK",
            json!({"role": "admin"}),
            "refusing claim `role`",
        ),
    ];
    for (command, file_claims, message) in cases {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        write!(file, "{file_claims}").unwrap();
        let mut args = expand(command);
        args.push("--claims-file".into());
        args.push(file.path().to_str().unwrap().into());
        let out = run(&mut cmd(&args));
        assert_eq!(out.code, Some(1), "{args:?}: {out:#?}");
        assert_eq!(out.stdout, "", "{args:?}");
        assert!(out.stderr.contains(message), "{args:?}: {}", out.stderr);
    }
}

/// The explicit flags set what `--claim` may not, as the right JSON type.
#[test]
fn explicit_flags_set_the_dangerous_claims() {
    assert_eq!(claims("$FORMIO --admin")["isAdmin"], json!(true));
    assert_eq!(claims("$REALM --admin")["isAdmin"], json!(true));

    let (payload, stderr) = claims_with_stderr("$TILEDESK --role agent --email a@example.com");
    assert_eq!(payload["role"], json!("agent"));
    assert_eq!(payload["email"], json!("a@example.com"));
    assert!(
        stderr.contains("warning")
            && stderr.contains("agent account")
            && stderr.contains("a@example.com"),
        "no warning about the account: {stderr}"
    );

    // Without the flags, none of them.
    assert!(claims("$FORMIO").get("isAdmin").is_none());
    assert!(claims("$REALM").get("isAdmin").is_none());
    assert!(claims("$TILEDESK --email a@example.com")
        .get("role")
        .is_none());
}

// ---------------------------------------------------------------------------------------------
// Warnings
// ---------------------------------------------------------------------------------------------

#[test]
fn formio_warns_about_user_ids_that_can_collide() {
    // (extra --data, a part of the warning, or None for no warning)
    let cases = [
        ("email=joe@example.com", Some("first 12 characters")),
        ("email=joe@example.com", Some("joe@example.")),
        ("id=u1", Some("only 2")),
        ("id=3f2b9c1e-7a4d-4b8e", None),
    ];
    for (data, warning) in cases {
        let command = format!("formio --project $P --form $F --role $R --data {data} $HS");
        let out = run_str(&command);
        // stdout holds the token and nothing else, whatever stderr says.
        let token = single_line(&out, &command);
        assert_compact(&token, &command);
        decode_verified(&token, "HS256", &verifying_key(HMAC));
        match warning {
            Some(text) => assert!(
                out.stderr.starts_with("jwtmint: warning:") && out.stderr.contains(text),
                "`{command}`: expected a warning with `{text}`: {}",
                out.stderr
            ),
            None => assert_eq!(out.stderr, "", "`{command}`: unexpected stderr"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Output formats, on real signed tokens
// ---------------------------------------------------------------------------------------------

/// (command, algorithm, verifying key, what stdout must be, with TOKEN for the token)
#[rustfmt::skip]
const FORMATS: &[(&str, &str, &str, &str)] = &[
    ("$FORMIO $HS", "HS256", HMAC, "TOKEN"),
    ("$FORMIO $HS --format token", "HS256", HMAC, "TOKEN"),
    ("$FORMIO $HS --format json", "HS256", HMAC, r#"{"token":"TOKEN"}"#),
    ("$FORMIO $HS --format header", "HS256", HMAC, "x-jwt-token: TOKEN"),
    ("$FORMIO $HS --alg HS384", "HS384", HMAC, "TOKEN"),
    ("$FORMIO $HS --alg hs512", "HS512", HMAC, "TOKEN"),
    ("$REALM $RS", "RS256", RSA_PUB, "TOKEN"),
    ("$REALM $RS --format token", "RS256", RSA_PUB, "TOKEN"),
    ("$REALM $RS --format json", "RS256", RSA_PUB, r#"{"token":"TOKEN"}"#),
    ("$REALM $RS --format header", "RS256", RSA_PUB, "Authorization: Bearer TOKEN"),
    ("$HUB $HS", "HS256", HMAC, "https://docs.example.com?jwt=TOKEN"),
    ("$HUB $HS --format url", "HS256", HMAC, "https://docs.example.com?jwt=TOKEN"),
    ("developerhub $HS --docs-url https://docs.example.com/guides?lang=en", "HS256", HMAC,
     "https://docs.example.com/guides?lang=en&jwt=TOKEN"),
    ("developerhub $HS --docs-url https://docs.example.com/guides#intro", "HS256", HMAC,
     "https://docs.example.com/guides?jwt=TOKEN#intro"),
    ("developerhub $HS --docs-url https://docs.example.com/guides?lang=en#intro", "HS256", HMAC,
     "https://docs.example.com/guides?lang=en&jwt=TOKEN#intro"),
    ("$HUB $HS --format token", "HS256", HMAC, "TOKEN"),
    ("$HUB $HS --format json", "HS256", HMAC, r#"{"token":"TOKEN"}"#),
    ("$HUB $HS --alg HS512", "HS512", HMAC, "https://docs.example.com?jwt=TOKEN"),
    ("$DRIVE $RS", "RS256", RSA_PUB, "TOKEN"),
    ("$DRIVE $RS --format token", "RS256", RSA_PUB, "TOKEN"),
    ("$DRIVE $RS --format json", "RS256", RSA_PUB, r#"{"token":"TOKEN"}"#),
    ("$DRIVE $RS --format header", "RS256", RSA_PUB, "Authorization: Bearer TOKEN"),
    ("$DRIVE $RS --alg PS256", "PS256", RSA_PUB, "TOKEN"),
    ("$DRIVE $RS --alg RS512", "RS512", RSA_PUB, "TOKEN"),
    ("$AI $RS --alg PS384 --format json", "PS384", RSA_PUB, r#"{"token":"TOKEN"}"#),
    ("$EXPORT $RS --alg PS512", "PS512", RSA_PUB, "TOKEN"),
    ("$TILEDESK $HS", "HS256", HMAC, "TOKEN"),
    ("$TILEDESK $HS --format token", "HS256", HMAC, "TOKEN"),
    ("$TILEDESK $HS --format json", "HS256", HMAC, r#"{"token":"TOKEN"}"#),
    ("$TILEDESK $HS --format header", "HS256", HMAC, "Authorization: JWT TOKEN"),
    ("$TILEDESK $HS --url https://shop.example.com/help?x=1", "HS256", HMAC,
     "https://shop.example.com/help?x=1&tiledesk_jwt=JWT%20TOKEN"),
    ("$TILEDESK $HS --url https://shop.example.com/help?x=1 --format url", "HS256", HMAC,
     "https://shop.example.com/help?x=1&tiledesk_jwt=JWT%20TOKEN"),
    ("$TILEDESK $HS --url https://shop.example.com/help --format token", "HS256", HMAC, "TOKEN"),
    ("$TILEDESK $HS --alg HS384", "HS384", HMAC, "TOKEN"),
];

/// Each format prints exactly its template around a token that verifies with the expected
/// algorithm and key, whose payload is exactly what `--format claims` prints for that `iat`.
#[test]
fn every_output_format_carries_a_verifiable_token() {
    for &(command, alg, key, template) in FORMATS {
        let args = expand(command);
        let out = run(&mut cmd(&args));
        let line = single_line(&out, command);
        assert_eq!(out.stderr, "", "`{command}`: unexpected stderr");

        let (prefix, suffix) = template.split_once("TOKEN").unwrap();
        let token = line
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(suffix))
            .unwrap_or_else(|| panic!("`{command}`: `{line}` is not `{template}`"));
        assert_compact(token, command);
        if template.starts_with('{') {
            let body: Value = serde_json::from_str(&line).unwrap();
            assert_eq!(body, json!({ "token": token }), "`{command}`");
        }

        let payload = decode_verified(token, alg, &verifying_key(key));
        let (header, _) = decode_unverified(token);
        assert_eq!(header, json!({"alg": alg, "typ": "JWT"}), "`{command}`");

        // The token signs exactly the payload `--format claims` shows for the same iat.
        let iat = payload["iat"].as_i64().expect("iat is a number");
        let mut claims_args = without_format(&args);
        claims_args.extend([
            "--iat".into(),
            iat.to_string(),
            "--format".into(),
            "claims".into(),
        ]);
        let claims_out = run(&mut cmd(&claims_args));
        assert_eq!(claims_out.code, Some(0), "{claims_args:?}: {claims_out:#?}");
        let expected: Value = serde_json::from_str(&claims_out.stdout).unwrap();
        assert_eq!(payload, expected, "`{command}`: signed payload");
    }
}

/// The tiledesk header has exactly one space after `JWT`, and no `Bearer`.
#[test]
fn tiledesk_header_is_jwt_with_one_space() {
    let out = run_str("$TILEDESK $HS --format header");
    let line = single_line(&out, "tiledesk --format header");
    let token = line.strip_prefix("Authorization: JWT ").unwrap();
    assert!(
        !token.starts_with(' ') && !line.contains("Bearer"),
        "{line}"
    );
}

// ---------------------------------------------------------------------------------------------
// Service specifics
// ---------------------------------------------------------------------------------------------

/// The seed's own key: `openssl genrsa -des3 … 4096`, passphrase-protected.
#[test]
fn realm_signs_with_the_seed_genrsa_des3_key() {
    let command = "realm --key rsa4096-genrsa-des3.pem --passphrase-file passphrase.txt \
                   --user-id joe";
    let out = run_str(command);
    let token = single_line(&out, command);
    assert_eq!(out.stderr, "", "unexpected stderr");

    // decode_verified accepts RS256 and nothing else.
    let payload = decode_verified(
        &token,
        "RS256",
        &fixture_bytes("rsa4096-genrsa-des3.pub.pem"),
    );
    assert_eq!(payload["userId"], json!("joe"));
    assert_eq!(
        payload["exp"].as_i64().unwrap() - payload["iat"].as_i64().unwrap(),
        3600
    );
    assert_eq!(decode_unverified(&token).0["alg"], json!("RS256"));

    // Signed by that key, not another one.
    let other = jsonwebtoken::DecodingKey::from_rsa_pem(&fixture_bytes(RSA_PUB)).unwrap();
    let validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
    assert!(jsonwebtoken::decode::<Value>(&token, &other, &validation).is_err());

    // The passphrase from the environment works too.
    let mut with_env = cmd(&expand("realm --key rsa4096-genrsa-des3.pem --user-id joe"));
    with_env.env("JWTMINT_PASSPHRASE", common::PASSPHRASE);
    let out = run(&mut with_env);
    let token = single_line(&out, "realm with JWTMINT_PASSPHRASE");
    decode_verified(
        &token,
        "RS256",
        &fixture_bytes("rsa4096-genrsa-des3.pub.pem"),
    );
}

#[test]
fn developerhub_vars_file_is_merged_under_var() {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    write!(
        file,
        r#"{{"plan": "free", "team": "core", "user": {{"name": "File", "id": 7}}}}"#
    )
    .unwrap();
    let command = format!(
        "$HUB --vars-file {} --var user.name=Joe --var plan=pro",
        file.path().to_str().unwrap()
    );
    assert_eq!(
        claims(&command)["vars"],
        json!({"plan": "pro", "team": "core", "user": {"name": "Joe", "id": 7}})
    );
}

#[test]
fn developerhub_single_use_adds_a_random_uuid_jti() {
    let jti = || {
        let payload = claims("$HUB --single-use");
        let jti = payload["jti"]
            .as_str()
            .expect("jti is a string")
            .to_string();
        let uuid = uuid::Uuid::parse_str(&jti).unwrap_or_else(|e| panic!("`{jti}`: {e}"));
        assert_eq!(uuid.get_version_num(), 4, "`{jti}` is not a v4 UUID");
        jti
    };
    assert_ne!(jti(), jti(), "two links share a jti");
    assert!(
        claims("$HUB").get("jti").is_none(),
        "jti without --single-use"
    );
}

/// Settings from the environment stand in for the flags; the flag wins over the variable.
#[test]
fn environment_settings() {
    fn project_id(stdout: &str) -> String {
        let payload: Value = serde_json::from_str(stdout).unwrap();
        payload["project"]["_id"].as_str().unwrap().to_string()
    }
    fn url_before_token(stdout: &str) -> String {
        stdout.split("jwt=").next().unwrap().to_string()
    }
    fn audience(stdout: &str) -> String {
        let payload: Value = serde_json::from_str(stdout).unwrap();
        payload["aud"].as_str().unwrap().to_string()
    }
    type Extract = fn(&str) -> String;
    // (variable, its value, command without the flag, the flag, extract, from env, from flag)
    let cases: [(&str, &str, &str, &str, Extract, &str, &str); 3] = [
        (
            "JWTMINT_FORMIO_PROJECT",
            "5c81a2e7f1d3b400123456ff",
            "formio --form $F --role $R $DATA --format claims",
            "--project $P",
            project_id,
            "5c81a2e7f1d3b400123456ff",
            P,
        ),
        (
            "JWTMINT_DEVELOPERHUB_DOCS_URL",
            "https://env.example.com/docs",
            "developerhub $HS",
            "--docs-url https://docs.example.com",
            url_before_token,
            "https://env.example.com/docs?",
            "https://docs.example.com?",
        ),
        (
            "JWTMINT_TILEDESK_PROJECT",
            "envproject",
            "tiledesk --user-id u1 --format claims",
            "--project 5f8e1a2b3c4d5e6f7a8b9c0d",
            audience,
            "https://tiledesk.com/projects/envproject",
            "https://tiledesk.com/projects/5f8e1a2b3c4d5e6f7a8b9c0d",
        ),
    ];
    for (var, value, command, flag, extract, from_env, from_flag) in cases {
        for (args, expected) in [
            (expand(command), from_env),
            (expand(&format!("{command} {flag}")), from_flag),
        ] {
            let mut c = cmd(&args);
            c.env(var, value);
            let out = run(&mut c);
            assert_eq!(out.code, Some(0), "{var}={value} {args:?}: {out:#?}");
            assert_eq!(extract(&out.stdout), expected, "{var}={value} {args:?}");
        }
        // Without the variable and the flag, clap asks for the flag.
        let out = run(&mut cmd(&expand(command)));
        assert_eq!(out.code, Some(2), "{command} without {var}: {out:#?}");
        assert_eq!(out.stdout, "");
    }
}

/// The flags that grant rights have no environment variable: a stray variable grants nothing.
#[test]
fn rights_are_never_granted_from_the_environment() {
    let env = [
        ("JWTMINT_FORMIO_ADMIN", "true"),
        ("JWTMINT_REALM_ADMIN", "true"),
        ("JWTMINT_TILEDESK_ROLE", "owner"),
        ("JWTMINT_TILEDESK_EMAIL", "a@example.com"),
    ];
    for (command, claim) in [
        ("$FORMIO", "isAdmin"),
        ("$REALM", "isAdmin"),
        ("$TILEDESK", "role"),
    ] {
        let mut c = cmd(&expand(&format!("{command} --format claims")));
        c.envs(env);
        let out = run(&mut c);
        assert_eq!(out.code, Some(0), "`{command}`: {out:#?}");
        assert_eq!(out.stderr, "", "`{command}`");
        let payload: Value = serde_json::from_str(&out.stdout).unwrap();
        assert!(payload.get(claim).is_none(), "`{command}`: {payload}");
    }
}

/// A redirect that a browser resolves off the docs host is an open redirect too: WHATWG URL
/// parsing turns `\` into `/` and drops tabs, so `/\evil.example/` and `/<TAB>/evil.example/`
/// both lead to `https://evil.example/`.
#[test]
fn developerhub_refuses_redirects_that_browsers_resolve_off_host() {
    for target in [
        "/%5Cevil.example/",
        "/%09/evil.example/",
        "%2F%5Cevil.example",
    ] {
        let command =
            format!("developerhub $HS --docs-url https://docs.example.com/login?redirect={target}");
        let out = run_str(&command);
        assert_eq!(out.code, Some(2), "`{command}` must be refused: {out:#?}");
        assert_eq!(out.stdout, "", "`{command}`");
    }
}

#[test]
fn every_subcommand_help_has_an_example() {
    for subcommand in ["formio", "realm", "developerhub", "tinymce", "tiledesk"] {
        let out = run(&mut cmd(&[subcommand.into(), "--help".into()]));
        assert_eq!(out.code, Some(0), "{subcommand} --help: {out:#?}");
        let example = out
            .stdout
            .split_once("Example")
            .unwrap_or_else(|| panic!("{subcommand} --help has no Example:\n{}", out.stdout))
            .1;
        assert!(
            example.contains(&format!("jwtmint {subcommand} ")),
            "{subcommand} --help: the example does not run `jwtmint {subcommand}`"
        );
    }
}
