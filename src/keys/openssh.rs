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
    let key = match ssh_key::PrivateKey::from_bytes(body) {
        Ok(key) => key,
        Err(e) => {
            // ssh-key 0.6 refuses an ECDSA scalar shorter than its field, which ssh-keygen
            // writes for one P-521 key in four: read that one form here.
            return short_scalar::unencrypted(body)
                .unwrap_or_else(|| Err(anyhow!("damaged OpenSSH private key ({e})")));
        }
    };
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
        match key.decrypt(pass.as_slice()) {
            Ok(key) => key,
            Err(_) => {
                return short_scalar::encrypted(&key, &pass)
                    .unwrap_or_else(|| Err(anyhow!(WRONG_PASSPHRASE)))
            }
        }
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
            check_rsa_sizes(n, e, d, p, q, qi)?;
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

/// ECDSA keys whose private scalar `ssh-keygen` wrote without its leading zero bytes (an
/// OpenSSH `mpint` is minimal): `ssh-key` 0.6 wants exactly the field's length and refuses
/// them ("length invalid"), after decryption too. This reads just that case from the
/// `openssh-key-v1` layout (PROTOCOL.key): a container read by hand when unencrypted, and the
/// private section decrypted with `ssh-key`'s own KDF and cipher when encrypted.
mod short_scalar {
    use anyhow::{anyhow, bail, Result};
    use zeroize::Zeroizing;

    use super::super::{PrivateKey, OID_P256, OID_P384, OID_P521, WRONG_PASSPHRASE};

    /// An unencrypted container; `None` when it is not an ECDSA key in that layout.
    pub(super) fn unencrypted(body: &[u8]) -> Option<Result<PrivateKey>> {
        let mut r = Reader(body.strip_prefix(b"openssh-key-v1\0")?);
        let (cipher, kdf, _options) = (r.string()?, r.string()?, r.string()?);
        if cipher != b"none" || kdf != b"none" || r.u32()? != 1 {
            return None;
        }
        let _public = r.string()?;
        let section = r.string()?;
        ecdsa(section)
    }

    /// An encrypted container that `ssh-key` decrypted but could not read; `None` when that is
    /// not the reason (another key type, or a cipher whose tag `ssh-key` keeps to itself).
    pub(super) fn encrypted(key: &ssh_key::PrivateKey, pass: &[u8]) -> Option<Result<PrivateKey>> {
        if !matches!(key.algorithm(), ssh_key::Algorithm::Ecdsa { .. }) || key.cipher().has_tag() {
            return None;
        }
        let (k, iv) = key.kdf().derive_key_and_iv(key.cipher(), pass).ok()?;
        let mut section = Zeroizing::new(key.key_data().encrypted()?.to_vec());
        key.cipher().decrypt(&k, &iv, &mut section, None).ok()?;
        ecdsa(&section)
    }

    /// The private section: two equal check words (unequal: a wrong passphrase), the key type,
    /// the curve, the public point and the scalar.
    fn ecdsa(section: &[u8]) -> Option<Result<PrivateKey>> {
        let mut r = Reader(section);
        if r.u32()? != r.u32()? {
            return Some(Err(anyhow!(WRONG_PASSPHRASE)));
        }
        let (curve, size) = match r.string()? {
            b"ecdsa-sha2-nistp256" => (OID_P256, 32),
            b"ecdsa-sha2-nistp384" => (OID_P384, 48),
            b"ecdsa-sha2-nistp521" => (OID_P521, 66),
            _ => return None,
        };
        let _curve_name = r.string()?;
        let public = r.string()?;
        let scalar = r.string()?;
        Some(from_scalar(curve, size, public, scalar))
    }

    fn from_scalar(
        curve: der::asn1::ObjectIdentifier,
        size: usize,
        public: &[u8],
        scalar: &[u8],
    ) -> Result<PrivateKey> {
        let scalar = scalar.strip_prefix(&[0]).unwrap_or(scalar);
        if scalar.is_empty() || scalar.len() > size {
            bail!(
                "damaged OpenSSH private key: an ECDSA scalar of {} bytes",
                scalar.len()
            );
        }
        let mut padded = Zeroizing::new(vec![0u8; size]);
        padded[size - scalar.len()..].copy_from_slice(scalar);
        let key = super::super::ec_from_scalar(curve, &padded)?;
        let PrivateKey::Ec(pair, _) = &key else {
            bail!("damaged key: not an EC key");
        };
        use aws_lc_rs::signature::KeyPair;
        if pair.public_key().as_ref() != public {
            bail!("damaged key: the ECDSA private and public keys differ");
        }
        Ok(key)
    }

    /// SSH wire format: big-endian `uint32` and length-prefixed strings.
    struct Reader<'a>(&'a [u8]);

    impl<'a> Reader<'a> {
        fn u32(&mut self) -> Option<u32> {
            let (head, rest) = self.0.split_first_chunk::<4>()?;
            self.0 = rest;
            Some(u32::from_be_bytes(*head))
        }

        fn string(&mut self) -> Option<&'a [u8]> {
            let len = usize::try_from(self.u32()?).ok()?;
            if len > self.0.len() {
                return None;
            }
            let (head, rest) = self.0.split_at(len);
            self.0 = rest;
            Some(head)
        }
    }
}

/// The largest RSA modulus taken, in bits: what OpenSSH itself accepts (`SSH_RSA_MAXIMUM_MODULUS_SIZE`).
const MAX_RSA_BITS: usize = 16384;

/// The length in bits of the big-endian unsigned `value`.
fn bits(value: &[u8]) -> usize {
    let value = &value[value.iter().take_while(|b| **b == 0).count()..];
    match value.first() {
        Some(first) => value.len() * 8 - first.leading_zeros() as usize,
        None => 0,
    }
}

/// Refuses RSA parameters of the wrong sizes before any arithmetic on them: the `d mod (p-1)`
/// below takes time in len(d) × len(p), so a crafted 1 MB key kept jwtmint busy for 42 s
/// (hours near the 16 MiB input cap). A real key has a modulus of at most [`MAX_RSA_BITS`],
/// primes of half its size each, and `d` and `iqmp` no longer than the modulus and `p`.
fn check_rsa_sizes(n: &[u8], e: &[u8], d: &[u8], p: &[u8], q: &[u8], qi: &[u8]) -> Result<()> {
    let n_bits = bits(n);
    if n_bits > MAX_RSA_BITS {
        bail!("damaged key: an OpenSSH RSA modulus of {n_bits} bits, over the {MAX_RSA_BITS} OpenSSH allows");
    }
    let half = n_bits / 2;
    for (name, prime) in [("p", p), ("q", q)] {
        let prime_bits = bits(prime);
        if prime_bits.abs_diff(half) > 16 || prime_bits == 0 {
            bail!(
                "damaged key: the OpenSSH RSA prime {name} has {prime_bits} bits, not about half \
                 of the modulus's {n_bits}"
            );
        }
    }
    if bits(d) > n_bits || bits(e) > n_bits || bits(qi) > bits(p) {
        bail!("damaged key: an OpenSSH RSA parameter is longer than the modulus");
    }
    Ok(())
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

    /// The openssh-rsa2048 fixture with its private parameters changed by `change`, as the
    /// binary body of an OpenSSH key.
    fn altered_rsa(change: impl Fn(&mut ssh_key::private::RsaKeypair)) -> Vec<u8> {
        let text = String::from_utf8(fixture("openssh-rsa2048")).unwrap();
        let key = ssh_key::PrivateKey::from_openssh(text).unwrap();
        let KeypairData::Rsa(mut pair) = key.key_data().clone() else {
            panic!("not an RSA key")
        };
        change(&mut pair);
        let key = ssh_key::PrivateKey::new(KeypairData::Rsa(pair), "").unwrap();
        key.to_bytes().unwrap().to_vec()
    }

    #[test]
    fn rsa_sizes_are_checked_before_any_arithmetic() {
        let mpint = |len: usize| ssh_key::Mpint::from_positive_bytes(&vec![0x5b; len]).unwrap();
        type Change<'a> = Box<dyn Fn(&mut ssh_key::private::RsaKeypair) + 'a>;
        let cases: [(&str, Change); 4] = [
            // A 500 kB d or p: many seconds of `rem` without the check.
            (
                "a 500 kB d",
                Box::new(|pair| pair.private.d = mpint(500_000)),
            ),
            (
                "a 500 kB p",
                Box::new(|pair| pair.private.p = mpint(500_000)),
            ),
            ("a short q", Box::new(|pair| pair.private.q = mpint(64))),
            (
                "a 20000-bit modulus",
                Box::new(|pair| pair.public.n = mpint(2500)),
            ),
        ];
        for (what, change) in cases {
            let body = altered_rsa(change);
            let start = std::time::Instant::now();
            let Err(err) = parse(&body, &mut no_passphrase) else {
                panic!("{what}: loaded")
            };
            assert!(
                start.elapsed() < std::time::Duration::from_secs(2),
                "{what}: {:?}",
                start.elapsed()
            );
            assert!(err.to_string().starts_with("damaged key"), "{what}: {err}");
        }
        // The fixture itself, rebuilt, still loads.
        assert!(parse(&altered_rsa(|_| {}), &mut no_passphrase).is_ok());
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

    /// `ssh-keygen` drops leading zero bytes of the scalar (here a P-521 scalar of 65 bytes):
    /// such keys load, plain and encrypted, as the key their public half names.
    #[test]
    fn short_ecdsa_scalars_load() {
        let public = crate::keys::public::parse_public_key(
            &fixture("openssh-ec-p521-short.pub.pem"),
            "pub",
            || bail!("a public key"),
        )
        .unwrap()
        .0;
        for (name, pass) in [
            ("openssh-ec-p521-short", None),
            (
                "openssh-ec-p521-short-enc",
                Some(&b"jwtmint-fixture-pass"[..]),
            ),
        ] {
            let key = match pass {
                None => parse_private_key(&fixture(name), &mut no_passphrase),
                Some(pass) => parse_private_key(&fixture(name), &mut passphrase(pass)),
            }
            .unwrap_or_else(|e| panic!("{name}: {e:#}"));
            assert_eq!(key.kind(), KeyKind::EcP521, "{name}");
            assert_eq!(
                Some(key.public_key_spki_der().unwrap()),
                public.spki.clone(),
                "{name}"
            );
        }
        let err = parse_private_key(
            &fixture("openssh-ec-p521-short-enc"),
            &mut passphrase(b"wrong"),
        )
        .unwrap_err();
        assert_eq!(err.to_string(), WRONG_PASSPHRASE);
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
