//! Profiles: the config file, which profile is in force, and how a profile's settings join the
//! command line's.
//!
//! The file is TOML, at `$JWTMINT_CONFIG`, else `$XDG_CONFIG_HOME/jwtmint/config.toml`, else
//! `~/.config/jwtmint/config.toml` (the platform's config directory on Windows):
//!
//! ```toml
//! default-profile = "staging"
//! [profiles.staging.formio]
//! project = "5c81a2e7f1d3b40012345601"
//! form = "5c81a2e7f1d3b40012345602"
//! secret-command = ["op", "read", "op://ops/formio-staging/jwt-secret"]
//! ```
//!
//! A profile's section for a service is keyed by the subcommand's long option names: its own
//! options (the keys `--batch` lines use, read by the same [`Opt`] declarations) except those
//! that name the user or grant rights, and the shared options declared `group = IN_PROFILE` in
//! `crate::cli` (the key sources `secret-file`, `key`, `passphrase-file`, `secret-env`,
//! `secret-command`, `passphrase-command`, and `alg`, `kid`, `typ`, `expires-in`, `format`),
//! read by the flags' own parsers. An `[profiles.NAME.inspect]` section gives `inspect` its
//! `provider`, `jwks-url` and key, the same way.
//! Precedence: command-line flag > environment variable > profile > built-in default. Options
//! that grant rights, and secret values, are refused: the file may run commands, so it must
//! not be writable by anyone else, but it may be readable.
//!
//! `parse` reads the file's text (pure: no files, no environment; the `config` fuzz target
//! calls it), this module finds and loads the file, picks the profile and joins it to the
//! command line, `show` is `jwtmint config`.

mod parse;
mod show;

pub use parse::{closest, parse};
pub use show::{run, ConfigCommand, ShowFormat};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context, Result};

use crate::credentials::{
    Environment, KeySources, ENV_PASSPHRASE, ENV_PASSPHRASE_COMMAND, ENV_SECRET, ENV_SECRET_COMMAND,
};
use crate::exit::UsageError;
use crate::inspect::InspectOptions;
use crate::jws::Alg;
use crate::mint::MintOptions;
use crate::output::Format;
use crate::providers::{Given, Opt, Origin, Service, Values};
use crate::time::Expiry;
use parse::profile_list;

pub const ENV_CONFIG: &str = "JWTMINT_CONFIG";
pub const ENV_PROFILE: &str = "JWTMINT_PROFILE";

/// A config file is a few hundred bytes; anything this large is not one.
const MAX_CONFIG: u64 = 1 << 20;

/// The section that configures `inspect`.
pub const INSPECT: &str = "inspect";

/// Where the config file is, and what named it: `JWTMINT_CONFIG` ([`Origin::Env`]) or the
/// platform's default place ([`Origin::Default`]).
#[derive(Debug, Clone)]
pub struct Location {
    pub path: PathBuf,
    pub origin: Origin,
}

/// The config file's path: `$JWTMINT_CONFIG`, else the platform's config directory (XDG on
/// Unix, macOS included; the roaming AppData folder on Windows) + `jwtmint/config.toml`.
pub fn locate() -> Result<Location> {
    if let Some(path) = std::env::var_os(ENV_CONFIG).filter(|v| !v.is_empty()) {
        return Ok(Location {
            path: PathBuf::from(path),
            origin: Origin::Env(ENV_CONFIG.into()),
        });
    }
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy()
        .map_err(|e| anyhow!("cannot find the config directory: {e}"))?;
    Ok(Location {
        path: base.config_dir().join("jwtmint").join("config.toml"),
        origin: Origin::Default,
    })
}

/// The parsed config file.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub path: PathBuf,
    pub default_profile: Option<String>,
    pub profiles: BTreeMap<String, Profile>,
}

/// One profile: a section per service (and maybe one for `inspect`).
#[derive(Debug, Clone, Default)]
pub struct Profile {
    pub name: String,
    pub sections: BTreeMap<String, Section>,
}

/// One `[profiles.NAME.SERVICE]` table, read and checked.
#[derive(Debug, Clone, Default)]
pub struct Section {
    /// The service's own options, by name.
    pub values: Vec<(&'static Opt, Option<Given>)>,
    pub keys: KeySources,
    pub alg: Option<Alg>,
    pub kid: Option<String>,
    pub typ: Option<String>,
    /// `expires-in`, in seconds.
    pub expires_in: Option<i64>,
    pub format: Option<Format>,
    /// `inspect --provider`, in an `inspect` section.
    pub provider: Option<String>,
    /// `inspect --jwks-url`, in an `inspect` section.
    pub jwks_url: Option<String>,
}

/// Loads the config file at `location`: `Ok(None)` when there is none (and `JWTMINT_CONFIG`
/// does not name one). Refuses a file that others can write, or could replace.
///
/// The file is opened once, without blocking (a FIFO with no writer would otherwise hang), and
/// its owner and mode are those of the open descriptor (`fstat`): checking the path and then
/// opening it again let a file swapped in between run its `secret-command`.
pub fn load(location: &Location) -> Result<Option<Config>> {
    let path = &location.path;
    let file = match crate::input::open_nonblocking(path) {
        Ok(file) => file,
        Err(e)
            if e.kind() == std::io::ErrorKind::NotFound && location.origin == Origin::Default =>
        {
            return Ok(None)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(UsageError::new(format!(
                "{ENV_CONFIG} names {}, which does not exist",
                path.display()
            ))
            .into())
        }
        Err(e) => return Err(anyhow!("reading the config file {}: {e}", path.display())),
    };
    let meta = file
        .metadata()
        .with_context(|| format!("reading the config file {}", path.display()))?;
    if meta.is_dir() {
        return Err(anyhow!(
            "reading the config file {}: it is a directory",
            path.display()
        ));
    }
    if !meta.is_file() {
        return Err(UsageError::new(format!(
            "refusing the config file {}: it is not a regular file (a FIFO, socket or device)",
            path.display()
        ))
        .into());
    }
    check_safe(path, &meta)?;
    check_directories(path, &meta)?;
    let text = read_text(file, path)?;
    let home = etcetera::home_dir().ok();
    parse(&text, path, home.as_deref()).map(Some)
}

fn read_text(file: std::fs::File, path: &Path) -> Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    file.take(MAX_CONFIG + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("reading the config file {}", path.display()))?;
    if bytes.len() as u64 > MAX_CONFIG {
        return Err(anyhow!(
            "the config file {} is larger than {} KiB: that is not a config file",
            path.display(),
            MAX_CONFIG >> 10
        ));
    }
    String::from_utf8(bytes).map_err(|_| {
        UsageError::new(format!(
            "the config file {} is not UTF-8 text",
            path.display()
        ))
        .into()
    })
}

/// A config file can run commands (`secret-command`): refuse one that someone else could have
/// written. Reading by others is fine: it holds no secrets. `meta` is the open file's.
#[cfg(unix)]
fn check_safe(path: &Path, meta: &std::fs::Metadata) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    let shown = path.display();
    if meta.uid() != me && meta.uid() != 0 {
        return Err(UsageError::new(format!(
            "refusing the config file {shown}: it belongs to another user (uid {}), and it can \
             run commands; make it yours: cp {shown} {shown}.mine && mv {shown}.mine {shown}",
            meta.uid()
        ))
        .into());
    }
    if meta.mode() & 0o022 != 0 {
        return Err(UsageError::new(format!(
            "refusing the config file {shown}: others can write to it (mode {:o}), and it can \
             run commands; fix it with: chmod go-w {shown}",
            meta.mode() & 0o777
        ))
        .into());
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_safe(_path: &Path, _meta: &std::fs::Metadata) -> Result<()> {
    Ok(())
}

/// OpenSSH's StrictModes for the directories above the config file: whoever can write to one
/// of them can replace the file (or a directory on its way) with their own. Each directory from
/// the file's up to the home directory (or `/`) must belong to the user or root and must not be
/// writable by group or others, unless its sticky bit is set (`/tmp`: others cannot rename or
/// remove what is the user's). Both the path as given and the one symlinks lead to are checked,
/// and the path must still lead to the file that was opened.
#[cfg(unix)]
fn check_directories(path: &Path, opened: &std::fs::Metadata) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let real = std::fs::canonicalize(path)
        .with_context(|| format!("reading the config file {}", path.display()))?;
    let now = std::fs::metadata(&real)
        .with_context(|| format!("reading the config file {}", path.display()))?;
    if (now.dev(), now.ino()) != (opened.dev(), opened.ino()) {
        return Err(UsageError::new(format!(
            "refusing the config file {}: it was replaced while being read",
            path.display()
        ))
        .into());
    }
    let given = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .context("finding the current directory")?
            .join(path)
    };
    let home = etcetera::home_dir()
        .ok()
        .and_then(|home| std::fs::canonicalize(home).ok());
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    for file in [given.as_path(), real.as_path()] {
        for dir in file.ancestors().skip(1) {
            if dir.as_os_str().is_empty() {
                continue;
            }
            let meta = std::fs::metadata(dir)
                .with_context(|| format!("checking the directory {}", dir.display()))?;
            let shown = dir.display();
            if meta.uid() != me && meta.uid() != 0 {
                return Err(UsageError::new(format!(
                    "refusing the config file {}: its directory {shown} belongs to another \
                     user (uid {}), who could replace the file, and it can run commands; move \
                     the file to a directory of your own",
                    path.display(),
                    meta.uid()
                ))
                .into());
            }
            if meta.mode() & 0o022 != 0 && meta.mode() & 0o1000 == 0 {
                return Err(UsageError::new(format!(
                    "refusing the config file {}: others can write to its directory {shown} \
                     (mode {:o}) and replace the file, and it can run commands; fix it with: \
                     chmod go-w {shown}",
                    path.display(),
                    meta.mode() & 0o7777
                ))
                .into());
            }
            let canonical = std::fs::canonicalize(dir).ok();
            if canonical.is_some() && canonical == home {
                break;
            }
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_directories(_path: &Path, _opened: &std::fs::Metadata) -> Result<()> {
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Choosing a profile

/// What the command line asked of profiles: `--profile` / `JWTMINT_PROFILE`, and which shared
/// options with a default it gave (a profile may not override those).
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The profile asked for, and whether by flag or by `JWTMINT_PROFILE`.
    pub profile: Option<(String, Origin)>,
    /// `--typ` was on the command line.
    pub typ_given: bool,
}

/// The profile in force: the one asked for, else the file's `default-profile`; and why (a
/// flag, `JWTMINT_PROFILE`, or [`Origin::Default`] for `default-profile`).
pub fn select<'a>(
    config: Option<&'a Config>,
    location: &Location,
    request: &Request,
) -> Result<Option<(&'a Profile, Origin)>> {
    let (name, origin) = match (&request.profile, config) {
        (Some((name, origin)), _) => (name.as_str(), origin.clone()),
        (None, Some(config)) => match &config.default_profile {
            Some(name) => (name.as_str(), Origin::Default),
            None => return Ok(None),
        },
        (None, None) => return Ok(None),
    };
    let how = match &origin {
        Origin::Env(var) => format!("{var}={name}"),
        Origin::Default => format!("default-profile = \"{name}\""),
        _ => format!("--profile {name}"),
    };
    let Some(config) = config else {
        return Err(UsageError::new(format!(
            "{how}: there is no config file ({} does not exist); `jwtmint config path` says \
             where it goes",
            location.path.display()
        ))
        .into());
    };
    match config.profiles.get(name) {
        Some(profile) => Ok(Some((profile, origin))),
        None => Err(UsageError::new(format!(
            "{how}: no such profile in {}; {}",
            config.path.display(),
            profile_list(config)
        ))
        .into()),
    }
}

/// Loads the config file (if any) and picks the profile in force.
pub fn active(request: &Request) -> Result<Option<(Profile, Origin)>> {
    let location = match locate() {
        Ok(location) => location,
        // No home directory (a bare container, a service account): no config file, unless a
        // profile was asked for.
        Err(_) if request.profile.is_none() => return Ok(None),
        Err(e) => return Err(e),
    };
    let config = load(&location)?;
    Ok(select(config.as_ref(), &location, request)?.map(|(p, o)| (p.clone(), o)))
}

// ---------------------------------------------------------------------------------------------
// Joining a profile to the command line

/// Where each shared setting in force came from, as joining the command line, the environment
/// and the profile decided it: `jwtmint config show` labels each setting with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origins {
    pub alg: Origin,
    pub kid: Origin,
    pub typ: Origin,
    /// `expires-in` (or `--exp`, `--no-exp`).
    pub expiry: Origin,
    pub format: Origin,
    /// The HMAC secret or the key.
    pub material: Origin,
    pub passphrase: Origin,
    /// `inspect --provider`.
    pub provider: Origin,
    /// `inspect --jwks-url`.
    pub jwks_url: Origin,
}

impl Default for Origins {
    fn default() -> Self {
        Origins {
            alg: Origin::Default,
            kid: Origin::Default,
            typ: Origin::Default,
            expiry: Origin::Default,
            format: Origin::Default,
            material: Origin::Default,
            passphrase: Origin::Default,
            provider: Origin::Default,
            jwks_url: Origin::Default,
        }
    }
}

/// A setting the command line may give and the profile may fill: the flag's value, else the
/// profile's, else none (the default); and which it was.
fn fill<T: Clone>(slot: &mut Option<T>, profile_value: Option<&T>, profile: &str) -> Origin {
    match (&slot, profile_value) {
        (Some(_), _) => Origin::Flag,
        (None, Some(value)) => {
            *slot = Some(value.clone());
            Origin::Profile(profile.to_string())
        }
        (None, None) => Origin::Default,
    }
}

/// Puts the profile's section for `service` under the command line's values and options:
/// values given by a flag or an environment variable win; defaults and absent values are
/// replaced. Key material comes from the profile only when neither the command line nor the
/// environment gives any. Returns where each shared setting came from.
pub fn apply_section(
    profile: &str,
    section: &Section,
    values: &mut Values,
    options: &mut MintOptions,
    request: &Request,
    env: &Environment,
) -> Origins {
    for (opt, given) in &section.values {
        match values.origin(opt) {
            Some(Origin::Flag | Origin::Env(_) | Origin::BatchLine) => {}
            _ => values.set(opt, given.clone(), Origin::Profile(profile.to_string())),
        }
    }
    let (material, passphrase) = merge_keys(profile, &section.keys, &mut options.keys, env);
    let typ = match (request.typ_given, &section.typ) {
        (true, _) => Origin::Flag,
        (false, Some(typ)) => {
            options.typ.clone_from(typ);
            Origin::Profile(profile.to_string())
        }
        (false, None) => Origin::Default,
    };
    let expiry = match (options.time.expiry, section.expires_in) {
        (Expiry::Default, Some(secs)) => {
            options.time.expiry = Expiry::In(secs);
            Origin::Profile(profile.to_string())
        }
        (Expiry::Default, None) => Origin::Default,
        _ => Origin::Flag,
    };
    Origins {
        alg: fill(&mut options.alg, section.alg.as_ref(), profile),
        kid: fill(&mut options.kid, section.kid.as_ref(), profile),
        typ,
        expiry,
        format: fill(&mut options.format, section.format.as_ref(), profile),
        material,
        passphrase,
        ..Origins::default()
    }
}

/// The profile's key sources (and its passphrase with them), where the command line and the
/// environment give no key material. Returns where the key material and the passphrase come
/// from (the default: a prompt, or none).
pub fn merge_keys(
    name: &str,
    profile: &KeySources,
    into: &mut KeySources,
    env: &Environment,
) -> (Origin, Origin) {
    let env_material = if env.secret.is_some() {
        Some(Origin::Env(ENV_SECRET.into()))
    } else if env.secret_command.is_some() {
        Some(Origin::Env(ENV_SECRET_COMMAND.into()))
    } else if env.key_file.is_some() {
        Some(Origin::Env(env.key_file_var.into()))
    } else {
        None
    };
    let env_passphrase = if env.passphrase.is_some() {
        Some(Origin::Env(ENV_PASSPHRASE.into()))
    } else if env.passphrase_command.is_some() {
        Some(Origin::Env(ENV_PASSPHRASE_COMMAND.into()))
    } else {
        None
    };
    let from_profile = !into.has_material() && env_material.is_none();
    let material = match env_material {
        _ if into.has_material() => Origin::Flag,
        Some(origin) => origin,
        None if profile.has_material() => Origin::Profile(name.to_string()),
        None => Origin::Default,
    };
    if from_profile {
        into.secret_file.clone_from(&profile.secret_file);
        into.secret_env.clone_from(&profile.secret_env);
        into.secret_command.clone_from(&profile.secret_command);
        into.key_file.clone_from(&profile.key_file);
    }
    // The profile's passphrase goes with the profile's key, under a flag's or the
    // environment's passphrase.
    let passphrase = match env_passphrase {
        _ if into.has_passphrase() => Origin::Flag,
        Some(origin) => origin,
        None if from_profile && profile.has_passphrase() => {
            into.passphrase_file.clone_from(&profile.passphrase_file);
            into.passphrase_command
                .clone_from(&profile.passphrase_command);
            Origin::Profile(name.to_string())
        }
        None => Origin::Default,
    };
    (material, passphrase)
}

/// A minting subcommand's values and options with the profile in force joined in.
pub fn apply_to_mint(
    service: &Service,
    values: &mut Values,
    options: &mut MintOptions,
    request: &Request,
) -> Result<()> {
    if let Some((profile, _)) = active(request)? {
        if let Some(section) = profile.sections.get(service.name) {
            let env = Environment::for_service(service);
            apply_section(&profile.name, section, values, options, request, &env);
        }
    }
    Ok(())
}

/// `inspect`'s options with the profile in force joined in: `provider` from the profile's
/// `inspect` section; the key from that section, else from the provider's own section.
pub fn apply_to_inspect(options: &mut InspectOptions, request: &Request) -> Result<()> {
    let Some((profile, _)) = active(request)? else {
        return Ok(());
    };
    join_inspect(&profile, options, &Environment::from_process());
    Ok(())
}

/// Joins the profile's `inspect` section (and the provider's own section's key) under
/// `inspect`'s command line; returns where each setting came from.
pub(super) fn join_inspect(
    profile: &Profile,
    options: &mut InspectOptions,
    env: &Environment,
) -> Origins {
    let name = profile.name.as_str();
    let inspect = profile.sections.get(INSPECT);
    let provider = fill(
        &mut options.provider,
        inspect.and_then(|s| s.provider.as_ref()),
        name,
    );
    let mut origins = Origins {
        provider,
        ..Origins::default()
    };
    // A key on the command line or in the environment comes before the profile's JWKS URL;
    // the profile's JWKS URL before its key files.
    if options.jwks_url.is_some() || options.discover {
        origins.jwks_url = Origin::Flag;
    }
    let given = options.keys.has_material()
        || options.jwks_url.is_some()
        || options.discover
        || env.has_secret()
        || env.key_file.is_some();
    if !given {
        if let Some(url) = inspect.and_then(|s| s.jwks_url.clone()) {
            options.jwks_url = Some(url);
            origins.jwks_url = Origin::Profile(name.to_string());
            return origins;
        }
    }
    let keys = inspect
        .map(|s| &s.keys)
        .filter(|keys| keys.has_material() || keys.has_passphrase())
        .or_else(|| {
            let service = options.provider.as_deref()?.to_ascii_lowercase();
            profile.sections.get(&service).map(|s| &s.keys)
        });
    let (material, passphrase) = match keys {
        Some(keys) if !given => merge_keys(name, keys, &mut options.keys, env),
        _ => merge_keys(name, &KeySources::default(), &mut options.keys, env),
    };
    origins.material = material;
    origins.passphrase = passphrase;
    origins
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::SecretCommand;
    use crate::providers;
    use zeroize::Zeroizing;

    const FORMIO: &str = r#"
default-profile = "staging"

[profiles.staging.formio]
project = "5c81a2e7f1d3b40012345601"
form = "5c81a2e7f1d3b40012345602"
secret-command = ["op", "read", "op://ops/formio-staging/jwt-secret"]
expires-in = "10m"

[profiles.prod.developerhub]
docs-url = "https://docs.example.com"
secret-file = "~/.secrets/developerhub-api-key"

[profiles.prod.inspect]
provider = "FormIO"
key = "keys/public.pem"
"#;

    fn parse_text(text: &str) -> Result<Config> {
        parse(
            text,
            Path::new("/etc/jwtmint/config.toml"),
            Some(Path::new("/home/joe")),
        )
    }

    /// The message of a config error, which must be a usage error.
    fn error(text: &str) -> String {
        let err = parse_text(text).unwrap_err();
        assert!(err.is::<UsageError>(), "{err:#}");
        format!("{err:#}")
    }

    fn formio() -> &'static Service {
        providers::by_name("formio").unwrap()
    }

    #[test]
    fn reads_profiles_and_sections() {
        let config = parse_text(FORMIO).unwrap();
        assert_eq!(config.default_profile.as_deref(), Some("staging"));
        assert_eq!(
            config.profiles.keys().collect::<Vec<_>>(),
            ["prod", "staging"]
        );
        let staging = &config.profiles["staging"].sections["formio"];
        assert_eq!(staging.values.len(), 2);
        assert_eq!(staging.values[0].0.long, "form");
        assert_eq!(
            staging.keys.secret_command.as_ref().unwrap().argv,
            ["op", "read", "op://ops/formio-staging/jwt-secret"]
        );
        assert_eq!(staging.expires_in, Some(600));
        let prod = &config.profiles["prod"];
        assert_eq!(
            prod.sections["developerhub"].keys.secret_file.as_deref(),
            Some(Path::new("/home/joe/.secrets/developerhub-api-key"))
        );
        let inspect = &prod.sections[INSPECT];
        assert_eq!(inspect.provider.as_deref(), Some("formio"));
        // Relative paths count from the config file's directory.
        assert_eq!(
            inspect.keys.key_file.as_deref(),
            Some(Path::new("/etc/jwtmint/keys/public.pem"))
        );
    }

    #[test]
    fn a_relative_program_counts_from_the_config_directory() {
        let program = |command: &str| {
            let config =
                parse_text(&format!("[profiles.p.sign]\nsecret-command = {command}\n")).unwrap();
            config.profiles["p"].sections["sign"]
                .keys
                .secret_command
                .as_ref()
                .unwrap()
                .argv[0]
                .clone()
        };
        assert_eq!(program(r#"["./get.sh", "x"]"#), "/etc/jwtmint/./get.sh");
        assert_eq!(program(r#""bin/get x""#), "/etc/jwtmint/bin/get");
        assert_eq!(program(r#"["~/bin/get"]"#), "/home/joe/bin/get");
        assert_eq!(program(r#"["/usr/bin/op"]"#), "/usr/bin/op");
        assert_eq!(program(r#"["op", "read"]"#), "op");
        let config =
            parse_text("[profiles.p.sign]\nkey = \"k.pem\"\npassphrase-command = [\"../pw.sh\"]\n")
                .unwrap();
        assert_eq!(
            config.profiles["p"].sections["sign"]
                .keys
                .passphrase_command
                .as_ref()
                .unwrap()
                .argv[0],
            "/etc/jwtmint/../pw.sh"
        );
    }

    #[test]
    fn a_command_may_be_one_string_split_like_a_shell() {
        let config = parse_text(
            "[profiles.p.sign]\nsecret-command = \"op read 'op://a b/c'\"\n\
             passphrase-command = [\"pass\", \"show\", \"k\"]\nkey = \"/k.pem\"\n",
        );
        let err = format!("{:#}", config.unwrap_err());
        assert!(err.contains("two sources of key material"), "{err}");
        let config =
            parse_text("[profiles.p.sign]\nsecret-command = \"op read 'op://a b/c'\"\n").unwrap();
        assert_eq!(
            config.profiles["p"].sections["sign"]
                .keys
                .secret_command
                .as_ref()
                .unwrap()
                .argv,
            ["op", "read", "op://a b/c"]
        );
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let err = error("[profiles.p.formio]\nproject = \"abc\n");
        assert!(err.starts_with("/etc/jwtmint/config.toml:2:"), "{err}");
    }

    #[test]
    fn unknown_names_suggest_the_closest() {
        let err = error("[profiles.p.formio]\nprojct = \"x\"\n");
        assert!(err.starts_with("/etc/jwtmint/config.toml:2:1: "), "{err}");
        assert!(
            err.contains("unknown option `projct` (did you mean `project`?)"),
            "{err}"
        );
        let err = error("[profiles.p.fromio]\nproject = \"x\"\n");
        assert!(
            err.contains("unknown subcommand `fromio` (did you mean `formio`?)"),
            "{err}"
        );
        let err = error("[profiles.p]\nproject = \"x\"\n");
        assert!(err.contains("[profiles.p.{formio,tiledesk}]"), "{err}");
        let err = error("default_profile = \"p\"\n");
        assert!(err.contains("(did you mean `default-profile`?)"), "{err}");
        let err = error("[profiles.p.inspect]\nprovider = \"formoi\"\n");
        assert!(err.contains("(did you mean `formio`?)"), "{err}");
    }

    #[test]
    fn rights_and_secrets_stay_out() {
        let err = error("[profiles.p.formio]\nrole = \"5c81a2e7f1d3b40012345603\"\n");
        assert!(
            err.contains("`role` names the user or grants rights"),
            "{err}"
        );
        assert!(err.contains("command line"), "{err}");
        let err = error("[profiles.p.realm]\nadmin = true\n");
        assert!(
            err.contains("`admin` names the user or grants rights"),
            "{err}"
        );
        let err = error("[profiles.p.hasura]\nuser-id = \"42\"\n");
        assert!(err.contains("`user-id` names the user"), "{err}");
        let err = error("[profiles.p.formio]\nsecret = \"hunter2\"\n");
        assert!(err.contains("does not belong in the config file"), "{err}");
        assert!(err.contains("secret-command"), "{err}");
        assert!(!err.contains("hunter2"), "{err}");
        let err = error("[profiles.p.realm]\npassphrase = \"x\"\n");
        assert!(err.contains("passphrase-file"), "{err}");
        let err = error("[profiles.p.sign]\nclaim = \"a=b\"\n");
        assert!(err.contains("cannot be set in a profile"), "{err}");
    }

    /// The shared options a profile may set are the flags declared `group = IN_PROFILE`, read
    /// by the flags' parsers: each one set in a section reaches the section (so an option added
    /// to the group cannot be accepted and then dropped), and the others are refused.
    #[test]
    fn profile_keys_come_from_the_flag_declarations() {
        use crate::cli::{ProfileKeys, ProfileValue};
        for (inspect, section_name) in [(false, "sign"), (true, INSPECT)] {
            let shared = ProfileKeys::new(inspect);
            let names: Vec<String> = shared.names().map(str::to_string).collect();
            assert!(names.iter().any(|n| n == "key"), "{names:?}");
            for name in names {
                let (arg, true) = shared.find(&name).unwrap() else {
                    panic!("{name}")
                };
                let samples: Vec<String> = match ProfileKeys::value(arg) {
                    ProfileValue::Switch => vec!["true".into()],
                    ProfileValue::Command => vec!["\"op read x\"".into()],
                    ProfileValue::Path => vec!["\"k.pem\"".into()],
                    ProfileValue::Text => arg
                        .get_possible_values()
                        .iter()
                        .map(|v| format!("\"{}\"", v.get_name()))
                        .chain(
                            ["\"10m\"", "\"SAMPLE_VAR\"", "\"https://a.example/k\""]
                                .map(String::from),
                        )
                        .collect(),
                };
                let config = samples
                    .iter()
                    .find_map(|v| {
                        parse_text(&format!("[profiles.p.{section_name}]\n{name} = {v}\n")).ok()
                    })
                    .unwrap_or_else(|| panic!("no sample value of `{name}` reads"));
                // Joined under an empty command line, it changes what is in force.
                let profile = &config.profiles["p"];
                let (before, after) = if inspect {
                    let mut options = InspectOptions::default();
                    let before = format!("{options:?}");
                    join_inspect(profile, &mut options, &Environment::default());
                    (before, format!("{options:?}"))
                } else {
                    let mut options = MintOptions {
                        typ: "JWT".into(),
                        ..Default::default()
                    };
                    let before = format!("{options:?}");
                    apply_section(
                        "p",
                        &profile.sections[section_name],
                        &mut Values::new(),
                        &mut options,
                        &Request::default(),
                        &Environment::default(),
                    );
                    (before, format!("{options:?}"))
                };
                assert_ne!(before, after, "`{name}` is read but not applied");
            }
        }
        for name in ["claim", "iat", "exp", "batch", "header", "kid-thumbprint"] {
            let err = error(&format!("[profiles.p.sign]\n{name} = \"x\"\n"));
            assert!(err.contains("cannot be set in a profile"), "{name}: {err}");
        }
        let err = error("[profiles.p.inspect]\nleeway = \"1m\"\n");
        assert!(err.contains("cannot be set in a profile"), "{err}");
        let err = error("[profiles.p.formio]\nexpire-in = \"1h\"\n");
        assert!(err.contains("(did you mean `expires-in`?)"), "{err}");
        let err = error("[profiles.p.formio]\nalg = \"RS256\"\nsecret-file = \"s\"\nkey = \"k\"\n");
        assert!(err.contains("`key` and `secret-file`"), "{err}");
    }

    #[test]
    fn wrong_types_are_errors() {
        for (text, expected) in [
            (
                "[profiles.p.formio]\nproject = [1]\n",
                "`project` takes a string",
            ),
            (
                "[profiles.p.developerhub]\nsingle-use = \"yes\"\n",
                "is a switch",
            ),
            (
                "[profiles.p.formio]\nsecret-command = 7\n",
                "array of strings",
            ),
            (
                "[profiles.p.formio]\nsecret-command = [\"op\", 1]\n",
                "array of strings",
            ),
            ("[profiles.p.formio]\nsecret-command = []\n", "empty"),
            ("[profiles.p.formio]\nalg = \"RS256x\"\n", "RS256x"),
            ("[profiles.p.formio]\nexpires-in = \"soon\"\n", "expires-in"),
            (
                "[profiles.p.formio]\nformat = \"xml\"\n",
                "possible values: token",
            ),
            ("[profiles.p.formio]\nsecret-file = 3\n", "takes a string"),
            (
                "[profiles.p.formio]\nsecret-file = \"~joe/x\"\n",
                "only `~/`",
            ),
            ("profiles = 3\n", "must be a table"),
            ("[profiles]\np = 3\n", "must be a table"),
            ("default-profile = 3\n", "takes a string"),
        ] {
            let err = error(text);
            assert!(err.contains(expected), "{text:?}: {err}");
        }
    }

    #[test]
    fn choosing_a_profile() {
        let config = parse_text(FORMIO).unwrap();
        let location = Location {
            path: config.path.clone(),
            origin: Origin::Default,
        };
        let by = |profile: Option<(&str, Origin)>| Request {
            profile: profile.map(|(n, o)| (n.to_string(), o)),
            typ_given: false,
        };
        let (profile, origin) = select(Some(&config), &location, &by(None))
            .unwrap()
            .unwrap();
        assert_eq!(
            (profile.name.as_str(), origin),
            ("staging", Origin::Default)
        );
        let (profile, _) = select(Some(&config), &location, &by(Some(("prod", Origin::Flag))))
            .unwrap()
            .unwrap();
        assert_eq!(profile.name, "prod");
        let err = select(
            Some(&config),
            &location,
            &by(Some(("qa", Origin::Env(ENV_PROFILE.into())))),
        )
        .unwrap_err();
        assert!(err.is::<UsageError>());
        let err = err.to_string();
        assert!(err.contains("JWTMINT_PROFILE=qa"), "{err}");
        assert!(err.contains("the profiles are: prod, staging"), "{err}");
        assert!(select(None, &location, &by(None)).unwrap().is_none());
        assert!(select(None, &location, &by(Some(("prod", Origin::Flag)))).is_err());
        let err = error("default-profile = \"qa\"\n[profiles.p.sign]\n");
        assert!(err.contains("default-profile `qa` does not exist"), "{err}");
    }

    #[test]
    fn flags_and_env_win_over_the_profile() {
        let config = parse_text(FORMIO).unwrap();
        let section = &config.profiles["staging"].sections["formio"];
        let service = formio();
        let project = service.option("project").unwrap();
        let form = service.option("form").unwrap();
        let mut values = Values::new();
        values.set(project, Some(Given::Text("flag".into())), Origin::Flag);
        values.set(
            form,
            Some(Given::Text("env".into())),
            Origin::Env("JWTMINT_FORMIO_FORM".into()),
        );
        let mut options = MintOptions {
            typ: "JWT".into(),
            ..Default::default()
        };
        let env = Environment::default();
        let origins = apply_section(
            "staging",
            section,
            &mut values,
            &mut options,
            &Request::default(),
            &env,
        );
        assert_eq!(values.text(project).as_deref(), Some("flag"));
        assert_eq!(values.text(form).as_deref(), Some("env"));
        assert!(options.keys.secret_command.is_some());
        assert_eq!(options.time.expiry, Expiry::In(600));
        let staging = Origin::Profile("staging".into());
        assert_eq!(origins.material, staging);
        assert_eq!(origins.expiry, staging);
        assert_eq!(origins.typ, Origin::Default);
        assert_eq!(origins.alg, Origin::Default);

        let mut values = Values::new();
        values.apply_defaults(service.options);
        let mut options = MintOptions {
            time: crate::time::TimeOptions {
                expiry: Expiry::Never,
                ..Default::default()
            },
            ..Default::default()
        };
        let origins = apply_section(
            "staging",
            section,
            &mut values,
            &mut options,
            &Request::default(),
            &env,
        );
        assert_eq!(
            values.origin(project),
            Some(&Origin::Profile("staging".into()))
        );
        assert_eq!(
            values.text(project).as_deref(),
            Some("5c81a2e7f1d3b40012345601")
        );
        assert_eq!(options.time.expiry, Expiry::Never);
        assert_eq!(origins.expiry, Origin::Flag);
        values.check_required(service.options).unwrap_err(); // --role stays required
    }

    #[test]
    fn key_material_from_flags_or_env_hides_the_profile() {
        let profile = KeySources {
            key_file: Some("/profile.pem".into()),
            passphrase_file: Some("/profile.pass".into()),
            ..Default::default()
        };
        let mut flags = KeySources {
            secret_file: Some("/flag.txt".into()),
            ..Default::default()
        };
        merge_keys("p", &profile, &mut flags, &Environment::default());
        assert_eq!(flags.key_file, None);
        assert_eq!(
            flags.passphrase_file, None,
            "the passphrase goes with its key"
        );

        let env = Environment {
            secret: Some(Zeroizing::new(b"s".to_vec())),
            passphrase_command: Some("pass show k".into()),
            ..Default::default()
        };
        let mut none = KeySources::default();
        let origins = merge_keys("p", &profile, &mut none, &env);
        assert!(!none.has_material());
        assert!(!none.has_passphrase());
        assert_eq!(
            origins,
            (
                Origin::Env(ENV_SECRET.into()),
                Origin::Env(ENV_PASSPHRASE_COMMAND.into())
            )
        );

        let mut none = KeySources::default();
        let origins = merge_keys("p", &profile, &mut none, &Environment::default());
        let p = Origin::Profile("p".into());
        assert_eq!(origins, (p.clone(), p));
        assert_eq!(none.key_file.as_deref(), Some(Path::new("/profile.pem")));
        assert_eq!(
            none.passphrase_file.as_deref(),
            Some(Path::new("/profile.pass"))
        );
        // A passphrase flag wins over the profile's, for the profile's key.
        let mut pass = KeySources {
            passphrase_command: Some(SecretCommand::parse("pass show k").unwrap()),
            ..Default::default()
        };
        let origins = merge_keys("p", &profile, &mut pass, &Environment::default());
        assert_eq!(origins, (Origin::Profile("p".into()), Origin::Flag));
        assert_eq!(pass.key_file.as_deref(), Some(Path::new("/profile.pem")));
        assert_eq!(pass.passphrase_file, None);
    }

    /// `jwks-url` in an inspect section: https (or loopback http) only; used when neither the
    /// command line nor the environment gives a key, before the profile's key files.
    #[test]
    fn inspect_takes_a_jwks_url_from_the_profile() {
        let config = parse_text(
            "[profiles.p.inspect]\njwks-url = \"https://id.example.com/jwks.json\"\n\
             key = \"public.pem\"\n",
        )
        .unwrap();
        let profile = &config.profiles["p"];
        let mut options = InspectOptions::default();
        join_inspect(profile, &mut options, &Environment::default());
        assert_eq!(
            options.jwks_url.as_deref(),
            Some("https://id.example.com/jwks.json")
        );
        assert_eq!(options.keys.key_file, None);
        let mut options = InspectOptions {
            discover: true,
            ..InspectOptions::default()
        };
        join_inspect(profile, &mut options, &Environment::default());
        assert_eq!(options.jwks_url, None);
        assert!(
            error("[profiles.p.inspect]\njwks-url = \"http://id.example.com/k\"\n")
                .contains("plain http")
        );
        assert!(
            error("[profiles.p.formio]\njwks-url = \"https://a.example/k\"\n").contains("jwks-url")
        );
    }

    /// Every prefix of the fuzz seeds parses, or fails with one line that names the file.
    #[test]
    fn truncated_files_fail_cleanly() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/config");
        let mut seeds = vec![FORMIO.to_string()];
        for entry in std::fs::read_dir(dir).unwrap() {
            seeds.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
        for seed in seeds {
            for end in (0..=seed.len()).filter(|&i| seed.is_char_boundary(i)) {
                if let Err(err) = parse_text(&seed[..end]) {
                    assert!(err.is::<UsageError>(), "{err:#}");
                    let message = format!("{err:#}");
                    assert!(
                        message.starts_with("/etc/jwtmint/config.toml:"),
                        "{message}"
                    );
                    assert!(!message.contains('\n'), "{message}");
                }
            }
        }
    }
}
