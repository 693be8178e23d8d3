//! Twilio Access Tokens: what a Twilio client SDK (Video, Voice, Conversations/Chat, Sync,
//! TaskRouter) is handed to act for one user.
//!
//! HS256 (HS384 and HS512 too, which the npm SDK offers) with the text of an API Key's
//! **secret**; header `typ: JWT`, `cty: "twilio-fpa;v=1"` and, for a region, `twr`. Claims: `iss`
//! = the API Key SID (`SK…`), `sub` = the Account SID (`AC…`), `jti` = `SK…-<iat>` (as both SDKs
//! write it), `iat`, `exp` (1 hour by default; Twilio refuses more than 24 hours, error 20157)
//! and `grants`: `identity` and one object per product, named as Twilio names them — `video`
//! {room}, `voice` {incoming {allow}, outgoing {application_sid, params}, push_credential_sid},
//! `chat` {service_sid, push_credential_sid} (also Conversations), `data_sync` {service_sid}
//! (not `sync`), `task_router` {workspace_sid, worker_sid, role}.
//!
//! Every grant and the identity grant rights: `grants` is refused in `--claim`, and each grant
//! has its own flag, taken only from the command line or a batch line.
//!
//! Checked by PyPI `twilio`'s own `twilio.jwt.Jwt.from_jwt` and against the tokens its
//! `AccessToken` mints from the same inputs (`tests/services/twilio/`).

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::{
    json_kind, AlgRules, Family, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service,
    ServiceClaims, Transport, Values, WARNING,
};
use crate::claims::Assignment;
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// The header `cty` Twilio reads an Access Token by.
pub const CONTENT_TYPE: &str = "twilio-fpa;v=1";
/// The longest lifetime Twilio accepts (error 20157).
pub const MAX_LIFETIME: i64 = 24 * 3600;

/// The grant names Twilio's SDKs write, with what each holds.
const GRANTS: &[&str] = &[
    "identity",
    "video",
    "voice",
    "chat",
    "data_sync",
    "task_router",
    "player",
    // Legacy names older SDKs wrote.
    "ip_messaging",
    "rtc",
];

const ACCOUNT_SID: Opt = Opt::text(
    "account-sid",
    "SID",
    "The Account SID (sub): AC followed by 32 hex digits.",
)
.required();
const API_KEY: Opt = Opt::text(
    "api-key",
    "SID",
    "The API Key SID (iss): SK followed by 32 hex digits. The secret is that API Key's secret \
     (--secret-file), not the account's Auth Token.",
)
.required();
const IDENTITY: Opt = Opt::text(
    "identity",
    "ID",
    "The user the token acts for (grants.identity); required with every grant but TaskRouter's.",
)
.grants_rights();
const VIDEO_ROOM: Opt = Opt::text(
    "video-room",
    "ROOM",
    "Video grant: join this room (video.room); without a value, any room.",
)
.with_kind(Kind::MaybeText)
.grants_rights();
const VOICE_APP: Opt = Opt::text(
    "voice-app",
    "SID",
    "Voice grant: outgoing calls through this TwiML App (voice.outgoing.application_sid).",
)
.grants_rights();
const VOICE_PARAM: Opt = Opt::text(
    "voice-param",
    "KEY=VALUE",
    "Voice grant: a parameter passed to the TwiML App's voice URL (voice.outgoing.params); \
     repeatable, needs --voice-app.",
)
.with_kind(Kind::Assign)
.grants_rights();
const VOICE_INCOMING: Opt = Opt::switch(
    "voice-incoming",
    "Voice grant: receive incoming calls to the identity (voice.incoming.allow).",
)
.grants_rights();
const VOICE_PUSH_CREDENTIAL: Opt = Opt::text(
    "voice-push-credential",
    "SID",
    "Voice grant: the push credential for incoming-call notifications (voice.push_credential_sid).",
)
.grants_rights();
const CHAT_SERVICE: Opt = Opt::text(
    "chat-service",
    "SID",
    "Chat grant, also for Conversations: the service (chat.service_sid).",
)
.grants_rights();
const CHAT_PUSH_CREDENTIAL: Opt = Opt::text(
    "chat-push-credential",
    "SID",
    "Chat grant: the push credential for notifications (chat.push_credential_sid); needs \
     --chat-service.",
)
.grants_rights();
const SYNC_SERVICE: Opt = Opt::text(
    "sync-service",
    "SID",
    "Sync grant: the Sync service (data_sync.service_sid; Twilio names the grant data_sync).",
)
.grants_rights();
const TASK_ROUTER_WORKSPACE: Opt = Opt::text(
    "task-router-workspace",
    "SID",
    "TaskRouter grant: the workspace (task_router.workspace_sid); needs --task-router-worker.",
)
.grants_rights();
const TASK_ROUTER_WORKER: Opt = Opt::text(
    "task-router-worker",
    "SID",
    "TaskRouter grant: the worker (task_router.worker_sid).",
)
.grants_rights();
const TASK_ROUTER_ROLE: Opt = Opt::text(
    "task-router-role",
    "ROLE",
    "TaskRouter grant: the worker's role (task_router.role), as Flex names it.",
)
.grants_rights();
const REGION: Opt = Opt::text(
    "region",
    "REGION",
    "The Twilio region the token is for (header twr), like ie1 or au1; none: the default (us1).",
);

const GUARDED: &[GuardedClaim] = &[GuardedClaim {
    name: "grants",
    reason: "grants give the token's rights; use --identity and the grant options \
             (--video-room, --voice-app, --chat-service, --sync-service, --task-router-*)",
}];

pub static SERVICE: Service = Service {
    name: "twilio",
    family: Family::Media,
    title: "Twilio",
    about: "Twilio Access Token, for the Video, Voice, Conversations/Chat, Sync and TaskRouter \
            client SDKs.\n\n\
            HS256 (also HS384, HS512) with the text of the API Key's secret (--secret-file, \
            JWTMINT_SECRET or the prompt), header cty: twilio-fpa;v=1 (and twr with --region). \
            Claims: iss = --api-key (SK…), sub = --account-sid (AC…), jti = SK…-iat, iat, exp \
            (default 1h, at most 24h: Twilio error 20157) and grants: identity (--identity) and one \
            grant per option: video (--video-room), voice (--voice-app, --voice-param, \
            --voice-incoming, --voice-push-credential), chat (--chat-service, \
            --chat-push-credential), data_sync (--sync-service), task_router \
            (--task-router-workspace, --task-router-worker, --task-router-role). Each grant option \
            and --identity grant rights: they are read from the command line or a batch line \
            only. Refused in --claim/--claims-file: grants.",
    example: "\
Example (the API Key's secret in twilio_api_secret.txt):
  jwtmint twilio --account-sid \"$TWILIO_ACCOUNT_SID\" --api-key \"$TWILIO_API_KEY\" \\
    --secret-file twilio_api_secret.txt --identity alice --video-room standup
Use it: Twilio.Video.connect(TOKEN, { name: 'standup' }) in the browser,
  new Device(TOKEN) (Voice), new Client(TOKEN) (Conversations), new SyncClient(TOKEN) (Sync).",
    options: &[
        ACCOUNT_SID,
        API_KEY,
        IDENTITY,
        VIDEO_ROOM,
        VOICE_APP,
        VOICE_PARAM,
        VOICE_INCOMING,
        VOICE_PUSH_CREDENTIAL,
        CHAT_SERVICE,
        CHAT_PUSH_CREDENTIAL,
        SYNC_SERVICE,
        TASK_ROUTER_WORKSPACE,
        TASK_ROUTER_WORKER,
        TASK_ROUTER_ROLE,
        REGION,
    ],
    algs: AlgRules {
        allowed: &[Alg::HS256, Alg::HS384, Alg::HS512],
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        default: Some(3600),
        may_omit: false,
        max_lifetime: Some(MAX_LIFETIME),
        requires_iat: true,
        ..ExpiryRules::NONE
    },
    guarded: GUARDED,
    // The token goes to a client SDK; `{"token": …}` is what Twilio's token-server samples return.
    formats: &[Format::Token, Format::Json, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Twilio::from_values(values)?)),
    recognise: |header, payload| {
        header.get("cty").and_then(Value::as_str) == Some(CONTENT_TYPE)
            || (payload.get("grants").is_some_and(Value::is_object)
                && payload
                    .get("iss")
                    .and_then(Value::as_str)
                    .is_some_and(|iss| iss.starts_with("SK")))
    },
    lint: problems,
};

/// Whether `value` is a Twilio SID of this kind: the two-letter prefix and 32 hex digits.
fn is_sid(prefix: &str, value: &str) -> bool {
    value.len() == 34
        && value.starts_with(prefix)
        && value[2..].bytes().all(|b| b.is_ascii_hexdigit())
}

fn sid(opt: &Opt, prefix: &str, value: &str) -> Result<Value> {
    if is_sid(prefix, value) {
        Ok(value.into())
    } else {
        bail!(UsageError::new(format!(
            "{} `{value}` is not a Twilio SID: {prefix} followed by 32 hex digits",
            opt.flag()
        )))
    }
}

#[derive(Debug, Clone, Default)]
pub struct Twilio {
    pub account_sid: String,
    pub api_key: String,
    pub identity: Option<String>,
    /// `None`: no video grant; `Some(None)`: any room.
    pub video_room: Option<Option<String>>,
    pub voice_app: Option<String>,
    pub voice_params: Vec<Assignment>,
    pub voice_incoming: bool,
    pub voice_push_credential: Option<String>,
    pub chat_service: Option<String>,
    pub chat_push_credential: Option<String>,
    pub sync_service: Option<String>,
    pub task_router_workspace: Option<String>,
    pub task_router_worker: Option<String>,
    pub task_router_role: Option<String>,
    pub region: Option<String>,
}

impl Twilio {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(Twilio {
            account_sid: values.require(&ACCOUNT_SID)?,
            api_key: values.require(&API_KEY)?,
            identity: values.text(&IDENTITY),
            video_room: values.maybe_text(&VIDEO_ROOM),
            voice_app: values.text(&VOICE_APP),
            voice_params: values.assignments(&VOICE_PARAM),
            voice_incoming: values.switch(&VOICE_INCOMING),
            voice_push_credential: values.text(&VOICE_PUSH_CREDENTIAL),
            chat_service: values.text(&CHAT_SERVICE),
            chat_push_credential: values.text(&CHAT_PUSH_CREDENTIAL),
            sync_service: values.text(&SYNC_SERVICE),
            task_router_workspace: values.text(&TASK_ROUTER_WORKSPACE),
            task_router_worker: values.text(&TASK_ROUTER_WORKER),
            task_router_role: values.text(&TASK_ROUTER_ROLE),
            region: values.text(&REGION),
        })
    }

    fn grants(&self) -> Result<Map<String, Value>> {
        let mut grants = Map::new();
        if let Some(room) = &self.video_room {
            let mut video = Map::new();
            match room.as_deref() {
                Some("") => bail!(UsageError::new(
                    "--video-room needs a room name, or no value for any room"
                )),
                Some(room) => {
                    video.insert("room".into(), room.into());
                }
                None => {}
            }
            grants.insert("video".into(), Value::Object(video));
        }
        if let Some(voice) = self.voice()? {
            grants.insert("voice".into(), Value::Object(voice));
        }
        if let Some(service) = &self.chat_service {
            let mut chat = Map::new();
            chat.insert("service_sid".into(), sid(&CHAT_SERVICE, "IS", service)?);
            if let Some(credential) = &self.chat_push_credential {
                chat.insert(
                    "push_credential_sid".into(),
                    sid(&CHAT_PUSH_CREDENTIAL, "CR", credential)?,
                );
            }
            grants.insert("chat".into(), Value::Object(chat));
        } else if self.chat_push_credential.is_some() {
            bail!(UsageError::new(
                "--chat-push-credential needs --chat-service (the chat grant's service)"
            ));
        }
        if let Some(service) = &self.sync_service {
            let mut sync = Map::new();
            sync.insert("service_sid".into(), sid(&SYNC_SERVICE, "IS", service)?);
            grants.insert("data_sync".into(), Value::Object(sync));
        }
        if let Some(task_router) = self.task_router()? {
            grants.insert("task_router".into(), Value::Object(task_router));
        }
        if grants.is_empty() {
            bail!(UsageError::new(
                "the token grants nothing: pass a grant (--video-room, --voice-app, \
                 --voice-incoming, --chat-service, --sync-service, --task-router-workspace)"
            ));
        }
        let needs_identity = grants.keys().any(|name| name != "task_router");
        match &self.identity {
            Some(identity) if identity.is_empty() => {
                bail!(UsageError::new("--identity must not be empty"))
            }
            Some(identity) => {
                grants.insert("identity".into(), identity.as_str().into());
            }
            None if needs_identity => bail!(UsageError::new(
                "--identity is required with a video, voice, chat or sync grant: Twilio \
                 refuses such a token without one"
            )),
            None => {}
        }
        Ok(grants)
    }

    fn voice(&self) -> Result<Option<Map<String, Value>>> {
        let mut voice = Map::new();
        if self.voice_incoming {
            let mut incoming = Map::new();
            incoming.insert("allow".into(), true.into());
            voice.insert("incoming".into(), Value::Object(incoming));
        }
        if let Some(app) = &self.voice_app {
            let mut outgoing = Map::new();
            outgoing.insert("application_sid".into(), sid(&VOICE_APP, "AP", app)?);
            if !self.voice_params.is_empty() {
                let mut params = Map::new();
                for Assignment { key, value } in &self.voice_params {
                    params.insert(key.clone(), value.clone());
                }
                outgoing.insert("params".into(), Value::Object(params));
            }
            voice.insert("outgoing".into(), Value::Object(outgoing));
        } else if !self.voice_params.is_empty() {
            bail!(UsageError::new(
                "--voice-param needs --voice-app: the parameters go to that TwiML App"
            ));
        }
        if let Some(credential) = &self.voice_push_credential {
            voice.insert(
                "push_credential_sid".into(),
                sid(&VOICE_PUSH_CREDENTIAL, "CR", credential)?,
            );
        }
        Ok((!voice.is_empty()).then_some(voice))
    }

    fn task_router(&self) -> Result<Option<Map<String, Value>>> {
        let (workspace, worker) = match (&self.task_router_workspace, &self.task_router_worker) {
            (None, None) if self.task_router_role.is_none() => return Ok(None),
            (Some(workspace), Some(worker)) => (workspace, worker),
            _ => bail!(UsageError::new(
                "the TaskRouter grant needs --task-router-workspace and --task-router-worker"
            )),
        };
        let mut task_router = Map::new();
        task_router.insert(
            "workspace_sid".into(),
            sid(&TASK_ROUTER_WORKSPACE, "WS", workspace)?,
        );
        task_router.insert("worker_sid".into(), sid(&TASK_ROUTER_WORKER, "WK", worker)?);
        if let Some(role) = &self.task_router_role {
            if role.is_empty() {
                bail!(UsageError::new("--task-router-role must not be empty"));
            }
            task_router.insert("role".into(), role.as_str().into());
        }
        Ok(Some(task_router))
    }
}

impl Provider for Twilio {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let mut fixed = Map::new();
        fixed.insert("iss".into(), sid(&API_KEY, "SK", &self.api_key)?);
        fixed.insert("sub".into(), sid(&ACCOUNT_SID, "AC", &self.account_sid)?);
        fixed.insert("grants".into(), Value::Object(self.grants()?));
        if let Some(region) = &self.region {
            let valid = matches!(region.as_bytes(), [a, b, digit]
                if a.is_ascii_lowercase() && b.is_ascii_lowercase() && digit.is_ascii_digit());
            if !valid {
                bail!(UsageError::new(format!(
                    "--region `{region}` is not a Twilio region (like ie1, au1, us1)"
                )));
            }
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn finish(&self, payload: &mut Map<String, Value>) -> Result<()> {
        // As both SDKs write it; a jti from --claim is kept.
        if !payload.contains_key("jti") {
            let Some(iat) = payload.get("iat").and_then(Value::as_i64) else {
                bail!("Twilio's jti is the API key and iat: iat is needed");
            };
            payload.insert("jti".into(), format!("{}-{iat}", self.api_key).into());
        }
        Ok(())
    }

    fn header(&self, _key: &KeyFacts) -> Result<Map<String, Value>> {
        let mut header = Map::new();
        header.insert("cty".into(), CONTENT_TYPE.into());
        if let Some(region) = &self.region {
            header.insert("twr".into(), region.as_str().into());
        }
        Ok(header)
    }
}

/// What Twilio would refuse or ignore in an Access Token, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    match header.get("cty").and_then(Value::as_str) {
        Some(CONTENT_TYPE) => {}
        _ => out.push(format!(
            "header `cty` must be \"{CONTENT_TYPE}\": Twilio reads Access Tokens by it"
        )),
    }
    let text = |name: &str| payload.get(name).and_then(Value::as_str);
    if !text("iss").is_some_and(|iss| is_sid("SK", iss)) {
        out.push(
            "`iss` must be the API Key SID (SK…): Twilio finds the signing secret by it".into(),
        );
    }
    if !text("sub").is_some_and(|sub| is_sid("AC", sub)) {
        out.push("`sub` must be the Account SID (AC…)".into());
    }
    if !payload.contains_key("jti") {
        out.push(format!(
            "{WARNING}`jti` missing: Twilio's SDKs write SK…-iat"
        ));
    }
    for name in ["iat", "exp", "nbf"] {
        if let Some(value) = payload.get(name) {
            if !value.is_i64() {
                out.push(format!(
                    "`{name}` must be a whole number of seconds, found {value}"
                ));
            }
        }
    }
    let grants = match payload.get("grants") {
        Some(Value::Object(grants)) => grants,
        Some(other) => {
            out.push(format!(
                "`grants` must be an object, found {}",
                json_kind(other)
            ));
            return out;
        }
        None => {
            out.push("`grants` missing: the token grants nothing".into());
            return out;
        }
    };
    for (name, value) in grants {
        if name == "sync" {
            out.push("grant `sync`: Twilio names the Sync grant `data_sync`".into());
        } else if !GRANTS.contains(&name.as_str()) {
            out.push(format!(
                "{WARNING}grant `{name}` is not one Twilio's SDKs write ({}); Twilio may ignore it",
                GRANTS.join(", ")
            ));
        } else if name == "identity" {
            if value.as_str().is_none_or(str::is_empty) {
                out.push("`grants.identity` must be a non-empty string".into());
            }
        } else if name != "player" && !value.is_object() {
            out.push(format!(
                "grant `{name}` must be an object, found {}",
                json_kind(value)
            ));
        }
    }
    let needs_identity = ["video", "voice", "chat", "data_sync", "ip_messaging", "rtc"];
    if !grants.contains_key("identity") && needs_identity.iter().any(|g| grants.contains_key(*g)) {
        out.push("`grants.identity` missing: video, voice, chat and sync grants need it".into());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::Given;
    use super::*;
    use crate::mint::{MintOptions, Minter};
    use crate::providers::test_support;
    use serde_json::json;

    const AC: &str = "AC0123456789abcdef0123456789abcdef";
    const SK: &str = "SK0123456789abcdef0123456789abcdef";
    const AP: &str = "AP0123456789abcdef0123456789abcdef";
    const IS: &str = "IS0123456789abcdef0123456789abcdef";
    const CR: &str = "CR0123456789abcdef0123456789abcdef";
    const WS: &str = "WS0123456789abcdef0123456789abcdef";
    const WK: &str = "WK0123456789abcdef0123456789abcdef";
    const NOW: i64 = 1_800_000_000;

    /// The account and key SIDs, then `pairs`; `(&VIDEO_ROOM, "")` is `--video-room` without a
    /// value, which a (flag, text) pair cannot say otherwise.
    fn values(pairs: &[(&Opt, &str)]) -> Values {
        let bare_room =
            |(opt, text): &&(&Opt, &str)| opt.long == VIDEO_ROOM.long && text.is_empty();
        let all: Vec<(&Opt, &str)> = [(&ACCOUNT_SID, AC), (&API_KEY, SK)]
            .iter()
            .chain(pairs.iter().filter(|pair| !bare_room(pair)))
            .copied()
            .collect();
        let values = test_support::values(&all);
        if pairs.iter().any(|pair| bare_room(&pair)) {
            values.with(&VIDEO_ROOM, Given::Bare)
        } else {
            values
        }
    }

    fn mint_with(pairs: &[(&Opt, &str)], options: &MintOptions) -> Result<Map<String, Value>> {
        let minter = Minter::new(&SERVICE, &values(pairs), options)?;
        minter.payload(None, &KeyFacts::default(), NOW)
    }

    fn mint(pairs: &[(&Opt, &str)]) -> Result<Map<String, Value>> {
        mint_with(pairs, &MintOptions::default())
    }

    fn error(pairs: &[(&Opt, &str)]) -> String {
        format!("{:#}", mint(pairs).unwrap_err())
    }

    #[test]
    fn exact_payload_with_every_grant() {
        let payload = mint(&[
            (&IDENTITY, "alice"),
            (&VIDEO_ROOM, "standup"),
            (&VOICE_APP, AP),
            (&VOICE_PARAM, "team=ops"),
            (&VOICE_INCOMING, ""),
            (&VOICE_PUSH_CREDENTIAL, CR),
            (&CHAT_SERVICE, IS),
            (&CHAT_PUSH_CREDENTIAL, CR),
            (&SYNC_SERVICE, IS),
            (&TASK_ROUTER_WORKSPACE, WS),
            (&TASK_ROUTER_WORKER, WK),
            (&TASK_ROUTER_ROLE, "agent"),
        ])
        .unwrap();
        assert_eq!(
            Value::Object(payload.clone()),
            json!({
                "iss": SK, "sub": AC, "jti": format!("{SK}-{NOW}"), "iat": NOW, "exp": NOW + 3600,
                "grants": {
                    "identity": "alice",
                    "video": {"room": "standup"},
                    "voice": {"incoming": {"allow": true},
                              "outgoing": {"application_sid": AP, "params": {"team": "ops"}},
                              "push_credential_sid": CR},
                    "chat": {"service_sid": IS, "push_credential_sid": CR},
                    "data_sync": {"service_sid": IS},
                    "task_router": {"workspace_sid": WS, "worker_sid": WK, "role": "agent"}
                }
            })
        );
        assert!(SERVICE.problems(&header(None), &payload).is_empty());
    }

    #[test]
    fn any_room_and_header() {
        let payload = mint(&[(&IDENTITY, "alice"), (&VIDEO_ROOM, "")]).unwrap();
        assert_eq!(payload["grants"], json!({"identity": "alice", "video": {}}));
        let twilio = Twilio::from_values(&values(&[(&REGION, "ie1")])).unwrap();
        assert_eq!(
            Value::Object(twilio.header(&KeyFacts::default()).unwrap()),
            json!({"cty": "twilio-fpa;v=1", "twr": "ie1"})
        );
        // A task router token needs no identity.
        let worker = mint(&[(&TASK_ROUTER_WORKSPACE, WS), (&TASK_ROUTER_WORKER, WK)]).unwrap();
        assert!(!worker["grants"]
            .as_object()
            .unwrap()
            .contains_key("identity"));
    }

    #[test]
    fn refusals() {
        assert!(error(&[(&IDENTITY, "alice")]).contains("grants nothing"));
        assert!(error(&[(&VIDEO_ROOM, "r")]).contains("--identity is required"));
        assert!(error(&[(&IDENTITY, ""), (&VIDEO_ROOM, "r")]).contains("must not be empty"));
        assert!(error(&[(&IDENTITY, "a"), (&VOICE_APP, "AP12")]).contains("not a Twilio SID"));
        assert!(error(&[(&IDENTITY, "a"), (&CHAT_SERVICE, AP)]).contains("IS followed by"));
        assert!(error(&[
            (&IDENTITY, "a"),
            (&VOICE_PARAM, "k=v"),
            (&VOICE_INCOMING, "")
        ])
        .contains("--voice-param needs --voice-app"));
        assert!(error(&[(&IDENTITY, "a"), (&CHAT_PUSH_CREDENTIAL, CR)])
            .contains("needs --chat-service"));
        assert!(error(&[(&TASK_ROUTER_WORKSPACE, WS)]).contains("--task-router-worker"));
        for region in ["Ireland", "aé", "IE1"] {
            assert!(
                error(&[(&IDENTITY, "a"), (&VIDEO_ROOM, ""), (&REGION, region)])
                    .contains("not a Twilio region")
            );
        }
        let swapped = Values::new()
            .with(&ACCOUNT_SID, Given::Text(SK.into()))
            .with(&API_KEY, Given::Text(AC.into()))
            .with(&IDENTITY, Given::Text("a".into()))
            .with(&VIDEO_ROOM, Given::Bare);
        let defaults = MintOptions::default();
        let minter = Minter::new(&SERVICE, &swapped, &defaults).unwrap();
        assert!(format!(
            "{:#}",
            minter.payload(None, &KeyFacts::default(), NOW).unwrap_err()
        )
        .contains("--api-key"));
        let with = |claim: &str, time: crate::time::TimeOptions| {
            mint_with(
                &[(&IDENTITY, "a"), (&VIDEO_ROOM, "")],
                &MintOptions {
                    claims: if claim.is_empty() {
                        Vec::new()
                    } else {
                        vec![claim.parse().unwrap()]
                    },
                    time,
                    ..Default::default()
                },
            )
        };
        let refused = format!("{:#}", with("grants:={}", Default::default()).unwrap_err());
        assert!(refused.contains("refusing claim `grants`"), "{refused}");
        let long = crate::time::TimeOptions {
            expiry: crate::time::Expiry::In(MAX_LIFETIME + 1),
            ..Default::default()
        };
        assert!(format!("{:#}", with("", long).unwrap_err()).contains("longer than 1d"));
        let never = crate::time::TimeOptions {
            expiry: crate::time::Expiry::Never,
            ..Default::default()
        };
        assert!(with("", never).is_err());
        let no_iat = crate::time::TimeOptions {
            no_iat: true,
            ..Default::default()
        };
        assert!(with("", no_iat).is_err());
        // A jti of the user's own is kept.
        assert_eq!(with("jti=mine", Default::default()).unwrap()["jti"], "mine");
    }

    fn header(cty: Option<&str>) -> Map<String, Value> {
        let mut header = json!({"alg": "HS256", "typ": "JWT"})
            .as_object()
            .unwrap()
            .clone();
        header.insert("cty".into(), cty.unwrap_or(CONTENT_TYPE).into());
        header
    }

    #[test]
    fn inspect_lints_broken_tokens() {
        let broken = json!({"iss": AC, "sub": "AC1", "iat": 1.5, "exp": 100,
                            "grants": {"sync": {}, "videos": {}, "video": "r", "identity": ""}});
        let found = SERVICE
            .problems(&header(Some("JWT")), broken.as_object().unwrap())
            .join("\n");
        for expected in [
            "header `cty` must be \"twilio-fpa;v=1\"",
            "`iss` must be the API Key SID",
            "`sub` must be the Account SID",
            "`jti` missing",
            "`iat` must be a whole number",
            "Twilio names the Sync grant `data_sync`",
            "grant `videos` is not one",
            "grant `video` must be an object",
            "`grants.identity` must be a non-empty string",
        ] {
            assert!(found.contains(expected), "{expected}: {found}");
        }
        let found = SERVICE
            .problems(
                &header(None),
                json!({"iss": SK, "sub": AC, "jti": "x", "iat": 0, "exp": 90_000,
                       "grants": {"chat": {"service_sid": IS}}})
                .as_object()
                .unwrap(),
            )
            .join("\n");
        assert!(found.contains("`grants.identity` missing"), "{found}");
        assert!(found.contains("longer than 1d"), "{found}");
    }

    #[test]
    fn inspect_guesses_twilio_and_only_twilio() {
        use crate::providers::test_support::guess;
        let payload = mint(&[(&IDENTITY, "alice"), (&VIDEO_ROOM, "r")]).unwrap();
        assert_eq!(
            guess("HS256", Value::Object(payload.clone())),
            Some("twilio")
        );
        let header = header(None);
        assert!((SERVICE.recognise)(&header, &Map::new()));
        assert!(!(SERVICE.recognise)(
            json!({"alg": "HS256"}).as_object().unwrap(),
            json!({"iss": "APIkey", "video": {"room": "r"}})
                .as_object()
                .unwrap()
        ));
    }
}
