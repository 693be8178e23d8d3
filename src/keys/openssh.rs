//! OpenSSH private keys (`-----BEGIN OPENSSH PRIVATE KEY-----`, what `ssh-keygen` writes since
//! 7.8): Ed25519, ECDSA P-256/P-384/P-521 and RSA, plain or passphrase-protected (bcrypt-pbkdf
//! with AES or ChaCha20-Poly1305). The `ssh-key` crate reads and decrypts the container; the
//! key itself is handed to aws-lc, which checks it.

use anyhow::{anyhow, bail, Result};
use aws_lc_rs::signature::{Ed25519KeyPair, KeyPair};
use ssh_key::private::KeypairData;
use ssh_key::{EcdsaCurve, Kdf};
use zeroize::Zeroizing;

use super::{PrivateKey, OID_P256, OID_P384, OID_P521, WRONG_PASSPHRASE};

/// The most bcrypt-pbkdf rounds taken: `ssh-keygen` writes 16 unless told (`-a`; guides say
/// 100, some 256). Measured here, like ssh-keygen itself: 16 rounds 0.16 s, 100 rounds 0.8 s,
/// 256 rounds 2 s; 512 is about 4 s, the order of the PBKDF2 limit of encrypted PKCS#8. Over
/// this, the file is refused before the passphrase is asked for.
const MAX_ROUNDS: u32 = 512;

/// Reads the binary body of an `OPENSSH PRIVATE KEY` PEM block. `passphrase` is called only for
/// an encrypted key, after its KDF cost is checked.
pub fn parse(
    body: &[u8],
    passphrase: &mut dyn FnMut() -> Result<Zeroizing<Vec<u8>>>,
) -> Result<PrivateKey> {
    let key = ssh_key::PrivateKey::from_bytes(body)
        .map_err(|e| anyhow!("damaged OpenSSH private key ({e})"))?;
    let key = if key.is_encrypted() {
        match key.kdf() {
            Kdf::Bcrypt { rounds, .. } if *rounds > MAX_ROUNDS => bail!(
                "damaged key: it asks for {rounds} bcrypt-pbkdf rounds, over jwtmint's limit \
                 of {MAX_ROUNDS}"
            ),
            Kdf::Bcrypt { .. } => {}
            _ => bail!("damaged OpenSSH private key: encrypted, but with no KDF"),
        }
        let pass = passphrase()?;
        key.decrypt(pass.as_slice())
            .map_err(|_| anyhow!(WRONG_PASSPHRASE))?
    } else {
        key
    };
    match key.key_data() {
        KeypairData::Ed25519(pair) => {
            let seed = Zeroizing::new(pair.private.to_bytes());
            Ed25519KeyPair::from_seed_and_public_key(seed.as_slice(), pair.public.as_ref())
                .map(PrivateKey::Ed25519)
                .map_err(|_| anyhow!("damaged key: the Ed25519 private and public keys differ"))
        }
        KeypairData::Ecdsa(pair) => {
            let curve = match pair.curve() {
                EcdsaCurve::NistP256 => OID_P256,
                EcdsaCurve::NistP384 => OID_P384,
                EcdsaCurve::NistP521 => OID_P521,
            };
            let key = super::ec_from_scalar(curve, pair.private_key_bytes())?;
            let PrivateKey::Ec(ec, _) = &key else {
                bail!("damaged key: not an EC key");
            };
            if ec.public_key().as_ref() != pair.public_key_bytes() {
                bail!("damaged key: the ECDSA private and public keys differ");
            }
            Ok(key)
        }
        KeypairData::Rsa(pair) => {
            let (n, e) = (part(&pair.public.n)?, part(&pair.public.e)?);
            let (d, p, q) = (
                part(&pair.private.d)?,
                part(&pair.private.p)?,
                part(&pair.private.q)?,
            );
            let qi = part(&pair.private.iqmp)?;
            // OpenSSH keeps no d mod (p-1), d mod (q-1): PKCS#1 needs them.
            let dp = rem(d, &minus_one(p)?);
            let dq = rem(d, &minus_one(q)?);
            super::rsa_from_parts(&[n, e, d, p, q, &dp, &dq, qi]).map_err(|e| {
                if e.to_string().starts_with("damaged key") {
                    anyhow!("damaged key: the OpenSSH RSA parameters do not agree")
                } else {
                    e
                }
            })
        }
        KeypairData::Dsa(_) => bail!("DSA keys cannot sign JWTs; use an RSA, EC or Ed25519 key"),
        KeypairData::SkEcdsaSha2NistP256(_) | KeypairData::SkEd25519(_) => {
            bail!("this is a security-key (FIDO) OpenSSH key: its private half stays on the token")
        }
        other => bail!(
            "unsupported OpenSSH key type {}",
            other
                .algorithm()
                .map_or_else(|_| "(unknown)".to_string(), |a| a.to_string())
        ),
    }
}

fn part(m: &ssh_key::Mpint) -> Result<&[u8]> {
    m.as_positive_bytes()
        .ok_or_else(|| anyhow!("damaged key: a negative RSA parameter"))
}

/// `p - 1` for an odd prime `p` (big-endian).
fn minus_one(p: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    let mut out = Zeroizing::new(p.to_vec());
    match out.last_mut() {
        Some(last) if *last & 1 == 1 => *last &= 0xfe,
        _ => bail!("damaged key: an RSA prime is even"),
    }
    Ok(out)
}

/// `a mod m` for big-endian unsigned `a` and `m > 0`, one bit at a time with a branch-free
/// subtraction: the time depends on the lengths only, never on the (secret) values.
fn rem(a: &[u8], m: &[u8]) -> Zeroizing<Vec<u8>> {
    let limbs = m.len().div_ceil(8) + 1;
    let mut modulus = vec![0u64; limbs];
    for (i, byte) in m.iter().rev().enumerate() {
        modulus[i / 8] |= u64::from(*byte) << (8 * (i % 8));
    }
    let mut r = Zeroizing::new(vec![0u64; limbs]);
    let mut t = Zeroizing::new(vec![0u64; limbs]);
    for byte in a {
        for bit in (0..8).rev() {
            let mut carry = u64::from(byte >> bit & 1);
            for limb in r.iter_mut() {
                let next = *limb >> 63;
                *limb = (*limb << 1) | carry;
                carry = next;
            }
            let mut borrow = 0u64;
            for i in 0..limbs {
                let (d1, b1) = r[i].overflowing_sub(modulus[i]);
                let (d2, b2) = d1.overflowing_sub(borrow);
                t[i] = d2;
                borrow = u64::from(b1 | b2);
            }
            // No borrow: r >= m, keep r - m.
            let keep = borrow.wrapping_sub(1);
            for i in 0..limbs {
                r[i] = (t[i] & keep) | (r[i] & !keep);
            }
        }
    }
    let mut out = Zeroizing::new(Vec::with_capacity(limbs * 8));
    for limb in r.iter().rev() {
        out.extend_from_slice(&limb.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::tests::{fixture, load, no_passphrase};
    use crate::keys::{parse_private_key, KeyKind};

    fn passphrase(pass: &'static [u8]) -> impl FnMut() -> Result<Zeroizing<Vec<u8>>> {
        move || Ok(Zeroizing::new(pass.to_vec()))
    }

    #[test]
    fn rem_agrees_with_small_numbers() {
        for (a, m) in [
            (0u128, 7u128),
            (100, 7),
            (u128::MAX, 1_000_003),
            (12345678901234567890, 98765),
        ] {
            let out = rem(&a.to_be_bytes(), &m.to_be_bytes()[8..]);
            let mut bytes = [0u8; 16];
            bytes[16 - out.len().min(16)..].copy_from_slice(&out[out.len().saturating_sub(16)..]);
            assert_eq!(u128::from_be_bytes(bytes), a % m, "{a} mod {m}");
        }
    }

    #[test]
    fn openssh_keys_load_as_the_same_keys_as_their_pem() {
        for (ssh, pem, kind) in [
            (
                "openssh-rsa2048",
                "rsa2048-pkcs1.pem",
                KeyKind::Rsa { bits: 2048 },
            ),
            ("openssh-ec-p256", "ec-p256-pkcs8.pem", KeyKind::EcP256),
            ("openssh-ec-p521", "ec-p521-pkcs8.pem", KeyKind::EcP521),
        ] {
            let key = parse_private_key(&fixture(ssh), &mut no_passphrase).unwrap();
            assert_eq!(key.kind(), kind, "{ssh}");
            assert_eq!(
                key.public_key_spki_der().unwrap(),
                load(pem).public_key_spki_der().unwrap(),
                "{ssh}"
            );
        }
        let key = parse_private_key(&fixture("openssh-ed25519"), &mut no_passphrase).unwrap();
        assert_eq!(key.kind(), KeyKind::Ed25519);
    }

    #[test]
    fn aes_ctr_and_chacha20_poly1305_with_one_round_decrypt() {
        // The fuzz seeds: `ssh-keygen -p -a 1 [-Z chacha20-poly1305@openssh.com]` copies.
        let seeds = [
            (
                &include_bytes!("../../fuzz/seeds/openssh/openssh-ec-p256-enc-1-round.bin")[..],
                "openssh-ec-p256",
            ),
            (
                &include_bytes!("../../fuzz/seeds/openssh/openssh-rsa2048-chacha-1-round.bin")[..],
                "openssh-rsa2048",
            ),
        ];
        for (body, plain) in seeds {
            let key = parse(body, &mut passphrase(b"jwtmint-fixture-pass")).unwrap();
            let expected = parse_private_key(&fixture(plain), &mut no_passphrase).unwrap();
            assert_eq!(
                key.public_key_spki_der().unwrap(),
                expected.public_key_spki_der().unwrap(),
                "{plain}"
            );
            let err = parse(body, &mut passphrase(b"wrong")).unwrap_err();
            assert_eq!(err.to_string(), WRONG_PASSPHRASE, "{plain}");
        }
    }

    /// Found by the openssh fuzz target (a libFuzzer slow unit): 256 rounds cost seconds per
    /// try, as they do for ssh-keygen. Costs over the limit are refused before the passphrase.
    #[test]
    fn too_many_bcrypt_rounds_are_refused_before_the_passphrase() {
        let mut body = include_bytes!("../../fuzz/findings/openssh-bcrypt-256-rounds").to_vec();
        // The rounds follow the KDF options' salt: 4-byte length 16, 16 bytes, 4-byte rounds.
        let at = body
            .windows(4)
            .position(|w| w == [0, 0, 1, 0])
            .expect("256 rounds in the finding");
        body[at..at + 4].copy_from_slice(&513u32.to_be_bytes());
        let err = parse(&body, &mut || panic!("asked for the passphrase")).unwrap_err();
        assert!(err.to_string().contains("513 bcrypt-pbkdf rounds"), "{err}");
    }

    #[test]
    fn encrypted_openssh_keys_need_the_passphrase() {
        for (ssh, pem) in [
            ("openssh-rsa2048-enc", "rsa2048-pkcs1.pem"),
            ("openssh-ec-p384-enc", "ec-p384-pkcs8.pem"),
            ("openssh-ed25519-enc", "openssh-ed25519"),
        ] {
            let key =
                parse_private_key(&fixture(ssh), &mut passphrase(b"jwtmint-fixture-pass")).unwrap();
            assert_eq!(
                key.public_key_spki_der().unwrap(),
                parse_private_key(&fixture(pem), &mut no_passphrase)
                    .unwrap()
                    .public_key_spki_der()
                    .unwrap(),
                "{ssh}"
            );
            let err = parse_private_key(&fixture(ssh), &mut passphrase(b"wrong")).unwrap_err();
            assert_eq!(err.to_string(), WRONG_PASSPHRASE, "{ssh}");
        }
    }
}
