//! Signing with the key forms of the JOSE world and setting header fields: a JWK's `kid` and
//! `alg`, a key picked from a JWKS, `--kid-thumbprint`, `--header`, `--x5c-cert`/`--x5t-cert`
//! and `--secret-encoding`, through the real binary.

mod common;

use std::path::PathBuf;

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use common::{decode_unverified, decode_verified, fixture, fixture_bytes, jwtmint, one_line, run};
use serde_json::json;

fn services(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/services")
        .join(name)
}

fn sign(args: &[&str]) -> String {
    one_line(jwtmint().arg("sign").args(args).args(["--sub", "joe"]))
}

fn refused(args: &[&str], code: i32, message: &str) {
    let out = run(jwtmint().arg("sign").args(args).args(["--sub", "joe"]));
    assert_eq!(out.code, Some(code), "{args:?}: {out:#?}");
    assert!(out.stdout.is_empty(), "{args:?}");
    assert!(out.stderr.contains(message), "{args:?}: {}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "{args:?}: {}", out.stderr);
}

#[test]
fn a_jwk_gives_its_kid_and_alg() {
    let key = fixture("rsa2048.jwk");
    let token = sign(&["--key", key.to_str().unwrap()]);
    let (header, _) = decode_unverified(&token);
    assert_eq!(header["kid"], "rsa-1");
    assert_eq!(header["alg"], "RS256");
    decode_verified(&token, "RS256", &fixture_bytes("rsa2048.pub.pem"));
    // --kid names the header's kid instead.
    let token = sign(&["--key", key.to_str().unwrap(), "--kid", "other"]);
    assert_eq!(decode_unverified(&token).0["kid"], "other");
    // An --alg that contradicts the JWK's own is a usage error; one that agrees is fine.
    refused(
        &["--key", key.to_str().unwrap(), "--alg", "PS256"],
        2,
        "contradicts the key's own alg RS256",
    );
    sign(&["--key", key.to_str().unwrap(), "--alg", "RS256"]);
}

#[test]
fn an_oct_jwk_signs_with_hmac() {
    let token = sign(&["--key", fixture("oct.jwk").to_str().unwrap()]);
    let (header, _) = decode_unverified(&token);
    assert_eq!(header["alg"], "HS256");
    assert_eq!(header["kid"], "hs-1");
    let mut secret = fixture_bytes("hmac-secret-64.txt");
    secret.pop();
    decode_verified(&token, "HS256", &secret);
}

#[test]
fn kid_picks_a_key_from_a_jwks() {
    let jwks = fixture("jwks-two-private.json");
    let jwks = jwks.to_str().unwrap();
    let token = sign(&["--key", jwks, "--kid", "ec256-1"]);
    let (header, _) = decode_unverified(&token);
    assert_eq!(header["kid"], "ec256-1");
    assert_eq!(header["alg"], "ES256");
    decode_verified(&token, "ES256", &fixture_bytes("ec-p256.pub.pem"));
    let out = run(jwtmint().args(["sign", "--key", jwks, "--kid", "nope"]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr.contains("rsa-1") && out.stderr.contains("ec256-1"),
        "names the kids it has: {}",
        out.stderr
    );
    // Two private keys and no --kid: which one is not guessed.
    let out = run(jwtmint().args(["sign", "--key", jwks]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(out.stdout.is_empty());
}

#[test]
fn kid_thumbprint_is_rfc7638() {
    let token = sign(&[
        "--key",
        fixture("rsa2048-pkcs8.pem").to_str().unwrap(),
        "--kid-thumbprint",
    ]);
    let (header, _) = decode_unverified(&token);
    // The thumbprint of rsa2048.jwk's public members, computed here from the JWK itself:
    // SHA-256 over {"e","kty","n"} in that order, without spaces.
    let jwk: serde_json::Value = serde_json::from_slice(&fixture_bytes("rsa2048.jwk")).unwrap();
    let canonical = format!(
        r#"{{"e":"{}","kty":"RSA","n":"{}"}}"#,
        jwk["e"].as_str().unwrap(),
        jwk["n"].as_str().unwrap()
    );
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, canonical.as_bytes());
    assert_eq!(header["kid"], URL_SAFE_NO_PAD.encode(digest.as_ref()));
    // Never for a secret: it would publish a hash of it.
    refused(
        &[
            "--secret-file",
            fixture("hmac-secret-64.txt").to_str().unwrap(),
            "--kid-thumbprint",
        ],
        2,
        "--kid-thumbprint needs a key pair",
    );
}

#[test]
fn header_fields() {
    let secret = fixture("hmac-secret-64.txt");
    let secret = secret.to_str().unwrap();
    let token = sign(&[
        "--secret-file",
        secret,
        "--header",
        "cty=demo",
        "--header",
        "n:=5",
        "--header",
        "kid=k1",
        "--kid",
        "k1",
    ]);
    let (header, _) = decode_unverified(&token);
    assert_eq!(
        header,
        json!({"alg": "HS256", "typ": "JWT", "cty": "demo", "n": 5, "kid": "k1"})
    );
    for (field, message) in [
        ("alg=none", "--header cannot set `alg`"),
        ("crit:=[\"exp\"]", "cannot set `crit`"),
        ("b64:=false", "cannot set `b64`"),
        ("typ=at+jwt", "--header typ contradicts --typ"),
    ] {
        refused(&["--secret-file", secret, "--header", field], 2, message);
    }
    refused(
        &["--secret-file", secret, "--kid", "a", "--header", "kid=b"],
        2,
        "--header kid contradicts --kid",
    );
}

/// The SHA-1 and SHA-256 thumbprints of the first certificate in a PEM file, as openssl's
/// `x509 -fingerprint` would print them, in base64url.
fn thumbprints(pem: &[u8]) -> (String, String, String) {
    let text = std::str::from_utf8(pem).unwrap();
    let body: String = text
        .lines()
        .skip_while(|l| !l.starts_with("-----BEGIN CERTIFICATE"))
        .skip(1)
        .take_while(|l| !l.starts_with("-----END"))
        .collect();
    let der = STANDARD.decode(body).unwrap();
    let sha1 = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA1_FOR_LEGACY_USE_ONLY, &der);
    let sha256 = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &der);
    (
        URL_SAFE_NO_PAD.encode(sha1.as_ref()),
        URL_SAFE_NO_PAD.encode(sha256.as_ref()),
        STANDARD.encode(&der),
    )
}

#[test]
fn certificate_headers() {
    let key = services("entra-key.pem");
    let cert = services("entra-cert.pem");
    let (sha1, sha256, der) = thumbprints(&std::fs::read(&cert).unwrap());
    let token = sign(&[
        "--key",
        key.to_str().unwrap(),
        "--x5t-cert",
        cert.to_str().unwrap(),
        "--x5c-cert",
        cert.to_str().unwrap(),
    ]);
    let (header, _) = decode_unverified(&token);
    assert_eq!(header["x5t"], sha1);
    assert_eq!(header["x5t#S256"], sha256);
    assert_eq!(header["x5c"], json!([der]));

    // A certificate for another key is refused.
    let other = services("entra-other-cert.pem");
    for flag in ["--x5t-cert", "--x5c-cert"] {
        let out = run(jwtmint().args([
            "sign",
            "--key",
            key.to_str().unwrap(),
            flag,
            other.to_str().unwrap(),
        ]));
        assert_eq!(out.code, Some(1), "{out:#?}");
        assert!(out.stdout.is_empty());
        assert!(out.stderr.contains(flag), "{}", out.stderr);
    }

    // An HMAC secret has no certificate.
    refused(
        &[
            "--secret-file",
            fixture("hmac-secret-64.txt").to_str().unwrap(),
            "--x5t-cert",
            cert.to_str().unwrap(),
        ],
        2,
        "--x5t-cert needs a private key",
    );

    // A .p12 holds both the key and the certificate.
    let p12 = services("entra.p12");
    let token = one_line(jwtmint().args([
        "sign",
        "--key",
        p12.to_str().unwrap(),
        "--x5t-cert",
        p12.to_str().unwrap(),
        "--passphrase-file",
        fixture("passphrase.txt").to_str().unwrap(),
    ]));
    assert_eq!(decode_unverified(&token).0["x5t#S256"], sha256);
}

#[test]
fn secret_encodings() {
    let dir = tempfile::tempdir().unwrap();
    let secret = b"0123456789abcdef0123456789abcdef\x00\xff";
    let hex: String = secret.iter().map(|b| format!("{b:02x}")).collect();
    let cases = [
        ("hex", hex),
        ("base64", STANDARD.encode(secret)),
        ("base64url", URL_SAFE_NO_PAD.encode(secret)),
    ];
    for (encoding, text) in cases {
        let path = dir.path().join(encoding);
        std::fs::write(&path, format!("{text}\n")).unwrap();
        let token = sign(&[
            "--secret-file",
            path.to_str().unwrap(),
            "--secret-encoding",
            encoding,
        ]);
        decode_verified(&token, "HS256", secret);
        // inspect reads the secret the same way.
        let out = run(jwtmint().args([
            "inspect",
            "--require-valid",
            "--secret-file",
            path.to_str().unwrap(),
            "--secret-encoding",
            encoding,
            &token,
        ]));
        assert_eq!(out.code, Some(0), "{out:#?}");
        // The same from the environment.
        let token = one_line(
            jwtmint()
                .args(["sign", "--sub", "joe"])
                .env("JWTMINT_SECRET", &text)
                .env("JWTMINT_SECRET_ENCODING", encoding),
        );
        decode_verified(&token, "HS256", secret);
    }
    // Bad digits: an error that does not quote the secret.
    let path = dir.path().join("bad");
    std::fs::write(&path, "zz-not-hex-canary").unwrap();
    let out = run(jwtmint().args([
        "sign",
        "--secret-file",
        path.to_str().unwrap(),
        "--secret-encoding",
        "hex",
    ]));
    assert_eq!(out.code, Some(1), "{out:#?}");
    assert!(out.stdout.is_empty());
    assert!(!out.stderr.contains("canary"), "{}", out.stderr);
}

/// The DER certificates of a PEM file, in order.
fn certs(names: &[&str]) -> Vec<Vec<u8>> {
    names
        .iter()
        .flat_map(|name| pem::parse_many(fixture_bytes(name)).unwrap())
        .filter(|block| block.tag() == "CERTIFICATE")
        .map(|block| block.contents().to_vec())
        .collect()
}

/// Issue 18, "Also": an `--x5c-cert` chain whose certificates do not each issue the one before
/// is refused; `--header x5c:=…` and `--header jwk:=…` get the same checks as `--x5c-cert` (the
/// signing key's certificate or public JWK, and a sound chain).
#[test]
fn certificate_chains_and_key_headers_must_be_the_signing_keys() {
    let dir = tempfile::tempdir().unwrap();
    let key = fixture("rsa2048-pkcs8.pem");
    let key = key.to_str().unwrap();
    let chain_file = |names: &[&str]| {
        let path = dir.path().join(names.join("+"));
        let pem: Vec<u8> = names.iter().flat_map(|name| fixture_bytes(name)).collect();
        std::fs::write(&path, pem).unwrap();
        path.to_str().unwrap().to_string()
    };
    // The leaf and the CA that issued it; the PKCS#12 file holds the same chain.
    let good = ["rsa2048-leaf.cert.pem", "ca-p384.cert.pem"];
    let token = sign(&["--key", key, "--x5c-cert", &chain_file(&good)]);
    let x5c: Vec<String> = certs(&good)
        .iter()
        .map(|der| STANDARD.encode(der))
        .collect();
    assert_eq!(decode_unverified(&token).0["x5c"], json!(x5c));
    // Followed by a certificate that did not issue it: another CA's name, or the CA's name on
    // another key (only the signature tells).
    for bad in [
        ["rsa2048-leaf.cert.pem", "ec-p256.cert.pem"],
        ["rsa2048-leaf.cert.pem", "impostor-ca-p256.cert.pem"],
        ["rsa2048.cert.pem", "ca-p384.cert.pem"],
    ] {
        let says = if bad[1].starts_with("impostor") {
            "its signature does not check"
        } else {
            "was not issued by certificate 2"
        };
        refused(&["--key", key, "--x5c-cert", &chain_file(&bad)], 1, says);
    }

    // --header x5c:=…: the same chain passes, anything else is refused.
    let header = |value: &serde_json::Value| format!("x5c:={value}");
    let token = sign(&["--key", key, "--header", &header(&json!(x5c))]);
    assert_eq!(decode_unverified(&token).0["x5c"], json!(x5c));
    let ca = STANDARD.encode(&certs(&["ca-p384.cert.pem"])[0]);
    let impostor = STANDARD.encode(&certs(&["impostor-ca-p256.cert.pem"])[0]);
    for (value, says) in [
        (json!([ca]), "for another key than the signing key"),
        (json!([x5c[0], impostor]), "its signature does not check"),
        (json!([]), "x5c is empty"),
        (json!("MIIB"), "must be an array"),
        (json!(["not base64!"]), "not standard base64"),
    ] {
        refused(&["--key", key, "--header", &header(&value)], 2, says);
    }
    let secret = fixture("hmac-secret-64.txt");
    refused(
        &[
            "--secret-file",
            secret.to_str().unwrap(),
            "--header",
            &header(&json!(x5c)),
        ],
        2,
        "needs a key pair",
    );

    // --header jwk:=…: the signing key's public JWK passes; another key, or a private member,
    // is refused.
    let public: serde_json::Value =
        serde_json::from_slice(&fixture_bytes("rsa2048.pub.jwk")).unwrap();
    let token = sign(&["--key", key, "--header", &format!("jwk:={public}")]);
    assert_eq!(decode_unverified(&token).0["jwk"], public);
    let private: serde_json::Value = serde_json::from_slice(&fixture_bytes("rsa2048.jwk")).unwrap();
    let other: serde_json::Value = serde_json::from_slice(&fixture_bytes("ec-p256.jwk")).unwrap();
    let mut other_public = other.clone();
    other_public.as_object_mut().unwrap().remove("d");
    for (value, says) in [
        (private, "private member `d`"),
        (other_public, "another key than the signing key"),
        (json!("x"), "must be a JSON object"),
    ] {
        refused(
            &["--key", key, "--header", &format!("jwk:={value}")],
            2,
            says,
        );
    }
}
