//! `jwtmint sign`: any service, any claims, every algorithm.

use anyhow::Result;
use serde_json::Value;

use super::AlgRules;
use super::{
    never, no_lint, one_or_many, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims, Transport,
    Values,
};
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

const SUB: Opt = Opt::text("sub", "SUBJECT", "The `sub` (subject) claim.");
const ISS: Opt = Opt::text("iss", "ISSUER", "The `iss` (issuer) claim.");
const AUD: Opt = Opt::text(
    "aud",
    "AUDIENCE",
    "The `aud` (audience) claim; repeat it for an array.\n\nOne --aud gives a string, several give an array.",
)
.with_kind(Kind::List);
const JTI: Opt = Opt::text(
    "jti",
    "ID",
    "The `jti` (token id) claim; without a value, a random UUID v4.",
)
.with_kind(Kind::MaybeText);

pub static SERVICE: Service = Service {
    name: "sign",
    family: super::Family::Generic,
    title: "sign",
    about: "Mint a token with any claims and any algorithm.\n\n\
            No `exp` is added unless you ask for one (--expires-in or --exp).",
    example: "\
Example:
  jwtmint sign --secret-file secret.txt --sub joe --aud api --expires-in 1h --claim role=reader
  jwtmint sign --key private.pem --alg PS256 --claims-file claims.json --format json",
    options: &[SUB, ISS, AUD, JTI],
    algs: AlgRules {
        allowed: &Alg::ALL,
        default: Alg::HS256,
    },
    expiry: ExpiryRules::NONE,
    guarded: &[],
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Generic::from_values(values)?)),
    recognise: never,
    lint: no_lint,
};

/// The registered claims `sign` has flags for.
#[derive(Debug, Default, Clone)]
pub struct Generic {
    pub sub: Option<String>,
    pub iss: Option<String>,
    pub aud: Vec<String>,
    /// `Some(None)`: a random UUID v4; `Some(Some(v))`: that value.
    pub jti: Option<Option<String>>,
}

impl Generic {
    pub fn from_values(values: &Values) -> Result<Self> {
        let jti = values.maybe_text(&JTI);
        if let Some(Some(jti)) = &jti {
            if jti.is_empty() {
                anyhow::bail!(crate::exit::UsageError::new(
                    "--jti needs a value, or nothing for a random one"
                ));
            }
        }
        Ok(Generic {
            sub: values.text(&SUB),
            iss: values.text(&ISS),
            aud: values.list(&AUD),
            jti,
        })
    }
}

impl Provider for Generic {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let mut claims = ServiceClaims::default();
        let flags = &mut claims.flags;
        if let Some(sub) = &self.sub {
            flags.insert("sub".into(), Value::String(sub.clone()));
        }
        if let Some(iss) = &self.iss {
            flags.insert("iss".into(), Value::String(iss.clone()));
        }
        if let Some(aud) = one_or_many(&self.aud) {
            flags.insert("aud".into(), aud);
        }
        if let Some(jti) = &self.jti {
            let jti = jti
                .clone()
                .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
            flags.insert("jti".into(), Value::String(jti));
        }
        Ok(claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn flags_become_claims() {
        let generic = Generic {
            sub: Some("joe".into()),
            iss: Some("me".into()),
            aud: vec!["a".into(), "b".into()],
            jti: Some(Some("id-1".into())),
        };
        let claims = generic.claims(&KeyFacts::default()).unwrap();
        assert_eq!(
            Value::Object(claims.flags),
            json!({"sub": "joe", "iss": "me", "aud": ["a", "b"], "jti": "id-1"})
        );
        assert!(claims.fixed.is_empty());
    }

    #[test]
    fn bare_jti_is_a_random_uuid() {
        let generic = Generic {
            jti: Some(None),
            aud: vec!["only".into()],
            ..Default::default()
        };
        let claims = generic.claims(&KeyFacts::default()).unwrap().flags;
        assert_eq!(claims["aud"], "only");
        let jti = claims["jti"].as_str().unwrap();
        assert_eq!(uuid::Uuid::parse_str(jti).unwrap().get_version_num(), 4);
    }
}
