//! `jwtmint public-key`: the public half of any private key jwtmint reads, as SPKI PEM, a
//! public JWK, a JWKS to publish, its RFC 7638 thumbprint, or the form a service asks for
//! (`--for NAME`, from the service's [`PublicKeyForm`]).

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use serde_json::Value;

use crate::credentials::{self, Environment, KeySources};
use crate::exit::UsageError;
use crate::input;
use crate::keys::{self, jwk, PrivateKey};
use crate::output;
use crate::providers::PublicKeyForm;
use crate::sign::{Alg, KeyMaterial};

/// What to print.
#[derive(Debug, Clone, Copy)]
pub enum PublicKeyOutput {
    /// SubjectPublicKeyInfo PEM (`BEGIN PUBLIC KEY`).
    Pem,
    /// A public JWK: only the required members, as RFC 7638 hashes them.
    Jwk,
    /// `{"keys":[…]}` with `kid` = thumbprint, `use: "sig"` and `alg`.
    Jwks,
    /// The RFC 7638 SHA-256 thumbprint, base64url.
    Thumbprint,
    /// What a service asks for (`--for NAME`).
    For(&'static PublicKeyForm),
}

#[derive(Debug, Clone)]
pub struct PublicKeyOptions {
    pub key_file: PathBuf,
    pub passphrase_file: Option<PathBuf>,
    pub passphrase_command: Option<credentials::SecretCommand>,
    pub output: PublicKeyOutput,
    /// The `alg` of a JWK or JWKS entry; the key's natural algorithm when `None`.
    pub alg: Option<Alg>,
    /// Picks the key of a JWKS by its `kid`.
    pub kid: Option<String>,
}

pub fn run(options: &PublicKeyOptions) -> Result<()> {
    let sources = KeySources {
        key_file: Some(options.key_file.clone()),
        passphrase_file: options.passphrase_file.clone(),
        passphrase_command: options.passphrase_command.clone(),
        ..Default::default()
    };
    let key = match &options.kid {
        Some(kid) => from_jwks(options, kid)?,
        None => credentials::load_private_key(
            &options.key_file,
            &sources,
            &Environment::from_process(),
        )?,
    };
    output::print_result(&render(&key, options.output, options.alg)?)
}

/// The private key with this `kid` in a JWKS (or a JWK that has it).
fn from_jwks(options: &PublicKeyOptions, kid: &str) -> Result<PrivateKey> {
    let path = &options.key_file;
    let name = input::display(path);
    let bytes = input::read_path(path, "key")?;
    if !jwk::looks_like_json(&bytes) {
        bail!(UsageError::new(format!(
            "--kid picks a key from a JWKS, and {name} is not JSON"
        )));
    }
    let found = jwk::parse_jwk(&bytes, Some(kid)).with_context(|| format!("key {name}"))?;
    if found.kid.as_deref() != Some(kid) {
        bail!("key {name}: the JWK's kid is not `{}`", kid.escape_debug());
    }
    match found.key {
        KeyMaterial::Private(key) => Ok(key),
        KeyMaterial::Secret(_) => bail!(
            "key {name}: the key with kid `{}` is an HMAC secret (kty `oct`), which has no \
             public key",
            kid.escape_debug()
        ),
    }
}

/// The text `public-key` prints for `key`, without the final newline.
pub fn render(key: &PrivateKey, what: PublicKeyOutput, alg: Option<Alg>) -> Result<String> {
    if let Some(alg) = alg {
        if !alg.fits(key.kind()) {
            bail!("--alg {alg} does not fit the key: it is {}", key.kind());
        }
    }
    Ok(match what {
        PublicKeyOutput::Pem => keys::to_pem("PUBLIC KEY", &key.public_key_spki_der()?)
            .trim_end()
            .to_string(),
        PublicKeyOutput::Jwk => {
            let mut public = jwk::public_jwk(key)?;
            if let Some(alg) = alg {
                public.insert("alg".into(), alg.name().into());
            }
            serde_json::to_string(&Value::Object(public))?
        }
        PublicKeyOutput::Jwks => serde_json::to_string(&jwk::jwks(&[(key, alg)])?)?,
        PublicKeyOutput::Thumbprint => jwk::thumbprint(key)?,
        PublicKeyOutput::For(form) => (form.render)(key)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::tests::{fixture, load};

    #[test]
    fn every_form_of_one_key_prints_the_same_public_key() {
        let pem = render(&load("rsa2048-pkcs1.pem"), PublicKeyOutput::Pem, None).unwrap();
        let expected = String::from_utf8(fixture("rsa2048.pub.pem")).unwrap();
        assert_eq!(pem, expected.trim_end());
        for name in ["rsa2048.jwk", "openssh-rsa2048", "rsa2048-pkcs8.pem"] {
            assert_eq!(
                render(&load(name), PublicKeyOutput::Pem, None).unwrap(),
                pem,
                "{name}"
            );
        }
    }

    #[test]
    fn jwks_entries_carry_the_thumbprint_use_and_alg() {
        let key = load("ec-p521-pkcs8.pem");
        let jwks: Value =
            serde_json::from_str(&render(&key, PublicKeyOutput::Jwks, None).unwrap()).unwrap();
        let entry = &jwks["keys"][0];
        let thumbprint = render(&key, PublicKeyOutput::Thumbprint, None).unwrap();
        assert_eq!(entry["kid"], thumbprint.as_str());
        assert_eq!(entry["use"], "sig");
        assert_eq!(entry["alg"], "ES512");
        assert_eq!(entry["crv"], "P-521");
        assert!(entry.get("d").is_none());
        let jwk: Value =
            serde_json::from_str(&render(&key, PublicKeyOutput::Jwk, None).unwrap()).unwrap();
        assert_eq!(jwk.as_object().unwrap().len(), 4, "{jwk}");
    }

    #[test]
    fn an_alg_that_does_not_fit_is_refused() {
        let key = load("ec-p256-pkcs8.pem");
        let err = render(&key, PublicKeyOutput::Jwks, Some(Alg::RS256)).unwrap_err();
        assert!(err.to_string().contains("does not fit"), "{err}");
        let rsa = load("rsa2048-pkcs8.pem");
        let jwks = render(&rsa, PublicKeyOutput::Jwks, Some(Alg::PS256)).unwrap();
        assert!(jwks.contains("\"alg\":\"PS256\""), "{jwks}");
    }
}
