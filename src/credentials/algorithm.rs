//! Which algorithm a secret or key signs with, against a service's [`AlgRules`].

use anyhow::{bail, Result};

use super::sources::secret_flag;
use super::{Environment, KeyFile, KeySources, ENV_KEY_FILE, ENV_SECRET};
use crate::exit::UsageError;
use crate::jws::{Alg, KeyMaterial};
use crate::keys;
use crate::providers::AlgRules;

/// The algorithm a key file signs with: `--alg` (which must agree with a JWK's own `alg`), else
/// the JWK's `alg`, else the service's default or the key's natural algorithm; then checked
/// against the service's rules ([`check_key_fits`]). `name` names the key in messages.
pub(super) fn for_key_file(
    explicit: Option<Alg>,
    file: &KeyFile,
    rules: AlgRules,
    name: &str,
) -> Result<Alg> {
    // An explicit --alg must agree with a JWK's own `alg`, which is otherwise the default.
    let alg = match (explicit, file.alg) {
        (Some(given), Some(own)) if given != own => bail!(UsageError::new(format!(
            "--alg {given} contradicts the key's own alg {own} (key {name})"
        ))),
        (Some(given), _) => given,
        (None, Some(own)) => own,
        (None, None) => match file.material.kind() {
            None => hmac_default(rules),
            Some(kind) => {
                let natural = Alg::natural_for(kind);
                if rsa_default_fits(rules.default, kind) {
                    // An RSA key signs with any RS/PS algorithm: the service's default
                    // (Entra's PS256) wins over the key's natural RS256.
                    rules.default
                } else if rules.allowed.contains(&natural) {
                    natural
                } else {
                    rules.default
                }
            }
        },
    };
    check_key_fits(alg, explicit, file, rules, name)?;
    Ok(alg)
}

/// The HMAC algorithm a secret signs with when nothing says: HS256, else the first HMAC
/// algorithm the service allows, else its default (which [`check_key_fits`] then refuses).
pub(super) fn hmac_default(rules: AlgRules) -> Alg {
    if rules.allowed.contains(&Alg::HS256) {
        Alg::HS256
    } else {
        rules
            .allowed
            .iter()
            .copied()
            .find(|alg| alg.is_hmac())
            .unwrap_or(rules.default)
    }
}

/// The service's rules decide for every key form, a JWK of kty `oct` included: `alg` must be
/// one the service allows, and the key one that signs with it (an HMAC secret for HS*, a
/// private key for the others).
fn check_key_fits(
    alg: Alg,
    explicit: Option<Alg>,
    file: &KeyFile,
    rules: AlgRules,
    name: &str,
) -> Result<()> {
    let allowed = || {
        let names: Vec<_> = rules.allowed.iter().map(|a| a.name()).collect();
        names.join(", ")
    };
    let is_secret = matches!(file.material, KeyMaterial::Secret(_));
    if !rules.allowed.contains(&alg) {
        let why = if explicit.is_some() {
            format!(
                "{alg} is not an algorithm this service accepts ({})",
                allowed()
            )
        } else if file.alg == Some(alg) {
            format!(
                "the key's own alg is {alg}, which this service does not accept ({})",
                allowed()
            )
        } else if is_secret {
            format!(
                "the key {name} is an HMAC secret (a JWK of kty `oct`), and this service signs \
                 with {} only",
                allowed()
            )
        } else {
            format!(
                "{alg} is not an algorithm this service accepts ({})",
                allowed()
            )
        };
        bail!(UsageError::new(why));
    }
    // Found by reading the key file: not a usage error.
    match (alg.is_hmac(), is_secret) {
        (true, false) => {
            bail!("{alg} signs with an HMAC secret, but the key {name} is a private key")
        }
        (false, true) => bail!(
            "{alg} signs with a private key, but the key {name} is an HMAC secret (a JWK of kty \
             `oct`)"
        ),
        _ => Ok(()),
    }
}

pub(super) fn short_secret(alg: Alg, secret: &[u8]) -> Option<String> {
    let min = alg.min_secret_len()?;
    (secret.len() < min).then(|| {
        format!(
            "the HMAC secret is {} bytes; {alg} wants at least {min} (RFC 7518 section 3.2)",
            secret.len()
        )
    })
}

/// Whether `default` is an RSA algorithm (RS* or PS*) and the key an RSA key.
fn rsa_default_fits(default: Alg, kind: keys::KeyKind) -> bool {
    matches!(kind, keys::KeyKind::Rsa { .. })
        && matches!(
            default,
            Alg::RS256 | Alg::RS384 | Alg::RS512 | Alg::PS256 | Alg::PS384 | Alg::PS512
        )
}

/// Whether to sign with an HMAC secret (or else a private key): an explicit `--alg` decides,
/// then what the service accepts, then a flag, then the environment, then the default.
pub(super) fn wants_secret(
    sources: &KeySources,
    env: &Environment,
    explicit: Option<Alg>,
    rules: AlgRules,
) -> Result<bool> {
    if let Some(alg) = explicit {
        return Ok(alg.is_hmac());
    }
    let hmac_allowed = rules.allowed.iter().any(|alg| alg.is_hmac());
    let key_allowed = rules.allowed.iter().any(|alg| !alg.is_hmac());
    if !key_allowed {
        // `--key` may still name an HMAC secret (a JWK of kty `oct`); any other key is refused
        // once it is read.
        return Ok(true);
    }
    if !hmac_allowed {
        if sources.has_secret() {
            bail!(UsageError::new(format!(
                "{} signs with a private key (--key or {ENV_KEY_FILE}), not {}",
                rules.default,
                secret_flag(sources)
            )));
        }
        return Ok(false);
    }
    Ok(match (sources.has_secret(), &sources.key_file) {
        (true, Some(_)) => {
            return Err(UsageError::new(format!(
                "give either {} or --key, not both (or pick one with --alg)",
                secret_flag(sources)
            ))
            .into())
        }
        (true, None) => true,
        (false, Some(_)) => false,
        (false, None) => match (env.has_secret(), &env.key_file) {
            (true, None) => true,
            (false, Some(_)) => false,
            (true, Some(_)) => {
                return Err(UsageError::new(format!(
                    "both {ENV_SECRET} and {ENV_KEY_FILE} are set: choose with --alg, \
                     --secret-file or --key"
                ))
                .into())
            }
            (false, None) => rules.default.is_hmac(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_rsa_default_fits_an_rsa_key_only() {
        let rsa = keys::KeyKind::Rsa { bits: 2048 };
        assert!(rsa_default_fits(Alg::PS256, rsa));
        assert!(rsa_default_fits(Alg::RS256, rsa));
        assert!(!rsa_default_fits(Alg::HS256, rsa));
        assert!(!rsa_default_fits(Alg::PS256, keys::KeyKind::EcP256));
    }
}
