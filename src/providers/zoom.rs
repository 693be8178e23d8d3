//! Zoom Meeting SDK and Video SDK signatures: HS256 JWTs keyed by the SDK secret's text, that a
//! web or native Zoom SDK hands to Zoom when it joins a meeting or a session.
//!
//! The two SDKs take different tokens, and their credentials are not interchangeable:
//! - Meeting SDK (`ZoomMtg.join({signature})`, `client.join`, native `jwtToken`): `appKey` and
//!   `sdkKey` (the Client ID, once "SDK key"), `mn` (the meeting number, a digit string as
//!   Zoom's sample signs it) and `role` (0 attendee, 1 host) — both or neither —, `iat`, `exp`
//!   and `tokenExp` (= `exp`, as Zoom's sample writes it).
//! - Video SDK (`client.join(topic, signature, name, password)`): `app_key`, `tpc` (the session
//!   topic, at most 200 characters, equal to the topic joined), `role_type` (1 host, 0
//!   participant), `version: 1`, `iat`, `exp`; optional `user_identity` (under 35 characters)
//!   and `session_key` (under 36).
//!
//! Header `{"alg":"HS256","typ":"JWT"}`; every time and role is a JSON number, and
//! 1800 ≤ `exp` − `iat` ≤ 172 800 (30 minutes to 48 hours): a window breach, a string number or
//! an `iat` in the future makes Zoom answer "Signature is invalid". `iat` is backdated 30 s, as
//! Zoom's samples do. The host role is set only by `--host`, never by `--claim`.
//!
//! Zoom's samples sign with jsrsasign, which reads a secret made only of an even number of hex
//! digits as hex; jwtmint uses the secret's text and warns about such a secret (what Zoom's
//! servers do with one is unconfirmed).
//!
//! Zoom publishes no code that verifies these tokens (`@zoom/meetingsdk`, `@zoom/videosdk` are
//! browser clients), so no vendor check runs: the unit tests below check each claim against
//! Zoom's auth-endpoint samples (`zoom/meetingsdk-auth-endpoint-sample`,
//! `zoom/videosdk-auth-endpoint-sample`, `src/index.js`) and developers.zoom.us's auth pages.

use anyhow::{bail, Result};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::{
    json_kind, AlgRules, Family, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service,
    ServiceClaims, Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// The shortest lifetime (`exp` − `iat`) Zoom accepts.
pub const MIN_LIFETIME: i64 = 1800;
/// The longest lifetime (`exp` − `iat`) Zoom accepts.
pub const MAX_LIFETIME: i64 = 172_800;
/// The lifetime Zoom's samples give a signature.
const DEFAULT_LIFETIME: i64 = 2 * 3600;
/// How far Zoom's samples backdate `iat`, so that a clock running fast gives no future `iat`.
const BACKDATE: i64 = 30;

const MAX_TOPIC_CHARS: usize = 200;
/// `user_identity` must be shorter than this.
const USER_IDENTITY_LIMIT: usize = 35;
/// `session_key` must be shorter than this.
const SESSION_KEY_LIMIT: usize = 36;

const SDK: Opt = Opt::text(
    "sdk",
    "SDK",
    "Which SDK the signature is for: `meeting` (Meeting SDK) or `video` (Video SDK). Their \
     credentials and tokens are not interchangeable.",
)
.with_kind(Kind::Choice(&["meeting", "video"]))
.required();
const SDK_KEY: Opt = Opt::text(
    "sdk-key",
    "KEY",
    "The app's Client ID (\"SDK key\" on older apps); the secret is the Client Secret (--secret-file).",
)
.required();
const SESSION: Opt = Opt::text(
    "session",
    "TOPIC",
    "Video SDK: the session topic (tpc), at most 200 characters, exactly as passed to \
     client.join(topic, …).",
);
const MEETING_NUMBER: Opt = Opt::text(
    "meeting-number",
    "NUMBER",
    "Meeting SDK: the meeting or webinar number (mn); spaces are dropped, so `812 3456 7890` \
     works. Without it the token carries no meeting and no role (a native SDK's init token).",
);
const HOST: Opt = Opt::switch(
    "host",
    "Join as host: role 1 (Meeting SDK; starting a meeting also needs the host's ZAK) or \
     role_type 1 (Video SDK). Without it: attendee / participant (0).",
)
.grants_rights();
const USER_IDENTITY: Opt = Opt::text(
    "user-identity",
    "ID",
    "Video SDK: your own id for the user (user_identity), under 35 characters.",
);
const SESSION_KEY: Opt = Opt::text(
    "session-key",
    "KEY",
    "Video SDK: your own id for the session (session_key), under 36 characters.",
);

const GUARDED: &[GuardedClaim] = &[
    GuardedClaim {
        name: "role",
        reason: "role 1 joins the meeting as its host; use --host if you mean it",
    },
    GuardedClaim {
        name: "role_type",
        reason: "role_type 1 joins the session as its host; use --host if you mean it",
    },
];

pub static SERVICE: Service = Service {
    name: "zoom",
    family: Family::Media,
    title: "Zoom",
    about: "Zoom Meeting SDK or Video SDK signature, the JWT a Zoom SDK joins with.\n\n\
            --sdk meeting: appKey and sdkKey (--sdk-key, the Client ID), mn (--meeting-number) and \
            role (0 attendee, 1 with --host), iat, exp and tokenExp (= exp). --sdk video: app_key, \
            tpc (--session, the topic joined), role_type (0 participant, 1 with --host), version 1, \
            iat, exp, optional user_identity and session_key. HS256 only, keyed by the text of the \
            Client Secret (--secret-file, JWTMINT_SECRET or the prompt). Lifetime: 2h by default, \
            at least 30m and at most 48h (Zoom answers \"Signature is invalid\" outside it); iat \
            is backdated 30 s. Refused in --claim/--claims-file: role, role_type (use --host). \
            Zoom publishes no verifier: these claims follow Zoom's auth-endpoint samples and docs. \
            A secret made only of an even number of hex digits draws a warning: Zoom's samples \
            (jsrsasign) would sign with its hex-decoded bytes, jwtmint signs with its text.",
    example: "\
Example (Video SDK, the Client Secret in zoom_secret.txt):
  jwtmint zoom --sdk video --sdk-key \"$ZOOM_SDK_KEY\" --secret-file zoom_secret.txt \\
    --session standup --host
Example (Meeting SDK, as an attendee):
  jwtmint zoom --sdk meeting --sdk-key \"$ZOOM_CLIENT_ID\" --secret-file zoom_secret.txt \\
    --meeting-number 81234567890
Use it: client.join('standup', TOKEN, 'Ann') (Video SDK) or
  ZoomMtg.join({ signature: TOKEN, meetingNumber: '81234567890', userName: 'Ann', … })",
    options: &[
        SDK,
        SDK_KEY,
        SESSION,
        MEETING_NUMBER,
        HOST,
        USER_IDENTITY,
        SESSION_KEY,
    ],
    algs: AlgRules {
        allowed: &[Alg::HS256],
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        default: Some(DEFAULT_LIFETIME),
        may_omit: false,
        max_lifetime: Some(MAX_LIFETIME),
        requires_iat: true,
        backdate: BACKDATE,
        ..ExpiryRules::NONE
    },
    guarded: GUARDED,
    // The signature goes into an SDK call, not an HTTP header.
    formats: &[Format::Token, Format::Json, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: Some(secret_text),
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Zoom::from_values(values)?)),
    recognise: |header, payload| {
        header.get("alg").and_then(Value::as_str) == Some("HS256")
            && (is_meeting(payload) || is_video(payload))
    },
    lint: problems,
};

/// A Meeting SDK signature: an app key and `tokenExp`.
fn is_meeting(payload: &Map<String, Value>) -> bool {
    (payload.get("appKey").is_some_and(Value::is_string)
        || payload.get("sdkKey").is_some_and(Value::is_string))
        && payload.contains_key("tokenExp")
}

/// A Video SDK signature: `app_key`, `tpc` and `version`.
fn is_video(payload: &Map<String, Value>) -> bool {
    payload.get("app_key").is_some_and(Value::is_string)
        && payload.contains_key("tpc")
        && payload.contains_key("version")
}

/// The secret's text is the key; an all-hex secret of even length draws a warning, because
/// Zoom's samples (jsrsasign's `Mac.setPassword`) would sign with its hex-decoded bytes.
fn secret_text(secret: &[u8]) -> Result<(Zeroizing<Vec<u8>>, Option<String>)> {
    if looks_like_hex(secret) {
        crate::output::warn(
            "the secret is made only of hex digits, an even number of them: Zoom's samples \
             (jsrsasign) sign with its hex-decoded bytes, jwtmint with its text; if Zoom \
             answers \"Signature is invalid\", check which one your app was given",
        );
    }
    Ok((Zeroizing::new(secret.to_vec()), None))
}

fn looks_like_hex(secret: &[u8]) -> bool {
    !secret.is_empty() && secret.len() % 2 == 0 && secret.iter().all(u8::is_ascii_hexdigit)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sdk {
    #[default]
    Meeting,
    Video,
}

#[derive(Debug, Clone, Default)]
pub struct Zoom {
    pub sdk: Sdk,
    pub sdk_key: String,
    pub session: Option<String>,
    pub meeting_number: Option<String>,
    pub host: bool,
    pub user_identity: Option<String>,
    pub session_key: Option<String>,
}

impl Zoom {
    pub fn from_values(values: &Values) -> Result<Self> {
        let sdk = match values.require(&SDK)?.as_str() {
            "video" => Sdk::Video,
            _ => Sdk::Meeting,
        };
        Ok(Zoom {
            sdk,
            sdk_key: values.require(&SDK_KEY)?,
            session: values.text(&SESSION),
            meeting_number: values.text(&MEETING_NUMBER),
            host: values.switch(&HOST),
            user_identity: values.text(&USER_IDENTITY),
            session_key: values.text(&SESSION_KEY),
        })
    }

    fn meeting_claims(&self, fixed: &mut Map<String, Value>) -> Result<()> {
        for (opt, given) in [
            (&SESSION, self.session.is_some()),
            (&USER_IDENTITY, self.user_identity.is_some()),
            (&SESSION_KEY, self.session_key.is_some()),
        ] {
            if given {
                bail!(UsageError::new(format!(
                    "{} is for --sdk video; a Meeting SDK signature names a meeting with \
                     --meeting-number",
                    opt.flag()
                )));
            }
        }
        fixed.insert("appKey".into(), self.sdk_key.as_str().into());
        fixed.insert("sdkKey".into(), self.sdk_key.as_str().into());
        match &self.meeting_number {
            Some(number) => {
                fixed.insert("mn".into(), meeting_number(number)?);
                fixed.insert("role".into(), u8::from(self.host).into());
            }
            None if self.host => bail!(UsageError::new(
                "--host needs --meeting-number: Zoom takes mn and role together or neither"
            )),
            None => {}
        }
        Ok(())
    }

    fn video_claims(&self, fixed: &mut Map<String, Value>) -> Result<()> {
        if self.meeting_number.is_some() {
            bail!(UsageError::new(
                "--meeting-number is for --sdk meeting; a Video SDK signature names its session \
                 with --session"
            ));
        }
        let Some(topic) = &self.session else {
            bail!(UsageError::new(
                "--sdk video needs --session TOPIC: the topic the client joins (tpc)"
            ));
        };
        let chars = topic.chars().count();
        if chars == 0 || chars > MAX_TOPIC_CHARS {
            bail!(UsageError::new(format!(
                "--session is {chars} characters: Zoom takes a topic of 1 to {MAX_TOPIC_CHARS}"
            )));
        }
        fixed.insert("app_key".into(), self.sdk_key.as_str().into());
        fixed.insert("tpc".into(), topic.as_str().into());
        fixed.insert("role_type".into(), u8::from(self.host).into());
        fixed.insert("version".into(), 1.into());
        for (opt, value, limit) in [
            (&USER_IDENTITY, &self.user_identity, USER_IDENTITY_LIMIT),
            (&SESSION_KEY, &self.session_key, SESSION_KEY_LIMIT),
        ] {
            if let Some(value) = value {
                let chars = value.chars().count();
                if chars >= limit {
                    bail!(UsageError::new(format!(
                        "{} is {chars} characters: Zoom takes fewer than {limit}",
                        opt.flag()
                    )));
                }
                fixed.insert(opt.long.replace('-', "_"), value.as_str().into());
            }
        }
        Ok(())
    }
}

/// The meeting number as the digit string Zoom's auth-endpoint sample signs (its request body
/// takes `meetingNumber` as a string and passes it through); spaces, as Zoom prints the number,
/// are dropped.
fn meeting_number(given: &str) -> Result<Value> {
    let digits: String = given.chars().filter(|c| *c != ' ').collect();
    if digits.is_empty() || digits.len() > 15 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        bail!(UsageError::new(format!(
            "--meeting-number `{given}` is not a meeting number (digits, like 81234567890)"
        )));
    }
    Ok(Value::String(digits))
}

impl Provider for Zoom {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        if self.sdk_key.trim().is_empty() {
            bail!(UsageError::new("--sdk-key must not be empty"));
        }
        let mut fixed = Map::new();
        match self.sdk {
            Sdk::Meeting => self.meeting_claims(&mut fixed)?,
            Sdk::Video => self.video_claims(&mut fixed)?,
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn finish(&self, payload: &mut Map<String, Value>) -> Result<()> {
        // The time rules (requires_iat, may_omit false) guarantee both, as whole numbers.
        let (Some(iat), Some(exp)) = (
            payload.get("iat").and_then(Value::as_i64),
            payload.get("exp").and_then(Value::as_i64),
        ) else {
            bail!("Zoom needs iat and exp as whole numbers of seconds");
        };
        if exp - iat < MIN_LIFETIME {
            bail!(UsageError::new(format!(
                "Zoom refuses a signature that lives under 30m (exp - iat is {}): \
                 it answers \"Signature is invalid\"",
                crate::time::human_duration(exp - iat)
            )));
        }
        if self.sdk == Sdk::Meeting {
            payload.insert("tokenExp".into(), exp.into());
        }
        Ok(())
    }
}

/// What Zoom would refuse in a signature, for `jwtmint inspect`.
pub fn problems(_header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    let meeting = is_meeting(payload) || payload.contains_key("mn");
    let video = is_video(payload) || payload.contains_key("tpc");
    if meeting && video {
        out.push(format!(
            "{WARNING}the token mixes Meeting SDK (appKey, mn, tokenExp) and Video SDK (app_key, \
             tpc) claims: each SDK reads only its own"
        ));
    }
    for name in ["iat", "exp", "tokenExp", "role", "role_type", "version"] {
        if let Some(value) = payload.get(name) {
            if !value.is_i64() {
                out.push(format!(
                    "`{name}` must be a whole JSON number, found {}: Zoom answers \
                     \"Signature is invalid\"",
                    json_kind(value)
                ));
            }
        }
    }
    let time = |name: &str| payload.get(name).and_then(Value::as_i64);
    if let (Some(iat), Some(exp)) = (time("iat"), time("exp")) {
        // Saturating: these come from an untrusted token.
        let lifetime = exp.saturating_sub(iat);
        if lifetime < MIN_LIFETIME {
            out.push(format!(
                "the token lives {} (exp - iat): Zoom refuses under 30m",
                crate::time::human_duration(lifetime)
            ));
        }
    }
    let role = |name: &str| {
        let value = payload.get(name)?;
        (value != &Value::from(0) && value != &Value::from(1))
            .then(|| format!("`{name}` must be 0 or 1, found {value}"))
    };
    if video {
        if !payload.get("app_key").is_some_and(Value::is_string) {
            out.push("`app_key` missing: the Video SDK finds the app by it".into());
        }
        match payload.get("tpc") {
            Some(Value::String(topic))
                if !topic.is_empty() && topic.chars().count() <= MAX_TOPIC_CHARS => {}
            Some(Value::String(_)) => out.push(format!(
                "`tpc` must be 1 to {MAX_TOPIC_CHARS} characters: the topic the client joins"
            )),
            _ => out.push("`tpc` missing or not a string: the topic the client joins".into()),
        }
        if !payload.contains_key("role_type") {
            out.push("`role_type` missing: 1 host, 0 participant".into());
        }
        out.extend(role("role_type"));
        if payload.get("version").is_some_and(|v| v != &Value::from(1)) {
            out.push("`version` must be 1".into());
        }
        for (name, limit) in [
            ("user_identity", USER_IDENTITY_LIMIT),
            ("session_key", SESSION_KEY_LIMIT),
        ] {
            if let Some(value) = payload.get(name) {
                if value.as_str().is_none_or(|s| s.chars().count() >= limit) {
                    out.push(format!(
                        "`{name}` must be a string under {limit} characters"
                    ));
                }
            }
        }
    }
    if meeting && !video {
        if payload.contains_key("mn") != payload.contains_key("role") {
            out.push("`mn` and `role` go together: Zoom takes both or neither".into());
        }
        out.extend(role("role"));
        if let (Some(Value::String(app)), Some(Value::String(sdk))) =
            (payload.get("appKey"), payload.get("sdkKey"))
        {
            if app != sdk {
                out.push("`appKey` and `sdkKey` differ: both are the Client ID".into());
            }
        }
        if let Some(mn) = payload.get("mn") {
            let digits = match mn {
                Value::Number(n) => n.is_u64(),
                Value::String(s) => !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()),
                _ => false,
            };
            if !digits {
                out.push(format!("`mn` must be the meeting number, found {mn}"));
            }
        }
        if let (Some(iat), Some(token_exp)) = (time("iat"), time("tokenExp")) {
            if token_exp < iat.saturating_add(MIN_LIFETIME) {
                out.push("`tokenExp` must be at least iat + 30m".into());
            }
        }
    }
    if !meeting && !video {
        out.push(
            "neither a Meeting SDK signature (appKey/sdkKey, tokenExp) nor a Video SDK one \
             (app_key, tpc, version)"
                .into(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mint::{MintOptions, Minter};
    use crate::providers::test_support::values;
    use crate::time::{Expiry, TimeOptions, TimeSpec};
    use serde_json::json;

    const NOW: i64 = 1_800_000_000;

    fn mint_with(pairs: &[(&Opt, &str)], options: &MintOptions) -> Result<Map<String, Value>> {
        let minter = Minter::new(&SERVICE, &values(pairs), options)?;
        let payload = minter.payload(None, &KeyFacts::default(), NOW)?;
        minter.provider.check(&payload)?;
        Ok(payload)
    }

    fn mint(pairs: &[(&Opt, &str)]) -> Result<Map<String, Value>> {
        mint_with(pairs, &MintOptions::default())
    }

    fn error(pairs: &[(&Opt, &str)]) -> String {
        format!("{:#}", mint(pairs).unwrap_err())
    }

    const IAT: i64 = NOW - 30;

    #[test]
    fn meeting_sdk_payload_is_the_samples() {
        // meetingsdk-auth-endpoint-sample: appKey = sdkKey = the key, mn, role, iat = now - 30,
        // exp = iat + 2h, tokenExp = exp.
        let payload = mint(&[
            (&SDK, "meeting"),
            (&SDK_KEY, "abcKEY123"),
            (&MEETING_NUMBER, "812 3456 7890"),
        ])
        .unwrap();
        assert_eq!(
            Value::Object(payload.clone()),
            json!({"appKey": "abcKEY123", "sdkKey": "abcKEY123", "mn": "81234567890",
                   "role": 0, "iat": IAT, "exp": IAT + 7200, "tokenExp": IAT + 7200})
        );
        assert!(SERVICE.problems(&hs256(), &payload).is_empty());
        let host = mint(&[
            (&SDK, "meeting"),
            (&SDK_KEY, "k"),
            (&MEETING_NUMBER, "123456789"),
            (&HOST, ""),
        ])
        .unwrap();
        assert_eq!(host["role"], 1);
        // No meeting: no mn and no role (a native SDK's init token).
        let init = mint(&[(&SDK, "meeting"), (&SDK_KEY, "k")]).unwrap();
        assert!(!init.contains_key("mn") && !init.contains_key("role"));
        assert_eq!(init["tokenExp"], init["exp"]);
    }

    #[test]
    fn video_sdk_payload_is_the_samples() {
        // videosdk-auth-endpoint-sample: app_key, role_type, tpc, version 1, iat, exp.
        let payload = mint(&[
            (&SDK, "video"),
            (&SDK_KEY, "vKEY"),
            (&SESSION, "standup"),
            (&HOST, ""),
            (&USER_IDENTITY, "ann"),
            (&SESSION_KEY, "s-1"),
        ])
        .unwrap();
        assert_eq!(
            Value::Object(payload.clone()),
            json!({"app_key": "vKEY", "tpc": "standup", "role_type": 1, "version": 1,
                   "user_identity": "ann", "session_key": "s-1",
                   "iat": IAT, "exp": IAT + 7200})
        );
        assert!(SERVICE.problems(&hs256(), &payload).is_empty());
        let participant = mint(&[(&SDK, "video"), (&SDK_KEY, "k"), (&SESSION, "t")]).unwrap();
        assert_eq!(participant["role_type"], 0);
    }

    #[test]
    fn lifetime_window() {
        let pairs = [(&SDK, "video"), (&SDK_KEY, "k"), (&SESSION, "t")];
        let with_expiry = |expiry| {
            mint_with(
                &pairs,
                &MintOptions {
                    time: TimeOptions {
                        expiry,
                        ..Default::default()
                    },
                    ..Default::default()
                },
            )
        };
        assert!(with_expiry(Expiry::In(1800)).is_ok());
        assert!(with_expiry(Expiry::In(172_800)).is_ok());
        let short = format!("{:#}", with_expiry(Expiry::In(1799)).unwrap_err());
        assert!(short.contains("under 30m"), "{short}");
        let long = format!("{:#}", with_expiry(Expiry::In(172_801)).unwrap_err());
        assert!(long.contains("longer than 2d"), "{long}");
        assert!(with_expiry(Expiry::Never).is_err());
        let explicit_iat = mint_with(
            &pairs,
            &MintOptions {
                time: TimeOptions {
                    iat: Some(TimeSpec::At(NOW)),
                    ..Default::default()
                },
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(explicit_iat["iat"], NOW);
        let no_iat = mint_with(
            &pairs,
            &MintOptions {
                time: TimeOptions {
                    no_iat: true,
                    ..Default::default()
                },
                ..Default::default()
            },
        );
        assert!(no_iat.is_err());
    }

    #[test]
    fn refusals() {
        assert!(error(&[(&SDK, "video"), (&SDK_KEY, "k")]).contains("needs --session"));
        assert!(error(&[
            (&SDK, "video"),
            (&SDK_KEY, "k"),
            (&SESSION, &"x".repeat(201))
        ])
        .contains("201 characters"));
        assert!(error(&[
            (&SDK, "video"),
            (&SDK_KEY, "k"),
            (&SESSION, "t"),
            (&MEETING_NUMBER, "123")
        ])
        .contains("--meeting-number is for --sdk meeting"));
        assert!(error(&[
            (&SDK, "video"),
            (&SDK_KEY, "k"),
            (&SESSION, "t"),
            (&USER_IDENTITY, &"u".repeat(35))
        ])
        .contains("fewer than 35"));
        assert!(error(&[
            (&SDK, "video"),
            (&SDK_KEY, "k"),
            (&SESSION, "t"),
            (&SESSION_KEY, &"s".repeat(36))
        ])
        .contains("fewer than 36"));
        assert!(error(&[(&SDK, "meeting"), (&SDK_KEY, "k"), (&HOST, "")])
            .contains("--host needs --meeting-number"));
        assert!(
            error(&[(&SDK, "meeting"), (&SDK_KEY, "k"), (&SESSION, "t")])
                .contains("--session is for --sdk video")
        );
        assert!(
            error(&[(&SDK, "meeting"), (&SDK_KEY, "k"), (&MEETING_NUMBER, "12a")])
                .contains("not a meeting number")
        );
        assert!(error(&[(&SDK, "meeting"), (&SDK_KEY, " ")]).contains("must not be empty"));
        assert!(error(&[(&SDK_KEY, "k")]).contains("--sdk is required"));
        for (name, value) in [("role", "1"), ("role_type", "1")] {
            let options = MintOptions {
                claims: vec![format!("{name}:={value}").parse().unwrap()],
                ..Default::default()
            };
            let found = format!(
                "{:#}",
                mint_with(
                    &[(&SDK, "video"), (&SDK_KEY, "k"), (&SESSION, "t")],
                    &options
                )
                .unwrap_err()
            );
            assert!(
                found.contains(&format!("refusing claim `{name}`")),
                "{found}"
            );
        }
        // A fixed claim cannot be changed through --claim.
        let options = MintOptions {
            claims: vec!["tpc=other".parse().unwrap()],
            ..Default::default()
        };
        assert!(mint_with(
            &[(&SDK, "video"), (&SDK_KEY, "k"), (&SESSION, "t")],
            &options
        )
        .is_err());
    }

    #[test]
    fn hex_secrets_are_noticed() {
        assert!(looks_like_hex(b"0123456789abcdefABCDEF0123456789"));
        assert!(!looks_like_hex(b"0123456789abcdef0123456789abcde"));
        assert!(!looks_like_hex(b"vF3xK9pQ2mZ7wL1cT8yR4nB6hJ0dS5aE"));
        assert!(!looks_like_hex(b""));
        // The text is the key either way.
        assert_eq!(*secret_text(b"abcd").unwrap().0, b"abcd".to_vec());
    }

    fn hs256() -> Map<String, Value> {
        json!({"alg": "HS256", "typ": "JWT"})
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn inspect_lints_broken_signatures() {
        let p = |payload: Value| SERVICE.problems(&hs256(), payload.as_object().unwrap());
        let found = p(
            json!({"app_key": "k", "tpc": "", "role_type": "1", "version": 2,
                             "iat": 1000, "exp": 2000, "user_identity": "x".repeat(40)}),
        )
        .join("\n");
        for expected in [
            "`role_type` must be a whole JSON number, found a string",
            "`role_type` must be 0 or 1",
            "`tpc` must be 1 to 200",
            "`version` must be 1",
            "Zoom refuses under 30m",
            "`user_identity` must be a string under 35",
        ] {
            assert!(found.contains(expected), "{expected}: {found}");
        }
        let found = p(
            json!({"appKey": "a", "sdkKey": "b", "mn": "12x", "iat": 1000,
                             "exp": 9000, "tokenExp": 2000}),
        )
        .join("\n");
        for expected in [
            "`mn` and `role` go together",
            "`appKey` and `sdkKey` differ",
            "`mn` must be the meeting number",
            "`tokenExp` must be at least iat + 30m",
        ] {
            assert!(found.contains(expected), "{expected}: {found}");
        }
        // Times at the ends of i64 do not overflow.
        let extreme = p(
            json!({"app_key": "k", "tpc": "t", "role_type": 0, "version": 1,
                               "iat": i64::MAX, "exp": i64::MIN}),
        )
        .join("\n");
        assert!(extreme.contains("Zoom refuses under 30m"), "{extreme}");
        let extreme =
            p(json!({"appKey": "k", "tokenExp": 0, "iat": i64::MAX, "exp": 0})).join("\n");
        assert!(extreme.contains("`tokenExp` must be at least"), "{extreme}");
        let over = SERVICE
            .problems(&hs256(), json!({"app_key": "k", "tpc": "t", "role_type": 0, "version": 1, "iat": 0, "exp": 172_801}).as_object().unwrap())
            .join("\n");
        assert!(over.contains("longer than 2d"), "{over}");
    }

    #[test]
    fn inspect_guesses_zoom_and_only_zoom() {
        use crate::providers::test_support::guess;
        let meeting = mint(&[(&SDK, "meeting"), (&SDK_KEY, "k"), (&MEETING_NUMBER, "1")]).unwrap();
        assert_eq!(guess("HS256", Value::Object(meeting)), Some("zoom"));
        let video = mint(&[(&SDK, "video"), (&SDK_KEY, "k"), (&SESSION, "t")]).unwrap();
        assert_eq!(guess("HS256", Value::Object(video.clone())), Some("zoom"));
        // Zoom signs only with HS256.
        assert_ne!(guess("RS256", Value::Object(video)), Some("zoom"));
        assert_ne!(guess("HS256", json!({"sub": "x", "role": 1})), Some("zoom"));
    }
}
