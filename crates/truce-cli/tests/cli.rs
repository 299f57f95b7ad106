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
        stdout.contains("  outcome: permitted — clauses coh.excluded"),
        "{stdout}"
    );
    assert!(
        stdout.contains("is after commencement 2016-02-27 00:00 Asia/Damascus"),
        "{stdout}"
    );
}
