//! Reading a key file in every form jwtmint knows, or opening a key in its store, asking for
//! the passphrase (or PIN) only when needed.

use std::path::Path;

use anyhow::{bail, Context, Result};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::sources::passphrase_for;
use super::{env_command, Environment, KeySources, ENV_PASSPHRASE, ENV_PASSPHRASE_COMMAND};
use crate::input;
use crate::jws::{Alg, KeyMaterial};
use crate::keys;
use crate::signers;

/// A key file as read: the key material and what the file says about it.
pub struct KeyFile {
    /// A private key, or an HMAC secret (a JWK of `kty: "oct"`).
    pub material: KeyMaterial,
    /// A JWK's `kid`.
    pub kid: Option<String>,
    /// A JWK's `alg`, checked to fit the key.
    pub alg: Option<Alg>,
    /// The non-secret fields of a Google service-account file.
    pub json: Map<String, Value>,
}

/// Opens a key in its store, with the PIN (a PKCS#11 token's) asked for only when needed, from
/// where a passphrase comes from.
pub fn open_store(
    reference: &signers::Reference,
    sources: &KeySources,
    env: &Environment,
) -> Result<Box<dyn signers::SigningKey>> {
    let mut pin = move || -> Result<Zeroizing<Vec<u8>>> {
        if let Some(file) = &sources.passphrase_file {
            let bytes = input::read_path(file, "PIN file")?;
            Ok(input::strip_one_newline(bytes))
        } else if let Some(command) = &sources.passphrase_command {
            command.run("PIN")
        } else if let Some(pass) = &env.passphrase {
            Ok(pass.clone())
        } else if let Some(text) = &env.passphrase_command {
            env_command(ENV_PASSPHRASE_COMMAND, text)?.run("PIN")
        } else if input::stdin_is_terminal() {
            input::prompt_hidden("PIN for the PKCS#11 token: ")
        } else {
            bail!(
                "no PIN: pass --passphrase-file PATH, set {ENV_PASSPHRASE}, or add \
                 pin-source=file:PATH to the URI"
            )
        }
    };
    signers::open(
        reference,
        &mut signers::OpenContext {
            pin: &mut pin,
            pkcs11_module: sources.pkcs11_module.clone(),
        },
    )
}

/// The public half (SPKI DER) of the key `path` names, file or store, with its name for
/// messages: what `inspect --key` checks a signature with when given a store's key.
pub fn store_public_key(
    path: &Path,
    sources: &KeySources,
    env: &Environment,
) -> Result<Option<(Vec<u8>, String)>> {
    match signers::Reference::parse(path)? {
        signers::Reference::File(_) => Ok(None),
        reference => {
            let key = open_store(&reference, sources, env)?;
            Ok(Some((key.public_key_spki()?, key.name().to_string())))
        }
    }
}

/// Reads a key file in any form jwtmint knows (PEM, DER, encrypted, OpenSSH, PKCS#12, a JWK
/// or a JWKS picked by `--kid`, a Google service-account file), asking for its passphrase only
/// if it is encrypted.
pub fn read_key_file(path: &Path, sources: &KeySources, env: &Environment) -> Result<KeyFile> {
    let bytes = input::read_path(path, "key")?;
    key_file_from_bytes(&bytes, &input::display(path), sources, env)
}

/// [`read_key_file`] for bytes already read, named `name` in messages.
pub fn key_file_from_bytes(
    bytes: &[u8],
    name: &str,
    sources: &KeySources,
    env: &Environment,
) -> Result<KeyFile> {
    if keys::service_account::is_credential_json(bytes) {
        let account = keys::service_account::parse(bytes).with_context(|| format!("key {name}"))?;
        if let Some(account) = account {
            let key =
                private_key_from_bytes(account.private_key_pem.as_bytes(), name, sources, env)?;
            return Ok(KeyFile {
                material: KeyMaterial::Private(key),
                kid: None,
                alg: None,
                json: account.facts,
            });
        }
    }
    let mut passphrase = passphrase_for(name, sources, env);
    let loaded = keys::load_key(bytes, sources.select_kid.as_deref(), &mut passphrase)
        .with_context(|| format!("key {name}"))?;
    Ok(KeyFile {
        material: loaded.key,
        kid: loaded.kid,
        alg: loaded.alg,
        json: Map::new(),
    })
}

/// Reads and parses a private key, asking for its passphrase only if it is encrypted.
pub fn load_private_key(
    path: &Path,
    sources: &KeySources,
    env: &Environment,
) -> Result<keys::PrivateKey> {
    let bytes = input::read_path(path, "key")?;
    key_and_json_from_bytes(&bytes, &input::display(path), sources, env).map(|(key, _)| key)
}

/// Parses a key file's bytes as a private key (an HMAC JWK is refused), with the non-secret
/// fields of a Google service-account file beside it (empty for any other key file).
pub fn key_and_json_from_bytes(
    bytes: &[u8],
    name: &str,
    sources: &KeySources,
    env: &Environment,
) -> Result<(keys::PrivateKey, Map<String, Value>)> {
    let file = key_file_from_bytes(bytes, name, sources, env)?;
    match file.material {
        KeyMaterial::Private(key) => Ok((key, file.json)),
        KeyMaterial::Secret(_) => {
            bail!("key {name}: this JWK is an HMAC secret (kty `oct`), not a private key")
        }
        KeyMaterial::Store(key) => bail!("key {name}: {} is not a key file", key.name()),
    }
}

/// Parses the bytes of a private key file already read (named `name` in messages), asking for
/// its passphrase only if it is encrypted: `--passphrase-file` or `--passphrase-command` (or the
/// profile's), then `JWTMINT_PASSPHRASE`, `JWTMINT_PASSPHRASE_COMMAND`, then a prompt.
pub fn private_key_from_bytes(
    bytes: &[u8],
    name: &str,
    sources: &KeySources,
    env: &Environment,
) -> Result<keys::PrivateKey> {
    let mut passphrase = passphrase_for(name, sources, env);
    keys::parse_private_key(bytes, &mut passphrase).with_context(|| format!("key {name}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn services_fixture(name: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/services")
            .join(name)
    }

    #[test]
    fn other_credential_types_are_named() {
        let err = load_private_key(
            &services_fixture("google-authorized-user.json"),
            &KeySources::default(),
            &Environment::default(),
        )
        .unwrap_err();
        let text = format!("{err:#}");
        assert!(text.contains("authorized_user"), "{text}");
        assert!(text.contains("google-authorized-user.json"), "{text}");
    }
}
