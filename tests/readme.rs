//! Every `jwtmint` command of the README runs, as a reader would copy it, and does what the
//! README says: exit 0 with a token, URL, header or JSON on stdout (or, for the few listed in
//! [`REFUSED`], the refusal the README shows on purpose).
//!
//! Commands are read from the README's code (indented blocks and fenced blocks), continuation
//! lines joined. From a pipeline, an assignment (`TOKEN=$(jwtmint …)`) or a command
//! substitution (`curl -H "$(jwtmint …)"`) the jwtmint part is run; a `printf … |` before it
//! becomes its standard input. Each command runs in a clean environment and a directory of its
//! own, where the files it names are copied from fixtures ([`FILES`]); `$VAR`s come from the
//! README's own assignments or [`VARS`]; commands of the Profiles section get the README's
//! profile example as their config file. Where the README shows what a command prints (below a
//! `$ jwtmint …` prompt line), it must print that. A README command the test cannot read or run
//! fails with its line number: fix the README, or teach these tables (briefly, with the reason).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jwtmint::cli::{parse_from, Parsed};
use jwtmint::output::Format;

/// The README's file names, each with the fixture (relative to the repository) copied in its
/// place. A file a README command names that is not here fails the test: add it.
const FILES: &[(&str, &str)] = &[
    ("examples/demo-secret.txt", "examples/demo-secret.txt"),
    ("secret.txt", "tests/fixtures/keys/hmac-secret-64.txt"),
    ("private.pem", "tests/fixtures/keys/rsa2048-pkcs8.pem"),
    ("claims.json", "tests/fixtures/readme/claims.json"),
    ("jwt_secret.txt", "tests/fixtures/keys/hmac-secret-64.txt"),
    ("api_key.txt", "tests/fixtures/keys/hmac-secret-64.txt"),
    (
        "shared_secret.txt",
        "tests/fixtures/keys/hmac-secret-64.txt",
    ),
    (
        "my-app.private-key.pem",
        "tests/fixtures/keys/rsa2048-pkcs1.pem",
    ),
    ("my-app.pem", "tests/fixtures/keys/rsa2048-pkcs1.pem"),
    (
        "AuthKey_ABC123DEFG.p8",
        "tests/fixtures/keys/ec-p256-pkcs8.pem",
    ),
    (
        "admin_api_key.txt",
        "tests/fixtures/registry/ghost-admin-api-key.txt",
    ),
    ("sa.json", "tests/fixtures/services/google-sa.json"),
    ("rsa_key.p8", "tests/fixtures/keys/rsa2048-pkcs8.pem"),
    ("app.key", "tests/fixtures/services/entra-key.pem"),
    ("app.pem", "tests/fixtures/services/entra-cert.pem"),
    (
        "livekit_api_secret.txt",
        "tests/fixtures/services/livekit-api-secret.txt",
    ),
    (
        "app_secret.txt",
        "tests/fixtures/services/jitsi-app-secret.txt",
    ),
    ("asap_private.pem", "tests/fixtures/keys/rsa2048-pkcs8.pem"),
    (
        "hasura_key.txt",
        "tests/fixtures/services/hasura-jwt-secret.txt",
    ),
    (
        "embedding_secret_key.txt",
        "tests/fixtures/services/metabase-embedding-secret.txt",
    ),
    (
        "signing_key.txt",
        "tests/fixtures/services/gitbook-signing-key.txt",
    ),
    (
        "zoom_secret.txt",
        "tests/fixtures/readme/zoom-client-secret.txt",
    ),
    ("search-key.txt", "tests/fixtures/keys/hmac-secret-64.txt"),
    (
        "mux-signing-key.b64",
        "tests/fixtures/services/mux-signing-key.b64",
    ),
    (
        "twilio_api_secret.txt",
        "tests/fixtures/keys/hmac-secret-64.txt",
    ),
    (
        "stream_secret.txt",
        "tests/fixtures/keys/hmac-secret-64.txt",
    ),
    ("private.key", "tests/fixtures/keys/rsa2048-pkcs8.pem"),
    (
        "cdp-secret.txt",
        "tests/fixtures/services/coinbase-cdp-ed25519.txt",
    ),
    ("server.key", "tests/fixtures/keys/rsa2048-pkcs8.pem"),
    (
        "shared-secret.txt",
        "tests/fixtures/keys/hmac-secret-64.txt",
    ),
    ("client.key", "tests/fixtures/keys/ec-p256-pkcs8.pem"),
    ("public.pem", "tests/fixtures/keys/rsa2048.pub.pem"),
    ("jwks.json", "tests/fixtures/readme/jwks.json"),
    (
        "rsa.pem",
        "tests/fixtures/keys/rsa2048-pkcs8-pbkdf2-sha256-aes256.pem",
    ),
    ("pass.txt", "tests/fixtures/keys/passphrase.txt"),
    ("id_jwt", "tests/fixtures/keys/openssh-ed25519-enc"),
    ("bundle.p12", "tests/fixtures/keys/rsa2048-chain.p12"),
    ("key.jwk", "tests/fixtures/keys/ec-p256.jwk"),
    (
        "jwks.private.json",
        "tests/fixtures/readme/jwks.private.json",
    ),
    ("key.pem", "tests/fixtures/keys/ec-p256-pkcs8.pem"),
    // The profile example's files (`~/` is the home directory of the run).
    (
        "~/.secrets/formio-prod-jwt-secret",
        "tests/fixtures/keys/hmac-secret-64.txt",
    ),
    (
        "~/.secrets/developerhub-api-key",
        "tests/fixtures/keys/hmac-secret-64.txt",
    ),
];

/// Options whose value is a file the command writes: nothing is copied there.
const OUTPUTS: [&str; 3] = ["--out", "--public-out", "--jwks-out"];

/// A value made for the test: text, or what a jwtmint command prints (run in the same
/// directory and environment), after `prefix`.
#[derive(Clone, Copy)]
enum Made {
    Text(&'static str),
    /// The text of a fixture (relative to the repository): a key held in a CI variable.
    Fixture(&'static str),
    Mint {
        prefix: &'static str,
        args: &'static [&'static str],
    },
}

/// `$VAR`s the README uses without assigning them, by the section (heading) they are used in,
/// or `*` for any; also literal placeholders (a word of the README) a reader replaces.
const VARS: &[(&str, &str, Made)] = &[
    ("*", "$ZOOM_SDK_KEY", Made::Text("vSDKkey123")),
    ("*", "$ZOOM_CLIENT_ID", Made::Text("zClientId123")),
    (
        "*",
        "$TWILIO_ACCOUNT_SID",
        Made::Text("AC0123456789abcdef0123456789abcdef"),
    ),
    (
        "*",
        "$TWILIO_API_KEY",
        Made::Text("SK0123456789abcdef0123456789abcdef"),
    ),
    (
        "*",
        "$VONAGE_APPLICATION_ID",
        Made::Text("aaaaaaaa-bbbb-cccc-dddd-0123456789ab"),
    ),
    // CI variables of the "In CI" examples: the App's private key and Client ID, the path of
    // a service-account key file.
    (
        "In CI",
        "$APP_KEY",
        Made::Fixture("tests/fixtures/keys/rsa2048-pkcs1.pem"),
    ),
    ("In CI", "$CLIENT_ID", Made::Text("Iv23liExample01")),
    ("In CI", "$GCP_SA_KEY", Made::Text("sa.json")),
    // The token a production Form.io user got, checked with prod's secret.
    (
        "Profiles",
        "$TOKEN",
        Made::Mint {
            prefix: "",
            args: &[
                "formio",
                "--role",
                "5c81a2e7f1d3b40012345603",
                "--profile",
                "prod",
            ],
        },
    ),
    // A token of the issuer whose public keys are `jwks.json`.
    (
        "Inspect a token",
        "$TOKEN",
        Made::Mint {
            prefix: "",
            args: &[
                "sign",
                "--key",
                "private.pem",
                "--iss",
                "https://auth.example.com",
                "--aud",
                "api",
                "--kid",
                "rsa-1",
            ],
        },
    ),
    // The pasted Tiledesk token, whole.
    (
        "Inspect a token",
        "JWT eyJhbGciOi…",
        Made::Mint {
            prefix: "JWT ",
            args: &[
                "tiledesk",
                "--secret-file",
                "shared_secret.txt",
                "--project",
                "5f8e1a2b3c4d5e6f7a8b9c0d",
                "--user-id",
                "u1",
            ],
        },
    ),
];

/// Programs piped into a jwtmint command (`pbpaste | jwtmint …`): what they print.
const STDIN: &[(&str, Made)] = &[(
    "pbpaste",
    Made::Mint {
        prefix: "",
        args: &["sign", "--key", "private.pem", "--sub", "joe"],
    },
)];

/// Environment variables the README's examples expect to be set (the profile's `secret-env`).
const ENV: &[(&str, &str)] = &[(
    "DEVELOPERHUB_STAGING_KEY",
    "readme-staging-developerhub-key-0123456789",
)];

/// Programs the profile example runs (`secret-command`), as stubs on `PATH`.
const PROGRAMS: &[(&str, &str)] = &[(
    "op",
    "#!/bin/sh\n# 1Password's CLI, reading a secret: prints it.\n\
     printf '%s\\n' readme-staging-formio-secret-0123456789\n",
)];

/// Commands not run, each with the reason: a word of the command (`serve` as the subcommand, or
/// the start of a key store reference). Keep this short; each must still match a command.
const SKIPPED: &[(&str, &str)] = &[
    (
        "serve",
        "runs until stopped; tests/serve.rs and tests/serve/run.sh run it",
    ),
    (
        "awskms:",
        "needs AWS KMS; tests/keystores/run.sh runs moto on loopback",
    ),
    (
        "hashivault:",
        "needs Vault; tests/keystores/run.sh runs OpenBao on loopback",
    ),
    (
        "pkcs11:",
        "needs a PKCS#11 token; tests/keystores/run.sh runs SoftHSM2",
    ),
];

/// README commands shown failing on purpose: a word sequence of the command, the exit code,
/// why. None today.
const REFUSED: &[(&str, i32, &str)] = &[];

/// One jwtmint command of the README.
#[derive(Debug, Clone)]
struct ReadmeCommand {
    line: usize,
    section: String,
    /// `NAME=VALUE` words before `jwtmint`.
    env: Vec<(String, String)>,
    /// `jwtmint` first.
    argv: Vec<String>,
    /// The command piped into it.
    stdin: Option<Vec<String>>,
    /// What the README shows it printing, below a `$ jwtmint …` prompt line.
    output: Option<String>,
}

impl ReadmeCommand {
    fn shown(&self) -> String {
        self.argv.join(" ")
    }
}

/// The README's code lines: `(line number, section heading, text)`, continuation lines (a
/// trailing `\`, `|` or `&&`) joined. Code is a fenced block or a line indented four spaces.
fn code_lines(text: &str) -> Vec<(usize, String, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut section = String::new();
    let mut fenced = false;
    let mut i = 0;
    while i < lines.len() {
        let number = i + 1;
        let raw = lines[i];
        i += 1;
        if raw.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if !fenced && raw.starts_with('#') {
            section = raw.trim_start_matches('#').trim().to_string();
            continue;
        }
        if !fenced && !raw.starts_with("    ") {
            continue;
        }
        let mut line = raw.to_string();
        loop {
            let trimmed = line.trim_end();
            let continues =
                trimmed.ends_with('\\') || trimmed.ends_with('|') || trimmed.ends_with("&&");
            if !continues || i >= lines.len() {
                break;
            }
            line = trimmed.strip_suffix('\\').unwrap_or(trimmed).to_string();
            line.push(' ');
            line.push_str(lines[i].trim_start());
            i += 1;
        }
        out.push((number, section.clone(), line));
    }
    out
}

/// `line` less a trailing shell comment: a ` #` outside quotes.
fn without_comment(line: &str) -> &str {
    let (mut single, mut double) = (false, false);
    let mut previous = ' ';
    for (at, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '#' if !single && !double && previous.is_whitespace() => return &line[..at],
            _ => {}
        }
        previous = c;
    }
    line
}

/// Takes each `$(…)` out of `line` (outside single quotes), leaving the word `SUBST`; returns
/// the outer text and the bodies, each of which may hold more.
fn substitutions(line: &str) -> (String, Vec<String>) {
    let chars: Vec<char> = line.chars().collect();
    let mut outer = String::new();
    let mut bodies = Vec::new();
    let mut single = false;
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        if c == '\'' && !inside_double(&chars[..at]) {
            single = !single;
        }
        if !single && c == '$' && chars.get(at + 1) == Some(&'(') {
            let mut depth = 1;
            let mut end = at + 2;
            while end < chars.len() {
                match chars[end] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                end += 1;
            }
            bodies.push(chars[at + 2..end.min(chars.len())].iter().collect());
            outer.push_str("SUBST");
            at = end + 1;
            continue;
        }
        outer.push(c);
        at += 1;
    }
    (outer, bodies)
}

/// Whether the end of `before` is inside double quotes (single quotes there are literal).
fn inside_double(before: &[char]) -> bool {
    let (mut single, mut double) = (false, false);
    for &c in before {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            _ => {}
        }
    }
    double
}

/// Splits a line without substitutions into its commands, at `|`, `||`, `&&`, `;` outside
/// quotes; each with whether a pipe feeds it.
fn segments(line: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let (mut single, mut double) = (false, false);
    let mut piped = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if !single => {
                current.push(c);
                if let Some(next) = chars.next() {
                    current.push(next);
                }
                continue;
            }
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '|' | '&' | ';' if !single && !double => {
                let twice = chars.peek() == Some(&c);
                if twice {
                    chars.next();
                }
                if c == '&' && !twice {
                    current.push(c);
                    continue;
                }
                out.push((std::mem::take(&mut current), piped));
                piped = c == '|' && !twice;
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    out.push((current, piped));
    out
}

/// Every jwtmint command of the README, and what the test could not read (with line numbers).
fn readme_commands() -> (Vec<ReadmeCommand>, Vec<String>) {
    commands_in(include_str!("../README.md"))
}

/// Every jwtmint command of a README's `text`, and what cannot be read.
fn commands_in(text: &str) -> (Vec<ReadmeCommand>, Vec<String>) {
    let text_lines: Vec<&str> = text.lines().collect();
    let mut commands = Vec::new();
    let mut problems = Vec::new();
    for (number, section, line) in code_lines(text) {
        let mut pending = vec![without_comment(&line).to_string()];
        while let Some(text) = pending.pop() {
            let (outer, bodies) = substitutions(&text);
            pending.extend(bodies);
            let mut previous: Option<Vec<String>> = None;
            for (segment, piped) in segments(&outer) {
                let Some(words) = shlex::split(&segment) else {
                    problems.push(format!("README.md:{number}: cannot split `{segment}`"));
                    continue;
                };
                let words = without_redirections(words);
                let stdin = if piped { previous.take() } else { None };
                previous = Some(words.clone());
                let mut rest = words.as_slice();
                // A prompt (`$ jwtmint …`), a YAML step (`- run: jwtmint …`).
                while let Some(first) = rest.first() {
                    if ["$", "-", "run:"].contains(&first.as_str()) {
                        rest = &rest[1..];
                    } else {
                        break;
                    }
                }
                let mut env = Vec::new();
                while let Some((name, value)) = rest.first().and_then(|w| assignment(w)) {
                    env.push((name, value));
                    rest = &rest[1..];
                }
                match rest.iter().position(|word| word == "jwtmint") {
                    Some(0) => commands.push(ReadmeCommand {
                        line: number,
                        section: section.clone(),
                        env,
                        argv: rest.to_vec(),
                        stdin,
                        output: transcript(text_lines.as_slice(), number),
                    }),
                    // `cargo install … jwtmint` names the crate.
                    Some(at) if rest[..at].iter().any(|word| word == "cargo") => {}
                    Some(_) => problems.push(format!(
                        "README.md:{number}: `{}` runs jwtmint in a way tests/readme.rs cannot \
                         read: put the jwtmint command first, or teach the test",
                        segment.trim()
                    )),
                    None => {}
                }
            }
        }
    }
    (commands, problems)
}

/// The home directory of the README's examples: a printed path under the test's home
/// directory is compared as under this one.
const README_HOME: &str = "/home/ops";

/// What the README shows below the prompt line `number` (`$ jwtmint …`): the lines as indented
/// as it (blank ones too) until the next prompt or the end of the block.
fn transcript(lines: &[&str], number: usize) -> Option<String> {
    let prompt = lines[number - 1];
    let indent = prompt.len() - prompt.trim_start().len();
    if !prompt.trim_start().starts_with("$ ") {
        return None;
    }
    let mut out = Vec::new();
    for line in &lines[number..] {
        let deeper = line.len() - line.trim_start().len() >= indent;
        if line.trim_start().starts_with("$ ") || !(line.trim().is_empty() || deeper) {
            break;
        }
        out.push(line.get(indent..).unwrap_or("").trim_end());
    }
    while out.last() == Some(&"") {
        out.pop();
    }
    Some(out.join("\n"))
}

/// `NAME=VALUE` as a shell reads a leading assignment.
fn assignment(word: &str) -> Option<(String, String)> {
    let (name, value) = word.split_once('=')?;
    let valid = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    valid.then(|| (name.to_string(), value.to_string()))
}

/// `words` less redirections (`> FILE`, `>FILE`, `2>&1`, `< FILE`).
fn without_redirections(words: Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut skip_next = false;
    for word in words {
        if skip_next {
            skip_next = false;
            continue;
        }
        let redirection = word.starts_with(['>', '<'])
            || word.starts_with("2>")
            || word.starts_with("1>")
            || word.starts_with("&>");
        if redirection {
            skip_next = [">", ">>", "<", "2>", "1>", "&>", "2>>"].contains(&word.as_str());
            continue;
        }
        out.push(word);
    }
    out
}

/// The commands, with a problem for each that cannot be read.
#[test]
fn every_readme_command_is_read() {
    let (commands, problems) = readme_commands();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        commands.len() > 60,
        "found only {} commands",
        commands.len()
    );
}

/// The shell forms the README uses (and a few it may come to use) are read as a shell would.
#[test]
fn commands_are_read_as_a_shell_reads_them() {
    let text = "## One\n\
        \n    TOKEN=$(jwtmint sign --secret-file s.txt \\\n      --sub joe)   # a comment\n\
        \n    curl -H \"$(jwtmint ghost --format header)\" https://x/#frag\n\
        \n    printf '%s\\n' '{\"sub\":\"a\"}' |\n      jwtmint sign --batch - > out.txt\n\
        \n    JWTMINT_PROFILE=prod jwtmint config show && echo ok\n\
        \n    cargo install --locked jwtmint --features awskms\n\
        \n```yaml\n- run: jwtmint sign --sub 'a b'\nnot code: jwtmint\n```\n\
        \n  prose: jwtmint sign --not-code\n\
        \n    sudo jwtmint sign\n";
    let (commands, problems) = commands_in(text);
    let argvs: Vec<String> = commands.iter().map(ReadmeCommand::shown).collect();
    assert_eq!(
        argvs,
        [
            "jwtmint sign --secret-file s.txt --sub joe",
            "jwtmint ghost --format header",
            "jwtmint sign --batch -",
            "jwtmint config show",
            "jwtmint sign --sub a b",
        ]
    );
    assert_eq!(commands[2].stdin.as_deref().unwrap()[0], "printf");
    assert_eq!(commands[3].env, [("JWTMINT_PROFILE".into(), "prod".into())]);
    assert!(commands.iter().all(|c| c.section == "One"));
    // A command the test cannot tell how to run fails with its line.
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].starts_with("README.md:17: `not code: jwtmint`"),
        "{problems:?}"
    );
    assert!(
        problems[1].starts_with("README.md:22: `sudo jwtmint sign`"),
        "{problems:?}"
    );
}

/// Fast, without running anything: every command parses as the real parser reads it, and a
/// `--format` it gives is one that subcommand offers.
#[test]
fn every_readme_command_parses_and_offers_its_format() {
    let (commands, _) = readme_commands();
    for command in commands {
        let number = command.line;
        let shown = command.shown();
        match parse_from(&command.argv) {
            Ok(Parsed::Mint {
                service, options, ..
            }) => {
                if let Some(format) = options.format {
                    assert!(
                        service.formats.contains(&format),
                        "README.md:{number}: `{shown}`: {} does not offer --format {format:?}",
                        service.name
                    );
                }
            }
            Ok(_) => {}
            Err(e) => {
                use clap::error::ErrorKind::{DisplayHelp, DisplayVersion};
                assert!(
                    matches!(e.kind(), DisplayHelp | DisplayVersion),
                    "README.md:{number}: `{shown}` does not parse: {e}"
                );
            }
        }
    }
}

/// Where one command runs: a directory of its own with a home directory inside.
struct Place {
    _dir: tempfile::TempDir,
    root: PathBuf,
    home: PathBuf,
    bin: PathBuf,
}

impl Place {
    fn new() -> Place {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let root = dir.path().to_path_buf();
        let home = root.join("home");
        let bin = root.join("bin");
        std::fs::create_dir_all(&home).unwrap();
        std::fs::create_dir_all(&bin).unwrap();
        Place {
            _dir: dir,
            root,
            home,
            bin,
        }
    }

    /// Copies the fixture of README file `name` to where the command looks for it.
    fn materialise(&self, name: &str) -> Result<(), String> {
        let Some((_, fixture)) = FILES.iter().find(|(readme, _)| *readme == name) else {
            return Err(format!(
                "the README's file `{name}` has no fixture: add it to FILES in tests/readme.rs"
            ));
        };
        let target = match name.strip_prefix("~/") {
            Some(rest) => self.home.join(rest),
            None => self.root.join(name),
        };
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture);
        std::fs::copy(&source, &target)
            .map(|_| ())
            .map_err(|e| format!("copying {}: {e}", source.display()))
    }

    /// The config file of the Profiles section: the README's own example, where the README
    /// says jwtmint looks (`~/.config/jwtmint/config.toml`), its files and the programs it runs.
    fn profiles(&self) -> Result<(), String> {
        let example = profile_example();
        for line in example.lines() {
            let Some((key, value)) = line.split_once(" = ") else {
                continue;
            };
            if ["secret-file", "key", "passphrase-file"].contains(&key.trim()) {
                self.materialise(value.trim().trim_matches('"'))?;
            }
        }
        for (name, script) in PROGRAMS {
            let path = self.bin.join(name);
            std::fs::write(&path, script).unwrap();
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let config = self.home.join(".config/jwtmint/config.toml");
        std::fs::create_dir_all(config.parent().unwrap()).unwrap();
        std::fs::write(&config, example).unwrap();
        Ok(())
    }
}

/// The README's profile example: the indented block that starts `default-profile =`.
fn profile_example() -> String {
    let text = include_str!("../README.md");
    let start = text
        .find("\n    default-profile = ")
        .expect("the README shows a config file starting `default-profile =`");
    let mut example = String::new();
    for line in text[start + 1..].lines() {
        if !line.is_empty() && !line.starts_with("    ") {
            break;
        }
        example.push_str(line.strip_prefix("    ").unwrap_or(line));
        example.push('\n');
    }
    example
}

/// Whether `word`, a value of the command, names a file the command reads.
fn names_a_file(option: Option<&str>, word: &str, path_options: &[String]) -> bool {
    if word == "-" || word.contains("://") || word.starts_with("pkcs11:") {
        return false;
    }
    if option.is_some_and(|option| path_options.iter().any(|p| p == option)) {
        return true;
    }
    const EXTENSIONS: [&str; 15] = [
        "pem", "p8", "key", "txt", "json", "jwk", "p12", "pfx", "b64", "jsonl", "der", "pub",
        "crt", "cer", "toml",
    ];
    !word.starts_with('-')
        && !word.contains(char::is_whitespace)
        && word
            .rsplit_once('.')
            .is_some_and(|(stem, ext)| !stem.is_empty() && EXTENSIONS.contains(&ext))
}

/// The long options of the subcommand `argv` runs whose values are paths (clap's hint).
fn path_options(argv: &[String]) -> Vec<String> {
    let mut command = jwtmint::cli::command();
    command.build();
    let mut current = &command;
    for word in argv.iter().skip(1) {
        match current.find_subcommand(word) {
            Some(sub) => current = sub,
            None => break,
        }
    }
    current
        .get_arguments()
        .filter(|arg| {
            matches!(
                arg.get_value_hint(),
                clap::ValueHint::FilePath | clap::ValueHint::AnyPath
            )
        })
        .filter_map(|arg| arg.get_long().map(|long| format!("--{long}")))
        .filter(|long| !OUTPUTS.contains(&long.as_str()))
        .collect()
}

/// Replaces `$NAME` in `word` by the README's assignments, then [`VARS`]; literal placeholders
/// in [`VARS`] replace the whole word.
fn substitute(
    word: &str,
    section: &str,
    assigned: &BTreeMap<String, String>,
    run: &dyn Fn(Made) -> Result<String, String>,
) -> Result<String, String> {
    let made = |name: &str| {
        VARS.iter()
            .find(|(s, var, _)| (*s == section || *s == "*") && *var == name)
            .map(|&(_, _, made)| made)
    };
    if !word.contains('$') {
        return match made(word) {
            Some(value) => run(value),
            None => Ok(word.to_string()),
        };
    }
    let mut out = String::new();
    let mut rest = word;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let braced = after.starts_with('{');
        let name_start = usize::from(braced);
        let len = after[name_start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len() - name_start);
        let name = &after[name_start..name_start + len];
        let consumed = name_start + len + usize::from(braced);
        let value = match assigned.get(name) {
            Some(value) => value.clone(),
            None => match made(&format!("${name}")) {
                Some(value) => run(value)?,
                None => {
                    return Err(format!(
                        "`${name}` is neither assigned in the README nor in VARS of \
                         tests/readme.rs: add it"
                    ))
                }
            },
        };
        out.push_str(&value);
        rest = &after[consumed..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Runs `argv` (jwtmint first) in `place`; copies the files it names first.
fn run_in(
    place: &Place,
    env: &[(String, String)],
    argv: &[String],
    stdin: &str,
) -> Result<common::Run, String> {
    let paths = path_options(argv);
    let mut option: Option<&str> = None;
    for word in &argv[1..] {
        let (flag, value) = match word.split_once('=') {
            Some((flag, value)) if word.starts_with("--") => (Some(flag), value),
            _ => (option, word.as_str()),
        };
        let output = flag.is_some_and(|flag| OUTPUTS.contains(&flag));
        if !output && names_a_file(flag, value, &paths) {
            place.materialise(value)?;
        }
        option = word.starts_with("--").then_some(word.as_str());
    }
    let mut cmd = common::jwtmint();
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut search = std::ffi::OsString::from(place.bin.as_os_str());
    search.push(":");
    search.push(path);
    cmd.current_dir(&place.root)
        .env("PATH", search)
        .env("HOME", &place.home)
        .args(&argv[1..])
        .write_stdin(stdin.to_string());
    if argv.get(1).is_some_and(|sub| sub == "keygen") {
        // Stands for the terminal prompt `keygen` shows for the new key's passphrase.
        cmd.env("JWTMINT_PASSPHRASE", common::PASSPHRASE);
    }
    for (name, value) in ENV {
        cmd.env(name, value);
    }
    for (name, value) in env {
        cmd.env(name, value);
    }
    Ok(common::run(&mut cmd))
}

/// What `words` (a command piped into jwtmint) prints.
fn piped(
    words: &[String],
    make: &dyn Fn(Made) -> Result<String, String>,
) -> Result<String, String> {
    match words {
        [printf, format, lines @ ..] if printf == "printf" && format == "%s\\n" => {
            Ok(lines.iter().map(|line| format!("{line}\n")).collect())
        }
        [printf, format, words @ ..] if printf == "printf" && format == "%s" => Ok(words.concat()),
        [program, ..] => match STDIN.iter().find(|(name, _)| name == program) {
            Some(&(_, made)) => make(made).map(|text| text + "\n"),
            None => Err(format!(
                "`{program}` is piped into jwtmint: add what it prints to STDIN in \
                 tests/readme.rs"
            )),
        },
        [] => Ok(String::new()),
    }
}

/// A token: three base64url parts.
fn is_token(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    parts.len() == 3
        && parts[..2].iter().all(|part| !part.is_empty())
        && parts.iter().all(|part| {
            part.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
}

fn is_url(text: &str) -> bool {
    ["https://", "http://", "wss://"]
        .iter()
        .any(|scheme| text.starts_with(scheme))
        && !text.contains(char::is_whitespace)
}

/// Whether `stdout` is what the mint promises in `format` (`None`: the service's default, a
/// token or a URL), one per batch line.
fn looks_minted(stdout: &str, format: Option<Format>, batch: bool) -> bool {
    let lines: Vec<&str> = stdout.lines().collect();
    if lines.is_empty() || !stdout.ends_with('\n') {
        return false;
    }
    let json_object = |text: &str| {
        serde_json::from_str::<serde_json::Value>(text).is_ok_and(|value| value.is_object())
    };
    match format {
        Some(Format::Header) if !batch => lines.iter().all(|line| {
            line.split_once(": ")
                .is_some_and(|(name, value)| !name.contains(' ') && !value.is_empty())
        }),
        // Pretty-printed alone, one line each in a batch.
        Some(Format::Claims) if !batch => json_object(stdout),
        Some(Format::Json) | Some(Format::Claims) => lines.iter().all(|line| json_object(line)),
        Some(Format::Url) => lines.iter().all(|line| is_url(line)),
        Some(Format::Token) => lines.iter().all(|line| is_token(line)),
        _ => (batch || lines.len() == 1) && lines.iter().all(|l| is_token(l) || is_url(l)),
    }
}

/// Runs one README command; `Err` says what went wrong.
fn check(command: &ReadmeCommand, assigned: &BTreeMap<String, String>) -> Result<(), String> {
    let place = Place::new();
    let env = command.env.clone();
    if command.section == "Profiles" {
        place.profiles()?;
    }
    let make = |made: Made| -> Result<String, String> {
        match made {
            Made::Text(text) => Ok(text.to_string()),
            Made::Fixture(path) => {
                let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
            }
            Made::Mint { prefix, args } => {
                let argv: Vec<String> = std::iter::once("jwtmint")
                    .chain(args.iter().copied())
                    .map(String::from)
                    .collect();
                let out = run_in(&place, &env, &argv, "")?;
                if out.code != Some(0) {
                    return Err(format!("making a value with `{}`: {out:?}", argv.join(" ")));
                }
                Ok(format!("{prefix}{}", out.stdout.trim_end()))
            }
        }
    };
    let mut argv = Vec::new();
    for word in &command.argv {
        argv.push(substitute(word, &command.section, assigned, &make)?);
    }
    let stdin = match &command.stdin {
        Some(words) => {
            let mut piped_words = Vec::new();
            for word in words {
                piped_words.push(substitute(word, &command.section, assigned, &make)?);
            }
            piped(&piped_words, &make)?
        }
        None => String::new(),
    };
    let out = run_in(&place, &env, &argv, &stdin)?;
    let shown = argv.join(" ");
    if std::env::var_os("JWTMINT_README_VERBOSE").is_some() && !out.stderr.is_empty() {
        eprint!("README.md:{}: stderr: {}", command.line, out.stderr);
    }
    if let Some((_, code, _)) = REFUSED.iter().find(|(words, _, _)| shown.contains(words)) {
        return if out.code == Some(*code) && out.stdout.is_empty() {
            Ok(())
        } else {
            Err(format!("should be refused with exit {code}: {out:?}"))
        };
    }
    if out.code != Some(0) {
        return Err(format!(
            "exit {:?}: {}",
            out.code,
            out.stderr.trim_end().replace('\n', " / ")
        ));
    }
    if let Some(expected) = &command.output {
        let home = place.home.display().to_string();
        let printed = out.stdout.replace(&home, README_HOME);
        if printed.trim_end() != expected.trim_end() {
            return Err(format!(
                "prints something else than the README shows:\n{printed}\nREADME:\n{expected}"
            ));
        }
    }
    if let Ok(Parsed::Mint { options, .. }) = parse_from(&argv) {
        if !looks_minted(&out.stdout, options.format, options.batch.is_some()) {
            return Err(format!(
                "stdout is not what {:?} promises: {:?}",
                options.format, out.stdout
            ));
        }
    }
    Ok(())
}

/// The point of this file: every README command runs and does what the README says.
#[test]
fn every_readme_command_runs() {
    let (commands, problems) = readme_commands();
    let mut failures = problems;
    let mut skips_used = vec![false; SKIPPED.len()];
    // Plain assignments of the README (`URL='/rest/…'`), by section.
    let mut assigned: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (_, section, line) in code_lines(include_str!("../README.md")) {
        let line = without_comment(&line);
        if line.contains("$(") {
            continue;
        }
        let Some(words) = shlex::split(line) else {
            continue;
        };
        if let [word] = words.as_slice() {
            if let Some((name, value)) = assignment(word) {
                assigned.entry(section).or_default().insert(name, value);
            }
        }
    }
    let mut ran = 0;
    for command in &commands {
        let skip = SKIPPED.iter().position(|(word, _)| {
            command.argv.get(1).is_some_and(|first| first == word)
                || (word.ends_with(':') && command.argv.iter().any(|w| w.starts_with(word)))
        });
        if let Some(at) = skip {
            skips_used[at] = true;
            continue;
        }
        let none = BTreeMap::new();
        let assigned = assigned.get(&command.section).unwrap_or(&none);
        if let Err(reason) = check(command, assigned) {
            failures.push(format!(
                "README.md:{}: `{}`: {reason}",
                command.line,
                command.shown()
            ));
        }
        ran += 1;
        if std::env::var_os("JWTMINT_README_VERBOSE").is_some() {
            eprintln!("ran README.md:{}: {}", command.line, command.shown());
        }
    }
    for (used, (word, _)) in skips_used.iter().zip(SKIPPED) {
        if !used {
            failures.push(format!(
                "SKIPPED in tests/readme.rs names `{word}`, which no README command has: remove it"
            ));
        }
    }
    for (words, _, _) in REFUSED {
        if !commands.iter().any(|c| c.shown().contains(words)) {
            failures.push(format!(
                "REFUSED in tests/readme.rs names `{words}`, which no README command has"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(ran > 60, "ran only {ran} commands");
}

/// What the README may come to name without the tables knowing it fails, saying what to add.
#[test]
fn an_unknown_file_or_variable_says_what_to_add() {
    let place = Place::new();
    let err = place.materialise("new-key.pem").unwrap_err();
    assert!(
        err.contains("`new-key.pem`") && err.contains("add it to FILES"),
        "{err}"
    );
    let command = ReadmeCommand {
        line: 1,
        section: "Somewhere".into(),
        env: Vec::new(),
        argv: ["jwtmint", "sign", "--key", "new-key.pem"]
            .map(String::from)
            .to_vec(),
        stdin: None,
        output: None,
    };
    let err = check(&command, &BTreeMap::new()).unwrap_err();
    assert!(err.contains("add it to FILES"), "{err}");
    let none = |_: Made| -> Result<String, String> { Ok(String::new()) };
    let err = substitute("--sub=$NEW_VAR", "Somewhere", &BTreeMap::new(), &none).unwrap_err();
    assert!(err.contains("`$NEW_VAR`") && err.contains("VARS"), "{err}");
    let assigned = BTreeMap::from([("URL".to_string(), "/x".to_string())]);
    assert_eq!(
        substitute("a${URL}b$URL", "Somewhere", &assigned, &none).unwrap(),
        "a/xb/x"
    );
}
