//! `jwtmint inspect`: finding the token in what was pasted (a header, a URL, a JSON body),
//! decoding it, and the report: times, an HS* signature checked with a fixed secret, and each
//! service's rules. The input is the text on standard input.
#![no_main]

mod common;

use jwtmint::inspect::report_for;
use jwtmint::providers::inspectable_names;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

use common::{check_error, check_terminal_text, NOW};

/// The secret the seed tokens are signed with.
const SECRET: &[u8] = b"inspect-fuzz-secret-0123456789abcdef";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let providers = std::iter::once(None).chain(inspectable_names().into_iter().map(Some));
    for (i, provider) in providers.enumerate() {
        let secret = (i % 2 == 0).then_some(SECRET);
        match report_for(text, provider, secret, NOW) {
            Ok(report) => {
                let json: Value = serde_json::from_str(&report.json()).expect("the report is JSON");
                assert!(json.is_object());
                let _ = report.decoded_text();
                check_terminal_text(&report.verdict_text());
                let _ = report.passed();
            }
            Err(err) => {
                check_error(&err);
                // The same input fails the same way whatever the provider.
                break;
            }
        }
    }
});
