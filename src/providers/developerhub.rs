//! DeveloperHub docs reader login: an HS256/HS512 token with `version: 1` and `exp`, handed to
//! the reader as `DOCS_URL?jwt=TOKEN`.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::{append_query, http_url, Provider, ServiceClaims};
use crate::credentials::AlgRules;
use crate::output::Format;
use crate::sign::Alg;
use crate::time::ExpiryRules;

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
            if let Ok(absolute) = url::Url::parse(&target) {
                if absolute.host_str() != docs.host_str() || absolute.scheme() != docs.scheme() {
                    bail!(
                        "--docs-url redirects to `{target}`, off the docs site {}: \
                         a redirect must stay on the docs host",
                        docs.host_str().unwrap_or_default()
                    );
                }
            } else if target.starts_with("//") || !target.starts_with('/') {
                bail!("--docs-url has redirect `{target}`: use a path on the docs site, like /guides/start");
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
            allowed: &[Alg::HS256, Alg::HS512],
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
    fn expiry_is_required() {
        let rules = hub("https://d.io").expiry_rules();
        assert_eq!(rules.default, Some(86_400));
        assert!(!rules.may_omit);
    }
}
