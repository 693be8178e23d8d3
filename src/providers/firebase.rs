//! Firebase custom tokens: signed with a service account's key file, exchanged by the app at
//! `accounts:signInWithCustomToken` for a Firebase ID token. The user's own claims (`--claim`,
//! `--claims-file`) become the `claims` object the ID token carries.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::AlgRules;
use super::{
    json_kind, GuardedClaim, KeyFacts, Opt, Provider, Service, ServiceClaims, Transport, Values,
    WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::keys::service_account::needs_service_account;
use crate::output::Format;
use crate::time::ExpiryRules;

/// The `aud` of every custom token.
pub const AUDIENCE: &str =
    "https://identitytoolkit.googleapis.com/google.identity.identitytoolkit.v1.IdentityToolkit";

/// The most bytes the developer claims may take once serialised.
pub const MAX_CLAIMS_BYTES: usize = 1000;

/// The longest uid, in characters.
pub const MAX_UID: usize = 128;

/// Names the Firebase SDKs refuse inside the developer claims (the union of the Python and
/// Node SDKs' lists): they are the ID token's own claims.
pub const RESERVED: &[&str] = &[
    "acr",
    "amr",
    "at_hash",
    "aud",
    "auth_time",
    "azp",
    "cnf",
    "c_hash",
    "exp",
    "firebase",
    "iat",
    "iss",
    "jti",
    "nbf",
    "nonce",
    "sub",
];

macro_rules! reserved {
    ($($name:literal),*) => {
        &[$(GuardedClaim {
            name: $name,
            reason: "Firebase reserves this name for the ID token's own claims",
        }),*]
    };
}

const GUARDED: &[GuardedClaim] = reserved!(
    "acr",
    "amr",
    "at_hash",
    "aud",
    "auth_time",
    "azp",
    "cnf",
    "c_hash",
    "exp",
    "firebase",
    "iat",
    "iss",
    "jti",
    "nbf",
    "nonce",
    "sub"
);

const UID: Opt = Opt::text(
    "uid",
    "UID",
    "The user's uid (1 to 128 characters): the account the app signs in as.",
)
.required()
.names_user();
const TENANT_ID: Opt = Opt::text(
    "tenant-id",
    "TENANT",
    "Sign in to this Identity Platform tenant (`tenant_id`).",
);

pub static SERVICE: Service = Service {
    name: "firebase",
    family: super::Family::Cloud,
    title: "Firebase",
    about: "Firebase custom token: sign an app user in with signInWithCustomToken.\n\n\
            --key is the service account's JSON key file (or GOOGLE_APPLICATION_CREDENTIALS). \
            --claim and --claims-file give the developer claims, carried under `claims` into \
            the user's ID token (at most 1000 bytes, Firebase's documented limit, which its SDKs do \
            not check; Firebase's reserved names are refused). \
            RS256, `iss` = `sub` = client_email, at most one hour. A custom token is not an ID \
            token: only accounts:signInWithCustomToken accepts it.",
    example: "\
Example:
  TOKEN=$(jwtmint firebase --key sa.json --uid user-42 --claim plan=pro --claim admin:=false)
  curl -H 'Content-Type: application/json' \\
    -d \"{\\\"token\\\":\\\"$TOKEN\\\",\\\"returnSecureToken\\\":true}\" \\
    'https://identitytoolkit.googleapis.com/v1/accounts:signInWithCustomToken?key=WEB_API_KEY'",
    options: &[UID, TENANT_ID],
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
    formats: &[Format::Token, Format::Json, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: true,
    key_env: Some("GOOGLE_APPLICATION_CREDENTIALS"),
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Firebase::from_values(values)?)),
    recognise: |_, payload| payload.get("aud").and_then(Value::as_str) == Some(AUDIENCE),
    lint: problems,
};

#[derive(Debug, Clone)]
pub struct Firebase {
    pub uid: String,
    pub tenant_id: Option<String>,
}

/// A uid's length problem, if any.
fn uid_problem(uid: &str) -> Option<String> {
    let chars = uid.chars().count();
    (chars == 0 || chars > MAX_UID).then(|| {
        format!("the uid must be 1 to {MAX_UID} characters (Firebase's limit); it has {chars}")
    })
}

/// The developer claims' serialised size problem, if any.
fn claims_size_problem(claims: &Value) -> Option<String> {
    let size = serde_json::to_vec(claims).map(|v| v.len()).unwrap_or(0);
    (size > MAX_CLAIMS_BYTES).then(|| {
        format!(
            "the developer claims take {size} bytes serialised; Firebase takes at most \
             {MAX_CLAIMS_BYTES}"
        )
    })
}

impl Firebase {
    pub fn from_values(values: &Values) -> Result<Self> {
        let uid = values.require(&UID)?;
        if let Some(problem) = uid_problem(&uid) {
            bail!(UsageError::new(format!("--uid: {problem}")));
        }
        let tenant_id = values.text(&TENANT_ID);
        if tenant_id.as_deref() == Some("") {
            bail!(UsageError::new("--tenant-id needs a tenant id"));
        }
        Ok(Firebase { uid, tenant_id })
    }
}

impl Provider for Firebase {
    fn claims(&self, key: &KeyFacts) -> Result<ServiceClaims> {
        let email = match key.json.get("client_email").and_then(Value::as_str) {
            Some(email) if !email.is_empty() => email.to_string(),
            _ => return Err(needs_service_account("firebase")),
        };
        let mut fixed = Map::new();
        fixed.insert("iss".into(), email.as_str().into());
        fixed.insert("sub".into(), email.into());
        fixed.insert("aud".into(), AUDIENCE.into());
        fixed.insert("uid".into(), self.uid.as_str().into());
        if let Some(tenant) = &self.tenant_id {
            fixed.insert("tenant_id".into(), tenant.as_str().into());
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, claims: &Map<String, Value>) -> Result<Vec<String>> {
        if let Some(developer) = claims.get("claims") {
            if let Some(problem) = claims_size_problem(developer) {
                bail!("{problem}");
            }
        }
        Ok(Vec::new())
    }

    fn user_claims_under(&self) -> Option<&'static str> {
        Some("claims")
    }
}

/// What Firebase would reject in a custom token, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let _ = header;
    let mut out = Vec::new();
    let str_of = |name: &str| payload.get(name).and_then(Value::as_str);
    if str_of("aud") != Some(AUDIENCE) {
        out.push(format!("`aud` must be {AUDIENCE}"));
    }
    match (str_of("iss"), str_of("sub")) {
        (Some(iss), Some(sub)) if iss == sub => {
            if !iss.ends_with(".gserviceaccount.com") {
                out.push(format!(
                    "{WARNING}`iss` {iss} is not a service account's e-mail"
                ));
            }
        }
        _ => out.push("`iss` and `sub` must both be the service account's client_email".into()),
    }
    match payload.get("uid") {
        Some(Value::String(uid)) => out.extend(uid_problem(uid)),
        Some(other) => out.push(format!(
            "`uid` must be a string, found {}",
            json_kind(other)
        )),
        None => out.push("`uid` missing: it names the user the app signs in as".into()),
    }
    if let Some(tenant) = payload.get("tenant_id") {
        if !tenant.is_string() {
            out.push(format!(
                "`tenant_id` must be a string, found {}",
                json_kind(tenant)
            ));
        }
    }
    match payload.get("claims") {
        None => {}
        Some(Value::Object(claims)) => {
            for name in RESERVED {
                if claims.contains_key(*name) {
                    out.push(format!(
                        "developer claim `{name}` is reserved: Firebase refuses the token"
                    ));
                }
            }
            out.extend(claims_size_problem(&Value::Object(claims.clone())));
        }
        Some(other) => out.push(format!(
            "`claims` must be an object, found {}",
            json_kind(other)
        )),
    }
    for name in payload.keys() {
        let known = [
            "iss",
            "sub",
            "aud",
            "uid",
            "iat",
            "exp",
            "claims",
            "tenant_id",
        ];
        if !known.contains(&name.as_str()) {
            out.push(format!(
                "{WARNING}`{name}` is outside `claims`: Firebase ignores it (the ID token \
                 carries only `claims`)"
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::Given;
    use super::*;
    use crate::mint::{MintOptions, Minter};
    use serde_json::json;

    fn facts() -> KeyFacts {
        KeyFacts {
            json: json!({"client_email": "sa@p.iam.gserviceaccount.com"})
                .as_object()
                .unwrap()
                .clone(),
            ..Default::default()
        }
    }

    fn values(uid: &str) -> Values {
        Values::new().with(&UID, Given::Text(uid.into()))
    }

    fn mint(options: &MintOptions, uid: &str) -> Result<Map<String, Value>> {
        let minter = Minter::new(&SERVICE, &values(uid), options)?;
        let payload = minter.payload(None, &facts(), 1000)?;
        minter.provider.check(&payload)?;
        Ok(payload)
    }

    #[test]
    fn exact_payload_with_nested_claims() {
        let options = MintOptions {
            claims: vec!["plan=pro".parse().unwrap(), "admin:=false".parse().unwrap()],
            ..Default::default()
        };
        let email = "sa@p.iam.gserviceaccount.com";
        assert_eq!(
            Value::Object(mint(&options, "u1").unwrap()),
            json!({
                "iss": email, "sub": email, "aud": AUDIENCE, "uid": "u1",
                "iat": 1000, "exp": 4600, "claims": {"plan": "pro", "admin": false}
            })
        );
        let plain = mint(&MintOptions::default(), "u1").unwrap();
        assert!(!plain.contains_key("claims"));
        let tenant = Firebase {
            uid: "u1".into(),
            tenant_id: Some("t-1".into()),
        };
        assert_eq!(tenant.claims(&facts()).unwrap().fixed["tenant_id"], "t-1");
    }

    #[test]
    fn refusals() {
        for name in RESERVED {
            let options = MintOptions {
                claims: vec![format!("{name}=x").parse().unwrap()],
                ..Default::default()
            };
            let err = mint(&options, "u1").unwrap_err().to_string();
            assert!(err.contains("reserves"), "{name}: {err}");
        }
        assert_eq!(GUARDED.len(), RESERVED.len());
        let big = MintOptions {
            claims: vec![format!("blob={}", "x".repeat(990)).parse().unwrap()],
            ..Default::default()
        };
        let err = mint(&big, "u1").unwrap_err().to_string();
        assert!(err.contains("1001 bytes"), "{err}");
        let fits = MintOptions {
            claims: vec![format!("blob={}", "x".repeat(989)).parse().unwrap()],
            ..Default::default()
        };
        mint(&fits, "u1").unwrap();
        assert!(Firebase::from_values(&values(""))
            .unwrap_err()
            .is::<UsageError>());
        assert!(Firebase::from_values(&values(&"é".repeat(129))).is_err());
        Firebase::from_values(&values(&"é".repeat(128))).unwrap();
        let err = Firebase {
            uid: "u".into(),
            tenant_id: None,
        }
        .claims(&KeyFacts::default())
        .unwrap_err();
        assert!(err.to_string().contains("service-account key file"));
    }

    #[test]
    fn inspect_minted_and_broken_tokens() {
        let options = MintOptions {
            claims: vec!["plan=pro".parse().unwrap()],
            ..Default::default()
        };
        let header = json!({"alg": "RS256", "typ": "JWT"})
            .as_object()
            .unwrap()
            .clone();
        let minted = mint(&options, "u1").unwrap();
        assert!(SERVICE.problems(&header, &minted).is_empty());
        assert!((SERVICE.recognise)(&header, &minted));
        let broken = json!({
            "iss": "a@b.c", "sub": "d@e.f", "aud": "x", "uid": "",
            "claims": {"sub": "x"}, "plan": "pro", "iat": 0, "exp": 7200
        });
        let found = SERVICE.problems(&header, broken.as_object().unwrap());
        assert_eq!(found.len(), 6, "{found:?}");
        assert!(found[0].starts_with("`aud` must be"));
        assert!(found[1].contains("client_email"));
        assert!(found[2].contains("1 to 128"));
        assert!(found[3].contains("`sub` is reserved"));
        assert!(found[4].starts_with(WARNING) && found[4].contains("`plan`"));
        assert!(found[5].contains("longer than"));
    }
}
