//! Tiledesk custom authentication: `_id`, `sub: "userexternal"` and an `aud` URL ending in
//! `/projects/PROJECT_ID`, signed with the Project Shared Secret. The vendor's Node and PHP
//! samples sign `id`, `subject` and `audience` as payload keys; that is wrong, and refused here.

use anyhow::{bail, Result};
use serde_json::Map;

use super::{append_query, http_url, safe_id, GuardedClaim, Provider, ServiceClaims};
use crate::claims::Assignment;
use crate::credentials::AlgRules;
use crate::output::{warn, Format};
use crate::sign::Alg;
use crate::time::ExpiryRules;

pub const DEFAULT_AUDIENCE_BASE: &str = "https://tiledesk.com";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Owner,
    Admin,
    Agent,
}

impl Role {
    fn name(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Admin => "admin",
            Role::Agent => "agent",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Tiledesk {
    pub project: String,
    pub user_id: String,
    pub firstname: Option<String>,
    pub lastname: Option<String>,
    pub email: Option<String>,
    pub attrs: Vec<Assignment>,
    pub role: Option<Role>,
    pub audience_base: String,
    /// The page that carries the token as `tiledesk_jwt=JWT%20TOKEN`, for `--format url`.
    pub url: Option<String>,
}

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "role",
        reason: "a `role` makes sign-in create a real agent account; use --role with --email if you mean it",
    },
    GuardedClaim { name: "id", reason: "Tiledesk reads `_id`, not `id` (the vendor's samples are wrong); use --user-id" },
    GuardedClaim { name: "subject", reason: "`subject` is a jsonwebtoken option, not a claim; Tiledesk needs `sub: userexternal`, which jwtmint sets" },
    GuardedClaim { name: "audience", reason: "`audience` is a jsonwebtoken option, not a claim; jwtmint sets `aud` from --project" },
];

/// Claims the subcommand owns: not settable with --attr.
const OWN: [&str; 6] = ["_id", "sub", "aud", "firstname", "lastname", "email"];

impl Provider for Tiledesk {
    fn name(&self) -> &'static str {
        "tiledesk"
    }

    fn alg_rules(&self) -> AlgRules {
        AlgRules {
            allowed: &[Alg::HS256, Alg::HS384, Alg::HS512],
            default: Alg::HS256,
        }
    }

    /// `exp` becomes the chat session's lifetime.
    fn expiry_rules(&self) -> ExpiryRules {
        ExpiryRules {
            default: Some(24 * 3600),
            ..ExpiryRules::NONE
        }
    }

    fn guarded_claims(&self) -> &'static [GuardedClaim] {
        GUARDED
    }

    fn claims(&self) -> Result<ServiceClaims> {
        safe_id("--project", &self.project)?;
        safe_id("--user-id", &self.user_id)?;
        http_url("--audience-base", &self.audience_base)?;
        if let Some(url) = &self.url {
            http_url("--url", url)?;
        }
        let mut fixed = Map::new();
        fixed.insert("_id".into(), self.user_id.as_str().into());
        fixed.insert("sub".into(), "userexternal".into());
        let aud = format!(
            "{}/projects/{}",
            self.audience_base.trim_end_matches('/'),
            self.project
        );
        fixed.insert("aud".into(), aud.into());

        let mut flags = Map::new();
        for Assignment { key, value } in &self.attrs {
            if OWN.contains(&key.as_str()) || GUARDED.iter().any(|g| g.name == key) {
                bail!("--attr cannot set `{key}`: it has its own flag or is refused");
            }
            flags.insert(key.clone(), value.clone());
        }
        for (name, value) in [
            ("firstname", &self.firstname),
            ("lastname", &self.lastname),
            ("email", &self.email),
        ] {
            if let Some(value) = value {
                flags.insert(name.into(), value.as_str().into());
            }
        }
        if let Some(role) = self.role {
            let Some(email) = &self.email else {
                bail!("--role needs --email: Tiledesk creates the agent account from it");
            };
            warn(format!(
                "--role {}: signing in with this token creates a real Tiledesk agent account for {email}",
                role.name()
            ));
            fixed.insert("role".into(), role.name().into());
        }
        Ok(ServiceClaims { flags, fixed })
    }

    fn formats(&self) -> &'static [Format] {
        &[
            Format::Token,
            Format::Json,
            Format::Header,
            Format::Url,
            Format::Claims,
        ]
    }

    fn default_format(&self) -> Format {
        if self.url.is_some() {
            Format::Url
        } else {
            Format::Token
        }
    }

    /// Exactly one space after `JWT`; `Bearer` is refused by the server.
    fn header(&self, token: &str) -> String {
        format!("Authorization: JWT {token}")
    }

    fn url(&self, token: &str) -> Result<String> {
        let Some(page) = &self.url else {
            bail!("--format url needs --url PAGE (the page that embeds the Tiledesk widget)");
        };
        Ok(append_query(
            page,
            "tiledesk_jwt",
            &format!("JWT%20{token}"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn tiledesk() -> Tiledesk {
        Tiledesk {
            project: "5f8e1a2b3c4d5e6f7a8b9c0d".into(),
            user_id: "u1".into(),
            firstname: Some("Ann".into()),
            lastname: None,
            email: Some("a@example.com".into()),
            attrs: vec!["plan=pro".parse().unwrap()],
            role: None,
            audience_base: DEFAULT_AUDIENCE_BASE.into(),
            url: None,
        }
    }

    #[test]
    fn exact_payload() {
        let claims = tiledesk().claims().unwrap();
        assert_eq!(
            Value::Object(claims.fixed),
            json!({"_id": "u1", "sub": "userexternal", "aud": "https://tiledesk.com/projects/5f8e1a2b3c4d5e6f7a8b9c0d"})
        );
        assert_eq!(
            Value::Object(claims.flags),
            json!({"plan": "pro", "firstname": "Ann", "email": "a@example.com"})
        );
    }

    #[test]
    fn audience_base_and_transports() {
        let t = Tiledesk {
            audience_base: "https://chat.example.com/".into(),
            url: Some("https://shop.example.com/help?x=1".into()),
            ..tiledesk()
        };
        assert_eq!(
            t.claims().unwrap().fixed["aud"],
            "https://chat.example.com/projects/5f8e1a2b3c4d5e6f7a8b9c0d"
        );
        assert_eq!(t.header("T"), "Authorization: JWT T");
        assert_eq!(
            t.url("T").unwrap(),
            "https://shop.example.com/help?x=1&tiledesk_jwt=JWT%20T"
        );
        assert_eq!(t.default_format(), Format::Url);
        assert!(tiledesk().url("T").is_err());
    }

    #[test]
    fn rules() {
        assert!(Tiledesk {
            user_id: "a.b".into(),
            ..tiledesk()
        }
        .claims()
        .is_err());
        assert!(Tiledesk {
            project: "x/y".into(),
            ..tiledesk()
        }
        .claims()
        .is_err());
        assert!(Tiledesk {
            audience_base: "tiledesk.com".into(),
            ..tiledesk()
        }
        .claims()
        .is_err());
        let no_email = Tiledesk {
            role: Some(Role::Agent),
            email: None,
            ..tiledesk()
        };
        assert!(no_email
            .claims()
            .unwrap_err()
            .to_string()
            .contains("--role needs --email"));
        let agent = Tiledesk {
            role: Some(Role::Agent),
            ..tiledesk()
        };
        assert_eq!(agent.claims().unwrap().fixed["role"], "agent");
        let sneaky = Tiledesk {
            attrs: vec!["role=owner".parse().unwrap()],
            ..tiledesk()
        };
        assert!(sneaky.claims().is_err());
        let sneaky = Tiledesk {
            attrs: vec!["sub=x".parse().unwrap()],
            ..tiledesk()
        };
        assert!(sneaky.claims().is_err());
        for name in ["role", "id", "subject", "audience"] {
            assert!(GUARDED.iter().any(|g| g.name == name));
        }
    }
}
