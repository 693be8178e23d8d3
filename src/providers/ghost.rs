//! Ghost Admin API tokens: the Admin API key `ID:SECRET` becomes an HS256 key (the secret's hex
//! decoded) and the header `kid` (the id); claims `iat`, `exp` and `aud: "/admin/"`. Ghost
//! refuses a token 5 minutes after its `iat`, whatever `exp` says. Checked against npm
//! `@tryghost/admin-api` and Ghost's own `admin.js` (tests/services/ghost).

use anyhow::{bail, Result};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::AlgRules;
use super::{json_kind, KeyFacts, Provider, Service, ServiceClaims, Transport, Values};
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

pub const AUDIENCE: &str = "/admin/";

/// Ghost checks the token's age from `iat` with this limit (jsonwebtoken's `maxAge: '5m'`).
pub const MAX_AGE: i64 = 300;

const ID_DIGITS: usize = 24;
const SECRET_DIGITS: usize = 64;

pub static SERVICE: Service = Service {
    name: "ghost",
    family: super::Family::CiRelease,
    title: "Ghost",
    about: "Ghost Admin API token, for publishing scripts and integrations.\n\n\
            The key is the Admin API key Ghost shows (Settings → Integrations), ID:SECRET: 24 hex \
            digits, a colon, 64 hex digits. Read it from --secret-file, JWTMINT_SECRET or the \
            prompt, never from a flag. HS256 only, keyed by the hex-decoded SECRET (the text of it \
            gives \"invalid signature\"); header kid = ID. Claims: iat, exp and aud: \"/admin/\". \
            Default and longest expiry: 5m, because Ghost refuses a token 5 minutes after its iat \
            whatever exp says. A malformed key is refused without being echoed. Header form \
            (--format header): `Authorization: Ghost TOKEN`.",
    example: "\
Example (the Admin API key in admin_api_key.txt):
  jwtmint ghost --secret-file admin_api_key.txt --format header
Use it:
  curl -H \"$(jwtmint ghost --secret-file admin_api_key.txt --format header)\" \\
    https://SITE/ghost/api/admin/posts/",
    options: &[],
    algs: AlgRules {
        allowed: &[Alg::HS256],
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        default: Some(MAX_AGE),
        may_omit: true,
        max_lifetime: Some(MAX_AGE),
        requires_iat: true,
        ..ExpiryRules::NONE
    },
    guarded: &[],
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport {
        header_name: "Authorization",
        header_scheme: "Ghost ",
        url_param: None,
    },
    claims_need_key: false,
    key_env: None,
    secret_form: Some(admin_api_key),
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Ghost::from_values(values)?)),
    recognise: |header, payload| {
        header
            .get("kid")
            .and_then(Value::as_str)
            .is_some_and(is_key_id)
            && payload
                .get("aud")
                .and_then(Value::as_str)
                .is_some_and(admin_audience)
    },
    lint: problems,
};

fn is_key_id(id: &str) -> bool {
    id.len() == ID_DIGITS
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// What Ghost's `/?admin/?$` (anchored at the end only) accepts on its unversioned Admin API.
fn admin_audience(aud: &str) -> bool {
    let aud = aud.strip_suffix('/').unwrap_or(aud);
    aud.strip_suffix("admin")
        .is_some_and(|rest| rest.is_empty() || rest.ends_with('/'))
}

/// Turns the Admin API key `ID:SECRET` into the HMAC key (SECRET hex-decoded) and the `kid`
/// (ID). Errors say what is wrong in lengths and positions, never quoting the key.
pub fn admin_api_key(raw: &[u8]) -> Result<(Zeroizing<Vec<u8>>, Option<String>)> {
    const FORM: &str = "a Ghost Admin API key is ID:SECRET (24 hex digits, a colon, 64 hex digits)";
    let text = std::str::from_utf8(raw)
        .map_err(|_| anyhow::anyhow!("the key is not text: {FORM}"))?
        .trim();
    let Some((id, secret)) = text.split_once(':') else {
        bail!("the key has no colon: {FORM}; copy the whole Admin API key from Ghost");
    };
    if secret.contains(':') {
        bail!("the key has more than one colon: {FORM}");
    }
    let not_hex = |part: &str| part.bytes().position(|b| !b.is_ascii_hexdigit());
    if let Some(at) = not_hex(id) {
        bail!(
            "the key's ID has a character that is not a hex digit (at position {}): {FORM}",
            at + 1
        );
    }
    if id.len() != ID_DIGITS {
        bail!(
            "the key's ID has {} characters, not {ID_DIGITS}: {FORM}",
            id.len()
        );
    }
    if id.bytes().any(|b| b.is_ascii_uppercase()) {
        bail!("the key's ID has upper-case hex digits; Ghost's ids are lower-case and it looks them up as given");
    }
    if let Some(at) = not_hex(secret) {
        bail!(
            "the key's SECRET has a character that is not a hex digit (at position {}): {FORM}",
            at + 1
        );
    }
    if secret.len() != SECRET_DIGITS {
        bail!(
            "the key's SECRET has {} hex digits, not {SECRET_DIGITS}: {FORM}",
            secret.len()
        );
    }
    let mut key = Zeroizing::new(Vec::with_capacity(SECRET_DIGITS / 2));
    for pair in secret.as_bytes().chunks(2) {
        let digit = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
        key.push(digit(pair[0]) << 4 | digit(pair[1]));
    }
    Ok((key, Some(id.to_string())))
}

#[derive(Debug, Clone, Default)]
pub struct Ghost;

impl Ghost {
    pub fn from_values(_values: &Values) -> Result<Self> {
        Ok(Ghost)
    }
}

impl Provider for Ghost {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let mut fixed = Map::new();
        fixed.insert("aud".into(), Value::String(AUDIENCE.into()));
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    /// The `kid` is the key's ID: a `--kid` that differs from it is refused.
    fn header(&self, key: &KeyFacts) -> Result<Map<String, Value>> {
        let mut header = Map::new();
        if let Some(kid) = &key.kid {
            header.insert("kid".into(), Value::String(kid.clone()));
        }
        Ok(header)
    }
}

/// What Ghost's Admin API would reject in a token, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    match header.get("kid") {
        None => out.push("header `kid` missing: Ghost answers \"Admin API kid missing\"".into()),
        Some(Value::String(kid)) if is_key_id(kid) => {}
        Some(other) => out.push(format!(
            "header `kid` must be the Admin API key's ID (24 lower-case hex digits), found {other}"
        )),
    }
    match payload.get("aud") {
        Some(Value::String(aud)) if admin_audience(aud) => {}
        Some(other) => out.push(format!(
            "`aud` must be \"{AUDIENCE}\" (Ghost matches /?admin/?$), found {other}"
        )),
        None => out.push(format!("`aud` missing: it must be \"{AUDIENCE}\"")),
    }
    if let Some(iat) = payload.get("iat") {
        if !iat.is_number() {
            out.push(format!("`iat` must be a number, found {}", json_kind(iat)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ID: &str = "6489f0c2a1b2c3d4e5f60718";
    const SECRET: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn the_key_is_hex_decoded_and_names_the_kid() {
        let (key, kid) = admin_api_key(format!("{ID}:{SECRET}\n").as_bytes()).unwrap();
        assert_eq!(kid.as_deref(), Some(ID));
        assert_eq!(key.len(), 32);
        assert_eq!(&key[..3], &[0x00, 0x11, 0x22]);
        assert_eq!(key[31], 0xff);
        let upper = format!("{ID}:{}", SECRET.to_uppercase());
        assert_eq!(admin_api_key(upper.as_bytes()).unwrap().0, key);
    }

    #[test]
    fn bad_keys_are_refused_without_echo() {
        let bad = [
            (format!("{ID}{SECRET}"), "no colon"),
            (
                format!("{ID}:{}g", &SECRET[..63]),
                "SECRET has a character that is not a hex digit (at position 64)",
            ),
            (
                format!("{}z:{SECRET}", &ID[..23]),
                "ID has a character that is not a hex digit (at position 24)",
            ),
            (
                format!("{ID}:{}", &SECRET[..63]),
                "SECRET has 63 hex digits",
            ),
            (SECRET.to_string(), "no colon"),
            (format!("{ID}:{SECRET}:x"), "more than one colon"),
            (format!("{}:{SECRET}", &ID[..20]), "ID has 20 characters"),
            (format!("{}:{SECRET}", ID.to_uppercase()), "upper-case"),
        ];
        for (key, why) in bad {
            let err = admin_api_key(key.as_bytes()).unwrap_err().to_string();
            assert!(err.contains(why), "{why}: {err}");
            assert!(
                !err.contains(&SECRET[..16]) && !err.contains(&SECRET[48..]),
                "{err}"
            );
            assert!(!err.contains(&ID[..16]), "{err}");
        }
        assert!(admin_api_key(&[0xff, b':']).is_err());
    }

    #[test]
    fn exact_payload_header_and_transport() {
        let claims = Ghost.claims(&KeyFacts::default()).unwrap();
        assert_eq!(Value::Object(claims.fixed), json!({"aud": "/admin/"}));
        let facts = KeyFacts {
            kid: Some(ID.into()),
            ..KeyFacts::default()
        };
        assert_eq!(
            Value::Object(Ghost.header(&facts).unwrap()),
            json!({"kid": ID})
        );
        assert_eq!(SERVICE.transport.header("T"), "Authorization: Ghost T");
    }

    #[test]
    fn five_minutes_at_most() {
        let run = |secs: Option<i64>| {
            let options = crate::time::TimeOptions {
                expiry: secs.map_or(crate::time::Expiry::Default, crate::time::Expiry::In),
                ..Default::default()
            };
            let mut claims = Map::new();
            crate::time::apply(&mut claims, &options, SERVICE.expiry, "ghost", 1000).map(|_| claims)
        };
        assert_eq!(run(None).unwrap()["exp"], 1300);
        assert_eq!(run(Some(300)).unwrap()["exp"], 1300);
        assert!(run(Some(301)).is_err());
    }

    #[test]
    fn lint() {
        let header = obj(json!({"alg": "HS256", "typ": "JWT", "kid": ID}));
        let good = obj(json!({"iat": 1000, "exp": 1300, "aud": "/admin/"}));
        assert!(SERVICE.problems(&header, &good).is_empty());
        assert!((SERVICE.recognise)(&header, &good));
        for aud in ["admin", "/admin", "/v2/admin/"] {
            assert!(admin_audience(aud), "{aud}");
        }
        for aud in ["/content/", "/administrator", ""] {
            assert!(!admin_audience(aud), "{aud}");
        }
        let bad = obj(json!({"exp": 4600, "aud": "/content/"}));
        let found = SERVICE.problems(&obj(json!({"alg": "HS512"})), &bad);
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(found[0].contains("accepts only HS256"));
        assert!(found[1].contains("kid missing"));
        assert!(found[2].starts_with("`aud` must be"));
        assert!(found[3].starts_with("`iat` missing"));
    }
}
