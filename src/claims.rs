//! User-supplied claims: `--claims-file`, `--claim KEY=VALUE` / `KEY:=JSON`, and the same
//! `KEY=VALUE` syntax for provider flags such as Form.io's `--data` and DeveloperHub's `--var`.

use std::path::Path;

use anyhow::{anyhow, bail, Result};
use serde_json::{Map, Value};

use crate::input;

/// One `KEY=VALUE` (string) or `KEY:=JSON` (any JSON value) argument.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    pub key: String,
    pub value: Value,
}

impl std::str::FromStr for Assignment {
    type Err = String;

    fn from_str(arg: &str) -> Result<Self, Self::Err> {
        let (left, right) = arg
            .split_once('=')
            .ok_or_else(|| format!("`{arg}` is not KEY=VALUE or KEY:=JSON"))?;
        let (key, value) = match left.strip_suffix(':') {
            Some(key) => {
                let value = crate::json::parse_str(right).map_err(|e| {
                    format!("`{key}:=` takes JSON, and `{right}` is not JSON ({e})")
                })?;
                (key, value)
            }
            None => (left, Value::String(right.to_string())),
        };
        if key.is_empty() {
            return Err(format!("`{arg}` has an empty key"));
        }
        Ok(Assignment {
            key: key.to_string(),
            value,
        })
    }
}

/// Parses a JSON object, naming the source and the place of any problem.
pub fn parse_object(text: &[u8], source: &str) -> Result<Map<String, Value>> {
    let value: Value = crate::json::parse(text).map_err(|e| {
        anyhow!(
            "{source} is not valid JSON: {} at line {}, column {}",
            e.message(),
            e.line(),
            e.column()
        )
    })?;
    match value {
        Value::Object(map) => Ok(map),
        other => bail!(
            "{source} must hold a JSON object ({{\"key\": value, …}}), found {} at line 1, column 1",
            json_kind(&other)
        ),
    }
}

/// Reads a claims file (`-` = standard input) as a JSON object.
pub fn read_object_file(path: &Path, what: &str) -> Result<Map<String, Value>> {
    let bytes = input::read_path(path, what)?;
    parse_object(&bytes, &format!("{what} {}", input::display(path)))
}

pub fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Merges claims: the file, then each `--claim` in order (later wins).
pub fn user_claims(
    file: Option<&Map<String, Value>>,
    assignments: &[Assignment],
) -> Map<String, Value> {
    let mut claims = file.cloned().unwrap_or_default();
    for Assignment { key, value } in assignments {
        claims.insert(key.clone(), value.clone());
    }
    claims
}

/// Inserts `value` at a dotted path (`user.name` → `{"user": {"name": …}}`), creating objects
/// on the way. Fails when a path step already holds something that is not an object.
pub fn insert_dotted(target: &mut Map<String, Value>, path: &str, value: Value) -> Result<()> {
    let mut parts = path.split('.').peekable();
    let mut node = target;
    while let Some(part) = parts.next() {
        if part.is_empty() {
            bail!("`{path}` has an empty part between dots");
        }
        if parts.peek().is_none() {
            node.insert(part.to_string(), value);
            return Ok(());
        }
        let next = node
            .entry(part.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        node = match next {
            Value::Object(map) => map,
            other => bail!(
                "`{path}`: `{part}` already holds {}, not an object",
                json_kind(other)
            ),
        };
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn assignments() {
        let a: Assignment = "name=Joe".parse().unwrap();
        assert_eq!(
            a,
            Assignment {
                key: "name".into(),
                value: json!("Joe")
            }
        );
        let a: Assignment = "n:=5".parse().unwrap();
        assert_eq!(a.value, json!(5));
        let a: Assignment = "tags:=[\"a\",\"b\"]".parse().unwrap();
        assert_eq!(a.value, json!(["a", "b"]));
        let a: Assignment = "url=https://x?a=b".parse().unwrap();
        assert_eq!(a.value, json!("https://x?a=b"));
        let a: Assignment = "empty=".parse().unwrap();
        assert_eq!(a.value, json!(""));
        assert!("novalue".parse::<Assignment>().is_err());
        assert!("=x".parse::<Assignment>().is_err());
        assert!("n:=nope"
            .parse::<Assignment>()
            .unwrap_err()
            .contains("not JSON"));
    }

    #[test]
    fn objects_only_with_a_place() {
        let err = parse_object(b"[1]", "claims file c.json")
            .unwrap_err()
            .to_string();
        assert!(err.contains("found an array"), "{err}");
        let err = parse_object(b"{\n  \"a\": 1,\n}", "claims file c.json")
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 3, column 1"), "{err}");
        assert!(
            err.starts_with("claims file c.json is not valid JSON"),
            "{err}"
        );
    }

    #[test]
    fn later_claims_win() {
        let file = parse_object(br#"{"a": 1, "b": 2}"#, "f").unwrap();
        let claims = user_claims(
            Some(&file),
            &["b:=3".parse().unwrap(), "c=x".parse().unwrap()],
        );
        assert_eq!(Value::Object(claims), json!({"a": 1, "b": 3, "c": "x"}));
    }

    #[test]
    fn dotted_paths_nest() {
        let mut map = Map::new();
        insert_dotted(&mut map, "user.name", json!("Joe")).unwrap();
        insert_dotted(&mut map, "user.age", json!(40)).unwrap();
        insert_dotted(&mut map, "plan", json!("pro")).unwrap();
        assert_eq!(
            Value::Object(map.clone()),
            json!({"user": {"name": "Joe", "age": 40}, "plan": "pro"})
        );
        assert!(insert_dotted(&mut map, "plan.x", json!(1)).is_err());
        assert!(insert_dotted(&mut map, "a..b", json!(1)).is_err());
    }
}
