//! Form.io on-premise SSO: `jwt.verify(token, JWT_SECRET)` on the server, then the payload is
//! used as the session. See `shared/providers.md`.

use anyhow::{bail, Result};
use serde_json::{json, Map, Value};

use super::AlgRules;
use super::{
    json_kind, nested_object, object_id, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service,
    ServiceClaims, Transport, Values, WARNING,
};
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// The plain values `jwtmint formio` takes.
#[derive(Debug, Default, Clone)]
pub struct Formio {
    pub project: String,
    pub form: String,
    pub roles: Vec<String>,
    /// `user.data`, already merged from `--data-file` and `--data`.
    pub data: Map<String, Value>,
    pub admin: bool,
}

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "isAdmin",
        reason: "it makes the request an administrator; use --admin if you mean it",
    },
    GuardedClaim {
        name: "temp",
        reason: "it turns the token into a temporary token with other rules",
    },
    GuardedClaim {
        name: "allow",
        reason: "it limits or widens what the token may do",
    },
    GuardedClaim {
        name: "permission",
        reason: "it changes the token's permissions",
    },
    GuardedClaim {
        name: "access",
        reason: "it changes how the token's access is checked",
    },
];

/// The server calls `jwt.verify(token, JWT_SECRET)`: HMAC only.
const ALGORITHMS: &[Alg] = &[Alg::HS256, Alg::HS384, Alg::HS512];

const PROJECT: Opt = Opt::text("project", "ID", "The project's id (24 hex digits).").required();
const FORM: Opt =
    Opt::text("form", "ID", "The user resource form's id (24 hex digits).").required();
const ROLE: Opt = Opt::text(
    "role",
    "ID",
    "A role id (24 hex digits); repeatable, at least one.",
)
.with_kind(Kind::List)
.required()
.grants_rights();
const DATA: Opt = Opt::text(
    "data",
    "KEY=VALUE",
    "A field of user.data: KEY=VALUE or KEY:=JSON; dotted keys nest. Repeatable.\n\n\
     Form.io derives the user's id from data.id, data._id or data.email, in that order, and keeps \
     only its first 12 characters: give a unique --data id=… of 12 or more.",
)
.with_kind(Kind::Assign);
const DATA_FILE: Opt = Opt::text(
    "data-file",
    "PATH",
    "Take user.data from a JSON object in this file (`-` = standard input); --data adds to it.",
)
.with_kind(Kind::ObjectFile);
const ADMIN: Opt =
    Opt::switch("admin", "Make the user an administrator (isAdmin: true).").grants_rights();

pub static SERVICE: Service = Service {
    name: "formio",
    family: super::Family::SignIn,
    title: "Form.io",
    about: "Form.io on-premise SSO: a token the server accepts as an external user.\n\n\
            Builds exactly {\"external\":true,\"form\":{\"_id\"},\"project\":{\"_id\"},\"user\":{\"_id\":\"external\", \
            \"data\":{…},\"roles\":[…]}} plus iat and exp. Algorithms: HS256 (default), HS384, HS512, \
            with the deployment's JWT_SECRET. Default expiry: 1h (the server re-issues the token on \
            every request, so exp only bounds its first use); --no-exp is allowed. \
            Refused in --claim/--claims-file: isAdmin (use --admin), temp, allow, permission, access. \
            Header form (--format header): `x-jwt-token: TOKEN`.",
    example: "\
Example (JWT_SECRET in secret.txt):
  jwtmint formio --secret-file secret.txt --project 5c81a2e7f1d3b40012345601 \\
    --form 5c81a2e7f1d3b40012345602 --role 5c81a2e7f1d3b40012345603 \\
    --data id=3f2b9c1e-7a4d --data email=joe@example.com --format header
Send it as the header `x-jwt-token: TOKEN` or the query ?x-jwt-token=TOKEN; in a browser:
  localStorage.setItem('formioToken', TOKEN)",
    options: &[PROJECT, FORM, ROLE, DATA, DATA_FILE, ADMIN],
    algs: AlgRules {
        allowed: ALGORITHMS,
        default: Alg::HS256,
    },
    // `exp` only bounds the first use: the server re-issues the token on every request.
    expiry: ExpiryRules {
        default: Some(3600),
        ..ExpiryRules::NONE
    },
    guarded: GUARDED,
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport {
        header_name: "x-jwt-token",
        header_scheme: "",
        url_param: Some(("x-jwt-token", "")),
    },
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Formio::from_values(values)?)),
    recognise: |_, payload| payload.contains_key("external") && payload.contains_key("project"),
    lint: problems,
};

/// Form.io keys users by the first 12 characters of this id.
const ID_LENGTH: usize = 12;

impl Formio {
    /// The id the server derives from `user.data`: `id || _id || email || JSON(data)`,
    /// following JavaScript's `||` (empty strings, 0, false and null fall through).
    pub fn derived_user_id(&self) -> (String, &'static str) {
        for key in ["id", "_id", "email"] {
            match self.data.get(key) {
                Some(Value::String(s)) if !s.is_empty() => return (s.clone(), key),
                Some(Value::Number(n)) if n.as_f64() != Some(0.0) => return (n.to_string(), key),
                Some(Value::Bool(true)) => return ("true".into(), key),
                Some(v @ (Value::Array(_) | Value::Object(_))) => return (v.to_string(), key),
                _ => {}
            }
        }
        (
            Value::Object(self.data.clone()).to_string(),
            "the whole of user.data",
        )
    }
}

impl Formio {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(Formio {
            project: values.require(&PROJECT)?,
            form: values.require(&FORM)?,
            roles: values.list(&ROLE),
            data: nested_object(values.object(&DATA_FILE), &values.assignments(&DATA))?,
            admin: values.switch(&ADMIN),
        })
    }
}

impl Provider for Formio {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let project = object_id("--project", &self.project)?;
        let form = object_id("--form", &self.form)?;
        if self.roles.is_empty() {
            bail!("at least one --role is needed: Form.io silently drops unknown roles, and a user with none can do nothing");
        }
        let roles = self
            .roles
            .iter()
            .map(|role| object_id("--role", role))
            .collect::<Result<Vec<_>>>()?;
        if self.data.is_empty() {
            bail!("user.data must not be empty: give at least one --data KEY=VALUE (e.g. --data email=joe@example.com)");
        }
        let mut fixed = Map::new();
        fixed.insert("external".into(), Value::Bool(true));
        fixed.insert("form".into(), json!({ "_id": form }));
        fixed.insert("project".into(), json!({ "_id": project }));
        fixed.insert(
            "user".into(),
            json!({ "_id": "external", "data": self.data, "roles": roles }),
        );
        if self.admin {
            fixed.insert("isAdmin".into(), Value::Bool(true));
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        let (id, source) = self.derived_user_id();
        let mut warnings = Vec::new();
        if id.contains('@') {
            warnings.push(format!(
                "Form.io keys this user by the first {ID_LENGTH} characters of {source} (`{}`): \
                 every email starting the same way is the same user; add --data id=UNIQUE_ID",
                id.chars().take(ID_LENGTH).collect::<String>()
            ));
        } else if id.chars().count() < ID_LENGTH {
            warnings.push(format!(
                "Form.io keys this user by the first {ID_LENGTH} characters of {source} (`{id}`), \
                 and it has only {}: use an id of at least {ID_LENGTH} characters (--data id=…) \
                 so that it cannot collide with another user's",
                id.chars().count()
            ));
        }
        Ok(warnings)
    }
}

/// What Form.io's server would reject or misread in a token, in words a user can act on, for
/// `jwtmint inspect`. Entries starting with [`WARNING`] are advisory.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let _ = header;
    let mut out: Vec<String> = Vec::new();
    match payload.get("external") {
        Some(Value::Bool(true)) => {}
        None => out.push(
            "`external` missing: it must be `true`, or Form.io does not treat the token as an \
             SSO login"
                .into(),
        ),
        Some(other) => out.push(format!(
            "`external` must be the boolean `true`, found {other}"
        )),
    }
    for name in ["form", "project"] {
        let upper = name.to_uppercase();
        match payload.get(name) {
            None => out.push(format!(
                "`{name}` missing: it must be {{\"_id\": {upper}_ID}} (a 24-hex ObjectId)"
            )),
            Some(Value::Object(object)) => match object.get("_id") {
                Some(Value::String(id)) => out.extend(
                    object_id(&format!("{name}._id"), id)
                        .err()
                        .map(|e| e.to_string()),
                ),
                Some(other) => out.push(format!(
                    "`{name}._id` must be a 24-hex ObjectId string, found {other}"
                )),
                None => out.push(format!(
                    "`{name}._id` missing: the {name}'s 24-hex ObjectId"
                )),
            },
            Some(other) => out.push(format!(
                "`{name}` must be an object {{\"_id\": {upper}_ID}}, found {}",
                json_kind(other)
            )),
        }
    }
    match payload.get("user") {
        None => out.push(
            "`user` missing: it must be {\"_id\": \"external\", \"data\": {…}, \"roles\": [ROLE_ID, …]}"
                .into(),
        ),
        Some(Value::Object(user)) => user_problems(user, &mut out),
        Some(other) => out.push(format!("`user` must be an object, found {}", json_kind(other))),
    }
    for guard in GUARDED {
        let Some(value) = payload.get(guard.name) else {
            continue;
        };
        if guard.name == "isAdmin" {
            // The server tests it as JavaScript does: any truthy value counts.
            let truthy = match value {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::Number(n) => n.as_f64() != Some(0.0),
                Value::String(s) => !s.is_empty(),
                Value::Array(_) | Value::Object(_) => true,
            };
            if truthy {
                out.push(format!(
                    "{WARNING}`isAdmin` is {value}: every request made with this token is an \
                     administrator's"
                ));
            }
        } else {
            out.push(format!(
                "`{}` is present: {}; jwtmint never sets it",
                guard.name, guard.reason
            ));
        }
    }
    out
}

fn user_problems(user: &Map<String, Value>, out: &mut Vec<String>) {
    match user.get("_id") {
        Some(Value::String(id)) if id == "external" => {}
        Some(other) => out.push(format!("`user._id` must be \"external\", found {other}")),
        None => out.push("`user._id` missing: it must be \"external\"".into()),
    }
    match user.get("data") {
        None => out.push(
            "`user.data` missing: the server throws a TypeError without it; give the user's \
             id and email there"
                .into(),
        ),
        Some(Value::Object(data)) if data.is_empty() => out.push(
            "`user.data` is empty: Form.io derives the user's id from data.id, data._id or \
             data.email"
                .into(),
        ),
        Some(Value::Object(data)) => {
            let formio = Formio {
                data: data.clone(),
                ..Formio::default()
            };
            let warnings = formio.check(&Map::new()).unwrap_or_default();
            out.extend(warnings.into_iter().map(|w| format!("{WARNING}{w}")));
        }
        Some(other) => out.push(format!(
            "`user.data` must be an object, found {}",
            json_kind(other)
        )),
    }
    match user.get("roles") {
        None => out.push(
            "`user.roles` missing: give at least one role ObjectId, or the user can do nothing"
                .into(),
        ),
        Some(Value::Array(roles)) if roles.is_empty() => out.push(
            "`user.roles` is empty: give at least one role ObjectId, or the user can do nothing"
                .into(),
        ),
        Some(Value::Array(roles)) => {
            for (i, role) in roles.iter().enumerate() {
                let what = format!("user.roles[{i}]");
                match role {
                    Value::String(id) => out.extend(
                        object_id(&what, id)
                            .err()
                            .map(|e| format!("{e}: Form.io silently drops roles it does not know")),
                    ),
                    other => out.push(format!(
                        "`{what}` must be a 24-hex ObjectId string, found {other}"
                    )),
                }
            }
        }
        Some(other) => out.push(format!(
            "`user.roles` must be an array of role ObjectIds, found {}",
            json_kind(other)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: &str = "5c81a2e7f1d3b40012345601";
    const F: &str = "5c81a2e7f1d3b40012345602";
    const R: &str = "5c81a2e7f1d3b40012345603";

    fn formio(data: Value) -> Formio {
        Formio {
            project: P.into(),
            form: F.into(),
            roles: vec![R.into()],
            data: data.as_object().unwrap().clone(),
            admin: false,
        }
    }

    #[test]
    fn exact_payload_shape() {
        let claims = formio(json!({"email": "joe@example.com"}))
            .claims(&KeyFacts::default())
            .unwrap();
        assert!(claims.flags.is_empty());
        assert_eq!(
            Value::Object(claims.fixed),
            json!({
                "external": true,
                "form": {"_id": F},
                "project": {"_id": P},
                "user": {"_id": "external", "data": {"email": "joe@example.com"}, "roles": [R]}
            })
        );
    }

    #[test]
    fn admin_only_through_the_flag() {
        let mut f = formio(json!({"id": "user-000000001"}));
        f.admin = true;
        assert_eq!(
            f.claims(&KeyFacts::default()).unwrap().fixed["isAdmin"],
            true
        );
        assert!(GUARDED.iter().any(|g| g.name == "isAdmin"));
    }

    #[test]
    fn validation_errors() {
        let mut f = formio(json!({"id": "x"}));
        f.project = "nope".into();
        assert!(f
            .claims(&KeyFacts::default())
            .unwrap_err()
            .to_string()
            .contains("--project `nope`"));
        let mut f = formio(json!({"id": "x"}));
        f.roles.clear();
        assert!(f
            .claims(&KeyFacts::default())
            .unwrap_err()
            .to_string()
            .contains("at least one --role"));
        let mut f = formio(json!({"id": "x"}));
        f.roles.push("administrator".into());
        assert!(f
            .claims(&KeyFacts::default())
            .unwrap_err()
            .to_string()
            .contains("--role `administrator`"));
        let f = formio(json!({}));
        assert!(f
            .claims(&KeyFacts::default())
            .unwrap_err()
            .to_string()
            .contains("user.data must not be empty"));
    }

    #[test]
    fn derived_id_follows_the_server() {
        assert_eq!(
            formio(json!({"id": "a", "email": "b"})).derived_user_id().0,
            "a"
        );
        assert_eq!(
            formio(json!({"id": "", "_id": 7, "email": "b"}))
                .derived_user_id()
                .0,
            "7"
        );
        assert_eq!(
            formio(json!({"id": 0, "email": "b@x.io"}))
                .derived_user_id()
                .0,
            "b@x.io"
        );
        assert_eq!(
            formio(json!({"name": "Joe"})).derived_user_id().0,
            r#"{"name":"Joe"}"#
        );
    }

    fn header(alg: &str) -> Map<String, Value> {
        json!({"alg": alg, "typ": "JWT"})
            .as_object()
            .unwrap()
            .clone()
    }

    /// The payload `jwtmint formio` mints, plus `iat`/`exp`.
    fn minted(data: Value, admin: bool) -> Map<String, Value> {
        let mut f = formio(data);
        f.admin = admin;
        let mut claims = f.claims(&KeyFacts::default()).unwrap().fixed;
        claims.insert("iat".into(), 1_700_000_000.into());
        claims.insert("exp".into(), 1_700_003_600.into());
        claims
    }

    #[test]
    fn minted_tokens_have_no_problems() {
        let payload = minted(json!({"id": "3f2b9c1e-7a4d-4b8e"}), false);
        for alg in ["HS256", "HS384", "HS512"] {
            assert_eq!(
                SERVICE.problems(&header(alg), &payload),
                Vec::<String>::new()
            );
        }
    }

    #[test]
    fn inspect_finds_each_rule() {
        let p = |payload: Value| SERVICE.problems(&header("HS256"), payload.as_object().unwrap());
        let all = p(json!({}));
        assert!(all.iter().any(|m| m.starts_with("`external` missing")));
        assert!(all.iter().any(|m| m.starts_with("`form` missing")));
        assert!(all.iter().any(|m| m.starts_with("`project` missing")));
        assert!(all.iter().any(|m| m.starts_with("`user` missing")));

        let bad = p(json!({
            "external": "true",
            "form": {"_id": "contact"},
            "project": "5c81a2e7f1d3b40012345601",
            "user": {"_id": "joe", "roles": ["administrator", 3]}
        }));
        for expected in [
            "`external` must be the boolean `true`, found \"true\"",
            "form._id `contact` is not a 24-hex-digit ObjectId",
            "`project` must be an object",
            "`user._id` must be \"external\", found \"joe\"",
            "`user.data` missing: the server throws a TypeError",
            "user.roles[0] `administrator` is not a 24-hex-digit ObjectId",
            "`user.roles[1]` must be a 24-hex ObjectId string, found 3",
        ] {
            assert!(
                bad.iter().any(|m| m.contains(expected)),
                "{expected} in {bad:?}"
            );
        }

        let mut empty = minted(json!({"id": "3f2b9c1e-7a4d-4b8e"}), false);
        empty["user"]["data"] = json!({});
        empty["user"]["roles"] = json!([]);
        let found = SERVICE.problems(&header("HS256"), &empty);
        assert!(found.iter().any(|m| m.starts_with("`user.data` is empty")));
        assert!(found.iter().any(|m| m.starts_with("`user.roles` is empty")));

        let found = SERVICE.problems(
            &header("RS256"),
            &minted(json!({"id": "3f2b9c1e-7a4d-4b8e"}), false),
        );
        assert_eq!(
            found,
            ["Form.io accepts only HS256, HS384, HS512: alg `RS256` will be rejected"]
        );
    }

    #[test]
    fn inspect_flags_admin_guarded_claims_and_collisions() {
        let admin = SERVICE.problems(
            &header("HS256"),
            &minted(json!({"id": "3f2b9c1e-7a4d-4b8e"}), true),
        );
        assert_eq!(admin.len(), 1);
        assert!(admin[0].starts_with(WARNING) && admin[0].contains("administrator"));

        let mut payload = minted(json!({"id": "3f2b9c1e-7a4d-4b8e"}), false);
        payload.insert("isAdmin".into(), false.into());
        payload.insert("temp".into(), true.into());
        let found = SERVICE.problems(&header("HS256"), &payload);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("`temp` is present"));

        let found = SERVICE.problems(
            &header("HS256"),
            &minted(json!({"email": "joe@example.com"}), false),
        );
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with(WARNING) && found[0].contains("joe@example."));
    }

    #[test]
    fn collision_warnings() {
        let warn = |data| formio(data).check(&Map::new()).unwrap();
        assert!(warn(json!({"email": "joe@example.com"}))[0].contains("joe@example."));
        assert!(warn(json!({"id": "u1"}))[0].contains("only 2"));
        assert!(warn(json!({"id": "3f2b9c1e-7a4d-4b8e-9f00-1a2b3c4d5e6f"})).is_empty());
    }

    #[test]
    fn inspect_recognises_and_checks_formio_tokens() {
        use crate::providers::test_support::{guess, hs256, report, NOW};
        assert_eq!(
            guess("HS256", json!({"external": true, "project": {"_id": "x"}})),
            Some("formio")
        );
        // An admin token: a warning, not a failure.
        let token = hs256(json!({
            "external": true,
            "form": {"_id": "5c81a2e7f1d3b40012345602"},
            "project": {"_id": "5c81a2e7f1d3b40012345601"},
            "user": {"_id": "external", "data": {"id": "3f2b9c1e-7a4d-4b8e"}, "roles": ["5c81a2e7f1d3b40012345603"]},
            "isAdmin": true,
            "iat": NOW, "exp": NOW + 3600
        }));
        let found = report(&token, Some("formio"));
        assert_eq!(found.provider, Some(("formio", false)));
        assert!(found.passed(), "{:?}", found.problems);
        assert_eq!(found.warnings.len(), 1);
        assert!(found.warnings[0].starts_with("`isAdmin` is true"));
        let text = found.verdict_text();
        assert!(text.contains("checked as formio\n"));
        assert!(text.contains("exp 2026-11-24T11:00:00Z (expires in 1h)"));
        assert!(text.contains("signature valid (HS256, checked with the given secret)"));
        assert!(text.ends_with("OK: no problems found\n"));
        // Guessed when not named.
        assert_eq!(report(&token, None).provider, Some(("formio", true)));
    }
}
