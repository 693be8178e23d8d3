//! Strict JSON for everything jwtmint reads from a user or a token (claims files, `KEY:=JSON`,
//! batch lines, JWKs and JWKS, a token's header and payload): what serde_json resolves silently
//! is an error here.
//!
//! - A duplicate member name: serde_json keeps the last, another parser the first, so
//!   `{"alg":"none","alg":"HS256"}` means two things at once (RFC 8259 §4: names SHOULD be
//!   unique; RFC 7515 §5.2: a JOSE header with duplicates MUST be rejected or the last taken).
//! - An integer beyond 64 bits (above 2^64 − 1 or below −2^63): serde_json turns it into a float
//!   and loses digits. It is refused, not kept exact: serde_json's `arbitrary_precision` would
//!   switch on for every crate that uses serde_json (Cargo unifies features), changing how
//!   numbers deserialize through serde's buffered types (untagged enums, flatten), which
//!   jsonwebtoken's claim checks use; and the services' own verifiers, most in JavaScript, read
//!   numbers as 64-bit floats anyway. A big number belongs in a string.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// Why a text is not strict JSON, and where (1-based line and column, as serde_json counts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    message: String,
    line: usize,
    column: usize,
}

impl Error {
    /// What is wrong, without the place.
    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn line(&self) -> usize {
        self.line
    }

    pub fn column(&self) -> usize {
        self.column
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

impl std::error::Error for Error {}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        // serde_json's message ends with " at line L column C": keep the place apart.
        let text = e.to_string();
        let message = match text.rfind(" at line ") {
            Some(i) => text[..i].to_string(),
            None => text,
        };
        Error {
            message,
            line: e.line(),
            column: e.column(),
        }
    }
}

/// Parses `text` as JSON, refusing duplicate member names and integers beyond 64 bits.
pub fn parse(text: &[u8]) -> Result<Value, Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(text);
    let Strict(value) = Strict::deserialize(&mut deserializer)?;
    deserializer.end()?;
    // Syntax first (its errors are the useful ones), then the numbers.
    if let Some((line, column)) = big_integer(text) {
        return Err(Error {
            message: "an integer beyond 64 bits, which would lose digits as a float (write it \
                      as a string)"
                .into(),
            line,
            column,
        });
    }
    Ok(value)
}

/// [`parse`] for text.
pub fn parse_str(text: &str) -> Result<Value, Error> {
    parse(text.as_bytes())
}

/// The flat JSON that `--batch` lines and `KEY:=JSON` values are mostly made of, read without
/// serde: a string without escapes or control characters, an integer of digits alone (no sign,
/// fraction or exponent, at most `u64::MAX`), `true`, `false`, `null`, an array of such strings,
/// or an object of such values with no name twice. `None` for anything else, which [`parse`]
/// reads (and whose errors it gives). A fast path, not a second parser: wherever this gives
/// `Some(value)`, [`parse`] gives `Ok(value)` (checked by the tests below and by the
/// `batch_line` fuzz target).
pub fn parse_flat(text: &str) -> Option<Value> {
    let mut flat = Flat { text, at: 0 };
    let value = match flat.peek()? {
        b'{' => flat.object()?,
        _ => flat.value()?,
    };
    flat.peek().is_none().then_some(value)
}

/// [`parse_flat`]'s place in `text`.
struct Flat<'a> {
    text: &'a str,
    at: usize,
}

impl Flat<'_> {
    /// The next byte after whitespace, not taken.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(self.at) {
            self.at += 1;
        }
        bytes.get(self.at).copied()
    }

    /// Takes `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    fn object(&mut self) -> Option<Value> {
        self.eat(b'{');
        let mut object = Map::new();
        if self.eat(b'}') {
            return Some(Value::Object(object));
        }
        loop {
            let serde_json::map::Entry::Vacant(slot) = object.entry(self.string()?) else {
                return None;
            };
            if !self.eat(b':') {
                return None;
            }
            slot.insert(self.value()?);
            if self.eat(b'}') {
                return Some(Value::Object(object));
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    /// A scalar or an array of strings.
    fn value(&mut self) -> Option<Value> {
        let next = self.peek()?;
        let rest = &self.text.as_bytes()[self.at..];
        Some(match next {
            b'"' => Value::String(self.string()?),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(Value::String(self.string()?));
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Value::Array(items)
            }
            b'0'..=b'9' => {
                let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
                if digits > 1 && rest[0] == b'0' {
                    return None;
                }
                let number: u64 = self.text[self.at..self.at + digits].parse().ok()?;
                self.at += digits;
                Value::Number(number.into())
            }
            _ => {
                let (word, value) = [
                    ("true", Value::Bool(true)),
                    ("false", Value::Bool(false)),
                    ("null", Value::Null),
                ]
                .into_iter()
                .find(|(word, _)| rest.starts_with(word.as_bytes()))?;
                self.at += word.len();
                value
            }
        })
    }

    fn string(&mut self) -> Option<String> {
        if !self.eat(b'"') {
            return None;
        }
        let start = self.at;
        let bytes = self.text.as_bytes();
        let len = bytes[start..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        if bytes[start + len] != b'"' {
            return None;
        }
        self.at = start + len + 1;
        Some(self.text[start..start + len].to_string())
    }
}

/// A JSON value whose objects have no duplicate member names.
struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(name) = map.next_key::<String>()? {
            if object.contains_key(&name) {
                let shown: String = name.chars().take(40).flat_map(char::escape_debug).collect();
                return Err(de::Error::custom(format!(
                    "duplicate member name `{shown}` (a name given twice means two things to \
                     two parsers)"
                )));
            }
            let Strict(value) = map.next_value()?;
            object.insert(name, value);
        }
        Ok(Value::Object(object))
    }
}

/// The place (line, column) of the first integer literal of `text` (valid JSON) beyond 64
/// bits: above `u64::MAX` or below `i64::MIN`. Strings are skipped; a number with a fraction
/// or an exponent is a float and is not looked at.
fn big_integer(text: &[u8]) -> Option<(usize, usize)> {
    let (mut line, mut line_start) = (1, 0);
    let mut in_string = false;
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
            i += 1;
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < text.len()
                    && matches!(text[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                {
                    i += 1;
                }
                let literal = &text[start..i];
                let integer = !literal.iter().any(|b| matches!(b, b'.' | b'e' | b'E'));
                let fits = std::str::from_utf8(literal)
                    .ok()
                    .and_then(|s| s.parse::<i128>().ok())
                    .is_some_and(|n| n >= i128::from(i64::MIN) && n <= i128::from(u64::MAX));
                if integer && !fits {
                    // Columns count bytes from 1, as serde_json's do.
                    return Some((line, start - line_start + 1));
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn duplicates_are_refused_at_any_depth() {
        for text in [
            r#"{"alg":"none","alg":"HS256"}"#,
            r#"{"a":{"b":1,"b":1}}"#,
            r#"[{"k":1},{"k":2,"k":3}]"#,
        ] {
            let err = parse_str(text).unwrap_err();
            assert!(
                err.message().starts_with("duplicate member name `"),
                "{err}"
            );
            assert_eq!(err.line(), 1, "{err}");
        }
        assert_eq!(
            parse_str(r#"{"a":1,"b":{"a":2},"c":[{"a":3}]}"#).unwrap(),
            json!({"a":1,"b":{"a":2},"c":[{"a":3}]})
        );
    }

    #[test]
    fn integers_beyond_64_bits_are_refused() {
        for (text, column) in [
            ("18446744073709551616", 1),
            (r#"{"n": -9223372036854775809}"#, 7),
            ("[1, 2, 123456789012345678901234567890123456789012345]", 8),
            (
                "{\n  \"a\": \"18446744073709551616\",\n  \"n\": 99999999999999999999\n}",
                8,
            ),
        ] {
            let err = parse_str(text).unwrap_err();
            assert!(err.message().contains("beyond 64 bits"), "{text}: {err}");
            assert_eq!(err.column(), column, "{text}: {err}");
        }
        let edges =
            parse_str("[18446744073709551615, -9223372036854775808, 1e30, 1.5, -0]").unwrap();
        assert_eq!(edges[0], json!(u64::MAX));
        assert_eq!(edges[1], json!(i64::MIN));
        assert_eq!(edges[2], json!(1e30));
        // Digits in strings, escaped quotes included, are not numbers.
        assert!(parse_str(r#"{"a\"":"\"99999999999999999999999"}"#).is_ok());
    }

    /// The fast path reads what it reads as [`parse`] does, and leaves everything else to it.
    #[test]
    fn flat_json_is_read_as_parse_reads_it() {
        let flat = [
            r#"{"sub": "user-17", "claim": ["n:=17"]}"#,
            "\t{ \"a\" :1 , \"b\":[ ] ,\"c\":[\"x\",\"\"],\"d\":true,\"e\":false,\"f\":null} \r",
            r#"{"": "é✓", "n": 0, "m": 18446744073709551615, "no-x": true}"#,
            "{}",
            "17",
            r#""text""#,
            "[]",
            "null",
        ];
        for text in flat {
            let value = parse_flat(text).unwrap_or_else(|| panic!("{text} is flat"));
            assert_eq!(Ok(value), parse_str(text), "{text}");
        }
        let not_flat = [
            r#"{"a": 1, "a": 2}"#,
            r#"{"a": "\n"}"#,
            "{\"a\": \"\u{1}\"}",
            r#"{"a": 18446744073709551616}"#,
            r#"{"a": 01}"#,
            r#"{"a": -1}"#,
            r#"{"a": 1.5}"#,
            r#"{"a": 1e3}"#,
            r#"{"a": {}}"#,
            r#"{"a": [1]}"#,
            r#"{"a": [[]]}"#,
            r#"{"a": tru}"#,
            r#"{"a": truex}"#,
            r#"{"a": 1,}"#,
            r#"{"a" 1}"#,
            r#"{"a": 1} x"#,
            r#"{"a": 1"#,
            r#"{"a": "x"#,
            r#"["a",]"#,
            "",
            " ",
            "\u{feff}{}",
        ];
        for text in not_flat {
            assert_eq!(parse_flat(text), None, "{text}");
        }
    }

    #[test]
    fn syntax_errors_keep_their_place() {
        let text = "{\n  \"a\": tru\n}";
        let err = parse_str(text).unwrap_err();
        let theirs = serde_json::from_str::<Value>(text).unwrap_err();
        assert_eq!((err.line(), err.column()), (theirs.line(), theirs.column()));
        assert_eq!(err.to_string(), theirs.to_string());
        assert!(parse_str("{} x").is_err());
        assert_eq!(
            parse_str(" {\"a\": [null, true, \"é\"]} ").unwrap(),
            json!({"a": [null, true, "é"]})
        );
    }
}
