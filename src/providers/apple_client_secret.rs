//! Sign in with Apple client secret: the ES256 JWT sent as `client_secret` to Apple's token
//! endpoint (and pasted into Auth0, Supabase, Cognito…). Checked against npm `apple-signin-auth`
//! (tests/services/apple-client-secret).

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::apple::{self, KEY_ID};
use super::{KeyFacts, Opt, Provider, Service, ServiceClaims, Transport, Values};
use crate::exit::UsageError;
use crate::output::Format;
use crate::time::ExpiryRules;

pub const AUDIENCE: &str = "https://appleid.apple.com";

/// Apple's limit on `exp - iat`.
pub const MAX_LIFETIME: i64 = 15_777_000;

/// 180 days: under Apple's limit with room for clock skew.
pub const DEFAULT_LIFETIME: i64 = 180 * 86_400;

const TEAM_ID: Opt = Opt::text(
    "team-id",
    "TEAMID",
    "Your 10-character Apple Developer Team ID (iss).",
)
.required();
const CLIENT_ID: Opt = Opt::text(
    "client-id",
    "SERVICES_ID",
    "The client id (sub): the Services ID for web sign-in, the bundle id for native apps. \
     Case-sensitive.",
)
.required();

pub static SERVICE: Service = Service {
    name: "apple-client-secret",
    family: super::Family::CiRelease,
    title: "Sign in with Apple",
    about: "Sign in with Apple client secret: the JWT sent as client_secret to Apple's token \
            endpoint.\n\n\
            ES256 only, with the .p8 key from Apple (AuthKey_KEYID.p8); header kid = --key-id or \
            the KEYID in the file name (an error if neither gives one). Claims: iss (--team-id), \
            iat, exp, aud: \"https://appleid.apple.com\", sub (--client-id, case kept). Default \
            expiry: 180d (15552000 s); Apple refuses more than 15777000 s, and so does jwtmint; an \
            expiry is required. A key id or team id that is not 10 characters of A-Z and 0-9 \
            gets a warning. Every mistake comes back from Apple as {\"error\":\"invalid_client\"}.",
    example: "\
Example (the key as Apple downloads it):
  jwtmint apple-client-secret --key AuthKey_ABC123DEFG.p8 --team-id DEF123GHIJ \\
    --client-id com.example.web
Use it as the client_secret form field:
  curl https://appleid.apple.com/auth/token -d client_id=com.example.web \\
    -d client_secret=\"$(jwtmint apple-client-secret --key AuthKey_ABC123DEFG.p8 \\
       --team-id DEF123GHIJ --client-id com.example.web)\" \\
    -d grant_type=authorization_code -d code=CODE",
    options: &[KEY_ID, TEAM_ID, CLIENT_ID],
    algs: apple::ES256_ONLY,
    expiry: ExpiryRules {
        default: Some(DEFAULT_LIFETIME),
        may_omit: false,
        max_lifetime: Some(MAX_LIFETIME),
        requires_iat: true,
        ..ExpiryRules::NONE
    },
    guarded: &[],
    formats: &[Format::Token, Format::Json, Format::Claims],
    transport: Transport::BEARER,
    // The key id (from the file name) and the key's curve are checked before the claims.
    claims_need_key: true,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(AppleClientSecret::from_values(values)?)),
    recognise: |_, payload| payload.get("aud").and_then(Value::as_str) == Some(AUDIENCE),
    lint: problems,
};

#[derive(Debug, Clone, Default)]
pub struct AppleClientSecret {
    pub key_id: Option<String>,
    pub team_id: String,
    pub client_id: String,
}

impl AppleClientSecret {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(AppleClientSecret {
            key_id: values.text(&KEY_ID),
            team_id: values.require(&TEAM_ID)?,
            client_id: values.require(&CLIENT_ID)?,
        })
    }
}

impl Provider for AppleClientSecret {
    fn claims(&self, key: &KeyFacts) -> Result<ServiceClaims> {
        apple::check_key(self.key_id.as_deref(), key, SERVICE.title)?;
        if self.team_id.is_empty() {
            bail!(UsageError::new("--team-id must not be empty"));
        }
        if self.client_id.trim().is_empty() || self.client_id.trim() != self.client_id {
            bail!(UsageError::new(
                "--client-id must be the Services ID or bundle id exactly, without spaces"
            ));
        }
        let mut fixed = Map::new();
        fixed.insert("iss".into(), Value::String(self.team_id.clone()));
        fixed.insert("aud".into(), Value::String(AUDIENCE.into()));
        fixed.insert("sub".into(), Value::String(self.client_id.clone()));
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        let mut warnings: Vec<String> = apple::shape_warning("--team-id", &self.team_id)
            .into_iter()
            .collect();
        warnings.extend(apple::key_id_warnings(self.key_id.as_deref()));
        Ok(warnings)
    }

    fn header(&self, key: &KeyFacts) -> Result<Map<String, Value>> {
        apple::kid_header(self.key_id.as_deref(), key, SERVICE.title)
    }
}

/// What Apple's token endpoint would reject (as `invalid_client`), for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = apple::lint_kid(header, SERVICE.title);
    out.extend(apple::lint_team(payload, "iss", SERVICE.title));
    match payload.get("aud") {
        Some(Value::String(aud)) if aud == AUDIENCE => {}
        Some(other) => out.push(format!(
            "`aud` must be exactly \"{AUDIENCE}\", found {other}"
        )),
        None => out.push(format!("`aud` missing: it must be \"{AUDIENCE}\"")),
    }
    match payload.get("sub") {
        Some(Value::String(sub)) if !sub.is_empty() => {}
        Some(other) => out.push(format!(
            "`sub` must be the client id (Services ID or bundle id), found {other}"
        )),
        None => {
            out.push("`sub` missing: it must be the client id (Services ID or bundle id)".into())
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn secret() -> AppleClientSecret {
        AppleClientSecret {
            key_id: Some("ABC123DEFG".into()),
            team_id: "DEF123GHIJ".into(),
            client_id: "com.Example.web".into(),
        }
    }

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn exact_payload_and_header() {
        let claims = secret().claims(&KeyFacts::default()).unwrap();
        assert_eq!(
            Value::Object(claims.fixed),
            json!({"iss": "DEF123GHIJ", "aud": "https://appleid.apple.com", "sub": "com.Example.web"})
        );
        assert_eq!(
            Value::Object(secret().header(&KeyFacts::default()).unwrap()),
            json!({"kid": "ABC123DEFG"})
        );
        let no_kid = AppleClientSecret {
            key_id: None,
            ..secret()
        };
        assert!(no_kid.header(&KeyFacts::default()).is_err());
    }

    #[test]
    fn lifetimes() {
        let run = |secs: Option<i64>| {
            let options = crate::time::TimeOptions {
                iat: Some(crate::time::TimeSpec::At(1000)),
                expiry: secs.map_or(crate::time::Expiry::Default, crate::time::Expiry::In),
                ..Default::default()
            };
            let mut claims = Map::new();
            crate::time::apply(
                &mut claims,
                &options,
                SERVICE.expiry,
                "apple-client-secret",
                1000,
            )
            .map(|_| claims)
        };
        assert_eq!(run(None).unwrap()["exp"], 1000 + 15_552_000);
        assert_eq!(run(Some(15_777_000)).unwrap()["exp"], 1000 + 15_777_000);
        assert!(run(Some(15_777_001)).is_err());
    }

    #[test]
    fn refusals_and_warnings() {
        for bad in ["", " com.example", "com.example "] {
            let s = AppleClientSecret {
                client_id: bad.into(),
                ..secret()
            };
            assert!(s.claims(&KeyFacts::default()).is_err(), "{bad:?}");
        }
        assert!(secret().check(&Map::new()).unwrap().is_empty());
        let odd = AppleClientSecret {
            team_id: "team123".into(),
            key_id: Some("k1".into()),
            ..secret()
        };
        assert_eq!(odd.check(&Map::new()).unwrap().len(), 2);
    }

    #[test]
    fn lint() {
        let header = obj(json!({"alg": "ES256", "kid": "ABC123DEFG", "typ": "JWT"}));
        let good = obj(
            json!({"iss": "DEF123GHIJ", "iat": 1000, "exp": 1000 + 15_552_000,
            "aud": AUDIENCE, "sub": "com.example.web"}),
        );
        assert!(SERVICE.problems(&header, &good).is_empty());
        assert!((SERVICE.recognise)(&header, &good));
        let bad = obj(json!({"iss": 7, "iat": 1000, "exp": 1000 + 15_777_001,
            "aud": "https://appleid.apple.com/"}));
        let found = SERVICE.problems(&header, &bad);
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(found[0].starts_with("`iss` must be the Team ID"));
        assert!(found[1].starts_with("`aud` must be exactly"));
        assert!(found[2].starts_with("`sub` missing"));
        assert!(found[3].contains("longer than"));
    }
}
