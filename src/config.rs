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
//! A profile's section for a service is keyed by the subcommand's long option names (the keys
//! `--batch` lines use, read by the same [`Opt`] declarations), plus the key sources
//! (`secret-file`, `key`, `passphrase-file`, `secret-env`, `secret-command`,
//! `passphrase-command`) and a few shared options (`alg`, `kid`, `typ`, `expires-in`,
//! `format`). An `[profiles.NAME.inspect]` section gives `inspect` its `provider` and key.
//! Precedence: command-line flag > environment variable > profile > built-in default. Options
//! that grant rights, and secret values, are refused: the file may run commands, so it must
//! not be writable by anyone else, but it may be readable.
//!
//! [`parse`] is pure (no files, no environment): the `config` fuzz target calls it.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context, Result};
use clap::ValueEnum;
use serde_json::Value;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::credentials::{self, Environment, KeySources, SecretCommand};
use crate::exit::UsageError;
use crate::inspect::InspectOptions;
use crate::mint::MintOptions;
use crate::output::Format;
use crate::providers::{self, Given, Kind, Opt, Origin, Service, Values, REGISTRY};
use crate::sign::Alg;
use crate::time::{self, Expiry};

pub const ENV_CONFIG: &str = "JWTMINT_CONFIG";
pub const ENV_PROFILE: &str = "JWTMINT_PROFILE";

/// A config file is a few hundred bytes; anything this large is not one.
const MAX_CONFIG: u64 = 1 << 20;

/// The key sources a section may name: paths, a variable's name, commands.
pub const KEY_OPTIONS: [&str; 6] = [
    "secret-file",
    "key",
    "passphrase-file",
    "secret-env",
    "secret-command",
    "passphrase-command",
];

/// The shared options a service's section may set.
pub const SHARED_OPTIONS: [&str; 5] = ["alg", "kid", "typ", "expires-in", "format"];

/// Shared options that stay on the command line: they describe one run, not an environment.
const COMMAND_LINE_ONLY: [&str; 10] = [
    "claim",
    "claims-file",
    "iat",
    "no-iat",
    "exp",
    "no-exp",
    "nbf",
    "allow-expired",
    "batch",
    "keep-going",
];

/// The section that configures `inspect`.
pub const INSPECT: &str = "inspect";

/// Where the config file is, and whether `JWTMINT_CONFIG` named it.
#[derive(Debug, Clone)]
pub struct Location {
    pub path: PathBuf,
    pub from_env: bool,
}

/// The config file's path: `$JWTMINT_CONFIG`, else the platform's config directory (XDG on
/// Unix, macOS included; the roaming AppData folder on Windows) + `jwtmint/config.toml`.
pub fn locate() -> Result<Location> {
    if let Some(path) = std::env::var_os(ENV_CONFIG).filter(|v| !v.is_empty()) {
        return Ok(Location {
            path: PathBuf::from(path),
            from_env: true,
        });
    }
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy()
        .map_err(|e| anyhow!("cannot find the config directory: {e}"))?;
    Ok(Location {
        path: base.config_dir().join("jwtmint").join("config.toml"),
        from_env: false,
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
}

/// Loads the config file at `location`: `Ok(None)` when there is none (and `JWTMINT_CONFIG`
/// does not name one). Refuses a file that others can write.
pub fn load(location: &Location) -> Result<Option<Config>> {
    let path = &location.path;
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !location.from_env => {
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
    if meta.is_dir() {
        return Err(anyhow!(
            "reading the config file {}: it is a directory",
            path.display()
        ));
    }
    check_safe(path, &meta)?;
    let text = read_text(path)?;
    let home = etcetera::home_dir().ok();
    parse(&text, path, home.as_deref()).map(Some)
}

fn read_text(path: &Path) -> Result<String> {
    use std::io::Read;
    let file = std::fs::File::open(path)
        .with_context(|| format!("reading the config file {}", path.display()))?;
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
/// written. Reading by others is fine: it holds no secrets.
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

// ---------------------------------------------------------------------------------------------
// Parsing

/// Parses a config file's text. `path` names it in messages (`PATH:LINE:COLUMN: …`) and its
/// directory anchors relative paths; `home` expands `~/`.
pub fn parse(text: &str, path: &Path, home: Option<&Path>) -> Result<Config> {
    let file = File {
        text,
        path,
        dir: path.parent().unwrap_or(Path::new("")),
        home,
    };
    let root = DeTable::parse(text).map_err(|e| file.error(e.span(), e.message()))?;
    let mut config = Config {
        path: path.to_path_buf(),
        ..Default::default()
    };
    for (key, value) in root.get_ref() {
        match key.get_ref().as_ref() {
            "default-profile" => {
                config.default_profile = Some(file.string(key, value)?.to_string());
            }
            "profiles" => {
                let table = file.table(key, value)?;
                for (name, profile) in table {
                    let name_text = name.get_ref().to_string();
                    let profile = file.profile(&name_text, file.table(name, profile)?)?;
                    config.profiles.insert(name_text, profile);
                }
            }
            other => {
                return Err(file.error(
                    Some(key.span()),
                    &format!(
                        "unknown setting `{other}`{}: the file holds `default-profile` and \
                         [profiles.NAME.SERVICE] tables",
                        did_you_mean(other, ["default-profile", "profiles"])
                    ),
                ))
            }
        }
    }
    if let (Some(name), Some(span)) = (
        &config.default_profile,
        root.get_ref()
            .iter()
            .find(|(k, _)| k.get_ref() == "default-profile")
            .map(|(_, v)| v.span()),
    ) {
        if !config.profiles.contains_key(name) {
            return Err(file.error(
                Some(span),
                &format!(
                    "default-profile `{name}` does not exist; {}",
                    profile_list(&config)
                ),
            ));
        }
    }
    Ok(config)
}

type Key<'i> = Spanned<std::borrow::Cow<'i, str>>;
type Item<'i> = Spanned<DeValue<'i>>;

struct File<'a> {
    text: &'a str,
    path: &'a Path,
    dir: &'a Path,
    home: Option<&'a Path>,
}

impl File<'_> {
    /// `PATH:LINE:COLUMN: message`, a usage error.
    fn error(&self, span: Option<Range<usize>>, message: &str) -> anyhow::Error {
        let start = span.map(|s| s.start).unwrap_or(0).min(self.text.len());
        let before = self.text.get(..start).unwrap_or("");
        let line = before.matches('\n').count() + 1;
        let column = before
            .rsplit('\n')
            .next()
            .map(|l| l.chars().count())
            .unwrap_or(0)
            + 1;
        UsageError::new(format!(
            "{}:{line}:{column}: {message}",
            self.path.display()
        ))
        .into()
    }

    fn table<'t, 'i>(&self, key: &Key<'i>, value: &'t Item<'i>) -> Result<&'t DeTable<'i>> {
        value.get_ref().as_table().ok_or_else(|| {
            self.error(
                Some(value.span()),
                &format!(
                    "`{}` must be a table, not {}",
                    key.get_ref(),
                    kind(value.get_ref())
                ),
            )
        })
    }

    fn string<'t>(&self, key: &Key<'_>, value: &'t Item<'_>) -> Result<&'t str> {
        value.get_ref().as_str().ok_or_else(|| {
            self.error(
                Some(value.span()),
                &format!(
                    "`{}` takes a string, not {}",
                    key.get_ref(),
                    kind(value.get_ref())
                ),
            )
        })
    }

    fn profile(&self, name: &str, table: &DeTable<'_>) -> Result<Profile> {
        let mut profile = Profile {
            name: name.to_string(),
            sections: BTreeMap::new(),
        };
        for (key, value) in table {
            let section_name = key.get_ref().as_ref();
            let service = providers::by_name(section_name).filter(|s| s.name == section_name);
            if service.is_none() && section_name != INSPECT {
                let mut names: Vec<&str> = REGISTRY.iter().map(|s| s.name).collect();
                names.push(INSPECT);
                let hint = match services_with_option(section_name) {
                    Some(owners) => format!(
                        ": `{section_name}` is an option; put it in a service's table, \
                         [profiles.{name}.{owners}]"
                    ),
                    None => format!(
                        "{}; the sections are: {}",
                        did_you_mean(section_name, names.iter().copied()),
                        names.join(", ")
                    ),
                };
                return Err(self.error(
                    Some(key.span()),
                    &format!("profile `{name}`: unknown subcommand `{section_name}`{hint}"),
                ));
            }
            let table = self.table(key, value)?;
            let section = self.section(name, section_name, service, table)?;
            profile.sections.insert(section_name.to_string(), section);
        }
        Ok(profile)
    }

    fn section(
        &self,
        profile: &str,
        name: &str,
        service: Option<&'static Service>,
        table: &DeTable<'_>,
    ) -> Result<Section> {
        let mut section = Section::default();
        let mut secret_keys: Vec<(&str, Range<usize>)> = Vec::new();
        let mut passphrase_keys = Vec::new();
        let at = format!("[profiles.{profile}.{name}]");
        for (key_spanned, value) in table {
            let key = key_spanned.get_ref().as_ref();
            let value_error =
                |e: &dyn std::fmt::Display| self.error(Some(value.span()), &format!("{at} {e}"));
            if let Some(opt) = service.and_then(|s| s.option(key)) {
                if opt.grants_rights {
                    return Err(self.error(
                        Some(key_spanned.span()),
                        &format!(
                            "{at} `{key}` grants rights, so it is taken from the command line \
                             (or a --batch line) only, never from a profile"
                        ),
                    ));
                }
                let mut json = to_json(value).map_err(|e| value_error(&e))?;
                if opt.kind == Kind::ObjectFile {
                    if let Value::String(raw) = &json {
                        let path = self.expand(raw).map_err(|e| value_error(&e))?;
                        json = Value::String(path.to_string_lossy().into_owned());
                    }
                }
                let given = opt
                    .from_json(json)
                    .map_err(|e| value_error(&format!("{e:#}")))?;
                section.values.push((opt, given));
                continue;
            }
            let shared = service.is_some() && SHARED_OPTIONS.contains(&key);
            match key {
                "secret-file" | "key" | "passphrase-file" => {
                    let raw = self.string(key_spanned, value)?;
                    let path = self.expand(raw).map_err(|e| value_error(&e))?;
                    match key {
                        "secret-file" => section.keys.secret_file = Some(path),
                        "key" => section.keys.key_file = Some(path),
                        _ => section.keys.passphrase_file = Some(path),
                    }
                }
                "secret-env" => {
                    let var = self.string(key_spanned, value)?;
                    if var.is_empty() || var.contains(['=', '\0']) {
                        return Err(value_error(&format!(
                            "`secret-env` takes the name of an environment variable, not `{var}`"
                        )));
                    }
                    section.keys.secret_env = Some(var.to_string());
                }
                "secret-command" | "passphrase-command" => {
                    let command = match value.get_ref() {
                        DeValue::String(text) => SecretCommand::parse(text),
                        DeValue::Array(items) => items
                            .iter()
                            .map(|item| {
                                item.get_ref().as_str().map(str::to_string).ok_or_else(|| {
                                    format!(
                                        "`{key}` is an array of strings, found {}",
                                        kind(item.get_ref())
                                    )
                                })
                            })
                            .collect::<Result<Vec<_>, _>>()
                            .and_then(SecretCommand::from_argv),
                        other => Err(format!(
                            "`{key}` takes an array of strings (the program and its \
                             arguments), not {}",
                            kind(other)
                        )),
                    }
                    .map_err(|e| value_error(&e))?;
                    if key == "secret-command" {
                        section.keys.secret_command = Some(command);
                    } else {
                        section.keys.passphrase_command = Some(command);
                    }
                }
                "secret" | "hmac-secret" | "password" | "passphrase" => {
                    let advice = if key == "passphrase" {
                        "`passphrase-file = \"~/.secrets/…\"` or `passphrase-command = \
                         [\"op\", \"read\", \"op://…\"]`"
                    } else {
                        "`secret-file = \"~/.secrets/…\"`, `secret-env = \"VAR\"` or \
                         `secret-command = [\"op\", \"read\", \"op://…\"]`"
                    };
                    return Err(self.error(
                        Some(key_spanned.span()),
                        &format!(
                            "{at} `{key}`: a secret's value does not belong in the config file \
                             (it is not encrypted, and is easily shared or committed); say \
                             where to find it instead: {advice}"
                        ),
                    ));
                }
                "alg" if shared => {
                    let text = self.string(key_spanned, value)?;
                    section.alg = Some(text.parse().map_err(|e: String| value_error(&e))?);
                }
                "kid" if shared => section.kid = Some(self.string(key_spanned, value)?.into()),
                "typ" if shared => section.typ = Some(self.string(key_spanned, value)?.into()),
                "expires-in" if shared => {
                    let text = self.string(key_spanned, value)?;
                    section.expires_in = Some(
                        time::parse_duration(text)
                            .map_err(|e| value_error(&format!("`expires-in`: {e}")))?,
                    );
                }
                "format" if shared => {
                    let text = self.string(key_spanned, value)?;
                    section.format = Some(Format::from_str(text, true).map_err(|_| {
                        value_error(&format!(
                            "`format`: unknown value `{text}` (one of token, json, header, \
                             claims, url)"
                        ))
                    })?);
                }
                "provider" if service.is_none() => {
                    let text = self.string(key_spanned, value)?;
                    let found = providers::inspectable()
                        .find(|s| s.name.eq_ignore_ascii_case(text))
                        .ok_or_else(|| {
                            value_error(&format!(
                                "`provider`: unknown service `{text}`{} (one of {})",
                                did_you_mean(text, providers::inspectable_names()),
                                providers::inspectable_names().join(", ")
                            ))
                        })?;
                    section.provider = Some(found.name.to_string());
                }
                _ if COMMAND_LINE_ONLY.contains(&key) || SHARED_OPTIONS.contains(&key) => {
                    return Err(self.error(
                        Some(key_spanned.span()),
                        &format!(
                            "{at} `{key}` cannot be set in a profile: give --{key} on the \
                             command line"
                        ),
                    ));
                }
                _ => {
                    let valid = valid_keys(service);
                    return Err(self.error(
                        Some(key_spanned.span()),
                        &format!(
                            "{at} unknown option `{key}`{}",
                            did_you_mean(key, valid.iter().copied())
                        ),
                    ));
                }
            }
            if matches!(key, "secret-file" | "secret-env" | "secret-command" | "key") {
                secret_keys.push((key, key_spanned.span()));
            }
            if matches!(key, "passphrase-file" | "passphrase-command") {
                passphrase_keys.push((key, key_spanned.span()));
            }
        }
        for (keys, what) in [
            (secret_keys, "key material"),
            (passphrase_keys, "passphrase"),
        ] {
            if let [first, second, ..] = &keys[..] {
                return Err(self.error(
                    Some(second.1.clone()),
                    &format!(
                        "{at} gives two sources of {what}, `{}` and `{}`: keep one",
                        first.0, second.0
                    ),
                ));
            }
        }
        Ok(section)
    }

    /// `~/x` → HOME/x; a relative path counts from the config file's directory; `-` stays.
    fn expand(&self, raw: &str) -> Result<PathBuf, String> {
        if raw.is_empty() {
            return Err("the path is empty".into());
        }
        if raw == "-" {
            return Ok(PathBuf::from(raw));
        }
        if let Some(rest) = raw.strip_prefix('~') {
            let home = self
                .home
                .ok_or_else(|| format!("cannot expand `{raw}`: no home directory"))?;
            return match rest.strip_prefix(['/', std::path::MAIN_SEPARATOR]) {
                Some(rest) => Ok(home.join(rest)),
                None if rest.is_empty() => Ok(home.to_path_buf()),
                None => Err(format!(
                    "cannot expand `{raw}`: only `~/` (your home directory) is expanded"
                )),
            };
        }
        Ok(self.dir.join(raw))
    }
}

/// The keys a section may hold.
fn valid_keys(service: Option<&Service>) -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = KEY_OPTIONS.to_vec();
    match service {
        Some(service) => {
            keys.extend(
                service
                    .options
                    .iter()
                    .filter(|o| !o.grants_rights)
                    .map(|o| o.long),
            );
            keys.extend(SHARED_OPTIONS);
        }
        None => keys.push("provider"),
    }
    keys
}

/// The services that have an option named `name`, as `formio` or `{formio,tiledesk}`.
fn services_with_option(name: &str) -> Option<String> {
    let owners: Vec<&str> = REGISTRY
        .iter()
        .filter(|s| s.option(name).is_some())
        .map(|s| s.name)
        .collect();
    let shared = KEY_OPTIONS.contains(&name) || SHARED_OPTIONS.contains(&name);
    match (&owners[..], shared) {
        ([], false) => None,
        ([one], false) => Some(one.to_string()),
        (_, true) => Some("SERVICE".to_string()),
        (many, false) => Some(format!("{{{}}}", many.join(","))),
    }
}

/// ` (did you mean `x`?)` for the closest of `valid`, or nothing if none is close.
fn did_you_mean<'a>(given: &str, valid: impl IntoIterator<Item = &'a str>) -> String {
    valid
        .into_iter()
        .map(|v| (strsim::jaro_winkler(given, v), v))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, v)| format!(" (did you mean `{v}`?)"))
        .unwrap_or_default()
}

fn kind(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// A TOML value as the JSON a `--batch` line would hold, for [`Opt::from_json`].
fn to_json(value: &Item<'_>) -> Result<Value, String> {
    Ok(match value.get_ref() {
        DeValue::String(s) => Value::String(s.to_string()),
        DeValue::Integer(i) => Value::from(
            i64::from_str_radix(i.as_str(), i.radix())
                .map_err(|_| format!("the integer {i} is out of range"))?,
        ),
        DeValue::Float(f) => f
            .as_str()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| format!("the float {f} is not a finite number"))?,
        DeValue::Boolean(b) => Value::Bool(*b),
        DeValue::Datetime(d) => Value::String(d.to_string()),
        DeValue::Array(items) => Value::Array(items.iter().map(to_json).collect::<Result<_, _>>()?),
        DeValue::Table(table) => Value::Object(
            table
                .iter()
                .map(|(k, v)| Ok((k.get_ref().to_string(), to_json(v)?)))
                .collect::<Result<_, String>>()?,
        ),
    })
}

fn profile_list(config: &Config) -> String {
    if config.profiles.is_empty() {
        "the file has no profiles".to_string()
    } else {
        let names: Vec<&str> = config.profiles.keys().map(String::as_str).collect();
        format!("the profiles are: {}", names.join(", "))
    }
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
    let location = locate()?;
    let config = load(&location)?;
    Ok(select(config.as_ref(), &location, request)?.map(|(p, o)| (p.clone(), o)))
}

// ---------------------------------------------------------------------------------------------
// Joining a profile to the command line

/// Puts the profile's section for `service` under the command line's values and options:
/// values given by a flag or an environment variable win; defaults and absent values are
/// replaced. Key material comes from the profile only when neither the command line nor the
/// environment gives any.
pub fn apply_section(
    profile: &str,
    section: &Section,
    values: &mut Values,
    options: &mut MintOptions,
    request: &Request,
    env: &Environment,
) {
    for (opt, given) in &section.values {
        match values.origin(opt) {
            Some(Origin::Flag | Origin::Env(_) | Origin::BatchLine) => {}
            _ => values.set(opt, given.clone(), Origin::Profile(profile.to_string())),
        }
    }
    merge_keys(&section.keys, &mut options.keys, env);
    if options.alg.is_none() {
        options.alg = section.alg;
    }
    if options.kid.is_none() {
        options.kid.clone_from(&section.kid);
    }
    if let (false, Some(typ)) = (request.typ_given, &section.typ) {
        options.typ.clone_from(typ);
    }
    if let (Expiry::Default, Some(secs)) = (options.time.expiry, section.expires_in) {
        options.time.expiry = Expiry::In(secs);
    }
    if options.format.is_none() {
        options.format = section.format;
    }
}

/// The profile's key sources, where the command line and the environment give none.
pub fn merge_keys(profile: &KeySources, into: &mut KeySources, env: &Environment) {
    if !into.has_material() && !env.has_secret() && env.key_file.is_none() {
        into.secret_file.clone_from(&profile.secret_file);
        into.secret_env.clone_from(&profile.secret_env);
        into.secret_command.clone_from(&profile.secret_command);
        into.key_file.clone_from(&profile.key_file);
    }
    if !into.has_passphrase() && !env.has_passphrase() {
        into.passphrase_file.clone_from(&profile.passphrase_file);
        into.passphrase_command
            .clone_from(&profile.passphrase_command);
    }
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
            let env = Environment::from_process();
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

fn join_inspect(profile: &Profile, options: &mut InspectOptions, env: &Environment) {
    let inspect = profile.sections.get(INSPECT);
    if options.provider.is_none() {
        options.provider = inspect.and_then(|s| s.provider.clone());
    }
    let keys = inspect
        .map(|s| &s.keys)
        .filter(|keys| keys.has_material() || keys.has_passphrase())
        .or_else(|| {
            let service = options.provider.as_deref()?.to_ascii_lowercase();
            profile.sections.get(&service).map(|s| &s.keys)
        });
    if let Some(keys) = keys {
        merge_keys(keys, &mut options.keys, env);
    }
}

// ---------------------------------------------------------------------------------------------
// `jwtmint config`

/// `jwtmint config path|profiles|show`.
#[derive(Debug, Clone)]
pub enum ConfigCommand {
    Path,
    Profiles,
    /// `show [--profile NAME] [SUBCOMMAND [FLAGS…]]`.
    Show {
        request: Request,
        command: Vec<String>,
    },
}

pub fn run(command: ConfigCommand) -> Result<()> {
    let location = locate()?;
    match command {
        ConfigCommand::Path => {
            if !location.path.exists() {
                crate::output::warn(format!("{} does not exist yet", location.path.display()));
            }
            crate::output::print_result(&location.path.display().to_string())
        }
        ConfigCommand::Profiles => {
            let config = load(&location)?;
            let names: Vec<&str> = config
                .iter()
                .flat_map(|c| c.profiles.keys().map(String::as_str))
                .collect();
            if names.is_empty() {
                crate::output::warn(match &config {
                    Some(_) => format!("{} has no profiles", location.path.display()),
                    None => format!("no config file at {}", location.path.display()),
                });
                return Ok(());
            }
            crate::output::print_result(&names.join("\n"))
        }
        ConfigCommand::Show { request, command } => {
            // `config show formio --profile prod`: the subcommand's own --profile counts too.
            let own = match crate::cli::parse_from(
                std::iter::once("jwtmint".to_string()).chain(command.iter().cloned()),
            ) {
                Ok(crate::cli::Parsed::Mint { request, .. })
                | Ok(crate::cli::Parsed::Inspect { request, .. }) => request.profile,
                _ => None,
            };
            let request = match own {
                Some((name, Origin::Flag)) => Request {
                    profile: Some((name, Origin::Flag)),
                    ..request
                },
                _ => request,
            };
            let config = load(&location)?;
            let selected = select(config.as_ref(), &location, &request)?;
            print!(
                "{}",
                show(&location, config.as_ref(), selected, &request, &command)?
            );
            Ok(())
        }
    }
}

/// The text of `jwtmint config show`.
fn show(
    location: &Location,
    config: Option<&Config>,
    selected: Option<(&Profile, Origin)>,
    request: &Request,
    command: &[String],
) -> Result<String> {
    let mut out = String::new();
    let exists = if config.is_some() { "" } else { " (none)" };
    out.push_str(&format!(
        "config file: {}{exists}{}\n",
        location.path.display(),
        if location.from_env {
            format!(" (env {ENV_CONFIG})")
        } else {
            String::new()
        }
    ));
    match &selected {
        Some((profile, origin)) => {
            let why = match origin {
                Origin::Default => "default-profile".to_string(),
                other => other.to_string(),
            };
            out.push_str(&format!("profile: {} ({why})\n", profile.name));
        }
        None => out.push_str("profile: none\n"),
    }
    let profile = selected.map(|(p, _)| p);
    let subcommands: Vec<Vec<String>> = if command.is_empty() {
        match profile {
            Some(profile) if !profile.sections.is_empty() => profile
                .sections
                .keys()
                .map(|name| vec![name.clone()])
                .collect(),
            _ => return Ok(out),
        }
    } else {
        vec![command.to_vec()]
    };
    for argv in subcommands {
        let parsed = crate::cli::parse_from(std::iter::once("jwtmint".to_string()).chain(argv))
            .map_err(|e| {
                let text = e.to_string();
                let first = text
                    .lines()
                    .next()
                    .unwrap_or("")
                    .trim_start_matches("error: ");
                UsageError::new(format!("config show: {first}"))
            })?;
        out.push('\n');
        match parsed {
            crate::cli::Parsed::Mint {
                service,
                mut values,
                mut options,
                request: own,
            } => {
                let request = Request {
                    typ_given: own.typ_given,
                    ..request.clone()
                };
                let flags = options.clone();
                let env = Environment::from_process();
                let section = profile.and_then(|p| Some((p, p.sections.get(service.name)?)));
                if let Some((profile, section)) = section {
                    apply_section(
                        &profile.name,
                        section,
                        &mut values,
                        &mut options,
                        &request,
                        &env,
                    );
                }
                let label = |given_by_flag: bool, from_profile: bool| -> String {
                    match (given_by_flag, from_profile, profile) {
                        (true, _, _) => "flag".into(),
                        (false, true, Some(p)) => Origin::Profile(p.name.clone()).to_string(),
                        _ => "default".into(),
                    }
                };
                out.push_str(&format!("[{}]\n", service.name));
                for opt in service.options {
                    let (value, origin) = match (values.get(opt), values.origin(opt)) {
                        (Some(given), Some(origin)) => (describe(given), origin.to_string()),
                        _ if opt.grants_rights => ("(not set)".into(), "command line only".into()),
                        _ if opt.required => ("(not set: required)".into(), String::new()),
                        _ => continue,
                    };
                    out.push_str(&line(opt.long, &value, &origin));
                }
                let alg = match options.alg {
                    Some(alg) => (alg.name().to_string(), label(flags.alg.is_some(), true)),
                    None => (
                        format!("{} or the key's", service.algs.default.name()),
                        "default".into(),
                    ),
                };
                out.push_str(&line("alg", &alg.0, &alg.1));
                if let Some(kid) = &options.kid {
                    out.push_str(&line("kid", kid, &label(flags.kid.is_some(), true)));
                }
                out.push_str(&line(
                    "typ",
                    &options.typ,
                    &label(request.typ_given, options.typ != flags.typ),
                ));
                let expiry = match options.time.expiry {
                    Expiry::In(secs) => Some(time::human_duration(secs)),
                    Expiry::At(at) => Some(time::rfc3339(at)),
                    Expiry::Never => Some("never".into()),
                    Expiry::Default => None,
                };
                if let Some(expiry) = expiry {
                    out.push_str(&line(
                        "expires-in",
                        &expiry,
                        &label(flags.time.expiry != Expiry::Default, true),
                    ));
                }
                let format = options.format.unwrap_or(service.default_format());
                out.push_str(&line(
                    "format",
                    format.name(),
                    &label(
                        flags.format.is_some(),
                        options.format.is_some() && flags.format.is_none(),
                    ),
                ));
                let profile_name = profile.map(|p| p.name.as_str());
                out.push_str(&key_lines(&flags.keys, &options.keys, &env, profile_name));
            }
            crate::cli::Parsed::Inspect { args, .. } => {
                let mut options = args.options();
                let flags = options.clone();
                let env = Environment::from_process();
                if let Some(profile) = profile {
                    join_inspect(profile, &mut options, &env);
                }
                out.push_str("[inspect]\n");
                let provider_origin = match (&flags.provider, &options.provider, profile) {
                    (Some(_), _, _) => "flag".to_string(),
                    (None, Some(_), Some(p)) => Origin::Profile(p.name.clone()).to_string(),
                    _ => String::new(),
                };
                out.push_str(&line(
                    "provider",
                    options
                        .provider
                        .as_deref()
                        .unwrap_or("(guessed from the token)"),
                    &provider_origin,
                ));
                out.push_str(&key_lines(
                    &flags.keys,
                    &options.keys,
                    &env,
                    profile.map(|p| p.name.as_str()),
                ));
            }
            _ => {
                return Err(UsageError::new(
                    "config show describes a minting subcommand or inspect",
                )
                .into())
            }
        }
    }
    Ok(out)
}

fn line(key: &str, value: &str, origin: &str) -> String {
    if origin.is_empty() {
        format!("  {key:<20} {value}\n")
    } else {
        format!("  {key:<20} {value:<40} ({origin})\n")
    }
}

/// A value as `config show` prints it.
fn describe(given: &Given) -> String {
    match given {
        Given::Text(text) => text.clone(),
        Given::List(items) => items.join(", "),
        Given::Switch(on) => on.to_string(),
        Given::Assign(items) => items
            .iter()
            .map(|a| format!("{}:={}", a.key, a.value))
            .collect::<Vec<_>>()
            .join(", "),
        Given::Bare => "(given without a value)".into(),
        Given::Object(_) => "(an object)".into(),
    }
}

/// The key, secret and passphrase in force: their sources, never their values.
fn key_lines(
    flags: &KeySources,
    merged: &KeySources,
    env: &Environment,
    profile: Option<&str>,
) -> String {
    let mut out = String::new();
    let origin = |from_flags: bool| -> String {
        match (from_flags, profile) {
            (true, _) => "flag".into(),
            (false, Some(name)) => Origin::Profile(name.into()).to_string(),
            (false, None) => String::new(),
        }
    };
    let material = if let Some(path) = &merged.secret_file {
        Some((
            "secret",
            format!("file {}", path.display()),
            origin(flags.has_secret()),
        ))
    } else if let Some(var) = &merged.secret_env {
        Some((
            "secret",
            format!("env var {var}"),
            origin(flags.has_secret()),
        ))
    } else if let Some(command) = &merged.secret_command {
        Some((
            "secret",
            format!("command {}", command.display()),
            origin(flags.has_secret()),
        ))
    } else if let Some(path) = &merged.key_file {
        Some((
            "key",
            path.display().to_string(),
            origin(flags.key_file.is_some()),
        ))
    } else if env.secret.is_some() {
        Some((
            "secret",
            format!("{} (value hidden)", credentials::ENV_SECRET),
            format!("env {}", credentials::ENV_SECRET),
        ))
    } else if let Some(text) = &env.secret_command {
        Some((
            "secret",
            format!("command {text}"),
            format!("env {}", credentials::ENV_SECRET_COMMAND),
        ))
    } else {
        env.key_file.as_ref().map(|path| {
            (
                "key",
                path.display().to_string(),
                format!("env {}", credentials::ENV_KEY_FILE),
            )
        })
    };
    match material {
        Some((what, value, origin)) => out.push_str(&line(what, &value, &origin)),
        None => out.push_str(&line(
            "secret",
            "(none: asked for on a terminal)",
            "default",
        )),
    }
    let passphrase = if let Some(path) = &merged.passphrase_file {
        Some((
            format!("file {}", path.display()),
            origin(flags.has_passphrase()),
        ))
    } else if let Some(command) = &merged.passphrase_command {
        Some((
            format!("command {}", command.display()),
            origin(flags.has_passphrase()),
        ))
    } else if env.passphrase.is_some() {
        Some((
            format!("{} (value hidden)", credentials::ENV_PASSPHRASE),
            format!("env {}", credentials::ENV_PASSPHRASE),
        ))
    } else {
        env.passphrase_command.as_ref().map(|text| {
            (
                format!("command {text}"),
                format!("env {}", credentials::ENV_PASSPHRASE_COMMAND),
            )
        })
    };
    if let Some((value, origin)) = passphrase {
        out.push_str(&line("passphrase", &value, &origin));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert!(err.contains("`role` grants rights"), "{err}");
        assert!(err.contains("command line"), "{err}");
        let err = error("[profiles.p.realm]\nadmin = true\n");
        assert!(err.contains("`admin` grants rights"), "{err}");
        let err = error("[profiles.p.formio]\nsecret = \"hunter2\"\n");
        assert!(err.contains("does not belong in the config file"), "{err}");
        assert!(err.contains("secret-command"), "{err}");
        assert!(!err.contains("hunter2"), "{err}");
        let err = error("[profiles.p.realm]\npassphrase = \"x\"\n");
        assert!(err.contains("passphrase-file"), "{err}");
        let err = error("[profiles.p.sign]\nclaim = \"a=b\"\n");
        assert!(err.contains("cannot be set in a profile"), "{err}");
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
            ("[profiles.p.formio]\nformat = \"xml\"\n", "one of token"),
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
            from_env: false,
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
        apply_section(
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

        let mut values = Values::new();
        values.apply_defaults(service.options);
        let mut options = MintOptions {
            time: crate::time::TimeOptions {
                expiry: Expiry::Never,
                ..Default::default()
            },
            ..Default::default()
        };
        apply_section(
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
        merge_keys(&profile, &mut flags, &Environment::default());
        assert_eq!(flags.key_file, None);
        assert_eq!(
            flags.passphrase_file.as_deref(),
            Some(Path::new("/profile.pass"))
        );

        let env = Environment {
            secret: Some(Zeroizing::new(b"s".to_vec())),
            passphrase_command: Some("pass show k".into()),
            ..Default::default()
        };
        let mut none = KeySources::default();
        merge_keys(&profile, &mut none, &env);
        assert!(!none.has_material());
        assert!(!none.has_passphrase());

        let mut none = KeySources::default();
        merge_keys(&profile, &mut none, &Environment::default());
        assert_eq!(none.key_file.as_deref(), Some(Path::new("/profile.pem")));
    }
}
