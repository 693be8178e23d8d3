//! `jwtmint inspect`: reads a token in whatever form a user has it (bare, an HTTP header, a URL,
//! a JSON body), decodes it, checks its signature when given a key, its times, and a service's
//! rules, and says what is wrong in words a user can act on.
//!
//! stdout carries the decoded header and payload (or, with `--format json`, one JSON report);
//! the verdict (times, signature, problems) goes to stderr.

use std::io::Read;
use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use der::asn1::UintRef;
use der::{Decode, Encode, Reader, SliceReader};
use jsonwebtoken::{crypto, Algorithm, DecodingKey};
use serde_json::{json, Map, Value};
use x509_cert::spki::SubjectPublicKeyInfoRef;
use zeroize::Zeroizing;

use crate::credentials::{self, Environment, KeySources, ENV_KEY_FILE, ENV_SECRET};
use crate::exit::UsageError;
use crate::input;
use crate::output;
use crate::providers::{self, Service, WARNING};
use crate::sign::Alg;
use crate::time::rfc3339;

/// What `jwtmint inspect` was asked to do, as plain values.
#[derive(Debug, Clone, Default)]
pub struct InspectOptions {
    /// The token argument; `None` or `Some("-")` reads standard input.
    pub token_input: Option<String>,
    /// `--provider NAME`: a registered service.
    pub provider: Option<String>,
    /// `--secret-file` / `--key` (a public key, certificate or private key) / `--passphrase-file`.
    pub keys: KeySources,
    /// `--require-valid`: an unchecked signature counts as a failed check.
    pub require_valid: bool,
    /// `--format json`.
    pub json: bool,
    pub now: i64,
}

/// A token is a few hundred bytes; anything this large on stdin is not one.
const MAX_TOKEN_INPUT: u64 = 1 << 20;

/// How far `iat` may be ahead of this machine's clock before it is a problem.
const IAT_LEEWAY: i64 = 60;

/// A time claim above this (the year 5138 in seconds) is in milliseconds.
const MILLISECONDS: f64 = 1e11;

/// Query parameters that carry a token in general (OAuth, OpenID); the services' own come
/// from their transports and are looked for first.
const GENERIC_URL_PARAMS: [&str; 3] = ["token", "access_token", "id_token"];

/// The query parameters that carry a token, in the order they are looked for.
fn url_params() -> Vec<&'static str> {
    let mut params: Vec<&str> = Vec::new();
    let services = providers::REGISTRY
        .iter()
        .filter_map(|s| s.transport.url_param);
    for name in services.map(|(name, _)| name).chain(GENERIC_URL_PARAMS) {
        if !params.contains(&name) {
            params.push(name);
        }
    }
    params
}

/// The headers that carry a token, as `name:` in lower case.
fn header_prefixes() -> Vec<String> {
    let mut prefixes: Vec<String> = Vec::new();
    for service in providers::REGISTRY {
        let prefix = format!("{}:", service.transport.header_name.to_ascii_lowercase());
        if !prefixes.contains(&prefix) {
            prefixes.push(prefix);
        }
    }
    prefixes
}

/// Whether `word` is the scheme of a service's header (`Bearer`, `JWT`).
fn is_scheme(word: &str) -> bool {
    providers::REGISTRY.iter().any(|service| {
        let scheme = service.transport.header_scheme.trim();
        !scheme.is_empty() && scheme.eq_ignore_ascii_case(word)
    })
}

/// Fields of a JSON body that carry a token, in the order they are looked for.
const JSON_FIELDS: [&str; 4] = ["token", "jwt", "access_token", "id_token"];

/// Prints the report; `Ok(true)` when every check passed, `Ok(false)` when one failed, `Err` for
/// input that cannot be inspected (not a JWT, an unreadable key, an unknown provider…).
pub fn run(options: &InspectOptions) -> Result<bool> {
    let provider = options
        .provider
        .as_deref()
        .map(provider_by_name)
        .transpose()?;
    let keys = &options.keys;
    if keys.secret_file.is_some() && keys.key_file.is_some() {
        return Err(UsageError::new(
            "give either --secret-file (for HS256, HS384, HS512) or --key (for the others), not both",
        )
        .into());
    }
    let text = match options.token_input.as_deref() {
        Some(text) if text != "-" => text.to_string(),
        explicit => {
            let stdin_files = [&keys.secret_file, &keys.key_file, &keys.passphrase_file];
            if stdin_files
                .iter()
                .any(|f| f.as_deref().is_some_and(input::is_stdin))
            {
                return Err(UsageError::new(
                    "the token is read from standard input, so it cannot carry a key, secret \
                     or passphrase too: give the token as an argument",
                )
                .into());
            }
            if explicit.is_none() && input::stdin_is_terminal() {
                return Err(UsageError::new(
                    "no token: give it as an argument, or pipe it in (… | jwtmint inspect)",
                )
                .into());
            }
            read_stdin()?
        }
    };
    let token = extract_token(&text)?;
    let decoded = decode(&token)?;
    let env = Environment::from_process();
    let key = load_key(keys, &env, &header_alg(&decoded.header))?;
    let report = inspect(
        &decoded,
        provider,
        key.as_ref(),
        options.require_valid,
        options.now,
    );
    if options.json {
        output::print_result(&report.json())?;
    } else {
        output::print_result(&report.decoded_text())?;
        eprint!("{}", report.verdict_text());
    }
    Ok(report.passed())
}

fn read_stdin() -> Result<String> {
    let mut buffer = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_TOKEN_INPUT + 1)
        .read_to_end(&mut buffer)
        .context("reading the token from standard input")?;
    if buffer.len() as u64 > MAX_TOKEN_INPUT {
        bail!(
            "standard input holds more than {} KiB: that is not a token",
            MAX_TOKEN_INPUT >> 10
        );
    }
    String::from_utf8(buffer).map_err(|_| anyhow!("the token on standard input is not text"))
}

/// `formio` → its service; any other name is a usage error.
fn provider_by_name(name: &str) -> Result<&'static Service> {
    providers::inspectable()
        .find(|service| service.name.eq_ignore_ascii_case(name))
        .ok_or_else(|| {
            UsageError::new(format!(
                "unknown provider `{name}`: one of {}",
                providers::inspectable_names().join(", ")
            ))
            .into()
        })
}

// ---------------------------------------------------------------------------------------------
// Finding the token in what was pasted

/// Finds the compact token in what a user pasted: the token itself, `Authorization: Bearer …`,
/// `Authorization: JWT …`, `JWT …`, `Bearer …`, `x-jwt-token: …`, a URL carrying it in
/// `jwt`, `x-jwt-token` or `tiledesk_jwt` (percent-decoded), or a JSON body `{"token": "…"}`,
/// with surrounding whitespace and quotes ignored. Fails unless a three-part token is found.
pub fn extract_token(input: &str) -> Result<String> {
    let mut text = input.trim().to_string();
    // Each step strictly shortens the text; the bound is only a guard.
    for _ in 0..10 {
        match unwrap_once(&text)? {
            Some(inner) => text = inner.trim().to_string(),
            None => break,
        }
    }
    check_shape(&text)?;
    Ok(text)
}

/// Removes one layer of wrapping around the token, or `None` when there is none left.
fn unwrap_once(text: &str) -> Result<Option<String>> {
    for quote in ['"', '\''] {
        if text.len() >= 2 && text.starts_with(quote) && text.ends_with(quote) {
            return Ok(Some(text[1..text.len() - 1].to_string()));
        }
    }
    if text.starts_with('{') {
        return token_in_json(text).map(Some);
    }
    let prefixes = header_prefixes();
    for prefix in &prefixes {
        if let Some(rest) = strip_prefix_ignore_case(text, prefix) {
            return Ok(Some(rest.to_string()));
        }
    }
    if let Some((scheme, rest)) = text.split_once(char::is_whitespace) {
        if is_scheme(scheme) {
            return Ok(Some(rest.to_string()));
        }
    }
    // Several lines, as when HTTP headers are pasted: the one that carries the token.
    if text.contains('\n') {
        let line = text.lines().map(str::trim).find(|line| {
            prefixes
                .iter()
                .any(|p| strip_prefix_ignore_case(line, p).is_some())
        });
        if let Some(line) = line {
            return Ok(Some(line.to_string()));
        }
    }
    if text.contains(['?', '#']) {
        return token_in_url(text).map(Some);
    }
    // `JWT%20TOKEN`, as copied out of a `tiledesk_jwt` parameter. A token never holds `%`.
    if text.contains('%') {
        return Ok(Some(percent_decode(text)?));
    }
    Ok(None)
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

fn token_in_json(text: &str) -> Result<String> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| anyhow!("the input starts with `{{` but is not JSON ({e})"))?;
    JSON_FIELDS
        .iter()
        .find_map(|field| value.get(field).and_then(Value::as_str))
        .map(str::to_string)
        .ok_or_else(|| {
            anyhow!(
                "the JSON has no token: expected a string field {}",
                JSON_FIELDS.map(|f| format!("\"{f}\"")).join(", ")
            )
        })
}

fn token_in_url(text: &str) -> Result<String> {
    let (before_fragment, fragment) = text.split_once('#').unwrap_or((text, ""));
    let query = before_fragment.split_once('?').map_or("", |(_, q)| q);
    let pairs: Vec<(String, String)> = [query, fragment]
        .iter()
        .flat_map(|part| url::form_urlencoded::parse(part.as_bytes()).into_owned())
        .collect();
    let params = url_params();
    params
        .iter()
        .find_map(|name| pairs.iter().find(|(key, _)| key == name))
        .map(|(_, value)| value.clone())
        .ok_or_else(|| {
            anyhow!(
                "the URL carries no token: expected a parameter {}",
                params.join(", ")
            )
        })
}

fn percent_decode(text: &str) -> Result<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| anyhow!("the percent-encoded token is not UTF-8"))
}

fn check_shape(token: &str) -> Result<()> {
    if token.is_empty() {
        bail!("no token: the input is empty");
    }
    if token.contains(char::is_whitespace) {
        bail!(
            "not a JWT: it contains spaces or line breaks; give the token alone, \
             `Authorization: Bearer TOKEN`, a URL with ?jwt=TOKEN, or {{\"token\": \"TOKEN\"}}"
        );
    }
    match token.split('.').count() {
        3 => Ok(()),
        5 => bail!(
            "this is an encrypted token (JWE, five parts): its payload cannot be read without \
             the decryption key, and jwtmint does not decrypt"
        ),
        n => bail!(
            "not a JWT: a JWT has three parts separated by dots (header.payload.signature); \
             this has {n}"
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding

/// A token split and decoded; the signature is checked later, against a key.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub header: Map<String, Value>,
    pub payload: Map<String, Value>,
    /// `HEADER.PAYLOAD`, the bytes the signature covers.
    signing_input: String,
    /// The third part, base64url.
    signature: String,
}

/// Decodes a compact token (as [`extract_token`] gives it): header and payload must be
/// base64url JSON objects; each error names the part.
pub fn decode(token: &str) -> Result<Decoded> {
    check_shape(token)?;
    let mut parts = token.split('.');
    let (header, payload, signature) = match (parts.next(), parts.next(), parts.next()) {
        (Some(h), Some(p), Some(s)) => (h, p, s),
        _ => bail!("not a JWT: a JWT has three parts separated by dots"),
    };
    Ok(Decoded {
        header: decode_part(header, "header (part 1)")?,
        payload: decode_part(payload, "payload (part 2)")?,
        signing_input: format!("{header}.{payload}"),
        signature: signature.to_string(),
    })
}

fn decode_part(part: &str, which: &str) -> Result<Map<String, Value>> {
    if part.is_empty() {
        bail!("the {which} is empty");
    }
    let bytes = URL_SAFE_NO_PAD.decode(part).map_err(|e| {
        if part.contains(['+', '/', '=']) {
            anyhow!(
                "the {which} is not base64url: it has `+`, `/` or `=` as standard base64 does, \
                 but a JWT uses unpadded base64url (`-` and `_`)"
            )
        } else {
            anyhow!("the {which} is not valid base64url ({e})")
        }
    })?;
    let value: Value = serde_json::from_slice(&bytes)
        .map_err(|e| anyhow!("the {which} is base64url but not JSON ({e})"))?;
    match value {
        Value::Object(map) => Ok(map),
        other => bail!(
            "the {which} is JSON but {}, not an object",
            providers::json_kind(&other)
        ),
    }
}

/// The header's `alg`, as far as it can be used.
#[derive(Debug, Clone, PartialEq, Eq)]
enum HeaderAlg {
    Known(Alg),
    /// `none`, in any case.
    Unsigned,
    Missing,
    /// Anything else, as written (JSON text when it is not a string).
    Other(String),
}

fn header_alg(header: &Map<String, Value>) -> HeaderAlg {
    match header.get("alg") {
        None => HeaderAlg::Missing,
        Some(Value::String(s)) if s.eq_ignore_ascii_case("none") => HeaderAlg::Unsigned,
        Some(Value::String(s)) => Alg::ALL
            .into_iter()
            .find(|alg| alg.name() == s)
            .map_or_else(|| HeaderAlg::Other(s.clone()), HeaderAlg::Known),
        Some(other) => HeaderAlg::Other(other.to_string()),
    }
}

// ---------------------------------------------------------------------------------------------
// Keys and the signature

/// A public key, in the form jsonwebtoken verifies with.
pub struct PublicKey {
    kind: PublicKind,
    /// PKCS#1 `RSAPublicKey` for RSA, the uncompressed point for EC, the 32 raw bytes for Ed25519.
    der: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PublicKind {
    Rsa,
    EcP256,
    EcP384,
    Ed25519,
}

impl PublicKind {
    fn name(self) -> &'static str {
        match self {
            PublicKind::Rsa => "RSA",
            PublicKind::EcP256 => "EC P-256",
            PublicKind::EcP384 => "EC P-384",
            PublicKind::Ed25519 => "Ed25519",
        }
    }
}

/// The key the signature is checked with, and where it came from (for messages).
pub struct VerifyKey {
    material: Material,
    source: String,
}

enum Material {
    Secret(Zeroizing<Vec<u8>>),
    Public(PublicKey),
}

impl Material {
    fn describe(&self) -> &'static str {
        match self {
            Material::Secret(_) => "an HMAC secret",
            Material::Public(key) => key.kind.name(),
        }
    }
}

use crate::keys::{OID_EC, OID_ED25519, OID_P256, OID_P384, OID_RSA, OID_RSA_PSS};

/// The key given by flags, or else by the environment when it fits the token's algorithm
/// (`JWTMINT_SECRET` for HS*, `JWTMINT_KEY_FILE` for the others). `None`: nothing to check with.
fn load_key(sources: &KeySources, env: &Environment, alg: &HeaderAlg) -> Result<Option<VerifyKey>> {
    if let Some(path) = &sources.secret_file {
        let secret = input::strip_one_newline(input::read_path(path, "secret file")?);
        let name = input::display(path);
        if secret.is_empty() {
            bail!("the HMAC secret is empty (secret file {name})");
        }
        return Ok(Some(VerifyKey {
            material: Material::Secret(secret),
            source: format!("the secret in {name}"),
        }));
    }
    if let Some(path) = &sources.key_file {
        return Ok(Some(load_public_key(path, sources, env)?));
    }
    let HeaderAlg::Known(alg) = alg else {
        return Ok(None);
    };
    if alg.is_hmac() {
        if let Some(secret) = &env.secret {
            if secret.is_empty() {
                bail!("the HMAC secret is empty ({ENV_SECRET})");
            }
            return Ok(Some(VerifyKey {
                material: Material::Secret(secret.clone()),
                source: format!("the secret in {ENV_SECRET}"),
            }));
        }
    } else if let Some(path) = &env.key_file {
        let mut key = load_public_key(path, sources, env)?;
        key.source = format!("{} ({ENV_KEY_FILE})", key.source);
        return Ok(Some(key));
    }
    Ok(None)
}

fn load_public_key(path: &Path, sources: &KeySources, env: &Environment) -> Result<VerifyKey> {
    let name = input::display(path);
    let bytes = input::read_path(path, "key")?;
    let (key, what) = parse_public_key(&bytes, &name, sources.passphrase_file.as_deref(), env)?;
    Ok(VerifyKey {
        material: Material::Public(key),
        source: format!("{what} {name}"),
    })
}

/// Parses what `--key` names: a public key (SPKI `BEGIN PUBLIC KEY` or PKCS#1
/// `BEGIN RSA PUBLIC KEY`), a certificate, or a private key whose public half is used; PEM or
/// DER. Also says which it was, for messages.
fn parse_public_key(
    bytes: &[u8],
    name: &str,
    passphrase_file: Option<&Path>,
    env: &Environment,
) -> Result<(PublicKey, &'static str)> {
    // The private-key parser names the key in its own errors.
    let private = || -> Result<(PublicKey, &'static str)> {
        let key = credentials::private_key_from_bytes(bytes, name, passphrase_file, env)?;
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
fn from_spki(der: &[u8]) -> Result<PublicKey> {
    let spki =
        SubjectPublicKeyInfoRef::try_from(der).map_err(|e| anyhow!("damaged public key: {e}"))?;
    let key = spki
        .subject_public_key
        .as_bytes()
        .ok_or_else(|| anyhow!("damaged public key: the key bits are not whole bytes"))?;
    let oid = spki.algorithm.oid;
    if oid == OID_RSA || oid == OID_RSA_PSS {
        return from_pkcs1(key);
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
            other => bail!(
                "EC public keys on curve {other} cannot check a JWT jwtmint knows \
                 (ES256 is P-256, ES384 is P-384)"
            ),
        };
        if key.first() != Some(&0x04) || key.len() != len {
            bail!("unsupported EC public key: only the uncompressed point form is read");
        }
        return Ok(PublicKey {
            kind,
            der: key.to_vec(),
        });
    }
    bail!(
        "unsupported public key type (OID {oid}): jwtmint checks RSA, EC P-256, EC P-384 and \
         Ed25519 signatures"
    )
}

/// The modulus size of a PKCS#1 `RSAPublicKey`: `SEQUENCE { modulus, publicExponent }`.
fn rsa_modulus_bits(der: &[u8]) -> Result<usize> {
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
fn from_pkcs1(der: &[u8]) -> Result<PublicKey> {
    let bits = rsa_modulus_bits(der)?;
    if !(2048..=8192).contains(&bits) {
        bail!("the RSA key has {bits} bits: jwtmint checks RSA signatures of 2048 to 8192 bits");
    }
    Ok(PublicKey {
        kind: PublicKind::Rsa,
        der: der.to_vec(),
    })
}

/// An X.509 certificate: its subject's public key.
fn from_certificate(der: &[u8]) -> Result<PublicKey> {
    let cert =
        x509_cert::Certificate::from_der(der).map_err(|e| anyhow!("damaged certificate: {e}"))?;
    let spki = cert
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|e| anyhow!("damaged certificate: {e}"))?;
    from_spki(&spki)
}

/// Whether, and how, the signature was checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signature {
    /// Checked and good; says with what.
    Valid(String),
    /// Checked and bad, or unacceptable (`alg: none`, a key of the wrong kind); says why.
    Invalid(String),
    /// Not checked; says what would check it.
    Unchecked(String),
}

impl Signature {
    fn status(&self) -> &'static str {
        match self {
            Signature::Valid(_) => "valid",
            Signature::Invalid(_) => "invalid",
            Signature::Unchecked(_) => "unchecked",
        }
    }
}

/// Why the key cannot check a token signed with `alg`, if it cannot. An HMAC token is never
/// checked with public key bytes as the secret: that is the algorithm-confusion attack.
fn mismatch(alg: Alg, key: &Material) -> Option<String> {
    let fits = match key {
        Material::Secret(_) => alg.is_hmac(),
        Material::Public(key) => matches!(
            (alg, key.kind),
            (
                Alg::RS256 | Alg::RS384 | Alg::RS512 | Alg::PS256 | Alg::PS384 | Alg::PS512,
                PublicKind::Rsa
            ) | (Alg::ES256, PublicKind::EcP256)
                | (Alg::ES384, PublicKind::EcP384)
                | (Alg::EdDSA, PublicKind::Ed25519)
        ),
    };
    if fits {
        return None;
    }
    let mut why = format!("the token says {alg} but the key is {}", key.describe());
    if alg.is_hmac() {
        why.push_str(
            " (an HMAC token checked against a public key is the algorithm-confusion attack; \
             check it with --secret-file)",
        );
    }
    Some(why)
}

fn check_signature(decoded: &Decoded, key: Option<&VerifyKey>) -> Signature {
    let alg = match header_alg(&decoded.header) {
        HeaderAlg::Known(alg) => alg,
        HeaderAlg::Unsigned => {
            return Signature::Invalid("alg is `none`: the token is not signed".into())
        }
        HeaderAlg::Missing => {
            return Signature::Unchecked("the header has no `alg` to check it with".into())
        }
        HeaderAlg::Other(alg) => {
            return Signature::Unchecked(format!("jwtmint cannot check alg `{alg}`"))
        }
    };
    let Some(key) = key else {
        return Signature::Unchecked(if alg.is_hmac() {
            format!("no key given; {alg} is checked with --secret-file PATH or {ENV_SECRET}")
        } else {
            format!(
                "no key given; {alg} is checked with --key PATH (the public key, a certificate \
                 or the private key)"
            )
        });
    };
    if let Some(why) = mismatch(alg, &key.material) {
        return Signature::Invalid(why);
    }
    if decoded.signature.is_empty() {
        return Signature::Invalid("the token has no signature (its third part is empty)".into());
    }
    let decoding = match &key.material {
        Material::Secret(secret) => DecodingKey::from_secret(secret),
        Material::Public(public) => match public.kind {
            PublicKind::Rsa => DecodingKey::from_rsa_der(&public.der),
            PublicKind::EcP256 | PublicKind::EcP384 => DecodingKey::from_ec_der(&public.der),
            PublicKind::Ed25519 => DecodingKey::from_ed_der(&public.der),
        },
    };
    let algorithm = match jwt_algorithm(alg) {
        Some(algorithm) => algorithm,
        None => return Signature::Unchecked(format!("jwtmint cannot check alg `{alg}`")),
    };
    match crypto::verify(
        &decoded.signature,
        decoded.signing_input.as_bytes(),
        &decoding,
        algorithm,
    ) {
        Ok(true) => Signature::Valid(format!("{alg}, checked with {}", key.source)),
        Ok(false) => Signature::Invalid(format!(
            "the {alg} signature does not match {}: the token was changed, or signed with \
             another key",
            key.source
        )),
        Err(e) => Signature::Invalid(format!("the signature cannot be checked: {e}")),
    }
}

fn jwt_algorithm(alg: Alg) -> Option<Algorithm> {
    alg.name().parse().ok()
}

// ---------------------------------------------------------------------------------------------
// Times

/// `90` → `1m30s`, `7322` → `2h2m`, `7205` → `2h`: the largest unit and the next one, enough
/// to read at a glance.
fn short_duration(secs: i64) -> String {
    const UNITS: [(&str, u64); 4] = [("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)];
    let rest = secs.unsigned_abs();
    let Some(first) = UNITS.iter().position(|(_, size)| rest >= *size) else {
        return "0s".into();
    };
    let (unit, size) = UNITS[first];
    let mut out = format!("{}{unit}", rest / size);
    if let Some((next, next_size)) = UNITS.get(first + 1) {
        let count = rest % size / next_size;
        if count > 0 {
            out.push_str(&format!("{count}{next}"));
        }
    }
    out
}

/// A time claim as a line of the report, e.g.
/// `exp 2026-11-24T10:00:00Z (expires in 9m58s)` or `exp 2026-11-24T08:00:00Z (EXPIRED 2h ago)`.
pub fn describe_time(claim: &str, value: &Value, now: i64) -> String {
    let Some(t) = value.as_f64() else {
        return format!("{claim} {value} (not a number of seconds)");
    };
    if t.abs() >= MILLISECONDS {
        return format!("{claim} {value} (not a time in seconds: milliseconds?)");
    }
    let t = t.floor() as i64;
    let delta = t - now;
    let ago = short_duration(delta);
    let relative = match claim {
        "exp" if delta > 0 => format!("expires in {ago}"),
        "exp" => format!("EXPIRED {ago} ago"),
        "nbf" if delta > 0 => format!("NOT VALID YET: starts in {ago}"),
        "nbf" => format!("valid since {ago} ago"),
        _ if delta > 0 => format!("{ago} in the future"),
        _ => format!("issued {ago} ago"),
    };
    format!("{claim} {} ({relative})", rfc3339(t))
}

// ---------------------------------------------------------------------------------------------
// Checks

/// The checks every token gets: its `alg`, and its time claims against `now`.
fn generic_problems(decoded: &Decoded, now: i64) -> Vec<String> {
    let mut out = Vec::new();
    match header_alg(&decoded.header) {
        HeaderAlg::Known(_) => {}
        HeaderAlg::Unsigned => out.push(
            "alg is `none`: the token is unsigned, and a verifier that accepts it accepts \
             anything anyone writes"
                .into(),
        ),
        HeaderAlg::Missing => out.push("the header has no `alg`: no verifier can check it".into()),
        HeaderAlg::Other(alg) => {
            if let Ok(known) = alg.parse::<Alg>() {
                out.push(format!(
                    "alg `{alg}` is not an algorithm name: names are case-sensitive, write {known}"
                ));
            } else if decoded.header.get("alg").is_some_and(|v| !v.is_string()) {
                out.push(format!("alg must be a string, found {alg}"));
            }
            // Other names (ES512, RS1…) may be real: the signature is reported unchecked.
        }
    }
    for claim in ["iat", "nbf", "exp"] {
        let Some(value) = decoded.payload.get(claim) else {
            continue;
        };
        let Some(t) = value.as_f64() else {
            out.push(format!(
                "`{claim}` must be a number of seconds since 1970, found {value}"
            ));
            continue;
        };
        if t.abs() >= MILLISECONDS {
            out.push(format!(
                "`{claim}` is {value}: that looks like milliseconds, but JWT times are seconds"
            ));
            continue;
        }
        let t = t.floor() as i64;
        match claim {
            "exp" if t <= now => out.push(format!(
                "expired {} ago (exp {})",
                short_duration(now - t),
                rfc3339(t)
            )),
            "nbf" if t > now => out.push(format!(
                "not valid yet: nbf is {}, {} from now",
                rfc3339(t),
                short_duration(t - now)
            )),
            "iat" if t > now + IAT_LEEWAY => out.push(format!(
                "`iat` is {} in the future ({}): the clock of the machine that minted it is \
                 ahead, or iat is wrong",
                short_duration(t - now),
                rfc3339(t)
            )),
            _ => {}
        }
    }
    out
}

/// The outcome of an inspection.
#[derive(Debug, Clone)]
pub struct Report {
    pub header: Map<String, Value>,
    pub payload: Map<String, Value>,
    pub signature: Signature,
    /// The service checked against, and whether it was guessed from the claims.
    pub provider: Option<(&'static str, bool)>,
    /// `iat`, `nbf`, `exp` as report lines.
    pub times: Vec<String>,
    /// What fails the check (exit 1), besides the signature.
    pub problems: Vec<String>,
    /// What the user should know but does not fail the check (a claim granting admin rights…).
    pub warnings: Vec<String>,
    /// `--require-valid`: an unchecked signature fails the check.
    pub require_valid: bool,
}

/// Checks a decoded token: signature (with `key`, if any), times, and the rules of the service
/// (`provider`, or else guessed from the claims).
fn inspect(
    decoded: &Decoded,
    provider: Option<&'static Service>,
    key: Option<&VerifyKey>,
    require_valid: bool,
    now: i64,
) -> Report {
    let signature = check_signature(decoded, key);
    let mut problems = generic_problems(decoded, now);

    let provider = match provider {
        Some(service) => Some((service, false)),
        None => providers::guess(&decoded.header, &decoded.payload).map(|service| (service, true)),
    };
    let mut warnings = Vec::new();
    if let Some((service, _)) = provider {
        for found in service.problems(&decoded.header, &decoded.payload) {
            match found.strip_prefix(WARNING) {
                Some(warning) => warnings.push(warning.to_string()),
                None => problems.push(found),
            }
        }
    }

    let mut times: Vec<String> = ["iat", "nbf", "exp"]
        .iter()
        .filter_map(|claim| {
            let value = decoded.payload.get(*claim)?;
            Some(describe_time(claim, value, now))
        })
        .collect();
    if !decoded.payload.contains_key("exp") {
        times.push("exp none (the token never expires)".into());
    }

    Report {
        header: decoded.header.clone(),
        payload: decoded.payload.clone(),
        signature,
        provider: provider.map(|(service, guessed)| (service.name, guessed)),
        times,
        problems,
        warnings,
        require_valid,
    }
}

/// What `run` reports for `text` (as pasted), checked against `provider` (a registered
/// service's name) and, for HMAC tokens, `secret`, without reading files or printing. The
/// entry point of the `inspect_token` fuzz target.
pub fn report_for(
    text: &str,
    provider: Option<&str>,
    secret: Option<&[u8]>,
    now: i64,
) -> Result<Report> {
    let provider = provider.map(provider_by_name).transpose()?;
    let decoded = decode(&extract_token(text)?)?;
    let key = secret.map(|secret| VerifyKey {
        material: Material::Secret(Zeroizing::new(secret.to_vec())),
        source: "the given secret".into(),
    });
    Ok(inspect(&decoded, provider, key.as_ref(), false, now))
}

impl Report {
    /// Every check passed.
    pub fn passed(&self) -> bool {
        self.all_problems().is_empty()
    }

    /// Why the signature fails the check, if it does.
    fn signature_problem(&self) -> Option<String> {
        match &self.signature {
            Signature::Valid(_) => None,
            Signature::Invalid(why) => Some(format!("signature invalid: {why}")),
            Signature::Unchecked(why) => self
                .require_valid
                .then(|| format!("signature NOT checked, and --require-valid was given: {why}")),
        }
    }

    /// Every problem, the signature's first.
    pub fn all_problems(&self) -> Vec<String> {
        let mut all: Vec<String> = self.signature_problem().into_iter().collect();
        all.extend(self.problems.iter().cloned());
        all
    }

    /// For stdout: the header and the payload, as pretty JSON.
    pub fn decoded_text(&self) -> String {
        format!(
            "{}\n{}",
            output::pretty_claims(&self.header),
            output::pretty_claims(&self.payload)
        )
    }

    /// For stderr: times, signature, which service, and the problems.
    pub fn verdict_text(&self) -> String {
        let mut out = String::from("\n");
        for line in &self.times {
            out.push_str(line);
            out.push('\n');
        }
        out.push_str(&match &self.signature {
            Signature::Valid(how) => format!("signature valid ({how})\n"),
            Signature::Invalid(why) => format!("signature INVALID: {why}\n"),
            Signature::Unchecked(why) => format!("signature NOT checked: {why}\n"),
        });
        out.push_str(&match self.provider {
            Some((name, true)) => {
                format!("checked as {name} (guessed from the claims; use --provider to choose)\n")
            }
            Some((name, false)) => format!("checked as {name}\n"),
            None => "no service recognised from the claims: generic checks only (use --provider \
                     to choose one)\n"
                .into(),
        });
        for (title, list) in [("warning", &self.warnings), ("problem", &self.problems)] {
            for item in list {
                out.push_str(&format!("{title}: {item}\n"));
            }
        }
        if self.require_valid && matches!(self.signature, Signature::Unchecked(_)) {
            out.push_str("problem: --require-valid was given, and the signature was not checked\n");
        }
        out.push_str(&match self.all_problems().len() {
            0 => "OK: no problems found\n".to_string(),
            1 => "FAILED: 1 problem\n".to_string(),
            n => format!("FAILED: {n} problems\n"),
        });
        out
    }

    /// For `--format json`: the whole report as one JSON object.
    pub fn json(&self) -> String {
        let mut report = json!({
            "header": self.header,
            "payload": self.payload,
            "signature": self.signature.status(),
            "problems": self.all_problems(),
            "warnings": self.warnings,
        });
        if let Some((name, guessed)) = self.provider {
            report["provider"] = name.into();
            report["provider_guessed"] = guessed.into();
        }
        serde_json::to_string_pretty(&report).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sign::{KeyMaterial, Signer};

    const NOW: i64 = 1_795_514_400; // 2026-11-24T10:00:00Z
    const SECRET: &[u8] = b"0123456789abcdef0123456789abcdef";
    // A token anyone can decode: {"alg":"HS256","typ":"JWT"}.{"sub":"joe"}.signature
    const T: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2UifQ.c2ln";

    fn object(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    fn private_key(pem: &[u8]) -> crate::keys::PrivateKey {
        crate::keys::parse_private_key(pem, &mut || bail!("no passphrase here")).unwrap()
    }

    fn sign(alg: Alg, key: KeyMaterial, payload: Value) -> String {
        let header = object(json!({"typ": "JWT"}));
        Signer::new(alg, key)
            .unwrap()
            .sign(&header, &object(payload))
            .unwrap()
    }

    fn hs256(payload: Value) -> String {
        sign(
            Alg::HS256,
            KeyMaterial::Secret(Zeroizing::new(SECRET.to_vec())),
            payload,
        )
    }

    fn secret_key(secret: &[u8]) -> VerifyKey {
        VerifyKey {
            material: Material::Secret(Zeroizing::new(secret.to_vec())),
            source: "the test secret".into(),
        }
    }

    fn public_key(bytes: &[u8]) -> VerifyKey {
        let passphrase = Path::new("tests/fixtures/keys/passphrase.txt");
        let (key, what) =
            parse_public_key(bytes, "fixture", Some(passphrase), &Environment::default()).unwrap();
        VerifyKey {
            material: Material::Public(key),
            source: what.into(),
        }
    }

    fn check(token: &str, key: Option<&VerifyKey>) -> Signature {
        check_signature(&decode(token).unwrap(), key)
    }

    fn report(token: &str, provider: Option<&str>, key: Option<&VerifyKey>) -> Report {
        let provider = provider.map(|name| provider_by_name(name).unwrap());
        inspect(&decode(token).unwrap(), provider, key, false, NOW)
    }

    const RSA_PRIVATE: &[u8] = include_bytes!("../tests/fixtures/keys/rsa2048-pkcs8.pem");
    const RSA_PUBLIC: &[u8] = include_bytes!("../tests/fixtures/keys/rsa2048.pub.pem");

    fn rs(alg: Alg) -> String {
        sign(
            alg,
            KeyMaterial::Private(private_key(RSA_PRIVATE)),
            json!({"userId": "joe"}),
        )
    }

    // ---- extraction

    #[test]
    fn extracts_the_token_from_what_people_paste() {
        let forms = [
            T.to_string(),
            format!("  \n{T}\r\n\n"),
            format!("Authorization: Bearer {T}"),
            format!("authorization:   bearer {T}\n"),
            format!("Authorization: JWT {T}"),
            format!("JWT {T}"),
            format!("Bearer {T}"),
            format!("x-jwt-token: {T}"),
            format!("X-JWT-Token:{T}"),
            format!("https://docs.example.com/?jwt={T}"),
            format!("https://docs.example.com/guide?lang=en&jwt={T}#intro"),
            format!("https://forms.example.com/api?x-jwt-token={T}"),
            format!("https://shop.example.com/help?x=1&tiledesk_jwt=JWT%20{T}"),
            format!("https://shop.example.com/help?tiledesk_jwt=JWT+{T}"),
            format!("https://app.example.com/cb#id_token={T}&state=1"),
            format!("JWT%20{T}"),
            format!(r#"{{"token":"{T}"}}"#),
            format!("{{\n  \"token\": \"{T}\"\n}}\n"),
            format!(r#"{{"token":"Bearer {T}"}}"#),
            format!("\"{T}\""),
            format!("'Authorization: JWT {T}'"),
            format!("Host: api.example.com\nAuthorization: Bearer {T}\nAccept: */*"),
        ];
        for form in forms {
            assert_eq!(extract_token(&form).unwrap(), T, "from {form:?}");
        }
    }

    #[test]
    fn extraction_errors_say_what_is_wrong() {
        let err = |input: &str| extract_token(input).unwrap_err().to_string();
        assert!(err("").contains("empty"));
        assert!(err(" \n ").contains("empty"));
        assert!(err("abc").contains("three parts") && err("abc").contains("has 1"));
        assert!(err("a.b").contains("has 2"));
        assert!(err("a.b.c.d.e").contains("JWE"));
        assert!(err("Basic dXNlcjpwYXNz").contains("spaces"));
        assert!(err("https://example.com/?code=1").contains("carries no token"));
        assert!(err(r#"{"access":"x"}"#).contains("no token"));
        assert!(err("{not json").contains("not JSON"));
    }

    // ---- decoding

    #[test]
    fn decodes_header_and_payload() {
        let decoded = decode(T).unwrap();
        assert_eq!(
            decoded.header,
            object(json!({"alg": "HS256", "typ": "JWT"}))
        );
        assert_eq!(decoded.payload, object(json!({"sub": "joe"})));
    }

    #[test]
    fn decoding_errors_name_the_part() {
        let b64 = |text: &str| URL_SAFE_NO_PAD.encode(text);
        let header = b64(r#"{"alg":"HS256"}"#);
        let err = |token: String| decode(&token).unwrap_err().to_string();

        assert!(err(format!("{}.{}.s", "%%%", b64("{}")))
            .contains("header (part 1) is not valid base64url"));
        assert!(err(format!("{header}.e30=.s"))
            .contains("payload (part 2) is not base64url: it has `+`, `/` or `=`"));
        assert!(err(format!("{}.{}.s", b64("not json"), b64("{}")))
            .contains("header (part 1) is base64url but not JSON"));
        assert!(err(format!("{header}.{}.s", b64("[1]")))
            .contains("payload (part 2) is JSON but an array, not an object"));
        assert!(err(format!("{header}..s")).contains("payload (part 2) is empty"));
        assert!(err(format!(".{}.s", b64("{}"))).contains("header (part 1) is empty"));
    }

    // ---- times

    #[test]
    fn durations_read_at_a_glance() {
        assert_eq!(short_duration(0), "0s");
        assert_eq!(short_duration(42), "42s");
        assert_eq!(short_duration(598), "9m58s");
        assert_eq!(short_duration(7200), "2h");
        assert_eq!(short_duration(7205), "2h");
        assert_eq!(short_duration(7322), "2h2m");
        assert_eq!(short_duration(-90_000), "1d1h");
    }

    #[test]
    fn times_are_described() {
        assert_eq!(
            describe_time("exp", &json!(NOW + 598), NOW),
            "exp 2026-11-24T10:09:58Z (expires in 9m58s)"
        );
        assert_eq!(
            describe_time("exp", &json!(NOW - 7200), NOW),
            "exp 2026-11-24T08:00:00Z (EXPIRED 2h ago)"
        );
        assert_eq!(
            describe_time("exp", &json!(NOW), NOW),
            "exp 2026-11-24T10:00:00Z (EXPIRED 0s ago)"
        );
        assert_eq!(
            describe_time("iat", &json!(NOW - 600), NOW),
            "iat 2026-11-24T09:50:00Z (issued 10m ago)"
        );
        assert_eq!(
            describe_time("iat", &json!(NOW + 3600), NOW),
            "iat 2026-11-24T11:00:00Z (1h in the future)"
        );
        assert_eq!(
            describe_time("nbf", &json!(NOW + 300), NOW),
            "nbf 2026-11-24T10:05:00Z (NOT VALID YET: starts in 5m)"
        );
        assert_eq!(
            describe_time("nbf", &json!(NOW as f64 - 300.5), NOW),
            "nbf 2026-11-24T09:54:59Z (valid since 5m1s ago)"
        );
        assert_eq!(
            describe_time("exp", &json!("tomorrow"), NOW),
            "exp \"tomorrow\" (not a number of seconds)"
        );
        assert!(describe_time("exp", &json!(1_795_514_400_000_i64), NOW).contains("milliseconds"));
    }

    #[test]
    fn generic_time_and_alg_problems() {
        let problems = |payload: Value| report(&hs256(payload), None, None).problems;
        assert!(problems(json!({"exp": NOW + 60, "iat": NOW + 60, "nbf": NOW})).is_empty());
        assert_eq!(
            problems(json!({"exp": NOW - 7200})),
            ["expired 2h ago (exp 2026-11-24T08:00:00Z)"]
        );
        assert_eq!(problems(json!({"exp": NOW})).len(), 1);
        assert!(problems(json!({"nbf": NOW + 300}))[0].starts_with("not valid yet"));
        assert!(problems(json!({"iat": NOW + 61}))[0].starts_with("`iat` is 1m1s in the future"));
        assert!(problems(json!({"exp": "2026-12-01"}))[0].contains("must be a number of seconds"));
        assert!(problems(json!({"iat": true}))[0].contains("found true"));
        assert!(problems(json!({"exp": 1_795_514_400_000_i64}))[0].contains("milliseconds"));

        let b64 = |v: Value| URL_SAFE_NO_PAD.encode(v.to_string());
        let with_header = |h: Value| format!("{}.{}.c2ln", b64(h), b64(json!({})));
        let found = report(&with_header(json!({"alg": "none"})), None, None);
        assert!(found
            .problems
            .iter()
            .any(|p| p.contains("alg is `none`: the token is unsigned")));
        assert_eq!(found.signature.status(), "invalid");
        let found = report(&with_header(json!({"alg": "hs256"})), None, None);
        assert!(found.problems[0].contains("case-sensitive, write HS256"));
        let found = report(&with_header(json!({"typ": "JWT"})), None, None);
        assert!(found.problems[0].contains("no `alg`"));
        let found = report(&with_header(json!({"alg": 256})), None, None);
        assert!(found.problems[0].contains("must be a string"));
        // A real algorithm jwtmint cannot check is not a problem by itself.
        let found = report(&with_header(json!({"alg": "ES512"})), None, None);
        assert!(found.problems.is_empty());
        assert_eq!(
            found.signature,
            Signature::Unchecked("jwtmint cannot check alg `ES512`".into())
        );
    }

    // ---- signatures

    #[test]
    fn hs256_with_the_secret() {
        let token = hs256(json!({"sub": "joe"}));
        assert!(
            matches!(check(&token, Some(&secret_key(SECRET))), Signature::Valid(how) if how == "HS256, checked with the test secret")
        );
        let Signature::Invalid(why) = check(&token, Some(&secret_key(b"another secret"))) else {
            panic!("a wrong secret must not verify");
        };
        assert!(why.contains("does not match"));
        let Signature::Unchecked(why) = check(&token, None) else {
            panic!("no key: unchecked");
        };
        assert!(why.contains("--secret-file"));
    }

    #[test]
    fn tampered_payload_is_invalid() {
        let token = hs256(json!({"sub": "joe", "role": "reader"}));
        let parts: Vec<_> = token.split('.').collect();
        let forged = URL_SAFE_NO_PAD.encode(r#"{"sub":"joe","role":"admin"}"#);
        let tampered = format!("{}.{forged}.{}", parts[0], parts[2]);
        assert!(matches!(
            check(&tampered, Some(&secret_key(SECRET))),
            Signature::Invalid(_)
        ));
        let stripped = format!("{}.{}.", parts[0], parts[1]);
        assert_eq!(
            check(&stripped, Some(&secret_key(SECRET))),
            Signature::Invalid("the token has no signature (its third part is empty)".into())
        );
    }

    #[test]
    fn rs256_with_public_key_certificate_pkcs1_and_private_key() {
        let token = rs(Alg::RS256);
        for (bytes, what) in [
            (RSA_PUBLIC, "the public key"),
            (
                include_bytes!("../tests/fixtures/keys/rsa2048.cert.pem").as_slice(),
                "the certificate",
            ),
            (
                include_bytes!("../tests/fixtures/keys/rsa2048.pkcs1pub.pem").as_slice(),
                "the public key",
            ),
            (RSA_PRIVATE, "the public half of the private key"),
            (
                include_bytes!("../tests/fixtures/keys/rsa2048-pkcs1.pem").as_slice(),
                "the public half of the private key",
            ),
        ] {
            let key = public_key(bytes);
            assert_eq!(key.source, what);
            assert_eq!(
                check(&token, Some(&key)),
                Signature::Valid(format!("RS256, checked with {what}"))
            );
        }
        // DER forms too.
        let der = pem::parse(RSA_PUBLIC).unwrap().contents().to_vec();
        assert!(matches!(
            check(&token, Some(&public_key(&der))),
            Signature::Valid(_)
        ));
        let cert = include_bytes!("../tests/fixtures/keys/rsa2048.cert.pem");
        let der = pem::parse(cert).unwrap().contents().to_vec();
        assert!(matches!(
            check(&token, Some(&public_key(&der))),
            Signature::Valid(_)
        ));
        // Another RSA key does not verify.
        let other = public_key(include_bytes!("../tests/fixtures/keys/rsa4096.pub.pem"));
        assert!(matches!(check(&token, Some(&other)), Signature::Invalid(_)));
    }

    #[test]
    fn every_rsa_algorithm_verifies() {
        let key = public_key(RSA_PUBLIC);
        for alg in [Alg::RS384, Alg::RS512, Alg::PS256, Alg::PS384, Alg::PS512] {
            assert!(
                matches!(check(&rs(alg), Some(&key)), Signature::Valid(_)),
                "{alg}"
            );
        }
    }

    #[test]
    fn hs256_token_with_an_rsa_public_key_is_alg_confusion() {
        // The attack: an HS256 token whose "secret" is the server's public key file.
        let forged = sign(
            Alg::HS256,
            KeyMaterial::Secret(Zeroizing::new(RSA_PUBLIC.to_vec())),
            json!({"sub": "admin"}),
        );
        let Signature::Invalid(why) = check(&forged, Some(&public_key(RSA_PUBLIC))) else {
            panic!("alg confusion must be invalid");
        };
        assert!(
            why.starts_with("the token says HS256 but the key is RSA"),
            "{why}"
        );
        assert!(why.contains("algorithm-confusion"));
        let found = report(&forged, None, Some(&public_key(RSA_PUBLIC)));
        assert_eq!(found.signature.status(), "invalid");
        assert!(found.all_problems()[0].starts_with("signature invalid: the token says HS256"));
        let text = found.verdict_text();
        assert_eq!(text.matches("the token says HS256").count(), 1, "{text}");
        assert!(text.contains("signature INVALID: the token says HS256 but the key is RSA"));
        assert!(text.ends_with("FAILED: 1 problem\n"));

        let Signature::Invalid(why) = check(&rs(Alg::RS256), Some(&secret_key(SECRET))) else {
            panic!("an RS256 token with a secret must be invalid");
        };
        assert_eq!(why, "the token says RS256 but the key is an HMAC secret");
    }

    #[test]
    fn ec_and_eddsa_with_their_public_keys() {
        let p256 = private_key(include_bytes!("../tests/fixtures/keys/ec-p256-pkcs8.pem"));
        let token = sign(
            Alg::ES256,
            KeyMaterial::Private(p256),
            json!({"sub": "joe"}),
        );
        let key = public_key(include_bytes!("../tests/fixtures/keys/ec-p256.pub.pem"));
        assert!(matches!(check(&token, Some(&key)), Signature::Valid(_)));
        // The encrypted private key (legacy PEM), opened with passphrase.txt.
        let encrypted = public_key(include_bytes!(
            "../tests/fixtures/keys/ec-p256-legacy-aes256.pem"
        ));
        assert!(matches!(
            check(&token, Some(&encrypted)),
            Signature::Valid(_)
        ));
        let p384 = public_key(include_bytes!("../tests/fixtures/keys/ec-p384.pub.pem"));
        assert_eq!(
            check(&token, Some(&p384)),
            Signature::Invalid("the token says ES256 but the key is EC P-384".into())
        );

        let p384_private = private_key(include_bytes!("../tests/fixtures/keys/ec-p384-pkcs8.pem"));
        let token = sign(Alg::ES384, KeyMaterial::Private(p384_private), json!({}));
        assert!(matches!(check(&token, Some(&p384)), Signature::Valid(_)));

        let ed = private_key(include_bytes!("../tests/fixtures/keys/ed25519-pkcs8.pem"));
        let token = sign(Alg::EdDSA, KeyMaterial::Private(ed), json!({"sub": "joe"}));
        let key = public_key(include_bytes!("../tests/fixtures/keys/ed25519.pub.pem"));
        assert!(matches!(check(&token, Some(&key)), Signature::Valid(_)));
        assert_eq!(
            check(&token, Some(&public_key(RSA_PUBLIC))),
            Signature::Invalid("the token says EdDSA but the key is RSA".into())
        );
    }

    #[test]
    fn unusable_keys_are_errors() {
        let parse = |bytes: &[u8]| {
            let err = parse_public_key(bytes, "k.pem", None, &Environment::default())
                .err()
                .unwrap();
            format!("{err:#}")
        };
        assert!(parse(b"hello").contains("not a PEM or DER key"));
        assert!(
            parse(b"-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n")
                .contains("unsupported PEM block `X509 CRL`")
        );
        let p521 = include_bytes!("../tests/fixtures/keys/ec-p521-pkcs8.pem");
        assert!(parse(p521).contains("key k.pem"));
        let small = include_bytes!("../tests/fixtures/keys/rsa1024-pkcs1.pem");
        assert!(
            parse(small).contains("at least 2048 bits"),
            "{}",
            parse(small)
        );
        // A 1024-bit PKCS#1 public key, in DER.
        let mut der = vec![0x30, 0x81, 0x89, 0x02, 0x81, 0x81, 0x00, 0xc0];
        der.extend([0x11; 127]);
        der.extend([0x02, 0x03, 0x01, 0x00, 0x01]);
        assert_eq!(rsa_modulus_bits(&der).unwrap(), 1024);
        assert_eq!(
            parse(&der),
            "key k.pem: the RSA key has 1024 bits: jwtmint checks RSA signatures of 2048 to 8192 bits"
        );
    }

    // ---- services

    #[test]
    fn guesses_the_service_from_the_claims() {
        let guess = |alg: &str, payload: Value| {
            providers::guess(&object(json!({ "alg": alg })), &object(payload)).map(|s| s.name)
        };
        assert_eq!(
            guess("HS256", json!({"external": true, "project": {"_id": "x"}})),
            Some("formio")
        );
        assert_eq!(
            guess("HS256", json!({"sub": "userexternal"})),
            Some("tiledesk")
        );
        assert_eq!(
            guess(
                "HS256",
                json!({"_id": "u1", "aud": "https://tiledesk.com/projects/p1"})
            ),
            Some("tiledesk")
        );
        assert_eq!(
            guess(
                "HS256",
                json!({"id": "u1", "subject": "userexternal", "audience": "x"})
            ),
            Some("tiledesk")
        );
        assert_eq!(
            guess("HS256", json!({"version": 1, "exp": 1})),
            Some("developerhub")
        );
        assert_eq!(
            guess("HS512", json!({"version": 1, "vars": {}})),
            Some("developerhub")
        );
        assert_eq!(guess("RS256", json!({"version": 1, "exp": 1})), None);
        assert_eq!(guess("RS256", json!({"userId": "joe"})), Some("realm"));
        assert_eq!(
            guess(
                "RS256",
                json!({"sub": "joe", "https://claims.tiny.cloud/drive/root": "/j"})
            ),
            Some("tinymce")
        );
        assert_eq!(
            guess("RS256", json!({"auth": {"ai": {"permissions": []}}})),
            Some("tinymce")
        );
        assert_eq!(guess("HS256", json!({"sub": "joe", "exp": 1})), None);
    }

    #[test]
    fn the_tiledesk_vendor_sample_is_explained() {
        let token = hs256(json!({
            "id": "u1", "firstname": "Ann",
            "subject": "userexternal",
            "audience": "https://tiledesk.com/projects/5f8e1a2b3c4d5e6f7a8b9c0d",
            "iat": NOW - 60, "exp": NOW + 3600
        }));
        let found = report(&token, None, Some(&secret_key(SECRET)));
        assert_eq!(found.provider, Some(("tiledesk", true)));
        assert_eq!(found.signature.status(), "valid");
        assert!(!found.passed());
        for expected in [
            "`id` should be `_id`",
            "`aud` missing:",
            "`sub` must be `userexternal`",
        ] {
            assert!(
                found.problems.iter().any(|p| p.starts_with(expected)),
                "{expected} in {:?}",
                found.problems
            );
        }
        let text = found.verdict_text();
        assert!(text
            .contains("checked as tiledesk (guessed from the claims; use --provider to choose)"));
        assert!(text.contains("problem: `id` should be `_id`"));
        assert!(text.ends_with("FAILED: 5 problems\n"), "{text}");
    }

    #[test]
    fn provider_by_flag_warnings_and_passing() {
        // A Form.io admin token: a warning, not a failure.
        let token = hs256(json!({
            "external": true,
            "form": {"_id": "5c81a2e7f1d3b40012345602"},
            "project": {"_id": "5c81a2e7f1d3b40012345601"},
            "user": {"_id": "external", "data": {"id": "3f2b9c1e-7a4d-4b8e"}, "roles": ["5c81a2e7f1d3b40012345603"]},
            "isAdmin": true,
            "iat": NOW, "exp": NOW + 3600
        }));
        let found = report(&token, Some("formio"), Some(&secret_key(SECRET)));
        assert_eq!(found.provider, Some(("formio", false)));
        assert!(found.passed(), "{:?}", found.problems);
        assert_eq!(found.warnings.len(), 1);
        assert!(found.warnings[0].starts_with("`isAdmin` is true"));
        let text = found.verdict_text();
        assert!(text.contains("checked as formio\n"));
        assert!(text.contains("exp 2026-11-24T11:00:00Z (expires in 1h)"));
        assert!(text.contains("signature valid (HS256, checked with the test secret)"));
        assert!(text.ends_with("OK: no problems found\n"));

        // The same token checked as another service.
        let found = report(&token, Some("REALM"), None);
        assert_eq!(found.provider, Some(("realm", false)));
        assert!(found
            .problems
            .iter()
            .any(|p| p.starts_with("Realm accepts only RS256")));

        let err = provider_by_name("github").unwrap_err();
        assert!(err.is::<UsageError>());
        // Services added later extend the list.
        assert!(err.to_string().starts_with(
            "unknown provider `github`: one of formio, realm, developerhub, tinymce, tiledesk"
        ));
    }

    #[test]
    fn require_valid_fails_an_unchecked_signature() {
        let decoded = decode(&hs256(json!({"sub": "joe"}))).unwrap();
        let relaxed = inspect(&decoded, None, None, false, NOW);
        assert!(relaxed.passed());
        assert!(relaxed
            .verdict_text()
            .contains("signature NOT checked: no key given"));
        assert!(relaxed
            .verdict_text()
            .contains("exp none (the token never expires)"));
        let strict = inspect(&decoded, None, None, true, NOW);
        assert!(!strict.passed());
        assert!(strict.all_problems()[0].starts_with("signature NOT checked, and --require-valid"));
        assert!(strict.verdict_text().ends_with(
            "problem: --require-valid was given, and the signature was not checked\nFAILED: 1 problem\n"
        ));
        let checked = inspect(&decoded, None, Some(&secret_key(SECRET)), true, NOW);
        assert!(checked.passed());
    }

    #[test]
    fn json_report() {
        let token = hs256(json!({"sub": "userexternal", "_id": "u1", "aud": "nope"}));
        let found = report(&token, None, None);
        let json: Value = serde_json::from_str(&found.json()).unwrap();
        assert_eq!(json["header"], json!({"alg": "HS256", "typ": "JWT"}));
        assert_eq!(json["payload"]["_id"], "u1");
        assert_eq!(json["signature"], "unchecked");
        assert_eq!(json["provider"], "tiledesk");
        assert_eq!(json["provider_guessed"], true);
        assert_eq!(json["warnings"], json!([]));
        assert!(json["problems"][0]
            .as_str()
            .unwrap()
            .contains("crashes the Tiledesk server"));

        let plain: Value = serde_json::from_str(&report(T, None, None).json()).unwrap();
        assert!(plain.get("provider").is_none() && plain.get("provider_guessed").is_none());
    }

    #[test]
    fn run_reads_the_key_files() {
        let token = hs256(json!({"sub": "joe", "exp": NOW + 60}));
        let options = |secret: &str| InspectOptions {
            token_input: Some(format!("Authorization: Bearer {token}")),
            keys: KeySources {
                secret_file: Some(secret.into()),
                ..Default::default()
            },
            require_valid: true,
            json: true,
            now: NOW,
            ..Default::default()
        };
        // hmac-secret-64.txt is another secret: a failed check, not an error.
        assert!(!run(&options("tests/fixtures/keys/hmac-secret-64.txt")).unwrap());
        assert!(run(&options("tests/fixtures/keys/no-such-file"))
            .unwrap_err()
            .to_string()
            .contains("no-such-file"));
        let both = InspectOptions {
            keys: KeySources {
                secret_file: Some("a".into()),
                key_file: Some("b".into()),
                passphrase_file: None,
            },
            ..options("a")
        };
        assert!(run(&both).unwrap_err().is::<UsageError>());
        let unknown = InspectOptions {
            provider: Some("okta".into()),
            ..options("a")
        };
        assert!(run(&unknown).unwrap_err().is::<UsageError>());

        let rsa = InspectOptions {
            token_input: Some(rs(Alg::RS256)),
            keys: KeySources {
                key_file: Some("tests/fixtures/keys/rsa2048.cert.pem".into()),
                ..Default::default()
            },
            require_valid: true,
            json: true,
            now: NOW,
            ..Default::default()
        };
        assert!(run(&rsa).unwrap());
    }
}
