//! `truce`: the command-line tool.
#![forbid(unsafe_code)]

mod demo;
mod scenario;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::scenario::Scenario;

/// Truce: the shared record a ceasefire runs on.
#[derive(Debug, Parser)]
#[command(name = "truce", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Runs the main job on the built-in Syria 2016 scenario and the real UCDP events of
    /// February–March 2016: determinations, figures and reasoning.
    Demo(demo::DemoArgs),
    /// Agreement terms.
    Terms {
        #[command(subcommand)]
        command: TermsCommand,
    },
    /// Resolves actor names through a registry, as importers do.
    Resolve {
        /// The terms file or scenario directory whose registry to use (default: built-in).
        #[arg(long)]
        scenario: Option<PathBuf>,
        /// Names as a source writes them.
        #[arg(required = true)]
        names: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
enum TermsCommand {
    /// Checks terms files (and the registry and files they refer to). Prints
    /// `file:line:column: message` for each problem; exits 0 only when all are valid.
    Check {
        /// Terms files, or scenario directories holding an `agreement.toml`.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("truce: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Demo(args) => demo::run(&args),
        Command::Terms {
            command: TermsCommand::Check { files },
        } => Ok(check_terms(&files)),
        Command::Resolve { scenario, names } => {
            let scenario = load_or_report(scenario.as_deref())?;
            for name in names {
                println!("{name}\t{}", describe_resolution(&scenario, &name));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn check_terms(files: &[PathBuf]) -> ExitCode {
    let mut problems = 0;
    for file in files {
        match Scenario::load(file) {
            Ok(s) => println!(
                "{}: ok ({} version(s), {} clause(s), {} acceptance record(s), {} actors in the registry)",
                file.display(),
                s.agreement.versions.len(),
                s.agreement
                    .versions
                    .iter()
                    .map(|v| v.clauses.len())
                    .sum::<usize>(),
                s.agreement.acceptances.len(),
                s.registry.len()
            ),
            Err(diagnostics) => {
                problems += diagnostics.len();
                for d in diagnostics {
                    println!("{d}");
                }
            }
        }
    }
    if problems == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("truce: {problems} problem(s) found");
        ExitCode::FAILURE
    }
}

/// The built-in scenario, or the one at `path`; located problems are turned into one error.
pub(crate) fn load_or_report(path: Option<&std::path::Path>) -> anyhow::Result<Scenario> {
    let loaded = match path {
        Some(p) => Scenario::load(p),
        None => Scenario::built_in(),
    };
    loaded.map_err(|diagnostics| {
        let lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        anyhow::anyhow!("the scenario has problems:\n{}", lines.join("\n"))
    })
}

fn describe_resolution(scenario: &Scenario, name: &str) -> String {
    use truce_core::Resolution;
    let registry = &scenario.registry;
    let show = |idx| {
        let a = registry.actor(idx);
        format!("{} ({}, {})", a.id, a.name, a.kind)
    };
    match registry.resolve(name) {
        Resolution::Actor(idx) => show(idx),
        Resolution::Coalition(members) => {
            format!(
                "coalition of {}",
                members.into_iter().map(show).collect::<Vec<_>>().join("; ")
            )
        }
        Resolution::Unresolved => "unresolved".to_owned(),
    }
}
