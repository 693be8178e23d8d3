//! jwtmint: mint signed JSON Web Tokens for services that accept custom JWT logins.

use std::process::ExitCode;

use jwtmint::cli::{self, Parsed};
use jwtmint::{batch, config, exit, generate, inspect, keygen, public_key};

/// The static Linux build's allocator (Cargo.toml says why).
#[cfg(target_env = "musl")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let parsed = match cli::parse() {
        Ok(parsed) => parsed,
        Err(err) => {
            // Usage errors are one line on stderr (exit 2), like every other error; help and
            // version go to stdout as clap prints them (exit 0). `jwtmint` alone prints the help,
            // on stderr, with exit 2.
            use clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
            if err.use_stderr() {
                if err.kind() == DisplayHelpOnMissingArgumentOrSubcommand {
                    let _ = err.print();
                } else {
                    jwtmint::output::error(cli::error_line(&err));
                }
                return ExitCode::from(exit::USAGE);
            }
            let printed = err.print();
            if let Err(e) = printed {
                jwtmint::output::error(format_args!("writing to standard output: {e}"));
                return ExitCode::from(exit::FAILURE);
            }
            return ExitCode::from(exit::SUCCESS);
        }
    };
    match run(parsed) {
        Ok(()) => ExitCode::from(exit::SUCCESS),
        Err(err) if err.is::<exit::ChecksFailed>() => ExitCode::from(exit::FAILURE),
        Err(err) => {
            jwtmint::output::error(format_args!("{err:#}"));
            ExitCode::from(exit::code_for(&err))
        }
    }
}

fn run(parsed: Parsed) -> anyhow::Result<()> {
    match parsed {
        Parsed::Mint {
            service,
            mut values,
            mut options,
            request,
        } => {
            config::apply_to_mint(service, &mut values, &mut options, &request)?;
            batch::run_command(service, values, &options)
        }
        #[cfg(feature = "serve")]
        Parsed::Serve {
            service,
            mut values,
            mut options,
            serve,
            request,
        } => {
            config::apply_to_mint(service, &mut values, &mut options, &request)?;
            jwtmint::serve::run(service, values, options, &serve)
        }
        Parsed::Inspect { args, request } => {
            let mut options = args.options();
            config::apply_to_inspect(&mut options, &request)?;
            if !inspect::run(&options)? {
                return Err(exit::ChecksFailed.into());
            }
            Ok(())
        }
        Parsed::Keygen(args) => keygen::run(&args.options()?),
        Parsed::PublicKey(args) => public_key::run(&args.options()?),
        Parsed::Completions(shell, install) => generate::print_completions(shell, install),
        Parsed::Config(command) => config::run(command),
    }
}
