//! Territorial control over time: who held which ground, when, on whose word.
//!
//! A control layer is a GeoJSON `FeatureCollection`; each feature is one record: `holder`
//! (an actor id or name from the registry, or an array of them for shared control),
//! `valid_from` and `valid_to` (a civil date, read in the collection's `time_zone` — UTC when
//! absent — or an RFC 3339 instant; `valid_to` absent or null is open-ended; the window is
//! half-open), `source`, optionally `contested: true` and a `note`. The ground is the feature's
//! Polygon or MultiPolygon geometry, or, with a null geometry, an OCHA `pcode` (any level), or
//! a `place` with `radius_km` and `lat`, `lon` (looked up in the gazetteer when absent). See docs/control-format.md.
//!
//! [`ControlMap`] answers "who held this point at this instant" from all loaded layers.

use std::sync::Arc;

use geo::{Coord, MultiPolygon};
use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::admin::AdminAreas;
use crate::diagnostic::{Diagnostic, Diagnostics, SourceText};
use crate::geojson_file::{feature_problem, parse_collection, properties, text};
use crate::geometry::{AreaIndex, km_between, polygons_of};
use crate::registry::{ActorIdx, Registry, Resolution};

/// Where a control record applies.
#[derive(Debug, Clone, PartialEq)]
pub enum ControlArea {
    /// An OCHA administrative area (any level).
    Pcode(String),
    /// A circle around a named place.
    Circle {
        /// The place as named.
        place: String,
        /// Its centre (x = longitude, y = latitude).
        center: Coord<f64>,
        /// Radius in kilometres.
        radius_km: f64,
    },
    /// The feature's own polygons (kept in the map's index).
    Shape,
}

/// One record of a control layer.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlRecord {
    /// Stable id within its layer.
    pub id: String,
    /// The layer it belongs to.
    pub layer: String,
    /// Who held the ground (several: shared or mixed control).
    pub holders: Vec<ActorIdx>,
    /// The sources call it a front line or fought over.
    pub contested: bool,
    /// First instant held.
    pub from: Timestamp,
    /// First instant no longer held (open-ended when absent).
    pub to: Option<Timestamp>,
    /// On whose word.
    pub source: String,
    /// Free text.
    pub note: Option<String>,
    /// Where.
    pub area: ControlArea,
}

impl ControlRecord {
    /// Whether the record's window contains `t`.
    pub fn holds_at(&self, t: Timestamp) -> bool {
        self.from <= t && self.to.is_none_or(|to| t < to)
    }

    /// Whether two records name the same holders, in any order.
    pub fn same_holders(&self, other: &ControlRecord) -> bool {
        self.holders.len() == other.holders.len()
            && self.holders.iter().all(|h| other.holders.contains(h))
    }

    /// Whether the record's window meets `[from, to)`.
    pub fn overlaps(&self, from: Timestamp, to: Timestamp) -> bool {
        self.from < to && self.to.is_none_or(|end| from < end)
    }
}

/// One control layer as read from its file.
#[derive(Debug, Clone)]
pub struct ControlLayer {
    /// The layer's name (the collection's `name`, else the file name).
    pub name: String,
    /// Its records, in file order.
    pub records: Vec<ControlRecord>,
    /// The polygons of records with `ControlArea::Shape`, by record index.
    shapes: Vec<(usize, MultiPolygon<f64>)>,
}

impl ControlLayer {
    /// Reads a layer; holders resolve through the registry, p-codes must exist in `admin`, and
    /// a `place` given without coordinates is looked up in the gazetteer (it must name one
    /// place). All problems are reported, each at its feature.
    pub fn parse(
        src: SourceText<'_>,
        registry: &Registry,
        admin: &AdminAreas,
        gazetteer: Option<&crate::gazetteer::Gazetteer>,
    ) -> Result<Self, Diagnostics> {
        let collection = parse_collection(src)?;
        let members = collection.foreign_members.clone().unwrap_or_default();
        let name = text(&members, "name").map_or_else(
            || {
                let file = src.name.rsplit('/').next().unwrap_or(src.name);
                file.trim_end_matches(".geojson")
                    .trim_end_matches(".json")
                    .to_owned()
            },
            str::to_owned,
        );
        let mut errors: Vec<Diagnostic> = Vec::new();
        let zone = match text(&members, "time_zone") {
            None => TimeZone::UTC,
            Some(z) => TimeZone::get(z).unwrap_or_else(|_| {
                errors.push(src.diagnostic(
                    src.text.find("\"time_zone\"").map(|a| a..a),
                    format!(
                        "unknown time zone `{z}`: expected an IANA name such as `Asia/Damascus`"
                    ),
                ));
                TimeZone::UTC
            }),
        };
        let mut records = Vec::new();
        let mut shapes = Vec::new();
        let mut ids = std::collections::HashSet::new();
        for (i, feature) in collection.features.iter().enumerate() {
            let props = properties(feature);
            let problem =
                |key: Option<&str>, message: String| feature_problem(src, i, key, message);
            let id = match feature.id.as_ref() {
                Some(geojson::feature::Id::String(s)) => Some(s.clone()),
                Some(geojson::feature::Id::Number(n)) => Some(n.to_string()),
                None => text(&props, "id").map(str::to_owned),
            };
            let Some(id) = id else {
                errors.push(problem(
                    None,
                    format!(
                        "feature {} has no `id`: give every control record a stable id",
                        i + 1
                    ),
                ));
                continue;
            };
            if !ids.insert(id.clone()) {
                errors.push(problem(
                    None,
                    format!("control record `{id}` appears twice: ids must be unique in a layer"),
                ));
            }
            let before = errors.len();
            let holders = holders(&props, registry)
                .map_err(|m| errors.push(problem(Some("holder"), format!("record `{id}`: {m}"))));
            let mut instant = |key: &str, required: bool| -> Option<Timestamp> {
                match props.get(key) {
                    None | Some(geojson::JsonValue::Null) if !required => None,
                    Some(geojson::JsonValue::String(s)) => match read_instant(s, &zone) {
                        Ok(t) => Some(t),
                        Err(m) => {
                            errors.push(problem(Some(key), format!("record `{id}`: `{key}` {m}")));
                            None
                        }
                    },
                    _ => {
                        errors.push(problem(Some(key), format!("record `{id}` has no `{key}`: expected a date `YYYY-MM-DD` or an RFC 3339 instant")));
                        None
                    }
                }
            };
            let from = instant("valid_from", true);
            let to = instant("valid_to", false);
            if let (Some(f), Some(t)) = (from, to)
                && t <= f
            {
                errors.push(problem(Some("valid_to"), format!("record `{id}`: `valid_to` is not after `valid_from`: the window is [valid_from, valid_to)")));
            }
            let source = text(&props, "source").map(str::to_owned);
            if source.is_none() {
                errors.push(problem(
                    Some("source"),
                    format!(
                        "record `{id}` has no `source`: say on whose word the holder is recorded"
                    ),
                ));
            }
            let area = match (
                &feature.geometry,
                text(&props, "pcode"),
                text(&props, "place"),
            ) {
                (Some(g), None, None) => match polygons_of(g) {
                    Some(shape) => {
                        shapes.push((records.len(), shape));
                        Some(ControlArea::Shape)
                    }
                    None => {
                        errors.push(problem(
                            Some("geometry"),
                            format!(
                                "record `{id}`: the geometry must be a Polygon or MultiPolygon"
                            ),
                        ));
                        None
                    }
                },
                (None, Some(pcode), None) => {
                    if admin.get(pcode).is_some() {
                        Some(ControlArea::Pcode(pcode.to_owned()))
                    } else {
                        errors.push(problem(Some("pcode"), format!("record `{id}`: unknown p-code `{pcode}`: expected an OCHA p-code such as SY0703 of the loaded boundaries")));
                        None
                    }
                }
                (None, None, Some(place)) => {
                    let number = |k: &str| props.get(k).and_then(geojson::JsonValue::as_f64);
                    let center = match (number("lat"), number("lon")) {
                        (Some(lat), Some(lon))
                            if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) =>
                        {
                            Ok(Coord { x: lon, y: lat })
                        }
                        (None, None) => match gazetteer.map(|g| g.search(place, None)) {
                            Some(found) if found.ambiguous => Err(format!("record `{id}`: `place` {place:?} names more than one place: give `lat` and `lon`")),
                            // A place held is a town or village: prefer one over an area of the same name.
                            Some(found) => found
                                .candidates
                                .iter()
                                .find(|c| c.entry.precision == 1)
                                .or(found.best())
                                .map(|c| c.entry.at)
                                .ok_or_else(|| {
                                format!("record `{id}`: `place` {place:?} is not in the gazetteer: give `lat` and `lon`")
                            }),
                            None => Err(format!("record `{id}`: a `place` needs `lat` and `lon` in decimal degrees")),
                        },
                        _ => Err(format!("record `{id}`: `lat` and `lon` must be decimal degrees (latitude within ±90, longitude within ±180)")),
                    };
                    let radius_km = number("radius_km").unwrap_or(DEFAULT_RADIUS_KM);
                    match center {
                        Err(message) => {
                            errors.push(problem(Some("place"), message));
                            None
                        }
                        Ok(_) if !(radius_km > 0.0 && radius_km <= 100.0) => {
                            errors.push(problem(
                                Some("radius_km"),
                                format!(
                                    "record `{id}`: `radius_km` must be above 0 and at most 100"
                                ),
                            ));
                            None
                        }
                        Ok(center) => Some(ControlArea::Circle {
                            place: place.to_owned(),
                            center,
                            radius_km,
                        }),
                    }
                }
                _ => {
                    errors.push(problem(None, format!("record `{id}`: give exactly one of a Polygon/MultiPolygon geometry, a `pcode`, or a `place` with `lat` and `lon`")));
                    None
                }
            };
            if errors.len() > before {
                continue;
            }
            let (Ok(holders), Some(from), Some(source), Some(area)) = (holders, from, source, area)
            else {
                continue;
            };
            records.push(ControlRecord {
                contested: props
                    .get("contested")
                    .and_then(geojson::JsonValue::as_bool)
                    .unwrap_or(false),
                note: text(&props, "note").map(str::to_owned),
                id,
                layer: name.clone(),
                holders,
                from,
                to,
                source,
                area,
            });
        }
        if !errors.is_empty() {
            return Err(Diagnostics(errors));
        }
        Ok(Self {
            name,
            records,
            shapes,
        })
    }
}

/// The radius of a place given without one: a town and its edges.
pub const DEFAULT_RADIUS_KM: f64 = 3.0;

fn holders(props: &geojson::JsonObject, registry: &Registry) -> Result<Vec<ActorIdx>, String> {
    let names: Vec<&str> = match props.get("holder") {
        Some(geojson::JsonValue::String(s)) => vec![s.as_str()],
        Some(geojson::JsonValue::Array(a)) if !a.is_empty() => a
            .iter()
            .map(|v| v.as_str().ok_or("`holder` lists must hold actor ids or names as strings"))
            .collect::<Result<_, _>>()?,
        _ => return Err("no `holder`: expected an actor id or name from the registry, or a list of them for shared control".to_owned()),
    };
    let mut found = Vec::new();
    for name in names {
        match registry
            .by_id(name)
            .map(Resolution::Actor)
            .unwrap_or_else(|| registry.resolve(name))
        {
            Resolution::Actor(idx) => found.push(idx),
            Resolution::Coalition(members) => found.extend(members),
            Resolution::Unresolved => {
                return Err(format!(
                    "unknown holder `{name}`: expected an actor id or name from the registry"
                ));
            }
        }
    }
    Ok(found)
}

fn read_instant(text: &str, zone: &TimeZone) -> Result<Timestamp, String> {
    if let Ok(date) = text.parse::<jiff::civil::Date>() {
        return date
            .to_zoned_datetime(zone.clone())
            .map(|z| z.timestamp())
            .map_err(|e| format!("`{text}`: {e}"));
    }
    text.parse::<Timestamp>()
        .map_err(|_| format!("`{text}`: expected a date `YYYY-MM-DD` or an RFC 3339 instant such as 2016-02-27T00:00:00+02:00"))
}

/// What the control layers say about some ground over some time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroundFact {
    /// No record covers it.
    Unknown,
    /// One holder (or one set of holders) throughout, by this record.
    Held {
        /// Index of the record in the map.
        record: u32,
    },
    /// Contested: a record says so, or records disagree within the time.
    Contested {
        /// Index of a record involved.
        record: u32,
    },
}

/// Ground that changed hands: record `before` ends at `at`, where record `after` begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HolderChange {
    /// The record that ends.
    pub before: u32,
    /// The record that begins.
    pub after: u32,
    /// The instant of the change.
    pub at: Timestamp,
}

/// All loaded control layers, indexed by place.
#[derive(Debug, Default)]
pub struct ControlMap {
    records: Vec<ControlRecord>,
    admin: Option<Arc<AdminAreas>>,
    /// Per sub-district (by p-code order in `sub_district_codes`): records covering it.
    by_sub_district: std::collections::HashMap<String, Vec<u32>>,
    circles: Vec<u32>,
    shapes: AreaIndex<u32>,
}

impl ControlMap {
    /// Indexes the layers (a later layer of the same name replaces an earlier one).
    pub fn new(admin: Arc<AdminAreas>, layers: Vec<ControlLayer>) -> Self {
        let mut latest: Vec<ControlLayer> = Vec::new();
        for layer in layers {
            latest.retain(|l| l.name != layer.name);
            latest.push(layer);
        }
        let mut records = Vec::new();
        let mut shapes = Vec::new();
        let mut by_sub_district: std::collections::HashMap<String, Vec<u32>> = Default::default();
        let mut circles = Vec::new();
        for layer in latest {
            let offset = records.len();
            for (i, shape) in layer.shapes {
                shapes.push((shape, (offset + i) as u32));
            }
            for record in layer.records {
                let idx = records.len() as u32;
                match &record.area {
                    ControlArea::Pcode(pcode) => {
                        for unit in admin.sub_districts_of(pcode) {
                            by_sub_district
                                .entry(unit.pcode.clone())
                                .or_default()
                                .push(idx);
                        }
                    }
                    ControlArea::Circle { .. } => circles.push(idx),
                    ControlArea::Shape => {}
                }
                records.push(record);
            }
        }
        Self {
            records,
            admin: Some(admin),
            by_sub_district,
            circles,
            shapes: AreaIndex::new(shapes),
        }
    }

    /// The record at `idx`.
    pub fn record(&self, idx: u32) -> &ControlRecord {
        &self.records[idx as usize]
    }

    /// Every record.
    pub fn records(&self) -> &[ControlRecord] {
        &self.records
    }

    /// Whether no layer is loaded.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Indices of every record whose ground contains the point, in no particular order.
    pub fn covering(&self, p: Coord<f64>) -> impl Iterator<Item = u32> + '_ {
        let by_pcode = self
            .admin
            .as_ref()
            .and_then(|a| a.locate(p))
            .and_then(|unit| self.by_sub_district.get(&unit.pcode))
            .into_iter()
            .flatten()
            .copied();
        let circles =
            self.circles
                .iter()
                .copied()
                .filter(move |&i| match &self.records[i as usize].area {
                    ControlArea::Circle {
                        center, radius_km, ..
                    } => km_between(*center, p) <= *radius_km,
                    _ => false,
                });
        by_pcode
            .chain(circles)
            .chain(self.shapes.containing(p).copied())
    }

    /// The records in force at a point at an instant.
    pub fn at(&self, p: Coord<f64>, t: Timestamp) -> impl Iterator<Item = &ControlRecord> {
        self.covering(p)
            .map(|i| &self.records[i as usize])
            .filter(move |r| r.holds_at(t))
    }

    /// Every record ever covering a point, oldest first.
    pub fn history(&self, p: Coord<f64>) -> Vec<&ControlRecord> {
        let mut found: Vec<&ControlRecord> = self
            .covering(p)
            .map(|i| &self.records[i as usize])
            .collect();
        found.sort_by(|a, b| a.from.cmp(&b.from).then(a.id.cmp(&b.id)));
        found
    }

    /// Every change of hands the layers record: a record whose window ends exactly where
    /// another record for the same ground (same p-code, or same place circle) begins, with a
    /// different holder. Polygon records are not compared (two drawings of one ground are
    /// rarely identical).
    pub fn holder_changes(&self) -> Vec<HolderChange> {
        let mut starting: std::collections::HashMap<Timestamp, Vec<u32>> = Default::default();
        for (i, r) in self.records.iter().enumerate() {
            starting.entry(r.from).or_default().push(i as u32);
        }
        let mut changes = Vec::new();
        for (b, before) in self.records.iter().enumerate() {
            let Some(end) = before.to else { continue };
            if before.area == ControlArea::Shape {
                continue;
            }
            for &a in starting.get(&end).into_iter().flatten() {
                let after = &self.records[a as usize];
                if after.area == before.area && !after.same_holders(before) {
                    changes.push(HolderChange {
                        before: b as u32,
                        after: a,
                        at: end,
                    });
                }
            }
        }
        changes
    }

    /// The administrative areas the map was built with.
    pub fn admin(&self) -> Option<&AdminAreas> {
        self.admin.as_deref()
    }

    /// What the layers say about a point during `[from, to)`. The most specific ground
    /// decides: a circle or polygon drawn for the place beats an administrative area.
    pub fn ground(&self, p: Coord<f64>, from: Timestamp, to: Timestamp) -> GroundFact {
        let mut hits: Vec<u32> = self
            .covering(p)
            .filter(|&i| self.records[i as usize].overlaps(from, to))
            .collect();
        if hits
            .iter()
            .any(|&i| !matches!(self.records[i as usize].area, ControlArea::Pcode(_)))
        {
            hits.retain(|&i| !matches!(self.records[i as usize].area, ControlArea::Pcode(_)));
        }
        let Some(&first) = hits.first() else {
            return GroundFact::Unknown;
        };
        if let Some(&contested) = hits.iter().find(|&&i| self.records[i as usize].contested) {
            return GroundFact::Contested { record: contested };
        }
        if let Some(&other) = hits
            .iter()
            .find(|&&i| !self.records[i as usize].same_holders(&self.records[first as usize]))
        {
            return GroundFact::Contested { record: other };
        }
        GroundFact::Held { record: first }
    }
}
