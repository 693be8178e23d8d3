//! One `--batch` line for each minting subcommand: its options read over the command line's,
//! then the payload built as for `--format claims` (no key, no signing). The first byte picks
//! the subcommand; the rest is the line, as the batch reader hands it over. Also checks that
//! the flat-line fast path (`json::parse_flat`) agrees with the full parser.
#![no_main]

mod common;

use std::sync::OnceLock;

use jwtmint::batch::line_payload;
use jwtmint::cli::{parse_from, Parsed};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

use common::{check_error, NOW};

/// A command line for each subcommand that mints without a line's help.
const BASES: [&[&str]; 8] = [
    &["sign", "--sub", "base"],
    &[
        "formio",
        "--project",
        "5c81a2e7f1d3b40012345601",
        "--form",
        "5c81a2e7f1d3b40012345602",
        "--role",
        "5c81a2e7f1d3b40012345603",
        "--data",
        "id=3f2b9c1e-7a4d",
    ],
    &["realm", "--user-id", "joe"],
    &["developerhub", "--docs-url", "https://docs.example.com"],
    &["tinymce", "--sub", "joe", "--name", "Joe"],
    &[
        "tiledesk",
        "--project",
        "5f8e1a2b3c4d5e6f7a8b9c0d",
        "--user-id",
        "u1",
    ],
    &[
        "meilisearch",
        "--api-key-uid",
        "6062abda-a5aa-4414-ac91-ecd7944c0f8d",
        "--index",
        "movies",
    ],
    &[
        "atlassian-connect",
        "--issuer",
        "com.example.app",
        "--base-url",
        "https://your-site.atlassian.net/wiki",
        "--url",
        "/rest/api/content?a=1",
    ],
];

fn bases() -> &'static Vec<Parsed> {
    static BASES_PARSED: OnceLock<Vec<Parsed>> = OnceLock::new();
    BASES_PARSED.get_or_init(|| {
        BASES
            .iter()
            .map(|args| {
                let argv = ["jwtmint"]
                    .iter()
                    .chain(args.iter())
                    .chain(["--batch", "-", "--iat", "1795514400"].iter());
                parse_from(argv).unwrap_or_else(|_| panic!("base command line {args:?}"))
            })
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, line)) = data.split_first() else {
        return;
    };
    // What the reader does to a line before minting it.
    let line = String::from_utf8_lossy(line);
    let line = line.trim_end_matches(['\n', '\r']);
    if line.contains('\n') || line.trim().is_empty() {
        return;
    }
    // The flat fast path reads what it reads as the full parser does.
    if let Some(flat) = jwtmint::json::parse_flat(line) {
        assert_eq!(jwtmint::json::parse_str(line), Ok(flat), "{line:?}");
    }
    let result = match &bases()[usize::from(which) % BASES.len()] {
        Parsed::Mint {
            service,
            values,
            options,
            ..
        } => line_payload(service, values, options, line, NOW),
        _ => unreachable!("only minting subcommands"),
    };
    match result {
        Ok(payload) => {
            let value: Value = serde_json::from_str(&payload).expect("the payload is JSON");
            assert!(value.is_object());
        }
        Err(err) => {
            check_error(&err);
        }
    }
});
