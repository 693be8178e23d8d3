//! `jwtmint serve`: the real binary on a loopback port the kernel picks, spoken to over plain
//! TCP (no HTTP client library: the hostile requests need raw bytes anyway), stopped by the
//! test with SIGTERM.
#![cfg(all(unix, feature = "serve"))]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{fixture, jwtmint, run};
use jwtmint::providers::{Service, REGISTRY};
use serde_json::Value;

/// A running `jwtmint serve`, killed when dropped.
struct Server {
    child: Child,
    /// `127.0.0.1:PORT`.
    addr: String,
    stderr: Option<std::process::ChildStderr>,
}

impl Server {
    fn start(args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_jwtmint"))
            .env_clear()
            .env("HOME", "/nonexistent/jwtmint-test-home")
            .arg("serve")
            .args(args)
            .args(["--listen", "127.0.0.1:0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting jwtmint serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let Some(addr) = line.trim().strip_prefix("http://").map(str::to_string) else {
            let mut stderr = String::new();
            let _ = child.stderr.take().unwrap().read_to_string(&mut stderr);
            let _ = child.kill();
            panic!("serve {args:?}: the first stdout line is not the URL but {line:?}; {stderr}");
        };
        let stderr = child.stderr.take();
        Server {
            child,
            addr,
            stderr,
        }
    }

    /// Sends `raw` on a new connection and reads the answer until the server closes.
    fn raw(&self, raw: &[u8]) -> Answer {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        let _ = stream.write_all(raw);
        read_answer(&mut stream)
    }

    /// A request with `Connection: close`, the given extra header lines and body.
    fn request(&self, method: &str, path: &str, headers: &[&str], body: &str) -> Answer {
        let mut text = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.addr
        );
        for header in headers {
            text.push_str(header);
            text.push_str("\r\n");
        }
        if !body.is_empty() || method == "POST" {
            text.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        text.push_str("\r\n");
        text.push_str(body);
        self.raw(text.as_bytes())
    }

    fn get(&self, path: &str) -> Answer {
        self.request("GET", path, &[], "")
    }

    fn token(&self, headers: &[&str]) -> String {
        let answer = self.request("POST", "/token", headers, "");
        assert_eq!(answer.status, 200, "{answer:?}");
        answer.json()["token"].as_str().unwrap().to_string()
    }

    /// SIGTERM, then the exit code and everything on stderr.
    fn stop(mut self) -> (Option<i32>, String) {
        terminate(&self.child);
        let status = wait(&mut self.child, Duration::from_secs(15));
        let mut stderr = String::new();
        if let Some(mut pipe) = self.stderr.take() {
            pipe.read_to_string(&mut stderr).unwrap();
        }
        (status, stderr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn terminate(child: &Child) {
    // SAFETY: kill(2) on our own child's pid.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGTERM);
    }
}

fn wait(child: &mut Child, limit: Duration) -> Option<i32> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code();
        }
        assert!(start.elapsed() < limit, "the server did not stop");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[derive(Debug)]
struct Answer {
    /// 0 when the server closed the connection without an answer.
    status: u16,
    head: String,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {self:?}"))
    }
}

fn read_answer(stream: &mut TcpStream) -> Answer {
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Answer {
        status,
        head: head.to_string(),
        body: body.to_string(),
    }
}

fn payload(token: &str) -> Value {
    common::decode_unverified(token).1
}

fn header(token: &str) -> Value {
    common::decode_unverified(token).0
}

fn rsa_key() -> String {
    fixture("rsa2048-pkcs1.pem").display().to_string()
}

fn secret() -> String {
    fixture("hmac-secret-64.txt").display().to_string()
}

/// RS256 is deterministic: with `--iat` fixed, `/token` answers the very token the command
/// line prints.
#[test]
fn token_is_the_command_lines_token() {
    let key = rsa_key();
    let args = [
        "sign",
        "--key",
        &key,
        "--sub",
        "joe",
        "--iat",
        "1700000000",
        "--expires-in",
        "1h",
    ];
    let server = Server::start(&args);
    let answer = server.request("POST", "/token", &[], "");
    assert_eq!(answer.status, 200, "{answer:?}");
    assert_eq!(answer.header("content-type").unwrap(), "application/json");
    assert_eq!(answer.header("cache-control").unwrap(), "no-store");
    assert_eq!(answer.header("access-control-allow-origin"), None);
    let served = answer.json()["token"].as_str().unwrap().to_string();
    let cli = common::one_line(jwtmint().args(args));
    assert_eq!(served, cli);
    assert_eq!(server.get("/token").json()["token"], cli);
    assert_eq!(server.get("/healthz").status, 200);
    assert_eq!(server.get("/nope").status, 404);
    assert_eq!(server.request("DELETE", "/token", &[], "").status, 405);
    // A JSON object body is fine (and ignored); anything else is 400.
    assert_eq!(
        server
            .request("POST", "/token", &[], "{\"sub\":\"admin\"}")
            .json()["token"],
        cli
    );
    let bad = server.request(
        "POST",
        "/token",
        &["Content-Type: application/json"],
        "{\"a\":",
    );
    assert_eq!(bad.status, 400);
    assert!(bad.json()["error"]
        .as_str()
        .unwrap()
        .contains("JSON object"));
    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("\"POST /token\" 200"), "{stderr}");
    assert!(!stderr.contains(&cli[..40]), "a token in the log: {stderr}");
}

#[test]
fn jwks_and_discovery_name_the_tokens_key() {
    let key = rsa_key();
    let extra = fixture("ec-p256.pub.pem").display().to_string();
    let server = Server::start(&[
        "sign",
        "--key",
        &key,
        "--kid-thumbprint",
        "--sub",
        "joe",
        "--jwks-key",
        &extra,
    ]);
    let token = server.token(&[]);
    let kid = header(&token)["kid"].as_str().unwrap().to_string();
    let thumbprint =
        common::one_line(jwtmint().args(["public-key", "--key", &key, "--thumbprint"]));
    assert_eq!(kid, thumbprint);
    let jwks = server.get("/.well-known/jwks.json");
    assert_eq!(jwks.status, 200);
    let keys = jwks.json()["keys"].as_array().unwrap().clone();
    assert_eq!(keys.len(), 2);
    assert_eq!(keys[0]["kid"], kid.as_str());
    assert_eq!(keys[0]["alg"], "RS256");
    assert_eq!(keys[0]["use"], "sig");
    assert!(keys[0].get("d").is_none());
    assert_eq!(keys[1]["kty"], "EC");
    assert!(keys[1]["kid"].is_string());
    let discovery = server.get("/.well-known/openid-configuration").json();
    let url = format!("http://{}", server.addr);
    assert_eq!(discovery["issuer"], url.as_str());
    assert_eq!(
        discovery["jwks_uri"],
        format!("{url}/.well-known/jwks.json")
    );
    assert_eq!(discovery["token_endpoint"], format!("{url}/token"));
    assert_eq!(
        discovery["id_token_signing_alg_values_supported"][0],
        "RS256"
    );
}

/// The routes the start-up line lists.
fn banner_routes(stderr: &str) -> Vec<String> {
    let banner = stderr
        .lines()
        .find(|line| line.starts_with("jwtmint: serving "))
        .unwrap_or_else(|| panic!("no start-up line: {stderr}"));
    let (_, routes) = banner.split_once(" (").unwrap();
    let (routes, _) = routes.split_once(')').unwrap();
    routes.split(", ").map(str::to_string).collect()
}

/// The start-up line lists the routes that answer, and no other: with an HMAC secret the JWKS
/// and discovery document answer 404, so it does not offer them.
#[test]
fn hmac_secrets_are_never_published() {
    let secret = secret();
    let server = Server::start(&["sign", "--secret-file", &secret, "--sub", "joe"]);
    assert_eq!(payload(&server.token(&[]))["sub"], "joe");
    assert_eq!(server.get("/.well-known/jwks.json").status, 404);
    assert_eq!(server.get("/.well-known/openid-configuration").status, 404);
    assert_eq!(server.get("/login").status, 404);
    let (_, stderr) = server.stop();
    assert_eq!(banner_routes(&stderr), ["/token", "/healthz"], "{stderr}");

    let key = rsa_key();
    let server = Server::start(&["sign", "--key", &key, "--kid-thumbprint", "--sub", "joe"]);
    let (_, stderr) = server.stop();
    assert_eq!(
        banner_routes(&stderr),
        [
            "/token",
            "/.well-known/jwks.json",
            "/.well-known/openid-configuration",
            "/healthz"
        ],
        "{stderr}"
    );
}

/// The arguments in `tests/fixtures/registry/NAME.args` (one a line; `#` lines are comments):
/// what mints one of the service's tokens.
fn registry_args(service: &Service) -> Vec<String> {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/registry")
        .join(format!("{}.args", service.name));
    std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()))
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// Services that `serve` does not take, each with the reason. Empty: every minting service is
/// served, with the options minting gives it (a service option named like one of serve's own
/// keeps its name; serve's is then `--serve-NAME`).
const NOT_SERVED: [(&str, &str); 0] = [];

/// Every minting service is served: `serve NAME` with the options of its registry fixture starts
/// and answers `/token` with the token minting gives (the same service's, by `inspect`'s guess),
/// unless [`NOT_SERVED`] says why not; its start-up line lists the routes that answer (never
/// with a 5xx) and no other. A new service is checked the moment it is registered.
#[test]
fn every_minting_service_is_served() {
    for service in REGISTRY {
        if let Some((_, why)) = NOT_SERVED.iter().find(|(name, _)| *name == service.name) {
            let out = run(jwtmint().args(["serve", service.name, "--help"]));
            assert_ne!(out.code, Some(0), "{} is served: {why}", service.name);
            continue;
        }
        let args = registry_args(service);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let server = Server::start(&[&[service.name], &args[..]].concat());
        let token = server.token(&[]);
        // The start-up line lists the routes that answer, and no other; `/login` exactly when
        // the service has a URL form.
        let mut answers = Vec::new();
        for path in [
            "/token",
            "/login",
            "/.well-known/jwks.json",
            "/.well-known/openid-configuration",
            "/healthz",
        ] {
            let status = server.get(path).status;
            let what = format!("serve {} {path}: {status}", service.name);
            assert!(status == 404 || (200..400).contains(&status), "{what}");
            if status != 404 {
                answers.push(path.to_string());
            }
        }
        // `/login` only for a service with a URL form (and what it needs: Tiledesk's --url).
        assert!(
            !answers.contains(&"/login".to_string())
                || service.formats.contains(&jwtmint::output::Format::Url),
            "{}",
            service.name
        );
        let minted = run(jwtmint()
            .arg(service.name)
            .args(&args)
            .args(["--format", "token"]));
        assert_eq!(minted.code, Some(0), "{}: {minted:#?}", service.name);
        let guess = |token: &str| {
            let out = run(jwtmint().args(["inspect", "--format", "json", token]));
            let report: Value = serde_json::from_str(&out.stdout).unwrap();
            report["provider"].clone()
        };
        assert_eq!(
            guess(&token),
            guess(minted.stdout.trim()),
            "{}",
            service.name
        );
        // The same header fields (Coinbase's `nonce` is new in each).
        let fields = |token: &str| -> Vec<String> {
            header(token).as_object().unwrap().keys().cloned().collect()
        };
        assert_eq!(
            fields(&token),
            fields(minted.stdout.trim()),
            "{}",
            service.name
        );
        let (_, stderr) = server.stop();
        assert_eq!(
            banner_routes(&stderr),
            answers,
            "serve {}: {stderr}",
            service.name
        );
    }
}

/// `serve NAME --format X` and `--alg A` are refused as minting refuses them (exit 2, one line,
/// nothing on stdout) for every format and algorithm the service does not take; `--format` is
/// hidden from serve's help (serve never takes one: the endpoint decides the form), and a
/// format the service has is refused with that reason.
#[test]
fn serve_narrows_alg_and_format_per_service() {
    use jwtmint::jws::Alg;
    use jwtmint::output::Format;
    let formats = [
        Format::Url,
        Format::Token,
        Format::Json,
        Format::Header,
        Format::Claims,
    ];
    for service in REGISTRY {
        let help = run(jwtmint().args(["serve", service.name, "--help"]));
        assert_eq!(help.code, Some(0), "{}", service.name);
        assert!(
            !help.stdout.contains("--format <"),
            "serve {}: {}",
            service.name,
            help.stdout
        );
        for format in formats {
            let out = run(jwtmint().args(["serve", service.name, "--format", format.name()]));
            let what = format!("serve {} --format {}", service.name, format.name());
            assert_eq!(out.code, Some(2), "{what}: {out:#?}");
            assert!(out.stdout.is_empty(), "{what}");
            assert_eq!(out.stderr.lines().count(), 1, "{what}: {}", out.stderr);
            if service.formats.contains(&format) {
                // The service's required options are checked first, or serve says why not.
                continue;
            }
            assert!(out.stderr.contains("has no"), "{what}: {}", out.stderr);
        }
        for alg in Alg::ALL
            .into_iter()
            .filter(|a| !service.algs.allowed.contains(a))
        {
            let out = run(jwtmint().args(["serve", service.name, "--alg", alg.name()]));
            let what = format!("serve {} --alg {alg}", service.name);
            assert_eq!(out.code, Some(2), "{what}: {out:#?}");
            assert!(out.stdout.is_empty(), "{what}");
            assert_eq!(out.stderr.lines().count(), 1, "{what}: {}", out.stderr);
            assert!(
                out.stderr.contains("does not accept"),
                "{what}: {}",
                out.stderr
            );
        }
        // What serve offers for them is what minting offers.
        let completions = |words: &[&str]| {
            let command = jwtmint::cli::command();
            let mut command = &command;
            for word in words {
                command = command.find_subcommand(word).unwrap();
            }
            let values = |id: &str| -> Vec<String> {
                command
                    .get_arguments()
                    .find(|a| a.get_id() == id)
                    .unwrap()
                    .get_possible_values()
                    .iter()
                    .map(|v| v.get_name().to_string())
                    .collect()
            };
            (values("alg"), values("format"))
        };
        assert_eq!(
            completions(&["serve", service.name]),
            completions(&[service.name]),
            "{}",
            service.name
        );
    }
}

#[test]
fn identities_come_from_the_proxys_headers() {
    let key = rsa_key();
    let server = Server::start(&[
        "tinymce",
        "--key",
        &key,
        "--from-header",
        "sub=X-Forwarded-User",
        "--from-header",
        "name=X-Forwarded-Preferred-Username",
    ]);
    let no_header = server.request("POST", "/token", &[], "");
    assert_eq!(no_header.status, 401, "{no_header:?}");
    assert!(no_header.json()["error"]
        .as_str()
        .unwrap()
        .contains("x-forwarded-user"));
    let token = server.token(&[
        "X-Forwarded-User: joe",
        "X-Forwarded-Preferred-Username: Jos\u{e9} Doe",
    ]);
    assert_eq!(payload(&token)["sub"], "joe");
    assert_eq!(payload(&token)["name"], "José Doe");
    for bad in ["X-Forwarded-User: jo\u{1}e", "X-Forwarded-User: a\tb"] {
        let answer = server.request(
            "POST",
            "/token",
            &[bad, "X-Forwarded-Preferred-Username: J"],
            "",
        );
        assert!(
            answer.status == 400 || answer.status == 0,
            "{bad:?}: {answer:?}"
        );
    }
    let twice = server.request(
        "POST",
        "/token",
        &[
            "X-Forwarded-User: a",
            "X-Forwarded-User: b",
            "X-Forwarded-Preferred-Username: J",
        ],
        "",
    );
    assert_eq!(twice.status, 400);
    let (_, stderr) = server.stop();
    assert!(stderr.contains("sub=joe name=José Doe"), "{stderr}");
}

/// A header value is checked as the flag is: Form.io's project id must be an ObjectId.
#[test]
fn header_values_are_checked_like_flags() {
    let secret = secret();
    let server = Server::start(&[
        "formio",
        "--secret-file",
        &secret,
        "--form",
        "5c81a2e7f1d3b40012345602",
        "--role",
        "5c81a2e7f1d3b40012345603",
        "--data",
        "email=joe@example.com",
        "--from-header",
        "project=X-Project",
    ]);
    let bad = server.request("POST", "/token", &["X-Project: not-an-id"], "");
    assert_eq!(bad.status, 400, "{bad:?}");
    assert!(bad.json()["error"].as_str().unwrap().contains("ObjectId"));
    let token = server.token(&["X-Project: 5C81A2E7F1D3B40012345601"]);
    assert_eq!(
        payload(&token)["project"]["_id"],
        "5c81a2e7f1d3b40012345601"
    );
}

#[test]
fn refused_at_start() {
    let key = rsa_key();
    let secret = secret();
    for (args, says) in [
        (
            vec!["sign", "--key", &key, "--listen", "0.0.0.0:0"],
            "--allow-public",
        ),
        (
            vec![
                "formio",
                "--secret-file",
                &secret,
                "--project",
                "5c81a2e7f1d3b40012345601",
                "--form",
                "5c81a2e7f1d3b40012345602",
                "--from-header",
                "role=X-Role",
            ],
            "grants rights",
        ),
        (
            vec!["sign", "--key", &key, "--from-header", "sub"],
            "OPTION=HEADER",
        ),
        (
            vec![
                "sign",
                "--key",
                &key,
                "--sub",
                "a",
                "--from-header",
                "sub=X-User",
            ],
            "give one",
        ),
        (
            vec!["sign", "--key", &key, "--allow-origin", "*"],
            "wildcard",
        ),
        (vec!["sign", "--key", &key, "--format", "json"], "--format"),
        (
            vec![
                "sign",
                "--key",
                &key,
                "--issuer",
                "http://a.example",
                "--iss",
                "http://b.example",
            ],
            "--issuer",
        ),
        (vec!["tinymce", "--key", &key], "--sub"),
        // Told at start even when no token is minted before the first request.
        (
            vec![
                "realm",
                "--key",
                &key,
                "--from-header",
                "user-id=X-User",
                "--claim",
                "isAdmin:=true",
            ],
            "refusing claim `isAdmin` from --claim",
        ),
        (
            vec![
                "tinymce",
                "--secret-file",
                &secret,
                "--sub",
                "a",
                "--name",
                "b",
            ],
            "private key",
        ),
    ] {
        let out = run(jwtmint().arg("serve").args(&args));
        assert_ne!(out.code, Some(0), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
    }
    // A port out of range is a usage error.
    let out = run(jwtmint().args(["serve", "sign", "--key", &key, "--listen", "0.0.0.0:99999"]));
    assert_eq!(out.code, Some(2));
}

#[test]
fn cors_for_the_allowed_origin_only() {
    let key = rsa_key();
    let page = "http://127.0.0.1:9";
    let server = Server::start(&[
        "sign",
        "--key",
        &key,
        "--sub",
        "joe",
        "--allow-origin",
        page,
    ]);
    let preflight = server.request(
        "OPTIONS",
        "/token",
        &[
            &format!("Origin: {page}"),
            "Access-Control-Request-Method: POST",
            "Access-Control-Request-Headers: content-type",
        ],
        "",
    );
    assert_eq!(preflight.status, 204, "{preflight:?}");
    assert_eq!(
        preflight.header("access-control-allow-origin").unwrap(),
        page
    );
    assert_eq!(
        preflight
            .header("access-control-allow-credentials")
            .unwrap(),
        "true"
    );
    assert_eq!(
        preflight.header("access-control-allow-headers").unwrap(),
        "content-type"
    );
    let allowed = server.request("POST", "/token", &[&format!("Origin: {page}")], "");
    assert_eq!(allowed.status, 200);
    assert_eq!(allowed.header("access-control-allow-origin").unwrap(), page);
    let other = "Origin: http://127.0.0.1:10";
    let refused = server.request("POST", "/token", &[other], "");
    assert_eq!(refused.status, 403);
    assert_eq!(refused.header("access-control-allow-origin"), None);
    let preflight = server.request(
        "OPTIONS",
        "/token",
        &[other, "Access-Control-Request-Method: POST"],
        "",
    );
    assert_eq!(preflight.status, 403);
    assert_eq!(preflight.header("access-control-allow-origin"), None);
}

#[test]
fn developerhub_login_redirects_on_the_docs_host_only() {
    let secret = secret();
    let server = Server::start(&[
        "developerhub",
        "--secret-file",
        &secret,
        "--docs-url",
        "https://docs.example.com",
        "--var",
        "user.name=Joe",
    ]);
    let login = server.get("/login");
    assert_eq!(login.status, 302);
    let location = login.header("location").unwrap();
    assert!(
        location.starts_with("https://docs.example.com?jwt=ey"),
        "{location}"
    );
    let login = server.get("/login?redirect=%2Fguide%2Fintro%3Fa%3Db");
    let location = login.header("location").unwrap();
    assert!(
        location.starts_with("https://docs.example.com/guide/intro?a=b&jwt=ey"),
        "{location}"
    );
    let token = location.rsplit("jwt=").next().unwrap();
    assert_eq!(payload(token)["vars"]["user"]["name"], "Joe");
    assert_eq!(payload(token)["version"], 1);
    for off in [
        "https%3A%2F%2Fevil.example%2F",
        "%2F%2Fevil.example",
        "%2F%5Cevil.example",
    ] {
        let answer = server.get(&format!("/login?redirect={off}"));
        assert_eq!(answer.status, 400, "{off}: {answer:?}");
        assert_eq!(answer.header("location"), None);
    }
    // Behind a proxy: the reader's e-mail from its header, into vars.
    let proxied = Server::start(&[
        "developerhub",
        "--secret-file",
        &secret,
        "--docs-url",
        "https://docs.example.com",
        "--from-header",
        "var.user.email=X-Forwarded-Email",
    ]);
    assert_eq!(proxied.get("/login").status, 401);
    let login = proxied.request("GET", "/login", &["X-Forwarded-Email: joe@example.com"], "");
    assert_eq!(login.status, 302, "{login:?}");
    let location = login.header("location").unwrap();
    let token = location.rsplit("jwt=").next().unwrap();
    assert_eq!(payload(token)["vars"]["user"]["email"], "joe@example.com");
    // A service without a URL form has no /login; one without a redirect refuses it.
    let key = rsa_key();
    let sign = Server::start(&["sign", "--key", &key]);
    assert_eq!(sign.get("/login").status, 404);
}

/// Each hostile request gets a 4xx or a closed connection, and the next request is served.
#[test]
fn hostile_requests() {
    let key = rsa_key();
    let server = Server::start(&["sign", "--key", &key, "--sub", "joe"]);
    let normal = |server: &Server| {
        assert_eq!(payload(&server.token(&[]))["sub"], "joe");
    };
    // A 64 MiB body, declared and sent.
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
        .write_all(b"POST /token HTTP/1.1\r\nHost: x\r\nContent-Length: 67108864\r\n\r\n")
        .unwrap();
    let chunk = vec![b'{'; 1 << 20];
    for _ in 0..64 {
        if stream.write_all(&chunk).is_err() {
            break;
        }
    }
    let answer = read_answer(&mut stream);
    assert!(answer.status == 413 || answer.status == 0, "{answer:?}");
    normal(&server);
    // The same without Content-Length (chunked).
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
        .write_all(b"POST /token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        .unwrap();
    for _ in 0..64 {
        if stream.write_all(b"100000\r\n").is_err()
            || stream.write_all(&chunk).is_err()
            || stream.write_all(b"\r\n").is_err()
        {
            break;
        }
    }
    let answer = read_answer(&mut stream);
    assert!(answer.status == 413 || answer.status == 0, "{answer:?}");
    normal(&server);
    // 10 000 headers.
    let mut many = String::from("GET /token HTTP/1.1\r\nHost: x\r\n");
    for i in 0..10_000 {
        many.push_str(&format!("X-H{i}: v\r\n"));
    }
    many.push_str("\r\n");
    let answer = server.raw(many.as_bytes());
    assert!(
        answer.status == 431 || answer.status == 0,
        "{}",
        answer.status
    );
    normal(&server);
    // Not HTTP at all.
    let answer = server.raw(b"\x16\x03\x01\x02\x00garbage\r\n\r\n");
    assert!(answer.status == 400 || answer.status == 0, "{answer:?}");
    normal(&server);
    // A request that never finishes: cut off after the header time-out.
    let started = Instant::now();
    let answer = server.raw(b"GET /token HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    assert!(answer.status == 408 || answer.status == 0, "{answer:?}");
    assert!(started.elapsed() < Duration::from_secs(15));
    normal(&server);
    // A body that never finishes.
    let started = Instant::now();
    let answer = server.raw(b"POST /token HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{");
    assert!(answer.status == 408 || answer.status == 0, "{answer:?}");
    assert!(started.elapsed() < Duration::from_secs(15));
    normal(&server);
    let (code, _) = server.stop();
    assert_eq!(code, Some(0));
}

/// SIGTERM lets a request in flight finish, then the server exits 0.
#[test]
fn sigterm_finishes_requests_in_flight() {
    let key = rsa_key();
    let server = Server::start(&["sign", "--key", &key, "--sub", "joe"]);
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
        .write_all(
            b"POST /token HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{",
        )
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    terminate(&server.child);
    std::thread::sleep(Duration::from_millis(300));
    // No new connections once stopping…
    assert!(TcpStream::connect(&server.addr)
        .map(|mut s| {
            let _ = s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
            read_answer(&mut s).status
        })
        .map_or(true, |status| status == 0));
    // …but the one in flight is answered.
    stream.write_all(b"}").unwrap();
    let answer = read_answer(&mut stream);
    assert_eq!(answer.status, 200, "{answer:?}");
    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn quiet_means_no_access_log() {
    let key = rsa_key();
    let server = Server::start(&["sign", "--key", &key, "--sub", "joe", "--quiet"]);
    server.token(&[]);
    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0));
    assert!(stderr.is_empty(), "{stderr}");
}

/// A loopback port that was free a moment ago, for a server whose URL must be known before it
/// starts (an issuer the tokens carry).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn inspect_verifies_with_serves_jwks_and_discovery() {
    let key = rsa_key();
    let port = free_port();
    let issuer = format!("http://127.0.0.1:{port}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_jwtmint"))
        .env_clear()
        .args([
            "serve",
            "sign",
            "--key",
            &key,
            "--kid-thumbprint",
            "--sub",
            "joe",
            "--quiet",
        ])
        .args(["--iss", &issuer, "--issuer", &issuer, "--expires-in", "5m"])
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), issuer);
    let server = Server {
        child,
        addr: format!("127.0.0.1:{port}"),
        stderr: None,
    };
    let token = server.token(&[]);
    let jwks = format!("{issuer}/.well-known/jwks.json");
    let out = run(jwtmint().args(["inspect", "--jwks-url", &jwks, "--require-valid", &token]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stderr.contains("signature valid"), "{}", out.stderr);
    let out = run(jwtmint().args(["inspect", "--discover", "--require-valid", &token]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    // The CLI's token, same key and kid, verifies too; another key's does not.
    let cli = common::one_line(jwtmint().args([
        "sign",
        "--key",
        &key,
        "--kid-thumbprint",
        "--iss",
        &issuer,
    ]));
    let out = run(jwtmint().args(["inspect", "--discover", "--require-valid", &cli]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let other = fixture("rsa4096-pkcs1.pem").display().to_string();
    let forged = common::one_line(jwtmint().args([
        "sign",
        "--key",
        &other,
        "--kid-thumbprint",
        "--iss",
        &issuer,
    ]));
    let out = run(jwtmint().args(["inspect", "--jwks-url", &jwks, &forged]));
    assert_ne!(out.code, Some(0), "{}", out.stderr);
    let ec = fixture("ec-p256-pkcs8.pem").display().to_string();
    let forged = common::one_line(jwtmint().args([
        "sign",
        "--key",
        &ec,
        "--kid-thumbprint",
        "--iss",
        &issuer,
    ]));
    let out = run(jwtmint().args(["inspect", "--discover", &forged]));
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(out.stdout.is_empty() || !out.stderr.contains("signature valid"));
    // Plain http to anything but loopback is refused before any request.
    let out = run(jwtmint().args([
        "inspect",
        "--jwks-url",
        "http://example.com/jwks.json",
        &token,
    ]));
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(out.stderr.contains("plain http"), "{}", out.stderr);
}

/// The key is loaded once, before listening: an encrypted key's passphrase is read at start,
/// and without one (no terminal) the server never binds.
#[test]
fn encrypted_keys_are_opened_before_listening() {
    let key = fixture("rsa2048-pkcs8-pbes1-sha1-3des.pem")
        .display()
        .to_string();
    let pass = fixture("passphrase.txt").display().to_string();
    let out = run(jwtmint().args(["serve", "sign", "--key", &key, "--listen", "127.0.0.1:0"]));
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(out.stderr.contains("passphrase"), "{}", out.stderr);
    let server = Server::start(&[
        "sign",
        "--key",
        &key,
        "--passphrase-file",
        &pass,
        "--sub",
        "joe",
    ]);
    assert_eq!(payload(&server.token(&[]))["sub"], "joe");
}
