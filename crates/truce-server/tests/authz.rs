//! The authorisation matrix: every endpoint × every role (and no login), against fixtures
//! with published, unpublished and protected incidents — no leak, and every allowed call
//! works. Run on SQLite always, and on PostgreSQL when `TRUCE_TEST_PG_URL` is set (in a schema
//! of its own, dropped afterwards).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};
use sqlx::Row;
use tower::ServiceExt;
use truce_store::{Location, Store, User};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Filed reports: A published (the government), B unpublished (the government), C
/// unpublished (Islamic State), D published but protected (Jaysh al-Islam).
const FIXTURES: &str = r#"{"key": "a", "sub_event_type": "Air/drone strike", "date": "2016-03-05", "place": {"name": "Douma", "lat": 33.5711, "lon": 36.4029}, "actors": [{"name": "Government of Syria", "role": "perpetrator"}, {"name": "Civilians", "role": "target"}], "fatalities": {"best": 12}, "source": "SOHR"}
{"key": "b", "sub_event_type": "Shelling/artillery/missile attack", "date": "2016-03-06", "place": {"name": "Talbiseh", "lat": 34.8406, "lon": 36.7303}, "actors": [{"name": "Government of Syria", "role": "perpetrator"}], "fatalities": {"best": 3}, "source": "SOHR"}
{"key": "c", "sub_event_type": "Attack", "date": "2016-03-18", "place": {"name": "Manbij", "lat": 36.5282, "lon": 37.9550}, "actors": [{"name": "Islamic State", "role": "perpetrator"}], "fatalities": {"best": 6}, "source": "SOHR"}
{"key": "d", "sub_event_type": "Shelling/artillery/missile attack", "date": "2016-03-10", "place": {"name": "Harasta", "lat": 33.5586, "lon": 36.3650}, "actors": [{"name": "Jaysh al-Islam", "role": "perpetrator"}], "fatalities": {"best": 2}, "source": "Dr. Named Witness", "protected": true}
"#;

struct Fixture {
    store: Store,
    files: truce_store::ScenarioFiles,
    _dir: Option<tempfile::TempDir>,
    schema: Option<(String, String)>,
    tokens: Vec<(&'static str, String)>,
}

async fn fixture(postgres: bool) -> Fixture {
    let (store, dir, schema) = if postgres {
        let url = std::env::var("TRUCE_TEST_PG_URL").unwrap();
        let schema = format!(
            "truce_authz_{}_{}",
            std::process::id(),
            jiff::Timestamp::now().as_millisecond()
        );
        let store = Store::open(&Location::Postgres {
            url: url.clone(),
            schema: Some(schema.clone()),
        })
        .await
        .unwrap();
        (store, None, Some((url, schema)))
    } else {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&Location::Sqlite(dir.path().join("truce.db")))
            .await
            .unwrap();
        (store, Some(dir), None)
    };
    let dir_path = repo().join("scenarios/syria-2016");
    let read = |f: &str| std::fs::read_to_string(dir_path.join(f)).unwrap();
    let files = truce_store::ScenarioFiles {
        agreement_id: "syria-coh-2016".into(),
        terms_path: "agreement.toml".into(),
        terms_text: read("agreement.toml"),
        registry_path: "actors.toml".into(),
        registry_text: read("actors.toml"),
        zone_files: Vec::new(),
        sources: None,
    };
    let (registry, agreement) = files.compile().unwrap();
    store.load_scenario("admin", files.clone()).await.unwrap();
    let reports = truce_import::filed::read(FIXTURES.as_bytes(), "fixtures.jsonl", &registry)
        .map(|r| r.map(|(record, line)| truce_store::Report::filed(record, line)));
    store
        .import("admin", "fixtures.jsonl", &registry, None, reports)
        .await
        .unwrap();
    store
        .adjudicate(
            "system",
            truce_store::Judge::new(
                &agreement,
                &registry,
                &truce_core::control::ControlMap::default(),
            ),
            false,
        )
        .await
        .unwrap();
    store.publish("admin", "report:a", true).await.unwrap();
    store.publish("admin", "report:d", true).await.unwrap();
    let users = [
        ("root", "admin", None),
        ("mona", "monitor", None),
        ("gov", "liaison", Some("gov-syria")),
        ("jai", "liaison", Some("jaysh-al-islam")),
    ];
    let mut tokens = Vec::new();
    for (name, role, party) in users {
        store
            .save_user(
                "admin",
                User {
                    name: name.into(),
                    role: role.into(),
                    party: party.map(str::to_owned),
                    password_hash: Some(truce_server::hash_password("correct horse battery")),
                },
            )
            .await
            .unwrap();
        let token = truce_server::new_token();
        store
            .issue_token("admin", name, &truce_store::ledger::digest(&token))
            .await
            .unwrap();
        tokens.push((name, token));
    }
    Fixture {
        store,
        files,
        _dir: dir,
        schema,
        tokens,
    }
}

impl Fixture {
    fn token(&self, name: &str) -> Option<&str> {
        self.tokens
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| t.as_str())
    }

    async fn call(
        &self,
        who: &str,
        method: &str,
        uri: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let (status, _, body) = self
            .call_raw(who, method, uri, body.map(|b| b.to_string()))
            .await;
        (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
    }

    async fn call_raw(
        &self,
        who: &str,
        method: &str,
        uri: &str,
        body: Option<String>,
    ) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
        let state = truce_server::AppState::new(self.store.clone())
            .await
            .unwrap();
        let mut request = Request::builder().method(method).uri(uri);
        if let Some(token) = self.token(who) {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        if body.is_some() {
            request = request.header(header::CONTENT_TYPE, "application/json");
        }
        let response = truce_server::app(state)
            .oneshot(request.body(Body::from(body.unwrap_or_default())).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 24)
            .await
            .unwrap()
            .to_vec();
        (status, headers, bytes)
    }

    async fn last_actor(&self) -> String {
        sqlx::query("SELECT actor FROM ledger ORDER BY seq DESC LIMIT 1")
            .fetch_one(self.store.pool())
            .await
            .unwrap()
            .get(0)
    }

    async fn drop(self) {
        self.store.clone().close().await;
        if let Some((url, schema)) = self.schema {
            sqlx::any::install_default_drivers();
            let pool = sqlx::AnyPool::connect(&url).await.unwrap();
            sqlx::raw_sql(sqlx::AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
                .execute(&pool)
                .await
                .unwrap();
            pool.close().await;
        }
    }
}

const CALLERS: [&str; 5] = ["public", "root", "mona", "gov", "jai"];

fn ids(page: &Value) -> BTreeSet<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

async fn matrix(postgres: bool) {
    let f = fixture(postgres).await;
    let all = ["report:a", "report:b", "report:c", "report:d"];
    let visible = |who: &str| -> BTreeSet<String> {
        let ids: &[&str] = match who {
            "root" | "mona" => &all,
            "gov" => &["report:a", "report:b", "report:d"],
            _ => &["report:a", "report:d"],
        };
        ids.iter().map(|s| s.to_string()).collect()
    };

    for who in CALLERS {
        // Lists, one incident, figures: exactly what the role may see.
        let (status, page) = f.call(who, "GET", "/api/incidents", None).await;
        assert_eq!(status, StatusCode::OK, "{who}");
        assert_eq!(ids(&page), visible(who), "{who}: the list");
        for id in all {
            let (status, one) = f
                .call(who, "GET", &format!("/api/incidents/{id}"), None)
                .await;
            let expected = if visible(who).contains(id) {
                StatusCode::OK
            } else {
                StatusCode::NOT_FOUND
            };
            assert_eq!(status, expected, "{who} GET {id}: {one}");
        }
        // The CSV export: the same incidents, a protected place coarsened as in the list.
        let (status, headers, body) = f.call_raw(who, "GET", "/api/incidents.csv", None).await;
        assert_eq!(status, StatusCode::OK, "{who}: the CSV");
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        let mut csv = csv::Reader::from_reader(body.as_slice());
        let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
        let exported: BTreeSet<String> = rows.iter().map(|r| r[0].to_owned()).collect();
        assert_eq!(exported, visible(who), "{who}: the CSV's rows");
        let protected = rows.iter().find(|r| &r[0] == "report:d").unwrap();
        let staff = matches!(who, "root" | "mona");
        assert_eq!(
            protected.iter().any(|c| c.contains("33.5586")),
            staff,
            "{who}: {protected:?}"
        );
        let (status, figures) = f.call(who, "GET", "/api/figures", None).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(figures["incidents"], visible(who).len(), "{who}: figures");

        // Protected: source and exact place for staff only, in the list and in full.
        let listed = page["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == "report:d")
            .unwrap();
        let (status, full) = f.call(who, "GET", "/api/incidents/report:d", None).await;
        assert_eq!(status, StatusCode::OK, "{who}: {full}");
        let staff = matches!(who, "root" | "mona");
        for shown in [listed, &full] {
            let text = shown.to_string();
            assert_eq!(text.contains("33.5586"), staff, "{who}: {text}");
            assert_eq!(text.contains("Harasta"), staff, "{who}: {text}");
            assert_eq!(
                shown["location"]["admin1"], "SY03",
                "{who}: the governorate stays"
            );
        }
        let text = full.to_string();
        assert_eq!(text.contains("Named Witness"), staff, "{who}: {text}");
        assert_eq!(full["reviews"].is_array(), staff, "{who}: review history");
        let bbox = f
            .call(who, "GET", "/api/incidents?bbox=36.3,33.5,36.45,33.6", None)
            .await
            .1;
        assert_eq!(
            ids(&bbox).contains("report:d"),
            staff,
            "{who}: bbox places it"
        );
    }

    for (n, who) in CALLERS.into_iter().enumerate() {
        let staff = matches!(who, "root" | "mona");
        // Filing a report: everyone logged in; the public may not. A filer sees what it filed.
        let report = json!({"key": format!("k-{who}"), "sub_event_type": "Attack", "date": "2016-03-20",
            // Places far apart, so that the callers' reports stay apart.
            "place": {"lat": 32.8 + n as f64 * 0.5, "lon": 36.2 + n as f64 * 0.5}, "actors": [], "source": who});
        let (status, filed) = f
            .call(who, "POST", "/api/reports", Some(report.clone()))
            .await;
        if who == "public" {
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{filed}");
        } else {
            assert_eq!(status, StatusCode::OK, "{who}: {filed}");
            assert_eq!(filed["report"], format!("report:{who}.k-{who}"));
            assert_eq!(f.last_actor().await, who, "attributed in the ledger");
            let again = f.call(who, "POST", "/api/reports", Some(report)).await.1;
            assert_eq!(again["status"], "unchanged", "idempotent by key");
            let (status, _) = f
                .call(
                    who,
                    "GET",
                    &format!("/api/incidents/report:{who}.k-{who}"),
                    None,
                )
                .await;
            assert_eq!(status, StatusCode::OK, "{who} sees the report it filed");
        }

        // Staff actions: decisions, publication, the queue.
        let decision = json!({"outcome": "violation", "reason": format!("{who} read the sources"), "clauses": []});
        let (status, decided) = f
            .call(
                who,
                "POST",
                "/api/incidents/report:b/decision",
                Some(decision),
            )
            .await;
        let publication = json!({"published": false});
        let (pub_status, _) = f
            .call(
                who,
                "POST",
                "/api/incidents/report:c/publication",
                Some(publication),
            )
            .await;
        let (queue_status, _) = f.call(who, "GET", "/api/review-queue", None).await;
        let reason = json!({"reason": format!("{who} checked")});
        let (split_status, split) = f
            .call(
                who,
                "POST",
                &format!("/api/reports/report:{who}.k-{who}/split"),
                Some(reason.clone()),
            )
            .await;
        let (merge_status, merged) = f
            .call(
                who,
                "POST",
                "/api/incidents/report:a/merge/report:c",
                Some(reason),
            )
            .await;
        let expected = match who {
            "public" => StatusCode::UNAUTHORIZED,
            "gov" | "jai" => StatusCode::FORBIDDEN,
            _ => StatusCode::OK,
        };
        assert_eq!(status, expected, "{who} decide: {decided}");
        assert_eq!(pub_status, expected, "{who} publish");
        assert_eq!(queue_status, expected, "{who} queue");
        // A split needs two reports: staff get a 404 naming why; the others never get that far.
        let split_expected = if staff {
            StatusCode::NOT_FOUND
        } else {
            expected
        };
        assert_eq!(split_status, split_expected, "{who} split: {split}");
        assert_eq!(merge_status, expected, "{who} merge: {merged}");
        if staff {
            // Undo the merge, so the next caller finds the fixtures as they were.
            let back = json!({"reason": "undo"});
            let (status, _) = f
                .call(who, "POST", "/api/reports/report:c/split", Some(back))
                .await;
            assert_eq!(status, StatusCode::OK, "{who} split back");
        }
        if staff {
            assert_eq!(decided["outcome"].as_str().unwrap(), "violation");
        }
    }

    // A protected report's id is no way in for the public.
    let (status, _) = f
        .call("public", "GET", "/api/incidents/report:d", None)
        .await;
    assert_eq!(status, StatusCode::OK, "the published incident itself");

    // Bad input: located JSON errors, never a 5xx; oversize bodies refused.
    let (status, e) = f
        .call(
            "mona",
            "POST",
            "/api/incidents/report:b/decision",
            Some(json!({"outcome": "guilty", "reason": "x"})),
        )
        .await;
    assert_eq!(
        (status, e["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid")),
        "{e}"
    );
    let (status, e) = f
        .call(
            "mona",
            "POST",
            "/api/reports",
            Some(json!({"key": "x", "sub_event_type": "Attack"})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{e}");
    let huge = format!("{{\"key\": \"{}\"}}", "x".repeat(2 << 20));
    let (status, _, _) = f.call_raw("mona", "POST", "/api/reports", Some(huge)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let (status, e) = f
        .call("public", "GET", "/api/incidents?limit=0", None)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{e}");
    let (status, e) = f.call("public", "GET", "/api/nowhere", None).await;
    assert_eq!(
        (status, e["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );

    // A forged token is refused, not treated as the public.
    let state = truce_server::AppState::new(f.store.clone()).await.unwrap();
    let forged = truce_server::app(state)
        .oneshot(
            Request::get("/api/incidents")
                .header(header::AUTHORIZATION, "Bearer 00")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::UNAUTHORIZED);

    // Login: a session cookie (HttpOnly, SameSite) that then works; failures are limited.
    let login = |password: &str| json!({"name": "mona", "password": password}).to_string();
    let (status, headers, _) = f
        .call_raw(
            "public",
            "POST",
            "/api/login",
            Some(login("correct horse battery")),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let cookie = headers[header::SET_COOKIE].to_str().unwrap().to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "served over plain HTTP: {cookie}"
    );
    let session = cookie.split(';').next().unwrap().to_owned();
    assert!(session.len() > "truce_session=".len());
    // Behind a proxy that terminated TLS, the cookie travels over HTTPS only.
    let state = truce_server::AppState::new(f.store.clone()).await.unwrap();
    let proxied = truce_server::app(state)
        .oneshot(
            Request::post("/api/login")
                .header(header::CONTENT_TYPE, "application/json")
                .header("x-forwarded-proto", "https")
                .body(Body::from(login("correct horse battery")))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(proxied.status(), StatusCode::OK);
    let secure = proxied.headers()[header::SET_COOKIE].to_str().unwrap();
    assert!(secure.contains("; Secure"), "{secure}");
    let state = truce_server::AppState::new(f.store.clone()).await.unwrap();
    let with_cookie = truce_server::app(state)
        .oneshot(
            Request::get("/api/review-queue")
                .header(header::COOKIE, session.clone())
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(with_cookie.status(), StatusCode::OK);
    // Logging out ends the session: the same cookie then opens nothing.
    let state = truce_server::AppState::new(f.store.clone()).await.unwrap();
    let out = truce_server::app(state.clone())
        .oneshot(
            Request::post("/api/logout")
                .header(header::COOKIE, session.clone())
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    let after = truce_server::app(state)
        .oneshot(
            Request::get("/api/review-queue")
                .header(header::COOKIE, session)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(
        after.status(),
        StatusCode::UNAUTHORIZED,
        "a revoked session"
    );
    let state = truce_server::AppState::new(f.store.clone()).await.unwrap();
    let app = truce_server::app(state);
    let mut last = StatusCode::OK;
    for _ in 0..6 {
        last = app
            .clone()
            .oneshot(
                Request::post("/api/login")
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Body::from(login("wrong")))
                    .unwrap(),
            )
            .await
            .unwrap()
            .status();
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);

    // New terms loaded while the server runs are the ones it files and decides under.
    let state = truce_server::AppState::new(f.store.clone()).await.unwrap();
    let mut files = f.files.clone();
    files.registry_text.push_str(
        "\n[[actor]]\nid = \"brand-new-brigade\"\nname = \"Brand New Brigade\"\nkind = \"rebel_group\"\n",
    );
    f.store.load_scenario("admin", files).await.unwrap();
    let report = json!({"key": "new", "sub_event_type": "Attack", "date": "2016-03-21",
        "place": {"lat": 35.2, "lon": 38.9}, "actors": [{"name": "Brand New Brigade", "role": "perpetrator"}], "source": "x"});
    let filed = truce_server::app(state)
        .oneshot(
            Request::post("/api/reports")
                .header(
                    header::AUTHORIZATION,
                    format!("Bearer {}", f.token("mona").unwrap()),
                )
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(report.to_string()))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(filed.status(), StatusCode::OK);
    let (_, one) = f
        .call("mona", "GET", "/api/incidents/report:mona.new", None)
        .await;
    assert_eq!(one["actors"][0]["actor_id"], "brand-new-brigade", "{one}");

    // The description of it all.
    let (status, spec) = f.call("public", "GET", "/openapi.json", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(spec["paths"]["/api/incidents"].is_object());

    let report = f.store.verify().await.unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    f.drop().await;
}

#[tokio::test]
async fn every_endpoint_for_every_role_on_sqlite() {
    matrix(false).await;
}

#[tokio::test]
async fn every_endpoint_for_every_role_on_postgresql() {
    if std::env::var_os("TRUCE_TEST_PG_URL").is_none() {
        println!("notice: TRUCE_TEST_PG_URL is not set; skipping the PostgreSQL run");
        return;
    }
    matrix(true).await;
}
