//! JSON Web Keys (RFC 7517/7518): private JWKs and JWKS in, public JWKs, JWKS and RFC 7638
//! thumbprints out.
//!
//! A private JWK is turned into the DER form aws-lc reads (PKCS#1 for RSA, SEC1 for EC) and
//! checked: aws-lc validates an RSA key's parameters, and the public members (`x`,`y`; `x`) of
//! an EC or OKP key must be the ones the private member gives. Error messages name members but
//! never quote a value: `d`, `p`, `q`, `k`… are secrets.

use anyhow::{anyhow, bail, Result};
use aws_lc_rs::signature::Ed25519KeyPair;
use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, URL_SAFE_NO_PAD};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use der::asn1::UintRef;
use der::{Decode, Encode, Reader, SliceReader};
use serde_json::{json, Map, Value};
use zeroize::Zeroizing;

use super::{public_kind, KeyKind, PrivateKey, OID_P256, OID_P384, OID_P521, OID_SECP256K1};
use crate::jws::{Alg, KeyMaterial};

/// base64url with or without `=` padding (RFC 7515 says without; some tools pad).
const B64URL: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// A key read from a JWK or a JWKS, with what the JWK said about it.
pub struct JwkKey {
    /// A private key, or the secret of a `kty: "oct"` JWK.
    pub key: KeyMaterial,
    /// The JWK's `kid`.
    pub kid: Option<String>,
    /// The JWK's `alg`, already checked to fit the key.
    pub alg: Option<Alg>,
}

/// Whether `input` is JSON (its first non-blank byte, after a UTF-8 BOM, is `{`).
pub fn looks_like_json(input: &[u8]) -> bool {
    let input = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    input.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// Reads a private JWK, or picks one from a JWKS (`{"keys": […]}`): by `kid` when given,
/// otherwise the JWKS must hold exactly one private key. `kid` does not filter a lone JWK (the
/// caller may use it to override the JWK's own `kid` in the header).
pub fn parse_jwk(input: &[u8], kid: Option<&str>) -> Result<JwkKey> {
    let input = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    // serde_json's syntax errors say where, never what: safe to show.
    // Syntax errors say where, never what; a duplicate names only the member.
    let value: Value = crate::json::parse(input).map_err(|e| {
        anyhow!(
            "damaged JWK: {} (line {}, column {})",
            strict_problem(&e),
            e.line(),
            e.column()
        )
    })?;
    let Value::Object(object) = value else {
        bail!("damaged JWK: not a JSON object");
    };
    match object.get("keys") {
        Some(Value::Array(keys)) => from_jwk(select(keys, kid)?),
        Some(_) => bail!("damaged JWKS: `keys` must be an array of JWKs"),
        None => from_jwk(&object),
    }
}

/// A key to check signatures with, from a JWK: a public key (SPKI DER, for
/// [`crate::jws::verify_with_spki`]) or the secret of an `oct` JWK.
pub enum VerifyKey {
    Spki(Vec<u8>),
    Secret(Zeroizing<Vec<u8>>),
}

/// A key from a JWK or JWKS to check a token with, and what the JWK said about it.
pub struct VerifyJwk {
    pub key: VerifyKey,
    pub kid: Option<String>,
    /// The JWK's `alg` as written (a name jwtmint does not know included): a token is checked
    /// with this key only when its header's `alg` is this.
    pub alg: Option<String>,
}

/// Reads a JWK (public or private: only its public part is used) or picks one from a JWKS to
/// check a token with: by `kid` (the token's) when given; otherwise the JWKS must hold exactly
/// one key. Errors name the kids the JWKS has.
pub fn parse_verify_jwk(input: &[u8], kid: Option<&str>) -> Result<VerifyJwk> {
    let input = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    // Syntax errors say where, never what; a duplicate names only the member.
    let value: Value = crate::json::parse(input).map_err(|e| {
        anyhow!(
            "damaged JWK: {} (line {}, column {})",
            strict_problem(&e),
            e.line(),
            e.column()
        )
    })?;
    let Value::Object(object) = value else {
        bail!("damaged JWK: not a JSON object");
    };
    let jwk = match object.get("keys") {
        Some(Value::Array(keys)) => {
            let jwks: Vec<&Map<String, Value>> = keys
                .iter()
                .enumerate()
                .map(|(i, key)| match key {
                    Value::Object(jwk) => Ok(jwk),
                    _ => Err(anyhow!("damaged JWKS: key {} is not a JSON object", i + 1)),
                })
                .collect::<Result<_>>()?;
            let kids = kid_list(&jwks);
            let found: Vec<_> = match kid {
                Some(kid) => jwks
                    .iter()
                    .filter(|jwk| jwk.get("kid").and_then(Value::as_str) == Some(kid))
                    .collect(),
                None => jwks.iter().collect(),
            };
            match (found.as_slice(), kid) {
                ([one], _) => **one,
                ([], None) => bail!("the JWKS holds no keys"),
                ([], Some(kid)) => bail!(
                    "no key in the JWKS has kid `{}`; its kids: {kids}",
                    kid.escape_debug()
                ),
                (many, Some(kid)) => bail!(
                    "{} keys in the JWKS have kid `{}`",
                    many.len(),
                    kid.escape_debug()
                ),
                (many, None) => bail!(
                    "the JWKS holds {} keys and no kid says which (kids: {kids})",
                    many.len()
                ),
            }
        }
        Some(_) => bail!("damaged JWKS: `keys` must be an array of JWKs"),
        None => &object,
    };
    let kid = text(jwk, "kid")?.map(str::to_string);
    let alg = text(jwk, "alg")?.map(str::to_string);
    check_usage(jwk, "verify")?;
    let kty = text(jwk, "kty")?.ok_or_else(|| anyhow!("the JWK has no `kty` member"))?;
    let key = match kty {
        "oct" => {
            let k = secret(jwk, "k")?;
            if k.is_empty() {
                bail!("the oct JWK's `k` (the HMAC secret) is empty");
            }
            VerifyKey::Secret(k)
        }
        _ => VerifyKey::Spki(spki_from_public_jwk(jwk)?),
    };
    Ok(VerifyJwk { key, kid, alg })
}

/// The SPKI DER of a JWK's public members (RSA `n`,`e`; EC `crv`,`x`,`y`; OKP Ed25519 `x`).
pub fn spki_from_public_jwk(jwk: &Map<String, Value>) -> Result<Vec<u8>> {
    use der::asn1::{AnyRef, BitString};
    use x509_cert::spki::{AlgorithmIdentifierOwned, SubjectPublicKeyInfoOwned};
    let kty = text(jwk, "kty")?.ok_or_else(|| anyhow!("the JWK has no `kty` member"))?;
    let (oid, parameters, key) = match kty {
        "RSA" => {
            let (n, e) = (bytes(jwk, "n")?, bytes(jwk, "e")?);
            let mut body = Vec::with_capacity(n.len() + e.len() + 16);
            super::der_uint(&n, &mut body);
            super::der_uint(&e, &mut body);
            let mut key = vec![0x30];
            super::der_len(body.len(), &mut key);
            key.extend_from_slice(&body);
            (super::OID_RSA, Some(der::Any::from(AnyRef::NULL)), key)
        }
        "EC" => {
            let crv = text(jwk, "crv")?.ok_or_else(|| anyhow!("the EC JWK has no `crv` member"))?;
            let (curve, size) = match crv {
                "P-256" => (OID_P256, 32),
                "P-384" => (OID_P384, 48),
                "P-521" => (OID_P521, 66),
                "secp256k1" => (OID_SECP256K1, 32),
                other => bail!("unsupported EC JWK crv `{}`", other.escape_debug()),
            };
            let (x, y) = (bytes(jwk, "x")?, bytes(jwk, "y")?);
            for (name, len) in [("x", x.len()), ("y", y.len())] {
                if len != size {
                    bail!("the {crv} JWK member `{name}` must be {size} bytes, it has {len}");
                }
            }
            let curve = der::Any::encode_from(&curve).map_err(|e| anyhow!("{e}"))?;
            (super::OID_EC, Some(curve), [&[0x04][..], &x, &y].concat())
        }
        "OKP" => {
            match text(jwk, "crv")? {
                Some("Ed25519") => {}
                Some(other) => bail!(
                    "unsupported OKP JWK crv `{}`; jwtmint checks Ed25519",
                    other.escape_debug()
                ),
                None => bail!("the OKP JWK has no `crv` member"),
            }
            let x = bytes(jwk, "x")?;
            if x.len() != 32 {
                bail!(
                    "the Ed25519 JWK member `x` must be 32 bytes, it has {}",
                    x.len()
                );
            }
            (super::OID_ED25519, None, x)
        }
        other => bail!(
            "unsupported JWK kty `{}`; jwtmint reads RSA, EC, OKP and oct",
            other.escape_debug()
        ),
    };
    let spki = SubjectPublicKeyInfoOwned {
        algorithm: AlgorithmIdentifierOwned { oid, parameters },
        subject_public_key: BitString::from_bytes(&key).map_err(|e| anyhow!("{e}"))?,
    };
    spki.to_der()
        .map_err(|e| anyhow!("could not encode the JWK's public key ({e})"))
}

/// Refuses a `jwk` header value (RFC 7515 §4.1.3) that is not the public key `spki_der`
/// (DER SubjectPublicKeyInfo) of the signing key, or that carries a private member.
pub fn check_jwk_header(value: &Value, spki_der: &[u8]) -> Result<()> {
    let Value::Object(jwk) = value else {
        bail!("jwk must be a JSON object (the signing key's public JWK)");
    };
    for member in ["d", "p", "q", "dp", "dq", "qi", "oth", "k"] {
        if jwk.contains_key(member) {
            bail!("jwk has the private member `{member}`: the header would publish the key");
        }
    }
    let theirs = public_jwk_from_spki(&spki_from_public_jwk(jwk)?)?;
    if theirs != public_jwk_from_spki(spki_der)? {
        bail!("jwk is another key than the signing key");
    }
    Ok(())
}

/// What is wrong with a JWK's JSON, for messages, quoting nothing from it: a duplicate name,
/// a big integer, or any syntax error as "not valid JSON".
fn strict_problem(e: &crate::json::Error) -> String {
    let message = e.message();
    if message.starts_with("duplicate member") {
        // Not named: a member's name could be a private member's value.
        "a duplicate member name (a name given twice means two things to two parsers)".into()
    } else if message.contains("beyond 64 bits") {
        message.to_string()
    } else {
        "not valid JSON".to_string()
    }
}

fn kid_list(jwks: &[&Map<String, Value>]) -> String {
    let names: Vec<String> = jwks
        .iter()
        .map(|jwk| match jwk.get("kid") {
            Some(Value::String(kid)) => format!("`{}`", kid.escape_debug()),
            _ => "(no kid)".into(),
        })
        .collect();
    names.join(", ")
}

/// The JWK of a JWKS to sign with.
fn select<'a>(keys: &'a [Value], kid: Option<&str>) -> Result<&'a Map<String, Value>> {
    let mut jwks = Vec::with_capacity(keys.len());
    for (i, key) in keys.iter().enumerate() {
        match key {
            Value::Object(jwk) => jwks.push(jwk),
            _ => bail!("damaged JWKS: key {} is not a JSON object", i + 1),
        }
    }
    if jwks.is_empty() {
        bail!("the JWKS holds no keys");
    }
    let kids = || kid_list(&jwks);
    let candidates: Vec<_> = match kid {
        Some(kid) => {
            let found: Vec<_> = jwks
                .iter()
                .filter(|jwk| jwk.get("kid").and_then(Value::as_str) == Some(kid))
                .collect();
            if found.is_empty() {
                bail!(
                    "no key in the JWKS has kid `{}`; its kids: {}",
                    kid.escape_debug(),
                    kids()
                );
            }
            found
        }
        None => jwks.iter().collect(),
    };
    let private: Vec<_> = candidates.iter().filter(|jwk| is_private(jwk)).collect();
    match (private.as_slice(), kid) {
        ([one], _) => Ok(one),
        ([], Some(kid)) => bail!(
            "the key with kid `{}` is a public key; signing needs the private key",
            kid.escape_debug()
        ),
        ([], None) => bail!(
            "the JWKS holds only public keys (kids: {}); signing needs a private key",
            kids()
        ),
        (many, Some(kid)) => bail!(
            "{} private keys in the JWKS have kid `{}`",
            many.len(),
            kid.escape_debug()
        ),
        (many, None) => bail!(
            "the JWKS holds {} private keys; pick one by its kid (kids: {})",
            many.len(),
            kids()
        ),
    }
}

/// A JWK with a private part: `d`, or `k` for `oct`.
fn is_private(jwk: &Map<String, Value>) -> bool {
    jwk.contains_key("d") || (jwk.get("kty").and_then(Value::as_str) == Some("oct"))
}

/// Refuses a JWK whose `use` (RFC 7517 §4.2) or `key_ops` (§4.3) says it is not for `op`
/// (`sign` or `verify`): `use` must be `sig` when present, and `key_ops` must list `op`.
fn check_usage(jwk: &Map<String, Value>, op: &str) -> Result<()> {
    let doing = if op == "sign" {
        "signing"
    } else {
        "checking a signature"
    };
    match text(jwk, "use")? {
        None | Some("sig") => {}
        Some("enc") => {
            bail!("the JWK is an encryption key (`use` is `enc`); {doing} needs a `sig` key")
        }
        Some(other) => bail!(
            "the JWK's `use` is `{}`, not `sig`; {doing} needs a `sig` key",
            short(other)
        ),
    }
    match jwk.get("key_ops") {
        None => Ok(()),
        Some(Value::Array(ops)) => {
            let mut names = Vec::with_capacity(ops.len());
            for item in ops {
                match item {
                    Value::String(name) => names.push(name.as_str()),
                    _ => bail!("the JWK member `key_ops` must be an array of strings"),
                }
            }
            if names.contains(&op) {
                return Ok(());
            }
            let listed: Vec<String> = names.iter().map(|n| format!("`{}`", short(n))).collect();
            bail!(
                "the JWK's key_ops [{}] do not include `{op}`: it is not for {doing}",
                listed.join(", ")
            )
        }
        Some(_) => bail!("the JWK member `key_ops` must be an array of strings"),
    }
}

/// A value from a JWK, for messages: escaped, at most 40 characters.
fn short(value: &str) -> String {
    value
        .chars()
        .take(40)
        .flat_map(char::escape_debug)
        .collect()
}

fn from_jwk(jwk: &Map<String, Value>) -> Result<JwkKey> {
    let kty = text(jwk, "kty")?.ok_or_else(|| anyhow!("the JWK has no `kty` member"))?;
    check_usage(jwk, "sign")?;
    let kid = text(jwk, "kid")?.map(str::to_string);
    let alg = match text(jwk, "alg")? {
        None => None,
        Some(name) => Some(
            Alg::ALL
                .into_iter()
                .find(|alg| alg.name() == name)
                .ok_or_else(|| {
                    anyhow!(
                        "the JWK's alg `{}` is not a JWS algorithm jwtmint signs with",
                        name.escape_debug()
                    )
                })?,
        ),
    };
    let key = match kty {
        "RSA" => KeyMaterial::Private(rsa(jwk)?),
        "EC" => KeyMaterial::Private(ec(jwk)?),
        "OKP" => KeyMaterial::Private(okp(jwk)?),
        "oct" => {
            let k = secret(jwk, "k")?;
            if k.is_empty() {
                bail!("the oct JWK's `k` (the HMAC secret) is empty");
            }
            KeyMaterial::Secret(k)
        }
        other => bail!(
            "unsupported JWK kty `{}`; jwtmint reads RSA, EC, OKP and oct",
            other.escape_debug()
        ),
    };
    if let Some(alg) = alg {
        let fits = match key.kind() {
            None => alg.is_hmac(),
            Some(kind) => alg.fits(kind),
        };
        if !fits {
            let what = match key.kind() {
                None => "an HMAC secret".to_string(),
                Some(kind) => kind.to_string(),
            };
            bail!("the JWK says alg {alg}, which does not fit its key: {what}");
        }
    }
    Ok(JwkKey { key, kid, alg })
}

/// A string member, if present.
fn text<'a>(jwk: &'a Map<String, Value>, name: &str) -> Result<Option<&'a str>> {
    match jwk.get(name) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => bail!("the JWK member `{name}` must be a string"),
    }
}

/// A base64url member that must be there; `what` says why, for the public-only message.
fn bytes(jwk: &Map<String, Value>, name: &str) -> Result<Vec<u8>> {
    let value = text(jwk, name)?.ok_or_else(|| anyhow!("the JWK has no `{name}` member"))?;
    B64URL
        .decode(value)
        .map_err(|_| anyhow!("the JWK member `{name}` is not base64url"))
}

/// A private base64url member; the message for a missing one says the JWK is public.
fn secret(jwk: &Map<String, Value>, name: &str) -> Result<Zeroizing<Vec<u8>>> {
    let value = text(jwk, name)?.ok_or_else(|| {
        if name == "k" {
            anyhow!("the oct JWK has no `k` member (the HMAC secret)")
        } else if name == "d" {
            anyhow!("this JWK is a public key (it has no `d`); signing needs the private key")
        } else {
            anyhow!("the JWK has no `{name}` member")
        }
    })?;
    let mut out = Zeroizing::new(Vec::with_capacity(value.len()));
    B64URL
        .decode_vec(value, &mut out)
        .map_err(|_| anyhow!("the JWK member `{name}` is not base64url"))?;
    Ok(out)
}

fn rsa(jwk: &Map<String, Value>) -> Result<PrivateKey> {
    if jwk.contains_key("oth") {
        bail!("multi-prime RSA JWKs (`oth`) are not supported");
    }
    let n = bytes(jwk, "n")?;
    let e = bytes(jwk, "e")?;
    let d = secret(jwk, "d")?;
    let crt = ["p", "q", "dp", "dq", "qi"];
    if crt.iter().any(|m| !jwk.contains_key(*m)) {
        bail!(
            "the RSA JWK lacks some of p, q, dp, dq, qi; jwtmint needs all of them \
             (every common JWK tool writes them)"
        );
    }
    let mut private = Vec::with_capacity(6);
    for name in ["p", "q", "dp", "dq", "qi"] {
        private.push(secret(jwk, name)?);
    }
    let parts = [
        n.as_slice(),
        &e,
        &d,
        &private[0],
        &private[1],
        &private[2],
        &private[3],
        &private[4],
    ];
    match super::rsa_from_parts(&parts) {
        Ok(key) => Ok(key),
        Err(e) if e.to_string().starts_with("damaged key") => bail!(
            "the RSA JWK's parameters do not agree (n, e, d, p, q, dp, dq, qi must be one key)"
        ),
        Err(e) => Err(e),
    }
}

fn ec(jwk: &Map<String, Value>) -> Result<PrivateKey> {
    let crv = text(jwk, "crv")?.ok_or_else(|| anyhow!("the EC JWK has no `crv` member"))?;
    let (curve, size) = match crv {
        "P-256" => (OID_P256, 32),
        "P-384" => (OID_P384, 48),
        "P-521" => (OID_P521, 66),
        "secp256k1" => (OID_SECP256K1, 32),
        other => bail!(
            "unsupported EC JWK crv `{}`; jwtmint signs with P-256, P-384, P-521 and secp256k1",
            other.escape_debug()
        ),
    };
    let x = bytes(jwk, "x")?;
    let y = bytes(jwk, "y")?;
    let d = secret(jwk, "d")?;
    for (name, len) in [("x", x.len()), ("y", y.len()), ("d", d.len())] {
        if len != size {
            bail!("the {crv} JWK member `{name}` must be {size} bytes, it has {len}");
        }
    }
    let private = super::ec_from_scalar(curve, &d)?;
    let PrivateKey::Ec(pair, _) = &private else {
        bail!("could not load the EC JWK");
    };
    use aws_lc_rs::signature::KeyPair;
    let point = pair.public_key().as_ref();
    let expected = [&[0x04][..], &x, &y].concat();
    if point != expected.as_slice() {
        bail!("the EC JWK's `d` does not match its `x` and `y`");
    }
    Ok(private)
}

fn okp(jwk: &Map<String, Value>) -> Result<PrivateKey> {
    match text(jwk, "crv")? {
        Some("Ed25519") => {}
        Some("Ed448") => bail!("Ed448 keys are not supported; EdDSA here means Ed25519"),
        Some("X25519" | "X448") => {
            bail!("X25519 and X448 keys are for key agreement and cannot sign; use Ed25519")
        }
        Some(other) => bail!("unsupported OKP JWK crv `{}`", other.escape_debug()),
        None => bail!("the OKP JWK has no `crv` member"),
    }
    let x = bytes(jwk, "x")?;
    let d = secret(jwk, "d")?;
    for (name, len) in [("x", x.len()), ("d", d.len())] {
        if len != 32 {
            bail!("the Ed25519 JWK member `{name}` must be 32 bytes, it has {len}");
        }
    }
    Ed25519KeyPair::from_seed_and_public_key(&d, &x)
        .map(PrivateKey::Ed25519)
        .map_err(|_| anyhow!("the Ed25519 JWK's `d` does not match its `x`"))
}

// ---------------------------------------------------------------------------------------------
// Public keys out

/// The public JWK (`kty` and `n`,`e` / `crv`,`x`,`y` / `crv`,`x`) of a public key given as
/// SPKI DER. Only the required members of RFC 7518 §6, so it is also the thumbprint input.
pub fn public_jwk_from_spki(spki_der: &[u8]) -> Result<Map<String, Value>> {
    use x509_cert::spki::SubjectPublicKeyInfoRef;
    let spki = SubjectPublicKeyInfoRef::from_der(spki_der)
        .map_err(|e| anyhow!("damaged public key: {e}"))?;
    let key = spki
        .subject_public_key
        .as_bytes()
        .ok_or_else(|| anyhow!("damaged public key: the key bits are not whole bytes"))?;
    let kind = public_kind(&spki)?;
    let value = match kind {
        KeyKind::Rsa { .. } => {
            let damaged = |e: der::Error| anyhow!("damaged RSA public key: {e}");
            let mut reader = SliceReader::new(key).map_err(damaged)?;
            let (n, e) = reader
                .sequence(|r| Ok((UintRef::decode(r)?, UintRef::decode(r)?)))
                .map_err(damaged)?;
            reader.finish(()).map_err(damaged)?;
            json!({
                "kty": "RSA",
                "n": URL_SAFE_NO_PAD.encode(n.as_bytes()),
                "e": URL_SAFE_NO_PAD.encode(e.as_bytes()),
            })
        }
        KeyKind::Ed25519 => json!({
            "kty": "OKP",
            "crv": "Ed25519",
            "x": URL_SAFE_NO_PAD.encode(key),
        }),
        ec => {
            let size = (key.len().saturating_sub(1)) / 2;
            if key.first() != Some(&0x04) || key.len() != 1 + 2 * size || size == 0 {
                bail!("unsupported EC public key: only the uncompressed point form is read");
            }
            json!({
                "kty": "EC",
                "crv": ec.curve_name().unwrap_or_default(),
                "x": URL_SAFE_NO_PAD.encode(&key[1..1 + size]),
                "y": URL_SAFE_NO_PAD.encode(&key[1 + size..]),
            })
        }
    };
    match value {
        Value::Object(map) => Ok(map),
        _ => unreachable!("json! of an object is an object"),
    }
}

/// The private JWK of a PKCS#8 key (RSA, EC, Ed25519), as `jwtmint keygen --format jwk` writes
/// it: the public members, then the private ones (`d`, and `p`,`q`,`dp`,`dq`,`qi` for RSA),
/// then `kid` and `alg` when given. The text is zeroized when dropped.
pub fn private_jwk_from_pkcs8(
    pkcs8_der: &[u8],
    kid: Option<&str>,
    alg: Option<Alg>,
) -> Result<Zeroizing<String>> {
    let key = super::from_pkcs8(pkcs8_der)?;
    let public = public_jwk(&key)?;
    let info = pkcs8::PrivateKeyInfo::try_from(pkcs8_der)
        .map_err(|e| anyhow!("damaged key: not a valid PKCS#8 private key ({e})"))?;
    let damaged = |_| anyhow!("damaged key: bad private key structure");
    let mut private: Vec<(&str, &[u8])> = Vec::new();
    let rsa_parts;
    let sec1_key;
    let seed;
    match key.kind() {
        KeyKind::Rsa { .. } => {
            let mut reader = SliceReader::new(info.private_key).map_err(damaged)?;
            rsa_parts = reader
                .sequence(|r| {
                    let mut parts = Vec::with_capacity(9);
                    for _ in 0..9 {
                        parts.push(UintRef::decode(r)?);
                    }
                    Ok(parts)
                })
                .map_err(damaged)?;
            for (name, part) in ["d", "p", "q", "dp", "dq", "qi"]
                .iter()
                .zip(&rsa_parts[3..])
            {
                private.push((name, part.as_bytes()));
            }
        }
        KeyKind::Ed25519 => {
            seed = der::asn1::OctetStringRef::from_der(info.private_key).map_err(damaged)?;
            private.push(("d", seed.as_bytes()));
        }
        _ => {
            sec1_key = sec1::EcPrivateKey::from_der(info.private_key).map_err(damaged)?;
            private.push(("d", sec1_key.private_key));
        }
    }
    let head = serde_json::to_string(&public)?;
    let capacity = head.len() + private.iter().map(|(_, b)| b.len() * 2 + 8).sum::<usize>() + 200;
    let mut out = Zeroizing::new(String::with_capacity(capacity));
    out.push_str(head.trim_end_matches('}'));
    for (name, bytes) in private {
        out.push_str(",\"");
        out.push_str(name);
        out.push_str("\":\"");
        URL_SAFE_NO_PAD.encode_string(bytes, &mut out);
        out.push('"');
    }
    if let Some(kid) = kid {
        out.push_str(",\"kid\":");
        out.push_str(&serde_json::to_string(kid)?);
    }
    if let Some(alg) = alg {
        out.push_str(",\"alg\":\"");
        out.push_str(alg.name());
        out.push('"');
    }
    out.push('}');
    Ok(out)
}

/// The public JWK of a private key (see [`public_jwk_from_spki`]).
pub fn public_jwk(key: &PrivateKey) -> Result<Map<String, Value>> {
    public_jwk_from_spki(&key.public_key_spki_der()?)
}

/// The RFC 7638 SHA-256 thumbprint (base64url) of a public JWK: the hash of its required
/// members, in lexicographic order, without whitespace.
pub fn jwk_thumbprint(jwk: &Map<String, Value>) -> Result<String> {
    let kty = text(jwk, "kty")?.ok_or_else(|| anyhow!("the JWK has no `kty` member"))?;
    let members: &[&str] = match kty {
        "RSA" => &["e", "kty", "n"],
        "EC" => &["crv", "kty", "x", "y"],
        "OKP" => &["crv", "kty", "x"],
        "oct" => bail!("no thumbprint for an oct JWK: it would publish a hash of the secret"),
        other => bail!("unsupported JWK kty `{}`", other.escape_debug()),
    };
    let mut canonical = Map::new();
    for member in members {
        let value =
            text(jwk, member)?.ok_or_else(|| anyhow!("the JWK has no `{member}` member"))?;
        canonical.insert((*member).into(), Value::String(value.into()));
    }
    // serde_json's Map keeps keys sorted (no preserve_order feature): the RFC's order.
    let json = serde_json::to_string(&canonical)?;
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, json.as_bytes());
    Ok(URL_SAFE_NO_PAD.encode(digest.as_ref()))
}

/// The RFC 7638 thumbprint of a private key's public key.
pub fn thumbprint(key: &PrivateKey) -> Result<String> {
    jwk_thumbprint(&public_jwk(key)?)
}

/// One entry of a published JWKS: the public JWK with `kid` = its thumbprint, `use: "sig"` and
/// `alg` (the key's natural algorithm when `alg` is `None`).
pub fn jwks_entry(key: &PrivateKey, alg: Option<Alg>) -> Result<Map<String, Value>> {
    let mut jwk = public_jwk(key)?;
    let kid = jwk_thumbprint(&jwk)?;
    let alg = alg.unwrap_or_else(|| Alg::natural_for(key.kind()));
    jwk.insert("kid".into(), kid.into());
    jwk.insert("use".into(), "sig".into());
    jwk.insert("alg".into(), alg.name().into());
    Ok(jwk)
}

/// A JWKS document, `{"keys": [...]}`, of the given keys (see [`jwks_entry`]).
pub fn jwks(keys: &[(&PrivateKey, Option<Alg>)]) -> Result<Value> {
    let entries = keys
        .iter()
        .map(|(key, alg)| jwks_entry(key, *alg).map(Value::Object))
        .collect::<Result<Vec<_>>>()?;
    Ok(json!({ "keys": entries }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::tests::{fixture, load};

    /// The JWK fixture as a JSON object, to damage in tests.
    fn object(name: &str) -> Map<String, Value> {
        serde_json::from_slice(&fixture(name)).unwrap()
    }

    fn parse_object(jwk: &Map<String, Value>) -> Result<JwkKey> {
        parse_jwk(&serde_json::to_vec(jwk).unwrap(), None)
    }

    fn private(found: JwkKey) -> PrivateKey {
        match found.key {
            KeyMaterial::Private(key) => key,
            _ => panic!("expected a private key"),
        }
    }

    /// The error of parsing `jwk`, checked to quote none of its private members.
    fn error(jwk: &Map<String, Value>) -> String {
        let err = parse_object(jwk).err().expect("an error").to_string();
        for member in ["d", "p", "q", "dp", "dq", "qi", "k"] {
            if let Some(Value::String(value)) = jwk.get(member) {
                if value.len() > 3 {
                    assert!(!err.contains(value.as_str()), "{err} quotes `{member}`");
                }
            }
        }
        err
    }

    #[test]
    fn each_kind_of_private_jwk_loads_as_the_same_key_as_its_pem() {
        for (jwk, pem, kid, alg) in [
            (
                "rsa2048.jwk",
                "rsa2048-pkcs8.pem",
                Some("rsa-1"),
                Some(Alg::RS256),
            ),
            (
                "ec-p256.jwk",
                "ec-p256-pkcs8.pem",
                Some("ec256-1"),
                Some(Alg::ES256),
            ),
            ("ec-p384.jwk", "ec-p384-pkcs8.pem", None, None),
            (
                "ec-p521.jwk",
                "ec-p521-pkcs8.pem",
                Some("p521"),
                Some(Alg::ES512),
            ),
            (
                "ec-secp256k1.jwk",
                "ec-secp256k1-sec1.pem",
                Some("k1"),
                Some(Alg::ES256K),
            ),
            (
                "ed25519.jwk",
                "ed25519-pkcs8.pem",
                Some("ed-1"),
                Some(Alg::EdDSA),
            ),
        ] {
            let found = parse_jwk(&fixture(jwk), None).unwrap();
            assert_eq!(found.kid.as_deref(), kid, "{jwk}");
            assert_eq!(found.alg, alg, "{jwk}");
            let key = private(found);
            let expected = load(pem);
            assert_eq!(key.kind(), expected.kind(), "{jwk}");
            assert_eq!(
                key.public_key_spki_der().unwrap(),
                expected.public_key_spki_der().unwrap(),
                "{jwk}"
            );
        }
    }

    #[test]
    fn an_oct_jwk_is_a_secret() {
        let found = parse_jwk(&fixture("oct.jwk"), None).unwrap();
        let KeyMaterial::Secret(secret) = found.key else {
            panic!("expected a secret");
        };
        let mut expected = fixture("hmac-secret-64.txt");
        expected.pop();
        assert_eq!(secret.as_slice(), expected.as_slice());
        assert_eq!(found.alg, Some(Alg::HS256));
        let err = crate::keys::parse_private_key(&fixture("oct.jwk"), &mut || unreachable!())
            .unwrap_err();
        assert!(err.to_string().contains("HMAC secret"), "{err}");
    }

    #[test]
    fn a_jwks_key_is_picked_by_kid_or_by_being_the_only_private_one() {
        let two = fixture("jwks-two-private.json");
        let err = parse_jwk(&two, None).err().unwrap().to_string();
        assert_eq!(
            err,
            "the JWKS holds 2 private keys; pick one by its kid (kids: `rsa-1`, `ec256-1`, `ed-1`)"
        );
        let found = parse_jwk(&two, Some("ec256-1")).unwrap();
        assert_eq!(found.kid.as_deref(), Some("ec256-1"));
        assert_eq!(private(found).kind(), KeyKind::EcP256);
        let err = parse_jwk(&two, Some("nope")).err().unwrap().to_string();
        assert_eq!(
            err,
            "no key in the JWKS has kid `nope`; its kids: `rsa-1`, `ec256-1`, `ed-1`"
        );
        let err = parse_jwk(&two, Some("ed-1")).err().unwrap().to_string();
        assert!(err.contains("is a public key"), "{err}");
        let found = parse_jwk(&fixture("jwks-one-private.json"), None).unwrap();
        assert_eq!(found.kid.as_deref(), Some("p521"));
        assert_eq!(private(found).kind(), KeyKind::EcP521);
        let err = parse_jwk(br#"{"keys":[]}"#, None)
            .err()
            .unwrap()
            .to_string();
        assert_eq!(err, "the JWKS holds no keys");
        let err = parse_jwk(br#"{"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB"}]}"#, None)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("only public keys (kids: (no kid))"), "{err}");
        let err = parse_jwk(br#"{"keys":{}}"#, None)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("must be an array"), "{err}");
    }

    #[test]
    fn a_public_jwk_is_refused() {
        let err = parse_jwk(&fixture("rsa2048.pub.jwk"), None).err().unwrap();
        assert!(err.to_string().contains("is a public key"), "{err}");
    }

    #[test]
    fn rsa_parameters_that_do_not_agree_are_refused() {
        let mut jwk = object("rsa2048.jwk");
        let qi = jwk["qi"].clone();
        jwk.insert("dp".into(), qi);
        let err = error(&jwk);
        assert!(err.contains("do not agree"), "{err}");
        let mut jwk = object("rsa2048.jwk");
        jwk.remove("qi");
        assert!(error(&jwk).contains("lacks some of p, q, dp, dq, qi"));
    }

    #[test]
    fn ec_and_ed25519_private_parts_must_match_the_public_ones() {
        let other = object("ec-secp256k1.jwk");
        let mut jwk = object("ec-p256.jwk");
        jwk.insert("d".into(), other["d"].clone());
        assert_eq!(
            error(&jwk),
            "the EC JWK's `d` does not match its `x` and `y`"
        );
        let mut jwk = object("ed25519.jwk");
        jwk.insert("d".into(), other["d"].clone());
        assert_eq!(error(&jwk), "the Ed25519 JWK's `d` does not match its `x`");
        let mut jwk = object("ec-p521.jwk");
        jwk.insert("d".into(), other["d"].clone());
        assert_eq!(
            error(&jwk),
            "the P-521 JWK member `d` must be 66 bytes, it has 32"
        );
    }

    #[test]
    fn missing_and_malformed_members_are_named_without_their_values() {
        let mut jwk = object("ec-p256.jwk");
        jwk.remove("y");
        assert_eq!(error(&jwk), "the JWK has no `y` member");
        let mut jwk = object("ec-p256.jwk");
        jwk.insert("d".into(), "sécret!!value".into());
        assert_eq!(error(&jwk), "the JWK member `d` is not base64url");
        jwk.insert("d".into(), json!(12345));
        assert_eq!(error(&jwk), "the JWK member `d` must be a string");
        let mut jwk = object("oct.jwk");
        jwk.insert("k".into(), "not*base64*secret".into());
        assert_eq!(error(&jwk), "the JWK member `k` is not base64url");
        let mut jwk = object("ec-p256.jwk");
        jwk.remove("kty");
        assert_eq!(error(&jwk), "the JWK has no `kty` member");
        let mut jwk = object("ec-p256.jwk");
        jwk.insert("alg".into(), "RS256".into());
        assert_eq!(
            error(&jwk),
            "the JWK says alg RS256, which does not fit its key: an EC P-256 key"
        );
        jwk.insert("alg".into(), "RSA-OAEP".into());
        assert!(error(&jwk).contains("not a JWS algorithm"));
        let mut jwk = object("ed25519.jwk");
        jwk.insert("crv".into(), "Ed448".into());
        assert!(error(&jwk).contains("Ed448"));
        let err = parse_jwk(b"{\"kty\": \"oct\", \"k\": \"abc", None)
            .err()
            .unwrap();
        assert!(
            err.to_string()
                .starts_with("damaged JWK: not valid JSON (line 1"),
            "{err}"
        );
    }

    #[test]
    fn private_jwks_written_from_pkcs8_are_the_ones_node_writes() {
        for (pem, jwk, kid, alg) in [
            (
                "rsa2048-pkcs8.pem",
                "rsa2048.jwk",
                Some("rsa-1"),
                Some(Alg::RS256),
            ),
            (
                "ec-p256-pkcs8.pem",
                "ec-p256.jwk",
                Some("ec256-1"),
                Some(Alg::ES256),
            ),
            ("ec-p384-pkcs8.pem", "ec-p384.jwk", None, None),
            (
                "ec-p521-pkcs8.pem",
                "ec-p521.jwk",
                Some("p521"),
                Some(Alg::ES512),
            ),
            (
                "ed25519-pkcs8.pem",
                "ed25519.jwk",
                Some("ed-1"),
                Some(Alg::EdDSA),
            ),
        ] {
            let text = String::from_utf8(fixture(pem)).unwrap();
            let der = pem::parse(text).unwrap().contents().to_vec();
            let written = private_jwk_from_pkcs8(&der, kid, alg).unwrap();
            let written: Map<String, Value> = serde_json::from_str(&written).unwrap();
            assert_eq!(written, object(jwk), "{pem}");
        }
    }

    #[test]
    fn verify_keys_come_from_public_and_private_jwks() {
        let spki = |pem: &str| {
            let text = String::from_utf8(fixture(pem)).unwrap();
            pem::parse(text).unwrap().contents().to_vec()
        };
        for (jwk, public) in [
            ("rsa2048.pub.jwk", "rsa2048.pub.pem"),
            ("ec-p256.jwk", "ec-p256.pub.pem"),
            ("ed25519.jwk", "ed25519.pub.pem"),
        ] {
            let found = parse_verify_jwk(&fixture(jwk), None).unwrap();
            let VerifyKey::Spki(der) = found.key else {
                panic!("{jwk}: expected a public key");
            };
            assert_eq!(der, spki(public), "{jwk}");
        }
        let p521 = parse_verify_jwk(&fixture("ec-p521.jwk"), None).unwrap();
        let VerifyKey::Spki(der) = p521.key else {
            panic!("expected a public key")
        };
        assert_eq!(
            der,
            load("ec-p521-pkcs8.pem").public_key_spki_der().unwrap()
        );
        let two = fixture("jwks-two-private.json");
        let found = parse_verify_jwk(&two, Some("ed-1")).unwrap();
        assert_eq!(found.kid.as_deref(), Some("ed-1"));
        let err = parse_verify_jwk(&two, None).err().unwrap().to_string();
        assert_eq!(
            err,
            "the JWKS holds 3 keys and no kid says which (kids: `rsa-1`, `ec256-1`, `ed-1`)"
        );
        let err = parse_verify_jwk(&two, Some("x")).err().unwrap().to_string();
        assert_eq!(
            err,
            "no key in the JWKS has kid `x`; its kids: `rsa-1`, `ec256-1`, `ed-1`"
        );
        assert!(matches!(
            parse_verify_jwk(&fixture("oct.jwk"), None).unwrap().key,
            VerifyKey::Secret(_)
        ));
    }

    #[test]
    fn rfc7638_thumbprint_example() {
        // RFC 7638 §3.1
        let jwk = json!({
            "kty": "RSA",
            "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
            "e": "AQAB",
            "alg": "RS256",
            "kid": "2011-04-29"
        });
        let Value::Object(jwk) = jwk else {
            unreachable!()
        };
        assert_eq!(
            jwk_thumbprint(&jwk).unwrap(),
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        );
        assert!(jwk_thumbprint(&object("oct.jwk")).is_err());
    }

    #[test]
    fn thumbprints_agree_with_joserfc() {
        // python3 -c 'from joserfc.jwk import import_key; import json, sys;
        //   print(import_key(json.load(open(sys.argv[1]))).thumbprint())' FILE (joserfc 1.6.5)
        for (pem, expected) in [
            (
                "rsa2048-pkcs1.pem",
                "FlmyEXCCZ4FXH7BpGxPDLNkINreBc2E65ZV-FA40d4E",
            ),
            (
                "ec-p256-pkcs8.pem",
                "bz_3dgiUbm9U_kc2QUXstNdYJEe5MGmW9BV7N8HUaoM",
            ),
            (
                "ec-p521-pkcs8.pem",
                "wdk0msYde8CDQH_FhJf0uwLGEZjxGgRWjQ8j_6FJLOQ",
            ),
            (
                "ec-secp256k1-sec1.pem",
                "y2AD_aI308Xv5EjFO8X6UeHhUa5-29M26n6X2RlHoIY",
            ),
            (
                "ed25519-pkcs8.pem",
                "GOO7HfwGKYNNPYKqShL5C35Pz3-S_WU_0_EC5bzP3IU",
            ),
        ] {
            assert_eq!(thumbprint(&load(pem)).unwrap(), expected, "{pem}");
        }
    }

    #[test]
    fn public_jwks_match_the_fixtures_public_members() {
        for (jwk, pem, members) in [
            ("rsa2048.jwk", "rsa2048-pkcs1.pem", &["kty", "n", "e"][..]),
            ("ec-p256.jwk", "ec-p256-sec1.pem", &["kty", "crv", "x", "y"]),
            ("ec-p521.jwk", "ec-p521-sec1.pem", &["kty", "crv", "x", "y"]),
            (
                "ec-secp256k1.jwk",
                "ec-secp256k1-sec1.pem",
                &["kty", "crv", "x", "y"],
            ),
            ("ed25519.jwk", "ed25519-pkcs8.pem", &["kty", "crv", "x"]),
        ] {
            let expected = object(jwk);
            let public = public_jwk(&load(pem)).unwrap();
            assert_eq!(public.len(), members.len(), "{jwk}");
            for member in members {
                assert_eq!(public[*member], expected[*member], "{jwk} {member}");
            }
        }
    }

    #[test]
    fn jwks_output_has_thumbprint_kids() {
        let rsa = load("rsa2048-pkcs8.pem");
        let ed = load("ed25519-pkcs8.pem");
        let out = jwks(&[(&rsa, Some(Alg::PS256)), (&ed, None)]).unwrap();
        let keys = out["keys"].as_array().unwrap();
        assert_eq!(keys.len(), 2);
        assert_eq!(keys[0]["kid"], thumbprint(&rsa).unwrap().as_str());
        assert_eq!(keys[0]["alg"], "PS256");
        assert_eq!(keys[1]["alg"], "EdDSA");
        assert_eq!(keys[1]["use"], "sig");
        assert!(keys[1].get("d").is_none());
    }
}
