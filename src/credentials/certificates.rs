//! The certificate header fields: `x5c` from `--x5c-cert`, `x5t` and `x5t#S256` from
//! `--x5t-cert`.

use anyhow::{anyhow, bail, Context, Result};
use serde_json::{Map, Value};

use super::sources::passphrase_for;
use super::{Environment, KeySources};
use crate::exit::UsageError;
use crate::input;
use crate::jws::KeyMaterial;
use crate::keys;

/// The `x5c`, `x5t` and `x5t#S256` header fields of `--x5c-cert` and `--x5t-cert`, whose
/// certificate must hold the signing key's public key.
pub(super) fn certificate_header(
    sources: &KeySources,
    env: &Environment,
    material: &KeyMaterial,
) -> Result<Map<String, Value>> {
    let mut header = Map::new();
    for (path, x5c) in [(&sources.x5c_cert, true), (&sources.x5t_cert, false)] {
        let Some(path) = path else { continue };
        let flag = if x5c { "--x5c-cert" } else { "--x5t-cert" };
        let Some(spki) = material.public_spki()? else {
            bail!(UsageError::new(format!(
                "{flag} needs a private key: an HMAC secret has no certificate"
            )));
        };
        let name = input::display(path);
        let bytes = input::read_path(path, "certificate")?;
        let mut passphrase = passphrase_for(&name, sources, env);
        let chain = keys::cert::load_certs(&bytes, &mut passphrase)
            .with_context(|| format!("{flag} {name}"))?;
        let leaf = chain
            .first()
            .ok_or_else(|| anyhow!("{flag} {name}: no certificate in it"))?;
        keys::cert::check_cert_matches_spki(leaf, &spki)
            .with_context(|| format!("{flag} {name}"))?;
        if x5c {
            keys::cert::check_chain(&chain).with_context(|| format!("{flag} {name}"))?;
            let chain = keys::cert::x5c(&chain)
                .into_iter()
                .map(Value::String)
                .collect();
            header.insert("x5c".into(), Value::Array(chain));
        } else {
            header.insert("x5t".into(), Value::String(keys::cert::x5t(leaf)));
            header.insert("x5t#S256".into(), Value::String(keys::cert::x5t_s256(leaf)));
        }
    }
    Ok(header)
}
