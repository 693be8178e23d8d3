//! Checking a token's signature with a secret or a public key, and refusing the combinations
//! that are attacks (an HMAC token checked with public key bytes).

use std::path::Path;

use anyhow::{bail, Context, Result};
use jsonwebtoken::{crypto, Algorithm, DecodingKey};
use zeroize::Zeroizing;

use super::extract::{header_alg, Decoded, HeaderAlg};
use crate::credentials::{self, Environment, KeySources, ENV_KEY_FILE, ENV_SECRET};
use crate::input;
use crate::jws::{verify_with_spki, Alg};
use crate::keys::public::{parse_public_key, PublicKey, PublicKind};
use crate::providers::{KeyForm, Service};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// The key the signature is checked with, and where it came from (for messages).
pub struct VerifyKey {
    pub(crate) material: Material,
    pub(crate) source: String,
    /// A JWK's `alg`: the one algorithm this key checks.
    pub(crate) alg: Option<String>,
}

pub(crate) enum Material {
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

/// The key given by flags, or else by the environment when it fits the token's algorithm
/// (`JWTMINT_SECRET` for HS*, `JWTMINT_KEY_FILE` for the others). `None`: nothing to check with.
/// A secret from either is read as `service` reads it (its `secret_form`, e.g. Ghost's hex);
/// `service` is the one named, or guessed (`true`) from the claims.
pub(crate) fn load_key(
    sources: &KeySources,
    env: &Environment,
    alg: &HeaderAlg,
    kid: Option<&str>,
    service: Option<(&'static Service, bool)>,
) -> Result<Option<VerifyKey>> {
    if let Some((secret, name)) = credentials::secret_from_sources(sources)? {
        if secret.is_empty() {
            bail!("the HMAC secret is empty ({name})");
        }
        let secret = credentials::decode_secret(secret, sources.secret_encoding, &name)?;
        return secret_key(secret, format!("the secret from {name}"), service).map(Some);
    }
    if let Some(path) = &sources.key_file {
        return Ok(Some(load_public_key(
            path,
            sources,
            env,
            kid,
            key_form(service),
        )?));
    }
    let HeaderAlg::Known(alg) = alg else {
        return Ok(None);
    };
    if alg.is_hmac() {
        if let Some((secret, name)) = credentials::secret_from_env(env)? {
            if secret.is_empty() {
                bail!("the HMAC secret is empty ({name})");
            }
            let secret = credentials::decode_secret(secret, sources.secret_encoding, &name)?;
            return secret_key(secret, format!("the secret in {name}"), service).map(Some);
        }
    } else if let Some(path) = &env.key_file {
        let mut key = load_public_key(path, sources, env, kid, key_form(service))?;
        key.source = format!("{} ({ENV_KEY_FILE})", key.source);
        return Ok(Some(key));
    }
    Ok(None)
}

/// A secret as `service` reads it. When the service was guessed and the secret is not in its
/// form, the secret is taken as given and the source says why; when it was named, that is an
/// error.
fn secret_key(
    secret: Zeroizing<Vec<u8>>,
    source: String,
    service: Option<(&'static Service, bool)>,
) -> Result<VerifyKey> {
    let Some((service, guessed, form)) =
        service.and_then(|(service, guessed)| Some((service, guessed, service.secret_form?)))
    else {
        return Ok(VerifyKey {
            material: Material::Secret(secret),
            source,
            alg: None,
        });
    };
    match form(&secret) {
        Ok((key, _kid)) => Ok(VerifyKey {
            material: Material::Secret(key),
            source: format!("{source}, read as {} reads it", service.name),
            alg: None,
        }),
        Err(e) if guessed => Ok(VerifyKey {
            material: Material::Secret(secret),
            source: format!(
                "{source}, taken as given (not as {} reads it: {e})",
                service.name
            ),
            alg: None,
        }),
        Err(e) => Err(e.context(format!("{source} is not what {} takes", service.name))),
    }
}

/// The key form of the service named or guessed (Mux's base64-wrapped PEM), if it has one.
fn key_form(service: Option<(&'static Service, bool)>) -> Option<KeyForm> {
    service.and_then(|(service, _)| service.key_form)
}

/// The public key to check with, from a key file in any form jwtmint reads, unwrapped first by
/// `key_form` (the service's own form of a key file) when that recognises it.
pub(crate) fn load_public_key(
    path: &Path,
    sources: &KeySources,
    env: &Environment,
    kid: Option<&str>,
    key_form: Option<KeyForm>,
) -> Result<VerifyKey> {
    if let Some((spki, store)) = credentials::store_public_key(path, sources, env)? {
        return Ok(VerifyKey {
            material: Material::Public(
                crate::keys::public::from_spki(&spki).with_context(|| store.clone())?,
            ),
            source: format!("the public key of {store}"),
            alg: None,
        });
    }
    let name = input::display(path);
    let bytes = input::read_path(path, "key")?;
    let bytes = match key_form {
        Some(form) => form(&bytes)
            .with_context(|| format!("key {name}"))?
            .unwrap_or(bytes),
        None => bytes,
    };
    if crate::keys::jwk::looks_like_json(&bytes)
        && !crate::keys::service_account::is_credential_json(&bytes)
    {
        return jwk_key(&bytes, &name, kid);
    }
    if crate::keys::service_account::is_credential_json(&bytes) {
        let (key, _) = credentials::key_and_json_from_bytes(&bytes, &name, sources, env)?;
        let public = crate::keys::public::from_spki(&key.public_key_spki_der()?)
            .with_context(|| format!("key {name}"))?;
        return Ok(VerifyKey {
            material: Material::Public(public),
            source: format!("the public half of the service account's key {name}"),
            alg: None,
        });
    }
    let (key, what) = parse_public_key(&bytes, &name, || {
        credentials::private_key_from_bytes(&bytes, &name, sources, env)
    })?;
    Ok(VerifyKey {
        material: Material::Public(key),
        source: format!("{what} {name}"),
        alg: None,
    })
}

/// A JWK, or a JWKS whose key is picked by the token's `kid`: the one path for JWK and JWKS
/// keys, from a file (`--key`) or fetched (`--jwks-url`, `--discover`), so the same rules
/// apply to both.
pub(crate) fn jwk_key(bytes: &[u8], name: &str, kid: Option<&str>) -> Result<VerifyKey> {
    let jwk =
        crate::keys::jwk::parse_verify_jwk(bytes, kid).with_context(|| format!("key {name}"))?;
    let picked = jwk
        .kid
        .map(|kid| format!(" (kid {kid})"))
        .unwrap_or_default();
    Ok(match jwk.key {
        crate::keys::jwk::VerifyKey::Secret(secret) => VerifyKey {
            material: Material::Secret(secret),
            source: format!("the JWK secret in {name}{picked}"),
            alg: jwk.alg,
        },
        crate::keys::jwk::VerifyKey::Spki(spki) => VerifyKey {
            material: Material::Public(
                crate::keys::public::from_spki(&spki).with_context(|| format!("key {name}"))?,
            ),
            source: format!("the JWK {name}{picked}"),
            alg: jwk.alg,
        },
    })
}

/// The key a fetched JWKS gives for `kid`, through [`jwk_key`]. A published JWKS holds public
/// keys only: a secret (`kty: oct`) in it verifies nothing.
pub(crate) fn fetched_key(bytes: &[u8], name: &str, kid: Option<&str>) -> Result<VerifyKey> {
    if !crate::keys::jwk::looks_like_json(bytes)
        || crate::keys::service_account::is_credential_json(bytes)
    {
        bail!("{name}: not a JWKS (a JSON object with `keys`)");
    }
    let key = jwk_key(bytes, name, kid)?;
    if let Material::Secret(_) = key.material {
        bail!(
            "{name}: the key{} is an HMAC secret (kty `oct`): a published secret proves nothing",
            kid.map(|kid| format!(" with kid `{}`", kid.escape_debug()))
                .unwrap_or_default()
        );
    }
    Ok(key)
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
    pub(crate) fn status(&self) -> &'static str {
        match self {
            Signature::Valid(_) => "valid",
            Signature::Invalid(_) => "invalid",
            Signature::Unchecked(_) => "unchecked",
        }
    }
}

/// Why the key cannot check a token signed with `alg`, if it cannot. An HMAC token is never
/// checked with public key bytes as the secret: that is the algorithm-confusion attack.
pub(crate) fn mismatch(alg: Alg, key: &Material) -> Option<String> {
    let fits = match key {
        Material::Secret(_) => alg.is_hmac(),
        Material::Public(key) => matches!(
            (alg, key.kind),
            (
                Alg::RS256 | Alg::RS384 | Alg::RS512 | Alg::PS256 | Alg::PS384 | Alg::PS512,
                PublicKind::Rsa
            ) | (Alg::ES256, PublicKind::EcP256)
                | (Alg::ES384, PublicKind::EcP384)
                | (Alg::ES512, PublicKind::EcP521)
                | (Alg::ES256K, PublicKind::EcSecp256k1)
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

pub(crate) fn check_signature(decoded: &Decoded, key: Option<&VerifyKey>) -> Signature {
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
    if let Some(own) = key.alg.as_deref().filter(|own| *own != alg.name()) {
        return Signature::Invalid(format!(
            "the token says {alg} but {} is for {} only (its JWK `alg`)",
            key.source,
            own.chars().take(40).collect::<String>()
        ));
    }
    if decoded.signature.is_empty() {
        return Signature::Invalid("the token has no signature (its third part is empty)".into());
    }
    let checked = match (&key.material, jwt_algorithm(alg)) {
        // What jsonwebtoken has no algorithm for (ES512, ES256K) is checked with aws-lc.
        (
            Material::Public(PublicKey {
                spki: Some(spki), ..
            }),
            None,
        ) => match URL_SAFE_NO_PAD.decode(&decoded.signature) {
            Ok(signature) => {
                verify_with_spki(alg, spki, decoded.signing_input.as_bytes(), &signature)
            }
            Err(_) => return Signature::Invalid("the signature is not base64url".into()),
        },
        (_, None) => return Signature::Unchecked(format!("jwtmint cannot check alg `{alg}`")),
        (material, Some(algorithm)) => {
            let decoding = match material {
                Material::Secret(secret) => DecodingKey::from_secret(secret),
                Material::Public(public) => match public.kind {
                    PublicKind::Rsa => DecodingKey::from_rsa_der(&public.der),
                    PublicKind::Ed25519 => DecodingKey::from_ed_der(&public.der),
                    _ => DecodingKey::from_ec_der(&public.der),
                },
            };
            crypto::verify(
                &decoded.signature,
                decoded.signing_input.as_bytes(),
                &decoding,
                algorithm,
            )
            .map_err(anyhow::Error::from)
        }
    };
    match checked {
        Ok(true) => Signature::Valid(format!("{alg}, checked with {}", key.source)),
        Ok(false) => Signature::Invalid(format!(
            "the {alg} signature does not match {}: the token was changed, or signed with \
             another key",
            key.source
        )),
        Err(e) => Signature::Invalid(format!("the signature cannot be checked: {e}")),
    }
}

pub(crate) fn jwt_algorithm(alg: Alg) -> Option<Algorithm> {
    alg.name().parse().ok()
}

// Times

#[cfg(test)]
mod tests {
    use super::*;

    fn unwrap_base64(bytes: &[u8]) -> Result<Option<Zeroizing<Vec<u8>>>> {
        Ok(base64::engine::general_purpose::STANDARD
            .decode(bytes)
            .ok()
            .map(Zeroizing::new))
    }

    #[test]
    fn a_key_file_is_read_in_the_service_key_form() {
        let pem = crate::providers::test_support::key_fixture("rsa2048.pub.pem");
        let dir = tempfile::tempdir().unwrap();
        let wrapped = dir.path().join("wrapped");
        std::fs::write(
            &wrapped,
            base64::engine::general_purpose::STANDARD.encode(&pem),
        )
        .unwrap();
        let (sources, env) = (KeySources::default(), Environment::default());
        let key = load_public_key(&wrapped, &sources, &env, None, Some(unwrap_base64)).unwrap();
        assert!(matches!(key.material, Material::Public(_)));
        assert!(load_public_key(&wrapped, &sources, &env, None, None).is_err());
    }
}
