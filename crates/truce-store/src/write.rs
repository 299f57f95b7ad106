//! Writing: every change goes through [`Writer`], which appends it to the ledger and applies
//! its projection in the same transaction, in batches.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use sqlx::{Any, AssertSqlSafe, Row, Transaction};
use truce_core::control::ControlMap;
use truce_core::record::IncidentRecord;
use truce_core::{Agreement, Outcome, Registry, determine};

use truce_core::merge::{Decision, Key, Merger, ReportFeatures, dataset_of};

use crate::index::{INCIDENT_INDEX, index_row};
use crate::ledger::{
    self, Change, ColumnsRead, ControlFile, DeterminedChange, DocumentTaken, EntryFields,
    Membership, ReportTaken, Review, ScenarioFiles,
};
use crate::projection::{Table, Value, project, report_digest};
use crate::read::{self, Scope};
use crate::{Backend, Store, StoreError, StoredIncident};
use truce_core::reconcile::SourceReliability;

/// Entries buffered before they are written (bounded by the databases' parameter limits:
/// 16 columns × 200 rows stays far below SQLite's 32,766).
const BATCH: usize = 200;
/// Reports merged together (a batch of one dataset's reports is assigned to incidents so that
/// its joins score most in total; see `Merger::offer_batch`).
const MERGE_BATCH: usize = 5000;
/// Ledger entries from which a transaction counts as large (statistics are refreshed after).
const LARGE_WRITE: i64 = 10_000;

/// A report read from a source file: the incident and every column of its row.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The incident as read.
    pub record: IncidentRecord,
    /// Every column of the source row, in file order.
    pub raw: Vec<(std::sync::Arc<str>, String)>,
}

impl Report {
    /// A report filed as one JSON line (`truce_import::filed`): the line is its raw row.
    pub fn filed(record: IncidentRecord, line: String) -> Self {
        Self {
            record,
            raw: vec![(std::sync::Arc::from("json"), line)],
        }
    }
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Rows read.
    pub read: u64,
    /// Reports new to the record.
    pub new: u64,
    /// Reports whose content changed: recorded as a new revision.
    pub revised: u64,
    /// Reports already in the record as they are.
    pub unchanged: u64,
    /// Actor names no registry actor matched, with how often they occurred (kept verbatim).
    pub unresolved: BTreeMap<String, u64>,
    /// New reports that joined an incident already in the record (or one founded earlier in
    /// this import).
    pub joined: u64,
    /// New reports that founded an incident of their own.
    pub founded: u64,
    /// Joins the merger was not confident of (they wait in the review queue).
    pub doubtful: u64,
    /// New incidents determined as they were founded (when the import was given a judge).
    pub determined: u64,
}

/// What an adjudication did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AdjudicateSummary {
    /// Incidents in the record.
    pub incidents: u64,
    /// Incidents determined now: those whose determination's basis moved (every one when
    /// asked to).
    pub determined: u64,
    /// Determinations written because they were new or changed.
    pub written: u64,
    /// Incidents whose outcome a person decided (the automatic determination is still made
    /// and kept beside it).
    pub human_decided: u64,
    /// The outcomes that stand, per outcome, in [`Outcome::ALL`] order.
    pub per_outcome: [u64; 5],
}

/// What determines incidents: the terms and registry of the record's scenario and the map of
/// its control layers (the record's own: a determination's basis names them by their ledger
/// entries, see `basis_of`).
#[derive(Debug, Clone, Copy)]
pub struct Judge<'a> {
    /// The terms.
    pub agreement: &'a Agreement,
    /// The registry the terms were read with.
    pub registry: &'a Registry,
    /// Who held which ground.
    pub control: &'a ControlMap,
}

impl<'a> Judge<'a> {
    /// A judge of the scenario and control layers the record holds.
    pub fn new(agreement: &'a Agreement, registry: &'a Registry, control: &'a ControlMap) -> Self {
        Self {
            agreement,
            registry,
            control,
        }
    }

    /// The automatic determination of an incident as assembled; `inputs` names the
    /// scenario and control layers it is made under (see [`judged_inputs`]).
    fn determine(&self, incident: &StoredIncident, inputs: &str) -> DeterminedChange {
        let case = incident.record.to_incident(self.registry);
        let d = determine(self.agreement, &case, self.control);
        DeterminedChange {
            incident_id: incident.record.id.clone(),
            agreement_id: self.agreement.id.clone(),
            terms_version: d.version_id(self.agreement).unwrap_or("").to_owned(),
            outcome: d.outcome.as_str().to_owned(),
            clauses: d.clause_ids(self.agreement).map(str::to_owned).collect(),
            reasons: d.explain(self.agreement, self.registry, self.control, &case),
            decided_by: crate::SYSTEM.to_owned(),
            basis: basis_of(
                inputs,
                incident
                    .reports
                    .iter()
                    .map(|r| (r.record.id.as_str(), r.seq)),
            ),
        }
    }
}

/// What a determination is computed from, as the first 16 hex digits of a SHA-256: the
/// scenario and control layers (`inputs`) and each of the incident's reports by id and the
/// ledger entry of its revision. A report joining, leaving or revised, a scenario or layer
/// loaded, all give another basis; an incident whose determination has its current basis
/// needs no determining again.
fn basis_of<'a>(inputs: &str, reports: impl Iterator<Item = (&'a str, i64)>) -> String {
    let mut reports: Vec<(&str, i64)> = reports.collect();
    reports.sort_unstable();
    let mut text = inputs.to_owned();
    for (id, seq) in reports {
        text.push_str(&format!("\n{id} {seq}"));
    }
    ledger::digest(&text)[..16].to_owned()
}

/// The inputs every determination shares, as the record holds them: the engine's version and
/// the ledger entries of the scenario and of each control layer.
async fn judged_inputs(tx: &mut Transaction<'static, Any>) -> Result<String, StoreError> {
    let rows = sqlx::query(
        "SELECT 'scenario', seq FROM scenarios UNION ALL SELECT name, seq FROM control_layers ORDER BY 1",
    )
    .fetch_all(&mut **tx)
    .await?;
    let mut inputs = format!("truce {}", env!("CARGO_PKG_VERSION"));
    for row in rows {
        inputs.push_str(&format!(
            "; {} {}",
            row.get::<String, _>(0),
            row.get::<i64, _>(1)
        ));
    }
    Ok(inputs)
}

/// An instant as the ledger writes it: RFC 3339 in UTC with nine fractional digits, so that
/// instants compare as text (an `--as-of` query finds its entry with `at <= ?`).
pub(crate) fn instant_text(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%S%.9fZ").to_string()
}

pub(crate) struct Writer {
    /// For what follows the commit.
    store_pool: sqlx::AnyPool,
    /// The ledger head when the transaction began.
    first_seq: i64,
    /// The transaction, unless a batch being written holds it (see [`Writer::tx`]).
    tx: Option<Transaction<'static, Any>>,
    /// The batch being written while the caller prepares the next: it hands the transaction
    /// back when done.
    writing: Option<tokio::task::JoinHandle<Result<Transaction<'static, Any>, StoreError>>>,
    backend: Backend,
    actor: String,
    seq: i64,
    hash: String,
    ledger_rows: Vec<Vec<Value>>,
    rows: Vec<(&'static Table, Vec<Value>)>,
    /// Incidents whose index row must be computed again before the commit.
    touched: HashSet<String>,
    /// Reports taken in again, whose incidents' index rows must be computed again.
    touched_reports: HashSet<String>,
    /// A scenario was loaded: every incident's grade and figures may have changed.
    reindex_all: bool,
    /// The scenario's source reliability, read once when needed.
    reliability: Option<SourceReliability>,
    /// The inputs determinations share, read once when needed (see [`judged_inputs`]).
    inputs: Option<String>,
}

const LEDGER_COLUMNS: &[&str] = &[
    "seq",
    "at",
    "actor",
    "kind",
    "format",
    "subject",
    "payload",
    "prev_hash",
    "hash",
];

impl Writer {
    pub(crate) async fn begin(store: &Store, actor: &str) -> Result<Self, StoreError> {
        let mut tx = store.begin_write().await?;
        let head = sqlx::query("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&mut *tx)
            .await?;
        let (seq, hash) = head.map_or((0, ledger::GENESIS.to_owned()), |r| (r.get(0), r.get(1)));
        Ok(Self {
            tx: Some(tx),
            writing: None,
            store_pool: store.pool.clone(),
            first_seq: seq,
            backend: store.backend,
            actor: actor.to_owned(),
            seq,
            hash,
            ledger_rows: Vec::new(),
            rows: Vec::new(),
            touched: HashSet::new(),
            touched_reports: HashSet::new(),
            reindex_all: false,
            reliability: None,
            inputs: None,
        })
    }

    pub(crate) async fn append(&mut self, change: &Change) -> Result<i64, StoreError> {
        self.append_encoded(change, change.encode()).await
    }

    /// Appends a change whose canonical encoding the caller already has.
    pub(crate) async fn append_encoded(
        &mut self,
        change: &Change,
        payload: String,
    ) -> Result<i64, StoreError> {
        self.seq += 1;
        let at = instant_text(jiff::Timestamp::now());
        let subject = change.subject();
        let fields = EntryFields {
            seq: self.seq,
            at: &at,
            actor: &self.actor,
            kind: change.kind(),
            format: ledger::FORMAT,
            subject: &subject,
            payload: &payload,
        };
        let hash = ledger::entry_hash(&self.hash, &fields);
        let prev = std::mem::replace(&mut self.hash, hash.clone());
        self.ledger_rows.push(vec![
            Value::Int(Some(self.seq)),
            Value::Text(Some(at)),
            Value::Text(Some(self.actor.clone())),
            Value::Text(Some(change.kind().to_owned())),
            Value::Int(Some(ledger::FORMAT)),
            Value::Text(Some(subject)),
            Value::Text(Some(payload)),
            Value::Text(Some(prev)),
            Value::Text(Some(hash)),
        ]);
        self.rows.push(project(self.seq, change));
        match change {
            Change::ReportTaken(r) => {
                self.touched_reports.insert(r.record.id.clone());
            }
            Change::Merged(m) => {
                self.touched.insert(m.incident_id.clone());
            }
            Change::Determined(d) => {
                self.touched.insert(d.incident_id.clone());
            }
            Change::Reviewed(r) => {
                self.touched.insert(r.incident_id.clone());
            }
            Change::Published(p) => {
                self.touched.insert(p.incident_id.clone());
            }
            Change::ScenarioLoaded(_) => self.reindex_all = true,
            _ => {}
        }
        if self.ledger_rows.len() >= BATCH {
            self.flush().await?;
        }
        Ok(self.seq)
    }

    /// Writes the buffered rows. The statements run in a task of their own, so that the caller
    /// prepares the next batch while the database writes this one; the next use of the
    /// transaction waits for them.
    async fn flush(&mut self) -> Result<(), StoreError> {
        let mut statements = Vec::new();
        let ledger_rows = std::mem::take(&mut self.ledger_rows);
        statements.extend(insert(
            self.backend,
            "ledger",
            LEDGER_COLUMNS,
            None,
            ledger_rows,
        ));
        let rows = std::mem::take(&mut self.rows);
        // Group by table, keeping the last row per key (one statement may not upsert a key twice).
        let superseded: HashSet<usize> = {
            let mut seen = HashSet::new();
            (0..rows.len())
                .rev()
                .filter(|i| !seen.insert((rows[*i].0.name, rows[*i].1[0].as_key())))
                .collect()
        };
        let mut by_table: Vec<(&'static Table, Vec<Vec<Value>>)> = Vec::new();
        for (i, (table, row)) in rows.into_iter().enumerate() {
            if superseded.contains(&i) {
                continue;
            }
            match by_table.iter_mut().find(|(t, _)| t.name == table.name) {
                Some((_, list)) => list.push(row),
                None => by_table.push((table, vec![row])),
            }
        }
        for (table, mut rows) in by_table {
            let columns: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
            while !rows.is_empty() {
                let rest = rows.split_off(rows.len().min(BATCH));
                statements.extend(insert(
                    self.backend,
                    table.name,
                    &columns,
                    Some(columns[0]),
                    std::mem::replace(&mut rows, rest),
                ));
            }
        }
        if statements.is_empty() {
            return Ok(());
        }
        let mut tx = self.take_tx().await?;
        self.writing = Some(tokio::spawn(async move {
            for statement in statements {
                statement.execute(&mut *tx).await?;
            }
            Ok(tx)
        }));
        // On a runtime of one thread, the task sends its first statement now.
        tokio::task::yield_now().await;
        Ok(())
    }

    /// The transaction, once the batch being written (if any) is done.
    async fn take_tx(&mut self) -> Result<Transaction<'static, Any>, StoreError> {
        if let Some(writing) = self.writing.take() {
            return match writing.await {
                Ok(written) => written,
                Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
                // (Only when the runtime shuts down under it: the transaction is rolled back.)
                Err(_) => Err(StoreError::Missing(
                    "the write was cancelled; nothing from it was kept".into(),
                )),
            };
        }
        self.tx.take().ok_or_else(|| {
            StoreError::Missing("the transaction ended with an earlier error".into())
        })
    }

    /// The transaction, for reads and writes of its own.
    pub(crate) async fn tx(&mut self) -> Result<&mut Transaction<'static, Any>, StoreError> {
        if self.tx.is_none() {
            self.tx = Some(self.take_tx().await?);
        }
        Ok(self.tx.as_mut().expect("just taken"))
    }

    pub(crate) async fn commit(mut self) -> Result<(), StoreError> {
        self.flush().await?;
        self.reindex().await?;
        let written = self.seq - self.first_seq;
        self.take_tx().await?.commit().await?;
        if self.backend == Backend::Postgres && written >= LARGE_WRITE {
            // PostgreSQL plans from statistics that autovacuum refreshes later: after a large
            // import the next reads (an adjudication right after) would plan for the tables
            // as they were, with full scans where an index lookup takes a millisecond.
            sqlx::raw_sql("ANALYZE ledger, reports, memberships, determinations, incident_index")
                .execute(&mut *self.store_pool.acquire().await?)
                .await?;
        }
        Ok(())
    }

    /// Marks an incident's index row as needing to be computed again at the commit (an
    /// incident a report left).
    pub(crate) fn touch(&mut self, incident_id: &str) {
        self.touched.insert(incident_id.to_owned());
    }

    /// Writes the index row of an incident the caller holds assembled in its latest state,
    /// sparing the commit from reading it back.
    pub(crate) async fn index(&mut self, incident: &StoredIncident) -> Result<(), StoreError> {
        self.touched.remove(incident.id());
        for r in &incident.reports {
            self.touched_reports.remove(&r.record.id);
        }
        self.rows.push((&INCIDENT_INDEX, index_row(incident)));
        if self.rows.len() >= 2 * BATCH {
            self.flush().await?;
        }
        Ok(())
    }

    /// The scenario's source reliability, as this transaction sees it.
    pub(crate) async fn reliability(&mut self) -> Result<&SourceReliability, StoreError> {
        if self.reliability.is_none() {
            let scenario = crate::scenario_on(self.tx().await?).await?;
            self.reliability = Some(read::reliability_of(scenario.as_ref().map(|(_, s)| s))?);
        }
        Ok(self.reliability.as_ref().expect("just read"))
    }

    /// The inputs determinations share, as this transaction sees them.
    async fn inputs(&mut self) -> Result<&str, StoreError> {
        if self.inputs.is_none() {
            self.inputs = Some(judged_inputs(self.tx().await?).await?);
        }
        Ok(self.inputs.as_deref().expect("just read"))
    }

    /// Computes again, from what this transaction wrote, the index rows of every incident it
    /// touched (every incident, after a scenario was loaded); drops those of incidents left
    /// without reports.
    async fn reindex(&mut self) -> Result<(), StoreError> {
        if self.reindex_all {
            sqlx::query(
                "DELETE FROM incident_index WHERE incident_id NOT IN (SELECT incident_id FROM memberships)",
            )
            .execute(&mut **self.tx().await?)
            .await?;
            let mut after = String::new();
            loop {
                let ids = incidents_after(self.tx().await?, &after).await?;
                let Some(last) = ids.last() else { break };
                after = last.clone();
                self.reindex_page(&ids).await?;
            }
            return Ok(());
        }
        let reports: Vec<String> = std::mem::take(&mut self.touched_reports)
            .into_iter()
            .collect();
        for page in reports.chunks(BATCH) {
            let sql = format!(
                "SELECT incident_id FROM memberships WHERE report_id IN ({})",
                self.backend.placeholders(0, page.len())
            );
            let mut query = sqlx::query(AssertSqlSafe(sql));
            for id in page {
                query = query.bind(id.clone());
            }
            for row in query.fetch_all(&mut **self.tx().await?).await? {
                self.touched.insert(row.get(0));
            }
        }
        let mut touched: Vec<String> = std::mem::take(&mut self.touched).into_iter().collect();
        touched.sort();
        for page in touched.chunks(500) {
            self.reindex_page(page).await?;
        }
        Ok(())
    }

    async fn reindex_page(&mut self, ids: &[String]) -> Result<(), StoreError> {
        let backend = self.backend;
        let incidents = read::snapshot_on(self.tx().await?, backend, Scope::Incidents(ids), 0)
            .await?
            .assemble()?;
        let kept: HashSet<&str> = incidents.iter().map(StoredIncident::id).collect();
        let gone: Vec<&String> = ids
            .iter()
            .filter(|id| !kept.contains(id.as_str()))
            .collect();
        if !gone.is_empty() {
            let sql = format!(
                "DELETE FROM incident_index WHERE incident_id IN ({})",
                self.backend.placeholders(0, gone.len())
            );
            let mut query = sqlx::query(AssertSqlSafe(sql));
            for id in gone {
                query = query.bind(id.clone());
            }
            query.execute(&mut **self.tx().await?).await?;
        }
        for incident in &incidents {
            self.rows.push((&INCIDENT_INDEX, index_row(incident)));
        }
        self.flush().await
    }
}

/// One multi-row INSERT (an upsert on `key` when given); none for no rows.
fn insert(
    backend: Backend,
    table: &str,
    columns: &[&str],
    key: Option<&str>,
    rows: Vec<Vec<Value>>,
) -> Option<sqlx::query::Query<'static, Any, sqlx::any::AnyArguments>> {
    if rows.is_empty() {
        return None;
    }
    let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
    let mut n = 0;
    for i in 0..rows.len() {
        sql.push_str(if i == 0 { "(" } else { ", (" });
        for c in 0..columns.len() {
            n += 1;
            if c > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&backend.placeholder(n));
        }
        sql.push(')');
    }
    if let Some(key) = key {
        let updates: Vec<String> = columns
            .iter()
            .filter(|c| **c != key)
            .map(|c| format!("{c} = excluded.{c}"))
            .collect();
        sql.push_str(&format!(
            " ON CONFLICT ({key}) DO UPDATE SET {}",
            updates.join(", ")
        ));
    }
    let mut query = sqlx::query(AssertSqlSafe(sql));
    for row in rows {
        for value in row {
            query = match value {
                Value::Int(v) => query.bind(v),
                Value::Real(v) => query.bind(v),
                // A text given by value is not copied (`Option`'s encoding for `Any` copies it).
                Value::Text(Some(text)) => query.bind(text),
                Value::Text(None) => query.bind(None::<String>),
            };
        }
    }
    Some(query)
}

impl Store {
    /// Loads a scenario (terms and registry texts, already checked by the caller).
    pub async fn load_scenario(
        &self,
        actor: &str,
        files: ScenarioFiles,
    ) -> Result<bool, StoreError> {
        if self.scenario().await?.as_ref() == Some(&files) {
            return Ok(false);
        }
        let mut w = Writer::begin(self, actor).await?;
        w.append(&Change::ScenarioLoaded(files)).await?;
        w.commit().await?;
        Ok(true)
    }

    /// Loads a control layer (its GeoJSON text, already checked by the caller). Loading the
    /// same text again writes nothing; a changed text is a new version of the layer.
    pub async fn load_control(&self, actor: &str, file: ControlFile) -> Result<bool, StoreError> {
        if self.control_layers().await?.contains(&file) {
            return Ok(false);
        }
        let mut w = Writer::begin(self, actor).await?;
        w.append(&Change::ControlLoaded(file)).await?;
        w.commit().await?;
        Ok(true)
    }

    /// Takes in every report of one source file, in one transaction: all of it, or — at the
    /// first malformed row — nothing. Idempotent by incident id: an unchanged report writes
    /// nothing, a changed one is a new revision.
    ///
    /// Each new report is merged (see `truce_core::merge`): it joins the incident it matches
    /// or founds its own, in the same transaction; `registry` relates the actors named. Given
    /// a `judge`, each incident a report founds is determined as it is written, so that
    /// [`Store::adjudicate`] afterwards has only the incidents reports joined left to do.
    pub async fn import<E>(
        &self,
        actor: &str,
        source_file: &str,
        registry: &Registry,
        judge: Option<Judge<'_>>,
        reports: impl Iterator<Item = Result<Report, E>>,
    ) -> Result<ImportSummary, StoreError>
    where
        E: std::error::Error + Send + Sync + 'static,
    {
        let mut w = Writer::begin(self, actor).await?;
        let summary = take_reports(&mut w, source_file, registry, judge, reports).await?;
        w.commit().await?;
        Ok(summary)
    }

    /// Takes in a document and the reports read from it, in one transaction. A document
    /// already taken in with the same text is not written again; its reports are checked like
    /// any import's. Returns whether the document was new, and the reports' summary.
    pub async fn take_document(
        &self,
        actor: &str,
        document: DocumentTaken,
        registry: &Registry,
        reports: Vec<Report>,
    ) -> Result<(bool, ImportSummary), StoreError> {
        let mut w = Writer::begin(self, actor).await?;
        let known: Option<String> = sqlx::query(AssertSqlSafe(format!(
            "SELECT digest FROM documents WHERE id = {}",
            self.backend.placeholder(1)
        )))
        .bind(document.id.clone())
        .fetch_optional(&mut **w.tx().await?)
        .await?
        .map(|r| r.get(0));
        let new = known.as_deref() != Some(document.digest.as_str());
        let name = document.name.clone();
        if new {
            w.append(&Change::DocumentTaken(document)).await?;
        }
        let reports = reports.into_iter().map(Ok::<_, std::convert::Infallible>);
        let summary = take_reports(&mut w, &name, registry, None, reports).await?;
        w.commit().await?;
        Ok((new, summary))
    }

    /// Determines every incident whose determination is missing or was made from other
    /// inputs than the record now holds (see `basis_of`; every incident when `everything`,
    /// as after upgrading Truce), writing the determinations that are new or changed. An
    /// incident is determined as its reports combine (see `truce_core::reconcile::combine`).
    /// A person's decision is never touched: the automatic determination is made beside it,
    /// and the one that stands is the person's.
    pub async fn adjudicate(
        &self,
        actor: &str,
        judge: Judge<'_>,
        everything: bool,
    ) -> Result<AdjudicateSummary, StoreError> {
        let mut w = Writer::begin(self, actor).await?;
        let mut summary = AdjudicateSummary::default();
        let inputs = w.inputs().await?.to_owned();
        let due = due_incidents(w.tx().await?, &inputs, everything).await?;
        // A page of incidents at a time, so that memory does not grow with the record.
        for ids in due.chunks(500) {
            let page = self.snapshot_of(crate::read::Scope::Incidents(ids)).await?;
            for mut incident in page.assemble()? {
                summary.determined += 1;
                let change = judge.determine(&incident, &inputs);
                // A basis alone is not worth an entry: an incident whose outcome and reasons
                // stand is looked at again next time, as it would have been before bases.
                let changed = incident.determination.as_ref().is_none_or(|d| {
                    DeterminedChange {
                        basis: change.basis.clone(),
                        ..d.clone()
                    } != change
                });
                if changed {
                    w.append(&Change::Determined(change.clone())).await?;
                    summary.written += 1;
                    incident.determination = Some(change);
                    w.index(&incident).await?;
                }
            }
        }
        w.commit().await?;
        let (incidents, per_outcome, human_decided) = self.outcomes_standing().await?;
        summary.incidents = incidents;
        summary.per_outcome = per_outcome;
        summary.human_decided = human_decided;
        Ok(summary)
    }

    /// How many incidents the record holds, how many per outcome that stands (in
    /// [`Outcome::ALL`] order; an undetermined one counts as needing review), and how many a
    /// person decided.
    async fn outcomes_standing(&self) -> Result<(u64, [u64; 5], u64), StoreError> {
        let mut per_outcome = [0; 5];
        let rows = sqlx::query("SELECT outcome, COUNT(*) FROM incident_index GROUP BY outcome")
            .fetch_all(&self.pool)
            .await?;
        for row in rows {
            let outcome: Option<String> = row.get(0);
            let outcome = outcome.as_deref().unwrap_or("needs_review");
            if let Some(i) = Outcome::ALL.iter().position(|o| o.as_str() == outcome) {
                per_outcome[i] += row.get::<i64, _>(1) as u64;
            }
        }
        let decided: i64 = sqlx::query(
            "SELECT COUNT(DISTINCT incident_id) FROM reviews WHERE incident_id IN (SELECT incident_id FROM incident_index)",
        )
        .fetch_one(&self.pool)
        .await?
        .get(0);
        Ok((per_outcome.iter().sum(), per_outcome, decided as u64))
    }

    /// Computes every incident's index row again.
    pub(crate) async fn rebuild_index(&self) -> Result<(), StoreError> {
        let mut w = Writer::begin(self, crate::SYSTEM).await?;
        w.reindex_all = true;
        w.commit().await
    }

    /// Records a reviewer's decision on an incident. The automatic determination stays on
    /// record beside it; a later automatic run never overrides it; another reviewer's
    /// different decision is kept too, and the incident stays in the queue until they agree.
    pub async fn review(&self, review: Review) -> Result<(), StoreError> {
        let incident = self.one_incident(&review.incident_id).await?;
        if incident.id() != review.incident_id {
            return Err(StoreError::Missing(format!(
                "{} is a report of incident {}; decide the incident",
                review.incident_id,
                incident.id()
            )));
        }
        let review = Review {
            automatic_outcome: incident.determination.map(|d| d.outcome),
            ..review
        };
        let mut w = Writer::begin(self, &review.reviewer.clone()).await?;
        w.append(&Change::Reviewed(review)).await?;
        w.commit().await
    }

    /// Splits a report off its incident into one of its own. When the report founded the
    /// incident, the others move instead, to an incident named after the earliest of them,
    /// so that every incident keeps the id of a report it holds.
    pub async fn split(
        &self,
        reviewer: &str,
        report_id: &str,
        reason: &str,
    ) -> Result<Vec<Membership>, StoreError> {
        let incident = self.one_incident(report_id).await?;
        if incident.reports.len() < 2 {
            return Err(StoreError::Missing(format!(
                "report {report_id} is alone in incident {}; there is nothing to split",
                incident.id()
            )));
        }
        let moves: Vec<(String, String)> = if report_id == incident.id() {
            let rest: Vec<&str> = incident
                .reports
                .iter()
                .map(|r| r.record.id.as_str())
                .filter(|id| *id != report_id)
                .collect();
            let new_id = rest.iter().min().expect("two or more reports").to_string();
            rest.iter()
                .map(|r| (r.to_string(), new_id.clone()))
                .collect()
        } else {
            vec![(report_id.to_owned(), report_id.to_owned())]
        };
        self.place_by_hand(reviewer, incident.id(), moves, reason)
            .await
    }

    /// Merges incident `from` into incident `into`: every report of `from` joins `into`.
    pub async fn merge_incidents(
        &self,
        reviewer: &str,
        into: &str,
        from: &str,
        reason: &str,
    ) -> Result<Vec<Membership>, StoreError> {
        let target = self.one_incident(into).await?;
        let source = self.one_incident(from).await?;
        if target.id() == source.id() {
            return Err(StoreError::Missing(format!(
                "{into} and {from} are already one incident ({})",
                target.id()
            )));
        }
        let moves = source
            .reports
            .iter()
            .map(|r| (r.record.id.clone(), target.id().to_owned()))
            .collect();
        self.place_by_hand(reviewer, source.id(), moves, reason)
            .await
    }

    /// Moves reports out of incident `from`.
    async fn place_by_hand(
        &self,
        reviewer: &str,
        from: &str,
        moves: Vec<(String, String)>,
        reason: &str,
    ) -> Result<Vec<Membership>, StoreError> {
        let mut w = Writer::begin(self, reviewer).await?;
        w.touch(from);
        let mut placed = Vec::new();
        for (report_id, incident_id) in moves {
            let m = Membership {
                report_id,
                incident_id,
                evidence: None,
                decided_by: reviewer.to_owned(),
                reason: Some(reason.to_owned()),
            };
            w.append(&Change::Merged(m.clone())).await?;
            placed.push(m);
        }
        w.commit().await?;
        Ok(placed)
    }

    /// The incident with this id, or the one holding the report with this id.
    async fn one_incident(&self, id: &str) -> Result<crate::StoredIncident, StoreError> {
        let filter = crate::IncidentFilter {
            id: Some(id.to_owned()),
            ..Default::default()
        };
        self.incidents(&filter)
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| {
                StoreError::Missing(format!("no incident or report `{id}` in the record"))
            })
    }
}

/// The next page of incident ids after `after`, in order. Read from the memberships' index
/// in order and made distinct here: PostgreSQL answers `SELECT DISTINCT … LIMIT` by
/// aggregating every membership first (seconds per page on a million).
async fn incidents_after(
    tx: &mut Transaction<'static, Any>,
    after: &str,
) -> Result<Vec<String>, StoreError> {
    let mut ids: Vec<String> = sqlx::query(
        "SELECT incident_id FROM memberships WHERE incident_id > $1 ORDER BY incident_id LIMIT 500",
    )
    .bind(after.to_owned())
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| r.get(0))
    .collect();
    ids.dedup();
    Ok(ids)
}

/// The incidents to determine, in order: those whose determination's basis is not the one
/// their reports and `inputs` give now (every incident when `everything`). One pass over the
/// memberships in incident order, streamed, so that memory holds only what is due.
async fn due_incidents(
    tx: &mut Transaction<'static, Any>,
    inputs: &str,
    everything: bool,
) -> Result<Vec<String>, StoreError> {
    let mut rows = sqlx::query(
        "SELECT m.incident_id, m.report_id, r.seq, d.basis FROM memberships m \
         JOIN reports r ON r.id = m.report_id \
         LEFT JOIN determinations d ON d.incident_id = m.incident_id \
         ORDER BY m.incident_id",
    )
    .fetch(&mut **tx);
    /// The incident being read.
    struct Read {
        id: String,
        stored_basis: Option<String>,
        reports: Vec<(String, i64)>,
    }
    let mut due = Vec::new();
    let mut close = |incident: Option<Read>| {
        if let Some(i) = incident {
            let now = basis_of(inputs, i.reports.iter().map(|(r, seq)| (r.as_str(), *seq)));
            if everything || i.stored_basis.as_deref() != Some(now.as_str()) {
                due.push(i.id);
            }
        }
    };
    let mut current: Option<Read> = None;
    while let Some(row) = std::future::poll_fn(|cx| rows.as_mut().poll_next(cx)).await {
        let row = row?;
        let id: String = row.get(0);
        if current.as_ref().is_none_or(|c| c.id != id) {
            close(current.take());
            current = Some(Read {
                id,
                stored_basis: row.get(3),
                reports: Vec::new(),
            });
        }
        if let Some(c) = current.as_mut() {
            c.reports.push((row.get(1), row.get(2)));
        }
    }
    close(current);
    Ok(due)
}

/// The merger, primed with every incident in the record.
async fn load_merger(w: &mut Writer, registry: &Registry) -> Result<Merger, StoreError> {
    let rows = sqlx::query(
        "SELECT m.incident_id, l.payload FROM memberships m JOIN reports r ON r.id = m.report_id \
         JOIN ledger l ON l.seq = r.seq ORDER BY m.incident_id, m.report_id",
    )
    .fetch_all(&mut **w.tx().await?)
    .await?;
    let mut merger = Merger::new();
    for row in &rows {
        let (record, _) = crate::report_record(&row.get::<String, _>(1))?;
        merger.place(
            &row.get::<String, _>(0),
            ReportFeatures::of(&record, registry),
        );
    }
    Ok(merger)
}

/// Appends the reports of one source to the writer's transaction (see [`Store::import`]),
/// each new one with its place in an incident.
async fn take_reports<E>(
    w: &mut Writer,
    source_file: &str,
    registry: &Registry,
    judge: Option<Judge<'_>>,
    reports: impl Iterator<Item = Result<Report, E>>,
) -> Result<ImportSummary, StoreError>
where
    E: std::error::Error + Send + Sync + 'static,
{
    let mut summary = ImportSummary::default();
    let mut merger: Option<Merger> = None;
    // The dataset of the import's first report; a file of one dataset's rows needs no memory
    // of the incidents its own rows found (`Merger::forget_founded`).
    let mut sole: Option<Option<Key>> = None;
    let mut columns = Columns::default();
    // What this import already wrote, for files that repeat an id.
    let mut written: HashMap<String, (String, i64)> = HashMap::new();
    let mut batch: Vec<Report> = Vec::with_capacity(MERGE_BATCH);
    let mut reports = reports.peekable();
    while reports.peek().is_some() {
        batch.clear();
        while batch.len() < MERGE_BATCH {
            match reports.next() {
                Some(Ok(r)) => batch.push(r),
                Some(Err(e)) => return Err(StoreError::Input(Box::new(e))),
                None => break,
            }
        }
        let mut known = HashMap::new();
        let backend = w.backend;
        for ids in batch.chunks(BATCH) {
            known.extend(
                known_digests(
                    w.tx().await?,
                    backend,
                    ids.iter().map(|r| r.record.id.as_str()),
                )
                .await?,
            );
        }
        let mut taken: Vec<(ReportTaken, bool)> = Vec::with_capacity(batch.len());
        for report in batch.drain(..) {
            summary.read += 1;
            for a in &report.record.actors {
                if a.actor_id.is_none() && a.members.is_empty() {
                    *summary.unresolved.entry(a.name.clone()).or_default() += 1;
                }
            }
            let dataset = dataset_of(&report.record.id).map(Key::of);
            match sole {
                None => sole = Some(dataset),
                Some(Some(first)) if dataset != Some(first) => {
                    return Err(StoreError::Input(
                        format!(
                            "{source_file}: report {} is not of the dataset of the file's first report; take in each dataset's rows on their own",
                            report.record.id
                        )
                        .into(),
                    ));
                }
                Some(_) => {}
            }
            let digest = report_digest(&report.record, &report.raw);
            let previous = written
                .get(&report.record.id)
                .or_else(|| known.get(&report.record.id));
            let revision = match previous {
                Some((d, _)) if *d == digest => {
                    summary.unchanged += 1;
                    continue;
                }
                Some((_, rev)) => {
                    summary.revised += 1;
                    rev + 1
                }
                None => {
                    summary.new += 1;
                    1
                }
            };
            written.insert(report.record.id.clone(), (digest.clone(), revision));
            taken.push((
                ReportTaken {
                    revision,
                    digest,
                    source_file: source_file.to_owned(),
                    record: report.record,
                    raw: report.raw,
                    columns: 0,
                    values: Vec::new(),
                },
                revision == 1,
            ));
        }
        // A revision keeps its report's place; a new report is merged.
        let fresh: Vec<ReportFeatures> = taken
            .iter()
            .filter(|(_, new)| *new)
            .map(|(t, _)| ReportFeatures::of(&t.record, registry))
            .collect();
        let decisions = if fresh.is_empty() {
            Vec::new()
        } else {
            if merger.is_none() {
                let mut loaded = load_merger(w, registry).await?;
                if let Some(Some(dataset)) = sole {
                    loaded.forget_founded(dataset);
                }
                merger = Some(loaded);
            }
            merger.as_mut().expect("loaded").offer_batch(fresh)
        };
        let mut decisions = decisions.into_iter();
        for (mut report, new) in taken {
            let id = report.record.id.clone();
            let (record, revision) = (report.record.clone(), report.revision);
            let (names, values): (Vec<_>, Vec<_>) =
                std::mem::take(&mut report.raw).into_iter().unzip();
            report.columns = columns.entry_for(w, source_file, names).await?;
            report.values = values;
            let seq = w.append(&Change::ReportTaken(Box::new(report))).await?;
            if !new {
                continue;
            }
            let (incident_id, evidence) = match decisions.next().expect("one per new report") {
                Decision::Join { incident, evidence } => {
                    summary.joined += 1;
                    summary.doubtful += u64::from(!evidence.is_confident());
                    (incident, Some(evidence))
                }
                Decision::Found => {
                    summary.founded += 1;
                    (id.clone(), None)
                }
            };
            let founded = evidence.is_none();
            let membership = Membership {
                report_id: id,
                incident_id,
                evidence,
                decided_by: crate::SYSTEM.to_owned(),
                reason: None,
            };
            w.append(&Change::Merged(membership.clone())).await?;
            // A new incident is this report alone: its index row needs nothing read back.
            if founded {
                let mut incident = StoredIncident::of(
                    &membership.incident_id.clone(),
                    vec![read::StoredReport {
                        record,
                        revision,
                        seq,
                        membership: Some(membership),
                    }],
                    None,
                    Vec::new(),
                    false,
                    w.reliability().await?,
                );
                if let Some(judge) = judge {
                    let change = judge.determine(&incident, w.inputs().await?);
                    w.append(&Change::Determined(change.clone())).await?;
                    summary.determined += 1;
                    incident.determination = Some(change);
                }
                w.index(&incident).await?;
            }
        }
    }
    Ok(summary)
}

/// The column names of the rows being taken in, and the ledger entry that names them.
#[derive(Default)]
struct Columns {
    current: Option<(Vec<Arc<str>>, i64)>,
}

impl Columns {
    /// The entry naming these columns: the last one's when they are the same (the same file's
    /// rows share their names), else one the record already holds for these names, else a
    /// new one.
    async fn entry_for(
        &mut self,
        w: &mut Writer,
        source_file: &str,
        names: Vec<Arc<str>>,
    ) -> Result<i64, StoreError> {
        if let Some((current, seq)) = &self.current
            && current.len() == names.len()
            && current
                .iter()
                .zip(&names)
                .all(|(a, b)| Arc::ptr_eq(a, b) || a == b)
        {
            return Ok(*seq);
        }
        let change = ColumnsRead {
            source_file: source_file.to_owned(),
            columns: names,
        };
        let known: Option<i64> = sqlx::query(AssertSqlSafe(format!(
            "SELECT seq FROM source_columns WHERE key = {}",
            w.backend.placeholder(1)
        )))
        .bind(change.key())
        .fetch_optional(&mut **w.tx().await?)
        .await?
        .map(|r| r.get(0));
        let seq = match known {
            Some(seq) => seq,
            None => w.append(&Change::ColumnsRead(change.clone())).await?,
        };
        self.current = Some((change.columns, seq));
        Ok(seq)
    }
}

async fn known_digests<'a>(
    tx: &mut Transaction<'static, Any>,
    backend: Backend,
    ids: impl Iterator<Item = &'a str>,
) -> Result<HashMap<String, (String, i64)>, StoreError> {
    let ids: Vec<&str> = ids.collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let placeholders: Vec<String> = (1..=ids.len()).map(|i| backend.placeholder(i)).collect();
    let sql = format!(
        "SELECT id, digest, revision FROM reports WHERE id IN ({})",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(AssertSqlSafe(sql));
    for id in ids {
        query = query.bind(id.to_owned());
    }
    Ok(query
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|r| (r.get(0), (r.get(1), r.get(2))))
        .collect())
}
