//! The minting pipeline every service shares: build the payload, load the key, sign, print.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use crate::claims::{self, Assignment};
use crate::credentials::{self, Credential, Environment, KeySources};
use crate::exit::UsageError;
use crate::input;
use crate::jws::{Alg, Signer};
use crate::output::{self, warn, Format};
use crate::providers::{AlgRules, KeyFacts, Provider, Service, Values};
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
    /// `--kid-thumbprint`: `kid` is the RFC 7638 thumbprint of the public key.
    pub kid_thumbprint: bool,
    /// `--header NAME=VALUE|NAME:=JSON`.
    pub header_fields: Vec<Assignment>,
    pub typ: String,
    pub format: Option<Format>,
    /// `--batch`: the file of lines to mint from.
    pub batch: Option<PathBuf>,
    /// `--keep-going`: a bad batch line does not stop the batch.
    pub keep_going: bool,
    /// `--jobs`: signatures at once in a batch; `None`: one per core, or
    /// [`REMOTE_JOBS`](crate::signers::REMOTE_JOBS) for a key in a store.
    pub jobs: Option<usize>,
}

/// Refuses a claim that `service` guards (it grants rights or names the user: a dedicated
/// flag is the explicit way), among `names` given by `source` (`--claim`, `--claims-file`, the
/// batch line). The one message every service gives: `refusing claim `NAME` from SOURCE:
/// REASON`. A plain error: the caller says whether the user typed it.
pub fn refuse_guarded<'a>(
    service: &Service,
    names: impl IntoIterator<Item = &'a str>,
    source: &str,
) -> Result<()> {
    for name in names {
        if let Some(guarded) = service.guarded.iter().find(|g| g.matches(name)) {
            bail!(
                "refusing claim `{}` from {source}: {}",
                claims::abbreviate(name),
                guarded.reason
            );
        }
    }
    Ok(())
}

/// [`refuse_guarded`] for the claims of the command line: what `--claim` types is the user's
/// value (exit 2); what `--claims-file` holds is found by reading it (exit 1). Batch and serve
/// call it before the first token, so that the fault is told once, before anything runs.
pub fn refuse_guarded_given(
    service: &Service,
    options: &MintOptions,
    claims_file: Option<&Map<String, Value>>,
) -> Result<()> {
    refuse_guarded(
        service,
        options.claims.iter().map(|a| a.key.as_str()),
        "--claim",
    )
    .map_err(crate::exit::usage)?;
    if let Some(file) = claims_file {
        refuse_guarded(service, file.keys().map(String::as_str), "--claims-file")?;
    }
    Ok(())
}

/// One service with its option values, ready to mint.
pub struct Minter<'a> {
    pub service: &'static Service,
    pub provider: Box<dyn Provider>,
    pub options: &'a MintOptions,
}

impl<'a> Minter<'a> {
    pub fn new(
        service: &'static Service,
        values: &Values,
        options: &'a MintOptions,
    ) -> Result<Self> {
        values.check_required(service.options)?;
        Ok(Minter {
            service,
            // `build` sees only option values: its errors are the user's (exit 2).
            provider: (service.build)(values).map_err(crate::exit::usage)?,
            options,
        })
    }

    /// The format asked for (or the service's default), if the service has a form for it.
    pub fn format(&self) -> Result<Format> {
        let format = self
            .options
            .format
            .or_else(|| self.provider.default_format())
            .unwrap_or(self.service.default_format());
        check_format_offered(self.service, format)?;
        self.provider
            .check_format(format)
            .map_err(crate::exit::usage)?;
        Ok(format)
    }

    /// The payload: claims file < `--claim`, then the service's claims from its options (a
    /// claim that `--claim`/`--claims-file` also gives, with another value, is a usage error:
    /// one of the two would be dropped), then its fixed claims, then the time claims, then the
    /// service's claims made from them.
    pub fn payload(
        &self,
        claims_file: Option<&Map<String, Value>>,
        key: &KeyFacts,
        now: i64,
    ) -> Result<Map<String, Value>> {
        let service = self.service;
        let mut payload = claims::user_claims(claims_file, &self.options.claims);
        // A claim typed with --claim is the user's value (exit 2); one read from
        // --claims-file is found in a file (exit 1).
        let typed = |name: &str| self.options.claims.iter().any(|a| a.key == name);
        let blame = |name: &str, message: String| -> anyhow::Error {
            if typed(name) {
                UsageError::new(message).into()
            } else {
                anyhow::anyhow!(message)
            }
        };
        refuse_guarded_given(service, self.options, claims_file)?;
        if let Some(name) = self.provider.user_claims_under() {
            let user = std::mem::take(&mut payload);
            if !user.is_empty() {
                payload.insert(name.into(), Value::Object(user));
            }
        }
        // Without the key, the service's claims come from its option values alone: their
        // errors are the user's (exit 2).
        let own = match self.provider.claims(key) {
            Err(e) if !service.claims_need_key => return Err(crate::exit::usage(e)),
            own => own?,
        };
        for (key, value) in &own.fixed {
            if payload.get(key).is_some_and(|given| given != value) {
                return Err(blame(
                    key,
                    format!(
                        "claim `{key}` is fixed by {} to {value}; remove it from \
                         --claim/--claims-file",
                        service.name
                    ),
                ));
            }
        }
        // Each flag's claim is checked against the user's and set in one look-up.
        for (key, value) in own.flags {
            match payload.entry(key) {
                serde_json::map::Entry::Occupied(given) if given.get() != &value => {
                    let key = given.key();
                    let option = service
                        .options
                        .iter()
                        .find(|opt| opt.long == key)
                        .map_or_else(|| format!("{}'s options", service.name), |opt| opt.flag());
                    bail!(UsageError::new(format!(
                        "claim `{key}` is given twice: by --claim/--claims-file and by {option}; \
                         give it once"
                    )));
                }
                serde_json::map::Entry::Occupied(mut given) => {
                    given.insert(value);
                }
                serde_json::map::Entry::Vacant(slot) => {
                    slot.insert(value);
                }
            }
        }
        payload.extend(own.fixed);
        let rules = self.provider.expiry().unwrap_or(service.expiry);
        // The time claims come from the time options unless the claims file sets one: then
        // what is wrong was found by reading the file (exit 1), else it was typed (exit 2).
        let from_file = claims_file
            .is_some_and(|file| ["iat", "exp", "nbf"].iter().any(|k| file.contains_key(*k)));
        time::apply(&mut payload, &self.options.time, rules, service.name, now).map_err(|e| {
            if from_file {
                e
            } else {
                crate::exit::usage(e)
            }
        })?;
        self.provider.finish(&mut payload)?;
        Ok(payload)
    }

    /// The header before `alg`: [`base_header`], then the service's own fields.
    pub fn header(&self, key: &KeyFacts) -> Result<Map<String, Value>> {
        let base = base_header(self.options, key)?;
        Ok(self.finish_header(Cow::Owned(base), key)?.into_owned())
    }

    /// `base` (what [`base_header`] gave) with the service's own fields, checked by the
    /// service; borrowed as it came when the service adds nothing (a batch builds `base` once).
    pub fn finish_header<'h>(
        &self,
        base: Cow<'h, Map<String, Value>>,
        key: &KeyFacts,
    ) -> Result<Cow<'h, Map<String, Value>>> {
        let mut header = base;
        for (name, value) in self.provider.header(key)? {
            if let Some(given) = header.get(&name) {
                if given != &value {
                    bail!(UsageError::new(format!(
                        "{} sets the `{name}` header to {value}; remove the option that sets it to {given}",
                        self.service.name
                    )));
                }
            }
            header.to_mut().insert(name, value);
        }
        self.provider.check_header(&header, key)?;
        Ok(header)
    }

    /// The token in the chosen format.
    pub fn render(&self, format: Format, token: &str) -> Result<String> {
        Ok(match format {
            Format::Token => token.to_string(),
            Format::Json => output::token_json(token),
            Format::Header => self
                .provider
                .header_text(token)
                .unwrap_or_else(|| self.service.transport.header(token)),
            Format::Url => self.provider.url(token)?,
            Format::Claims => bail!("claims are printed before signing"),
        })
    }

    /// The payload ([`Minter::payload`]) and the service's last checks on it: the payload and
    /// the warnings for stderr.
    pub fn checked_payload(
        &self,
        claims_file: Option<&Map<String, Value>>,
        key: &KeyFacts,
        now: i64,
    ) -> Result<(Map<String, Value>, Vec<String>)> {
        let payload = self.payload(claims_file, key, now)?;
        let warnings = self.provider.check(&payload)?;
        Ok((payload, warnings))
    }

    /// The compact token: the header ([`Minter::header`]) and `payload`, signed. The one
    /// signing step of a mint, a `--batch` line and a `serve` request.
    pub fn sign(
        &self,
        payload: &Map<String, Value>,
        key: &KeyFacts,
        signer: &Signer,
    ) -> Result<String> {
        let header = self.header(key)?;
        signer.sign(&header, payload)
    }

    /// The key material, with the service's view of it.
    pub fn credential(&self, env: &Environment) -> Result<Credential> {
        credentials::load_for(self.service, &self.options.keys, env, self.options.alg)
    }
}

/// `--header x5c:=…` and `--header jwk:=…` name the signing key to whoever checks the token,
/// so they get the checks `--x5c-cert` gets: the leaf certificate (or the JWK) is the signing
/// key's public key, and each certificate of the chain was issued by the next.
fn check_key_header(name: &str, value: &Value, key: &KeyFacts) -> Result<()> {
    let spki = key.public_spki.as_deref().ok_or_else(|| {
        UsageError::new(format!(
            "--header {name} needs a key pair: an HMAC secret has no public key to name"
        ))
    })?;
    let checked = if name == "x5c" {
        crate::keys::cert::parse_x5c(value).and_then(|chain| {
            crate::keys::cert::check_cert_matches_spki(&chain[0], spki)?;
            crate::keys::cert::check_chain(&chain)
        })
    } else {
        crate::keys::jwk::check_jwk_header(value, spki)
    };
    checked.map_err(|e| UsageError::new(format!("--header {name}: {e:#}")).into())
}

/// The header fields every line of a batch shares: `typ`, `kid` (from `--kid`,
/// `--kid-thumbprint`, else the key's), `--header` fields and the key's certificate fields.
pub fn base_header(options: &MintOptions, key: &KeyFacts) -> Result<Map<String, Value>> {
    let mut header = Map::new();
    if !options.typ.is_empty() {
        header.insert("typ".into(), Value::String(options.typ.clone()));
    }
    let kid = if options.kid_thumbprint {
        let spki = key.public_spki.as_deref().ok_or_else(|| {
            UsageError::new(
                "--kid-thumbprint needs a key pair: the thumbprint of an HMAC secret would \
                     publish a hash of the secret",
            )
        })?;
        let jwk = crate::keys::jwk::public_jwk_from_spki(spki)?;
        Some(crate::keys::jwk::jwk_thumbprint(&jwk)?)
    } else {
        options.kid.clone().or_else(|| key.kid.clone())
    };
    if let Some(kid) = kid {
        header.insert("kid".into(), Value::String(kid));
    }
    for Assignment { key: name, value } in &options.header_fields {
        match name.as_str() {
            "alg" => bail!(UsageError::new("--header cannot set `alg`: use --alg")),
            "crit" | "b64" => bail!(UsageError::new(format!(
                "--header cannot set `{name}`: jwtmint implements no JWS extension"
            ))),
            _ => {}
        }
        if let Some(given) = header.get(name) {
            if given != value {
                bail!(UsageError::new(format!(
                    "--header {name} contradicts --{name} ({given})"
                )));
            }
        }
        if matches!(name.as_str(), "x5c" | "jwk") {
            check_key_header(name, value, key)?;
        }
        header.insert(name.clone(), value.clone());
    }
    for (name, value) in &key.header {
        if header.get(name).is_some_and(|given| given != value) {
            bail!(UsageError::new(format!(
                "--header {name} contradicts the certificate's {name}"
            )));
        }
        header.insert(name.clone(), value.clone());
    }
    Ok(header)
}

/// Mints one token for `service` with these option values, and prints it.
pub fn run(service: &'static Service, values: &Values, options: &MintOptions) -> Result<()> {
    check_alg(service, options.alg)?;
    if let Some(format) = options.format {
        check_format_offered(service, format)?;
    }
    let minter = Minter::new(service, values, options)?;
    let format = minter.format()?;
    let claims_file = match &options.claims_file {
        Some(path) => Some(claims::read_object_file(path, "claims file")?),
        None => None,
    };
    let env = Environment::from_process();
    // The claims are checked before the key is read (and its passphrase asked for), unless
    // they depend on the key.
    let early_key = service
        .claims_need_key
        .then(|| minter.credential(&env))
        .transpose()?;
    let facts = early_key
        .as_ref()
        .map(|c| c.facts.clone())
        .unwrap_or_default();
    let (payload, warnings) = minter.checked_payload(claims_file.as_ref(), &facts, time::now())?;
    for warning in warnings {
        warn(warning);
    }
    if format == Format::Claims {
        return output::print_result(&output::pretty_claims(&payload));
    }
    let credential = match early_key {
        Some(credential) => credential,
        None => minter.credential(&env)?,
    };
    let signer = Signer::new(credential.alg, credential.material)?;
    let token = minter.sign(&payload, &credential.facts, &signer)?;
    output::print_result(&minter.render(format, &token)?)
}

/// The service has a form for `format` at all.
pub fn check_format_offered(service: &Service, format: Format) -> Result<()> {
    if !service.formats.contains(&format) {
        let names: Vec<_> = service.formats.iter().map(|f| f.name()).collect();
        bail!(UsageError::new(format!(
            "{} has no `{}` output; it has: {}",
            service.name,
            format.name(),
            names.join(", ")
        )));
    }
    Ok(())
}

/// An explicit `--alg` must be one the service accepts.
pub fn check_alg(service: &Service, alg: Option<Alg>) -> Result<()> {
    check_alg_rules(service.algs, alg, service.name)
}

pub fn check_alg_rules(rules: AlgRules, alg: Option<Alg>, service: &str) -> Result<()> {
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
pub fn check_stdin_readers(options: &MintOptions, others: &[PathBuf]) -> Result<()> {
    let env_key_file = std::env::var_os(credentials::ENV_KEY_FILE).map(PathBuf::from);
    let key_file = options.keys.key_file.as_ref().or(env_key_file.as_ref());
    let stdin_readers = [
        options.keys.secret_file.as_ref(),
        key_file,
        options.keys.passphrase_file.as_ref(),
        options.keys.x5c_cert.as_ref(),
        options.keys.x5t_cert.as_ref(),
        options.claims_file.as_ref(),
        options.batch.as_ref(),
    ]
    .into_iter()
    .flatten()
    .chain(others.iter())
    .map(PathBuf::as_path)
    .filter(|path: &&Path| input::is_stdin(path))
    .count();
    if stdin_readers > 1 {
        bail!(UsageError::new(
            "only one option can read standard input (`-`) at a time"
        ));
    }
    Ok(())
}
