//! `verify`: recompute the hash chain, and every projection row from the ledger.

use std::collections::HashMap;

use sqlx::any::AnyRow;
use sqlx::{AssertSqlSafe, Row};

use crate::index::{INCIDENT_INDEX, index_row};
use crate::ledger::{self, Change, EntryFields};
use crate::projection::{Kind, TABLES, Table, Value, project};
use crate::{Store, StoreError};

/// Where the record disagrees with its ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyProblem {
    /// `ledger entry 42`, `incidents row ucdp:1`, `schema_migrations version 1`.
    pub location: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for VerifyProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// The outcome of [`Store::verify`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerifyReport {
    /// Ledger entries checked.
    pub entries: u64,
    /// Projection rows checked.
    pub rows: u64,
    /// Problems, in the order found (the first is the first bad entry or row).
    pub problems: Vec<VerifyProblem>,
}

impl VerifyReport {
    /// Whether the record is intact.
    pub fn is_intact(&self) -> bool {
        self.problems.is_empty()
    }

    fn problem(&mut self, location: String, message: impl Into<String>) {
        // Enough to act on; one broken byte can make many rows disagree.
        if self.problems.len() < 50 {
            self.problems.push(VerifyProblem {
                location,
                message: message.into(),
            });
        }
    }
}

const PAGE: i64 = 2000;

impl Store {
    /// Checks the ledger's chain and that every projection row is what replaying the ledger
    /// gives. Reads in pages, so memory grows only with the number of distinct rows.
    pub async fn verify(&self) -> Result<VerifyReport, StoreError> {
        let mut report = VerifyReport::default();
        self.verify_migrations(&mut report).await?;
        let latest = self.verify_chain(&mut report).await?;
        let mut unseen = latest;
        for table in TABLES {
            self.verify_table(table, &mut unseen, &mut report).await?;
        }
        self.verify_index(&mut report).await?;
        let mut missing: Vec<(&String, &i64)> = unseen.iter().collect();
        missing.sort_by_key(|(_, seq)| **seq);
        for (subject, seq) in missing {
            report.problem(
                format!("ledger entry {seq}"),
                format!("wrote `{subject}`, but that row is missing"),
            );
        }
        Ok(report)
    }

    async fn verify_migrations(&self, report: &mut VerifyReport) -> Result<(), StoreError> {
        let rows =
            sqlx::query("SELECT version, name, sha256 FROM schema_migrations ORDER BY version")
                .fetch_all(&self.pool)
                .await?;
        let applied: Vec<(i64, String, String)> = rows
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
            .collect::<Result<_, sqlx::Error>>()
            .unwrap_or_default();
        let expected: Vec<(i64, String, String)> = self
            .migrations()
            .iter()
            .map(|(v, n, sql)| (*v, (*n).to_owned(), ledger::digest(sql)))
            .collect();
        if applied != expected {
            report.problem(
                "schema_migrations".to_owned(),
                "the recorded migrations differ from the ones this version of Truce ships",
            );
        }
        Ok(())
    }

    /// Walks the ledger in order; returns, per subject, the last entry that wrote it.
    async fn verify_chain(
        &self,
        report: &mut VerifyReport,
    ) -> Result<HashMap<String, i64>, StoreError> {
        let mut latest = HashMap::new();
        // The columns each `columns_read` entry names, for the reports after it.
        let mut columns_read: HashMap<i64, Vec<std::sync::Arc<str>>> = HashMap::new();
        let mut expected_seq = 1_i64;
        let mut prev_hash = ledger::GENESIS.to_owned();
        let mut after = 0_i64;
        loop {
            let page = sqlx::query(
                "SELECT seq, at, actor, kind, format, subject, payload, prev_hash, hash FROM ledger WHERE seq > $1 ORDER BY seq LIMIT $2",
            )
            .bind(after)
            .bind(PAGE)
            .fetch_all(&self.pool)
            .await?;
            let Some(last) = page.last() else { break };
            after = last.try_get(0).unwrap_or(i64::MAX);
            for row in &page {
                report.entries += 1;
                let location = format!("ledger entry {expected_seq}");
                let fields = (|| -> Result<_, sqlx::Error> {
                    Ok((
                        row.try_get::<i64, _>(0)?,
                        row.try_get::<String, _>(1)?,
                        row.try_get::<String, _>(2)?,
                        row.try_get::<String, _>(3)?,
                        row.try_get::<i64, _>(4)?,
                        row.try_get::<String, _>(5)?,
                        row.try_get::<String, _>(6)?,
                        row.try_get::<String, _>(7)?,
                        row.try_get::<String, _>(8)?,
                    ))
                })();
                let Ok((seq, at, actor, kind, format, subject, payload, prev, hash)) = fields
                else {
                    report.problem(location, "a column holds a value of the wrong type");
                    expected_seq += 1;
                    continue;
                };
                if seq != expected_seq {
                    report.problem(
                        location,
                        format!("sequence number is {seq}: the ledger must be dense"),
                    );
                }
                if prev != prev_hash {
                    report.problem(
                        format!("ledger entry {seq}"),
                        "prev_hash is not the hash of the entry before it",
                    );
                }
                let entry = EntryFields {
                    seq,
                    at: &at,
                    actor: &actor,
                    kind: &kind,
                    format,
                    subject: &subject,
                    payload: &payload,
                };
                let recomputed = ledger::entry_hash(&prev, &entry);
                if recomputed != hash {
                    report.problem(
                        format!("ledger entry {seq}"),
                        "its hash does not match its contents",
                    );
                }
                let change = Change::decode(&payload);
                if let Ok(Change::ColumnsRead(c)) = &change {
                    columns_read.insert(seq, c.columns.clone());
                }
                match change {
                    Ok(Change::ReportTaken(r))
                        if crate::projection::report_digest_of(
                            &r,
                            columns_read.get(&r.columns).map(Vec::as_slice),
                        )
                        .as_ref()
                            != Some(&r.digest) =>
                    {
                        report.problem(
                            format!("ledger entry {seq}"),
                            "the report's digest does not match its content (its values under the columns of the entry it names)",
                        );
                    }
                    Ok(change) if change.kind() == kind && change.subject() == subject => {}
                    Ok(_) => report.problem(
                        format!("ledger entry {seq}"),
                        "kind or subject disagree with the payload",
                    ),
                    Err(e) => report.problem(
                        format!("ledger entry {seq}"),
                        format!("payload is not a valid change: {e}"),
                    ),
                }
                latest.insert(subject, seq);
                prev_hash = hash;
                expected_seq += 1;
            }
        }
        Ok(latest)
    }

    async fn verify_table(
        &self,
        table: &Table,
        unseen: &mut HashMap<String, i64>,
        report: &mut VerifyReport,
    ) -> Result<(), StoreError> {
        let key = table.columns[0].0;
        let columns: Vec<String> = table
            .columns
            .iter()
            .map(|(c, _)| format!("t.{c}"))
            .collect();
        let sql = format!(
            "SELECT {}, l.payload FROM {} t LEFT JOIN ledger l ON l.seq = t.seq WHERE t.{key} > $1 ORDER BY t.{key} LIMIT $2",
            columns.join(", "),
            table.name
        );
        let mut after = String::new();
        loop {
            let page = sqlx::query(AssertSqlSafe(sql.clone()))
                .bind(after.clone())
                .bind(PAGE)
                .fetch_all(&self.pool)
                .await?;
            let Some(last) = page.last() else { break };
            after = last.try_get(0).unwrap_or_default();
            for row in &page {
                report.rows += 1;
                check_row(table, row, unseen, report);
            }
        }
        Ok(())
    }
}

impl Store {
    /// Checks every incident index row against the incident assembled from the ledger, and
    /// that every incident has one.
    async fn verify_index(&self, report: &mut VerifyReport) -> Result<(), StoreError> {
        let table = &INCIDENT_INDEX;
        let columns: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
        let mut after = String::new();
        loop {
            let page = sqlx::query(AssertSqlSafe(format!(
                "SELECT {} FROM incident_index WHERE incident_id > $1 ORDER BY incident_id LIMIT $2",
                columns.join(", ")
            )))
            .bind(after.clone())
            .bind(PAGE)
            .fetch_all(&self.pool)
            .await?;
            let Some(last) = page.last() else { break };
            after = last.try_get(0).unwrap_or_default();
            let ids: Vec<String> = page
                .iter()
                .map(|r| r.try_get(0).unwrap_or_default())
                .collect();
            // A changed ledger entry can make incidents unreadable: a problem to report.
            let expected: HashMap<String, Vec<Value>> = match self.incidents_by_id(&ids, None).await
            {
                Ok(incidents) => incidents
                    .iter()
                    .map(|i| (i.id().to_owned(), index_row(i)))
                    .collect(),
                Err(StoreError::Corrupt(why)) => {
                    report.problem(
                        format!("incident_index rows {} to {}", ids[0], after),
                        format!("their incidents cannot be read from the ledger: {why}"),
                    );
                    continue;
                }
                Err(e) => return Err(e),
            };
            for (row, id) in page.iter().zip(&ids) {
                report.rows += 1;
                let location = format!("incident_index row {id}");
                let Some(expected) = expected.get(id) else {
                    report.problem(location, "no incident in the record has this id");
                    continue;
                };
                match row_values(table, row) {
                    Err(_) => report.problem(location, "a column holds a value of the wrong type"),
                    Ok(values) => {
                        if let Some(column) = differing_column(table, &values, expected) {
                            report.problem(
                                location,
                                format!(
                                    "column `{column}` differs from what the ledger's reports, determination, reviews and publication give"
                                ),
                            );
                        }
                    }
                }
            }
        }
        let unindexed = sqlx::query(
            "SELECT DISTINCT m.incident_id FROM memberships m LEFT JOIN incident_index i ON i.incident_id = m.incident_id WHERE i.incident_id IS NULL ORDER BY m.incident_id",
        )
        .fetch_all(&self.pool)
        .await?;
        for row in unindexed {
            let id: String = row.try_get(0).unwrap_or_default();
            report.problem(format!("incident {id}"), "has no incident_index row");
        }
        Ok(())
    }
}

/// A stored row's values, typed as its table's columns.
fn row_values(table: &Table, row: &AnyRow) -> Result<Vec<Value>, sqlx::Error> {
    table
        .columns
        .iter()
        .enumerate()
        .map(|(i, (_, kind))| read_value(row, i, *kind))
        .collect()
}

/// The first column where a stored row differs from the row the ledger gives.
fn differing_column(table: &Table, stored: &[Value], expected: &[Value]) -> Option<&'static str> {
    (0..stored.len())
        .find(|i| stored[*i] != expected[*i])
        .map(|i| table.columns[i].0)
}

fn read_value(row: &AnyRow, i: usize, kind: Kind) -> Result<Value, sqlx::Error> {
    Ok(match kind {
        Kind::Int => Value::Int(row.try_get(i)?),
        Kind::Real => Value::Real(row.try_get(i)?),
        Kind::Text => Value::Text(row.try_get(i)?),
    })
}

fn check_row(
    table: &Table,
    row: &AnyRow,
    unseen: &mut HashMap<String, i64>,
    report: &mut VerifyReport,
) {
    let key: String = row.try_get(0).unwrap_or_default();
    let location = format!("{} row {key}", table.name);
    let Ok(values) = row_values(table, row) else {
        report.problem(location, "a column holds a value of the wrong type");
        return;
    };
    let Value::Int(Some(seq)) = values[1] else {
        report.problem(location, "no ledger sequence number");
        return;
    };
    let subject = format!("{}{key}", table.subject_prefix);
    match unseen.remove(&subject) {
        None => {
            report.problem(location, "no ledger entry wrote this row");
            return;
        }
        Some(latest) if latest != seq => {
            report.problem(
                location,
                format!(
                    "points to ledger entry {seq}, but the last entry that wrote it is {latest}"
                ),
            );
            return;
        }
        Some(_) => {}
    }
    let payload: Option<String> = row.try_get(table.columns.len()).unwrap_or(None);
    let Some(change) = payload.and_then(|p| Change::decode(&p).ok()) else {
        report.problem(
            location,
            format!("ledger entry {seq} is missing or unreadable"),
        );
        return;
    };
    let (expected_table, expected) = project(seq, &change);
    if expected_table.name != table.name {
        report.problem(
            location,
            format!("ledger entry {seq} writes table {}", expected_table.name),
        );
        return;
    }
    if let Some(column) = differing_column(table, &values, &expected) {
        report.problem(
            location,
            format!("column `{column}` differs from what ledger entry {seq} wrote"),
        );
    }
}
