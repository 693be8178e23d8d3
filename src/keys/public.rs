//! Public keys as `inspect --key` takes them: SPKI (`BEGIN PUBLIC KEY`), PKCS#1
//! (`BEGIN RSA PUBLIC KEY`), an X.509 certificate, or a private key whose public half is used;
//! PEM or DER.

use anyhow::{anyhow, bail, Context, Result};
use der::asn1::UintRef;
use der::{Decode, Encode, Reader, SliceReader};
use x509_cert::spki::SubjectPublicKeyInfoRef;

use super::PrivateKey;

/// A public key, in the form jsonwebtoken verifies with.
pub struct PublicKey {
    pub(crate) kind: PublicKind,
    /// PKCS#1 `RSAPublicKey` for RSA, the uncompressed point for EC, the 32 raw bytes for Ed25519.
    pub(crate) der: Vec<u8>,
    /// The whole SubjectPublicKeyInfo, when the key came as one (checks jsonwebtoken cannot do
    /// use it).
    pub(crate) spki: Option<Vec<u8>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicKind {
    Rsa,
    EcP256,
    EcP384,

    EcP521,
    EcSecp256k1,
    Ed25519,
}

impl PublicKind {
    pub(crate) fn name(self) -> &'static str {
        match self {
            PublicKind::Rsa => "RSA",
            PublicKind::EcP256 => "EC P-256",
            PublicKind::EcP384 => "EC P-384",
            PublicKind::EcP521 => "EC P-521",
            PublicKind::EcSecp256k1 => "EC secp256k1",
            PublicKind::Ed25519 => "Ed25519",
        }
    }
}

use crate::keys::{
    OID_EC, OID_ED25519, OID_P256, OID_P384, OID_P521, OID_RSA, OID_RSA_PSS, OID_SECP256K1,
};

/// Parses what `--key` names: a public key (SPKI `BEGIN PUBLIC KEY` or PKCS#1
/// `BEGIN RSA PUBLIC KEY`), a certificate, or a private key whose public half is used; PEM or
/// DER. Also says which it was, for messages. `private_key` parses the bytes as a private key
/// (asking for its passphrase if it is encrypted), for files that hold one.
pub fn parse_public_key(
    bytes: &[u8],
    name: &str,
    private_key: impl FnOnce() -> Result<PrivateKey>,
) -> Result<(PublicKey, &'static str)> {
    // The private-key parser names the key in its own errors.
    let private = || -> Result<(PublicKey, &'static str)> {
        let key = private_key()?;
        let spki = key.public_key_spki_der()?;
        let public = from_spki(&spki).with_context(|| format!("key {name}"))?;
        Ok((public, "the public half of the private key"))
    };
    let public = |parsed: Result<PublicKey>, what: &'static str| {
        parsed
            .map(|key| (key, what))
            .with_context(|| format!("key {name}"))
    };
    if !bytes.windows(11).any(|w| w == b"-----BEGIN ") {
        // DER: try each public form, then the private ones.
        if bytes.first() != Some(&0x30) {
            bail!("key {name}: not a PEM or DER key (no -----BEGIN line found)");
        }
        if SubjectPublicKeyInfoRef::try_from(bytes).is_ok() {
            return public(from_spki(bytes), "the public key");
        }
        if x509_cert::Certificate::from_der(bytes).is_ok() {
            return public(from_certificate(bytes), "the certificate");
        }
        if rsa_modulus_bits(bytes).is_ok() {
            return public(from_pkcs1(bytes), "the public key");
        }
        return private();
    }
    let text =
        std::str::from_utf8(bytes).map_err(|_| anyhow!("key {name}: damaged PEM: not text"))?;
    let blocks = pem::parse_many(text)
        .map_err(|e| anyhow!("key {name}: damaged PEM: {}", crate::keys::pem_problem(&e)))?;
    let block = blocks
        .iter()
        .find(|b| b.tag() != "EC PARAMETERS")
        .ok_or_else(|| anyhow!("key {name}: no key in the PEM file"))?;
    match block.tag() {
        "PUBLIC KEY" => public(from_spki(block.contents()), "the public key"),
        "RSA PUBLIC KEY" => public(from_pkcs1(block.contents()), "the public key"),
        "CERTIFICATE" => public(from_certificate(block.contents()), "the certificate"),
        "PRIVATE KEY"
        | "ENCRYPTED PRIVATE KEY"
        | "RSA PRIVATE KEY"
        | "EC PRIVATE KEY"
        | "OPENSSH PRIVATE KEY"
        | "DSA PRIVATE KEY" => private(),
        other => bail!(
            "key {name}: unsupported PEM block `{other}`: --key takes a public key, a \
             certificate or a private key"
        ),
    }
}

/// A `SubjectPublicKeyInfo` (`BEGIN PUBLIC KEY`).
pub(crate) fn from_spki(der: &[u8]) -> Result<PublicKey> {
    let spki =
        SubjectPublicKeyInfoRef::try_from(der).map_err(|e| anyhow!("damaged public key: {e}"))?;
    let key = spki
        .subject_public_key
        .as_bytes()
        .ok_or_else(|| anyhow!("damaged public key: the key bits are not whole bytes"))?;
    let oid = spki.algorithm.oid;
    if oid == OID_RSA || oid == OID_RSA_PSS {
        let mut public = from_pkcs1(key)?;
        public.spki = Some(der.to_vec());
        return Ok(public);
    }
    if oid == OID_ED25519 {
        if key.len() != 32 {
            bail!(
                "damaged public key: an Ed25519 key has 32 bytes, this has {}",
                key.len()
            );
        }
        return Ok(PublicKey {
            kind: PublicKind::Ed25519,
            der: key.to_vec(),
            spki: Some(der.to_vec()),
        });
    }
    if oid == OID_EC {
        let curve = spki
            .algorithm
            .parameters_oid()
            .map_err(|_| anyhow!("damaged public key: an EC key without its named curve"))?;
        let (kind, len) = match curve {
            c if c == OID_P256 => (PublicKind::EcP256, 65),
            c if c == OID_P384 => (PublicKind::EcP384, 97),
            c if c == OID_P521 => (PublicKind::EcP521, 133),
            c if c == OID_SECP256K1 => (PublicKind::EcSecp256k1, 65),
            other => bail!(
                "EC public keys on curve {other} cannot check a JWT jwtmint knows \
                 (ES256 is P-256, ES384 is P-384, ES512 is P-521, ES256K is secp256k1)"
            ),
        };
        if key.first() != Some(&0x04) || key.len() != len {
            bail!("unsupported EC public key: only the uncompressed point form is read");
        }
        return Ok(PublicKey {
            kind,
            der: key.to_vec(),
            spki: Some(der.to_vec()),
        });
    }
    bail!(
        "unsupported public key type (OID {oid}): jwtmint checks RSA, EC P-256, EC P-384 and \
         Ed25519 signatures"
    )
}

/// The modulus size of a PKCS#1 `RSAPublicKey`: `SEQUENCE { modulus, publicExponent }`.
pub(crate) fn rsa_modulus_bits(der: &[u8]) -> Result<usize> {
    let damaged = |e: der::Error| anyhow!("damaged RSA public key: {e}");
    let mut reader = SliceReader::new(der).map_err(damaged)?;
    let parsed = reader
        .sequence(|r| Ok((UintRef::decode(r)?, UintRef::decode(r)?)))
        .map_err(damaged)?;
    let (modulus, _exponent) = reader.finish(parsed).map_err(damaged)?;
    let bytes = modulus.as_bytes();
    let leading = bytes.first().map_or(8, |b| b.leading_zeros() as usize);
    Ok(bytes.len() * 8 - leading)
}

/// A PKCS#1 `RSAPublicKey` (`BEGIN RSA PUBLIC KEY`), of a size the verifier accepts.
pub(crate) fn from_pkcs1(der: &[u8]) -> Result<PublicKey> {
    let bits = rsa_modulus_bits(der)?;
    if !(2048..=8192).contains(&bits) {
        bail!("the RSA key has {bits} bits: jwtmint checks RSA signatures of 2048 to 8192 bits");
    }
    Ok(PublicKey {
        kind: PublicKind::Rsa,
        der: der.to_vec(),
        spki: None,
    })
}

/// An X.509 certificate: its subject's public key.
pub(crate) fn from_certificate(der: &[u8]) -> Result<PublicKey> {
    let cert =
        x509_cert::Certificate::from_der(der).map_err(|e| anyhow!("damaged certificate: {e}"))?;
    let spki = cert
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|e| anyhow!("damaged certificate: {e}"))?;
    from_spki(&spki)
}
