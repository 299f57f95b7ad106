//! `truce`: the command-line tool.
#![forbid(unsafe_code)]

mod demo;
mod extract;
mod ground;
mod output;
mod record;
mod review;
mod scenario;
mod server;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::scenario::Scenario;

/// mimalloc serves the many small allocations of reading text (and of assembling records)
/// faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Truce: the shared record a ceasefire runs on.
#[derive(Debug, Parser)]
#[command(name = "truce", version, about)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

/// Where the record is, and who is acting.
#[derive(Debug, Clone, Args)]
pub struct Global {
    /// The embedded store: an SQLite file (default `truce.db` in the working directory).
    #[arg(long, global = true, env = "TRUCE_DB", conflicts_with = "database_url")]
    db: Option<PathBuf>,
    /// A PostgreSQL store (`postgres://user@host:port/db`), for a mission server.
    #[arg(long, global = true, env = "TRUCE_DATABASE_URL")]
    database_url: Option<String>,
    /// With --database-url: the PostgreSQL schema that holds the record (created if missing),
    /// so that several records can share one database.
    #[arg(
        long,
        global = true,
        env = "TRUCE_DB_SCHEMA",
        requires = "database_url"
    )]
    schema: Option<String>,
    /// Who is making the change, as recorded in the ledger.
    #[arg(
        long = "as",
        global = true,
        env = "TRUCE_USER",
        default_value = "system"
    )]
    user: String,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The main job: a fresh record (a temporary file unless --db is given), the Syria 2016
    /// scenario, the real UCDP events of February–March 2016, determinations, figures,
    /// reasoning, and the ledger verified.
    Demo(demo::DemoArgs),
    /// Creates the record (or migrates an existing one) and says where it is.
    Init,
    /// Loads a scenario directory or terms file (with the registry it names) into the record;
    /// or, given a registry file alone, replaces the registry (the stored terms are checked
    /// against it first).
    #[command(args_conflicts_with_subcommands = true)]
    Load {
        /// A scenario directory (holding `agreement.toml` and any `control*.geojson` layers),
        /// a terms file, or a registry file.
        path: Option<PathBuf>,
        #[command(subcommand)]
        what: Option<LoadCommand>,
    },
    /// Incident candidates from a news text or monitors' notes, one JSON line each, with the
    /// character spans each field was read from.
    Extract(extract::ExtractArgs),
    /// Takes in documents: their incident candidates become reports.
    Ingest {
        #[command(subcommand)]
        command: extract::IngestCommand,
    },
    /// Territorial control: who held a place, when.
    Control {
        #[command(subcommand)]
        command: ground::ControlCommand,
    },
    /// The gazetteer.
    Places {
        #[command(subcommand)]
        command: ground::PlacesCommand,
    },
    /// Takes in a dataset file: every row a report, all or nothing.
    Import {
        #[command(subcommand)]
        format: record::ImportFormat,
    },
    /// Determines every incident whose reports, terms or control layers changed since its
    /// determination (import determines the incidents it founds); prints counts per outcome.
    Adjudicate {
        /// Determine every incident again, as after upgrading Truce.
        #[arg(long)]
        all: bool,
    },
    /// Lists incidents with their determinations.
    Incidents(record::IncidentsArgs),
    /// Shows one incident: its reports side by side, actors, figures, grade, reasoning and
    /// review history.
    Show {
        /// Incident id, or the id of one of its reports, e.g. `ucdp:216625`.
        id: String,
        /// The incident as the record stood at this instant.
        #[arg(long)]
        as_of: Option<jiff::Timestamp>,
    },
    /// Figures a mission publishes: incidents per outcome, per day after commencement, per
    /// party and per governorate.
    Figures {
        /// The figures as the record stood at this instant (reproduces what was published).
        #[arg(long)]
        as_of: Option<jiff::Timestamp>,
    },
    /// The review queue and a person's decisions: outcomes, splits and merges.
    Review {
        #[command(subcommand)]
        command: review::ReviewCommand,
    },
    /// The mission server: the HTTP API (OpenAPI at /openapi.json, browsable at /api-docs).
    Serve {
        /// Where to listen.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
    },
    /// Users of the server.
    User {
        #[command(subcommand)]
        command: server::UserCommand,
    },
    /// API tokens.
    Token {
        #[command(subcommand)]
        command: server::TokenCommand,
    },
    /// Recomputes the ledger's hash chain and checks every stored row against it.
    Verify,
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
enum LoadCommand {
    /// A territorial-control layer (GeoJSON; see docs/control-format.md). A layer loaded again
    /// under the same name is a new version of it.
    Control {
        /// The GeoJSON file.
        file: PathBuf,
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
    // More than one thread: an import prepares its next batch while a worker writes the last.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime starts");
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        // A reader that stops early (`truce incidents | head`) is not a failure.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("truce: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Whether writing stopped because the reader went away.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|cause| {
        // serde_json and csv wrap the writer's error rather than giving it as their source.
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
            || cause.downcast_ref::<csv::Error>().is_some_and(
                |c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe),
            )
    })
}

/// Writes a command's output to stdout, returning the error a closed pipe gives (which
/// `print!` would turn into a panic).
pub fn emit(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let global = &cli.global;
    match cli.command {
        Command::Demo(args) => demo::run(global, &args).await,
        Command::Init => record::init(global).await,
        Command::Load {
            what: Some(LoadCommand::Control { file }),
            ..
        } => ground::load_control(global, &file).await,
        Command::Load { path, .. } => match path {
            Some(path) => record::load(global, &path).await,
            None => anyhow::bail!(
                "give a scenario directory, terms or registry file, or `control FILE`"
            ),
        },
        Command::Control { command } => ground::control(global, &command).await,
        Command::Extract(args) => extract::run(&args),
        Command::Ingest { command } => extract::ingest(global, &command).await,
        Command::Places { command } => ground::places(&command),
        Command::Import { format } => record::import(global, &format).await,
        Command::Adjudicate { all } => record::adjudicate(global, all).await,
        Command::Incidents(args) => record::incidents(global, &args).await,
        Command::Show { id, as_of } => record::show(global, &id, as_of).await,
        Command::Figures { as_of } => demo::figures(global, as_of).await,
        Command::Review { command } => review::run(global, &command).await,
        Command::Serve { addr } => server::serve(global, addr).await,
        Command::User { command } => server::user(global, &command).await,
        Command::Token { command } => server::token(global, &command).await,
        Command::Verify => record::verify(global).await,
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
    loaded.map_err(problems_error)
}

/// Located problems as one error.
pub(crate) fn problems_error(diagnostics: Vec<truce_core::Diagnostic>) -> anyhow::Error {
    let lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    anyhow::anyhow!(
        "{} problem(s) found, nothing loaded:\n{}",
        lines.len(),
        lines.join("\n")
    )
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
