//! Exit codes, in one place.
//!
//! | code | meaning |
//! |------|---------|
//! | 0    | success |
//! | 1    | a failure at run time: key, input, claims, I/O, a check that failed |
//! | 2    | a usage error: bad flags or a combination the subcommand does not allow |

use std::fmt;

pub const SUCCESS: u8 = 0;
pub const FAILURE: u8 = 1;
pub const USAGE: u8 = 2;

/// An error in how jwtmint was called, found after clap parsed the arguments. Exits with 2.
#[derive(Debug)]
pub struct UsageError(String);

impl UsageError {
    pub fn new(message: impl Into<String>) -> Self {
        UsageError(message.into())
    }
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// `inspect` found a problem and has already said so: exit 1 without another message.
#[derive(Debug)]
pub struct ChecksFailed;

impl fmt::Display for ChecksFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a check failed")
    }
}

impl std::error::Error for ChecksFailed {}

/// The exit code for an error: 2 for usage errors, 1 for everything else.
pub fn code_for(error: &anyhow::Error) -> u8 {
    if error.chain().any(|e| e.is::<UsageError>()) {
        USAGE
    } else {
        FAILURE
    }
}
