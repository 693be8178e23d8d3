//! Where the HMAC secret, the private key and its passphrase come from: flags naming files,
//! environment variables, or a prompt on a terminal. No flag ever takes a secret as its value.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
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
        return Ok((alg, KeyMaterial::Secret(secret)));
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
    let key = load_private_key(path, sources.passphrase_file.as_deref(), env)?;
    let alg = explicit.unwrap_or_else(|| {
        let natural = Alg::natural_for(key.kind());
        if rules.allowed.contains(&natural) {
            natural
        } else {
            rules.default
        }
    });
    Ok((alg, KeyMaterial::Private(key)))
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
    private_key_from_bytes(&bytes, &input::display(path), passphrase_file, env)
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
    let (alg, material) = load(sources, env, explicit, service.algs)?;
    let mut facts = crate::providers::KeyFacts {
        alg: Some(alg),
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
