//! Reports filed by people — a monitor in the field, a party's hotline, a party's denial of
//! what it is accused of — as JSON lines, one report per line:
//!
//! ```json
//! {"key": "hotline-0042", "sub_event_type": "Air/drone strike", "date": "2016-03-05",
//!  "place": {"name": "Douma", "lat": 33.5711, "lon": 36.4029},
//!  "actors": [{"name": "Russia", "role": "perpetrator", "attribution": "accused"}],
//!  "fatalities": {"best": 12}, "source": "Douma local council", "denial": false}
//! ```
//!
//! `key` is the filer's own identifier: filing the same key again is idempotent (a changed
//! report is a new revision), and the report's id is `report:KEY`. Dates are a day, or
//! `date_start`/`date_end` with a `date_precision`; a place is coordinates (admin areas follow
//! by point-in-polygon) or a name the gazetteer places. Actor names resolve through the
//! registry and are kept verbatim when they do not. A `denial` is the named actors denying
//! the act: it joins the incident it answers, and makes it contested.

use jiff::civil::Date;
use serde::Deserialize;
use truce_core::event::SubEventType;
use truce_core::record::{ActorRecord, IncidentRecord};
use truce_core::when::DatePrecision;
use truce_core::{Attribution, Fatalities, Place, Registry, Resolution, Role, SourceRef};

/// One filed report, as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiledReport {
    /// The filer's identifier for the report.
    pub key: String,
    /// ACLED sub-event type, as ACLED spells it.
    pub sub_event_type: SubEventType,
    /// The day, when known to the day.
    #[serde(default)]
    pub date: Option<Date>,
    /// First possible day (with `date_end`), instead of `date`.
    #[serde(default)]
    pub date_start: Option<Date>,
    /// Last possible day.
    #[serde(default)]
    pub date_end: Option<Date>,
    /// How well the days are known (default: `day` for one day, `days` for a span).
    #[serde(default)]
    pub date_precision: Option<DatePrecision>,
    /// Where.
    pub place: FiledPlace,
    /// Who.
    #[serde(default)]
    pub actors: Vec<FiledActor>,
    /// Deaths.
    #[serde(default)]
    pub fatalities: Fatalities,
    /// Who reports it (an outlet, a monitor, a party's office).
    pub source: String,
    /// Whether this report denies the act (a counter-claim).
    #[serde(default)]
    pub denial: bool,
    /// Source protection: who reported it and exactly where are for monitors only.
    #[serde(default)]
    pub protected: bool,
}

/// Where a filed report places the event.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiledPlace {
    /// The place name as written.
    #[serde(default)]
    pub name: Option<String>,
    /// WGS84 latitude.
    #[serde(default)]
    pub lat: Option<f64>,
    /// WGS84 longitude.
    #[serde(default)]
    pub lon: Option<f64>,
    /// ACLED geo precision (1 the place, 2 near it, 3 a region); 1 with coordinates.
    #[serde(default)]
    pub geo_precision: Option<u8>,
}

/// An actor of a filed report.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiledActor {
    /// The name as the filer wrote it.
    pub name: String,
    /// Role.
    pub role: Role,
    /// How the role is known (default: known).
    #[serde(default)]
    pub attribution: Option<Attribution>,
}

impl FiledReport {
    /// The report in the record's form, or what is wrong with it.
    pub fn into_record(self, registry: &Registry) -> Result<IncidentRecord, String> {
        if self.key.is_empty()
            || !self
                .key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        {
            return Err(format!(
                "key {:?}: expected letters, digits, `-`, `_` or `.`",
                self.key
            ));
        }
        let (start, end) = match (self.date, self.date_start, self.date_end) {
            (Some(d), None, None) => (d, d),
            (None, Some(s), Some(e)) if s <= e => (s, e),
            (None, Some(s), Some(e)) => {
                return Err(format!("date_end {e} is before date_start {s}"));
            }
            _ => {
                return Err(
                    "give either `date` or both `date_start` and `date_end` (YYYY-MM-DD)".into(),
                );
            }
        };
        let precision = self.date_precision.unwrap_or(if start == end {
            DatePrecision::Day
        } else {
            DatePrecision::Days
        });
        let p = self.place;
        match (p.lat, p.lon) {
            (Some(lat), Some(lon)) if lat.abs() > 90.0 || lon.abs() > 180.0 => {
                return Err(format!("place: ({lat}, {lon}) are not WGS84 coordinates"));
            }
            (Some(_), None) | (None, Some(_)) => {
                return Err("place: give both `lat` and `lon`, or neither".into());
            }
            (None, None) if p.name.is_none() => {
                return Err("place: give coordinates, a name, or both".into());
            }
            _ => {}
        }
        if let Some(g) = p.geo_precision
            && !(1..=3).contains(&g)
        {
            return Err(format!("place: geo_precision {g} (expected 1, 2 or 3)"));
        }
        let mut location = Place {
            name: p.name,
            lat: p.lat,
            lon: p.lon,
            country: Some("SY".to_owned()),
            geo_precision: p.geo_precision.or(p.lat.map(|_| 1)),
            ..Place::default()
        };
        truce_places::shipped().locate(&mut location);
        let actors = self
            .actors
            .into_iter()
            .map(|a| {
                let id_of = |i| registry.actor(i).id.clone();
                let (actor_id, members) = match registry.resolve(&a.name) {
                    Resolution::Actor(i) => (Some(id_of(i)), Vec::new()),
                    Resolution::Coalition(m) => (None, m.into_iter().map(id_of).collect()),
                    Resolution::Unresolved => (None, Vec::new()),
                };
                ActorRecord {
                    name: a.name,
                    actor_id,
                    members,
                    role: a.role,
                    attribution: a.attribution.unwrap_or(Attribution::Known),
                }
            })
            .collect();
        let id = format!("report:{}", self.key);
        Ok(IncidentRecord {
            event_type: self.sub_event_type.event_type().name().to_owned(),
            sub_event_type: self.sub_event_type,
            date_start: Some(start),
            date_end: Some(end),
            date_precision: Some(precision),
            location,
            actors,
            fatalities: self.fatalities,
            sources: vec![SourceRef {
                external_id: id.clone(),
                name: Some(self.source),
            }],
            self_defence_claimed: false,
            denial: self.denial,
            protected: self.protected,
            id,
        })
    }
}

/// Reads filed reports from JSON lines, one report (and its line as written) at a time;
/// blank lines are skipped. A malformed line is an error at its line and column.
pub fn read<'a, R: std::io::BufRead + 'a>(
    input: R,
    file: &'a str,
    registry: &'a Registry,
) -> impl Iterator<Item = Result<(IncidentRecord, String), crate::ImportError>> + 'a {
    input
        .lines()
        .enumerate()
        .filter(|(_, line)| line.as_ref().map_or(true, |l| !l.trim().is_empty()))
        .map(move |(n, line)| {
            let at = |column: Option<usize>, message: String| crate::ImportError {
                file: file.to_owned(),
                line: n as u64 + 1,
                column,
                message,
            };
            let line = line.map_err(|e| at(None, format!("cannot read the line: {e}")))?;
            let filed: FiledReport = serde_json::from_str(&line).map_err(|e| {
                let message = e.to_string();
                let message = message
                    .split(" at line ")
                    .next()
                    .unwrap_or(&message)
                    .to_owned();
                at(
                    Some(e.column()),
                    format!("{message} (see `truce import reports --help`)"),
                )
            })?;
            let record = filed.into_record(registry).map_err(|m| at(None, m))?;
            Ok((record, line))
        })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn registry() -> Registry {
        let text = include_str!("../../../scenarios/syria-2016/actors.toml");
        Registry::parse(truce_core::SourceText::new("actors.toml", text)).expect("the registry")
    }

    proptest! {
        /// Whatever a line holds, reading it never panics, and a refusal names that line.
        #[test]
        fn any_line_is_read_or_refused_where_it_stands(garbage in ".{0,200}", line in 0usize..5) {
            let registry = registry();
            let good = r#"{"key": "k", "sub_event_type": "Attack", "date": "2016-03-01", "place": {"lat": 35.0, "lon": 38.0}, "source": "s"}"#;
            let mut lines = vec![good.to_owned(); 5];
            lines[line] = garbage.replace('\n', " ");
            let text = lines.join("\n");
            for item in read(text.as_bytes(), "f.jsonl", &registry) {
                if let Err(e) = item {
                    prop_assert_eq!(e.line, line as u64 + 1, "{}", e);
                    let prefix = format!("f.jsonl:{}:", line + 1);
                    prop_assert!(e.to_string().starts_with(&prefix), "{}", e);
                }
            }
        }

        /// A filed report keeps what was filed: key, day, toll, source, denial.
        #[test]
        fn a_report_keeps_what_was_filed(key in "[a-z0-9]{1,12}", day in 1i8..=28, best in 0u32..1000, denial: bool) {
            let line = format!(
                r#"{{"key": "{key}", "sub_event_type": "Air/drone strike", "date": "2016-02-{day:02}", "place": {{"name": "Douma"}}, "fatalities": {{"best": {best}}}, "source": "SOHR", "denial": {denial}}}"#
            );
            let (record, kept) = read(line.as_bytes(), "f.jsonl", &registry())
                .next()
                .expect("one line")
                .expect("a valid report");
            prop_assert_eq!(record.id, format!("report:{key}"));
            prop_assert_eq!(record.date_start, Some(jiff::civil::date(2016, 2, day)));
            prop_assert_eq!(record.fatalities.best, Some(best));
            prop_assert_eq!(record.denial, denial);
            prop_assert_eq!(record.location.admin1.as_deref(), Some("SY03"), "Douma, placed by the gazetteer");
            prop_assert_eq!(kept, line);
        }
    }
}
