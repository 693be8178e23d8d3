//! What goes to stdout (the result, and nothing else) and to stderr (everything else).

use std::io::Write;

use anyhow::{Context, Result};
use serde_json::{Map, Value};

/// The output formats. Each subcommand supports the ones its service has a form for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The compact token.
    Token,
    /// `{"token":"…"}`, the body token-provider endpoints return.
    Json,
    /// The HTTP header the service reads the token from.
    Header,
    /// The payload that would be signed, as JSON; needs no key.
    Claims,
    /// The URL that carries the token, for services that log in through a link.
    Url,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Token => "token",
            Format::Json => "json",
            Format::Header => "header",
            Format::Claims => "claims",
            Format::Url => "url",
        }
    }
}

/// A warning on stderr, on one line. Never pass a secret in here.
pub fn warn(message: impl std::fmt::Display) {
    let label = paint("jwtmint: warning:", YELLOW);
    eprintln!("{label} {}", one_line(&message.to_string()));
}

/// An error on stderr, on one line. Never pass a secret in here.
pub fn error(message: impl std::fmt::Display) {
    let label = paint("jwtmint: error:", RED);
    eprintln!("{label} {}", one_line(&message.to_string()));
}

/// `--color`: when stderr gets colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set or TERM is `dumb`.
    Auto,
    Always,
    Never,
}

static COLOR: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Sets `--color` for the rest of the run.
pub fn set_color(choice: ColorChoice) {
    COLOR.store(choice as u8, std::sync::atomic::Ordering::Relaxed);
}

/// Whether what goes to stderr is coloured: `--color always`, or `auto` (the default) on a
/// terminal without NO_COLOR (https://no-color.org) and with a TERM other than `dumb`. Never
/// when stderr is piped or redirected.
pub fn stderr_color() -> bool {
    use std::io::IsTerminal;
    let choice = COLOR.load(std::sync::atomic::Ordering::Relaxed);
    if choice == ColorChoice::Always as u8 {
        return true;
    }
    if choice == ColorChoice::Never as u8 {
        return false;
    }
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    !no_color && !dumb && std::io::stderr().is_terminal()
}

pub const RED: &str = "1;31";
pub const YELLOW: &str = "1;33";
pub const GREEN: &str = "1;32";

/// `text` in the SGR `style` when stderr is coloured; as it is otherwise. `text` must already
/// be safe on a terminal ([`one_line`]).
pub fn paint(text: &str, style: &str) -> String {
    if stderr_color() {
        format!("\x1b[{style}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// The style of one line of `inspect`'s verdict, by what it says.
pub fn verdict_style(line: &str) -> Option<&'static str> {
    if line.starts_with("OK:") || line.starts_with("signature valid") {
        Some(GREEN)
    } else if line.starts_with("FAILED")
        || line.starts_with("problem:")
        || line.starts_with("signature INVALID")
    {
        Some(RED)
    } else if line.starts_with("warning:") || line.starts_with("signature NOT checked") {
        Some(YELLOW)
    } else {
        None
    }
}

/// Whether `c` may not reach a terminal as it is: control characters (C0, DEL and C1, which
/// hold ESC and the 8-bit CSI that drive the terminal, and line breaks that forge a line), and
/// the bidirectional formatting characters that reorder what is shown (Trojan Source).
fn is_unsafe_on_terminal(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with everything [`is_unsafe_on_terminal`] written as `\n`, `\u{1b}`, `\u{202e}`…: the
/// one escaping function for every text that came from a file, a batch line or a token and
/// reaches a terminal (errors, warnings, `inspect`'s verdict), so that it stays one line and
/// cannot drive the terminal (overwrite a "FAILED" with a fake "OK").
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if is_unsafe_on_terminal(c) {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// `json` (serde_json's output) with what [`is_unsafe_on_terminal`] flags and serde_json leaves
/// raw (DEL, C1 controls, bidirectional formatting) written as `\uXXXX`: the same JSON value,
/// safe on a terminal. serde_json escapes the other control characters itself, and such
/// characters can only be inside strings, where `\uXXXX` means the character.
pub fn json_for_terminal(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if is_unsafe_on_terminal(c) && c != '\n' {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// `{"token":"…"}`.
pub fn token_json(token: &str) -> String {
    serde_json::json!({ "token": token }).to_string()
}

/// The claims as pretty JSON, safe on a terminal ([`json_for_terminal`]).
pub fn pretty_claims(claims: &Map<String, Value>) -> String {
    json_for_terminal(&serde_json::to_string_pretty(claims).unwrap_or_default())
}

/// Whether stdout is a terminal (the batch progress line stays off then: the tokens scroll
/// past there).
pub fn stdout_is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal()
}

/// The one way anything reaches stdout. A write error (a closed pipe, a full disk,
/// `> /dev/full`) is an error that exits 1 with one line on stderr, never a panic (as `print!`
/// gives) and never a silent success. Nothing else in `src/` writes to stdout.
pub struct Stdout {
    inner: std::io::BufWriter<std::io::StdoutLock<'static>>,
}

impl Stdout {
    pub fn new() -> Stdout {
        Stdout {
            inner: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
        }
    }

    /// `text` and a newline.
    pub fn line(&mut self, text: &str) -> Result<()> {
        self.inner
            .write_all(text.as_bytes())
            .and_then(|_| self.inner.write_all(b"\n"))
            .context(WRITING)
    }

    /// `bytes` as they are.
    pub fn bytes(&mut self, bytes: &[u8]) -> Result<()> {
        self.inner.write_all(bytes).context(WRITING)
    }

    /// Everything written so far, out; call before returning, so that the error is seen.
    pub fn flush(&mut self) -> Result<()> {
        self.inner.flush().context(WRITING)
    }
}

impl Default for Stdout {
    fn default() -> Self {
        Stdout::new()
    }
}

const WRITING: &str = "writing to standard output";

/// Writes the result and a newline to stdout in one write, so that a failure never leaves
/// half a line behind.
pub fn print_result(text: &str) -> Result<()> {
    let mut line = String::with_capacity(text.len() + 1);
    line.push_str(text);
    line.push('\n');
    print_text(&line)
}

/// Writes `text` (which ends with its own newline) to stdout.
pub fn print_text(text: &str) -> Result<()> {
    let mut stdout = Stdout::new();
    stdout.bytes(text.as_bytes())?;
    stdout.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every write to stdout goes through [`super::Stdout`]: `print!` panics on a closed or full
    /// stdout, and a raw `stdout()` would need its own error handling.
    #[test]
    fn nothing_else_writes_to_stdout() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut dirs = vec![src.clone()];
        let mut offenders = Vec::new();
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") || path.ends_with("output.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for (no, line) in text.lines().enumerate() {
                    let code = line.split("//").next().unwrap_or("");
                    let bad = ["print!(", "println!(", "stdout()"]
                        .iter()
                        .any(|p| code.contains(p) && !code.contains(&format!("e{p}")));
                    if bad {
                        offenders.push(format!("{}:{}: {line}", path.display(), no + 1));
                    }
                }
            }
        }
        assert!(offenders.is_empty(), "writes to stdout: {offenders:#?}");
    }

    #[test]
    fn what_drives_a_terminal_is_escaped() {
        assert_eq!(
            one_line("a\u{1b}[2K\r\nb\u{9b}c\u{7f}\u{202e}d\u{2066}é"),
            "a\\u{1b}[2K\\r\\nb\\u{9b}c\\u{7f}\\u{202e}d\\u{2066}é"
        );
        let value = serde_json::json!({"k\u{202e}": "\u{1b}\u{9b}\u{7f}é\n"});
        let json = json_for_terminal(&serde_json::to_string_pretty(&value).unwrap());
        assert!(
            !json.contains(|c: char| c.is_control() && c != '\n'),
            "{json}"
        );
        assert!(!json.contains('\u{202e}'), "{json}");
        assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), value);
    }
}
