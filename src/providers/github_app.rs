//! GitHub App JWTs: RS256 with the app's private key, `iat` backdated a minute against clock
//! drift, `exp` at most 10 minutes on, `iss` the App ID (a JSON number) or the Client ID (a
//! string). Checked against npm `universal-github-app-jwt` (tests/services/github-app).

use anyhow::{bail, Result};
use serde_json::{Map, Value};

use super::AlgRules;
use super::{
    json_kind, KeyFacts, Opt, Provider, Service, ServiceClaims, Transport, Values, WARNING,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// GitHub refuses an `exp` more than 10 minutes ahead of its clock.
pub const MAX_LIFETIME: i64 = 600;

const APP_ID: Opt = Opt::text(
    "app-id",
    "N",
    "The App ID (a number; iss is a JSON number). Give this or --client-id.",
);
const CLIENT_ID: Opt = Opt::text(
    "client-id",
    "ID",
    "The app's Client ID (Iv1.… or Iv23…; iss is a string), which GitHub now recommends. Give \
     this or --app-id.",
);

pub static SERVICE: Service = Service {
    name: "github-app",
    family: super::Family::CiRelease,
    title: "GitHub",
    about: "GitHub App JWT: authenticates as the app, to get installation tokens.\n\n\
            RS256 only, with the app's private key (the PEM GitHub downloads; a PEM whose line \
            breaks were flattened to literal \\n, as CI secret stores hold it, is accepted). Claims: \
            iat (60 s in the past against clock drift, unless --iat is given), exp and iss: the \
            App ID as a JSON number (--app-id) or the Client ID as a string (--client-id), exactly \
            one. Default expiry: 9m after iat; GitHub refuses an exp more than 10 minutes ahead, so \
            more than 10m is refused. The token works only on /app endpoints (a 401 on repository \
            APIs is not a bad token). Header form: `Authorization: Bearer TOKEN`.",
    example: "\
Example (the key GitHub downloaded, or a CI secret holding it):
  jwtmint github-app --key my-app.private-key.pem --client-id Iv23liExample01
Get an installation token with it:
  curl -X POST -H \"$(jwtmint github-app --key my-app.pem --app-id 123456 --format header)\" \\
    -H 'Accept: application/vnd.github+json' \\
    https://api.github.com/app/installations/INSTALLATION_ID/access_tokens",
    options: &[APP_ID, CLIENT_ID],
    algs: AlgRules {
        allowed: &[Alg::RS256],
        default: Alg::RS256,
    },
    expiry: ExpiryRules {
        default: Some(540),
        may_omit: false,
        max_lifetime: Some(MAX_LIFETIME),
        requires_iat: true,
        backdate: 60,
        default_nbf: None,
        no_exp: None,
    },
    guarded: &[],
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: false,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: None,
    build: |values| Ok(Box::new(GithubApp::from_values(values)?)),
    recognise: |header, payload| {
        super::header_alg(header) == Some("RS256")
            && payload
                .keys()
                .all(|k| matches!(k.as_str(), "iat" | "exp" | "iss"))
            && match payload.get("iss") {
                Some(Value::Number(n)) => n.is_u64(),
                Some(Value::String(s)) => s.starts_with("Iv"),
                _ => false,
            }
    },
    lint: problems,
};

/// Who the token is for: `iss`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issuer {
    AppId(u64),
    ClientId(String),
}

#[derive(Debug, Clone)]
pub struct GithubApp {
    pub issuer: Issuer,
}

impl GithubApp {
    pub fn from_values(values: &Values) -> Result<Self> {
        let issuer = match (values.text(&APP_ID), values.text(&CLIENT_ID)) {
            (Some(_), Some(_)) => bail!(UsageError::new(
                "give either --app-id or --client-id, not both: iss is one of them"
            )),
            (None, None) => bail!(UsageError::new(
                "--app-id or --client-id is required (on the command line, or in each --batch \
                 line)"
            )),
            (Some(id), None) => Issuer::AppId(app_id(&id)?),
            (None, Some(id)) => Issuer::ClientId(client_id(&id)?),
        };
        Ok(GithubApp { issuer })
    }
}

/// An App ID: a positive whole number (GitHub rejects a float `iss`).
fn app_id(text: &str) -> Result<u64> {
    let id = (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse::<u64>().ok())
        .flatten()
        .filter(|id| (1..=super::MAX_ID).contains(id));
    id.ok_or_else(|| {
        UsageError::new(format!(
            "--app-id `{}` is not an App ID: a positive whole number like 123456, below 2^53 (the \
             Client ID Iv… goes in --client-id)",
            crate::claims::abbreviate(text)
        ))
        .into()
    })
}

fn client_id(text: &str) -> Result<String> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_graphic()) {
        bail!(UsageError::new(
            "--client-id must be the app's Client ID (like Iv23liExample01), without spaces"
        ));
    }
    Ok(text.to_string())
}

impl Provider for GithubApp {
    fn claims(&self, _key: &KeyFacts) -> Result<ServiceClaims> {
        let mut fixed = Map::new();
        let iss = match &self.issuer {
            Issuer::AppId(id) => Value::from(*id),
            Issuer::ClientId(id) => Value::String(id.clone()),
        };
        fixed.insert("iss".into(), iss);
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        Ok(match &self.issuer {
            Issuer::ClientId(id) if id.bytes().all(|b| b.is_ascii_digit()) => vec![format!(
                "--client-id `{id}` looks like an App ID; pass it as --app-id so that iss is a \
                 number"
            )],
            Issuer::ClientId(id) if !id.starts_with("Iv") => vec![format!(
                "--client-id `{id}` does not start with Iv (GitHub App Client IDs look like \
                 Iv1.… or Iv23…)"
            )],
            _ => Vec::new(),
        })
    }
}

/// What GitHub would reject in a token, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let _ = header;
    let mut out = Vec::new();
    match payload.get("iss") {
        None => {
            out.push("`iss` missing: it must be the App ID (number) or Client ID (string)".into())
        }
        Some(Value::Number(n)) if n.is_u64() => {}
        Some(Value::Number(n)) => out.push(format!(
            "`iss` {n} is not a whole number: GitHub rejects a float App ID"
        )),
        Some(Value::String(s)) if s.starts_with("Iv") => {}
        Some(Value::String(s)) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => out
            .push(format!(
                "{WARNING}`iss` is the App ID as a string (\"{s}\"); GitHub's SDK sends it as a \
                 JSON number"
            )),
        Some(Value::String(s)) => out.push(format!(
            "{WARNING}`iss` \"{s}\" does not look like a Client ID (Iv1.… or Iv23…)"
        )),
        Some(other) => out.push(format!(
            "`iss` must be the App ID (number) or Client ID (string), found {}",
            json_kind(other)
        )),
    }
    for claim in ["iat", "exp"] {
        if let Some(value) = payload.get(claim) {
            if !value.is_i64() {
                out.push(format!(
                    "`{claim}` must be a whole number of seconds (GitHub rejects floats), found {value}"
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    fn build(pairs: &[(&Opt, &str)]) -> Result<GithubApp> {
        GithubApp::from_values(&crate::providers::test_support::values(pairs))
    }

    #[test]
    fn iss_is_a_number_for_an_app_id_and_a_string_for_a_client_id() {
        let app = build(&[(&APP_ID, "123456")]).unwrap();
        let claims = app.claims(&KeyFacts::default()).unwrap();
        assert_eq!(Value::Object(claims.fixed), json!({"iss": 123456}));
        let app = build(&[(&CLIENT_ID, "Iv23liJwtmintTest01")]).unwrap();
        let claims = app.claims(&KeyFacts::default()).unwrap();
        assert_eq!(
            Value::Object(claims.fixed),
            json!({"iss": "Iv23liJwtmintTest01"})
        );
        assert!(app.check(&Map::new()).unwrap().is_empty());
    }

    #[test]
    fn refusals() {
        for bad in [
            "12.5",
            "abc",
            "0",
            "-1",
            "+5",
            "",
            "99999999999999999999999",
        ] {
            let err = build(&[(&APP_ID, bad)]).unwrap_err();
            assert!(err.is::<UsageError>(), "{bad}");
        }
        let both = build(&[(&APP_ID, "1"), (&CLIENT_ID, "Iv1.x")]).unwrap_err();
        assert!(both.to_string().contains("not both"));
        let neither = build(&[]).unwrap_err();
        assert!(neither.is::<UsageError>());
        assert!(build(&[(&CLIENT_ID, "Iv 1")]).is_err());
        let numeric = build(&[(&CLIENT_ID, "123456")]).unwrap();
        assert!(numeric.check(&Map::new()).unwrap()[0].contains("--app-id"));
    }

    #[test]
    fn times_backdate_iat_and_cap_the_lifetime() {
        let run = |options: crate::time::TimeOptions| {
            let mut claims = Map::new();
            crate::time::apply(&mut claims, &options, SERVICE.expiry, "github-app", 10_000)
                .map(|_| claims)
        };
        let claims = run(Default::default()).unwrap();
        assert_eq!(
            (claims["iat"].as_i64(), claims["exp"].as_i64()),
            (Some(9940), Some(10_480))
        );
        // What the SDK does: iat = now - 30, exp = iat + 600; an explicit --iat is kept.
        let sdk = crate::time::TimeOptions {
            iat: Some(crate::time::TimeSpec::At(9970)),
            expiry: crate::time::Expiry::In(600),
            ..Default::default()
        };
        let claims = run(sdk.clone()).unwrap();
        assert_eq!(
            (claims["iat"].as_i64(), claims["exp"].as_i64()),
            (Some(9970), Some(10_570))
        );
        let long = crate::time::TimeOptions {
            expiry: crate::time::Expiry::In(601),
            ..sdk
        };
        assert!(run(long)
            .unwrap_err()
            .to_string()
            .contains("longer than 10m"));
    }

    #[test]
    fn lint() {
        let header = obj(json!({"alg": "RS256", "typ": "JWT"}));
        let good = obj(json!({"iat": 940, "exp": 1480, "iss": 123456}));
        assert!(SERVICE.problems(&header, &good).is_empty());
        assert!((SERVICE.recognise)(&header, &good));
        let client = obj(json!({"iat": 940, "exp": 1480, "iss": "Iv23liX"}));
        assert!(SERVICE.problems(&header, &client).is_empty());
        assert!((SERVICE.recognise)(&header, &client));
        let bad = obj(json!({"iat": 940.5, "exp": 2000, "iss": 12.5}));
        let found = SERVICE.problems(&obj(json!({"alg": "HS256"})), &bad);
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(found[0].contains("accepts only RS256"));
        assert!(found[1].contains("float App ID"));
        assert!(found[2].starts_with("`iat` must be a whole number"));
        assert!(found[3].contains("longer than 10m"));
        let no_iss = SERVICE.problems(&header, &obj(json!({"iat": 1, "exp": 2})));
        assert!(no_iss[0].starts_with("`iss` missing"));
        assert!(!(SERVICE.recognise)(
            &header,
            &obj(json!({"iat": 1, "exp": 2, "sub": "x", "iss": 1}))
        ));
    }
}
