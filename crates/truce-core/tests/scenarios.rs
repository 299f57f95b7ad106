//! The shipped scenarios, read from disk: they parse, check, and cover the real actor names.

use std::path::{Path, PathBuf};

use truce_core::{Registry, Resolution, SourceText};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn shared_data() -> Option<PathBuf> {
    let dir = repo().join("../shared/data");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!(
            "notice: {} is absent; skipping the checks against shared data",
            dir.display()
        );
        None
    }
}

fn syria_registry() -> Registry {
    let path = repo().join("scenarios/syria-2016/actors.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    Registry::parse(SourceText::new(&path.display().to_string(), &text))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Reads one column of a CSV file (simple CSV: quoted fields may hold commas).
fn column(path: &Path, name: &str) -> Vec<(String, u64, String)> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut rows = text.lines().map(split_csv_line);
    let header = rows.next().unwrap();
    let col = header.iter().position(|h| h == name).unwrap();
    let count_col = header
        .iter()
        .position(|h| h == "n_events" || h == "count")
        .unwrap();
    rows.map(|r| {
        (
            r[col].clone(),
            r[count_col].parse().unwrap_or(0),
            path.display().to_string(),
        )
    })
    .collect()
}

fn split_csv_line(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            c => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

#[test]
fn every_ucdp_and_frequent_acled_actor_name_resolves() {
    let Some(data) = shared_data() else { return };
    let registry = syria_registry();
    let mut names = column(
        &data.join("armed-groups/ucdp_ged_syria_actors.csv"),
        "actor",
    );
    let acled: Vec<_> = column(
        &data.join("armed-groups/acled_syria_2018-2021_actor1_counts.csv"),
        "name",
    )
    .into_iter()
    .filter(|(_, count, _)| *count >= 20)
    .collect();
    assert!(
        acled.len() >= 70,
        "expected the ACLED names with at least 20 events"
    );
    names.extend(acled);
    let unresolved: Vec<String> = names
        .iter()
        .filter(|(name, _, _)| registry.resolve(name) == Resolution::Unresolved)
        .map(|(name, count, file)| format!("{name} ({count} events, {file})"))
        .collect();
    println!(
        "{} names checked, {} unresolved",
        names.len(),
        unresolved.len()
    );
    assert!(
        unresolved.is_empty(),
        "unresolved actor names:\n{}",
        unresolved.join("\n")
    );
}

#[test]
fn main_groups_carry_arabic_names() {
    let registry = syria_registry();
    for id in [
        "gov-syria",
        "isil",
        "nusra",
        "ahrar-al-sham",
        "jaysh-al-islam",
        "hezbollah",
        "ypg",
        "fsa",
    ] {
        let idx = registry
            .by_id(id)
            .unwrap_or_else(|| panic!("actor `{id}` missing"));
        let actor = registry.actor(idx);
        let arabic = actor
            .arabic
            .as_deref()
            .unwrap_or_else(|| panic!("actor `{id}` has no Arabic name"));
        assert_eq!(registry.resolve(arabic), Resolution::Actor(idx), "{arabic}");
    }
}

/// The Idlib 2020 corridor with its geometry: 6 km either side of the M4 line. A clash between
/// two bound parties within it breaks the corridor clause too; one 12 km off the road, in a
/// sub-district the zone's p-code list names, does not (the geometry decides, not the p-code).
#[test]
fn idlib_corridor_is_evaluated_by_distance_to_the_m4() {
    use truce_core::event::SubEventType;
    use truce_core::when::DaySpan;
    use truce_core::{Agreement, Attribution, Incident, IncidentActor, Place, Role, determine};

    let dir = repo().join("scenarios/idlib-2020");
    let registry = syria_registry();
    let terms = std::fs::read_to_string(dir.join("agreement.toml")).unwrap();
    let mut agreement = Agreement::parse(SourceText::new("agreement.toml", &terms), &registry)
        .unwrap_or_else(|e| panic!("{e}"));
    agreement
        .attach_zone_files(|path| {
            std::fs::read_to_string(dir.join(path)).map_err(|e| e.to_string())
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let actor = |id: &str, role| IncidentActor {
        name: id.to_owned(),
        resolved: Resolution::Actor(registry.by_id(id).unwrap()),
        role,
        attribution: Attribution::Known,
    };
    let clash = |lat: f64, lon: f64| Incident {
        id: format!("clash at {lat},{lon}"),
        sub_event_type: SubEventType::ArmedClash,
        actors: vec![
            actor("russia", Role::Perpetrator),
            actor("turkey", Role::Target),
        ],
        place: Place {
            lat: Some(lat),
            lon: Some(lon),
            country: Some("SY".into()),
            admin1: Some("SY07".into()),
            admin3: Some("SY070500".into()), // Ariha sub-district, on the zone's p-code list
            ..Place::default()
        },
        time: Some(DaySpan::day("2020-03-10".parse().unwrap())),
        fatalities: Default::default(),
        sources: vec![],
        self_defence_claimed: false,
    };
    let control = truce_core::control::ControlMap::default();
    let clauses = |incident: &Incident| {
        let d = determine(&agreement, incident, &control);
        d.clause_ids(&agreement)
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    // Ariha, by the road; 4 km north of it; 12 km south of it.
    assert_eq!(clauses(&clash(35.81374, 36.60964)), ["idlib.1", "idlib.2"]);
    assert_eq!(
        clauses(&clash(35.81374 + 4.0 / 111.2, 36.60964)),
        ["idlib.1", "idlib.2"]
    );
    assert_eq!(
        clauses(&clash(35.81374 - 12.0 / 111.2, 36.60964)),
        ["idlib.1"]
    );
}
