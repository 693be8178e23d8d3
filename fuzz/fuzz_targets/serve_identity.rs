//! `jwtmint serve --from-header`: request header values (untrusted bytes, as hyper hands them
//! over) set a service's options, then the payload is built as a request builds it (no key, no
//! signing). The first byte picks the service; the rest is split at NUL bytes into the values
//! of its identity headers.
#![no_main]

mod common;

use jwtmint::mint::{MintOptions, Minter};
use jwtmint::providers::{by_name, KeyFacts, Values};
use jwtmint::serve::identity::{self, FromHeader};
use libfuzzer_sys::fuzz_target;

use common::{check_error, NOW};

/// A service, its command-line values, and the options taken from headers.
const SETUPS: [(&str, &[(&str, &str)], &[&str]); 4] = [
    ("sign", &[], &["sub=x-user", "aud=x-aud"]),
    ("tinymce", &[], &["sub=x-user", "name=x-name"]),
    ("developerhub", &[("docs-url", "https://docs.example.com")], &["error-redirect-url=x-u"]),
    (
        "formio",
        &[("form", "5c81a2e7f1d3b40012345602"), ("role", "5c81a2e7f1d3b40012345603")],
        &["project=x-project", "data=x-data"],
    ),
];

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let (name, given, from) = SETUPS[usize::from(which) % SETUPS.len()];
    let service = by_name(name).expect("a registered service");
    let identities: Vec<FromHeader> = from
        .iter()
        .filter_map(|text| identity::parse(service, text).ok())
        .collect();
    let mut values = Values::new();
    for (long, text) in given {
        let opt = service.option(long).expect("the service's option");
        values = values.with(opt, jwtmint::providers::Given::Text((*text).to_string()));
    }
    let parts: Vec<&[u8]> = rest.split(|b| *b == 0).collect();
    let result = identity::apply(&identities, &mut values, |header| {
        identities
            .iter()
            .position(|id| id.header == header)
            .and_then(|i| parts.get(i).copied())
            .into_iter()
            .collect()
    });
    let Ok(()) = result else {
        return;
    };
    // What reaches the access log is one printable line.
    let who = identity::describe(&identities, &values);
    assert!(!who.contains(char::is_control), "{who:?}");
    let options = MintOptions {
        typ: "JWT".into(),
        ..MintOptions::default()
    };
    let minted = Minter::new(service, &values, &options)
        .and_then(|minter| minter.checked_payload(None, &KeyFacts::default(), NOW));
    if let Err(err) = minted {
        check_error(&err);
    }
});
