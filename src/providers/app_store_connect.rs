//! App Store Connect API tokens (and the App Store Server API variant with `--bundle-id`):
//! ES256 with the `.p8` key, header `kid`, `aud: "appstoreconnect-v1"`, `iss` (issuer id) or
//! `sub: "user"` (individual key), `scope` always an array. At most 20 minutes, up to 180 days
//! only when every scope is a GET on a resource Apple allows long-lived tokens for. Checked
//! against PyPI `asconnect` and Apple's `app-store-server-library` (tests/services/app-store-connect).

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::apple::{self, KEY_ID};
use super::{
    json_kind, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims, Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::output::Format;
use crate::time::{human_duration, ExpiryRules};

pub const AUDIENCE: &str = "appstoreconnect-v1";

/// The default and the usual limit of `exp - iat`.
pub const DEFAULT_LIFETIME: i64 = 15 * 60;
pub const MAX_LIFETIME: i64 = 20 * 60;
/// The App Store Server API's limit (with `bid`).
pub const MAX_SERVER_API_LIFETIME: i64 = 60 * 60;
/// Apple's "up to 6 months" for long-lived read-only tokens, taken as 180 days.
pub const MAX_LONG_LIVED: i64 = 180 * 86_400;

/// The resources Apple lets a token live longer than 20 minutes for (GET only), as the path
/// names the API uses. Apple's page lists them by title (Build Actions, Build Runs, Git
/// References, Issues, macOS Versions, Xcode Versions, Products, Providers, Power & Performance
/// Metrics, Pull Requests, Repositories, Test Results, Workflows); no SDK implements the rule,
/// so the mapping to paths is jwtmint's reading.
pub const LONG_LIVED_TYPES: &[&str] = &[
    "ciBuildActions",
    "ciBuildRuns",
    "scmGitReferences",
    "ciIssues",
    "ciMacOsVersions",
    "ciXcodeVersions",
    "ciProducts",
    "scmProviders",
    "scmPullRequests",
    "scmRepositories",
    "ciTestResults",
    "ciWorkflows",
];

/// Relationships of those resources that stay within the list (`/v1/ciProducts/ID/workflows`).
const LONG_LIVED_RELATIONSHIPS: &[&str] = &[
    "actions",
    "buildRuns",
    "workflows",
    "issues",
    "testResults",
    "gitReferences",
    "pullRequests",
    "repositories",
    "primaryRepositories",
    "additionalRepositories",
    "macOsVersions",
    "xcodeVersions",
    "products",
    "perfPowerMetrics",
];

const ISSUER_ID: Opt = Opt::text(
    "issuer-id",
    "UUID",
    "Your issuer id (iss), from the Keys page of App Store Connect, for a team key. Give this or \
     --individual.",
);
const INDIVIDUAL: Opt = Opt::switch(
    "individual",
    "The key is an individual key: sub: \"user\" and no iss. Give this or --issuer-id.",
);
const SCOPE: Opt = Opt::text(
    "scope",
    "'METHOD /PATH'",
    "Limit the token to one request, like 'GET /v1/apps?filter[platform]=IOS' (scope is always \
     an array). Repeatable.\n\n\
     Only when every scope is a GET on a resource Apple allows long-lived tokens for (Xcode Cloud \
     and SCM resources such as /v1/ciProducts, /v1/ciWorkflows, /v1/scmRepositories, and \
     perfPowerMetrics) may --expires-in go past 20m, up to 180d.",
)
.with_kind(Kind::List);
const BUNDLE_ID: Opt = Opt::text(
    "bundle-id",
    "BID",
    "Mint the App Store Server API variant for this app (bid claim; at most 60m; needs \
     --issuer-id).",
);

pub static SERVICE: Service = Service {
    name: "app-store-connect",
    family: super::Family::CiRelease,
    title: "App Store Connect",
    about:
        "App Store Connect API token (and, with --bundle-id, an App Store Server API token).\n\n\
            ES256 only, with the .p8 key from App Store Connect (AuthKey_KEYID.p8); header kid = \
            --key-id or the KEYID in the file name (an error if neither gives one). Claims: iss \
            (--issuer-id) or sub: \"user\" (--individual, exactly one), iat, exp, aud: \
            \"appstoreconnect-v1\", scope (an array) with --scope, bid with --bundle-id. Default \
            expiry: 15m; more than 20m is refused unless every --scope is a GET on a resource \
            Apple allows long-lived tokens for (then up to 180d; that list is from Apple's docs, \
            which no SDK implements); --bundle-id tokens live at most 60m. A key id that is not \
            10 characters of A-Z and 0-9, or an issuer id that is not a UUID, gets a warning. \
            Apple answers every mistake with an opaque 401 NOT_AUTHORIZED. Header form: \
            `Authorization: Bearer TOKEN`.",
    example: "\
Example (a team key as Apple downloads it):
  jwtmint app-store-connect --key AuthKey_ABC123DEFG.p8 \\
    --issuer-id 57246542-96fe-1a63-e053-0824d011072a --format header
Use it:
  curl -H \"$(jwtmint app-store-connect --key AuthKey_ABC123DEFG.p8 \\
    --issuer-id 57246542-96fe-1a63-e053-0824d011072a --format header)\" \\
    'https://api.appstoreconnect.apple.com/v1/apps?limit=5'",
    options: &[KEY_ID, ISSUER_ID, INDIVIDUAL, SCOPE, BUNDLE_ID],
    algs: apple::ES256_ONLY,
    // The longest any variant allows; each token's own limit is checked from its options
    // (minting) or its claims (inspect).
    expiry: ExpiryRules {
        default: Some(DEFAULT_LIFETIME),
        may_omit: false,
        max_lifetime: Some(MAX_LONG_LIVED),
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
    build: |values| Ok(Box::new(AppStoreConnect::from_values(values)?)),
    recognise: |_, payload| payload.get("aud").and_then(Value::as_str) == Some(AUDIENCE),
    lint: problems,
};

/// Who the key belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issuer {
    Team(String),
    Individual,
}

#[derive(Debug, Clone)]
pub struct AppStoreConnect {
    pub key_id: Option<String>,
    pub issuer: Issuer,
    pub scopes: Vec<String>,
    pub bundle_id: Option<String>,
}

impl AppStoreConnect {
    pub fn from_values(values: &Values) -> Result<Self> {
        let issuer = match (values.text(&ISSUER_ID), values.switch(&INDIVIDUAL)) {
            (Some(_), true) => bail!(UsageError::new(
                "give either --issuer-id (a team key) or --individual (an individual key), not both"
            )),
            (None, false) => bail!(UsageError::new(
                "--issuer-id or --individual is required (on the command line, or in each --batch \
                 line)"
            )),
            (Some(id), false) => Issuer::Team(id),
            (None, true) => Issuer::Individual,
        };
        Ok(AppStoreConnect {
            key_id: values.text(&KEY_ID),
            issuer,
            scopes: values.list(&SCOPE),
            bundle_id: values.text(&BUNDLE_ID),
        })
    }

    /// The longest lifetime these options allow, and why.
    fn limit(&self) -> (i64, &'static str) {
        if self.bundle_id.is_some() {
            (
                MAX_SERVER_API_LIFETIME,
                "App Store Server API tokens (--bundle-id)",
            )
        } else if !self.scopes.is_empty() && self.scopes.iter().all(|s| long_lived_scope(s)) {
            (MAX_LONG_LIVED, "long-lived read-only tokens")
        } else {
            (MAX_LIFETIME, "tokens")
        }
    }
}

/// `METHOD /path[?query]`, with a method Apple's API has.
fn check_scope(scope: &str) -> Result<()> {
    let ok = scope.split_once(' ').is_some_and(|(method, path)| {
        matches!(method, "GET" | "POST" | "PATCH" | "DELETE")
            && path.starts_with('/')
            && !path.contains(char::is_whitespace)
    });
    if !ok {
        bail!(UsageError::new(format!(
            "--scope `{scope}` is not METHOD /PATH, like 'GET /v1/apps?filter[platform]=IOS' \
             (method in capitals, one space)"
        )));
    }
    Ok(())
}

/// A GET on a resource Apple allows long-lived tokens for: `/vN/TYPE`, `/vN/TYPE/ID` or
/// `/vN/TYPE/ID/RELATIONSHIP` with TYPE on the list and RELATIONSHIP one of its own, or any
/// resource's `perfPowerMetrics`.
pub fn long_lived_scope(scope: &str) -> bool {
    let Some(path) = scope.strip_prefix("GET ") else {
        return false;
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let [version, rest @ ..] = segments.as_slice() else {
        return false;
    };
    let versioned = version
        .strip_prefix('v')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if !versioned {
        return false;
    }
    match rest {
        [kind] | [kind, _] => LONG_LIVED_TYPES.contains(kind),
        [_, _, "perfPowerMetrics"] => true,
        [kind, _, relationship] => {
            LONG_LIVED_TYPES.contains(kind) && LONG_LIVED_RELATIONSHIPS.contains(relationship)
        }
        _ => false,
    }
}

fn is_uuid(id: &str) -> bool {
    id.len() == 36 && uuid::Uuid::try_parse(id).is_ok()
}

impl Provider for AppStoreConnect {
    fn claims(&self, key: &KeyFacts) -> Result<ServiceClaims> {
        apple::check_key(self.key_id.as_deref(), key, SERVICE.title)?;
        let mut fixed = Map::new();
        fixed.insert("aud".into(), Value::String(AUDIENCE.into()));
        match &self.issuer {
            Issuer::Team(id) => {
                if id.is_empty() {
                    bail!(UsageError::new("--issuer-id must not be empty"));
                }
                fixed.insert("iss".into(), Value::String(id.clone()));
            }
            Issuer::Individual => {
                fixed.insert("sub".into(), Value::String("user".into()));
            }
        }
        for scope in &self.scopes {
            check_scope(scope)?;
        }
        if !self.scopes.is_empty() {
            let scopes = self.scopes.iter().cloned().map(Value::String).collect();
            fixed.insert("scope".into(), Value::Array(scopes));
        }
        if let Some(bid) = &self.bundle_id {
            if self.issuer == Issuer::Individual {
                bail!(UsageError::new(
                    "--bundle-id (the App Store Server API) needs a team key's --issuer-id; \
                     individual keys cannot call it"
                ));
            }
            if !self.scopes.is_empty() {
                bail!(UsageError::new(
                    "--bundle-id (the App Store Server API) takes no --scope"
                ));
            }
            if bid.is_empty() || bid.contains(char::is_whitespace) {
                bail!(UsageError::new(
                    "--bundle-id must be the app's bundle id, like com.example.app"
                ));
            }
            fixed.insert("bid".into(), Value::String(bid.clone()));
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, claims: &Map<String, Value>) -> Result<Vec<String>> {
        let time = |name: &str| claims.get(name).and_then(Value::as_i64);
        if let (Some(iat), Some(exp)) = (time("iat"), time("exp")) {
            let (max, which) = self.limit();
            if exp - iat > max {
                let unless = if max == MAX_LIFETIME {
                    " (up to 180d only when every --scope is a GET on a resource Apple allows \
                     long-lived tokens for)"
                } else {
                    ""
                };
                bail!(
                    "App Store Connect refuses {which} that live longer than {}{unless}; asked \
                     for {}",
                    human_duration(max),
                    human_duration(exp - iat)
                );
            }
        }
        let mut warnings = Vec::new();
        if let Issuer::Team(id) = &self.issuer {
            if !is_uuid(id) {
                warnings.push(format!(
                    "--issuer-id `{id}` is not a UUID (like 57246542-96fe-1a63-e053-0824d011072a), \
                     the form App Store Connect shows on its Keys page"
                ));
            }
        }
        warnings.extend(apple::key_id_warnings(self.key_id.as_deref()));
        Ok(warnings)
    }

    fn header(&self, key: &KeyFacts) -> Result<Map<String, Value>> {
        apple::kid_header(self.key_id.as_deref(), key, SERVICE.title)
    }
}

/// What App Store Connect would reject (as an opaque 401), for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = apple::lint_kid(header, SERVICE.title);
    match payload.get("aud") {
        Some(Value::String(aud)) if aud == AUDIENCE => {}
        Some(other) => out.push(format!("`aud` must be \"{AUDIENCE}\", found {other}")),
        None => out.push(format!("`aud` missing: it must be \"{AUDIENCE}\"")),
    }
    let sub_user = payload.get("sub").and_then(Value::as_str) == Some("user");
    match (payload.get("iss"), sub_user) {
        (Some(_), true) => out.push(
            "both `iss` and `sub: \"user\"`: a team key has iss (the issuer id), an individual \
             key sub: \"user\" and no iss"
                .into(),
        ),
        (None, false) => out.push(
            "`iss` missing: a team key needs the issuer id there (an individual key: sub: \"user\")"
                .into(),
        ),
        (Some(Value::String(iss)), false) if !is_uuid(iss) => out.push(format!(
            "{WARNING}`iss` \"{iss}\" is not a UUID, the form of App Store Connect issuer ids"
        )),
        (Some(Value::String(_)), false) | (None, true) => {}
        (Some(other), false) => out.push(format!(
            "`iss` must be the issuer id as a string, found {}",
            json_kind(other)
        )),
    }
    let mut scopes: Vec<&str> = Vec::new();
    match payload.get("scope") {
        None => {}
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => {
            scopes = items.iter().filter_map(Value::as_str).collect();
        }
        Some(Value::String(_)) => out.push(
            "`scope` must be a JSON array of strings, even for one scope; Apple refuses a string"
                .into(),
        ),
        Some(other) => out.push(format!(
            "`scope` must be a JSON array of strings, found {}",
            json_kind(other)
        )),
    }
    let bid = payload.contains_key("bid");
    if let Some(value) = payload.get("bid") {
        if !value.is_string() {
            out.push(format!(
                "`bid` must be the bundle id as a string, found {}",
                json_kind(value)
            ));
        }
    }
    let time = |name: &str| payload.get(name).and_then(Value::as_f64);
    if let (Some(iat), Some(exp)) = (time("iat"), time("exp")) {
        let lifetime = (exp - iat) as i64;
        let (max, which) = if bid {
            (
                MAX_SERVER_API_LIFETIME,
                "App Store Server API tokens (with bid)",
            )
        } else if !scopes.is_empty() && scopes.iter().all(|s| long_lived_scope(s)) {
            (MAX_LONG_LIVED, "long-lived read-only tokens")
        } else {
            (MAX_LIFETIME, "tokens without a long-lived GET scope")
        };
        // Over MAX_LONG_LIVED is reported from the service's data already.
        if lifetime > max && lifetime <= MAX_LONG_LIVED {
            out.push(format!(
                "the token lives {} (exp - iat): App Store Connect refuses {which} that live longer \
                 than {}",
                human_duration(lifetime),
                human_duration(max)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::Given;
    use serde_json::json;

    const ISSUER: &str = "57246542-96fe-1a63-e053-0824d011072a";

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    fn asc() -> AppStoreConnect {
        AppStoreConnect {
            key_id: Some("ABC123DEFG".into()),
            issuer: Issuer::Team(ISSUER.into()),
            scopes: Vec::new(),
            bundle_id: None,
        }
    }

    fn fixed(a: &AppStoreConnect) -> Value {
        Value::Object(a.claims(&KeyFacts::default()).unwrap().fixed)
    }

    #[test]
    fn exact_payloads() {
        assert_eq!(fixed(&asc()), json!({"aud": AUDIENCE, "iss": ISSUER}));
        let individual = AppStoreConnect {
            issuer: Issuer::Individual,
            ..asc()
        };
        assert_eq!(fixed(&individual), json!({"aud": AUDIENCE, "sub": "user"}));
        let scoped = AppStoreConnect {
            scopes: vec!["GET /v1/apps?filter[platform]=IOS".into()],
            ..asc()
        };
        assert_eq!(
            fixed(&scoped),
            json!({"aud": AUDIENCE, "iss": ISSUER, "scope": ["GET /v1/apps?filter[platform]=IOS"]})
        );
        let server = AppStoreConnect {
            bundle_id: Some("com.example.app".into()),
            ..asc()
        };
        assert_eq!(
            fixed(&server),
            json!({"aud": AUDIENCE, "iss": ISSUER, "bid": "com.example.app"})
        );
    }

    #[test]
    fn issuer_or_individual_exactly_one() {
        let build = |issuer: Option<&str>, individual: bool| {
            let mut values = Values::new();
            if let Some(id) = issuer {
                values = values.with(&ISSUER_ID, Given::Text(id.into()));
            }
            if individual {
                values = values.with(&INDIVIDUAL, Given::Switch(true));
            }
            AppStoreConnect::from_values(&values)
        };
        assert!(build(Some(ISSUER), true).unwrap_err().is::<UsageError>());
        assert!(build(None, false).unwrap_err().is::<UsageError>());
        assert_eq!(build(None, true).unwrap().issuer, Issuer::Individual);
    }

    #[test]
    fn refusals() {
        for bad in [
            "GET",
            "get /v1/apps",
            "GET v1/apps",
            "GET  /v1/apps",
            "FETCH /v1/apps",
        ] {
            let a = AppStoreConnect {
                scopes: vec![bad.into()],
                ..asc()
            };
            assert!(a.claims(&KeyFacts::default()).is_err(), "{bad}");
        }
        let individual_server = AppStoreConnect {
            issuer: Issuer::Individual,
            bundle_id: Some("com.example.app".into()),
            ..asc()
        };
        assert!(individual_server.claims(&KeyFacts::default()).is_err());
        let scoped_server = AppStoreConnect {
            scopes: vec!["GET /v1/apps".into()],
            bundle_id: Some("com.example.app".into()),
            ..asc()
        };
        assert!(scoped_server.claims(&KeyFacts::default()).is_err());
    }

    #[test]
    fn long_lived_scopes() {
        for yes in [
            "GET /v1/ciProducts",
            "GET /v1/ciWorkflows/ABC",
            "GET /v1/ciProducts/ABC/workflows?limit=5",
            "GET /v1/apps/123/perfPowerMetrics",
            "GET /v1/builds/123/perfPowerMetrics",
            "GET /v1/scmRepositories/R/gitReferences",
        ] {
            assert!(long_lived_scope(yes), "{yes}");
        }
        for no in [
            "GET /v1/apps",
            "POST /v1/ciBuildRuns",
            "GET /v1/ciProducts/ABC/app",
            "GET /ciProducts",
            "GET /v1/ciProducts/A/workflows/B",
            "GET /vx/ciProducts",
        ] {
            assert!(!long_lived_scope(no), "{no}");
        }
    }

    fn lifetime(a: &AppStoreConnect, secs: i64) -> Result<Vec<String>> {
        a.check(&obj(json!({"iat": 1000, "exp": 1000 + secs})))
    }

    #[test]
    fn lifetimes_depend_on_scope_and_variant() {
        assert!(lifetime(&asc(), 20 * 60).unwrap().is_empty());
        let err = lifetime(&asc(), 21 * 60).unwrap_err().to_string();
        assert!(
            err.contains("longer than 20m (up to 180d only when"),
            "{err}"
        );
        assert!(err.ends_with("asked for 21m"), "{err}");
        let listed = AppStoreConnect {
            scopes: vec!["GET /v1/ciProducts".into(), "GET /v1/ciWorkflows".into()],
            ..asc()
        };
        assert!(lifetime(&listed, 180 * 86_400).is_ok());
        assert!(lifetime(&listed, 181 * 86_400).is_err());
        let mixed = AppStoreConnect {
            scopes: vec!["GET /v1/ciProducts".into(), "GET /v1/apps".into()],
            ..asc()
        };
        assert!(lifetime(&mixed, 21 * 60).is_err());
        let post = AppStoreConnect {
            scopes: vec!["POST /v1/ciBuildRuns".into()],
            ..asc()
        };
        assert!(lifetime(&post, 21 * 60).is_err());
        let server = AppStoreConnect {
            bundle_id: Some("com.example.app".into()),
            ..asc()
        };
        assert!(lifetime(&server, 3600).is_ok());
        assert!(lifetime(&server, 3601)
            .unwrap_err()
            .to_string()
            .contains("--bundle-id"));
    }

    #[test]
    fn warnings() {
        let odd = AppStoreConnect {
            issuer: Issuer::Team("not-a-uuid".into()),
            key_id: Some("abc".into()),
            ..asc()
        };
        let warnings = lifetime(&odd, 60).unwrap();
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].contains("not a UUID"));
    }

    #[test]
    fn lint() {
        let header = obj(json!({"alg": "ES256", "kid": "ABC123DEFG", "typ": "JWT"}));
        let good = obj(json!({"iat": 1000, "exp": 1900, "aud": AUDIENCE, "iss": ISSUER}));
        assert!(SERVICE.problems(&header, &good).is_empty());
        assert!((SERVICE.recognise)(&header, &good));
        let long = obj(
            json!({"iat": 1000, "exp": 1000 + 86_400, "aud": AUDIENCE, "sub": "user",
            "scope": ["GET /v1/ciProducts"]}),
        );
        assert!(SERVICE.problems(&header, &long).is_empty());
        let bad = obj(json!({"iat": 1000, "exp": 1000 + 86_400, "aud": AUDIENCE,
            "scope": "GET /v1/apps"}));
        let found = SERVICE.problems(&obj(json!({"alg": "ES256"})), &bad);
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(found[0].starts_with("header `kid` missing"));
        assert!(found[1].starts_with("`iss` missing"));
        assert!(found[2].starts_with("`scope` must be a JSON array"));
        assert!(found[3].contains("longer than 20m"));
        let server = obj(
            json!({"iat": 1000, "exp": 1000 + 3601, "aud": AUDIENCE, "iss": ISSUER,
            "bid": "com.example.app"}),
        );
        assert!(SERVICE.problems(&header, &server)[0].contains("App Store Server API"));
    }
}
