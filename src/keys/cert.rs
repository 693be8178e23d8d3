//! X.509 certificates for JOSE headers: `x5c` (the chain), `x5t` and `x5t#S256` (thumbprints
//! of the leaf), and the check that a certificate belongs to the signing key.

use anyhow::{anyhow, bail, Result};
use aws_lc_rs::digest;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use der::{Decode, Encode};
use zeroize::Zeroizing;

use super::{jwk, pem_problem, pfx, PrivateKey};

/// `x5t`: base64url of the SHA-1 digest of the certificate's DER (RFC 7515 §4.1.7).
pub fn x5t(cert_der: &[u8]) -> String {
    let hash = digest::digest(&digest::SHA1_FOR_LEGACY_USE_ONLY, cert_der);
    URL_SAFE_NO_PAD.encode(hash.as_ref())
}

/// `x5t#S256`: base64url of the SHA-256 digest of the certificate's DER (RFC 7515 §4.1.8).
pub fn x5t_s256(cert_der: &[u8]) -> String {
    let hash = digest::digest(&digest::SHA256, cert_der);
    URL_SAFE_NO_PAD.encode(hash.as_ref())
}

/// `x5c`: each certificate's DER in standard base64 with padding, in the order given (leaf
/// first, RFC 7515 §4.1.6).
pub fn x5c(chain: &[Vec<u8>]) -> Vec<String> {
    chain.iter().map(|der| STANDARD.encode(der)).collect()
}

/// The certificates of a certificate file, in file order: PEM (`BEGIN CERTIFICATE` blocks;
/// other blocks, such as a private key in the same file, are skipped), one DER certificate, or
/// a PKCS#12 file (its chain, leaf first; `passphrase` is asked for then only).
pub fn load_certs(
    input: &[u8],
    passphrase: &mut dyn FnMut() -> Result<Zeroizing<Vec<u8>>>,
) -> Result<Vec<Vec<u8>>> {
    if pfx::is_pkcs12(input) {
        let (_key, certs) = pfx::parse(input, passphrase)?;
        if certs.is_empty() {
            bail!("the PKCS#12 file holds no certificate");
        }
        return Ok(certs);
    }
    if input.windows(11).any(|w| w == b"-----BEGIN ") {
        let text = std::str::from_utf8(input).map_err(|_| anyhow!("damaged PEM: not text"))?;
        let blocks =
            pem::parse_many(text).map_err(|e| anyhow!("damaged PEM: {}", pem_problem(&e)))?;
        let certs: Vec<Vec<u8>> = blocks
            .iter()
            .filter(|b| matches!(b.tag(), "CERTIFICATE" | "X509 CERTIFICATE"))
            .map(|b| b.contents().to_vec())
            .collect();
        if certs.is_empty() {
            bail!("no certificate in the file (no BEGIN CERTIFICATE block)");
        }
        for (i, der) in certs.iter().enumerate() {
            x509_cert::Certificate::from_der(der)
                .map_err(|e| anyhow!("damaged certificate {} in the file ({e})", i + 1))?;
        }
        return Ok(certs);
    }
    x509_cert::Certificate::from_der(input)
        .map_err(|_| anyhow!("not a certificate: expected PEM, DER or a PKCS#12 file"))?;
    Ok(vec![input.to_vec()])
}

/// The certificate's subject, for messages (`CN=…,O=…`).
pub fn subject(cert_der: &[u8]) -> Result<String> {
    let cert = x509_cert::Certificate::from_der(cert_der)
        .map_err(|e| anyhow!("damaged certificate ({e})"))?;
    Ok(cert.tbs_certificate.subject.to_string())
}

/// Refuses a certificate whose public key is not `key`'s public key. Compared as public JWKs,
/// so two encodings of one key (say, EC parameters written differently) still match.
pub fn check_cert_matches_key(cert_der: &[u8], key: &PrivateKey) -> Result<()> {
    let cert = x509_cert::Certificate::from_der(cert_der)
        .map_err(|e| anyhow!("damaged certificate ({e})"))?;
    let spki = cert
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|e| anyhow!("damaged certificate ({e})"))?;
    let theirs = jwk::public_jwk_from_spki(&spki)
        .map_err(|e| anyhow!("the certificate's public key cannot be read: {e:#}"))?;
    if theirs != jwk::public_jwk(key)? {
        bail!(
            "the certificate ({}) is for another key than the signing key",
            cert.tbs_certificate.subject
        );
    }
    Ok(())
}

/// Refuses a chain (DER, leaf first, as `x5c` carries it) in which a certificate was not
/// issued by the one after it: its issuer must be the next one's subject, and its signature
/// must check with the next one's public key (RFC 7515 §4.1.6: "each following certificate
/// MUST be the one used to certify the previous one"). The last one is not checked: it may be
/// a root or an intermediate the verifier already trusts.
pub fn check_chain(chain: &[Vec<u8>]) -> Result<()> {
    let certs = chain
        .iter()
        .enumerate()
        .map(|(i, der)| {
            x509_cert::Certificate::from_der(der)
                .map_err(|e| anyhow!("certificate {} of the chain is damaged ({e})", i + 1))
        })
        .collect::<Result<Vec<_>>>()?;
    for (i, pair) in certs.windows(2).enumerate() {
        let (child, issuer) = (&pair[0], &pair[1]);
        let names = || {
            format!(
                "certificate {} ({}) was not issued by certificate {} ({})",
                i + 1,
                child.tbs_certificate.subject,
                i + 2,
                issuer.tbs_certificate.subject
            )
        };
        let order = "the chain must be the leaf, then the certificate that issued it, and so on";
        if child.tbs_certificate.issuer != issuer.tbs_certificate.subject {
            bail!("{}: {order}", names());
        }
        match signed_by(child, issuer) {
            Ok(true) => {}
            Ok(false) => bail!("{}: its signature does not check; {order}", names()),
            Err(e) => bail!("{}: {e:#}", names()),
        }
    }
    Ok(())
}

/// Whether `issuer`'s public key checks `child`'s signature.
fn signed_by(child: &x509_cert::Certificate, issuer: &x509_cert::Certificate) -> Result<bool> {
    use aws_lc_rs::signature::{self, VerificationAlgorithm};
    use der::asn1::ObjectIdentifier as Oid;
    use x509_cert::spki::SubjectPublicKeyInfoRef;
    const SHA1_RSA: Oid = Oid::new_unwrap("1.2.840.113549.1.1.5");
    const SHA256_RSA: Oid = Oid::new_unwrap("1.2.840.113549.1.1.11");
    const SHA384_RSA: Oid = Oid::new_unwrap("1.2.840.113549.1.1.12");
    const SHA512_RSA: Oid = Oid::new_unwrap("1.2.840.113549.1.1.13");
    const ECDSA_SHA256: Oid = Oid::new_unwrap("1.2.840.10045.4.3.2");
    const ECDSA_SHA384: Oid = Oid::new_unwrap("1.2.840.10045.4.3.3");
    const ECDSA_SHA512: Oid = Oid::new_unwrap("1.2.840.10045.4.3.4");
    let spki_der = issuer
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|e| anyhow!("damaged certificate ({e})"))?;
    let spki = SubjectPublicKeyInfoRef::from_der(&spki_der)
        .map_err(|e| anyhow!("damaged certificate ({e})"))?;
    let key = spki
        .subject_public_key
        .as_bytes()
        .ok_or_else(|| anyhow!("damaged certificate: the key bits are not whole bytes"))?;
    let kind = super::public_kind(&spki)?;
    let oid = child.signature_algorithm.oid;
    use super::KeyKind as K;
    let algorithm: &'static dyn VerificationAlgorithm = match (oid, kind) {
        (o, K::Rsa { .. }) if o == SHA256_RSA => &signature::RSA_PKCS1_2048_8192_SHA256,
        (o, K::Rsa { .. }) if o == SHA384_RSA => &signature::RSA_PKCS1_2048_8192_SHA384,
        (o, K::Rsa { .. }) if o == SHA512_RSA => &signature::RSA_PKCS1_2048_8192_SHA512,
        (o, K::Rsa { .. }) if o == SHA1_RSA => {
            &signature::RSA_PKCS1_2048_8192_SHA1_FOR_LEGACY_USE_ONLY
        }
        (o, K::EcP256) if o == ECDSA_SHA256 => &signature::ECDSA_P256_SHA256_ASN1,
        (o, K::EcP256) if o == ECDSA_SHA384 => &signature::ECDSA_P256_SHA384_ASN1,
        (o, K::EcP384) if o == ECDSA_SHA256 => &signature::ECDSA_P384_SHA256_ASN1,
        (o, K::EcP384) if o == ECDSA_SHA384 => &signature::ECDSA_P384_SHA384_ASN1,
        (o, K::EcP521) if o == ECDSA_SHA512 => &signature::ECDSA_P521_SHA512_ASN1,
        (o, K::Ed25519) if o == super::OID_ED25519 => &signature::ED25519,
        (oid, kind) => bail!(
            "jwtmint cannot check a signature of algorithm {oid} made with {kind}, so it \
             cannot tell the chain is sound"
        ),
    };
    let tbs = child
        .tbs_certificate
        .to_der()
        .map_err(|e| anyhow!("damaged certificate ({e})"))?;
    let signature = child
        .signature
        .as_bytes()
        .ok_or_else(|| anyhow!("damaged certificate: the signature bits are not whole bytes"))?;
    Ok(signature::UnparsedPublicKey::new(algorithm, key)
        .verify(&tbs, signature)
        .is_ok())
}

/// Refuses a certificate whose public key is not the public key `spki_der` (DER
/// SubjectPublicKeyInfo). Compared as public JWKs, as [`check_cert_matches_key`] does.
pub fn check_cert_matches_spki(cert_der: &[u8], spki_der: &[u8]) -> Result<()> {
    let cert = x509_cert::Certificate::from_der(cert_der)
        .map_err(|e| anyhow!("damaged certificate ({e})"))?;
    let spki = cert
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|e| anyhow!("damaged certificate ({e})"))?;
    let theirs = jwk::public_jwk_from_spki(&spki)
        .map_err(|e| anyhow!("the certificate's public key cannot be read: {e:#}"))?;
    if theirs != jwk::public_jwk_from_spki(spki_der)? {
        bail!(
            "the certificate ({}) is for another key than the signing key",
            cert.tbs_certificate.subject
        );
    }
    Ok(())
}

/// The certificates of an `x5c` header value: an array of standard base64 (padded) DER
/// certificates, leaf first.
pub fn parse_x5c(value: &serde_json::Value) -> Result<Vec<Vec<u8>>> {
    let serde_json::Value::Array(items) = value else {
        bail!("x5c must be an array of base64 certificates");
    };
    if items.is_empty() {
        bail!("x5c is empty: it must hold at least the certificate of the signing key");
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let text = item
                .as_str()
                .ok_or_else(|| anyhow!("x5c entry {} is not a string", i + 1))?;
            let der = STANDARD
                .decode(text)
                .map_err(|_| anyhow!("x5c entry {} is not standard base64", i + 1))?;
            x509_cert::Certificate::from_der(&der)
                .map_err(|e| anyhow!("x5c entry {} is not a DER certificate ({e})", i + 1))?;
            Ok(der)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::tests::{fixture, load, no_passphrase};

    #[test]
    fn thumbprints_agree_with_openssl() {
        // openssl x509 -in rsa2048-leaf.cert.pem -outform DER | openssl dgst -sha1 -binary | basenc --base64url
        let certs = load_certs(&fixture("rsa2048-leaf.cert.pem"), &mut no_passphrase).unwrap();
        assert_eq!(certs.len(), 1);
        let sha1 = digest::digest(&digest::SHA1_FOR_LEGACY_USE_ONLY, &certs[0]);
        assert_eq!(x5t(&certs[0]), URL_SAFE_NO_PAD.encode(sha1.as_ref()));
        assert_eq!(x5t(&certs[0]).len(), 27);
        assert_eq!(x5t_s256(&certs[0]).len(), 43);
        assert_eq!(
            x5t(&certs[0]),
            include_str!("../../tests/fixtures/keys/rsa2048-leaf.x5t").trim()
        );
        assert_eq!(
            x5t_s256(&certs[0]),
            include_str!("../../tests/fixtures/keys/rsa2048-leaf.x5t-s256").trim()
        );
    }

    #[test]
    fn x5c_is_standard_base64_of_each_certificate() {
        let chain = vec![vec![0xfb, 0xff], vec![1, 2, 3, 4]];
        assert_eq!(
            x5c(&chain),
            vec!["+/8=".to_string(), "AQIDBA==".to_string()]
        );
    }

    #[test]
    fn a_certificate_must_be_the_keys() {
        let leaf = load_certs(&fixture("rsa2048-leaf.cert.pem"), &mut no_passphrase).unwrap();
        let ca = load_certs(&fixture("ca-p384.cert.pem"), &mut no_passphrase).unwrap();
        let rsa = load("rsa2048-pkcs1.pem");
        check_cert_matches_key(&leaf[0], &rsa).unwrap();
        let err = check_cert_matches_key(&ca[0], &rsa)
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "the certificate (CN=jwtmint test CA) is for another key than the signing key"
        );
        check_cert_matches_key(&ca[0], &load("ec-p384-sec1.pem")).unwrap();
        assert_eq!(subject(&leaf[0]).unwrap(), "CN=jwtmint test leaf");
    }

    #[test]
    fn a_chain_is_each_certificate_then_its_issuer() {
        let cert = |name| {
            load_certs(&fixture(name), &mut no_passphrase)
                .unwrap()
                .remove(0)
        };
        let (leaf, ca) = (cert("rsa2048-leaf.cert.pem"), cert("ca-p384.cert.pem"));
        check_chain(&[leaf.clone(), ca.clone()]).unwrap();
        check_chain(std::slice::from_ref(&leaf)).unwrap();
        // The CA's self-signature checks too (the last certificate is never required to).
        check_chain(&[ca.clone(), ca.clone()]).unwrap();
        let err = check_chain(&[ca.clone(), leaf.clone()]).unwrap_err();
        assert!(err.to_string().contains("was not issued by"), "{err}");
        let impostor = cert("impostor-ca-p256.cert.pem");
        let err = check_chain(&[leaf, impostor]).unwrap_err().to_string();
        assert!(err.contains("its signature does not check"), "{err}");
    }

    #[test]
    fn certificates_come_from_pem_chains_and_pkcs12_files() {
        let mut chain = fixture("rsa2048-leaf.cert.pem");
        chain.extend(fixture("ca-p384.cert.pem"));
        let certs = load_certs(&chain, &mut no_passphrase).unwrap();
        assert_eq!(certs.len(), 2);
        let from_p12 = load_certs(&fixture("rsa2048-chain.p12"), &mut || {
            Ok(Zeroizing::new(b"jwtmint-fixture-pass".to_vec()))
        })
        .unwrap();
        assert_eq!(from_p12, certs);
        let err = load_certs(&fixture("rsa2048-pkcs8.pem"), &mut no_passphrase).unwrap_err();
        assert!(err.to_string().contains("no certificate"), "{err}");
    }
}
