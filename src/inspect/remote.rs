//! `inspect --jwks-url URL` and `inspect --discover`: the verifying key fetched from a JWKS URL,
//! or from the `jwks_uri` of the OpenID discovery document at the token's `iss`.
//!
//! Through the one HTTP client (`crate::http`): https only, except to loopback; bounded time
//! (`JWTMINT_REMOTE_TIMEOUT`); each document at most [`MAX_DOCUMENT`]. The fetched JWKS goes
//! through the same key selection as a JWK or JWKS file (`verify::jwk_key`), so its `kid`,
//! `alg` and `use` rules are the file's.

use anyhow::{anyhow, bail, Context as _, Result};
use serde_json::Value;
use url::Url;

use crate::exit::UsageError;
use crate::http::{self, Client};

/// The largest JWKS or discovery document read: real ones are a few KiB.
pub const MAX_DOCUMENT: u64 = 1 << 20;

/// Where the keys come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `--jwks-url URL`.
    JwksUrl(String),
    /// `--discover`: from the token's `iss`.
    Discover,
}

/// The JWKS document for a token with this `iss`, and the URL it came from (as messages may
/// show it).
pub fn fetch_jwks(source: &Source, iss: Option<&Value>) -> Result<(Vec<u8>, String)> {
    let client = Client::new(&http::Options::from_env()?)?;
    let url = match source {
        Source::JwksUrl(text) => {
            parse_url("--jwks-url", text).map_err(|e| anyhow!(UsageError::new(format!("{e:#}"))))?
        }
        Source::Discover => {
            let iss = match iss {
                Some(Value::String(iss)) => iss.as_str(),
                Some(_) => bail!("--discover: the token's `iss` is not a string"),
                None => bail!("--discover: the token has no `iss` to discover its keys from"),
            };
            let issuer = parse_url("the token's iss", iss)?;
            let config = well_known(&issuer)?;
            let document = get(&client, &config, "the discovery document")?;
            jwks_uri_from_discovery(&document, iss)
                .with_context(|| format!("the discovery document {}", http::redact(&config)))?
        }
    };
    let jwks = get(&client, &url, "the JWKS")?;
    Ok((jwks, http::redact(&url)))
}

/// An absolute https URL (http only to loopback).
fn parse_url(what: &str, text: &str) -> Result<Url> {
    let url =
        Url::parse(text).map_err(|e| anyhow!("{what} `{text}` is not an absolute URL ({e})"))?;
    http::require_secure(&url).map_err(|e| anyhow!("{what}: {e}"))?;
    Ok(url)
}

/// `ISS/.well-known/openid-configuration` (OpenID Connect Discovery 1.0, §4: appended to the
/// issuer's path, after any trailing `/` is removed).
fn well_known(issuer: &Url) -> Result<Url> {
    let base = issuer.as_str().trim_end_matches('/');
    Url::parse(&format!("{base}/.well-known/openid-configuration"))
        .map_err(|e| anyhow!("the token's iss gives no discovery URL ({e})"))
}

fn get(client: &Client, url: &Url, what: &str) -> Result<Vec<u8>> {
    let response = client
        .get(url, &[("Accept", "application/json")], MAX_DOCUMENT)
        .with_context(|| format!("fetching {what}"))?;
    if !response.is_success() {
        bail!(
            "fetching {what}: {} answered {}",
            http::redact(url),
            response.status
        );
    }
    Ok(response.body)
}

/// The `jwks_uri` of a discovery document, checked: the document is a JSON object whose
/// `issuer` is exactly `iss` (§4.3: otherwise another issuer's keys would be trusted), and
/// `jwks_uri` is an https URL (http only to loopback). The entry point of the `discovery` fuzz
/// target.
pub fn jwks_uri_from_discovery(document: &[u8], iss: &str) -> Result<Url> {
    let document: Value =
        serde_json::from_slice(document).map_err(|e| anyhow!("not JSON ({e})"))?;
    let Value::Object(document) = document else {
        bail!("not a JSON object");
    };
    match document.get("issuer") {
        Some(Value::String(issuer)) if issuer == iss => {}
        Some(Value::String(issuer)) => bail!(
            "its issuer `{}` is not the token's iss `{}`",
            issuer.escape_debug(),
            iss.escape_debug()
        ),
        _ => bail!("it has no `issuer` string"),
    }
    let Some(Value::String(uri)) = document.get("jwks_uri") else {
        bail!("it has no `jwks_uri` string");
    };
    parse_url("its jwks_uri", uri)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discovery_documents() {
        let iss = "https://id.example.com";
        let ok = br#"{"issuer":"https://id.example.com","jwks_uri":"https://id.example.com/k"}"#;
        assert_eq!(
            jwks_uri_from_discovery(ok, iss).unwrap().as_str(),
            "https://id.example.com/k"
        );
        for (bad, says) in [
            (&b"nope"[..], "not JSON"),
            (b"[]", "object"),
            (br#"{"jwks_uri":"https://a/k"}"#, "issuer"),
            (
                br#"{"issuer":"https://evil.example","jwks_uri":"https://a/k"}"#,
                "not the token",
            ),
            (br#"{"issuer":"https://id.example.com"}"#, "jwks_uri"),
            (
                br#"{"issuer":"https://id.example.com","jwks_uri":"http://a.example/k"}"#,
                "plain http",
            ),
            (
                br#"{"issuer":"https://id.example.com","jwks_uri":"/k"}"#,
                "absolute",
            ),
        ] {
            let err = format!("{:#}", jwks_uri_from_discovery(bad, iss).unwrap_err());
            assert!(err.contains(says), "{err}");
        }
        let local = br#"{"issuer":"http://127.0.0.1:8080","jwks_uri":"http://127.0.0.1:8080/k"}"#;
        assert!(jwks_uri_from_discovery(local, "http://127.0.0.1:8080").is_ok());
    }

    #[test]
    fn well_known_paths() {
        for (iss, expected) in [
            (
                "https://a.example",
                "https://a.example/.well-known/openid-configuration",
            ),
            (
                "https://a.example/",
                "https://a.example/.well-known/openid-configuration",
            ),
            (
                "https://a.example/t/1/",
                "https://a.example/t/1/.well-known/openid-configuration",
            ),
        ] {
            assert_eq!(
                well_known(&Url::parse(iss).unwrap()).unwrap().as_str(),
                expected
            );
        }
    }

    #[test]
    fn urls_must_be_secure() {
        assert!(parse_url("u", "http://example.com/jwks").is_err());
        assert!(parse_url("u", "https://example.com/jwks").is_ok());
        assert!(parse_url("u", "http://127.0.0.1:1/jwks").is_ok());
        assert!(parse_url("u", "file:///etc/passwd").is_err());
    }
}
