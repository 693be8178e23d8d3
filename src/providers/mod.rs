//! What each service accepts. One module per service; each takes plain values and says which
//! claims it sets, which algorithms and outputs it has, and how long its tokens live.
//! `../shared/providers.md` is the specification these follow.

pub mod developerhub;
pub mod formio;
pub mod generic;
pub mod realm;
pub mod tiledesk;
pub mod tinymce;

use anyhow::Result;
use serde_json::{Map, Value};

use crate::credentials::AlgRules;
use crate::output::Format;
use crate::time::ExpiryRules;

/// The claims a subcommand sets.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ServiceClaims {
    /// From dedicated flags (`--sub`, `--email`…): they override `--claim` and the claims file.
    pub flags: Map<String, Value>,
    /// The service's own shape: a user claim that differs from one of these is an error.
    pub fixed: Map<String, Value>,
}

/// A claim that users may not set through `--claim`/`--claims-file`, and why.
pub struct GuardedClaim {
    pub name: &'static str,
    pub reason: &'static str,
}

/// One service's rules.
pub trait Provider {
    /// The subcommand's name, for messages.
    fn name(&self) -> &'static str;
    fn alg_rules(&self) -> AlgRules;
    fn expiry_rules(&self) -> ExpiryRules;
    /// Claims that escalate privileges: refused in user claims.
    fn guarded_claims(&self) -> &'static [GuardedClaim] {
        &[]
    }
    fn claims(&self) -> Result<ServiceClaims>;
    /// Last checks on the finished payload; returns warnings for stderr.
    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        Ok(Vec::new())
    }
    /// The output formats this service has a form for.
    fn formats(&self) -> &'static [Format] {
        &[Format::Token, Format::Json, Format::Header, Format::Claims]
    }
    fn default_format(&self) -> Format {
        Format::Token
    }
    /// The HTTP header the service reads the token from.
    fn header(&self, token: &str) -> String {
        format!("Authorization: Bearer {token}")
    }
    /// A last check of the format against the subcommand's options, before any key is read.
    fn check_format(&self, _format: Format) -> Result<()> {
        Ok(())
    }
    /// The URL that carries the token, for services with `Format::Url`.
    fn url(&self, _token: &str) -> Result<String> {
        anyhow::bail!("{} has no URL form", self.name())
    }
}

/// One value gives a string, several an array: how `aud` is usually written.
pub fn one_or_many(values: &[String]) -> Option<Value> {
    match values {
        [] => None,
        [one] => Some(Value::String(one.clone())),
        many => Some(Value::Array(
            many.iter().cloned().map(Value::String).collect(),
        )),
    }
}

/// A 24-hex-digit MongoDB ObjectId, as Form.io uses for projects, forms and roles.
pub fn object_id(what: &str, value: &str) -> Result<String> {
    if value.len() == 24 && value.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(value.to_ascii_lowercase())
    } else {
        anyhow::bail!(
            "{what} `{value}` is not a 24-hex-digit ObjectId (like 5c81a2e7f1d3b40012345678)"
        )
    }
}

/// An absolute http or https URL. The text is kept as given; parsing only validates it.
pub fn http_url(what: &str, value: &str) -> Result<url::Url> {
    let parsed = url::Url::parse(value)
        .map_err(|e| anyhow::anyhow!("{what} `{value}` is not an absolute URL ({e})"))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        anyhow::bail!("{what} `{value}` must be an http:// or https:// URL with a host");
    }
    Ok(parsed)
}

/// Only `[A-Za-z0-9_-]`, non-empty: ids that end up in topic names or URL paths.
pub fn safe_id(what: &str, value: &str) -> Result<()> {
    if !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        Ok(())
    } else {
        anyhow::bail!("{what} `{value}` may contain only letters, digits, `_` and `-`")
    }
}

/// Appends `name=value` to a URL's query, before any `#fragment`, leaving the rest as given.
pub fn append_query(url: &str, name: &str, value: &str) -> String {
    let (base, fragment) = match url.find('#') {
        Some(i) => url.split_at(i),
        None => (url, ""),
    };
    let separator = if !base.contains('?') {
        "?"
    } else if base.ends_with('?') || base.ends_with('&') {
        ""
    } else {
        "&"
    };
    format!("{base}{separator}{name}={value}{fragment}")
}

/// Builds an object from `KEY=VALUE` assignments on top of a file's object; dotted keys nest.
pub fn nested_object(
    file: Option<&Map<String, Value>>,
    assignments: &[crate::claims::Assignment],
) -> Result<Map<String, Value>> {
    let mut object = file.cloned().unwrap_or_default();
    for assignment in assignments {
        crate::claims::insert_dotted(&mut object, &assignment.key, assignment.value.clone())?;
    }
    Ok(object)
}

/// Starts an entry of a provider's `problems` list that is advisory (`jwtmint inspect` shows it
/// as a warning, and the check still passes) rather than something the service rejects.
pub const WARNING: &str = "warning: ";

/// The header's `alg`, when it is a string.
pub fn header_alg(header: &Map<String, Value>) -> Option<&str> {
    header.get("alg").and_then(Value::as_str)
}

/// A problem when the header names an algorithm the service does not accept. A missing alg and
/// `none` are left to the generic checks of `jwtmint inspect`.
pub fn alg_problem(
    header: &Map<String, Value>,
    service: &str,
    allowed: &[crate::sign::Alg],
) -> Option<String> {
    let alg = header_alg(header)?;
    if alg.eq_ignore_ascii_case("none") || allowed.iter().any(|a| a.name() == alg) {
        return None;
    }
    let names: Vec<_> = allowed.iter().map(|a| a.name()).collect();
    Some(format!(
        "{service} accepts only {}: alg `{alg}` will be rejected",
        names.join(", ")
    ))
}

pub use crate::claims::json_kind;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_is_appended_before_the_fragment() {
        assert_eq!(
            append_query("https://d.io", "jwt", "T"),
            "https://d.io?jwt=T"
        );
        assert_eq!(
            append_query("https://d.io/p?a=b", "jwt", "T"),
            "https://d.io/p?a=b&jwt=T"
        );
        assert_eq!(
            append_query("https://d.io/p?", "jwt", "T"),
            "https://d.io/p?jwt=T"
        );
        assert_eq!(
            append_query("https://d.io/p#top", "jwt", "T"),
            "https://d.io/p?jwt=T#top"
        );
        assert_eq!(
            append_query("https://d.io/p?a=b#top", "jwt", "T"),
            "https://d.io/p?a=b&jwt=T#top"
        );
    }

    #[test]
    fn validators() {
        assert_eq!(
            object_id("role", "5C81A2E7F1D3B40012345678").unwrap(),
            "5c81a2e7f1d3b40012345678"
        );
        assert!(object_id("role", "admin").is_err());
        assert!(object_id("role", "5c81a2e7f1d3b4001234567g").is_err());
        assert!(http_url("url", "https://x.io/a").is_ok());
        assert!(http_url("url", "ftp://x.io").is_err());
        assert!(http_url("url", "/relative").is_err());
        assert!(safe_id("id", "user_1-a").is_ok());
        assert!(safe_id("id", "a/b").is_err());
        assert!(safe_id("id", "").is_err());
    }

    #[test]
    fn alg_problems() {
        use crate::sign::Alg;
        let header = |alg: Value| {
            let mut h = Map::new();
            h.insert("alg".into(), alg);
            h
        };
        let allowed = [Alg::HS256, Alg::HS512];
        assert_eq!(alg_problem(&header("HS256".into()), "S", &allowed), None);
        assert_eq!(
            alg_problem(&header("HS384".into()), "S", &allowed).unwrap(),
            "S accepts only HS256, HS512: alg `HS384` will be rejected"
        );
        // Case matters in a header: `hs256` is not HS256.
        assert!(alg_problem(&header("hs256".into()), "S", &allowed).is_some());
        assert_eq!(alg_problem(&header("none".into()), "S", &allowed), None);
        assert_eq!(alg_problem(&header(Value::Null), "S", &allowed), None);
        assert_eq!(alg_problem(&Map::new(), "S", &allowed), None);
    }
}
