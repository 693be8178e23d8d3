//! Stream (getstream.io) Chat and Feeds tokens: HS256 with the text of the app's API secret,
//! header `{"alg":"HS256","typ":"JWT"}`.
//!
//! - A user token (`--user-id`): `user_id` (a string), what `stream-chat`'s
//!   `createToken(userId, exp, iat)`, `getstream`'s `createUserToken` and `@stream-io/node-sdk`'s
//!   `generateUserToken` mint, for a client SDK; a Video call token adds `call_cids`
//!   (`--call-cid`) and the call `role` (`--role`), as `generateCallToken` writes them.
//! - A Chat server token (`--server`): `server: true`, full backend rights, what `stream-chat`
//!   sends from a server (`JWTServerToken`).
//! - A Feeds scope token (`--feeds-scope RESOURCE:ACTION`, `--feed-id`): `resource`, `action`,
//!   `feed_id` (slug and user id run together, `user1`, as `getstream`'s `JWTScopeToken` writes
//!   it) and optional `user_id`, with `*` wildcards.
//!
//! `stream-chat` and `getstream` write no `iat` and no `exp` unless asked; the current
//! `@stream-io/node-sdk` writes `iat` one second back and `exp` an hour after it, and so does
//! jwtmint (Stream refuses an `iat` in the future, "token used before issue at (iat)", code 42;
//! revoking tokens by date compares `iat`, which a token without one may escape). `--no-exp`
//! gives a token that lives until revoked, `--no-iat --no-exp` the older SDKs' form.
//!
//! Rights: `server`, `resource`, `action`, `feed_id` and `role` come only from `--server`,
//! `--feeds-scope`, `--feed-id` and `--role`, never from `--claim`.
//!
//! The SDKs only mint; `tests/services/stream/` compares jwtmint's tokens with those of npm
//! `stream-chat`, `getstream` and `@stream-io/node-sdk` and checks the signatures with npm
//! `jose`.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::{
    json_kind, AlgRules, Family, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service,
    ServiceClaims, Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// The second header a Stream API call carries with the token.
pub const AUTH_TYPE_HEADER: &str = "stream-auth-type: jwt";
/// The actions a Feeds scope token can name.
const ACTIONS: &[&str] = &["read", "write", "delete", "*"];

const USER_ID: Opt = Opt::text(
    "user-id",
    "ID",
    "A user token for this user (user_id), for a client SDK; with --feeds-scope, the user the \
     scope token is for.",
);
const SERVER: Opt = Opt::switch(
    "server",
    "A Chat server token (server: true): full backend rights over the app. Keep it on servers.",
)
.grants_rights();
const FEEDS_SCOPE: Opt = Opt::text(
    "feeds-scope",
    "RESOURCE:ACTION",
    "A Feeds scope token: resource and action, each a name or `*` (`feed:read`, \
     `activities:*`, `*:*`). Actions: read, write, delete, *.",
)
.grants_rights();
const FEED_ID: Opt = Opt::text(
    "feed-id",
    "FEED",
    "With --feeds-scope: the feed the token is for (feed_id), slug and user id run together as \
     Stream writes it (`user1` for user:1), or `*`; repeatable.",
)
.with_kind(Kind::List)
.grants_rights();
const CALL_CID: Opt = Opt::text(
    "call-cid",
    "CID",
    "With --user-id, a Video call token: a call the user may join (call_cids), TYPE:ID like \
     default:standup; repeatable.",
)
.with_kind(Kind::List);
const ROLE: Opt = Opt::text(
    "role",
    "ROLE",
    "With --call-cid: the user's role in those calls (role), like admin or host.",
)
.grants_rights();

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "server",
        reason: "server: true gives full backend rights; use --server if you mean it",
    },
    GuardedClaim {
        name: "resource",
        reason: "a Feeds scope grants access to a resource; use --feeds-scope RESOURCE:ACTION",
    },
    GuardedClaim {
        name: "action",
        reason: "a Feeds scope grants an action; use --feeds-scope RESOURCE:ACTION",
    },
    GuardedClaim {
        name: "feed_id",
        reason: "a Feeds scope grants access to a feed; use --feed-id",
    },
    GuardedClaim {
        name: "role",
        reason: "a call token's role gives the user that role in the calls; use --role",
    },
];

pub static SERVICE: Service = Service {
    name: "stream",
    family: Family::Media,
    title: "Stream",
    about: "Stream (getstream.io) Chat or Feeds token: a user token, a Chat server token or a \
            Feeds scope token.\n\n\
            Exactly one of --user-id (user_id, for a client SDK; with --call-cid and --role a \
            Video call token), --server (server: true, full backend rights) or --feeds-scope \
            RESOURCE:ACTION (resource, action, with --feed-id and --user-id when given). HS256 \
            only, with the text of the app's API secret (--secret-file, JWTMINT_SECRET or the \
            prompt). iat is backdated 1 s and exp is 1h later, as @stream-io/node-sdk writes them \
            (Stream refuses an iat in the future, and revokes tokens by their iat); --no-exp for \
            a token that lives until revoked. Refused in --claim/--claims-file: server, resource, \
            action, feed_id, role. --format header prints the two headers a REST call sends \
            (`Authorization: TOKEN`, no Bearer, and `stream-auth-type: jwt`); the API key goes in \
            the query (api_key=KEY).",
    example: "\
Example (a user token for a client SDK, the API secret in stream_secret.txt):
  jwtmint stream --secret-file stream_secret.txt --user-id john
Use it: client.connectUser({ id: 'john' }, TOKEN). A REST call from a server, with a server token:
  curl -H \"Authorization: $(jwtmint stream --secret-file stream_secret.txt --server)\" \\
    -H 'stream-auth-type: jwt' \"https://chat.stream-io-api.com/channels?api_key=$STREAM_KEY\"",
    options: &[USER_ID, SERVER, FEEDS_SCOPE, FEED_ID, CALL_CID, ROLE],
    algs: AlgRules {
        allowed: &[Alg::HS256],
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        default: Some(3600),
        // @stream-io/node-sdk: iat = now - 1 s, exp = iat + 1 h.
        backdate: 1,
        ..ExpiryRules::NONE
    },
    guarded: GUARDED,
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport {
        header_name: "Authorization",
        header_scheme: "",
        url_param: None,
    },
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Stream::from_values(values)?)),
    recognise: |header, payload| {
        let time_or = |names: &[&str]| {
            payload
                .keys()
                .all(|key| names.contains(&key.as_str()) || matches!(key.as_str(), "iat" | "exp"))
        };
        header.get("alg").and_then(Value::as_str) == Some("HS256")
            && ((payload.get("server") == Some(&Value::Bool(true)) && time_or(&["server"]))
                || (payload.get("resource").is_some_and(Value::is_string)
                    && payload.get("action").is_some_and(Value::is_string)
                    && time_or(&["resource", "action", "feed_id", "user_id"]))
                || (payload.get("user_id").is_some_and(Value::is_string)
                    && if payload.contains_key("call_cids") {
                        time_or(&["user_id", "call_cids", "role"])
                    } else {
                        time_or(&["user_id"])
                    }))
    },
    lint: problems,
};

/// What the token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    User {
        user_id: String,
        /// A Video call token's calls and role.
        call_cids: Vec<String>,
        role: Option<String>,
    },
    Server,
    Scope {
        resource: String,
        action: String,
        feed_id: Option<String>,
        user_id: Option<String>,
    },
}

#[derive(Debug, Clone)]
pub struct Stream {
    pub token: Token,
}

/// Several feed ids as `getstream`'s `joinClaimValue` writes them: joined by commas, or `*`
/// alone when any is `*`.
fn join_claim_value(items: &[String]) -> String {
    let trimmed: Vec<&str> = items.iter().map(|item| item.trim()).collect();
    if trimmed.contains(&"*") {
        return "*".into();
    }
    trimmed.join(",")
}

fn scope_name(what: &str, value: &str) -> bool {
    value == "*"
        || (!value.is_empty()
            && value
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'))
        || (what == "action" && ACTIONS.contains(&value))
}

impl Stream {
    pub fn from_values(values: &Values) -> Result<Self> {
        let user_id = values.text(&USER_ID);
        if let Some(user) = &user_id {
            if user.is_empty() {
                bail!(UsageError::new("--user-id must not be empty"));
            }
        }
        let feed_ids = values.list(&FEED_ID);
        let call_cids = values.list(&CALL_CID);
        let role = values.text(&ROLE);
        for cid in &call_cids {
            let valid = cid.split_once(':').is_some_and(|(kind, id)| {
                !kind.is_empty() && !id.is_empty() && !cid.chars().any(char::is_whitespace)
            });
            if !valid {
                bail!(UsageError::new(format!(
                    "--call-cid `{cid}` is not a call id: TYPE:ID, like default:standup"
                )));
            }
        }
        if role.is_some() && call_cids.is_empty() {
            bail!(UsageError::new(
                "--role is a role in calls: add --call-cid TYPE:ID"
            ));
        }
        if role.as_deref() == Some("") {
            bail!(UsageError::new("--role must not be empty"));
        }
        let server = values.switch(&SERVER);
        let scope = values.text(&FEEDS_SCOPE);
        let token = match (server, scope) {
            (true, Some(_)) => bail!(UsageError::new(
                "--server and --feeds-scope make different tokens: pass one"
            )),
            (true, None) if user_id.is_some() => bail!(UsageError::new(
                "--server makes a server token, which names no user: drop --user-id"
            )),
            (true, None) => Token::Server,
            (false, Some(scope)) => {
                let Some((resource, action)) = scope.split_once(':') else {
                    bail!(UsageError::new(format!(
                        "--feeds-scope `{scope}` is not RESOURCE:ACTION (like feed:read or *:*)"
                    )));
                };
                if !scope_name("resource", resource) {
                    bail!(UsageError::new(format!(
                        "--feeds-scope: resource `{resource}` is not a Stream resource name \
                         (lower-case letters and `_`, like feed, activities, follower, or `*`)"
                    )));
                }
                if !ACTIONS.contains(&action) {
                    bail!(UsageError::new(format!(
                        "--feeds-scope: action `{action}` is not one of {}",
                        ACTIONS.join(", ")
                    )));
                }
                for feed in &feed_ids {
                    let valid = feed == "*"
                        || (!feed.is_empty()
                            && feed
                                .bytes()
                                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'));
                    if !valid {
                        bail!(UsageError::new(format!(
                            "--feed-id `{feed}` is not a feed id: the slug and user id run \
                             together (user1 for user:1), or `*`"
                        )));
                    }
                }
                Token::Scope {
                    resource: resource.into(),
                    action: action.into(),
                    feed_id: (!feed_ids.is_empty()).then(|| join_claim_value(&feed_ids)),
                    user_id,
                }
            }
            (false, None) => match user_id {
                Some(user_id) => Token::User {
                    user_id,
                    call_cids,
                    role,
                },
                None => bail!(UsageError::new(
                    "pass --user-id ID (a user token), --server (a server token) or \
                     --feeds-scope RESOURCE:ACTION (a Feeds scope token)"
                )),
            },
        };
        if !matches!(token, Token::User { .. }) && !values.list(&CALL_CID).is_empty() {
            bail!(UsageError::new(
                "--call-cid belongs to a user's call token: pass --user-id alone with it"
            ));
        }
        if !feed_ids.is_empty() && !matches!(token, Token::Scope { .. }) {
            bail!(UsageError::new(
                "--feed-id belongs to a Feeds scope token: add --feeds-scope RESOURCE:ACTION"
            ));
        }
        Ok(Stream { token })
    }
}

impl Provider for Stream {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let mut fixed = Map::new();
        match &self.token {
            Token::User {
                user_id,
                call_cids,
                role,
            } => {
                fixed.insert("user_id".into(), user_id.as_str().into());
                if !call_cids.is_empty() {
                    fixed.insert(
                        "call_cids".into(),
                        Value::Array(call_cids.iter().map(|cid| cid.as_str().into()).collect()),
                    );
                }
                if let Some(role) = role {
                    fixed.insert("role".into(), role.as_str().into());
                }
            }
            Token::Server => {
                fixed.insert("server".into(), true.into());
            }
            Token::Scope {
                resource,
                action,
                feed_id,
                user_id,
            } => {
                fixed.insert("resource".into(), resource.as_str().into());
                fixed.insert("action".into(), action.as_str().into());
                if let Some(feed) = feed_id {
                    fixed.insert("feed_id".into(), feed.as_str().into());
                }
                if let Some(user) = user_id {
                    fixed.insert("user_id".into(), user.as_str().into());
                }
            }
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn header_text(&self, token: &str) -> Option<String> {
        Some(format!(
            "{}\n{AUTH_TYPE_HEADER}",
            SERVICE.transport.header(token)
        ))
    }
}

/// What Stream would refuse in a token, for `jwtmint inspect`.
pub fn problems(_header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(user) = payload.get("user_id") {
        if user.as_str().is_none_or(str::is_empty) {
            out.push(format!(
                "`user_id` must be a non-empty string, found {}",
                json_kind(user)
            ));
        }
    }
    match payload.get("server") {
        None => {}
        Some(Value::Bool(true)) => out.push(format!(
            "{WARNING}`server` is true: this token has full backend rights over the app"
        )),
        Some(other) => out.push(format!(
            "`server` must be the boolean true, found {other}: Stream does not treat this as a \
             server token"
        )),
    }
    let scope = payload.contains_key("resource") || payload.contains_key("action");
    if scope {
        for name in ["resource", "action"] {
            match payload.get(name) {
                Some(Value::String(value)) if scope_name(name, value) => {}
                Some(other) => out.push(format!(
                    "`{name}` must be a Stream {name} name or `*`, found {other}"
                )),
                None => out.push(format!(
                    "`{name}` missing: a Feeds scope token needs resource and action"
                )),
            }
        }
        if let Some(Value::String(action)) = payload.get("action") {
            if !ACTIONS.contains(&action.as_str()) {
                out.push(format!(
                    "`action` `{action}` is not one of {}",
                    ACTIONS.join(", ")
                ));
            }
        }
    }
    if let Some(feed) = payload.get("feed_id") {
        if !feed.is_string() {
            out.push(format!(
                "`feed_id` must be a string, found {}",
                json_kind(feed)
            ));
        }
    }
    if let Some(cids) = payload.get("call_cids") {
        if !cids
            .as_array()
            .is_some_and(|cids| cids.iter().all(Value::is_string))
        {
            out.push(format!(
                "`call_cids` must be an array of call ids, found {}",
                json_kind(cids)
            ));
        }
    }
    match payload.get("role") {
        Some(Value::String(role)) if payload.contains_key("call_cids") => out.push(format!(
            "{WARNING}`role` is `{role}`: the user has that role in the token's calls"
        )),
        _ => {}
    }
    if !payload.contains_key("user_id") && !payload.contains_key("server") && !scope {
        out.push(
            "no `user_id`, `server` or `resource`/`action`: Stream knows no token without one"
                .into(),
        );
    }
    if !payload.contains_key("iat") {
        out.push(format!(
            "{WARNING}no `iat`: revoking tokens by date compares iat, and may not reach this one"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mint::{MintOptions, Minter};
    use crate::providers::test_support::values;
    use serde_json::json;

    const NOW: i64 = 1_800_000_000;

    fn mint_with(pairs: &[(&Opt, &str)], options: &MintOptions) -> Result<Map<String, Value>> {
        let minter = Minter::new(&SERVICE, &values(pairs), options)?;
        minter.payload(None, &KeyFacts::default(), NOW)
    }

    fn mint(pairs: &[(&Opt, &str)]) -> Result<Map<String, Value>> {
        mint_with(pairs, &MintOptions::default())
    }

    fn error(pairs: &[(&Opt, &str)]) -> String {
        format!("{:#}", mint(pairs).unwrap_err())
    }

    const IAT: i64 = NOW - 1;

    #[test]
    fn exact_payloads() {
        assert_eq!(
            Value::Object(mint(&[(&USER_ID, "john")]).unwrap()),
            json!({"user_id": "john", "iat": IAT, "exp": IAT + 3600})
        );
        assert_eq!(
            Value::Object(mint(&[(&SERVER, "")]).unwrap()),
            json!({"server": true, "iat": IAT, "exp": IAT + 3600})
        );
        // getstream's getReadOnlyToken('user', '1').
        assert_eq!(
            Value::Object(mint(&[(&FEEDS_SCOPE, "*:read"), (&FEED_ID, "user1")]).unwrap()),
            json!({"resource": "*", "action": "read", "feed_id": "user1",
                   "iat": IAT, "exp": IAT + 3600})
        );
        // getstream's getAnalyticsToken(): userId '*'.
        assert_eq!(
            Value::Object(mint(&[(&FEEDS_SCOPE, "analytics:*"), (&USER_ID, "*")]).unwrap()),
            json!({"resource": "analytics", "action": "*", "user_id": "*",
                   "iat": IAT, "exp": IAT + 3600})
        );
        // Several feeds are joined by commas, `*` swallows the rest (joinClaimValue).
        assert_eq!(
            mint(&[
                (&FEEDS_SCOPE, "feed:write"),
                (&FEED_ID, "user1"),
                (&FEED_ID, "timeline1")
            ])
            .unwrap()["feed_id"],
            "user1,timeline1"
        );
        assert_eq!(
            mint(&[
                (&FEEDS_SCOPE, "feed:write"),
                (&FEED_ID, "user1"),
                (&FEED_ID, "*")
            ])
            .unwrap()["feed_id"],
            "*"
        );
        let never = MintOptions {
            time: crate::time::TimeOptions {
                expiry: crate::time::Expiry::Never,
                no_iat: true,
                ..Default::default()
            },
            ..Default::default()
        };
        // @stream-io/node-sdk's generateCallToken({user_id, call_cids, role}).
        assert_eq!(
            Value::Object(
                mint(&[
                    (&USER_ID, "john"),
                    (&CALL_CID, "default:standup"),
                    (&CALL_CID, "livestream:1"),
                    (&ROLE, "admin")
                ])
                .unwrap()
            ),
            json!({"user_id": "john", "call_cids": ["default:standup", "livestream:1"],
                   "role": "admin", "iat": IAT, "exp": IAT + 3600})
        );
        // What createToken('john') mints.
        assert_eq!(
            Value::Object(mint_with(&[(&USER_ID, "john")], &never).unwrap()),
            json!({"user_id": "john"})
        );
    }

    #[test]
    fn refusals() {
        assert!(error(&[]).contains("pass --user-id ID"));
        assert!(error(&[(&USER_ID, "")]).contains("must not be empty"));
        assert!(error(&[(&SERVER, ""), (&FEEDS_SCOPE, "*:*")]).contains("pass one"));
        assert!(error(&[(&SERVER, ""), (&USER_ID, "john")]).contains("drop --user-id"));
        assert!(error(&[(&FEEDS_SCOPE, "feed")]).contains("not RESOURCE:ACTION"));
        assert!(error(&[(&FEEDS_SCOPE, "Feed:read")]).contains("not a Stream resource"));
        assert!(error(&[(&FEEDS_SCOPE, "feed:admin")]).contains("action `admin`"));
        assert!(
            error(&[(&FEEDS_SCOPE, "feed:read"), (&FEED_ID, "user:1")]).contains("not a feed id")
        );
        assert!(error(&[(&USER_ID, "john"), (&FEED_ID, "user1")]).contains("--feeds-scope"));
        assert!(error(&[(&USER_ID, "j"), (&ROLE, "admin")]).contains("add --call-cid"));
        assert!(error(&[(&USER_ID, "j"), (&CALL_CID, "standup")]).contains("TYPE:ID"));
        assert!(error(&[(&SERVER, ""), (&CALL_CID, "default:1")]).contains("--user-id alone"));
        for name in ["server", "resource", "action", "feed_id", "role"] {
            let options = MintOptions {
                claims: vec![format!("{name}=x").parse().unwrap()],
                ..Default::default()
            };
            let found = format!(
                "{:#}",
                mint_with(&[(&USER_ID, "john")], &options).unwrap_err()
            );
            assert!(
                found.contains(&format!("refusing claim `{name}`")),
                "{found}"
            );
        }
        let options = MintOptions {
            claims: vec!["user_id=other".parse().unwrap()],
            ..Default::default()
        };
        assert!(mint_with(&[(&USER_ID, "john")], &options).is_err());
    }

    #[test]
    fn header_form() {
        let stream = Stream::from_values(&values(&[(&SERVER, "")])).unwrap();
        assert_eq!(
            stream.header_text("T").unwrap(),
            "Authorization: T\nstream-auth-type: jwt"
        );
    }

    fn hs256() -> Map<String, Value> {
        json!({"alg": "HS256", "typ": "JWT"})
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn inspect_lints() {
        let minted = mint(&[(&USER_ID, "john")]).unwrap();
        assert!(SERVICE.problems(&hs256(), &minted).is_empty());
        let server = SERVICE.problems(&hs256(), &mint(&[(&SERVER, "")]).unwrap());
        assert!(
            server.len() == 1 && server[0].starts_with(WARNING),
            "{server:?}"
        );
        let p = |payload: Value| {
            SERVICE
                .problems(&hs256(), payload.as_object().unwrap())
                .join("\n")
        };
        let found = p(json!({"user_id": 42, "server": "true"}));
        assert!(
            found.contains("`user_id` must be a non-empty string"),
            "{found}"
        );
        assert!(
            found.contains("`server` must be the boolean true"),
            "{found}"
        );
        assert!(found.contains("no `iat`"), "{found}");
        let found = p(json!({"resource": "feed", "action": "admin", "feed_id": 1, "iat": 1}));
        assert!(found.contains("`action` `admin`"), "{found}");
        assert!(found.contains("`feed_id` must be a string"), "{found}");
        let found = p(json!({"user_id": "u", "call_cids": "default:1", "iat": 1}));
        assert!(found.contains("`call_cids` must be an array"), "{found}");
        let found =
            p(json!({"user_id": "u", "call_cids": ["default:1"], "role": "admin", "iat": 1}));
        assert!(found.contains("the user has that role"), "{found}");
        let found = p(json!({"action": "read", "iat": 1}));
        assert!(found.contains("`resource` missing"), "{found}");
        assert!(p(json!({"sub": "x", "iat": 1})).contains("no `user_id`, `server`"));
        let hs512 = json!({"alg": "HS512"}).as_object().unwrap().clone();
        assert!(SERVICE.problems(&hs512, &minted)[0].contains("accepts only HS256"));
    }

    #[test]
    fn inspect_guesses_stream_and_only_stream() {
        use crate::providers::test_support::guess;
        for pairs in [
            vec![(&USER_ID, "john")],
            vec![(&SERVER, "")],
            vec![(&FEEDS_SCOPE, "*:*"), (&FEED_ID, "user1"), (&USER_ID, "1")],
            vec![(&USER_ID, "j"), (&CALL_CID, "default:1"), (&ROLE, "admin")],
        ] {
            let payload = mint(&pairs).unwrap();
            assert_eq!(guess("HS256", Value::Object(payload)), Some("stream"));
        }
        assert_eq!(
            guess("HS256", json!({"user_id": "u", "role": "web_anon"})),
            Some("postgrest")
        );
        assert_ne!(
            guess("HS256", json!({"user_id": "u", "email": "a@b.c"})),
            Some("stream")
        );
        assert_ne!(guess("RS256", json!({"user_id": "u"})), Some("stream"));
    }
}
