//! The Truce record: one interface ([`Store`]) over two backends — SQLite, the embedded
//! default (one file, WAL), and PostgreSQL for a mission server — through sqlx's `Any`
//! driver, with migrations and locking chosen per backend.
//!
//! Every change is appended to the ledger in the same transaction as its effect on the
//! projection tables; the ledger is hash-chained and never updated. [`Store::verify`]
//! recomputes the chain and every projection row from it.
#![forbid(unsafe_code)]

mod access;
mod index;
pub mod ledger;
mod projection;
mod read;
mod verify;
mod write;

use std::path::{Path, PathBuf};

use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, AssertSqlSafe, Row};
use truce_core::record::IncidentRecord;

pub use index::{
    Audience, IncidentPages, IncidentSummary, IndexEntry, IndexFigures, IndexQuery, MapActor,
    MapFeature, MapPoint, MapProperties, Selection, SummaryActor, SummaryFatalities, SummaryPlace,
};
pub use ledger::{
    Change, ControlFile, DeterminedChange, DocumentTaken, Membership, Publication, ReportTaken,
    Review, ScenarioFiles, TimelineFact, TokenIssued, User,
};
pub use read::{Attention, IncidentFilter, ReviewState, StoredIncident, StoredReport, filer_of};
pub use verify::{VerifyProblem, VerifyReport};
pub use write::{AdjudicateSummary, ImportSummary, Judge, Report};

/// The actor name of changes made by the engine rather than by a person.
pub const SYSTEM: &str = "system";

/// Where the record lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// An SQLite file (created if missing).
    Sqlite(PathBuf),
    /// A PostgreSQL database, optionally inside a schema of its own (created if missing).
    Postgres {
        /// `postgres://user@host:port/db`.
        url: String,
        /// Schema to use instead of `public`.
        schema: Option<String>,
    },
}

/// The backend behind a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// SQLite.
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

impl Backend {
    /// `count` bind placeholders after the first `before`, comma-separated.
    pub(crate) fn placeholders(self, before: usize, count: usize) -> String {
        (before + 1..=before + count)
            .map(|n| self.placeholder(n))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The `n`th bind parameter (1-based) in this backend's SQL. SQLite gets anonymous `?`:
    /// binding numbered parameters costs it a linear name lookup per parameter, quadratic over
    /// a multi-row insert.
    pub(crate) fn placeholder(self, n: usize) -> String {
        match self {
            Self::Sqlite => "?".to_owned(),
            Self::Postgres => format!("${n}"),
        }
    }
}

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database said no.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// A stored value could not be read back.
    #[error("stored data is unreadable: {0}")]
    Corrupt(String),
    /// An input file was malformed; nothing from it was written.
    #[error("{0}\nnothing from this file was written")]
    Input(Box<dyn std::error::Error + Send + Sync>),
    /// Something needed is missing (e.g. no scenario loaded).
    #[error("{0}")]
    Missing(String),
    /// A schema name that is not a plain identifier.
    #[error("invalid schema name `{0}`: expected lower-case letters, digits and `_`")]
    InvalidSchema(String),
}

/// Embedded migrations per backend: (version, name, SQL).
const SQLITE_MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "record",
        include_str!("../migrations/sqlite/0001_record.sql"),
    ),
    (
        2,
        "control",
        include_str!("../migrations/sqlite/0002_control.sql"),
    ),
    (
        3,
        "documents",
        include_str!("../migrations/sqlite/0003_documents.sql"),
    ),
    (
        4,
        "merging",
        include_str!("../migrations/sqlite/0004_merging.sql"),
    ),
    (
        5,
        "access",
        include_str!("../migrations/sqlite/0005_access.sql"),
    ),
    (
        6,
        "incident_index",
        include_str!("../migrations/sqlite/0006_incident_index.sql"),
    ),
    (
        7,
        "determination_basis",
        include_str!("../migrations/sqlite/0007_determination_basis.sql"),
    ),
    (
        8,
        "source_columns",
        include_str!("../migrations/sqlite/0008_source_columns.sql"),
    ),
];
const POSTGRES_MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "record",
        include_str!("../migrations/postgres/0001_record.sql"),
    ),
    (
        2,
        "control",
        include_str!("../migrations/postgres/0002_control.sql"),
    ),
    (
        3,
        "documents",
        include_str!("../migrations/postgres/0003_documents.sql"),
    ),
    (
        4,
        "merging",
        include_str!("../migrations/postgres/0004_merging.sql"),
    ),
    (
        5,
        "access",
        include_str!("../migrations/postgres/0005_access.sql"),
    ),
    (
        6,
        "incident_index",
        include_str!("../migrations/postgres/0006_incident_index.sql"),
    ),
    (
        7,
        "determination_basis",
        include_str!("../migrations/postgres/0007_determination_basis.sql"),
    ),
    (
        8,
        "source_columns",
        include_str!("../migrations/postgres/0008_source_columns.sql"),
    ),
];

/// The record.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

impl Store {
    /// Opens (creating and migrating as needed) the store at `location`.
    pub async fn open(location: &Location) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let (pool, backend) = match location {
            Location::Sqlite(path) => (open_sqlite(path).await?, Backend::Sqlite),
            Location::Postgres { url, schema } => (
                open_postgres(url, schema.as_deref()).await?,
                Backend::Postgres,
            ),
        };
        let store = Self { pool, backend };
        store.migrate().await?;
        Ok(store)
    }

    /// Which backend this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    fn migrations(&self) -> &'static [(i64, &'static str, &'static str)] {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATIONS,
            Backend::Postgres => POSTGRES_MIGRATIONS,
        }
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::raw_sql(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL)",
        )
        .execute(&mut *tx)
        .await?;
        let applied: Vec<i64> = sqlx::query("SELECT version FROM schema_migrations")
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut index_created = false;
        for (version, name, sql) in self.migrations() {
            if applied.contains(version) {
                continue;
            }
            index_created |= *name == "incident_index";
            sqlx::raw_sql(AssertSqlSafe(*sql)).execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO schema_migrations (version, name, sha256) VALUES ($1, $2, $3)",
            )
            .bind(*version)
            .bind(*name)
            .bind(ledger::digest(sql))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        if index_created {
            // A record written before the index existed: index what it holds.
            self.rebuild_index().await?;
        }
        Ok(())
    }

    /// Begins a transaction that will write: on SQLite it takes the write lock at once, on
    /// PostgreSQL it takes the ledger's advisory lock, so that concurrent writers append to
    /// one unbroken chain.
    pub(crate) async fn begin_write(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::Any>, StoreError> {
        match self.backend {
            Backend::Sqlite => Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?),
            Backend::Postgres => {
                let mut tx = self.pool.begin().await?;
                // The ledger's lock, held until the transaction ends: a fixed number (any)
                // and the record's schema, so that records in other schemas of the database
                // do not wait for this one's writes.
                sqlx::query("SELECT pg_advisory_xact_lock(7316002, hashtext(current_schema()))")
                    .execute(&mut *tx)
                    .await?;
                Ok(tx)
            }
        }
    }

    /// The scenario last loaded, if any (with the zone files, which live in its ledger entry).
    pub async fn scenario(&self) -> Result<Option<ScenarioFiles>, StoreError> {
        Ok(self.scenario_entry().await?.map(|(_, files)| files))
    }

    /// The ledger entry that loaded the current scenario, if any (cheap: no texts).
    pub async fn scenario_seq(&self) -> Result<Option<i64>, StoreError> {
        Ok(
            sqlx::query("SELECT seq FROM scenarios WHERE name = 'current'")
                .fetch_optional(&self.pool)
                .await?
                .map(|r| r.get(0)),
        )
    }

    /// The scenario last loaded and the ledger entry that loaded it.
    pub async fn scenario_entry(&self) -> Result<Option<(i64, ScenarioFiles)>, StoreError> {
        scenario_on(&mut *self.pool.acquire().await?).await
    }

    /// The scenario as it stood at `as_of` (the current one when `None`).
    pub async fn scenario_at(
        &self,
        as_of: Option<jiff::Timestamp>,
    ) -> Result<Option<ScenarioFiles>, StoreError> {
        let Some(instant) = as_of else {
            return self.scenario().await;
        };
        let upto = self.seq_at(instant).await?;
        let row = sqlx::query(
            "SELECT payload FROM ledger WHERE seq = (SELECT MAX(seq) FROM ledger WHERE seq <= $1 AND kind = 'scenario_loaded')",
        )
        .bind(upto)
        .fetch_optional(&self.pool)
        .await?;
        match row.map(|r| Change::decode(&r.get::<String, _>(0))) {
            None => Ok(None),
            Some(Ok(Change::ScenarioLoaded(files))) => Ok(Some(files)),
            Some(Ok(other)) => Err(StoreError::Corrupt(format!(
                "a scenario_loaded entry decodes as `{}`",
                other.kind()
            ))),
            Some(Err(e)) => Err(StoreError::Corrupt(format!(
                "a scenario's ledger entry: {e}"
            ))),
        }
    }

    /// Every control layer loaded (the latest version of each name), in name order.
    pub async fn control_layers(&self) -> Result<Vec<ControlFile>, StoreError> {
        let rows = sqlx::query(
            "SELECT l.payload FROM control_layers c JOIN ledger l ON l.seq = c.seq ORDER BY c.name",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| match Change::decode(&r.get::<String, _>(0)) {
                Ok(Change::ControlLoaded(file)) => Ok(file),
                Ok(other) => Err(StoreError::Corrupt(format!(
                    "a control layer points to a `{}` ledger entry",
                    other.kind()
                ))),
                Err(e) => Err(StoreError::Corrupt(format!(
                    "a control layer's ledger entry: {e}"
                ))),
            })
            .collect()
    }

    /// The last ledger entry's sequence number (0 for an empty record): whatever changes the
    /// record moves it, so a reader can keep what it computed until it does.
    pub async fn head(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query("SELECT MAX(seq) FROM ledger")
            .fetch_one(&self.pool)
            .await?
            .get::<Option<i64>, _>(0)
            .unwrap_or(0))
    }

    /// The number of ledger entries.
    pub async fn ledger_len(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query("SELECT COUNT(*) FROM ledger")
            .fetch_one(&self.pool)
            .await?
            .get(0))
    }

    /// The pool, for tests that must reach under the interface (tampering, concurrency).
    #[doc(hidden)]
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Closes the pool.
    pub async fn close(self) {
        self.pool.close().await;
    }
}

/// The record and revision in a `report_taken` ledger payload.
pub(crate) fn report_record(payload: &str) -> Result<(IncidentRecord, i64), StoreError> {
    // Reads only the record, skipping the raw row (`verify` checks the entry as a whole).
    #[derive(serde::Deserialize)]
    struct RecordOnly {
        change: String,
        revision: i64,
        record: IncidentRecord,
    }
    match serde_json::from_str::<RecordOnly>(payload) {
        Ok(r) if r.change == "report_taken" => Ok((r.record, r.revision)),
        Ok(r) => Err(StoreError::Corrupt(format!(
            "a report points to a `{}` ledger entry",
            r.change
        ))),
        Err(e) => Err(StoreError::Corrupt(format!("report record: {e}"))),
    }
}

/// 16 KiB pages hold several ledger entries each (4 KiB pages held one); WAL lets readers work beside the writer; `secure_delete` zeroes freed pages, so that the
/// file holds no stale copies of what the record no longer says; a 64 MiB page cache keeps a
/// large import from spilling pages mid-transaction.
async fn open_sqlite(path: &Path) -> Result<AnyPool, StoreError> {
    let url = format!("sqlite://{}?mode=rwc", path.display());
    let pool = AnyPoolOptions::new()
        .max_connections(2)
        .after_connect(|conn, _| {
            Box::pin(async move {
                sqlx::raw_sql("PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA secure_delete = ON; PRAGMA cache_size = -65536;")
                    .execute(conn)
                    .await?;
                Ok(())
            })
        })
        .connect(&url)
        .await?;
    Ok(pool)
}

async fn open_postgres(url: &str, schema: Option<&str>) -> Result<AnyPool, StoreError> {
    // The record's queries are short lookups; PostgreSQL's JIT compiles a large-looking plan
    // for tens of milliseconds before running it in one.
    let mut setup_sql = "SET jit = off".to_owned();
    if let Some(schema) = schema {
        if schema.is_empty()
            || !schema
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err(StoreError::InvalidSchema(schema.to_owned()));
        }
        let setup = AnyPoolOptions::new()
            .max_connections(1)
            .connect(url)
            .await?;
        sqlx::raw_sql(AssertSqlSafe(format!(
            "CREATE SCHEMA IF NOT EXISTS {schema}"
        )))
        .execute(&setup)
        .await?;
        setup.close().await;
        setup_sql.push_str(&format!("; SET search_path TO {schema}"));
    }
    let pool = AnyPoolOptions::new()
        .max_connections(4)
        .after_connect(move |conn, _| {
            let sql = setup_sql.clone();
            Box::pin(async move {
                sqlx::raw_sql(AssertSqlSafe(sql)).execute(conn).await?;
                Ok(())
            })
        })
        .connect(url)
        .await?;
    Ok(pool)
}

/// The scenario last loaded and the ledger entry that loaded it, read on `conn`.
pub(crate) async fn scenario_on(
    conn: &mut sqlx::AnyConnection,
) -> Result<Option<(i64, ScenarioFiles)>, StoreError> {
    let row = sqlx::query(
        "SELECT l.seq, l.payload FROM scenarios s JOIN ledger l ON l.seq = s.seq WHERE s.name = 'current'",
    )
    .fetch_optional(conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let seq: i64 = row.get(0);
    match Change::decode(&row.get::<String, _>(1)) {
        Ok(Change::ScenarioLoaded(files)) => Ok(Some((seq, files))),
        Ok(other) => Err(StoreError::Corrupt(format!(
            "the current scenario points to a `{}` ledger entry",
            other.kind()
        ))),
        Err(e) => Err(StoreError::Corrupt(format!(
            "the current scenario's ledger entry: {e}"
        ))),
    }
}
