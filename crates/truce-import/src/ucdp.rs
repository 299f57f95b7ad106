//! UCDP GED (and GED Candidate) CSV files.
//!
//! Each row is one event between `side_a` and `side_b`. UCDP sides carry no direction, so
//! state-based and non-state violence (types 1 and 2) become armed clashes between two
//! participants; one-sided violence (type 3) has `side_a` as perpetrator and civilians as
//! target.

use jiff::civil::Date;
use truce_core::event::SubEventType;
use truce_core::when::{DatePrecision, DaySpan};
use truce_core::{Attribution, Fatalities, Incident, IncidentActor, Place, Role, SourceRef};

use crate::admin::governorate_pcode;
use crate::{DatasetReader, Format, ImportError, Resolver, country};

/// The columns the reader needs; a file without one of them is refused.
const REQUIRED: &[&str] = &[
    "id",
    "type_of_violence",
    "side_a",
    "side_b",
    "source_office",
    "where_coordinates",
    "where_prec",
    "adm_1",
    "latitude",
    "longitude",
    "country",
    "date_prec",
    "date_start",
    "date_end",
    "low",
    "best",
    "high",
];

/// The UCDP columns' positions, found from the header.
#[derive(Debug)]
pub struct Columns([usize; REQUIRED.len()]);

impl Columns {
    fn get<'r>(&self, record: &'r csv::StringRecord, name: &str) -> (&'r str, usize) {
        let i = REQUIRED
            .iter()
            .position(|c| *c == name)
            .expect("a required column");
        let col = self.0[i];
        (record.get(col).unwrap_or("").trim(), col + 1)
    }
}

/// Streams incidents from a UCDP GED CSV file.
pub type UcdpReader<'a, R> = DatasetReader<'a, R, Columns>;

impl Format for Columns {
    fn find(header: &csv::StringRecord, file: &str) -> Result<Self, ImportError> {
        let mut positions = [0; REQUIRED.len()];
        for (slot, name) in positions.iter_mut().zip(REQUIRED) {
            *slot = header.iter().position(|h| h.trim() == *name).ok_or_else(|| ImportError {
                file: file.to_owned(),
                line: 1,
                column: None,
                message: format!("missing column `{name}`: expected a UCDP GED CSV header (id, type_of_violence, side_a, side_b, …)"),
            })?;
        }
        Ok(Columns(positions))
    }

    fn incident(
        &self,
        file: &str,
        names: &Resolver<'_>,
        record: &csv::StringRecord,
    ) -> Result<Incident, ImportError> {
        let line = record.position().map_or(0, |p| p.line());
        let err = |column: usize, message: String| ImportError {
            file: file.to_owned(),
            line,
            column: Some(column),
            message,
        };
        let field = |name: &str| self.get(record, name);
        let number = |name: &str| -> Result<Option<u32>, ImportError> {
            let (text, col) = field(name);
            if text.is_empty() || text == "NA" {
                return Ok(None);
            }
            text.parse().map(Some).map_err(|_| {
                err(
                    col,
                    format!("{name}: `{text}` is not a whole number of deaths"),
                )
            })
        };
        let date = |name: &str| -> Result<Date, ImportError> {
            let (text, col) = field(name);
            let day = text.get(..10).unwrap_or(text);
            day.parse().map_err(|_| {
                err(
                    col,
                    format!("{name}: `{text}` is not a date (expected YYYY-MM-DD)"),
                )
            })
        };

        let (id, id_col) = field("id");
        if id.is_empty() {
            return Err(err(
                id_col,
                "id: empty (every UCDP event has an id)".to_owned(),
            ));
        }
        let (violence, violence_col) = field("type_of_violence");
        let one_sided = match violence {
            "1" | "2" => false,
            "3" => true,
            other => {
                return Err(err(
                    violence_col,
                    format!("type_of_violence: `{other}` (expected 1, 2 or 3)"),
                ));
            }
        };
        let (start, end) = (date("date_start")?, date("date_end")?);
        if end < start {
            let (_, col) = field("date_end");
            return Err(err(
                col,
                format!("date_end {end} is before date_start {start}"),
            ));
        }
        let (prec, prec_col) = field("date_prec");
        let precision = match prec {
            "1" => DatePrecision::Day,
            "2" => DatePrecision::Days,
            "3" => DatePrecision::Week,
            "4" => DatePrecision::Month,
            "5" => DatePrecision::Longer,
            other => {
                return Err(err(
                    prec_col,
                    format!("date_prec: `{other}` (expected 1 to 5)"),
                ));
            }
        };
        let coordinate = |name: &str, limit: f64| -> Result<Option<f64>, ImportError> {
            let (text, col) = field(name);
            if text.is_empty() || text == "NA" {
                return Ok(None);
            }
            match text.parse::<f64>() {
                Ok(v) if v.abs() <= limit => Ok(Some(v)),
                _ => Err(err(
                    col,
                    format!(
                        "{name}: `{text}` is not a coordinate (expected decimal degrees within ±{limit})"
                    ),
                )),
            }
        };
        let (lat, lon) = (
            coordinate("latitude", 90.0)?,
            coordinate("longitude", 180.0)?,
        );
        let (where_prec, where_col) = field("where_prec");
        // UCDP where_prec 1 (exact place) → ACLED 1; 2–3 (near, or a district) → 2; coarser → 3.
        let geo_precision = match where_prec {
            "1" => 1,
            "2" | "3" => 2,
            "4" | "5" | "6" | "7" => 3,
            other => {
                return Err(err(
                    where_col,
                    format!("where_prec: `{other}` (expected 1 to 7)"),
                ));
            }
        };
        let (low, best, high) = (number("low")?, number("best")?, number("high")?);

        let (side_a, _) = field("side_a");
        let (side_b, _) = field("side_b");
        let actor = |name: &str, role: Role| IncidentActor {
            name: name.to_owned(),
            resolved: names.resolve(name),
            role,
            attribution: Attribution::Known,
        };
        let actors = if one_sided {
            vec![
                actor(side_a, Role::Perpetrator),
                actor(side_b, Role::Target),
            ]
        } else {
            vec![
                actor(side_a, Role::Participant),
                actor(side_b, Role::Participant),
            ]
        };
        let (office, _) = field("source_office");
        Ok(Incident {
            id: format!("ucdp:{id}"),
            sub_event_type: if one_sided {
                SubEventType::Attack
            } else {
                SubEventType::ArmedClash
            },
            actors,
            place: Place {
                name: Some(field("where_coordinates").0.to_owned()).filter(|n| !n.is_empty()),
                lat,
                lon,
                country: country::from_name(field("country").0).map(str::to_owned),
                admin1: governorate_pcode(field("adm_1").0).map(str::to_owned),
                admin2: None,
                admin3: None,
                geo_precision: Some(geo_precision),
                geo_check: None,
            },
            time: Some(DaySpan {
                start,
                end,
                precision,
            }),
            fatalities: Fatalities { low, best, high },
            sources: vec![SourceRef {
                external_id: format!("ucdp:{id}"),
                name: Some(office.to_owned()).filter(|o| !o.is_empty()),
            }],
            self_defence_claimed: false,
        })
    }
}
