//! Keys behind one interface: a private key read from a file, or a key that never leaves its
//! store (AWS KMS, Vault/OpenBao transit, a PKCS#11 token, an ssh-agent).
//!
//! A key reference is parsed once ([`Reference::parse`]) and opened into a [`SigningKey`]
//! ([`open`]); minting, batch, `public-key`, `inspect` and `serve` see only that trait: which
//! algorithms the key signs with, its public key, and "sign these bytes". Each store is one
//! module and one cargo feature; a store that is recognised but not built in (or not supported
//! yet: `gcpkms://`, `azurekms://`) is refused with a message that says so. The conversions
//! every store needs (DER or SSH-encoded ECDSA signatures to the fixed-width `r‖s` of JWS)
//! live here, once.
//!
//! The forms follow cosign's:
//!
//! | reference | store |
//! |---|---|
//! | `awskms:///KEY`, `awskms://HOST:PORT/KEY` | AWS KMS (KEY: key id, key ARN, alias ARN, `alias/NAME`) |
//! | `hashivault://NAME[?version=N]` | Vault or OpenBao transit |
//! | `pkcs11:token=…;object=…[?module-path=…&pin-source=file:…]` | a PKCS#11 token (RFC 7512) |
//! | `ssh-agent:`, `ssh-agent:SHA256:…`, `ssh-agent:COMMENT` | a running ssh-agent |

#[cfg(feature = "awskms")]
mod awskms;
mod file;
#[cfg(feature = "hashivault")]
mod hashivault;
#[cfg(feature = "pkcs11")]
mod pkcs11;
#[cfg(all(unix, feature = "ssh-agent"))]
mod ssh_agent;

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use zeroize::Zeroizing;

use crate::exit::UsageError;
use crate::jws::Alg;
use crate::keys::KeyKind;

/// A key that signs: a file key in memory, or a key in a store.
pub trait SigningKey: Send + Sync {
    /// The store and the key, for messages: `AWS KMS key alias/gh-app`.
    fn name(&self) -> &str;

    /// What kind of key it is.
    fn kind(&self) -> KeyKind;

    /// The JWS algorithms this key can sign with in its store.
    fn algorithms(&self) -> Vec<Alg> {
        Alg::ALL
            .into_iter()
            .filter(|alg| alg.fits(self.kind()))
            .collect()
    }

    /// The public half, as SPKI DER (`BEGIN PUBLIC KEY`).
    fn public_key_spki(&self) -> Result<Vec<u8>>;

    /// The JWS signature of `message` with `alg` (already checked against
    /// [`algorithms`](Self::algorithms)): RSA as is, ECDSA as fixed-width `r‖s`, Ed25519 as is.
    fn sign(&self, alg: Alg, message: &[u8]) -> Result<Vec<u8>>;

    /// Whether each signature is a round trip to a store: `--batch` then keeps
    /// [`REMOTE_JOBS`] requests in flight instead of one worker per core.
    fn is_remote(&self) -> bool {
        false
    }
}

/// Signatures in flight at once for a remote key in `--batch`, unless `--jobs` says otherwise.
pub const REMOTE_JOBS: usize = 16;

/// Where a key comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    /// A file (or `-`, standard input).
    File(PathBuf),
    /// `awskms://[HOST:PORT]/KEY`.
    AwsKms {
        endpoint: Option<String>,
        key: String,
    },
    /// `hashivault://NAME[?version=N]`.
    HashiVault { name: String, version: Option<u64> },
    /// `pkcs11:…` (RFC 7512), kept whole: the store's module parses it.
    Pkcs11(String),
    /// `ssh-agent:[SHA256:FINGERPRINT | COMMENT]`.
    SshAgent(Option<String>),
}

/// The key-store prefixes recognised but not built: `(prefix, store)`.
const NOT_YET: &[(&str, &str)] = &[
    ("gcpkms://", "Google Cloud KMS"),
    ("azurekms://", "Azure Key Vault"),
];

impl Reference {
    /// Reads `--key`'s value: a reference when it starts with a store's prefix, else a path.
    /// A malformed reference, or a store not supported, is a usage error.
    pub fn parse(value: &std::path::Path) -> Result<Reference> {
        let Some(text) = value.to_str() else {
            return Ok(Reference::File(value.to_path_buf()));
        };
        if !is_reference(text) {
            return Ok(Reference::File(value.to_path_buf()));
        }
        Reference::parse_text(text).map_err(|e| anyhow!(UsageError::new(e)))
    }

    fn parse_text(text: &str) -> Result<Reference, String> {
        for (prefix, store) in NOT_YET {
            if text.starts_with(prefix) {
                return Err(format!(
                    "`{prefix}` keys ({store}) are not supported yet; use awskms://, \
                     hashivault://, pkcs11: or ssh-agent:, or a key file"
                ));
            }
        }
        if let Some(rest) = text.strip_prefix("awskms://") {
            let (host, key) = rest.split_once('/').ok_or_else(|| {
                format!("`{text}`: write awskms:///KEY or awskms://HOST:PORT/KEY")
            })?;
            if key.is_empty() {
                return Err(format!(
                    "`{text}` names no key: awskms:///alias/NAME, awskms:///KEY-ID or a key ARN"
                ));
            }
            let endpoint = (!host.is_empty()).then(|| host.to_string());
            return Ok(Reference::AwsKms {
                endpoint,
                key: key.to_string(),
            });
        }
        if let Some(rest) = text.strip_prefix("hashivault://") {
            let (name, query) = match rest.split_once('?') {
                Some((name, query)) => (name, Some(query)),
                None => (rest, None),
            };
            if name.is_empty() || name.contains(['/', '#']) {
                return Err(format!(
                    "`{text}`: write hashivault://KEYNAME (the transit key's name)"
                ));
            }
            let mut version = None;
            for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
                match pair.split_once('=') {
                    Some(("version", n)) => {
                        version =
                            Some(n.parse::<u64>().ok().filter(|n| *n > 0).ok_or_else(|| {
                                format!("`{text}`: version must be a key version, 1 or more")
                            })?)
                    }
                    _ => return Err(format!("`{text}`: the only parameter is ?version=N")),
                }
            }
            return Ok(Reference::HashiVault {
                name: name.to_string(),
                version,
            });
        }
        if text.starts_with("pkcs11:") {
            return Ok(Reference::Pkcs11(text.to_string()));
        }
        if let Some(rest) = text.strip_prefix("ssh-agent:") {
            let rest = rest.trim_start_matches("//");
            return Ok(Reference::SshAgent(
                (!rest.is_empty()).then(|| rest.to_string()),
            ));
        }
        Err(format!("`{text}` is not a key reference"))
    }

    /// Whether the key is in a store (not a file).
    pub fn is_store(&self) -> bool {
        !matches!(self, Reference::File(_))
    }
}

/// Whether `--key`'s value names a key store rather than a file.
pub fn is_reference(text: &str) -> bool {
    [
        "awskms://",
        "hashivault://",
        "pkcs11:",
        "ssh-agent:",
        "gcpkms://",
        "azurekms://",
    ]
    .iter()
    .any(|prefix| text.starts_with(prefix))
        || text == "ssh-agent"
}

/// What opening a store's key may need besides the reference.
pub struct OpenContext<'a> {
    /// Asks for a PIN (PKCS#11): `--passphrase-file`, `--passphrase-command`,
    /// `JWTMINT_PASSPHRASE`, or a prompt on a terminal. Called only when a PIN is needed.
    pub pin: &'a mut dyn FnMut() -> Result<Zeroizing<Vec<u8>>>,
    /// The PKCS#11 module when the URI names none (`JWTMINT_PKCS11_MODULE`).
    pub pkcs11_module: Option<PathBuf>,
}

/// Opens a key in a store. (A file key is opened by `credentials`, which reads the file.)
#[cfg_attr(not(feature = "pkcs11"), allow(unused_variables))]
pub fn open(reference: &Reference, context: &mut OpenContext) -> Result<Box<dyn SigningKey>> {
    match reference {
        Reference::File(path) => bail!(
            "{} is a key file, not a key store reference",
            path.display()
        ),
        #[cfg(feature = "awskms")]
        Reference::AwsKms { endpoint, key } => {
            Ok(Box::new(awskms::open(endpoint.as_deref(), key)?))
        }
        #[cfg(feature = "hashivault")]
        Reference::HashiVault { name, version } => Ok(Box::new(hashivault::open(name, *version)?)),
        #[cfg(feature = "pkcs11")]
        Reference::Pkcs11(uri) => Ok(Box::new(pkcs11::open(uri, context)?)),
        #[cfg(all(unix, feature = "ssh-agent"))]
        Reference::SshAgent(selector) => Ok(Box::new(ssh_agent::open(selector.as_deref())?)),
        #[allow(unreachable_patterns)]
        other => bail!(UsageError::new(format!(
            "this jwtmint was built without the `{feature}` feature, so it cannot use {}; \
             install it with: cargo install --locked jwtmint --features {feature}",
            store_of(other),
            feature = feature_of(other),
        ))),
    }
}

/// The cargo feature of a store.
fn feature_of(reference: &Reference) -> &'static str {
    match reference {
        Reference::File(_) => "",
        Reference::AwsKms { .. } => "awskms",
        Reference::HashiVault { .. } => "hashivault",
        Reference::Pkcs11(_) => "pkcs11",
        Reference::SshAgent(_) => "ssh-agent",
    }
}

/// The store, in words.
fn store_of(reference: &Reference) -> &'static str {
    match reference {
        Reference::File(_) => "a key file",
        Reference::AwsKms { .. } => "AWS KMS keys",
        Reference::HashiVault { .. } => "Vault/OpenBao transit keys",
        Reference::Pkcs11(_) => "PKCS#11 tokens",
        Reference::SshAgent(_) => "ssh-agent keys",
    }
}

/// The key stores this build has, for `--version`.
pub fn features() -> Vec<&'static str> {
    let mut have = Vec::new();
    if cfg!(feature = "awskms") {
        have.push("awskms");
    }
    if cfg!(feature = "hashivault") {
        have.push("hashivault");
    }
    if cfg!(feature = "pkcs11") {
        have.push("pkcs11");
    }
    if cfg!(feature = "ssh-agent") {
        have.push("ssh-agent");
    }
    have
}

/// Reads a `pkcs11:` URI as opening it would, without loading a module (the `key_reference`
/// fuzz target's way in).
#[cfg(feature = "pkcs11")]
pub fn check_pkcs11_uri(text: &str) -> Result<(), String> {
    pkcs11::parse_uri(text).map(|_| ())
}

/// Opens a file key's parsed private key as a [`SigningKey`].
pub fn from_private_key(key: crate::keys::PrivateKey) -> Box<dyn SigningKey> {
    Box::new(file::FileKey::new(key))
}

/// What kind of key an SPKI DER document holds, with an RSA key's size: how every store
/// learns its key's kind from the public key it hands out.
pub fn kind_of_spki(spki_der: &[u8]) -> Result<KeyKind> {
    use der::asn1::UintRef;
    use der::{Decode, Reader, SliceReader};
    use x509_cert::spki::SubjectPublicKeyInfoRef;
    let spki = SubjectPublicKeyInfoRef::from_der(spki_der)
        .map_err(|e| anyhow!("the store's public key is damaged: {e}"))?;
    let kind = crate::keys::public_kind(&spki)?;
    if let KeyKind::Rsa { .. } = kind {
        let bits = spki
            .subject_public_key
            .as_bytes()
            .ok_or_else(|| anyhow!("the store's RSA public key is damaged"))?;
        let modulus = SliceReader::new(bits)
            .and_then(|mut reader| {
                reader.sequence(|seq| {
                    let n = UintRef::decode(seq)?;
                    let _e = UintRef::decode(seq)?;
                    Ok(n.as_bytes().len())
                })
            })
            .map_err(|e| anyhow!("the store's RSA public key is damaged: {e}"))?;
        return Ok(KeyKind::Rsa { bits: modulus * 8 });
    }
    Ok(kind)
}

/// The SPKI DER of a raw 32-byte Ed25519 public key (RFC 8410).
pub fn ed25519_spki(raw: &[u8]) -> Result<Vec<u8>> {
    if raw.len() != 32 {
        bail!("the store's Ed25519 public key is not 32 bytes");
    }
    let mut der = vec![
        0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
    ];
    der.extend_from_slice(raw);
    Ok(der)
}

/// The hash a JWS algorithm signs with, in the names stores use.
pub fn hash_bits(alg: Alg) -> u16 {
    match alg {
        Alg::RS384 | Alg::PS384 | Alg::ES384 | Alg::HS384 => 384,
        Alg::RS512 | Alg::PS512 | Alg::ES512 | Alg::HS512 | Alg::EdDSA => 512,
        _ => 256,
    }
}

/// The digest of `message` for `alg` (for stores that sign a digest).
pub fn digest(alg: Alg, message: &[u8]) -> Vec<u8> {
    use aws_lc_rs::digest;
    let algorithm = match hash_bits(alg) {
        384 => &digest::SHA384,
        512 => &digest::SHA512,
        _ => &digest::SHA256,
    };
    digest::digest(algorithm, message).as_ref().to_vec()
}

/// The width of one of `r` and `s` in a JWS ECDSA signature (RFC 7518 §3.4): the curve's
/// order in bytes. 32 for P-256 and secp256k1 (so ES256 signatures are 64 bytes, the length
/// Apple checks), 48 for P-384, 66 for P-521.
pub fn ecdsa_width(kind: KeyKind) -> Option<usize> {
    match kind {
        KeyKind::EcP256 | KeyKind::EcSecp256k1 => Some(32),
        KeyKind::EcP384 => Some(48),
        KeyKind::EcP521 => Some(66),
        _ => None,
    }
}

/// An ASN.1 DER `ECDSA-Sig-Value` (`SEQUENCE { r INTEGER, s INTEGER }`), as KMS, transit and
/// most HSM APIs return it, to the fixed-width `r‖s` of JWS.
pub fn der_to_fixed(der: &[u8], kind: KeyKind) -> Result<Vec<u8>> {
    use der::asn1::UintRef;
    use der::{Decode, Reader, SliceReader};
    let width = ecdsa_width(kind).ok_or_else(|| anyhow!("{kind} does not sign with ECDSA"))?;
    let bad = |_| anyhow!("the store returned a damaged ECDSA signature");
    let mut reader = SliceReader::new(der).map_err(bad)?;
    let (r, s) = reader
        .sequence(|seq| {
            let r = UintRef::decode(seq)?;
            let s = UintRef::decode(seq)?;
            Ok((r.as_bytes().to_vec(), s.as_bytes().to_vec()))
        })
        .map_err(bad)?;
    reader.finish(()).map_err(bad)?;
    fixed_from_parts(&r, &s, width)
}

/// An SSH `ecdsa-sha2-*` signature blob (`mpint r`, `mpint s`, RFC 5656 §3.1.2) to fixed-width
/// `r‖s`.
pub fn ssh_to_fixed(blob: &[u8], kind: KeyKind) -> Result<Vec<u8>> {
    let width = ecdsa_width(kind).ok_or_else(|| anyhow!("{kind} does not sign with ECDSA"))?;
    let mut rest = blob;
    let mut next = || -> Result<Vec<u8>> {
        let bad = || anyhow!("the agent returned a damaged ECDSA signature");
        if rest.len() < 4 {
            return Err(bad());
        }
        let len = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
        let body = rest.get(4..4 + len).ok_or_else(bad)?;
        rest = &rest[4 + len..];
        Ok(body.to_vec())
    };
    let r = next()?;
    let s = next()?;
    if !rest.is_empty() {
        bail!("the agent returned a damaged ECDSA signature");
    }
    fixed_from_parts(&r, &s, width)
}

/// Big-endian `r` and `s` (perhaps with a leading zero, perhaps short) to `width` bytes each.
fn fixed_from_parts(r: &[u8], s: &[u8], width: usize) -> Result<Vec<u8>> {
    let mut out = vec![0u8; width * 2];
    for (i, part) in [r, s].into_iter().enumerate() {
        let start = part.iter().position(|&b| b != 0).unwrap_or(part.len());
        let part = &part[start..];
        if part.len() > width {
            bail!("the store returned an ECDSA signature too long for the curve");
        }
        let end = width * (i + 1);
        out[end - part.len()..end].copy_from_slice(part);
    }
    Ok(out)
}

/// Calls `attempt` until it succeeds, fails for good, or `RETRIES` retries are spent, sleeping
/// with exponential back-off and jitter (or the server's `Retry-After`) between tries. The
/// store's error says whether a retry may help (throttling, 429, 5xx).
pub fn with_retries<T>(mut attempt: impl FnMut() -> Result<T, Retry>) -> Result<T> {
    const RETRIES: u32 = 5;
    let mut delay = Duration::from_millis(100);
    for tried in 0.. {
        match attempt() {
            Ok(value) => return Ok(value),
            Err(Retry::Fatal(error)) => return Err(error),
            Err(Retry::Again(error, after)) => {
                if tried >= RETRIES {
                    return Err(error);
                }
                let jitter = Duration::from_millis(u64::from(jitter_ms(delay)));
                std::thread::sleep(after.unwrap_or(delay + jitter).min(Duration::from_secs(10)));
                delay = (delay * 2).min(Duration::from_secs(5));
            }
        }
    }
    unreachable!()
}

/// What a failed attempt says about trying again.
pub enum Retry {
    /// The store is busy (throttled, 429, 5xx): try again, after this long if it said.
    Again(anyhow::Error, Option<Duration>),
    /// Retrying cannot help.
    Fatal(anyhow::Error),
}

/// Up to half of `delay`, from the clock's low bits (no randomness crate needed for spreading
/// retries of parallel workers apart).
fn jitter_ms(delay: Duration) -> u32 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let half = (delay.as_millis() / 2).max(1) as u32;
    nanos % half
}

/// Whether a prompt may be shown: only with a terminal on standard input.
pub fn can_prompt() -> bool {
    crate::input::stdin_is_terminal()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn parse(text: &str) -> Result<Reference> {
        Reference::parse(Path::new(text))
    }

    #[test]
    fn references_are_recognised() {
        assert_eq!(
            parse("awskms:///alias/gh-app").unwrap(),
            Reference::AwsKms {
                endpoint: None,
                key: "alias/gh-app".into()
            }
        );
        assert_eq!(
            parse("awskms://localhost:4566/arn:aws:kms:us-east-1:123456789012:key/abc").unwrap(),
            Reference::AwsKms {
                endpoint: Some("localhost:4566".into()),
                key: "arn:aws:kms:us-east-1:123456789012:key/abc".into()
            }
        );
        assert_eq!(
            parse("hashivault://gh-app?version=2").unwrap(),
            Reference::HashiVault {
                name: "gh-app".into(),
                version: Some(2)
            }
        );
        assert_eq!(parse("ssh-agent:").unwrap(), Reference::SshAgent(None));
        assert_eq!(
            parse("ssh-agent:SHA256:abc").unwrap(),
            Reference::SshAgent(Some("SHA256:abc".into()))
        );
        assert!(matches!(
            parse("pkcs11:token=t;object=k").unwrap(),
            Reference::Pkcs11(_)
        ));
        assert_eq!(
            parse("./awskms:x").unwrap(),
            Reference::File("./awskms:x".into())
        );
        assert_eq!(parse("key.pem").unwrap(), Reference::File("key.pem".into()));
    }

    #[test]
    fn bad_and_unsupported_references_are_usage_errors() {
        for (text, says) in [
            (
                "gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k",
                "not supported yet",
            ),
            ("azurekms://vault.vault.azure.net/key", "not supported yet"),
            ("awskms:///", "names no key"),
            ("awskms://nohost", "awskms:///KEY"),
            ("hashivault://", "KEYNAME"),
            ("hashivault://k?version=0", "version"),
            ("hashivault://k?token=x", "only parameter"),
        ] {
            let error = parse(text).unwrap_err();
            assert_eq!(crate::exit::code_for(&error), crate::exit::USAGE, "{text}");
            assert!(error.to_string().contains(says), "{text}: {error}");
        }
    }

    #[test]
    fn der_signatures_become_fixed_width() {
        // r with a leading 0x00 (high bit set), s short by one byte.
        let mut r = vec![0x00, 0x80];
        r.extend([1u8; 31]);
        let s = vec![2u8; 31];
        let mut body = vec![0x02, r.len() as u8];
        body.extend(&r);
        body.extend([0x02, s.len() as u8]);
        body.extend(&s);
        let mut der = vec![0x30, body.len() as u8];
        der.extend(body);
        let fixed = der_to_fixed(&der, KeyKind::EcP256).unwrap();
        // Apple's rule: an ES256 signature is exactly 64 bytes.
        assert_eq!(fixed.len(), 64);
        assert_eq!(fixed[0], 0x80);
        assert_eq!(&fixed[1..32], &[1u8; 31]);
        assert_eq!(fixed[32], 0);
        assert_eq!(&fixed[33..], &[2u8; 31]);
        assert!(der_to_fixed(&der[..der.len() - 1], KeyKind::EcP256).is_err());
        assert!(der_to_fixed(&der, KeyKind::Ed25519).is_err());
    }

    #[test]
    fn real_der_signatures_of_every_curve_convert_and_verify() {
        use aws_lc_rs::rand::SystemRandom;
        use aws_lc_rs::signature::{self, EcdsaKeyPair, KeyPair};
        let rng = SystemRandom::new();
        for (asn1, fixed, kind, width) in [
            (
                &signature::ECDSA_P256_SHA256_ASN1_SIGNING,
                &signature::ECDSA_P256_SHA256_FIXED,
                KeyKind::EcP256,
                64,
            ),
            (
                &signature::ECDSA_P384_SHA384_ASN1_SIGNING,
                &signature::ECDSA_P384_SHA384_FIXED,
                KeyKind::EcP384,
                96,
            ),
            (
                &signature::ECDSA_P521_SHA512_ASN1_SIGNING,
                &signature::ECDSA_P521_SHA512_FIXED,
                KeyKind::EcP521,
                132,
            ),
        ] {
            let pkcs8 = EcdsaKeyPair::generate_pkcs8(asn1, &rng).unwrap();
            let pair = EcdsaKeyPair::from_pkcs8(asn1, pkcs8.as_ref()).unwrap();
            // Many signatures, so that short r and s (a leading zero byte dropped by DER) occur.
            for i in 0..200u32 {
                let message = i.to_be_bytes();
                let der = pair.sign(&rng, &message).unwrap();
                let jws = der_to_fixed(der.as_ref(), kind).unwrap();
                assert_eq!(jws.len(), width);
                signature::UnparsedPublicKey::new(fixed, pair.public_key().as_ref())
                    .verify(&message, &jws)
                    .unwrap();
            }
        }
    }

    #[test]
    fn spki_kinds_carry_the_rsa_size() {
        let key = crate::keys::tests::load("rsa2048-pkcs8.pem");
        let spki = key.public_key_spki_der().unwrap();
        assert_eq!(kind_of_spki(&spki).unwrap(), KeyKind::Rsa { bits: 2048 });
        let key = crate::keys::tests::load("ed25519-pkcs8.pem");
        let spki = key.public_key_spki_der().unwrap();
        assert_eq!(kind_of_spki(&spki).unwrap(), KeyKind::Ed25519);
        assert_eq!(ed25519_spki(&spki[12..]).unwrap(), spki);
    }

    #[test]
    fn ssh_signatures_become_fixed_width() {
        let mpint = |bytes: &[u8]| {
            let mut out = (bytes.len() as u32).to_be_bytes().to_vec();
            out.extend(bytes);
            out
        };
        let mut blob = mpint(&[0x00, 0xff, 0x01]);
        blob.extend(mpint(&[0x05]));
        let fixed = ssh_to_fixed(&blob, KeyKind::EcP256).unwrap();
        assert_eq!(fixed.len(), 64);
        assert_eq!(&fixed[30..32], &[0xff, 0x01]);
        assert_eq!(fixed[63], 0x05);
        assert!(ssh_to_fixed(&blob[..blob.len() - 1], KeyKind::EcP256).is_err());
        let too_long = [mpint(&[1u8; 33]), mpint(&[1])].concat();
        assert!(ssh_to_fixed(&too_long, KeyKind::EcP256).is_err());
    }

    #[test]
    fn retries_stop_on_success_fatal_or_when_spent() {
        let mut calls = 0;
        let value = with_retries(|| {
            calls += 1;
            if calls < 3 {
                Err(Retry::Again(
                    anyhow!("busy"),
                    Some(Duration::from_millis(1)),
                ))
            } else {
                Ok(calls)
            }
        })
        .unwrap();
        assert_eq!(value, 3);
        let mut calls = 0;
        let error = with_retries::<()>(|| {
            calls += 1;
            Err(Retry::Fatal(anyhow!("no such key")))
        })
        .unwrap_err();
        assert_eq!(calls, 1);
        assert_eq!(error.to_string(), "no such key");
        let mut calls = 0;
        with_retries::<()>(|| {
            calls += 1;
            Err(Retry::Again(
                anyhow!("busy"),
                Some(Duration::from_millis(1)),
            ))
        })
        .unwrap_err();
        assert_eq!(calls, 6);
    }
}
