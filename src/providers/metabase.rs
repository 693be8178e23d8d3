//! Metabase static embedding: `resource` (`{"dashboard": ID}` or `{"question": ID}`), `params`
//! (always present) and `exp`, HS256 keyed by the embedding secret key's **text** (it looks like
//! hex, and is never decoded), printed as `SITE/embed/dashboard/TOKEN#bordered=true&titled=true`.

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::AlgRules;
use super::{
    http_url, json_kind, GuardedClaim, KeyFacts, Kind, Opt, Provider, Service, ServiceClaims,
    Transport, Values,
};
use crate::claims::Assignment;
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

#[derive(Debug, Clone, Default)]
pub struct Metabase {
    pub site_url: String,
    pub dashboard: Option<String>,
    pub question: Option<String>,
    pub params: Vec<Assignment>,
    pub bordered: String,
    pub titled: String,
    pub theme: Option<String>,
}

const SITE_URL: Opt = Opt::text("site-url", "URL", "The Metabase site's URL.").required();
const DASHBOARD: Opt = Opt::text(
    "dashboard",
    "ID",
    "Embed this dashboard (a positive integer).",
)
.grants_rights();
const QUESTION: Opt = Opt::text(
    "question",
    "ID",
    "Embed this question (a positive integer).",
)
.grants_rights();
const PARAM: Opt = Opt::text(
    "param",
    "SLUG=VALUE",
    "A locked parameter's value: SLUG=VALUE or SLUG:=JSON (an array for several). Repeatable.",
)
.with_kind(Kind::Assign)
.grants_rights();
const BORDERED: Opt = Opt::text("bordered", "BOOL", "The #bordered= display option.")
    .with_kind(Kind::Choice(&["true", "false"]))
    .default("true");
const TITLED: Opt = Opt::text("titled", "BOOL", "The #titled= display option.")
    .with_kind(Kind::Choice(&["true", "false"]))
    .default("true");
const THEME: Opt = Opt::text("theme", "THEME", "The #theme= display option.")
    .with_kind(Kind::Choice(&["night", "transparent"]));

pub static SERVICE: Service = Service {
    name: "metabase",
    family: super::Family::Realtime,
    title: "Metabase",
    about: "Metabase static embedding: prints the signed embed URL of a dashboard or question.\n\n\
            HS256 keyed by the embedding secret key's text (the 64 hex characters are used as \
            they are, not decoded). Claims: resource {dashboard: ID} or {question: ID}, params \
            (always, {} when none; locked parameters must be given, disabled ones must not), exp \
            (default 10m). Output: SITE/embed/dashboard/TOKEN#bordered=true&titled=true; \
            --format token for the bare token. Metabase's verifier (Clojure, in the server) runs \
            nowhere here: jwtmint follows its source.",
    example: "\
Example (the embedding secret key in metabase-secret.txt):
  jwtmint metabase --secret-file metabase-secret.txt --site-url https://metabase.example.com \\
    --dashboard 7 --param region=west --theme night",
    options: &[
        SITE_URL, DASHBOARD, QUESTION, PARAM, BORDERED, TITLED, THEME,
    ],
    algs: AlgRules {
        allowed: &[Alg::HS256],
        default: Alg::HS256,
    },
    expiry: ExpiryRules {
        default: Some(600),
        ..ExpiryRules::NONE
    },
    guarded: &[
        GuardedClaim {
            name: "resource",
            reason: "use --dashboard or --question, which check the id",
        },
        GuardedClaim {
            name: "params",
            reason: "use --param",
        },
        GuardedClaim {
            name: "_embedding_params",
            reason: "it decides which parameters the viewer may change (Metabase reads it from \
                     the token)",
        },
    ],
    formats: &[Format::Url, Format::Token, Format::Json, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(Metabase::from_values(values)?)),
    recognise: |_, payload| {
        payload
            .get("resource")
            .and_then(Value::as_object)
            .is_some_and(|r| r.contains_key("dashboard") || r.contains_key("question"))
    },
    lint: problems,
};

impl Metabase {
    pub fn from_values(values: &Values) -> Result<Self> {
        Ok(Metabase {
            site_url: values.require(&SITE_URL)?,
            dashboard: values.text(&DASHBOARD),
            question: values.text(&QUESTION),
            params: values.assignments(&PARAM),
            bordered: values.require(&BORDERED)?,
            titled: values.require(&TITLED)?,
            theme: values.text(&THEME),
        })
    }

    /// `("dashboard", 7)`.
    fn resource(&self) -> Result<(&'static str, u64)> {
        let (kind, id) = match (&self.dashboard, &self.question) {
            (Some(id), None) => ("dashboard", id),
            (None, Some(id)) => ("question", id),
            (None, None) => bail!(UsageError::new(
                "say what to embed: --dashboard ID or --question ID"
            )),
            (Some(_), Some(_)) => {
                bail!(UsageError::new("give --dashboard or --question, not both"))
            }
        };
        match id.parse::<u64>() {
            Ok(n) if (1..=super::MAX_ID).contains(&n) && id.bytes().all(|b| b.is_ascii_digit()) => {
                Ok((kind, n))
            }
            _ => bail!(UsageError::new(format!(
                "--{kind} `{}`: Metabase ids are positive integers below 2^53",
                crate::claims::abbreviate(id)
            ))),
        }
    }
}

impl Provider for Metabase {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        http_url("--site-url", &self.site_url)?;
        let (kind, id) = self.resource()?;
        let mut resource = Map::new();
        resource.insert(kind.into(), id.into());
        let mut params = Map::new();
        for Assignment { key, value } in &self.params {
            params.insert(key.clone(), value.clone());
        }
        let mut fixed = Map::new();
        fixed.insert("resource".into(), Value::Object(resource));
        fixed.insert("params".into(), Value::Object(params));
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn url(&self, token: &str) -> Result<String> {
        let (kind, _) = self.resource()?;
        let mut fragment = format!("bordered={}&titled={}", self.bordered, self.titled);
        if let Some(theme) = &self.theme {
            fragment.push_str(&format!("&theme={theme}"));
        }
        Ok(format!(
            "{}/embed/{kind}/{token}#{fragment}",
            self.site_url.trim_end_matches('/')
        ))
    }
}

/// What Metabase would refuse in a token, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    if !header.contains_key("alg") {
        out.push("header `alg` missing: Metabase refuses the token".into());
    }
    match payload.get("resource") {
        Some(Value::Object(resource)) => {
            let ids: Vec<_> = resource
                .iter()
                .filter(|(k, _)| *k == "dashboard" || *k == "question")
                .collect();
            if ids.len() != 1 || resource.len() != 1 {
                out.push("`resource` must be {\"dashboard\": ID} or {\"question\": ID}".into());
            }
            for (kind, id) in ids {
                if id.as_u64().unwrap_or(0) == 0 {
                    out.push(format!(
                        "`resource.{kind}` must be a positive integer, found {id}"
                    ));
                }
            }
        }
        Some(other) => out.push(format!(
            "`resource` must be an object, found {}",
            json_kind(other)
        )),
        None => out.push(
            "`resource` missing: Metabase needs {\"dashboard\": ID} or {\"question\": ID}".into(),
        ),
    }
    match payload.get("params") {
        Some(Value::Object(_)) => {}
        Some(other) => out.push(format!(
            "`params` must be an object, found {}",
            json_kind(other)
        )),
        None => out.push("`params` missing: Metabase wants it, {} when there are none".into()),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn metabase() -> Metabase {
        Metabase {
            site_url: "https://mb.example.com/".into(),
            dashboard: Some("7".into()),
            bordered: "true".into(),
            titled: "true".into(),
            ..Default::default()
        }
    }

    #[test]
    fn exact_payload_and_url() {
        let claims = metabase().claims(&KeyFacts::default()).unwrap();
        assert_eq!(
            Value::Object(claims.fixed.clone()),
            json!({"resource": {"dashboard": 7}, "params": {}})
        );
        assert_eq!(
            metabase().url("T").unwrap(),
            "https://mb.example.com/embed/dashboard/T#bordered=true&titled=true"
        );
        let question = Metabase {
            dashboard: None,
            question: Some("12".into()),
            params: vec![
                "region=west".parse().unwrap(),
                "ids:=[1,2]".parse().unwrap(),
            ],
            bordered: "false".into(),
            theme: Some("night".into()),
            ..metabase()
        };
        assert_eq!(
            Value::Object(question.claims(&KeyFacts::default()).unwrap().fixed),
            json!({"resource": {"question": 12}, "params": {"region": "west", "ids": [1, 2]}})
        );
        assert_eq!(
            question.url("T").unwrap(),
            "https://mb.example.com/embed/question/T#bordered=false&titled=true&theme=night"
        );
        let header = json!({"alg": "HS256"}).as_object().unwrap().clone();
        assert!(SERVICE
            .problems(&header, &claims.fixed)
            .iter()
            .all(|p| p.contains("`exp`")));
        assert!((SERVICE.recognise)(&header, &claims.fixed));
    }

    #[test]
    fn refusals() {
        let err = |m: Metabase| m.claims(&KeyFacts::default()).unwrap_err().to_string();
        assert!(err(Metabase {
            dashboard: Some("0".into()),
            ..metabase()
        })
        .contains("positive integers"));
        assert!(err(Metabase {
            dashboard: Some("12a".into()),
            ..metabase()
        })
        .contains("positive integers"));
        assert!(err(Metabase {
            dashboard: Some("+3".into()),
            ..metabase()
        })
        .contains("positive integers"));
        assert!(err(Metabase {
            question: Some("2".into()),
            ..metabase()
        })
        .contains("not both"));
        assert!(err(Metabase {
            dashboard: None,
            ..metabase()
        })
        .contains("--dashboard ID"));
        assert!(err(Metabase {
            site_url: "mb.example.com".into(),
            ..metabase()
        })
        .contains("URL"));
    }

    #[test]
    fn inspect_broken() {
        let text = SERVICE
            .problems(
                &Map::new(),
                json!({"resource": {"dashboard": "7"}, "params": []})
                    .as_object()
                    .unwrap(),
            )
            .join("\n");
        assert!(text.contains("header `alg` missing"), "{text}");
        assert!(
            text.contains("`resource.dashboard` must be a positive integer"),
            "{text}"
        );
        assert!(text.contains("`params` must be an object"), "{text}");
    }
}
