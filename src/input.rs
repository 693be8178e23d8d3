//! Reading files, standard input and terminal prompts. Nothing here ever blocks on a terminal
//! that is not there: prompts happen only when standard input is a terminal.

use std::io::{IsTerminal, Read};
use std::path::Path;

use anyhow::{bail, Context, Result};
use zeroize::Zeroizing;

/// The most any single input file may hold. Keys, secrets and claims are tiny; the limit
/// turns `--secret-file /dev/zero` into an error instead of a hang.
const MAX_INPUT: u64 = 16 * 1024 * 1024;

pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// How a path is named in messages.
pub fn display(path: &Path) -> String {
    if is_stdin(path) {
        "(standard input)".to_string()
    } else {
        path.display().to_string()
    }
}

/// Whether `path` names standard input the way `/dev/stdin` does: read it as `-` is read.
fn is_stdin_device(path: &Path) -> bool {
    matches!(
        path.to_str(),
        Some("/dev/stdin" | "/dev/fd/0" | "/proc/self/fd/0")
    )
}

/// Opens `path` for reading without blocking: opening a FIFO that has no writer yet would wait
/// for one forever. On a regular file the flag changes nothing.
pub fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    options.open(path)
}

/// Reads a whole file, or standard input for `-` (or `/dev/stdin`), into memory that is wiped
/// when dropped. A FIFO, socket or device is read for at most `JWTMINT_COMMAND_TIMEOUT` seconds
/// (30 by default): `--secret-file <(op read …)` works, a FIFO nobody writes to is an error,
/// not a hang.
pub fn read_path(path: &Path, what: &str) -> Result<Zeroizing<Vec<u8>>> {
    let name = display(path);
    let mut buffer = Zeroizing::new(Vec::new());
    let read = if is_stdin(path) || is_stdin_device(path) {
        std::io::stdin()
            .lock()
            .take(MAX_INPUT + 1)
            .read_to_end(&mut buffer)
    } else {
        let file = open_nonblocking(path).with_context(|| format!("reading {what} {name}"))?;
        let meta = file
            .metadata()
            .with_context(|| format!("reading {what} {name}"))?;
        if meta.is_dir() {
            bail!("reading {what} {name}: it is a directory");
        }
        if meta.is_file() {
            // Reserve once so that the secret is not left behind in reallocated buffers.
            buffer.reserve(meta.len().min(MAX_INPUT) as usize + 1);
            file.take(MAX_INPUT + 1).read_to_end(&mut buffer)
        } else {
            let limit = crate::credentials::command_timeout()?;
            read_bounded(file, &mut buffer, limit).map_err(|e| match e {
                Bounded::TimedOut => anyhow::anyhow!(
                    "reading {what} {name}: nothing more came within {}s (a FIFO with no \
                     writer?); {} sets how long to wait",
                    limit.as_secs(),
                    crate::credentials::ENV_COMMAND_TIMEOUT
                ),
                Bounded::Io(e) => anyhow::Error::new(e).context(format!("reading {what} {name}")),
            })?;
            Ok(buffer.len())
        }
    };
    read.with_context(|| format!("reading {what} {name}"))?;
    if buffer.len() as u64 > MAX_INPUT {
        bail!("reading {what} {name}: larger than {} MiB", MAX_INPUT >> 20);
    }
    Ok(buffer)
}

enum Bounded {
    TimedOut,
    Io(std::io::Error),
}

/// Reads a non-blocking pipe or device to its end (or to `MAX_INPUT + 1` bytes), waiting with
/// `poll` for at most `limit` in all.
///
/// A FIFO read without blocking says "end of file" both when its writer has finished and when
/// no writer has come yet; it is taken as the end only once a writer was seen (data, "would
/// block", or `POLLHUP`, which Linux reports once a writer has come and gone).
#[cfg(unix)]
fn read_bounded(
    mut file: std::fs::File,
    buffer: &mut Zeroizing<Vec<u8>>,
    limit: std::time::Duration,
) -> Result<(), Bounded> {
    use std::os::unix::fs::FileTypeExt;
    use std::os::unix::io::AsRawFd;
    let fifo = file
        .metadata()
        .map(|m| m.file_type().is_fifo())
        .map_err(Bounded::Io)?;
    let deadline = std::time::Instant::now() + limit;
    let mut chunk = Zeroizing::new([0u8; 8192]);
    let (mut seen, mut hung_up) = (!fifo, false);
    loop {
        loop {
            match file.read(&mut chunk[..]) {
                Ok(0) if seen || hung_up => return Ok(()),
                Ok(0) => break,
                Ok(n) => {
                    seen = true;
                    buffer.extend_from_slice(&chunk[..n]);
                    if buffer.len() as u64 > MAX_INPUT {
                        return Ok(());
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    seen = true;
                    break;
                }
                Err(e) => return Err(Bounded::Io(e)),
            }
        }
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return Err(Bounded::TimedOut);
        }
        let mut poll = libc::pollfd {
            fd: file.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // In slices: a FIFO with no writer yet may report nothing until one comes.
        let millis = left.as_millis().clamp(1, 100) as libc::c_int;
        // SAFETY: one valid pollfd, for a descriptor `file` keeps open.
        let ready = unsafe { libc::poll(&mut poll, 1, millis) };
        if ready < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                return Err(Bounded::Io(e));
            }
        } else if ready > 0 {
            hung_up |= poll.revents & libc::POLLHUP != 0;
        }
    }
}

#[cfg(not(unix))]
fn read_bounded(
    file: std::fs::File,
    buffer: &mut Zeroizing<Vec<u8>>,
    _limit: std::time::Duration,
) -> Result<(), Bounded> {
    file.take(MAX_INPUT + 1)
        .read_to_end(buffer)
        .map(|_| ())
        .map_err(Bounded::Io)
}

/// Removes one trailing `\n` or `\r\n`: what an editor or `echo` adds to a secret file.
pub fn strip_one_newline(mut bytes: Zeroizing<Vec<u8>>) -> Zeroizing<Vec<u8>> {
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
    }
    bytes
}

pub fn stdin_is_terminal() -> bool {
    std::io::stdin().is_terminal()
}

/// Asks for a secret on the terminal without echo. Only call when `stdin_is_terminal()`.
pub fn prompt_hidden(prompt: &str) -> Result<Zeroizing<Vec<u8>>> {
    let answer = rpassword::prompt_password(prompt).context("reading from the terminal")?;
    Ok(Zeroizing::new(answer.into_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_exactly_one_newline() {
        let strip = |b: &[u8]| strip_one_newline(Zeroizing::new(b.to_vec())).to_vec();
        assert_eq!(strip(b"abc\n"), b"abc");
        assert_eq!(strip(b"abc\r\n"), b"abc");
        assert_eq!(strip(b"abc\n\n"), b"abc\n");
        assert_eq!(strip(b"abc"), b"abc");
        assert_eq!(strip(b"abc\r"), b"abc\r");
    }
}
