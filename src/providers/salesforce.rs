//! Salesforce OAuth 2.0 JWT bearer assertions: a connected app ("Use digital signatures", the
//! X.509 certificate of the key uploaded to it) signs an assertion naming the user, and posts it
//! to the token endpoint for that user's access token.
//!
//! What Salesforce takes (its help page "OAuth 2.0 JWT Bearer Flow for Server-to-Server
//! Integration", and PyPI `simple-salesforce` 1.12.10 `simple_salesforce/login.py`, which mints
//! it; checked in `tests/services/salesforce`):
//! - RS256 with the certificate's private key. simple-salesforce signs with PyJWT, so the header
//!   is `{"alg":"RS256","typ":"JWT"}`; Salesforce's sample header is `{"alg":"RS256"}`, and both
//!   are accepted.
//! - `iss` = the connected app's consumer key, `sub` = the username (for an Experience Cloud site,
//!   the site user's), `aud` = `https://login.salesforce.com`, `https://test.salesforce.com`
//!   (sandbox) or the site URL, `exp` within 3 minutes of Salesforce's clock.
//! - The legacy `prn` also names the user and wins over `sub`: refused. Salesforce's sample and
//!   simple-salesforce write `exp` as a string; jwtmint writes the number the JWT spec asks for.
//! - The user must have pre-authorized the app, else `invalid_grant` "user hasn't approved this
//!   consumer"; a wrong key, `iss` or `aud` is a bare `invalid_grant` too.
//! - Use: `POST https://login.salesforce.com/services/oauth2/token` (test, My Domain or the site
//!   for the others) with `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=JWT`;
//!   the answer carries `access_token` and `instance_url`.

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

/// Salesforce refuses an `exp` more than 3 minutes ahead of its clock.
pub const MAX_LIFETIME: i64 = 180;
pub const LOGIN: &str = "https://login.salesforce.com";
pub const TEST: &str = "https://test.salesforce.com";

const CONSUMER_KEY: Opt = Opt::text(
    "consumer-key",
    "KEY",
    "The connected app's consumer key (client id): `iss`.",
)
.required();
const USERNAME: Opt = Opt::text(
    "username",
    "USER",
    "The Salesforce username to log in as (user@example.com; for an Experience Cloud site, the \
     site user's): `sub`.\n\n\
     The access token has that user's rights. Never taken from the environment or a profile.",
)
.required()
.grants_rights();
const AUDIENCE: Opt = Opt::text(
    "audience",
    "login|test|URL",
    "`aud`: login (https://login.salesforce.com, production), test \
     (https://test.salesforce.com, sandboxes) or an Experience Cloud site's https URL \
     (https://SITE.my.site.com/customers).",
)
.default("login");

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "sub",
        reason: "`sub` names the user whose session the token opens; use --username",
    },
    GuardedClaim {
        name: "prn",
        reason: "the legacy `prn` names the user too and wins over `sub` at Salesforce; use \
                 --username",
    },
];

pub static SERVICE: Service = Service {
    name: "salesforce",
    family: Family::Enterprise,
    title: "Salesforce",
    about: "Salesforce OAuth 2.0 JWT bearer assertion: a connected app logs in as a user.\n\n\
            RS256 with the private key of the certificate uploaded to the connected app (\"Use \
            digital signatures\"). Claims: `iss` = --consumer-key, `sub` = --username, `aud` = \
            --audience (login, test or a site URL), `exp` 3 minutes after `iat` (Salesforce's \
            limit; more is refused). `prn` is refused: Salesforce reads it before `sub`. The user \
            must have pre-authorized the app; a wrong key, `iss` or `aud` gets a bare \
            invalid_grant. Post it to the token endpoint as `assertion` with \
            grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer.",
    example: "\
Example (a sandbox user; the key of the certificate uploaded to the connected app):
  ASSERTION=$(jwtmint salesforce --key server.key --audience test \\
    --consumer-key 3MVG9example --username integration@example.com.sandbox)
  curl -d grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer -d assertion=$ASSERTION \\
    https://test.salesforce.com/services/oauth2/token",
    options: &[CONSUMER_KEY, USERNAME, AUDIENCE],
    algs: AlgRules {
        allowed: &[Alg::RS256],
        default: Alg::RS256,
    },
    expiry: ExpiryRules {
        default: Some(MAX_LIFETIME),
        may_omit: false,
        max_lifetime: Some(MAX_LIFETIME),
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
    build: |values| Ok(Box::new(Salesforce::from_values(values)?)),
    recognise: |header, payload| {
        super::header_alg(header) == Some("RS256")
            && payload.get("iss").is_some_and(Value::is_string)
            && payload.get("sub").is_some_and(Value::is_string)
            && payload
                .get("aud")
                .and_then(Value::as_str)
                .is_some_and(is_salesforce_audience)
    },
    lint: problems,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Salesforce {
    pub consumer_key: String,
    pub username: String,
    pub audience: String,
}

impl Salesforce {
    pub fn from_values(values: &Values) -> Result<Self> {
        let consumer_key = values.require(&CONSUMER_KEY)?;
        if consumer_key.is_empty() || !consumer_key.bytes().all(|b| b.is_ascii_graphic()) {
            bail!(UsageError::new(
                "--consumer-key must be the connected app's consumer key (like 3MVG9…), without \
                 spaces"
            ));
        }
        let username = values.require(&USERNAME)?;
        if username.trim().is_empty() || username.trim() != username {
            bail!(UsageError::new(
                "--username must be the Salesforce username, without surrounding spaces"
            ));
        }
        let audience = audience(&values.require(&AUDIENCE)?)?;
        Ok(Salesforce {
            consumer_key,
            username,
            audience,
        })
    }
}

/// `login`, `test` or an https URL, as `aud`.
fn audience(text: &str) -> Result<String> {
    match text.to_ascii_lowercase().as_str() {
        "login" => return Ok(LOGIN.into()),
        "test" => return Ok(TEST.into()),
        _ => {}
    }
    let url = http_url("--audience", text).map_err(|e| {
        UsageError::new(format!(
            "{e}; give login, test or an Experience Cloud site's https URL"
        ))
    })?;
    if url.scheme() != "https" {
        bail!(UsageError::new(format!(
            "--audience {text}: Salesforce's audiences are https URLs"
        )));
    }
    if url.query().is_some() || url.fragment().is_some() {
        bail!(UsageError::new(format!(
            "--audience {text}: give the site URL without a query or fragment"
        )));
    }
    Ok(text.trim_end_matches('/').to_string())
}

/// An https URL on one of Salesforce's hosts (login, test, My Domain, Experience Cloud sites).
fn is_salesforce_audience(aud: &str) -> bool {
    let Ok(url) = url::Url::parse(aud) else {
        return false;
    };
    url.scheme() == "https"
        && url.host_str().is_some_and(|host| {
            [".salesforce.com", ".force.com", ".site.com"]
                .iter()
                .any(|suffix| host.ends_with(suffix))
        })
}

impl Provider for Salesforce {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let mut fixed = Map::new();
        fixed.insert("iss".into(), self.consumer_key.as_str().into());
        fixed.insert("sub".into(), self.username.as_str().into());
        fixed.insert("aud".into(), self.audience.as_str().into());
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        let mut out = Vec::new();
        if !self.username.contains('@') {
            out.push(format!(
                "--username {} has no `@`: Salesforce usernames look like email addresses",
                self.username
            ));
        }
        if !is_salesforce_audience(&self.audience) {
            out.push(format!(
                "--audience {} is not on a Salesforce host (salesforce.com, force.com, site.com)",
                self.audience
            ));
        }
        Ok(out)
    }
}

/// What Salesforce would reject or misread in an assertion, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let _ = header;
    let mut out = Vec::new();
    let str_of = |name: &str| payload.get(name).and_then(Value::as_str);
    if str_of("iss").is_none_or(str::is_empty) {
        out.push("`iss` missing: it must be the connected app's consumer key".into());
    }
    if str_of("sub").is_none_or(str::is_empty) {
        out.push("`sub` missing: it must be the username to log in as".into());
    }
    if payload.contains_key("prn") {
        out.push("`prn` present: Salesforce reads this legacy user claim before `sub`".into());
    }
    match str_of("aud") {
        Some(aud) if is_salesforce_audience(aud) => {}
        Some(aud) => out.push(format!(
            "`aud` {aud} is not https://login.salesforce.com, https://test.salesforce.com or a \
             site URL"
        )),
        None => out.push(
            "`aud` missing: it must be https://login.salesforce.com, https://test.salesforce.com \
             or the site URL"
                .into(),
        ),
    }
    if payload.get("exp").is_some_and(Value::is_string) {
        out.push(format!(
            "{WARNING}`exp` is a string: Salesforce takes it, but the JWT spec and other readers \
             want a number"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::test_support::{object, payload, values};
    use serde_json::json;

    const BASE: [(&Opt, &str); 3] = [
        (&CONSUMER_KEY, "3MVG9example"),
        (&USERNAME, "integration@example.com"),
        (&AUDIENCE, "login"),
    ];

    /// BASE with `extra` in place of its option of the same name.
    fn with(extra: (&'static Opt, &'static str)) -> Result<Salesforce> {
        let mut pairs: Vec<_> = BASE
            .into_iter()
            .filter(|(opt, _)| opt.long != extra.0.long)
            .collect();
        pairs.push(extra);
        Salesforce::from_values(&values(&pairs))
    }

    #[test]
    fn exact_payload() {
        let sf = Salesforce::from_values(&values(&BASE)).unwrap();
        assert_eq!(
            Value::Object(payload(&sf)),
            json!({
                "iss": "3MVG9example",
                "sub": "integration@example.com",
                "aud": "https://login.salesforce.com"
            })
        );
        assert!(sf.check(&Map::new()).unwrap().is_empty());
        assert_eq!(with((&AUDIENCE, "TEST")).unwrap().audience, TEST);
        assert_eq!(
            with((&AUDIENCE, "https://acme.my.site.com/customers/"))
                .unwrap()
                .audience,
            "https://acme.my.site.com/customers"
        );
    }

    #[test]
    fn times_are_three_minutes_at_most() {
        let run = |expiry| {
            let options = crate::time::TimeOptions {
                expiry,
                ..Default::default()
            };
            let mut claims = Map::new();
            crate::time::apply(&mut claims, &options, SERVICE.expiry, "salesforce", 1000)
                .map(|_| claims)
        };
        let claims = run(crate::time::Expiry::Default).unwrap();
        assert_eq!(Value::Object(claims), json!({"iat": 1000, "exp": 1180}));
        let long = run(crate::time::Expiry::In(181)).unwrap_err();
        assert!(long.to_string().contains("longer than 3m"), "{long}");
    }

    #[test]
    fn refusals() {
        let usage = |result: Result<Salesforce>, words: &str| {
            let err = result.unwrap_err();
            assert!(err.is::<UsageError>(), "{err:#}");
            assert!(format!("{err:#}").contains(words), "{err:#}");
        };
        usage(with((&AUDIENCE, "http://login.salesforce.com")), "https");
        usage(with((&AUDIENCE, "production")), "login, test");
        usage(with((&AUDIENCE, "https://x.my.site.com/s?a=b")), "query");
        usage(with((&CONSUMER_KEY, "3MVG9 x")), "without spaces");
        usage(with((&USERNAME, " ann@example.com")), "surrounding spaces");
        assert!(Salesforce::from_values(&values(&[(&USERNAME, "a@b.c")])).is_err());
        let odd = with((&USERNAME, "integration")).unwrap();
        assert!(odd.check(&Map::new()).unwrap()[0].contains("no `@`"));
        let elsewhere = with((&AUDIENCE, "https://sso.example.com")).unwrap();
        assert!(elsewhere.check(&Map::new()).unwrap()[0].contains("not on a Salesforce host"));
        let names: Vec<_> = SERVICE.guarded.iter().map(|g| g.name).collect();
        assert_eq!(names, ["sub", "prn"]);
    }

    #[test]
    fn inspect_minted_and_broken_tokens() {
        let header = object(json!({"alg": "RS256", "typ": "JWT"}));
        let mut minted = payload(&Salesforce::from_values(&values(&BASE)).unwrap());
        minted.insert("iat".into(), 1000.into());
        minted.insert("exp".into(), 1180.into());
        assert!(SERVICE.problems(&header, &minted).is_empty());
        assert!((SERVICE.recognise)(&header, &minted));
        let broken = object(json!({
            "iss": "", "prn": "ann@example.com", "aud": "https://login.example.com",
            "iat": 1000, "exp": "1180"
        }));
        let found = SERVICE.problems(&object(json!({"alg": "HS256"})), &broken);
        assert_eq!(found.len(), 6, "{found:?}");
        assert!(found[0].contains("accepts only RS256"));
        assert!(found[1].starts_with("`iss` missing"));
        assert!(found[2].starts_with("`sub` missing"));
        assert!(found[3].starts_with("`prn` present"));
        assert!(found[4].contains("is not https://login.salesforce.com"));
        assert!(found[5].starts_with(WARNING));
        assert!(!(SERVICE.recognise)(&header, &broken));
    }
}
