//! The progress line of a long `--batch` run: on stderr only when it is a terminal (and stdout
//! is not), erased at the end; never in a pipe. The input stalls for longer than the second
//! after which the line appears, so each run lasts long enough to show it.
//!
//! The terminal cases run under util-linux `script`, which gives the command a pseudo-terminal
//! and copies what is written to it; without `script` they say so and pass.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const LINES: usize = 3000;

/// A clean environment, as `tests/common` gives the binary.
fn clean(cmd: &mut Command) -> &mut Command {
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", "/nonexistent/jwtmint-test-home")
        .stdin(Stdio::null())
}

/// A shell pipeline that feeds `LINES` batch lines, stalls 1.5 s, feeds them again, into an
/// HS256 `sign --batch -` (`extra` after it: a redirection, a pipe).
fn pipeline(dir: &Path, extra: &str) -> String {
    pipeline_with(dir, "", extra)
}

/// [`pipeline`] with `between` (a shell command) run after the stall.
fn pipeline_with(dir: &Path, between: &str, extra: &str) -> String {
    let input = dir.join("lines.jsonl");
    let text: String = (0..LINES)
        .map(|i| format!("{{\"sub\":\"u{i}\"}}\n"))
        .collect();
    std::fs::write(&input, text).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("jwtmint");
    let secret =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/keys/hmac-secret-64.txt");
    format!(
        "(cat '{input}'; sleep 1.5; {between} cat '{input}') | '{bin}' sign --secret-file '{secret}' \
         --batch - {extra}",
        input = input.display(),
        bin = bin.display(),
        secret = secret.display(),
    )
}

fn script_available() -> bool {
    let found = Command::new("script")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !found {
        eprintln!("util-linux `script` not found: the terminal case is not checked");
    }
    found
}

/// Runs `command` on a pseudo-terminal; returns its exit status and what reached the terminal.
fn on_terminal(command: &str) -> (bool, String) {
    let out = clean(&mut Command::new("script"))
        .args(["-q", "-e", "-c", command, "/dev/null"])
        .output()
        .expect("running script");
    (
        out.status.success(),
        String::from_utf8(out.stdout).expect("the terminal's output is UTF-8"),
    )
}

#[test]
fn no_progress_when_stderr_is_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let out = clean(&mut Command::new("sh"))
        .args(["-c", &pipeline(dir.path(), "")])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 2 * LINES);
    assert!(stdout.lines().all(|line| line.starts_with("eyJ")));
}

#[test]
fn progress_on_a_terminal_is_drawn_then_erased() {
    if !script_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tokens = dir.path().join("tokens.txt");
    let redirect = format!("> '{}'", tokens.display());
    let (ok, terminal) = on_terminal(&pipeline(dir.path(), &redirect));
    assert!(ok, "{terminal:?}");
    assert!(
        terminal.starts_with("\rjwtmint: batch: ") && terminal.contains(" lines done, "),
        "no progress line: {terminal:?}"
    );
    assert!(terminal.contains("/s, 0 failed"), "{terminal:?}");
    // Erased: the last thing written is spaces over the line, back at its start.
    let last = terminal
        .rsplit_once("failed")
        .map(|(_, rest)| rest)
        .unwrap();
    assert!(
        last.ends_with('\r') && last.trim_matches(['\r', ' ']).is_empty(),
        "the line is not erased: {terminal:?}"
    );
    assert!(!terminal.contains('\n'), "{terminal:?}");
    // stdout holds the tokens only.
    let written = std::fs::read_to_string(&tokens).unwrap();
    assert_eq!(written.lines().count(), 2 * LINES);
    assert!(written.lines().all(|line| line.starts_with("eyJ")));
}

/// With the tokens scrolling past on the same terminal, a redrawn line would garble them.
#[test]
fn no_progress_when_stdout_is_the_terminal_too() {
    if !script_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (ok, terminal) = on_terminal(&pipeline(dir.path(), ""));
    assert!(ok);
    assert!(!terminal.contains("lines done"), "{terminal:?}");
    assert_eq!(terminal.lines().count(), 2 * LINES);
}

/// An error printed during the run starts on a line of its own: the progress line is erased
/// first, and drawn again after it with the failure counted.
#[test]
fn errors_during_a_run_are_not_written_into_the_line() {
    if !script_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let redirect = format!("--keep-going > '{}'", dir.path().join("out").display());
    // After the bad line, lines and a stall: the line is drawn again, counting the failure.
    let again = format!(
        "echo not-json; cat '{}'; sleep 1;",
        dir.path().join("lines.jsonl").display()
    );
    let command = pipeline_with(dir.path(), &again, &redirect);
    let (ok, terminal) = on_terminal(&command);
    assert!(!ok, "a failed line exits 1: {terminal:?}");
    let errors: Vec<&str> = terminal.split("jwtmint: error:").collect();
    assert_eq!(
        errors.len(),
        3,
        "the bad line and the summary: {terminal:?}"
    );
    for before in &errors[..2] {
        // What precedes each error (less its colour) is the erased line (spaces, then `\r`)
        // or the end of an earlier message.
        let before = before.trim_end_matches(|c: char| c == '\x1b' || "[;0123456789m".contains(c));
        assert!(before.ends_with(['\r', '\n']), "{terminal:?}");
    }
    assert!(terminal.contains("1 failed"), "{terminal:?}");
}
