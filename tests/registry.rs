//! Tests that loop over the provider registry and run the real binary: every registered service
//! gets them the moment it is registered.

mod common;

use common::{jwtmint, run};
use jwtmint::providers::{Kind, Opt, REGISTRY};

/// `jwtmint SERVICE --help` succeeds, prints the service's help on stdout, lists every option
/// with its env variable (none for options that grant rights) and ends with the example.
#[test]
fn every_service_has_help_with_its_options_and_example() {
    for service in REGISTRY {
        let out = run(jwtmint().args([service.name, "--help"]));
        assert_eq!(out.code, Some(0), "{}: {out:#?}", service.name);
        assert!(out.stderr.is_empty(), "{}: {}", service.name, out.stderr);
        let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        let summary = service.about.split("\n\n").next().unwrap();
        assert!(
            words(&out.stdout).contains(&words(summary)),
            "{}",
            service.name
        );
        let example_first_line = service.example.lines().next().unwrap_or_default();
        assert!(
            out.stdout.contains(example_first_line),
            "{}: no example in help",
            service.name
        );
        for opt in service.options {
            assert!(
                out.stdout.contains(&opt.flag()),
                "{}: {} missing from help",
                service.name,
                opt.flag()
            );
            if let Some(env) = opt.env_name(service.name) {
                let shown = format!("[env: {env}]");
                assert!(out.stdout.contains(&shown), "{}: {env}", service.name);
            }
        }
        // Options that grant rights are never taken from the environment.
        for opt in service.options.iter().filter(|o| o.grants_rights) {
            let env = format!(
                "JWTMINT_{}_{}",
                service.name.to_uppercase(),
                opt.long.to_uppercase().replace('-', "_")
            );
            let shown = format!("[env: {env}]");
            assert!(
                !out.stdout.contains(&shown),
                "{}: {env} exists",
                service.name
            );
        }
    }
}

/// A service whose required options are missing is a usage error (exit 2) naming the first
/// one, with nothing on stdout; that holds whether or not a key is given.
#[test]
fn missing_required_options_are_usage_errors() {
    for service in REGISTRY {
        let Some(first) = service.options.iter().find(|o| o.required) else {
            continue;
        };
        let out = run(jwtmint().args([service.name, "--format", "claims"]));
        assert_eq!(out.code, Some(2), "{}: {out:#?}", service.name);
        assert!(out.stdout.is_empty(), "{}", service.name);
        assert!(
            out.stderr
                .contains(&format!("{} is required", first.flag())),
            "{}: {}",
            service.name,
            out.stderr
        );
        assert_eq!(out.stderr.lines().count(), 1, "{}", service.name);
    }
}

/// An output format a service has no form for, and an algorithm it does not accept, are
/// usage errors before anything is read.
#[test]
fn formats_and_algorithms_outside_a_service_are_usage_errors() {
    use jwtmint::jws::Alg;
    use jwtmint::output::Format;
    for service in REGISTRY {
        let missing = [Format::Token, Format::Json, Format::Header, Format::Url]
            .into_iter()
            .find(|f| !service.formats.contains(f));
        if let Some(format) = missing {
            let out = run(jwtmint().args([service.name, "--format", format.name()]));
            assert_eq!(
                out.code,
                Some(2),
                "{} {}: {out:#?}",
                service.name,
                format.name()
            );
            assert!(out.stdout.is_empty());
            assert!(out.stderr.contains("has no"), "{}", out.stderr);
            assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
        }
        if let Some(alg) = Alg::ALL
            .into_iter()
            .find(|a| !service.algs.allowed.contains(a))
        {
            let out = run(jwtmint().args([service.name, "--alg", alg.name()]));
            assert_eq!(out.code, Some(2), "{} {alg}: {out:#?}", service.name);
            assert!(out.stdout.is_empty());
            assert!(out.stderr.contains("does not accept"), "{}", out.stderr);
        }
    }
}

/// Batch lines reject what is fixed for the whole batch and what no option is, per service,
/// by line number.
#[test]
fn batch_lines_know_every_service_option() {
    // Services whose claims depend on the key need one even for `--format claims`; their own
    // tests run their batches.
    for service in REGISTRY.iter().filter(|s| !s.claims_need_key) {
        let fixed = service
            .options
            .iter()
            .find(|o| o.kind == Kind::ObjectFile)
            .map(|o| o.long)
            .unwrap_or("key");
        let input = format!("{{\"{fixed}\": \"x\"}}\n{{\"no-such-option\": 1}}\n");
        let out = run(jwtmint()
            .args([
                service.name,
                "--format",
                "claims",
                "--batch",
                "-",
                "--keep-going",
            ])
            .write_stdin(input));
        assert_eq!(out.code, Some(1), "{}: {out:#?}", service.name);
        assert!(
            out.stderr
                .contains(&format!("line 1: `{fixed}` is fixed for the whole batch")),
            "{}: {}",
            service.name,
            out.stderr
        );
        assert!(
            out.stderr
                .contains("line 2: unknown option `no-such-option`"),
            "{}: {}",
            service.name,
            out.stderr
        );
    }
}

/// `inspect --provider` takes every service with rules of its own, and nothing else.
#[test]
fn inspect_takes_every_service() {
    // {"alg":"HS256","typ":"JWT"}.{"sub":"joe"}.signature
    let token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2UifQ.c2ln";
    for service in jwtmint::providers::inspectable() {
        let out = run(jwtmint().args(["inspect", "--provider", service.name, token]));
        assert!(
            out.stderr.contains(&format!("checked as {}", service.name)),
            "{}: {out:#?}",
            service.name
        );
    }
    let out = run(jwtmint().args(["inspect", "--provider", "sign", token]));
    assert_eq!(out.code, Some(2));
}

/// Every service mints a token from `tests/fixtures/registry/NAME.args` (its options and key,
/// one argument a line), and `inspect` without `--provider` guesses that service back and no
/// other: a new service must be recognised, and must not take an older one's tokens. A file
/// whose comment line starts `# not guessed:` says why its tokens cannot be told apart (`sign`,
/// `gitbook`); then no service may claim them. A successful mint with nothing wrong prints
/// nothing on stderr; a file with a `# stderr:` line says why its service does.
#[test]
fn inspect_guesses_every_service_it_mints() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/registry");
    for service in REGISTRY {
        let file = dir.join(format!("{}.args", service.name));
        let args = std::fs::read_to_string(&file).unwrap_or_else(|_| {
            panic!(
                "{}: add {} with the options that mint one of its tokens",
                service.name,
                file.display()
            )
        });
        let minted = run(jwtmint()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .arg(service.name)
            .args(
                args.lines()
                    .filter(|line| !line.is_empty() && !line.starts_with('#')),
            ));
        assert_eq!(minted.code, Some(0), "{}: {minted:#?}", service.name);
        // One message per fact, and none when nothing is wrong.
        if !args.contains("# stderr:") {
            assert_eq!(
                minted.stderr, "",
                "{}: a mint with nothing wrong prints nothing on stderr (or {}.args says why \
                 in a `# stderr:` line)",
                service.name, service.name
            );
        }
        let out = run(jwtmint().current_dir(env!("CARGO_MANIFEST_DIR")).args([
            "inspect",
            "--format",
            "json",
            minted.stdout.trim(),
        ]));
        let report: serde_json::Value = serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("{}: {e}: {out:#?}", service.name));
        let expected = (!args.contains("# not guessed:")).then_some(service.name);
        assert_eq!(
            report["provider"].as_str(),
            expected,
            "{}: guessed {}",
            service.name,
            report["provider"]
        );
        // Which other services would take it, were they placed first: only the pairs whose
        // order REGISTRY explains in a comment.
        let header = report["header"].as_object().unwrap();
        let payload = report["payload"].as_object().unwrap();
        for other in REGISTRY.iter().filter(|other| other.name != service.name) {
            if (other.recognise)(header, payload) {
                assert!(
                    ORDERED.contains(&(service.name, other.name)),
                    "{} also recognises {}'s token: tighten its `recognise`, or place {} \
                     before it in REGISTRY with a comment saying why and add the pair here",
                    other.name,
                    service.name,
                    service.name
                );
            }
        }
    }
}

/// Services whose tokens a later one in REGISTRY would also recognise, which REGISTRY places
/// first for that reason (a comment there says why): (first, later).
const ORDERED: [(&str, &str); 3] = [
    ("firebase", "google"),
    ("entra", "client-assertion"),
    ("supabase", "postgrest"),
];

/// Values that are wrong for an option of this kind whatever the service: a choice it does not
/// list, an assignment without `=`, and for free text the values a format check refuses (empty,
/// blank, control characters, a lone number, a sign, very long). A file name (`PATH`) is read,
/// so what is wrong with it is found by reading (exit 1): none.
fn bad_values(opt: &Opt) -> Vec<String> {
    if opt.value_name == "PATH" {
        return vec![];
    }
    match opt.kind {
        Kind::Choice(_) => vec!["no-such-choice".into()],
        Kind::Assign => vec!["no-equals-sign".into(), "=value".into()],
        Kind::Text | Kind::List | Kind::MaybeText => vec![
            String::new(),
            " ".into(),
            "bad\u{1}value".into(),
            "0".into(),
            "-1".into(),
            "x".repeat(5000),
        ],
        Kind::Switch | Kind::ObjectFile => vec![],
    }
}

/// The exit-code rule (`src/exit.rs`), for every service and every option: a value the user
/// typed that is wrong or does not fit exits 2 with one line on stderr and nothing on stdout;
/// it is never taken for a run-time failure (1). Each required option gets the same bad value,
/// so the service's own checks run, whichever option they look at first.
#[test]
fn invalid_values_typed_are_usage_errors() {
    for service in REGISTRY {
        for opt in service.options {
            for bad in bad_values(opt) {
                let mut cmd = jwtmint();
                cmd.args([service.name, "--format", "claims"]);
                for other in service.options.iter().filter(|o| o.required) {
                    if other.long != opt.long && other.kind != Kind::ObjectFile {
                        let value = bad_values(other).into_iter().last();
                        cmd.arg(other.flag()).args(value.or(Some("x".into())));
                    }
                }
                cmd.arg(format!("{}={bad}", opt.flag()));
                let out = run(&mut cmd);
                let shown = bad.chars().take(20).collect::<String>();
                let what = format!("{} {}={shown:?}", service.name, opt.flag());
                // A required file option is filled with `x`, which does not exist: reading
                // it is the first failure once every typed value passed.
                let read_fill_in = out.stderr.contains(" x: No such file");
                if out.code == Some(1) && read_fill_in {
                    continue;
                }
                assert_ne!(out.code, Some(1), "{what}: {out:#?}");
                if out.code != Some(0) {
                    assert_eq!(out.code, Some(2), "{what}: {out:#?}");
                    assert!(out.stdout.is_empty(), "{what}: {}", out.stdout);
                    assert!(!out.stderr.is_empty(), "{what}");
                }
            }
        }
    }
}

/// The naming rule (CONTRIBUTING.md, "Naming options"): a shared concept keeps its shared name
/// in every service, a vendor concept takes the vendor's term. So no service declares an option
/// that is another name for a shared option or shadows one; where the vendor has its own term
/// for the key id (`--key-id`, Apple), the shared `--kid` is hidden and refused with a pointer.
#[test]
fn service_options_follow_the_naming_rule() {
    // A claim under the vendor's term is fine (Google's `--subject`, Realm's `--user-id`).
    const OTHER_NAMES_FOR_SHARED: [&str; 14] = [
        "kid",
        "alg",
        "algorithm",
        "key",
        "key-file",
        "private-key",
        "secret",
        "ttl",
        "expires",
        "expiry",
        "lifetime",
        "not-before",
        "issued-at",
        "jwt-id",
    ];
    let shared: Vec<String> = jwtmint::cli::command()
        .find_subcommand("sign")
        .expect("sign is a subcommand")
        .get_arguments()
        .filter_map(|arg| arg.get_long().map(str::to_string))
        .collect();
    for service in REGISTRY {
        for opt in service.options {
            assert!(
                !OTHER_NAMES_FOR_SHARED.contains(&opt.long),
                "{}: --{} is another name for a shared option or claim",
                service.name,
                opt.long
            );
            let generic = jwtmint::providers::by_name("sign").expect("sign is registered");
            if generic.option(opt.long).is_none() {
                assert!(
                    !shared.iter().any(|long| long == opt.long),
                    "{}: --{} shadows the shared option",
                    service.name,
                    opt.long
                );
            }
        }
        if service.option("key-id").is_some() {
            let out = run(jwtmint().args([service.name, "--kid", "ABC"]));
            assert_eq!(out.code, Some(2), "{}: {out:#?}", service.name);
            assert!(out.stderr.contains("use --key-id"), "{}", out.stderr);
        }
    }
}

/// `completions SHELL --install` writes the script where the shell looks, says where on
/// stderr, and prints nothing on stdout; the script completes profile names from the config
/// file at completion time.
#[test]
fn completions_install_where_the_shell_looks() {
    let home = tempfile::tempdir().unwrap();
    let out = run(jwtmint()
        .env("HOME", home.path())
        .args(["completions", "bash", "--install"]));
    assert_eq!(out.code, Some(0), "{out:#?}");
    assert_eq!(out.stdout, "");
    let path = home
        .path()
        .join(".local/share/bash-completion/completions/jwtmint");
    assert!(out.stderr.contains(&path.display().to_string()), "{out:#?}");
    let script = std::fs::read_to_string(&path).unwrap();
    assert!(script.contains("jwtmint config profiles"));
    let out = run(jwtmint().args(["completions", "powershell", "--install"]));
    assert_eq!(out.code, Some(2), "{out:#?}");
    assert!(out.stderr.contains("$PROFILE"), "{out:#?}");
}

/// `--version` says what was built: version, commit (this test runs in a git checkout) and the
/// enabled features; `-V` stays the one line scripts parse.
#[test]
fn version_names_commit_and_features() {
    let out = run(jwtmint().arg("--version"));
    assert_eq!(out.code, Some(0), "{out:#?}");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0], format!("jwtmint {}", env!("CARGO_PKG_VERSION")));
    assert!(lines[1].starts_with("commit: "), "{out:#?}");
    assert!(lines[2].starts_with("features: "), "{out:#?}");
    let out = run(jwtmint().arg("-V"));
    assert_eq!(out.stdout.lines().count(), 1, "{out:#?}");
}

/// Errors and inspect's verdict are coloured only when asked (`--color always`) or on a
/// terminal; never when piped (as here), never on stdout, and `--color never` wins.
#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2UifQ.c2ln";
    let piped = run(jwtmint().args(["formio", "--project", "x"]));
    assert!(!piped.stderr.contains('\u{1b}'), "{piped:#?}");
    let always = run(jwtmint().args(["formio", "--project", "x", "--color", "always"]));
    assert!(
        always.stderr.starts_with("\u{1b}[1;31mjwtmint: error:"),
        "{always:#?}"
    );
    assert_eq!(always.code, piped.code);
    let verdict = run(jwtmint().args(["--color=always", "inspect", token]));
    assert!(verdict.stderr.contains("\u{1b}[1;32mOK:"), "{verdict:#?}");
    assert!(!verdict.stdout.contains('\u{1b}'), "{verdict:#?}");
    let never = run(jwtmint()
        .env("NO_COLOR", "1")
        .args(["inspect", "--color", "never", token]));
    assert!(!never.stderr.contains('\u{1b}'), "{never:#?}");
}

/// `inspect --help` names every environment variable inspect reads.
#[test]
fn inspect_help_names_every_env_it_reads() {
    use jwtmint::credentials::*;
    let out = run(jwtmint().args(["inspect", "--help"]));
    for env in [
        ENV_SECRET,
        ENV_SECRET_COMMAND,
        ENV_KEY_FILE,
        ENV_PASSPHRASE,
        ENV_PASSPHRASE_COMMAND,
        ENV_COMMAND_TIMEOUT,
        jwtmint::config::ENV_CONFIG,
        jwtmint::config::ENV_PROFILE,
        "JWTMINT_SECRET_ENCODING",
    ] {
        assert!(
            out.stdout.contains(env),
            "{env} missing from inspect --help"
        );
    }
}

/// One way of giving a claim: `source` as the message names it, the arguments, the batch input,
/// the exit code.
struct Case {
    source: &'static str,
    args: Vec<String>,
    stdin: Option<String>,
    code: i32,
}

impl Case {
    fn new(source: &'static str, args: &[&str], stdin: Option<String>, code: i32) -> Case {
        Case {
            source,
            args: args.iter().map(|a| a.to_string()).collect(),
            stdin,
            code,
        }
    }
}

/// The arguments in `tests/fixtures/registry/NAME.args` (one a line; `#` lines are comments),
/// relative to the repository root: what mints one of the service's tokens.
fn fixture_args(service: &jwtmint::providers::Service) -> Vec<String> {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/registry")
        .join(format!("{}.args", service.name));
    std::fs::read_to_string(&file)
        .unwrap_or_else(|_| panic!("{}: add {}", service.name, file.display()))
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// A claim that a service guards (it grants rights or names the user: a dedicated flag is the
/// explicit way) is refused in every service alike, wherever it comes from: one line
/// `refusing claim `NAME` from SOURCE: REASON`, nothing on stdout. Typed with `--claim` it is a
/// usage error (2), with `--batch` too (told before the first line); read from `--claims-file`
/// or from a batch line (the batch input is a file too, as for every other fault of a line) it
/// is found by reading (1).
#[test]
fn guarded_claims_are_refused_alike_in_every_service() {
    use serde_json::json;
    let dir = tempfile::tempdir().unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    let mut checked = 0;
    for service in REGISTRY {
        let args = fixture_args(service);
        for guarded in service.guarded {
            let name = match guarded.name.strip_suffix('*') {
                Some(prefix) => format!("{prefix}test"),
                None => guarded.name.to_string(),
            };
            let file = dir.path().join(format!("{}-{checked}.json", service.name));
            std::fs::write(&file, json!({ &name: "x" }).to_string()).unwrap();
            let file = file.to_str().unwrap().to_string();
            let claim = format!("{name}=x");
            let line = |value: serde_json::Value| Some(value.to_string());
            let cases = [
                Case::new("--claim", &["--claim", &claim], None, 2),
                // Told once, before the first line, as typed.
                Case::new(
                    "--claim",
                    &["--claim", &claim, "--batch", "-"],
                    line(json!({})),
                    2,
                ),
                Case::new("--claims-file", &["--claims-file", &file], None, 1),
                Case::new(
                    "the batch line",
                    &["--batch", "-"],
                    line(json!({ "claim": [&claim] })),
                    1,
                ),
                Case::new(
                    "the batch line",
                    &["--batch", "-"],
                    line(json!({ "claims": { &name: "x" } })),
                    1,
                ),
            ];
            for Case {
                source,
                args: extra,
                stdin,
                code,
            } in cases
            {
                let mut cmd = jwtmint();
                cmd.current_dir(root)
                    .arg(service.name)
                    .args(&args)
                    .args(&extra);
                let prefix = if stdin.is_some() && source == "the batch line" {
                    "line 1: "
                } else {
                    ""
                };
                if let Some(line) = stdin {
                    cmd.write_stdin(line + "\n");
                }
                let out = run(&mut cmd);
                let what = format!("{} {name} from {source}", service.name);
                assert_eq!(out.code, Some(code), "{what}: {out:#?}");
                assert!(out.stdout.is_empty(), "{what}: {}", out.stdout);
                let expected = format!(
                    "jwtmint: error: {prefix}refusing claim `{name}` from {source}: {}",
                    guarded.reason
                );
                // Zoom's fixture secret draws a warning when the key is loaded (its args file
                // says why), which a batch does before its first line.
                let errors: Vec<&str> = out
                    .stderr
                    .lines()
                    .filter(|line| !line.starts_with("jwtmint: warning:"))
                    .collect();
                assert_eq!(errors, [expected.as_str()], "{what}");
            }
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} guarded claims");
}
