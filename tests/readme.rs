//! The README's command lines agree with the code: every `jwtmint …` line of its code blocks
//! parses as the real parser reads it (no unknown option, no bad value), and a `--format` it
//! gives is one that subcommand offers. Running each command (with inputs made from fixtures)
//! is the next step; this catches the drift seen so far (`developerhub --format header`,
//! options renamed or removed) without a key or a network.

use jwtmint::cli::{parse_from, Parsed};

/// Words that end a command: a pipe, a redirection, a list.
const ENDS: [&str; 6] = ["|", ">", ">>", "2>", "&&", ";"];

/// The README's `jwtmint` command lines (code is indented four spaces or more), each with its
/// line number, continuation lines joined, split into words as a shell would.
fn readme_commands() -> Vec<(usize, Vec<String>)> {
    let text = include_str!("../README.md");
    let lines: Vec<&str> = text.lines().collect();
    let mut commands = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let number = i + 1;
        let mut line = lines[i].to_string();
        while line.ends_with('\\') && i + 1 < lines.len() {
            line.pop();
            i += 1;
            line.push_str(lines[i].trim_start());
        }
        i += 1;
        if !line.starts_with("    ") {
            continue;
        }
        let Some(start) = line
            .match_indices("jwtmint ")
            .map(|(at, _)| at)
            .find(|&at| at == 0 || line[..at].ends_with([' ', '(']))
        else {
            continue;
        };
        let (before, command) = line.split_at(start);
        // `cargo install … jwtmint` names the crate, not a command.
        if before.contains("cargo ") {
            continue;
        }
        let in_substitution = before.contains("$(");
        // A trailing `# comment` (not a `#` inside a word such as a URL fragment, nor one
        // inside quotes such as a PKCS#11 token label).
        let command = match comment_start(command) {
            Some(at) => &command[..at],
            None => command,
        };
        // Inside `$(…)`: the command ends at the parenthesis that closes it.
        let command = if in_substitution {
            let mut depth = 1;
            let mut end = command.len();
            let bytes = command.as_bytes();
            for (at, &byte) in bytes.iter().enumerate() {
                if byte == b'(' && at > 0 && bytes[at - 1] == b'$' {
                    depth += 1;
                } else if byte == b')' {
                    depth -= 1;
                    if depth == 0 {
                        end = at;
                        break;
                    }
                }
            }
            &command[..end]
        } else {
            command
        };
        let words = shlex::split(command)
            .unwrap_or_else(|| panic!("README.md:{number}: cannot split `{command}`"));
        let mut argv = Vec::new();
        for word in words {
            if ENDS.contains(&word.as_str())
                || word.starts_with(['>', '<'])
                || word.starts_with("2>")
            {
                break;
            }
            argv.push(word);
        }
        argv.retain(|word| !word.is_empty());
        if argv.iter().any(|word| word == "…") {
            continue;
        }
        commands.push((number, argv));
    }
    commands
}

#[test]
fn every_readme_command_parses_and_offers_its_format() {
    let commands = readme_commands();
    assert!(
        commands.len() > 40,
        "found only {} commands",
        commands.len()
    );
    for (number, argv) in commands {
        let shown = argv.join(" ");
        match parse_from(&argv) {
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

/// Where a shell comment starts in `line`: a ` #` outside single and double quotes.
fn comment_start(line: &str) -> Option<usize> {
    let (mut single, mut double) = (false, false);
    let mut previous = ' ';
    for (at, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '#' if !single && !double && previous == ' ' => return Some(at - 1),
            _ => {}
        }
        previous = c;
    }
    None
}
