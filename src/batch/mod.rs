//! `--batch`: one token per input line, the key loaded once, signing on every core, input and
//! output streamed so that memory stays flat however long the input is.
//!
//! Each line is a JSON object of the service's options (long names without dashes, read by the
//! same [`Opt`](crate::providers::Opt) declarations as the command line); the command line gives
//! the defaults. `line` reads a line into plain values, `engine` streams lines through workers;
//! neither knows clap.

mod engine;
mod line;
mod progress;

use std::borrow::Cow;

use anyhow::{anyhow, Context as _, Result};
use serde_json::{Map, Value};

use crate::claims;
use crate::credentials::{Credential, Environment};
use crate::jws::{self, Signer};
use crate::mint::{self, MintOptions, Minter};
use crate::output::Format;
use crate::providers::{KeyFacts, Service, Values};

pub use line::Line;

/// Mints one token for `service`, or a batch of them when `--batch` is given.
pub fn run_command(service: &'static Service, values: Values, options: &MintOptions) -> Result<()> {
    // Before any file is read: at most one of them may be standard input.
    mint::check_stdin_readers(options, &values.file_paths(service.options))?;
    let mut values = values;
    values.read_files(service.options)?;
    match &options.batch {
        Some(path) => run(service, &values, options, path),
        None => mint::run(service, &values, options),
    }
}

/// What every line shares: the command-line defaults, files read once, the signer.
struct Shared<'a> {
    service: &'static Service,
    values: &'a Values,
    options: &'a MintOptions,
    claims_file: Option<Map<String, Value>>,
    signer: Option<Signer>,
    facts: KeyFacts,
    /// The header fields that do not depend on a line ([`mint::base_header`]), or why there
    /// are none (then every line fails with that message, as a single mint would).
    base_header: Result<Map<String, Value>, String>,
    now: i64,
}

fn run(
    service: &'static Service,
    values: &Values,
    options: &MintOptions,
    path: &std::path::Path,
) -> Result<()> {
    mint::check_alg(service, options.alg)?;
    if let Some(format) = options.format {
        mint::check_format_offered(service, format)?;
    }
    let claims_file = match &options.claims_file {
        Some(path) => Some(claims::read_object_file(path, "claims file")?),
        None => None,
    };
    mint::refuse_guarded_given(service, options, claims_file.as_ref())?;
    let (signer, facts) = if options.format == Some(Format::Claims) && !service.claims_need_key {
        (None, KeyFacts::default())
    } else {
        let env = Environment::from_process();
        let Credential {
            alg,
            material,
            facts,
        } = crate::credentials::load_for(service, &options.keys, &env, options.alg)?;
        let signer = (options.format != Some(Format::Claims))
            .then(|| Signer::new(alg, material))
            .transpose()?;
        (signer, facts)
    };
    let base_header = mint::base_header(options, &facts).map_err(|e| format!("{e:#}"));
    let shared = Shared {
        service,
        values,
        options,
        claims_file,
        signer,
        facts,
        base_header,
        now: crate::time::now(),
    };
    let reader = engine::open_input(path).context("opening the batch input")?;
    // A store's key spends each signature waiting on the network: keep REMOTE_JOBS in flight,
    // one line at a time each, rather than one worker per core with chunks of lines.
    let remote = shared.signer.as_ref().is_some_and(Signer::is_remote);
    let workers = options.jobs.unwrap_or(if remote {
        crate::signers::REMOTE_JOBS
    } else {
        engine::cores()
    });
    let chunk = if remote { 1 } else { engine::CHUNK };
    engine::stream(
        reader,
        options.keep_going,
        workers,
        chunk,
        || Scratch::new(values, options),
        |scratch, text, out| mint_line(&shared, scratch, text, out),
    )
}

/// What a worker keeps from line to line, so that a line costs as few allocations as possible.
struct Scratch {
    /// The command line's values and options, with a line's changes undone before the next line.
    values: Values,
    options: MintOptions,
    sign: jws::Scratch,
}

impl Scratch {
    fn new(values: &Values, options: &MintOptions) -> Self {
        Scratch {
            values: values.clone(),
            options: options.clone(),
            sign: jws::Scratch::default(),
        }
    }
}

/// One line: its options over the command line's, then the same pipeline as a single mint.
/// Appends the line's output to `out`; returns its warnings.
fn mint_line(
    shared: &Shared,
    scratch: &mut Scratch,
    text: &str,
    out: &mut String,
) -> Result<Vec<String>> {
    let (values, options) = (&mut scratch.values, &mut scratch.options);
    values.reset_to(shared.values);
    Line::reset(options, shared.options);
    let line_claims = Line::parse(text)?.apply(shared.service, values, options)?;
    // The command line's claims were checked before the first line: a guarded claim here is
    // the line's (its `claim` replaces --claim, its `claims` add to --claims-file).
    mint::refuse_guarded(
        shared.service,
        options.claims.iter().map(|a| a.key.as_str()).chain(
            line_claims
                .iter()
                .flat_map(|c| c.keys().map(String::as_str)),
        ),
        "the batch line",
    )?;
    let minter = Minter::new(shared.service, values, options)?;
    let format = minter.format()?;
    let claims_file = match (&shared.claims_file, line_claims) {
        (Some(file), Some(line)) => {
            let mut merged = file.clone();
            merged.extend(line);
            Some(merged)
        }
        (file, line) => line.or_else(|| file.clone()),
    };
    let (payload, warnings) =
        minter.checked_payload(claims_file.as_ref(), &shared.facts, shared.now)?;
    match &shared.signer {
        None => out.push_str(&serde_json::to_string(&payload)?),
        Some(signer) => {
            let base = shared.base_header.as_ref().map_err(|e| anyhow!("{e}"))?;
            let header = minter.finish_header(Cow::Borrowed(base), &shared.facts)?;
            if format == Format::Token {
                signer.sign_into(&header, &payload, &mut scratch.sign, out)?;
            } else {
                let mut token = String::new();
                signer.sign_into(&header, &payload, &mut scratch.sign, &mut token)?;
                out.push_str(&minter.render(format, &token)?);
            }
        }
    }
    Ok(warnings)
}

/// The payload one batch line gives on top of the command line's `values` and `options`, as
/// the JSON `--format claims` prints, without loading a key or signing. The entry point of the
/// `batch_line` fuzz target.
pub fn line_payload(
    service: &'static Service,
    values: &Values,
    options: &MintOptions,
    text: &str,
    now: i64,
) -> Result<String> {
    let mut values = values.clone();
    values.read_files(service.options)?;
    let shared = Shared {
        service,
        values: &values,
        options,
        claims_file: None,
        signer: None,
        facts: KeyFacts::default(),
        base_header: Ok(Map::new()),
        now,
    };
    let mut out = String::new();
    mint_line(&shared, &mut Scratch::new(&values, options), text, &mut out)?;
    Ok(out)
}
