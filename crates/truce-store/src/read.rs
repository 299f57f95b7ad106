//! Reading the record: incidents assembled from their reports, now or as the record stood at
//! an instant (transaction time).
//!
//! One path serves both. The state of the record at ledger entry `S` is, for every subject,
//! the latest entry at or before `S` that wrote it: for the present that is exactly what the
//! projection tables point to; for an earlier instant it is read from the ledger itself. The
//! same decoding and assembly then run on either, so a figure computed yesterday is
//! reproduced byte for byte from the ledger today, whatever was learned since.

use std::collections::HashMap;

use sqlx::{AssertSqlSafe, Row};
use truce_core::reconcile::{self, Figures, Grade, SourceReliability, Verification};
use truce_core::record::IncidentRecord;

use crate::ledger::{Change, DeterminedChange, Membership, Review, ScenarioFiles};
use crate::{Store, StoreError};

/// A report as stored, with where it belongs.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredReport {
    /// What the source said.
    pub record: IncidentRecord,
    /// Its revision.
    pub revision: i64,
    /// The ledger entry that wrote this revision.
    pub seq: i64,
    /// Its place in an incident (none only for a report taken in before merging existed).
    pub membership: Option<Membership>,
}

/// An incident: its reports, and what the record makes of them.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredIncident {
    /// The combined record the engine determines (id: the incident's).
    pub record: IncidentRecord,
    /// Its reports, each source's figures on its own.
    pub reports: Vec<StoredReport>,
    /// The reconciled figures.
    pub figures: Figures,
    /// The verification grade.
    pub verification: Verification,
    /// The automatic determination, if made.
    pub determination: Option<DeterminedChange>,
    /// Each reviewer's latest decision.
    pub reviews: Vec<Review>,
    /// The first ledger entry among its reports: when it entered the record.
    pub since_seq: i64,
    /// Whether a monitor published it.
    pub published: bool,
}

/// Where people stand on an incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewState<'a> {
    /// No one has decided.
    Open,
    /// Every reviewer decided this outcome.
    Decided(&'a str),
    /// Reviewers decided differently; the disagreement stands until they agree.
    Disputed,
}

/// Why an incident needs a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attention {
    /// The engine could not decide.
    NeedsReview,
    /// Competing claims or a denial.
    Contested,
    /// The sources' tolls conflict beyond the threshold.
    TollConflict,
    /// A report joined it on a low score or beside a close runner-up.
    DoubtfulMerge(String),
    /// Reviewers decided differently.
    ReviewersDisagree,
}

impl std::fmt::Display for Attention {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Attention::NeedsReview => write!(f, "the engine left it to a person"),
            Attention::Contested => write!(f, "contested: competing claims or a denial"),
            Attention::TollConflict => write!(f, "the sources' death tolls conflict"),
            Attention::DoubtfulMerge(r) => write!(f, "report {r} joined it with low confidence"),
            Attention::ReviewersDisagree => write!(f, "reviewers decided differently"),
        }
    }
}

impl StoredIncident {
    /// What the record makes of these reports (ordered by ledger entry) as one incident.
    pub(crate) fn of(
        id: &str,
        reports: Vec<StoredReport>,
        determination: Option<DeterminedChange>,
        reviews: Vec<Review>,
        published: bool,
        reliability: &SourceReliability,
    ) -> Self {
        let records: Vec<IncidentRecord> = reports.iter().map(|r| r.record.clone()).collect();
        Self {
            record: reconcile::combine(id, &records, reliability),
            figures: reconcile::figures(&records, reliability),
            verification: reconcile::grade(&records, reliability),
            determination,
            since_seq: reports.first().map_or(0, |r| r.seq),
            reports,
            reviews,
            published,
        }
    }

    /// The incident's id.
    pub fn id(&self) -> &str {
        &self.record.id
    }

    /// Registry ids of every actor any of its reports names, and of their members: the
    /// parties it involves.
    pub fn parties(&self) -> impl Iterator<Item = &str> {
        self.reports.iter().flat_map(|r| actor_ids(&r.record))
    }

    /// The users who filed its reports.
    pub fn filers(&self) -> impl Iterator<Item = &str> {
        self.reports.iter().filter_map(|r| filer_of(&r.record.id))
    }

    /// Where reviewers stand.
    pub fn review_state(&self) -> ReviewState<'_> {
        let Some(first) = self.reviews.first() else {
            return ReviewState::Open;
        };
        if self.reviews.iter().all(|r| r.outcome == first.outcome) {
            ReviewState::Decided(&first.outcome)
        } else {
            ReviewState::Disputed
        }
    }

    /// The outcome that stands: the reviewers' when they agree, `needs_review` while they
    /// disagree, else the automatic determination's.
    pub fn outcome(&self) -> Option<&str> {
        match self.review_state() {
            ReviewState::Decided(o) => Some(o),
            ReviewState::Disputed => Some("needs_review"),
            ReviewState::Open => self.determination.as_ref().map(|d| d.outcome.as_str()),
        }
    }

    /// What a person should look at; empty once a reviewer decided (unless reviewers
    /// disagree).
    pub fn attention(&self) -> Vec<Attention> {
        match self.review_state() {
            ReviewState::Disputed => return vec![Attention::ReviewersDisagree],
            ReviewState::Decided(_) => return Vec::new(),
            ReviewState::Open => {}
        }
        let mut why = Vec::new();
        if self
            .determination
            .as_ref()
            .is_some_and(|d| d.outcome == "needs_review")
        {
            why.push(Attention::NeedsReview);
        }
        if self.verification.grade == Grade::Contested {
            why.push(Attention::Contested);
        }
        if self.figures.conflict {
            why.push(Attention::TollConflict);
        }
        for r in &self.reports {
            if r.membership.as_ref().is_some_and(Membership::is_doubtful) {
                why.push(Attention::DoubtfulMerge(r.record.id.clone()));
            }
        }
        why
    }
}

/// The source reliability a scenario configures (the default without one).
pub(crate) fn reliability_of(
    scenario: Option<&ScenarioFiles>,
) -> Result<SourceReliability, StoreError> {
    scenario.map_or(Ok(SourceReliability::default()), |s| {
        s.reliability()
            .map_err(|d| StoreError::Corrupt(format!("the scenario's sources file: {d}")))
    })
}

/// Registry ids of a record's actors and of their members.
pub(crate) fn actor_ids(record: &IncidentRecord) -> impl Iterator<Item = &str> {
    record
        .actors
        .iter()
        .flat_map(|a| a.actor_id.iter().chain(&a.members))
        .map(String::as_str)
}

/// The user who filed a report, for a report filed by a user (`report:USER.KEY`).
pub fn filer_of(report_id: &str) -> Option<&str> {
    report_id
        .strip_prefix("report:")?
        .split_once('.')
        .map(|(user, _)| user)
}

/// Filters for [`Store::incidents`].
#[derive(Debug, Clone, Default)]
pub struct IncidentFilter {
    /// The outcome that stands (`violation`…).
    pub outcome: Option<String>,
    /// First day (inclusive) of `date_start`.
    pub from: Option<jiff::civil::Date>,
    /// Last day (inclusive) of `date_start`.
    pub to: Option<jiff::civil::Date>,
    /// A registry actor id any report names.
    pub actor_id: Option<String>,
    /// Admin-1 p-code.
    pub admin1: Option<String>,
    /// An incident id, or the id of one of its reports.
    pub id: Option<String>,
    /// Verification grade.
    pub grade: Option<Grade>,
    /// The record as it stood at this instant (transaction time); now when absent.
    pub as_of: Option<jiff::Timestamp>,
}

impl IncidentFilter {
    /// Whether `i` passes the filter (its `as_of` aside: that chooses the record, not the
    /// incident).
    pub fn admits(&self, i: &StoredIncident) -> bool {
        let r = &i.record;
        self.outcome
            .as_ref()
            .is_none_or(|o| i.outcome() == Some(o.as_str()))
            && self
                .from
                .is_none_or(|d| r.date_start.is_some_and(|s| s >= d))
            && self.to.is_none_or(|d| r.date_start.is_some_and(|s| s <= d))
            && self
                .actor_id
                .as_ref()
                .is_none_or(|id| actor_ids(r).any(|a| a == id))
            && self
                .admin1
                .as_ref()
                .is_none_or(|a| r.location.admin1.as_ref() == Some(a))
            && self
                .id
                .as_ref()
                .is_none_or(|id| r.id == *id || i.reports.iter().any(|rep| rep.record.id == *id))
            && self.grade.is_none_or(|g| i.verification.grade == g)
    }
}

/// Which part of the record a snapshot reads.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Scope<'a> {
    /// All of it, now.
    Now,
    /// All of it, as it stood at an instant.
    AsOf(jiff::Timestamp),
    /// These incidents (and the scenario), now.
    Incidents(&'a [String]),
}

/// What the record holds at one point: the latest state of every subject.
#[derive(Debug, Default)]
pub(crate) struct Snapshot {
    pub scenario: Option<ScenarioFiles>,
    pub reports: Vec<StoredReport>,
    pub memberships: HashMap<String, Membership>,
    pub determinations: HashMap<String, DeterminedChange>,
    pub reviews: Vec<Review>,
    pub publications: HashMap<String, bool>,
}

/// The kinds a snapshot reads.
const SNAPSHOT_KINDS: &str =
    "'scenario_loaded', 'report_taken', 'merged', 'determined', 'reviewed', 'published'";

impl Store {
    /// The ledger position at `instant`: the last entry written at or before it.
    pub(crate) async fn seq_at(&self, instant: jiff::Timestamp) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT MAX(seq) FROM ledger WHERE at <= $1")
            .bind(crate::write::instant_text(instant))
            .fetch_one(&self.pool)
            .await?;
        Ok(row.get::<Option<i64>, _>(0).unwrap_or(0))
    }

    /// The record's state now, or at `as_of`.
    pub(crate) async fn snapshot(
        &self,
        as_of: Option<jiff::Timestamp>,
    ) -> Result<Snapshot, StoreError> {
        match as_of {
            None => self.snapshot_of(Scope::Now).await,
            Some(t) => self.snapshot_of(Scope::AsOf(t)).await,
        }
    }

    /// The state of the record within `scope`.
    pub(crate) async fn snapshot_of(&self, scope: Scope<'_>) -> Result<Snapshot, StoreError> {
        let upto = match scope {
            Scope::AsOf(instant) => self.seq_at(instant).await?,
            _ => 0,
        };
        let mut conn = self.pool.acquire().await?;
        snapshot_on(&mut conn, self.backend, scope, upto).await
    }
}

/// The state of the record within `scope`, read on `conn` (a writer's transaction sees what
/// it wrote); `upto` is the last ledger entry of an `AsOf` scope.
pub(crate) async fn snapshot_on(
    conn: &mut sqlx::AnyConnection,
    backend: crate::Backend,
    scope: Scope<'_>,
    upto: i64,
) -> Result<Snapshot, StoreError> {
    let rows = match scope {
            Scope::Incidents(ids) => {
                let list = backend.placeholders(0, ids.len());
                // Placeholders repeat the list for each table (SQLite's `?` are positional).
                let sql = format!(
                    "SELECT seq, kind, payload FROM ledger WHERE seq IN (\
                     SELECT seq FROM scenarios \
                     UNION ALL SELECT r.seq FROM memberships m JOIN reports r ON r.id = m.report_id WHERE m.incident_id IN ({list}) \
                     UNION ALL SELECT seq FROM memberships WHERE incident_id IN ({list2}) \
                     UNION ALL SELECT seq FROM determinations WHERE incident_id IN ({list3}) \
                     UNION ALL SELECT seq FROM reviews WHERE incident_id IN ({list4}) \
                     UNION ALL SELECT seq FROM publications WHERE incident_id IN ({list5})) ORDER BY seq",
                    list2 = backend.placeholders(ids.len(), ids.len()),
                    list3 = backend.placeholders(2 * ids.len(), ids.len()),
                    list4 = backend.placeholders(3 * ids.len(), ids.len()),
                    list5 = backend.placeholders(4 * ids.len(), ids.len()),
                );
                let mut query = sqlx::query(AssertSqlSafe(sql));
                for _ in 0..5 {
                    for id in ids {
                        query = query.bind(id.clone());
                    }
                }
                query.fetch_all(&mut *conn).await?
            }
            Scope::Now => {
                sqlx::query(
                    "SELECT seq, kind, payload FROM ledger WHERE seq IN (\
                     SELECT seq FROM scenarios UNION ALL SELECT seq FROM reports \
                     UNION ALL SELECT seq FROM memberships UNION ALL SELECT seq FROM determinations \
                     UNION ALL SELECT seq FROM reviews UNION ALL SELECT seq FROM publications) ORDER BY seq",
                )
                .fetch_all(&mut *conn)
                .await?
            }
            Scope::AsOf(_) => {
                sqlx::query(AssertSqlSafe(format!(
                    "SELECT seq, kind, payload FROM ledger WHERE seq IN (\
                     SELECT MAX(seq) FROM ledger WHERE seq <= $1 AND kind IN ({SNAPSHOT_KINDS}) GROUP BY subject) \
                     ORDER BY seq"
                )))
                .bind(upto)
                .fetch_all(&mut *conn)
                .await?
            }
        };
    let mut snapshot = Snapshot::default();
    for row in &rows {
        let (seq, kind, payload): (i64, String, String) = (row.get(0), row.get(1), row.get(2));
        let corrupt =
            |e: serde_json::Error| StoreError::Corrupt(format!("ledger entry {seq} ({kind}): {e}"));
        if kind == "report_taken" {
            let (record, revision) = crate::report_record(&payload)?;
            snapshot.reports.push(StoredReport {
                record,
                revision,
                seq,
                membership: None,
            });
            continue;
        }
        match Change::decode(&payload).map_err(corrupt)? {
            Change::ScenarioLoaded(s) => snapshot.scenario = Some(s),
            Change::Merged(m) => {
                snapshot.memberships.insert(m.report_id.clone(), m);
            }
            Change::Determined(d) => {
                snapshot.determinations.insert(d.incident_id.clone(), d);
            }
            Change::Reviewed(r) => snapshot.reviews.push(r),
            Change::Published(p) => {
                snapshot.publications.insert(p.incident_id, p.published);
            }
            other => {
                return Err(StoreError::Corrupt(format!(
                    "ledger entry {seq} is a `{}` where a snapshot expects {SNAPSHOT_KINDS}",
                    other.kind()
                )));
            }
        }
    }
    Ok(snapshot)
}

impl Store {
    /// Incidents matching `filter` (now, or as of its instant), ordered by first day then id.
    pub async fn incidents(
        &self,
        filter: &IncidentFilter,
    ) -> Result<Vec<StoredIncident>, StoreError> {
        let snapshot = match (&filter.id, filter.as_of) {
            // One incident now: read only it (by its id, or one of its reports').
            (Some(id), None) => {
                let incident: Option<String> = sqlx::query(AssertSqlSafe(format!(
                    "SELECT incident_id FROM memberships WHERE report_id = {} OR incident_id = {} LIMIT 1",
                    self.backend.placeholder(1),
                    self.backend.placeholder(2)
                )))
                .bind(id.clone())
                .bind(id.clone())
                .fetch_optional(&self.pool)
                .await?
                .map(|r| r.get(0));
                match incident {
                    Some(incident) => self.snapshot_of(Scope::Incidents(&[incident])).await?,
                    None => return Ok(Vec::new()),
                }
            }
            _ => self.snapshot(filter.as_of).await?,
        };
        let mut incidents = snapshot.assemble()?;
        incidents.retain(|i| filter.admits(i));
        Ok(incidents)
    }

    /// The review queue: incidents that need a person, oldest in the record first, each with
    /// why; the first `limit` of them when given.
    pub async fn review_queue(
        &self,
        as_of: Option<jiff::Timestamp>,
        limit: Option<usize>,
    ) -> Result<Vec<(StoredIncident, Vec<Attention>)>, StoreError> {
        let incidents = match as_of {
            None => {
                self.incidents_by_id(&self.attention_ids(limit).await?, None)
                    .await?
            }
            Some(_) => self.snapshot(as_of).await?.assemble()?,
        };
        let mut queue: Vec<(StoredIncident, Vec<Attention>)> = incidents
            .into_iter()
            .filter_map(|i| {
                let why = i.attention();
                (!why.is_empty()).then_some((i, why))
            })
            .collect();
        queue.sort_by(|(a, _), (b, _)| a.since_seq.cmp(&b.since_seq).then(a.id().cmp(b.id())));
        queue.truncate(limit.unwrap_or(usize::MAX));
        Ok(queue)
    }
}

impl Snapshot {
    /// The source reliability the scenario in this snapshot configures.
    pub(crate) fn reliability(&self) -> Result<SourceReliability, StoreError> {
        reliability_of(self.scenario.as_ref())
    }

    /// Groups reports into incidents and computes what each incident is, ordered by first
    /// day then id.
    pub(crate) fn assemble(self) -> Result<Vec<StoredIncident>, StoreError> {
        let reliability = self.reliability()?;
        let mut memberships = self.memberships;
        let mut groups: HashMap<String, Vec<StoredReport>> = HashMap::new();
        for mut report in self.reports {
            report.membership = memberships.remove(&report.record.id);
            let incident = report
                .membership
                .as_ref()
                .map_or_else(|| report.record.id.clone(), |m| m.incident_id.clone());
            groups.entry(incident).or_default().push(report);
        }
        let mut reviews: HashMap<String, Vec<Review>> = HashMap::new();
        for r in self.reviews {
            reviews.entry(r.incident_id.clone()).or_default().push(r);
        }
        let mut determinations = self.determinations;
        let mut incidents: Vec<StoredIncident> = groups
            .into_iter()
            .map(|(id, mut reports)| {
                reports.sort_by_key(|r| r.seq);
                let mut reviews = reviews.remove(&id).unwrap_or_default();
                reviews.sort_by(|a, b| a.reviewer.cmp(&b.reviewer));
                StoredIncident::of(
                    &id,
                    reports,
                    determinations.remove(&id),
                    reviews,
                    self.publications.get(&id).copied().unwrap_or(false),
                    &reliability,
                )
            })
            .collect();
        incidents.sort_by(|a, b| {
            a.record
                .date_start
                .cmp(&b.record.date_start)
                .then_with(|| a.record.id.cmp(&b.record.id))
        });
        Ok(incidents)
    }
}
