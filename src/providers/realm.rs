//! Realm Object Server's JWT provider: RS256 only, a string `userId`, and `isAdmin: true`
//! (the JSON boolean, nothing else) for an administrator.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::{alg_problem, GuardedClaim, Provider, ServiceClaims, WARNING};
use crate::credentials::AlgRules;
use crate::sign::Alg;
use crate::time::ExpiryRules;

#[derive(Debug, Clone, Default)]
pub struct Realm {
    pub user_id: String,
    pub admin: bool,
    /// The server's `userIdFieldName`, `userId` unless configured otherwise.
    pub user_id_claim: String,
}

const ALGORITHMS: &[Alg] = &[Alg::RS256];

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
            allowed: ALGORITHMS,
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

/// What Realm's JWT provider would reject or misread in a token, for `jwtmint inspect`.
/// Entries starting with [`WARNING`] are advisory. The user id claim is taken to be `userId`,
/// the server's default `userIdFieldName`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out: Vec<String> = alg_problem(header, "Realm", ALGORITHMS)
        .into_iter()
        .collect();
    match payload.get("userId") {
        Some(Value::String(id)) if !id.is_empty() => {}
        Some(Value::String(_)) => out.push("`userId` is empty: it must name the user".into()),
        Some(Value::Number(n)) => out.push(format!(
            "`userId` is the number {n}: it must be the string \"{n}\" (a number crashes \
             Realm's verifier)"
        )),
        Some(other) => out.push(format!("`userId` must be a string, found {other}")),
        None => out.push(
            "`userId` missing: Realm reads the user id from it (unless the server's \
             userIdFieldName names another claim)"
                .into(),
        ),
    }
    match payload.get("isAdmin") {
        None => {}
        Some(Value::Bool(true)) => out.push(format!(
            "{WARNING}`isAdmin` is true: this user signs in as a Realm administrator"
        )),
        Some(Value::Bool(false)) => {}
        Some(other) => out.push(format!(
            "{WARNING}`isAdmin` is {other}, not the boolean true: Realm does not make this user \
             an administrator"
        )),
    }
    out
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

    fn rs256() -> Map<String, Value> {
        json!({"alg": "RS256", "typ": "JWT"})
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn inspect_minted_and_broken_tokens() {
        let minted = realm("joe").claims().unwrap().fixed;
        assert!(problems(&rs256(), &minted).is_empty());

        let hs = json!({"alg": "HS256"}).as_object().unwrap().clone();
        assert_eq!(
            problems(&hs, &minted),
            ["Realm accepts only RS256: alg `HS256` will be rejected"]
        );
        let p = |payload: Value| problems(&rs256(), payload.as_object().unwrap());
        assert!(p(json!({"userId": 42}))[0].contains("the string \"42\""));
        assert!(p(json!({"userId": ""}))[0].contains("empty"));
        assert!(p(json!({"sub": "joe"}))[0].starts_with("`userId` missing"));

        let admin = p(json!({"userId": "joe", "isAdmin": true}));
        assert!(admin[0].starts_with(WARNING) && admin[0].contains("administrator"));
        let not_admin = p(json!({"userId": "joe", "isAdmin": "true"}));
        assert!(not_admin[0].starts_with(WARNING) && not_admin[0].contains("does not make"));
        assert!(p(json!({"userId": "joe", "isAdmin": false})).is_empty());
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
