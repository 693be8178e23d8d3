//! `jwtmint keygen` and `jwtmint completions`, run as real processes: every key type is written
//! as encrypted PKCS#8 with mode 0600, opens in `openssl pkey` with the passphrase and in
//! jwtmint, and signs tokens that verify with the printed public key; overwriting, passphrase
//! sources, secrets and usage errors; completion scripts match the checked-in copies and
//! complete provider flags in a real bash.

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::time::Instant;

use assert_cmd::Command;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use common::{
    decode_unverified, decode_verified, fixture, jwtmint, one_line, run, Run, PASSPHRASE,
};

/// `jwtmint keygen ARGS…`.
fn keygen(args: &[&str]) -> Command {
    let mut cmd = jwtmint();
    cmd.arg("keygen").args(args);
    cmd
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Asserts `text` is exactly one SPKI PEM block (`BEGIN PUBLIC KEY`) and a final newline.
fn assert_spki_pem(text: &str, context: &str) {
    assert!(
        text.starts_with("-----BEGIN PUBLIC KEY-----\n"),
        "{context}: not an SPKI PEM: {text}"
    );
    assert!(
        text.ends_with("\n-----END PUBLIC KEY-----\n"),
        "{context}: not an SPKI PEM: {text}"
    );
    assert_eq!(
        text.matches("-----BEGIN").count(),
        1,
        "{context}: one block only: {text}"
    );
}

/// Asserts a failure: exit `code`, nothing on stdout, one `jwtmint: error:` line for exit 1.
fn assert_error(out: &Run, code: i32, context: &str) {
    assert_eq!(out.code, Some(code), "{context}: {out:#?}");
    assert_eq!(out.stdout, "", "{context}: stdout must be empty: {out:#?}");
    if code == 1 {
        assert_eq!(
            out.stderr.lines().count(),
            1,
            "{context}: one line on stderr: {out:#?}"
        );
        assert!(
            out.stderr.starts_with("jwtmint: error: "),
            "{context}: {out:#?}"
        );
    } else {
        assert!(!out.stderr.is_empty(), "{context}: {out:#?}");
    }
}

/// Whether `openssl` can be run; says so on stderr when it cannot.
fn have_openssl() -> bool {
    let found = Process::new("openssl")
        .arg("version")
        .output()
        .is_ok_and(|out| out.status.success());
    if !found {
        eprintln!("note: `openssl` is not on PATH: skipping the openssl half of this test");
    }
    found
}

/// Runs `openssl ARGS…`; returns (success, stdout, stderr).
fn openssl(args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    let mut cmd = Process::new("openssl");
    cmd.args(args);
    for (name, value) in env {
        cmd.env(name, value);
    }
    let out = cmd.output().expect("running openssl");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A passphrase file in `dir` holding `bytes`.
fn passphrase_file(dir: &Path, bytes: &[u8]) -> PathBuf {
    let path = dir.join("pass.txt");
    fs::write(&path, bytes).unwrap();
    path
}

/// What a key type is, how to mint with it, and how openssl describes it.
struct KeyCase {
    args: &'static [&'static str],
    alg: &'static str,
    /// Printed by `openssl pkey -text -noout`.
    openssl_text: &'static str,
    /// The raw signature length in bytes (RSA: the modulus size), when fixed.
    signature_len: usize,
    /// Also the checks that are the same for every key type (wrong passphrases, the
    /// passphrase from the environment, inspect with the private key): each opening of the
    /// key runs 600 000 PBKDF2 rounds, so they are done once, not six times.
    thorough: bool,
}

/// Makes a key of `case` in a new directory with `--passphrase-file`, checks the files, loads
/// it in openssl and jwtmint, and mints a token that verifies with the printed public key.
fn check_key_pair(case: &KeyCase) {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("private.pem");
    // A trailing newline, as `echo pass > file` writes: both jwtmint and `openssl -passin
    // file:` drop it, so the two agree on the passphrase.
    let pass = passphrase_file(dir.path(), b"correct horse battery staple\n");
    let context = format!("keygen {:?}", case.args);

    let started = Instant::now();
    let mut cmd = keygen(case.args);
    cmd.args(["--out", arg(&key), "--passphrase-file", arg(&pass)]);
    let out = run(&mut cmd);
    let took = started.elapsed();
    assert_eq!(out.code, Some(0), "{context}: {out:#?}");
    assert_eq!(out.stderr, "", "{context}: nothing to warn about: {out:#?}");
    eprintln!("{context}: {took:?}");

    // The private key: encrypted PKCS#8, mode 0600.
    assert_eq!(mode(&key), 0o600, "{context}");
    let private = read(&key);
    assert!(
        private.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"),
        "{context}: {private}"
    );
    assert!(private.ends_with("-----END ENCRYPTED PRIVATE KEY-----\n"));
    // The public key on stdout, and nothing else.
    let public = out.stdout;
    assert_spki_pem(&public, &context);
    assert!(
        !dir.path().join("public.pem").exists(),
        "nothing else written"
    );

    if have_openssl() {
        let passin = format!("file:{}", arg(&pass));
        let (ok, _, err) = openssl(
            &["pkey", "-in", arg(&key), "-passin", &passin, "-noout"],
            &[],
        );
        assert!(ok, "{context}: openssl cannot open the key: {err}");
        let (ok, derived, err) = openssl(
            &["pkey", "-in", arg(&key), "-passin", &passin, "-pubout"],
            &[],
        );
        assert!(ok, "{context}: {err}");
        assert_eq!(
            derived, public,
            "{context}: openssl derives another public key"
        );
        let (ok, text, err) = openssl(
            &[
                "pkey",
                "-in",
                arg(&key),
                "-passin",
                &passin,
                "-text",
                "-noout",
            ],
            &[],
        );
        assert!(ok, "{context}: {err}");
        assert!(
            text.contains(case.openssl_text),
            "{context}: expected {:?} in {text}",
            case.openssl_text
        );
        if case.thorough {
            // The wrong passphrase does not open it.
            let (ok, _, _) = openssl(
                &["pkey", "-in", arg(&key), "-passin", "pass:wrong", "-noout"],
                &[],
            );
            assert!(!ok, "{context}: opened with the wrong passphrase");
        }
        // PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC, as the help says.
        let (ok, asn1, err) = openssl(&["asn1parse", "-in", arg(&key)], &[]);
        assert!(ok, "{context}: {err}");
        for part in [":PBES2", ":PBKDF2", ":hmacWithSHA256", ":aes-256-cbc"] {
            assert!(asn1.contains(part), "{context}: {part} missing: {asn1}");
        }
    }

    // jwtmint opens it with the passphrase and signs; the printed public key verifies.
    let mint: Vec<&str> = if case.alg == "RS256" {
        vec!["realm", "--user-id", "joe"]
    } else {
        vec!["sign", "--sub", "joe", "--expires-in", "1h"]
    };
    let mut cmd = jwtmint();
    cmd.args(&mint)
        .args(["--key", arg(&key), "--passphrase-file", arg(&pass)]);
    let token = one_line(&mut cmd);
    let (header, _) = decode_unverified(&token);
    assert_eq!(header["alg"], case.alg, "{context}: {token}");
    let claims = decode_verified(&token, case.alg, public.as_bytes());
    if case.alg == "RS256" {
        assert_eq!(claims["userId"], "joe", "{context}");
    } else {
        assert_eq!(claims["sub"], "joe", "{context}");
    }
    let signature = URL_SAFE_NO_PAD
        .decode(token.rsplit('.').next().unwrap())
        .unwrap();
    assert_eq!(signature.len(), case.signature_len, "{context}: key size");

    // inspect checks the token with the printed public key.
    let public_file = dir.path().join("public.pem");
    fs::write(&public_file, &public).unwrap();
    assert_inspect_valid(&token, &["--key", arg(&public_file)], &context);
    if !case.thorough {
        return;
    }
    // …and with the encrypted private key.
    assert_inspect_valid(
        &token,
        &["--key", arg(&key), "--passphrase-file", arg(&pass)],
        &context,
    );

    // The same passphrase from the environment; the wrong one is refused.
    let mut cmd = jwtmint();
    cmd.args(&mint)
        .args(["--key", arg(&key)])
        .env("JWTMINT_PASSPHRASE", "correct horse battery staple");
    decode_verified(&one_line(&mut cmd), case.alg, public.as_bytes());
    let mut cmd = jwtmint();
    cmd.args(&mint)
        .args(["--key", arg(&key)])
        .env("JWTMINT_PASSPHRASE", "wrong");
    assert_error(&run(&mut cmd), 1, &format!("{context}: wrong passphrase"));
}

/// `jwtmint inspect KEY_ARGS… --require-valid TOKEN` passes with a valid signature.
fn assert_inspect_valid(token: &str, key_args: &[&str], context: &str) {
    let mut cmd = jwtmint();
    cmd.arg("inspect")
        .args(key_args)
        .args(["--require-valid", "--format", "json", token]);
    let out = run(&mut cmd);
    assert_eq!(
        out.code,
        Some(0),
        "{context}: inspect {key_args:?}: {out:#?}"
    );
    let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(report["signature"], "valid", "{context}");
}

#[test]
fn rsa_2048_key_opens_in_openssl_and_mints_realm_tokens() {
    check_key_pair(&KeyCase {
        args: &["--type", "rsa"],
        alg: "RS256",
        openssl_text: "Private-Key: (2048 bit",
        signature_len: 256,
        thorough: true,
    });
}

#[test]
fn rsa_3072_key() {
    check_key_pair(&KeyCase {
        args: &["--type", "rsa", "--bits", "3072"],
        alg: "RS256",
        openssl_text: "Private-Key: (3072 bit",
        signature_len: 384,
        thorough: false,
    });
}

#[test]
fn rsa_4096_key() {
    // About a second in a debug build here; generation time varies, so it is printed, not
    // asserted.
    check_key_pair(&KeyCase {
        args: &["--type", "rsa", "--bits", "4096"],
        alg: "RS256",
        openssl_text: "Private-Key: (4096 bit",
        signature_len: 512,
        thorough: false,
    });
}

#[test]
fn ec_p384_key_signs_es384() {
    check_key_pair(&KeyCase {
        args: &["--type", "ec", "--curve", "P-384"],
        alg: "ES384",
        openssl_text: "NIST CURVE: P-384",
        signature_len: 96,
        thorough: false,
    });
}

#[test]
fn ec_p256_key_is_the_default_curve() {
    check_key_pair(&KeyCase {
        args: &["--type", "ec"],
        alg: "ES256",
        openssl_text: "NIST CURVE: P-256",
        signature_len: 64,
        thorough: false,
    });
}

#[test]
fn ed25519_key_signs_eddsa() {
    check_key_pair(&KeyCase {
        args: &["--type", "ed25519"],
        alg: "EdDSA",
        openssl_text: "ED25519 Private-Key",
        signature_len: 64,
        thorough: false,
    });
}

// ---------------------------------------------------------------------------------------------
// Files: --public-out, overwriting, --no-encrypt
// ---------------------------------------------------------------------------------------------

#[test]
fn public_out_writes_the_public_key_and_stdout_stays_empty() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    let public = dir.path().join("k.pub.pem");
    let pass = fixture("passphrase.txt");
    let out = run(keygen(&["--type", "rsa"]).args([
        "--out",
        arg(&key),
        "--public-out",
        arg(&public),
        "--passphrase-file",
        arg(&pass),
    ]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert_eq!(out.stdout, "", "{out:#?}");
    assert_eq!(out.stderr, "", "{out:#?}");
    assert_eq!(mode(&key), 0o600);
    let public_pem = read(&public);
    assert_spki_pem(&public_pem, "--public-out");
    // The README's example: a Realm key pair, then mint with it.
    let token = one_line(jwtmint().args([
        "realm",
        "--key",
        arg(&key),
        "--passphrase-file",
        arg(&pass),
        "--user-id",
        "joe",
    ]));
    decode_verified(&token, "RS256", public_pem.as_bytes());
    if have_openssl() {
        let passin = format!("pass:{PASSPHRASE}");
        let (ok, derived, err) = openssl(
            &["pkey", "-in", arg(&key), "-passin", &passin, "-pubout"],
            &[],
        );
        assert!(ok, "{err}");
        assert_eq!(derived, public_pem);
    }
}

#[test]
fn existing_files_are_kept_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    let public = dir.path().join("k.pub.pem");
    let pass = fixture("passphrase.txt");
    fs::write(&key, "precious\n").unwrap();
    fs::set_permissions(&key, fs::Permissions::from_mode(0o644)).unwrap();

    // Without --force: refused, untouched.
    let out =
        run(keygen(&["--type", "ec"]).args(["--out", arg(&key), "--passphrase-file", arg(&pass)]));
    assert_error(&out, 1, "existing --out");
    assert!(out.stderr.contains("--force"), "{out:#?}");
    assert!(out.stderr.contains("k.pem"), "{out:#?}");
    assert_eq!(read(&key), "precious\n");
    assert_eq!(mode(&key), 0o644);

    // An existing --public-out: refused before the private key is written.
    let fresh = dir.path().join("fresh.pem");
    fs::write(&public, "old public\n").unwrap();
    let out = run(keygen(&["--type", "ec"]).args([
        "--out",
        arg(&fresh),
        "--public-out",
        arg(&public),
        "--passphrase-file",
        arg(&pass),
    ]));
    assert_error(&out, 1, "existing --public-out");
    assert!(!fresh.exists(), "no private key without its public key");
    assert_eq!(read(&public), "old public\n");

    // With --force: both overwritten, the private key 0600 again.
    let out = run(keygen(&["--type", "ec", "--force"]).args([
        "--out",
        arg(&key),
        "--public-out",
        arg(&public),
        "--passphrase-file",
        arg(&pass),
    ]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert_eq!(out.stdout, "");
    assert_eq!(mode(&key), 0o600);
    assert!(read(&key).starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
    assert_spki_pem(&read(&public), "--force --public-out");
    let token =
        one_line(jwtmint().args(["sign", "--key", arg(&key), "--passphrase-file", arg(&pass)]));
    decode_verified(&token, "ES256", read(&public).as_bytes());
}

#[test]
fn no_encrypt_writes_a_plain_key_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("plain.pem");
    let out = run(&mut keygen(&[
        "--type",
        "ed25519",
        "--no-encrypt",
        "--out",
        arg(&key),
    ]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert_spki_pem(&out.stdout, "--no-encrypt");
    assert!(out.stderr.contains("NOT encrypted"), "{out:#?}");
    assert!(out.stderr.contains("plain.pem"), "{out:#?}");
    assert_eq!(mode(&key), 0o600);
    let private = read(&key);
    assert!(
        private.starts_with("-----BEGIN PRIVATE KEY-----\n"),
        "{private}"
    );
    // Loads without any passphrase, in jwtmint and openssl.
    let token = one_line(jwtmint().args(["sign", "--key", arg(&key), "--sub", "joe"]));
    decode_verified(&token, "EdDSA", out.stdout.as_bytes());
    if have_openssl() {
        let (ok, derived, err) = openssl(&["pkey", "-in", arg(&key), "-pubout"], &[]);
        assert!(ok, "{err}");
        assert_eq!(derived, out.stdout);
    }
}

// ---------------------------------------------------------------------------------------------
// The passphrase
// ---------------------------------------------------------------------------------------------

#[test]
fn without_a_passphrase_source_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    // common::jwtmint gives an empty, non-terminal stdin and no JWTMINT_PASSPHRASE.
    // No source for a value the user must give: a usage error.
    let out = run(&mut keygen(&["--type", "rsa", "--out", arg(&key)]));
    assert_error(&out, 2, "no passphrase");
    assert!(out.stderr.contains("JWTMINT_PASSPHRASE"), "{out:#?}");
    assert!(out.stderr.contains("--no-encrypt"), "{out:#?}");
    assert!(out.stderr.contains("--passphrase-file"), "{out:#?}");
    assert!(!key.exists());
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);

    // An empty passphrase is refused as well.
    for bytes in [&b""[..], b"\n"] {
        let pass = passphrase_file(dir.path(), bytes);
        let out = run(keygen(&["--type", "ec"]).args([
            "--out",
            arg(&key),
            "--passphrase-file",
            arg(&pass),
        ]));
        assert_error(&out, 1, "empty passphrase");
        assert!(out.stderr.contains("--no-encrypt"), "{out:#?}");
        assert!(!key.exists());
    }
    // A passphrase file that does not exist.
    let out = run(keygen(&["--type", "ec"]).args([
        "--out",
        arg(&key),
        "--passphrase-file",
        "/nonexistent/pass.txt",
    ]));
    assert_error(&out, 1, "missing passphrase file");
    assert!(!key.exists());
}

#[test]
fn passphrase_from_the_environment_or_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("env.pem");
    let mut cmd = keygen(&["--type", "ec", "--curve", "P-384", "--out", arg(&key)]);
    cmd.env("JWTMINT_PASSPHRASE", "from the environment");
    let out = run(&mut cmd);
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(read(&key).starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
    let mut cmd = jwtmint();
    cmd.args(["sign", "--key", arg(&key)])
        .env("JWTMINT_PASSPHRASE", "from the environment");
    decode_verified(&one_line(&mut cmd), "ES384", out.stdout.as_bytes());
    if have_openssl() {
        let (ok, _, err) = openssl(
            &["pkey", "-in", arg(&key), "-passin", "env:PASS", "-noout"],
            &[("PASS", "from the environment")],
        );
        assert!(ok, "{err}");
    }

    // `--passphrase-file -`: standard input.
    let key = dir.path().join("stdin.pem");
    let mut cmd = keygen(&[
        "--type",
        "ed25519",
        "--out",
        arg(&key),
        "--passphrase-file",
        "-",
    ]);
    cmd.write_stdin("from stdin\n");
    let out = run(&mut cmd);
    assert_eq!(out.code, Some(0), "{out:#?}");
    let mut cmd = jwtmint();
    cmd.args(["sign", "--key", arg(&key)])
        .env("JWTMINT_PASSPHRASE", "from stdin");
    decode_verified(&one_line(&mut cmd), "EdDSA", out.stdout.as_bytes());
}

// ---------------------------------------------------------------------------------------------
// Secrets and usage errors
// ---------------------------------------------------------------------------------------------

/// `keygen --type secret ARGS…`, which must succeed; returns stdout.
fn secret(args: &[&str]) -> String {
    let out = run(keygen(&["--type", "secret"]).args(args));
    assert_eq!(out.code, Some(0), "{args:?}: {out:#?}");
    // One labelled line on stderr says which encoding the secret is in.
    assert_eq!(out.stderr.lines().count(), 1, "{args:?}: {out:#?}");
    assert!(
        out.stderr.starts_with("jwtmint: note: the secret is") && out.stderr.contains("hex digits"),
        "{args:?}: {out:#?}"
    );
    out.stdout
}

fn assert_hex_line(text: &str, digits: usize) {
    let hex = text
        .strip_suffix('\n')
        .unwrap_or_else(|| panic!("no final newline: {text:?}"));
    assert_eq!(hex.len(), digits, "{text:?}");
    assert!(
        hex.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)),
        "not lowercase hex: {text:?}"
    );
}

#[test]
fn secrets_are_random_lowercase_hex() {
    let first = secret(&[]);
    assert_hex_line(&first, 64);
    let second = secret(&[]);
    assert_hex_line(&second, 64);
    assert_ne!(first, second, "two secrets are the same");
    assert_hex_line(&secret(&["--bytes", "48"]), 96);
    assert_hex_line(&secret(&["--bytes", "16"]), 32);
    assert_hex_line(&secret(&["--bytes", "1024"]), 2048);

    // A secret made here is a secret jwtmint signs with.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("secret.txt");
    fs::write(&file, &first).unwrap();
    let token = one_line(jwtmint().args(["sign", "--secret-file", arg(&file), "--sub", "joe"]));
    decode_verified(&token, "HS256", first.trim_end().as_bytes());

    // Too short or too long to be a sensible secret: a bad value, so a usage error.
    for bytes in ["4", "15", "1025", "0"] {
        let out = run(&mut keygen(&["--type", "secret", "--bytes", bytes]));
        assert_eq!(out.code, Some(2), "--bytes {bytes}: {out:#?}");
        assert_eq!(out.stdout, "", "--bytes {bytes}: {out:#?}");
        assert!(out.stderr.contains("--bytes"), "--bytes {bytes}: {out:#?}");
    }
}

#[test]
fn usage_errors_exit_2_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    for args in [
        vec!["--type", "rsa"],
        vec!["--type", "ec"],
        vec!["--type", "ed25519", "--no-encrypt"],
        vec!["--type", "rsa", "--bits", "1024", "--out", arg(&key)],
        vec!["--type", "rsa", "--bits", "8192", "--out", arg(&key)],
        vec!["--type", "rsa", "--bits", "lots", "--out", arg(&key)],
        vec!["--type", "ec", "--curve", "P-999", "--out", arg(&key)],
        vec![
            "--type",
            "ec",
            "--curve",
            "brainpoolP256r1",
            "--out",
            arg(&key),
        ],
        // A private JWK has no passphrase form: it must be asked for unencrypted.
        vec!["--type", "ec", "--format", "jwk", "--out", arg(&key)],
        vec!["--type", "ec", "--format", "der", "--out", arg(&key)],
        vec!["--type", "secret", "--jwks-out", arg(&key)],
        vec![
            "--type",
            "ec",
            "--no-encrypt",
            "--out",
            arg(&key),
            "--jwks-out",
            arg(&key),
        ],
        vec!["--type", "dsa", "--out", arg(&key)],
        vec!["--out", arg(&key)],
        vec!["--type", "secret", "--bytes", "-1"],
        vec![
            "--type",
            "rsa",
            "--out",
            arg(&key),
            "--passphrase",
            "hunter2",
        ],
    ] {
        let out = run(&mut keygen(&args));
        assert_error(&out, 2, &format!("keygen {args:?}"));
        assert!(!key.exists(), "keygen {args:?} wrote a key");
    }
}

/// `--out` and `--public-out` naming the same file must not replace the new private key with
/// its public key.
#[test]
fn the_private_key_is_never_overwritten_by_its_public_key() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("same.pem");
    let out = run(keygen(&["--type", "ec", "--no-encrypt"]).args([
        "--out",
        arg(&key),
        "--public-out",
        arg(&key),
    ]));
    let kept = key.exists() && read(&key).contains("PRIVATE KEY");
    assert!(
        out.code != Some(0) || kept,
        "exit 0 but the private key is gone: {out:#?}"
    );
}

/// `--type secret --format jwk` prints the `oct` JWK that `--key` signs with (no `kid`: a
/// thumbprint would publish a hash of the secret), and no note about hex digits.
#[test]
fn a_secret_as_an_oct_jwk_signs_as_a_key() {
    let out = run(&mut keygen(&[
        "--type", "secret", "--format", "jwk", "--bytes", "48",
    ]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert_eq!(out.stderr, "", "{out:#?}");
    let jwk: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(jwk["kty"], "oct", "{jwk}");
    assert_eq!(jwk.as_object().unwrap().len(), 2, "{jwk}");
    use base64::Engine as _;
    let secret = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(jwk["k"].as_str().unwrap())
        .unwrap();
    assert_eq!(secret.len(), 48);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("secret.jwk");
    fs::write(&file, &out.stdout).unwrap();
    let token = one_line(jwtmint().args(["sign", "--key", arg(&file), "--sub", "joe"]));
    decode_verified(&token, "HS256", &secret);
}

/// `--type secret --out FILE` writes the file (mode 0600) and prints nothing.
#[test]
fn a_secret_is_not_printed_when_a_file_was_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("secret.txt");
    let out = run(&mut keygen(&["--type", "secret", "--out", arg(&file)]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert_eq!(
        out.stdout, "",
        "the secret was printed although --out was given"
    );
    let written = read(&file);
    assert_eq!(written.trim_end().len(), 64, "{written:?}");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn options_that_do_not_fit_the_type_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    for args in [
        vec![
            "--type",
            "ec",
            "--bits",
            "4096",
            "--no-encrypt",
            "--out",
            arg(&key),
        ],
        vec![
            "--type",
            "rsa",
            "--curve",
            "P-384",
            "--no-encrypt",
            "--out",
            arg(&key),
        ],
        vec![
            "--type",
            "rsa",
            "--bytes",
            "32",
            "--no-encrypt",
            "--out",
            arg(&key),
        ],
        vec!["--type", "secret", "--public-out", arg(&key)],
    ] {
        let out = run(&mut keygen(&args));
        assert_error(&out, 2, &format!("keygen {args:?}"));
        assert!(out.stderr.contains("applies only to --type"), "{out:#?}");
        assert!(!key.exists(), "keygen {args:?} wrote a file");
    }
}

#[test]
fn a_public_key_that_cannot_be_written_leaves_no_private_key_behind() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    let out = run(keygen(&["--type", "ec", "--no-encrypt"]).args([
        "--out",
        arg(&key),
        "--public-out",
        "/nonexistent/dir/p.pem",
    ]));
    assert_error(&out, 1, "unwritable --public-out");
    assert!(!key.exists(), "a private key was left behind");
}

// ---------------------------------------------------------------------------------------------
// Completions
// ---------------------------------------------------------------------------------------------

fn repo_file(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name);
    read(&path)
}

#[test]
fn completion_scripts_match_the_checked_in_copies() {
    for (shell, file) in [
        ("bash", "completions/jwtmint.bash"),
        ("zsh", "completions/_jwtmint"),
        ("fish", "completions/jwtmint.fish"),
        ("powershell", "completions/_jwtmint.ps1"),
        ("elvish", "completions/jwtmint.elv"),
    ] {
        let out = run(jwtmint().args(["completions", shell]));
        assert_eq!(out.code, Some(0), "{shell}: {out:#?}");
        assert_eq!(out.stderr, "", "{shell}");
        assert!(out.stdout.len() > 1000, "{shell}: {out:#?}");
        assert!(
            out.stdout == repo_file(file),
            "{shell}: `jwtmint completions {shell}` differs from {file}; refresh with \
             JWTMINT_REFRESH_GENERATED=1 cargo test --locked generated_files"
        );
    }
    for shell in ["tcsh", "cmd", ""] {
        let out = run(jwtmint().args(["completions", shell]));
        assert_error(&out, 2, &format!("completions {shell:?}"));
    }
    assert_error(&run(jwtmint().arg("completions")), 2, "no shell");
}

/// Sources `completions/jwtmint.bash` in a real bash, completes `words` (the last is the one
/// under the cursor) and returns COMPREPLY, one entry a line. `None` without bash.
fn bash_complete(words: &[&str]) -> Option<Vec<String>> {
    if Process::new("bash").arg("--version").output().is_err() {
        eprintln!("note: `bash` is not on PATH: skipping the bash completion test");
        return None;
    }
    let script = r#"
set -u
source "$1"; shift
spec=$(complete -p jwtmint) || { echo "no completion registered for jwtmint" >&2; exit 3; }
func=$(printf '%s\n' "$spec" | sed -n 's/.*-F \([^ ]*\).*/\1/p')
[ -n "$func" ] || { echo "no -F function in: $spec" >&2; exit 3; }
COMP_WORDS=("$@")
COMP_CWORD=$(( $# - 1 ))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
COMPREPLY=()
prev=""
[ "$COMP_CWORD" -gt 0 ] && prev="${COMP_WORDS[COMP_CWORD-1]}"
"$func" "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "$prev"
printf '%s\n' "${COMPREPLY[@]}"
"#;
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("completions/jwtmint.bash");
    let out = Process::new("bash")
        .arg("--norc")
        .arg("--noprofile")
        .arg("-c")
        .arg(script)
        .arg("bash")
        .arg(&file)
        .args(words)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .output()
        .expect("running bash");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "completing {words:?} failed: {}\n{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        stdout
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
    )
}

#[test]
fn bash_completes_provider_flags() {
    for (words, expected) in [
        (&["jwtmint", "tiledesk", "--pro"][..], "--project"),
        (&["jwtmint", "formio", "--ro"][..], "--role"),
        (&["jwtmint", "developerhub", "--docs"][..], "--docs-url"),
        (&["jwtmint", "realm", "--user-i"][..], "--user-id"),
        (&["jwtmint", "tinymce", "--drive"][..], "--drive-root"),
        (&["jwtmint", "inspect", "--prov"][..], "--provider"),
        (&["jwtmint", "keygen", "--public"][..], "--public-out"),
        (&["jwtmint", "ti"][..], "tiledesk"),
    ] {
        let Some(reply) = bash_complete(words) else {
            return;
        };
        assert!(
            reply.iter().any(|r| r == expected),
            "{words:?}: {expected} not offered: {reply:?}"
        );
        assert!(
            reply.iter().all(|r| r.starts_with(words[words.len() - 1])),
            "{words:?}: offers what does not match: {reply:?}"
        );
    }
    // Values, too: the services --provider takes, the key types.
    let Some(reply) = bash_complete(&["jwtmint", "inspect", "--provider", ""]) else {
        return;
    };
    for name in ["formio", "realm", "developerhub", "tinymce", "tiledesk"] {
        assert!(reply.iter().any(|r| r == name), "{name}: {reply:?}");
    }
    let reply = bash_complete(&["jwtmint", "keygen", "--type", ""]).unwrap();
    assert_eq!(reply, ["rsa", "ec", "ed25519", "secret"]);
    let reply = bash_complete(&["jwtmint", "completions", ""]).unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        assert!(reply.iter().any(|r| r == shell), "{shell}: {reply:?}");
    }
}

/// `--passphrase-command` (and JWTMINT_PASSPHRASE_COMMAND) give the new key's passphrase, as
/// they give an existing key's when signing.
#[test]
fn passphrase_command_encrypts_the_new_key() {
    let dir = tempfile::tempdir().unwrap();
    for (i, by_env) in [false, true].into_iter().enumerate() {
        let key = dir.path().join(format!("k{i}.pem"));
        let mut cmd = keygen(&["--type", "ed25519", "--out", arg(&key)]);
        if by_env {
            cmd.env("JWTMINT_PASSPHRASE_COMMAND", "echo correct-horse");
        } else {
            cmd.args(["--passphrase-command", "echo correct-horse"]);
        }
        let out = run(&mut cmd);
        assert_eq!(out.code, Some(0), "{out:#?}");
        let text = fs::read_to_string(&key).unwrap();
        assert!(text.contains("BEGIN ENCRYPTED PRIVATE KEY"), "{text}");
        let out = run(common::jwtmint()
            .args(["public-key", "--key", arg(&key)])
            .args(["--passphrase-command", "echo correct-horse"]));
        assert_eq!(out.code, Some(0), "{out:#?}");
    }
}
