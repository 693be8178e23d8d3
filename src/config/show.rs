//! `jwtmint config path|profiles|show`.

use anyhow::{Context, Result};
use serde_json::{json, Value};

use super::{
    apply_section, join_inspect, load, locate, select, Config, Location, Origins, Profile, Request,
    Section, INSPECT,
};
use crate::credentials::{self, Environment, KeySources};
use crate::exit::UsageError;
use crate::mint::MintOptions;
use crate::providers::{Given, Origin, Service, Values};
use crate::time::{self, Expiry};

/// `jwtmint config path|profiles|show`.
#[derive(Debug, Clone)]
pub enum ConfigCommand {
    Path,
    Profiles,
    /// `show [--profile NAME] [SUBCOMMAND [FLAGS…]]`.
    Show {
        request: Request,
        command: Vec<String>,
        format: ShowFormat,
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
        ConfigCommand::Show {
            request,
            command,
            format,
        } => {
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
            if format == ShowFormat::Text && asks_json_after_subcommand(&command) {
                crate::output::warn(
                    "--format json after the subcommand is the subcommand's own --format \
                     (shown as its setting); for config show's JSON, give it first: \
                     jwtmint config show --format json SUBCOMMAND …",
                );
            }
            let config = load(&location)?;
            let selected = select(config.as_ref(), &location, &request)?;
            crate::output::print_text(&show(
                &location,
                config.as_ref(),
                selected,
                &request,
                &command,
                format,
            )?)
        }
    }
}

/// `config show formio --format json`: clap reads the `--format` after the subcommand as the
/// subcommand's own (formio has a `json` format), so config show prints text. Not an error (it
/// is a setting one may want to see), but worth a line on stderr.
fn asks_json_after_subcommand(command: &[String]) -> bool {
    command
        .windows(2)
        .any(|w| w[0] == "--format" && w[1] == "json")
        || command.iter().any(|w| w == "--format=json")
}

/// How `config show` prints: aligned text, or one JSON document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ShowFormat {
    #[default]
    Text,
    Json,
}

/// What `jwtmint config show` reports: the file, the profile in force and why, and each
/// subcommand's settings.
struct Report {
    path: String,
    exists: bool,
    /// What named the file: `JWTMINT_CONFIG`, or the default place.
    origin: Origin,
    profile: Option<(String, Origin)>,
    sections: Vec<(String, Vec<Setting>)>,
}

/// One setting: its value as text and as JSON (for a secret or a passphrase, where it comes
/// from, never its value), and where it came from, or a note where nothing set it.
struct Setting {
    name: String,
    text: String,
    json: Value,
    origin: Option<Origin>,
    note: Option<&'static str>,
}

impl Setting {
    fn new(name: &str, text: impl Into<String>, json: Value, origin: Origin) -> Setting {
        Setting {
            name: name.to_string(),
            text: text.into(),
            json,
            origin: Some(origin),
            note: None,
        }
    }

    /// Text, the same as JSON.
    fn text(name: &str, text: impl Into<String>, origin: Origin) -> Setting {
        let text = text.into();
        Setting::new(name, text.clone(), Value::String(text), origin)
    }

    /// A setting that nothing set: `note` says why.
    fn unset(name: &str, text: &str, note: &'static str) -> Setting {
        Setting {
            name: name.to_string(),
            text: text.to_string(),
            json: Value::Null,
            origin: None,
            note: Some(note),
        }
    }
}

fn origin_json(origin: &Origin) -> Value {
    match origin {
        Origin::Flag => json!({ "kind": "flag" }),
        Origin::Env(name) => json!({ "kind": "env", "name": name }),
        Origin::Profile(name) => json!({ "kind": "profile", "name": name }),
        Origin::Default => json!({ "kind": "default" }),
        Origin::BatchLine => json!({ "kind": "batch-line" }),
    }
}

impl Report {
    fn text(&self) -> String {
        let mut out = format!(
            "config file: {}{}{}\n",
            self.path,
            if self.exists { "" } else { " (none)" },
            match &self.origin {
                Origin::Default => String::new(),
                origin => format!(" ({origin})"),
            }
        );
        match &self.profile {
            Some((name, Origin::Default)) => {
                out.push_str(&format!("profile: {name} (default-profile)\n"))
            }
            Some((name, origin)) => out.push_str(&format!("profile: {name} ({origin})\n")),
            None => out.push_str("profile: none\n"),
        }
        for (command, settings) in &self.sections {
            out.push_str(&format!("\n[{command}]\n"));
            for setting in settings {
                let origin = match (&setting.origin, setting.note) {
                    (Some(origin), _) => origin.to_string(),
                    (None, Some(note)) => note.to_string(),
                    (None, None) => String::new(),
                };
                out.push_str(&line(&setting.name, &setting.text, &origin));
            }
        }
        out
    }

    fn json(&self) -> Value {
        let sections: Vec<Value> = self
            .sections
            .iter()
            .map(|(command, settings)| {
                let settings: Vec<Value> = settings
                    .iter()
                    .map(|s| {
                        let mut setting = json!({
                            "name": s.name,
                            "value": s.json,
                            "origin": s.origin.as_ref().map(origin_json),
                        });
                        if let Some(note) = s.note {
                            setting["note"] = Value::String(note.into());
                        }
                        setting
                    })
                    .collect();
                json!({ "command": command, "settings": settings })
            })
            .collect();
        json!({
            "config_file": {
                "path": self.path,
                "exists": self.exists,
                "origin": origin_json(&self.origin),
            },
            "profile": self.profile.as_ref().map(|(name, origin)| json!({
                "name": name,
                "origin": match origin {
                    Origin::Default => json!({ "kind": "default-profile" }),
                    other => origin_json(other),
                },
            })),
            "sections": sections,
        })
    }
}

/// The text or JSON of `jwtmint config show`.
fn show(
    location: &Location,
    config: Option<&Config>,
    selected: Option<(&Profile, Origin)>,
    request: &Request,
    command: &[String],
    format: ShowFormat,
) -> Result<String> {
    let report = report(location, config, selected, request, command)?;
    Ok(match format {
        ShowFormat::Text => report.text(),
        ShowFormat::Json => {
            let json = serde_json::to_string_pretty(&report.json())
                .context("writing config show's JSON")?;
            format!("{}\n", crate::output::json_for_terminal(&json))
        }
    })
}

fn report(
    location: &Location,
    config: Option<&Config>,
    selected: Option<(&Profile, Origin)>,
    request: &Request,
    command: &[String],
) -> Result<Report> {
    let mut report = Report {
        path: location.path.display().to_string(),
        exists: config.is_some(),
        origin: location.origin.clone(),
        profile: selected
            .as_ref()
            .map(|(profile, origin)| (profile.name.clone(), origin.clone())),
        sections: Vec::new(),
    };
    let profile = selected.map(|(p, _)| p);
    let subcommands: Vec<Vec<String>> = if command.is_empty() {
        match profile {
            Some(profile) => profile
                .sections
                .keys()
                .map(|name| vec![name.clone()])
                .collect(),
            None => Vec::new(),
        }
    } else {
        vec![command.to_vec()]
    };
    for argv in subcommands {
        let parsed = crate::cli::parse_from(std::iter::once("jwtmint".to_string()).chain(argv))
            .map_err(|e| UsageError::new(format!("config show: {}", crate::cli::error_line(&e))))?;
        let section = match parsed {
            crate::cli::Parsed::Mint {
                service,
                values,
                options,
                request: own,
            } => {
                let request = Request {
                    typ_given: own.typ_given,
                    ..request.clone()
                };
                (
                    service.name.to_string(),
                    mint_settings(service, values, options, profile, &request),
                )
            }
            crate::cli::Parsed::Inspect { args, .. } => {
                (INSPECT.to_string(), inspect_settings(&args, profile))
            }
            _ => {
                return Err(UsageError::new(
                    "config show describes a minting subcommand or inspect",
                )
                .into())
            }
        };
        report.sections.push(section);
    }
    Ok(report)
}

/// A minting subcommand's settings, with the profile's section joined in.
fn mint_settings(
    service: &'static Service,
    mut values: Values,
    mut options: MintOptions,
    profile: Option<&Profile>,
    request: &Request,
) -> Vec<Setting> {
    let env = Environment::for_service(service);
    let empty = Section::default();
    let (name, section) = match profile {
        Some(p) => (
            p.name.as_str(),
            p.sections.get(service.name).unwrap_or(&empty),
        ),
        None => ("", &empty),
    };
    let origins = apply_section(name, section, &mut values, &mut options, request, &env);
    let keys = key_settings(&options.keys, &env, &origins);
    let mut settings = Vec::new();
    for opt in service.options {
        settings.push(match (values.get(opt), values.origin(opt)) {
            (Some(given), Some(origin)) => {
                Setting::new(opt.long, describe(given), given_json(given), origin.clone())
            }
            _ if opt.grants_rights => Setting::unset(opt.long, "(not set)", "command line only"),
            _ if opt.required => Setting::unset(opt.long, "(not set)", "required"),
            _ => continue,
        });
    }
    settings.push(match options.alg {
        Some(alg) => Setting::text("alg", alg.name(), origins.alg),
        None if service.algs.allowed.iter().all(|alg| alg.is_hmac()) => {
            Setting::text("alg", service.algs.default.name(), Origin::Default)
        }
        None => Setting::new(
            "alg",
            format!(
                "{} with a secret, else the key's own",
                service.algs.default.name()
            ),
            Value::Null,
            Origin::Default,
        ),
    });
    if let Some(kid) = &options.kid {
        settings.push(Setting::text("kid", kid, origins.kid));
    }
    settings.push(Setting::text("typ", &options.typ, origins.typ));
    let expiry = match options.time.expiry {
        Expiry::In(secs) => Some(Setting::new(
            "expires-in",
            time::human_duration(secs),
            json!(secs),
            origins.expiry,
        )),
        Expiry::At(at) => Some(Setting::new(
            "expires-in",
            time::rfc3339(at),
            json!(at),
            origins.expiry,
        )),
        Expiry::Never => Some(Setting::new(
            "expires-in",
            "never",
            Value::Null,
            origins.expiry,
        )),
        Expiry::Default => None,
    };
    settings.extend(expiry);
    let format = options.format.unwrap_or(service.default_format());
    settings.push(Setting::text("format", format.name(), origins.format));
    settings.extend(keys);
    settings
}

/// `inspect`'s settings, with the profile's `inspect` section joined in.
fn inspect_settings(args: &crate::cli::InspectArgs, profile: Option<&Profile>) -> Vec<Setting> {
    let mut options = args.options();
    let env = Environment::from_process();
    let origins = match profile {
        Some(profile) => join_inspect(profile, &mut options, &env),
        None => join_inspect(&Profile::default(), &mut options, &env),
    };
    let mut settings = vec![match &options.provider {
        Some(provider) => Setting::text("provider", provider, origins.provider.clone()),
        None => Setting::new(
            "provider",
            "(guessed from the token)",
            Value::Null,
            Origin::Default,
        ),
    }];
    if let Some(url) = &options.jwks_url {
        settings.push(Setting::text("jwks-url", url, origins.jwks_url.clone()));
    }
    settings.extend(key_settings(&options.keys, &env, &origins));
    settings
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

/// A value as `config show --format json` gives it: what a `--batch` line would hold.
fn given_json(given: &Given) -> Value {
    match given {
        Given::Text(text) => Value::String(text.clone()),
        Given::List(items) => json!(items),
        Given::Switch(on) => Value::Bool(*on),
        Given::Assign(items) => Value::Object(
            items
                .iter()
                .map(|a| (a.key.clone(), a.value.clone()))
                .collect(),
        ),
        Given::Bare => Value::Bool(true),
        Given::Object(object) => Value::Object(object.clone()),
    }
}

/// The key, secret and passphrase in force: their sources, never their values.
fn key_settings(keys: &KeySources, env: &Environment, origins: &Origins) -> Vec<Setting> {
    let source =
        |kind: &str, text: String, detail: Value| (text, json!({ "source": kind, kind: detail }));
    let material = if let Some(path) = &keys.secret_file {
        Some((
            "secret",
            source("file", format!("file {}", path.display()), json!(path)),
        ))
    } else if let Some(var) = &keys.secret_env {
        Some((
            "secret",
            source("env", format!("env var {var}"), json!(var)),
        ))
    } else if let Some(command) = &keys.secret_command {
        Some((
            "secret",
            source(
                "command",
                format!("command {}", command.display()),
                json!(command.argv),
            ),
        ))
    } else if let Some(path) = &keys.key_file {
        Some((
            "key",
            source("file", path.display().to_string(), json!(path)),
        ))
    } else if env.secret.is_some() {
        Some((
            "secret",
            source(
                "env",
                format!("{} (value hidden)", credentials::ENV_SECRET),
                json!(credentials::ENV_SECRET),
            ),
        ))
    } else if let Some(text) = &env.secret_command {
        Some((
            "secret",
            source("command", format!("command {text}"), json!(text)),
        ))
    } else {
        env.key_file.as_ref().map(|path| {
            (
                "key",
                source("file", path.display().to_string(), json!(path)),
            )
        })
    };
    let mut settings = vec![match material {
        Some((name, (text, json))) => Setting::new(name, text, json, origins.material.clone()),
        None => Setting::new(
            "secret",
            "(none: asked for on a terminal)",
            json!({ "source": "prompt" }),
            Origin::Default,
        ),
    }];
    let passphrase = if let Some(path) = &keys.passphrase_file {
        Some(source(
            "file",
            format!("file {}", path.display()),
            json!(path),
        ))
    } else if let Some(command) = &keys.passphrase_command {
        Some(source(
            "command",
            format!("command {}", command.display()),
            json!(command.argv),
        ))
    } else if env.passphrase.is_some() {
        Some(source(
            "env",
            format!("{} (value hidden)", credentials::ENV_PASSPHRASE),
            json!(credentials::ENV_PASSPHRASE),
        ))
    } else {
        env.passphrase_command
            .as_ref()
            .map(|text| source("command", format!("command {text}"), json!(text)))
    };
    if let Some((text, json)) = passphrase {
        settings.push(Setting::new(
            "passphrase",
            text,
            json,
            origins.passphrase.clone(),
        ));
    }
    settings
}
