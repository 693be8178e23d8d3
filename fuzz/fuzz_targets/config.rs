//! The config file parser: any bytes as a config file's text, read into profiles (no files, no
//! environment, no commands run). An error must be one printable line that names the file; a
//! file that parses must give only sections of registered services (or `inspect`), no option
//! that grants rights, at most one secret source and one passphrase source per section.
#![no_main]

mod common;

use std::path::Path;

use jwtmint::config::{parse, INSPECT};
use jwtmint::exit::UsageError;
use jwtmint::providers::by_name;
use libfuzzer_sys::fuzz_target;

use common::check_error;

const PATH: &str = "/fuzz/jwtmint/config.toml";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse(text, Path::new(PATH), Some(Path::new("/home/fuzz"))) {
        Ok(config) => {
            if let Some(name) = &config.default_profile {
                assert!(config.profiles.contains_key(name));
            }
            for profile in config.profiles.values() {
                for (name, section) in &profile.sections {
                    let service = by_name(name);
                    assert!(service.is_some() || name == INSPECT, "section {name}");
                    for (opt, _) in &section.values {
                        assert!(!opt.grants_rights, "{name}: {}", opt.long);
                    }
                    let keys = &section.keys;
                    let secrets = [
                        keys.secret_file.is_some(),
                        keys.secret_env.is_some(),
                        keys.secret_command.is_some(),
                        keys.key_file.is_some(),
                    ];
                    assert!(secrets.iter().filter(|s| **s).count() <= 1);
                    assert!(!(keys.passphrase_file.is_some() && keys.passphrase_command.is_some()));
                }
            }
        }
        Err(err) => {
            assert!(err.is::<UsageError>(), "not a usage error: {err:#}");
            let message = check_error(&err);
            assert!(message.starts_with(PATH), "{message}");
        }
    }
});
