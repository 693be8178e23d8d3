//! Where the HMAC secret and the passphrase come from: flags naming files, variables or
//! commands, environment variables, a profile (`crate::config`), or a prompt on a terminal.

use std::path::PathBuf;

use anyhow::{anyhow, bail, Context, Result};
use zeroize::Zeroizing;

use super::SecretCommand;
use crate::exit::UsageError;
use crate::input;
use crate::keys;

pub const ENV_SECRET: &str = "JWTMINT_SECRET";
pub const ENV_KEY_FILE: &str = "JWTMINT_KEY_FILE";
pub const ENV_PASSPHRASE: &str = "JWTMINT_PASSPHRASE";
pub const ENV_SECRET_COMMAND: &str = "JWTMINT_SECRET_COMMAND";
pub const ENV_PASSPHRASE_COMMAND: &str = "JWTMINT_PASSPHRASE_COMMAND";

/// The key options as given on the command line, or by a profile where neither the command
/// line nor the environment gives key material (`crate::config`). At most one of the three
/// secret sources is set.
#[derive(Debug, Clone, Default)]
pub struct KeySources {
    pub secret_file: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
    pub passphrase_file: Option<PathBuf>,
    /// `--secret-env VAR`: the secret is the value of VAR.
    pub secret_env: Option<String>,
    /// `--secret-command CMD`: the secret is what CMD prints.
    pub secret_command: Option<SecretCommand>,
    /// `--passphrase-command CMD`: the passphrase is what CMD prints.
    pub passphrase_command: Option<SecretCommand>,
    /// `--secret-encoding`: how the secret's text is turned into the HMAC key.
    pub secret_encoding: keys::secret::SecretEncoding,
    /// `--kid`: picks the key of a JWKS.
    pub select_kid: Option<String>,
    /// `--x5c-cert`: the certificate chain (leaf first) to put into `x5c`.
    pub x5c_cert: Option<PathBuf>,
    /// `--x5t-cert`: the certificate whose thumbprints go into `x5t` and `x5t#S256`.
    pub x5t_cert: Option<PathBuf>,
    /// `--pkcs11-module`: the PKCS#11 module of a `pkcs11:` key whose URI names none.
    pub pkcs11_module: Option<PathBuf>,
}

impl KeySources {
    /// Whether any of the secret sources is set.
    pub fn has_secret(&self) -> bool {
        self.secret_file.is_some() || self.secret_env.is_some() || self.secret_command.is_some()
    }

    /// Whether any secret or key source is set.
    pub fn has_material(&self) -> bool {
        self.has_secret() || self.key_file.is_some()
    }

    pub fn has_passphrase(&self) -> bool {
        self.passphrase_file.is_some() || self.passphrase_command.is_some()
    }
}

/// The longest name `--secret-env` / `secret-env` takes.
const MAX_VAR_NAME: usize = 64;

/// `text` when it looks like an environment variable's name: `[A-Z_][A-Z0-9_]*`, at most 64
/// characters. Anything else may be the secret itself, pasted where its variable's name
/// belongs: it is refused without being shown.
pub fn env_var_name(text: &str) -> Result<String, String> {
    let mut bytes = text.bytes();
    let looks_like_a_name = text.len() <= MAX_VAR_NAME
        && bytes
            .next()
            .is_some_and(|b| b.is_ascii_uppercase() || b == b'_')
        && bytes.all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    if looks_like_a_name {
        Ok(text.to_string())
    } else {
        Err(format!(
            "not an environment variable name (A-Z, 0-9 and _, at most {MAX_VAR_NAME} \
             characters; the value is not shown, in case it is the secret itself)"
        ))
    }
}

/// The environment variables that carry key material, read once.
#[derive(Default)]
pub struct Environment {
    pub secret: Option<Zeroizing<Vec<u8>>>,
    pub key_file: Option<PathBuf>,
    /// The variable that gave `key_file`: `JWTMINT_KEY_FILE`, or the service's own
    /// (`GOOGLE_APPLICATION_CREDENTIALS`).
    pub key_file_var: &'static str,
    pub passphrase: Option<Zeroizing<Vec<u8>>>,
    /// `JWTMINT_SECRET_COMMAND`, split when it is used.
    pub secret_command: Option<String>,
    /// `JWTMINT_PASSPHRASE_COMMAND`, split when it is used.
    pub passphrase_command: Option<String>,
}

impl Environment {
    pub fn from_process() -> Self {
        let bytes = |name| std::env::var_os(name).map(|v| Zeroizing::new(v.into_encoded_bytes()));
        Environment {
            secret: bytes(ENV_SECRET),
            key_file: std::env::var_os(ENV_KEY_FILE)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
            key_file_var: ENV_KEY_FILE,
            passphrase: bytes(ENV_PASSPHRASE),
            secret_command: text(ENV_SECRET_COMMAND),
            passphrase_command: text(ENV_PASSPHRASE_COMMAND),
        }
    }

    /// [`Environment::from_process`] for `service`: without `JWTMINT_KEY_FILE`, the key file
    /// of the service's own variable (`GOOGLE_APPLICATION_CREDENTIALS`). Like every
    /// environment variable, it wins over a profile: flag > env > profile > default.
    pub fn for_service(service: &crate::providers::Service) -> Self {
        let mut env = Environment::from_process();
        if let (None, Some(name)) = (&env.key_file, service.key_env) {
            env.key_file = std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from);
            env.key_file_var = name;
        }
        env
    }

    /// Whether the environment gives an HMAC secret.
    pub fn has_secret(&self) -> bool {
        self.secret.is_some() || self.secret_command.is_some()
    }

    /// Whether the environment gives a passphrase.
    pub fn has_passphrase(&self) -> bool {
        self.passphrase.is_some() || self.passphrase_command.is_some()
    }
}

/// A non-empty environment variable as text.
fn text(name: &str) -> Option<String> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(|v| v.to_string_lossy().into_owned())
}

/// An environment variable's command, split like a shell would.
pub fn env_command(name: &str, text: &str) -> Result<SecretCommand> {
    SecretCommand::parse(text).map_err(|e| UsageError::new(format!("{name}: {e}")).into())
}

/// The option that gave the secret, for messages.
pub(super) fn secret_flag(sources: &KeySources) -> &'static str {
    if sources.secret_env.is_some() {
        "--secret-env"
    } else if sources.secret_command.is_some() {
        "--secret-command"
    } else {
        "--secret-file"
    }
}

/// The secret from `sources` (a file, a variable or a command), if they name one, and where it
/// came from (for messages). Minting and `inspect` share it.
pub fn secret_from_sources(sources: &KeySources) -> Result<Option<(Zeroizing<Vec<u8>>, String)>> {
    Ok(Some(if let Some(path) = &sources.secret_file {
        let bytes = input::read_path(path, "secret file")?;
        (
            input::strip_one_newline(bytes),
            format!("secret file {}", input::display(path)),
        )
    } else if let Some(name) = &sources.secret_env {
        env_var_name(name).map_err(|e| UsageError::new(format!("--secret-env: {e}")))?;
        let value = std::env::var_os(name)
            .ok_or_else(|| anyhow!("the environment variable {name} (secret-env) is not set"))?;
        (
            Zeroizing::new(value.into_encoded_bytes()),
            format!("environment variable {name}"),
        )
    } else if let Some(command) = &sources.secret_command {
        (
            command.run("secret")?,
            format!("the secret command `{}`", command.program()),
        )
    } else {
        return Ok(None);
    }))
}

/// The secret of `JWTMINT_SECRET`, else of `JWTMINT_SECRET_COMMAND`.
pub fn secret_from_env(env: &Environment) -> Result<Option<(Zeroizing<Vec<u8>>, String)>> {
    Ok(Some(if let Some(secret) = &env.secret {
        (secret.clone(), ENV_SECRET.to_string())
    } else if let Some(text) = &env.secret_command {
        let command = env_command(ENV_SECRET_COMMAND, text)?;
        (
            command.run("secret")?,
            format!(
                "the secret command `{}` ({ENV_SECRET_COMMAND})",
                command.program()
            ),
        )
    } else {
        return Ok(None);
    }))
}

/// The HMAC secret: `--secret-file`, `--secret-env` or `--secret-command` (or the profile's),
/// then `JWTMINT_SECRET`, `JWTMINT_SECRET_COMMAND`, then a prompt on a terminal.
pub(super) fn load_secret(sources: &KeySources, env: &Environment) -> Result<Zeroizing<Vec<u8>>> {
    let (secret, source) = if let Some(found) = secret_from_sources(sources)? {
        found
    } else if let Some(found) = secret_from_env(env)? {
        found
    } else if input::stdin_is_terminal() {
        (
            input::prompt_hidden("HMAC secret: ")?,
            "the secret typed".to_string(),
        )
    } else {
        bail!(UsageError::new(format!(
            "no HMAC secret: pass --secret-file PATH, --secret-env VAR or --secret-command CMD, \
             set {ENV_SECRET}, or use a profile"
        )));
    };
    if secret.is_empty() {
        bail!("the HMAC secret is empty ({source})");
    }
    decode_secret(secret, sources.secret_encoding, &source)
}

/// The secret as `--secret-encoding` says to read it (the text itself by default). Every
/// secret, from every source, minting and `inspect` alike, comes through here: key material
/// (a public key, a certificate, a JWK…) is refused, as written and as decoded
/// ([`refuse_key_material`]).
pub fn decode_secret(
    secret: Zeroizing<Vec<u8>>,
    encoding: keys::secret::SecretEncoding,
    source: &str,
) -> Result<Zeroizing<Vec<u8>>> {
    refuse_key_material(&secret, source)?;
    if encoding == keys::secret::SecretEncoding::default() {
        return Ok(secret);
    }
    let key = keys::secret::decode_secret(&secret, encoding)
        .with_context(|| format!("the HMAC secret from {source}"))?;
    if key.is_empty() {
        bail!("the HMAC secret from {source} decodes to nothing");
    }
    refuse_key_material(&key, source)?;
    Ok(key)
}

/// Refuses a secret that is key material ([`keys::secret::key_material`]): signing or checking
/// an HMAC token with a public key's bytes is the algorithm-confusion forgery.
pub fn refuse_key_material(secret: &[u8], source: &str) -> Result<()> {
    match keys::secret::key_material(secret) {
        None => Ok(()),
        Some(what) => bail!(
            "the HMAC secret from {source} is {what}, not a secret: key files go to --key \
             (an HMAC secret made of key material is the algorithm-confusion forgery)"
        ),
    }
}

/// Where the passphrase of the key file `name` comes from, asked only when needed.
pub(super) fn passphrase_for<'a>(
    name: &'a str,
    sources: &'a KeySources,
    env: &'a Environment,
) -> impl FnMut() -> Result<Zeroizing<Vec<u8>>> + 'a {
    move || {
        if let Some(file) = &sources.passphrase_file {
            let bytes = input::read_path(file, "passphrase file")?;
            Ok(input::strip_one_newline(bytes))
        } else if let Some(command) = &sources.passphrase_command {
            command.run("passphrase")
        } else if let Some(pass) = &env.passphrase {
            Ok(pass.clone())
        } else if let Some(text) = &env.passphrase_command {
            env_command(ENV_PASSPHRASE_COMMAND, text)?.run("passphrase")
        } else if input::stdin_is_terminal() {
            input::prompt_hidden(&format!("Passphrase for {name}: "))
        } else {
            bail!("the key is encrypted: set {ENV_PASSPHRASE} or pass --passphrase-file")
        }
    }
}
