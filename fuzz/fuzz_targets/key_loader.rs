//! The private-key loader (`--key`, `JWTMINT_KEY_FILE`): PEM in every form, DER, legacy and
//! PKCS#8 encryption. Each input is loaded without a passphrase; when the loader asks for one
//! (the key is encrypted), it is loaded again with the fixtures' passphrase and with a wrong
//! one. No panic, errors on one line, and the passphrase never in a message. The same bytes go
//! through `keys::secret::key_material`, the check that refuses key material as a secret.
#![no_main]

mod common;

use anyhow::anyhow;
use jwtmint::keys::parse_private_key;
use libfuzzer_sys::fuzz_target;
use zeroize::Zeroizing;

use common::{check_error, contains, PASSPHRASE};

const WRONG: &[u8] = b"Wr0ng-CANARY-passphrase";

/// The body of a PEM key is the secret: no 24 characters of base64 from its lines may appear
/// in a message, unless they also stand on a line that messages may quote: a BEGIN/END line
/// or a header (`Proc-Type: …`, `DEK-Info: …`, to its `\n`, as the pem crate reads it).
fn check_no_key_body(data: &[u8], message: &str) {
    const RUN: usize = 24;
    let is_b64 = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=');
    let (quotable, body): (Vec<&[u8]>, Vec<&[u8]>) = data
        .split(|&b| b == b'\n')
        .partition(|line| contains(line, b"-----") || contains(line, b":"));
    for window in message.as_bytes().windows(RUN) {
        if window.iter().all(is_b64) && !quotable.iter().any(|line| contains(line, window)) {
            assert!(
                !body.iter().any(|line| contains(line, window)),
                "the message quotes the key: {message}"
            );
        }
    }
}

fn load(data: &[u8], passphrase: &[u8]) {
    match parse_private_key(data, &mut || Ok(Zeroizing::new(passphrase.to_vec()))) {
        Ok(key) => {
            // A key that loads must also give its public half.
            key.public_key_spki_der()
                .expect("a loaded key has a public key");
        }
        Err(err) => {
            let message = check_error(&err);
            check_no_key_body(data, &message);
            assert!(
                !contains(message.as_bytes(), passphrase),
                "the passphrase is in the message: {message}"
            );
        }
    }
}

fuzz_target!(|data: &[u8]| {
    // The same bytes given as an HMAC secret: the key-material check (issue 18 #1) names a
    // form in a few words and never quotes the input.
    if let Some(what) = jwtmint::keys::secret::key_material(data) {
        assert!(what.len() <= 80 && !what.contains(char::is_control), "{what:?}");
        check_no_key_body(data, &what);
    }
    let mut asked = false;
    let plain = parse_private_key(data, &mut || {
        asked = true;
        Err(anyhow!("no passphrase in this run"))
    });
    if let Err(err) = &plain {
        let message = check_error(err);
        check_no_key_body(data, &message);
    }
    if asked {
        load(data, PASSPHRASE);
        load(data, WRONG);
    }
});
