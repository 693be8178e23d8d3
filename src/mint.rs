//! The minting pipeline every subcommand shares: build the payload, load the key, sign, print.

use std::path::{Path, PathBuf};

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use crate::claims::{self, Assignment};
use crate::credentials::{self, AlgRules, Environment, KeySources};
use crate::exit::UsageError;
use crate::input;
use crate::output::{self, warn, Format};
use crate::providers::Provider;
use crate::sign::{Alg, Signer};
use crate::time::{self, TimeOptions};

/// The options shared by every minting subcommand, as plain values.
#[derive(Debug, Clone, Default)]
pub struct MintOptions {
    pub keys: KeySources,
    pub claims_file: Option<PathBuf>,
    pub claims: Vec<Assignment>,
    pub time: TimeOptions,
    pub alg: Option<Alg>,
    pub kid: Option<String>,
    pub typ: String,
    pub format: Option<Format>,
    /// `--batch`: the file of lines to mint from.
    pub batch: Option<PathBuf>,
}

/// Mints one token for `provider` and prints it.
pub fn run(provider: &dyn Provider, options: &MintOptions) -> Result<()> {
    let format = check_usage(provider, options)?;
    let claims_file = match &options.claims_file {
        Some(path) => Some(claims::read_object_file(path, "claims file")?),
        None => None,
    };
    let payload = build_payload(provider, options, claims_file.as_ref(), now())?;
    for warning in provider.check(&payload)? {
        warn(warning);
    }
    if format == Format::Claims {
        return output::print_result(&output::pretty_claims(&payload));
    }
    let env = Environment::from_process();
    let (alg, key) = credentials::load(&options.keys, &env, options.alg, provider.alg_rules())?;
    let signer = Signer::new(alg, key)?;
    let token = signer.sign(&header(options), &payload)?;
    output::print_result(&render(provider, format, &token)?)
}

/// Checks what clap cannot: the format and algorithm against the service, and that standard
/// input is read at most once.
fn check_usage(provider: &dyn Provider, options: &MintOptions) -> Result<Format> {
    let format = check_format(provider, options.format)?;
    check_alg(provider.alg_rules(), options.alg, provider.name())?;
    Ok(format)
}

/// The format asked for (or the service's default), if the service has a form for it.
pub fn check_format(provider: &dyn Provider, format: Option<Format>) -> Result<Format> {
    let format = format.unwrap_or(provider.default_format());
    check_format_offered(provider, format)?;
    provider.check_format(format)?;
    Ok(format)
}

/// The service has a form for `format` at all.
pub fn check_format_offered(provider: &dyn Provider, format: Format) -> Result<()> {
    if !provider.formats().contains(&format) {
        let names: Vec<_> = provider.formats().iter().map(|f| f.name()).collect();
        bail!(UsageError::new(format!(
            "{} has no `{}` output; it has: {}",
            provider.name(),
            format.name(),
            names.join(", ")
        )));
    }
    Ok(())
}

/// An explicit `--alg` must be one the service accepts.
pub fn check_alg(rules: AlgRules, alg: Option<Alg>, service: &str) -> Result<()> {
    if let Some(alg) = alg {
        if !rules.allowed.contains(&alg) {
            let names: Vec<_> = rules.allowed.iter().map(|a| a.name()).collect();
            bail!(UsageError::new(format!(
                "{service} does not accept {alg}; it accepts: {}",
                names.join(", ")
            )));
        }
    }
    Ok(())
}

/// At most one input may be standard input: the shared options' files and `others`
/// (`--data-file`, `--vars-file`).
pub fn check_stdin_readers(options: &MintOptions, others: &[&Path]) -> Result<()> {
    let env_key_file = std::env::var_os(credentials::ENV_KEY_FILE).map(PathBuf::from);
    let key_file = options.keys.key_file.as_ref().or(env_key_file.as_ref());
    let stdin_readers = [
        options.keys.secret_file.as_ref(),
        key_file,
        options.keys.passphrase_file.as_ref(),
        options.claims_file.as_ref(),
        options.batch.as_ref(),
    ]
    .into_iter()
    .flatten()
    .map(PathBuf::as_path)
    .chain(others.iter().copied())
    .filter(|path| input::is_stdin(path))
    .count();
    if stdin_readers > 1 {
        bail!(UsageError::new(
            "only one option can read standard input (`-`) at a time"
        ));
    }
    Ok(())
}

/// The payload: claims file < `--claim` < dedicated flags < the service's fixed claims, then
/// the time claims.
pub fn build_payload(
    provider: &dyn Provider,
    options: &MintOptions,
    claims_file: Option<&Map<String, Value>>,
    now: i64,
) -> Result<Map<String, Value>> {
    let mut payload = claims::user_claims(claims_file, &options.claims);
    for guarded in provider.guarded_claims() {
        if payload.contains_key(guarded.name) {
            bail!(
                "refusing claim `{}` from --claim/--claims-file: {}",
                guarded.name,
                guarded.reason
            );
        }
    }
    let service = provider.claims()?;
    for (key, value) in &service.fixed {
        if payload.get(key).is_some_and(|given| given != value) {
            bail!(
                "claim `{key}` is fixed by {} to {value}; remove it from --claim/--claims-file",
                provider.name()
            );
        }
    }
    payload.extend(service.flags);
    payload.extend(service.fixed);
    time::apply(
        &mut payload,
        &options.time,
        provider.expiry_rules(),
        provider.name(),
        now,
    )?;
    Ok(payload)
}

pub fn header(options: &MintOptions) -> Map<String, Value> {
    let mut header = Map::new();
    if !options.typ.is_empty() {
        header.insert("typ".into(), Value::String(options.typ.clone()));
    }
    if let Some(kid) = &options.kid {
        header.insert("kid".into(), Value::String(kid.clone()));
    }
    header
}

/// The token in the chosen format.
pub fn render(provider: &dyn Provider, format: Format, token: &str) -> Result<String> {
    Ok(match format {
        Format::Token => token.to_string(),
        Format::Json => output::token_json(token),
        Format::Header => provider.header(token),
        Format::Url => provider.url(token)?,
        Format::Claims => bail!("claims are printed before signing"),
    })
}

pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}
