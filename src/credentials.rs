//! Where the HMAC secret, the private key and its passphrase come from: flags naming files,
//! variables or commands, environment variables, a profile (`crate::config`), or a prompt on a
//! terminal. No flag ever takes a secret as its value.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::exit::UsageError;
use crate::input;
use crate::keys;
use crate::output::warn;
use crate::providers::{AlgRules, KeyForm};
use crate::sign::{Alg, KeyMaterial};
use crate::signers;

pub const ENV_SECRET: &str = "JWTMINT_SECRET";
pub const ENV_KEY_FILE: &str = "JWTMINT_KEY_FILE";
pub const ENV_PASSPHRASE: &str = "JWTMINT_PASSPHRASE";
pub const ENV_SECRET_COMMAND: &str = "JWTMINT_SECRET_COMMAND";
pub const ENV_PASSPHRASE_COMMAND: &str = "JWTMINT_PASSPHRASE_COMMAND";
/// How long a `--secret-command` or `--passphrase-command` may run, in seconds (default 30).
pub const ENV_COMMAND_TIMEOUT: &str = "JWTMINT_COMMAND_TIMEOUT";
const COMMAND_TIMEOUT: Duration = Duration::from_secs(30);
/// The longest time-out `JWTMINT_COMMAND_TIMEOUT` may ask for: a day covers a password manager
/// waiting for a person; more is a typo (and 2^64 seconds overflowed the deadline: a panic).
const MAX_COMMAND_TIMEOUT: u64 = 86_400;
/// The most a secret or passphrase command may print.
const MAX_COMMAND_OUTPUT: u64 = 1 << 20;

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

/// A command that prints a secret (`op read op://…`, `pass show …`), as an argv: it is run
/// without a shell, with standard input closed and a time-out; its standard output less one
/// trailing newline is the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretCommand {
    pub argv: Vec<String>,
}

impl SecretCommand {
    /// Splits a command line as a POSIX shell would (quotes, backslashes), without running one.
    /// The message never quotes `text`: a command line can hold a token or a password.
    pub fn parse(text: &str) -> Result<SecretCommand, String> {
        let argv = shlex::split(text).ok_or_else(|| {
            "cannot split the command into words: unbalanced quotes or a trailing backslash? \
             (it is not shown, as it may hold a secret)"
                .to_string()
        })?;
        SecretCommand::from_argv(argv)
    }

    pub fn from_argv(argv: Vec<String>) -> Result<SecretCommand, String> {
        match argv.first() {
            None => Err("the command is empty".into()),
            Some(program) if program.is_empty() => Err("the command's program is empty".into()),
            Some(_) => Ok(SecretCommand { argv }),
        }
    }

    /// The program's name, for messages.
    pub fn program(&self) -> &str {
        &self.argv[0]
    }

    /// The argv as an array of JSON strings, for `jwtmint config show`.
    pub fn display(&self) -> String {
        serde_json::to_string(&self.argv).unwrap_or_default()
    }

    /// Runs the command and returns what it printed, less one trailing newline. `what` names
    /// the secret in messages ("secret", "passphrase"); the output never appears in them.
    pub fn run(&self, what: &str) -> Result<Zeroizing<Vec<u8>>> {
        let timeout = command_timeout()?;
        let program = self.program();
        let name = format!("the {what} command `{program}`");
        let mut command = Command::new(program);
        command
            .args(&self.argv[1..])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        // Its own process group, so that a time-out stops everything it started: a
        // grandchild holding the pipe (`sh -c 'sleep 1000 & echo x'`) outlived a kill of the
        // direct child.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let mut child = command.spawn().map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => anyhow!("{name} was not found"),
            std::io::ErrorKind::PermissionDenied => {
                anyhow!("{name} cannot be run: permission denied")
            }
            _ => anyhow!("{name} cannot be run: {e}"),
        })?;
        let group = ProcessGroup(child.id());
        // Both pipes are read on their own threads, so that a chatty command cannot block on
        // a full pipe, and a child that keeps them open cannot hang jwtmint past the time-out.
        let (out_tx, out_rx) = mpsc::channel();
        let (err_tx, err_rx) = mpsc::channel();
        if let Some(stdout) = child.stdout.take() {
            std::thread::spawn(move || {
                let _ = out_tx.send(read_capped(stdout));
            });
        }
        if let Some(stderr) = child.stderr.take() {
            std::thread::spawn(move || {
                let _ = err_tx.send(read_capped(stderr));
            });
        }
        let deadline = Instant::now() + timeout;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(10))
                }
                Ok(None) => {
                    group.kill();
                    let _ = child.kill();
                    let _ = child.wait();
                    let stderr = err_rx.recv_timeout(Duration::from_millis(100)).ok();
                    bail!(
                        "{name} did not finish within {}s{}",
                        timeout.as_secs(),
                        last_line(stderr)
                    );
                }
                Err(e) => bail!("{name}: waiting for it failed: {e}"),
            }
        };
        // The command has exited; what it left running in the background may still hold the
        // pipes. Give them a moment, then stop the group, and the pipes close.
        let grace = deadline
            .saturating_duration_since(Instant::now())
            .min(LEFTOVER_GRACE);
        let stdout = match out_rx.recv_timeout(grace) {
            Ok(read) => Ok(read),
            Err(_) => {
                group.kill();
                out_rx.recv_timeout(Duration::from_secs(1))
            }
        };
        let stderr = match err_rx.recv_timeout(Duration::from_millis(100)) {
            Ok(read) => Some(read),
            Err(_) => {
                group.kill();
                err_rx.recv_timeout(Duration::from_millis(500)).ok()
            }
        };
        // Over the cap, the reader stopped and the command died of SIGPIPE (status 141): say
        // what happened rather than the status.
        if let Ok(Ok(bytes)) = &stdout {
            if bytes.len() as u64 > MAX_COMMAND_OUTPUT {
                bail!(
                    "{name} printed more than {} KiB: that is not a {what}",
                    MAX_COMMAND_OUTPUT >> 10
                );
            }
        }
        if !status.success() {
            let how = match status.code() {
                Some(code) => format!("exited with status {code}"),
                None => "was killed by a signal".to_string(),
            };
            bail!("{name} {how}{}", last_line(stderr));
        }
        let stdout = match stdout {
            Ok(Ok(bytes)) => bytes,
            Ok(Err(e)) => bail!("{name}: reading its output failed: {e}"),
            Err(_) => bail!("{name} exited but kept its output open"),
        };
        let secret = input::strip_one_newline(stdout);
        if secret.is_empty() {
            bail!("{name} printed nothing{}", last_line(stderr));
        }
        Ok(secret)
    }
}

/// How long what a secret command left running may keep its output open after it exited.
const LEFTOVER_GRACE: Duration = Duration::from_millis(500);

/// A secret command's process group (its id is the command's pid).
struct ProcessGroup(u32);

impl ProcessGroup {
    /// SIGKILL to every process left in the group.
    fn kill(&self) {
        #[cfg(unix)]
        if let Ok(pid) = libc::pid_t::try_from(self.0) {
            if pid > 0 {
                // SAFETY: kill has no memory effects; a negative pid names the group the
                // command was started in (`process_group(0)`), which holds only what it started.
                unsafe {
                    libc::kill(-pid, libc::SIGKILL);
                }
            }
        }
    }
}

/// The time-out for secret commands (and for a FIFO to deliver a file's contents):
/// `JWTMINT_COMMAND_TIMEOUT` seconds, else 30.
pub(crate) fn command_timeout() -> Result<Duration> {
    match std::env::var(ENV_COMMAND_TIMEOUT) {
        Err(_) => Ok(COMMAND_TIMEOUT),
        Ok(text) => match text.trim().parse::<u64>() {
            Ok(secs) if (1..=MAX_COMMAND_TIMEOUT).contains(&secs) => Ok(Duration::from_secs(secs)),
            _ => Err(UsageError::new(format!(
                "{ENV_COMMAND_TIMEOUT} is `{}`: give a whole number of seconds from 1 to \
                 {MAX_COMMAND_TIMEOUT}",
                crate::claims::abbreviate(&text)
            ))
            .into()),
        },
    }
}

fn read_capped(pipe: impl Read) -> std::io::Result<Zeroizing<Vec<u8>>> {
    let mut buffer = Zeroizing::new(Vec::new());
    pipe.take(MAX_COMMAND_OUTPUT + 1).read_to_end(&mut buffer)?;
    Ok(buffer)
}

/// `: LAST LINE OF STDERR` (printable, at most 200 characters), or nothing.
fn last_line(stderr: Option<std::io::Result<Zeroizing<Vec<u8>>>>) -> String {
    let Some(Ok(bytes)) = stderr else {
        return String::new();
    };
    let text = String::from_utf8_lossy(&bytes);
    let Some(line) = text.lines().rev().map(str::trim).find(|l| !l.is_empty()) else {
        return String::new();
    };
    let line: String = line
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(200)
        .collect();
    format!(": {line}")
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
    // An explicit --alg must agree with a JWK's own `alg`, which is otherwise the default.
    let alg = match (explicit, file.alg) {
        (Some(given), Some(own)) if given != own => bail!(UsageError::new(format!(
            "--alg {given} contradicts the key's own alg {own} (key {name})"
        ))),
        (Some(given), _) => given,
        (None, Some(own)) => own,
        (None, None) => match file.material.kind() {
            None => hmac_default(rules),
            Some(kind) => {
                let natural = Alg::natural_for(kind);
                if rsa_default_fits(rules.default, kind) {
                    // An RSA key signs with any RS/PS algorithm: the service's default
                    // (Entra's PS256) wins over the key's natural RS256.
                    rules.default
                } else if rules.allowed.contains(&natural) {
                    natural
                } else {
                    rules.default
                }
            }
        },
    };
    check_key_fits(alg, explicit, &file, rules, &name)?;
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

/// The HMAC algorithm a secret signs with when nothing says: HS256, else the first HMAC
/// algorithm the service allows, else its default (which [`check_key_fits`] then refuses).
fn hmac_default(rules: AlgRules) -> Alg {
    if rules.allowed.contains(&Alg::HS256) {
        Alg::HS256
    } else {
        rules
            .allowed
            .iter()
            .copied()
            .find(|alg| alg.is_hmac())
            .unwrap_or(rules.default)
    }
}

/// The service's rules decide for every key form, a JWK of kty `oct` included: `alg` must be
/// one the service allows, and the key one that signs with it (an HMAC secret for HS*, a
/// private key for the others).
fn check_key_fits(
    alg: Alg,
    explicit: Option<Alg>,
    file: &KeyFile,
    rules: AlgRules,
    name: &str,
) -> Result<()> {
    let allowed = || {
        let names: Vec<_> = rules.allowed.iter().map(|a| a.name()).collect();
        names.join(", ")
    };
    let is_secret = matches!(file.material, KeyMaterial::Secret(_));
    if !rules.allowed.contains(&alg) {
        let why = if explicit.is_some() {
            format!(
                "{alg} is not an algorithm this service accepts ({})",
                allowed()
            )
        } else if file.alg == Some(alg) {
            format!(
                "the key's own alg is {alg}, which this service does not accept ({})",
                allowed()
            )
        } else if is_secret {
            format!(
                "the key {name} is an HMAC secret (a JWK of kty `oct`), and this service signs \
                 with {} only",
                allowed()
            )
        } else {
            format!(
                "{alg} is not an algorithm this service accepts ({})",
                allowed()
            )
        };
        bail!(UsageError::new(why));
    }
    // Found by reading the key file: not a usage error.
    match (alg.is_hmac(), is_secret) {
        (true, false) => {
            bail!("{alg} signs with an HMAC secret, but the key {name} is a private key")
        }
        (false, true) => bail!(
            "{alg} signs with a private key, but the key {name} is an HMAC secret (a JWK of kty \
             `oct`)"
        ),
        _ => Ok(()),
    }
}

fn short_secret(alg: Alg, secret: &[u8]) -> Option<String> {
    let min = alg.min_secret_len()?;
    (secret.len() < min).then(|| {
        format!(
            "the HMAC secret is {} bytes; {alg} wants at least {min} (RFC 7518 section 3.2)",
            secret.len()
        )
    })
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
        // `--key` may still name an HMAC secret (a JWK of kty `oct`); any other key is refused
        // once it is read.
        return Ok(true);
    }
    if !hmac_allowed {
        if sources.has_secret() {
            bail!(UsageError::new(format!(
                "{} signs with a private key (--key or {ENV_KEY_FILE}), not {}",
                rules.default,
                secret_flag(sources)
            )));
        }
        return Ok(false);
    }
    Ok(match (sources.has_secret(), &sources.key_file) {
        (true, Some(_)) => {
            return Err(UsageError::new(format!(
                "give either {} or --key, not both (or pick one with --alg)",
                secret_flag(sources)
            ))
            .into())
        }
        (true, None) => true,
        (false, Some(_)) => false,
        (false, None) => match (env.has_secret(), &env.key_file) {
            (true, None) => true,
            (false, Some(_)) => false,
            (true, Some(_)) => {
                return Err(UsageError::new(format!(
                    "both {ENV_SECRET} and {ENV_KEY_FILE} are set: choose with --alg, \
                     --secret-file or --key"
                ))
                .into())
            }
            (false, None) => rules.default.is_hmac(),
        },
    })
}

/// The option that gave the secret, for messages.
fn secret_flag(sources: &KeySources) -> &'static str {
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
fn load_secret(sources: &KeySources, env: &Environment) -> Result<Zeroizing<Vec<u8>>> {
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

/// A key file as read: the key material and what the file says about it.
pub struct KeyFile {
    /// A private key, or an HMAC secret (a JWK of `kty: "oct"`).
    pub material: KeyMaterial,
    /// A JWK's `kid`.
    pub kid: Option<String>,
    /// A JWK's `alg`, checked to fit the key.
    pub alg: Option<Alg>,
    /// The non-secret fields of a Google service-account file.
    pub json: Map<String, Value>,
}

/// Opens a key in its store, with the PIN (a PKCS#11 token's) asked for only when needed, from
/// where a passphrase comes from.
pub fn open_store(
    reference: &signers::Reference,
    sources: &KeySources,
    env: &Environment,
) -> Result<Box<dyn signers::SigningKey>> {
    let mut pin = move || -> Result<Zeroizing<Vec<u8>>> {
        if let Some(file) = &sources.passphrase_file {
            let bytes = input::read_path(file, "PIN file")?;
            Ok(input::strip_one_newline(bytes))
        } else if let Some(command) = &sources.passphrase_command {
            command.run("PIN")
        } else if let Some(pass) = &env.passphrase {
            Ok(pass.clone())
        } else if let Some(text) = &env.passphrase_command {
            env_command(ENV_PASSPHRASE_COMMAND, text)?.run("PIN")
        } else if input::stdin_is_terminal() {
            input::prompt_hidden("PIN for the PKCS#11 token: ")
        } else {
            bail!(
                "no PIN: pass --passphrase-file PATH, set {ENV_PASSPHRASE}, or add \
                 pin-source=file:PATH to the URI"
            )
        }
    };
    signers::open(
        reference,
        &mut signers::OpenContext {
            pin: &mut pin,
            pkcs11_module: sources.pkcs11_module.clone(),
        },
    )
}

/// The public half (SPKI DER) of the key `path` names, file or store, with its name for
/// messages: what `inspect --key` checks a signature with when given a store's key.
pub fn store_public_key(
    path: &Path,
    sources: &KeySources,
    env: &Environment,
) -> Result<Option<(Vec<u8>, String)>> {
    match signers::Reference::parse(path)? {
        signers::Reference::File(_) => Ok(None),
        reference => {
            let key = open_store(&reference, sources, env)?;
            Ok(Some((key.public_key_spki()?, key.name().to_string())))
        }
    }
}

/// Reads a key file in any form jwtmint knows (PEM, DER, encrypted, OpenSSH, PKCS#12, a JWK
/// or a JWKS picked by `--kid`, a Google service-account file), asking for its passphrase only
/// if it is encrypted.
pub fn read_key_file(path: &Path, sources: &KeySources, env: &Environment) -> Result<KeyFile> {
    let bytes = input::read_path(path, "key")?;
    key_file_from_bytes(&bytes, &input::display(path), sources, env)
}

/// [`read_key_file`] for bytes already read, named `name` in messages.
pub fn key_file_from_bytes(
    bytes: &[u8],
    name: &str,
    sources: &KeySources,
    env: &Environment,
) -> Result<KeyFile> {
    if keys::service_account::is_credential_json(bytes) {
        let account = keys::service_account::parse(bytes).with_context(|| format!("key {name}"))?;
        if let Some(account) = account {
            let key =
                private_key_from_bytes(account.private_key_pem.as_bytes(), name, sources, env)?;
            return Ok(KeyFile {
                material: KeyMaterial::Private(key),
                kid: None,
                alg: None,
                json: account.facts,
            });
        }
    }
    let mut passphrase = passphrase_for(name, sources, env);
    let loaded = keys::load_key(bytes, sources.select_kid.as_deref(), &mut passphrase)
        .with_context(|| format!("key {name}"))?;
    Ok(KeyFile {
        material: loaded.key,
        kid: loaded.kid,
        alg: loaded.alg,
        json: Map::new(),
    })
}

/// Reads and parses a private key, asking for its passphrase only if it is encrypted.
pub fn load_private_key(
    path: &Path,
    sources: &KeySources,
    env: &Environment,
) -> Result<keys::PrivateKey> {
    let bytes = input::read_path(path, "key")?;
    key_and_json_from_bytes(&bytes, &input::display(path), sources, env).map(|(key, _)| key)
}

/// Parses a key file's bytes as a private key (an HMAC JWK is refused), with the non-secret
/// fields of a Google service-account file beside it (empty for any other key file).
pub fn key_and_json_from_bytes(
    bytes: &[u8],
    name: &str,
    sources: &KeySources,
    env: &Environment,
) -> Result<(keys::PrivateKey, Map<String, Value>)> {
    let file = key_file_from_bytes(bytes, name, sources, env)?;
    match file.material {
        KeyMaterial::Private(key) => Ok((key, file.json)),
        KeyMaterial::Secret(_) => {
            bail!("key {name}: this JWK is an HMAC secret (kty `oct`), not a private key")
        }
        KeyMaterial::Store(key) => bail!("key {name}: {} is not a key file", key.name()),
    }
}

/// Parses the bytes of a private key file already read (named `name` in messages), asking for
/// its passphrase only if it is encrypted: `--passphrase-file` or `--passphrase-command` (or the
/// profile's), then `JWTMINT_PASSPHRASE`, `JWTMINT_PASSPHRASE_COMMAND`, then a prompt.
pub fn private_key_from_bytes(
    bytes: &[u8],
    name: &str,
    sources: &KeySources,
    env: &Environment,
) -> Result<keys::PrivateKey> {
    let mut passphrase = passphrase_for(name, sources, env);
    keys::parse_private_key(bytes, &mut passphrase).with_context(|| format!("key {name}"))
}

/// Where the passphrase of the key file `name` comes from, asked only when needed.
fn passphrase_for<'a>(
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

/// The `x5c`, `x5t` and `x5t#S256` header fields of `--x5c-cert` and `--x5t-cert`, whose
/// certificate must hold the signing key's public key.
fn certificate_header(
    sources: &KeySources,
    env: &Environment,
    material: &KeyMaterial,
) -> Result<Map<String, Value>> {
    let mut header = Map::new();
    for (path, x5c) in [(&sources.x5c_cert, true), (&sources.x5t_cert, false)] {
        let Some(path) = path else { continue };
        let flag = if x5c { "--x5c-cert" } else { "--x5t-cert" };
        let Some(spki) = material.public_spki()? else {
            bail!(UsageError::new(format!(
                "{flag} needs a private key: an HMAC secret has no certificate"
            )));
        };
        let name = input::display(path);
        let bytes = input::read_path(path, "certificate")?;
        let mut passphrase = passphrase_for(&name, sources, env);
        let chain = keys::cert::load_certs(&bytes, &mut passphrase)
            .with_context(|| format!("{flag} {name}"))?;
        let leaf = chain
            .first()
            .ok_or_else(|| anyhow!("{flag} {name}: no certificate in it"))?;
        keys::cert::check_cert_matches_spki(leaf, &spki)
            .with_context(|| format!("{flag} {name}"))?;
        if x5c {
            keys::cert::check_chain(&chain).with_context(|| format!("{flag} {name}"))?;
            let chain = keys::cert::x5c(&chain)
                .into_iter()
                .map(Value::String)
                .collect();
            header.insert("x5c".into(), Value::Array(chain));
        } else {
            header.insert("x5t".into(), Value::String(keys::cert::x5t(leaf)));
            header.insert("x5t#S256".into(), Value::String(keys::cert::x5t_s256(leaf)));
        }
    }
    Ok(header)
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
            &KeySources::default(),
            &Environment::default(),
        )
        .unwrap_err();
        let text = format!("{err:#}");
        assert!(text.contains("authorized_user"), "{text}");
        assert!(text.contains("google-authorized-user.json"), "{text}");
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
