//! Tiledesk custom authentication: `_id`, `sub: "userexternal"` and an `aud` URL ending in
//! `/projects/PROJECT_ID`, signed with the Project Shared Secret. The vendor's Node and PHP
//! samples sign `id`, `subject` and `audience` as payload keys; that is wrong, and refused here.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::AlgRules;
use super::{
    http_url, json_kind, safe_id, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service,
    ServiceClaims, Transport, Values, WARNING,
};
use crate::claims::Assignment;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

pub const DEFAULT_AUDIENCE_BASE: &str = "https://tiledesk.com";

const ALGORITHMS: &[Alg] = &[Alg::HS256, Alg::HS384, Alg::HS512];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Owner,
    Admin,
    Agent,
}

impl Role {
    fn name(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Admin => "admin",
            Role::Agent => "agent",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Tiledesk {
    pub project: String,
    pub user_id: String,
    pub firstname: Option<String>,
    pub lastname: Option<String>,
    pub email: Option<String>,
    pub attrs: Vec<Assignment>,
    pub role: Option<Role>,
    pub audience_base: String,
    /// The page that carries the token as `tiledesk_jwt=JWT%20TOKEN`, for `--format url`.
    pub url: Option<String>,
}

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "role",
        reason: "a `role` makes sign-in create a real agent account; use --role with --email if you mean it",
    },
    GuardedClaim { name: "id", reason: "Tiledesk reads `_id`, not `id` (the vendor's samples are wrong); use --user-id" },
    GuardedClaim { name: "subject", reason: "`subject` is a jsonwebtoken option, not a claim; Tiledesk needs `sub: userexternal`, which jwtmint sets" },
    GuardedClaim { name: "audience", reason: "`audience` is a jsonwebtoken option, not a claim; jwtmint sets `aud` from --project" },
];

/// Claims the subcommand owns: not settable with --attr.
const OWN: [&str; 6] = ["_id", "sub", "aud", "firstname", "lastname", "email"];

const PROJECT: Opt = Opt::text("project", "ID", "The Tiledesk project id.").required();
const USER_ID: Opt = Opt::text(
    "user-id",
    "ID",
    "The user's id, signed as _id (only letters, digits, `_` and `-`).",
)
.required()
.names_user();
const FIRSTNAME: Opt = Opt::text("firstname", "NAME", "The user's first name.");
const LASTNAME: Opt = Opt::text("lastname", "NAME", "The user's last name.");
const EMAIL: Opt = Opt::text("email", "EMAIL", "The user's email.").names_user();
const ATTR: Opt = Opt::text(
    "attr",
    "KEY=VALUE",
    "A custom attribute: KEY=VALUE or KEY:=JSON. Repeatable.",
)
.with_kind(Kind::Assign);
const ROLE: Opt = Opt::text(
    "role",
    "ROLE",
    "Make sign-in create a real agent account with this role (needs --email).",
)
.with_kind(Kind::Choice(&["owner", "admin", "agent"]))
.grants_rights();
const AUDIENCE_BASE: Opt = Opt::text(
    "audience-base",
    "URL",
    "The base of aud; the server reads the project id from its path.",
)
.default(DEFAULT_AUDIENCE_BASE);
const URL: Opt = Opt::text(
    "url",
    "PAGE",
    "The page that embeds the widget: prints PAGE?tiledesk_jwt=JWT%20TOKEN.",
);

pub static SERVICE: Service = Service {
    name: "tiledesk",
    family: super::Family::SignIn,
    title: "Tiledesk",
    about: "Tiledesk custom authentication: a token for signInWithCustomToken.\n\n\
            Always _id, sub: \"userexternal\" and aud: \"<audience-base>/projects/<PROJECT>\". \
            Algorithms: HS256 (default), HS384, HS512, with the Project Shared Secret. Default \
            expiry: 24h (exp is the chat session's lifetime); --no-exp is allowed. Refused in \
            --claim/--claims-file: role (use --role), and id/subject/audience, the keys the vendor's \
            samples get wrong. Header form: `Authorization: JWT TOKEN`; with --url PAGE the output \
            is PAGE?tiledesk_jwt=JWT%20TOKEN.",
    example: "\
Example (the Project Shared Secret in tiledesk-secret.txt):
  jwtmint tiledesk --secret-file tiledesk-secret.txt --project 5f8e1a2b3c4d5e6f7a8b9c0d \\
    --user-id u1 --email ann@example.com --firstname Ann
In the widget: window.Tiledesk('signInWithCustomToken', 'JWT ' + TOKEN)",
    options: &[
        PROJECT,
        USER_ID,
        FIRSTNAME,
        LASTNAME,
        EMAIL,
        ATTR,
        ROLE,
        AUDIENCE_BASE,
        URL,
    ],
    algs: AlgRules {
        allowed: ALGORITHMS,
        default: Alg::HS256,
    },
    // `exp` becomes the chat session's lifetime.
    expiry: ExpiryRules {
        default: Some(24 * 3600),
        ..ExpiryRules::NONE
    },
    guarded: GUARDED,
    formats: &[
        Format::Token,
        Format::Json,
        Format::Header,
        Format::Url,
        Format::Claims,
    ],
    // Exactly one space after `JWT`; `Bearer` is refused by the server.
    transport: Transport {
        header_name: "Authorization",
        header_scheme: "JWT ",
        url_param: Some(("tiledesk_jwt", "JWT%20")),
    },
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Tiledesk::from_values(values)?)),
    recognise: |_, payload| {
        let str_of = |name: &str| payload.get(name).and_then(Value::as_str);
        str_of("sub") == Some("userexternal")
            || (payload.contains_key("_id") && str_of("aud").is_some_and(|aud| aud.contains("/projects/")))
            || payload.contains_key("subject")
            || payload.contains_key("audience")
    },
    lint: problems,
};

impl Tiledesk {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(Tiledesk {
            project: values.require(&PROJECT)?,
            user_id: values.require(&USER_ID)?,
            firstname: values.text(&FIRSTNAME),
            lastname: values.text(&LASTNAME),
            email: values.text(&EMAIL),
            attrs: values.assignments(&ATTR),
            role: match values.text(&ROLE).as_deref() {
                Some("owner") => Some(Role::Owner),
                Some("admin") => Some(Role::Admin),
                Some("agent") => Some(Role::Agent),
                _ => None,
            },
            audience_base: values.require(&AUDIENCE_BASE)?,
            url: values.text(&URL),
        })
    }
}

impl Provider for Tiledesk {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        safe_id("--project", &self.project)?;
        safe_id("--user-id", &self.user_id)?;
        http_url("--audience-base", &self.audience_base)?;
        if let Some(url) = &self.url {
            http_url("--url", url)?;
        }
        let mut fixed = Map::new();
        fixed.insert("_id".into(), self.user_id.as_str().into());
        fixed.insert("sub".into(), "userexternal".into());
        let aud = format!(
            "{}/projects/{}",
            self.audience_base.trim_end_matches('/'),
            self.project
        );
        fixed.insert("aud".into(), aud.into());

        let mut flags = Map::new();
        for Assignment { key, value } in &self.attrs {
            if OWN.contains(&key.as_str()) || GUARDED.iter().any(|g| g.name == key) {
                bail!("--attr cannot set `{key}`: it has its own flag or is refused");
            }
            flags.insert(key.clone(), value.clone());
        }
        for (name, value) in [
            ("firstname", &self.firstname),
            ("lastname", &self.lastname),
            ("email", &self.email),
        ] {
            if let Some(value) = value {
                flags.insert(name.into(), value.as_str().into());
            }
        }
        if let Some(role) = self.role {
            if self.email.is_none() {
                bail!("--role needs --email: Tiledesk creates the agent account from it");
            }
            fixed.insert("role".into(), role.name().into());
        }
        Ok(ServiceClaims { flags, fixed })
    }

    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        Ok(match (self.role, &self.email) {
            (Some(role), Some(email)) => vec![format!(
                "--role {}: signing in with this token creates a real Tiledesk agent account for {email}",
                role.name()
            )],
            _ => Vec::new(),
        })
    }

    fn default_format(&self) -> Option<Format> {
        self.url.is_some().then_some(Format::Url)
    }

    fn check_format(&self, format: Format) -> Result<()> {
        if format == Format::Url && self.url.is_none() {
            bail!(crate::exit::UsageError::new(
                "--format url needs --url PAGE (the page that embeds the Tiledesk widget)"
            ));
        }
        Ok(())
    }

    fn url(&self, token: &str) -> Result<String> {
        let Some(page) = &self.url else {
            bail!("--format url needs --url PAGE (the page that embeds the Tiledesk widget)");
        };
        Ok(SERVICE.transport.link(page, token))
    }
}

/// The project id in an `aud` like `https://tiledesk.com/projects/PROJECT_ID`.
fn project_in(aud: &url::Url) -> Option<String> {
    let segments: Vec<_> = aud.path_segments()?.collect();
    segments
        .windows(2)
        .find(|pair| pair[0] == "projects" && !pair[1].is_empty())
        .map(|pair| pair[1].to_string())
}

/// What Tiledesk's server would reject or misread in a token, for `jwtmint inspect`. Entries
/// starting with [`WARNING`] are advisory. Catches the vendor's samples (`id`, `subject`,
/// `audience` as payload keys).
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let _ = header;
    let mut out: Vec<String> = Vec::new();
    match payload.get("_id") {
        Some(Value::String(id)) => out.extend(
            safe_id("`_id`", id)
                .err()
                .map(|e| format!("{e} (it becomes part of a messaging topic name)")),
        ),
        Some(other) => out.push(format!(
            "`_id` must be a string (the user's id), found {}",
            json_kind(other)
        )),
        None if payload.contains_key("id") => out.push(
            "`id` should be `_id`: Tiledesk reads the user's id from `_id` (the vendor's \
             samples are wrong); jwtmint tiledesk --user-id sets it"
                .into(),
        ),
        None => out.push("`_id` missing: Tiledesk reads the user's id from it".into()),
    }
    if payload.contains_key("subject") {
        out.push(
            "`subject` is not a claim (it is a jsonwebtoken option in the vendor's samples): \
             remove it and set `sub`"
                .into(),
        );
    }
    match payload.get("sub") {
        Some(Value::String(sub)) if sub == "userexternal" => {}
        found => out.push(format!(
            "`sub` must be `userexternal`{}: without it every API call after sign-in fails",
            match found {
                Some(value) => format!(" (found {value})"),
                None => " (it is missing)".into(),
            }
        )),
    }
    if payload.contains_key("audience") {
        out.push(
            "`audience` should be `aud` (the vendor's samples pass it as a jsonwebtoken option, \
             not a claim)"
                .into(),
        );
    }
    let expected = format!("{DEFAULT_AUDIENCE_BASE}/projects/PROJECT_ID");
    match payload.get("aud") {
        None => out.push(format!(
            "`aud` missing: it must be {expected}; the server reads the project id from it"
        )),
        Some(Value::String(aud)) => match http_url("aud", aud) {
            Err(e) => out.push(format!(
                "{e}: a non-URL `aud` crashes the Tiledesk server (500); use {expected}"
            )),
            Ok(url) => {
                if project_in(&url).is_none() {
                    out.push(format!(
                        "aud `{aud}` has no /projects/PROJECT_ID in its path: the server reads \
                         the project id from there ({expected})"
                    ));
                }
            }
        },
        Some(other) => out.push(format!(
            "`aud` must be one URL string ({expected}), found {}",
            json_kind(other)
        )),
    }
    if let Some(role) = payload.get("role") {
        let known = ["owner", "admin", "agent"];
        if !role.as_str().is_some_and(|r| known.contains(&r)) {
            out.push(format!(
                "`role` must be one of owner, admin, agent, found {role}"
            ));
        }
        match payload.get("email") {
            Some(Value::String(email)) if !email.is_empty() => out.push(format!(
                "{WARNING}`role` is {role}: signing in with this token creates a real Tiledesk \
                 agent account for {email}"
            )),
            _ => out.push(format!(
                "`role` ({role}) without `email`: Tiledesk creates the agent account from \
                 `email`"
            )),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::test_support::payload;
    use serde_json::json;

    fn tiledesk() -> Tiledesk {
        Tiledesk {
            project: "5f8e1a2b3c4d5e6f7a8b9c0d".into(),
            user_id: "u1".into(),
            firstname: Some("Ann".into()),
            lastname: None,
            email: Some("a@example.com".into()),
            attrs: vec!["plan=pro".parse().unwrap()],
            role: None,
            audience_base: DEFAULT_AUDIENCE_BASE.into(),
            url: None,
        }
    }

    #[test]
    fn exact_payload() {
        let claims = tiledesk().claims(&KeyFacts::default()).unwrap();
        assert_eq!(
            Value::Object(claims.fixed),
            json!({"_id": "u1", "sub": "userexternal", "aud": "https://tiledesk.com/projects/5f8e1a2b3c4d5e6f7a8b9c0d"})
        );
        assert_eq!(
            Value::Object(claims.flags),
            json!({"plan": "pro", "firstname": "Ann", "email": "a@example.com"})
        );
    }

    #[test]
    fn audience_base_and_transports() {
        let t = Tiledesk {
            audience_base: "https://chat.example.com/".into(),
            url: Some("https://shop.example.com/help?x=1".into()),
            ..tiledesk()
        };
        assert_eq!(
            t.claims(&KeyFacts::default()).unwrap().fixed["aud"],
            "https://chat.example.com/projects/5f8e1a2b3c4d5e6f7a8b9c0d"
        );
        assert_eq!(SERVICE.transport.header("T"), "Authorization: JWT T");
        assert_eq!(
            t.url("T").unwrap(),
            "https://shop.example.com/help?x=1&tiledesk_jwt=JWT%20T"
        );
        assert_eq!(t.default_format(), Some(Format::Url));
        assert!(tiledesk().url("T").is_err());
    }

    fn hs256() -> Map<String, Value> {
        json!({"alg": "HS256", "typ": "JWT"})
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn inspect_minted_tokens() {
        assert!(SERVICE.problems(&hs256(), &payload(&tiledesk())).is_empty());
        let self_hosted = Tiledesk {
            audience_base: "https://chat.example.com/api".into(),
            ..tiledesk()
        };
        assert!(SERVICE
            .problems(&hs256(), &payload(&self_hosted))
            .is_empty());
        let agent = Tiledesk {
            role: Some(Role::Agent),
            ..tiledesk()
        };
        let found = SERVICE.problems(&hs256(), &payload(&agent));
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with(WARNING) && found[0].contains("a@example.com"));
        let rs = json!({"alg": "RS256"}).as_object().unwrap().clone();
        assert_eq!(
            SERVICE.problems(&rs, &payload(&tiledesk())),
            ["Tiledesk accepts only HS256, HS384, HS512: alg `RS256` will be rejected"]
        );
    }

    #[test]
    fn inspect_the_vendor_sample() {
        // What the vendor's Node sample signs.
        let payload = json!({
            "id": "u1", "firstname": "Ann", "email": "a@example.com",
            "subject": "userexternal",
            "audience": "https://tiledesk.com/projects/5f8e1a2b3c4d5e6f7a8b9c0d"
        });
        let found = SERVICE.problems(&hs256(), payload.as_object().unwrap());
        assert_eq!(found.len(), 5, "{found:?}");
        assert!(found[0].starts_with("`id` should be `_id`"));
        assert!(found[1].starts_with("`subject` is not a claim"));
        assert!(found[2].starts_with("`sub` must be `userexternal` (it is missing)"));
        assert!(found[3].starts_with("`audience` should be `aud`"));
        assert!(found[4].starts_with("`aud` missing: it must be https://tiledesk.com/projects/"));
    }

    #[test]
    fn inspect_finds_each_rule() {
        let p = |payload: Value| SERVICE.problems(&hs256(), payload.as_object().unwrap());
        let found = p(json!({"_id": "a.b", "sub": "joe", "aud": "5f8e1a2b"}));
        assert!(found[0].contains("`_id` `a.b` may contain only"));
        assert!(found[1].contains("(found \"joe\")"));
        assert!(found[2].contains("crashes the Tiledesk server"));
        let found = p(json!({"_id": 7, "sub": "userexternal", "aud": "https://tiledesk.com/p/1"}));
        assert!(found[0].starts_with("`_id` must be a string"));
        assert!(found[1].contains("has no /projects/PROJECT_ID"));
        let found = p(json!({
            "_id": "u1", "sub": "userexternal",
            "aud": ["https://tiledesk.com/projects/x"], "role": "boss"
        }));
        assert!(found[0].starts_with("`aud` must be one URL string"));
        assert!(found[1].contains("owner, admin, agent"));
        assert!(found[2].starts_with("`role` (\"boss\") without `email`"));
    }

    #[test]
    fn rules() {
        assert!(Tiledesk {
            user_id: "a.b".into(),
            ..tiledesk()
        }
        .claims(&KeyFacts::default())
        .is_err());
        assert!(Tiledesk {
            project: "x/y".into(),
            ..tiledesk()
        }
        .claims(&KeyFacts::default())
        .is_err());
        assert!(Tiledesk {
            audience_base: "tiledesk.com".into(),
            ..tiledesk()
        }
        .claims(&KeyFacts::default())
        .is_err());
        let no_email = Tiledesk {
            role: Some(Role::Agent),
            email: None,
            ..tiledesk()
        };
        assert!(no_email
            .claims(&KeyFacts::default())
            .unwrap_err()
            .to_string()
            .contains("--role needs --email"));
        let agent = Tiledesk {
            role: Some(Role::Agent),
            ..tiledesk()
        };
        assert_eq!(
            agent.claims(&KeyFacts::default()).unwrap().fixed["role"],
            "agent"
        );
        let sneaky = Tiledesk {
            attrs: vec!["role=owner".parse().unwrap()],
            ..tiledesk()
        };
        assert!(sneaky.claims(&KeyFacts::default()).is_err());
        let sneaky = Tiledesk {
            attrs: vec!["sub=x".parse().unwrap()],
            ..tiledesk()
        };
        assert!(sneaky.claims(&KeyFacts::default()).is_err());
        for name in ["role", "id", "subject", "audience"] {
            assert!(GUARDED.iter().any(|g| g.name == name));
        }
    }

    #[test]
    fn inspect_recognises_tiledesk_tokens_and_links() {
        use crate::providers::test_support::{guess, hs256};
        assert_eq!(
            guess("HS256", json!({"sub": "userexternal"})),
            Some("tiledesk")
        );
        assert_eq!(
            guess(
                "HS256",
                json!({"_id": "u1", "aud": "https://tiledesk.com/projects/p1"})
            ),
            Some("tiledesk")
        );
        assert_eq!(
            guess(
                "HS256",
                json!({"id": "u1", "subject": "userexternal", "audience": "x"})
            ),
            Some("tiledesk")
        );
        let token = hs256(json!({"sub": "userexternal"}));
        for pasted in [
            format!("https://shop.example.com/help?x=1&tiledesk_jwt=JWT%20{token}"),
            format!("https://shop.example.com/help?tiledesk_jwt=JWT+{token}"),
            format!("Authorization: JWT {token}"),
        ] {
            assert_eq!(crate::inspect::extract_token(&pasted).unwrap(), token);
        }
    }

    #[test]
    fn inspect_explains_the_vendor_sample() {
        use crate::providers::test_support::{hs256, report, NOW};
        let token = hs256(json!({
            "id": "u1", "firstname": "Ann",
            "subject": "userexternal",
            "audience": "https://tiledesk.com/projects/5f8e1a2b3c4d5e6f7a8b9c0d",
            "iat": NOW - 60, "exp": NOW + 3600
        }));
        let found = report(&token, None);
        assert_eq!(found.provider, Some(("tiledesk", true)));
        assert!(!found.passed());
        for expected in [
            "`id` should be `_id`",
            "`aud` missing:",
            "`sub` must be `userexternal`",
        ] {
            assert!(
                found.problems.iter().any(|p| p.starts_with(expected)),
                "{expected} in {:?}",
                found.problems
            );
        }
        let text = found.verdict_text();
        assert!(text
            .contains("checked as tiledesk (guessed from the claims; use --provider to choose)"));
        assert!(text.contains("problem: `id` should be `_id`"));
        assert!(text.ends_with("FAILED: 5 problems\n"), "{text}");

        let found = report(
            &hs256(json!({"sub": "userexternal", "_id": "u1", "aud": "nope"})),
            None,
        );
        let json: Value = serde_json::from_str(&found.json()).unwrap();
        assert_eq!(json["header"], json!({"alg": "HS256", "typ": "JWT"}));
        assert_eq!(json["payload"]["_id"], "u1");
        assert_eq!(json["signature"], "valid");
        assert_eq!(json["provider"], "tiledesk");
        assert_eq!(json["provider_guessed"], true);
        assert!(json["problems"][0]
            .as_str()
            .unwrap()
            .contains("crashes the Tiledesk server"));
    }
}
