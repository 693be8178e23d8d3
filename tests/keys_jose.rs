//! Key forms from the JOSE world, run through the real binary: ES512 and ES256K keys sign
//! tokens that verify against their public keys.

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use zeroize::Zeroizing;

use common::{decode_unverified, fixture, fixture_bytes, jwtmint, one_line};
use jwtmint::keys;
use jwtmint::sign::{verify_with_spki, Alg};

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
