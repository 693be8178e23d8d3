//! What the services' unit tests share: option values from `(&Opt, &str)` pairs, the payload a
//! provider's claims make, key fixtures for RS256, ES256 and HS256, tokens signed with them, and
//! `inspect`'s report and guess on them.

use std::path::Path;

use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::{KeyFacts, Opt, Provider, Values};
use crate::inspect::{report_for, Report};
use crate::jws::{Alg, KeyMaterial, Signer};
use crate::keys::{self, PrivateKey};

pub const NOW: i64 = 1_795_514_400; // 2026-11-24T10:00:00Z
pub const SECRET: &[u8] = b"0123456789abcdef0123456789abcdef";

/// Option values as the command line would give them: each pair is one `--flag VALUE` (a
/// switch's text is ignored; a list or assignment option may come several times, in order).
pub fn values(pairs: &[(&Opt, &str)]) -> Values {
    let mut grouped: Vec<(&Opt, Vec<String>)> = Vec::new();
    for (opt, text) in pairs {
        match grouped.iter_mut().find(|(seen, _)| seen.long == opt.long) {
            Some((_, texts)) => texts.push(text.to_string()),
            None => grouped.push((opt, vec![text.to_string()])),
        }
    }
    grouped
        .into_iter()
        .fold(Values::new(), |values, (opt, texts)| {
            match opt.from_text(texts).unwrap() {
                Some(given) => values.with(opt, given),
                None => values,
            }
        })
}

/// The payload `provider` makes without `--claim`s: its flag claims, then its fixed claims.
pub fn payload(provider: &dyn Provider) -> Map<String, Value> {
    payload_with(provider, &KeyFacts::default())
}

/// [`payload`] for a provider whose claims need the key.
pub fn payload_with(provider: &dyn Provider, key: &KeyFacts) -> Map<String, Value> {
    let claims = provider.claims(key).unwrap();
    let mut payload = claims.flags;
    payload.extend(claims.fixed);
    payload
}

/// A JSON object literal as a map: `object(json!({…}))`.
pub fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        other => panic!("not a JSON object: {other}"),
    }
}

/// The bytes of a key under `tests/fixtures/keys/`.
pub fn key_fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/keys")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn private_key(name: &str) -> PrivateKey {
    keys::parse_private_key(&key_fixture(name), &mut || {
        anyhow::bail!("the fixture is not encrypted")
    })
    .unwrap()
}

/// The RSA 2048 test key (`rsa2048-pkcs8.pem`), for RS256 and PS256.
pub fn rsa_key() -> PrivateKey {
    private_key("rsa2048-pkcs8.pem")
}

/// The P-256 test key (`ec-p256-pkcs8.pem`), for ES256.
pub fn p256_key() -> PrivateKey {
    private_key("ec-p256-pkcs8.pem")
}

/// What minting knows of [`p256_key`] signing ES256: the Apple services' key.
pub fn p256_facts() -> KeyFacts {
    KeyFacts {
        alg: Some(Alg::ES256),
        public_spki: Some(p256_key().public_key_spki_der().unwrap()),
        ..KeyFacts::default()
    }
}

/// `payload` signed with `alg` (HS* with [`SECRET`], RS*/PS* with [`rsa_key`], ES256 with
/// [`p256_key`]) under `header` (which gets `alg`).
pub fn sign(alg: Alg, header: Value, payload: Value) -> String {
    let material = if alg.is_hmac() {
        KeyMaterial::Secret(Zeroizing::new(SECRET.to_vec()))
    } else if alg == Alg::ES256 {
        KeyMaterial::Private(p256_key())
    } else {
        KeyMaterial::Private(rsa_key())
    };
    Signer::new(alg, material)
        .unwrap()
        .sign(&object(header), &object(payload))
        .unwrap()
}

/// `payload` signed with HS256 and [`SECRET`], with the header `{"alg":"HS256","typ":"JWT"}`.
pub fn hs256(payload: Value) -> String {
    sign(Alg::HS256, serde_json::json!({"typ": "JWT"}), payload)
}

/// What `inspect` reports on `token`, verified with [`SECRET`], at [`NOW`].
pub fn report(token: &str, provider: Option<&str>) -> Report {
    report_for(token, provider, Some(SECRET), NOW).unwrap()
}

/// The service `inspect` guesses for these claims.
pub fn guess(alg: &str, payload: Value) -> Option<&'static str> {
    let header = serde_json::json!({ "alg": alg });
    super::guess(&object(header), &object(payload)).map(|s| s.name)
}

#[test]
fn values_group_repeated_options_in_order() {
    const ROOM: Opt = Opt::text("room", "NAME", "room");
    const TAG: Opt = Opt::text("tag", "TAG", "tag").with_kind(super::Kind::List);
    const ON: Opt = Opt::switch("on", "on");
    let values = values(&[(&ROOM, "a"), (&TAG, "x"), (&ON, ""), (&TAG, "y")]);
    assert_eq!(values.text(&ROOM).as_deref(), Some("a"));
    assert_eq!(values.list(&TAG), ["x", "y"]);
    assert!(values.switch(&ON));
}

#[test]
fn signed_fixtures_verify() {
    for alg in [Alg::HS256, Alg::RS256, Alg::ES256] {
        let token = sign(alg, serde_json::json!({}), serde_json::json!({"a": 1}));
        assert_eq!(token.split('.').count(), 3, "{alg}");
    }
}
