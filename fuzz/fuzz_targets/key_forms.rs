//! The key forms services declare (`Service::key_form`: Coinbase CDP's base64 Ed25519 secret and
//! `cdp_api_key.json`, Mux's base64 PEM…), run over the same bytes for every service that has
//! one, and what each gives read as a key (a JWK, or any form `keys::parse_private_key` takes).
//! No panic, errors on one line, and no error quotes 24 characters of the input's base64.
#![no_main]

mod common;

use anyhow::anyhow;
use jwtmint::keys::{jwk, parse_private_key};
use jwtmint::providers::REGISTRY;
use libfuzzer_sys::fuzz_target;

use common::{check_error, contains};

/// A secret is base64 here: no run of 24 base64 characters of the input (or of what a form
/// made of it) may appear in a message.
fn check_no_secret(secret: &[u8], message: &str) {
    const RUN: usize = 24;
    let is_b64 = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'-' | b'_');
    for window in message.as_bytes().windows(RUN) {
        assert!(
            !(window.iter().all(is_b64) && contains(secret, window)),
            "the message quotes the key: {message}"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    for service in REGISTRY {
        let Some(form) = service.key_form else {
            continue;
        };
        match form(data) {
            Err(err) => check_no_secret(data, &check_error(&err)),
            Ok(None) => {}
            Ok(Some(bytes)) => {
                let loaded = if jwk::looks_like_json(&bytes) {
                    jwk::parse_jwk(&bytes, None).map(|_| ())
                } else {
                    parse_private_key(&bytes, &mut || Err(anyhow!("no passphrase here")))
                        .map(|_| ())
                };
                if let Err(err) = loaded {
                    let message = check_error(&err);
                    check_no_secret(data, &message);
                    check_no_secret(&bytes, &message);
                }
            }
        }
    }
});
