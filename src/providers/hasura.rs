//! Hasura GraphQL Engine: the session variables under the claims namespace
//! (`https://hasura.io/jwt/claims` by default), `x-hasura-allowed-roles` containing
//! `x-hasura-default-role`, and every other `x-hasura-*` value a string.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::{json_kind, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims, Transport, Values};
use super::{AlgRules, GuardedClaim};
use crate::claims::Assignment;
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

pub const DEFAULT_NAMESPACE: &str = "https://hasura.io/jwt/claims";

const ALGORITHMS: &[Alg] = &[
    Alg::HS256,
    Alg::HS384,
    Alg::HS512,
    Alg::RS256,
    Alg::RS384,
    Alg::RS512,
    Alg::ES256,
    Alg::ES384,
    Alg::EdDSA,
];

const ALLOWED_ROLES: &str = "x-hasura-allowed-roles";
const DEFAULT_ROLE: &str = "x-hasura-default-role";

#[derive(Debug, Clone, Default)]
pub struct Hasura {
    pub default_role: String,
    pub allowed_roles: Vec<String>,
    pub user_id: Option<String>,
    pub session_vars: Vec<Assignment>,
    pub namespace: Option<String>,
    pub namespace_path: Option<String>,
    pub stringified: bool,
}

const DEFAULT_ROLE_OPT: Opt = Opt::text(
    "default-role",
    "ROLE",
    "x-hasura-default-role: the role of requests without an x-hasura-role header.",
)
.required()
.grants_rights();
const ALLOWED_ROLE: Opt = Opt::text(
    "allowed-role",
    "ROLE",
    "A role of x-hasura-allowed-roles (must include the default role). Repeatable.",
)
.with_kind(Kind::List)
.required()
.grants_rights();
const USER_ID: Opt = Opt::text("user-id", "ID", "x-hasura-user-id (a string).").names_user();
const SESSION_VAR: Opt = Opt::text(
    "session-var",
    "x-hasura-K=V",
    "Another session variable, x-hasura-NAME=VALUE (always a string). Repeatable.",
)
.with_kind(Kind::Assign)
.grants_rights();
const NAMESPACE: Opt = Opt::text(
    "namespace",
    "KEY",
    "The claims namespace (the server's claims_namespace; default https://hasura.io/jwt/claims).",
);
const NAMESPACE_PATH: Opt = Opt::text(
    "namespace-path",
    "PATH",
    "Put the claims at this JSON path instead ($.hasura.claims; the server's \
     claims_namespace_path).",
);
const STRINGIFIED: Opt = Opt::switch(
    "stringified",
    "Write the namespace value as a JSON string (claims_format: stringified_json).",
);

pub static SERVICE: Service = Service {
    name: "hasura",
    family: super::Family::Realtime,
    title: "Hasura",
    about: "Hasura GraphQL Engine: a token carrying Hasura's session variables.\n\n\
            Claims under https://hasura.io/jwt/claims (or --namespace KEY, or --namespace-path \
            $.a.b): x-hasura-allowed-roles (an array that must contain the default role), \
            x-hasura-default-role, x-hasura-user-id and every --session-var, all strings. \
            --stringified writes the namespace as a JSON string (claims_format: stringified_json). \
            HS256 (default), HS384, HS512 with the key's text (at least 32 characters), or \
            RS/ES/EdDSA keys. Default expiry 1h. Hasura publishes no verifier that runs here: \
            jwtmint follows its documentation.",
    example: "\
Example (the HS256 key of HASURA_GRAPHQL_JWT_SECRET in hasura-secret.txt):
  jwtmint hasura --secret-file hasura-secret.txt --default-role user --allowed-role user \\
    --allowed-role editor --user-id 42 --session-var x-hasura-org-id=7 --format header",
    options: &[
        DEFAULT_ROLE_OPT,
        ALLOWED_ROLE,
        USER_ID,
        SESSION_VAR,
        NAMESPACE,
        NAMESPACE_PATH,
        STRINGIFIED,
    ],
    algs: AlgRules {
        allowed: ALGORITHMS,
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        default: Some(3600),
        ..ExpiryRules::NONE
    },
    guarded: &[
        GuardedClaim {
            name: "https://hasura.io/jwt/claims",
            reason: "Hasura's session (roles, user id) lives there; use --default-role, \
                     --allowed-role, --user-id and --session-var",
        },
        GuardedClaim {
            name: "x-hasura-*",
            reason: "a session variable decides what the permissions let through (with \
                     --namespace-path $ it is read at the top); use --session-var",
        },
    ],
    formats: &[Format::Token, Format::Header, Format::Json, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: Some(super::min_32_chars),
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Hasura::from_values(values)?)),
    recognise: |_, payload| find_claims(payload).is_some(),
    lint: problems,
};

/// Parses `$`, `$.a.b` or `$['a.b'].c` into keys.
fn parse_namespace_path(text: &str) -> Result<Vec<String>> {
    let bad = || -> anyhow::Error {
        UsageError::new(format!(
            "--namespace-path `{}` is not a JSON path of keys (like $.hasura.claims or \
             $['https://x.io'].claims)",
            crate::claims::abbreviate(text)
        ))
        .into()
    };
    let mut rest = text.trim().strip_prefix('$').ok_or_else(bad)?;
    let mut keys = Vec::new();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("['") {
            let end = after.find("']").ok_or_else(bad)?;
            keys.push(after[..end].to_string());
            rest = &after[end + 2..];
        } else if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            if end == 0 {
                return Err(bad());
            }
            keys.push(after[..end].to_string());
            rest = &after[end..];
        } else {
            return Err(bad());
        }
    }
    crate::claims::check_path_depth(keys.len(), "--namespace-path", text)?;
    Ok(keys)
}

impl Hasura {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(Hasura {
            default_role: values.require(&DEFAULT_ROLE_OPT)?,
            allowed_roles: values.list(&ALLOWED_ROLE),
            user_id: values.text(&USER_ID),
            session_vars: values.assignments(&SESSION_VAR),
            namespace: values.text(&NAMESPACE),
            namespace_path: values.text(&NAMESPACE_PATH),
            stringified: values.switch(&STRINGIFIED),
        })
    }

    /// The session variables object.
    fn session(&self) -> Result<Map<String, Value>> {
        if self.allowed_roles.is_empty() {
            bail!(UsageError::new("--allowed-role is required"));
        }
        if !self.allowed_roles.contains(&self.default_role) {
            bail!(UsageError::new(format!(
                "--default-role `{}` is not among --allowed-role ({}): Hasura refuses the token",
                self.default_role,
                self.allowed_roles.join(", ")
            )));
        }
        let mut session = Map::new();
        session.insert(
            ALLOWED_ROLES.into(),
            Value::Array(
                self.allowed_roles
                    .iter()
                    .cloned()
                    .map(Value::String)
                    .collect(),
            ),
        );
        session.insert(DEFAULT_ROLE.into(), self.default_role.as_str().into());
        if let Some(id) = &self.user_id {
            session.insert("x-hasura-user-id".into(), id.as_str().into());
        }
        for Assignment { key, value } in &self.session_vars {
            let name = key.to_ascii_lowercase();
            if !name.starts_with("x-hasura-") || name.len() == "x-hasura-".len() {
                bail!(UsageError::new(format!(
                    "--session-var {key}: Hasura's session variables are named x-hasura-NAME"
                )));
            }
            if [ALLOWED_ROLES, DEFAULT_ROLE, "x-hasura-user-id"].contains(&name.as_str()) {
                bail!(UsageError::new(format!(
                    "--session-var {key}: use --allowed-role, --default-role or --user-id"
                )));
            }
            let Value::String(text) = value else {
                bail!(UsageError::new(format!(
                    "--session-var {key}: Hasura wants every session variable as a string, found \
                     {} (write {key}=VALUE)",
                    json_kind(value)
                )));
            };
            session.insert(key.clone(), text.as_str().into());
        }
        Ok(session)
    }
}

impl Provider for Hasura {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let session = Value::Object(self.session()?);
        let value = if self.stringified {
            Value::String(session.to_string())
        } else {
            session
        };
        let mut fixed = Map::new();
        match (&self.namespace, &self.namespace_path) {
            (Some(_), Some(_)) => bail!(UsageError::new(
                "give --namespace or --namespace-path, not both"
            )),
            (Some(namespace), None) => {
                if namespace.is_empty() {
                    bail!(UsageError::new("--namespace is empty"));
                }
                fixed.insert(namespace.clone(), value);
            }
            (None, Some(path)) => {
                let keys = parse_namespace_path(path)?;
                match keys.split_first() {
                    None => match value {
                        Value::Object(map) => fixed = map,
                        _ => bail!(UsageError::new(
                            "--namespace-path $ puts the claims at the top: it cannot be --stringified"
                        )),
                    },
                    Some((first, rest)) => {
                        let mut node = value;
                        for key in rest.iter().rev() {
                            let mut map = Map::new();
                            map.insert(key.clone(), node);
                            node = Value::Object(map);
                        }
                        fixed.insert(first.clone(), node);
                    }
                }
            }
            (None, None) => {
                fixed.insert(DEFAULT_NAMESPACE.into(), value);
            }
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }
}

/// The session variables object in a token: at the default namespace, or the first object (or
/// stringified object) found with `x-hasura-*` keys, down to three levels; the top level last.
fn find_claims(payload: &Map<String, Value>) -> Option<Map<String, Value>> {
    fn has_vars(map: &Map<String, Value>) -> bool {
        map.keys()
            .any(|k| k.to_ascii_lowercase().starts_with("x-hasura-"))
    }
    fn search(value: &Value, depth: usize) -> Option<Map<String, Value>> {
        match value {
            Value::Object(map) if has_vars(map) => Some(map.clone()),
            Value::Object(map) if depth > 0 => map.values().find_map(|v| search(v, depth - 1)),
            Value::String(text) if text.contains("x-hasura-") => {
                match serde_json::from_str::<Value>(text) {
                    Ok(Value::Object(map)) if has_vars(&map) => Some(map),
                    _ => None,
                }
            }
            _ => None,
        }
    }
    if let Some(found) = payload.get(DEFAULT_NAMESPACE).and_then(|v| search(v, 0)) {
        return Some(found);
    }
    payload
        .values()
        .find_map(|v| search(v, 2))
        .or_else(|| has_vars(payload).then(|| payload.clone()))
}

/// What Hasura would refuse in a token, for `jwtmint inspect`.
pub fn problems(_header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let Some(claims) = find_claims(payload) else {
        return vec![format!(
            "no Hasura claims: x-hasura-* session variables belong under {DEFAULT_NAMESPACE} \
             (or the server's claims_namespace)"
        )];
    };
    let mut out = Vec::new();
    let allowed: Option<Vec<&str>> = match claims.get(ALLOWED_ROLES) {
        Some(Value::Array(items)) => items.iter().map(Value::as_str).collect(),
        _ => None,
    };
    if allowed.is_none() {
        out.push(format!("`{ALLOWED_ROLES}` must be an array of strings"));
    }
    match claims.get(DEFAULT_ROLE) {
        Some(Value::String(role)) => {
            if allowed
                .as_ref()
                .is_some_and(|a| !a.contains(&role.as_str()))
            {
                out.push(format!(
                    "default role `{role}` is not in `{ALLOWED_ROLES}`: Hasura refuses the token"
                ));
            }
        }
        Some(other) => out.push(format!(
            "`{DEFAULT_ROLE}` must be a string, found {}",
            json_kind(other)
        )),
        None => out.push(format!("`{DEFAULT_ROLE}` missing")),
    }
    for (name, value) in &claims {
        let lower = name.to_ascii_lowercase();
        if lower.starts_with("x-hasura-") && lower != ALLOWED_ROLES && !value.is_string() {
            out.push(format!(
                "`{name}` must be a string, found {}: Hasura wants every session variable as a string",
                json_kind(value)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn hasura() -> Hasura {
        Hasura {
            default_role: "user".into(),
            allowed_roles: vec!["user".into(), "editor".into()],
            user_id: Some("42".into()),
            session_vars: vec!["x-hasura-org-id=7".parse().unwrap()],
            ..Default::default()
        }
    }

    fn payload(h: &Hasura) -> Map<String, Value> {
        h.claims(&KeyFacts::default()).unwrap().fixed
    }

    #[test]
    fn exact_payloads() {
        let session = json!({"x-hasura-allowed-roles": ["user", "editor"], "x-hasura-default-role": "user",
                             "x-hasura-user-id": "42", "x-hasura-org-id": "7"});
        assert_eq!(
            Value::Object(payload(&hasura())),
            json!({DEFAULT_NAMESPACE: session})
        );
        let stringified = payload(&Hasura {
            stringified: true,
            ..hasura()
        });
        let text = stringified[DEFAULT_NAMESPACE].as_str().unwrap();
        assert_eq!(serde_json::from_str::<Value>(text).unwrap(), session);
        let at_path = payload(&Hasura {
            namespace_path: Some("$.hasura.claims".into()),
            ..hasura()
        });
        assert_eq!(
            Value::Object(at_path),
            json!({"hasura": {"claims": session}})
        );
        let top = payload(&Hasura {
            namespace_path: Some("$".into()),
            ..hasura()
        });
        assert_eq!(Value::Object(top), session);
        let custom = payload(&Hasura {
            namespace: Some("https://x.io/c".into()),
            ..hasura()
        });
        assert_eq!(Value::Object(custom), json!({"https://x.io/c": session}));
    }

    #[test]
    fn namespace_paths() {
        assert_eq!(parse_namespace_path("$").unwrap(), Vec::<String>::new());
        assert_eq!(parse_namespace_path("$.a.b").unwrap(), ["a", "b"]);
        assert_eq!(parse_namespace_path("$['x.io'].c").unwrap(), ["x.io", "c"]);
        for bad in ["a.b", "$.", "$..a", "$['a'", "$x"] {
            assert!(parse_namespace_path(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn refusals() {
        let err = |h: Hasura| h.claims(&KeyFacts::default()).unwrap_err().to_string();
        assert!(err(Hasura {
            default_role: "admin".into(),
            ..hasura()
        })
        .contains("`admin` is not among"));
        assert!(err(Hasura {
            allowed_roles: vec![],
            ..hasura()
        })
        .contains("--allowed-role"));
        assert!(err(Hasura {
            session_vars: vec!["org-id=7".parse().unwrap()],
            ..hasura()
        })
        .contains("x-hasura-NAME"));
        assert!(err(Hasura {
            session_vars: vec!["x-hasura-org-id:=7".parse().unwrap()],
            ..hasura()
        })
        .contains("as a string"));
        assert!(err(Hasura {
            session_vars: vec!["x-hasura-default-role=x".parse().unwrap()],
            ..hasura()
        })
        .contains("--default-role"));
        assert!(err(Hasura {
            namespace: Some("a".into()),
            namespace_path: Some("$.b".into()),
            ..hasura()
        })
        .contains("not both"));
        assert!(err(Hasura {
            namespace_path: Some("$".into()),
            stringified: true,
            ..hasura()
        })
        .contains("stringified"));
    }

    #[test]
    fn inspect_minted_and_broken() {
        let header = json!({"alg": "HS256"}).as_object().unwrap().clone();
        for h in [
            hasura(),
            Hasura {
                stringified: true,
                ..hasura()
            },
            Hasura {
                namespace_path: Some("$.hasura.claims".into()),
                ..hasura()
            },
        ] {
            let minted = payload(&h);
            assert!(SERVICE.problems(&header, &minted).is_empty(), "{minted:?}");
            assert!((SERVICE.recognise)(&header, &minted));
        }
        let broken = json!({DEFAULT_NAMESPACE: {"x-hasura-allowed-roles": ["user"], "x-hasura-default-role": "admin", "x-hasura-user-id": 42}});
        let text = SERVICE
            .problems(&header, broken.as_object().unwrap())
            .join("\n");
        assert!(text.contains("default role `admin` is not in"), "{text}");
        assert!(
            text.contains("`x-hasura-user-id` must be a string, found a number"),
            "{text}"
        );
        assert!(SERVICE.problems(&header, &Map::new())[0].starts_with("no Hasura claims"));
    }
}
