//! One conformance suite, run against every backend: always SQLite; PostgreSQL when
//! `TRUCE_TEST_PG_URL` is set (each test in a schema of its own, dropped afterwards).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::{AssertSqlSafe, Row};
use truce_core::control::ControlMap;
use truce_core::{Agreement, Registry, SourceText};
use truce_import::ucdp::UcdpReader;
use truce_store::{
    Backend, ControlFile, DocumentTaken, Judge, Location, Report, Store, StoreError, TimelineFact,
};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn scenario() -> (Registry, Agreement, truce_store::ScenarioFiles) {
    let dir = repo().join("scenarios/syria-2016");
    let terms_text = std::fs::read_to_string(dir.join("agreement.toml")).unwrap();
    let registry_text = std::fs::read_to_string(dir.join("actors.toml")).unwrap();
    let registry = Registry::parse(SourceText::new("actors.toml", &registry_text)).unwrap();
    let agreement =
        Agreement::parse(SourceText::new("agreement.toml", &terms_text), &registry).unwrap();
    let files = truce_store::ScenarioFiles {
        agreement_id: agreement.id.clone(),
        terms_path: "scenarios/syria-2016/agreement.toml".into(),
        terms_text,
        registry_path: "scenarios/syria-2016/actors.toml".into(),
        registry_text,
        zone_files: Vec::new(),
        sources: None,
    };
    (registry, agreement, files)
}

const UCDP: &str = "data/ucdp/ged_syria_2016-02_to_2016-03.csv";

fn reports(text: &str, registry: &Registry) -> Vec<Result<Report, truce_import::ImportError>> {
    UcdpReader::new(text.as_bytes(), UCDP, registry)
        .unwrap()
        .map(|r| {
            r.map(|row| Report {
                record: truce_core::record::IncidentRecord::from_incident(&row.incident, registry),
                raw: row.raw,
            })
        })
        .collect()
}

/// A fresh, empty store of the given backend, and a guard that removes it.
struct Fresh {
    store: Store,
    _dir: Option<tempfile::TempDir>,
    schema: Option<(String, String)>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

async fn fresh(backend: Backend) -> Fresh {
    match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().unwrap();
            let store = Store::open(&Location::Sqlite(dir.path().join("truce.db")))
                .await
                .unwrap();
            Fresh {
                store,
                _dir: Some(dir),
                schema: None,
            }
        }
        Backend::Postgres => {
            let url = std::env::var("TRUCE_TEST_PG_URL").unwrap();
            let schema = format!(
                "truce_test_{}_{}_{}",
                std::process::id(),
                COUNTER.fetch_add(1, Ordering::SeqCst),
                jiff::Timestamp::now().as_millisecond()
            );
            let store = Store::open(&Location::Postgres {
                url: url.clone(),
                schema: Some(schema.clone()),
            })
            .await
            .unwrap();
            Fresh {
                store,
                _dir: None,
                schema: Some((url, schema)),
            }
        }
    }
}

impl Fresh {
    async fn drop_schema(self) {
        self.store.clone().close().await;
        if let Some((url, schema)) = self.schema {
            sqlx::any::install_default_drivers();
            let pool = sqlx::AnyPool::connect(&url).await.unwrap();
            sqlx::raw_sql(AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
                .execute(&pool)
                .await
                .unwrap();
            pool.close().await;
        }
    }
}

async fn loaded(backend: Backend) -> (Fresh, Registry, Agreement) {
    let f = fresh(backend).await;
    let (registry, agreement, files) = scenario();
    assert!(f.store.load_scenario("tester", files).await.unwrap());
    let text = std::fs::read_to_string(repo().join(UCDP)).unwrap();
    let summary = f
        .store
        .import(
            "tester",
            UCDP,
            &registry,
            None,
            reports(&text, &registry).into_iter(),
        )
        .await
        .unwrap();
    assert_eq!(summary.read, 990);
    assert_eq!(summary.new, 990);
    (f, registry, agreement)
}

/// Rewrites every data row of a CSV text; returns the text and each row's line in it.
fn rewrite(text: &str, mut edit: impl FnMut(usize, &mut Vec<String>)) -> (String, Vec<u64>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(reader.headers().unwrap()).unwrap();
    for (i, record) in reader.records().enumerate() {
        let mut row: Vec<String> = record.unwrap().iter().map(str::to_owned).collect();
        edit(i, &mut row);
        writer.write_record(&row).unwrap();
    }
    let out = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    let lines = csv::Reader::from_reader(out.as_bytes())
        .records()
        .map(|r| r.unwrap().position().unwrap().line())
        .collect();
    (out, lines)
}

// ---------------------------------------------------------------------------------------
// The suite.

/// A loaded store with the UCDP events taken in and determined.
async fn adjudicated(backend: Backend) -> (Fresh, Registry, Agreement) {
    let (f, registry, agreement) = loaded(backend).await;
    f.store
        .adjudicate(
            "system",
            Judge::new(&agreement, &registry, &ControlMap::default()),
            false,
        )
        .await
        .unwrap();
    (f, registry, agreement)
}

async fn import_is_idempotent_and_revisions_are_recorded(backend: Backend) {
    let (f, registry, _) = loaded(backend).await;
    let store = &f.store;
    let entries = store.ledger_len().await.unwrap();
    assert_eq!(
        entries, 1982,
        "one entry for the scenario, one for the file's columns, one per report and one per report's incident"
    );
    let text = std::fs::read_to_string(repo().join(UCDP)).unwrap();
    let again = store
        .import(
            "tester",
            UCDP,
            &registry,
            None,
            reports(&text, &registry).into_iter(),
        )
        .await
        .unwrap();
    assert_eq!((again.new, again.revised, again.unchanged), (0, 0, 990));
    assert_eq!(
        store.ledger_len().await.unwrap(),
        entries,
        "re-importing changes nothing"
    );

    // The same file with one toll corrected: one new revision.
    let mut changed = reports(&text, &registry);
    let first = changed[0].as_mut().unwrap();
    first.record.fatalities.best = Some(first.record.fatalities.best.unwrap_or(0) + 1);
    let id = first.record.id.clone();
    let revised = store
        .import("tester", UCDP, &registry, None, changed.into_iter())
        .await
        .unwrap();
    assert_eq!(
        (revised.new, revised.revised, revised.unchanged),
        (0, 1, 989)
    );
    let filter = truce_store::IncidentFilter {
        id: Some(id),
        ..Default::default()
    };
    let stored = store.incidents(&filter).await.unwrap();
    assert_eq!(stored[0].reports[0].revision, 2);
    assert!(store.verify().await.unwrap().is_intact());
    f.drop_schema().await;
}

async fn a_malformed_file_writes_nothing(backend: Backend) {
    let (f, registry, _) = loaded(backend).await;
    let entries = f.store.ledger_len().await.unwrap();
    let text = std::fs::read_to_string(repo().join(UCDP)).unwrap();
    // A new file (new ids) whose 600th row has an impossible date: the 599 before must not land.
    let (broken, line) = rewrite(&text, |i, row| {
        row[0] = format!("8{}", row[0]);
        if i == 599 {
            row[32] = "2016-13-01".to_owned();
        }
    });
    let result = f
        .store
        .import(
            "tester",
            "broken.csv",
            &registry,
            None,
            reports(&broken, &registry).into_iter(),
        )
        .await;
    let Err(StoreError::Input(e)) = result else {
        panic!("expected an input error, got {result:?}")
    };
    assert!(
        e.to_string()
            .starts_with(&format!("{UCDP}:{}:33: date_start", line[599])),
        "{e}"
    );
    assert_eq!(f.store.ledger_len().await.unwrap(), entries);
    assert_eq!(
        f.store.incidents(&Default::default()).await.unwrap().len(),
        990
    );
    f.drop_schema().await;
}

async fn adjudication_is_recorded_once(backend: Backend) {
    let (f, registry, agreement) = loaded(backend).await;
    let first = f
        .store
        .adjudicate(
            "system",
            Judge::new(&agreement, &registry, &ControlMap::default()),
            false,
        )
        .await
        .unwrap();
    assert_eq!(first.incidents, 990);
    assert_eq!(first.written, 990);
    assert_eq!(first.per_outcome.iter().sum::<u64>(), 990);
    let second = f
        .store
        .adjudicate(
            "system",
            Judge::new(&agreement, &registry, &ControlMap::default()),
            false,
        )
        .await
        .unwrap();
    assert_eq!(
        second.written, 0,
        "unchanged determinations are not written again"
    );
    assert_eq!(second.per_outcome, first.per_outcome);
    let permitted = truce_store::IncidentFilter {
        outcome: Some("permitted".into()),
        ..Default::default()
    };
    let listed = f.store.incidents(&permitted).await.unwrap();
    assert_eq!(listed.len() as u64, first.per_outcome[1]);
    assert!(
        listed
            .iter()
            .all(|i| i.determination.as_ref().unwrap().clauses == ["coh.excluded"])
    );
    let gov = truce_store::IncidentFilter {
        actor_id: Some("gov-syria".into()),
        admin1: Some("SY02".into()),
        ..Default::default()
    };
    let gov_aleppo = f.store.incidents(&gov).await.unwrap();
    assert!(!gov_aleppo.is_empty());
    assert!(gov_aleppo.iter().all(|i| {
        i.record.location.admin1.as_deref() == Some("SY02")
            && i.record
                .actors
                .iter()
                .any(|a| a.actor_id.as_deref() == Some("gov-syria"))
    }));
    assert!(f.store.verify().await.unwrap().is_intact());
    f.drop_schema().await;
}

/// Changes one byte of a value and returns the SQL literal to put it back.
fn flip_one_byte(value: &str, position: usize) -> String {
    let chars: Vec<char> = value.chars().collect();
    let i = position % chars.len().max(1);
    let mut out: Vec<char> = chars.clone();
    if out.is_empty() {
        return "x".to_owned();
    }
    out[i] = match out[i] {
        '0'..='8' => char::from(out[i] as u8 + 1),
        '9' => '0',
        'a'..='y' => char::from(out[i] as u8 + 1),
        'z' => 'a',
        _ => '0',
    };
    out.into_iter().collect()
}

async fn every_changed_byte_is_caught(backend: Backend) {
    let (f, registry, agreement) = loaded(backend).await;
    f.store
        .adjudicate(
            "system",
            Judge::new(&agreement, &registry, &ControlMap::default()),
            false,
        )
        .await
        .unwrap();
    assert!(f.store.verify().await.unwrap().is_intact());
    let pool = f.store.pool().clone();
    // Someone with the database file in hand is not stopped by triggers: lift them.
    match backend {
        Backend::Sqlite => {
            sqlx::raw_sql("DROP TRIGGER ledger_no_update; DROP TRIGGER ledger_no_delete")
                .execute(&pool)
                .await
                .unwrap();
        }
        Backend::Postgres => {
            sqlx::raw_sql("ALTER TABLE ledger DISABLE TRIGGER ledger_no_change")
                .execute(&pool)
                .await
                .unwrap();
        }
    }
    let tables: [(&str, &str, &[&str]); 6] = [
        (
            "ledger",
            "seq",
            &[
                "seq",
                "at",
                "actor",
                "kind",
                "format",
                "subject",
                "payload",
                "prev_hash",
                "hash",
            ],
        ),
        (
            "reports",
            "id",
            &[
                "seq",
                "revision",
                "digest",
                "source_file",
                "date_start",
                "event_type",
                "admin1",
                "lat",
                "best",
                "actor_ids",
            ],
        ),
        (
            "determinations",
            "incident_id",
            &["seq", "terms_version", "outcome", "clauses", "decided_by"],
        ),
        (
            "scenarios",
            "name",
            &["seq", "agreement_id", "terms_text", "registry_text"],
        ),
        (
            "memberships",
            "report_id",
            &["seq", "incident_id", "doubtful", "decided_by"],
        ),
        (
            "incident_index",
            "incident_id",
            &[
                "incident_id",
                "since_seq",
                "day",
                "outcome",
                "grade",
                "deaths",
                "lat",
                "published",
                "attention",
                "parties",
                "feature",
                "coarse_feature",
            ],
        ),
    ];
    let mut rng = 0x2545_F491_4F6C_DD1D_u64;
    let mut next = |n: usize| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng % n as u64) as usize
    };
    for round in 0..100 {
        let (table, key, columns) = tables[next(tables.len())];
        let column = columns[next(columns.len())];
        let count: i64 = sqlx::query(AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
            .fetch_one(&pool)
            .await
            .unwrap()
            .get(0);
        let offset = next(count as usize) as i64;
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT CAST({key} AS TEXT), CAST({column} AS TEXT) FROM {table} ORDER BY {key} LIMIT 1 OFFSET {offset}"
        )))
        .fetch_one(&pool)
        .await
        .unwrap();
        let (row_key, original): (String, Option<String>) = (row.get(0), row.get(1));
        let Some(original) = original else { continue };
        let tampered = flip_one_byte(&original, next(original.len().max(1)));
        // Changing the key column moves the row: it is found again by its changed key.
        let set = |value: &str| {
            let literal = value.replace('\'', "''");
            let current_key = if column == key && value == original {
                &tampered
            } else {
                &row_key
            };
            let key_literal = current_key.replace('\'', "''");
            let key_cast = if key == "seq" { "BIGINT" } else { "TEXT" };
            format!(
                "UPDATE {table} SET {column} = '{literal}' WHERE CAST({key} AS {key_cast}) = CAST('{key_literal}' AS {key_cast})"
            )
        };
        let typed = |sql: String| match (backend, column) {
            // PostgreSQL wants numbers for numeric columns; SQLite takes the text as is.
            (Backend::Postgres, "seq" | "revision" | "format" | "best" | "lat" | "doubtful") => sql
                .replacen(&format!("{column} = '"), &format!("{column} = CAST('"), 1)
                .replacen("' WHERE", "' AS DOUBLE PRECISION) WHERE", 1),
            _ => sql,
        };
        let changed = sqlx::raw_sql(AssertSqlSafe(typed(set(&tampered))))
            .execute(&pool)
            .await;
        if changed.is_err() {
            // A value the column refuses (e.g. a duplicate key) is not a silent change.
            continue;
        }
        let report = f.store.verify().await.unwrap();
        assert!(
            !report.is_intact(),
            "round {round}: changing {table}.{column} of {row_key} from {original:?} to {tampered:?} went unnoticed"
        );
        sqlx::raw_sql(AssertSqlSafe(typed(set(&original))))
            .execute(&pool)
            .await
            .unwrap();
        if round % 10 == 9 {
            let restored = f.store.verify().await.unwrap();
            assert!(
                restored.is_intact(),
                "round {round}: after restoring: {:?}",
                restored.problems.first()
            );
        }
    }
    f.drop_schema().await;
}

async fn concurrent_writers_keep_one_chain(backend: Backend) {
    let (f, registry, agreement) = loaded(backend).await;
    // A second store on the same database: another process, as far as the database knows.
    let location = match (&f.schema, &f._dir) {
        (Some((url, schema)), _) => Location::Postgres {
            url: url.clone(),
            schema: Some(schema.clone()),
        },
        (None, Some(dir)) => Location::Sqlite(dir.path().join("truce.db")),
        _ => unreachable!(),
    };
    let other = Store::open(&location).await.unwrap();
    let text = std::fs::read_to_string(repo().join(UCDP)).unwrap();
    let (shifted, _) = rewrite(&text, |_, row| row[0] = format!("9{}", row[0]));
    let control = ControlMap::default();
    let (a, b) = tokio::join!(
        f.store
            .adjudicate("system", Judge::new(&agreement, &registry, &control), false),
        other.import(
            "other",
            "shifted.csv",
            &registry,
            None,
            reports(&shifted, &registry).into_iter()
        ),
    );
    a.unwrap();
    assert_eq!(b.unwrap().new, 990);
    let report = f.store.verify().await.unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    assert_eq!(report.entries as i64, f.store.ledger_len().await.unwrap());
    other.close().await;
    f.drop_schema().await;
}

async fn control_layers_are_versioned(backend: Backend) {
    let f = fresh(backend).await;
    let text =
        std::fs::read_to_string(repo().join("scenarios/syria-2016/control.geojson")).unwrap();
    let file = |text: &str| ControlFile {
        name: "syria-2016-control".into(),
        path: "scenarios/syria-2016/control.geojson".into(),
        text: text.into(),
        records: 30,
    };
    assert!(f.store.load_control("tester", file(&text)).await.unwrap());
    assert!(
        !f.store.load_control("tester", file(&text)).await.unwrap(),
        "the same text again writes nothing"
    );
    let revised = text.replace("2018-04-12", "2018-04-13");
    assert!(
        f.store
            .load_control("monitor", file(&revised))
            .await
            .unwrap()
    );
    assert_eq!(
        f.store.control_layers().await.unwrap(),
        vec![file(&revised)]
    );
    assert_eq!(
        f.store.ledger_len().await.unwrap(),
        2,
        "two versions in the ledger"
    );
    let report = f.store.verify().await.unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    f.drop_schema().await;
}

async fn documents_and_their_reports_land_together(backend: Backend) {
    let (f, registry, _) = loaded(backend).await;
    let text = std::fs::read_to_string(repo().join(UCDP)).unwrap();
    let reports: Vec<Report> = reports(&text, &registry)
        .into_iter()
        .take(2)
        .enumerate()
        .map(|(k, r)| {
            let mut r = r.unwrap();
            r.record.id = format!("news:test:{k}");
            r
        })
        .collect();
    let document = DocumentTaken {
        id: "doc:0123456789abcdef".into(),
        name: "note.txt".into(),
        source: Some("monitor".into()),
        date: "2016-03-03".into(),
        digest: "0".repeat(64),
        timeline: vec![TimelineFact {
            kind: "diplomatic".into(),
            date_start: Some("2016-03-09".into()),
            date_end: Some("2016-03-09".into()),
            evidence: [10, 40],
        }],
        text: None,
    };
    let before = f.store.ledger_len().await.unwrap();
    let (new, summary) = f
        .store
        .take_document("tester", document.clone(), &registry, reports.clone())
        .await
        .unwrap();
    assert!(new);
    assert_eq!(summary.new, 2);
    assert_eq!(
        f.store.ledger_len().await.unwrap(),
        before + 5,
        "the document, its two reports (under the columns the UCDP file declared) and their places in incidents"
    );
    let (new, summary) = f
        .store
        .take_document("tester", document, &registry, reports)
        .await
        .unwrap();
    assert!(!new, "the same document again writes nothing");
    assert_eq!(summary.unchanged, 2);
    assert_eq!(f.store.ledger_len().await.unwrap(), before + 5);
    let report = f.store.verify().await.unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    f.drop_schema().await;
}

/// The first `n` UCDP rows as another dataset would carry them: same events, other ids.
fn second_source(text: &str, registry: &Registry, n: usize) -> Vec<Report> {
    reports(text, registry)
        .into_iter()
        .take(n)
        .map(|r| {
            let mut r = r.unwrap();
            let number = r.record.id.trim_start_matches("ucdp:").to_owned();
            r.record.id = format!("second:{number}");
            r.record.sources[0].external_id = r.record.id.clone();
            r.record.sources[0].name = Some("Second Monitor".to_owned());
            r
        })
        .collect()
}

async fn reports_merge_and_people_decide(backend: Backend) {
    let (f, registry, agreement) = loaded(backend).await;
    let store = &f.store;
    let text = std::fs::read_to_string(repo().join(UCDP)).unwrap();
    let second = second_source(&text, &registry, 20);
    let summary = store
        .import(
            "tester",
            "second.csv",
            &registry,
            None,
            second.into_iter().map(Ok::<_, std::convert::Infallible>),
        )
        .await
        .unwrap();
    // A file holds one dataset's rows (its own rows never merge, so the merger forgets the
    // incidents they found): rows of two datasets in one file are refused, and nothing lands.
    let before = store.ledger_len().await.unwrap();
    let mut mixed = second_source(&text, &registry, 2);
    mixed[1].record.id = "third:1".to_owned();
    let refused = store
        .import(
            "tester",
            "mixed.csv",
            &registry,
            None,
            mixed.into_iter().map(Ok::<_, std::convert::Infallible>),
        )
        .await;
    assert!(
        matches!(&refused, Err(StoreError::Input(e)) if e.to_string().contains("third:1 is not of the dataset")),
        "{refused:?}"
    );
    assert_eq!(store.ledger_len().await.unwrap(), before);
    // ucdp:219415 is dated "February to June": too vague to merge without a person.
    assert_eq!((summary.new, summary.joined, summary.founded), (20, 19, 1));
    let incidents = store.incidents(&Default::default()).await.unwrap();
    assert_eq!(incidents.len(), 991, "nineteen reports joined their events");
    assert!(incidents.iter().any(|i| i.id() == "second:219415"));
    let joined: Vec<&truce_store::StoredIncident> =
        incidents.iter().filter(|i| i.reports.len() == 2).collect();
    assert_eq!(joined.len(), 19);
    for i in &joined {
        assert_eq!(
            i.record.fatalities,
            i.reports[0].record.fatalities,
            "{}: the same dead from two sources are not added",
            i.id()
        );
        assert_eq!(i.verification.grade, truce_core::reconcile::Grade::Fair);
    }

    store
        .adjudicate(
            "system",
            Judge::new(&agreement, &registry, &ControlMap::default()),
            false,
        )
        .await
        .unwrap();
    let target = joined[0].id().to_owned();
    let automatic = store
        .incidents(&truce_store::IncidentFilter {
            id: Some(target.clone()),
            ..Default::default()
        })
        .await
        .unwrap()[0]
        .outcome()
        .unwrap()
        .to_owned();
    let decided = if automatic == "violation" {
        "permitted"
    } else {
        "violation"
    };
    let decide = |reviewer: &str, outcome: &str| truce_store::Review {
        incident_id: target.clone(),
        reviewer: reviewer.to_owned(),
        outcome: outcome.to_owned(),
        clauses: vec![],
        reason: format!("{reviewer} read the sources"),
        automatic_outcome: None,
    };
    store.review(decide("alice", decided)).await.unwrap();
    let summary = store
        .adjudicate(
            "system",
            Judge::new(&agreement, &registry, &ControlMap::default()),
            false,
        )
        .await
        .unwrap();
    assert_eq!(summary.human_decided, 1);
    let one = |store: &Store| {
        let filter = truce_store::IncidentFilter {
            id: Some(target.clone()),
            ..Default::default()
        };
        let store = store.clone();
        async move { store.incidents(&filter).await.unwrap().remove(0) }
    };
    let i = one(store).await;
    assert_eq!(
        i.outcome(),
        Some(decided),
        "a later automatic run never overrides a person"
    );
    assert_eq!(
        i.determination.as_ref().unwrap().outcome,
        automatic,
        "the automatic stays beside it"
    );
    assert_eq!(
        i.reviews[0].automatic_outcome.as_deref(),
        Some(automatic.as_str())
    );

    // A second reviewer disagrees: recorded, not resolved.
    store.review(decide("bob", &automatic)).await.unwrap();
    let i = one(store).await;
    assert_eq!(i.review_state(), truce_store::ReviewState::Disputed);
    assert_eq!(i.outcome(), Some("needs_review"));
    let queue = store.review_queue(None, None).await.unwrap();
    assert!(queue.iter().any(|(q, why)| q.id() == target && why == &[truce_store::Attention::ReviewersDisagree]));
    // The queue's head is its first incidents, oldest first.
    let head = store.review_queue(None, Some(2)).await.unwrap();
    assert_eq!(head.len(), 2.min(queue.len()));
    assert!(head.iter().zip(&queue).all(|(a, b)| a.0.id() == b.0.id()));

    // Split the second source's report off, then merge it back.
    let report = i.reports[1].record.id.clone();
    store
        .split("carol", &report, "another day's clash")
        .await
        .unwrap();
    assert_eq!(
        store.incidents(&Default::default()).await.unwrap().len(),
        992
    );
    store
        .merge_incidents("carol", &target, &report, "the same clash after all")
        .await
        .unwrap();
    assert_eq!(
        store.incidents(&Default::default()).await.unwrap().len(),
        991
    );
    let err = store
        .split("carol", "ucdp:0", "no such report")
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("no incident or report `ucdp:0`"),
        "{err}"
    );

    let report = store.verify().await.unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    f.drop_schema().await;
}

async fn as_of_reproduces_what_was_known(backend: Backend) {
    let (f, registry, agreement) = adjudicated(backend).await;
    let store = &f.store;
    let then = store.incidents(&Default::default()).await.unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    let instant = jiff::Timestamp::now();
    std::thread::sleep(std::time::Duration::from_millis(5));

    // Learned since: a second source, and a person's decision.
    let text = std::fs::read_to_string(repo().join(UCDP)).unwrap();
    let mut second = second_source(&text, &registry, 50);
    for r in &mut second {
        r.record.fatalities.best = r.record.fatalities.best.map(|b| b * 3 + 10);
    }
    store
        .import(
            "tester",
            "second.csv",
            &registry,
            None,
            second.into_iter().map(Ok::<_, std::convert::Infallible>),
        )
        .await
        .unwrap();
    store
        .review(truce_store::Review {
            incident_id: then[0].id().to_owned(),
            reviewer: "alice".into(),
            outcome: "violation".into(),
            clauses: vec![],
            reason: "seen".into(),
            automatic_outcome: None,
        })
        .await
        .unwrap();
    store
        .adjudicate(
            "system",
            Judge::new(&agreement, &registry, &ControlMap::default()),
            false,
        )
        .await
        .unwrap();
    let now = store.incidents(&Default::default()).await.unwrap();
    assert_ne!(now, then, "the record learned something");
    let as_of = store
        .incidents(&truce_store::IncidentFilter {
            as_of: Some(instant),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(
        as_of == then,
        "as of the instant, the record is what it was"
    );
    f.drop_schema().await;
}

async fn users_tokens_and_publications_are_recorded(backend: Backend) {
    let (f, _, _) = loaded(backend).await;
    let store = &f.store;
    let user = truce_store::User {
        name: "alice".into(),
        role: "monitor".into(),
        party: None,
        password_hash: Some("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into()),
    };
    store.save_user("admin", user.clone()).await.unwrap();
    assert_eq!(store.user("alice").await.unwrap(), Some(user.clone()));
    let digest = truce_store::ledger::digest("a token shown once");
    let id = store.issue_token("admin", "alice", &digest).await.unwrap();
    assert_eq!(id, &digest[..16]);
    assert_eq!(store.user_by_token(&digest).await.unwrap(), Some(user));
    assert_eq!(store.user_by_token(&"0".repeat(64)).await.unwrap(), None);
    let no_one = store
        .issue_token("admin", "bob", &digest)
        .await
        .unwrap_err();
    assert!(no_one.to_string().contains("no user `bob`"), "{no_one}");

    let first = store.incidents(&Default::default()).await.unwrap()[0]
        .id()
        .to_owned();
    store.publish("alice", &first, true).await.unwrap();
    let published: Vec<String> = store
        .incidents(&Default::default())
        .await
        .unwrap()
        .into_iter()
        .filter(|i| i.published)
        .map(|i| i.id().to_owned())
        .collect();
    assert_eq!(published, std::slice::from_ref(&first));
    store.publish("alice", &first, false).await.unwrap();
    assert!(
        !store
            .incidents(&Default::default())
            .await
            .unwrap()
            .iter()
            .any(|i| i.published)
    );
    let report = store.verify().await.unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    f.drop_schema().await;
}

/// Every index entry matching `filter` for `audience`, read a page of 37 at a time.
async fn index_pages(
    store: &Store,
    filter: &truce_store::IncidentFilter,
    bbox: Option<[f64; 4]>,
    audience: &truce_store::Audience,
) -> Vec<String> {
    let mut ids = Vec::new();
    let mut after = None;
    loop {
        let page = store
            .index_entries(&truce_store::IndexQuery {
                filter,
                bbox,
                audience,
                after: after.clone(),
                limit: Some(37),
            })
            .await
            .unwrap();
        let Some(last) = page.last() else { break };
        after = Some(last.position());
        ids.extend(page.iter().map(|e| e.id.clone()));
    }
    ids
}

async fn the_index_answers_as_the_record_does(backend: Backend) {
    let (f, _, _) = adjudicated(backend).await;
    let store = &f.store;
    let all = store.incidents(&Default::default()).await.unwrap();
    for i in all.iter().step_by(7) {
        store.publish("alice", i.id(), true).await.unwrap();
    }
    let all = store.incidents(&Default::default()).await.unwrap();
    let march = |d: u8| jiff::civil::date(2016, 3, d as i8);
    let filters = [
        truce_store::IncidentFilter::default(),
        truce_store::IncidentFilter {
            from: Some(march(1)),
            to: Some(march(31)),
            outcome: Some("violation".into()),
            ..Default::default()
        },
        truce_store::IncidentFilter {
            actor_id: Some("gov-syria".into()),
            admin1: Some("SY02".into()),
            ..Default::default()
        },
        truce_store::IncidentFilter {
            grade: Some(truce_core::reconcile::Grade::Weak),
            to: Some(march(5)),
            ..Default::default()
        },
    ];
    let aleppo = [36.8, 35.9, 37.6, 36.5];
    let audiences = [
        truce_store::Audience::Everything,
        truce_store::Audience::Published {
            party: None,
            filer: None,
        },
        truce_store::Audience::Published {
            party: Some("gov-syria".into()),
            filer: None,
        },
    ];
    let mut compared = 0;
    for filter in &filters {
        for audience in &audiences {
            for bbox in [None, Some(aleppo)] {
                let query = truce_store::IndexQuery {
                    filter,
                    bbox,
                    audience,
                    after: None,
                    limit: None,
                };
                let mut expected: Vec<String> = all
                    .iter()
                    .filter(|i| query.admits(i))
                    .map(|i| i.id().to_owned())
                    .collect();
                let mut got = index_pages(store, filter, bbox, audience).await;
                assert_eq!(
                    got.len(),
                    expected.len(),
                    "{filter:?} {audience:?} {bbox:?}"
                );
                got.sort();
                expected.sort();
                assert_eq!(got, expected, "{filter:?} {audience:?} {bbox:?}");
                compared += got.len();
            }
        }
    }
    assert!(compared > 1000, "the filters select something: {compared}");
    // Reading a whole selection a page at a time gives what one reading gives, in its order,
    // each incident fully assembled.
    for filter in &filters {
        let whole = store.incidents(filter).await.unwrap();
        let mut pages =
            store.incident_pages(truce_store::Selection::everything(filter.clone()), 37);
        let (mut paged, mut count) = (Vec::new(), 0);
        while let Some(page) = pages.next().await.unwrap() {
            assert!(page.len() <= 37);
            paged.extend(page);
            count += 1;
        }
        assert_eq!(paged, whole, "{filter:?}");
        assert!(count > 1 || whole.len() < 37, "{filter:?}: {count} page(s)");
    }
    // The map's features, joined by the database, are those of the record's incidents, in
    // list order, as the ledger read at this instant gives them.
    for audience in &audiences {
        let mut query = truce_store::IndexQuery {
            filter: &Default::default(),
            bbox: None,
            audience,
            after: None,
            limit: None,
        };
        let (joined, count) = store.index_features(&query).await.unwrap();
        let figures = store.index_figures(&query).await.unwrap();
        assert_eq!(count, figures.incidents);
        assert_eq!(
            figures.incidents as usize,
            index_pages(store, &Default::default(), None, audience)
                .await
                .len()
        );
        assert_eq!(figures.per_outcome.values().sum::<u64>(), figures.incidents);
        let array = format!("[{joined}]");
        let features: Vec<truce_store::MapFeature> = serde_json::from_str(&array).unwrap();
        let listed = index_pages(store, &Default::default(), None, audience).await;
        let ids: Vec<&str> = features.iter().map(|f| f.properties.id).collect();
        assert_eq!(ids, listed, "{audience:?}");
        let first = &features[0];
        let incident = all.iter().find(|i| i.id() == first.properties.id).unwrap();
        assert_eq!(first.properties.outcome, incident.outcome());
        assert_eq!(first.properties.deaths, incident.record.fatalities.best);
        assert_eq!(first.properties.actors.len(), incident.record.actors.len());
        let now = truce_store::IncidentFilter {
            as_of: Some(jiff::Timestamp::now()),
            ..Default::default()
        };
        query.filter = &now;
        assert_eq!(
            store.index_features(&query).await.unwrap(),
            (joined.clone(), count)
        );
        // A map answer holds the first `limit` incidents and says how many it holds, now and
        // as of an instant alike.
        for filter in [&truce_store::IncidentFilter::default(), &now] {
            let first_ten = truce_store::IndexQuery {
                filter,
                limit: Some(10),
                ..query.clone()
            };
            let (ten, n) = store.index_features(&first_ten).await.unwrap();
            assert_eq!(n, 10);
            let ten = format!("[{ten}]");
            let features: Vec<truce_store::MapFeature> = serde_json::from_str(&ten).unwrap();
            let ids: Vec<&str> = features.iter().map(|f| f.properties.id).collect();
            assert_eq!(ids, listed[..10], "{audience:?}");
        }
        // Figures grouped by the database are those counted from the ledger.
        assert_eq!(store.index_figures(&query).await.unwrap(), figures);
    }
    assert!(store.verify().await.unwrap().is_intact());
    f.drop_schema().await;
}

/// An import given a judge determines the incidents it founds, exactly as an adjudication
/// would; an adjudication afterwards determines only what moved since.
async fn determinations_are_made_once_and_again_only_when_their_basis_moves(backend: Backend) {
    let (registry, agreement, files) = scenario();
    let none = ControlMap::default();
    let judge = Judge::new(&agreement, &registry, &none);
    let text = std::fs::read_to_string(repo().join(UCDP)).unwrap();
    let judged = fresh(backend).await;
    let store = &judged.store;
    store.load_scenario("tester", files).await.unwrap();
    let imported = store
        .import(
            "tester",
            UCDP,
            &registry,
            Some(judge),
            reports(&text, &registry).into_iter(),
        )
        .await
        .unwrap();
    assert_eq!((imported.founded, imported.determined), (990, 990));
    let after = store.adjudicate("system", judge, false).await.unwrap();
    assert_eq!(
        (after.incidents, after.determined, after.written),
        (990, 0, 0)
    );

    // The same file imported without a judge, then adjudicated: the same determinations.
    let (plain, _, _) = loaded(backend).await;
    let adjudicated = plain
        .store
        .adjudicate("system", judge, false)
        .await
        .unwrap();
    assert_eq!((adjudicated.determined, adjudicated.written), (990, 990));
    assert_eq!(adjudicated.per_outcome, after.per_outcome);
    // The bases differ (the reports' ledger entries are numbered otherwise); nothing else.
    let determinations = |incidents: Vec<truce_store::StoredIncident>| {
        incidents
            .into_iter()
            .map(|i| {
                let d = i.determination.expect("determined");
                assert_eq!(d.basis.len(), 16);
                (i.record.id, (d.outcome, d.clauses, d.reasons))
            })
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    let (a, b) = (
        determinations(store.incidents(&Default::default()).await.unwrap()),
        determinations(plain.store.incidents(&Default::default()).await.unwrap()),
    );
    assert_eq!(a.len(), 990);
    let differing: Vec<&String> = a.keys().filter(|id| a.get(*id) != b.get(*id)).collect();
    assert!(differing.is_empty(), "determined otherwise: {differing:?}");

    // One report revised: its incident alone is determined again.
    let mut changed = reports(&text, &registry);
    let first = changed[0].as_mut().unwrap();
    first.record.fatalities.best = Some(first.record.fatalities.best.unwrap_or(0) + 1);
    store
        .import("tester", UCDP, &registry, Some(judge), changed.into_iter())
        .await
        .unwrap();
    assert_eq!(
        store
            .adjudicate("system", judge, false)
            .await
            .unwrap()
            .determined,
        1
    );

    // A control layer loaded: every incident may be decided otherwise.
    let layer =
        std::fs::read_to_string(repo().join("scenarios/syria-2016/control.geojson")).unwrap();
    let control = ControlFile {
        name: "syria-2016-control".into(),
        path: "scenarios/syria-2016/control.geojson".into(),
        text: layer,
        records: 30,
    };
    store.load_control("tester", control).await.unwrap();
    let moved = store.adjudicate("system", judge, false).await.unwrap();
    assert_eq!(moved.determined, 990);
    let everything = store.adjudicate("system", judge, true).await.unwrap();
    assert_eq!(everything.determined, 990);
    assert_eq!(everything.per_outcome, moved.per_outcome);
    let report = store.verify().await.unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    judged.drop_schema().await;
    plain.drop_schema().await;
}

macro_rules! conformance {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name(truce_store::Backend::Sqlite).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    if std::env::var_os("TRUCE_TEST_PG_URL").is_none() {
                        println!("notice: TRUCE_TEST_PG_URL is not set; skipping the PostgreSQL run");
                        return;
                    }
                    super::$name(truce_store::Backend::Postgres).await;
                }
            )*
        }
    };
}

conformance!(
    the_index_answers_as_the_record_does,
    import_is_idempotent_and_revisions_are_recorded,
    a_malformed_file_writes_nothing,
    adjudication_is_recorded_once,
    every_changed_byte_is_caught,
    concurrent_writers_keep_one_chain,
    control_layers_are_versioned,
    documents_and_their_reports_land_together,
    reports_merge_and_people_decide,
    as_of_reproduces_what_was_known,
    users_tokens_and_publications_are_recorded,
    determinations_are_made_once_and_again_only_when_their_basis_moves,
);

/// PostgreSQL only: records in two schemas of one database write independently — the ledger's
/// lock is per record. Holding one record's lock from outside leaves the other writable,
/// while a write to the locked one waits until it is released.
#[tokio::test]
async fn records_in_other_schemas_do_not_wait_for_each_other() {
    if std::env::var_os("TRUCE_TEST_PG_URL").is_none() {
        println!("notice: TRUCE_TEST_PG_URL is not set; skipping the PostgreSQL run");
        return;
    }
    let (locked, free) = (
        fresh(Backend::Postgres).await,
        fresh(Backend::Postgres).await,
    );
    let (url, locked_schema) = locked.schema.clone().unwrap();
    let mut holder = <sqlx::PgConnection as sqlx::Connection>::connect(&url)
        .await
        .unwrap();
    sqlx::query("SELECT pg_advisory_lock(7316002, hashtext($1))")
        .bind(&locked_schema)
        .execute(&mut holder)
        .await
        .unwrap();
    // A generous bound that only a wait for the other record's lock would exceed.
    let (_, _, files) = scenario();
    let written = tokio::time::timeout(
        std::time::Duration::from_secs(60),
        free.store.load_scenario("tester", files.clone()),
    )
    .await
    .expect("a write to another record does not wait for this record's lock");
    assert!(written.unwrap());
    let store = locked.store.clone();
    let waiting = tokio::spawn(async move { store.load_scenario("tester", files).await });
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(!waiting.is_finished(), "the locked record's write waits");
    sqlx::query("SELECT pg_advisory_unlock(7316002, hashtext($1))")
        .bind(&locked_schema)
        .execute(&mut holder)
        .await
        .unwrap();
    assert!(waiting.await.unwrap().unwrap());
    locked.drop_schema().await;
    free.drop_schema().await;
}
