//! Incidents as tables, JSON lines, CSV, GeoJSON, and one in detail.

use std::fmt::Write as _;
use std::io::Write;

use serde::Serialize;
use truce_core::incident::{Fatalities, Role};
use truce_core::record::ActorRecord;
use truce_store::StoredIncident;

/// One incident as JSON lines and GeoJSON properties carry it.
#[derive(Serialize)]
struct IncidentOut<'a> {
    id: &'a str,
    refs: Vec<&'a str>,
    date_start: Option<String>,
    date_end: Option<String>,
    date_precision: Option<truce_core::when::DatePrecision>,
    event_type: &'a str,
    sub_event_type: &'a str,
    location: &'a truce_core::Place,
    actors: Vec<ActorOut<'a>>,
    fatalities: Fatalities,
    /// The outcome that stands (a reviewer's when reviewers agree).
    outcome: &'a str,
    grade: truce_core::reconcile::Grade,
    reports: usize,
    determination: Option<DeterminationOut<'a>>,
    reviews: Vec<ReviewOut<'a>>,
}

#[derive(Serialize)]
struct ReviewOut<'a> {
    reviewer: &'a str,
    outcome: &'a str,
    clauses: &'a [String],
    reason: &'a str,
}

#[derive(Serialize)]
struct ActorOut<'a> {
    name: &'a str,
    actor_id: Option<&'a str>,
    members: &'a [String],
    role: Role,
    attribution: truce_core::Attribution,
}

#[derive(Serialize)]
struct DeterminationOut<'a> {
    outcome: &'a str,
    clauses: &'a [String],
    reasons: &'a [String],
    terms_version: &'a str,
    agreement: &'a str,
    decided_by: &'a str,
}

fn out(i: &StoredIncident) -> IncidentOut<'_> {
    let r = &i.record;
    IncidentOut {
        id: &r.id,
        refs: r.sources.iter().map(|s| s.external_id.as_str()).collect(),
        date_start: r.date_start.map(|d| d.to_string()),
        date_end: r.date_end.map(|d| d.to_string()),
        date_precision: r.date_precision,
        event_type: &r.event_type,
        sub_event_type: r.sub_event_type.name(),
        location: &r.location,
        actors: r.actors.iter().map(actor_out).collect(),
        fatalities: r.fatalities,
        outcome: outcome(i),
        grade: i.verification.grade,
        reports: i.reports.len(),
        reviews: i
            .reviews
            .iter()
            .map(|v| ReviewOut {
                reviewer: &v.reviewer,
                outcome: &v.outcome,
                clauses: &v.clauses,
                reason: &v.reason,
            })
            .collect(),
        determination: i.determination.as_ref().map(|d| DeterminationOut {
            outcome: &d.outcome,
            clauses: &d.clauses,
            reasons: &d.reasons,
            terms_version: &d.terms_version,
            agreement: &d.agreement_id,
            decided_by: &d.decided_by,
        }),
    }
}

fn actor_out(a: &ActorRecord) -> ActorOut<'_> {
    ActorOut {
        name: &a.name,
        actor_id: a.actor_id.as_deref(),
        members: &a.members,
        role: a.role,
        attribution: a.attribution,
    }
}

fn outcome(i: &StoredIncident) -> &str {
    i.outcome().unwrap_or("undetermined")
}

/// The clauses of the outcome that stands.
fn clauses(i: &StoredIncident) -> &[String] {
    match i.review_state() {
        truce_store::ReviewState::Decided(_) => &i.reviews[0].clauses,
        truce_store::ReviewState::Disputed => &[],
        truce_store::ReviewState::Open => i
            .determination
            .as_ref()
            .map_or(&[][..], |d| d.clauses.as_slice()),
    }
}

fn number(n: Option<u32>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// A listing of incidents written as they arrive, a page at a time (`truce incidents` reads
/// a large record in pages and holds one): a header on `start`, rows per page, and what
/// closes it on `finish`.
pub enum Listing<W: Write> {
    /// Aligned columns for a person, with a count at the end.
    Table {
        /// Where to.
        w: W,
        /// Rows written.
        count: usize,
    },
    /// One JSON object per line.
    Jsonl(W),
    /// CSV with a header row.
    Csv(Box<csv::Writer<W>>),
    /// A GeoJSON FeatureCollection.
    Geojson {
        /// Where to.
        w: W,
        /// Features written.
        count: usize,
    },
}

impl<W: Write> Listing<W> {
    /// Starts a listing in `format`.
    pub fn start(format: crate::record::Format, mut w: W) -> anyhow::Result<Self> {
        use crate::record::Format;
        Ok(match format {
            Format::Table => {
                writeln!(
                    w,
                    "{:<16} {:<10} {:<34} {:<28} {:<6} {:>6} {:<24} clauses",
                    "id", "date", "event", "place", "admin1", "deaths", "outcome"
                )?;
                Self::Table { w, count: 0 }
            }
            Format::Jsonl => Self::Jsonl(w),
            Format::Csv => {
                let mut csv = csv::Writer::from_writer(w);
                csv.write_record([
                    "id",
                    "refs",
                    "date_start",
                    "date_end",
                    "event_type",
                    "sub_event_type",
                    "location",
                    "lat",
                    "lon",
                    "admin1",
                    "geo_precision",
                    "actors",
                    "actor_ids",
                    "low",
                    "best",
                    "high",
                    "outcome",
                    "clauses",
                    "terms_version",
                    "grade",
                    "reports",
                ])?;
                Self::Csv(Box::new(csv))
            }
            Format::Geojson => {
                w.write_all(br#"{"type":"FeatureCollection","features":["#)?;
                Self::Geojson { w, count: 0 }
            }
        })
    }

    /// Writes a page of incidents.
    pub fn page(&mut self, incidents: &[StoredIncident]) -> anyhow::Result<()> {
        match self {
            Self::Table { w, count } => {
                *count += incidents.len();
                for i in incidents {
                    let r = &i.record;
                    writeln!(
                        w,
                        "{:<16} {:<10} {:<34} {:<28} {:<6} {:>6} {:<24} {}",
                        r.id,
                        r.date_start.map(|d| d.to_string()).unwrap_or_default(),
                        clip(&r.sub_event_type.to_string(), 34),
                        clip(r.location.name.as_deref().unwrap_or(""), 28),
                        r.location.admin1.as_deref().unwrap_or(""),
                        number(r.fatalities.best),
                        outcome(i),
                        clauses(i).join(",")
                    )?;
                }
            }
            Self::Jsonl(w) => {
                for i in incidents {
                    serde_json::to_writer(&mut *w, &out(i))?;
                    writeln!(w)?;
                }
            }
            Self::Csv(csv) => {
                for i in incidents {
                    let r = &i.record;
                    let ids: Vec<&str> = r
                        .actors
                        .iter()
                        .map(|a| a.actor_id.as_deref().unwrap_or(""))
                        .collect();
                    csv.write_record([
                        r.id.clone(),
                        r.sources
                            .iter()
                            .map(|s| s.external_id.as_str())
                            .collect::<Vec<_>>()
                            .join(";"),
                        r.date_start.map(|d| d.to_string()).unwrap_or_default(),
                        r.date_end.map(|d| d.to_string()).unwrap_or_default(),
                        r.event_type.clone(),
                        r.sub_event_type.name().to_owned(),
                        r.location.name.clone().unwrap_or_default(),
                        r.location.lat.map(|v| v.to_string()).unwrap_or_default(),
                        r.location.lon.map(|v| v.to_string()).unwrap_or_default(),
                        r.location.admin1.clone().unwrap_or_default(),
                        r.location
                            .geo_precision
                            .map(|v| v.to_string())
                            .unwrap_or_default(),
                        r.actors
                            .iter()
                            .map(|a| a.name.as_str())
                            .collect::<Vec<_>>()
                            .join(";"),
                        ids.join(";"),
                        number(r.fatalities.low),
                        number(r.fatalities.best),
                        number(r.fatalities.high),
                        outcome(i).to_owned(),
                        clauses(i).join(";"),
                        i.determination
                            .as_ref()
                            .map(|d| d.terms_version.clone())
                            .unwrap_or_default(),
                        i.verification.grade.as_str().to_owned(),
                        i.reports.len().to_string(),
                    ])?;
                }
            }
            Self::Geojson { w, count } => {
                for i in incidents {
                    if *count > 0 {
                        w.write_all(b",")?;
                    }
                    *count += 1;
                    serde_json::to_writer(&mut *w, &feature(i))?;
                }
            }
        }
        Ok(())
    }

    /// Closes the listing.
    pub fn finish(self) -> anyhow::Result<()> {
        match self {
            Self::Table { mut w, count } => {
                writeln!(w, "{count} incident(s)")?;
                w.flush()?;
            }
            Self::Jsonl(mut w) => w.flush()?,
            Self::Csv(mut csv) => csv.flush()?,
            Self::Geojson { mut w, .. } => {
                writeln!(w, "]}}")?;
                w.flush()?;
            }
        }
        Ok(())
    }
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        s.chars().take(n - 1).chain(['…']).collect()
    }
}

/// One incident as a GeoJSON feature: its point, and what JSON lines carry as properties.
fn feature(i: &StoredIncident) -> impl Serialize + '_ {
    #[derive(Serialize)]
    struct Feature<'a> {
        r#type: &'static str,
        geometry: Option<Point>,
        properties: IncidentOut<'a>,
    }
    #[derive(Serialize)]
    struct Point {
        r#type: &'static str,
        coordinates: [f64; 2],
    }
    Feature {
        r#type: "Feature",
        geometry: match (i.record.location.lon, i.record.location.lat) {
            (Some(lon), Some(lat)) => Some(Point {
                r#type: "Point",
                coordinates: [lon, lat],
            }),
            _ => None,
        },
        properties: out(i),
    }
}

/// One incident for a person to read.
pub fn detail(i: &StoredIncident) -> String {
    let r = &i.record;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} ({} report{}; {}: {})",
        r.id,
        i.reports.len(),
        if i.reports.len() == 1 { "" } else { "s" },
        i.verification.grade.as_str(),
        i.verification.reason
    );
    let _ = writeln!(s, "  what     {}", r.sub_event_type);
    let when = match (r.date_start, r.date_end) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => "unknown".to_owned(),
    };
    let _ = writeln!(
        s,
        "  when     {when}{}",
        r.date_precision
            .map(|p| format!(" (precision: {p:?})"))
            .unwrap_or_default()
    );
    let l = &r.location;
    let _ = writeln!(
        s,
        "  where    {}{}{}{}",
        l.name.as_deref().unwrap_or("unknown place"),
        match (l.lat, l.lon) {
            (Some(lat), Some(lon)) => format!(" ({lat}, {lon})"),
            _ => String::new(),
        },
        l.pcodes()
            .next()
            .map(|a| format!(", {a}"))
            .unwrap_or_default(),
        l.geo_precision
            .map(|g| format!(", geo precision {g}"))
            .unwrap_or_default()
    );
    if let Some(check) = &l.geo_check {
        let _ = writeln!(
            s,
            "  place    {}",
            match check {
                truce_core::incident::GeoCheck::OutsideBoundaries =>
                    "the coordinates fall outside the country's boundaries (kept as reported)"
                        .to_owned(),
                truce_core::incident::GeoCheck::SourceAdminDiffers { stated } => format!(
                    "the source named governorate {stated}; the coordinates lie in {}",
                    l.admin1.as_deref().unwrap_or("?")
                ),
                truce_core::incident::GeoCheck::FromGazetteer { matched, ambiguous } => format!(
                    "coordinates from the gazetteer entry {matched:?}{}",
                    if *ambiguous {
                        " (the name fits more than one place)"
                    } else {
                        ""
                    }
                ),
            }
        );
    }
    let _ = writeln!(
        s,
        "  deaths   low {} / best {} / high {}{}",
        number(r.fatalities.low),
        number(r.fatalities.best),
        number(r.fatalities.high),
        if i.figures.conflict {
            " — the sources' tolls conflict"
        } else {
            ""
        }
    );
    for a in &r.actors {
        let resolved = match (&a.actor_id, a.members.is_empty()) {
            (Some(id), _) => id.clone(),
            (None, false) => format!("coalition of {}", a.members.join(", ")),
            (None, true) => "NOT IN THE REGISTRY".to_owned(),
        };
        let _ = writeln!(
            s,
            "  actor    {} → {resolved} ({:?}, {:?})",
            a.name, a.role, a.attribution
        );
    }
    for rep in &i.reports {
        let rr = &rep.record;
        let source = rr
            .sources
            .iter()
            .filter_map(|s| s.name.as_deref())
            .collect::<Vec<_>>()
            .join("; ");
        let placed = match &rep.membership {
            Some(m) if m.decided_by != truce_store::SYSTEM => format!(
                "placed by {}: {}",
                m.decided_by,
                m.reason.as_deref().unwrap_or("")
            ),
            Some(truce_store::Membership {
                evidence: Some(e), ..
            }) => format!(
                "joined, score {}{}",
                e.score,
                if e.is_confident() {
                    ""
                } else {
                    " (doubtful: waits for a reviewer)"
                }
            ),
            _ => "founded the incident".to_owned(),
        };
        let _ = writeln!(
            s,
            "  report   {}{}{} — {} {}, {} (revision {}, ledger entry {}); {placed}",
            rr.id,
            if source.is_empty() {
                String::new()
            } else {
                format!(" ({source})")
            },
            if rr.denial { " DENIAL" } else { "" },
            rr.date_start.map(|d| d.to_string()).unwrap_or_default(),
            rr.location.name.as_deref().unwrap_or("unknown place"),
            match rr.fatalities {
                Fatalities {
                    low: None,
                    best: None,
                    high: None,
                } => "no toll given".to_owned(),
                f => format!(
                    "deaths {}/{}/{}",
                    number(f.low),
                    number(f.best),
                    number(f.high)
                ),
            },
            rep.revision,
            rep.seq
        );
    }
    match &i.determination {
        Some(d) => {
            let clauses = if d.clauses.is_empty() {
                String::new()
            } else {
                format!(" — clauses {}", d.clauses.join(", "))
            };
            let _ = writeln!(
                s,
                "  {} {}{clauses} (terms {} version {}, decided by {})",
                if i.reviews.is_empty() {
                    "outcome "
                } else {
                    "automatic"
                },
                d.outcome,
                d.agreement_id,
                d.terms_version,
                d.decided_by
            );
            for reason in &d.reasons {
                let _ = writeln!(s, "    - {reason}");
            }
        }
        None => {
            let _ = writeln!(s, "  outcome  not determined yet (run `truce adjudicate`)");
        }
    }
    for v in &i.reviews {
        let clauses = if v.clauses.is_empty() {
            String::new()
        } else {
            format!(" — clauses {}", v.clauses.join(", "))
        };
        let _ = writeln!(
            s,
            "  review   {} decided {}{clauses} (automatic: {}): {}",
            v.reviewer,
            v.outcome,
            v.automatic_outcome.as_deref().unwrap_or("none"),
            v.reason
        );
    }
    if !i.reviews.is_empty() {
        let _ = writeln!(
            s,
            "  stands   {}",
            match i.review_state() {
                truce_store::ReviewState::Disputed =>
                    "needs_review — the reviewers disagree".to_owned(),
                _ => i.outcome().unwrap_or("undetermined").to_owned(),
            }
        );
    }
    s
}
