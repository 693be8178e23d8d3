//! `--from-header OPTION=HEADER`: who a token is for, taken per request from a header that an
//! authenticating proxy in front sets (oauth2-proxy's `X-Forwarded-User`, a company SSO's).
//!
//! The header value is untrusted input: it goes through the option's own parser (the one the
//! command line and batch lines use), and the service then validates it exactly as it validates
//! the flag. Options that grant rights never come from a header, nor do options that name a file
//! on the server or take structured values.

use anyhow::{bail, Result};

use crate::claims::Assignment;
use crate::exit::UsageError;
use crate::providers::{Given, Kind, Opt, Origin, Service, Values};

/// The longest header value taken as an identity. Far above any user name or e-mail address,
/// far below the header limit.
pub const MAX_IDENTITY_BYTES: usize = 1024;

/// One `--from-header OPTION=HEADER` (or `OPTION.KEY=HEADER` for a KEY=VALUE option).
#[derive(Debug, Clone)]
pub struct FromHeader {
    pub opt: &'static Opt,
    /// For an option that takes KEY=VALUE (`--var`), the KEY the header's value is the
    /// string value of (`var.user.email=X-Forwarded-Email`).
    pub key: Option<String>,
    /// The header name, lowercase (HTTP header names are case-insensitive).
    pub header: String,
}

/// Why a request's identity headers give no values.
#[derive(Debug, PartialEq, Eq)]
pub enum IdentityError {
    /// The header is not there (or empty): the request did not come through the proxy. 401.
    Missing(String),
    /// The header is there, and its value is not one the option takes. 400.
    Bad(String),
}

impl std::fmt::Display for IdentityError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IdentityError::Missing(header) => write!(
                f,
                "no {header} header: this server takes who the token is for from it"
            ),
            IdentityError::Bad(message) => f.write_str(message),
        }
    }
}

/// Parses `OPTION=HEADER` for `service`, refusing options that may not come from a request.
pub fn parse(service: &'static Service, text: &str) -> Result<FromHeader> {
    let usage = |message: String| -> anyhow::Error { UsageError::new(message).into() };
    let Some((option, header)) = text.split_once('=') else {
        bail!(usage(format!(
            "--from-header `{text}`: write OPTION=HEADER, e.g. sub=X-Forwarded-User"
        )));
    };
    let option = option.trim().trim_start_matches("--");
    let header = header.trim();
    // `var.user.email`: the KEY of a KEY=VALUE option.
    let (option, key) = match option.split_once('.') {
        Some((name, key)) if service.option(name).is_some_and(|o| o.kind == Kind::Assign) => {
            if key.is_empty() || key.split('.').any(str::is_empty) {
                bail!(usage(format!(
                    "--from-header {text}: `{key}` is not a KEY (e.g. {name}.user.email=HEADER)"
                )));
            }
            (name, Some(key.to_string()))
        }
        _ => (option, None),
    };
    let Some(opt) = service.option(option) else {
        let names: Vec<_> = service
            .options
            .iter()
            .filter(|opt| takes_header(opt, opt.kind == Kind::Assign).is_ok())
            .map(|opt| opt.long)
            .collect();
        bail!(usage(format!(
            "--from-header {text}: {} has no option --{option}; it takes from a header: {}",
            service.name,
            if names.is_empty() {
                "none".to_string()
            } else {
                names.join(", ")
            }
        )));
    };
    if let Err(why) = takes_header(opt, key.is_some()) {
        bail!(usage(format!("--from-header {text}: --{option} {why}")));
    }
    if header.is_empty()
        || !header
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
    {
        bail!(usage(format!(
            "--from-header {text}: `{}` is not an HTTP header name",
            header.escape_debug()
        )));
    }
    Ok(FromHeader {
        opt,
        key,
        header: header.to_ascii_lowercase(),
    })
}

/// Whether an option may be taken from a request header, and why not.
fn takes_header(opt: &Opt, with_key: bool) -> Result<(), &'static str> {
    if opt.grants_rights && !opt.names_user {
        return Err(
            "grants rights: it comes only from the command line, never from a request, \
             so a client cannot raise its own rights",
        );
    }
    match opt.kind {
        Kind::Text | Kind::List | Kind::Choice(_) | Kind::MaybeText => Ok(()),
        Kind::ObjectFile => Err("names a file on this machine: a request may not choose one"),
        Kind::Switch => Err("is a switch: give it on the command line"),
        Kind::Assign if with_key => Ok(()),
        Kind::Assign => Err(
            "takes KEY=VALUE: name the KEY the header gives the value of, e.g. \
             var.user.email=X-Forwarded-Email",
        ),
    }
}

/// Sets each identity option in `values` from the request's headers. `headers` gives every
/// value of a (lowercase) header name, as bytes. A header given twice is refused: a proxy that
/// appends to what the client sent must not let the client choose.
pub fn apply<'h>(
    identities: &[FromHeader],
    values: &mut Values,
    headers: impl Fn(&str) -> Vec<&'h [u8]>,
) -> Result<(), IdentityError> {
    for identity in identities {
        let name = &identity.header;
        let found = headers(name);
        let raw = match found.as_slice() {
            [] => return Err(IdentityError::Missing(name.clone())),
            [one] => *one,
            _ => {
                return Err(IdentityError::Bad(format!(
                    "the {name} header is given more than once"
                )))
            }
        };
        let text = header_text(name, raw)?;
        if text.is_empty() {
            return Err(IdentityError::Missing(name.clone()));
        }
        let given = match &identity.key {
            // The header's text is the string value of KEY, never parsed as JSON; added to the
            // command line's assignments.
            Some(key) => {
                let mut assignments = values.assignments(identity.opt);
                assignments.push(Assignment {
                    key: key.clone(),
                    value: serde_json::Value::String(text.to_string()),
                });
                Some(Given::Assign(assignments))
            }
            None => identity
                .opt
                .from_text(vec![text.to_string()])
                .map_err(|e| IdentityError::Bad(format!("{name}: {e:#}")))?,
        };
        values.set(identity.opt, given, Origin::Flag);
    }
    Ok(())
}

/// A header value as text: UTF-8 (names are not only ASCII), without control characters,
/// trimmed, at most [`MAX_IDENTITY_BYTES`].
fn header_text<'a>(name: &str, raw: &'a [u8]) -> Result<&'a str, IdentityError> {
    if raw.len() > MAX_IDENTITY_BYTES {
        return Err(IdentityError::Bad(format!(
            "the {name} header is longer than {MAX_IDENTITY_BYTES} bytes"
        )));
    }
    let text = std::str::from_utf8(raw)
        .map_err(|_| IdentityError::Bad(format!("the {name} header is not UTF-8 text")))?;
    if text.chars().any(char::is_control) {
        return Err(IdentityError::Bad(format!(
            "the {name} header holds a control character"
        )));
    }
    Ok(text.trim())
}

/// The options set from headers, `OPTION=VALUE` each, for the access log (values are user
/// names, never secrets; escaped and cut short so a log line stays one short line).
pub fn describe(identities: &[FromHeader], values: &Values) -> String {
    identities
        .iter()
        .filter_map(|identity| {
            let value = match (values.get(identity.opt)?, &identity.key) {
                (Given::Text(text), _) => text.clone(),
                (Given::List(items), _) => items.join(","),
                (Given::Assign(items), Some(key)) => items
                    .iter()
                    .rev()
                    .find(|a| &a.key == key)
                    .and_then(|a| a.value.as_str())
                    .unwrap_or_default()
                    .to_string(),
                _ => String::new(),
            };
            let long = match &identity.key {
                Some(key) => format!("{}.{key}", identity.opt.long),
                None => identity.opt.long.to_string(),
            };
            let mut shown: String = value.escape_debug().to_string();
            if shown.len() > 64 {
                let cut = (0..=64)
                    .rev()
                    .find(|&i| shown.is_char_boundary(i))
                    .unwrap_or(0);
                shown.truncate(cut);
                shown.push('…');
            }
            Some(format!("{long}={shown}"))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::by_name;

    fn service(name: &str) -> &'static Service {
        by_name(name).unwrap()
    }

    fn headers<'a>(pairs: &'a [(&'a str, &'a [u8])]) -> impl Fn(&str) -> Vec<&'a [u8]> + 'a {
        move |name| {
            pairs
                .iter()
                .filter(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| *v)
                .collect()
        }
    }

    #[test]
    fn parses_option_and_header() {
        let id = parse(service("sign"), "sub=X-Forwarded-User").unwrap();
        assert_eq!(id.opt.long, "sub");
        assert_eq!(id.header, "x-forwarded-user");
        assert!(parse(service("sign"), "--sub = X-User").is_ok());
    }

    #[test]
    fn refuses_what_a_request_may_not_choose() {
        for (svc, text) in [
            ("sign", "sub"),
            ("sign", "nosuch=X-User"),
            ("sign", "sub=X User"),
            ("sign", "sub="),
            ("developerhub", "vars-file=X-File"),
            ("developerhub", "single-use=X-Once"),
            ("developerhub", "var=X-Var"),
            ("developerhub", "var.=X-Var"),
            ("developerhub", "var.a..b=X-Var"),
        ] {
            let err = parse(service(svc), text).unwrap_err();
            assert!(err.is::<UsageError>(), "{text}: {err}");
        }
    }

    /// Every option that grants rights, in every service, is refused.
    #[test]
    fn options_that_grant_rights_never_come_from_a_header() {
        for service in crate::providers::REGISTRY {
            for opt in service
                .options
                .iter()
                .filter(|opt| opt.grants_rights && !opt.names_user)
            {
                let err = parse(service, &format!("{}=X-Id", opt.long)).unwrap_err();
                assert!(err.to_string().contains("grants rights"), "{}", opt.long);
            }
        }
    }

    #[test]
    fn a_header_gives_the_value_of_a_key() {
        let hub = service("developerhub");
        let var = hub.option("var").unwrap();
        let ids = [parse(hub, "var.user.email=X-Forwarded-Email").unwrap()];
        assert_eq!(ids[0].key.as_deref(), Some("user.email"));
        let mut values = Values::new().with(var, Given::Assign(vec!["plan=pro".parse().unwrap()]));
        apply(
            &ids,
            &mut values,
            headers(&[("x-forwarded-email", b"{\"a\":1}")]),
        )
        .unwrap();
        let assignments = values.assignments(var);
        assert_eq!(assignments.len(), 2);
        assert_eq!(assignments[1].key, "user.email");
        // Text, never JSON.
        assert_eq!(assignments[1].value, serde_json::json!("{\"a\":1}"));
        assert_eq!(describe(&ids, &values), "var.user.email={\\\"a\\\":1}");
    }

    #[test]
    fn header_values() {
        let sign = service("sign");
        let ids = [parse(sign, "sub=X-User").unwrap()];
        let mut values = Values::new();
        apply(&ids, &mut values, headers(&[("X-User", b" jos\xc3\xa9 ")])).unwrap();
        assert_eq!(values.text(sign.option("sub").unwrap()).unwrap(), "josé");
        assert_eq!(describe(&ids, &values), "sub=josé");
        for (pairs, missing) in [
            (&[][..], true),
            (&[("X-User", &b""[..])][..], true),
            (&[("X-User", &b"a\x01b"[..])][..], false),
            (&[("X-User", &b"a\tb"[..])][..], false),
            (&[("X-User", &b"\xff"[..])][..], false),
            (&[("X-User", &b"a"[..]), ("x-user", &b"b"[..])][..], false),
        ] {
            let err = apply(&ids, &mut Values::new(), headers(pairs)).unwrap_err();
            assert_eq!(matches!(err, IdentityError::Missing(_)), missing, "{err}");
        }
        let long = vec![b'a'; MAX_IDENTITY_BYTES + 1];
        assert!(apply(&ids, &mut Values::new(), headers(&[("x-user", &long)])).is_err());
    }
}
