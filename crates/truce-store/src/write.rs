//! Writing: every change goes through [`Writer`], which appends it to the ledger and applies
//! its projection in the same transaction, in batches.

use std::collections::{BTreeMap, HashMap, HashSet};

use sqlx::{Any, AssertSqlSafe, Row, Transaction};
use truce_core::control::ControlMap;
use truce_core::record::IncidentRecord;
use truce_core::{Agreement, Outcome, Registry, determine};

use crate::ledger::{
    self, Change, ControlFile, DeterminedChange, DocumentTaken, EntryFields, ReportTaken,
    ScenarioFiles,
};
use crate::projection::{Table, Value, project, report_digest};
use crate::{Backend, Store, StoreError};

/// Entries buffered before they are written (bounded by the databases' parameter limits:
/// 16 columns × 200 rows stays far below SQLite's 32,766).
const BATCH: usize = 200;

/// A report read from a source file: the incident and every column of its row.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The incident as read.
    pub record: IncidentRecord,
    /// Every column of the source row, in file order.
    pub raw: Vec<(std::sync::Arc<str>, String)>,
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
}

/// What an adjudication did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AdjudicateSummary {
    /// Incidents looked at.
    pub incidents: u64,
    /// Determinations written because they were new or changed.
    pub written: u64,
    /// Incidents left alone because a person decided them.
    pub human_decided: u64,
    /// Current determinations per outcome, in [`Outcome::ALL`] order.
    pub per_outcome: [u64; 5],
}

pub(crate) struct Writer {
    tx: Transaction<'static, Any>,
    backend: Backend,
    actor: String,
    seq: i64,
    hash: String,
    ledger_rows: Vec<Vec<Value>>,
    rows: Vec<(&'static Table, Vec<Value>)>,
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
            tx,
            backend: store.backend,
            actor: actor.to_owned(),
            seq,
            hash,
            ledger_rows: Vec::new(),
            rows: Vec::new(),
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
        let at = jiff::Timestamp::now().to_string();
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
        if self.ledger_rows.len() >= BATCH {
            self.flush().await?;
        }
        Ok(self.seq)
    }

    async fn flush(&mut self) -> Result<(), StoreError> {
        let ledger_rows = std::mem::take(&mut self.ledger_rows);
        insert(
            &mut self.tx,
            self.backend,
            "ledger",
            LEDGER_COLUMNS,
            None,
            ledger_rows,
        )
        .await?;
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
        for (table, rows) in by_table {
            let columns: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
            insert(
                &mut self.tx,
                self.backend,
                table.name,
                &columns,
                Some(columns[0]),
                rows,
            )
            .await?;
        }
        Ok(())
    }

    pub(crate) async fn commit(mut self) -> Result<(), StoreError> {
        self.flush().await?;
        self.tx.commit().await?;
        Ok(())
    }

    pub(crate) fn tx(&mut self) -> &mut Transaction<'static, Any> {
        &mut self.tx
    }
}

/// One multi-row INSERT (an upsert on `key` when given).
async fn insert(
    tx: &mut Transaction<'static, Any>,
    backend: Backend,
    table: &str,
    columns: &[&str],
    key: Option<&str>,
    rows: Vec<Vec<Value>>,
) -> Result<(), StoreError> {
    if rows.is_empty() {
        return Ok(());
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
                Value::Text(v) => query.bind(v),
            };
        }
    }
    query.execute(&mut **tx).await?;
    Ok(())
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
    pub async fn import<E>(
        &self,
        actor: &str,
        source_file: &str,
        reports: impl Iterator<Item = Result<Report, E>>,
    ) -> Result<ImportSummary, StoreError>
    where
        E: std::error::Error + Send + Sync + 'static,
    {
        let mut w = Writer::begin(self, actor).await?;
        let summary = take_reports(&mut w, self.backend, source_file, reports).await?;
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
        reports: Vec<Report>,
    ) -> Result<(bool, ImportSummary), StoreError> {
        let mut w = Writer::begin(self, actor).await?;
        let known: Option<String> = sqlx::query(AssertSqlSafe(format!(
            "SELECT digest FROM documents WHERE id = {}",
            self.backend.placeholder(1)
        )))
        .bind(document.id.clone())
        .fetch_optional(&mut **w.tx())
        .await?
        .map(|r| r.get(0));
        let new = known.as_deref() != Some(document.digest.as_str());
        let name = document.name.clone();
        if new {
            w.append(&Change::DocumentTaken(document)).await?;
        }
        let reports = reports.into_iter().map(Ok::<_, std::convert::Infallible>);
        let summary = take_reports(&mut w, self.backend, &name, reports).await?;
        w.commit().await?;
        Ok((new, summary))
    }

    /// Determines every incident not decided by a person, under `agreement`, writing the
    /// determinations that are new or changed.
    pub async fn adjudicate(
        &self,
        actor: &str,
        agreement: &Agreement,
        registry: &Registry,
        control: &ControlMap,
    ) -> Result<AdjudicateSummary, StoreError> {
        let mut w = Writer::begin(self, actor).await?;
        let mut summary = AdjudicateSummary::default();
        let mut after = String::new();
        loop {
            let page = sqlx::query(
                "SELECT i.id, l.payload, d.decided_by, dl.payload \
                 FROM incidents i JOIN ledger l ON l.seq = i.seq \
                 LEFT JOIN determinations d ON d.incident_id = i.id LEFT JOIN ledger dl ON dl.seq = d.seq \
                 WHERE i.id > $1 ORDER BY i.id LIMIT 1000",
            )
            .bind(after.clone())
            .fetch_all(&mut **w.tx())
            .await?;
            let Some(last) = page.last() else { break };
            after = last.get(0);
            for row in &page {
                summary.incidents += 1;
                let decided_by: Option<String> = row.get(2);
                if decided_by.as_deref().is_some_and(|d| d != crate::SYSTEM) {
                    summary.human_decided += 1;
                    continue;
                }
                let record = crate::report_record(&row.get::<String, _>(1))?;
                let incident = record.to_incident(registry);
                let d = determine(agreement, &incident, control);
                summary.per_outcome[Outcome::ALL
                    .iter()
                    .position(|o| *o == d.outcome)
                    .expect("listed")] += 1;
                let change = Change::Determined(DeterminedChange {
                    incident_id: record.id,
                    agreement_id: agreement.id.clone(),
                    terms_version: d.version_id(agreement).unwrap_or("").to_owned(),
                    outcome: d.outcome.as_str().to_owned(),
                    clauses: d.clause_ids(agreement).map(str::to_owned).collect(),
                    reasons: d.explain(agreement, registry, control, &incident),
                    decided_by: crate::SYSTEM.to_owned(),
                });
                // Canonical encodings are equal exactly when the determinations are.
                let payload = change.encode();
                if row.get::<Option<String>, _>(3).as_deref() != Some(payload.as_str()) {
                    w.append_encoded(&change, payload).await?;
                    summary.written += 1;
                }
            }
        }
        w.commit().await?;
        Ok(summary)
    }
}

/// Appends the reports of one source to the writer's transaction (see [`Store::import`]).
async fn take_reports<E>(
    w: &mut Writer,
    backend: Backend,
    source_file: &str,
    reports: impl Iterator<Item = Result<Report, E>>,
) -> Result<ImportSummary, StoreError>
where
    E: std::error::Error + Send + Sync + 'static,
{
    let mut summary = ImportSummary::default();
    // What this import already wrote, for files that repeat an id.
    let mut written: HashMap<String, (String, i64)> = HashMap::new();
    let mut batch: Vec<Report> = Vec::with_capacity(BATCH);
    let mut reports = reports.peekable();
    while reports.peek().is_some() {
        batch.clear();
        while batch.len() < BATCH {
            match reports.next() {
                Some(Ok(r)) => batch.push(r),
                Some(Err(e)) => return Err(StoreError::Input(Box::new(e))),
                None => break,
            }
        }
        let known =
            known_digests(w.tx(), backend, batch.iter().map(|r| r.record.id.as_str())).await?;
        for report in batch.drain(..) {
            summary.read += 1;
            for a in &report.record.actors {
                if a.actor_id.is_none() && a.members.is_empty() {
                    *summary.unresolved.entry(a.name.clone()).or_default() += 1;
                }
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
            let id = report.record.id.clone();
            let change = Change::ReportTaken(Box::new(ReportTaken {
                revision,
                digest: digest.clone(),
                source_file: source_file.to_owned(),
                record: report.record,
                raw: report.raw,
            }));
            w.append(&change).await?;
            written.insert(id, (digest, revision));
        }
    }
    Ok(summary)
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
        "SELECT id, digest, revision FROM incidents WHERE id IN ({})",
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
