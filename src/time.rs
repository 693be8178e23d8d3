//! Durations (`90s`, `10m`, `1h30m`, `7d`) and times (RFC 3339 or Unix seconds), and the
//! registered time claims `iat`, `nbf` and `exp`. `iat` may also be given relative to now
//! (`now`, `-60s`, `+5m`).

use anyhow::{anyhow, bail, Result};
use serde_json::{Map, Value};

use crate::exit::UsageError;

/// The current Unix time in seconds.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The latest time taken: 9999-12-31T23:59:59Z.
const MAX_TIME: i64 = 253_402_300_799;

/// The longest duration taken, far from i64's edge so that adding it to a time cannot overflow.
const MAX_DURATION: i64 = 100 * 366 * 86_400;

/// Parses a duration such as `90s`, `10m`, `24h`, `7d`, `2w` or `1h30m` into seconds.
/// A bare number is seconds. A leading `-` makes it negative (a time in the past).
pub fn parse_duration(input: &str) -> Result<i64, String> {
    let text = input.trim();
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let bad = || {
        format!(
            "invalid duration `{input}`: use a number with a unit, e.g. 90s, 10m, 24h, 7d, 1h30m"
        )
    };
    if body.is_empty() {
        return Err(bad());
    }
    if body.bytes().all(|b| b.is_ascii_digit()) {
        let secs: i64 = body.parse().map_err(|_| bad())?;
        if secs > MAX_DURATION {
            return Err(format!("duration `{input}` is too large (over 100 years)"));
        }
        return Ok(if negative { -secs } else { secs });
    }
    let mut total: i64 = 0;
    let mut digits = String::new();
    for ch in body.chars() {
        if ch.is_ascii_digit() {
            digits.push(ch);
            continue;
        }
        let unit = match ch {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 604_800,
            _ => return Err(bad()),
        };
        let count: i64 = digits.parse().map_err(|_| bad())?;
        digits.clear();
        total = count
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(|| format!("duration `{input}` is too large"))?;
    }
    if !digits.is_empty() {
        return Err(bad());
    }
    // Keep far from i64's edge so that adding it to a time cannot overflow.
    if total > MAX_DURATION {
        return Err(format!("duration `{input}` is too large (over 100 years)"));
    }
    Ok(if negative { -total } else { total })
}

/// Parses a time: Unix seconds (`1700000000`) or RFC 3339 (`2026-11-24T10:00:00Z`).
pub fn parse_time(input: &str) -> Result<i64, String> {
    let text = input.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return text
            .parse::<i64>()
            .ok()
            .filter(|t| *t <= MAX_TIME)
            .ok_or_else(|| format!("time `{input}` is out of range"));
    }
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|t| t.timestamp())
        .map_err(|_| {
            format!(
                "invalid time `{input}`: use Unix seconds (1767225600) or RFC 3339 \
                 (2026-01-01T00:00:00Z)"
            )
        })
}

/// A time given either absolutely or relative to a base: `iat` for `--nbf`, now for `--iat`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeSpec {
    At(i64),
    After(i64),
}

impl TimeSpec {
    /// Parses `--iat`: `now`, a duration relative to now (`-60s`, `+5m`, `90s`; a sign makes a
    /// bare number seconds too), or a time (Unix seconds or RFC 3339).
    pub fn parse_iat(input: &str) -> Result<Self, String> {
        Self::parse_from(input, "now")
    }

    /// Parses `--nbf`: the forms `--iat` takes, a relative one counting from `iat`.
    pub fn parse(input: &str) -> Result<Self, String> {
        Self::parse_from(input, "iat")
    }

    /// `now` (a zero duration), a duration from `base` (`-60s`, `+5m`, `90s`; a sign makes a
    /// bare number seconds too), or a time (Unix seconds or RFC 3339). Every time option takes
    /// these forms.
    fn parse_from(input: &str, base: &str) -> Result<Self, String> {
        let text = input.trim();
        if text.eq_ignore_ascii_case("now") {
            return Ok(TimeSpec::After(0));
        }
        let signed = text.starts_with(['-', '+']);
        let has_unit = text.ends_with(|c: char| "smhdw".contains(c)) && !text.contains(['T', ':']);
        if signed || has_unit {
            parse_duration(text).map(TimeSpec::After).map_err(|e| {
                if e.starts_with("invalid") {
                    format!(
                        "invalid time `{input}`: use now, a duration from {base} (-60s, +5m), \
                         Unix seconds (1767225600) or RFC 3339 (2026-01-01T00:00:00Z)"
                    )
                } else {
                    e
                }
            })
        } else {
            parse_time(text).map(TimeSpec::At)
        }
    }

    /// The time itself, `base` + the duration for a relative one.
    pub fn resolve(self, base: i64) -> i64 {
        match self {
            TimeSpec::At(t) => t,
            TimeSpec::After(d) => base + d,
        }
    }
}

/// How the expiry was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Expiry {
    /// Nothing said: the subcommand's default applies.
    #[default]
    Default,
    In(i64),
    At(i64),
    Never,
}

/// Parses `--exp`: the forms `--iat` takes; `now` and a duration count from `iat`, as
/// `--expires-in` does (`--exp +1h` is `--expires-in 1h`).
pub fn parse_exp(input: &str) -> Result<Expiry, String> {
    Ok(match TimeSpec::parse(input)? {
        TimeSpec::At(at) => Expiry::At(at),
        TimeSpec::After(secs) => Expiry::In(secs),
    })
}

/// The time options, as plain values.
#[derive(Debug, Clone, Default)]
pub struct TimeOptions {
    /// `--iat`; a relative one counts from now (a batch's start time for every line).
    pub iat: Option<TimeSpec>,
    pub no_iat: bool,
    pub expiry: Expiry,
    pub nbf: Option<TimeSpec>,
    pub allow_expired: bool,
}

/// What a subcommand says about expiry.
#[derive(Debug, Clone, Copy)]
pub struct ExpiryRules {
    /// Lifetime used when the user says nothing; `None` mints no `exp` by default.
    pub default: Option<i64>,
    /// Whether `--no-exp` is allowed.
    pub may_omit: bool,
    /// The longest lifetime the service accepts.
    pub max_lifetime: Option<i64>,
    /// Whether the service needs `iat` (so `--no-iat` is refused).
    pub requires_iat: bool,
    /// How many seconds before now `iat` is set when nothing else sets it, for services that
    /// reject an `iat` from a clock running a little fast (GitHub). Relative times still
    /// count from `iat`.
    pub backdate: i64,
    /// `nbf` this long after `iat` when `--nbf` is not given (`Some(0)`: `nbf` = `iat`).
    pub default_nbf: Option<i64>,
    /// The service takes no `exp` at all (APNs): any expiry option is refused with this
    /// reason, and none is minted.
    pub no_exp: Option<&'static str>,
}

impl ExpiryRules {
    pub const NONE: ExpiryRules = ExpiryRules {
        default: None,
        may_omit: true,
        max_lifetime: None,
        requires_iat: false,
        backdate: 0,
        default_nbf: None,
        no_exp: None,
    };
}

/// Sets `iat`, `nbf` and `exp` in `claims`. Explicit options override claims given in a file or
/// with `--claim`; defaults only fill what is missing. `now` is the current Unix time.
pub fn apply(
    claims: &mut Map<String, Value>,
    options: &TimeOptions,
    rules: ExpiryRules,
    service: &str,
    now: i64,
) -> Result<()> {
    if options.no_iat {
        if rules.requires_iat {
            bail!(UsageError::new(format!(
                "{service} requires `iat`: --no-iat is not allowed here"
            )));
        }
        claims.remove("iat");
    } else if let Some(iat) = options.iat {
        claims.insert("iat".into(), iat.resolve(now).into());
    } else {
        claims
            .entry("iat")
            .or_insert_with(|| (now - rules.backdate).into());
    }
    // Relative times count from iat, so a run with --iat fixed is reproducible.
    let iat = claims.get("iat");
    let has_iat = iat.is_some();
    let base = match iat {
        Some(value) => claim_time("iat", value)?,
        None => now,
    };

    if let Some(nbf) = options.nbf {
        claims.insert("nbf".into(), nbf.resolve(base).into());
    } else if let (Some(after), false) = (rules.default_nbf, claims.contains_key("nbf")) {
        claims.insert("nbf".into(), (base + after).into());
    }

    if let Some(reason) = rules.no_exp {
        if options.expiry != Expiry::Default || claims.contains_key("exp") {
            bail!(UsageError::new(format!(
                "{service} tokens carry no `exp`: {reason}"
            )));
        }
        return Ok(());
    }

    match options.expiry {
        Expiry::Never => {
            if !rules.may_omit {
                bail!(UsageError::new(format!(
                    "{service} requires an expiry: --no-exp is not allowed here"
                )));
            }
            claims.remove("exp");
        }
        Expiry::In(secs) => {
            claims.insert("exp".into(), (base + secs).into());
        }
        Expiry::At(t) => {
            claims.insert("exp".into(), t.into());
        }
        Expiry::Default => {
            if !claims.contains_key("exp") {
                if let Some(secs) = rules.default {
                    claims.insert("exp".into(), (base + secs).into());
                }
            }
        }
    }

    // Settled from here on: each looked up once.
    let nbf = claims.get("nbf");
    if let Some(exp) = claims.get("exp") {
        let exp = claim_time("exp", exp)?;
        let base_name = if has_iat { "iat" } else { "now" };
        if exp <= base && !options.allow_expired {
            bail!(
                "exp ({}) is not after {base_name} ({}): the token would be born expired; \
                 pass --allow-expired if that is what you want",
                rfc3339(exp),
                rfc3339(base)
            );
        }
        if let Some(nbf) = nbf.and_then(Value::as_i64) {
            if nbf >= exp && !options.allow_expired {
                bail!(
                    "nbf ({}) is not before exp ({}): the token could never be used",
                    rfc3339(nbf),
                    rfc3339(exp)
                );
            }
        }
        if let Some(max) = rules.max_lifetime {
            if exp - base > max {
                bail!(
                    "{service} refuses tokens that live longer than {}; asked for {}",
                    human_duration(max),
                    human_duration(exp - base)
                );
            }
        }
    }
    if let Some(nbf) = nbf {
        if nbf.as_i64().is_none() {
            bail!("claim `nbf` must be a whole number of seconds, found {nbf}");
        }
    }
    Ok(())
}

/// A time claim from a claims file or `--claim`, within the years that `parse_time` takes, so
/// that adding a duration to it or subtracting another time cannot overflow.
fn claim_time(claim: &str, value: &Value) -> Result<i64> {
    let t = value.as_i64().ok_or_else(|| {
        anyhow!("claim `{claim}` must be a whole number of seconds, found {value}")
    })?;
    if t.unsigned_abs() > MAX_TIME as u64 {
        bail!("claim `{claim}` is {value}, beyond the year 9999");
    }
    Ok(t)
}

pub fn rfc3339(t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0)
        .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_else(|| t.to_string())
}

/// `90061` → `1d1h1m1s`, the same syntax `--expires-in` takes.
pub fn human_duration(secs: i64) -> String {
    if secs == 0 {
        return "0s".into();
    }
    let mut rest = secs.unsigned_abs();
    let mut out = String::from(if secs < 0 { "-" } else { "" });
    for (unit, size) in [("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)] {
        if rest >= size {
            out.push_str(&format!("{}{unit}", rest / size));
            rest %= size;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// `--exp` and `--nbf` take every form `--iat` does.
    #[test]
    fn every_time_option_parses_the_same_forms() {
        assert_eq!(parse_exp("+1h"), Ok(Expiry::In(3600)));
        assert_eq!(parse_exp("now"), Ok(Expiry::In(0)));
        assert_eq!(parse_exp("-30"), Ok(Expiry::In(-30)));
        assert_eq!(parse_exp("1893456000"), Ok(Expiry::At(1893456000)));
        assert_eq!(TimeSpec::parse("now"), Ok(TimeSpec::After(0)));
        assert_eq!(TimeSpec::parse("+5m"), Ok(TimeSpec::After(300)));
        for input in [
            "now",
            "+5m",
            "-60s",
            "90s",
            "+30",
            "1700000000",
            "2026-01-01T00:00:00Z",
        ] {
            assert!(TimeSpec::parse_iat(input).is_ok(), "{input}");
            assert!(TimeSpec::parse(input).is_ok(), "{input}");
            assert!(parse_exp(input).is_ok(), "{input}");
        }
    }

    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90s"), Ok(90));
        assert_eq!(parse_duration("10m"), Ok(600));
        assert_eq!(parse_duration("24h"), Ok(86_400));
        assert_eq!(parse_duration("7d"), Ok(604_800));
        assert_eq!(parse_duration("1h30m"), Ok(5400));
        assert_eq!(parse_duration("3600"), Ok(3600));
        assert_eq!(parse_duration("-5m"), Ok(-300));
        for bad in [
            "",
            "m",
            "10x",
            "1h30",
            "h1",
            "99999999999999999999s",
            "1.5h",
            "-",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad} should fail");
        }
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("1700000000"), Ok(1_700_000_000));
        assert_eq!(parse_time("2026-01-01T00:00:00Z"), Ok(1_767_225_600));
        assert_eq!(parse_time("2026-01-01T01:00:00+01:00"), Ok(1_767_225_600));
        assert!(parse_time("yesterday").is_err());
        assert!(parse_time("99999999999999").is_err());
    }

    #[test]
    fn iat_spec() {
        assert_eq!(TimeSpec::parse_iat("now"), Ok(TimeSpec::After(0)));
        assert_eq!(TimeSpec::parse_iat("NOW"), Ok(TimeSpec::After(0)));
        assert_eq!(TimeSpec::parse_iat("-60s"), Ok(TimeSpec::After(-60)));
        assert_eq!(TimeSpec::parse_iat("+5m"), Ok(TimeSpec::After(300)));
        assert_eq!(TimeSpec::parse_iat("-60"), Ok(TimeSpec::After(-60)));
        assert_eq!(TimeSpec::parse_iat("1h30m"), Ok(TimeSpec::After(5400)));
        assert_eq!(
            TimeSpec::parse_iat("1700000000"),
            Ok(TimeSpec::At(1_700_000_000))
        );
        assert_eq!(
            TimeSpec::parse_iat("2026-01-01T00:00:00Z"),
            Ok(TimeSpec::At(1_767_225_600))
        );
        for bad in [
            "",
            "-",
            "+",
            "yesterday",
            "-1.5h",
            "now-60s",
            "-99999999999999s",
        ] {
            let err = TimeSpec::parse_iat(bad).unwrap_err();
            assert!(
                err.contains("invalid") || err.contains("too large"),
                "{bad}: {err}"
            );
        }
        let options = TimeOptions {
            iat: Some(TimeSpec::After(-60)),
            expiry: Expiry::In(600),
            nbf: Some(TimeSpec::After(0)),
            ..Default::default()
        };
        let claims = run(options, ExpiryRules::NONE).unwrap();
        assert_eq!(claims["iat"], 940);
        assert_eq!(claims["nbf"], 940);
        assert_eq!(claims["exp"], 1540);
    }

    #[test]
    fn nbf_spec() {
        assert_eq!(TimeSpec::parse("5m"), Ok(TimeSpec::After(300)));
        assert_eq!(TimeSpec::parse("-30s"), Ok(TimeSpec::After(-30)));
        assert_eq!(
            TimeSpec::parse("1700000000"),
            Ok(TimeSpec::At(1_700_000_000))
        );
        assert_eq!(
            TimeSpec::parse("2026-01-01T00:00:00Z"),
            Ok(TimeSpec::At(1_767_225_600))
        );
    }

    fn run(options: TimeOptions, rules: ExpiryRules) -> Result<Map<String, Value>> {
        let mut claims = Map::new();
        apply(&mut claims, &options, rules, "test", 1000)?;
        Ok(claims)
    }

    #[test]
    fn relative_times_count_from_iat() {
        let options = TimeOptions {
            iat: Some(TimeSpec::At(5000)),
            expiry: Expiry::In(60),
            nbf: Some(TimeSpec::After(-10)),
            ..Default::default()
        };
        let claims = run(options, ExpiryRules::NONE).unwrap();
        assert_eq!(claims["iat"], 5000);
        assert_eq!(claims["exp"], 5060);
        assert_eq!(claims["nbf"], 4990);
    }

    #[test]
    fn defaults_fill_but_do_not_override() {
        let rules = ExpiryRules {
            default: Some(600),
            may_omit: false,
            ..ExpiryRules::NONE
        };
        let claims = run(TimeOptions::default(), rules).unwrap();
        assert_eq!(claims["iat"], 1000);
        assert_eq!(claims["exp"], 1600);

        let mut claims = Map::new();
        claims.insert("exp".into(), 2000.into());
        apply(&mut claims, &TimeOptions::default(), rules, "t", 1000).unwrap();
        assert_eq!(claims["exp"], 2000);
    }

    #[test]
    fn expired_and_too_long_tokens_are_refused() {
        let expired = TimeOptions {
            expiry: Expiry::At(900),
            ..Default::default()
        };
        assert!(run(expired.clone(), ExpiryRules::NONE)
            .unwrap_err()
            .to_string()
            .contains("--allow-expired"));
        let allowed = TimeOptions {
            allow_expired: true,
            ..expired
        };
        assert_eq!(run(allowed, ExpiryRules::NONE).unwrap()["exp"], 900);

        let rules = ExpiryRules {
            max_lifetime: Some(86_400),
            ..ExpiryRules::NONE
        };
        let long = TimeOptions {
            expiry: Expiry::In(86_401),
            ..Default::default()
        };
        assert!(run(long, rules)
            .unwrap_err()
            .to_string()
            .contains("longer than 1d"));

        let never = TimeOptions {
            expiry: Expiry::Never,
            ..Default::default()
        };
        let strict = ExpiryRules {
            default: Some(60),
            may_omit: false,
            ..ExpiryRules::NONE
        };
        assert!(run(never, strict)
            .unwrap_err()
            .to_string()
            .contains("--no-exp"));
    }

    #[test]
    fn no_iat_removes_it() {
        let options = TimeOptions {
            no_iat: true,
            ..Default::default()
        };
        assert!(!run(options, ExpiryRules::NONE).unwrap().contains_key("iat"));
    }

    #[test]
    fn human_durations() {
        assert_eq!(human_duration(90_061), "1d1h1m1s");
        assert_eq!(human_duration(600), "10m");
    }

    #[test]
    fn backdated_iat_default_nbf_and_no_exp() {
        let rules = ExpiryRules {
            default: Some(540),
            backdate: 60,
            default_nbf: Some(0),
            ..ExpiryRules::NONE
        };
        let mut claims = Map::new();
        apply(&mut claims, &TimeOptions::default(), rules, "svc", 1000).unwrap();
        assert_eq!(claims["iat"], 940);
        assert_eq!(claims["nbf"], 940);
        assert_eq!(claims["exp"], 940 + 540);

        // An explicit --iat is taken as given.
        let options = TimeOptions {
            iat: Some(TimeSpec::At(2000)),
            ..TimeOptions::default()
        };
        let mut claims = Map::new();
        apply(&mut claims, &options, rules, "svc", 1000).unwrap();
        assert_eq!(claims["iat"], 2000);

        let rules = ExpiryRules {
            no_exp: Some("the service ignores it"),
            ..ExpiryRules::NONE
        };
        let mut claims = Map::new();
        apply(&mut claims, &TimeOptions::default(), rules, "svc", 1000).unwrap();
        assert!(!claims.contains_key("exp"));
        let options = TimeOptions {
            expiry: Expiry::In(60),
            ..TimeOptions::default()
        };
        let err = apply(&mut Map::new(), &options, rules, "svc", 1000).unwrap_err();
        assert!(err.is::<UsageError>());
        assert!(err
            .to_string()
            .contains("carry no `exp`: the service ignores it"));
    }
}
