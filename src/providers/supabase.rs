//! Supabase Auth and API tokens: a user's access token as GoTrue makes it, or the legacy
//! anon / service_role API-key form. HS256 with the legacy JWT secret's text, or ES256/RS256
//! with a signing key whose `kid` goes into the header (Supabase finds the key by it).

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::AlgRules;
use super::{
    json_kind, GuardedClaim, KeyFacts, Opt, Provider, Service, ServiceClaims, Transport, Values,
    WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::{warn, Format};
use crate::time::ExpiryRules;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// A signed-in user's access token.
    User {
        sub: String,
        email: Option<String>,
        app_metadata: Option<String>,
        user_metadata: Option<String>,
    },
    Anon,
    ServiceRole,
}

#[derive(Debug, Clone)]
pub struct Supabase {
    pub project_ref: String,
    pub mode: Mode,
}

const PROJECT_REF: Opt = Opt::text(
    "project-ref",
    "REF",
    "The project ref (the REF of https://REF.supabase.co).",
)
.required();
const SUB: Opt = Opt::text(
    "sub",
    "UUID",
    "Mint a user's access token for this user id (a UUID).",
)
.grants_rights();
const EMAIL: Opt = Opt::text("email", "EMAIL", "The user's email (with --sub).").names_user();
const APP_METADATA: Opt = Opt::text(
    "app-metadata",
    "JSON",
    "app_metadata, a JSON object (with --sub).",
)
.grants_rights();
const USER_METADATA: Opt = Opt::text(
    "user-metadata",
    "JSON",
    "user_metadata, a JSON object (with --sub).",
);
const ANON: Opt = Opt::switch("anon", "Mint the anon API-key form (role: anon).");
const SERVICE_ROLE: Opt = Opt::switch(
    "service-role",
    "Mint the service_role API-key form, which bypasses row-level security. Never the default.",
)
.grants_rights();

pub static SERVICE: Service = Service {
    name: "supabase",
    family: super::Family::Realtime,
    title: "Supabase",
    about: "Supabase Auth and API tokens: a user's access token, or the anon / service_role key form.\n\n\
            With --sub: iss https://REF.supabase.co/auth/v1, aud and role \"authenticated\", aal1, \
            a new session_id, is_anonymous false, email/phone/app_metadata/user_metadata as GoTrue \
            writes them. With --anon or --service-role: iss \"supabase\", ref, role. \
            --service-role bypasses row-level security and says so on stderr. HS256 with the \
            legacy JWT secret's text, or ES256/RS256 with a signing key: its kid (or --kid) goes \
            into the header, and is required there. Default expiry 1h; an expiry is required. \
            Requests to /rest/v1 also need an `apikey` header.",
    example: "\
Example (the legacy JWT secret in supabase-jwt-secret.txt):
  jwtmint supabase --secret-file supabase-jwt-secret.txt --project-ref abcdefghijklmnopqrst \\
    --sub 3b1f0e2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b --email joe@example.com --format header",
    options: &[
        PROJECT_REF,
        SUB,
        EMAIL,
        APP_METADATA,
        USER_METADATA,
        ANON,
        SERVICE_ROLE,
    ],
    algs: AlgRules {
        allowed: &[Alg::HS256, Alg::ES256, Alg::RS256],
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        default: Some(3600),
        may_omit: false,
        ..ExpiryRules::NONE
    },
    guarded: &[
        GuardedClaim {
            name: "role",
            reason: "the role decides row-level security; use --sub, --anon or --service-role",
        },
        GuardedClaim {
            name: "app_metadata",
            reason: "row-level security policies trust it (only the server may write it); use \
                     --app-metadata if you mean it",
        },
        GuardedClaim {
            name: "aal",
            reason: "`aal2` claims a second factor the user never gave, which policies trust",
        },
        GuardedClaim {
            name: "amr",
            reason: "it claims sign-in methods (a second factor) the user never used",
        },
        GuardedClaim {
            name: "is_anonymous",
            reason: "policies tell anonymous users apart by it",
        },
        GuardedClaim {
            name: "ref",
            reason: "with `role` it makes an API key (anon, service_role); use --anon or \
                     --service-role",
        },
    ],
    formats: &[
        Format::Token,
        Format::Header,
        Format::Json,
        Format::Claims,
    ],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Supabase::from_values(values)?)),
    recognise: |_, payload| {
        payload
            .get("iss")
            .and_then(Value::as_str)
            .is_some_and(|iss| iss == "supabase" || iss.ends_with(".supabase.co/auth/v1"))
    },
    lint: problems,
};

impl Supabase {
    pub fn from_values(values: &Values) -> Result<Self> {
        let sub = values.text(&SUB);
        let anon = values.switch(&ANON);
        let service_role = values.switch(&SERVICE_ROLE);
        let user_only = [&EMAIL, &APP_METADATA, &USER_METADATA]
            .into_iter()
            .find(|opt| values.is_set(opt));
        let mode = match (sub, anon, service_role) {
            (Some(sub), false, false) => Mode::User {
                sub,
                email: values.text(&EMAIL),
                app_metadata: values.text(&APP_METADATA),
                user_metadata: values.text(&USER_METADATA),
            },
            (None, true, false) | (None, false, true) => {
                if let Some(opt) = user_only {
                    bail!(UsageError::new(format!(
                        "{} goes with --sub (a user token), not the API-key form",
                        opt.flag()
                    )));
                }
                if anon {
                    Mode::Anon
                } else {
                    Mode::ServiceRole
                }
            }
            (None, false, false) => bail!(UsageError::new(
                "say which token: --sub UUID (a user), --anon or --service-role"
            )),
            _ => bail!(UsageError::new(
                "give only one of --sub, --anon and --service-role"
            )),
        };
        Ok(Supabase {
            project_ref: values.require(&PROJECT_REF)?,
            mode,
        })
    }
}

/// Whether `text` is a UUID in its usual 8-4-4-4-12 hex form.
fn is_uuid(text: &str) -> bool {
    text.len() == 36
        && text.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

fn json_object(flag: &str, text: &Option<String>) -> Result<Value> {
    let Some(text) = text else {
        return Ok(Value::Object(Map::new()));
    };
    let value: Value = crate::json::parse_str(text)
        .map_err(|e| UsageError::new(format!("{flag} is not JSON ({e})")))?;
    if !value.is_object() {
        bail!(UsageError::new(format!(
            "{flag} must be a JSON object, found {}",
            json_kind(&value)
        )));
    }
    Ok(value)
}

impl Provider for Supabase {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let project = &self.project_ref;
        if project.is_empty()
            || !project
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            bail!(UsageError::new(format!(
                "--project-ref `{project}` must be the project's ref: lower-case letters and digits"
            )));
        }
        let mut fixed = Map::new();
        let mut flags = Map::new();
        match &self.mode {
            Mode::User {
                sub,
                email,
                app_metadata,
                user_metadata,
            } => {
                if !is_uuid(sub) {
                    bail!(UsageError::new(format!(
                        "--sub `{sub}` is not a UUID: Supabase user ids are UUIDs (auth.uid())"
                    )));
                }
                fixed.insert(
                    "iss".into(),
                    format!("https://{project}.supabase.co/auth/v1").into(),
                );
                fixed.insert("aud".into(), "authenticated".into());
                fixed.insert("sub".into(), sub.as_str().into());
                fixed.insert("role".into(), "authenticated".into());
                flags.insert("email".into(), email.clone().unwrap_or_default().into());
                flags.insert("phone".into(), "".into());
                flags.insert(
                    "app_metadata".into(),
                    json_object("--app-metadata", app_metadata)?,
                );
                flags.insert(
                    "user_metadata".into(),
                    json_object("--user-metadata", user_metadata)?,
                );
                flags.insert("aal".into(), "aal1".into());
                flags.insert("session_id".into(), uuid::Uuid::new_v4().to_string().into());
                flags.insert("is_anonymous".into(), false.into());
            }
            Mode::Anon | Mode::ServiceRole => {
                let role = if self.mode == Mode::Anon {
                    "anon"
                } else {
                    "service_role"
                };
                fixed.insert("iss".into(), "supabase".into());
                fixed.insert("ref".into(), project.as_str().into());
                fixed.insert("role".into(), role.into());
            }
        }
        Ok(ServiceClaims { flags, fixed })
    }

    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        Ok(match self.mode {
            Mode::ServiceRole => vec![
                "--service-role: this token bypasses row-level security (full access to every \
                 table); keep it on servers"
                    .into(),
            ],
            _ => Vec::new(),
        })
    }

    fn check_format(&self, format: Format) -> Result<()> {
        if format == Format::Header {
            warn(
                "Supabase's /rest/v1 also needs an `apikey: ANON_OR_PUBLISHABLE_KEY` header \
                 beside this Authorization header",
            );
        }
        Ok(())
    }

    fn check_header(&self, header: &Map<String, Value>, key: &KeyFacts) -> Result<()> {
        if key.alg.is_some_and(|alg| !alg.is_hmac()) && !header.contains_key("kid") {
            bail!(UsageError::new(
                "Supabase finds an ES256/RS256 signing key by its kid: use the signing key's JWK \
                 (it carries the kid) or pass --kid"
            ));
        }
        Ok(())
    }
}

/// What Supabase would refuse or misread in a token, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    let alg = super::header_alg(header).unwrap_or_default();
    if (alg.starts_with("ES") || alg.starts_with("RS")) && !header.contains_key("kid") {
        out.push(format!(
            "{alg} without a header `kid`: Supabase finds the signing key by it"
        ));
    }
    let text = |name: &str| payload.get(name).and_then(Value::as_str);
    match text("role") {
        None => out
            .push("`role` missing: Postgres needs it (authenticated, anon or service_role)".into()),
        Some("service_role") => out.push(format!(
            "{WARNING}role service_role bypasses row-level security"
        )),
        Some(_) => {}
    }
    if text("iss") == Some("supabase") {
        if text("ref").is_none() {
            out.push("`ref` missing: the API-key form names its project".into());
        }
    } else {
        if text("aud") != Some("authenticated") {
            out.push("`aud` must be \"authenticated\" for a user token".into());
        }
        if !text("sub").is_some_and(is_uuid) {
            out.push("`sub` must be the user's UUID (auth.uid() reads it)".into());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::test_support::payload;
    use serde_json::json;

    const USER: &str = "3b1f0e2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b";

    fn user() -> Supabase {
        Supabase {
            project_ref: "abcdefghijklmnopqrst".into(),
            mode: Mode::User {
                sub: USER.into(),
                email: Some("joe@example.com".into()),
                app_metadata: Some("{\"provider\":\"email\"}".into()),
                user_metadata: None,
            },
        }
    }

    #[test]
    fn exact_payloads() {
        let mut p = payload(&user());
        assert!(is_uuid(p["session_id"].as_str().unwrap()));
        p.remove("session_id");
        assert_eq!(
            Value::Object(p),
            json!({
                "iss": "https://abcdefghijklmnopqrst.supabase.co/auth/v1", "aud": "authenticated",
                "sub": USER, "role": "authenticated", "email": "joe@example.com", "phone": "",
                "app_metadata": {"provider": "email"}, "user_metadata": {}, "aal": "aal1",
                "is_anonymous": false
            })
        );
        let anon = Supabase {
            mode: Mode::Anon,
            ..user()
        };
        assert_eq!(
            Value::Object(payload(&anon)),
            json!({"iss": "supabase", "ref": "abcdefghijklmnopqrst", "role": "anon"})
        );
        let service = Supabase {
            mode: Mode::ServiceRole,
            ..user()
        };
        assert_eq!(payload(&service)["role"], "service_role");
        assert!(service.check(&Map::new()).unwrap()[0].contains("row-level security"));
        assert!(anon.check(&Map::new()).unwrap().is_empty());
    }

    #[test]
    fn refusals() {
        let with = |sub: &str, app: Option<&str>| Supabase {
            mode: Mode::User {
                sub: sub.into(),
                email: None,
                app_metadata: app.map(Into::into),
                user_metadata: None,
            },
            ..user()
        };
        assert!(with("joe", None).claims(&KeyFacts::default()).is_err());
        assert!(with(USER, Some("[1,2]"))
            .claims(&KeyFacts::default())
            .is_err());
        assert!(with(USER, Some("{name: joe}"))
            .claims(&KeyFacts::default())
            .is_err());
        let bad_ref = Supabase {
            project_ref: "https://x.supabase.co".into(),
            ..user()
        };
        assert!(bad_ref.claims(&KeyFacts::default()).is_err());
        let es = KeyFacts {
            alg: Some(Alg::ES256),
            ..Default::default()
        };
        assert!(user().check_header(&Map::new(), &es).is_err());
        let kid = json!({"kid": "k1"}).as_object().unwrap().clone();
        user().check_header(&kid, &es).unwrap();
        user()
            .check_header(&Map::new(), &KeyFacts::default())
            .unwrap();
    }

    #[test]
    fn modes_from_values() {
        use super::super::Given;
        let base = Values::new().with(&PROJECT_REF, Given::Text("abc".into()));
        let err = |values: Values| Supabase::from_values(&values).unwrap_err().to_string();
        assert!(err(base.clone()).contains("say which token"));
        assert!(err(base
            .clone()
            .with(&ANON, Given::Switch(true))
            .with(&SERVICE_ROLE, Given::Switch(true)))
        .contains("only one"));
        assert!(err(base
            .clone()
            .with(&ANON, Given::Switch(true))
            .with(&SUB, Given::Text(USER.into())))
        .contains("only one"));
        assert!(err(base
            .clone()
            .with(&ANON, Given::Switch(true))
            .with(&EMAIL, Given::Text("a@b".into())))
        .contains("--email goes with --sub"));
        let anon = Supabase::from_values(&base.with(&ANON, Given::Switch(true))).unwrap();
        assert_eq!(anon.mode, Mode::Anon);
    }

    #[test]
    fn inspect_minted_and_broken() {
        let header = json!({"alg": "HS256", "typ": "JWT"})
            .as_object()
            .unwrap()
            .clone();
        let mut minted = payload(&user());
        minted.insert("exp".into(), 2_000_000_000.into());
        assert!(SERVICE.problems(&header, &minted).is_empty());
        assert!((SERVICE.recognise)(&header, &minted));
        let es = json!({"alg": "ES256"}).as_object().unwrap().clone();
        let broken = json!({"iss": "https://x.supabase.co/auth/v1", "sub": "joe"});
        let text = SERVICE
            .problems(&es, broken.as_object().unwrap())
            .join("\n");
        assert!(text.contains("without a header `kid`"), "{text}");
        assert!(text.contains("`role` missing"), "{text}");
        assert!(text.contains("\"authenticated\""), "{text}");
        assert!(text.contains("user's UUID"), "{text}");
        assert!(text.contains("`exp` missing"), "{text}");
    }
}
