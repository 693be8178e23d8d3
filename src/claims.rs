//! User-supplied claims: `--claims-file`, `--claim KEY=VALUE` / `KEY:=JSON`, and the same
//! `KEY=VALUE` syntax for provider flags such as Form.io's `--data` and DeveloperHub's `--var`.

use std::path::Path;

use anyhow::{anyhow, bail, Result};
use serde_json::{Map, Value};

use crate::exit::UsageError;
use crate::input;

/// The deepest nesting jwtmint builds or accepts in claims: dotted keys (`--data a.b.c=…`,
/// `--var`, `--role-claim-key`, `--namespace-path`, their env, profile and batch-line forms) and
/// JSON objects and arrays in claims files, `:=JSON` values and batch lines. serde_json's values
/// are dropped and serialised recursively: 50 000 levels overflow the stack and abort the whole
/// process (a batch run included), so the limit is checked before anything is built. Real
/// claims nest two or three levels.
pub const MAX_DEPTH: usize = 64;

/// How many levels of objects and arrays `value` nests (a scalar is 0), without recursion.
pub fn json_depth(value: &Value) -> usize {
    // Only containers go on the stack: a flat value (a batch line) costs no allocation.
    let container = |value: &Value| matches!(value, Value::Array(_) | Value::Object(_));
    let mut deepest = 0;
    let mut stack = Vec::new();
    let mut next = container(value).then_some((value, 1usize));
    while let Some((value, depth)) = next.take().or_else(|| stack.pop()) {
        deepest = deepest.max(depth);
        let children: &mut dyn Iterator<Item = &Value> = match value {
            Value::Array(items) => &mut items.iter(),
            Value::Object(map) => &mut map.values(),
            _ => continue,
        };
        stack.extend(
            children
                .filter(|child| container(child))
                .map(|c| (c, depth + 1)),
        );
    }
    deepest
}

/// How many levels an object nests (`{}` is 1).
pub fn object_depth(map: &Map<String, Value>) -> usize {
    map.values().map(json_depth).max().unwrap_or(0) + 1
}

/// An error when `value` nests deeper than [`MAX_DEPTH`]; `what` names where it came from.
pub fn check_depth(value: &Value, what: &str) -> Result<()> {
    let depth = json_depth(value);
    if depth > MAX_DEPTH {
        bail!("{what} nests {depth} levels deep; jwtmint accepts at most {MAX_DEPTH}");
    }
    Ok(())
}

/// `text` cut to its first 40 characters for a message (a 50 000-level key is not repeated).
pub fn abbreviate(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

/// A usage error when a path of `steps` steps (dotted key, JSPath, JSON path) is deeper than
/// [`MAX_DEPTH`]; `what` names the option.
pub fn check_path_depth(steps: usize, what: &str, text: &str) -> Result<()> {
    if steps > MAX_DEPTH {
        bail!(UsageError::new(format!(
            "{what} `{}` has {steps} levels; jwtmint nests at most {MAX_DEPTH}",
            abbreviate(text)
        )));
    }
    Ok(())
}

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
                // Most values are flat (`n:=17`): read without serde, as the full parser would.
                if let Some(value) = crate::json::parse_flat(right) {
                    return Assignment::new(key, value, arg);
                }
                let value: Value = crate::json::parse_str(right).map_err(|e| {
                    format!(
                        "`{}:=` takes JSON, and `{}` is not JSON ({e})",
                        abbreviate(key),
                        abbreviate(right)
                    )
                })?;
                if json_depth(&value) > MAX_DEPTH {
                    return Err(format!(
                        "`{}:=`: the JSON nests more than {MAX_DEPTH} levels",
                        abbreviate(key)
                    ));
                }
                (key, value)
            }
            None => (left, Value::String(right.to_string())),
        };
        Assignment::new(key, value, arg)
    }
}

impl Assignment {
    /// `key` and `value` as read from `arg`, refusing an empty key.
    fn new(key: &str, value: Value, arg: &str) -> Result<Self, String> {
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
    check_depth(&value, source)?;
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
    check_path_depth(path.split('.').count(), "the dotted key", path)?;
    let mut parts = path.split('.').peekable();
    let mut node = target;
    while let Some(part) = parts.next() {
        if part.is_empty() {
            bail!("`{}` has an empty part between dots", abbreviate(path));
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
                "`{}`: `{}` already holds {}, not an object",
                abbreviate(path),
                abbreviate(part),
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

    #[test]
    fn nesting_is_limited_to_64_levels() {
        assert_eq!(json_depth(&json!(1)), 0);
        assert_eq!(json_depth(&json!({"a": [1, {"b": {}}]})), 4);
        let path = |n: usize| vec!["k"; n].join(".");
        let mut map = Map::new();
        insert_dotted(&mut map, &path(64), json!(1)).unwrap();
        let err = insert_dotted(&mut map, &path(50_000), json!(1)).unwrap_err();
        assert!(err.is::<UsageError>(), "{err}");
        assert!(err.to_string().len() < 200, "{err}");
        let deep = |n: usize| format!("{}1{}", "[".repeat(n), "]".repeat(n));
        assert!(parse_object(format!("{{\"a\":{}}}", deep(63)).as_bytes(), "f").is_ok());
        let err = parse_object(format!("{{\"a\":{}}}", deep(64)).as_bytes(), "f").unwrap_err();
        assert!(err.to_string().contains("at most 64"), "{err}");
        assert!(format!("a:={}", deep(65)).parse::<Assignment>().is_err());
        assert!(format!("a:={}", deep(64)).parse::<Assignment>().is_ok());
    }
}
