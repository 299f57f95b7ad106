//! The ACLED reader on synthetic fixtures (see tests/fixtures/README.md), with the real Syria
//! 2016 actor registry.

use std::fs::File;
use std::sync::OnceLock;

use jiff::civil::{Date, date};
use truce_core::event::{EventType, SubEventType};
use truce_core::incident::GeoCheck;
use truce_core::when::{DatePrecision, DaySpan};
use truce_core::{
    Attribution, Fatalities, Incident, IncidentActor, Registry, Resolution, Role, SourceRef,
    SourceText,
};
use truce_import::ImportError;
use truce_import::acled::AcledReader;

use Attribution::Known;
use Role::{Participant, Perpetrator, Target};

/// The real registry of the Syria 2016 scenario.
fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../scenarios/syria-2016/actors.toml"
        );
        let text = std::fs::read_to_string(path).expect("the Syria 2016 registry");
        Registry::parse(SourceText::new("actors.toml", &text)).unwrap_or_else(|d| panic!("{d}"))
    })
}

fn read(name: &str) -> Vec<Result<Incident, ImportError>> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let file = File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    AcledReader::new(file, name, registry())
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|r| r.map(|row| row.incident))
        .collect()
}

fn read_all(name: &str) -> Vec<Incident> {
    read(name)
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

fn read_text(text: &str) -> Result<Vec<Result<Incident, ImportError>>, ImportError> {
    Ok(AcledReader::new(text.as_bytes(), "inline.csv", registry())?
        .map(|r| r.map(|row| row.incident))
        .collect())
}

fn find<'i>(incidents: &'i [Incident], id: &str) -> &'i Incident {
    incidents
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no incident {id}"))
}

/// The registry id a name resolved to, or None.
fn resolved_id(actor: &IncidentActor) -> Option<&'static str> {
    match actor.resolved {
        Resolution::Actor(idx) => Some(registry().actor(idx).id.as_str()),
        _ => None,
    }
}

/// (name, role, attribution, registry id) of each actor, in order.
fn actors(incident: &Incident) -> Vec<(&str, Role, Attribution, Option<&'static str>)> {
    incident
        .actors
        .iter()
        .map(|a| (a.name.as_str(), a.role, a.attribution, resolved_id(a)))
        .collect()
}

fn day(d: Date, precision: DatePrecision) -> Option<DaySpan> {
    Some(DaySpan {
        start: d,
        end: d,
        precision,
    })
}

fn deaths(n: u32) -> Fatalities {
    Fatalities {
        low: Some(n),
        best: Some(n),
        high: Some(n),
    }
}

#[test]
fn current_export_maps_field_by_field() {
    let incidents = read_all("acled_current.csv");
    assert_eq!(incidents.len(), 9);

    let clash = find(&incidents, "acled:SYR99001");
    assert_eq!(clash.sub_event_type, SubEventType::ArmedClash);
    assert_eq!(clash.event_type(), EventType::Battles);
    assert_eq!(
        actors(clash),
        [
            (
                "Military Forces of Syria (2000-)",
                Participant,
                Known,
                Some("gov-syria")
            ),
            (
                "Militia (Pro-Government)",
                Participant,
                Known,
                Some("pro-government-militia")
            ),
            (
                "Opposition Rebels (Syria)",
                Participant,
                Known,
                Some("opposition-rebels")
            ),
        ]
    );
    assert_eq!(clash.time, day(date(2016, 2, 27), DatePrecision::Day));
    assert_eq!(clash.place.name.as_deref(), Some("Tell Example"));
    assert_eq!(clash.place.lat, Some(36.4733));
    assert_eq!(clash.place.lon, Some(37.0972));
    assert_eq!(clash.place.country.as_deref(), Some("SY"));
    assert_eq!(clash.place.admin1.as_deref(), Some("SY02"));
    // District and sub-district by point-in-polygon on the coordinates.
    assert_eq!(
        (clash.place.admin2.as_deref(), clash.place.admin3.as_deref()),
        (Some("SY0204"), Some("SY020402"))
    );
    assert_eq!(clash.place.geo_check, None);
    assert_eq!(clash.place.geo_precision, Some(1));
    assert_eq!(clash.fatalities, deaths(3));
    assert_eq!(
        clash.sources,
        [SourceRef {
            external_id: "acled:SYR99001".to_owned(),
            name: Some("Synthetic Observatory".to_owned()),
        }]
    );
    assert!(!clash.self_defence_claimed);

    let strike = find(&incidents, "acled:SYR99002");
    assert_eq!(strike.sub_event_type, SubEventType::AirDroneStrike);
    assert_eq!(strike.time, day(date(2016, 2, 28), DatePrecision::Week));
    assert_eq!(
        actors(strike),
        [
            (
                "Military Forces of Russia (2000-)",
                Perpetrator,
                Known,
                Some("russia")
            ),
            (
                "Military Forces of Syria (2000-) Syrian Arab Air Force",
                Perpetrator,
                Known,
                Some("syria-air-force")
            ),
            ("Civilians (Syria)", Target, Known, Some("civilians-syria")),
            // Not in the registry: kept verbatim, unresolved.
            ("Refugees/IDPs (Syria)", Target, Known, None),
            ("Health Workers (Syria)", Target, Known, None),
        ]
    );
    assert_eq!(strike.actors[3].resolved, Resolution::Unresolved);
    assert_eq!(strike.place.admin1.as_deref(), Some("SY07"));
    assert_eq!(strike.place.geo_precision, Some(2));
    assert_eq!(strike.fatalities, deaths(5));
    assert_eq!(
        strike.sources[0].name.as_deref(),
        Some("Synthetic News Agency; Local Coordination Committees")
    );

    let abduction = find(&incidents, "acled:SYR99003");
    assert_eq!(abduction.sub_event_type, SubEventType::Abduction);
    assert_eq!(abduction.time, day(date(2016, 3, 1), DatePrecision::Month));
    // No actor2: actor1 is the perpetrator, no target; "claimed" in the notes is not read.
    assert_eq!(
        actors(abduction),
        [("Islamic State (Syria)", Perpetrator, Known, Some("isil"))]
    );
    assert_eq!(abduction.place.admin1.as_deref(), Some("SY09"));
    assert_eq!(abduction.place.geo_precision, Some(3));
    // An empty count is unknown, not zero.
    assert_eq!(abduction.fatalities, Fatalities::default());
}

#[test]
fn roles_follow_the_event_type_and_the_target() {
    let incidents = read_all("acled_current.csv");
    // (id, sub-event type, roles in actor order)
    let cases: &[(&str, SubEventType, &[Role])] = &[
        // Battles: no direction.
        (
            "SYR99001",
            SubEventType::ArmedClash,
            &[Participant, Participant, Participant],
        ),
        (
            "SYR99004",
            SubEventType::NonStateActorOvertakesTerritory,
            &[Participant, Participant],
        ),
        // Remote violence against civilians (inter2 7): directed, associates follow.
        (
            "SYR99002",
            SubEventType::AirDroneStrike,
            &[Perpetrator, Perpetrator, Target, Target, Target],
        ),
        // Remote violence against an armed actor: no direction.
        (
            "SYR99005",
            SubEventType::ShellingArtilleryMissile,
            &[Participant, Participant],
        ),
        // Violence against civilians with inter2 written as the label "Civilians".
        ("SYR99006", SubEventType::Attack, &[Perpetrator, Target]),
        // No actor2 in violence against civilians / remote violence: perpetrator alone.
        ("SYR99003", SubEventType::Abduction, &[Perpetrator]),
        (
            "TUR99001",
            SubEventType::ShellingArtilleryMissile,
            &[Perpetrator],
        ),
        // Strategic developments: no direction.
        (
            "SYR99007",
            SubEventType::Agreement,
            &[Participant, Participant],
        ),
    ];
    for (id, sub, roles) in cases {
        let incident = find(&incidents, &format!("acled:{id}"));
        assert_eq!(incident.sub_event_type, *sub, "{id}");
        let got: Vec<Role> = incident.actors.iter().map(|a| a.role).collect();
        assert_eq!(got, *roles, "{id}");
    }
}

#[test]
fn places_get_country_codes_and_governorate_pcodes() {
    let incidents = read_all("acled_current.csv");
    // (id, country, admin1 p-code)
    let cases = [
        ("SYR99001", Some("SY"), Some("SY02")), // Aleppo
        ("SYR99002", Some("SY"), Some("SY07")), // Idleb
        ("SYR99003", Some("SY"), Some("SY09")), // Deir-ez-Zor
        ("SYR99004", Some("SY"), Some("SY03")), // Rural Damascus
        ("SYR99005", Some("SY"), Some("SY12")), // Dar'a
        ("SYR99006", Some("SY"), Some("SY08")), // Al-Hasakeh
        ("SYR99007", Some("SY"), Some("SY13")), // As-Sweida
        ("IRQ99001", Some("IQ"), None),         // iso 368; Ninewa is no Syrian governorate
        ("TUR99001", Some("TR"), None),         // iso empty: from the country name
    ];
    for (id, country, admin1) in cases {
        let place = &find(&incidents, &format!("acled:{id}")).place;
        assert_eq!(place.country.as_deref(), country, "{id}");
        assert_eq!(place.admin1.as_deref(), admin1, "{id}");
    }
}

#[test]
fn old_export_maps_old_event_types_and_date_styles() {
    let incidents = read_all("acled_old.csv");
    assert_eq!(incidents.len(), 10);
    // (id, date as written → day, old event type → sub-event type, roles)
    let cases: &[(&str, Date, SubEventType, &[Role])] = &[
        // 27-Feb-16
        (
            "SYR99101",
            date(2016, 2, 27),
            SubEventType::ArmedClash,
            &[Participant, Participant],
        ),
        // 28-Feb-2016
        (
            "SYR99102",
            date(2016, 2, 28),
            SubEventType::GovernmentRegainsTerritory,
            &[Participant, Participant],
        ),
        // 1 Mar 16
        (
            "SYR99103",
            date(2016, 3, 1),
            SubEventType::NonStateActorOvertakesTerritory,
            &[Participant, Participant],
        ),
        // 2 Mar 2016; civilians as actor2
        (
            "SYR99104",
            date(2016, 3, 2),
            SubEventType::Attack,
            &[Perpetrator, Target],
        ),
        // 03-Mar-16; remote violence without actor2
        (
            "SYR99105",
            date(2016, 3, 3),
            SubEventType::ShellingArtilleryMissile,
            &[Perpetrator],
        ),
        // 4-Mar-16; protesters (inter1 6)
        (
            "SYR99106",
            date(2016, 3, 4),
            SubEventType::PeacefulProtest,
            &[Participant],
        ),
        // 5 March 2016; rioters (inter1 5)
        (
            "SYR99107",
            date(2016, 3, 5),
            SubEventType::ViolentDemonstration,
            &[Participant, Participant],
        ),
        (
            "SYR99108",
            date(2016, 3, 6),
            SubEventType::Other,
            &[Participant],
        ),
        (
            "SYR99109",
            date(2016, 3, 7),
            SubEventType::NonViolentTransferOfTerritory,
            &[Participant, Participant],
        ),
        (
            "SYR99110",
            date(2016, 3, 8),
            SubEventType::HeadquartersOrBaseEstablished,
            &[Participant],
        ),
    ];
    for (id, when, sub, roles) in cases {
        let incident = find(&incidents, &format!("acled:{id}"));
        assert_eq!(incident.time, day(*when, DatePrecision::Day), "{id}");
        assert_eq!(incident.sub_event_type, *sub, "{id}");
        let got: Vec<Role> = incident.actors.iter().map(|a| a.role).collect();
        assert_eq!(got, *roles, "{id}");
    }

    let attack = find(&incidents, "acled:SYR99104");
    assert_eq!(attack.event_type(), EventType::ViolenceAgainstCivilians);
    assert_eq!(
        actors(attack),
        [
            (
                "Military Forces of Syria (2000-)",
                Perpetrator,
                Known,
                Some("gov-syria")
            ),
            ("Civilians (Syria)", Target, Known, Some("civilians-syria")),
        ]
    );
    assert_eq!(attack.place.admin1.as_deref(), Some("SY01"));
    assert_eq!(attack.fatalities, deaths(1));
    assert_eq!(attack.sources[0].external_id, "acled:SYR99104");

    // "no group claimed it": notes are not read for attribution.
    assert_eq!(
        find(&incidents, "acled:SYR99105").actors[0].attribution,
        Known
    );
    // `iso` empty: the country comes from `iso3`.
    assert_eq!(
        find(&incidents, "acled:SYR99110").place.country.as_deref(),
        Some("SY")
    );
    let governorates = [
        ("SYR99101", "SY04"), // Homs
        ("SYR99102", "SY06"), // Lattakia
        ("SYR99103", "SY05"), // Hama
        ("SYR99105", "SY11"), // Ar-Raqqa
        ("SYR99106", "SY10"), // Tartous
        ("SYR99107", "SY14"), // Quneitra
    ];
    // The source's governorate name, as read; where the boundaries put the coordinates in
    // another governorate, the p-codes follow the coordinates and the stated one is kept.
    for (id, pcode) in governorates {
        let place = &find(&incidents, &format!("acled:{id}")).place;
        let stated = match &place.geo_check {
            Some(GeoCheck::SourceAdminDiffers { stated }) => Some(stated.as_str()),
            _ => place.admin1.as_deref(),
        };
        assert_eq!(stated, Some(pcode), "{id}");
    }
    // Example Crossing (34.73, 36.71) lies in Homs governorate, not Hama as the row says.
    let crossing = &find(&incidents, "acled:SYR99103").place;
    assert_eq!(crossing.admin1.as_deref(), Some("SY04"));
}

#[test]
fn acled_names_resolve_in_the_syria_registry() {
    let registry = registry();
    for (name, id) in [
        ("Military Forces of Syria (2000-)", "gov-syria"),
        ("Opposition Rebels (Syria)", "opposition-rebels"),
        ("HTS: Hayat Tahrir al Sham", "nusra"),
        ("Islamic State (Syria)", "isil"),
        ("Civilians (Syria)", "civilians-syria"),
        ("QSD: Syrian Democratic Forces", "sdf"),
    ] {
        let Resolution::Actor(idx) = registry.resolve(name) else {
            panic!("{name} does not resolve");
        };
        assert_eq!(registry.actor(idx).id, id, "{name}");
    }
    let incidents = read_all("acled_current.csv");
    let hts = find(&incidents, "acled:SYR99004");
    assert_eq!(
        actors(hts),
        [
            (
                "HTS: Hayat Tahrir al Sham",
                Participant,
                Known,
                Some("nusra")
            ),
            (
                "Military Forces of Syria (2000-)",
                Participant,
                Known,
                Some("gov-syria")
            ),
        ]
    );
}

#[test]
fn every_bad_row_is_located_and_reading_goes_on() {
    let results = read("acled_errors.csv");
    // (line, field number, message start after the prefix, a fragment of the message)
    let expected: &[(u64, usize, &str, &str)] = &[
        (
            2,
            2,
            "event_date: `31-Feb-16` is not a date",
            "February 2016 has 29 days",
        ),
        (
            3,
            23,
            "latitude: `95.5` is not a coordinate",
            "expected decimal degrees from -90 to 90",
        ),
        (
            4,
            24,
            "longitude: `east` is not a coordinate",
            "from -180 to 180",
        ),
        (
            5,
            7,
            "sub_event_type: `Drone swarm` is not an ACLED sub-event type",
            "Air/drone strike",
        ),
        (
            6,
            6,
            "event_type: `Skirmish` is not an ACLED event type",
            "expected Battles",
        ),
        (
            7,
            6,
            "event_type: `Protests` does not match sub_event_type `Armed clash`",
            "expected Battles",
        ),
        (
            8,
            29,
            "fatalities: `3.5` is not a number of deaths",
            "whole number",
        ),
        (9, 1, "this row has 30 fields where the header has 31", ""),
        (
            10,
            4,
            "time_precision: `4` is not an ACLED time precision",
            "expected 1 for the day, 2 for the week, 3 for the month",
        ),
        (
            11,
            25,
            "geo_precision: `0` is not an ACLED geo precision",
            "expected 1, 2 or 3",
        ),
        (12, 8, "actor1: empty", "expected the name of the actor"),
        (
            13,
            16,
            "iso: `SYR` is not an ISO 3166-1 numeric country code",
            "760",
        ),
        (14, 1, "event_id_cnty: empty", "expected the event's id"),
        // line 15–16: a valid row whose notes span two lines
        (
            17,
            2,
            "event_date: `2016-02-30` is not a date",
            "February 2016 has 29 days, not 30",
        ),
        (
            18,
            7,
            "sub_event_type: empty",
            "expected the sub-event type of this Battles event: Armed clash, \
             Government regains territory, Non-state actor overtakes territory",
        ),
        (
            19,
            29,
            "fatalities: `about 10` is not a number of deaths",
            "",
        ),
    ];
    let errors: Vec<&ImportError> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    for (error, (line, column, start, fragment)) in errors.iter().zip(expected) {
        let text = error.to_string();
        let prefix = format!("acled_errors.csv:{line}:{column}: {start}");
        assert!(text.starts_with(&prefix), "{text}\n  expected {prefix}");
        assert!(text.contains(fragment), "{text}\n  expected …{fragment}…");
        assert_eq!(error.file, "acled_errors.csv");
    }
    // The wrong field count names no field.
    assert_eq!(errors[7].column, None);
    assert_eq!(errors[0].column, Some(2));
    // The valid rows among them are read.
    let ok: Vec<&str> = results
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ok, ["acled:SYR99914", "acled:SYR99918"]);
}

#[test]
fn a_missing_required_column_is_an_error_at_line_1() {
    // A UCDP GED header is not an ACLED one.
    let ucdp =
        "id,year,type_of_violence,side_a,side_b,latitude,longitude,country,date_start,best\n";
    let e = read_text(ucdp).expect_err("refused");
    assert_eq!((e.line, e.column), (1, None));
    assert!(
        e.to_string().starts_with(
            "inline.csv:1:1: missing columns `event_id_cnty`, `event_date`, `time_precision`, \
             `event_type`, `actor1`, `fatalities`: expected an ACLED CSV header with the columns \
             `event_id_cnty`"
        ),
        "{e}"
    );
    // One column short.
    let e = read_text(
        "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,country,latitude,longitude\n",
    )
    .expect_err("refused");
    assert!(
        e.to_string()
            .starts_with("inline.csv:1:1: missing column `fatalities`:"),
        "{e}"
    );
    // An empty file has no header at all.
    let e = read_text("").expect_err("refused");
    assert_eq!(e.line, 1);
}

#[test]
fn headers_are_found_by_name_in_any_case_and_order() {
    // Upper case, a different order, extra columns, ACLED's early ALLY_ACTOR_* names, no iso.
    let text = "\
GWNO,FATALITIES,EVENT_ID_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,COUNTRY,ADMIN1,LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,SOURCE,NOTES
652,12,SYR99201,21-Feb-16,2016,1,Remote violence,Unidentified Armed Group (Syria),,3,Civilians (Syria),,7,Syria,Rural Damascus,Example Shrine,33.44,36.34,1,Synthetic Agency,\"Two bombs exploded near Example Shrine.\"
";
    let incidents: Vec<Incident> = read_text(text)
        .expect("header")
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    let [bombing] = incidents.as_slice() else {
        panic!("one incident")
    };
    assert_eq!(bombing.id, "acled:SYR99201");
    assert_eq!(bombing.time, day(date(2016, 2, 21), DatePrecision::Day));
    assert_eq!(
        bombing.sub_event_type,
        SubEventType::ShellingArtilleryMissile
    );
    assert_eq!(
        actors(bombing),
        [
            (
                "Unidentified Armed Group (Syria)",
                Perpetrator,
                Known,
                Some("unidentified-syria")
            ),
            ("Civilians (Syria)", Target, Known, Some("civilians-syria")),
        ]
    );
    assert_eq!(bombing.place.country.as_deref(), Some("SY"));
    assert_eq!(bombing.place.admin1.as_deref(), Some("SY03"));
    assert_eq!(bombing.fatalities, deaths(12));
    // A byte-order mark before the first header is ignored.
    let with_bom = format!("\u{feff}{text}");
    assert!(read_text(&with_bom).expect("header")[0].is_ok());
}

#[test]
fn current_event_types_need_a_sub_event_type() {
    // Without a sub_event_type column, only the pre-2019 event types can be read.
    let text = "\
event_id_cnty,event_date,time_precision,event_type,actor1,actor2,country,latitude,longitude,fatalities
SYR99301,2016-02-27,1,Battles,Military Forces of Syria (2000-),Opposition Rebels (Syria),Syria,36.2,37.1,0
SYR99302,2016-02-27,1,Riots/Protests,Protesters (Syria),,Syria,36.2,37.1,0
SYR99303,2016-02-27,1,,Protesters (Syria),,Syria,36.2,37.1,0
";
    let results = read_text(text).expect("header");
    let e = results[0].as_ref().expect_err("refused");
    assert!(
        e.to_string().starts_with(
            "inline.csv:2:4: event_type: `Battles` is a current ACLED event type, but the file \
             has no sub_event_type column"
        ),
        "{e}"
    );
    assert_eq!(
        results[1].as_ref().map(|i| i.sub_event_type),
        Ok(SubEventType::PeacefulProtest)
    );
    let e = results[2].as_ref().expect_err("refused");
    assert!(
        e.to_string()
            .starts_with("inline.csv:4:4: event_type: empty (expected an ACLED event type"),
        "{e}"
    );
}

#[test]
fn every_column_of_a_row_is_kept_verbatim() {
    let path = format!(
        "{}/tests/fixtures/acled_current.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let header: Vec<&str> = text.lines().next().unwrap().split(',').collect();
    let first = AcledReader::new(text.as_bytes(), "acled_current.csv", registry())
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    let names: Vec<&str> = first.raw.iter().map(|(h, _)| &**h).collect();
    assert_eq!(names, header);
    assert!(
        first
            .raw
            .iter()
            .any(|(h, v)| &**h == "event_id_cnty" && format!("acled:{v}") == first.incident.id)
    );
}
