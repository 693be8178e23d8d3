//! The one HTTP client: Vault/OpenBao transit signing (`src/keys/`), and the JWKS fetches of
//! `inspect --jwks-url` and `serve`.
//!
//! - TLS is rustls on aws-lc-rs (the crypto jsonwebtoken already links; ring is never built),
//!   verified against Mozilla's roots, or only against the certificates of a CA file when the
//!   caller is given one (`VAULT_CACERT`: it replaces the roots, as Vault's own client and
//!   `curl --cacert` do).
//! - Plain `http://` only to loopback (`127.0.0.0/8`, `::1`, `localhost`): anything else would
//!   send a token or a credential in the clear. [`require_secure`] is the check every caller
//!   makes on a URL before it is used.
//! - Bounded time: a connect time-out and a total time-out per request (connect, send, and the
//!   whole body), by default [`DEFAULT_TIMEOUT`], settable with `JWTMINT_REMOTE_TIMEOUT`
//!   ([`remote_timeout`]). Responses are read up to a size cap the caller names.
//! - No redirects unless the caller asks, and then never from https to http.
//! - Errors name the host and path, never the query, the user-info, a header or a body: a
//!   token or a credential cannot end up in a message.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use url::{Host, Url};

use crate::exit::UsageError;

/// The total time-out of a request when `JWTMINT_REMOTE_TIMEOUT` is unset.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The longest connect time-out: a store that does not answer a TCP handshake within this is
/// down, whatever the total budget.
pub const MAX_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The range `JWTMINT_REMOTE_TIMEOUT` may take: under a second cannot finish a TLS handshake
/// across a continent; over ten minutes is a hang, not a time-out.
const TIMEOUT_RANGE: (u64, u64) = (1, 600);

/// The environment variable that sets the total time-out of every network call.
pub const TIMEOUT_ENV: &str = "JWTMINT_REMOTE_TIMEOUT";

/// The total time-out from `JWTMINT_REMOTE_TIMEOUT` (a duration such as `30s`, `2m`), else
/// [`DEFAULT_TIMEOUT`]. A bad value is a usage error.
pub fn remote_timeout() -> Result<Duration> {
    match std::env::var(TIMEOUT_ENV) {
        Ok(text) => parse_timeout(&text).map_err(|e| anyhow!(UsageError::new(e))),
        Err(std::env::VarError::NotPresent) => Ok(DEFAULT_TIMEOUT),
        Err(std::env::VarError::NotUnicode(_)) => Err(anyhow!(UsageError::new(format!(
            "{TIMEOUT_ENV} is not valid UTF-8"
        )))),
    }
}

/// Parses a time-out with the project's duration parser and checks its range.
pub fn parse_timeout(text: &str) -> Result<Duration, String> {
    let secs = crate::time::parse_duration(text).map_err(|e| format!("{TIMEOUT_ENV}: {e}"))?;
    let (low, high) = TIMEOUT_RANGE;
    if secs < low as i64 || secs > high as i64 {
        return Err(format!(
            "{TIMEOUT_ENV}={}: must be between {low}s and {high}s",
            text.trim()
        ));
    }
    Ok(Duration::from_secs(secs as u64))
}

/// Whether a URL's host is a loopback address (or `localhost`), where plain http stays on the
/// machine.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        Some(Host::Domain(name)) => {
            let name = name.trim_end_matches('.');
            name.eq_ignore_ascii_case("localhost")
                || name.to_ascii_lowercase().ends_with(".localhost")
        }
        None => false,
    }
}

/// The check every caller makes before using a URL: `https`, or `http` to loopback.
/// The message names the URL as [`redact`] shows it.
pub fn require_secure(url: &Url) -> Result<(), String> {
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(url) => Ok(()),
        "http" => Err(format!(
            "{} uses plain http: only https is allowed, except to a loopback address (127.0.0.1, ::1, localhost)",
            redact(url)
        )),
        other => Err(format!(
            "{}: scheme `{other}` is not supported, use https",
            redact(url)
        )),
    }
}

/// A URL as it may appear in a message: scheme, host, port and path; no user-info, query or
/// fragment (where tokens and credentials travel).
pub fn redact(url: &Url) -> String {
    let mut shown = format!("{}://", url.scheme());
    match url.host() {
        Some(Host::Ipv6(ip)) => shown.push_str(&format!("[{ip}]")),
        Some(host) => shown.push_str(&host.to_string()),
        None => {}
    }
    if let Some(port) = url.port() {
        shown.push_str(&format!(":{port}"));
    }
    shown.push_str(url.path());
    shown
}

/// How a [`Client`] is set up.
#[derive(Debug, Clone)]
pub struct Options {
    /// The total time-out of one request, from connecting to the end of the body.
    pub timeout: Duration,
    /// Trust only the certificates in this PEM file instead of Mozilla's roots.
    pub ca_file: Option<PathBuf>,
    /// How many redirects to follow (0: a 3xx is returned as it is). Never https → http.
    pub max_redirects: u32,
}

impl Options {
    /// The defaults with the total time-out from [`remote_timeout`].
    pub fn from_env() -> Result<Options> {
        Ok(Options {
            timeout: remote_timeout()?,
            ca_file: None,
            max_redirects: 0,
        })
    }
}

/// A response: the status, the body (at most the cap the request named), and `Retry-After`
/// in seconds when the server sent one, for the caller's back-off.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
    pub retry_after: Option<Duration>,
}

impl Response {
    /// Whether a retry may help: 429 Too Many Requests, or a 5xx.
    pub fn is_retryable(&self) -> bool {
        self.status == 429 || (500..=599).contains(&self.status)
    }

    pub fn is_success(&self) -> bool {
        (200..=299).contains(&self.status)
    }
}

/// An HTTP client with the rules above. Cheap to clone; share one across threads.
#[derive(Clone)]
pub struct Client {
    agent: ureq::Agent,
    timeout: Duration,
}

impl Client {
    pub fn new(options: &Options) -> Result<Client> {
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let mut tls = ureq::tls::TlsConfig::builder()
            .provider(ureq::tls::TlsProvider::Rustls)
            .unversioned_rustls_crypto_provider(provider);
        if let Some(path) = &options.ca_file {
            tls = tls.root_certs(read_ca_file(path)?);
        }
        let connect = options.timeout.min(MAX_CONNECT_TIMEOUT);
        let config = ureq::Agent::config_builder()
            .tls_config(tls.build())
            .http_status_as_error(false)
            .max_redirects(options.max_redirects)
            .max_redirects_will_error(false)
            .https_only(false)
            .user_agent(concat!("jwtmint/", env!("CARGO_PKG_VERSION")))
            .timeout_connect(Some(connect))
            .timeout_global(Some(options.timeout))
            .build();
        Ok(Client {
            agent: config.into(),
            timeout: options.timeout,
        })
    }

    /// GET `url` with these headers, reading at most `max_body` bytes of the response.
    pub fn get(&self, url: &Url, headers: &[(&str, &str)], max_body: u64) -> Result<Response> {
        self.check(url)?;
        let mut request = self.agent.get(url.as_str());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.finish(url, request.call(), max_body)
    }

    /// POST a JSON body to `url` with these headers, reading at most `max_body` bytes back.
    pub fn post_json(
        &self,
        url: &Url,
        headers: &[(&str, &str)],
        body: &serde_json::Value,
        max_body: u64,
    ) -> Result<Response> {
        self.check(url)?;
        let bytes = serde_json::to_vec(body).context("encoding a request body")?;
        let mut request = self
            .agent
            .post(url.as_str())
            .header("Content-Type", "application/json");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.finish(url, request.send(&bytes[..]), max_body)
    }

    fn check(&self, url: &Url) -> Result<()> {
        require_secure(url).map_err(|e| anyhow!(UsageError::new(e)))
    }

    fn finish(
        &self,
        url: &Url,
        result: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
        max_body: u64,
    ) -> Result<Response> {
        let mut response = result.map_err(|e| self.describe(url, e))?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(|s| Duration::from_secs(s.min(60)));
        let body = response
            .body_mut()
            .with_config()
            .limit(max_body)
            .read_to_vec()
            .map_err(|e| self.describe(url, e))?;
        Ok(Response {
            status,
            body,
            retry_after,
        })
    }

    /// One line for a failed request: what went wrong and where, never the query, a header or
    /// a body. ureq's own text for some errors quotes the URL, so each kind is worded here.
    fn describe(&self, url: &Url, error: ureq::Error) -> anyhow::Error {
        use ureq::Error as E;
        let place = redact(url);
        let what = match error {
            E::Timeout(ureq::Timeout::Connect) | E::Timeout(ureq::Timeout::Resolve) => format!(
                "no connection within {}s",
                self.timeout.min(MAX_CONNECT_TIMEOUT).as_secs()
            ),
            E::Timeout(_) => format!(
                "no complete answer within {}s (set {TIMEOUT_ENV} to wait longer)",
                self.timeout.as_secs()
            ),
            E::HostNotFound => "host not found".to_string(),
            E::ConnectionFailed => "connection refused or unreachable".to_string(),
            // rustls's certificate errors reach here wrapped in an io::Error.
            E::Io(e) => match e
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
            {
                Some(tls) => format!("TLS: {tls}"),
                None => format!("connection failed: {}", e.kind()),
            },
            E::BodyExceedsLimit(limit) => format!("the response is larger than {limit} bytes"),
            E::TooManyRedirects | E::RedirectFailed => "too many or bad redirects".to_string(),
            E::RequireHttpsOnly(_) => "a redirect to plain http was refused".to_string(),
            E::Tls(e) => format!("TLS: {e}"),
            E::Rustls(e) => format!("TLS: {e}"),
            E::Pem(_) => "TLS: a bad PEM certificate".to_string(),
            E::InvalidProxyUrl => "the proxy URL in the environment is not valid".to_string(),
            E::BadUri(_) | E::Http(_) => "the URL is not valid".to_string(),
            E::Protocol(_) => "the server's answer is not valid HTTP".to_string(),
            _ => "the request failed".to_string(),
        };
        anyhow!("{place}: {what}")
    }
}

/// The certificates of a PEM CA file, as the only roots to trust.
fn read_ca_file(path: &std::path::Path) -> Result<ureq::tls::RootCerts> {
    let pem = std::fs::read(path).with_context(|| format!("reading CA file {}", path.display()))?;
    let mut certs = Vec::new();
    for item in ureq::tls::parse_pem(&pem) {
        match item {
            Ok(ureq::tls::PemItem::Certificate(cert)) => certs.push(cert),
            Ok(_) => {}
            Err(_) => bail!("CA file {}: not valid PEM", path.display()),
        }
    }
    if certs.is_empty() {
        bail!("CA file {}: no CERTIFICATE in it", path.display());
    }
    Ok(ureq::tls::RootCerts::new_with_certs(&certs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::net::TcpListener;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn loopback_is_recognised() {
        for ok in [
            "http://127.0.0.1:8200/",
            "http://127.9.9.9/",
            "http://[::1]:80/x",
            "http://localhost:1/",
            "http://LOCALHOST./",
            "http://vault.localhost/",
        ] {
            assert!(is_loopback(&url(ok)), "{ok}");
            assert!(require_secure(&url(ok)).is_ok(), "{ok}");
        }
        for bad in [
            "http://10.0.0.1/",
            "http://example.com/",
            "http://localhost.example.com/",
            "http://[::2]/",
            "http://0.0.0.0/",
        ] {
            assert!(!is_loopback(&url(bad)), "{bad}");
            assert!(require_secure(&url(bad)).is_err(), "{bad}");
        }
        assert!(require_secure(&url("https://example.com/")).is_ok());
        assert!(require_secure(&url("ftp://example.com/"))
            .unwrap_err()
            .contains("ftp"));
    }

    #[test]
    fn redact_drops_credentials_and_query() {
        let shown = redact(&url(
            "https://user:hunter2@vault.example:8200/v1/transit/sign/k?token=abc#frag",
        ));
        assert_eq!(shown, "https://vault.example:8200/v1/transit/sign/k");
        assert_eq!(redact(&url("http://[::1]:9/a")), "http://[::1]:9/a");
    }

    #[test]
    fn timeouts_parse_and_are_bounded() {
        assert_eq!(parse_timeout("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_timeout("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_timeout("5").unwrap(), Duration::from_secs(5));
        assert!(parse_timeout("0s").is_err());
        assert!(parse_timeout("-5s").is_err());
        assert!(parse_timeout("11m")
            .unwrap_err()
            .contains("between 1s and 600s"));
        assert!(parse_timeout("soon").unwrap_err().contains(TIMEOUT_ENV));
    }

    /// A one-shot server on loopback that answers one request with `reply` and hands back
    /// what it was sent.
    fn serve_once(reply: &'static str) -> (Url, std::thread::JoinHandle<String>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let handle = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().unwrap();
            let mut seen = Vec::new();
            let mut buf = [0u8; 4096];
            loop {
                let n = stream.read(&mut buf).unwrap();
                seen.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&seen);
                if let Some(end) = text.find("\r\n\r\n") {
                    let length = text
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse::<usize>().unwrap())
                        })
                        .unwrap_or(0);
                    if seen.len() >= end + 4 + length {
                        break;
                    }
                }
                if n == 0 {
                    break;
                }
            }
            stream.write_all(reply.as_bytes()).unwrap();
            String::from_utf8_lossy(&seen).into_owned()
        });
        (
            url(&format!("http://127.0.0.1:{port}/v1/x?token=secret")),
            handle,
        )
    }

    fn client(timeout: u64) -> Client {
        Client::new(&Options {
            timeout: Duration::from_secs(timeout),
            ca_file: None,
            max_redirects: 0,
        })
        .unwrap()
    }

    #[test]
    fn posts_json_and_reads_status_body_and_retry_after() {
        let (u, server) = serve_once(
            "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 3\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
        );
        let response = client(5)
            .post_json(
                &u,
                &[("X-Vault-Token", "s.abc")],
                &serde_json::json!({"a": 1}),
                1024,
            )
            .unwrap();
        assert_eq!(response.status, 429);
        assert!(response.is_retryable());
        assert_eq!(response.retry_after, Some(Duration::from_secs(3)));
        assert_eq!(response.body, b"{}");
        let seen = server.join().unwrap();
        assert!(seen.starts_with("POST /v1/x?token=secret HTTP/1.1"));
        assert!(seen.to_ascii_lowercase().contains("x-vault-token: s.abc"));
        assert!(seen.ends_with("{\"a\":1}"));
    }

    #[test]
    fn a_body_over_the_cap_is_an_error_without_the_query() {
        let (u, server) = serve_once(
            "HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\n0123456789",
        );
        let error = client(5).get(&u, &[], 4).unwrap_err().to_string();
        server.join().unwrap();
        assert!(error.contains("larger than 4 bytes"), "{error}");
        assert!(error.starts_with("http://127.0.0.1:"), "{error}");
        assert!(!error.contains("secret"), "{error}");
    }

    #[test]
    fn a_silent_server_times_out_within_the_budget() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let u = url(&format!(
            "http://127.0.0.1:{}/v1/x",
            listener.local_addr().unwrap().port()
        ));
        let started = std::time::Instant::now();
        let error = client(1).get(&u, &[], 1024).unwrap_err().to_string();
        assert!(started.elapsed() < Duration::from_secs(5));
        assert!(error.contains("within 1s"), "{error}");
        drop(listener);
    }

    #[test]
    fn a_refused_connection_and_plain_http_elsewhere_are_errors() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        let error = client(2)
            .get(&url(&format!("http://127.0.0.1:{port}/")), &[], 10)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("refused") || error.contains("failed"),
            "{error}"
        );
        let error = client(2)
            .get(&url("http://example.com/?t=1"), &[], 10)
            .unwrap_err();
        assert_eq!(crate::exit::code_for(&error), crate::exit::USAGE);
        assert!(!error.to_string().contains("t=1"));
    }

    #[test]
    fn a_ca_file_without_certificates_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ca.pem");
        std::fs::write(&path, "nothing here").unwrap();
        let error = Client::new(&Options {
            timeout: Duration::from_secs(1),
            ca_file: Some(path),
            max_redirects: 0,
        })
        .err()
        .unwrap()
        .to_string();
        assert!(error.contains("no CERTIFICATE"), "{error}");
    }
}
