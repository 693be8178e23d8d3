//! LiveKit access tokens: HS256 with the API secret's text, `iss` = API key, `sub` = the
//! participant's identity, `nbf` = now, and the `video` grant object under LiveKit's camelCase
//! names. LiveKit silently drops a grant name it does not know, so a typo here is an error that
//! names the closest grant.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::AlgRules;
use super::{
    json_kind, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims, Transport,
    Values,
};
use crate::claims::Assignment;
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// The grants of LiveKit's `VideoGrant` (livekit-server-sdk `grants.d.ts`, the same in the
/// Python SDK's `VideoGrants`), with the form of their value.
const GRANTS: &[(&str, GrantKind)] = &[
    ("roomCreate", GrantKind::Bool),
    ("roomList", GrantKind::Bool),
    ("roomRecord", GrantKind::Bool),
    ("roomAdmin", GrantKind::Bool),
    ("roomJoin", GrantKind::Bool),
    ("room", GrantKind::Text),
    ("canPublish", GrantKind::Bool),
    ("canSubscribe", GrantKind::Bool),
    ("canPublishData", GrantKind::Bool),
    ("canPublishSources", GrantKind::Sources),
    ("canUpdateOwnMetadata", GrantKind::Bool),
    ("ingressAdmin", GrantKind::Bool),
    ("hidden", GrantKind::Bool),
    ("recorder", GrantKind::Bool),
    ("agent", GrantKind::Bool),
    ("canSubscribeMetrics", GrantKind::Bool),
    ("canManageAgentSession", GrantKind::Bool),
    ("destinationRoom", GrantKind::Text),
];

/// What `canPublishSources` may list.
const SOURCES: &[&str] = &["camera", "microphone", "screen_share", "screen_share_audio"];

/// The grants a room join has unless told otherwise.
const JOIN_DEFAULTS: &[&str] = &["canPublish", "canSubscribe", "canPublishData"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GrantKind {
    Bool,
    Text,
    Sources,
}

#[derive(Debug, Clone, Default)]
pub struct LiveKit {
    pub api_key: String,
    pub identity: String,
    pub room: Option<String>,
    pub name: Option<String>,
    pub metadata: Option<String>,
    pub attrs: Vec<Assignment>,
    /// `--grant` as given: `NAME` or `NAME=VALUE`.
    pub grants: Vec<String>,
    pub url: Option<String>,
}

const API_KEY: Opt = Opt::text(
    "api-key",
    "KEY",
    "The LiveKit API key (APIxxxxxxxx), signed as iss; its secret goes in --secret-file.",
)
.required();
const IDENTITY: Opt = Opt::text(
    "identity",
    "ID",
    "The participant's identity, signed as sub.",
)
.required()
.names_user();
const ROOM: Opt = Opt::text(
    "room",
    "NAME",
    "The room to join: grants roomJoin, room, canPublish, canSubscribe and canPublishData.",
)
.names_user();
const NAME: Opt = Opt::text("name", "NAME", "The participant's display name.");
const METADATA: Opt = Opt::text(
    "metadata",
    "TEXT",
    "The participant's metadata (a string; JSON text stays a string).",
);
const ATTR: Opt = Opt::text(
    "attr",
    "KEY=VALUE",
    "A participant attribute (string to string). Repeatable.",
)
.with_kind(Kind::Assign);
const GRANT: Opt = Opt::text(
    "grant",
    "NAME[=VALUE]",
    "A video grant by LiveKit's camelCase name: NAME (true), NAME=false, \
     canPublishSources=camera,microphone, destinationRoom=ROOM. Repeatable.\n\n\
     Grants: roomCreate, roomList, roomRecord, roomAdmin, roomJoin, canPublish, canSubscribe, \
     canPublishData, canPublishSources, canUpdateOwnMetadata, ingressAdmin, hidden, recorder, \
     agent, canSubscribeMetrics, canManageAgentSession, destinationRoom. Admin grants (roomAdmin, \
     roomCreate, roomList, roomRecord, ingressAdmin, hidden, recorder…) are only set when named. \
     An unknown name is an error naming the closest one (LiveKit would drop it silently).",
)
.with_kind(Kind::List)
.grants_rights();
const URL: Opt = Opt::text(
    "url",
    "WSS_URL",
    "The LiveKit server (wss://HOST): prints wss://HOST?access_token=TOKEN.",
);

pub static SERVICE: Service = Service {
    name: "livekit",
    family: super::Family::Realtime,
    title: "LiveKit",
    about: "LiveKit access token: join a room as a participant, or call the server APIs.\n\n\
            HS256 with the API secret's text; iss = --api-key, sub = --identity, nbf = now, \
            default expiry 6h (the SDK's; an expiry is required). With --room the video grant is \
            a room join (roomJoin, room, canPublish, canSubscribe, canPublishData); any other \
            grant only by --grant NAME. Refused in --claim/--claims-file: video (use --room and \
            --grant). Clients take wss://HOST?access_token=TOKEN (--url, --format url); the server \
            APIs `Authorization: Bearer TOKEN`. Checked by the SDKs' own TokenVerifier (npm \
            livekit-server-sdk, PyPI livekit-api).",
    example: "\
Example (the API secret in livekit-secret.txt):
  jwtmint livekit --api-key APIabc123 --secret-file livekit-secret.txt \\
    --identity bot-1 --room standup --grant canPublish=false --url wss://lk.example.com",
    options: &[API_KEY, IDENTITY, ROOM, NAME, METADATA, ATTR, GRANT, URL],
    algs: AlgRules {
        allowed: &[Alg::HS256],
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        default: Some(6 * 3600),
        may_omit: false,
        default_nbf: Some(0),
        ..ExpiryRules::NONE
    },
    guarded: &[
        GuardedClaim {
            name: "video",
            reason:
                "LiveKit drops unknown grant names silently; use --room and --grant, which check them",
        },
        GuardedClaim {
            name: "sip",
            reason: "the SIP grant (admin, call) lets the token manage and place phone calls",
        },
        GuardedClaim {
            name: "inference",
            reason: "it grants use of LiveKit's inference (paid) services",
        },
        GuardedClaim {
            name: "observability",
            reason: "it grants access to the project's observability data",
        },
        GuardedClaim {
            name: "roomConfig",
            reason: "it configures the room the token may create (agents dispatched, egress)",
        },
        GuardedClaim {
            name: "roomPreset",
            reason: "it picks a server-side room configuration (agents dispatched, egress)",
        },
        GuardedClaim {
            name: "kind",
            reason: "it makes the participant an agent, egress, ingress or SIP participant",
        },
    ],
    formats: &[
        Format::Token,
        Format::Url,
        Format::Json,
        Format::Header,
        Format::Claims,
    ],
    transport: Transport {
        url_param: Some(("access_token", "")),
        ..Transport::BEARER
    },
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(LiveKit::from_values(values)?)),
    recognise: |_, payload| payload.get("video").is_some_and(Value::is_object),
    lint: problems,
};

impl LiveKit {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(LiveKit {
            api_key: values.require(&API_KEY)?,
            identity: values.require(&IDENTITY)?,
            room: values.text(&ROOM),
            name: values.text(&NAME),
            metadata: values.text(&METADATA),
            attrs: values.assignments(&ATTR),
            grants: values.list(&GRANT),
            url: values.text(&URL),
        })
    }

    /// The `video` grant object.
    fn video(&self) -> Result<Map<String, Value>> {
        let mut video = Map::new();
        if let Some(room) = &self.room {
            if room.is_empty() {
                bail!(UsageError::new("--room is empty"));
            }
            video.insert("roomJoin".into(), true.into());
            video.insert("room".into(), room.as_str().into());
            for name in JOIN_DEFAULTS {
                video.insert((*name).into(), true.into());
            }
        }
        for given in &self.grants {
            let (name, value) = match given.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (given.as_str(), None),
            };
            let kind = grant_kind(name)?;
            let value = match (kind, value) {
                (GrantKind::Bool, None) => Value::Bool(true),
                (GrantKind::Bool, Some(v)) => match v.to_ascii_lowercase().as_str() {
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    _ => bail!(UsageError::new(format!(
                        "--grant {name}={v}: {name} takes true or false"
                    ))),
                },
                (GrantKind::Text, _) if name == "room" => bail!(UsageError::new(
                    "set the room with --room NAME, not --grant room"
                )),
                (GrantKind::Text, Some(v)) if !v.is_empty() => Value::String(v.into()),
                (GrantKind::Text, _) => bail!(UsageError::new(format!(
                    "--grant {name}=ROOM: {name} takes a room name"
                ))),
                (GrantKind::Sources, Some(list)) => Value::Array(
                    list.split(',')
                        .map(|source| {
                            let source = source.trim();
                            if SOURCES.contains(&source) {
                                Ok(Value::String(source.into()))
                            } else {
                                Err(UsageError::new(format!(
                                    "--grant canPublishSources: unknown source `{source}` (one of {})",
                                    SOURCES.join(", ")
                                )))
                            }
                        })
                        .collect::<Result<_, _>>()?,
                ),
                (GrantKind::Sources, None) => bail!(UsageError::new(format!(
                    "--grant canPublishSources=LIST: a comma-separated list of {}",
                    SOURCES.join(", ")
                ))),
            };
            video.insert(name.into(), value);
        }
        if video.get("roomJoin") == Some(&Value::Bool(true)) && !video.contains_key("room") {
            bail!(UsageError::new(
                "roomJoin needs a room: pass --room NAME (LiveKit refuses a join without one)"
            ));
        }
        if video.is_empty() {
            bail!(UsageError::new(
                "the token grants nothing: pass --room NAME to join a room, or --grant NAME"
            ));
        }
        Ok(video)
    }
}

/// The kind of a grant named exactly as LiveKit spells it; otherwise an error naming the
/// closest known grant.
fn grant_kind(name: &str) -> Result<GrantKind> {
    if let Some((_, kind)) = GRANTS.iter().find(|(known, _)| *known == name) {
        return Ok(*kind);
    }
    Err(UsageError::new(format!(
        "unknown LiveKit grant `{name}`: did you mean `{}`? (LiveKit would silently ignore it, \
         and the participant would lack that right)",
        closest(name)
    ))
    .into())
}

/// The known grant nearest to `name`: first ignoring case and `_`/`-`, then by edit distance.
fn closest(name: &str) -> &'static str {
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| *c != '_' && *c != '-')
            .flat_map(char::to_lowercase)
            .collect()
    };
    let folded = fold(name);
    GRANTS
        .iter()
        .map(|(known, _)| *known)
        .min_by_key(|known| edit_distance(&folded, &fold(known)))
        .unwrap_or("roomJoin")
}

/// Levenshtein distance, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

impl Provider for LiveKit {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        if self.api_key.is_empty() || self.identity.is_empty() {
            bail!(UsageError::new(
                "--api-key and --identity must not be empty"
            ));
        }
        if let Some(url) = &self.url {
            check_ws_url(url)?;
        }
        let mut fixed = Map::new();
        fixed.insert("iss".into(), self.api_key.as_str().into());
        fixed.insert("sub".into(), self.identity.as_str().into());
        fixed.insert("video".into(), Value::Object(self.video()?));
        let mut flags = Map::new();
        if let Some(name) = &self.name {
            flags.insert("name".into(), name.as_str().into());
        }
        if let Some(metadata) = &self.metadata {
            flags.insert("metadata".into(), metadata.as_str().into());
        }
        if !self.attrs.is_empty() {
            let mut attributes = Map::new();
            for Assignment { key, value } in &self.attrs {
                let Value::String(text) = value else {
                    bail!(
                        "--attr {key}: LiveKit attributes are strings, found {}",
                        json_kind(value)
                    );
                };
                attributes.insert(key.clone(), text.as_str().into());
            }
            flags.insert("attributes".into(), Value::Object(attributes));
        }
        Ok(ServiceClaims { flags, fixed })
    }

    fn default_format(&self) -> Option<Format> {
        self.url.is_some().then_some(Format::Url)
    }

    fn check_format(&self, format: Format) -> Result<()> {
        if format == Format::Url && self.url.is_none() {
            bail!(UsageError::new(
                "--format url needs --url wss://HOST (the LiveKit server)"
            ));
        }
        Ok(())
    }

    fn url(&self, token: &str) -> Result<String> {
        let Some(url) = &self.url else {
            bail!("--format url needs --url wss://HOST (the LiveKit server)");
        };
        Ok(SERVICE.transport.link(url, token))
    }
}

fn check_ws_url(value: &str) -> Result<()> {
    let parsed = url::Url::parse(value)
        .map_err(|e| UsageError::new(format!("--url `{value}` is not an absolute URL ({e})")))?;
    if !matches!(parsed.scheme(), "wss" | "ws" | "https" | "http") || parsed.host_str().is_none() {
        bail!(UsageError::new(format!(
            "--url `{value}` must be the LiveKit server's wss:// URL"
        )));
    }
    Ok(())
}

/// What LiveKit would ignore or refuse in a token, for `jwtmint inspect`.
pub fn problems(_header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    match payload.get("iss") {
        Some(Value::String(_)) => {}
        _ => out.push("`iss` missing: LiveKit finds the API secret by the API key in `iss`".into()),
    }
    let video = match payload.get("video") {
        None => {
            out.push("`video` missing: the token grants nothing".into());
            return out;
        }
        Some(Value::Object(video)) => video,
        Some(other) => {
            out.push(format!(
                "`video` must be an object, found {}",
                json_kind(other)
            ));
            return out;
        }
    };
    for (name, value) in video {
        let Some((_, kind)) = GRANTS.iter().find(|(known, _)| known == name) else {
            out.push(format!(
                "unknown grant `video.{name}` (did you mean `{}`?): LiveKit ignores it silently",
                closest(name)
            ));
            continue;
        };
        let fits = match kind {
            GrantKind::Bool => value.is_boolean(),
            GrantKind::Text => value.is_string(),
            GrantKind::Sources => value.as_array().is_some_and(|items| {
                items
                    .iter()
                    .all(|s| s.as_str().is_some_and(|s| SOURCES.contains(&s)))
            }),
        };
        if !fits {
            out.push(format!(
                "grant `video.{name}` must be {}, found {value}",
                match kind {
                    GrantKind::Bool => "true or false".to_string(),
                    GrantKind::Text => "a string".to_string(),
                    GrantKind::Sources => format!("an array of {}", SOURCES.join(", ")),
                }
            ));
        }
    }
    if video.get("roomJoin") == Some(&Value::Bool(true)) {
        if video
            .get("room")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .is_empty()
        {
            out.push("`video.roomJoin` without `video.room`: LiveKit refuses the join".into());
        }
        if payload
            .get("sub")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .is_empty()
        {
            out.push("`sub` (the identity) missing: LiveKit needs it to join a room".into());
        }
    }
    if let Some(attributes) = payload.get("attributes") {
        let strings = attributes
            .as_object()
            .is_some_and(|map| map.values().all(Value::is_string));
        if !strings {
            out.push("`attributes` must be an object of strings".into());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::test_support::payload;
    use serde_json::json;

    fn livekit() -> LiveKit {
        LiveKit {
            api_key: "APIkey".into(),
            identity: "bot-1".into(),
            room: Some("standup".into()),
            ..Default::default()
        }
    }

    #[test]
    fn exact_payload() {
        let lk = LiveKit {
            name: Some("Bot".into()),
            metadata: Some("{\"a\":1}".into()),
            attrs: vec!["lang=fr=CA".parse().unwrap()],
            grants: vec!["roomAdmin".into(), "canPublish=false".into()],
            ..livekit()
        };
        assert_eq!(
            Value::Object(payload(&lk)),
            json!({
                "iss": "APIkey", "sub": "bot-1", "name": "Bot", "metadata": "{\"a\":1}",
                "attributes": {"lang": "fr=CA"},
                "video": {"roomJoin": true, "room": "standup", "canPublish": false,
                          "canSubscribe": true, "canPublishData": true, "roomAdmin": true}
            })
        );
    }

    #[test]
    fn admin_grants_only_when_named() {
        let video = livekit().video().unwrap();
        for admin in [
            "roomAdmin",
            "roomCreate",
            "roomList",
            "roomRecord",
            "ingressAdmin",
            "hidden",
            "recorder",
        ] {
            assert!(!video.contains_key(admin));
        }
        let api = LiveKit {
            room: None,
            grants: vec![
                "roomList".into(),
                "canPublishSources=camera,screen_share".into(),
                "destinationRoom=other".into(),
            ],
            ..livekit()
        };
        assert_eq!(
            Value::Object(api.video().unwrap()),
            json!({"roomList": true, "canPublishSources": ["camera", "screen_share"], "destinationRoom": "other"})
        );
    }

    #[test]
    fn refusals() {
        let err = |grants: &[&str], room: Option<&str>| {
            LiveKit {
                room: room.map(Into::into),
                grants: grants.iter().map(|g| g.to_string()).collect(),
                ..livekit()
            }
            .claims(&KeyFacts::default())
            .unwrap_err()
            .to_string()
        };
        assert!(err(&["canPublsh"], Some("r")).contains("did you mean `canPublish`"));
        assert!(err(&["roomadmin"], Some("r")).contains("`roomAdmin`"));
        assert!(err(&["can_publish_data=false"], Some("r")).contains("`canPublishData`"));
        assert!(err(&["canPublish=maybe"], Some("r")).contains("true or false"));
        assert!(err(&["roomJoin"], None).contains("roomJoin needs a room"));
        assert!(err(&[], None).contains("grants nothing"));
        assert!(err(&["room=x"], Some("r")).contains("--room"));
        assert!(err(&["canPublishSources=webcam"], Some("r")).contains("unknown source"));
        let attr = LiveKit {
            attrs: vec!["n:=1".parse().unwrap()],
            ..livekit()
        };
        assert!(attr.claims(&KeyFacts::default()).is_err());
        let bad_url = LiveKit {
            url: Some("lk.example.com".into()),
            ..livekit()
        };
        assert!(bad_url.claims(&KeyFacts::default()).is_err());
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
        assert_eq!(closest("canSubscibe"), "canSubscribe");
        assert_eq!(closest("ROOM_CREATE"), "roomCreate");
    }

    #[test]
    fn url_form() {
        let lk = LiveKit {
            url: Some("wss://lk.example.com".into()),
            ..livekit()
        };
        assert_eq!(lk.url("T").unwrap(), "wss://lk.example.com?access_token=T");
        assert_eq!(lk.default_format(), Some(Format::Url));
        assert!(livekit().check_format(Format::Url).is_err());
    }

    #[test]
    fn inspect_minted_and_broken() {
        let header = json!({"alg": "HS256", "typ": "JWT"})
            .as_object()
            .unwrap()
            .clone();
        let mut minted = payload(&livekit());
        minted.insert("exp".into(), 2_000_000_000.into());
        assert!(SERVICE.problems(&header, &minted).is_empty());
        assert!((SERVICE.recognise)(&header, &minted));
        let broken = json!({"iss": "APIkey", "video": {"roomJoin": true, "canPublsh": true, "hidden": "yes"}});
        let found = SERVICE.problems(&header, broken.as_object().unwrap());
        let text = found.join("\n");
        assert!(
            text.contains("unknown grant `video.canPublsh` (did you mean `canPublish`?)"),
            "{text}"
        );
        assert!(
            text.contains("`video.hidden` must be true or false"),
            "{text}"
        );
        assert!(text.contains("without `video.room`"), "{text}");
        assert!(text.contains("`sub` (the identity) missing"), "{text}");
        assert!(text.contains("`exp` missing"), "{text}");
    }
}
