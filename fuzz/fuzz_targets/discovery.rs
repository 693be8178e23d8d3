//! `inspect --discover`: a fetched OpenID discovery document (untrusted bytes from the
//! network) read for its `jwks_uri`, which must be an https URL (http only to loopback) of an
//! issuer that is exactly the token's `iss`.
#![no_main]

mod common;

use jwtmint::inspect::remote::jwks_uri_from_discovery;
use libfuzzer_sys::fuzz_target;

use common::check_error;

const ISS: &str = "https://id.example.com";

fuzz_target!(|data: &[u8]| {
    match jwks_uri_from_discovery(data, ISS) {
        Ok(url) => {
            assert!(
                url.scheme() == "https" || jwtmint::http::is_loopback(&url),
                "{url}"
            );
        }
        Err(err) => {
            check_error(&err);
        }
    }
});
