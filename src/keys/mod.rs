//! Private keys as people have them: PEM (or DER) in PKCS#1, PKCS#8, SEC1, legacy-encrypted
//! and encrypted PKCS#8, checked when they load so that a damaged key never fails later inside
//! signing with an opaque message.

pub mod cert;
mod encrypted_pkcs8;
pub mod jwk;
pub mod legacy_pem;
pub mod openssh;
pub mod pfx;
pub mod public;
pub mod secret;
pub mod service_account;

use std::fmt;

use anyhow::{anyhow, bail, Context, Result};
use aws_lc_rs::signature::{
    EcdsaKeyPair, Ed25519KeyPair, RsaKeyPair, ECDSA_P256K1_SHA256_FIXED_SIGNING,
    ECDSA_P256_SHA256_FIXED_SIGNING, ECDSA_P384_SHA384_FIXED_SIGNING,
    ECDSA_P521_SHA512_FIXED_SIGNING,
};
use der::asn1::ObjectIdentifier as Oid;
use der::{Decode, Encode};
use pkcs8::PrivateKeyInfo;
use zeroize::Zeroizing;

pub use legacy_pem::LegacyPemError;

use crate::jws::{Alg, KeyMaterial};

/// The message for every decryption that did not work out. A wrong passphrase and a damaged
/// ciphertext look the same from here, so the message names both.
pub const WRONG_PASSPHRASE: &str = "wrong passphrase, or the key file is damaged";

/// The hint given with every refused encryption scheme. OpenSSL 3 reads a DES, RC2 or MD5
/// key only with its legacy provider loaded (checked with OpenSSL 3.0 on the DES fixtures).
pub const REENCRYPT_HINT: &str = "re-encrypt it with: openssl pkcs8 -topk8 -v2 aes-256-cbc \
     -provider legacy -provider default -in OLD.pem -out NEW.pem";

pub(crate) const OID_RSA: Oid = Oid::new_unwrap("1.2.840.113549.1.1.1");
pub(crate) const OID_RSA_PSS: Oid = Oid::new_unwrap("1.2.840.113549.1.1.10");
pub(crate) const OID_EC: Oid = Oid::new_unwrap("1.2.840.10045.2.1");
pub(crate) const OID_ED25519: Oid = Oid::new_unwrap("1.3.101.112");
const OID_ED448: Oid = Oid::new_unwrap("1.3.101.113");
const OID_X25519: Oid = Oid::new_unwrap("1.3.101.110");
const OID_DSA: Oid = Oid::new_unwrap("1.2.840.10040.4.1");
pub(crate) const OID_P256: Oid = Oid::new_unwrap("1.2.840.10045.3.1.7");
pub(crate) const OID_P384: Oid = Oid::new_unwrap("1.3.132.0.34");
pub(crate) const OID_P521: Oid = Oid::new_unwrap("1.3.132.0.35");
pub(crate) const OID_SECP256K1: Oid = Oid::new_unwrap("1.3.132.0.10");

/// What kind of key was loaded, for messages and for picking the natural algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    Rsa { bits: usize },
    EcP256,
    EcP384,
    EcP521,
    EcSecp256k1,
    Ed25519,
}

impl KeyKind {
    /// The JWK `crv` name of an EC or OKP key; `None` for RSA.
    pub fn curve_name(self) -> Option<&'static str> {
        match self {
            KeyKind::Rsa { .. } => None,
            KeyKind::EcP256 => Some("P-256"),
            KeyKind::EcP384 => Some("P-384"),
            KeyKind::EcP521 => Some("P-521"),
            KeyKind::EcSecp256k1 => Some("secp256k1"),
            KeyKind::Ed25519 => Some("Ed25519"),
        }
    }
}

impl fmt::Display for KeyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyKind::Rsa { bits } => write!(f, "an RSA {bits}-bit key"),
            KeyKind::EcP256 => f.write_str("an EC P-256 key"),
            KeyKind::EcP384 => f.write_str("an EC P-384 key"),
            KeyKind::EcP521 => f.write_str("an EC P-521 key"),
            KeyKind::EcSecp256k1 => f.write_str("an EC secp256k1 key"),
            KeyKind::Ed25519 => f.write_str("an Ed25519 key"),
        }
    }
}

/// A parsed, validated private key, ready to sign.
pub enum PrivateKey {
    Rsa(RsaKeyPair),
    Ec(EcdsaKeyPair, KeyKind),
    Ed25519(Ed25519KeyPair),
}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PrivateKey({})", self.kind())
    }
}

impl PrivateKey {
    pub fn kind(&self) -> KeyKind {
        match self {
            PrivateKey::Rsa(pair) => KeyKind::Rsa {
                bits: pair.public_modulus_len() * 8,
            },
            PrivateKey::Ec(_, kind) => *kind,
            PrivateKey::Ed25519(_) => KeyKind::Ed25519,
        }
    }

    /// The public half as an SPKI (`BEGIN PUBLIC KEY`) DER document.
    pub fn public_key_spki_der(&self) -> Result<Vec<u8>> {
        use aws_lc_rs::encoding::{AsDer, PublicKeyX509Der};
        use aws_lc_rs::signature::KeyPair;
        let der: PublicKeyX509Der<'static> = match self {
            PrivateKey::Rsa(pair) => pair.public_key().as_der(),
            PrivateKey::Ec(pair, _) => pair.public_key().as_der(),
            PrivateKey::Ed25519(pair) => pair.public_key().as_der(),
        }
        .map_err(|_| anyhow!("could not encode the public key"))?;
        Ok(der.as_ref().to_vec())
    }
}

/// Everything a key file gave: the key, and what the file said about it.
pub struct LoadedKey {
    /// A private key, or an HMAC secret (only from a JWK of `kty: "oct"`).
    pub key: KeyMaterial,
    /// The `kid` of a JWK; `None` for the other forms.
    pub kid: Option<String>,
    /// The `alg` of a JWK, checked to fit the key; `None` for the other forms.
    pub alg: Option<Alg>,
    /// The certificates (DER, leaf first) of a PKCS#12 file; empty for the other forms.
    pub certs: Vec<Vec<u8>>,
}

/// Reads any key file jwtmint knows: a JWK or JWKS (`kid` picks the key from a JWKS; see
/// [`jwk::parse_jwk`]) or anything [`parse_private_key`] reads. `passphrase` is called only
/// when the key turns out to be encrypted.
pub fn load_key(
    input: &[u8],
    kid: Option<&str>,
    passphrase: &mut dyn FnMut() -> Result<Zeroizing<Vec<u8>>>,
) -> Result<LoadedKey> {
    if jwk::looks_like_json(input) {
        let found = jwk::parse_jwk(input, kid)?;
        return Ok(LoadedKey {
            key: found.key,
            kid: found.kid,
            alg: found.alg,
            certs: Vec::new(),
        });
    }
    if pfx::is_pkcs12(input) {
        let (key, certs) = pfx::parse(input, passphrase)?;
        return Ok(LoadedKey {
            key: KeyMaterial::Private(key),
            kid: None,
            alg: None,
            certs,
        });
    }
    Ok(LoadedKey {
        key: KeyMaterial::Private(parse_private_key(input, passphrase)?),
        kid: None,
        alg: None,
        certs: Vec::new(),
    })
}

/// Parses a private key from the bytes of a key file. `passphrase` is called only when the key
/// turns out to be encrypted, so a plain key never prompts. A JWK, or a JWKS holding one
/// private key, is read too (an `oct` JWK is refused: it is a secret, see [`load_key`]).
pub fn parse_private_key(
    input: &[u8],
    passphrase: &mut dyn FnMut() -> Result<Zeroizing<Vec<u8>>>,
) -> Result<PrivateKey> {
    if input.trim_ascii().is_empty() {
        bail!("the file is empty");
    }
    let unflattened = unflatten_pem(input);
    let input = unflattened.as_deref().map_or(input, |v| v.as_slice());
    if jwk::looks_like_json(input) {
        return match jwk::parse_jwk(input, None)?.key {
            KeyMaterial::Private(key) => Ok(key),
            KeyMaterial::Secret(_) | KeyMaterial::Store(_) => bail!(
                "this JWK is an HMAC secret (kty `oct`), not a private key; sign with an HS* algorithm"
            ),
        };
    }
    if !looks_like_pem(input) {
        return parse_der(input, passphrase);
    }
    let text = std::str::from_utf8(input).map_err(|_| anyhow!("damaged PEM: not text"))?;
    let blocks = pem::parse_many(text).map_err(|e| anyhow!("damaged PEM: {}", pem_problem(&e)))?;
    if blocks.is_empty() {
        bail!("damaged PEM: no complete BEGIN/END block");
    }
    // `openssl ecparam -genkey` writes an `EC PARAMETERS` block before the key: skip it.
    let block = blocks
        .iter()
        .find(|b| b.tag() != "EC PARAMETERS")
        .ok_or_else(|| anyhow!("only EC PARAMETERS found: the file has no private key"))?;
    let body = Zeroizing::new(block.contents().to_vec());
    match block.tag() {
        "PRIVATE KEY" => from_pkcs8(&body),
        "ENCRYPTED PRIVATE KEY" => {
            let plain = encrypted_pkcs8::decrypt(&body, passphrase)?;
            from_pkcs8(&plain)
        }
        tag @ ("RSA PRIVATE KEY" | "EC PRIVATE KEY") => {
            let body = match legacy_encryption(block)? {
                Some(dek_info) => decrypt_legacy(&dek_info, &body, passphrase)?,
                None => body,
            };
            if tag == "RSA PRIVATE KEY" {
                from_pkcs1(&body)
            } else {
                from_sec1(&body)
            }
        }
        "PUBLIC KEY" | "RSA PUBLIC KEY" | "EC PUBLIC KEY" => {
            bail!("this is a public key; signing needs the private key")
        }
        "CERTIFICATE" | "TRUSTED CERTIFICATE" | "X509 CERTIFICATE" => {
            bail!("this is a certificate; signing needs the private key")
        }
        "OPENSSH PRIVATE KEY" => openssh::parse(&body, passphrase),
        "DSA PRIVATE KEY" => bail!("DSA keys cannot sign JWTs; use an RSA, EC or Ed25519 key"),
        other => bail!("unsupported PEM block `{other}`; expected a private key"),
    }
}

/// What is wrong with a PEM file, without quoting it: the pem crate's message for a mismatched
/// BEGIN/END pair quotes everything between them, which is the key itself, over many lines.
pub fn pem_problem(error: &pem::PemError) -> String {
    match error {
        pem::PemError::MismatchedTags(..) => {
            "its BEGIN and END lines do not match (truncated, or two files run together?)".into()
        }
        pem::PemError::InvalidHeader(_) => "a header line is malformed".into(),
        other => other.to_string(),
    }
}

/// A PEM whose line breaks were flattened to the two characters `\n` (as CI secret stores and
/// `.env` files often hold a key), with the line breaks put back: `None` when the text has a
/// real line break before its end, no `\n` sequence, or no BEGIN line.
fn unflatten_pem(input: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let body = input.trim_ascii_end();
    if !looks_like_pem(body) || body.contains(&b'\n') || !body.windows(2).any(|w| w == b"\\n") {
        return None;
    }
    let mut out = Zeroizing::new(Vec::with_capacity(input.len()));
    let mut rest = body;
    while let Some((&first, tail)) = rest.split_first() {
        match (first, tail.first()) {
            (b'\\', Some(b'n')) => {
                out.push(b'\n');
                rest = &tail[1..];
            }
            // `\r\n` from a flattened CRLF file: the `\r` goes.
            (b'\\', Some(b'r')) if tail.get(1..3) == Some(b"\\n") => rest = &tail[1..],
            _ => {
                out.push(first);
                rest = tail;
            }
        }
    }
    out.push(b'\n');
    Some(out)
}

fn looks_like_pem(input: &[u8]) -> bool {
    input.windows(11).any(|w| w == b"-----BEGIN ")
}

/// DER keys, for completeness: try each private-key structure in turn.
fn parse_der(
    input: &[u8],
    passphrase: &mut dyn FnMut() -> Result<Zeroizing<Vec<u8>>>,
) -> Result<PrivateKey> {
    if input.first() != Some(&0x30) {
        bail!("not a PEM or DER private key (no -----BEGIN line found)");
    }
    if PrivateKeyInfo::try_from(input).is_ok() {
        return from_pkcs8(input);
    }
    if encrypted_pkcs8::is_encrypted_pkcs8(input) {
        let plain = encrypted_pkcs8::decrypt(input, passphrase)?;
        return from_pkcs8(&plain);
    }
    if pfx::is_pkcs12(input) {
        return pfx::parse(input, passphrase).map(|(key, _certs)| key);
    }
    if RsaKeyPair::from_der(input).is_ok() {
        return from_pkcs1(input);
    }
    if sec1::EcPrivateKey::from_der(input).is_ok() {
        return from_sec1(input);
    }
    bail!("not a private key in any DER form jwtmint knows (PKCS#8, PKCS#1, SEC1, PKCS#12)")
}

/// `Some(DEK-Info)` when the PEM block carries the legacy `Proc-Type: 4,ENCRYPTED` header.
fn legacy_encryption(block: &pem::Pem) -> Result<Option<String>> {
    let headers = block.headers();
    match headers.get("Proc-Type") {
        None => Ok(None),
        Some(value) if value.trim() == "4,ENCRYPTED" => {
            let dek = headers.get("DEK-Info").ok_or_else(|| {
                anyhow!("damaged PEM: Proc-Type says ENCRYPTED but DEK-Info is missing")
            })?;
            Ok(Some(dek.to_string()))
        }
        Some(other) => bail!("damaged PEM: unexpected Proc-Type `{other}`"),
    }
}

fn decrypt_legacy(
    dek_info: &str,
    body: &[u8],
    passphrase: &mut dyn FnMut() -> Result<Zeroizing<Vec<u8>>>,
) -> Result<Zeroizing<Vec<u8>>> {
    let cipher = dek_info.split(',').next().unwrap_or_default().trim();
    // Refuse a bad scheme before asking for a passphrase.
    legacy_pem::check_cipher(dek_info).map_err(|e| legacy_error(e, cipher))?;
    let pass = passphrase()?;
    let plain = legacy_pem::decrypt(dek_info, &pass, body).map_err(|e| legacy_error(e, cipher))?;
    // A wrong passphrase passes the padding check about one time in 256: the DER tells.
    if der::Any::from_der(&plain).is_err() {
        bail!(WRONG_PASSPHRASE);
    }
    Ok(plain)
}

fn legacy_error(err: LegacyPemError, cipher: &str) -> anyhow::Error {
    match err {
        LegacyPemError::Insecure(name) => {
            anyhow!("the key is encrypted with {name}, which is insecure; {REENCRYPT_HINT}")
        }
        LegacyPemError::Unsupported(name) => anyhow!(
            "the key is encrypted with {name}, which jwtmint does not support \
             (supported: DES-EDE3-CBC, AES-128/192/256-CBC); {REENCRYPT_HINT}"
        ),
        LegacyPemError::BadHeader => anyhow!("damaged PEM: bad DEK-Info header for {cipher}"),
        LegacyPemError::Decrypt => anyhow!(WRONG_PASSPHRASE),
    }
}

fn from_pkcs8(der: &[u8]) -> Result<PrivateKey> {
    let info = PrivateKeyInfo::try_from(der)
        .map_err(|e| anyhow!("damaged key: not a valid PKCS#8 private key ({e})"))?;
    let oid = info.algorithm.oid;
    if oid == OID_RSA {
        from_pkcs1(info.private_key)
    } else if oid == OID_EC {
        let curve = info
            .algorithm
            .parameters_oid()
            .map_err(|_| anyhow!("damaged key: EC key without a named curve"))?;
        ec_key(curve, der)
    } else if oid == OID_ED25519 {
        Ed25519KeyPair::from_pkcs8(der)
            .map(PrivateKey::Ed25519)
            .map_err(|e| anyhow!("damaged key: invalid Ed25519 private key ({e})"))
    } else if oid == OID_ED448 {
        bail!("Ed448 keys are not supported; EdDSA here means Ed25519")
    } else if oid == OID_X25519 {
        bail!("X25519 keys are for key agreement and cannot sign; use an Ed25519 key")
    } else if oid == OID_DSA {
        bail!("DSA keys cannot sign JWTs; use an RSA, EC or Ed25519 key")
    } else if oid == OID_RSA_PSS {
        bail!(
            "RSA-PSS-restricted keys are not supported; use a plain RSA key \
             (PS256 works with any RSA key)"
        )
    } else {
        bail!("unsupported key algorithm (OID {oid})")
    }
}

fn from_pkcs1(der: &[u8]) -> Result<PrivateKey> {
    RsaKeyPair::from_der(der)
        .map(PrivateKey::Rsa)
        .map_err(|e| match e.description_() {
            "TooSmall" => anyhow!("the RSA key is too small: JWT signing needs at least 2048 bits"),
            "TooLarge" => anyhow!("the RSA key is too large (over 8192 bits)"),
            _ => anyhow!("damaged key: not a valid RSA private key (truncated or corrupted?)"),
        })
}

fn from_sec1(der: &[u8]) -> Result<PrivateKey> {
    let key = sec1::EcPrivateKey::from_der(der)
        .map_err(|e| anyhow!("damaged key: not a valid SEC1 EC private key ({e})"))?;
    let curve = key
        .parameters
        .and_then(|p| p.named_curve())
        .ok_or_else(|| {
            anyhow!(
                "EC key without a named curve; jwtmint supports P-256, P-384, P-521 and secp256k1"
            )
        })?;
    // aws-lc reads SEC1 directly; re-encoding keeps one path for both forms.
    let der = Zeroizing::new(key.to_der().context("re-encoding the EC key")?);
    ec_key(curve, &der)
}

fn ec_key(curve: Oid, der: &[u8]) -> Result<PrivateKey> {
    let (alg, kind) = if curve == OID_P256 {
        (&ECDSA_P256_SHA256_FIXED_SIGNING, KeyKind::EcP256)
    } else if curve == OID_P384 {
        (&ECDSA_P384_SHA384_FIXED_SIGNING, KeyKind::EcP384)
    } else if curve == OID_P521 {
        (&ECDSA_P521_SHA512_FIXED_SIGNING, KeyKind::EcP521)
    } else if curve == OID_SECP256K1 {
        (&ECDSA_P256K1_SHA256_FIXED_SIGNING, KeyKind::EcSecp256k1)
    } else {
        bail!(
            "EC curve OID {curve} is not supported; jwtmint signs with P-256 (ES256), \
             P-384 (ES384), P-521 (ES512) and secp256k1 (ES256K)"
        )
    };
    EcdsaKeyPair::from_private_key_der(alg, der)
        .map(|pair| PrivateKey::Ec(pair, kind))
        .map_err(|e| anyhow!("damaged key: invalid EC private key ({e})"))
}

/// The kind of a public key given as SPKI; the bit count of RSA keys is left at 0.
pub(crate) fn public_kind(spki: &x509_cert::spki::SubjectPublicKeyInfoRef<'_>) -> Result<KeyKind> {
    let oid = spki.algorithm.oid;
    if oid == OID_RSA || oid == OID_RSA_PSS {
        return Ok(KeyKind::Rsa { bits: 0 });
    }
    if oid == OID_ED25519 {
        return Ok(KeyKind::Ed25519);
    }
    if oid == OID_EC {
        let curve = spki
            .algorithm
            .parameters_oid()
            .map_err(|_| anyhow!("damaged public key: an EC key without its named curve"))?;
        return Ok(match curve {
            c if c == OID_P256 => KeyKind::EcP256,
            c if c == OID_P384 => KeyKind::EcP384,
            c if c == OID_P521 => KeyKind::EcP521,
            c if c == OID_SECP256K1 => KeyKind::EcSecp256k1,
            other => bail!("unsupported EC curve (OID {other})"),
        });
    }
    if oid == OID_ED448 {
        bail!("Ed448 keys are not supported; EdDSA here means Ed25519");
    }
    bail!("unsupported public key type (OID {oid})")
}

/// An RSA key from its PKCS#1 parameters `[n, e, d, p, q, dp, dq, qi]` (unsigned big-endian),
/// checked by aws-lc.
pub(crate) fn rsa_from_parts(parts: &[&[u8]; 8]) -> Result<PrivateKey> {
    // RSAPrivateKey ::= SEQUENCE { version 0, n, e, d, p, q, dp, dq, qi }
    let capacity = parts.iter().map(|p| p.len() + 8).sum::<usize>() + 16;
    let mut body = Zeroizing::new(Vec::with_capacity(capacity));
    der_uint(&[0], &mut body);
    for part in parts {
        der_uint(part, &mut body);
    }
    let mut der = Zeroizing::new(Vec::with_capacity(capacity));
    der.push(0x30);
    der_len(body.len(), &mut der);
    der.extend_from_slice(&body);
    from_pkcs1(&der)
}

pub(crate) fn der_len(len: usize, out: &mut Vec<u8>) {
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes = len.to_be_bytes();
        let skip = bytes.iter().take_while(|b| **b == 0).count();
        out.push(0x80 | (bytes.len() - skip) as u8);
        out.extend_from_slice(&bytes[skip..]);
    }
}

/// A DER INTEGER of the unsigned big-endian `value`.
pub(crate) fn der_uint(value: &[u8], out: &mut Vec<u8>) {
    let start = value.iter().take_while(|b| **b == 0).count();
    let value = &value[start..];
    let pad = value.first().is_none_or(|b| b & 0x80 != 0);
    out.push(0x02);
    der_len(value.len() + usize::from(pad), out);
    if pad {
        out.push(0);
    }
    out.extend_from_slice(value);
}

/// An EC key from its private scalar (big-endian, the curve's size) on a named curve; the
/// caller compares the public point it computes with any it was given.
pub(crate) fn ec_from_scalar(curve: Oid, d: &[u8]) -> Result<PrivateKey> {
    let key = sec1::EcPrivateKey {
        private_key: d,
        parameters: Some(sec1::EcParameters::NamedCurve(curve)),
        public_key: None,
    };
    let der = Zeroizing::new(
        key.to_der()
            .map_err(|_| anyhow!("damaged key: could not encode the EC key"))?,
    );
    ec_key(curve, &der)
}

/// Encodes a DER document as PEM with the given label.
pub fn to_pem(label: &str, der: &[u8]) -> String {
    pem::encode_config(
        &pem::Pem::new(label, der.to_vec()),
        pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF),
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/keys/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    pub(crate) fn no_passphrase() -> Result<Zeroizing<Vec<u8>>> {
        panic!("no passphrase should be asked for")
    }

    pub(crate) fn load(name: &str) -> PrivateKey {
        parse_private_key(&fixture(name), &mut no_passphrase).unwrap()
    }

    #[test]
    fn p521_and_secp256k1_keys_load() {
        assert_eq!(load("ec-p521-pkcs8.pem").kind(), KeyKind::EcP521);
        assert_eq!(load("ec-p521-sec1.pem").kind(), KeyKind::EcP521);
        assert_eq!(load("ec-secp256k1-sec1.pem").kind(), KeyKind::EcSecp256k1);
    }

    #[test]
    fn ed448_is_refused_by_name() {
        let err = parse_private_key(&fixture("ed448-pkcs8.pem"), &mut no_passphrase).unwrap_err();
        assert!(err.to_string().contains("Ed448"), "{err}");
    }

    const FLAT: &str = "-----BEGIN PRIVATE KEY-----\\nAAA\\nBBB\\n-----END PRIVATE KEY-----\\n";

    #[test]
    fn flattened_pem_gets_its_line_breaks_back() {
        let out = unflatten_pem(FLAT.as_bytes()).unwrap();
        assert_eq!(
            out.as_slice(),
            b"-----BEGIN PRIVATE KEY-----\nAAA\nBBB\n-----END PRIVATE KEY-----\n\n"
        );
        // One real newline at the end (as `echo` leaves it) still counts as flattened.
        assert!(unflatten_pem(format!("{FLAT}\n").as_bytes()).is_some());
        // Flattened CRLF.
        let crlf = FLAT.replace("\\n", "\\r\\n");
        assert_eq!(
            unflatten_pem(crlf.as_bytes()).unwrap().as_slice(),
            out.as_slice()
        );
    }

    #[test]
    fn real_pem_and_der_are_left_alone() {
        let real = FLAT.replace("\\n", "\n");
        assert!(unflatten_pem(real.as_bytes()).is_none());
        assert!(unflatten_pem(b"\x30\x82\\n").is_none());
        assert!(unflatten_pem(b"no pem here \\n").is_none());
    }

    #[test]
    fn a_flattened_key_parses_like_the_original() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/keys");
        for name in ["rsa2048-pkcs1.pem", "ec-p256-pkcs8.pem"] {
            let pem = std::fs::read_to_string(dir.join(name)).unwrap();
            let flat = pem.trim_end().replace('\n', "\\n");
            let mut no_pass = || -> Result<Zeroizing<Vec<u8>>> { bail!("not encrypted") };
            let original = parse_private_key(pem.as_bytes(), &mut no_pass).unwrap();
            let flattened = parse_private_key(flat.as_bytes(), &mut no_pass).unwrap();
            assert_eq!(
                original.public_key_spki_der().unwrap(),
                flattened.public_key_spki_der().unwrap(),
                "{name}"
            );
        }
    }
}
