//! Key forms from the JOSE world, run through the real binary: ES512 and ES256K keys sign
//! tokens that verify against their public keys; `public-key` prints every key's public half
//! as PEM, JWK, JWKS, thumbprint or Snowflake values; keygen writes JWKs and JWKS.

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use zeroize::Zeroizing;

use common::{decode_unverified, fixture, fixture_bytes, jwtmint, one_line};
use jwtmint::jws::{verify_with_spki, Alg};
use jwtmint::keys;

fn no_passphrase() -> anyhow::Result<Zeroizing<Vec<u8>>> {
    anyhow::bail!("no passphrase expected")
}

/// Signs with the fixture `key` and checks the token against the key's public half.
fn signs_and_verifies(key: &str, alg: Alg) {
    let path = fixture(key);
    let token = one_line(
        jwtmint()
            .args(["sign", "--key"])
            .arg(&path)
            .args(["--claim", "sub=joe"]),
    );
    let (header, claims) = decode_unverified(&token);
    assert_eq!(header["alg"], alg.name(), "{key}");
    assert_eq!(claims["sub"], "joe");
    let private = keys::parse_private_key(&fixture_bytes(key), &mut no_passphrase).unwrap();
    let spki = private.public_key_spki_der().unwrap();
    let (input, signature) = token.rsplit_once('.').unwrap();
    let signature = URL_SAFE_NO_PAD.decode(signature).unwrap();
    assert!(
        verify_with_spki(alg, &spki, input.as_bytes(), &signature).unwrap(),
        "{key}"
    );
}

#[test]
fn p521_keys_sign_es512() {
    signs_and_verifies("ec-p521-sec1.pem", Alg::ES512);
    signs_and_verifies("ec-p521-pkcs8.pem", Alg::ES512);
}

#[test]
fn secp256k1_keys_sign_es256k() {
    signs_and_verifies("ec-secp256k1-sec1.pem", Alg::ES256K);
}

#[test]
fn jwks_and_jwk_sets_sign_through_key() {
    signs_and_verifies("rsa2048.jwk", Alg::RS256);
    signs_and_verifies("ec-p521.jwk", Alg::ES512);
    signs_and_verifies("ec-secp256k1.jwk", Alg::ES256K);
    signs_and_verifies("ed25519.jwk", Alg::EdDSA);
    signs_and_verifies("jwks-one-private.json", Alg::ES512);
}

#[test]
fn a_public_jwk_is_refused_in_one_line_without_stdout() {
    let out = common::run(
        jwtmint()
            .args(["sign", "--key"])
            .arg(fixture("rsa2048.pub.jwk")),
    );
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(out.stdout.is_empty());
    assert_eq!(out.stderr.lines().count(), 1, "{out:#?}");
    assert!(out.stderr.contains("is a public key"), "{out:#?}");
}

#[test]
fn openssh_keys_sign_through_key() {
    signs_and_verifies("openssh-ed25519", Alg::EdDSA);
    signs_and_verifies("openssh-ec-p521", Alg::ES512);
    signs_and_verifies("openssh-rsa2048", Alg::RS256);
}

#[test]
fn an_encrypted_openssh_key_takes_the_passphrase_file() {
    let token = one_line(
        jwtmint()
            .args(["sign", "--key"])
            .arg(fixture("openssh-ec-p384-enc"))
            .arg("--passphrase-file")
            .arg(fixture("passphrase.txt")),
    );
    assert_eq!(decode_unverified(&token).0["alg"], "ES384");
    let wrong = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(wrong.path(), "not-the-passphrase").unwrap();
    let out = common::run(
        jwtmint()
            .args(["sign", "--key"])
            .arg(fixture("openssh-ec-p384-enc"))
            .arg("--passphrase-file")
            .arg(wrong.path()),
    );
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(out.stdout.is_empty());
    assert!(out.stderr.contains(keys::WRONG_PASSPHRASE), "{out:#?}");
}

#[test]
fn pkcs12_files_sign_with_the_passphrase_file() {
    for file in [
        "rsa2048-chain.p12",
        "rsa2048-chain-legacy.p12",
        "ec-p256.p12",
    ] {
        let out = common::run(
            jwtmint()
                .args(["sign", "--key"])
                .arg(fixture(file))
                .arg("--passphrase-file")
                .arg(fixture("passphrase.txt")),
        );
        assert_eq!(out.code, Some(0), "{file}: {out:#?}");
        let (header, _) = decode_unverified(out.stdout.trim_end());
        let expected = if file.starts_with("ec") {
            "ES256"
        } else {
            "RS256"
        };
        assert_eq!(header["alg"], expected, "{file}");
    }
}

/// Damaged JWKs given to `--key`: exit 1, nothing on stdout, one line on stderr that quotes
/// no private member.
#[test]
fn damaged_jwks_fail_in_one_line_without_quoting_private_members() {
    let rsa: serde_json::Value =
        serde_json::from_slice(&fixture_bytes("rsa2048.jwk")).expect("rsa2048.jwk is JSON");
    let ec: serde_json::Value =
        serde_json::from_slice(&fixture_bytes("ec-p256.jwk")).expect("ec-p256.jwk is JSON");
    let with = |base: &serde_json::Value, member: &str, value: serde_json::Value| {
        let mut jwk = base.clone();
        jwk[member] = value;
        jwk
    };
    let without = |base: &serde_json::Value, member: &str| {
        let mut jwk = base.clone();
        jwk.as_object_mut().unwrap().remove(member);
        jwk
    };
    let cases = [
        (with(&rsa, "dp", rsa["dq"].clone()), "do not agree"),
        (without(&rsa, "p"), "lacks some of p, q, dp, dq, qi"),
        (
            with(&ec, "d", "**not-base64-secret**".into()),
            "`d` is not base64url",
        ),
        (with(&ec, "x", rsa["e"].clone()), "must be 32 bytes"),
        (without(&ec, "crv"), "no `crv` member"),
        (with(&ec, "kty", "XYZ".into()), "unsupported JWK kty"),
        (
            serde_json::json!({"keys": [with(&ec, "kid", "a".into()), with(&rsa, "kid", "b".into())]}),
            "pick one by its kid (kids: `a`, `b`)",
        ),
    ];
    for (jwk, expected) in cases {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), serde_json::to_vec(&jwk).unwrap()).unwrap();
        let out = common::run(jwtmint().args(["sign", "--key"]).arg(file.path()));
        assert_eq!(out.code, Some(1), "{expected}: {out:#?}");
        assert!(out.stdout.is_empty(), "{expected}: {out:#?}");
        assert_eq!(out.stderr.lines().count(), 1, "{expected}: {out:#?}");
        assert!(out.stderr.contains(expected), "{expected}: {out:#?}");
        for member in ["d", "p", "q", "dp", "dq", "qi"] {
            for key in [&rsa, &ec] {
                if let Some(value) = key[member].as_str() {
                    assert!(!out.stderr.contains(value), "{expected}: quotes {member}");
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// jwtmint public-key
// ---------------------------------------------------------------------------------------------

/// `jwtmint public-key ARGS…` on `key` (with the fixture passphrase file when the key is
/// encrypted, so a plain one is shown to need none), which must succeed; returns stdout less its final newline.
fn public_key(key: &std::path::Path, args: &[&str]) -> String {
    let mut cmd = jwtmint();
    cmd.args(["public-key", "--key"]).arg(key).args(args);
    let name = key.to_string_lossy();
    let encrypted = std::fs::read(key).is_ok_and(|b| b.windows(9).any(|w| w == b"ENCRYPTED"));
    if encrypted || name.ends_with("-enc") || name.ends_with(".p12") {
        cmd.arg("--passphrase-file").arg(fixture("passphrase.txt"));
    }
    let out = common::run(&mut cmd);
    assert_eq!(out.code, Some(0), "{name} {args:?}: {out:#?}");
    assert_eq!(out.stderr, "", "{name} {args:?}: {out:#?}");
    out.stdout
        .strip_suffix('\n')
        .unwrap_or_else(|| panic!("no final newline: {out:#?}"))
        .to_string()
}

fn services_fixture(name: &str) -> std::path::PathBuf {
    fixture("../services").join(name)
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// Every container of one key prints the same SPKI PEM, and it is the one openssl derived.
#[test]
fn public_key_prints_the_same_pem_for_every_container() {
    let cases: [(&str, &[&str]); 4] = [
        (
            "rsa2048.pub.pem",
            &[
                "rsa2048-pkcs1.pem",
                "rsa2048-pkcs8.pem",
                "rsa2048-legacy-des3.pem",
                "rsa2048-pkcs8-pbkdf2-sha256-aes256.pem",
                "rsa2048.jwk",
                "rsa2048-chain.p12",
                "rsa2048-chain-legacy.p12",
                "openssh-rsa2048",
                "openssh-rsa2048-enc",
            ],
        ),
        (
            "ec-p256.pub.pem",
            &[
                "ec-p256-sec1.pem",
                "ec-p256-pkcs8.pem",
                "ec-p256.jwk",
                "ec-p256.p12",
                "openssh-ec-p256",
            ],
        ),
        (
            "ec-p384.pub.pem",
            &["ec-p384-sec1.pem", "ec-p384.jwk", "openssh-ec-p384-enc"],
        ),
        (
            "ed25519.pub.pem",
            &[
                "ed25519-pkcs8.pem",
                "ed25519-pkcs8-pbkdf2-sha256-aes256.pem",
                "ed25519.jwk",
            ],
        ),
    ];
    for (public, keys) in cases {
        let expected = String::from_utf8(fixture_bytes(public)).unwrap();
        for key in keys {
            assert_eq!(public_key(&fixture(key), &[]), expected.trim_end(), "{key}");
            assert_eq!(
                public_key(&fixture(key), &["--format", "pem"]),
                expected.trim_end(),
                "{key}"
            );
        }
    }
    // A Google service-account file: the public half of its private_key.
    let expected = std::fs::read_to_string(services_fixture("google-sa.pub.pem")).unwrap();
    assert_eq!(
        public_key(&services_fixture("google-sa.json"), &[]),
        expected.trim_end()
    );
}

/// The public JWK holds the required members only, and they are the private JWK's.
#[test]
fn public_key_jwk_is_the_private_jwks_public_members() {
    for (name, members) in [
        ("rsa2048.jwk", &["kty", "n", "e"][..]),
        ("ec-p256.jwk", &["kty", "crv", "x", "y"]),
        ("ec-p384.jwk", &["kty", "crv", "x", "y"]),
        ("ec-p521.jwk", &["kty", "crv", "x", "y"]),
        ("ec-secp256k1.jwk", &["kty", "crv", "x", "y"]),
        ("ed25519.jwk", &["kty", "crv", "x"]),
    ] {
        let private: serde_json::Value = serde_json::from_slice(&fixture_bytes(name)).unwrap();
        let public = json(&public_key(&fixture(name), &["--format", "jwk"]));
        let object = public.as_object().unwrap();
        assert_eq!(object.len(), members.len(), "{name}: {public}");
        for member in members {
            assert_eq!(public[member], private[member], "{name} {member}");
        }
    }
}

/// The JWKS's kid is the thumbprint; use is sig; alg the key's natural one (or --alg).
#[test]
fn public_key_jwks_and_thumbprint_agree() {
    for (name, alg) in [
        ("rsa2048-pkcs1.pem", "RS256"),
        ("ec-p256-sec1.pem", "ES256"),
        ("ec-p384-sec1.pem", "ES384"),
        ("ec-p521-sec1.pem", "ES512"),
        ("ec-secp256k1-sec1.pem", "ES256K"),
        ("ed25519-pkcs8.pem", "EdDSA"),
        ("openssh-ed25519-enc", "EdDSA"),
    ] {
        let path = fixture(name);
        let jwks = json(&public_key(&path, &["--format", "jwks"]));
        let keys = jwks["keys"].as_array().unwrap();
        assert_eq!(keys.len(), 1, "{name}");
        let thumbprint = public_key(&path, &["--thumbprint"]);
        assert_eq!(thumbprint.len(), 43, "{name}: {thumbprint}");
        assert_eq!(keys[0]["kid"], thumbprint.as_str(), "{name}");
        assert_eq!(keys[0]["use"], "sig", "{name}");
        assert_eq!(keys[0]["alg"], alg, "{name}");
        assert!(keys[0].get("d").is_none(), "{name}");
    }
    // RFC 7638 section 3.1's example key gives the RFC's thumbprint.
    let n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
    let jwk = serde_json::json!({"kty": "RSA", "n": n, "e": "AQAB"});
    assert_eq!(
        keys::jwk::jwk_thumbprint(jwk.as_object().unwrap()).unwrap(),
        "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
    );
    // --kid picks the key of a JWKS that holds more than one private key.
    assert_eq!(
        public_key(
            &fixture("jwks-two-private.json"),
            &["--kid", "ec256-1", "--thumbprint"]
        ),
        public_key(&fixture("ec-p256.jwk"), &["--thumbprint"])
    );
    // --alg sets the JWKS entry's alg, when it fits the key.
    let jwks = json(&public_key(
        &fixture("rsa2048-pkcs1.pem"),
        &["--format", "jwks", "--alg", "ps256"],
    ));
    assert_eq!(jwks["keys"][0]["alg"], "PS256");
}

/// `--snowflake`: the base64 DER SPKI and `SHA256:` + base64 SHA-256 of it.
#[test]
fn public_key_snowflake_values() {
    let pem = String::from_utf8(fixture_bytes("rsa2048.pub.pem")).unwrap();
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    let der = base64::engine::general_purpose::STANDARD
        .decode(&body)
        .unwrap();
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &der);
    let fp = base64::engine::general_purpose::STANDARD.encode(digest.as_ref());
    for key in ["rsa2048-pkcs8.pem", "rsa2048-chain.p12", "openssh-rsa2048"] {
        let text = public_key(&fixture(key), &["--snowflake"]);
        assert_eq!(
            text,
            format!("RSA_PUBLIC_KEY={body}\nRSA_PUBLIC_KEY_FP=SHA256:{fp}"),
            "{key}"
        );
    }
}

/// JWTMINT_KEY_FILE and JWTMINT_PASSPHRASE stand in for --key and --passphrase-file; `-`
/// reads the key from standard input.
#[test]
fn public_key_takes_the_environment_and_stdin() {
    let expected = String::from_utf8(fixture_bytes("rsa2048.pub.pem")).unwrap();
    let out = common::run(
        jwtmint()
            .arg("public-key")
            .env("JWTMINT_KEY_FILE", fixture("rsa2048-legacy-des3.pem"))
            .env("JWTMINT_PASSPHRASE", common::PASSPHRASE),
    );
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert_eq!(out.stdout, expected);
    let out = common::run(
        jwtmint()
            .args(["public-key", "--key", "-"])
            .write_stdin(fixture_bytes("ec-p521.jwk")),
    );
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert!(out.stdout.starts_with("-----BEGIN PUBLIC KEY-----\n"));
}

/// Hostile and mistaken inputs: a clear one-line error, exit 1 (2 for usage), nothing on
/// stdout, and no private member or secret quoted.
#[test]
fn public_key_refuses_what_is_not_a_private_key_in_one_line() {
    let oct_secret: serde_json::Value = serde_json::from_slice(&fixture_bytes("oct.jwk")).unwrap();
    let oct_secret = oct_secret["k"].as_str().unwrap().to_string();
    let ec: serde_json::Value = serde_json::from_slice(&fixture_bytes("ec-p256.jwk")).unwrap();
    let ec_d = ec["d"].as_str().unwrap().to_string();
    let mut damaged = ec.clone();
    damaged["d"] = serde_json::Value::String(format!("{ec_d}!"));
    let mut mismatched = ec.clone();
    mismatched["x"] = serde_json::json!("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let wrong_pass = write("wrong-pass", b"not-the-passphrase\n");
    let cases: Vec<(std::path::PathBuf, Vec<&str>, &str)> = vec![
        (fixture("rsa2048.pub.jwk"), vec![], "is a public key"),
        // A public key or a certificate holds the public key: printed (tests/sign.rs), but not
        // for a service form, which starts from the private key.
        (
            fixture("rsa2048.cert.pem"),
            vec!["--for", "snowflake"],
            "starts from the private key",
        ),
        (fixture("oct.jwk"), vec![], "HMAC secret"),
        (
            fixture("jwks-two-private.json"),
            vec![],
            "pick one by its kid",
        ),
        (
            fixture("jwks-two-private.json"),
            vec!["--kid", "nope"],
            "its kids: `rsa-1`, `ec256-1`, `ed-1`",
        ),
        (
            fixture("rsa2048.jwk"),
            vec!["--kid", "nope"],
            "kid is not `nope`",
        ),
        (fixture("dsa-pkcs8.pem"), vec![], "DSA"),
        (fixture("truncated-rsa.pem"), vec![], "damaged"),
        (
            fixture("rsa2048-legacy-des3.pem"),
            vec![],
            "the key is encrypted",
        ),
        (
            fixture("openssh-ed25519-enc"),
            vec!["--passphrase-file", wrong_pass.to_str().unwrap()],
            keys::WRONG_PASSPHRASE,
        ),
        (
            fixture("rsa2048-chain.p12"),
            vec!["--passphrase-file", wrong_pass.to_str().unwrap()],
            "passphrase",
        ),
        (
            write("damaged.jwk", damaged.to_string().as_bytes()),
            vec![],
            "`d` is not base64url",
        ),
        (
            write("mismatched.jwk", mismatched.to_string().as_bytes()),
            vec![],
            "does not match",
        ),
        (write("empty", b""), vec![], "key"),
        (write("binary", &[0xff, 0x00, 0x30, 0x82]), vec![], "key"),
        (
            write("not-json.jwk", b"{\"kty\": \"EC\", "),
            vec![],
            "not valid JSON",
        ),
        (dir.path().join("missing.pem"), vec![], "missing.pem"),
        (
            fixture("ec-p256-sec1.pem"),
            vec!["--format", "jwks", "--alg", "RS256"],
            "does not fit",
        ),
        (
            services_fixture("google-authorized-user.json"),
            vec![],
            "authorized_user",
        ),
    ];
    for (path, args, expected) in cases {
        let out = common::run(
            jwtmint()
                .args(["public-key", "--key"])
                .arg(&path)
                .args(&args),
        );
        let context = format!("{} {args:?}", path.display());
        assert_eq!(out.code, Some(1), "{context}: {out:#?}");
        assert!(out.stdout.is_empty(), "{context}: {out:#?}");
        assert_eq!(out.stderr.lines().count(), 1, "{context}: {out:#?}");
        assert!(
            out.stderr.starts_with("jwtmint: error: "),
            "{context}: {out:#?}"
        );
        assert!(out.stderr.contains(expected), "{context}: {out:#?}");
        assert!(!out.stderr.contains(&oct_secret), "{context}: quotes k");
        assert!(!out.stderr.contains(&ec_d), "{context}: quotes d");
    }
}

#[test]
fn public_key_usage_errors_exit_2() {
    let key = fixture("ec-p256-sec1.pem");
    let key = key.to_str().unwrap();
    for args in [
        vec!["public-key"],
        vec!["public-key", "--key", key, "--format", "der"],
        vec![
            "public-key",
            "--key",
            key,
            "--format",
            "jwk",
            "--thumbprint",
        ],
        vec!["public-key", "--key", key, "--thumbprint", "--snowflake"],
        vec!["public-key", "--key", key, "--alg", "ES256"],
        vec![
            "public-key",
            "--key",
            key,
            "--format",
            "jwks",
            "--alg",
            "HS256",
        ],
        vec![
            "public-key",
            "--key",
            key,
            "--format",
            "jwks",
            "--alg",
            "none",
        ],
        vec!["public-key", "--key", key, "--passphrase", "hunter2"],
        // --kid picks from a JWKS; a PEM file is none.
        vec!["public-key", "--key", key, "--kid", "k1"],
    ] {
        let out = common::run(jwtmint().args(&args));
        assert_eq!(out.code, Some(2), "{args:?}: {out:#?}");
        assert!(out.stdout.is_empty(), "{args:?}: {out:#?}");
    }
}

// ---------------------------------------------------------------------------------------------
// keygen --format jwk, --jwks-out, --curve P-521|secp256k1
// ---------------------------------------------------------------------------------------------

/// Checks `token` against the SPKI PEM `public`.
fn verifies_with_pem(token: &str, alg: Alg, public: &str) -> bool {
    let body: String = public.lines().filter(|l| !l.starts_with("-----")).collect();
    let spki = base64::engine::general_purpose::STANDARD
        .decode(body)
        .unwrap();
    let (input, signature) = token.rsplit_once('.').unwrap();
    let signature = URL_SAFE_NO_PAD.decode(signature).unwrap();
    verify_with_spki(alg, &spki, input.as_bytes(), &signature).unwrap()
}

/// keygen writes a private JWK (mode 0600, kid = thumbprint, alg) and the JWKS; both read back
/// as the key whose public half keygen printed, and the JWK signs tokens that verify with it.
#[test]
fn keygen_writes_private_jwks_and_the_jwks() {
    use std::os::unix::fs::PermissionsExt;
    for (args, alg, kty) in [
        (&["--type", "ec"][..], Alg::ES256, "EC"),
        (&["--type", "ec", "--curve", "P-384"], Alg::ES384, "EC"),
        (&["--type", "ec", "--curve", "P-521"], Alg::ES512, "EC"),
        (&["--type", "ec", "--curve", "secp256k1"], Alg::ES256K, "EC"),
        (&["--type", "ed25519"], Alg::EdDSA, "OKP"),
        (&["--type", "rsa"], Alg::RS256, "RSA"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("key.jwk");
        let jwks_file = dir.path().join("jwks.json");
        let out = common::run(
            jwtmint()
                .arg("keygen")
                .args(args)
                .args(["--format", "jwk", "--no-encrypt", "--out"])
                .arg(&key)
                .arg("--jwks-out")
                .arg(&jwks_file),
        );
        assert_eq!(out.code, Some(0), "{args:?}: {out:#?}");
        assert!(out.stderr.contains("NOT encrypted"), "{args:?}: {out:#?}");
        let public_pem = out.stdout;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{args:?}");
        let jwk = json(&std::fs::read_to_string(&key).unwrap());
        assert_eq!(jwk["kty"], kty, "{args:?}");
        assert_eq!(jwk["alg"], alg.name(), "{args:?}");
        assert!(jwk["d"].is_string(), "{args:?}");
        let thumbprint = public_key(&key, &["--thumbprint"]);
        assert_eq!(jwk["kid"], thumbprint.as_str(), "{args:?}");
        assert_eq!(public_key(&key, &[]), public_pem.trim_end(), "{args:?}");
        let jwks = json(&std::fs::read_to_string(&jwks_file).unwrap());
        assert_eq!(
            jwks,
            json(&public_key(&key, &["--format", "jwks"])),
            "{args:?}"
        );
        let token = one_line(jwtmint().args(["sign", "--sub", "joe", "--key"]).arg(&key));
        assert_eq!(decode_unverified(&token).0["alg"], alg.name(), "{args:?}");
        assert!(verifies_with_pem(&token, alg, &public_pem), "{args:?}");
    }
}

/// P-521 and secp256k1 keys from keygen (encrypted PKCS#8): openssl opens them, and they sign
/// ES512 / ES256K tokens that verify with the printed public key.
#[test]
fn keygen_makes_p521_and_secp256k1_keys() {
    for (curve, alg, openssl_text) in [
        ("P-521", Alg::ES512, "NIST CURVE: P-521"),
        ("secp256k1", Alg::ES256K, "secp256k1"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("key.pem");
        let out = common::run(
            jwtmint()
                .args(["keygen", "--type", "ec", "--curve", curve, "--out"])
                .arg(&key)
                .arg("--passphrase-file")
                .arg(fixture("passphrase.txt")),
        );
        assert_eq!(out.code, Some(0), "{curve}: {out:#?}");
        let public_pem = out.stdout;
        let token = one_line(
            jwtmint()
                .args(["sign", "--sub", "joe", "--key"])
                .arg(&key)
                .arg("--passphrase-file")
                .arg(fixture("passphrase.txt")),
        );
        assert_eq!(decode_unverified(&token).0["alg"], alg.name());
        assert!(verifies_with_pem(&token, alg, &public_pem), "{curve}");
        let openssl = std::process::Command::new("openssl")
            .args(["pkey", "-text", "-noout", "-passin"])
            .arg(format!("file:{}", fixture("passphrase.txt").display()))
            .arg("-in")
            .arg(&key)
            .output();
        if let Ok(output) = openssl {
            let text = String::from_utf8_lossy(&output.stdout);
            assert!(output.status.success(), "{curve}: openssl cannot open it");
            assert!(text.contains(openssl_text), "{curve}: {text}");
        }
    }
}

/// `keygen --type secret` says on stderr which encoding it printed; stdout is the hex only.
#[test]
fn keygen_secret_names_its_encoding() {
    let out = common::run(jwtmint().args(["keygen", "--type", "secret", "--bytes", "16"]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert_eq!(out.stdout.trim_end().len(), 32, "{out:#?}");
    assert_eq!(out.stderr.lines().count(), 1, "{out:#?}");
    assert!(out.stderr.contains("32 hex digits"), "{out:#?}");
    assert!(out.stderr.contains("--secret-encoding hex"), "{out:#?}");
    assert!(!out.stderr.contains(out.stdout.trim_end()), "{out:#?}");
}

/// A JWK's `alg`, `use` and `key_ops` are obeyed (issue 18 #3): by `inspect`, which checks a
/// token with the key only when the token's `alg` is the key's and the key is for verifying;
/// and by signing, which refuses a key that is not for signing.
#[test]
fn a_jwks_alg_use_and_key_ops_are_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    let made = std::cell::Cell::new(0);
    let jwk = |name: &str, change: &dyn Fn(&mut serde_json::Map<String, serde_json::Value>)| {
        let mut value: serde_json::Value = serde_json::from_slice(&fixture_bytes(name)).unwrap();
        change(value.as_object_mut().unwrap());
        made.set(made.get() + 1);
        let path = dir.path().join(format!("{}.jwk", made.get()));
        std::fs::write(&path, value.to_string()).unwrap();
        path
    };
    let inspect = |token: &str, key: &std::path::Path| {
        common::run(
            jwtmint()
                .args(["inspect", "--require-valid", "--key"])
                .arg(key)
                .arg(token),
        )
    };
    let rsa = fixture("rsa2048-pkcs1.pem");
    let ps256 = one_line(
        jwtmint()
            .args(["sign", "--sub", "joe", "--alg", "PS256", "--key"])
            .arg(&rsa),
    );
    let rs256 = one_line(jwtmint().args(["sign", "--sub", "joe", "--key"]).arg(&rsa));
    // rsa2048.pub.jwk says alg RS256: an RS256 token checks, a PS256 one does not.
    let public = fixture("rsa2048.pub.jwk");
    assert_eq!(inspect(&rs256, &public).code, Some(0));
    let out = inspect(&ps256, &public);
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(
        out.stderr
            .contains("signature INVALID: the token says PS256")
            && out.stderr.contains("is for RS256 only"),
        "{out:#?}"
    );
    // Without alg, the JWK checks any RSA algorithm.
    let any = jwk("rsa2048.pub.jwk", &|j| {
        j.remove("alg");
    });
    assert_eq!(inspect(&ps256, &any).code, Some(0));
    // An alg jwtmint does not know (an encryption algorithm) checks nothing.
    let oaep = jwk("rsa2048.pub.jwk", &|j| {
        j.insert("alg".into(), "RSA-OAEP".into());
    });
    assert_eq!(inspect(&rs256, &oaep).code, Some(1));

    // oct.jwk says alg HS256: an HS512 token made with its secret does not check.
    let secret = fixture("hmac-secret-64.txt");
    let hs512 = one_line(
        jwtmint()
            .args(["sign", "--sub", "joe", "--alg", "HS512", "--secret-file"])
            .arg(&secret),
    );
    let hs256 = one_line(
        jwtmint()
            .args(["sign", "--sub", "joe", "--secret-file"])
            .arg(&secret),
    );
    let oct = fixture("oct.jwk");
    assert_eq!(inspect(&hs256, &oct).code, Some(0));
    let out = inspect(&hs512, &oct);
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(out.stderr.contains("is for HS256 only"), "{out:#?}");

    // use "enc", and key_ops without "verify", are refused for checking.
    for (key, says) in [
        (
            jwk("rsa2048.pub.jwk", &|j| {
                j.insert("use".into(), "enc".into());
            }),
            "`use` is `enc`",
        ),
        (
            jwk("rsa2048.pub.jwk", &|j| {
                j.insert("key_ops".into(), serde_json::json!(["sign", "encrypt"]));
            }),
            "do not include `verify`",
        ),
        (
            jwk("oct.jwk", &|j| {
                j.insert("key_ops".into(), serde_json::json!(["sign"]));
            }),
            "do not include `verify`",
        ),
    ] {
        let out = inspect(&rs256, &key);
        assert_ne!(out.code, Some(0), "{out:#?}");
        assert!(out.stderr.contains(says), "{says}: {out:#?}");
        assert!(!out.stderr.contains("signature valid"), "{out:#?}");
    }
    let verify_only = jwk("rsa2048.pub.jwk", &|j| {
        j.insert("key_ops".into(), serde_json::json!(["verify"]));
    });
    assert_eq!(inspect(&rs256, &verify_only).code, Some(0));

    // Signing: a private JWK not for signing is refused, as is an --alg its alg contradicts.
    for (key, args, says) in [
        (
            jwk("rsa2048.jwk", &|j| {
                j.insert("key_ops".into(), serde_json::json!(["verify"]));
            }),
            vec![],
            "do not include `sign`",
        ),
        (
            jwk("rsa2048.jwk", &|j| {
                j.insert("use".into(), "enc".into());
            }),
            vec![],
            "`use` is `enc`",
        ),
        (
            jwk("oct.jwk", &|j| {
                j.insert("key_ops".into(), serde_json::json!(["verify"]));
            }),
            vec![],
            "do not include `sign`",
        ),
        (
            fixture("rsa2048.jwk"),
            vec!["--alg", "PS256"],
            "contradicts",
        ),
        (fixture("oct.jwk"), vec!["--alg", "HS512"], "contradicts"),
    ] {
        let out = common::run(
            jwtmint()
                .args(["sign", "--sub", "joe"])
                .args(&args)
                .arg("--key")
                .arg(&key),
        );
        assert_ne!(out.code, Some(0), "{says}: {out:#?}");
        assert!(out.stdout.is_empty(), "{out:#?}");
        assert!(out.stderr.contains(says), "{says}: {out:#?}");
    }
    let sign_only = jwk("rsa2048.jwk", &|j| {
        j.insert("key_ops".into(), serde_json::json!(["sign"]));
    });
    one_line(
        jwtmint()
            .args(["sign", "--sub", "joe", "--key"])
            .arg(sign_only),
    );
}
