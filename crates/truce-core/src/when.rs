//! Time: instants with their zone, civil dates with precision, and day spans.
//!
//! Agreements speak in local time ("00:00 Damascus time"); the record keeps instants in UTC.
//! Incidents are dated by civil day in the local calendar (as ACLED and UCDP date them), with
//! a precision saying how well the day is known.

use std::fmt;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime as Zoned};
use serde::{Deserialize, Serialize};

/// The English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// 1–12 for an English month name, full or in three letters (or `Sept`), in any case.
pub fn month_number(name: &str) -> Option<i8> {
    let position = MONTH_NAMES.iter().position(|m| {
        m.eq_ignore_ascii_case(name)
            || (name.len() == 3 && m[..3].eq_ignore_ascii_case(name))
            || (*m == "September" && name.eq_ignore_ascii_case("Sept"))
    })?;
    Some(position as i8 + 1)
}

/// A point in time as an agreement states it: an instant, plus the zone it was stated in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedInstant {
    /// The instant, comparable across zones.
    pub instant: Timestamp,
    /// The local reading in the agreement's zone (for display and day comparisons).
    pub local: Zoned,
}

impl StatedInstant {
    /// Parses `2016-02-27T00:00:00[Asia/Damascus]` (an RFC 9557 date-time with a zone name;
    /// an explicit offset is allowed and checked), an RFC 3339 instant with an offset
    /// (`2016-02-26T22:00:00Z`), or a bare date `2016-02-23`, read as the start of that day in
    /// `zone`. The result is read in `zone`, the agreement's.
    pub fn parse(text: &str, zone: &TimeZone) -> Result<Self, String> {
        let text = text.trim();
        if text.len() == 10 {
            let date: Date = text
                .parse()
                .map_err(|e| format!("`{text}` is not a valid date (expected YYYY-MM-DD): {e}"))?;
            let local = date.to_zoned_datetime(zone.clone()).map_err(|e| {
                format!("`{text}` has no start of day in the agreement's zone: {e}")
            })?;
            return Ok(Self {
                instant: local.timestamp(),
                local,
            });
        }
        let instant = if text.contains('[') {
            text.parse::<Zoned>()
                .map_err(|e| {
                    format!(
                        "`{text}` is not a date-time with a zone (expected e.g. \
                         `2016-02-27T00:00:00[Asia/Damascus]`): {e}"
                    )
                })?
                .timestamp()
        } else {
            // An offset (`Z`, `+02:00`) fixes the instant too; a bare local time does not.
            text.parse::<Timestamp>().map_err(|_| {
                format!(
                    "`{text}` has no time zone: write it as `2016-02-27T00:00:00[Asia/Damascus]` \
                     (or a bare date YYYY-MM-DD, read in the agreement's zone)"
                )
            })?
        };
        // Read and shown in the agreement's zone, whatever zone it was written in.
        Ok(Self {
            instant,
            local: instant.to_zoned_datetime(zone.clone()),
        })
    }

    /// The local civil date and whether the instant is exactly at local midnight.
    pub fn local_day(&self) -> (Date, bool) {
        let dt = self.local.datetime();
        (dt.date(), dt.time() == jiff::civil::Time::midnight())
    }
}

impl fmt::Display for StatedInstant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}",
            self.local.strftime("%Y-%m-%d %H:%M"),
            self.local.time_zone().iana_name().unwrap_or("UTC")
        )
    }
}

/// How precisely a date is known, after UCDP's `date_prec` and ACLED's `time_precision`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// The exact day.
    Day,
    /// Within a span of two to six days (UCDP 2), or "that week" (ACLED 2).
    Days,
    /// Within the week.
    Week,
    /// Within the month (ACLED 3, UCDP 4).
    Month,
    /// Longer than a month (UCDP 5).
    Longer,
}

/// The days an incident may have happened on, first and last inclusive, in local dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DaySpan {
    /// First possible day.
    pub start: Date,
    /// Last possible day (equal to `start` for a single day).
    pub end: Date,
    /// How well the days are known.
    pub precision: DatePrecision,
}

impl DaySpan {
    /// A single, exactly known day.
    pub fn day(date: Date) -> Self {
        Self {
            start: date,
            end: date,
            precision: DatePrecision::Day,
        }
    }
}

/// Where a day span lies relative to an instant stated in local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// Every possible moment of the span is before the instant.
    Before,
    /// The span contains the instant.
    Straddles,
    /// Every possible moment of the span is at or after the instant.
    After,
}

/// An instant reduced to the day arithmetic incidents need, precomputed once so that
/// comparing a span costs two date comparisons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayBoundary {
    /// Days up to and including this one end before the instant.
    last_day_before: Date,
    /// Days from this one on start at or after the instant.
    first_day_after: Date,
}

impl DayBoundary {
    /// The boundary for an instant, read in its local calendar.
    pub fn new(instant: &StatedInstant) -> Self {
        let (date, at_midnight) = instant.local_day();
        let previous = date.yesterday().unwrap_or(date);
        if at_midnight {
            Self {
                last_day_before: previous,
                first_day_after: date,
            }
        } else {
            Self {
                last_day_before: previous,
                first_day_after: date.tomorrow().unwrap_or(date),
            }
        }
    }

    /// Where `span` lies relative to this boundary.
    pub fn relate(&self, span: &DaySpan) -> Relation {
        if span.end <= self.last_day_before {
            Relation::Before
        } else if span.start >= self.first_day_after {
            Relation::After
        } else {
            Relation::Straddles
        }
    }

    /// Whether `day` is on or after the instant's day (used for "in force on" questions,
    /// where an acceptance at noon counts for the whole of that day's later events).
    pub fn reached_by(&self, day: Date) -> bool {
        day > self.last_day_before
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn damascus() -> TimeZone {
        TimeZone::get("Asia/Damascus").expect("bundled zone")
    }

    #[test]
    fn commencement_is_read_in_damascus_time() {
        let c = StatedInstant::parse("2016-02-27T00:00:00[Asia/Damascus]", &damascus()).unwrap();
        assert_eq!(c.instant.to_string(), "2016-02-26T22:00:00Z");
        assert_eq!(c.to_string(), "2016-02-27 00:00 Asia/Damascus");
    }

    #[test]
    fn instants_written_in_other_zones_are_read_in_the_agreement_zone() {
        let utc = StatedInstant::parse("2016-02-26T22:00:00[UTC]", &damascus()).unwrap();
        assert_eq!(utc.to_string(), "2016-02-27 00:00 Asia/Damascus");
        let offset = StatedInstant::parse("2016-02-26T22:00:00Z", &damascus()).unwrap();
        assert_eq!(offset, utc);
    }

    #[test]
    fn bare_dates_start_at_local_midnight() {
        let d = StatedInstant::parse("2016-02-23", &damascus()).unwrap();
        assert_eq!(d.instant.to_string(), "2016-02-22T22:00:00Z");
    }

    #[test]
    fn instants_without_zone_are_refused_with_the_expected_form() {
        let err = StatedInstant::parse("2016-02-27T00:00:00", &damascus()).unwrap_err();
        assert!(err.contains("[Asia/Damascus]"), "{err}");
        assert!(StatedInstant::parse("2016-02-30", &damascus()).is_err());
        assert!(StatedInstant::parse("2016-02-27T00:00:00[Mars/Olympus]", &damascus()).is_err());
    }

    #[test]
    fn spans_relate_to_midnight_and_noon_boundaries() {
        let zone = damascus();
        let midnight = DayBoundary::new(
            &StatedInstant::parse("2016-02-27T00:00:00[Asia/Damascus]", &zone).unwrap(),
        );
        let noon = DayBoundary::new(
            &StatedInstant::parse("2016-02-26T12:00:00[Asia/Damascus]", &zone).unwrap(),
        );
        let span = |a, b| DaySpan {
            start: a,
            end: b,
            precision: DatePrecision::Days,
        };
        let cases = [
            (
                midnight,
                span(date(2016, 2, 26), date(2016, 2, 26)),
                Relation::Before,
            ),
            (
                midnight,
                span(date(2016, 2, 27), date(2016, 2, 27)),
                Relation::After,
            ),
            (
                midnight,
                span(date(2016, 2, 26), date(2016, 2, 27)),
                Relation::Straddles,
            ),
            (
                noon,
                span(date(2016, 2, 26), date(2016, 2, 26)),
                Relation::Straddles,
            ),
            (
                noon,
                span(date(2016, 2, 25), date(2016, 2, 25)),
                Relation::Before,
            ),
            (
                noon,
                span(date(2016, 2, 27), date(2016, 3, 1)),
                Relation::After,
            ),
        ];
        for (boundary, span, expected) in cases {
            assert_eq!(boundary.relate(&span), expected, "{span:?}");
        }
    }
}
