//! Evaluation on FA-KES (../shared/data/news-fakes/fa-kes-dev.csv: 486 annotated news articles
//! about the Syrian war; the texts stay in ../shared, never in the repository).
//!
//! `cargo run --release -p truce-extract --example eval_fakes [FILE]`
//!
//! For each article, the main incident is the first `incident` candidate placed in Syria (the
//! story's lead; else the first incident). Printed: a candidate found; the governorate of the
//! main incident (its own place, else the story's setting, else the governorate the article's
//! candidates name most) against the annotated `location` — FA-KES has no Rural Damascus
//! label, its `damascus` covers both SY01 and SY03; cause (sub-event family) against
//! `cause_of_death`, with a confusion table; civilian toll (best) against `nb_civilians`.

use std::collections::BTreeMap;

use truce_core::{Registry, SourceText};
use truce_extract::{Candidate, Document, Extractor};
use truce_import::admin::governorate_pcode;

const CAUSES: [&str; 6] = [
    "shelling",
    "explosion",
    "chemical and toxic gases",
    "shooting",
    "execution",
    "unknown",
];

/// Our sub-event types as FA-KES's causes of death.
fn cause(c: &Candidate, text: &str) -> &'static str {
    let event_words = c
        .evidence
        .event
        .map(|[s, e]| {
            text.chars()
                .skip(s)
                .take(e - s)
                .collect::<String>()
                .to_lowercase()
        })
        .unwrap_or_default();
    match c.sub_event_type {
        Some("Air/drone strike" | "Shelling/artillery/missile attack") => "shelling",
        Some("Suicide bomb" | "Remote explosive/landmine/IED" | "Grenade") => "explosion",
        Some("Chemical weapon") => "chemical and toxic gases",
        Some("Attack") if event_words.starts_with("execut") => "execution",
        Some("Attack" | "Armed clash") => "shooting",
        _ => "unknown",
    }
}

/// The characters `[start, end)` of `text` (evidence spans count characters).
fn span(text: &str, [start, end]: [usize; 2]) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn main() {
    // `--errors` prints each article the figures count as wrong, with what was read.
    let show_errors = std::env::args().any(|a| a == "--errors");
    let path = std::env::args()
        .skip(1)
        .find(|a| a != "--errors")
        .unwrap_or_else(|| {
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../../shared/data/news-fakes/fa-kes-dev.csv"
            )
            .to_owned()
        });
    let Ok(mut reader) = csv::Reader::from_path(&path) else {
        println!("notice: {path} is absent; nothing to evaluate");
        return;
    };
    let registry_text = include_str!("../../../scenarios/syria-2016/actors.toml");
    let registry =
        Registry::parse(SourceText::new("actors.toml", registry_text)).expect("the registry");
    let places = truce_places::shipped();
    let extractor = Extractor::new(&registry, &places.gazetteer);
    let header = reader.headers().expect("a header").clone();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .expect("a FA-KES column")
    };
    let (text_col, date_col, loc_col, cause_col, civ_col) = (
        col("article_content"),
        col("date_iso"),
        col("location"),
        col("cause_of_death"),
        col("nb_civilians"),
    );
    let (mut articles, mut found, mut governorate, mut cause_ok, mut toll_ok) = (0, 0, 0, 0, 0);
    let mut confusion: BTreeMap<(String, &str), usize> = BTreeMap::new();
    let started = std::time::Instant::now();
    let mut bytes = 0;
    for row in reader.records() {
        let row = row.expect("a CSV row");
        let text = &row[text_col];
        bytes += text.len();
        let Ok(date) = row[date_col].parse() else {
            continue;
        };
        articles += 1;
        let candidates = extractor.extract(&Document {
            text,
            date,
            source: None,
        });
        // Without a placed incident, the governorate the article's candidates name most
        // stands for it.
        let most_named = || {
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for a in candidates
                .iter()
                .filter_map(|c| c.location.as_ref()?.admin1.as_deref())
            {
                *counts.entry(a).or_default() += 1;
            }
            counts
                .into_iter()
                .max_by_key(|(_, n)| *n)
                .map(|(a, _)| a.to_owned())
        };
        let main = truce_extract::lead(&candidates, date);
        let article_governorate = most_named();
        let gold_cause = row[cause_col].trim().to_lowercase();
        let ours = main.map_or("unknown", |c| cause(c, text));
        *confusion.entry((gold_cause.clone(), ours)).or_default() += 1;
        cause_ok += usize::from(gold_cause == ours);
        if show_errors && gold_cause != ours {
            println!(
                "cause {}: gold {gold_cause}, ours {ours} ({:?}, event words {:?})",
                &row[0],
                main.and_then(|c| c.sub_event_type),
                main.and_then(|c| c.evidence.event).map(|s| span(text, s)),
            );
        }
        let Some(main) = main else { continue };
        found += 1;
        let gold_place = row[loc_col].trim().to_lowercase();
        let ours = main
            .location
            .as_ref()
            .or(main.setting.as_ref())
            .and_then(|l| l.admin1.clone())
            .or(article_governorate);
        // FA-KES has no Rural Damascus label: its `damascus` covers SY01 and SY03.
        let gold = governorate_pcode(&gold_place);
        let governorate_right = ours.is_some()
            && (ours.as_deref() == gold || gold == Some("SY01") && ours.as_deref() == Some("SY03"));
        governorate += usize::from(governorate_right);
        if show_errors && !governorate_right {
            println!(
                "governorate {}: gold {gold_place} {gold:?}, ours {ours:?} from {:?} in {:?}",
                &row[0],
                main.location.as_ref().map(|l| &l.written),
                main.text,
            );
        }
        let gold_civilians: u32 = row[civ_col].trim().parse().unwrap_or(0);
        // Civilians: the toll unless its words say the dead were combatants.
        let ours = match main.victims {
            Some(truce_extract::Victims::Combatants) => 0,
            _ => main.fatalities.and_then(|f| f.best).unwrap_or(0),
        };
        toll_ok += usize::from(gold_civilians == ours);
        if show_errors && gold_civilians != ours {
            println!(
                "toll {}: gold {gold_civilians}, ours {ours} from {:?}",
                &row[0],
                main.evidence.fatalities.map(|s| span(text, s)),
            );
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let pct = |k: usize| 100.0 * k as f64 / articles.max(1) as f64;
    println!(
        "FA-KES dev: {articles} articles, {:.2} MB of text read in {elapsed:.2} s on one thread",
        bytes as f64 / 1e6
    );
    println!(
        "  candidate found              {:5.1}%  (target 90%)",
        pct(found)
    );
    println!(
        "  governorate of main incident {:5.1}%  (target 80%)",
        pct(governorate)
    );
    println!(
        "  cause (sub-event family)     {:5.1}%  (target 70%)",
        pct(cause_ok)
    );
    println!(
        "  civilian toll exact          {:5.1}%  (target 50%)",
        pct(toll_ok)
    );
    println!("  confusion, gold cause (rows) against ours (columns):");
    print!("    {:<26}", "");
    for o in CAUSES {
        print!(" {:>9}", &o[..o.len().min(9)]);
    }
    println!();
    let golds: std::collections::BTreeSet<&String> = confusion.keys().map(|(g, _)| g).collect();
    for g in golds {
        print!("    {g:<26}");
        for o in CAUSES {
            print!(
                " {:>9}",
                confusion.get(&(g.clone(), o)).copied().unwrap_or(0)
            );
        }
        println!();
    }
}
