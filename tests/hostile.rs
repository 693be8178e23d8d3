//! Hostile input: files a user got from elsewhere, standard input that is empty or closed, and
//! the secrets jwtmint holds.
//!
//! - Every file in `tests/fixtures/bad/` (see its README), plus a 20 MiB file, a directory, a
//!   FIFO and unreadable paths made here at run time, goes to every option that reads a file.
//!   Each run must fail the way the README promises: non-zero exit, nothing on stdout, one line
//!   on stderr starting `jwtmint: error:`, no panic, no control characters, and none of the
//!   secret bytes it was given (nor the body of a damaged key) in any output.
//! - Secrets: distinctive secret and passphrase values, given through files and the
//!   environment, never appear in any output, whichever way the run ends.
//! - No hangs: every option that reads standard input finishes on an empty, a `/dev/null` and a
//!   closed standard input.
//! - Regressions for what `cargo fuzz` found (fuzz/RESULTS.md).
//!
//! Every run has a hang guard of [`HANG_GUARD`]: a run still going then is killed and the test
//! fails. It is a guard against hangs, not a timing assertion.

#![cfg(unix)]

mod common;

use std::ffi::OsString;
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{fixture, jwtmint};

/// Long enough that only a hang reaches it.
const HANG_GUARD: Duration = Duration::from_secs(20);

/// The HMAC secret of the secret tests: 22 bytes, short enough to draw the warning.
const SECRET: &str = "S3cr3t-CANARY-7f3a9c1e";
/// The passphrase of the secret tests; no fixture key opens with it.
const PASSPHRASE: &str = "P4ss-CANARY-b2d8e604";

/// A 24-hex ObjectId, for the Form.io runs.
const OBJECT_ID: &str = "5c81a2e7f1d3b40012345601";

/// What a run printed, as bytes, and how it ended.
#[derive(Debug)]
struct Ran {
    what: String,
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

impl Ran {
    fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
}

/// Runs an assert_cmd `Command` (from [`jwtmint`]) under the hang guard.
fn ran(what: impl Into<String>, cmd: &mut assert_cmd::Command) -> Ran {
    let what = what.into();
    let output = cmd
        .timeout(HANG_GUARD)
        .output()
        .unwrap_or_else(|e| panic!("{what}: running jwtmint: {e}"));
    let ran = Ran {
        what,
        code: output.status.code(),
        stdout: output.stdout,
        stderr: output.stderr,
    };
    assert!(
        ran.code.is_some(),
        "{}: still running after {HANG_GUARD:?}, killed: a hang ({ran:?})",
        ran.what
    );
    ran
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// None of `secrets` in stdout or stderr.
fn assert_no_secrets(ran: &Ran, secrets: &[Vec<u8>]) {
    for secret in secrets {
        for (stream, bytes) in [("stdout", &ran.stdout), ("stderr", &ran.stderr)] {
            assert!(
                !contains(bytes, secret),
                "{}: {stream} holds secret bytes {:?}: {ran:#?}",
                ran.what,
                String::from_utf8_lossy(secret)
            );
        }
    }
}

/// Every line on stderr is jwtmint's own (`jwtmint: …`), with no control characters in it:
/// what it quotes from a file cannot break a line or drive the terminal; and no panic.
fn assert_tidy_stderr(ran: &Ran) {
    let stderr = ran.stderr_text();
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "{}: panic: {ran:#?}",
        ran.what
    );
    for line in stderr.lines() {
        assert!(
            line.starts_with("jwtmint: "),
            "{}: stderr line not from jwtmint: {line:?}",
            ran.what
        );
        assert!(
            !line.contains(char::is_control),
            "{}: control characters on stderr: {line:?}",
            ran.what
        );
    }
}

/// A failure as the README promises it: exit 1 or 2, stdout empty, exactly one line on stderr
/// (`jwtmint: error: …`), no panic, none of `secrets`.
fn assert_clean_failure(ran: &Ran, secrets: &[Vec<u8>]) {
    assert!(
        matches!(ran.code, Some(1 | 2)),
        "{}: expected exit 1 or 2: {ran:#?}",
        ran.what
    );
    assert!(
        ran.stdout.is_empty(),
        "{}: stdout not empty: {ran:#?}",
        ran.what
    );
    let stderr = ran.stderr_text();
    assert!(
        stderr.starts_with("jwtmint: error: ")
            && stderr.ends_with('\n')
            && stderr.lines().count() == 1,
        "{}: stderr is not one `jwtmint: error:` line: {ran:#?}",
        ran.what
    );
    assert_tidy_stderr(ran);
    assert_no_secrets(ran, secrets);
}

/// The runs of 24 or more base64 characters on the lines of `bytes` that are not BEGIN/END or
/// header lines: the body of a PEM key, which no message may quote.
fn key_body_runs(bytes: &[u8]) -> Vec<Vec<u8>> {
    const RUN: usize = 24;
    let is_b64 = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=');
    let mut runs = Vec::new();
    for line in bytes.split(|&b| b == b'\n' || b == b'\r') {
        if contains(line, b"-----") || contains(line, b": ") {
            continue;
        }
        for run in line.split(|b| !is_b64(b)) {
            if run.len() >= RUN {
                // Any 24 characters of it would be a leak; checking its first 24 is enough to
                // catch a quoted line.
                runs.push(run[..RUN].to_vec());
            }
        }
    }
    runs
}

fn canaries() -> Vec<Vec<u8>> {
    vec![SECRET.as_bytes().to_vec(), PASSPHRASE.as_bytes().to_vec()]
}

fn bad_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad")
}

/// A token signed with the RSA fixture key, for `inspect --key`.
fn rs256_token() -> String {
    common::one_line(
        jwtmint()
            .args(["sign", "--sub", "joe", "--key"])
            .arg(fixture("rsa2048-pkcs8.pem")),
    )
}

// ---------------------------------------------------------------------------------------------
// Bad files

/// The options that read a file, as used in the bad-file runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Key,
    PassphraseFile,
    ClaimsFile,
    DataFile,
    VarsFile,
    Batch,
    InspectKey,
    /// The file's bytes piped to `jwtmint inspect`.
    InspectStdin,
    SecretFile,
}

impl Role {
    /// Every role a regular bad file fails in. `--secret-file` is not among them: any bytes
    /// but none make a secret.
    const FILE_ROLES: [Role; 8] = [
        Role::Key,
        Role::PassphraseFile,
        Role::ClaimsFile,
        Role::DataFile,
        Role::VarsFile,
        Role::Batch,
        Role::InspectKey,
        Role::InspectStdin,
    ];

    /// The run, with the canaries in the environment so that a message that quoted them
    /// would show.
    fn command(self, path: &Path, token: &str) -> assert_cmd::Command {
        let mut cmd = jwtmint();
        cmd.env("JWTMINT_SECRET", SECRET)
            .env("JWTMINT_PASSPHRASE", PASSPHRASE);
        match self {
            Role::Key => cmd.args(["sign", "--sub", "joe", "--key"]).arg(path),
            Role::PassphraseFile => cmd
                .args(["sign", "--sub", "joe", "--key"])
                .arg(fixture("ec-p256-legacy-aes256.pem"))
                .arg("--passphrase-file")
                .arg(path),
            Role::ClaimsFile => cmd
                .args(["sign", "--format", "claims", "--claims-file"])
                .arg(path),
            Role::DataFile => cmd
                .args(["formio", "--format", "claims", "--project", OBJECT_ID])
                .args(["--form", OBJECT_ID, "--role", OBJECT_ID, "--data-file"])
                .arg(path),
            Role::VarsFile => cmd
                .args(["developerhub", "--format", "claims"])
                .args(["--docs-url", "https://docs.example.com", "--vars-file"])
                .arg(path),
            Role::Batch => cmd
                .args(["sign", "--secret-file"])
                .arg(fixture("hmac-secret-64.txt"))
                .arg("--batch")
                .arg(path),
            Role::InspectKey => cmd.args(["inspect", token, "--key"]).arg(path),
            Role::InspectStdin => {
                let bytes = std::fs::read(path).expect("reading the bad file");
                cmd.arg("inspect").write_stdin(bytes)
            }
            Role::SecretFile => cmd
                .args(["sign", "--sub", "joe", "--secret-file"])
                .arg(path),
        };
        cmd
    }
}

#[test]
fn every_bad_fixture_fails_cleanly_wherever_a_file_is_read() {
    let token = rs256_token();
    let mut files: Vec<PathBuf> = std::fs::read_dir(bad_dir())
        .expect("tests/fixtures/bad")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| {
            path.extension()
                .is_none_or(|ext| ext != "md" && ext != "py")
        })
        .collect();
    files.sort();
    assert!(files.len() >= 15, "the bad fixtures are missing: {files:?}");

    for path in &files {
        let bytes = std::fs::read(path).expect("reading a bad fixture");
        let mut secrets = canaries();
        secrets.extend(key_body_runs(&bytes));
        let blank = bytes
            .split(|&b| b == b'\n')
            .all(|line| line.trim_ascii().is_empty());
        for role in Role::FILE_ROLES {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            let out = ran(format!("{role:?} {name}"), &mut role.command(path, &token));
            if role == Role::Batch && blank {
                // A batch of no lines mints nothing, and that is not an error.
                assert_eq!(out.code, Some(0), "{}: {out:#?}", out.what);
                assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{out:#?}");
                continue;
            }
            assert_clean_failure(&out, &secrets);
        }
    }
}

#[test]
fn a_huge_file_fails_without_being_read_whole() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let huge = dir.path().join("huge.pem");
    // 20 MiB, over jwtmint's 16 MiB cap on any input, on one line (over batch's 1 MiB line cap).
    std::fs::write(&huge, vec![b'A'; 20 << 20]).expect("writing the huge file");
    let token = rs256_token();
    let mut secrets = canaries();
    secrets.push(vec![b'A'; 24]);
    for role in Role::FILE_ROLES.into_iter().chain([Role::SecretFile]) {
        let out = ran(format!("{role:?} huge"), &mut role.command(&huge, &token));
        assert_clean_failure(&out, &secrets);
    }
}

#[test]
fn a_directory_fails_cleanly() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let token = rs256_token();
    for role in Role::FILE_ROLES.into_iter().chain([Role::SecretFile]) {
        if role == Role::InspectStdin {
            continue;
        }
        let out = ran(
            format!("{role:?} directory"),
            &mut role.command(dir.path(), &token),
        );
        assert_clean_failure(&out, &canaries());
    }
}

#[test]
fn unreadable_paths_fail_cleanly() {
    // Tests run as root here, and root reads a mode-000 file; nobody reads through a file as if
    // it were a directory (ENOTDIR), a dangling symlink, or a path that does not exist.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let dangling = dir.path().join("dangling.pem");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).expect("a symlink");
    let paths = [
        bad_dir().join("empty.pem").join("x"),
        dangling,
        dir.path().join("missing.pem"),
    ];
    let token = rs256_token();
    for path in &paths {
        for role in Role::FILE_ROLES.into_iter().chain([Role::SecretFile]) {
            if role == Role::InspectStdin {
                continue;
            }
            let what = format!("{role:?} {}", path.display());
            let out = ran(what, &mut role.command(path, &token));
            assert_clean_failure(&out, &canaries());
        }
    }
}

/// A FIFO opened for reading blocks until a writer comes. This feeds one: it keeps trying a
/// non-blocking open for writing (which fails until a reader is there), writes `content` once
/// it succeeds and closes, so the reader gets `content` and then end of file. It stops when
/// `done` is set, so it never outlives a run that did not open the FIFO.
fn feed_fifo(
    fifo: PathBuf,
    content: &'static [u8],
    done: Arc<AtomicBool>,
) -> std::thread::JoinHandle<()> {
    #[cfg(target_os = "linux")]
    const O_NONBLOCK: i32 = 0o4000;
    #[cfg(not(target_os = "linux"))]
    const O_NONBLOCK: i32 = 0x0004;
    std::thread::spawn(move || {
        while !done.load(Ordering::Relaxed) {
            let writer = std::fs::OpenOptions::new()
                .write(true)
                .custom_flags(O_NONBLOCK)
                .open(&fifo);
            match writer {
                Ok(mut writer) => {
                    let _ = writer.write_all(content);
                    return;
                }
                Err(_) => std::thread::sleep(Duration::from_millis(5)),
            }
        }
    })
}

#[test]
fn a_fifo_is_read_to_its_end_or_fails() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let token = rs256_token();
    // --secret-file is left out: whatever a FIFO gives is a secret.
    for role in Role::FILE_ROLES {
        if role == Role::InspectStdin {
            continue;
        }
        let fifo = dir.path().join(format!("{role:?}.fifo"));
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("running mkfifo");
        assert!(made.success(), "mkfifo failed");
        let done = Arc::new(AtomicBool::new(false));
        let feeder = feed_fifo(fifo.clone(), b"not a key, not JSON\n", done.clone());
        let out = ran(format!("{role:?} FIFO"), &mut role.command(&fifo, &token));
        done.store(true, Ordering::Relaxed);
        feeder.join().expect("the FIFO feeder");
        assert_clean_failure(&out, &canaries());
    }
}

// ---------------------------------------------------------------------------------------------
// Secrets

/// A temporary directory holding the canary secret and passphrase in files, as editors write
/// them (with a trailing newline), plus one passphrase that is not UTF-8.
struct SecretFiles {
    dir: tempfile::TempDir,
}

impl SecretFiles {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temporary directory");
        std::fs::write(dir.path().join("secret.txt"), format!("{SECRET}\n")).unwrap();
        std::fs::write(dir.path().join("pass.txt"), format!("{PASSPHRASE}\n")).unwrap();
        let mut odd = PASSPHRASE.as_bytes().to_vec();
        odd.extend_from_slice(b"\xff\xfe");
        std::fs::write(dir.path().join("pass-not-utf8.txt"), odd).unwrap();
        SecretFiles { dir }
    }

    fn secret(&self) -> PathBuf {
        self.dir.path().join("secret.txt")
    }

    fn pass(&self) -> PathBuf {
        self.dir.path().join("pass.txt")
    }

    fn pass_not_utf8(&self) -> PathBuf {
        self.dir.path().join("pass-not-utf8.txt")
    }

    fn out(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// Runs that end in every way a secret could leak, each with the secret or passphrase given in
/// a file or the environment. Whatever the exit, no output holds them.
#[test]
fn no_secret_or_passphrase_in_any_output() {
    let files = SecretFiles::new();
    let (secret, pass) = (files.secret(), files.pass());
    let other_token = common::one_line(
        jwtmint()
            .args(["sign", "--sub", "joe", "--secret-file"])
            .arg(fixture("hmac-secret-64.txt")),
    );
    let canary_token = common::one_line(jwtmint().env("JWTMINT_SECRET", SECRET).args([
        "sign",
        "--sub",
        "joe",
        "--claim",
        "role=reader",
    ]));

    let formio = |cmd: &mut assert_cmd::Command| {
        cmd.args(["formio", "--project", OBJECT_ID, "--form", OBJECT_ID])
            .args(["--role", OBJECT_ID, "--data", "id=3f2b9c1e-7a4d"]);
    };

    // Each run, and what its output says (on stdout or stderr), to show it ran as meant.
    let mut runs: Vec<(&str, &str, assert_cmd::Command)> = Vec::new();
    let mut add =
        |what: &'static str, says: &'static str, build: &dyn Fn(&mut assert_cmd::Command)| {
            let mut cmd = jwtmint();
            build(&mut cmd);
            runs.push((what, says, cmd));
        };

    // Signing that works, with the short-secret warning on stderr.
    add(
        "env secret, token",
        "the HMAC secret is 22 bytes; HS256 wants at least 32",
        &|c| {
            c.env("JWTMINT_SECRET", SECRET)
                .args(["sign", "--sub", "joe"]);
        },
    );
    add("secret file, json", "the HMAC secret is 22 bytes", &|c| {
        c.args(["sign", "--sub", "joe", "--format", "json", "--secret-file"])
            .arg(&secret);
    });
    add(
        "secret file, header, HS512",
        "HS512 wants at least 64",
        &|c| {
            c.args([
                "sign",
                "--alg",
                "HS512",
                "--format",
                "header",
                "--secret-file",
            ])
            .arg(&secret);
        },
    );
    add("formio, secret file", "the HMAC secret is 22 bytes", &|c| {
        formio(c);
        c.arg("--secret-file").arg(&secret);
    });
    add("developerhub url", "https://docs.example.com?jwt=", &|c| {
        c.env("JWTMINT_SECRET", SECRET).args([
            "developerhub",
            "--docs-url",
            "https://docs.example.com",
            "--var",
            "a=b",
        ]);
    });
    add("tiledesk url", "tiledesk_jwt=JWT%20", &|c| {
        c.env("JWTMINT_SECRET", SECRET)
            .args([
                "tiledesk",
                "--project",
                "5f8e1a2b3c4d5e6f7a8b9c0d",
                "--user-id",
                "u1",
            ])
            .args(["--url", "https://shop.example.com/help"]);
    });
    add(
        "batch with the secret, a bad line, --keep-going",
        "line 2: `claim`",
        &|c| {
            c.args(["sign", "--batch", "-", "--keep-going", "--secret-file"])
                .arg(&secret)
                .write_stdin("{\"sub\": \"a\"}\n{\"claim\": \"nonsense\"}\n{\"key\": \"x\"}\n");
        },
    );

    // Failures about the secret, the key or the claims, with the secret or passphrase given.
    add(
        "bad alg for a secret",
        "RS256 signs with a private key",
        &|c| {
            c.args(["sign", "--alg", "RS256", "--secret-file"])
                .arg(&secret);
        },
    );
    add("alg none", "`none` is refused", &|c| {
        c.env("JWTMINT_SECRET", SECRET)
            .args(["sign", "--alg", "none"]);
    });
    add(
        "alg for a key, from the env secret",
        "RS256 needs a private key",
        &|c| {
            c.env("JWTMINT_SECRET", SECRET)
                .args(["realm", "--user-id", "joe"]);
        },
    );
    add("--claim without =", "is not KEY=VALUE", &|c| {
        c.env("JWTMINT_SECRET", SECRET)
            .args(["sign", "--claim", "nonsense"]);
    });
    add("--claim with bad JSON", "is not JSON", &|c| {
        c.args(["sign", "--claim", "a:=notjson", "--secret-file"])
            .arg(&secret);
    });
    add(
        "--claim echoing a guarded claim",
        "refusing claim `isAdmin`",
        &|c| {
            formio(c);
            c.args(["--claim", "isAdmin:=true", "--secret-file"])
                .arg(&secret);
        },
    );
    add("secret file read as claims", "is not valid JSON", &|c| {
        c.args(["sign", "--claims-file"])
            .arg(&secret)
            .arg("--secret-file")
            .arg(&secret);
    });
    add(
        "secret file read as a batch",
        "line 1: not valid JSON",
        &|c| {
            c.args(["sign", "--batch"])
                .arg(&secret)
                .arg("--secret-file")
                .arg(&secret);
        },
    );
    add(
        "secret file read as Form.io data",
        "is not valid JSON",
        &|c| {
            formio(c);
            c.arg("--data-file")
                .arg(&secret)
                .arg("--secret-file")
                .arg(&secret);
        },
    );
    add(
        "secret file read as DeveloperHub vars",
        "is not valid JSON",
        &|c| {
            c.args([
                "developerhub",
                "--docs-url",
                "https://docs.example.com",
                "--vars-file",
            ])
            .arg(&secret)
            .env("JWTMINT_SECRET", SECRET);
        },
    );
    add(
        "secret file read as a key",
        "not a PEM or DER private key",
        &|c| {
            c.args(["sign", "--key"]).arg(&secret);
        },
    );
    add(
        "passphrase file read as a key",
        "not a PEM or DER private key",
        &|c| {
            c.args(["sign", "--key"])
                .arg(&pass)
                .arg("--passphrase-file")
                .arg(&pass);
        },
    );
    add(
        "secret on stdin read as a key",
        "not a PEM or DER private key",
        &|c| {
            c.args(["sign", "--key", "-"])
                .write_stdin(format!("{SECRET}\n"));
        },
    );
    for key in [
        "rsa2048-legacy-aes256.pem",
        "ec-p256-legacy-des3.pem",
        "rsa2048-pkcs8-pbkdf2-sha256-aes256.pem",
        "rsa2048-pkcs8-pbes1-sha1-3des.pem",
        "ec-p384-pkcs8-scrypt-aes128.pem",
        "rsa2048-legacy-des.pem",
    ] {
        let expect = if key.contains("-des.") {
            "which is insecure"
        } else {
            "wrong passphrase, or the key file is damaged"
        };
        let key = fixture(key);
        add("wrong passphrase from a file", expect, &|c| {
            c.args(["sign", "--key"])
                .arg(&key)
                .arg("--passphrase-file")
                .arg(&pass);
        });
        add("wrong passphrase from the environment", expect, &|c| {
            c.env("JWTMINT_PASSPHRASE", PASSPHRASE)
                .args(["sign", "--key"])
                .arg(&key);
        });
        add("wrong passphrase, not UTF-8", expect, &|c| {
            c.args(["sign", "--key"])
                .arg(&key)
                .arg("--passphrase-file")
                .arg(files.pass_not_utf8());
        });
    }
    add("wrong passphrase on stdin", "wrong passphrase", &|c| {
        c.args(["sign", "--passphrase-file", "-", "--key"])
            .arg(fixture("rsa2048-legacy-aes128.pem"))
            .write_stdin(format!("{PASSPHRASE}\n"));
    });

    // --format claims: the payload, never the key material.
    add("claims format, env secret", r#""sub": "joe""#, &|c| {
        c.env("JWTMINT_SECRET", SECRET)
            .env("JWTMINT_PASSPHRASE", PASSPHRASE)
            .args(["sign", "--sub", "joe", "--format", "claims"]);
    });
    add(
        "claims format, secret file and passphrase file",
        r#""iat""#,
        &|c| {
            c.args(["sign", "--format", "claims", "--secret-file"])
                .arg(&secret)
                .arg("--passphrase-file")
                .arg(&pass);
        },
    );
    add("claims format, formio", r#""external": true"#, &|c| {
        formio(c);
        c.args(["--format", "claims", "--secret-file"]).arg(&secret);
    });
    add("claims format, batch", r#""x":1"#, &|c| {
        c.env("JWTMINT_SECRET", SECRET)
            .args(["sign", "--format", "claims", "--batch", "-"])
            .write_stdin("{\"sub\": \"a\"}\n{\"sub\": \"b\", \"claims\": {\"x\": 1}}\n");
    });

    // inspect, checking with the secret, right and wrong.
    add(
        "inspect, the right secret from a file",
        "signature valid",
        &|c| {
            c.args(["inspect", &canary_token, "--secret-file"])
                .arg(&secret);
        },
    );
    add(
        "inspect, the wrong secret from the env, json",
        r#""signature": "invalid""#,
        &|c| {
            c.env("JWTMINT_SECRET", SECRET)
                .args(["inspect", &other_token, "--format", "json"]);
        },
    );
    add(
        "inspect, the secret file as a key",
        "not a PEM or DER key",
        &|c| {
            c.args(["inspect", &other_token, "--key"]).arg(&secret);
        },
    );
    add(
        "inspect, the secret piped as the token",
        "not a JWT",
        &|c| {
            c.arg("inspect").write_stdin(format!("{SECRET}\n"));
        },
    );
    add(
        "inspect, an encrypted key with a wrong passphrase",
        "wrong passphrase",
        &|c| {
            c.args(["inspect", &other_token, "--key"])
                .arg(fixture("rsa2048-legacy-aes256.pem"))
                .arg("--passphrase-file")
                .arg(&pass);
        },
    );

    // keygen with the passphrase.
    add("keygen with a passphrase file", "BEGIN PUBLIC KEY", &|c| {
        c.args(["keygen", "--type", "ed25519", "--out"])
            .arg(files.out("k1.pem"))
            .arg("--passphrase-file")
            .arg(&pass);
    });
    add("keygen refusing to overwrite", "pass --force", &|c| {
        c.args(["keygen", "--type", "ed25519", "--out"])
            .arg(&secret)
            .env("JWTMINT_PASSPHRASE", PASSPHRASE);
    });

    let mut outcomes = [0usize; 3];
    for (what, says, mut cmd) in runs {
        let out = ran(what, &mut cmd);
        assert_no_secrets(&out, &canaries());
        let stderr = out.stderr_text();
        assert!(!stderr.contains("panicked"), "{what}: panic: {out:#?}");
        let all = format!("{}{stderr}", String::from_utf8_lossy(&out.stdout));
        assert!(
            all.contains(says),
            "{what}: expected `{says}` in the output: {out:#?}"
        );
        outcomes[match out.code {
            Some(0) => 0,
            Some(1) => 1,
            _ => 2,
        }] += 1;
    }
    // The runs did end in different ways.
    assert!(
        outcomes.iter().all(|&n| n > 0),
        "exit codes 0/1/2: {outcomes:?}"
    );
}

#[test]
fn a_secret_file_is_never_echoed_in_the_claims_output() {
    let files = SecretFiles::new();
    let out = ran(
        "claims format",
        jwtmint()
            .env("JWTMINT_SECRET", SECRET)
            .args([
                "sign",
                "--sub",
                "joe",
                "--format",
                "claims",
                "--secret-file",
            ])
            .arg(files.secret()),
    );
    assert_eq!(out.code, Some(0), "{out:#?}");
    let claims: serde_json::Value = serde_json::from_slice(&out.stdout).expect("claims are JSON");
    assert_eq!(claims["sub"], "joe");
    assert_no_secrets(&out, &canaries());
}

// ---------------------------------------------------------------------------------------------
// Standard input: never a hang

/// How standard input is given.
#[derive(Debug, Clone, Copy)]
enum Stdin {
    /// A pipe with nothing written, closed at once.
    EmptyPipe,
    /// `/dev/null`.
    Null,
    /// No file descriptor 0 at all (`<&-`).
    Closed,
}

/// Runs jwtmint with `args` and standard input given as `stdin`, killing it and failing the
/// test if it is still running after [`HANG_GUARD`].
fn run_with_stdin(what: String, args: &[OsString], stdin: Stdin) -> Ran {
    let bin = env!("CARGO_BIN_EXE_jwtmint");
    let mut cmd = match stdin {
        Stdin::Closed => {
            let mut sh = std::process::Command::new("sh");
            sh.arg("-c").arg("exec \"$0\" \"$@\" <&-").arg(bin);
            sh
        }
        _ => std::process::Command::new(bin),
    };
    cmd.args(args)
        .env_clear()
        .env("HOME", "/nonexistent/jwtmint-test-home");
    if let Some(path) = std::env::var_os("PATH") {
        cmd.env("PATH", path);
    }
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(match stdin {
        Stdin::EmptyPipe => Stdio::piped(),
        Stdin::Null | Stdin::Closed => Stdio::null(),
    });
    let mut child = cmd.spawn().expect("spawning jwtmint");
    drop(child.stdin.take());
    let read = |child: &mut Child, stdout: bool| {
        let mut pipe: Box<dyn Read + Send> = if stdout {
            Box::new(child.stdout.take().expect("stdout"))
        } else {
            Box::new(child.stderr.take().expect("stderr"))
        };
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let (stdout, stderr) = (read(&mut child, true), read(&mut child, false));
    let deadline = Instant::now() + HANG_GUARD;
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for jwtmint") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {HANG_GUARD:?}, killed: a hang");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Ran {
        what,
        code: status.code(),
        stdout: stdout.join().expect("reading stdout"),
        stderr: stderr.join().expect("reading stderr"),
    }
}

#[test]
fn every_stdin_reader_finishes_on_empty_and_closed_stdin() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let token = rs256_token();
    let os = |args: &[&str]| args.iter().map(OsString::from).collect::<Vec<_>>();
    let path = |p: PathBuf| p.into_os_string();
    let readers: Vec<(&str, Vec<OsString>)> = vec![
        (
            "--secret-file -",
            os(&["sign", "--sub", "joe", "--secret-file", "-"]),
        ),
        ("--key -", os(&["sign", "--sub", "joe", "--key", "-"])),
        ("--passphrase-file -", {
            let mut args = os(&["sign", "--passphrase-file", "-", "--key"]);
            args.push(path(fixture("ec-p256-legacy-aes256.pem")));
            args
        }),
        (
            "--claims-file -",
            os(&["sign", "--format", "claims", "--claims-file", "-"]),
        ),
        ("--data-file -", {
            let mut args = os(&["formio", "--format", "claims", "--project", OBJECT_ID]);
            args.extend(os(&[
                "--form",
                OBJECT_ID,
                "--role",
                OBJECT_ID,
                "--data-file",
                "-",
            ]));
            args
        }),
        (
            "--vars-file -",
            os(&[
                "developerhub",
                "--format",
                "claims",
                "--docs-url",
                "https://docs.example.com",
                "--vars-file",
                "-",
            ]),
        ),
        ("--batch -", {
            let mut args = os(&["sign", "--batch", "-", "--secret-file"]);
            args.push(path(fixture("hmac-secret-64.txt")));
            args
        }),
        ("inspect", os(&["inspect"])),
        ("inspect -", os(&["inspect", "-"])),
        (
            "inspect --secret-file -",
            os(&["inspect", &token, "--secret-file", "-"]),
        ),
        ("inspect --key -", os(&["inspect", &token, "--key", "-"])),
        ("keygen --passphrase-file -", {
            let mut args = os(&[
                "keygen",
                "--type",
                "ed25519",
                "--passphrase-file",
                "-",
                "--out",
            ]);
            args.push(path(dir.path().join("key.pem")));
            args
        }),
    ];
    for (name, args) in &readers {
        for stdin in [Stdin::EmptyPipe, Stdin::Null, Stdin::Closed] {
            let out = run_with_stdin(format!("{name} with {stdin:?} stdin"), args, stdin);
            // Finishing is the point; a failure must still be one clean line.
            if out.code != Some(0) {
                assert_clean_failure(&out, &[]);
            } else {
                assert_tidy_stderr(&out);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Regressions for what the fuzzers found (fuzz/RESULTS.md)

/// key_loader: a PEM key whose END line does not match its BEGIN line made the pem crate's
/// message quote everything in between, the key itself, over many lines.
#[test]
fn a_mismatched_pem_end_line_does_not_quote_the_key() {
    let pem = std::fs::read_to_string(fixture("rsa2048-pkcs8.pem")).unwrap();
    let damaged = pem.replace("-----END PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----");
    let body = key_body_runs(damaged.as_bytes());
    assert!(body.len() > 10);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("damaged.pem");
    std::fs::write(&path, &damaged).unwrap();
    let token = rs256_token();
    for role in [Role::Key, Role::InspectKey] {
        let out = ran(format!("{role:?}"), &mut role.command(&path, &token));
        assert_clean_failure(&out, &body);
        assert!(
            out.stderr_text()
                .contains("BEGIN and END lines do not match"),
            "{out:#?}"
        );
    }
}

/// time: a bare number of seconds skipped the 100-year cap on durations, and `iat`/`exp` from
/// a claims file or `--claim` were unbounded, so adding a duration or taking a lifetime
/// overflowed: a panic in debug builds, a wrapped-around time in release builds.
#[test]
fn huge_durations_and_time_claims_fail_instead_of_overflowing() {
    let cases: [&[&str]; 7] = [
        &["sign", "--expires-in", "9223372036854775807"],
        &["sign", "--nbf", "9223372036854775807s"],
        &[
            "sign",
            "--claim",
            "iat:=9223372036854775807",
            "--expires-in",
            "1h",
        ],
        &[
            "sign",
            "--claim",
            "iat:=9223372036854775807",
            "--nbf",
            "-1h",
        ],
        &[
            "sign",
            "--claim",
            "iat:=-9223372036854775808",
            "--expires-in",
            "1h",
        ],
        &[
            "sign",
            "--claim",
            "exp:=-9223372036854775807",
            "--allow-expired",
        ],
        &[
            "tinymce",
            "--product",
            "ai",
            "--api-key",
            "k",
            "--sub",
            "joe",
            "--permission",
            "ai:chat",
            "--claim",
            "exp:=-9223372036854775807",
            "--allow-expired",
        ],
    ];
    for args in cases {
        let out = ran(
            args.join(" "),
            jwtmint().args(args).args(["--format", "claims"]),
        );
        assert_ne!(out.code, Some(0), "{out:#?}");
        assert!(out.stdout.is_empty(), "{out:#?}");
        assert!(!out.stderr_text().contains("panicked"), "{out:#?}");
    }
    // The same through a claims file and batch lines, where the errors are jwtmint's own.
    let dir = tempfile::tempdir().unwrap();
    let claims = dir.path().join("claims.json");
    std::fs::write(&claims, r#"{"iat": 9223372036854775807}"#).unwrap();
    let out = ran(
        "claims file iat",
        jwtmint()
            .args([
                "sign",
                "--format",
                "claims",
                "--expires-in",
                "1h",
                "--claims-file",
            ])
            .arg(&claims),
    );
    assert_clean_failure(&out, &[]);
    assert!(
        out.stderr_text().contains("beyond the year 9999"),
        "{out:#?}"
    );
    for line in [
        r#"{"expires-in": 9223372036854775807}"#,
        r#"{"claims": {"iat": 9223372036854775807}, "expires-in": "1h"}"#,
        r#"{"claims": {"iat": 9223372036854775807}, "nbf": "1h"}"#,
    ] {
        let out = ran(
            line,
            jwtmint()
                .args(["sign", "--format", "claims", "--batch", "-"])
                .write_stdin(format!("{line}\n")),
        );
        assert_clean_failure(&out, &[]);
    }
}

/// batch_line: messages quote what a line held (an unknown key, a URL), and a line's JSON can
/// hold line breaks and terminal escapes: printed raw, one error became several lines, or
/// drove the terminal.
#[test]
fn control_characters_from_a_batch_line_are_escaped_on_stderr() {
    let lines = "{\"sub\": \"ok\"}\n{\"\\u001b[2J\\r\\nevil\": 1}\n{\"claim\": \"no\\nequals\"}\n";
    let stop = ran(
        "batch, stopping",
        jwtmint()
            .args(["sign", "--format", "claims", "--batch", "-"])
            .write_stdin(lines),
    );
    assert_eq!(stop.code, Some(1), "{stop:#?}");
    assert_tidy_stderr(&stop);
    assert_eq!(stop.stderr_text().lines().count(), 1, "{stop:#?}");
    assert!(
        stop.stderr_text().contains("\\u{1b}[2J\\r\\nevil"),
        "{stop:#?}"
    );

    let keep = ran(
        "batch, --keep-going",
        jwtmint()
            .args(["sign", "--format", "claims", "--keep-going", "--batch", "-"])
            .write_stdin(lines),
    );
    assert_eq!(keep.code, Some(1), "{keep:#?}");
    assert_tidy_stderr(&keep);
    // One line per failed input line, and the summary.
    assert_eq!(keep.stderr_text().lines().count(), 3, "{keep:#?}");
}

// ---------------------------------------------------------------------------------------------
// Algorithm confusion: public key material is never an HMAC secret (issue 18 #1)

/// The command line of a service's worked example (`Service::example`), less the options that
/// give key material or pick the output: what the service needs besides a key. Derived from
/// the registry, so a new service is covered the moment it is registered.
fn example_args(service: &jwtmint::providers::Service) -> Vec<String> {
    let call = format!("jwtmint {} ", service.name);
    let text = service.example.replace("\\\n", " ");
    let line = text
        .lines()
        .find_map(|line| line.split_once(&call).map(|(_, rest)| rest))
        .unwrap_or_else(|| panic!("{}: no `{call}` in its example", service.name));
    let words = shlex::split(line).unwrap_or_else(|| panic!("{}: example", service.name));
    let mut out = Vec::new();
    let mut words = words.into_iter();
    while let Some(word) = words.next() {
        if word == ">" || word.starts_with('|') {
            break;
        }
        if matches!(
            word.as_str(),
            "--key" | "--secret-file" | "--cert" | "--format" | "--x5c-cert" | "--x5t-cert"
        ) {
            words.next();
            continue;
        }
        let closes = word.ends_with(')') && !word.contains('(');
        out.push(word.trim_end_matches(')').to_string());
        if closes {
            break;
        }
    }
    out
}

/// HS256 over `header.payload` with `secret`, computed here (not by jwtmint, which refuses
/// these secrets): the token a forger holding only the public key makes.
fn forged_hs256(secret: &[u8]) -> String {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    use hmac::{Hmac, Mac};
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
    let payload = URL_SAFE_NO_PAD.encode(br#"{"sub":"admin","role":"admin"}"#);
    let input = format!("{header}.{payload}");
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret).expect("HMAC takes any key");
    mac.update(input.as_bytes());
    let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
    format!("{input}.{signature}")
}

/// The classic forgery: a verifier that takes "the key" as the HMAC secret accepts an HS256
/// token signed with the public key. For every service that takes keys and every form public
/// key material comes in, given as the secret in a file and in `JWTMINT_SECRET`: minting is
/// refused, and `inspect` never calls a token HMAC-signed with those bytes valid.
#[test]
fn public_key_material_is_never_an_hmac_secret() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let public_jwk = String::from_utf8(common::fixture_bytes("rsa2048.pub.jwk")).unwrap();
    let jwks = dir.path().join("public.jwks");
    std::fs::write(&jwks, format!("{{\"keys\":[{}]}}\n", public_jwk.trim())).unwrap();
    let forms: Vec<(&str, PathBuf)> = vec![
        ("SPKI PEM", fixture("rsa2048.pub.pem")),
        ("PKCS#1 public PEM", fixture("rsa2048.pkcs1pub.pem")),
        ("certificate PEM", fixture("rsa2048.cert.pem")),
        ("public JWK", fixture("rsa2048.pub.jwk")),
        ("JWKS", jwks),
        ("OpenSSH ssh-rsa line", fixture("openssh-rsa2048.pub")),
        ("OpenSSH ssh-ed25519 line", fixture("openssh-ed25519.pub")),
    ];
    let services: Vec<_> = jwtmint::providers::REGISTRY
        .iter()
        .filter(|s| s.algs.allowed.iter().any(|alg| !alg.is_hmac()))
        .collect();
    assert!(services.len() > 10, "the registry has key-taking services");
    for service in services {
        let args = example_args(service);
        let inspectable = jwtmint::providers::inspectable().any(|s| s.name == service.name);
        for (form, path) in &forms {
            let bytes = std::fs::read(path).unwrap();
            let from_file = bytes.strip_suffix(b"\n").unwrap_or(&bytes).to_vec();
            let what = format!("{} with the {form}", service.name);

            // Minting: through --secret-file, and through JWTMINT_SECRET.
            let by_file = ran(
                format!("{what} as --secret-file"),
                jwtmint()
                    .arg(service.name)
                    .args(&args)
                    .arg("--secret-file")
                    .arg(path),
            );
            let by_env = ran(
                format!("{what} in JWTMINT_SECRET"),
                jwtmint()
                    .arg(service.name)
                    .args(&args)
                    .env("JWTMINT_SECRET", std::ffi::OsStr::from_bytes(&from_file)),
            );
            for run in [by_file, by_env] {
                assert_clean_failure(&run, &[]);
            }

            // inspect: a token HMAC-signed with exactly the bytes jwtmint would take.
            let token = forged_hs256(&from_file);
            let provider: Vec<&str> = if inspectable {
                vec!["--provider", service.name]
            } else {
                vec![]
            };
            let by_file = ran(
                format!("inspect {what} as --secret-file"),
                jwtmint()
                    .args(["inspect", "--require-valid"])
                    .args(&provider)
                    .arg("--secret-file")
                    .arg(path)
                    .arg(&token),
            );
            let by_env = ran(
                format!("inspect {what} in JWTMINT_SECRET"),
                jwtmint()
                    .args(["inspect", "--require-valid"])
                    .args(&provider)
                    .arg(&token)
                    .env("JWTMINT_SECRET", std::ffi::OsStr::from_bytes(&from_file)),
            );
            for run in [by_file, by_env] {
                assert_ne!(run.code, Some(0), "{}: {run:#?}", run.what);
                let all = format!(
                    "{}{}",
                    String::from_utf8_lossy(&run.stdout),
                    run.stderr_text()
                );
                assert!(!all.contains("signature valid"), "{}: {run:#?}", run.what);
            }
        }
    }
}

/// An `oct` JWK is an HMAC secret, whatever file option it comes through: the service's
/// algorithm rules decide for it as for any secret (issue 18 #2). Services that sign with HMAC
/// take it; the others refuse it, with or without an `alg` in the JWK.
#[test]
fn an_oct_jwk_obeys_each_services_algorithm_rules() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let with_alg = fixture("oct.jwk");
    let mut jwk: serde_json::Value =
        serde_json::from_slice(&common::fixture_bytes("oct.jwk")).unwrap();
    let object = jwk.as_object_mut().unwrap();
    object.remove("alg");
    object.remove("kid");
    let without_alg = dir.path().join("no-alg.jwk");
    std::fs::write(&without_alg, jwk.to_string()).unwrap();
    for service in jwtmint::providers::REGISTRY
        .iter()
        .filter(|s| s.algs.allowed.iter().any(|alg| !alg.is_hmac()))
    {
        let mut args = example_args(service);
        if service.formats.contains(&jwtmint::output::Format::Token) {
            args.extend(["--format".to_string(), "token".to_string()]);
        }
        let hmac = service.algs.allowed.iter().any(|alg| alg.is_hmac());
        for key in [&with_alg, &without_alg] {
            let run = ran(
                format!("{} --key {}", service.name, key.display()),
                jwtmint()
                    .arg(service.name)
                    .args(&args)
                    .arg("--key")
                    .arg(key),
            );
            if hmac {
                assert_eq!(run.code, Some(0), "{}: {run:#?}", run.what);
                let token = String::from_utf8(run.stdout.clone()).unwrap();
                let (header, _) = common::decode_unverified(token.trim());
                assert!(
                    header["alg"].as_str().unwrap().starts_with("HS"),
                    "{}: {header}",
                    run.what
                );
            } else {
                assert_clean_failure(&run, &[]);
            }
        }
    }
    // `sign --alg HS256 --key oct.jwk`: an oct JWK is an HMAC key.
    for key in [&with_alg, &without_alg] {
        let token = common::one_line(
            jwtmint()
                .args(["sign", "--sub", "joe", "--alg", "HS256", "--key"])
                .arg(key),
        );
        common::decode_verified(&token, "HS256", &common::secret_64());
    }
    // A private key where only an HMAC secret fits is refused before it is parsed (no
    // passphrase is asked for).
    let run = ran(
        "ghost --key an encrypted RSA key",
        jwtmint()
            .args(["ghost", "--key"])
            .arg(fixture("rsa2048-legacy-aes256.pem")),
    );
    assert_clean_failure(&run, &[]);
    assert!(
        run.stderr_text().contains("signs with an HMAC secret"),
        "{run:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// JSON that means two things (issue 18, "Also")

/// A JSON member name given twice is refused wherever jwtmint reads JSON (a claims file,
/// `--claim KEY:=JSON`, a batch line, a JWK or JWKS, a token's header and payload): serde_json
/// keeps the last, other parsers the first. An integer beyond 64 bits is refused too (serde_json
/// made it a float and lost digits); the 64-bit edges stay exact.
#[test]
fn duplicate_names_and_big_integers_are_refused() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let secret = fixture("hmac-secret-64.txt");
    let sign = || {
        let mut cmd = jwtmint();
        cmd.args(["sign", "--sub", "joe", "--secret-file"])
            .arg(&secret);
        cmd
    };
    for (what, text, says) in [
        (
            "duplicate",
            r#"{"role":"reader","role":"admin"}"#,
            "duplicate member name `role`",
        ),
        (
            "nested",
            r#"{"a":{"b":1,"b":2}}"#,
            "duplicate member name `b`",
        ),
        ("big", r#"{"n":18446744073709551616}"#, "beyond 64 bits"),
        (
            "negative",
            r#"{"n":-9223372036854775809}"#,
            "beyond 64 bits",
        ),
    ] {
        let path = file(&format!("{what}.json"), text);
        let run = ran(
            format!("claims file {what}"),
            sign().arg("--claims-file").arg(&path),
        );
        assert_clean_failure(&run, &[]);
        assert!(run.stderr_text().contains(says), "{run:#?}");
        let claim = format!("x:={text}");
        // A clap usage error (its own two-line form).
        let run = ran(format!("--claim {what}"), sign().args(["--claim", &claim]));
        assert_eq!(run.code, Some(2), "{run:#?}");
        assert!(run.stdout.is_empty(), "{run:#?}");
        assert!(run.stderr_text().contains(says), "{run:#?}");
        let line = format!("{{\"claims\":{text}}}\n");
        let run = ran(
            format!("batch {what}"),
            sign().args(["--batch", "-"]).write_stdin(line),
        );
        assert_ne!(run.code, Some(0), "{run:#?}");
        assert!(run.stdout.is_empty(), "{run:#?}");
        assert!(run.stderr_text().contains(says), "{run:#?}");
    }
    // The 64-bit edges are kept exactly.
    let token = common::one_line(sign().args([
        "--claim",
        "max:=18446744073709551615",
        "--claim",
        "min:=-9223372036854775808",
    ]));
    let payload = token.split('.').nth(1).unwrap();
    let payload = String::from_utf8(
        base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, payload).unwrap(),
    )
    .unwrap();
    assert!(
        payload.contains(r#""max":18446744073709551615"#)
            && payload.contains(r#""min":-9223372036854775808"#),
        "{payload}"
    );

    // A JWK or JWKS with a member twice.
    let oct = String::from_utf8(common::fixture_bytes("oct.jwk")).unwrap();
    let twice = oct
        .trim()
        .replacen(r#""kty":"oct","#, r#""kty":"oct","kty":"RSA","#, 1);
    let jwks = format!("{{\"keys\":[{}],\"keys\":[]}}", oct.trim());
    for (name, text) in [("twice.jwk", twice), ("twice.jwks", jwks)] {
        let path = file(name, &text);
        let run = ran(
            format!("--key {name}"),
            jwtmint().args(["sign", "--sub", "joe", "--key"]).arg(&path),
        );
        assert_clean_failure(&run, &[]);
        assert!(
            run.stderr_text().contains("duplicate member name"),
            "{run:#?}"
        );
        let run = ran(
            format!("inspect --key {name}"),
            jwtmint()
                .args(["inspect", "--key"])
                .arg(&path)
                .arg(rs256_token()),
        );
        assert_clean_failure(&run, &[]);
        assert!(
            run.stderr_text().contains("duplicate member name"),
            "{run:#?}"
        );
    }

    // A token whose header says `alg` twice is not shown as either.
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    let header = URL_SAFE_NO_PAD.encode(r#"{"alg":"none","alg":"HS256"}"#);
    let payload = URL_SAFE_NO_PAD.encode(r#"{"sub":"joe"}"#);
    let good_header = URL_SAFE_NO_PAD.encode(r#"{"alg":"HS256"}"#);
    let dup_payload = URL_SAFE_NO_PAD.encode(r#"{"sub":"joe","sub":"admin"}"#);
    for (token, part) in [
        (format!("{header}.{payload}.c2ln"), "header"),
        (format!("{good_header}.{dup_payload}.c2ln"), "payload"),
    ] {
        let run = ran(
            format!("inspect a {part} with a name twice"),
            jwtmint().args(["inspect", &token]),
        );
        assert_clean_failure(&run, &[]);
        let stderr = run.stderr_text();
        assert!(
            stderr.contains(part) && stderr.contains("duplicate member name"),
            "{run:#?}"
        );
    }
}

/// Every way a secret arrives goes through the one check (issue 18 #1): standard input,
/// `--secret-env`, `--secret-command`, `JWTMINT_SECRET_COMMAND`, a profile's `secret-file` and
/// `secret-command`, and `--secret-encoding` (a base64 DER certificate decodes to key
/// material).
#[test]
fn key_material_is_refused_from_every_secret_source() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let public = fixture("rsa2048.pub.pem");
    let public_text = String::from_utf8(common::fixture_bytes("rsa2048.pub.pem")).unwrap();
    let der_base64: String = public_text
        .lines()
        .filter(|line| !line.starts_with("-----"))
        .collect();
    let xdg = dir.path().join("xdg");
    std::fs::create_dir_all(xdg.join("jwtmint")).unwrap();
    let config = xdg.join("jwtmint/config.toml");
    let quoted = serde_json::to_string(public.to_str().unwrap()).unwrap();
    std::fs::write(
        &config,
        format!(
            "[profiles.f.sign]\nsecret-file = {quoted}\n[profiles.c.sign]\nsecret-command = \
             [\"cat\", {quoted}]\n[profiles.f.inspect]\nsecret-file = {quoted}\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&config, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let command = format!("cat {}", public.display());
    let token = forged_hs256(public_text.trim_end().as_bytes());
    type Setup<'a> = Box<dyn Fn(&mut assert_cmd::Command) + 'a>;
    let cases: Vec<(&str, Setup)> = vec![
        (
            "standard input",
            Box::new(|c| {
                c.args(["--secret-file", "-"])
                    .write_stdin(public_text.clone());
            }),
        ),
        (
            "--secret-env",
            Box::new(|c| {
                c.args(["--secret-env", "MY_KEY"])
                    .env("MY_KEY", &public_text);
            }),
        ),
        (
            "--secret-command",
            Box::new(|c| {
                c.args(["--secret-command", &command]);
            }),
        ),
        (
            "JWTMINT_SECRET_COMMAND",
            Box::new(|c| {
                c.env("JWTMINT_SECRET_COMMAND", &command);
            }),
        ),
        (
            "a profile's secret-file",
            Box::new(|c| {
                c.args(["--profile", "f"]).env("XDG_CONFIG_HOME", &xdg);
            }),
        ),
        (
            "a profile's secret-command",
            Box::new(|c| {
                c.args(["--profile", "c"]).env("XDG_CONFIG_HOME", &xdg);
            }),
        ),
        (
            "--secret-encoding base64",
            Box::new(|c| {
                c.args(["--secret-encoding", "base64"])
                    .env("JWTMINT_SECRET", &der_base64);
            }),
        ),
    ];
    for (source, setup) in &cases {
        let mut cmd = jwtmint();
        cmd.args(["sign", "--sub", "admin"]);
        setup(&mut cmd);
        let run = ran(format!("sign, secret from {source}"), &mut cmd);
        assert_clean_failure(&run, &[]);
        assert!(run.stderr_text().contains("--key"), "{run:#?}");
    }
    // inspect, where it reads the secret the same way (not from standard input: the token
    // would be there).
    for (source, setup) in cases.iter().filter(|(s, _)| !s.starts_with("standard")) {
        if source.contains("secret-command") && source.contains("profile") {
            continue; // the profile's inspect section gives the secret-file only
        }
        let mut cmd = jwtmint();
        cmd.args(["inspect", "--require-valid"]);
        setup(&mut cmd);
        cmd.arg(&token);
        let run = ran(format!("inspect, secret from {source}"), &mut cmd);
        assert_ne!(run.code, Some(0), "{run:#?}");
        assert!(!run.stderr_text().contains("signature valid"), "{run:#?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Nesting (issue 18 #11): a deep dotted key or JSON value is one usage line, never a stack
// overflow (which aborts with exit 134, and in batch takes the whole run down).

/// `a.a.a…`, `levels` parts.
fn dotted(levels: usize) -> String {
    vec!["a"; levels].join(".")
}

/// `{"a":{"a":…1…}}`, `levels` objects deep.
fn deep_json(levels: usize) -> String {
    format!("{}1{}", "{\"a\":".repeat(levels), "}".repeat(levels))
}

#[test]
fn deep_dotted_keys_are_refused_in_every_form() {
    let deep = dotted(50_000);
    let formio = |cmd: &mut assert_cmd::Command| {
        cmd.args(["formio", "--format", "claims", "--project", OBJECT_ID])
            .args(["--form", OBJECT_ID, "--role", OBJECT_ID]);
    };
    let mut runs: Vec<(String, assert_cmd::Command)> = Vec::new();
    let mut cmd = jwtmint();
    formio(&mut cmd);
    cmd.arg("--data").arg(format!("{deep}=x"));
    runs.push(("--data".into(), cmd));
    let mut cmd = jwtmint();
    cmd.args(["developerhub", "--format", "claims"])
        .args(["--docs-url", "https://docs.example.com", "--var"])
        .arg(format!("{deep}:=1"));
    runs.push(("--var".into(), cmd));
    let mut cmd = jwtmint();
    cmd.args(["postgrest", "--format", "claims", "--role", "web"])
        .arg("--role-claim-key")
        .arg(format!(".{deep}"));
    runs.push(("--role-claim-key".into(), cmd));
    let mut cmd = jwtmint();
    cmd.args(["postgrest", "--format", "claims", "--role", "web"])
        .env("JWTMINT_POSTGREST_ROLE_CLAIM_KEY", format!(".{deep}"));
    runs.push(("JWTMINT_POSTGREST_ROLE_CLAIM_KEY".into(), cmd));
    let mut cmd = jwtmint();
    cmd.args(["hasura", "--format", "claims", "--default-role", "user"])
        .args([
            "--allowed-role",
            "user",
            "--user-id",
            "1",
            "--namespace-path",
        ])
        .arg(format!("$.{deep}"));
    runs.push(("--namespace-path".into(), cmd));
    let mut cmd = jwtmint();
    cmd.args(["hasura", "--format", "claims", "--default-role", "user"])
        .args(["--allowed-role", "user", "--user-id", "1"])
        .env("JWTMINT_HASURA_NAMESPACE_PATH", format!("$.{deep}"));
    runs.push(("JWTMINT_HASURA_NAMESPACE_PATH".into(), cmd));
    // 65 levels, one over the limit; and a deep `:=JSON` value under a shallow key.
    let mut cmd = jwtmint();
    formio(&mut cmd);
    cmd.arg("--data").arg(format!("{}=x", dotted(65)));
    runs.push(("--data 65 levels".into(), cmd));
    let mut cmd = jwtmint();
    formio(&mut cmd);
    cmd.arg("--data")
        .arg(format!("{}:={}", dotted(40), deep_json(40)));
    runs.push(("--data 40 levels of key over 40 of JSON".into(), cmd));
    for (what, mut cmd) in runs {
        let out = ran(what, &mut cmd);
        assert_clean_failure(&out, &[]);
        assert_eq!(out.code, Some(2), "{}: {out:#?}", out.what);
        assert!(
            out.stderr.len() < 400,
            "{}: the message repeats the key: {out:#?}",
            out.what
        );
    }

    // A deep `:=JSON` value is refused by the argument parser (clap's own usage message).
    let out = ran(
        "--claim deep JSON",
        jwtmint()
            .args(["sign", "--format", "claims", "--claim"])
            .arg(format!("a:={}", deep_json(100))),
    );
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert!(out.stdout.is_empty(), "{out:#?}");
    assert!(out.stderr_text().contains("nests more than 64"), "{out:#?}");

    // 64 levels are fine.
    let out = ran(
        "--data 64 levels",
        jwtmint()
            .args(["formio", "--format", "claims", "--project", OBJECT_ID])
            .args(["--form", OBJECT_ID, "--role", OBJECT_ID, "--data"])
            .arg(format!("{}=x", dotted(64))),
    );
    assert_eq!(out.code, Some(0), "{out:#?}");
}

#[test]
fn a_deep_profile_key_or_claims_file_is_refused() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[profiles.p.postgrest]\nrole-claim-key = \".{}\"\n",
            dotted(50_000)
        ),
    )
    .unwrap();
    let mut perms = std::fs::metadata(&config).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o600);
    std::fs::set_permissions(&config, perms).unwrap();
    let out = ran(
        "profile role-claim-key",
        jwtmint()
            .env("JWTMINT_CONFIG", &config)
            .args(["postgrest", "--profile", "p", "--format", "claims"])
            .args(["--role", "web"]),
    );
    assert_clean_failure(&out, &[]);
    assert_eq!(out.code, Some(2), "{out:#?}");

    let claims = dir.path().join("claims.json");
    std::fs::write(&claims, format!("{{\"x\":{}}}", deep_json(100))).unwrap();
    let out = ran(
        "claims file 101 levels",
        jwtmint()
            .args(["sign", "--format", "claims", "--claims-file"])
            .arg(&claims),
    );
    assert_clean_failure(&out, &[]);
    assert!(out.stderr_text().contains("at most 64"), "{out:#?}");
}

#[test]
fn a_deep_batch_line_fails_only_that_line() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let batch = dir.path().join("lines.jsonl");
    let deep_data = serde_json::json!({ "data": [format!("{}=x", dotted(50_000))] });
    let deep_claims = format!("{{\"claims\":{}}}", deep_json(100));
    std::fs::write(
        &batch,
        format!("{{\"data\":[\"id=joe-123456789\"]}}\n{deep_data}\n{deep_claims}\n{{\"data\":[\"a.b=c\"]}}\n"),
    )
    .unwrap();
    let out = ran(
        "batch with deep lines",
        jwtmint()
            .args(["formio", "--format", "claims", "--project", OBJECT_ID])
            .args(["--form", OBJECT_ID, "--role", OBJECT_ID, "--keep-going"])
            .arg("--batch")
            .arg(&batch),
    );
    assert_tidy_stderr(&out);
    assert_eq!(out.code, Some(1), "{out:#?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    // --keep-going keeps the output lines in step with the input: a failed line is empty.
    let empty: Vec<bool> = stdout.lines().map(str::is_empty).collect();
    assert_eq!(empty, [false, true, true, false], "{out:#?}");
    // The two bad lines and the count of failed lines.
    assert_eq!(out.stderr_text().lines().count(), 3, "{out:#?}");
}

// ---------------------------------------------------------------------------------------------
// Write errors and numbers (issue 18 #14): a full or closed stdout is exit 1 with one line, and
// every numeric setting is range-checked, never a panic.

#[test]
fn a_full_stdout_is_an_error_not_a_panic() {
    let secret = fixture("hmac-secret-64.txt");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let batch = dir.path().join("lines.jsonl");
    std::fs::write(&batch, "{\"sub\":\"a\"}\n{\"sub\":\"b\"}\n").unwrap();
    let mut runs: Vec<(&str, Vec<OsString>)> = vec![
        ("config show", vec!["config".into(), "show".into()]),
        ("config path", vec!["config".into(), "path".into()]),
        ("completions", vec!["completions".into(), "bash".into()]),
        ("--help", vec!["--help".into()]),
        ("sign --help", vec!["sign".into(), "--help".into()]),
        ("--version", vec!["--version".into()]),
        (
            "sign",
            vec![
                "sign".into(),
                "--sub".into(),
                "joe".into(),
                "--secret-file".into(),
                secret.clone().into(),
            ],
        ),
        (
            "keygen",
            vec!["keygen".into(), "--type".into(), "secret".into()],
        ),
    ];
    runs.push((
        "sign --batch",
        vec![
            "sign".into(),
            "--secret-file".into(),
            secret.into(),
            "--batch".into(),
            batch.into(),
        ],
    ));
    for (what, args) in runs {
        // jwtmint's clean environment, run by a shell that points stdout at /dev/full.
        let mut cmd = assert_cmd::Command::new("sh");
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", "/nonexistent/jwtmint-test-home")
            .arg("-c")
            .arg("exec \"$0\" \"$@\" >/dev/full")
            .arg(env!("CARGO_BIN_EXE_jwtmint"))
            .args(&args)
            .write_stdin("");
        let out = ran(format!("{what} > /dev/full"), &mut cmd);
        assert_eq!(out.code, Some(1), "{}: {out:#?}", out.what);
        let stderr = out.stderr_text();
        assert!(
            stderr
                .lines()
                .last()
                .is_some_and(|l| l.starts_with("jwtmint: error: writing to standard output")),
            "{}: {out:#?}",
            out.what
        );
        assert_tidy_stderr(&out);
    }
}

#[test]
fn numeric_settings_out_of_range_are_usage_errors() {
    let huge = "18446744073709551615";
    let mut runs: Vec<(String, assert_cmd::Command)> = Vec::new();
    for timeout in [huge, "99999999999999999999999", "86401", "0", "-1"] {
        let mut cmd = jwtmint();
        cmd.args(["sign", "--sub", "joe", "--secret-command", "echo x"])
            .env("JWTMINT_COMMAND_TIMEOUT", timeout);
        runs.push((format!("JWTMINT_COMMAND_TIMEOUT={timeout}"), cmd));
    }
    for id in [huge, "9007199254740992"] {
        let mut cmd = jwtmint();
        cmd.args(["github-app", "--format", "claims", "--app-id", id]);
        runs.push((format!("github-app --app-id {id}"), cmd));
        let mut cmd = jwtmint();
        cmd.args(["metabase", "--format", "claims", "--dashboard", id])
            .args(["--site-url", "https://metabase.example.com"]);
        runs.push((format!("metabase --dashboard {id}"), cmd));
    }
    for (what, mut cmd) in runs {
        let out = ran(what, &mut cmd);
        assert_clean_failure(&out, &[]);
        assert_eq!(out.code, Some(2), "{}: {out:#?}", out.what);
    }
    // The edges that are fine.
    let out = ran(
        "JWTMINT_COMMAND_TIMEOUT=86400",
        jwtmint()
            .args(["sign", "--sub", "joe", "--secret-command", "echo x"])
            .env("JWTMINT_COMMAND_TIMEOUT", "86400"),
    );
    assert_eq!(out.code, Some(0), "{out:#?}");
}

// ---------------------------------------------------------------------------------------------
// Values that may be secrets are never echoed (issue 18 #15).

/// A config file holding `text`, mode 0600, for `JWTMINT_CONFIG`.
fn config_file(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("config.toml");
    std::fs::write(&path, text).unwrap();
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o600);
    std::fs::set_permissions(&path, perms).unwrap();
    path
}

#[test]
fn a_secret_given_where_a_name_or_command_goes_is_not_echoed() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let unbalanced = format!("op read 'op://vault/{SECRET}");
    let mut runs: Vec<(String, assert_cmd::Command, &str)> = Vec::new();
    for args in [
        vec!["sign", "--sub", "joe", "--secret-env", SECRET],
        vec!["inspect", "x.y.z", "--secret-env", SECRET],
        vec!["sign", "--sub", "joe", "--secret-env", "lower_case"],
    ] {
        let mut cmd = jwtmint();
        cmd.args(&args);
        runs.push((args.join(" "), cmd, "not an environment variable name"));
    }
    let long = "A".repeat(65);
    let mut cmd = jwtmint();
    cmd.args(["sign", "--sub", "joe", "--secret-env", &long]);
    runs.push((
        "65-character name".into(),
        cmd,
        "not an environment variable name",
    ));
    for flag in ["--secret-command", "--passphrase-command"] {
        let mut cmd = jwtmint();
        cmd.args(["sign", "--sub", "joe", flag, &unbalanced]);
        runs.push((format!("sign {flag}"), cmd, "cannot split"));
        let mut cmd = jwtmint();
        cmd.args(["inspect", "x.y.z", flag, &unbalanced]);
        runs.push((format!("inspect {flag}"), cmd, "cannot split"));
    }
    let mut cmd = jwtmint();
    cmd.args(["sign", "--sub", "joe"])
        .env("JWTMINT_SECRET_COMMAND", &unbalanced);
    runs.push(("JWTMINT_SECRET_COMMAND".into(), cmd, "cannot split"));
    let mut cmd = jwtmint();
    cmd.args(["sign", "--sub", "joe", "--key"])
        .arg(fixture("ec-p256-legacy-aes256.pem"))
        .env("JWTMINT_PASSPHRASE_COMMAND", &unbalanced);
    runs.push(("JWTMINT_PASSPHRASE_COMMAND".into(), cmd, "cannot split"));
    for (name, text) in [
        (
            "secret-env",
            format!("[profiles.p.sign]\nsecret-env = \"{SECRET}\"\n"),
        ),
        (
            "secret-command",
            format!("[profiles.p.sign]\nsecret-command = \"{unbalanced}\"\n"),
        ),
    ] {
        let sub = dir.path().join(name);
        std::fs::create_dir_all(&sub).unwrap();
        let config = config_file(&sub, &text);
        let mut cmd = jwtmint();
        cmd.env("JWTMINT_CONFIG", &config)
            .args(["sign", "--profile", "p", "--sub", "joe"]);
        let expect = if name == "secret-env" {
            "not an environment variable name"
        } else {
            "cannot split"
        };
        runs.push((format!("profile {name}"), cmd, expect));
    }
    for (what, mut cmd, expect) in runs {
        let out = ran(what, &mut cmd);
        assert_eq!(out.code, Some(2), "{}: {out:#?}", out.what);
        assert!(out.stdout.is_empty(), "{}: {out:#?}", out.what);
        assert!(out.stderr_text().contains(expect), "{}: {out:#?}", out.what);
        assert_no_secrets(&out, &canaries());
    }
}

// ---------------------------------------------------------------------------------------------
// The config file must not be a way in (issue 18 #6, #10).

fn set_mode(path: &Path, mode: u32) {
    let mut perms = std::fs::metadata(path).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, mode);
    std::fs::set_permissions(path, perms).unwrap();
}

/// `jwtmint sign --format claims` with this config file (no secret needed).
fn with_config(config: &Path) -> assert_cmd::Command {
    let mut cmd = jwtmint();
    cmd.env("JWTMINT_CONFIG", config)
        .args(["sign", "--format", "claims", "--sub", "joe"]);
    cmd
}

#[test]
fn a_config_in_a_directory_others_can_write_is_refused() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let open = dir.path().join("open");
    let inner = open.join("inner");
    std::fs::create_dir_all(&inner).unwrap();
    let config = config_file(&inner, "[profiles.p.sign]\nsub = \"x\"\n");
    let ok = ran("safe directories", &mut with_config(&config));
    assert_eq!(ok.code, Some(0), "{ok:#?}");

    // The file's own directory, then a parent, writable by others.
    for (writable, mode) in [(&inner, 0o777), (&inner, 0o775), (&open, 0o757)] {
        set_mode(writable, mode);
        let out = ran(
            format!("{} mode {mode:o}", writable.display()),
            &mut with_config(&config),
        );
        assert_clean_failure(&out, &[]);
        assert!(
            out.stderr_text()
                .contains(&format!("chmod go-w {}", writable.display())),
            "{out:#?}"
        );
        set_mode(writable, 0o755);
    }
    // With the sticky bit (as /tmp), others cannot replace the user's file.
    set_mode(&inner, 0o1777);
    let out = ran("sticky directory", &mut with_config(&config));
    assert_eq!(out.code, Some(0), "{out:#?}");
    set_mode(&inner, 0o755);

    // A symlink in a safe directory to a file in an unsafe one.
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let target = config_file(&elsewhere, "[profiles.p.sign]\nsub = \"x\"\n");
    set_mode(&elsewhere, 0o777);
    let link = inner.join("link.toml");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = ran("symlink into an open directory", &mut with_config(&link));
    assert_clean_failure(&out, &[]);
    assert!(out.stderr_text().contains("chmod go-w"), "{out:#?}");
}

#[test]
fn a_fifo_config_is_refused_without_waiting_for_a_writer() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let fifo = dir.path().join("config.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("running mkfifo");
    assert!(made.success());
    let start = Instant::now();
    let out = ran("FIFO config", &mut with_config(&fifo));
    assert!(start.elapsed() < Duration::from_secs(10), "{out:#?}");
    assert_clean_failure(&out, &[]);
    assert!(out.stderr_text().contains("not a regular file"), "{out:#?}");
}

#[test]
fn a_fifo_secret_file_with_no_writer_times_out() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let fifo = dir.path().join("secret");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("running mkfifo");
    assert!(made.success());
    for role in Role::FILE_ROLES.into_iter().chain([Role::SecretFile]) {
        if matches!(role, Role::InspectStdin | Role::Batch) {
            continue;
        }
        let start = Instant::now();
        let mut cmd = role.command(&fifo, &rs256_token());
        cmd.env("JWTMINT_COMMAND_TIMEOUT", "1");
        let out = ran(format!("{role:?} FIFO without a writer"), &mut cmd);
        assert!(start.elapsed() < Duration::from_secs(10), "{out:#?}");
        assert_clean_failure(&out, &canaries());
        assert!(out.stderr_text().contains("within 1s"), "{out:#?}");
    }
}

/// The config path is swapped, as fast as can be, between a safe file and one anybody may
/// write whose secret-command leaves a mark. jwtmint checks the file it opened, so the mark
/// never appears; checking the path and then opening it again ran the command.
#[test]
fn a_config_swapped_while_being_checked_never_runs_its_command() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let marker = dir.path().join("ran");
    let good = dir.path().join("good.toml");
    std::fs::write(&good, "[profiles.p.sign]\nsub = \"x\"\n").unwrap();
    set_mode(&good, 0o600);
    let evil = dir.path().join("evil.toml");
    std::fs::write(
        &evil,
        format!(
            "[profiles.p.sign]\nsecret-command = [\"sh\", \"-c\", \"touch {} && echo s\"]\n",
            marker.display()
        ),
    )
    .unwrap();
    set_mode(&evil, 0o666);
    let config = dir.path().join("config.toml");
    std::os::unix::fs::symlink(&good, &config).unwrap();

    let stop = Arc::new(AtomicBool::new(false));
    let swapper = {
        let (stop, dir, config) = (stop.clone(), dir.path().to_path_buf(), config.clone());
        let (good, evil) = (good.clone(), evil.clone());
        std::thread::spawn(move || {
            let staging = dir.join("staging.toml");
            let mut flip = false;
            while !stop.load(Ordering::Relaxed) {
                let _ = std::fs::remove_file(&staging);
                let target = if flip { &good } else { &evil };
                if std::os::unix::fs::symlink(target, &staging).is_ok() {
                    let _ = std::fs::rename(&staging, &config);
                }
                flip = !flip;
            }
        })
    };
    for i in 0..150 {
        let out = ran(
            format!("swapped config, run {i}"),
            jwtmint().env("JWTMINT_CONFIG", &config).args([
                "sign",
                "--profile",
                "p",
                "--sub",
                "joe",
            ]),
        );
        assert_tidy_stderr(&out);
        assert!(
            !marker.exists(),
            "run {i} ran the swapped-in command: {out:#?}"
        );
    }
    stop.store(true, Ordering::Relaxed);
    swapper.join().unwrap();
}

// ---------------------------------------------------------------------------------------------
// Secret commands (issue 18 #9): everything a command starts is stopped with it.

#[test]
fn a_secret_command_and_everything_it_started_are_stopped() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let after_timeout = dir.path().join("after-timeout");
    let after_exit = dir.path().join("after-exit");

    // Times out: the background job it started dies with it.
    let command = format!(
        "sh -c '(sleep 2; touch {}) & sleep 100'",
        after_timeout.display()
    );
    let start = Instant::now();
    let out = ran(
        "a command that times out",
        jwtmint()
            .args(["sign", "--sub", "joe", "--secret-command", &command])
            .env("JWTMINT_COMMAND_TIMEOUT", "1"),
    );
    assert_clean_failure(&out, &[]);
    assert!(
        out.stderr_text().contains("did not finish within 1s"),
        "{out:#?}"
    );
    assert!(start.elapsed() < Duration::from_secs(5), "{out:#?}");

    // Prints the secret and exits, leaving a job that holds its output: the secret is used,
    // at once, and the job is stopped.
    let command = format!(
        "sh -c '(sleep 2; touch {}) & echo {SECRET}'",
        after_exit.display()
    );
    let start = Instant::now();
    let out = ran(
        "a command that leaves a job behind",
        jwtmint().args(["sign", "--sub", "joe", "--secret-command", &command]),
    );
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(start.elapsed() < Duration::from_secs(5), "{out:#?}");

    std::thread::sleep(Duration::from_millis(2500));
    assert!(
        !after_timeout.exists(),
        "the timed-out command's job kept running"
    );
    assert!(
        !after_exit.exists(),
        "the finished command's job kept running"
    );
}

#[test]
fn a_secret_command_that_prints_too_much_says_so() {
    let out = ran(
        "2 MB of output",
        jwtmint().args([
            "sign",
            "--sub",
            "joe",
            "--secret-command",
            "head -c 2000000 /dev/zero",
        ]),
    );
    assert_clean_failure(&out, &[]);
    assert!(
        out.stderr_text().contains("printed more than 1024 KiB"),
        "{out:#?}"
    );
}

/// Issue 18 #7: `./get.sh` in a profile is the config directory's, wherever jwtmint runs.
#[test]
fn a_relative_secret_command_runs_from_the_config_directory() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let conf = dir.path().join("conf");
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&conf).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    let script = |at: &Path, secret: &str| {
        let path = at.join("get.sh");
        std::fs::write(&path, format!("#!/bin/sh\necho {secret}\n")).unwrap();
        set_mode(&path, 0o700);
    };
    let good = "config-directory-secret-0123456789";
    script(&conf, good);
    script(&elsewhere, "current-directory-secret-0123456789");
    let config = config_file(
        &conf,
        "[profiles.p.sign]\nsecret-command = [\"./get.sh\"]\n",
    );
    let token = common::one_line(
        jwtmint()
            .current_dir(&elsewhere)
            .env("JWTMINT_CONFIG", &config)
            .args(["sign", "--profile", "p", "--sub", "joe"]),
    );
    common::decode_verified(&token, "HS256", good.as_bytes());
}

/// Issue 18 #8: flag > env > profile > default holds for a service's own key variable too
/// (`GOOGLE_APPLICATION_CREDENTIALS` lost to a profile's `key`), and `config show` says so.
#[test]
fn a_services_own_key_variable_wins_over_the_profile() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let account =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/services/google-sa.json");
    let pem = fixture("rsa2048-pkcs8.pem");
    let config = config_file(
        dir.path(),
        &format!(
            "[profiles.p.google]\nkey = {:?}\n",
            pem.display().to_string()
        ),
    );
    for service in ["google", "firebase"] {
        let mut show = jwtmint();
        show.env("JWTMINT_CONFIG", &config)
            .env("GOOGLE_APPLICATION_CREDENTIALS", &account)
            .args(["config", "show", service, "--profile", "p"]);
        let out = ran(format!("config show {service}"), &mut show);
        assert_eq!(out.code, Some(0), "{out:#?}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let key_line = stdout
            .lines()
            .find(|l| l.trim_start().starts_with("key "))
            .unwrap_or_else(|| panic!("no key line: {stdout}"));
        assert!(
            key_line.contains("google-sa.json")
                && key_line.contains("(env GOOGLE_APPLICATION_CREDENTIALS)"),
            "{service}: {key_line}"
        );
    }
    let out = ran(
        "google with env and profile keys",
        jwtmint()
            .env("JWTMINT_CONFIG", &config)
            .env("GOOGLE_APPLICATION_CREDENTIALS", &account)
            .args([
                "google",
                "--profile",
                "p",
                "--aud",
                "https://pubsub.googleapis.com/",
            ]),
    );
    assert_eq!(out.code, Some(0), "{out:#?}");
    // A flag still wins over both.
    let out = ran(
        "google --key over env and profile",
        jwtmint()
            .env("JWTMINT_CONFIG", &config)
            .env("GOOGLE_APPLICATION_CREDENTIALS", "/nonexistent/sa.json")
            .args([
                "google",
                "--profile",
                "p",
                "--aud",
                "https://pubsub.googleapis.com/",
                "--key",
            ])
            .arg(&account),
    );
    assert_eq!(out.code, Some(0), "{out:#?}");
}

// ---------------------------------------------------------------------------------------------
// Rights stay explicit (issue 18 #16).

const SUPABASE: &str = "supabase --format claims --project-ref abcdefghijklmnopqrst \
                        --sub 5c81a2e7-f1d3-4b40-8123-456789abcdef";
const LIVEKIT: &str = "livekit --format claims --api-key APIkey --identity joe --room r1";
const JITSI: &str = "jitsi --format claims --app-id app --room r1";
const HASURA: &str = "hasura --format claims --default-role user --allowed-role user";
const METABASE: &str = "metabase --format claims --site-url https://mb.example.com --dashboard 1";
const ZENDESK: &str = "zendesk --format claims --subdomain acme --email a@example.com --name A";
const TINYMCE: &str = "tinymce --format claims --sub joe --name Joe";
const DEVELOPERHUB: &str = "developerhub --format claims --docs-url https://docs.example.com";

/// A claim that grants rights (or decides who the token is for) is refused in `--claim` and
/// in a claims file, for every service whose specification names one; each minimal command
/// works without it.
#[test]
fn claims_that_grant_rights_are_refused() {
    let cases: &[(&str, &[&str])] = &[
        (
            SUPABASE,
            &[
                "app_metadata:={\"role\":\"admin\"}",
                "role=service_role",
                "aal=aal2",
                "amr:=[{\"method\":\"totp\"}]",
                "is_anonymous:=false",
                "ref=abc",
            ],
        ),
        (
            LIVEKIT,
            &[
                "sip:={\"admin\":true}",
                "video:={\"roomAdmin\":true}",
                "inference:={\"perform\":true}",
                "observability:={\"write\":true}",
                "roomConfig:={}",
                "roomPreset=p",
                "kind=agent",
            ],
        ),
        (
            JITSI,
            &[
                "moderator:=true",
                "context:={\"user\":{\"moderator\":true}}",
                "room=*",
            ],
        ),
        (
            HASURA,
            &[
                "x-hasura-org-id=1",
                "X-Hasura-Role=admin",
                "https://hasura.io/jwt/claims:={\"x-hasura-default-role\":\"admin\"}",
            ],
        ),
        (
            METABASE,
            &["_embedding_params:={\"id\":\"enabled\"}", "params:={}"],
        ),
        (
            ZENDESK,
            &[
                "role=admin",
                "organization_id:=1",
                "organization=Staff",
                "external_id=someone-else",
            ],
        ),
        (
            TINYMCE,
            &[
                "https://claims.tiny.cloud/drive/root=/",
                "auth:={\"ai\":{}}",
            ],
        ),
        (DEVELOPERHUB, &["vars:={\"audiences\":[\"staff\"]}"]),
    ];
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (command, claims) in cases {
        let args: Vec<&str> = command.split_whitespace().collect();
        let out = ran(command.to_string(), jwtmint().args(&args));
        assert_eq!(out.code, Some(0), "{out:#?}");
        for claim in *claims {
            let common_assignment::Claim(name, value) = claim.parse().unwrap();
            let out = ran(
                format!("{command} --claim {claim}"),
                jwtmint().args(&args).args(["--claim", claim]),
            );
            assert_clean_failure(&out, &[]);
            assert!(
                out.stderr_text().contains("refusing claim"),
                "{}: {out:#?}",
                out.what
            );
            let file = dir.path().join("claims.json");
            std::fs::write(&file, serde_json::json!({ &name: value }).to_string()).unwrap();
            let out = ran(
                format!("{command} --claims-file {{{name}}}"),
                jwtmint().args(&args).arg("--claims-file").arg(&file),
            );
            assert_clean_failure(&out, &[]);
        }
    }
}

/// `KEY=VALUE` / `KEY:=JSON` as the value it gives, for writing claims files.
mod common_assignment {
    pub struct Claim(pub String, pub serde_json::Value);

    impl std::str::FromStr for Claim {
        type Err = String;
        fn from_str(text: &str) -> Result<Self, String> {
            let (left, right) = text.split_once('=').ok_or("no =")?;
            Ok(match left.strip_suffix(':') {
                Some(name) => Claim(
                    name.to_string(),
                    serde_json::from_str(right).map_err(|e| e.to_string())?,
                ),
                None => Claim(
                    left.to_string(),
                    serde_json::Value::String(right.to_string()),
                ),
            })
        }
    }
}

/// The options that name the user or grant rights are read from the command line (or a batch
/// line) only: the variables and profile keys they would have are ignored or refused, so
/// nothing set earlier decides who the token is for.
#[test]
fn options_that_name_the_user_come_from_the_command_line_only() {
    let cases: &[(&str, &str, &str, &str)] = &[
        // (service, option, its would-be variable, the rest of a command that needs it)
        ("hasura", "user-id", "JWTMINT_HASURA_USER_ID", HASURA),
        (
            "zendesk",
            "email",
            "JWTMINT_ZENDESK_EMAIL",
            "zendesk --format claims --subdomain acme --name A",
        ),
        (
            "livekit",
            "identity",
            "JWTMINT_LIVEKIT_IDENTITY",
            "livekit --format claims --api-key k --room r",
        ),
        (
            "livekit",
            "room",
            "JWTMINT_LIVEKIT_ROOM",
            "livekit --format claims --api-key k --identity joe",
        ),
        (
            "jitsi",
            "room",
            "JWTMINT_JITSI_ROOM",
            "jitsi --format claims --app-id app",
        ),
        (
            "supabase",
            "sub",
            "JWTMINT_SUPABASE_SUB",
            "supabase --format claims --project-ref abcdefghijklmnopqrst",
        ),
        (
            "realm",
            "user-id",
            "JWTMINT_REALM_USER_ID",
            "realm --format claims",
        ),
        (
            "tiledesk",
            "user-id",
            "JWTMINT_TILEDESK_USER_ID",
            "tiledesk --format claims --project 5c81a2e7f1d3b40012345601",
        ),
        (
            "firebase",
            "uid",
            "JWTMINT_FIREBASE_UID",
            "firebase --format claims",
        ),
        (
            "tinymce",
            "sub",
            "JWTMINT_TINYMCE_SUB",
            "tinymce --format claims --name Joe",
        ),
        (
            "metabase",
            "dashboard",
            "JWTMINT_METABASE_DASHBOARD",
            "metabase --format claims --site-url https://mb.example.com",
        ),
    ];
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (service, option, var, command) in cases {
        let args: Vec<&str> = command.split_whitespace().collect();
        // The variable is not read: the run fails or mints without the value.
        let out = ran(
            format!("{var} with {command}"),
            jwtmint().args(&args).env(var, "from-the-environment-9"),
        );
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains("from-the-environment-9"),
            "{}: {out:#?}",
            out.what
        );
        // The profile key is refused, naming the rule.
        let sub = dir.path().join(format!("{service}-{option}"));
        std::fs::create_dir_all(&sub).unwrap();
        let config = config_file(
            &sub,
            &format!("[profiles.p.{service}]\n{option} = \"from-the-profile-9\"\n"),
        );
        let out = ran(
            format!("profile {service}.{option}"),
            jwtmint()
                .env("JWTMINT_CONFIG", &config)
                .args(&args)
                .args(["--profile", "p"]),
        );
        assert_clean_failure(&out, &[]);
        assert!(
            out.stderr_text().contains("command line"),
            "{}: {out:#?}",
            out.what
        );
    }
}
