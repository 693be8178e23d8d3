//! `jwtmint sign`: any service, any claims, every algorithm.

use anyhow::Result;
use serde_json::Value;

use super::{one_or_many, Provider, ServiceClaims};
use crate::credentials::AlgRules;
use crate::sign::Alg;
use crate::time::ExpiryRules;

/// The registered claims `sign` has flags for.
#[derive(Debug, Default, Clone)]
pub struct Generic {
    pub sub: Option<String>,
    pub iss: Option<String>,
    pub aud: Vec<String>,
    /// `Some(None)`: a random UUID v4; `Some(Some(v))`: that value.
    pub jti: Option<Option<String>>,
}

impl Provider for Generic {
    fn name(&self) -> &'static str {
        "sign"
    }

    fn alg_rules(&self) -> AlgRules {
        AlgRules {
            allowed: &Alg::ALL,
            default: Alg::HS256,
        }
    }

    fn expiry_rules(&self) -> ExpiryRules {
        ExpiryRules::NONE
    }

    fn claims(&self) -> Result<ServiceClaims> {
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
        let claims = generic.claims().unwrap();
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
        let claims = generic.claims().unwrap().flags;
        assert_eq!(claims["aud"], "only");
        let jti = claims["jti"].as_str().unwrap();
        assert_eq!(uuid::Uuid::parse_str(jti).unwrap().get_version_num(), 4);
    }
}
