//! Tiny Cloud (TinyMCE premium services): RS/PS tokens for Tiny Drive, TinyMCE AI and the
//! export/import services. HS256 is not supported by the cloud.

use anyhow::{bail, Result};
use serde_json::{json, Map, Value};

use super::{json_kind, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims, Transport, Values};
use super::{AlgRules, GuardedClaim};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

pub const DRIVE_ROOT_CLAIM: &str = "https://claims.tiny.cloud/drive/root";

/// The cloud has no HMAC.
const ALGORITHMS: &[Alg] = &[
    Alg::RS256,
    Alg::RS384,
    Alg::RS512,
    Alg::PS256,
    Alg::PS384,
    Alg::PS512,
];

/// The AI service refuses tokens older than this.
const AI_MAX_AGE: i64 = 24 * 3600;

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
                bail!(UsageError::new(format!(
                    "{flag} does not apply to --product {}",
                    product_name(self.product)
                )));
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

const PRODUCT: Opt = Opt::text(
    "product",
    "PRODUCT",
    "Which Tiny Cloud service the token is for: drive (Tiny Drive: sub, name and an optional \
     drive root), ai (TinyMCE AI: aud (API key), sub and permissions) or export (Export to \
     PDF/Word and Import from Word: aud (API key)).",
)
.with_kind(Kind::Choice(&["drive", "ai", "export"]))
.default("drive");
const SUB: Opt = Opt::text(
    "sub",
    "SUBJECT",
    "The user's id (drive, ai); may contain `:` only as a valid URI.",
)
.names_user();
const NAME: Opt = Opt::text("name", "NAME", "The user's full name (drive).");
const DRIVE_ROOT: Opt = Opt::text(
    "drive-root",
    "PATH",
    "The user's root folder in Tiny Drive, e.g. /johndoe (drive).",
)
.grants_rights();
const API_KEY: Opt = Opt::text(
    "api-key",
    "KEY",
    "Your Tiny Cloud API key, signed as aud (ai, export).",
);
const PERMISSION: Opt = Opt::text(
    "permission",
    "PERMISSION",
    "An AI permission for auth.ai.permissions (ai); repeatable.",
)
.with_kind(Kind::List)
.grants_rights();
const USER_NAME: Opt = Opt::text("user-name", "NAME", "user.name (ai).");
const USER_EMAIL: Opt = Opt::text("user-email", "EMAIL", "user.email (ai).");

pub static SERVICE: Service = Service {
    name: "tinymce",
    family: super::Family::SignIn,
    title: "Tiny Cloud",
    about: "Tiny Cloud (TinyMCE premium services): Tiny Drive, TinyMCE AI and export/import.\n\n\
            Algorithms: RS256 (default), RS384, RS512, PS256, PS384, PS512, with --key; the cloud \
            does not support HMAC. Default expiry: 10m. drive: --sub and --name; ai: --api-key, \
            --sub, --permission (at most 24h, iat and exp required); export: --api-key (iat and exp \
            required). --format json prints {\"token\":\"…\"}, the body a token-provider endpoint returns.",
    example: "\
Example (Tiny Drive, from a token-provider endpoint):
  jwtmint tinymce --key private.pem --sub joe --name 'Joe Bloggs' --drive-root /joe --format json
  jwtmint tinymce --key private.pem --product ai --api-key YOUR_API_KEY --sub joe \\
    --permission ai:chat",
    options: &[
        PRODUCT, SUB, NAME, DRIVE_ROOT, API_KEY, PERMISSION, USER_NAME, USER_EMAIL,
    ],
    algs: AlgRules {
        allowed: ALGORITHMS,
        default: Alg::RS256,
    },
    // Tiny Drive's; AI and export are stricter (`TinyMce::expiry`).
    expiry: ExpiryRules {
        default: Some(600),
        ..ExpiryRules::NONE
    },
    guarded: &[
        GuardedClaim {
            name: "https://claims.tiny.cloud/drive/root",
            reason: "it is the folder Tiny Drive opens to the user; use --drive-root",
        },
        GuardedClaim {
            name: "auth",
            reason: "it holds the AI permissions; use --permission",
        },
    ],
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(TinyMce::from_values(values)?)),
    recognise: |_, payload| {
        payload.contains_key(DRIVE_ROOT_CLAIM)
            || payload.get("auth").and_then(|a| a.get("ai")).is_some()
    },
    lint: problems,
};

impl TinyMce {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(TinyMce {
            product: match values.text(&PRODUCT).as_deref() {
                Some("ai") => Product::Ai,
                Some("export") => Product::Export,
                _ => Product::Drive,
            },
            sub: values.text(&SUB),
            name: values.text(&NAME),
            drive_root: values.text(&DRIVE_ROOT),
            api_key: values.text(&API_KEY),
            permissions: values.list(&PERMISSION),
            user_name: values.text(&USER_NAME),
            user_email: values.text(&USER_EMAIL),
        })
    }
}

impl Provider for TinyMce {
    /// 10 minutes, as Tiny's examples; the AI service refuses tokens older than 24 hours, and
    /// AI and export need `iat` and `exp`.
    fn expiry(&self) -> Option<ExpiryRules> {
        let strict = self.product != Product::Drive;
        Some(ExpiryRules {
            default: Some(600),
            may_omit: !strict,
            max_lifetime: (self.product == Product::Ai).then_some(AI_MAX_AGE),
            requires_iat: strict,
            ..ExpiryRules::NONE
        })
    }

    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
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
                if self.permissions.is_empty() {
                    bail!(
                        "--product ai needs at least one --permission (e.g. --permission ai:chat)"
                    );
                }
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

/// Which product a token is for, from its claims: Drive's `name` or root claim, the AI's
/// `auth`, an `aud` API key with a `sub` (AI) or without (export); Drive when nothing says.
fn product_of(payload: &Map<String, Value>) -> Product {
    let has = |name| payload.contains_key(name);
    if has(DRIVE_ROOT_CLAIM) || has("name") {
        Product::Drive
    } else if has("auth") || (has("aud") && has("sub")) {
        Product::Ai
    } else if has("aud") {
        Product::Export
    } else {
        Product::Drive
    }
}

/// A problem when `name` is not a non-empty string.
fn string_claim(
    payload: &Map<String, Value>,
    name: &str,
    service: &str,
    what: &str,
) -> Option<String> {
    match payload.get(name) {
        Some(Value::String(s)) if !s.is_empty() => None,
        Some(Value::String(_)) => Some(format!("`{name}` is empty: {service} needs {what}")),
        Some(other) => Some(format!(
            "`{name}` must be a string ({what}), found {}",
            json_kind(other)
        )),
        None => Some(format!("`{name}` missing: {service} needs {what}")),
    }
}

/// What Tiny Cloud would reject in a token, for `jwtmint inspect`. The product (Tiny Drive,
/// TinyMCE AI, export/import) is told from the claims.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let _ = header;
    let mut out: Vec<String> = Vec::new();
    let product = product_of(payload);
    let service = match product {
        Product::Drive => "Tiny Drive",
        Product::Ai => "TinyMCE AI",
        Product::Export => "Tiny Cloud export/import",
    };
    let require = |out: &mut Vec<String>, name: &str, what: &str| {
        if !payload.contains_key(name) {
            out.push(format!("`{name}` missing: {service} needs {what}"));
        }
    };
    match product {
        Product::Drive => {
            out.extend(string_claim(payload, "sub", service, "the user's id"));
            out.extend(string_claim(
                payload,
                "name",
                service,
                "the user's full name",
            ));
            match payload.get(DRIVE_ROOT_CLAIM) {
                None => {}
                Some(Value::String(root)) if root.starts_with('/') => {}
                Some(other) => out.push(format!(
                    "`{DRIVE_ROOT_CLAIM}` must be an absolute path such as \"/johndoe\", found {other}"
                )),
            }
        }
        Product::Ai => {
            out.extend(string_claim(payload, "aud", service, "your API key"));
            out.extend(string_claim(payload, "sub", service, "the user's id"));
            require(&mut out, "iat", "the time it was issued");
            require(&mut out, "exp", "an expiry");
            let permissions = payload
                .get("auth")
                .and_then(|auth| auth.get("ai"))
                .and_then(|ai| ai.get("permissions"));
            match permissions {
                None => out.push(
                    "`auth.ai.permissions` missing: TinyMCE AI needs an array of permissions, \
                     e.g. {\"auth\": {\"ai\": {\"permissions\": [\"ai:chat\"]}}}"
                        .into(),
                ),
                Some(Value::Array(list)) => {
                    if let Some(bad) = list.iter().find(|p| !p.is_string()) {
                        out.push(format!(
                            "`auth.ai.permissions` must hold only strings, found {bad}"
                        ));
                    }
                }
                Some(other) => out.push(format!(
                    "`auth.ai.permissions` must be an array of strings, found {}",
                    json_kind(other)
                )),
            }
            if let (Some(iat), Some(exp)) = (
                payload.get("iat").and_then(Value::as_f64),
                payload.get("exp").and_then(Value::as_f64),
            ) {
                let lifetime = (exp - iat) as i64;
                if lifetime > AI_MAX_AGE {
                    out.push(format!(
                        "the token lives {} (exp - iat): TinyMCE AI refuses tokens older than 24h",
                        crate::time::human_duration(lifetime)
                    ));
                }
            }
            if let Some(user) = payload.get("user") {
                match user {
                    Value::Object(user) => {
                        for name in ["name", "email"] {
                            if let Some(value) = user.get(name).filter(|v| !v.is_string()) {
                                out.push(format!("`user.{name}` must be a string, found {value}"));
                            }
                        }
                    }
                    other => out.push(format!(
                        "`user` must be an object with `name` and `email`, found {}",
                        json_kind(other)
                    )),
                }
            }
        }
        Product::Export => {
            out.extend(string_claim(payload, "aud", service, "your API key"));
            require(&mut out, "iat", "the time it was issued");
            require(&mut out, "exp", "an expiry");
        }
    }
    if let Some(Value::String(sub)) = payload.get("sub") {
        if check_sub(sub).is_err() {
            out.push(format!(
                "`sub` `{sub}` contains `:` but is not a valid URI: Tiny Cloud refuses it"
            ));
        }
    }
    out
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
        let flags = t.claims(&KeyFacts::default()).unwrap().flags;
        assert_eq!(
            Value::Object(flags),
            json!({"sub": "joe", "name": "Joe Bloggs", "https://claims.tiny.cloud/drive/root": "/joe"})
        );
        assert_eq!(t.expiry().unwrap().default, Some(600));
    }

    #[test]
    fn drive_rules() {
        assert!(TinyMce {
            name: None,
            ..drive()
        }
        .claims(&KeyFacts::default())
        .unwrap_err()
        .to_string()
        .contains("--name"));
        assert!(TinyMce {
            sub: Some("a:b c".into()),
            ..drive()
        }
        .claims(&KeyFacts::default())
        .is_err());
        assert!(TinyMce {
            sub: Some("urn:user:joe".into()),
            ..drive()
        }
        .claims(&KeyFacts::default())
        .is_ok());
        assert!(TinyMce {
            drive_root: Some("joe".into()),
            ..drive()
        }
        .claims(&KeyFacts::default())
        .is_err());
        let wrong = TinyMce {
            api_key: Some("k".into()),
            ..drive()
        };
        assert!(wrong
            .claims(&KeyFacts::default())
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
            Value::Object(t.claims(&KeyFacts::default()).unwrap().flags),
            json!({"aud": "KEY", "sub": "joe", "auth": {"ai": {"permissions": ["ai:chat", "ai:review"]}}, "user": {"name": "Joe"}})
        );
        let rules = t.expiry().unwrap();
        assert_eq!(rules.max_lifetime, Some(86_400));
        assert!(rules.requires_iat && !rules.may_omit);
        assert!(TinyMce { api_key: None, ..t }
            .claims(&KeyFacts::default())
            .is_err());
    }

    /// The payload a subcommand mints, with `iat` and `exp` as `jwtmint tinymce` adds them.
    fn minted(t: &TinyMce) -> Map<String, Value> {
        let mut payload = t.claims(&KeyFacts::default()).unwrap().flags;
        payload.insert("iat".into(), 1_700_000_000.into());
        payload.insert("exp".into(), 1_700_000_600.into());
        payload
    }

    fn rs256() -> Map<String, Value> {
        json!({"alg": "RS256"}).as_object().unwrap().clone()
    }

    #[test]
    fn inspect_minted_tokens_of_each_product() {
        let ai = TinyMce {
            product: Product::Ai,
            api_key: Some("KEY".into()),
            sub: Some("joe".into()),
            permissions: vec!["ai:chat".into()],
            user_email: Some("joe@example.com".into()),
            ..Default::default()
        };
        let export = TinyMce {
            product: Product::Export,
            api_key: Some("KEY".into()),
            ..Default::default()
        };
        let rooted = TinyMce {
            drive_root: Some("/joe".into()),
            ..drive()
        };
        for (t, product) in [
            (rooted, Product::Drive),
            (ai, Product::Ai),
            (export, Product::Export),
        ] {
            let payload = minted(&t);
            assert_eq!(product_of(&payload), product);
            for alg in ALGORITHMS {
                let header = json!({ "alg": alg.name() }).as_object().unwrap().clone();
                assert!(
                    SERVICE.problems(&header, &payload).is_empty(),
                    "{product:?} {alg}"
                );
            }
        }
        let hs = json!({"alg": "HS256"}).as_object().unwrap().clone();
        assert_eq!(
            SERVICE.problems(&hs, &minted(&drive())),
            ["Tiny Cloud accepts only RS256, RS384, RS512, PS256, PS384, PS512: alg `HS256` will be rejected"]
        );
    }

    #[test]
    fn inspect_finds_each_rule() {
        let p = |payload: Value| SERVICE.problems(&rs256(), payload.as_object().unwrap());
        // Drive
        assert_eq!(
            p(json!({"sub": "joe"})),
            ["`name` missing: Tiny Drive needs the user's full name"]
        );
        let found =
            p(json!({"name": "", "sub": "a:b c", "https://claims.tiny.cloud/drive/root": "joe"}));
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].starts_with("`name` is empty"));
        assert!(found[1].contains("absolute path"));
        assert!(found[2].contains("not a valid URI"));
        // AI: told by `auth`, or by `aud` with `sub`
        let found = p(json!({"aud": "KEY", "sub": "joe"}));
        assert!(found
            .iter()
            .any(|m| m.starts_with("`iat` missing: TinyMCE AI")));
        assert!(found.iter().any(|m| m.starts_with("`exp` missing")));
        assert!(found
            .iter()
            .any(|m| m.starts_with("`auth.ai.permissions` missing")));
        let found = p(json!({
            "aud": "KEY", "sub": "joe", "iat": 0, "exp": 86_401,
            "auth": {"ai": {"permissions": ["ai:chat", 1]}}, "user": {"name": 3}
        }));
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].contains("only strings, found 1"));
        assert!(found[1].contains("lives 1d1s"));
        assert!(found[2].starts_with("`user.name` must be a string"));
        let found = p(json!({"auth": {"ai": {"permissions": "ai:chat"}}}));
        assert!(found
            .iter()
            .any(|m| m.starts_with("`aud` missing: TinyMCE AI needs your API key")));
        assert!(found
            .iter()
            .any(|m| m.contains("array of strings, found a string")));
        // Export
        let found = p(json!({"aud": "KEY"}));
        assert_eq!(found.len(), 2);
        assert!(found[0].starts_with("`iat` missing: Tiny Cloud export/import"));
    }

    #[test]
    fn export_payload() {
        let t = TinyMce {
            product: Product::Export,
            api_key: Some("KEY".into()),
            ..Default::default()
        };
        assert_eq!(
            Value::Object(t.claims(&KeyFacts::default()).unwrap().flags),
            json!({"aud": "KEY"})
        );
        assert!(t.expiry().unwrap().requires_iat);
        assert!(!SERVICE.algs.allowed.contains(&Alg::HS256));
    }

    #[test]
    fn inspect_recognises_tinymce_tokens() {
        use crate::providers::test_support::guess;
        assert_eq!(
            guess(
                "RS256",
                json!({"sub": "joe", "https://claims.tiny.cloud/drive/root": "/j"})
            ),
            Some("tinymce")
        );
        assert_eq!(
            guess("RS256", json!({"auth": {"ai": {"permissions": []}}})),
            Some("tinymce")
        );
    }
}
