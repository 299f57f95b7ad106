//! The seed article (an AFP wire of 22 February 2016, read from ../shared/seed: article texts
//! are never part of the repository) must yield what BRIEF.md lists.

use std::path::Path;

use truce_core::{Attribution, Registry, Role, SourceText};
use truce_extract::{Candidate, Document, Extractor, Kind};

fn registry() -> Registry {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/syria-2016/actors.toml");
    let text = std::fs::read_to_string(path).unwrap();
    Registry::parse(SourceText::new("actors.toml", &text)).unwrap_or_else(|e| panic!("{e}"))
}

fn seed() -> Option<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/000_73ad4ff29f6cd88a.txt");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            println!(
                "notice: {} is absent; skipping the seed article",
                path.display()
            );
            None
        }
    }
}

fn day(s: &str) -> jiff::civil::Date {
    s.parse().unwrap()
}

#[test]
fn the_seed_article_yields_what_the_brief_lists() {
    let Some(text) = seed() else { return };
    let registry = registry();
    let places = truce_places::shipped();
    let extractor = Extractor::new(&registry, &places.gazetteer);
    let found = extractor.extract(&Document {
        text: &text,
        date: day("2016-02-22"),
        source: Some("AFP"),
    });
    let of_kind = |k: Kind| found.iter().filter(move |c| c.kind == k);
    let span_text = |e: [usize; 2]| {
        text.chars()
            .skip(e[0])
            .take(e[1] - e[0])
            .collect::<String>()
    };

    // Suicide bombings near the shrine outside Damascus (Sayyida Zaynab, Rif Dimashq) and in
    // Homs, 21 Feb, at least 179 killed, SOHR via AFP, a jihadist perpetrator left unnamed.
    let bombing: &Candidate = of_kind(Kind::Incident)
        .find(|c| c.sub_event_type == Some("Suicide bomb"))
        .expect("the suicide bombings");
    assert_eq!(
        (bombing.date_start, bombing.date_end),
        (Some(day("2016-02-21")), Some(day("2016-02-21")))
    );
    let shrine = bombing.location.as_ref().expect("a place");
    assert!(shrine.name.contains("Zeinab"), "{shrine:?}");
    assert_eq!(shrine.admin1.as_deref(), Some("SY03"), "Rif Dimashq");
    assert_eq!(shrine.geo_precision, 2, "outside Damascus, near the shrine");
    assert!(
        bombing.other_locations.iter().any(|l| l.name == "Homs"),
        "{:?}",
        bombing.other_locations
    );
    let toll = bombing.fatalities.expect("a toll");
    assert_eq!((toll.low, toll.best), (Some(179), Some(179)));
    assert_eq!(
        span_text(bombing.evidence.fatalities.unwrap()),
        "killed at least 179 people"
    );
    let chain: Vec<&str> = bombing.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(chain, ["Syrian Observatory for Human Rights", "AFP"]);
    let perpetrator = bombing
        .actors
        .iter()
        .find(|a| a.role == Role::Perpetrator)
        .expect("a perpetrator");
    assert!(
        perpetrator.generic,
        "a class, not a named group: {perpetrator:?}"
    );
    assert_eq!(perpetrator.written, "jihadist");
    assert_eq!(perpetrator.attribution, Attribution::Suspected);
    assert!(
        !bombing
            .actors
            .iter()
            .any(|a| a.actor_id == "isil" || a.actor_id == "nusra"),
        "no named group by guess"
    );

    // Fighting near Aleppo today, fatalities unknown.
    let fighting = of_kind(Kind::Incident)
        .find(|c| c.sub_event_type == Some("Armed clash"))
        .expect("the fighting near Aleppo");
    assert_eq!(fighting.date_start, Some(day("2016-02-22")));
    let aleppo = fighting.location.as_ref().unwrap();
    assert_eq!((aleppo.name.as_str(), aleppo.geo_precision), ("Aleppo", 2));
    assert_eq!(fighting.fatalities, None);

    // The allegation: Russian air strikes since September 2015 on non-jihadist rebels.
    let allegation = of_kind(Kind::Allegation).next().expect("the allegation");
    assert_eq!(allegation.sub_event_type, Some("Air/drone strike"));
    assert_eq!(allegation.date_start, Some(day("2015-09-01")));
    assert_eq!(allegation.date_end, Some(day("2016-02-22")));
    let accused = allegation
        .actors
        .iter()
        .find(|a| a.role == Role::Perpetrator)
        .unwrap();
    assert_eq!(
        (accused.actor_id.as_str(), accused.attribution),
        ("russia", Attribution::Accused)
    );
    assert!(
        allegation
            .actors
            .iter()
            .any(|a| a.role == Role::Target && a.actor_id == "opposition-rebels")
    );

    // Timeline facts, each a diplomatic candidate with its date.
    let diplomatic: Vec<&Candidate> = of_kind(Kind::Diplomatic).collect();
    let dated = |needle: &str, start: &str| {
        diplomatic
            .iter()
            .any(|c| c.text.contains(needle) && c.date_start == Some(day(start)))
    };
    assert!(
        dated("announced the deal", "2016-02-21"),
        "the provisional agreement announced 21 Feb"
    );
    assert!(
        dated("Munich", "2016-02-01"),
        "the Munich announcement earlier this month"
    );
    assert!(
        dated("failed to take hold", "2016-02-19"),
        "the failed start on Friday 19 Feb"
    );
    assert!(
        dated("scheduled to resume", "2016-02-25"),
        "the talks once set for 25 Feb"
    );
    assert!(dated("Riyadh", "2016-02-22"), "the HNC meeting in Riyadh");

    // Nothing else is taken for an incident.
    assert_eq!(
        of_kind(Kind::Incident).count(),
        2,
        "{:#?}",
        of_kind(Kind::Incident).collect::<Vec<_>>()
    );
}
