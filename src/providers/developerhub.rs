//! DeveloperHub docs reader login: an HS256/HS512 token with `version: 1` and `exp`, handed to
//! the reader as `DOCS_URL?jwt=TOKEN`.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::{alg_problem, append_query, http_url, json_kind, Provider, ServiceClaims};
use crate::credentials::AlgRules;
use crate::output::Format;
use crate::sign::Alg;
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
            // Resolve the target as a browser would (`/\\host`, tabs, `//host` included) and
            // compare where it lands.
            let lands = docs.join(&target).ok();
            let same_site = lands.as_ref().is_some_and(|to| {
                to.scheme() == docs.scheme()
                    && to.host_str() == docs.host_str()
                    && to.port_or_known_default() == docs.port_or_known_default()
            });
            if !same_site {
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

impl Provider for DeveloperHub {
    fn name(&self) -> &'static str {
        "developerhub"
    }

    fn alg_rules(&self) -> AlgRules {
        AlgRules {
            allowed: ALGORITHMS,
            default: Alg::HS256,
        }
    }

    /// "Expiry must be defined"; the vendor's example uses 24 hours.
    fn expiry_rules(&self) -> ExpiryRules {
        ExpiryRules {
            default: Some(24 * 3600),
            may_omit: false,
            ..ExpiryRules::NONE
        }
    }

    fn claims(&self) -> Result<ServiceClaims> {
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

    fn formats(&self) -> &'static [Format] {
        &[Format::Url, Format::Token, Format::Json, Format::Claims]
    }

    fn default_format(&self) -> Format {
        Format::Url
    }

    fn url(&self, token: &str) -> Result<String> {
        Ok(append_query(&self.docs_url, "jwt", token))
    }
}

/// What DeveloperHub would reject in a token, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out: Vec<String> = alg_problem(header, "DeveloperHub", ALGORITHMS)
        .into_iter()
        .collect();
    match payload.get("version") {
        Some(Value::Number(n)) if n.as_f64() == Some(1.0) => {}
        Some(other) => out.push(format!("`version` must be the number 1, found {other}")),
        None => out.push("`version` missing: DeveloperHub needs `version: 1`".into()),
    }
    if !payload.contains_key("exp") {
        out.push(
            "`exp` missing: DeveloperHub refuses a token without an expiry (\"Expiry must be \
             defined\"); mint it with --expires-in"
                .into(),
        );
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
        let claims = h.claims().unwrap();
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
        let jti = h.claims().unwrap().flags["jti"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(uuid::Uuid::parse_str(&jti).is_ok());
    }

    #[test]
    fn urls_are_checked() {
        assert!(hub("docs.example.com").claims().is_err());
        assert!(hub("javascript:alert(1)").claims().is_err());
        assert!(hub("https://d.io/login?redirect=/guides").claims().is_ok());
        assert!(hub("https://d.io/login?redirect=https://d.io/guides")
            .claims()
            .is_ok());
        let open = hub("https://d.io/login?redirect=https://evil.example/");
        assert!(open
            .claims()
            .unwrap_err()
            .to_string()
            .contains("off the docs site"));
        assert!(hub("https://d.io/login?redirect=//evil.example/")
            .claims()
            .is_err());
        let bad = DeveloperHub {
            error_redirect_url: Some("nope".into()),
            ..hub("https://d.io")
        };
        assert!(bad.claims().is_err());
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
        let claims = h.claims().unwrap();
        let mut payload = claims.flags;
        payload.extend(claims.fixed);
        payload.insert("exp".into(), 1_700_086_400.into());
        let header = |alg: &str| json!({ "alg": alg }).as_object().unwrap().clone();
        assert!(problems(&header("HS256"), &payload).is_empty());
        assert!(problems(&header("HS512"), &payload).is_empty());
        assert_eq!(
            problems(&header("HS384"), &payload),
            ["DeveloperHub accepts only HS256, HS512: alg `HS384` will be rejected"]
        );

        let p = |payload: Value| problems(&header("HS256"), payload.as_object().unwrap());
        let found = p(json!({"vars": []}));
        assert!(found[0].starts_with("`version` missing"));
        assert!(found[1].starts_with("`exp` missing"));
        assert!(found[2].starts_with("`vars` must be a JSON object, found an array"));
        let found = p(json!({"version": "1", "exp": 1, "error_redirect_url": "login"}));
        assert_eq!(found.len(), 2);
        assert!(found[0].contains("found \"1\""));
        assert!(found[1].contains("error_redirect_url `login`"));
    }

    #[test]
    fn expiry_is_required() {
        let rules = hub("https://d.io").expiry_rules();
        assert_eq!(rules.default, Some(86_400));
        assert!(!rules.may_omit);
    }
}
