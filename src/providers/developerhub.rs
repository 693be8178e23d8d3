//! DeveloperHub docs reader login: an HS256/HS512 token with `version: 1` and `exp`, handed to
//! the reader as `DOCS_URL?jwt=TOKEN`.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::{
    http_url, json_kind, nested_object, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims,
    Transport, Values,
};
use super::{AlgRules, GuardedClaim};
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

const ALGORITHMS: &[Alg] = &[Alg::HS256, Alg::HS512];

#[derive(Debug, Clone, Default)]
pub struct DeveloperHub {
    pub docs_url: String,
    /// `vars`, already merged from `--vars-file` and `--var` (dotted keys nested).
    pub vars: Map<String, Value>,
    pub error_redirect_url: Option<String>,
    pub single_use: bool,
}

impl DeveloperHub {
    /// The docs URL must be absolute http(s), and a `redirect` it carries must stay on its host.
    fn check_docs_url(&self) -> Result<()> {
        let docs = http_url("--docs-url", &self.docs_url)?;
        for (name, target) in docs.query_pairs() {
            if name != "redirect" {
                continue;
            }
            if on_site(&docs, &target).is_none() {
                bail!(
                    "--docs-url redirects to `{target}`, off the docs site {}: \
                     a redirect must stay on the docs host",
                    docs.host_str().unwrap_or_default()
                );
            }
        }
        Ok(())
    }
}

/// Where `target` (an absolute URL or a path) lands from the docs URL, when that is on the
/// docs site: resolved as a browser would (`/\\host`, tabs, `//host` included), then compared.
fn on_site(docs: &url::Url, target: &str) -> Option<url::Url> {
    docs.join(target).ok().filter(|to| {
        to.scheme() == docs.scheme()
            && to.host_str() == docs.host_str()
            && to.port_or_known_default() == docs.port_or_known_default()
    })
}

const DOCS_URL: Opt = Opt::text(
    "docs-url",
    "URL",
    "The docs site's URL (absolute http/https); the token is appended as jwt=TOKEN.",
)
.required();
const VAR: Opt = Opt::text(
    "var",
    "KEY=VALUE",
    "A field of vars: KEY=VALUE or KEY:=JSON; dotted keys nest (user.name=Joe). Repeatable.",
)
.with_kind(Kind::Assign);
const VARS_FILE: Opt = Opt::text(
    "vars-file",
    "PATH",
    "Take vars from a JSON object in this file (`-` = standard input); --var adds to it.",
)
.with_kind(Kind::ObjectFile);
const ERROR_REDIRECT_URL: Opt = Opt::text(
    "error-redirect-url",
    "URL",
    "Where DeveloperHub sends the reader when the token is refused.",
);
const SINGLE_USE: Opt = Opt::switch(
    "single-use",
    "Make the link single-use (adds a random jti; a second visit is refused).",
);

pub static SERVICE: Service = Service {
    name: "developerhub",
    family: super::Family::SignIn,
    title: "DeveloperHub",
    about: "DeveloperHub docs reader login: prints the signed docs URL.\n\n\
            Always version: 1 and exp. Algorithms: HS256 (default) or HS512, keyed by an API key \
            with access.write. Default expiry: 24h, the vendor's advice; an expiry is required, so \
            --no-exp is refused. Default output: DOCS_URL?jwt=TOKEN (&jwt= when the URL already has \
            a query).",
    example: "\
Example (the API key in apikey.txt):
  jwtmint developerhub --secret-file apikey.txt --docs-url https://docs.example.com \\
    --var user.name=Joe --var audiences:='[\"beta\"]' --expires-in 1d",
    options: &[DOCS_URL, VAR, VARS_FILE, ERROR_REDIRECT_URL, SINGLE_USE],
    algs: AlgRules {
        allowed: ALGORITHMS,
        default: Alg::HS256,
    },
    // "Expiry must be defined"; the vendor's example uses 24 hours.
    expiry: ExpiryRules {
        default: Some(24 * 3600),
        may_omit: false,
        ..ExpiryRules::NONE
    },
    guarded: &[GuardedClaim {
        name: "vars",
        reason: "its audiences decide which pages the reader sees; use --var or --vars-file",
    }],
    formats: &[Format::Url, Format::Token, Format::Json, Format::Claims],
    transport: Transport {
        url_param: Some(("jwt", "")),
        ..Transport::BEARER
    },
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(DeveloperHub::from_values(values)?)),
    recognise,
    lint: problems,
};

impl DeveloperHub {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(DeveloperHub {
            docs_url: values.require(&DOCS_URL)?,
            vars: nested_object(values.object(&VARS_FILE), &values.assignments(&VAR))?,
            error_redirect_url: values.text(&ERROR_REDIRECT_URL),
            single_use: values.switch(&SINGLE_USE),
        })
    }
}

impl Provider for DeveloperHub {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        self.check_docs_url()?;
        let mut fixed = Map::new();
        fixed.insert("version".into(), Value::from(1));
        let mut flags = Map::new();
        if !self.vars.is_empty() {
            flags.insert("vars".into(), Value::Object(self.vars.clone()));
        }
        if let Some(url) = &self.error_redirect_url {
            http_url("--error-redirect-url", url)?;
            flags.insert("error_redirect_url".into(), Value::String(url.clone()));
        }
        if self.single_use {
            flags.insert(
                "jti".into(),
                Value::String(uuid::Uuid::new_v4().to_string()),
            );
        }
        Ok(ServiceClaims { flags, fixed })
    }

    fn url(&self, token: &str) -> Result<String> {
        Ok(SERVICE.transport.link(&self.docs_url, token))
    }

    /// DeveloperHub sends readers to the login URL with `?redirect=PAGE`, the page they asked
    /// for; the signed URL leads there instead of the landing page, when it is on the docs
    /// host (no open redirect).
    fn redirect_url(&self, token: &str, target: &str) -> Result<String> {
        let docs = http_url("--docs-url", &self.docs_url)?;
        match on_site(&docs, target) {
            Some(lands) => Ok(SERVICE.transport.link(lands.as_str(), token)),
            None => bail!(
                "redirect `{}` leaves the docs site {}: a redirect must stay on the docs host",
                target.escape_debug(),
                docs.host_str().unwrap_or_default()
            ),
        }
    }
}

/// Every claim a DeveloperHub token holds: `version` and `exp` (required), `vars`,
/// `error_redirect_url` and `jti` (single use), and the time claims jwtmint adds.
const CLAIMS: &[&str] = &[
    "version",
    "exp",
    "iat",
    "nbf",
    "vars",
    "error_redirect_url",
    "jti",
];

/// An HMAC token with `version: 1` (the number), `exp` or `vars`, and no claim outside
/// [`CLAIMS`]: `version: 1` alone is also in a Zoom Video SDK signature (with `app_key`, `tpc`,
/// `role_type`, which no DeveloperHub token has). HS384 is let through, so that `inspect` can
/// say DeveloperHub refuses it.
fn recognise(header: &Map<String, Value>, payload: &Map<String, Value>) -> bool {
    super::header_alg(header).is_some_and(|alg| alg.starts_with("HS"))
        && payload.get("version") == Some(&Value::from(1))
        && (payload.contains_key("exp") || payload.contains_key("vars"))
        && payload.keys().all(|claim| CLAIMS.contains(&claim.as_str()))
}

/// What DeveloperHub would reject in a token, for `jwtmint inspect`.
pub fn problems(_header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    match payload.get("version") {
        Some(Value::Number(n)) if n.as_f64() == Some(1.0) => {}
        Some(other) => out.push(format!("`version` must be the number 1, found {other}")),
        None => out.push("`version` missing: DeveloperHub needs `version: 1`".into()),
    }
    match payload.get("vars") {
        None | Some(Value::Object(_)) => {}
        Some(other) => out.push(format!(
            "`vars` must be a JSON object, found {}",
            json_kind(other)
        )),
    }
    match payload.get("error_redirect_url") {
        None => {}
        Some(Value::String(url)) => out.extend(
            http_url("error_redirect_url", url)
                .err()
                .map(|e| e.to_string()),
        ),
        Some(other) => out.push(format!(
            "`error_redirect_url` must be a URL string, found {}",
            json_kind(other)
        )),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn redirects_stay_on_the_docs_host() {
        let hub = hub("https://docs.example.com/start?x=1");
        assert_eq!(
            hub.redirect_url("T", "/guide/intro").unwrap(),
            "https://docs.example.com/guide/intro?jwt=T"
        );
        assert_eq!(
            hub.redirect_url("T", "https://docs.example.com/a?b=c#d")
                .unwrap(),
            "https://docs.example.com/a?b=c&jwt=T#d"
        );
        for off in [
            "https://evil.example/",
            "//evil.example/x",
            "/\\evil.example",
            "http://docs.example.com/",
            "https://docs.example.com:444/",
            "javascript:alert(1)",
        ] {
            assert!(hub.redirect_url("T", off).is_err(), "{off}");
        }
    }

    fn hub(url: &str) -> DeveloperHub {
        DeveloperHub {
            docs_url: url.into(),
            ..Default::default()
        }
    }

    #[test]
    fn payload_and_url() {
        let mut h = hub("https://docs.example.com");
        h.vars = json!({"user": {"name": "Joe"}})
            .as_object()
            .unwrap()
            .clone();
        h.error_redirect_url = Some("https://example.com/login".into());
        let claims = h.claims(&KeyFacts::default()).unwrap();
        assert_eq!(Value::Object(claims.fixed), json!({"version": 1}));
        assert_eq!(
            Value::Object(claims.flags),
            json!({"vars": {"user": {"name": "Joe"}}, "error_redirect_url": "https://example.com/login"})
        );
        assert_eq!(h.url("T").unwrap(), "https://docs.example.com?jwt=T");
        assert_eq!(
            hub("https://d.io/x?lang=en").url("T").unwrap(),
            "https://d.io/x?lang=en&jwt=T"
        );
    }

    #[test]
    fn single_use_adds_a_uuid_jti() {
        let h = DeveloperHub {
            single_use: true,
            ..hub("https://d.io")
        };
        let jti = h.claims(&KeyFacts::default()).unwrap().flags["jti"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(uuid::Uuid::parse_str(&jti).is_ok());
    }

    #[test]
    fn urls_are_checked() {
        assert!(hub("docs.example.com")
            .claims(&KeyFacts::default())
            .is_err());
        assert!(hub("javascript:alert(1)")
            .claims(&KeyFacts::default())
            .is_err());
        assert!(hub("https://d.io/login?redirect=/guides")
            .claims(&KeyFacts::default())
            .is_ok());
        assert!(hub("https://d.io/login?redirect=https://d.io/guides")
            .claims(&KeyFacts::default())
            .is_ok());
        let open = hub("https://d.io/login?redirect=https://evil.example/");
        assert!(open
            .claims(&KeyFacts::default())
            .unwrap_err()
            .to_string()
            .contains("off the docs site"));
        assert!(hub("https://d.io/login?redirect=//evil.example/")
            .claims(&KeyFacts::default())
            .is_err());
        let bad = DeveloperHub {
            error_redirect_url: Some("nope".into()),
            ..hub("https://d.io")
        };
        assert!(bad.claims(&KeyFacts::default()).is_err());
    }

    #[test]
    fn inspect_minted_and_broken_tokens() {
        let h = DeveloperHub {
            vars: json!({"user": {"name": "Joe"}})
                .as_object()
                .unwrap()
                .clone(),
            error_redirect_url: Some("https://example.com/login".into()),
            single_use: true,
            ..hub("https://docs.example.com")
        };
        let claims = h.claims(&KeyFacts::default()).unwrap();
        let mut payload = claims.flags;
        payload.extend(claims.fixed);
        payload.insert("exp".into(), 1_700_086_400.into());
        let header = |alg: &str| json!({ "alg": alg }).as_object().unwrap().clone();
        assert!(SERVICE.problems(&header("HS256"), &payload).is_empty());
        assert!(SERVICE.problems(&header("HS512"), &payload).is_empty());
        assert_eq!(
            SERVICE.problems(&header("HS384"), &payload),
            ["DeveloperHub accepts only HS256, HS512: alg `HS384` will be rejected"]
        );

        let p = |payload: Value| SERVICE.problems(&header("HS256"), payload.as_object().unwrap());
        let found = p(json!({"vars": []}));
        // The service's own rules, then the lifetime rules of its data.
        assert_eq!(found.len(), 3);
        assert!(found[0].starts_with("`version` missing"));
        assert!(found[1].starts_with("`vars` must be a JSON object, found an array"));
        assert!(found[2].starts_with("`exp` missing"));
        let found = p(json!({"version": "1", "exp": 1, "error_redirect_url": "login"}));
        assert_eq!(found.len(), 2);
        assert!(found[0].contains("found \"1\""));
        assert!(found[1].contains("error_redirect_url `login`"));
    }

    #[test]
    fn expiry_is_required() {
        let rules = SERVICE.expiry;
        assert_eq!(rules.default, Some(86_400));
        assert!(!rules.may_omit);
    }

    #[test]
    fn inspect_recognises_developerhub_tokens() {
        use crate::providers::test_support::guess;
        assert_eq!(
            guess("HS256", json!({"version": 1, "exp": 1})),
            Some("developerhub")
        );
        assert_eq!(
            guess("HS512", json!({"version": 1, "vars": {}})),
            Some("developerhub")
        );
        assert_eq!(guess("RS256", json!({"version": 1, "exp": 1})), None);
        assert_eq!(guess("HS256", json!({"sub": "joe", "exp": 1})), None);
        // A token jwtmint mints, with every option.
        let full = json!({"version": 1, "iat": 1, "exp": 2, "nbf": 1, "jti": "j",
                          "vars": {"user": {"name": "Joe"}}, "error_redirect_url": "https://a.b"});
        assert_eq!(guess("HS256", full), Some("developerhub"));
        // Not by `version` alone: a Zoom Video SDK signature has it too, and a version other
        // than the number 1 is not DeveloperHub's.
        let header = json!({"alg": "HS256"});
        let header = header.as_object().unwrap();
        for other in [
            json!({"app_key": "k", "tpc": "t", "role_type": 0, "version": 1, "iat": 1, "exp": 2}),
            json!({"version": 1, "exp": 2, "sub": "joe"}),
            json!({"version": 2, "exp": 2}),
            json!({"version": "1", "exp": 2}),
            json!({"version": 1}),
        ] {
            assert!(
                !(SERVICE.recognise)(header, other.as_object().unwrap()),
                "{other}"
            );
        }
    }
}
