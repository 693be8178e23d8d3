//! What each service accepts. One module per service; each takes plain values and says which
//! claims it sets, which algorithms and outputs it has, and how long its tokens live.
//! `../shared/providers.md` is the specification these follow.

pub mod generic;

use anyhow::Result;
use serde_json::{Map, Value};

use crate::credentials::AlgRules;
use crate::output::Format;
use crate::time::ExpiryRules;

/// The claims a subcommand sets.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ServiceClaims {
    /// From dedicated flags (`--sub`, `--email`…): they override `--claim` and the claims file.
    pub flags: Map<String, Value>,
    /// The service's own shape: a user claim that differs from one of these is an error.
    pub fixed: Map<String, Value>,
}

/// A claim that users may not set through `--claim`/`--claims-file`, and why.
pub struct GuardedClaim {
    pub name: &'static str,
    pub reason: &'static str,
}

/// One service's rules.
pub trait Provider {
    /// The subcommand's name, for messages.
    fn name(&self) -> &'static str;
    fn alg_rules(&self) -> AlgRules;
    fn expiry_rules(&self) -> ExpiryRules;
    /// Claims that escalate privileges: refused in user claims.
    fn guarded_claims(&self) -> &'static [GuardedClaim] {
        &[]
    }
    fn claims(&self) -> Result<ServiceClaims>;
    /// Last checks on the finished payload; returns warnings for stderr.
    fn check(&self, _claims: &Map<String, Value>) -> Result<Vec<String>> {
        Ok(Vec::new())
    }
    /// The output formats this service has a form for.
    fn formats(&self) -> &'static [Format] {
        &[Format::Token, Format::Json, Format::Header, Format::Claims]
    }
    fn default_format(&self) -> Format {
        Format::Token
    }
    /// The HTTP header the service reads the token from.
    fn header(&self, token: &str) -> String {
        format!("Authorization: Bearer {token}")
    }
    /// The URL that carries the token, for services with `Format::Url`.
    fn url(&self, _token: &str) -> Result<String> {
        anyhow::bail!("{} has no URL form", self.name())
    }
}

/// One value gives a string, several an array: how `aud` is usually written.
pub fn one_or_many(values: &[String]) -> Option<Value> {
    match values {
        [] => None,
        [one] => Some(Value::String(one.clone())),
        many => Some(Value::Array(
            many.iter().cloned().map(Value::String).collect(),
        )),
    }
}
