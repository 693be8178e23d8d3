//! Zendesk JWT single sign-on: `iat` now, a random `jti`, `email` and `name`, optional profile
//! claims, printed as `https://SUB.zendesk.com/access/jwt?jwt=TOKEN&return_to=…`. `role` can
//! make the user an agent or admin: only with `--role`, and stderr says so.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::AlgRules;
use super::{
    http_url, json_kind, nested_object, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service,
    ServiceClaims, Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

#[derive(Debug, Clone, Default)]
pub struct Zendesk {
    pub subdomain: String,
    pub email: String,
    pub name: String,
    pub external_id: Option<String>,
    pub organization: Option<String>,
    pub tags: Vec<String>,
    pub user_fields: Vec<crate::claims::Assignment>,
    pub return_to: Option<String>,
    pub role: Option<String>,
}

const SUBDOMAIN: Opt = Opt::text(
    "subdomain",
    "SUB",
    "The Zendesk subdomain (SUB.zendesk.com).",
)
.required();
const EMAIL: Opt = Opt::text("email", "EMAIL", "The user's email.")
    .required()
    .names_user();
const NAME: Opt = Opt::text("name", "NAME", "The user's name.").required();
const EXTERNAL_ID: Opt = Opt::text(
    "external-id",
    "ID",
    "The user's id in your system (external_id).",
)
.names_user();
const ORGANIZATION: Opt =
    Opt::text("organization", "NAME", "The user's organization.").grants_rights();
const TAG: Opt = Opt::text("tag", "TAG", "A user tag. Repeatable.").with_kind(Kind::List);
const USER_FIELD: Opt = Opt::text(
    "user-field",
    "KEY=VALUE",
    "A custom user field: KEY=VALUE or KEY:=JSON. Repeatable.",
)
.with_kind(Kind::Assign);
const RETURN_TO: Opt = Opt::text(
    "return-to",
    "URL",
    "Where Zendesk sends the user after sign-in.",
);
const ROLE: Opt = Opt::text(
    "role",
    "ROLE",
    "The user's role: end-user, or agent/admin (staff rights). Never the default.",
)
.with_kind(Kind::Choice(&["end-user", "agent", "admin"]))
.grants_rights();

pub static SERVICE: Service = Service {
    name: "zendesk",
    family: super::Family::Realtime,
    title: "Zendesk",
    about: "Zendesk JWT single sign-on: prints the login link.\n\n\
            HS256 with the SSO shared secret. Claims: iat (now: Zendesk accepts only recent \
            tokens), a random jti (a token works once), email, name, and external_id, \
            organization, tags, user_fields when given. --role agent or admin gives staff rights: \
            never the default, and stderr says so. Output: \
            https://SUB.zendesk.com/access/jwt?jwt=TOKEN&return_to=URL (Zendesk also takes a POST \
            form to that path, which keeps the token out of logs). Zendesk is hosted: jwtmint \
            follows its documentation.",
    example: "\
Example (the shared secret in zendesk-secret.txt):
  jwtmint zendesk --secret-file zendesk-secret.txt --subdomain acme \\
    --email joe@example.com --name 'Joe Bloggs' --external-id u-42",
    options: &[
        SUBDOMAIN,
        EMAIL,
        NAME,
        EXTERNAL_ID,
        ORGANIZATION,
        TAG,
        USER_FIELD,
        RETURN_TO,
        ROLE,
    ],
    algs: AlgRules {
        allowed: &[Alg::HS256],
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        requires_iat: true,
        ..ExpiryRules::NONE
    },
    guarded: &[
        GuardedClaim {
            name: "role",
            reason: "it can make the user an agent or admin; use --role if you mean it",
        },
        GuardedClaim {
            name: "custom_role_id",
            reason: "it gives the user a staff role",
        },
        GuardedClaim {
            name: "external_id",
            reason: "Zendesk finds the user by it before the email: it decides who signs in; use \
                     --external-id",
        },
        GuardedClaim {
            name: "organization",
            reason: "it puts the user in an organization, whose shared tickets they then see; use \
                     --organization",
        },
        GuardedClaim {
            name: "organization_id",
            reason: "it puts the user in an organization, whose shared tickets they then see",
        },
    ],
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
    build: |values| Ok(Box::new(Zendesk::from_values(values)?)),
    recognise: |_, payload| {
        ["jti", "email", "name", "iat"]
            .iter()
            .all(|k| payload.contains_key(*k))
            && !payload.contains_key("aud")
    },
    lint: problems,
};

impl Zendesk {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(Zendesk {
            subdomain: values.require(&SUBDOMAIN)?,
            email: values.require(&EMAIL)?,
            name: values.require(&NAME)?,
            external_id: values.text(&EXTERNAL_ID),
            organization: values.text(&ORGANIZATION),
            tags: values.list(&TAG),
            user_fields: values.assignments(&USER_FIELD),
            return_to: values.text(&RETURN_TO),
            role: values.text(&ROLE),
        })
    }
}

impl Provider for Zendesk {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        super::safe_id("--subdomain", &self.subdomain)?;
        if self.email.is_empty() || self.name.is_empty() {
            bail!(UsageError::new("--email and --name must not be empty"));
        }
        if let Some(url) = &self.return_to {
            http_url("--return-to", url)?;
        }
        let mut fixed = Map::new();
        fixed.insert("jti".into(), uuid::Uuid::new_v4().to_string().into());
        let mut flags = Map::new();
        flags.insert("email".into(), self.email.as_str().into());
        flags.insert("name".into(), self.name.as_str().into());
        for (name, value) in [
            ("external_id", &self.external_id),
            ("organization", &self.organization),
        ] {
            if let Some(value) = value {
                flags.insert(name.into(), value.as_str().into());
            }
        }
        if !self.tags.is_empty() {
            flags.insert(
                "tags".into(),
                Value::Array(self.tags.iter().cloned().map(Value::String).collect()),
            );
        }
        if !self.user_fields.is_empty() {
            flags.insert(
                "user_fields".into(),
                Value::Object(nested_object(None, &self.user_fields)?),
            );
        }
        if let Some(role) = &self.role {
            fixed.insert("role".into(), role.as_str().into());
        }
        Ok(ServiceClaims { flags, fixed })
    }

    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        Ok(match self.role.as_deref() {
            Some(role @ ("agent" | "admin")) => vec![format!(
                "--role {role} signs this user in as a Zendesk {role} (staff rights: they see \
                 and answer every ticket{})",
                if role == "admin" {
                    ", and change the account's settings"
                } else {
                    ""
                }
            )],
            _ => Vec::new(),
        })
    }

    fn url(&self, token: &str) -> Result<String> {
        let base = format!("https://{}.zendesk.com/access/jwt", self.subdomain);
        let mut url = SERVICE.transport.link(&base, token);
        if let Some(to) = &self.return_to {
            let encoded: String = url::form_urlencoded::byte_serialize(to.as_bytes()).collect();
            url.push_str(&format!("&return_to={encoded}"));
        }
        Ok(url)
    }
}

/// What Zendesk would refuse in a token, for `jwtmint inspect`.
pub fn problems(_header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    for (claim, why) in [
        ("jti", "a unique id per login (Zendesk refuses a replay)"),
        ("email", "the user's email"),
        ("name", "the user's name"),
    ] {
        match payload.get(claim) {
            Some(Value::String(text)) if !text.is_empty() => {}
            Some(other) => out.push(format!(
                "`{claim}` must be a string ({why}), found {}",
                json_kind(other)
            )),
            None => out.push(format!("`{claim}` missing: Zendesk needs {why}")),
        }
    }
    if let Some(role) = payload.get("role") {
        match role.as_str() {
            Some("end-user") => {}
            Some(r @ ("agent" | "admin")) => {
                out.push(format!("{WARNING}role {r}: the user gets staff rights"))
            }
            _ => out.push(format!(
                "`role` must be end-user, agent or admin, found {role}"
            )),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::test_support::payload;
    use serde_json::json;

    fn zendesk() -> Zendesk {
        Zendesk {
            subdomain: "acme".into(),
            email: "joe@example.com".into(),
            name: "Joe".into(),
            ..Default::default()
        }
    }

    #[test]
    fn exact_payloads() {
        let full = Zendesk {
            external_id: Some("u-42".into()),
            organization: Some("Acme Ltd".into()),
            tags: vec!["vip".into(), "beta".into()],
            user_fields: vec!["plan=gold".parse().unwrap()],
            ..zendesk()
        };
        let mut p = payload(&full);
        let jti = p.remove("jti").unwrap();
        assert_eq!(jti.as_str().unwrap().len(), 36);
        assert_ne!(payload(&full)["jti"], jti, "a new jti each time");
        assert_eq!(
            Value::Object(p),
            json!({"email": "joe@example.com", "name": "Joe", "external_id": "u-42",
                   "organization": "Acme Ltd", "tags": ["vip", "beta"], "user_fields": {"plan": "gold"}})
        );
        assert!(!payload(&zendesk()).contains_key("role"));
    }

    #[test]
    fn role_and_url() {
        let agent = Zendesk {
            role: Some("agent".into()),
            ..zendesk()
        };
        assert_eq!(payload(&agent)["role"], "agent");
        assert!(agent.check(&Map::new()).unwrap()[0].contains("staff rights"));
        assert!(zendesk().check(&Map::new()).unwrap().is_empty());
        let back = Zendesk {
            return_to: Some("https://acme.zendesk.com/hc?x=1&y=2".into()),
            ..zendesk()
        };
        assert_eq!(
            back.url("T").unwrap(),
            "https://acme.zendesk.com/access/jwt?jwt=T&return_to=https%3A%2F%2Facme.zendesk.com%2Fhc%3Fx%3D1%26y%3D2"
        );
        assert!(Zendesk {
            subdomain: "a.b/c".into(),
            ..zendesk()
        }
        .claims(&KeyFacts::default())
        .is_err());
    }

    #[test]
    fn inspect_minted_and_broken() {
        let header = json!({"alg": "HS256"}).as_object().unwrap().clone();
        let mut minted = payload(&zendesk());
        minted.insert("iat".into(), 1.into());
        assert!(SERVICE.problems(&header, &minted).is_empty());
        assert!((SERVICE.recognise)(&header, &minted));
        let text = SERVICE
            .problems(
                &header,
                json!({"email": 1, "role": "owner"}).as_object().unwrap(),
            )
            .join("\n");
        assert!(text.contains("`jti` missing"), "{text}");
        assert!(text.contains("`email` must be a string"), "{text}");
        assert!(text.contains("`name` missing"), "{text}");
        assert!(text.contains("end-user, agent or admin"), "{text}");
        assert!(text.contains("`iat` missing"), "{text}");
    }
}
