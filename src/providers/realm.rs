//! Realm Object Server's JWT provider: RS256 only, a string `userId`, and `isAdmin: true`
//! (the JSON boolean, nothing else) for an administrator.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::{GuardedClaim, Provider, ServiceClaims};
use crate::credentials::AlgRules;
use crate::sign::Alg;
use crate::time::ExpiryRules;

#[derive(Debug, Clone)]
pub struct Realm {
    pub user_id: String,
    pub admin: bool,
    /// The server's `userIdFieldName`, `userId` unless configured otherwise.
    pub user_id_claim: String,
}

const GUARDED: &[GuardedClaim] = &[GuardedClaim {
    name: "isAdmin",
    reason: "`isAdmin: true` makes the user a Realm administrator; use --admin if you mean it",
}];

impl Provider for Realm {
    fn name(&self) -> &'static str {
        "realm"
    }

    fn alg_rules(&self) -> AlgRules {
        AlgRules {
            allowed: &[Alg::RS256],
            default: Alg::RS256,
        }
    }

    /// The token is exchanged once at `POST /auth`, so it needs to live only minutes.
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
        if self.user_id.is_empty() {
            bail!("--user-id must not be empty");
        }
        let claim = self.user_id_claim.as_str();
        if claim.is_empty() || matches!(claim, "isAdmin" | "exp" | "nbf" | "iat") {
            bail!("--user-id-claim `{claim}` cannot hold the user id");
        }
        let mut fixed = Map::new();
        // Always a JSON string: a number crashes the verifier.
        fixed.insert(claim.to_string(), Value::String(self.user_id.clone()));
        if self.admin {
            fixed.insert("isAdmin".into(), Value::Bool(true));
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn realm(user_id: &str) -> Realm {
        Realm {
            user_id: user_id.into(),
            admin: false,
            user_id_claim: "userId".into(),
        }
    }

    #[test]
    fn user_id_is_always_a_string() {
        let claims = realm("42").claims().unwrap();
        assert_eq!(Value::Object(claims.fixed), json!({"userId": "42"}));
    }

    #[test]
    fn admin_and_renamed_claim() {
        let r = Realm {
            admin: true,
            user_id_claim: "sub".into(),
            ..realm("joe")
        };
        assert_eq!(
            Value::Object(r.claims().unwrap().fixed),
            json!({"sub": "joe", "isAdmin": true})
        );
    }

    #[test]
    fn rules() {
        assert_eq!(realm("x").alg_rules().allowed, &[Alg::RS256]);
        assert!(realm("").claims().is_err());
        let r = Realm {
            user_id_claim: "isAdmin".into(),
            ..realm("x")
        };
        assert!(r.claims().is_err());
    }
}
