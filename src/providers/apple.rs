//! What Apple's token services share (App Store Connect, APNs, Sign in with Apple, and the media
//! services MusicKit, WeatherKit and MapKit): an ES256 key downloaded once as
//! `AuthKey_KEYID.p8`, the header `kid` naming it, the 10-character key and team ids, the Team
//! ID in `iss`, and times in whole seconds. Not a service: the Apple modules use it.

use std::path::Path;

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::AlgRules;
use super::{KeyFacts, Opt, WARNING};
use crate::exit::UsageError;
use crate::jws::Alg;

/// ES256 only, with a P-256 key: Apple rejects every other algorithm, and a DER signature.
pub const ES256_ONLY: AlgRules = AlgRules {
    allowed: &[Alg::ES256],
    default: Alg::ES256,
};

pub const KEY_ID: Opt = Opt::text(
    "key-id",
    "KEYID",
    "The key's 10-character id (header kid). Default: the KEYID of a key file named \
     AuthKey_KEYID.p8, as Apple names the download.",
);

/// `--team-id`, the `iss` of every Apple token but Sign in with Apple's and App Store
/// Connect's.
pub const TEAM_ID: Opt = Opt::text(
    "team-id",
    "TEAMID",
    "Your 10-character Apple Developer Team ID (iss).",
)
.required();

/// `{"iss": TEAMID}`, refusing an empty or padded team id.
pub fn team_issuer(team_id: &str) -> Result<Map<String, Value>> {
    if team_id.is_empty() || team_id.trim() != team_id {
        bail!(UsageError::new(
            "--team-id must be the Team ID exactly, without spaces"
        ));
    }
    let mut claims = Map::new();
    claims.insert("iss".into(), Value::String(team_id.to_string()));
    Ok(claims)
}

/// The warnings about a `--team-id` and `--key-id` whose shape is not Apple's.
pub fn id_warnings(team_id: &str, key_id: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = shape_warning("--team-id", team_id).into_iter().collect();
    out.extend(key_id_warnings(key_id));
    out
}

/// `inspect`: `iat` and `exp`, when present, must be whole numbers of seconds (Apple's
/// documentation: "integer").
pub fn lint_whole_seconds(payload: &Map<String, Value>) -> Vec<String> {
    ["iat", "exp"]
        .iter()
        .filter_map(|claim| match payload.get(*claim) {
            None => None,
            Some(Value::Number(n)) if n.is_i64() || n.is_u64() => None,
            Some(other) => Some(format!(
                "`{claim}` must be a whole number of seconds, found {other}"
            )),
        })
        .collect()
}

/// `inspect`: the claims outside `known`, as one advisory entry.
pub fn lint_unknown_claims(
    payload: &Map<String, Value>,
    known: &[&str],
    title: &str,
) -> Option<String> {
    let extra: Vec<&str> = payload
        .keys()
        .map(String::as_str)
        .filter(|k| !known.contains(k))
        .collect();
    (!extra.is_empty()).then(|| {
        format!(
            "{WARNING}{title} documents no claim {}: Apple ignores or refuses it",
            extra.join(", ")
        )
    })
}

/// The key id in a file name `AuthKey_KEYID.p8`, as Apple names the download.
pub fn key_id_in_file_name(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let id = name.strip_prefix("AuthKey_")?.strip_suffix(".p8")?;
    (!id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric())).then(|| id.to_string())
}

/// Whether `id` has the shape of Apple's key and team ids: 10 characters, `[A-Z0-9]`.
pub fn is_apple_id(id: &str) -> bool {
    id.len() == 10
        && id
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// A warning when `id` does not have the shape of an Apple id (Apple's docs say 10 characters;
/// its SDKs do not check, so this is advice, not a refusal).
pub fn shape_warning(what: &str, id: &str) -> Option<String> {
    (!is_apple_id(id)).then(|| {
        format!(
            "{what} `{id}` is not 10 characters of A-Z and 0-9, the form Apple's ids have; \
             Apple answers a wrong id with an opaque 401"
        )
    })
}

/// The `kid` header: `--key-id`, else the id in the key file's name; an error when neither
/// gives one. The id must also be printable as a header value.
pub fn kid_header(flag: Option<&str>, key: &KeyFacts, title: &str) -> Result<Map<String, Value>> {
    let from_file = key.path.as_deref().and_then(key_id_in_file_name);
    let kid = match (flag, from_file) {
        (Some(flag), _) => flag.to_string(),
        (None, Some(file)) => file,
        (None, None) => bail!(UsageError::new(format!(
            "{title} needs the key id (header kid): pass --key-id KEYID, or keep the key file's \
             name AuthKey_KEYID.p8 as Apple downloads it"
        ))),
    };
    if kid.is_empty() || kid.chars().any(char::is_control) {
        bail!(UsageError::new("--key-id must be a non-empty id"));
    }
    let mut header = Map::new();
    header.insert("kid".into(), Value::String(kid));
    Ok(header)
}

/// The key is an EC P-256 key, as Apple issues them: checked with the claims (the services set
/// `claims_need_key`), so that a wrong key is refused before anything else is said about the
/// token. `KeyFacts` without a public key (the claims printed without a key) pass.
pub fn check_p256(key: &KeyFacts, title: &str) -> Result<()> {
    let Some(spki) = key.public_spki.as_deref() else {
        return Ok(());
    };
    let info = x509_cert::spki::SubjectPublicKeyInfoRef::try_from(spki)
        .map_err(|e| anyhow::anyhow!("damaged public key: {e}"))?;
    let p256 = info.algorithm.oid == crate::keys::OID_EC
        && info.algorithm.parameters_oid().ok() == Some(crate::keys::OID_P256);
    if !p256 {
        bail!(
            "{title} signs with ES256 only, which needs an EC P-256 key (the .p8 file Apple \
             issues); this key is not one"
        );
    }
    Ok(())
}

/// The `kid` header and the key, checked before the claims: see [`kid_header`] and
/// [`check_p256`].
pub fn check_key(flag: Option<&str>, key: &KeyFacts, title: &str) -> Result<()> {
    kid_header(flag, key, title)?;
    check_p256(key, title)
}

/// The warning about a `--key-id` whose shape is not Apple's.
pub fn key_id_warnings(flag: Option<&str>) -> Vec<String> {
    flag.and_then(|id| shape_warning("--key-id", id))
        .into_iter()
        .collect()
}

/// `inspect`: the header must carry a `kid`, which should look like an Apple key id.
pub fn lint_kid(header: &Map<String, Value>, title: &str) -> Vec<String> {
    match header.get("kid") {
        None => vec![format!(
            "header `kid` missing: {title} finds the key by it (the 10-character key id)"
        )],
        Some(Value::String(kid)) => shape_warning("header kid", kid)
            .map(|w| format!("{WARNING}{w}"))
            .into_iter()
            .collect(),
        Some(other) => vec![format!("header `kid` must be a string, found {other}")],
    }
}

/// `inspect`: a claim that must be an Apple team id (a string; shape advised).
pub fn lint_team(payload: &Map<String, Value>, claim: &str, title: &str) -> Vec<String> {
    match payload.get(claim) {
        None => vec![format!(
            "`{claim}` missing: {title} needs the Team ID there"
        )],
        Some(Value::String(team)) => shape_warning(&format!("`{claim}`"), team)
            .map(|w| format!("{WARNING}{w}"))
            .into_iter()
            .collect(),
        Some(other) => vec![format!(
            "`{claim}` must be the Team ID as a string, found {}",
            super::json_kind(other)
        )],
    }
}

/// What the media services (MusicKit, WeatherKit, MapKit) share: Apple's developer token, so the
/// same `inspect` rules and mint warnings around each service's own.
pub struct Media {
    /// The service's title (its `Service::title`).
    pub title: &'static str,
    /// The claims the service documents; any other is advised against.
    pub known: &'static [&'static str],
}

impl Media {
    /// `inspect`: the header `kid`, the Team ID in `iss`, whole seconds, then `own` (the
    /// service's own problems), then the claims outside `known` (advisory).
    pub fn problems(
        &self,
        header: &Map<String, Value>,
        payload: &Map<String, Value>,
        own: Vec<String>,
    ) -> Vec<String> {
        let mut out = lint_kid(header, self.title);
        out.extend(lint_team(payload, "iss", self.title));
        out.extend(lint_whole_seconds(payload));
        out.extend(own);
        out.extend(lint_unknown_claims(payload, self.known, self.title));
        out
    }

    /// A mint's warnings: ids not shaped like Apple's, then `own`, then the claims outside
    /// `known` that `--claim`/`--claims-file` added.
    pub fn warnings(
        &self,
        team_id: &str,
        key_id: Option<&str>,
        own: Vec<String>,
        claims: &Map<String, Value>,
    ) -> Vec<String> {
        let mut warnings = id_warnings(team_id, key_id);
        warnings.extend(own);
        let unknown = lint_unknown_claims(claims, self.known, self.title);
        warnings.extend(unknown.map(|w| w.trim_start_matches(WARNING).to_string()));
        warnings
    }
}

/// A header whose `alg` is ES256 and that carries a `kid` (what `recognise` looks for first).
pub fn es256_with_kid(header: &Map<String, Value>) -> bool {
    super::header_alg(header) == Some("ES256") && header.get("kid").is_some_and(Value::is_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn key_id_from_the_file_name() {
        let id = |p: &str| key_id_in_file_name(Path::new(p));
        assert_eq!(
            id("/x/AuthKey_ABC123DEFG.p8").as_deref(),
            Some("ABC123DEFG")
        );
        assert_eq!(id("AuthKey_ABC123DEFG.p8").as_deref(), Some("ABC123DEFG"));
        assert_eq!(id("key.p8"), None);
        assert_eq!(id("AuthKey_.p8"), None);
        assert_eq!(id("AuthKey_ABC.pem"), None);
        assert_eq!(id("AuthKey_A B.p8"), None);
    }

    #[test]
    fn kid_from_flag_then_file_else_error() {
        let facts = |p: &str| KeyFacts {
            path: Some(PathBuf::from(p)),
            ..KeyFacts::default()
        };
        let kid = |flag, p| kid_header(flag, &facts(p), "T").map(|h| h["kid"].clone());
        assert_eq!(kid(None, "AuthKey_ABC123DEFG.p8").unwrap(), "ABC123DEFG");
        assert_eq!(
            kid(Some("ZYX987WVUT"), "AuthKey_ABC123DEFG.p8").unwrap(),
            "ZYX987WVUT"
        );
        assert_eq!(kid(Some("ZYX987WVUT"), "key.p8").unwrap(), "ZYX987WVUT");
        let err = kid(None, "key.p8").unwrap_err();
        assert!(err.is::<UsageError>());
        assert!(err.to_string().contains("--key-id"));
        assert!(kid_header(None, &KeyFacts::default(), "T").is_err());
    }

    #[test]
    fn only_p256_keys() {
        let spki = |name: &str| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/keys")
                .join(name);
            let mut no_pass = || -> Result<zeroize::Zeroizing<Vec<u8>>> { bail!("no") };
            let key = crate::keys::parse_private_key(&std::fs::read(path).unwrap(), &mut no_pass)
                .unwrap();
            KeyFacts {
                public_spki: Some(key.public_key_spki_der().unwrap()),
                ..KeyFacts::default()
            }
        };
        check_p256(&spki("ec-p256-pkcs8.pem"), "T").unwrap();
        check_p256(&KeyFacts::default(), "T").unwrap();
        for name in [
            "ec-p384-pkcs8.pem",
            "rsa2048-pkcs8.pem",
            "ed25519-pkcs8.pem",
        ] {
            let err = check_p256(&spki(name), "T").unwrap_err();
            assert!(err.to_string().contains("EC P-256"), "{name}");
        }
    }

    #[test]
    fn team_issuer_and_times() {
        assert_eq!(
            Value::Object(team_issuer("DEF123GHIJ").unwrap()),
            serde_json::json!({"iss": "DEF123GHIJ"})
        );
        assert!(team_issuer("").unwrap_err().is::<UsageError>());
        assert!(team_issuer(" DEF123GHIJ").is_err());
        assert_eq!(id_warnings("team", Some("k")).len(), 2);
        assert!(id_warnings("DEF123GHIJ", None).is_empty());
        let payload = serde_json::json!({"iat": 1, "exp": 2.5, "origin": 1});
        let payload = payload.as_object().unwrap();
        assert_eq!(
            lint_whole_seconds(payload),
            ["`exp` must be a whole number of seconds, found 2.5"]
        );
        let extra = lint_unknown_claims(payload, &["iat", "exp"], "T").unwrap();
        assert!(
            extra.starts_with(WARNING) && extra.contains("origin"),
            "{extra}"
        );
        assert!(lint_unknown_claims(payload, &["iat", "exp", "origin"], "T").is_none());
    }

    /// The media services' shared rules wrap each service's own, in this order.
    #[test]
    fn media_rules_around_the_services_own() {
        const MEDIA: Media = Media {
            title: "T",
            known: &["iss", "iat", "exp"],
        };
        let header = serde_json::json!({"alg": "ES256"});
        let payload = serde_json::json!({"iss": "DEF123GHIJ", "iat": 1.5, "exp": 2, "x": 1});
        let found = MEDIA.problems(
            header.as_object().unwrap(),
            payload.as_object().unwrap(),
            vec!["own".into()],
        );
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(found[0].starts_with("header `kid` missing"), "{found:?}");
        assert!(
            found[1].contains("`iat` must be a whole number"),
            "{found:?}"
        );
        assert_eq!(found[2], "own");
        assert!(
            found[3].starts_with(WARNING) && found[3].contains('x'),
            "{found:?}"
        );
        let warnings = MEDIA.warnings(
            "team",
            None,
            vec!["own".into()],
            payload.as_object().unwrap(),
        );
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert!(warnings[0].contains("--team-id"));
        assert_eq!(warnings[1], "own");
        assert!(!warnings[2].starts_with(WARNING) && warnings[2].contains('x'));
    }

    #[test]
    fn id_shapes_warn() {
        assert!(is_apple_id("ABC123DEFG"));
        assert!(!is_apple_id("abc123defg"));
        assert!(!is_apple_id("ABC123DEF"));
        assert!(shape_warning("--team-id", "team123")
            .unwrap()
            .contains("`team123`"));
        assert!(key_id_warnings(Some("ABC123DEFG")).is_empty());
        assert_eq!(key_id_warnings(Some("x")).len(), 1);
    }
}
