//! Apple MusicKit developer tokens, for the Apple Music API and MusicKit on the web.
//!
//! What Apple documents ("Generating Developer Tokens", "Getting Keys and Creating Tokens" in
//! the Apple Music API reference): ES256 only (an unsigned token or another algorithm gets 401);
//! header `alg` and `kid`, the 10-character id of a Media Services key, downloaded once as the
//! unencrypted PKCS#8 file `AuthKey_KEYID.p8`; claims `iss` (the Team ID), `iat` and `exp` as
//! whole seconds, `exp` at most 15 777 000 s (about six months) after Apple's clock. `origin`, a
//! JSON **array** of full origins with their scheme (`["https://example.com"]`), is optional and
//! binds the token to pages whose `Origin` header is one of them. No claim widens rights;
//! personal endpoints also need the listener's `Music-User-Token`, which is not minted here.
//!
//! Apple publishes no code that checks these tokens: the unit tests below check each rule above,
//! claim by claim. Use: `Authorization: Bearer TOKEN` on `https://api.music.apple.com/v1/…`, or
//! `MusicKit.configure({developerToken: TOKEN})` in a page.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::apple::{self, KEY_ID, TEAM_ID};
use super::{
    GuardedClaim, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims, Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::output::Format;
use crate::time::ExpiryRules;

/// Apple's limit on `exp` (seconds after its clock).
pub const MAX_LIFETIME: i64 = 15_777_000;

/// One day: long enough for a page to keep, short enough that a leaked token soon dies.
pub const DEFAULT_LIFETIME: i64 = 86_400;

const ORIGIN: Opt = Opt::text(
    "origin",
    "ORIGIN",
    "A web origin allowed to use the token, as the browser sends it: scheme and host, and a \
     port if not the default (https://example.com). Repeatable.\n\n\
     The token then works only from pages whose Origin header is one of these. Without \
     --origin it works from anywhere, which is what a server wants and a web page does not.",
)
.with_kind(Kind::List);

/// The rules the Apple media services share, and the claims MusicKit reads.
const MEDIA: apple::Media = apple::Media {
    title: "MusicKit",
    known: &["iss", "iat", "exp", "origin"],
};

pub static SERVICE: Service = Service {
    name: "musickit",
    family: super::Family::Media,
    title: MEDIA.title,
    about: "Apple MusicKit developer token, for the Apple Music API and MusicKit on the web.\n\n\
            ES256 only, with the Media Services .p8 key from Apple (AuthKey_KEYID.p8); header \
            kid = --key-id or the KEYID in the file name (an error if neither gives one). \
            Claims: iss (--team-id), iat, exp and, with --origin, origin: an array of the web \
            origins allowed to use it. Default expiry 1 day; Apple refuses more than 15777000 s \
            (about 6 months), and so does jwtmint. Without --origin stderr warns that any site \
            can use the token. Apple publishes no code that checks these tokens: jwtmint \
            follows Apple's documentation. A key id or team id that is not 10 characters of A-Z \
            and 0-9 gets a warning.",
    example: "\
Example (the Media Services key as Apple downloads it):
  jwtmint musickit --key AuthKey_ABC123DEFG.p8 --team-id DEF123GHIJ \\
    --origin https://music.example.com --expires-in 30d
Use it:
  curl -H \"$(jwtmint musickit --key AuthKey_ABC123DEFG.p8 --team-id DEF123GHIJ --format header)\" \\
    'https://api.music.apple.com/v1/catalog/us/search?types=songs&term=jazz'",
    options: &[KEY_ID, TEAM_ID, ORIGIN],
    algs: apple::ES256_ONLY,
    expiry: ExpiryRules {
        default: Some(DEFAULT_LIFETIME),
        may_omit: false,
        max_lifetime: Some(MAX_LIFETIME),
        requires_iat: true,
        ..ExpiryRules::NONE
    },
    guarded: &[GuardedClaim {
        name: "origin",
        reason: "set it with --origin, which checks each origin's form",
    }],
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport::BEARER,
    // The key id (from the file name) and the key's curve are checked before the claims.
    claims_need_key: true,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(MusicKit::from_values(values)?)),
    recognise,
    lint: problems,
};

#[derive(Debug, Clone, Default)]
pub struct MusicKit {
    pub key_id: Option<String>,
    pub team_id: String,
    pub origins: Vec<String>,
}

impl MusicKit {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(MusicKit {
            key_id: values.text(&KEY_ID),
            team_id: values.require(&TEAM_ID)?,
            origins: values.list(&ORIGIN),
        })
    }
}

/// A web origin as a browser sends it in `Origin`: `http` or `https`, a host, maybe a port,
/// nothing else (not even a final `/`, which would never match).
pub fn check_origin(origin: &str) -> Result<()> {
    let bad = |why: &str| -> Result<()> {
        bail!(UsageError::new(format!(
            "--origin `{origin}` {why}: give it as the browser sends Origin, like \
             https://example.com"
        )))
    };
    let Ok(url) = url::Url::parse(origin) else {
        return bad("is not a URL");
    };
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return bad("must start with https:// (or http://) and name a host");
    }
    if url.origin().ascii_serialization() != origin {
        return bad("is more than scheme, host and port");
    }
    Ok(())
}

impl Provider for MusicKit {
    fn claims(&self, key: &KeyFacts) -> Result<ServiceClaims> {
        apple::check_key(self.key_id.as_deref(), key, SERVICE.title)?;
        let mut fixed = apple::team_issuer(&self.team_id)?;
        for origin in &self.origins {
            check_origin(origin)?;
        }
        if !self.origins.is_empty() {
            let origins = self.origins.iter().cloned().map(Value::String).collect();
            fixed.insert("origin".into(), Value::Array(origins));
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, claims: &Map<String, Value>) -> Result<Vec<String>> {
        let mut own = Vec::new();
        if self.origins.is_empty() {
            own.push(
                "no --origin: any web page that reads this token can use it; for a token in a \
                 page, pass --origin https://your.site"
                    .into(),
            );
        }
        let key_id = self.key_id.as_deref();
        Ok(MEDIA.warnings(&self.team_id, key_id, own, claims))
    }

    fn header(&self, key: &KeyFacts) -> Result<Map<String, Value>> {
        apple::kid_header(self.key_id.as_deref(), key, SERVICE.title)
    }
}

/// An ES256 token with a `kid`, a string `iss`, `iat` and `exp`, nothing but MusicKit's
/// claims, and `origin` (if any) an array: MapKit's `origin` is a string and its tokens carry
/// `scope`; APNs tokens have no `exp`.
fn recognise(header: &Map<String, Value>, payload: &Map<String, Value>) -> bool {
    apple::es256_with_kid(header)
        && payload.get("iss").is_some_and(Value::is_string)
        && payload.contains_key("iat")
        && payload.contains_key("exp")
        && payload.keys().all(|k| MEDIA.known.contains(&k.as_str()))
        && payload.get("origin").is_none_or(Value::is_array)
}

/// What Apple would refuse (401) in a developer token, for `jwtmint inspect`. Entries starting
/// with [`WARNING`] are advisory.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    match payload.get("origin") {
        None => out.push(format!(
            "{WARNING}no `origin`: any web page that reads this token can use it"
        )),
        Some(Value::Array(origins)) => {
            for origin in origins {
                match origin.as_str() {
                    Some(text) if check_origin(text).is_ok() => {}
                    _ => out.push(format!(
                        "`origin` entry {origin} is not a web origin like \"https://example.com\": \
                         no page's Origin header will match it"
                    )),
                }
            }
        }
        Some(other) => out.push(format!(
            "`origin` must be an array of origins ([\"https://example.com\"]), found {}",
            super::json_kind(other)
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

    fn musickit() -> MusicKit {
        MusicKit {
            key_id: Some("ABC123DEFG".into()),
            team_id: "DEF123GHIJ".into(),
            origins: Vec::new(),
        }
    }

    /// Apple: header `alg` ES256 and `kid`; claims `iss` = Team ID, plus `iat`/`exp` (added by
    /// the shared pipeline, checked in `lifetime_is_apples`); `origin` only when asked for.
    #[test]
    fn exact_header_and_payload() {
        let mk = musickit();
        assert_eq!(
            Value::Object(payload_with(&mk, &p256_facts())),
            json!({"iss": "DEF123GHIJ"})
        );
        assert_eq!(
            Value::Object(mk.header(&p256_facts()).unwrap()),
            json!({"kid": "ABC123DEFG"})
        );
        let bound = MusicKit {
            origins: vec![
                "https://music.example.com".into(),
                "http://localhost:8080".into(),
            ],
            ..musickit()
        };
        assert_eq!(
            Value::Object(payload_with(&bound, &p256_facts())),
            json!({"iss": "DEF123GHIJ",
                   "origin": ["https://music.example.com", "http://localhost:8080"]})
        );
    }

    /// Apple: ES256 only; `exp` at most 15 777 000 s; `iat` required.
    #[test]
    fn lifetime_is_apples() {
        assert_eq!(SERVICE.algs.allowed, [Alg::ES256]);
        assert_eq!(SERVICE.expiry.max_lifetime, Some(15_777_000));
        assert!(!SERVICE.expiry.may_omit && SERVICE.expiry.requires_iat);
        let header = object(json!({"alg": "ES256", "kid": "ABC123DEFG"}));
        let long = object(json!({"iss": "DEF123GHIJ", "iat": 0, "exp": 15_777_001,
                                 "origin": ["https://a.example"]}));
        let found = SERVICE.problems(&header, &long);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("longer than"), "{found:?}");
    }

    #[test]
    fn refusals_and_warnings() {
        for origin in [
            "example.com",
            "https://example.com/",
            "https://example.com/app",
            "ftp://example.com",
            "https://example.com?x=1",
        ] {
            let mk = MusicKit {
                origins: vec![origin.into()],
                ..musickit()
            };
            let err = mk.claims(&p256_facts()).unwrap_err();
            assert!(err.is::<UsageError>(), "{origin}");
            assert!(err.to_string().contains(origin), "{err}");
        }
        assert!(MusicKit {
            team_id: "".into(),
            ..musickit()
        }
        .claims(&p256_facts())
        .is_err());
        let rsa = KeyFacts {
            public_spki: Some(
                crate::providers::test_support::rsa_key()
                    .public_key_spki_der()
                    .unwrap(),
            ),
            ..KeyFacts::default()
        };
        assert!(musickit()
            .claims(&rsa)
            .unwrap_err()
            .to_string()
            .contains("P-256"));
        let warnings = musickit()
            .check(&object(json!({"iss": "DEF123GHIJ"})))
            .unwrap();
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("--origin"), "{warnings:?}");
        let bound = MusicKit {
            origins: vec!["https://a.example".into()],
            team_id: "team".into(),
            ..musickit()
        };
        let warnings = bound
            .check(&object(json!({"iss": "team", "foo": 1})))
            .unwrap();
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[1].contains("foo") && !warnings[1].starts_with(WARNING));
    }

    #[test]
    fn options_from_values() {
        let mk = MusicKit::from_values(&values(&[
            (&TEAM_ID, "DEF123GHIJ"),
            (&ORIGIN, "https://a.example"),
            (&ORIGIN, "https://b.example"),
        ]))
        .unwrap();
        assert_eq!(mk.origins, ["https://a.example", "https://b.example"]);
        assert_eq!(mk.key_id, None);
        assert!(MusicKit::from_values(&values(&[])).is_err());
    }

    #[test]
    fn inspect_minted_and_broken() {
        let header = object(json!({"alg": "ES256", "kid": "ABC123DEFG", "typ": "JWT"}));
        let minted = object(json!({"iss": "DEF123GHIJ", "iat": 1_800_000_000,
                                   "exp": 1_800_086_400, "origin": ["https://a.example"]}));
        assert!(SERVICE.problems(&header, &minted).is_empty());
        assert!(recognise(&header, &minted));
        let unbound = object(json!({"iss": "DEF123GHIJ", "iat": 1, "exp": 2}));
        assert!(recognise(&header, &unbound));
        let found = SERVICE.problems(&header, &unbound);
        assert!(
            found.len() == 1 && found[0].starts_with(WARNING),
            "{found:?}"
        );
        // MapKit's string origin and scope, APNs' missing exp, App Store Connect's aud.
        for other in [
            json!({"iss": "T", "iat": 1, "exp": 2, "origin": "https://a.example"}),
            json!({"iss": "T", "iat": 1, "exp": 2, "scope": "server_api"}),
            json!({"iss": "T", "iat": 1}),
            json!({"iss": "T", "iat": 1, "exp": 2, "aud": "appstoreconnect-v1"}),
        ] {
            assert!(!recognise(&header, &object(other.clone())), "{other}");
        }
        assert!(!recognise(&object(json!({"alg": "ES256"})), &unbound));
        let broken = object(json!({"iss": 7, "iat": 1.5, "exp": 2,
                                   "origin": ["example.com", 3]}));
        let text = SERVICE
            .problems(&object(json!({"alg": "RS256"})), &broken)
            .join("\n");
        for expected in [
            "accepts only ES256",
            "header `kid` missing",
            "`iss` must be the Team ID",
            "`iat` must be a whole number",
            "\"example.com\" is not a web origin",
            "entry 3 is not",
        ] {
            assert!(text.contains(expected), "{expected}: {text}");
        }
        let text = SERVICE
            .problems(
                &header,
                &object(json!({"iss": "DEF123GHIJ", "iat": 1, "exp": 2,
                                               "origin": "https://a.example"})),
            )
            .join("\n");
        assert!(text.contains("must be an array"), "{text}");
    }
}
