//! Tests that loop over the provider registry and run the real binary: every registered service
//! gets them the moment it is registered.

mod common;

use common::{jwtmint, run};
use jwtmint::providers::{Kind, REGISTRY};

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
    use jwtmint::output::Format;
    use jwtmint::sign::Alg;
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
    }
}
