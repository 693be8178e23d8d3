//! OpenSSH private keys: the input is the binary body of an `OPENSSH PRIVATE KEY` block,
//! wrapped as PEM and given to the key loader, without a passphrase and then (when it asks for
//! one) with the fixtures' passphrase and a wrong one. No panic, errors on one line, never the
//! passphrase in a message, and a key that loads gives its public half.
#![no_main]

mod common;

use anyhow::anyhow;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use jwtmint::keys::parse_private_key;
use libfuzzer_sys::fuzz_target;
use zeroize::Zeroizing;

use common::{check_error, contains, PASSPHRASE};

const WRONG: &[u8] = b"Wr0ng-CANARY-passphrase";

fn load(pem: &[u8], passphrase: &[u8]) {
    match parse_private_key(pem, &mut || Ok(Zeroizing::new(passphrase.to_vec()))) {
        Ok(key) => {
            key.public_key_spki_der()
                .expect("a loaded key has a public key");
        }
        Err(err) => {
            let message = check_error(&err);
            assert!(
                !contains(message.as_bytes(), passphrase),
                "the passphrase is in the message: {message}"
            );
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let pem = format!(
        "-----BEGIN OPENSSH PRIVATE KEY-----\n{}\n-----END OPENSSH PRIVATE KEY-----\n",
        STANDARD.encode(data)
    );
    let mut asked = false;
    let plain = parse_private_key(pem.as_bytes(), &mut || {
        asked = true;
        Err(anyhow!("no passphrase in this run"))
    });
    if let Err(err) = &plain {
        check_error(err);
    }
    if asked {
        load(pem.as_bytes(), PASSPHRASE);
        load(pem.as_bytes(), WRONG);
    }
});
