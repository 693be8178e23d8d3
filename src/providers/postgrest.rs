//! PostgREST: the database role the request runs as, at `role` or at the JSPath of
//! `jwt-role-claim-key` (`.realm_access.roles[0]`). PostgREST serves a token without a role as
//! the anonymous role, silently, so jwtmint refuses to mint one.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::AlgRules;
use super::{
    json_kind, KeyFacts, Opt, Provider, Service, ServiceClaims, Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

const ALGORITHMS: &[Alg] = &[
    Alg::HS256,
    Alg::HS384,
    Alg::HS512,
    Alg::RS256,
    Alg::RS384,
    Alg::RS512,
    Alg::ES256,
    Alg::ES384,
];

/// PostgREST refuses a shorter `jwt-secret`.
pub const MIN_SECRET_CHARS: usize = super::MIN_TEXT_SECRET_CHARS;

/// One step of a JSPath.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// `.key` or `."quoted key"`.
    Key(String),
    /// `[N]`.
    Index(usize),
}

/// Parses the subset of PostgREST's JSPath (`jwt-role-claim-key`) jwtmint can place a value at:
/// steps `.key` (letters, digits, `_`, `-`, `$`), `."any key"` (with `\"` and `\\` escapes) and
/// `[N]`; the first step is a key. Filter expressions (`[?(@ == "x")]`) select among values and
/// cannot say where to put one: they are refused.
pub fn parse_jspath(text: &str) -> Result<Vec<Step>> {
    let bad = |why: &str| -> anyhow::Error {
        UsageError::new(format!(
            "--role-claim-key `{}` is not a JSPath jwtmint can place the role at: {why} \
             (like .role, .realm_access.roles[0] or .\"https://example.com/claims\".role)",
            crate::claims::abbreviate(text)
        ))
        .into()
    };
    let chars: Vec<char> = text.trim().chars().collect();
    let mut steps = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '.' => {
                i += 1;
                if chars.get(i) == Some(&'"') {
                    i += 1;
                    let mut key = String::new();
                    loop {
                        match chars.get(i) {
                            None => return Err(bad("an unterminated quoted key")),
                            Some('"') => break,
                            Some('\\') => {
                                key.push(*chars.get(i + 1).ok_or_else(|| bad("a dangling `\\`"))?);
                                i += 2;
                            }
                            Some(c) => {
                                key.push(*c);
                                i += 1;
                            }
                        }
                    }
                    i += 1;
                    steps.push(Step::Key(key));
                } else {
                    let start = i;
                    while chars
                        .get(i)
                        .is_some_and(|c| c.is_alphanumeric() || "_-$".contains(*c))
                    {
                        i += 1;
                    }
                    if i == start {
                        return Err(bad("an empty key after `.`"));
                    }
                    steps.push(Step::Key(chars[start..i].iter().collect()));
                }
            }
            '[' => {
                if steps.is_empty() {
                    return Err(bad("it must start with a key"));
                }
                if chars.get(i + 1) == Some(&'?') {
                    return Err(bad(
                        "a filter expression selects a value and cannot place one",
                    ));
                }
                let start = i + 1;
                let end = (start..chars.len())
                    .find(|&j| chars[j] == ']')
                    .ok_or_else(|| bad("an unclosed `[`"))?;
                let digits: String = chars[start..end].iter().collect();
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(bad("an index must be a number"));
                }
                let index = digits.parse().map_err(|_| bad("an index too large"))?;
                steps.push(Step::Index(index));
                i = end + 1;
            }
            _ => return Err(bad("each step starts with `.` or `[`")),
        }
    }
    if steps.is_empty() {
        return Err(bad("it is empty"));
    }
    crate::claims::check_path_depth(steps.len(), "--role-claim-key", text)?;
    Ok(steps)
}

/// The claim at `path` in `payload`, if any.
pub fn lookup<'a>(payload: &'a Map<String, Value>, path: &[Step]) -> Option<&'a Value> {
    let (Step::Key(first), rest) = path.split_first()? else {
        return None;
    };
    let mut node = payload.get(first)?;
    for step in rest {
        node = match step {
            Step::Key(key) => node.as_object()?.get(key)?,
            Step::Index(i) => node.as_array()?.get(*i)?,
        };
    }
    Some(node)
}

/// `value` placed at `path`: the top-level claim name and its value.
pub fn place(path: &[Step], value: Value) -> Result<(String, Value)> {
    let Some((Step::Key(first), rest)) = path.split_first() else {
        bail!(UsageError::new("the role claim key must start with a key"));
    };
    let mut node = value;
    for step in rest.iter().rev() {
        node = match step {
            Step::Key(key) => {
                let mut map = Map::new();
                map.insert(key.clone(), node);
                Value::Object(map)
            }
            Step::Index(0) => Value::Array(vec![node]),
            Step::Index(i) => bail!(UsageError::new(format!(
                "the role claim key's index [{i}]: jwtmint places the role only at index [0] \
                 (it cannot invent the roles before it)"
            ))),
        };
    }
    Ok((first.clone(), node))
}

#[derive(Debug, Clone)]
pub struct PostgRest {
    pub role: String,
    pub role_claim_key: String,
    pub aud: Option<String>,
}

const ROLE: Opt = Opt::text(
    "role",
    "ROLE",
    "The database role the request runs as. Required: PostgREST serves a token without one as \
     the anonymous role.",
)
.required()
.grants_rights();
const ROLE_CLAIM_KEY: Opt = Opt::text(
    "role-claim-key",
    "PATH",
    "Where the role goes: the server's jwt-role-claim-key JSPath (.role, \
     .realm_access.roles[0], .\"https://example.com/claims\".role).",
)
.default(".role");
const AUD: Opt = Opt::text("aud", "AUD", "The audience, when the server sets jwt-aud.");

pub static SERVICE: Service = Service {
    name: "postgrest",
    family: super::Family::Realtime,
    title: "PostgREST",
    about: "PostgREST: a token that runs requests as a database role.\n\n\
            The role goes at --role-claim-key (the server's jwt-role-claim-key, `.role` by \
            default); a token without a role is refused (PostgREST would silently serve it as the \
            anonymous role). HS256 (default), HS384, HS512 with jwt-secret as text (at least 32 \
            characters), or RS/ES keys. Default expiry 1h (PostgREST allows 30 s of clock skew). \
            A base64 jwt-secret (jwt-secret-is-base64) is not supported yet. PostgREST publishes \
            no verifier that runs here: jwtmint follows its documentation.",
    example: "\
Example (jwt-secret in postgrest-secret.txt):
  jwtmint postgrest --secret-file postgrest-secret.txt --role web_user --format header",
    options: &[ROLE, ROLE_CLAIM_KEY, AUD],
    algs: AlgRules {
        allowed: ALGORITHMS,
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        default: Some(3600),
        ..ExpiryRules::NONE
    },
    guarded: &[],
    formats: &[Format::Token, Format::Header, Format::Json, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: Some(super::min_32_chars),
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(PostgRest::from_values(values)?)),
    recognise: |_, payload| {
        payload.get("role").is_some_and(Value::is_string)
            || payload
                .get("realm_access")
                .is_some_and(|r| r.get("roles").is_some())
    },
    lint: problems,
};

impl PostgRest {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(PostgRest {
            role: values.require(&ROLE)?,
            role_claim_key: values.require(&ROLE_CLAIM_KEY)?,
            aud: values.text(&AUD),
        })
    }
}

impl Provider for PostgRest {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        if self.role.trim().is_empty() {
            bail!(UsageError::new(
                "--role is empty: PostgREST would serve the token as the anonymous role"
            ));
        }
        let path = parse_jspath(&self.role_claim_key)?;
        let (name, value) = place(&path, Value::String(self.role.clone()))?;
        let mut fixed = Map::new();
        fixed.insert(name, value);
        let mut flags = Map::new();
        if let Some(aud) = &self.aud {
            flags.insert("aud".into(), aud.as_str().into());
        }
        Ok(ServiceClaims { flags, fixed })
    }

    fn check(&self, claims: &Map<String, Value>) -> Result<Vec<String>> {
        let path = parse_jspath(&self.role_claim_key)?;
        match lookup(claims, &path) {
            Some(Value::String(role)) if role == &self.role => Ok(Vec::new()),
            _ => bail!(
                "the role is not at {} in the finished claims: PostgREST would serve the token \
                 as the anonymous role",
                self.role_claim_key
            ),
        }
    }
}

/// What PostgREST would misread in a token, for `jwtmint inspect` (which cannot know the
/// server's jwt-role-claim-key: it looks at `role`).
pub fn problems(_header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    match payload.get("role") {
        Some(Value::String(role)) if !role.is_empty() => {}
        Some(other) => out.push(format!(
            "`role` must be a non-empty string, found {other}: PostgREST would serve the token as the anonymous role"
        )),
        None => {
            let elsewhere = payload.values().any(|v| v.to_string().contains("role"));
            let text = "no `role` claim: with the default jwt-role-claim-key (.role) PostgREST \
                        serves this token as the anonymous role, silently";
            out.push(if elsewhere {
                format!("{WARNING}{text} (a role elsewhere counts only if jwt-role-claim-key points at it)")
            } else {
                text.to_string()
            });
        }
    }
    if let Some(aud) = payload.get("aud") {
        let fits = aud.is_string()
            || aud
                .as_array()
                .is_some_and(|a| a.iter().all(Value::is_string));
        if !fits {
            out.push(format!(
                "`aud` must be a string or an array of strings, found {}",
                json_kind(aud)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn key(k: &str) -> Step {
        Step::Key(k.into())
    }

    #[test]
    fn jspaths() {
        assert_eq!(parse_jspath(".role").unwrap(), [key("role")]);
        assert_eq!(
            parse_jspath(".realm_access.roles[0]").unwrap(),
            [key("realm_access"), key("roles"), Step::Index(0)]
        );
        assert_eq!(
            parse_jspath(".\"https://example.com/claims\".role").unwrap(),
            [key("https://example.com/claims"), key("role")]
        );
        assert_eq!(parse_jspath(".\"a\\\"b\"").unwrap(), [key("a\"b")]);
        assert_eq!(
            parse_jspath(".a[12][3]").unwrap(),
            [key("a"), Step::Index(12), Step::Index(3)]
        );
        for bad in [
            "",
            "role",
            "realm_access.roles[x",
            ".",
            ".a.",
            ".a[",
            ".a[x]",
            ".a[]",
            "[0]",
            ".\"open",
            ".a[?(@ == \"admin\")]",
            ".a b",
            ".\"x\\",
        ] {
            assert!(parse_jspath(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn place_and_lookup() {
        let path = parse_jspath(".realm_access.roles[0]").unwrap();
        let (name, value) = place(&path, "web".into()).unwrap();
        assert_eq!(name, "realm_access");
        assert_eq!(value, json!({"roles": ["web"]}));
        let mut payload = Map::new();
        payload.insert(name, value);
        assert_eq!(lookup(&payload, &path), Some(&json!("web")));
        assert_eq!(lookup(&payload, &parse_jspath(".role").unwrap()), None);
        assert!(place(&parse_jspath(".roles[1]").unwrap(), "w".into()).is_err());
    }

    fn pg(path: &str) -> PostgRest {
        PostgRest {
            role: "web_user".into(),
            role_claim_key: path.into(),
            aud: None,
        }
    }

    #[test]
    fn exact_payloads_and_refusals() {
        let claims = pg(".role").claims(&KeyFacts::default()).unwrap();
        assert_eq!(Value::Object(claims.fixed), json!({"role": "web_user"}));
        let claims = PostgRest {
            aud: Some("api".into()),
            ..pg(".realm_access.roles[0]")
        }
        .claims(&KeyFacts::default())
        .unwrap();
        assert_eq!(
            Value::Object(claims.fixed),
            json!({"realm_access": {"roles": ["web_user"]}})
        );
        assert_eq!(Value::Object(claims.flags), json!({"aud": "api"}));
        let empty = PostgRest {
            role: " ".into(),
            ..pg(".role")
        };
        assert!(empty
            .claims(&KeyFacts::default())
            .unwrap_err()
            .to_string()
            .contains("anonymous"));
        assert!(pg("role").claims(&KeyFacts::default()).is_err());
        let good = json!({"role": "web_user"}).as_object().unwrap().clone();
        assert!(pg(".role").check(&good).unwrap().is_empty());
        assert!(pg(".role").check(&Map::new()).is_err());
    }

    #[test]
    fn secret_length() {
        assert!(crate::providers::min_32_chars(&[b'a'; 31])
            .unwrap_err()
            .to_string()
            .contains("32"));
        let (key, kid) = crate::providers::min_32_chars(&[b'a'; 32]).unwrap();
        assert_eq!(key.len(), 32);
        assert_eq!(kid, None);
        // Characters, not bytes.
        assert!(crate::providers::min_32_chars("é".repeat(20).as_bytes()).is_err());
    }

    #[test]
    fn inspect_minted_and_broken() {
        let header = json!({"alg": "HS256"}).as_object().unwrap().clone();
        let minted = json!({"role": "web_user", "exp": 1})
            .as_object()
            .unwrap()
            .clone();
        assert!(SERVICE.problems(&header, &minted).is_empty());
        assert!((SERVICE.recognise)(&header, &minted));
        let found = SERVICE.problems(&header, json!({"sub": "x"}).as_object().unwrap());
        assert!(found[0].starts_with("no `role` claim"), "{found:?}");
        let found = SERVICE.problems(
            &header,
            json!({"realm_access": {"roles": ["w"]}})
                .as_object()
                .unwrap(),
        );
        assert!(found[0].starts_with(WARNING), "{found:?}");
        let found = SERVICE.problems(&header, json!({"role": 5, "aud": 1}).as_object().unwrap());
        assert_eq!(found.len(), 2, "{found:?}");
    }
}
