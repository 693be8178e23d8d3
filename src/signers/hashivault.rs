//! `hashivault://NAME[?version=N]`: a key of HashiCorp Vault's or OpenBao's transit secrets
//! engine, signing through its HTTP API (`POST /v1/MOUNT/sign/NAME`) over `crate::http`.
//!
//! Where it is and who asks: `VAULT_ADDR` (or `BAO_ADDR`; default `https://127.0.0.1:8200`, as
//! the vault CLI), `VAULT_TOKEN` (or `BAO_TOKEN`, else the token file `~/.vault-token` the CLI
//! writes at login), `VAULT_NAMESPACE`, `VAULT_CACERT` (or `BAO_CACERT`: the CA file that
//! replaces the public roots), the mount from `TRANSIT_SECRET_ENGINE_PATH` (default
//! `transit`, as cosign). Key types: `rsa-2048/3072/4096` (RS* with PKCS#1 v1.5, PS* with
//! RSA-PSS and a salt as long as the hash, which JWT verifiers require), `ecdsa-p256/p384/p521`
//! (DER signatures, converted to `r‖s`), `ed25519`.

use std::path::PathBuf;

use anyhow::{anyhow, bail, Context, Result};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Value};
use url::Url;
use zeroize::Zeroizing;

use super::{der_to_fixed, ed25519_spki, kind_of_spki, with_retries, Retry, SigningKey};
use crate::http;
use crate::jws::Alg;
use crate::keys::KeyKind;

/// The most a transit answer may be: a key's metadata with many versions of an RSA-4096
/// public key is a few tens of KiB.
const MAX_RESPONSE: u64 = 1 << 20;

pub struct TransitKey {
    name: String,
    client: http::Client,
    sign_url: Url,
    token: Zeroizing<String>,
    namespace: Option<String>,
    version: Option<u64>,
    kind: KeyKind,
    spki: Vec<u8>,
}

fn first_env(names: &[&str]) -> Option<String> {
    names
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
}

pub fn open(key: &str, version: Option<u64>) -> Result<TransitKey> {
    let display = match version {
        Some(v) => format!("transit key {key} version {v}"),
        None => format!("transit key {key}"),
    };
    // Every setting is checked before the first request.
    let mut options = http::Options::from_env()?;
    let addr = first_env(&["VAULT_ADDR", "BAO_ADDR"])
        .unwrap_or_else(|| "https://127.0.0.1:8200".to_string());
    let base = Url::parse(&addr).map_err(|_| {
        anyhow!(crate::exit::UsageError::new(
            "VAULT_ADDR is not a URL: set it to the server's address, e.g. https://vault.example:8200"
        ))
    })?;
    http::require_secure(&base)
        .map_err(|e| anyhow!(crate::exit::UsageError::new(format!("VAULT_ADDR: {e}"))))?;
    let name = format!("Vault {display} at {}", http::redact(&base));
    let token = token().with_context(|| name.clone())?;
    let mount = first_env(&["TRANSIT_SECRET_ENGINE_PATH"]).unwrap_or_else(|| "transit".into());
    let mount = mount.trim_matches('/').to_string();
    options.ca_file = first_env(&["VAULT_CACERT", "BAO_CACERT"]).map(PathBuf::from);
    let client = http::Client::new(&options).with_context(|| name.clone())?;
    let endpoint = |what: &str| -> Result<Url> {
        let mut url = base.clone();
        url.path_segments_mut()
            .map_err(|_| anyhow!("VAULT_ADDR cannot be a base URL"))?
            .pop_if_empty()
            .push("v1")
            .extend(mount.split('/'))
            .push(what)
            .push(key);
        Ok(url)
    };
    let mut key_handle = TransitKey {
        name,
        client,
        sign_url: endpoint("sign")?,
        token,
        namespace: first_env(&["VAULT_NAMESPACE", "BAO_NAMESPACE"]),
        version,
        kind: KeyKind::Ed25519,
        spki: Vec::new(),
    };
    let data = key_handle.call(&endpoint("keys")?, None)?;
    key_handle.read_key(&data)?;
    Ok(key_handle)
}

/// `VAULT_TOKEN`/`BAO_TOKEN`, else the CLI's token file.
fn token() -> Result<Zeroizing<String>> {
    if let Some(token) = first_env(&["VAULT_TOKEN", "BAO_TOKEN"]) {
        return Ok(Zeroizing::new(token.trim().to_string()));
    }
    let home = std::env::var_os("HOME").map(PathBuf::from);
    for file in [".vault-token", ".bao-token"] {
        if let Some(path) = home.as_ref().map(|h| h.join(file)) {
            if let Ok(text) = std::fs::read_to_string(&path) {
                let text = Zeroizing::new(text);
                if !text.trim().is_empty() {
                    return Ok(Zeroizing::new(text.trim().to_string()));
                }
            }
        }
    }
    bail!("no token: set VAULT_TOKEN (or log in with `vault login`, which writes ~/.vault-token)")
}

impl TransitKey {
    /// Reads the key's type and public key from `GET /v1/MOUNT/keys/NAME`.
    fn read_key(&mut self, data: &Value) -> Result<()> {
        let key_type = data["type"].as_str().unwrap_or("");
        if !matches!(
            key_type,
            "rsa-2048"
                | "rsa-3072"
                | "rsa-4096"
                | "ecdsa-p256"
                | "ecdsa-p384"
                | "ecdsa-p521"
                | "ed25519"
        ) {
            bail!(
                "{}: a `{key_type}` key cannot sign JWTs; create one with `vault write -f \
                 transit/keys/NAME type=rsa-2048` (or ecdsa-p256, ed25519)",
                self.name
            );
        }
        if data["supports_signing"] == Value::Bool(false) {
            bail!("{}: the key does not support signing", self.name);
        }
        let latest = data["latest_version"].as_u64().unwrap_or(1);
        let version = self.version.unwrap_or(latest);
        if version > latest {
            bail!(
                "{}: the key has no version {version} (the latest is {latest})",
                self.name
            );
        }
        let public = data["keys"][version.to_string()]["public_key"]
            .as_str()
            .ok_or_else(|| {
                anyhow!(
                    "{}: version {version} has no public key (trimmed, or below min_available_version)",
                    self.name
                )
            })?;
        self.spki = if key_type == "ed25519" {
            let raw = STANDARD
                .decode(public.trim())
                .map_err(|_| anyhow!("{}: the public key is not base64", self.name))?;
            ed25519_spki(&raw)?
        } else {
            pem::parse(public)
                .map_err(|_| anyhow!("{}: the public key is not PEM", self.name))?
                .into_contents()
        };
        self.kind = kind_of_spki(&self.spki).with_context(|| self.name.clone())?;
        Ok(())
    }

    /// One request (`GET` without a body, else `POST`), retried while the server is busy; the
    /// answer's `data`.
    fn call(&self, url: &Url, body: Option<&Value>) -> Result<Value> {
        let mut headers = vec![("X-Vault-Token", self.token.as_str())];
        if let Some(ns) = &self.namespace {
            headers.push(("X-Vault-Namespace", ns.as_str()));
        }
        let response = with_retries(|| {
            let result = match body {
                Some(body) => self.client.post_json(url, &headers, body, MAX_RESPONSE),
                None => self.client.get(url, &headers, MAX_RESPONSE),
            };
            let response = result.map_err(|e| {
                let hint = if e.to_string().contains("TLS") {
                    "its certificate is not trusted (VAULT_CACERT names the CA of a private server)"
                } else {
                    "the server cannot be reached (check VAULT_ADDR)"
                };
                Retry::Fatal(e.context(format!("{}: {hint}", self.name)))
            })?;
            if response.is_retryable() {
                let after = response.retry_after;
                return Err(Retry::Again(self.failure(&response), after));
            }
            if !response.is_success() {
                return Err(Retry::Fatal(self.failure(&response)));
            }
            Ok(response)
        })?;
        let value: Value = serde_json::from_slice(&response.body)
            .map_err(|_| anyhow!("{}: the answer is not JSON", self.name))?;
        Ok(value["data"].clone())
    }

    /// One line for a refused request: the status, what it means, Vault's own words (which
    /// never carry the token).
    fn failure(&self, response: &http::Response) -> anyhow::Error {
        let said: Vec<String> = serde_json::from_slice::<Value>(&response.body)
            .ok()
            .and_then(|v| v["errors"].as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|e| e.as_str())
            .map(|e| e.chars().filter(|c| !c.is_control()).take(200).collect())
            .collect();
        let said = if said.is_empty() {
            String::new()
        } else {
            format!(" ({})", said.join("; "))
        };
        let fix = match response.status {
            400 => "the request was refused",
            403 => "permission denied: check VAULT_TOKEN and its policy (read on transit/keys/NAME, update on transit/sign/NAME)",
            404 => "no such key (or the transit engine is not mounted there: TRANSIT_SECRET_ENGINE_PATH)",
            429 => "rate-limited; tried again and gave up",
            503 => "the server is sealed or in standby",
            _ => "the server failed",
        };
        anyhow!("{}: HTTP {}: {fix}{said}", self.name, response.status)
    }
}

impl SigningKey for TransitKey {
    fn name(&self) -> &str {
        &self.name
    }

    fn kind(&self) -> KeyKind {
        self.kind
    }

    fn public_key_spki(&self) -> Result<Vec<u8>> {
        Ok(self.spki.clone())
    }

    fn sign(&self, alg: Alg, message: &[u8]) -> Result<Vec<u8>> {
        let mut body = json!({ "input": STANDARD.encode(message) });
        if let Some(version) = self.version {
            body["key_version"] = json!(version);
        }
        match self.kind {
            KeyKind::Ed25519 => {}
            KeyKind::Rsa { .. } => {
                body["hash_algorithm"] = json!(format!("sha2-{}", super::hash_bits(alg)));
                let pss = matches!(alg, Alg::PS256 | Alg::PS384 | Alg::PS512);
                body["signature_algorithm"] = json!(if pss { "pss" } else { "pkcs1v15" });
                if pss {
                    // RFC 7518 §3.5: the salt is as long as the hash; transit's default is the
                    // longest that fits, which JWT verifiers reject.
                    body["salt_length"] = json!("hash");
                }
            }
            _ => {
                body["hash_algorithm"] = json!(format!("sha2-{}", super::hash_bits(alg)));
                body["marshaling_algorithm"] = json!("asn1");
            }
        }
        let data = self.call(&self.sign_url, Some(&body))?;
        let signature = data["signature"]
            .as_str()
            .ok_or_else(|| anyhow!("{}: the answer has no signature", self.name))?;
        // `vault:vN:BASE64`
        let encoded = signature
            .rsplit_once(':')
            .map(|(_, b64)| b64)
            .unwrap_or(signature);
        let raw = STANDARD
            .decode(encoded)
            .map_err(|_| anyhow!("{}: the signature is not base64", self.name))?;
        match self.kind {
            KeyKind::EcP256 | KeyKind::EcP384 | KeyKind::EcP521 | KeyKind::EcSecp256k1 => {
                der_to_fixed(&raw, self.kind).with_context(|| self.name.clone())
            }
            _ => Ok(raw),
        }
    }

    fn is_remote(&self) -> bool {
        true
    }
}
