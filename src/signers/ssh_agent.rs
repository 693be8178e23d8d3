//! `ssh-agent:`, `ssh-agent:SHA256:FINGERPRINT`, `ssh-agent:COMMENT`: a key held by a running
//! ssh-agent (`SSH_AUTH_SOCK`), hardware-backed ones included.
//!
//! The agent protocol (draft-miller-ssh-agent) is spoken here directly, over the Unix socket:
//! two requests, a few dozen lines. The client crates hard-code RSA signatures to SHA-512, and
//! a JWT's RSA default (and GitHub's only algorithm) is RS256; the agent's `rsa-sha2-256` flag
//! is what signs it. Key blobs are read by `ssh-key`, which jwtmint already uses for OpenSSH
//! key files.
//!
//! What the agent can sign: RSA with RS256 or RS512 (the protocol has no SHA-384 and no PSS),
//! ECDSA P-256/384/521 with ES256/384/512 (the hash of the curve, as JWS wants), Ed25519 with
//! EdDSA.

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::sync::Mutex;

use anyhow::{anyhow, bail, Context, Result};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Map, Value};
use ssh_key::public::{EcdsaPublicKey, KeyData};
use ssh_key::{HashAlg, PublicKey};

use super::{kind_of_spki, ssh_to_fixed, SigningKey};
use crate::jws::Alg;
use crate::keys::KeyKind;

const REQUEST_IDENTITIES: u8 = 11;
const IDENTITIES_ANSWER: u8 = 12;
const SIGN_REQUEST: u8 = 13;
const SIGN_RESPONSE: u8 = 14;
const FAILURE: u8 = 5;
const RSA_SHA2_256: u32 = 2;
const RSA_SHA2_512: u32 = 4;
/// The longest agent message read: an identities answer with many RSA keys is a few KiB.
const MAX_MESSAGE: usize = 256 * 1024;

pub struct AgentKey {
    name: String,
    blob: Vec<u8>,
    kind: KeyKind,
    spki: Vec<u8>,
    socket: Mutex<UnixStream>,
}

pub fn open(selector: Option<&str>) -> Result<AgentKey> {
    let path = std::env::var_os("SSH_AUTH_SOCK")
        .filter(|v| !v.is_empty())
        .ok_or_else(|| {
            anyhow!("ssh-agent: SSH_AUTH_SOCK is not set: start one with `eval $(ssh-agent)` and add a key with ssh-add")
        })?;
    let mut socket = UnixStream::connect(&path).map_err(|e| {
        anyhow!(
            "ssh-agent: cannot connect to SSH_AUTH_SOCK ({}): {}; is the agent running?",
            std::path::Path::new(&path).display(),
            e.kind()
        )
    })?;
    let timeout = crate::http::remote_timeout()?;
    socket.set_read_timeout(Some(timeout)).ok();
    socket.set_write_timeout(Some(timeout)).ok();
    let identities = list(&mut socket)?;
    let shown = |ids: &[(PublicKey, Vec<u8>)]| {
        ids.iter()
            .map(|(key, _)| describe(key))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let (key, blob) = match selector {
        None => match identities.len() {
            0 => bail!("ssh-agent: the agent has no keys: add one with ssh-add"),
            1 => identities.into_iter().next().expect("one"),
            _ => bail!(
                "ssh-agent: the agent has {} keys; pick one with ssh-agent:SHA256:FINGERPRINT or ssh-agent:COMMENT: {}",
                identities.len(),
                shown(&identities)
            ),
        },
        Some(wanted) => {
            let matches: Vec<_> = identities
                .iter()
                .filter(|(key, _)| {
                    if wanted.starts_with("SHA256:") {
                        key.fingerprint(HashAlg::Sha256).to_string() == wanted
                    } else {
                        key.comment() == wanted
                    }
                })
                .cloned()
                .collect();
            match matches.len() {
                1 => matches.into_iter().next().expect("one"),
                0 if identities.is_empty() => {
                    bail!("ssh-agent: the agent has no keys: add one with ssh-add")
                }
                0 => bail!(
                    "ssh-agent: no key `{wanted}` in the agent; it has: {}",
                    shown(&identities)
                ),
                n => bail!(
                    "ssh-agent: {n} keys have the comment `{wanted}`; pick one by fingerprint: {}",
                    shown(&matches)
                ),
            }
        }
    };
    let name = format!("ssh-agent key {}", describe(&key));
    let spki = spki_of(&key).with_context(|| name.clone())?;
    let kind = kind_of_spki(&spki)?;
    Ok(AgentKey {
        name,
        blob,
        kind,
        spki,
        socket: Mutex::new(socket),
    })
}

/// `SHA256:… (comment, type)`.
fn describe(key: &PublicKey) -> String {
    let comment = key.comment();
    let algorithm = key.algorithm();
    if comment.is_empty() {
        format!("{} ({algorithm})", key.fingerprint(HashAlg::Sha256))
    } else {
        format!(
            "{} ({comment}, {algorithm})",
            key.fingerprint(HashAlg::Sha256)
        )
    }
}

/// The agent's keys, each with its wire blob (what a sign request names).
fn list(socket: &mut UnixStream) -> Result<Vec<(PublicKey, Vec<u8>)>> {
    let answer = request(socket, &[REQUEST_IDENTITIES])?;
    let mut reader = Wire(&answer);
    if reader.byte()? != IDENTITIES_ANSWER {
        bail!("ssh-agent: unexpected answer to a request for its keys");
    }
    let count = reader.u32()?;
    let mut keys = Vec::new();
    for _ in 0..count {
        let blob = reader.string()?.to_vec();
        let comment = String::from_utf8_lossy(reader.string()?).into_owned();
        // Keys jwtmint cannot read (certificates, security keys `sk-*`) are skipped.
        if let Ok(mut key) = PublicKey::from_bytes(&blob) {
            key.set_comment(comment);
            keys.push((key, blob));
        }
    }
    Ok(keys)
}

/// Sends one message and reads one back (each framed by a 4-byte length).
fn request(socket: &mut UnixStream, body: &[u8]) -> Result<Vec<u8>> {
    let io = |e: std::io::Error| {
        match e.kind() {
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut => anyhow!(
            "ssh-agent: no answer in time (a hardware key waiting for a touch? JWTMINT_REMOTE_TIMEOUT)"
        ),
        kind => anyhow!("ssh-agent: the connection failed: {kind}"),
    }
    };
    let mut framed = (body.len() as u32).to_be_bytes().to_vec();
    framed.extend_from_slice(body);
    socket.write_all(&framed).map_err(io)?;
    let mut len = [0u8; 4];
    socket.read_exact(&mut len).map_err(io)?;
    let len = u32::from_be_bytes(len) as usize;
    if len == 0 || len > MAX_MESSAGE {
        bail!("ssh-agent: a malformed answer");
    }
    let mut answer = vec![0u8; len];
    socket.read_exact(&mut answer).map_err(io)?;
    Ok(answer)
}

/// A reader of the agent's wire format.
struct Wire<'a>(&'a [u8]);

impl<'a> Wire<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.0.len() < n {
            bail!("ssh-agent: a truncated answer");
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Ok(head)
    }
    fn byte(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn string(&mut self) -> Result<&'a [u8]> {
        let n = self.u32()? as usize;
        self.take(n)
    }
}

fn put_string(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
    out.extend_from_slice(bytes);
}

/// The SPKI DER of an agent key, through its public JWK.
fn spki_of(key: &PublicKey) -> Result<Vec<u8>> {
    let b64 = |bytes: &[u8]| Value::String(URL_SAFE_NO_PAD.encode(bytes));
    let unsigned = |bytes: &[u8]| -> Vec<u8> {
        let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
        bytes[start..].to_vec()
    };
    let jwk: Map<String, Value> = match key.key_data() {
        KeyData::Rsa(rsa) => json!({
            "kty": "RSA",
            "n": b64(&unsigned(rsa.n.as_bytes())),
            "e": b64(&unsigned(rsa.e.as_bytes())),
        }),
        KeyData::Ecdsa(ec) => {
            let (crv, point) = match ec {
                EcdsaPublicKey::NistP256(p) => ("P-256", p.as_bytes()),
                EcdsaPublicKey::NistP384(p) => ("P-384", p.as_bytes()),
                EcdsaPublicKey::NistP521(p) => ("P-521", p.as_bytes()),
            };
            if point.first() != Some(&0x04) || point.len() % 2 != 1 {
                bail!("a compressed EC point");
            }
            let half = (point.len() - 1) / 2;
            json!({
                "kty": "EC",
                "crv": crv,
                "x": b64(&point[1..1 + half]),
                "y": b64(&point[1 + half..]),
            })
        }
        KeyData::Ed25519(ed) => json!({"kty": "OKP", "crv": "Ed25519", "x": b64(&ed.0)}),
        _ => bail!(
            "a {} key cannot sign JWTs; use an RSA, ECDSA or Ed25519 key",
            key.algorithm()
        ),
    }
    .as_object()
    .cloned()
    .unwrap_or_default();
    crate::keys::jwk::spki_from_public_jwk(&jwk)
}

impl SigningKey for AgentKey {
    fn name(&self) -> &str {
        &self.name
    }

    fn kind(&self) -> KeyKind {
        self.kind
    }

    fn algorithms(&self) -> Vec<Alg> {
        match self.kind {
            // The agent protocol signs RSA with SHA-256 or SHA-512, PKCS#1 v1.5 only.
            KeyKind::Rsa { .. } => vec![Alg::RS256, Alg::RS512],
            kind => Alg::ALL.into_iter().filter(|a| a.fits(kind)).collect(),
        }
    }

    fn public_key_spki(&self) -> Result<Vec<u8>> {
        Ok(self.spki.clone())
    }

    fn sign(&self, alg: Alg, message: &[u8]) -> Result<Vec<u8>> {
        let flags = match alg {
            Alg::RS256 => RSA_SHA2_256,
            Alg::RS512 => RSA_SHA2_512,
            _ => 0,
        };
        let mut body = vec![SIGN_REQUEST];
        put_string(&mut body, &self.blob);
        put_string(&mut body, message);
        body.extend_from_slice(&flags.to_be_bytes());
        let answer = {
            let mut socket = self
                .socket
                .lock()
                .map_err(|_| anyhow!("{}: the connection broke", self.name))?;
            request(&mut socket, &body)?
        };
        let mut reader = Wire(&answer);
        match reader.byte()? {
            SIGN_RESPONSE => {}
            FAILURE => bail!(
                "{}: the agent refused to sign (a key added with ssh-add -c that was not confirmed, a locked agent, or a hardware key not touched)",
                self.name
            ),
            _ => bail!("{}: unexpected answer to a sign request", self.name),
        }
        let mut signature = Wire(reader.string()?);
        let format = String::from_utf8_lossy(signature.string()?).into_owned();
        let blob = signature.string()?;
        let expected = match alg {
            Alg::RS256 => "rsa-sha2-256",
            Alg::RS512 => "rsa-sha2-512",
            Alg::ES256 => "ecdsa-sha2-nistp256",
            Alg::ES384 => "ecdsa-sha2-nistp384",
            Alg::ES512 => "ecdsa-sha2-nistp521",
            Alg::EdDSA => "ssh-ed25519",
            _ => bail!("{}: cannot sign {alg}", self.name),
        };
        if format != expected {
            bail!(
                "{}: the agent signed with {format}, not {expected} (an old agent without rsa-sha2-256?)",
                self.name
            );
        }
        match self.kind {
            KeyKind::Rsa { bits } => {
                // Left-pad to the modulus length, as JWS wants.
                let width = bits / 8;
                if blob.len() > width {
                    bail!("{}: the RSA signature is too long", self.name);
                }
                let mut padded = vec![0u8; width - blob.len()];
                padded.extend_from_slice(blob);
                Ok(padded)
            }
            KeyKind::Ed25519 => Ok(blob.to_vec()),
            kind => ssh_to_fixed(blob, kind).with_context(|| self.name.clone()),
        }
    }
}
