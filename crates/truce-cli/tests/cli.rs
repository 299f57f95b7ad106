//! The `truce` binary, driven as a user drives it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn truce(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_truce"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the truce binary runs")
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/terms")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn terms_check_accepts_the_shipped_scenarios() {
    let out = truce(
        &[
            "terms",
            "check",
            "scenarios/syria-2016/agreement.toml",
            "scenarios/idlib-2020/agreement.toml",
        ],
        &repo(),
    );
    assert!(
        out.status.success(),
        "stdout:\n{}\nstderr:\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert_eq!(
        text(&out.stdout)
            .lines()
            .filter(|l| l.contains(": ok ("))
            .count(),
        2
    );
}

#[test]
fn terms_check_accepts_a_valid_file() {
    let out = truce(&["terms", "check", "valid.toml"], &fixtures());
    assert!(out.status.success(), "{}", text(&out.stdout));
}

/// Each broken file's first line says the message it must produce: `# expect: file:line:col: …`.
#[test]
fn broken_terms_files_fail_with_a_located_message() {
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if !name.starts_with("broken-") {
            continue;
        }
        let contents = std::fs::read_to_string(&path).unwrap();
        let expected = contents
            .lines()
            .next()
            .unwrap()
            .strip_prefix("# expect: ")
            .expect("an expect line")
            .to_owned();
        let out = truce(&["terms", "check", &name], &fixtures());
        let stdout = text(&out.stdout);
        assert!(!out.status.success(), "{name} passed the check");
        assert!(
            stdout.lines().any(|l| l.starts_with(&expected)),
            "{name}: expected a line starting with\n  {expected}\ngot:\n{stdout}"
        );
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} broken fixtures found");
}

#[test]
fn terms_check_reports_every_file_and_fails_if_one_is_broken() {
    let out = truce(
        &[
            "terms",
            "check",
            "valid.toml",
            "broken-unknown-actor.toml",
            "missing.toml",
        ],
        &fixtures(),
    );
    assert!(!out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("valid.toml: ok"), "{stdout}");
    assert!(
        stdout.contains("broken-unknown-actor.toml:22:9: unknown actor `govt`"),
        "{stdout}"
    );
    assert!(
        stdout.contains("missing.toml:1:1: cannot read the file"),
        "{stdout}"
    );
}

#[test]
fn resolve_maps_spellings_and_scripts_to_one_actor() {
    let out = truce(
        &[
            "resolve",
            "Jabhat Fateh al-Sham",
            "HTS: Hayat Tahrir al Sham",
            "جبهة النصرة",
            "Tahrir al- Sham Army",
        ],
        &repo(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let ids: Vec<&str> = stdout
        .lines()
        .map(|l| l.split('\t').nth(1).unwrap().split(' ').next().unwrap())
        .collect();
    assert_eq!(ids[0], "nusra");
    assert_eq!(ids[1], "nusra");
    assert_eq!(ids[2], "nusra");
    assert_ne!(ids[3], "nusra", "Tahrir al-Sham Army is not HTS");
}

#[test]
fn demo_determines_every_real_event_and_explains_examples() {
    let out = truce(&["demo"], &std::env::temp_dir());
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "stderr:\n{}", text(&out.stderr));
    assert!(
        stdout.contains("== 990 events from data/ucdp/ged_syria_2016-02_to_2016-03.csv =="),
        "{stdout}"
    );
    // The outcome counts add up to every event read.
    let determinations = stdout.split("== Determinations ==").nth(1).unwrap();
    let total: usize = determinations
        .lines()
        .skip(1)
        .take(5)
        .map(|l| {
            l.split_whitespace()
                .nth(1)
                .unwrap()
                .parse::<usize>()
                .unwrap()
        })
        .sum();
    assert_eq!(total, 990);
    assert!(stdout.contains(
        "commencement          2016-02-27 00:00 Asia/Damascus (= 2016-02-26T22:00:00Z UTC)"
    ));
    assert!(
        stdout.contains("  outcome  permitted — clauses coh.excluded"),
        "{stdout}"
    );
    assert!(
        stdout.contains(": intact — 2973 ledger entries chain correctly"),
        "{stdout}"
    );
    assert!(
        stdout.contains("is after commencement 2016-02-27 00:00 Asia/Damascus"),
        "{stdout}"
    );
}

// ---------------------------------------------------------------------------------------
// The record, through the binary.

/// A scratch directory with a record in it (`truce.db`), and a runner for commands there.
struct Record {
    dir: tempfile::TempDir,
}

impl Record {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_truce"));
        command
            .args(args)
            .current_dir(self.dir.path())
            .env_remove("TRUCE_DB")
            .env_remove("TRUCE_DATABASE_URL");
        command
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("the truce binary runs")
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "truce {args:?} failed:\nstdout:\n{}\nstderr:\n{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stdout)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

fn ucdp_file() -> String {
    repo()
        .join("data/ucdp/ged_syria_2016-02_to_2016-03.csv")
        .display()
        .to_string()
}

fn loaded_record() -> Record {
    let r = Record::new();
    r.ok(&["init"]);
    r.ok(&[
        "load",
        &repo().join("scenarios/syria-2016").display().to_string(),
    ]);
    let imported = r.ok(&["import", "ucdp", &ucdp_file()]);
    assert!(
        imported.contains("990 rows read: 990 new, 0 revised, 0 unchanged"),
        "{imported}"
    );
    assert!(
        imported.contains("determined: 990 founded incidents, as they were written"),
        "{imported}"
    );
    r
}

#[test]
fn a_record_is_built_queried_and_verified_through_the_cli() {
    let r = loaded_record();
    let again = r.ok(&["import", "ucdp", &ucdp_file()]);
    assert!(
        again.contains("990 rows read: 0 new, 0 revised, 990 unchanged"),
        "{again}"
    );
    // The import determined what it founded: nothing is left, unless asked for everything.
    let adjudicated = r.ok(&["adjudicate"]);
    assert!(
        adjudicated.contains("990 incidents under syria-coh-2016: 0 determined now"),
        "{adjudicated}"
    );
    let everything = r.ok(&["adjudicate", "--all"]);
    assert!(
        everything.contains(
            "990 incidents under syria-coh-2016: 990 determined now (every one, as asked), 0 determinations written"
        ),
        "{everything}"
    );

    // JSON lines carry the documented fields, and the filters hold.
    let lines = r.ok(&[
        "incidents",
        "--format",
        "jsonl",
        "--outcome",
        "permitted",
        "--admin1",
        "SY04",
        "--from",
        "2016-03-01",
    ]);
    let rows: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!rows.is_empty());
    for row in &rows {
        for key in [
            "id",
            "refs",
            "date_start",
            "date_end",
            "event_type",
            "sub_event_type",
            "location",
            "actors",
            "fatalities",
            "determination",
        ] {
            assert!(row.get(key).is_some(), "missing {key} in {row}");
        }
        assert_eq!(row["determination"]["outcome"], "permitted");
        assert_eq!(row["determination"]["clauses"][0], "coh.excluded");
        assert_eq!(row["location"]["admin1"], "SY04");
        assert!(row["date_start"].as_str().unwrap() >= "2016-03-01");
        assert!(row["determination"]["reasons"].as_array().unwrap().len() >= 3);
        assert_eq!(row["determination"]["terms_version"], "2016-02-22");
    }
    let by_actor = r.ok(&["incidents", "--format", "jsonl", "--actor", "Daesh"]);
    assert!(by_actor.lines().count() > 100);
    assert!(
        by_actor
            .lines()
            .all(|l| l.contains("\"actor_id\":\"isil\""))
    );

    let csv_out = r.ok(&["incidents", "--format", "csv", "--outcome", "needs_review"]);
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    let outcome_col = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "outcome")
        .unwrap();
    let records: Vec<_> = reader.records().map(Result::unwrap).collect();
    assert!(!records.is_empty());
    assert!(
        records
            .iter()
            .all(|rec| &rec[outcome_col] == "needs_review")
    );

    let geojson: serde_json::Value =
        serde_json::from_str(&r.ok(&["incidents", "--format", "geojson", "--to", "2016-02-10"]))
            .unwrap();
    assert_eq!(geojson["type"], "FeatureCollection");
    let features = geojson["features"].as_array().unwrap();
    assert!(!features.is_empty());
    assert!(features.iter().all(|f| f["geometry"]["type"] == "Point"
        && f["properties"]["date_start"].as_str().unwrap() <= "2016-02-10"));

    let shown = r.ok(&["show", "ucdp:216625"]);
    assert!(shown.contains("Saraf village"), "{shown}");
    assert!(shown.contains("outcome  needs_review"), "{shown}");
    assert!(
        shown.contains("Syrian insurgents mixes parties of different standing"),
        "{shown}"
    );
    let missing = r.run(&["show", "ucdp:1"]);
    assert!(!missing.status.success());
    assert!(text(&missing.stderr).contains("no incident or report \"ucdp:1\""));

    let verified = r.ok(&["verify"]);
    assert!(
        verified.contains("intact — 2973 ledger entries"),
        "{verified}"
    );
}

#[test]
fn import_refuses_a_malformed_file_and_writes_nothing() {
    let r = loaded_record();
    let original = std::fs::read_to_string(ucdp_file()).unwrap();
    // New ids, and one impossible date in the fifth data row's date_start.
    let mut reader = csv::Reader::from_reader(original.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(reader.headers().unwrap()).unwrap();
    for (i, row) in reader.records().enumerate() {
        let mut fields: Vec<String> = row.unwrap().iter().map(str::to_owned).collect();
        fields[0] = format!("7{}", fields[0]);
        if i == 4 {
            fields[32] = "2016-14-02".to_owned();
        }
        writer.write_record(&fields).unwrap();
    }
    std::fs::write(r.path("bad.csv"), writer.into_inner().unwrap()).unwrap();
    let out = r.run(&["import", "ucdp", "bad.csv"]);
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr
            .contains("bad.csv:6:33: date_start: `2016-14-02` is not a date (expected YYYY-MM-DD)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("nothing from this file was written"),
        "{stderr}"
    );
    assert_eq!(
        r.ok(&["incidents", "--format", "jsonl"]).lines().count(),
        990
    );
    r.ok(&["verify"]);
}

#[test]
fn commands_that_need_a_scenario_say_how_to_load_one() {
    let r = Record::new();
    let out = r.run(&["import", "ucdp", &ucdp_file()]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr)
            .contains("no scenario is loaded: run `truce load scenarios/syria-2016` first")
    );
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::{BufRead, BufReader};
    let r = loaded_record();
    r.ok(&["adjudicate"]);
    // The reader takes one line and goes away; the lists are far larger than a pipe's
    // buffer, so their writer meets the closed pipe.
    for args in [
        &["incidents", "--format", "jsonl"][..],
        &["incidents", "--format", "geojson"],
        &["incidents", "--format", "csv"],
        &["incidents"],
        &["figures"],
        &["review", "queue"],
    ] {
        let mut child = r
            .command(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(!first.is_empty(), "{args:?}");
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "truce {args:?}: {:?} {}",
            out.status,
            text(&out.stderr)
        );
    }
}

#[test]
fn verify_catches_a_changed_byte_in_the_database_file() {
    let r = loaded_record();
    r.ok(&["adjudicate"]);
    r.ok(&["verify"]);
    // Change one byte of a stored place name, as a careless or hostile edit of the file would:
    // each place the name is stored at, in turn.
    let path = r.path("truce.db");
    let pristine = std::fs::read(&path).unwrap();
    let needle = b"Saraf village";
    let places: Vec<usize> = pristine
        .windows(needle.len())
        .enumerate()
        .filter(|(_, w)| *w == needle)
        .map(|(i, _)| i)
        .collect();
    assert!(
        places.len() >= 3,
        "stored in the ledger, the incident row and its raw columns"
    );
    for at in places {
        let mut bytes = pristine.clone();
        bytes[at] = b'T';
        std::fs::write(&path, &bytes).unwrap();
        let out = r.run(&["verify"]);
        assert!(!out.status.success(), "byte {at}: {}", text(&out.stdout));
        let report = format!("{}{}", text(&out.stdout), text(&out.stderr));
        assert!(
            report.contains("BROKEN") || report.contains("database"),
            "byte {at}: {report}"
        );
    }
    std::fs::write(&path, &pristine).unwrap();
    r.ok(&["verify"]);
}

/// Kills the importer at random moments: afterwards the record holds none or all of the file,
/// and verifies.
#[test]
fn a_killed_import_leaves_none_or_all_of_the_file() {
    use std::time::Duration;
    let r = loaded_record();
    // A bigger file: the bundled events ten times over, with new ids.
    let original = std::fs::read_to_string(ucdp_file()).unwrap();
    let mut reader = csv::Reader::from_reader(original.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(reader.headers().unwrap()).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    for copy in 1..=10 {
        for row in &rows {
            let mut fields: Vec<String> = row.iter().map(str::to_owned).collect();
            fields[0] = format!("{copy}0{}", fields[0]);
            writer.write_record(&fields).unwrap();
        }
    }
    std::fs::write(r.path("big.csv"), writer.into_inner().unwrap()).unwrap();
    let total = rows.len() * 10;
    let mut seed = 0x9E37_79B9_u64;
    let (mut nothing, mut everything) = (0, 0);
    for round in 0..8 {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let delay = Duration::from_millis(50 + (seed >> 33) % 1500);
        let mut child = r
            .command(&["import", "ucdp", "big.csv"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL on Unix
        let status = child.wait().unwrap();
        let count = r.ok(&["incidents", "--format", "jsonl"]).lines().count() - 990;
        assert!(
            count == 0 || count == total,
            "round {round} (killed after {delay:?}, {status}): {count} of {total} rows landed"
        );
        let verified = r.ok(&["verify"]);
        assert!(verified.contains("intact"), "round {round}: {verified}");
        if count == 0 {
            nothing += 1;
        } else {
            everything += 1;
            break;
        }
    }
    println!("killed imports: {nothing} left nothing, {everything} had completed");
    assert!(
        nothing > 0,
        "no import was killed before it committed: the test proved nothing"
    );
}

/// Two importer processes on one PostgreSQL record: one unbroken chain, both files in full.
#[test]
fn two_processes_write_one_chain_on_postgresql() {
    let Ok(url) = std::env::var("TRUCE_TEST_PG_URL") else {
        println!("notice: TRUCE_TEST_PG_URL is not set; skipping the PostgreSQL run");
        return;
    };
    let schema = format!(
        "truce_cli_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis()
    );
    let r = Record::new();
    let pg = |args: &[&str]| -> Command {
        let mut c = r.command(args);
        c.env("TRUCE_DATABASE_URL", &url)
            .env("TRUCE_DB_SCHEMA", &schema);
        c
    };
    let ok = |mut c: Command| {
        let out = c.output().unwrap();
        assert!(
            out.status.success(),
            "{}\n{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stdout)
    };
    ok(pg(&[
        "load",
        &repo().join("scenarios/syria-2016").display().to_string(),
    ]));
    let original = std::fs::read_to_string(ucdp_file()).unwrap();
    for (name, prefix) in [("a.csv", "1"), ("b.csv", "2")] {
        let mut reader = csv::Reader::from_reader(original.as_bytes());
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(reader.headers().unwrap()).unwrap();
        for row in reader.records() {
            let mut fields: Vec<String> = row.unwrap().iter().map(str::to_owned).collect();
            fields[0] = format!("{prefix}{}", fields[0]);
            writer.write_record(&fields).unwrap();
        }
        std::fs::write(r.path(name), writer.into_inner().unwrap()).unwrap();
    }
    let children: Vec<_> = ["a.csv", "b.csv"]
        .iter()
        .map(|f| pg(&["import", "ucdp", f]).spawn().unwrap())
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let verified = ok(pg(&["verify"]));
    assert!(
        // The scenario, its control layer, the files' columns (once: the same header), then
        // per file 990 reports, their 990 places and the 990 incidents' determinations.
        verified.contains(&format!("(schema {schema}): intact — 5943 ledger entries")),
        "{verified}"
    );
    assert_eq!(
        ok(pg(&["incidents", "--format", "jsonl"])).lines().count(),
        1980
    );
    // Leave the shared database as it was, where the client is at hand.
    let _ = Command::new("psql")
        .args([
            url.as_str(),
            "-qc",
            &format!("DROP SCHEMA {schema} CASCADE"),
        ])
        .output();
}

#[test]
fn a_registry_file_alone_replaces_the_registry_after_the_terms_are_checked_against_it() {
    let r = Record::new();
    let scenario = repo().join("scenarios/syria-2016");
    r.ok(&["load", &scenario.display().to_string()]);
    let registry = std::fs::read_to_string(scenario.join("actors.toml")).unwrap();
    // A registry that lacks an actor the terms name is refused, with the terms' location.
    let without_hnc = registry
        .replace("id = \"hnc\"", "id = \"hnc-renamed\"")
        .replace("parent = \"hnc\"", "parent = \"hnc-renamed\"");
    std::fs::write(r.path("broken-actors.toml"), without_hnc).unwrap();
    let out = r.run(&["load", "broken-actors.toml"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("agreement.toml:"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        text(&out.stderr).contains("unknown actor `hnc`"),
        "{}",
        text(&out.stderr)
    );
    // One more alias is accepted and used.
    let extended = registry.replacen(
        "aliases = [",
        "aliases = [\"Hay'at al-Tafawud al-Ulya\", ",
        1,
    );
    std::fs::write(r.path("actors.toml"), extended).unwrap();
    let loaded = r.ok(&["load", "actors.toml"]);
    assert!(loaded.starts_with("loaded syria-coh-2016"), "{loaded}");
}

/// What a monitor reads for one incident, and one JSON line, pinned: a change to either shows
/// up in review as a snapshot diff.
#[test]
fn one_incident_as_a_monitor_and_a_program_read_it() {
    let r = loaded_record();
    r.ok(&["adjudicate"]);
    insta::assert_snapshot!("show_ucdp_216625", r.ok(&["show", "ucdp:216625"]));
    let line = r.ok(&[
        "incidents",
        "--format",
        "jsonl",
        "--from",
        "2016-03-23",
        "--to",
        "2016-03-23",
        "--actor",
        "isil",
    ]);
    let first: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    insta::assert_snapshot!(
        "jsonl_first_isil_2016_03_23",
        serde_json::to_string_pretty(&first).unwrap()
    );
}

/// The two complete examples in docs/terms-format.md (a registry, then terms against it) stay
/// valid as the format changes.
#[test]
fn the_documented_examples_pass_the_check() {
    let doc = std::fs::read_to_string(repo().join("docs/terms-format.md")).unwrap();
    let blocks: Vec<&str> = doc
        .split("```toml\n")
        .skip(1)
        .map(|b| b.split("\n```").next().unwrap())
        .collect();
    assert_eq!(
        blocks.len(),
        2,
        "expected the registry example and the terms example"
    );
    let r = Record::new();
    std::fs::write(r.path("actors.toml"), blocks[0]).unwrap();
    std::fs::write(r.path("agreement.toml"), blocks[1]).unwrap();
    let checked = r.ok(&["terms", "check", "agreement.toml"]);
    assert!(checked.starts_with("agreement.toml: ok"), "{checked}");
}

/// The gazetteer through the binary: spellings and scripts, ambiguity and the admin hint.
#[test]
fn places_search_finds_spellings_and_reports_ambiguity() {
    let table = truce(&["places", "search", "Maarrat An Nu'man"], &repo());
    assert!(table.status.success());
    insta::assert_snapshot!("places_search_maarrat", text(&table.stdout));
    let arabic = truce(
        &[
            "places",
            "search",
            "معرة النعمان",
            "--format",
            "jsonl",
            "--limit",
            "1",
        ],
        &repo(),
    );
    let best: serde_json::Value = serde_json::from_str(text(&arabic.stdout).trim()).unwrap();
    assert_eq!(best["admin1"], "SY07");
    let ambiguous = truce(&["places", "search", "Suran", "--format", "jsonl"], &repo());
    let lines: Vec<serde_json::Value> = text(&ambiguous.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.iter().all(|l| l["ambiguous"] == true), "{lines:?}");
    let in_aleppo = truce(
        &[
            "places", "search", "Suran", "--within", "Aleppo", "--limit", "1", "--format", "jsonl",
        ],
        &repo(),
    );
    let best: serde_json::Value = serde_json::from_str(text(&in_aleppo.stdout).trim()).unwrap();
    assert_eq!(best["admin1"], "SY02", "{best}");
    let nothing = truce(&["places", "search", "Atlantis"], &repo());
    assert!(!nothing.status.success());
    assert!(text(&nothing.stderr).contains("no place named \"Atlantis\""));
}

/// Control through the binary: the shipped layer answers who held a place; a broken layer is
/// refused with located messages and nothing of it is loaded; a change of hands between bound
/// parties becomes an allegation under the territory clause.
#[test]
fn control_layers_are_loaded_queried_and_alleged() {
    let r = Record::new();
    r.ok(&[
        "load",
        &repo().join("scenarios/syria-2016").display().to_string(),
    ]);
    let douma = r.ok(&["control", "at", "33.5711,36.4029", "--time", "2016-03-01"]);
    assert!(douma.contains("is in Duma (SY030200)"), "{douma}");
    assert!(douma.contains("jaysh-al-islam"), "{douma}");
    let palmyra = r.ok(&["control", "history", "Palmyra"]);
    let isil = palmyra.find("isil ").expect("ISIL held Palmyra first");
    let gov = palmyra.find("gov-syria ").expect("then the government");
    assert!(isil < gov, "{palmyra}");

    std::fs::write(
        r.path("broken.geojson"),
        r#"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "id": "a", "geometry": null, "properties": {"holder": "nobody", "pcode": "SY03", "valid_from": "2016-01-01", "source": "x"}},
  {"type": "Feature", "id": "b", "geometry": null, "properties": {"holder": "fsa", "pcode": "SY99", "valid_from": "2016-01-01", "source": "x"}},
  {"type": "Feature", "id": "c", "geometry": null, "properties": {"holder": "fsa", "pcode": "SY03", "valid_from": "2016-02-01", "valid_to": "2016-01-01"}},
  {"type": "Feature", "id": "d", "geometry": null, "properties": {"holder": "fsa", "place": "Suran", "valid_from": "2016-01-01", "source": "x"}}
]}"#,
    )
    .unwrap();
    let broken = r.run(&["load", "control", "broken.geojson"]);
    assert!(!broken.status.success());
    let layers = r.ok(&["control", "history", "33.5711,36.4029"]);
    assert!(
        !layers.contains("broken"),
        "nothing of the broken layer is loaded: {layers}"
    );
    let err = text(&broken.stderr);
    for expected in [
        "5 problem(s) found, nothing loaded:",
        "broken.geojson:2:67: record `a`: unknown holder `nobody`",
        "broken.geojson:3:84: record `b`: unknown p-code `SY99`",
        "broken.geojson:4:129: record `c`: `valid_to` is not after `valid_from`",
        "broken.geojson:4:3: record `c` has no `source`",
        "broken.geojson:5:84: record `d`: `place` \"Suran\" names more than one place: give `lat` and `lon`",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }

    std::fs::write(
        r.path("changes.geojson"),
        r#"{"type": "FeatureCollection", "name": "field-reports", "time_zone": "Asia/Damascus", "features": [
  {"type": "Feature", "id": "arbin-before", "geometry": null, "properties": {"holder": "jaysh-al-islam", "pcode": "SY030106", "valid_from": "2016-02-01", "valid_to": "2016-03-10", "source": "monitor report 12"}},
  {"type": "Feature", "id": "arbin-after", "geometry": null, "properties": {"holder": "gov-syria", "pcode": "SY030106", "valid_from": "2016-03-10", "source": "monitor report 19"}}
]}"#,
    )
    .unwrap();
    // A place named without coordinates is found in the gazetteer.
    std::fs::write(
        r.path("named.geojson"),
        r#"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "id": "talbiseh", "geometry": null, "properties": {"holder": "fsa", "place": "Talbiseh", "radius_km": 2, "valid_from": "2016-01-01", "source": "monitor report 3"}}
]}"#,
    )
    .unwrap();
    r.ok(&["load", "control", "named.geojson"]);
    let talbiseh = r.ok(&["control", "history", "Talbisah"]);
    assert!(talbiseh.contains("[named/talbiseh]"), "{talbiseh}");

    let loaded = r.ok(&["load", "control", "changes.geojson"]);
    assert!(loaded.contains("1 territorial allegation(s)"), "{loaded}");
    let again = r.ok(&["load", "control", "changes.geojson"]);
    assert!(
        again.contains("already loaded: control layer field-reports"),
        "{again}"
    );
    assert!(again.contains("0 new, 0 revised, 1 unchanged"), "{again}");
    r.ok(&["adjudicate"]);
    let shown = r.ok(&["show", "control:field-reports:arbin-before>arbin-after"]);
    assert!(
        shown.contains("outcome  violation — clauses coh.2, coh.3"),
        "{shown}"
    );
    assert!(shown.contains("breaks clause coh.3"), "{shown}");
    let verified = r.ok(&["verify"]);
    assert!(verified.contains("intact"), "{verified}");
}

/// A live blog through the binary (its entries' time stamps are read by patterns the tests'
/// own dependencies must not be what makes valid): the later entry's toll is the newer.
#[test]
fn extract_reads_a_live_blog_by_its_clock() {
    let r = Record::new();
    std::fs::write(
        r.path("blog.txt"),
        "Syria: air strikes hit families crossing the Euphrates – live\n\n\
         09:35 GMT: Activists say warplanes struck rafts carrying families across the Euphrates \
         near the town of al-Ashara early this morning. At least 14 people were killed.\n\n\
         13:40 GMT: In Geneva, the UN envoy urged all parties to protect civilians.\n\n\
         17:30 GMT: The Syrian Observatory for Human Rights now says 34 civilians were killed in \
         the strikes on the Euphrates crossings near al-Ashara.\n",
    )
    .unwrap();
    let out = r.ok(&["extract", "--date", "2017-10-03", "blog.txt"]);
    let first: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(first["sub_event_type"], "Air/drone strike", "{out}");
    assert_eq!(first["fatalities"]["best"], 34, "{out}");
}

/// `truce extract` through the binary: one text with its date, and a batch whose lines keep
/// their documents' ids and order; a malformed batch line is located.
#[test]
fn extract_reads_notes_and_batches() {
    let r = Record::new();
    std::fs::write(
        r.path("note.txt"),
        "On 2 March 2016, regime forces shelled Talbiseh town in northern Homs countryside. Casualties unknown.",
    )
    .unwrap();
    let one = r.ok(&[
        "extract",
        "--date",
        "2016-03-03",
        "--source",
        "monitor",
        "note.txt",
    ]);
    let c: serde_json::Value = serde_json::from_str(one.lines().next().unwrap()).unwrap();
    assert_eq!(c["kind"], "incident");
    assert_eq!(c["sub_event_type"], "Shelling/artillery/missile attack");
    assert_eq!(c["date_start"], "2016-03-02");
    assert_eq!(c["location"]["admin1"], "SY04");
    assert_eq!(c["actors"][0]["actor_id"], "gov-syria");
    assert_eq!(c["sources"][0]["name"], "monitor");
    let span = c["evidence"]["event"].as_array().unwrap();
    assert_eq!(
        (span[0].as_u64(), span[1].as_u64()),
        (Some(31), Some(38)),
        "`shelled`"
    );

    let docs: Vec<String> = (0..600)
        .map(|i| {
            serde_json::json!({
                "id": format!("doc-{i}"),
                "date": "2016-03-10",
                "source": "monitor",
                "text": format!("On 9 March 2016, {} people were killed in an air strike on Saraqib.", i + 1),
            })
            .to_string()
        })
        .collect();
    std::fs::write(r.path("batch.jsonl"), docs.join("\n")).unwrap();
    let out = r.ok(&["extract", "--batch", "batch.jsonl"]);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 600, "one candidate per document");
    for (i, c) in lines.iter().enumerate() {
        assert_eq!(c["doc_id"], format!("doc-{i}"), "documents stay in order");
        assert_eq!(c["fatalities"]["best"], i + 1);
    }

    std::fs::write(
        r.path("bad.jsonl"),
        format!("{}\n{{\"id\": 1, \"text\": \"x\"}}\n", docs[0]),
    )
    .unwrap();
    let bad = r.run(&["extract", "--batch", "bad.jsonl"]);
    assert!(!bad.status.success());
    assert!(
        text(&bad.stderr).contains("bad.jsonl:2:"),
        "{}",
        text(&bad.stderr)
    );
    assert!(
        text(&bad.stderr).contains("missing field `date`"),
        "{}",
        text(&bad.stderr)
    );
    assert_eq!(
        text(&bad.stdout).lines().count(),
        1,
        "the document before it is read"
    );

    // A malformed line deep in a batch (read by several threads in chunks): everything before
    // it is written, in order, and nothing after it.
    let mut broken = docs.clone();
    broken[300] = "{\"id\": \"doc-300\", \"date\": \"10 March\"}".to_owned();
    std::fs::write(r.path("broken.jsonl"), broken.join("\n")).unwrap();
    let run = r.run(&["extract", "--batch", "broken.jsonl"]);
    assert!(!run.status.success());
    assert!(
        text(&run.stderr).contains("broken.jsonl:301:"),
        "{}",
        text(&run.stderr)
    );
    let ids: Vec<String> = text(&run.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["doc_id"].to_string())
        .collect();
    let expected: Vec<String> = (0..300).map(|i| format!("\"doc-{i}\"")).collect();
    assert_eq!(ids, expected);
}

/// `truce ingest news`: each document a source, its incidents reports (determined like any
/// other), the rest its timeline; idempotent; the text kept only when asked.
#[test]
fn ingest_news_takes_in_reports_and_keeps_text_only_when_asked() {
    let r = Record::new();
    r.ok(&[
        "load",
        &repo().join("scenarios/syria-2016").display().to_string(),
    ]);
    let note = "On 2 March 2016, regime forces shelled Talbiseh town in northern Homs countryside, killing 3 civilians. \
                The talks had been scheduled to resume on March 9.";
    std::fs::write(r.path("note.txt"), note).unwrap();
    let first = r.ok(&[
        "ingest",
        "news",
        "note.txt",
        "--date",
        "2016-03-03",
        "--source",
        "monitor",
    ]);
    assert!(
        first.contains("1 document(s) read (1 new): 1 report(s) (1 new"),
        "{first}"
    );
    assert!(
        first.contains("1 timeline fact(s); texts not kept"),
        "{first}"
    );
    let again = r.ok(&[
        "ingest",
        "news",
        "note.txt",
        "--date",
        "2016-03-03",
        "--source",
        "monitor",
    ]);
    assert!(
        again.contains("(0 new): 1 report(s) (0 new, 0 revised, 1 unchanged)"),
        "{again}"
    );
    r.ok(&["adjudicate"]);
    let listed = r.ok(&["incidents", "--format", "jsonl"]);
    let incident: serde_json::Value = serde_json::from_str(listed.lines().next().unwrap()).unwrap();
    assert_eq!(
        incident["sub_event_type"],
        "Shelling/artillery/missile attack"
    );
    assert_eq!(incident["fatalities"]["best"], 3);
    assert_eq!(incident["location"]["admin1"], "SY04");
    assert!(
        incident["refs"][0].as_str().unwrap().starts_with("doc:"),
        "{incident}"
    );
    r.ok(&["verify"]);
    // The database and its write-ahead log, whichever holds the latest pages.
    let stored = || {
        let mut bytes = std::fs::read(r.path("truce.db")).unwrap();
        bytes.extend(std::fs::read(r.path("truce.db-wal")).unwrap_or_default());
        bytes
    };
    let db = stored();
    let has = |needle: &str| db.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(
        !has("scheduled to resume"),
        "the text is not kept without --keep-text"
    );
    let missing_date = r.run(&["ingest", "news", "note.txt"]);
    assert!(!missing_date.status.success());
    assert!(
        text(&missing_date.stderr).contains("needs --date"),
        "{}",
        text(&missing_date.stderr)
    );
    std::fs::write(r.path("kept.txt"), format!("{note} Kept for the record.")).unwrap();
    r.ok(&[
        "ingest",
        "news",
        "kept.txt",
        "--date",
        "2016-03-03",
        "--keep-text",
    ]);
    assert!(
        stored().windows(20).any(|w| w == b"Kept for the record."),
        "kept with --keep-text"
    );
}

#[test]
fn a_monitors_note_joins_its_event_people_review_it_and_published_figures_stand_as_of() {
    let r = loaded_record();
    r.ok(&["adjudicate"]);
    let published = r.ok(&["figures"]);
    assert!(
        published.contains("== Per day after commencement"),
        "{published}"
    );
    std::thread::sleep(std::time::Duration::from_millis(20));
    let then = jiff::Timestamp::now().to_string();
    std::thread::sleep(std::time::Duration::from_millis(20));

    // A monitor's note on UCDP event 217080 (Manbij, 18 March 2016) joins it.
    std::fs::write(
        r.path("note.txt"),
        "On 18 March 2016, Islamic State militants executed eight civilians in Manbij, the Syrian Observatory for Human Rights said.",
    )
    .unwrap();
    let ingested = r.ok(&[
        "ingest",
        "news",
        "note.txt",
        "--date",
        "2016-03-19",
        "--source",
        "monitor",
    ]);
    assert!(
        ingested.contains("merging: 1 joined incidents already in the record, 0 founded"),
        "{ingested}"
    );
    let shown = r.ok(&["show", "ucdp:217080"]);
    assert!(shown.contains("(2 reports;"), "{shown}");
    assert!(shown.contains("joined, score"), "{shown}");
    assert!(
        shown.contains("weak: a single source: SOHR"),
        "UCDP citing SOHR and a note quoting SOHR are one source: {shown}"
    );
    assert!(
        shown.contains("deaths   low 8 / best 8 / high 8"),
        "one toll of six and one of eight make eight, not fourteen: {shown}"
    );

    // The accused side's denial is a report like any other: it joins, and contests.
    std::fs::write(
        r.path("filed.jsonl"),
        concat!(
            r#"{"key": "amaq-0318", "sub_event_type": "Attack", "date": "2016-03-18", "place": {"name": "Manbij"}, "#,
            r#""actors": [{"name": "Islamic State", "role": "perpetrator", "attribution": "accused"}], "source": "Amaq", "denial": true}"#,
            "\n"
        ),
    )
    .unwrap();
    let filed = r.ok(&["import", "reports", "filed.jsonl"]);
    assert!(filed.contains("merging: 1 joined"), "{filed}");
    let shown = r.ok(&["show", "ucdp:217080"]);
    assert!(
        shown.contains("(3 reports; contested: denied by isil (Amaq))"),
        "{shown}"
    );
    assert!(shown.contains("report:amaq-0318 (Amaq) DENIAL"), "{shown}");
    assert!(
        r.ok(&["review", "queue"])
            .contains("contested: competing claims or a denial")
    );
    // A malformed line is located, and nothing of its file lands.
    std::fs::write(
        r.path("broken.jsonl"),
        concat!(
            r#"{"key": "a1", "sub_event_type": "Attack", "date": "2016-03-18", "place": {"name": "Manbij"}, "source": "x"}"#,
            "\n",
            r#"{"key": "a2", "sub_event_type": "Attack", "date": "2016-03-18", "place": {"lat": 36.5}, "source": "x"}"#,
            "\n"
        ),
    )
    .unwrap();
    let broken = r.run(&["import", "reports", "broken.jsonl"]);
    assert!(!broken.status.success());
    assert!(
        text(&broken.stderr)
            .contains("broken.jsonl:2:1: place: give both `lat` and `lon`, or neither"),
        "{}",
        text(&broken.stderr)
    );
    assert!(
        !r.run(&["show", "report:a1"]).status.success(),
        "nothing of the file landed"
    );

    // A person decides; the automatic determination stays beside the decision.
    let nobody = r.run(&[
        "review",
        "decide",
        "ucdp:217080",
        "--outcome",
        "violation",
        "--reason",
        "x",
    ]);
    assert!(!nobody.status.success());
    assert!(
        text(&nobody.stderr).contains("--as NAME"),
        "{}",
        text(&nobody.stderr)
    );
    let bad_clause = r.run(&[
        "--as",
        "alice",
        "review",
        "decide",
        "ucdp:217080",
        "--outcome",
        "violation",
        "--reason",
        "x",
        "--clause",
        "coh.99",
    ]);
    assert!(
        text(&bad_clause.stderr).contains("no such clause"),
        "{}",
        text(&bad_clause.stderr)
    );
    let decided = r.ok(&[
        "--as",
        "alice",
        "review",
        "decide",
        "ucdp:217080",
        "--outcome",
        "needs_review",
        "--reason",
        "the perpetrator's standing on the day needs the liaison's word",
    ]);
    assert!(decided.contains("alice decided needs_review"), "{decided}");
    r.ok(&["adjudicate"]);
    let shown = r.ok(&["show", "ucdp:217080"]);
    assert!(
        shown.contains("review   alice decided needs_review"),
        "{shown}"
    );
    assert!(shown.contains("automatic not_covered"), "{shown}");
    let queue = r.ok(&["review", "queue"]);
    assert!(queue.contains("wait for a person"), "{queue}");

    // A reviewer splits the note off, and merges it back.
    let note = shown
        .lines()
        .find_map(|l| l.trim().strip_prefix("report   news:"))
        .and_then(|l| l.split_whitespace().next())
        .map(|id| format!("news:{id}"))
        .unwrap();
    let split = r.ok(&[
        "--as",
        "carol",
        "review",
        "split",
        &note,
        "--reason",
        "another day",
    ]);
    assert!(
        split.contains(&format!("{note} now in incident {note}")),
        "{split}"
    );
    let merged = r.ok(&[
        "--as",
        "carol",
        "review",
        "merge",
        "ucdp:217080",
        &note,
        "--reason",
        "the same executions",
    ]);
    assert!(
        merged.contains(&format!("{note} now in incident ucdp:217080")),
        "{merged}"
    );
    assert!(
        r.ok(&["show", &note])
            .contains("placed by carol: the same executions")
    );

    // What was published then is what the record says it was, byte for byte.
    let now = r.ok(&["figures"]);
    assert_ne!(now, published, "the record has learned since");
    assert_eq!(r.ok(&["figures", "--as-of", &then]), published);
    r.ok(&["verify"]);
}

/// The dashboard in a real browser: `web/tests/dashboard.mjs` drives Debian's chromium with
/// playwright-core against `truce serve`. It needs Node.js, `npm ci --prefix web` and
/// `/usr/bin/chromium` (`.ci/run` installs them and sets `TRUCE_REQUIRE_BROWSER`, so that CI
/// fails rather than skips); without them it prints a notice and passes.
#[test]
fn the_dashboard_in_a_real_browser() {
    let web = repo().join("web");
    let missing: Vec<&str> = [
        (
            "node",
            Command::new("node").arg("--version").output().is_ok(),
        ),
        (
            "web/node_modules (npm ci --prefix web)",
            web.join("node_modules/playwright-core").exists(),
        ),
        ("/usr/bin/chromium", Path::new("/usr/bin/chromium").exists()),
    ]
    .into_iter()
    .filter(|(_, present)| !present)
    .map(|(what, _)| what)
    .collect();
    if !missing.is_empty() {
        assert!(
            std::env::var_os("TRUCE_REQUIRE_BROWSER").is_none(),
            "the browser test needs {}",
            missing.join(", ")
        );
        println!(
            "notice: skipping the browser test: {} missing",
            missing.join(", ")
        );
        return;
    }
    let out = Command::new("node")
        .arg("tests/dashboard.mjs")
        .current_dir(&web)
        .env("TRUCE_BIN", env!("CARGO_BIN_EXE_truce"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "stdout:\n{}\nstderr:\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(text(&out.stdout).contains("dashboard test passed"));
}

/// A minimal HTTP/1.1 exchange (the server answers with a length, and closes).
fn http(port: u16, method: &str, path: &str, token: &str, body: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let status = answer[9..12].parse().unwrap();
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn two_servers_serve_one_record_on_postgresql() {
    let Ok(url) = std::env::var("TRUCE_TEST_PG_URL") else {
        println!("notice: TRUCE_TEST_PG_URL is not set; skipping the PostgreSQL run");
        return;
    };
    let schema = format!("truce_srv_{}", std::process::id());
    let r = Record::new();
    let pg = |args: &[&str]| -> Command {
        let mut c = r.command(args);
        c.env("TRUCE_DATABASE_URL", &url)
            .env("TRUCE_DB_SCHEMA", &schema);
        c
    };
    let ok = |mut c: Command| {
        let out = c.output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    ok(pg(&[
        "load",
        &repo().join("scenarios/syria-2016").display().to_string(),
    ]));
    ok(pg(&[
        "--as", "admin", "user", "add", "mona", "--role", "monitor",
    ]));
    let token = ok(pg(&["--as", "admin", "token", "create", "mona"]))
        .trim()
        .to_owned();
    let base = 21000 + (std::process::id() % 20000) as u16;
    let ports = [base, base + 1];
    let mut servers: Vec<_> = ports
        .iter()
        .map(|p| {
            pg(&["serve", "--addr", &format!("127.0.0.1:{p}")])
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for p in ports {
        let up = (0..100).any(|_| {
            std::thread::sleep(std::time::Duration::from_millis(100));
            std::net::TcpStream::connect(("127.0.0.1", p)).is_ok()
        });
        assert!(up, "the server on {p} started");
    }
    // Both servers take reports at once; each report is far from the others (no merging).
    let filers: Vec<_> = ports
        .iter()
        .enumerate()
        .map(|(s, &port)| {
            let token = token.clone();
            std::thread::spawn(move || {
                for k in 0..15 {
                    let n = s * 15 + k;
                    let body = format!(
                        r#"{{"key": "k{n}", "sub_event_type": "Attack", "date": "2016-03-{:02}", "place": {{"lat": {}, "lon": 36.5}}, "source": "server {s}"}}"#,
                        1 + n,
                        32.5 + n as f64 * 0.15
                    );
                    let (status, answer) = http(port, "POST", "/api/reports", &token, &body);
                    assert_eq!(status, 200, "{answer}");
                }
            })
        })
        .collect();
    for f in filers {
        f.join().unwrap();
    }
    // Each server sees what the other took in.
    let (status, one) = http(
        ports[0],
        "GET",
        "/api/incidents/report:mona.k20",
        &token,
        "",
    );
    assert_eq!(status, 200, "{one}");
    let (status, one) = http(ports[1], "GET", "/api/incidents/report:mona.k3", &token, "");
    assert_eq!(status, 200, "{one}");
    for s in &mut servers {
        s.kill().unwrap();
        s.wait().unwrap();
    }
    let verified = ok(pg(&["verify"]));
    assert!(verified.contains("intact"), "{verified}");
    assert_eq!(
        ok(pg(&["incidents", "--format", "jsonl"])).lines().count(),
        30
    );
    let _ = Command::new("psql")
        .args([
            url.as_str(),
            "-qc",
            &format!("DROP SCHEMA {schema} CASCADE"),
        ])
        .output();
}
