//! The merging benchmark: UCDP GED Syria 2016–2019 (16,566 events) taken in as UCDP wrote it,
//! then 59 more times as 59 other sources would write it (`tests/common/second_source.rs`:
//! respelled names, coordinates moved up to 5 km, every date a day off with precision 2,
//! tolls that differ) — 1,010,526 reports merged into incidents.
//!
//! `cargo run --release -p truce-import --example merge_million [GED.csv] [COPIES]`
//!
//! Timed: computing each report's features (on both cores) and merging (one batch per
//! source). Not timed: reading the CSV and writing the perturbed copies, which stand in for
//! sources arriving. Printed: seconds, reports per second, incidents, the share of rewritten
//! reports that joined their original's incident, and the peak resident memory.

#[path = "../tests/common/second_source.rs"]
mod second_source;

use std::time::{Duration, Instant};

use truce_core::merge::{Decision, Merger, ReportFeatures};
use truce_core::record::IncidentRecord;
use truce_core::{Registry, SourceText};
use truce_import::ucdp::UcdpReader;

fn features_in_parallel(records: &[IncidentRecord], registry: &Registry) -> Vec<ReportFeatures> {
    let half = records.len().div_ceil(2);
    std::thread::scope(|s| {
        let parts: Vec<_> = records
            .chunks(half.max(1))
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|r| ReportFeatures::of(r, registry))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|p| p.join().expect("no panic"))
            .collect()
    })
}

fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/ucdp-ged-syria/ged_syria_2016-2019_v19.csv"
        )
        .to_owned()
    });
    let copies: usize = std::env::args()
        .nth(2)
        .map_or(59, |c| c.parse().expect("a number of copies"));
    let Ok(file) = std::fs::File::open(&path) else {
        println!("notice: {path} is absent; nothing to measure");
        return;
    };
    let registry_text = include_str!("../../../scenarios/syria-2016/actors.toml");
    let registry =
        Registry::parse(SourceText::new("actors.toml", registry_text)).expect("the registry");
    let originals: Vec<IncidentRecord> = UcdpReader::new(file, &path, &registry)
        .expect("a UCDP file")
        .map(|row| IncidentRecord::from_incident(&row.expect("a row").incident, &registry))
        .collect();

    let mut merger = Merger::new();
    let (mut timed, mut in_features) = (Duration::ZERO, Duration::ZERO);
    let (mut reports, mut paired) = (0usize, 0usize);
    let mut rng = second_source::Rng::new(2019);
    for copy in 0..=copies {
        let batch: Vec<IncidentRecord> = if copy == 0 {
            originals.clone()
        } else {
            let dataset = format!("source{copy:02}");
            originals
                .iter()
                .map(|r| second_source::rewrite(r, &dataset, 1.0, &registry, &mut rng))
                .collect()
        };
        let started = Instant::now();
        let features = features_in_parallel(&batch, &registry);
        let featured = started.elapsed();
        let decisions = merger.offer_batch(features);
        timed += started.elapsed();
        in_features += featured;
        reports += batch.len();
        if copy > 0 {
            paired += batch
                .iter()
                .zip(&decisions)
                .filter(|(r, d)| match d {
                    Decision::Join { incident, .. } => {
                        incident.split_once(':').map(|(_, n)| n)
                            == r.id.split_once(':').map(|(_, n)| n)
                    }
                    Decision::Found => false,
                })
                .count();
        }
    }
    let secs = timed.as_secs_f64();
    println!(
        "merged {reports} reports ({} UCDP events, {copies} rewritten sources) in {secs:.2} s ({:.0} reports/s) into {} incidents",
        originals.len(),
        reports as f64 / secs,
        merger.len()
    );
    println!(
        "of which features {:.2} s (2 threads), merging {:.2} s (comparisons on 2 threads, assignment on 1)",
        in_features.as_secs_f64(),
        secs - in_features.as_secs_f64()
    );
    println!(
        "rewritten reports that joined their original's incident: {:.1}%",
        100.0 * paired as f64 / (reports - originals.len()).max(1) as f64
    );
    if let Some(mb) = peak_rss_mb() {
        println!("peak resident memory: {mb:.0} MB");
    }
}
