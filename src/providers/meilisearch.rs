//! Meilisearch tenant tokens: a search token a backend signs with one of its API keys, limiting
//! a front end to some indexes and, through each index's filter, to one tenant's documents.
//!
//! What Meilisearch takes (`crates/meilisearch/src/extractors/authentication/mod.rs` of the
//! server, and npm `meilisearch` 0.62.0 `dist/token.js` `generateTenantToken`, which mints it;
//! checked in `tests/services/meilisearch`):
//! - HS256, HS384 or HS512, keyed by the **value** of a non-master API key, as text; header
//!   `{"alg":…,"typ":"JWT"}`.
//! - Claims: `apiKeyUid` (that key's `uid`, a UUID), `searchRules` (an array of index names such
//!   as `["*"]`, or an object of index name → `null`, `{}` or `{"filter": …}`), optional `exp`
//!   (whole seconds: a float fails to decode). Other claims are ignored.
//! - The server re-derives the secret from `apiKeyUid`, which must name an unexpired key holding
//!   `search` on the index; `exp` has no leeway; a malformed token is retried as an API key and
//!   answered `invalid_api_key`. Only the search (and chat-completion) routes take tenant tokens.
//! - `searchRules` grants rights (a wildcard reaches every index of the parent key; the filter is
//!   the tenant boundary): refused in `--claim`, set by `--search-rules` or `--index`.
//! - Use: `Authorization: Bearer TOKEN` on `POST /indexes/UID/search` or `/multi-search`.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::{
    AlgRules, Family, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims,
    Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// An hour unless told otherwise: the token is handed to a browser, and lives otherwise as long
/// as its parent key.
pub const DEFAULT_LIFETIME: i64 = 3600;

const API_KEY_UID: Opt = Opt::text(
    "api-key-uid",
    "UUID",
    "The `uid` of the API key whose value signs the token (GET /keys shows it): `apiKeyUid`.\n\n\
     Sign with that key's value as the secret (--secret-file), never the master key.",
)
.required();
const SEARCH_RULES: Opt = Opt::text(
    "search-rules",
    "JSON",
    "`searchRules` as JSON: an array of index names ([\"*\"] for all the parent key reaches), or \
     an object of index name to null, {} or {\"filter\": \"…\"}.\n\n\
     Give this or --index. Never taken from the environment or a profile.",
)
.grants_rights();
const INDEX: Opt = Opt::text(
    "index",
    "NAME[=FILTER]",
    "An index the token may search, with the filter applied to every search of it (the tenant \
     boundary: tenant_id = 42). Repeatable.\n\n\
     Without any filter the rules are an array of names; with one, an object. Never taken from \
     the environment or a profile.",
)
.with_kind(Kind::List)
.grants_rights();

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "searchRules",
        reason: "`searchRules` decides which indexes and documents the token reaches; use \
                 --search-rules or --index",
    },
    GuardedClaim {
        name: "apiKeyUid",
        reason: "`apiKeyUid` names the key the token is signed with; use --api-key-uid",
    },
];

pub static SERVICE: Service = Service {
    name: "meilisearch",
    family: Family::Realtime,
    title: "Meilisearch",
    about: "Meilisearch tenant token: a search-only token limited to some indexes and filters.\n\n\
            HS256 (or --alg HS384/HS512) keyed by the value of the API key named by \
            --api-key-uid (a key with the `search` action; never the master key). Claims: \
            `apiKeyUid`, `searchRules` from --search-rules JSON or --index NAME[=FILTER] \
            (repeatable), `exp` an hour ahead by default (--no-exp: as long as the key). \
            Meilisearch applies the filter to every search, so it is the tenant boundary. Send \
            it as `Authorization: Bearer TOKEN` to /indexes/UID/search or /multi-search.",
    example: "\
Example (tenant 42 may search `orders`, only its own documents):
  TOKEN=$(jwtmint meilisearch --secret-file search-key.txt \\
    --api-key-uid 6062abda-a5aa-4414-ac91-ecd7944c0f8d --index 'orders=tenant_id = 42')
  curl -X POST http://localhost:7700/indexes/orders/search \\
    -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' -d '{\"q\":\"shoes\"}'",
    options: &[API_KEY_UID, SEARCH_RULES, INDEX],
    algs: AlgRules {
        allowed: &[Alg::HS256, Alg::HS384, Alg::HS512],
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        default: Some(DEFAULT_LIFETIME),
        may_omit: true,
        max_lifetime: None,
        requires_iat: false,
        backdate: 0,
        default_nbf: None,
        no_exp: None,
    },
    guarded: GUARDED,
    formats: &[Format::Token, Format::Header, Format::Json, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Meilisearch::from_values(values)?)),
    recognise: |_header, payload| {
        payload.get("apiKeyUid").is_some_and(Value::is_string)
            && payload
                .get("searchRules")
                .is_some_and(|rules| rules.is_array() || rules.is_object())
    },
    lint: problems,
};

#[derive(Debug, Clone, PartialEq)]
pub struct Meilisearch {
    pub api_key_uid: String,
    pub search_rules: Value,
}

impl Meilisearch {
    pub fn from_values(values: &Values) -> Result<Self> {
        let api_key_uid = values.require(&API_KEY_UID)?;
        if !is_uuid(&api_key_uid) {
            bail!(UsageError::new(format!(
                "--api-key-uid `{api_key_uid}` is not a key uid (a UUID like \
                 6062abda-a5aa-4414-ac91-ecd7944c0f8d; GET /keys lists them)"
            )));
        }
        let indexes = values.list(&INDEX);
        let search_rules = match (values.text(&SEARCH_RULES), indexes.is_empty()) {
            (Some(_), false) => bail!(UsageError::new("give --search-rules or --index, not both")),
            (None, true) => bail!(UsageError::new(
                "say what the token may search: --index NAME[=FILTER] (repeatable) or \
                 --search-rules JSON ('[\"*\"]' for every index of the key)"
            )),
            (Some(text), true) => {
                let rules = crate::json::parse_str(&text).map_err(|e| {
                    UsageError::new(format!("--search-rules is not valid JSON: {e}"))
                })?;
                if let Some(problem) = rules_problem(&rules) {
                    bail!(UsageError::new(format!("--search-rules: {problem}")));
                }
                rules
            }
            (None, false) => rules_from_indexes(&indexes)?,
        };
        Ok(Meilisearch {
            api_key_uid: api_key_uid.to_ascii_lowercase(),
            search_rules,
        })
    }
}

/// `NAME` or `NAME=FILTER` pairs as `searchRules`: an array of names when no filter is given,
/// else an object (`{}` for the indexes without one).
fn rules_from_indexes(indexes: &[String]) -> Result<Value> {
    let mut parsed: Vec<(String, Option<String>)> = Vec::new();
    for text in indexes {
        let (name, filter) = match text.split_once('=') {
            Some((name, filter)) => (name.trim(), Some(filter.trim().to_string())),
            None => (text.trim(), None),
        };
        if name.is_empty() {
            bail!(UsageError::new(format!(
                "--index `{text}`: give an index name before `=`"
            )));
        }
        if filter.as_deref() == Some("") {
            bail!(UsageError::new(format!(
                "--index `{text}`: the filter after `=` is empty (give --index {name} for no \
                 filter)"
            )));
        }
        if parsed.iter().any(|(seen, _)| seen == name) {
            bail!(UsageError::new(format!("--index {name} is given twice")));
        }
        parsed.push((name.to_string(), filter));
    }
    if parsed.iter().all(|(_, filter)| filter.is_none()) {
        return Ok(Value::Array(
            parsed.into_iter().map(|(name, _)| name.into()).collect(),
        ));
    }
    let mut rules = Map::new();
    for (name, filter) in parsed {
        let mut rule = Map::new();
        if let Some(filter) = filter {
            rule.insert("filter".into(), filter.into());
        }
        rules.insert(name, Value::Object(rule));
    }
    Ok(Value::Object(rules))
}

/// Why Meilisearch would not read `rules` as `searchRules`, if it would not.
fn rules_problem(rules: &Value) -> Option<String> {
    match rules {
        Value::Array(names) if names.is_empty() => {
            Some("an empty list reaches no index; give at least one name".into())
        }
        Value::Array(names) => names
            .iter()
            .find(|name| name.as_str().is_none_or(str::is_empty))
            .map(|name| format!("the list must hold index names, not {name}")),
        Value::Object(rules) if rules.is_empty() => {
            Some("an empty object reaches no index; give at least one index".into())
        }
        Value::Object(rules) => rules.iter().find_map(|(name, rule)| match rule {
            _ if name.is_empty() => Some("an index name is empty".into()),
            Value::Null => None,
            Value::Object(fields) => fields.iter().find_map(|(field, value)| {
                if field != "filter" {
                    Some(format!("`{name}`: unknown field `{field}` (only `filter`)"))
                } else if filter_ok(value) {
                    None
                } else {
                    Some(format!(
                        "`{name}`: the filter must be a string, an array of strings and arrays \
                         of strings, or null"
                    ))
                }
            }),
            other => Some(format!(
                "`{name}` must map to null, {{}} or {{\"filter\": …}}, not {}",
                super::json_kind(other)
            )),
        }),
        other => Some(format!(
            "must be an array of index names or an object, not {}",
            super::json_kind(other)
        )),
    }
}

/// A Meilisearch filter: a string, or an array of strings and arrays of strings (AND of ORs).
fn filter_ok(filter: &Value) -> bool {
    match filter {
        Value::Null | Value::String(_) => true,
        Value::Array(items) => items.iter().all(|item| match item {
            Value::String(_) => true,
            Value::Array(inner) => inner.iter().all(Value::is_string),
            _ => false,
        }),
        _ => false,
    }
}

/// 8-4-4-4-12 hex digits, what the server and the SDK take as a key uid.
fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len && group.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Whether the rules reach every index of the parent key.
fn has_wildcard(rules: &Value) -> bool {
    match rules {
        Value::Array(names) => names.iter().any(|name| name == "*"),
        Value::Object(rules) => rules.contains_key("*"),
        _ => false,
    }
}

impl Provider for Meilisearch {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let mut fixed = Map::new();
        fixed.insert("searchRules".into(), self.search_rules.clone());
        fixed.insert("apiKeyUid".into(), self.api_key_uid.as_str().into());
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        Ok(if has_wildcard(&self.search_rules) {
            vec![
                "the search rules name `*`: the token searches every index the parent key \
                  reaches"
                    .into(),
            ]
        } else {
            Vec::new()
        })
    }
}

/// What Meilisearch would reject or misread in a tenant token, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let _ = header;
    let mut out = Vec::new();
    match payload.get("apiKeyUid").and_then(Value::as_str) {
        Some(uid) if is_uuid(uid) => {}
        Some(uid) => out.push(format!("`apiKeyUid` {uid} is not a key uid (a UUID)")),
        None => out.push("`apiKeyUid` missing: it must name the signing key's uid".into()),
    }
    match payload.get("searchRules") {
        Some(rules) => {
            if let Some(problem) = rules_problem(rules) {
                out.push(format!("`searchRules` {problem}"));
            } else if has_wildcard(rules) {
                out.push(format!(
                    "{WARNING}`searchRules` names `*`: every index of the parent key"
                ));
            }
        }
        None => out.push("`searchRules` missing: Meilisearch refuses the token".into()),
    }
    if let Some(exp) = payload.get("exp") {
        if !(exp.is_i64() || exp.is_u64()) {
            out.push(format!(
                "`exp` is {}: Meilisearch takes only whole seconds and refuses the token",
                super::json_kind(exp)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::test_support::{self, object, payload, values};
    use serde_json::json;

    const UID: &str = "6062abda-a5aa-4414-ac91-ecd7944c0f8d";

    fn mint(pairs: &[(&Opt, &str)]) -> Result<Meilisearch> {
        Meilisearch::from_values(&values(pairs))
    }

    #[test]
    fn exact_payloads() {
        let plain = mint(&[(&API_KEY_UID, UID), (&INDEX, "movies"), (&INDEX, "books")]).unwrap();
        assert_eq!(
            Value::Object(payload(&plain)),
            json!({"searchRules": ["movies", "books"], "apiKeyUid": UID})
        );
        assert!(plain.check(&Map::new()).unwrap().is_empty());
        let filtered = mint(&[
            (&API_KEY_UID, &UID.to_uppercase()),
            (&INDEX, "orders=tenant_id = 42"),
            (&INDEX, "products"),
        ])
        .unwrap();
        assert_eq!(
            Value::Object(payload(&filtered)),
            json!({
                "searchRules": {"orders": {"filter": "tenant_id = 42"}, "products": {}},
                "apiKeyUid": UID
            })
        );
        let rules = r#"{"*": {"filter": ["a = 1", ["b = 2", "c = 3"]]}, "x": null}"#;
        let given = mint(&[(&API_KEY_UID, UID), (&SEARCH_RULES, rules)]).unwrap();
        assert_eq!(
            given.search_rules,
            json!({"*": {"filter": ["a = 1", ["b = 2", "c = 3"]]}, "x": null})
        );
        assert!(given.check(&Map::new()).unwrap()[0].contains("every index"));
    }

    #[test]
    fn an_hour_by_default_and_no_exp_allowed() {
        let run = |expiry| {
            let options = crate::time::TimeOptions {
                expiry,
                ..Default::default()
            };
            let mut claims = Map::new();
            crate::time::apply(&mut claims, &options, SERVICE.expiry, "meilisearch", 1000)
                .map(|_| claims)
        };
        let claims = run(crate::time::Expiry::Default).unwrap();
        assert_eq!(claims["exp"], 4600);
        assert!(run(crate::time::Expiry::Never).is_ok());
    }

    #[test]
    fn refusals() {
        let usage = |pairs: &[(&Opt, &str)], words: &str| {
            let err = mint(pairs).unwrap_err();
            assert!(err.is::<UsageError>(), "{err:#}");
            assert!(format!("{err:#}").contains(words), "{err:#}");
        };
        usage(&[(&API_KEY_UID, "key-1"), (&INDEX, "a")], "not a key uid");
        usage(&[(&API_KEY_UID, UID)], "say what the token may search");
        usage(
            &[
                (&API_KEY_UID, UID),
                (&INDEX, "a"),
                (&SEARCH_RULES, "[\"a\"]"),
            ],
            "not both",
        );
        usage(&[(&API_KEY_UID, UID), (&INDEX, "=x")], "index name");
        usage(
            &[(&API_KEY_UID, UID), (&INDEX, "a=")],
            "filter after `=` is empty",
        );
        usage(
            &[(&API_KEY_UID, UID), (&INDEX, "a"), (&INDEX, "a=b")],
            "twice",
        );
        usage(
            &[(&API_KEY_UID, UID), (&SEARCH_RULES, "[a]")],
            "not valid JSON",
        );
        usage(&[(&API_KEY_UID, UID), (&SEARCH_RULES, "[]")], "empty list");
        usage(
            &[(&API_KEY_UID, UID), (&SEARCH_RULES, "{}")],
            "empty object",
        );
        usage(
            &[(&API_KEY_UID, UID), (&SEARCH_RULES, "\"*\"")],
            "not a string",
        );
        usage(
            &[(&API_KEY_UID, UID), (&SEARCH_RULES, "[1]")],
            "index names",
        );
        usage(
            &[
                (&API_KEY_UID, UID),
                (&SEARCH_RULES, r#"{"a": {"filtre": "x"}}"#),
            ],
            "unknown field",
        );
        usage(
            &[
                (&API_KEY_UID, UID),
                (&SEARCH_RULES, r#"{"a": {"filter": 1}}"#),
            ],
            "filter must be",
        );
        usage(
            &[(&API_KEY_UID, UID), (&SEARCH_RULES, r#"{"a": true}"#)],
            "must map to",
        );
        usage(
            &[
                (&API_KEY_UID, UID),
                (&SEARCH_RULES, r#"{"a": null, "a": {}}"#),
            ],
            "not valid JSON",
        );
        let names: Vec<_> = SERVICE.guarded.iter().map(|g| g.name).collect();
        assert_eq!(names, ["searchRules", "apiKeyUid"]);
    }

    #[test]
    fn inspect_minted_and_broken_tokens() {
        let minted = mint(&[(&API_KEY_UID, UID), (&INDEX, "orders=tenant_id = 42")]).unwrap();
        let mut claims = payload(&minted);
        claims.insert("exp".into(), (test_support::NOW + 600).into());
        for alg in [Alg::HS256, Alg::HS384, Alg::HS512] {
            let token =
                test_support::sign(alg, json!({"typ": "JWT"}), Value::Object(claims.clone()));
            let report = test_support::report(&token, None);
            assert_eq!(report.provider, Some(("meilisearch", true)), "{alg}");
            assert!(report.problems.is_empty(), "{alg}: {:?}", report.problems);
        }
        let header = object(json!({"alg": "RS256"}));
        let broken = object(json!({"apiKeyUid": "k", "searchRules": [], "exp": 1.5}));
        let found = SERVICE.problems(&header, &broken);
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(found[0].contains("accepts only HS256, HS384, HS512"));
        assert!(found[1].contains("not a key uid"));
        assert!(found[2].contains("empty list"));
        assert!(found[3].contains("whole seconds"));
        let missing = SERVICE.problems(&object(json!({"alg": "HS256"})), &Map::new());
        assert_eq!(missing.len(), 2, "{missing:?}");
        let wildcard = object(json!({"apiKeyUid": UID, "searchRules": ["*"]}));
        assert!(SERVICE.problems(&header, &wildcard)[1].starts_with(WARNING));
        assert!(!(SERVICE.recognise)(
            &header,
            &object(json!({"apiKeyUid": UID}))
        ));
    }
}
