//! `--key`'s value as a key-store reference (cosign's forms, RFC 7512 PKCS#11 URIs), and the
//! signatures stores send back (DER and SSH-encoded ECDSA) turned into JWS's fixed-width
//! `r‖s`: no panic, one-line errors, and a converted signature exactly twice the curve's width.
#![no_main]

mod common;

use std::path::Path;

use jwtmint::keys::KeyKind;
use jwtmint::signers::{self, Reference};
use libfuzzer_sys::fuzz_target;

use common::check_error;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match Reference::parse(Path::new(text.as_ref())) {
        Ok(_) => {}
        Err(err) => {
            check_error(&err);
        }
    }
    let _ = signers::check_pkcs11_uri(&text);
    for kind in [KeyKind::EcP256, KeyKind::EcP384, KeyKind::EcP521, KeyKind::EcSecp256k1] {
        let width = signers::ecdsa_width(kind).expect("an EC curve");
        for converted in [signers::der_to_fixed(data, kind), signers::ssh_to_fixed(data, kind)] {
            if let Ok(signature) = converted {
                assert_eq!(signature.len(), 2 * width);
            }
        }
    }
});
