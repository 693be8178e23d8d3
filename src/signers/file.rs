//! A private key read from a file, signing in memory with aws-lc-rs. Parsed once when it
//! loads; signing is a plain function call (no store, no runtime).

use anyhow::{anyhow, bail, Result};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{self, RsaEncoding};

use super::SigningKey;
use crate::jws::Alg;
use crate::keys::{KeyKind, PrivateKey};

pub struct FileKey {
    key: PrivateKey,
    name: String,
    rng: SystemRandom,
}

impl FileKey {
    pub fn new(key: PrivateKey) -> FileKey {
        FileKey {
            name: key.kind().to_string(),
            key,
            rng: SystemRandom::new(),
        }
    }
}

impl SigningKey for FileKey {
    fn name(&self) -> &str {
        &self.name
    }

    fn kind(&self) -> KeyKind {
        self.key.kind()
    }

    fn public_key_spki(&self) -> Result<Vec<u8>> {
        self.key.public_key_spki_der()
    }

    fn sign(&self, alg: Alg, message: &[u8]) -> Result<Vec<u8>> {
        let failed = |_| anyhow!("signing failed");
        Ok(match &self.key {
            PrivateKey::Rsa(pair) => {
                let encoding: &'static dyn RsaEncoding = match alg {
                    Alg::RS256 => &signature::RSA_PKCS1_SHA256,
                    Alg::RS384 => &signature::RSA_PKCS1_SHA384,
                    Alg::RS512 => &signature::RSA_PKCS1_SHA512,
                    Alg::PS256 => &signature::RSA_PSS_SHA256,
                    Alg::PS384 => &signature::RSA_PSS_SHA384,
                    Alg::PS512 => &signature::RSA_PSS_SHA512,
                    _ => bail!("signing failed: {alg} does not fit an RSA key"),
                };
                let mut signature = vec![0; pair.public_modulus_len()];
                pair.sign(encoding, &self.rng, message, &mut signature)
                    .map_err(failed)?;
                signature
            }
            // The pair was made for the key's own curve and hash (keys::from_pkcs8 and kin),
            // which is the only algorithm that fits it.
            PrivateKey::Ec(pair, _) => pair
                .sign(&self.rng, message)
                .map_err(failed)?
                .as_ref()
                .to_vec(),
            PrivateKey::Ed25519(pair) => pair.sign(message).as_ref().to_vec(),
        })
    }
}
