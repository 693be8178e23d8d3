//! HMAC secrets written in an encoding: `--secret-encoding utf8|hex|base64|base64url`. Errors
//! say what is wrong and where, never what the secret holds.

use std::fmt;
use std::str::FromStr;

use anyhow::{bail, Result};
use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use zeroize::Zeroizing;

/// How a secret's bytes are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SecretEncoding {
    /// The bytes as they are (today's behaviour).
    #[default]
    Utf8,
    /// Hex digits, either case.
    Hex,
    /// Standard base64 (`+`, `/`), padding optional.
    Base64,
    /// URL-safe base64 (`-`, `_`), padding optional.
    Base64Url,
}

impl SecretEncoding {
    pub const ALL: [SecretEncoding; 4] = [
        SecretEncoding::Utf8,
        SecretEncoding::Hex,
        SecretEncoding::Base64,
        SecretEncoding::Base64Url,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SecretEncoding::Utf8 => "utf8",
            SecretEncoding::Hex => "hex",
            SecretEncoding::Base64 => "base64",
            SecretEncoding::Base64Url => "base64url",
        }
    }
}

impl fmt::Display for SecretEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for SecretEncoding {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SecretEncoding::ALL
            .into_iter()
            .find(|e| e.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                let names: Vec<_> = SecretEncoding::ALL.iter().map(|e| e.name()).collect();
                format!("unknown secret encoding `{s}`; one of {}", names.join(", "))
            })
    }
}

const fn lenient(alphabet: &'static alphabet::Alphabet) -> GeneralPurpose {
    GeneralPurpose::new(
        alphabet,
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
    )
}
const BASE64: GeneralPurpose = lenient(&alphabet::STANDARD);
const BASE64URL: GeneralPurpose = lenient(&alphabet::URL_SAFE);

/// Decodes a secret written in `encoding`. `utf8` gives the bytes unchanged; for the others,
/// ASCII whitespace (line breaks of wrapped base64, spaces between hex pairs) is ignored. An
/// empty result is an error for every encoding but `utf8` (the caller judges that one).
pub fn decode_secret(raw: &[u8], encoding: SecretEncoding) -> Result<Zeroizing<Vec<u8>>> {
    if encoding == SecretEncoding::Utf8 {
        return Ok(Zeroizing::new(raw.to_vec()));
    }
    let mut text = Zeroizing::new(Vec::with_capacity(raw.len()));
    text.extend(raw.iter().copied().filter(|b| !b.is_ascii_whitespace()));
    let decoded = match encoding {
        SecretEncoding::Utf8 => unreachable!("handled above"),
        SecretEncoding::Hex => hex(&text)?,
        SecretEncoding::Base64 | SecretEncoding::Base64Url => {
            let (engine, other, hint) = if encoding == SecretEncoding::Base64 {
                (&BASE64, [b'-', b'_'], "base64url")
            } else {
                (&BASE64URL, [b'+', b'/'], "base64")
            };
            let mut out = Zeroizing::new(Vec::with_capacity(text.len()));
            if engine.decode_vec(&*text, &mut out).is_err() {
                let position = text.iter().position(|b| {
                    !(b.is_ascii_alphanumeric()
                        || *b == b'='
                        || if encoding == SecretEncoding::Base64 {
                            matches!(b, b'+' | b'/')
                        } else {
                            matches!(b, b'-' | b'_')
                        })
                });
                match position {
                    Some(_) if text.iter().any(|b| other.contains(b)) => bail!(
                        "the secret is not {encoding}: it has `{}` or `{}`; is it {hint}?",
                        other[0] as char,
                        other[1] as char
                    ),
                    Some(i) => bail!(
                        "the secret is not {encoding}: character {} is not a {encoding} digit",
                        i + 1
                    ),
                    None => bail!(
                        "the secret is not {encoding}: its length or padding is wrong \
                         (truncated?)"
                    ),
                }
            }
            out
        }
    };
    if decoded.is_empty() {
        bail!("the {encoding} secret is empty");
    }
    Ok(decoded)
}

fn hex(text: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    let digit = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    };
    if let Some(i) = text.iter().position(|b| digit(*b).is_none()) {
        bail!(
            "the secret is not hex: character {} is not a hex digit",
            i + 1
        );
    }
    if text.len() % 2 == 1 {
        bail!(
            "the secret is not hex: it has an odd number of digits ({})",
            text.len()
        );
    }
    let mut out = Zeroizing::new(Vec::with_capacity(text.len() / 2));
    for pair in text.chunks_exact(2) {
        // Both are digits: checked above.
        out.push((digit(pair[0]).unwrap_or(0) << 4) | digit(pair[1]).unwrap_or(0));
    }
    Ok(out)
}

/// What `secret` is when it is key material rather than an HMAC secret: a PEM block of any
/// kind, a DER certificate, public or private key, a PKCS#12 file, an OpenSSH or SSH2 public
/// key, a JWK or JWKS, or a Google credential file. `None` for anything else.
///
/// Key material is public more often than not, and an HMAC "secret" that is a public key is
/// the algorithm-confusion forgery: anyone holding the public key signs tokens a verifier that
/// takes "the key" as the secret accepts. So every secret, from any source, goes through this
/// before it signs or checks anything ([`crate::credentials::decode_secret`]). The answer names
/// the form only, never the bytes.
pub fn key_material(secret: &[u8]) -> Option<String> {
    let text = secret.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(secret);
    if let Some(at) = find(text, b"-----BEGIN ") {
        let rest = &text[at + 11..];
        let tag: Vec<u8> = rest
            .iter()
            .copied()
            .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b' ')
            .take(40)
            .collect();
        let tag = String::from_utf8_lossy(&tag).trim().to_string();
        return Some(if tag.is_empty() {
            "a PEM block".to_string()
        } else {
            format!("a PEM `{tag}` block")
        });
    }
    if find(text, b"---- BEGIN SSH2 ").is_some() {
        return Some("an SSH2 public key".into());
    }
    if let Some(kind) = openssh_public_key(text) {
        return Some(format!("an OpenSSH public key ({kind})"));
    }
    if let Some(what) = der_key_material(text) {
        return Some(what.into());
    }
    json_key_material(text).map(str::to_string)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The key type of the first `TYPE BASE64 [comment]` OpenSSH public key (as in `.pub`,
/// `authorized_keys` and `known_hosts` files) found on a line of `text`: the base64 blob must
/// start with the same type name, as every SSH public key blob does.
fn openssh_public_key(text: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(text).ok()?;
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        for pair in words.windows(2) {
            let (kind, blob) = (pair[0], pair[1]);
            let typed = ["ssh-", "ecdsa-sha2-", "sk-ssh-", "sk-ecdsa-"]
                .iter()
                .any(|prefix| kind.starts_with(prefix));
            if !typed || !blob.starts_with("AAAA") {
                continue;
            }
            let Ok(bytes) = BASE64.decode(blob) else {
                continue;
            };
            let named = bytes
                .get(..4)
                .map(|len| u32::from_be_bytes([len[0], len[1], len[2], len[3]]) as usize)
                .and_then(|len| bytes.get(4..4 + len));
            if named == Some(kind.as_bytes()) {
                return Some(kind.chars().take(64).collect());
            }
        }
    }
    None
}

/// A DER certificate, public key (SPKI or PKCS#1), private key (PKCS#8, encrypted PKCS#8,
/// PKCS#1, SEC1) or PKCS#12 file.
fn der_key_material(der_bytes: &[u8]) -> Option<&'static str> {
    use der::Decode;
    if der_bytes.first() != Some(&0x30) {
        return None;
    }
    if x509_cert::Certificate::from_der(der_bytes).is_ok() {
        return Some("a DER certificate");
    }
    if x509_cert::spki::SubjectPublicKeyInfoRef::try_from(der_bytes).is_ok() {
        return Some("a DER public key (SPKI)");
    }
    if pkcs8::PrivateKeyInfo::try_from(der_bytes).is_ok()
        || pkcs8::EncryptedPrivateKeyInfo::try_from(der_bytes).is_ok()
    {
        return Some("a DER private key (PKCS#8)");
    }
    if sec1::EcPrivateKey::from_der(der_bytes).is_ok() {
        return Some("a DER EC private key (SEC1)");
    }
    if super::pfx::is_pkcs12(der_bytes) {
        return Some("a PKCS#12 file");
    }
    // PKCS#1: SEQUENCE of INTEGERs, two for a public key, nine for a private one, with a
    // modulus of at least 512 bits.
    let integers = der_integers(der_bytes)?;
    let modulus_bits = |i: usize| integers.get(i).map_or(0, |n: &Vec<u8>| n.len() * 8);
    match integers.len() {
        2 if modulus_bits(0) >= 512 => Some("a DER RSA public key (PKCS#1)"),
        9 if modulus_bits(1) >= 512 => Some("a DER RSA private key (PKCS#1)"),
        _ => None,
    }
}

/// The INTEGERs of a DER `SEQUENCE` made of nothing else, with their leading zeros cut.
fn der_integers(der_bytes: &[u8]) -> Option<Vec<Vec<u8>>> {
    use der::{Decode, Reader, SliceReader};
    let mut reader = SliceReader::new(der_bytes).ok()?;
    let integers = reader
        .sequence(|r| {
            let mut out = Vec::new();
            while !r.is_finished() {
                let n = der::asn1::UintRef::decode(r)?;
                out.push(n.as_bytes().to_vec());
            }
            Ok(out)
        })
        .ok()?;
    reader.finish(integers).ok()
}

/// A JWK (`kty`), a JWKS (`keys`) or a Google credential file (`type` and `private_key` or
/// `client_email`).
fn json_key_material(text: &[u8]) -> Option<&'static str> {
    if !super::jwk::looks_like_json(text) {
        return None;
    }
    let serde_json::Value::Object(object) = serde_json::from_slice(text).ok()? else {
        return None;
    };
    if object.get("kty").is_some_and(serde_json::Value::is_string) {
        Some("a JWK")
    } else if object.get("keys").is_some_and(serde_json::Value::is_array) {
        Some("a JWKS")
    } else if object.contains_key("private_key") || object.contains_key("client_email") {
        Some("a Google credential file")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(raw: &str, encoding: SecretEncoding) -> Result<Vec<u8>> {
        decode_secret(raw.as_bytes(), encoding).map(|s| s.to_vec())
    }

    fn error(raw: &str, encoding: SecretEncoding) -> String {
        let err = decode(raw, encoding).unwrap_err().to_string();
        assert!(!err.contains(raw), "{err} quotes the secret");
        err
    }

    #[test]
    fn each_encoding_decodes() {
        use SecretEncoding::*;
        assert_eq!(decode("s3cr€t", Utf8).unwrap(), "s3cr€t".as_bytes());
        assert_eq!(decode("00ff10Ab", Hex).unwrap(), [0, 0xff, 0x10, 0xab]);
        assert_eq!(decode("00 ff\n10ab\n", Hex).unwrap(), [0, 0xff, 0x10, 0xab]);
        assert_eq!(decode("+/8=", Base64).unwrap(), [0xfb, 0xff]);
        assert_eq!(decode("+/8", Base64).unwrap(), [0xfb, 0xff]);
        assert_eq!(decode("-_8", Base64Url).unwrap(), [0xfb, 0xff]);
        assert_eq!(decode("-_8=", Base64Url).unwrap(), [0xfb, 0xff]);
        assert_eq!(decode("AQID\nBA==\n", Base64).unwrap(), [1, 2, 3, 4]);
    }

    #[test]
    fn bad_digits_are_located_not_quoted() {
        use SecretEncoding::*;
        assert_eq!(
            error("deadbeefXYsecret", Hex),
            "the secret is not hex: character 9 is not a hex digit"
        );
        assert_eq!(
            error("deadbeef0", Hex),
            "the secret is not hex: it has an odd number of digits (9)"
        );
        assert_eq!(
            error("abc-def_ghij", Base64),
            "the secret is not base64: it has `-` or `_`; is it base64url?"
        );
        assert_eq!(
            error("abc+def/ghij", Base64Url),
            "the secret is not base64url: it has `+` or `/`; is it base64?"
        );
        assert_eq!(
            error("abc*defghijk", Base64),
            "the secret is not base64: character 4 is not a base64 digit"
        );
        assert!(error("abcde", Base64).contains("length or padding"));
        assert_eq!(error("  \n", Hex), "the hex secret is empty");
    }

    #[test]
    fn key_material_is_recognised_in_every_form() {
        let fixture = crate::keys::tests::fixture;
        let pem_body = |name: &str| {
            let blocks = pem::parse_many(fixture(name)).unwrap();
            let key = blocks.iter().find(|b| b.tag() != "EC PARAMETERS").unwrap();
            key.contents().to_vec()
        };
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (fixture("rsa2048.pub.pem"), "a PEM `PUBLIC KEY` block"),
            (
                fixture("rsa2048.pkcs1pub.pem"),
                "a PEM `RSA PUBLIC KEY` block",
            ),
            (fixture("rsa2048.cert.pem"), "a PEM `CERTIFICATE` block"),
            (fixture("rsa2048-pkcs8.pem"), "a PEM `PRIVATE KEY` block"),
            (
                fixture("openssh-ed25519"),
                "a PEM `OPENSSH PRIVATE KEY` block",
            ),
            (
                b"-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n".to_vec(),
                "a PEM `X509 CRL` block",
            ),
            // A PEM flattened to one line, as CI secret stores hold it.
            (
                String::from_utf8(fixture("ec-p256.pub.pem"))
                    .unwrap()
                    .replace('\n', "\\n")
                    .into_bytes(),
                "a PEM `PUBLIC KEY` block",
            ),
            (pem_body("rsa2048.cert.pem"), "a DER certificate"),
            (pem_body("rsa2048.pub.pem"), "a DER public key (SPKI)"),
            (
                pem_body("rsa2048.pkcs1pub.pem"),
                "a DER RSA public key (PKCS#1)",
            ),
            (pem_body("rsa2048-pkcs8.pem"), "a DER private key (PKCS#8)"),
            (
                pem_body("rsa2048-pkcs1.pem"),
                "a DER RSA private key (PKCS#1)",
            ),
            (pem_body("ec-p256-sec1.pem"), "a DER EC private key (SEC1)"),
            (fixture("rsa2048-chain.p12"), "a PKCS#12 file"),
            (
                fixture("openssh-ed25519.pub"),
                "an OpenSSH public key (ssh-ed25519)",
            ),
            (
                fixture("openssh-rsa2048.pub"),
                "an OpenSSH public key (ssh-rsa)",
            ),
            (fixture("rsa2048.pub.jwk"), "a JWK"),
            (fixture("oct.jwk"), "a JWK"),
            (fixture("jwks-one-private.json"), "a JWKS"),
            (
                b"---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n---- END SSH2 PUBLIC KEY ----\n".to_vec(),
                "an SSH2 public key",
            ),
        ];
        for (bytes, what) in cases {
            assert_eq!(key_material(&bytes).as_deref(), Some(what), "{what}");
        }
        // An authorized_keys line with options, and a known_hosts line.
        let line = String::from_utf8(fixture("openssh-ed25519.pub")).unwrap();
        for text in [
            format!("no-pty,from=\"10.0.0.1\" {line}"),
            format!("host.example {line}"),
        ] {
            assert!(key_material(text.as_bytes()).is_some(), "{text}");
        }
    }

    /// Every key fixture is recognised (a key file given as a secret is always refused); the
    /// secrets, passphrases and notes beside them are not; the bad files never panic.
    #[test]
    fn every_key_fixture_is_key_material() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let notes =
            |name: &str| name.contains(".x5t") || name.ends_with(".md") || name.ends_with(".sh");
        for entry in std::fs::read_dir(root.join("keys")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&path).unwrap();
            let found = key_material(&bytes);
            if name.starts_with("hmac-secret") || name.starts_with("passphrase") {
                assert_eq!(found, None, "{name}");
            } else if !notes(&name) {
                assert!(found.is_some(), "{name} is not recognised");
            }
        }
        for entry in std::fs::read_dir(root.join("bad")).unwrap() {
            let path = entry.unwrap().path();
            if let Ok(bytes) = std::fs::read(&path) {
                if let Some(what) = key_material(&bytes) {
                    assert!(
                        what.len() <= 80 && !what.contains(char::is_control),
                        "{what}"
                    );
                }
            }
        }
    }

    #[test]
    fn real_secrets_are_not_key_material() {
        for secret in [
            &b"0123456789abcdef0123456789abcdef"[..],
            b"ssh-rsa is not a key",
            b"ssh-rsa AAAAnot-a-blob",
            b"{\"type\":\"HS256\",\"key\":\"0123456789abcdef0123456789abcdef\"}",
            b"{not json",
            b"\x30\x03\x02\x01\x05",
            b"\x30\x82\x01\x00 random bytes",
            include_bytes!("../../tests/fixtures/keys/hmac-secret-64.txt"),
        ] {
            assert_eq!(
                key_material(secret),
                None,
                "{}",
                String::from_utf8_lossy(secret)
            );
        }
    }

    #[test]
    fn names_parse() {
        assert_eq!("HEX".parse(), Ok(SecretEncoding::Hex));
        assert_eq!("base64url".parse(), Ok(SecretEncoding::Base64Url));
        assert!("b64"
            .parse::<SecretEncoding>()
            .unwrap_err()
            .contains("one of utf8, hex"));
    }
}
