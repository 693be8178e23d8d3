//! Apple WeatherKit REST API tokens.
//!
//! What Apple documents ("Request authentication for WeatherKit REST API"; developer forum
//! threads 707418 and 836726): ES256; header `alg`, `kid` (the id of a key with WeatherKit
//! enabled, the unencrypted PKCS#8 `AuthKey_KEYID.p8`) and `id` = `TEAMID.SERVICEID`
//! (`ABCDE12345.com.example.weather`); `typ: JWT` optional. Claims `iss` (the Team ID), `sub`
//! (the Services ID, the same string as in `id`), `iat`, `exp`. Apple documents no longest
//! lifetime (unconfirmed); its samples mint one hour, and so does jwtmint by default. A
//! well-signed token for an identifier without WeatherKit gets 401 `{"reason":"NOT_ENABLED"}`,
//! not a signature error. No claim grants rights.
//!
//! Apple publishes no code that checks these tokens: the unit tests below check each rule above,
//! claim by claim. Use: `Authorization: Bearer TOKEN` on
//! `https://weatherkit.apple.com/api/v1/weather/LANG/LAT/LON?dataSets=…` and
//! `/api/v1/availability/LAT/LON`.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::apple::{self, KEY_ID, TEAM_ID};
use super::{KeyFacts, Opt, Provider, Service, ServiceClaims, Transport, Values};
use crate::exit::UsageError;
use crate::output::Format;
use crate::time::ExpiryRules;

/// One hour, as Apple's samples mint.
pub const DEFAULT_LIFETIME: i64 = 3600;

const SERVICE_ID: Opt = Opt::text(
    "service-id",
    "SERVICEID",
    "The Services ID registered for WeatherKit (sub, and the header id TEAMID.SERVICEID), e.g. \
     com.example.weather.",
)
.required();

/// The rules the Apple media services share, and the claims WeatherKit reads.
const MEDIA: apple::Media = apple::Media {
    title: "WeatherKit",
    known: &["iss", "sub", "iat", "exp"],
};

pub static SERVICE: Service = Service {
    name: "weatherkit",
    family: super::Family::Media,
    title: MEDIA.title,
    about: "Apple WeatherKit REST API token.\n\n\
            ES256 only, with a .p8 key from Apple that has WeatherKit enabled \
            (AuthKey_KEYID.p8); header kid = --key-id or the KEYID in the file name (an error if \
            neither gives one), and id = TEAMID.SERVICEID. Claims: iss (--team-id), sub \
            (--service-id), iat, exp. Default expiry 1h, as Apple's samples; Apple documents no \
            longest lifetime. A Services ID without WeatherKit gets 401 NOT_ENABLED from Apple, \
            not a signature error. Apple publishes no code that checks these tokens: jwtmint \
            follows Apple's documentation. A key id or team id that is not 10 characters of A-Z \
            and 0-9 gets a warning.",
    example: "\
Example (a key with WeatherKit enabled, as Apple downloads it):
  jwtmint weatherkit --key AuthKey_ABC123DEFG.p8 --team-id DEF123GHIJ \\
    --service-id com.example.weather
Use it:
  curl -H \"$(jwtmint weatherkit --key AuthKey_ABC123DEFG.p8 --team-id DEF123GHIJ \\
      --service-id com.example.weather --format header)\" \\
    'https://weatherkit.apple.com/api/v1/weather/en/51.5/-0.12?dataSets=currentWeather'",
    options: &[KEY_ID, TEAM_ID, SERVICE_ID],
    algs: apple::ES256_ONLY,
    expiry: ExpiryRules {
        default: Some(DEFAULT_LIFETIME),
        may_omit: false,
        requires_iat: true,
        ..ExpiryRules::NONE
    },
    guarded: &[],
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport::BEARER,
    // The key id (from the file name) and the key's curve are checked before the claims.
    claims_need_key: true,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(WeatherKit::from_values(values)?)),
    recognise: |header, payload| {
        apple::es256_with_kid(header)
            && header.get("id").is_some_and(Value::is_string)
            && payload.get("sub").is_some_and(Value::is_string)
    },
    lint: problems,
};

#[derive(Debug, Clone, Default)]
pub struct WeatherKit {
    pub key_id: Option<String>,
    pub team_id: String,
    pub service_id: String,
}

impl WeatherKit {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(WeatherKit {
            key_id: values.text(&KEY_ID),
            team_id: values.require(&TEAM_ID)?,
            service_id: values.require(&SERVICE_ID)?,
        })
    }
}

/// Whether `id` has the characters Apple allows in an identifier: letters, digits, `.`, `-`.
fn is_identifier(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
}

impl Provider for WeatherKit {
    fn claims(&self, key: &KeyFacts) -> Result<ServiceClaims> {
        apple::check_key(self.key_id.as_deref(), key, SERVICE.title)?;
        let mut fixed = apple::team_issuer(&self.team_id)?;
        if !is_identifier(&self.service_id) {
            bail!(UsageError::new(format!(
                "--service-id `{}` is not a Services ID: letters, digits, `.` and `-`, like \
                 com.example.weather",
                self.service_id.escape_debug()
            )));
        }
        fixed.insert("sub".into(), Value::String(self.service_id.clone()));
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, claims: &Map<String, Value>) -> Result<Vec<String>> {
        let key_id = self.key_id.as_deref();
        Ok(MEDIA.warnings(&self.team_id, key_id, Vec::new(), claims))
    }

    fn header(&self, key: &KeyFacts) -> Result<Map<String, Value>> {
        let mut header = apple::kid_header(self.key_id.as_deref(), key, SERVICE.title)?;
        header.insert(
            "id".into(),
            Value::String(format!("{}.{}", self.team_id, self.service_id)),
        );
        Ok(header)
    }
}

/// What WeatherKit would refuse (401) in a token, for `jwtmint inspect`. Entries starting with
/// [`WARNING`](super::WARNING) are advisory.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    let sub = match payload.get("sub") {
        Some(Value::String(sub)) => Some(sub.as_str()),
        Some(other) => {
            out.push(format!(
                "`sub` must be the Services ID as a string, found {}",
                super::json_kind(other)
            ));
            None
        }
        None => {
            out.push("`sub` missing: WeatherKit needs the Services ID there".into());
            None
        }
    };
    match header.get("id") {
        None => out.push(
            "header `id` missing: WeatherKit needs TEAMID.SERVICEID there (401 without it)".into(),
        ),
        Some(Value::String(id)) => {
            if let (Some(Value::String(iss)), Some(sub)) = (payload.get("iss"), sub) {
                let expected = format!("{iss}.{sub}");
                if *id != expected {
                    out.push(format!(
                        "header `id` is \"{id}\", but iss and sub make \"{expected}\": they must \
                         agree"
                    ));
                }
            }
        }
        Some(other) => out.push(format!(
            "header `id` must be the string TEAMID.SERVICEID, found {other}"
        )),
    }
    MEDIA.problems(header, payload, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jws::Alg;
    use crate::providers::test_support::{object, p256_facts, payload_with, values};
    use serde_json::json;

    fn weatherkit() -> WeatherKit {
        WeatherKit {
            key_id: Some("ABC123DEFG".into()),
            team_id: "DEF123GHIJ".into(),
            service_id: "com.example.weather".into(),
        }
    }

    /// Apple: header `kid` and `id` = TEAMID.SERVICEID; claims `iss` = Team ID and `sub` = the
    /// Services ID (`iat` and `exp` come from the shared pipeline, checked below).
    #[test]
    fn exact_header_and_payload() {
        let wk = weatherkit();
        assert_eq!(
            Value::Object(wk.header(&p256_facts()).unwrap()),
            json!({"kid": "ABC123DEFG", "id": "DEF123GHIJ.com.example.weather"})
        );
        assert_eq!(
            Value::Object(payload_with(&wk, &p256_facts())),
            json!({"iss": "DEF123GHIJ", "sub": "com.example.weather"})
        );
    }

    /// Apple: ES256; `iat` and `exp` both required; 1 hour as in Apple's samples.
    #[test]
    fn algorithms_and_lifetime() {
        assert_eq!(SERVICE.algs.allowed, [Alg::ES256]);
        assert_eq!(SERVICE.expiry.default, Some(3600));
        assert!(!SERVICE.expiry.may_omit && SERVICE.expiry.requires_iat);
        assert_eq!(SERVICE.expiry.max_lifetime, None);
    }

    #[test]
    fn refusals() {
        for bad in ["", "com example", "com/example", "com.example\n"] {
            let wk = WeatherKit {
                service_id: bad.into(),
                ..weatherkit()
            };
            assert!(
                wk.claims(&p256_facts()).unwrap_err().is::<UsageError>(),
                "{bad:?}"
            );
        }
        assert!(WeatherKit {
            team_id: " DEF123GHIJ".into(),
            ..weatherkit()
        }
        .claims(&p256_facts())
        .is_err());
        let no_kid = WeatherKit {
            key_id: None,
            ..weatherkit()
        };
        assert!(no_kid.header(&p256_facts()).is_err());
        assert!(WeatherKit::from_values(&values(&[(&TEAM_ID, "DEF123GHIJ")])).is_err());
        let wk = WeatherKit::from_values(&values(&[
            (&TEAM_ID, "DEF123GHIJ"),
            (&SERVICE_ID, "com.example.weather"),
        ]))
        .unwrap();
        assert_eq!(wk.service_id, "com.example.weather");
        assert!(wk.check(&Map::new()).unwrap().is_empty());
        let odd = WeatherKit {
            team_id: "team".into(),
            ..weatherkit()
        };
        assert_eq!(odd.check(&object(json!({"aud": "x"}))).unwrap().len(), 2);
    }

    #[test]
    fn inspect_minted_and_broken() {
        let header = object(json!({"alg": "ES256", "kid": "ABC123DEFG", "typ": "JWT",
                                   "id": "DEF123GHIJ.com.example.weather"}));
        let minted = object(json!({"iss": "DEF123GHIJ", "sub": "com.example.weather",
                                   "iat": 1_800_000_000, "exp": 1_800_003_600}));
        assert!(SERVICE.problems(&header, &minted).is_empty());
        assert!((SERVICE.recognise)(&header, &minted));
        let no_id = object(json!({"alg": "ES256", "kid": "ABC123DEFG"}));
        assert!(!(SERVICE.recognise)(&no_id, &minted));
        let text = SERVICE.problems(&no_id, &minted).join("\n");
        assert!(text.contains("header `id` missing"), "{text}");
        let other = object(json!({"alg": "ES256", "kid": "ABC123DEFG",
                                  "id": "DEF123GHIJ.com.example.other"}));
        let text = SERVICE.problems(&other, &minted).join("\n");
        assert!(text.contains("must agree"), "{text}");
        let text = SERVICE
            .problems(
                &header,
                &object(json!({"iss": "DEF123GHIJ", "iat": 1, "exp": 2})),
            )
            .join("\n");
        assert!(text.contains("`sub` missing"), "{text}");
        let text = SERVICE
            .problems(
                &object(json!({"alg": "HS256", "id": 5})),
                &object(json!({"sub": 1, "iat": "1"})),
            )
            .join("\n");
        for expected in [
            "accepts only ES256",
            "`kid` missing",
            "`iss` missing",
            "`sub` must be the Services ID",
            "header `id` must be the string",
            "`iat` must be a whole number",
            "`exp` missing",
        ] {
            assert!(text.contains(expected), "{expected}: {text}");
        }
    }
}
