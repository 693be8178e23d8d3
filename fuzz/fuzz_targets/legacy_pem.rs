//! OpenSSL's legacy `Proc-Type: 4,ENCRYPTED` decryption. The input is
//! `DEK-INFO\nPASSPHRASE\nCIPHERTEXT` (raw bytes after the second newline). It goes to the
//! decryption on its own, and wrapped as a PEM key through the whole loader.
#![no_main]

mod common;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use jwtmint::keys::legacy_pem::{decrypt, LegacyPemError};
use jwtmint::keys::parse_private_key;
use libfuzzer_sys::fuzz_target;
use zeroize::Zeroizing;

use common::check_error;

fn split(data: &[u8]) -> Option<(&str, &[u8], &[u8])> {
    let first = data.iter().position(|&b| b == b'\n')?;
    let (dek, rest) = (&data[..first], &data[first + 1..]);
    let second = rest.iter().position(|&b| b == b'\n')?;
    Some((
        std::str::from_utf8(dek).ok()?,
        &rest[..second],
        &rest[second + 1..],
    ))
}

fuzz_target!(|data: &[u8]| {
    let Some((dek_info, passphrase, ciphertext)) = split(data) else {
        return;
    };
    match decrypt(dek_info, passphrase, ciphertext) {
        Ok(plain) => {
            // CBC with PKCS#7 padding: whole blocks in, at least one byte of padding off.
            assert!(plain.len() < ciphertext.len());
            assert!(ciphertext.len() % 8 == 0);
        }
        Err(LegacyPemError::Insecure(name) | LegacyPemError::Unsupported(name)) => {
            assert!(dek_info.contains(name.as_str()));
        }
        Err(LegacyPemError::BadHeader | LegacyPemError::Decrypt) => {}
    }

    // The same through the key loader, as a file would hold it.
    if dek_info.contains(['\n', '\r']) {
        return;
    }
    let pem = format!(
        "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: {dek_info}\n\n{}\n\
         -----END RSA PRIVATE KEY-----\n",
        STANDARD.encode(ciphertext)
    );
    let result = parse_private_key(pem.as_bytes(), &mut || {
        Ok(Zeroizing::new(passphrase.to_vec()))
    });
    if let Err(err) = result {
        check_error(&err);
    }
});
