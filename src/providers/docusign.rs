//! DocuSign JWT Grant assertions: an integration (app) signs an assertion naming the user it acts
//! for, and posts it to DocuSign's account server for a one-hour access token.
//!
//! What DocuSign takes (developers.docusign.com "Request an access token with JWT Grant", and npm
//! `docusign-esign` 10.0.0 `src/ApiClient.js` `generateAndSignJWTAssertion`, which mints it;
//! checked in `tests/services/docusign`):
//! - RS256 with the RSA key generated under Apps and Keys; header `{"alg":"RS256","typ":"JWT"}`.
//! - `iss` = the integration key (a GUID), `sub` = the user's API user id (a GUID, not the email),
//!   `aud` = `account-d.docusign.com` (demo) or `account.docusign.com`: a bare host, **no**
//!   `https://`. `iat`, `exp` (an hour at most), `scope` space-separated (`signature
//!   impersonation` for a user token).
//! - Without `sub` the SDK's `requestJWTApplicationToken` asks for an application token; where
//!   DocuSign accepts one is unconfirmed.
//! - The user must have consented (`consent_required`); a wrong key, `iss`, `aud` or environment
//!   gives a bare `invalid_grant`.
//! - Use: `POST https://AUD/oauth/token` with
//!   `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=JWT` → a one-hour Bearer
//!   token, no refresh token.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::{
    AlgRules, Family, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims,
    Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// DocuSign refuses an assertion that lives longer than an hour.
pub const MAX_LIFETIME: i64 = 3600;
pub const PRODUCTION: &str = "account.docusign.com";
pub const DEMO: &str = "account-d.docusign.com";
/// DocuSign's own staging account server (the SDK's `BasePath.STAGE`), recognised by `inspect`.
const STAGE: &str = "account-s.docusign.com";
pub const DEFAULT_SCOPE: &str = "signature impersonation";

const INTEGRATION_KEY: Opt = Opt::text(
    "integration-key",
    "GUID",
    "The integration key (the app's client id, a GUID from Apps and Keys): `iss`.",
)
.required();
const USER: Opt = Opt::text(
    "user",
    "GUID",
    "The API user id (a GUID, shown as \"User ID\" on the user's page; not the email) to act \
     for: `sub`.\n\n\
     The access token has that user's rights. Without it the assertion asks for an application \
     token (the SDK's requestJWTApplicationToken), which DocuSign may refuse. Never taken from \
     the environment or a profile.",
)
.grants_rights();
const DEMO_FLAG: Opt = Opt::switch(
    "demo",
    "The developer (demo) environment: `aud` = account-d.docusign.com instead of \
     account.docusign.com.",
);
const SCOPE: Opt = Opt::text(
    "scope",
    "SCOPE",
    "A scope to ask for (repeatable, or several separated by spaces); default \"signature \
     impersonation\". `impersonation` is needed to act for a user.",
)
.with_kind(Kind::List)
.grants_rights();

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "sub",
        reason: "`sub` is the user the token acts for; use --user",
    },
    GuardedClaim {
        name: "scope",
        reason: "use --scope (repeatable): jwtmint joins the scopes with spaces",
    },
];

pub static SERVICE: Service = Service {
    name: "docusign",
    family: Family::Enterprise,
    title: "DocuSign",
    about: "DocuSign JWT Grant assertion: an integration acts for a user.\n\n\
            RS256 with the RSA key generated under Apps and Keys. Claims: `iss` = \
            --integration-key, `sub` = --user (the API user id GUID; an email is refused), \
            `aud` = account.docusign.com or, with --demo, account-d.docusign.com (a host, no \
            https://), `scope` = --scope (default \"signature impersonation\"), `iat`, `exp` an \
            hour later (DocuSign's limit; more is refused). The user must have consented to the \
            integration (else consent_required); a wrong key, `iss`, `aud` or environment gets a \
            bare invalid_grant. Post it to https://AUD/oauth/token as `assertion` with \
            grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer.",
    example: "\
Example (the developer environment):
  ASSERTION=$(jwtmint docusign --key private.key --demo \\
    --integration-key 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0 \\
    --user 12345678-9abc-def0-1234-56789abcdef0)
  curl -d grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer -d assertion=$ASSERTION \\
    https://account-d.docusign.com/oauth/token",
    options: &[INTEGRATION_KEY, USER, DEMO_FLAG, SCOPE],
    algs: AlgRules {
        allowed: &[Alg::RS256],
        default: Alg::RS256,
    },
    expiry: ExpiryRules {
        default: Some(MAX_LIFETIME),
        may_omit: false,
        max_lifetime: Some(MAX_LIFETIME),
        requires_iat: true,
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
    build: |values| Ok(Box::new(Docusign::from_values(values)?)),
    recognise: |header, payload| {
        super::header_alg(header) == Some("RS256")
            && payload
                .get("aud")
                .and_then(Value::as_str)
                .is_some_and(|aud| is_account_server(aud.trim_start_matches("https://")))
    },
    lint: problems,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Docusign {
    pub integration_key: String,
    pub user: Option<String>,
    pub audience: &'static str,
    pub scope: String,
}

impl Docusign {
    pub fn from_values(values: &Values) -> Result<Self> {
        let integration_key = values.require(&INTEGRATION_KEY)?;
        if integration_key.is_empty() || !integration_key.bytes().all(|b| b.is_ascii_graphic()) {
            bail!(UsageError::new(
                "--integration-key must be the integration key (a GUID), without spaces"
            ));
        }
        let user = values.text(&USER);
        if let Some(user) = &user {
            if user.contains('@') {
                bail!(UsageError::new(format!(
                    "--user {user}: give the user's API user id (a GUID, \"User ID\" in the \
                     admin pages), not the email: DocuSign answers invalid_grant"
                )));
            }
            if user.is_empty() || !user.bytes().all(|b| b.is_ascii_graphic()) {
                bail!(UsageError::new(
                    "--user must be the API user id (a GUID), without spaces"
                ));
            }
        }
        let scopes: Vec<String> = values
            .list(&SCOPE)
            .iter()
            .flat_map(|s| s.split_whitespace())
            .map(str::to_string)
            .collect();
        if values.is_set(&SCOPE) && scopes.is_empty() {
            bail!(UsageError::new(
                "--scope is empty: give scopes such as signature impersonation"
            ));
        }
        let scope = if scopes.is_empty() {
            DEFAULT_SCOPE.to_string()
        } else {
            scopes.join(" ")
        };
        Ok(Docusign {
            integration_key,
            user,
            audience: if values.switch(&DEMO_FLAG) {
                DEMO
            } else {
                PRODUCTION
            },
            scope,
        })
    }
}

fn is_account_server(host: &str) -> bool {
    [PRODUCTION, DEMO, STAGE].contains(&host)
}

/// Five groups of 8-4-4-4-12 hex digits.
fn is_guid(text: &str) -> bool {
    let groups: Vec<_> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

impl Provider for Docusign {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let mut fixed = Map::new();
        fixed.insert("iss".into(), self.integration_key.as_str().into());
        if let Some(user) = &self.user {
            fixed.insert("sub".into(), user.as_str().into());
        }
        fixed.insert("aud".into(), self.audience.into());
        fixed.insert("scope".into(), self.scope.as_str().into());
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        let mut out = Vec::new();
        if !is_guid(&self.integration_key) {
            out.push(format!(
                "--integration-key {} is not a GUID: DocuSign's integration keys are",
                self.integration_key
            ));
        }
        match &self.user {
            None => out.push(
                "no --user: this asks for an application token (no `sub`), which DocuSign may \
                 refuse; give the API user id to act for a user"
                    .into(),
            ),
            Some(user) if !is_guid(user) => out.push(format!(
                "--user {user} is not a GUID: DocuSign's API user ids are"
            )),
            Some(_) if !self.scope.split(' ').any(|s| s == "impersonation") => out.push(
                "--scope has no `impersonation`: DocuSign needs it to issue a token for a user"
                    .into(),
            ),
            Some(_) => {}
        }
        Ok(out)
    }
}

/// What DocuSign would reject in an assertion, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let _ = header;
    let mut out = Vec::new();
    let str_of = |name: &str| payload.get(name).and_then(Value::as_str);
    match str_of("iss") {
        None => out.push("`iss` missing: it must be the integration key".into()),
        Some(iss) if !is_guid(iss) => out.push(format!(
            "{WARNING}`iss` {iss} is not a GUID: DocuSign's integration keys are"
        )),
        Some(_) => {}
    }
    match str_of("aud") {
        Some(aud) if is_account_server(aud) => {}
        Some(aud) if is_account_server(aud.trim_start_matches("https://")) => out.push(format!(
            "`aud` {aud} has a scheme: DocuSign wants the bare host ({})",
            aud.trim_start_matches("https://")
        )),
        Some(aud) => out.push(format!(
            "`aud` {aud} is not {PRODUCTION} or {DEMO}: DocuSign answers invalid_grant"
        )),
        None => out.push(format!("`aud` missing: it must be {PRODUCTION} or {DEMO}")),
    }
    match str_of("sub") {
        Some(sub) if sub.contains('@') => out.push(format!(
            "`sub` {sub} is an email: DocuSign wants the user's API user id (a GUID)"
        )),
        Some(_) => {}
        None => out.push(format!(
            "{WARNING}no `sub`: an application token, which DocuSign may refuse"
        )),
    }
    if str_of("scope").is_none_or(str::is_empty) {
        out.push("`scope` missing: ask for at least `signature`".into());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::test_support::{object, payload, values};
    use serde_json::json;

    const KEY: &str = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
    const USER_ID: &str = "12345678-9abc-def0-1234-56789abcdef0";

    const BASE: [(&Opt, &str); 2] = [(&INTEGRATION_KEY, KEY), (&USER, USER_ID)];

    /// BASE and `extra`; an option in `extra` replaces BASE's.
    fn build(extra: &[(&'static Opt, &'static str)]) -> Result<Docusign> {
        let mut pairs: Vec<_> = BASE
            .into_iter()
            .filter(|(opt, _)| extra.iter().all(|(e, _)| e.long != opt.long))
            .collect();
        pairs.extend_from_slice(extra);
        Docusign::from_values(&values(&pairs))
    }

    fn claims(extra: &[(&'static Opt, &'static str)]) -> Value {
        Value::Object(payload(&build(extra).unwrap()))
    }

    #[test]
    fn exact_payload() {
        assert_eq!(
            claims(&[]),
            json!({
                "iss": KEY, "sub": USER_ID, "aud": "account.docusign.com",
                "scope": "signature impersonation"
            })
        );
        let demo = [
            (&DEMO_FLAG, ""),
            (&SCOPE, "signature impersonation"),
            (&SCOPE, "extended"),
        ];
        assert_eq!(
            claims(&demo),
            json!({
                "iss": KEY, "sub": USER_ID, "aud": "account-d.docusign.com",
                "scope": "signature impersonation extended"
            })
        );
        assert!(build(&[]).unwrap().check(&Map::new()).unwrap().is_empty());
    }

    #[test]
    fn times_are_an_hour_at_most() {
        let run = |expiry| {
            let options = crate::time::TimeOptions {
                expiry,
                ..Default::default()
            };
            let mut claims = Map::new();
            crate::time::apply(&mut claims, &options, SERVICE.expiry, "docusign", 1000)
                .map(|_| claims)
        };
        let claims = run(crate::time::Expiry::Default).unwrap();
        assert_eq!(Value::Object(claims), json!({"iat": 1000, "exp": 4600}));
        assert!(run(crate::time::Expiry::In(3601)).is_err());
    }

    #[test]
    fn refusals_and_warnings() {
        let usage = |extra: &[(&'static Opt, &'static str)], words: &str| {
            let err = build(extra).unwrap_err();
            assert!(err.is::<UsageError>(), "{err:#}");
            assert!(format!("{err:#}").contains(words), "{err:#}");
        };
        usage(&[(&USER, "ann@example.com")], "not the email");
        usage(&[(&SCOPE, " ")], "--scope is empty");
        usage(&[(&INTEGRATION_KEY, "a b")], "without spaces");
        let app = Docusign::from_values(&values(&[(&INTEGRATION_KEY, "my-app")])).unwrap();
        let found = app.check(&Map::new()).unwrap();
        assert!(found[0].contains("not a GUID"), "{found:?}");
        assert!(found[1].contains("application token"), "{found:?}");
        assert_eq!(payload(&app).get("sub"), None);
        let found = build(&[(&SCOPE, "signature")])
            .unwrap()
            .check(&Map::new())
            .unwrap();
        assert!(found[0].contains("impersonation"), "{found:?}");
        let names: Vec<_> = SERVICE.guarded.iter().map(|g| g.name).collect();
        assert_eq!(names, ["sub", "scope"]);
    }

    #[test]
    fn inspect_minted_and_broken_tokens() {
        let header = object(json!({"alg": "RS256", "typ": "JWT"}));
        let mut minted = object(claims(&[]));
        minted.insert("iat".into(), 1000.into());
        minted.insert("exp".into(), 4600.into());
        assert!(SERVICE.problems(&header, &minted).is_empty());
        assert!((SERVICE.recognise)(&header, &minted));
        let broken = object(json!({
            "aud": "https://account-d.docusign.com", "sub": "ann@example.com",
            "iat": 1000, "exp": 8200
        }));
        let found = SERVICE.problems(&object(json!({"alg": "HS256"})), &broken);
        assert_eq!(found.len(), 6, "{found:?}");
        assert!(found[0].contains("accepts only RS256"));
        assert!(found[1].starts_with("`iss` missing"));
        assert!(found[2].contains("has a scheme"));
        assert!(found[3].contains("is an email"));
        assert!(found[4].starts_with("`scope` missing"));
        assert!(found[5].contains("longer than 1h"));
        assert!((SERVICE.recognise)(&header, &broken));
        let other = object(json!({"aud": "https://login.salesforce.com", "iss": "x", "sub": "y"}));
        assert!(!(SERVICE.recognise)(&header, &other));
    }
}
