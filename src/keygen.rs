//! `jwtmint keygen`: the key pair or secret a service asks for. Private keys are written as
//! encrypted PKCS#8 that `openssl pkey` and jwtmint both read, or as a private JWK; the public
//! key as SPKI PEM and, on request, as a JWKS to publish.

use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use aws_lc_rs::encoding::{AsDer, Pkcs8V1Der};
use aws_lc_rs::rand;
use aws_lc_rs::rsa::KeySize;
use aws_lc_rs::signature::{
    EcdsaKeyPair, Ed25519KeyPair, RsaKeyPair, ECDSA_P256K1_SHA256_FIXED_SIGNING,
    ECDSA_P256_SHA256_FIXED_SIGNING, ECDSA_P384_SHA384_FIXED_SIGNING,
    ECDSA_P521_SHA512_FIXED_SIGNING,
};
use pkcs8::der::pem::LineEnding;
use zeroize::Zeroizing;

use crate::credentials::{Environment, ENV_PASSPHRASE};
use crate::exit::UsageError;
use crate::input;
use crate::keys;
use crate::output::{self, warn};

/// PBKDF2-HMAC-SHA256 iterations: OWASP's 2023 advice, about 300 times OpenSSL 3's default of
/// 2048. (scrypt with the `pkcs8` crate's defaults needs more memory than `openssl pkey`
/// allows by default, so PBKDF2 it is.)
pub const PBKDF2_ITERATIONS: u32 = 600_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyType {
    Rsa { bits: usize },
    Ec384,
    Ec256,
    Ec521,
    EcSecp256k1,
    Ed25519,
}

/// How the private key is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PrivateFormat {
    /// PKCS#8 PEM, encrypted unless `--no-encrypt`.
    #[default]
    Pem,
    /// A private JWK (never encrypted: a JWK has no standard passphrase form).
    Jwk,
}

/// What to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeygenKind {
    Key(KeyType),
    /// `jwk`: write an `oct` JWK (`{"kty":"oct","k":…}`) instead of hex digits.
    Secret {
        bytes: usize,
        jwk: bool,
    },
}

#[derive(Debug, Clone)]
pub struct KeygenOptions {
    pub kind: KeygenKind,
    /// The private key's (or the secret's) file; a secret without it is printed.
    pub out: Option<PathBuf>,
    pub public_out: Option<PathBuf>,
    pub force: bool,
    pub no_encrypt: bool,
    pub passphrase_file: Option<PathBuf>,
    /// `--passphrase-command`: the new key's passphrase is what it prints.
    pub passphrase_command: Option<crate::credentials::SecretCommand>,
    pub format: PrivateFormat,
    /// Where to write the public key as a JWKS (`kid` = thumbprint, `use`, `alg`).
    pub jwks_out: Option<PathBuf>,
}

pub fn run(options: &KeygenOptions) -> Result<()> {
    // Fail on an existing file before the slow part.
    if !options.force {
        for path in [
            options.out.as_ref(),
            options.public_out.as_ref(),
            options.jwks_out.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            if path.exists() {
                bail!("{} exists; pass --force to overwrite it", path.display());
            }
        }
    }
    match options.kind {
        KeygenKind::Secret { bytes, jwk } => secret(bytes, jwk, options),
        KeygenKind::Key(key_type) => key_pair(key_type, options),
    }
}

/// `bytes` random bytes as lowercase hex (a secret for a self-hosted service), or as the `oct`
/// JWK `--key` reads (no `kid`: a thumbprint would publish a hash of the secret).
fn secret(bytes: usize, jwk: bool, options: &KeygenOptions) -> Result<()> {
    let mut raw = Zeroizing::new(vec![0u8; bytes]);
    rand::fill(&mut raw).map_err(|_| anyhow!("the system random number generator failed"))?;
    let mut text = Zeroizing::new(String::with_capacity(bytes * 2 + 32));
    if jwk {
        use base64::Engine as _;
        text.push_str("{\"kty\":\"oct\",\"k\":\"");
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode_string(raw.as_slice(), &mut text);
        text.push_str("\"}");
    } else {
        for byte in raw.iter() {
            text.push_str(&format!("{byte:02x}"));
        }
    }
    match &options.out {
        Some(path) => {
            text.push('\n');
            write_private(path, text.as_bytes(), options.force, "secret")?;
        }
        None => output::print_result(&text)?,
    }
    if !jwk {
        // Which encoding: services take the hex digits as text; one that decodes them signs
        // with the bytes, which is `--secret-encoding hex`.
        eprintln!(
            "jwtmint: note: the secret is {} hex digits ({bytes} random bytes): use it as text, \
             or with --secret-encoding hex where the service decodes it",
            bytes * 2
        );
    }
    Ok(())
}

fn key_pair(key_type: KeyType, options: &KeygenOptions) -> Result<()> {
    let out = options
        .out
        .as_ref()
        .ok_or_else(|| anyhow!("--out is required for a key pair"))?;
    if options.format == PrivateFormat::Jwk && !options.no_encrypt {
        bail!(UsageError::new(
            "--format jwk writes an unencrypted key (a JWK has no standard passphrase form): \
             pass --no-encrypt as well"
        ));
    }
    // Ask for the passphrase before the slow part, too.
    let passphrase = match options.no_encrypt {
        true => None,
        false => Some(new_passphrase(options)?),
    };
    let pkcs8 = generate(key_type)?;
    let key = keys::parse_private_key(&pkcs8, &mut unreachable_passphrase)?;
    let public_pem = keys::to_pem("PUBLIC KEY", &key.public_key_spki_der()?);
    let private_text = match (options.format, &passphrase) {
        (PrivateFormat::Jwk, _) => {
            let kid = keys::jwk::thumbprint(&key)?;
            let alg = crate::jws::Alg::natural_for(key.kind());
            let mut jwk = keys::jwk::private_jwk_from_pkcs8(&pkcs8, Some(&kid), Some(alg))?;
            jwk.push('\n');
            jwk
        }
        (PrivateFormat::Pem, Some(passphrase)) => encrypt(&pkcs8, passphrase)?,
        (PrivateFormat::Pem, None) => Zeroizing::new(keys::to_pem("PRIVATE KEY", &pkcs8)),
    };
    let mut public_files = Vec::new();
    if let Some(path) = &options.public_out {
        public_files.push((path, public_pem.clone(), "public key"));
    }
    if let Some(path) = &options.jwks_out {
        let jwks = keys::jwk::jwks(&[(&key, None)])?;
        let text = serde_json::to_string_pretty(&jwks)? + "\n";
        public_files.push((path, text, "JWKS"));
    }

    // The public files first: if one cannot be written, no private key is left behind.
    let remove_public = |written: usize| {
        for (path, _, _) in &public_files[..written] {
            let _ = std::fs::remove_file(path);
        }
    };
    for (i, (path, text, what)) in public_files.iter().enumerate() {
        if let Err(err) = std::fs::write(path, text) {
            remove_public(i);
            return Err(err).with_context(|| format!("writing {what} {}", path.display()));
        }
    }
    if let Err(err) = write_private(out, private_text.as_bytes(), options.force, "private key") {
        remove_public(public_files.len());
        return Err(err);
    }
    if passphrase.is_none() {
        warn(format!("{} is NOT encrypted: keep it safe", out.display()));
    }
    if options.public_out.is_none() {
        output::print_result(public_pem.trim_end())?;
    }
    Ok(())
}

fn unreachable_passphrase() -> Result<Zeroizing<Vec<u8>>> {
    bail!("a freshly generated key is not encrypted")
}

/// A new private key as plain PKCS#8 DER.
fn generate(key_type: KeyType) -> Result<Zeroizing<Vec<u8>>> {
    let failed = |_| anyhow!("key generation failed");
    let der = match key_type {
        KeyType::Rsa { bits } => {
            let size = match bits {
                2048 => KeySize::Rsa2048,
                3072 => KeySize::Rsa3072,
                4096 => KeySize::Rsa4096,
                _ => bail!("--bits must be 2048, 3072 or 4096"),
            };
            let pair = RsaKeyPair::generate(size).map_err(failed)?;
            let der: Pkcs8V1Der<'static> = pair.as_der().map_err(failed)?;
            der.as_ref().to_vec()
        }
        KeyType::Ec256 | KeyType::Ec384 | KeyType::Ec521 | KeyType::EcSecp256k1 => {
            let alg = match key_type {
                KeyType::Ec256 => &ECDSA_P256_SHA256_FIXED_SIGNING,
                KeyType::Ec384 => &ECDSA_P384_SHA384_FIXED_SIGNING,
                KeyType::Ec521 => &ECDSA_P521_SHA512_FIXED_SIGNING,
                _ => &ECDSA_P256K1_SHA256_FIXED_SIGNING,
            };
            let pair = EcdsaKeyPair::generate(alg).map_err(failed)?;
            pair.to_pkcs8v1().map_err(failed)?.as_ref().to_vec()
        }
        KeyType::Ed25519 => {
            let pair = Ed25519KeyPair::generate().map_err(failed)?;
            pair.to_pkcs8v1().map_err(failed)?.as_ref().to_vec()
        }
    };
    Ok(Zeroizing::new(der))
}

/// Encrypted PKCS#8: PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC.
fn encrypt(pkcs8: &[u8], passphrase: &[u8]) -> Result<Zeroizing<String>> {
    let mut salt = [0u8; 16];
    let mut iv = [0u8; 16];
    rand::fill(&mut salt).map_err(|_| anyhow!("the random number generator failed"))?;
    rand::fill(&mut iv).map_err(|_| anyhow!("the random number generator failed"))?;
    let params =
        pkcs8::pkcs5::pbes2::Parameters::pbkdf2_sha256_aes256cbc(PBKDF2_ITERATIONS, &salt, &iv)
            .map_err(|e| anyhow!("encryption parameters: {e}"))?;
    let info =
        pkcs8::PrivateKeyInfo::try_from(pkcs8).map_err(|e| anyhow!("encoding the key: {e}"))?;
    let document = info
        .encrypt_with_params(params, passphrase)
        .map_err(|e| anyhow!("encrypting the key: {e}"))?;
    let pem = document
        .to_pem("ENCRYPTED PRIVATE KEY", LineEnding::LF)
        .map_err(|e| anyhow!("encoding the key: {e}"))?;
    Ok(pem)
}

/// The passphrase for a new key: a file, a command, the environment (JWTMINT_PASSPHRASE, then
/// JWTMINT_PASSPHRASE_COMMAND), or asked twice on a terminal.
fn new_passphrase(options: &KeygenOptions) -> Result<Zeroizing<Vec<u8>>> {
    let env = Environment::from_process();
    let passphrase = if let Some(path) = &options.passphrase_file {
        input::strip_one_newline(input::read_path(path, "passphrase file")?)
    } else if let Some(command) = &options.passphrase_command {
        command.run("passphrase")?
    } else if let Some(pass) = env.passphrase {
        pass
    } else if let Some(text) = &env.passphrase_command {
        crate::credentials::env_command(crate::credentials::ENV_PASSPHRASE_COMMAND, text)?
            .run("passphrase")?
    } else if input::stdin_is_terminal() {
        let first = input::prompt_hidden("New passphrase: ")?;
        let second = input::prompt_hidden("Repeat the passphrase: ")?;
        if first != second {
            bail!("the passphrases do not match");
        }
        first
    } else {
        bail!(crate::exit::UsageError::new(format!(
            "the new key needs a passphrase: set {ENV_PASSPHRASE}, pass --passphrase-file or \
             --passphrase-command, or pass --no-encrypt"
        )));
    };
    if passphrase.is_empty() {
        bail!("the passphrase is empty; pass --no-encrypt for an unencrypted key");
    }
    Ok(passphrase)
}

/// Writes the private key with mode 0600, never over an existing file unless `force`.
fn write_private(path: &Path, contents: &[u8], force: bool, what: &str) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).mode(0o600);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("writing {what} {}", path.display()))?;
    if force {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("setting mode 0600 on {}", path.display()))?;
    }
    file.write_all(contents)
        .and_then(|_| file.sync_all())
        .with_context(|| format!("writing {what} {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_load_and_encrypted_ones_round_trip() {
        for key_type in [
            KeyType::Ec256,
            KeyType::Ec384,
            KeyType::Ec521,
            KeyType::EcSecp256k1,
            KeyType::Ed25519,
        ] {
            let der = generate(key_type).unwrap();
            let pem = encrypt(&der, b"pass").unwrap();
            let key = keys::parse_private_key(pem.as_bytes(), &mut || {
                Ok(Zeroizing::new(b"pass".to_vec()))
            })
            .unwrap();
            let expected = match key_type {
                KeyType::Ec256 => keys::KeyKind::EcP256,
                KeyType::Ec384 => keys::KeyKind::EcP384,
                KeyType::Ec521 => keys::KeyKind::EcP521,
                KeyType::EcSecp256k1 => keys::KeyKind::EcSecp256k1,
                _ => keys::KeyKind::Ed25519,
            };
            assert_eq!(key.kind(), expected);
            let wrong = keys::parse_private_key(pem.as_bytes(), &mut || {
                Ok(Zeroizing::new(b"nope".to_vec()))
            });
            assert!(wrong.unwrap_err().to_string().contains("wrong passphrase"));
        }
    }

    #[test]
    fn rsa_sizes() {
        let der = generate(KeyType::Rsa { bits: 2048 }).unwrap();
        let key = keys::parse_private_key(&der, &mut unreachable_passphrase).unwrap();
        assert_eq!(key.kind(), keys::KeyKind::Rsa { bits: 2048 });
        assert!(generate(KeyType::Rsa { bits: 1024 }).is_err());
    }
}
