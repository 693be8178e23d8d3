//! Snowflake key-pair authentication: the JWT the SQL API (and every driver) sends, signed with
//! the key whose public half is set on the user (`ALTER USER … SET RSA_PUBLIC_KEY`). `iss`
//! names the account, the user and the public key's fingerprint.

use anyhow::{bail, Result};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{Map, Value};

use super::AlgRules;
use super::{
    json_kind, KeyFacts, Opt, Provider, PublicKeyForm, Service, ServiceClaims, Transport, Values,
};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::output::Format;
use crate::time::ExpiryRules;

/// The second header the SQL API needs.
pub const TOKEN_TYPE_HEADER: &str = "X-Snowflake-Authorization-Token-Type: KEYPAIR_JWT";

const ACCOUNT: Opt = Opt::text(
    "account",
    "ACCOUNT",
    "The account identifier: myorg-myaccount, or a locator such as xy12345.us-east-2.aws.\n\n\
     Signed as Snowflake's drivers do: upper case, the region/cloud suffix after the first `.` \
     dropped, and for `ACCOUNT-ID.global` the part before the last `-`.",
)
.required();
const USER: Opt = Opt::text(
    "user",
    "USER",
    "The Snowflake user whose RSA_PUBLIC_KEY matches --key (signed in upper case).",
)
.required();

pub static SERVICE: Service = Service {
    name: "snowflake",
    family: super::Family::Cloud,
    title: "Snowflake",
    about: "Snowflake key-pair JWT for the SQL API and drivers.\n\n\
            `iss` = ACCOUNT.USER.SHA256:FINGERPRINT of --key's public key, `sub` = \
            ACCOUNT.USER. RS256 for an RSA key (2048 bits or more), ES256/ES384 for an EC key; \
            59 minutes by default, at most one hour. --format header prints both headers the \
            SQL API needs. Every failure is \"JWT token is invalid\": check the fingerprint \
            against DESC USER's RSA_PUBLIC_KEY_FP.",
    example: "\
Example:
  jwtmint snowflake --key rsa_key.p8 --account myorg-myaccount --user jsmith \\
    --format header > headers.txt
  curl -H @headers.txt -H 'Content-Type: application/json' -d '{\"statement\": \"select 1\"}' \\
    https://myorg-myaccount.snowflakecomputing.com/api/v2/statements",
    options: &[ACCOUNT, USER],
    algs: AlgRules {
        allowed: &[Alg::RS256, Alg::ES256, Alg::ES384],
        default: Alg::RS256,
    },
    expiry: ExpiryRules {
        default: Some(59 * 60),
        may_omit: false,
        max_lifetime: Some(3600),
        requires_iat: true,
        ..ExpiryRules::NONE
    },
    guarded: &[],
    formats: &[Format::Token, Format::Json, Format::Header, Format::Claims],
    transport: Transport::BEARER,
    claims_need_key: true,
    key_env: None,
    secret_form: None,
    key_form: None,
    public_key: Some(PUBLIC_KEY),
    build: |values| Ok(Box::new(Snowflake::from_values(values)?)),
    recognise: |_, payload| {
        payload
            .get("iss")
            .and_then(Value::as_str)
            .is_some_and(|iss| iss.contains(".SHA256:"))
    },
    lint: problems,
};

/// `jwtmint public-key --for snowflake` (also `--snowflake`): the two values Snowflake's
/// `ALTER USER … SET RSA_PUBLIC_KEY` and `DESC USER` deal in.
const PUBLIC_KEY: PublicKeyForm = PublicKeyForm {
    help: "the RSA_PUBLIC_KEY value for `ALTER USER` and the RSA_PUBLIC_KEY_FP (`SHA256:…`) that \
           `DESC USER` shows, one a line",
    example: "\
Snowflake key-pair authentication:
  jwtmint public-key --key rsa_key.p8 --for snowflake
  RSA_PUBLIC_KEY=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA…
  RSA_PUBLIC_KEY_FP=SHA256:…
  (ALTER USER jsmith SET RSA_PUBLIC_KEY='MIIBIjANBgkqh…'; DESC USER jsmith shows the FP)",
    render: public_key_values,
};

/// `RSA_PUBLIC_KEY=…` and `RSA_PUBLIC_KEY_FP=SHA256:…`, one a line.
fn public_key_values(spki: &[u8]) -> Result<String> {
    Ok(format!(
        "RSA_PUBLIC_KEY={}\nRSA_PUBLIC_KEY_FP={}",
        rsa_public_key_value(spki),
        fingerprint(spki)
    ))
}

/// `SHA256:` and the standard base64 (with padding) of the SHA-256 of the public key's DER
/// SubjectPublicKeyInfo: the `RSA_PUBLIC_KEY_FP` that `DESC USER` shows.
pub fn fingerprint(spki_der: &[u8]) -> String {
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, spki_der);
    format!("SHA256:{}", STANDARD.encode(digest.as_ref()))
}

/// The value for `ALTER USER … SET RSA_PUBLIC_KEY='…'`: the DER SubjectPublicKeyInfo in
/// standard base64 on one line, without the PEM armour.
pub fn rsa_public_key_value(spki_der: &[u8]) -> String {
    STANDARD.encode(spki_der)
}

/// The account as Snowflake's drivers sign it (snowflake-connector-python 4.x: the
/// connection's `parse_account`, then `AuthByKeyPair.prepare`): the first `.`-separated label,
/// cut at its last `-` when the second label is `global`, upper-cased.
pub fn normalise_account(account: &str) -> String {
    let mut labels = account.split('.');
    let first = labels.next().unwrap_or_default();
    let kept = match labels.next() {
        Some(second) if second.eq_ignore_ascii_case("global") => match first.rfind('-') {
            Some(dash) => &first[..dash],
            None => first,
        },
        _ => first,
    };
    kept.to_ascii_uppercase()
}

#[derive(Debug, Clone)]
pub struct Snowflake {
    /// As typed.
    pub account: String,
    pub user: String,
}

impl Snowflake {
    pub fn from_values(values: &Values) -> Result<Self> {
        let account = values.require(&ACCOUNT)?;
        let user = values.require(&USER)?;
        if account.is_empty()
            || !account
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_-.".contains(&b))
        {
            bail!(UsageError::new(format!(
                "--account `{account}`: an account identifier has only letters, digits, `_`, \
                 `-` and `.`"
            )));
        }
        if normalise_account(&account).is_empty() {
            bail!(UsageError::new(format!(
                "--account `{account}` leaves no account name"
            )));
        }
        if user.trim().is_empty() {
            bail!(UsageError::new("--user needs a user name"));
        }
        Ok(Snowflake { account, user })
    }

    fn qualified_user(&self) -> String {
        format!(
            "{}.{}",
            normalise_account(&self.account),
            self.user.to_uppercase()
        )
    }
}

impl Provider for Snowflake {
    fn claims(&self, key: &KeyFacts) -> Result<ServiceClaims> {
        let Some(spki) = &key.public_spki else {
            bail!("snowflake signs with a private key (--key): its fingerprint goes into `iss`");
        };
        let sub = self.qualified_user();
        let mut fixed = Map::new();
        fixed.insert("iss".into(), format!("{sub}.{}", fingerprint(spki)).into());
        fixed.insert("sub".into(), sub.into());
        Ok(ServiceClaims {
            flags: Map::new(),
            fixed,
        })
    }

    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        let signed = normalise_account(&self.account);
        Ok(if signed != self.account.to_ascii_uppercase() {
            vec![format!(
                "--account {} is signed as {signed}, as Snowflake's drivers do (the part after \
                 the account name is the region/cloud or connection suffix)",
                self.account
            )]
        } else {
            Vec::new()
        })
    }

    fn header_text(&self, token: &str) -> Option<String> {
        Some(format!(
            "{}\n{TOKEN_TYPE_HEADER}",
            SERVICE.transport.header(token)
        ))
    }
}

/// What Snowflake would reject in a key-pair JWT, for `jwtmint inspect`.
pub fn problems(header: &Map<String, Value>, payload: &Map<String, Value>) -> Vec<String> {
    let _ = header;
    let mut out = Vec::new();
    let iss = payload.get("iss");
    let sub = payload.get("sub");
    let (Some(Value::String(iss)), Some(Value::String(sub))) = (iss, sub) else {
        for (name, value) in [("iss", iss), ("sub", sub)] {
            match value {
                None => out.push(format!(
                    "`{name}` missing: Snowflake needs iss = ACCOUNT.USER.SHA256:FP and sub = \
                     ACCOUNT.USER"
                )),
                Some(Value::String(_)) => {}
                Some(other) => out.push(format!(
                    "`{name}` must be a string, found {}",
                    json_kind(other)
                )),
            }
        }
        return out;
    };
    match iss.split_once(".SHA256:") {
        None => out.push(format!(
            "`iss` {iss} is not ACCOUNT.USER.SHA256:FINGERPRINT"
        )),
        Some((prefix, fp)) => {
            let fp_ok =
                fp.len() == 44 && STANDARD.decode(fp).is_ok_and(|digest| digest.len() == 32);
            if !fp_ok {
                out.push(format!(
                    "the fingerprint `{fp}` in `iss` is not standard base64 of a SHA-256 \
                     (44 characters ending in `=`)"
                ));
            }
            if prefix != sub {
                out.push(format!(
                    "`sub` {sub} must be the ACCOUNT.USER part of `iss` ({prefix})"
                ));
            }
        }
    }
    match sub.split_once('.') {
        None => out.push(format!("`sub` {sub} is not ACCOUNT.USER")),
        Some((account, user)) => {
            if account != account.to_ascii_uppercase() || user != user.to_uppercase() {
                out.push(format!(
                    "`sub` {sub} is not upper case: Snowflake compares ACCOUNT.USER in upper case"
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

    #[test]
    fn public_key_values_for_alter_user() {
        let spki = crate::providers::test_support::rsa_key()
            .public_key_spki_der()
            .unwrap();
        let text = public_key_values(&spki).unwrap();
        let (value, fp) = text.split_once('\n').unwrap();
        assert!(value.starts_with("RSA_PUBLIC_KEY=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"));
        assert!(fp.starts_with("RSA_PUBLIC_KEY_FP=SHA256:"), "{fp}");
        assert!(fp.ends_with('='), "{fp}");
    }

    #[test]
    fn accounts_as_the_drivers_sign_them() {
        for (typed, signed) in [
            ("xy12345", "XY12345"),
            ("XY12345", "XY12345"),
            ("xy12345.us-east-2.aws", "XY12345"),
            ("xy12345.eu-central-1", "XY12345"),
            ("myorg-myaccount", "MYORG-MYACCOUNT"),
            ("myorg-myaccount.privatelink", "MYORG-MYACCOUNT"),
            ("xy12345-abc.global", "XY12345"),
            ("myorg-myaccount-abc.global", "MYORG-MYACCOUNT"),
        ] {
            assert_eq!(normalise_account(typed), signed, "{typed}");
        }
    }

    fn pem_spki(name: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/keys")
            .join(name);
        let key =
            crate::keys::parse_private_key(&std::fs::read(path).unwrap(), &mut || unreachable!())
                .unwrap();
        key.public_key_spki_der().unwrap()
    }

    #[test]
    fn exact_payload_and_fingerprint() {
        let spki = pem_spki("rsa2048-pkcs8.pem");
        let fp = fingerprint(&spki);
        assert!(fp.starts_with("SHA256:") && fp.len() == 51 && fp.ends_with('='));
        let s = Snowflake {
            account: "xy12345.us-east-2.aws".into(),
            user: "jsmith".into(),
        };
        let facts = KeyFacts {
            public_spki: Some(spki.clone()),
            ..Default::default()
        };
        assert_eq!(
            Value::Object(s.claims(&facts).unwrap().fixed),
            json!({"iss": format!("XY12345.JSMITH.{fp}"), "sub": "XY12345.JSMITH"})
        );
        assert_eq!(s.check(&Map::new()).unwrap().len(), 1);
        let plain = Snowflake {
            account: "xy12345".into(),
            ..s.clone()
        };
        assert!(plain.check(&Map::new()).unwrap().is_empty());
        assert!(s.claims(&KeyFacts::default()).is_err());
        assert_eq!(
            s.header_text("T").unwrap(),
            "Authorization: Bearer T\nX-Snowflake-Authorization-Token-Type: KEYPAIR_JWT"
        );
        assert_eq!(STANDARD.decode(rsa_public_key_value(&spki)).unwrap(), spki);
    }

    #[test]
    fn refusals() {
        use super::super::Given;
        let values = |account: &str, user: &str| {
            Values::new()
                .with(&ACCOUNT, Given::Text(account.into()))
                .with(&USER, Given::Text(user.into()))
        };
        Snowflake::from_values(&values("xy12345.us-east-2.aws", "jsmith")).unwrap();
        for (account, user) in [("my/acct", "u"), ("", "u"), ("-x.global", "u"), ("a", " ")] {
            let err = Snowflake::from_values(&values(account, user)).unwrap_err();
            assert!(err.is::<UsageError>(), "{account}");
        }
    }

    #[test]
    fn inspect_minted_and_broken_tokens() {
        let spki = pem_spki("rsa2048-pkcs8.pem");
        let header = json!({"alg": "RS256", "typ": "JWT"})
            .as_object()
            .unwrap()
            .clone();
        let s = Snowflake {
            account: "myorg-myaccount".into(),
            user: "jsmith".into(),
        };
        let facts = KeyFacts {
            public_spki: Some(spki),
            ..Default::default()
        };
        let mut payload = s.claims(&facts).unwrap().fixed;
        payload.insert("iat".into(), 0.into());
        payload.insert("exp".into(), 3540.into());
        assert!(SERVICE.problems(&header, &payload).is_empty());
        assert!((SERVICE.recognise)(&header, &payload));
        let broken = json!({
            "iss": "myorg.jsmith.SHA256:abc", "sub": "OTHER.JSMITH", "iat": 0, "exp": 7200
        });
        let found = SERVICE.problems(
            &json!({"alg": "HS256"}).as_object().unwrap().clone(),
            broken.as_object().unwrap(),
        );
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(found[0].contains("accepts only RS256, ES256, ES384"));
        assert!(found[1].contains("not standard base64"));
        assert!(found[2].contains("ACCOUNT.USER part"));
        assert!(found[3].contains("longer than 1h"));
        let found = SERVICE.problems(&header, json!({"iss": 1}).as_object().unwrap());
        assert!(found[0].contains("must be a string") && found[1].contains("`sub` missing"));
    }
}
