//! Durations (`--expires-in`), times (`--iat`, `--exp`), `--iat` and `--nbf` specs, and the
//! time claims they become, together with `iat`/`exp`/`nbf` from a claims file. The input's
//! lines are: DURATION, TIME, NBF, CLAIMS (a JSON object), SWITCHES (letters, see below).
#![no_main]

mod common;

use jwtmint::claims::parse_object;
use jwtmint::time::{
    apply, human_duration, parse_duration, parse_time, rfc3339, Expiry, ExpiryRules, TimeOptions,
    TimeSpec,
};
use libfuzzer_sys::fuzz_target;
use serde_json::Map;

use common::{check_error, NOW};

const HUNDRED_YEARS: i64 = 100 * 366 * 86_400;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Each parser on the whole input, as one argument.
    let _ = parse_duration(text);
    let _ = parse_time(text);
    let _ = TimeSpec::parse(text);
    if let Ok(TimeSpec::After(secs)) = TimeSpec::parse_iat(text) {
        assert!(secs.abs() <= HUNDRED_YEARS);
    }

    let mut lines = text.split('\n');
    let mut next = || lines.next().unwrap_or("");
    let (duration, time, nbf, claims, switches) = (next(), next(), next(), next(), next());

    let duration = parse_duration(duration).ok();
    if let Some(secs) = duration {
        assert!(secs.abs() <= HUNDRED_YEARS);
        // What `inspect` and messages print reads back as the same duration.
        assert_eq!(parse_duration(&human_duration(secs)), Ok(secs));
    }
    let time = parse_time(time).ok();
    if let Some(t) = time {
        assert!(t <= 253_402_300_799);
        assert_eq!(parse_time(&rfc3339(t)), Ok(t), "{}", rfc3339(t));
    }
    let nbf = TimeSpec::parse(nbf).ok();
    let mut claims = parse_object(claims.as_bytes(), "claims").unwrap_or_else(|_| Map::new());

    let on = |c: char| switches.contains(c);
    let options = TimeOptions {
        iat: time.filter(|_| on('i')).map(TimeSpec::At),
        no_iat: on('n'),
        expiry: if on('x') {
            Expiry::Never
        } else if let (true, Some(t)) = (on('e'), time) {
            Expiry::At(t)
        } else if let Some(secs) = duration {
            Expiry::In(secs)
        } else {
            Expiry::Default
        },
        nbf,
        allow_expired: on('a'),
    };
    let rules = ExpiryRules {
        default: on('D').then_some(3600),
        may_omit: !on('M'),
        max_lifetime: on('L').then_some(86_400),
        requires_iat: on('R'),
        ..ExpiryRules::NONE
    };
    match apply(&mut claims, &options, rules, "service", NOW) {
        Ok(()) => {
            let base = claims.get("iat").and_then(|v| v.as_i64()).unwrap_or(NOW);
            if let Some(exp) = claims.get("exp") {
                let exp = exp.as_i64().expect("exp is whole seconds");
                assert!(options.allow_expired || exp > base);
            }
        }
        Err(err) => {
            check_error(&err);
        }
    }
});
