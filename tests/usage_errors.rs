//! clap's own parse errors follow the project's rule for every error: one line on stderr, exit
//! 2, nothing on stdout. Checked for every subcommand of the command tree (services, `serve`
//! SERVICE, `inspect`, `keygen`, `config show`…): an unknown option, and an option given
//! without its value.

mod common;

use common::{jwtmint, run};

/// Every command path (`[]` for `jwtmint` itself, `["formio"]`, `["config", "show"]`,
/// `["serve", "zoom"]`) with its long options that need a value.
fn subcommands() -> Vec<(Vec<String>, Vec<String>)> {
    fn walk(
        command: &clap::Command,
        path: &mut Vec<String>,
        out: &mut Vec<(Vec<String>, Vec<String>)>,
    ) {
        let valued = command
            .get_arguments()
            .filter(|arg| !arg.is_hide_set() && !arg.is_positional())
            .filter(|arg| arg.get_action().takes_values())
            .filter(|arg| arg.get_num_args().is_some_and(|n| n.min_values() >= 1))
            .filter_map(|arg| arg.get_long().map(|long| format!("--{long}")))
            .collect();
        out.push((path.clone(), valued));
        for sub in command.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut command = jwtmint::cli::command();
    command.build();
    let mut out = Vec::new();
    walk(&command, &mut Vec::new(), &mut out);
    out
}

/// One line on stderr starting `jwtmint: error:`, exit 2, empty stdout.
fn assert_one_line(args: &[String], must_mention: &str) {
    let out = run(jwtmint().args(args));
    let shown = args.join(" ");
    assert_eq!(out.code, Some(2), "`jwtmint {shown}`: {out:#?}");
    assert_eq!(out.stdout, "", "`jwtmint {shown}`: {out:#?}");
    assert_eq!(
        out.stderr.lines().count(),
        1,
        "`jwtmint {shown}` prints more than one line: {out:#?}"
    );
    assert!(
        out.stderr.starts_with("jwtmint: error: ") && out.stderr.contains(must_mention),
        "`jwtmint {shown}`: {out:#?}"
    );
}

#[test]
fn an_unknown_option_is_one_line_for_every_subcommand() {
    let commands = subcommands();
    assert!(
        commands.len() > 40,
        "found only {} subcommands",
        commands.len()
    );
    for (path, _) in &commands {
        let mut args = path.clone();
        args.push("--no-such-option".into());
        assert_one_line(&args, "--no-such-option");
    }
}

#[test]
fn a_missing_value_is_one_line_for_every_subcommand() {
    let mut checked = 0;
    for (path, valued) in subcommands() {
        // The first and the last: the one clap reads first and the one that ends the line.
        for flag in valued.first().into_iter().chain(valued.last()) {
            let mut args = path.clone();
            args.push(flag.clone());
            assert_one_line(&args, flag);
            checked += 1;
        }
    }
    assert!(checked > 40, "checked only {checked}");
}

/// In process (the binary is run above for the first and last of each): every option that
/// needs a value, given none, is an error of one line naming it.
#[test]
fn every_option_without_its_value_is_one_line() {
    for (path, valued) in subcommands() {
        for flag in valued {
            let argv = std::iter::once("jwtmint".to_string())
                .chain(path.iter().cloned())
                .chain([flag.clone()]);
            let shown = format!("{} {flag}", path.join(" "));
            let err = match jwtmint::cli::parse_from(argv) {
                Err(err) => err,
                Ok(_) => panic!("`jwtmint {shown}` is accepted"),
            };
            let line = jwtmint::cli::error_line(&err);
            assert!(
                !line.contains('\n') && line.contains(&flag),
                "`jwtmint {shown}`: {line:?}"
            );
        }
    }
}

#[test]
fn a_similar_option_is_named_on_the_same_line() {
    let out = run(jwtmint().args(["sign", "--formt", "json"]));
    assert_eq!(out.code, Some(2));
    assert_eq!(
        out.stderr,
        "jwtmint: error: unexpected argument '--formt' found; \
         tip: a similar argument exists: '--format'\n"
    );
}

#[test]
fn help_and_version_are_unchanged() {
    for args in [
        &["--help"][..],
        &["sign", "--help"],
        &["formio", "-h"],
        &["--version"],
    ] {
        let out = run(jwtmint().args(args));
        assert_eq!(out.code, Some(0), "{args:?}: {out:#?}");
        assert_eq!(out.stderr, "", "{args:?}");
        assert!(
            out.stdout.lines().count() > 1 || args == ["--version"],
            "{args:?}"
        );
    }
    let help = run(jwtmint().args(["sign", "--help"]));
    assert!(help.stdout.contains("Usage: jwtmint sign"), "{help:#?}");
}
