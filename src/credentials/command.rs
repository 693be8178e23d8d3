//! Secret and passphrase commands (`--secret-command`, `--passphrase-command`, their
//! variables and profile keys): split like a shell would, run without one, with standard input
//! closed, a time-out and a cap on what they print.

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Result};
use zeroize::Zeroizing;

use crate::exit::UsageError;
use crate::input;

/// How long a `--secret-command` or `--passphrase-command` may run, in seconds (default 30).
pub const ENV_COMMAND_TIMEOUT: &str = "JWTMINT_COMMAND_TIMEOUT";
const COMMAND_TIMEOUT: Duration = Duration::from_secs(30);
/// The longest time-out `JWTMINT_COMMAND_TIMEOUT` may ask for: a day covers a password manager
/// waiting for a person; more is a typo (and 2^64 seconds overflowed the deadline: a panic).
const MAX_COMMAND_TIMEOUT: u64 = 86_400;
/// The most a secret or passphrase command may print.
const MAX_COMMAND_OUTPUT: u64 = 1 << 20;

/// A command that prints a secret (`op read op://…`, `pass show …`), as an argv: it is run
/// without a shell, with standard input closed and a time-out; its standard output less one
/// trailing newline is the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretCommand {
    pub argv: Vec<String>,
}

impl SecretCommand {
    /// Splits a command line as a POSIX shell would (quotes, backslashes), without running one.
    /// The message never quotes `text`: a command line can hold a token or a password.
    pub fn parse(text: &str) -> Result<SecretCommand, String> {
        let argv = shlex::split(text).ok_or_else(|| {
            "cannot split the command into words: unbalanced quotes or a trailing backslash? \
             (it is not shown, as it may hold a secret)"
                .to_string()
        })?;
        SecretCommand::from_argv(argv)
    }

    pub fn from_argv(argv: Vec<String>) -> Result<SecretCommand, String> {
        match argv.first() {
            None => Err("the command is empty".into()),
            Some(program) if program.is_empty() => Err("the command's program is empty".into()),
            Some(_) => Ok(SecretCommand { argv }),
        }
    }

    /// The program's name, for messages.
    pub fn program(&self) -> &str {
        &self.argv[0]
    }

    /// The argv as an array of JSON strings, for `jwtmint config show`.
    pub fn display(&self) -> String {
        serde_json::to_string(&self.argv).unwrap_or_default()
    }

    /// Runs the command and returns what it printed, less one trailing newline. `what` names
    /// the secret in messages ("secret", "passphrase"); the output never appears in them.
    pub fn run(&self, what: &str) -> Result<Zeroizing<Vec<u8>>> {
        let timeout = command_timeout()?;
        let program = self.program();
        let name = format!("the {what} command `{program}`");
        let mut command = Command::new(program);
        command
            .args(&self.argv[1..])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        // Its own process group, so that a time-out stops everything it started: a
        // grandchild holding the pipe (`sh -c 'sleep 1000 & echo x'`) outlived a kill of the
        // direct child.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let mut child = command.spawn().map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => anyhow!("{name} was not found"),
            std::io::ErrorKind::PermissionDenied => {
                anyhow!("{name} cannot be run: permission denied")
            }
            _ => anyhow!("{name} cannot be run: {e}"),
        })?;
        let group = ProcessGroup(child.id());
        // Both pipes are read on their own threads, so that a chatty command cannot block on
        // a full pipe, and a child that keeps them open cannot hang jwtmint past the time-out.
        let (out_tx, out_rx) = mpsc::channel();
        let (err_tx, err_rx) = mpsc::channel();
        if let Some(stdout) = child.stdout.take() {
            std::thread::spawn(move || {
                let _ = out_tx.send(read_capped(stdout));
            });
        }
        if let Some(stderr) = child.stderr.take() {
            std::thread::spawn(move || {
                let _ = err_tx.send(read_capped(stderr));
            });
        }
        let deadline = Instant::now() + timeout;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(10))
                }
                Ok(None) => {
                    group.kill();
                    let _ = child.kill();
                    let _ = child.wait();
                    let stderr = err_rx.recv_timeout(Duration::from_millis(100)).ok();
                    bail!(
                        "{name} did not finish within {}s{}",
                        timeout.as_secs(),
                        last_line(stderr)
                    );
                }
                Err(e) => bail!("{name}: waiting for it failed: {e}"),
            }
        };
        // The command has exited; what it left running in the background may still hold the
        // pipes. Give them a moment, then stop the group, and the pipes close.
        let grace = deadline
            .saturating_duration_since(Instant::now())
            .min(LEFTOVER_GRACE);
        let stdout = match out_rx.recv_timeout(grace) {
            Ok(read) => Ok(read),
            Err(_) => {
                group.kill();
                out_rx.recv_timeout(Duration::from_secs(1))
            }
        };
        let stderr = match err_rx.recv_timeout(Duration::from_millis(100)) {
            Ok(read) => Some(read),
            Err(_) => {
                group.kill();
                err_rx.recv_timeout(Duration::from_millis(500)).ok()
            }
        };
        // Over the cap, the reader stopped and the command died of SIGPIPE (status 141): say
        // what happened rather than the status.
        if let Ok(Ok(bytes)) = &stdout {
            if bytes.len() as u64 > MAX_COMMAND_OUTPUT {
                bail!(
                    "{name} printed more than {} KiB: that is not a {what}",
                    MAX_COMMAND_OUTPUT >> 10
                );
            }
        }
        if !status.success() {
            let how = match status.code() {
                Some(code) => format!("exited with status {code}"),
                None => "was killed by a signal".to_string(),
            };
            bail!("{name} {how}{}", last_line(stderr));
        }
        let stdout = match stdout {
            Ok(Ok(bytes)) => bytes,
            Ok(Err(e)) => bail!("{name}: reading its output failed: {e}"),
            Err(_) => bail!("{name} exited but kept its output open"),
        };
        let secret = input::strip_one_newline(stdout);
        if secret.is_empty() {
            bail!("{name} printed nothing{}", last_line(stderr));
        }
        Ok(secret)
    }
}

/// How long what a secret command left running may keep its output open after it exited.
const LEFTOVER_GRACE: Duration = Duration::from_millis(500);

/// A secret command's process group (its id is the command's pid).
struct ProcessGroup(u32);

impl ProcessGroup {
    /// SIGKILL to every process left in the group.
    fn kill(&self) {
        #[cfg(unix)]
        if let Ok(pid) = libc::pid_t::try_from(self.0) {
            if pid > 0 {
                // SAFETY: kill has no memory effects; a negative pid names the group the
                // command was started in (`process_group(0)`), which holds only what it started.
                unsafe {
                    libc::kill(-pid, libc::SIGKILL);
                }
            }
        }
    }
}

/// The time-out for secret commands (and for a FIFO to deliver a file's contents):
/// `JWTMINT_COMMAND_TIMEOUT` seconds, else 30.
pub(crate) fn command_timeout() -> Result<Duration> {
    match std::env::var(ENV_COMMAND_TIMEOUT) {
        Err(_) => Ok(COMMAND_TIMEOUT),
        Ok(text) => match text.trim().parse::<u64>() {
            Ok(secs) if (1..=MAX_COMMAND_TIMEOUT).contains(&secs) => Ok(Duration::from_secs(secs)),
            _ => Err(UsageError::new(format!(
                "{ENV_COMMAND_TIMEOUT} is `{}`: give a whole number of seconds from 1 to \
                 {MAX_COMMAND_TIMEOUT}",
                crate::claims::abbreviate(&text)
            ))
            .into()),
        },
    }
}

fn read_capped(pipe: impl Read) -> std::io::Result<Zeroizing<Vec<u8>>> {
    let mut buffer = Zeroizing::new(Vec::new());
    pipe.take(MAX_COMMAND_OUTPUT + 1).read_to_end(&mut buffer)?;
    Ok(buffer)
}

/// `: LAST LINE OF STDERR` (printable, at most 200 characters), or nothing.
fn last_line(stderr: Option<std::io::Result<Zeroizing<Vec<u8>>>>) -> String {
    let Some(Ok(bytes)) = stderr else {
        return String::new();
    };
    let text = String::from_utf8_lossy(&bytes);
    let Some(line) = text.lines().rev().map(str::trim).find(|l| !l.is_empty()) else {
        return String::new();
    };
    let line: String = line
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(200)
        .collect();
    format!(": {line}")
}
