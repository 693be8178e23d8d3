//! The command line: every clap definition lives here, and is turned into plain values for
//! the rest of the program.
//!
//! The service subcommands are built with clap's builder API from the provider registry
//! (`crate::providers::REGISTRY`): each service declares its options once, as data, and this
//! module turns them into clap arguments, and clap's matches back into plain
//! [`Values`](crate::providers::Values). The options every minting subcommand shares
//! ([`MintArgs`]) and the other subcommands (`inspect`, `keygen`, `completions`) are clap derive
//! structs, added to the builder with `augment_args`.
//!
//! Conventions for clap attributes:
//! - the doc comment is the help: its first paragraph for `-h`, all of it for `--help`;
//! - `short` is written out explicitly and used sparingly; `long` is bare;
//! - `value_name` is UPPERCASE;
//! - no flag takes a secret or passphrase as its value: secrets come from files,
//!   environment variables, commands, a profile or a prompt.

use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::parser::ValueSource;
use clap::{Arg, ArgAction, ArgMatches, Args, FromArgMatches};

use crate::claims::Assignment;
use crate::config::{ConfigCommand, Request, ENV_PROFILE};
use crate::credentials::{KeySources, SecretCommand};
use crate::exit::UsageError;
use crate::jws::Alg;
use crate::keygen::{KeyType, KeygenKind, KeygenOptions, PrivateFormat};
use crate::mint::MintOptions;
use crate::output::Format;
use crate::providers::{Kind, Opt, Origin, Service, Values, REGISTRY};
use crate::public_key::{PublicKeyOptions, PublicKeyOutput};
use crate::time::{self, Expiry, TimeOptions, TimeSpec};

const ABOUT: &str = "Mint signed JSON Web Tokens for services that accept custom JWT logins.";
const LONG_ABOUT: &str = "Mint signed JSON Web Tokens for services that accept custom JWT logins.

jwtmint prints the signed token (or the service's signed URL or header) on stdout and nothing \
else, so `TOKEN=$(jwtmint …)` works. Warnings and errors go to stderr.

Exit status: 0 success; 1 a failure at run time (key, input, claims, I/O); 2 a usage error.";

/// `inspect`'s help, with the URL parameters and headers of every registered service.
fn inspect_about() -> String {
    let mut params = Vec::new();
    let mut headers = vec!["`Authorization: Bearer …`".to_string()];
    for service in REGISTRY {
        let transport = service.transport;
        if let Some((name, prefix)) = transport.url_param {
            let param = format!("?{name}={prefix}…");
            if !params.contains(&param) {
                params.push(param);
            }
        }
        let header = format!("`{}: {}…`", transport.header_name, transport.header_scheme);
        if !headers.contains(&header) {
            headers.push(header);
        }
    }
    format!(
        "Show what is inside a token, check its signature and a service's rules.

Reads the token from the argument or standard input, also from inside whatever you paste: a URL \
({}), a header ({}) or a JSON body {{\"token\":\"…\"}}. Prints header and payload as JSON on stdout; \
times, the signature status and problems go to stderr (with --format json everything is one JSON \
object on stdout). With --secret-file, --secret-env, --secret-command / JWTMINT_SECRET or --key \
(public key, certificate or private key), or the key of the profile in force, the signature is \
verified; without, it says plainly that it was NOT checked. --provider (or the profile's) checks \
the token against that service's rules; without it the service is guessed from the claims. Exit status: 0 when everything checked is fine, 1 when a check failed, 2 usage.",
        params.join(", "),
        headers.join(", ")
    )
}

const KEYGEN_ABOUT: &str = "Make a key pair (or a secret) for a service.

Writes the private key to --out as encrypted PKCS#8 (PBES2, PBKDF2-HMAC-SHA256 with 600 000 \
iterations, AES-256-CBC), mode 0600, and prints the public key (SPKI PEM) on stdout or writes it \
to --public-out: that is what Realm and Tiny Cloud ask for. The passphrase comes from \
--passphrase-file, --passphrase-command, JWTMINT_PASSPHRASE or JWTMINT_PASSPHRASE_COMMAND, or is \
asked twice on a terminal. `--format jwk --no-encrypt` \
writes a private JWK instead (kid = its RFC 7638 thumbprint, alg = the key's natural one), and \
--jwks-out the public JWKS to publish. `--type secret` prints a random secret (hex digits; stderr \
says so) instead, e.g. for Form.io's JWT_SECRET.";

const PUBLIC_KEY_ABOUT: &str =
    "Print the public key of a private key, as PEM, JWK or JWKS, or its thumbprint.

Reads any key jwtmint signs with: PEM or DER (PKCS#8, PKCS#1, SEC1; encrypted too), a private \
JWK or a JWKS (--kid picks the key when it holds more than one private key), an OpenSSH \
private key, a PKCS#12 (.p12/.pfx) file or a \
Google service-account JSON file. The passphrase of an encrypted key comes from \
--passphrase-file, --passphrase-command, JWTMINT_PASSPHRASE or a prompt on a terminal. Prints \
SPKI PEM (`BEGIN PUBLIC KEY`) by default; --format jwk a public JWK (the required members only); \
--format jwks a JWKS {\"keys\":[…]} whose key has kid = the RFC 7638 thumbprint, use \"sig\" and \
alg (the key's natural algorithm, or --alg); --thumbprint only the RFC 7638 SHA-256 \
thumbprint (base64url)";

const PUBLIC_KEY_EXAMPLE: &str = "\
Example (publish a JWKS; sign with the thumbprint as kid):
  jwtmint public-key --key private.pem --format jwks > jwks.json
  jwtmint sign --key private.pem --kid \"$(jwtmint public-key --key private.pem --thumbprint)\"";

/// `public-key`: the derive struct's options, `--for SERVICE` for the services with a
/// public-key form of their own, and `--NAME` as its alias for each.
fn public_key_command() -> clap::Command {
    let mut about = PUBLIC_KEY_ABOUT.to_string();
    let mut example = PUBLIC_KEY_EXAMPLE.to_string();
    for (service, form) in crate::providers::with_public_key() {
        about.push_str(&format!("; --for {} {}", service.name, form.help));
        example.push('\n');
        example.push_str(form.example);
    }
    about.push('.');
    let (short, _) = about.split_once("\n\n").unwrap_or((&about, ""));
    let short = short.to_string();
    let mut command = PublicKeyArgs::augment_args(clap::Command::new("public-key"))
        .about(short)
        .long_about(about)
        .after_help(example);
    for (service, _) in crate::providers::with_public_key() {
        command = command.arg(
            Arg::new(alias_id(service))
                .long(service.name)
                .action(ArgAction::SetTrue)
                .hide(true)
                .conflicts_with_all(["for", "format", "thumbprint", "alg"]),
        );
    }
    command
}

/// The id of `public-key --NAME`, the alias of `--for NAME`.
fn alias_id(service: &Service) -> String {
    format!("for-{}", service.name)
}

/// The names `public-key --for` takes.
fn public_key_services() -> PossibleValuesParser {
    PossibleValuesParser::new(
        crate::providers::with_public_key()
            .map(|(service, _)| service.name)
            .collect::<Vec<_>>(),
    )
}

/// What the command line asked for, as plain values. Made once per run, so the size of its
/// variants does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Parsed {
    /// A minting subcommand: the service, its option values, the shared options.
    Mint {
        service: &'static Service,
        values: Values,
        options: MintOptions,
        /// The profile asked for, for `crate::config` to join in.
        request: Request,
    },
    Inspect {
        args: InspectArgs,
        request: Request,
    },
    /// `serve SERVICE`: the service, its option values, the shared options, `serve`'s own.
    #[cfg(feature = "serve")]
    Serve {
        service: &'static Service,
        values: Values,
        options: MintOptions,
        serve: crate::serve::ServeOptions,
        request: Request,
    },
    Keygen(KeygenArgs),
    PublicKey(PublicKeyArgs),
    /// `completions SHELL [--install]`.
    Completions(crate::generate::CompletionShell, bool),
    Config(ConfigCommand),
}

/// The whole command line: one subcommand per registered service, then the others.
pub fn command() -> clap::Command {
    let mut command = top_command();
    for service in REGISTRY {
        command = command.subcommand(service_command(service));
    }
    #[cfg(feature = "serve")]
    {
        command = command.subcommand(serve_command(None));
    }
    let command = command
        .subcommand({
            let about = inspect_about();
            let (short, _) = about.split_once("\n\n").unwrap_or((&about, ""));
            documented_envs(
                InspectArgs::augment_args(clap::Command::new("inspect"))
                    .arg(profile_arg())
                    .about(short.to_string())
                    .long_about(about.clone())
                    .after_help(INSPECT_EXAMPLE),
            )
        })
        .subcommand(described(
            documented_envs(KeygenArgs::augment_args(clap::Command::new("keygen"))),
            KEYGEN_ABOUT,
            KEYGEN_EXAMPLE,
        ))
        .subcommand(documented_envs(public_key_command()))
        .subcommand(config_command())
        .subcommand(
            clap::Command::new("completions")
                .about("Print a shell completion script.")
                .after_help(COMPLETIONS_EXAMPLE)
                .arg(
                    Arg::new("shell")
                        .help("The shell to complete for.")
                        .value_name("SHELL")
                        .required(true)
                        .value_parser(clap::value_parser!(crate::generate::CompletionShell)),
                )
                .arg(
                    Arg::new("install")
                        .long("install")
                        .action(ArgAction::SetTrue)
                        .help("Write the script where the shell looks for it, and say where on stderr"),
                ),
        );
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\n{}\
         Options:\n{{options}}{{after-help}}",
        commands_help(&command)
    );
    command.help_template(template)
}

/// The width `jwtmint --help` wraps its list of subcommands at (clap's `max_term_width`).
const HELP_WIDTH: usize = 100;

/// The subcommands for `jwtmint --help`: the services under their families' headings, then the
/// other commands, each `  NAME  ABOUT` as clap lists them.
fn commands_help(command: &clap::Command) -> String {
    let about = |name: &str| {
        command
            .find_subcommand(name)
            .and_then(|sub| sub.get_about())
            .map(ToString::to_string)
            .unwrap_or_default()
    };
    let others: Vec<(String, String)> = command
        .get_subcommands()
        .filter(|sub| crate::providers::by_name(sub.get_name()).is_none())
        .map(|sub| (sub.get_name().to_string(), about(sub.get_name())))
        .chain(std::iter::once((
            "help".to_string(),
            "Print this message or the help of the given subcommand(s)".to_string(),
        )))
        .collect();
    let width = command
        .get_subcommands()
        .map(|sub| sub.get_name().len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    let mut section = |heading: &str, rows: Vec<(String, String)>| {
        if rows.is_empty() {
            return;
        }
        out.push_str(heading);
        out.push_str(":\n");
        for (name, about) in rows {
            out.push_str(&wrap_row(&name, &about, width));
        }
        out.push('\n');
    };
    for family in crate::providers::Family::ALL {
        let rows = REGISTRY
            .iter()
            .filter(|service| service.family == family)
            .map(|service| (service.name.to_string(), about(service.name)))
            .collect();
        section(family.title(), rows);
    }
    section("Commands", others);
    out
}

/// The services by family, one family a line (`Cloud identities: google, firebase, …`), for
/// the man page, which lists the subcommands without headings.
pub fn families_text() -> String {
    crate::providers::Family::ALL
        .iter()
        .filter_map(|family| {
            let names: Vec<_> = REGISTRY
                .iter()
                .filter(|service| service.family == *family)
                .map(|service| service.name)
                .collect();
            (!names.is_empty()).then(|| format!("{}: {}.", family.title(), names.join(", ")))
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `  NAME  ABOUT`, the about wrapped at [`HELP_WIDTH`] under itself.
fn wrap_row(name: &str, about: &str, width: usize) -> String {
    let indent = 2 + width + 2;
    let mut out = format!("  {name:<width$}  ");
    let mut column = indent;
    for (i, word) in about.split_whitespace().enumerate() {
        if i > 0 && column + 1 + word.len() > HELP_WIDTH {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            column = indent;
        } else if i > 0 {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += word.len();
    }
    out.push('\n');
    out
}

/// `jwtmint` itself, without subcommands.
/// What `--version` prints: the version, the commit it was built from (when built from a git
/// checkout) and the enabled cargo features, so a bug report says what was built. Not in
/// [`command`], from which the checked-in man pages are generated.
pub fn long_version() -> String {
    let commit = env!("JWTMINT_COMMIT");
    let features = env!("JWTMINT_FEATURES");
    format!(
        "{}\ncommit: {}\nfeatures: {}",
        env!("CARGO_PKG_VERSION"),
        if commit.is_empty() {
            "unknown (not built from a git checkout)"
        } else {
            commit
        },
        if features.is_empty() {
            "none"
        } else {
            features
        },
    )
}

fn top_command() -> clap::Command {
    clap::Command::new("jwtmint")
        .version(env!("CARGO_PKG_VERSION"))
        .about(ABOUT)
        .long_about(LONG_ABOUT)
        .propagate_version(true)
        .arg(
            Arg::new("color")
                .long("color")
                .value_name("WHEN")
                .global(true)
                .value_parser(clap::value_parser!(crate::output::ColorChoice))
                .default_value("auto")
                .help("Colour errors, warnings and inspect's verdict on stderr")
                .long_help(
                    "Colour errors, warnings and inspect's verdict on stderr: auto (on a \
                     terminal, unless NO_COLOR is set), always or never. stdout is never coloured.",
                ),
        )
        .max_term_width(100)
        .subcommand_required(true)
        .arg_required_else_help(true)
}

const CONFIG_ABOUT: &str = "Show the config file, its profiles, and the settings in force.

The config file (TOML) holds profiles: per-service settings keyed by the subcommand's long option \
names, and where the secret or key comes from (a file, an environment variable or a command such \
as a password manager's), never the secret itself. It is $JWTMINT_CONFIG, else \
$XDG_CONFIG_HOME/jwtmint/config.toml, else ~/.config/jwtmint/config.toml. --profile NAME or \
JWTMINT_PROFILE picks a profile; the file's `default-profile` applies when neither is given. \
Precedence: command-line flag > environment variable > profile > built-in default. Options that \
name the user or grant rights (--user-id, --email, --room, --role, --admin…) are command-line \
only.";

const CONFIG_EXAMPLE: &str = "\
Example (~/.config/jwtmint/config.toml):
  default-profile = \"staging\"
  [profiles.staging.formio]
  project = \"5c81a2e7f1d3b40012345601\"
  form = \"5c81a2e7f1d3b40012345602\"
  secret-command = [\"op\", \"read\", \"op://ops/formio-staging/jwt-secret\"]
then:
  jwtmint formio --role 5c81a2e7f1d3b40012345603
  jwtmint config show formio";

#[cfg(feature = "serve")]
const SERVE_ABOUT: &str = "Serve tokens over HTTP: a token provider, a login URL, a JWKS and an \
OpenID discovery document.

`jwtmint serve SERVICE [the service's options]` takes the same options, profiles, keys and \
refusals as minting on the command line; the key is loaded once, at start (a passphrase is \
asked for before it listens). Endpoints: POST/GET /token → {\"token\":\"…\"} (Tiny Cloud's token \
provider contract); GET /login → 302 to the signed URL (services with a URL output; \
DeveloperHub's ?redirect= when it stays on the docs host); GET /.well-known/jwks.json (the \
signing key's public key, kid = the key's own or its RFC 7638 thumbprint, and each --jwks-key); \
GET /.well-known/openid-configuration; GET /healthz. The first line on stdout is the URL it \
listens on; an access line per request goes to stderr (never a token or secret). SIGINT/SIGTERM \
finish the requests in flight and exit 0.

Who the token is for is fixed by the command line (--sub joe), or taken per request from \
headers an authenticating proxy sets (--from-header sub=X-Forwarded-User): a request without \
the header gets 401, a value the option refuses 400. Limits: 64 KiB body, 16 KiB and 64 header \
lines, 5s to send the header, 10s per request, 256 connections at once.

Serve's own options are also --serve-NAME (--serve-listen…). Where the service has an option of \
the same name, it keeps it, as minting has it, and serve's is --serve-NAME only: `jwtmint serve \
atlassian-connect --issuer APPKEY --serve-issuer URL`.";

#[cfg(feature = "serve")]
const SERVE_EXAMPLE: &str = "\
Example (Tiny Drive's token provider, for the editor on http://localhost:3000):
  jwtmint serve tinymce --key private.pem --sub joe --name 'Joe Doe' \\
    --allow-origin http://localhost:3000
Behind oauth2-proxy (DeveloperHub login URL, identity from the proxy's header):
  jwtmint serve developerhub --secret-file apikey.txt --docs-url https://docs.example.com \\
    --from-header var.user.email=X-Forwarded-Email --listen 127.0.0.1:4181
A local issuer for a service that verifies with a JWKS URL:
  jwtmint serve sign --key private.pem --kid-thumbprint --sub test --listen 127.0.0.1:0";

/// `serve`, with one subcommand per service (only `only` when the command line names it).
#[cfg(feature = "serve")]
fn serve_command(only: Option<&'static Service>) -> clap::Command {
    let mut command = described(clap::Command::new("serve"), SERVE_ABOUT, SERVE_EXAMPLE)
        .subcommand_required(true)
        .subcommand_value_name("SERVICE");
    let services: Vec<&'static Service> = match only {
        Some(service) => vec![service],
        None => REGISTRY.to_vec(),
    };
    for service in services {
        command = command.subcommand(serve_service_command(service));
    }
    command
}

/// `serve SERVICE`: the service's subcommand as minting builds it (its options, the shared ones
/// fitted to the service, `--alg` and `--format` narrowed to what it takes), then serve's own.
/// Serve's own options are also `--serve-NAME`; where the service has an option named like
/// one of them (atlassian-connect's `--issuer`), the service keeps the name, as minting has
/// it, and serve's is `--serve-NAME` only. The shared options serve never takes (`--format`,
/// `--batch`…) are hidden; given, they are refused with the reason.
#[cfg(feature = "serve")]
fn serve_service_command(service: &'static Service) -> clap::Command {
    let mut command = service_command(service);
    for id in SERVE_REFUSES {
        command = command.mut_arg(id, |arg| arg.hide(true));
    }
    let mut command = ServeArgs::augment_args(command);
    let own: Vec<(String, String)> = ServeArgs::augment_args(clap::Command::new("serve"))
        .get_arguments()
        .filter_map(|arg| Some((arg.get_id().to_string(), arg.get_long()?.to_string())))
        .collect();
    for (id, long) in own {
        let flag = serve_flag(service, &long);
        command = command.mut_arg(id, |arg| {
            if flag == long {
                return arg.alias(format!("serve-{long}"));
            }
            let note = format!("(--{long} is {}'s own option here)", service.name);
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            let long_help = arg.get_long_help().map(ToString::to_string);
            let arg = arg.long(flag.clone()).help(format!("{help} {note}"));
            match long_help {
                Some(text) => arg.long_help(format!("{text}\n\n{note}")),
                None => arg,
            }
        });
    }
    command
        .about(format!("Serve {} tokens over HTTP.", service.title))
        .long_about(None)
        .after_help(format!(
            "Example:\n  jwtmint serve {} … --listen 127.0.0.1:0\n(the options are those of \
             `jwtmint {0}`; see `jwtmint {0} --help`)",
            service.name
        ))
}

/// The shared options (ids) that never apply to serve: what it answers is fixed by the
/// endpoint, and it mints one token per request.
#[cfg(feature = "serve")]
const SERVE_REFUSES: [&str; 4] = ["format", "batch", "keep_going", "jobs"];

/// The long name serve's own option `long` has under `serve SERVICE`: `long`, or
/// `serve-LONG` where the service (or its `--no-NAME`) already has that name.
#[cfg(feature = "serve")]
fn serve_flag(service: &Service, long: &str) -> String {
    let taken = service
        .options
        .iter()
        .any(|opt| opt.long == long || (opt.kind == Kind::Switch && negated_id(opt) == long));
    if taken {
        format!("serve-{long}")
    } else {
        long.to_string()
    }
}

/// `serve`'s own options, on every `serve SERVICE`. Their ids start with `serve-`, so they
/// cannot meet a service option's (its long name) in one command.
#[cfg(feature = "serve")]
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Serve")]
pub struct ServeArgs {
    /// Listen on this address [default: 127.0.0.1:8080]; port 0 picks a free one.
    ///
    /// A non-loopback address is refused unless identities come from an authenticating proxy
    /// (--from-header) or --allow-public is given. The first line on stdout is the URL.
    #[arg(id = "serve-listen", long = "listen", value_name = "ADDR:PORT")]
    pub listen: Option<String>,

    /// Take an option's value from this request header, set by an authenticating proxy.
    ///
    /// OPTION=HEADER, repeatable: --from-header sub=X-Forwarded-User; for an option that takes
    /// KEY=VALUE, OPTION.KEY=HEADER (var.user.email=X-Forwarded-Email: the header's text is the
    /// value). A request without the header gets 401; a value the option refuses gets 400.
    /// Options that grant rights, switches and options that name files are refused.
    #[arg(
        id = "serve-from-header",
        long = "from-header",
        value_name = "OPTION=HEADER"
    )]
    pub from_header: Vec<String>,

    /// Listen on a non-loopback address with identities fixed by the command line.
    #[arg(id = "serve-allow-public", long = "allow-public")]
    pub allow_public: bool,

    /// Let pages from this origin ask /token from a browser (CORS, with credentials).
    ///
    /// scheme://host[:port], repeatable. Without it no CORS headers are sent, and a request
    /// from another origin gets 403.
    #[arg(
        id = "serve-allow-origin",
        long = "allow-origin",
        value_name = "ORIGIN"
    )]
    pub allow_origin: Vec<String>,

    /// Also publish this public key in the JWKS (a rotation); repeatable.
    ///
    /// A public key, certificate or private key (PEM or DER), a JWK or a JWKS; kid = its own,
    /// else its RFC 7638 thumbprint.
    #[arg(id = "serve-jwks-key", long = "jwks-key", value_name = "PATH")]
    pub jwks_key: Vec<PathBuf>,

    /// The issuer URL of the discovery document [default: http://ADDR:PORT].
    ///
    /// Must equal the `iss` the tokens carry, when they carry one.
    #[arg(id = "serve-issuer", long = "issuer", value_name = "URL")]
    pub issuer: Option<String>,

    /// No access log on stderr.
    #[arg(id = "serve-quiet", long = "quiet")]
    pub quiet: bool,
}

#[cfg(feature = "serve")]
impl ServeArgs {
    pub fn options(&self, service: &Service) -> crate::serve::ServeOptions {
        crate::serve::ServeOptions {
            listen: self.listen.clone(),
            from_header: self.from_header.clone(),
            allow_public: self.allow_public,
            allow_origin: self.allow_origin.clone(),
            jwks_keys: self.jwks_key.clone(),
            issuer: self.issuer.clone(),
            issuer_flag: format!("--{}", serve_flag(service, "issuer")),
            quiet: self.quiet,
        }
    }
}

/// `config path|profiles|show`.
fn config_command() -> clap::Command {
    described(clap::Command::new("config"), CONFIG_ABOUT, CONFIG_EXAMPLE)
        .subcommand_required(true)
        .subcommand(clap::Command::new("path").about("Print the config file's path."))
        .subcommand(
            clap::Command::new("profiles").about("List the config file's profiles, one a line."),
        )
        .subcommand(
            clap::Command::new("show")
                .about(
                    "Show each setting in force and where it comes from: flag, env, profile \
                     NAME, default (secrets by their source, never their value).",
                )
                .arg(profile_arg())
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_name("FORMAT")
                        .value_parser(["text", "json"])
                        .default_value("text")
                        .help(
                            "text, or one JSON document: each setting with its value (a \
                             secret's source, never its value) and its origin. Give it before \
                             SUBCOMMAND: after it, --format is that subcommand's own",
                        ),
                )
                .arg(
                    Arg::new("command")
                        .value_name("SUBCOMMAND")
                        .help(
                            "A minting subcommand or `inspect`, with any of its flags \
                             [default: every subcommand the profile sets]",
                        )
                        .num_args(1..)
                        .trailing_var_arg(true)
                        .allow_hyphen_values(true),
                ),
        )
}

/// `--profile NAME` [env: JWTMINT_PROFILE], on every subcommand that reads profiles.
fn profile_arg() -> Arg {
    Arg::new("profile")
        .long("profile")
        .value_name("NAME")
        .env(ENV_PROFILE)
        .hide_env_values(true)
        .help("Take settings from this profile of the config file (see `jwtmint config`)")
        .long_help(
            "Take settings from this profile of the config file (see `jwtmint config`).\n\n\
             Without it, JWTMINT_PROFILE names the profile, else the file's `default-profile`. \
             A flag or an environment variable overrides what the profile says. The config file \
             is JWTMINT_CONFIG, else `jwtmint config path`.",
        )
        .action(ArgAction::Set)
}

/// What the command line asks of profiles.
fn request(matches: &ArgMatches, has_typ: bool) -> Request {
    let profile = matches.get_one::<String>("profile").map(|name| {
        let origin = match matches.value_source("profile") {
            Some(ValueSource::EnvVariable) => Origin::Env(ENV_PROFILE.to_string()),
            _ => Origin::Flag,
        };
        (name.clone(), origin)
    });
    // An empty JWTMINT_PROFILE is no choice, as if it were unset.
    let profile = profile.filter(|(name, origin)| !(name.is_empty() && origin != &Origin::Flag));
    let typ_given = has_typ && matches.value_source("typ") == Some(ValueSource::CommandLine);
    Request { profile, typ_given }
}

/// The first paragraph of `text` as the short help, all of it as the long help.
fn described(command: clap::Command, text: &'static str, example: &'static str) -> clap::Command {
    let (short, long) = split_help(text);
    let command = command.about(short).after_help(example);
    match long {
        Some(long) => command.long_about(long),
        None => command,
    }
}

fn split_help(text: &'static str) -> (&'static str, Option<&'static str>) {
    match text.split_once("\n\n") {
        Some((first, _)) => (first, Some(text)),
        None => (text, None),
    }
}

/// A service's subcommand: its own options, then the shared ones. The help is set last:
/// `augment_args` would replace it with `MintArgs`' own.
fn service_command(service: &'static Service) -> clap::Command {
    documented_envs(lean_service_command(service))
}

/// [`service_command`] without the `[env: …]` tags of the shared options' help, which only
/// help shows: writing them copies every long help text, a fifth of a mint's instructions.
fn lean_service_command(service: &'static Service) -> clap::Command {
    let mut command = clap::Command::new(service.name);
    for opt in service.options {
        command = command.arg(service_arg(service, opt));
        if opt.kind == Kind::Switch {
            command = command.arg(negated_arg(opt));
        }
    }
    let command = tailor_shared_args(
        MintArgs::augment_args(command).arg(profile_arg().help_heading("Profile")),
        service,
    );
    described(command, service.about, service.example)
}

/// The shared options that only a key pair uses: hidden (from help, completions and the man
/// page) for a service that signs with an HMAC secret only. They stay accepted, so giving one
/// is refused with a reason rather than as an unknown flag (`--key` also takes a JWK of kty
/// `oct`).
const KEY_PAIR_ARGS: [&str; 6] = [
    "key",
    "passphrase_file",
    "passphrase_command",
    "x5c_cert",
    "x5t_cert",
    "kid_thumbprint",
];

/// The shared options that only an HMAC secret uses: hidden for a service that signs with a
/// private key only.
const SECRET_ARGS: [&str; 4] = [
    "secret_file",
    "secret_env",
    "secret_command",
    "secret_encoding",
];

/// Fits the shared options to what `service` takes, from its data: `--alg` offers the
/// service's algorithms and `--format` its formats (so help, completions and man pages list
/// only those), and the key or secret options a service cannot sign with are hidden.
fn tailor_shared_args(command: clap::Command, service: &'static Service) -> clap::Command {
    let allowed = service.algs.allowed;
    let mut command = command
        .mut_arg("alg", |arg| {
            arg.value_parser(AlgParser {
                algs: allowed.to_vec(),
                service: Some(service.algs),
            })
        })
        .mut_arg("format", |arg| arg.value_parser(FormatParser(service)));
    let hidden: &[&str] = if allowed.iter().all(|alg| alg.is_hmac()) {
        &KEY_PAIR_ARGS
    } else if !allowed.iter().any(|alg| alg.is_hmac()) {
        &SECRET_ARGS
    } else {
        &[]
    };
    for id in hidden {
        command = command.mut_arg(*id, |arg| arg.hide(true));
    }
    if service.option(VENDOR_KEY_ID).is_some() {
        command = command.mut_arg("kid", |arg| arg.hide(true));
    }
    command
}

/// The option a service declares when the vendor names the `kid` header its key id (Apple's
/// "Key ID"): the shared `--kid` is then hidden and refused with a pointer to it.
const VENDOR_KEY_ID: &str = "key-id";

/// `--kid` given to a service whose own `--key-id` sets the header `kid`.
fn refuse_shared_kid(service: &Service, options: &MintOptions) -> Result<(), clap::Error> {
    match (service.option(VENDOR_KEY_ID), &options.kid) {
        (Some(own), Some(_)) => Err(clap::Error::raw(
            clap::error::ErrorKind::ArgumentConflict,
            format!(
                "{} takes the key id as {}: use {} KEYID instead of --kid\n",
                service.name,
                own.flag(),
                own.flag()
            ),
        )),
        _ => Ok(()),
    }
}

/// Environment variables that jwtmint reads itself (clap must not: where a value came from
/// matters), shown the way clap shows the ones it reads: `[env: NAME]` after the short help,
/// and as the last paragraph of the long help.
const DOCUMENTED_ENVS: [(&str, &str); 7] = [
    ("key", "JWTMINT_KEY_FILE"),
    ("secret_file", "JWTMINT_SECRET"),
    ("secret_command", "JWTMINT_SECRET_COMMAND"),
    ("passphrase_file", "JWTMINT_PASSPHRASE"),
    ("passphrase_command", "JWTMINT_PASSPHRASE_COMMAND"),
    ("profile", "JWTMINT_PROFILE"),
    ("config", "JWTMINT_CONFIG"),
];

/// Adds `[env: NAME]` to each argument of `command` that [`DOCUMENTED_ENVS`] names and whose
/// help does not show it yet.
fn documented_envs(mut command: clap::Command) -> clap::Command {
    for (id, env) in DOCUMENTED_ENVS {
        let Some(arg) = command.get_arguments().find(|arg| arg.get_id() == id) else {
            continue;
        };
        if arg.get_env().is_some() {
            continue;
        }
        let tag = format!("[env: {env}]");
        let short = arg.get_help().map(ToString::to_string).unwrap_or_default();
        if short.contains(&tag) {
            continue;
        }
        let long = arg.get_long_help().map(ToString::to_string);
        command = command.mut_arg(id, |arg| {
            let arg = arg.help(format!("{short} {tag}"));
            match long {
                Some(long) => arg.long_help(format!("{long}\n\n{tag}")),
                None => arg.long_help(format!("{short}\n\n{tag}")),
            }
        });
    }
    command
}

fn service_arg(service: &Service, opt: &'static Opt) -> Arg {
    let (short, long) = split_help(opt.help);
    let mut arg = Arg::new(opt.long).long(opt.long).help(short);
    if let Some(long) = long {
        arg = arg.long_help(long);
    }
    if opt.kind != Kind::Switch {
        arg = arg.value_name(opt.value_name);
    }
    if let Some(env) = opt.env_name(service.name) {
        arg = arg.env(env).hide_env_values(true);
    }
    if let Some(default) = opt.default {
        arg = arg.default_value(default);
    }
    match opt.kind {
        Kind::Text => arg.action(ArgAction::Set),
        Kind::ObjectFile => arg
            .action(ArgAction::Set)
            .value_hint(clap::ValueHint::FilePath),
        Kind::List => arg.action(ArgAction::Append),
        Kind::Switch => arg.action(ArgAction::SetTrue),
        Kind::Assign => arg.action(ArgAction::Append).value_parser(
            clap::builder::StringValueParser::new()
                .try_map(|text| text.parse::<Assignment>().map(|_| text)),
        ),
        Kind::MaybeText => arg.action(ArgAction::Set).num_args(0..=1),
        Kind::Choice(choices) => arg
            .action(ArgAction::Set)
            .ignore_case(true)
            .value_parser(PossibleValuesParser::new(choices)),
    }
}

/// The id and long name of a switch's `--no-NAME`.
fn negated_id(opt: &Opt) -> String {
    format!("no-{}", opt.long)
}

/// `--no-NAME` for a switch: turns off what a profile (or an earlier `--NAME`) turned on. The
/// last of the pair on the command line wins.
fn negated_arg(opt: &'static Opt) -> Arg {
    Arg::new(negated_id(opt))
        .long(negated_id(opt))
        .help(format!("Turn off --{} (as set by a profile)", opt.long))
        .action(ArgAction::SetTrue)
        .overrides_with(opt.long)
}

/// `--color WHEN` / `--color=WHEN` anywhere before `--` (the last one wins); `auto` without, or
/// when WHEN is not one (clap then reports it).
fn color_choice(argv: &[std::ffi::OsString]) -> crate::output::ColorChoice {
    use clap::ValueEnum;
    let mut choice = crate::output::ColorChoice::Auto;
    let mut words = argv.iter().skip(1).map(|w| w.to_str().unwrap_or_default());
    while let Some(word) = words.next() {
        let value = match word {
            "--" => break,
            "--color" => words.next().unwrap_or_default(),
            _ => match word.strip_prefix("--color=") {
                Some(value) => value,
                None => continue,
            },
        };
        if let Ok(parsed) = crate::output::ColorChoice::from_str(value, true) {
            choice = parsed;
        }
    }
    choice
}

/// clap's usage error as one line (the project's rule for every error): the message, then what
/// clap adds below it (a list of missing arguments, `[possible values: …]`, `tip: …`) folded
/// in; the usage block and "For more information" are left out (`--help` shows both).
pub fn error_line(err: &clap::Error) -> String {
    // `StyledStr`'s `Display` leaves out the colours.
    let text = err.render().to_string();
    let mut lines = text
        .lines()
        .map(str::trim)
        .take_while(|line| !line.starts_with("Usage:") && !line.starts_with("For more information"))
        .filter(|line| !line.is_empty());
    let first = lines.next().unwrap_or("invalid arguments");
    let mut message = first.strip_prefix("error: ").unwrap_or(first).to_string();
    let mut tips = Vec::new();
    let mut listed = false;
    for line in lines {
        if let Some(tip) = line.strip_prefix("tip: ") {
            tips.push(tip);
        } else if line.starts_with('[') {
            message.push(' ');
            message.push_str(line);
        } else {
            // One of a list (`the following required arguments were not provided:`).
            message.push_str(if listed { ", " } else { " " });
            message.push_str(line);
            listed = true;
        }
    }
    for tip in tips {
        message.push_str("; tip: ");
        message.push_str(tip);
    }
    message
}

/// Whether clap answers with help (rather than an error, which shows only the usage line).
fn shows_help(error: &clap::Error) -> bool {
    use clap::error::ErrorKind;
    matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// Parses the process's command line.
pub fn parse() -> Result<Parsed, clap::Error> {
    parse_argv(std::env::args_os().collect(), Finally::Leak)
}

/// Parses a command line (`argv[0]` first).
pub fn parse_from<I, T>(argv: I) -> Result<Parsed, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    parse_argv(argv.into_iter().map(Into::into).collect(), Finally::Drop)
}

/// What becomes of clap's command and matches once the command line is read.
#[derive(Clone, Copy, PartialEq)]
enum Finally {
    Drop,
    /// The process's own command line: they would live until exit anyway, and freeing them
    /// (a tree of a few hundred allocations) was a tenth of a mint's instructions.
    Leak,
}

fn parse_argv(argv: Vec<std::ffi::OsString>, finally: Finally) -> Result<Parsed, clap::Error> {
    // Read before parsing, so that clap's own errors follow it too.
    let color = color_choice(&argv);
    crate::output::set_color(color);
    // Minting is the common case and starting up is most of its cost: when the first argument
    // names a service, only that subcommand is built (clap parses it the same way).
    let service = argv
        .get(1)
        .and_then(|arg| arg.to_str())
        .and_then(|name| REGISTRY.iter().find(|service| service.name == name));
    let version_only = argv.len() == 2 && matches!(argv[1].to_str(), Some("--version" | "-V"));
    #[cfg(feature = "serve")]
    let serve_only = (argv.get(1).and_then(|arg| arg.to_str()) == Some("serve"))
        .then(|| {
            argv.get(2)
                .and_then(|arg| arg.to_str())
                .and_then(|name| REGISTRY.iter().copied().find(|s| s.name == name))
        })
        .flatten();
    #[cfg(not(feature = "serve"))]
    let serve_only: Option<&'static Service> = None;
    let finish = |command: clap::Command| {
        command.long_version(long_version()).color(match color {
            crate::output::ColorChoice::Always => clap::ColorChoice::Always,
            crate::output::ColorChoice::Never => clap::ColorChoice::Never,
            crate::output::ColorChoice::Auto => clap::ColorChoice::Auto,
        })
    };
    let mut command = finish(match (service, serve_only) {
        (Some(service), _) => top_command().subcommand(lean_service_command(service)),
        #[cfg(feature = "serve")]
        (None, Some(service)) => top_command().subcommand(serve_command(Some(service))),
        _ if version_only => top_command(),
        _ => command(),
    });
    let mut matches = match command.try_get_matches_from_mut(argv.iter().cloned()) {
        Ok(matches) => matches,
        // A mint's command has no `[env: …]` tags; its help is shown from the whole one.
        Err(e) => match service {
            Some(service) if shows_help(&e) => {
                let mut whole = finish(top_command().subcommand(service_command(service)));
                return Err(whole.try_get_matches_from_mut(argv).err().unwrap_or(e));
            }
            _ => return Err(e),
        },
    };
    let (name, mut sub_matches) = matches
        .remove_subcommand()
        .ok_or_else(|| command.error(clap::error::ErrorKind::MissingSubcommand, "no subcommand"))?;
    let sub = &mut sub_matches;
    let parsed = match name.as_str() {
        "inspect" => Parsed::Inspect {
            args: InspectArgs::from_arg_matches(sub)?,
            request: request(sub, false),
        },
        "config" => Parsed::Config(match sub.subcommand() {
            Some(("path", _)) => ConfigCommand::Path,
            Some(("profiles", _)) => ConfigCommand::Profiles,
            Some(("show", show)) => ConfigCommand::Show {
                request: request(show, false),
                command: show
                    .get_many::<String>("command")
                    .map(|v| v.cloned().collect())
                    .unwrap_or_default(),
                format: match show.get_one::<String>("format").map(String::as_str) {
                    Some("json") => crate::config::ShowFormat::Json,
                    _ => crate::config::ShowFormat::Text,
                },
            },
            _ => unreachable!("clap requires a config subcommand"),
        }),
        #[cfg(feature = "serve")]
        "serve" => {
            let (name, sub) = sub
                .subcommand()
                .expect("clap requires a service after serve");
            let service = crate::providers::by_name(name)
                .expect("every serve subcommand is a registered service");
            Parsed::Serve {
                service,
                values: service_values(service, sub)?,
                options: MintArgs::from_arg_matches(sub)?.options(),
                serve: ServeArgs::from_arg_matches(sub)?.options(service),
                request: request(sub, true),
            }
        }
        "keygen" => Parsed::Keygen(KeygenArgs::from_arg_matches(sub)?),
        "public-key" => {
            let mut args = PublicKeyArgs::from_arg_matches(sub)?;
            if let Some((service, _)) = crate::providers::with_public_key()
                .find(|(service, _)| sub.get_flag(&alias_id(service)))
            {
                args.for_service = Some(service.name.to_string());
            }
            Parsed::PublicKey(args)
        }
        "completions" => Parsed::Completions(
            *sub.get_one::<crate::generate::CompletionShell>("shell")
                .expect("clap requires the shell"),
            sub.get_flag("install"),
        ),
        name => {
            let service = crate::providers::by_name(name)
                .expect("every other subcommand is a registered service");
            let request = request(sub, true);
            // Taken out of the matches rather than read from a copy of them, which is what
            // `from_arg_matches` does (a twentieth of a mint's instructions); `request` has read
            // `--typ` first, and the service's own options have ids of their own.
            let options = MintArgs::from_arg_matches_mut(sub)?.options();
            refuse_shared_kid(service, &options)?;
            Parsed::Mint {
                service,
                values: service_values(service, sub)?,
                options,
                request,
            }
        }
    };
    if finally == Finally::Leak {
        std::mem::forget(sub_matches);
        std::mem::forget(matches);
        std::mem::forget(command);
    }
    Ok(parsed)
}

/// The service's option values, and where each came from.
fn service_values(service: &Service, matches: &ArgMatches) -> Result<Values, clap::Error> {
    let mut values = Values::new();
    for opt in service.options {
        if opt.kind == Kind::Switch && matches.get_flag(&negated_id(opt)) {
            // Set off from the command line, so a profile's `NAME = true` does not apply.
            values.set(
                opt,
                Some(crate::providers::Given::Switch(false)),
                Origin::Flag,
            );
            continue;
        }
        let origin = match matches.value_source(opt.long) {
            None => continue,
            Some(ValueSource::CommandLine) => Origin::Flag,
            Some(ValueSource::EnvVariable) => {
                Origin::Env(opt.env_name(service.name).unwrap_or_default())
            }
            Some(_) => Origin::Default,
        };
        if opt.kind == Kind::Switch {
            // A switch always has a value (false by default): only one given counts.
            if matches.get_flag(opt.long) {
                values.set(opt, Some(crate::providers::Given::Switch(true)), origin);
            }
            continue;
        }
        let texts: Vec<String> = matches
            .get_many::<String>(opt.long)
            .map(|values| values.cloned().collect())
            .unwrap_or_default();
        let given = opt.from_text(texts).map_err(|e| {
            clap::Error::raw(clap::error::ErrorKind::ValueValidation, format!("{e:#}\n"))
        })?;
        values.set(opt, given, origin);
    }
    Ok(values)
}

const INSPECT_EXAMPLE: &str = "\
Example:
  jwtmint inspect --provider SERVICE 'Authorization: Bearer eyJhbGciOi…'
  pbpaste | jwtmint inspect --key public.pem --require-valid --format json";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InspectFormat {
    /// Header, then payload: two JSON documents on stdout (`jq -s '.[1]'` picks the payload;
    /// --format json gives one document); times, signature and problems on stderr.
    Text,
    /// One JSON object on stdout: header, payload, signature, problems, warnings.
    Json,
}

#[derive(Debug, Clone, Args)]
#[command(group = clap::ArgGroup::new(IN_PROFILE).multiple(true))]
pub struct InspectArgs {
    /// The token, or a URL, header or JSON body that carries one (`-` or nothing: stdin).
    #[arg(value_name = "TOKEN")]
    pub token: Option<String>,

    /// Check the token against this service's rules.
    #[arg(long, value_name = "SERVICE", group = IN_PROFILE, ignore_case = true,
          value_parser = clap::builder::PossibleValuesParser::new(crate::providers::inspectable_names()))]
    pub provider: Option<String>,

    /// Verify an HS* signature with the secret in this file (or JWTMINT_SECRET).
    #[arg(long, value_name = "PATH", group = IN_PROFILE, conflicts_with_all = ["secret_env", "secret_command"])]
    pub secret_file: Option<PathBuf>,

    /// Verify an HS* signature with the secret in this environment variable (its name).
    #[arg(long, value_name = "VAR", group = IN_PROFILE, conflicts_with = "secret_command",
          value_parser = EnvVarNameParser)]
    pub secret_env: Option<String>,

    /// Verify an HS* signature with the secret this command prints (split like a shell
    /// would, run without one).
    ///
    /// Standard input closed; it is stopped after JWTMINT_COMMAND_TIMEOUT seconds (30).
    #[arg(long, value_name = "COMMAND", group = IN_PROFILE, value_parser = SecretCommandParser)]
    pub secret_command: Option<SecretCommand>,

    /// How the secret's text is read: utf8 (its bytes), hex, base64 or base64url.
    #[arg(long, value_name = "ENCODING", value_parser = parse_encoding,
          env = "JWTMINT_SECRET_ENCODING", hide_env_values = true)]
    pub secret_encoding: Option<crate::keys::secret::SecretEncoding>,

    /// Verify with this key: a public key, a certificate, a private key (PEM or DER, any form
    /// --key of `sign` takes), a JWK or a JWKS (the key is picked by the token's `kid`), or a
    /// key store's reference (awskms://, hashivault://, pkcs11:, ssh-agent:) whose public half
    /// is used.
    #[arg(long, value_name = "PATH", group = IN_PROFILE)]
    pub key: Option<PathBuf>,

    /// The passphrase of an encrypted private key given to --key.
    #[arg(long, value_name = "PATH", group = IN_PROFILE, conflicts_with = "passphrase_command")]
    pub passphrase_file: Option<PathBuf>,

    /// The passphrase of an encrypted private key: what this command prints.
    #[arg(long, value_name = "COMMAND", group = IN_PROFILE, value_parser = SecretCommandParser)]
    pub passphrase_command: Option<SecretCommand>,

    /// Verify with the key fetched from this JWKS URL, picked by the token's `kid`.
    ///
    /// https only, except to a loopback address; at most 1 MiB, within JWTMINT_REMOTE_TIMEOUT
    /// (30s). The fetched key obeys the same kid, alg and use rules as a JWKS file. Also the
    /// `jwks-url` key of a profile's inspect section.
    #[arg(long, value_name = "URL", group = IN_PROFILE, value_parser = parse_jwks_url,
          conflicts_with_all = ["secret_file", "secret_env", "secret_command", "key", "discover"])]
    pub jwks_url: Option<String>,

    /// Verify with the key of the token's issuer: fetch ISS/.well-known/openid-configuration,
    /// then its jwks_uri.
    ///
    /// The document's `issuer` must be the token's `iss`. The same limits as --jwks-url.
    #[arg(long, conflicts_with_all = ["secret_file", "secret_env", "secret_command", "key"])]
    pub discover: bool,

    /// Count a signature that was not checked (no key) as a failed check.
    #[arg(long)]
    pub require_valid: bool,

    /// Expect this `iss`: any other, or none, is a problem.
    #[arg(long, value_name = "ISS", help_heading = "Expectations")]
    pub iss: Option<String>,

    /// Expect this audience: `aud` is it, or an array that holds it.
    #[arg(long, value_name = "AUD", help_heading = "Expectations")]
    pub aud: Option<String>,

    /// Expect this `sub`: any other, or none, is a problem.
    #[arg(long, value_name = "SUB", help_heading = "Expectations")]
    pub sub: Option<String>,

    /// Allow only this `alg` (as the header names it: RS256, ES256…); repeatable.
    ///
    /// Any letter case on the command line; `none` is refused. A token whose `alg` is not one
    /// of those given is a problem.
    #[arg(long, value_name = "ALG", value_parser = alg_parser(&Alg::ALL),
          help_heading = "Expectations")]
    pub alg: Vec<Alg>,

    /// Allow this much clock difference in the `exp`, `nbf` and `iat` checks (`iat` may be 1m
    /// ahead in any case).
    #[arg(long, value_name = "DURATION", value_parser = parse_leeway, default_value = "0s",
          help_heading = "Expectations")]
    pub leeway: i64,

    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: InspectFormat,
}

/// `--jwks-url` (and a profile's `jwks-url`): an absolute https URL, or http to loopback.
fn parse_jwks_url(value: &str) -> Result<String, String> {
    let url = url::Url::parse(value).map_err(|e| format!("not an absolute URL ({e})"))?;
    crate::http::require_secure(&url).map_err(|e| format!("{e:#}"))?;
    Ok(value.to_string())
}

/// `--leeway`: a duration, not negative.
fn parse_leeway(value: &str) -> Result<i64, String> {
    match time::parse_duration(value)? {
        secs if secs < 0 => Err(format!(
            "--leeway `{value}` is negative: give the clock difference to allow, e.g. 30s"
        )),
        secs => Ok(secs),
    }
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
                secret_env: self.secret_env.clone(),
                secret_command: self.secret_command.clone(),
                passphrase_command: self.passphrase_command.clone(),
                secret_encoding: self.secret_encoding.unwrap_or_default(),
                ..KeySources::default()
            },
            require_valid: self.require_valid,
            json: self.format == InspectFormat::Json,
            expect: crate::inspect::Expectations {
                iss: self.iss.clone(),
                aud: self.aud.clone(),
                sub: self.sub.clone(),
                algs: self.alg.clone(),
                leeway: self.leeway,
            },
            now: crate::time::now(),
            jwks_url: self.jwks_url.clone(),
            discover: self.discover,
        }
    }
}

const KEYGEN_EXAMPLE: &str = "\
Example (a Realm key pair; the public key goes to the server):
  jwtmint keygen --type rsa --bits 4096 --out private.pem --public-out public.pem
  jwtmint realm --key private.pem --user-id joe
A secret for a self-hosted service:
  jwtmint keygen --type secret > jwt_secret.txt
A private JWK and the JWKS to publish:
  jwtmint keygen --type ec --curve P-256 --format jwk --no-encrypt \\
    --out key.jwk --jwks-out jwks.json";

const COMPLETIONS_EXAMPLE: &str = "\
Example (writes where the shell looks and says where; zsh, elvish and nushell need one line
in their start-up file, which it names):
  jwtmint completions bash --install
Or by hand:
  jwtmint completions fish > ~/.config/fish/completions/jwtmint.fish
  jwtmint completions nushell > ~/.config/nushell/completions/jwtmint.nu

--profile completes the config file's profile names in bash, zsh and fish (the script runs
`jwtmint config profiles`).";

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
    #[value(name = "P-521", alias = "p521", alias = "p-521")]
    P521,
    #[value(name = "secp256k1")]
    Secp256k1,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum KeygenFormat {
    /// PKCS#8 PEM, encrypted unless --no-encrypt.
    Pem,
    /// A private JWK (needs --no-encrypt).
    Jwk,
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

    /// EC curve [default: P-256]: P-256 (ES256), P-384 (ES384), P-521 (ES512), secp256k1
    /// (ES256K).
    #[arg(long, value_enum, value_name = "CURVE")]
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
    #[arg(long, value_name = "PATH", conflicts_with = "passphrase_command")]
    pub passphrase_file: Option<PathBuf>,

    /// Run this command for the new key's passphrase.
    ///
    /// Split and run as `--secret-command` of the minting subcommands is.
    #[arg(long, value_name = "COMMAND", value_parser = SecretCommand::parse)]
    pub passphrase_command: Option<SecretCommand>,

    /// How to write the private key: pem (PKCS#8) or jwk [default: pem].
    ///
    /// A private JWK gets kid = its RFC 7638 thumbprint and alg = the key's natural algorithm.
    /// A JWK has no standard passphrase form, so jwk needs --no-encrypt.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<KeygenFormat>,

    /// Also write the public key as a JWKS here ({"keys":[…]}, kid = thumbprint, use "sig",
    /// alg).
    #[arg(long, value_name = "PATH")]
    pub jwks_out: Option<PathBuf>,
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
                Curve::P521 => KeyType::Ec521,
                Curve::Secp256k1 => KeyType::EcSecp256k1,
            }),
            KeygenType::Ed25519 => KeygenKind::Key(KeyType::Ed25519),
            KeygenType::Secret => {
                for (given, flag) in [
                    (self.public_out.is_some(), "--public-out"),
                    (self.no_encrypt, "--no-encrypt"),
                    (self.passphrase_file.is_some(), "--passphrase-file"),
                    (self.passphrase_command.is_some(), "--passphrase-command"),
                    (self.jwks_out.is_some(), "--jwks-out"),
                ] {
                    if given {
                        return Err(misfit(flag, "rsa, ec or ed25519"));
                    }
                }
                KeygenKind::Secret {
                    bytes: usize::from(self.bytes.unwrap_or(32)),
                    jwk: matches!(self.format, Some(KeygenFormat::Jwk)),
                }
            }
        };
        let format = match self.format {
            Some(KeygenFormat::Jwk) => PrivateFormat::Jwk,
            _ => PrivateFormat::Pem,
        };
        let is_secret = matches!(kind, KeygenKind::Secret { .. });
        if format == PrivateFormat::Jwk && !self.no_encrypt && !is_secret {
            return Err(UsageError::new(
                "--format jwk writes an unencrypted key (a JWK has no standard passphrase \
                 form): pass --no-encrypt as well",
            )
            .into());
        }
        let paths = [&self.out, &self.public_out, &self.jwks_out];
        for (i, a) in paths.iter().enumerate() {
            if a.is_some() && paths[i + 1..].contains(a) {
                return Err(UsageError::new(
                    "--out, --public-out and --jwks-out must be different files",
                )
                .into());
            }
        }
        Ok(KeygenOptions {
            kind,
            out: self.out.clone(),
            public_out: self.public_out.clone(),
            force: self.force,
            no_encrypt: self.no_encrypt,
            passphrase_file: self.passphrase_file.clone(),
            passphrase_command: self.passphrase_command.clone(),
            format,
            jwks_out: self.jwks_out.clone(),
        })
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PublicKeyFormat {
    /// SubjectPublicKeyInfo PEM (`BEGIN PUBLIC KEY`).
    Pem,
    /// A public JWK.
    Jwk,
    /// A JWKS {"keys":[…]} with kid = thumbprint, use "sig" and alg.
    Jwks,
}

#[derive(Debug, Clone, Args)]
pub struct PublicKeyArgs {
    /// The private key (`-` = standard input).
    ///
    /// Any form --key takes when signing: PEM or DER (encrypted too), a private JWK or a JWKS
    /// (--kid picks its key), OpenSSH, PKCS#12, a Google service-account JSON file; or a key
    /// store's reference (awskms:///KEY, hashivault://NAME, pkcs11:…, ssh-agent:…), whose
    /// public key the store hands out.
    #[arg(long, value_name = "PATH", env = crate::credentials::ENV_KEY_FILE,
          hide_env_values = true, required = true)]
    pub key: PathBuf,

    /// Read the key's passphrase from this file (`-` = standard input).
    #[arg(long, value_name = "PATH", conflicts_with = "passphrase_command")]
    pub passphrase_file: Option<PathBuf>,

    /// Run this command for the key's passphrase.
    #[arg(long, value_name = "COMMAND", value_parser = SecretCommandParser)]
    pub passphrase_command: Option<SecretCommand>,

    /// The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path
    /// [env: JWTMINT_PKCS11_MODULE].
    #[arg(long, value_name = "PATH")]
    pub pkcs11_module: Option<PathBuf>,

    /// What to print: pem, jwk or jwks [default: pem].
    #[arg(long, value_enum, value_name = "FORMAT",
          conflicts_with_all = ["thumbprint", "for"])]
    pub format: Option<PublicKeyFormat>,

    /// Print only the RFC 7638 SHA-256 thumbprint (base64url), the JWKS's kid.
    #[arg(long, conflicts_with = "for")]
    pub thumbprint: bool,

    /// Print the public key in the form this service asks for (`--NAME` is the same).
    #[arg(long = "for", id = "for", value_name = "SERVICE", value_parser = public_key_services())]
    pub for_service: Option<String>,

    /// Pick the private key with this `kid` from a JWKS.
    #[arg(long, value_name = "KID")]
    pub kid: Option<String>,

    /// The `alg` of the JWK or JWKS entry (default: the key's natural algorithm, e.g. RS256).
    #[arg(long, value_name = "ALG",
          value_parser = alg_parser(&Alg::ALL.into_iter().filter(|a| !a.is_hmac()).collect::<Vec<_>>()),
          conflicts_with_all = ["thumbprint", "for"])]
    pub alg: Option<Alg>,
}

impl PublicKeyArgs {
    pub fn options(&self) -> anyhow::Result<PublicKeyOptions> {
        let form = self.for_service.as_deref().and_then(|name| {
            crate::providers::with_public_key()
                .find(|(service, _)| service.name == name)
                .map(|(_, form)| form)
        });
        let output = match (self.thumbprint, form, self.format) {
            (true, _, _) => PublicKeyOutput::Thumbprint,
            (_, Some(form), _) => PublicKeyOutput::For(form),
            (_, _, Some(PublicKeyFormat::Jwk)) => PublicKeyOutput::Jwk,
            (_, _, Some(PublicKeyFormat::Jwks)) => PublicKeyOutput::Jwks,
            (_, _, Some(PublicKeyFormat::Pem) | None) => PublicKeyOutput::Pem,
        };
        if self.alg.is_some() && matches!(output, PublicKeyOutput::Pem) {
            return Err(UsageError::new("--alg applies only to --format jwk or jwks").into());
        }
        if self.alg.is_some_and(Alg::is_hmac) {
            return Err(UsageError::new("--alg must be a public-key algorithm, not HS*").into());
        }
        Ok(PublicKeyOptions {
            key_file: self.key.clone(),
            passphrase_file: self.passphrase_file.clone(),
            passphrase_command: self.passphrase_command.clone(),
            pkcs11_module: self.pkcs11_module.clone(),
            output,
            alg: self.alg,
            kid: self.kid.clone(),
        })
    }
}

/// The clap group of the shared options a profile may set (`crate::config`): an option of
/// [`MintArgs`] or [`InspectArgs`] declared with `group = IN_PROFILE` is a key of a profile's
/// section, read by the same parser as the flag. The others describe one run (claims, times
/// other than the lifetime, batch) and stay on the command line; a service's own options follow
/// [`Opt::grants_rights`].
pub const IN_PROFILE: &str = "in-profile";

/// The shared options of a profile's section ([`IN_PROFILE`]), read by the flags' own parsers:
/// `inspect`'s for the `inspect` section, the minting options' for a service's.
pub struct ProfileKeys {
    command: clap::Command,
    inspect: bool,
}

/// What a profile's value is to the flag's parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileValue {
    /// A path: `~/` and relative paths are resolved against the config file first.
    Path,
    /// A command (`--secret-command`): a string split like a shell would, or an array.
    Command,
    /// A switch: `true` or `false`.
    Switch,
    /// Text (repeatable options take an array of it).
    Text,
}

impl ProfileKeys {
    pub fn new(inspect: bool) -> ProfileKeys {
        let command = clap::Command::new("profile").no_binary_name(true);
        let command = if inspect {
            InspectArgs::augment_args(command)
        } else {
            MintArgs::augment_args(command)
        };
        // A section holds settings, not one run: `inspect`'s `jwks-url` and `key` may stand
        // side by side (the URL wins), and key sources given twice are reported by the caller.
        let mut command = command
            .mut_args(|arg| arg.conflicts_with(clap::builder::Resettable::<clap::Id>::Reset));
        command.build();
        ProfileKeys { command, inspect }
    }

    /// The shared option whose long name is `name`, and whether a profile may set it.
    pub fn find(&self, name: &str) -> Option<(&Arg, bool)> {
        let arg = self
            .command
            .get_arguments()
            .find(|arg| arg.get_long() == Some(name))?;
        Some((arg, self.in_profile(arg)))
    }

    fn in_profile(&self, arg: &Arg) -> bool {
        self.command
            .get_groups()
            .find(|group| group.get_id() == IN_PROFILE)
            .is_some_and(|group| group.get_args().any(|id| id == arg.get_id()))
    }

    /// The long names a profile may set.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.command
            .get_arguments()
            .filter(|arg| self.in_profile(arg))
            .filter_map(Arg::get_long)
    }

    /// How `arg` takes its value.
    pub fn value(arg: &Arg) -> ProfileValue {
        if !arg.get_action().takes_values() {
            ProfileValue::Switch
        } else if arg
            .get_value_names()
            .is_some_and(|names| names == ["COMMAND"])
        {
            ProfileValue::Command
        } else if matches!(
            arg.get_value_hint(),
            clap::ValueHint::AnyPath | clap::ValueHint::FilePath | clap::ValueHint::DirPath
        ) {
            ProfileValue::Path
        } else {
            ProfileValue::Text
        }
    }

    /// Reads `words` (`--NAME VALUE`…, as the command line would give them) into a section's
    /// shared settings. The error is clap's message, on one line, without the value where the
    /// flag's parser hides it.
    pub fn read(&self, words: &[String]) -> Result<crate::config::Section, String> {
        let matches = self
            .command
            .clone()
            .try_get_matches_from(words)
            .map_err(|e| one_line(&e))?;
        let given = |id: &str| matches.value_source(id) == Some(ValueSource::CommandLine);
        let mut section = crate::config::Section::default();
        if self.inspect {
            let options = InspectArgs::from_arg_matches(&matches)
                .map_err(|e| one_line(&e))?
                .options();
            section.keys = options.keys;
            // As the registry spells it (`FormIO` names formio).
            section.provider = options.provider.map(|given| {
                crate::providers::inspectable()
                    .find(|s| s.name.eq_ignore_ascii_case(&given))
                    .map_or(given, |s| s.name.to_string())
            });
            section.jwks_url = options.jwks_url;
        } else {
            let options = MintArgs::from_arg_matches(&matches)
                .map_err(|e| one_line(&e))?
                .options();
            section.keys = KeySources {
                select_kid: None,
                ..options.keys
            };
            section.alg = options.alg;
            section.kid = options.kid;
            section.typ = given("typ").then_some(options.typ);
            section.expires_in = match options.time.expiry {
                Expiry::In(secs) => Some(secs),
                _ => None,
            };
            section.format = options.format;
        }
        Ok(section)
    }
}

/// A clap error's message on one line, without `error: ` and the usage and help hints; a
/// similar value clap found is offered as "did you mean".
fn one_line(error: &clap::Error) -> String {
    let text = error.render().to_string();
    text.trim_start_matches("error: ")
        .split("\n\n")
        .filter_map(|paragraph| {
            let paragraph = paragraph.trim();
            match paragraph.strip_prefix("tip: ") {
                Some(tip) => tip
                    .strip_prefix("a similar value exists: '")
                    .and_then(|v| v.strip_suffix('\''))
                    .map(|v| format!("(did you mean `{v}`?)")),
                None if paragraph.starts_with("For more information")
                    || paragraph.starts_with("Usage:") =>
                {
                    None
                }
                None => Some(
                    paragraph
                        .lines()
                        .map(str::trim)
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The options every minting subcommand shares.
#[derive(Debug, Clone, Args)]
#[command(group = clap::ArgGroup::new(IN_PROFILE).multiple(true))]
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

    /// With --batch: how many tokens to sign at once [default: one per core for a key file,
    /// 16 for a key in a store (KMS, Vault, PKCS#11)].
    ///
    /// A store's key signs over the network: more requests in flight give more tokens a
    /// second, until the store throttles (jwtmint then backs off and retries). Output stays in
    /// input order.
    #[arg(long, value_name = "N", requires = "batch", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub jobs: Option<u16>,
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Key material")]
pub struct KeyArgs {
    /// Read the HMAC secret from this file (`-` = standard input).
    ///
    /// The secret is the file's bytes, less one trailing newline. Without this option (or
    /// --secret-env, --secret-command) the secret comes from the environment variable
    /// JWTMINT_SECRET (or JWTMINT_SECRET_COMMAND), else the profile, or else is asked for on
    /// the terminal. There is deliberately no option that takes the secret itself.
    #[arg(long, value_name = "PATH", group = IN_PROFILE, conflicts_with_all = ["secret_env", "secret_command"])]
    pub secret_file: Option<PathBuf>,

    /// Read the HMAC secret from this environment variable (give its name).
    #[arg(long, value_name = "VAR", group = IN_PROFILE, conflicts_with = "secret_command",
          value_parser = EnvVarNameParser)]
    pub secret_env: Option<String>,

    /// Run this command and sign with what it prints.
    ///
    /// COMMAND is split into words like a shell would (quotes, backslashes) and run without
    /// one, with standard input closed and a 30 s time-out (JWTMINT_COMMAND_TIMEOUT seconds);
    /// its standard output less one trailing newline is the secret. For example
    /// --secret-command 'op read op://ops/formio/jwt-secret'. A command that fails, times out
    /// or prints nothing is an error that quotes the last line of its stderr.
    #[arg(long, value_name = "COMMAND", group = IN_PROFILE, value_parser = SecretCommandParser)]
    pub secret_command: Option<SecretCommand>,

    /// How the secret's text is read: utf8 (the text's bytes), hex, base64 or base64url.
    ///
    /// Applies to the secret from any source. Bad digits are an error that never quotes the
    /// secret.
    #[arg(long, value_name = "ENCODING", value_parser = parse_encoding,
          env = "JWTMINT_SECRET_ENCODING", hide_env_values = true)]
    pub secret_encoding: Option<crate::keys::secret::SecretEncoding>,

    /// Sign with this private key (`-` = standard input).
    ///
    /// RSA, EC (P-256, P-384, P-521, secp256k1) or Ed25519, in PEM or DER (PKCS#1, SEC1,
    /// PKCS#8), plain or passphrase-protected (legacy `Proc-Type: 4,ENCRYPTED`, encrypted
    /// PKCS#8); an OpenSSH private key (`ssh-keygen`, encrypted or not); a PKCS#12 file
    /// (.p12/.pfx); a private JWK (its `kid` goes into the header and its `alg` is the default;
    /// `kty: oct` signs with HMAC) or a JWKS (--kid picks the key); a Google service-account
    /// key file.
    ///
    /// Or a key that never leaves its store: awskms:///KEY or awskms://HOST:PORT/KEY (AWS
    /// KMS: key id, ARN or alias/NAME), hashivault://NAME[?version=N] (Vault or OpenBao
    /// transit), pkcs11:token=…;object=… (RFC 7512; the PIN comes as a passphrase does),
    /// ssh-agent:, ssh-agent:SHA256:FINGERPRINT or ssh-agent:COMMENT.
    #[arg(long, value_name = "PATH", group = IN_PROFILE)]
    pub key: Option<PathBuf>,

    /// Read the key's passphrase from this file (`-` = standard input).
    ///
    /// Without this option (or --passphrase-command) the passphrase comes from
    /// JWTMINT_PASSPHRASE (or JWTMINT_PASSPHRASE_COMMAND), else the profile, or else is asked
    /// for on the terminal.
    #[arg(long, value_name = "PATH", group = IN_PROFILE, conflicts_with = "passphrase_command")]
    pub passphrase_file: Option<PathBuf>,

    /// Run this command for the key's passphrase.
    ///
    /// Split and run as --secret-command is.
    #[arg(long, value_name = "COMMAND", group = IN_PROFILE, value_parser = SecretCommandParser)]
    pub passphrase_command: Option<SecretCommand>,

    /// The PKCS#11 module (a .so) of a pkcs11: key whose URI has no module-path
    /// [env: JWTMINT_PKCS11_MODULE].
    #[arg(long, value_name = "PATH")]
    pub pkcs11_module: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Claims")]
pub struct ClaimArgs {
    /// Take claims from a JSON object in this file (`-` = standard input).
    #[arg(long, value_name = "PATH")]
    pub claims_file: Option<PathBuf>,

    /// Add a claim: KEY=VALUE for a string, KEY:=JSON for any JSON value. Repeatable.
    ///
    /// Precedence: --claims-file < --claim. A claim that a dedicated flag (--sub…) also sets to
    /// another value, or that contradicts the service's fixed claims, is an error.
    #[arg(long, value_name = "KEY=VALUE")]
    pub claim: Vec<Assignment>,
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Time")]
pub struct TimeArgs {
    /// Set `iat` (default: now). Relative times count from it.
    ///
    /// TIME is Unix seconds, RFC 3339 (2026-01-01T00:00:00Z), `now`, or a duration from now
    /// (`-60s` to backdate, `+5m`; in a batch, from the batch's start). Fixing --iat to a time
    /// makes a run reproducible.
    #[arg(long, value_name = "TIME", value_parser = TimeSpec::parse_iat, conflicts_with = "no_iat",
          allow_hyphen_values = true)]
    pub iat: Option<TimeSpec>,

    /// Do not add `iat`.
    #[arg(long)]
    pub no_iat: bool,

    /// Set `exp` this long after `iat`: 90s, 10m, 24h, 7d, 1h30m.
    #[arg(long, value_name = "DURATION", group = IN_PROFILE, value_parser = time::parse_duration,
          conflicts_with_all = ["exp", "no_exp"], allow_hyphen_values = true)]
    pub expires_in: Option<i64>,

    /// Set `exp`: a TIME (Unix seconds, RFC 3339), or `now`/a duration from `iat` (`+1h`).
    #[arg(long, value_name = "TIME", value_parser = time::parse_exp, conflicts_with = "no_exp",
          allow_hyphen_values = true)]
    pub exp: Option<Expiry>,

    /// Do not add `exp`, where the service accepts tokens without one.
    #[arg(long)]
    pub no_exp: bool,

    /// Set `nbf`: a TIME, `now`, or a DURATION after `iat` (`-30s` for before, `+5m`).
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
    /// Any of HS256 HS384 HS512 RS256 RS384 RS512 PS256 PS384 PS512 ES256 ES384 ES512 ES256K
    /// EdDSA that the subcommand accepts, in any letter case; `none` is refused. Default: the
    /// subcommand's, or for `sign` HS256 with a secret and the key's natural algorithm with a
    /// key (RSA: RS256, P-256: ES256, P-384: ES384, P-521: ES512, secp256k1: ES256K, Ed25519:
    /// EdDSA).
    #[arg(long, value_name = "ALG", group = IN_PROFILE, value_parser = alg_parser(&Alg::ALL))]
    pub alg: Option<Alg>,

    /// Set the `kid` (key id) header; with a JWKS as --key, also picks that key.
    #[arg(long, value_name = "KID", group = IN_PROFILE)]
    pub kid: Option<String>,

    /// Set `kid` to the RFC 7638 thumbprint (SHA-256, base64url) of the signing key's public key.
    #[arg(long, conflicts_with = "kid")]
    pub kid_thumbprint: bool,

    /// Add a header field: NAME=VALUE for a string, NAME:=JSON for any JSON value. Repeatable.
    ///
    /// `alg` is set by --alg; `crit` and `b64` are refused (jwtmint implements no extension);
    /// a `kid` or `typ` that contradicts --kid or --typ is an error.
    #[arg(long = "header", value_name = "NAME=VALUE")]
    pub header_fields: Vec<Assignment>,

    /// Put this certificate chain (PEM, leaf first; or a .p12) into the `x5c` header.
    ///
    /// The leaf's public key must be the signing key's.
    #[arg(long, value_name = "PATH")]
    pub x5c_cert: Option<PathBuf>,

    /// Put this certificate's SHA-1 and SHA-256 thumbprints into `x5t` and `x5t#S256`.
    ///
    /// PEM, DER or a .p12; its public key must be the signing key's.
    #[arg(long, value_name = "PATH")]
    pub x5t_cert: Option<PathBuf>,

    /// Set the `typ` header.
    #[arg(long, value_name = "TYP", group = IN_PROFILE, default_value = "JWT")]
    pub typ: String,

    /// What to print: one of the subcommand's formats, the first listed is the default.
    #[arg(long, value_name = "FORMAT", group = IN_PROFILE, value_enum)]
    pub format: Option<Format>,
}

/// `--alg` taking one of `algs` (any letter case), listed in help and completed by the shells.
/// Parsed as [`Alg`] parses it, so `none` and unknown names get its explanations.
fn alg_parser(algs: &[Alg]) -> AlgParser {
    AlgParser {
        algs: algs.to_vec(),
        service: None,
    }
}

/// A service's `--format`: its formats listed in help and completed by the shells, any other
/// refused with the one-line reason minting gives.
#[derive(Debug, Clone, Copy)]
struct FormatParser(&'static Service);

impl TypedValueParser for FormatParser {
    type Value = Format;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Format, clap::Error> {
        let invalid = |message: String| {
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!("--format: {message}\n"),
            )
            .with_cmd(cmd)
        };
        let text = value.to_str().ok_or_else(|| invalid("not UTF-8".into()))?;
        let format = <Format as clap::ValueEnum>::from_str(text, true).map_err(|_| {
            let names: Vec<_> = self.0.formats.iter().map(|f| f.name()).collect();
            invalid(format!(
                "unknown format `{text}`; one of {}",
                names.join(", ")
            ))
        })?;
        crate::mint::check_format_offered(self.0, format).map_err(|e| invalid(format!("{e:#}")))?;
        Ok(format)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            self.0
                .formats
                .iter()
                .filter_map(clap::ValueEnum::to_possible_value),
        ))
    }
}

#[derive(Debug, Clone)]
struct AlgParser {
    algs: Vec<Alg>,
    /// The subcommand whose rules these are, for the message naming what it accepts.
    service: Option<crate::providers::AlgRules>,
}

impl TypedValueParser for AlgParser {
    type Value = Alg;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Alg, clap::Error> {
        let invalid = |message: String| {
            let flag = arg
                .and_then(Arg::get_long)
                .map(|long| format!("--{long}"))
                .unwrap_or_else(|| "--alg".into());
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!("{flag}: {message}\n"),
            )
            .with_cmd(cmd)
        };
        let text = value.to_str().ok_or_else(|| invalid("not UTF-8".into()))?;
        let alg: Alg = text.parse().map_err(invalid)?;
        if let Some(rules) = self.service {
            crate::mint::check_alg_rules(rules, Some(alg), cmd.get_name())
                .map_err(|e| invalid(format!("{e:#}")))?;
        } else if !self.algs.contains(&alg) {
            let names: Vec<_> = self.algs.iter().map(|a| a.name()).collect();
            return Err(invalid(format!("{alg} is not one of {}", names.join(", "))));
        }
        Ok(alg)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            self.algs
                .iter()
                .map(|alg| clap::builder::PossibleValue::new(alg.name())),
        ))
    }
}

/// clap's own message for a bad value quotes it; these two options' values may be (or hold) a
/// secret, so their parsers give a message of their own that names the option, never the value.
fn unquoted_error(cmd: &clap::Command, arg: Option<&clap::Arg>, message: String) -> clap::Error {
    let name = arg.map_or_else(|| "the value".to_string(), |a| format!("--{}", a.get_id()));
    let name = name.replace('_', "-");
    cmd.clone().error(
        clap::error::ErrorKind::ValueValidation,
        format!("{name}: {message}"),
    )
}

/// `--secret-command`, `--passphrase-command`: split like a shell would.
#[derive(Clone)]
struct SecretCommandParser;

impl clap::builder::TypedValueParser for SecretCommandParser {
    type Value = SecretCommand;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<SecretCommand, clap::Error> {
        let text = value.to_str().ok_or_else(|| {
            unquoted_error(cmd, arg, "the command is not valid UTF-8".to_string())
        })?;
        SecretCommand::parse(text).map_err(|e| unquoted_error(cmd, arg, e))
    }
}

/// `--secret-env`: a variable's name, never shown when it does not look like one.
#[derive(Clone)]
struct EnvVarNameParser;

impl clap::builder::TypedValueParser for EnvVarNameParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        let text = value.to_str().unwrap_or("\0");
        crate::credentials::env_var_name(text).map_err(|e| unquoted_error(cmd, arg, e))
    }
}

fn parse_encoding(value: &str) -> Result<crate::keys::secret::SecretEncoding, String> {
    value.parse()
}

impl MintArgs {
    /// The plain values the minting pipeline takes.
    pub fn options(&self) -> MintOptions {
        let time = &self.time;
        let expiry = match (time.expires_in, time.exp, time.no_exp) {
            (Some(secs), _, _) => Expiry::In(secs),
            (None, Some(exp), _) => exp,
            (None, None, true) => Expiry::Never,
            (None, None, false) => Expiry::Default,
        };
        MintOptions {
            keys: KeySources {
                secret_file: self.keys.secret_file.clone(),
                key_file: self.keys.key.clone(),
                passphrase_file: self.keys.passphrase_file.clone(),
                secret_env: self.keys.secret_env.clone(),
                secret_command: self.keys.secret_command.clone(),
                passphrase_command: self.keys.passphrase_command.clone(),
                secret_encoding: self.keys.secret_encoding.unwrap_or_default(),
                select_kid: self.output.kid.clone(),
                x5c_cert: self.output.x5c_cert.clone(),
                x5t_cert: self.output.x5t_cert.clone(),
                pkcs11_module: self.keys.pkcs11_module.clone(),
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
            kid_thumbprint: self.output.kid_thumbprint,
            header_fields: self.output.header_fields.clone(),
            typ: self.output.typ.clone(),
            format: self.output.format,
            batch: self.batch.batch.clone(),
            keep_going: self.batch.keep_going,
            jobs: self.batch.jobs.map(usize::from),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::Given;

    #[test]
    fn examples_fit_the_help_width_unbroken() {
        // clap wraps `after_help` at HELP_WIDTH: a longer line would break a command in two
        // (`--jwks-out` / `jwks.json`). Continue long commands with `\` instead.
        let command = command();
        let mut commands: Vec<&clap::Command> = command.get_subcommands().collect();
        commands.push(&command);
        let mut long = Vec::new();
        for cmd in commands {
            let text = cmd
                .get_after_help()
                .map(ToString::to_string)
                .unwrap_or_default();
            for line in text.lines() {
                if line.chars().count() > HELP_WIDTH {
                    long.push(format!("{}: {line}", cmd.get_name()));
                }
            }
        }
        assert!(
            long.is_empty(),
            "example lines over {HELP_WIDTH} columns:\n{}",
            long.join("\n")
        );
    }

    #[test]
    fn clap_definitions_are_consistent() {
        command().debug_assert();
    }

    fn parse(args: &[&str]) -> Result<Parsed, clap::Error> {
        parse_from(std::iter::once("jwtmint").chain(args.iter().copied()))
    }

    /// A mint parses with a command that lacks the shared options' `[env: …]` tags; its help,
    /// short and long, still shows them, as the whole command's does.
    #[test]
    fn a_services_help_shows_the_documented_envs() {
        for flag in ["-h", "--help"] {
            let err = parse(&["sign", flag]).err().unwrap();
            assert_eq!(err.kind(), clap::error::ErrorKind::DisplayHelp);
            // Joined across the lines help wraps at.
            let help = err.render().to_string();
            let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
            for (_, env) in DOCUMENTED_ENVS {
                if env != "JWTMINT_CONFIG" {
                    assert!(help.contains(&format!("[env: {env}]")), "{flag}: {env}");
                }
            }
        }
        assert!(parse(&["sign", "--secret-file", "s", "--sub", "joe"]).is_ok());
    }

    fn mint(args: &[&str]) -> (&'static Service, Values, MintOptions) {
        match parse(args).unwrap() {
            Parsed::Mint {
                service,
                values,
                options,
                ..
            } => (service, values, options),
            _ => panic!("not a minting subcommand"),
        }
    }

    /// `jwtmint --help` lists every service once, under its family's heading, and every other
    /// subcommand under "Commands".
    #[test]
    fn help_lists_the_services_by_family() {
        let help = command().render_long_help().to_string();
        for service in REGISTRY {
            let row = format!("\n  {:<20} ", service.name);
            assert_eq!(help.matches(&row).count(), 1, "{}", service.name);
            let heading = format!("\n{}:\n", service.family.title());
            let (start, end) = (help.find(&heading).unwrap(), help.find(&row).unwrap());
            assert!(start < end, "{}", service.name);
            let between = &help[start + heading.len() - 1..end];
            assert!(
                !between.contains(":\n  "),
                "{} is not under {heading}",
                service.name
            );
        }
        let commands = help.find("\nCommands:\n").unwrap();
        for name in [
            "inspect",
            "keygen",
            "public-key",
            "config",
            "completions",
            "help",
        ] {
            assert!(help[commands..].contains(&format!("\n  {name} ")), "{name}");
        }
        assert!(help.contains("\nOptions:\n"));
        for line in help.lines() {
            assert!(line.chars().count() <= HELP_WIDTH, "{line}");
        }
    }

    /// `public-key --for NAME` and its alias `--NAME` for every service with a public-key form.
    #[test]
    fn public_key_for_each_service_and_its_alias() {
        for (service, form) in crate::providers::with_public_key() {
            for args in [
                vec!["public-key", "--key", "k", "--for", service.name],
                vec!["public-key", "--key", "k", &format!("--{}", service.name)],
            ] {
                let Ok(Parsed::PublicKey(parsed)) = parse(&args) else {
                    panic!("{args:?}")
                };
                let options = parsed.options().unwrap();
                assert!(
                    matches!(options.output, PublicKeyOutput::For(f) if std::ptr::eq(f, form)),
                    "{args:?}"
                );
            }
            let alias = format!("--{}", service.name);
            assert!(parse(&["public-key", "--key", "k", &alias, "--thumbprint"]).is_err());
        }
        assert!(parse(&["public-key", "--key", "k", "--for", "formio"]).is_err());
    }

    /// The pruned command line a mint builds reads and explains itself as the whole one does.
    #[test]
    fn pruned_command_line_matches_the_whole_one() {
        for service in REGISTRY {
            for args in [
                vec!["jwtmint", "--version"],
                vec!["jwtmint", service.name, "--help"],
                vec!["jwtmint", service.name, "--no-such-flag"],
                vec!["jwtmint", service.name, "--alg", "nope"],
                #[cfg(feature = "serve")]
                vec!["jwtmint", "serve", service.name, "--help"],
                #[cfg(feature = "serve")]
                vec!["jwtmint", "serve", service.name, "--no-such-flag"],
            ] {
                let pruned = parse_from(&args).err().unwrap();
                let whole = command()
                    .long_version(long_version())
                    .try_get_matches_from(&args)
                    .unwrap_err();
                assert_eq!(pruned.to_string(), whole.to_string(), "{args:?}");
                assert_eq!(pruned.kind(), whole.kind());
            }
        }
    }

    /// Every service is served: `serve SERVICE` takes the service's options under the names
    /// minting gives them, the shared ones and serve's own (as `--serve-NAME` too; only so
    /// where the service has the name), and gives the same plain values as minting.
    #[cfg(feature = "serve")]
    #[test]
    fn serve_takes_every_services_options() {
        let command = command();
        let serve = command.find_subcommand("serve").unwrap();
        let own: Vec<String> = ServeArgs::augment_args(clap::Command::new("serve"))
            .get_arguments()
            .filter_map(|a| a.get_long().map(str::to_string))
            .collect();
        for service in REGISTRY {
            let sub = serve
                .find_subcommand(service.name)
                .unwrap_or_else(|| panic!("no `serve {}`", service.name));
            let mint = command.find_subcommand(service.name).unwrap();
            for arg in mint.get_arguments().filter_map(Arg::get_long) {
                assert!(
                    sub.get_arguments().any(|a| a.get_long() == Some(arg)),
                    "serve {} --{arg}",
                    service.name
                );
            }
            for long in &own {
                let flag = serve_flag(service, long);
                let arg = sub
                    .get_arguments()
                    .find(|a| a.get_id().as_str() == format!("serve-{long}"))
                    .unwrap();
                assert_eq!(
                    arg.get_long(),
                    Some(flag.as_str()),
                    "serve {}",
                    service.name
                );
                let namespaced = format!("serve-{long}");
                assert!(
                    flag == namespaced
                        || arg
                            .get_all_aliases()
                            .unwrap_or_default()
                            .contains(&namespaced.as_str()),
                    "serve {} --{namespaced}",
                    service.name
                );
            }
        }
        // atlassian-connect's --issuer is its own; serve's is --serve-issuer there.
        let Parsed::Serve { values, serve, .. } = parse(&[
            "serve",
            "atlassian-connect",
            "--issuer",
            "com.example.app",
            "--serve-issuer",
            "http://127.0.0.1:1",
        ])
        .unwrap() else {
            panic!("not serve");
        };
        let service = crate::providers::by_name("atlassian-connect").unwrap();
        let issuer = values.text(service.option("issuer").unwrap());
        assert_eq!(issuer.as_deref(), Some("com.example.app"));
        assert_eq!(serve.issuer.as_deref(), Some("http://127.0.0.1:1"));
        assert_eq!(serve.issuer_flag, "--serve-issuer");
        let Parsed::Serve {
            service,
            values,
            options,
            serve,
            ..
        } = parse(&[
            "serve",
            "sign",
            "--sub",
            "joe",
            "--alg",
            "RS256",
            "--listen",
            "127.0.0.1:0",
            "--from-header",
            "aud=X-Aud",
            "--serve-allow-origin",
            "http://a.test",
        ])
        .unwrap()
        else {
            panic!("not serve");
        };
        assert_eq!(service.name, "sign");
        assert_eq!(values.text(service.option("sub").unwrap()).unwrap(), "joe");
        assert_eq!(options.alg, Some(Alg::RS256));
        assert_eq!(serve.listen.as_deref(), Some("127.0.0.1:0"));
        assert_eq!(serve.issuer_flag, "--issuer");
        assert_eq!(serve.from_header, ["aud=X-Aud"]);
        assert_eq!(serve.allow_origin, ["http://a.test"]);
    }

    #[test]
    fn every_service_is_a_subcommand() {
        let command = command();
        for service in REGISTRY {
            let sub = command.find_subcommand(service.name).unwrap();
            for opt in service.options {
                assert!(
                    sub.get_arguments().any(|a| a.get_long() == Some(opt.long)),
                    "{} --{}",
                    service.name,
                    opt.long
                );
            }
        }
    }

    #[test]
    fn sign_options_become_plain_values() {
        let (service, values, options) = mint(&[
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
        ]);
        assert_eq!(service.name, "sign");
        assert_eq!(options.time.iat, Some(TimeSpec::At(1000)));
        assert_eq!(options.time.expiry, Expiry::In(5400));
        assert_eq!(options.alg, Some(Alg::RS256));
        assert_eq!(options.format, Some(Format::Json));
        assert_eq!(options.claims[0].key, "n");
        let generic = crate::providers::sign::Generic::from_values(&values).unwrap();
        assert_eq!(generic.jti, Some(None));
        assert_eq!(generic.aud, ["a", "b"]);
    }

    #[test]
    fn jti_takes_an_optional_value() {
        let (_, values, _) = mint(&["sign", "--jti", "abc"]);
        let generic = crate::providers::sign::Generic::from_values(&values).unwrap();
        assert_eq!(generic.jti, Some(Some("abc".into())));
        let (_, values, _) = mint(&["sign"]);
        let generic = crate::providers::sign::Generic::from_values(&values).unwrap();
        assert_eq!(generic.jti, None);
    }

    /// Every service's switch has a `--no-NAME` that sets it off from the command line (so a
    /// profile cannot turn it on); of `--NAME` and `--no-NAME`, the last wins.
    #[test]
    fn every_switch_can_be_turned_off() {
        for service in REGISTRY {
            for opt in service.options.iter().filter(|o| o.kind == Kind::Switch) {
                let (on, off) = (opt.flag(), format!("--no-{}", opt.long));
                let (_, values, _) = mint(&[service.name, &off]);
                assert_eq!(values.get(opt), Some(&Given::Switch(false)), "{on}");
                assert_eq!(values.origin(opt), Some(&Origin::Flag), "{on}");
                let (_, values, _) = mint(&[service.name, &on, &off]);
                assert!(!values.switch(opt), "{} {on} {off}", service.name);
                let (_, values, _) = mint(&[service.name, &off, &on]);
                assert!(values.switch(opt), "{} {off} {on}", service.name);
            }
        }
    }

    /// Every service's text options are read from the command line, and defaults are marked
    /// as such.
    #[test]
    fn values_remember_their_origin() {
        for service in REGISTRY {
            for opt in service.options {
                let (_, values, _) = match opt.kind {
                    Kind::Text => mint(&[service.name, &opt.flag(), "v"]),
                    Kind::Switch => mint(&[service.name, &opt.flag()]),
                    _ => continue,
                };
                assert_eq!(values.origin(opt), Some(&Origin::Flag), "{}", opt.long);
                for other in service.options.iter().filter(|o| o.long != opt.long) {
                    if let Some(default) = other.default {
                        assert_eq!(values.text(other).as_deref(), Some(default));
                        assert_eq!(values.origin(other), Some(&Origin::Default));
                    }
                }
            }
        }
    }

    /// Env names come from the registry, and options that grant rights have none.
    #[test]
    fn env_names_come_from_the_registry() {
        let command = command();
        for service in REGISTRY {
            let sub = command.find_subcommand(service.name).unwrap();
            for opt in service.options {
                let arg = sub
                    .get_arguments()
                    .find(|a| a.get_long() == Some(opt.long))
                    .unwrap();
                let env = arg.get_env().map(|e| e.to_string_lossy().into_owned());
                assert_eq!(
                    env,
                    opt.env_name(service.name),
                    "{} --{}",
                    service.name,
                    opt.long
                );
                if opt.grants_rights {
                    assert_eq!(env, None);
                }
            }
        }
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

    /// Assignments and choices are checked by clap, for every service that has them.
    #[test]
    fn bad_values_of_service_options_are_usage_errors() {
        for service in REGISTRY {
            for opt in service.options {
                let bad = match opt.kind {
                    Kind::Assign => "novalue",
                    Kind::Choice(_) => "no-such-choice",
                    _ => continue,
                };
                let err = match parse(&[service.name, &opt.flag(), bad]) {
                    Err(err) => err,
                    Ok(_) => panic!("{} {} {bad} should be refused", service.name, opt.long),
                };
                assert!(err.use_stderr());
            }
        }
    }

    /// clap's errors fold into one line: the message, a list, possible values, the tip.
    #[test]
    fn usage_errors_are_one_line() {
        let line = |args: &[&str]| match parse(args) {
            Err(err) => error_line(&err),
            Ok(_) => panic!("{args:?} should be refused"),
        };
        assert_eq!(
            line(&["sign", "--formt", "x"]),
            "unexpected argument '--formt' found; tip: a similar argument exists: '--format'"
        );
        assert_eq!(
            line(&["completions"]),
            "the following required arguments were not provided: <SHELL>"
        );
        let missing = line(&["keygen", "--type"]);
        assert!(
            missing.starts_with("a value is required for '--type <TYPE>' but none was supplied ["),
            "{missing}"
        );
        for args in [
            &["sign", "--alg", "XX"][..],
            &["config"],
            &["nosuchcommand"],
            &["sign", "extra"],
            &["formio", "--project"],
        ] {
            let text = line(args);
            assert!(
                !text.contains('\n') && !text.is_empty(),
                "{args:?}: {text:?}"
            );
            assert!(
                !text.starts_with("error:") && !text.contains("Usage:"),
                "{text}"
            );
        }
    }

    #[test]
    fn negative_durations_parse() {
        let (_, _, options) = mint(&["sign", "--expires-in", "-1h", "--nbf", "-30s"]);
        assert_eq!(options.time.expiry, Expiry::In(-3600));
        assert_eq!(options.time.nbf, Some(TimeSpec::After(-30)));
    }
}
