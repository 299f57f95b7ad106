//! `truce demo`: what a task-force analyst wants on day one.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use truce_core::status::Standing;
use truce_core::terms::{AcceptanceStatus, Exclusion};
use truce_core::{Determination, Incident, Outcome, Reason, Resolution, determine};
use truce_import::admin::governorate_name;
use truce_import::ucdp::UcdpReader;

use crate::scenario::Scenario;

/// UCDP GED events for Syria with a start date in February or March 2016 (CC BY 4.0; see
/// ATTRIBUTION), built into the binary.
const UCDP_FEB_MAR_2016: &str = include_str!("../../../data/ucdp/ged_syria_2016-02_to_2016-03.csv");
const UCDP_NAME: &str = "data/ucdp/ged_syria_2016-02_to_2016-03.csv";

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// A terms file or scenario directory to use instead of the built-in Syria 2016 scenario.
    #[arg(long)]
    scenario: Option<PathBuf>,
    /// A UCDP GED CSV file to use instead of the built-in February–March 2016 events.
    #[arg(long)]
    events: Option<PathBuf>,
}

pub fn run(args: &DemoArgs) -> anyhow::Result<ExitCode> {
    let scenario = crate::load_or_report(args.scenario.as_deref())?;
    let (name, text) = match &args.events {
        Some(path) => (
            path.display().to_string(),
            std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?,
        ),
        None => (UCDP_NAME.to_owned(), UCDP_FEB_MAR_2016.to_owned()),
    };
    let incidents: Vec<Incident> = UcdpReader::new(text.as_bytes(), &name, &scenario.registry)?
        .map(|r| r.map(|row| row.incident))
        .collect::<Result<_, _>>()?;
    let determined: Vec<(Incident, Determination)> = incidents
        .into_iter()
        .map(|i| {
            let d = determine(&scenario.agreement, &i);
            (i, d)
        })
        .collect();
    print!("{}", report(&scenario, &name, &determined));
    Ok(ExitCode::SUCCESS)
}

fn report(scenario: &Scenario, source: &str, determined: &[(Incident, Determination)]) -> String {
    let (registry, agreement) = (&scenario.registry, &scenario.agreement);
    let version = agreement.current_version();
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "TRUCE — {}", agreement.title);
    let _ = writeln!(
        w,
        "\n== The agreement in force ({} version {}) ==",
        agreement.id, version.id
    );
    if let Some(a) = &version.adopted {
        let _ = writeln!(w, "  adopted               {a}");
    }
    if let Some(a) = &version.acceptance_deadline {
        let _ = writeln!(w, "  acceptance deadline   {a}");
    }
    let _ = writeln!(
        w,
        "  commencement          {} (= {} UTC)",
        version.commencement, version.commencement.instant
    );
    let names = |ids: &[truce_core::ActorIdx]| {
        ids.iter()
            .map(|i| registry.actor(*i).name.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(w, "  co-chairs             {}", names(&agreement.co_chairs));
    let _ = writeln!(
        w,
        "  scope                 {}",
        [
            version.scope.countries.join(", "),
            version.scope.areas.join(", ")
        ]
        .join(" ")
        .trim()
    );
    for e in &version.exclusions {
        let _ = match e {
            Exclusion::Actor { actor, .. } => writeln!(
                w,
                "  excluded              {} (by name)",
                registry.actor(*actor).name
            ),
            Exclusion::Designation {
                list,
                listed_on_or_before,
                ..
            } => writeln!(
                w,
                "  excluded              everyone designated on {}{}",
                registry.list(*list).title,
                listed_on_or_before
                    .map(|d| format!(" (listed by {d})"))
                    .unwrap_or_default()
            ),
        };
    }
    for a in &agreement.acceptances {
        let status = match a.status {
            AcceptanceStatus::Accepted => "accepted",
            AcceptanceStatus::Declined => "declined",
            AcceptanceStatus::Unknown => "acceptance unknown",
        };
        let on =
            a.on.as_ref()
                .map(|o| format!(" on {}", o.local_day().0))
                .unwrap_or_default();
        let through = a
            .through
            .map(|t| format!(" through {}", registry.actor(t).name))
            .unwrap_or_default();
        let _ = writeln!(
            w,
            "  {:<21} {}{on}{through}",
            status,
            registry.actor(a.actor).name
        );
    }
    for c in &version.clauses {
        let _ = writeln!(
            w,
            "  clause {:<14} [{}] {}",
            c.id,
            truce_core::terms::kind_name(c.kind),
            c.paraphrase
        );
    }

    let unresolved: BTreeMap<&str, usize> = determined
        .iter()
        .flat_map(|(i, _)| &i.actors)
        .filter(|a| a.resolved == Resolution::Unresolved)
        .fold(BTreeMap::new(), |mut m, a| {
            *m.entry(a.name.as_str()).or_default() += 1;
            m
        });
    let _ = writeln!(w, "\n== {} events from {source} ==", determined.len());
    let _ = writeln!(w, "  actor names unresolved: {}", unresolved.len());
    for (name, n) in &unresolved {
        let _ = writeln!(w, "    {name} ({n})");
    }

    let _ = writeln!(w, "\n== Determinations ==");
    for outcome in Outcome::ALL {
        let n = determined
            .iter()
            .filter(|(_, d)| d.outcome == outcome)
            .count();
        let deaths: u32 = determined
            .iter()
            .filter(|(_, d)| d.outcome == outcome)
            .filter_map(|(i, _)| i.fatalities.best)
            .sum();
        let _ = writeln!(
            w,
            "  {:<26} {n:>5} events  {deaths:>6} deaths (best)",
            outcome.as_str()
        );
    }

    let after: Vec<&(Incident, Determination)> = determined
        .iter()
        .filter(|(_, d)| d.reasons.contains(&Reason::AfterCommencement))
        .collect();
    let _ = writeln!(
        w,
        "\n== Per day after commencement ({} events) ==",
        after.len()
    );
    let _ = writeln!(
        w,
        "  {:<10} {:>9} {:>12} {:>9} {:>11} {:>12} {:>6}",
        "day", "violation", "needs_review", "permitted", "not_covered", "insufficient", "total"
    );
    let mut days: BTreeMap<jiff::civil::Date, [usize; 5]> = BTreeMap::new();
    for (i, d) in &after {
        let day = i
            .time
            .map(|t| t.start)
            .expect("events after commencement are dated");
        days.entry(day).or_default()[outcome_index(d.outcome)] += 1;
    }
    for (day, c) in &days {
        let _ = writeln!(
            w,
            "  {day} {:>9} {:>12} {:>9} {:>11} {:>12} {:>6}",
            c[0],
            c[3],
            c[1],
            c[2],
            c[4],
            c.iter().sum::<usize>()
        );
    }

    let _ = writeln!(w, "\n== Per party, events after commencement ==");
    let _ = writeln!(
        w,
        "  {:<44} {:>9} {:>12} {:>9} {:>11} {:>6}",
        "party (as resolved)", "violation", "needs_review", "permitted", "not_covered", "total"
    );
    let mut parties: BTreeMap<String, [usize; 5]> = BTreeMap::new();
    for (i, d) in &after {
        for a in &i.actors {
            let name = match &a.resolved {
                Resolution::Actor(idx) => registry.actor(*idx).name.clone(),
                Resolution::Coalition(_) => "(coalitions of named groups)".to_owned(),
                Resolution::Unresolved => format!("{} (unresolved)", a.name),
            };
            parties.entry(name).or_default()[outcome_index(d.outcome)] += 1;
        }
    }
    let mut parties: Vec<_> = parties.into_iter().collect();
    parties.sort_by_key(|(name, c)| (std::cmp::Reverse(c.iter().sum::<usize>()), name.clone()));
    for (name, c) in parties.iter().take(12) {
        let _ = writeln!(
            w,
            "  {:<44} {:>9} {:>12} {:>9} {:>11} {:>6}",
            truncate(name, 44),
            c[0],
            c[3],
            c[1],
            c[2],
            c.iter().sum::<usize>()
        );
    }

    let _ = writeln!(w, "\n== Top governorates, events after commencement ==");
    let mut areas: BTreeMap<&str, (usize, usize, u32)> = BTreeMap::new();
    for (i, d) in &after {
        let area = i.place.admin1.as_deref().unwrap_or("unknown");
        let e = areas.entry(area).or_default();
        e.0 += 1;
        e.1 += usize::from(d.outcome == Outcome::Violation);
        e.2 += i.fatalities.best.unwrap_or(0);
    }
    let mut areas: Vec<_> = areas.into_iter().collect();
    areas.sort_by_key(|(a, (n, _, _))| (std::cmp::Reverse(*n), *a));
    for (pcode, (n, violations, deaths)) in areas.iter().take(6) {
        let name = governorate_name(pcode).unwrap_or("(no governorate)");
        let _ = writeln!(
            w,
            "  {pcode:<7} {name:<16} {n:>5} events {violations:>4} violations {deaths:>6} deaths (best)"
        );
    }

    let _ = writeln!(w, "\n== Example determinations ==");
    for outcome in [Outcome::Violation, Outcome::Permitted, Outcome::NeedsReview] {
        let example = after
            .iter()
            .filter(|(_, d)| d.outcome == outcome)
            .max_by_key(|(i, _)| (i.fatalities.best, std::cmp::Reverse(i.id.clone())));
        let Some((incident, d)) = example else {
            continue;
        };
        let t = incident.time.expect("dated");
        let _ = writeln!(
            w,
            "\n  {} — {} on {}, {} ({} deaths best)",
            incident.id,
            incident.sub_event_type,
            t.start,
            incident.place.name.as_deref().unwrap_or("?"),
            incident.fatalities.best.unwrap_or(0)
        );
        let clauses: Vec<&str> = d.clause_ids(agreement).collect();
        let _ = writeln!(
            w,
            "  outcome: {}{}",
            d.outcome.as_str(),
            if clauses.is_empty() {
                String::new()
            } else {
                format!(" — clauses {}", clauses.join(", "))
            }
        );
        for reason in d.explain(agreement, registry, incident) {
            let _ = writeln!(w, "    - {reason}");
        }
    }
    let mixed = after
        .iter()
        .filter(|(_, d)| {
            d.reasons.iter().any(|r| {
                matches!(
                    r,
                    Reason::Standing {
                        standing: Standing::Mixed { .. },
                        ..
                    }
                )
            })
        })
        .count();
    let _ = writeln!(
        w,
        "\n{mixed} events after commencement involve a composite side (e.g. UCDP's \"Syrian insurgents\") and wait for a person to attribute them."
    );
    out
}

fn outcome_index(o: Outcome) -> usize {
    Outcome::ALL
        .iter()
        .position(|x| *x == o)
        .expect("every outcome is listed")
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        s.chars().take(n - 1).chain(['…']).collect()
    }
}
