//! HMAC secrets written in an encoding: `--secret-encoding utf8|hex|base64|base64url`. Errors
//! say what is wrong and where, never what the secret holds.

use std::fmt;
use std::str::FromStr;

use anyhow::{bail, Result};
use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use zeroize::Zeroizing;

/// How a secret's bytes are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SecretEncoding {
    /// The bytes as they are (today's behaviour).
    #[default]
    Utf8,
    /// Hex digits, either case.
    Hex,
    /// Standard base64 (`+`, `/`), padding optional.
    Base64,
    /// URL-safe base64 (`-`, `_`), padding optional.
    Base64Url,
}

impl SecretEncoding {
    pub const ALL: [SecretEncoding; 4] = [
        SecretEncoding::Utf8,
        SecretEncoding::Hex,
        SecretEncoding::Base64,
        SecretEncoding::Base64Url,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SecretEncoding::Utf8 => "utf8",
            SecretEncoding::Hex => "hex",
            SecretEncoding::Base64 => "base64",
            SecretEncoding::Base64Url => "base64url",
        }
    }
}

impl fmt::Display for SecretEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for SecretEncoding {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SecretEncoding::ALL
            .into_iter()
            .find(|e| e.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                let names: Vec<_> = SecretEncoding::ALL.iter().map(|e| e.name()).collect();
                format!("unknown secret encoding `{s}`; one of {}", names.join(", "))
            })
    }
}

const fn lenient(alphabet: &'static alphabet::Alphabet) -> GeneralPurpose {
    GeneralPurpose::new(
        alphabet,
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
    )
}
const BASE64: GeneralPurpose = lenient(&alphabet::STANDARD);
const BASE64URL: GeneralPurpose = lenient(&alphabet::URL_SAFE);

/// Decodes a secret written in `encoding`. `utf8` gives the bytes unchanged; for the others,
/// ASCII whitespace (line breaks of wrapped base64, spaces between hex pairs) is ignored. An
/// empty result is an error for every encoding but `utf8` (the caller judges that one).
pub fn decode_secret(raw: &[u8], encoding: SecretEncoding) -> Result<Zeroizing<Vec<u8>>> {
    if encoding == SecretEncoding::Utf8 {
        return Ok(Zeroizing::new(raw.to_vec()));
    }
    let mut text = Zeroizing::new(Vec::with_capacity(raw.len()));
    text.extend(raw.iter().copied().filter(|b| !b.is_ascii_whitespace()));
    let decoded = match encoding {
        SecretEncoding::Utf8 => unreachable!("handled above"),
        SecretEncoding::Hex => hex(&text)?,
        SecretEncoding::Base64 | SecretEncoding::Base64Url => {
            let (engine, other, hint) = if encoding == SecretEncoding::Base64 {
                (&BASE64, [b'-', b'_'], "base64url")
            } else {
                (&BASE64URL, [b'+', b'/'], "base64")
            };
            let mut out = Zeroizing::new(Vec::with_capacity(text.len()));
            if engine.decode_vec(&*text, &mut out).is_err() {
                let position = text.iter().position(|b| {
                    !(b.is_ascii_alphanumeric()
                        || *b == b'='
                        || if encoding == SecretEncoding::Base64 {
                            matches!(b, b'+' | b'/')
                        } else {
                            matches!(b, b'-' | b'_')
                        })
                });
                match position {
                    Some(_) if text.iter().any(|b| other.contains(b)) => bail!(
                        "the secret is not {encoding}: it has `{}` or `{}`; is it {hint}?",
                        other[0] as char,
                        other[1] as char
                    ),
                    Some(i) => bail!(
                        "the secret is not {encoding}: character {} is not a {encoding} digit",
                        i + 1
                    ),
                    None => bail!(
                        "the secret is not {encoding}: its length or padding is wrong \
                         (truncated?)"
                    ),
                }
            }
            out
        }
    };
    if decoded.is_empty() {
        bail!("the {encoding} secret is empty");
    }
    Ok(decoded)
}

fn hex(text: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    let digit = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    };
    if let Some(i) = text.iter().position(|b| digit(*b).is_none()) {
        bail!(
            "the secret is not hex: character {} is not a hex digit",
            i + 1
        );
    }
    if text.len() % 2 == 1 {
        bail!(
            "the secret is not hex: it has an odd number of digits ({})",
            text.len()
        );
    }
    let mut out = Zeroizing::new(Vec::with_capacity(text.len() / 2));
    for pair in text.chunks_exact(2) {
        // Both are digits: checked above.
        out.push((digit(pair[0]).unwrap_or(0) << 4) | digit(pair[1]).unwrap_or(0));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(raw: &str, encoding: SecretEncoding) -> Result<Vec<u8>> {
        decode_secret(raw.as_bytes(), encoding).map(|s| s.to_vec())
    }

    fn error(raw: &str, encoding: SecretEncoding) -> String {
        let err = decode(raw, encoding).unwrap_err().to_string();
        assert!(!err.contains(raw), "{err} quotes the secret");
        err
    }

    #[test]
    fn each_encoding_decodes() {
        use SecretEncoding::*;
        assert_eq!(decode("s3cr€t", Utf8).unwrap(), "s3cr€t".as_bytes());
        assert_eq!(decode("00ff10Ab", Hex).unwrap(), [0, 0xff, 0x10, 0xab]);
        assert_eq!(decode("00 ff\n10ab\n", Hex).unwrap(), [0, 0xff, 0x10, 0xab]);
        assert_eq!(decode("+/8=", Base64).unwrap(), [0xfb, 0xff]);
        assert_eq!(decode("+/8", Base64).unwrap(), [0xfb, 0xff]);
        assert_eq!(decode("-_8", Base64Url).unwrap(), [0xfb, 0xff]);
        assert_eq!(decode("-_8=", Base64Url).unwrap(), [0xfb, 0xff]);
        assert_eq!(decode("AQID\nBA==\n", Base64).unwrap(), [1, 2, 3, 4]);
    }

    #[test]
    fn bad_digits_are_located_not_quoted() {
        use SecretEncoding::*;
        assert_eq!(
            error("deadbeefXYsecret", Hex),
            "the secret is not hex: character 9 is not a hex digit"
        );
        assert_eq!(
            error("deadbeef0", Hex),
            "the secret is not hex: it has an odd number of digits (9)"
        );
        assert_eq!(
            error("abc-def_ghij", Base64),
            "the secret is not base64: it has `-` or `_`; is it base64url?"
        );
        assert_eq!(
            error("abc+def/ghij", Base64Url),
            "the secret is not base64url: it has `+` or `/`; is it base64?"
        );
        assert_eq!(
            error("abc*defghijk", Base64),
            "the secret is not base64: character 4 is not a base64 digit"
        );
        assert!(error("abcde", Base64).contains("length or padding"));
        assert_eq!(error("  \n", Hex), "the hex secret is empty");
    }

    #[test]
    fn names_parse() {
        assert_eq!("HEX".parse(), Ok(SecretEncoding::Hex));
        assert_eq!("base64url".parse(), Ok(SecretEncoding::Base64Url));
        assert!("b64"
            .parse::<SecretEncoding>()
            .unwrap_err()
            .contains("one of utf8, hex"));
    }
}
