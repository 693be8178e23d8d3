//! The progress line of a long `--batch` run: lines done, the rate and the failures, on stderr,
//! redrawn in place a few times a second and erased when the batch ends.
//!
//! Only on a terminal: when stderr is not one (CI, a test, `2>log`) nothing is drawn, and
//! neither when stdout is one (the tokens themselves scroll past there, and a line redrawn
//! between them would garble both). A run shorter than [`AFTER`] never shows it. The writer
//! adds to two counters once per chunk of lines; a timer thread reads them and draws, so the
//! minting path does no more than an uncontended atomic add per chunk.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// A batch that ends sooner shows no progress line.
const AFTER: Duration = Duration::from_secs(1);
/// How often the line is redrawn.
const EVERY: Duration = Duration::from_millis(250);

/// The progress line of one batch run; inert (nothing counted, nothing drawn) off a terminal.
/// Dropping it erases the line, before any error of the batch is printed.
pub struct Progress {
    active: Option<Active>,
}

struct Active {
    state: Arc<State>,
    stop: Option<Sender<()>>,
    timer: Option<JoinHandle<()>>,
}

struct State {
    done: AtomicU64,
    failed: AtomicU64,
    /// How many characters of a progress line are on the screen now (0: none). Held while
    /// anything is written to stderr, so that a redraw never lands inside another message.
    shown: Mutex<usize>,
}

impl Progress {
    /// Starts the timer when stderr is a terminal and stdout is not.
    pub fn start() -> Progress {
        if !std::io::stderr().is_terminal() || crate::output::stdout_is_terminal() {
            return Progress { active: None };
        }
        let state = Arc::new(State {
            done: AtomicU64::new(0),
            failed: AtomicU64::new(0),
            shown: Mutex::new(0),
        });
        let (stop, stopped) = channel::<()>();
        let started = Instant::now();
        let timer_state = Arc::clone(&state);
        let timer = std::thread::Builder::new()
            .name("batch progress".into())
            .spawn(move || {
                let mut wait = AFTER;
                while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(wait) {
                    wait = EVERY;
                    let text = line(
                        timer_state.done.load(Ordering::Relaxed),
                        timer_state.failed.load(Ordering::Relaxed),
                        started.elapsed(),
                    );
                    timer_state.draw(&text);
                }
                timer_state.erase();
            })
            .ok();
        Progress {
            active: Some(Active {
                state,
                stop: Some(stop),
                timer,
            }),
        }
    }

    /// `lines` more lines were written, `failed` of them failed.
    pub fn add(&self, lines: usize, failed: usize) {
        if let Some(active) = &self.active {
            active.state.done.fetch_add(lines as u64, Ordering::Relaxed);
            if failed > 0 {
                active
                    .state
                    .failed
                    .fetch_add(failed as u64, Ordering::Relaxed);
            }
        }
    }

    /// Runs `print` (which writes messages to stderr) with the progress line erased; the timer
    /// draws it again below them.
    pub fn around(&self, print: impl FnOnce()) {
        match &self.active {
            Some(active) => {
                let mut shown = active.state.lock();
                State::erase_locked(&mut shown);
                print();
            }
            None => print(),
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(active) = &mut self.active {
            // The timer sees the channel close at once, erases the line and ends.
            drop(active.stop.take());
            if let Some(timer) = active.timer.take() {
                let _ = timer.join();
            }
        }
    }
}

impl State {
    fn lock(&self) -> std::sync::MutexGuard<'_, usize> {
        self.shown
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Writes `text` over the line on screen (spaces cover a longer previous one).
    fn draw(&self, text: &str) {
        let mut shown = self.lock();
        let width = text.chars().count();
        let pad = shown.saturating_sub(width);
        let out = format!("\r{text}{:pad$}", "");
        let mut stderr = std::io::stderr().lock();
        if stderr.write_all(out.as_bytes()).is_ok() && stderr.flush().is_ok() {
            *shown = width.max(*shown);
        }
    }

    fn erase(&self) {
        State::erase_locked(&mut self.lock());
    }

    fn erase_locked(shown: &mut usize) {
        if *shown > 0 {
            let out = format!("\r{:width$}\r", "", width = *shown);
            let mut stderr = std::io::stderr().lock();
            let _ = stderr.write_all(out.as_bytes());
            let _ = stderr.flush();
            *shown = 0;
        }
    }
}

/// The progress line: `jwtmint: batch: 1,234,567 lines done, 601,234/s, 2 failed`.
pub fn line(done: u64, failed: u64, elapsed: Duration) -> String {
    let seconds = elapsed.as_secs_f64();
    let rate = if seconds > 0.0 {
        (done as f64 / seconds).round() as u64
    } else {
        0
    };
    format!(
        "jwtmint: batch: {} lines done, {}/s, {} failed",
        grouped(done),
        grouped(rate),
        grouped(failed)
    )
}

/// `1234567` → `1,234,567`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_says_lines_rate_and_failures() {
        assert_eq!(
            line(1_234_567, 2, Duration::from_secs(2)),
            "jwtmint: batch: 1,234,567 lines done, 617,284/s, 2 failed"
        );
        assert_eq!(
            line(999, 0, Duration::from_millis(1500)),
            "jwtmint: batch: 999 lines done, 666/s, 0 failed"
        );
        assert_eq!(
            line(0, 0, Duration::ZERO),
            "jwtmint: batch: 0 lines done, 0/s, 0 failed"
        );
    }

    #[test]
    fn numbers_are_grouped_by_thousands() {
        for (n, text) in [
            (0, "0"),
            (12, "12"),
            (123, "123"),
            (1_000, "1,000"),
            (12_345, "12,345"),
            (123_456, "123,456"),
            (1_000_000, "1,000,000"),
            (u64::MAX, "18,446,744,073,709,551,615"),
        ] {
            assert_eq!(grouped(n), text);
        }
    }

    /// Off a terminal (as under `cargo test`, whose stderr is captured or a pipe) the progress
    /// is inert: counting and printing around it do nothing else.
    #[test]
    fn off_a_terminal_nothing_runs() {
        if std::io::stderr().is_terminal() && !crate::output::stdout_is_terminal() {
            return;
        }
        let progress = Progress::start();
        assert!(progress.active.is_none());
        progress.add(10, 1);
        let mut printed = false;
        progress.around(|| printed = true);
        assert!(printed);
    }
}
