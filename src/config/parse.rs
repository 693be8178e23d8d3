//! Reading a config file's text into profiles, with `PATH:LINE:COLUMN` in every error.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde_json::Value;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::{Config, Profile, Section, INSPECT};
use crate::cli::{ProfileKeys, ProfileValue};
use crate::credentials::SecretCommand;
use crate::exit::UsageError;
use crate::providers::{self, Kind, Service, REGISTRY};

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
        let at = format!("[profiles.{profile}.{name}]");
        let shared = ProfileKeys::new(service.is_none());
        let mut values = Vec::new();
        let mut words: Vec<String> = Vec::new();
        // The first key that gave key material, and the first that gave a passphrase.
        let mut material: Option<&str> = None;
        let mut passphrase: Option<&str> = None;
        for (key_spanned, value) in table {
            let key = key_spanned.get_ref().as_ref();
            let key_error = |message: String| self.error(Some(key_spanned.span()), &message);
            let value_error =
                |e: &dyn std::fmt::Display| self.error(Some(value.span()), &format!("{at} {e}"));
            if let Some(opt) = service.and_then(|s| s.option(key)) {
                if opt.grants_rights {
                    return Err(key_error(format!(
                        "{at} `{key}` names the user or grants rights, so it is taken from the \
                         command line (or a --batch line) only, never from a profile"
                    )));
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
                values.push((opt, given));
                continue;
            }
            if let Some(advice) = secret_value_advice(key) {
                return Err(key_error(format!(
                    "{at} `{key}`: a secret's value does not belong in the config file (it is \
                     not encrypted, and is easily shared or committed); say where to find it \
                     instead: {advice}"
                )));
            }
            let arg = match shared.find(key) {
                Some((arg, true)) => arg,
                Some((_, false)) => {
                    return Err(key_error(format!(
                        "{at} `{key}` cannot be set in a profile: give --{key} on the command \
                         line"
                    )))
                }
                None => {
                    let valid = valid_keys(service, &shared);
                    return Err(key_error(format!(
                        "{at} unknown option `{key}`{}",
                        did_you_mean(key, valid.iter().map(String::as_str))
                    )));
                }
            };
            let these = self
                .words(key, ProfileKeys::value(arg), value)
                .map_err(|e| value_error(&e))?;
            // Read alone first, so that an error points at its line.
            let alone = shared
                .read(&these)
                .map_err(|e| value_error(&format!("`{key}`: {e}")))?;
            for (first, gives, what) in [
                (&mut material, alone.keys.has_material(), "key material"),
                (&mut passphrase, alone.keys.has_passphrase(), "passphrase"),
            ] {
                match (gives, *first) {
                    (true, Some(earlier)) => {
                        return Err(key_error(format!(
                            "{at} gives two sources of {what}, `{earlier}` and `{key}`: keep one"
                        )))
                    }
                    (true, None) => *first = Some(key),
                    (false, _) => {}
                }
            }
            words.extend(these);
        }
        let mut section = shared
            .read(&words)
            .map_err(|e| self.error(None, &format!("{at} {e}")))?;
        section.values = values;
        Ok(section)
    }

    /// A profile's value as the words of the command line: `--key VALUE`, a path resolved
    /// against the config file, a command split (or joined) like a shell would, a switch given
    /// or not.
    fn words(&self, key: &str, how: ProfileValue, value: &Item<'_>) -> Result<Vec<String>, String> {
        let flag = format!("--{key}");
        let text = |value: &DeValue<'_>| -> Result<String, String> {
            value
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| format!("`{key}` takes a string, not {}", kind(value)))
        };
        Ok(match (how, value.get_ref()) {
            (ProfileValue::Switch, DeValue::Boolean(true)) => vec![flag],
            (ProfileValue::Switch, DeValue::Boolean(false)) => Vec::new(),
            (ProfileValue::Switch, other) => {
                return Err(format!(
                    "`{key}` is a switch: use true or false, not {}",
                    kind(other)
                ))
            }
            (ProfileValue::Command, value) => {
                let command = match value {
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
                        "`{key}` takes an array of strings (the program and its arguments), \
                         not {}",
                        kind(other)
                    )),
                }?;
                let command = self.resolve_program(command)?;
                let joined = shlex::try_join(command.argv.iter().map(String::as_str))
                    .map_err(|_| format!("`{key}`: a word of the command holds a NUL byte"))?;
                vec![flag, joined]
            }
            (ProfileValue::Path, value) => {
                let raw = text(value)?;
                // A key store's reference (`key = "awskms:///alias/gh-app"`) is not a path.
                let path = if crate::signers::is_reference(&raw) {
                    raw
                } else {
                    self.expand(&raw)?
                        .into_os_string()
                        .into_string()
                        .map_err(|_| {
                            format!(
                                "`{key}`: the path is relative to a directory whose name is \
                                 not UTF-8: give it in full"
                            )
                        })?
                };
                vec![format!("{flag}={path}")]
            }
            (ProfileValue::Text, DeValue::Array(items)) => items
                .iter()
                .map(|item| Ok(format!("{flag}={}", text(item.get_ref())?)))
                .collect::<Result<_, String>>()?,
            (ProfileValue::Text, value) => vec![format!("{flag}={}", text(value)?)],
        })
    }

    /// `~/x` → HOME/x; a relative path counts from the config file's directory; `-` stays.
    /// A command's program as the file's paths are read: `./get.sh` or `bin/get` count from
    /// the config file's directory (not from wherever jwtmint runs), `~/bin/get` from the home
    /// directory; an absolute path stays, and a bare name (`op`) is looked up in `PATH`.
    fn resolve_program(&self, mut command: SecretCommand) -> Result<SecretCommand, String> {
        let program = command.program();
        let relative = program.starts_with('~')
            || (program.contains('/') && !Path::new(program).is_absolute());
        if relative {
            let resolved = self.expand(program)?;
            command.argv[0] = resolved.into_os_string().into_string().map_err(|_| {
                "the command's program is relative to a directory whose name is not UTF-8: \
                 give its absolute path"
                    .to_string()
            })?;
        }
        Ok(command)
    }

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

/// The keys a section may hold: the service's own options that a profile may set, and the
/// shared ones ([`crate::cli::IN_PROFILE`]).
fn valid_keys(service: Option<&Service>, shared: &ProfileKeys) -> Vec<String> {
    let own = service
        .into_iter()
        .flat_map(|s| s.options.iter())
        .filter(|o| !o.grants_rights)
        .map(|o| o.long);
    own.chain(shared.names()).map(str::to_string).collect()
}

/// Where a secret's value was put in the file, what to write instead.
fn secret_value_advice(key: &str) -> Option<&'static str> {
    match key {
        "passphrase" => Some(
            "`passphrase-file = \"~/.secrets/…\"` or `passphrase-command = [\"op\", \"read\", \
             \"op://…\"]`",
        ),
        "secret" | "hmac-secret" | "password" => Some(
            "`secret-file = \"~/.secrets/…\"`, `secret-env = \"VAR\"` or `secret-command = \
             [\"op\", \"read\", \"op://…\"]`",
        ),
        _ => None,
    }
}

/// The services that have an option named `name`, as `formio` or `{formio,tiledesk}`.
fn services_with_option(name: &str) -> Option<String> {
    let owners: Vec<&str> = REGISTRY
        .iter()
        .filter(|s| s.option(name).is_some())
        .map(|s| s.name)
        .collect();
    let shared = ProfileKeys::new(false).find(name).is_some_and(|(_, ok)| ok);
    match (&owners[..], shared) {
        ([], false) => None,
        ([one], false) => Some(one.to_string()),
        (_, true) => Some("SERVICE".to_string()),
        (many, false) => Some(format!("{{{}}}", many.join(","))),
    }
}

/// ` (did you mean `x`?)` for the closest of `valid`, or nothing if none is close.
fn did_you_mean<'a>(given: &str, valid: impl IntoIterator<Item = &'a str>) -> String {
    closest(given, valid)
        .map(|v| format!(" (did you mean `{v}`?)"))
        .unwrap_or_default()
}

/// The valid name closest to `given` (Jaro-Winkler above 0.8), for "did you mean".
pub fn closest<'a>(given: &str, valid: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    valid
        .into_iter()
        .map(|v| (strsim::jaro_winkler(given, v), v))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, v)| v)
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

pub(super) fn profile_list(config: &Config) -> String {
    if config.profiles.is_empty() {
        "the file has no profiles".to_string()
    } else {
        let names: Vec<&str> = config.profiles.keys().map(String::as_str).collect();
        format!("the profiles are: {}", names.join(", "))
    }
}
