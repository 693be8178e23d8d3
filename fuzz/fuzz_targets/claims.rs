//! Claims: the input as a claims file (a JSON object), and each of its lines as a `--claim`
//! argument (`KEY=VALUE`, `KEY:=JSON`), nested as `--var`/`--data` do, then the whole payload
//! `jwtmint sign --format claims` would print.
#![no_main]

mod common;

use jwtmint::claims::{parse_object, user_claims, Assignment};
use jwtmint::cli::{parse_from, Parsed};
use jwtmint::mint::Minter;
use jwtmint::output::pretty_claims;
use jwtmint::providers::{nested_object, KeyFacts};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

use common::{check_error, NOW};

fuzz_target!(|data: &[u8]| {
    let file = match parse_object(data, "claims file c.json") {
        Ok(map) => Some(map),
        Err(err) => {
            check_error(&err);
            None
        }
    };
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };

    let mut args = vec!["jwtmint".to_string(), "sign".to_string()];
    let mut assignments = Vec::new();
    for line in text.lines().take(16) {
        if let Ok(assignment) = line.parse::<Assignment>() {
            let Assignment { key, value } = &assignment;
            assert!(!key.is_empty() && !key.contains('='), "key {key:?}");
            if !line.starts_with(&format!("{key}:=")) {
                assert_eq!(
                    Some(value.clone()),
                    line.split_once('=').map(|(_, v)| Value::String(v.into()))
                );
            }
            assignments.push(assignment);
        }
        args.push(format!("--claim={line}"));
    }
    let merged = user_claims(file.as_ref(), &assignments);
    assert!(assignments.iter().all(|a| merged.contains_key(&a.key)));
    if let Err(err) = nested_object(file.as_ref(), &assignments) {
        check_error(&err);
    }

    // The payload, as `jwtmint sign --claim … --claims-file … --format claims` builds it.
    let Ok(Parsed::Mint {
        service,
        values,
        options,
        ..
    }) = parse_from(&args)
    else {
        return;
    };
    let minter = match Minter::new(service, &values, &options) {
        Ok(minter) => minter,
        Err(err) => {
            check_error(&err);
            return;
        }
    };
    match minter.payload(file.as_ref(), &KeyFacts::default(), NOW) {
        Ok(payload) => {
            let printed = pretty_claims(&payload);
            assert!(serde_json::from_str::<Value>(&printed).is_ok());
        }
        Err(err) => {
            check_error(&err);
        }
    }
});
