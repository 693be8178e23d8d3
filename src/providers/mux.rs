//! Mux signed playback, thumbnail, gif, storyboard and DRM license tokens.
//!
//! What Mux's SDK mints (npm `@mux/mux-node` 15.3.0, `src/resources/jwt.ts` `signPlaybackId`
//! and `signDrmLicense`, `src/lib/jwt.ts` `sign` and `getPrivateKey`; checked in
//! `tests/services/mux`): RS256 with the URL signing key, header `{"alg":"RS256","typ":"JWT"}`,
//! claims `sub` = the playback ID, `aud` = `v` (video), `t` (thumbnail), `g` (gif), `s`
//! (storyboard) or `d` (DRM license), `exp` (7 days by default), `kid` = the signing key's id
//! **in the payload** (the old v7 and Elixir SDKs put it in the header), no `iat`, and the
//! playback or image modifiers (`time`, `width`, `max_resolution`…) as top-level **string**
//! claims, which belong in the token, not the URL. The key is the signing key's `private_key` as
//! the API returns it: base64 of an RSA PEM (a PEM is taken too).
//!
//! `sub` and `aud` are the rights: one playback ID and one resource kind per token, so they, `kid`
//! and `exp` come only from their flags. jwtmint adds `iat` like every token it mints (`--no-iat`
//! leaves it out, as the SDK does). Use: `https://stream.mux.com/ID.m3u8?token=TOKEN`,
//! `https://image.mux.com/ID/thumbnail.jpg?token=TOKEN` (`animated.gif`, `storyboard.vtt`), or Mux
//! Player's `playback-token`, `thumbnail-token`, `storyboard-token` and `drm-token` attributes.

use anyhow::{bail, Result};
use base64::Engine;
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::{
    safe_id, AlgRules, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims,
    Transport, Values, WARNING,
};
use crate::claims::Assignment;
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// Seven days, the SDK's default `expiration`.
pub const DEFAULT_LIFETIME: i64 = 7 * 86_400;

/// `--type` and the `aud` each gets, as the SDK's `TypeClaim`.
pub const TYPES: &[(&str, &str)] = &[
    ("video", "v"),
    ("thumbnail", "t"),
    ("gif", "g"),
    ("storyboard", "s"),
    ("drm_license", "d"),
];

/// Claims a `--param` may not set: the SDK would silently overwrite them.
const RESERVED: &[&str] = &["sub", "aud", "kid", "exp", "iat", "nbf"];

const KEY_ID: Opt = Opt::text(
    "key-id",
    "ID",
    "The URL signing key's id (the `id` Mux returns with the key; MUX_SIGNING_KEY in Mux's \
     SDKs). Written as the claim kid.",
)
.required();
const PLAYBACK_ID: Opt = Opt::text(
    "playback-id",
    "ID",
    "The signed playback ID the token opens (sub).",
)
.required()
.grants_rights();
const TYPE: Opt = Opt::text(
    "type",
    "TYPE",
    "What the token opens (aud): video (v), thumbnail (t), gif (g), storyboard (s) or \
     drm_license (d).",
)
.with_kind(Kind::Choice(&[
    "video",
    "thumbnail",
    "gif",
    "storyboard",
    "drm_license",
]))
.default("video")
.grants_rights();
const PARAM: Opt = Opt::text(
    "param",
    "NAME=VALUE",
    "A playback or image modifier carried in the token, as a string (time=10, width=640, \
     max_resolution=720p…). Repeatable.",
)
.with_kind(Kind::Assign);

pub static SERVICE: Service = Service {
    name: "mux",
    family: super::Family::Media,
    title: "Mux",
    about: "Mux signed playback, thumbnail, gif, storyboard and DRM license token.\n\n\
            RS256 with the URL signing key, given as Mux returns it (base64 of a PEM) or as a \
            PEM. Claims: sub (--playback-id), aud (--type: v, t, g, s or d), kid (--key-id, in \
            the payload as Mux's SDK writes it), exp (default 7 days, as the SDK), iat (--no-iat \
            leaves it out, as the SDK does) and each --param as a string. sub, aud, kid and exp \
            come only from their flags. --format url prints the stream.mux.com or image.mux.com \
            URL for the type. Checked against Mux's own SDK (@mux/mux-node).",
    example:
        "\
Example (the signing key's private_key saved as Mux returns it, base64):
  jwtmint mux --key mux-signing-key.b64 --key-id kR9s0ZexampleKeyId --playback-id \\
    qxb01i6T202018GFS02vp9RIe01icTcDCjVzQpmaB00CUisJ4 --format url
Thumbnail at 10 s:
  jwtmint mux --key mux-signing-key.b64 --key-id kR9s0ZexampleKeyId --playback-id \\
    qxb01i6T202018GFS02vp9RIe01icTcDCjVzQpmaB00CUisJ4 --type thumbnail --param time=10 --format url",
    options: &[KEY_ID, PLAYBACK_ID, TYPE, PARAM],
    algs: AlgRules {
        allowed: &[Alg::RS256],
        default: Alg::RS256,
    },
    expiry: ExpiryRules {
        default: Some(DEFAULT_LIFETIME),
        may_omit: false,
        ..ExpiryRules::NONE
    },
    guarded: &[
        GuardedClaim {
            name: "sub",
            reason: "it is the playback ID the token opens: use --playback-id",
        },
        GuardedClaim {
            name: "aud",
            reason: "it is the kind of resource the token opens: use --type",
        },
        GuardedClaim {
            name: "kid",
            reason: "use --key-id",
        },
        GuardedClaim {
            name: "exp",
            reason: "use --expires-in or --exp",
        },
    ],
    formats: &[Format::Token, Format::Json, Format::Url, Format::Claims],
    transport: Transport {
        header_name: "Authorization",
        header_scheme: "Bearer ",
        url_param: Some(("token", "")),
    },
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: Some(base64_pem),
    public_key: None,
    build: |values| Ok(Box::new(Mux::from_values(values)?)),
    recognise: |header, payload| {
        super::header_alg(header) == Some("RS256")
            && payload.get("sub").is_some_and(Value::is_string)
            && payload
                .get("aud")
                .and_then(Value::as_str)
                .is_some_and(|aud| TYPES.iter().any(|(_, a)| *a == aud))
    },
    lint: problems,
};

/// The key file as Mux hands it out: base64 of a PEM (the API's `private_key`, the SDKs'
/// `MUX_PRIVATE_KEY`), whitespace allowed. Anything else (a PEM, DER, a JWK) is read as it is.
pub fn base64_pem(bytes: &[u8]) -> Result<Option<Zeroizing<Vec<u8>>>> {
    let text: Zeroizing<Vec<u8>> = Zeroizing::new(
        bytes
            .iter()
            .copied()
            .filter(|b| !b.is_ascii_whitespace())
            .collect(),
    );
    if text.starts_with(b"-----") || text.starts_with(b"{") {
        return Ok(None);
    }
    let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(&*text) else {
        return Ok(None);
    };
    let decoded = Zeroizing::new(decoded);
    if decoded.starts_with(b"-----BEGIN ") {
        Ok(Some(decoded))
    } else {
        Ok(None)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Mux {
    pub key_id: String,
    pub playback_id: String,
    pub kind: String,
    pub params: Vec<Assignment>,
}

impl Mux {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(Mux {
            key_id: values.require(&KEY_ID)?,
            playback_id: values.require(&PLAYBACK_ID)?,
            kind: values.text(&TYPE).unwrap_or_else(|| "video".into()),
            params: values.assignments(&PARAM),
        })
    }

    fn audience(&self) -> Result<&'static str> {
        TYPES
            .iter()
            .find(|(name, _)| *name == self.kind)
            .map(|(_, aud)| *aud)
            .ok_or_else(|| {
                UsageError::new(format!("--type `{}` is not a Mux type", self.kind)).into()
            })
    }
}

impl Provider for Mux {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        safe_id("--playback-id", &self.playback_id).map_err(|e| UsageError::new(e.to_string()))?;
        if self.key_id.is_empty()
            || self
                .key_id
                .chars()
                .any(|c| c.is_whitespace() || c.is_control())
        {
            bail!(UsageError::new(
                "--key-id must be the signing key's id, without spaces"
            ));
        }
        let mut flags = Map::new();
        for Assignment { key, value } in &self.params {
            if RESERVED.contains(&key.as_str()) {
                bail!(UsageError::new(format!(
                    "--param {key}: `{key}` is set by its own flag, not a modifier"
                )));
            }
            let Value::String(text) = value else {
                bail!(UsageError::new(format!(
                    "--param {key}: Mux reads modifiers as strings; write {key}=VALUE, not {key}:=JSON"
                )));
            };
            flags.insert(key.clone(), Value::String(text.clone()));
        }
        let mut fixed = Map::new();
        fixed.insert("sub".into(), Value::String(self.playback_id.clone()));
        fixed.insert("aud".into(), Value::String(self.audience()?.into()));
        fixed.insert("kid".into(), Value::String(self.key_id.clone()));
        Ok(ServiceClaims { flags, fixed })
    }

    fn check_format(&self, format: Format) -> Result<()> {
        if format == Format::Url && self.kind == "drm_license" {
            bail!(UsageError::new(
                "a DRM license token has no URL of its own: pass it as Mux Player's drm-token \
                 (--format token)"
            ));
        }
        Ok(())
    }

    fn url(&self, token: &str) -> Result<String> {
        let id = &self.playback_id;
        Ok(match self.kind.as_str() {
            "video" => format!("https://stream.mux.com/{id}.m3u8?token={token}"),
            "thumbnail" => format!("https://image.mux.com/{id}/thumbnail.jpg?token={token}"),
            "gif" => format!("https://image.mux.com/{id}/animated.gif?token={token}"),
            "storyboard" => format!("https://image.mux.com/{id}/storyboard.vtt?token={token}"),
            other => bail!("a {other} token has no URL of its own"),
        })
    }
}

/// What Mux would refuse or misread in a token, for `jwtmint inspect`. Entries starting with
/// [`WARNING`] are advisory.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    match payload.get("sub") {
        Some(Value::String(_)) => {}
        Some(other) => out.push(format!(
            "`sub` must be the playback ID as a string, found {}",
            super::json_kind(other)
        )),
        None => out.push("`sub` missing: Mux needs the playback ID there".into()),
    }
    let letters: Vec<&str> = TYPES.iter().map(|(_, aud)| *aud).collect();
    match payload.get("aud") {
        Some(Value::String(aud)) if letters.contains(&aud.as_str()) => {}
        Some(other) => out.push(format!(
            "`aud` must be one of \"{}\" (video, thumbnail, gif, storyboard, DRM license), \
             found {other}",
            letters.join("\", \"")
        )),
        None => out.push("`aud` missing: Mux needs the resource kind (v, t, g, s or d)".into()),
    }
    match (payload.get("kid"), header.get("kid")) {
        (Some(Value::String(_)), _) => {}
        (Some(other), _) => out.push(format!(
            "`kid` must be the signing key's id as a string, found {other}"
        )),
        (None, Some(_)) => out.push(format!(
            "{WARNING}`kid` is in the header only: Mux's current SDK writes it in the payload \
             (older SDKs used the header)"
        )),
        (None, None) => out.push("`kid` missing: Mux finds the signing key by it".into()),
    }
    for (name, value) in payload {
        let registered = RESERVED.contains(&name.as_str()) || name == "jti";
        if !registered && !value.is_string() {
            out.push(format!(
                "`{name}` is {}: Mux reads modifiers as strings",
                super::json_kind(value)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::test_support::{object, payload, values};
    use serde_json::json;

    const ID: &str = "qxb01i6T202018GFS02vp9RIe01icTcDCjVzQpmaB00CUisJ4";

    fn mux() -> Mux {
        Mux {
            key_id: "kR9s0ZexampleKeyId".into(),
            playback_id: ID.into(),
            kind: "video".into(),
            params: Vec::new(),
        }
    }

    #[test]
    fn exact_payloads() {
        assert_eq!(
            Value::Object(payload(&mux())),
            json!({"sub": ID, "aud": "v", "kid": "kR9s0ZexampleKeyId"})
        );
        let thumb = Mux {
            kind: "thumbnail".into(),
            params: vec!["time=10".parse().unwrap(), "width=640".parse().unwrap()],
            ..mux()
        };
        assert_eq!(
            Value::Object(payload(&thumb)),
            json!({"sub": ID, "aud": "t", "kid": "kR9s0ZexampleKeyId", "time": "10",
                   "width": "640"})
        );
        for (kind, aud) in TYPES {
            let m = Mux {
                kind: kind.to_string(),
                ..mux()
            };
            assert_eq!(payload(&m)["aud"], *aud);
        }
        assert_eq!(SERVICE.expiry.default, Some(7 * 86_400));
        assert_eq!(SERVICE.algs.allowed, [Alg::RS256]);
    }

    #[test]
    fn refusals() {
        let err = |m: Mux| m.claims(&KeyFacts::default()).unwrap_err();
        for param in ["sub=other", "aud=t", "kid=x", "exp=1", "width:=640"] {
            let e = err(Mux {
                params: vec![param.parse().unwrap()],
                ..mux()
            });
            assert!(e.is::<UsageError>(), "{param}: {e}");
        }
        assert!(err(Mux {
            playback_id: "a/b".into(),
            ..mux()
        })
        .is::<UsageError>());
        assert!(err(Mux {
            key_id: "a b".into(),
            ..mux()
        })
        .is::<UsageError>());
        assert!(Mux::from_values(&values(&[(&KEY_ID, "k")])).is_err());
        let m = Mux::from_values(&values(&[(&KEY_ID, "k"), (&PLAYBACK_ID, "p")])).unwrap();
        assert_eq!(m.kind, "video");
        assert!(SERVICE.guarded.iter().any(|g| g.name == "sub"));
    }

    #[test]
    fn urls_per_type() {
        let url = |kind: &str| {
            Mux {
                kind: kind.into(),
                ..mux()
            }
            .url("T")
        };
        assert_eq!(
            url("video").unwrap(),
            format!("https://stream.mux.com/{ID}.m3u8?token=T")
        );
        assert_eq!(
            url("thumbnail").unwrap(),
            format!("https://image.mux.com/{ID}/thumbnail.jpg?token=T")
        );
        assert_eq!(
            url("gif").unwrap(),
            format!("https://image.mux.com/{ID}/animated.gif?token=T")
        );
        assert_eq!(
            url("storyboard").unwrap(),
            format!("https://image.mux.com/{ID}/storyboard.vtt?token=T")
        );
        let drm = Mux {
            kind: "drm_license".into(),
            ..mux()
        };
        assert!(drm.check_format(Format::Url).is_err());
        drm.check_format(Format::Token).unwrap();
        mux().check_format(Format::Url).unwrap();
    }

    #[test]
    fn the_key_as_mux_returns_it() {
        let pem = crate::providers::test_support::key_fixture("rsa2048-pkcs1.pem");
        let wrapped = base64::engine::general_purpose::STANDARD.encode(&pem);
        assert_eq!(*base64_pem(wrapped.as_bytes()).unwrap().unwrap(), pem);
        let folded = format!("{}\n{}\n", &wrapped[..64], &wrapped[64..]);
        assert_eq!(*base64_pem(folded.as_bytes()).unwrap().unwrap(), pem);
        assert!(base64_pem(&pem).unwrap().is_none());
        assert!(base64_pem(b"{\"kty\":\"RSA\"}").unwrap().is_none());
        assert!(base64_pem(b"\x30\x82\x01\x00").unwrap().is_none());
        // Base64 of something that is not a PEM is left for the key parser to refuse.
        assert!(base64_pem(b"aGVsbG8=").unwrap().is_none());
    }

    #[test]
    fn inspect_minted_and_broken() {
        let header = object(json!({"alg": "RS256", "typ": "JWT"}));
        let mut minted = payload(&mux());
        minted.insert("exp".into(), 2_000_000_000.into());
        assert!(SERVICE.problems(&header, &minted).is_empty());
        assert!((SERVICE.recognise)(&header, &minted));
        let old = object(json!({"sub": ID, "aud": "t", "exp": 2_000_000_000, "time": "5"}));
        let old_header = object(json!({"alg": "RS256", "kid": "k"}));
        let found = SERVICE.problems(&old_header, &old);
        assert!(
            found.len() == 1 && found[0].starts_with(WARNING),
            "{found:?}"
        );
        assert!((SERVICE.recognise)(&old_header, &old));
        assert!(!(SERVICE.recognise)(
            &header,
            &object(json!({"sub": ID, "aud": "api"}))
        ));
        let text = SERVICE
            .problems(
                &object(json!({"alg": "HS256"})),
                &object(json!({"aud": "video", "width": 640})),
            )
            .join("\n");
        for expected in [
            "accepts only RS256",
            "`sub` missing",
            "`aud` must be one of",
            "`kid` missing",
            "`width` is a number",
            "`exp` missing",
        ] {
            assert!(text.contains(expected), "{expected}: {text}");
        }
    }
}
