//! The services jwtmint mints tokens for: one module per service, and [`REGISTRY`], the one list
//! that names them.
//!
//! Each module declares one `pub static SERVICE: Service` holding everything jwtmint knows about
//! that service: its subcommand name and help, its options (as data, [`Opt`]), algorithms,
//! expiry rules, guarded claims, output forms and transport (header and URL parameter), how
//! `inspect` recognises and lints its tokens, and `build`, which turns the option [`Values`] into
//! a [`Provider`] that makes the claims. Everything else is derived from the registry: the clap
//! subcommands (`crate::cli` uses clap's builder API because the flags are data; a derive struct
//! per service would declare each option a second time and could not feed batch lines, env
//! names and profiles from one list), `--batch` line keys, env variable names, `inspect
//! --provider` and guessing, completions and man pages. Adding a service is one new module and
//! one line in [`REGISTRY`]; `CONTRIBUTING.md` has the checklist.
//!
//! `../shared/providers.md` is the specification these follow.

pub mod apns;
pub mod app_store_connect;
pub mod apple;
pub mod apple_client_secret;
pub mod atlassian_connect;
pub mod client_assertion;
pub mod coinbase_cdp;
pub mod developerhub;
pub mod docusign;
pub mod entra;
pub mod firebase;
pub mod formio;
pub mod ghost;
pub mod gitbook;
pub mod github_app;
pub mod google;
pub mod hasura;
pub mod jitsi;
pub mod livekit;
pub mod mapkit;
pub mod meilisearch;
pub mod metabase;
pub mod musickit;
pub mod mux;
pub mod options;
pub mod postgrest;
pub mod realm;
pub mod salesforce;
pub mod sign;
pub mod snowflake;
pub mod stream;
pub mod supabase;
#[cfg(test)]
pub(crate) mod test_support;
pub mod tiledesk;
pub mod tinymce;
pub mod twilio;
pub mod vonage;
pub mod weatherkit;
pub mod zendesk;
pub mod zoom;

use std::path::PathBuf;

use anyhow::Result;
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::output::Format;
use crate::time::ExpiryRules;
pub use options::{Given, Kind, Opt, Origin, Values};

/// Every service, in the order `jwtmint --help` lists them and `inspect` guesses them.
pub static REGISTRY: &[&Service] = &[
    &sign::SERVICE,
    &formio::SERVICE,
    &realm::SERVICE,
    &developerhub::SERVICE,
    &tinymce::SERVICE,
    &tiledesk::SERVICE,
    // Before google: a Firebase custom token is also a service account's self-signed JWT.
    &firebase::SERVICE,
    &google::SERVICE,
    &snowflake::SERVICE,
    &entra::SERVICE,
    &github_app::SERVICE,
    &app_store_connect::SERVICE,
    &apns::SERVICE,
    &apple_client_secret::SERVICE,
    &ghost::SERVICE,
    &livekit::SERVICE,
    &jitsi::SERVICE,
    &supabase::SERVICE,
    &hasura::SERVICE,
    &metabase::SERVICE,
    &zendesk::SERVICE,
    &gitbook::SERVICE,
    &meilisearch::SERVICE,
    &musickit::SERVICE,
    &weatherkit::SERVICE,
    &mapkit::SERVICE,
    &mux::SERVICE,
    &zoom::SERVICE,
    &twilio::SERVICE,
    &stream::SERVICE,
    &vonage::SERVICE,
    &coinbase_cdp::SERVICE,
    &docusign::SERVICE,
    &salesforce::SERVICE,
    &atlassian_connect::SERVICE,
    // After entra and google: it knows an assertion only by `iss` = `sub` and a `jti`.
    &client_assertion::SERVICE,
    // Last of these: it knows a token only by its `role`.
    &postgrest::SERVICE,
];

/// The service with this subcommand name.
pub fn by_name(name: &str) -> Option<&'static Service> {
    REGISTRY
        .iter()
        .copied()
        .find(|service| service.name.eq_ignore_ascii_case(name))
}

/// The services `public-key --for` takes: every one with a public-key form of its own.
pub fn with_public_key() -> impl Iterator<Item = (&'static Service, &'static PublicKeyForm)> {
    REGISTRY
        .iter()
        .filter_map(|service| service.public_key.as_ref().map(|form| (*service, form)))
}

/// The services `inspect --provider` takes: every one with rules of its own.
pub fn inspectable() -> impl Iterator<Item = &'static Service> {
    REGISTRY
        .iter()
        .copied()
        .filter(|service| service.name != "sign")
}

pub fn inspectable_names() -> Vec<&'static str> {
    inspectable().map(|service| service.name).collect()
}

/// Which service a token looks like it is for, if any: the first in the registry that
/// recognises it.
pub fn guess(
    header: &Map<String, Value>,
    payload: &Map<String, Value>,
) -> Option<&'static Service> {
    inspectable().find(|service| (service.recognise)(header, payload))
}

/// The groups `jwtmint --help` lists the services in, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Generic,
    SignIn,
    CiRelease,
    Cloud,
    Realtime,
    Media,
    Enterprise,
}

impl Family {
    pub const ALL: [Family; 7] = [
        Family::Generic,
        Family::SignIn,
        Family::CiRelease,
        Family::Cloud,
        Family::Realtime,
        Family::Media,
        Family::Enterprise,
    ];

    /// The heading in `jwtmint --help`.
    pub fn title(self) -> &'static str {
        match self {
            Family::Generic => "Generic",
            Family::SignIn => "Sign-in and embedding",
            Family::CiRelease => "CI and release",
            Family::Cloud => "Cloud identities",
            Family::Realtime => "Realtime, data and docs",
            Family::Media => "Media and communications",
            Family::Enterprise => "Commerce and enterprise sign-in",
        }
    }
}

/// What a subcommand allows: the algorithms, and the one used when nothing says otherwise.
#[derive(Debug, Clone, Copy)]
pub struct AlgRules {
    pub allowed: &'static [crate::jws::Alg],
    pub default: crate::jws::Alg,
}

/// What jwtmint knows about one service, as data, plus the few functions that need code.
pub struct Service {
    /// The subcommand: `formio`.
    pub name: &'static str,
    /// Where `jwtmint --help` lists it.
    pub family: Family,
    /// The service's own name, for messages: `Form.io`.
    pub title: &'static str,
    /// The subcommand's help: the first paragraph for `-h`, all of it for `--help`.
    pub about: &'static str,
    /// The worked example at the end of `--help`.
    pub example: &'static str,
    /// The service's own options (the shared key, claim, time, output and batch options are
    /// added by the CLI).
    pub options: &'static [Opt],
    pub algs: AlgRules,
    pub expiry: ExpiryRules,
    /// Claims refused in `--claim`/`--claims-file`, and why.
    pub guarded: &'static [GuardedClaim],
    /// The output forms, the default first.
    pub formats: &'static [Format],
    pub transport: Transport,
    /// Whether the claims depend on the key (its file name, public key, `kid`): the key is then
    /// loaded even for `--format claims`.
    pub claims_need_key: bool,
    /// An environment variable naming the key file, read when neither `--key` nor
    /// `JWTMINT_KEY_FILE` gives one (`GOOGLE_APPLICATION_CREDENTIALS`).
    pub key_env: Option<&'static str>,
    /// Turns the HMAC secret as read into the signing key and the `kid` it carries (Ghost's
    /// `ID:HEX`). `None`: the secret's bytes are the key.
    pub secret_form: Option<SecretForm>,
    /// Turns the key file's bytes as the service hands them out into a key form jwtmint reads
    /// (Mux gives the PEM wrapped in base64): the private-key side of `secret_form`. `None`:
    /// the file is read as it is.
    pub key_form: Option<KeyForm>,
    /// What `jwtmint public-key --for NAME` prints for this service (Snowflake's
    /// `RSA_PUBLIC_KEY` and fingerprint), if anything.
    pub public_key: Option<PublicKeyForm>,
    /// Makes the service's claims from its option values.
    pub build: fn(&Values) -> Result<Box<dyn Provider>>,
    /// `inspect`: whether a token looks like one of this service's (for guessing).
    pub recognise: fn(&Claims, &Claims) -> bool,
    /// `inspect`: what the service would reject or misread, beyond the algorithm and lifetime
    /// rules above (which `inspect` checks from the data). Entries starting with [`WARNING`] are
    /// advisory.
    pub lint: fn(&Claims, &Claims) -> Vec<String>,
}

impl std::fmt::Debug for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Service({})", self.name)
    }
}

/// A decoded JWT header or payload.
pub type Claims = Map<String, Value>;

/// A secret as the service hands it out, turned into the HMAC key and the `kid` it names.
pub type SecretForm = fn(&[u8]) -> Result<(Zeroizing<Vec<u8>>, Option<String>)>;

/// A key file as the service hands it out, turned into bytes jwtmint reads as a key;
/// `Ok(None)`: the bytes already are such a key.
pub type KeyForm = fn(&[u8]) -> Result<Option<Zeroizing<Vec<u8>>>>;

/// A public key in the form a service asks for, printed by `jwtmint public-key --for NAME`.
#[derive(Debug, Clone, Copy)]
pub struct PublicKeyForm {
    /// What it prints, for `public-key`'s help: "the RSA_PUBLIC_KEY value for …".
    pub help: &'static str,
    /// Lines for the end of `public-key --help`: the command and what to do with its output.
    pub example: &'static str,
    /// The text printed for this public key (SPKI DER: a file's or a key store's), without the
    /// final newline.
    pub render: fn(&[u8]) -> Result<String>,
}

impl Service {
    pub fn option(&self, long: &str) -> Option<&'static Opt> {
        self.options.iter().find(|opt| opt.long == long)
    }

    pub fn default_format(&self) -> Format {
        self.formats.first().copied().unwrap_or(Format::Token)
    }

    /// What `inspect` reports for a token checked against this service: the algorithm and
    /// lifetime rules that minting enforces (from the data above), then the service's `lint`.
    /// Entries starting with [`WARNING`] are advisory.
    pub fn problems(
        &self,
        header: &Map<String, Value>,
        payload: &Map<String, Value>,
    ) -> Vec<String> {
        let mut out: Vec<String> = alg_problem(header, self.title, self.algs.allowed)
            .into_iter()
            .collect();
        out.extend((self.lint)(header, payload));
        out.extend(lifetime_problems(self, payload));
        out
    }
}

/// The expiry rules of the data, checked on a token: a required `exp` or `iat`, the longest
/// lifetime.
fn lifetime_problems(service: &Service, payload: &Map<String, Value>) -> Vec<String> {
    let rules = service.expiry;
    let title = service.title;
    let mut out = Vec::new();
    let time = |claim: &str| payload.get(claim).and_then(Value::as_f64);
    if !rules.may_omit && !payload.contains_key("exp") {
        out.push(format!(
            "`exp` missing: {title} refuses a token without an expiry"
        ));
    }
    if rules.requires_iat && !payload.contains_key("iat") {
        out.push(format!("`iat` missing: {title} requires it"));
    }
    if let (Some(max), Some(iat), Some(exp)) = (rules.max_lifetime, time("iat"), time("exp")) {
        let lifetime = (exp - iat) as i64;
        if lifetime > max {
            out.push(format!(
                "the token lives {} (exp - iat): {title} refuses tokens that live longer than {}",
                crate::time::human_duration(lifetime),
                crate::time::human_duration(max)
            ));
        }
    }
    out
}

/// How the service receives the token.
#[derive(Debug, Clone, Copy)]
pub struct Transport {
    /// The HTTP header `--format header` prints: its name…
    pub header_name: &'static str,
    /// …and what precedes the token in its value (`Bearer `, `JWT `, or nothing).
    pub header_scheme: &'static str,
    /// The URL query parameter that carries the token in a link, and what precedes the token
    /// in its value (`JWT%20` for Tiledesk).
    pub url_param: Option<(&'static str, &'static str)>,
}

impl Transport {
    /// `Authorization: Bearer TOKEN`, no URL form.
    pub const BEARER: Transport = Transport {
        header_name: "Authorization",
        header_scheme: "Bearer ",
        url_param: None,
    };

    pub fn header(&self, token: &str) -> String {
        format!("{}: {}{token}", self.header_name, self.header_scheme)
    }

    /// `url` with the token appended as this transport's query parameter.
    pub fn link(&self, url: &str, token: &str) -> String {
        let (name, prefix) = self.url_param.unwrap_or(("jwt", ""));
        append_query(url, name, &format!("{prefix}{token}"))
    }
}

/// What the loaded key tells a service whose claims depend on it.
#[derive(Debug, Clone, Default)]
pub struct KeyFacts {
    /// The key file as named (`--key`, `JWTMINT_KEY_FILE`).
    pub path: Option<PathBuf>,
    /// The `kid` the key material carries (a structured secret's id, a JWK's `kid`).
    pub kid: Option<String>,
    /// The public key as a DER SubjectPublicKeyInfo (key pairs only).
    pub public_spki: Option<Vec<u8>>,
    /// The algorithm the token is signed with.
    pub alg: Option<crate::jws::Alg>,
    /// Header fields the key material gives: `x5c`, `x5t`, `x5t#S256` from `--x5c-cert` and
    /// `--x5t-cert`.
    pub header: Map<String, Value>,
    /// The non-secret fields of a JSON credential the key came from (a Google service
    /// account's `client_email`, `private_key_id`, `token_uri`…).
    pub json: Map<String, Value>,
}

/// The claims a subcommand sets.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ServiceClaims {
    /// From dedicated flags (`--sub`, `--email`…): they override `--claim` and the claims file.
    pub flags: Map<String, Value>,
    /// The service's own shape: a user claim that differs from one of these is an error.
    pub fixed: Map<String, Value>,
}

/// A claim that users may not set through `--claim`/`--claims-file`, and why. A name ending in
/// `*` guards every claim that starts with the rest (`x-hasura-*`).
pub struct GuardedClaim {
    pub name: &'static str,
    pub reason: &'static str,
}

impl GuardedClaim {
    /// Whether the top-level claim `claim` is this one.
    pub fn matches(&self, claim: &str) -> bool {
        match self.name.strip_suffix('*') {
            Some(prefix) => claim
                .to_ascii_lowercase()
                .starts_with(&prefix.to_ascii_lowercase()),
            None => claim == self.name,
        }
    }
}

/// A service's behaviour once its options are known.
pub trait Provider: Send + Sync {
    /// The service's claims; `key` is filled in when [`Service::claims_need_key`].
    fn claims(&self, key: &KeyFacts) -> Result<ServiceClaims>;
    /// Claims made from the time claims, once `iat`, `nbf` and `exp` are in the payload
    /// (Twilio's `jti` is the API key SID and `iat`; Zoom's `tokenExp` is `exp`), and rules on
    /// them that refuse (Zoom's shortest lifetime).
    fn finish(&self, _payload: &mut Map<String, Value>) -> Result<()> {
        Ok(())
    }
    /// Last checks on the finished payload; returns warnings for stderr.
    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        Ok(Vec::new())
    }
    /// The format used without `--format`, when it depends on the options.
    fn default_format(&self) -> Option<Format> {
        None
    }
    /// A last check of the format against the options, before any key is read.
    fn check_format(&self, _format: Format) -> Result<()> {
        Ok(())
    }
    /// The URL that carries the token, for services with `Format::Url`.
    fn url(&self, _token: &str) -> Result<String> {
        anyhow::bail!("this service has no URL form")
    }
    /// The URL that carries the token to `target`, the page the reader asked for (`jwtmint
    /// serve`'s `/login?redirect=TARGET`), for services whose login flow passes one
    /// (DeveloperHub). An error when the service takes none, or `target` leaves the site.
    fn redirect_url(&self, _token: &str, _target: &str) -> Result<String> {
        anyhow::bail!("this service's login takes no redirect")
    }
    /// Expiry rules that depend on the options; `None`: the service's.
    fn expiry(&self) -> Option<ExpiryRules> {
        None
    }
    /// The text `--format header` prints, when it is more than the transport's one header
    /// (Snowflake needs two).
    fn header_text(&self, _token: &str) -> Option<String> {
        None
    }
    /// Header fields the service sets (`kid`, `x5t`…), beyond `alg` and `typ`.
    fn header(&self, _key: &KeyFacts) -> Result<Map<String, Value>> {
        Ok(Map::new())
    }
    /// The claim that `--claim`/`--claims-file` claims are nested under, for services whose
    /// token carries the user's claims in one object (Firebase's `claims`); `None`: at the top.
    /// Guarded names are checked before nesting; nothing is added when there are none.
    fn user_claims_under(&self) -> Option<&'static str> {
        None
    }
    /// A last check of the finished header (before `alg`, which `key.alg` gives), for rules
    /// that depend on what `--kid`/`--typ` or the key set (Jitsi's RS256 needs a `kid`).
    fn check_header(&self, _header: &Map<String, Value>, _key: &KeyFacts) -> Result<()> {
        Ok(())
    }
}

/// The shortest secret PostgREST and Hasura accept, counted in characters of its text.
pub const MIN_TEXT_SECRET_CHARS: usize = 32;

/// A [`SecretForm`] for servers that use the secret as text and refuse one under
/// [`MIN_TEXT_SECRET_CHARS`] characters (PostgREST, Hasura).
pub fn min_32_chars(secret: &[u8]) -> Result<(Zeroizing<Vec<u8>>, Option<String>)> {
    let chars = String::from_utf8_lossy(secret).chars().count();
    if chars < MIN_TEXT_SECRET_CHARS {
        anyhow::bail!(
            "the secret is {chars} characters: the server refuses a secret under \
             {MIN_TEXT_SECRET_CHARS} characters"
        );
    }
    Ok((Zeroizing::new(secret.to_vec()), None))
}

/// A `recognise` for services `inspect` never guesses.
pub fn never(_: &Map<String, Value>, _: &Map<String, Value>) -> bool {
    false
}

/// A `lint` for services with no rules beyond the data.
pub fn no_lint(_: &Map<String, Value>, _: &Map<String, Value>) -> Vec<String> {
    Vec::new()
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

/// The largest whole number a numeric id option takes: 2^53 - 1, the largest that every JSON
/// reader (JavaScript's `Number` included) holds exactly. Real ids are far below it; a larger
/// one would reach the service as a different number.
pub const MAX_ID: u64 = (1 << 53) - 1;

/// Builds an object from `KEY=VALUE` assignments on top of a file's object; dotted keys nest.
pub fn nested_object(
    file: Option<&Map<String, Value>>,
    assignments: &[crate::claims::Assignment],
) -> Result<Map<String, Value>> {
    let mut object = file.cloned().unwrap_or_default();
    for assignment in assignments {
        crate::claims::insert_dotted(&mut object, &assignment.key, assignment.value.clone())?;
    }
    let depth = crate::claims::object_depth(&object);
    if depth > crate::claims::MAX_DEPTH {
        anyhow::bail!(crate::exit::UsageError::new(format!(
            "the object built from dotted keys nests {depth} levels deep; jwtmint accepts at most {}",
            crate::claims::MAX_DEPTH
        )));
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
    allowed: &[crate::jws::Alg],
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
        use crate::jws::Alg;
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
