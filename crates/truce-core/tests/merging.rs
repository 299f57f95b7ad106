//! Merging and reconciling as data: which report pairs can be one incident (and why not),
//! how figures reconcile, and how incidents are graded.

use jiff::civil::Date;
use truce_core::event::SubEventType;
use truce_core::merge::{Decision, Merger, Mismatch, ReportFeatures, compare};
use truce_core::reconcile::{Grade, SourceReliability, combine, figures, grade};
use truce_core::record::{ActorRecord, IncidentRecord};
use truce_core::when::DatePrecision;
use truce_core::{Attribution, Fatalities, Place, Registry, Role, SourceRef, SourceText};

const REGISTRY: &str = r#"
format = 1

[[actor]]
id = "gov"
name = "Government of Syria"
kind = "state_force"

[[actor]]
id = "russia"
name = "Military Forces of Russia"
kind = "state_force"
affiliation = "gov"

[[actor]]
id = "fsa"
name = "Free Syrian Army"
kind = "rebel_group"

[[actor]]
id = "isil"
name = "Islamic State"
kind = "excluded_group"

[[actor]]
id = "civilians"
name = "Civilians"
kind = "civilians"
"#;

fn registry() -> Registry {
    Registry::parse(SourceText::new("registry.toml", REGISTRY)).unwrap_or_else(|d| panic!("{d}"))
}

fn day(s: &str) -> Date {
    s.parse().unwrap()
}

/// A report: `id`, day, precision, (lat, lon) and geo precision, sub-event, actors
/// (id, role, attribution), best toll, source name.
#[derive(Debug, Clone)]
struct R {
    id: &'static str,
    days: (&'static str, &'static str),
    precision: DatePrecision,
    at: Option<(f64, f64)>,
    geo: u8,
    admin1: Option<&'static str>,
    name: Option<&'static str>,
    sub: SubEventType,
    actors: &'static [(&'static str, Role, Attribution)],
    deaths: Option<(u32, u32, u32)>,
    source: Option<&'static str>,
    denial: bool,
}

const BASE: R = R {
    id: "doc:a#0-10",
    days: ("2016-03-05", "2016-03-05"),
    precision: DatePrecision::Day,
    at: Some((36.20, 37.16)),
    geo: 1,
    admin1: Some("SY02"),
    name: Some("Aleppo"),
    sub: SubEventType::AirDroneStrike,
    actors: &[("russia", Role::Perpetrator, Attribution::Known)],
    deaths: Some((10, 12, 15)),
    source: Some("SOHR"),
    denial: false,
};

impl R {
    fn record(&self) -> IncidentRecord {
        IncidentRecord {
            id: self.id.to_owned(),
            event_type: self.sub.event_type().name().to_owned(),
            sub_event_type: self.sub,
            date_start: Some(day(self.days.0)),
            date_end: Some(day(self.days.1)),
            date_precision: Some(self.precision),
            location: Place {
                name: self.name.map(str::to_owned),
                lat: self.at.map(|a| a.0),
                lon: self.at.map(|a| a.1),
                country: Some("SY".to_owned()),
                admin1: self.admin1.map(str::to_owned),
                geo_precision: Some(self.geo),
                ..Place::default()
            },
            actors: self
                .actors
                .iter()
                .map(|(id, role, attribution)| ActorRecord {
                    name: id.to_string(),
                    actor_id: Some(id.to_string()),
                    members: vec![],
                    role: *role,
                    attribution: *attribution,
                })
                .collect(),
            fatalities: self
                .deaths
                .map_or(Fatalities::default(), |(l, b, h)| Fatalities {
                    low: Some(l),
                    best: Some(b),
                    high: Some(h),
                }),
            sources: vec![SourceRef {
                external_id: self.id.to_owned(),
                name: self.source.map(str::to_owned),
            }],
            self_defence_claimed: false,
            denial: self.denial,
            protected: false,
        }
    }
}

#[test]
fn which_reports_can_be_one_incident() {
    let registry = registry();
    // (rule, first report, second report, expected: Ok(minimum score) or the mismatch)
    let cases: Vec<(&str, R, R, Result<f64, Mismatch>)> = vec![
        (
            "the same strike from two wires",
            BASE,
            R {
                id: "doc:b#5-40",
                source: Some("AFP"),
                ..BASE
            },
            Ok(13.0),
        ),
        (
            "a related actor (Russia fights for the government) is no contradiction",
            BASE,
            R {
                id: "doc:b#1-2",
                actors: &[("gov", Role::Perpetrator, Attribution::Suspected)],
                ..BASE
            },
            Ok(10.0),
        ),
        (
            "an unnamed perpetrator contradicts no one",
            BASE,
            R {
                id: "doc:b#1-2",
                actors: &[],
                ..BASE
            },
            Ok(9.0),
        ),
        (
            "two rows of one dataset are two events",
            R {
                id: "ucdp:1",
                ..BASE
            },
            R {
                id: "ucdp:2",
                ..BASE
            },
            Err(Mismatch::SameDataset),
        ),
        (
            "rows of two datasets may be one event",
            R {
                id: "ucdp:1",
                ..BASE
            },
            R {
                id: "acled:SYR1",
                ..BASE
            },
            Ok(13.0),
        ),
        (
            "a day apart, both exact",
            BASE,
            R {
                id: "doc:b#1-2",
                days: ("2016-03-06", "2016-03-06"),
                ..BASE
            },
            Err(Mismatch::DaysApart { days: 1 }),
        ),
        (
            "ACLED's week precision reaches three days either side",
            BASE,
            R {
                id: "doc:b#1-2",
                days: ("2016-03-08", "2016-03-08"),
                precision: DatePrecision::Week,
                ..BASE
            },
            Ok(7.0),
        ),
        (
            "but not four",
            BASE,
            R {
                id: "doc:b#1-2",
                days: ("2016-03-09", "2016-03-09"),
                precision: DatePrecision::Week,
                ..BASE
            },
            Err(Mismatch::DaysApart { days: 1 }),
        ),
        (
            "month precision covers the month",
            BASE,
            R {
                id: "doc:b#1-2",
                days: ("2016-03-15", "2016-03-15"),
                precision: DatePrecision::Month,
                ..BASE
            },
            Ok(6.0),
        ),
        (
            "too far apart for exact places (20 km)",
            BASE,
            R {
                id: "doc:b#1-2",
                at: Some((36.38, 37.16)),
                ..BASE
            },
            Err(Mismatch::PlacesApart { km: 20.02 }),
        ),
        (
            "near a place (precision 2) reaches further",
            BASE,
            R {
                id: "doc:b#1-2",
                at: Some((36.38, 37.16)),
                geo: 2,
                ..BASE
            },
            Ok(9.0),
        ),
        (
            "a region compares by governorate",
            BASE,
            R {
                id: "doc:b#1-2",
                at: Some((36.0, 37.5)),
                geo: 3,
                ..BASE
            },
            Ok(10.0),
        ),
        (
            "a region in another governorate",
            BASE,
            R {
                id: "doc:b#1-2",
                at: Some((35.0, 37.5)),
                geo: 3,
                admin1: Some("SY07"),
                ..BASE
            },
            Err(Mismatch::DifferentAreas),
        ),
        (
            "no coordinates: the same place name",
            BASE,
            R {
                id: "doc:b#1-2",
                at: None,
                ..BASE
            },
            Ok(11.0),
        ),
        (
            "no coordinates, another name, the same governorate",
            BASE,
            R {
                id: "doc:b#1-2",
                at: None,
                name: Some("Anadan"),
                ..BASE
            },
            Ok(10.0),
        ),
        (
            "nothing places it",
            BASE,
            R {
                id: "doc:b#1-2",
                at: None,
                name: None,
                admin1: None,
                ..BASE
            },
            Err(Mismatch::PlaceUnknown),
        ),
        (
            "an air strike on civilians is one event for two coders",
            BASE,
            R {
                id: "doc:b#1-2",
                sub: SubEventType::Attack,
                actors: &[("gov", Role::Perpetrator, Attribution::Known)],
                ..BASE
            },
            Ok(9.0),
        ),
        (
            "a protest is not a battle",
            R {
                sub: SubEventType::ArmedClash,
                ..BASE
            },
            R {
                id: "doc:b#1-2",
                sub: SubEventType::PeacefulProtest,
                ..BASE
            },
            Err(Mismatch::EventTypes),
        ),
        (
            "different perpetrators, unrelated",
            BASE,
            R {
                id: "doc:b#1-2",
                actors: &[("isil", Role::Perpetrator, Attribution::Claimed)],
                ..BASE
            },
            Err(Mismatch::ActorsContradict),
        ),
        (
            "the victims named beside a perpetrator contradict no one",
            R {
                actors: &[("civilians", Role::Target, Attribution::Known)],
                ..BASE
            },
            R {
                id: "doc:b#1-2",
                actors: &[("isil", Role::Perpetrator, Attribution::Claimed)],
                ..BASE
            },
            Ok(8.0),
        ),
        (
            "the same victims do not make different perpetrators one",
            R {
                actors: &[
                    ("russia", Role::Perpetrator, Attribution::Known),
                    ("civilians", Role::Target, Attribution::Known),
                ],
                ..BASE
            },
            R {
                id: "doc:b#1-2",
                actors: &[
                    ("isil", Role::Perpetrator, Attribution::Claimed),
                    ("civilians", Role::Target, Attribution::Known),
                ],
                ..BASE
            },
            Err(Mismatch::ActorsContradict),
        ),
    ];
    for (rule, a, b, expected) in cases {
        let got = compare(
            &ReportFeatures::of(&a.record(), &registry),
            &ReportFeatures::of(&b.record(), &registry),
        );
        match (&got, &expected) {
            (Ok(evidence), Ok(min)) => assert!(
                evidence.score >= *min,
                "{rule}: score {} below {min} ({evidence:?})",
                evidence.score
            ),
            (Err(m), Err(e)) => assert_eq!(m, e, "{rule}"),
            _ => panic!("{rule}: got {got:?}, expected {expected:?}"),
        }
    }
}

#[test]
fn the_merger_joins_the_best_match_and_founds_the_rest() {
    let registry = registry();
    let features = |r: R| ReportFeatures::of(&r.record(), &registry);
    let mut merger = Merger::new();
    assert_eq!(merger.offer(features(BASE)), Decision::Found);
    // Another strike the same day 30 km away founds its own incident.
    let far = R {
        id: "doc:c#0-9",
        at: Some((36.47, 37.16)),
        ..BASE
    };
    assert_eq!(merger.offer(features(far)), Decision::Found);
    // A wire near the first joins it, and says why.
    let near = R {
        id: "doc:d#0-9",
        at: Some((36.21, 37.17)),
        source: Some("AFP"),
        ..BASE
    };
    match merger.offer(features(near)) {
        Decision::Join { incident, evidence } => {
            assert_eq!(incident, "doc:a#0-10");
            assert!(evidence.is_confident(), "{evidence:?}");
            assert_eq!(
                evidence.shared_actors, 2,
                "russia and the side it fights for"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(merger.len(), 2);
}

#[test]
fn a_batch_gives_each_incident_one_row_per_dataset() {
    let registry = registry();
    let features = |r: R| ReportFeatures::of(&r.record(), &registry);
    let mut merger = Merger::new();
    // Two UCDP events at one place on one day, 12 and 40 dead.
    merger.offer(features(R {
        id: "ucdp:1",
        deaths: Some((12, 12, 12)),
        ..BASE
    }));
    merger.offer(features(R {
        id: "ucdp:2",
        deaths: Some((40, 40, 40)),
        ..BASE
    }));
    // ACLED's two rows, listed the other way round: each goes to its own event.
    let decisions = merger.offer_batch(vec![
        features(R {
            id: "acled:B",
            deaths: Some((38, 38, 38)),
            ..BASE
        }),
        features(R {
            id: "acled:A",
            deaths: Some((11, 11, 11)),
            ..BASE
        }),
    ]);
    let joined: Vec<&str> = decisions
        .iter()
        .map(|d| match d {
            Decision::Join { incident, .. } => incident.as_str(),
            Decision::Found => "founded",
        })
        .collect();
    assert_eq!(joined, ["ucdp:2", "ucdp:1"]);
}

#[test]
fn figures_reconcile_without_double_counting() {
    let reliability = SourceReliability::parse(SourceText::new(
        "sources.toml",
        "format = 1\n[[source]]\nname = \"SANA\"\nreliability = \"unreliable\"\n",
    ))
    .unwrap();
    let r = |id, source, deaths| {
        R {
            id,
            source,
            deaths,
            ..BASE
        }
        .record()
    };
    // (rule, reports, expected low/best/high, conflict)
    type Case = (&'static str, Vec<IncidentRecord>, (u32, u32, u32), bool);
    let cases: Vec<Case> = vec![
        (
            "one source",
            vec![r("doc:a#1-2", Some("SOHR"), Some((10, 12, 15)))],
            (10, 12, 15),
            false,
        ),
        (
            "two wires quoting SOHR are one source: its largest figures",
            vec![
                r("doc:a#1-2", Some("SOHR via AFP"), Some((10, 12, 15))),
                r("doc:b#1-2", Some("SOHR via Reuters"), Some((11, 11, 11))),
            ],
            (11, 12, 15),
            false,
        ),
        (
            "independent sources: largest low, largest high, median best",
            vec![
                r("doc:a#1-2", Some("SOHR"), Some((10, 12, 15))),
                r("doc:b#1-2", Some("White Helmets"), Some((14, 16, 20))),
                r("doc:c#1-2", Some("AFP"), Some((9, 9, 9))),
            ],
            (14, 14, 20),
            false,
        ),
        (
            "an unreliable source is not counted beside a credible one",
            vec![
                r("doc:a#1-2", Some("SOHR"), Some((10, 12, 15))),
                r("doc:b#1-2", Some("SANA"), Some((90, 90, 90))),
            ],
            (10, 12, 15),
            false,
        ),
        (
            "a toll that doubles another's is a conflict",
            vec![
                r("doc:a#1-2", Some("SOHR"), Some((10, 12, 15))),
                r("doc:b#1-2", Some("AFP"), Some((30, 30, 30))),
            ],
            (30, 30, 30),
            true,
        ),
        (
            "small tolls do not conflict",
            vec![
                r("doc:a#1-2", Some("SOHR"), Some((1, 1, 1))),
                r("doc:b#1-2", Some("AFP"), Some((3, 3, 3))),
            ],
            (3, 3, 3),
            false,
        ),
    ];
    for (rule, reports, (low, best, high), conflict) in cases {
        let f = figures(&reports, &reliability);
        assert_eq!(
            (
                f.fatalities.low,
                f.fatalities.best,
                f.fatalities.high,
                f.conflict
            ),
            (Some(low), Some(best), Some(high), conflict),
            "{rule}"
        );
    }
}

#[test]
fn incidents_are_graded_on_the_airwars_scale() {
    let reliability = SourceReliability::parse(SourceText::new(
        "sources.toml",
        "format = 1\n[[source]]\nname = \"Hotline\"\nreliability = \"unreliable\"\n\
         [[source]]\nname = \"Amaq\"\nreliability = \"unreliable\"\n",
    ))
    .unwrap();
    let claimed: &[(&str, Role, Attribution)] =
        &[("isil", Role::Perpetrator, Attribution::Claimed)];
    let r = |id, source| R { id, source, ..BASE };
    // (rule, reports, grade, words of the reason)
    let cases: Vec<(&str, Vec<R>, Grade, &str)> = vec![
        (
            "a single source",
            vec![r("doc:a#1-2", Some("SOHR"))],
            Grade::Weak,
            "single source: SOHR",
        ),
        (
            "two wires quoting one monitor are still one source",
            vec![
                r("doc:a#1-2", Some("SOHR via AFP")),
                r("doc:b#1-2", Some("SOHR via Reuters")),
            ],
            Grade::Weak,
            "SOHR",
        ),
        (
            "two independent sources",
            vec![r("doc:a#1-2", Some("SOHR")), r("ucdp:7", None)],
            Grade::Fair,
            "SOHR, ucdp",
        ),
        (
            "a claim of responsibility",
            vec![R {
                actors: claimed,
                ..r("doc:a#1-2", Some("Amaq"))
            }],
            Grade::Confirmed,
            "isil accepted responsibility",
        ),
        (
            "a claim while others name someone else",
            vec![
                R {
                    actors: claimed,
                    ..r("doc:a#1-2", Some("Amaq"))
                },
                r("doc:b#1-2", Some("SOHR")),
            ],
            Grade::Contested,
            "other sources name russia",
        ),
        (
            "a denial",
            vec![
                r("doc:a#1-2", Some("SOHR")),
                R {
                    denial: true,
                    ..r("report:9", Some("Russian MoD"))
                },
            ],
            Grade::Contested,
            "denied by russia",
        ),
        (
            "only an unreliable source",
            vec![r("report:1", Some("Hotline"))],
            Grade::Discounted,
            "unreliable: Hotline",
        ),
    ];
    for (rule, reports, expected, words) in cases {
        let records: Vec<IncidentRecord> = reports.iter().map(R::record).collect();
        let v = grade(&records, &reliability);
        assert_eq!(v.grade, expected, "{rule}: {v:?}");
        assert!(
            v.reason.contains(words),
            "{rule}: `{}` lacks `{words}`",
            v.reason
        );
    }
}

#[test]
fn a_combined_incident_takes_the_most_precise_report_and_every_source() {
    let vague = R {
        id: "doc:b#1-2",
        geo: 2,
        at: Some((36.21, 37.17)),
        precision: DatePrecision::Week,
        actors: &[("civilians", Role::Target, Attribution::Known)],
        deaths: Some((20, 20, 20)),
        source: Some("AFP"),
        ..BASE
    };
    let denial = R {
        id: "report:1",
        denial: true,
        deaths: Some((0, 0, 0)),
        source: Some("Russian MoD"),
        ..BASE
    };
    let reports = [vague.record(), BASE.record(), denial.record()];
    let c = combine("doc:a#0-10", &reports, &SourceReliability::default());
    assert_eq!(c.id, "doc:a#0-10");
    assert_eq!(c.location.geo_precision, Some(1), "the exact place");
    assert_eq!(c.date_precision, Some(DatePrecision::Day));
    let actors: Vec<(&str, Role)> = c
        .actors
        .iter()
        .map(|a| (a.actor_id.as_deref().unwrap(), a.role))
        .collect();
    assert_eq!(
        actors,
        [("civilians", Role::Target), ("russia", Role::Perpetrator)]
    );
    assert_eq!(c.sources.len(), 3);
    assert_eq!(
        (c.fatalities.low, c.fatalities.best, c.fatalities.high),
        (Some(20), Some(20), Some(20)),
        "low 20 (AFP); best, the lower median 12, raised to the low bound; the denial counts no one"
    );
    assert!(!c.denial);
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    const MARCH: [&str; 31] = [
        "2016-03-01",
        "2016-03-02",
        "2016-03-03",
        "2016-03-04",
        "2016-03-05",
        "2016-03-06",
        "2016-03-07",
        "2016-03-08",
        "2016-03-09",
        "2016-03-10",
        "2016-03-11",
        "2016-03-12",
        "2016-03-13",
        "2016-03-14",
        "2016-03-15",
        "2016-03-16",
        "2016-03-17",
        "2016-03-18",
        "2016-03-19",
        "2016-03-20",
        "2016-03-21",
        "2016-03-22",
        "2016-03-23",
        "2016-03-24",
        "2016-03-25",
        "2016-03-26",
        "2016-03-27",
        "2016-03-28",
        "2016-03-29",
        "2016-03-30",
        "2016-03-31",
    ];

    /// A report anywhere in Syria in March 2016, of any kind and precision.
    fn report() -> impl Strategy<Value = R> {
        (
            0u32..31,
            0u32..3,
            prop::option::of((32.5f64..37.0, 35.8f64..42.0)),
            1u8..=3,
            prop::sample::select(vec![
                SubEventType::AirDroneStrike,
                SubEventType::Attack,
                SubEventType::ArmedClash,
                SubEventType::PeacefulProtest,
            ]),
            prop::sample::select(vec!["ucdp:1", "acled:2", "doc:x#1-2", "report:k"]),
            prop::option::of(0u32..200),
        )
            .prop_map(|(day, extra, at, geo, sub, id, best)| {
                let end = (day + extra).min(30) as usize;
                R {
                    id,
                    days: (MARCH[day as usize], MARCH[end]),
                    precision: if extra == 0 {
                        DatePrecision::Day
                    } else {
                        DatePrecision::Days
                    },
                    at,
                    geo,
                    sub,
                    deaths: best.map(|b| (b, b, b)),
                    ..BASE
                }
            })
    }

    proptest! {
        /// Whether two reports can be one incident does not depend on which is the lead.
        #[test]
        fn compatibility_is_symmetric(a in report(), b in report()) {
            let registry = registry();
            let (fa, fb) = (ReportFeatures::of(&a.record(), &registry), ReportFeatures::of(&b.record(), &registry));
            prop_assert_eq!(compare(&fa, &fb).is_ok(), compare(&fb, &fa).is_ok());
        }

        /// The same report from another dataset is always the same incident, and a confident one.
        #[test]
        fn a_report_matches_itself_from_elsewhere(a in report()) {
            let registry = registry();
            let b = R { id: "second:9", ..a.clone() };
            let a_id = if a.id == "second:9" { "ucdp:1" } else { a.id };
            let a = R { id: a_id, ..a };
            let evidence = compare(
                &ReportFeatures::of(&a.record(), &registry),
                &ReportFeatures::of(&b.record(), &registry),
            );
            prop_assert!(evidence.as_ref().is_ok_and(|e| e.score >= truce_core::merge::CONFIDENT_SCORE), "{:?}", evidence);
        }
    }
}
