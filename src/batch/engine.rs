//! The streaming engine of `--batch`: a reader thread, one worker per core, and a writer that
//! prints results in input order. It knows nothing of services or options: each line's text
//! goes to a `mint` function that returns the output line and its warnings.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, SyncSender};
use std::sync::Mutex;
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _, Result};

use crate::input;
use crate::output::warn;

/// Lines handed to a worker at a time: enough to amortise the channel, small enough to keep
/// memory flat and output flowing.
pub const CHUNK: usize = 512;
/// The longest line accepted; a file without newlines must not be read into memory whole.
const MAX_LINE: u64 = 1 << 20;

/// What a line mints to: its output text and warnings, or why it failed.
pub type MintLine<'a> = dyn Fn(&str) -> Result<(String, Vec<String>)> + Sync + 'a;

pub fn open_input(path: &std::path::Path) -> Result<Box<dyn BufRead + Send>> {
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
/// One worker per core.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Streams lines through `workers` workers, `chunk` lines handed out at a time.
pub fn stream(
    reader: Box<dyn BufRead + Send>,
    keep_going: bool,
    workers: usize,
    chunk: usize,
    mint: impl Fn(&str) -> Result<(String, Vec<String>)> + Sync,
) -> Result<()> {
    let mint: &MintLine = &mint;
    let workers = workers.max(1);
    let chunk = chunk.max(1);
    let (job_tx, job_rx) = sync_channel::<(usize, Job)>(workers * 2);
    let (done_tx, done_rx) = sync_channel::<(usize, Vec<Outcome>)>(workers * 2);
    std::thread::spawn(move || read_lines(reader, job_tx, chunk));
    let jobs = Mutex::new(job_rx);
    let stop = AtomicBool::new(false);

    std::thread::scope(|scope| {
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            let (jobs, stop) = (&jobs, &stop);
            scope.spawn(move || work(mint, jobs, done_tx, stop));
        }
        drop(done_tx);
        let result = write_in_order(done_rx, keep_going);
        stop.store(true, Ordering::Relaxed);
        result
    })
}

fn read_lines(mut reader: Box<dyn BufRead + Send>, jobs: SyncSender<(usize, Job)>, size: usize) {
    let mut chunk_no = 0;
    let mut chunk = Vec::with_capacity(size);
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
        if chunk.len() == size {
            if jobs.send((chunk_no, std::mem::take(&mut chunk))).is_err() {
                return;
            }
            chunk_no += 1;
        }
    }
    let _ = jobs.send((chunk_no, chunk));
}

fn work(
    mint: &MintLine,
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
                Input::Text(text) => match mint(&text) {
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
    let mut stdout = crate::output::Stdout::new();
    // Dropped on return: the progress line is erased before the batch's error is printed.
    let progress = super::progress::Progress::start();
    let mut pending = BTreeMap::new();
    let mut next = 0;
    let mut failures = 0usize;
    let result = (|| -> Result<()> {
        for (chunk_no, outcomes) in done.iter() {
            pending.insert(chunk_no, outcomes);
            while let Some(outcomes) = pending.remove(&next) {
                next += 1;
                let (lines, failed_before) = (outcomes.len(), failures);
                for outcome in outcomes {
                    match outcome {
                        Outcome::Minted {
                            line,
                            text,
                            warnings,
                        } => {
                            if !warnings.is_empty() {
                                progress.around(|| {
                                    for warning in warnings {
                                        warn(format_args!("line {line}: {warning}"));
                                    }
                                });
                            }
                            stdout.line(&text)?;
                        }
                        Outcome::Failed { line, error } if keep_going => {
                            failures += 1;
                            stdout.flush()?;
                            progress.around(|| {
                                crate::output::error(format_args!("line {line}: {error}"))
                            });
                            stdout.line("")?;
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
                progress.add(lines, failures - failed_before);
            }
        }
        stdout.flush()?;
        Ok(())
    })();
    match result {
        // `jwtmint … --batch - | head -1`: the reader has all it wants; the batch ends quietly.
        // Any other write error (a full disk, `> /dev/full`) is an error.
        Err(e) if is_broken_pipe(&e) => Ok(()),
        Err(e) => Err(e),
        Ok(()) if failures > 0 => Err(anyhow!("{failures} line(s) failed")),
        Ok(()) => Ok(()),
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
