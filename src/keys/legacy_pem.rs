//! OpenSSL's legacy PEM encryption: the `Proc-Type: 4,ENCRYPTED` and `DEK-Info` headers that
//! `openssl genrsa -des3` (OpenSSL 1.x), `openssl rsa -aes256` and `openssl ec -des3` write.
//!
//! No maintained crate decrypts this, so it lives here, small and on its own. The scheme:
//! the key is OpenSSL's `EVP_BytesToKey` with MD5 and one iteration, salted with the first
//! 8 bytes of the IV from `DEK-Info`; the body is then CBC-encrypted with PKCS#7 padding.

use aes::{Aes128, Aes192, Aes256};
use cbc::cipher::{block_padding::Pkcs7, BlockDecryptMut, KeyIvInit};
use des::TdesEde3;
use md5::{Digest, Md5};
use zeroize::Zeroizing;

/// Why a legacy-encrypted PEM body could not be decrypted.
#[derive(Debug, PartialEq, Eq)]
pub enum LegacyPemError {
    /// `DEK-Info` names a cipher that is broken (single DES): refuse it.
    Insecure(String),
    /// `DEK-Info` names a cipher we do not implement.
    Unsupported(String),
    /// `DEK-Info` is not `CIPHER,HEXIV` or the IV has the wrong length.
    BadHeader,
    /// The padding did not check out: nearly always a wrong passphrase.
    Decrypt,
}

#[derive(Clone, Copy)]
enum Cipher {
    DesEde3,
    Aes128,
    Aes192,
    Aes256,
}

impl Cipher {
    fn from_name(name: &str) -> Result<Self, LegacyPemError> {
        match name.to_ascii_uppercase().as_str() {
            "DES-EDE3-CBC" => Ok(Cipher::DesEde3),
            "AES-128-CBC" => Ok(Cipher::Aes128),
            "AES-192-CBC" => Ok(Cipher::Aes192),
            "AES-256-CBC" => Ok(Cipher::Aes256),
            "DES-CBC" | "DES-EDE-CBC" | "RC2-CBC" | "RC2-40-CBC" | "RC2-64-CBC" => {
                Err(LegacyPemError::Insecure(name.to_string()))
            }
            _ => Err(LegacyPemError::Unsupported(name.to_string())),
        }
    }

    fn key_len(self) -> usize {
        match self {
            Cipher::DesEde3 | Cipher::Aes192 => 24,
            Cipher::Aes128 => 16,
            Cipher::Aes256 => 32,
        }
    }

    fn iv_len(self) -> usize {
        match self {
            Cipher::DesEde3 => 8,
            _ => 16,
        }
    }
}

/// Checks the cipher `DEK-Info` names, so that a bad scheme is refused before any passphrase
/// is asked for.
pub fn check_cipher(dek_info: &str) -> Result<(), LegacyPemError> {
    let name = dek_info.split(',').next().unwrap_or_default();
    Cipher::from_name(name.trim()).map(|_| ())
}

/// Decrypts the body of a PEM block whose `DEK-Info` header is `dek_info`
/// (e.g. `AES-256-CBC,0123…`), giving the DER it wraps (PKCS#1 or SEC1).
pub fn decrypt(
    dek_info: &str,
    passphrase: &[u8],
    ciphertext: &[u8],
) -> Result<Zeroizing<Vec<u8>>, LegacyPemError> {
    let (name, iv_hex) = dek_info.split_once(',').ok_or(LegacyPemError::BadHeader)?;
    let cipher = Cipher::from_name(name.trim())?;
    let iv = decode_hex(iv_hex.trim()).ok_or(LegacyPemError::BadHeader)?;
    if iv.len() != cipher.iv_len() {
        return Err(LegacyPemError::BadHeader);
    }
    let key = bytes_to_key(passphrase, &iv[..8], cipher.key_len());
    let plain = match cipher {
        Cipher::DesEde3 => cbc_decrypt::<TdesEde3>(&key, &iv, ciphertext),
        Cipher::Aes128 => cbc_decrypt::<Aes128>(&key, &iv, ciphertext),
        Cipher::Aes192 => cbc_decrypt::<Aes192>(&key, &iv, ciphertext),
        Cipher::Aes256 => cbc_decrypt::<Aes256>(&key, &iv, ciphertext),
    }?;
    Ok(plain)
}

fn cbc_decrypt<C>(
    key: &[u8],
    iv: &[u8],
    ciphertext: &[u8],
) -> Result<Zeroizing<Vec<u8>>, LegacyPemError>
where
    C: cbc::cipher::BlockDecrypt + cbc::cipher::BlockCipher + cbc::cipher::KeyInit,
{
    let decryptor =
        cbc::Decryptor::<C>::new_from_slices(key, iv).map_err(|_| LegacyPemError::BadHeader)?;
    decryptor
        .decrypt_padded_vec_mut::<Pkcs7>(ciphertext)
        .map(Zeroizing::new)
        .map_err(|_| LegacyPemError::Decrypt)
}

/// OpenSSL's `EVP_BytesToKey(cipher, MD5, salt, pass, count = 1)`, key part only:
/// `D_i = MD5(D_{i-1} || pass || salt)`, concatenated until long enough.
fn bytes_to_key(passphrase: &[u8], salt: &[u8], len: usize) -> Zeroizing<Vec<u8>> {
    let mut key = Zeroizing::new(Vec::with_capacity(len + 16));
    let mut previous: Option<[u8; 16]> = None;
    while key.len() < len {
        let mut md5 = Md5::new();
        if let Some(block) = previous {
            md5.update(block);
        }
        md5.update(passphrase);
        md5.update(salt);
        let block: [u8; 16] = md5.finalize().into();
        key.extend_from_slice(&block);
        previous = Some(block);
    }
    key.truncate(len);
    key
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if hex.len() % 2 != 0 {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_to_key_matches_openssl() {
        // `openssl enc -aes-256-cbc -pass pass:secret -S 0102030405060708 -md md5 -P`
        // prints this key for the same derivation.
        let key = bytes_to_key(b"secret", &[1, 2, 3, 4, 5, 6, 7, 8], 32);
        assert_eq!(
            decode_hex("C9E5A1BD216DBE1317E230CEF48F38EE7F0E17AD64022144BCCEC4A1AA2879AB").unwrap(),
            key.to_vec()
        );
    }

    #[test]
    fn refuses_single_des_and_unknown_ciphers() {
        assert_eq!(
            decrypt("DES-CBC,0102030405060708", b"x", &[0; 8]),
            Err(LegacyPemError::Insecure("DES-CBC".into()))
        );
        assert_eq!(
            decrypt(
                "CAMELLIA-256-CBC,00112233445566778899AABBCCDDEEFF",
                b"x",
                &[0; 16]
            ),
            Err(LegacyPemError::Unsupported("CAMELLIA-256-CBC".into()))
        );
    }

    #[test]
    fn rejects_malformed_headers() {
        assert_eq!(
            decrypt("AES-128-CBC", b"x", &[0; 16]),
            Err(LegacyPemError::BadHeader)
        );
        assert_eq!(
            decrypt("AES-128-CBC,0011", b"x", &[0; 16]),
            Err(LegacyPemError::BadHeader)
        );
        assert_eq!(
            decrypt(
                "AES-128-CBC,zz112233445566778899AABBCCDDEEFF",
                b"x",
                &[0; 16]
            ),
            Err(LegacyPemError::BadHeader)
        );
    }

    #[test]
    fn short_ciphertext_is_a_decrypt_error_not_a_panic() {
        assert_eq!(
            decrypt(
                "AES-128-CBC,00112233445566778899AABBCCDDEEFF",
                b"x",
                &[7; 5]
            ),
            Err(LegacyPemError::Decrypt)
        );
    }

    /// Keys `openssl rsa -traditional -des3|-aes128|-aes192|-aes256` wrote (see
    /// tests/fixtures/keys/README.md) decrypt to the plain PKCS#1 key, and a wrong passphrase
    /// never gives it.
    #[test]
    fn decrypts_what_openssl_wrote() {
        let fixture = |text: &str| pem::parse(text).unwrap();
        let plain = fixture(include_str!("../../tests/fixtures/keys/rsa2048-pkcs1.pem"));
        for encrypted in [
            include_str!("../../tests/fixtures/keys/rsa2048-legacy-des3.pem"),
            include_str!("../../tests/fixtures/keys/rsa2048-legacy-aes128.pem"),
            include_str!("../../tests/fixtures/keys/rsa2048-legacy-aes192.pem"),
            include_str!("../../tests/fixtures/keys/rsa2048-legacy-aes256.pem"),
        ] {
            let block = fixture(encrypted);
            let dek = block.headers().get("DEK-Info").unwrap();
            let right = decrypt(dek, b"jwtmint-fixture-pass", block.contents()).unwrap();
            assert_eq!(&right[..], plain.contents(), "{dek}");
            let wrong = decrypt(dek, b"not-the-passphrase", block.contents());
            assert!(
                wrong.map_or(true, |der| &der[..] != plain.contents()),
                "{dek}"
            );
        }
    }
}
