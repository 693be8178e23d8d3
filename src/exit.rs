//! Exit codes, in one place.
//!
//! | code | meaning |
//! |------|---------|
//! | 0    | success |
//! | 1    | a failure at run time: key, input, claims, I/O, a check that failed |
//! | 2    | a usage error: bad flags or a combination the subcommand does not allow |
//!
//! The rule: a value the user typed (a flag, an environment variable, a profile value) that is
//! wrong, missing or does not fit with another is 2, [`UsageError`]; something found only by
//! reading a file, a key, a store or the network is 1, every other error. Code that only looks
//! at typed values (a service's `build`) has its errors made usage errors in one place
//! ([`usage`]); inside such code, what is found by reading a file is marked [`found`] so it
//! stays 1.

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

/// Something found by reading a file, a key, a store or the network, inside code whose other
/// errors are usage errors: [`usage`] leaves it alone, so it exits 1.
#[derive(Debug)]
pub struct Found(String);

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Found {}

/// Marks an error as found by reading (exit 1), keeping its message.
pub fn found(error: anyhow::Error) -> anyhow::Error {
    Found(format!("{error:#}")).into()
}

/// Makes an error from checking typed values a usage error (exit 2), keeping its message;
/// an error already classified ([`UsageError`], [`Found`]) or coming from I/O is left alone.
pub fn usage(error: anyhow::Error) -> anyhow::Error {
    let classified = error
        .chain()
        .any(|e| e.is::<UsageError>() || e.is::<Found>() || e.is::<std::io::Error>());
    if classified {
        error
    } else {
        UsageError::new(format!("{error:#}")).into()
    }
}

/// `inspect` found a problem and has already said so: exit 1 without another message.
#[derive(Debug)]
pub struct ChecksFailed;

impl fmt::Display for ChecksFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a check failed")
    }
}

impl std::error::Error for ChecksFailed {}

/// The exit code for an error: 2 for usage errors, 1 for everything else. The outermost
/// classification wins: a [`Found`] wrapping a usage error's text is 1.
pub fn code_for(error: &anyhow::Error) -> u8 {
    for e in error.chain() {
        if e.is::<Found>() {
            return FAILURE;
        }
        if e.is::<UsageError>() {
            return USAGE;
        }
    }
    FAILURE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_values_are_usage_and_reads_are_failures() {
        let plain = anyhow::anyhow!("--project is not an id");
        assert_eq!(code_for(&plain), FAILURE);
        assert_eq!(code_for(&usage(plain)), USAGE);
        let read = found(anyhow::anyhow!("damaged certificate"));
        assert_eq!(code_for(&usage(read)), FAILURE);
        let io = anyhow::Error::from(std::io::Error::other("gone")).context("reading x");
        assert_eq!(code_for(&usage(io)), FAILURE);
        let message = format!("{:#}", usage(anyhow::anyhow!("b").context("a")));
        assert_eq!(message, "a: b");
    }
}
