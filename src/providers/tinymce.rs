//! Tiny Cloud (TinyMCE premium services): RS/PS tokens for Tiny Drive, TinyMCE AI and the
//! export/import services. HS256 is not supported by the cloud.

use anyhow::{bail, Result};
use serde_json::{json, Map, Value};

use super::{Provider, ServiceClaims};
use crate::credentials::AlgRules;
use crate::sign::Alg;
use crate::time::ExpiryRules;

pub const DRIVE_ROOT_CLAIM: &str = "https://claims.tiny.cloud/drive/root";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Product {
    #[default]
    Drive,
    Ai,
    Export,
}

#[derive(Debug, Clone, Default)]
pub struct TinyMce {
    pub product: Product,
    pub sub: Option<String>,
    pub name: Option<String>,
    pub drive_root: Option<String>,
    pub api_key: Option<String>,
    pub permissions: Vec<String>,
    pub user_name: Option<String>,
    pub user_email: Option<String>,
}

impl TinyMce {
    /// Fails when a flag belongs to another product, so that nothing is silently ignored.
    fn refuse_other_products_flags(&self) -> Result<()> {
        let given: [(&str, bool, &[Product]); 7] = [
            ("--sub", self.sub.is_some(), &[Product::Drive, Product::Ai]),
            ("--name", self.name.is_some(), &[Product::Drive]),
            ("--drive-root", self.drive_root.is_some(), &[Product::Drive]),
            (
                "--api-key",
                self.api_key.is_some(),
                &[Product::Ai, Product::Export],
            ),
            ("--permission", !self.permissions.is_empty(), &[Product::Ai]),
            ("--user-name", self.user_name.is_some(), &[Product::Ai]),
            ("--user-email", self.user_email.is_some(), &[Product::Ai]),
        ];
        for (flag, present, products) in given {
            if present && !products.contains(&self.product) {
                bail!(
                    "{flag} does not apply to --product {}",
                    product_name(self.product)
                );
            }
        }
        Ok(())
    }
}

fn product_name(product: Product) -> &'static str {
    match product {
        Product::Drive => "drive",
        Product::Ai => "ai",
        Product::Export => "export",
    }
}

fn required<'a>(value: &'a Option<String>, flag: &str, product: Product) -> Result<&'a str> {
    match value.as_deref() {
        Some(v) if !v.is_empty() => Ok(v),
        _ => bail!("--product {} needs {flag}", product_name(product)),
    }
}

/// `sub` may contain `:` only when it is a valid URI.
fn check_sub(sub: &str) -> Result<()> {
    let uri_chars = sub
        .bytes()
        .all(|b| b.is_ascii_graphic() && !b"\"<>\\^`{|}".contains(&b));
    if sub.contains(':') && (!uri_chars || url::Url::parse(sub).is_err()) {
        bail!("--sub `{sub}` contains `:` but is not a valid URI; Tiny Cloud refuses it");
    }
    Ok(())
}

impl Provider for TinyMce {
    fn name(&self) -> &'static str {
        "tinymce"
    }

    fn alg_rules(&self) -> AlgRules {
        AlgRules {
            allowed: &[
                Alg::RS256,
                Alg::RS384,
                Alg::RS512,
                Alg::PS256,
                Alg::PS384,
                Alg::PS512,
            ],
            default: Alg::RS256,
        }
    }

    /// 10 minutes, as Tiny's examples; the AI service refuses tokens older than 24 hours, and
    /// AI and export need `iat` and `exp`.
    fn expiry_rules(&self) -> ExpiryRules {
        let strict = self.product != Product::Drive;
        ExpiryRules {
            default: Some(600),
            may_omit: !strict,
            max_lifetime: (self.product == Product::Ai).then_some(24 * 3600),
            requires_iat: strict,
        }
    }

    fn claims(&self) -> Result<ServiceClaims> {
        self.refuse_other_products_flags()?;
        let mut flags = Map::new();
        match self.product {
            Product::Drive => {
                let sub = required(&self.sub, "--sub", self.product)?;
                check_sub(sub)?;
                flags.insert("sub".into(), sub.into());
                flags.insert(
                    "name".into(),
                    required(&self.name, "--name", self.product)?.into(),
                );
                if let Some(root) = &self.drive_root {
                    if !root.starts_with('/') {
                        bail!("--drive-root `{root}` must be an absolute path such as /johndoe");
                    }
                    flags.insert(DRIVE_ROOT_CLAIM.into(), root.as_str().into());
                }
            }
            Product::Ai => {
                flags.insert(
                    "aud".into(),
                    required(&self.api_key, "--api-key", self.product)?.into(),
                );
                let sub = required(&self.sub, "--sub", self.product)?;
                check_sub(sub)?;
                flags.insert("sub".into(), sub.into());
                flags.insert(
                    "auth".into(),
                    json!({ "ai": { "permissions": self.permissions } }),
                );
                let mut user = Map::new();
                if let Some(name) = &self.user_name {
                    user.insert("name".into(), name.as_str().into());
                }
                if let Some(email) = &self.user_email {
                    user.insert("email".into(), email.as_str().into());
                }
                if !user.is_empty() {
                    flags.insert("user".into(), Value::Object(user));
                }
            }
            Product::Export => {
                flags.insert(
                    "aud".into(),
                    required(&self.api_key, "--api-key", self.product)?.into(),
                );
            }
        }
        Ok(ServiceClaims {
            flags,
            fixed: Map::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drive() -> TinyMce {
        TinyMce {
            sub: Some("joe".into()),
            name: Some("Joe Bloggs".into()),
            ..Default::default()
        }
    }

    #[test]
    fn drive_payload() {
        let t = TinyMce {
            drive_root: Some("/joe".into()),
            ..drive()
        };
        let flags = t.claims().unwrap().flags;
        assert_eq!(
            Value::Object(flags),
            json!({"sub": "joe", "name": "Joe Bloggs", "https://claims.tiny.cloud/drive/root": "/joe"})
        );
        assert_eq!(t.expiry_rules().default, Some(600));
    }

    #[test]
    fn drive_rules() {
        assert!(TinyMce {
            name: None,
            ..drive()
        }
        .claims()
        .unwrap_err()
        .to_string()
        .contains("--name"));
        assert!(TinyMce {
            sub: Some("a:b c".into()),
            ..drive()
        }
        .claims()
        .is_err());
        assert!(TinyMce {
            sub: Some("urn:user:joe".into()),
            ..drive()
        }
        .claims()
        .is_ok());
        assert!(TinyMce {
            drive_root: Some("joe".into()),
            ..drive()
        }
        .claims()
        .is_err());
        let wrong = TinyMce {
            api_key: Some("k".into()),
            ..drive()
        };
        assert!(wrong
            .claims()
            .unwrap_err()
            .to_string()
            .contains("--api-key does not apply"));
    }

    #[test]
    fn ai_payload_and_rules() {
        let t = TinyMce {
            product: Product::Ai,
            api_key: Some("KEY".into()),
            sub: Some("joe".into()),
            permissions: vec!["ai:chat".into(), "ai:review".into()],
            user_name: Some("Joe".into()),
            ..Default::default()
        };
        assert_eq!(
            Value::Object(t.claims().unwrap().flags),
            json!({"aud": "KEY", "sub": "joe", "auth": {"ai": {"permissions": ["ai:chat", "ai:review"]}}, "user": {"name": "Joe"}})
        );
        let rules = t.expiry_rules();
        assert_eq!(rules.max_lifetime, Some(86_400));
        assert!(rules.requires_iat && !rules.may_omit);
        assert!(TinyMce { api_key: None, ..t }.claims().is_err());
    }

    #[test]
    fn export_payload() {
        let t = TinyMce {
            product: Product::Export,
            api_key: Some("KEY".into()),
            ..Default::default()
        };
        assert_eq!(
            Value::Object(t.claims().unwrap().flags),
            json!({"aud": "KEY"})
        );
        assert!(t.expiry_rules().requires_iat);
        assert!(!t.alg_rules().allowed.contains(&Alg::HS256));
    }
}
