//! Google service-account JWTs, signed with the service account's own key file: the
//! self-signed JWT used directly as an access token (`--aud` or `--scope`), and the OAuth
//! JWT-bearer assertion exchanged at `token_uri` for an access token (`--oauth --scope`, with
//! `--subject` for domain-wide delegation) or an ID token (`--oauth --target-audience`).

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::AlgRules;
use super::{
    json_kind, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims, Transport,
    Values, WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::keys::service_account::needs_service_account;
use crate::output::Format;
use crate::time::ExpiryRules;

/// Google's OAuth token endpoint, the `token_uri` of every service-account file.
pub const TOKEN_URI: &str = "https://oauth2.googleapis.com/token";

/// Service accounts' e-mail domains end with this.
const SA_DOMAIN: &str = ".gserviceaccount.com";

const AUD: Opt = Opt::text(
    "aud",
    "URL",
    "Self-signed JWT for one API: `aud` = https://SERVICE.googleapis.com/ (with the slash).\n\n\
     The token is sent as the access token itself (Authorization: Bearer), no exchange.",
);
const SCOPE: Opt = Opt::text(
    "scope",
    "SCOPE",
    "An OAuth scope (repeatable): https://www.googleapis.com/auth/cloud-platform.\n\n\
     Without --oauth: a self-signed JWT carrying `scope` (no `aud`), used as the access token. \
     With --oauth: the assertion exchanged at token_uri for an access token with these scopes.",
)
.with_kind(Kind::List);
const OAUTH: Opt = Opt::switch(
    "oauth",
    "Mint the OAuth JWT-bearer assertion (`aud` = token_uri) instead of a self-signed JWT.\n\n\
     Exchange it with: curl -d grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer \
     -d assertion=JWT https://oauth2.googleapis.com/token. Needs --scope or --target-audience.",
);
const SUBJECT: Opt = Opt::text(
    "subject",
    "USER@DOMAIN",
    "With --oauth --scope: the Workspace user to act as (domain-wide delegation), as `sub`.\n\n\
     The access token then has that user's rights within the scopes the domain granted the \
     service account. Never taken from the environment or a profile.",
)
.grants_rights();
const TARGET_AUDIENCE: Opt = Opt::text(
    "target-audience",
    "URL",
    "With --oauth: ask for an ID token for this audience (a Cloud Run URL or an IAP client id).",
);

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "sub",
        reason:
            "a `sub` in an OAuth assertion impersonates a Workspace user; use --oauth --subject",
    },
    GuardedClaim {
        name: "scope",
        reason: "use --scope (repeatable): jwtmint joins the scopes with spaces",
    },
    GuardedClaim {
        name: "target_audience",
        reason: "use --oauth --target-audience",
    },
    GuardedClaim {
        name: "aud",
        reason: "use --aud (self-signed) or --oauth (the aud is token_uri)",
    },
    GuardedClaim {
        name: "iss",
        reason: "`iss` is the service account's client_email, from the key file",
    },
];

pub static SERVICE: Service = Service {
    name: "google",
    family: super::Family::Cloud,
    title: "Google",
    about: "Google service-account JWT: a self-signed access token or the OAuth assertion.\n\n\
            --key is the service account's JSON key file (or GOOGLE_APPLICATION_CREDENTIALS). \
            Give exactly one of: --aud https://SERVICE.googleapis.com/ (a self-signed JWT for \
            one API), --scope S... (a self-signed JWT with scopes), --oauth --scope S... \
            [--subject USER] (the assertion exchanged for an access token), or --oauth \
            --target-audience URL (the assertion exchanged for an ID token). RS256, `kid` = \
            private_key_id, `iss` = client_email; Google refuses tokens that live over an hour.",
    example: "\
Example:
  TOKEN=$(jwtmint google --key sa.json --aud https://pubsub.googleapis.com/)
  curl -H \"Authorization: Bearer $TOKEN\" https://pubsub.googleapis.com/v1/projects/P/topics
  ASSERTION=$(jwtmint google --key sa.json --oauth \\
    --scope https://www.googleapis.com/auth/cloud-platform)
  curl -d grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer -d assertion=$ASSERTION \\
    https://oauth2.googleapis.com/token",
    options: &[AUD, SCOPE, OAUTH, SUBJECT, TARGET_AUDIENCE],
    algs: AlgRules {
        allowed: &[Alg::RS256],
        default: Alg::RS256,
    },
    expiry: ExpiryRules {
        default: Some(3600),
        may_omit: false,
        max_lifetime: Some(3600),
        requires_iat: true,
        ..ExpiryRules::NONE
    },
    guarded: GUARDED,
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: true,
    key_env: Some("GOOGLE_APPLICATION_CREDENTIALS"),
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Google::from_values(values)?)),
    recognise,
    lint: problems,
};

/// Which of Google's four JWTs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Self-signed, `aud` = the API's URL.
    Audience(String),
    /// Self-signed, `scope` = the scopes.
    Scopes(Vec<String>),
    /// OAuth assertion for an access token, optionally acting as a Workspace user.
    OAuth {
        scopes: Vec<String>,
        subject: Option<String>,
    },
    /// OAuth assertion for an ID token.
    IdToken(String),
}

#[derive(Debug, Clone)]
pub struct Google {
    pub mode: Mode,
}

fn usage(message: impl Into<String>) -> anyhow::Error {
    UsageError::new(message).into()
}

impl Google {
    pub fn from_values(values: &Values) -> Result<Self> {
        let aud = values.text(&AUD);
        let scopes: Vec<String> = values
            .list(&SCOPE)
            .iter()
            .flat_map(|s| s.split_whitespace().map(str::to_string))
            .collect();
        if values.is_set(&SCOPE) && scopes.is_empty() {
            bail!(usage("--scope needs a scope"));
        }
        let oauth = values.switch(&OAUTH);
        let subject = values.text(&SUBJECT);
        let target = values.text(&TARGET_AUDIENCE);
        if subject.is_some() && (!oauth || scopes.is_empty()) {
            bail!(usage(
                "--subject (domain-wide delegation) works only with --oauth --scope: Google \
                 takes no self-signed JWT on a user's behalf"
            ));
        }
        if target.is_some() && !oauth {
            bail!(usage(
                "--target-audience is for the ID-token assertion: add --oauth"
            ));
        }
        let mode = match (aud, oauth, scopes.is_empty(), target) {
            (Some(_), true, _, _) => bail!(usage(
                "--aud is for a self-signed JWT; --oauth's `aud` is token_uri: give one of them"
            )),
            (Some(_), false, false, _) => bail!(usage(
                "give --aud or --scope, not both: Google reads a self-signed JWT with both as \
                 neither"
            )),
            (Some(aud), false, true, None) => {
                if aud.is_empty() {
                    bail!(usage("--aud needs a URL: https://SERVICE.googleapis.com/"));
                }
                Mode::Audience(aud)
            }
            (None, false, false, None) => Mode::Scopes(scopes),
            (None, true, false, None) => Mode::OAuth { scopes, subject },
            (None, true, true, Some(target)) => {
                if target.is_empty() {
                    bail!(usage("--target-audience needs a URL or client id"));
                }
                Mode::IdToken(target)
            }
            (None, true, false, Some(_)) => bail!(usage(
                "give --scope (an access token) or --target-audience (an ID token), not both"
            )),
            (None, true, true, None) => bail!(usage(
                "--oauth needs --scope S (an access token) or --target-audience URL (an ID token)"
            )),
            // Nothing given (--target-audience without --oauth was refused above).
            _ => bail!(usage(
                "give one of --aud https://SERVICE.googleapis.com/, --scope S, --oauth --scope \
                 S or --oauth --target-audience URL"
            )),
        };
        Ok(Google { mode })
    }
}

/// The service account's e-mail, from the key file.
fn client_email(key: &KeyFacts, service: &str) -> Result<String> {
    match key.json.get("client_email").and_then(Value::as_str) {
        Some(email) if !email.is_empty() => Ok(email.to_string()),
        _ => Err(needs_service_account(service)),
    }
}

impl Provider for Google {
    fn claims(&self, key: &KeyFacts) -> Result<ServiceClaims> {
        let email = client_email(key, "google")?;
        let token_uri = key
            .json
            .get("token_uri")
            .and_then(Value::as_str)
            .filter(|uri| !uri.is_empty())
            .unwrap_or(TOKEN_URI);
        let mut fixed = Map::new();
        fixed.insert("iss".into(), email.as_str().into());
        match &self.mode {
            Mode::Audience(aud) => {
                fixed.insert("sub".into(), email.into());
                fixed.insert("aud".into(), aud.as_str().into());
            }
            Mode::Scopes(scopes) => {
                fixed.insert("sub".into(), email.into());
                fixed.insert("scope".into(), scopes.join(" ").into());
            }
            Mode::OAuth { scopes, subject } => {
                fixed.insert("aud".into(), token_uri.into());
                fixed.insert("scope".into(), scopes.join(" ").into());
                if let Some(subject) = subject {
                    fixed.insert("sub".into(), subject.as_str().into());
                }
            }
            Mode::IdToken(target) => {
                fixed.insert("aud".into(), token_uri.into());
                fixed.insert("target_audience".into(), target.as_str().into());
            }
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        let mut out = Vec::new();
        match &self.mode {
            Mode::Audience(aud) => out.extend(audience_warning(aud)),
            Mode::Scopes(scopes) | Mode::OAuth { scopes, .. } => {
                out.extend(scopes.iter().filter_map(|s| scope_warning(s)))
            }
            Mode::IdToken(_) => {}
        }
        if let Mode::OAuth {
            subject: Some(subject),
            ..
        } = &self.mode
        {
            out.push(format!(
                "--subject {subject}: the access token acts as this user (domain-wide delegation)"
            ));
        }
        Ok(out)
    }
}

/// What is odd about a self-signed JWT's audience: Google expects
/// `https://SERVICE.googleapis.com/`, scheme, host and the trailing slash.
fn audience_warning(aud: &str) -> Option<String> {
    let host = url::Url::parse(aud)
        .ok()
        .filter(|u| u.scheme() == "https")
        .and_then(|u| u.host_str().map(str::to_string));
    match host {
        Some(host) if host.ends_with(".googleapis.com") => (!aud.ends_with('/')).then(|| {
            format!(
                "--aud {aud} has no trailing slash: Google's self-signed JWTs use \
                 https://{host}/ exactly"
            )
        }),
        _ => Some(format!(
            "--aud {aud} is not https://SERVICE.googleapis.com/: Google accepts self-signed \
             JWTs for its own APIs only"
        )),
    }
}

fn scope_warning(scope: &str) -> Option<String> {
    let bare = ["openid", "email", "profile"];
    (!scope.starts_with("https://") && !bare.contains(&scope)).then(|| {
        format!(
            "scope `{scope}` is not a URL: Google scopes look like \
             https://www.googleapis.com/auth/{scope}"
        )
    })
}

fn str_claim<'a>(payload: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    payload.get(name).and_then(Value::as_str)
}

fn recognise(_header: &Map<String, Value>, payload: &Map<String, Value>) -> bool {
    // Firebase custom tokens look the same: firebase stands before google in the registry.
    str_claim(payload, "iss").is_some_and(|iss| iss.ends_with(SA_DOMAIN))
}

/// What Google would reject in a token, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    let iss = str_claim(payload, "iss");
    match iss {
        None => out.push("`iss` missing: it must be the service account's client_email".into()),
        Some(iss) if !iss.ends_with(SA_DOMAIN) => out.push(format!(
            "{WARNING}`iss` {iss} is not a service account's e-mail (…{SA_DOMAIN})"
        )),
        Some(_) => {}
    }
    if let Some(scope) = payload.get("scope") {
        if !scope.is_string() {
            out.push(format!(
                "`scope` must be one space-separated string, found {}",
                json_kind(scope)
            ));
        }
    }
    let aud = payload.get("aud");
    let is_assertion = aud
        .and_then(Value::as_str)
        .is_some_and(|aud| aud.ends_with("/token"));
    if is_assertion {
        match (
            payload.contains_key("scope"),
            payload.contains_key("target_audience"),
        ) {
            (false, false) => out.push(
                "an OAuth assertion needs `scope` (for an access token) or `target_audience` \
                 (for an ID token)"
                    .into(),
            ),
            (true, true) => {
                out.push("an OAuth assertion has `scope` or `target_audience`, not both".into())
            }
            _ => {}
        }
        if !header.contains_key("kid") {
            out.push(format!(
                "{WARNING}no `kid` header: Google's SDKs send the key's private_key_id"
            ));
        }
    } else {
        if !header.contains_key("kid") {
            out.push(
                "no `kid` header: Google finds a self-signed JWT's key by its private_key_id"
                    .into(),
            );
        }
        if str_claim(payload, "sub") != iss {
            out.push("a self-signed JWT's `sub` must equal `iss` (the client_email)".into());
        }
        match (aud, payload.contains_key("scope")) {
            (None, false) => out.push(
                "a self-signed JWT needs `aud` (https://SERVICE.googleapis.com/) or `scope`".into(),
            ),
            (Some(_), true) => {
                out.push("a self-signed JWT has `aud` or `scope`, never both".into())
            }
            (Some(Value::String(aud)), false) => {
                out.extend(audience_warning(aud).map(|w| format!("{WARNING}{w}")))
            }
            (Some(other), false) => out.push(format!(
                "`aud` must be one URL string, found {}",
                json_kind(other)
            )),
            (None, true) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    pub(crate) fn facts() -> KeyFacts {
        let json = json!({
            "type": "service_account",
            "client_email": "sa@p.iam.gserviceaccount.com",
            "private_key_id": "0123456789abcdef0123456789abcdef01234567",
            "token_uri": TOKEN_URI,
        });
        KeyFacts {
            kid: Some("0123456789abcdef0123456789abcdef01234567".into()),
            json: json.as_object().unwrap().clone(),
            ..Default::default()
        }
    }

    fn values(args: &[(&Opt, Given)]) -> Values {
        args.iter()
            .fold(Values::new(), |v, (opt, given)| v.with(opt, given.clone()))
    }

    use super::super::Given;

    fn text(s: &str) -> Given {
        Given::Text(s.into())
    }

    fn list(items: &[&str]) -> Given {
        Given::List(items.iter().map(|s| s.to_string()).collect())
    }

    fn payload(g: &Google) -> Value {
        Value::Object(g.claims(&facts()).unwrap().fixed)
    }

    const CP: &str = "https://www.googleapis.com/auth/cloud-platform";
    const RO: &str = "https://www.googleapis.com/auth/devstorage.read_only";

    #[test]
    fn exact_payloads_for_each_mode() {
        let email = "sa@p.iam.gserviceaccount.com";
        let g = Google::from_values(&values(&[(&AUD, text("https://pubsub.googleapis.com/"))]))
            .unwrap();
        assert_eq!(
            payload(&g),
            json!({"iss": email, "sub": email, "aud": "https://pubsub.googleapis.com/"})
        );
        let g = Google::from_values(&values(&[(&SCOPE, list(&[CP, RO]))])).unwrap();
        assert_eq!(
            payload(&g),
            json!({"iss": email, "sub": email, "scope": format!("{CP} {RO}")})
        );
        let g = Google::from_values(&values(&[
            (&OAUTH, Given::Switch(true)),
            (&SCOPE, list(&[CP])),
            (&SUBJECT, text("ann@example.com")),
        ]))
        .unwrap();
        assert_eq!(
            payload(&g),
            json!({"iss": email, "aud": TOKEN_URI, "scope": CP, "sub": "ann@example.com"})
        );
        assert!(g.check(&Map::new()).unwrap()[0].contains("domain-wide"));
        let g = Google::from_values(&values(&[
            (&OAUTH, Given::Switch(true)),
            (&TARGET_AUDIENCE, text("https://svc-abc.a.run.app")),
        ]))
        .unwrap();
        assert_eq!(
            payload(&g),
            json!({"iss": email, "aud": TOKEN_URI, "target_audience": "https://svc-abc.a.run.app"})
        );
    }

    #[test]
    fn exactly_one_mode() {
        let refused = |args: &[(&Opt, Given)], words: &str| {
            let err = Google::from_values(&values(args)).unwrap_err();
            assert!(err.is::<UsageError>());
            assert!(err.to_string().contains(words), "{err}");
        };
        refused(&[], "give one of");
        refused(
            &[
                (&AUD, text("https://a.googleapis.com/")),
                (&SCOPE, list(&[CP])),
            ],
            "not both",
        );
        refused(
            &[
                (&AUD, text("https://a.googleapis.com/")),
                (&OAUTH, Given::Switch(true)),
            ],
            "token_uri",
        );
        refused(&[(&OAUTH, Given::Switch(true))], "--oauth needs");
        refused(
            &[(&SCOPE, list(&[CP])), (&SUBJECT, text("a@b.c"))],
            "only with --oauth --scope",
        );
        refused(&[(&TARGET_AUDIENCE, text("x"))], "add --oauth");
        refused(
            &[
                (&OAUTH, Given::Switch(true)),
                (&SCOPE, list(&[CP])),
                (&TARGET_AUDIENCE, text("x")),
            ],
            "not both",
        );
        const { assert!(SUBJECT.grants_rights) };
    }

    #[test]
    fn needs_a_service_account_file() {
        let g = Google {
            mode: Mode::Scopes(vec![CP.into()]),
        };
        let err = g.claims(&KeyFacts::default()).unwrap_err().to_string();
        assert!(err.contains("service-account key file"), "{err}");
    }

    #[test]
    fn warnings() {
        assert!(audience_warning("https://pubsub.googleapis.com/").is_none());
        assert!(audience_warning("https://pubsub.googleapis.com")
            .unwrap()
            .contains("trailing slash"));
        assert!(audience_warning("https://example.com/")
            .unwrap()
            .contains("its own APIs"));
        assert!(scope_warning(CP).is_none());
        assert!(scope_warning("cloud-platform").is_some());
    }

    fn header() -> Map<String, Value> {
        json!({"alg": "RS256", "typ": "JWT", "kid": "k"})
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn inspect_minted_and_broken_tokens() {
        let with_times = |g: &Google| {
            let mut p = g.claims(&facts()).unwrap().fixed;
            p.insert("iat".into(), 1000.into());
            p.insert("exp".into(), 4600.into());
            p
        };
        for mode in [
            Mode::Audience("https://pubsub.googleapis.com/".into()),
            Mode::Scopes(vec![CP.into()]),
            Mode::OAuth {
                scopes: vec![CP.into()],
                subject: Some("a@b.c".into()),
            },
            Mode::IdToken("https://x.run.app".into()),
        ] {
            let p = with_times(&Google { mode });
            assert!(SERVICE.problems(&header(), &p).is_empty(), "{p:?}");
            assert!(recognise(&header(), &p));
        }
        let broken = json!({
            "iss": "sa@p.iam.gserviceaccount.com", "sub": "x",
            "aud": "https://pubsub.googleapis.com/", "scope": [CP],
            "iat": 1000, "exp": 8200
        });
        let found = SERVICE.problems(
            &json!({"alg": "HS256"}).as_object().unwrap().clone(),
            broken.as_object().unwrap(),
        );
        assert_eq!(found.len(), 6, "{found:?}");
        assert!(found[0].contains("accepts only RS256"));
        assert!(found[1].contains("space-separated string"));
        assert!(found[2].contains("no `kid`"));
        assert!(found[3].contains("must equal `iss`"));
        assert!(found[4].contains("never both"));
        assert!(found[5].contains("longer than 1h"));
        let oauth =
            json!({"iss": "sa@p.iam.gserviceaccount.com", "aud": TOKEN_URI, "iat": 1, "exp": 2});
        let found = SERVICE.problems(&header(), oauth.as_object().unwrap());
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("needs `scope`"));
    }
}
