//! PKCS#12 files (`keys::pfx::parse`, and `keys::cert::load_certs`, which reads the
//! certificates of one): without a passphrase and then (when asked) with the fixtures'
//! passphrase and a wrong one. No panic, errors on one line, never the passphrase in a message;
//! a file that loads gives a key with a public half, and each certificate parses.
#![no_main]

mod common;

use anyhow::anyhow;
use jwtmint::keys::{cert, pfx};
use libfuzzer_sys::fuzz_target;
use zeroize::Zeroizing;

use common::{check_error, contains, PASSPHRASE};

const WRONG: &[u8] = b"Wr0ng-CANARY-passphrase";

fn load(data: &[u8], passphrase: &[u8]) {
    match pfx::parse(data, &mut || Ok(Zeroizing::new(passphrase.to_vec()))) {
        Ok((key, certs)) => {
            key.public_key_spki_der()
                .expect("a loaded key has a public key");
            for der in &certs {
                cert::subject(der).expect("a certificate from the file parses");
                let _ = cert::check_cert_matches_key(der, &key);
            }
        }
        Err(err) => {
            let message = check_error(&err);
            assert!(
                !contains(message.as_bytes(), passphrase),
                "the passphrase is in the message: {message}"
            );
        }
    }
    if let Err(err) = cert::load_certs(data, &mut || Ok(Zeroizing::new(passphrase.to_vec()))) {
        check_error(&err);
    }
}

fuzz_target!(|data: &[u8]| {
    let mut asked = false;
    let plain = pfx::parse(data, &mut || {
        asked = true;
        Err(anyhow!("no passphrase in this run"))
    });
    if let Err(err) = &plain {
        check_error(err);
    }
    if asked {
        load(data, PASSPHRASE);
        load(data, WRONG);
    }
});
