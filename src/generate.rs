//! Shell completions and man pages, generated from the clap definitions. The copies checked in
//! under `completions/` and `man/` are compared with fresh ones by a test.

use anyhow::Result;
use clap_complete::Shell;

use crate::cli;

/// The completion script for `shell`.
pub fn completions(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cli::command(), "jwtmint", &mut out);
    out
}

pub fn print_completions(shell: Shell) -> Result<()> {
    let mut stdout = crate::output::Stdout::new();
    stdout.bytes(&completions(shell))?;
    stdout.flush()
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
    let mut render = |name: String, cmd: clap::Command| -> Result<()> {
        let mut out = Vec::new();
        clap_mangen::Man::new(cmd)
            .render(&mut out)
            .map_err(|e| anyhow::anyhow!("rendering a man page: {e}"))?;
        pages.push((format!("{name}.1"), out));
        Ok(())
    };
    for sub in command.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        let name = format!("jwtmint-{}", sub.get_name());
        render(name.clone(), sub.clone().display_name(name))?;
    }
    let families = format!("The services, by family:\n\n{}", cli::families_text());
    render("jwtmint".into(), command.after_long_help(families))?;
    Ok(pages)
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
