//! `jwtmint serve SERVICE`: the token provider, login URL, JWKS and OpenID discovery document
//! that browsers and verifiers call, for any registered service.
//!
//! Everything is parsed, validated and loaded here, before a socket is bound: the service's
//! options and profile, the key (its passphrase asked for now), the `--from-header` identities,
//! the listen address, CORS origins, the issuer and the published keys; when no identity comes
//! from a header, one token is minted as a dry run so that a request can only fail on what it
//! brings. A bad flag never starts a half-configured server.
//!
//! Then `server` runs the HTTP transport (limits, time-outs, graceful shutdown) and `routes`
//! answers each request by calling the same [`Minter`](crate::mint::Minter) steps the command
//! line calls (`checked_payload`, `sign`, `render`): a token from `serve` and one from the
//! command line cannot differ.
//!
//! | endpoint | answer |
//! |---|---|
//! | `POST`/`GET /token` | `200 {"token":"…"}`, `Cache-Control: no-store` (Tiny Cloud's token provider contract) |
//! | `GET /login` | `302 Location:` the signed URL, for services with a URL output; `?redirect=` where the service's login flow passes one (DeveloperHub, on the docs host only) |
//! | `GET /.well-known/jwks.json` | the public keys: the signing key's and each `--jwks-key`; 404 for an HMAC secret |
//! | `GET /.well-known/openid-configuration` | `issuer`, `jwks_uri`, `token_endpoint`, `id_token_signing_alg_values_supported` |
//! | `GET /healthz` | 200 |

pub mod identity;
mod routes;
mod server;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::path::PathBuf;

use anyhow::{anyhow, bail, Context as _, Result};
use serde_json::{json, Map, Value};

use crate::claims;
use crate::credentials::Environment;
use crate::exit::UsageError;
use crate::jws::{Alg, Signer};
use crate::mint::{self, MintOptions, Minter};
use crate::output::Format;
use crate::providers::{Opt, Service, Values};
use identity::FromHeader;

/// Where `serve` listens without `--listen`.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

/// `serve`'s own options, as plain values.
#[derive(Debug, Clone, Default)]
pub struct ServeOptions {
    /// `--listen ADDR:PORT`.
    pub listen: Option<String>,
    /// `--from-header OPTION=HEADER`, repeatable.
    pub from_header: Vec<String>,
    /// `--allow-public`: listen on a non-loopback address without identities from a proxy.
    pub allow_public: bool,
    /// `--allow-origin ORIGIN`, repeatable.
    pub allow_origin: Vec<String>,
    /// `--jwks-key PATH`, repeatable: more keys to publish (a rotation).
    pub jwks_keys: Vec<PathBuf>,
    /// `--issuer URL`.
    pub issuer: Option<String>,
    /// How the command line names `--issuer`: `--serve-issuer` where the service has an
    /// `--issuer` of its own (atlassian-connect).
    pub issuer_flag: String,
    /// `--quiet`: no access log.
    pub quiet: bool,
}

impl ServeOptions {
    /// How the command line names `--issuer` (`--issuer` when not set otherwise).
    fn issuer_flag(&self) -> &str {
        if self.issuer_flag.is_empty() {
            "--issuer"
        } else {
            &self.issuer_flag
        }
    }
}

/// Everything a request needs, loaded once.
pub(crate) struct App {
    pub service: &'static Service,
    /// The option values of the command line and profile; identities are set per request.
    pub values: Values,
    pub identities: Vec<FromHeader>,
    /// The shared options, `--format` set to `token` for `/token`…
    pub token_options: MintOptions,
    /// …and to `url` for `/login`, when the service has a URL form.
    pub url_options: Option<MintOptions>,
    pub claims_file: Option<Map<String, Value>>,
    pub facts: crate::providers::KeyFacts,
    pub signer: Signer,
    /// The JWKS document, `None` for an HMAC secret with no `--jwks-key`.
    pub jwks: Option<String>,
    /// The discovery document, or why there is none (an HMAC secret; tokens whose `iss` is
    /// another issuer).
    pub discovery: Result<String, String>,
    /// `--issuer` given: a token whose `iss` differs is an error, not a token.
    pub issuer: Option<String>,
    /// `--allow-origin`, as `scheme://host[:port]`.
    pub origins: Vec<String>,
    pub quiet: bool,
}

/// Validates everything, loads the key, binds, prints the URL on stdout, and serves until
/// SIGINT or SIGTERM.
pub fn run(
    service: &'static Service,
    values: Values,
    options: MintOptions,
    serve: &ServeOptions,
) -> Result<()> {
    let usage = |message: String| -> anyhow::Error { UsageError::new(message).into() };
    if options.batch.is_some() {
        bail!(usage("--batch does not apply to serve".into()));
    }
    if let Some(format) = options.format {
        bail!(usage(format!(
            "--format {} does not apply to serve: /token answers {{\"token\":…}}, /login \
             redirects to the signed URL",
            format.name()
        )));
    }
    mint::check_stdin_readers(&options, &values.file_paths(service.options))?;
    let identities = serve
        .from_header
        .iter()
        .map(|text| identity::parse(service, text))
        .collect::<Result<Vec<_>>>()?;
    for id in identities.iter().filter(|id| id.key.is_none()) {
        if values.origin(id.opt) == Some(&crate::providers::Origin::Flag) {
            bail!(usage(format!(
                "--{} is given on the command line and taken from the {} header: give one",
                id.opt.long, id.header
            )));
        }
    }
    let listen = listen_address(serve.listen.as_deref().unwrap_or(DEFAULT_LISTEN))?;
    if !listen.ip().is_loopback() && identities.is_empty() && !serve.allow_public {
        bail!(usage(format!(
            "--listen {listen} is not a loopback address: anyone who reaches it could get tokens. \
             Put an authenticating proxy in front and take who the token is for from its headers \
             (--from-header sub=X-Forwarded-User), or say --allow-public"
        )));
    }
    let origins = serve
        .allow_origin
        .iter()
        .map(|origin| parse_origin(origin))
        .collect::<Result<Vec<_>>>()?;
    let issuer_flag = serve.issuer_flag();
    let issuer = serve
        .issuer
        .as_deref()
        .map(|text| parse_issuer(issuer_flag, text))
        .transpose()?;
    mint::check_alg(service, options.alg)?;

    let mut values = values;
    values.read_files(service.options)?;
    let from_request: Vec<Opt> = service
        .options
        .iter()
        .filter(|opt| !identities.iter().any(|id| id.opt.long == opt.long))
        .copied()
        .collect();
    values.check_required(&from_request)?;
    let claims_file = match &options.claims_file {
        Some(path) => Some(claims::read_object_file(path, "claims file")?),
        None => None,
    };
    // Refused now, not on each request, even when the identity comes from a header.
    mint::refuse_guarded_given(service, &options, claims_file.as_ref())?;
    let with_format = |format: Format| MintOptions {
        format: Some(format),
        ..options.clone()
    };
    let token_options = with_format(Format::Token);
    mint::check_format_offered(service, Format::Token)?;
    // `/login` only where the service makes a URL from these options (Tiledesk needs --url):
    // a request cannot bring what is missing. Options that come from a request's headers may
    // be missing now; then the request tells.
    let url_options = service
        .formats
        .contains(&Format::Url)
        .then(|| with_format(Format::Url))
        .filter(
            |url_options| match Minter::new(service, &values, url_options) {
                Ok(minter) => minter.format().is_ok(),
                Err(_) => !identities.is_empty(),
            },
        );

    // The key, once (a passphrase is asked for now, before listening).
    let credential = crate::credentials::load_for(
        service,
        &options.keys,
        &Environment::from_process(),
        options.alg,
    )?;
    let alg = credential.alg;
    let facts = credential.facts;
    // A file's key or a store's (KMS, transit, PKCS#11, agent): the signer interface gives both.
    let public_spki = credential.material.public_spki()?;
    let signer = Signer::new(alg, credential.material)?;

    // A dry run, when nothing comes from the request: a request then cannot fail.
    let dry_run = if identities.is_empty() {
        let minter = Minter::new(service, &values, &token_options)?;
        minter.format()?;
        let (payload, _) =
            minter.checked_payload(claims_file.as_ref(), &facts, crate::time::now())?;
        let header = minter.header(&facts)?;
        minter.sign(&payload, &facts, &signer)?;
        Some((header, payload))
    } else {
        None
    };
    let token_iss = dry_run
        .as_ref()
        .and_then(|(_, payload)| payload.get("iss").and_then(Value::as_str))
        .map(str::to_string);
    if let (Some(issuer), Some(iss)) = (&issuer, &token_iss) {
        if issuer != iss {
            bail!(usage(format!(
                "{issuer_flag} {issuer} is not the `iss` the tokens carry ({iss}): a verifier that \
                 reads the discovery document would refuse them"
            )));
        }
    }

    // The published keys: the signing key's with the kid the tokens carry, then --jwks-key.
    let mut keys = Vec::new();
    if let Some(spki) = &public_spki {
        let mut jwk = crate::keys::jwk::public_jwk_from_spki(spki)?;
        let header_kid = dry_run
            .as_ref()
            .and_then(|(header, _)| header.get("kid").and_then(Value::as_str))
            .map(str::to_string);
        let kid = match header_kid
            .or_else(|| options.kid.clone())
            .or(facts.kid.clone())
        {
            Some(kid) if !options.kid_thumbprint => kid,
            _ => {
                if dry_run.is_some() && !options.kid_thumbprint && !serve.quiet {
                    crate::output::warn(
                        "the tokens carry no `kid`: the JWKS names the key by its thumbprint; \
                         add --kid-thumbprint so that JWKS clients can pick the key by kid",
                    );
                }
                crate::keys::jwk::jwk_thumbprint(&jwk)?
            }
        };
        jwk.insert("kid".into(), kid.into());
        jwk.insert("use".into(), "sig".into());
        jwk.insert("alg".into(), alg.name().into());
        keys.push(Value::Object(jwk));
    }
    for path in &serve.jwks_keys {
        keys.extend(published_keys(path, &options)?);
    }
    let jwks = (!keys.is_empty()).then(|| json!({ "keys": keys }).to_string());

    // Bind, then say where.
    let listener =
        TcpListener::bind(listen).with_context(|| format!("listening on {listen} (--listen)"))?;
    let bound = listener.local_addr().context("reading the bound address")?;
    let url = format!("http://{bound}");
    let discovery = discovery_document(
        public_spki.is_some(),
        issuer.as_deref().unwrap_or(&url),
        token_iss.as_deref(),
        alg,
        issuer_flag,
    );
    if let (Err(why), false) = (&discovery, serve.quiet || public_spki.is_none()) {
        crate::output::warn(format_args!("/.well-known/openid-configuration: {why}"));
    }
    let app = App {
        service,
        values,
        identities,
        token_options,
        url_options,
        claims_file,
        facts,
        signer,
        jwks,
        discovery,
        issuer,
        origins,
        quiet: serve.quiet,
    };
    let banner = format!(
        "jwtmint: serving {} tokens on {url} ({}); Ctrl-C stops",
        service.name,
        app.routes().join(", ")
    );
    server::run(app, listener, || {
        crate::output::print_result(&url)?;
        if !serve.quiet {
            eprintln!("{banner}");
        }
        Ok(())
    })
}

impl App {
    /// The paths that answer (the banner lists them): `/login` only for a service with a URL
    /// form, the JWKS only when there is a key to publish (never an HMAC secret), the discovery
    /// document only when there is one.
    fn routes(&self) -> Vec<&'static str> {
        let mut routes = vec!["/token"];
        if self.url_options.is_some() {
            routes.push("/login");
        }
        if self.jwks.is_some() {
            routes.push("/.well-known/jwks.json");
        }
        if self.discovery.is_ok() {
            routes.push("/.well-known/openid-configuration");
        }
        routes.push("/healthz");
        routes
    }
}

/// `ADDR:PORT`, `[IPv6]:PORT`, `localhost:PORT` or `:PORT` (loopback).
fn listen_address(text: &str) -> Result<SocketAddr> {
    let bad = |why: &str| -> anyhow::Error {
        UsageError::new(format!("--listen `{}`: {why}", text.escape_debug())).into()
    };
    if let Ok(addr) = text.parse::<SocketAddr>() {
        return Ok(addr);
    }
    let (host, port) = text
        .rsplit_once(':')
        .ok_or_else(|| bad("write ADDR:PORT, e.g. 127.0.0.1:8080"))?;
    let port: u16 = port
        .parse()
        .map_err(|_| bad("the port is not a number from 0 to 65535"))?;
    match host {
        "" | "localhost" => Ok(SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port)),
        _ => Err(bad(
            "give an IP address (127.0.0.1, 0.0.0.0, [::1]), not a host name",
        )),
    }
}

/// `--allow-origin`: `scheme://host[:port]` exactly as a browser sends it in `Origin`.
fn parse_origin(text: &str) -> Result<String> {
    let bad = |why: &str| -> anyhow::Error {
        UsageError::new(format!("--allow-origin `{}`: {why}", text.escape_debug())).into()
    };
    if text == "*" || text == "null" {
        return Err(bad(
            "name one origin (https://app.example.com): the token endpoint answers with \
             credentials, which a wildcard or `null` origin must never get",
        ));
    }
    let url =
        url::Url::parse(text).map_err(|_| bad("not an origin like https://app.example.com"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(bad("an origin is http:// or https:// with a host"));
    }
    if url.path() != "/"
        || url.query().is_some()
        || url.fragment().is_some()
        || !url.username().is_empty()
    {
        return Err(bad(
            "an origin has no path, query or user: scheme://host[:port]",
        ));
    }
    Ok(url.origin().ascii_serialization())
}

/// `--issuer`: an absolute http(s) URL without query or fragment; a trailing `/` is dropped so
/// that the well-known paths join it as verifiers join them.
fn parse_issuer(flag: &str, text: &str) -> Result<String> {
    let url = crate::providers::http_url(flag, text)
        .map_err(|e| anyhow!(UsageError::new(format!("{e:#}"))))?;
    if url.query().is_some() || url.fragment().is_some() {
        bail!(UsageError::new(format!(
            "{flag} {text}: an issuer has no query or fragment"
        )));
    }
    Ok(text.trim_end_matches('/').to_string())
}

/// The discovery document, or why there is none.
fn discovery_document(
    key_pair: bool,
    issuer: &str,
    token_iss: Option<&str>,
    alg: Alg,
    issuer_flag: &str,
) -> Result<String, String> {
    if !key_pair {
        return Err("the tokens are signed with an HMAC secret, which is never published".into());
    }
    if let Some(iss) = token_iss.filter(|iss| *iss != issuer) {
        return Err(format!(
            "the tokens carry iss {iss}, not this server's URL {issuer}: a verifier would refuse \
             them; give {issuer_flag} with the URL verifiers reach this server at, and set the tokens' \
             iss to it"
        ));
    }
    Ok(json!({
        "issuer": issuer,
        "jwks_uri": format!("{issuer}/.well-known/jwks.json"),
        "token_endpoint": format!("{issuer}/token"),
        "id_token_signing_alg_values_supported": [alg.name()],
        "response_types_supported": ["id_token"],
        "subject_types_supported": ["public"],
    })
    .to_string())
}

/// The public keys of a `--jwks-key` file: a JWK or JWKS (public members only, its `kid` and
/// `alg` kept; `kid` = the thumbprint when it has none), or a public key, certificate or
/// private key in PEM or DER.
fn published_keys(path: &std::path::Path, options: &MintOptions) -> Result<Vec<Value>> {
    use crate::keys::jwk;
    let name = crate::input::display(path);
    let context = || format!("--jwks-key {name}");
    let bytes = crate::input::read_path(path, "key").with_context(context)?;
    let entries: Vec<Map<String, Value>> = if jwk::looks_like_json(&bytes) {
        let document: Value = serde_json::from_slice(&bytes)
            .map_err(|e| anyhow!("not JSON: {e}"))
            .with_context(context)?;
        let list = match document {
            Value::Object(mut map) if map.contains_key("keys") => match map.remove("keys") {
                Some(Value::Array(keys)) => keys,
                _ => bail!("{}: `keys` is not an array", context()),
            },
            object @ Value::Object(_) => vec![object],
            _ => bail!("{}: not a JWK or JWKS object", context()),
        };
        let mut out = Vec::new();
        for entry in list {
            let Value::Object(entry) = entry else {
                bail!("{}: a key of the JWKS is not an object", context());
            };
            if entry.get("kty").and_then(Value::as_str) == Some("oct") {
                bail!(
                    "{}: an oct JWK is a secret: it is never published",
                    context()
                );
            }
            let spki = jwk::spki_from_public_jwk(&entry).with_context(context)?;
            let mut public = jwk::public_jwk_from_spki(&spki).with_context(context)?;
            for member in ["kid", "alg", "use"] {
                if let Some(Value::String(text)) = entry.get(member) {
                    public.insert(member.into(), Value::String(text.clone()));
                }
            }
            out.push(public);
        }
        out
    } else {
        let sources = crate::credentials::KeySources {
            passphrase_file: options.keys.passphrase_file.clone(),
            passphrase_command: options.keys.passphrase_command.clone(),
            ..Default::default()
        };
        let env = Environment::from_process();
        let (public, _) = crate::keys::public::parse_public_key(&bytes, &name, || {
            crate::credentials::private_key_from_bytes(&bytes, &name, &sources, &env)
        })?;
        let spki = public.spki.ok_or_else(|| {
            anyhow!(
                "{}: a PKCS#1 RSA public key; give it as SPKI (`openssl rsa -RSAPublicKey_in \
                 -pubout`), a certificate or the private key",
                context()
            )
        })?;
        vec![jwk::public_jwk_from_spki(&spki).with_context(context)?]
    };
    entries
        .into_iter()
        .map(|mut public| {
            if !public.contains_key("kid") {
                let kid = jwk::jwk_thumbprint(&public)?;
                public.insert("kid".into(), kid.into());
            }
            public
                .entry("use")
                .or_insert_with(|| Value::String("sig".into()));
            Ok(Value::Object(public))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listen_addresses() {
        assert_eq!(
            listen_address("127.0.0.1:0").unwrap(),
            "127.0.0.1:0".parse().unwrap()
        );
        assert_eq!(
            listen_address("localhost:80").unwrap(),
            "127.0.0.1:80".parse().unwrap()
        );
        assert_eq!(
            listen_address(":9").unwrap(),
            "127.0.0.1:9".parse().unwrap()
        );
        assert!(listen_address("[::1]:8080").unwrap().ip().is_loopback());
        for bad in ["8080", "example.com:80", "127.0.0.1:99999", "127.0.0.1:x"] {
            assert!(listen_address(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn origins() {
        assert_eq!(
            parse_origin("https://App.Example.com").unwrap(),
            "https://app.example.com"
        );
        assert_eq!(
            parse_origin("http://127.0.0.1:8000/").unwrap(),
            "http://127.0.0.1:8000"
        );
        assert_eq!(
            parse_origin("https://a.example:443").unwrap(),
            "https://a.example"
        );
        for bad in [
            "*",
            "null",
            "a.example",
            "https://a.example/x",
            "ftp://a.example",
        ] {
            assert!(parse_origin(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn issuers() {
        assert_eq!(
            parse_issuer("--issuer", "https://id.example.com/").unwrap(),
            "https://id.example.com"
        );
        assert!(parse_issuer("--issuer", "https://id.example.com/?x").is_err());
        let err = parse_issuer("--serve-issuer", "id.example.com").unwrap_err();
        assert!(err.to_string().starts_with("--serve-issuer"), "{err}");
    }

    #[test]
    fn discovery() {
        let doc =
            discovery_document(true, "http://127.0.0.1:1", None, Alg::RS256, "--issuer").unwrap();
        let doc: Value = serde_json::from_str(&doc).unwrap();
        assert_eq!(doc["jwks_uri"], "http://127.0.0.1:1/.well-known/jwks.json");
        assert_eq!(doc["id_token_signing_alg_values_supported"][0], "RS256");
        assert!(discovery_document(false, "http://a", None, Alg::HS256, "--issuer").is_err());
        let other = discovery_document(true, "http://a", Some("other"), Alg::RS256, "--x");
        assert!(other.unwrap_err().contains("give --x"));
        assert!(
            discovery_document(true, "http://a", Some("http://a"), Alg::RS256, "--issuer").is_ok()
        );
    }
}
