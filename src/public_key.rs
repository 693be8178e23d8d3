//! `jwtmint public-key`: the public half of any private key jwtmint reads, as SPKI PEM, a
//! public JWK, a JWKS to publish, its RFC 7638 thumbprint, or the form a service asks for
//! (`--for NAME`, from the service's [`PublicKeyForm`]).

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use serde_json::Value;

use crate::credentials::{self, Environment, KeySources};
use crate::exit::UsageError;
use crate::input;
use crate::jws::{Alg, KeyMaterial};
use crate::keys::{self, jwk, PrivateKey};
use crate::output;
use crate::providers::PublicKeyForm;
use crate::signers::{self, SigningKey};

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
    /// `--pkcs11-module`.
    pub pkcs11_module: Option<PathBuf>,
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
        pkcs11_module: options.pkcs11_module.clone(),
        ..Default::default()
    };
    let env = Environment::from_process();
    if options.kid.is_none() {
        if let Some(spki) = public_only(&options.key_file)? {
            return output::print_result(&render_spki(&spki, options.output, options.alg)?);
        }
    }
    let key: Box<dyn SigningKey> = match &options.kid {
        Some(kid) => signers::from_private_key(from_jwks(options, kid)?),
        None => match signers::Reference::parse(&options.key_file)? {
            signers::Reference::File(_) => signers::from_private_key(
                credentials::load_private_key(&options.key_file, &sources, &env)?,
            ),
            reference => credentials::open_store(&reference, &sources, &env)?,
        },
    };
    output::print_result(&render(key.as_ref(), options.output, options.alg)?)
}

/// The private key with this `kid` in a JWKS (or a JWK that has it).
fn from_jwks(options: &PublicKeyOptions, kid: &str) -> Result<PrivateKey> {
    let path = &options.key_file;
    if signers::Reference::parse(path)?.is_store() {
        bail!(UsageError::new(
            "--kid picks a key from a JWKS file; a key store's reference names one key already"
        ));
    }
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
        KeyMaterial::Secret(_) | KeyMaterial::Store(_) => bail!(
            "key {name}: the key with kid `{}` is an HMAC secret (kty `oct`), which has no \
             public key",
            kid.escape_debug()
        ),
    }
}

/// The SPKI DER of a PEM certificate or public key (`--key cert.pem`): it holds the public key
/// already. `None` for anything else (a private key, JWK, DER or PKCS#12 file), which the
/// private-key reader takes.
fn public_only(path: &std::path::Path) -> Result<Option<Vec<u8>>> {
    if input::is_stdin(path) {
        return Ok(None);
    }
    let Ok(bytes) = std::fs::read(path) else {
        return Ok(None); // the private-key reader reports it with its context
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Ok(None);
    };
    let Some(block) = pem::parse_many(text)
        .ok()
        .and_then(|blocks| blocks.into_iter().next())
    else {
        return Ok(None);
    };
    let name = input::display(path);
    match block.tag() {
        "PUBLIC KEY" => Ok(Some(block.contents().to_vec())),
        "CERTIFICATE" | "TRUSTED CERTIFICATE" | "X509 CERTIFICATE" => {
            use der::{Decode, Encode};
            let cert = x509_cert::Certificate::from_der(block.contents())
                .and_then(|cert| cert.tbs_certificate.subject_public_key_info.to_der())
                .map_err(|e| anyhow::anyhow!("key {name}: damaged certificate: {e}"))?;
            Ok(Some(cert))
        }
        _ => Ok(None),
    }
}

/// What `public-key` prints for a public key given as SPKI DER (from a certificate): every
/// form but `--for`, whose services start from the private key.
fn render_spki(spki: &[u8], what: PublicKeyOutput, alg: Option<Alg>) -> Result<String> {
    let mut public = jwk::public_jwk_from_spki(spki)?;
    Ok(match what {
        PublicKeyOutput::Pem => keys::to_pem("PUBLIC KEY", spki).trim_end().to_string(),
        PublicKeyOutput::Thumbprint => jwk::jwk_thumbprint(&public)?,
        PublicKeyOutput::Jwk => {
            if let Some(alg) = alg {
                public.insert("alg".into(), alg.name().into());
            }
            serde_json::to_string(&Value::Object(public))?
        }
        PublicKeyOutput::Jwks => {
            let kid = jwk::jwk_thumbprint(&public)?;
            let alg = match alg {
                Some(alg) => alg.name().to_string(),
                None => natural_alg(&public)?.to_string(),
            };
            public.insert("kid".into(), kid.into());
            public.insert("use".into(), "sig".into());
            public.insert("alg".into(), alg.into());
            serde_json::to_string(&serde_json::json!({ "keys": [public] }))?
        }
        // Found by reading the file: exit 1.
        PublicKeyOutput::For(_) => {
            bail!("--for starts from the private key; this file holds only a public key")
        }
    })
}

/// The natural algorithm of a public JWK (as [`Alg::natural_for`] says for a private key).
fn natural_alg(public: &serde_json::Map<String, Value>) -> Result<&'static str> {
    let member = |name: &str| public.get(name).and_then(Value::as_str).unwrap_or_default();
    Ok(match (member("kty"), member("crv")) {
        ("RSA", _) => "RS256",
        ("EC", "P-256") => "ES256",
        ("EC", "P-384") => "ES384",
        ("EC", "P-521") => "ES512",
        ("EC", "secp256k1") => "ES256K",
        ("OKP", "Ed25519") => "EdDSA",
        (kty, crv) => bail!("no JWS algorithm for a `{kty}` key on `{crv}`: pass --alg"),
    })
}

/// The text `public-key` prints for `key` (a file's or a store's), without the final newline.
pub fn render(key: &dyn SigningKey, what: PublicKeyOutput, alg: Option<Alg>) -> Result<String> {
    let kind = key.kind();
    if let Some(alg) = alg {
        if !alg.fits(kind) {
            bail!("--alg {alg} does not fit the key: it is {kind}");
        }
        let offered = key.algorithms();
        if !offered.contains(&alg) {
            let names: Vec<_> = offered.iter().map(|a| a.name()).collect();
            bail!(
                "--alg {alg}: {} cannot sign it; it signs {}",
                key.name(),
                names.join(", ")
            );
        }
    }
    let spki = key.public_key_spki()?;
    Ok(match what {
        PublicKeyOutput::Pem => keys::to_pem("PUBLIC KEY", &spki).trim_end().to_string(),
        PublicKeyOutput::Jwk => {
            let mut public = jwk::public_jwk_from_spki(&spki)?;
            if let Some(alg) = alg {
                public.insert("alg".into(), alg.name().into());
            }
            serde_json::to_string(&Value::Object(public))?
        }
        PublicKeyOutput::Jwks => {
            // As jwk::jwks_entry: kid = the thumbprint, use, alg (the key's natural one).
            let mut entry = jwk::public_jwk_from_spki(&spki)?;
            let kid = jwk::jwk_thumbprint(&entry)?;
            let alg = alg.unwrap_or_else(|| Alg::natural_for(kind));
            entry.insert("kid".into(), kid.into());
            entry.insert("use".into(), "sig".into());
            entry.insert("alg".into(), alg.name().into());
            serde_json::to_string(&serde_json::json!({ "keys": [entry] }))?
        }
        PublicKeyOutput::Thumbprint => jwk::jwk_thumbprint(&jwk::public_jwk_from_spki(&spki)?)?,
        PublicKeyOutput::For(form) => (form.render)(&spki)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::tests::fixture;

    fn load(name: &str) -> Box<dyn SigningKey> {
        signers::from_private_key(crate::keys::tests::load(name))
    }

    #[test]
    fn every_form_of_one_key_prints_the_same_public_key() {
        let pem = render(&*load("rsa2048-pkcs1.pem"), PublicKeyOutput::Pem, None).unwrap();
        let expected = String::from_utf8(fixture("rsa2048.pub.pem")).unwrap();
        assert_eq!(pem, expected.trim_end());
        for name in ["rsa2048.jwk", "openssh-rsa2048", "rsa2048-pkcs8.pem"] {
            assert_eq!(
                render(&*load(name), PublicKeyOutput::Pem, None).unwrap(),
                pem,
                "{name}"
            );
        }
    }

    #[test]
    fn jwks_entries_carry_the_thumbprint_use_and_alg() {
        let key = load("ec-p521-pkcs8.pem");
        let jwks: Value =
            serde_json::from_str(&render(&*key, PublicKeyOutput::Jwks, None).unwrap()).unwrap();
        let entry = &jwks["keys"][0];
        let thumbprint = render(&*key, PublicKeyOutput::Thumbprint, None).unwrap();
        assert_eq!(entry["kid"], thumbprint.as_str());
        assert_eq!(entry["use"], "sig");
        assert_eq!(entry["alg"], "ES512");
        assert_eq!(entry["crv"], "P-521");
        assert!(entry.get("d").is_none());
        let jwk: Value =
            serde_json::from_str(&render(&*key, PublicKeyOutput::Jwk, None).unwrap()).unwrap();
        assert_eq!(jwk.as_object().unwrap().len(), 4, "{jwk}");
    }

    #[test]
    fn an_alg_that_does_not_fit_is_refused() {
        let key = load("ec-p256-pkcs8.pem");
        let err = render(&*key, PublicKeyOutput::Jwks, Some(Alg::RS256)).unwrap_err();
        assert!(err.to_string().contains("does not fit"), "{err}");
        let rsa = load("rsa2048-pkcs8.pem");
        let jwks = render(&*rsa, PublicKeyOutput::Jwks, Some(Alg::PS256)).unwrap();
        assert!(jwks.contains("\"alg\":\"PS256\""), "{jwks}");
    }
}
