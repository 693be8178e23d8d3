//! Microsoft Entra ID client assertions: a service principal's certificate credential. The
//! assertion is posted as `client_assertion` to the tenant's token endpoint in place of a
//! client secret; Entra finds the certificate by the header's thumbprint and checks the
//! signature with its key.

use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use der::{Decode, Encode};
use serde_json::{Map, Value};
use x509_cert::spki::SubjectPublicKeyInfoRef;

use super::AlgRules;
use super::{
    http_url, json_kind, KeyFacts, Opt, Provider, Service, ServiceClaims, Transport, Values,
    WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

pub const DEFAULT_AUTHORITY: &str = "https://login.microsoftonline.com";

const CERT: Opt = Opt::text(
    "cert",
    "PATH",
    "The certificate uploaded to the app registration (PEM or DER), for --key's key.\n\n\
     Its thumbprint goes into the header (`x5t#S256`, and `x5t` for RS256); a certificate \
     whose public key is not --key's is refused.",
)
.required();
const TENANT: Opt = Opt::text(
    "tenant",
    "TENANT",
    "The directory (tenant) id, or a verified domain such as contoso.onmicrosoft.com.",
)
.required();
const CLIENT_ID: Opt = Opt::text(
    "client-id",
    "APP_ID",
    "The application (client) id: `iss` and `sub`.",
)
.required();
const AUTHORITY: Opt = Opt::text(
    "authority",
    "URL",
    "The authority host, for national clouds: https://login.microsoftonline.us, \
     https://login.partner.microsoftonline.cn.",
)
.default(DEFAULT_AUTHORITY);

pub static SERVICE: Service = Service {
    name: "entra",
    family: super::Family::Cloud,
    title: "Microsoft Entra ID",
    about: "Microsoft Entra ID client assertion: a certificate credential instead of a secret.\n\n\
            `aud` = AUTHORITY/TENANT/oauth2/v2.0/token, `iss` = `sub` = the client id, a random \
            `jti`, `nbf` = `iat`, 10 minutes by default. PS256 by default (RS256 for older \
            tenants, adding the SHA-1 `x5t`); the header carries the certificate's `x5t#S256`. \
            Entra answers invalid_client for any mistake; a certificate that does not match \
            --key is refused here.",
    example: "\
Example:
  ASSERTION=$(jwtmint entra --key app.key --cert app.pem --tenant contoso.onmicrosoft.com \\
    --client-id 11111111-2222-3333-4444-555555555555)
  curl -d client_id=11111111-2222-3333-4444-555555555555 -d grant_type=client_credentials \\
    -d scope=https://graph.microsoft.com/.default \\
    -d client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer \\
    -d client_assertion=$ASSERTION \\
    https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token",
    options: &[CERT, TENANT, CLIENT_ID, AUTHORITY],
    algs: AlgRules {
        allowed: &[Alg::PS256, Alg::RS256],
        default: Alg::PS256,
    },
    expiry: ExpiryRules {
        default: Some(600),
        may_omit: false,
        max_lifetime: None,
        requires_iat: false,
        backdate: 0,
        default_nbf: Some(0),
        no_exp: None,
    },
    guarded: &[],
    formats: &[Format::Token, Format::Json, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Entra::from_values(values)?)),
    recognise: |header, payload| {
        (header.contains_key("x5t#S256") || header.contains_key("x5t"))
            && payload
                .get("aud")
                .and_then(Value::as_str)
                .is_some_and(|aud| aud.contains("/oauth2/"))
    },
    lint: problems,
};

/// A certificate as read from `--cert`.
#[derive(Debug, Clone)]
pub struct Certificate {
    pub der: Vec<u8>,
    /// Its public key, as a DER SubjectPublicKeyInfo.
    pub spki: Vec<u8>,
    /// `notAfter`, Unix seconds.
    pub not_after: i64,
}

impl Certificate {
    /// The first certificate of a PEM file, or a DER certificate.
    pub fn parse(bytes: &[u8]) -> Result<Self> {
        let der = if bytes.windows(11).any(|w| w == b"-----BEGIN ") {
            let text = std::str::from_utf8(bytes).map_err(|_| anyhow!("damaged PEM: not text"))?;
            let blocks = pem::parse_many(text)
                .map_err(|e| anyhow!("damaged PEM: {}", crate::keys::pem_problem(&e)))?;
            blocks
                .into_iter()
                .find(|b| b.tag() == "CERTIFICATE")
                .ok_or_else(|| anyhow!("no CERTIFICATE block in the file"))?
                .into_contents()
        } else {
            bytes.to_vec()
        };
        let cert = x509_cert::Certificate::from_der(&der)
            .map_err(|e| anyhow!("not an X.509 certificate ({e})"))?;
        let spki = cert
            .tbs_certificate
            .subject_public_key_info
            .to_der()
            .map_err(|e| anyhow!("damaged certificate ({e})"))?;
        let not_after = cert
            .tbs_certificate
            .validity
            .not_after
            .to_unix_duration()
            .as_secs() as i64;
        Ok(Certificate {
            der,
            spki,
            not_after,
        })
    }

    pub fn read(path: &Path) -> Result<Self> {
        let bytes = crate::input::read_path(path, "certificate")?;
        Certificate::parse(&bytes)
            .with_context(|| format!("certificate {}", crate::input::display(path)))
    }

    /// base64url (unpadded) SHA-256 of the DER: `x5t#S256`.
    pub fn x5t_s256(&self) -> String {
        let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &self.der);
        URL_SAFE_NO_PAD.encode(digest.as_ref())
    }

    /// base64url (unpadded) SHA-1 of the DER: `x5t`.
    pub fn x5t(&self) -> String {
        let digest =
            aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA1_FOR_LEGACY_USE_ONLY, &self.der);
        URL_SAFE_NO_PAD.encode(digest.as_ref())
    }

    /// Whether the certificate's public key is this SubjectPublicKeyInfo's.
    pub fn matches(&self, spki: &[u8]) -> bool {
        let (Ok(ours), Ok(theirs)) = (
            SubjectPublicKeyInfoRef::try_from(self.spki.as_slice()),
            SubjectPublicKeyInfoRef::try_from(spki),
        ) else {
            return false;
        };
        ours.algorithm.oid == theirs.algorithm.oid
            && ours.subject_public_key.raw_bytes() == theirs.subject_public_key.raw_bytes()
    }
}

#[derive(Debug, Clone)]
pub struct Entra {
    pub cert: Certificate,
    /// Named in messages.
    pub cert_name: String,
    pub tenant: String,
    pub client_id: String,
    pub authority: String,
}

impl Entra {
    pub fn from_values(values: &Values) -> Result<Self> {
        let tenant = values.require(&TENANT)?;
        if tenant.is_empty()
            || !tenant
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._".contains(&b))
        {
            bail!(UsageError::new(format!(
                "--tenant `{tenant}`: give the tenant id (a GUID) or a verified domain"
            )));
        }
        if ["common", "organizations", "consumers"].contains(&tenant.to_ascii_lowercase().as_str())
        {
            bail!(UsageError::new(format!(
                "--tenant {tenant}: client credentials need a specific tenant (its id or \
                 domain), not a multi-tenant alias"
            )));
        }
        let client_id = values.require(&CLIENT_ID)?;
        if client_id.is_empty() {
            bail!(UsageError::new(
                "--client-id needs the application (client) id"
            ));
        }
        let authority = values.require(&AUTHORITY)?;
        let parsed = http_url("--authority", &authority)?;
        if parsed.scheme() != "https" || !matches!(parsed.path(), "" | "/") {
            bail!(UsageError::new(format!(
                "--authority {authority}: give the https host only (https://login.microsoftonline.us); \
                 the tenant comes from --tenant"
            )));
        }
        let path = values.require(&CERT)?;
        let cert = Certificate::read(Path::new(&path)).map_err(crate::exit::found)?;
        Ok(Entra {
            cert,
            cert_name: path,
            tenant,
            client_id,
            authority: authority.trim_end_matches('/').to_string(),
        })
    }

    pub fn audience(&self) -> String {
        format!("{}/{}/oauth2/v2.0/token", self.authority, self.tenant)
    }
}

fn is_guid(text: &str) -> bool {
    let groups: Vec<_> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

impl Provider for Entra {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let mut fixed = Map::new();
        fixed.insert("aud".into(), self.audience().into());
        fixed.insert("iss".into(), self.client_id.as_str().into());
        fixed.insert("sub".into(), self.client_id.as_str().into());
        fixed.insert("jti".into(), uuid::Uuid::new_v4().to_string().into());
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, claims: &Map<String, Value>) -> Result<Vec<String>> {
        let mut out = Vec::new();
        if !is_guid(&self.client_id) {
            out.push(format!(
                "--client-id {} is not a GUID: Entra's application (client) ids are",
                self.client_id
            ));
        }
        let exp = claims.get("exp").and_then(Value::as_i64);
        if exp.is_some_and(|exp| exp > self.cert.not_after) {
            out.push(format!(
                "the certificate {} expires before the token does: Entra refuses an expired \
                 certificate",
                self.cert_name
            ));
        }
        Ok(out)
    }

    fn header(&self, key: &KeyFacts) -> Result<Map<String, Value>> {
        let Some(spki) = &key.public_spki else {
            bail!("entra signs with the certificate's private key (--key)");
        };
        if !self.cert.matches(spki) {
            bail!(
                "the certificate {} is not for this key: its public key differs from --key's \
                 (Entra would answer invalid_client)",
                self.cert_name
            );
        }
        let mut header = Map::new();
        header.insert("x5t#S256".into(), self.cert.x5t_s256().into());
        if key.alg == Some(Alg::RS256) {
            header.insert("x5t".into(), self.cert.x5t().into());
        }
        Ok(header)
    }
}

/// What Entra would reject in a client assertion, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    let thumbprint = |name: &str, len: usize| match header.get(name) {
        None => None,
        Some(Value::String(t)) => {
            let t = t.trim_end_matches('=');
            (t.len() != len || URL_SAFE_NO_PAD.decode(t).is_err())
                .then(|| format!("header `{name}` is not a base64url certificate thumbprint"))
        }
        Some(other) => Some(format!(
            "header `{name}` must be a string, found {}",
            json_kind(other)
        )),
    };
    if !header.contains_key("x5t#S256") && !header.contains_key("x5t") {
        out.push(
            "no `x5t#S256` (or `x5t`) header: Entra finds the certificate by its thumbprint".into(),
        );
    }
    out.extend(thumbprint("x5t#S256", 43));
    out.extend(thumbprint("x5t", 27));
    let str_of = |name: &str| payload.get(name).and_then(Value::as_str);
    match str_of("aud") {
        Some(aud) if aud.ends_with("/oauth2/v2.0/token") || aud.ends_with("/oauth2/token") => {}
        Some(aud) => out.push(format!(
            "`aud` {aud} is not the token endpoint (https://login.microsoftonline.com/TENANT/oauth2/v2.0/token)"
        )),
        None => out.push("`aud` missing: it must be the tenant's token endpoint".into()),
    }
    match (str_of("iss"), str_of("sub")) {
        (Some(iss), Some(sub)) if iss == sub => {}
        _ => out.push("`iss` and `sub` must both be the application (client) id".into()),
    }
    if !payload.contains_key("jti") {
        out.push("`jti` missing: Entra requires a unique id (a GUID) in each assertion".into());
    }
    if let (Some(iat), Some(exp)) = (
        payload.get("iat").and_then(Value::as_f64),
        payload.get("exp").and_then(Value::as_f64),
    ) {
        if exp - iat > 3600.0 {
            out.push(format!(
                "{WARNING}the assertion lives over an hour: Microsoft suggests 5 to 10 minutes"
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::Given;
    use super::*;
    use serde_json::json;

    fn fixture(name: &str) -> String {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/services")
            .join(name)
            .display()
            .to_string()
    }

    fn values(cert: &str) -> Values {
        Values::new()
            .with(&CERT, Given::Text(fixture(cert)))
            .with(&TENANT, Given::Text("contoso.onmicrosoft.com".into()))
            .with(
                &CLIENT_ID,
                Given::Text("11111111-2222-3333-4444-555555555555".into()),
            )
            .with(&AUTHORITY, Given::Text(DEFAULT_AUTHORITY.into()))
    }

    fn key_facts(alg: Alg) -> KeyFacts {
        let pem = std::fs::read(fixture("entra-key.pem")).unwrap();
        let key = crate::keys::parse_private_key(&pem, &mut || unreachable!()).unwrap();
        KeyFacts {
            public_spki: Some(key.public_key_spki_der().unwrap()),
            alg: Some(alg),
            ..Default::default()
        }
    }

    #[test]
    fn exact_payload_and_header() {
        let e = Entra::from_values(&values("entra-cert.pem")).unwrap();
        let mut claims = e.claims(&KeyFacts::default()).unwrap().fixed;
        let jti = claims.remove("jti").unwrap();
        assert!(is_guid(jti.as_str().unwrap()));
        let id = "11111111-2222-3333-4444-555555555555";
        assert_eq!(
            Value::Object(claims),
            json!({
                "aud": "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token",
                "iss": id, "sub": id
            })
        );
        let ps = e.header(&key_facts(Alg::PS256)).unwrap();
        assert_eq!(ps.len(), 1);
        assert_eq!(ps["x5t#S256"].as_str().unwrap().len(), 43);
        let rs = e.header(&key_facts(Alg::RS256)).unwrap();
        assert_eq!(rs["x5t"].as_str().unwrap().len(), 27);
        assert!(e.check(&Map::new()).unwrap().is_empty());
    }

    #[test]
    fn refusals() {
        let other = Entra::from_values(&values("entra-other-cert.pem")).unwrap();
        let err = other.header(&key_facts(Alg::PS256)).unwrap_err();
        assert!(err.to_string().contains("is not for this key"), "{err}");
        let bad = |v: Values, words: &str| {
            let err = Entra::from_values(&v).unwrap_err();
            assert!(format!("{err:#}").contains(words), "{err:#}");
        };
        bad(
            values("entra-cert.pem").with(&TENANT, Given::Text("common".into())),
            "specific tenant",
        );
        bad(
            values("entra-cert.pem").with(
                &AUTHORITY,
                Given::Text("https://login.microsoftonline.com/t".into()),
            ),
            "host only",
        );
        bad(values("entra-key.pem"), "no CERTIFICATE block");
        let us = Entra::from_values(&values("entra-cert.pem").with(
            &AUTHORITY,
            Given::Text("https://login.microsoftonline.us/".into()),
        ))
        .unwrap();
        assert_eq!(
            us.audience(),
            "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/token"
        );
        let odd = Entra {
            client_id: "my-app".into(),
            ..us
        };
        assert!(odd.check(&Map::new()).unwrap()[0].contains("not a GUID"));
    }

    #[test]
    fn inspect_minted_and_broken_tokens() {
        let e = Entra::from_values(&values("entra-cert.pem")).unwrap();
        let mut header = e.header(&key_facts(Alg::PS256)).unwrap();
        header.insert("alg".into(), "PS256".into());
        let mut payload = e.claims(&KeyFacts::default()).unwrap().fixed;
        payload.insert("iat".into(), 0.into());
        payload.insert("nbf".into(), 0.into());
        payload.insert("exp".into(), 600.into());
        assert!(SERVICE.problems(&header, &payload).is_empty());
        assert!((SERVICE.recognise)(&header, &payload));
        let broken_header = json!({"alg": "HS256", "x5t": "abc"});
        let broken = json!({"aud": "api://x", "iss": "a", "sub": "b", "iat": 0, "exp": 7200});
        let found = SERVICE.problems(
            broken_header.as_object().unwrap(),
            broken.as_object().unwrap(),
        );
        assert_eq!(found.len(), 6, "{found:?}");
        assert!(found[0].contains("accepts only PS256, RS256"));
        assert!(found[1].contains("`x5t` is not"));
        assert!(found[2].contains("not the token endpoint"));
        assert!(found[3].contains("client) id"));
        assert!(found[4].contains("`jti` missing"));
        assert!(found[5].starts_with(WARNING));
    }
}
