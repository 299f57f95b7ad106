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

impl BatchDocument {
    /// Line `n` (0-based) of the batch file `name`; a malformed line is located.
    fn parse(name: &str, n: usize, line: &str) -> anyhow::Result<Self> {
        serde_json::from_str(line).map_err(|e| {
            anyhow::anyhow!(
                "{name}:{}:{}: not a document: {e} (expected {{\"id\", \"date\": \"YYYY-MM-DD\", \"source\", \"text\"}})",
                n + 1,
                e.column()
            )
        })
    }
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
        extract_batch(&extractor, args.source.as_deref(), &name, file, &mut out)?;
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

/// Documents per piece of work: a worker parses and reads a chunk of lines while the main
/// thread reads the next ones and writes what is done, in the input's order. Memory is bounded
/// by the chunks in flight.
const CHUNK: usize = 64;

/// `extract --batch`: every core reads documents; the output keeps the input's order, and a
/// malformed line stops the run there, with what the documents before it gave written.
fn extract_batch(
    extractor: &Extractor<'_>,
    default_source: Option<&str>,
    name: &str,
    file: std::fs::File,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    use std::collections::BTreeMap;
    use std::sync::{Mutex, mpsc};

    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    // One chunk: its number and its lines (with their line numbers, 0-based).
    type Chunk = (usize, Vec<(usize, String)>);
    let (work, jobs) = mpsc::sync_channel::<Chunk>(threads * 2);
    let jobs = Mutex::new(jobs);
    // A chunk's output, up to the malformed line that ended it, if one did.
    type Read = (Vec<u8>, Option<anyhow::Error>);
    let (done, results) = mpsc::channel::<(usize, Read)>();
    let read_one = |(n, line): &(usize, String), text: &mut Vec<u8>| -> anyhow::Result<()> {
        let doc = BatchDocument::parse(name, *n, line)?;
        for candidate in extractor.extract(&Document {
            text: &doc.text,
            date: doc.date,
            source: doc.source.as_deref().or(default_source),
        }) {
            // `{"doc_id": …,` then the candidate's own fields (its `{` overwritten).
            text.extend_from_slice(b"{\"doc_id\":");
            serde_json::to_writer(&mut *text, &doc.id)?;
            let at = text.len();
            serde_json::to_writer(&mut *text, &candidate)?;
            text[at] = b',';
            text.push(b'\n');
        }
        Ok(())
    };
    std::thread::scope(|s| -> anyhow::Result<()> {
        for _ in 0..threads {
            let (jobs, done) = (&jobs, done.clone());
            s.spawn(move || {
                loop {
                    let job = jobs.lock().expect("no worker panics holding it").recv();
                    let Ok((number, lines)) = job else { break };
                    let mut text = Vec::new();
                    let error = lines
                        .iter()
                        .try_for_each(|line| read_one(line, &mut text))
                        .err();
                    if done.send((number, (text, error))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done);
        // Finished chunks wait here until every chunk before them is written.
        let mut pending: BTreeMap<usize, Read> = BTreeMap::new();
        let mut next = 0;
        // Returns how many chunks are written.
        let mut take = |(number, read), out: &mut dyn Write| -> anyhow::Result<usize> {
            pending.insert(number, read);
            while let Some((text, error)) = pending.remove(&next) {
                out.write_all(&text)?;
                if let Some(error) = error {
                    return Err(error);
                }
                next += 1;
            }
            Ok(next)
        };
        let mut written = 0;
        let mut lines = std::io::BufReader::new(file).lines().enumerate();
        let mut sent = 0;
        let mut outcome = || -> anyhow::Result<()> {
            loop {
                let mut chunk = Vec::with_capacity(CHUNK);
                for (n, line) in lines.by_ref() {
                    let line = line.with_context(|| format!("cannot read {name}"))?;
                    if !line.trim().is_empty() {
                        chunk.push((n, line));
                        if chunk.len() == CHUNK {
                            break;
                        }
                    }
                }
                if chunk.is_empty() {
                    return Ok(());
                }
                work.send((sent, chunk))
                    .expect("the workers wait for work until it ends");
                sent += 1;
                while let Ok(finished) = results.try_recv() {
                    written = take(finished, out)?;
                }
            }
        };
        let outcome = outcome();
        // Ending the work lets the workers finish; what is done is written up to any error.
        drop(work);
        outcome?;
        while written < sent {
            let finished = results.recv().expect("a worker sends every chunk it takes");
            written = take(finished, out)?;
        }
        Ok(())
    })
}

#[derive(Debug, clap::Subcommand)]
pub enum IngestCommand {
    /// News stories or monitors' notes: each document is stored as a source and its incident
    /// candidates as reports (idempotent); what is not an incident goes on the document's
    /// timeline. The text itself is kept only with --keep-text.
    News(IngestArgs),
}

#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// A text file (with --date), a JSON-lines batch (`.jsonl`), or a directory of both.
    path: PathBuf,
    /// The day plain text files were written.
    #[arg(long)]
    date: Option<jiff::civil::Date>,
    /// Who published plain text files (and batch documents that do not say).
    #[arg(long)]
    source: Option<String>,
    /// Keep the documents' texts in the record (only where the outlet allows it).
    #[arg(long)]
    keep_text: bool,
}

/// One document to ingest.
struct Incoming {
    name: String,
    date: jiff::civil::Date,
    source: Option<String>,
    text: String,
}

fn documents(args: &IngestArgs) -> anyhow::Result<Vec<Incoming>> {
    let mut files: Vec<PathBuf> = if args.path.is_dir() {
        let mut found: Vec<PathBuf> = std::fs::read_dir(&args.path)
            .with_context(|| format!("cannot read {}", args.path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "jsonl"))
            .collect();
        found.sort();
        found
    } else {
        vec![args.path.clone()]
    };
    let mut out = Vec::new();
    for file in files.drain(..) {
        let name = file.display().to_string();
        let text = std::fs::read_to_string(&file).with_context(|| format!("cannot read {name}"))?;
        if file.extension().is_some_and(|x| x == "jsonl") {
            for (n, line) in text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
            {
                let doc = BatchDocument::parse(&name, n, line)?;
                let id = doc
                    .id
                    .as_str()
                    .map_or_else(|| doc.id.to_string(), str::to_owned);
                out.push(Incoming {
                    name: format!("{name}#{id}"),
                    date: doc.date,
                    source: doc.source.or_else(|| args.source.clone()),
                    text: doc.text,
                });
            }
        } else {
            let date = args.date.ok_or_else(|| {
                anyhow::anyhow!(
                    "{name}: a text file needs --date YYYY-MM-DD, the day it was written"
                )
            })?;
            out.push(Incoming {
                name,
                date,
                source: args.source.clone(),
                text,
            });
        }
    }
    Ok(out)
}

pub async fn ingest(global: &crate::Global, command: &IngestCommand) -> anyhow::Result<ExitCode> {
    let IngestCommand::News(args) = command;
    let (store, _) = crate::record::open(global).await?;
    let scenario = crate::record::stored_scenario(&store).await?;
    let places = truce_places::shipped();
    let extractor = Extractor::new(&scenario.registry, &places.gazetteer);
    let docs = documents(args)?;
    let (mut new_docs, mut reports, mut new, mut revised, mut unchanged, mut timeline) =
        (0, 0, 0, 0, 0, 0);
    let mut merging = truce_store::ImportSummary::default();
    for doc in &docs {
        let digest = truce_store::ledger::digest(&doc.text);
        let short = &digest[..16];
        let candidates = extractor.extract(&Document {
            text: &doc.text,
            date: doc.date,
            source: doc.source.as_deref(),
        });
        let document_id = format!("doc:{short}");
        let mut records = Vec::new();
        let mut facts = Vec::new();
        for (k, c) in candidates.iter().enumerate() {
            match c.record(format!("news:{short}:{k}"), &document_id, doc.date) {
                Some(mut record) => records.push(truce_store::Report {
                    record: {
                        // Without a chain ("said SOHR"), the outlet is the source.
                        for s in &mut record.sources {
                            if s.name.is_none() {
                                s.name.clone_from(&doc.source);
                            }
                        }
                        record
                    },
                    raw: vec![
                        (std::sync::Arc::from("document"), document_id.clone()),
                        (
                            std::sync::Arc::from("kind"),
                            serde_json::to_value(c.kind)?
                                .as_str()
                                .unwrap_or("")
                                .to_owned(),
                        ),
                        (
                            std::sync::Arc::from("clause"),
                            format!("{}-{}", c.evidence.clause[0], c.evidence.clause[1]),
                        ),
                    ],
                }),
                None => facts.push(truce_store::TimelineFact {
                    kind: serde_json::to_value(c.kind)?
                        .as_str()
                        .unwrap_or("")
                        .to_owned(),
                    date_start: c.date_start.map(|d| d.to_string()),
                    date_end: c.date_end.map(|d| d.to_string()),
                    evidence: c.evidence.clause.map(|x| x as u64),
                }),
            }
        }
        timeline += facts.len();
        let taken = truce_store::DocumentTaken {
            id: document_id,
            name: doc.name.clone(),
            source: doc.source.clone(),
            date: doc.date.to_string(),
            digest: digest.clone(),
            timeline: facts,
            text: args.keep_text.then(|| doc.text.clone()),
        };
        let (is_new, summary) = store
            .take_document(&global.user, taken, &scenario.registry, records)
            .await?;
        new_docs += usize::from(is_new);
        reports += summary.read;
        new += summary.new;
        revised += summary.revised;
        unchanged += summary.unchanged;
        merging.joined += summary.joined;
        merging.founded += summary.founded;
        merging.doubtful += summary.doubtful;
    }
    println!(
        "{} document(s) read ({new_docs} new): {reports} report(s) ({new} new, {revised} revised, {unchanged} unchanged), {timeline} timeline fact(s){}",
        docs.len(),
        if args.keep_text {
            "; texts kept"
        } else {
            "; texts not kept"
        }
    );
    crate::record::print_merging(&merging);
    store.close().await;
    Ok(ExitCode::SUCCESS)
}
