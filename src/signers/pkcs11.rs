//! `pkcs11:token=…;object=…` (RFC 7512): a private key on a PKCS#11 token — a YubiKey's PIV
//! applet, SoftHSM, a cloud HSM's client library, a smart card — through `cryptoki`.
//!
//! The module (a shared library) comes from the URI's `module-path`, else
//! `JWTMINT_PKCS11_MODULE`. `token=`, `serial=`, `slot-id=` pick the token (the only one when
//! none is given), `object=` (the label) and `id=` the key. The user PIN comes from the URI's
//! `pin-source=file:PATH`, else the way passphrases do (`--passphrase-file`,
//! `--passphrase-command`, `JWTMINT_PASSPHRASE`, a prompt on a terminal); `pin-value=` is
//! refused, since it puts a secret on the command line.
//!
//! Mechanisms: `CKM_SHA{256,384,512}_RSA_PKCS` (RS*), `CKM_SHA{256,384,512}_RSA_PKCS_PSS` with
//! a salt as long as the hash (PS*), `CKM_ECDSA` on a digest computed here (ES*: the token
//! returns `r‖s` already), `CKM_EDDSA` (EdDSA). The public key comes from the token's public
//! key object with the same id or label, else its certificate.

use std::path::PathBuf;
use std::sync::Mutex;

use anyhow::{anyhow, bail, Context as _, Result};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use cryptoki::context::{CInitializeArgs, CInitializeFlags, Pkcs11};
use cryptoki::error::{Error as CkError, RvError};
use cryptoki::mechanism::eddsa::{EddsaParams, EddsaSignatureScheme};
use cryptoki::mechanism::rsa::{PkcsMgfType, PkcsPssParams};
use cryptoki::mechanism::{Mechanism, MechanismType};
use cryptoki::object::{Attribute, AttributeType, KeyType, ObjectClass, ObjectHandle};
use cryptoki::session::{Session, UserType};
use cryptoki::types::AuthPin;
use serde_json::{json, Map, Value};
use zeroize::Zeroizing;

use super::{digest, ecdsa_width, kind_of_spki, OpenContext, SigningKey};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::keys::KeyKind;

/// Where the module comes from when the URI names none.
pub const ENV_MODULE: &str = "JWTMINT_PKCS11_MODULE";

pub struct TokenKey {
    name: String,
    kind: KeyKind,
    spki: Vec<u8>,
    key: ObjectHandle,
    session: Mutex<Session>,
    /// Kept for the session's life: finalised on drop.
    _context: Pkcs11,
}

/// An RFC 7512 URI's attributes (path) and query, percent-decoded.
#[derive(Debug, Default)]
pub(super) struct Uri {
    token: Option<String>,
    serial: Option<String>,
    slot_id: Option<u64>,
    object: Option<String>,
    id: Option<Vec<u8>>,
    module_path: Option<PathBuf>,
    pin_source: Option<String>,
}

pub(super) fn parse_uri(text: &str) -> Result<Uri, String> {
    let body = text
        .strip_prefix("pkcs11:")
        .ok_or_else(|| "a PKCS#11 URI starts with pkcs11:".to_string())?;
    let (path, query) = body.split_once('?').unwrap_or((body, ""));
    let mut uri = Uri::default();
    let decode = |v: &str| -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        let bytes = v.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                let hex = v
                    .get(i + 1..i + 3)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| format!("`{v}`: a bad %-escape"))?;
                out.push(hex);
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        Ok(out)
    };
    let text_of = |v: &str| decode(v).map(|b| String::from_utf8_lossy(&b).into_owned());
    for pair in path.split(';').filter(|p| !p.is_empty()) {
        let (name, value) = pair
            .split_once('=')
            .ok_or_else(|| format!("`{pair}` is not NAME=VALUE"))?;
        match name {
            "token" => uri.token = Some(text_of(value)?),
            "serial" => uri.serial = Some(text_of(value)?),
            "object" => uri.object = Some(text_of(value)?),
            "id" => uri.id = Some(decode(value)?),
            "slot-id" => {
                uri.slot_id = Some(
                    value
                        .parse()
                        .map_err(|_| format!("slot-id `{value}` is not a number"))?,
                )
            }
            "type" if matches!(value, "private" | "public" | "cert") => {}
            "manufacturer"
            | "model"
            | "library-manufacturer"
            | "library-description"
            | "library-version"
            | "slot-description"
            | "slot-manufacturer" => {}
            other => return Err(format!("unknown attribute `{other}`")),
        }
    }
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair
            .split_once('=')
            .ok_or_else(|| format!("`{pair}` is not NAME=VALUE"))?;
        match name {
            "module-path" => uri.module_path = Some(PathBuf::from(text_of(value)?)),
            "pin-source" => uri.pin_source = Some(text_of(value)?),
            "pin-value" => {
                return Err(
                    "pin-value= puts the PIN on the command line; use pin-source=file:PATH, \
                     --passphrase-file or JWTMINT_PASSPHRASE"
                        .into(),
                )
            }
            "module-name" => {}
            other => return Err(format!("unknown query attribute `{other}`")),
        }
    }
    if uri.object.is_none() && uri.id.is_none() {
        return Err("name the key with object=LABEL or id=%01".into());
    }
    Ok(uri)
}

const NO_USER_PIN: &str = "the token has no user PIN (initialised, but the user PIN never set): set one with pkcs11-tool --init-pin --login --so-pin …";

/// What went wrong in a PKCS#11 call, in words, with the fix where there is one.
fn ck(error: CkError) -> anyhow::Error {
    match error {
        CkError::Pkcs11(RvError::PinIncorrect, _) => anyhow!("wrong PIN"),
        CkError::Pkcs11(RvError::PinLocked, _) => anyhow!(
            "the user PIN is locked (too many wrong PINs): unblock it with the SO PIN, e.g. pkcs11-tool --unlock-pin"
        ),
        CkError::Pkcs11(RvError::PinLenRange, _) => anyhow!("wrong PIN (its length is out of range)"),
        CkError::Pkcs11(RvError::UserPinNotInitialized, _) => anyhow!(NO_USER_PIN),
        CkError::Pkcs11(RvError::MechanismInvalid, _) => {
            anyhow!("the token does not offer this signing mechanism")
        }
        CkError::Pkcs11(RvError::KeyFunctionNotPermitted, _) => {
            anyhow!("the key is not allowed to sign (CKA_SIGN is false)")
        }
        CkError::Pkcs11(rv, function) => anyhow!("{function:?} failed: {rv:?}"),
        other => anyhow!("{other}"),
    }
}

pub fn open(text: &str, context: &mut OpenContext) -> Result<TokenKey> {
    let uri = parse_uri(text).map_err(|e| anyhow!(UsageError::new(format!("PKCS#11 URI: {e}"))))?;
    let module = uri
        .module_path
        .clone()
        .or_else(|| context.pkcs11_module.clone())
        .or_else(|| std::env::var_os(ENV_MODULE).filter(|v| !v.is_empty()).map(PathBuf::from))
        .ok_or_else(|| {
            anyhow!(UsageError::new(format!(
                "PKCS#11: no module: add ?module-path=/path/to/module.so to the URI or set {ENV_MODULE}"
            )))
        })?;
    let what = match (&uri.object, &uri.id) {
        (Some(label), _) => format!("object {label}"),
        (None, Some(id)) => format!("id {}", hex(id)),
        (None, None) => "key".into(),
    };
    let mut name = format!("PKCS#11 {what}");
    let pkcs11 = Pkcs11::new(&module)
        .map_err(|e| anyhow!("PKCS#11: cannot load the module {}: {e}", module.display()))?;
    pkcs11
        .initialize(CInitializeArgs::new(CInitializeFlags::OS_LOCKING_OK))
        .map_err(|e| {
            anyhow!(
                "PKCS#11: the module {} failed to start: {}",
                module.display(),
                ck(e)
            )
        })?;
    let mut candidates = Vec::new();
    for slot in pkcs11.get_slots_with_token().map_err(ck)? {
        let info = pkcs11.get_token_info(slot).map_err(ck)?;
        let label = info.label().trim().to_string();
        let serial = info.serial_number().trim().to_string();
        let fits = uri.slot_id.is_none_or(|id| id == slot.id())
            && uri.token.as_ref().is_none_or(|t| *t == label)
            && uri.serial.as_ref().is_none_or(|s| *s == serial);
        if fits {
            candidates.push((slot, info, label));
        }
    }
    let (slot, info, label) = match candidates.len() {
        1 => candidates.remove(0),
        0 => bail!(
            "{name}: no token {} with module {}",
            uri.token
                .as_deref()
                .map(|t| format!("`{t}`"))
                .unwrap_or_default(),
            module.display()
        ),
        n => {
            let labels: Vec<_> = candidates.iter().map(|(_, _, l)| l.clone()).collect();
            bail!(
                "{name}: {n} tokens fit; pick one with token=LABEL: {}",
                labels.join(", ")
            )
        }
    };
    name = format!("PKCS#11 {what} on token {label}");
    let session = pkcs11
        .open_ro_session(slot)
        .map_err(|e| anyhow!("{name}: cannot open a session: {}", ck(e)))?;
    if info.login_required() {
        if !info.user_pin_initialized() {
            bail!("{name}: {NO_USER_PIN}");
        }
        if info.user_pin_locked() {
            bail!(
                "{name}: {}",
                ck(CkError::Pkcs11(
                    RvError::PinLocked,
                    cryptoki::context::Function::Login
                ))
            );
        }
        let pin = match &uri.pin_source {
            Some(source) => {
                let path = source.strip_prefix("file:").unwrap_or(source);
                let bytes = crate::input::read_path(std::path::Path::new(path), "PIN file")?;
                crate::input::strip_one_newline(bytes)
            }
            None => {
                (context.pin)().with_context(|| format!("{name}: the token needs its user PIN"))?
            }
        };
        let pin = Zeroizing::new(
            String::from_utf8(pin.to_vec()).map_err(|_| anyhow!("{name}: the PIN is not UTF-8"))?,
        );
        match session.login(UserType::User, Some(&AuthPin::from(pin.as_str()))) {
            Ok(()) | Err(CkError::Pkcs11(RvError::UserAlreadyLoggedIn, _)) => {}
            Err(e) => bail!("{name}: {}", ck(e)),
        }
    }
    let mut template = vec![Attribute::Class(ObjectClass::PRIVATE_KEY)];
    if let Some(label) = &uri.object {
        template.push(Attribute::Label(label.as_bytes().to_vec()));
    }
    if let Some(id) = &uri.id {
        template.push(Attribute::Id(id.clone()));
    }
    let found = session.find_objects(&template).map_err(ck)?;
    let key = match found.len() {
        1 => found[0],
        0 => bail!("{name}: no private key with that label/id on the token (list them with pkcs11-tool --list-objects --login)"),
        n => bail!("{name}: {n} private keys fit; add id= to the URI"),
    };
    let spki = public_key(&session, key, &uri).with_context(|| name.clone())?;
    let kind = kind_of_spki(&spki).with_context(|| name.clone())?;
    Ok(TokenKey {
        name,
        kind,
        spki,
        key,
        session: Mutex::new(session),
        _context: pkcs11,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The key's public half: the public key object with the same id (else label), else the
/// certificate.
fn public_key(session: &Session, private: ObjectHandle, uri: &Uri) -> Result<Vec<u8>> {
    let attrs = session
        .get_attributes(private, &[AttributeType::Id, AttributeType::Label])
        .map_err(ck)?;
    let mut template = vec![Attribute::Class(ObjectClass::PUBLIC_KEY)];
    let mut cert_template = vec![Attribute::Class(ObjectClass::CERTIFICATE)];
    for attr in attrs {
        match attr {
            Attribute::Id(id) if !id.is_empty() => {
                template.push(Attribute::Id(id.clone()));
                cert_template.push(Attribute::Id(id));
            }
            Attribute::Label(label) if uri.id.is_none() && uri.object.is_some() => {
                template.push(Attribute::Label(label));
            }
            _ => {}
        }
    }
    if let Some(&public) = session.find_objects(&template).map_err(ck)?.first() {
        return spki_of_public(session, public);
    }
    if let Some(&cert) = session.find_objects(&cert_template).map_err(ck)?.first() {
        for attr in session
            .get_attributes(cert, &[AttributeType::Value])
            .map_err(ck)?
        {
            if let Attribute::Value(der) = attr {
                use der::{Decode, Encode};
                let cert = x509_cert::Certificate::from_der(&der)
                    .map_err(|e| anyhow!("the token's certificate is damaged: {e}"))?;
                return cert
                    .tbs_certificate
                    .subject_public_key_info
                    .to_der()
                    .map_err(|e| anyhow!("the token's certificate is damaged: {e}"));
            }
        }
    }
    bail!("the token has no public key object or certificate for the key")
}

fn spki_of_public(session: &Session, public: ObjectHandle) -> Result<Vec<u8>> {
    let attrs = session
        .get_attributes(
            public,
            &[
                AttributeType::KeyType,
                AttributeType::Modulus,
                AttributeType::PublicExponent,
                AttributeType::EcParams,
                AttributeType::EcPoint,
            ],
        )
        .map_err(ck)?;
    let (mut key_type, mut n, mut e, mut params, mut point) = (None, None, None, None, None);
    for attr in attrs {
        match attr {
            Attribute::KeyType(t) => key_type = Some(t),
            Attribute::Modulus(v) => n = Some(v),
            Attribute::PublicExponent(v) => e = Some(v),
            Attribute::EcParams(v) => params = Some(v),
            Attribute::EcPoint(v) => point = Some(v),
            _ => {}
        }
    }
    let b64 = |bytes: &[u8]| Value::String(URL_SAFE_NO_PAD.encode(bytes));
    let jwk = match key_type {
        Some(t) if t == KeyType::RSA => {
            let (n, e) = n
                .zip(e)
                .ok_or_else(|| anyhow!("the RSA public key has no modulus"))?;
            let strip = |v: &[u8]| v[v.iter().position(|&b| b != 0).unwrap_or(v.len())..].to_vec();
            json!({"kty": "RSA", "n": b64(&strip(&n)), "e": b64(&strip(&e))})
        }
        Some(t) if t == KeyType::EC || t == KeyType::EC_EDWARDS => {
            let params = params.ok_or_else(|| anyhow!("the EC public key has no parameters"))?;
            let point = unwrap_octet_string(
                &point.ok_or_else(|| anyhow!("the EC public key has no point"))?,
            );
            let crv = curve_of(&params)?;
            if crv == "Ed25519" {
                json!({"kty": "OKP", "crv": "Ed25519", "x": b64(&point)})
            } else {
                if point.first() != Some(&0x04) || point.len() % 2 != 1 {
                    bail!("the EC point is not uncompressed");
                }
                let half = (point.len() - 1) / 2;
                json!({"kty": "EC", "crv": crv, "x": b64(&point[1..1 + half]), "y": b64(&point[1 + half..])})
            }
        }
        _ => bail!("the key is neither RSA, EC nor Ed25519"),
    };
    let jwk: Map<String, Value> = jwk.as_object().cloned().unwrap_or_default();
    crate::keys::jwk::spki_from_public_jwk(&jwk)
}

/// `CKA_EC_POINT` is a DER OCTET STRING holding the point; some modules give the bare point.
fn unwrap_octet_string(value: &[u8]) -> Vec<u8> {
    use der::asn1::OctetString;
    use der::Decode;
    match OctetString::from_der(value) {
        Ok(inner) => inner.as_bytes().to_vec(),
        Err(_) => value.to_vec(),
    }
}

/// The JWK curve name of `CKA_EC_PARAMS` (a named-curve OID, or `edwards25519` as a
/// PrintableString, as older modules write it).
fn curve_of(params: &[u8]) -> Result<&'static str> {
    use der::asn1::{ObjectIdentifier, PrintableStringRef};
    use der::Decode;
    if let Ok(oid) = ObjectIdentifier::from_der(params) {
        return Ok(match oid.to_string().as_str() {
            "1.2.840.10045.3.1.7" => "P-256",
            "1.3.132.0.34" => "P-384",
            "1.3.132.0.35" => "P-521",
            "1.3.132.0.10" => "secp256k1",
            "1.3.101.112" => "Ed25519",
            other => bail!("the key's curve {other} cannot sign JWTs"),
        });
    }
    if let Ok(name) = PrintableStringRef::from_der(params) {
        if name.as_str() == "edwards25519" {
            return Ok("Ed25519");
        }
    }
    bail!("the key's curve cannot be read")
}

impl SigningKey for TokenKey {
    fn name(&self) -> &str {
        &self.name
    }

    fn kind(&self) -> KeyKind {
        self.kind
    }

    fn public_key_spki(&self) -> Result<Vec<u8>> {
        Ok(self.spki.clone())
    }

    fn sign(&self, alg: Alg, message: &[u8]) -> Result<Vec<u8>> {
        let pss = |hash: MechanismType, mgf: PkcsMgfType, len: u64| PkcsPssParams {
            hash_alg: hash,
            mgf,
            s_len: len.into(),
        };
        let digest_input;
        let (mechanism, input): (Mechanism, &[u8]) = match alg {
            Alg::RS256 => (Mechanism::Sha256RsaPkcs, message),
            Alg::RS384 => (Mechanism::Sha384RsaPkcs, message),
            Alg::RS512 => (Mechanism::Sha512RsaPkcs, message),
            Alg::PS256 => (
                Mechanism::Sha256RsaPkcsPss(pss(
                    MechanismType::SHA256,
                    PkcsMgfType::MGF1_SHA256,
                    32,
                )),
                message,
            ),
            Alg::PS384 => (
                Mechanism::Sha384RsaPkcsPss(pss(
                    MechanismType::SHA384,
                    PkcsMgfType::MGF1_SHA384,
                    48,
                )),
                message,
            ),
            Alg::PS512 => (
                Mechanism::Sha512RsaPkcsPss(pss(
                    MechanismType::SHA512,
                    PkcsMgfType::MGF1_SHA512,
                    64,
                )),
                message,
            ),
            Alg::ES256 | Alg::ES384 | Alg::ES512 | Alg::ES256K => {
                digest_input = digest(alg, message);
                (Mechanism::Ecdsa, &digest_input[..])
            }
            Alg::EdDSA => (
                Mechanism::Eddsa(EddsaParams::new(EddsaSignatureScheme::Pure)),
                message,
            ),
            _ => bail!("{}: cannot sign {alg}", self.name),
        };
        let signature = {
            let session = self
                .session
                .lock()
                .map_err(|_| anyhow!("{}: the session broke", self.name))?;
            session
                .sign(&mechanism, self.key, input)
                .map_err(|e| anyhow!("{}: signing failed: {}", self.name, ck(e)))?
        };
        if let Some(width) = ecdsa_width(self.kind) {
            // CKM_ECDSA gives r‖s, each as wide as the curve's order.
            if signature.len() != 2 * width {
                return super::der_to_fixed(&signature, self.kind)
                    .with_context(|| self.name.clone());
            }
        }
        Ok(signature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_failures_say_what_to_do() {
        use cryptoki::context::Function;
        let locked = ck(CkError::Pkcs11(RvError::PinLocked, Function::Login)).to_string();
        assert!(
            locked.contains("locked") && locked.contains("--unlock-pin"),
            "{locked}"
        );
        let wrong = ck(CkError::Pkcs11(RvError::PinIncorrect, Function::Login)).to_string();
        assert_eq!(wrong, "wrong PIN");
        let unset = ck(CkError::Pkcs11(
            RvError::UserPinNotInitialized,
            Function::Login,
        ));
        assert!(unset.to_string().contains("--init-pin"));
    }

    #[test]
    fn uris_are_read_as_rfc_7512_says() {
        let uri = parse_uri(
            "pkcs11:token=My%20Token;object=gh-app;id=%01%a2;slot-id=3?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-source=file:/run/pin",
        )
        .unwrap();
        assert_eq!(uri.token.as_deref(), Some("My Token"));
        assert_eq!(uri.object.as_deref(), Some("gh-app"));
        assert_eq!(uri.id.as_deref(), Some(&[0x01, 0xa2][..]));
        assert_eq!(uri.slot_id, Some(3));
        assert_eq!(
            uri.module_path.as_deref(),
            Some(std::path::Path::new("/usr/lib/softhsm/libsofthsm2.so"))
        );
        assert_eq!(uri.pin_source.as_deref(), Some("file:/run/pin"));
        let refused = parse_uri("pkcs11:object=k?pin-value=1234").unwrap_err();
        assert!(refused.contains("command line"), "{refused}");
        assert!(!refused.contains("1234"));
        assert!(parse_uri("pkcs11:token=t").unwrap_err().contains("object="));
        assert!(parse_uri("pkcs11:object=k;colour=red").is_err());
        assert!(parse_uri("pkcs11:object=%zz").is_err());
    }
}
