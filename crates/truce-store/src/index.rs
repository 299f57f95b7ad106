//! The incident index: one row per incident with what lists, maps, figures and the review
//! queue filter and show, so that reading a page costs the same with a thousand incidents or
//! a million. Rows are computed by [`index_row`] from an assembled incident — the writer calls
//! it for every incident a transaction touched, `verify` for every incident in the record —
//! so a row is by construction what the ledger says.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use sqlx::{AssertSqlSafe, Row};

use crate::projection::{Kind, Table, Value};
use crate::read::{IncidentFilter, StoredIncident, actor_ids};
use crate::{Backend, Store, StoreError};

pub(crate) const INCIDENT_INDEX: Table = Table {
    name: "incident_index",
    subject_prefix: "",
    columns: &[
        ("incident_id", Kind::Text),
        ("since_seq", Kind::Int),
        ("day", Kind::Text),
        ("sub_event_type", Kind::Text),
        ("outcome", Kind::Text),
        ("grade", Kind::Text),
        ("deaths", Kind::Int),
        ("place", Kind::Text),
        ("admin1", Kind::Text),
        ("lat", Kind::Real),
        ("lon", Kind::Real),
        ("protected", Kind::Int),
        ("published", Kind::Int),
        ("attention", Kind::Int),
        ("actors", Kind::Text),
        ("parties", Kind::Text),
        ("filers", Kind::Text),
        ("feature", Kind::Text),
        ("coarse_feature", Kind::Text),
        ("summary", Kind::Text),
        ("coarse_summary", Kind::Text),
    ],
};

/// The columns an [`IndexEntry`] is read from, in its order.
const ENTRY_COLUMNS: &str = "incident_id, since_seq, day, sub_event_type, outcome, grade, deaths, place, admin1, lat, lon, protected, published";

/// A GeoJSON Feature: what a map needs of an incident — where, when, what, the outcome that
/// stands, the toll and who (the rest is one request away).
#[derive(Debug, Serialize, Deserialize)]
pub struct MapFeature<'a> {
    /// `Feature`.
    pub r#type: &'a str,
    /// The point, when the reader may see where.
    pub geometry: Option<MapPoint<'a>>,
    /// What the map shows.
    #[serde(borrow)]
    pub properties: MapProperties<'a>,
}

/// A GeoJSON Point.
#[derive(Debug, Serialize, Deserialize)]
pub struct MapPoint<'a> {
    /// `Point`.
    pub r#type: &'a str,
    /// Longitude, latitude.
    pub coordinates: [f64; 2],
}

/// The properties of an incident's feature.
#[derive(Debug, Serialize, Deserialize)]
pub struct MapProperties<'a> {
    /// The incident.
    pub id: &'a str,
    /// Its first day.
    pub date_start: Option<String>,
    /// ACLED sub-event type.
    pub sub_event_type: &'a str,
    /// The outcome that stands.
    pub outcome: Option<&'a str>,
    /// The verification grade.
    pub grade: &'a str,
    /// The reconciled best figure.
    pub deaths: Option<u32>,
    /// Whether a monitor published it.
    pub published: bool,
    /// The place's name, when the reader may see where.
    pub place: Option<&'a str>,
    /// Governorate p-code.
    pub admin1: Option<&'a str>,
    /// Its actors.
    #[serde(borrow)]
    pub actors: Vec<MapActor<'a>>,
}

/// An actor as a map shows it.
#[derive(Debug, Serialize, Deserialize)]
pub struct MapActor<'a> {
    /// As the sources name it.
    pub name: &'a str,
    /// The registry's id, when resolved.
    pub actor_id: Option<&'a str>,
    /// Perpetrator, target or participant.
    pub role: truce_core::Role,
}

/// An incident as a list shows it: what it was, where, who, the toll, and what the record
/// makes of it (its reports, reasoning and reviews are one request away).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IncidentSummary {
    /// The incident.
    pub id: String,
    /// First day.
    pub date_start: Option<String>,
    /// Last day.
    pub date_end: Option<String>,
    /// ACLED event type.
    pub event_type: String,
    /// ACLED sub-event type.
    pub sub_event_type: String,
    /// Where (for a protected incident, to those who may not see where: the district only).
    pub location: SummaryPlace,
    /// Who, as the sources name them.
    pub actors: Vec<SummaryActor>,
    /// The reconciled figures of deaths.
    pub fatalities: SummaryFatalities,
    /// The outcome that stands (a reviewer's when reviewers agree).
    pub outcome: Option<String>,
    /// The clauses of the automatic determination.
    pub clauses: Vec<String>,
    /// The verification grade.
    pub grade: String,
    /// Whether a monitor published it.
    pub published: bool,
    /// How many reports it holds.
    pub reports: usize,
}

/// Where an incident happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SummaryPlace {
    /// The place's name.
    pub name: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Governorate p-code.
    pub admin1: Option<String>,
    /// District p-code.
    pub admin2: Option<String>,
    /// 1 exact … 3 district or wider.
    pub geo_precision: Option<u8>,
}

/// An actor of an incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SummaryActor {
    /// As the sources name it.
    pub name: String,
    /// The registry's id, when resolved.
    pub actor_id: Option<String>,
    /// Perpetrator, target or participant.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub role: truce_core::Role,
    /// How it is known (claimed, accused…).
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub attribution: truce_core::Attribution,
}

/// Figures of deaths.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SummaryFatalities {
    /// The largest credible lower bound.
    pub low: Option<u32>,
    /// The best figure.
    pub best: Option<u32>,
    /// The largest credible figure.
    pub high: Option<u32>,
}

/// The list summary of an incident; its place coarsened to the district unless `exact`.
pub(crate) fn summary_of(i: &StoredIncident, exact: bool) -> String {
    let r = &i.record;
    let l = &r.location;
    let summary = IncidentSummary {
        id: r.id.clone(),
        date_start: r.date_start.map(|d| d.to_string()),
        date_end: r.date_end.map(|d| d.to_string()),
        event_type: r.event_type.clone(),
        sub_event_type: r.sub_event_type.name().to_owned(),
        location: SummaryPlace {
            name: l.name.clone().filter(|_| exact),
            lat: l.lat.filter(|_| exact),
            lon: l.lon.filter(|_| exact),
            admin1: l.admin1.clone(),
            admin2: l.admin2.clone(),
            geo_precision: if exact { l.geo_precision } else { Some(3) },
        },
        actors: r
            .actors
            .iter()
            .map(|a| SummaryActor {
                name: a.name.clone(),
                actor_id: a.actor_id.clone(),
                role: a.role,
                attribution: a.attribution,
            })
            .collect(),
        fatalities: SummaryFatalities {
            low: r.fatalities.low,
            best: r.fatalities.best,
            high: r.fatalities.high,
        },
        outcome: i.outcome().map(str::to_owned),
        clauses: i
            .determination
            .as_ref()
            .map(|d| d.clauses.clone())
            .unwrap_or_default(),
        grade: i.verification.grade.as_str().to_owned(),
        published: i.published,
        reports: i.reports.len(),
    };
    serde_json::to_string(&summary).expect("plain values serialise")
}

/// The GeoJSON Feature of an incident; without its place and point unless `exact`.
pub(crate) fn feature_of(i: &StoredIncident, exact: bool) -> String {
    let r = &i.record;
    let l = &r.location;
    let feature = MapFeature {
        r#type: "Feature",
        geometry: l.lon.zip(l.lat).filter(|_| exact).map(|(x, y)| MapPoint {
            r#type: "Point",
            coordinates: [x, y],
        }),
        properties: MapProperties {
            id: &r.id,
            date_start: r.date_start.map(|d| d.to_string()),
            sub_event_type: r.sub_event_type.name(),
            outcome: i.outcome(),
            grade: i.verification.grade.as_str(),
            deaths: r.fatalities.best,
            published: i.published,
            place: l.name.as_deref().filter(|_| exact),
            admin1: l.admin1.as_deref(),
            actors: r
                .actors
                .iter()
                .map(|a| MapActor {
                    name: &a.name,
                    actor_id: a.actor_id.as_deref(),
                    role: a.role,
                })
                .collect(),
        },
    };
    serde_json::to_string(&feature).expect("plain values serialise")
}

/// `|a|b|`: a set of names that one substring test can search for `|name|`.
fn name_set<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let names: BTreeSet<&str> = names.collect();
    let mut text = String::from("|");
    for n in names {
        text.push_str(n);
        text.push('|');
    }
    text
}

/// The index row of an incident.
pub(crate) fn index_row(i: &StoredIncident) -> Vec<Value> {
    let e = IndexEntry::of(i, &Audience::Everything);
    let coarse_summary = Value::Text(e.protected.then(|| summary_of(i, false)));
    let text = |s: String| Value::Text(Some(s));
    let flag = |b: bool| Value::Int(Some(i64::from(b)));
    vec![
        text(e.id),
        Value::Int(Some(e.since_seq)),
        text(e.day.map(|d| d.to_string()).unwrap_or_default()),
        text(e.sub_event_type),
        Value::Text(e.outcome),
        text(e.grade),
        Value::Int(e.deaths.map(i64::from)),
        Value::Text(e.place),
        Value::Text(e.admin1),
        Value::Real(e.lat),
        Value::Real(e.lon),
        flag(e.protected),
        flag(e.published),
        flag(!i.attention().is_empty()),
        text(name_set(actor_ids(&i.record))),
        text(name_set(i.parties())),
        text(name_set(i.filers())),
        text(feature_of(i, true)),
        Value::Text(e.protected.then(|| feature_of(i, false))),
        text(e.summary),
        coarse_summary,
    ]
}

/// Who reads: what of the record they may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// Monitors and admins: every incident, protected places included.
    Everything,
    /// Published incidents, and those involving `party` or filed by `filer`; protected places
    /// are not placed.
    Published {
        /// A party whose incidents they also see.
        party: Option<String>,
        /// A user whose filed reports' incidents they also see.
        filer: Option<String>,
    },
}

/// A query of the index: filters, who reads, and a page.
#[derive(Debug, Clone)]
pub struct IndexQuery<'a> {
    /// The filters (`as_of` must be absent: the index is the record now).
    pub filter: &'a IncidentFilter,
    /// `[min_lon, min_lat, max_lon, max_lat]`.
    pub bbox: Option<[f64; 4]>,
    /// Who reads.
    pub audience: &'a Audience,
    /// Only incidents after this (day, id) in list order.
    pub after: Option<(String, String)>,
    /// At most this many.
    pub limit: Option<usize>,
}

/// Counts over the incidents a query selects.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IndexFigures {
    /// How many.
    pub incidents: u64,
    /// How many per outcome that stands (`undetermined` before a determination).
    pub per_outcome: BTreeMap<String, u64>,
    /// How many per first day.
    pub per_day: BTreeMap<String, u64>,
    /// How many per governorate.
    pub per_admin1: BTreeMap<String, u64>,
    /// The sum of the incidents' reconciled best figures of deaths.
    pub deaths_best: u64,
}

impl IndexFigures {
    /// Counts one more incident.
    fn add(&mut self, e: &IndexEntry) {
        let outcome = e.outcome.as_deref().unwrap_or(UNDETERMINED);
        self.tally(outcome, 1, e.deaths.map_or(0, u64::from));
        if let Some(d) = e.day {
            *self.per_day.entry(d.to_string()).or_default() += 1;
        }
        if let Some(a) = &e.admin1 {
            *self.per_admin1.entry(a.clone()).or_default() += 1;
        }
    }

    fn tally(&mut self, outcome: &str, count: u64, deaths: u64) {
        self.incidents += count;
        *self.per_outcome.entry(outcome.to_owned()).or_default() += count;
        self.deaths_best += deaths;
    }
}

/// The outcome of an incident not yet determined, in figures.
const UNDETERMINED: &str = "undetermined";

/// An incident as the index holds it: what a list filters on and a map shows.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexEntry {
    /// The incident.
    pub id: String,
    /// The first ledger entry among its reports.
    pub since_seq: i64,
    /// Its first day.
    pub day: Option<jiff::civil::Date>,
    /// ACLED sub-event type.
    pub sub_event_type: String,
    /// The outcome that stands.
    pub outcome: Option<String>,
    /// The verification grade.
    pub grade: String,
    /// The reconciled best figure of deaths.
    pub deaths: Option<u32>,
    /// The place's name.
    pub place: Option<String>,
    /// Governorate p-code.
    pub admin1: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Whether a report's source is protected.
    pub protected: bool,
    /// Whether a monitor published it.
    pub published: bool,
    /// The incident as a list shows it to the audience that asked (`IncidentSummary`, JSON).
    pub summary: String,
}

impl IndexEntry {
    /// What the index holds of an incident, as `audience` may read it.
    pub fn of(i: &StoredIncident, audience: &Audience) -> Self {
        let r = &i.record;
        let l = &r.location;
        Self {
            id: r.id.clone(),
            since_seq: i.since_seq,
            day: r.date_start,
            sub_event_type: r.sub_event_type.name().to_owned(),
            outcome: i.outcome().map(str::to_owned),
            grade: i.verification.grade.as_str().to_owned(),
            deaths: r.fatalities.best,
            place: l.name.clone(),
            admin1: l.admin1.clone(),
            lat: l.lat,
            lon: l.lon,
            protected: r.protected,
            published: i.published,
            summary: summary_of(i, audience.sees_place(r.protected)),
        }
    }

    /// Where it sits in list order (the cursor of a page that ends with it).
    pub fn position(&self) -> (String, String) {
        (
            self.day.map(|d| d.to_string()).unwrap_or_default(),
            self.id.clone(),
        )
    }
}

impl Audience {
    /// Whether this audience may see where an incident happened (and who said so): always,
    /// unless it is protected and they are not staff.
    pub fn sees_place(&self, protected: bool) -> bool {
        *self == Audience::Everything || !protected
    }

    /// The SQL for a JSON column of the index as this audience reads it: its coarsened copy
    /// where the place is hidden from them.
    fn column(&self, name: &str) -> String {
        match self {
            Audience::Everything => name.to_owned(),
            Audience::Published { .. } => {
                format!("CASE WHEN protected = 1 THEN coarse_{name} ELSE {name} END")
            }
        }
    }

    /// Whether this audience may see `incident` at all.
    pub fn sees(&self, incident: &StoredIncident) -> bool {
        match self {
            Audience::Everything => true,
            Audience::Published { party, filer } => {
                incident.published
                    || party
                        .as_deref()
                        .is_some_and(|p| incident.parties().any(|x| x == p))
                    || filer
                        .as_deref()
                        .is_some_and(|u| incident.filers().any(|x| x == u))
            }
        }
    }
}

impl IndexQuery<'_> {
    /// Whether `incident` answers this query (its page aside): what the index's SQL selects.
    pub fn admits(&self, incident: &StoredIncident) -> bool {
        let l = &incident.record.location;
        self.filter.admits(incident)
            && self.audience.sees(incident)
            // A protected place is not placed for those who may not see it.
            && self.bbox.is_none_or(|[w, s, e, n]| {
                self.audience.sees_place(incident.record.protected)
                    && l.lat
                        .zip(l.lon)
                        .is_some_and(|(y, x)| (w..=e).contains(&x) && (s..=n).contains(&y))
            })
    }
}

impl Backend {
    /// SQL true when `column` contains the text bound at placeholder `n`.
    fn contains(self, column: &str, n: usize) -> String {
        match self {
            Backend::Sqlite => format!("instr({column}, {}) > 0", self.placeholder(n)),
            Backend::Postgres => format!("strpos({column}, {}) > 0", self.placeholder(n)),
        }
    }
}

/// A WHERE clause and its values, built condition by condition.
#[derive(Default)]
struct Conditions {
    sql: Vec<String>,
    binds: Vec<Value>,
}

impl Conditions {
    /// ` WHERE …`, or nothing.
    fn clause(&self) -> String {
        if self.sql.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.sql.join(" AND "))
        }
    }

    /// `sql` with this clause's values bound.
    fn bind<'q>(&'q self, sql: &str) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
        let mut query = sqlx::query(AssertSqlSafe(sql.to_owned()));
        for v in &self.binds {
            query = match v {
                Value::Int(v) => query.bind(*v),
                Value::Real(v) => query.bind(*v),
                Value::Text(v) => query.bind(v.clone()),
            };
        }
        query
    }

    /// Adds a condition; `write` gets the placeholder number of each value it binds, in order.
    fn add(&mut self, values: Vec<Value>, write: impl FnOnce(&[usize]) -> String) {
        let first = self.binds.len() + 1;
        let numbers: Vec<usize> = (first..first + values.len()).collect();
        self.sql.push(write(&numbers));
        self.binds.extend(values);
    }
}

impl Store {
    /// Index entries matching `q`, in list order (first day, then id). With `as_of`, they are
    /// computed from the record as it stood then.
    pub async fn index_entries(&self, q: &IndexQuery<'_>) -> Result<Vec<IndexEntry>, StoreError> {
        if q.filter.as_of.is_some() {
            let entries = self
                .admitted_as_of(q)
                .await?
                .iter()
                .map(|i| IndexEntry::of(i, q.audience))
                .filter(|e| q.after.as_ref().is_none_or(|a| e.position() > *a))
                .take(q.limit.unwrap_or(usize::MAX))
                .collect();
            return Ok(entries);
        }
        let c = self.conditions(q);
        let mut sql = format!(
            "SELECT {ENTRY_COLUMNS}, {} FROM incident_index{}",
            q.audience.column("summary"),
            c.clause()
        );
        sql.push_str(" ORDER BY day, incident_id");
        if let Some(limit) = q.limit {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        let rows = c.bind(&sql).fetch_all(&self.pool).await?;
        rows.iter().map(entry).collect()
    }

    /// Counts over the incidents matching `q` (its page aside), grouped by the database.
    pub async fn index_figures(&self, q: &IndexQuery<'_>) -> Result<IndexFigures, StoreError> {
        let mut figures = IndexFigures::default();
        if q.filter.as_of.is_some() {
            for e in self.index_entries(q).await? {
                figures.add(&e);
            }
            return Ok(figures);
        }
        let c = self.conditions(q);
        let clause = c.clause();
        let and = if clause.is_empty() { " WHERE" } else { " AND" };
        let grouped = |column: &str, extra: &str| {
            format!(
                "SELECT {column}, COUNT(*), CAST(SUM(deaths) AS BIGINT) FROM incident_index{clause}{extra} GROUP BY {column}"
            )
        };
        for row in c
            .bind(&grouped("outcome", ""))
            .fetch_all(&self.pool)
            .await?
        {
            let outcome: Option<String> = row.try_get(0)?;
            figures.tally(
                outcome.as_deref().unwrap_or(UNDETERMINED),
                count(&row, 1)?,
                count(&row, 2)?,
            );
        }
        let days = grouped("day", &format!("{and} day <> ''"));
        for row in c.bind(&days).fetch_all(&self.pool).await? {
            figures.per_day.insert(row.try_get(0)?, count(&row, 1)?);
        }
        let areas = grouped("admin1", &format!("{and} admin1 IS NOT NULL"));
        for row in c.bind(&areas).fetch_all(&self.pool).await? {
            figures.per_admin1.insert(row.try_get(0)?, count(&row, 1)?);
        }
        Ok(figures)
    }

    /// The GeoJSON Features of the incidents `q` selects (the first `q.limit` of them, in
    /// list order), comma-separated — the members of a FeatureCollection's `features`, joined
    /// by the database — and how many they are, so that a caller can refuse a selection
    /// larger than a map can show without the database joining all of it.
    pub async fn index_features(&self, q: &IndexQuery<'_>) -> Result<(String, u64), StoreError> {
        if q.filter.as_of.is_some() {
            let features: Vec<String> = self
                .admitted_as_of(q)
                .await?
                .iter()
                .take(q.limit.unwrap_or(usize::MAX))
                .map(|i| feature_of(i, q.audience.sees_place(i.record.protected)))
                .collect();
            return Ok((features.join(","), features.len() as u64));
        }
        let feature = q.audience.column("feature");
        let join = match self.backend {
            Backend::Sqlite => "group_concat",
            Backend::Postgres => "string_agg",
        };
        let c = self.conditions(q);
        let limit = q.limit.map(|n| format!(" LIMIT {n}")).unwrap_or_default();
        let sql = format!(
            "SELECT {join}(f, ',' ORDER BY day, incident_id), COUNT(*) FROM (SELECT day, incident_id, {feature} AS f FROM incident_index{} ORDER BY day, incident_id{limit}) page",
            c.clause()
        );
        let row = c.bind(&sql).fetch_one(&self.pool).await?;
        let joined: Option<String> = row.try_get(0)?;
        Ok((joined.unwrap_or_default(), count(&row, 1)?))
    }

    /// The incidents of the record at `q`'s `as_of` that answer `q`, in list order.
    async fn admitted_as_of(&self, q: &IndexQuery<'_>) -> Result<Vec<StoredIncident>, StoreError> {
        let mut incidents = self.incidents(q.filter).await?;
        incidents.retain(|i| q.admits(i));
        Ok(incidents)
    }

    /// The WHERE conditions of `q` (its filters, audience, bounding box and page start).
    fn conditions(&self, q: &IndexQuery<'_>) -> Conditions {
        let b = self.backend;
        let f = q.filter;
        let p = |n: usize| b.placeholder(n);
        let text = |s: &str| Value::Text(Some(s.to_owned()));
        let mut c = Conditions::default();
        if let Some(o) = &f.outcome {
            c.add(vec![text(o)], |n| format!("outcome = {}", p(n[0])));
        }
        if let Some(d) = f.from {
            c.add(vec![text(&d.to_string())], |n| {
                format!("day >= {}", p(n[0]))
            });
        }
        if let Some(d) = f.to {
            c.add(vec![text(&d.to_string())], |n| {
                format!("day <= {} AND day <> ''", p(n[0]))
            });
        }
        if let Some(a) = &f.actor_id {
            c.add(vec![text(&format!("|{a}|"))], |n| {
                b.contains("actors", n[0])
            });
        }
        if let Some(a) = &f.admin1 {
            c.add(vec![text(a)], |n| format!("admin1 = {}", p(n[0])));
        }
        if let Some(g) = f.grade {
            c.add(vec![text(g.as_str())], |n| format!("grade = {}", p(n[0])));
        }
        if let Some(id) = &f.id {
            c.add(vec![text(id), text(id)], |n| {
                format!(
                    "(incident_id = {} OR incident_id IN (SELECT incident_id FROM memberships WHERE report_id = {}))",
                    p(n[0]),
                    p(n[1])
                )
            });
        }
        if let Some([w, s, e, n_]) = q.bbox {
            let reals = [s, n_, w, e].map(|x| Value::Real(Some(x))).to_vec();
            c.add(reals, |n| {
                format!(
                    "lat BETWEEN {} AND {} AND lon BETWEEN {} AND {}",
                    p(n[0]),
                    p(n[1]),
                    p(n[2]),
                    p(n[3])
                )
            });
        }
        if let Audience::Published { party, filer } = q.audience {
            // A protected place is not placed for those who may not see it.
            if q.bbox.is_some() {
                c.sql.push("protected = 0".to_owned());
            }
            let mut values = Vec::new();
            let mut either = vec!["published = 1".to_owned()];
            let next = c.binds.len() + 1;
            if let Some(party) = party {
                either.push(b.contains("parties", next + values.len()));
                values.push(text(&format!("|{party}|")));
            }
            if let Some(user) = filer {
                either.push(b.contains("filers", next + values.len()));
                values.push(text(&format!("|{user}|")));
            }
            c.add(values, |_| format!("({})", either.join(" OR ")));
        }
        if let Some((day, id)) = &q.after {
            c.add(vec![text(day), text(day), text(id)], |n| {
                format!(
                    "(day > {} OR (day = {} AND incident_id > {}))",
                    p(n[0]),
                    p(n[1]),
                    p(n[2])
                )
            });
        }
        c
    }

    /// These incidents, fully assembled, now (read 500 at a time) or as they stood at
    /// `as_of` (one reading of the ledger), in the order given (ids not in the record are left
    /// out).
    pub async fn incidents_by_id(
        &self,
        ids: &[String],
        as_of: Option<jiff::Timestamp>,
    ) -> Result<Vec<StoredIncident>, StoreError> {
        let mut found: std::collections::HashMap<String, StoredIncident> =
            std::collections::HashMap::new();
        let mut keep = |incidents: Vec<StoredIncident>| {
            found.extend(incidents.into_iter().map(|i| (i.id().to_owned(), i)));
        };
        match as_of {
            Some(t) if !ids.is_empty() => {
                keep(
                    self.snapshot_of(crate::read::Scope::AsOf(t))
                        .await?
                        .assemble()?,
                );
            }
            _ => {
                for page in ids.chunks(500) {
                    keep(
                        self.snapshot_of(crate::read::Scope::Incidents(page))
                            .await?
                            .assemble()?,
                    );
                }
            }
        }
        Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
    }

    /// Ids of the incidents waiting for a person, oldest in the record first (the first
    /// `limit`).
    pub(crate) async fn attention_ids(
        &self,
        limit: Option<usize>,
    ) -> Result<Vec<String>, StoreError> {
        let limit = limit.map(|n| format!(" LIMIT {n}")).unwrap_or_default();
        Ok(sqlx::query(AssertSqlSafe(format!(
            "SELECT incident_id FROM incident_index WHERE attention = 1 ORDER BY since_seq, incident_id{limit}"
        )))
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect())
    }
}

/// What a reader asks of the incidents and may see: filters, a bounding box, an audience
/// (an [`IndexQuery`] without its page, owned).
#[derive(Debug, Clone)]
pub struct Selection {
    /// The filters (with `as_of`, the record as it stood).
    pub filter: IncidentFilter,
    /// `[min_lon, min_lat, max_lon, max_lat]`.
    pub bbox: Option<[f64; 4]>,
    /// Who reads.
    pub audience: Audience,
}

impl Selection {
    /// Every incident `filter` admits, for those who see everything.
    pub fn everything(filter: IncidentFilter) -> Self {
        Self {
            filter,
            bbox: None,
            audience: Audience::Everything,
        }
    }

    /// The index query: after `after` in list order, at most `limit` incidents.
    pub fn query(&self, after: Option<(String, String)>, limit: Option<usize>) -> IndexQuery<'_> {
        IndexQuery {
            filter: &self.filter,
            bbox: self.bbox,
            audience: &self.audience,
            after,
            limit,
        }
    }
}

/// The incidents a selection admits, fully assembled, a page at a time in list order (first
/// day, then id): a reader of the whole record holds one page, not the record. Now, each page
/// is read through the index after the last one's (day, id); as of an instant, the record as
/// it stood is read once and given as one page. Owns what it reads (a clone of the store), so
/// that a server can hand it to the task that streams a response.
#[derive(Debug)]
pub struct IncidentPages {
    store: Store,
    selection: Selection,
    page: usize,
    after: Option<(String, String)>,
    done: bool,
}

impl Store {
    /// The incidents `selection` admits, `page` at a time (see [`IncidentPages`]).
    pub fn incident_pages(&self, selection: Selection, page: usize) -> IncidentPages {
        IncidentPages {
            store: self.clone(),
            selection,
            page: page.max(1),
            after: None,
            done: false,
        }
    }
}

impl IncidentPages {
    /// The next page; `None` once every incident has been given.
    pub async fn next(&mut self) -> Result<Option<Vec<StoredIncident>>, StoreError> {
        if self.done {
            return Ok(None);
        }
        if self.selection.filter.as_of.is_some() {
            self.done = true;
            let query = self.selection.query(None, None);
            return Ok(Some(self.store.admitted_as_of(&query).await?));
        }
        let query = self.selection.query(self.after.take(), Some(self.page));
        let entries = self.store.index_entries(&query).await?;
        self.done = entries.len() < self.page;
        let Some(last) = entries.last() else {
            return Ok(None);
        };
        self.after = Some(last.position());
        let ids: Vec<String> = entries.into_iter().map(|e| e.id).collect();
        Ok(Some(self.store.incidents_by_id(&ids, None).await?))
    }
}

/// A count or sum column (null, for a sum of nothing, is 0).
fn count(row: &sqlx::any::AnyRow, i: usize) -> Result<u64, StoreError> {
    u64::try_from(row.try_get::<Option<i64>, _>(i)?.unwrap_or(0))
        .map_err(|_| StoreError::Corrupt("incident_index: a negative count".into()))
}

fn entry(row: &sqlx::any::AnyRow) -> Result<IndexEntry, StoreError> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("incident_index: {what}"));
    let day: String = row.try_get(2)?;
    Ok(IndexEntry {
        id: row.try_get(0)?,
        since_seq: row.try_get(1)?,
        day: if day.is_empty() {
            None
        } else {
            Some(
                day.parse()
                    .map_err(|_| corrupt("a day that is not a date"))?,
            )
        },
        sub_event_type: row.try_get(3)?,
        outcome: row.try_get(4)?,
        grade: row.try_get(5)?,
        deaths: row
            .try_get::<Option<i64>, _>(6)?
            .map(u32::try_from)
            .transpose()
            .map_err(|_| corrupt("a toll out of range"))?,
        place: row.try_get(7)?,
        admin1: row.try_get(8)?,
        lat: row.try_get(9)?,
        lon: row.try_get(10)?,
        protected: row.try_get::<i64, _>(11)? != 0,
        published: row.try_get::<i64, _>(12)? != 0,
        summary: row.try_get(13)?,
    })
}
