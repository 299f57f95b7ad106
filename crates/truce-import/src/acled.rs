//! ACLED CSV exports.
//!
//! # Formats
//! Columns are found by header name (case-insensitive, surrounding spaces and a byte-order mark
//! ignored); their order does not matter and columns the reader does not use are ignored. This
//! reads alike:
//! - the current export (31 columns: `event_id_cnty, event_date, year, time_precision,
//!   disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, …,
//!   fatalities, tags, timestamp`);
//! - older exports (`data_id, iso, event_id_cnty, event_id_no_cnty, event_date, …, iso3`), with
//!   or without `sub_event_type`, and the upper-case files whose associated actors are called
//!   `ALLY_ACTOR_1` / `ALLY_ACTOR_2`.
//!
//! Required columns: `event_id_cnty`, `event_date`, `time_precision`, `event_type`, `actor1`,
//! `country`, `latitude`, `longitude`, `fatalities`; a file without one of them is refused at
//! line 1. Used when present: `sub_event_type`, `assoc_actor_1`, `actor2`, `assoc_actor_2`,
//! `inter1`, `inter2`, `iso`, `iso3`, `admin1`, `location`, `geo_precision`, `source`. Other columns (`notes`, `tags`…) are kept verbatim with the row.
//!
//! # Dates
//! See [`parse_date`]: `2016-02-27`, `27-Feb-16`, `27-Feb-2016`, `27 Feb 16`, `27 Feb 2016` and
//! `27 February 2016`. A two-digit year `97`–`99` is 1997–1999, any other is 20xx: ACLED's
//! coverage begins in 1997, so no ACLED date falls in 1900–1996 or after 2096.
//!
//! # Event types
//! When a row has a `sub_event_type`, it is read with [`SubEventType`]'s names, and a non-empty
//! `event_type` must be the event type it belongs to. When the column is absent (files coded
//! before ACLED's 2019 codebook) or the value is empty, `event_type` is read as a pre-2019 event
//! type and mapped to the nearest current sub-event type by [`OLD_EVENT_TYPES`]:
//!
//! | pre-2019 `event_type`                      | current event type / sub-event type                            |
//! |--------------------------------------------|----------------------------------------------------------------|
//! | Battle-No change of territory              | Battles / Armed clash                                          |
//! | Battle-Government regains territory        | Battles / Government regains territory                         |
//! | Battle-Non-state actor overtakes territory | Battles / Non-state actor overtakes territory                  |
//! | Violence against civilians                 | Violence against civilians / Attack                            |
//! | Remote violence                            | Explosions/Remote violence / Shelling/artillery/missile attack |
//! | Riots/Protests, `inter1` 5 (rioters)       | Riots / Violent demonstration                                  |
//! | Riots/Protests, otherwise                  | Protests / Peaceful protest                                    |
//! | Strategic development                      | Strategic developments / Other                                 |
//! | Non-violent transfer of territory          | Strategic developments / Non-violent transfer of territory     |
//! | Headquarters or base established           | Strategic developments / Headquarters or base established      |
//!
//! Where the old type covered several current ones, the line names the nearest: old remote
//! violence mixed shelling, air strikes, IEDs and suicide bombs (all "Explosions/Remote
//! violence", so clauses written for the event type still apply exactly); old violence against
//! civilians mixed attacks and abductions; old strategic developments had no sub-types.
//!
//! # Actors and roles
//! `actor1`, `assoc_actor_1`, `actor2`, `assoc_actor_2` become incident actors in that order,
//! names kept verbatim and resolved through the registry; an associated-actor field may hold
//! several names separated by `;`. ACLED's actor1 and actor2 carry no direction in general, so
//! both are [`Role::Participant`], except for "Violence against civilians" and
//! "Explosions/Remote violence": there, when actor2 is civilians (`inter2` is 7, or the label
//! "Civilians" of newer exports, or actor2's name starts with "Civilians"), actor1 is the
//! [`Role::Perpetrator`] and actor2 the [`Role::Target`]; when actor2 is empty, actor1 is the
//! perpetrator and no target is named. Associated actors take the role of the actor they are
//! associated with.
//!
//! Attribution is [`Attribution::Known`]: ACLED codes who acted, not how that is known, and
//! reading claims out of `notes` ("no group claimed it") would be guessing; a reviewer or the
//! news extractor records claims.
//!
//! # Place, fatalities, source
//! Place name from `location`, WGS84 `latitude`/`longitude`, `geo_precision` 1–3 as is. The
//! country comes from `iso` (ISO 3166 numeric, 760 for Syria), else `iso3`, else the `country`
//! name (see [`crate::country`]). For Syria, `admin1` is mapped to an OCHA p-code by
//! [`governorate_pcode`]. ACLED's single fatality count becomes low = best = high; an empty
//! count is unknown. The one source is `acled:{event_id_cnty}` named after the `source` field.

use jiff::civil::Date;
use truce_core::event::{EventType, SubEventType};
use truce_core::when::{DatePrecision, DaySpan, MONTH_NAMES, month_number};
use truce_core::{Attribution, Fatalities, Incident, IncidentActor, Place, Role, SourceRef};

use crate::admin::governorate_pcode;
use crate::{DatasetReader, Format, ImportError, Resolver, country};

/// The columns a file must have.
pub const REQUIRED_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "actor1",
    "country",
    "latitude",
    "longitude",
    "fatalities",
];

/// ACLED's event types before its 2019 codebook, with the current sub-event type each is read
/// as (see the module documentation). "Riots/Protests" by rioters (`inter1` 5 or "Rioters") is
/// read as [`SubEventType::ViolentDemonstration`] instead.
pub const OLD_EVENT_TYPES: &[(&str, SubEventType)] = &[
    ("Battle-No change of territory", SubEventType::ArmedClash),
    (
        "Battle-Government regains territory",
        SubEventType::GovernmentRegainsTerritory,
    ),
    (
        "Battle-Non-state actor overtakes territory",
        SubEventType::NonStateActorOvertakesTerritory,
    ),
    ("Violence against civilians", SubEventType::Attack),
    ("Remote violence", SubEventType::ShellingArtilleryMissile),
    ("Riots/Protests", SubEventType::PeacefulProtest),
    ("Strategic development", SubEventType::Other),
    (
        "Non-violent transfer of territory",
        SubEventType::NonViolentTransferOfTerritory,
    ),
    (
        "Headquarters or base established",
        SubEventType::HeadquartersOrBaseEstablished,
    ),
];

/// ACLED's `inter` code for rioters: a number in older exports, a label in newer ones.
const INTER_RIOTERS: [&str; 2] = ["5", "Rioters"];
/// ACLED's `inter` code for civilians.
const INTER_CIVILIANS: [&str; 2] = ["7", "Civilians"];

fn is_inter(value: &str, code: [&str; 2]) -> bool {
    code.iter().any(|c| c.eq_ignore_ascii_case(value.trim()))
}

/// The current sub-event type for a pre-2019 ACLED event type (case, spaces and punctuation
/// ignored), given the row's `inter1` code when the file has one.
pub fn old_event_type(name: &str, inter1: Option<&str>) -> Option<SubEventType> {
    let k = key(name);
    let sub = OLD_EVENT_TYPES
        .iter()
        .find(|(old, _)| key(old) == k)
        .map(|(_, sub)| *sub)?;
    Some(
        if sub == SubEventType::PeacefulProtest
            && inter1.is_some_and(|i| is_inter(i, INTER_RIOTERS))
        {
            SubEventType::ViolentDemonstration
        } else {
            sub
        },
    )
}

fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The earliest two-digit year read as 19xx (ACLED's coverage begins in 1997).
const PIVOT: i16 = 97;

const DATE_EXPECTED: &str = "expected a date such as 2016-02-27, 27-Feb-16, 27-Feb-2016, \
                             27 Feb 16, 27 Feb 2016 or 27 February 2016";

/// Parses an ACLED `event_date`.
///
/// Accepted styles (surrounding spaces ignored):
/// - `YYYY-MM-DD` (`2016-02-27`; month and day may have one digit);
/// - day, month, year separated by `-` or by single spaces, never both: `27-Feb-16`,
///   `27-Feb-2016`, `27 Feb 16`, `27 Feb 2016`, `27 February 2016`. The day has one or two
///   digits; the month is an English name, full or in three letters (also `Sept`), in any
///   case; the year has two or four digits.
///
/// Two-digit years: `97`, `98`, `99` are 1997–1999, `00`–`96` are 2000–2096.
///
/// The error says what is wrong with `text`, e.g. that February 2016 has 29 days.
pub fn parse_date(text: &str) -> Result<Date, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err(format!("empty ({DATE_EXPECTED})"));
    }
    let bad = || format!("`{t}` is not a date ({DATE_EXPECTED})");
    let separator = if t.contains('-') { '-' } else { ' ' };
    if separator == '-' && t.contains(' ') {
        return Err(bad());
    }
    let parts: Vec<&str> = t.split(separator).collect();
    let [a, b, c] = parts.as_slice() else {
        return Err(bad());
    };
    let digits = |s: &str, lengths: &[usize]| {
        lengths.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    let (year, month, day) = if separator == '-' && digits(a, &[4]) {
        if !digits(b, &[1, 2]) || !digits(c, &[1, 2]) {
            return Err(bad());
        }
        let month: i8 = b.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(format!(
                "`{t}` is not a date: there is no month {month} (expected YYYY-MM-DD)"
            ));
        }
        (
            a.parse::<i16>().map_err(|_| bad())?,
            month,
            c.parse::<i8>().map_err(|_| bad())?,
        )
    } else if digits(a, &[1, 2]) && digits(c, &[2, 4]) && b.chars().all(char::is_alphabetic) {
        let month = month_number(b).ok_or_else(|| {
            format!(
                "`{t}` is not a date: `{b}` is not a month (expected an English month name, \
                 full or in three letters: January or Jan, February or Feb, …)"
            )
        })?;
        let year: i16 = c.parse().map_err(|_| bad())?;
        let year = match (c.len(), year) {
            (2, y) if y >= PIVOT => 1900 + y,
            (2, y) => 2000 + y,
            (_, y) => y,
        };
        (year, month, a.parse::<i8>().map_err(|_| bad())?)
    } else {
        return Err(bad());
    };
    let first = Date::new(year, month, 1).map_err(|_| bad())?;
    let days = first.days_in_month();
    if day == 0 {
        return Err(format!("`{t}` is not a date: there is no day 0"));
    }
    if day > days {
        return Err(format!(
            "`{t}` is not a date: {} {year} has {days} days, not {day}",
            MONTH_NAMES[month as usize - 1]
        ));
    }
    Date::new(year, month, day).map_err(|_| bad())
}

/// A column found in the header: its position and the name messages use.
#[derive(Debug, Clone, Copy)]
struct Column {
    index: usize,
    name: &'static str,
}

/// One field of a row.
struct Field<'r> {
    text: &'r str,
    /// 1-based field number.
    number: usize,
    name: &'static str,
}

impl Column {
    fn get<'r>(self, record: &'r csv::StringRecord) -> Field<'r> {
        Field {
            text: record.get(self.index).unwrap_or("").trim(),
            number: self.index + 1,
            name: self.name,
        }
    }
}

/// Where, in a file's header, the ACLED columns the reader uses are.
#[derive(Debug)]
pub struct Columns {
    event_id: Column,
    event_date: Column,
    time_precision: Column,
    event_type: Column,
    actor1: Column,
    country: Column,
    latitude: Column,
    longitude: Column,
    fatalities: Column,
    sub_event_type: Option<Column>,
    assoc_actor_1: Option<Column>,
    actor2: Option<Column>,
    assoc_actor_2: Option<Column>,
    inter1: Option<Column>,
    inter2: Option<Column>,
    iso: Option<Column>,
    iso3: Option<Column>,
    admin1: Option<Column>,
    location: Option<Column>,
    geo_precision: Option<Column>,
    source: Option<Column>,
}

/// Streams incidents from an ACLED CSV export.
pub type AcledReader<'a, R> = DatasetReader<'a, R, Columns>;

impl Format for Columns {
    fn find(header: &csv::StringRecord, file: &str) -> Result<Self, ImportError> {
        // The first of `names` is the one messages use; the others are older spellings.
        let optional = |names: &[&'static str]| {
            names.iter().find_map(|name| {
                header
                    .iter()
                    .position(|h| {
                        h.trim_start_matches('\u{feff}')
                            .trim()
                            .eq_ignore_ascii_case(name)
                    })
                    .map(|index| Column {
                        index,
                        name: names[0],
                    })
            })
        };
        let mut missing = Vec::new();
        let mut required = |name: &'static str| {
            optional(&[name]).unwrap_or_else(|| {
                missing.push(name);
                Column {
                    index: usize::MAX,
                    name,
                }
            })
        };
        let columns = Self {
            event_id: required("event_id_cnty"),
            event_date: required("event_date"),
            time_precision: required("time_precision"),
            event_type: required("event_type"),
            actor1: required("actor1"),
            country: required("country"),
            latitude: required("latitude"),
            longitude: required("longitude"),
            fatalities: required("fatalities"),
            sub_event_type: optional(&["sub_event_type"]),
            assoc_actor_1: optional(&["assoc_actor_1", "ally_actor_1"]),
            actor2: optional(&["actor2"]),
            assoc_actor_2: optional(&["assoc_actor_2", "ally_actor_2"]),
            inter1: optional(&["inter1"]),
            inter2: optional(&["inter2"]),
            iso: optional(&["iso"]),
            iso3: optional(&["iso3"]),
            admin1: optional(&["admin1"]),
            location: optional(&["location"]),
            geo_precision: optional(&["geo_precision"]),
            source: optional(&["source"]),
        };
        if missing.is_empty() {
            return Ok(columns);
        }
        let list = |names: &[&str]| {
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        Err(ImportError {
            file: file.to_owned(),
            line: 1,
            column: None,
            message: format!(
                "missing {} {}: expected an ACLED CSV header with the columns {}",
                if missing.len() == 1 {
                    "column"
                } else {
                    "columns"
                },
                list(&missing),
                list(REQUIRED_COLUMNS),
            ),
        })
    }

    fn incident(
        &self,
        file: &str,
        names: &Resolver<'_>,
        record: &csv::StringRecord,
    ) -> Result<Incident, ImportError> {
        let line = record.position().map_or(0, |p| p.line());
        let err = |field: &Field<'_>, message: String| ImportError {
            file: file.to_owned(),
            line,
            column: Some(field.number),
            message: format!("{}: {message}", field.name),
        };
        let c = self;
        let text = |column: Option<Column>| column.map_or("", |col| col.get(record).text);

        let id = c.event_id.get(record);
        if id.text.is_empty() {
            return Err(err(
                &id,
                "empty (expected the event's id, such as SYR12345)".to_owned(),
            ));
        }

        let date = c.event_date.get(record);
        let day = parse_date(date.text).map_err(|e| err(&date, e))?;
        let precision = c.time_precision.get(record);
        let precision = match precision.text {
            "1" => DatePrecision::Day,
            "2" => DatePrecision::Week,
            "3" => DatePrecision::Month,
            other => {
                return Err(err(
                    &precision,
                    format!(
                        "`{other}` is not an ACLED time precision (expected 1 for the day, \
                         2 for the week, 3 for the month)"
                    ),
                ));
            }
        };

        let sub_event_type = self.sub_event_type(record, &err)?;

        let actor1 = c.actor1.get(record);
        if actor1.text.is_empty() {
            return Err(err(
                &actor1,
                "empty (expected the name of the actor, e.g. Military Forces of Syria (2000-))"
                    .to_owned(),
            ));
        }

        let coordinate = |column: Column, limit: f64| -> Result<Option<f64>, ImportError> {
            let field = column.get(record);
            if field.text.is_empty() {
                return Ok(None);
            }
            match field.text.parse::<f64>() {
                Ok(v) if v.is_finite() && v.abs() <= limit => Ok(Some(v)),
                _ => Err(err(
                    &field,
                    format!(
                        "`{}` is not a coordinate (expected decimal degrees from -{limit} to {limit})",
                        field.text
                    ),
                )),
            }
        };
        let lat = coordinate(c.latitude, 90.0)?;
        let lon = coordinate(c.longitude, 180.0)?;

        let geo_precision = match c.geo_precision.map(|col| col.get(record)) {
            None => None,
            Some(field) => match field.text {
                "" => None,
                "1" => Some(1),
                "2" => Some(2),
                "3" => Some(3),
                other => {
                    return Err(err(
                        &field,
                        format!("`{other}` is not an ACLED geo precision (expected 1, 2 or 3)"),
                    ));
                }
            },
        };

        let numeric = match c.iso.map(|col| col.get(record)) {
            Some(field) if !field.text.is_empty() => {
                let code: u16 = field.text.parse().map_err(|_| {
                    err(
                        &field,
                        format!(
                            "`{}` is not an ISO 3166-1 numeric country code (expected a number \
                             such as 760 for Syria)",
                            field.text
                        ),
                    )
                })?;
                country::from_numeric(code)
            }
            _ => None,
        };
        let country_code = numeric
            .or_else(|| country::from_alpha3(text(c.iso3)))
            .or_else(|| country::from_name(c.country.get(record).text));
        let admin1 = if country_code == Some("SY") {
            governorate_pcode(text(c.admin1))
        } else {
            None
        };

        let fatalities = c.fatalities.get(record);
        let deaths = if fatalities.text.is_empty() {
            None
        } else {
            Some(fatalities.text.parse::<u32>().map_err(|_| {
                err(
                    &fatalities,
                    format!(
                        "`{}` is not a number of deaths (expected a whole number, 0 or more)",
                        fatalities.text
                    ),
                )
            })?)
        };

        let actors = self.actors(names, record, actor1.text, sub_event_type.event_type());

        let id = id.text;
        Ok(Incident {
            id: format!("acled:{id}"),
            sub_event_type,
            actors,
            place: Place {
                name: Some(text(c.location).to_owned()).filter(|n| !n.is_empty()),
                lat,
                lon,
                country: country_code.map(str::to_owned),
                admin1: admin1.map(str::to_owned),
                admin2: None,
                admin3: None,
                geo_precision,
                geo_check: None,
            },
            time: Some(DaySpan {
                start: day,
                end: day,
                precision,
            }),
            fatalities: Fatalities {
                low: deaths,
                best: deaths,
                high: deaths,
            },
            sources: vec![SourceRef {
                external_id: format!("acled:{id}"),
                name: Some(text(c.source).to_owned()).filter(|s| !s.is_empty()),
            }],
            self_defence_claimed: false,
        })
    }
}

impl Columns {
    /// The sub-event type of a row: from `sub_event_type` when given (checked against
    /// `event_type`), else from a pre-2019 `event_type`.
    fn sub_event_type(
        &self,
        record: &csv::StringRecord,
        err: &impl Fn(&Field<'_>, String) -> ImportError,
    ) -> Result<SubEventType, ImportError> {
        let c = self;
        let event_type = c.event_type.get(record);
        let sub = c.sub_event_type.map(|col| col.get(record));
        let current_types = || {
            EventType::ALL
                .iter()
                .map(|t| t.name())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if let Some(sub) = sub.as_ref().filter(|s| !s.text.is_empty()) {
            let parsed: SubEventType = sub.text.parse().map_err(|_| {
                err(
                    sub,
                    format!(
                        "`{}` is not an ACLED sub-event type (expected one of: {})",
                        sub.text,
                        SubEventType::ALL
                            .iter()
                            .map(|s| s.name())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })?;
            if !event_type.text.is_empty() {
                let stated: EventType = event_type.text.parse().map_err(|_| {
                    err(
                        &event_type,
                        format!(
                            "`{}` is not an ACLED event type (expected {}, the event type of \
                             sub-event type `{}`)",
                            event_type.text,
                            parsed.event_type().name(),
                            parsed.name()
                        ),
                    )
                })?;
                if stated != parsed.event_type() {
                    return Err(err(
                        &event_type,
                        format!(
                            "`{}` does not match sub_event_type `{}` (expected {})",
                            event_type.text,
                            parsed.name(),
                            parsed.event_type().name()
                        ),
                    ));
                }
            }
            return Ok(parsed);
        }
        let inter1 = c.inter1.map(|col| col.get(record).text);
        if let Some(mapped) = old_event_type(event_type.text, inter1) {
            return Ok(mapped);
        }
        let old_types = || {
            OLD_EVENT_TYPES
                .iter()
                .map(|(name, _)| *name)
                .collect::<Vec<_>>()
                .join(", ")
        };
        if event_type.text.is_empty() {
            return Err(err(
                &event_type,
                format!(
                    "empty (expected an ACLED event type: {} with a sub_event_type, or one of \
                     the pre-2019 types {})",
                    current_types(),
                    old_types()
                ),
            ));
        }
        match (event_type.text.parse::<EventType>(), sub) {
            (Ok(current), Some(sub)) => Err(err(
                &sub,
                format!(
                    "empty (expected the sub-event type of this {} event: {})",
                    current.name(),
                    current
                        .sub_event_types()
                        .iter()
                        .map(|s| s.name())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )),
            (Ok(_), None) => Err(err(
                &event_type,
                format!(
                    "`{}` is a current ACLED event type, but the file has no sub_event_type \
                     column (expected a sub_event_type column, or one of the pre-2019 event \
                     types {})",
                    event_type.text,
                    old_types()
                ),
            )),
            (Err(_), _) => Err(err(
                &event_type,
                format!(
                    "`{}` is not an ACLED event type (expected {} with a sub_event_type, or \
                     one of the pre-2019 types {})",
                    event_type.text,
                    current_types(),
                    old_types()
                ),
            )),
        }
    }

    /// The incident's actors with their roles (see the module documentation).
    fn actors(
        &self,
        names: &Resolver<'_>,
        record: &csv::StringRecord,
        actor1: &str,
        event_type: EventType,
    ) -> Vec<IncidentActor> {
        let c = self;
        let text = |column: Option<Column>| column.map_or("", |col| col.get(record).text);
        let (actor2, inter2) = (text(c.actor2), text(c.inter2));
        let directed = matches!(
            event_type,
            EventType::ViolenceAgainstCivilians | EventType::Explosions
        );
        let civilians = is_inter(inter2, INTER_CIVILIANS)
            || actor2
                .get(..9)
                .is_some_and(|p| p.eq_ignore_ascii_case("Civilians"));
        let (role1, role2) = if directed && actor2.is_empty() {
            (Role::Perpetrator, Role::Participant)
        } else if directed && civilians {
            (Role::Perpetrator, Role::Target)
        } else {
            (Role::Participant, Role::Participant)
        };
        let actor = |name: &str, role: Role, attribution: Attribution| IncidentActor {
            name: name.to_owned(),
            resolved: names.resolve(name),
            role,
            attribution,
        };
        let associated = |names: &str, role: Role| {
            names
                .split(';')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(|n| actor(n, role, Attribution::Known))
                .collect::<Vec<_>>()
        };
        let mut actors = vec![actor(actor1, role1, Attribution::Known)];
        actors.extend(associated(text(c.assoc_actor_1), role1));
        if !actor2.is_empty() {
            actors.push(actor(actor2, role2, Attribution::Known));
        }
        actors.extend(associated(text(c.assoc_actor_2), role2));
        actors
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    #[test]
    fn every_date_style_is_read() {
        let day = date(2022, 5, 23);
        for text in [
            "2022-05-23",
            "2022-5-23",
            "23-May-22",
            "23 May 2022",
            "23 May 22",
            "23-May-2022",
            "23 MAY 2022",
            "23-may-22",
            "  23 May 2022 ",
        ] {
            assert_eq!(parse_date(text), Ok(day), "{text}");
        }
        assert_eq!(parse_date("1 February 2016"), Ok(date(2016, 2, 1)));
        assert_eq!(parse_date("01-Feb-16"), Ok(date(2016, 2, 1)));
        assert_eq!(parse_date("9 Sept 2016"), Ok(date(2016, 9, 9)));
        assert_eq!(parse_date("29-Feb-16"), Ok(date(2016, 2, 29)));
    }

    #[test]
    fn two_digit_years_pivot_at_97() {
        for (text, year) in [
            ("01-Jan-97", 1997),
            ("01-Jan-98", 1998),
            ("31-Dec-99", 1999),
            ("01-Jan-00", 2000),
            ("27-Feb-16", 2016),
            ("01-Jan-96", 2096),
        ] {
            assert_eq!(parse_date(text).map(|d| d.year()), Ok(year), "{text}");
        }
    }

    #[test]
    fn invalid_dates_are_refused_with_the_reason() {
        for (text, reason) in [
            ("31-Feb-16", "February 2016 has 29 days, not 31"),
            ("29-Feb-17", "February 2017 has 28 days, not 29"),
            ("31 April 2016", "April 2016 has 30 days, not 31"),
            ("0-Mar-16", "there is no day 0"),
            ("2016-03-00", "there is no day 0"),
            ("2016-02-30", "February 2016 has 29 days, not 30"),
            ("2016-13-01", "there is no month 13"),
            ("2016-00-01", "there is no month 0"),
            ("12-Foo-16", "`Foo` is not a month"),
            ("12 Fe 2016", "`Fe` is not a month"),
        ] {
            let e = parse_date(text).expect_err(text);
            assert!(e.starts_with(&format!("`{text}` is not a date")), "{e}");
            assert!(e.contains(reason), "{text}: {e}");
        }
        assert!(parse_date(" ").is_err_and(|e| e.starts_with("empty (expected a date such as")));
        for text in [
            "2016",
            "16-02-27",
            "2016/02/27",
            "27/02/2016",
            "27-Feb 2016",
            "27  Feb 2016",
            "27-Feb-016",
            "27-Feb-16-1",
            "Feb 27 2016",
            "123-Feb-16",
            "2016-02-27T00:00:00",
            "+1-Feb-16",
            "2016-+2-27",
        ] {
            let e = parse_date(text).expect_err(text);
            assert!(e.contains("expected a date such as"), "{text}: {e}");
        }
    }

    #[test]
    fn old_event_types_map_to_current_sub_event_types() {
        for (old, sub) in [
            ("Battle-No change of territory", SubEventType::ArmedClash),
            ("Battle-No Change of Territory", SubEventType::ArmedClash),
            (
                "Battle-Government regains territory",
                SubEventType::GovernmentRegainsTerritory,
            ),
            (
                "Battle-Non-state actor overtakes territory",
                SubEventType::NonStateActorOvertakesTerritory,
            ),
            ("Violence against civilians", SubEventType::Attack),
            ("Remote violence", SubEventType::ShellingArtilleryMissile),
            ("Riots/Protests", SubEventType::PeacefulProtest),
            ("Strategic development", SubEventType::Other),
            (
                "Non-violent transfer of territory",
                SubEventType::NonViolentTransferOfTerritory,
            ),
            (
                "Headquarters or base established",
                SubEventType::HeadquartersOrBaseEstablished,
            ),
        ] {
            assert_eq!(old_event_type(old, Some("6")), Some(sub), "{old}");
        }
        assert_eq!(
            old_event_type("Riots/Protests", Some("5")),
            Some(SubEventType::ViolentDemonstration)
        );
        assert_eq!(
            old_event_type("Riots/Protests", None),
            Some(SubEventType::PeacefulProtest)
        );
        assert_eq!(old_event_type("Battles", None), None);
        assert_eq!(old_event_type("Strategic developments", None), None);
    }

    fn abbr(d: Date) -> &'static str {
        &MONTH_NAMES[d.month() as usize - 1][..3]
    }
    fn iso(d: Date) -> String {
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    }
    fn dd_mon_yy(d: Date) -> String {
        format!("{:02}-{}-{:02}", d.day(), abbr(d), d.year() % 100)
    }
    fn d_mon_yyyy(d: Date) -> String {
        format!("{} {} {}", d.day(), abbr(d), d.year())
    }
    fn d_mon_yy(d: Date) -> String {
        format!("{} {} {:02}", d.day(), abbr(d), d.year() % 100)
    }
    fn dd_mon_yyyy(d: Date) -> String {
        format!("{:02}-{}-{}", d.day(), abbr(d), d.year())
    }
    fn d_month_yyyy(d: Date) -> String {
        format!(
            "{} {} {}",
            d.day(),
            MONTH_NAMES[d.month() as usize - 1],
            d.year()
        )
    }

    /// The ways ACLED has written a date, and whether the style keeps all four year digits.
    type Format = fn(Date) -> String;
    const STYLES: &[(&str, Format, bool)] = &[
        ("YYYY-MM-DD", iso, true),
        ("DD-Mon-YY", dd_mon_yy, false),
        ("D Mon YYYY", d_mon_yyyy, true),
        ("D Mon YY", d_mon_yy, false),
        ("DD-Mon-YYYY", dd_mon_yyyy, true),
        ("D Month YYYY", d_month_yyyy, true),
    ];

    /// A valid date in ACLED's two-digit-year window (1997–2096).
    fn acled_date() -> impl Strategy<Value = Date> {
        (0i32..36_524).prop_map(|offset| {
            date(1997, 1, 1)
                .checked_add(jiff::Span::new().days(offset))
                .expect("within range")
        })
    }

    proptest! {
        #[test]
        fn formatted_dates_read_back(day in acled_date()) {
            for (style, format, _) in STYLES {
                let text = format(day);
                prop_assert_eq!(parse_date(&text), Ok(day), "{} ({})", text, style);
            }
        }

        #[test]
        fn four_digit_years_read_back_outside_the_window(
            day in (1000i16..=9999, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| date(y, m, d))
        ) {
            for (style, format, _) in STYLES.iter().filter(|(_, _, four_digits)| *four_digits) {
                let text = format(day);
                prop_assert_eq!(parse_date(&text), Ok(day), "{} ({})", text, style);
            }
        }

        #[test]
        fn anything_else_is_refused_without_panicking(text in "\\PC{0,24}") {
            let _ = parse_date(&text);
        }
    }
}
