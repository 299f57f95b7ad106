//! The determination rules as data: each case cites the rule it exercises, the outcome and
//! clauses expected, and a fragment of the reasoning a monitor would read.

use std::sync::Arc;

use jiff::civil::Date;
use truce_core::admin::AdminAreas;
use truce_core::control::{ControlLayer, ControlMap};
use truce_core::event::SubEventType;
use truce_core::when::{DatePrecision, DaySpan};
use truce_core::{
    Agreement, Attribution, Incident, IncidentActor, Outcome, Place, Registry, Role, SourceText,
    determine,
};

const REGISTRY: &str = r#"
format = 1

[[designation_list]]
id = "unsc"
title = "UN Security Council sanctions list"

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
id = "hnc"
name = "High Negotiations Committee"
kind = "political_body"

[[actor]]
id = "fsa"
name = "Free Syrian Army"
kind = "rebel_group"
parent = "hnc"

[[actor]]
id = "brigade"
name = "Suqour al-Sham Brigade"
kind = "rebel_group"
parent = "fsa"

[[actor]]
id = "isil"
name = "Islamic State"
kind = "excluded_group"
designations = [{ list = "unsc", reference = "QDe.115", since = 2004-10-18 }]

[[actor]]
id = "nusra"
name = "Jabhat al-Nusra"
kind = "excluded_group"

[[actor]]
id = "aq-affiliate"
name = "Abdallah Azzam Brigades"
kind = "excluded_group"
designations = [{ list = "unsc", reference = "QDe.144", since = 2014-09-23 }]

[[actor]]
id = "late-listed"
name = "Jaysh Khalid ibn al-Walid"
kind = "excluded_group"
designations = [{ list = "unsc", reference = "QDe.155", since = 2017-08-23 }]

[[actor]]
id = "sdf"
name = "Syrian Democratic Forces"
kind = "rebel_group"

[[actor]]
id = "late"
name = "Late Joiners Brigade"
kind = "rebel_group"

[[actor]]
id = "quitter"
name = "Withdrawn Front"
kind = "rebel_group"

[[actor]]
id = "refuser"
name = "Refusal Army"
kind = "rebel_group"

[[actor]]
id = "unsure"
name = "Unknown Standing Movement"
kind = "militia"

[[actor]]
id = "insurgents"
name = "Syrian insurgents"
kind = "composite"
members = ["fsa", "nusra"]

[[actor]]
id = "civilians"
name = "Civilians (Syria)"
kind = "civilians"

[[actor]]
id = "unidentified"
name = "Unidentified Armed Group (Syria)"
kind = "unidentified"
"#;

const TERMS: &str = r#"
format = 1
registry = "registry.toml"

[agreement]
id = "test-coh"
title = "Test cessation"
time_zone = "Asia/Damascus"
co_chairs = ["russia"]

[[version]]
id = "v1"
adopted = "2016-02-22"
acceptance_deadline = "2016-02-26T12:00:00[Asia/Damascus]"
commencement = "2016-02-27T00:00:00[Asia/Damascus]"
scope = { countries = ["SY"] }
exclusion = [
  { actor = "nusra" },
  { designation = "unsc", listed_on_or_before = 2016-02-22 },
]

[[version.clause]]
id = "attacks"
kind = "prohibited_act"
paraphrase = "cease attacks"
acts = ["Battles", "Explosions/Remote violence"]
against = ["bound"]

[[version.clause]]
id = "territory"
kind = "territory"
paraphrase = "no acquisition of territory"
acts = ["Battles/Government regains territory", "Battles/Non-state actor overtakes territory"]

[[version.clause]]
id = "self-defence"
kind = "self_defence"
paraphrase = "proportionate force only"
qualifies = ["attacks"]

[[version.clause]]
id = "continuing"
kind = "continuing_operations"
paraphrase = "operations against excluded groups continue"

[[version]]
id = "v2"
amends = "v1"
in_force_from = "2016-04-01T00:00:00[Asia/Damascus]"
expiry = "2016-06-01T00:00:00[Asia/Damascus]"

[[version.clause]]
id = "attacks"
kind = "prohibited_act"
paraphrase = "cease attacks"
acts = ["Battles", "Explosions/Remote violence"]

[[version.clause]]
id = "civilians"
kind = "prohibited_act"
paraphrase = "no attacks on civilians"
acts = ["Violence against civilians/Attack"]
against = ["civilians"]

[[version.clause]]
id = "continuing"
kind = "continuing_operations"
paraphrase = "operations against excluded groups continue"

[[acceptance]]
actor = "gov"
status = "accepted"
on = "2016-02-23"

[[acceptance]]
actor = "hnc"
status = "accepted"
on = "2016-02-26"

[[acceptance]]
actor = "late"
status = "accepted"
on = "2016-03-10"

[[acceptance]]
actor = "quitter"
status = "accepted"
on = "2016-02-25"
withdrawn = "2016-03-05"

[[acceptance]]
actor = "refuser"
status = "declined"
on = "2016-02-25"

[[acceptance]]
actor = "unsure"
status = "unknown"
"#;

struct Case {
    rule: &'static str,
    date: Option<(&'static str, &'static str)>,
    act: &'static str,
    actors: &'static [(&'static str, Role)],
    place: bool,
    /// Latitude and longitude (see the control layer below for what covers which point).
    at: (f64, f64),
    /// The place check found the coordinates outside the country's boundaries.
    outside_boundaries: bool,
    country: &'static str,
    self_defence: bool,
    outcome: Outcome,
    clauses: &'static [&'static str],
    reason: &'static str,
}

const P: Role = Role::Perpetrator;
const T: Role = Role::Target;
const X: Role = Role::Participant;

const BASE: Case = Case {
    rule: "",
    date: Some(("2016-03-01", "2016-03-01")),
    act: "Armed clash",
    actors: &[],
    place: true,
    at: ALEPPO,
    outside_boundaries: false,
    country: "SY",
    self_defence: false,
    outcome: Outcome::Violation,
    clauses: &[],
    reason: "",
};

/// No control record covers this point.
const ALEPPO: (f64, f64) = (36.2, 37.15);
/// Held by the FSA (bound) throughout.
const FSA_TOWN: (f64, f64) = (35.0, 36.0);
/// Held by the Islamic State (excluded).
const ISIL_TOWN: (f64, f64) = (35.5, 38.0);
/// Held jointly by the FSA and Jabhat al-Nusra (mixed standing).
const SHARED_TOWN: (f64, f64) = (34.5, 37.0);
/// A front line: the record says contested.
const FRONT_LINE: (f64, f64) = (34.0, 36.5);
/// Taken by the government from the FSA on 2016-03-02.
const TAKEN_TOWN: (f64, f64) = (33.5, 36.3);

/// The control layer the cases are determined with.
const CONTROL: &str = r#"{"type": "FeatureCollection", "name": "test-control", "time_zone": "Asia/Damascus", "features": [
  {"type": "Feature", "id": "fsa-town", "geometry": null, "properties": {"holder": "fsa", "place": "FSA town", "lat": 35.0, "lon": 36.0, "radius_km": 3, "valid_from": "2016-01-01", "source": "test"}},
  {"type": "Feature", "id": "isil-town", "geometry": null, "properties": {"holder": "isil", "place": "ISIL town", "lat": 35.5, "lon": 38.0, "valid_from": "2016-01-01", "valid_to": null, "source": "test"}},
  {"type": "Feature", "id": "shared-town", "geometry": null, "properties": {"holder": ["fsa", "nusra"], "place": "Shared town", "lat": 34.5, "lon": 37.0, "valid_from": "2016-01-01", "source": "test"}},
  {"type": "Feature", "id": "front-line", "geometry": {"type": "Polygon", "coordinates": [[[36.4, 33.9], [36.6, 33.9], [36.6, 34.1], [36.4, 34.1], [36.4, 33.9]]]}, "properties": {"holder": "gov", "contested": true, "valid_from": "2016-01-01", "source": "test"}},
  {"type": "Feature", "id": "taken-before", "geometry": null, "properties": {"holder": "fsa", "place": "Taken town", "lat": 33.5, "lon": 36.3, "valid_from": "2016-01-01", "valid_to": "2016-03-02", "source": "test"}},
  {"type": "Feature", "id": "taken-after", "geometry": null, "properties": {"holder": "gov", "place": "Taken town", "lat": 33.5, "lon": 36.3, "valid_from": "2016-03-02", "source": "test"}}
]}"#;

const CASES: &[Case] = &[
    Case {
        rule: "before commencement -> not_covered",
        date: Some(("2016-02-26", "2016-02-26")),
        actors: &[("Government of Syria", P), ("Free Syrian Army", T)],
        outcome: Outcome::NotCovered,
        reason: "event on 2016-02-26 is before commencement 2016-02-27 00:00 Asia/Damascus",
        ..BASE
    },
    Case {
        rule: "a time span that straddles commencement -> needs_review",
        date: Some(("2016-02-26", "2016-02-28")),
        actors: &[("Government of Syria", P), ("Free Syrian Army", T)],
        outcome: Outcome::NeedsReview,
        reason: "straddles commencement",
        ..BASE
    },
    Case {
        rule: "the perpetrator never accepted -> not_covered",
        actors: &[("Syrian Democratic Forces", P), ("Government of Syria", T)],
        outcome: Outcome::NotCovered,
        reason: "Syrian Democratic Forces is not bound: Syrian Democratic Forces never accepted the terms",
        ..BASE
    },
    Case {
        rule: "the perpetrator declined -> not_covered",
        actors: &[("Refusal Army", P), ("Government of Syria", T)],
        outcome: Outcome::NotCovered,
        reason: "declined the terms",
        ..BASE
    },
    Case {
        rule: "an excluded perpetrator -> not_covered",
        actors: &[("Islamic State", P), ("Government of Syria", T)],
        outcome: Outcome::NotCovered,
        reason: "Islamic State is excluded: Islamic State is designated on UN Security Council sanctions list (QDe.115) since 2004-10-18",
        ..BASE
    },
    Case {
        rule: "an excluded perpetrator (by name) -> not_covered",
        actors: &[("Jabhat al-Nusra", P), ("Free Syrian Army", T)],
        outcome: Outcome::NotCovered,
        reason: "the terms exclude Jabhat al-Nusra by name",
        ..BASE
    },
    Case {
        rule: "an excluded perpetrator (by designation list) -> not_covered",
        actors: &[("Abdallah Azzam Brigades", P), ("Free Syrian Army", T)],
        outcome: Outcome::NotCovered,
        reason: "(QDe.144) since 2014-09-23",
        ..BASE
    },
    Case {
        rule: "a bound party acting against an excluded group -> permitted",
        act: "Air/drone strike",
        actors: &[("Government of Syria", P), ("Islamic State", T)],
        outcome: Outcome::Permitted,
        clauses: &["continuing"],
        reason: "permitted by clause continuing",
        ..BASE
    },
    Case {
        rule: "a bound party against an excluded group, undirected sides -> permitted",
        actors: &[("Government of Syria", X), ("Jabhat al-Nusra", X)],
        outcome: Outcome::Permitted,
        clauses: &["continuing"],
        reason: "permitted by clause continuing",
        ..BASE
    },
    Case {
        rule: "a designation made after the list's cut-off does not exclude",
        actors: &[("Government of Syria", P), ("Jaysh Khalid ibn al-Walid", T)],
        outcome: Outcome::NotCovered,
        reason: "Jaysh Khalid ibn al-Walid is not bound",
        ..BASE
    },
    Case {
        rule: "a prohibited act between two bound parties -> violation",
        act: "Shelling/artillery/missile attack",
        actors: &[("Government of Syria", P), ("Free Syrian Army", T)],
        outcome: Outcome::Violation,
        clauses: &["attacks"],
        reason: "Free Syrian Army is bound: part of High Negotiations Committee, which accepted on 2016-02-26",
        ..BASE
    },
    Case {
        rule: "a prohibited act between two bound parties, bound through an ally -> violation",
        act: "Air/drone strike",
        actors: &[("Military Forces of Russia", P), ("Free Syrian Army", T)],
        outcome: Outcome::Violation,
        clauses: &["attacks"],
        reason: "Military Forces of Russia is bound: affiliated with Government of Syria, which accepted on 2016-02-23",
        ..BASE
    },
    Case {
        rule: "a prohibited act between two bound parties, bound through an umbrella's umbrella -> violation",
        actors: &[("Suqour al-Sham Brigade", P), ("Government of Syria", T)],
        outcome: Outcome::Violation,
        clauses: &["attacks"],
        reason: "part of Free Syrian Army, bound through High Negotiations Committee",
        ..BASE
    },
    Case {
        rule: "a prohibited act between two bound parties even when the direction is unknown -> violation",
        actors: &[("Government of Syria", X), ("Free Syrian Army", X)],
        outcome: Outcome::Violation,
        clauses: &["attacks"],
        reason: "attribution stays open",
        ..BASE
    },
    Case {
        rule: "a composite side that mixes bound and excluded members, ground unknown -> needs_review",
        actors: &[("Government of Syria", X), ("Syrian insurgents", X)],
        outcome: Outcome::NeedsReview,
        reason: "Syrian insurgents mixes parties of different standing: Free Syrian Army is bound and Jabhat al-Nusra is excluded",
        ..BASE
    },
    Case {
        rule: "a comma-joined coalition that mixes bound and excluded members -> needs_review",
        actors: &[
            ("Free Syrian Army, Jabhat al-Nusra", P),
            ("Government of Syria", T),
        ],
        outcome: Outcome::NeedsReview,
        reason: "mixes parties of different standing",
        ..BASE
    },
    Case {
        rule: "a self-defence claim -> needs_review",
        actors: &[("Free Syrian Army", P), ("Government of Syria", T)],
        self_defence: true,
        outcome: Outcome::NeedsReview,
        clauses: &["attacks", "self-defence"],
        reason: "self-defence is claimed: clause self-defence allows only proportionate force",
        ..BASE
    },
    Case {
        rule: "an unidentified perpetrator -> insufficient_information",
        act: "Remote explosive/landmine/IED",
        actors: &[
            ("Unidentified Armed Group (Syria)", P),
            ("Free Syrian Army", T),
        ],
        outcome: Outcome::InsufficientInformation,
        reason: "the perpetrator is not identified",
        ..BASE
    },
    Case {
        rule: "an unresolved perpetrator name -> insufficient_information",
        actors: &[("Brigade of Nobody", P), ("Free Syrian Army", T)],
        outcome: Outcome::InsufficientInformation,
        reason: "\"Brigade of Nobody\" is not in the actor registry",
        ..BASE
    },
    Case {
        rule: "a missing place -> insufficient_information",
        place: false,
        actors: &[("Government of Syria", P), ("Free Syrian Army", T)],
        outcome: Outcome::InsufficientInformation,
        reason: "the place of the event is unknown",
        ..BASE
    },
    Case {
        rule: "a missing time -> insufficient_information",
        date: None,
        actors: &[("Government of Syria", P), ("Free Syrian Army", T)],
        outcome: Outcome::InsufficientInformation,
        reason: "the date of the event is unknown",
        ..BASE
    },
    Case {
        rule: "territorial acquisition from another bound party -> violation of the territory clause",
        act: "Government regains territory",
        actors: &[("Government of Syria", P), ("Free Syrian Army", T)],
        outcome: Outcome::Violation,
        clauses: &["attacks", "territory"],
        reason: "breaks clause territory (no acquisition of territory)",
        ..BASE
    },
    Case {
        rule: "a party that accepted later is not bound before it accepted",
        date: Some(("2016-03-05", "2016-03-05")),
        actors: &[("Late Joiners Brigade", P), ("Government of Syria", T)],
        outcome: Outcome::NotCovered,
        reason: "is not bound yet: Late Joiners Brigade accepted only on 2016-03-10",
        ..BASE
    },
    Case {
        rule: "a party that accepted later is bound after it accepted",
        date: Some(("2016-03-15", "2016-03-15")),
        actors: &[("Late Joiners Brigade", P), ("Government of Syria", T)],
        outcome: Outcome::Violation,
        clauses: &["attacks"],
        reason: "Late Joiners Brigade is bound: accepted on 2016-03-10",
        ..BASE
    },
    Case {
        rule: "a party that withdrew is no longer bound",
        date: Some(("2016-03-06", "2016-03-06")),
        actors: &[("Withdrawn Front", P), ("Government of Syria", T)],
        outcome: Outcome::NotCovered,
        reason: "Withdrawn Front withdrew its acceptance on 2016-03-05",
        ..BASE
    },
    Case {
        rule: "a party whose acceptance is unknown -> needs_review",
        actors: &[("Unknown Standing Movement", P), ("Free Syrian Army", T)],
        outcome: Outcome::NeedsReview,
        reason: "whether Unknown Standing Movement accepted is not recorded",
        ..BASE
    },
    Case {
        rule: "civilians targeted without control data -> needs_review",
        act: "Shelling/artillery/missile attack",
        actors: &[("Government of Syria", P), ("Civilians (Syria)", T)],
        outcome: Outcome::NeedsReview,
        reason: "who held the ground decides it",
        ..BASE
    },
    Case {
        rule: "an unspecified target with no control record -> needs_review",
        act: "Air/drone strike",
        actors: &[("Government of Syria", P)],
        outcome: Outcome::NeedsReview,
        reason: "no control record says who held Aleppo at the time",
        ..BASE
    },
    Case {
        rule: "an unspecified target on ground a bound party held -> violation of the attack clause",
        act: "Air/drone strike",
        at: FSA_TOWN,
        actors: &[("Government of Syria", P)],
        outcome: Outcome::Violation,
        clauses: &["attacks"],
        reason: "was held by Free Syrian Army (bound by the terms) per control record `fsa-town` of layer `test-control`",
        ..BASE
    },
    Case {
        rule: "an unspecified target on ground an excluded group held -> permitted",
        act: "Air/drone strike",
        at: ISIL_TOWN,
        actors: &[("Government of Syria", P)],
        outcome: Outcome::Permitted,
        clauses: &["continuing"],
        reason: "was held by Islamic State (excluded from the terms)",
        ..BASE
    },
    Case {
        rule: "civilians hit on ground a bound party held -> violation of the attack clause",
        act: "Shelling/artillery/missile attack",
        at: FSA_TOWN,
        actors: &[("Government of Syria", P), ("Civilians (Syria)", T)],
        outcome: Outcome::Violation,
        clauses: &["attacks"],
        reason: "per control record `fsa-town`",
        ..BASE
    },
    Case {
        rule: "a composite side fighting on ground an excluded group held -> permitted",
        at: ISIL_TOWN,
        actors: &[("Government of Syria", X), ("Syrian insurgents", X)],
        outcome: Outcome::Permitted,
        clauses: &["continuing"],
        reason: "per control record `isil-town`",
        ..BASE
    },
    Case {
        rule: "a composite side fighting on the acting side's own ground -> needs_review",
        at: TAKEN_TOWN,
        date: Some(("2016-03-05", "2016-03-05")),
        actors: &[("Government of Syria", X), ("Syrian insurgents", X)],
        outcome: Outcome::NeedsReview,
        reason: "that is the acting side's own ground",
        ..BASE
    },
    Case {
        rule: "a composite side fighting on a bound party's ground -> violation",
        at: FSA_TOWN,
        actors: &[("Government of Syria", X), ("Syrian insurgents", X)],
        outcome: Outcome::Violation,
        clauses: &["attacks"],
        reason: "who held the ground decides whom the act was against",
        ..BASE
    },
    Case {
        rule: "ground held jointly by a bound and an excluded group -> needs_review",
        act: "Air/drone strike",
        at: SHARED_TOWN,
        actors: &[("Government of Syria", P)],
        outcome: Outcome::NeedsReview,
        reason: "was held by Free Syrian Army and Jabhat al-Nusra (of mixed standing)",
        ..BASE
    },
    Case {
        rule: "contested ground -> needs_review naming the record",
        act: "Air/drone strike",
        at: FRONT_LINE,
        actors: &[("Government of Syria", P)],
        outcome: Outcome::NeedsReview,
        reason: "was contested or changed hands at the time per control record `front-line`",
        ..BASE
    },
    Case {
        rule: "ground that changed hands within the incident's days -> needs_review",
        act: "Air/drone strike",
        date: Some(("2016-03-01", "2016-03-03")),
        at: TAKEN_TOWN,
        actors: &[("Government of Syria", P)],
        outcome: Outcome::NeedsReview,
        reason: "was contested or changed hands at the time",
        ..BASE
    },
    Case {
        rule: "after the change of hands the new holder decides",
        act: "Shelling/artillery/missile attack",
        date: Some(("2016-03-05", "2016-03-05")),
        at: TAKEN_TOWN,
        actors: &[("Free Syrian Army", P)],
        outcome: Outcome::Violation,
        clauses: &["attacks"],
        reason: "per control record `taken-after`",
        ..BASE
    },
    Case {
        rule: "two excluded groups fighting each other -> not_covered",
        actors: &[("Islamic State", X), ("Jabhat al-Nusra", X)],
        outcome: Outcome::NotCovered,
        reason: "no side is a party bound by the terms",
        ..BASE
    },
    Case {
        rule: "an excluded group against a party of unknown standing -> not_covered",
        actors: &[("Islamic State", X), ("Unknown Standing Movement", X)],
        outcome: Outcome::NotCovered,
        reason: "the terms forbid nothing here",
        ..BASE
    },
    Case {
        rule: "an act no clause governs -> not_covered",
        act: "Peaceful protest",
        actors: &[("Civilians (Syria)", P)],
        outcome: Outcome::NotCovered,
        reason: "no clause of the terms governs Protests/Peaceful protest",
        ..BASE
    },
    Case {
        rule: "coordinates outside the country's boundaries -> needs_review",
        outside_boundaries: true,
        actors: &[("Government of Syria", P), ("Free Syrian Army", T)],
        outcome: Outcome::NeedsReview,
        reason: "fall outside the country's boundaries",
        ..BASE
    },
    Case {
        rule: "outside the countries in scope -> not_covered",
        country: "IQ",
        actors: &[("Government of Syria", P), ("Free Syrian Army", T)],
        outcome: Outcome::NotCovered,
        reason: "outside the scope (SY)",
        ..BASE
    },
    Case {
        rule: "the version in force at the incident's time applies (amendment)",
        date: Some(("2016-04-05", "2016-04-05")),
        act: "Attack",
        actors: &[("Government of Syria", P), ("Civilians (Syria)", T)],
        outcome: Outcome::Violation,
        clauses: &["civilians"],
        reason: "terms version v2 of test-coh applies",
        ..BASE
    },
    Case {
        rule: "an amendment keeps inherited sections (exclusions)",
        date: Some(("2016-04-05", "2016-04-05")),
        actors: &[("Government of Syria", P), ("Jabhat al-Nusra", T)],
        outcome: Outcome::Permitted,
        clauses: &["continuing"],
        reason: "the terms exclude Jabhat al-Nusra by name",
        ..BASE
    },
    Case {
        rule: "after expiry -> not_covered",
        date: Some(("2016-06-02", "2016-06-02")),
        actors: &[("Government of Syria", P), ("Free Syrian Army", T)],
        outcome: Outcome::NotCovered,
        reason: "is after expiry 2016-06-01 00:00 Asia/Damascus",
        ..BASE
    },
];

fn fixtures() -> (Registry, Agreement, ControlMap) {
    let registry = Registry::parse(SourceText::new("registry.toml", REGISTRY))
        .unwrap_or_else(|e| panic!("{e}"));
    let agreement = Agreement::parse(SourceText::new("terms.toml", TERMS), &registry)
        .unwrap_or_else(|e| panic!("{e}"));
    // No boundaries: the layer's records are circles and polygons.
    let admin = AdminAreas::from_geojson(SourceText::new(
        "none.geojson",
        r#"{"type": "FeatureCollection", "features": []}"#,
    ))
    .unwrap();
    let layer = ControlLayer::parse(
        SourceText::new("control.geojson", CONTROL),
        &registry,
        &admin,
        None,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    (
        registry,
        agreement,
        ControlMap::new(Arc::new(admin), vec![layer]),
    )
}

fn incident(case: &Case, registry: &Registry) -> Incident {
    let date = |s: &str| s.parse::<Date>().unwrap();
    Incident {
        id: case.rule.to_owned(),
        sub_event_type: case.act.parse::<SubEventType>().unwrap(),
        actors: case
            .actors
            .iter()
            .map(|(name, role)| IncidentActor {
                name: (*name).to_owned(),
                resolved: registry.resolve(name),
                role: *role,
                attribution: Attribution::Known,
            })
            .collect(),
        place: if case.place {
            Place {
                name: Some("Aleppo".into()),
                lat: Some(case.at.0),
                lon: Some(case.at.1),
                country: Some(case.country.into()),
                admin1: Some("SY02".into()),
                geo_check: case
                    .outside_boundaries
                    .then_some(truce_core::incident::GeoCheck::OutsideBoundaries),
                ..Place::default()
            }
        } else {
            Place::default()
        },
        time: case.date.map(|(a, b)| DaySpan {
            start: date(a),
            end: date(b),
            precision: if a == b {
                DatePrecision::Day
            } else {
                DatePrecision::Days
            },
        }),
        fatalities: Default::default(),
        sources: vec![],
        self_defence_claimed: case.self_defence,
    }
}

#[test]
fn determination_rules() {
    let (registry, agreement, control) = fixtures();
    let mut failures = Vec::new();
    for case in CASES {
        let incident = incident(case, &registry);
        let d = determine(&agreement, &incident, &control);
        let clauses: Vec<&str> = d.clause_ids(&agreement).collect();
        let reasons = d.explain(&agreement, &registry, &control, &incident);
        let reason_found = reasons.iter().any(|r| r.contains(case.reason));
        if d.outcome != case.outcome || clauses != case.clauses || !reason_found {
            failures.push(format!(
                "rule: {}\n  expected {:?} {:?} with a reason containing {:?}\n  got      {:?} {:?}\n  reasons: {reasons:#?}",
                case.rule, case.outcome, case.clauses, case.reason, d.outcome, clauses
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn every_outcome_is_exercised() {
    for outcome in Outcome::ALL {
        assert!(
            CASES.iter().any(|c| c.outcome == outcome),
            "no case for {outcome:?}"
        );
    }
}

#[test]
fn the_version_in_force_is_chosen_by_the_incident_day() {
    let (_, agreement, _) = fixtures();
    let day = |s: &str| s.parse::<Date>().unwrap();
    assert_eq!(agreement.version_on(day("2016-03-31")), Some(0));
    assert_eq!(agreement.version_on(day("2016-04-01")), Some(1));
    assert_eq!(
        agreement.versions[1].exclusions.len(),
        2,
        "exclusions are inherited from v1"
    );
}

/// Ground that passes from one bound party to another after commencement is an allegation
/// under the territory clause; the control layer's other records make none.
#[test]
fn a_change_of_hands_between_bound_parties_is_alleged_under_the_territory_clause() {
    let (registry, agreement, control) = fixtures();
    let alleged = truce_core::determine::territorial_allegations(&agreement, &registry, &control);
    assert_eq!(alleged.len(), 1, "{alleged:#?}");
    let incident = &alleged[0];
    assert_eq!(incident.id, "control:test-control:taken-before>taken-after");
    assert_eq!(
        incident.sub_event_type,
        SubEventType::GovernmentRegainsTerritory
    );
    assert_eq!(
        incident.time.unwrap().start,
        "2016-03-02".parse::<Date>().unwrap()
    );
    let d = determine(&agreement, incident, &control);
    assert_eq!(d.outcome, Outcome::Violation);
    assert!(d.clause_ids(&agreement).any(|c| c == "territory"));
    let reasons = d
        .explain(&agreement, &registry, &control, incident)
        .join("\n");
    assert!(reasons.contains("breaks clause territory"), "{reasons}");
}
