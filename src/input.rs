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

/// Reads a whole file, or standard input for `-`, into memory that is wiped when dropped.
pub fn read_path(path: &Path, what: &str) -> Result<Zeroizing<Vec<u8>>> {
    let name = display(path);
    let mut buffer = Zeroizing::new(Vec::new());
    let read = if is_stdin(path) {
        std::io::stdin()
            .lock()
            .take(MAX_INPUT + 1)
            .read_to_end(&mut buffer)
    } else {
        let file = std::fs::File::open(path).with_context(|| format!("reading {what} {name}"))?;
        if let Ok(meta) = file.metadata() {
            if meta.is_dir() {
                bail!("reading {what} {name}: it is a directory");
            }
            // Reserve once so that the secret is not left behind in reallocated buffers.
            buffer.reserve(meta.len().min(MAX_INPUT) as usize + 1);
        }
        file.take(MAX_INPUT + 1).read_to_end(&mut buffer)
    };
    read.with_context(|| format!("reading {what} {name}"))?;
    if buffer.len() as u64 > MAX_INPUT {
        bail!("reading {what} {name}: larger than {} MiB", MAX_INPUT >> 20);
    }
    Ok(buffer)
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
