//! What every target checks besides "no panic".

#![allow(dead_code)]

/// The passphrase of every encrypted key fixture (`tests/fixtures/keys/passphrase.txt`).
pub const PASSPHRASE: &[u8] = b"jwtmint-fixture-pass";

/// A Unix time to resolve relative times against: 2026-11-24T10:00:00Z.
pub const NOW: i64 = 1_795_514_400;

/// jwtmint prints an error as `jwtmint: error: {err:#}` on one line of stderr
/// (`output::error`): what it prints must not break that line or drive the terminal, whatever
/// the input held. Returns the message.
pub fn check_error(err: &anyhow::Error) -> String {
    let message = format!("{err:#}");
    let printed = jwtmint::output::one_line(&message);
    assert!(
        !printed.contains(char::is_control),
        "the printed error has control characters: {printed:?}"
    );
    message
}

/// Text that reaches the terminal as is (the verdict of `inspect`): no control characters
/// but the line breaks between its lines.
pub fn check_terminal_text(text: &str) {
    for line in text.split('\n') {
        assert!(
            !line.contains(char::is_control),
            "a line for the terminal has control characters: {line:?}"
        );
    }
}

/// Whether `needle` occurs in `haystack`.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}
