//! The key material a token is signed with: where the HMAC secret, the private key and its
//! passphrase come from, which algorithm signs, and the certificate header fields. No flag ever
//! takes a secret as its value.
//!
//! - `sources.rs`: secret and passphrase sources (files, variables, commands, profile, prompt),
//!   the key options ([`KeySources`]) and the environment ([`Environment`]);
//! - `command.rs`: running a secret or passphrase command ([`SecretCommand`]);
//! - `key_file.rs`: reading a key file in any form, or opening a key in its store;
//! - `algorithm.rs`: the algorithm a secret or key signs with, against a service's `AlgRules`;
//! - `certificates.rs`: `x5c`, `x5t` and `x5t#S256` from `--x5c-cert` and `--x5t-cert`;
//! - here: [`load_for`], the one credential path (minting, batch, inspect).

mod algorithm;
mod certificates;
mod command;
mod key_file;
mod sources;

pub(crate) use command::command_timeout;
pub use command::{SecretCommand, ENV_COMMAND_TIMEOUT};
pub use key_file::{
    key_and_json_from_bytes, key_file_from_bytes, load_private_key, open_store,
    private_key_from_bytes, read_key_file, store_public_key, KeyFile,
};
pub use sources::{
    decode_secret, env_command, env_var_name, refuse_key_material, secret_from_env,
    secret_from_sources, Environment, KeySources, ENV_KEY_FILE, ENV_PASSPHRASE,
    ENV_PASSPHRASE_COMMAND, ENV_SECRET, ENV_SECRET_COMMAND,
};

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use serde_json::{Map, Value};

use crate::exit::UsageError;
use crate::input;
use crate::jws::{Alg, KeyMaterial};
use crate::keys;
use crate::output::warn;
use crate::providers::{AlgRules, KeyForm};
use crate::signers;
use algorithm::{for_key_file, hmac_default, short_secret, wants_secret};
use certificates::certificate_header;
use sources::{load_secret, secret_flag};

/// Picks the algorithm and loads the key material it needs.
pub fn load(
    sources: &KeySources,
    env: &Environment,
    explicit: Option<Alg>,
    rules: AlgRules,
) -> Result<(Alg, KeyMaterial)> {
    let loaded = load_with_json(sources, env, explicit, rules, None)?;
    if let Some(warning) = loaded.short_secret {
        warn(warning);
    }
    Ok((loaded.alg, loaded.material))
}

/// The key material as loaded, and what its file said about it.
struct Loaded {
    alg: Alg,
    material: KeyMaterial,
    /// The non-secret fields of a JSON credential file (a Google service account's).
    json: Map<String, Value>,
    /// A JWK's `kid`.
    kid: Option<String>,
    /// The warning for an HMAC secret shorter than the algorithm wants, printed once the
    /// service's own check of the secret passed (one message per fact: a service that refuses
    /// it says so instead).
    short_secret: Option<String>,
}

/// [`load`], plus what the key file says about the key (a JWK's `kid`, a Google service
/// account's fields).
fn load_with_json(
    sources: &KeySources,
    env: &Environment,
    explicit: Option<Alg>,
    rules: AlgRules,
    key_form: Option<KeyForm>,
) -> Result<Loaded> {
    let wants_secret = wants_secret(sources, env, explicit, rules)?;

    // An HMAC secret from the secret sources; `--key` may give one too, as a JWK of kty `oct`.
    if wants_secret && sources.key_file.is_none() {
        let secret = load_secret(sources, env)?;
        let alg = explicit.unwrap_or_else(|| hmac_default(rules));
        return Ok(Loaded {
            alg,
            short_secret: short_secret(alg, &secret),
            material: KeyMaterial::Secret(secret),
            json: Map::new(),
            kid: None,
        });
    }
    if sources.has_secret() && sources.key_file.is_some() {
        bail!(UsageError::new(format!(
            "give either {} or --key, not both",
            secret_flag(sources)
        )));
    }
    if let (Some(alg), true) = (explicit, sources.has_secret()) {
        bail!(UsageError::new(format!(
            "{alg} signs with a private key (--key), but {} gives an HMAC secret",
            secret_flag(sources)
        )));
    }
    let path = sources
        .key_file
        .as_ref()
        .or(env.key_file.as_ref())
        .ok_or_else(|| {
            let alg = explicit.unwrap_or(rules.default);
            UsageError::new(format!(
                "{alg} needs a private key: pass --key PATH or set {ENV_KEY_FILE}"
            ))
        })?;
    let name = input::display(path);
    let reference = signers::Reference::parse(path)?;
    let file = if reference.is_store() {
        // A key store holds key pairs only: never an HMAC secret.
        if wants_secret {
            bail!(
                "{} signs with an HMAC secret (--secret-file or {ENV_SECRET}); {name} is a key \
                 store's key pair",
                explicit.unwrap_or_else(|| hmac_default(rules))
            );
        }
        KeyFile {
            material: KeyMaterial::Store(open_store(&reference, sources, env)?),
            kid: None,
            alg: None,
            json: Map::new(),
        }
    } else {
        let bytes = input::read_path(path, "key")?;
        // A service's key form unwraps a key file (Mux's base64 of a PEM).
        let bytes = match key_form {
            Some(form) => form(&bytes)
                .with_context(|| format!("key {name}"))?
                .unwrap_or(bytes),
            None => bytes,
        };
        // Where an HMAC secret is wanted, only a JWK (of kty `oct`) can give one: any other key
        // file is refused before it is parsed, so an encrypted key never asks for its passphrase.
        if wants_secret && !keys::jwk::looks_like_json(&bytes) {
            let message = format!(
                "{} signs with an HMAC secret (--secret-file, {ENV_SECRET}, or a JWK of kty `oct` \
                 in --key), not a private key",
                explicit.unwrap_or_else(|| hmac_default(rules))
            );
            // A service that signs with HMAC only: `--key` was wrong whatever the file holds.
            if rules.allowed.iter().all(|alg| alg.is_hmac()) {
                bail!(UsageError::new(message));
            }
            bail!(message);
        }
        key_file_from_bytes(&bytes, &name, sources, env)?
    };
    let alg = for_key_file(explicit, &file, rules, &name)?;
    let short_secret = match &file.material {
        KeyMaterial::Secret(secret) => short_secret(alg, secret),
        KeyMaterial::Private(_) | KeyMaterial::Store(_) => None,
    };
    Ok(Loaded {
        alg,
        short_secret,
        material: file.material,
        json: file.json,
        kid: file.kid,
    })
}

/// The key a service signs with, what it is, and what it tells the service's claims.
pub struct Credential {
    pub alg: Alg,
    pub material: KeyMaterial,
    pub facts: crate::providers::KeyFacts,
}

/// Loads the key material for `service`, the one path minting, batch and `inspect` share:
/// picks the algorithm, reads the secret or key, turns a structured secret into the signing key
/// and its `kid` (`Service::secret_form`) and a wrapped key file into a key
/// (`Service::key_form`), and notes what the key tells the claims.
pub fn load_for(
    service: &crate::providers::Service,
    sources: &KeySources,
    env: &Environment,
    explicit: Option<Alg>,
) -> Result<Credential> {
    let fallback;
    let env = match (service.key_env, &env.key_file, &sources.key_file) {
        (Some(name), None, None) => {
            fallback = Environment {
                key_file: std::env::var_os(name)
                    .filter(|v| !v.is_empty())
                    .map(PathBuf::from),
                key_file_var: name,
                secret: env.secret.clone(),
                passphrase: env.passphrase.clone(),
                secret_command: env.secret_command.clone(),
                passphrase_command: env.passphrase_command.clone(),
            };
            &fallback
        }
        _ => env,
    };
    let Loaded {
        alg,
        material,
        json,
        kid,
        short_secret,
    } = load_with_json(sources, env, explicit, service.algs, service.key_form)?;
    let mut facts = crate::providers::KeyFacts {
        alg: Some(alg),
        kid: kid.or_else(|| {
            json.get("private_key_id")
                .and_then(Value::as_str)
                .filter(|kid| !kid.is_empty())
                .map(str::to_string)
        }),
        json,
        ..Default::default()
    };
    let material = match material {
        KeyMaterial::Secret(secret) => match service.secret_form {
            Some(form) => {
                let (key, kid) = form(&secret)?;
                facts.kid = kid;
                KeyMaterial::Secret(key)
            }
            None => KeyMaterial::Secret(secret),
        },
        KeyMaterial::Private(key) => {
            facts.path = sources.key_file.clone().or_else(|| env.key_file.clone());
            facts.public_spki = Some(key.public_key_spki_der()?);
            KeyMaterial::Private(key)
        }
        KeyMaterial::Store(key) => {
            facts.public_spki = Some(key.public_key_spki()?);
            KeyMaterial::Store(key)
        }
    };
    if let Some(warning) = short_secret {
        warn(warning);
    }
    facts.header = certificate_header(sources, env, &material)?;
    Ok(Credential {
        alg,
        material,
        facts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;
    use zeroize::Zeroizing;

    fn services_fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/services")
            .join(name)
    }

    #[test]
    fn a_service_account_file_is_a_key_with_facts() {
        let sources = KeySources {
            key_file: Some(services_fixture("google-sa.json")),
            ..Default::default()
        };
        let rules = AlgRules {
            allowed: &[Alg::RS256],
            default: Alg::RS256,
        };
        let Loaded {
            alg,
            material,
            json,
            ..
        } = load_with_json(&sources, &Environment::default(), None, rules, None).unwrap();
        assert_eq!(alg, Alg::RS256);
        assert!(matches!(material, KeyMaterial::Private(_)));
        assert_eq!(
            json["client_email"],
            "jwtmint-test@jwtmint-test.iam.gserviceaccount.com"
        );
        assert!(!json.contains_key("private_key"));
        // A PEM key gives no JSON facts.
        let pem = std::fs::read(services_fixture("google-sa-key.pem")).unwrap();
        let (_, json) =
            key_and_json_from_bytes(&pem, "k", &KeySources::default(), &Environment::default())
                .unwrap();
        assert!(json.is_empty());
    }

    #[test]
    fn an_rsa_default_wins_over_the_natural_algorithm() {
        let sources = KeySources {
            key_file: Some(services_fixture("entra-key.pem")),
            ..Default::default()
        };
        let rules = AlgRules {
            allowed: &[Alg::PS256, Alg::RS256],
            default: Alg::PS256,
        };
        let (alg, _) = load(&sources, &Environment::default(), None, rules).unwrap();
        assert_eq!(alg, Alg::PS256);
        let sign = AlgRules {
            allowed: &Alg::ALL,
            default: Alg::HS256,
        };
        let (alg, _) = load(&sources, &Environment::default(), None, sign).unwrap();
        assert_eq!(alg, Alg::RS256);
    }

    #[test]
    fn a_key_form_unwraps_the_key_file_as_the_service_gives_it() {
        use base64::Engine;
        fn unwrap_base64(bytes: &[u8]) -> Result<Option<Zeroizing<Vec<u8>>>> {
            if bytes.starts_with(b"-----") {
                return Ok(None);
            }
            let text = std::str::from_utf8(bytes)?.trim();
            let pem = base64::engine::general_purpose::STANDARD.decode(text)?;
            Ok(Some(Zeroizing::new(pem)))
        }
        let dir = tempfile::tempdir().unwrap();
        let pem = std::fs::read(services_fixture("google-sa-key.pem")).unwrap();
        let wrapped = dir.path().join("wrapped.key");
        std::fs::write(
            &wrapped,
            base64::engine::general_purpose::STANDARD.encode(&pem),
        )
        .unwrap();
        let rules = AlgRules {
            allowed: &[Alg::RS256],
            default: Alg::RS256,
        };
        for path in [wrapped.clone(), services_fixture("google-sa-key.pem")] {
            let sources = KeySources {
                key_file: Some(path),
                ..Default::default()
            };
            let loaded = load_with_json(
                &sources,
                &Environment::default(),
                None,
                rules,
                Some(unwrap_base64),
            )
            .unwrap();
            assert!(matches!(loaded.material, KeyMaterial::Private(_)));
        }
        // Without the form the wrapped file is no key, and a form's error names the file.
        let sources = KeySources {
            key_file: Some(wrapped),
            ..Default::default()
        };
        assert!(load_with_json(&sources, &Environment::default(), None, rules, None).is_err());
        std::fs::write(dir.path().join("bad.key"), "not base64!").unwrap();
        let sources = KeySources {
            key_file: Some(dir.path().join("bad.key")),
            ..Default::default()
        };
        let err = load_with_json(
            &sources,
            &Environment::default(),
            None,
            rules,
            Some(unwrap_base64),
        )
        .err()
        .unwrap();
        assert!(format!("{err:#}").contains("bad.key"), "{err:#}");
    }
}
