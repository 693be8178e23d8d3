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
    eprintln!("jwtmint: warning: {}", one_line(&message.to_string()));
}

/// An error on stderr, on one line. Never pass a secret in here.
pub fn error(message: impl std::fmt::Display) {
    eprintln!("jwtmint: error: {}", one_line(&message.to_string()));
}

/// `text` with its control characters (line breaks, terminal escapes) written as `\n`, `\u{1b}`…:
/// messages quote what was in files and batch lines, and must stay one line that cannot drive
/// the terminal.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// `{"token":"…"}`.
pub fn token_json(token: &str) -> String {
    serde_json::json!({ "token": token }).to_string()
}

pub fn pretty_claims(claims: &Map<String, Value>) -> String {
    serde_json::to_string_pretty(claims).unwrap_or_default()
}

/// Writes the result and a newline to stdout in one call, so that a failure never leaves
/// half a line behind.
pub fn print_result(text: &str) -> Result<()> {
    let mut line = String::with_capacity(text.len() + 1);
    line.push_str(text);
    line.push('\n');
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(line.as_bytes())
        .and_then(|_| stdout.flush())
        .context("writing to standard output")
}
