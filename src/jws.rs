//! Algorithms and signing.
//!
//! Signing calls aws-lc-rs (the backend jsonwebtoken uses) with the key pair parsed once, when
//! the key loads: jsonwebtoken's `EncodingKey` would keep an unzeroized copy of the key bytes
//! and re-parse an RSA key on every token.

use std::fmt;
use std::str::FromStr;

use anyhow::{anyhow, bail, Result};
use aws_lc_rs::hmac;
use aws_lc_rs::signature;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::keys::{KeyKind, PrivateKey};
use crate::signers::SigningKey;

/// A JWS algorithm jwtmint can sign with. `none` is deliberately absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alg {
    HS256,
    HS384,
    HS512,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
    ES256,
    ES384,
    ES512,
    ES256K,
    EdDSA,
}

impl Alg {
    pub const ALL: [Alg; 14] = [
        Alg::HS256,
        Alg::HS384,
        Alg::HS512,
        Alg::RS256,
        Alg::RS384,
        Alg::RS512,
        Alg::PS256,
        Alg::PS384,
        Alg::PS512,
        Alg::ES256,
        Alg::ES384,
        Alg::ES512,
        Alg::ES256K,
        Alg::EdDSA,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Alg::HS256 => "HS256",
            Alg::HS384 => "HS384",
            Alg::HS512 => "HS512",
            Alg::RS256 => "RS256",
            Alg::RS384 => "RS384",
            Alg::RS512 => "RS512",
            Alg::PS256 => "PS256",
            Alg::PS384 => "PS384",
            Alg::PS512 => "PS512",
            Alg::ES256 => "ES256",
            Alg::ES384 => "ES384",
            Alg::ES512 => "ES512",
            Alg::ES256K => "ES256K",
            Alg::EdDSA => "EdDSA",
        }
    }

    pub fn is_hmac(self) -> bool {
        matches!(self, Alg::HS256 | Alg::HS384 | Alg::HS512)
    }

    /// RFC 7518 §3.2: an HMAC key should be at least as long as the hash output.
    pub fn min_secret_len(self) -> Option<usize> {
        match self {
            Alg::HS256 => Some(32),
            Alg::HS384 => Some(48),
            Alg::HS512 => Some(64),
            _ => None,
        }
    }

    /// The algorithm a key signs with when none is asked for.
    pub fn natural_for(kind: KeyKind) -> Alg {
        match kind {
            KeyKind::Rsa { .. } => Alg::RS256,
            KeyKind::EcP256 => Alg::ES256,
            KeyKind::EcP384 => Alg::ES384,
            KeyKind::EcP521 => Alg::ES512,
            KeyKind::EcSecp256k1 => Alg::ES256K,
            KeyKind::Ed25519 => Alg::EdDSA,
        }
    }

    /// Whether a private key of this kind can sign with this algorithm (never for HMAC).
    pub fn fits(self, kind: KeyKind) -> bool {
        matches!(
            (self, kind),
            (
                Alg::RS256 | Alg::RS384 | Alg::RS512 | Alg::PS256 | Alg::PS384 | Alg::PS512,
                KeyKind::Rsa { .. }
            ) | (Alg::ES256, KeyKind::EcP256)
                | (Alg::ES384, KeyKind::EcP384)
                | (Alg::ES512, KeyKind::EcP521)
                | (Alg::ES256K, KeyKind::EcSecp256k1)
                | (Alg::EdDSA, KeyKind::Ed25519)
        )
    }

    /// What kind of key this algorithm needs, in words.
    fn needs(self) -> &'static str {
        match self {
            Alg::HS256 | Alg::HS384 | Alg::HS512 => "an HMAC secret",
            Alg::RS256 | Alg::RS384 | Alg::RS512 | Alg::PS256 | Alg::PS384 | Alg::PS512 => {
                "an RSA private key"
            }
            Alg::ES256 => "an EC P-256 private key",
            Alg::ES384 => "an EC P-384 private key",
            Alg::ES512 => "an EC P-521 private key",
            Alg::ES256K => "an EC secp256k1 private key",
            Alg::EdDSA => "an Ed25519 private key",
        }
    }
}

impl fmt::Display for Alg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Alg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.eq_ignore_ascii_case("none") {
            return Err(
                "`none` is refused: an unsigned token is accepted by no sane verifier".into(),
            );
        }
        Alg::ALL
            .into_iter()
            .find(|alg| alg.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                let names: Vec<_> = Alg::ALL.iter().map(|a| a.name()).collect();
                format!("unknown algorithm `{s}`; one of {}", names.join(", "))
            })
    }
}

/// Key material for one mint: an HMAC secret, a parsed private key, or a key in a store.
pub enum KeyMaterial {
    Secret(Zeroizing<Vec<u8>>),
    Private(PrivateKey),
    /// A key that stays in its store (`crate::signers`).
    Store(Box<dyn SigningKey>),
}

impl KeyMaterial {
    fn describe(&self) -> String {
        match self {
            KeyMaterial::Secret(_) => "an HMAC secret".to_string(),
            KeyMaterial::Private(key) => key.kind().to_string(),
            KeyMaterial::Store(key) => format!("{} ({})", key.kind(), key.name()),
        }
    }

    /// What kind of key pair it is; `None` for an HMAC secret.
    pub fn kind(&self) -> Option<KeyKind> {
        match self {
            KeyMaterial::Secret(_) => None,
            KeyMaterial::Private(key) => Some(key.kind()),
            KeyMaterial::Store(key) => Some(key.kind()),
        }
    }

    /// The public half as SPKI DER; `None` for an HMAC secret.
    pub fn public_spki(&self) -> Result<Option<Vec<u8>>> {
        match self {
            KeyMaterial::Secret(_) => Ok(None),
            KeyMaterial::Private(key) => key.public_key_spki_der().map(Some),
            KeyMaterial::Store(key) => key.public_key_spki().map(Some),
        }
    }

    /// A key pair as the one signing interface; `None` for an HMAC secret.
    pub fn into_signing_key(self) -> Option<Box<dyn SigningKey>> {
        match self {
            KeyMaterial::Secret(_) => None,
            KeyMaterial::Private(key) => Some(crate::signers::from_private_key(key)),
            KeyMaterial::Store(key) => Some(key),
        }
    }
}

enum Inner {
    Hmac(Box<hmac::Key>),
    Key(Box<dyn SigningKey>),
}

/// Signs tokens with one algorithm and one key, parsed once.
pub struct Signer {
    alg: Alg,
    inner: Inner,
}

impl Signer {
    /// Pairs a key with an algorithm, refusing a key that does not fit it, or a store that
    /// cannot sign with it (an ssh-agent and RSA-PSS).
    pub fn new(alg: Alg, key: KeyMaterial) -> Result<Self> {
        let mismatch =
            |key: &KeyMaterial| anyhow!("{alg} needs {}; this is {}", alg.needs(), key.describe());
        let inner = match key {
            KeyMaterial::Secret(secret) => {
                let hash = match alg {
                    Alg::HS256 => hmac::HMAC_SHA256,
                    Alg::HS384 => hmac::HMAC_SHA384,
                    Alg::HS512 => hmac::HMAC_SHA512,
                    _ => return Err(mismatch(&KeyMaterial::Secret(secret))),
                };
                Inner::Hmac(Box::new(hmac::Key::new(hash, &secret)))
            }
            key => {
                let kind = key.kind();
                if alg.is_hmac() || !kind.is_some_and(|kind| alg.fits(kind)) {
                    return Err(mismatch(&key));
                }
                let Some(key) = key.into_signing_key() else {
                    bail!("signing failed: key and algorithm do not fit");
                };
                let offered = key.algorithms();
                if !offered.contains(&alg) {
                    let names: Vec<_> = offered.iter().map(|a| a.name()).collect();
                    bail!(
                        "{} cannot sign {alg}; it signs {}",
                        key.name(),
                        names.join(", ")
                    );
                }
                Inner::Key(key)
            }
        };
        Ok(Signer { alg, inner })
    }

    /// Whether each signature is a round trip to a key store.
    pub fn is_remote(&self) -> bool {
        matches!(&self.inner, Inner::Key(key) if key.is_remote())
    }

    /// Signs `header` (to which `alg` is added) and `claims`, giving the compact token.
    pub fn sign(&self, header: &Map<String, Value>, claims: &Map<String, Value>) -> Result<String> {
        let mut token = String::new();
        self.sign_into(header, claims, &mut Scratch::default(), &mut token)?;
        Ok(token)
    }

    /// [`Signer::sign`], appending the token to `out`, with buffers and the last header's
    /// encoding kept in `scratch` from one token to the next (a `--batch` worker's).
    pub fn sign_into(
        &self,
        header: &Map<String, Value>,
        claims: &Map<String, Value>,
        scratch: &mut Scratch,
        out: &mut String,
    ) -> Result<()> {
        let start = out.len();
        match &scratch.header {
            Some((last, encoded)) if last == header => out.push_str(encoded),
            _ => {
                let mut with_alg = header.clone();
                with_alg.insert("alg".into(), Value::String(self.alg.name().into()));
                let mut encoded = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&with_alg)?);
                encoded.push('.');
                out.push_str(&encoded);
                scratch.header = Some((header.clone(), encoded));
            }
        }
        scratch.json.clear();
        serde_json::to_writer(&mut scratch.json, claims)?;
        URL_SAFE_NO_PAD.encode_string(&scratch.json, out);
        let signature = self.sign_bytes(&out.as_bytes()[start..])?;
        out.push('.');
        URL_SAFE_NO_PAD.encode_string(signature, out);
        Ok(())
    }

    fn sign_bytes(&self, message: &[u8]) -> Result<Signature> {
        Ok(match &self.inner {
            Inner::Hmac(key) => Signature::Tag(hmac::sign(key, message)),
            Inner::Key(key) => Signature::Bytes(key.sign(self.alg, message)?),
        })
    }
}

/// What [`Signer::sign_into`] keeps between tokens.
#[derive(Default)]
pub struct Scratch {
    /// The last header (without `alg`) and its encoding with `alg`, followed by the dot.
    header: Option<(Map<String, Value>, String)>,
    /// The payload's JSON.
    json: Vec<u8>,
}

/// A signature, without a copy for HMAC tags.
enum Signature {
    Tag(hmac::Tag),
    Bytes(Vec<u8>),
}

impl AsRef<[u8]> for Signature {
    fn as_ref(&self) -> &[u8] {
        match self {
            Signature::Tag(tag) => tag.as_ref(),
            Signature::Bytes(bytes) => bytes,
        }
    }
}

/// Checks the signature of a JWS signed with an asymmetric `alg`, against a public key given as
/// SPKI DER (`BEGIN PUBLIC KEY`). `Ok(false)`: the signature does not match; `Err`: the key does
/// not fit the algorithm or is damaged. Covers what jsonwebtoken cannot check (ES512, ES256K)
/// and every other asymmetric algorithm, so a verifier needs no second path.
pub fn verify_with_spki(
    alg: Alg,
    spki_der: &[u8],
    message: &[u8],
    signature: &[u8],
) -> Result<bool> {
    use der::Decode;
    use x509_cert::spki::SubjectPublicKeyInfoRef;

    let spki = SubjectPublicKeyInfoRef::from_der(spki_der)
        .map_err(|e| anyhow!("damaged public key: {e}"))?;
    let key = spki
        .subject_public_key
        .as_bytes()
        .ok_or_else(|| anyhow!("damaged public key: the key bits are not whole bytes"))?;
    let kind = crate::keys::public_kind(&spki)?;
    let algorithm: &'static dyn signature::VerificationAlgorithm = match (alg, kind) {
        (Alg::RS256, KeyKind::Rsa { .. }) => &signature::RSA_PKCS1_2048_8192_SHA256,
        (Alg::RS384, KeyKind::Rsa { .. }) => &signature::RSA_PKCS1_2048_8192_SHA384,
        (Alg::RS512, KeyKind::Rsa { .. }) => &signature::RSA_PKCS1_2048_8192_SHA512,
        (Alg::PS256, KeyKind::Rsa { .. }) => &signature::RSA_PSS_2048_8192_SHA256,
        (Alg::PS384, KeyKind::Rsa { .. }) => &signature::RSA_PSS_2048_8192_SHA384,
        (Alg::PS512, KeyKind::Rsa { .. }) => &signature::RSA_PSS_2048_8192_SHA512,
        (Alg::ES256, KeyKind::EcP256) => &signature::ECDSA_P256_SHA256_FIXED,
        (Alg::ES384, KeyKind::EcP384) => &signature::ECDSA_P384_SHA384_FIXED,
        (Alg::ES512, KeyKind::EcP521) => &signature::ECDSA_P521_SHA512_FIXED,
        (Alg::ES256K, KeyKind::EcSecp256k1) => &signature::ECDSA_P256K1_SHA256_FIXED,
        (Alg::EdDSA, KeyKind::Ed25519) => &signature::ED25519,
        _ => bail!("{alg} needs {}; this is {kind}", alg.needs()),
    };
    Ok(signature::UnparsedPublicKey::new(algorithm, key)
        .verify(message, signature)
        .is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};

    #[test]
    fn parses_algorithms_in_any_case_and_refuses_none() {
        assert_eq!("hs256".parse::<Alg>(), Ok(Alg::HS256));
        assert_eq!("eddsa".parse::<Alg>(), Ok(Alg::EdDSA));
        assert!("none".parse::<Alg>().unwrap_err().contains("refused"));
        assert!("NONE".parse::<Alg>().unwrap_err().contains("refused"));
        assert_eq!("es512".parse::<Alg>(), Ok(Alg::ES512));
        assert_eq!("ES256K".parse::<Alg>(), Ok(Alg::ES256K));
        assert!("ES256k1".parse::<Alg>().unwrap_err().contains("unknown"));
    }

    #[test]
    fn hmac_token_verifies_with_jsonwebtoken() {
        let signer = Signer::new(
            Alg::HS384,
            KeyMaterial::Secret(Zeroizing::new(
                b"0123456789abcdef0123456789abcdef0123456789abcdef".to_vec(),
            )),
        )
        .unwrap();
        let mut claims = Map::new();
        claims.insert("sub".into(), "joe".into());
        let token = signer.sign(&Map::new(), &claims).unwrap();
        let mut validation = Validation::new(Algorithm::HS384);
        validation.required_spec_claims.clear();
        let data = decode::<Value>(
            &token,
            &DecodingKey::from_secret(b"0123456789abcdef0123456789abcdef0123456789abcdef"),
            &validation,
        )
        .unwrap();
        assert_eq!(data.claims["sub"], "joe");
    }

    /// A batch worker's scratch gives the same tokens as fresh signing, however the header
    /// changes from one token to the next.
    #[test]
    fn sign_into_with_a_kept_scratch_matches_sign() {
        let signer =
            Signer::new(Alg::HS256, KeyMaterial::Secret(Zeroizing::new(vec![7; 32]))).unwrap();
        let header = |kid: Option<&str>| {
            let mut header = Map::new();
            header.insert("typ".into(), "JWT".into());
            if let Some(kid) = kid {
                header.insert("kid".into(), kid.into());
            }
            header
        };
        let mut scratch = Scratch::default();
        let mut out = String::from("before\n");
        for (i, kid) in [None, None, Some("a"), Some("a"), Some("b"), None]
            .into_iter()
            .enumerate()
        {
            let mut claims = Map::new();
            claims.insert("n".into(), i.into());
            let start = out.len();
            signer
                .sign_into(&header(kid), &claims, &mut scratch, &mut out)
                .unwrap();
            assert_eq!(out[start..], signer.sign(&header(kid), &claims).unwrap());
            out.push('\n');
        }
        assert!(out.starts_with("before\neyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."));
    }

    fn sign_and_check(alg: Alg, fixture: &str) {
        let key = crate::keys::tests::load(fixture);
        assert_eq!(Alg::natural_for(key.kind()), alg);
        let spki = key.public_key_spki_der().unwrap();
        let signer = Signer::new(alg, KeyMaterial::Private(key)).unwrap();
        let token = signer.sign(&Map::new(), &Map::new()).unwrap();
        let (input, sig) = token.rsplit_once('.').unwrap();
        let sig = URL_SAFE_NO_PAD.decode(sig).unwrap();
        assert!(verify_with_spki(alg, &spki, input.as_bytes(), &sig).unwrap());
        assert!(!verify_with_spki(alg, &spki, b"other", &sig).unwrap());
    }

    #[test]
    fn es512_and_es256k_sign_and_verify() {
        sign_and_check(Alg::ES512, "ec-p521-pkcs8.pem");
        sign_and_check(Alg::ES512, "ec-p521-sec1.pem");
        sign_and_check(Alg::ES256K, "ec-secp256k1-sec1.pem");
        sign_and_check(Alg::ES256, "ec-p256-pkcs8.pem");
        sign_and_check(Alg::EdDSA, "ed25519-pkcs8.pem");
        sign_and_check(Alg::RS256, "rsa2048-pkcs8.pem");
    }

    #[test]
    fn verify_refuses_a_key_of_another_curve() {
        let key = crate::keys::tests::load("ec-p256-pkcs8.pem");
        let spki = key.public_key_spki_der().unwrap();
        let err = verify_with_spki(Alg::ES512, &spki, b"m", b"s").unwrap_err();
        assert!(err.to_string().contains("P-521"), "{err}");
    }

    #[test]
    fn secret_does_not_fit_rsa() {
        let err = Signer::new(
            Alg::RS256,
            KeyMaterial::Secret(Zeroizing::new(b"x".to_vec())),
        )
        .err()
        .unwrap();
        assert_eq!(
            err.to_string(),
            "RS256 needs an RSA private key; this is an HMAC secret"
        );
    }
}
