//! Shell completions and man pages, generated from the clap definitions. The copies checked in
//! under `completions/` and `man/` are compared with fresh ones by a test.

use std::io::Write;

use anyhow::{Context, Result};
use clap_complete::Shell;

use crate::cli;

/// The completion script for `shell`.
pub fn completions(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cli::command(), "jwtmint", &mut out);
    out
}

pub fn print_completions(shell: Shell) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(&completions(shell))
        .and_then(|_| stdout.flush())
        .context("writing to standard output")
}

#[cfg(test)]
/// The file name each shell looks for.
pub fn completion_file(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "jwtmint.bash",
        Shell::Zsh => "_jwtmint",
        Shell::Fish => "jwtmint.fish",
        Shell::PowerShell => "_jwtmint.ps1",
        Shell::Elvish => "jwtmint.elv",
        _ => "jwtmint.unknown",
    }
}

#[cfg(test)]
/// Man pages: `jwtmint.1` and one `jwtmint-SUBCOMMAND.1` per subcommand, as (file name, roff).
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    let mut command = cli::command();
    command.build();
    let mut pages = Vec::new();
    for sub in command.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        let name = format!("jwtmint-{}", sub.get_name());
        pages.push((
            format!("{name}.1"),
            man_page(sub.clone().display_name(&name), &name)?,
        ));
    }
    let families = format!("The services, by family:\n\n{}", cli::families_text());
    pages.push((
        "jwtmint.1".into(),
        man_page(command.after_long_help(families), "jwtmint")?,
    ));
    Ok(pages)
}

/// One man page: clap_mangen's sections, except the synopsis (with each option's value name:
/// `[--project ID]`) and the text after the options (the examples), which is set as
/// preformatted text (`.nf`) so roff does not run its lines into prose.
#[cfg(test)]
fn man_page(cmd: clap::Command, name: &str) -> Result<Vec<u8>> {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    let context = || format!("rendering the man page {name}");
    man.render_title(&mut out).with_context(context)?;
    man.render_name_section(&mut out).with_context(context)?;
    out.extend_from_slice(synopsis(&cmd, name).as_bytes());
    man.render_description_section(&mut out)
        .with_context(context)?;
    man.render_options_section(&mut out).with_context(context)?;
    man.render_subcommands_section(&mut out)
        .with_context(context)?;
    let extra = cmd
        .get_after_long_help()
        .or_else(|| cmd.get_after_help())
        .map(ToString::to_string);
    if let Some(extra) = extra {
        out.extend_from_slice(b".SH EXAMPLES\n.nf\n");
        for line in extra.lines() {
            out.extend_from_slice(roff_line(line).as_bytes());
            out.push(b'\n');
        }
        out.extend_from_slice(b".fi\n");
    }
    man.render_version_section(&mut out).with_context(context)?;
    Ok(out)
}

/// The SYNOPSIS section: every option that is shown, with its value name.
#[cfg(test)]
fn synopsis(cmd: &clap::Command, name: &str) -> String {
    let mut words = vec![format!("\\fB{}\\fR", roff_text(name))];
    for arg in cmd.get_arguments().filter(|arg| !arg.is_hide_set()) {
        let Some(long) = arg.get_long() else {
            if arg.is_positional() {
                let value = arg
                    .get_value_names()
                    .map(|names| names.join(" "))
                    .unwrap_or_else(|| arg.get_id().to_string());
                words.push(format!("[\\fI{}\\fR]", roff_text(&value)));
            }
            continue;
        };
        let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
        let value = arg
            .get_value_names()
            .filter(|_| takes_value)
            .map(|names| format!(" \\fI{}\\fR", roff_text(&names.join(" "))))
            .unwrap_or_default();
        let (open, close) = if arg.is_required_set() {
            ("", "")
        } else {
            ("[", "]")
        };
        words.push(format!(
            "{open}\\fB\\-\\-{}\\fR{value}{close}",
            roff_text(long)
        ));
    }
    if cmd.has_subcommands() {
        words.push("\\fICOMMAND\\fR".into());
    }
    format!(".SH SYNOPSIS\n{}\n", words.join(" "))
}

/// Text for roff: backslashes and dashes escaped.
#[cfg(test)]
fn roff_text(text: &str) -> String {
    text.replace('\\', "\\e").replace('-', "\\-")
}

/// A line of preformatted roff: escaped, and never read as a request.
#[cfg(test)]
fn roff_line(line: &str) -> String {
    let text = roff_text(line);
    if text.starts_with('.') || text.starts_with('\'') {
        format!("\\&{text}")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    const SHELLS: [Shell; 5] = [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ];
    const REFRESH: &str = "JWTMINT_REFRESH_GENERATED=1 cargo test --locked generated_files";

    /// Compares each generated file with the checked-in copy; with JWTMINT_REFRESH_GENERATED=1
    /// writes them instead.
    #[test]
    fn generated_files_are_up_to_date() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<(PathBuf, Vec<u8>)> = SHELLS
            .iter()
            .map(|&shell| {
                (
                    root.join("completions").join(completion_file(shell)),
                    completions(shell),
                )
            })
            .collect();
        for (name, page) in man_pages().unwrap() {
            files.push((root.join("man").join(name), page));
        }
        let refresh = std::env::var_os("JWTMINT_REFRESH_GENERATED").is_some();
        let mut stale = Vec::new();
        for (path, fresh) in files {
            if refresh {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &fresh).unwrap();
            } else if std::fs::read(&path).ok().as_deref() != Some(&fresh[..]) {
                stale.push(path.strip_prefix(&root).unwrap().display().to_string());
            }
        }
        assert!(
            stale.is_empty(),
            "generated files are stale or missing: {}\nrefresh them with: {REFRESH}",
            stale.join(", ")
        );
    }

    #[test]
    fn bash_completion_knows_provider_flags() {
        let bash = String::from_utf8(completions(Shell::Bash)).unwrap();
        for flag in [
            "--project",
            "--docs-url",
            "--user-id",
            "--drive-root",
            "--secret-file",
        ] {
            assert!(bash.contains(flag), "{flag} missing from bash completion");
        }
    }
}
