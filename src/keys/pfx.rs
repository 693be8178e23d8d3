//! PKCS#12 (`.p12`/`.pfx`) files: the private key and its certificate chain.
//!
//! Read as OpenSSL 3 writes them (PBES2: PBKDF2-SHA256 and AES-256-CBC, SHA-256 MAC) and as
//! `openssl pkcs12 -legacy`, older OpenSSL, Windows and Java write them (PBE-SHA1-3DES for the
//! key, PBE-SHA1-RC2-40 for the certificates, SHA-1 MAC). The MAC is checked with the
//! passphrase first, so a wrong passphrase says so before anything is decrypted. Built on the
//! `pkcs12` and `cms` crates' ASN.1 types; decryption is shared with encrypted PKCS#8.

use anyhow::{anyhow, bail, Result};
use cms::content_info::ContentInfo;
use cms::encrypted_data::EncryptedData;
use der::asn1::{ObjectIdentifier as Oid, OctetString};
use der::{Decode, Encode};
use hmac::{Hmac, Mac};
use pkcs12::cert_type::CertBag;
use pkcs12::kdf::{derive_key_utf8, Pkcs12KeyType};
use pkcs12::mac_data::MacData;
use pkcs12::pfx::Pfx;
use pkcs12::safe_bag::SafeBag;
use zeroize::Zeroizing;

use super::encrypted_pkcs8::{self, MAX_ITERATIONS};
use super::{from_pkcs8, PrivateKey, WRONG_PASSPHRASE};

const OID_DATA: Oid = Oid::new_unwrap("1.2.840.113549.1.7.1");
const OID_ENCRYPTED_DATA: Oid = Oid::new_unwrap("1.2.840.113549.1.7.6");
const OID_SHA1: Oid = Oid::new_unwrap("1.3.14.3.2.26");
const OID_SHA256: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2.1");
const OID_SHA384: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2.2");
const OID_SHA512: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2.3");

/// Whether `input` is a PKCS#12 `PFX` structure (DER).
pub fn is_pkcs12(input: &[u8]) -> bool {
    input.first() == Some(&0x30) && Pfx::from_der(input).is_ok()
}

fn damaged(e: impl std::fmt::Display) -> anyhow::Error {
    anyhow!("damaged PKCS#12 file ({e})")
}

/// The private key of a PKCS#12 file and its certificates (DER), the key's own certificate
/// first, then its issuer, and so on; certificates that are not in the chain come last.
/// `passphrase` is asked for once, after the MAC's cost is checked.
pub fn parse(
    input: &[u8],
    passphrase: &mut dyn FnMut() -> Result<Zeroizing<Vec<u8>>>,
) -> Result<(PrivateKey, Vec<Vec<u8>>)> {
    let pfx = Pfx::from_der(input).map_err(damaged)?;
    if pfx.auth_safe.content_type != OID_DATA {
        bail!("PKCS#12 files protected by a public key (not a passphrase) are not supported");
    }
    let data = pfx
        .auth_safe
        .content
        .decode_as::<OctetString>()
        .map_err(damaged)?;
    let data = data.as_bytes();

    let mut cached: Option<Zeroizing<Vec<u8>>> = None;
    let mut pass = || -> Result<Zeroizing<Vec<u8>>> {
        if let Some(pass) = &cached {
            return Ok(pass.clone());
        }
        let pass = passphrase()?;
        cached = Some(pass.clone());
        Ok(pass)
    };

    let safes = Vec::<ContentInfo>::from_der(data).map_err(damaged)?;
    let mut budget = Budget::default();
    // Everything visible before decryption is paid for first: the MAC, every encrypted safe,
    // every bag of the plain safes (and their shrouded keys).
    let mut plain_bags = Vec::with_capacity(safes.len());
    for safe in &safes {
        budget.bags(1)?;
        if safe.content_type == OID_DATA {
            let octets = safe.content.decode_as::<OctetString>().map_err(damaged)?;
            let bags = Vec::<SafeBag>::from_der(octets.as_bytes())
                .map_err(|_| damaged("bad SafeContents"))?;
            budget.pay_for(&bags)?;
            plain_bags.push(Some(bags));
        } else if safe.content_type == OID_ENCRYPTED_DATA {
            let encrypted = safe.content.decode_as::<EncryptedData>().map_err(damaged)?;
            budget.iterations(encrypted_pkcs8::kdf_cost(
                &encrypted.enc_content_info.content_enc_alg,
            ))?;
            plain_bags.push(None);
        } else {
            bail!(
                "unsupported PKCS#12 content (OID {}): only passphrase-protected files are read",
                safe.content_type
            );
        }
    }

    if let Some(mac) = &pfx.mac_data {
        if !u64::try_from(mac.iterations).is_ok_and(|n| (1..=MAX_ITERATIONS).contains(&n)) {
            bail!(
                "damaged PKCS#12 file: its MAC asks for {} iterations (jwtmint allows 1 to \
                 {MAX_ITERATIONS})",
                mac.iterations
            );
        }
        budget.iterations(u64::try_from(mac.iterations).unwrap_or(u64::MAX))?;
        mac_algorithm(mac)?;
        let pass = pass()?;
        check_mac(mac, data, &pass)?;
    }

    let mut keys = Vec::new();
    let mut certs = Vec::new();
    for (safe, plain) in safes.iter().zip(plain_bags) {
        let bags = match plain {
            Some(bags) => bags,
            None => {
                let encrypted = safe.content.decode_as::<EncryptedData>().map_err(damaged)?;
                let info = &encrypted.enc_content_info;
                let ciphertext = info.encrypted_content.as_ref().ok_or_else(|| {
                    anyhow!("damaged PKCS#12 file: encrypted data without content")
                })?;
                let contents = encrypted_pkcs8::decrypt_content(
                    &info.content_enc_alg,
                    ciphertext.as_bytes(),
                    &mut pass,
                    true,
                )?;
                // Decrypted garbage (no MAC to tell a wrong passphrase) is not SafeContents.
                let bags =
                    Vec::<SafeBag>::from_der(&contents).map_err(|_| anyhow!(WRONG_PASSPHRASE))?;
                budget.pay_for(&bags)?;
                bags
            }
        };
        for bag in bags {
            // bagValue is `[0] EXPLICIT`: the tagged wrapper holds the value's DER.
            let wrapper = der::Any::from_der(&bag.bag_value).map_err(damaged)?;
            let value = wrapper.value();
            if bag.bag_id == pkcs12::PKCS_12_PKCS8_KEY_BAG_OID {
                let plain = encrypted_pkcs8::decrypt(value, &mut pass)?;
                keys.push(from_pkcs8(&plain)?);
            } else if bag.bag_id == pkcs12::PKCS_12_KEY_BAG_OID {
                keys.push(from_pkcs8(value)?);
            } else if bag.bag_id == pkcs12::PKCS_12_CERT_BAG_OID {
                let cert = CertBag::from_der(value).map_err(damaged)?;
                if cert.cert_id == pkcs12::PKCS_12_X509_CERT_OID {
                    certs.push(cert.cert_value.as_bytes().to_vec());
                }
            }
            // CRLs, secrets and nested safe contents are not needed to sign.
        }
    }
    let key = match keys.len() {
        0 => bail!("the PKCS#12 file holds no private key (only certificates?)"),
        1 => keys.pop().expect("one key"),
        n => bail!("the PKCS#12 file holds {n} private keys; jwtmint reads files with one"),
    };
    let certs = chain(&key, certs)?;
    Ok((key, certs))
}

/// The most safes and bags a file may hold, all told. OpenSSL writes two safes and two or three
/// bags (the key, its certificate, the CA's); a long chain stays well under this.
const MAX_BAGS: usize = 16;

/// What decrypting a file costs, added up over the MAC, every encrypted safe and every shrouded
/// key bag, checked before each step that does the work: the per-key limit of
/// [`MAX_ITERATIONS`] is also the limit for the whole file. Checking each bag on its own let a
/// file of many expensive bags through (20 bags of 10 million rounds: 23 s; 60 000: hours).
#[derive(Default)]
struct Budget {
    iterations: u64,
    bags: usize,
}

impl Budget {
    fn iterations(&mut self, cost: u64) -> Result<()> {
        self.iterations = self.iterations.saturating_add(cost);
        if self.iterations > MAX_ITERATIONS {
            bail!(
                "damaged PKCS#12 file: decrypting it asks for over {MAX_ITERATIONS} key-derivation \
                 iterations in all, jwtmint's limit for a file"
            );
        }
        Ok(())
    }

    fn bags(&mut self, count: usize) -> Result<()> {
        self.bags = self.bags.saturating_add(count);
        if self.bags > MAX_BAGS {
            bail!("damaged PKCS#12 file: it holds over {MAX_BAGS} safes and bags, jwtmint's limit");
        }
        Ok(())
    }

    /// Counts `bags` and pays for their shrouded keys, before any is decrypted.
    fn pay_for(&mut self, bags: &[SafeBag]) -> Result<()> {
        self.bags(bags.len())?;
        for bag in bags {
            if bag.bag_id == pkcs12::PKCS_12_PKCS8_KEY_BAG_OID {
                let wrapper = der::Any::from_der(&bag.bag_value).map_err(damaged)?;
                let info = pkcs12::pbe_params::EncryptedPrivateKeyInfo::from_der(wrapper.value())
                    .map_err(damaged)?;
                self.iterations(encrypted_pkcs8::kdf_cost(&info.encryption_algorithm))?;
            }
        }
        Ok(())
    }
}

/// The hash a MAC uses, and its output size; refused when unknown, before the passphrase.
fn mac_algorithm(mac: &MacData) -> Result<(Oid, usize)> {
    let oid = mac.mac.algorithm.oid;
    let size = match oid {
        o if o == OID_SHA1 => 20,
        o if o == OID_SHA256 => 32,
        o if o == OID_SHA384 => 48,
        o if o == OID_SHA512 => 64,
        other => bail!("unsupported PKCS#12 MAC (hash OID {other})"),
    };
    Ok((oid, size))
}

/// RFC 7292 §5: HMAC over the authenticated safe, keyed by the PKCS#12 KDF (ID 3).
fn check_mac(mac: &MacData, data: &[u8], pass: &[u8]) -> Result<()> {
    let (oid, size) = mac_algorithm(mac)?;
    let pass = std::str::from_utf8(pass).map_err(|_| anyhow!(WRONG_PASSPHRASE))?;
    let salt = mac.mac_salt.as_bytes();
    let rounds = mac.iterations;
    let expected = mac.mac.digest.as_bytes();
    macro_rules! matches_with {
        ($hash:ty) => {{
            let key = Zeroizing::new(
                derive_key_utf8::<$hash>(pass, salt, Pkcs12KeyType::Mac, rounds, size)
                    .map_err(|_| anyhow!(WRONG_PASSPHRASE))?,
            );
            let mut hmac = <Hmac<$hash> as Mac>::new_from_slice(&key)
                .map_err(|_| anyhow!("damaged PKCS#12 file: bad MAC key"))?;
            hmac.update(data);
            hmac.verify_slice(expected).is_ok()
        }};
    }
    let good = match oid {
        o if o == OID_SHA1 => matches_with!(sha1::Sha1),
        o if o == OID_SHA256 => matches_with!(sha2::Sha256),
        o if o == OID_SHA384 => matches_with!(sha2::Sha384),
        _ => matches_with!(sha2::Sha512),
    };
    if good {
        Ok(())
    } else {
        bail!(WRONG_PASSPHRASE)
    }
}

/// Orders `certs` leaf first: the certificate of `key`, then each one's issuer.
fn chain(key: &PrivateKey, certs: Vec<Vec<u8>>) -> Result<Vec<Vec<u8>>> {
    let spki = key.public_key_spki_der()?;
    let parsed: Vec<_> = certs
        .iter()
        .map(|der| x509_cert::Certificate::from_der(der).map_err(damaged))
        .collect::<Result<_>>()?;
    let names = |i: usize| -> Result<(Vec<u8>, Vec<u8>, Vec<u8>)> {
        let tbs = &parsed[i].tbs_certificate;
        Ok((
            tbs.subject.to_der().map_err(damaged)?,
            tbs.issuer.to_der().map_err(damaged)?,
            tbs.subject_public_key_info.to_der().map_err(damaged)?,
        ))
    };
    let info: Vec<_> = (0..parsed.len()).map(names).collect::<Result<_>>()?;
    let mut order = Vec::with_capacity(certs.len());
    let mut next = info.iter().position(|(_, _, cert_spki)| *cert_spki == spki);
    while let Some(i) = next {
        order.push(i);
        let (subject, issuer, _) = &info[i];
        if subject == issuer {
            break;
        }
        next = info
            .iter()
            .enumerate()
            .position(|(j, (s, _, _))| s == issuer && !order.contains(&j));
    }
    for i in 0..certs.len() {
        if !order.contains(&i) {
            order.push(i);
        }
    }
    let mut certs: Vec<Option<Vec<u8>>> = certs.into_iter().map(Some).collect();
    Ok(order.into_iter().filter_map(|i| certs[i].take()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::tests::{fixture, load};

    fn pem_cert(name: &str) -> Vec<u8> {
        let text = String::from_utf8(fixture(name)).unwrap();
        pem::parse(text).unwrap().contents().to_vec()
    }

    fn passphrase<'a>(
        pass: &'static [u8],
        asked: &'a mut u32,
    ) -> impl FnMut() -> Result<Zeroizing<Vec<u8>>> + 'a {
        move || {
            *asked += 1;
            Ok(Zeroizing::new(pass.to_vec()))
        }
    }

    #[test]
    fn openssl_pkcs12_files_give_the_key_and_the_chain_leaf_first() {
        for file in ["rsa2048-chain.p12", "rsa2048-chain-legacy.p12"] {
            let mut asked = 0;
            let (key, certs) = parse(
                &fixture(file),
                &mut passphrase(b"jwtmint-fixture-pass", &mut asked),
            )
            .unwrap();
            assert_eq!(asked, 1, "{file}: one prompt");
            assert_eq!(
                key.public_key_spki_der().unwrap(),
                load("rsa2048-pkcs8.pem").public_key_spki_der().unwrap(),
                "{file}"
            );
            assert_eq!(
                certs,
                vec![
                    pem_cert("rsa2048-leaf.cert.pem"),
                    pem_cert("ca-p384.cert.pem")
                ],
                "{file}"
            );
        }
        let mut asked = 0;
        let (key, certs) = parse(
            &fixture("ec-p256.p12"),
            &mut passphrase(b"jwtmint-fixture-pass", &mut asked),
        )
        .unwrap();
        assert_eq!(key.kind(), crate::keys::KeyKind::EcP256);
        assert_eq!(certs, vec![pem_cert("ec-p256.cert.pem")]);
    }

    /// A PKCS#12 file of `bags` shrouded key bags (PBE-SHA1-3DES, `iterations` each) in one
    /// plain safe, without a MAC: the bomb of issue 18 #13.
    fn many_bags(bags: usize, iterations: i32) -> Vec<u8> {
        let params = pkcs12::pbe_params::Pkcs12PbeParams {
            salt: OctetString::new(vec![7; 8]).unwrap(),
            iterations,
        };
        let info = pkcs12::pbe_params::EncryptedPrivateKeyInfo {
            encryption_algorithm: x509_cert::spki::AlgorithmIdentifierOwned {
                oid: Oid::new_unwrap("1.2.840.113549.1.12.1.3"),
                parameters: Some(der::Any::encode_from(&params).unwrap()),
            },
            encrypted_data: OctetString::new(vec![0; 32]).unwrap(),
        }
        .to_der()
        .unwrap();
        // The crate encodes bag_value inside the `[0] EXPLICIT` it decodes it with.
        let bag = SafeBag {
            bag_id: pkcs12::PKCS_12_PKCS8_KEY_BAG_OID,
            bag_value: info,
            bag_attributes: None,
        };
        let contents = vec![bag; bags].to_der().unwrap();
        let safe = ContentInfo {
            content_type: OID_DATA,
            content: der::Any::encode_from(&OctetString::new(contents).unwrap()).unwrap(),
        };
        let auth_safe = vec![safe].to_der().unwrap();
        Pfx {
            version: pkcs12::pfx::Version::V3,
            auth_safe: ContentInfo {
                content_type: OID_DATA,
                content: der::Any::encode_from(&OctetString::new(auth_safe).unwrap()).unwrap(),
            },
            mac_data: None,
        }
        .to_der()
        .unwrap()
    }

    #[test]
    fn the_kdf_cost_and_the_bags_are_capped_per_file_before_any_decryption() {
        for (bags, iterations, why) in [
            (20, 10_000_000, "safes and bags"),
            (10, 10_000_000, "iterations in all"),
            (2, 6_000_000, "iterations in all"),
            (17, 1, "safes and bags"),
        ] {
            let mut asked = 0;
            let start = std::time::Instant::now();
            let Err(err) = parse(
                &many_bags(bags, iterations),
                &mut passphrase(b"pass", &mut asked),
            ) else {
                panic!("{bags} bags: loaded")
            };
            assert!(
                start.elapsed() < std::time::Duration::from_secs(1),
                "{bags} bags: {:?}",
                start.elapsed()
            );
            assert!(err.to_string().contains(why), "{bags} bags: {err}");
            assert_eq!(asked, 0, "{bags} bags: asked for the passphrase");
        }
        // Within the limits, the bags are decrypted (and fail on the wrong passphrase).
        let mut asked = 0;
        let Err(err) = parse(&many_bags(3, 1000), &mut passphrase(b"pass", &mut asked)) else {
            panic!("garbage loaded")
        };
        assert_eq!(err.to_string(), WRONG_PASSPHRASE);
        assert_eq!(asked, 1);
    }

    #[test]
    fn a_wrong_passphrase_fails_the_mac() {
        for file in ["rsa2048-chain.p12", "rsa2048-chain-legacy.p12"] {
            let mut asked = 0;
            let err = parse(&fixture(file), &mut passphrase(b"wrong", &mut asked)).unwrap_err();
            assert_eq!(err.to_string(), WRONG_PASSPHRASE, "{file}");
        }
    }

    #[test]
    fn parse_private_key_and_load_key_read_pkcs12() {
        let mut asked = 0;
        let loaded = crate::keys::load_key(
            &fixture("rsa2048-chain-legacy.p12"),
            None,
            &mut passphrase(b"jwtmint-fixture-pass", &mut asked),
        )
        .unwrap();
        assert_eq!(loaded.certs.len(), 2);
        assert!(is_pkcs12(&fixture("ec-p256.p12")));
        assert!(!is_pkcs12(&fixture("rsa2048-pkcs1.pem")));
    }
}
