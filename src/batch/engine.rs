//! The streaming engine of `--batch`: a reader thread, workers (one per core, or more for a
//! key in a store), and a writer that prints results in input order. It knows nothing of
//! services or options: each line's text goes to a `mint` function that appends the line's
//! output to its worker's buffer and returns the line's warnings.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::ops::Range;
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

/// One input line, as the reader saw it.
enum Input {
    /// The line's bytes, at this range of the chunk's buffer, without the line break.
    Bytes(Range<usize>),
    /// The input cannot be read on: stop.
    Fatal(String),
}

/// Up to `chunk` numbered lines ([`CHUNK`] for a key in memory), read into one buffer: one
/// allocation per chunk, not one per line, and freed by the worker that reads it.
struct Chunk {
    no: usize,
    bytes: Vec<u8>,
    lines: Vec<(usize, Input)>,
}

/// What a worker made of a chunk: the output of its lines one after another in one buffer, and
/// what else happened (warnings, failures), each at the place of `out` where it belongs.
struct Done {
    no: usize,
    out: String,
    events: Vec<Event>,
    /// Lines minted or failed (blank ones are skipped), for the progress line.
    lines: usize,
}

struct Event {
    /// Where in `out` the event belongs: before the output of its line.
    at: usize,
    line: usize,
    what: What,
}

enum What {
    Warning(String),
    Failed(String),
    /// The input could not be read on: stop.
    Fatal(String),
}

/// One worker per core.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Reads lines on a thread of its own (it may block on a terminal or pipe, so it is never
/// joined), mints them on `workers` workers, `chunk` lines handed out at a time, and writes the
/// results in input order.
///
/// Each worker starts with `new_state()` and passes it to every `mint` call, for what it keeps
/// from token to token. `mint` appends a line's output (without the line break) to the buffer it
/// is given and returns the line's warnings; on error, whatever it appended is dropped.
pub fn stream<S>(
    reader: Box<dyn BufRead + Send>,
    keep_going: bool,
    workers: usize,
    chunk: usize,
    new_state: impl Fn() -> S + Sync,
    mint: impl Fn(&mut S, &str, &mut String) -> Result<Vec<String>> + Sync,
) -> Result<()> {
    let workers = workers.max(1);
    let chunk = chunk.max(1);
    let (job_tx, job_rx) = sync_channel::<Chunk>(workers * 2);
    let (done_tx, done_rx) = sync_channel::<Done>(workers * 2);
    std::thread::spawn(move || read_lines(reader, job_tx, chunk));
    let jobs = Mutex::new(job_rx);
    let stop = AtomicBool::new(false);

    std::thread::scope(|scope| {
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            let (jobs, stop, new_state, mint) = (&jobs, &stop, &new_state, &mint);
            scope.spawn(move || work(&mut new_state(), mint, jobs, done_tx, stop));
        }
        drop(done_tx);
        let result = write_in_order(done_rx, keep_going);
        stop.store(true, Ordering::Relaxed);
        result
    })
}

fn read_lines(mut reader: Box<dyn BufRead + Send>, jobs: SyncSender<Chunk>, size: usize) {
    let new_chunk = |no| Chunk {
        no,
        bytes: Vec::with_capacity(size * 64),
        lines: Vec::with_capacity(size),
    };
    let mut chunk = new_chunk(0);
    let mut line_no = 0;
    loop {
        let start = chunk.bytes.len();
        let read = (&mut reader)
            .take(MAX_LINE + 1)
            .read_until(b'\n', &mut chunk.bytes);
        let fatal = match read {
            Ok(0) => break,
            Ok(_)
                if (chunk.bytes.len() - start) as u64 > MAX_LINE
                    && !chunk.bytes.ends_with(b"\n") =>
            {
                Some(format!("line {} is longer than 1 MiB", line_no + 1))
            }
            Ok(_) => None,
            Err(e) => Some(format!("reading the batch input: {e}")),
        };
        line_no += 1;
        if let Some(message) = fatal {
            chunk.bytes.truncate(start);
            chunk.lines.push((line_no, Input::Fatal(message)));
            break;
        }
        let mut end = chunk.bytes.len();
        while end > start && matches!(chunk.bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        chunk.lines.push((line_no, Input::Bytes(start..end)));
        if chunk.lines.len() == size {
            let next = new_chunk(chunk.no + 1);
            if jobs.send(std::mem::replace(&mut chunk, next)).is_err() {
                return;
            }
        }
    }
    let _ = jobs.send(chunk);
}

fn work<S>(
    state: &mut S,
    mint: &(impl Fn(&mut S, &str, &mut String) -> Result<Vec<String>> + Sync),
    jobs: &Mutex<Receiver<Chunk>>,
    done: SyncSender<Done>,
    stop: &AtomicBool,
) {
    loop {
        let next = match jobs.lock() {
            Ok(receiver) => receiver.recv_timeout(Duration::from_millis(50)),
            Err(_) => return,
        };
        let chunk = match next {
            Ok(chunk) => chunk,
            Err(RecvTimeoutError::Timeout) if !stop.load(Ordering::Relaxed) => continue,
            Err(_) => return,
        };
        let mut out = String::with_capacity(chunk.bytes.len() * 3);
        // A line break never splits a character: when the whole chunk is UTF-8, so is each of
        // its lines, and one check of the chunk costs less than one per line.
        let chunk_text = std::str::from_utf8(&chunk.bytes).ok();
        let mut events = Vec::new();
        let mut lines = 0;
        for (line, input) in chunk.lines {
            lines += 1;
            let at = out.len();
            let mut event = |what| events.push(Event { at, line, what });
            let range = match input {
                Input::Fatal(message) => {
                    event(What::Fatal(message));
                    continue;
                }
                Input::Bytes(range) => range,
            };
            let text = match chunk_text.and_then(|text| text.get(range.clone())) {
                Some(text) => Ok(text),
                None => std::str::from_utf8(&chunk.bytes[range]),
            };
            let text = match text {
                Ok(text) if text.trim().is_empty() => {
                    lines -= 1;
                    continue;
                }
                Ok(text) => text,
                Err(e) => {
                    let byte = e.valid_up_to() + 1;
                    event(What::Failed(format!("not valid UTF-8 (byte {byte})")));
                    continue;
                }
            };
            match mint(state, text, &mut out) {
                Ok(warnings) => {
                    for warning in warnings {
                        event(What::Warning(warning));
                    }
                    out.push('\n');
                }
                Err(error) => {
                    out.truncate(at);
                    event(What::Failed(format!("{error:#}")));
                }
            }
        }
        let done_chunk = Done {
            no: chunk.no,
            out,
            events,
            lines,
        };
        if done.send(done_chunk).is_err() {
            return;
        }
    }
}

/// Writes results in input order. Stops at the first bad line unless `keep_going`.
fn write_in_order(done: Receiver<Done>, keep_going: bool) -> Result<()> {
    let mut stdout = crate::output::Stdout::new();
    // Dropped on return: the progress line is erased before the batch's error is printed.
    let progress = super::progress::Progress::start();
    let mut pending = BTreeMap::new();
    let mut next = 0;
    let mut failures = 0usize;
    let result = (|| -> Result<()> {
        for chunk in done.iter() {
            pending.insert(chunk.no, chunk);
            while let Some(Done {
                out, events, lines, ..
            }) = pending.remove(&next)
            {
                next += 1;
                let failed_before = failures;
                let mut written = 0;
                for Event { at, line, what } in events {
                    stdout.bytes(&out.as_bytes()[written..at])?;
                    written = at;
                    match what {
                        What::Warning(warning) => {
                            progress.around(|| warn(format_args!("line {line}: {warning}")))
                        }
                        What::Failed(error) if keep_going => {
                            failures += 1;
                            stdout.flush()?;
                            progress.around(|| {
                                crate::output::error(format_args!("line {line}: {error}"))
                            });
                            stdout.line("")?;
                        }
                        What::Failed(error) => {
                            stdout.flush()?;
                            bail!("line {line}: {error}");
                        }
                        What::Fatal(message) => {
                            stdout.flush()?;
                            bail!("{message}");
                        }
                    }
                }
                stdout.bytes(&out.as_bytes()[written..])?;
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
