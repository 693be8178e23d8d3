//! Atlassian Connect JWTs: an app calls Jira or Confluence (or tests its own endpoints) with a
//! token signed by the tenant's shared secret and bound to one request by its query string hash.
//!
//! What Atlassian takes ("Understanding JWT for Connect apps", npm `atlassian-jwt` 2.0.3
//! `lib/jwt.ts` and PyPI `atlassian-jwt` 3.0.0 `url_utils.py` / `authenticate.py`, which both
//! verify it; checked in `tests/services/atlassian-connect`):
//! - HS256 keyed by the tenant's `sharedSecret` text from the app's `installed` callback; header
//!   `{"typ":"JWT","alg":"HS256"}`.
//! - `iss`: the app `key` when the app calls the product; the tenant's `clientKey` when the
//!   product calls the app (then `sub` is the user's accountId, and `context` may follow). `iat`
//!   and `exp` (Atlassian's examples: 3 minutes).
//! - `qsh`: the hex SHA-256 of the canonical request `METHOD&PATH&QUERY`: the method upper-case;
//!   the path relative to the product's base URL (Confluence's `/wiki` stripped), `&` written
//!   `%26`, a leading `/`, no trailing `/`, `/` when empty; the query decoded (`+` is a space),
//!   `jwt` dropped, names sorted, each name and value percent-encoded leaving only RFC 3986's
//!   unreserved characters, the values of a repeated name sorted and `,`-joined, pairs
//!   `&`-joined. A request body is not hashed. Tokens for a page context carry `qsh:
//!   "context-qsh"` instead.
//! - `qsh`, `sub` and `context` decide what the token may be used for: refused in `--claim`.
//! - Use: `Authorization: JWT TOKEN`, or the query parameter `jwt=TOKEN`.

use anyhow::{bail, Result};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::{
    append_query, http_url, AlgRules, Family, GuardedClaim, KeyFacts, Opt, Origin, Provider,
    Service, ServiceClaims, Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// Atlassian's examples and the npm package's README mint tokens for 3 minutes.
pub const DEFAULT_LIFETIME: i64 = 180;
/// What `qsh` says on a token for a page context rather than one request.
pub const CONTEXT_QSH: &str = "context-qsh";

const ISSUER: Opt = Opt::text(
    "issuer",
    "KEY",
    "`iss`: the app's `key` (atlassian-connect.json) when the app calls the product; the \
     tenant's `clientKey` when the token stands for the product calling the app.",
)
.required();
const METHOD: Opt = Opt::text(
    "method",
    "METHOD",
    "The HTTP method of the request the token is for (any case; hashed upper-case).",
)
.default("GET");
const URL: Opt = Opt::text(
    "url",
    "URL",
    "The request the token is for: a full URL under --base-url, or a path relative to it \
     (/rest/api/3/issue/KEY-1?expand=names). Its path and query make `qsh`.\n\n\
     Write it as it will be sent; the query is decoded (`+` is a space) before it is hashed, and \
     a `jwt` parameter is left out.",
);
const BASE_URL: Opt = Opt::text(
    "base-url",
    "URL",
    "The product's base URL from the `installed` callback (https://SITE.atlassian.net, or \
     https://SITE.atlassian.net/wiki for Confluence): `qsh` hashes the path below it. Default: \
     the origin of an absolute --url.",
);
const CONTEXT_QSH_OPT: Opt = Opt::switch(
    "context-qsh",
    "`qsh` = \"context-qsh\": a context token (the product calling the app's page or a \
     `context` JWT), bound to no request. Not with --url or --method.",
);
const SUB: Opt = Opt::text(
    "sub",
    "ACCOUNT_ID",
    "`sub`: the user's Atlassian accountId, as the product sets it when it calls the app. \
     Never taken from the environment or a profile.",
)
.grants_rights();

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "qsh",
        reason: "`qsh` binds the token to one request; it is computed from --method and --url \
                 (or --context-qsh)",
    },
    GuardedClaim {
        name: "sub",
        reason: "`sub` names the user the token speaks for; use --sub",
    },
    GuardedClaim {
        name: "context",
        reason: "`context` carries the user and page the product vouches for",
    },
];

pub static SERVICE: Service = Service {
    name: "atlassian-connect",
    family: Family::Enterprise,
    title: "Atlassian Connect",
    about: "Atlassian Connect JWT: an app calls Jira or Confluence with the tenant's shared \
            secret.\n\n\
            HS256 keyed by the `sharedSecret` of the app's `installed` callback \
            (--secret-file). Claims: `iss` = --issuer (the app key), `iat`, `exp` 3 minutes \
            ahead by default, and `qsh`, the SHA-256 of the canonical request made from \
            --method and --url (path relative to --base-url, sorted and re-encoded query; the \
            body is not hashed), so the token is good for that one request; --context-qsh gives \
            `qsh: \"context-qsh\"` instead. Send it as `Authorization: JWT TOKEN` or as the \
            `jwt` query parameter (--format url prints the request URL with it).",
    example: "\
Example (the app reads an issue of the tenant whose shared secret is in shared-secret.txt):
  TOKEN=$(jwtmint atlassian-connect --secret-file shared-secret.txt --issuer com.example.app \\
    --base-url https://your-site.atlassian.net --url '/rest/api/3/issue/KEY-1?expand=names')
  curl -H \"Authorization: JWT $TOKEN\" \\
    'https://your-site.atlassian.net/rest/api/3/issue/KEY-1?expand=names'",
    options: &[ISSUER, METHOD, URL, BASE_URL, CONTEXT_QSH_OPT, SUB],
    algs: AlgRules {
        allowed: &[Alg::HS256],
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        default: Some(DEFAULT_LIFETIME),
        may_omit: false,
        max_lifetime: None,
        requires_iat: true,
        backdate: 0,
        default_nbf: None,
        no_exp: None,
    },
    guarded: GUARDED,
    formats: &[
        Format::Token,
        Format::Header,
        Format::Url,
        Format::Json,
        Format::Claims,
    ],
    transport: Transport {
        header_name: "Authorization",
        header_scheme: "JWT ",
        url_param: Some(("jwt", "")),
    },
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(AtlassianConnect::from_values(values)?)),
    recognise: |_header, payload| payload.get("qsh").is_some_and(Value::is_string),
    lint: problems,
};

/// What the token is bound to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Binding {
    /// One request: its canonical form, and the absolute URL when one is known.
    Request {
        canonical: String,
        url: Option<String>,
        method: String,
    },
    /// `qsh: "context-qsh"`.
    Context,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtlassianConnect {
    pub issuer: String,
    pub sub: Option<String>,
    pub binding: Binding,
}

impl AtlassianConnect {
    pub fn from_values(values: &Values) -> Result<Self> {
        let issuer = values.require(&ISSUER)?;
        if issuer.trim().is_empty() || issuer.trim() != issuer {
            bail!(UsageError::new(
                "--issuer must be the app key (or clientKey), without surrounding spaces"
            ));
        }
        let sub = values.text(&SUB);
        if sub.as_deref().is_some_and(|s| s.trim().is_empty()) {
            bail!(UsageError::new("--sub is empty"));
        }
        let binding = if values.switch(&CONTEXT_QSH_OPT) {
            let method_given = matches!(
                values.origin(&METHOD),
                Some(Origin::Flag | Origin::Env(_) | Origin::Profile(_))
            );
            if values.is_set(&URL) || method_given {
                bail!(UsageError::new(
                    "--context-qsh binds the token to no request: drop --url and --method"
                ));
            }
            Binding::Context
        } else {
            let Some(url) = values.text(&URL) else {
                bail!(UsageError::new(
                    "say which request the token is for: --url (with --method when not GET), \
                     or --context-qsh"
                ));
            };
            let method = values.text(&METHOD).unwrap_or_else(|| "GET".into());
            request(&method, &url, values.text(&BASE_URL).as_deref())?
        };
        Ok(AtlassianConnect {
            issuer,
            sub,
            binding,
        })
    }

    /// The `qsh` claim.
    pub fn qsh(&self) -> String {
        match &self.binding {
            Binding::Context => CONTEXT_QSH.into(),
            Binding::Request { canonical, .. } => hex_sha256(canonical),
        }
    }
}

fn hex_sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The request binding for `method` and `url` under `base`.
fn request(method: &str, url: &str, base: Option<&str>) -> Result<Binding> {
    if method.is_empty() || !method.bytes().all(|b| b.is_ascii_alphabetic()) {
        bail!(UsageError::new(format!(
            "--method `{method}` is not an HTTP method (GET, POST, PUT, DELETE…)"
        )));
    }
    let method = method.to_ascii_uppercase();
    let base = base
        .map(|text| -> Result<url::Url> {
            let parsed =
                http_url("--base-url", text).map_err(|e| UsageError::new(format!("{e}")))?;
            if parsed.query().is_some() || parsed.fragment().is_some() {
                bail!(UsageError::new(format!(
                    "--base-url {text}: give the base URL without a query or fragment"
                )));
            }
            Ok(parsed)
        })
        .transpose()?;
    let absolute = url.starts_with("http://") || url.starts_with("https://");
    let (full, base_path, known) = if absolute {
        let full = http_url("--url", url).map_err(|e| UsageError::new(format!("{e}")))?;
        let base_path = match &base {
            Some(base) => {
                let base_path = base.path().trim_end_matches('/');
                let path = full.path();
                let under = path == base_path
                    || path.starts_with(&format!("{base_path}/"))
                    || base_path.is_empty();
                if base.origin() != full.origin() || !under {
                    bail!(UsageError::new(format!(
                        "--url {url} is not under --base-url {}: the product hashes the path \
                         below its base URL",
                        base.as_str()
                    )));
                }
                base_path.to_string()
            }
            None => String::new(),
        };
        (full, base_path, true)
    } else if url.starts_with('/') {
        match &base {
            Some(base) => {
                let base_text = base.as_str().trim_end_matches('/');
                let full = http_url("--url", &format!("{base_text}{url}"))
                    .map_err(|e| UsageError::new(format!("{e}")))?;
                (full, base.path().trim_end_matches('/').to_string(), true)
            }
            None => {
                let full = url::Url::parse(&format!("http://relative.invalid{url}"))
                    .map_err(|e| UsageError::new(format!("--url `{url}`: {e}")))?;
                (full, String::new(), false)
            }
        }
    } else {
        bail!(UsageError::new(format!(
            "--url `{url}` must be a full http(s) URL or a path starting with `/`"
        )));
    };
    let canonical = format!(
        "{method}&{}&{}",
        canonical_path(full.path(), &base_path),
        canonical_query(full.query().unwrap_or(""))?
    );
    let mut shown = full.clone();
    shown.set_fragment(None);
    Ok(Binding::Request {
        canonical,
        url: known.then(|| shown.to_string()),
        method,
    })
}

/// The path below `base_path`, as the canonical request writes it.
fn canonical_path(path: &str, base_path: &str) -> String {
    let below = path.strip_prefix(base_path).unwrap_or(path);
    let mut out = below.replace('&', "%26");
    if !out.starts_with('/') {
        out.insert(0, '/');
    }
    if out.len() > 1 && out.ends_with('/') {
        out.pop();
    }
    out
}

/// The query as the canonical request writes it: decoded, `jwt` dropped, sorted, re-encoded.
fn canonical_query(query: &str) -> Result<String> {
    let mut params: Vec<(String, Vec<String>)> = Vec::new();
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        if (name.contains('\u{FFFD}') || value.contains('\u{FFFD}'))
            && !query.to_ascii_uppercase().contains("%EF%BF%BD")
        {
            bail!(UsageError::new(format!(
                "--url: the query `{query}` percent-encodes bytes that are not UTF-8"
            )));
        }
        if name == "jwt" {
            continue;
        }
        match params.iter_mut().find(|(seen, _)| *seen == name) {
            Some((_, values)) => values.push(value.into_owned()),
            None => params.push((name.into_owned(), vec![value.into_owned()])),
        }
    }
    // Sorted as JavaScript sorts strings (by UTF-16 code units), as the npm verifier does.
    let utf16 = |s: &String| s.encode_utf16().collect::<Vec<u16>>();
    params.sort_by_key(|(name, _)| utf16(name));
    Ok(params
        .into_iter()
        .map(|(name, mut values)| {
            values.sort_by_key(utf16);
            let values: Vec<String> = values.iter().map(|v| encode_rfc3986(v)).collect();
            format!("{}={}", encode_rfc3986(&name), values.join(","))
        })
        .collect::<Vec<_>>()
        .join("&"))
}

/// Percent-encodes every byte but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`).
fn encode_rfc3986(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

impl Provider for AtlassianConnect {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let mut flags = Map::new();
        if let Some(sub) = &self.sub {
            flags.insert("sub".into(), sub.as_str().into());
        }
        let mut fixed = Map::new();
        fixed.insert("iss".into(), self.issuer.as_str().into());
        fixed.insert("qsh".into(), self.qsh().into());
        Ok(ServiceClaims { flags, fixed })
    }

    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        let mut out = Vec::new();
        if let Binding::Request {
            canonical, method, ..
        } = &self.binding
        {
            if matches!(method.as_str(), "POST" | "PUT" | "PATCH") {
                out.push(format!(
                    "{method}: `qsh` covers the method, path and query, not the body \
                     (canonical request: {canonical})"
                ));
            }
        }
        Ok(out)
    }

    fn check_format(&self, format: Format) -> Result<()> {
        if format != Format::Url {
            return Ok(());
        }
        match &self.binding {
            Binding::Request { url: Some(_), .. } => Ok(()),
            Binding::Request { url: None, .. } => bail!(UsageError::new(
                "--format url needs the full request URL: give --base-url or an absolute --url"
            )),
            Binding::Context => bail!(UsageError::new(
                "--format url needs a request: --context-qsh binds the token to none"
            )),
        }
    }

    fn url(&self, token: &str) -> Result<String> {
        match &self.binding {
            Binding::Request { url: Some(url), .. } => Ok(append_query(url, "jwt", token)),
            _ => bail!("this token is bound to no full request URL"),
        }
    }
}

/// What an Atlassian product would reject or misread in a token, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let _ = header;
    let mut out = Vec::new();
    if payload
        .get("iss")
        .and_then(Value::as_str)
        .is_none_or(str::is_empty)
    {
        out.push("`iss` missing: it must be the app key (or the tenant's clientKey)".into());
    }
    match payload.get("qsh") {
        Some(Value::String(qsh)) if qsh == CONTEXT_QSH => out.push(format!(
            "{WARNING}`qsh` is \"context-qsh\": good for a page context only, not for a REST call"
        )),
        Some(Value::String(qsh))
            if qsh.len() == 64
                && qsh
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) => {}
        Some(other) => out.push(format!(
            "`qsh` {other} is not a lower-case hex SHA-256 nor \"context-qsh\""
        )),
        None => out.push(
            "`qsh` missing: Atlassian refuses a token not bound to a request (or context-qsh)"
                .into(),
        ),
    }
    if payload.get("sub").is_some_and(|sub| !sub.is_string()) {
        out.push("`sub` must be an accountId string".into());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::test_support::{self, object, payload, values};
    use serde_json::json;

    const SITE: &str = "https://your-site.atlassian.net";

    fn canonical(method: &str, url: &str, base: Option<&str>) -> String {
        match request(method, url, base).unwrap() {
            Binding::Request { canonical, .. } => canonical,
            Binding::Context => unreachable!(),
        }
    }

    #[test]
    fn canonical_requests() {
        // atlassian-jwt-py's docstring example: repeated names, spaces, unsorted names.
        let url =
            "/path/to/service?zee_last=param&repeated=parameter 1&first=param&repeated=parameter 2";
        let want =
            "GET&/path/to/service&first=param&repeated=parameter%201,parameter%202&zee_last=param";
        assert_eq!(canonical("get", url, None), want);
        assert_eq!(
            hex_sha256(want),
            "e52bb281606c3bd9ca16cfe96fe2df78f5d9ffa126f06befd750dfa10fa1a897"
        );
        // Confluence: /wiki is the base URL's; `jwt` is dropped; trailing slash; `+` and `&`.
        let wiki = format!("{SITE}/wiki");
        assert_eq!(
            canonical(
                "POST",
                &format!("{wiki}/rest/api/content/?b=x+y&a=%2A!&jwt=old"),
                Some(&wiki)
            ),
            "POST&/rest/api/content&a=%2A%21&b=x%20y"
        );
        assert_eq!(canonical("GET", SITE, None), "GET&/&");
        assert_eq!(canonical("GET", "/", Some(&wiki)), "GET&/&");
        assert_eq!(canonical("GET", "/a&b/c?x", None), "GET&/a%26b/c&x=");
        // Unicode: encoded on the path as sent, decoded then re-encoded in the query.
        assert_eq!(
            canonical("GET", "/rest/é?q=é&q=a b", Some(SITE)),
            "GET&/rest/%C3%A9&q=a%20b,%C3%A9"
        );
        assert_eq!(
            canonical("GET", "/x?q=%C3%A9", Some(SITE)),
            canonical("GET", "/x?q=é", Some(SITE))
        );
    }

    #[test]
    fn exact_payloads() {
        let token = AtlassianConnect::from_values(&values(&[
            (&ISSUER, "com.example.app"),
            (&URL, "/path/to/service?zee_last=param&repeated=parameter 1&first=param&repeated=parameter 2"),
            (&BASE_URL, SITE),
        ]))
        .unwrap();
        assert_eq!(
            Value::Object(payload(&token)),
            json!({
                "iss": "com.example.app",
                "qsh": "e52bb281606c3bd9ca16cfe96fe2df78f5d9ffa126f06befd750dfa10fa1a897"
            })
        );
        assert!(token.check(&Map::new()).unwrap().is_empty());
        assert_eq!(
            token.url("T").unwrap(),
            format!("{SITE}/path/to/service?zee_last=param&repeated=parameter%201&first=param&repeated=parameter%202&jwt=T")
        );
        let context = AtlassianConnect::from_values(&values(&[
            (&ISSUER, "client-key-1"),
            (&CONTEXT_QSH_OPT, ""),
            (&SUB, "5b10ac8d82e05b22cc7d4ef5"),
        ]))
        .unwrap();
        assert_eq!(
            Value::Object(payload(&context)),
            json!({"iss": "client-key-1", "qsh": "context-qsh", "sub": "5b10ac8d82e05b22cc7d4ef5"})
        );
        assert!(context.check_format(Format::Url).is_err());
        let post = AtlassianConnect::from_values(&values(&[
            (&ISSUER, "app"),
            (&METHOD, "post"),
            (&URL, "/rest/api/3/issue"),
        ]))
        .unwrap();
        assert!(post.check(&Map::new()).unwrap()[0].contains("not the body"));
        assert!(post.check_format(Format::Url).is_err());
        assert!(post.check_format(Format::Header).is_ok());
    }

    #[test]
    fn three_minutes_by_default() {
        let options = crate::time::TimeOptions::default();
        let mut claims = Map::new();
        crate::time::apply(
            &mut claims,
            &options,
            SERVICE.expiry,
            "atlassian-connect",
            1000,
        )
        .unwrap();
        assert_eq!(Value::Object(claims), json!({"iat": 1000, "exp": 1180}));
    }

    #[test]
    fn refusals() {
        let usage = |pairs: &[(&Opt, &str)], words: &str| {
            let err = AtlassianConnect::from_values(&values(pairs)).unwrap_err();
            assert!(err.is::<UsageError>(), "{err:#}");
            assert!(format!("{err:#}").contains(words), "{err:#}");
        };
        usage(&[(&ISSUER, "app")], "which request");
        usage(&[(&ISSUER, " app"), (&URL, "/")], "surrounding spaces");
        usage(
            &[(&ISSUER, "app"), (&URL, "/"), (&METHOD, "GE T")],
            "not an HTTP method",
        );
        usage(&[(&ISSUER, "app"), (&URL, "rest/api")], "starting with `/`");
        usage(
            &[
                (&ISSUER, "app"),
                (&URL, "https://other.atlassian.net/rest"),
                (&BASE_URL, SITE),
            ],
            "not under --base-url",
        );
        usage(
            &[
                (&ISSUER, "app"),
                (&URL, "https://your-site.atlassian.net/wikipedia"),
                (&BASE_URL, "https://your-site.atlassian.net/wiki"),
            ],
            "not under --base-url",
        );
        usage(
            &[(&ISSUER, "app"), (&URL, "/"), (&BASE_URL, "ftp://x")],
            "http",
        );
        usage(
            &[
                (&ISSUER, "app"),
                (&URL, "/"),
                (&BASE_URL, "https://x.io/?a"),
            ],
            "query",
        );
        usage(&[(&ISSUER, "app"), (&URL, "/?q=%FF")], "not UTF-8");
        usage(
            &[(&ISSUER, "app"), (&URL, "/"), (&CONTEXT_QSH_OPT, "")],
            "drop --url",
        );
        usage(
            &[(&ISSUER, "app"), (&METHOD, "POST"), (&CONTEXT_QSH_OPT, "")],
            "drop --url",
        );
        usage(
            &[(&ISSUER, "app"), (&CONTEXT_QSH_OPT, ""), (&SUB, " ")],
            "--sub is empty",
        );
        let names: Vec<_> = SERVICE.guarded.iter().map(|g| g.name).collect();
        assert_eq!(names, ["qsh", "sub", "context"]);
    }

    #[test]
    fn inspect_minted_and_broken_tokens() {
        let minted = AtlassianConnect::from_values(&values(&[
            (&ISSUER, "com.example.app"),
            (&URL, "/rest/api/3/myself"),
        ]))
        .unwrap();
        let mut claims = payload(&minted);
        claims.insert("iat".into(), test_support::NOW.into());
        claims.insert("exp".into(), (test_support::NOW + 180).into());
        let report = test_support::report(&test_support::hs256(Value::Object(claims)), None);
        assert_eq!(report.provider, Some(("atlassian-connect", true)));
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        let broken = object(json!({"qsh": "ABC", "sub": 1}));
        let found = SERVICE.problems(&object(json!({"alg": "HS512"})), &broken);
        assert_eq!(found.len(), 6, "{found:?}");
        assert!(found[0].contains("accepts only HS256"));
        assert!(found[1].starts_with("`iss` missing"));
        assert!(found[2].contains("not a lower-case hex"));
        assert!(found[3].contains("accountId"));
        assert!(found[4].starts_with("`exp` missing"));
        assert!(found[5].starts_with("`iat` missing"));
        let context = object(json!({"iss": "k", "qsh": "context-qsh", "iat": 1, "exp": 2}));
        let found = SERVICE.problems(&object(json!({"alg": "HS256"})), &context);
        assert!(
            found.len() == 1 && found[0].starts_with(WARNING),
            "{found:?}"
        );
        assert!(!(SERVICE.recognise)(
            &Map::new(),
            &object(json!({"iss": "k"}))
        ));
    }
}
