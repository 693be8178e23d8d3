//! Shell completions and man pages, generated from the clap definitions. The copies checked in
//! under `completions/` and `man/` are compared with fresh ones by a test.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap_complete::Shell;

use crate::cli;
use crate::exit::UsageError;

/// The shells `jwtmint completions` writes for: clap_complete's, and nushell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
    #[value(name = "powershell")]
    PowerShell,
    Elvish,
    Nushell,
}

impl CompletionShell {
    pub const ALL: [CompletionShell; 6] = [
        CompletionShell::Bash,
        CompletionShell::Zsh,
        CompletionShell::Fish,
        CompletionShell::PowerShell,
        CompletionShell::Elvish,
        CompletionShell::Nushell,
    ];

    /// The file name the shell looks for (also the checked-in copy under `completions/`).
    pub fn file_name(self) -> &'static str {
        match self {
            CompletionShell::Bash => "jwtmint.bash",
            CompletionShell::Zsh => "_jwtmint",
            CompletionShell::Fish => "jwtmint.fish",
            CompletionShell::PowerShell => "_jwtmint.ps1",
            CompletionShell::Elvish => "jwtmint.elv",
            CompletionShell::Nushell => "jwtmint.nu",
        }
    }
}

/// The completion script for `shell`. Profile names are completed at completion time from
/// `jwtmint config profiles` in bash, zsh and fish (the static generators only know files).
pub fn completions(shell: CompletionShell) -> Vec<u8> {
    let mut out = Vec::new();
    let mut command = config_show_completes_services(without_hidden_args(cli::command()));
    let static_shell = match shell {
        CompletionShell::Bash => Shell::Bash,
        CompletionShell::Zsh => Shell::Zsh,
        CompletionShell::Fish => Shell::Fish,
        CompletionShell::PowerShell => Shell::PowerShell,
        CompletionShell::Elvish => Shell::Elvish,
        CompletionShell::Nushell => {
            clap_complete::generate(
                clap_complete_nushell::Nushell,
                &mut command,
                "jwtmint",
                &mut out,
            );
            return out;
        }
    };
    clap_complete::generate(static_shell, &mut command, "jwtmint", &mut out);
    complete_profiles(shell, &String::from_utf8_lossy(&out)).into_bytes()
}

/// The command line as completions see it: clap_complete's generators list hidden options too
/// (the key-pair options of a secret-only service…), so each subcommand that hides some is
/// rebuilt from the options it shows. Conflicts and requirements are dropped with them (they
/// may name a dropped option); completion does not need them.
fn without_hidden_args(command: clap::Command) -> clap::Command {
    let names: Vec<String> = command
        .get_subcommands()
        .filter(|sub| sub.get_arguments().any(clap::Arg::is_hide_set))
        .map(|sub| sub.get_name().to_string())
        .collect();
    let mut command = command;
    for name in names {
        command = command.mut_subcommand(&name, |sub| {
            let mut shown = clap::Command::new(sub.get_name().to_string());
            if let Some(about) = sub.get_about() {
                shown = shown.about(about.clone());
            }
            let reset = || clap::builder::Resettable::<clap::Id>::Reset;
            for arg in sub.get_arguments().filter(|arg| !arg.is_hide_set()) {
                shown = shown.arg(arg.clone().conflicts_with(reset()).requires(reset()));
            }
            shown
        });
    }
    command
}

/// `config show SUBCOMMAND [FLAGS…]` takes any words after the subcommand, so the parser cannot
/// list the subcommands as its values; the completions' copy of the command line does.
fn config_show_completes_services(command: clap::Command) -> clap::Command {
    let mut names: Vec<&str> = crate::providers::REGISTRY.iter().map(|s| s.name).collect();
    names.push("inspect");
    command.mut_subcommand("config", |config| {
        config.mut_subcommand("show", |show| {
            show.mut_arg("command", |arg| {
                arg.value_parser(clap::builder::PossibleValuesParser::new(names))
            })
        })
    })
}

/// What lists the profiles at completion time; silent when there is no config file.
const PROFILES: &str = "jwtmint config profiles 2>/dev/null";

/// Makes `--profile` complete the config file's profile names instead of file names.
fn complete_profiles(shell: CompletionShell, script: &str) -> String {
    let mut out = String::with_capacity(script.len() + 512);
    let mut after_profile = false;
    for (i, line) in script.lines().enumerate() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        match shell {
            CompletionShell::Bash if after_profile && trimmed.starts_with("COMPREPLY=") => {
                out.push_str(&format!(
                    "{indent}COMPREPLY=($(compgen -W \"$({PROFILES})\" -- \"${{cur}}\"))"
                ));
            }
            CompletionShell::Zsh if trimmed.starts_with("'--profile=") => {
                out.push_str(&line.replace(":NAME:_default'", ":NAME:_jwtmint_profiles'"));
            }
            CompletionShell::Fish if trimmed.contains(" -l profile ") => {
                out.push_str(&format!("{line} -f -a \"({PROFILES})\""));
            }
            _ => out.push_str(line),
        }
        out.push('\n');
        if shell == CompletionShell::Zsh && i == 0 {
            out.push_str(&format!(
                "\n(( $+functions[_jwtmint_profiles] )) ||\n_jwtmint_profiles() {{\n    \
                 local -a profiles\n    profiles=(${{(f)\"$({PROFILES})\"}})\n    \
                 _describe -t profiles 'profile' profiles\n}}\n"
            ));
        }
        after_profile = shell == CompletionShell::Bash && trimmed == "--profile)";
    }
    out
}

/// `jwtmint completions SHELL`: the script on stdout; with `--install`, written where the
/// shell looks, and where (and anything left to do) said on stderr.
pub fn print_completions(shell: CompletionShell, install: bool) -> Result<()> {
    let script = completions(shell);
    if install {
        let (path, note) = install_path(shell, &|name: &str| std::env::var_os(name))?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        std::fs::write(&path, &script).with_context(|| format!("writing {}", path.display()))?;
        eprintln!("jwtmint: wrote {}{note}", path.display());
        return Ok(());
    }
    let mut stdout = crate::output::Stdout::new();
    stdout.bytes(&script)?;
    stdout.flush()
}

/// Where `shell` loads completions from without any set-up, and what else to do when there is
/// no such place. `env` reads an environment variable (a parameter so tests need not set any).
pub fn install_path(
    shell: CompletionShell,
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
) -> Result<(PathBuf, &'static str)> {
    let var = |name: &str| env(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    let home = var("HOME");
    let under_home = |rest: &str| -> Result<PathBuf> {
        match &home {
            Some(home) => Ok(home.join(rest)),
            None => bail!(UsageError::new(
                "HOME is not set: print the script with `jwtmint completions SHELL` and save it yourself"
            )),
        }
    };
    let data = || {
        var("XDG_DATA_HOME")
            .map(Ok)
            .unwrap_or_else(|| under_home(".local/share"))
    };
    let config = || {
        var("XDG_CONFIG_HOME")
            .map(Ok)
            .unwrap_or_else(|| under_home(".config"))
    };
    let file = shell.file_name();
    Ok(match shell {
        // bash-completion loads it on demand from here.
        CompletionShell::Bash => (data()?.join("bash-completion/completions/jwtmint"), ""),
        // fish loads it on demand from here.
        CompletionShell::Fish => (config()?.join("fish/completions").join(file), ""),
        CompletionShell::Zsh => (
            under_home(".zfunc")?.join(file),
            " (if ~/.zfunc is not in fpath yet, add `fpath+=~/.zfunc; autoload -U compinit; compinit` to ~/.zshrc)",
        ),
        CompletionShell::Elvish => (
            config()?.join("elvish/lib").join(file),
            " (add `use jwtmint` to ~/.config/elvish/rc.elv)",
        ),
        CompletionShell::Nushell => (
            config()?.join("nushell/completions").join(file),
            " (add `use completions/jwtmint.nu *` to your nushell config.nu)",
        ),
        CompletionShell::PowerShell => bail!(UsageError::new(
            "PowerShell has no completion directory: add `jwtmint completions powershell | \
             Out-String | Invoke-Expression` to $PROFILE"
        )),
    })
}

#[cfg(test)]
pub fn completion_path(root: &std::path::Path, shell: CompletionShell) -> PathBuf {
    root.join("completions").join(shell.file_name())
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

    const REFRESH: &str = "JWTMINT_REFRESH_GENERATED=1 cargo test --locked generated_files";

    /// Compares each generated file with the checked-in copy; with JWTMINT_REFRESH_GENERATED=1
    /// writes them instead.
    #[test]
    fn generated_files_are_up_to_date() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<(PathBuf, Vec<u8>)> = CompletionShell::ALL
            .iter()
            .map(|&shell| (completion_path(&root, shell), completions(shell)))
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
        let bash = String::from_utf8(completions(CompletionShell::Bash)).unwrap();
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

    #[test]
    fn completions_offer_algorithms_formats_services_and_profiles() {
        let bash = String::from_utf8(completions(CompletionShell::Bash)).unwrap();
        // metabase's --format offers its formats only; realm's --alg its one algorithm.
        assert!(
            bash.contains("compgen -W \"url token json claims\""),
            "metabase formats"
        );
        assert!(bash.contains("compgen -W \"RS256\""), "realm's --alg");
        assert!(bash.contains("formio"), "inspect --provider");
        // `config show` offers the subcommands (bash and zsh; fish completes no positionals).
        let show = bash
            .split("jwtmint__subcmd__config__subcmd__show)")
            .nth(1)
            .and_then(|rest| rest.lines().nth(1))
            .unwrap_or_default();
        assert!(
            show.contains(" formio ") && show.contains(" inspect"),
            "{show}"
        );
        let zsh = String::from_utf8(completions(CompletionShell::Zsh)).unwrap();
        assert!(zsh.contains(":(sign formio "), "zsh config show");
        // Every --profile completes the config file's profile names.
        for (shell, profile_option) in [
            (CompletionShell::Bash, "--profile)"),
            (CompletionShell::Zsh, "'--profile="),
            (CompletionShell::Fish, " -l profile "),
        ] {
            let script = String::from_utf8(completions(shell)).unwrap();
            let options: Vec<&str> = script
                .lines()
                .filter(|line| line.contains(profile_option))
                .collect();
            assert!(!options.is_empty(), "{shell:?}");
            let completed = match shell {
                CompletionShell::Bash => script.matches(PROFILES).count(),
                CompletionShell::Zsh => options
                    .iter()
                    .filter(|line| line.contains(":NAME:_jwtmint_profiles'"))
                    .count(),
                _ => options
                    .iter()
                    .filter(|line| line.contains(PROFILES))
                    .count(),
            };
            assert_eq!(
                completed,
                options.len(),
                "{shell:?}: a --profile completes files"
            );
        }
        let nu = String::from_utf8(completions(CompletionShell::Nushell)).unwrap();
        assert!(nu.contains("export extern \"jwtmint formio\""), "nushell");
    }

    #[test]
    fn install_paths_follow_each_shell() {
        let env = |name: &str| match name {
            "HOME" => Some("/h".into()),
            "XDG_CONFIG_HOME" => Some("/cfg".into()),
            _ => None,
        };
        let path = |shell| install_path(shell, &env).unwrap().0;
        assert_eq!(
            path(CompletionShell::Bash),
            PathBuf::from("/h/.local/share/bash-completion/completions/jwtmint")
        );
        assert_eq!(
            path(CompletionShell::Fish),
            PathBuf::from("/cfg/fish/completions/jwtmint.fish")
        );
        assert_eq!(
            path(CompletionShell::Zsh),
            PathBuf::from("/h/.zfunc/_jwtmint")
        );
        assert!(install_path(CompletionShell::PowerShell, &env).is_err());
        assert!(install_path(CompletionShell::Bash, &|_: &str| None).is_err());
    }
}
