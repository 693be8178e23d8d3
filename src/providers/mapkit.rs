//! Apple MapKit JS and Maps Server API tokens.
//!
//! What Apple documents ("Creating and using tokens with Maps Server API", "Debugging an invalid
//! token"; developer forum thread 766701): ES256; header `alg`, `kid` (the id of a key with a
//! Maps ID, the unencrypted PKCS#8 `AuthKey_KEYID.p8`) and `typ: JWT`, with no key twice; claims
//! `iss` (the Team ID), `iat`, `exp`, and in Apple's current documentation `scope`, a
//! space-separated list of `server_api`, `mapkit_js`, `web_snapshots` and `embed_api`: what the
//! token may do. `origin` is **one string** (not MusicKit's array): a domain, `*.example.com`,
//! or a comma-separated list; it is required when `scope` has `mapkit_js`, `web_snapshots` or
//! `embed_api`. Apple's pages disagree on whether the scheme belongs in it, so jwtmint passes the
//! value through as given. No longest lifetime is documented (a sample uses 7 days); jwtmint
//! mints one hour by default. That a token without `scope` is still accepted (a 2024 sample
//! worked) is unconfirmed: jwtmint always writes one.
//!
//! Apple publishes no code that checks these tokens: the unit tests below check each rule above,
//! claim by claim. Use: the Maps Server API trades it at `GET https://maps-api.apple.com/v1/token`
//! (`Authorization: Bearer TOKEN`) for `{accessToken, expiresInSeconds}` (about 30 minutes),
//! which the other endpoints take; MapKit JS takes it in
//! `mapkit.init({authorizationCallback: done => done(TOKEN)})`.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::apple::{self, KEY_ID, TEAM_ID};
use super::{
    GuardedClaim, KeyFacts, Opt, Provider, Service, ServiceClaims, Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::output::Format;
use crate::time::ExpiryRules;

/// One hour: Apple documents no longest lifetime.
pub const DEFAULT_LIFETIME: i64 = 3600;

/// The scopes Apple documents, and whether each is used from a browser (and so needs `origin`).
pub const SCOPES: &[(&str, bool)] = &[
    ("server_api", false),
    ("mapkit_js", true),
    ("web_snapshots", true),
    ("embed_api", true),
];

const SCOPE: Opt = Opt::text(
    "scope",
    "SCOPES",
    "What the token may do: server_api, mapkit_js, web_snapshots, embed_api, several separated \
     by spaces or commas.\n\n\
     mapkit_js, web_snapshots and embed_api are used from a browser and need --origin.",
)
.default("server_api")
.grants_rights();

const ORIGIN: Opt = Opt::text(
    "origin",
    "ORIGIN",
    "Where a browser may use the token (origin): a domain, *.example.com, or several separated \
     by commas; written into the token as given. Required for mapkit_js, web_snapshots and \
     embed_api.",
);

/// The rules the Apple media services share, and the claims MapKit reads.
const MEDIA: apple::Media = apple::Media {
    title: "MapKit",
    known: &["iss", "iat", "exp", "scope", "origin"],
};

pub static SERVICE: Service = Service {
    name: "mapkit",
    family: super::Family::Media,
    title: MEDIA.title,
    about: "Apple MapKit JS and Maps Server API token.\n\n\
            ES256 only, with a .p8 key from Apple that has a Maps ID (AuthKey_KEYID.p8); header \
            kid = --key-id or the KEYID in the file name (an error if neither gives one), typ \
            JWT. Claims: iss (--team-id), iat, exp, scope (--scope, default server_api; only \
            from --scope) and origin (--origin, one string, as given). --origin is required for \
            the browser scopes mapkit_js, web_snapshots and embed_api. Default expiry 1h; Apple \
            documents no longest lifetime. Apple publishes no code that checks these tokens: \
            jwtmint follows Apple's documentation. A key id or team id that is not 10 \
            characters of A-Z and 0-9 gets a warning.",
    example: "\
Example (Maps Server API):
  jwtmint mapkit --key AuthKey_ABC123DEFG.p8 --team-id DEF123GHIJ --format header
Trade it for a 30-minute access token:
  curl -H \"$(jwtmint mapkit --key AuthKey_ABC123DEFG.p8 --team-id DEF123GHIJ --format header)\" \\
    https://maps-api.apple.com/v1/token
MapKit JS in a page served from https://maps.example.com:
  jwtmint mapkit --key AuthKey_ABC123DEFG.p8 --team-id DEF123GHIJ --scope mapkit_js \\
    --origin https://maps.example.com --expires-in 1d",
    options: &[KEY_ID, TEAM_ID, SCOPE, ORIGIN],
    algs: apple::ES256_ONLY,
    expiry: ExpiryRules {
        default: Some(DEFAULT_LIFETIME),
        may_omit: false,
        requires_iat: true,
        ..ExpiryRules::NONE
    },
    guarded: &[
        GuardedClaim {
            name: "scope",
            reason: "it says what the token may do: set it with --scope",
        },
        GuardedClaim {
            name: "origin",
            reason: "set it with --origin",
        },
    ],
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport::BEARER,
    // The key id (from the file name) and the key's curve are checked before the claims.
    claims_need_key: true,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(MapKit::from_values(values)?)),
    recognise,
    lint: problems,
};

#[derive(Debug, Clone, Default)]
pub struct MapKit {
    pub key_id: Option<String>,
    pub team_id: String,
    /// As typed: scopes separated by spaces or commas.
    pub scope: String,
    pub origin: Option<String>,
}

impl MapKit {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(MapKit {
            key_id: values.text(&KEY_ID),
            team_id: values.require(&TEAM_ID)?,
            scope: values.text(&SCOPE).unwrap_or_else(|| "server_api".into()),
            origin: values.text(&ORIGIN),
        })
    }

    /// The scopes, each once, in the order given.
    fn scopes(&self) -> Result<Vec<&'static str>> {
        let mut out = Vec::new();
        for word in self.scope.split([' ', ',']).filter(|w| !w.is_empty()) {
            let Some((known, _)) = SCOPES.iter().find(|(name, _)| *name == word) else {
                bail!(UsageError::new(format!(
                    "--scope: unknown scope `{}`; Apple's are {}",
                    word.escape_debug(),
                    scope_names()
                )));
            };
            if !out.contains(known) {
                out.push(*known);
            }
        }
        if out.is_empty() {
            bail!(UsageError::new(format!(
                "--scope needs at least one of {}",
                scope_names()
            )));
        }
        Ok(out)
    }
}

fn scope_names() -> String {
    SCOPES
        .iter()
        .map(|(name, _)| *name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The browser scopes among `scopes`.
fn browser_scopes<'a>(scopes: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    scopes
        .into_iter()
        .filter(|scope| {
            SCOPES
                .iter()
                .any(|(name, browser)| name == scope && *browser)
        })
        .collect()
}

impl Provider for MapKit {
    fn claims(&self, key: &KeyFacts) -> Result<ServiceClaims> {
        apple::check_key(self.key_id.as_deref(), key, SERVICE.title)?;
        let mut fixed = apple::team_issuer(&self.team_id)?;
        let scopes = self.scopes()?;
        let browser = browser_scopes(scopes.iter().copied());
        match &self.origin {
            None if !browser.is_empty() => bail!(UsageError::new(format!(
                "--scope {} is used from a browser: pass --origin (the site's origin, e.g. \
                 https://maps.example.com)",
                browser.join(" ")
            ))),
            Some(origin) if origin.trim().is_empty() || origin.chars().any(char::is_control) => {
                bail!(UsageError::new(
                    "--origin must name a domain or origin, without control characters"
                ))
            }
            _ => {}
        }
        fixed.insert("scope".into(), Value::String(scopes.join(" ")));
        if let Some(origin) = &self.origin {
            fixed.insert("origin".into(), Value::String(origin.clone()));
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, claims: &Map<String, Value>) -> Result<Vec<String>> {
        let mut own = Vec::new();
        if self.origin.is_some() && browser_scopes(self.scopes()?).is_empty() {
            own.push(
                "--origin binds browser use; --scope server_api alone is used from a server, \
                 which sends no Origin"
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

/// An ES256 token with a `kid`, nothing but MapKit's claims, and a string `scope` or `origin`
/// (MusicKit's `origin` is an array, and it has no `scope`).
fn recognise(header: &Map<String, Value>, payload: &Map<String, Value>) -> bool {
    apple::es256_with_kid(header)
        && payload.keys().all(|k| MEDIA.known.contains(&k.as_str()))
        && (payload.get("scope").is_some_and(Value::is_string)
            || payload.get("origin").is_some_and(Value::is_string))
}

/// What Apple would refuse in a MapKit token, for `jwtmint inspect`. Entries starting with
/// [`WARNING`] are advisory.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    let mut browser = Vec::new();
    match payload.get("scope") {
        None => out.push(format!(
            "{WARNING}no `scope`: Apple's current documentation requires it (server_api, \
             mapkit_js, web_snapshots, embed_api)"
        )),
        Some(Value::String(scope)) => {
            let words: Vec<&str> = scope.split(' ').filter(|w| !w.is_empty()).collect();
            for word in &words {
                if !SCOPES.iter().any(|(name, _)| name == word) {
                    out.push(format!(
                        "`scope` has `{word}`, which is not one of {}",
                        scope_names()
                    ));
                }
            }
            browser = browser_scopes(words);
        }
        Some(other) => out.push(format!(
            "`scope` must be one string of scopes separated by spaces, found {}",
            super::json_kind(other)
        )),
    }
    match payload.get("origin") {
        None if !browser.is_empty() => out.push(format!(
            "`origin` missing: Apple requires it with scope {}",
            browser.join(" ")
        )),
        Some(Value::Array(_)) => out.push(
            "`origin` must be one string (a domain or a comma-separated list), not an array \
             (that is MusicKit's form)"
                .into(),
        ),
        Some(Value::String(_)) | None => {}
        Some(other) => out.push(format!(
            "`origin` must be a string, found {}",
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

    fn mapkit() -> MapKit {
        MapKit {
            key_id: Some("ABC123DEFG".into()),
            team_id: "DEF123GHIJ".into(),
            scope: "server_api".into(),
            origin: None,
        }
    }

    /// Apple: header `kid` (`typ: JWT` comes from the shared pipeline); claims `iss` = Team
    /// ID, `scope` space-separated, `origin` one string as given.
    #[test]
    fn exact_header_and_payloads() {
        assert_eq!(
            Value::Object(mapkit().header(&p256_facts()).unwrap()),
            json!({"kid": "ABC123DEFG"})
        );
        assert_eq!(
            Value::Object(payload_with(&mapkit(), &p256_facts())),
            json!({"iss": "DEF123GHIJ", "scope": "server_api"})
        );
        let web = MapKit {
            scope: "mapkit_js,web_snapshots mapkit_js".into(),
            origin: Some("*.example.com, https://maps.example.org".into()),
            ..mapkit()
        };
        assert_eq!(
            Value::Object(payload_with(&web, &p256_facts())),
            json!({"iss": "DEF123GHIJ", "scope": "mapkit_js web_snapshots",
                   "origin": "*.example.com, https://maps.example.org"})
        );
    }

    /// Apple: ES256; `iat` and `exp` required; no documented maximum.
    #[test]
    fn algorithms_and_lifetime() {
        assert_eq!(SERVICE.algs.allowed, [Alg::ES256]);
        assert_eq!(SERVICE.expiry.default, Some(3600));
        assert!(!SERVICE.expiry.may_omit && SERVICE.expiry.requires_iat);
        assert_eq!(SERVICE.expiry.max_lifetime, None);
        assert!(SCOPE.grants_rights && SCOPE.default == Some("server_api"));
        assert!(SERVICE.guarded.iter().any(|g| g.name == "scope"));
    }

    #[test]
    fn refusals_and_warnings() {
        let err = |m: MapKit| m.claims(&p256_facts()).unwrap_err();
        for scope in ["embed_api", "server_api mapkit_js", "web_snapshots"] {
            let e = err(MapKit {
                scope: scope.into(),
                ..mapkit()
            });
            assert!(
                e.is::<UsageError>() && e.to_string().contains("--origin"),
                "{e}"
            );
        }
        let e = err(MapKit {
            scope: "mapkit".into(),
            ..mapkit()
        });
        assert!(e.to_string().contains("unknown scope `mapkit`"), "{e}");
        assert!(err(MapKit {
            scope: " , ".into(),
            ..mapkit()
        })
        .to_string()
        .contains("at least one"));
        assert!(err(MapKit {
            scope: "mapkit_js".into(),
            origin: Some(" ".into()),
            ..mapkit()
        })
        .is::<UsageError>());
        let server_origin = MapKit {
            origin: Some("example.com".into()),
            ..mapkit()
        };
        assert_eq!(server_origin.check(&Map::new()).unwrap().len(), 1);
        assert!(mapkit().check(&Map::new()).unwrap().is_empty());
        let m = MapKit::from_values(&values(&[(&TEAM_ID, "DEF123GHIJ")])).unwrap();
        assert_eq!(m.scope, "server_api");
    }

    #[test]
    fn inspect_minted_and_broken() {
        let header = object(json!({"alg": "ES256", "kid": "ABC123DEFG", "typ": "JWT"}));
        let minted = object(json!({"iss": "DEF123GHIJ", "iat": 1, "exp": 3601,
                                   "scope": "mapkit_js", "origin": "example.com"}));
        assert!(SERVICE.problems(&header, &minted).is_empty());
        assert!(recognise(&header, &minted));
        let server = object(json!({"iss": "DEF123GHIJ", "iat": 1, "exp": 3601,
                                   "scope": "server_api"}));
        assert!(SERVICE.problems(&header, &server).is_empty());
        assert!(recognise(&header, &server));
        // MusicKit's tokens: no scope, origin an array or none.
        for other in [
            json!({"iss": "T", "iat": 1, "exp": 2}),
            json!({"iss": "T", "iat": 1, "exp": 2, "origin": ["https://a.example"]}),
            json!({"iss": "T", "sub": "x", "iat": 1, "exp": 2, "scope": "server_api"}),
        ] {
            assert!(!recognise(&header, &object(other.clone())), "{other}");
        }
        let text = SERVICE
            .problems(
                &header,
                &object(json!({"iss": "DEF123GHIJ", "iat": 1, "exp": 2,
                               "scope": "embed_api maps"})),
            )
            .join("\n");
        assert!(text.contains("`maps`"), "{text}");
        assert!(text.contains("`origin` missing"), "{text}");
        let text = SERVICE
            .problems(
                &header,
                &object(json!({"iss": "DEF123GHIJ", "iat": 1, "exp": 2,
                               "origin": ["a.example"]})),
            )
            .join("\n");
        assert!(
            text.contains("no `scope`") && text.contains("MusicKit's form"),
            "{text}"
        );
        let text = SERVICE
            .problems(
                &header,
                &object(json!({"iss": "DEF123GHIJ", "scope": ["server_api"]})),
            )
            .join("\n");
        assert!(text.contains("one string of scopes"), "{text}");
    }
}
