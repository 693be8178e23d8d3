//! `jwtmint config path|profiles|show`.

use anyhow::Result;

use super::{
    apply_section, join_inspect, load, locate, select, Config, Location, Profile, Request,
    ENV_CONFIG,
};
use crate::credentials::{self, Environment, KeySources};
use crate::exit::UsageError;
use crate::providers::{Given, Origin};
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
            crate::output::print_text(&show(
                &location,
                config.as_ref(),
                selected,
                &request,
                &command,
            )?)
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
                let env = Environment::for_service(service);
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
                        if service.algs.allowed.iter().all(|alg| alg.is_hmac()) {
                            service.algs.default.name().to_string()
                        } else {
                            format!(
                                "{} with a secret, else the key's own",
                                service.algs.default.name()
                            )
                        },
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
                if let Some(url) = &options.jwks_url {
                    let origin = match (&flags.jwks_url, profile) {
                        (Some(_), _) => "flag".to_string(),
                        (None, Some(p)) => Origin::Profile(p.name.clone()).to_string(),
                        _ => String::new(),
                    };
                    out.push_str(&line("jwks-url", url, &origin));
                }
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
                format!("env {}", env.key_file_var),
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
