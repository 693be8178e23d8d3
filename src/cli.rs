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

use clap::builder::TypedValueParser;
use clap::{Args, Parser, Subcommand};

use serde_json::{Map, Value};

use crate::claims::{self, Assignment};
use crate::credentials::KeySources;
use crate::exit::UsageError;
use crate::keygen::{KeyType, KeygenKind, KeygenOptions};
use crate::mint::MintOptions;
use crate::output::Format;
use crate::providers;
use crate::providers::developerhub::DeveloperHub;
use crate::providers::formio::Formio;
use crate::providers::generic::Generic;
use crate::providers::realm::Realm;
use crate::providers::tiledesk::{Role, Tiledesk};
use crate::providers::tinymce::{Product, TinyMce};
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

    /// Form.io on-premise SSO: a token the server accepts as an external user.
    ///
    /// Builds exactly {"external":true,"form":{"_id"},"project":{"_id"},"user":{"_id":"external",
    /// "data":{…},"roles":[…]}} plus iat and exp. Algorithms: HS256 (default), HS384, HS512,
    /// with the deployment's JWT_SECRET. Default expiry: 1h (the server re-issues the token on
    /// every request, so exp only bounds its first use); --no-exp is allowed.
    /// Refused in --claim/--claims-file: isAdmin (use --admin), temp, allow, permission, access.
    /// Header form (--format header): `x-jwt-token: TOKEN`.
    #[command(after_help = FORMIO_EXAMPLE)]
    Formio(FormioArgs),

    /// Realm Object Server's JWT provider: an RS256 token with a string userId.
    ///
    /// Algorithm: RS256 only, with --key (the private half of the key the server holds).
    /// Default expiry: 1h (the token is exchanged once at POST /auth); --no-exp is allowed.
    /// Refused in --claim/--claims-file: isAdmin (use --admin).
    #[command(after_help = REALM_EXAMPLE)]
    Realm(RealmArgs),

    /// DeveloperHub docs reader login: prints the signed docs URL.
    ///
    /// Always version: 1 and exp. Algorithms: HS256 (default) or HS512, keyed by an API key
    /// with access.write. Default expiry: 24h, the vendor's advice; an expiry is required, so
    /// --no-exp is refused. Default output: DOCS_URL?jwt=TOKEN (&jwt= when the URL already has
    /// a query).
    #[command(after_help = DEVELOPERHUB_EXAMPLE)]
    Developerhub(DeveloperHubArgs),

    /// Tiny Cloud (TinyMCE premium services): Tiny Drive, TinyMCE AI and export/import.
    ///
    /// Algorithms: RS256 (default), RS384, RS512, PS256, PS384, PS512, with --key; the cloud
    /// does not support HMAC. Default expiry: 10m. drive: --sub and --name; ai: --api-key,
    /// --sub, --permission (at most 24h, iat and exp required); export: --api-key (iat and exp
    /// required). --format json prints {"token":"…"}, the body a token-provider endpoint returns.
    #[command(after_help = TINYMCE_EXAMPLE)]
    Tinymce(TinyMceArgs),

    /// Tiledesk custom authentication: a token for signInWithCustomToken.
    ///
    /// Always _id, sub: "userexternal" and aud: "<audience-base>/projects/<PROJECT>".
    /// Algorithms: HS256 (default), HS384, HS512, with the Project Shared Secret. Default
    /// expiry: 24h (exp is the chat session's lifetime); --no-exp is allowed. Refused in
    /// --claim/--claims-file: role (use --role), and id/subject/audience, the keys the vendor's
    /// samples get wrong. Header form: `Authorization: JWT TOKEN`; with --url PAGE the output
    /// is PAGE?tiledesk_jwt=JWT%20TOKEN.
    #[command(after_help = TILEDESK_EXAMPLE)]
    Tiledesk(TiledeskArgs),

    /// Show what is inside a token, check its signature and a service's rules.
    ///
    /// Reads the token from the argument or standard input, also from inside whatever you
    /// paste: a URL (?jwt=, ?x-jwt-token=, ?tiledesk_jwt=JWT%20…), a header (`Authorization:
    /// Bearer …`, `JWT …`, `x-jwt-token: …`) or a JSON body {"token":"…"}. Prints header and
    /// payload as JSON on stdout; times, the signature status and problems go to stderr
    /// (with --format json everything is one JSON object on stdout). With --secret-file /
    /// JWTMINT_SECRET or --key (public key, certificate or private key) the signature is
    /// verified; without, it says plainly that it was NOT checked. --provider checks the token
    /// against that service's rules; without it the service is guessed from the claims.
    /// Exit status: 0 when everything checked is fine, 1 when a check failed, 2 usage.
    #[command(after_help = INSPECT_EXAMPLE)]
    Inspect(InspectArgs),

    /// Make a key pair (or a secret) for a service.
    ///
    /// Writes the private key to --out as encrypted PKCS#8 (PBES2, PBKDF2-HMAC-SHA256 with
    /// 600 000 iterations, AES-256-CBC), mode 0600, and prints the public key (SPKI PEM) on
    /// stdout or writes it to --public-out: that is what Realm and Tiny Cloud ask for. The
    /// passphrase comes from --passphrase-file or JWTMINT_PASSPHRASE, or is asked twice on a
    /// terminal. `--type secret` prints a random secret (hex) instead, e.g. for Form.io's
    /// JWT_SECRET.
    #[command(after_help = KEYGEN_EXAMPLE)]
    Keygen(KeygenArgs),

    /// Print a shell completion script.
    #[command(after_help = COMPLETIONS_EXAMPLE)]
    Completions {
        /// The shell to complete for.
        #[arg(value_enum, value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
}

const INSPECT_EXAMPLE: &str = "\
Example:
  jwtmint inspect --provider tiledesk 'JWT eyJhbGciOi…'
  pbpaste | jwtmint inspect --key public.pem --require-valid --format json";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InspectFormat {
    /// Header and payload as JSON on stdout; times, signature and problems on stderr.
    Text,
    /// One JSON object on stdout: header, payload, signature, problems, warnings.
    Json,
}

#[derive(Debug, Clone, Args)]
pub struct InspectArgs {
    /// The token, or a URL, header or JSON body that carries one (`-` or nothing: stdin).
    #[arg(value_name = "TOKEN")]
    pub token: Option<String>,

    /// Check the token against this service's rules.
    #[arg(long, value_name = "SERVICE", ignore_case = true,
          value_parser = clap::builder::PossibleValuesParser::new(crate::inspect::PROVIDER_NAMES))]
    pub provider: Option<String>,

    /// Verify an HS* signature with the secret in this file (or JWTMINT_SECRET).
    #[arg(long, value_name = "PATH")]
    pub secret_file: Option<PathBuf>,

    /// Verify with this key: a public key, a certificate or a private key (PEM or DER).
    #[arg(long, value_name = "PATH")]
    pub key: Option<PathBuf>,

    /// The passphrase of an encrypted private key given to --key.
    #[arg(long, value_name = "PATH")]
    pub passphrase_file: Option<PathBuf>,

    /// Count a signature that was not checked (no key) as a failed check.
    #[arg(long)]
    pub require_valid: bool,

    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: InspectFormat,
}

impl InspectArgs {
    pub fn options(&self) -> crate::inspect::InspectOptions {
        crate::inspect::InspectOptions {
            token_input: self.token.clone(),
            provider: self.provider.clone(),
            keys: KeySources {
                secret_file: self.secret_file.clone(),
                key_file: self.key.clone(),
                passphrase_file: self.passphrase_file.clone(),
            },
            require_valid: self.require_valid,
            json: self.format == InspectFormat::Json,
            now: crate::mint::now(),
        }
    }
}

const KEYGEN_EXAMPLE: &str = "\
Example (a Realm key pair; the public key goes to the server):
  jwtmint keygen --type rsa --bits 4096 --out private.pem --public-out public.pem
  jwtmint realm --key private.pem --user-id joe
A secret for a self-hosted service:
  jwtmint keygen --type secret > jwt_secret.txt";

const COMPLETIONS_EXAMPLE: &str = "\
Example:
  jwtmint completions bash > ~/.local/share/bash-completion/completions/jwtmint
  jwtmint completions zsh > ~/.zfunc/_jwtmint
  jwtmint completions fish > ~/.config/fish/completions/jwtmint.fish";

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum KeygenType {
    Rsa,
    Ec,
    Ed25519,
    Secret,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Curve {
    #[value(name = "P-256", alias = "p256", alias = "p-256")]
    P256,
    #[value(name = "P-384", alias = "p384", alias = "p-384")]
    P384,
}

#[derive(Debug, Clone, Args)]
pub struct KeygenArgs {
    /// What to make.
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub key_type: KeygenType,

    /// RSA modulus size [default: 2048].
    #[arg(long, value_name = "BITS",
          value_parser = clap::builder::PossibleValuesParser::new(["2048", "3072", "4096"])
              .map(|s| s.parse::<usize>().unwrap_or(2048)))]
    pub bits: Option<usize>,

    /// EC curve [default: P-256].
    #[arg(long, value_enum)]
    pub curve: Option<Curve>,

    /// Length of a `--type secret` in random bytes, printed as twice as many hex digits
    /// [default: 32].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(16..=1024))]
    pub bytes: Option<u16>,

    /// Write the private key (or the secret) here, mode 0600. Required for rsa, ec, ed25519.
    #[arg(long, value_name = "PATH", required_if_eq_any = [("key_type", "rsa"), ("key_type", "ec"), ("key_type", "ed25519")])]
    pub out: Option<PathBuf>,

    /// Write the public key here instead of printing it.
    #[arg(long, value_name = "PATH")]
    pub public_out: Option<PathBuf>,

    /// Overwrite existing files.
    #[arg(long)]
    pub force: bool,

    /// Write the private key unencrypted (plain PKCS#8).
    #[arg(long)]
    pub no_encrypt: bool,

    /// Read the new key's passphrase from this file (`-` = standard input).
    #[arg(long, value_name = "PATH")]
    pub passphrase_file: Option<PathBuf>,
}

impl KeygenArgs {
    /// The plain values keygen takes; options that do not fit `--type` are usage errors.
    pub fn options(&self) -> anyhow::Result<KeygenOptions> {
        let misfit = |flag: &str, for_type: &str| -> anyhow::Error {
            UsageError::new(format!("{flag} applies only to --type {for_type}")).into()
        };
        let is =
            |t: KeygenType| std::mem::discriminant(&self.key_type) == std::mem::discriminant(&t);
        if self.bits.is_some() && !is(KeygenType::Rsa) {
            return Err(misfit("--bits", "rsa"));
        }
        if self.curve.is_some() && !is(KeygenType::Ec) {
            return Err(misfit("--curve", "ec"));
        }
        if self.bytes.is_some() && !is(KeygenType::Secret) {
            return Err(misfit("--bytes", "secret"));
        }
        let kind = match self.key_type {
            KeygenType::Rsa => KeygenKind::Key(KeyType::Rsa {
                bits: self.bits.unwrap_or(2048),
            }),
            KeygenType::Ec => KeygenKind::Key(match self.curve.unwrap_or(Curve::P256) {
                Curve::P256 => KeyType::Ec256,
                Curve::P384 => KeyType::Ec384,
            }),
            KeygenType::Ed25519 => KeygenKind::Key(KeyType::Ed25519),
            KeygenType::Secret => {
                for (given, flag) in [
                    (self.public_out.is_some(), "--public-out"),
                    (self.no_encrypt, "--no-encrypt"),
                    (self.passphrase_file.is_some(), "--passphrase-file"),
                ] {
                    if given {
                        return Err(misfit(flag, "rsa, ec or ed25519"));
                    }
                }
                KeygenKind::Secret {
                    bytes: usize::from(self.bytes.unwrap_or(32)),
                }
            }
        };
        if self.out.is_some() && self.out == self.public_out {
            return Err(UsageError::new("--out and --public-out must be different files").into());
        }
        Ok(KeygenOptions {
            kind,
            out: self.out.clone(),
            public_out: self.public_out.clone(),
            force: self.force,
            no_encrypt: self.no_encrypt,
            passphrase_file: self.passphrase_file.clone(),
        })
    }
}

const FORMIO_EXAMPLE: &str = "\
Example (JWT_SECRET in secret.txt):
  jwtmint formio --secret-file secret.txt --project 5c81a2e7f1d3b40012345601 \\
    --form 5c81a2e7f1d3b40012345602 --role 5c81a2e7f1d3b40012345603 \\
    --data id=3f2b9c1e-7a4d --data email=joe@example.com --format header
Send it as the header `x-jwt-token: TOKEN` or the query ?x-jwt-token=TOKEN; in a browser:
  localStorage.setItem('formioToken', TOKEN)";

const REALM_EXAMPLE: &str = "\
Example (key made by `openssl genrsa -des3 -out private.pem 4096`):
  jwtmint realm --key private.pem --user-id joe
Then log in with POST /auth and the body {\"provider\":\"jwt\",\"data\":\"TOKEN\"}.";

const DEVELOPERHUB_EXAMPLE: &str = "\
Example (the API key in apikey.txt):
  jwtmint developerhub --secret-file apikey.txt --docs-url https://docs.example.com \\
    --var user.name=Joe --var audiences:='[\"beta\"]' --expires-in 1d";

const TINYMCE_EXAMPLE: &str = "\
Example (Tiny Drive, from a token-provider endpoint):
  jwtmint tinymce --key private.pem --sub joe --name 'Joe Bloggs' --drive-root /joe --format json
  jwtmint tinymce --key private.pem --product ai --api-key YOUR_API_KEY --sub joe --permission ai:chat";

const TILEDESK_EXAMPLE: &str = "\
Example (the Project Shared Secret in tiledesk-secret.txt):
  jwtmint tiledesk --secret-file tiledesk-secret.txt --project 5f8e1a2b3c4d5e6f7a8b9c0d \\
    --user-id u1 --email ann@example.com --firstname Ann
In the widget: window.Tiledesk('signInWithCustomToken', 'JWT ' + TOKEN)";

#[derive(Debug, Clone, Args)]
pub struct FormioArgs {
    /// The project's id (24 hex digits).
    #[arg(
        long,
        value_name = "ID",
        env = "JWTMINT_FORMIO_PROJECT",
        hide_env_values = true,
        required_unless_present = "batch"
    )]
    pub project: Option<String>,

    /// The user resource form's id (24 hex digits).
    #[arg(
        long,
        value_name = "ID",
        env = "JWTMINT_FORMIO_FORM",
        hide_env_values = true,
        required_unless_present = "batch"
    )]
    pub form: Option<String>,

    /// A role id (24 hex digits); repeatable, at least one.
    #[arg(
        long = "role",
        value_name = "ID",
        env = "JWTMINT_FORMIO_ROLE",
        hide_env_values = true,
        required_unless_present = "batch"
    )]
    pub roles: Vec<String>,

    /// A field of user.data: KEY=VALUE or KEY:=JSON; dotted keys nest. Repeatable.
    ///
    /// Form.io derives the user's id from data.id, data._id or data.email, in that order,
    /// and keeps only its first 12 characters: give a unique --data id=… of 12 or more.
    #[arg(long, value_name = "KEY=VALUE")]
    pub data: Vec<Assignment>,

    /// Take user.data from a JSON object in this file (`-` = standard input); --data adds to it.
    #[arg(long, value_name = "PATH")]
    pub data_file: Option<PathBuf>,

    /// Make the user an administrator (isAdmin: true).
    #[arg(long)]
    pub admin: bool,

    #[command(flatten)]
    pub mint: MintArgs,
}

#[derive(Debug, Clone, Args)]
pub struct RealmArgs {
    /// The user's id; always signed as a JSON string.
    #[arg(
        long,
        value_name = "ID",
        env = "JWTMINT_REALM_USER_ID",
        hide_env_values = true,
        required_unless_present = "batch"
    )]
    pub user_id: Option<String>,

    /// Make the user a Realm administrator (isAdmin: true).
    #[arg(long)]
    pub admin: bool,

    /// The claim that carries the user id: the server's userIdFieldName.
    #[arg(
        long,
        value_name = "NAME",
        default_value = "userId",
        env = "JWTMINT_REALM_USER_ID_CLAIM",
        hide_env_values = true
    )]
    pub user_id_claim: String,

    #[command(flatten)]
    pub mint: MintArgs,
}

#[derive(Debug, Clone, Args)]
pub struct DeveloperHubArgs {
    /// The docs site's URL (absolute http/https); the token is appended as jwt=TOKEN.
    #[arg(
        long,
        value_name = "URL",
        env = "JWTMINT_DEVELOPERHUB_DOCS_URL",
        hide_env_values = true,
        required_unless_present = "batch"
    )]
    pub docs_url: Option<String>,

    /// A field of vars: KEY=VALUE or KEY:=JSON; dotted keys nest (user.name=Joe). Repeatable.
    #[arg(long, value_name = "KEY=VALUE")]
    pub var: Vec<Assignment>,

    /// Take vars from a JSON object in this file (`-` = standard input); --var adds to it.
    #[arg(long, value_name = "PATH")]
    pub vars_file: Option<PathBuf>,

    /// Where DeveloperHub sends the reader when the token is refused.
    #[arg(
        long,
        value_name = "URL",
        env = "JWTMINT_DEVELOPERHUB_ERROR_REDIRECT_URL",
        hide_env_values = true
    )]
    pub error_redirect_url: Option<String>,

    /// Make the link single-use (adds a random jti; a second visit is refused).
    #[arg(long)]
    pub single_use: bool,

    #[command(flatten)]
    pub mint: MintArgs,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum TinyProduct {
    /// Tiny Drive: sub, name and an optional drive root.
    Drive,
    /// TinyMCE AI: aud (API key), sub and permissions.
    Ai,
    /// Export to PDF/Word and Import from Word: aud (API key).
    Export,
}

#[derive(Debug, Clone, Args)]
pub struct TinyMceArgs {
    /// Which Tiny Cloud service the token is for.
    #[arg(
        long,
        value_enum,
        default_value = "drive",
        env = "JWTMINT_TINYMCE_PRODUCT",
        hide_env_values = true
    )]
    pub product: TinyProduct,

    /// The user's id (drive, ai); may contain `:` only as a valid URI.
    #[arg(
        long,
        value_name = "SUBJECT",
        env = "JWTMINT_TINYMCE_SUB",
        hide_env_values = true
    )]
    pub sub: Option<String>,

    /// The user's full name (drive).
    #[arg(
        long,
        value_name = "NAME",
        env = "JWTMINT_TINYMCE_NAME",
        hide_env_values = true
    )]
    pub name: Option<String>,

    /// The user's root folder in Tiny Drive, e.g. /johndoe (drive).
    #[arg(
        long,
        value_name = "PATH",
        env = "JWTMINT_TINYMCE_DRIVE_ROOT",
        hide_env_values = true
    )]
    pub drive_root: Option<String>,

    /// Your Tiny Cloud API key, signed as aud (ai, export).
    #[arg(
        long,
        value_name = "KEY",
        env = "JWTMINT_TINYMCE_API_KEY",
        hide_env_values = true
    )]
    pub api_key: Option<String>,

    /// An AI permission for auth.ai.permissions (ai); repeatable.
    #[arg(long, value_name = "PERMISSION")]
    pub permission: Vec<String>,

    /// user.name (ai).
    #[arg(long, value_name = "NAME")]
    pub user_name: Option<String>,

    /// user.email (ai).
    #[arg(long, value_name = "EMAIL")]
    pub user_email: Option<String>,

    #[command(flatten)]
    pub mint: MintArgs,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum TiledeskRole {
    Owner,
    Admin,
    Agent,
}

#[derive(Debug, Clone, Args)]
pub struct TiledeskArgs {
    /// The Tiledesk project id.
    #[arg(
        long,
        value_name = "ID",
        env = "JWTMINT_TILEDESK_PROJECT",
        hide_env_values = true,
        required_unless_present = "batch"
    )]
    pub project: Option<String>,

    /// The user's id, signed as _id (only letters, digits, `_` and `-`).
    #[arg(
        long,
        value_name = "ID",
        env = "JWTMINT_TILEDESK_USER_ID",
        hide_env_values = true,
        required_unless_present = "batch"
    )]
    pub user_id: Option<String>,

    /// The user's first name.
    #[arg(long, value_name = "NAME")]
    pub firstname: Option<String>,

    /// The user's last name.
    #[arg(long, value_name = "NAME")]
    pub lastname: Option<String>,

    /// The user's email.
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,

    /// A custom attribute: KEY=VALUE or KEY:=JSON. Repeatable.
    #[arg(long, value_name = "KEY=VALUE")]
    pub attr: Vec<Assignment>,

    /// Make sign-in create a real agent account with this role (needs --email).
    #[arg(long, value_enum)]
    pub role: Option<TiledeskRole>,

    /// The base of aud; the server reads the project id from its path.
    #[arg(long, value_name = "URL", default_value = crate::providers::tiledesk::DEFAULT_AUDIENCE_BASE,
          env = "JWTMINT_TILEDESK_AUDIENCE_BASE",
        hide_env_values = true)]
    pub audience_base: String,

    /// The page that embeds the widget: prints PAGE?tiledesk_jwt=JWT%20TOKEN.
    #[arg(
        long,
        value_name = "PAGE",
        env = "JWTMINT_TILEDESK_URL",
        hide_env_values = true
    )]
    pub url: Option<String>,

    #[command(flatten)]
    pub mint: MintArgs,
}

const SIGN_EXAMPLE: &str = "\
Example:
  jwtmint sign --secret-file secret.txt --sub joe --aud api --expires-in 1h --claim role=reader
  jwtmint sign --key private.pem --alg PS256 --claims-file claims.json --format json";

#[derive(Debug, Clone, Args)]
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
    #[arg(long, value_name = "ID", num_args = 0..=1, value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub jti: Option<Option<String>>,

    #[command(flatten)]
    pub mint: MintArgs,
}

impl SignArgs {
    pub fn generic(&self) -> Generic {
        Generic {
            sub: self.sub.clone(),
            iss: self.iss.clone(),
            aud: self.aud.clone(),
            jti: self.jti.clone(),
        }
    }
}

/// The options every minting subcommand shares.
#[derive(Debug, Clone, Args)]
pub struct MintArgs {
    #[command(flatten)]
    pub keys: KeyArgs,
    #[command(flatten)]
    pub claims: ClaimArgs,
    #[command(flatten)]
    pub time: TimeArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub batch: BatchArgs,
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Batch")]
pub struct BatchArgs {
    /// Mint one token per line of this file (`-` = standard input): JSON objects of options.
    ///
    /// Each line is a JSON object whose keys are this subcommand's long option names without
    /// the dashes and whose values are what the flag takes (a string, a number, `true` for a
    /// switch, an array for a repeatable flag), plus an optional "claims" object merged like
    /// --claims-file. The command line gives the defaults; a line overrides them. One output
    /// line per input line, in order; blank lines are skipped. The key is loaded once and
    /// signing runs on all cores. Key, --alg, --format and file options stay fixed.
    #[arg(long, value_name = "PATH")]
    pub batch: Option<PathBuf>,

    /// With --batch: report a bad line on stderr, print an empty line in its place and go on
    /// (exit status 1 at the end), instead of stopping at the first bad line.
    #[arg(long, requires = "batch")]
    pub keep_going: bool,
}

#[derive(Debug, Clone, Args)]
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

#[derive(Debug, Clone, Args)]
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

#[derive(Debug, Clone, Args)]
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

#[derive(Debug, Clone, Args)]
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

/// A value clap requires unless --batch is given; a batch line must then supply it.
fn required(value: &Option<String>, flag: &str) -> anyhow::Result<String> {
    value.clone().ok_or_else(|| {
        anyhow::anyhow!("{flag} is required (on the command line or in each --batch line)")
    })
}

/// Reads an optional JSON-object file (`--data-file`, `--vars-file`), once.
pub fn read_object(
    file: &Option<PathBuf>,
    what: &str,
) -> anyhow::Result<Option<Map<String, Value>>> {
    file.as_ref()
        .map(|path| claims::read_object_file(path, what))
        .transpose()
}

impl FormioArgs {
    /// With the `--data-file` object already read.
    pub fn provider_with(&self, data_file: Option<&Map<String, Value>>) -> anyhow::Result<Formio> {
        Ok(Formio {
            project: required(&self.project, "--project")?,
            form: required(&self.form, "--form")?,
            roles: self.roles.clone(),
            data: providers::nested_object(data_file, &self.data)?,
            admin: self.admin,
        })
    }
}

impl RealmArgs {
    pub fn provider(&self) -> anyhow::Result<Realm> {
        Ok(Realm {
            user_id: required(&self.user_id, "--user-id")?,
            admin: self.admin,
            user_id_claim: self.user_id_claim.clone(),
        })
    }
}

impl DeveloperHubArgs {
    /// With the `--vars-file` object already read.
    pub fn provider_with(
        &self,
        vars_file: Option<&Map<String, Value>>,
    ) -> anyhow::Result<DeveloperHub> {
        Ok(DeveloperHub {
            docs_url: required(&self.docs_url, "--docs-url")?,
            vars: providers::nested_object(vars_file, &self.var)?,
            error_redirect_url: self.error_redirect_url.clone(),
            single_use: self.single_use,
        })
    }
}

impl TinyMceArgs {
    pub fn provider(&self) -> anyhow::Result<TinyMce> {
        Ok(TinyMce {
            product: match self.product {
                TinyProduct::Drive => Product::Drive,
                TinyProduct::Ai => Product::Ai,
                TinyProduct::Export => Product::Export,
            },
            sub: self.sub.clone(),
            name: self.name.clone(),
            drive_root: self.drive_root.clone(),
            api_key: self.api_key.clone(),
            permissions: self.permission.clone(),
            user_name: self.user_name.clone(),
            user_email: self.user_email.clone(),
        })
    }
}

impl TiledeskArgs {
    pub fn provider(&self) -> anyhow::Result<Tiledesk> {
        Ok(Tiledesk {
            project: required(&self.project, "--project")?,
            user_id: required(&self.user_id, "--user-id")?,
            firstname: self.firstname.clone(),
            lastname: self.lastname.clone(),
            email: self.email.clone(),
            attrs: self.attr.clone(),
            role: self.role.map(|role| match role {
                TiledeskRole::Owner => Role::Owner,
                TiledeskRole::Admin => Role::Admin,
                TiledeskRole::Agent => Role::Agent,
            }),
            audience_base: self.audience_base.clone(),
            url: self.url.clone(),
        })
    }
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
            batch: self.batch.batch.clone(),
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
        let Command::Sign(args) = cli.command else {
            panic!("not sign")
        };
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
        let Command::Sign(args) = parse(&["sign", "--jti", "abc"]).unwrap().command else {
            panic!()
        };
        assert_eq!(args.generic().jti, Some(Some("abc".into())));
        let Command::Sign(args) = parse(&["sign"]).unwrap().command else {
            panic!()
        };
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
            .command
        else {
            panic!("not sign")
        };
        assert_eq!(args.mint.time.expires_in, Some(-3600));
        assert_eq!(args.mint.time.nbf, Some(TimeSpec::After(-30)));
    }
}
