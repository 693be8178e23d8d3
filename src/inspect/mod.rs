//! `jwtmint inspect`: reads a token in whatever form a user has it (bare, an HTTP header, a URL,
//! a JSON body), decodes it, checks its signature when given a key, its times, and a service's
//! rules, and says what is wrong in words a user can act on.
//!
//! stdout carries the decoded header and payload (or, with `--format json`, one JSON report);
//! the verdict (times, signature, problems) goes to stderr.

use std::io::Read;

use anyhow::{anyhow, bail, Context, Result};
use serde_json::{json, Map, Value};
use zeroize::Zeroizing;

use crate::credentials::{Environment, KeySources};
use crate::exit::UsageError;
use crate::input;
use crate::jws::Alg;
use crate::output;
use crate::providers::{self, Service, WARNING};
use crate::time::rfc3339;

mod extract;
pub mod remote;
mod verify;

pub use extract::{decode, extract_token, Decoded};
use extract::{header_alg, HeaderAlg};
use verify::{check_signature, load_key, Material};
pub use verify::{Signature, VerifyKey};

/// What `jwtmint inspect` was asked to do, as plain values.
#[derive(Debug, Clone, Default)]
pub struct InspectOptions {
    /// The token argument; `None` or `Some("-")` reads standard input.
    pub token_input: Option<String>,
    /// `--provider NAME`: a registered service.
    pub provider: Option<String>,
    /// `--secret-file` / `--key` (a public key, certificate or private key) / `--passphrase-file`.
    pub keys: KeySources,
    /// `--require-valid`: an unchecked signature counts as a failed check.
    pub require_valid: bool,
    /// `--format json`.
    pub json: bool,
    /// `--iss`, `--aud`, `--sub`, `--alg`, `--leeway`.
    pub expect: Expectations,
    /// `--jwks-url URL` (or the profile's `jwks-url`): verify with the key fetched from it.
    pub jwks_url: Option<String>,
    /// `--discover`: verify with the key of the token's `iss` (its discovery document's JWKS).
    pub discover: bool,
    pub now: i64,
}

/// What `inspect` was told to expect of the token; each one unmet is a problem.
#[derive(Debug, Clone, Default)]
pub struct Expectations {
    /// `--iss`: the `iss` claim, exactly.
    pub iss: Option<String>,
    /// `--aud`: `aud`, or one member of an `aud` array.
    pub aud: Option<String>,
    /// `--sub`: the `sub` claim, exactly.
    pub sub: Option<String>,
    /// `--alg`, repeatable: the header's `alg` is one of these (empty: any).
    pub algs: Vec<Alg>,
    /// `--leeway`: seconds of clock difference allowed in the `exp`, `nbf` and `iat` checks.
    pub leeway: i64,
}

/// A token is a few hundred bytes; anything this large on stdin is not one.
const MAX_TOKEN_INPUT: u64 = 1 << 20;

/// How far `iat` may be ahead of this machine's clock before it is a problem.
const IAT_LEEWAY: i64 = 60;

/// A time claim above this (the year 5138 in seconds) is in milliseconds.
const MILLISECONDS: f64 = 1e11;

/// Prints the report; `Ok(true)` when every check passed, `Ok(false)` when one failed, `Err` for
/// input that cannot be inspected (not a JWT, an unreadable key, an unknown provider…).
pub fn run(options: &InspectOptions) -> Result<bool> {
    let provider = options
        .provider
        .as_deref()
        .map(provider_by_name)
        .transpose()?;
    let keys = &options.keys;
    if keys.has_secret() && keys.key_file.is_some() {
        return Err(UsageError::new(
            "give either --secret-file (for HS256, HS384, HS512) or --key (for the others), not both",
        )
        .into());
    }
    let text = match options.token_input.as_deref() {
        Some(text) if text != "-" => text.to_string(),
        explicit => {
            let stdin_files = [&keys.secret_file, &keys.key_file, &keys.passphrase_file];
            if stdin_files
                .iter()
                .any(|f| f.as_deref().is_some_and(input::is_stdin))
            {
                return Err(UsageError::new(
                    "the token is read from standard input, so it cannot carry a key, secret \
                     or passphrase too: give the token as an argument",
                )
                .into());
            }
            if explicit.is_none() && input::stdin_is_terminal() {
                return Err(UsageError::new(
                    "no token: give it as an argument, or pipe it in (… | jwtmint inspect)",
                )
                .into());
            }
            read_stdin()?
        }
    };
    let token = extract_token(&text)?;
    let decoded = decode(&token)?;
    let env = Environment::from_process();
    let kid = decoded.header.get("kid").and_then(Value::as_str);
    // A secret is read as the service reads it (Ghost's ID:SECRET is hex), named or guessed.
    let service = match provider {
        Some(service) => Some((service, false)),
        None => providers::guess(&decoded.header, &decoded.payload).map(|service| (service, true)),
    };
    let remote = match (&options.jwks_url, options.discover) {
        (Some(url), _) => Some(remote::Source::JwksUrl(url.clone())),
        (None, true) => Some(remote::Source::Discover),
        (None, false) => None,
    };
    let key = match remote {
        Some(source) => {
            if keys.has_material() {
                return Err(UsageError::new(
                    "give either a key (--key, --secret-file…) or --jwks-url/--discover, not both",
                )
                .into());
            }
            let (jwks, name) = remote::fetch_jwks(&source, decoded.payload.get("iss"))?;
            Some(verify::fetched_key(&jwks, &name, kid)?)
        }
        None => load_key(keys, &env, &header_alg(&decoded.header), kid, service)?,
    };
    let report = inspect(
        &decoded,
        provider,
        key.as_ref(),
        options.require_valid,
        &options.expect,
        options.now,
    );
    if options.json {
        output::print_result(&report.json())?;
    } else {
        output::print_result(&report.decoded_text())?;
        eprint!("{}", report.verdict_text());
    }
    Ok(report.passed())
}

fn read_stdin() -> Result<String> {
    let mut buffer = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_TOKEN_INPUT + 1)
        .read_to_end(&mut buffer)
        .context("reading the token from standard input")?;
    if buffer.len() as u64 > MAX_TOKEN_INPUT {
        bail!(
            "standard input holds more than {} KiB: that is not a token",
            MAX_TOKEN_INPUT >> 10
        );
    }
    String::from_utf8(buffer).map_err(|_| anyhow!("the token on standard input is not text"))
}

/// `formio` → its service; any other name is a usage error.
fn provider_by_name(name: &str) -> Result<&'static Service> {
    providers::inspectable()
        .find(|service| service.name.eq_ignore_ascii_case(name))
        .ok_or_else(|| {
            UsageError::new(format!(
                "unknown provider `{name}`: one of {}",
                providers::inspectable_names().join(", ")
            ))
            .into()
        })
}

// ---------------------------------------------------------------------------------------------
// Finding the token in what was pasted

/// `90` → `1m30s`, `7322` → `2h2m`, `7205` → `2h`: the largest unit and the next one, enough
/// to read at a glance.
fn short_duration(secs: i64) -> String {
    const UNITS: [(&str, u64); 4] = [("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)];
    let rest = secs.unsigned_abs();
    let Some(first) = UNITS.iter().position(|(_, size)| rest >= *size) else {
        return "0s".into();
    };
    let (unit, size) = UNITS[first];
    let mut out = format!("{}{unit}", rest / size);
    if let Some((next, next_size)) = UNITS.get(first + 1) {
        let count = rest % size / next_size;
        if count > 0 {
            out.push_str(&format!("{count}{next}"));
        }
    }
    out
}

/// A time claim as a line of the report, e.g.
/// `exp 2026-11-24T10:00:00Z (expires in 9m58s)` or `exp 2026-11-24T08:00:00Z (EXPIRED 2h ago)`;
/// within `leeway` seconds of `now`, `(expired 1h ago, within the 2h leeway)` (not a problem).
pub fn describe_time(claim: &str, value: &Value, now: i64, leeway: i64) -> String {
    let Some(t) = value.as_f64() else {
        return format!("{claim} {value} (not a number of seconds)");
    };
    if t.abs() >= MILLISECONDS {
        return format!("{claim} {value} (not a time in seconds: milliseconds?)");
    }
    let t = t.floor() as i64;
    let delta = t - now;
    let ago = short_duration(delta);
    let relative = match claim {
        "exp" if delta > 0 => format!("expires in {ago}"),
        "exp" if leeway > 0 && t + leeway > now => format!(
            "expired {ago} ago, within the {} leeway",
            short_duration(leeway)
        ),
        "exp" => format!("EXPIRED {ago} ago"),
        "nbf" if delta > 0 && t <= now + leeway => format!(
            "starts in {ago}, within the {} leeway",
            short_duration(leeway)
        ),
        "nbf" if delta > 0 => format!("NOT VALID YET: starts in {ago}"),
        "nbf" => format!("valid since {ago} ago"),
        _ if delta > 0 => format!("{ago} in the future"),
        _ => format!("issued {ago} ago"),
    };
    format!("{claim} {} ({relative})", rfc3339(t))
}

// ---------------------------------------------------------------------------------------------
// Checks

/// The checks every token gets: its `alg`, and its time claims against `now`, allowing
/// `leeway` seconds of clock difference (`iat` at least [`IAT_LEEWAY`]).
fn generic_problems(decoded: &Decoded, now: i64, leeway: i64) -> Vec<String> {
    let mut out = Vec::new();
    match header_alg(&decoded.header) {
        HeaderAlg::Known(_) => {}
        HeaderAlg::Unsigned => out.push(
            "alg is `none`: the token is unsigned, and a verifier that accepts it accepts \
             anything anyone writes"
                .into(),
        ),
        HeaderAlg::Missing => out.push("the header has no `alg`: no verifier can check it".into()),
        HeaderAlg::Other(alg) => {
            if let Ok(known) = alg.parse::<Alg>() {
                out.push(format!(
                    "alg `{alg}` is not an algorithm name: names are case-sensitive, write {known}"
                ));
            } else if decoded.header.get("alg").is_some_and(|v| !v.is_string()) {
                out.push(format!("alg must be a string, found {alg}"));
            }
            // Other names (ES512, RS1…) may be real: the signature is reported unchecked.
        }
    }
    out.extend(crit_problem(&decoded.header));
    for claim in ["iat", "nbf", "exp"] {
        let Some(value) = decoded.payload.get(claim) else {
            continue;
        };
        let Some(t) = value.as_f64() else {
            out.push(format!(
                "`{claim}` must be a number of seconds since 1970, found {value}"
            ));
            continue;
        };
        if t.abs() >= MILLISECONDS {
            out.push(format!(
                "`{claim}` is {value}: that looks like milliseconds, but JWT times are seconds"
            ));
            continue;
        }
        let t = t.floor() as i64;
        let beyond = if leeway > 0 {
            format!(", beyond the --leeway of {}", short_duration(leeway))
        } else {
            String::new()
        };
        match claim {
            "exp" if t + leeway <= now => out.push(format!(
                "expired {} ago (exp {}){beyond}",
                short_duration(now - t),
                rfc3339(t)
            )),
            "nbf" if t > now + leeway => out.push(format!(
                "not valid yet: nbf is {}, {} from now{beyond}",
                rfc3339(t),
                short_duration(t - now)
            )),
            "iat" if t > now + IAT_LEEWAY.max(leeway) => out.push(format!(
                "`iat` is {} in the future ({}): the clock of the machine that minted it is \
                 ahead, or iat is wrong",
                short_duration(t - now),
                rfc3339(t)
            )),
            _ => {}
        }
    }
    out
}

/// RFC 7515 §4.1.11: a recipient must reject a token whose `crit` lists an extension it does
/// not understand, and jwtmint understands none; `crit` must be a non-empty array of names.
fn crit_problem(header: &Map<String, Value>) -> Option<String> {
    const RULE: &str = "RFC 7515 section 4.1.11 says to reject the token";
    let crit = header.get("crit")?;
    let names = match crit {
        Value::Array(items) if !items.is_empty() => items,
        Value::Array(_) => return Some(format!("the header's `crit` is empty: {RULE}")),
        other => {
            return Some(format!(
                "the header's `crit` must be an array of names, found {}: {RULE}",
                shown(other)
            ))
        }
    };
    let listed: Vec<String> = names.iter().map(shown).collect();
    Some(format!(
        "the header's `crit` lists {}, which jwtmint does not understand: {RULE} (a verifier \
         that ignores `crit` may accept what the signer meant to be refused)",
        listed.join(", ")
    ))
}

/// `value` as JSON, for messages: `"joe"`, `["a","b"]`.
fn shown(value: &Value) -> String {
    value.to_string()
}

/// Each expectation (`--iss`, `--aud`, `--sub`, `--alg`) the token does not meet, naming it.
fn expectation_problems(decoded: &Decoded, expect: &Expectations) -> Vec<String> {
    let mut out = Vec::new();
    let claims = &decoded.payload;
    for (claim, wanted) in [("iss", &expect.iss), ("sub", &expect.sub)] {
        let Some(wanted) = wanted else {
            continue;
        };
        let wanted_json = shown(&Value::from(wanted.as_str()));
        match claims.get(claim) {
            None => out.push(format!(
                "no `{claim}` claim, and --{claim} expects {wanted_json}"
            )),
            Some(Value::String(found)) if found == wanted => {}
            Some(found) => out.push(format!(
                "`{claim}` is {}, and --{claim} expects {wanted_json}",
                shown(found)
            )),
        }
    }
    if let Some(wanted) = &expect.aud {
        let wanted_json = shown(&Value::from(wanted.as_str()));
        match claims.get("aud") {
            None => out.push(format!("no `aud` claim, and --aud expects {wanted_json}")),
            Some(Value::String(found)) if found == wanted => {}
            Some(Value::Array(items)) if items.iter().any(|item| item == wanted.as_str()) => {}
            Some(found @ Value::Array(_)) => out.push(format!(
                "`aud` is {}, which does not include {wanted_json} (--aud)",
                shown(found)
            )),
            Some(found) => out.push(format!(
                "`aud` is {}, and --aud expects {wanted_json}",
                shown(found)
            )),
        }
    }
    if !expect.algs.is_empty() {
        let allowed: Vec<&str> = expect.algs.iter().map(|alg| alg.name()).collect();
        let allowed = allowed.join(", ");
        match header_alg(&decoded.header) {
            HeaderAlg::Known(alg) if expect.algs.contains(&alg) => {}
            HeaderAlg::Missing => out.push(format!(
                "the header has no `alg`, and --alg allows {allowed}"
            )),
            _ => {
                let found = decoded.header.get("alg").map(shown).unwrap_or_default();
                out.push(format!("alg is {found}, and --alg allows {allowed}"));
            }
        }
    }
    out
}

/// The outcome of an inspection.
#[derive(Debug, Clone)]
pub struct Report {
    pub header: Map<String, Value>,
    pub payload: Map<String, Value>,
    pub signature: Signature,
    /// The service checked against, and whether it was guessed from the claims.
    pub provider: Option<(&'static str, bool)>,
    /// `iat`, `nbf`, `exp` as report lines.
    pub times: Vec<String>,
    /// What fails the check (exit 1), besides the signature.
    pub problems: Vec<String>,
    /// What the user should know but does not fail the check (a claim granting admin rights…).
    pub warnings: Vec<String>,
    /// `--require-valid`: an unchecked signature fails the check.
    pub require_valid: bool,
}

/// Checks a decoded token: signature (with `key`, if any), times, and the rules of the service
/// (`provider`, or else guessed from the claims).
fn inspect(
    decoded: &Decoded,
    provider: Option<&'static Service>,
    key: Option<&VerifyKey>,
    require_valid: bool,
    expect: &Expectations,
    now: i64,
) -> Report {
    let signature = check_signature(decoded, key);
    let mut problems = generic_problems(decoded, now, expect.leeway);
    problems.extend(expectation_problems(decoded, expect));

    let provider = match provider {
        Some(service) => Some((service, false)),
        None => providers::guess(&decoded.header, &decoded.payload).map(|service| (service, true)),
    };
    let mut warnings = Vec::new();
    if let Some((service, _)) = provider {
        for found in service.problems(&decoded.header, &decoded.payload) {
            match found.strip_prefix(WARNING) {
                Some(warning) => warnings.push(warning.to_string()),
                None => problems.push(found),
            }
        }
    }

    let mut times: Vec<String> = ["iat", "nbf", "exp"]
        .iter()
        .filter_map(|claim| {
            let value = decoded.payload.get(*claim)?;
            Some(describe_time(claim, value, now, expect.leeway))
        })
        .collect();
    if !decoded.payload.contains_key("exp") {
        times.push("exp none (the token never expires)".into());
    }

    Report {
        header: decoded.header.clone(),
        payload: decoded.payload.clone(),
        signature,
        provider: provider.map(|(service, guessed)| (service.name, guessed)),
        times,
        problems,
        warnings,
        require_valid,
    }
}

/// What `run` reports for `text` (as pasted), checked against `provider` (a registered
/// service's name) and, for HMAC tokens, `secret`, without reading files or printing. The
/// entry point of the `inspect_token` fuzz target.
pub fn report_for(
    text: &str,
    provider: Option<&str>,
    secret: Option<&[u8]>,
    now: i64,
) -> Result<Report> {
    let provider = provider.map(provider_by_name).transpose()?;
    let decoded = decode(&extract_token(text)?)?;
    let key = secret.map(|secret| VerifyKey {
        material: Material::Secret(Zeroizing::new(secret.to_vec())),
        source: "the given secret".into(),
        alg: None,
    });
    Ok(inspect(
        &decoded,
        provider,
        key.as_ref(),
        false,
        &Expectations::default(),
        now,
    ))
}

impl Report {
    /// Every check passed.
    pub fn passed(&self) -> bool {
        self.all_problems().is_empty()
    }

    /// Why the signature fails the check, if it does.
    fn signature_problem(&self) -> Option<String> {
        match &self.signature {
            Signature::Valid(_) => None,
            Signature::Invalid(why) => Some(format!("signature invalid: {why}")),
            Signature::Unchecked(why) => self
                .require_valid
                .then(|| format!("signature NOT checked, and --require-valid was given: {why}")),
        }
    }

    /// Every problem, the signature's first.
    pub fn all_problems(&self) -> Vec<String> {
        let mut all: Vec<String> = self.signature_problem().into_iter().collect();
        all.extend(self.problems.iter().cloned());
        all
    }

    /// For stdout: the header and the payload, as pretty JSON.
    pub fn decoded_text(&self) -> String {
        format!(
            "{}\n{}",
            output::pretty_claims(&self.header),
            output::pretty_claims(&self.payload)
        )
    }

    /// For stderr: times, signature, which service, and the problems. Each line quotes what
    /// the token holds, so each goes through [`output::one_line`]: a forged token cannot break
    /// a line or drive the terminal to overwrite the verdict.
    pub fn verdict_text(&self) -> String {
        let mut lines: Vec<String> = vec![String::new()];
        lines.extend(self.times.iter().cloned());
        lines.push(match &self.signature {
            Signature::Valid(how) => format!("signature valid ({how})"),
            Signature::Invalid(why) => format!("signature INVALID: {why}"),
            Signature::Unchecked(why) => format!("signature NOT checked: {why}"),
        });
        lines.push(match self.provider {
            Some((name, true)) => {
                format!("checked as {name} (guessed from the claims; use --provider to choose)")
            }
            Some((name, false)) => format!("checked as {name}"),
            None => "no service recognised from the claims: generic checks only (use --provider \
                     to choose one)"
                .into(),
        });
        for (title, list) in [("warning", &self.warnings), ("problem", &self.problems)] {
            for item in list {
                lines.push(format!("{title}: {item}"));
            }
        }
        if self.require_valid && matches!(self.signature, Signature::Unchecked(_)) {
            lines.push(
                "problem: --require-valid was given, and the signature was not checked".into(),
            );
        }
        lines.push(match self.all_problems().len() {
            0 => "OK: no problems found".to_string(),
            1 => "FAILED: 1 problem".to_string(),
            n => format!("FAILED: {n} problems"),
        });
        let mut out = String::new();
        for line in lines {
            let line = output::one_line(&line);
            match output::verdict_style(&line) {
                Some(style) => out.push_str(&output::paint(&line, style)),
                None => out.push_str(&line),
            }
            out.push('\n');
        }
        out
    }

    /// For `--format json`: the whole report as one JSON object.
    pub fn json(&self) -> String {
        let mut report = json!({
            "header": self.header,
            "payload": self.payload,
            "signature": self.signature.status(),
            "problems": self.all_problems(),
            "warnings": self.warnings,
        });
        if let Some((name, guessed)) = self.provider {
            report["provider"] = name.into();
            report["provider_guessed"] = guessed.into();
        }
        output::json_for_terminal(&serde_json::to_string_pretty(&report).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::extract::*;
    use super::verify::*;
    use super::*;
    use crate::credentials;
    use crate::jws::{KeyMaterial, Signer};
    use crate::keys::public::{parse_public_key, rsa_modulus_bits};
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    use std::path::Path;

    const NOW: i64 = 1_795_514_400; // 2026-11-24T10:00:00Z
    const SECRET: &[u8] = b"0123456789abcdef0123456789abcdef";
    // A token anyone can decode: {"alg":"HS256","typ":"JWT"}.{"sub":"joe"}.signature
    const T: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2UifQ.c2ln";

    fn object(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    fn private_key(pem: &[u8]) -> crate::keys::PrivateKey {
        crate::keys::parse_private_key(pem, &mut || bail!("no passphrase here")).unwrap()
    }

    fn sign(alg: Alg, key: KeyMaterial, payload: Value) -> String {
        let header = object(json!({"typ": "JWT"}));
        Signer::new(alg, key)
            .unwrap()
            .sign(&header, &object(payload))
            .unwrap()
    }

    fn hs256(payload: Value) -> String {
        sign(
            Alg::HS256,
            KeyMaterial::Secret(Zeroizing::new(SECRET.to_vec())),
            payload,
        )
    }

    fn secret_key(secret: &[u8]) -> VerifyKey {
        VerifyKey {
            material: Material::Secret(Zeroizing::new(secret.to_vec())),
            source: "the test secret".into(),
            alg: None,
        }
    }

    fn public_key(bytes: &[u8]) -> VerifyKey {
        let passphrase = Path::new("tests/fixtures/keys/passphrase.txt");
        let (key, what) = parse_public_key(bytes, "fixture", || {
            credentials::private_key_from_bytes(
                bytes,
                "fixture",
                &KeySources {
                    passphrase_file: Some(passphrase.into()),
                    ..Default::default()
                },
                &Environment::default(),
            )
        })
        .unwrap();
        VerifyKey {
            material: Material::Public(key),
            source: what.into(),
            alg: None,
        }
    }

    fn check(token: &str, key: Option<&VerifyKey>) -> Signature {
        check_signature(&decode(token).unwrap(), key)
    }

    fn report(token: &str, provider: Option<&str>, key: Option<&VerifyKey>) -> Report {
        let provider = provider.map(|name| provider_by_name(name).unwrap());
        inspect(
            &decode(token).unwrap(),
            provider,
            key,
            false,
            &Expectations::default(),
            NOW,
        )
    }

    const RSA_PRIVATE: &[u8] = include_bytes!("../../tests/fixtures/keys/rsa2048-pkcs8.pem");
    const RSA_PUBLIC: &[u8] = include_bytes!("../../tests/fixtures/keys/rsa2048.pub.pem");

    fn rs(alg: Alg) -> String {
        sign(
            alg,
            KeyMaterial::Private(private_key(RSA_PRIVATE)),
            json!({"userId": "joe"}),
        )
    }

    // ---- extraction

    #[test]
    fn extracts_the_token_from_what_people_paste() {
        let forms = [
            T.to_string(),
            format!("  \n{T}\r\n\n"),
            format!("Authorization: Bearer {T}"),
            format!("authorization:   bearer {T}\n"),
            format!("Authorization: JWT {T}"),
            format!("JWT {T}"),
            format!("Bearer {T}"),
            format!("x-jwt-token: {T}"),
            format!("X-JWT-Token:{T}"),
            format!("https://docs.example.com/?jwt={T}"),
            format!("https://docs.example.com/guide?lang=en&jwt={T}#intro"),
            format!("https://forms.example.com/api?x-jwt-token={T}"),
            format!("https://app.example.com/cb#id_token={T}&state=1"),
            format!("JWT%20{T}"),
            format!(r#"{{"token":"{T}"}}"#),
            format!("{{\n  \"token\": \"{T}\"\n}}\n"),
            format!(r#"{{"token":"Bearer {T}"}}"#),
            format!("\"{T}\""),
            format!("'Authorization: JWT {T}'"),
            format!("Host: api.example.com\nAuthorization: Bearer {T}\nAccept: */*"),
        ];
        for form in forms {
            assert_eq!(extract_token(&form).unwrap(), T, "from {form:?}");
        }
    }

    #[test]
    fn extraction_errors_say_what_is_wrong() {
        let err = |input: &str| extract_token(input).unwrap_err().to_string();
        assert!(err("").contains("empty"));
        assert!(err(" \n ").contains("empty"));
        assert!(err("abc").contains("three parts") && err("abc").contains("has 1"));
        assert!(err("a.b").contains("has 2"));
        assert!(err("a.b.c.d.e").contains("JWE"));
        assert!(err("Basic dXNlcjpwYXNz").contains("spaces"));
        assert!(err("https://example.com/?code=1").contains("carries no token"));
        assert!(err(r#"{"access":"x"}"#).contains("no token"));
        assert!(err("{not json").contains("not JSON"));
    }

    // ---- decoding

    #[test]
    fn decodes_header_and_payload() {
        let decoded = decode(T).unwrap();
        assert_eq!(
            decoded.header,
            object(json!({"alg": "HS256", "typ": "JWT"}))
        );
        assert_eq!(decoded.payload, object(json!({"sub": "joe"})));
    }

    #[test]
    fn decoding_errors_name_the_part() {
        let b64 = |text: &str| URL_SAFE_NO_PAD.encode(text);
        let header = b64(r#"{"alg":"HS256"}"#);
        let err = |token: String| decode(&token).unwrap_err().to_string();

        assert!(err(format!("{}.{}.s", "%%%", b64("{}")))
            .contains("header (part 1) is not valid base64url"));
        assert!(err(format!("{header}.e30=.s"))
            .contains("payload (part 2) is not base64url: it has `+`, `/` or `=`"));
        assert!(err(format!("{}.{}.s", b64("not json"), b64("{}")))
            .contains("header (part 1) is base64url but not JSON"));
        assert!(err(format!("{header}.{}.s", b64("[1]")))
            .contains("payload (part 2) is JSON but an array, not an object"));
        assert!(err(format!("{header}..s")).contains("payload (part 2) is empty"));
        assert!(err(format!(".{}.s", b64("{}"))).contains("header (part 1) is empty"));
    }

    // ---- times

    #[test]
    fn durations_read_at_a_glance() {
        assert_eq!(short_duration(0), "0s");
        assert_eq!(short_duration(42), "42s");
        assert_eq!(short_duration(598), "9m58s");
        assert_eq!(short_duration(7200), "2h");
        assert_eq!(short_duration(7205), "2h");
        assert_eq!(short_duration(7322), "2h2m");
        assert_eq!(short_duration(-90_000), "1d1h");
    }

    #[test]
    fn times_are_described() {
        assert_eq!(
            describe_time("exp", &json!(NOW + 598), NOW, 0),
            "exp 2026-11-24T10:09:58Z (expires in 9m58s)"
        );
        assert_eq!(
            describe_time("exp", &json!(NOW - 7200), NOW, 0),
            "exp 2026-11-24T08:00:00Z (EXPIRED 2h ago)"
        );
        assert_eq!(
            describe_time("exp", &json!(NOW), NOW, 0),
            "exp 2026-11-24T10:00:00Z (EXPIRED 0s ago)"
        );
        assert_eq!(
            describe_time("iat", &json!(NOW - 600), NOW, 0),
            "iat 2026-11-24T09:50:00Z (issued 10m ago)"
        );
        assert_eq!(
            describe_time("iat", &json!(NOW + 3600), NOW, 0),
            "iat 2026-11-24T11:00:00Z (1h in the future)"
        );
        assert_eq!(
            describe_time("nbf", &json!(NOW + 300), NOW, 0),
            "nbf 2026-11-24T10:05:00Z (NOT VALID YET: starts in 5m)"
        );
        assert_eq!(
            describe_time("nbf", &json!(NOW as f64 - 300.5), NOW, 0),
            "nbf 2026-11-24T09:54:59Z (valid since 5m1s ago)"
        );
        assert_eq!(
            describe_time("exp", &json!("tomorrow"), NOW, 0),
            "exp \"tomorrow\" (not a number of seconds)"
        );
        assert!(
            describe_time("exp", &json!(1_795_514_400_000_i64), NOW, 0).contains("milliseconds")
        );
    }

    #[test]
    fn generic_time_and_alg_problems() {
        let problems = |payload: Value| report(&hs256(payload), None, None).problems;
        assert!(problems(json!({"exp": NOW + 60, "iat": NOW + 60, "nbf": NOW})).is_empty());
        assert_eq!(
            problems(json!({"exp": NOW - 7200})),
            ["expired 2h ago (exp 2026-11-24T08:00:00Z)"]
        );
        assert_eq!(problems(json!({"exp": NOW})).len(), 1);
        assert!(problems(json!({"nbf": NOW + 300}))[0].starts_with("not valid yet"));
        assert!(problems(json!({"iat": NOW + 61}))[0].starts_with("`iat` is 1m1s in the future"));
        assert!(problems(json!({"exp": "2026-12-01"}))[0].contains("must be a number of seconds"));
        assert!(problems(json!({"iat": true}))[0].contains("found true"));
        assert!(problems(json!({"exp": 1_795_514_400_000_i64}))[0].contains("milliseconds"));

        let b64 = |v: Value| URL_SAFE_NO_PAD.encode(v.to_string());
        let with_header = |h: Value| format!("{}.{}.c2ln", b64(h), b64(json!({})));
        let found = report(&with_header(json!({"alg": "none"})), None, None);
        assert!(found
            .problems
            .iter()
            .any(|p| p.contains("alg is `none`: the token is unsigned")));
        assert_eq!(found.signature.status(), "invalid");
        let found = report(&with_header(json!({"alg": "hs256"})), None, None);
        assert!(found.problems[0].contains("case-sensitive, write HS256"));
        let found = report(&with_header(json!({"typ": "JWT"})), None, None);
        assert!(found.problems[0].contains("no `alg`"));
        let found = report(&with_header(json!({"alg": 256})), None, None);
        assert!(found.problems[0].contains("must be a string"));
        // A real algorithm jwtmint cannot check is not a problem by itself.
        let found = report(&with_header(json!({"alg": "RS1"})), None, None);
        assert!(found.problems.is_empty());
        assert_eq!(
            found.signature,
            Signature::Unchecked("jwtmint cannot check alg `RS1`".into())
        );
    }

    /// A time within the leeway says so, instead of EXPIRED followed by "OK".
    #[test]
    fn times_within_the_leeway_say_so() {
        assert_eq!(
            describe_time("exp", &json!(NOW - 3600), NOW, 7200),
            "exp 2026-11-24T09:00:00Z (expired 1h ago, within the 2h leeway)"
        );
        assert_eq!(
            describe_time("exp", &json!(NOW - 3600), NOW, 1800),
            "exp 2026-11-24T09:00:00Z (EXPIRED 1h ago)"
        );
        assert_eq!(
            describe_time("nbf", &json!(NOW + 30), NOW, 60),
            "nbf 2026-11-24T10:00:30Z (starts in 30s, within the 1m leeway)"
        );
    }

    #[test]
    fn expectations_and_leeway() {
        let problems = |payload: Value, expect: &Expectations| {
            inspect(
                &decode(&hs256(payload)).unwrap(),
                None,
                None,
                false,
                expect,
                NOW,
            )
            .problems
        };
        let expect = Expectations {
            iss: Some("me".into()),
            aud: Some("api".into()),
            sub: Some("joe".into()),
            algs: vec![Alg::HS256, Alg::RS256],
            leeway: 0,
        };
        let good = json!({"iss": "me", "aud": "api", "sub": "joe"});
        assert!(problems(good.clone(), &expect).is_empty());
        let in_array = json!({"iss": "me", "aud": ["web", "api"], "sub": "joe"});
        assert!(problems(in_array, &expect).is_empty());
        assert_eq!(
            problems(json!({"iss": "you", "aud": ["web"], "sub": 5}), &expect),
            [
                "`iss` is \"you\", and --iss expects \"me\"",
                "`sub` is 5, and --sub expects \"joe\"",
                "`aud` is [\"web\"], which does not include \"api\" (--aud)",
            ]
        );
        assert_eq!(
            problems(json!({}), &expect),
            [
                "no `iss` claim, and --iss expects \"me\"",
                "no `sub` claim, and --sub expects \"joe\"",
                "no `aud` claim, and --aud expects \"api\"",
            ]
        );
        let rs_only = Expectations {
            algs: vec![Alg::RS256, Alg::ES512],
            ..Expectations::default()
        };
        assert_eq!(
            problems(json!({}), &rs_only),
            ["alg is \"HS256\", and --alg allows RS256, ES512"]
        );

        // Leeway: exp and nbf within it pass; iat gets at least a minute.
        let lax = Expectations {
            leeway: 30,
            ..Expectations::default()
        };
        let times = json!({"exp": NOW - 20, "nbf": NOW + 20, "iat": NOW + 50});
        assert!(problems(times.clone(), &lax).is_empty());
        assert_eq!(problems(times, &Expectations::default()).len(), 2);
        assert_eq!(
            problems(json!({"exp": NOW - 30, "nbf": NOW + 31}), &lax),
            [
                "not valid yet: nbf is 2026-11-24T10:00:31Z, 31s from now, beyond the --leeway \
                 of 30s",
                "expired 30s ago (exp 2026-11-24T09:59:30Z), beyond the --leeway of 30s",
            ]
        );
        let wide = Expectations {
            leeway: 300,
            ..Expectations::default()
        };
        assert!(problems(json!({"iat": NOW + 200}), &wide).is_empty());
        assert_eq!(problems(json!({"iat": NOW + 301}), &wide).len(), 1);
    }

    // ---- signatures

    #[test]
    fn hs256_with_the_secret() {
        let token = hs256(json!({"sub": "joe"}));
        assert!(
            matches!(check(&token, Some(&secret_key(SECRET))), Signature::Valid(how) if how == "HS256, checked with the test secret")
        );
        let Signature::Invalid(why) = check(&token, Some(&secret_key(b"another secret"))) else {
            panic!("a wrong secret must not verify");
        };
        assert!(why.contains("does not match"));
        let Signature::Unchecked(why) = check(&token, None) else {
            panic!("no key: unchecked");
        };
        assert!(why.contains("--secret-file"));
    }

    #[test]
    fn tampered_payload_is_invalid() {
        let token = hs256(json!({"sub": "joe", "role": "reader"}));
        let parts: Vec<_> = token.split('.').collect();
        let forged = URL_SAFE_NO_PAD.encode(r#"{"sub":"joe","role":"admin"}"#);
        let tampered = format!("{}.{forged}.{}", parts[0], parts[2]);
        assert!(matches!(
            check(&tampered, Some(&secret_key(SECRET))),
            Signature::Invalid(_)
        ));
        let stripped = format!("{}.{}.", parts[0], parts[1]);
        assert_eq!(
            check(&stripped, Some(&secret_key(SECRET))),
            Signature::Invalid("the token has no signature (its third part is empty)".into())
        );
    }

    #[test]
    fn rs256_with_public_key_certificate_pkcs1_and_private_key() {
        let token = rs(Alg::RS256);
        for (bytes, what) in [
            (RSA_PUBLIC, "the public key"),
            (
                include_bytes!("../../tests/fixtures/keys/rsa2048.cert.pem").as_slice(),
                "the certificate",
            ),
            (
                include_bytes!("../../tests/fixtures/keys/rsa2048.pkcs1pub.pem").as_slice(),
                "the public key",
            ),
            (RSA_PRIVATE, "the public half of the private key"),
            (
                include_bytes!("../../tests/fixtures/keys/rsa2048-pkcs1.pem").as_slice(),
                "the public half of the private key",
            ),
        ] {
            let key = public_key(bytes);
            assert_eq!(key.source, what);
            assert_eq!(
                check(&token, Some(&key)),
                Signature::Valid(format!("RS256, checked with {what}"))
            );
        }
        // DER forms too.
        let der = pem::parse(RSA_PUBLIC).unwrap().contents().to_vec();
        assert!(matches!(
            check(&token, Some(&public_key(&der))),
            Signature::Valid(_)
        ));
        let cert = include_bytes!("../../tests/fixtures/keys/rsa2048.cert.pem");
        let der = pem::parse(cert).unwrap().contents().to_vec();
        assert!(matches!(
            check(&token, Some(&public_key(&der))),
            Signature::Valid(_)
        ));
        // Another RSA key does not verify.
        let other = public_key(include_bytes!("../../tests/fixtures/keys/rsa4096.pub.pem"));
        assert!(matches!(check(&token, Some(&other)), Signature::Invalid(_)));
    }

    #[test]
    fn every_rsa_algorithm_verifies() {
        let key = public_key(RSA_PUBLIC);
        for alg in [Alg::RS384, Alg::RS512, Alg::PS256, Alg::PS384, Alg::PS512] {
            assert!(
                matches!(check(&rs(alg), Some(&key)), Signature::Valid(_)),
                "{alg}"
            );
        }
    }

    #[test]
    fn hs256_token_with_an_rsa_public_key_is_alg_confusion() {
        // The attack: an HS256 token whose "secret" is the server's public key file.
        let forged = sign(
            Alg::HS256,
            KeyMaterial::Secret(Zeroizing::new(RSA_PUBLIC.to_vec())),
            json!({"sub": "admin"}),
        );
        let Signature::Invalid(why) = check(&forged, Some(&public_key(RSA_PUBLIC))) else {
            panic!("alg confusion must be invalid");
        };
        assert!(
            why.starts_with("the token says HS256 but the key is RSA"),
            "{why}"
        );
        assert!(why.contains("algorithm-confusion"));
        let found = report(&forged, None, Some(&public_key(RSA_PUBLIC)));
        assert_eq!(found.signature.status(), "invalid");
        assert!(found.all_problems()[0].starts_with("signature invalid: the token says HS256"));
        let text = found.verdict_text();
        assert_eq!(text.matches("the token says HS256").count(), 1, "{text}");
        assert!(text.contains("signature INVALID: the token says HS256 but the key is RSA"));
        assert!(text.ends_with("FAILED: 1 problem\n"));

        let Signature::Invalid(why) = check(&rs(Alg::RS256), Some(&secret_key(SECRET))) else {
            panic!("an RS256 token with a secret must be invalid");
        };
        assert_eq!(why, "the token says RS256 but the key is an HMAC secret");
    }

    #[test]
    fn ec_and_eddsa_with_their_public_keys() {
        let p256 = private_key(include_bytes!(
            "../../tests/fixtures/keys/ec-p256-pkcs8.pem"
        ));
        let token = sign(
            Alg::ES256,
            KeyMaterial::Private(p256),
            json!({"sub": "joe"}),
        );
        let key = public_key(include_bytes!("../../tests/fixtures/keys/ec-p256.pub.pem"));
        assert!(matches!(check(&token, Some(&key)), Signature::Valid(_)));
        // The encrypted private key (legacy PEM), opened with passphrase.txt.
        let encrypted = public_key(include_bytes!(
            "../../tests/fixtures/keys/ec-p256-legacy-aes256.pem"
        ));
        assert!(matches!(
            check(&token, Some(&encrypted)),
            Signature::Valid(_)
        ));
        let p384 = public_key(include_bytes!("../../tests/fixtures/keys/ec-p384.pub.pem"));
        assert_eq!(
            check(&token, Some(&p384)),
            Signature::Invalid("the token says ES256 but the key is EC P-384".into())
        );

        let p384_private = private_key(include_bytes!(
            "../../tests/fixtures/keys/ec-p384-pkcs8.pem"
        ));
        let token = sign(Alg::ES384, KeyMaterial::Private(p384_private), json!({}));
        assert!(matches!(check(&token, Some(&p384)), Signature::Valid(_)));

        let ed = private_key(include_bytes!(
            "../../tests/fixtures/keys/ed25519-pkcs8.pem"
        ));
        let token = sign(Alg::EdDSA, KeyMaterial::Private(ed), json!({"sub": "joe"}));
        let key = public_key(include_bytes!("../../tests/fixtures/keys/ed25519.pub.pem"));
        assert!(matches!(check(&token, Some(&key)), Signature::Valid(_)));
        assert_eq!(
            check(&token, Some(&public_key(RSA_PUBLIC))),
            Signature::Invalid("the token says EdDSA but the key is RSA".into())
        );
    }

    /// What jsonwebtoken cannot check (ES512, ES256K) is checked with aws-lc, against the
    /// public half of the key, and a key of another curve is refused.
    #[test]
    fn es512_and_es256k_verify() {
        for (alg, pem) in [
            (
                Alg::ES512,
                &include_bytes!("../../tests/fixtures/keys/ec-p521-pkcs8.pem")[..],
            ),
            (
                Alg::ES256K,
                &include_bytes!("../../tests/fixtures/keys/ec-secp256k1-sec1.pem")[..],
            ),
        ] {
            let token = sign(
                alg,
                KeyMaterial::Private(private_key(pem)),
                json!({"sub": "joe"}),
            );
            let key = public_key(pem);
            assert!(
                matches!(check(&token, Some(&key)), Signature::Valid(_)),
                "{alg}: {:?}",
                check(&token, Some(&key))
            );
            // One character of the signature changed.
            let at = token.rfind('.').unwrap() + 5;
            let flipped = if &token[at..=at] == "A" { "B" } else { "A" };
            let tampered = format!("{}{flipped}{}", &token[..at], &token[at + 1..]);
            assert!(matches!(
                check(&tampered, Some(&key)),
                Signature::Invalid(_)
            ));
            let other = public_key(include_bytes!("../../tests/fixtures/keys/ec-p256.pub.pem"));
            assert!(matches!(check(&token, Some(&other)), Signature::Invalid(_)));
        }
    }

    #[test]
    fn unusable_keys_are_errors() {
        let parse = |bytes: &[u8]| {
            let err = parse_public_key(bytes, "k.pem", || {
                credentials::private_key_from_bytes(
                    bytes,
                    "k.pem",
                    &KeySources::default(),
                    &Environment::default(),
                )
            })
            .err()
            .unwrap();
            format!("{err:#}")
        };
        assert!(parse(b"hello").contains("not a PEM or DER key"));
        assert!(
            parse(b"-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n")
                .contains("unsupported PEM block `X509 CRL`")
        );
        let ed448 = include_bytes!("../../tests/fixtures/keys/ed448-pkcs8.pem");
        assert!(parse(ed448).contains("Ed448"), "{}", parse(ed448));
        let small = include_bytes!("../../tests/fixtures/keys/rsa1024-pkcs1.pem");
        assert!(
            parse(small).contains("at least 2048 bits"),
            "{}",
            parse(small)
        );
        // A 1024-bit PKCS#1 public key, in DER.
        let mut der = vec![0x30, 0x81, 0x89, 0x02, 0x81, 0x81, 0x00, 0xc0];
        der.extend([0x11; 127]);
        der.extend([0x02, 0x03, 0x01, 0x00, 0x01]);
        assert_eq!(rsa_modulus_bits(&der).unwrap(), 1024);
        assert_eq!(
            parse(&der),
            "key k.pem: the RSA key has 1024 bits: jwtmint checks RSA signatures of 2048 to 8192 bits"
        );
    }

    // ---- services

    #[test]
    fn the_service_is_named_or_guessed() {
        // A token no service recognises is checked by the generic rules only.
        let found = report(&hs256(json!({"sub": "joe", "exp": NOW + 60})), None, None);
        assert_eq!(found.provider, None);
        let plain: Value = serde_json::from_str(&found.json()).unwrap();
        assert!(plain.get("provider").is_none() && plain.get("provider_guessed").is_none());

        // Every service with rules can be named, in any letter case; others are usage errors
        // that list them.
        for service in providers::inspectable() {
            let found = report(T, Some(&service.name.to_uppercase()), None);
            assert_eq!(found.provider, Some((service.name, false)));
            assert!(found
                .verdict_text()
                .contains(&format!("checked as {}\n", service.name)));
        }
        let err = provider_by_name("no-such-service").unwrap_err();
        assert!(err.is::<UsageError>());
        assert_eq!(
            err.to_string(),
            format!(
                "unknown provider `no-such-service`: one of {}",
                providers::inspectable_names().join(", ")
            )
        );
    }

    #[test]
    fn require_valid_fails_an_unchecked_signature() {
        let decoded = decode(&hs256(json!({"sub": "joe"}))).unwrap();
        let relaxed = inspect(&decoded, None, None, false, &Expectations::default(), NOW);
        assert!(relaxed.passed());
        assert!(relaxed
            .verdict_text()
            .contains("signature NOT checked: no key given"));
        assert!(relaxed
            .verdict_text()
            .contains("exp none (the token never expires)"));
        let strict = inspect(&decoded, None, None, true, &Expectations::default(), NOW);
        assert!(!strict.passed());
        assert!(strict.all_problems()[0].starts_with("signature NOT checked, and --require-valid"));
        assert!(strict.verdict_text().ends_with(
            "problem: --require-valid was given, and the signature was not checked\nFAILED: 1 problem\n"
        ));
        let checked = inspect(
            &decoded,
            None,
            Some(&secret_key(SECRET)),
            true,
            &Expectations::default(),
            NOW,
        );
        assert!(checked.passed());
    }

    #[test]
    fn run_reads_the_key_files() {
        let token = hs256(json!({"sub": "joe", "exp": NOW + 60}));
        let options = |secret: &str| InspectOptions {
            token_input: Some(format!("Authorization: Bearer {token}")),
            keys: KeySources {
                secret_file: Some(secret.into()),
                ..Default::default()
            },
            require_valid: true,
            json: true,
            now: NOW,
            ..Default::default()
        };
        // hmac-secret-64.txt is another secret: a failed check, not an error.
        assert!(!run(&options("tests/fixtures/keys/hmac-secret-64.txt")).unwrap());
        assert!(run(&options("tests/fixtures/keys/no-such-file"))
            .unwrap_err()
            .to_string()
            .contains("no-such-file"));
        let both = InspectOptions {
            keys: KeySources {
                secret_file: Some("a".into()),
                key_file: Some("b".into()),
                ..Default::default()
            },
            ..options("a")
        };
        assert!(run(&both).unwrap_err().is::<UsageError>());
        let unknown = InspectOptions {
            provider: Some("okta".into()),
            ..options("a")
        };
        assert!(run(&unknown).unwrap_err().is::<UsageError>());

        let rsa = InspectOptions {
            token_input: Some(rs(Alg::RS256)),
            keys: KeySources {
                key_file: Some("tests/fixtures/keys/rsa2048.cert.pem".into()),
                ..Default::default()
            },
            require_valid: true,
            json: true,
            now: NOW,
            ..Default::default()
        };
        assert!(run(&rsa).unwrap());
    }
}
