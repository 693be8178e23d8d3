//! Encrypted PKCS#8 (`BEGIN ENCRYPTED PRIVATE KEY`).
//!
//! PBES2 (PBKDF2 or scrypt, AES-CBC or DES-EDE3-CBC) is what OpenSSL 3 writes, including for
//! `openssl genrsa -des3`; the `pkcs8` crate decrypts it. PKCS#12's `pbeWithSHAAnd3-KeyTripleDES-CBC`
//! (`-v1 PBE-SHA1-3DES`, older OpenSSL and Java tools) is decrypted with the `pkcs12` crate's KDF.
//! Broken schemes (single DES, MD5, RC2, RC4) are refused with a hint on how to re-encrypt
//! (except RC2-40 for the certificates of a PKCS#12 file: see [`decrypt_content`]).

use anyhow::{anyhow, bail, Result};
use cbc::cipher::{block_padding::Pkcs7, BlockDecryptMut, KeyIvInit};
use der::asn1::ObjectIdentifier as Oid;
use der::{Decode, Encode};
use pkcs12::kdf::{derive_key_utf8, Pkcs12KeyType};
use pkcs12::pbe_params::{EncryptedPrivateKeyInfo, Pbes2Params, Pkcs12PbeParams};
use zeroize::Zeroizing;

use super::{REENCRYPT_HINT, WRONG_PASSPHRASE};

const OID_PBES2: Oid = Oid::new_unwrap("1.2.840.113549.1.5.13");
const OID_PBKDF2: Oid = Oid::new_unwrap("1.2.840.113549.1.5.12");
const OID_SCRYPT: Oid = Oid::new_unwrap("1.3.6.1.4.1.11591.4.11");
const OID_PKCS12_SHA1_3DES: Oid = Oid::new_unwrap("1.2.840.113549.1.12.1.3");
const OID_PKCS12_SHA1_RC2_40: Oid = Oid::new_unwrap("1.2.840.113549.1.12.1.6");

/// Ciphers inside PBES2 that we accept.
const GOOD_CIPHERS: [(&str, &str); 4] = [
    ("2.16.840.1.101.3.4.1.2", "AES-128-CBC"),
    ("2.16.840.1.101.3.4.1.22", "AES-192-CBC"),
    ("2.16.840.1.101.3.4.1.42", "AES-256-CBC"),
    ("1.2.840.113549.3.7", "DES-EDE3-CBC"),
];

/// Schemes that are broken: refused with the re-encryption hint.
const INSECURE: [(&str, &str); 12] = [
    ("1.3.14.3.2.7", "DES-CBC"),
    ("1.2.840.113549.3.2", "RC2-CBC"),
    ("1.2.840.113549.1.5.1", "PBE-MD2-DES"),
    ("1.2.840.113549.1.5.3", "PBE-MD5-DES"),
    ("1.2.840.113549.1.5.4", "PBE-MD2-RC2-64"),
    ("1.2.840.113549.1.5.6", "PBE-MD5-RC2-64"),
    ("1.2.840.113549.1.5.10", "PBE-SHA1-DES"),
    ("1.2.840.113549.1.5.11", "PBE-SHA1-RC2-64"),
    ("1.2.840.113549.1.12.1.1", "PBE-SHA1-RC4-128"),
    ("1.2.840.113549.1.12.1.2", "PBE-SHA1-RC4-40"),
    ("1.2.840.113549.1.12.1.5", "PBE-SHA1-RC2-128"),
    ("1.2.840.113549.1.12.1.6", "PBE-SHA1-RC2-40"),
];

fn insecure_name(oid: &Oid) -> Option<&'static str> {
    let oid = oid.to_string();
    INSECURE.iter().find(|(o, _)| *o == oid).map(|(_, n)| *n)
}

pub fn is_encrypted_pkcs8(der: &[u8]) -> bool {
    EncryptedPrivateKeyInfo::from_der(der).is_ok()
}

/// Decrypts an `EncryptedPrivateKeyInfo`, giving the plain PKCS#8 DER.
pub fn decrypt(
    der: &[u8],
    passphrase: &mut dyn FnMut() -> Result<Zeroizing<Vec<u8>>>,
) -> Result<Zeroizing<Vec<u8>>> {
    let plain = decrypt_any(der, passphrase, false)?;
    // Garbage that happened to pass the padding check is not a PKCS#8 structure.
    if pkcs8::PrivateKeyInfo::try_from(plain.as_slice()).is_err() {
        bail!(WRONG_PASSPHRASE);
    }
    Ok(plain)
}

/// Decrypts content encrypted with `algorithm` the way PKCS#8 and PKCS#12 do (PBES2 or a
/// PKCS#12 PBE). `rc2_40`: also accept PBE-SHA1-RC2-40, which `openssl pkcs12 -legacy` and
/// Windows use for the certificates in a `.p12` (public data: its weakness hides nothing).
pub(crate) fn decrypt_content(
    algorithm: &x509_cert::spki::AlgorithmIdentifierOwned,
    ciphertext: &[u8],
    passphrase: &mut dyn FnMut() -> Result<Zeroizing<Vec<u8>>>,
    rc2_40: bool,
) -> Result<Zeroizing<Vec<u8>>> {
    let info = EncryptedPrivateKeyInfo {
        encryption_algorithm: algorithm.clone(),
        encrypted_data: der::asn1::OctetString::new(ciphertext)
            .map_err(|e| anyhow!("damaged PKCS#12 file ({e})"))?,
    };
    let der = info
        .to_der()
        .map_err(|e| anyhow!("damaged PKCS#12 file ({e})"))?;
    decrypt_any(&der, passphrase, rc2_40)
}

fn decrypt_any(
    der: &[u8],
    passphrase: &mut dyn FnMut() -> Result<Zeroizing<Vec<u8>>>,
    rc2_40: bool,
) -> Result<Zeroizing<Vec<u8>>> {
    let info = EncryptedPrivateKeyInfo::from_der(der)
        .map_err(|e| anyhow!("damaged key: not a valid encrypted PKCS#8 key ({e})"))?;
    let scheme = info.encryption_algorithm.oid;
    let plain = if scheme == OID_PBES2 {
        check_pbes2(&info)?;
        let typed = pkcs8::EncryptedPrivateKeyInfo::try_from(der)
            .map_err(|e| anyhow!("unsupported PBES2 parameters ({e}); {REENCRYPT_HINT}"))?;
        if let pkcs8::pkcs5::EncryptionScheme::Pbes2(params) = &typed.encryption_algorithm {
            check_kdf_cost(&params.kdf)?;
        }
        let pass = passphrase()?;
        typed
            .decrypt(&*pass)
            .map(|doc| Zeroizing::new(doc.as_bytes().to_vec()))
            .map_err(|_| anyhow!(WRONG_PASSPHRASE))?
    } else if scheme == OID_PKCS12_SHA1_3DES {
        let params = pkcs12_params(&info)?;
        let pass = passphrase()?;
        decrypt_pkcs12_3des(&info, &params, &pass)?
    } else if scheme == OID_PKCS12_SHA1_RC2_40 && rc2_40 {
        let params = pkcs12_params(&info)?;
        let pass = passphrase()?;
        decrypt_pkcs12_rc2_40(&info, &params, &pass)?
    } else if let Some(name) = insecure_name(&scheme) {
        bail!("the key is encrypted with {name}, which is insecure; {REENCRYPT_HINT}")
    } else {
        bail!("the key is encrypted with an unsupported scheme (OID {scheme}); {REENCRYPT_HINT}")
    };
    Ok(plain)
}

/// The most PBKDF2 (or PKCS#12 KDF) iterations taken: over 15 times what any tool writes
/// (OpenSSL 2048, `jwtmint keygen` 600 000), a few seconds of work. A file asking for 2^31
/// would keep jwtmint busy for many minutes before it could say the passphrase is wrong.
pub(crate) const MAX_ITERATIONS: u64 = 10_000_000;
/// scrypt: at most 256 MiB of memory (128·r·N; OpenSSL itself refuses more than 32 MiB)...
const MAX_SCRYPT_MEMORY: u64 = 256 << 20;
/// ...and at most 128 times the work (N·r·p) of OpenSSL's default N = 2^14, r = 8, p = 1.
const MAX_SCRYPT_WORK: u64 = 128 << 17;

/// The key-derivation work that decrypting content encrypted with `algorithm` asks for, in
/// iterations (PBKDF2 or the PKCS#12 KDF as declared; scrypt in proportion to its work, the
/// most [`check_kdf_cost`] allows counting as [`MAX_ITERATIONS`]). 0 for a scheme or damaged
/// parameters that decryption refuses before any work. A PKCS#12 file adds these up over all
/// its bags before it decrypts anything.
pub(crate) fn kdf_cost(algorithm: &x509_cert::spki::AlgorithmIdentifierOwned) -> u64 {
    let Some(params) = &algorithm.parameters else {
        return 0;
    };
    let Ok(params_der) = params.to_der() else {
        return 0;
    };
    if algorithm.oid == OID_PBES2 {
        let Ok(params) = pkcs8::pkcs5::pbes2::Parameters::from_der(&params_der) else {
            return 0;
        };
        match params.kdf {
            pkcs8::pkcs5::pbes2::Kdf::Pbkdf2(kdf) => u64::from(kdf.iteration_count),
            pkcs8::pkcs5::pbes2::Kdf::Scrypt(kdf) => {
                let work = u128::from(kdf.cost_parameter)
                    * u128::from(kdf.block_size)
                    * u128::from(kdf.parallelization);
                let cost = work * u128::from(MAX_ITERATIONS) / u128::from(MAX_SCRYPT_WORK);
                u64::try_from(cost).unwrap_or(u64::MAX)
            }
            _ => 0,
        }
    } else if algorithm.oid == OID_PKCS12_SHA1_3DES || algorithm.oid == OID_PKCS12_SHA1_RC2_40 {
        Pkcs12PbeParams::from_der(&params_der)
            .ok()
            .and_then(|p| u64::try_from(p.iterations).ok())
            .unwrap_or(0)
    } else {
        0
    }
}

/// Refuses key-derivation parameters that would take minutes, or gigabytes, to try a
/// passphrase with: a damaged or hostile key file, not one any tool writes.
fn check_kdf_cost(kdf: &pkcs8::pkcs5::pbes2::Kdf) -> Result<()> {
    use pkcs8::pkcs5::pbes2::Kdf;
    match kdf {
        Kdf::Pbkdf2(params) if u64::from(params.iteration_count) > MAX_ITERATIONS => bail!(
            "damaged key: it asks for {} PBKDF2 iterations, over jwtmint's limit of {MAX_ITERATIONS}",
            params.iteration_count
        ),
        Kdf::Scrypt(params) => {
            let (n, r, p) = (
                params.cost_parameter,
                u64::from(params.block_size),
                u64::from(params.parallelization),
            );
            let memory = n.saturating_mul(r).saturating_mul(128);
            let work = n.saturating_mul(r).saturating_mul(p);
            if memory > MAX_SCRYPT_MEMORY || work > MAX_SCRYPT_WORK {
                bail!(
                    "damaged key: its scrypt parameters (N={n}, r={r}, p={p}) ask for more memory \
                     or work than jwtmint allows (256 MiB, N·r·p up to 2^24)"
                );
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Names the KDF and cipher problem before any passphrase is asked for.
fn check_pbes2(info: &EncryptedPrivateKeyInfo) -> Result<()> {
    let params = info
        .encryption_algorithm
        .parameters
        .as_ref()
        .ok_or_else(|| anyhow!("damaged key: PBES2 without parameters"))?;
    let params = Pbes2Params::from_der(&params.to_der()?)
        .map_err(|e| anyhow!("damaged key: bad PBES2 parameters ({e})"))?;
    let kdf = params.kdf.oid;
    if kdf != OID_PBKDF2 && kdf != OID_SCRYPT {
        bail!("the key uses an unsupported key-derivation function (OID {kdf}); {REENCRYPT_HINT}");
    }
    let cipher = params.encryption.oid;
    let cipher_str = cipher.to_string();
    if GOOD_CIPHERS.iter().any(|(o, _)| *o == cipher_str) {
        return Ok(());
    }
    match insecure_name(&cipher) {
        Some(name) => {
            bail!("the key is encrypted with {name}, which is insecure; {REENCRYPT_HINT}")
        }
        None => bail!(
            "the key is encrypted with an unsupported cipher (OID {cipher}); {REENCRYPT_HINT}"
        ),
    }
}

/// PKCS#12 `pbeWithSHAAnd3-KeyTripleDES-CBC` (RFC 7292 appendix B/C): SHA-1 KDF, 3DES-CBC.
/// The PKCS#12 PBE parameters, refused when they ask for absurd work.
fn pkcs12_params(info: &EncryptedPrivateKeyInfo) -> Result<Pkcs12PbeParams> {
    let params = info
        .encryption_algorithm
        .parameters
        .as_ref()
        .ok_or_else(|| anyhow!("damaged key: PBE parameters missing"))?;
    let params = Pkcs12PbeParams::from_der(&params.to_der()?)
        .map_err(|e| anyhow!("damaged key: bad PBE parameters ({e})"))?;
    if u64::try_from(params.iterations).is_ok_and(|n| n > MAX_ITERATIONS) {
        bail!(
            "damaged key: it asks for {} iterations, over jwtmint's limit of {MAX_ITERATIONS}",
            params.iterations
        );
    }
    Ok(params)
}

fn decrypt_pkcs12_3des(
    info: &EncryptedPrivateKeyInfo,
    params: &Pkcs12PbeParams,
    pass: &[u8],
) -> Result<Zeroizing<Vec<u8>>> {
    let (key, iv) = pkcs12_key_iv(params, pass, 24)?;
    let decryptor = cbc::Decryptor::<des::TdesEde3>::new_from_slices(&key, &iv)
        .map_err(|_| anyhow!("damaged key: bad 3DES parameters"))?;
    decryptor
        .decrypt_padded_vec_mut::<Pkcs7>(info.encrypted_data.as_bytes())
        .map(Zeroizing::new)
        .map_err(|_| anyhow!(WRONG_PASSPHRASE))
}

/// PKCS#12 `pbeWithSHAAnd40BitRC2-CBC`: SHA-1 KDF, RC2-CBC with a 40-bit key.
fn decrypt_pkcs12_rc2_40(
    info: &EncryptedPrivateKeyInfo,
    params: &Pkcs12PbeParams,
    pass: &[u8],
) -> Result<Zeroizing<Vec<u8>>> {
    let (key, iv) = pkcs12_key_iv(params, pass, 5)?;
    let decryptor = cbc::Decryptor::<rc2::Rc2>::new_from_slices(&key, &iv)
        .map_err(|_| anyhow!("damaged PKCS#12 file: bad RC2 parameters"))?;
    decryptor
        .decrypt_padded_vec_mut::<Pkcs7>(info.encrypted_data.as_bytes())
        .map(Zeroizing::new)
        .map_err(|_| anyhow!(WRONG_PASSPHRASE))
}

type Secret = Zeroizing<Vec<u8>>;

/// The key (`key_len` bytes) and 8-byte IV of a PKCS#12 PBE (RFC 7292 appendix B, SHA-1).
fn pkcs12_key_iv(
    params: &Pkcs12PbeParams,
    pass: &[u8],
    key_len: usize,
) -> Result<(Secret, Secret)> {
    let pass = std::str::from_utf8(pass).map_err(|_| anyhow!(WRONG_PASSPHRASE))?;
    let salt = params.salt.as_bytes();
    let derive = |kind, len| {
        derive_key_utf8::<sha1::Sha1>(pass, salt, kind, params.iterations, len)
            .map(Zeroizing::new)
            .map_err(|_| anyhow!(WRONG_PASSPHRASE))
    };
    Ok((
        derive(Pkcs12KeyType::EncryptionKey, key_len)?,
        derive(Pkcs12KeyType::Iv, 8)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by the key_loader fuzz target: key files asking for absurd key-derivation work
    /// kept jwtmint busy for minutes. They must be refused before any passphrase is asked for.
    #[test]
    fn absurd_kdf_costs_are_refused_before_the_passphrase() {
        let pem = |bytes: &[u8]| {
            let text = std::str::from_utf8(bytes).unwrap();
            pem::parse(text).unwrap().contents().to_vec()
        };
        let hostile = [
            include_bytes!("../../fuzz/seeds/key_loader/kdf-pbkdf2-2g-iterations.der").to_vec(),
            pem(include_bytes!(
                "../../fuzz/seeds/key_loader/kdf-pkcs12-2g-iterations.pem"
            )),
            pem(include_bytes!(
                "../../fuzz/seeds/key_loader/kdf-scrypt-16gib.pem"
            )),
        ];
        for der in hostile {
            let mut asked = false;
            let err = decrypt(&der, &mut || {
                asked = true;
                Ok(Zeroizing::new(b"pass".to_vec()))
            })
            .unwrap_err();
            assert!(err.to_string().starts_with("damaged key"), "{err}");
            assert!(!asked, "the passphrase was asked for before the cost check");
        }
    }
}
