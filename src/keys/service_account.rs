//! Google credential files given as `--key`: a service-account key file (`"type":
//! "service_account"`) holds a PKCS#8 PEM `private_key` beside the non-secret fields the
//! cloud services put in their tokens (`client_email`, `private_key_id`, `token_uri`). The other
//! credential types Google tools write hold no private key, and are refused with what they are.
//!
//! Only the detection and the split are here: the PEM goes through the ordinary key parser.

use anyhow::{anyhow, bail, Result};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

/// The fields of a service-account file copied into `KeyFacts::json`: none of them secret.
pub const PUBLIC_FIELDS: &[&str] = &[
    "type",
    "project_id",
    "private_key_id",
    "client_email",
    "client_id",
    "token_uri",
    "universe_domain",
];

/// A service-account key file, split into the private key's PEM and the rest.
pub struct ServiceAccount {
    /// The `private_key` PEM, its `\n` escapes already undone by the JSON parser.
    pub private_key_pem: Zeroizing<String>,
    /// The non-secret fields ([`PUBLIC_FIELDS`]) that are strings.
    pub facts: Map<String, Value>,
}

impl std::fmt::Debug for ServiceAccount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ServiceAccount({:?})", self.facts.get("client_email"))
    }
}

impl ServiceAccount {
    pub fn client_email(&self) -> Option<&str> {
        self.facts.get("client_email").and_then(Value::as_str)
    }

    pub fn private_key_id(&self) -> Option<&str> {
        self.facts.get("private_key_id").and_then(Value::as_str)
    }
}

/// Whether the bytes look like a JSON credential: an object (after blanks and a UTF-8 BOM) with
/// a `"type"` member. Other JSON (a JWK) is left to the key parser.
pub fn is_credential_json(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    first == Some(&b'{') && bytes.windows(6).any(|w| w == b"\"type\"")
}

/// Parses a JSON credential file. `Ok(None)`: it is JSON but has no `type` string, so not a
/// Google credential (a JWK, say): the caller tries the other parsers. Never quotes the file's
/// text in an error: it holds the private key.
pub fn parse(bytes: &[u8]) -> Result<Option<ServiceAccount>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut object: Map<String, Value> = match crate::json::parse(bytes) {
        Ok(Value::Object(object)) => object,
        Ok(_) => return Ok(None),
        // serde_json's message gives only the line and column, never the text.
        // Only the place: a duplicate member's name could be a secret value.
        Err(e) => bail!(
            "the file looks like a JSON credential but is not JSON jwtmint accepts (line {}, \
             column {}: a syntax error, a member name given twice or an integer beyond 64 bits)",
            e.line(),
            e.column()
        ),
    };
    let kind = match object.get("type") {
        Some(Value::String(kind)) => kind.clone(),
        _ => return Ok(None),
    };
    let private_key = object.remove("private_key");
    if kind != "service_account" {
        bail!("{}", wrong_type(&kind));
    }
    let pem = match private_key {
        Some(Value::String(pem)) => Zeroizing::new(pem),
        Some(_) => bail!("the service-account file's `private_key` is not a string"),
        None => bail!(
            "the service-account file has no `private_key`: download a new JSON key for the \
             service account (IAM > Service accounts > Keys > Add key)"
        ),
    };
    if !pem.contains("-----BEGIN ") {
        bail!("the service-account file's `private_key` is not a PEM key (no -----BEGIN line)");
    }
    let facts: Map<String, Value> = PUBLIC_FIELDS
        .iter()
        .filter_map(|name| match object.get(*name) {
            Some(Value::String(text)) => Some((name.to_string(), Value::String(text.clone()))),
            _ => None,
        })
        .collect();
    let account = ServiceAccount {
        private_key_pem: pem,
        facts,
    };
    if account.client_email().is_none_or(str::is_empty) {
        bail!("the service-account file has no `client_email`");
    }
    Ok(Some(account))
}

/// What a credential of another type is, and what jwtmint needs instead.
fn wrong_type(kind: &str) -> String {
    let what = match kind {
        "authorized_user" => {
            "a Google `authorized_user` credential (a user's refresh token, as `gcloud auth \
             application-default login` writes)"
        }
        "external_account" => {
            "a Google `external_account` credential (a workload identity federation \
             configuration)"
        }
        "external_account_authorized_user" => {
            "a Google `external_account_authorized_user` credential (a workforce identity \
             federation login)"
        }
        "impersonated_service_account" => {
            "a Google `impersonated_service_account` credential (a user's refresh token plus a \
             service account to impersonate)"
        }
        "gdch_service_account" => {
            "a Google Distributed Cloud Hosted `gdch_service_account` credential (its tokens are \
             not Google Cloud's)"
        }
        _ => "",
    };
    let what = if what.is_empty() {
        format!("a JSON credential of type `{kind}`")
    } else {
        what.to_string()
    };
    format!(
        "this is {what}: it holds no private key jwtmint can sign with; give a service-account \
         key file (`\"type\": \"service_account\"`), e.g. from `gcloud iam service-accounts keys \
         create KEY.json --iam-account=SA_EMAIL`"
    )
}

/// The error for a key that should have been a service-account file.
pub fn needs_service_account(service: &str) -> anyhow::Error {
    anyhow!(
        "{service} signs with a Google service-account key file: pass --key KEY.json (or set \
         GOOGLE_APPLICATION_CREDENTIALS) naming the JSON key, not a bare PEM key"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/services")
            .join(name);
        std::fs::read(path).unwrap()
    }

    #[test]
    fn splits_a_service_account_file() {
        let bytes = fixture("google-sa.json");
        assert!(is_credential_json(&bytes));
        let account = parse(&bytes).unwrap().unwrap();
        assert_eq!(
            account.client_email(),
            Some("jwtmint-test@jwtmint-test.iam.gserviceaccount.com")
        );
        assert_eq!(account.private_key_id().map(str::len), Some(40));
        assert_eq!(
            account.facts["token_uri"],
            "https://oauth2.googleapis.com/token"
        );
        assert!(!account.facts.contains_key("private_key"));
        assert!(account
            .private_key_pem
            .starts_with("-----BEGIN PRIVATE KEY-----\n"));
        let key = crate::keys::parse_private_key(
            account.private_key_pem.as_bytes(),
            &mut || unreachable!(),
        )
        .unwrap();
        assert_eq!(key.kind(), crate::keys::KeyKind::Rsa { bits: 2048 });
        assert!(!format!("{account:?}").contains("BEGIN"));
    }

    #[test]
    fn other_types_say_what_they_are() {
        for (file, words) in [
            ("google-authorized-user.json", "`authorized_user`"),
            ("google-external-account.json", "`external_account`"),
        ] {
            let err = parse(&fixture(file)).unwrap_err().to_string();
            assert!(err.contains(words), "{err}");
            assert!(err.contains("service-account key file"), "{err}");
        }
        let err = parse(br#"{"type": "mystery"}"#).unwrap_err().to_string();
        assert!(err.contains("type `mystery`"), "{err}");
    }

    #[test]
    fn broken_files_never_echo_the_key() {
        let secret = "-----BEGIN PRIVATE KEY-----\\nSECRETSECRET\\n-----END PRIVATE KEY-----\\n";
        let broken = format!(r#"{{"type": "service_account", "private_key": "{secret}", "#);
        let err = parse(broken.as_bytes()).unwrap_err().to_string();
        assert!(
            err.contains("not JSON jwtmint accepts") && !err.contains("SECRET"),
            "{err}"
        );
        let no_email = format!(r#"{{"type": "service_account", "private_key": "{secret}"}}"#);
        let err = parse(no_email.as_bytes()).unwrap_err().to_string();
        assert!(
            err.contains("client_email") && !err.contains("SECRET"),
            "{err}"
        );
        let err = parse(br#"{"type": "service_account", "client_email": "a@b"}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("no `private_key`"), "{err}");
    }

    #[test]
    fn other_json_is_left_alone() {
        assert!(!is_credential_json(br#"{"kty": "RSA"}"#));
        assert!(parse(br#"{"kty": "RSA"}"#).unwrap().is_none());
        assert!(parse(br#"{"type": 7}"#).unwrap().is_none());
        assert!(!is_credential_json(b"-----BEGIN PRIVATE KEY-----"));
    }
}
