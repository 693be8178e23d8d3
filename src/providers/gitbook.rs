//! GitBook visitor authentication: HS256 with the site's signing key, any claims (matched
//! against the site's visitor schema), a short `exp`, printed as `SITE/PATH?jwt_token=TOKEN`.

use anyhow::{bail, Result};

use super::AlgRules;
use super::{http_url, KeyFacts, Opt, Provider, Service, ServiceClaims, Transport, Values};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

#[derive(Debug, Clone, Default)]
pub struct GitBook {
    pub site_url: String,
    pub path: Option<String>,
}

const SITE_URL: Opt = Opt::text("site-url", "URL", "The docs site's URL.").required();
const PATH: Opt = Opt::text("path", "/PAGE", "The page to open on the site.");

pub static SERVICE: Service = Service {
    name: "gitbook",
    family: super::Family::Realtime,
    title: "GitBook",
    about: "GitBook visitor authentication: prints the signed link to a docs site.\n\n\
            HS256 with the site's signing key (text). Any claims with --claim/--claims-file (for \
            adaptive content, matched against the site's visitor schema). Default expiry 1h \
            (GitBook's sample; keep it short). Output: SITE/PATH?jwt_token=TOKEN. GitBook is \
            hosted: jwtmint follows its documentation.",
    example: "\
Example (the signing key in gitbook-key.txt):
  jwtmint gitbook --secret-file gitbook-key.txt --site-url https://docs.example.com \\
    --path /guides/start --claim plan=pro",
    options: &[SITE_URL, PATH],
    algs: AlgRules {
        allowed: &[Alg::HS256],
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        default: Some(3600),
        ..ExpiryRules::NONE
    },
    guarded: &[],
    formats: &[Format::Url, Format::Token, Format::Json, Format::Claims],
    transport: Transport {
        url_param: Some(("jwt_token", "")),
        ..Transport::BEARER
    },
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(GitBook::from_values(values)?)),
    // Any claims: nothing tells a GitBook token apart.
    recognise: super::never,
    lint: super::no_lint,
};

impl GitBook {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(GitBook {
            site_url: values.require(&SITE_URL)?,
            path: values.text(&PATH),
        })
    }

    fn page(&self) -> Result<String> {
        let site = http_url("--site-url", &self.site_url)?;
        if site.query().is_some() || site.fragment().is_some() {
            bail!(UsageError::new(
                "--site-url takes the site's URL without ?query or #fragment"
            ));
        }
        Ok(match &self.path {
            None => self.site_url.clone(),
            Some(path) => {
                if path.contains(['?', '#', ' ']) || path.contains("://") || path.starts_with("//")
                {
                    bail!(UsageError::new(format!(
                        "--path `{path}` must be a page path on the site, like /guides/start"
                    )));
                }
                format!(
                    "{}/{}",
                    self.site_url.trim_end_matches('/'),
                    path.trim_start_matches('/')
                )
            }
        })
    }
}

impl Provider for GitBook {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        self.page()?;
        Ok(ServiceClaims::default())
    }

    fn url(&self, token: &str) -> Result<String> {
        Ok(SERVICE.transport.link(&self.page()?, token))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        let g = |site: &str, path: Option<&str>| GitBook {
            site_url: site.into(),
            path: path.map(Into::into),
        };
        assert_eq!(
            g("https://docs.example.com", Some("/guides/start"))
                .url("T")
                .unwrap(),
            "https://docs.example.com/guides/start?jwt_token=T"
        );
        assert_eq!(
            g("https://docs.example.com/", Some("guides"))
                .url("T")
                .unwrap(),
            "https://docs.example.com/guides?jwt_token=T"
        );
        assert_eq!(
            g("https://docs.example.com/", None).url("T").unwrap(),
            "https://docs.example.com/?jwt_token=T"
        );
        assert!(g("docs.example.com", None)
            .claims(&KeyFacts::default())
            .is_err());
        assert!(g("https://d.io", Some("//evil.io"))
            .claims(&KeyFacts::default())
            .is_err());
        assert!(g("https://d.io?x=1", None)
            .claims(&KeyFacts::default())
            .is_err());
        assert!(g("https://d.io", None)
            .claims(&KeyFacts::default())
            .unwrap()
            .fixed
            .is_empty());
    }
}
