//! Merging real news: FA-KES articles (../shared/data/news-fakes/fa-kes-dev.csv; the texts
//! stay in ../shared) about the same event — annotated with the same date, place and cause —
//! should become one incident, and their tolls reconcile without being added. Each
//! article's lead incident is extracted and offered to the merger as a report of its outlet.
//! Printed: pairs of same-event articles merged, pairs merged across annotated events, and
//! the figures of the merged incidents beside their articles'.

use std::collections::{BTreeMap, HashMap};

use truce_core::merge::{Decision, Merger, ReportFeatures};
use truce_core::reconcile::{SourceReliability, figures};
use truce_core::record::IncidentRecord;
use truce_core::{Registry, SourceText};
use truce_extract::{Document, Extractor};

fn fakes() -> Option<csv::Reader<std::fs::File>> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/news-fakes/fa-kes-dev.csv"
    );
    match csv::Reader::from_path(path) {
        Ok(r) => Some(r),
        Err(_) => {
            println!("notice: {path} is absent; skipping the FA-KES merging test");
            None
        }
    }
}

/// An article's annotated event: date, governorate as written, cause.
type Event = (String, String, String);

#[test]
fn articles_about_one_event_merge_and_their_tolls_reconcile() {
    let Some(mut reader) = fakes() else { return };
    let registry_text = include_str!("../../../scenarios/syria-2016/actors.toml");
    let registry =
        Registry::parse(SourceText::new("actors.toml", registry_text)).expect("the registry");
    let places = truce_places::shipped();
    let extractor = Extractor::new(&registry, &places.gazetteer);
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (id_col, text_col, source_col, date_col, loc_col, cause_col) = (
        col("unit_id"),
        col("article_content"),
        col("source"),
        col("date_iso"),
        col("location"),
        col("cause_of_death"),
    );

    // Each article's lead incident, as a report of its outlet.
    let mut reports: Vec<(IncidentRecord, Event)> = Vec::new();
    for row in reader.records() {
        let row = row.unwrap();
        let Ok(date) = row[date_col].parse() else {
            continue;
        };
        let outlet = row[source_col].to_owned();
        let candidates = extractor.extract(&Document {
            text: &row[text_col],
            date,
            source: Some(&outlet),
        });
        let Some(lead) = truce_extract::lead(&candidates, date) else {
            continue;
        };
        let document = format!("doc:fakes-{}", &row[id_col]);
        let Some(mut record) = lead.record(format!("news:{}", &row[id_col]), &document, date)
        else {
            continue;
        };
        for s in &mut record.sources {
            if s.name.is_none() {
                s.name = Some(outlet.clone());
            }
        }
        let event = (
            row[date_col].to_owned(),
            row[loc_col].trim().to_lowercase(),
            row[cause_col].trim().to_lowercase(),
        );
        reports.push((record, event));
    }
    reports.sort_by(|a, b| {
        a.0.date_start
            .cmp(&b.0.date_start)
            .then(a.0.id.cmp(&b.0.id))
    });

    let mut merger = Merger::new();
    let decisions = merger.offer_batch(
        reports
            .iter()
            .map(|(r, _)| ReportFeatures::of(r, &registry))
            .collect(),
    );
    let incident_of: Vec<String> = reports
        .iter()
        .zip(&decisions)
        .map(|((r, _), d)| match d {
            Decision::Join { incident, .. } => incident.clone(),
            Decision::Found => r.id.clone(),
        })
        .collect();

    // Pairs of articles: annotated as one event, and placed in one incident.
    let (mut same_event, mut same_event_merged, mut merged, mut merged_across) = (0, 0, 0, 0);
    let mut across = Vec::new();
    for i in 0..reports.len() {
        for j in i + 1..reports.len() {
            let one_event = reports[i].1 == reports[j].1;
            let one_incident = incident_of[i] == incident_of[j];
            same_event += usize::from(one_event);
            same_event_merged += usize::from(one_event && one_incident);
            merged += usize::from(one_incident);
            if one_incident && !one_event {
                merged_across += 1;
                if across.len() < 6 {
                    across.push(format!("{:?} with {:?}", reports[i].1, reports[j].1));
                }
            }
        }
    }
    println!(
        "FA-KES: {} articles with a lead incident; {same_event_merged} of {same_event} same-event pairs merged ({:.1}%); {merged_across} of {merged} merged pairs join articles annotated as different events ({:.1}%)",
        reports.len(),
        100.0 * same_event_merged as f64 / same_event.max(1) as f64,
        100.0 * merged_across as f64 / merged.max(1) as f64,
    );
    for a in &across {
        println!("  merged across annotations: {a}");
    }

    // Tolls: the incident's figures never add its reports' (the same dead, counted once).
    let mut members: BTreeMap<&str, Vec<IncidentRecord>> = BTreeMap::new();
    for ((r, _), inc) in reports.iter().zip(&incident_of) {
        members.entry(inc).or_default().push(r.clone());
    }
    let reliability = SourceReliability::default();
    let mut shown = 0;
    let mut conflicts = 0;
    for (inc, rs) in members.iter().filter(|(_, rs)| rs.len() > 1) {
        let f = figures(rs, &reliability);
        let bests: Vec<u32> = rs.iter().filter_map(|r| r.fatalities.best).collect();
        let (max_best, max_low, sum) = (
            bests.iter().max().copied(),
            // A report giving one figure gives its lower bound too.
            rs.iter()
                .filter_map(|r| r.fatalities.low.or(r.fatalities.best))
                .max(),
            bests.iter().sum::<u32>(),
        );
        assert!(
            f.fatalities.best <= max_best,
            "{inc}: {f:?} above every report's"
        );
        assert_eq!(
            f.fatalities.low, max_low,
            "{inc}: low is the largest lower bound"
        );
        conflicts += usize::from(f.conflict);
        if shown < 5 && bests.len() > 1 {
            shown += 1;
            println!(
                "  {inc}: reports say {bests:?} (sum {sum}); reconciled low {:?} best {:?} high {:?}{}",
                f.fatalities.low,
                f.fatalities.best,
                f.fatalities.high,
                if f.conflict { ", conflict flagged" } else { "" }
            );
        }
    }
    println!("  {conflicts} merged incidents flag a toll conflict");
    let by_incident: HashMap<&String, usize> =
        incident_of.iter().fold(HashMap::new(), |mut m, i| {
            *m.entry(i).or_default() += 1;
            m
        });
    println!(
        "  {} incidents from {} reports",
        by_incident.len(),
        reports.len()
    );
    // Merging finds events: a merged pair is about one annotated event hundreds of times
    // more often than a pair drawn at random. (FA-KES annotates each article with its own
    // publication date, so a story told over two days counts as two events here: the rates
    // printed above understate what merged correctly.)
    let pairs = reports.len() * (reports.len() - 1) / 2;
    let chance = same_event as f64 / pairs as f64;
    let precision = (merged - merged_across) as f64 / merged.max(1) as f64;
    println!(
        "  a merged pair is one annotated event {:.0}× more often than a random pair",
        precision / chance
    );
    assert!(same_event_merged > 0 && precision > 100.0 * chance);
}
