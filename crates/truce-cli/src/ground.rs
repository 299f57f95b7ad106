//! Places and ground: `truce places search`, `truce load control`, `truce control at|history`,
//! and the control map that determinations read.

use std::path::Path;
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use geo::Coord;
use jiff::Timestamp;
use truce_core::control::{ControlLayer, ControlMap, ControlRecord};
use truce_core::{Diagnostic, Registry, SourceText};
use truce_store::{ControlFile, Store};

use crate::Global;
use crate::scenario::Scenario;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ListFormat {
    Table,
    Jsonl,
}

#[derive(Debug, Subcommand)]
pub enum PlacesCommand {
    /// Candidate places for a name, best first (transliterations, Arabic and the article are
    /// matched; two places of one name are reported as ambiguous).
    Search {
        /// The name as written, e.g. "Ma'arrat an-Nu'man" or "معرة النعمان".
        name: String,
        /// Prefer places inside this admin area (OCHA p-code or name, e.g. SY07 or Idlib).
        #[arg(long)]
        within: Option<String>,
        /// At most this many candidates.
        #[arg(long, default_value_t = 5)]
        limit: usize,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
}

#[derive(Debug, Subcommand)]
pub enum ControlCommand {
    /// Who held a point at an instant, by the loaded control layers.
    At {
        /// `LAT,LON` in decimal degrees, e.g. 33.5711,36.4029.
        point: String,
        /// A day (`YYYY-MM-DD`, read in the agreement's time zone) or an RFC 3339 instant.
        #[arg(long)]
        time: String,
    },
    /// Every control record that ever covered a place, oldest first.
    History {
        /// `LAT,LON`, or a place name resolved through the gazetteer.
        place: String,
    },
}

/// A control layer file checked against the registry and the shipped boundaries.
pub fn control_file(
    path: &str,
    text: String,
    registry: &Registry,
) -> Result<ControlFile, Vec<Diagnostic>> {
    let layer = parse_layer(path, &text, registry).map_err(|d| d.0)?;
    Ok(ControlFile {
        name: layer.name,
        path: path.to_owned(),
        records: layer.records.len() as i64,
        text,
    })
}

/// A control layer read against the registry and the shipped boundaries and gazetteer.
fn parse_layer(
    path: &str,
    text: &str,
    registry: &Registry,
) -> Result<ControlLayer, truce_core::Diagnostics> {
    let places = truce_places::shipped();
    ControlLayer::parse(
        SourceText::new(path, text),
        registry,
        &places.admin,
        Some(&places.gazetteer),
    )
}

/// The control map of every layer the record holds.
pub async fn control_map(store: &Store, scenario: &Scenario) -> anyhow::Result<ControlMap> {
    let admin = &truce_places::shipped().admin;
    let mut layers = Vec::new();
    for file in store.control_layers().await? {
        let layer = parse_layer(&file.path, &file.text, &scenario.registry)
            .map_err(|d| {
                anyhow::anyhow!(
                    "the stored control layer `{}` no longer fits the registry or boundaries (reload it):\n{d}",
                    file.name
                )
            })?;
        layers.push(layer);
    }
    Ok(ControlMap::new(admin.clone(), layers))
}

/// Stores control layers, says what changed, and takes in the territorial allegations the
/// stored layers make.
pub async fn store_layers(
    store: &Store,
    user: &str,
    scenario: &Scenario,
    files: &[ControlFile],
) -> anyhow::Result<()> {
    for file in files {
        let changed = store.load_control(user, file.clone()).await?;
        println!(
            "{} control layer {} ({} records, from {})",
            if changed { "loaded" } else { "already loaded:" },
            file.name,
            file.records,
            file.path
        );
    }
    if !files.is_empty() {
        take_in_allegations(store, user, scenario).await?;
    }
    Ok(())
}

/// The name under which territorial allegations are recorded as reports.
const ALLEGATIONS_SOURCE: &str = "control layers: changes of hands between bound parties";

/// Takes in, as reports, the changes of hands between bound parties after commencement that
/// the stored control layers record (idempotent: an allegation already taken in is unchanged).
pub async fn take_in_allegations(
    store: &Store,
    user: &str,
    scenario: &Scenario,
) -> anyhow::Result<()> {
    let map = control_map(store, scenario).await?;
    let alleged = truce_core::determine::territorial_allegations(
        &scenario.agreement,
        &scenario.registry,
        &map,
    );
    if alleged.is_empty() {
        return Ok(());
    }
    let reports = alleged.iter().map(|incident| {
        let raw = incident
            .sources
            .iter()
            .map(|s| {
                (
                    std::sync::Arc::from("control_record"),
                    s.external_id.clone(),
                )
            })
            .collect();
        Ok::<_, std::io::Error>(truce_store::Report {
            record: truce_core::record::IncidentRecord::from_incident(incident, &scenario.registry),
            raw,
        })
    });
    let summary = store
        .import(user, ALLEGATIONS_SOURCE, &scenario.registry, None, reports)
        .await?;
    println!(
        "{} territorial allegation(s) under the terms from control changes of hands: {} new, {} revised, {} unchanged",
        summary.read, summary.new, summary.revised, summary.unchanged
    );
    Ok(())
}

pub async fn load_control(global: &Global, path: &Path) -> anyhow::Result<ExitCode> {
    let (store, _) = crate::record::open(global).await?;
    let scenario = crate::record::stored_scenario(&store).await?;
    let text = crate::scenario::read(path).map_err(crate::problems_error)?;
    let file = control_file(&path.display().to_string(), text, &scenario.registry)
        .map_err(crate::problems_error)?;
    store_layers(&store, &global.user, &scenario, &[file]).await?;
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub fn places(command: &PlacesCommand) -> anyhow::Result<ExitCode> {
    let PlacesCommand::Search {
        name,
        within,
        limit,
        format,
    } = command;
    let places = truce_places::shipped();
    let within = match within {
        None => None,
        Some(area) => Some(area_pcode(area)?),
    };
    let search = places.gazetteer.search(name, within.as_deref());
    let admin_name = |pcode: &str| {
        places
            .admin
            .get(pcode)
            .map_or("", |u| u.name.as_str())
            .to_owned()
    };
    for c in search.candidates.iter().take(*limit) {
        let e = c.entry;
        let codes = e.pcodes.clone().unwrap_or_default();
        match format {
            ListFormat::Jsonl => println!(
                "{}",
                serde_json::json!({
                    "name": e.name,
                    "lat": e.at.y,
                    "lon": e.at.x,
                    "admin1": codes[0], "admin2": codes[1], "admin3": codes[2],
                    "admin_level": e.admin_level.as_ref().map(|(l, _)| l),
                    "geo_precision": e.geo_precision(),
                    "score": (c.score * 100.0).round() / 100.0,
                    "match": format!("{:?}", c.matched).to_lowercase(),
                    "source": e.source.as_str(),
                    "ambiguous": search.ambiguous,
                })
            ),
            ListFormat::Table => println!(
                "{:<28} {:>9.5} {:>9.5}  {:<9} {:<22} {:.2}  {}",
                e.name,
                e.at.y,
                e.at.x,
                codes[2],
                admin_name(&codes[0]),
                c.score,
                e.source.as_str()
            ),
        }
    }
    if search.candidates.is_empty() {
        eprintln!("truce: no place named {name:?} in the gazetteer");
        return Ok(ExitCode::FAILURE);
    }
    if search.ambiguous && matches!(format, ListFormat::Table) {
        println!("(ambiguous: {name:?} names more than one place; give --within to choose)");
    }
    Ok(ExitCode::SUCCESS)
}

/// An admin area given as a p-code or a name.
fn area_pcode(area: &str) -> anyhow::Result<String> {
    let places = truce_places::shipped();
    if places.admin.get(area).is_some() {
        return Ok(area.to_owned());
    }
    places
        .gazetteer
        .search(area, None)
        .candidates
        .iter()
        .find_map(|c| c.entry.admin_level.as_ref().map(|(_, pcode)| pcode.clone()))
        .ok_or_else(|| {
            anyhow::anyhow!("--within {area:?}: no administrative area has that p-code or name")
        })
}

pub async fn control(global: &Global, command: &ControlCommand) -> anyhow::Result<ExitCode> {
    let (store, _) = crate::record::open(global).await?;
    let scenario = crate::record::stored_scenario(&store).await?;
    let map = control_map(&store, &scenario).await?;
    store.close().await;
    if map.is_empty() {
        anyhow::bail!("no control layer is loaded: run `truce load control FILE.geojson` first");
    }
    let describe = |r: &ControlRecord| {
        let holders: Vec<&str> = r
            .holders
            .iter()
            .map(|h| scenario.registry.actor(*h).id.as_str())
            .collect();
        format!(
            "{}  {} .. {}  {}  [{}/{}]  {}",
            holders.join("+"),
            r.from,
            r.to.map_or("(open)".to_owned(), |t| t.to_string()),
            if r.contested { "contested" } else { "held" },
            r.layer,
            r.id,
            r.source
        )
    };
    match command {
        ControlCommand::At { point, time } => {
            let p = parse_point(point)?;
            let t = parse_time(time, &scenario.agreement.time_zone)?;
            print_area(p);
            let held: Vec<&ControlRecord> = map.at(p, t).collect();
            if held.is_empty() {
                println!("no control record covers {point} at {t}");
                return Ok(ExitCode::FAILURE);
            }
            for r in held {
                println!("{}", describe(r));
            }
        }
        ControlCommand::History { place } => {
            let p = match parse_point(place) {
                Ok(p) => p,
                Err(_) => {
                    let places = truce_places::shipped();
                    let search = places.gazetteer.search(place, None);
                    let best = search.best().ok_or_else(|| {
                        anyhow::anyhow!("{place:?} is neither LAT,LON nor a place in the gazetteer")
                    })?;
                    println!(
                        "{place} → {} ({:.5},{:.5}{})",
                        best.entry.name,
                        best.entry.at.y,
                        best.entry.at.x,
                        if search.ambiguous {
                            "; ambiguous name"
                        } else {
                            ""
                        }
                    );
                    best.entry.at
                }
            };
            print_area(p);
            let history = map.history(p);
            if history.is_empty() {
                println!("no control record has ever covered it");
                return Ok(ExitCode::FAILURE);
            }
            for r in history {
                println!("{}", describe(r));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_area(p: Coord<f64>) {
    let admin = &truce_places::shipped().admin;
    match admin.codes_at(p) {
        Some(codes) => {
            let name = |c: &str| admin.get(c).map_or("", |u| u.name.as_str()).to_owned();
            println!(
                "{:.5},{:.5} is in {} ({}), {} ({}), {} ({})",
                p.y,
                p.x,
                name(codes.admin3),
                codes.admin3,
                name(codes.admin2),
                codes.admin2,
                name(codes.admin1),
                codes.admin1
            );
        }
        None => println!(
            "{:.5},{:.5} is outside the boundaries of {}",
            p.y,
            p.x,
            truce_places::COUNTRY
        ),
    }
}

fn parse_point(text: &str) -> anyhow::Result<Coord<f64>> {
    let (lat, lon) = text.split_once(',').ok_or_else(|| {
        anyhow::anyhow!("{text:?}: expected LAT,LON in decimal degrees, e.g. 33.5711,36.4029")
    })?;
    let number = |s: &str, what: &str, max: f64| -> anyhow::Result<f64> {
        let v: f64 = s
            .trim()
            .parse()
            .map_err(|_| anyhow::anyhow!("{text:?}: {what} {s:?} is not a number"))?;
        anyhow::ensure!(
            v.abs() <= max,
            "{text:?}: {what} {v} is out of range (±{max})"
        );
        Ok(v)
    };
    Ok(Coord {
        x: number(lon, "longitude", 180.0)?,
        y: number(lat, "latitude", 90.0)?,
    })
}

fn parse_time(text: &str, zone: &jiff::tz::TimeZone) -> anyhow::Result<Timestamp> {
    if let Ok(day) = text.parse::<jiff::civil::Date>() {
        // Noon: the middle of the day asked about.
        return Ok(day
            .at(12, 0, 0, 0)
            .to_zoned_datetime(zone.clone())?
            .timestamp());
    }
    text.parse::<Timestamp>().map_err(|_| {
        anyhow::anyhow!("--time {text:?}: expected a day YYYY-MM-DD or an RFC 3339 instant such as 2016-03-01T10:00:00+02:00")
    })
}
