//! jwtmint: mint signed JSON Web Tokens for services that accept custom JWT logins.

use std::process::ExitCode;

use clap::Parser;

use jwtmint::cli::{Cli, Command};
use jwtmint::{batch, exit, generate, inspect, keygen};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help and version on stdout (exit 0) and usage errors on stderr (exit 2).
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() {
                exit::USAGE
            } else {
                exit::SUCCESS
            });
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::from(exit::SUCCESS),
        Err(err) if err.is::<exit::ChecksFailed>() => ExitCode::from(exit::FAILURE),
        Err(err) => {
            jwtmint::output::error(format_args!("{err:#}"));
            ExitCode::from(exit::code_for(&err))
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Sign(args) => batch::run_command(&args),
        Command::Formio(args) => batch::run_command(&args),
        Command::Realm(args) => batch::run_command(&args),
        Command::Developerhub(args) => batch::run_command(&args),
        Command::Tinymce(args) => batch::run_command(&args),
        Command::Tiledesk(args) => batch::run_command(&args),
        Command::Inspect(args) => {
            if !inspect::run(&args.options())? {
                return Err(exit::ChecksFailed.into());
            }
            Ok(())
        }
        Command::Keygen(args) => keygen::run(&args.options()?),
        Command::Completions { shell } => generate::print_completions(shell),
    }
}
