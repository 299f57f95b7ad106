//! The incident index: one row per incident with what lists, maps, figures and the review
//! queue filter and show, so that reading a page costs the same with a thousand incidents or
//! a million. Rows are computed by [`index_row`] from an assembled incident — the writer calls
//! it for every incident a transaction touched, `verify` for every incident in the record —
//! so a row is by construction what the ledger says.

use std::collections::BTreeSet;

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
        ("map_actors", Kind::Text),
    ],
};

/// The columns an [`IndexEntry`] is read from, in its order.
const ENTRY_COLUMNS: &str = "incident_id, since_seq, day, sub_event_type, outcome, grade, deaths, place, admin1, lat, lon, protected, published, map_actors";

/// An actor as a map shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapActor {
    /// As the sources name it.
    pub name: String,
    /// The registry's id, when resolved.
    pub actor_id: Option<String>,
    /// Perpetrator, target or participant.
    pub role: truce_core::Role,
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
    let e = IndexEntry::of(i);
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
        text(e.map_actors),
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
    /// Its actors, as JSON (`[MapActor]`), ready to embed in a response.
    pub map_actors: String,
}

impl IndexEntry {
    /// What the index holds of an incident.
    pub fn of(i: &StoredIncident) -> Self {
        let r = &i.record;
        let l = &r.location;
        let map_actors: Vec<MapActor> = r
            .actors
            .iter()
            .map(|a| MapActor {
                name: a.name.clone(),
                actor_id: a.actor_id.clone(),
                role: a.role,
            })
            .collect();
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
            map_actors: serde_json::to_string(&map_actors).expect("plain values serialise"),
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
                (*self.audience == Audience::Everything || !incident.record.protected)
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
                .incidents(q.filter)
                .await?
                .iter()
                .filter(|i| q.admits(i))
                .map(IndexEntry::of)
                .filter(|e| q.after.as_ref().is_none_or(|a| e.position() > *a))
                .take(q.limit.unwrap_or(usize::MAX))
                .collect();
            return Ok(entries);
        }
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
        let mut sql = format!("SELECT {ENTRY_COLUMNS} FROM incident_index");
        if !c.sql.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&c.sql.join(" AND "));
        }
        sql.push_str(" ORDER BY day, incident_id");
        if let Some(limit) = q.limit {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        let mut query = sqlx::query(AssertSqlSafe(sql));
        for v in c.binds {
            query = match v {
                Value::Int(v) => query.bind(v),
                Value::Real(v) => query.bind(v),
                Value::Text(v) => query.bind(v),
            };
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.iter().map(entry).collect()
    }

    /// These incidents, fully assembled, now or as they stood at `as_of`, in the order given
    /// (ids not in the record are left out).
    pub async fn incidents_by_id(
        &self,
        ids: &[String],
        as_of: Option<jiff::Timestamp>,
    ) -> Result<Vec<StoredIncident>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let scope = match as_of {
            None => crate::read::Scope::Incidents(ids),
            Some(t) => crate::read::Scope::AsOf(t),
        };
        let mut found: std::collections::HashMap<String, StoredIncident> = self
            .snapshot_of(scope)
            .await?
            .assemble()?
            .into_iter()
            .map(|i| (i.id().to_owned(), i))
            .collect();
        Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
    }

    /// Ids of the incidents waiting for a person, oldest in the record first.
    pub(crate) async fn attention_ids(&self) -> Result<Vec<String>, StoreError> {
        Ok(sqlx::query(
            "SELECT incident_id FROM incident_index WHERE attention = 1 ORDER BY since_seq, incident_id",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect())
    }
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
        map_actors: row.try_get(13)?,
    })
}
