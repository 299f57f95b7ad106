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
