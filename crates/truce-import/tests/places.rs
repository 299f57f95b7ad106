//! Places on real data: the gazetteer on UCDP's own place names, and admin p-codes by
//! point-in-polygon against UCDP's governorates. Rates are printed; thresholds are the
//! acceptance criteria of the places issue.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use geo::Coord;
use truce_core::geometry::km_between;
use truce_core::incident::GeoCheck;
use truce_core::{Registry, SourceText};
use truce_import::admin::governorate_pcode;
use truce_import::ucdp::UcdpReader;
use truce_places::{GazetteerSources, Places};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn registry() -> Registry {
    let text = std::fs::read_to_string(repo().join("scenarios/syria-2016/actors.toml")).unwrap();
    Registry::parse(SourceText::new("actors.toml", &text)).unwrap_or_else(|d| panic!("{d}"))
}

/// Distinct (where_coordinates, adm_1, lat, lon) of a UCDP CSV.
fn ucdp_places(path: &Path) -> BTreeMap<String, (String, Coord<f64>)> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (name, adm1, lat, lon) = (
        col("where_coordinates"),
        col("adm_1"),
        col("latitude"),
        col("longitude"),
    );
    let mut found = BTreeMap::new();
    for row in reader.records() {
        let row = row.unwrap();
        let at = Coord {
            x: row[lon].parse().unwrap(),
            y: row[lat].parse().unwrap(),
        };
        found
            .entry(row[name].to_owned())
            .or_insert((row[adm1].to_owned(), at));
    }
    found
}

/// The share of names whose best candidate (with UCDP's governorate as the hint) lies within
/// 10 km of UCDP's own coordinates.
fn resolution_rate(
    places: &Places,
    names: &BTreeMap<String, (String, Coord<f64>)>,
) -> (usize, Vec<String>) {
    let mut good = 0;
    let mut misses = Vec::new();
    for (name, (adm1, at)) in names {
        let best = places.gazetteer.search(name, governorate_pcode(adm1));
        match best.best() {
            Some(c) if km_between(c.entry.at, *at) <= 10.0 => good += 1,
            Some(c) => misses.push(format!(
                "{name} → {} ({:.0} km off)",
                c.entry.name,
                km_between(c.entry.at, *at)
            )),
            None => misses.push(format!("{name} → nothing")),
        }
    }
    (good, misses)
}

#[test]
fn ucdp_place_names_of_feb_mar_2016_resolve_near_ucdp_coordinates() {
    let names = ucdp_places(&repo().join("data/ucdp/ged_syria_2016-02_to_2016-03.csv"));
    let shipped = truce_places::shipped();
    let (good, misses) = resolution_rate(shipped, &names);
    let rate = good as f64 / names.len() as f64;
    println!(
        "gazetteer: {good} of {} distinct UCDP Feb–Mar 2016 place names within 10 km ({:.1}%)",
        names.len(),
        rate * 100.0
    );
    for miss in misses.iter().take(15) {
        println!("  miss: {miss}");
    }
    // The same names against GeoNames and OCHA alone (UCDP's own names left out): how far
    // the general gazetteer carries on names it was not built from.
    let held_out = Places::build(GazetteerSources::WithoutUcdp);
    let (good_out, _) = resolution_rate(&held_out, &names);
    println!(
        "gazetteer without UCDP names: {good_out} of {} ({:.1}%)",
        names.len(),
        good_out as f64 / names.len() as f64 * 100.0
    );
    assert!(rate >= 0.95, "only {:.1}% resolved", rate * 100.0);
}

#[test]
fn transliterations_and_arabic_find_one_place() {
    let g = &truce_places::shipped().gazetteer;
    let groups: &[&[&str]] = &[
        &[
            "Maarat al-Numan",
            "Ma'arrat an-Nu'man",
            "Maarrat An Nu'man",
            "معرة النعمان",
        ],
        &["Deir ez-Zor", "Deir-ez-Zor", "Dayr az Zawr", "دير الزور"],
        &["Aleppo", "Halab", "حلب"],
        &["Idlib", "Edlib", "إدلب"],
    ];
    for group in groups {
        let first = g.search(group[0], None).best().map(|c| c.entry.at).unwrap();
        for name in &group[1..] {
            let at = g
                .search(name, None)
                .best()
                .unwrap_or_else(|| panic!("{name}: nothing"))
                .entry
                .at;
            let km = km_between(first, at);
            assert!(km < 5.0, "{name} is {km:.1} km from {}", group[0]);
        }
    }
    // A name is a place before it is an area: Idlib the city, not the governorate.
    let idlib = g.search("Idlib", None);
    assert_eq!(idlib.best().unwrap().entry.geo_precision(), 1);
}

#[test]
fn two_villages_of_one_name_are_ambiguous_and_the_admin_area_chooses() {
    let g = &truce_places::shipped().gazetteer;
    let plain = g.search("Suran", None);
    assert!(plain.ambiguous, "two places named Şūrān (Hama and Aleppo)");
    for (within, pcode) in [("SY05", "SY05"), ("SY02", "SY02")] {
        let found = g.search("Suran", Some(within));
        let best = found.best().unwrap();
        assert!(found.ambiguous, "the ambiguity is still reported");
        assert_eq!(&best.entry.pcodes.as_ref().unwrap()[0], pcode);
    }
}

#[test]
fn admin_codes_by_polygon_agree_with_ucdp_governorates() {
    let path = repo().join("../shared/data/ucdp-ged-syria/ged_syria_2016-2019_v19.csv");
    if !path.exists() {
        println!("notice: {} is absent; skipping", path.display());
        return;
    }
    let registry = registry();
    let reader = UcdpReader::new(
        std::fs::File::open(&path).unwrap(),
        "ged_syria_2016-2019_v19.csv",
        &registry,
    )
    .unwrap();
    let (mut agree, mut differ, mut outside, mut total) = (0, 0, 0, 0);
    let mut examples = Vec::new();
    for row in reader {
        let place = row.unwrap().incident.place;
        total += 1;
        match &place.geo_check {
            None => agree += 1,
            Some(GeoCheck::SourceAdminDiffers { stated }) => {
                differ += 1;
                if examples.len() < 5 {
                    examples.push(format!(
                        "{:?} ({:?},{:?}): UCDP {stated}, polygons {:?}",
                        place.name, place.lat, place.lon, place.admin1
                    ));
                }
            }
            Some(GeoCheck::OutsideBoundaries) => outside += 1,
            Some(other) => panic!("unexpected {other:?}"),
        }
        // Every event inside the boundaries gets all three levels, nested.
        if let (Some(a1), Some(a2), Some(a3)) = (&place.admin1, &place.admin2, &place.admin3) {
            assert!(
                a3.starts_with(a2.as_str()) && a2.starts_with(a1.as_str()),
                "{a1} {a2} {a3}"
            );
        }
    }
    let rate = agree as f64 / total as f64;
    println!(
        "admin p-codes: {agree} of {total} UCDP 2016–2019 events agree with UCDP's adm_1 ({:.2}%); {differ} differ, {outside} outside the boundaries (flagged)",
        rate * 100.0
    );
    for e in examples {
        println!("  differs: {e}");
    }
    assert!(rate >= 0.98, "only {:.2}% agree", rate * 100.0);
}
