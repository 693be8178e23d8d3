//! `--batch`: one token per input line, the key loaded once, signing on every core, input and
//! output streamed so that memory stays flat however long the input is.
//!
//! Each line is a JSON object of the subcommand's options (long names without dashes); the
//! command line gives the defaults. Lines are read into the subcommand's clap structs directly,
//! not through clap's parser, which costs ~30 µs a line — ten times the signing.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, SyncSender};
use std::sync::Mutex;
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _, Result};
use clap::ValueEnum;
use serde_json::{Map, Value};

use crate::claims::{self, Assignment};
use crate::cli::{
    DeveloperHubArgs, FormioArgs, MintArgs, RealmArgs, SignArgs, TiledeskArgs, TinyMceArgs,
};
use crate::credentials::{self, Environment};
use crate::input;
use crate::mint;
use crate::output::{warn, Format};
use crate::providers::Provider;
use crate::sign::Signer;
use crate::time;

/// Lines handed to a worker at a time: enough to amortise the channel, small enough to keep
/// memory flat and output flowing.
const CHUNK: usize = 512;
/// The longest line accepted; a file without newlines must not be read into memory whole.
const MAX_LINE: u64 = 1 << 20;

/// A minting subcommand that can take its options from batch lines.
pub trait BatchCommand: Clone + Send + Sync {
    /// The service; its `Default` answers what does not depend on the options (name,
    /// algorithms).
    type Provider: Provider + Default;
    /// Files the subcommand reads once (`--data-file`, `--vars-file`).
    type Files: Send + Sync;

    fn mint(&self) -> &MintArgs;
    fn mint_mut(&mut self) -> &mut MintArgs;
    fn load_files(&self) -> Result<Self::Files>;
    /// The files `load_files` reads, for the one-reader-of-stdin check.
    fn input_files(&self) -> Vec<&Path> {
        Vec::new()
    }
    fn provider(&self, files: &Self::Files) -> Result<Self::Provider>;
    /// Takes the subcommand's own options out of a line.
    fn take_own(&mut self, line: &mut Line) -> Result<()>;
}

/// Mints one token, or a batch of them when `--batch` is given.
pub fn run_command<C: BatchCommand>(command: &C) -> Result<()> {
    // Before any file is read: at most one of them may be standard input.
    mint::check_stdin_readers(&command.mint().options(), &command.input_files())?;
    if command.mint().batch.batch.is_some() {
        return run(command);
    }
    let files = command.load_files()?;
    mint::run(&command.provider(&files)?, &command.mint().options())
}

/// What every line shares: the command-line defaults, files read once, the signer.
struct Context<'a, C: BatchCommand> {
    base: &'a C,
    files: C::Files,
    claims_file: Option<Map<String, Value>>,
    signer: Option<Signer>,
    header: Map<String, Value>,
    now: i64,
}

fn run<C: BatchCommand>(base: &C) -> Result<()> {
    let options = base.mint().options();
    let service = C::Provider::default();
    mint::check_alg(service.alg_rules(), options.alg, service.name())?;
    if let Some(format) = options.format {
        mint::check_format_offered(&service, format)?;
    }
    let files = base.load_files()?;
    let claims_file = match &options.claims_file {
        Some(path) => Some(claims::read_object_file(path, "claims file")?),
        None => None,
    };
    let signer = if options.format == Some(Format::Claims) {
        None
    } else {
        let env = Environment::from_process();
        let (alg, key) = credentials::load(&options.keys, &env, options.alg, service.alg_rules())?;
        Some(Signer::new(alg, key)?)
    };
    let context = Context {
        base,
        files,
        claims_file,
        signer,
        header: mint::header(&options),
        now: mint::now(),
    };
    let path = options.batch.clone().unwrap_or_default();
    let reader = open_input(&path)?;
    stream(reader, &context, base.mint().batch.keep_going)
}

fn open_input(path: &std::path::Path) -> Result<Box<dyn BufRead + Send>> {
    if input::is_stdin(path) {
        return Ok(Box::new(BufReader::with_capacity(
            1 << 16,
            std::io::stdin(),
        )));
    }
    let file = std::fs::File::open(path)
        .with_context(|| format!("reading batch file {}", path.display()))?;
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        bail!("reading batch file {}: it is a directory", path.display());
    }
    Ok(Box::new(BufReader::with_capacity(1 << 16, file)))
}

/// One input line as read: its text, or why it has none.
enum Input {
    Text(String),
    /// The line cannot be used (not UTF-8); the next ones can.
    Invalid(String),
    /// The input cannot be read on: stop.
    Fatal(String),
}

/// Numbered input lines.
type Job = Vec<(usize, Input)>;

/// What became of one line.
enum Outcome {
    Minted {
        line: usize,
        text: String,
        warnings: Vec<String>,
    },
    Failed {
        line: usize,
        error: String,
    },
    /// The input could not be read: stop.
    Fatal(String),
}

/// Reads lines on a thread of its own (it may block on a terminal or pipe, so it is never
/// joined), mints them on one worker per core and writes the results in input order.
fn stream<C: BatchCommand>(
    reader: Box<dyn BufRead + Send>,
    context: &Context<C>,
    keep_going: bool,
) -> Result<()> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (job_tx, job_rx) = sync_channel::<(usize, Job)>(workers * 2);
    let (done_tx, done_rx) = sync_channel::<(usize, Vec<Outcome>)>(workers * 2);
    std::thread::spawn(move || read_lines(reader, job_tx));
    let jobs = Mutex::new(job_rx);
    let stop = AtomicBool::new(false);

    std::thread::scope(|scope| {
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            let (jobs, stop) = (&jobs, &stop);
            scope.spawn(move || work(context, jobs, done_tx, stop));
        }
        drop(done_tx);
        let result = write_in_order(done_rx, keep_going);
        stop.store(true, Ordering::Relaxed);
        result
    })
}

fn read_lines(mut reader: Box<dyn BufRead + Send>, jobs: SyncSender<(usize, Job)>) {
    let mut chunk_no = 0;
    let mut chunk = Vec::with_capacity(CHUNK);
    let mut line_no = 0;
    let mut buffer = Vec::new();
    loop {
        buffer.clear();
        let read = (&mut reader)
            .take(MAX_LINE + 1)
            .read_until(b'\n', &mut buffer);
        let fatal = match read {
            Ok(0) => break,
            Ok(_) if buffer.len() as u64 > MAX_LINE && !buffer.ends_with(b"\n") => {
                Some(format!("line {} is longer than 1 MiB", line_no + 1))
            }
            Ok(_) => None,
            Err(e) => Some(format!("reading the batch input: {e}")),
        };
        line_no += 1;
        if let Some(message) = fatal {
            chunk.push((line_no, Input::Fatal(message)));
            break;
        }
        let input = match std::str::from_utf8(&buffer) {
            Ok(text) => {
                let text = text.trim_end_matches(['\n', '\r']);
                if text.trim().is_empty() {
                    continue;
                }
                Input::Text(text.to_string())
            }
            Err(e) => Input::Invalid(format!("not valid UTF-8 (byte {})", e.valid_up_to() + 1)),
        };
        chunk.push((line_no, input));
        if chunk.len() == CHUNK {
            if jobs.send((chunk_no, std::mem::take(&mut chunk))).is_err() {
                return;
            }
            chunk_no += 1;
        }
    }
    let _ = jobs.send((chunk_no, chunk));
}

fn work<C: BatchCommand>(
    context: &Context<C>,
    jobs: &Mutex<Receiver<(usize, Job)>>,
    done: SyncSender<(usize, Vec<Outcome>)>,
    stop: &AtomicBool,
) {
    loop {
        let next = match jobs.lock() {
            Ok(receiver) => receiver.recv_timeout(Duration::from_millis(50)),
            Err(_) => return,
        };
        let (chunk_no, lines) = match next {
            Ok(job) => job,
            Err(RecvTimeoutError::Timeout) if !stop.load(Ordering::Relaxed) => continue,
            Err(_) => return,
        };
        let outcomes = lines
            .into_iter()
            .map(|(line, input)| match input {
                Input::Fatal(message) => Outcome::Fatal(message),
                Input::Invalid(error) => Outcome::Failed { line, error },
                Input::Text(text) => match mint_line(context, &text) {
                    Ok((text, warnings)) => Outcome::Minted {
                        line,
                        text,
                        warnings,
                    },
                    Err(error) => Outcome::Failed {
                        line,
                        error: format!("{error:#}"),
                    },
                },
            })
            .collect();
        if done.send((chunk_no, outcomes)).is_err() {
            return;
        }
    }
}

/// Writes results in input order. Stops at the first bad line unless `keep_going`.
fn write_in_order(done: Receiver<(usize, Vec<Outcome>)>, keep_going: bool) -> Result<()> {
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut pending = BTreeMap::new();
    let mut next = 0;
    let mut failures = 0usize;
    let result = (|| -> Result<()> {
        for (chunk_no, outcomes) in done.iter() {
            pending.insert(chunk_no, outcomes);
            while let Some(outcomes) = pending.remove(&next) {
                next += 1;
                for outcome in outcomes {
                    match outcome {
                        Outcome::Minted {
                            line,
                            text,
                            warnings,
                        } => {
                            for warning in warnings {
                                warn(format_args!("line {line}: {warning}"));
                            }
                            writeln!(stdout, "{text}")?;
                        }
                        Outcome::Failed { line, error } if keep_going => {
                            failures += 1;
                            stdout.flush()?;
                            crate::output::error(format_args!("line {line}: {error}"));
                            writeln!(stdout)?;
                        }
                        Outcome::Failed { line, error } => {
                            stdout.flush()?;
                            bail!("line {line}: {error}");
                        }
                        Outcome::Fatal(message) => {
                            stdout.flush()?;
                            bail!("{message}");
                        }
                    }
                }
            }
        }
        stdout.flush()?;
        Ok(())
    })();
    match result {
        Err(e) if is_broken_pipe(&e) => Ok(()),
        Err(e) => Err(e),
        Ok(()) if failures > 0 => Err(anyhow!("{failures} line(s) failed")),
        Ok(()) => Ok(()),
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

/// One line: its options over the command line's, then the same pipeline as a single mint.
fn mint_line<C: BatchCommand>(context: &Context<C>, text: &str) -> Result<(String, Vec<String>)> {
    let object = match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => map,
        Ok(other) => bail!(
            "expected a JSON object, found {}",
            claims::json_kind(&other)
        ),
        Err(e) => bail!(
            "not valid JSON: {} at column {}",
            claims::describe_json_error(&e),
            e.column()
        ),
    };
    let mut command = context.base.clone();
    let mut line = Line(object);
    command.take_own(&mut line)?;
    take_shared(command.mint_mut(), &mut line)?;
    let line_claims = line.object("claims")?;
    line.finish()?;

    let provider = command.provider(&context.files)?;
    let options = command.mint().options();
    let format = mint::check_format(&provider, options.format)?;
    let claims_file = match (&context.claims_file, line_claims) {
        (Some(file), Some(line)) => {
            let mut merged = file.clone();
            merged.extend(line);
            Some(merged)
        }
        (file, line) => line.or_else(|| file.clone()),
    };
    let payload = mint::build_payload(&provider, &options, claims_file.as_ref(), context.now)?;
    let warnings = provider.check(&payload)?;
    let text = match &context.signer {
        None => serde_json::to_string(&payload)?,
        Some(signer) => mint::render(&provider, format, &signer.sign(&context.header, &payload)?)?,
    };
    Ok((text, warnings))
}

/// The payload one batch line gives on top of `base` (the command line's options), as the JSON
/// `--format claims` prints, without loading a key or signing. The entry point of the
/// `batch_line` fuzz target.
pub fn line_payload<C: BatchCommand>(base: &C, text: &str, now: i64) -> Result<String> {
    let context = Context {
        base,
        files: base.load_files()?,
        claims_file: None,
        signer: None,
        header: Map::new(),
        now,
    };
    mint_line(&context, text).map(|(payload, _)| payload)
}

/// The shared options a line may set. Key material, `--alg`, `--format`, the header and files
/// stay as the command line set them: the key is loaded once.
fn take_shared(mint: &mut MintArgs, line: &mut Line) -> Result<()> {
    line.refuse(&[
        "secret-file",
        "key",
        "passphrase-file",
        "alg",
        "format",
        "kid",
        "typ",
        "batch",
        "keep-going",
        "claims-file",
    ])?;
    line.assignments("claim", &mut mint.claims.claim)?;
    let time = &mut mint.time;
    line.at_most_one(&["iat", "no-iat"])?;
    line.at_most_one(&["expires-in", "exp", "no-exp"])?;
    if ["iat", "no-iat"].iter().any(|k| line.has(k)) {
        time.iat = None;
        time.no_iat = false;
    }
    line.parsed("iat", &mut time.iat, time::parse_time)?;
    line.flag("no-iat", &mut time.no_iat)?;
    if ["expires-in", "exp", "no-exp"].iter().any(|k| line.has(k)) {
        time.expires_in = None;
        time.exp = None;
        time.no_exp = false;
    }
    line.parsed("expires-in", &mut time.expires_in, time::parse_duration)?;
    line.parsed("exp", &mut time.exp, time::parse_time)?;
    line.flag("no-exp", &mut time.no_exp)?;
    line.parsed("nbf", &mut time.nbf, time::TimeSpec::parse)?;
    line.flag("allow-expired", &mut time.allow_expired)
}

/// A batch line's options, taken out one by one; whatever is left is unknown.
pub struct Line(Map<String, Value>);

impl Line {
    fn has(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    fn take(&mut self, key: &str) -> Option<Value> {
        self.0.remove(key)
    }

    /// A string option: a JSON string or number; null unsets it.
    pub fn opt_string(&mut self, key: &str, slot: &mut Option<String>) -> Result<()> {
        if let Some(value) = self.take(key) {
            *slot = match value {
                Value::Null => None,
                value => Some(scalar(key, value)?),
            };
        }
        Ok(())
    }

    pub fn string(&mut self, key: &str, slot: &mut String) -> Result<()> {
        if let Some(value) = self.take(key) {
            *slot = scalar(key, value)?;
        }
        Ok(())
    }

    /// A repeatable option: an array of strings, or one string. Replaces the command line's.
    pub fn strings(&mut self, key: &str, slot: &mut Vec<String>) -> Result<()> {
        if let Some(value) = self.take(key) {
            *slot = match value {
                Value::Array(items) => items
                    .into_iter()
                    .map(|v| scalar(key, v))
                    .collect::<Result<_>>()?,
                value => vec![scalar(key, value)?],
            };
        }
        Ok(())
    }

    /// A switch: `true` or `false`.
    pub fn flag(&mut self, key: &str, slot: &mut bool) -> Result<()> {
        match self.take(key) {
            None => Ok(()),
            Some(Value::Bool(value)) => {
                *slot = value;
                Ok(())
            }
            Some(other) => bail!(
                "`{key}` is a switch: use true or false, not {}",
                claims::json_kind(&other)
            ),
        }
    }

    /// `KEY=VALUE` options (`--claim`, `--data`…): an array of such strings, one string, or an
    /// object whose entries are the assignments. Replaces the command line's.
    pub fn assignments(&mut self, key: &str, slot: &mut Vec<Assignment>) -> Result<()> {
        let parse = |text: String| {
            text.parse::<Assignment>()
                .map_err(|e| anyhow!("`{key}`: {e}"))
        };
        if let Some(value) = self.take(key) {
            *slot = match value {
                Value::Object(map) => map
                    .into_iter()
                    .map(|(key, value)| Assignment { key, value })
                    .collect(),
                Value::Array(items) => items
                    .into_iter()
                    .map(|item| parse(scalar(key, item)?))
                    .collect::<Result<_>>()?,
                value => vec![parse(scalar(key, value)?)?],
            };
        }
        Ok(())
    }

    /// An option with its own parser (a time, a duration).
    pub fn parsed<T>(
        &mut self,
        key: &str,
        slot: &mut Option<T>,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Result<()> {
        if let Some(value) = self.take(key) {
            *slot = match value {
                Value::Null => None,
                value => Some(parse(&scalar(key, value)?).map_err(|e| anyhow!("`{key}`: {e}"))?),
            };
        }
        Ok(())
    }

    /// One of a fixed set of values.
    pub fn choice<T: ValueEnum>(&mut self, key: &str, slot: &mut Option<T>) -> Result<()> {
        if let Some(value) = self.take(key) {
            *slot = match value {
                Value::Null => None,
                value => {
                    let text = scalar(key, value)?;
                    Some(
                        T::from_str(&text, true)
                            .map_err(|_| anyhow!("`{key}`: unknown value `{text}`"))?,
                    )
                }
            };
        }
        Ok(())
    }

    /// Options that exclude each other, as clap says on the command line.
    fn at_most_one(&self, keys: &[&str]) -> Result<()> {
        let given: Vec<_> = keys.iter().filter(|key| self.has(key)).collect();
        if given.len() > 1 {
            bail!("`{}` and `{}` cannot be used together", given[0], given[1]);
        }
        Ok(())
    }

    /// Options that cannot change from line to line.
    pub fn refuse(&mut self, keys: &[&str]) -> Result<()> {
        match keys.iter().find(|key| self.has(key)) {
            Some(key) => bail!("`{key}` is fixed for the whole batch: give it on the command line"),
            None => Ok(()),
        }
    }

    fn object(&mut self, key: &str) -> Result<Option<Map<String, Value>>> {
        match self.take(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Object(map)) => Ok(Some(map)),
            Some(other) => bail!(
                "`{key}` must be a JSON object, found {}",
                claims::json_kind(&other)
            ),
        }
    }

    fn finish(self) -> Result<()> {
        match self.0.keys().next() {
            Some(key) => {
                bail!("unknown option `{key}` (keys are long option names without dashes)")
            }
            None => Ok(()),
        }
    }
}

fn scalar(key: &str, value: Value) -> Result<String> {
    match value {
        Value::String(s) => Ok(s),
        Value::Number(n) => Ok(n.to_string()),
        other => bail!(
            "`{key}` takes a string, found {}",
            claims::json_kind(&other)
        ),
    }
}

// Each subcommand's own options, by their long names.

macro_rules! mint_access {
    () => {
        fn mint(&self) -> &MintArgs {
            &self.mint
        }
        fn mint_mut(&mut self) -> &mut MintArgs {
            &mut self.mint
        }
    };
}

impl BatchCommand for SignArgs {
    type Provider = crate::providers::generic::Generic;
    type Files = ();
    mint_access!();

    fn load_files(&self) -> Result<()> {
        Ok(())
    }

    fn provider(&self, _: &()) -> Result<Self::Provider> {
        Ok(self.generic())
    }

    fn take_own(&mut self, line: &mut Line) -> Result<()> {
        line.opt_string("sub", &mut self.sub)?;
        line.opt_string("iss", &mut self.iss)?;
        line.strings("aud", &mut self.aud)?;
        match line.take("jti") {
            None => {}
            Some(Value::Null | Value::Bool(false)) => self.jti = None,
            Some(Value::Bool(true)) => self.jti = Some(None),
            Some(value) => self.jti = Some(Some(scalar("jti", value)?)),
        }
        Ok(())
    }
}

impl BatchCommand for FormioArgs {
    type Provider = crate::providers::formio::Formio;
    type Files = Option<Map<String, Value>>;
    mint_access!();

    fn load_files(&self) -> Result<Self::Files> {
        crate::cli::read_object(&self.data_file, "data file")
    }

    fn input_files(&self) -> Vec<&Path> {
        self.data_file.iter().map(PathBuf::as_path).collect()
    }

    fn provider(&self, data_file: &Self::Files) -> Result<Self::Provider> {
        self.provider_with(data_file.as_ref())
    }

    fn take_own(&mut self, line: &mut Line) -> Result<()> {
        line.refuse(&["data-file"])?;
        line.opt_string("project", &mut self.project)?;
        line.opt_string("form", &mut self.form)?;
        line.strings("role", &mut self.roles)?;
        line.assignments("data", &mut self.data)?;
        line.flag("admin", &mut self.admin)
    }
}

impl BatchCommand for RealmArgs {
    type Provider = crate::providers::realm::Realm;
    type Files = ();
    mint_access!();

    fn load_files(&self) -> Result<()> {
        Ok(())
    }

    fn provider(&self, _: &()) -> Result<Self::Provider> {
        self.provider()
    }

    fn take_own(&mut self, line: &mut Line) -> Result<()> {
        line.opt_string("user-id", &mut self.user_id)?;
        line.flag("admin", &mut self.admin)?;
        line.string("user-id-claim", &mut self.user_id_claim)
    }
}

impl BatchCommand for DeveloperHubArgs {
    type Provider = crate::providers::developerhub::DeveloperHub;
    type Files = Option<Map<String, Value>>;
    mint_access!();

    fn load_files(&self) -> Result<Self::Files> {
        crate::cli::read_object(&self.vars_file, "vars file")
    }

    fn input_files(&self) -> Vec<&Path> {
        self.vars_file.iter().map(PathBuf::as_path).collect()
    }

    fn provider(&self, vars_file: &Self::Files) -> Result<Self::Provider> {
        self.provider_with(vars_file.as_ref())
    }

    fn take_own(&mut self, line: &mut Line) -> Result<()> {
        line.refuse(&["vars-file"])?;
        line.opt_string("docs-url", &mut self.docs_url)?;
        line.assignments("var", &mut self.var)?;
        line.opt_string("error-redirect-url", &mut self.error_redirect_url)?;
        line.flag("single-use", &mut self.single_use)
    }
}

impl BatchCommand for TinyMceArgs {
    type Provider = crate::providers::tinymce::TinyMce;
    type Files = ();
    mint_access!();

    fn load_files(&self) -> Result<()> {
        Ok(())
    }

    fn provider(&self, _: &()) -> Result<Self::Provider> {
        self.provider()
    }

    fn take_own(&mut self, line: &mut Line) -> Result<()> {
        let mut product = Some(self.product);
        line.choice("product", &mut product)?;
        self.product = product.unwrap_or(self.product);
        line.opt_string("sub", &mut self.sub)?;
        line.opt_string("name", &mut self.name)?;
        line.opt_string("drive-root", &mut self.drive_root)?;
        line.opt_string("api-key", &mut self.api_key)?;
        line.strings("permission", &mut self.permission)?;
        line.opt_string("user-name", &mut self.user_name)?;
        line.opt_string("user-email", &mut self.user_email)
    }
}

impl BatchCommand for TiledeskArgs {
    type Provider = crate::providers::tiledesk::Tiledesk;
    type Files = ();
    mint_access!();

    fn load_files(&self) -> Result<()> {
        Ok(())
    }

    fn provider(&self, _: &()) -> Result<Self::Provider> {
        self.provider()
    }

    fn take_own(&mut self, line: &mut Line) -> Result<()> {
        line.opt_string("project", &mut self.project)?;
        line.opt_string("user-id", &mut self.user_id)?;
        line.opt_string("firstname", &mut self.firstname)?;
        line.opt_string("lastname", &mut self.lastname)?;
        line.opt_string("email", &mut self.email)?;
        line.assignments("attr", &mut self.attr)?;
        line.choice("role", &mut self.role)?;
        line.string("audience-base", &mut self.audience_base)?;
        line.opt_string("url", &mut self.url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use clap::{CommandFactory, Parser};

    fn parse(args: &[&str]) -> Command {
        Cli::try_parse_from(std::iter::once("jwtmint").chain(args.iter().copied()))
            .unwrap()
            .command
    }

    /// Every long option of every minting subcommand is either taken from a line or refused
    /// by name; none is silently unknown.
    #[test]
    fn every_option_is_known_to_batch_lines() {
        let command = Cli::command();
        for sub in command.get_subcommands() {
            let name = sub.get_name();
            if matches!(name, "keygen" | "completions" | "help" | "inspect") {
                continue;
            }
            for arg in sub.get_arguments() {
                let Some(long) = arg.get_long() else { continue };
                if matches!(long, "help" | "version") {
                    continue;
                }
                let mut object = Map::new();
                object.insert(long.to_string(), Value::String("x".into()));
                let mut line = Line(object);
                let parsed = parse(&batch_args(name));
                let result = match parsed {
                    Command::Sign(mut a) => a
                        .take_own(&mut line)
                        .and_then(|_| take_shared(&mut a.mint, &mut line)),
                    Command::Formio(mut a) => a
                        .take_own(&mut line)
                        .and_then(|_| take_shared(&mut a.mint, &mut line)),
                    Command::Realm(mut a) => a
                        .take_own(&mut line)
                        .and_then(|_| take_shared(&mut a.mint, &mut line)),
                    Command::Developerhub(mut a) => a
                        .take_own(&mut line)
                        .and_then(|_| take_shared(&mut a.mint, &mut line)),
                    Command::Tinymce(mut a) => a
                        .take_own(&mut line)
                        .and_then(|_| take_shared(&mut a.mint, &mut line)),
                    Command::Tiledesk(mut a) => a
                        .take_own(&mut line)
                        .and_then(|_| take_shared(&mut a.mint, &mut line)),
                    _ => unreachable!(),
                };
                let leftover = line.finish();
                assert!(
                    result.is_err() || leftover.is_ok(),
                    "{name} --{long} is neither taken nor refused in batch lines"
                );
            }
        }
    }

    fn batch_args(name: &str) -> Vec<&str> {
        vec![name, "--batch", "-"]
    }

    #[test]
    fn line_values() {
        let Command::Tiledesk(mut args) =
            parse(&["tiledesk", "--project", "p", "--user-id", "base"])
        else {
            panic!()
        };
        let object = serde_json::json!({"user-id": 7, "email": "a@x.io", "attr": {"plan": "pro"}, "role": "agent"});
        let mut line = Line(object.as_object().unwrap().clone());
        args.take_own(&mut line).unwrap();
        line.finish().unwrap();
        assert_eq!(args.user_id.as_deref(), Some("7"));
        assert_eq!(args.project.as_deref(), Some("p"));
        assert_eq!(args.attr[0].key, "plan");
        assert!(args.role.is_some());
    }

    #[test]
    fn bad_line_values() {
        let mut line = Line(
            serde_json::json!({"admin": "yes"})
                .as_object()
                .unwrap()
                .clone(),
        );
        let mut flag = false;
        assert!(line
            .flag("admin", &mut flag)
            .unwrap_err()
            .to_string()
            .contains("switch"));
        let mut line = Line(
            serde_json::json!({"key": "k.pem"})
                .as_object()
                .unwrap()
                .clone(),
        );
        assert!(line
            .refuse(&["key"])
            .unwrap_err()
            .to_string()
            .contains("fixed for the whole batch"));
        let line = Line(serde_json::json!({"bogus": 1}).as_object().unwrap().clone());
        assert!(line
            .finish()
            .unwrap_err()
            .to_string()
            .contains("unknown option `bogus`"));
    }
}
