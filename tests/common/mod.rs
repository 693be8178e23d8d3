//! Helpers shared by the integration tests: run the real `jwtmint` binary in a clean
//! environment, find the key fixtures, and decode the tokens it prints.
//!
//! Each test file that uses this module declares `mod common;`; helpers that not every file
//! uses are marked `#[allow(dead_code)]`.

use std::path::PathBuf;
use std::str::FromStr;

use assert_cmd::Command;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde_json::Value;

/// The passphrase of every encrypted key fixture (the bytes of `passphrase.txt`).
#[allow(dead_code)]
pub const PASSPHRASE: &str = "jwtmint-fixture-pass";

/// The `jwtmint` binary with an empty environment (only `PATH`, and `HOME` pointing nowhere)
/// and an empty, non-terminal standard input: no test ever prompts or inherits `JWTMINT_*`.
/// Call `.write_stdin(…)` again to give it input.
pub fn jwtmint() -> Command {
    let mut cmd = Command::cargo_bin("jwtmint").expect("the jwtmint binary is built");
    cmd.env_clear();
    if let Some(path) = std::env::var_os("PATH") {
        cmd.env("PATH", path);
    }
    cmd.env("HOME", "/nonexistent/jwtmint-test-home");
    cmd.write_stdin("");
    cmd
}

/// `tests/fixtures/keys/NAME`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/keys")
        .join(name)
}

/// The bytes of `tests/fixtures/keys/NAME`.
#[allow(dead_code)]
pub fn fixture_bytes(name: &str) -> Vec<u8> {
    let path = fixture(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// The HMAC secret in `hmac-secret-64.txt`: the file less its trailing newline.
#[allow(dead_code)]
pub fn secret_64() -> Vec<u8> {
    let mut bytes = fixture_bytes("hmac-secret-64.txt");
    assert_eq!(bytes.pop(), Some(b'\n'), "hmac-secret-64.txt ends with \\n");
    assert_eq!(bytes.len(), 64);
    bytes
}

/// What one run printed, and how it ended.
#[allow(dead_code)]
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cmd` to the end and captures its output (never panics on a failing exit).
#[allow(dead_code)]
pub fn run(cmd: &mut Command) -> Run {
    let output = cmd.output().expect("running jwtmint");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs `cmd`, which must succeed and print exactly one line on stdout; returns that line
/// without its newline (the token, in the default format).
#[allow(dead_code)]
pub fn one_line(cmd: &mut Command) -> String {
    let out = run(cmd);
    assert_eq!(out.code, Some(0), "jwtmint failed: {out:#?}");
    let line = out
        .stdout
        .strip_suffix('\n')
        .unwrap_or_else(|| panic!("stdout does not end with a newline: {out:#?}"));
    assert!(
        !line.contains('\n'),
        "more than one line on stdout: {out:#?}"
    );
    line.to_string()
}

/// Verifies `token` with jsonwebtoken (`alg` by its JWS name, `key` the HMAC secret or the
/// PEM public key) and returns its payload. `exp` is checked when present; no claim is
/// required and `aud` is not checked. Panics with the reason when verification fails.
#[allow(dead_code)]
pub fn decode_verified(token: &str, alg: &str, key: &[u8]) -> Value {
    let algorithm =
        Algorithm::from_str(alg).unwrap_or_else(|e| panic!("jsonwebtoken has no `{alg}`: {e}"));
    let decoding_key = match alg {
        "HS256" | "HS384" | "HS512" => Ok(DecodingKey::from_secret(key)),
        "RS256" | "RS384" | "RS512" | "PS256" | "PS384" | "PS512" => DecodingKey::from_rsa_pem(key),
        "ES256" | "ES384" => DecodingKey::from_ec_pem(key),
        "EdDSA" => DecodingKey::from_ed_pem(key),
        other => panic!("no decoding key for `{other}`"),
    }
    .unwrap_or_else(|e| panic!("the {alg} public key does not load: {e}"));
    let mut validation = Validation::new(algorithm);
    validation.required_spec_claims.clear();
    validation.validate_exp = true;
    validation.validate_aud = false;
    match jsonwebtoken::decode::<Value>(token, &decoding_key, &validation) {
        Ok(data) => data.claims,
        Err(e) => panic!("token does not verify as {alg}: {e}\ntoken: {token}"),
    }
}

/// Splits `token` and base64url-decodes its header and payload, checking nothing.
#[allow(dead_code)]
pub fn decode_unverified(token: &str) -> (Value, Value) {
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3, "not a compact JWS: {token}");
    let part = |text: &str, what: &str| -> Value {
        let bytes = URL_SAFE_NO_PAD
            .decode(text)
            .unwrap_or_else(|e| panic!("{what} is not base64url: {e}\ntoken: {token}"));
        serde_json::from_slice(&bytes)
            .unwrap_or_else(|e| panic!("{what} is not JSON: {e}\ntoken: {token}"))
    };
    (part(parts[0], "header"), part(parts[1], "payload"))
}
