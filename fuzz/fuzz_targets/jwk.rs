//! JWK and JWKS private keys (`keys::jwk::parse_jwk`, and `keys::load_key`, which routes JSON
//! there): without a kid and with one. No panic, errors on one line, no error quoting a
//! private member (`d`, `p`, `q`, `dp`, `dq`, `qi`, `k`) of any JWK in the input, and every key
//! that loads gives a public JWK and an RFC 7638 thumbprint.
#![no_main]

mod common;

use jwtmint::keys::{jwk, load_key};
use jwtmint::jws::KeyMaterial;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use zeroize::Zeroizing;

use common::check_error;

const PRIVATE: [&str; 7] = ["d", "p", "q", "dp", "dq", "qi", "k"];

/// Every private member's string value anywhere in the JSON.
fn secrets(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (name, member) in map {
                match member {
                    Value::String(s) if PRIVATE.contains(&name.as_str()) => out.push(s.clone()),
                    other => secrets(other, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| secrets(item, out)),
        _ => {}
    }
}

fn check(data: &[u8], result: anyhow::Result<jwk::JwkKey>) {
    match result {
        Ok(found) => {
            if let KeyMaterial::Private(key) = &found.key {
                let public = jwk::public_jwk(key).expect("a loaded key has a public JWK");
                jwk::jwk_thumbprint(&public).expect("a public JWK has a thumbprint");
            }
        }
        Err(err) => {
            let message = check_error(&err);
            let mut found = Vec::new();
            if let Ok(value) = serde_json::from_slice::<Value>(data) {
                secrets(&value, &mut found);
            }
            for secret in found.iter().filter(|s| s.len() >= 4) {
                assert!(
                    !message.contains(secret.as_str()),
                    "the message quotes a private member: {message}"
                );
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    check(data, jwk::parse_jwk(data, None));
    check(data, jwk::parse_jwk(data, Some("k1")));
    if jwk::looks_like_json(data) {
        let loaded = load_key(data, Some("rsa-1"), &mut || {
            Ok(Zeroizing::new(b"unused".to_vec()))
        });
        if let Err(err) = loaded {
            check_error(&err);
        }
    }
});
