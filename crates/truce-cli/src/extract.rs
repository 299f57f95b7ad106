//! `truce extract`: incident candidates from text, one JSON line each.

use std::io::{BufRead, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use truce_extract::{Document, Extractor};

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// The text file (`-` for standard input).
    #[arg(required_unless_present = "batch", conflicts_with = "batch")]
    file: Option<PathBuf>,
    /// The day the text was written (relative dates are read against it); default today (UTC).
    #[arg(long)]
    date: Option<jiff::civil::Date>,
    /// Who published it (the last link of each candidate's source chain).
    #[arg(long)]
    source: Option<String>,
    /// Many documents: a JSON-lines file of `{"id", "date", "source", "text"}`.
    #[arg(long)]
    batch: Option<PathBuf>,
    /// The terms file or scenario directory whose registry to read actors with (default:
    /// built-in).
    #[arg(long)]
    scenario: Option<PathBuf>,
}

#[derive(serde::Deserialize)]
struct BatchDocument {
    id: serde_json::Value,
    date: jiff::civil::Date,
    source: Option<String>,
    text: String,
}

pub fn run(args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    let scenario = crate::load_or_report(args.scenario.as_deref())?;
    let places = truce_places::shipped();
    let extractor = Extractor::new(&scenario.registry, &places.gazetteer);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if let Some(batch) = &args.batch {
        let name = batch.display().to_string();
        let file = std::fs::File::open(batch).with_context(|| format!("cannot read {name}"))?;
        // Documents are read in chunks and each chunk is shared among the cores; output keeps
        // the input's order, and memory stays bounded by the chunk.
        const CHUNK: usize = 256;
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut lines = std::io::BufReader::new(file).lines().enumerate();
        loop {
            let mut docs: Vec<BatchDocument> = Vec::with_capacity(CHUNK);
            for (n, line) in lines.by_ref() {
                let line = line.with_context(|| format!("cannot read {name}"))?;
                if line.trim().is_empty() {
                    continue;
                }
                docs.push(serde_json::from_str(&line).map_err(|e| {
                    anyhow::anyhow!(
                        "{name}:{}:{}: not a document: {e} (expected {{\"id\", \"date\": \"YYYY-MM-DD\", \"source\", \"text\"}})",
                        n + 1,
                        e.column()
                    )
                })?);
                if docs.len() == CHUNK {
                    break;
                }
            }
            if docs.is_empty() {
                break;
            }
            let per_thread = docs.len().div_ceil(threads);
            let rendered: Vec<String> = std::thread::scope(|s| {
                let workers: Vec<_> = docs
                    .chunks(per_thread)
                    .map(|part| {
                        let extractor = &extractor;
                        s.spawn(move || {
                            let mut text = String::new();
                            for doc in part {
                                let found = extractor.extract(&Document {
                                    text: &doc.text,
                                    date: doc.date,
                                    source: doc.source.as_deref().or(args.source.as_deref()),
                                });
                                for candidate in found {
                                    let mut value = serde_json::to_value(&candidate)
                                        .expect("candidates serialise");
                                    value["doc_id"] = doc.id.clone();
                                    text.push_str(&value.to_string());
                                    text.push('\n');
                                }
                            }
                            text
                        })
                    })
                    .collect();
                workers
                    .into_iter()
                    .map(|w| w.join().expect("a worker finishes"))
                    .collect()
            });
            for part in rendered {
                out.write_all(part.as_bytes())?;
            }
        }
    } else {
        let file = args
            .file
            .as_ref()
            .expect("clap requires a file without --batch");
        let mut text = String::new();
        if file.as_os_str() == "-" {
            std::io::stdin()
                .read_to_string(&mut text)
                .context("cannot read standard input")?;
        } else {
            text = std::fs::read_to_string(file)
                .with_context(|| format!("cannot read {}", file.display()))?;
        }
        let date = args.date.unwrap_or_else(|| {
            jiff::Timestamp::now()
                .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .date()
        });
        for candidate in extractor.extract(&Document {
            text: &text,
            date,
            source: args.source.as_deref(),
        }) {
            writeln!(out, "{}", serde_json::to_string(&candidate)?)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
