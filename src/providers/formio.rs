//! Form.io on-premise SSO: `jwt.verify(token, JWT_SECRET)` on the server, then the payload is
//! used as the session. See `shared/providers.md`.

use anyhow::{bail, Result};
use serde_json::{json, Map, Value};

use super::{object_id, GuardedClaim, Provider, ServiceClaims};
use crate::credentials::AlgRules;
use crate::output::Format;
use crate::sign::Alg;
use crate::time::ExpiryRules;

/// The plain values `jwtmint formio` takes.
#[derive(Debug, Default, Clone)]
pub struct Formio {
    pub project: String,
    pub form: String,
    pub roles: Vec<String>,
    /// `user.data`, already merged from `--data-file` and `--data`.
    pub data: Map<String, Value>,
    pub admin: bool,
}

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "isAdmin",
        reason: "it makes the request an administrator; use --admin if you mean it",
    },
    GuardedClaim {
        name: "temp",
        reason: "it turns the token into a temporary token with other rules",
    },
    GuardedClaim {
        name: "allow",
        reason: "it limits or widens what the token may do",
    },
    GuardedClaim {
        name: "permission",
        reason: "it changes the token's permissions",
    },
    GuardedClaim {
        name: "access",
        reason: "it changes how the token's access is checked",
    },
];

/// Form.io keys users by the first 12 characters of this id.
const ID_LENGTH: usize = 12;

impl Formio {
    /// The id the server derives from `user.data`: `id || _id || email || JSON(data)`,
    /// following JavaScript's `||` (empty strings, 0, false and null fall through).
    pub fn derived_user_id(&self) -> (String, &'static str) {
        for key in ["id", "_id", "email"] {
            match self.data.get(key) {
                Some(Value::String(s)) if !s.is_empty() => return (s.clone(), key),
                Some(Value::Number(n)) if n.as_f64() != Some(0.0) => return (n.to_string(), key),
                Some(Value::Bool(true)) => return ("true".into(), key),
                Some(v @ (Value::Array(_) | Value::Object(_))) => return (v.to_string(), key),
                _ => {}
            }
        }
        (
            Value::Object(self.data.clone()).to_string(),
            "the whole of user.data",
        )
    }
}

impl Provider for Formio {
    fn name(&self) -> &'static str {
        "formio"
    }

    fn alg_rules(&self) -> AlgRules {
        AlgRules {
            allowed: &[Alg::HS256, Alg::HS384, Alg::HS512],
            default: Alg::HS256,
        }
    }

    /// `exp` only bounds the first use: the server re-issues the token on every request.
    fn expiry_rules(&self) -> ExpiryRules {
        ExpiryRules {
            default: Some(3600),
            ..ExpiryRules::NONE
        }
    }

    fn guarded_claims(&self) -> &'static [GuardedClaim] {
        GUARDED
    }

    fn claims(&self) -> Result<ServiceClaims> {
        let project = object_id("--project", &self.project)?;
        let form = object_id("--form", &self.form)?;
        if self.roles.is_empty() {
            bail!("at least one --role is needed: Form.io silently drops unknown roles, and a user with none can do nothing");
        }
        let roles = self
            .roles
            .iter()
            .map(|role| object_id("--role", role))
            .collect::<Result<Vec<_>>>()?;
        if self.data.is_empty() {
            bail!("user.data must not be empty: give at least one --data KEY=VALUE (e.g. --data email=joe@example.com)");
        }
        let mut fixed = Map::new();
        fixed.insert("external".into(), Value::Bool(true));
        fixed.insert("form".into(), json!({ "_id": form }));
        fixed.insert("project".into(), json!({ "_id": project }));
        fixed.insert(
            "user".into(),
            json!({ "_id": "external", "data": self.data, "roles": roles }),
        );
        if self.admin {
            fixed.insert("isAdmin".into(), Value::Bool(true));
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        let (id, source) = self.derived_user_id();
        let mut warnings = Vec::new();
        if id.contains('@') {
            warnings.push(format!(
                "Form.io keys this user by the first {ID_LENGTH} characters of {source} (`{}`): \
                 every email starting the same way is the same user; add --data id=UNIQUE_ID",
                id.chars().take(ID_LENGTH).collect::<String>()
            ));
        } else if id.chars().count() < ID_LENGTH {
            warnings.push(format!(
                "Form.io keys this user by the first {ID_LENGTH} characters of {source} (`{id}`), \
                 and it has only {}: use an id of at least {ID_LENGTH} characters (--data id=…) \
                 so that it cannot collide with another user's",
                id.chars().count()
            ));
        }
        Ok(warnings)
    }

    fn header(&self, token: &str) -> String {
        format!("x-jwt-token: {token}")
    }

    fn formats(&self) -> &'static [Format] {
        &[Format::Token, Format::Json, Format::Header, Format::Claims]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: &str = "5c81a2e7f1d3b40012345601";
    const F: &str = "5c81a2e7f1d3b40012345602";
    const R: &str = "5c81a2e7f1d3b40012345603";

    fn formio(data: Value) -> Formio {
        Formio {
            project: P.into(),
            form: F.into(),
            roles: vec![R.into()],
            data: data.as_object().unwrap().clone(),
            admin: false,
        }
    }

    #[test]
    fn exact_payload_shape() {
        let claims = formio(json!({"email": "joe@example.com"}))
            .claims()
            .unwrap();
        assert!(claims.flags.is_empty());
        assert_eq!(
            Value::Object(claims.fixed),
            json!({
                "external": true,
                "form": {"_id": F},
                "project": {"_id": P},
                "user": {"_id": "external", "data": {"email": "joe@example.com"}, "roles": [R]}
            })
        );
    }

    #[test]
    fn admin_only_through_the_flag() {
        let mut f = formio(json!({"id": "user-000000001"}));
        f.admin = true;
        assert_eq!(f.claims().unwrap().fixed["isAdmin"], true);
        assert!(GUARDED.iter().any(|g| g.name == "isAdmin"));
    }

    #[test]
    fn validation_errors() {
        let mut f = formio(json!({"id": "x"}));
        f.project = "nope".into();
        assert!(f
            .claims()
            .unwrap_err()
            .to_string()
            .contains("--project `nope`"));
        let mut f = formio(json!({"id": "x"}));
        f.roles.clear();
        assert!(f
            .claims()
            .unwrap_err()
            .to_string()
            .contains("at least one --role"));
        let mut f = formio(json!({"id": "x"}));
        f.roles.push("administrator".into());
        assert!(f
            .claims()
            .unwrap_err()
            .to_string()
            .contains("--role `administrator`"));
        let f = formio(json!({}));
        assert!(f
            .claims()
            .unwrap_err()
            .to_string()
            .contains("user.data must not be empty"));
    }

    #[test]
    fn derived_id_follows_the_server() {
        assert_eq!(
            formio(json!({"id": "a", "email": "b"})).derived_user_id().0,
            "a"
        );
        assert_eq!(
            formio(json!({"id": "", "_id": 7, "email": "b"}))
                .derived_user_id()
                .0,
            "7"
        );
        assert_eq!(
            formio(json!({"id": 0, "email": "b@x.io"}))
                .derived_user_id()
                .0,
            "b@x.io"
        );
        assert_eq!(
            formio(json!({"name": "Joe"})).derived_user_id().0,
            r#"{"name":"Joe"}"#
        );
    }

    #[test]
    fn collision_warnings() {
        let warn = |data| formio(data).check(&Map::new()).unwrap();
        assert!(warn(json!({"email": "joe@example.com"}))[0].contains("joe@example."));
        assert!(warn(json!({"id": "u1"}))[0].contains("only 2"));
        assert!(warn(json!({"id": "3f2b9c1e-7a4d-4b8e-9f00-1a2b3c4d5e6f"})).is_empty());
    }
}
