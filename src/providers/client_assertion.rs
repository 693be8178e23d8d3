//! RFC 7523 client assertions for any OAuth 2.0 server: OpenID Connect's `private_key_jwt` (signed
//! with the client's private key, whose public key the server knows) and `client_secret_jwt`
//! (HMAC with the client secret). The client posts the assertion to the token endpoint in place
//! of a client secret.
//!
//! What the servers take (RFC 7523 section 3; OpenID Connect Core section 9; npm `oidc-provider`
//! 9.13.3 `lib/shared/jwt_client_auth.js`, which runs in `tests/services/client-assertion`; Okta's
//! "Build a JWT for client authentication"; Auth0's "Authenticate with Private Key JWT"):
//! - The algorithm follows the key: RSA → RS256 (PS256 where registered), P-256 → ES256,
//!   Ed25519 → EdDSA; a secret (`client_secret_jwt`) → HS256 over the secret's UTF-8 bytes.
//!   `kid` (`--kid`, or a JWK's) when the client registered several keys.
//! - `iss` = `sub` = the client id, `aud` the server's token endpoint (Okta: the URL called;
//!   Auth0: `https://TENANT.auth0.com/` with its slash; Keycloak: the issuer or the token
//!   endpoint; oidc-provider: the issuer, the token endpoint or the endpoint receiving it), a fresh
//!   `jti` (every server refuses one it has seen), `exp`; `iat` advised.
//! - Lifetimes: Okta refuses `exp` over an hour ahead, Auth0 over 5 minutes; oidc-provider only
//!   checks `exp` (15 s clock tolerance). jwtmint mints 60 s.
//! - Use: `grant_type=client_credentials` (or any grant) with
//!   `client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer` and
//!   `client_assertion=JWT`, plus `client_id`, and no `client_secret`.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::{
    http_url, AlgRules, Family, GuardedClaim, KeyFacts, Opt, Provider, Service, ServiceClaims,
    Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// Auth0 refuses assertions that live longer than this; warned about beyond it.
pub const AUTH0_MAX_LIFETIME: i64 = 300;
/// Okta refuses an `exp` more than an hour ahead.
pub const OKTA_MAX_LIFETIME: i64 = 3600;

const CLIENT_ID: Opt = Opt::text(
    "client-id",
    "ID",
    "The client id the server registered: `iss` and `sub`.",
)
.required();
const TOKEN_ENDPOINT: Opt = Opt::text(
    "token-endpoint",
    "URL",
    "The token endpoint the assertion is posted to: `aud`, unless --audience says otherwise.",
)
.required();
const AUDIENCE: Opt = Opt::text(
    "audience",
    "AUD",
    "`aud` when the server wants another value than the token endpoint: the issuer (Keycloak, \
     FAPI 2.0 servers) or https://TENANT.auth0.com/ (Auth0, with its trailing slash).",
);

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "iss",
        reason: "`iss` is the client's identity; use --client-id",
    },
    GuardedClaim {
        name: "sub",
        reason: "`sub` is the client's identity; use --client-id",
    },
    GuardedClaim {
        name: "aud",
        reason: "use --token-endpoint or --audience",
    },
    GuardedClaim {
        name: "jti",
        reason: "jwtmint writes a fresh `jti` each time: servers refuse one they have seen",
    },
];

pub static SERVICE: Service = Service {
    name: "client-assertion",
    family: Family::Enterprise,
    title: "OAuth 2.0 client authentication",
    about: "RFC 7523 client assertion (private_key_jwt, or client_secret_jwt with a secret) for \
            any OAuth 2.0 server.\n\n\
            The algorithm follows the key: RSA → RS256 (--alg PS256 if the client registered \
            it), P-256 → ES256, Ed25519 → EdDSA; --secret-file (the client secret) → HS256. \
            Claims: `iss` = `sub` = --client-id, `aud` = --token-endpoint (or --audience: the \
            issuer for Keycloak, https://TENANT.auth0.com/ for Auth0), a fresh random `jti` each \
            time (servers refuse a replayed one), `iat`, `exp` 60 s later (Auth0 refuses over 5 \
            minutes, Okta over an hour; jwtmint warns). Post it as `client_assertion` with \
            client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer; it \
            works once. For Microsoft Entra's certificate credentials use `jwtmint entra`.",
    example: "\
Example (client credentials, the client's registered key):
  ASSERTION=$(jwtmint client-assertion --key client.key --client-id my-client \\
    --token-endpoint https://auth.example.com/oauth2/token)
  curl -d grant_type=client_credentials -d client_id=my-client \\
    -d client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer \\
    -d client_assertion=$ASSERTION https://auth.example.com/oauth2/token
With the client secret instead (client_secret_jwt, HS256):
  jwtmint client-assertion --secret-file client_secret.txt --client-id my-client \\
    --token-endpoint https://auth.example.com/oauth2/token",
    options: &[CLIENT_ID, TOKEN_ENDPOINT, AUDIENCE],
    algs: AlgRules {
        allowed: &[
            Alg::RS256,
            Alg::RS384,
            Alg::RS512,
            Alg::PS256,
            Alg::PS384,
            Alg::PS512,
            Alg::ES256,
            Alg::ES384,
            Alg::ES512,
            Alg::EdDSA,
            Alg::HS256,
            Alg::HS384,
            Alg::HS512,
        ],
        default: Alg::RS256,
    },
    expiry: ExpiryRules {
        default: Some(60),
        may_omit: false,
        max_lifetime: None,
        requires_iat: false,
        backdate: 0,
        default_nbf: None,
        no_exp: None,
    },
    guarded: GUARDED,
    formats: &[Format::Token, Format::Json, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(ClientAssertion::from_values(values)?)),
    recognise: |_, payload| {
        let text = |name: &str| payload.get(name).and_then(Value::as_str);
        text("iss").is_some_and(|iss| !iss.is_empty() && Some(iss) == text("sub"))
            && text("jti").is_some()
            && audience_ok(payload.get("aud"))
            && payload.keys().all(|k| {
                matches!(
                    k.as_str(),
                    "iss" | "sub" | "aud" | "jti" | "exp" | "iat" | "nbf"
                )
            })
    },
    lint: problems,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientAssertion {
    pub client_id: String,
    pub token_endpoint: String,
    pub audience: String,
}

impl ClientAssertion {
    pub fn from_values(values: &Values) -> Result<Self> {
        let client_id = values.require(&CLIENT_ID)?;
        if client_id.is_empty() || client_id.chars().any(char::is_control) {
            bail!(UsageError::new(
                "--client-id must be the registered client id"
            ));
        }
        let token_endpoint = values.require(&TOKEN_ENDPOINT)?;
        let url = http_url("--token-endpoint", &token_endpoint)
            .map_err(|e| UsageError::new(e.to_string()))?;
        if url.fragment().is_some() {
            bail!(UsageError::new(format!(
                "--token-endpoint {token_endpoint}: an endpoint URL has no #fragment"
            )));
        }
        let audience = match values.text(&AUDIENCE) {
            Some(aud) if aud.trim().is_empty() => {
                bail!(UsageError::new("--audience is empty"))
            }
            Some(aud) => aud,
            None => token_endpoint.clone(),
        };
        Ok(ClientAssertion {
            client_id,
            token_endpoint,
            audience,
        })
    }
}

/// A string, or an array of strings (RFC 7519), not empty.
fn audience_ok(aud: Option<&Value>) -> bool {
    match aud {
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(items)) => {
            !items.is_empty()
                && items
                    .iter()
                    .all(|v| v.as_str().is_some_and(|s| !s.is_empty()))
        }
        _ => false,
    }
}

/// Plain http to anything but this machine sends the assertion in the clear.
fn cleartext(url: &str) -> bool {
    url::Url::parse(url).is_ok_and(|u| {
        u.scheme() == "http" && !matches!(u.host_str(), Some("localhost" | "127.0.0.1" | "[::1]"))
    })
}

impl Provider for ClientAssertion {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let mut fixed = Map::new();
        fixed.insert("iss".into(), self.client_id.as_str().into());
        fixed.insert("sub".into(), self.client_id.as_str().into());
        fixed.insert("aud".into(), self.audience.as_str().into());
        fixed.insert("jti".into(), uuid::Uuid::new_v4().to_string().into());
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, claims: &Map<String, Value>) -> Result<Vec<String>> {
        let mut out = Vec::new();
        if cleartext(&self.token_endpoint) {
            out.push(format!(
                "--token-endpoint {} is plain http: the assertion would travel in the clear",
                self.token_endpoint
            ));
        }
        out.extend(lifetime_warning(claims).map(|w| w.trim_start_matches(WARNING).to_string()));
        Ok(out)
    }
}

/// A warning when the assertion lives longer than Auth0 (or Okta) accepts.
fn lifetime_warning(payload: &Map<String, Value>) -> Option<String> {
    let time = |name: &str| payload.get(name).and_then(Value::as_f64);
    let (iat, exp) = (time("iat")?, time("exp")?);
    let lifetime = (exp - iat) as i64;
    let who = if lifetime > OKTA_MAX_LIFETIME {
        "Okta refuses over an hour, Auth0 over 5 minutes"
    } else if lifetime > AUTH0_MAX_LIFETIME {
        "Auth0 refuses over 5 minutes"
    } else {
        return None;
    };
    Some(format!(
        "{WARNING}the assertion lives {} ({who}); a minute is plenty, it works once",
        crate::time::human_duration(lifetime)
    ))
}

/// What an OAuth server would reject in a client assertion, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    let text = |name: &str| payload.get(name).and_then(Value::as_str);
    match (text("iss"), text("sub")) {
        (Some(iss), Some(sub)) if iss == sub && !iss.is_empty() => {}
        _ => out.push("`iss` and `sub` must both be the client id".into()),
    }
    if !audience_ok(payload.get("aud")) {
        out.push("`aud` missing: it must name the server (its token endpoint or issuer)".into());
    }
    if text("jti").is_none_or(str::is_empty) {
        out.push(
            "`jti` missing: servers require a unique id in each assertion (and refuse a replay)"
                .into(),
        );
    }
    if super::header_alg(header).is_some_and(|alg| alg.starts_with("HS")) {
        out.push(format!(
            "{WARNING}an HMAC assertion (client_secret_jwt): the server must know the client \
             secret itself; prefer private_key_jwt"
        ));
    }
    out.extend(lifetime_warning(payload));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::test_support::{object, payload, values};
    use serde_json::json;

    const ENDPOINT: &str = "https://auth.example.com/oauth2/token";

    /// `--client-id my-client --token-endpoint ENDPOINT`, with `extra` in place of either.
    fn build(extra: &[(&'static Opt, &'static str)]) -> Result<ClientAssertion> {
        let base = [(&CLIENT_ID, "my-client"), (&TOKEN_ENDPOINT, ENDPOINT)];
        let mut pairs: Vec<_> = base
            .into_iter()
            .filter(|(opt, _)| extra.iter().all(|(e, _)| e.long != opt.long))
            .collect();
        pairs.extend_from_slice(extra);
        ClientAssertion::from_values(&values(&pairs))
    }

    fn claims(extra: &[(&'static Opt, &'static str)]) -> Map<String, Value> {
        payload(&build(extra).unwrap())
    }

    #[test]
    fn exact_payload_with_a_fresh_jti() {
        let mut first = claims(&[]);
        let mut second = claims(&[]);
        let (a, b) = (first.remove("jti").unwrap(), second.remove("jti").unwrap());
        assert_ne!(a, b, "each assertion needs its own jti");
        assert!(uuid::Uuid::parse_str(a.as_str().unwrap()).is_ok());
        assert_eq!(
            Value::Object(first),
            json!({"iss": "my-client", "sub": "my-client", "aud": ENDPOINT})
        );
        let issuer = "https://tenant.auth0.com/";
        let mut over = claims(&[(&AUDIENCE, "https://tenant.auth0.com/")]);
        over.remove("jti");
        assert_eq!(over["aud"], issuer);
        let c = build(&[]).unwrap();
        let minted = object(json!({"iat": 1000, "exp": 1060}));
        assert!(c.check(&minted).unwrap().is_empty());
    }

    #[test]
    fn default_lifetime_is_a_minute() {
        let mut claims = Map::new();
        crate::time::apply(
            &mut claims,
            &Default::default(),
            SERVICE.expiry,
            "client-assertion",
            1000,
        )
        .unwrap();
        assert_eq!(Value::Object(claims), json!({"iat": 1000, "exp": 1060}));
    }

    #[test]
    fn refusals_and_warnings() {
        let usage = |extra: &[(&'static Opt, &'static str)], words: &str| {
            let err = build(extra).unwrap_err();
            assert!(err.is::<UsageError>(), "{err:#}");
            assert!(format!("{err:#}").contains(words), "{err:#}");
        };
        usage(
            &[(&TOKEN_ENDPOINT, "auth.example.com/token")],
            "not an absolute URL",
        );
        usage(
            &[(&TOKEN_ENDPOINT, "https://auth.example.com/oauth2/token#x")],
            "no #fragment",
        );
        usage(&[(&AUDIENCE, " ")], "--audience is empty");
        usage(&[(&CLIENT_ID, "a\nb")], "client id");
        let plain = build(&[(&TOKEN_ENDPOINT, "http://auth.example.com/t")]).unwrap();
        let long = object(json!({"iat": 0, "exp": 600}));
        let found = plain.check(&long).unwrap();
        assert!(found[0].contains("in the clear"), "{found:?}");
        assert!(
            found[1].starts_with("the assertion lives 10m (Auth0"),
            "{found:?}"
        );
        let local = build(&[(&TOKEN_ENDPOINT, "http://127.0.0.1:3000/t")]).unwrap();
        assert!(local.check(&Map::new()).unwrap().is_empty());
        let names: Vec<_> = SERVICE.guarded.iter().map(|g| g.name).collect();
        assert_eq!(names, ["iss", "sub", "aud", "jti"]);
    }

    #[test]
    fn inspect_minted_and_broken_tokens() {
        let header = object(json!({"alg": "ES256", "typ": "JWT"}));
        let mut payload = claims(&[]);
        payload.insert("iat".into(), 1000.into());
        payload.insert("exp".into(), 1060.into());
        assert!(SERVICE.problems(&header, &payload).is_empty());
        assert!((SERVICE.recognise)(&header, &payload));
        let mut array = payload.clone();
        array.insert("aud".into(), json!([ENDPOINT]));
        assert!((SERVICE.recognise)(&header, &array));
        let broken = object(json!({"iss": "a", "sub": "b", "iat": 0, "exp": 7200}));
        let found = SERVICE.problems(&object(json!({"alg": "HS256"})), &broken);
        assert_eq!(found.len(), 5, "{found:?}");
        assert!(found[0].contains("client id"));
        assert!(found[1].starts_with("`aud` missing"));
        assert!(found[2].starts_with("`jti` missing"));
        assert!(found[3].starts_with(WARNING) && found[3].contains("client_secret_jwt"));
        assert!(found[4].starts_with(WARNING) && found[4].contains("Okta"));
        // Only the client's identity: any other claim makes it some other token.
        let mut more = payload.clone();
        more.insert("scope".into(), "read".into());
        assert!(!(SERVICE.recognise)(&header, &more));
        let mut other = payload;
        other.insert("sub".into(), "someone".into());
        assert!(!(SERVICE.recognise)(&header, &other));
    }
}
