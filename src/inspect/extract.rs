//! Finding the token in whatever a user pasted (a header, a URL, a JSON body) and decoding its
//! header and payload. The header names, schemes and URL parameters that carry tokens come from
//! the services' transports in the registry.

use anyhow::{anyhow, bail, Result};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{Map, Value};

use crate::jws::Alg;
use crate::providers;

/// Query parameters that carry a token in general (OAuth, OpenID); the services' own come
/// from their transports and are looked for first.
pub(crate) const GENERIC_URL_PARAMS: [&str; 3] = ["token", "access_token", "id_token"];

/// The query parameters that carry a token, in the order they are looked for.
pub(crate) fn url_params() -> Vec<&'static str> {
    let mut params: Vec<&str> = Vec::new();
    let services = providers::REGISTRY
        .iter()
        .filter_map(|s| s.transport.url_param);
    for name in services.map(|(name, _)| name).chain(GENERIC_URL_PARAMS) {
        if !params.contains(&name) {
            params.push(name);
        }
    }
    params
}

/// The headers that carry a token, as `name:` in lower case.
pub(crate) fn header_prefixes() -> Vec<String> {
    let mut prefixes: Vec<String> = Vec::new();
    for service in providers::REGISTRY {
        let prefix = format!("{}:", service.transport.header_name.to_ascii_lowercase());
        if !prefixes.contains(&prefix) {
            prefixes.push(prefix);
        }
    }
    prefixes
}

/// Whether `word` is the scheme of a service's header (`Bearer`, `JWT`).
pub(crate) fn is_scheme(word: &str) -> bool {
    providers::REGISTRY.iter().any(|service| {
        let scheme = service.transport.header_scheme.trim();
        !scheme.is_empty() && scheme.eq_ignore_ascii_case(word)
    })
}

/// Fields of a JSON body that carry a token, in the order they are looked for.
pub(crate) const JSON_FIELDS: [&str; 4] = ["token", "jwt", "access_token", "id_token"];

/// Finds the compact token in what a user pasted: the token itself, `Authorization: Bearer …`,
/// `Authorization: JWT …`, `JWT …`, `Bearer …`, `x-jwt-token: …`, a URL carrying it in
/// a service's own parameter (percent-decoded) or in its path (Metabase's
/// `SITE/embed/dashboard/TOKEN#…`), or a JSON body `{"token": "…"}`,
/// with surrounding whitespace and quotes ignored. Fails unless a three-part token is found.
pub fn extract_token(input: &str) -> Result<String> {
    let mut text = input.trim().to_string();
    // Each step strictly shortens the text; the bound is only a guard.
    for _ in 0..10 {
        match unwrap_once(&text)? {
            Some(inner) => text = inner.trim().to_string(),
            None => break,
        }
    }
    check_shape(&text)?;
    Ok(text)
}

/// Removes one layer of wrapping around the token, or `None` when there is none left.
pub(crate) fn unwrap_once(text: &str) -> Result<Option<String>> {
    for quote in ['"', '\''] {
        if text.len() >= 2 && text.starts_with(quote) && text.ends_with(quote) {
            return Ok(Some(text[1..text.len() - 1].to_string()));
        }
    }
    if text.starts_with('{') {
        return token_in_json(text).map(Some);
    }
    let prefixes = header_prefixes();
    for prefix in &prefixes {
        if let Some(rest) = strip_prefix_ignore_case(text, prefix) {
            return Ok(Some(rest.to_string()));
        }
    }
    if let Some((scheme, rest)) = text.split_once(char::is_whitespace) {
        if is_scheme(scheme) {
            return Ok(Some(rest.to_string()));
        }
    }
    // Several lines, as when HTTP headers are pasted: the one that carries the token.
    if text.contains('\n') {
        let line = text.lines().map(str::trim).find(|line| {
            prefixes
                .iter()
                .any(|p| strip_prefix_ignore_case(line, p).is_some())
        });
        if let Some(line) = line {
            return Ok(Some(line.to_string()));
        }
    }
    if text.contains(['?', '#']) || text.contains("://") {
        return token_in_url(text).map(Some);
    }
    // `JWT%20TOKEN`, as copied out of a link parameter. A token never holds `%`.
    if text.contains('%') {
        return Ok(Some(percent_decode(text)?));
    }
    Ok(None)
}

pub(crate) fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

pub(crate) fn token_in_json(text: &str) -> Result<String> {
    let value: Value = crate::json::parse_str(text)
        .map_err(|e| anyhow!("the input starts with `{{` but is not JSON ({e})"))?;
    JSON_FIELDS
        .iter()
        .find_map(|field| value.get(field).and_then(Value::as_str))
        .map(str::to_string)
        .ok_or_else(|| {
            anyhow!(
                "the JSON has no token: expected a string field {}",
                JSON_FIELDS.map(|f| format!("\"{f}\"")).join(", ")
            )
        })
}

pub(crate) fn token_in_url(text: &str) -> Result<String> {
    let (before_fragment, fragment) = text.split_once('#').unwrap_or((text, ""));
    let query = before_fragment.split_once('?').map_or("", |(_, q)| q);
    let pairs: Vec<(String, String)> = [query, fragment]
        .iter()
        .flat_map(|part| url::form_urlencoded::parse(part.as_bytes()).into_owned())
        .collect();
    let params = url_params();
    params
        .iter()
        .find_map(|name| pairs.iter().find(|(key, _)| key == name))
        .map(|(_, value)| value.clone())
        .or_else(|| token_in_path(before_fragment))
        .ok_or_else(|| {
            anyhow!(
                "the URL carries no token: expected a parameter {}, or a path segment \
                 HEADER.PAYLOAD.SIGNATURE",
                params.join(", ")
            )
        })
}

/// The last segment of a URL's path that has a token's shape: three parts of base64url
/// separated by dots, the first a JSON object (`SITE/embed/dashboard/TOKEN`), so that a file
/// name such as `report.v2.pdf` is not taken. The host, whose dots could look the same, is not
/// part of the path.
fn token_in_path(url: &str) -> Option<String> {
    let path = url.split_once('?').map_or(url, |(path, _)| path);
    let path = match path.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, path)| path),
        None => path,
    };
    let base64url = |part: &str| {
        part.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    path.rsplit('/')
        .find(|segment| {
            let parts: Vec<&str> = segment.split('.').collect();
            parts.len() == 3
                && parts.iter().all(|part| base64url(part))
                && !parts[1].is_empty()
                && URL_SAFE_NO_PAD.decode(parts[0]).is_ok_and(|header| {
                    header.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
                })
        })
        .map(str::to_string)
}

pub(crate) fn percent_decode(text: &str) -> Result<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| anyhow!("the percent-encoded token is not UTF-8"))
}

pub(crate) fn check_shape(token: &str) -> Result<()> {
    if token.is_empty() {
        bail!("no token: the input is empty");
    }
    if token.contains(char::is_whitespace) {
        bail!(
            "not a JWT: it contains spaces or line breaks; give the token alone, \
             `Authorization: Bearer TOKEN`, a URL with ?jwt=TOKEN, or {{\"token\": \"TOKEN\"}}"
        );
    }
    match token.split('.').count() {
        3 => Ok(()),
        5 => bail!(
            "this is an encrypted token (JWE, five parts): its payload cannot be read without \
             the decryption key, and jwtmint does not decrypt"
        ),
        n => bail!(
            "not a JWT: a JWT has three parts separated by dots (header.payload.signature); \
             this has {n}"
        ),
    }
}

// Decoding

/// A token split and decoded; the signature is checked later, against a key.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub header: Map<String, Value>,
    pub payload: Map<String, Value>,
    /// `HEADER.PAYLOAD`, the bytes the signature covers.
    pub(crate) signing_input: String,
    /// The third part, base64url.
    pub(crate) signature: String,
}

/// Decodes a compact token (as [`extract_token`] gives it): header and payload must be
/// base64url JSON objects; each error names the part.
pub fn decode(token: &str) -> Result<Decoded> {
    check_shape(token)?;
    let mut parts = token.split('.');
    let (header, payload, signature) = match (parts.next(), parts.next(), parts.next()) {
        (Some(h), Some(p), Some(s)) => (h, p, s),
        _ => bail!("not a JWT: a JWT has three parts separated by dots"),
    };
    Ok(Decoded {
        header: decode_part(header, "header (part 1)")?,
        payload: decode_part(payload, "payload (part 2)")?,
        signing_input: format!("{header}.{payload}"),
        signature: signature.to_string(),
    })
}

pub(crate) fn decode_part(part: &str, which: &str) -> Result<Map<String, Value>> {
    if part.is_empty() {
        bail!("the {which} is empty");
    }
    let bytes = URL_SAFE_NO_PAD.decode(part).map_err(|e| {
        if part.contains(['+', '/', '=']) {
            anyhow!(
                "the {which} is not base64url: it has `+`, `/` or `=` as standard base64 does, \
                 but a JWT uses unpadded base64url (`-` and `_`)"
            )
        } else {
            anyhow!("the {which} is not valid base64url ({e})")
        }
    })?;
    let value: Value = crate::json::parse(&bytes)
        .map_err(|e| anyhow!("the {which} is base64url but not JSON ({e})"))?;
    match value {
        Value::Object(map) => Ok(map),
        other => bail!(
            "the {which} is JSON but {}, not an object",
            providers::json_kind(&other)
        ),
    }
}

/// The header's `alg`, as far as it can be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HeaderAlg {
    Known(Alg),
    /// `none`, in any case.
    Unsigned,
    Missing,
    /// Anything else, as written (JSON text when it is not a string).
    Other(String),
}

pub(crate) fn header_alg(header: &Map<String, Value>) -> HeaderAlg {
    match header.get("alg") {
        None => HeaderAlg::Missing,
        Some(Value::String(s)) if s.eq_ignore_ascii_case("none") => HeaderAlg::Unsigned,
        Some(Value::String(s)) => Alg::ALL
            .into_iter()
            .find(|alg| alg.name() == s)
            .map_or_else(|| HeaderAlg::Other(s.clone()), HeaderAlg::Known),
        Some(other) => HeaderAlg::Other(other.to_string()),
    }
}

// Keys and the signature

#[cfg(test)]
mod tests {
    use super::*;

    // {"alg":"HS256","typ":"JWT"}.{"sub":"joe"}.signature
    const T: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2UifQ.c2ln";

    #[test]
    fn a_token_in_a_url_path() {
        for url in [
            format!("https://metabase.example.com/embed/dashboard/{T}#bordered=true&titled=true"),
            format!("https://metabase.example.com/embed/question/{T}"),
            format!("http://127.0.0.1:3000/embed/dashboard/{T}/#theme=night"),
            format!("https://a.b.example/embed/dashboard/{T}?locale=fr"),
            format!("/embed/dashboard/{T}#bordered=true"),
        ] {
            assert_eq!(extract_token(&url).unwrap(), T, "{url}");
        }
        // A parameter that carries a token wins over the path.
        let other = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm4ifQ.c2ln";
        let url = format!("https://example.com/embed/{T}?jwt={other}");
        assert_eq!(extract_token(&url).unwrap(), other);
        // The host's dots are not a token, nor is a file name.
        for url in [
            "https://metabase.example.com/#bordered=true",
            "https://metabase.example.com/embed/dashboard/a.b.c.d",
            "https://metabase.example.com/files/report.v2.pdf?x=1",
            "https://a.b.c/",
        ] {
            let err = extract_token(url).unwrap_err().to_string();
            assert!(
                err.contains("no token") || err.contains("not a JWT"),
                "{url}: {err}"
            );
        }
    }
}
