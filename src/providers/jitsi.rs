//! Jitsi Meet token authentication (prosody's `token` plugin): `iss` = app id, `aud`, `room`,
//! `sub`, and `context.user`/`context.features`, with a header that always says `typ: JWT`
//! (Jitsi answers "Invalid typ" otherwise). HS256/384/512 with the app secret's text, or
//! RS256/384/512 with a `kid` the ASAP key server serves the public key under.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::AlgRules;
use super::{
    json_kind, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims, Transport,
    Values, WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

const ALGORITHMS: &[Alg] = &[
    Alg::HS256,
    Alg::HS384,
    Alg::HS512,
    Alg::RS256,
    Alg::RS384,
    Alg::RS512,
];

/// The features prosody's token plugin reads from `context.features`.
const FEATURES: &[&str] = &[
    "livestreaming",
    "recording",
    "transcription",
    "outbound-call",
];

/// Below this lifetime a token is at risk: Jitsi checks `exp` and `nbf` with no leeway.
const SHORT: i64 = 300;

#[derive(Debug, Clone, Default)]
pub struct Jitsi {
    pub app_id: String,
    pub room: String,
    pub sub: String,
    pub aud: String,
    pub user_id: Option<String>,
    pub user_name: Option<String>,
    pub user_email: Option<String>,
    pub avatar: Option<String>,
    pub moderator: bool,
    pub features: Vec<String>,
    pub url: Option<String>,
    /// The 8x8 JaaS variant.
    pub jaas: bool,
}

/// Every JaaS app id starts with this.
const JAAS_PREFIX: &str = "vpaas-magic-cookie-";

const APP_ID: Opt = Opt::text(
    "app-id",
    "APP",
    "The app id of prosody's config (app_id), signed as iss.",
)
.required();
const ROOM: Opt = Opt::text(
    "room",
    "NAME",
    "The room the token opens (`*` for every room); Jitsi compares it in lower case.",
)
.required()
.names_user();
const SUB: Opt = Opt::text(
    "sub",
    "DOMAIN",
    "The tenant or domain (checked only with domain verification).",
)
.default("*");
const AUD: Opt = Opt::text("aud", "AUD", "The audience.").default("jitsi");
const USER_ID: Opt = Opt::text("user-id", "ID", "context.user.id.").names_user();
const USER_NAME: Opt = Opt::text("user-name", "NAME", "context.user.name (the display name).");
const USER_EMAIL: Opt = Opt::text("user-email", "EMAIL", "context.user.email.");
const AVATAR: Opt = Opt::text("avatar", "URL", "context.user.avatar (an image URL).");
const MODERATOR: Opt = Opt::switch(
    "moderator",
    "Make the user a moderator (context.user.moderator: true). Never the default.",
)
.grants_rights();
const FEATURE: Opt = Opt::text(
    "feature",
    "NAME",
    "Turn on a feature in context.features: livestreaming, recording, transcription, \
     outbound-call. Repeatable.",
)
.with_kind(Kind::List)
.grants_rights();
const JAAS: Opt = Opt::switch(
    "jaas",
    "8x8 JaaS (8x8.vc): iss \"chat\", sub = --app-id (vpaas-magic-cookie-…), RS256 with --kid \
     APP/KEYID, booleans in context as \"true\"/\"false\"; --format url without --url opens \
     https://8x8.vc/APP/ROOM.",
);
const URL: Opt = Opt::text(
    "url",
    "URL",
    "The Jitsi server (https://meet.example.com): prints URL/ROOM?jwt=TOKEN.",
);

pub static SERVICE: Service = Service {
    name: "jitsi",
    family: super::Family::Realtime,
    title: "Jitsi",
    about: "Jitsi Meet token authentication (prosody's token plugin): a token to enter a room.\n\n\
            The header always carries typ: JWT (Jitsi refuses a header without it, so --typ cannot \
            change it). iss = --app-id, aud default `jitsi`, sub default `*`, room required (`*` \
            allowed); --user-* fill context.user, --feature context.features; --moderator is never \
            defaulted. Algorithms: HS256 (default), HS384, HS512 with the app secret's text, or \
            RS256/384/512 with --key and a kid (--kid: the ASAP key server serves the public key \
            as sha256(kid).pem). Default expiry 1h; Jitsi checks exp and nbf with no clock leeway, \
            so jwtmint sets no nbf and warns below 5 minutes. --url prints URL/ROOM?jwt=TOKEN. \
            --jaas mints for 8x8 JaaS (iss chat, sub = the vpaas-magic-cookie app id, RS256 with \
            --kid APP/KEYID, booleans as strings). Jitsi's verifier (Lua in prosody) runs nowhere here: jwtmint follows its source.",
    example: "\
Example (the app secret in jitsi-secret.txt):
  jwtmint jitsi --app-id myapp --secret-file jitsi-secret.txt --room standup \\
    --user-name 'Test Bot' --url https://meet.example.com",
    options: &[
        APP_ID, ROOM, SUB, AUD, USER_ID, USER_NAME, USER_EMAIL, AVATAR, MODERATOR, FEATURE, JAAS, URL,
    ],
    algs: AlgRules {
        allowed: ALGORITHMS,
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        default: Some(3600),
        ..ExpiryRules::NONE
    },
    guarded: &[
        GuardedClaim {
            name: "context",
            reason: "it can make the user a moderator; use --user-*, --feature and --moderator",
        },
        GuardedClaim {
            name: "moderator",
            reason: "token moderation plugins make the user a moderator with it; use --moderator",
        },
        GuardedClaim {
            name: "room",
            reason: "it decides which rooms the token opens; use --room",
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
        url_param: Some(("jwt", "")),
        ..Transport::BEARER
    },
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Jitsi::from_values(values)?)),
    recognise: |_, payload| {
        payload.contains_key("room")
            && (payload.get("aud").and_then(Value::as_str) == Some("jitsi")
                || payload.get("context").is_some_and(Value::is_object))
    },
    lint: problems,
};

impl Jitsi {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(Jitsi {
            app_id: values.require(&APP_ID)?,
            room: values.require(&ROOM)?,
            sub: values.require(&SUB)?,
            aud: values.require(&AUD)?,
            user_id: values.text(&USER_ID),
            user_name: values.text(&USER_NAME),
            user_email: values.text(&USER_EMAIL),
            avatar: values.text(&AVATAR),
            moderator: values.switch(&MODERATOR),
            features: values.list(&FEATURE),
            url: values.text(&URL),
            jaas: values.switch(&JAAS),
        })
    }
}

impl Provider for Jitsi {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        for (flag, value) in [
            ("--app-id", &self.app_id),
            ("--room", &self.room),
            ("--sub", &self.sub),
            ("--aud", &self.aud),
        ] {
            if value.is_empty() {
                bail!(UsageError::new(format!("{flag} must not be empty")));
            }
        }
        if let Some(url) = &self.url {
            super::http_url("--url", url)?;
            if self.room == "*" {
                bail!(UsageError::new(
                    "--url needs a real room name: `*` is no room to open"
                ));
            }
        }
        let (iss, sub) = if self.jaas {
            if !self.app_id.starts_with(JAAS_PREFIX) || self.app_id.len() == JAAS_PREFIX.len() {
                bail!(UsageError::new(format!(
                    "--jaas: --app-id must be the JaaS app id, {JAAS_PREFIX}…"
                )));
            }
            if self.sub != "*" && self.sub != self.app_id {
                bail!(UsageError::new("--jaas sets sub to the app id: drop --sub"));
            }
            ("chat", self.app_id.as_str())
        } else {
            (self.app_id.as_str(), self.sub.as_str())
        };
        // JaaS wants its booleans as strings.
        let yes = || -> Value {
            if self.jaas {
                "true".into()
            } else {
                true.into()
            }
        };
        let mut fixed = Map::new();
        fixed.insert("iss".into(), iss.into());
        fixed.insert("aud".into(), self.aud.as_str().into());
        fixed.insert("sub".into(), sub.into());
        fixed.insert("room".into(), self.room.as_str().into());
        let mut user = Map::new();
        for (name, value) in [
            ("id", &self.user_id),
            ("name", &self.user_name),
            ("email", &self.user_email),
            ("avatar", &self.avatar),
        ] {
            if let Some(value) = value {
                user.insert(name.into(), value.as_str().into());
            }
        }
        if self.moderator {
            user.insert("moderator".into(), yes());
        } else if self.jaas {
            user.insert("moderator".into(), "false".into());
        }
        let mut features = Map::new();
        for feature in &self.features {
            if !FEATURES.contains(&feature.as_str()) {
                bail!(UsageError::new(format!(
                    "--feature `{feature}`: Jitsi's features are {}",
                    FEATURES.join(", ")
                )));
            }
            features.insert(feature.clone(), yes());
        }
        let mut context = Map::new();
        if !user.is_empty() {
            context.insert("user".into(), Value::Object(user));
        }
        if !features.is_empty() {
            context.insert("features".into(), Value::Object(features));
        }
        if !context.is_empty() {
            fixed.insert("context".into(), Value::Object(context));
        }
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, claims: &Map<String, Value>) -> Result<Vec<String>> {
        let mut out = Vec::new();
        if self.moderator {
            out.push("--moderator makes this user a moderator of the room (they can mute, kick and end the meeting)".to_string());
        }
        let time = |name: &str| claims.get(name).and_then(Value::as_i64);
        if let (Some(exp), Some(start)) = (time("exp"), time("iat").or(time("nbf"))) {
            let life = exp - start;
            if life < SHORT {
                out.push(format!(
                    "expires in {}; Jitsi allows no clock leeway: a server clock a little ahead \
                     refuses it",
                    crate::time::human_duration(life)
                ));
            }
        }
        Ok(out)
    }

    fn default_format(&self) -> Option<Format> {
        self.url.is_some().then_some(Format::Url)
    }

    fn check_format(&self, format: Format) -> Result<()> {
        if format == Format::Url && self.url.is_none() && !self.jaas {
            bail!(UsageError::new(
                "--format url needs --url https://HOST (the Jitsi server)"
            ));
        }
        Ok(())
    }

    fn url(&self, token: &str) -> Result<String> {
        let jaas_home = format!("https://8x8.vc/{}", self.app_id);
        let url = match (&self.url, self.jaas) {
            (Some(url), _) => url,
            (None, true) => &jaas_home,
            (None, false) => bail!("--format url needs --url https://HOST (the Jitsi server)"),
        };
        let page = format!("{}/{}", url.trim_end_matches('/'), path_segment(&self.room));
        Ok(SERVICE.transport.link(&page, token))
    }

    fn header(&self, _key: &KeyFacts) -> Result<Map<String, Value>> {
        let mut header = Map::new();
        header.insert("typ".into(), "JWT".into());
        Ok(header)
    }

    fn check_header(&self, header: &Map<String, Value>, key: &KeyFacts) -> Result<()> {
        if self.jaas {
            if key.alg.is_some_and(|alg| alg != Alg::RS256) {
                bail!(UsageError::new(
                    "--jaas signs with RS256: pass --key with the private key of the key pair \
                     uploaded to JaaS"
                ));
            }
            let prefix = format!("{}/", self.app_id);
            let kid = header
                .get("kid")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if !kid.starts_with(&prefix) || kid.len() == prefix.len() {
                bail!(UsageError::new(format!(
                    "--jaas needs --kid {}KEYID (the API key's id in the JaaS console)",
                    prefix
                )));
            }
        }
        if key.alg.is_some_and(|alg| !alg.is_hmac()) && !header.contains_key("kid") {
            bail!(UsageError::new(
                "Jitsi's RS* tokens need a kid (the ASAP key server serves the public key as \
                 sha256(kid).pem): pass --kid"
            ));
        }
        Ok(())
    }
}

/// `text` percent-encoded for one URL path segment (unreserved characters kept).
fn path_segment(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// What Jitsi's prosody plugin would refuse in a token, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    if header.get("typ").and_then(Value::as_str) != Some("JWT") {
        out.push(format!(
            "header `typ` must be \"JWT\" (found {}): Jitsi answers \"Invalid typ\"",
            header
                .get("typ")
                .map_or("nothing".to_string(), |t| t.to_string())
        ));
    }
    let alg = super::header_alg(header).unwrap_or_default();
    if alg.starts_with("RS") && !header.contains_key("kid") {
        out.push(
            "RS* without a header `kid`: the ASAP key server is asked for sha256(kid).pem".into(),
        );
    }
    for (claim, why) in [
        ("iss", "the app id (asap_accepted_issuers)"),
        ("room", "the room name, or `*`"),
    ] {
        match payload.get(claim) {
            Some(Value::String(_)) => {}
            Some(other) => out.push(format!(
                "`{claim}` must be a string ({why}), found {}",
                json_kind(other)
            )),
            None => out.push(format!("`{claim}` missing: Jitsi needs {why}")),
        }
    }
    match payload.get("aud") {
        Some(Value::String(_)) => {}
        Some(other) => out.push(format!(
            "`aud` must be one string (Jitsi compares it whole), found {}",
            json_kind(other)
        )),
        None => out.push("`aud` missing: Jitsi requires it (commonly `jitsi`)".into()),
    }
    if let Some(user) = payload
        .get("context")
        .and_then(|c| c.get("user"))
        .and_then(Value::as_object)
    {
        if let Some(moderator) = user.get("moderator") {
            if moderator == &Value::Bool(true) || moderator == "true" {
                out.push(format!(
                    "{WARNING}context.user.moderator: the user is a moderator"
                ));
            }
        }
    }
    let time = |name: &str| payload.get(name).and_then(Value::as_i64);
    if let (Some(exp), Some(iat)) = (time("exp"), time("iat")) {
        if exp - iat < SHORT {
            out.push(format!(
                "{WARNING}lives {}: Jitsi checks exp with no clock leeway",
                crate::time::human_duration(exp - iat)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mint::{MintOptions, Minter};
    use crate::providers::test_support::payload;
    use serde_json::json;

    fn jitsi() -> Jitsi {
        Jitsi {
            app_id: "myapp".into(),
            room: "Standup".into(),
            sub: "*".into(),
            aud: "jitsi".into(),
            ..Default::default()
        }
    }

    #[test]
    fn exact_payloads() {
        assert_eq!(
            Value::Object(payload(&jitsi())),
            json!({"iss": "myapp", "aud": "jitsi", "sub": "*", "room": "Standup"})
        );
        let full = Jitsi {
            user_id: Some("u1".into()),
            user_name: Some("Mod".into()),
            user_email: Some("m@example.com".into()),
            avatar: Some("https://example.com/a.png".into()),
            moderator: true,
            features: vec!["recording".into()],
            ..jitsi()
        };
        assert_eq!(
            payload(&full)["context"],
            json!({"user": {"id": "u1", "name": "Mod", "email": "m@example.com",
                            "avatar": "https://example.com/a.png", "moderator": true},
                   "features": {"recording": true}})
        );
        let warnings = full.check(&payload(&full)).unwrap();
        assert!(warnings[0].contains("moderator"));
    }

    #[test]
    fn refusals_and_warnings() {
        let bad = Jitsi {
            features: vec!["recordings".into()],
            ..jitsi()
        };
        assert!(bad.claims(&KeyFacts::default()).is_err());
        let star = Jitsi {
            room: "*".into(),
            url: Some("https://meet.example.com".into()),
            ..jitsi()
        };
        assert!(star.claims(&KeyFacts::default()).is_err());
        let short = json!({"iat": 1000, "exp": 1120})
            .as_object()
            .unwrap()
            .clone();
        assert!(jitsi().check(&short).unwrap()[0].contains("no clock leeway"));
        let long = json!({"iat": 1000, "exp": 4600})
            .as_object()
            .unwrap()
            .clone();
        assert!(jitsi().check(&long).unwrap().is_empty());
    }

    #[test]
    fn jaas() {
        let app = "vpaas-magic-cookie-0123abcd";
        let j = Jitsi {
            app_id: app.into(),
            room: "*".into(),
            jaas: true,
            user_name: Some("Ann".into()),
            features: vec!["recording".into()],
            ..jitsi()
        };
        assert_eq!(
            Value::Object(payload(&j)),
            json!({"iss": "chat", "aud": "jitsi", "sub": app, "room": "*",
                   "context": {"user": {"name": "Ann", "moderator": "false"},
                               "features": {"recording": "true"}}})
        );
        let moderator = Jitsi {
            moderator: true,
            ..j.clone()
        };
        assert_eq!(payload(&moderator)["context"]["user"]["moderator"], "true");
        let room = Jitsi {
            room: "Daily".into(),
            ..j.clone()
        };
        assert_eq!(
            room.url("T").unwrap(),
            format!("https://8x8.vc/{app}/Daily?jwt=T")
        );
        room.check_format(Format::Url).unwrap();
        assert!(Jitsi {
            app_id: "myapp".into(),
            ..j.clone()
        }
        .claims(&KeyFacts::default())
        .is_err());
        assert!(Jitsi {
            sub: "other".into(),
            ..j.clone()
        }
        .claims(&KeyFacts::default())
        .is_err());
        let rs = KeyFacts {
            alg: Some(Alg::RS256),
            ..Default::default()
        };
        let kid = |k: &str| json!({"typ": "JWT", "kid": k}).as_object().unwrap().clone();
        j.check_header(&kid(&format!("{app}/4f2e")), &rs).unwrap();
        assert!(j
            .check_header(&kid("4f2e"), &rs)
            .unwrap_err()
            .to_string()
            .contains("--kid"));
        assert!(j.check_header(&Map::new(), &rs).is_err());
        let hs = KeyFacts {
            alg: Some(Alg::HS256),
            ..Default::default()
        };
        assert!(j
            .check_header(&kid(&format!("{app}/4f2e")), &hs)
            .unwrap_err()
            .to_string()
            .contains("RS256"));
    }

    #[test]
    fn url_encodes_the_room() {
        let j = Jitsi {
            room: "Team room".into(),
            url: Some("https://meet.example.com/".into()),
            ..jitsi()
        };
        assert_eq!(
            j.url("T").unwrap(),
            "https://meet.example.com/Team%20room?jwt=T"
        );
    }

    /// The `check_header` hook: Minter::header runs it on the finished header.
    #[test]
    fn header_always_has_typ_and_rs_needs_a_kid() {
        let values = Values::new()
            .with(&APP_ID, super::super::Given::Text("a".into()))
            .with(&ROOM, super::super::Given::Text("r".into()))
            .with(&SUB, super::super::Given::Text("*".into()))
            .with(&AUD, super::super::Given::Text("jitsi".into()));
        let rs = KeyFacts {
            alg: Some(Alg::RS256),
            ..Default::default()
        };
        let options = MintOptions::default();
        let minter = Minter::new(&SERVICE, &values, &options).unwrap();
        assert_eq!(
            Value::Object(minter.header(&KeyFacts::default()).unwrap()),
            json!({"typ": "JWT"})
        );
        let err = minter.header(&rs).unwrap_err();
        assert!(err.to_string().contains("pass --kid"), "{err}");
        let with_kid = MintOptions {
            kid: Some("jitsi/key-1".into()),
            typ: "JWT".into(),
            ..Default::default()
        };
        let minter = Minter::new(&SERVICE, &values, &with_kid).unwrap();
        assert_eq!(
            Value::Object(minter.header(&rs).unwrap()),
            json!({"typ": "JWT", "kid": "jitsi/key-1"})
        );
        let other_typ = MintOptions {
            typ: "at+jwt".into(),
            ..Default::default()
        };
        let minter = Minter::new(&SERVICE, &values, &other_typ).unwrap();
        assert!(minter
            .header(&KeyFacts::default())
            .unwrap_err()
            .to_string()
            .contains("`typ`"));
    }

    #[test]
    fn inspect_minted_and_broken() {
        let header = json!({"alg": "HS256", "typ": "JWT"})
            .as_object()
            .unwrap()
            .clone();
        let minted = payload(&jitsi());
        assert!(SERVICE.problems(&header, &minted).is_empty());
        assert!((SERVICE.recognise)(&header, &minted));
        let bare = json!({"alg": "RS256"}).as_object().unwrap().clone();
        let broken = json!({"aud": ["jitsi"], "room": "r", "iat": 0, "exp": 60});
        let text = SERVICE
            .problems(&bare, broken.as_object().unwrap())
            .join("\n");
        assert!(text.contains("\"Invalid typ\""), "{text}");
        assert!(text.contains("without a header `kid`"), "{text}");
        assert!(text.contains("`iss` missing"), "{text}");
        assert!(text.contains("`aud` must be one string"), "{text}");
        assert!(text.contains("no clock leeway"), "{text}");
    }
}
