//! One `--batch` line: a JSON object of options, read into the service's [`Values`] and the
//! shared [`MintOptions`] by the same declarations the command line uses.

use anyhow::{anyhow, bail, Result};
use serde_json::{Map, Value};

use crate::claims;
use crate::mint::MintOptions;
use crate::providers::{Given, Kind, Origin, Service, Values};
use crate::time::{self, Expiry};

/// Shared options that cannot change from line to line: the key is loaded once, the header
/// and format are fixed, and files are read once.
const FIXED: [&str; 21] = [
    "secret-file",
    "secret-encoding",
    "kid-thumbprint",
    "header",
    "x5c-cert",
    "x5t-cert",
    "key",
    "passphrase-file",
    "secret-env",
    "secret-command",
    "passphrase-command",
    "profile",
    "alg",
    "format",
    "kid",
    "typ",
    "batch",
    "keep-going",
    "jobs",
    "pkcs11-module",
    "claims-file",
];

/// Shared options a line may set (besides the service's own).
const SHARED: [&str; 9] = [
    "claim",
    "claims",
    "iat",
    "no-iat",
    "expires-in",
    "exp",
    "no-exp",
    "nbf",
    "allow-expired",
];

/// A batch line's options, taken out one by one; whatever is left is unknown.
pub struct Line(Map<String, Value>);

impl Line {
    pub fn parse(text: &str) -> Result<Line> {
        // Most lines are flat: read without serde, as the full parser would read them.
        if let Some(Value::Object(map)) = crate::json::parse_flat(text) {
            return Ok(Line(map));
        }
        let parsed = crate::json::parse_str(text);
        if let Ok(value) = &parsed {
            claims::check_depth(value, "the line")?;
        }
        match parsed {
            Ok(Value::Object(map)) => Ok(Line(map)),
            Ok(other) => bail!(
                "expected a JSON object, found {}",
                claims::json_kind(&other)
            ),
            Err(e) => bail!("not valid JSON: {} at column {}", e.message(), e.column()),
        }
    }

    /// Undoes in `options` whatever [`Line::apply`] may have set there (`claim` and the time
    /// options: the others are fixed for the batch), so that a worker reuses one `MintOptions`
    /// for all its lines instead of cloning the command line's for each.
    pub fn reset(options: &mut MintOptions, shared: &MintOptions) {
        options.claims.clone_from(&shared.claims);
        options.time = shared.time.clone();
    }

    /// Sets the line's options over `values` and `options`; returns its `claims` object.
    pub fn apply(
        mut self,
        service: &Service,
        values: &mut Values,
        options: &mut MintOptions,
    ) -> Result<Option<Map<String, Value>>> {
        for opt in service.options {
            // `"no-NAME": true` is `--no-NAME`: the switch set off over the command line's. The
            // key is spelt out only when the line has it, not for every switch of every line.
            if opt.kind == Kind::Switch && self.negates(opt.long) {
                if let Some(off) = self.flag(&format!("no-{}", opt.long))? {
                    if self.has(opt.long) {
                        bail!(
                            "`{}` and `no-{}` cannot be used together",
                            opt.long,
                            opt.long
                        );
                    }
                    values.set(opt, Some(Given::Switch(!off)), Origin::BatchLine);
                }
            }
            if let Some(value) = self.take(opt.long) {
                if opt.kind == Kind::ObjectFile {
                    bail!(
                        "`{}` is fixed for the whole batch: give it on the command line",
                        opt.long
                    );
                }
                values.set(opt, opt.from_json(value)?, Origin::BatchLine);
            }
        }
        self.take_shared(options)?;
        let line_claims = self.object("claims")?;
        self.finish(service)?;
        Ok(line_claims)
    }

    /// Whether the line has `key`. A line has a few keys and is asked about every option: a
    /// scan that compares lengths first costs less than the map's search, which compares bytes.
    fn has(&self, key: &str) -> bool {
        self.0.keys().any(|given| given == key)
    }

    /// Takes `key`'s value out of the line.
    fn take(&mut self, key: &str) -> Option<Value> {
        if self.has(key) {
            self.0.remove(key)
        } else {
            None
        }
    }

    /// The line has `no-NAME`.
    fn negates(&self, name: &str) -> bool {
        self.0
            .keys()
            .any(|key| key.strip_prefix("no-") == Some(name))
    }

    /// The shared options a line may set: `--claim` and the time options.
    fn take_shared(&mut self, options: &mut MintOptions) -> Result<()> {
        // Most lines hold only the service's options: nothing left to look up.
        if self.0.is_empty() {
            return Ok(());
        }
        // The first of FIXED the line has, found from the line's few keys.
        if let Some(key) = self
            .0
            .keys()
            .filter_map(|key| FIXED.iter().position(|fixed| fixed == key))
            .min()
        {
            bail!(
                "`{}` is fixed for the whole batch: give it on the command line",
                FIXED[key]
            );
        }
        if let Some(value) = self.take("claim") {
            options.claims = match crate::providers::Opt::text("claim", "", "")
                .with_kind(Kind::Assign)
                .from_json(value)?
            {
                Some(crate::providers::Given::Assign(items)) => items,
                _ => Vec::new(),
            };
        }
        if self.0.is_empty() {
            return Ok(());
        }
        let time = &mut options.time;
        self.at_most_one(&["iat", "no-iat"])?;
        self.at_most_one(&["expires-in", "exp", "no-exp"])?;
        if ["iat", "no-iat"].iter().any(|k| self.has(k)) {
            time.iat = None;
            time.no_iat = false;
        }
        if let Some(iat) = self.parsed("iat", time::TimeSpec::parse_iat)? {
            time.iat = iat;
        }
        if let Some(no_iat) = self.flag("no-iat")? {
            time.no_iat = no_iat;
        }
        if ["expires-in", "exp", "no-exp"].iter().any(|k| self.has(k)) {
            time.expiry = Expiry::Default;
        }
        if let Some(Some(secs)) = self.parsed("expires-in", time::parse_duration)? {
            time.expiry = Expiry::In(secs);
        }
        if let Some(Some(exp)) = self.parsed("exp", time::parse_exp)? {
            time.expiry = exp;
        }
        if self.flag("no-exp")? == Some(true) {
            time.expiry = Expiry::Never;
        }
        if let Some(nbf) = self.parsed("nbf", time::TimeSpec::parse)? {
            time.nbf = nbf;
        }
        if let Some(allow) = self.flag("allow-expired")? {
            time.allow_expired = allow;
        }
        Ok(())
    }

    /// A switch: `true` or `false`.
    fn flag(&mut self, key: &str) -> Result<Option<bool>> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::Bool(value)) => Ok(Some(value)),
            Some(other) => bail!(
                "`{key}` is a switch: use true or false, not {}",
                claims::json_kind(&other)
            ),
        }
    }

    /// An option with its own parser (a time, a duration); `Some(None)` for null.
    fn parsed<T>(
        &mut self,
        key: &str,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Result<Option<Option<T>>> {
        let Some(value) = self.take(key) else {
            return Ok(None);
        };
        let text = match value {
            Value::Null => return Ok(Some(None)),
            Value::String(s) => s,
            Value::Number(n) => n.to_string(),
            other => bail!(
                "`{key}` takes a string, found {}",
                claims::json_kind(&other)
            ),
        };
        Ok(Some(Some(
            parse(&text).map_err(|e| anyhow!("`{key}`: {e}"))?,
        )))
    }

    /// Options that exclude each other, as clap says on the command line.
    fn at_most_one(&self, keys: &[&str]) -> Result<()> {
        let given: Vec<_> = keys.iter().filter(|key| self.has(key)).collect();
        if given.len() > 1 {
            bail!("`{}` and `{}` cannot be used together", given[0], given[1]);
        }
        Ok(())
    }

    fn object(&mut self, key: &str) -> Result<Option<Map<String, Value>>> {
        match self.take(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Object(map)) => Ok(Some(map)),
            Some(other) => bail!(
                "`{key}` must be a JSON object, found {}",
                claims::json_kind(&other)
            ),
        }
    }

    fn finish(self, service: &Service) -> Result<()> {
        let Some(key) = self.0.keys().next() else {
            return Ok(());
        };
        let negated: Vec<String> = service
            .options
            .iter()
            .filter(|opt| opt.kind == Kind::Switch)
            .map(|opt| format!("no-{}", opt.long))
            .collect();
        let valid = service
            .options
            .iter()
            .map(|opt| opt.long)
            .chain(negated.iter().map(String::as_str))
            .chain(SHARED)
            .chain(FIXED);
        match crate::config::closest(key, valid) {
            Some(name) => bail!("unknown option `{key}` (did you mean `{name}`?)"),
            None => bail!("unknown option `{key}` (keys are long option names without dashes)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::REGISTRY;

    fn line(json: serde_json::Value) -> Line {
        Line(json.as_object().unwrap().clone())
    }

    /// Every long option of every service is either taken from a line or refused by name;
    /// none is silently unknown.
    #[test]
    fn every_option_is_known_to_batch_lines() {
        let command = crate::cli::command();
        for service in REGISTRY {
            let sub = command
                .find_subcommand(service.name)
                .expect("every service is a subcommand");
            for arg in sub.get_arguments() {
                let Some(long) = arg.get_long() else { continue };
                if matches!(long, "help" | "version") {
                    continue;
                }
                let mut object = Map::new();
                object.insert(long.to_string(), Value::String("x".into()));
                let result =
                    Line(object).apply(service, &mut Values::new(), &mut MintOptions::default());
                if let Err(e) = result {
                    assert!(
                        !e.to_string().contains("unknown option"),
                        "{} --{long} is neither taken nor refused in batch lines",
                        service.name
                    );
                }
            }
        }
    }

    use crate::output::Format;
    use crate::providers::AlgRules;
    use crate::providers::{never, no_lint, Opt, Transport};
    use crate::time::ExpiryRules;

    const USER: Opt = Opt::text("user-id", "ID", "").required();
    const ATTR: Opt = Opt::text("attr", "KEY=VALUE", "").with_kind(Kind::Assign);
    const ROLE: Opt = Opt::text("role", "ROLE", "")
        .with_kind(Kind::Choice(&["admin", "agent"]))
        .grants_rights();
    const ADMIN: Opt = Opt::switch("admin", "");
    const DATA_FILE: Opt = Opt::text("data-file", "PATH", "").with_kind(Kind::ObjectFile);

    /// A service made up for these tests: one option of each kind batch lines treat apart.
    static TEST: Service = Service {
        name: "test",
        family: crate::providers::Family::Generic,
        title: "Test",
        about: "",
        example: "",
        options: &[USER, ATTR, ROLE, ADMIN, DATA_FILE],
        algs: AlgRules {
            allowed: &[crate::jws::Alg::HS256],
            default: crate::jws::Alg::HS256,
        },
        expiry: ExpiryRules::NONE,
        guarded: &[],
        formats: &[Format::Token],
        transport: Transport::BEARER,
        claims_need_key: false,
        key_env: None,
        secret_form: None,
        key_form: None,
        public_key: None,
        build: |_| anyhow::bail!("not for minting"),
        recognise: never,
        lint: no_lint,
    };

    #[test]
    fn line_values() {
        let mut values = Values::new();
        let mut options = MintOptions::default();
        let claims = line(serde_json::json!({"user-id": 7, "attr": {"plan": "pro"}, "role": "Agent", "admin": true, "expires-in": "1h", "claims": {"x": 1}}))
            .apply(&TEST, &mut values, &mut options)
            .unwrap();
        assert_eq!(values.text(&USER).as_deref(), Some("7"));
        assert_eq!(values.origin(&USER), Some(&Origin::BatchLine));
        assert_eq!(values.assignments(&ATTR)[0].key, "plan");
        assert_eq!(values.text(&ROLE).as_deref(), Some("agent"));
        assert!(values.switch(&ADMIN));
        assert_eq!(options.time.expiry, Expiry::In(3600));
        assert_eq!(claims.unwrap()["x"], 1);
    }

    /// `reset` undoes every shared option a line can set.
    #[test]
    fn reset_undoes_a_line() {
        let shared = MintOptions::default();
        let mut options = shared.clone();
        line(serde_json::json!({"claim": ["a=1"], "iat": "2020-01-01T00:00:00Z", "expires-in": "1h", "nbf": "5m", "allow-expired": true}))
            .apply(&TEST, &mut Values::new(), &mut options)
            .unwrap();
        line(serde_json::json!({"no-iat": true, "no-exp": true}))
            .apply(&TEST, &mut Values::new(), &mut options)
            .unwrap();
        assert_ne!(format!("{options:?}"), format!("{shared:?}"));
        Line::reset(&mut options, &shared);
        assert_eq!(format!("{options:?}"), format!("{shared:?}"));
    }

    #[test]
    fn bad_line_values() {
        let apply = |json| {
            line(json)
                .apply(&TEST, &mut Values::new(), &mut MintOptions::default())
                .unwrap_err()
                .to_string()
        };
        assert!(apply(serde_json::json!({"admin": "yes"})).contains("switch"));
        assert!(apply(serde_json::json!({"admin": null})).contains("switch"));
        assert!(apply(serde_json::json!({"role": "owner"})).contains("unknown value `owner`"));
        assert!(apply(serde_json::json!({"key": "k.pem"})).contains("fixed for the whole batch"));
        assert!(
            apply(serde_json::json!({"data-file": "d.json"})).contains("fixed for the whole batch")
        );
        // Of two fixed keys, the one named is the first in FIXED, not in the line.
        assert!(
            apply(serde_json::json!({"alg": "HS256", "secret-file": "s", "claim": []}))
                .starts_with("`secret-file` is fixed")
        );
        assert!(apply(serde_json::json!({"bogus": 1})).contains("unknown option `bogus`"));
        assert!(apply(serde_json::json!({"exp": 1, "no-exp": true}))
            .contains("cannot be used together"));
        assert!(apply(serde_json::json!({"admin": true, "no-admin": true}))
            .contains("cannot be used together"));
    }

    /// An unknown key is answered with the closest valid one: the service's options, their
    /// `no-` forms and the shared keys.
    #[test]
    fn unknown_keys_get_the_closest_name() {
        let apply = |json| {
            line(json)
                .apply(&TEST, &mut Values::new(), &mut MintOptions::default())
                .unwrap_err()
                .to_string()
        };
        for (typo, meant) in [
            ("user_id", "user-id"),
            ("userid", "user-id"),
            ("expires_in", "expires-in"),
            ("claim_s", "claims"),
            ("no-admn", "no-admin"),
        ] {
            assert_eq!(
                apply(serde_json::json!({ typo: 1 })),
                format!("unknown option `{typo}` (did you mean `{meant}`?)")
            );
        }
    }

    /// `"no-NAME": true` sets a switch off over the command line's `--NAME`.
    #[test]
    fn no_switch_in_a_line() {
        let mut values = Values::new();
        values.set(&ADMIN, Some(Given::Switch(true)), Origin::Flag);
        line(serde_json::json!({"no-admin": true}))
            .apply(&TEST, &mut values, &mut MintOptions::default())
            .unwrap();
        assert!(!values.switch(&ADMIN));
        assert_eq!(values.origin(&ADMIN), Some(&Origin::BatchLine));
    }
}
