//! What `Places::locate` does to a report's place: p-codes from coordinates, coordinates
//! from a name, and flags instead of silent changes.

use truce_core::incident::{GeoCheck, Place};

fn place(name: &str, at: Option<(f64, f64)>, country: &str, admin1: Option<&str>) -> Place {
    Place {
        name: Some(name.to_owned()),
        lat: at.map(|a| a.0),
        lon: at.map(|a| a.1),
        country: Some(country.to_owned()),
        admin1: admin1.map(str::to_owned),
        ..Place::default()
    }
}

#[test]
fn coordinates_give_all_three_admin_levels() {
    let mut p = place("Douma", Some((33.5711, 36.4029)), "SY", Some("SY03"));
    truce_places::shipped().locate(&mut p);
    assert_eq!(
        (
            p.admin1.as_deref(),
            p.admin2.as_deref(),
            p.admin3.as_deref()
        ),
        (Some("SY03"), Some("SY0302"), Some("SY030200"))
    );
    assert_eq!(p.geo_check, None);
}

#[test]
fn a_name_without_coordinates_is_placed_by_the_gazetteer_with_its_precision() {
    let mut village = place("Kafr Nubl", None, "SY", Some("SY07"));
    truce_places::shipped().locate(&mut village);
    let (lat, lon) = (village.lat.unwrap(), village.lon.unwrap());
    assert!(
        (lat - 35.61).abs() < 0.05 && (lon - 36.56).abs() < 0.05,
        "{lat},{lon}"
    );
    assert_eq!(village.admin1.as_deref(), Some("SY07"));
    assert!(village.admin3.is_some());
    assert_eq!(village.geo_precision, Some(1));
    assert!(matches!(
        village.geo_check,
        Some(GeoCheck::FromGazetteer {
            ambiguous: false,
            ..
        })
    ));

    let mut governorate = place("Idlib Governorate", None, "SY", None);
    truce_places::shipped().locate(&mut governorate);
    assert_eq!(governorate.geo_precision, Some(3));
    assert_eq!(governorate.admin1.as_deref(), Some("SY07"));
    assert_eq!(
        governorate.admin3, None,
        "a governorate's centroid says nothing finer"
    );
}

#[test]
fn a_city_district_named_alone_and_a_kurdish_name_are_placed_at_their_town() {
    // (name, governorate, the town's coordinates)
    let cases: &[(&str, &str, (f64, f64))] = &[
        ("Bab Amr", "SY04", (34.72, 36.73)),
        ("al-Waer", "SY04", (34.72, 36.73)),
        ("Sukkari", "SY02", (36.20, 37.16)),
        ("Qaboun", "SY01", (33.51, 36.29)),
        ("Qamishlo", "SY08", (37.05, 41.23)),
    ];
    for &(name, admin1, (lat, lon)) in cases {
        let mut district = place(name, None, "SY", None);
        truce_places::shipped().locate(&mut district);
        let at = (district.lat.unwrap(), district.lon.unwrap());
        assert!(
            (at.0 - lat).abs() < 0.05 && (at.1 - lon).abs() < 0.05,
            "{name}: {at:?}"
        );
        assert_eq!(district.admin1.as_deref(), Some(admin1), "{name}");
    }
}

#[test]
fn coordinates_outside_the_boundaries_are_flagged_and_kept() {
    // Gaziantep, in Turkey, reported as Syria.
    let mut p = place("Somewhere", Some((37.066, 37.383)), "SY", Some("SY02"));
    truce_places::shipped().locate(&mut p);
    assert_eq!(p.geo_check, Some(GeoCheck::OutsideBoundaries));
    assert_eq!((p.lat, p.lon), (Some(37.066), Some(37.383)));
    assert_eq!(
        p.admin1.as_deref(),
        Some("SY02"),
        "the source's own admin area is kept"
    );
    assert_eq!(p.admin3, None);
}

#[test]
fn places_in_other_countries_are_left_alone() {
    let mut p = place("Mosul", Some((36.34, 43.13)), "IQ", None);
    let before = p.clone();
    truce_places::shipped().locate(&mut p);
    assert_eq!(p, before);
}

#[test]
fn the_shipped_boundaries_nest_three_levels() {
    let admin = &truce_places::shipped().admin;
    let count = |level| admin.units().iter().filter(|u| u.level == level).count();
    assert_eq!((count(1), count(2), count(3)), (14, 62, 272));
}

#[test]
fn the_best_candidate_is_the_first_a_full_search_ranks() {
    // `best` skips folding and the ambiguity judgement that `search` does; over every place
    // name shipped (with a kind word, a hint and a respelling) and ordinary capitalised words,
    // it must name the same entry with the same score.
    let gazetteer = &truce_places::shipped().gazetteer;
    let shipped = include_str!("../../../data/geo/ucdp_syria_event_places.csv");
    let names: Vec<String> = shipped
        .lines()
        .skip(1)
        .filter_map(|line| line.split(',').next())
        .map(|name| name.trim_matches('"').to_owned())
        .collect();
    assert!(names.len() > 1000, "{} names", names.len());
    let mut asked = 0;
    for name in names.iter().flat_map(|n| {
        [
            n.clone(),
            format!("{n} village"),
            format!("{n} Governorate"),
            n.replace("ee", "i").replace('q', "k"),
        ]
    }) {
        for within in [None, Some("SY07"), Some("SY0200")] {
            let full = gazetteer.search(&name, within);
            let best = gazetteer.best(&name, within);
            assert_eq!(
                best.as_ref().map(|b| (&b.entry.name, b.entry.at, b.score)),
                full.best().map(|b| (&b.entry.name, b.entry.at, b.score)),
                "{name:?} within {within:?}"
            );
            let governorate = |e: &truce_core::gazetteer::PlaceEntry| {
                e.admin_level.as_ref().is_some_and(|(l, _)| *l == 1)
            };
            assert_eq!(
                gazetteer
                    .best_where(&name, within, governorate)
                    .map(|b| (b.entry.name.clone(), b.score)),
                full.candidates
                    .iter()
                    .find(|c| governorate(c.entry))
                    .map(|b| (b.entry.name.clone(), b.score)),
                "{name:?} within {within:?}, a governorate"
            );
            asked += 1;
        }
    }
    for word in [
        "The",
        "Monday",
        "Russian",
        "Al",
        "As",
        "Observatory",
        "Syrian Army",
    ] {
        assert_eq!(
            gazetteer.best(word, None).map(|b| b.entry.name.clone()),
            gazetteer
                .search(word, None)
                .best()
                .map(|b| b.entry.name.clone()),
            "{word}"
        );
    }
    assert!(asked > 10_000);
}

#[test]
fn a_coastal_town_just_offshore_of_the_boundaries_keeps_its_governorate() {
    // GeoNames puts Tartus a few hundred metres offshore of OCHA's simplified coastline: the
    // coordinates alone are outside the country, but the town's name finds its governorate.
    let places = truce_places::shipped();
    let at = geo::Coord {
        x: 35.88659,
        y: 34.88902,
    };
    assert_eq!(places.admin.codes_at(at), None);
    assert_eq!(
        places.admin.codes_near(at, 2.0).map(|c| c.admin1),
        Some("SY10")
    );
    let mut town = place("Tartus", None, "SY", None);
    places.locate(&mut town);
    assert_eq!(town.admin1.as_deref(), Some("SY10"));
    // Far out at sea is still nowhere.
    let at_sea = geo::Coord { x: 35.5, y: 34.9 };
    assert_eq!(places.admin.codes_near(at_sea, 2.0), None);
}
