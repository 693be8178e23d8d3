//! Realm Object Server's JWT provider: RS256 only, a string `userId`, and `isAdmin: true`
//! (the JSON boolean, nothing else) for an administrator.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::AlgRules;
use super::{
    GuardedClaim, KeyFacts, Opt, Provider, Service, ServiceClaims, Transport, Values, WARNING,
};
use crate::jws::Alg;
use crate::output::Format;
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

const USER_ID: Opt = Opt::text(
    "user-id",
    "ID",
    "The user's id; always signed as a JSON string.",
)
.required()
.names_user();
const ADMIN: Opt = Opt::switch(
    "admin",
    "Make the user a Realm administrator (isAdmin: true).",
)
.grants_rights();
const USER_ID_CLAIM: Opt = Opt::text(
    "user-id-claim",
    "NAME",
    "The claim that carries the user id: the server's userIdFieldName.",
)
.default("userId");

pub static SERVICE: Service = Service {
    name: "realm",
    family: super::Family::SignIn,
    title: "Realm",
    about: "Realm Object Server's JWT provider: an RS256 token with a string userId.\n\n\
            Algorithm: RS256 only, with --key (the private half of the key the server holds). \
            Default expiry: 1h (the token is exchanged once at POST /auth); --no-exp is allowed. \
            Refused in --claim/--claims-file: isAdmin (use --admin).",
    example: "\
Example (key made by `openssl genrsa -des3 -out private.pem 4096`):
  jwtmint realm --key private.pem --user-id joe
Then log in with POST /auth and the body {\"provider\":\"jwt\",\"data\":\"TOKEN\"}.",
    options: &[USER_ID, ADMIN, USER_ID_CLAIM],
    algs: AlgRules {
        allowed: ALGORITHMS,
        default: Alg::RS256,
    },
    // The token is exchanged once at `POST /auth`, so it needs to live only minutes.
    expiry: ExpiryRules {
        default: Some(3600),
        ..ExpiryRules::NONE
    },
    guarded: GUARDED,
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Realm::from_values(values)?)),
    recognise: |_, payload| payload.contains_key("userId"),
    lint: problems,
};

impl Realm {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(Realm {
            user_id: values.require(&USER_ID)?,
            admin: values.switch(&ADMIN),
            user_id_claim: values.require(&USER_ID_CLAIM)?,
        })
    }
}

impl Provider for Realm {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
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
pub fn problems(_header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
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
        let claims = realm("42").claims(&KeyFacts::default()).unwrap();
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
            Value::Object(r.claims(&KeyFacts::default()).unwrap().fixed),
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
        let minted = realm("joe").claims(&KeyFacts::default()).unwrap().fixed;
        assert!(SERVICE.problems(&rs256(), &minted).is_empty());

        let hs = json!({"alg": "HS256"}).as_object().unwrap().clone();
        assert_eq!(
            SERVICE.problems(&hs, &minted),
            ["Realm accepts only RS256: alg `HS256` will be rejected"]
        );
        let p = |payload: Value| SERVICE.problems(&rs256(), payload.as_object().unwrap());
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
        assert_eq!(SERVICE.algs.allowed, &[Alg::RS256]);
        assert!(realm("").claims(&KeyFacts::default()).is_err());
        let r = Realm {
            user_id_claim: "isAdmin".into(),
            ..realm("x")
        };
        assert!(r.claims(&KeyFacts::default()).is_err());
    }

    #[test]
    fn inspect_recognises_and_checks_realm_tokens() {
        use crate::providers::test_support::{guess, hs256, report};
        assert_eq!(guess("RS256", json!({"userId": "joe"})), Some("realm"));
        // An HS256 token checked as Realm's.
        let found = report(&hs256(json!({"userId": "joe"})), Some("REALM"));
        assert_eq!(found.provider, Some(("realm", false)));
        assert!(found
            .problems
            .iter()
            .any(|p| p.starts_with("Realm accepts only RS256")));
    }
}
