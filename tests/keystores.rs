//! Key-store references through the real binary, without the stores' servers (those run in
//! `tests/keystores/run.sh`): refusals that need no server, and a small transit stand-in on
//! loopback that throttles, to check that `--batch` retries with back-off, keeps input order
//! and signs in parallel.

mod common;

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use aws_lc_rs::signature::{Ed25519KeyPair, KeyPair};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use common::{decode_verified, fixture, jwtmint, run};

#[test]
fn unsupported_and_malformed_references_are_usage_errors() {
    for (reference, says) in [
        (
            "gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k",
            "not supported yet",
        ),
        ("azurekms://v.vault.azure.net/k", "not supported yet"),
        ("awskms:///", "names no key"),
        ("hashivault://k?token=x", "only parameter"),
        ("pkcs11:object=k?pin-value=123456", "pin-value"),
    ] {
        let out = run(jwtmint().args(["sign", "--sub", "x", "--key", reference]));
        assert_eq!(out.code, Some(2), "{reference}: {out:#?}");
        assert!(out.stdout.is_empty(), "{reference}: {out:#?}");
        assert!(out.stderr.contains(says), "{reference}: {out:#?}");
        assert!(!out.stderr.contains("123456"), "{out:#?}");
    }
}

/// The AWS SDK is opt-in (`--features awskms`); without it the reference says how to get it.
#[cfg(not(feature = "awskms"))]
#[test]
fn awskms_without_its_feature_says_how_to_install_it() {
    let out = run(jwtmint().args(["sign", "--sub", "x", "--key", "awskms:///alias/gh-app"]));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert!(out.stdout.is_empty());
    assert!(out.stderr.contains("--features awskms"), "{out:#?}");
}

#[test]
fn a_missing_store_fails_with_one_line_and_exit_1() {
    let out = run(jwtmint().args(["sign", "--sub", "x", "--key", "ssh-agent:"]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(out.stdout.is_empty());
    assert!(out.stderr.contains("SSH_AUTH_SOCK is not set"), "{out:#?}");
    assert_eq!(out.stderr.lines().count(), 1, "{out:#?}");

    let out = run(jwtmint()
        .env("VAULT_ADDR", "http://vault.example.com:8200")
        .env("VAULT_TOKEN", "hvs.never-shown")
        .args(["sign", "--sub", "x", "--key", "hashivault://k"]));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert!(out.stderr.contains("plain http"), "{out:#?}");
    assert!(!out.stderr.contains("never-shown"), "{out:#?}");

    let out = run(jwtmint().env("JWTMINT_REMOTE_TIMEOUT", "forever").args([
        "sign",
        "--sub",
        "x",
        "--key",
        "hashivault://k",
    ]));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert!(out.stderr.contains("JWTMINT_REMOTE_TIMEOUT"), "{out:#?}");
}

/// What the stand-in for transit saw: every sign request, and the inputs it answered 429.
#[derive(Default)]
struct Transit {
    requests: AtomicUsize,
    throttled: Mutex<HashSet<Vec<u8>>>,
}

/// A stand-in for transit's two calls, signing with the Ed25519 fixture. Every third sign
/// request is answered 429 (with `Retry-After: 0`), but never twice for the same input: with
/// eight workers retrying at once, a request could otherwise draw 429 six times in a row and
/// exhaust its retries, which is a fact about this counter, not about jwtmint.
fn fake_transit(requests: Arc<Transit>) -> u16 {
    let pem = std::fs::read_to_string(fixture("ed25519-pkcs8.pem")).unwrap();
    let der = pem::parse(pem).unwrap().into_contents();
    let pair = Arc::new(Ed25519KeyPair::from_pkcs8(&der).unwrap());
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { return };
            let (pair, requests) = (pair.clone(), requests.clone());
            std::thread::spawn(move || serve(stream, &pair, &requests));
        }
    });
    port
}

fn serve(stream: std::net::TcpStream, pair: &Ed25519KeyPair, requests: &Transit) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut writer = stream;
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
            return;
        }
        let mut length = 0;
        let mut token_ok = false;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            let lower = line.to_ascii_lowercase();
            if let Some(v) = lower.strip_prefix("content-length:") {
                length = v.trim().parse().unwrap();
            }
            if lower.starts_with("x-vault-token: test-token") {
                token_ok = true;
            }
            if line == "\r\n" {
                break;
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();
        let (status, answer) = if !token_ok {
            (
                "403 Forbidden",
                r#"{"errors":["permission denied"]}"#.to_string(),
            )
        } else if request_line.starts_with("GET /v1/transit/keys/ed") {
            let raw = pair.public_key().as_ref();
            (
                "200 OK",
                format!(
                    r#"{{"data":{{"type":"ed25519","latest_version":1,"supports_signing":true,"keys":{{"1":{{"public_key":"{}"}}}}}}}}"#,
                    STANDARD.encode(raw)
                ),
            )
        } else if request_line.starts_with("POST /v1/transit/sign/ed") {
            let n = requests.requests.fetch_add(1, Ordering::SeqCst);
            if n % 3 == 1 && requests.throttled.lock().unwrap().insert(body.clone()) {
                (
                    "429 Too Many Requests",
                    r#"{"errors":["slow down"]}"#.to_string(),
                )
            } else {
                let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
                let input = STANDARD.decode(json["input"].as_str().unwrap()).unwrap();
                let signature = STANDARD.encode(pair.sign(&input).as_ref());
                (
                    "200 OK",
                    format!(r#"{{"data":{{"signature":"vault:v1:{signature}"}}}}"#),
                )
            }
        } else {
            ("404 Not Found", r#"{"errors":[]}"#.to_string())
        };
        let retry = if status.starts_with("429") {
            "Retry-After: 0\r\n"
        } else {
            ""
        };
        let response = format!(
            "HTTP/1.1 {status}\r\n{retry}Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{answer}",
            answer.len()
        );
        if writer.write_all(response.as_bytes()).is_err() {
            return;
        }
    }
}

#[test]
fn a_throttled_batch_retries_and_keeps_input_order() {
    let requests = Arc::new(Transit::default());
    let port = fake_transit(requests.clone());
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("lines.jsonl");
    let lines: String = (0..60)
        .map(|i| format!("{{\"sub\":\"user-{i}\"}}\n"))
        .collect();
    std::fs::write(&input, lines).unwrap();
    let out = run(jwtmint()
        .env("VAULT_ADDR", format!("http://127.0.0.1:{port}"))
        .env("VAULT_TOKEN", "test-token")
        .args([
            "sign",
            "--key",
            "hashivault://ed",
            "--expires-in",
            "5m",
            "--jobs",
            "8",
        ])
        .arg("--batch")
        .arg(&input));
    assert_eq!(out.code, Some(0), "{out:#?}");
    let public = std::fs::read(fixture("ed25519.pub.pem")).unwrap();
    let tokens: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(tokens.len(), 60);
    for (i, token) in tokens.iter().enumerate() {
        let claims = decode_verified(token, "EdDSA", &public);
        assert_eq!(claims["sub"], format!("user-{i}"));
    }
    // 60 signatures, and each throttled one asked again. One request in three is throttled
    // unless it is a retry, so at least 11 of them were.
    let throttled = requests.throttled.lock().unwrap().len();
    assert_eq!(
        requests.requests.load(Ordering::SeqCst),
        60 + throttled,
        "each throttled request is asked again exactly once"
    );
    assert!(throttled >= 11, "{throttled} throttled");

    let out = run(jwtmint()
        .env("VAULT_ADDR", format!("http://127.0.0.1:{port}"))
        .env("VAULT_TOKEN", "wrong-token-value")
        .args(["sign", "--key", "hashivault://ed", "--sub", "x"]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(out.stdout.is_empty());
    assert!(out.stderr.contains("HTTP 403"), "{out:#?}");
    assert!(!out.stderr.contains("wrong-token-value"), "{out:#?}");
}
