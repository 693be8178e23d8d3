//! Where the HMAC secret, the private key and its passphrase come from: flags naming files,
//! environment variables, or a prompt on a terminal. No flag ever takes a secret as its value.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::exit::UsageError;
use crate::input;
use crate::keys;
use crate::output::warn;
use crate::sign::{Alg, KeyMaterial};

pub const ENV_SECRET: &str = "JWTMINT_SECRET";
pub const ENV_KEY_FILE: &str = "JWTMINT_KEY_FILE";
pub const ENV_PASSPHRASE: &str = "JWTMINT_PASSPHRASE";

/// The key options as given on the command line.
#[derive(Debug, Clone, Default)]
pub struct KeySources {
    pub secret_file: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
    pub passphrase_file: Option<PathBuf>,
}

/// What the subcommand allows: the algorithms, and the one used when nothing says otherwise.
#[derive(Debug, Clone, Copy)]
pub struct AlgRules {
    pub allowed: &'static [Alg],
    pub default: Alg,
}

/// The environment variables that carry key material, read once.
#[derive(Default)]
pub struct Environment {
    pub secret: Option<Zeroizing<Vec<u8>>>,
    pub key_file: Option<PathBuf>,
    pub passphrase: Option<Zeroizing<Vec<u8>>>,
}

impl Environment {
    pub fn from_process() -> Self {
        let bytes = |name| std::env::var_os(name).map(|v| Zeroizing::new(v.into_encoded_bytes()));
        Environment {
            secret: bytes(ENV_SECRET),
            key_file: std::env::var_os(ENV_KEY_FILE)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
            passphrase: bytes(ENV_PASSPHRASE),
        }
    }
}

/// Picks the algorithm and loads the key material it needs.
pub fn load(
    sources: &KeySources,
    env: &Environment,
    explicit: Option<Alg>,
    rules: AlgRules,
) -> Result<(Alg, KeyMaterial)> {
    load_with_json(sources, env, explicit, rules).map(|(alg, material, _)| (alg, material))
}

/// [`load`], plus the non-secret fields of the JSON credential file the key came from (a
/// Google service account's), empty for any other key.
fn load_with_json(
    sources: &KeySources,
    env: &Environment,
    explicit: Option<Alg>,
    rules: AlgRules,
) -> Result<(Alg, KeyMaterial, Map<String, Value>)> {
    let wants_secret = wants_secret(sources, env, explicit, rules)?;

    if wants_secret {
        if let (Some(alg), Some(_)) = (explicit, &sources.key_file) {
            bail!("{alg} signs with an HMAC secret, but --key gives a private key");
        }
        let secret = load_secret(sources.secret_file.as_deref(), env)?;
        let alg = explicit.unwrap_or(if rules.allowed.contains(&Alg::HS256) {
            Alg::HS256
        } else {
            rules.default
        });
        if let Some(min) = alg.min_secret_len() {
            if secret.len() < min {
                warn(format!(
                    "the HMAC secret is {} bytes; {alg} wants at least {min} (RFC 7518 section 3.2)",
                    secret.len()
                ));
            }
        }
        return Ok((alg, KeyMaterial::Secret(secret), Map::new()));
    }

    if let (Some(alg), Some(_)) = (explicit, &sources.secret_file) {
        bail!("{alg} signs with a private key (--key), but --secret-file gives an HMAC secret");
    }
    let path = sources
        .key_file
        .as_ref()
        .or(env.key_file.as_ref())
        .ok_or_else(|| {
            let alg = explicit.unwrap_or(rules.default);
            anyhow!("{alg} needs a private key: pass --key PATH or set {ENV_KEY_FILE}")
        })?;
    let bytes = input::read_path(path, "key")?;
    let (key, json) = key_and_json_from_bytes(
        &bytes,
        &input::display(path),
        sources.passphrase_file.as_deref(),
        env,
    )?;
    let alg = explicit.unwrap_or_else(|| {
        let natural = Alg::natural_for(key.kind());
        if rsa_default_fits(rules.default, key.kind()) {
            // An RSA key signs with any RS/PS algorithm: the service's default (Entra's
            // PS256) wins over the key's natural RS256.
            rules.default
        } else if rules.allowed.contains(&natural) {
            natural
        } else {
            rules.default
        }
    });
    Ok((alg, KeyMaterial::Private(key), json))
}

/// Whether `default` is an RSA algorithm (RS* or PS*) and the key an RSA key.
fn rsa_default_fits(default: Alg, kind: keys::KeyKind) -> bool {
    matches!(kind, keys::KeyKind::Rsa { .. })
        && matches!(
            default,
            Alg::RS256 | Alg::RS384 | Alg::RS512 | Alg::PS256 | Alg::PS384 | Alg::PS512
        )
}

/// Whether to sign with an HMAC secret (or else a private key): an explicit `--alg` decides,
/// then what the service accepts, then a flag, then the environment, then the default.
fn wants_secret(
    sources: &KeySources,
    env: &Environment,
    explicit: Option<Alg>,
    rules: AlgRules,
) -> Result<bool> {
    if let Some(alg) = explicit {
        return Ok(alg.is_hmac());
    }
    let hmac_allowed = rules.allowed.iter().any(|alg| alg.is_hmac());
    let key_allowed = rules.allowed.iter().any(|alg| !alg.is_hmac());
    if !key_allowed {
        if sources.key_file.is_some() {
            bail!(UsageError::new(format!(
                "{} signs with an HMAC secret (--secret-file or {ENV_SECRET}), not --key",
                rules.default
            )));
        }
        return Ok(true);
    }
    if !hmac_allowed {
        if sources.secret_file.is_some() {
            bail!(UsageError::new(format!(
                "{} signs with a private key (--key or {ENV_KEY_FILE}), not --secret-file",
                rules.default
            )));
        }
        return Ok(false);
    }
    Ok(match (&sources.secret_file, &sources.key_file) {
        (Some(_), Some(_)) => {
            return Err(UsageError::new(
                "give either --secret-file or --key, not both (or pick one with --alg)",
            )
            .into())
        }
        (Some(_), None) => true,
        (None, Some(_)) => false,
        (None, None) => match (&env.secret, &env.key_file) {
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (Some(_), Some(_)) => {
                return Err(UsageError::new(format!(
                    "both {ENV_SECRET} and {ENV_KEY_FILE} are set: choose with --alg, \
                     --secret-file or --key"
                ))
                .into())
            }
            (None, None) => rules.default.is_hmac(),
        },
    })
}

/// The HMAC secret: `--secret-file`, then `JWTMINT_SECRET`, then a prompt on a terminal.
fn load_secret(file: Option<&Path>, env: &Environment) -> Result<Zeroizing<Vec<u8>>> {
    let (secret, source) = if let Some(path) = file {
        let bytes = input::read_path(path, "secret file")?;
        (
            input::strip_one_newline(bytes),
            format!("secret file {}", input::display(path)),
        )
    } else if let Some(secret) = &env.secret {
        (secret.clone(), ENV_SECRET.to_string())
    } else if input::stdin_is_terminal() {
        (
            input::prompt_hidden("HMAC secret: ")?,
            "the secret typed".to_string(),
        )
    } else {
        bail!("no HMAC secret: pass --secret-file PATH or set {ENV_SECRET}");
    };
    if secret.is_empty() {
        bail!("the HMAC secret is empty ({source})");
    }
    Ok(secret)
}

/// Reads and parses a private key, asking for its passphrase only if it is encrypted.
pub fn load_private_key(
    path: &Path,
    passphrase_file: Option<&Path>,
    env: &Environment,
) -> Result<keys::PrivateKey> {
    let bytes = input::read_path(path, "key")?;
    key_and_json_from_bytes(&bytes, &input::display(path), passphrase_file, env).map(|(key, _)| key)
}

/// Parses a key file's bytes like [`private_key_from_bytes`], and also takes a Google
/// service-account JSON file (`keys::service_account`): its `private_key` PEM is the key, and
/// its non-secret fields are returned beside it (empty for any other key file).
pub fn key_and_json_from_bytes(
    bytes: &[u8],
    name: &str,
    passphrase_file: Option<&Path>,
    env: &Environment,
) -> Result<(keys::PrivateKey, Map<String, Value>)> {
    if keys::service_account::is_credential_json(bytes) {
        let account = keys::service_account::parse(bytes).with_context(|| format!("key {name}"))?;
        if let Some(account) = account {
            let key = private_key_from_bytes(
                account.private_key_pem.as_bytes(),
                name,
                passphrase_file,
                env,
            )?;
            return Ok((key, account.facts));
        }
    }
    Ok((
        private_key_from_bytes(bytes, name, passphrase_file, env)?,
        Map::new(),
    ))
}

/// Parses the bytes of a private key file already read (named `name` in messages), asking for
/// its passphrase only if it is encrypted.
pub fn private_key_from_bytes(
    bytes: &[u8],
    name: &str,
    passphrase_file: Option<&Path>,
    env: &Environment,
) -> Result<keys::PrivateKey> {
    let mut passphrase = || -> Result<Zeroizing<Vec<u8>>> {
        if let Some(file) = passphrase_file {
            let bytes = input::read_path(file, "passphrase file")?;
            Ok(input::strip_one_newline(bytes))
        } else if let Some(pass) = &env.passphrase {
            Ok(pass.clone())
        } else if input::stdin_is_terminal() {
            input::prompt_hidden(&format!("Passphrase for {name}: "))
        } else {
            bail!("the key is encrypted: set {ENV_PASSPHRASE} or pass --passphrase-file")
        }
    };
    keys::parse_private_key(bytes, &mut passphrase).with_context(|| format!("key {name}"))
}

/// The key a service signs with, what it is, and what it tells the service's claims.
pub struct Credential {
    pub alg: Alg,
    pub material: KeyMaterial,
    pub facts: crate::providers::KeyFacts,
}

/// Loads the key material for `service`, the one path minting, batch and `inspect` share:
/// picks the algorithm, reads the secret or key, turns a structured secret into the signing key
/// and its `kid` (`Service::secret_form`), and notes what the key tells the claims.
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
                secret: env.secret.clone(),
                passphrase: env.passphrase.clone(),
            };
            &fallback
        }
        _ => env,
    };
    let (alg, material, json) = load_with_json(sources, env, explicit, service.algs)?;
    let mut facts = crate::providers::KeyFacts {
        alg: Some(alg),
        kid: json
            .get("private_key_id")
            .and_then(Value::as_str)
            .filter(|kid| !kid.is_empty())
            .map(str::to_string),
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
    };
    Ok(Credential {
        alg,
        material,
        facts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let (alg, material, json) =
            load_with_json(&sources, &Environment::default(), None, rules).unwrap();
        assert_eq!(alg, Alg::RS256);
        assert!(matches!(material, KeyMaterial::Private(_)));
        assert_eq!(
            json["client_email"],
            "jwtmint-test@jwtmint-test.iam.gserviceaccount.com"
        );
        assert!(!json.contains_key("private_key"));
        // A PEM key gives no JSON facts.
        let pem = std::fs::read(services_fixture("google-sa-key.pem")).unwrap();
        let (_, json) = key_and_json_from_bytes(&pem, "k", None, &Environment::default()).unwrap();
        assert!(json.is_empty());
    }

    #[test]
    fn an_rsa_default_wins_over_the_natural_algorithm() {
        let rsa = keys::KeyKind::Rsa { bits: 2048 };
        assert!(rsa_default_fits(Alg::PS256, rsa));
        assert!(rsa_default_fits(Alg::RS256, rsa));
        assert!(!rsa_default_fits(Alg::HS256, rsa));
        assert!(!rsa_default_fits(Alg::PS256, keys::KeyKind::EcP256));
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
    fn other_credential_types_are_named() {
        let err = load_private_key(
            &services_fixture("google-authorized-user.json"),
            None,
            &Environment::default(),
        )
        .unwrap_err();
        let text = format!("{err:#}");
        assert!(text.contains("authorized_user"), "{text}");
        assert!(text.contains("google-authorized-user.json"), "{text}");
    }
}
