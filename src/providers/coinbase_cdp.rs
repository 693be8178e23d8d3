//! Coinbase Developer Platform (CDP) API key JWTs: a short-lived token, one per request, that
//! names the request it is for, signed with the API key's secret.
//!
//! What CDP takes (npm `@coinbase/cdp-sdk` 1.57.0 `src/auth/utils/jwt.ts` `generateJwt`, which
//! mints it; checked in `tests/services/coinbase-cdp`; PyPI `cdp-sdk` mints the same):
//! - The key as CDP hands it out: an Ed25519 key (id a UUID, secret the base64 of seed ‖ public
//!   key, 64 bytes) → EdDSA; an ECDSA key (id `organizations/ORG/apiKeys/ID`, secret a P-256
//!   PEM, SEC1 `EC PRIVATE KEY` in CDP's downloads) → ES256. The downloaded `cdp_api_key.json`
//!   (`{"id" or "name", "privateKey"}`) is read for its `privateKey`.
//! - Header: `alg`, `kid` = the key id, `typ: JWT`, `nonce` (16 random bytes as 32 hex digits).
//! - Claims: `sub` = the key id, `iss: "cdp"`, `iat` = `nbf` = now, `exp` = now + 120 s,
//!   `uris: ["GET api.cdp.coinbase.com/platform/v1/wallets"]` (method, a space, host and path:
//!   no scheme, no query). No `uris` at all is a websocket token. `aud` only when asked for (the
//!   SDK's optional `audience`).
//! - Coinbase App / Advanced Trade tokens (`uri`, a string, and no `nbf`-style defaults of their
//!   own) are another API: `uri` is refused here, and `inspect` flags it.
//! - Use: `Authorization: Bearer JWT` on that one request. The wallet token (`X-Wallet-Auth`)
//!   is out of scope.

use anyhow::{anyhow, bail, Result};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::{
    AlgRules, Family, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims,
    Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// The SDK's lifetime; the server's maximum is not published, so longer warns.
pub const LIFETIME: i64 = 120;
const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

const KEY_NAME: Opt = Opt::text(
    "key-name",
    "ID",
    "The API key id: a UUID (Ed25519 keys) or organizations/ORG/apiKeys/ID (ECDSA keys). It is \
     `kid` and `sub`.",
)
.required();
const URI: Opt = Opt::text(
    "uri",
    "'METHOD HOST/PATH'",
    "The request the token is for, as 'GET api.cdp.coinbase.com/platform/v1/wallets': method, \
     a space, host and path, without scheme or query (repeatable; the SDK writes one per \
     token). `uris`.",
)
.with_kind(Kind::List)
.grants_rights();
const WEBSOCKET: Opt = Opt::switch(
    "websocket",
    "A websocket token: no `uris` (instead of --uri).",
);
const AUDIENCE: Opt = Opt::text(
    "audience",
    "AUD",
    "Add this to `aud` (repeatable; the SDK's optional `audience`). CDP's REST calls need none.",
)
.with_kind(Kind::List);

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "uris",
        reason: "`uris` says which requests the token may make; use --uri",
    },
    GuardedClaim {
        name: "uri",
        reason:
            "`uri` is the Coinbase App (Advanced Trade) form, which CDP does not read; use --uri",
    },
    GuardedClaim {
        name: "sub",
        reason: "`sub` is the API key id; use --key-name",
    },
];

pub static SERVICE: Service = Service {
    name: "coinbase-cdp",
    family: Family::Enterprise,
    title: "Coinbase Developer Platform",
    about: "Coinbase Developer Platform API key JWT: a 2-minute token for one request.\n\n\
            --key takes the secret as CDP hands it out: the base64 Ed25519 secret (EdDSA), an EC \
            P-256 PEM (ES256), or the downloaded cdp_api_key.json. Header: `kid` = \
            --key-name, `typ: JWT`, a random `nonce`. Claims: `sub` = --key-name, `iss: \
            \"cdp\"`, `uris` = --uri ('GET api.cdp.coinbase.com/platform/v1/wallets': no \
            scheme, no query; --websocket for none), `iat` = `nbf` = now, `exp` 120 s later \
            (longer warns: CDP's limit is not published). Send it as `Authorization: Bearer \
            TOKEN` (--format header) on that request only.",
    example: "\
Example (an Ed25519 API key; the secret file holds the base64 string CDP showed):
  jwtmint coinbase-cdp --key cdp-secret.txt --key-name 9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a \\
    --uri 'GET api.cdp.coinbase.com/platform/v2/evm/accounts'
Call that endpoint with it (a fresh token for each request):
  curl -H \"$(jwtmint coinbase-cdp --key cdp-secret.txt --format header \\
      --key-name 9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a \\
      --uri 'GET api.cdp.coinbase.com/platform/v2/evm/accounts')\" \\
    https://api.cdp.coinbase.com/platform/v2/evm/accounts",
    options: &[KEY_NAME, URI, WEBSOCKET, AUDIENCE],
    algs: AlgRules {
        allowed: &[Alg::ES256, Alg::EdDSA],
        default: Alg::ES256,
    },
    expiry: ExpiryRules {
        default: Some(LIFETIME),
        may_omit: false,
        max_lifetime: None,
        requires_iat: false,
        backdate: 0,
        default_nbf: Some(0),
        no_exp: None,
    },
    guarded: GUARDED,
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: Some(key_form),
    public_key: None,
    build: |values| Ok(Box::new(CoinbaseCdp::from_values(values)?)),
    recognise: |_, payload| {
        payload.get("iss").and_then(Value::as_str) == Some("cdp")
            && payload.get("sub").is_some_and(Value::is_string)
    },
    lint: problems,
};

/// CDP's key forms, turned into one jwtmint reads: the base64 Ed25519 secret (64 bytes: seed,
/// then public key) becomes a private JWK, whose reader checks that the two halves agree; the
/// downloaded key file gives its `privateKey`. Anything else is read as it is (a PEM).
pub fn key_form(bytes: &[u8]) -> Result<Option<Zeroizing<Vec<u8>>>> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim();
    if text.starts_with('{') {
        let Ok(Value::Object(file)) = serde_json::from_str::<Value>(text) else {
            return Ok(None);
        };
        let Some(secret) = file.get("privateKey") else {
            return Ok(None);
        };
        let secret = secret
            .as_str()
            .ok_or_else(|| anyhow!("the CDP key file's `privateKey` is not a string"))?;
        return Ok(Some(
            key_form(secret.as_bytes())?
                .unwrap_or_else(|| Zeroizing::new(secret.as_bytes().to_vec())),
        ));
    }
    if text.contains("-----BEGIN") || text.is_empty() {
        return Ok(None);
    }
    let Ok(raw) = STANDARD.decode(text).map(Zeroizing::new) else {
        return Ok(None);
    };
    if raw.len() != 64 {
        bail!(
            "a base64 secret of {} bytes: CDP's Ed25519 secrets are 64 bytes (seed, then public \
             key)",
            raw.len()
        );
    }
    let jwk = serde_json::json!({
        "kty": "OKP",
        "crv": "Ed25519",
        "d": URL_SAFE_NO_PAD.encode(&raw[..32]),
        "x": URL_SAFE_NO_PAD.encode(&raw[32..]),
    });
    let jwk = Zeroizing::new(jwk.to_string());
    Ok(Some(Zeroizing::new(jwk.as_bytes().to_vec())))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoinbaseCdp {
    pub key_name: String,
    /// `None`: a websocket token.
    pub uris: Option<Vec<String>>,
    pub audience: Vec<String>,
}

impl CoinbaseCdp {
    pub fn from_values(values: &Values) -> Result<Self> {
        let key_name = values.require(&KEY_NAME)?;
        if key_name.is_empty() || !key_name.bytes().all(|b| b.is_ascii_graphic()) {
            bail!(UsageError::new(
                "--key-name must be the API key id (a UUID or organizations/ORG/apiKeys/ID), \
                 without spaces"
            ));
        }
        let uris = values.list(&URI);
        let uris = match (uris.is_empty(), values.switch(&WEBSOCKET)) {
            (false, true) => bail!(UsageError::new(
                "give either --uri or --websocket: a websocket token has no `uris`"
            )),
            (true, false) => bail!(UsageError::new(
                "--uri 'METHOD HOST/PATH' is required (or --websocket for a websocket token)"
            )),
            (true, true) => None,
            (false, false) => Some(uris.iter().map(|u| request_uri(u)).collect::<Result<_>>()?),
        };
        let audience = values.list(&AUDIENCE);
        if audience.iter().any(|a| a.is_empty()) {
            bail!(UsageError::new("--audience is empty"));
        }
        Ok(CoinbaseCdp {
            key_name,
            uris,
            audience,
        })
    }
}

/// `METHOD HOST/PATH` as CDP compares it with the request, the method upper-cased.
fn request_uri(text: &str) -> Result<String> {
    let usage = |why: String| -> anyhow::Error {
        UsageError::new(format!(
            "--uri '{text}': {why} (like 'GET api.cdp.coinbase.com/platform/v1/wallets')"
        ))
        .into()
    };
    let Some((method, target)) = text.split_once(' ') else {
        return Err(usage("give the method, a space, then host and path".into()));
    };
    let method = method.to_ascii_uppercase();
    if !METHODS.contains(&method.as_str()) {
        return Err(usage(format!("`{method}` is not an HTTP method")));
    }
    if target.contains("://") {
        return Err(usage("no scheme: CDP signs host and path only".into()));
    }
    if target.contains('?') || target.contains('#') {
        return Err(usage(
            "no query or fragment: CDP signs the path only".into(),
        ));
    }
    let Some(slash) = target.find('/') else {
        return Err(usage("the path is missing after the host".into()));
    };
    let host = &target[..slash];
    if host.is_empty()
        || !target.bytes().all(|b| b.is_ascii_graphic())
        || !host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".-:".contains(&b))
    {
        return Err(usage(
            "give a host name, then the path, without spaces".into(),
        ));
    }
    Ok(format!("{method} {target}"))
}

fn is_uuid(text: &str) -> bool {
    uuid::Uuid::try_parse(text).is_ok() && text.len() == 36
}

fn is_org_key_name(text: &str) -> bool {
    let parts: Vec<_> = text.split('/').collect();
    matches!(parts.as_slice(), ["organizations", org, "apiKeys", id] if !org.is_empty() && !id.is_empty())
}

/// 16 random bytes as 32 hex digits, as the SDK's `nonce()`.
fn nonce() -> Result<String> {
    let mut bytes = [0u8; 16];
    aws_lc_rs::rand::fill(&mut bytes).map_err(|_| anyhow!("no random bytes for the nonce"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

impl Provider for CoinbaseCdp {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let mut fixed = Map::new();
        fixed.insert("sub".into(), self.key_name.as_str().into());
        fixed.insert("iss".into(), "cdp".into());
        if let Some(uris) = &self.uris {
            fixed.insert("uris".into(), uris.clone().into());
        }
        if !self.audience.is_empty() {
            fixed.insert("aud".into(), self.audience.clone().into());
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, claims: &Map<String, Value>) -> Result<Vec<String>> {
        let mut out = Vec::new();
        if !is_uuid(&self.key_name) && !is_org_key_name(&self.key_name) {
            out.push(format!(
                "--key-name {} is neither a UUID nor organizations/ORG/apiKeys/ID: CDP's key ids \
                 are one of these",
                self.key_name
            ));
        }
        out.extend(lifetime_warning(claims).map(|w| w.trim_start_matches(WARNING).to_string()));
        Ok(out)
    }

    fn header(&self, key: &KeyFacts) -> Result<Map<String, Value>> {
        let mut header = Map::new();
        header.insert("kid".into(), self.key_name.as_str().into());
        header.insert("nonce".into(), nonce()?.into());
        if key.alg == Some(Alg::EdDSA) && is_org_key_name(&self.key_name) {
            crate::output::warn(
                "an Ed25519 key with an organizations/…/apiKeys/… key name: CDP's Ed25519 keys \
                 have UUID ids, its ECDSA keys the long names",
            );
        }
        Ok(header)
    }
}

fn lifetime_warning(payload: &Map<String, Value>) -> Option<String> {
    let time = |name: &str| payload.get(name).and_then(Value::as_f64);
    let start = time("nbf").or_else(|| time("iat"))?;
    let lifetime = (time("exp")? - start) as i64;
    (lifetime > LIFETIME).then(|| {
        format!(
            "{WARNING}the token lives {}: the SDK mints 2 minutes, and CDP's own limit is not \
             published",
            crate::time::human_duration(lifetime)
        )
    })
}

/// What CDP would reject or misread in a token, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    let text = |name: &str| payload.get(name).and_then(Value::as_str);
    if text("iss") != Some("cdp") {
        out.push("`iss` must be \"cdp\"".into());
    }
    let sub = text("sub");
    if sub.is_none_or(str::is_empty) {
        out.push("`sub` missing: it must be the API key id".into());
    }
    match header.get("kid").and_then(Value::as_str) {
        None => out.push("header `kid` missing: it must be the API key id".into()),
        Some(kid) if sub.is_some_and(|sub| sub != kid) => out.push(format!(
            "header `kid` {kid} is not `sub`: both are the API key id"
        )),
        Some(_) => {}
    }
    if !header.contains_key("nonce") {
        out.push(format!(
            "{WARNING}no header `nonce`: CDP's SDKs send a random one in every token"
        ));
    }
    if payload.contains_key("uri") {
        out.push(
            "`uri` (a string) is the Coinbase App / Advanced Trade form: CDP reads `uris`, an \
             array"
                .into(),
        );
    }
    match payload.get("uris") {
        None => {}
        Some(Value::Array(items)) => {
            for item in items {
                match item.as_str() {
                    Some(uri) if request_uri(uri).is_ok_and(|u| u == uri) => {}
                    _ => out.push(format!(
                        "`uris` entry {item} is not 'METHOD HOST/PATH' (no scheme, no query)"
                    )),
                }
            }
        }
        Some(_) => out.push("`uris` must be an array of 'METHOD HOST/PATH' strings".into()),
    }
    out.extend(lifetime_warning(payload));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::test_support::{object, payload, values};
    use serde_json::json;

    const UUID: &str = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
    const WALLETS: &str = "GET api.cdp.coinbase.com/platform/v1/wallets";

    fn build(pairs: &[(&Opt, &str)]) -> Result<CoinbaseCdp> {
        CoinbaseCdp::from_values(&values(pairs))
    }

    #[test]
    fn exact_payload_and_header() {
        let cdp = build(&[(&KEY_NAME, UUID), (&URI, WALLETS)]).unwrap();
        assert_eq!(
            Value::Object(payload(&cdp)),
            json!({"sub": UUID, "iss": "cdp", "uris": [WALLETS]})
        );
        let header = cdp.header(&KeyFacts::default()).unwrap();
        assert_eq!(header["kid"], UUID);
        let nonce = header["nonce"].as_str().unwrap();
        assert_eq!(nonce.len(), 32);
        assert!(nonce.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(
            cdp.header(&KeyFacts::default()).unwrap()["nonce"],
            header["nonce"]
        );
        let minted = object(json!({"iat": 1000, "nbf": 1000, "exp": 1120}));
        assert!(cdp.check(&minted).unwrap().is_empty());

        let several = build(&[
            (&KEY_NAME, "organizations/o-1/apiKeys/k-1"),
            (&URI, "post api.cdp.coinbase.com/platform/v2/evm/accounts"),
            (&URI, WALLETS),
            (&AUDIENCE, "cdp_service"),
        ])
        .unwrap();
        assert_eq!(
            Value::Object(payload(&several)),
            json!({
                "sub": "organizations/o-1/apiKeys/k-1", "iss": "cdp", "aud": ["cdp_service"],
                "uris": ["POST api.cdp.coinbase.com/platform/v2/evm/accounts", WALLETS]
            })
        );
        let socket = build(&[(&KEY_NAME, UUID), (&WEBSOCKET, "")]).unwrap();
        assert_eq!(
            Value::Object(payload(&socket)),
            json!({"sub": UUID, "iss": "cdp"})
        );
    }

    #[test]
    fn times_are_two_minutes_from_nbf() {
        let mut claims = Map::new();
        crate::time::apply(
            &mut claims,
            &Default::default(),
            SERVICE.expiry,
            "coinbase-cdp",
            1000,
        )
        .unwrap();
        assert_eq!(
            Value::Object(claims.clone()),
            json!({"iat": 1000, "nbf": 1000, "exp": 1120})
        );
        claims.insert("exp".into(), 1300.into());
        let cdp = build(&[(&KEY_NAME, "my key id")]);
        assert!(cdp.is_err());
        let cdp = build(&[(&KEY_NAME, "my-key"), (&WEBSOCKET, "")]).unwrap();
        let found = cdp.check(&claims).unwrap();
        assert!(found[0].contains("neither a UUID"), "{found:?}");
        assert!(found[1].starts_with("the token lives 5m"), "{found:?}");
    }

    #[test]
    fn refusals() {
        let usage = |pairs: &[(&Opt, &str)], words: &str| {
            let err = build(pairs).unwrap_err();
            assert!(err.is::<UsageError>(), "{err:#}");
            assert!(format!("{err:#}").contains(words), "{err:#}");
        };
        let uri = |text| usage(&[(&KEY_NAME, UUID), (&URI, text)], "--uri");
        for bad in [
            "GET https://api.cdp.coinbase.com/platform/v1/wallets",
            "GET api.cdp.coinbase.com/platform/v1/wallets?limit=5",
            "FETCH api.cdp.coinbase.com/x",
            "GET api.cdp.coinbase.com",
            "GET /platform/v1/wallets",
            "GETapi.cdp.coinbase.com/x",
            "GET api.cdp.coinbase.com/a b",
        ] {
            uri(bad);
        }
        usage(&[(&KEY_NAME, UUID)], "is required");
        usage(
            &[(&KEY_NAME, UUID), (&URI, WALLETS), (&WEBSOCKET, "")],
            "either --uri or --websocket",
        );
        usage(
            &[(&KEY_NAME, UUID), (&WEBSOCKET, ""), (&AUDIENCE, "")],
            "--audience is empty",
        );
        let names: Vec<_> = SERVICE.guarded.iter().map(|g| g.name).collect();
        assert_eq!(names, ["uris", "uri", "sub"]);
    }

    #[test]
    fn key_forms() {
        // seed ‖ public key of RFC 8032's first test vector.
        let seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
        let public = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
        let raw: Vec<u8> = (0..64)
            .map(|i| u8::from_str_radix(&format!("{seed}{public}")[2 * i..2 * i + 2], 16).unwrap())
            .collect();
        let secret = STANDARD.encode(&raw);
        let jwk = key_form(format!("{secret}\n").as_bytes()).unwrap().unwrap();
        let key = crate::keys::jwk::parse_jwk(&jwk, None).unwrap();
        assert!(matches!(
            key.key,
            crate::jws::KeyMaterial::Private(crate::keys::PrivateKey::Ed25519(_))
        ));
        let file = json!({"id": UUID, "privateKey": secret}).to_string();
        assert_eq!(key_form(file.as_bytes()).unwrap().unwrap(), jwk);
        // The halves must agree: a wrong public key is refused by the JWK reader.
        let mut wrong = raw.clone();
        wrong[63] ^= 1;
        let jwk = key_form(STANDARD.encode(&wrong).as_bytes())
            .unwrap()
            .unwrap();
        assert!(crate::keys::jwk::parse_jwk(&jwk, None).is_err());
        let short = key_form(STANDARD.encode(&raw[..32]).as_bytes()).unwrap_err();
        assert!(short.to_string().contains("32 bytes"), "{short}");
        let pem = crate::providers::test_support::key_fixture("ec-p256-sec1.pem");
        assert_eq!(key_form(&pem).unwrap(), None);
        let in_json = json!({"name": "organizations/o/apiKeys/k",
                             "privateKey": String::from_utf8(pem.clone()).unwrap()});
        assert_eq!(
            key_form(in_json.to_string().as_bytes())
                .unwrap()
                .unwrap()
                .as_slice(),
            pem.as_slice()
        );
        let jwk_file = crate::providers::test_support::key_fixture("ed25519.jwk");
        assert_eq!(key_form(&jwk_file).unwrap(), None);
    }

    #[test]
    fn inspect_minted_and_broken_tokens() {
        let cdp = build(&[(&KEY_NAME, UUID), (&URI, WALLETS)]).unwrap();
        let mut header = cdp.header(&KeyFacts::default()).unwrap();
        header.insert("alg".into(), "EdDSA".into());
        let mut minted = payload(&cdp);
        minted.extend(object(json!({"iat": 1000, "nbf": 1000, "exp": 1120})));
        assert!(SERVICE.problems(&header, &minted).is_empty());
        assert!((SERVICE.recognise)(&header, &minted));
        let trade = object(json!({
            "iss": "cdp", "sub": "organizations/o/apiKeys/k", "nbf": 1000, "exp": 1120,
            "uri": "GET api.coinbase.com/api/v3/brokerage/accounts",
            "uris": ["GET https://api.cdp.coinbase.com/x"]
        }));
        let found = SERVICE.problems(&object(json!({"alg": "RS256", "kid": "other"})), &trade);
        assert_eq!(found.len(), 5, "{found:?}");
        assert!(found[0].contains("accepts only ES256, EdDSA"));
        assert!(found[1].contains("is not `sub`"));
        assert!(found[2].starts_with(WARNING) && found[2].contains("nonce"));
        assert!(found[3].contains("Advanced Trade"));
        assert!(found[4].contains("not 'METHOD HOST/PATH'"));
        let long = object(json!({"iss": "x", "nbf": 0, "exp": 600}));
        let found = SERVICE.problems(&header, &long);
        assert!(found[0].contains("\"cdp\""));
        assert!(found[1].starts_with("`sub` missing"));
        assert!(found.last().unwrap().contains("lives 10m"), "{found:?}");
    }
}
