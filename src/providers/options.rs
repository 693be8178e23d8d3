//! A service's own options, declared once as data ([`Opt`]) and read from every place a value
//! can come from — the command line, an environment variable, a `--batch` line, a profile — into
//! one plain [`Values`] map that the service's code reads.
//!
//! The command line is built from the same declarations (`crate::cli`), so a flag's name, help,
//! env variable, batch key and profile key cannot drift apart.

use std::collections::BTreeMap;

use anyhow::{anyhow, bail, Result};
use serde_json::{Map, Value};

use crate::claims::{self, Assignment};
use crate::exit::UsageError;

/// How an option takes its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `--name VALUE`, at most once.
    Text,
    /// `--name VALUE`, repeatable: a list, in order.
    List,
    /// `--name`, a switch.
    Switch,
    /// `--name KEY=VALUE` or `--name KEY:=JSON`, repeatable.
    Assign,
    /// `--name VALUE` where VALUE is one of these (any letter case on the command line).
    Choice(&'static [&'static str]),
    /// `--name` alone or `--name VALUE`.
    MaybeText,
    /// `--name PATH` naming a JSON object file, read once (also for a whole batch).
    ObjectFile,
}

/// One option of a service's subcommand.
#[derive(Debug, Clone, Copy)]
pub struct Opt {
    /// The long flag without dashes; also the key in `--batch` lines and profiles.
    pub long: &'static str,
    pub kind: Kind,
    /// Shown in help: `--project <ID>`.
    pub value_name: &'static str,
    /// The help: the first paragraph for `-h`, all of it for `--help` (paragraphs split by a
    /// blank line).
    pub help: &'static str,
    /// The service cannot work without it. Checked after every source is merged, so the value
    /// may come from the command line, the environment, a profile or each batch line.
    pub required: bool,
    /// The option grants rights (`--admin`, `--role`, a room, a dashboard) or names the user
    /// the token is for (`--user-id`, `--email`, `--identity`, `--sub`): it is taken only from
    /// the command line or a batch line, never from an environment variable or a profile, so
    /// that nothing set earlier in a shell or a file silently decides who the token is for or
    /// what it may do (CONTRIBUTING.md, "Options that name the user or grant rights").
    pub grants_rights: bool,
    /// The option names the user the token is for (set with [`Opt::names_user`], which also
    /// sets `grants_rights` for the command-line-only rule). Unlike an option that grants
    /// rights, it may come from an authenticating proxy's header in `jwtmint serve`.
    pub names_user: bool,
    /// The value used when no source gives one.
    pub default: Option<&'static str>,
}

impl Opt {
    /// A plain `--long VALUE` option; adjust with struct update syntax.
    pub const fn text(long: &'static str, value_name: &'static str, help: &'static str) -> Opt {
        Opt {
            long,
            kind: Kind::Text,
            value_name,
            help,
            required: false,
            grants_rights: false,
            names_user: false,
            default: None,
        }
    }

    pub const fn with_kind(self, kind: Kind) -> Opt {
        Opt { kind, ..self }
    }

    pub const fn required(self) -> Opt {
        Opt {
            required: true,
            ..self
        }
    }

    pub const fn grants_rights(self) -> Opt {
        Opt {
            grants_rights: true,
            ..self
        }
    }

    /// The option names the user the token is for: the same rule as [`Opt::grants_rights`].
    pub const fn names_user(self) -> Opt {
        Opt {
            grants_rights: true,
            names_user: true,
            ..self
        }
    }

    pub const fn default(self, value: &'static str) -> Opt {
        Opt {
            default: Some(value),
            ..self
        }
    }

    pub const fn switch(long: &'static str, help: &'static str) -> Opt {
        Opt::text(long, "", help).with_kind(Kind::Switch)
    }

    /// `--long`, as the user types it.
    pub fn flag(&self) -> String {
        format!("--{}", self.long)
    }

    /// The environment variable of this option for `service`, if it may have one:
    /// `JWTMINT_<SERVICE>_<LONG>`.
    pub fn env_name(&self, service: &str) -> Option<String> {
        // One variable holds one value: lists, assignments and switches have none, nor do
        // options that grant rights.
        if self.grants_rights || !matches!(self.kind, Kind::Text | Kind::Choice(_)) {
            return None;
        }
        let name = format!("JWTMINT_{service}_{}", self.long);
        Some(name.to_ascii_uppercase().replace('-', "_"))
    }

    /// Reads this option's value from JSON (a batch line, a profile). `null` unsets it.
    pub fn from_json(&self, value: Value) -> Result<Option<Given>> {
        let key = self.long;
        if value.is_null() && self.kind != Kind::Switch {
            return Ok(None);
        }
        Ok(Some(match self.kind {
            Kind::Text | Kind::ObjectFile => Given::Text(scalar(key, value)?),
            Kind::Choice(choices) => Given::Text(choice(key, choices, &scalar(key, value)?)?),
            Kind::List => Given::List(match value {
                Value::Array(items) => items
                    .into_iter()
                    .map(|v| scalar(key, v))
                    .collect::<Result<_>>()?,
                value => vec![scalar(key, value)?],
            }),
            Kind::Switch => match value {
                Value::Bool(on) => Given::Switch(on),
                other => bail!(
                    "`{key}` is a switch: use true or false, not {}",
                    claims::json_kind(&other)
                ),
            },
            Kind::MaybeText => match value {
                Value::Bool(false) => return Ok(None),
                Value::Bool(true) => Given::Bare,
                value => Given::Text(scalar(key, value)?),
            },
            Kind::Assign => {
                let parse = |text: String| {
                    text.parse::<Assignment>()
                        .map_err(|e| anyhow!("`{key}`: {e}"))
                };
                Given::Assign(match value {
                    Value::Object(map) => map
                        .into_iter()
                        .map(|(key, value)| Assignment { key, value })
                        .collect(),
                    Value::Array(items) => items
                        .into_iter()
                        .map(|item| parse(scalar(key, item)?))
                        .collect::<Result<_>>()?,
                    value => vec![parse(scalar(key, value)?)?],
                })
            }
        }))
    }

    /// Reads this option's value from the text of the command line or an environment variable.
    pub fn from_text(&self, values: Vec<String>) -> Result<Option<Given>> {
        Ok(match self.kind {
            Kind::Switch => Some(Given::Switch(true)),
            Kind::List => Some(Given::List(values)),
            Kind::Assign => Some(Given::Assign(
                values
                    .into_iter()
                    .map(|text| {
                        text.parse::<Assignment>()
                            .map_err(|e| anyhow!("{}: {e}", self.flag()))
                    })
                    .collect::<Result<_>>()?,
            )),
            Kind::MaybeText => Some(match values.into_iter().next() {
                Some(text) => Given::Text(text),
                None => Given::Bare,
            }),
            Kind::Choice(choices) => match values.into_iter().next() {
                Some(text) => Some(Given::Text(choice(&self.flag(), choices, &text)?)),
                None => None,
            },
            Kind::Text | Kind::ObjectFile => values.into_iter().next().map(Given::Text),
        })
    }
}

/// One option's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Given {
    Text(String),
    List(Vec<String>),
    Switch(bool),
    Assign(Vec<Assignment>),
    /// A [`Kind::MaybeText`] option given without a value.
    Bare,
    /// A [`Kind::ObjectFile`] option once its file was read.
    Object(Map<String, Value>),
}

/// Where a value came from, for messages and `jwtmint config show`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Flag,
    Env(String),
    Profile(String),
    Default,
    BatchLine,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Flag => f.write_str("flag"),
            Origin::Env(name) => write!(f, "env {name}"),
            Origin::Profile(name) => write!(f, "profile {name}"),
            Origin::Default => f.write_str("default"),
            Origin::BatchLine => f.write_str("batch line"),
        }
    }
}

/// The values of one service's options, from wherever they came. Plain data: the service's code
/// reads it without knowing about clap, batch lines or profiles.
#[derive(Debug, Clone, Default)]
pub struct Values {
    given: BTreeMap<&'static str, (Given, Origin)>,
}

impl Values {
    pub fn new() -> Self {
        Values::default()
    }

    /// Sets `opt`'s value (`None` unsets it).
    pub fn set(&mut self, opt: &Opt, given: Option<Given>, origin: Origin) {
        match given {
            Some(given) => {
                self.given.insert(opt.long, (given, origin));
            }
            None => {
                self.given.remove(opt.long);
            }
        }
    }

    /// For tests and callers that build values by hand: `--long VALUE`.
    pub fn with(mut self, opt: &Opt, given: Given) -> Self {
        self.set(opt, Some(given), Origin::Flag);
        self
    }

    pub fn get(&self, opt: &Opt) -> Option<&Given> {
        self.given.get(opt.long).map(|(given, _)| given)
    }

    pub fn origin(&self, opt: &Opt) -> Option<&Origin> {
        self.given.get(opt.long).map(|(_, origin)| origin)
    }

    pub fn is_set(&self, opt: &Opt) -> bool {
        self.given.contains_key(opt.long)
    }

    /// A text option's value.
    pub fn text(&self, opt: &Opt) -> Option<String> {
        match self.get(opt) {
            Some(Given::Text(text)) => Some(text.clone()),
            _ => None,
        }
    }

    /// A required text option's value; its absence is a usage error (exit 2).
    pub fn require(&self, opt: &Opt) -> Result<String> {
        self.text(opt).ok_or_else(|| missing(opt))
    }

    pub fn list(&self, opt: &Opt) -> Vec<String> {
        match self.get(opt) {
            Some(Given::List(items)) => items.clone(),
            Some(Given::Text(text)) => vec![text.clone()],
            _ => Vec::new(),
        }
    }

    pub fn switch(&self, opt: &Opt) -> bool {
        matches!(self.get(opt), Some(Given::Switch(true)))
    }

    pub fn assignments(&self, opt: &Opt) -> Vec<Assignment> {
        match self.get(opt) {
            Some(Given::Assign(items)) => items.clone(),
            _ => Vec::new(),
        }
    }

    /// A [`Kind::MaybeText`] option: `None` absent, `Some(None)` bare, `Some(Some(v))` a value.
    pub fn maybe_text(&self, opt: &Opt) -> Option<Option<String>> {
        match self.get(opt) {
            Some(Given::Bare) => Some(None),
            Some(Given::Text(text)) => Some(Some(text.clone())),
            _ => None,
        }
    }

    /// A [`Kind::ObjectFile`] option's object, once [`Values::read_files`] has read it.
    pub fn object(&self, opt: &Opt) -> Option<&Map<String, Value>> {
        match self.get(opt) {
            Some(Given::Object(map)) => Some(map),
            _ => None,
        }
    }

    /// The paths of the object files not read yet (for the one-reader-of-stdin check).
    pub fn file_paths(&self, options: &[Opt]) -> Vec<std::path::PathBuf> {
        options
            .iter()
            .filter(|opt| opt.kind == Kind::ObjectFile)
            .filter_map(|opt| self.text(opt).map(std::path::PathBuf::from))
            .collect()
    }

    /// Reads every [`Kind::ObjectFile`] option's file, once.
    pub fn read_files(&mut self, options: &[Opt]) -> Result<()> {
        for opt in options.iter().filter(|opt| opt.kind == Kind::ObjectFile) {
            if let Some((Given::Text(path), origin)) = self.given.get(opt.long).cloned() {
                let what = opt.long.replace('-', " ");
                let object = claims::read_object_file(std::path::Path::new(&path), &what)?;
                self.given.insert(opt.long, (Given::Object(object), origin));
            }
        }
        Ok(())
    }

    /// Undoes what [`Origin::BatchLine`] values did to a copy of `shared`, so that a `--batch`
    /// worker keeps one `Values` for all its lines instead of cloning the command line's for each.
    pub fn reset_to(&mut self, shared: &Values) {
        self.given
            .retain(|_, (_, origin)| !matches!(origin, Origin::BatchLine));
        // What is left is what the lines left alone; less than `shared` when a line unset a value.
        if self.given.len() != shared.given.len() {
            self.clone_from(shared);
        }
    }

    /// Fills in the defaults of options no source gave.
    pub fn apply_defaults(&mut self, options: &[Opt]) {
        for opt in options {
            if let (Some(default), false) = (opt.default, self.is_set(opt)) {
                self.given
                    .insert(opt.long, (Given::Text(default.into()), Origin::Default));
            }
        }
    }

    /// Every required option has a value: a usage error (exit 2) names the first one missing.
    pub fn check_required(&self, options: &[Opt]) -> Result<()> {
        match options.iter().find(|opt| {
            opt.required
                && match self.get(opt) {
                    None => true,
                    Some(Given::List(items)) => items.is_empty(),
                    Some(_) => false,
                }
        }) {
            Some(opt) => Err(missing(opt)),
            None => Ok(()),
        }
    }
}

fn missing(opt: &Opt) -> anyhow::Error {
    let sources = if opt.grants_rights {
        "on the command line, or in each --batch line"
    } else {
        "on the command line, in a profile, or in each --batch line"
    };
    UsageError::new(format!("{} is required ({sources})", opt.flag())).into()
}

fn scalar(key: &str, value: Value) -> Result<String> {
    match value {
        Value::String(s) => Ok(s),
        Value::Number(n) => Ok(n.to_string()),
        other => bail!(
            "`{key}` takes a string, found {}",
            claims::json_kind(&other)
        ),
    }
}

fn choice(key: &str, choices: &[&str], text: &str) -> Result<String> {
    choices
        .iter()
        .find(|c| c.eq_ignore_ascii_case(text))
        .map(|c| c.to_string())
        .ok_or_else(|| {
            anyhow!(
                "`{key}`: unknown value `{text}` (one of {})",
                choices.join(", ")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const NAME: Opt = Opt::text("name", "NAME", "A name.");
    const TAGS: Opt = Opt::text("tag", "TAG", "Tags.").with_kind(Kind::List);
    const ADMIN: Opt = Opt::switch("admin", "Admin.").grants_rights();
    const DATA: Opt = Opt::text("data", "KEY=VALUE", "Data.").with_kind(Kind::Assign);
    const MODE: Opt = Opt::text("mode", "MODE", "Mode.").with_kind(Kind::Choice(&["a", "b"]));

    #[test]
    fn json_values() {
        assert_eq!(
            NAME.from_json(json!(7)).unwrap(),
            Some(Given::Text("7".into()))
        );
        assert_eq!(NAME.from_json(Value::Null).unwrap(), None);
        assert!(NAME.from_json(json!([1])).is_err());
        assert_eq!(
            TAGS.from_json(json!("x")).unwrap(),
            Some(Given::List(vec!["x".into()]))
        );
        assert!(ADMIN
            .from_json(json!("yes"))
            .unwrap_err()
            .to_string()
            .contains("switch"));
        let Some(Given::Assign(data)) = DATA.from_json(json!({"plan": "pro"})).unwrap() else {
            panic!()
        };
        assert_eq!(data[0].key, "plan");
        assert_eq!(
            MODE.from_json(json!("B")).unwrap(),
            Some(Given::Text("b".into()))
        );
        assert!(MODE.from_json(json!("c")).is_err());
    }

    /// After any line's changes, `reset_to` gives back the command line's values.
    #[test]
    fn reset_undoes_batch_line_values() {
        let shared = Values::new()
            .with(&NAME, Given::Text("cli".into()))
            .with(&TAGS, Given::List(vec!["t".into()]));
        let mut values = shared.clone();
        let text = |s: &str| Some(Given::Text(s.into()));
        for line in 0..5 {
            match line {
                0 => values.set(&NAME, text("line"), Origin::BatchLine),
                1 => values.set(&NAME, None, Origin::BatchLine),
                2 => values.set(&MODE, text("a"), Origin::BatchLine),
                3 => {
                    values.set(&TAGS, None, Origin::BatchLine);
                    values.set(&MODE, text("b"), Origin::BatchLine);
                }
                _ => {}
            }
            values.reset_to(&shared);
            assert_eq!(format!("{values:?}"), format!("{shared:?}"));
        }
    }

    #[test]
    fn env_names_skip_rights_and_switches() {
        assert_eq!(
            Opt::text("user-id", "ID", "").env_name("realm").as_deref(),
            Some("JWTMINT_REALM_USER_ID")
        );
        assert_eq!(ADMIN.env_name("realm"), None);
        assert_eq!(
            Opt::text("role", "ID", "")
                .grants_rights()
                .env_name("formio"),
            None
        );
    }

    #[test]
    fn required_and_defaults() {
        let options = [NAME.required(), MODE.default("a")];
        let mut values = Values::new();
        let err = values.check_required(&options).unwrap_err();
        assert!(err.is::<UsageError>());
        assert!(err.to_string().contains("--name is required"));
        values.apply_defaults(&options);
        assert_eq!(values.text(&MODE).as_deref(), Some("a"));
        assert_eq!(values.origin(&MODE), Some(&Origin::Default));
        let values = values.with(&NAME, Given::Text("x".into()));
        values.check_required(&options).unwrap();
    }
}
