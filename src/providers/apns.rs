//! Apple Push Notification service provider tokens: ES256, header `kid`, claims `iss` (the Team
//! ID) and `iat` and nothing else. APNs refuses a token whose `iat` is more than an hour old, so
//! there is no `exp`. Checked against npm `@parse/node-apn` (tests/services/apns).

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::apple::{self, KEY_ID};
use super::{KeyFacts, Opt, Provider, Service, ServiceClaims, Transport, Values, WARNING};
use crate::output::Format;
use crate::time::ExpiryRules;

/// APNs refuses a token whose `iat` is older than this (`ExpiredProviderToken`).
pub const ACCEPTED_FOR: i64 = 3600;

const TEAM_ID: Opt = Opt::text(
    "team-id",
    "TEAMID",
    "Your 10-character Apple Developer Team ID (iss).",
)
.required();

pub static SERVICE: Service = Service {
    name: "apns",
    family: super::Family::CiRelease,
    title: "APNs",
    about: "Apple Push Notification service provider token (token-based APNs authentication).\n\n\
            ES256 only, with the .p8 key from Apple (AuthKey_KEYID.p8); header kid = --key-id or \
            the KEYID in the file name (an error if neither gives one). Claims: iss (--team-id) \
            and iat, nothing else: APNs takes no exp, so --expires-in, --exp and --no-exp are \
            refused; it refuses a token whose iat is more than an hour old \
            (ExpiredProviderToken): a token that old (--iat) gets a warning. Reuse a token for \
            the hour and refresh it no more often than every 20 minutes (TooManyProviderTokenUpdates). A key id or team \
            id that is not 10 characters of A-Z and 0-9 gets a warning. Header form (--format \
            header): `authorization: bearer TOKEN`.",
    example: "\
Example (the key as Apple downloads it):
  jwtmint apns --key AuthKey_ABC123DEFG.p8 --team-id DEF123GHIJ --format header
Use it (HTTP/2; the sandbox host for development builds):
  curl --http2 \\
    -H \"$(jwtmint apns --key AuthKey_ABC123DEFG.p8 --team-id DEF123GHIJ --format header)\" \\
    -H 'apns-topic: com.example.app' -H 'apns-push-type: alert' \\
    -d '{\"aps\":{\"alert\":\"hi\"}}' https://api.sandbox.push.apple.com/3/device/DEVICE_TOKEN",
    options: &[KEY_ID, TEAM_ID],
    algs: apple::ES256_ONLY,
    expiry: ExpiryRules {
        default: None,
        may_omit: true,
        max_lifetime: None,
        requires_iat: true,
        backdate: 0,
        default_nbf: None,
        no_exp: Some(
            "APNs reads only iss and iat, and refuses a token whose iat is more than an hour \
             old; mint a new token instead of a longer one",
        ),
    },
    guarded: &[],
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport {
        header_name: "authorization",
        header_scheme: "bearer ",
        url_param: None,
    },
    // The key id (from the file name) and the key's curve are checked before the claims.
    claims_need_key: true,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Apns::from_values(values)?)),
    recognise: |header, payload| {
        apple::es256_with_kid(header)
            && payload.len() == 2
            && payload.get("iss").is_some_and(Value::is_string)
            && payload.get("iat").is_some_and(Value::is_number)
    },
    lint: problems,
};

#[derive(Debug, Clone, Default)]
pub struct Apns {
    pub key_id: Option<String>,
    pub team_id: String,
}

impl Apns {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(Apns {
            key_id: values.text(&KEY_ID),
            team_id: values.require(&TEAM_ID)?,
        })
    }
}

impl Provider for Apns {
    fn claims(&self, key: &KeyFacts) -> Result<ServiceClaims> {
        apple::check_key(self.key_id.as_deref(), key, SERVICE.title)?;
        if self.team_id.is_empty() {
            bail!(crate::exit::UsageError::new("--team-id must not be empty"));
        }
        let mut fixed = Map::new();
        fixed.insert("iss".into(), Value::String(self.team_id.clone()));
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, claims: &Map<String, Value>) -> Result<Vec<String>> {
        if let Some(extra) = claims.keys().find(|k| !matches!(k.as_str(), "iss" | "iat")) {
            bail!(
                "APNs provider tokens carry only iss and iat; remove `{extra}` (from --claim, \
                 --claims-file or --nbf)"
            );
        }
        let mut warnings: Vec<String> = apple::shape_warning("--team-id", &self.team_id)
            .into_iter()
            .collect();
        warnings.extend(apple::key_id_warnings(self.key_id.as_deref()));
        // Only a token APNs already refuses is worth a line: a fresh one is fine for an hour,
        // which the help and README say once (a warning on every mint would be noise).
        if let Some(iat) = claims.get("iat").and_then(Value::as_i64) {
            if crate::time::now() - iat > ACCEPTED_FOR {
                warnings.push(format!(
                    "APNs stopped accepting this token at {} (iat + 1h): ExpiredProviderToken",
                    crate::time::rfc3339(iat + ACCEPTED_FOR)
                ));
            }
        }
        Ok(warnings)
    }

    fn header(&self, key: &KeyFacts) -> Result<Map<String, Value>> {
        apple::kid_header(self.key_id.as_deref(), key, SERVICE.title)
    }
}

/// What APNs would reject in a token, for `jwtmint inspect`. Entries starting with [`WARNING`]
/// are advisory.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = apple::lint_kid(header, SERVICE.title);
    out.extend(apple::lint_team(payload, "iss", SERVICE.title));
    match payload.get("iat") {
        Some(Value::Number(n)) => match n.as_i64() {
            Some(iat) if crate::time::now() - iat > ACCEPTED_FOR => out.push(format!(
                "`iat` is more than an hour old ({}): APNs refuses it (ExpiredProviderToken)",
                crate::time::rfc3339(iat)
            )),
            Some(_) => {}
            None => out.push("`iat` must be a whole number of seconds".into()),
        },
        Some(other) => out.push(format!(
            "`iat` must be a number, found {}",
            super::json_kind(other)
        )),
        None => {}
    }
    let extra: Vec<&str> = payload
        .keys()
        .map(String::as_str)
        .filter(|k| !matches!(*k, "iss" | "iat"))
        .collect();
    if !extra.is_empty() {
        out.push(format!(
            "{WARNING}APNs reads only iss and iat; it ignores {}",
            extra.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::path::PathBuf;

    fn apns() -> Apns {
        Apns {
            key_id: Some("ABC123DEFG".into()),
            team_id: "DEF123GHIJ".into(),
        }
    }

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn exact_payload_and_header() {
        let claims = apns().claims(&KeyFacts::default()).unwrap();
        assert_eq!(Value::Object(claims.fixed), json!({"iss": "DEF123GHIJ"}));
        assert!(claims.flags.is_empty());
        let from_file = Apns {
            key_id: None,
            ..apns()
        };
        let facts = KeyFacts {
            path: Some(PathBuf::from("/k/AuthKey_ZYX987WVUT.p8")),
            ..KeyFacts::default()
        };
        assert_eq!(
            Value::Object(from_file.header(&facts).unwrap()),
            json!({"kid": "ZYX987WVUT"})
        );
        assert_eq!(
            Value::Object(apns().header(&facts).unwrap()),
            json!({"kid": "ABC123DEFG"})
        );
        // Neither --key-id nor a key file named AuthKey_KEYID.p8: refused with the claims.
        let err = from_file.claims(&KeyFacts::default()).unwrap_err();
        assert!(err.to_string().contains("--key-id KEYID"));
        assert!(from_file.header(&KeyFacts::default()).is_err());
        assert_eq!(SERVICE.transport.header("T"), "authorization: bearer T");
    }

    /// A fresh token mints quietly; one whose iat is over an hour old gets a warning.
    #[test]
    fn only_a_token_past_its_hour_is_warned_about() {
        let now = crate::time::now();
        let fresh = apns()
            .check(&obj(json!({"iss": "DEF123GHIJ", "iat": now})))
            .unwrap();
        assert!(fresh.is_empty(), "{fresh:?}");
        let warnings = apns()
            .check(&obj(json!({"iss": "DEF123GHIJ", "iat": 1767225600})))
            .unwrap();
        assert_eq!(
            warnings,
            [
                "APNs stopped accepting this token at 2026-01-01T01:00:00Z (iat + 1h): \
              ExpiredProviderToken"
            ]
        );
        let team = Apns {
            team_id: "team123".into(),
            ..apns()
        };
        let warnings = team
            .check(&obj(json!({"iss": "team123", "iat": now})))
            .unwrap();
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("`team123`"));
    }

    #[test]
    fn no_other_claims() {
        let err = apns()
            .check(&obj(json!({"iss": "DEF123GHIJ", "iat": 1, "aud": "x"})))
            .unwrap_err();
        assert!(err.to_string().contains("remove `aud`"));
        let mut claims = Map::new();
        let options = crate::time::TimeOptions {
            expiry: crate::time::Expiry::In(1200),
            ..Default::default()
        };
        let err =
            crate::time::apply(&mut claims, &options, SERVICE.expiry, "apns", 1000).unwrap_err();
        assert!(err.is::<crate::exit::UsageError>());
        assert!(err.to_string().contains("more than an hour old"));
    }

    #[test]
    fn lint() {
        let header = obj(json!({"alg": "ES256", "kid": "ABC123DEFG", "typ": "JWT"}));
        let now = crate::time::now();
        let good = obj(json!({"iss": "DEF123GHIJ", "iat": now}));
        assert!(SERVICE.problems(&header, &good).is_empty());
        assert!((SERVICE.recognise)(&header, &good));
        let old = obj(json!({"iss": "DEF123GHIJ", "iat": now - 3700, "exp": now}));
        let found = SERVICE.problems(&obj(json!({"alg": "ES384"})), &old);
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(found[0].contains("accepts only ES256"));
        assert!(found[1].starts_with("header `kid` missing"));
        assert!(found[2].contains("ExpiredProviderToken"));
        assert!(found[3].starts_with(WARNING) && found[3].contains("ignores exp"));
        assert!(!(SERVICE.recognise)(&header, &old));
    }
}
