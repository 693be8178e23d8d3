//! Vonage application JWTs: what the Vonage APIs (Voice, Messages, Conversations…) and the
//! Client SDK take, signed by the application's private key.
//!
//! RS256 with the application's private key (the PKCS#8 `private.key` Vonage hands out when the
//! application is created); header `{"typ":"JWT","alg":"RS256"}`. Claims: `application_id` (the
//! application's UUID), `iat`, `jti` (a random UUID v4, as the SDKs write), `exp` (15 minutes by
//! default, as the SDKs and Vonage's own fallback; Vonage never honours more than 24 hours after
//! `iat`), optional `nbf`, `sub` (the Client SDK user the token acts as) and `acl`
//! (`{"paths": {"/*/users/**": {}, …}}`, the API paths the Client SDK user may call).
//!
//! Rights: `acl` and `sub` come only from `--acl` and `--sub` (flags and batch lines), never from
//! `--claim`. Vonage's sample writes `exp` as a string; jwtmint writes integers.
//!
//! Vonage publishes no verifier for these tokens (`@vonage/jwt`'s `verifySignature` checks
//! HS256 webhook signatures only): `tests/services/vonage/` compares jwtmint's tokens with those
//! of npm `@vonage/jwt`'s `tokenGenerate` and checks the signature with npm `jose`.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::{
    json_kind, AlgRules, Family, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service,
    ServiceClaims, Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// The lifetime the SDKs give a token, and Vonage gives one without `exp`.
pub const DEFAULT_LIFETIME: i64 = 900;
/// Vonage ignores any `exp` past this many seconds after `iat`.
pub const MAX_LIFETIME: i64 = 24 * 3600;

const APPLICATION_ID: Opt = Opt::text(
    "application-id",
    "UUID",
    "The Vonage application's id (application_id), a UUID; the key is that application's \
     private.key (--key).",
)
.required();
const ACL: Opt = Opt::text(
    "acl",
    "PATH",
    "An API path the Client SDK user may use (acl.paths), like `/*/users/**` or \
     `/*/conversations/**`; repeatable.",
)
.with_kind(Kind::List)
.grants_rights();
const SUB: Opt = Opt::text(
    "sub",
    "USER",
    "The Client SDK user the token acts as (sub): the user's name in the application.",
)
.grants_rights();

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "acl",
        reason: "acl says which API paths the token may use; use --acl PATH",
    },
    GuardedClaim {
        name: "sub",
        reason: "sub makes the token act as that user; use --sub if you mean it",
    },
];

pub static SERVICE: Service = Service {
    name: "vonage",
    family: Family::Media,
    title: "Vonage",
    about: "Vonage application JWT, for the Vonage APIs and the Client SDK.\n\n\
            RS256 with the application's private key (--key private.key). Claims: application_id \
            (--application-id), iat, a random jti, exp (15m by default, at most 24h: Vonage \
            ignores more), sub (--sub, the Client SDK user) and acl (--acl PATH, repeatable: \
            {\"paths\": {PATH: {}}}). --sub and --acl grant rights: they come from flags and batch \
            lines only; sub and acl in --claim/--claims-file are refused. --format header prints \
            `Authorization: Bearer TOKEN`.",
    example: "\
Example (a Client SDK user's token, with the application's private.key):
  jwtmint vonage --key private.key --application-id aaaaaaaa-bbbb-cccc-dddd-0123456789ab \\
    --sub alice --acl '/*/users/**' --acl '/*/conversations/**' --acl '/*/sessions/**'
Use it: client.createSession(TOKEN). A call to a Vonage REST API:
  curl -H \"$(jwtmint vonage --key private.key --application-id \"$APP_ID\" --format header)\" \\
    https://api.nexmo.com/v1/calls",
    options: &[APPLICATION_ID, ACL, SUB],
    algs: AlgRules {
        allowed: &[Alg::RS256],
        default: Alg::RS256,
    },
    expiry: ExpiryRules {
        default: Some(DEFAULT_LIFETIME),
        may_omit: false,
        max_lifetime: Some(MAX_LIFETIME),
        requires_iat: true,
        ..ExpiryRules::NONE
    },
    guarded: GUARDED,
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Vonage::from_values(values)?)),
    recognise: |_, payload| payload.get("application_id").is_some_and(Value::is_string),
    lint: problems,
};

/// A UUID in its hyphenated form, as Vonage shows application ids.
fn is_uuid(text: &str) -> bool {
    let groups: Vec<_> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, n)| group.len() == n && group.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[derive(Debug, Clone, Default)]
pub struct Vonage {
    pub application_id: String,
    pub acl: Vec<String>,
    pub sub: Option<String>,
}

impl Vonage {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(Vonage {
            application_id: values.require(&APPLICATION_ID)?,
            acl: values.list(&ACL),
            sub: values.text(&SUB),
        })
    }
}

impl Provider for Vonage {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        if !is_uuid(&self.application_id) {
            bail!(UsageError::new(format!(
                "--application-id `{}` is not a Vonage application id (a UUID like \
                 aaaaaaaa-bbbb-cccc-dddd-0123456789ab)",
                self.application_id
            )));
        }
        let mut fixed = Map::new();
        fixed.insert("application_id".into(), self.application_id.as_str().into());
        fixed.insert("jti".into(), uuid::Uuid::new_v4().to_string().into());
        if let Some(sub) = &self.sub {
            if sub.is_empty() {
                bail!(UsageError::new("--sub must not be empty"));
            }
            fixed.insert("sub".into(), sub.as_str().into());
        }
        if !self.acl.is_empty() {
            let mut paths = Map::new();
            for path in &self.acl {
                if !path.starts_with('/') || path.chars().any(char::is_whitespace) {
                    bail!(UsageError::new(format!(
                        "--acl `{path}` is not an API path: it starts with `/`, like /*/users/**"
                    )));
                }
                paths.insert(path.clone(), Value::Object(Map::new()));
            }
            let mut acl = Map::new();
            acl.insert("paths".into(), Value::Object(paths));
            fixed.insert("acl".into(), Value::Object(acl));
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }
}

/// What Vonage would refuse or misread in an application JWT, for `jwtmint inspect`.
pub fn problems(_header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    match payload.get("application_id") {
        Some(Value::String(id)) if is_uuid(id) => {}
        Some(other) => out.push(format!(
            "`application_id` must be the application's UUID, found {other}"
        )),
        None => out.push("`application_id` missing: Vonage finds the public key by it".into()),
    }
    if !payload.get("jti").is_some_and(Value::is_string) {
        out.push("`jti` missing or not a string: Vonage wants a unique id in each token".into());
    }
    for name in ["iat", "exp", "nbf"] {
        if let Some(value) = payload.get(name) {
            if !value.is_i64() {
                out.push(format!(
                    "`{name}` must be a whole number of seconds, found {value}"
                ));
            }
        }
    }
    if let Some(sub) = payload.get("sub") {
        if !sub.is_string() {
            out.push(format!("`sub` must be a string, found {}", json_kind(sub)));
        }
    }
    if payload.contains_key("subject") && !payload.contains_key("sub") {
        out.push(format!(
            "{WARNING}`subject` is not what Vonage reads: the user goes in `sub`"
        ));
    }
    if let Some(acl) = payload.get("acl") {
        match acl.get("paths") {
            Some(Value::Object(paths)) => {
                for (path, rule) in paths {
                    if !path.starts_with('/') {
                        out.push(format!("ACL path `{path}` must start with `/`"));
                    }
                    if !rule.is_object() {
                        out.push(format!(
                            "ACL rule of `{path}` must be an object, found {}",
                            json_kind(rule)
                        ));
                    }
                }
            }
            _ => out.push("`acl` must be {\"paths\": {PATH: {}, …}}".into()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mint::{MintOptions, Minter};
    use serde_json::json;

    const APP: &str = "aaaaaaaa-bbbb-cccc-dddd-0123456789ab";
    const NOW: i64 = 1_800_000_000;

    fn values(app: &str, acl: &[&str], sub: Option<&str>) -> Values {
        let mut pairs = vec![(&APPLICATION_ID, app)];
        pairs.extend(acl.iter().map(|path| (&ACL, *path)));
        pairs.extend(sub.map(|sub| (&SUB, sub)));
        crate::providers::test_support::values(&pairs)
    }

    fn mint_with(values: &Values, options: &MintOptions) -> Result<Map<String, Value>> {
        let minter = Minter::new(&SERVICE, values, options)?;
        minter.payload(None, &KeyFacts::default(), NOW)
    }

    fn mint(values: &Values) -> Result<Map<String, Value>> {
        mint_with(values, &MintOptions::default())
    }

    #[test]
    fn exact_payload() {
        let mut payload = mint(&values(
            APP,
            &["/*/users/**", "/*/conversations/**"],
            Some("alice"),
        ))
        .unwrap();
        let jti = payload.remove("jti").unwrap();
        let jti = uuid::Uuid::parse_str(jti.as_str().unwrap()).unwrap();
        assert_eq!(jti.get_version_num(), 4);
        assert_eq!(
            Value::Object(payload),
            json!({"application_id": APP, "iat": NOW, "exp": NOW + 900, "sub": "alice",
                   "acl": {"paths": {"/*/users/**": {}, "/*/conversations/**": {}}}})
        );
        let plain = mint(&values(APP, &[], None)).unwrap();
        assert!(!plain.contains_key("acl") && !plain.contains_key("sub"));
        // A fresh jti for each token.
        assert_ne!(mint(&values(APP, &[], None)).unwrap()["jti"], plain["jti"]);
    }

    #[test]
    fn refusals() {
        let err = |values: &Values, options: &MintOptions| {
            format!("{:#}", mint_with(values, options).unwrap_err())
        };
        let none = MintOptions::default();
        assert!(err(&values("my-app", &[], None), &none).contains("not a Vonage application id"));
        assert!(err(&values(APP, &["users/**"], None), &none).contains("starts with `/`"));
        assert!(err(&values(APP, &[], Some("")), &none).contains("must not be empty"));
        assert!(err(&Values::new(), &none).contains("--application-id is required"));
        for (claim, name) in [("sub=bob", "sub"), ("acl:={\"paths\":{}}", "acl")] {
            let options = MintOptions {
                claims: vec![claim.parse().unwrap()],
                ..Default::default()
            };
            assert!(err(&values(APP, &[], None), &options)
                .contains(&format!("refusing claim `{name}`")));
        }
        let long = MintOptions {
            time: crate::time::TimeOptions {
                expiry: crate::time::Expiry::In(MAX_LIFETIME + 1),
                ..Default::default()
            },
            ..Default::default()
        };
        assert!(err(&values(APP, &[], None), &long).contains("longer than 1d"));
        let never = MintOptions {
            time: crate::time::TimeOptions {
                expiry: crate::time::Expiry::Never,
                ..Default::default()
            },
            ..Default::default()
        };
        assert!(mint_with(&values(APP, &[], None), &never).is_err());
        let no_iat = MintOptions {
            time: crate::time::TimeOptions {
                no_iat: true,
                ..Default::default()
            },
            ..Default::default()
        };
        assert!(mint_with(&values(APP, &[], None), &no_iat).is_err());
        assert_eq!(SERVICE.algs.allowed, &[Alg::RS256]);
    }

    fn rs256() -> Map<String, Value> {
        json!({"alg": "RS256", "typ": "JWT"})
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn inspect_lints() {
        let minted = mint(&values(APP, &["/*/users/**"], Some("alice"))).unwrap();
        assert!(SERVICE.problems(&rs256(), &minted).is_empty());
        let broken = json!({"application_id": "app", "iat": "1700000000", "exp": 1_700_100_000,
                            "subject": "alice", "acl": {"paths": {"users/**": true}}});
        let found = SERVICE
            .problems(&rs256(), broken.as_object().unwrap())
            .join("\n");
        for expected in [
            "`application_id` must be the application's UUID",
            "`jti` missing",
            "`iat` must be a whole number of seconds",
            "`subject` is not what Vonage reads",
            "ACL path `users/**` must start with `/`",
            "ACL rule of `users/**` must be an object",
        ] {
            assert!(found.contains(expected), "{expected}: {found}");
        }
        let long = json!({"application_id": APP, "jti": "j", "iat": 0, "exp": 86_401});
        let found = SERVICE.problems(&rs256(), long.as_object().unwrap());
        assert!(found.join("\n").contains("longer than 1d"), "{found:?}");
        let hs = json!({"alg": "HS256"}).as_object().unwrap().clone();
        assert!(SERVICE.problems(&hs, &minted)[0].contains("accepts only RS256"));
    }

    #[test]
    fn inspect_guesses_vonage() {
        use crate::providers::test_support::guess;
        let minted = mint(&values(APP, &[], None)).unwrap();
        assert_eq!(guess("RS256", Value::Object(minted)), Some("vonage"));
        assert_ne!(guess("RS256", json!({"sub": "alice"})), Some("vonage"));
    }
}
