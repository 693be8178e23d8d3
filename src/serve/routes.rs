//! What `jwtmint serve` answers: the endpoints, CORS, and the status codes. Minting itself is
//! the command line's: [`Minter`] with the options and key loaded at start.

use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt as _, Full, Limited};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use serde_json::Value;

use super::identity::{self, IdentityError};
use super::App;
use crate::mint::{MintOptions, Minter};
use crate::output::{self, Format};
use crate::providers::Values;

/// The largest request body read. `/token` needs none (a client may send a small JSON object,
/// which is ignored); 64 KiB is plenty for any client and little for a server.
pub const MAX_BODY: usize = 64 * 1024;

pub type Body = Full<Bytes>;

/// Answers one request; also returns who the token was for, for the access line.
pub async fn handle(
    app: &Arc<App>,
    request: Request<hyper::body::Incoming>,
) -> (Response<Body>, String) {
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let origin = request
        .headers()
        .get(header::ORIGIN)
        .and_then(|value| value.to_str().ok())
        .map(str::to_string);
    let allowed = origin
        .as_deref()
        .filter(|origin| app.origins.iter().any(|o| o == origin))
        .map(str::to_string);
    let minting = matches!(path.as_str(), "/token" | "/login");
    let (mut response, who) = match (&method, path.as_str()) {
        (&Method::OPTIONS, "/token") => (preflight(&request, allowed.as_deref()), String::new()),
        _ if minting && origin.is_some() && allowed.is_none() && method != Method::OPTIONS => (
            error(
                StatusCode::FORBIDDEN,
                &format!(
                    "origin {} may not ask for tokens: start serve with --allow-origin {0}",
                    origin.as_deref().unwrap_or_default().escape_debug()
                ),
            ),
            String::new(),
        ),
        (&Method::GET | &Method::POST, "/token") => token(app, request).await,
        (&Method::GET, "/login") => {
            let headers = request.headers().clone();
            let query = request.uri().query().unwrap_or_default().to_string();
            on_worker(app, move |app| login(app, &headers, &query)).await
        }
        (&Method::GET | &Method::HEAD, "/healthz") => (
            plain(StatusCode::OK, "text/plain; charset=utf-8", "ok\n".into()),
            String::new(),
        ),
        (&Method::GET | &Method::HEAD, "/.well-known/jwks.json") => (
            match &app.jwks {
                Some(jwks) => published(jwks),
                None => error(
                    StatusCode::NOT_FOUND,
                    "no JWKS: the tokens are signed with an HMAC secret, which is never published",
                ),
            },
            String::new(),
        ),
        (&Method::GET | &Method::HEAD, "/.well-known/openid-configuration") => (
            match &app.discovery {
                Ok(document) => published(document),
                Err(why) => error(
                    StatusCode::NOT_FOUND,
                    &format!("no discovery document: {why}"),
                ),
            },
            String::new(),
        ),
        (
            _,
            "/token"
            | "/login"
            | "/healthz"
            | "/.well-known/jwks.json"
            | "/.well-known/openid-configuration",
        ) => {
            let mut response = error(StatusCode::METHOD_NOT_ALLOWED, "method not allowed");
            let allow = match path.as_str() {
                "/token" => "GET, POST, OPTIONS",
                "/login" => "GET",
                _ => "GET, HEAD",
            };
            response
                .headers_mut()
                .insert(header::ALLOW, HeaderValue::from_static(allow));
            (response, String::new())
        }
        _ => (error(StatusCode::NOT_FOUND, "not found"), String::new()),
    };
    if let (Some(origin), "/token") = (&allowed, path.as_str()) {
        cors_headers(&mut response, origin);
    }
    (response, who)
}

/// `POST`/`GET /token`: `{"token":"…"}`.
async fn token(
    app: &Arc<App>,
    request: Request<hyper::body::Incoming>,
) -> (Response<Body>, String) {
    let (parts, body) = request.into_parts();
    let values = match identities(app, &parts.headers) {
        Ok(values) => values,
        Err(response) => return (response, String::new()),
    };
    let who = identity::describe(&app.identities, &values);
    if parts.method == Method::POST {
        if let Err(response) = read_body(&parts.headers, body).await {
            return (response, who);
        }
    }
    let (response, _) = on_worker(app, move |app| {
        let response = match mint_one(app, &values, &app.token_options) {
            Ok((minter, token)) => match minter.render(Format::Token, &token) {
                Ok(text) => {
                    let mut response = plain(
                        StatusCode::OK,
                        "application/json",
                        output::token_json(&text),
                    );
                    no_store(&mut response);
                    response
                }
                Err(e) => mint_error(app, &e),
            },
            Err(e) => mint_error(app, &e),
        };
        (response, String::new())
    })
    .await;
    (response, who)
}

/// Runs minting (CPU-bound: signing) on the runtime's blocking threads, one per core, so the
/// thread that accepts and reads connections is never held up by it.
async fn on_worker(
    app: &Arc<App>,
    work: impl FnOnce(&App) -> (Response<Body>, String) + Send + 'static,
) -> (Response<Body>, String) {
    let app = app.clone();
    match tokio::task::spawn_blocking(move || work(&app)).await {
        Ok(answered) => answered,
        Err(_) => (
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "minting stopped unexpectedly",
            ),
            String::new(),
        ),
    }
}

/// `GET /login[?redirect=PAGE]`: `302` to the signed URL.
fn login(app: &App, headers: &hyper::HeaderMap, query: &str) -> (Response<Body>, String) {
    let Some(options) = &app.url_options else {
        return (
            error(
                StatusCode::NOT_FOUND,
                &format!("{} has no login URL: ask /token", app.service.name),
            ),
            String::new(),
        );
    };
    let values = match identities(app, headers) {
        Ok(values) => values,
        Err(response) => return (response, String::new()),
    };
    let who = identity::describe(&app.identities, &values);
    let mut redirect = None;
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        if name == "redirect" {
            if redirect.is_some() {
                return (
                    error(
                        StatusCode::BAD_REQUEST,
                        "`redirect` is given more than once",
                    ),
                    who,
                );
            }
            redirect = Some(value.into_owned());
        }
    }
    let (minter, token) = match mint_one(app, &values, options) {
        Ok(minted) => minted,
        Err(e) => return (mint_error(app, &e), who),
    };
    let url = match redirect.filter(|target| !target.is_empty()) {
        Some(target) => match minter.provider.redirect_url(&token, &target) {
            Ok(url) => url,
            Err(e) => return (error(StatusCode::BAD_REQUEST, &format!("{e:#}")), who),
        },
        None => match minter.render(Format::Url, &token) {
            Ok(url) => url,
            Err(e) => return (mint_error(app, &e), who),
        },
    };
    let Ok(location) = HeaderValue::from_str(&url) else {
        return (
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the signed URL is not a valid Location header",
            ),
            who,
        );
    };
    let mut response = plain(
        StatusCode::FOUND,
        "text/plain; charset=utf-8",
        String::new(),
    );
    response.headers_mut().insert(header::LOCATION, location);
    no_store(&mut response);
    (response, who)
}

/// The command line's values with the request's identities set.
fn identities(app: &App, headers: &hyper::HeaderMap) -> Result<Values, Response<Body>> {
    let mut values = app.values.clone();
    identity::apply(&app.identities, &mut values, |name| {
        headers
            .get_all(name)
            .iter()
            .map(HeaderValue::as_bytes)
            .collect()
    })
    .map_err(|e| match e {
        IdentityError::Missing(_) => error(StatusCode::UNAUTHORIZED, &e.to_string()),
        IdentityError::Bad(_) => error(StatusCode::BAD_REQUEST, &e.to_string()),
    })?;
    Ok(values)
}

/// Reads a POST body, at most [`MAX_BODY`]: empty, or a JSON object (its contents are not
/// used: who the token is for never comes from the client).
async fn read_body(
    headers: &hyper::HeaderMap,
    body: hyper::body::Incoming,
) -> Result<(), Response<Body>> {
    let too_large = || {
        error(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!("the body is larger than {} KiB", MAX_BODY >> 10),
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > MAX_BODY as u64) {
        return Err(too_large());
    }
    let bytes = match Limited::new(body, MAX_BODY).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => return Err(too_large()),
        Err(_) => return Err(error(StatusCode::BAD_REQUEST, "the body could not be read")),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(_)) => Ok(()),
        _ => Err(error(
            StatusCode::BAD_REQUEST,
            "the body must be empty or a JSON object",
        )),
    }
}

/// The command line's minting steps with the key loaded at start: the token, and the minter
/// that renders it.
fn mint_one<'a>(
    app: &App,
    values: &Values,
    options: &'a MintOptions,
) -> anyhow::Result<(Minter<'a>, String)> {
    let minter = Minter::new(app.service, values, options)?;
    minter.format()?;
    let (payload, warnings) =
        minter.checked_payload(app.claims_file.as_ref(), &app.facts, crate::time::now())?;
    if !app.quiet {
        for warning in warnings {
            output::warn(warning);
        }
    }
    if let Some(issuer) = &app.issuer {
        if let Some(iss) = payload.get("iss").and_then(Value::as_str) {
            if iss != issuer {
                anyhow::bail!("the token's iss {iss} is not --issuer {issuer}");
            }
        }
    }
    let token = minter.sign(&payload, &app.facts, &app.signer)?;
    Ok((minter, token))
}

/// A failed mint: with identities from headers it is the request's value (400); without, the
/// dry run at start passed, so it is the server's (500).
fn mint_error(app: &App, e: &anyhow::Error) -> Response<Body> {
    let status = if app.identities.is_empty() {
        StatusCode::INTERNAL_SERVER_ERROR
    } else {
        StatusCode::BAD_REQUEST
    };
    error(status, &format!("{e:#}"))
}

/// A CORS preflight for `/token`: allowed origins only.
fn preflight(request: &Request<hyper::body::Incoming>, allowed: Option<&str>) -> Response<Body> {
    let Some(origin) = allowed else {
        return error(
            StatusCode::FORBIDDEN,
            "this origin may not ask for tokens (see --allow-origin)",
        );
    };
    let mut response = plain(
        StatusCode::NO_CONTENT,
        "text/plain; charset=utf-8",
        String::new(),
    );
    let headers = response.headers_mut();
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, POST"),
    );
    // The headers the page asks to send, when they are plain header names.
    if let Some(asked) = request
        .headers()
        .get(header::ACCESS_CONTROL_REQUEST_HEADERS)
        .filter(|v| {
            v.as_bytes()
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || b"-_, ".contains(b))
        })
    {
        headers.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, asked.clone());
    }
    headers.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("600"),
    );
    cors_headers(&mut response, origin);
    response
}

fn cors_headers(response: &mut Response<Body>, origin: &str) {
    let headers = response.headers_mut();
    if let Ok(origin) = HeaderValue::from_str(origin) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_CREDENTIALS,
            HeaderValue::from_static("true"),
        );
    }
    headers.append(header::VARY, HeaderValue::from_static("Origin"));
}

/// A public JSON document (JWKS, discovery): cacheable for a minute, so a rotation shows soon.
fn published(document: &str) -> Response<Body> {
    let mut response = plain(StatusCode::OK, "application/json", document.to_string());
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60"),
    );
    response
}

fn no_store(response: &mut Response<Body>) {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

/// `{"error":"…"}` with this status.
pub fn error(status: StatusCode, message: &str) -> Response<Body> {
    let body = serde_json::json!({ "error": message }).to_string();
    let mut response = plain(status, "application/json", body);
    no_store(&mut response);
    response
}

fn plain(status: StatusCode, content_type: &'static str, body: String) -> Response<Body> {
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response.headers_mut().insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}
