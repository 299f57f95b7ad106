//! The spatial-temporal join of the places benchmark (see bench/ground.py and BENCHMARKS.md):
//! for every point, the holder of the control record whose ground contains it at its instant,
//! and the governorate containing it.
//!
//! `ground_join POINTS.csv CONTROL.geojson ADMIN1.geojson OUT.csv [RUNS]`
//! - POINTS.csv: `id,lon,lat,unix_seconds` (no header);
//! - CONTROL.geojson: a control layer (records by sub-district p-code, holders from the
//!   Syria 2016 registry);
//! - ADMIN1.geojson: governorate polygons with `ADM1_PCODE`.
//!
//! Prints the time to build the indexes and, per run, the time of the join on all cores.

use std::io::Write as _;
use std::sync::Arc;
use std::time::Instant;

use geo::Coord;
use jiff::Timestamp;
use truce_core::control::{ControlLayer, ControlMap};
use truce_core::geometry::{AreaIndex, polygons_of};
use truce_core::{Registry, SourceText};

struct Point {
    id: u32,
    at: Coord<f64>,
    t: Timestamp,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, points, control, admin1, out, rest @ ..] = args.as_slice() else {
        eprintln!("usage: ground_join POINTS.csv CONTROL.geojson ADMIN1.geojson OUT.csv [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = rest
        .first()
        .map_or(3, |r| r.parse().expect("RUNS is a number"));
    let registry_text = include_str!("../../../scenarios/syria-2016/actors.toml");
    let registry =
        Registry::parse(SourceText::new("actors.toml", registry_text)).expect("registry");

    let points = read_points(points);
    let control_text = std::fs::read_to_string(control).expect("control layer");
    let admin1_text = std::fs::read_to_string(admin1).expect("admin1 polygons");

    let started = Instant::now();
    let places = truce_places::shipped();
    let admin = Arc::clone(&places.admin);
    let layer = ControlLayer::parse(
        SourceText::new(control, &control_text),
        &registry,
        &admin,
        None,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let records = layer.records.len();
    let map = ControlMap::new(admin, vec![layer]);
    let governorates = governorates(&admin1_text);
    let build = started.elapsed();
    println!(
        "indexes: {} sub-districts, {records} control records, {} governorates built in {:.3} s (boundaries parsed included)",
        places.admin.units().iter().filter(|u| u.level == 3).count(),
        governorates.len(),
        build.as_secs_f64()
    );

    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut result = Vec::new();
    for run in 1..=runs {
        let started = Instant::now();
        result = join(&points, &map, &governorates, &registry, threads);
        println!(
            "run {run}: {} points joined in {:.3} s on {threads} threads",
            points.len(),
            started.elapsed().as_secs_f64()
        );
    }
    let mut w = std::io::BufWriter::new(std::fs::File::create(out).expect("output file"));
    for (id, adm3, holder, adm1) in &result {
        writeln!(w, "{id},{adm3},{holder},{adm1}").expect("written");
    }
}

type Row<'a> = (u32, &'a str, &'a str, &'a str);

fn join<'a>(
    points: &[Point],
    map: &'a ControlMap,
    governorates: &'a AreaIndex<String>,
    registry: &'a Registry,
    threads: usize,
) -> Vec<Row<'a>> {
    let chunk = points.len().div_ceil(threads);
    std::thread::scope(|s| {
        let parts: Vec<_> = points
            .chunks(chunk.max(1))
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|p| {
                            let (adm3, holder) = match map.at(p.at, p.t).next() {
                                Some(r) => (
                                    match &r.area {
                                        truce_core::control::ControlArea::Pcode(c) => c.as_str(),
                                        _ => "",
                                    },
                                    registry.actor(r.holders[0]).id.as_str(),
                                ),
                                None => ("", ""),
                            };
                            let adm1 = governorates
                                .containing(p.at)
                                .next()
                                .map_or("", String::as_str);
                            (p.id, adm3, holder, adm1)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|h| h.join().expect("worker"))
            .collect()
    })
}

fn read_points(path: &str) -> Vec<Point> {
    let text = std::fs::read_to_string(path).expect("points file");
    text.lines()
        .map(|line| {
            let mut f = line.split(',');
            let mut next = || f.next().expect("4 columns");
            let id = next().parse().expect("id");
            let x = next().parse().expect("lon");
            let y = next().parse().expect("lat");
            let seconds: f64 = next().parse().expect("seconds");
            Point {
                id,
                at: Coord { x, y },
                t: Timestamp::from_microsecond((seconds * 1e6).round() as i64).expect("instant"),
            }
        })
        .collect()
}

fn governorates(text: &str) -> AreaIndex<String> {
    let collection: geojson::FeatureCollection = text
        .parse::<geojson::GeoJson>()
        .ok()
        .and_then(|g| g.try_into().ok())
        .expect("a FeatureCollection");
    AreaIndex::new(collection.features.iter().filter_map(|f| {
        let pcode = f
            .properties
            .as_ref()?
            .get("ADM1_PCODE")?
            .as_str()?
            .to_owned();
        Some((polygons_of(f.geometry.as_ref()?)?, pcode))
    }))
}
