//! The command line: every clap definition lives here, and is turned into plain values for
//! the rest of the program.
//!
//! Conventions for clap attributes:
//! - the doc comment is the help: its first paragraph for `-h`, all of it for `--help`;
//! - `short` is written out explicitly and used sparingly; `long` is bare;
//! - `value_name` is UPPERCASE;
//! - no flag takes a secret or passphrase as its value: secrets come from files,
//!   environment variables or a prompt.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::claims::Assignment;
use crate::credentials::KeySources;
use crate::mint::MintOptions;
use crate::output::Format;
use crate::providers::generic::Generic;
use crate::sign::Alg;
use crate::time::{self, Expiry, TimeOptions, TimeSpec};

/// Mint signed JSON Web Tokens for services that accept custom JWT logins.
///
/// jwtmint prints the signed token (or the service's signed URL or header) on stdout and
/// nothing else, so `TOKEN=$(jwtmint …)` works. Warnings and errors go to stderr.
///
/// Exit status: 0 success; 1 a failure at run time (key, input, claims, I/O); 2 a usage error.
#[derive(Debug, Parser)]
#[command(
    name = "jwtmint",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Mint a token with any claims and any algorithm.
    ///
    /// No `exp` is added unless you ask for one (--expires-in or --exp).
    #[command(after_help = SIGN_EXAMPLE)]
    Sign(SignArgs),
}

const SIGN_EXAMPLE: &str = "\
Example:
  jwtmint sign --secret-file secret.txt --sub joe --aud api --expires-in 1h --claim role=reader
  jwtmint sign --key private.pem --alg PS256 --claims-file claims.json --format json";

#[derive(Debug, Args)]
pub struct SignArgs {
    /// The `sub` (subject) claim.
    #[arg(long, value_name = "SUBJECT")]
    pub sub: Option<String>,

    /// The `iss` (issuer) claim.
    #[arg(long, value_name = "ISSUER")]
    pub iss: Option<String>,

    /// The `aud` (audience) claim; repeat it for an array.
    ///
    /// One --aud gives a string, several give an array.
    #[arg(long, value_name = "AUDIENCE")]
    pub aud: Vec<String>,

    /// The `jti` (token id) claim; without a value, a random UUID v4.
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    pub jti: Option<String>,

    #[command(flatten)]
    pub mint: MintArgs,
}

impl SignArgs {
    pub fn generic(&self) -> Generic {
        Generic {
            sub: self.sub.clone(),
            iss: self.iss.clone(),
            aud: self.aud.clone(),
            jti: self
                .jti
                .clone()
                .map(|jti| if jti.is_empty() { None } else { Some(jti) }),
        }
    }
}

/// The options every minting subcommand shares.
#[derive(Debug, Args)]
pub struct MintArgs {
    #[command(flatten)]
    pub keys: KeyArgs,
    #[command(flatten)]
    pub claims: ClaimArgs,
    #[command(flatten)]
    pub time: TimeArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Key material")]
pub struct KeyArgs {
    /// Read the HMAC secret from this file (`-` = standard input).
    ///
    /// The secret is the file's bytes, less one trailing newline. Without this option the
    /// secret comes from the environment variable JWTMINT_SECRET, or else is asked for on the
    /// terminal. There is deliberately no option that takes the secret itself.
    #[arg(long, value_name = "PATH")]
    pub secret_file: Option<PathBuf>,

    /// Sign with this PEM private key (`-` = standard input) [env: JWTMINT_KEY_FILE].
    ///
    /// RSA (PKCS#1 or PKCS#8), EC P-256/P-384 (SEC1 or PKCS#8) or Ed25519 (PKCS#8), plain or
    /// passphrase-protected (legacy `Proc-Type: 4,ENCRYPTED` or encrypted PKCS#8).
    #[arg(long, value_name = "PATH")]
    pub key: Option<PathBuf>,

    /// Read the key's passphrase from this file (`-` = standard input).
    ///
    /// Without this option the passphrase comes from JWTMINT_PASSPHRASE, or else is asked
    /// for on the terminal.
    #[arg(long, value_name = "PATH")]
    pub passphrase_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Claims")]
pub struct ClaimArgs {
    /// Take claims from a JSON object in this file (`-` = standard input).
    #[arg(long, value_name = "PATH")]
    pub claims_file: Option<PathBuf>,

    /// Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable.
    ///
    /// Precedence: --claims-file < --claim < dedicated flags < the service's fixed claims.
    #[arg(long, value_name = "KEY=VALUE")]
    pub claim: Vec<Assignment>,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Time")]
pub struct TimeArgs {
    /// Set `iat` (default: now). Relative times count from it.
    ///
    /// TIME is Unix seconds or RFC 3339 (2026-01-01T00:00:00Z). Fixing --iat makes a run
    /// reproducible.
    #[arg(long, value_name = "TIME", value_parser = time::parse_time, conflicts_with = "no_iat")]
    pub iat: Option<i64>,

    /// Do not add `iat`.
    #[arg(long)]
    pub no_iat: bool,

    /// Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m.
    #[arg(long, value_name = "DURATION", value_parser = time::parse_duration,
          conflicts_with_all = ["exp", "no_exp"], allow_hyphen_values = true)]
    pub expires_in: Option<i64>,

    /// Set `exp` to this time (Unix seconds or RFC 3339).
    #[arg(long, value_name = "TIME", value_parser = time::parse_time, conflicts_with = "no_exp")]
    pub exp: Option<i64>,

    /// Do not add `exp`, where the service accepts tokens without one.
    #[arg(long)]
    pub no_exp: bool,

    /// Set `nbf`: a TIME, or a DURATION after `iat` (`-30s` for before).
    #[arg(long, value_name = "TIME|DURATION", value_parser = TimeSpec::parse,
          allow_hyphen_values = true)]
    pub nbf: Option<TimeSpec>,

    /// Allow an `exp` that is not after `iat` (to test how a service handles expired tokens).
    #[arg(long)]
    pub allow_expired: bool,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Output")]
pub struct OutputArgs {
    /// Signing algorithm; the subcommand's help lists which it accepts.
    ///
    /// Any of HS256 HS384 HS512 RS256 RS384 RS512 PS256 PS384 PS512 ES256 ES384 EdDSA, in any
    /// letter case; `none` is refused. Default: the subcommand's, or for `sign` HS256 with a
    /// secret and the key's natural algorithm with a key (RSA: RS256, P-256: ES256,
    /// P-384: ES384, Ed25519: EdDSA).
    #[arg(long, value_name = "ALG", value_parser = parse_alg)]
    pub alg: Option<Alg>,

    /// Set the `kid` (key id) header.
    #[arg(long, value_name = "KID")]
    pub kid: Option<String>,

    /// Set the `typ` header.
    #[arg(long, value_name = "TYP", default_value = "JWT")]
    pub typ: String,

    /// What to print.
    ///
    /// token: the compact token; json: {"token":"…"}; header: the HTTP header the service
    /// reads; claims: the payload that would be signed (needs no key); url: the signed URL
    /// (services that log in through a link).
    #[arg(long, value_name = "FORMAT", value_enum)]
    pub format: Option<Format>,
}

fn parse_alg(value: &str) -> Result<Alg, String> {
    value.parse()
}

impl MintArgs {
    /// The plain values the minting pipeline takes.
    pub fn options(&self) -> MintOptions {
        let time = &self.time;
        let expiry = match (time.expires_in, time.exp, time.no_exp) {
            (Some(secs), _, _) => Expiry::In(secs),
            (None, Some(at), _) => Expiry::At(at),
            (None, None, true) => Expiry::Never,
            (None, None, false) => Expiry::Default,
        };
        MintOptions {
            keys: KeySources {
                secret_file: self.keys.secret_file.clone(),
                key_file: self.keys.key.clone(),
                passphrase_file: self.keys.passphrase_file.clone(),
            },
            claims_file: self.claims.claims_file.clone(),
            claims: self.claims.claim.clone(),
            time: TimeOptions {
                iat: time.iat,
                no_iat: time.no_iat,
                expiry,
                nbf: time.nbf,
                allow_expired: time.allow_expired,
            },
            alg: self.output.alg,
            kid: self.output.kid.clone(),
            typ: self.output.typ.clone(),
            format: self.output.format,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definitions_are_consistent() {
        Cli::command().debug_assert();
    }

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("jwtmint").chain(args.iter().copied()))
    }

    #[test]
    fn sign_options_become_plain_values() {
        let cli = parse(&[
            "sign",
            "--sub",
            "joe",
            "--aud",
            "a",
            "--aud",
            "b",
            "--jti",
            "--claim",
            "n:=5",
            "--expires-in",
            "1h30m",
            "--iat",
            "1000",
            "--alg",
            "rs256",
            "--format",
            "json",
        ])
        .unwrap();
        let Command::Sign(args) = cli.command;
        let options = args.mint.options();
        assert_eq!(options.time.iat, Some(1000));
        assert_eq!(options.time.expiry, Expiry::In(5400));
        assert_eq!(options.alg, Some(Alg::RS256));
        assert_eq!(options.format, Some(Format::Json));
        assert_eq!(options.claims[0].key, "n");
        let generic = args.generic();
        assert_eq!(generic.jti, Some(None));
        assert_eq!(generic.aud, ["a", "b"]);
    }

    #[test]
    fn jti_takes_an_optional_value() {
        let Command::Sign(args) = parse(&["sign", "--jti", "abc"]).unwrap().command;
        assert_eq!(args.generic().jti, Some(Some("abc".into())));
        let Command::Sign(args) = parse(&["sign"]).unwrap().command;
        assert_eq!(args.generic().jti, None);
    }

    #[test]
    fn usage_errors() {
        for bad in [
            vec!["sign", "--alg", "none"],
            vec!["sign", "--alg", "XS256"],
            vec!["sign", "--expires-in", "soon"],
            vec!["sign", "--expires-in", "1h", "--exp", "1700000000"],
            vec!["sign", "--expires-in", "1h", "--no-exp"],
            vec!["sign", "--iat", "1", "--no-iat"],
            vec!["sign", "--claim", "novalue"],
            vec!["sign", "--format", "xml"],
            vec!["sign", "--secret", "hunter2"],
        ] {
            assert!(parse(&bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn negative_durations_parse() {
        let Command::Sign(args) = parse(&["sign", "--expires-in", "-1h", "--nbf", "-30s"])
            .unwrap()
            .command;
        assert_eq!(args.mint.time.expires_in, Some(-3600));
        assert_eq!(args.mint.time.nbf, Some(TimeSpec::After(-30)));
    }
}
