//! The commands that work on the record: init, load, import, adjudicate, incidents, show, verify.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use truce_core::record::IncidentRecord;
use truce_import::{ImportError, SourceRow};
use truce_store::{IncidentFilter, Judge, Location, Report, Store, VerifyReport};

use crate::Global;
use crate::scenario::Scenario;

#[derive(Debug, Subcommand)]
pub enum ImportFormat {
    /// A UCDP GED or GED Candidate CSV file.
    Ucdp {
        /// The CSV file.
        file: PathBuf,
    },
    /// An ACLED export (current or older columns; dates `2022-05-23` or `23-May-22`).
    Acled {
        /// The CSV file.
        file: PathBuf,
    },
    /// Reports filed by people — a monitor, a party's hotline, a party's denial — as JSON
    /// lines: {"key", "sub_event_type", "date" (or "date_start", "date_end",
    /// "date_precision"), "place": {"name", "lat", "lon", "geo_precision"}, "actors":
    /// [{"name", "role", "attribution"}], "fatalities": {"low", "best", "high"}, "source",
    /// "denial"}. Idempotent by key; a denial joins the incident it answers and contests it.
    Reports {
        /// The JSON-lines file.
        file: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Jsonl,
    Csv,
    Geojson,
}

#[derive(Debug, clap::Args)]
pub struct IncidentsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Only this outcome (violation, permitted, not_covered, needs_review, insufficient_information).
    #[arg(long)]
    outcome: Option<String>,
    /// Only incidents starting on or after this day (YYYY-MM-DD).
    #[arg(long)]
    from: Option<jiff::civil::Date>,
    /// Only incidents starting on or before this day (YYYY-MM-DD).
    #[arg(long)]
    to: Option<jiff::civil::Date>,
    /// Only incidents involving this actor (any name the registry knows).
    #[arg(long)]
    actor: Option<String>,
    /// Only incidents in this governorate (OCHA p-code, e.g. SY02).
    #[arg(long)]
    admin1: Option<String>,
    /// Only incidents of this verification grade (confirmed, fair, weak, contested, discounted).
    #[arg(long)]
    grade: Option<truce_core::reconcile::Grade>,
    /// The record as it stood at this instant (e.g. 2026-03-01T12:00:00Z): what was known
    /// then, whatever was learned since.
    #[arg(long)]
    as_of: Option<jiff::Timestamp>,
}

/// Opens the record the global options name.
pub async fn open(global: &Global) -> anyhow::Result<(Store, String)> {
    let (location, shown) = match (&global.database_url, &global.db) {
        (Some(url), _) => (
            Location::Postgres {
                url: url.clone(),
                schema: global.schema.clone(),
            },
            format!(
                "{}{}",
                redact(url),
                global
                    .schema
                    .as_deref()
                    .map(|s| format!(" (schema {s})"))
                    .unwrap_or_default()
            ),
        ),
        (None, Some(path)) => (Location::Sqlite(path.clone()), path.display().to_string()),
        (None, None) => (
            Location::Sqlite(PathBuf::from("truce.db")),
            "truce.db".to_owned(),
        ),
    };
    let store = Store::open(&location)
        .await
        .with_context(|| format!("cannot open the record at {shown}"))?;
    Ok((store, shown))
}

/// A URL without its password.
fn redact(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.find(':') {
                Some(colon) => format!(
                    "{}{}:***{}",
                    &url[..scheme + 3],
                    &credentials[..colon],
                    &url[at..]
                ),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// The scenario the record holds.
pub async fn stored_scenario(store: &Store) -> anyhow::Result<Scenario> {
    let files = store.scenario().await?.ok_or_else(|| {
        anyhow::anyhow!("no scenario is loaded: run `truce load scenarios/syria-2016` first")
    })?;
    Scenario::from_files(files).map_err(crate::problems_error)
}

pub async fn init(global: &Global) -> anyhow::Result<ExitCode> {
    let (store, shown) = open(global).await?;
    println!(
        "record ready at {shown} ({:?}, {} ledger entries)",
        store.backend(),
        store.ledger_len().await?
    );
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub async fn load(global: &Global, path: &Path) -> anyhow::Result<ExitCode> {
    let (store, _) = open(global).await?;
    let scenario = if Scenario::is_registry_file(path) {
        let stored = stored_scenario(&store).await?;
        Scenario::with_registry(stored.files, path)
    } else {
        Scenario::load(path)
    }
    .map_err(crate::problems_error)?;
    let changed = store
        .load_scenario(&global.user, scenario.files.clone())
        .await?;
    println!(
        "{} {} ({} actors, {} version(s))",
        if changed { "loaded" } else { "already loaded:" },
        scenario.agreement.id,
        scenario.registry.len(),
        scenario.agreement.versions.len()
    );
    crate::ground::store_layers(&store, &global.user, &scenario, &scenario.control).await?;
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub async fn import(global: &Global, format: &ImportFormat) -> anyhow::Result<ExitCode> {
    let (store, _) = open(global).await?;
    let scenario = stored_scenario(&store).await?;
    let (file, dataset) = match format {
        ImportFormat::Ucdp { file } => (file, Dataset::Ucdp),
        ImportFormat::Acled { file } => (file, Dataset::Acled),
        ImportFormat::Reports { file } => (file, Dataset::Filed),
    };
    let name = file.display().to_string();
    let size = std::fs::metadata(file)
        .with_context(|| format!("cannot read {name}"))?
        .len();
    // Hidden by indicatif when standard error is not a terminal.
    let bar = ProgressBar::new(size);
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} importing {msg} [{bar:30}] {bytes}/{total_bytes} ({eta})",
        )
        .expect("a valid template")
        .progress_chars("=> "),
    );
    bar.set_message(name.clone());
    let input = BufReader::new(
        bar.wrap_read(File::open(file).with_context(|| format!("cannot read {name}"))?),
    );
    let summary = import_rows(&store, &global.user, &name, dataset, input, &scenario).await;
    bar.finish_and_clear();
    let summary = summary?;
    println!(
        "{name}: {} rows read: {} new, {} revised, {} unchanged",
        summary.read, summary.new, summary.revised, summary.unchanged
    );
    print_merging(&summary);
    if !summary.unresolved.is_empty() {
        let total: u64 = summary.unresolved.values().sum();
        println!(
            "{} actor names not in the registry ({total} mentions), kept verbatim and flagged:",
            summary.unresolved.len()
        );
        let mut names: Vec<_> = summary.unresolved.iter().collect();
        names.sort_by_key(|(name, n)| (std::cmp::Reverse(**n), (*name).clone()));
        for (name, n) in names.iter().take(20) {
            println!("  {name} ({n})");
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

/// What merging did with the new reports of an import.
pub fn print_merging(summary: &truce_store::ImportSummary) {
    if summary.joined + summary.founded > 0 {
        println!(
            "merging: {} joined incidents already in the record, {} founded incidents of their own ({} doubtful joins wait in `truce review queue`)",
            summary.joined, summary.founded, summary.doubtful
        );
    }
    if summary.determined > 0 {
        println!(
            "determined: {} founded incidents, as they were written (`truce adjudicate` determines those reports joined)",
            summary.determined
        );
    }
}

/// The dataset formats `truce import` reads.
#[derive(Debug, Clone, Copy)]
pub enum Dataset {
    Ucdp,
    Acled,
    /// Reports filed by people (`truce_import::filed`).
    Filed,
}

/// Streams a dataset file into the record in one transaction.
pub async fn import_rows(
    store: &Store,
    actor: &str,
    name: &str,
    dataset: Dataset,
    input: impl std::io::Read,
    scenario: &Scenario,
) -> anyhow::Result<truce_store::ImportSummary> {
    let registry = &scenario.registry;
    let control = crate::ground::control_map(store, scenario).await?;
    let judge = Some(Judge::new(&scenario.agreement, registry, &control));
    let to_report = |row: Result<SourceRow, ImportError>| {
        row.map(|row| Report {
            record: IncidentRecord::from_incident(&row.incident, registry),
            raw: row.raw,
        })
    };
    let summary = match dataset {
        Dataset::Ucdp => {
            let rows = truce_import::ucdp::UcdpReader::new(input, name, registry)?;
            store
                .import(actor, name, registry, judge, rows.map(to_report))
                .await?
        }
        Dataset::Acled => {
            let rows = truce_import::acled::AcledReader::new(input, name, registry)?;
            store
                .import(actor, name, registry, judge, rows.map(to_report))
                .await?
        }
        Dataset::Filed => {
            let rows = truce_import::filed::read(std::io::BufReader::new(input), name, registry);
            let reports = rows.map(|row| row.map(|(record, line)| Report::filed(record, line)));
            store.import(actor, name, registry, judge, reports).await?
        }
    };
    Ok(summary)
}

pub async fn adjudicate(global: &Global, everything: bool) -> anyhow::Result<ExitCode> {
    let (store, _) = open(global).await?;
    let scenario = stored_scenario(&store).await?;
    let control = crate::ground::control_map(&store, &scenario).await?;
    let judge = Judge::new(&scenario.agreement, &scenario.registry, &control);
    let summary = store.adjudicate(&global.user, judge, everything).await?;
    println!(
        "{} incidents under {}: {} determined now ({}), {} determinations written; {} decided by a person, whose decision stands",
        summary.incidents,
        scenario.agreement.id,
        summary.determined,
        if everything {
            "every one, as asked"
        } else {
            "the others' reports, terms and control layers are as when they were determined"
        },
        summary.written,
        summary.human_decided
    );
    for (outcome, n) in truce_core::Outcome::ALL.iter().zip(summary.per_outcome) {
        println!("  {:<26} {n:>8}", outcome.as_str());
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub async fn incidents(global: &Global, args: &IncidentsArgs) -> anyhow::Result<ExitCode> {
    let (store, _) = open(global).await?;
    let actor_id = match &args.actor {
        Some(name) => {
            let scenario = stored_scenario(&store).await?;
            match scenario.registry.resolve(name) {
                truce_core::Resolution::Actor(idx) => Some(scenario.registry.actor(idx).id.clone()),
                _ => anyhow::bail!(
                    "--actor {name:?}: no single actor of the registry has that name (try `truce resolve {name:?}`)"
                ),
            }
        }
        None => None,
    };
    if let Some(o) = &args.outcome
        && !truce_core::Outcome::ALL.iter().any(|x| x.as_str() == o)
    {
        anyhow::bail!(
            "--outcome {o:?}: expected one of violation, permitted, not_covered, needs_review, insufficient_information"
        );
    }
    let filter = IncidentFilter {
        outcome: args.outcome.clone(),
        from: args.from,
        to: args.to,
        actor_id,
        admin1: args.admin1.clone(),
        id: None,
        grade: args.grade,
        as_of: args.as_of,
    };
    // A page at a time: a million-incident record is listed in the memory of one page.
    let mut pages = store.incident_pages(truce_store::Selection::everything(filter), 500);
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut listing = crate::output::Listing::start(args.format, out)?;
    while let Some(page) = pages.next().await? {
        listing.page(&page)?;
    }
    listing.finish()?;
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub async fn show(
    global: &Global,
    id: &str,
    as_of: Option<jiff::Timestamp>,
) -> anyhow::Result<ExitCode> {
    let (store, _) = open(global).await?;
    let filter = IncidentFilter {
        id: Some(id.to_owned()),
        as_of,
        ..Default::default()
    };
    let Some(found) = store.incidents(&filter).await?.into_iter().next() else {
        anyhow::bail!(
            "no incident or report {id:?} in the record{} (ids look like `ucdp:216625` or `acled:SYR12345`)",
            as_of.map(|t| format!(" as of {t}")).unwrap_or_default()
        );
    };
    crate::emit(&crate::output::detail(&found))?;
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub async fn verify(global: &Global) -> anyhow::Result<ExitCode> {
    let (store, shown) = open(global).await?;
    let report = store.verify().await?;
    print_verdict(&shown, &report);
    store.close().await;
    Ok(if report.is_intact() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

pub fn print_verdict(shown: &str, report: &VerifyReport) {
    if report.is_intact() {
        println!(
            "verify {shown}: intact — {} ledger entries chain correctly and {} stored rows are what the ledger gives",
            report.entries, report.rows
        );
    } else {
        println!(
            "verify {shown}: BROKEN — {} problem(s); the first:",
            report.problems.len()
        );
        for p in report.problems.iter().take(10) {
            println!("  {p}");
        }
    }
}
